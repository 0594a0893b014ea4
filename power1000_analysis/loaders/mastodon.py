"""Loader for Mastodon exports: the CSV data export and the account archive.

See ``../shared/formats/linkedin-x-mastodon-bluesky-contacts.md`` §3.

- **CSV data export** (Preferences → Import and export → Data export): ``following_accounts.csv``
  (header ``Account address,…``) → ``following`` contacts keyed by the normalised
  ``user@domain``. ``muted_accounts.csv`` and the header-less ``blocked_accounts.csv``,
  ``blocked_domains.csv``, ``lists.csv`` and ``bookmarks.csv`` are recognised but are not
  contacts. Mastodon has **no followers export**. Only these exact file names are read: the
  import files of Mastodon's own test suite (``new-following-imports.txt`` …) have
  following-shaped headers but are not exports, so they are listed as unknown, never sniffed.
- **Account archive** ("Request your archive"; ``.tar.gz`` on older servers, ``.zip`` on newer):
  ``actor.json`` → owner; ``outbox.json`` posts with ``Mention`` tags → one ``mention``/out row
  per mentioned account. ``likes.json`` / ``bookmarks.json`` hold bare status URIs with no
  time and no author, so they are counted, not turned into interactions.

Example
-------
>>> normalise_acct("@Alice@Mastodon.Social")
'alice@mastodon.social'
>>> normalise_acct("bob", default_domain="example.org")
'bob@example.org'
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._text import decode_text, to_utc

__all__ = ["GENERATIONS", "PLATFORM", "detect", "normalise_acct", "read"]

PLATFORM = "mastodon"
GEN_CSV = "CSV data export (following_accounts.csv …)"
GEN_ARCHIVE = "account archive (actor.json + outbox.json; .tar.gz on older servers, .zip on newer)"
GENERATIONS: tuple[str, ...] = (GEN_CSV, GEN_ARCHIVE)

FOLLOWING = "following_accounts.csv"
MUTED = "muted_accounts.csv"
# Header-less exports (Mastodon app/models/export.rb [C]): known, never contacts.
HEADERLESS = ("blocked_accounts.csv", "blocked_domains.csv", "lists.csv", "bookmarks.csv")
ACTOR = "actor.json"
OUTBOX = "outbox.json"
COLLECTIONS = ("likes.json", "bookmarks.json")
OTHER_KNOWN = ("custom_filters.json",)
_CSV_NAMES = frozenset({FOLLOWING, MUTED, *HEADERLESS, *OTHER_KNOWN})
_ARCHIVE_NAMES = frozenset({ACTOR, OUTBOX, *COLLECTIONS})

_ACCT = re.compile(r"^[\w.\-]+(@[\w.\-]+\.[a-z0-9\-]+)?$", re.IGNORECASE)
_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_ACTOR_TYPES = frozenset({"Person", "Service", "Application", "Group", "Organization"})


def normalise_acct(value: str | None, *, default_domain: str | None = None) -> str | None:
    """``@User@Domain`` → ``user@domain``; a bare local name gets ``default_domain``.

    Mastodon compares usernames and domains case-insensitively, so both are lower-cased.
    Returns None for blanks and for values that are not an account address.
    """
    if value is None:
        return None
    text = str(value).strip().lstrip("@").lower()
    if not text or not _ACCT.match(text):
        return None
    if "@" not in text and default_domain:
        text = f"{text}@{default_domain.lower()}"
    return text


def detect(archive: Archive) -> list[Detection]:
    """Folders holding Mastodon export files, confirmed by content (header or JSON type).

    Example
    -------
    >>> from power1000_analysis.loaders._archive import ZipArchive
    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as zf:
    ...     zf.writestr("following_accounts.csv", "Account address,Show boosts\\na@b.social,true\\n")
    >>> [d.generation == GEN_CSV for d in detect(ZipArchive(buffer))]
    [True]
    """
    folders: dict[str, dict[str, list[str]]] = {}
    for name in archive.names():
        # by string: detection sees every member of every export (a Messenger export has
        # thousands), so no PurePosixPath per name
        folder, _, base = name.rpartition("/")
        kind = None
        if base in (FOLLOWING, MUTED) and _csv_header(archive, name).startswith("account address"):
            kind = "csv"
        elif (base == ACTOR and _is_actor(archive, name)) or (
            base == OUTBOX and _looks_like_outbox(archive, name)
        ):
            kind = "archive"
        if kind:
            folders.setdefault(folder, {}).setdefault(kind, []).append(base)
    detections = []
    for folder, kinds in folders.items():
        generation = GEN_ARCHIVE if "archive" in kinds else GEN_CSV
        evidence = "; ".join(f"{k}: {', '.join(sorted(v))}" for k, v in sorted(kinds.items()))
        detections.append(
            Detection(PLATFORM, generation, root=folder, confidence=85, evidence=evidence)
        )
    return detections


def _head(archive: Archive, name: str, size: int = 4096) -> bytes:
    try:
        with archive.open(name) as stream:
            return stream.read(size)
    except (OSError, ValueError):
        return b""


def _csv_header(archive: Archive, name: str) -> str:
    text = decode_text(_head(archive, name, 512))
    return text.splitlines()[0].strip().lower() if text.strip() else ""


def _is_actor(archive: Archive, name: str) -> bool:
    try:
        actor = json.loads(decode_text(archive.read_bytes(name)))
    except (OSError, ValueError):
        return False
    return isinstance(actor, dict) and actor.get("type") in _ACTOR_TYPES and "outbox" in actor


def _looks_like_outbox(archive: Archive, name: str) -> bool:
    # outbox.json can be hundreds of MB [C]: judge by its first bytes only.
    head = _head(archive, name)
    return b"activitystreams" in head and b"OrderedCollection" in head


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one Mastodon export (CSV files and/or account archive) into canonical frames.

    Example
    -------
    >>> from power1000_analysis.loaders._archive import ZipArchive
    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as zf:
    ...     zf.writestr("following_accounts.csv", "Account address,Show boosts\\nA@B.social,true\\n")
    >>> archive = ZipArchive(buffer)
    >>> read(archive, detect(archive)[0]).contacts["contact_key"].tolist()
    ['a@b.social']
    """
    log = ProblemLog()
    files_read: set[str] = set()
    extra: dict[str, Any] = {}
    names = set(archive.names())

    owner: str | None = None
    owner_details: dict[str, Any] = {}
    if ACTOR in names:
        owner, owner_details = _owner(archive, log, files_read)
    local_domain = owner_details.get("domain")

    contacts = None
    if FOLLOWING in names:
        contacts = _following(archive, log, files_read, local_domain)
    for name in sorted(_CSV_NAMES - {FOLLOWING}):
        if name in names:
            files_read.add(name)
            extra[f"rows_{PurePosixPath(name).stem}"] = _count_rows(archive, name)

    interactions = None
    if OUTBOX in names:
        interactions = _outbox(archive, log, files_read, owner, local_domain, extra)
    for name in COLLECTIONS:
        if name in names:
            extra[f"{PurePosixPath(name).stem}_without_author"] = _collection_size(
                archive, name, log, files_read
            )

    missing = {
        "requests": "Mastodon exports no follow requests",
        "followers": "Mastodon exports no followers list (only accounts you follow)",
    }
    if FOLLOWING not in names:
        missing["contacts"] = "no following_accounts.csv (the account archive has no follow list)"
    if OUTBOX not in names:
        missing["interactions"] = "no outbox.json (the CSV export holds no posts)"
    extra["container"] = _container(archive)
    return LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.label,
        owner=owner,
        contacts=contacts,
        interactions=interactions,
        problems=log.frame(),
        missing=missing,
        files_read=files_read,
        extra=extra,
        owner_details=owner_details,
    )


def _container(archive: Archive) -> str:
    label = archive.label.split("::")[0].lower()
    if label.endswith((".tar.gz", ".tgz", ".tar")):
        return "tar.gz"
    return "zip" if label.endswith(".zip") else "folder"


def _owner(
    archive: Archive, log: ProblemLog, files_read: set[str]
) -> tuple[str | None, dict[str, Any]]:
    files_read.add(ACTOR)
    try:
        actor = json.loads(decode_text(archive.read_bytes(ACTOR)))
    except (OSError, ValueError) as error:
        log.add(ACTOR, f"not readable JSON: {error}", severity="error", n_skipped=1)
        return None, {}
    if not isinstance(actor, dict):
        log.add(ACTOR, "not an ActivityPub actor object", severity="error", n_skipped=1)
        return None, {}
    actor_id = actor.get("id") if isinstance(actor.get("id"), str) else None
    domain = urlsplit(actor_id).hostname if actor_id else None
    username = actor.get("preferredUsername")
    details = {
        "id": actor_id,
        "username": username,
        "name": actor.get("name"),
        "url": actor.get("url"),
        "domain": domain,
        "acct": normalise_acct(f"{username}@{domain}") if username and domain else None,
    }
    return actor_id, details


def _following(
    archive: Archive, log: ProblemLog, files_read: set[str], local_domain: str | None
) -> pd.DataFrame | None:
    files_read.add(FOLLOWING)
    try:
        text = decode_text(archive.read_bytes(FOLLOWING))
    except OSError as error:
        log.add(FOLLOWING, f"not readable: {error}", severity="error", n_skipped=1)
        return None
    rows = [r for r in csv.reader(io.StringIO(text, newline="")) if any(c.strip() for c in r)]
    if not rows or not rows[0] or rows[0][0].strip().lower() != "account address":
        log.add(
            FOLLOWING,
            "expected the header 'Account address,…' on the first line; file not read",
            severity="error",
            n_skipped=max(len(rows) - 1, 1),
        )
        return None
    keys: dict[str, None] = {}
    bad = 0
    for row in rows[1:]:
        # Bare local names appear in import files [F]; exports write user@domain [C].
        key = normalise_acct(row[0], default_domain=local_domain)
        if key is None:
            bad += 1
            continue
        keys[key] = None
    if bad:
        log.add(FOLLOWING, f"{bad} row(s) without an account address", n_skipped=bad)
    if not keys:
        return None
    return pd.DataFrame(
        {
            "contact_key": list(keys),
            "handle": [f"@{k}" for k in keys],
            "relation": "following",
        }
    )


def _count_rows(archive: Archive, name: str) -> int:
    try:
        text = decode_text(archive.read_bytes(name))
    except OSError:
        return 0
    lines = [line for line in text.splitlines() if line.strip()]
    has_header = bool(lines) and lines[0].lower().startswith("account address")
    return len(lines) - int(has_header)


def _collection_size(archive: Archive, name: str, log: ProblemLog, files_read: set[str]) -> int:
    files_read.add(name)
    try:
        collection = json.loads(decode_text(archive.read_bytes(name)))
        return len(collection.get("orderedItems") or [])
    except (OSError, ValueError, AttributeError) as error:
        log.add(name, f"not a readable collection: {error}", severity="error", n_skipped=1)
        return 0


def _visibility(note: dict[str, Any], followers: str | None) -> str:
    """Mastodon's addressing (ActivityPub::TagManager): Public in ``to`` = public, in ``cc`` =
    unlisted, the followers collection alone = private, none of these = direct."""
    to = _as_list(note.get("to"))
    cc = _as_list(note.get("cc"))
    if _PUBLIC in to:
        return "public"
    if _PUBLIC in cc:
        return "unlisted"
    if any(isinstance(a, str) and (a == followers or a.endswith("/followers")) for a in to + cc):
        return "private"
    return "direct"


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _mention_key(tag: dict[str, Any], local_domain: str | None) -> str | None:
    """The mentioned account as ``user@domain``: from ``tag.name`` (``@user@domain``; Mastodon
    writes only ``@user`` for local accounts, so the domain then comes from ``href``), else
    from the ``href`` path (``/users/<name>``), else the ``href`` itself."""
    href = tag.get("href") if isinstance(tag.get("href"), str) else None
    host = urlsplit(href).hostname if href else None
    name = tag.get("name") if isinstance(tag.get("name"), str) else None
    key = normalise_acct(name, default_domain=host or local_domain) if name else None
    if key is None and href and host:
        parts = [p for p in urlsplit(href).path.split("/") if p]
        if (len(parts) >= 2 and parts[-2] == "users") or (parts and parts[-1].startswith("@")):
            key = normalise_acct(parts[-1], default_domain=host)
    return key or href


def _outbox(
    archive: Archive,
    log: ProblemLog,
    files_read: set[str],
    owner: str | None,
    local_domain: str | None,
    extra: dict[str, Any],
) -> pd.DataFrame | None:
    files_read.add(OUTBOX)
    try:
        outbox = json.loads(decode_text(archive.read_bytes(OUTBOX)))
        items = outbox["orderedItems"]
        if not isinstance(items, list):
            raise ValueError("orderedItems is not a list")
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.add(OUTBOX, f"not a readable outbox: {error}", severity="error", n_skipped=1)
        return None
    owner_acct = (
        normalise_acct(owner.rsplit("/", 1)[-1], default_domain=local_domain) if owner else None
    )
    followers = f"{owner}/followers" if owner else None
    rows: list[dict[str, Any]] = []
    boosts = skipped = 0
    for activity in items:
        if not isinstance(activity, dict):
            skipped += 1
            continue
        if activity.get("type") == "Announce":
            boosts += 1  # a boost names only the boosted status, not a mention
            continue
        note = activity.get("object")
        if activity.get("type") != "Create" or not isinstance(note, dict):
            continue
        at = note.get("published") or activity.get("published")  # to UTC below, all at once
        mentioned: dict[str, None] = {}
        for tag in _as_list(note.get("tag")):
            if not isinstance(tag, dict) or tag.get("type") != "Mention":
                continue
            if owner and tag.get("href") == owner:
                continue  # a self-mention is no tie
            key = _mention_key(tag, local_domain)
            if key and key != owner_acct:
                mentioned[key] = None
        visibility = _visibility(note, followers)
        thread = note.get("conversation") or note.get("id")
        for key in mentioned:
            rows.append(
                {
                    "at": at,
                    "contact_key": key,
                    "handle": None if "://" in key else f"@{key}",
                    "direction": "out",
                    "kind": "mention",
                    "thread_key": thread if isinstance(thread, str) else None,
                    "n_participants": 1 + len(mentioned),
                    "visibility": visibility,
                    "status_uri": note.get("id"),
                }
            )
    extra["boosts"] = boosts
    extra["outbox_items"] = len(items)
    if skipped:
        log.add(OUTBOX, f"{skipped} outbox item(s) are not activities", n_skipped=skipped)
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    written = frame["at"]
    frame["at"] = to_utc(written)
    _count_unread_times(frame, written, log)
    return frame


def _count_unread_times(frame: pd.DataFrame, written: pd.Series, log: ProblemLog) -> None:
    """One warning for the posts whose ``published`` time ``to_utc`` left empty: a format it
    does not read, or a day/month date the column leaves either way round (``05/01/2017``)."""
    present = written.map(lambda v: v is not None and str(v).strip() != "" and v == v)
    unread = frame.loc[present.to_numpy() & frame["at"].isna().to_numpy()]
    if unread.empty:
        return
    # one post gives a row per mentioned account: count the posts (their status URI)
    posts = unread["status_uri"].fillna(pd.Series(unread.index.astype(str), index=unread.index))
    example = written.loc[unread.index[0]]
    log.add(
        OUTBOX,
        f"{posts.nunique()} published value(s) in an unknown or ambiguous date format "
        f"(e.g. {example!r}); the time of their {len(unread)} mention row(s) left empty",
        severity="warning",
    )
