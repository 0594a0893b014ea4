"""Network size, growth over time, snapshot diffs and platform overlap (DESIGN.md §6).

Pure functions: a :class:`~power1000_analysis.network.Network` in, a tidy DataFrame out.
Nothing here reads files, prints or plots.

Two sources tell how a network grew, and they answer different questions:

- **connection dates** (``contacts.connected_at``) reach back years but only exist for
  platforms that export them, and only for contacts still (or once) present;
- **snapshots** (``first_seen_at`` / ``last_seen_at``) are exact at each export date, and are
  the only way to see who *left*.

``person_id`` is per account until identity resolution lands (``identity/``), so
"people" equals "contacts" today and the overlap between platforms is empty by construction.

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
    "growth_table",
    "platform_counts",
    "platform_overlap",
    "platforms_per_person",
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


def platform_counts(
    net: Network, *, goal: int = DEFAULT_GOAL, as_of: pd.Timestamp | str | None = None
) -> pd.DataFrame:
    """People per platform and overall, against the goal.

    Counts contacts present in the newest snapshot (``is_current``); ``former`` counts those
    an older snapshot held and the newest does not. With ``as_of`` earlier than the newest
    export, a contact counts when its snapshots span that date.

    Parameters
    ----------
    net
        The network.
    goal
        The target number of people (1000).
    as_of
        Count the network as it was on this date (default: the newest export).

    Returns
    -------
    DataFrame
        One row per platform plus a last row ``"all platforms"``: ``platform``,
        ``contacts``, ``people`` (distinct ``person_id``), ``former``, ``goal``,
        ``share_of_goal`` (people / goal).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> platform_counts(Network.empty(), goal=10).iloc[-1].to_dict()["share_of_goal"]
    0.0
    """
    contacts = net.contacts
    cutoff = _cutoff(net, as_of)
    present = contacts["is_current"].astype(bool)
    if as_of is not None and cutoff is not None:
        first = contacts["first_seen_at"].fillna(contacts["connected_at"])
        present = (first.isna() | (first <= cutoff)) & (
            contacts["is_current"] | (contacts["last_seen_at"] >= cutoff)
        )
    rows = []
    for platform in sorted(set(net.platforms) | set(contacts["platform"])):
        mine = contacts["platform"] == platform
        rows.append(
            {
                "platform": platform,
                "contacts": int((mine & present).sum()),
                "people": int(contacts.loc[mine & present, "person_id"].nunique()),
                "former": int((mine & ~present).sum()),
            }
        )
    rows.append(
        {
            "platform": ALL_PLATFORMS,
            "contacts": int(present.sum()),
            "people": int(contacts.loc[present, "person_id"].nunique()),
            "former": int((~present).sum()),
        }
    )
    table = pd.DataFrame(rows, columns=["platform", "contacts", "people", "former"])
    table["goal"] = int(goal)
    table["share_of_goal"] = table["people"] / goal if goal else np.nan
    return table


def _departures(net: Network) -> pd.Series:
    """When each contact that left was first missing: the export date of the first snapshot
    of its platform after its ``last_seen_at`` (NaT for current contacts)."""
    contacts = net.contacts
    left_at = pd.Series(pd.NaT, index=contacts.index, dtype="datetime64[ns, UTC]")
    gone = ~contacts["is_current"].astype(bool) & contacts["last_seen_at"].notna()
    if not gone.any():
        return left_at
    for platform, dates in net.snapshots.dropna(subset=["exported_at"]).groupby("platform"):
        ordered = pd.DatetimeIndex(sorted(dates["exported_at"].unique()))
        mine = gone & (contacts["platform"] == platform)
        if not mine.any():
            continue
        position = ordered.searchsorted(contacts.loc[mine, "last_seen_at"], side="right")
        after = [ordered[p] if p < len(ordered) else pd.NaT for p in position]
        left_at.loc[mine] = pd.to_datetime(pd.Series(after, dtype=object), utc=True).to_numpy()
    return left_at


def growth_table(
    net: Network,
    *,
    freq: Freq = "M",
    as_of: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """Network size at the end of each period, per platform and overall.

    A contact counts from its ``connected_at`` (or, without one, from the first snapshot
    that holds it) until the first snapshot that no longer holds it. Contacts counted from
    a snapshot (an address book, X's follower lists: exports without connection dates)
    all appear at that export's date, which is when you exported, not when you connected:
    ``snapshot_dated`` says how many of ``contacts`` they are, so a chart can draw them
    apart rather than as a jump in growth.

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
        One row per (platform, period): ``platform`` (``"all platforms"`` for the sum),
        ``period_end`` (UTC), ``joined``, ``left``, ``contacts`` (size at period end),
        ``snapshot_dated`` (of ``contacts``, those without a connection date, counted
        from the first snapshot holding them), ``undated`` (contacts of that platform with
        neither a connection date nor a snapshot date; they are not counted in the growth,
        only reported).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> growth_table(Network.empty()).empty
    True
    """
    columns = ["platform", "period_end", "joined", "left", "contacts", "snapshot_dated", "undated"]
    contacts = net.contacts
    cutoff = _cutoff(net, as_of)
    start = contacts["connected_at"].fillna(contacts["first_seen_at"])
    from_snapshot = (contacts["connected_at"].isna() & start.notna()).to_numpy()
    left_at = _departures(net)
    dated = start.notna()
    if not dated.any():
        return pd.DataFrame(columns=columns)
    rule = _PERIOD_END[freq]
    first = start[dated].min()
    last = cutoff if cutoff is not None else max(start[dated].max(), left_at.max(skipna=True))
    if pd.isna(last) or last < first:
        last = start[dated].max()
    ends = pd.date_range(first.floor("D"), last, freq=rule, tz="UTC")
    if len(ends) == 0 or ends[-1] < last:
        ends = ends.append(pd.DatetimeIndex([last]))
    ends = ends.normalize() + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    # bin each event into the first period end at or after it
    frames = []
    for platform in sorted(contacts["platform"].unique()):
        mine = contacts["platform"] == platform
        joined_pos = np.searchsorted(ends.to_numpy(), start[mine & dated].to_numpy())
        left_dates = left_at[mine].dropna()
        left_pos = np.searchsorted(ends.to_numpy(), left_dates.to_numpy())
        joined = np.bincount(joined_pos[joined_pos < len(ends)], minlength=len(ends))
        left = np.bincount(left_pos[left_pos < len(ends)], minlength=len(ends))
        snap = from_snapshot[(mine & dated).to_numpy()]
        snap_joined = np.bincount(joined_pos[snap & (joined_pos < len(ends))], minlength=len(ends))
        snap_left_dates = left_at[mine & pd.Series(from_snapshot, index=contacts.index)]
        snap_left_pos = np.searchsorted(ends.to_numpy(), snap_left_dates.dropna().to_numpy())
        snap_left = np.bincount(snap_left_pos[snap_left_pos < len(ends)], minlength=len(ends))
        frames.append(
            pd.DataFrame(
                {
                    "platform": platform,
                    "period_end": ends,
                    "joined": joined,
                    "left": left,
                    "contacts": np.cumsum(joined) - np.cumsum(left),
                    "snapshot_dated": np.cumsum(snap_joined) - np.cumsum(snap_left),
                    "undated": int((mine & ~dated).sum()),
                }
            )
        )
    table = pd.concat(frames, ignore_index=True)
    total = (
        table.groupby("period_end", as_index=False)[
            ["joined", "left", "contacts", "snapshot_dated", "undated"]
        ]
        .sum()
        .assign(platform=ALL_PLATFORMS)
    )
    table = pd.concat([table, total], ignore_index=True)[columns]
    counts = ["joined", "left", "contacts", "snapshot_dated", "undated"]
    return table.astype(dict.fromkeys(counts, "int64"))


def _snapshot_pairs(net: Network) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    pairs: list[tuple[str, pd.Timestamp, pd.Timestamp]] = []
    for platform, dates in net.snapshots.dropna(subset=["exported_at"]).groupby("platform"):
        ordered = sorted(dates["exported_at"].unique())
        pairs.extend(
            (str(platform), pd.Timestamp(a), pd.Timestamp(b)) for a, b in pairwise(ordered)
        )
    return pairs


def snapshot_diff(net: Network) -> pd.DataFrame:
    """Who joined and who left between consecutive snapshots of each platform.

    A contact *joined* between snapshots A and B when B is the first snapshot holding it;
    it *left* when A is the last snapshot holding it and B does not. Built from the merged
    ``first_seen_at`` / ``last_seen_at``, so someone who left and came back between the
    first and last snapshot shows neither change. A contact the export names not (X's
    follower lists give ids only) is called by its handle or ``"X account <id>"``
    (:func:`~power1000_analysis.labels.display_names`).

    Returns
    -------
    DataFrame
        One row per change: ``platform``, ``before`` and ``after`` (export dates),
        ``change`` (``"joined"`` or ``"left"``), ``contact_key``, ``person_id``, ``name``,
        ``relation``.

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
    ]
    contacts = net.contacts.assign(name=display_names(net.contacts))
    frames = []
    keep = ["contact_key", "person_id", "name", "relation"]
    for platform, before, after in _snapshot_pairs(net):
        mine = contacts["platform"] == platform
        joined = contacts.loc[mine & (contacts["first_seen_at"] == after), keep]
        left = contacts.loc[
            mine & (contacts["last_seen_at"] == before) & ~contacts["is_current"].astype(bool),
            keep,
        ]
        for change, rows in (("joined", joined), ("left", left)):
            if not rows.empty:
                frames.append(
                    rows.assign(platform=platform, before=before, after=after, change=change)
                )
    if not frames:
        empty = pd.DataFrame({column: pd.Series([], dtype=object) for column in columns})
        empty["before"] = pd.Series([], dtype="datetime64[ns, UTC]")
        empty["after"] = pd.Series([], dtype="datetime64[ns, UTC]")
        return empty
    table = pd.concat(frames, ignore_index=True)[columns]
    return table.sort_values(["platform", "after", "change", "contact_key"]).reset_index(drop=True)


def snapshot_changes(net: Network) -> pd.DataFrame:
    """How many joined and left between consecutive snapshots (zeros included).

    Returns
    -------
    DataFrame
        One row per (platform, before, after): ``joined``, ``left``, ``net_change``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> snapshot_changes(Network.empty()).empty
    True
    """
    diff = snapshot_diff(net)
    rows = []
    for platform, before, after in _snapshot_pairs(net):
        mine = (diff["platform"] == platform) & (diff["after"] == after)
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
            }
        )
    columns = ["platform", "before", "after", "joined", "left", "net_change"]
    return pd.DataFrame(rows, columns=columns)


def platform_overlap(net: Network) -> pd.DataFrame:
    """How many people are on which combination of platforms (current contacts).

    Uses ``person_id``; until identity resolution lands every account is its own person,
    so every combination holds a single platform.

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
    current = net.contacts.loc[net.contacts["is_current"].astype(bool)]
    if current.empty:
        return pd.DataFrame(columns=columns).astype({"n_platforms": "int64", "people": "int64"})
    combos = current.groupby("person_id")["platform"].agg(lambda s: "+".join(sorted(set(s))))
    table = combos.value_counts().rename_axis("platforms").reset_index(name="people")
    table["n_platforms"] = table["platforms"].str.count(r"\+") + 1
    table = table.sort_values(["people", "platforms"], ascending=[False, True])
    return table[columns].reset_index(drop=True)


def top_combinations(overlap: pd.DataFrame, *, top: int = 12) -> pd.DataFrame:
    """The ``top`` largest rows of :func:`platform_overlap`, the rest pooled in one row.

    Fifty combinations of six platforms make a chart nobody reads; the pooled row
    ``"other (N combinations)"`` keeps the total (its ``n_platforms`` is missing).

    Example
    -------
    >>> overlap = pd.DataFrame({"platforms": ["x", "linkedin", "linkedin+x"],
    ...                         "n_platforms": [1, 1, 2], "people": [5, 3, 1]})
    >>> top_combinations(overlap, top=1)["platforms"].tolist()
    ['x', 'other (2 combinations)']
    >>> int(top_combinations(overlap, top=1)["people"].iloc[-1])
    4
    """
    if len(overlap) <= top + 1:  # pooling one row would only rename it
        return overlap.reset_index(drop=True)
    rest = overlap.iloc[top:]
    n = len(rest)
    other = pd.DataFrame(
        {
            "platforms": [f"other ({n} combinations)"],
            "n_platforms": pd.array([pd.NA], dtype="Int64"),
            "people": [int(pd.to_numeric(rest["people"]).sum())],
        }
    )
    head = overlap.iloc[:top].astype({"n_platforms": "Int64"})
    return pd.concat([head, other], ignore_index=True)


def platforms_per_person(net: Network) -> pd.DataFrame:
    """How many people are on one, two, three… platforms (current contacts).

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
    current = net.contacts.loc[net.contacts["is_current"].astype(bool)]
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
