"""Loader for the X (Twitter) archive: "Settings → Download an archive of your data".

Three layouts are read (see ``../shared/formats/linkedin-x-mastodon-bluesky-contacts.md`` §2):

- **Grailbird (until mid-2018)**: ``index.html``, ``tweets.csv`` and ``data/js/``:
  ``tweet_index.js`` (``var tweet_index = [{file_name, year, month, …}]``),
  ``user_details.js`` (the owner), ``payload_details.js`` (the archive's date) and one
  ``data/js/tweets/YYYY_MM.js`` per month (``Grailbird.data.tweets_YYYY_MM = [tweets]``).
  Tweets only: no follower/following lists, no DMs, no likes, so it gives interactions
  (replies, mentions, retweets) and no contacts. ``created_at`` is
  ``2013-01-31 22:39:38 +0000`` there; a retweet carries ``retweeted_status.user``;
- **Grailbird ``tweets.csv`` alone** (its ``data/js/`` left out): the same tweets as rows
  (``tweet_id, in_reply_to_status_id, in_reply_to_user_id, timestamp, source, text,
  retweeted_status_id, retweeted_status_user_id, retweeted_status_timestamp,
  expanded_urls``, formats notes §2.1). Replies and retweets name the account by id and
  are read; ``@mentions`` are in the text only, by handle, so they are counted as a
  problem, not read (contacts are keyed by account id). No owner, no export date;
- **2019 root layout**: the ``*.js`` data files sit at the archive root;
- **2020+ data/ layout**: ``Your archive.html``, ``assets/`` and ``data/*.js`` (+ ``manifest.js``).

A big archive comes as several zips; later zips may hold only ``<type>-partN.js`` files.
``part_groups`` joins the parts given together (by manifest.js), and a part read alone says
that its owner is unknown.

Every data file is JavaScript: ``window.YTD.<type>.partN = <JSON>``. What becomes a frame:

- contacts: ``follower.js`` / ``following.js`` account ids (``follower``, ``following``, both
  = ``mutual``); the archive gives no names there, so handles and names are filled from
  wherever else the archive reveals them (tweets' ``user_mentions`` and reply targets);
- interactions: replies (``reply``/out to the replied-to account), ``user_mentions``
  (``mention``/out), retweets (``reaction``/out to the original tweet's author: re-sharing
  someone's tweet is a reaction to content they created, so it is evidence that they are
  alive; the author is the ``user_mentions`` entry right after ``RT @``, the other mentions
  of a retweet are the original author's, not the owner's), direct messages 1:1 and group
  (``message`` in/out);
- owner: ``account.js``. ``like.js`` names no author, so likes are not interactions;
- posts: the owner's own tweets (not retweets) with ``favorite_count`` → ``likes`` and
  ``retweet_count`` → ``reposts`` (strings in the archive, a snapshot at export time).

Example
-------
>>> parse_ytd('window.YTD.follower.part0 = [{"follower": {"accountId": "42"}}]')
[{'follower': {'accountId': '42'}}]
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import (
    POST_COLUMNS,
    Detection,
    LoadedExport,
    ProblemLog,
    empty_posts,
)
from power1000_analysis.loaders._text import (
    date_order,
    decode_text,
    read_csv_rows,
    row_numbers,
    to_utc,
)

__all__ = ["GENERATIONS", "PLATFORM", "detect", "parse_ytd", "part_groups", "read"]

PLATFORM = "x"
GEN_ROOT = "2019 root layout (window.YTD *.js files at the archive root)"
GEN_DATA = "2020+ data/ layout (Your archive.html, data/*.js; tweet.js until 2022, then tweets.js)"
GEN_GRAILBIRD = "Grailbird layout until 2018 (data/js/tweet_index.js, data/js/tweets/YYYY_MM.js)"
GEN_GRAILBIRD_CSV = "Grailbird tweets.csv alone, until 2018 (no data/js/ folder)"
GENERATIONS: tuple[str, ...] = (GEN_GRAILBIRD, GEN_GRAILBIRD_CSV, GEN_ROOT, GEN_DATA)
#: the first columns of a Grailbird tweets.csv header (quoted or not)
_GRAILBIRD_CSV_HEAD = (b"tweet_id,in_reply_to_status_id", b'"tweet_id","in_reply_to_status_id"')
_MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
_GRAILBIRD_INDEX = "data/js/tweet_index.js"
_GRAILBIRD_TIME = "%Y-%m-%d %H:%M:%S %z"  # created_at in Grailbird's tweet files
_API_TIME = "%a %b %d %H:%M:%S %z %Y"  # created_at in tweet.js / tweets.js
# Grailbird's viewer: these files hold nothing for the network
_GRAILBIRD_VIEWER = ("index.html", "README.txt", "tweets.csv", "css/", "img/", "js/", "lib/")

# Files whose presence (with the window.YTD prefix) marks a folder as an X archive.
_ANCHORS = frozenset(
    {
        "account.js",
        "follower.js",
        "following.js",
        "tweet.js",
        "tweets.js",
        "like.js",
        "direct-messages.js",
        "manifest.js",
    }
)
# "tweets-part1.js" → ("tweets", 1); "tweets.js" → ("tweets", 0).
_PART_FILE = re.compile(r"^(?P<type>[a-z0-9][a-z0-9-]*?)(?:-part(?P<part>\d+))?\.js$")
# Epoch-ms DM timestamps: seen in one third-party fixture, never in a real archive [I].
_DIGITS = re.compile(r"^\d{10,}$")
# X was founded in 2006; HPI saw tweets dated 1997/2003 in a 2025 archive.
_FIRST_TWEET_YEAR = 2006

#: data types read for frames; every other ``window.YTD`` file is a known, unused X file.
_TWEET_TYPES = ("tweets", "tweet")
_DM_TYPES = ("direct-messages", "direct-messages-group")
_DM_HEADER_TYPES = ("direct-message-headers", "direct-message-group-headers")


def detect(archive: Archive) -> list[Detection]:
    """Folders holding X data files, recognised by the ``window.YTD.`` prefix (not by name).

    Example
    -------
    >>> from power1000_analysis.loaders._archive import ZipArchive
    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as zf:
    ...     zf.writestr("data/follower.js", "window.YTD.follower.part0 = []")
    >>> [d.generation == GEN_DATA for d in detect(ZipArchive(buffer))]
    [True]
    """
    found: dict[str, list[str]] = {}
    later_parts: dict[str, list[str]] = {}
    detections = []
    members = set(archive.names())
    for name in archive.names():
        folder, _, base = name.rpartition("/")  # not a PurePosixPath per member
        if (
            base == "tweets.csv"
            and (f"{folder}/" if folder else "") + _GRAILBIRD_INDEX not in members
            and _has_prefix(archive, name, _GRAILBIRD_CSV_HEAD)
        ):
            detections.append(
                Detection(
                    platform=PLATFORM,
                    generation=GEN_GRAILBIRD_CSV,
                    root=folder,
                    confidence=60,
                    evidence=f"Grailbird tweets.csv header in {name}, no {_GRAILBIRD_INDEX}",
                    # the file alone: it does not compete for its folder with the export
                    # it may sit beside (a LinkedIn folder), which ``detect`` would drop
                    files=(base,),
                )
            )
            continue
        if name.endswith(_GRAILBIRD_INDEX) and _has_prefix(archive, name, (b"var tweet_index",)):
            root = name[: -len(_GRAILBIRD_INDEX)].rstrip("/")
            detections.append(
                Detection(
                    platform=PLATFORM,
                    generation=GEN_GRAILBIRD,
                    root=root,
                    confidence=90,
                    evidence=f"Grailbird tweet index {name}",
                )
            )
            continue
        if base in _ANCHORS:
            if _has_ytd_prefix(archive, name):
                found.setdefault(folder, []).append(base)
        elif _is_later_part(base) and _has_ytd_prefix(archive, name):
            later_parts.setdefault(folder, []).append(base)
    for folder, names in later_parts.items():
        # A zip of a multi-part archive can hold only "<type>-partN.js" files: no account.js,
        # no manifest.js. It is an X export of its own here; ``part_groups`` joins it to the
        # part whose manifest lists its files when the user gives both.
        found.setdefault(folder, names)
    for folder, anchors in found.items():
        parent = str(PurePosixPath(folder).parent)
        if PurePosixPath(folder).name == "data":
            root, generation = ("" if parent == "." else parent), GEN_DATA
        else:
            root, generation = folder, GEN_ROOT
        detections.append(
            Detection(
                platform=PLATFORM,
                generation=generation,
                root=root,
                confidence=90,
                evidence=f"window.YTD data files in {folder or '.'}/: {', '.join(sorted(anchors))}",
            )
        )
    return detections


def _is_later_part(file_name: str) -> bool:
    match = _PART_FILE.match(file_name)
    return bool(match and match["part"] and int(match["part"]) >= 1)


@dataclass(frozen=True)
class _PartInfo:
    """What one X export says about the multi-part archive it may belong to."""

    identity: str | None  # "<accountId>@<generationDate>" from manifest.js
    listed: frozenset[str]  # the data files its manifest.js lists
    files: frozenset[str]  # the data files it holds
    has_main: bool  # holds account.js or manifest.js (a part of its own)
    label: str


def _part_info(archive: Archive, detection: Detection) -> _PartInfo:
    data_dir = "data/" if detection.generation == GEN_DATA else ""
    files = frozenset(
        name
        for name in (detection.files or archive.names())
        if name.startswith(data_dir)
        and "/" not in name[len(data_dir) :]
        and _PART_FILE.match(name[len(data_dir) :])
    )
    identity, listed = None, frozenset[str]()
    manifest_name = f"{data_dir}manifest.js"
    if manifest_name in files:
        try:
            manifest = parse_ytd(decode_text(archive.read_bytes(manifest_name)))
        except (ValueError, OSError):
            manifest = None
        if isinstance(manifest, dict):
            account = (manifest.get("userInfo") or {}).get("accountId")
            generated = (manifest.get("archiveInfo") or {}).get("generationDate")
            if account and generated:
                identity = f"{account}@{generated}"
            listed = frozenset(_manifest_listing(manifest))
    has_main = manifest_name in files or f"{data_dir}account.js" in files
    return _PartInfo(identity, listed, files, has_main, archive.label)


def _manifest_listing(manifest: dict[str, Any]) -> list[str]:
    """The data file names manifest.js lists (``dataTypes.<type>.files[].fileName``)."""
    return [
        str(entry.get("fileName") or "").lstrip("./")
        for info in (manifest.get("dataTypes") or {}).values()
        for entry in (info or {}).get("files") or []
        if isinstance(entry, dict)
    ]


def part_groups(exports: Sequence[tuple[Archive, Detection]]) -> list[list[int]]:
    """Which of these X exports are parts of one archive: lists of indices, each export in
    exactly one list.

    X splits a big archive into several zips (``archiveInfo.maxPartSizeBytes`` in
    manifest.js); later parts may hold only ``<type>-partN.js`` files. Parts are joined when

    - their manifest.js files name the same account and generation date, or
    - a part without account.js and manifest.js holds files that exactly one part's
      manifest.js lists; when several do (two snapshots of the same account), the one whose
      file name shares the longest prefix with this part's is chosen, and a tie leaves the
      part on its own (``read`` then says that it has no owner).

    >>> part_groups([])
    []
    """
    infos = [_part_info(archive, detection) for archive, detection in exports]
    parent = list(range(len(infos)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, info in enumerate(infos):
        if info.identity is not None:
            parent[root(i)] = root(first_with.setdefault(info.identity, i))
    for i, info in enumerate(infos):
        if info.has_main:
            continue
        candidates = [j for j, main in enumerate(infos) if main.listed & info.files]
        if len(candidates) > 1:
            name = _file_name(info.label)
            # characters in common at the start of the file names (not path components)
            shared = [
                len(os.path.commonprefix([name, _file_name(infos[j].label)]))  # noqa: RUF071
                for j in candidates
            ]
            best = max(shared)
            candidates = [j for j, n in zip(candidates, shared, strict=True) if n == best]
        if len(candidates) == 1:
            parent[root(i)] = root(candidates[0])
    groups: dict[int, list[int]] = {}
    for i in range(len(infos)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _file_name(label: str) -> str:
    return PurePosixPath(label.split("::")[0].replace("\\", "/")).name


def _has_ytd_prefix(archive: Archive, name: str) -> bool:
    return _has_prefix(archive, name, (b"window.YTD.", b"window.__THAR_CONFIG"))


def _has_prefix(archive: Archive, name: str, prefixes: tuple[bytes, ...]) -> bool:
    try:
        with archive.open(name) as stream:
            head = stream.read(64)
    except (OSError, ValueError):
        return False
    return head.lstrip(b"\xef\xbb\xbf").lstrip().startswith(prefixes)


def parse_ytd(text: str) -> Any:
    """The JSON value of one X data file (Grailbird's ``Grailbird.data.tweets_YYYY_MM =`` and
    ``var user_details =`` files too).

    The ``window.YTD.<type>.partN =`` prefix is cut at the first ``=`` by position: a tweet's
    text may itself contain ``window.YTD.x.part0 =``, which a regex over the whole file
    could match. ``manifest.js`` (``window.__THAR_CONFIG = {…}``) is an object, not a list,
    so cutting at the first ``[`` would not do. Some writers end with ``;`` [D].

    Raises ``ValueError`` when the prefix is missing or the JSON is broken.
    """
    text = text.lstrip("\ufeff")
    cut = text.find("=")
    if cut < 0 or not text[:cut].strip().startswith(("window.", "Grailbird.data.", "var ")):
        raise ValueError("no 'window.YTD.<type>.partN =' prefix")
    body = text[cut + 1 :].strip()
    if body.endswith(";"):
        body = body[:-1]
    return json.loads(body)


def _records(value: Any, key: str) -> list[dict[str, Any]]:
    """Unwrap ``[{"<key>": {...}}, …]``; the earliest GDPR-era archives lack the wrapper [C]."""
    if not isinstance(value, list):
        raise ValueError(f"expected a list of records, got {type(value).__name__}")
    records = []
    for item in value:
        if not isinstance(item, dict):
            continue
        inner = item.get(key) if len(item) == 1 else None
        records.append(inner if isinstance(inner, dict) else item)
    return records


@dataclass
class _People:
    """What the archive says about accounts other than the owner: id → handle / name."""

    handles: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def learn(self, account_id: object, handle: object = None, name: object = None) -> None:
        key = _id(account_id)
        if key is None:
            return
        if isinstance(handle, str) and handle.strip():
            self.handles[key] = handle.strip().lstrip("@")
        if isinstance(name, str) and name.strip():
            self.names[key] = name.strip()


def _id(value: object) -> str | None:
    """Account ids are strings of digits; ``-1`` marks a deleted account in user_mentions."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text or text == "-1" or not text.isdigit():
        return None
    return text


class _Reader:
    """State of reading one archive: the files, the problems, what was read."""

    def __init__(self, archive: Archive, detection: Detection) -> None:
        self.archive = archive
        self.data_dir = "data/" if detection.generation == GEN_DATA else ""
        self.log = ProblemLog()
        self.files_read: set[str] = set()
        self.exported_at: pd.Timestamp | None = None
        self.parts = self._find_parts()

    def _find_parts(self) -> dict[str, list[str]]:
        """type → its files, part0 first. ``-partN`` files are found by name; manifest.js
        (2020+) may list more, which are added, and names it lists but the archive lacks
        become problems."""
        parts: dict[str, list[tuple[int, str]]] = {}
        for name in self.archive.names():
            if not name.startswith(self.data_dir) or "/" in name[len(self.data_dir) :]:
                continue
            match = _PART_FILE.match(name[len(self.data_dir) :])
            if match:
                number = int(match["part"] or 0)
                parts.setdefault(match["type"], []).append((number, name))
        for type_name, file_name in self._manifest_files():
            known = {n for _, n in parts.get(type_name, [])}
            if file_name in known:
                continue
            if file_name in self.archive:
                match = _PART_FILE.match(PurePosixPath(file_name).name)
                number = int(match["part"] or 0) if match else len(known)
                parts.setdefault(type_name, []).append((number, file_name))
            else:
                self.log.add(
                    file_name,
                    f"manifest.js lists {file_name} for '{type_name}' but the archive lacks it",
                    n_skipped=1,
                )
        return {t: [n for _, n in sorted(files)] for t, files in parts.items()}

    def _manifest_files(self) -> list[tuple[str, str]]:
        name = f"{self.data_dir}manifest.js"
        if name not in self.archive:
            return []
        manifest = self.load(name)
        if not isinstance(manifest, dict):
            return []
        self.exported_at = to_utc([(manifest.get("archiveInfo") or {}).get("generationDate")]).iloc[
            0
        ]
        listed = []
        for file_name in _manifest_listing(manifest):
            match = _PART_FILE.match(PurePosixPath(file_name).name)
            if match:
                listed.append((match["type"], file_name))
        return listed

    def load(self, name: str) -> Any:
        """The parsed JSON of one file, or None (with a problems row) when it is broken."""
        self.files_read.add(name)
        try:
            return parse_ytd(decode_text(self.archive.read_bytes(name)))
        except (ValueError, OSError) as error:
            self.log.add(
                name, f"not a readable X data file: {error}", severity="error", n_skipped=1
            )
            return None

    def records(self, type_name: str, key: str) -> list[dict[str, Any]]:
        """All records of one data type, part files joined in part order."""
        rows: list[dict[str, Any]] = []
        for name in self.parts.get(type_name, []):
            value = self.load(name)
            if value is None:
                continue
            try:
                rows.extend(_records(value, key))
            except ValueError as error:
                self.log.add(name, str(error), severity="error", n_skipped=1)
        return rows

    def recognise_rest(self) -> None:
        """Every other ``window.YTD`` file is a known X data type with nothing for the network
        (app.js, saved-search.js, ad-*.js …); the viewer's assets belong to the 2020+ layout."""
        for files in self.parts.values():
            for name in files:
                if name not in self.files_read and _has_ytd_prefix(self.archive, name):
                    self.files_read.add(name)
        for name in self.archive.names():
            viewer = name == "Your archive.html" or name.startswith("assets/")
            if (self.data_dir and viewer) or name == f"{self.data_dir}README.txt":
                self.files_read.add(name)


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one X archive into canonical frames.

    Example
    -------
    >>> from power1000_analysis.loaders._archive import ZipArchive
    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as zf:
    ...     zf.writestr("follower.js", 'window.YTD.follower.part0 = [{"follower": {"accountId": "7"}}]')
    ...     zf.writestr("following.js", 'window.YTD.following.part0 = [{"following": {"accountId": "7"}}]')
    >>> archive = ZipArchive(buffer)
    >>> read(archive, detect(archive)[0]).contacts[["contact_key", "relation"]].values.tolist()
    [['7', 'mutual']]
    """
    if detection.generation == GEN_GRAILBIRD:
        return _read_grailbird(archive, detection)
    if detection.generation == GEN_GRAILBIRD_CSV:
        return _read_grailbird_csv(archive, detection)
    reader = _Reader(archive, detection)
    owner_id, owner_details = _owner(reader)
    people = _People()
    tweets = _tweets(reader, people)
    messages, owner_id = _messages(reader, owner_id, people)
    likes = reader.records("like", "like")
    followers = reader.records("follower", "follower")
    following = reader.records("following", "following")
    contacts = _contacts(followers, following, people, owner_id)
    stats: dict[str, Any] = {"likes_without_author": len(likes)}
    mentions = _tweet_interactions(tweets, owner_id, reader.log, stats)
    interactions = pd.concat([mentions, messages], ignore_index=True)
    if not interactions.empty:
        # ``name`` only where the event itself carries it (a mention entity): it is part of
        # the identity of an event across snapshots, and a name learnt from another tweet may
        # appear in a later snapshot only. The handle learnt anywhere is an extra column.
        interactions = _finish_interactions(interactions, people)
    reader.recognise_rest()

    if owner_id is None and not reader.parts.get("manifest"):
        reader.log.add(
            archive.label,
            "no account.js or manifest.js: the owner is unknown. This looks like one zip of a "
            "multi-part X archive; give every part of the download together",
            n_skipped=0,
        )
    missing = {"requests": "the X archive has no follow-request history"}
    if not reader.parts.get("follower") and not reader.parts.get("following"):
        missing["contacts"] = "no follower.js / following.js in this archive"
    if not any(reader.parts.get(t) for t in (*_TWEET_TYPES, *_DM_TYPES, *_DM_HEADER_TYPES)):
        # nothing could show a sign of life: its people are "unknown", not "passive"
        missing["interactions"] = "no tweets.js or direct-messages.js in this archive"
    return LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.label,
        owner=owner_id,
        exported_at=reader.exported_at
        if reader.exported_at is not None and not pd.isna(reader.exported_at)
        else None,
        contacts=contacts,
        interactions=interactions if not interactions.empty else None,
        problems=reader.log.frame(),
        missing=missing,
        files_read=reader.files_read,
        extra=stats,
        owner_details=owner_details,
        posts=_posts(tweets) if tweets else None,
    )


#: what no Grailbird archive (before mid-2018) holds, ``LoadedExport.missing`` entries
_GRAILBIRD_MISSING = {
    "requests": "the X archive has no follow-request history",
    "contacts": "a Grailbird archive (before mid-2018) holds no follower or following lists",
    "messages": "a Grailbird archive holds no direct messages",
}


def _read_grailbird(archive: Archive, detection: Detection) -> LoadedExport:
    """Read a Grailbird archive (module docstring): owner, tweets → interactions."""
    log = ProblemLog()
    files_read: set[str] = set()

    def load(name: str) -> Any:
        files_read.add(name)
        try:
            return parse_ytd(decode_text(archive.read_bytes(name)))
        except (ValueError, OSError) as error:
            log.add(name, f"not a readable Grailbird file: {error}", severity="error", n_skipped=1)
            return None

    index = load(_GRAILBIRD_INDEX)
    listed = [
        str(item.get("file_name") or "").lstrip("./")
        for item in (index if isinstance(index, list) else [])
        if isinstance(item, dict)
    ]
    on_disk = sorted(
        n for n in archive.names() if n.startswith("data/js/tweets/") and n.endswith(".js")
    )
    tweets: list[dict[str, Any]] = []
    for name in dict.fromkeys([*listed, *on_disk]):
        if name not in archive:
            log.add(name, f"tweet_index.js lists {name} but the archive lacks it", n_skipped=1)
            continue
        value = load(name)
        if isinstance(value, list):
            tweets.extend(t for t in value if isinstance(t, dict))
        elif value is not None:
            log.add(name, "expected a list of tweets", severity="error", n_skipped=1)
    unique, unreadable = _once_with_times(tweets, (_GRAILBIRD_TIME, _API_TIME))
    if unreadable:
        log.add(
            "data/js/tweets",
            f"{unreadable} tweet(s) with an unreadable created_at, kept without a time",
        )
    user = load("data/js/user_details.js") if "data/js/user_details.js" in archive else None
    user = user if isinstance(user, dict) else {}
    owner_id = _id(user.get("id"))
    owner_details = {
        k: user.get(k) for k in ("screen_name", "full_name", "created_at") if user.get(k)
    }
    payload = (
        load("data/js/payload_details.js") if "data/js/payload_details.js" in archive else None
    )
    exported_at = None
    if isinstance(payload, dict) and payload.get("created_at"):
        stamp = pd.to_datetime(
            pd.Series([payload["created_at"]]),
            format=_GRAILBIRD_TIME,
            errors="coerce",
            utc=True,
        ).iloc[0]
        exported_at = None if pd.isna(stamp) else stamp

    interactions, stats = _grailbird_interactions(unique, owner_id, log)
    for name in archive.names():
        if name.startswith(_GRAILBIRD_VIEWER) or name.startswith("data/js/"):
            files_read.add(name)
    has_counts = any("favorite_count" in t or "retweet_count" in t for t in unique)
    missing = dict(_GRAILBIRD_MISSING)
    if not has_counts:
        missing["posts"] = "a Grailbird archive holds no like or retweet counts"
    return LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.label,
        owner=owner_id,
        exported_at=exported_at,
        contacts=None,
        interactions=interactions,
        problems=log.frame(),
        missing=missing,
        files_read=files_read,
        extra=stats,
        owner_details=owner_details,
        posts=_posts(unique) if unique and has_counts else None,
    )


def _read_grailbird_csv(archive: Archive, detection: Detection) -> LoadedExport:
    """Read a Grailbird ``tweets.csv`` without its ``data/js/`` (module docstring): replies
    and retweets → interactions; mentions, named by handle only, are counted as a problem."""
    log = ProblemLog()
    name = "tweets.csv"
    source = archive.source(name)
    tweets: list[dict[str, Any]] = []
    try:
        header, rows = read_csv_rows(archive.read_bytes(name), header_contains=("tweet_id",))
    except (OSError, ValueError, csv.Error, EOFError) as error:
        log.add(source, f"not a readable Grailbird tweets.csv: {error}", severity="error")
        rows, header = [], []
    columns = {column.lower(): index for index, column in enumerate(header)}
    # a short row or a long one (a stray comma or quote): its cells may sit under the wrong
    # columns, so it is skipped and named, rows counted as ``row_numbers`` says
    wrong: list[int] = []
    for number, row in enumerate(rows, 1):
        if len(row) != len(header):
            wrong.append(number)
            continue
        cell = {key: (row[index].strip() or None) for key, index in columns.items()}
        tweet: dict[str, Any] = {
            "id_str": cell.get("tweet_id"),
            "created_at": cell.get("timestamp"),
            "text": cell.get("text") or "",
            "in_reply_to_status_id_str": cell.get("in_reply_to_status_id"),
            "in_reply_to_user_id_str": cell.get("in_reply_to_user_id"),
        }
        if cell.get("retweeted_status_id") or cell.get("retweeted_status_user_id"):
            tweet["retweeted_status"] = {"user": {"id_str": cell.get("retweeted_status_user_id")}}
        tweets.append(tweet)
    if wrong:
        log.add(
            source,
            f"{len(wrong)} row(s) with the wrong number of fields skipped: "
            f"{row_numbers(wrong)} (of {len(header)} fields in the header)",
            severity="warning",
            n_skipped=len(wrong),
        )
    unique, unreadable = _once_with_times(tweets, (_GRAILBIRD_TIME, _API_TIME))
    if unreadable:
        log.add(source, f"{unreadable} tweet(s) with an unreadable timestamp, kept without a time")
    interactions, stats = _grailbird_interactions(unique, None, log)
    # a reply's leading @handle is the replied-to account, which the reply row stands for
    # (never below 0: "@ hi" or "@@x" start with "@" but hold no handle)
    mentions = sum(
        max(
            0,
            len(_MENTION.findall(str(t.get("text") or "")))
            - bool(
                t.get("in_reply_to_user_id_str") and str(t.get("text")).lstrip().startswith("@")
            ),
        )
        for t in unique
        if not _is_retweet(t)
    )
    if mentions:
        log.add(
            source,
            f"{mentions} @mention(s) in tweet texts not read: tweets.csv names people by handle "
            f"only, and X contacts are keyed by account id (the archive's {_GRAILBIRD_INDEX} "
            "and data/js/tweets/ give the ids; replies and retweets are read)",
            severity="warning",
            n_skipped=mentions,
        )
    return LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.label,
        owner=None,
        exported_at=None,
        contacts=None,
        interactions=interactions,
        problems=log.frame(),
        missing={
            **_GRAILBIRD_MISSING,
            "posts": "a Grailbird tweets.csv holds no like or retweet counts",
        },
        files_read={name},
        extra=stats,
    )


def _grailbird_interactions(
    unique: list[dict[str, Any]], owner_id: str | None, log: ProblemLog
) -> tuple[pd.DataFrame | None, dict[str, Any]]:
    """The interactions of a Grailbird archive's tweets (``data/js/tweets/`` or
    ``tweets.csv``; each tweet once) with their counterparts' names learnt from the same
    tweets, or None when there are none; and the counts ``_tweet_interactions`` keeps."""
    people = _People()
    _learn_people(unique, people)
    stats: dict[str, Any] = {}
    interactions = _tweet_interactions(unique, owner_id, log, stats)
    if interactions.empty:
        return None, stats
    return _finish_interactions(interactions, people), stats


def _finish_interactions(interactions: pd.DataFrame, people: _People) -> pd.DataFrame:
    """Names as None where missing, the handle learnt anywhere in the archive, UTC times,
    sorted by time."""
    keys = interactions["contact_key"].tolist()
    if "name" not in interactions.columns:
        interactions["name"] = None
    interactions["name"] = (
        interactions["name"].astype(object).where(interactions["name"].notna(), None)
    )
    interactions["handle"] = pd.Series([people.handles.get(k) for k in keys], dtype=object)
    interactions["at"] = pd.to_datetime(interactions["at"], utc=True)
    return interactions.sort_values("at", kind="stable").reset_index(drop=True)


def _is_retweet(tweet: dict[str, Any]) -> bool:
    return isinstance(tweet.get("retweeted_status"), dict) or str(
        tweet.get("full_text") or tweet.get("text") or ""
    ).startswith("RT @")


def _retweeted_author(tweet: dict[str, Any]) -> tuple[str, object] | None:
    """``(account id, name)`` of the author of the tweet that ``tweet`` retweets: the
    ``user_mentions`` entry that starts right after ``RT @`` (indices 3…), else the one whose
    ``screen_name`` the text names there (Grailbird: ``retweeted_status.user``); None when
    the archive does not say.

    Example
    -------
    >>> _retweeted_author({"full_text": "RT @bob: hi @al", "entities": {"user_mentions": [
    ...     {"screen_name": "al", "id_str": "7", "indices": ["12", "15"]},
    ...     {"screen_name": "bob", "name": "Bob", "id_str": "9", "indices": ["3", "7"]}]}})
    ('9', 'Bob')
    """
    retweeted = tweet.get("retweeted_status")
    user = retweeted.get("user") if isinstance(retweeted, dict) else None
    if isinstance(user, dict) and (author := _id(user.get("id_str") or user.get("id"))):
        return author, user.get("name")  # Grailbird keeps the retweeted tweet whole
    text = str(tweet.get("full_text") or tweet.get("text") or "")
    handle = text[4:].split(":", 1)[0].strip().lower()
    mentions = [
        m for m in (tweet.get("entities") or {}).get("user_mentions") or [] if isinstance(m, dict)
    ]

    def starts_at_three(mention: dict[str, Any]) -> bool:
        indices = mention.get("indices") or []
        return bool(indices) and str(indices[0]).strip() == "3"

    for match in (starts_at_three, lambda m: str(m.get("screen_name", "")).lower() == handle):
        for mention in mentions:
            author = _id(mention.get("id_str") or mention.get("id"))
            if author and match(mention):
                return author, mention.get("name")
    return None


def _posts(tweets: list[dict[str, Any]]) -> pd.DataFrame:
    """The owner's own tweets (retweets are someone else's post) with their engagement
    counts; a count the archive lacks or garbles is missing, not zero."""
    own = [t for t in tweets if not _is_retweet(t)]
    if not own:
        return empty_posts()

    def count(key: str) -> pd.Series:
        values = pd.Series([t.get(key) for t in own], dtype=object)
        return pd.to_numeric(values, errors="coerce").round().astype("Int64")

    frame = pd.DataFrame(
        {
            "platform": PLATFORM,
            "post_id": [str(t.get("id_str") or t.get("id") or "") or None for t in own],
            "at": pd.to_datetime(pd.Series([t["_at"] for t in own], dtype=object), utc=True),
            "likes": count("favorite_count"),
            "reposts": count("retweet_count"),
            "is_reply": [
                bool(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"))
                for t in own
            ],
        },
        columns=list(POST_COLUMNS),
    )
    frame = frame.dropna(subset=["post_id"])
    return frame.astype({"platform": object, "post_id": object, "is_reply": bool}).reset_index(
        drop=True
    )


def _owner(reader: _Reader) -> tuple[str | None, dict[str, Any]]:
    accounts = reader.records("account", "account")
    if not accounts:
        return None, {}
    account = accounts[0]
    details = {
        "account_id": _id(account.get("accountId")),
        "username": account.get("username"),
        "name": account.get("accountDisplayName"),
        "created_at": account.get("createdAt"),
    }
    return details["account_id"], details


def _tweets(reader: _Reader, people: _People) -> list[dict[str, Any]]:
    """Own tweets from ``tweets.js`` (after Oct 2022) and/or ``tweet.js`` (before), each once."""
    records = (t for type_name in _TWEET_TYPES for t in reader.records(type_name, "tweet"))
    tweets, unreadable = _once_with_times(records, (_API_TIME,))
    files = [n for type_name in _TWEET_TYPES for n in reader.parts.get(type_name, [])]
    source = files[0] if len(files) == 1 else f"{reader.data_dir}tweets.js"
    if unreadable:  # as the Grailbird readers say it (review11 X1: was silent here)
        reader.log.add(
            source,
            f"{unreadable} tweet(s) with an unreadable created_at, kept without a time",
            severity="warning",
        )
    iso = sum(1 for t in tweets if t.get("_iso"))
    if iso:
        reader.log.add(
            source,
            f"{iso} tweet(s) with an ISO 8601 created_at (X writes 'Sat Jan 14 22:10:12 "
            f"+0000 2017'): read as such",
            severity="info",
        )
    _learn_people(tweets, people)
    return tweets


def _once_with_times(
    tweets: Iterable[dict[str, Any]], formats: Sequence[str]
) -> tuple[list[dict[str, Any]], int]:
    """Each tweet once (by id; tweets without an id are all kept), with ``_at`` parsed by
    the first of ``formats`` that reads its ``created_at``, else as ISO 8601 (naive = UTC;
    ``_iso`` set: not a format X writes, but unambiguous); also how many none of these read.

    Example
    -------
    >>> tweets, unreadable = _once_with_times(
    ...     [{"created_at": "Sat Jan 14 22:10:12 +0000 2017"},
    ...      {"created_at": "2017-01-14T22:10:12.000Z"}, {"created_at": "14/01/2017"}],
    ...     (_API_TIME,))
    >>> [str(t["_at"]) for t in tweets], [bool(t.get("_iso")) for t in tweets], unreadable
    (['2017-01-14 22:10:12+00:00', '2017-01-14 22:10:12+00:00', 'NaT'], [False, True, False], 1)
    """
    seen: set[str] = set()
    unique: list[dict[str, Any]] = []
    for tweet in tweets:
        tweet_id = str(tweet.get("id_str") or tweet.get("id") or "")
        if tweet_id and tweet_id in seen:
            continue
        seen.add(tweet_id)
        unique.append(tweet)
    created = pd.Series([t.get("created_at") for t in unique], dtype=object)
    times = pd.to_datetime(created, format=formats[0], errors="coerce", utc=True)
    for fmt in formats[1:]:
        times = times.fillna(pd.to_datetime(created, format=fmt, errors="coerce", utc=True))
    unread = times.isna() & created.map(lambda value: isinstance(value, str))
    for position in unread.index[unread]:
        # one value at a time: pandas' format="ISO8601" reads a naive time in the offset
        # of another value of the column
        iso = _iso_utc(created[position])
        if iso is not None:
            times[position] = iso
            unique[position]["_iso"] = True
    for tweet, at in zip(unique, times, strict=True):
        tweet["_at"] = at
    return unique, int(times.isna().sum())


def _iso_utc(text: str) -> pd.Timestamp | None:
    """An ISO 8601 date/time as UTC (naive = UTC, as X's times are), else None."""
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return pd.Timestamp(when).tz_convert("UTC")


def _learn_people(tweets: list[dict[str, Any]], people: _People) -> None:
    """Sort ``tweets`` by time and learn every handle and name they reveal."""
    # Oldest first, so the newest spelling of a renamed account's handle wins.
    tweets.sort(key=lambda t: (pd.isna(t["_at"]), t["_at"] if not pd.isna(t["_at"]) else 0))
    for tweet in tweets:
        retweeted = tweet.get("retweeted_status")
        if isinstance(retweeted, dict) and isinstance(retweeted.get("user"), dict):
            user = retweeted["user"]
            people.learn(
                user.get("id_str") or user.get("id"), user.get("screen_name"), user.get("name")
            )
        people.learn(
            tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id"),
            tweet.get("in_reply_to_screen_name"),
        )
        for mention in (tweet.get("entities") or {}).get("user_mentions") or []:
            if isinstance(mention, dict):
                people.learn(
                    mention.get("id_str") or mention.get("id"),
                    mention.get("screen_name"),
                    mention.get("name"),
                )


def _tweet_interactions(
    tweets: list[dict[str, Any]], owner_id: str | None, log: ProblemLog, stats: dict[str, Any]
) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    early = reposts = retweets = 0
    for tweet in tweets:
        at = tweet["_at"]
        if not pd.isna(at) and at.year < _FIRST_TWEET_YEAR:
            early += 1
        tweet_id = str(tweet.get("id_str") or tweet.get("id") or "") or None
        if _is_retweet(tweet):
            # A retweet's user_mentions are the original tweet's (its author and whoever
            # *they* mentioned), not the owner's: only the author is a counterpart.
            author = _retweeted_author(tweet)
            if author is None or author[0] == owner_id:
                reposts += 1
                continue
            rows.append(
                {
                    "at": at,
                    "contact_key": author[0],
                    "name": author[1],
                    "direction": "out",
                    "kind": "reaction",
                    "thread_key": tweet_id,
                    "n_participants": 2,
                }
            )
            retweets += 1
            continue
        counterparts: list[tuple[str, str]] = []
        names: dict[str, object] = {}
        replied_to = _id(tweet.get("in_reply_to_user_id_str") or tweet.get("in_reply_to_user_id"))
        if replied_to and replied_to != owner_id:  # replies to oneself are threads, not ties
            counterparts.append((replied_to, "reply"))
        for mention in (tweet.get("entities") or {}).get("user_mentions") or []:
            if not isinstance(mention, dict):
                continue
            mentioned = _id(mention.get("id_str") or mention.get("id"))
            # A reply's leading @name is inserted by the client: the reply row stands for it.
            if mentioned and mentioned != owner_id and mentioned != replied_to:
                counterparts.append((mentioned, "mention"))
                names.setdefault(mentioned, mention.get("name"))
        unique = list(dict.fromkeys(counterparts))
        for contact_key, kind in unique:
            rows.append(
                {
                    "at": at,
                    "contact_key": contact_key,
                    "name": names.get(contact_key) if kind == "mention" else None,
                    "direction": "out",
                    "kind": kind,
                    "thread_key": tweet_id,
                    "n_participants": 1 + len(unique),
                }
            )
    if retweets:
        stats["retweets"] = retweets
    if reposts:
        # retweets of the owner's own tweets, or whose author the archive does not name
        stats["reposts_not_counted"] = reposts
    if early:
        log.add(
            "tweets",
            f"{early} tweet(s) dated before {_FIRST_TWEET_YEAR}, when X did not exist yet; kept "
            "with the date the archive gives",
            severity="info",
        )
    return pd.DataFrame(rows)


def _contacts(
    followers: Iterable[dict[str, Any]],
    following: Iterable[dict[str, Any]],
    people: _People,
    owner_id: str | None,
) -> pd.DataFrame | None:
    links: dict[str, str] = {}
    follower_ids: dict[str, None] = {}
    following_ids: dict[str, None] = {}
    for records, ids in ((followers, follower_ids), (following, following_ids)):
        for record in records:
            account_id = _id(record.get("accountId"))
            if account_id is None or account_id == owner_id:
                continue
            ids[account_id] = None
            if record.get("userLink"):  # later archives only ("as of 2023-08-31") [D]
                links[account_id] = str(record["userLink"])
    keys = list(dict.fromkeys([*following_ids, *follower_ids]))
    if not keys:
        return None
    relation = [
        "mutual"
        if key in follower_ids and key in following_ids
        else "follower"
        if key in follower_ids
        else "following"
        for key in keys
    ]
    return pd.DataFrame(
        {
            "contact_key": keys,
            "name": [people.names.get(k) for k in keys],
            "handle": [people.handles.get(k) for k in keys],
            "profile_url": [links.get(k) for k in keys],
            "relation": relation,
        }
    )


def _dm_times(values: pd.Series, log: ProblemLog) -> pd.Series:
    """ISO ``…Z`` DM times [C]; epoch-ms strings are accepted too [I]. Numeric dates
    (``14/01/2017 22:10:12``, a re-save) are read in the order the column shows
    (:func:`to_utc`); one info line says so (review11b X-1)."""
    text = values.astype("string")
    epoch = text.str.fullmatch(_DIGITS.pattern).fillna(False).astype(bool)
    written = text.where(~epoch).astype(object)
    times = to_utc(written)
    if epoch.any():
        times[epoch] = to_utc(text[epoch].astype("int64"), unit="ms")
    _report_dm_order(written, times, log)
    return times


def _report_dm_order(written: pd.Series, times: pd.Series, log: ProblemLog) -> None:
    """One info line when ``to_utc`` read the DM times' numeric dates in an order the
    column decided (X writes ISO 8601: such dates come from a re-save)."""
    texts = [v for v in written if isinstance(v, str) and v.strip()]
    order = date_order(dict.fromkeys(texts))
    if order.day_first is None:
        return
    read = written[times.notna().to_numpy()]
    numeric = list(dict.fromkeys(v for v in read if isinstance(v, str) and date_order([v]).numeric))
    if not numeric:
        return
    deciding = [v for v in numeric if date_order([v]).day_first is order.day_first]
    form = "DD/MM/YYYY" if order.day_first else "MM/DD/YYYY"
    log.add(
        "direct-messages.js",
        f"{len(numeric)} direct-message createdAt value(s) read as {form}, the order the "
        f"column shows ({(deciding or numeric)[0]!r}); X writes ISO 8601 dates",
        severity="info",
    )


def _messages(
    reader: _Reader, owner_id: str | None, people: _People
) -> tuple[pd.DataFrame, str | None]:
    """DM rows: inbound → the sender; outbound 1:1 → the other participant; outbound in a
    group → one row per other participant, each with the group's ``n_participants``."""
    conversations: list[tuple[str, dict[str, Any]]] = []
    for group, type_name in ((False, "direct-messages"), (True, "direct-messages-group")):
        found = reader.records(type_name, "dmConversation")
        if not found:
            # The *-headers files are the same envelope minus text [C]; use them only when
            # the full files are absent, else every message would count twice.
            header_type = _DM_HEADER_TYPES[1 if group else 0]
            found = reader.records(header_type, "dmConversation")
        else:
            for name in reader.parts.get(_DM_HEADER_TYPES[1 if group else 0], []):
                reader.files_read.add(name)
        conversations.extend(("group" if group else "one", c) for c in found)
    if not conversations:
        return pd.DataFrame(), owner_id
    if owner_id is None:
        owner_id = _infer_owner(conversations)
        if owner_id is None:
            reader.log.add(
                "direct-messages.js",
                "no account.js and the owner cannot be inferred from the 1:1 conversations; "
                "message directions are unknown, so direct messages were not read",
                n_skipped=sum(len(c.get("messages") or []) for _, c in conversations),
            )
            return pd.DataFrame(), None
    rows: list[dict[str, Any]] = []
    for kind, conversation in conversations:
        rows.extend(_conversation_rows(kind == "group", conversation, owner_id))
    frame = pd.DataFrame(rows)
    if not frame.empty:
        frame["at"] = _dm_times(frame["at"], reader.log)
    return frame, owner_id


def _infer_owner(conversations: list[tuple[str, dict[str, Any]]]) -> str | None:
    """The one id every 1:1 conversation id ("<idA>-<idB>") contains."""
    common: set[str] | None = None
    for kind, conversation in conversations:
        ids = str(conversation.get("conversationId") or "").split("-")
        if kind == "one" and len(ids) == 2:
            common = set(ids) if common is None else common & set(ids)
    return common.pop() if common is not None and len(common) == 1 else None


def _conversation_rows(
    group: bool, conversation: dict[str, Any], owner_id: str
) -> list[dict[str, Any]]:
    thread = str(conversation.get("conversationId") or "") or None
    events = [e for e in conversation.get("messages") or [] if isinstance(e, dict)]
    # Participants: the union of senders, recipients, join snapshots and joins (group DMs
    # have no recipientId [C]); per-message membership is not in the archive.
    participants: dict[str, None] = {}
    if not group and thread and thread.count("-") == 1:
        participants.update(dict.fromkeys(i for i in map(_id, thread.split("-")) if i))
    for event in events:
        for body in event.values():
            if not isinstance(body, dict):
                continue
            for key in ("senderId", "recipientId", "initiatingUserId"):
                if _id(body.get(key)):
                    participants[str(_id(body.get(key)))] = None
            for key in ("participantsSnapshot", "userIds"):
                for user in body.get(key) or []:
                    if _id(user):
                        participants[str(_id(user))] = None
    others = [p for p in participants if p != owner_id]
    size = max(len(others) + 1, 2)
    rows: list[dict[str, Any]] = []
    for event in events:
        message = event.get("messageCreate")
        if not isinstance(message, dict):
            continue
        at = message.get("createdAt")
        sender = _id(message.get("senderId"))
        base = {"at": at, "kind": "message", "thread_key": thread, "n_participants": size}
        if sender is not None and sender != owner_id:
            rows.append({**base, "contact_key": sender, "direction": "in"})
        elif sender == owner_id:
            recipient = _id(message.get("recipientId"))
            targets = [recipient] if recipient and not group else others
            rows.extend({**base, "contact_key": t, "direction": "out"} for t in targets if t)
        rows.extend(_reaction_rows(message, sender, owner_id, thread, size))
    return rows


def _reaction_rows(
    message: dict[str, Any], sender: str | None, owner_id: str, thread: str | None, size: int
) -> list[dict[str, Any]]:
    """Reactions on a DM. Their keys are unverified [I] (``senderId``, ``createdAt``), so a
    reaction lacking them is simply not counted."""
    rows: list[dict[str, Any]] = []
    for reaction in message.get("reactions") or []:
        if not isinstance(reaction, dict):
            continue
        by = _id(reaction.get("senderId"))
        if by is None or sender is None or by == sender:
            continue
        if by == owner_id:
            counterpart, direction = sender, "out"
        elif sender == owner_id:
            counterpart, direction = by, "in"
        else:  # two other people reacting to each other in a group: not the owner's tie
            continue
        rows.append(
            {
                "at": reaction.get("createdAt"),
                "contact_key": counterpart,
                "direction": direction,
                "kind": "reaction",
                "thread_key": thread,
                "n_participants": size,
            }
        )
    return rows
