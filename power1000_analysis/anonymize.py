"""Pseudonyms for shareable output, and a last scan of the output for anything that leaked.

Exports hold other people's personal data (DESIGN.md §10). Three layers keep it out of
what a user shares:

1. :func:`without_message_text` always drops free-text columns that a loader may add to
   the interactions (message bodies never reach a report, anonymised or not);
2. :func:`pseudonymize` replaces every name, handle, profile URL, e-mail, key and thread id
   with a stable pseudonym (``"Contact 0421"``) or removes it; :func:`suppress_small`
   blanks counts of small groups in tables (``communities.pool_small_communities`` and
   ``pool_small_members`` pool small communities in their table and chart);
3. :func:`find_leaks` scans the written files for any original string, as a defence
   against a chart or table that slipped through.

Everything but :func:`find_leaks` is pure (frames in, frames out).

Example
-------
>>> from power1000_analysis.network import Network
>>> pseudonymize(Network.empty(), seed=1).contacts.empty
True
"""

from __future__ import annotations

import calendar
import copy
import functools
import hashlib
import html
import os
import re
import secrets
import unicodedata
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from power1000_analysis.identity.decisions import without_account
from power1000_analysis.loaders import without_file_names
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network
from power1000_analysis.schema import COLUMNS, conform

__all__ = [
    "MIN_GROUP_SIZE",
    "Leak",
    "find_leaks",
    "for_report",
    "leak_summary",
    "pseudonym",
    "pseudonym_salt",
    "pseudonymize",
    "salt_folder",
    "sensitive_strings",
    "suppress_small",
    "suppress_small_funnel",
    "suppress_small_with_rest",
    "without_message_text",
]

#: groups smaller than this are blanked in anonymised tables (k-anonymity's usual k).
MIN_GROUP_SIZE = 5
#: shorter strings match too much unrelated text to be a useful leak signal.
_MIN_LEAK_LENGTH = 4
#: what ``pseudonymize`` leaves in place of the account owner's name.
OWNER = "you"
_SEP = "\x00"
#: the file beside the cache that holds this workspace's pseudonym secret.
SALT_FILE = "pseudonym-salt"
_IDENTIFYING = ("handle", "profile_url", "email", "company", "position")


def pseudonym(number: int, *, width: int = 4, kind: str = "Contact") -> str:
    """The display pseudonym for a number.

    Example
    -------
    >>> pseudonym(421)
    'Contact 0421'
    """
    return f"{kind} {number:0{width}d}"


def _order(keys: Iterable[str], seed: int, salt: str = "") -> dict[str, int]:
    """Number keys 1..N in the order of a seeded (and salted) hash: stable for the same data,
    seed and salt, and unrelated to alphabetical order."""
    prefix = f"{salt}:{seed}:" if salt else f"{seed}:"
    unique = sorted(set(keys), key=lambda k: hashlib.blake2b(f"{prefix}{k}".encode()).digest())
    return {key: index + 1 for index, key in enumerate(unique)}


def salt_folder(
    exports: Iterable[str | os.PathLike[str]], cache_dir: str | os.PathLike[str] | bool | None
) -> Path:
    """Where :func:`pseudonym_salt` keeps the workspace's secret: the cache folder given, or
    the default one beside the data (also when caching is off: the secret is not a cache).
    Computing the folder writes nothing.

    >>> salt_folder(["~/Downloads/x.zip"], True).name
    '.power1000-cache'
    >>> salt_folder(["x.zip"], "my-cache").name
    'my-cache'
    """
    if cache_dir is not None and not isinstance(cache_dir, bool):
        return Path(cache_dir).expanduser()
    from power1000_analysis.cache import default_cache_dir

    return default_cache_dir(list(exports))


def pseudonym_salt(folder: str | os.PathLike[str]) -> str:
    """This workspace's secret for pseudonym numbering, created on first use.

    Pseudonym numbers are the rank of a hash of each person's key. With a public seed alone,
    someone who knows most of a user's contact list (a mutual friend can often see it) could
    hash those names and read from the ranks who "Contact 0421" is. A random secret (128
    bits, file mode 0600, in ``folder``/``pseudonym-salt``) mixed into the hash prevents that,
    while pseudonyms stay the same across re-runs and new snapshots of the same workspace.
    Delete the file to renumber everyone.
    """
    path = Path(folder) / SALT_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(16)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another kernel wrote it first: use theirs
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as stream:
        stream.write(salt + "\n")
    return salt


def _width(count: int) -> int:
    return max(4, len(str(count)))


def _text_columns(frame: pd.DataFrame, keep: Iterable[str]) -> list[str]:
    """Extra (non-contract) columns that may hold text: anything but numbers, bools, dates."""
    kept = set(keep)
    return [
        column
        for column in frame.columns
        if column not in kept
        and not (
            pd.api.types.is_numeric_dtype(frame[column])
            or pd.api.types.is_bool_dtype(frame[column])
            or pd.api.types.is_datetime64_any_dtype(frame[column])
        )
    ]


#: extra interactions columns that are not message text: kept by
#: :func:`without_message_text` (a report names its threads as it names people), dropped by
#: :func:`pseudonymize` (a group's title often lists its members: "Ann, Bob and 3 others").
TITLE_COLUMNS: tuple[str, ...] = ("thread_title",)


def without_message_text(net: Network) -> Network:
    """The network without any free-text column a loader added to the interactions.

    Contract columns stay; extra columns stay only when they hold numbers, booleans or
    dates (``content_length`` survives, ``text`` or ``content`` does not), or are a
    thread's title (:data:`TITLE_COLUMNS`).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> net = Network.empty()
    >>> net.interactions["text"] = pd.Series([], dtype=object)
    >>> "text" in without_message_text(net).interactions.columns
    False
    """
    keep = (*COLUMNS["interactions"], *TITLE_COLUMNS)
    dropped = _text_columns(net.interactions, keep)
    # each snapshot's own interactions too: the network keeps them beside the merged frame
    exports = [
        replace(e, interactions=e.interactions.drop(columns=_text_columns(e.interactions, keep)))
        if e.interactions is not None and _text_columns(e.interactions, keep)
        else e
        for e in net.exports
    ]
    if not dropped and all(a is b for a, b in zip(exports, net.exports, strict=True)):
        return net
    return replace(net, interactions=net.interactions.drop(columns=dropped), exports=exports)


@dataclass(frozen=True)
class _Maps:
    people: dict[str, int]
    keys: dict[tuple[str, str], str]
    threads: dict[str, str]
    width: int


def _plain(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The frame with its contract text columns as plain objects (loaders may hand over
    categoricals, which refuse new values such as pseudonyms)."""
    frame = frame.copy()
    for column, (kind, _nullable, _allowed) in COLUMNS[name].items():
        if kind == "str" and column in frame.columns and frame[column].dtype != object:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def _person_keys(frame: pd.DataFrame) -> pd.Series:
    """Who a row is about: its person_id, else its contact key, else its name."""
    by_key = "key:" + frame["platform"].astype(str) + ":" + frame["contact_key"].astype(str)
    by_name = "name:" + frame["platform"].astype(str) + ":" + frame["name"].astype(str)
    who = frame["person_id"] if "person_id" in frame.columns else pd.Series(None, frame.index)
    who = who.where(who.notna(), by_key.where(frame["contact_key"].notna(), by_name))
    return who.where(frame["contact_key"].notna() | frame["name"].notna() | who.notna(), None)


def _maps(net: Network, seed: int, salt: str) -> _Maps:
    # every snapshot's own request list too: a request an older snapshot listed is normally
    # also in the merged frame, but the key map must cover it whatever the merge kept
    requests = [net.requests] + [
        conform("requests", e.requests) for e in net.exports if e.requests is not None
    ]
    who = pd.concat(
        [
            net.people["person_id"],
            net.contacts["person_id"],
            _person_keys(net.interactions),
            *(_person_keys(frame.assign(person_id=None)) for frame in requests),
        ],
        ignore_index=True,
    ).dropna()
    people = _order(who.astype(str), seed, salt)
    pairs: set[tuple[str, str]] = set()
    for frame in (net.contacts, net.interactions, *requests):
        known = frame.dropna(subset=["contact_key"])
        pairs.update(zip(known["platform"], known["contact_key"], strict=True))
    numbers = _order((_SEP.join(pair) for pair in pairs), seed, salt)
    key_width = _width(len(numbers))
    keys = {pair: f"k{numbers[_SEP.join(pair)]:0{key_width}d}" for pair in sorted(pairs)}
    thread_numbers = _order(net.interactions["thread_key"].dropna().astype(str), seed, salt)
    thread_width = _width(len(thread_numbers))
    threads = {t: f"thread-{n:0{thread_width}d}" for t, n in thread_numbers.items()}
    return _Maps(people, keys, threads, _width(len(people)))


def _names(maps: _Maps, who: pd.Series) -> pd.Series:
    return who.map(
        lambda w: None if w is None or pd.isna(w) else pseudonym(maps.people[w], width=maps.width)
    )


def _person_ids(maps: _Maps, who: pd.Series) -> pd.Series:
    return who.map(
        lambda w: None if w is None or pd.isna(w) else f"person-{maps.people[w]:0{maps.width}d}"
    )


def _keys(maps: _Maps, frame: pd.DataFrame) -> pd.Series:
    return pd.Series(
        [
            None if k is None or pd.isna(k) else maps.keys[(p, k)]
            for p, k in zip(frame["platform"], frame["contact_key"], strict=True)
        ],
        index=frame.index,
        dtype=object,
    )


def _scrub_extra(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    return frame.drop(columns=_text_columns(frame, COLUMNS[name]))


def _pseudonymous_requests(maps: _Maps, frame: pd.DataFrame) -> pd.DataFrame:
    """A requests frame with names and contact keys pseudonymised and extra text dropped."""
    requests = frame.copy()
    who = _person_keys(requests.assign(person_id=None))
    requests["name"] = _names(maps, who)
    requests["contact_key"] = _keys(maps, requests)
    return _scrub_extra(requests, "requests")


def pseudonymize(net: Network, *, seed: int = 0, salt: str = "") -> Network:
    """The network with every personal string replaced by a stable pseudonym or removed.

    - names become ``"Contact 0421"`` (one number per person, the same in every frame);
      ``person_id`` becomes ``"person-0421"``; contact keys ``"k0007"``; thread keys
      ``"thread-0003"``;
    - handles, profile URLs, e-mails, companies and positions are removed;
    - the account owner becomes ``"you"``, export paths ``"<platform> export <n>"``;
    - problem messages keep their text with every known personal string redacted;
    - extra text columns are dropped; per-snapshot loader results keep only what they
      say is missing.

    The numbering follows a hash of each key with ``seed`` and ``salt``: the same data, seed
    and salt give the same pseudonyms, and numbers do not follow alphabetical order. Without
    a secret ``salt`` (see :func:`pseudonym_salt`) the numbering can be recomputed by anyone
    who knows the seed and guesses the names; reports always pass one.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> pseudonymize(Network.empty()).people.empty
    True
    """
    net = replace(
        net,
        **{name: _plain(getattr(net, name), name) for name in COLUMNS},
    )
    maps = _maps(net, seed, salt)
    contacts = net.contacts.copy()
    who = _person_keys(contacts)
    contacts["name"] = _names(maps, who)
    contacts["person_id"] = _person_ids(maps, who)
    contacts["contact_key"] = _keys(maps, contacts)
    for column in _IDENTIFYING:
        contacts[column] = None
    contacts = _scrub_extra(contacts, "contacts")

    interactions = without_message_text(net).interactions
    # thread titles go with the other extra text columns: no pseudonym stands in for them
    interactions = interactions.drop(columns=_text_columns(interactions, COLUMNS["interactions"]))
    who = _person_keys(interactions)
    interactions["name"] = _names(maps, who)
    # Rows without a person (a deactivated account, a name no contact carries) keep none:
    # giving them one would count them as people in the anonymised report only.
    interactions["person_id"] = _person_ids(maps, who.where(interactions["person_id"].notna()))
    interactions["contact_key"] = _keys(maps, interactions)
    interactions["thread_key"] = interactions["thread_key"].map(
        lambda t: None if t is None or pd.isna(t) else maps.threads[str(t)]
    )

    requests = _pseudonymous_requests(maps, net.requests)

    sources: dict[str, str] = {}
    for platform, source in zip(net.snapshots["platform"], net.snapshots["source"], strict=True):
        count = sum(1 for s in sources.values() if s.startswith(f"{platform} export"))
        sources.setdefault(source, f"{platform} export {count + 1}")
    snapshots = _scrub_extra(net.snapshots, "snapshots").copy()
    snapshots["owner"] = snapshots["owner"].map(lambda o: None if o is None else OWNER)
    snapshots["source"] = snapshots["source"].map(sources)

    # the owners' labels the tool composed into messages ("2 facebook accounts (Bob, …)")
    # become "owner 1", "owner 2" whatever their length; other personal strings [redacted]
    redact = _Redactor(sensitive_strings(net), owner_labels(net))
    problems = net.problems.copy()
    problems["source"] = "export file"
    # rows listing files name the user's own files and folders: counts only (names the
    # loaders matched as fixed export file names stay)
    not_used = [name for export in net.exports for name in export.files_not_used]
    problems["message"] = (
        problems["message"]
        .astype(str)
        .map(lambda m: redact(without_account(without_file_names(m, not_used))))
    )
    problems = _scrub_extra(problems, "problems")

    people = net.people.copy()
    people["name"] = _names(maps, people["person_id"])
    people["person_id"] = _person_ids(maps, people["person_id"])
    people = _scrub_extra(people, "people")

    exports = [
        LoadedExport(
            platform=export.platform,
            generation=export.generation,
            source=sources.get(export.source, f"{export.platform} export"),
            owner=None if export.owner is None else OWNER,
            exported_at=export.exported_at,
            missing=dict(export.missing),
            extra={k: v for k, v in export.extra.items() if isinstance(v, int | float)},
            # each snapshot's own request list stays (pseudonymised): the acceptance model
            # reads requests snapshot by snapshot, and anonymising must change names only
            requests=None
            if export.requests is None
            else _pseudonymous_requests(
                maps, _plain(conform("requests", export.requests), "requests")
            ),
        )
        for export in net.exports
    ]
    return Network(
        contacts=conform("contacts", contacts),
        interactions=conform("interactions", interactions),
        requests=conform("requests", requests),
        snapshots=conform("snapshots", snapshots),
        problems=conform("problems", problems),
        people=conform("people", people),
        exports=exports,
        # engagement counts and times stay; a post id would link back to the account
        posts=net.posts.assign(post_id=[f"post {i + 1}" for i in range(len(net.posts))]),
        # which account holds whom (snapshot diffs per account): by the pseudonymous keys
        memberships=net.memberships.assign(contact_key=_keys(maps, net.memberships)),
    )


def for_report(
    net: Network,
    *,
    anonymize: bool,
    seed: int = 0,
    salt_dir: str | os.PathLike[str] | None = None,
    exports: Iterable[str | os.PathLike[str]] | None = None,
) -> Network:
    """What a notebook or report may show: never message text; pseudonyms on request,
    numbered with the secret kept in ``salt_dir`` (:func:`salt_folder`; read or created only
    when anonymising; ``None``: unsalted, for tests). Not anonymised, the sources (snapshots,
    problems, ``missing()``) are named relative to the ``exports`` given
    (:func:`relative_sources`), never by the absolute local path.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> for_report(Network.empty(), anonymize=True).contacts.empty
    True
    """
    net = without_message_text(net)
    if not anonymize:
        return net if exports is None else relative_sources(net, exports)
    salt = pseudonym_salt(salt_dir) if salt_dir is not None else ""
    return pseudonymize(net, seed=seed, salt=salt)


def relative_sources(net: Network, exports: Iterable[str | os.PathLike[str]]) -> Network:
    """``net`` with every source that starts with one of the ``exports`` paths named from
    that path's own name on (``/home/ann/Downloads/linkedin.zip::Connections.csv`` →
    ``linkedin.zip::Connections.csv``), in snapshots, problems (source and message) and
    each export's ``source`` (``Network.missing``): a page shows what was read, not the
    user's home folder. Sources given relative stay as they are but for the same rule.

    Example
    -------
    >>> from power1000_analysis.schema import conform
    >>> net = Network.empty()
    >>> net.problems = conform("problems", pd.DataFrame(
    ...     [{"source": "/home/ann/exports/x.zip::data/like.js", "severity": "info",
    ...       "message": "read /home/ann/exports/x.zip", "n_skipped": 0}]))
    >>> shown = relative_sources(net, ["/home/ann/exports/x.zip"]).problems
    >>> shown[["source", "message"]].values.tolist()
    [['x.zip::data/like.js', 'read x.zip']]
    """
    given = {os.fspath(p) for p in exports} | {str(Path(p).expanduser().resolve()) for p in exports}
    roots = sorted((root.rstrip("/") for root in given if root.rstrip("/")), key=len, reverse=True)

    def rename(text: object) -> object:
        if not isinstance(text, str):
            return text
        for root in roots:
            if root in text:
                text = re.sub(
                    re.escape(root) + r"(?=$|::|/|\s|[),;:'\"])", Path(root).name or root, text
                )
        return text

    problems = net.problems.copy()
    problems["source"] = problems["source"].map(rename)
    problems["message"] = problems["message"].map(rename)
    snapshots = net.snapshots.copy()
    snapshots["source"] = snapshots["source"].map(rename)
    exports_shown = []
    for export in net.exports:
        shown = copy.copy(export)
        shown.source = str(rename(export.source))
        exports_shown.append(shown)
    return replace(net, problems=problems, snapshots=snapshots, exports=exports_shown)


def suppress_small(
    table: pd.DataFrame, columns: Iterable[str], *, k: int = MIN_GROUP_SIZE
) -> pd.DataFrame:
    """Blank counts of groups smaller than ``k`` (zero stays zero: it identifies nobody).

    The counts become nullable integers with ``<NA>`` where suppressed, and a boolean
    ``suppressed`` column marks the rows touched.

    Example
    -------
    >>> table = pd.DataFrame({"group": ["a", "b", "c"], "people": [12, 2, 0]})
    >>> suppress_small(table, ["people"])["people"].tolist()
    [12, <NA>, 0]
    """
    table = table.copy()
    touched = pd.Series(False, index=table.index)
    for column in columns:
        values = pd.to_numeric(table[column], errors="coerce").astype("Int64")
        small = (values > 0) & (values < k)
        touched |= small.fillna(False).astype(bool)
        table[column] = values.mask(small)
    table["suppressed"] = touched
    return table


def suppress_small_with_rest(
    table: pd.DataFrame, column: str, total: str, *, k: int = MIN_GROUP_SIZE
) -> pd.DataFrame:
    """:func:`suppress_small` on ``column``, a count of some of ``total``'s people (such as
    ``also_elsewhere`` of a platform's ``people``): blanked when it, or the rest
    (``total - column``: the people only on that platform), is a group of fewer than ``k``,
    since the page shows ``total`` and the rest would be their difference.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x", "quora", "all"], "people": [40, 30, 60],
    ...                   "also_elsewhere": [3, 28, 10]})
    >>> suppress_small_with_rest(t, "also_elsewhere", "people")["also_elsewhere"].tolist()
    [<NA>, <NA>, 10]
    """
    shown = suppress_small(table, [column], k=k)
    rest = pd.to_numeric(table[total], errors="coerce") - pd.to_numeric(
        table[column], errors="coerce"
    )
    small = ((rest > 0) & (rest < k)).fillna(False).astype(bool)
    shown[column] = shown[column].mask(small)
    shown["suppressed"] = shown["suppressed"] | small
    return shown


#: the funnel's rate columns and the counts each is made of ("count": the row's own
#: count; "base": the count it is divided by; "chain": every step up to the row)
_FUNNEL_RATES = {
    "step_conversion": ("count", "base"),
    "step_low": ("count", "base"),
    "step_high": ("count", "base"),
    "overall_conversion": ("count", "chain"),
    "overall_low": ("count", "chain"),
    "overall_high": ("count", "chain"),
}


def suppress_small_funnel(table: pd.DataFrame, *, k: int = MIN_GROUP_SIZE) -> pd.DataFrame:
    """``funnel.funnel_table`` for anonymised output: counts of fewer than ``k`` people
    blanked, with every number on the page that would give them back.

    The stages are nested (reached out ≥ connected ≥ engaged ≥ active), so two counts
    shown side by side give the people who dropped out between them: a count is blanked
    too when it is fewer than ``k`` below the last count shown before it. A row's ``base``
    is the count it is divided by (the stage before, for counted platforms), so it goes
    with that count. Rates and their intervals go with any count they are made of (an
    interval's width tells its ``n``; a model platform's overall rate is the product of
    its steps). In the ``"all platforms"`` rows, which add up the counted platforms, a
    stage where exactly one platform's count is blanked is blanked too. ``note`` says
    what was blanked in each row; a platform whose every number is blanked is then left
    out of ``funnel.funnel_shown``'s table with that note as the reason.

    Example
    -------
    >>> t = pd.DataFrame({"platform": "x", "stage": ["reached_out", "connected", "engaged",
    ...     "active"], "count": pd.array([40, 37, 20, 2], dtype="Int64"),
    ...     "base": pd.array([40, 40, 37, 20], dtype="Int64"), "step_conversion": 0.5,
    ...     "overall_conversion": 0.5, "note": ""})
    >>> shown = suppress_small_funnel(t)
    >>> shown["count"].tolist(), shown["base"].tolist()
    ([40, <NA>, 20, <NA>], [40, 40, <NA>, 20])
    >>> shown["overall_conversion"].isna().tolist()
    [False, True, False, True]
    """
    from power1000_analysis.funnel import ALL_PLATFORMS, STAGES

    out = table.copy().reset_index(drop=True)
    if out.empty:
        return out
    count = pd.to_numeric(out["count"], errors="coerce")
    base = pd.to_numeric(out["base"], errors="coerce")
    rank = out["stage"].map({stage: i for i, stage in enumerate(STAGES)})
    hidden = {"count": pd.Series(False, index=out.index), "base": pd.Series(False, index=out.index)}

    def chain(rows: pd.Index, values: pd.Series, hide: pd.Series) -> None:
        last = None
        for i in rows:
            value = values[i]
            if pd.isna(value):
                continue
            if hide[i] or 0 < value < k or (last is not None and 0 < last - value < k):
                hide[i] = True
            else:
                last = value

    ordered = {
        platform: rows.sort_values().index for platform, rows in rank.groupby(out["platform"])
    }
    for rows in ordered.values():
        chain(rows, count, hidden["count"])
    if ALL_PLATFORMS in ordered:  # a stage with one platform blanked: its total goes too
        parts = (out["platform"] != ALL_PLATFORMS) & count.notna()
        for i in ordered[ALL_PLATFORMS]:
            at = parts & (out["stage"] == out.at[i, "stage"])
            if int(hidden["count"][at].sum()) == 1:
                hidden["count"][i] = True
        chain(ordered[ALL_PLATFORMS], count, hidden["count"])
    for rows in ordered.values():
        counted = count[rows].notna().to_numpy()
        if counted.any():  # base = the stage before's count (the first: its own)
            before = [rows[0], *rows[:-1]]
            hidden["base"][rows] = (
                hidden["count"][before].to_numpy() & base[rows].notna().to_numpy()
            )
        else:  # a model platform: its bases are its own counts
            chain(rows, base, hidden["base"])
    blanked: dict[int, list[str]] = {i: [] for i in out.index}
    for column in ("count", "base"):
        out[column] = pd.array(out[column], dtype="Int64").copy()
        out.loc[hidden[column], column] = pd.NA
        for i in out.index[hidden[column]]:
            blanked[i].append(column)
    for rows in ordered.values():
        counted = bool(count[rows].notna().any())
        step_hidden = False  # a model platform's overall rate multiplies every step so far
        for i in rows:
            step_hidden |= bool(hidden["base"][i] or hidden["count"][i])
            # a counted platform's overall rate is its count over the first stage's
            overall_hidden = bool(hidden["count"][rows[0]]) if counted else step_hidden
            for column, (own, other) in _FUNNEL_RATES.items():
                if column not in out.columns:
                    continue
                gone = hidden[own][i] or (hidden["base"][i] if other == "base" else overall_hidden)
                if gone and pd.notna(out.at[i, column]):
                    out.at[i, column] = float("nan")
                    blanked[i].append(column)
    notes = []
    for i in out.index:
        note = str(out.at[i, "note"]) if pd.notna(out.at[i, "note"]) else ""
        if blanked[i]:
            what = (
                "blanked (anonymised: fewer than {k} people, or what would give such a count back)"
            )
            note = "; ".join(part for part in (note, what.format(k=k)) if part)
        notes.append(note)
    out["note"] = notes
    out["suppressed"] = [bool(blanked[i]) for i in out.index]
    return out


def sensitive_strings(net: Network) -> set[str]:
    """Every personal string in the network that must not appear in anonymised output:
    names, handles, profile URLs, e-mails, non-numeric contact keys, owners.

    Strings shorter than four characters and short numbers are left out: they would match
    unrelated text (a number in a chart, a CSS class). Names of two or three letters of a
    script written without spaces (Chinese, Japanese, Korean, Thai …) stay: most such names
    are that short, and no page holds such letters of its own. So do the account owners'
    own names and handles of two or three characters ("Bob", "bla") and the owners' labels
    (:func:`owner_labels`): the tool writes them into its messages itself, and
    :func:`find_leaks` searches a short one as written, as a whole word.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> sensitive_strings(Network.empty())
    set()
    """
    values: list[object] = []
    for frame, columns in (
        (net.contacts, ("name", "handle", "profile_url", "email", "contact_key")),
        (
            net.interactions,
            (
                "name",
                "contact_key",
                "thread_key",
                *(c for c in TITLE_COLUMNS if c in net.interactions),
            ),
        ),
        (net.requests, ("name", "contact_key")),
        (net.people, ("name",)),
        (net.snapshots, ("owner",)),
    ):
        for column in columns:
            values.extend(frame[column].dropna().tolist())
    for export in net.exports:
        for detail in export.owner_details.values():
            if isinstance(detail, str):
                values.append(detail)
            elif isinstance(detail, list | tuple | set):  # previous names, profile URLs
                values.extend(str(v) for v in detail if isinstance(v, str))
    found = set(owner_labels(net))
    owners = _owner_names(net)
    for value in values:
        text = str(value).strip()
        short = len(text) < _MIN_LEAK_LENGTH and not _dense_name(text)
        # an owner's own short name or handle ("Bob", "bla") is kept: the tool writes it
        # into messages itself; searched case-sensitively as a whole word (see find_leaks)
        if (short and not (text in owners and len(text) >= 2)) or (
            text.isdigit() and len(text) < 8
        ):
            continue
        found.add(text)
        # URLs appear with and without the scheme
        bare = re.sub(r"^https?://(www\.)?", "", text)
        if bare != text and len(bare) >= _MIN_LEAK_LENGTH:
            found.add(bare)
    return found


#: the owner_details that name the account's owner (a short one is still searched)
_OWNER_NAME_DETAILS = (
    "name",
    "full_name",
    "display_name",
    "username",
    "screen_name",
    "acct",
    "inferred_name",
    "previous_names",
)


def _owner_names(net: Network) -> set[str]:
    """The owners' own names, handles and keys, as the exports give them (``"Bob"``,
    ``"bla"``, ``"@bla"``): the tool composes them into messages (``network.owner_label``)
    whatever their length."""
    names: set[str] = {str(o).strip() for o in net.snapshots["owner"].dropna()}
    for export in net.exports:
        if export.owner:
            names.add(export.owner.strip())
        for key in _OWNER_NAME_DETAILS:
            detail = export.owner_details.get(key)
            items = [detail] if isinstance(detail, str) else detail
            if not isinstance(items, list | tuple | set):
                continue
            for item in items:
                if isinstance(item, str) and item.strip():
                    names.add(item.strip())
                    if key in ("username", "screen_name", "acct"):
                        names.add("@" + item.strip().lstrip("@"))
    return {name for name in names if name}


def owner_labels(net: Network) -> dict[str, str]:
    """Each export owner's label as the tool writes it into a message
    (``network.owner_label``: "Bob", "@bla", "Alice Synthetic (@alice_synthetic)") and what
    stands in its place when anonymised: "owner 1", "owner 2" … numbered per platform in
    the order of the exports. Replaced whatever their length (review10 R18: a three-letter
    owner name escaped the four-character rule of :func:`sensitive_strings`).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> owner_labels(Network.empty())
    {}
    """
    from power1000_analysis.network import owner_label

    labels: dict[str, str] = {}
    numbers: dict[str, dict[str, int]] = {}
    for export in net.exports:
        if not export.owner:
            continue
        owners = numbers.setdefault(export.platform, {})
        number = owners.setdefault(export.owner, len(owners) + 1)
        label = owner_label(export)
        if label and label.strip():
            labels.setdefault(label.strip(), f"owner {number}")
    return labels


class _Redactor:
    """Replace any of many strings in a short text (problem messages): ``labels`` (the
    owners' labels, :func:`owner_labels`) by their stand-in, the other strings by
    "[redacted]". Strings of four characters or more match in any case; shorter ones and
    labels only as written (a short owner name "Al" must not take "al" out of every word).
    All match as whole words only, longest first."""

    def __init__(self, strings: Iterable[str], labels: dict[str, str] | None = None) -> None:
        self.labels = dict(labels or {})
        ordered = sorted(set(strings) | set(self.labels), key=len, reverse=True)

        def alternative(s: str) -> str:
            exact = s in self.labels or (len(s) < _MIN_LEAK_LENGTH and not _dense_name(s))
            return re.escape(s) if exact else f"(?i:{re.escape(s)})"

        self.pattern = re.compile("|".join(alternative(s) for s in ordered)) if ordered else None

    def __call__(self, text: str) -> str:
        if self.pattern is None:
            return text

        def redact(match: re.Match[str]) -> str:
            # a name inside an ordinary word ("Insta" in "instagram") is no name: as find_leaks
            found = match.group(0)
            if _inside_word(text, match.start(), len(found), found):
                return found
            return self.labels.get(found, "[redacted]")

        return self.pattern.sub(redact, text)


@dataclass(frozen=True)
class Leak:
    """One personal string found in one output file."""

    path: Path
    value: str

    def __str__(self) -> str:
        return f"{self.path}: {len(self.value)}-character personal string"


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
#: files we ship unchanged (plotly.js); they hold no user data and are large.
VENDOR_FILES = ("plotly.min.js",)


#: no-break spaces (``&nbsp;`` in a table cell) read as the space between a name's words
_SPACES = {0xA0: " ", 0x2007: " ", 0x202F: " "}


def _normalise(text: str, *, fold: bool = True) -> str:
    """Undo the encodings a string gets in HTML, JSON and URLs so one search finds all forms
    (and fold its case, unless ``fold`` is false)."""
    text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    text = text.replace("\\/", "/")
    text = html.unescape(html.unescape(text))
    text = urllib.parse.unquote(text, errors="replace").translate(_SPACES)
    return text.casefold() if fold else text


def _inside_number(text: str, start: int, length: int, needle: str) -> bool:
    """Whether an all-digit ``needle`` found at ``start`` is only part of a longer number (a
    chart coordinate such as 0.4700128194 holds the digits of an account id 700128194, and
    is not that id): ids are matched as whole numbers only."""
    if not needle.isdigit():
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[start + length] if start + length < len(text) else ""
    return before.isdigit() or after.isdigit()


#: one character of base64 as it stands in a page: plotly's JSON writes "/" as \u002f (or
#: \/ elsewhere), which ``_normalise`` turns back into "/"
_B64_CHAR = r"(?:[A-Za-z0-9+/]|\\u002[fF]|\\/)"
#: encoded data in a rendered page, found on its raw text: the payload of a base64 data URI
#: (embedded icons, fonts, images) and of a plotly typed array ("bdata":"…")
_ENCODED = re.compile(rf'(?:;base64,|"bdata":\s*")({_B64_CHAR}+=*)')


def _encoded_spans(raw: str, text: str, *, fold: bool = True) -> list[tuple[int, int]]:
    """Where the encoded-data payloads of ``raw`` lie in ``text`` (``_normalise(raw, fold)``).

    Normalising only changes a payload's escapes of "/" and its case, so each payload is
    found again, in order, as its normalised form; one not found is not exempt."""
    spans: list[tuple[int, int]] = []
    at = 0
    for match in _ENCODED.finditer(raw):
        payload = match.group(1).replace("\\/", "/")
        payload = re.sub(r"\\u002[fF]", "/", payload)
        payload = payload.casefold() if fold else payload
        start = text.find(payload, at)
        if start >= 0:
            spans.append((start, start + len(payload)))
            at = start + len(payload)
    return spans


def _inside_encoded(spans: list[tuple[int, int]], start: int, length: int) -> bool:
    """Whether the match at ``start`` lies strictly inside one encoded payload.

    A short name such as a four-letter handle turns up by chance in the base64 of an
    embedded icon or a plotly ``bdata`` array (case-insensitively, about once per ~10⁶
    positions per name), which is no leak: the data does not hold the name. Only the
    payloads themselves are exempt, not any long run of letters and digits (a path, a URL,
    names run together in a group-thread title are text), and a match touching a payload's
    first or last character is still a leak: it may be text glued onto the data."""
    end = start + length
    return any(left < start and end < right for left, right in spans)


#: a run of letters and digits at least this long is no ordinary word but text run
#: together (names glued in a group-thread title, a handle glued onto data): a personal
#: string inside it is a leak. Inside a shorter word ("Insta" in "instagram") it is not.
_LONG_RUN = 20
#: scripts written without spaces between words (and Korean, which glues particles onto
#: names): a name inside a run of these letters is still that name
_NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR")


def _dense_char(char: str) -> bool:
    """A letter of a script written without spaces (:data:`_NO_SPACE_SCRIPTS`)."""
    return unicodedata.name(char, "").startswith(_NO_SPACE_SCRIPTS)


def _dense_name(text: str) -> bool:
    """A name of two or more letters of a script without spaces ("王芳", "김민"): most
    Chinese, Japanese and Korean names are two or three characters, too short for the
    four-character rule, and no page the project writes holds such letters of its own."""
    return len(text) >= 2 and all(_dense_char(c) for c in text)


def _word_char(char: str) -> bool:
    """Whether ``char`` continues a word: a letter, digit or combining mark, except the
    letters of scripts without spaces, where every character is a boundary."""
    if not (char.isalnum() or unicodedata.category(char).startswith("M")):
        return False
    return not _dense_char(char)


def _inside_word(text: str, start: int, length: int, needle: str) -> bool:
    """Whether the match of ``needle`` at ``start`` is only part of an ordinary word of
    ``text`` ("insta" in "instagram", "test" in "attests"): not a leak.

    Boundaries are checked only at an end where the needle itself has a word character (a
    needle ending in "@" or "/" may run on), and a word of :data:`_LONG_RUN` or more
    characters is no ordinary word: a name inside it is a leak. All-digit needles are
    handled by :func:`_inside_number` instead."""
    end = start + length
    before = start > 0 and _word_char(needle[0]) and _word_char(text[start - 1])
    after = end < len(text) and _word_char(needle[-1]) and _word_char(text[end])
    if not (before or after):
        return False
    left, right = start, end
    while left > 0 and _word_char(text[left - 1]) and end - left < _LONG_RUN:
        left -= 1
    while right < len(text) and _word_char(text[right]) and right - left < _LONG_RUN:
        right += 1
    return right - left < _LONG_RUN


#: HTML blocks (<style>, <script>) as the report's nbconvert template ("lab") writes them
#: into every page, whoever's data it shows: vendor text, like plotly.min.js
_BLOCK = re.compile(r"<(style|script)\b[^>]*>(.*?)</\1>", re.DOTALL | re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def template_blocks() -> frozenset[str]:
    """The contents of every <style> and <script> block nbconvert's "lab" template puts
    into a page, found by rendering an empty notebook (once per process, ~1 s): Jupyter's
    CSS (whose comments say "username", "cursor" …) is the same for every user and holds
    no personal data. Only a block whose text is *exactly* one of these is skipped by
    :func:`find_leaks`; a block that differs by one character is scanned."""
    try:
        import nbformat
        from nbconvert import HTMLExporter
    except ImportError:  # pragma: no cover - nbconvert is a dependency
        return frozenset()
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nbformat.v4.new_notebook())
    return frozenset(block for _, block in _BLOCK.findall(body) if len(block.strip()) > 0)


def _without_template(raw: str) -> str:
    """``raw`` with the template's own <style>/<script> blocks emptied."""
    if "<style" not in raw and "<script" not in raw:
        return raw
    known = template_blocks()

    def empty(match: re.Match[str]) -> str:
        return match.group(0) if match.group(2) not in known else ""

    return _BLOCK.sub(empty, raw)


def _page_text_paths() -> list[Path]:
    base = Path(__file__).resolve().parent
    folder = base.parent / "notebooks" if (base.parent / "notebooks").is_dir() else base
    return sorted(folder.glob("[0-9][0-9]_*.ipynb")) + sorted(folder.glob("notebooks/*.ipynb"))


@functools.lru_cache(maxsize=1)
def page_words() -> frozenset[str]:
    """Every word (four letters or more, casefolded) of the report's own page text: the
    notebooks' markdown and code, which every user's report prints alike ("test",
    "active", "instagram", "Kaplan" of Kaplan–Meier …)."""
    words: set[str] = set()
    for path in _page_text_paths():
        text = path.read_text(encoding="utf-8", errors="replace")
        words.update(w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text))
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def short_page_words() -> frozenset[str]:
    """Every word of two or three letters of the report's own page text, as written and
    capitalised ("of", "Of", "Cox"), and the month and weekday abbreviations a chart's axis
    prints ("May", "Jun"): a short owner name that is one of them ("May") is not searched
    by :func:`find_leaks`, which could not tell it from the page's own word."""
    words: set[str] = set(calendar.month_abbr[1:]) | set(calendar.day_abbr)
    for path in _page_text_paths():
        text = path.read_text(encoding="utf-8", errors="replace")
        for word in re.findall(r"(?<![^\W\d_])[^\W\d_]{2,3}(?![^\W\d_])", text):
            words.update((word, word.capitalize(), word.upper()))
    return frozenset(words)


def _short(text: str) -> bool:
    """A string under the four-character rule, searched as written (not a dense name)."""
    return len(text) < _MIN_LEAK_LENGTH and not _dense_name(text)


def common_words(strings: Iterable[str], words: Iterable[str] | None = None) -> set[str]:
    """The personal strings that are single words of the page language (:func:`page_words`).

    A contact whose handle or only name is "test", "info" or "Rose" cannot be told apart
    from the page's own "your data can test …": searching for it fails every report, and
    finding it proves nothing. Such a word identifies nobody by itself, and it is still
    replaced wherever :func:`pseudonymize` puts it (pseudonymising works on the frames, not
    on this scan), so :func:`find_leaks` skips it (README, "--anonymize", says so).
    Names of two words or more, handles with digits or dots, e-mails and URLs are always
    searched."""
    if words is None:
        vocabulary, short = page_words(), short_page_words()
        return {s for s in strings if (s in short if _short(s) else s.casefold() in vocabulary)}
    vocabulary = frozenset(w.casefold() for w in words)
    return {s for s in strings if s.casefold() in vocabulary}


def find_leaks(
    folder: str | os.PathLike[str],
    strings: Iterable[str],
    *,
    skip_words: Iterable[str] | None = None,
) -> list[Leak]:
    """Every (file, string) where a personal string appears in the files under ``folder``.

    Searches every file (HTML, SVG, JSON, PNG metadata …) after undoing HTML entities,
    JSON ``\\uXXXX`` escapes and URL ``%XX`` escapes, case-insensitively, as a whole word:
    a string inside an ordinary longer word ("Insta" in "instagram") is no leak, but one
    next to punctuation, inside a URL or e-mail, in a run of 20+ letters (text run
    together) or among letters of a script without spaces (Chinese, Japanese, Thai,
    Korean) is. One pass per file: candidates are looked up by their first four
    characters, so thousands of names cost one scan. Not leaks either: ids inside a longer
    number; names strictly inside the payload of a base64 data URI or of a plotly
    ``"bdata"`` array (encoded data, found on the raw text); the <style>/<script> blocks
    nbconvert's template writes identically into every page (:func:`template_blocks`).
    Strings that are single words of the page text (:func:`common_words`; pass
    ``skip_words=()`` to search them too, or your own list) are not searched. Strings of
    two or three characters (an owner's "Bob" from :func:`sensitive_strings`) are searched
    as written, as whole words, but for those of scripts without spaces (any case, also
    inside a run of their letters).

    Example
    -------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.html").write_text("<td>Ann &amp; B&#246;b</td> on instagram")
    >>> [leak.value for leak in find_leaks(folder, ["Ann & Böb", "Someone", "Insta"])]
    ['Ann & Böb']
    """
    strings = set(strings)
    skipped = common_words(strings, skip_words)
    by_prefix: dict[str, list[tuple[str, str]]] = {}
    # short names of scripts without spaces, by their first two letters
    short: dict[str, list[tuple[str, str]]] = {}
    # other short strings (an owner's "Bob", sensitive_strings): as written, whole words
    exact: list[str] = []
    for original in strings - skipped:
        needle = original.casefold()
        if len(needle) >= _MIN_LEAK_LENGTH:
            by_prefix.setdefault(needle[:_MIN_LEAK_LENGTH], []).append((needle, original))
        elif _dense_name(needle):
            short.setdefault(needle[:2], []).append((needle, original))
        elif len(original) >= 2 and not original.isdigit():
            exact.append(original)
    leaks: list[Leak] = []
    if not by_prefix and not short and not exact:
        return leaks
    as_written = (
        re.compile("|".join(re.escape(e) for e in sorted(exact, key=len, reverse=True)))
        if exact
        else None
    )
    for path in sorted(Path(folder).rglob("*")):
        if not path.is_file() or path.name in VENDOR_FILES:
            continue
        raw = path.read_bytes().decode("utf-8", errors="replace")
        if path.suffix.lower() in (".html", ".htm"):
            raw = _without_template(raw)
        text = _normalise(raw)
        encoded = _encoded_spans(raw, text)
        found: dict[str, None] = {}
        for start in range(len(text) - _MIN_LEAK_LENGTH + 1):
            candidates = by_prefix.get(text[start : start + _MIN_LEAK_LENGTH])
            if candidates:
                for needle, original in candidates:
                    if (
                        text.startswith(needle, start)
                        and not _inside_number(text, start, len(needle), needle)
                        and not _inside_encoded(encoded, start, len(needle))
                        and (needle.isdigit() or not _inside_word(text, start, len(needle), needle))
                    ):
                        found[original] = None
        if short:
            for start in range(len(text) - 1):
                for needle, original in short.get(text[start : start + 2], ()):
                    if text.startswith(needle, start) and not _inside_encoded(
                        encoded, start, len(needle)
                    ):
                        found[original] = None
        if as_written is not None:
            plain = _normalise(raw, fold=False)
            spans = _encoded_spans(raw, plain, fold=False)
            for match in as_written.finditer(plain):
                value, start = match.group(0), match.start()
                if not _inside_word(plain, start, len(value), value) and not _inside_encoded(
                    spans, start, len(value)
                ):
                    found[value] = None
        leaks.extend(Leak(path, value) for value in found)
    return leaks


def leak_summary(leaks: list[Leak], *, limit: int = 5) -> str:
    """A message naming the files (never the strings: the message may be shared too)."""
    counts: dict[Path, int] = {}
    for leak in leaks:
        counts[leak.path] = counts.get(leak.path, 0) + 1
    shown = ", ".join(f"{path} ({n})" for path, n in list(counts.items())[:limit])
    more = f" and {len(counts) - limit} more files" if len(counts) > limit else ""
    return f"{len(leaks)} personal strings found in the anonymised output: {shown}{more}"
