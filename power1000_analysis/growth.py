"""Network size, growth over time, snapshot diffs and platform overlap (DESIGN.md §6).

Pure functions: a :class:`~power1000_analysis.network.Network` in, a tidy DataFrame out.
Nothing here reads files, prints or plots.

Two sources tell how a network grew, and they answer different questions:

- **connection dates** (``contacts.connected_at``) reach back years but only exist for
  platforms that export them, and only for contacts still (or once) present;
- **snapshots** (``first_seen_at`` / ``last_seen_at``) are exact at each export date, and are
  the only way to see who *left*.

Platform rows count **accounts**; rows of ``"all platforms"`` count **people**
(``person_id``, which ``load`` links across platforms with ``identity/``), the unit of the
goal: someone on three platforms is three accounts and one person.

Every count here takes ``as_of`` and describes the network as it was on that date
(:func:`contact_presence`): a contact is in the network from its connection date (or, without
one, from the first snapshot that holds it) while a snapshot at or after the date still holds
it. A contact with no connection date first seen in an export *after* ``as_of`` is
``unknown`` then (it may have been there already), and so is one that left between a
snapshot before ``as_of`` and the next after it (it may have left after ``as_of``): neither
is counted, and ``platform_counts`` says how many there are.

Example
-------
>>> from power1000_analysis.network import Network
>>> platform_counts(Network.empty())[["platform", "people"]].values.tolist()
[['all platforms', 0]]
"""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

import numpy as np
import pandas as pd

from power1000_analysis.labels import display_names
from power1000_analysis.network import Network

__all__ = [
    "ALL_PLATFORMS",
    "DEFAULT_GOAL",
    "PRESENCE",
    "contact_presence",
    "growth_table",
    "platform_counts",
    "platform_overlap",
    "platforms_per_person",
    "pool_platforms_per_person",
    "snapshot_changes",
    "snapshot_diff",
    "top_combinations",
]

#: the label of the row that sums over platforms.
ALL_PLATFORMS = "all platforms"
#: the number the whole project is about.
DEFAULT_GOAL = 1000

Freq = Literal["D", "W", "M", "Q", "Y"]
# pandas spells period ends differently from the period aliases users know.
_PERIOD_END = {"D": "D", "W": "W-SUN", "M": "ME", "Q": "QE", "Y": "YE"}


def _cutoff(net: Network, as_of: pd.Timestamp | str | None) -> pd.Timestamp | None:
    from power1000_analysis.evidence import _as_of  # the one as_of parser (ISO strings)

    return _as_of(net, as_of)


#: the states :func:`contact_presence` gives a contact at a date.
PRESENCE = ("present", "former", "later", "unknown")


def contact_presence(net: Network, *, as_of: pd.Timestamp | str | None = None) -> pd.Series:
    """Was each contact in the network on ``as_of``? One answer for every page.

    Without ``as_of``: ``present`` when the newest snapshot of its platform holds it
    (``is_current``), else ``former``. With a date:

    - ``present``: connected on or before the date (``connected_at``; without one, the first
      snapshot holding it is on or before the date) and a snapshot on or after the date
      still holds it (or it is current). A contact of an export taken *after* the date counts
      when its connection date is on or before it: it was connected then.
    - ``former``: it had joined by then, and the first snapshot that no longer holds it is
      on or before the date: it had left.
    - ``later``: connected after the date.
    - ``unknown``: whether it was there is not known, either way. No connection date and
      first seen in an export after the date (an address book, X's follower lists): it may
      have been there already. Or held by the last snapshot before the date and missing
      from the first one after it: it left somewhere in between, maybe after the date
      (review10 R19: these counted as gone since the earlier snapshot, while the undated
      newcomers of the same interval were unknown). Not counted either way.

    A contact with neither date (an export without an export date) is ``present``.

    Returns
    -------
    Series
        One state of :data:`PRESENCE` per row of ``net.contacts`` (same index).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> contact_presence(Network.empty(), as_of="2020-01-01").tolist()
    []
    """
    return _presence(net, as_of)[0]


def _presence(net: Network, as_of: pd.Timestamp | str | None) -> tuple[pd.Series, pd.Series]:
    """:func:`contact_presence`, and which of its ``unknown`` contacts are so because they
    left between a snapshot before ``as_of`` and one after it (all False without a date)."""
    contacts = net.contacts
    current = contacts["is_current"].astype(bool)
    states = pd.Series(np.where(current, "present", "former"), index=contacts.index, dtype=object)
    left_between = pd.Series(False, index=contacts.index)
    if as_of is None:
        return states, left_between
    cutoff = _cutoff(net, as_of)
    connected = pd.to_datetime(contacts["connected_at"], utc=True)
    first_seen = pd.to_datetime(contacts["first_seen_at"], utc=True)
    start = connected.fillna(first_seen)
    started = start.isna() | (start <= cutoff)
    stays = current | (pd.to_datetime(contacts["last_seen_at"], utc=True) >= cutoff)
    states[:] = "later"
    states[started & stays] = "present"
    gone = started & ~stays
    states[gone] = "former"
    if gone.any():
        # first missing after the date: it may have left after it (no departure known: gone)
        left_at = _departures(net)
        left_between = gone & left_at.notna() & (left_at > cutoff)
        states[left_between] = "unknown"
    states[~started & connected.isna()] = "unknown"
    return states, left_between


def platform_counts(net: Network, *, as_of: pd.Timestamp | str | None = None) -> pd.DataFrame:
    """People per platform and overall.

    Counts contacts present in the newest snapshot (``is_current``); ``former`` counts those
    an older snapshot held and the newest does not. With ``as_of``, the network on that date
    (:func:`contact_presence`): a contact counts from its connection date (or first snapshot)
    while a snapshot on or after the date still holds it; ``former`` are those gone by then.

    No goal column: the goal (1000) counts *active* people, and these are all people,
    active or not (review10 R2: a ``share_of_goal`` of 2.4 read as the goal met twice
    over); ``activity.status_counts`` sets the active ones against it.

    Parameters
    ----------
    net
        The network.
    as_of
        Count the network as it was on this date (default: the newest export).

    Returns
    -------
    DataFrame
        One row per platform plus a last row ``"all platforms"``: ``platform``,
        ``contacts`` (accounts), ``people`` (distinct ``person_id``), ``former``
        (accounts gone by then), ``unknown`` (accounts whose presence on ``as_of`` is
        unknown, :func:`contact_presence`: no connection date and first seen in an export
        after ``as_of``, or gone from the first snapshot after ``as_of`` that followed one
        before it holding them; not counted; always 0 without ``as_of``).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> platform_counts(Network.empty()).columns.tolist()
    ['platform', 'contacts', 'people', 'former', 'unknown']
    """
    contacts = net.contacts
    state = contact_presence(net, as_of=as_of)
    present, gone, unknown = (state == "present"), (state == "former"), (state == "unknown")
    rows = []
    for platform in sorted(set(net.platforms) | set(contacts["platform"])):
        mine = contacts["platform"] == platform
        rows.append(
            {
                "platform": platform,
                "contacts": int((mine & present).sum()),
                "people": int(contacts.loc[mine & present, "person_id"].nunique()),
                "former": int((mine & gone).sum()),
                "unknown": int((mine & unknown).sum()),
            }
        )
    rows.append(
        {
            "platform": ALL_PLATFORMS,
            "contacts": int(present.sum()),
            "people": int(contacts.loc[present, "person_id"].nunique()),
            "former": int(gone.sum()),
            "unknown": int(unknown.sum()),
        }
    )
    return pd.DataFrame(rows, columns=["platform", "contacts", "people", "former", "unknown"])


def _departures(net: Network) -> pd.Series:
    """When each contact that left was first missing: the export date of the first snapshot
    of its account after its last snapshot there (the latest such date over the accounts of
    its platform that held it: it left your network when it left the last one), NaT for
    current contacts."""
    contacts = net.contacts
    left_at = pd.Series(pd.NaT, index=contacts.index, dtype="datetime64[ns, UTC]")
    gone = ~contacts["is_current"].astype(bool) & contacts["last_seen_at"].notna()
    if not gone.any():
        return left_at
    view = _account_view(net)
    view = view[view["last_seen_at"].notna()]
    snapshots = net.snapshots.dropna(subset=["exported_at"])
    if "account" not in snapshots.columns:
        snapshots = snapshots.assign(account=1)
    accounts = snapshots["account"].fillna(1).astype("int64")
    found: list[pd.Series] = []
    for (platform, account), dates in snapshots.groupby([snapshots["platform"], accounts]):
        ordered = pd.DatetimeIndex(sorted(dates["exported_at"].unique()))
        mine = view[(view["platform"] == platform) & (view["account"] == account)]
        if mine.empty:
            continue
        position = ordered.searchsorted(mine["last_seen_at"], side="right")
        # the export after the last one holding it (NaT past the newest), kept a datetime
        # Series: an object one made the groupby max below a Python loop (2 s on the sample)
        padded = pd.to_datetime(pd.Series([*ordered, pd.NaT], dtype=object), utc=True)
        after = padded.iloc[position]
        after.index = pd.MultiIndex.from_arrays([mine["platform"], mine["contact_key"]])
        found.append(after)
    if not found:
        return left_at
    latest = pd.concat(found).groupby(level=[0, 1]).max()
    keys = pd.MultiIndex.from_arrays(
        [contacts.loc[gone, "platform"], contacts.loc[gone, "contact_key"]]
    )
    left_at.loc[gone] = latest.reindex(keys).to_numpy()
    return left_at


def _naive(times: pd.Series) -> np.ndarray:
    """UTC times as naive ``datetime64[ns]`` (NaT kept), to compare with period ends."""
    utc = pd.to_datetime(times, utc=True)
    return np.asarray(utc.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]"))


def _size(
    ends: np.ndarray, start: pd.Series, left_at: pd.Series
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Joined, left and size at each of ``ends`` of things that start at ``start`` (NaT:
    never counted) and end at ``left_at`` (NaT: still there); an event counts in the first
    period ending at or after it."""
    dated = start.notna().to_numpy()
    joined_pos = np.searchsorted(ends, _naive(start)[dated])
    left_pos = np.searchsorted(ends, _naive(left_at)[dated & left_at.notna().to_numpy()])
    joined = np.bincount(joined_pos[joined_pos < len(ends)], minlength=len(ends))
    left = np.bincount(left_pos[left_pos < len(ends)], minlength=len(ends))
    return joined, left, np.cumsum(joined) - np.cumsum(left)


def _people_spans(
    contacts: pd.DataFrame, start: pd.Series, left_at: pd.Series
) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series, int]:
    """Per person: when they joined (the earliest start of any of their accounts) and left
    (when the last of their accounts left; NaT while any is still there), the same over the
    accounts with a connection date only, and how many people have no dated account."""
    person = contacts["person_id"].astype(object)
    # an account without a person_id (a hand-built frame) is its own person
    own = contacts["platform"].astype(str) + ":" + contacts["contact_key"].astype(str)
    frame = pd.DataFrame(
        {
            "person": person.where(person.notna(), own),
            "start": pd.to_datetime(start, utc=True),
            "left_at": pd.to_datetime(left_at, utc=True),
            "gone": left_at.notna(),
            "connected": pd.to_datetime(contacts["connected_at"], utc=True),
        }
    )
    by_person = frame.groupby("person", sort=False)
    still_there = ~by_person["gone"].all()
    joined = by_person["start"].min()
    left = by_person["left_at"].max().where(~still_there)
    with_date = frame[frame["connected"].notna()].groupby("person", sort=False)
    joined_connected = with_date["connected"].min()
    left_connected = with_date["left_at"].max().where(with_date["gone"].all())
    undated = int(joined.isna().sum())
    return joined, left, joined_connected, left_connected, undated


def growth_table(
    net: Network,
    *,
    freq: Freq = "M",
    as_of: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """Network size at the end of each period: accounts per platform, people overall.

    A platform's rows count **accounts**: an account counts from its ``connected_at`` (or,
    without one, from the first snapshot that holds it) until the first snapshot that no
    longer holds it. The last rows, ``"all platforms"``, count **people** (``person_id``,
    the goal's unit): a person counts from the first date any of their accounts counts,
    until the last of their accounts is gone, so someone on three platforms counts once,
    not three times. At the newest export, and at ``as_of``, it ends at
    ``platform_counts``' people of ``"all platforms"`` (and
    :func:`~power1000_analysis.headcount.people_counts`' ``now``) less the people with no
    dated account (``undated``).

    Accounts counted from a snapshot (an address book, X's follower lists: exports without
    connection dates) all appear at that export's date, which is when you exported, not
    when you connected: ``snapshot_dated`` says how many of ``contacts`` are counted only
    thanks to such a date, so a chart can draw them apart rather than as a jump in growth.
    For people it is those counted at that date who are not (yet, or any more) counted
    through an account with a connection date.

    Parameters
    ----------
    net
        The network.
    freq
        Period length: ``"D"``, ``"W"``, ``"M"`` (default), ``"Q"`` or ``"Y"``.
    as_of
        The last date shown (default: the newest export).

    Returns
    -------
    DataFrame
        One row per (platform, period): ``platform`` (``"all platforms"`` for the people
        over all platforms), ``unit`` (``"accounts"`` on a platform's rows, ``"people"``
        on ``"all platforms"``), ``period_end`` (UTC), ``joined``, ``left``,
        ``may_have_left`` (at an ``as_of`` between two exports, in the last period only:
        counted until then and of unknown presence at ``as_of``, see below), ``contacts``
        (size at period end, in ``unit``: the size before + ``joined`` - ``left`` -
        ``may_have_left`` in every period), ``snapshot_dated`` (of ``contacts``, those
        counted only from the first snapshot holding them), ``undated`` (accounts of that
        platform, or people, with neither a connection date nor a snapshot date; not in
        the growth, only reported), ``unknown`` (accounts of that platform with no
        connection date first seen in an export after the period's end, or people not
        counted then who have such an account: whether they were there then is unknown,
        :func:`contact_presence`; a count of 0 with ``unknown`` above 0 means "not known",
        not "none", and ``plotting.plot_growth`` draws no line for it). With ``as_of`` the
        last period ends at ``as_of`` itself and counts as :func:`platform_counts` does
        there (:func:`contact_presence`): its ``contacts`` and ``unknown`` are that
        table's ``contacts`` and ``unknown`` per platform, and on ``"all platforms"`` its
        ``people`` (less ``undated``) and the people not counted who have an account of
        unknown presence. An account that left between a snapshot before ``as_of`` and
        the next after it is drawn in the periods before (until that next snapshot, as
        without ``as_of``) and is ``unknown`` at ``as_of``, not counted and not in
        ``left`` (it may have left after ``as_of``) but in ``may_have_left`` (review10b
        S1: the chart ended 61 people above the count table at a date between two
        exports; review11b GR: without the column, 1,714 + 48 joined - 0 left gave 1,701).
        On ``"all platforms"`` it counts the people not counted at ``as_of`` who have such
        an account (someone also counted through another account is still counted).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> growth_table(Network.empty()).empty
    True
    """
    columns = [
        "platform",
        "unit",
        "period_end",
        "joined",
        "left",
        "may_have_left",
        "contacts",
        "snapshot_dated",
        "undated",
        "unknown",
    ]
    counts = ["joined", "left", "may_have_left", "contacts", "snapshot_dated", "undated", "unknown"]
    if freq not in _PERIOD_END:  # was a bare KeyError (review11 A8)
        raise ValueError(
            f"freq must be one of {', '.join(map(repr, _PERIOD_END))} (day, week, month,"
            f" quarter, year), not {freq!r}"
        )
    contacts = net.contacts
    cutoff = _cutoff(net, as_of)
    start = contacts["connected_at"].fillna(contacts["first_seen_at"])
    left_at = _departures(net)
    dated = start.notna()
    if not dated.any():
        return pd.DataFrame(columns=columns)
    rule = _PERIOD_END[freq]
    first = start[dated].min()
    if cutoff is not None:
        last = cutoff
        first = min(first, cutoff)  # a date before everything: one period, ending then
    else:
        last = max(start[dated].max(), left_at.max(skipna=True))
        if pd.isna(last) or last < first:
            last = start[dated].max()
    ends = pd.date_range(first.floor("D"), last, freq=rule, tz="UTC")
    if len(ends) == 0 or ends[-1] < last:
        ends = ends.append(pd.DatetimeIndex([last]))
    ends = ends.normalize() + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    if cutoff is not None:
        # the last period ends at the date itself (its 00:00), where platform_counts
        # counts, not at the end of that day (which counted that day's connections too)
        ends = ends[ends < cutoff].append(pd.DatetimeIndex([cutoff]))
    at = np.asarray(ends.tz_localize(None).to_numpy(dtype="datetime64[ns]"))
    connected = contacts["connected_at"]
    # no connection date and not yet in an export at a period's end: whether they were
    # there then is unknown (contact_presence's "unknown"), which is not 0
    later = connected.isna() & contacts["first_seen_at"].notna()
    frames = []
    for platform in sorted(contacts["platform"].unique()):
        mine = (contacts["platform"] == platform).to_numpy()
        joined, left, size = _size(at, start[mine], left_at[mine])
        # of them, those with a connection date: the rest is dated by a snapshot
        _, _, by_connecting = _size(at, connected[mine], left_at[mine])
        frames.append(
            pd.DataFrame(
                {
                    "platform": platform,
                    "unit": "accounts",
                    "period_end": ends,
                    "joined": joined,
                    "left": left,
                    "may_have_left": 0,
                    "contacts": size,
                    "snapshot_dated": size - by_connecting,
                    "undated": int((mine & ~dated.to_numpy()).sum()),
                    "unknown": _not_yet(at, start[mine & later.to_numpy()]),
                }
            )
        )
    person_joined, person_left, joined_connected, left_connected, undated = _people_spans(
        contacts, start, left_at
    )
    joined, left, size = _size(at, person_joined, person_left)
    _, _, by_connecting = _size(at, joined_connected, left_connected)
    # people not counted yet at a period's end who have such an account
    with_later = _people_with(contacts, later)
    unknown = _not_yet(at, person_joined[person_joined.index.isin(with_later)])
    frames.append(
        pd.DataFrame(
            {
                "platform": ALL_PLATFORMS,
                "unit": "people",
                "period_end": ends,
                "joined": joined,
                "left": left,
                "may_have_left": 0,
                "contacts": size,
                "snapshot_dated": size - by_connecting,
                "undated": undated,
                "unknown": unknown,
            }
        )
    )
    table = pd.concat(frames, ignore_index=True)[columns]
    if cutoff is not None:
        _end_as_presence(table, net, cutoff, dated)
    return table.astype(dict.fromkeys(counts, "int64"))


def _end_as_presence(
    table: pd.DataFrame, net: Network, cutoff: pd.Timestamp, dated: pd.Series
) -> None:
    """Make the last period of ``table`` (ending at ``cutoff``) count as
    :func:`contact_presence` does on that date, in place: an account is counted when
    ``present`` (the dated ones: ``undated`` stay apart) and ``unknown`` when unknown,
    so the last point is :func:`platform_counts`' (review10b S1).

    The periods before count a contact until the first snapshot that no longer holds it;
    at the date itself one that left between a snapshot before it and the next after it
    may have left already, so it is ``unknown`` there and not counted (nor in ``left``:
    it is not known to have left): ``may_have_left`` counts those accounts, and the people
    counted in the period before (or joined in this one) who are not counted now and have
    such an account, so that the previous size + ``joined`` - ``left`` - ``may_have_left``
    is the size (review11b GR: 1,714 + 48 - 0 gave 1,701 at 2016-07-15 on the sample).
    Anyone else the periods' rule counts and the date's does not (a person between an
    account that left and one that joins later) is gone then: in ``left`` (and one the
    date counts and the rule does not, in ``joined``); none on the sample.
    A person is counted when one of their accounts is, and ``unknown`` when not counted
    and one of their accounts is unknown."""
    contacts = net.contacts
    state, left_between = _presence(net, cutoff)
    present = (state == "present") & dated
    unknown = state == "unknown"
    may_have_left = left_between & dated  # counted by the periods' rule until the next export
    connected = contacts["connected_at"].notna()
    last = table.groupby("platform", sort=False).tail(1).index
    where = pd.Series(last, index=table.loc[last, "platform"].to_numpy())

    def settle(row: int, counted: int, gone: int) -> None:
        # the periods' rule counted table.loc[row, "contacts"] at the date; what it counts
        # and the date does not, other than who may have left, left (normally none)
        rest = int(table.loc[row, "contacts"]) - counted - gone
        table.loc[row, "may_have_left"] = gone
        if rest > 0:
            table.loc[row, "left"] += rest
        elif rest < 0:
            table.loc[row, "joined"] -= rest
        table.loc[row, "contacts"] = counted

    for platform, row in where.items():
        if platform == ALL_PLATFORMS:
            continue
        mine = contacts["platform"] == platform
        settle(row, int((mine & present).sum()), int((mine & may_have_left).sum()))
        table.loc[row, "snapshot_dated"] = int((mine & present & ~connected).sum())
        table.loc[row, "unknown"] = int((mine & unknown).sum())
    if ALL_PLATFORMS not in where.index:
        return
    person = contacts["person_id"].astype(object)
    # an account without a person_id (a hand-built frame) is its own person, as in _people_spans
    own = contacts["platform"].astype(str) + ":" + contacts["contact_key"].astype(str)
    person = person.where(person.notna(), own)
    with_dated = set(person[dated])
    # people with no dated account are undated, not counted
    counted = set(person[state == "present"]) & with_dated
    by_connecting = set(person[present & connected])
    row = where[ALL_PLATFORMS]
    settle(row, len(counted), len(set(person[may_have_left]) - counted))
    table.loc[row, "snapshot_dated"] = len(counted - by_connecting)
    table.loc[row, "unknown"] = len(set(person[unknown]) - set(person[state == "present"]))


def _not_yet(ends: np.ndarray, start: pd.Series) -> np.ndarray:
    """At each of ``ends``, how many of ``start`` (NaT: never) are after it."""
    starts = np.sort(_naive(start.dropna()))
    return len(starts) - np.searchsorted(starts, ends, side="right")


def _people_with(contacts: pd.DataFrame, accounts: pd.Series) -> set[object]:
    """The persons (as :func:`_people_spans` names them) of the ``accounts`` rows."""
    person = contacts["person_id"].astype(object)
    own = contacts["platform"].astype(str) + ":" + contacts["contact_key"].astype(str)
    return set(person.where(person.notna(), own)[accounts.to_numpy()])


def _snapshot_pairs(
    net: Network, as_of: pd.Timestamp | str | None = None
) -> list[tuple[str, int, pd.Timestamp, pd.Timestamp]]:
    """Consecutive export dates of each account (``snapshots.account``; each platform is
    one account in a network without that column): diffs never cross two owners. With
    ``as_of``, only exports taken on or before it."""
    pairs: list[tuple[str, int, pd.Timestamp, pd.Timestamp]] = []
    snapshots = net.snapshots.dropna(subset=["exported_at"])
    if as_of is not None and not snapshots.empty:
        cutoff = _cutoff(net, as_of)
        snapshots = snapshots[pd.to_datetime(snapshots["exported_at"], utc=True) <= cutoff]
    if "account" not in snapshots.columns:
        snapshots = snapshots.assign(account=1)
    accounts = snapshots["account"].fillna(1).astype("int64")
    for (platform, account), dates in snapshots.groupby([snapshots["platform"], accounts]):
        ordered = sorted(dates["exported_at"].unique())
        pairs.extend(
            (str(platform), int(account), pd.Timestamp(a), pd.Timestamp(b))
            for a, b in pairwise(ordered)
        )
    return pairs


def _account_view(net: Network) -> pd.DataFrame:
    """Per (platform, account, contact_key): first and last seen and current within that
    account (``Network.memberships``), or the contacts themselves as account 1 of their
    platform when the network carries no memberships (one built by hand)."""
    columns = ["platform", "account", "contact_key", "first_seen_at", "last_seen_at", "is_current"]
    memberships = getattr(net, "memberships", None)
    if memberships is not None and not memberships.empty:
        return memberships[columns]
    return net.contacts.assign(account=1)[columns]


def snapshot_diff(net: Network, *, as_of: pd.Timestamp | str | None = None) -> pd.DataFrame:
    """Who joined and who left between consecutive snapshots of each account (with
    ``as_of``, of snapshots both taken on or before that date).

    A contact *joined* between snapshots A and B of one account when B is the first
    snapshot of that account holding it; it *left* when A is the last one holding it and B
    does not. Two accounts of one platform (two owners, two address books) are never
    compared with each other. Built from the merged first and last seen dates per account
    (``Network.memberships``), so someone who left and came back between the first and last
    snapshot shows neither change. A contact the export names not (X's follower lists give
    ids only) is called by its handle or ``"X account <id>"``
    (:func:`~power1000_analysis.labels.display_names`).

    Returns
    -------
    DataFrame
        One row per change: ``platform``, ``before`` and ``after`` (export dates),
        ``change`` (``"joined"`` or ``"left"``), ``contact_key``, ``person_id``, ``name``,
        ``relation``, ``account`` (``snapshots.account``).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> list(snapshot_diff(Network.empty()).columns)[:4]
    ['platform', 'before', 'after', 'change']
    """
    columns = [
        "platform",
        "before",
        "after",
        "change",
        "contact_key",
        "person_id",
        "name",
        "relation",
        "account",
    ]
    contacts = net.contacts.assign(name=display_names(net.contacts))
    details = contacts.set_index(["platform", "contact_key"])[["person_id", "name", "relation"]]
    view = _account_view(net)
    frames = []
    for platform, account, before, after in _snapshot_pairs(net, as_of):
        mine = (view["platform"] == platform) & (view["account"] == account)
        joined = view.loc[mine & (view["first_seen_at"] == after), ["platform", "contact_key"]]
        left = view.loc[
            mine & (view["last_seen_at"] == before) & ~view["is_current"].astype(bool),
            ["platform", "contact_key"],
        ]
        for change, rows in (("joined", joined), ("left", left)):
            if not rows.empty:
                found = details.reindex(pd.MultiIndex.from_frame(rows)).reset_index()
                frames.append(
                    found.assign(before=before, after=after, change=change, account=account)
                )
    if not frames:
        empty = pd.DataFrame({column: pd.Series([], dtype=object) for column in columns})
        empty["before"] = pd.Series([], dtype="datetime64[ns, UTC]")
        empty["after"] = pd.Series([], dtype="datetime64[ns, UTC]")
        empty["account"] = pd.Series([], dtype="int64")
        return empty
    table = pd.concat(frames, ignore_index=True)[columns]
    return table.sort_values(["platform", "account", "after", "change", "contact_key"]).reset_index(
        drop=True
    )


def snapshot_changes(net: Network, *, as_of: pd.Timestamp | str | None = None) -> pd.DataFrame:
    """How many joined and left between consecutive snapshots of each account (zeros
    included; with ``as_of``, of snapshots both taken on or before that date).

    With ``as_of``, only pairs of snapshots both taken on or before that date.

    Returns
    -------
    DataFrame
        One row per (platform, before, after) of one account: ``joined``, ``left``,
        ``net_change``, ``account`` (``snapshots.account``, told apart when one platform
        holds several accounts: two owners, two address books).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> snapshot_changes(Network.empty()).empty
    True
    """
    diff = snapshot_diff(net, as_of=as_of)
    rows = []
    for platform, account, before, after in _snapshot_pairs(net, as_of):
        mine = (
            (diff["platform"] == platform) & (diff["account"] == account) & (diff["after"] == after)
        )
        joined = int((mine & (diff["change"] == "joined")).sum())
        left = int((mine & (diff["change"] == "left")).sum())
        rows.append(
            {
                "platform": platform,
                "before": before,
                "after": after,
                "joined": joined,
                "left": left,
                "net_change": joined - left,
                "account": account,
            }
        )
    columns = ["platform", "before", "after", "joined", "left", "net_change", "account"]
    return pd.DataFrame(rows, columns=columns)


def platform_overlap(net: Network, *, as_of: pd.Timestamp | str | None = None) -> pd.DataFrame:
    """How many people are on which combination of platforms (contacts in the network).

    Uses ``person_id`` from identity resolution: a person whose accounts on LinkedIn and X
    were linked counts once, under ``"linkedin+x"``. Counts the contacts
    :func:`platform_counts` counts (the newest snapshots, or the network on ``as_of``:
    :func:`contact_presence`), so ``people`` sums to its ``"all platforms"`` people.

    Returns
    -------
    DataFrame
        One row per combination seen: ``platforms`` (``"facebook+linkedin"``),
        ``n_platforms``, ``people``; sorted by ``people`` descending.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> platform_overlap(Network.empty()).empty
    True
    """
    columns = ["platforms", "n_platforms", "people"]
    current = net.contacts.loc[contact_presence(net, as_of=as_of) == "present"]
    if current.empty:
        return pd.DataFrame(columns=columns).astype({"n_platforms": "int64", "people": "int64"})
    combos = current.groupby("person_id")["platform"].agg(lambda s: "+".join(sorted(set(s))))
    table = combos.value_counts().rename_axis("platforms").reset_index(name="people")
    table["n_platforms"] = table["platforms"].str.count(r"\+") + 1
    table = table.sort_values(["people", "platforms"], ascending=[False, True])
    return table[columns].reset_index(drop=True)


def top_combinations(overlap: pd.DataFrame, *, top: int = 12, min_people: int = 1) -> pd.DataFrame:
    """The ``top`` largest rows of :func:`platform_overlap`, the rest pooled in one row.

    Fifty combinations of six platforms make a chart nobody reads; the pooled row
    ``"other (N combinations)"`` keeps the total (its ``n_platforms`` is missing).

    For anonymised output pass ``min_people`` (the notebooks' ``min_group_size``):
    combinations of fewer people go into the pooled row too, and while that row holds
    fewer than ``min_people`` the next smallest combinations join it, so no count shown
    is of fewer people. Blanking a small row instead (``anonymize.suppress_small``) left
    it equal to the network's people, shown on the same page, minus the rows shown. Only
    when everyone together is fewer is the pooled count blanked (``<NA>``); ``suppressed``
    then says so.

    Example
    -------
    >>> overlap = pd.DataFrame({"platforms": ["x", "linkedin", "linkedin+x"],
    ...                         "n_platforms": [1, 1, 2], "people": [5, 3, 1]})
    >>> top_combinations(overlap, top=1)["platforms"].tolist()
    ['x', 'other (2 combinations)']
    >>> int(top_combinations(overlap, top=1)["people"].iloc[-1])
    4
    >>> top_combinations(overlap, min_people=3)[["platforms", "people"]].values.tolist()
    [['x', 5], ['other (2 combinations)', 4]]
    """
    ordered = overlap.sort_values("people", ascending=False, kind="stable")
    counts = pd.to_numeric(ordered["people"]).to_numpy()
    keep = min(top, len(ordered)) if len(overlap) > top + 1 else len(ordered)
    if min_people > 1:
        keep = min(keep, int((counts >= min_people).sum()))
        # the pool takes the next smallest rows until it is large enough to show
        while keep > 0 and 0 < counts[keep:].sum() < min_people:
            keep -= 1
    if keep == len(ordered):  # nothing to pool (pooling one row would only rename it)
        return overlap.reset_index(drop=True)
    rest = ordered.iloc[keep:]
    n = len(rest)
    pooled = int(pd.to_numeric(rest["people"]).sum())
    other = pd.DataFrame(
        {
            "platforms": [f"other ({n} combination{'s' if n != 1 else ''})"],
            "n_platforms": pd.array([pd.NA], dtype="Int64"),
            "people": [pooled],
        }
    )
    head = ordered.iloc[:keep].astype({"n_platforms": "Int64"})
    table = pd.concat([head, other], ignore_index=True)
    if min_people > 1:
        small = 0 < pooled < min_people  # everyone together is fewer
        table["people"] = table["people"].astype("Int64").mask(pd.Series([False] * keep + [small]))
        table["suppressed"] = [False] * keep + [small]
    return table


def platforms_per_person(net: Network, *, as_of: pd.Timestamp | str | None = None) -> pd.DataFrame:
    """How many people are on one, two, three… platforms (contacts in the network: the
    newest snapshots, or on ``as_of`` as :func:`contact_presence` says).

    The answer to "how many genuine people are behind my accounts": every row's
    ``accounts`` is ``n_platforms × people``, and the sums are the accounts and people of
    the network.

    Returns
    -------
    DataFrame
        One row per number of platforms seen: ``n_platforms``, ``people``, ``accounts``,
        ``share`` (of the people).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> platforms_per_person(Network.empty()).empty
    True
    """
    columns = ["n_platforms", "people", "accounts", "share"]
    current = net.contacts.loc[contact_presence(net, as_of=as_of) == "present"]
    if current.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64") for c in columns}).astype({"share": float})
    per_person = current.groupby("person_id", observed=True)["platform"].nunique()
    accounts = current.groupby("person_id", observed=True).size()
    table = (
        pd.DataFrame({"n_platforms": per_person, "accounts": accounts})
        .groupby("n_platforms")
        .agg(people=("accounts", "size"), accounts=("accounts", "sum"))
        .reset_index()
    )
    table["share"] = table["people"] / table["people"].sum()
    return table[columns].astype({"n_platforms": "int64", "people": "int64", "accounts": "int64"})


def pool_platforms_per_person(table: pd.DataFrame, *, min_people: int) -> pd.DataFrame:
    """:func:`platforms_per_person` for anonymised output: the rows of the most platforms
    pooled into one ``"N or more"`` row until it holds at least ``min_people``.

    Few people are on five or six platforms, and such a row names a small group;
    blanking it alone would leave it equal to the network's people (and accounts), shown
    on the same page, minus the rows shown. A pooled row has ``or_more`` True; when
    everyone together is fewer than ``min_people`` its counts are blanked (``<NA>``).

    Example
    -------
    >>> t = pd.DataFrame({"n_platforms": [1, 2, 3], "people": [40, 6, 2],
    ...                   "accounts": [40, 12, 6], "share": [0.83, 0.13, 0.04]})
    >>> pooled = pool_platforms_per_person(t, min_people=5)
    >>> pooled[["n_platforms", "people", "accounts", "or_more"]].values.tolist()
    [[1, 40, 40, False], [2, 8, 18, True]]
    """
    ordered = table.sort_values("n_platforms").reset_index(drop=True)
    people = pd.to_numeric(ordered["people"]).to_numpy()
    small = np.flatnonzero(people < min_people)
    keep = int(small[0]) if len(small) else len(ordered)
    # from the first small row on, everything is pooled, and rows below join until it is
    # large enough to show
    while 0 < keep < len(ordered) and people[keep:].sum() < min_people:
        keep -= 1
    head = ordered.iloc[:keep].assign(or_more=False)
    if keep == len(ordered):
        return head
    rest = ordered.iloc[keep:]
    total = int(pd.to_numeric(rest["people"]).sum())
    pooled = pd.DataFrame(
        {
            "n_platforms": [int(rest["n_platforms"].min())],
            "people": [total],
            "accounts": [int(pd.to_numeric(rest["accounts"]).sum())],
            "share": [float(pd.to_numeric(rest["share"]).sum())],
            "or_more": [True],
        }
    )
    shown = pd.concat([head, pooled], ignore_index=True)
    if total < min_people:
        for column in ("people", "accounts"):
            shown[column] = shown[column].astype("Int64").mask(shown.index == len(shown) - 1)
        shown["share"] = shown["share"].mask(shown.index == len(shown) - 1)
    return shown
