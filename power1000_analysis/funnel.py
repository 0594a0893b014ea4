"""From reaching out to active contacts: the funnel, with intervals (DESIGN.md §6, issue #8).

Four nested stages, per platform and for all platforms together:

- ``reached_out``: requests the user sent (friend/connection requests), or accounts the
  user follows on follow platforms (Instagram, X, Mastodon…);
- ``connected``: of those, accepted requests, or followed back (``mutual``);
- ``engaged``: of those, people with interactions in *both* directions on that platform
  after connecting (any kind: a message each way, a comment and a reply…; talking only on
  another platform does not count);
- ``active``: of those, people whose status is ``active`` at ``as_of``
  (:func:`power1000_analysis.activity.contact_status`).

Each stage is a subset of the one before, so counts never increase. A stage the exports
cannot reveal is ``NA`` with the reason in ``note``, never a zero: Facebook and LinkedIn
exports list only the requests still *pending*, so who among today's friends answered one
of the user's requests is unknown. There the ``connected`` step rate comes from the
acceptance model (:mod:`power1000_analysis.acceptance`), and the later steps from all
connections (who sent the request does not change how a tie goes on, by assumption).

Example
-------
>>> from power1000_analysis.network import Network
>>> funnel_table(Network.empty())[["platform", "stage"]].values.tolist()[:2]
[['all platforms', 'reached_out'], ['all platforms', 'connected']]
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
from statsmodels.stats.proportion import proportion_confint

from power1000_analysis.acceptance import (
    Acceptance,
    acceptance,
    acceptance_table,
    request_observations,
    request_outcomes,
)
from power1000_analysis.activity import contact_status
from power1000_analysis.evidence import interactions_known_until
from power1000_analysis.labels import counted
from power1000_analysis.network import TIE_RELATIONS, Network

__all__ = [
    "ALL_PLATFORMS",
    "FOLLOW_RELATIONS",
    "STAGES",
    "STAGE_LABELS",
    "Acceptance",
    "acceptance",
    "acceptance_table",
    "engaged_people",
    "funnel_shown",
    "funnel_table",
    "request_outcomes",
    "wilson",
]

AsOf: TypeAlias = str | datetime | pd.Timestamp | None

STAGES: tuple[str, ...] = ("reached_out", "connected", "engaged", "active")
#: how charts and prose name the stages.
STAGE_LABELS: dict[str, str] = {
    "reached_out": "reached out",
    "connected": "connected",
    "engaged": "engaged",
    "active": "active",
}
#: the label of the row over all platforms (the same as growth.py's).
ALL_PLATFORMS = "all platforms"
#: relations that make a platform a follow platform (ties are one-way until followed back).
FOLLOW_RELATIONS = frozenset({"follower", "following", "mutual"})
COLUMNS = [
    "platform",
    "stage",
    "count",
    "base",
    "step_conversion",
    "step_low",
    "step_high",
    "overall_conversion",
    "overall_low",
    "overall_high",
    "method",
    "note",
]
_Z = 1.959963984540054


def wilson(successes: int, trials: int) -> tuple[float, float, float]:
    """Share and Wilson 95% interval; NaNs for zero trials.

    Example
    -------
    >>> [round(v, 3) for v in wilson(5, 10)]
    [0.5, 0.237, 0.763]
    """
    if trials <= 0:
        return math.nan, math.nan, math.nan
    low, high = proportion_confint(successes, trials, alpha=0.05, method="wilson")
    return successes / trials, float(low), float(high)


def _cutoff(net: Network, as_of: AsOf) -> pd.Timestamp | None:
    from power1000_analysis.evidence import _as_of  # the one as_of parser (ISO strings)

    return _as_of(net, as_of)


#: relations in which the user follows the other account
_FOLLOWING = frozenset({"following", "mutual"})


def _present(contacts: pd.DataFrame, cutoff: pd.Timestamp | None, newest: bool) -> pd.Series:
    """Contacts in the network at ``cutoff`` (as growth.platform_counts counts them)."""
    if newest or cutoff is None:
        return contacts["is_current"].astype(bool)
    start = contacts["connected_at"].fillna(contacts["first_seen_at"])
    return (start.isna() | (start <= cutoff)) & (
        contacts["is_current"].astype(bool) | (contacts["last_seen_at"] >= cutoff)
    )


def _no_following_reason(contacts: pd.DataFrame, platform: str, cutoff: pd.Timestamp | None) -> str:
    """Why a follow platform has no one the user follows at ``cutoff``: the exports list no
    one the user follows at all, or they do but none of those is known to be followed then
    (no follow dates and first listed by a later export: review9 F3)."""
    rows = contacts[(contacts["platform"] == platform) & contacts["relation"].isin(_FOLLOWING)]
    if rows.empty or cutoff is None:
        return "the export lists only your followers, not whom you follow"
    first = rows["first_seen_at"].min()
    listed = f", first listed by the export of {first:%Y-%m-%d}" if pd.notna(first) else ""
    return (
        f"whom you followed on {cutoff:%Y-%m-%d} is unknown: the {platform} lists give no "
        f"follow dates{listed}"
    )


def engaged_people(net: Network, *, as_of: AsOf = None, platform: str | None = None) -> set[str]:
    """``person_id`` of every contact with interactions in both directions after connecting,
    on one platform.

    Both directions must be on the same platform: a message each way on Instagram makes
    someone engaged on Instagram; a message received on Facebook and a comment written on
    LinkedIn makes them engaged on neither (review11 R1). With ``platform`` only that
    platform's interactions count (as each row of :func:`funnel_table`); without it, the
    people engaged on at least one platform.

    Interactions up to ``as_of`` count; without a connection date, all of them do. A set
    cannot say "unknown": someone connected on a platform after its newest export holding
    interactions (:func:`~power1000_analysis.evidence.interactions_known_until`; a
    connections-only download after a full archive) is simply not in it, as for
    :func:`~power1000_analysis.activity.contact_status`, which calls them unknown rather
    than passive. :func:`funnel_table` therefore leaves such contacts out of that
    platform's stages (and says how many) instead of counting them as never engaged.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> engaged_people(Network.empty())
    set()
    """
    by_platform = _engaged_by_platform(net, _cutoff(net, as_of))
    if platform is not None:
        return by_platform.get(platform, set())
    return set().union(*by_platform.values())


def _engaged_by_platform(net: Network, cutoff: pd.Timestamp | None) -> dict[str, set[str]]:
    """Per platform, the ``person_id`` of contacts with interactions in both directions on
    that platform after connecting (up to ``cutoff``)."""
    interactions = net.interactions
    if interactions.empty:
        return {}
    if cutoff is not None:
        interactions = interactions[interactions["at"] <= cutoff]
    keyed = interactions.dropna(subset=["contact_key"])[
        ["platform", "contact_key", "at", "direction"]
    ].astype({"platform": object, "contact_key": object, "direction": object})
    starts = net.contacts[["platform", "contact_key", "connected_at", "person_id"]].astype(
        {"platform": object, "contact_key": object}
    )
    joined = keyed.merge(starts, on=["platform", "contact_key"], how="inner")
    after = joined[joined["connected_at"].isna() | (joined["at"] >= joined["connected_at"])]
    directions = after.groupby(["platform", "person_id"])["direction"].nunique()
    both = directions[directions >= 2].index
    engaged: dict[str, set[str]] = {}
    for name, person in both:
        engaged.setdefault(str(name), set()).add(person)
    return engaged


def _unlinked(net: Network, platform: str) -> str:
    """Say how many interactions name no contact (they cannot make anyone engaged), and
    which (ux8 #26): up to three groups of kind, sender and thread (its title where the
    export gives one, its folder where the loader kept it), e.g. "1 message from Insta in
    thread 'hols' (message_requests)", and why: the name matches no contact of the export
    (someone never connected, a deactivated account, a sender the thread does not list)."""
    mine = net.interactions["platform"] == platform
    rows = net.interactions.loc[mine & net.interactions["contact_key"].isna()]
    if rows.empty:
        return ""
    columns = ["kind", "name", "thread_key", "thread_title", "subkind", "folder"]
    held = pd.DataFrame(
        {c: rows[c].astype(object) if c in rows else None for c in columns}, index=rows.index
    )
    held = held.where(held.notna(), "")
    groups = held.groupby(columns, sort=False).size().sort_values(ascending=False, kind="stable")
    parts = []
    for (kind, name, key, title, subkind, folder), n in groups.head(3).items():
        text = counted(int(n), str(kind) or "interaction")
        text += f" from {name}" if name else " from an unnamed account"
        text += f" in thread '{title or key}'" if (title or key) else ""
        text += f" ({subkind or folder})" if (subkind or folder) else ""
        parts.append(text)
    more = "; …" if len(groups) > 3 else ""
    return (
        f"{len(rows)} of {int(mine.sum())} interactions name no contact and cannot count"
        f" ({'; '.join(parts)}{more}: no contact of the {platform} export carries that name)"
    )


def _kind(relations: Iterable[str]) -> str:
    seen = set(relations)
    if seen and seen <= FOLLOW_RELATIONS:
        return "follow"
    return "request"


def _row(platform: str, stage: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS, math.nan)
    row.update(platform=platform, stage=stage, count=pd.NA, base=pd.NA, method="", note="")
    row.update(values)
    return row


def _intervals(
    step: tuple[float, float, float], overall: tuple[float, float, float]
) -> dict[str, float]:
    """A stage's step and overall conversion, each (estimate, low, high), as row columns."""
    return dict(
        zip(
            (
                "step_conversion",
                "step_low",
                "step_high",
                "overall_conversion",
                "overall_low",
                "overall_high",
            ),
            (*step, *overall),
            strict=True,
        )
    )


def _counted(platform: str, people: list[set[str]], method: str, note: str) -> list[dict[str, Any]]:
    """Rows for a fully observed chain of nested sets, Wilson intervals throughout."""
    rows = []
    first = len(people[0])
    for index, stage in enumerate(STAGES):
        count = len(people[index])
        base = len(people[index - 1]) if index else first
        step = wilson(count, base)
        overall = wilson(count, first)
        rows.append(
            _row(
                platform,
                stage,
                count=count,
                base=base,
                **_intervals(step, overall),
                method="counts; Wilson 95%" if index else "counts",
                note=note if index == 0 else "",
            )
        )
    return rows


def _product(steps: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Product of independent rates, interval by the delta method on the log scale."""
    if len(steps) == 1:
        return steps[0]
    value = float(np.prod([s[0] for s in steps]))
    if not math.isfinite(value) or value <= 0:
        return value, math.nan, math.nan
    variance = 0.0
    for _, low, high in steps:
        low, high = max(low, 1e-9), max(high, 1e-9)
        variance += ((math.log(high) - math.log(low)) / (2 * _Z)) ** 2
    spread = _Z * math.sqrt(variance)
    return value, value * math.exp(-spread), min(1.0, value * math.exp(spread))


_FOLLOWS_NOTE = "reached out = accounts you follow; connected = they follow you back (mutual)"


def _follow_chain(
    contacts: pd.DataFrame, engaged: set[str], active: set[str]
) -> tuple[list[set[str]], str]:
    follows = contacts[contacts["relation"].isin({"following", "mutual"})]
    reached = set(follows["person_id"])
    connected = set(follows.loc[follows["relation"] == "mutual", "person_id"])
    talked = connected & engaged
    return [reached, connected, talked, talked & active], _FOLLOWS_NOTE


def _no_followers_list(net: Network, platform: str) -> str:
    """Why no export of ``platform`` can show who follows the user (its ``missing``
    "followers", e.g. "Mastodon exports no followers list (only accounts you follow)"),
    or ``""`` when one can, or when some contact is a follower or mutual after all: then
    "followed back" is unknown, not 0 (ux8 #12)."""
    exports = [e for e in net.exports if e.platform == platform]
    reasons = [e.missing.get("followers", "") for e in exports]
    if not exports or not all(reasons):
        return ""
    mine = net.contacts.loc[net.contacts["platform"] == platform, "relation"]
    if mine.isin({"follower", "mutual"}).any():
        return ""
    return reasons[0]


def _request_chain(
    net: Network,
    platform: str,
    contacts: pd.DataFrame,
    observations: pd.DataFrame,
    engaged: set[str],
    active: set[str],
) -> list[set[str]]:
    keys = dict(zip(contacts["contact_key"], contacts["person_id"], strict=True))
    tied = contacts[contacts["relation"].isin(TIE_RELATIONS["sent"])]
    reached = {keys.get(who, f"{platform}:{who}") for who in observations["who"]}
    accepted = observations.loc[observations["kind"] == "accepted", "who"]
    connected = {keys[who] for who in accepted if who in set(tied["contact_key"])}
    talked = connected & engaged
    return [reached, connected, talked, talked & active]


def funnel_table(
    net: Network,
    *,
    platform: str | None = None,
    as_of: AsOf = None,
    window_days: float | None = None,
    active_within_days: float = 90.0,
) -> pd.DataFrame:
    """The outreach funnel per platform and over all platforms, with 95% intervals.

    Parameters
    ----------
    net
        The network.
    platform
        One platform only (default: every platform, then ``"all platforms"``).
    as_of
        Look at the network on this date (default: the newest export).
    window_days
        Count only outreach of the last ``window_days`` before ``as_of`` (requests by
        their sending date, follows by their date where the export has one): a positive
        whole number of days, or None for all of it (anything else: ValueError).
    active_within_days
        The *active* stage: a sign of life within this many days before ``as_of``
        (``activity.contact_status``).

    Returns
    -------
    DataFrame
        One row per (platform, stage) in :data:`STAGES` order: ``count`` (people; ``NA``
        where the exports cannot tell), ``base`` (the people the step rate is out of),
        ``step_conversion``/``step_low``/``step_high`` (share of the previous stage),
        ``overall_conversion``/``overall_low``/``overall_high`` (share of
        ``reached_out``), ``method`` and ``note`` (what was counted, or why it is NA).
        The ``"all platforms"`` rows count people over the platforms whose every stage is
        observed (their names are in its ``note``). Every platform has a row for each
        stage, so ``table.pivot(index="platform", columns="stage")`` always has every
        stage: exports with no contacts and no requests (Messenger only) give the four
        ``"all platforms"`` rows (or, with ``platform``, that platform's) with ``NA``
        counts and the reason in ``note``, never an empty table.

    Example
    -------
    >>> from power1000_analysis.loaders._base import LoadedExport
    >>> from power1000_analysis.network import merge_exports
    >>> contacts = pd.DataFrame({"platform": "x", "contact_key": ["a", "b", "c"],
    ...     "relation": ["mutual", "following", "follower"], "is_current": True,
    ...     "person_id": None})
    >>> net = merge_exports([LoadedExport("x", "test", "x", "me",
    ...     pd.Timestamp("2024-01-01", tz="UTC"), contacts=contacts)])
    >>> table = funnel_table(net, platform="x")
    >>> table[["stage", "count"]].values.tolist()[:2]
    [['reached_out', 2], ['connected', 1]]
    """
    from power1000_analysis.decay import _check_platform, _check_whole

    _check_platform(net, platform)  # "LinkedIn": was 4 NA rows, "no contacts" (review11 A7)
    if window_days is not None:  # 0 or -30: every stage after reached_out was 0 (review11 A8)
        _check_whole(window_days, "window_days", "days")
    cutoff = _cutoff(net, as_of)
    contacts = net.contacts
    present = _present(contacts, cutoff, newest=as_of is None)
    contacts = contacts[present]
    platforms = sorted(set(net.contacts["platform"]) | set(net.requests["platform"]))
    if platform is not None:
        platforms = [p for p in platforms if p == platform]
    if not platforms:
        reason = "these exports hold no contacts and no requests: no stage can be counted"
        return _table([_row(platform or ALL_PLATFORMS, stage, note=reason) for stage in STAGES])
    # engaged on each platform by that platform's own interactions (review11 R1)
    engaged_on = _engaged_by_platform(net, cutoff)
    status = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
    active = set(status.loc[status["status"] == "active", "person_id"])
    since = None
    if window_days is not None and cutoff is not None:
        since = cutoff - pd.Timedelta(days=float(window_days))

    # a platform whose newer exports hold no interactions is seen only until the newest
    # that does (contact_status judges its people then): who connected after that date
    # cannot be seen to engage, so they leave the platform's chain (counted in a note)
    # instead of counting as connected and never engaged
    known = {
        p: t
        for p, t in interactions_known_until(net.exports).items()
        if cutoff is not None and t < cutoff
    }
    rows: list[dict[str, Any]] = []
    complete: dict[str, list[set[str]]] = {}
    for name in platforms:
        mine = contacts[contacts["platform"] == name]
        late_note = ""
        if name in known:
            late = (mine["connected_at"] > known[name]).fillna(False).to_numpy(dtype=bool)
            if late.any():
                mine = mine[~late]
                late_note = (
                    f"{counted(int(late.sum()), 'contact')} connected after "
                    f"{known[name]:%Y-%m-%d}, the newest {name} export that holds "
                    "interactions, left out: whether they engaged cannot be seen"
                )
        if since is not None:
            dated = mine["connected_at"].notna()
            windowed = mine[dated & (mine["connected_at"] >= since)]
        else:
            dated, windowed = pd.Series(True, index=mine.index), mine
        if _kind(net.contacts.loc[net.contacts["platform"] == name, "relation"]) == "follow":
            if not mine["relation"].isin({"following", "mutual"}).any():
                reason = _no_following_reason(net.contacts, name, cutoff)
                rows.extend(_row(name, stage, note=reason) for stage in STAGES)
                continue
            if since is not None and not dated.any():
                reason = "the export has no follow dates, so no window can be applied"
                rows.extend(_row(name, stage, note=reason) for stage in STAGES)
                continue
            unseen = _no_followers_list(net, name)
            if unseen:  # Mastodon, Bluesky: whom you follow, never who follows you (ux8 #12)
                reached = set(windowed.loc[windowed["relation"] == "following", "person_id"])
                note = "reached out = accounts you follow"
                rows.append(_counted(name, [reached] * len(STAGES), "counts", note)[0])
                reason = f"who follows you back is unknown: {unseen}"
                rows.extend(_row(name, stage, note=reason) for stage in STAGES[1:])
                continue
            chain, note = _follow_chain(windowed, engaged_on.get(name, set()), active)
            complete[name] = chain
            rows.extend(_counted(name, chain, "counts", _joined(note, late_note)))
            rows[-2]["note"] = _unlinked(net, name)
            continue
        if set(net.contacts.loc[net.contacts["platform"] == name, "relation"]) <= {"contact"}:
            reason = "the export holds no outreach: an address book records none"
            rows.extend(_row(name, stage, note=reason) for stage in STAGES)
            continue
        observations, source = request_observations(net, platform=name, as_of=cutoff)
        if source == "none":
            # at a past as_of only the exports up to it count: say so, not "the exports"
            reason = (
                "the exports list no requests you sent"
                if as_of is None or cutoff is None
                else f"no export up to {cutoff:%Y-%m-%d} lists a request you sent"
            )
            rows.extend(_row(name, stage, note=reason) for stage in STAGES)
            continue
        if since is not None and not observations.empty:
            observations = observations[pd.to_datetime(observations["sent_at"], utc=True) >= since]
        if late_note and not observations.empty:
            sent = pd.to_datetime(observations["sent_at"], utc=True)
            observations = observations[sent <= known[name]]
        if source == "complete":
            chain = _request_chain(
                net, name, mine, observations, engaged_on.get(name, set()), active
            )
            complete[name] = chain
            note = _joined("reached out = requests you sent", late_note)
            rows.extend(_counted(name, chain, "counts", note))
            rows[-2]["note"] = _unlinked(net, name)
            continue
        estimated = _estimated_rows(
            net, name, windowed, source, cutoff, engaged_on.get(name, set()), active
        )
        estimated[2]["note"] = _joined(estimated[2]["note"], late_note)
        rows.extend(estimated)
    if platform is None:
        rows.extend(_overall_rows(complete, platforms))
    return _table(rows)


def _joined(*notes: str) -> str:
    """Notes joined by "; ", empty ones left out."""
    return "; ".join(note for note in notes if note)


def _table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rows as :func:`funnel_table`'s frame (counts as nullable integers)."""
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["count"] = table["count"].astype("Int64")
    table["base"] = table["base"].astype("Int64")
    return table


def _estimated_rows(
    net: Network,
    name: str,
    connections: pd.DataFrame,
    source: str,
    cutoff: pd.Timestamp | None,
    engaged: set[str],
    active: set[str],
) -> list[dict[str, Any]]:
    """A request platform whose exports do not list accepted requests."""
    hidden = (
        "the export lists only pending requests: those accepted or declined between exports "
        "are not in it"
        if source == "pending"
        else "the export lists no sent requests"
    )
    rows = [_row(name, "reached_out", note=hidden)]
    estimate = acceptance(net, platform=name, as_of=cutoff)
    people = set(connections["person_id"])
    talked = people & engaged
    steps = [
        (estimate.value, estimate.ci_low, estimate.ci_high),
        wilson(len(talked), len(people)),
        wilson(len(talked & active), len(talked)),
    ]
    bases = [estimate.n, len(people), len(talked)]
    methods = [
        estimate.method,
        "Wilson 95% among all connections",
        "Wilson 95% among all engaged connections",
    ]
    notes = [
        f"acceptance model: {estimate.accepted} accepted, {estimate.gone} gone, "
        f"{estimate.pending} still pending; naive accepted/resolved = {estimate.naive:.2f}",
        f"who sent the request is unknown: rate among all {len(people)} connections. "
        + _unlinked(net, name),
        f"rate among all {len(talked)} engaged connections",
    ]
    for index, stage in enumerate(STAGES[1:]):
        overall = _product(steps[: index + 1])
        step = steps[index]
        rows.append(
            _row(
                name,
                stage,
                base=bases[index],
                **_intervals(step, overall),
                method=methods[index] + ("" if index == 0 else "; overall by delta method"),
                note=notes[index],
            )
        )
    return rows


def _overall_rows(
    complete: dict[str, list[set[str]]], platforms: list[str]
) -> list[dict[str, Any]]:
    if not complete:
        reason = "no platform's exports reveal every stage"
        return [_row(ALL_PLATFORMS, stage, note=reason) for stage in STAGES]
    chain = [set().union(*(c[index] for c in complete.values())) for index in range(len(STAGES))]
    left_out = [p for p in platforms if p not in complete]
    note = "people on " + ", ".join(sorted(complete))
    if left_out:
        note += "; left out (a stage not revealed): " + ", ".join(left_out)
    return _counted(ALL_PLATFORMS, chain, "counts", note)


def funnel_shown(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`funnel_table` for a page: platforms whose exports reveal no stage at all (an
    address book; a followers-only list such as Quora's) left out, and said in a footnote.

    Four rows of empty cells per such platform read as missing data; the footnote says
    instead that the numbers are not available and why. In the rows kept, a count the
    exports cannot show reads "not available" (``note`` says why) and a missing rate is
    empty, rates as text to 4 significant digits: a table to read, not to compute with. The footnote is in
    ``attrs["footnote"]`` (``""`` when nothing was left out), with the platforms in
    ``attrs["left_out"]``.

    Example
    -------
    >>> table = pd.DataFrame({"platform": ["quora", "x"], "stage": "reached_out",
    ...     "count": pd.array([pd.NA, 3], dtype="Int64"), "step_conversion": [math.nan, 1.0],
    ...     "note": ["the export lists only your followers, not whom you follow", ""]})
    >>> shown = funnel_shown(table)
    >>> shown[["platform", "count", "step_conversion"]].values.tolist()
    [['x', 3, '1']]
    >>> shown.attrs["footnote"]
    'Not in the table: Quora, not available (the export lists only your followers, not whom you follow).'
    """
    from power1000_analysis.labels import PLATFORM_LABELS

    values = [
        column
        for column in ("count", "base", "step_conversion", "overall_conversion")
        if column in table.columns
    ]
    observed = table[values].notna().any(axis=1).groupby(table["platform"], sort=False).any()
    left_out = [str(platform) for platform, seen in observed.items() if not seen]
    shown = table[~table["platform"].isin(left_out)].reset_index(drop=True)
    reasons = []
    for platform in left_out:
        notes = table.loc[table["platform"] == platform, "note"].dropna().astype(str)
        reason = next((note for note in notes if note), "the exports do not show it")
        label = PLATFORM_LABELS.get(platform, platform.capitalize())
        reasons.append(f"{label}, not available ({reason})")
    # a stage the exports cannot show keeps its row, its cells saying so rather than NaN
    if "count" in shown.columns:
        shown["count"] = [
            "not available" if pd.isna(value) else int(value) for value in shown["count"]
        ]
    if "base" in shown.columns:
        shown["base"] = ["" if pd.isna(value) else int(value) for value in shown["base"]]
    for column in COLUMNS[4:10]:
        if column in shown.columns:
            shown[column] = [
                "" if pd.isna(value) else f"{float(value):.4g}" for value in shown[column]
            ]
    shown.attrs["left_out"] = left_out
    footnote = "Not in the table: " + "; ".join(reasons) + "." if reasons else ""
    # platforms in the table with a stage not shown are not in "all platforms" either
    partial = []
    for platform, rows in table[~table["platform"].isin([*left_out, ALL_PLATFORMS])].groupby(
        "platform", sort=False
    ):
        if "count" in rows and rows["count"].isna().any():
            notes = rows.loc[rows["count"].isna(), "note"].dropna().astype(str)
            reason = next((note for note in notes if note), "a stage not shown")
            partial.append(
                f"{PLATFORM_LABELS.get(platform, str(platform).capitalize())} ({reason})"
            )
    if partial and (table["platform"] == ALL_PLATFORMS).any():
        footnote += (" " if footnote else "") + (
            f"Not in the {ALL_PLATFORMS} rows: " + "; ".join(partial) + "."
        )
    shown.attrs["footnote"] = footnote
    return shown
