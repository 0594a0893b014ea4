"""Evidence of life, and the time conventions every activity analysis shares (issue #7).

An interaction shows that its counterpart is alive when it is *inbound* (they messaged,
commented, reacted, endorsed, mentioned…) or an *outbound* reaction, like, comment or reply,
which the exports record against the author of the content reacted to. Outbound messages,
mentions, tags, endorsements and recommendations alone do not: the owner can send them to
someone who has long left.

``as_of`` accepts an ISO 8601 date string (``2024-01-02``, or with a time), a ``datetime``
or a ``pandas.Timestamp`` (naive means UTC) and defaults to the newest export date in the
network; :func:`parse_as_of` reads it for every public function, and refuses other strings
(``"01/02/2024"`` could be either day first or month first).

Example
-------
>>> frame = pd.DataFrame({"direction": ["in", "out"], "kind": ["message", "message"]})
>>> evidence_of_life(frame).tolist()
[True, False]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeAlias

import numpy as np
import pandas as pd

from power1000_analysis.network import Network

if TYPE_CHECKING:
    from power1000_analysis.loaders import LoadedExport

__all__ = [
    "EVIDENCE_OUTBOUND_KINDS",
    "AsOf",
    "account_interactions_known_until",
    "contacts_without_interactions",
    "evidence_of_life",
    "interactions_known_until",
    "parse_as_of",
    "platforms_without_interactions",
    "stale_interaction_problems",
    "without_interaction_data",
]

AsOf: TypeAlias = str | date | datetime | pd.Timestamp | None

#: outbound kinds that are recorded against the author of the content: evidence that the
#: author is alive (they posted something the owner reacted to).
EVIDENCE_OUTBOUND_KINDS: frozenset[str] = frozenset({"reaction", "like", "comment", "reply"})

_NS_PER_DAY = 86_400 * 10**9
_NAT = np.iinfo(np.int64).min
_INT64_MAX = np.iinfo(np.int64).max


# --------------------------------------------------------------------------- helpers


#: an ISO 8601 date, or date and time (``T`` or a space between them; seconds, fractions
#: and an offset or ``Z`` optional): what a string ``as_of`` may be.
_ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def parse_as_of(as_of: AsOf, *, name: str = "as_of") -> pd.Timestamp | None:
    """``as_of`` as a UTC ``Timestamp`` (``None`` stays ``None``: the caller's default).

    A string must be an ISO 8601 date (``2024-01-02``) or date and time
    (``2024-01-02T09:30``, ``2024-01-02 09:30:00+01:00``): ``"01/02/2024"`` could be
    1 February or 2 January, and pandas would silently pick one. A ``datetime``, a
    ``date`` or a ``pandas.Timestamp`` is taken as it is. Naive times are UTC; others are
    converted to UTC. Every public function with an ``as_of`` parameter reads it here
    (and ``forecast.required_outreach`` its deadline ``by``: ``name`` is the parameter the
    message names).

    Raises
    ------
    ValueError
        Anything else, saying what was given and what is expected.

    Example
    -------
    >>> parse_as_of("2024-01-02")
    Timestamp('2024-01-02 00:00:00+0000', tz='UTC')
    >>> parse_as_of("2024-01-02T10:00+02:00")
    Timestamp('2024-01-02 08:00:00+0000', tz='UTC')
    >>> parse_as_of("01/02/2024")
    Traceback (most recent call last):
    ...
    ValueError: as_of='01/02/2024' is not an ISO date; write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM[:SS][+HH:MM])
    """
    if as_of is None:
        return None
    expected = "write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM[:SS][+HH:MM])"
    if isinstance(as_of, str):
        if not _ISO_DATE.fullmatch(as_of):
            raise ValueError(f"{name}={as_of!r} is not an ISO date; {expected}")
        try:
            stamp = pd.Timestamp(as_of.replace(",", "."))
        except ValueError as error:  # 2024-02-30, 25:00
            raise ValueError(
                f"{name}={as_of!r} is not a valid date ({error}); {expected}"
            ) from None
    elif isinstance(as_of, (datetime, date, np.datetime64)) and not pd.isna(as_of):
        stamp = pd.Timestamp(as_of)
    else:
        raise ValueError(
            f"{name}={as_of!r} ({type(as_of).__name__}) is not a date: give an ISO date"
            " string (YYYY-MM-DD), a datetime or a pandas Timestamp"
        )
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _as_of(net: Network, as_of: AsOf) -> pd.Timestamp | None:
    """:func:`parse_as_of`, defaulting to the newest export in ``net``."""
    return net.as_of if as_of is None else parse_as_of(as_of)


def _ns(series: pd.Series) -> np.ndarray:
    """Nanoseconds since the epoch (NaT → int64 min) without copying where possible."""
    values = series.array
    if isinstance(values, pd.arrays.DatetimeArray):
        if values.unit != "ns":
            values = values.as_unit("ns")
        return np.asarray(values.asi8)
    converted = pd.to_datetime(series, utc=True).array
    return np.asarray(converted.as_unit("ns").asi8)


def _utc(series: pd.Series) -> pd.Series:
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series if str(series.dtype.tz) == "UTC" else series.dt.tz_convert("UTC")
    return pd.to_datetime(series, utc=True)


def _codes(series: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes (-1 for missing) and categories; free for a categorical column."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return np.asarray(series.cat.codes), pd.Index(series.cat.categories)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes, pd.Index(uniques)


def evidence_of_life(interactions: pd.DataFrame) -> pd.Series:
    """Whether each interaction shows that its counterpart is alive.

    Inbound interactions do; outbound ones only when they are a reaction, like, comment or
    reply (recorded against the author of the content). Outbound messages and mentions
    alone do not.

    Parameters
    ----------
    interactions
        An ``interactions`` frame (DESIGN.md §4).

    Returns
    -------
    Series of bool, aligned with ``interactions``.

    Example
    -------
    >>> frame = pd.DataFrame({"direction": ["in", "out", "out"],
    ...                       "kind": ["message", "message", "like"]})
    >>> evidence_of_life(frame).tolist()
    [True, False, True]
    """
    inbound = interactions["direction"] == "in"
    reacted = (interactions["direction"] == "out") & interactions["kind"].isin(
        EVIDENCE_OUTBOUND_KINDS
    )
    return (inbound | reacted).rename("evidence")


def platforms_without_interactions(net: Network) -> frozenset[str]:
    """Platforms whose exports carry no interaction data at all: nobody there can show life.

    A platform qualifies when every export of it read says that it holds no interactions
    (its ``missing`` names ``interactions``: an address book, a generic CSV such as Quora's
    followers list without an interactions file, a LinkedIn archive without messages.csv)
    and the network holds no interaction on it. A platform whose export *can* hold
    interactions but where there were none is not in the set: its contacts are passive.
    A network built without loader results (``net.exports`` empty) has no such platform.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> platforms_without_interactions(Network.empty())
    frozenset()
    """
    declared: dict[str, bool] = {}
    for export in net.exports:
        none = "interactions" in export.missing
        declared[export.platform] = declared.get(export.platform, True) and none
    seen = set(net.interactions["platform"].dropna().astype(str).unique())
    return frozenset(p for p, none in declared.items() if none and p not in seen)


def _accounts_without_interactions(net: Network) -> set[tuple[str, int]]:
    """(platform, account) of the accounts (``snapshots.account``) every export of which
    holds no interactions: it says so (``missing`` names ``interactions``) and has none."""
    if "account" not in net.snapshots.columns:
        return set()
    numbers: dict[tuple[str, str], set[int]] = {}
    for row in net.snapshots[["platform", "source", "account"]].itertuples(index=False):
        numbers.setdefault((str(row.platform), str(row.source)), set()).add(int(row.account))
    holds: dict[tuple[str, int], bool] = {}
    for export in net.exports:
        found = numbers.get((export.platform, export.source), set())
        has = "interactions" not in export.missing or (
            export.interactions is not None and not export.interactions.empty
        )
        # one (platform, source) read as two accounts cannot be told apart: hold both
        for account in found:
            key = (export.platform, account)
            holds[key] = holds.get(key, False) or has or len(found) > 1
    return {key for key, has in holds.items() if not has}


def contacts_without_interactions(net: Network, contacts: pd.DataFrame | None = None) -> np.ndarray:
    """Which contacts can never show a sign of life: every account of theirs (on their
    platform: ``net.memberships``) is one whose exports hold no interactions, and no
    interaction names them.

    The right granularity is the account, not the platform: a Mastodon CSV export of an
    unknown owner holds follows and no posts; another Mastodon account's archive, with an
    outbox, in the same folder cannot show a sign of life of the CSV's follows (review10
    R15), unless it is read as a snapshot of the same account (it shares enough people
    with it, :func:`~power1000_analysis.network.assign_accounts`) or names them. A contact
    no membership lists (a network built by hand) falls back to its platform
    (:func:`platforms_without_interactions`).

    Parameters
    ----------
    net
        The network.
    contacts
        Rows with ``platform`` and ``contact_key`` (default ``net.contacts``).

    Returns
    -------
    ndarray of bool, aligned with ``contacts``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> contacts_without_interactions(Network.empty()).tolist()
    []
    """
    contacts = net.contacts if contacts is None else contacts
    platforms = contacts["platform"].astype(str)
    blind = np.asarray(platforms.isin(platforms_without_interactions(net)), dtype=bool)
    members = net.memberships
    accounts = _accounts_without_interactions(net)
    if members.empty or not accounts or contacts.empty:
        return blind
    member_platform = members["platform"].astype(str)
    unseen = [
        (p, int(a)) in accounts for p, a in zip(member_platform, members["account"], strict=True)
    ]
    per_contact = (
        pd.Series(unseen, index=members.index)
        .groupby([member_platform, members["contact_key"].astype(str)])
        .all()
    )
    named = net.interactions.dropna(subset=["contact_key"])
    named_keys = pd.MultiIndex.from_arrays(
        [named["platform"].astype(str), named["contact_key"].astype(str)]
    )
    keys = pd.MultiIndex.from_arrays([platforms, contacts["contact_key"].astype(str)])
    listed = per_contact.reindex(keys)
    known = listed.notna().to_numpy()
    by_account = listed.fillna(False).to_numpy(dtype=bool) & ~keys.isin(named_keys)
    return np.where(known, by_account, blind)


def _account_numbers(exports: Sequence[LoadedExport], net: Network | None = None) -> list[int]:
    """The account (``snapshots.account``, numbered within its platform) of each export:
    read from ``net.snapshots`` when it tells each (platform, source) apart, otherwise
    assigned again (:func:`~power1000_analysis.network.assign_accounts`, as
    ``merge_exports`` does)."""
    if net is not None and "account" in net.snapshots.columns:
        found: dict[tuple[str, str], set[int]] = {}
        frame = net.snapshots
        for platform, source, account in zip(
            frame["platform"].tolist(),
            frame["source"].tolist(),
            frame["account"].tolist(),
            strict=True,
        ):
            found.setdefault((str(platform), str(source)), set()).add(int(account))
        numbers = [found.get((e.platform, e.source), set()) for e in exports]
        if all(len(n) == 1 for n in numbers):
            return [next(iter(n)) for n in numbers]
    from power1000_analysis.network import assign_accounts

    return list(assign_accounts(exports).number)


def _known_until(
    exports: Sequence[LoadedExport], accounts: Sequence[int]
) -> dict[tuple[str, int], pd.Timestamp]:
    """(platform, account) -> the newest export of the account that holds interactions,
    for the accounts whose newest export holds none while an older one does."""
    dated: dict[tuple[str, int], list[LoadedExport]] = {}
    for export, account in zip(exports, accounts, strict=True):
        if export.exported_at is not None:
            dated.setdefault((export.platform, int(account)), []).append(export)
    known: dict[tuple[str, int], pd.Timestamp] = {}
    for key in sorted(dated):
        mine = dated[key]
        newest = max(pd.Timestamp(e.exported_at) for e in mine)
        holding = [pd.Timestamp(e.exported_at) for e in mine if "interactions" not in e.missing]
        if holding and max(holding) < newest:
            known[key] = max(holding)
    return known


def account_interactions_known_until(
    net: Network, exports: Sequence[LoadedExport] | None = None
) -> dict[tuple[str, int], pd.Timestamp]:
    """Accounts (``(platform, snapshots.account)``) whose newest export holds no
    interactions while an older one does, with the date of the newest export that holds
    them: after it, activity through that account is not observed (review7b #3: an older
    full LinkedIn archive and a newer download of the connections only, LinkedIn's "pick
    specific files"; statuses judged at the newer date would make everyone there dormant
    or passive).

    Per account, not per platform: a partner's full LinkedIn archive, newer than your
    connections-only download, does not show your connections' signs of life; their
    connections-only download, newer than your full archive, does not hide them. An
    account that never holds interactions is not here (its contacts are unknown:
    :func:`contacts_without_interactions`). ``exports`` defaults to ``net.exports``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> account_interactions_known_until(Network.empty())
    {}
    """
    exports = net.exports if exports is None else exports
    return _known_until(exports, _account_numbers(exports, net))


def interactions_known_until(
    exports: Sequence[LoadedExport], accounts: Sequence[int] | None = None
) -> dict[str, pd.Timestamp]:
    """Platforms every account of which that holds interactions holds them only until an
    older export than its newest (:func:`account_interactions_known_until`), with the
    latest of those dates: the per-platform summary, for messages about a platform as a
    whole. A platform with one account seen to its newest export is not here, even when
    another of its accounts is (that account's contacts are judged per account).

    ``accounts`` gives each export's account (``snapshots.account``); by default they are
    assigned as ``merge_exports`` does.

    Example
    -------
    >>> from power1000_analysis.loaders import LoadedExport
    >>> old = LoadedExport(platform="linkedin", generation="g", source="a", owner="me",
    ...                    exported_at=pd.Timestamp("2016-03-01", tz="UTC"))
    >>> new = LoadedExport(platform="linkedin", generation="g", source="b", owner="me",
    ...                    exported_at=pd.Timestamp("2017-05-01", tz="UTC"),
    ...                    missing={"interactions": "no messages.csv"})
    >>> interactions_known_until([old, new])
    {'linkedin': Timestamp('2016-03-01 00:00:00+0000', tz='UTC')}
    """
    numbers = _account_numbers(exports) if accounts is None else list(accounts)
    by_account = _known_until(exports, numbers)
    holders: dict[str, set[int]] = {}
    for export, account in zip(exports, numbers, strict=True):
        if export.exported_at is not None and "interactions" not in export.missing:
            holders.setdefault(export.platform, set()).add(int(account))
    known: dict[str, pd.Timestamp] = {}
    for platform in sorted(holders):
        dates = [by_account.get((platform, account)) for account in holders[platform]]
        if all(day is not None for day in dates):
            known[platform] = max(day for day in dates if day is not None)
    return known


def stale_interaction_problems(
    exports: Sequence[LoadedExport], accounts: Sequence[int] | None = None
) -> list[dict[str, object]]:
    """One ``problems`` warning per account of :func:`account_interactions_known_until`,
    naming the platform (and the account's owner, when the platform has several
    accounts), the newest export's date and what it lacks, and the date until which
    activity there is known (``accounts`` as for :func:`interactions_known_until`)."""
    from power1000_analysis.network import owner_label

    numbers = _account_numbers(exports) if accounts is None else list(accounts)
    several = {
        platform
        for platform in {e.platform for e in exports}
        if len({n for e, n in zip(exports, numbers, strict=True) if e.platform == platform}) > 1
    }
    rows: list[dict[str, object]] = []
    for (platform, account), until in _known_until(exports, numbers).items():
        mine = [
            e
            for e, n in zip(exports, numbers, strict=True)
            if e.platform == platform and n == account and e.exported_at is not None
        ]
        newest = max(mine, key=lambda e: pd.Timestamp(e.exported_at))
        why = newest.missing.get("interactions", "")
        whose = f" of {owner_label(newest)}" if platform in several else ""
        seen = f"that {platform} account" if whose else platform
        rows.append(
            {
                "source": newest.source,
                "severity": "warning",
                "message": (
                    f"the newest {platform} export{whose}"
                    f" ({pd.Timestamp(newest.exported_at):%Y-%m-%d}) holds no interactions"
                    f"{f' ({why})' if why else ''}; activity on {seen} is known only until"
                    f" {until:%Y-%m-%d}, the newest export that has them: people seen only"
                    f" on {seen} (and platforms without interactions) are judged as of"
                    f" {until:%Y-%m-%d}, those connected later are unknown (add a full export"
                    f" to judge them today)"
                ),
                "n_skipped": 0,
            }
        )
    return rows


def without_interaction_data(net: Network, contacts: pd.DataFrame | pd.Series) -> np.ndarray:
    """Whether each contact can never show evidence of life
    (:func:`contacts_without_interactions`; given only platforms, a Series: whether each is
    one of :func:`platforms_without_interactions`), so that survival, cohorts and the
    decay curve leave them out rather than count them as contacts who never interact."""
    if isinstance(contacts, pd.DataFrame):
        return contacts_without_interactions(net, contacts)
    blind = platforms_without_interactions(net)
    if not blind:
        return np.zeros(len(contacts), dtype=bool)
    return np.asarray(contacts.astype(str).isin(blind), dtype=bool)


def _contact_end(
    net: Network,
    cutoff: pd.Timestamp,
    contacts: pd.DataFrame,
    *,
    newest: bool = True,
    interactions: bool = True,
) -> np.ndarray:
    """End of observation per contact (int64 ns), aligned with ``contacts`` (rows with
    ``platform`` and ``contact_key``): ``cutoff``, or its account's newest export if
    earlier (``newest``), or, for an account of :func:`account_interactions_known_until`,
    the newest export that holds its interactions if earlier still (``interactions``: a
    LinkedIn download of the connections only after a full archive: no interaction after
    the archive can be seen). A contact held by several accounts of its platform
    (``net.memberships``) is watched until the latest of theirs, accounts whose exports
    hold no interactions at all left out; one no such account holds (a network built by
    hand) until its platform's. Survival, cohort retention and the decay curve's exposure
    all end here; ``newest=False`` gives the date ``contact_status`` judges at."""
    cutoff_ns = int(cutoff.as_unit("ns").value)
    exports = net.exports
    numbers = _account_numbers(exports, net) if exports else []
    snapshots = net.snapshots
    platform_of = [str(p) for p in snapshots["platform"].tolist()]
    account_of = (
        [int(a) for a in snapshots["account"].tolist()]
        if "account" in snapshots.columns
        else [1] * len(platform_of)  # a network built by hand: one account per platform
    )
    # the newest export of each platform and account (_NAT: none dated)
    latest_platform: dict[str, int] = {}
    latest_account: dict[tuple[str, int], int] = {}
    for platform, account, stamp in zip(
        platform_of, account_of, _ns(snapshots["exported_at"]).tolist(), strict=True
    ):
        latest_platform[platform] = max(latest_platform.get(platform, _NAT), stamp)
        key = (platform, account)
        latest_account[key] = max(latest_account.get(key, _NAT), stamp)

    def end_of(latest: int, until: pd.Timestamp | None) -> int:
        end = min(cutoff_ns, latest) if newest and latest != _NAT else cutoff_ns
        return end if until is None else min(end, int(until.as_unit("ns").value))

    summary = interactions_known_until(exports, numbers) if interactions else {}
    platform_end = {p: end_of(t, summary.get(p)) for p, t in latest_platform.items()}
    codes, names = pd.factorize(contacts["platform"].astype(str))
    fallback = np.array([platform_end.get(n, cutoff_ns) for n in names], dtype=np.int64)
    fallback = fallback[codes] if len(names) else np.full(len(contacts), cutoff_ns, np.int64)
    members = net.memberships
    if members.empty or contacts.empty or len(latest_account) == len(latest_platform):
        return fallback  # one account per platform: its platform's end
    # per account: cutoff, its newest export, its interactions' end; accounts whose exports
    # hold no interactions at all watch nothing
    by_account = _known_until(exports, numbers) if interactions else {}
    blind = _accounts_without_interactions(net)
    account_end = {
        key: _NAT if key in blind else end_of(t, by_account.get(key))
        for key, t in latest_account.items()
    }
    member_platform = members["platform"].astype(str)
    position = pd.MultiIndex.from_tuples(list(account_end)).get_indexer(
        pd.MultiIndex.from_arrays([member_platform, members["account"].astype("int64")])
    )
    watched = np.array([*account_end.values(), _NAT], dtype=np.int64)[position]
    per_contact = (
        pd.Series(watched, index=members.index)
        .groupby([member_platform, members["contact_key"].astype(str)])
        .max()
    )
    row = per_contact.index.get_indexer(
        pd.MultiIndex.from_arrays(
            [contacts["platform"].astype(str), contacts["contact_key"].astype(str)]
        )
    )
    end = np.append(per_contact.to_numpy(dtype=np.int64), _NAT)[row]
    return np.where(end == _NAT, fallback, end)


#: the reason a contact connected after its account's interactions end (and by ``as_of``)
#: is left out of survival, cohorts and the decay curve: nothing of it could be seen.
CONNECTED_AFTER_INTERACTIONS = "contacts_connected_after_interactions_known_until"


def _connected_late(
    net: Network,
    cutoff: pd.Timestamp,
    contacts: pd.DataFrame,
    connected: np.ndarray,
    end: np.ndarray,
) -> dict[str, int]:
    """Contacts connected after their observation ends (``connected`` and ``end`` of
    :func:`_contact_end` in int64 ns, aligned with ``contacts``), by reason:
    :data:`CONNECTED_AFTER_INTERACTIONS` when by ``cutoff`` but after the newest export
    holding their accounts' interactions (:func:`account_interactions_known_until`: the
    end is earlier than it would be without it), ``contacts_connected_after_as_of``
    otherwise (after ``cutoff``, or after their accounts' newest export)."""
    late = (connected != _NAT) & (connected > end)
    stale = late & (connected <= int(cutoff.as_unit("ns").value))
    if stale.any():
        seen = _contact_end(net, cutoff, contacts, interactions=False)
        stale &= end < seen
    return {
        "contacts_connected_after_as_of": int((late & ~stale).sum()),
        CONNECTED_AFTER_INTERACTIONS: int(stale.sum()),
    }


def _contact_rows(contacts: pd.DataFrame, interactions: pd.DataFrame) -> np.ndarray:
    """Row in ``contacts`` of each interaction's (platform, contact_key); -1 when none."""
    index = pd.MultiIndex.from_arrays([contacts["platform"], contacts["contact_key"]])
    return np.asarray(
        index.get_indexer(
            pd.MultiIndex.from_arrays([interactions["platform"], interactions["contact_key"]])
        )
    )
