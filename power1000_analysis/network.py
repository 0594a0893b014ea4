"""The Network: every export given, merged into one validated set of canonical frames.

``load(*paths)`` discovers the exports in the paths, reads each with its platform's loader,
and merges snapshots of the same account:

- contacts: one row per (platform, contact_key); ``first_seen_at``/``last_seen_at`` are the
  export dates of the first and last snapshot that hold the row, ``is_current`` says whether
  the newest snapshot of that account holds it; the other columns come from the newest
  snapshot holding the row;
- interactions: an event seen in two snapshots is counted once (an event repeated *within*
  one snapshot stays repeated, as often as the snapshot holding it most often says);
- requests: a pending request that later turns into a contact is ``accepted``; one that
  vanishes from a later snapshot without a contact is ``withdrawn`` (ignored or withdrawn:
  the export cannot tell which) — but only a later snapshot that holds request files at all
  can show it vanished: a snapshot whose ``missing`` lists ``requests`` says nothing, so
  the request stays ``pending``; the newest snapshot's view of each request wins otherwise;
- posts (the owner's own, with engagement counts): one row per (platform, post_id), the
  newest snapshot's counts (counts only grow after a post).

Example
-------
>>> net = Network.empty()
>>> net.contacts.empty, list(net.snapshots.columns)[:2]
(True, ['platform', 'exported_at'])
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

import numpy as np
import pandas as pd

from power1000_analysis.loaders import LoadedExport, discover, platform_keys, read_export
from power1000_analysis.loaders._base import empty_posts
from power1000_analysis.loaders._meta import paused_gc
from power1000_analysis.schema import conform, validate

__all__ = ["Accounts", "Network", "assign_accounts", "load", "merge_exports", "owner_label"]

#: columns that identify an interaction event across snapshots, unless a loader supplies
#: an ``event_key`` column of its own.
EVENT_COLUMNS = ("platform", "at", "contact_key", "direction", "kind", "thread_key")

#: interaction columns the merged frame holds as categoricals: few distinct values over
#: millions of rows, and what scorers (``activity_scores``, ``contact_status``…) work on by
#: their integer codes. As object columns each call must hash every row's string first
#: (a 10M-row network: ~35x the scoring time, bench/README.md #7).
CATEGORICAL_INTERACTION_COLUMNS = ("platform", "kind", "direction", "person_id")
#: relations that mean a request turned into a tie.
TIE_RELATIONS = {
    "sent": {"connection", "friend", "following", "mutual"},
    "received": {"connection", "friend", "follower", "mutual"},
}


@dataclass
class Network:
    """Canonical frames (DESIGN.md §4) over all the exports a user gave.

    Attributes are plain DataFrames; ``exports`` keeps each snapshot's own loader result
    (``missing`` tells what an export did not contain at all).
    """

    contacts: pd.DataFrame
    interactions: pd.DataFrame
    requests: pd.DataFrame
    snapshots: pd.DataFrame
    problems: pd.DataFrame
    people: pd.DataFrame
    exports: list[LoadedExport] = field(default_factory=list, repr=False)
    #: identity.Resolution when people were resolved (candidate pairs, review queue)
    identity: Any = field(default=None, repr=False)
    #: the owner's own posts with engagement counts (``loaders._base.POST_COLUMNS``)
    posts: pd.DataFrame = field(default_factory=empty_posts, repr=False)
    #: which account of its platform holds each contact (``MEMBERSHIP_COLUMNS``): one row
    #: per (platform, account, contact_key), with the first and last export of that account
    #: holding it and whether its newest one does; ``account`` is ``snapshots.account``.
    #: Snapshot diffs (who joined, who left) are taken within one account. Empty for a
    #: network built by hand: then each platform is one account.
    memberships: pd.DataFrame = field(default_factory=lambda: empty_memberships(), repr=False)

    @classmethod
    def empty(cls) -> Network:
        return merge_exports([])

    @property
    def platforms(self) -> list[str]:
        return sorted(set(self.snapshots["platform"]))

    @property
    def as_of(self) -> pd.Timestamp | None:
        """The newest export date in the network (the default ``as_of`` of analyses)."""
        dates = self.snapshots["exported_at"].dropna()
        return dates.max() if not dates.empty else None

    def graph(self, *, as_of: Any = None, **options: Any) -> Any:
        """The contact graph: owner, people, observed ties (``reach.build_contact_graph``)."""
        from power1000_analysis.reach import build_contact_graph

        return build_contact_graph(self, as_of=as_of, **options)

    def problems_as_of(self, as_of: Any) -> Network:
        """This network with its problems worded for an analysis as of ``as_of``: a warning
        that advises ``--as-of`` (an export dated by its file times) and that ``as_of``
        already follows says "analysed as of … as you asked" instead of repeating the
        advice (``loaders.file_date_advice_for``). Same rows, same severities; ``None``
        changes nothing."""
        from power1000_analysis.loaders import file_date_advice_for

        return replace(self, problems=file_date_advice_for(self.problems, as_of))

    def missing(self) -> pd.DataFrame:
        """What each export did not contain at all (platform, frame, reason)."""
        rows = [
            {"platform": e.platform, "source": e.source, "frame": frame, "reason": reason}
            for e in self.exports
            for frame, reason in e.missing.items()
        ]
        return pd.DataFrame(rows, columns=["platform", "source", "frame", "reason"])

    def summary(self) -> dict[str, Any]:
        """Counts for a summary card: people, contacts per platform, snapshots, problems.

        ``problems`` counts every row of :attr:`problems`, as ``repr`` does; ``errors``,
        ``warnings`` and ``notes`` (severity info) count them by severity. The report's
        card says "problems found" for errors and warnings, and lists the notes apart.
        """
        severity = self.problems["severity"]
        return {
            "people": int(self.people["person_id"].nunique()),
            "contacts": len(self.contacts),
            "current_contacts": int(self.contacts["is_current"].sum()),
            "contacts_by_platform": self.contacts.groupby("platform").size().to_dict(),
            "interactions": len(self.interactions),
            "requests": len(self.requests),
            "snapshots": len(self.snapshots),
            "problems": len(self.problems),
            "errors": int((severity == "error").sum()),
            "warnings": int((severity == "warning").sum()),
            "notes": int((severity == "info").sum()),
        }

    def __repr__(self) -> str:
        return (
            f"Network({len(self.snapshots)} snapshots of {', '.join(self.platforms) or 'nothing'}: "
            f"{len(self.contacts)} contacts, {len(self.interactions)} interactions, "
            f"{len(self.requests)} requests, {len(self.problems)} problems)"
        )


def load(
    *paths: str | os.PathLike[str],
    progress: Callable[[int, int, str], None] | None = None,
    cache_dir: str | os.PathLike[str] | bool | ExportCacheLike | None = None,
    decisions: str | os.PathLike[str] | None = None,
    resolve: bool = True,
) -> Network:
    """Read every export in ``paths`` into one :class:`Network`.

    Each path may be a zip, a folder, a tar.gz, a single file (.car, .vcf, .csv), several
    parts of one Meta download, or a folder holding many exports (several platforms and
    snapshots). Platform and generation are detected by content.

    ``cache_dir`` keeps parsed exports, and the merged network, as Parquet (``cache.py``):
    a folder, ``True`` for ``.power1000-cache`` beside the first path, or an
    ``ExportCache`` (whose counters then say what was reused); ``None`` (default) parses
    and merges every time. A network read from the cache equals a fresh load; any change
    to an export, the decisions file or the code makes it merge again (and parse only the
    exports that changed).

    ``resolve`` links accounts of one person across platforms (``identity/``; on by
    default, ``resolve=False`` keeps each account its own person); ``decisions`` is the
    user's decisions file, applied before any automatic rule.

    Raises ``ExportFormatError`` when a path holds no export at all.

    Example
    -------
    >>> import power1000_analysis as p1k
    >>> net = p1k.load("data/sample")  # doctest: +SKIP
    >>> net.contacts.groupby("platform").size()  # doctest: +SKIP
    """
    if not paths:
        raise TypeError("load() needs at least one path to an export")
    started, cpu_started = time.perf_counter(), time.process_time()
    store = None
    if isinstance(cache_dir, ExportCacheLike):
        store = cache_dir
    elif cache_dir is not None and cache_dir is not False:
        from power1000_analysis.cache import ExportCache, default_cache_dir

        store = ExportCache(default_cache_dir(paths) if cache_dir is True else cache_dir)
    # The cyclic GC stays paused for the whole load: a load allocates millions of objects
    # without cycles, and a full collection triggered midway (every other load of the 1M
    # Messenger bench) walks everything alive for 0.1-0.4 s to free nothing.
    with paused_gc():
        if store is not None:
            net = store.load(paths, resolve=resolve, decisions=decisions, progress=progress)
        else:
            found = discover(*paths)
            results: list[LoadedExport] = []
            for index, item in enumerate(found):
                if progress is not None:
                    progress(index, len(found), item.label)
                results.append(read_export(item))
            if progress is not None:
                progress(len(found), len(found), "")
            net = merge_exports(results, resolve=resolve, decisions=decisions)
    _log_load(time.perf_counter() - started, time.process_time() - cpu_started, store)
    return net


@runtime_checkable
class ExportCacheLike(Protocol):
    """What ``load`` needs of a cache (``cache.ExportCache``), passed as ``cache_dir`` when
    the caller wants its counters (hits, misses) afterwards."""

    def load(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        resolve: bool,
        decisions: str | os.PathLike[str] | None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Network: ...


#: when set, each ``load`` appends one JSON line (seconds, cache counters) to this file;
#: ``power1000 report`` sets it for its notebooks to add up the time they spend loading.
LOAD_LOG_ENV = "POWER1000_LOAD_LOG"


def _log_load(seconds: float, cpu_seconds: float, store: Any) -> None:
    target = os.environ.get(LOAD_LOG_ENV)
    if not target:
        return
    record = {
        "seconds": round(seconds, 4),
        # CPU time of the loading process: less swayed than wall time by a crowded machine
        "cpu_seconds": round(cpu_seconds, 4),
        "parsed": getattr(store, "misses", None),
        "reused": getattr(store, "hits", None),
        "network_reused": getattr(store, "network_hits", None),
        "handed_over": getattr(store, "handoff_hits", None),
    }
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
    except OSError:
        pass  # timing is a nicety: never fail a load over it


#: the generation of the generic CSV (``loaders.generic_csv``)
GENERIC_CSV = "generic-csv"
#: an owner-less export is taken for a snapshot of another account of its platform only
#: when they share at least this many people ...
SAME_ACCOUNT_MIN_SHARED = 5
#: ... and at least this share of the smaller one's people (two people's follow lists
#: overlap far less; two exports of one account months apart, far more)
SAME_ACCOUNT_MIN_SHARE = 0.5


@dataclass(frozen=True)
class Accounts:
    """Which account each export is a snapshot of (:func:`assign_accounts`).

    ``number[i]`` is export ``i``'s account, numbered 1, 2 … within its platform in the
    order the accounts were first exported; ``problems`` are rows saying how accounts were
    told apart where the exports could not say it for sure, and warning when one platform
    holds several owners' accounts.
    """

    number: tuple[int, ...]
    problems: tuple[dict[str, Any], ...]


def owner_label(export: LoadedExport) -> str | None:
    """How an export's owner is shown to the user: the name and handle the export gives
    (``owner_details``), beside the canonical ``owner`` only where that is what identifies
    the account (a Bluesky DID). ``owner`` itself (an X account id, an actor URL, a DID)
    stays the account's key (``snapshots.owner``); this is for reading only.

    Example
    -------
    >>> x = LoadedExport("x", "g", "s", owner="12497",
    ...                  owner_details={"username": "simonw", "name": "Simon Willison"})
    >>> owner_label(x)
    'Simon Willison (@simonw)'
    >>> owner_label(LoadedExport("mastodon", "g", "s", owner="https://social.ish.works/users/ish",
    ...     owner_details={"name": "Ish Works", "acct": "ish@social.ish.works"}))
    'Ish Works (@ish@social.ish.works)'
    """
    details = export.owner_details or {}

    def text(*keys: str) -> str | None:
        for key in keys:
            value = details.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    name = text("name", "full_name")
    handle = text("acct", "username", "screen_name")
    owner = export.owner
    if handle is not None:
        handle = "@" + handle.lstrip("@")
    elif owner and owner.startswith("did:"):
        handle = owner  # a Bluesky account is known by its DID (or handle, not in the repo)
    if name and handle and name.lstrip("@") != handle.lstrip("@"):
        return f"{name} ({handle})"
    return handle or name or owner


def _people_of(export: LoadedExport) -> set[str]:
    """The contact keys an export deals with: its contacts, counterparts and requests."""
    keys: set[str] = set()
    for frame in (export.contacts, export.interactions, export.requests):
        if frame is not None and not frame.empty and "contact_key" in frame.columns:
            keys.update(str(k) for k in frame["contact_key"].dropna().unique())
    return keys


def _export_order(export: LoadedExport) -> tuple[bool, pd.Timestamp]:
    return (export.exported_at is not None, export.exported_at or pd.Timestamp(0, tz="UTC"))


def _described(export: LoadedExport) -> str:
    when = "date unknown" if export.exported_at is None else f"{export.exported_at:%Y-%m-%d}"
    return f"{export.generation} of {when}"


def assign_accounts(exports: Sequence[LoadedExport]) -> Accounts:
    """Tell which exports are snapshots of one account (their changes are who joined and
    who left) and which are different accounts (all of whose contacts are current).

    - Exports naming an owner are one account per (platform, owner). Different owners of one
      platform (a partner's download picked up from the same folder) are all counted as
      yours, with a ``warning`` row naming them; their snapshots never mix.
    - An **address book** names no owner, and a phone's vCard and a Gmail CSV are different
      books: each book (each source) is its own account, all its cards current (an ``info``
      row says so when there are several: if two are exports of one book, the user gives
      the newest only).
    - Owner-less files of the generic CSV (the user's own list of a network with no export,
      such as Quora) are snapshots of one account, as ``power1000 formats`` documents.
    - Another owner-less export (a Mastodon CSV, an Instagram download without its profile
      file) is a snapshot of an account of its platform when it shares at least
      ``SAME_ACCOUNT_MIN_SHARED`` people and ``SAME_ACCOUNT_MIN_SHARE`` of the smaller
      one's people with it (an ``info`` row says which it joined). Otherwise it is its own
      account: taking another person's export for an older snapshot would turn every one
      of its contacts into a "former" contact, while keeping a true older snapshot apart
      only keeps those who left among the current ones, so when unsure both stay current
      (an ``info`` row says so).

    Example
    -------
    >>> assign_accounts([]).number
    ()
    """
    number = [0] * len(exports)
    rows: list[dict[str, Any]] = []
    by_platform: dict[str, list[int]] = {}
    for index, export in enumerate(exports):
        by_platform.setdefault(export.platform, []).append(index)
    for platform, indices in by_platform.items():
        order = sorted(indices, key=lambda i: _export_order(exports[i]))
        # each account: its owner (None: not named), members (export indices), people
        groups: list[dict[str, Any]] = []
        owned = {exports[i].owner for i in order if exports[i].owner}
        for i in order:
            export = exports[i]
            if export.owner:
                group = next((g for g in groups if g["owner"] == export.owner), None)
                if group is None:
                    group = {"owner": export.owner, "members": [], "people": None}
                    groups.append(group)
                group["members"].append(i)
        for i in order:
            export = exports[i]
            if export.owner:
                continue
            if export.generation == GENERIC_CSV:
                # the generic CSV is the user's own list of their network (DESIGN.md §1):
                # its dated files are snapshots of one account (``power1000 formats``)
                group = next((g for g in groups if not g["owner"]), None)
                if group is None:
                    groups.append({"owner": None, "members": [i], "people": None})
                else:
                    group["members"].append(i)
                continue
            if platform == "addressbook":
                group = next(
                    (g for g in groups if exports[g["members"][0]].source == export.source), None
                )
                if group is None:
                    groups.append({"owner": None, "members": [i], "people": None})
                else:
                    group["members"].append(i)
                continue
            mine = _people_of(export)
            best: tuple[int, dict[str, Any]] | None = None
            for group in groups:
                if group["people"] is None:
                    group["people"] = set().union(
                        *(_people_of(exports[m]) for m in group["members"])
                    )
                shared = len(mine & group["people"])
                smaller = min(len(mine), len(group["people"]))
                if (
                    shared >= SAME_ACCOUNT_MIN_SHARED
                    and shared >= SAME_ACCOUNT_MIN_SHARE * smaller
                    and (best is None or shared > best[0])
                ):
                    best = (shared, group)
            if best is not None:
                shared, group = best
                group["members"].append(i)
                group["people"] |= mine
                joined_to = (
                    f"the account of {owner_label(exports[group['members'][0]])}"
                    if group["owner"]
                    else f"the other owner-less export ({_described(exports[group['members'][0]])})"
                )
                rows.append(
                    {
                        "source": export.source,
                        "severity": "info",
                        "message": (
                            f"this {platform} export ({_described(export)}) names no owner; it "
                            f"shares {shared} of its {len(mine)} people with {joined_to}, so it "
                            f"is read as a snapshot of that account"
                        ),
                        "n_skipped": 0,
                    }
                )
            else:
                groups.append({"owner": None, "members": [i], "people": mine})
        # accounts numbered in the order they were first exported
        groups.sort(key=lambda g: min(order.index(m) for m in g["members"]))
        for n, group in enumerate(groups, start=1):
            for m in group["members"]:
                number[m] = n
        if len(groups) < 2:
            continue
        newest = exports[max(order, key=lambda i: _export_order(exports[i]))]
        ownerless = [g for g in groups if not g["owner"]]
        if platform == "addressbook":
            books = "; ".join(_described(exports[g["members"][-1]]) for g in groups)
            rows.append(
                {
                    "source": newest.source,
                    "severity": "info",
                    "message": (
                        f"{len(groups)} address books ({books}): each is read as its own book "
                        f"and all their cards count as current (an address book names no "
                        f"owner, so two books cannot be told from two exports of one book; if "
                        f"they are, give only the newest)"
                    ),
                    "n_skipped": 0,
                }
            )
            continue
        if ownerless:
            listed = "; ".join(_described(exports[g["members"][0]]) for g in ownerless)
            rows.append(
                {
                    "source": exports[ownerless[-1]["members"][0]].source,
                    "severity": "info",
                    "message": (
                        f"{len(ownerless)} {platform} export(s) name no owner ({listed}) and "
                        f"share too few people with the other {platform} exports to tell "
                        f"whether they are snapshots of one account: each is counted as its "
                        f"own account, all its contacts current"
                    ),
                    "n_skipped": 0,
                }
            )
        if len(owned) >= 2:
            names = ", ".join(
                str(owner_label(exports[g["members"][-1]])) for g in groups if g["owner"]
            )
            rows.append(
                {
                    "source": newest.source,
                    "severity": "warning",
                    "message": (
                        f"{len(owned)} {platform} accounts ({names}): counted together as "
                        f"yours (who joined and left is told per account); if one is not "
                        f"yours, leave its export out"
                    ),
                    "n_skipped": 0,
                }
            )
    return Accounts(tuple(number), tuple(rows))


def _late_interaction_problems(
    interactions: pd.DataFrame, snapshots: pd.DataFrame
) -> list[dict[str, Any]]:
    """A warning counting the interactions dated after the newest export (the default
    analysis date, :attr:`Network.as_of`): no analysis counts them, so say so (review12
    DAY-1). An export dated by a day alone is dated by its newest record of that day
    (``loaders.export_day_moment``), so only records of later days are counted here: a
    wrong export date or wrong record dates."""
    dates = snapshots["exported_at"].dropna()
    if dates.empty or interactions.empty:
        return []
    as_of = pd.Timestamp(dates.max())
    at = pd.to_datetime(interactions["at"], utc=True, errors="coerce")
    late = at > as_of
    if not late.any():
        return []
    counts = interactions.loc[late, "platform"].value_counts().sort_index()
    names = list(counts.index)
    platforms = ", ".join(f"{platform} {count}" for platform, count in counts.items())
    return [
        {
            "source": "; ".join(
                sorted(set(snapshots.loc[snapshots["platform"].isin(names), "source"].astype(str)))
            ),
            "severity": "warning",
            "message": (
                f"{int(late.sum())} interaction(s) ({platforms}) are dated after the newest"
                f" export ({as_of:%Y-%m-%d %H:%M} UTC), up to {at[late].max():%Y-%m-%d}: no"
                " analysis counts them (is an export's date, or these records' dates, wrong?)"
            ),
            "n_skipped": int(late.sum()),
        }
    ]


def merge_exports(
    exports: Sequence[LoadedExport],
    *,
    resolve: bool = False,
    decisions: str | os.PathLike[str] | None = None,
) -> Network:
    """Merge per-snapshot loader results into one Network (see the module docstring);
    ``resolve`` runs identity resolution (each contact is its own person otherwise)."""
    accounts = assign_accounts(exports)
    account_of = {id(e): n for e, n in zip(exports, accounts.number, strict=True)}
    snapshots = _snapshots_frame(exports, account_of)
    contacts, memberships = _merge_contacts(exports, account_of)
    interactions = _merge_interactions(exports)
    requests = _merge_requests(exports, contacts, account_of)
    problem_frames = [
        e.problems for e in exports if e.problems is not None and not e.problems.empty
    ]
    if accounts.problems:
        problem_frames.append(pd.DataFrame(list(accounts.problems)))
    problems = conform(
        "problems", pd.concat(problem_frames, ignore_index=True) if problem_frames else None
    )
    from power1000_analysis.evidence import stale_interaction_problems
    from power1000_analysis.loaders import file_date_problems

    # several exports dated by their file times: one warning, one --as-of (review9 F11)
    problems = file_date_problems(exports, problems)
    stale = stale_interaction_problems(exports, accounts.number)
    if stale:  # a newer export without the interactions an older one had
        problems = conform(
            "problems", pd.concat([problems, pd.DataFrame(stale)], ignore_index=True)
        )
    late = _late_interaction_problems(interactions, snapshots)
    if late:  # dated after the analysis date: no status counts them
        problems = conform("problems", pd.concat([problems, pd.DataFrame(late)], ignore_index=True))
    resolution = None
    if resolve and not contacts.empty:
        from power1000_analysis.identity import resolve_people

        resolution = resolve_people(contacts, interactions, decisions=decisions)
        contacts = resolution.contacts
        interactions = (
            resolution.interactions if resolution.interactions is not None else interactions
        )
        people = resolution.people
    else:
        people = _people_from_contacts(contacts)
    if resolve and decisions is not None:
        from power1000_analysis.identity.decisions import unknown_accounts

        # a decision about an account no export holds is never applied: say so (a typo)
        unknown = unknown_accounts(decisions, contacts, interactions)
        if unknown:
            problems = conform(
                "problems", pd.concat([problems, pd.DataFrame(unknown)], ignore_index=True)
            )
    return Network(
        contacts=validate("contacts", contacts),
        interactions=validate("interactions", interactions),
        requests=validate("requests", requests),
        snapshots=validate("snapshots", snapshots),
        problems=validate("problems", problems),
        people=validate("people", people),
        exports=list(exports),
        identity=resolution,
        posts=_merge_posts(exports),
        memberships=memberships,
    )


def _merge_posts(exports: Sequence[LoadedExport]) -> pd.DataFrame:
    """One row per (platform, post_id), the newest snapshot's counts; oldest post first."""
    frames = [e.posts for _, e in _ordered(exports) if e.posts is not None and not e.posts.empty]
    if not frames:
        return empty_posts()
    stacked = pd.concat([empty_posts(), *frames], ignore_index=True)
    merged = stacked.drop_duplicates(["platform", "post_id"], keep="last")
    merged = merged.astype(empty_posts().dtypes.to_dict())
    return merged.sort_values(["at", "platform", "post_id"], kind="stable").reset_index(drop=True)


def _snapshots_frame(exports: Sequence[LoadedExport], account_of: dict[int, int]) -> pd.DataFrame:
    rows = []
    for export in exports:
        row: dict[str, Any] = {
            "platform": export.platform,
            "exported_at": export.exported_at,
            "owner": export.owner,
            "format_version": export.generation,
            "source": export.source,
            "account": account_of[id(export)],
            "owner_name": owner_label(export),
            "n_contacts": 0 if export.contacts is None else len(export.contacts),
            "n_interactions": 0 if export.interactions is None else len(export.interactions),
            "n_requests": 0 if export.requests is None else len(export.requests),
        }
        row.update(export.extra)
        rows.append(row)
    frame = conform("snapshots", pd.DataFrame(rows) if rows else None)
    return frame.sort_values(["platform", "exported_at"], kind="stable").reset_index(drop=True)


def _ordered(exports: Sequence[LoadedExport]) -> list[tuple[int, LoadedExport]]:
    """Exports in export-date order (unknown dates first), with a snapshot number."""
    order = sorted(
        exports,
        key=lambda e: (e.exported_at is not None, e.exported_at or pd.Timestamp(0, tz="UTC")),
    )
    return list(enumerate(order))


#: columns of ``Network.memberships``
MEMBERSHIP_COLUMNS = (
    "platform",
    "account",
    "contact_key",
    "first_seen_at",
    "last_seen_at",
    "is_current",
)


def empty_memberships() -> pd.DataFrame:
    """A ``Network.memberships`` frame with no rows and its dtypes."""
    return pd.DataFrame(
        {
            "platform": pd.Series(dtype=object),
            "account": pd.Series(dtype="int64"),
            "contact_key": pd.Series(dtype=object),
            "first_seen_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "last_seen_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "is_current": pd.Series(dtype=bool),
        }
    )


def _merge_contacts(
    exports: Sequence[LoadedExport], account_of: dict[int, int]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The merged contacts, and their memberships: one row per (platform, account,
    contact_key) with the first and last export of that account holding it and whether
    its newest export does. A contact is current when the newest export of any account
    holding it does (two owners following one person: it stays while either does)."""
    frames = []
    newest: dict[tuple[str, int], Any] = {}
    for number, export in _ordered(exports):
        account = (export.platform, account_of[id(export)])
        newest[account] = export.exported_at
        if export.contacts is None or export.contacts.empty:
            continue
        frame = export.contacts.copy()
        frame["_snapshot"] = number
        frame["_seen_at"] = export.exported_at
        frame["_account"] = account[1]
        frames.append(frame)
    if not frames:
        return conform("contacts", None).astype({"is_current": bool}), empty_memberships()
    stacked = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    seen_at = pd.to_datetime(stacked["_seen_at"], utc=True)
    newest_of_row = pd.to_datetime(
        pd.Series(
            [newest[(p, a)] for p, a in zip(stacked["platform"], stacked["_account"], strict=True)],
            index=stacked.index,
            dtype=object,
        ),
        utc=True,
    )
    # a row of an account's newest export (or of an account with no export date at all)
    stacked["_current"] = (seen_at == newest_of_row) | newest_of_row.isna()
    keys = ["platform", "contact_key"]
    if _one_row_per_key(stacked, keys):
        # Every (platform, contact_key) on one row (the usual single snapshot per account):
        # first and last seen are that snapshot's date, there is nothing to fill from an
        # older snapshot and nothing to drop. The groupbys below cost ~40 ms for 2,000
        # contacts, per load, whatever the number of messages.
        stacked["first_seen_at"] = seen_at
        stacked["last_seen_at"] = seen_at
        merged = stacked
        merged["is_current"] = stacked["_current"]
        memberships = pd.DataFrame(
            {
                "platform": stacked["platform"].to_numpy(dtype=object),
                "account": stacked["_account"].to_numpy(dtype="int64"),
                "contact_key": stacked["contact_key"].to_numpy(dtype=object),
                "first_seen_at": seen_at.to_numpy(),
                "last_seen_at": seen_at.to_numpy(),
                "is_current": stacked["_current"].to_numpy(dtype=bool),
            }
        )
    else:
        by_key = [stacked[k] for k in keys]
        stacked["first_seen_at"] = seen_at.groupby(by_key).transform("min")
        stacked["last_seen_at"] = seen_at.groupby(by_key).transform("max")
        current = stacked["_current"].groupby(by_key).transform("any")
        member = pd.DataFrame(
            {
                "platform": stacked["platform"],
                "account": stacked["_account"].astype("int64"),
                "contact_key": stacked["contact_key"],
                "seen": seen_at,
                "current": stacked["_current"],
            }
        ).dropna(subset=["contact_key"])
        grouped = member.groupby(["platform", "account", "contact_key"], sort=True)
        memberships = pd.DataFrame(
            {
                "first_seen_at": grouped["seen"].min(),
                "last_seen_at": grouped["seen"].max(),
                "is_current": grouped["current"].any(),
            }
        ).reset_index()
        # Fill fields a newer snapshot left blank (e.g. connected_at) from older ones.
        stacked = stacked.assign(_any_current=current).sort_values("_snapshot", kind="stable")
        filled = stacked.groupby(keys, sort=False).ffill()
        for column in filled.columns:
            stacked[column] = filled[column]
        merged = stacked.drop_duplicates(keys, keep="last").copy()
        merged["is_current"] = merged["_any_current"].astype(bool)
        merged = merged.drop(columns=["_any_current"])
    merged["person_id"] = merged["person_id"].where(
        merged["person_id"].notna(), merged["platform"] + ":" + merged["contact_key"]
    )
    merged = merged.drop(columns=["_snapshot", "_seen_at", "_account", "_current"])
    contacts = conform("contacts", merged.sort_values(keys).reset_index(drop=True)).astype(
        {"is_current": bool}
    )
    memberships = memberships.astype(empty_memberships().dtypes.to_dict())
    memberships["first_seen_at"] = pd.to_datetime(memberships["first_seen_at"], utc=True)
    memberships["last_seen_at"] = pd.to_datetime(memberships["last_seen_at"], utc=True)
    return contacts, memberships.sort_values(["platform", "account", "contact_key"]).reset_index(
        drop=True
    )


def _one_row_per_key(frame: pd.DataFrame, keys: list[str]) -> bool:
    """True when no key column is missing and no key repeats: then the per-key merge of
    snapshots (``_merge_contacts``) changes nothing. (A missing key would make a groupby
    drop the row's values, so that case keeps the general path and its exact behaviour.)"""
    return bool(frame[keys].notna().all(axis=None) and not frame.duplicated(keys).any())


def _merge_interactions(exports: Sequence[LoadedExport]) -> pd.DataFrame:
    held = [
        (number, export.interactions)
        for number, export in _ordered(exports)
        if export.interactions is not None and not export.interactions.empty
    ]
    if not held:
        return conform("interactions", None)
    if len(held) == 1:  # one snapshot: nothing can repeat across snapshots (and no copies)
        return _finish_interactions(held[0][1])
    frames = _shared_categories([frame.assign(_snapshot=number) for number, frame in held])
    stacked = pd.concat(_typed_missing_parts(frames), ignore_index=True)
    key = (
        ["event_key"]
        if "event_key" in stacked.columns and stacked["event_key"].notna().all()
        else list(EVENT_COLUMNS)
    )
    # The n-th copy of an event within one snapshot; copies across snapshots share n, so an
    # event repeated within a snapshot stays repeated and one seen in two snapshots counts once.
    stacked["_occurrence"] = stacked.groupby(
        [*key, "_snapshot"], dropna=False, sort=False, observed=True
    ).cumcount()
    merged = stacked.drop_duplicates([*key, "_occurrence"], keep="last")
    helpers = [c for c in ("_snapshot", "_occurrence") if c in merged.columns]
    return _finish_interactions(merged.drop(columns=helpers))


def _as_categorical(values: pd.Series) -> pd.Series | None:
    """``values`` as a categorical of strings, or None when they are not all strings."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values
    as_category = values.astype("category")
    categories = as_category.cat.categories
    if len(categories) and not all(isinstance(value, str) for value in categories):
        return None
    return as_category.cat.set_categories(categories.astype(object))


def _shared_categories(frames: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Give each of ``CATEGORICAL_INTERACTION_COLUMNS`` one set of categories across frames.

    ``pd.concat`` of categoricals with different categories (Facebook's kinds and
    Instagram's) gives an object column; with the same categories it stays categorical and
    no row's string is hashed. Each frame's own column is recoded (integer work for a
    categorical, one factorisation of a small frame's strings otherwise). A column that is
    missing from a frame or holds other than strings is left as it is.
    """
    for column in CATEGORICAL_INTERACTION_COLUMNS:
        if not all(column in frame.columns for frame in frames):
            continue
        parts = [_as_categorical(frame[column]) for frame in frames]
        if any(part is None for part in parts):
            continue
        categories = pd.Index(
            sorted(set().union(*(part.cat.categories for part in parts if part is not None))),
            dtype=object,
        )
        for frame, part in zip(frames, parts, strict=True):
            if part is not None:
                frame[column] = part.cat.set_categories(categories)
    return frames


def _typed_missing_parts(frames: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Give each column's all-missing (or empty) parts the dtype of its other parts, so
    that ``pd.concat`` has one explicit result dtype.

    ``pd.concat`` leaves all-missing parts out when it chooses a column's dtype, a rule
    pandas has deprecated (FutureWarning) in favour of counting them: a Messenger snapshot
    without any reaction (a categorical with no categories) would then turn the other
    snapshots' ``reaction`` categorical into objects. Here those parts take the common
    dtype of the parts with values (the result pandas gives today). Integer and bool
    targets are left alone: they cannot hold a missing value, and pandas does not warn
    about them. Frames are changed in place (the caller's own copies).
    """

    def all_missing(values: pd.Series) -> bool:
        return len(values) == 0 or bool(pd.isna(values.iloc[0]) and values.isna().all())

    columns = dict.fromkeys(column for frame in frames for column in frame.columns)
    for column in columns:
        present = [frame for frame in frames if column in frame.columns]
        missing = [frame for frame in present if all_missing(frame[column])]
        if not missing or len(missing) == len(present):
            continue
        filled = [frame[column].iloc[:0] for frame in present if not all_missing(frame[column])]
        # empty parts only: pandas takes the common dtype of all of them, without warning
        dtype = pd.concat(filled, ignore_index=True).dtype
        if isinstance(dtype, np.dtype) and dtype.kind in "iub":
            continue
        for frame in missing:
            if frame[column].dtype != dtype:
                frame[column] = frame[column].astype(dtype)
    return frames


def _finish_interactions(merged: pd.DataFrame) -> pd.DataFrame:
    merged = conform("interactions", merged)
    # An event whose loader did not count participants is a 1:1 event: two participants.
    if not (merged["n_participants"].dtype == "int64" and merged["n_participants"].notna().all()):
        merged["n_participants"] = pd.to_numeric(merged["n_participants"]).fillna(2).astype("int64")
    # read_export gives each row ``platform:contact_key`` (a categorical); frames read before
    # it did (cached snapshots) may hold None, and snapshots with different categories
    # concatenate to strings: both are brought back to one categorical here.
    person = merged["person_id"]
    unresolved = person.isna()
    missing = unresolved & merged["contact_key"].notna()
    if missing.any() and unresolved.all():
        # the usual case before identity resolution: a categorical, formatted once per pair
        merged["person_id"] = platform_keys(merged["platform"], merged["contact_key"])
    elif not missing.any() and not isinstance(person.dtype, pd.CategoricalDtype):
        merged["person_id"] = person.astype("category")
    elif missing.any():
        merged["person_id"] = merged["person_id"].astype(object)
        merged.loc[missing, "person_id"] = np.asarray(
            platform_keys(merged.loc[missing, "platform"], merged.loc[missing, "contact_key"]),
            dtype=object,
        )
    for column in ("platform", "kind", "direction"):
        if not isinstance(merged[column].dtype, pd.CategoricalDtype):
            converted = _as_categorical(merged[column])
            if converted is not None:
                merged[column] = converted
    # conform above made this frame ours: sort by one take, no further copies
    if not merged["at"].is_monotonic_increasing:
        merged = merged.take(np.argsort(merged["at"].values, kind="stable"))
        merged.index = pd.RangeIndex(len(merged))
    return merged


def _merge_requests(
    exports: Sequence[LoadedExport], contacts: pd.DataFrame, account_of: dict[int, int]
) -> pd.DataFrame:
    ordered = _ordered(exports)
    frames = []
    for number, export in ordered:
        if export.requests is None or export.requests.empty:
            continue
        frames.append(
            export.requests.assign(
                _snapshot=number, _seen_at=export.exported_at, _owner=account_of[id(export)]
            )
        )
    if not frames:
        return conform("requests", None)
    stacked = pd.concat(frames, ignore_index=True)
    # A request is the same across snapshots when platform, direction and counterpart match
    # (sent_at too where known: one person can be asked twice).
    who = stacked["contact_key"].fillna("name:" + stacked["name"].fillna(""))
    stacked["_who"] = who
    stacked["_sent_day"] = pd.to_datetime(stacked["sent_at"], utc=True).dt.floor("D")
    keys = ["platform", "_owner", "direction", "_who", "_sent_day"]
    stacked = stacked.sort_values("_snapshot", kind="stable")
    _date_answers_by_their_request(stacked)
    last = stacked.drop_duplicates(keys, keep="last").copy()

    snapshot_dates: dict[tuple[str, int], list[tuple[int, Any]]] = {}
    # snapshots that exported requests at all (an empty file counts: it says "none pending")
    with_requests: set[int] = set()
    for number, export in ordered:
        snapshot_dates.setdefault((export.platform, account_of[id(export)]), []).append(
            (number, export.exported_at)
        )
        if "requests" not in export.missing:
            with_requests.add(number)
    relation_by_key = (
        contacts.set_index(["platform", "contact_key"])["relation"].to_dict()
        if not contacts.empty
        else {}
    )
    first_seen = (
        contacts.set_index(["platform", "contact_key"])["first_seen_at"].to_dict()
        if not contacts.empty
        else {}
    )
    connected = (
        contacts.set_index(["platform", "contact_key"])["connected_at"].to_dict()
        if not contacts.empty
        else {}
    )
    name_relation = (
        contacts.dropna(subset=["name"])
        .drop_duplicates(["platform", "name"])
        .set_index(["platform", "name"])["relation"]
        .to_dict()
        if not contacts.empty
        else {}
    )

    statuses = []
    resolved = []
    for row in last.to_dict("records"):
        status = row["status"]
        resolved_at = row["resolved_at"]
        later = [
            n
            for n, _ in snapshot_dates.get((row["platform"], row["_owner"]), [])
            if n > row["_snapshot"]
        ]
        if status == "pending" and later:
            key = (row["platform"], row["contact_key"])
            relation = (
                relation_by_key.get(key)
                if isinstance(row["contact_key"], str)
                else name_relation.get((row["platform"], row["name"]))
            )
            if relation in TIE_RELATIONS[row["direction"]]:
                status = "accepted"
                when = connected.get(key) if isinstance(row["contact_key"], str) else None
                if when is None or pd.isna(when):
                    when = first_seen.get(key) if isinstance(row["contact_key"], str) else None
                resolved_at = (
                    when
                    if when is not None and not pd.isna(when)
                    else dict(snapshot_dates[(row["platform"], row["_owner"])])[later[0]]
                )
            elif shown_gone := [n for n in later if n in with_requests]:
                status = "withdrawn"
                resolved_at = dict(snapshot_dates[(row["platform"], row["_owner"])])[shown_gone[0]]
        statuses.append(status)
        resolved.append(resolved_at)
    last["status"] = statuses
    last["resolved_at"] = pd.to_datetime(
        pd.Series(resolved, index=last.index, dtype=object), utc=True
    )
    last = last.drop(columns=["_snapshot", "_seen_at", "_owner", "_who", "_sent_day"])
    return conform("requests", last.sort_values("sent_at", kind="stable").reset_index(drop=True))


def _date_answers_by_their_request(stacked: pd.DataFrame) -> None:
    """Pair an answered request with the pending one it answers when their days differ.

    A request pending in one snapshot can come back answered in a later one under another
    date: Facebook lists a declined request in ``rejected_friend_requests.json`` with one
    timestamp, and whether that is the request's time or the rejection's is not documented.
    When a later snapshot holds an answered row (not ``pending``) for the same platform,
    owner, direction and person, dated at or after a pending row of an earlier snapshot that
    no snapshot from the answer's on still lists as pending, they are one request: the answer
    takes the request's ``sent_at`` (and day) and keeps its own date as ``resolved_at``.
    Edits ``stacked`` (sorted by snapshot) in place.
    """
    is_pending = (stacked["status"] == "pending").to_numpy()
    if is_pending.all() or not is_pending.any():
        return  # nothing answered, or nothing pending to answer
    # the person a request concerns as one integer; days as integers (NaT marked apart):
    # plain Python ints for the pairing below, no Series or Timestamp per row
    group = ["platform", "_owner", "direction", "_who"]
    who_codes = stacked.groupby(group, sort=False, observed=True, dropna=False).ngroup()
    days = pd.DatetimeIndex(stacked["_sent_day"])
    dated = ~days.isna()
    who_of = who_codes.to_numpy().tolist()
    day_of = days.asi8.tolist()
    snapshot_of = stacked["_snapshot"].to_numpy().tolist()
    # (who, day) -> the last snapshot listing it pending; who -> its dated pending rows
    last_listed: dict[tuple[int, int], int] = {}
    pending_by_who: dict[int, list[tuple[int, int, int]]] = {}
    for position in np.flatnonzero(is_pending & dated).tolist():
        who, day, snapshot = who_of[position], day_of[position], snapshot_of[position]
        last_listed[(who, day)] = max(snapshot, last_listed.get((who, day), snapshot))
        pending_by_who.setdefault(who, []).append((day, snapshot, position))
    # answers for someone with a dated pending row on another day (a pending row on the
    # same day: the usual merge pairs them), in snapshot order as ``stacked`` is sorted
    maybe = ~is_pending & dated & np.isin(who_codes.to_numpy(), list(pending_by_who))
    paired: list[int] = []  # positions of answered rows that take a pending row's date
    requests: list[int] = []  # ... and of the pending row each takes it from
    taken: set[tuple[int, int]] = set()
    for position in np.flatnonzero(maybe).tolist():
        who, answer_day, answer_snapshot = who_of[position], day_of[position], snapshot_of[position]
        if (who, answer_day) in last_listed:
            continue
        candidates = [
            (day, snapshot, pending_position)
            for day, snapshot, pending_position in pending_by_who[who]
            if snapshot < answer_snapshot
            and day <= answer_day
            and last_listed[(who, day)] < answer_snapshot
            and (who, day) not in taken
        ]
        if not candidates:
            continue
        day, _, pending_position = max(candidates)  # the latest listing of the latest request
        taken.add((who, day))
        paired.append(position)
        requests.append(pending_position)
    if not paired:
        return
    labels = stacked.index[paired]
    # an answer without a resolved_at of its own: its own date is when it was answered
    undated = labels[stacked["resolved_at"].iloc[paired].isna().to_numpy()]
    if len(undated):
        stacked.loc[undated, "resolved_at"] = stacked.loc[undated, "sent_at"]
    for column in ("sent_at", "_sent_day"):  # the answer takes the request's time and day
        stacked.loc[labels, column] = pd.Series(stacked[column].iloc[requests].array, index=labels)


def _people_from_contacts(contacts: pd.DataFrame) -> pd.DataFrame:
    """Until identity resolution runs, each contact is its own person."""
    if contacts.empty:
        return conform("people", None)
    names = contacts.groupby("person_id", sort=True)["name"].first()
    pairs = contacts[["person_id", "platform"]].drop_duplicates().sort_values("platform")
    if pairs["person_id"].duplicated().any():
        platforms = pairs.groupby("person_id", sort=True)["platform"].agg(",".join)
    else:  # one platform per person (no identity merge yet): no per-group Python call
        platforms = pairs.set_index("person_id")["platform"]
    grouped = pd.DataFrame({"name": names, "platforms": platforms.reindex(names.index)})
    return conform("people", grouped.rename_axis("person_id").reset_index())


def concat_nonempty(frames: Iterable[pd.DataFrame | None]) -> pd.DataFrame | None:
    """Concatenate the non-empty frames, or None when there are none."""
    kept = [f for f in frames if f is not None and not f.empty]
    return pd.concat(kept, ignore_index=True) if kept else None
