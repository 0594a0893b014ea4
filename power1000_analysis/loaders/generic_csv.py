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
    date_order,
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
                 DD/MM/YYYY or MM/DD/YYYY (what a spreadsheet may write) is read
                 in the order the column shows by a day above 12; a value that
                 cannot be read is left empty (one warning names the rows).
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
unreadable exported_at, relation, direction or kind is reported with its file, row
number (the header is row 1) and column, and skipped, and so is a last row the file's
end cuts short; rows whose at cannot be read are skipped, named in one warning per
file; the other rows load.

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
    #: (file row, cells) of the records with fewer cells than the header
    short: list[tuple[int, int]] = field(default_factory=list)
    #: the file ends inside its last record (no line break after a short last row)
    cut: bool = False

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
        if len(cells) < len(table.header):
            table.short.append((start, len(cells)))
        if max_records is not None and len(table.records) >= max_records:
            break
    else:
        last = table.short[-1][0] if table.short else None
        table.cut = (
            last is not None
            and bool(table.records)
            and table.records[-1][0] == last
            and not text.endswith(("\n", "\r"))
        )
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


_NUMERIC_TIME = re.compile(
    r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def _numeric_time(text: str, day_first: bool) -> pd.Timestamp | None:
    """``22/11/2011`` (also with ``.`` or ``-`` and an ``HH:MM[:SS]`` time) in the given
    day/month order, as UTC; None when it is not such a date."""
    found = _NUMERIC_TIME.fullmatch(text.strip())
    if found is None:
        return None
    first, second = int(found[1]), int(found[3])
    day, month = (first, second) if day_first else (second, first)
    try:
        return pd.Timestamp(
            year=int(found[4]),
            month=month,
            day=day,
            hour=int(found[5] or 0),
            minute=int(found[6] or 0),
            second=int(found[7] or 0),
            tz="UTC",
        )
    except ValueError:
        return None


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
    if "platform" not in columns and not _own_columns_only(columns):
        return None
    if not (columns & {"name", "handle", "profile_url", "email"} or table.is_interactions):
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


_CONTACT_COLUMNS = {
    "platform",
    "name",
    "handle",
    "profile_url",
    "email",
    "company",
    "position",
    "relation",
    "connected_at",
    "exported_at",
    "owner",
}
_INTERACTION_COLUMNS = {
    "platform",
    "at",
    "name",
    "handle",
    "direction",
    "kind",
    "thread_key",
    "n_participants",
}


def _own_columns_only(columns: set[str]) -> bool:
    """A header of this format's own columns alone (``name,handle,connected_at``) that lacks
    ``platform``: claimed so that ``read`` can say the column is missing. Other CSVs without
    ``platform`` (address books, logs, a platform's own files) are not claimed."""
    if "name" in columns and len(columns) >= 2 and columns <= _CONTACT_COLUMNS:
        return True
    return len(_INTERACTION_MARKERS & columns) >= 2 and columns <= _INTERACTION_COLUMNS


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

    def rows_check(self, name: str, table: _Table) -> set[int]:
        """Say what is wrong with the file's rows as a whole; the rows to skip (a last row
        the file's end cuts: it would read as a person named by its first cells)."""
        source = self.archive.source(name)
        if not table.records:
            self.log.add(source, "no rows under the header: nothing to read", severity="warning")
            return set()
        skip: set[int] = set()
        short = table.short
        if table.cut:
            row, cells = short[-1]
            skip.add(row)
            short = short[:-1]
            self.log.add(
                source,
                f"row {row}: the file ends inside this row ({cells} of {len(table.header)} "
                "cells: the file may be cut); row skipped",
                n_skipped=1,
            )
        if short:
            listed = ", ".join(str(r) for r, _ in short[:10])
            more = f" and {len(short) - 10} more" if len(short) > 10 else ""
            self.log.add(
                source,
                f"{len(short)} row(s) with fewer cells than the header ({len(table.header)}): "
                f"row{'s' if len(short) > 1 else ''} {listed}{more}; the missing cells are "
                "read as empty",
            )
        return skip

    def column_times(
        self, name: str, table: _Table, column: str, skip: set[int]
    ) -> tuple[dict[int, pd.Timestamp | None], set[int]]:
        """The times of one date column by file row, and the rows whose value it could not
        read. ISO values as ``parse_time``; numeric dates in the order the column shows (a
        day above 12: ``22/11/2011`` makes the column D/M/Y). What it cannot read is said in
        one warning per file: connected_at is left empty (the contact kept), a row without
        its ``at`` is skipped."""
        raw = {
            row: clean_str(record.get(column)) for row, record in table.records if row not in skip
        }
        times: dict[int, pd.Timestamp | None] = {}
        others: dict[int, str] = {}
        for row, text in raw.items():
            try:
                times[row] = parse_time(text)
            except ValueError:
                others[row] = text or ""
                times[row] = None
        if not others:
            return times, set()
        order = date_order(others.values())
        read: list[int] = []
        for row, text in others.items():
            day_first = order.day_first
            if day_first is None:
                # the column does not decide: only a value that reads one way is read
                # (14/01/2017 in a column that also has 01/14/2017; 05/05/2017)
                single = date_order([text])
                if single.numeric and not single.ambiguous:
                    day_first = single.day_first is not False
            if day_first is not None:
                times[row] = _numeric_time(text, day_first)
                if times[row] is not None and order.day_first is not None:
                    read.append(row)
        source = self.archive.source(name)
        if read:
            form = "DD/MM/YYYY" if order.day_first else "MM/DD/YYYY"
            deciding = [r for r in read if date_order([others[r]]).day_first is not None]
            example = others[(deciding or read)[0]]
            self.log.add(
                source,
                f"{len(read)} {column} value(s) read as {form}, the order the column "
                f"shows ({example!r}); write YYYY-MM-DD to be sure",
                severity="info",
            )
        unread = [row for row in others if times[row] is None]
        if unread:
            shown = ", ".join(f"row {r} {others[r]!r}" for r in unread[:5])
            more = f" and {len(unread) - 5} more" if len(unread) > 5 else ""
            why = (
                "day and month could be either way round"
                if order.day_first is None and order.ambiguous
                else "not a date this format reads"
            )
            kept = column == "connected_at"
            self.log.add(
                source,
                f"{len(unread)} {column} value(s) not read ({why}: {shown}{more}); "
                + (
                    "the contacts are kept with connected_at empty"
                    if kept
                    else "those rows are skipped"
                )
                + ". Write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS with an optional Z or +HH:MM",
                n_skipped=0 if kept else len(unread),
            )
        return times, set(unread)

    def contacts(self, name: str, table: _Table) -> pd.DataFrame | None:
        if self.missing_columns(name, table, ["platform", "name"]):
            return None
        skip = self.rows_check(name, table)
        connected_times, _ = self.column_times(name, table, "connected_at", skip)
        default_relation = _relation_from_file_name(name)
        rows: list[dict[str, Any]] = []
        seen: dict[str, int] = {}
        for row, record in table.records:
            if row in skip or not self.common(name, row, record):
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
            connected_at = connected_times.get(row)
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
        skip = self.rows_check(name, table)
        times, unread = self.column_times(name, table, "at", skip)
        by_name = _unique_names(contacts)
        names_by_key: dict[str, str] = (
            {}
            if contacts is None
            else dict(contacts.dropna(subset=["name"])[["contact_key", "name"]].values.tolist())
        )
        rows: list[dict[str, Any]] = []
        for row, record in table.records:
            if row in skip or not self.common(name, row, record):
                continue
            if row in unread:  # counted in column_times' warning
                continue
            at = times.get(row)
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
    if contacts is not None and exported_at is not None:
        _warn_late_connections(reader, contacts_names[-1], tables, contacts, exported_at)
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


def _warn_late_connections(
    reader: _Reader,
    name: str,
    tables: dict[str, _Table],
    contacts: pd.DataFrame,
    exported_at: pd.Timestamp,
) -> None:
    """One warning when connected_at values fall more than a day after the file's own date
    (its exported_at column or the date in its name): day and month swapped, or a wrong
    date. The contacts are kept as read (the rule of LinkedIn's Connected On)."""
    limit = exported_at.normalize() + pd.Timedelta(days=2)
    late = contacts.loc[contacts["connected_at"].notna() & (contacts["connected_at"] >= limit)]
    if late.empty:
        return
    row = int(late["source_row"].iloc[0])
    written = dict(tables[name].records).get(row, {}).get("connected_at")
    reader.log.add(
        reader.archive.source(name),
        f"{len(late)} connected_at value(s) after the file's date {exported_at.date()} "
        f"(e.g. row {row} {written!r}): day and month may be swapped, or the date is wrong; "
        "kept as read",
        severity="warning",
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
