"""How long do contacts stay active? Kaplan–Meier survival and cohorts (issue #7 item 5).

Example
-------
>>> from power1000_analysis.network import Network
>>> cohort_retention(Network.empty()).empty
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from power1000_analysis.decay import _check_platform
from power1000_analysis.evidence import (
    _NAT,
    _NS_PER_DAY,
    AsOf,
    _as_of,
    _connected_late,
    _contact_end,
    _contact_rows,
    _ns,
    evidence_of_life,
    without_interaction_data,
)
from power1000_analysis.labels import counted
from power1000_analysis.network import Network

__all__ = ["SurvivalResult", "cohort_retention", "describe_excluded", "survival"]

#: how :func:`describe_excluded` words each reason of ``excluded``
EXCLUDED_REASONS: dict[str, str] = {
    "contacts_without_connected_at": "without a connection date",
    "contacts_connected_after_as_of": "connected after the analysis date",
    "contacts_connected_after_interactions_known_until": (
        "connected after the newest export holding their account's interactions"
    ),
}


@dataclass(frozen=True)
class SurvivalResult:
    """Kaplan–Meier curves of the time from connecting to going dormant.

    ``curves``: one row per group and time (``group``, ``days``, ``survival``, ``ci_low``,
    ``ci_high``, ``at_risk``); ``medians``: one row per group (``group``, ``contacts``,
    ``dormant``, ``median_days``, ``ci_low``, ``ci_high``; ``inf`` when more than half are
    still active); ``durations``: one row per contact (``platform``, ``contact_key``,
    ``person_id``, ``group``, ``days``, ``dormant``), the input of the fits; ``skipped``:
    the platforms left out, and why (their export holds no interactions: none of their
    contacts could ever show a sign of life, so each would "go dormant" at exactly the
    window and pull every curve down; or none of their contacts has a connection date,
    as X's lists: nothing to count from); ``excluded``: contacts of the other platforms left
    out, by reason (``contacts_without_connected_at``, ``contacts_connected_after_as_of``,
    and ``contacts_connected_after_interactions_known_until``: connected after the newest
    export holding their accounts' interactions, when a newer one holds none, so nothing
    of them could be seen; see
    :func:`~power1000_analysis.evidence.account_interactions_known_until`).
    """

    curves: pd.DataFrame
    medians: pd.DataFrame
    durations: pd.DataFrame
    skipped: dict[str, str] = field(default_factory=dict)
    excluded: dict[str, int] = field(default_factory=dict)


def _blind_contacts(net: Network, contacts: pd.DataFrame) -> tuple[np.ndarray, dict[str, str]]:
    """Which contacts are only in exports without interaction data, and a note per
    platform (one whose other exports hold interactions says the contacts' exports do not)."""
    blind = without_interaction_data(net, contacts)
    counts = contacts.loc[blind, "platform"].astype(str).value_counts().sort_index()
    # a platform another account's export holds interactions of
    mixed = {e.platform for e in net.exports if "interactions" not in e.missing}
    notes = {
        str(name): f"its export holds no interactions ({counted(count, 'contact')} left out)"
        if name not in mixed
        else f"{counted(count, 'contact')} only in exports that hold no interactions (another"
        f" {name} account's export has them), left out"
        for name, count in counts.items()
    }
    return blind, notes


def describe_excluded(excluded: dict[str, int]) -> str:
    """One sentence naming the contacts ``excluded`` counts (``SurvivalResult.excluded``,
    ``cohort_retention(...).attrs["excluded"]``), or "" when it counts none.

    >>> describe_excluded({"contacts_without_connected_at": 3, "contacts_connected_after_as_of": 0})
    'Also left out: 3 contacts without a connection date.'
    >>> describe_excluded({})
    ''
    """
    parts = [
        f"{counted(int(count), 'contact')} {EXCLUDED_REASONS.get(reason, reason)}"
        for reason, count in excluded.items()
        if count
    ]
    return f"Also left out: {'; '.join(parts)}." if parts else ""


def _add_notes(skipped: dict[str, str], notes: dict[str, str]) -> None:
    """``notes`` into ``skipped``: a platform in both keeps both reasons."""
    for name, note in notes.items():
        skipped[name] = f"{skipped[name]}; {note}" if name in skipped else note


def _undated_platforms(
    contacts: pd.DataFrame, blind: np.ndarray
) -> tuple[np.ndarray, dict[str, str]]:
    """Which contacts are on a platform none of whose contacts (with interactions to show)
    has a connection date (X's lists give none), and a note per such platform, as
    ``decay.decay_curves`` says "no contact with a connection date" (review12 SV-1: the
    survival table and cohort chart left all X contacts out without a word)."""
    platform = contacts["platform"].astype(str).to_numpy()
    seen = ~blind
    dated = set(platform[seen & contacts["connected_at"].notna().to_numpy()])
    undated = seen & ~np.isin(platform, list(dated))
    counts = pd.Series(platform[undated]).value_counts().sort_index()
    notes = {
        str(name): f"no contact with a connection date ({counted(int(count), 'contact')} left out)"
        for name, count in counts.items()
    }
    return undated, notes


def _dormancy(net: Network, *, as_of: AsOf, active_within_days: float) -> pd.DataFrame:
    """Per dated contact: days from connecting to first going dormant, or to the end.

    Connecting counts as a sign of life (the contact accepted or asked). A contact goes
    dormant at ``previous + window`` at the first gap longer than the window between
    consecutive signs of life (or between the last one and the end of observation); a
    contact with no such gap is right-censored at the end of observation
    (:func:`~power1000_analysis.evidence._contact_end`). ``attrs["excluded"]`` counts the
    contacts left out, by reason (those on platforms without interactions are not counted:
    ``SurvivalResult.skipped`` names them).
    """
    cutoff = _as_of(net, as_of)
    contacts = net.contacts
    columns = ["platform", "contact_key", "person_id", "days", "dormant"]
    if cutoff is None or contacts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    connected = _ns(contacts["connected_at"])
    end = _contact_end(net, cutoff, contacts)
    blind, _ = _blind_contacts(net, contacts)
    undated, _ = _undated_platforms(contacts, blind)
    excluded = {
        # the undated contacts of platforms with dated ones (a whole undated platform is
        # in ``skipped``)
        "contacts_without_connected_at": int(((connected == _NAT) & ~blind & ~undated).sum()),
        **_connected_late(net, cutoff, contacts.loc[~blind], connected[~blind], end[~blind]),
    }
    usable = np.flatnonzero((connected != _NAT) & (connected <= end) & ~blind)
    contacts = contacts.iloc[usable]
    connected, end = connected[usable], end[usable]

    interactions = net.interactions.loc[evidence_of_life(net.interactions).to_numpy()]
    row = _contact_rows(contacts, interactions)
    at = _ns(interactions["at"])
    keep = row >= 0
    keep[keep] &= (at[keep] >= connected[row[keep]]) & (at[keep] <= end[row[keep]])
    row, at = row[keep], at[keep]

    n = len(contacts)
    window = int(active_within_days * _NS_PER_DAY)
    # The sequence per contact: connection, signs of life, end of observation (kind 2).
    owner = np.concatenate([np.arange(n), row, np.arange(n)])
    times = np.concatenate([connected, at, end])
    kind = np.concatenate(
        [np.zeros(n, np.int8), np.ones(len(row), np.int8), np.full(n, 2, np.int8)]
    )
    order = np.lexsort((kind, times, owner))
    owner, times = owner[order], times[order]
    gap = np.diff(times)
    long_gap = np.flatnonzero((owner[1:] == owner[:-1]) & (gap > window))
    days = (end - connected) / _NS_PER_DAY
    dormant = np.zeros(n, dtype=bool)
    if len(long_gap):
        first_owner, first_at = np.unique(owner[long_gap], return_index=True)
        went = long_gap[first_at]
        days[first_owner] = (times[went] + window - connected[first_owner]) / _NS_PER_DAY
        dormant[first_owner] = True
    durations = pd.DataFrame(
        {
            "platform": contacts["platform"].to_numpy(),
            "contact_key": contacts["contact_key"].to_numpy(),
            "person_id": contacts["person_id"].to_numpy(),
            # whole days: exports are dated by day, and ties make the fit ~4x faster
            "days": np.round(days),
            "dormant": dormant,
        }
    )
    durations.attrs["excluded"] = excluded
    return durations


def survival(
    net: Network,
    *,
    by: Literal["platform"] | None = "platform",
    as_of: AsOf = None,
    active_within_days: float = 90.0,
) -> SurvivalResult:
    """Kaplan–Meier curves of the time from connecting to going dormant (lifelines).

    Only contacts with a connection date count, and only on platforms whose export holds
    interactions (``SurvivalResult.skipped`` names the others: their contacts could never
    show a sign of life). Connecting is a sign of life; a contact goes
    dormant when ``active_within_days`` pass without evidence of life (the first such
    time), and is right-censored at ``as_of`` (or its account's newest export: two
    accounts of one platform exported years apart are watched each to its own) while still
    active. Passive contacts therefore go dormant ``active_within_days`` after connecting,
    and a group where more than half are passive has a median of exactly
    ``active_within_days``: the definition showing, not a measured time. An account whose
    newest export holds no interactions while an older one does is observed only until
    that older export
    (:func:`~power1000_analysis.evidence.account_interactions_known_until`): its contacts
    are censored there, and those connected later are left out
    (``SurvivalResult.excluded`` counts them).

    Parameters
    ----------
    net
        The network.
    by
        ``"platform"``: one curve per platform with contacts to follow, plus ``"all
        platforms"`` when there are two or more (one platform's curve is named by it, as
        in :func:`~power1000_analysis.decay.decay_curves`); ``None``: one curve, ``"all
        platforms"``.
    as_of
        End of observation (default: the newest export).
    active_within_days
        The window without evidence of life after which a contact is dormant.

    Returns
    -------
    SurvivalResult

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> survival(Network.empty()).medians.empty
    True
    """
    from lifelines import KaplanMeierFitter
    from lifelines.utils import median_survival_times

    if by not in ("platform", None):
        raise ValueError(f"by must be 'platform' or None, not {by!r}")
    durations = _dormancy(net, as_of=as_of, active_within_days=active_within_days)
    excluded = dict(durations.attrs.get("excluded", {}))
    blind, skipped = _blind_contacts(net, net.contacts)
    _add_notes(skipped, _undated_platforms(net.contacts, blind)[1])
    durations["group"] = "all platforms"
    groups: list[tuple[str, pd.DataFrame]] = [("all platforms", durations)]
    if by == "platform" and durations["platform"].nunique() >= 1:
        # as decay.decay_curves: one curve per platform that has any, and the total only
        # when two or more do (one platform's total is itself, under its own name)
        groups = [
            (str(name), part.assign(group=str(name)))
            for name, part in durations.groupby("platform", sort=True)
        ] + (groups if durations["platform"].nunique() > 1 else [])
        if len(groups) == 1:
            durations["group"] = groups[0][0]
    curves, medians = [], []
    for name, part in groups:
        if part.empty:
            continue
        fitter = KaplanMeierFitter().fit(
            part["days"].astype(float), part["dormant"].astype(bool), label="survival"
        )
        band = fitter.confidence_interval_
        table = fitter.event_table
        curves.append(
            pd.DataFrame(
                {
                    "group": name,
                    "days": fitter.survival_function_.index.to_numpy(dtype=float),
                    "survival": fitter.survival_function_["survival"].to_numpy(),
                    "ci_low": band.iloc[:, 0].to_numpy(),
                    "ci_high": band.iloc[:, 1].to_numpy(),
                    "at_risk": table["at_risk"].reindex(fitter.survival_function_.index).to_numpy(),
                }
            )
        )
        interval = median_survival_times(band)
        medians.append(
            {
                "group": name,
                "contacts": len(part),
                "dormant": int(part["dormant"].sum()),
                "median_days": float(fitter.median_survival_time_),
                "ci_low": float(interval.iloc[0, 0]),
                "ci_high": float(interval.iloc[0, 1]),
            }
        )
    curve_columns = ["group", "days", "survival", "ci_low", "ci_high", "at_risk"]
    median_columns = ["group", "contacts", "dormant", "median_days", "ci_low", "ci_high"]
    return SurvivalResult(
        curves=pd.concat(curves, ignore_index=True)
        if curves
        else pd.DataFrame(columns=curve_columns),
        medians=pd.DataFrame(medians, columns=median_columns),
        durations=durations[["platform", "contact_key", "person_id", "group", "days", "dormant"]],
        skipped=skipped,
        excluded=excluded,
    )


def cohort_retention(
    net: Network, *, platform: str | None = None, as_of: AsOf = None
) -> pd.DataFrame:
    """Share of each connection month's contacts with evidence of life, month by month.

    Month 0 is the calendar month of connecting; month k the k-th month after it. Only
    contacts with a connection date count, and only on platforms whose export holds
    interactions (the others could never show life; ``attrs["skipped"]`` names them, and
    the platforms none of whose contacts has a connection date, as X; ``attrs["excluded"]``
    counts ``contacts_without_connected_at`` of the other platforms).
    Each contact is watched until the end of its observation: ``as_of``, or its
    account's newest export if earlier, or the newest export holding its account's
    interactions when a newer one holds none
    (:func:`~power1000_analysis.evidence.account_interactions_known_until`). Months after that
    do not count it, the month holding it is marked ``complete = False``, and contacts
    connected after it are left out (``attrs["excluded"]`` counts them by reason).

    Returns
    -------
    DataFrame
        One row per (cohort, months_since): ``cohort`` (``"2024-01"``), ``months_since``,
        ``contacts`` (of the cohort, watched in that month: the whole cohort unless some
        platform's observation ended earlier), ``with_evidence``, ``share``,
        ``ci_low``/``ci_high`` (Wilson 95%), ``complete`` (no counted contact's
        observation ends within that month).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> cohort_retention(Network.empty()).empty
    True
    """
    from statsmodels.stats.proportion import proportion_confint

    cutoff = _as_of(net, as_of)
    columns = [
        "cohort", "months_since", "contacts", "with_evidence", "share", "ci_low", "ci_high",
        "complete",
    ]  # fmt: skip
    _check_platform(net, platform)
    contacts = net.contacts
    if platform is not None:
        contacts = contacts.loc[contacts["platform"] == platform]
    blind, skipped = _blind_contacts(net, contacts)
    undated, notes = _undated_platforms(contacts, blind)
    _add_notes(skipped, notes)  # a whole platform without connection dates (X), as survival
    excluded: dict[str, int] = {
        "contacts_without_connected_at": int(
            (contacts["connected_at"].isna().to_numpy() & ~blind & ~undated).sum()
        )
    }
    contacts = contacts.loc[~blind & contacts["connected_at"].notna().to_numpy()]
    if cutoff is not None and not contacts.empty:
        connected = _ns(contacts["connected_at"])
        end = _contact_end(net, cutoff, contacts)
        excluded.update(_connected_late(net, cutoff, contacts, connected, end))
        observed = connected <= end
        contacts, end = contacts.loc[observed], end[observed]
    if cutoff is None or contacts.empty:
        empty = pd.DataFrame(columns=columns)
        empty.attrs.update(skipped=skipped, excluded=excluded)
        return empty

    def month(times: pd.Series | pd.DatetimeIndex) -> np.ndarray:
        stamps = pd.DatetimeIndex(times).tz_convert("UTC")
        return np.asarray(stamps.year * 12 + stamps.month - 1)

    cohort = month(contacts["connected_at"])
    span = month(pd.to_datetime(end, utc=True)) - cohort  # months watched after month 0
    interactions = net.interactions.loc[evidence_of_life(net.interactions).to_numpy()]
    row = _contact_rows(contacts, interactions)
    at = _ns(interactions["at"])
    matched = (row >= 0) & (at != _NAT)
    matched[matched] &= at[matched] <= end[row[matched]]
    row = row[matched]
    since = month(pd.to_datetime(at[matched], utc=True)) - cohort[row]
    alive = pd.DataFrame({"row": row, "since": since}).query("since >= 0").drop_duplicates()
    hits = (
        pd.DataFrame({"cohort": cohort[alive["row"].to_numpy()], "since": alive["since"]})
        .groupby(["cohort", "since"])
        .size()
    )
    # per cohort and month: contacts still watched (span >= k) and those whose watch ends
    watched = pd.DataFrame({"cohort": cohort, "span": span}).groupby(["cohort", "span"]).size()
    rows = []
    for start, ends in watched.groupby(level="cohort"):
        ending = ends.droplevel("cohort")
        for k in range(int(ending.index.max()) + 1):
            size = int(ending[ending.index >= k].sum())
            rows.append((int(start), k, size, int(hits.get((start, k), 0)), k not in ending.index))
    table = pd.DataFrame(
        rows, columns=["_month", "months_since", "contacts", "with_evidence", "complete"]
    )
    low, high = proportion_confint(table["with_evidence"], table["contacts"], method="wilson")
    table["share"] = table["with_evidence"] / table["contacts"]
    table["ci_low"], table["ci_high"] = np.asarray(low), np.asarray(high)
    table["cohort"] = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in table["_month"]]
    table = table[columns]
    table.attrs.update(skipped=skipped, excluded=excluded)
    return table
