"""Loader for LinkedIn "Get a copy of your data" exports (Basic and Complete, 2018 → 2026).

What it reads (format notes: ``shared/formats/linkedin-x-mastodon-bluesky-contacts.md`` §1):

- ``Connections.csv`` → contacts (relation ``connection``); date-only rows of hidden or closed
  profiles are counted in ``extra["hidden_connections"]``, never turned into people;
- ``Invitations.csv`` → requests (the open invitations at export time);
- ``messages.csv`` (2018: ``Messages.csv``) → interactions of kind ``message``. The file can
  hold millions of rows with multi-line cells: polars parses it on every core and derives
  what each row needs in the same streaming pass (``_message_rows``); the csv module reads
  what polars refuses (other encodings, preambles, broken quoting, recorded as problems).
  String columns come out as categoricals built from the distinct values. ``event_key`` is
  a uint64 hash that is the same in every process, library version and machine (see
  ``_read_messages``), as are the endorsement and recommendation keys;
- ``Endorsement_{Received,Given}_Info.csv`` → ``endorsement``,
  ``Recommendations_{Received,Given}.csv`` → ``recommendation`` interactions;
- ``Profile.csv`` (and ``Registration.csv``) → the owner.

Reactions, comments, shares and votes name no counterpart, sponsored mail, drafts and the
learning-coach bot files are not interactions: they are recognised (so not reported as
unknown) but not read into frames.

Example
-------
>>> import io, zipfile
>>> from power1000_analysis.loaders._archive import ZipArchive
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w") as zf:
...     zf.writestr(
...         "Connections.csv",
...         "First Name,Last Name,URL,Email Address,Company,Position,Connected On\\n"
...         "Zoë,Brandt,https://www.linkedin.com/in/zo%C3%AB-brandt,,Acme,CTO,08 Feb 2023\\n"
...         ",,,,,,07 Jun 2024\\n",
...     )
>>> archive = ZipArchive(buffer, label="Basic_LinkedInDataExport_06-10-2024.zip")
>>> [detection] = detect(archive)
>>> export = read(archive, detection)
>>> export.contacts[["contact_key", "name"]].values.tolist()
[['https://www.linkedin.com/in/zoë-brandt', 'Zoë Brandt']]
>>> export.extra["hidden_connections"], str(export.exported_at.date())
(1, '2024-06-10')
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
from pandas.api.types import union_categoricals

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._text import (
    clean_str,
    decode_text,
    find_date_in_name,
    normalise_url,
    read_csv_rows,
)

__all__ = ["GENERATIONS", "PLATFORM", "detect", "read"]

PLATFORM = "linkedin"
#: export generations, named by the years their shape was seen (format notes §1.3 and §1.5).
GENERATIONS: tuple[str, ...] = (
    "2018",  # Messages.csv From/To/Direction, Connected On "M/D/YY, h:mm AM", no preamble
    "2020-2021",  # Connections without preamble, 6 columns, "DD Mon YYYY"
    "2021-2023",  # Connections behind a "Notes:" preamble, 6 columns
    "2023-2025",  # Connections URL column, Invitations profile URLs, messages 10+ columns
    "2026",  # messages.csv with every field quoted, numbered Comments_<n>.csv
)

# -- file names -------------------------------------------------------------------------------

_NUMBERED = re.compile(r"\d{4,}$")

#: files this loader reads into frames (normalised names, see ``_file_key``).
_CONNECTIONS = "connections.csv"
_INVITATIONS = "invitations.csv"
_MESSAGES = "messages.csv"
_PROFILE = "profile.csv"
_REGISTRATION = "registration.csv"
_ENDORSEMENTS = {"endorsementreceivedinfo.csv": "in", "endorsementgiveninfo.csv": "out"}
_RECOMMENDATIONS = {"recommendationsreceived.csv": "in", "recommendationsgiven.csv": "out"}
#: bot and LinkedIn Learning coach conversations (2025+): same header as messages, no people.
_BOT_MESSAGES = {
    "guidemessages.csv",
    "coachmessages.csv",
    "learningcoachmessages.csv",
    "learningroleplaymessages.csv",
}
#: files that exist in LinkedIn exports but hold nothing about ties to other people (engagement
#: without a counterpart, the owner's own records, address-book uploads): recognised, not read.
_RECOGNISED = {
    f"{name}.csv"
    for name in [
        "accountstatushistory",
        "adtargeting",
        "adsclicked",
        "articles",
        "causesyoucareabout",
        "certifications",
        "comments",
        "companyfollows",
        "contacts",
        "courses",
        "education",
        "emailaddresses",
        "events",
        "hashtagfollows",
        "honors",
        "importedcontacts",
        "inferencesaboutyou",
        "instantreposts",
        "jobapplicantsavedanswers",
        "jobapplicantsavedscreeningquestionresponses",
        "jobapplications",
        "jobseekerpreferences",
        "languages",
        "lanadsengagement",
        "learning",
        "logins",
        "memberfollows",
        "memberhashtags",
        "notes",
        "organizations",
        "patents",
        "phonenumbers",
        "positions",
        "privateidentityasset",
        "profilesummary",
        "projects",
        "publications",
        "reactions",
        "receipts",
        "richmedia",
        "savedjobalerts",
        "savedjobs",
        "saveditems",
        "searchqueries",
        "securitychallenges",
        "shares",
        "skills",
        "testscores",
        "verifications",
        "volunteering",
        "votes",
        "whatsappphonenumbers",
    ]
}


def _file_key(name: str) -> str:
    """A member's base name compared the LinkedIn way: case-insensitive, ignoring spaces,
    underscores and hyphens (``Phone Numbers.csv`` in 2018, ``PhoneNumbers.csv`` from 2022), and
    without the number the 2026 Complete archives append (``Comments_34875879.csv``)."""
    base = name.rpartition("/")[2].lower()  # no PurePosixPath: called for every member
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = _NUMBERED.sub("", re.sub(r"[\s_\-]+", "", stem))
    return f"{stem}.{extension}"


class _Files:
    """The members of one export, indexed by ``_file_key``; shallower paths first."""

    def __init__(self, names: Iterable[str]):
        self.by_key: dict[str, list[str]] = defaultdict(list)
        for name in sorted(names, key=lambda n: (n.count("/"), n)):
            self.by_key[_file_key(name)].append(name)

    def all(self, key: str) -> list[str]:
        return self.by_key.get(key, [])

    def first(self, key: str) -> str | None:
        found = self.by_key.get(key)
        return found[0] if found else None


# -- small helpers ----------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _url(url: str | None) -> str | None:
    """``normalise_url`` memoised: a messages file repeats the same few thousand URLs."""
    return normalise_url(url)


@lru_cache(maxsize=1 << 16)
def _name_key(name: str | None) -> str | None:
    """The comparison form of a display name: NFC, single spaces, lower case."""
    text = clean_str(name)
    return " ".join(text.split()).lower() if text else None


def _full_name(first: str | None, last: str | None) -> str | None:
    return clean_str(" ".join(part for part in (clean_str(first), clean_str(last)) if part))


def _handle(url: str | None) -> str | None:
    """The ``<slug>`` of ``https://www.linkedin.com/in/<slug>``."""
    if not url:
        return None
    parts = url.split("://", 1)[-1].split("/")
    return parts[2] or None if len(parts) >= 3 and parts[1] == "in" else None


_SPACES = str.maketrans({"\u202f": " ", "\xa0": " "})


def _parse_times(values: Sequence[str | None], formats: Sequence[str]) -> pd.Series:
    """Parse strings with the first format that fits each value; naive results are UTC.

    LinkedIn writes no zone on ``M/D/YY, h:mm AM`` dates (Invitations, Recommendations, 2018
    files); they are taken as UTC because the zone cannot be known (format notes §1.12).
    """
    cleaned = pd.Series(
        [v.translate(_SPACES).strip() if isinstance(v, str) else None for v in values],
        dtype=object,
    )
    result = pd.Series(pd.NaT, index=cleaned.index, dtype="datetime64[ns, UTC]")
    for fmt in formats:
        todo = result.isna() & cleaned.notna()
        if not todo.any():
            break
        result[todo] = pd.to_datetime(cleaned[todo], format=fmt, utc=True, errors="coerce")
    return result.astype("datetime64[ns, UTC]")


_US_DATETIME = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p")
#: Connected On: "08 Feb 2023" (2019+), "3/12/18, 4:05 PM" (2018), "9-Sep-22" (Excel re-save).
_CONNECTED_ON = ("%d %b %Y", *_US_DATETIME, "%d-%b-%y", "%d-%b-%Y", "%Y-%m-%d", "%m/%d/%Y")
_UTC_SLASHED = ("%Y/%m/%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S UTC", "%Y/%m/%d %H:%M:%S")


@dataclass
class _Table:
    """A small CSV file as rows keyed by upper-cased header name."""

    name: str
    header: list[str]
    rows: list[dict[str, str]]

    def column(self, *names: str) -> list[str | None]:
        for candidate in names:
            if candidate.upper() in self.header:
                return [clean_str(row.get(candidate.upper())) for row in self.rows]
        return [None] * len(self.rows)

    def has(self, name: str) -> bool:
        return name.upper() in self.header


def _read_table(
    archive: Archive, name: str, log: ProblemLog, header_contains: Sequence[str]
) -> _Table | None:
    """Read one small CSV member; a broken file becomes a problem row and ``None``."""
    source = archive.source(name)
    try:
        header, rows = read_csv_rows(archive.read_bytes(name), header_contains=header_contains)
    except (OSError, ValueError, csv.Error, EOFError) as error:
        log.add(source, f"could not read {name}: {error}", severity="error")
        return None
    upper = [h.upper() for h in header]
    records = []
    ragged = 0
    for row in rows:
        if len(row) > len(upper):
            ragged += 1
        records.append(dict(zip(upper, row, strict=False)))
    if ragged:
        log.add(source, f"{ragged} row(s) have more fields than the header", severity="warning")
    return _Table(name, upper, records)


# -- detection --------------------------------------------------------------------------------


def _head(archive: Archive, name: str, size: int = 4096) -> str:
    try:
        with archive.open(name) as stream:
            return decode_text(stream.read(size))
    except (OSError, ValueError, EOFError):
        return ""


def _header_line(text: str, *required: str) -> str | None:
    for line in text.splitlines()[:12]:
        lowered = line.lower()
        if all(word in lowered for word in required):
            return line
    return None


def detect(archive: Archive) -> list[Detection]:
    """LinkedIn exports in ``archive``, one per root folder, recognised by content.

    A root is the folder holding a ``Connections.csv`` whose header names ``First Name`` and
    ``Connected On``, or a ``messages.csv`` / ``Invitations.csv`` with LinkedIn's header. An
    archive may hold the export at its top or in a nested ``Complete_LinkedInDataExport_…/``.

    Example
    -------
    >>> from power1000_analysis.loaders._archive import FolderArchive
    >>> detect(FolderArchive("/nonexistent-folder"))
    []
    """
    evidence: dict[str, dict[str, str]] = defaultdict(dict)
    for name in archive.names():
        key = _file_key(name)
        if key not in (_CONNECTIONS, _MESSAGES, _INVITATIONS):
            continue
        head = _head(archive, name)
        root = str(PurePosixPath(name).parent) if "/" in name else ""
        if key == _CONNECTIONS:
            line = _header_line(head, "first name", "connected on")
        elif key == _MESSAGES:
            line = _header_line(head, "conversation id", "sender profile url") or _header_line(
                head, "from", "to", "date", "subject", "content", "direction"
            )
        else:
            line = _header_line(head, "from", "to", "sent at", "direction")
        if line is not None:
            evidence[root][key] = head
    detections = []
    for root in sorted(evidence, key=lambda r: (r.count("/") + bool(r), r)):
        # Files in a folder nested under another root belong to that export (2025 exports
        # have been seen with Connections.csv beside the Complete_… folder holding the rest).
        if any(
            other != root and (other == "" or root.startswith(other + "/")) for other in evidence
        ):
            continue
        found = dict(evidence[root])
        for other, heads in evidence.items():
            if other != root and (root == "" or other.startswith(root + "/")):
                for key, head in heads.items():
                    found.setdefault(key, head)
        generation, notes = _generation(found)
        detections.append(
            Detection(
                platform=PLATFORM,
                generation=generation,
                root=root,
                confidence=90 if _CONNECTIONS in found else 80,
                evidence="; ".join(notes),
            )
        )
    return detections


def _generation(heads: dict[str, str]) -> tuple[str, list[str]]:
    """The export generation from the heads of Connections.csv and messages.csv."""
    notes = []
    connections = heads.get(_CONNECTIONS, "")
    messages = heads.get(_MESSAGES, "")
    header = _header_line(connections, "first name", "connected on") or ""
    lines = connections.splitlines()
    has_notes = bool(lines) and lines[0].strip().lower().startswith("notes")
    has_url = "url" in [h.strip().strip('"').lower() for h in header.split(",")]
    if connections:
        notes.append(
            "Connections.csv header"
            + (" with URL column" if has_url else " without URL column")
            + (" after a Notes: preamble" if has_notes else "")
        )
    message_header = _header_line(messages, "date") or ""
    if messages:
        notes.append(f"messages.csv header: {message_header[:60]}")
    after_header = lines[lines.index(header) + 1] if header in lines[:-1] else ""
    if message_header.startswith('"CONVERSATION ID"'):
        return "2026", notes
    if has_url or "RECIPIENT PROFILE URLS" in message_header.upper():
        return "2023-2025", notes
    if has_notes:
        return "2021-2023", notes
    if re.search(r"\d+/\d+/\d\d, ", after_header) or (
        message_header.upper().startswith("FROM,TO,DATE")
    ):
        return "2018", notes
    return "2020-2021", notes


# -- owner ----------------------------------------------------------------------------------


@dataclass
class _Owner:
    """Who exported: a display name and every profile URL seen for them."""

    name: str | None = None
    urls: set[str] = field(default_factory=set)

    @property
    def key(self) -> str | None:
        return _name_key(self.name)

    def is_owner(self, name: str | None, url: str | None) -> bool:
        if url and self.urls:
            return url in self.urls
        return name is not None and self.key is not None and _name_key(name) == self.key


def _read_profile(archive: Archive, files: _Files, log: ProblemLog, export: LoadedExport) -> None:
    name = files.first(_PROFILE)
    if name is None:
        return
    export.files_read.add(name)
    table = _read_table(archive, name, log, ("First Name",))
    if table is None or not table.rows:
        return
    row = {k: clean_str(v) for k, v in table.rows[0].items()}
    export.owner = _full_name(row.get("FIRST NAME"), row.get("LAST NAME"))
    for column, detail in (("HEADLINE", "headline"), ("INDUSTRY", "industry")):
        if row.get(column):
            export.owner_details[detail] = row[column]
    if row.get("GEO LOCATION"):
        export.owner_details["location"] = row["GEO LOCATION"]


def _read_registration(
    archive: Archive, files: _Files, log: ProblemLog, export: LoadedExport
) -> None:
    name = files.first(_REGISTRATION)
    if name is None:
        return
    export.files_read.add(name)
    table = _read_table(archive, name, log, ("Registered At",))
    if table is None or not table.rows:
        return
    registered = _parse_times(table.column("Registered At")[:1], _US_DATETIME).iloc[0]
    if not pd.isna(registered):
        # The start of the owner's LinkedIn timeline (account age).
        export.owner_details["registered_at"] = registered


# -- connections ------------------------------------------------------------------------------


def _read_connections(
    archive: Archive, name: str, log: ProblemLog, export: LoadedExport
) -> pd.DataFrame | None:
    # The header is found by scanning for it: a "Notes:" preamble precedes it from mid-2021,
    # and no fixed number of lines can be skipped (format notes §1.3).
    table = _read_table(archive, name, log, ("First Name", "Connected On"))
    if table is None:
        return None
    source = archive.source(name)
    first = table.column("First Name")
    last = table.column("Last Name")
    urls = [_url(u) for u in table.column("URL", "Profile URL")]
    emails = table.column("Email Address")
    companies = table.column("Company")
    positions = table.column("Position")
    connected_raw = table.column("Connected On")
    names = [_full_name(f, la) for f, la in zip(first, last, strict=True)]
    connected = _parse_times(connected_raw, _CONNECTED_ON)

    # A row without name, URL or e-mail has no identity (company/position alone is none).
    identified = [bool(n or u or e) for n, u, e in zip(names, urls, emails, strict=True)]
    # Hidden or closed profiles are exported as date-only rows (",,,,,,07 Jun 2026"): they are
    # connections without an identity, counted but never made into people.
    hidden = identified.count(False)
    export.extra["hidden_connections"] = hidden
    if hidden:
        log.add(
            source,
            f"{hidden} connection(s) with a hidden or closed profile (date-only rows) are "
            "counted in hidden_connections, not read as people",
            severity="info",
            n_skipped=hidden,
        )
    bad_dates = sum(
        1
        for raw, when, keep in zip(connected_raw, connected, identified, strict=True)
        if keep and raw and pd.isna(when)
    )
    if bad_dates:
        log.add(
            source,
            f"{bad_dates} Connected On value(s) in an unknown date format; connected_at left empty",
            severity="warning",
        )

    frame = pd.DataFrame(
        {
            "name": names,
            "first_name": first,
            "last_name": last,
            "profile_url": urls,
            "email": emails,
            "company": companies,
            "position": positions,
            "connected_at": connected,
        }
    ).loc[np.array(identified, dtype=bool)]
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return None
    frame["handle"] = [_handle(u) for u in frame["profile_url"]]
    frame["relation"] = "connection"
    frame["contact_key"] = _contact_keys(frame)
    duplicated = frame.duplicated("contact_key")
    if duplicated.any():
        log.add(
            source,
            f"{int(duplicated.sum())} repeated profile URL(s); the first row of each is kept",
            severity="warning",
            n_skipped=int(duplicated.sum()),
        )
        frame = frame[~duplicated].reset_index(drop=True)
    return frame


def _contact_keys(frame: pd.DataFrame) -> list[str]:
    """Normalised profile URL where the export has one (mid-2023+), else ``name:<name>``.

    Before mid-2023 Connections.csv has no URL, so the name is the only key. Two connections
    of the same name get ``name:<name>``, ``name:<name>#2``, … numbered in order of Connected
    On (oldest first; file order breaks ties): LinkedIn lists the newest connections first, so
    a namesake added in a later snapshot gets the next number instead of renaming an existing
    contact's key.
    """
    keys: list[str | None] = [url if isinstance(url, str) else None for url in frame["profile_url"]]
    order = frame.assign(_row=range(len(frame))).sort_values(
        ["connected_at", "_row"], kind="stable", na_position="last"
    )
    seen: Counter[str] = Counter()
    for row, name, email in zip(order["_row"], order["name"], order["email"], strict=True):
        if keys[row] is not None:
            continue
        base = f"name:{_name_key(name)}" if name else f"email:{str(email).lower()}"
        seen[base] += 1
        keys[row] = base if seen[base] == 1 else f"{base}#{seen[base]}"
    return [key or "" for key in keys]


class _Resolver:
    """Counterpart (name, URL) → contact_key, consistent with the contacts frame."""

    def __init__(self, contacts: pd.DataFrame | None):
        self.urls: set[str] = set()
        self.by_name: dict[str, str | None] = {}
        self.sender_urls: dict[str, str | None] = {}
        if contacts is None:
            return
        for key, name, url in zip(
            contacts["contact_key"], contacts["name"], contacts["profile_url"], strict=True
        ):
            if isinstance(url, str):
                self.urls.add(url)
            name_key = _name_key(name)
            if name_key:
                # A name shared by two connections resolves to nobody (None), not to a guess.
                self.by_name[name_key] = None if name_key in self.by_name else key

    def learn_sender(self, name: str | None, url: str | None) -> None:
        """Remember the URL a sender name carries in messages (to resolve a URL-less TO)."""
        name_key = _name_key(name)
        if name_key and url:
            known = self.sender_urls.get(name_key, url)
            self.sender_urls[name_key] = url if known == url else None

    def key(self, name: str | None, url: str | None) -> str | None:
        name_key = _name_key(name)
        if url:
            if url in self.urls:
                return url
            # A name-keyed connection (exports before mid-2023 have no URL column).
            by_name = self.by_name.get(name_key) if name_key else None
            if by_name is not None and not by_name.startswith(("http://", "https://")):
                return by_name
            return url
        if name_key is None:
            return None
        if self.by_name.get(name_key):
            return self.by_name[name_key]
        return self.sender_urls.get(name_key)


# -- invitations ------------------------------------------------------------------------------


def _read_invitations(
    archive: Archive,
    name: str,
    log: ProblemLog,
    owner: _Owner,
    resolver: _Resolver,
    contacts: pd.DataFrame | None,
) -> pd.DataFrame | None:
    table = _read_table(archive, name, log, ("Sent At", "Direction"))
    if table is None:
        return None
    source = archive.source(name)
    directions = [(d or "").upper() for d in table.column("Direction")]
    senders = table.column("From")
    receivers = table.column("To")
    inviter_urls = [_url(u) for u in table.column("inviterProfileUrl")]
    invitee_urls = [_url(u) for u in table.column("inviteeProfileUrl")]
    notes = table.column("Message")
    sent_at = _parse_times(table.column("Sent At"), _US_DATETIME)

    connected_at = (
        dict(zip(contacts["contact_key"], contacts["connected_at"], strict=True))
        if contacts is not None
        else {}
    )
    rows = []
    unknown_direction = 0
    for index, direction in enumerate(directions):
        if direction == "OUTGOING":
            # From is the owner on outgoing rows: their name and (late 2023+) profile URL.
            owner_name, owner_url = senders[index], inviter_urls[index]
            name_, url = receivers[index], invitee_urls[index]
            request_direction = "sent"
        elif direction == "INCOMING":
            owner_name, owner_url = receivers[index], invitee_urls[index]
            name_, url = senders[index], inviter_urls[index]
            request_direction = "received"
        else:
            unknown_direction += 1
            continue
        if owner_url:
            owner.urls.add(owner_url)
        if owner.name is None and owner_name:
            owner.name = owner_name
        key = resolver.key(name_, url)
        # Invitations.csv lists the invitations still open at export time. One whose
        # counterpart is already a connection in the same export was accepted (the snapshot
        # caught both); resolved_at is then the connection date. Across snapshots the merge
        # in network.py resolves the rest (accepted / withdrawn).
        connected = key is not None and key in connected_at
        when = connected_at.get(key) if connected and key is not None else None
        rows.append(
            {
                "contact_key": key,
                "name": name_,
                "profile_url": url,
                "direction": request_direction,
                "sent_at": sent_at.iloc[index],
                "status": "accepted" if connected else "pending",
                "resolved_at": when if when is not None and not pd.isna(when) else pd.NaT,
                "has_note": bool(notes[index]),
            }
        )
    if unknown_direction:
        log.add(
            source,
            f"{unknown_direction} invitation(s) with a Direction other than INCOMING/OUTGOING",
            severity="warning",
            n_skipped=unknown_direction,
        )
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    for column in ("sent_at", "resolved_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True).astype("datetime64[ns, UTC]")
    return frame


# -- messages ---------------------------------------------------------------------------------

#: canonical upper-case column names of every messages header era (format notes §1.5).
_MESSAGE_COLUMNS = (
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
    "DIRECTION",
    "IS MESSAGE DRAFT",
    "IS CONVERSATION DRAFT",
)
_SENDER_COLUMNS = ("FROM", "SENDER PROFILE URL", "DIRECTION")
_RECIPIENT_COLUMNS = ("TO", "RECIPIENT PROFILE URLS")
_KEY_COLUMNS = ("CONVERSATION ID", *_SENDER_COLUMNS, *_RECIPIENT_COLUMNS)
#: message DATE formats: UTC (2020+), then 2018's "M/D/YY, h:mm AM" and odd re-saves.
_MESSAGE_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S UTC",
    "%m/%d/%y, %I:%M %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d %H:%M:%S UTC",
    "%m/%d/%Y, %I:%M %p",
)
_URL_SPLIT = re.compile(r"\s*,\s*(?=(?:https?://|www\.))")
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]*\.)+$|^[A-Z]{2,6}$|^(?:Jr|Sr|PhD|MBA|MD|CFA)\.?$")
#: senders that are LinkedIn itself or hidden profiles, not people (format notes §1.5).
_NOT_PEOPLE = {"linkedin member", "linkedin"}


def _canonical_column(name: str) -> str:
    """A messages header name as ``_MESSAGE_COLUMNS`` spell it (2026 quotes, any case)."""
    return name.strip().strip('"').strip().upper()


def _message_rows(frame: pl.LazyFrame, present: set[str]) -> pl.LazyFrame:
    """What the interactions need of each message row, computed in one (parallel) pass.

    ``frame`` has canonical column names; ``present`` says which of them the file has. The
    result holds the key columns (strings), ``_at`` (the DATE in the 2020+ format, as
    nanoseconds), ``_date_text`` (the DATE text where that format did not fit: 2018 files and
    odd re-saves, parsed afterwards), ``_content`` (CONTENT length in bytes: the big column is
    never materialised beyond it), ``_draft`` and ``_spinmail`` flags, and ``_k``: an
    in-process hash of the conversation, sender part and recipient part (a 64-bit collision
    among the ~10^5 distinct values has probability ~1e-9), null on drafts and sponsored InMail
    (those rows are counted, not read).
    """
    frame = frame.with_columns(
        pl.lit(None, dtype=pl.String).alias(column)
        for column in _MESSAGE_COLUMNS
        if column not in present
    )
    yes = ("YES", "TRUE")
    draft = (
        (pl.col("FOLDER").str.to_uppercase() == "DRAFT")
        | pl.col("IS MESSAGE DRAFT").str.to_uppercase().is_in(yes)
        | pl.col("IS CONVERSATION DRAFT").str.to_uppercase().is_in(yes)
    ).fill_null(False)
    # Sponsored InMail bodies are spinmail HTML (2020+ exports).
    spinmail = pl.col("CONTENT").str.starts_with('<p class="spinmail').fill_null(False)
    # The " UTC" literal stays in the format: polars' strptime keeps its fast path with it
    # (pandas' to_datetime falls off its fast path: ~6 s instead of ~0.7 s for 2M values).
    at = pl.col("DATE").str.strptime(pl.Datetime("ns"), _MESSAGE_DATE_FORMATS[0], strict=False)
    return (
        frame.select(
            *_KEY_COLUMNS,
            pl.col("DATE"),
            at.alias("_at"),
            pl.col("CONTENT").str.len_bytes().fill_null(0).alias("_content"),
            draft.alias("_draft"),
            spinmail.alias("_spinmail"),
        )
        .with_columns(
            pl.when(pl.col("_at").is_null()).then(pl.col("DATE")).alias("_date_text"),
            pl.when(pl.col("_draft") | pl.col("_spinmail"))
            .then(None)
            .otherwise(pl.struct(list(_KEY_COLUMNS)).hash(seed=1))
            .alias("_k"),
        )
        .drop("DATE")
    )


def _scan_messages(source: Path | bytes) -> tuple[pl.DataFrame, set[str]] | None:
    """The fast path: polars parses the file on every core (RFC-4180 multi-line quoted cells,
    quoted 2026 headers, a UTF-8 BOM) and ``_message_rows`` runs in the same streaming pass.

    Returns None when the header is not a messages header (a preamble, UTF-16, cp1252);
    raises ``polars.exceptions.PolarsError`` on malformed quoting or ragged rows. Either way
    the caller falls back to the tolerant Python reader, which records what it skips.
    """
    lazy = pl.scan_csv(source, infer_schema=False, quote_char='"', raise_if_empty=False)
    columns = lazy.collect_schema().names()
    renamed = {column: _canonical_column(column) for column in columns}
    present = set(renamed.values())
    if not {"FROM", "DATE"} <= present or len(present) != len(columns):
        return None
    rows = _message_rows(lazy.rename(renamed), present).collect(engine="streaming")
    return rows, present


def _read_message_rows(
    archive: Archive, name: str, log: ProblemLog
) -> tuple[pl.DataFrame, set[str]] | None:
    """messages.csv → ``_message_rows`` (a polars frame) and the set of columns the file has.

    polars reads the file when it can (``_scan_messages``); the csv module reads it when
    polars refuses it or finds no messages header there (UTF-16, cp1252, a preamble, broken
    quoting), dropping ragged rows as a recorded problem. Both paths run the same
    ``_message_rows``, so they give the same rows (pinned by the tests on tricky cells).
    """
    source = archive.source(name)
    try:
        # A folder export hands polars the file itself (memory-mapped, no copy of a member
        # that can be ~650 MB); a zip member is inflated into memory once.
        path = archive.local_path(name)
        data = archive.read_bytes(name) if path is None else None
        csv_source: Path | bytes = path if path is not None else data or b""
    except (OSError, ValueError, EOFError) as error:
        log.add(source, f"could not read {name}: {error}", severity="error")
        return None
    refused: str | None = None
    try:
        fast = _scan_messages(csv_source)
    except (pl.exceptions.PolarsError, ValueError, OSError) as error:
        fast = None
        refused = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
    if fast is not None:
        return fast
    # UTF-16, cp1252, a preamble, or a broken file: the tolerant reader decides.
    try:
        if data is None:
            data = archive.read_bytes(name)
        if refused is not None and _is_utf8(data):
            # Not an encoding polars does not read: the file breaks CSV's quoting rules
            # (or has ragged rows). Said, so that a misread cell can be traced to it.
            log.add(
                source,
                f"{name} is not well-formed CSV ({refused}); read with the tolerant reader",
                severity="warning",
            )
        header, rows = read_csv_rows(data, header_contains=("from", "date"))
    except (OSError, EOFError) as error:
        log.add(source, f"could not read {name}: {error}", severity="error")
        return None
    except (ValueError, csv.Error) as error:
        log.add(source, f"not a readable LinkedIn messages file: {error}", severity="error")
        return None
    width = len(header)
    skipped = [row for row in rows if len(row) != width]
    if skipped:
        rows = [row for row in rows if len(row) == width]
        # An unterminated quote swallows the lines after it into one ragged row: say how
        # much of the file the skipped rows cover, not only how many rows they are.
        lines = sum(1 + sum(c.rstrip("\r\n").count("\n") for c in row) for row in skipped)
        spans = f" ({lines} lines of the file)" if lines > len(skipped) else ""
        log.add(
            source,
            f"{len(skipped)} message row(s) with the wrong number of fields skipped{spans}",
            severity="warning",
            n_skipped=len(skipped),
        )
    names = [_canonical_column(column) for column in header]
    present = set(names)
    if not {"FROM", "DATE"} <= present:
        log.add(
            source,
            f"not a LinkedIn messages header (no FROM/DATE columns): {header[:6]}",
            severity="error",
        )
        return None
    # Only the first of a repeated column name is read (as polars would refuse the file).
    first = {column: index for index, column in reversed(list(enumerate(names)))}
    frame = pl.DataFrame(
        {column: [row[index] for row in rows] for column, index in first.items()},
        schema=dict.fromkeys(first, pl.String),
    )
    return _message_rows(frame.lazy(), present).collect(), present


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse_other_dates(texts: pl.Series) -> pl.Series:
    """DATE texts not in the 2020+ format: 2018's "M/D/YY, h:mm AM" and odd re-saves (few
    rows, so the cost is no matter); null where no format fits."""
    stripped = texts.str.strip_chars()
    parsed = pl.Series(texts.name, [None] * len(texts), dtype=pl.Datetime("ns"))
    for fmt in _MESSAGE_DATE_FORMATS[1:]:
        parsed = parsed.fill_null(stripped.str.strptime(pl.Datetime("ns"), fmt, strict=False))
    return parsed


def _first_positions(codes: np.ndarray) -> np.ndarray:
    """Where each code first occurs, for codes numbered in order of first appearance (as
    ``pd.factorize`` numbers them): a new code is always one more than the largest so far."""
    if len(codes) == 0:
        return np.zeros(0, dtype=np.int64)
    running = np.maximum.accumulate(codes)
    return np.flatnonzero(np.diff(running, prepend=-1) > 0)


def _factorize(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Codes 0, 1, … numbered in order of first appearance, and how many there are."""
    codes, uniques = pd.factorize(values)
    return codes.astype(np.int64, copy=False), len(uniques)


def _split_names(to: str | None, expected: int | None) -> list[str]:
    """TO joins recipient names with ", ", but names hold ", " too ("Jane Doe, Ph.D."):
    re-attach credential-like fragments to the name before them."""
    if not to:
        return []
    parts = [p.strip() for p in to.split(",") if p.strip()]
    if expected is not None and len(parts) == expected:
        return parts
    merged: list[str] = []
    for part in parts:
        if merged and _CREDENTIAL.match(part):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


@dataclass(frozen=True)
class _Sender:
    """What the sender part (FROM, SENDER PROFILE URL, DIRECTION) of a message row means."""

    out: bool
    #: (contact_key, name) of an inbound row's sender; None for sponsored or hidden senders
    #: (and for outbound rows, whose counterparts are the recipients).
    counterpart: tuple[str | None, str | None] | None


def _recipients(to: str | None, urls_text: str | None) -> list[tuple[str | None, str | None]]:
    """(name, normalised URL) of each recipient named by one TO / RECIPIENT PROFILE URLS pair."""
    urls = [u for u in (_url(part) for part in _URL_SPLIT.split(urls_text or "")) if u]
    names: list[str | None] = list(_split_names(to, len(urls) or None))
    if urls and len(names) != len(urls):
        names = [None] * len(urls)
    return list(zip(names, urls if urls else [None] * len(names), strict=True))


def _recipient_count(to: str | None, urls_text: str | None) -> int:
    """``len(_recipients(to, urls_text))`` without building the names."""
    urls = sum(1 for part in _URL_SPLIT.split(urls_text or "") if _url(part))
    return urls or len(_split_names(to, None))


def _sender(
    from_: str | None,
    url_text: str | None,
    direction_text: str | None,
    owner: _Owner,
    resolver: _Resolver,
    has_sender_urls: bool,
) -> _Sender:
    sender = clean_str(from_)
    sender_url = _url(url_text)
    direction = (direction_text or "").upper()
    if direction in ("INCOMING", "OUTGOING"):  # 2018 Messages.csv says it outright
        out = direction == "OUTGOING"
    else:
        out = owner.is_owner(sender, sender_url)
    if out:
        return _Sender(True, None)
    # Sponsored mail / InMail carries no sender URL (2020+ files have the column), and
    # "LinkedIn Member" is a hidden profile: neither is a person one can count.
    if (has_sender_urls and not sender_url) or _name_key(sender) in _NOT_PEOPLE:
        return _Sender(False, None)
    return _Sender(False, (resolver.key(sender, sender_url), sender))


def _owner_from_messages(
    senders: Sequence[tuple[str | None, str | None]],
    recipients: Sequence[str | None],
    combos: tuple[np.ndarray, np.ndarray, np.ndarray],
    owner: _Owner,
) -> None:
    """Fill the owner's name and URL from the messages themselves.

    ``senders`` holds (FROM, SENDER PROFILE URL) per distinct sender part, ``recipients`` the
    TO text per distinct recipient part, ``combos`` (sender index, recipient index, number of
    rows) per distinct combination of the two. The owner takes part in every message (as
    sender or recipient), so without Profile.csv the name present in the most rows is theirs
    (a name counted once per row, even when it is sender and recipient). Their URL is the
    sender URL most often carried by rows they sent (Profile.csv does not contain it, format
    notes §1.9).
    """
    combo_s, combo_r, combo_n = combos
    rows_by_sender = np.bincount(combo_s, weights=combo_n, minlength=len(senders))
    if owner.name is None:
        presence: Counter[str] = Counter()
        display: dict[str, str] = {}
        to_names: list[set[str | None]] = [set(_split_names(to, None)) for to in recipients]
        rows_by_recipient = np.bincount(combo_r, weights=combo_n, minlength=len(recipients))
        counted: list[tuple[set[str | None], float]] = [
            *zip([{sender} for sender, _ in senders], rows_by_sender.tolist(), strict=True),
            *zip(to_names, rows_by_recipient.tolist(), strict=True),
        ]
        for names, n in counted:
            for name in names:
                key = _name_key(name)
                if key and name is not None:
                    presence[key] += int(n)
                    display.setdefault(key, name)
        # A sender who is also named in TO was counted twice for those rows.
        for s, r, n in zip(combo_s.tolist(), combo_r.tolist(), combo_n.tolist(), strict=True):
            sender = senders[s][0]
            if sender is not None and sender in to_names[r]:
                key = _name_key(sender)
                if key:
                    presence[key] -= n
        if presence:
            owner.name = display[presence.most_common(1)[0][0]]
    owner_key = owner.key
    sent_urls: Counter[str] = Counter()
    for (sender, url_text), n in zip(senders, rows_by_sender.tolist(), strict=True):
        url = _url(url_text)
        if url and n and _name_key(sender) == owner_key:
            sent_urls[url] += int(n)
    if sent_urls:
        owner.urls.add(sent_urls.most_common(1)[0][0])


def _stable_hash(text: str) -> int:
    """A 64-bit hash of a string that is the same in every process, version and machine
    (unlike ``hash`` and polars' ``Expr.hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser on uint64 (numpy's wrapping arithmetic), in place: a fixed
    bijection that spreads every input bit, so ``_mix(_mix(a) ^ b)`` combines hashes the
    same way everywhere."""
    shifted = np.empty_like(values)
    for shift, factor in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB)):
        np.right_shift(values, np.uint64(shift), out=shifted)
        values ^= shifted
        values *= np.uint64(factor)
    np.right_shift(values, np.uint64(31), out=shifted)
    values ^= shifted
    return values


def _categorical(codes: np.ndarray, categories: Sequence[str]) -> pd.Categorical:
    """A categorical from integer codes (-1 = missing) and distinct string categories."""
    index = pd.Index(list(categories), dtype=object)
    return pd.Categorical.from_codes(codes, categories=index, validate=False)


def _string_codes(values: Sequence[str | None]) -> tuple[np.ndarray, list[str]]:
    """Codes (-1 for None and "") and the distinct strings as sorted categories (so that
    sorting by the categorical column sorts as the strings would)."""
    codes, uniques = pd.factorize(pd.Series([v or None for v in values], dtype=object), sort=True)
    return codes.astype(np.int64, copy=False), [str(u) for u in uniques]


def _read_messages(
    archive: Archive,
    name: str,
    log: ProblemLog,
    owner: _Owner,
    resolver: _Resolver,
    export: LoadedExport,
) -> pd.DataFrame | None:
    """messages.csv → interactions, one row per (message, counterpart).

    Rows are interpreted per distinct (sender part, recipient part) combination, about one
    per conversation: the Python work (URL normalisation, name splitting, resolving keys)
    is done once per distinct sender and once per distinct recipient list, and the millions
    of message rows only index into the result (NumPy gathers). String columns are
    categoricals built from those distinct values, as the Meta loaders build theirs.
    """
    source = archive.source(name)
    read = _read_message_rows(archive, name, log)
    if read is None:
        return None
    frame, present = read
    n_rows = frame.height
    if n_rows == 0:
        return None
    # 2020+ files have a SENDER PROFILE URL column; an empty cell there marks sponsored mail.
    has_sender_urls = "SENDER PROFILE URL" in present
    drafts = frame["_draft"].to_numpy()
    n_drafts = int(drafts.sum())
    n_spinmail = int((frame["_spinmail"].to_numpy() & ~drafts).sum())

    # Distinct (conversation, sender part, recipient part) keys numbered in file order
    # (pd.factorize: one hash-table pass), then per key the distinct sender parts, recipient
    # parts, their combinations (about one per conversation and direction) and conversations,
    # each numbered in file order (so ties in the owner inference break the same way on
    # every run). Excluded rows (drafts, sponsored InMail) get the pseudo-key n_keys.
    hashes = frame["_k"]
    included = np.flatnonzero(hashes.is_not_null().to_numpy())
    key_of_included, n_keys = _factorize(hashes.drop_nulls().to_numpy())
    row_key = np.full(n_rows, n_keys, dtype=np.int64)
    row_key[included] = key_of_included
    key_rows = np.bincount(key_of_included, minlength=n_keys)
    firsts = frame.select(_KEY_COLUMNS)[
        pl.Series(included[_first_positions(key_of_included)], dtype=pl.Int64)
    ]
    parts = firsts.select(
        pl.struct(list(_SENDER_COLUMNS)).hash(seed=2).alias("_s"),
        pl.struct(list(_RECIPIENT_COLUMNS)).hash(seed=3).alias("_r"),
        pl.col("CONVERSATION ID").hash(seed=4).alias("_t"),
    )
    key_s, n_senders = _factorize(parts["_s"].to_numpy())
    key_r, n_recipients = _factorize(parts["_r"].to_numpy())
    key_t, _ = _factorize(parts["_t"].to_numpy())
    key_c, n_combos = _factorize(key_s * max(n_recipients, 1) + key_r)
    combo_first = _first_positions(key_c)
    combo_s, combo_r = key_s[combo_first], key_r[combo_first]
    combo_n = np.bincount(key_c, weights=key_rows, minlength=n_combos).astype(np.int64)
    sender_parts: list[tuple[str | None, str | None, str | None]] = firsts.select(_SENDER_COLUMNS)[
        pl.Series(_first_positions(key_s))
    ].rows()
    recipient_parts: list[tuple[str | None, str | None]] = firsts.select(_RECIPIENT_COLUMNS)[
        pl.Series(_first_positions(key_r))
    ].rows()
    thread_texts: list[str | None] = (
        firsts["CONVERSATION ID"].gather(_first_positions(key_t)).to_list()
    )
    thread_codes, thread_categories = _string_codes(thread_texts)
    del firsts

    for from_, url_text, _ in sender_parts:
        resolver.learn_sender(from_, _url(url_text))
    _owner_from_messages(
        [(from_, url_text) for from_, url_text, _ in sender_parts],
        [to for to, _ in recipient_parts],
        (combo_s, combo_r, combo_n),
        owner,
    )
    # Counterparts (contact_key, name), numbered; per distinct sender part: outbound or not,
    # and an inbound row's counterpart (-1: sponsored or hidden sender, no counterpart).
    counterparts: dict[tuple[str | None, str | None], int] = {}
    sender_out = np.zeros(n_senders, dtype=bool)
    sender_party = np.full(n_senders, -1, dtype=np.int64)
    for s, (from_, url_text, direction) in enumerate(sender_parts):
        sender = _sender(from_, url_text, direction, owner, resolver, has_sender_urls)
        sender_out[s] = sender.out
        if sender.counterpart is not None:
            sender_party[s] = counterparts.setdefault(sender.counterpart, len(counterparts))
    combo_out = sender_out[combo_s]
    # Per distinct recipient part: the number of participants seen by an inbound row (only
    # the count of recipients matters), and an outbound row's counterparts (every recipient
    # but the owner; one unknown counterpart when none is left).
    inbound_n = np.zeros(n_recipients, dtype=np.int64)
    for r in np.unique(combo_r[~combo_out & (sender_party[combo_s] >= 0)]).tolist():
        inbound_n[r] = max(2, 1 + _recipient_count(*recipient_parts[r]))
    outbound_n = np.zeros(n_recipients, dtype=np.int64)
    outbound_count = np.zeros(n_recipients, dtype=np.int64)
    outbound_parties: list[list[int]] = [[] for _ in range(n_recipients)]
    for r in np.unique(combo_r[combo_out]).tolist():
        others = [
            (who, url)
            for who, url in _recipients(*recipient_parts[r])
            if not owner.is_owner(who, url)
        ]
        outbound_n[r] = max(2, 1 + len(others))
        parties = [(resolver.key(who, url), who) for who, url in others] or [(None, None)]
        outbound_parties[r] = [counterparts.setdefault(p, len(counterparts)) for p in parties]
        outbound_count[r] = len(parties)
    outbound_start = np.cumsum(outbound_count) - outbound_count
    outbound_flat = np.array(
        [party for parties in outbound_parties for party in parties], dtype=np.int64
    )

    # One "flat" entry per counterpart of each combination: combination c's entries start at
    # offsets[c] and number counts[c] (0 for sponsored and hidden senders, and for the
    # excluded rows' pseudo-combination n_combos).
    counts = np.zeros(n_combos + 1, dtype=np.int64)
    counts[:n_combos] = np.where(
        combo_out, outbound_count[combo_r], (sender_party[combo_s] >= 0).astype(np.int64)
    )
    offsets = np.cumsum(counts) - counts
    n_sponsored = int(combo_n[~combo_out & (sender_party[combo_s] < 0)].sum())
    flat_combo = np.repeat(np.arange(n_combos + 1), counts)
    flat_out = combo_out[flat_combo]
    flat_r = combo_r[flat_combo]
    flat_party = sender_party[combo_s[flat_combo]]
    outbound = np.flatnonzero(flat_out)
    position = outbound - offsets[flat_combo[outbound]]
    flat_party[outbound] = outbound_flat[outbound_start[flat_r[outbound]] + position]
    flat_n = np.where(flat_out, outbound_n[flat_r], inbound_n[flat_r])

    # Excluded and sponsored rows (0 counterparts) drop out; group messages sent by the
    # owner repeat once per other participant, in file order.
    row_combo = np.append(key_c, n_combos)[row_key]
    row_thread = np.append(key_t, 0)[row_key]
    per_row = counts[row_combo]
    rows = np.repeat(np.arange(n_rows), per_row)
    starts = np.cumsum(per_row) - per_row
    flat_index = np.repeat(offsets[row_combo] - starts, per_row) + np.arange(len(rows))
    del row_combo, per_row, starts

    # Times: the 2020+ format was parsed in the pass over the file; the rest here.
    at = frame["_at"]
    texts = frame["_date_text"]
    other = texts.is_not_null()
    if other.any():
        at = at.clone().scatter(other.arg_true(), _parse_other_dates(texts.filter(other)))
    unreadable = (at.is_null() & other & frame["_k"].is_not_null()).to_numpy()
    bad_dates = int(unreadable.sum())
    at_ns = at.to_physical().fill_null(np.iinfo(np.int64).min).to_numpy()[rows]

    # A message seen in two snapshots has the same conversation, time, direction,
    # counterpart (for inbound rows: the sender) and content length (the length, not a hash,
    # fingerprints the content: it is as cheap and never changes). event_key is a 64-bit
    # hash of them that is stable across processes, library versions and machines (blake2b
    # of each distinct string, SplitMix64 to combine), so keys of a snapshot cached on disk
    # match a freshly read one; polars' own hash is stable only within one polars version.
    thread_hash = np.array(
        [_stable_hash(f"message|{key or ''}") for key in thread_texts], dtype=np.uint64
    )
    party_hash = np.array(
        [
            [_stable_hash(f"{direction}|{key or who or ''}") for key, who in counterparts]
            for direction in ("in", "out")
        ],
        dtype=np.uint64,
    ).reshape(2, len(counterparts))
    pair_hash = party_hash[flat_out.astype(np.int64), flat_party]
    # The time as its integer (ns since 1970), 0 when missing; the raw DATE text where it
    # could not be parsed.
    date_bits = np.where(at_ns == np.iinfo(np.int64).min, 0, at_ns).view(np.uint64)
    if bad_dates:
        raw_texts = texts.to_numpy()
        raw = {text: _stable_hash(f"date|{text}") for text in raw_texts[unreadable]}
        unparsed = unreadable[rows]
        date_bits[unparsed] = [raw[text] for text in raw_texts[rows[unparsed]]]
    event_key = _mix(thread_hash[row_thread[rows]])
    event_key ^= date_bits
    event_key = _mix(event_key)
    event_key ^= pair_hash[flat_index]
    event_key = _mix(event_key)
    event_key ^= frame["_content"].to_numpy()[rows].astype(np.uint64)
    event_key = _mix(event_key)
    del frame, texts

    # Categoricals from the distinct values: no per-row strings at all.
    key_codes, key_categories = _string_codes([key for key, _ in counterparts])
    name_codes, name_categories = _string_codes([who for _, who in counterparts])
    flat_party_rows = flat_party[flat_index]
    n_out = len(rows)
    result = pd.DataFrame(
        {
            "platform": _categorical(np.zeros(n_out, dtype=np.int8), [PLATFORM]),
            "at": pd.Series(at_ns.view("M8[ns]"), copy=False).dt.tz_localize("UTC"),
            "contact_key": _categorical(key_codes[flat_party_rows], key_categories),
            "name": _categorical(name_codes[flat_party_rows], name_categories),
            "direction": _categorical(flat_out[flat_index].astype(np.int8), ["in", "out"]),
            "kind": _categorical(np.zeros(n_out, dtype=np.int8), ["message"]),
            "thread_key": _categorical(thread_codes[row_thread[rows]], thread_categories),
            "n_participants": flat_n[flat_index],
            "event_key": event_key,
        }
    )
    if bad_dates:
        log.add(
            source,
            f"{bad_dates} message row(s) with an unreadable DATE; kept with an empty time",
            severity="warning",
        )
    export.extra["messages_rows"] = n_rows
    export.extra["sponsored_messages"] = n_sponsored + n_spinmail
    export.extra["draft_messages"] = n_drafts
    if n_sponsored + n_spinmail:
        log.add(
            source,
            f"{n_sponsored + n_spinmail} sponsored/InMail or hidden-sender message row(s) "
            "(no sender profile URL, spinmail HTML or 'LinkedIn Member') are not interactions",
            severity="info",
            n_skipped=n_sponsored + n_spinmail,
        )
    if n_drafts:
        log.add(
            source,
            f"{n_drafts} draft message row(s) are not interactions",
            severity="info",
            n_skipped=n_drafts,
        )
    return result


# -- endorsements and recommendations ---------------------------------------------------------


def _read_endorsements(
    archive: Archive, names: list[str], direction: str, log: ProblemLog, resolver: _Resolver
) -> pd.DataFrame | None:
    # 2022 exports hold the received endorsements twice: Endorsement_Received_Info.csv (UTF-8,
    # comma) and Endorsement Received Info.csv (UTF-16LE, TAB, + Display Status). Rows are
    # de-duplicated on their content so the duplicate file is never counted twice.
    role = "Endorser" if direction == "in" else "Endorsee"
    seen: set[tuple[Any, ...]] = set()
    rows = []
    for name in names:
        table = _read_table(archive, name, log, ("Endorsement Date",))
        if table is None:
            continue
        first = table.column(f"{role} First Name")
        last = table.column(f"{role} Last Name")
        urls = [_url(u) for u in table.column(f"{role} Public Url")]
        skills = table.column("Skill Name")
        raw_dates = table.column("Endorsement Date")
        dates = _parse_times(raw_dates, _UTC_SLASHED)
        for index in range(len(table.rows)):
            who = _full_name(first[index], last[index])
            identity = (raw_dates[index], skills[index], _name_key(who))
            if identity in seen:
                continue
            seen.add(identity)
            rows.append(
                {
                    "at": dates.iloc[index],
                    "contact_key": resolver.key(who, urls[index]),
                    "name": who,
                    "event_key": _stable_hash(
                        f"endorsement|{direction}|{raw_dates[index]}|{skills[index]}|"
                        f"{_name_key(who)}"
                    ),
                }
            )
    return _small_interactions(rows, "endorsement", direction)


def _read_recommendations(
    archive: Archive, name: str, direction: str, log: ProblemLog, resolver: _Resolver
) -> pd.DataFrame | None:
    table = _read_table(archive, name, log, ("First Name",))
    if table is None:
        return None
    first = table.column("First Name")
    last = table.column("Last Name")
    raw_dates = table.column("Creation Date")
    dates = _parse_times(raw_dates, _US_DATETIME)
    rows = []
    for index in range(len(table.rows)):
        who = _full_name(first[index], last[index])
        rows.append(
            {
                "at": dates.iloc[index],
                # No profile URL in these files: matched to connections by name.
                "contact_key": resolver.key(who, None),
                "name": who,
                "event_key": _stable_hash(
                    f"recommendation|{direction}|{raw_dates[index]}|{_name_key(who)}"
                ),
            }
        )
    return _small_interactions(rows, "recommendation", direction)


def _small_interactions(
    rows: list[dict[str, Any]], kind: str, direction: str
) -> pd.DataFrame | None:
    if not rows:
        return None
    n = len(rows)
    at = pd.to_datetime(pd.Series([r["at"] for r in rows], dtype=object), utc=True)
    return pd.DataFrame(
        {
            "platform": _categorical(np.zeros(n, dtype=np.int8), [PLATFORM]),
            "at": at.astype("datetime64[ns, UTC]"),
            "contact_key": _categorical(*_string_codes([r["contact_key"] for r in rows])),
            "name": _categorical(*_string_codes([r["name"] for r in rows])),
            "direction": _categorical(np.zeros(n, dtype=np.int8), [direction]),
            "kind": _categorical(np.zeros(n, dtype=np.int8), [kind]),
            "thread_key": _categorical(np.full(n, -1, dtype=np.int8), []),
            "n_participants": np.full(n, 2, dtype=np.int64),
            "event_key": np.array([r["event_key"] for r in rows], dtype=np.uint64),
        }
    )


def _concat_interactions(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Messages, endorsements and recommendations as one frame; the string columns stay
    categoricals (their categories united: ``pd.concat`` would turn them into objects)."""
    if len(parts) == 1:
        return parts[0]
    columns: dict[str, Any] = {}
    for column in parts[0].columns:
        values = [part[column] for part in parts]
        if isinstance(values[0].dtype, pd.CategoricalDtype):
            columns[column] = union_categoricals([v.array for v in values])
        else:
            columns[column] = pd.concat(values, ignore_index=True).array
    return pd.DataFrame(columns)


# -- read -------------------------------------------------------------------------------------


def _exported_at(archive: Archive) -> pd.Timestamp | None:
    """The date LinkedIn writes into the export's name (``…DataExport_MM-DD-YYYY``)."""
    for part in reversed(archive.label.split("::")):
        for component in PurePosixPath(part.replace("\\", "/")).parts[-1:]:
            found = find_date_in_name(component)
            if found is not None:
                return found
    return None


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one LinkedIn export (``archive`` is already the export's root folder).

    Returns a :class:`LoadedExport` with contacts (connections), interactions (messages,
    endorsements, recommendations), requests (open invitations) and problems.

    Example
    -------
    >>> import power1000_analysis.loaders as loaders
    >>> found = loaders.discover("tests/fixtures/linkedin/2025")  # doctest: +SKIP
    >>> loaders.read_export(found[0]).contacts.shape  # doctest: +SKIP
    """
    log = ProblemLog()
    files = _Files(archive.names())
    export = LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.label,
        exported_at=_exported_at(archive),
    )
    for key, names in files.by_key.items():
        if key in _RECOGNISED or key in _BOT_MESSAGES:
            export.files_read.update(names)

    _read_profile(archive, files, log, export)
    _read_registration(archive, files, log, export)
    owner = _Owner(name=export.owner)

    contacts = None
    connections = files.first(_CONNECTIONS)
    if connections is not None:
        export.files_read.add(connections)
        contacts = _read_connections(archive, connections, log, export)
    else:
        export.missing["contacts"] = "no Connections.csv in this export"
    export.contacts = contacts
    resolver = _Resolver(contacts)

    invitations = files.first(_INVITATIONS)
    if invitations is not None:
        export.files_read.add(invitations)
        export.requests = _read_invitations(archive, invitations, log, owner, resolver, contacts)
    else:
        export.missing["requests"] = "no Invitations.csv in this export"

    parts: list[pd.DataFrame] = []
    messages = files.first(_MESSAGES)
    if messages is not None:
        export.files_read.add(messages)
        frame = _read_messages(archive, messages, log, owner, resolver, export)
        if frame is not None:
            parts.append(frame)
    else:
        export.missing["interactions"] = "no messages.csv in this export"
    for key, direction in _ENDORSEMENTS.items():
        names = files.all(key)
        export.files_read.update(names)
        if names:
            found = _read_endorsements(archive, names, direction, log, resolver)
            if found is not None:
                parts.append(found)
    for key, direction in _RECOMMENDATIONS.items():
        names = files.all(key)
        export.files_read.update(names)
        if names:
            found = _read_recommendations(archive, names[0], direction, log, resolver)
            if found is not None:
                parts.append(found)
    if parts:
        export.interactions = _concat_interactions(parts)

    if export.owner is None:
        export.owner = owner.name
    if owner.urls:
        export.owner_details["profile_urls"] = sorted(owner.urls)
    export.problems = log.frame()
    return export
