"""Who is active, and how fast do contacts go quiet? (DESIGN.md §6, issue #7).

Pure functions on a :class:`~power1000_analysis.network.Network`: no I/O, no plotting.
This module holds the status (active, dormant, passive, losing touch) and re-exports the
rest of the topic, split by subject: :mod:`~power1000_analysis.evidence` (evidence of
life, time conventions), :mod:`~power1000_analysis.scores` (decayed activity scores),
:mod:`~power1000_analysis.decay` and :mod:`~power1000_analysis.decay_fit` (decay curve and
half-life), :mod:`~power1000_analysis.survival` (Kaplan–Meier, cohorts) and
:mod:`~power1000_analysis.dunbar` (circles against Dunbar's layers).

Definitions used throughout:

- **Evidence of life** (:func:`evidence_of_life`): an interaction shows that the contact is
  alive when it is *inbound* (they messaged, commented, reacted, endorsed, mentioned…) or an
  *outbound* reaction, like, comment or reply, which the exports record against the author of
  the content reacted to. Outbound messages, mentions, tags, endorsements and recommendations
  alone do not: the owner can send them to someone who has long left.
- **Active** at ``as_of``: evidence of life within the last ``active_within_days`` days,
  i.e. ``0 <= as_of - last_evidence_at <= active_within_days`` (both ends included);
  **dormant**: evidence of life only before that window; **passive**: none ever (up to
  ``as_of``); **unknown**: none ever, and none of the person's accounts is in an export
  that carries interaction data at all
  (:func:`~power1000_analysis.evidence.contacts_without_interactions`: an address book,
  Quora's followers list as a generic CSV, a Mastodon CSV export of another account than
  the one whose archive holds posts…), so the data cannot tell. A person on LinkedIn
  and Quora is judged by LinkedIn. Survival, cohorts and the decay curve work per
  contact and leave the contacts on such platforms out (counted in what they report).
- ``as_of`` accepts a date string, a ``datetime`` or a ``pandas.Timestamp`` (naive means
  UTC) and defaults to the newest export date in the network. Interactions after ``as_of``
  are ignored, and so are people only known after it.
- People are ``person_id``\\ s: the contacts (and ``people``) of the network united with every
  interaction counterpart that has a ``person_id``. Interactions whose counterpart could not
  be resolved (``contact_key`` null, e.g. a deactivated "Facebook User") belong to no one:
  they are left out of the per-person rows and counted in ``table.attrs["excluded"]``.

Example
-------
>>> from power1000_analysis.network import Network
>>> contact_status(Network.empty(), as_of="2024-07-01").empty
True
"""

from __future__ import annotations

import warnings
from typing import Literal

import numpy as np
import pandas as pd

from power1000_analysis.decay import _check_whole, decay_curve, decay_curves, decay_half_life
from power1000_analysis.dunbar import (
    DUNBAR_NUMBER,
    PUBLISHED_LAYER_SIZES,
    describe_layers,
    dunbar_layers,
    dunbar_membership,
)
from power1000_analysis.evidence import (
    _NAT,
    EVIDENCE_OUTBOUND_KINDS,
    AsOf,
    _account_numbers,
    _as_of,
    _contact_end,
    account_interactions_known_until,
    contacts_without_interactions,
    evidence_of_life,
    interactions_known_until,
    platforms_without_interactions,
)
from power1000_analysis.network import Network
from power1000_analysis.scores import DEFAULT_WEIGHTS, activity_scores
from power1000_analysis.survival import (
    SurvivalResult,
    cohort_retention,
    describe_excluded,
    survival,
)

__all__ = [
    "ALL_PLATFORMS",
    "DEFAULT_WEIGHTS",
    "DUNBAR_NUMBER",
    "EVIDENCE_OUTBOUND_KINDS",
    "PUBLISHED_LAYER_SIZES",
    "STATUSES",
    "STATUS_MEANINGS",
    "SurvivalResult",
    "activity_scores",
    "cohort_retention",
    "contact_status",
    "decay_curve",
    "decay_curves",
    "decay_half_life",
    "describe_excluded",
    "describe_layers",
    "dunbar_layers",
    "dunbar_membership",
    "evidence_of_life",
    "losing_touch",
    "platforms_without_interactions",
    "status_by_combination",
    "status_counts",
    "suppress_small_counts",
    "survival",
]

#: the label of the row that counts every person once (as in ``growth``).
ALL_PLATFORMS = "all platforms"

Status = Literal["active", "dormant", "passive", "unknown"]
#: every status, in the order of the categorical ``status`` column and of the tables.
STATUSES: tuple[str, ...] = ("active", "dormant", "passive", "unknown")
#: what each status means, for legends and notes.
STATUS_MEANINGS: dict[str, str] = {
    "active": "a sign of life within the window",
    "dormant": "signs of life only before the window",
    "passive": "no sign of life ever",
    "unknown": "only on platforms whose export holds no interactions",
}


# --------------------------------------------------------------------------- 3. status


def _as_of_after_exports(net: Network, as_of: AsOf) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """``(as_of, newest export)`` when ``as_of`` is after the newest export's day, else None.

    A bare date means 00:00 UTC of that day, so any date up to the day after the newest
    export's date (the end of that export's day) is within the exports. Nothing after that
    is known: every person would read as not active. ``power1000 report --as-of`` and the
    notebooks refuse such a date (``report.check_as_of``); :func:`contact_status` warns.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> _as_of_after_exports(Network.empty(), "2030-01-01") is None  # no export to compare with
    True
    """
    from power1000_analysis.evidence import parse_as_of

    day, newest = parse_as_of(as_of), net.as_of
    if day is None or newest is None or pd.isna(newest):
        return None
    newest = pd.Timestamp(newest)
    newest = newest.tz_localize("UTC") if newest.tzinfo is None else newest.tz_convert("UTC")
    return (day, newest) if day > newest.normalize() + pd.Timedelta(days=1) else None


def contact_status(
    net: Network, *, as_of: AsOf = None, active_within_days: float = 90.0
) -> pd.DataFrame:
    """Active, dormant, passive or unknown, per person.

    A person without any evidence of life is *passive* when at least one of their accounts
    is in an export that carries interactions (so a sign of life could have been seen),
    and *unknown* when none is
    (:func:`~power1000_analysis.evidence.contacts_without_interactions`: e.g. only in the
    address book, only a Quora follower, or only followed in a Mastodon CSV export of
    another account than the Mastodon archive beside it): a person on LinkedIn and Quora
    is judged by LinkedIn. Active and dormant people are the same either way.

    An account whose newest export holds no interactions while an older one does
    (:func:`~power1000_analysis.evidence.account_interactions_known_until`: a LinkedIn
    download of the connections only after a full archive) is observed only until that
    older export (another account of the platform, a partner's full archive, does not
    change that): a person whose accounts with interactions are all such is judged as of
    the latest of those dates (active if a sign of life came within ``active_within_days``
    before it), and is unknown rather than passive when connected after it. The column
    ``judged_as_of`` gives the date each person is judged at (``as_of``, or that older
    export), and ``days_since_evidence`` is counted to it, so that it agrees with the
    status (Ann, who wrote 14 days before the full archive, is active with 14 days, not
    440 days before a connections-only export). ``merge_exports`` records a warning
    naming the platform and both dates.

    Parameters
    ----------
    net
        The network.
    as_of
        Status on this date (default: the newest export).
    active_within_days
        Window for "active": evidence of life at most this many days before ``as_of``.

    Returns
    -------
    DataFrame
        :func:`activity_scores` (default weights, half-life = ``active_within_days``;
        ``days_since_evidence`` counted to ``judged_as_of``) plus ``judged_as_of`` (the
        date the person is judged at, see above) and ``status`` ∈ {active, dormant,
        passive, unknown} (categorical, in that order).
        ``attrs["platforms_without_interactions"]`` lists the platforms none of whose
        exports holds interactions (an account without them on another platform can make
        people unknown too).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> contact_status(Network.empty(), as_of="2024-07-01")["status"].tolist()
    []
    """
    if isinstance(active_within_days, bool) or not (
        isinstance(active_within_days, int | float | np.integer | np.floating)
        and active_within_days > 0
    ):  # NaN too; infinity is allowed (active: any sign of life ever)
        raise ValueError(
            f"active_within_days must be a positive number of days, not {active_within_days!r}"
        )
    late = _as_of_after_exports(net, as_of)
    if late is not None:
        warnings.warn(
            f"as_of {late[0]:%Y-%m-%d} is after your newest export ({late[1]:%Y-%m-%d}): "
            "nothing after it is known, so nobody reads as active",
            UserWarning,
            stacklevel=2,
        )
    table = activity_scores(net, as_of=as_of, half_life_days=active_within_days)
    days = table["days_since_evidence"]
    blind = platforms_without_interactions(net)
    contacts_blind = contacts_without_interactions(net)
    hidden = _hidden_platforms(net, contacts_blind)
    never = days.isna().to_numpy()
    unseen = np.zeros(len(table), dtype=bool)
    if hidden and never.any():
        # platforms are joined by "," per person: unknown when on every one of them all
        # the person's accounts are in exports without interactions
        ids = table.loc[never, "person_id"].astype(str)
        accounts = table.loc[never, "platforms"].fillna("").astype(str).str.split(",")
        unseen[never] = [
            bool(names) and all((person, name) in hidden for name in names)
            for person, names in zip(ids, accounts, strict=True)
        ]
    # a platform whose newer exports hold no interactions is seen only until the newest
    # that does: people on such platforms only are judged as of that date
    cutoff = _as_of(net, as_of)
    until = _observed_until(net, table, hidden, contacts_blind, cutoff)
    judged = pd.Series(cutoff, index=table.index, dtype="datetime64[ns, UTC]")
    if until is not None and cutoff is not None:
        # days since evidence as of that date; connected after it: nothing could be seen
        days = days - ((cutoff - until).dt.total_seconds() / 86_400).fillna(0.0)
        connected = pd.to_datetime(table["connected_at"], utc=True)
        unseen |= never & (connected > until).to_numpy(dtype=bool)
        judged = until.fillna(cutoff)
    table["days_since_evidence"] = days
    table["judged_as_of"] = judged
    status = np.where(
        never,
        np.where(unseen, "unknown", "passive"),
        np.where(days <= active_within_days, "active", "dormant"),
    )
    table["status"] = pd.Categorical(status, categories=list(STATUSES))
    table.attrs["platforms_without_interactions"] = sorted(blind)
    table.attrs["active_within_days"] = active_within_days
    return table


def _hidden_platforms(net: Network, blind: np.ndarray) -> set[tuple[str, str]]:
    """(person_id, platform) where every account of the person on the platform is in
    exports without interactions (``blind``: :func:`contacts_without_interactions`)."""
    contacts = net.contacts
    if not blind.any():
        return set()
    pairs = pd.DataFrame(
        {
            "person_id": contacts["person_id"].astype(str).to_numpy(),
            "platform": contacts["platform"].astype(str).to_numpy(),
            "blind": blind,
        }
    )
    hidden = pairs.groupby(["person_id", "platform"])["blind"].all()
    return set(hidden.index[hidden.to_numpy()])


def _observed_until(
    net: Network,
    table: pd.DataFrame,
    hidden: set[tuple[str, str]],
    blind: np.ndarray,
    cutoff: pd.Timestamp | None,
) -> pd.Series | None:
    """Per person, the date until which their activity is observed when it is before
    ``cutoff`` (NaT otherwise): the latest, over their accounts, of ``cutoff`` or, for an
    account in :func:`~power1000_analysis.evidence.account_interactions_known_until`, the
    newest export that holds its interactions (accounts whose exports hold no interaction
    data left out: contacts ``blind`` of :func:`contacts_without_interactions`). Only
    contacts known by ``cutoff`` count (as ``table["platforms"]``); a person with none
    (met only in interactions) goes by their platforms
    (:func:`~power1000_analysis.evidence.interactions_known_until`, ``hidden`` pairs of
    :func:`_hidden_platforms` left out). None when no account is in that case."""
    if cutoff is None:
        return None
    if not any(t < cutoff for t in account_interactions_known_until(net).values()):
        return None
    contacts = net.contacts
    end = _contact_end(net, cutoff, contacts, newest=False)
    since = pd.to_datetime(contacts["connected_at"], utc=True).fillna(
        pd.to_datetime(contacts["first_seen_at"], utc=True)
    )
    then = ~(since > cutoff).to_numpy(dtype=bool)
    person = contacts["person_id"].astype(str).to_numpy()
    watched = pd.Series(np.where(blind, _NAT, end)[then]).groupby(person[then]).max()
    by_person = watched.reindex(table["person_id"].astype(str), fill_value=_NAT)
    by_platform = {
        p: t
        for p, t in interactions_known_until(
            net.exports, _account_numbers(net.exports, net)
        ).items()
        if t < cutoff
    }
    dates = []
    ids = table["person_id"].astype(str)
    platforms = table["platforms"].fillna("").astype(str).str.split(",")
    for person_id, names, latest_ns in zip(ids, platforms, by_person.to_numpy(), strict=True):
        if latest_ns != _NAT:  # contacts known by the cutoff, in exports with interactions
            latest = pd.Timestamp(int(latest_ns), tz="UTC")
        else:
            seen = [
                by_platform.get(name, cutoff)
                for name in names
                if name and (person_id, name) not in hidden
            ]
            latest = max(seen) if seen else cutoff
        dates.append(latest if latest < cutoff else pd.NaT)
    return pd.Series(pd.to_datetime(dates, utc=True), index=table.index)


def losing_touch(
    net: Network,
    *,
    as_of: AsOf = None,
    active_within_days: float = 90.0,
    half_life_days: float = 90.0,
) -> pd.DataFrame:
    """People active in the previous window and not in this one, by their past score.

    The previous window is the ``active_within_days`` before ``as_of - active_within_days``.

    Returns
    -------
    DataFrame
        ``person_id``, ``name``, ``platforms``, ``past_score`` (score at the start of the
        current window), ``last_evidence_at``, ``days_since_evidence`` and
        ``judged_as_of`` as :func:`contact_status` gives them now (for a platform seen
        only until an older export, days to that export); highest past score first.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> losing_touch(Network.empty(), as_of="2024-07-01").empty
    True
    """
    cutoff = _as_of(net, as_of)
    columns = ["person_id", "name", "platforms", "past_score", "last_evidence_at"]
    if cutoff is None:
        return pd.DataFrame(columns=[*columns, "days_since_evidence", "judged_as_of"])
    window = pd.Timedelta(days=active_within_days)
    now = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
    before = contact_status(net, as_of=cutoff - window, active_within_days=active_within_days)
    before = before.loc[before["status"] == "active"].set_index("person_id")
    lost = now.loc[(now["status"] != "active") & now["person_id"].isin(before.index)]
    table = lost[[*columns[:3], "last_evidence_at", "days_since_evidence", "judged_as_of"]]
    past = activity_scores(net, as_of=cutoff - window, half_life_days=half_life_days)
    past_score = past.set_index("person_id")["score"].reindex(table["person_id"])
    table = table.assign(past_score=past_score.to_numpy(dtype=float))
    table = table.sort_values(["past_score", "person_id"], ascending=[False, True])
    return table[[*columns, "days_since_evidence", "judged_as_of"]].reset_index(drop=True)


def _count_table(
    groups: np.ndarray, states: np.ndarray, people: pd.Series, goal: int
) -> pd.DataFrame:
    """Crosstab of group × status (every status a column), then the "all platforms" row
    over ``people`` (one status per person), with people, shares and the goal."""
    _check_whole(goal, "goal", "active people")  # 0: share_of_goal inf (review11 A8)
    pairs = pd.DataFrame({"group": pd.Series(groups, dtype=object), "status": states})
    by_group = (
        pairs.groupby(["group", "status"]).size().unstack(fill_value=0)
        if len(pairs)
        else pd.DataFrame(index=pd.Index([], dtype=object))
    )
    by_group = by_group.reindex(columns=list(STATUSES), fill_value=0).sort_index()
    overall = pd.Series(pd.Categorical(people.astype(object), categories=list(STATUSES)))
    overall = overall.value_counts().reindex(list(STATUSES), fill_value=0)
    table = pd.concat([by_group, overall.to_frame(ALL_PLATFORMS).T]).astype("int64")
    table.index.name = "platform"
    table.columns.name = None
    table = table.reset_index()
    table["people"] = table[list(STATUSES)].sum(axis=1)
    known = table["people"] - table["unknown"]
    with np.errstate(divide="ignore", invalid="ignore"):
        table["active_share"] = table["active"] / known.where(known > 0)
    table["goal"] = goal
    # blank where nobody's status is known, as active_share (review12 UNK-1): 0 would say
    # "none of the goal yet" where the exports cannot tell
    table["share_of_goal"] = (table["active"] / goal).where(known > 0)
    return table


def status_counts(status: pd.DataFrame, *, goal: int = 1000) -> pd.DataFrame:
    """Active, dormant, passive and unknown people per platform and overall, against a goal.

    Parameters
    ----------
    status
        :func:`contact_status` output.
    goal
        The number of active people wanted: a positive whole number (else ValueError).

    Returns
    -------
    DataFrame
        One row per platform, then ``"all platforms"``. A person counts on every platform
        they are on, with their one status (from all their accounts: a LinkedIn and Quora
        person active on LinkedIn is active in the Quora row too), so the platform rows add
        up to more than the last row, which counts each person once. Columns: ``platform``,
        ``active``, ``dormant``, ``passive``, ``unknown``, ``people``, ``active_share``
        (active / people whose status is known; NaN without any), ``goal``,
        ``share_of_goal`` (active / goal; NaN where ``active_share`` is: nobody's status
        known). :func:`status_by_combination` gives the rows
        per combination of platforms instead.

    Example
    -------
    >>> status = pd.DataFrame({"platforms": ["x", "x", "linkedin,x"],
    ...                        "status": ["active", "passive", "active"]})
    >>> status_counts(status, goal=10)[["platform", "active", "people"]].values.tolist()
    [['linkedin', 1, 1], ['x', 2, 3], ['all platforms', 2, 3]]
    """
    platforms = status["platforms"].fillna("unknown").astype(str).str.split(",")
    each = platforms.explode()
    states = status["status"].astype(object).reindex(each.index).to_numpy()
    return _count_table(each.to_numpy(dtype=object), states, status["status"], goal)


def status_by_combination(status: pd.DataFrame, *, goal: int = 1000) -> pd.DataFrame:
    """:func:`status_counts` by combination of platforms: each person counted once.

    Returns
    -------
    DataFrame
        One row per value of ``platforms`` (``"facebook,linkedin"``), then ``"all
        platforms"``; the columns of :func:`status_counts`.

    Example
    -------
    >>> status = pd.DataFrame({"platforms": ["x", "x", "linkedin,x"],
    ...                        "status": ["active", "passive", "active"]})
    >>> status_by_combination(status, goal=10)[["platform", "people"]].values.tolist()
    [['linkedin,x', 1], ['x', 2], ['all platforms', 3]]
    """
    platforms = status["platforms"].fillna("unknown").astype(str).to_numpy(dtype=object)
    states = status["status"].astype(object).to_numpy()
    return _count_table(platforms, states, status["status"], goal)


def suppress_small_counts(table: pd.DataFrame, *, k: int | None = None) -> pd.DataFrame:
    """:func:`status_counts` or :func:`status_by_combination` for anonymised output.

    Counts of fewer than ``k`` people (default ``anonymize.MIN_GROUP_SIZE``) are blanked
    by :func:`~power1000_analysis.anonymize.suppress_small`. Blanking them alone would not
    hide them: a row's statuses add up to its ``people``, and the rows of
    :func:`status_by_combination` add up to ``"all platforms"``, so one blank in a row or
    column is that total minus the cells shown. Complementary suppression closes this:
    while a row (its four statuses and ``people``) or an adding-up column has exactly one
    blank, the smallest other non-zero count in it is blanked too (``people`` or the
    ``"all platforms"`` row last), until every row and column has no blank or at least
    two. Columns count as adding up when the platform rows sum to the ``"all platforms"``
    row (always for combinations; for :func:`status_counts` only when nobody is on two
    platforms). Blanking more cells of one row, rather than pooling small rows into one
    "other" row, keeps the table the same shape for :func:`status_counts`, whose rows
    overlap and cannot be pooled, and keeps the large cells of a small combination.
    Each share made from a blanked count is blanked as well (``active_share`` from
    active, people and unknown; ``share_of_goal`` from active): ``active_share`` 1.0 or
    ``share_of_goal`` 0.001 would give it back.

    Example
    -------
    >>> status = pd.DataFrame({"platforms": ["x"] * 6 + ["linkedin"], "status": "active"})
    >>> shown = suppress_small_counts(status_counts(status, goal=1000))
    >>> shown[["platform", "active", "people", "share_of_goal"]].values.tolist()
    [['linkedin', <NA>, <NA>, nan], ['x', <NA>, <NA>, nan], ['all platforms', 7, 7, 0.007]]
    """
    from power1000_analysis.anonymize import MIN_GROUP_SIZE, suppress_small

    counts = [*STATUSES, "people"]
    shown = suppress_small(table, counts, k=MIN_GROUP_SIZE if k is None else k)
    _complete_suppression(shown, table, counts)
    # each share, from the counts it is made of: active / (people - unknown), active / goal
    sources = {"active_share": ["active", "people", "unknown"], "share_of_goal": ["active"]}
    for column, sourced in sources.items():
        if column in shown:
            blanked = shown[sourced].isna().any(axis=1) & table[sourced].notna().all(axis=1)
            shown[column] = shown[column].mask(blanked)
    return shown


def _complete_suppression(shown: pd.DataFrame, table: pd.DataFrame, counts: list[str]) -> None:
    """Blank more cells of ``shown`` (in place) until no row of ``counts`` and no column
    that adds up to the ``"all platforms"`` row holds exactly one blank (see
    :func:`suppress_small_counts`)."""
    values = table[counts].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    hidden = shown[counts].isna().to_numpy() & ~np.isnan(values)
    total = (table["platform"] == ALL_PLATFORMS).to_numpy()
    parts = ~total
    additive = (
        total.sum() == 1
        and parts.any()
        and bool(np.allclose(values[parts].sum(axis=0), values[total][0]))
    )
    lines: list[tuple[np.ndarray, np.ndarray]] = []  # (row indices, column indices), last = total
    columns = np.arange(len(counts))
    lines += [(np.array([r]), columns) for r in range(len(values))]
    if additive:
        order = np.r_[np.flatnonzero(parts), np.flatnonzero(total)]
        lines += [(order, np.array([c])) for c in columns]
    active = counts.index("active")
    changed = True
    while changed:
        changed = False
        for rows, cols in lines:
            cells = [(r, c) for r in rows for c in cols]
            if sum(hidden[r, c] for r, c in cells) != 1:
                continue
            # the smallest other non-zero count, active (the headline) after the others;
            # the line's total (last cell) only if none
            body, last = cells[:-1], cells[-1]
            candidates = [
                (c == active, values[r, c], i)
                for i, (r, c) in enumerate(body)
                if not hidden[r, c] and values[r, c] > 0
            ]
            if candidates:
                r, c = body[min(candidates)[2]]
            elif not hidden[last] and values[last] > 0:
                r, c = last
            else:  # only zeros besides the blank: blank a zero, the sum stays unknown
                r, c = next((r, c) for r, c in cells if not hidden[r, c])
            hidden[r, c] = True
            changed = True
    for j, column in enumerate(counts):
        shown[column] = shown[column].mask(pd.Series(hidden[:, j], index=shown.index))
    shown["suppressed"] = shown["suppressed"] | hidden.any(axis=1)
