"""Generic CSV: contacts (and optionally interactions) of a network that offers no export.

Quora and similar networks give no "download your data"; a person can still list their
followers by hand or with a browser tool and save them as a CSV in the format of
:data:`FORMAT_HELP` (also printed by ``power1000 formats`` and kept in
``docs/generic_csv.md``). Each file is one snapshot of one account on one platform; the
platform name comes from the file's ``platform`` column (``quora``), not from this module.

Example
-------
>>> from power1000_analysis.loaders._archive import FolderArchive
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "quora-followers-2017-01-15.csv").write_text(
...     "platform,name,handle\\nQuora,Ada Lovelace,Ada-Lovelace-1\\n", encoding="utf-8"
... )
>>> archive = FolderArchive(folder)
>>> [found] = detect(archive)
>>> result = read(archive, found)
>>> result.platform, str(result.exported_at.date())
('quora', '2017-01-15')
>>> result.contacts[["contact_key", "name", "relation"]].values.tolist()
[['ada-lovelace-1', 'Ada Lovelace', 'follower']]
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._text import (
    clean_str,
    decode_text,
    find_date_in_name,
    normalise_handle,
    normalise_url,
    sniff_delimiter,
)
from power1000_analysis.schema import INTERACTION_KINDS, RELATIONS

__all__ = ["FORMAT_HELP", "GENERATIONS", "PLATFORM", "detect", "read"]

PLATFORM = "generic"
GENERATIONS: tuple[str, ...] = ("generic-csv",)

FORMAT_HELP = """\
Generic CSV (networks with no export, e.g. Quora)

Some networks (Quora) offer no data export. List your contacts there yourself, one CSV
file per account and date, and power1000 reads it like any other export.

Contacts file: one row per contact. Comma-, semicolon- or TAB-separated, UTF-8 (a BOM and
UTF-16 are fine), a header row first. Column names are case-insensitive.

  platform       required. The network, e.g. quora. Lower-cased; every row of one
                 file must name the same platform.
  name           required column. The person's display name. A row may leave it
                 empty if it gives a handle, profile_url or email.
  handle         optional. User name on that network (a leading @ is dropped).
  profile_url    optional. Link to the person's profile.
  email          optional.
  company        optional.
  position       optional.
  relation       optional. One of connection, friend, follower, following, mutual,
                 contact (plurals such as followers are accepted). When the column is
                 missing or a cell is empty: the word in the file name
                 (quora-followers-….csv -> follower, -following- -> following,
                 -connections- -> connection, -friends- -> friend, -contacts- ->
                 contact), else contact.
  connected_at   optional. When you connected, as YYYY-MM-DD or
                 YYYY-MM-DDTHH:MM:SS with an optional Z or +HH:MM (no zone = UTC).
  exported_at    optional. The date the list was taken (same format; the same value
                 on every row).
  owner          optional. Your own user name there, to keep two accounts of one
                 platform apart.

Other columns are ignored. Each contact is identified by its handle, else its
profile_url, else its email, else its name (use the same columns in every snapshot,
or one person becomes two).

Snapshots: each contacts file is one snapshot, dated by its exported_at column, else
by a date in the file name (quora-followers-2017-01-15.csv), else by a date in the
name of the folder or zip holding it, else by the file's modification time. Two files
of one account taken a year apart are two snapshots: load both together
(p1k.load(folder) or p1k.load(file_a, file_b)) and each contact gets first_seen_at /
last_seen_at, and is_current says whether the newest file holds it.

Interactions file (optional): one row per event with one person.

  platform       required. As above.
  at             required. When, in the date format above.
  name, handle   at least one of the two columns; each row needs a value in one.
  direction      required. in (they to you) or out (you to them).
  kind           required. One of message, comment, reaction, like, mention, reply,
                 tag, endorsement, recommendation.
  thread_key     optional. Conversation id.
  n_participants optional. People in the conversation, you included (default 2).

An interactions file is read with the newest contacts file of the same platform in
the same folder; a person is matched by handle, else by a unique name.

Errors: a file without a required column is reported and skipped; a row with an
unreadable date, relation, direction or kind is reported with its file, row number
(the header is row 1) and column, and skipped; the other rows load.

Example (quora-followers-2017-01-15.csv):

  platform,name,handle,profile_url,connected_at
  quora,Ada Lovelace,Ada-Lovelace-1,https://www.quora.com/profile/Ada-Lovelace-1,2016-03-02
  quora,Alan Turing,,,
"""

_RELATION_WORDS = {
    "connection": "connection",
    "connections": "connection",
    "friend": "friend",
    "friends": "friend",
    "follower": "follower",
    "followers": "follower",
    "following": "following",
    "followings": "following",
    "mutual": "mutual",
    "mutuals": "mutual",
    "contact": "contact",
    "contacts": "contact",
}
_DIRECTIONS = {
    "in": "in",
    "inbound": "in",
    "incoming": "in",
    "received": "in",
    "out": "out",
    "outbound": "out",
    "outgoing": "out",
    "sent": "out",
}
_KINDS = {kind: kind for kind in INTERACTION_KINDS} | {
    f"{kind}s": kind for kind in INTERACTION_KINDS
}
_KINDS["replies"] = "reply"
_ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_INTERACTION_MARKERS = {"at", "direction", "kind"}


def _column_name(raw: str) -> str:
    """``" Profile URL "`` → ``"profile_url"``."""
    text = unicodedata.normalize("NFC", raw).strip().strip('"').strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


# ---------------------------------------------------------------------------------------------
# parsing one file


@dataclass
class _Table:
    """One CSV file: normalised header and records with the file row where each starts."""

    header: list[str]
    records: list[tuple[int, dict[str, str]]] = field(default_factory=list)

    @property
    def is_interactions(self) -> bool:
        return len(_INTERACTION_MARKERS & set(self.header)) >= 2


def _parse(data: bytes, *, max_records: int | None = None) -> _Table:
    text = decode_text(data).lstrip("\ufeff")
    first_line = next(iter(text.splitlines()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    try:
        raw_header = next(reader)
    except StopIteration:
        return _Table(header=[])
    table = _Table(header=[_column_name(h) for h in raw_header])
    previous_end = reader.line_num
    for cells in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        table.records.append((start, dict(zip(table.header, cells, strict=False))))
        if max_records is not None and len(table.records) >= max_records:
            break
    return table


def parse_time(value: str | None) -> pd.Timestamp | None:
    """An ISO 8601 date or date-time as UTC (naive = UTC); ``ValueError`` when unreadable.

    Example
    -------
    >>> str(parse_time("2017-01-15T10:00:00+01:00"))
    '2017-01-15 09:00:00+00:00'
    >>> parse_time("") is None
    True
    """
    text = clean_str(value)
    if text is None:
        return None
    # Only ISO order: 03/04/2017 is a different day in Europe and the US.
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(text)
    stamp = pd.Timestamp(re.sub(r"(?i)\s*UTC$", "Z", text))
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _normalise_name(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def _contact_key(
    handle: str | None, url: str | None, email: str | None, name: str | None
) -> str | None:
    if handle:
        return handle
    if url:
        return url
    if email:
        return email
    normalised = _normalise_name(name)
    return f"name:{normalised}" if normalised else None


# ---------------------------------------------------------------------------------------------
# detection


@dataclass
class _Candidate:
    name: str
    kind: str  # "contacts" | "interactions"
    platform: str
    date: pd.Timestamp | None


def _candidate(archive: Archive, name: str) -> _Candidate | None:
    try:
        with archive.open(name) as stream:
            head = stream.read(64 * 1024)
        table = _parse(head, max_records=1)
    except (OSError, UnicodeError, csv.Error):
        return None
    # The `platform` column is what no platform's own CSV has (LinkedIn, Google, Mastodon);
    # a person column (or the interaction columns) as well keeps unrelated logs out. A file
    # missing `name` is still claimed so that `read` can say which column is missing.
    columns = set(table.header)
    if "platform" not in columns or not (
        columns & {"name", "handle", "profile_url", "email"} or table.is_interactions
    ):
        return None
    first = table.records[0][1] if table.records else {}
    platform = (clean_str(first.get("platform")) or "").lower()
    date = find_date_in_name(PurePosixPath(name).name)
    if date is None:
        try:
            date = parse_time(first.get("exported_at"))
        except ValueError:
            date = None
    kind = "interactions" if table.is_interactions else "contacts"
    return _Candidate(name, kind, platform, date)


def detect(archive: Archive) -> list[Detection]:
    """CSV files with a ``platform`` column: one detection per contacts file (one snapshot).

    Interactions files join the newest contacts file of their folder and platform, so that
    they never form a snapshot of their own that would make every contact look gone.
    """
    groups: dict[tuple[str, str], list[_Candidate]] = {}
    for name in archive.names():
        if not name.lower().endswith((".csv", ".tsv")):
            continue
        candidate = _candidate(archive, name)
        if candidate is not None:
            folder = str(PurePosixPath(name).parent)
            groups.setdefault((folder, candidate.platform), []).append(candidate)
    found: list[Detection] = []
    for (_folder, platform), candidates in sorted(groups.items()):
        contacts = [c for c in candidates if c.kind == "contacts"]
        interactions = tuple(c.name for c in candidates if c.kind == "interactions")
        if not contacts:
            found.append(_detection(interactions, platform, "interactions file(s)"))
            continue
        newest = max(
            contacts,
            key=lambda c: (c.date is not None, c.date or pd.Timestamp(0, tz="UTC"), c.name),
        )
        for candidate in sorted(contacts, key=lambda c: c.name):
            extra = interactions if candidate is newest else ()
            found.append(_detection((candidate.name, *extra), platform, "contacts file"))
    return found


def _detection(files: tuple[str, ...], platform: str, what: str) -> Detection:
    return Detection(
        PLATFORM,
        "generic-csv",
        root="",
        # Weak claim: a platform's own loader always wins a file both recognise.
        confidence=20,
        evidence=f"{files[0]}: generic CSV {what} with a platform column ({platform or '?'})",
        files=files,
    )


# ---------------------------------------------------------------------------------------------
# reading


class _Reader:
    """Reads the files of one generic snapshot, collecting problems row by row."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.log = ProblemLog()
        self.platform: str | None = None
        self.owner: str | None = None
        self.dates: list[pd.Timestamp] = []

    def problem(self, name: str, row: int, column: str | None, message: str) -> None:
        where = f"row {row}" + (f", column {column}" if column else "")
        self.log.add(self.archive.source(name), f"{where}: {message}; row skipped", n_skipped=1)

    def missing_columns(self, name: str, table: _Table, required: list[str]) -> bool:
        missing = [c for c in required if c not in table.header]
        if missing:
            self.log.add(
                self.archive.source(name),
                f"missing required column(s) {', '.join(missing)} (header has: "
                f"{', '.join(table.header)}); file skipped. See `power1000 formats`.",
                severity="error",
                n_skipped=len(table.records),
            )
        return bool(missing)

    def common(self, name: str, row: int, record: dict[str, str]) -> bool:
        """Check the platform, owner and exported_at of a row; False to skip the row."""
        platform = (clean_str(record.get("platform")) or "").lower()
        if not platform:
            self.problem(name, row, "platform", "empty platform")
            return False
        if self.platform is None:
            self.platform = platform
        elif platform != self.platform:
            self.problem(
                name,
                row,
                "platform",
                f"platform {platform!r} differs from {self.platform!r} of the first row "
                "(one file per platform)",
            )
            return False
        try:
            exported = parse_time(record.get("exported_at"))
        except ValueError:
            self.problem(name, row, "exported_at", f"cannot read date {record['exported_at']!r}")
            return False
        if exported is not None:
            self.dates.append(exported)
        owner = clean_str(record.get("owner"))
        if owner and self.owner is None:
            self.owner = normalise_handle(owner)
        return True

    def time(self, name: str, row: int, record: dict[str, str], column: str) -> tuple[bool, Any]:
        try:
            return True, parse_time(record.get(column))
        except ValueError:
            self.problem(
                name,
                row,
                column,
                f"cannot read date {record[column]!r} (write YYYY-MM-DD or "
                "YYYY-MM-DDTHH:MM:SS with an optional Z or +HH:MM)",
            )
            return False, None

    def contacts(self, name: str, table: _Table) -> pd.DataFrame | None:
        if self.missing_columns(name, table, ["platform", "name"]):
            return None
        default_relation = _relation_from_file_name(name)
        rows: list[dict[str, Any]] = []
        seen: dict[str, int] = {}
        for row, record in table.records:
            if not self.common(name, row, record):
                continue
            person = clean_str(record.get("name"))
            handle = normalise_handle(record.get("handle"))
            url = normalise_url(record.get("profile_url"))
            email = (clean_str(record.get("email")) or "").lower() or None
            key = _contact_key(handle, url, email, person)
            if key is None:
                self.problem(name, row, "name", "no name, handle, profile_url or email")
                continue
            relation_cell = (clean_str(record.get("relation")) or "").lower()
            relation = _RELATION_WORDS.get(relation_cell) if relation_cell else default_relation
            if relation is None:
                self.problem(
                    name,
                    row,
                    "relation",
                    f"unknown relation {relation_cell!r} (one of {', '.join(RELATIONS)})",
                )
                continue
            ok, connected_at = self.time(name, row, record, "connected_at")
            if not ok:
                continue
            if key in seen:
                self.problem(name, row, None, f"same person as row {seen[key]} ({key})")
                continue
            seen[key] = row
            rows.append(
                {
                    "contact_key": key,
                    "name": person,
                    "handle": handle,
                    "profile_url": url,
                    "email": email,
                    "company": clean_str(record.get("company")),
                    "position": clean_str(record.get("position")),
                    "relation": relation,
                    "connected_at": connected_at,
                    "source_row": row,
                }
            )
        return _frame(rows, ["connected_at"])

    def interactions(
        self, name: str, table: _Table, contacts: pd.DataFrame | None
    ) -> pd.DataFrame | None:
        required = ["platform", "at", "direction", "kind"]
        if not ({"name", "handle"} & set(table.header)):
            required.append("name or handle")
        if self.missing_columns(name, table, required):
            return None
        by_name = _unique_names(contacts)
        names_by_key: dict[str, str] = (
            {}
            if contacts is None
            else dict(contacts.dropna(subset=["name"])[["contact_key", "name"]].values.tolist())
        )
        rows: list[dict[str, Any]] = []
        for row, record in table.records:
            if not self.common(name, row, record):
                continue
            ok, at = self.time(name, row, record, "at")
            if not ok:
                continue
            if at is None:
                self.problem(name, row, "at", "empty time")
                continue
            direction = _DIRECTIONS.get((clean_str(record.get("direction")) or "").lower())
            if direction is None:
                self.problem(
                    name, row, "direction", f"{record.get('direction')!r} is not in or out"
                )
                continue
            kind = _KINDS.get((clean_str(record.get("kind")) or "").lower())
            if kind is None:
                self.problem(
                    name,
                    row,
                    "kind",
                    f"unknown kind {record.get('kind')!r} (one of {', '.join(INTERACTION_KINDS)})",
                )
                continue
            person = clean_str(record.get("name"))
            handle = normalise_handle(record.get("handle"))
            if person is None and handle is None:
                self.problem(name, row, "name", "no name or handle")
                continue
            key = (
                handle
                or by_name.get(_normalise_name(person) or "")
                or _contact_key(None, None, None, person)
            )
            participants = clean_str(record.get("n_participants"))
            rows.append(
                {
                    "at": at,
                    "contact_key": key,
                    "name": person or names_by_key.get(key or ""),
                    "direction": direction,
                    "kind": kind,
                    "thread_key": clean_str(record.get("thread_key")),
                    "n_participants": int(participants)
                    if participants and participants.isdigit() and int(participants) >= 2
                    else 2,
                    "source_row": row,
                }
            )
        return _frame(rows, ["at"])


def _frame(rows: list[dict[str, Any]], time_columns: list[str]) -> pd.DataFrame | None:
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    for column in time_columns:
        frame[column] = pd.to_datetime(frame[column], utc=True)
    return frame


def _unique_names(contacts: pd.DataFrame | None) -> dict[str, str]:
    """Normalised name → contact_key, for names that only one contact has."""
    if contacts is None or contacts.empty:
        return {}
    names = contacts["name"].map(lambda n: _normalise_name(n) if isinstance(n, str) else None)
    counts = Counter(names.dropna())
    return {
        name: key
        for name, key in zip(names, contacts["contact_key"], strict=True)
        if name and counts[name] == 1
    }


def _relation_from_file_name(name: str) -> str:
    words = re.split(r"[^a-z]+", PurePosixPath(name).stem.lower())
    for word in words:
        if word in _RELATION_WORDS:
            return _RELATION_WORDS[word]
    return "contact"


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one generic snapshot: a contacts file plus any interactions files joined to it.

    Bad rows and files become ``problems`` rows naming file, row and column; the rest loads.
    """
    reader = _Reader(archive)
    names = list(detection.files or ())
    tables: dict[str, _Table] = {}
    for name in names:
        try:
            tables[name] = _parse(archive.read_bytes(name))
        except (OSError, UnicodeError, csv.Error) as error:
            reader.log.add(
                archive.source(name), f"could not read the file: {error}", severity="error"
            )
    contacts_names = [n for n, t in tables.items() if not t.is_interactions]
    contacts: pd.DataFrame | None = None
    for name in contacts_names:
        contacts = reader.contacts(name, tables[name])
    interactions = [
        frame
        for name, table in tables.items()
        if table.is_interactions
        and (frame := reader.interactions(name, table, contacts)) is not None
    ]
    exported_at = _snapshot_date(reader, names)
    missing: dict[str, str] = {"requests": "a generic CSV holds no requests"}
    if not contacts_names:
        missing["contacts"] = "only an interactions file was given"
    if not any(tables[n].is_interactions for n in tables):
        missing["interactions"] = "no interactions file was given"
    platform = reader.platform or "generic"
    if contacts is not None:
        contacts = contacts.assign(platform=platform)
    return LoadedExport(
        platform=platform,
        generation=detection.generation,
        source=archive.source(names[0]) if names else archive.label,
        owner=reader.owner,
        exported_at=exported_at,
        contacts=contacts,
        interactions=pd.concat(interactions, ignore_index=True).assign(platform=platform)
        if interactions
        else None,
        problems=reader.log.frame(),
        missing=missing,
        files_read=set(tables),
    )


def _snapshot_date(reader: _Reader, names: list[str]) -> pd.Timestamp | None:
    """The exported_at column, else the first file's name date; None lets the caller guess
    from the folder name or the modification time."""
    if reader.dates:
        distinct = sorted(set(reader.dates))
        if len(distinct) > 1:
            reader.log.add(
                reader.archive.source(names[0]),
                f"exported_at differs between rows ({distinct[0].date()} … "
                f"{distinct[-1].date()}); the latest is used",
                severity="warning",
            )
        return distinct[-1]
    for name in names:
        found = find_date_in_name(PurePosixPath(name).name)
        if found is not None:
            return found
    return None
