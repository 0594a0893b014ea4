"""Loader for LinkedIn "Get a copy of your data" exports (Basic and Complete, 2018 → 2026).

What it reads (format notes: ``shared/formats/linkedin-x-mastodon-bluesky-contacts.md`` §1):

- ``Connections.csv`` → contacts (relation ``connection``); date-only rows of hidden or closed
  profiles are counted in ``extra["hidden_connections"]``, never turned into people;
- ``Invitations.csv`` → requests (the open invitations at export time);
- ``messages.csv`` (2018: ``Messages.csv``) → interactions of kind ``message``, read with
  polars because the file can hold millions of rows with multi-line cells;
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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa

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
    base = PurePosixPath(name).name.lower()
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
_COMBO_COLUMNS = ("FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DIRECTION")
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


def _read_message_frame(
    archive: Archive, name: str, log: ProblemLog
) -> tuple[pl.DataFrame, set[str]] | None:
    """messages.csv as an all-string polars frame with every canonical column, and the set of
    columns the file itself has."""
    source = archive.source(name)
    try:
        data = archive.read_bytes(name)
    except (OSError, ValueError, EOFError) as error:
        log.add(source, f"could not read {name}: {error}", severity="error")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    frame: pl.DataFrame | None = None
    try:
        # polars parses RFC-4180 multi-line quoted cells and quoted headers (2026) natively,
        # an order of magnitude faster than the csv module on million-row files.
        frame = pl.read_csv(data, infer_schema=False, quote_char='"', raise_if_empty=False)
    except (pl.exceptions.PolarsError, ValueError):
        frame = None
    if frame is None or not {"FROM", "DATE"} <= {c.strip().upper() for c in frame.columns}:
        # UTF-16, cp1252, a preamble, or a broken file: the tolerant reader decides.
        try:
            header, rows = read_csv_rows(data, header_contains=("from", "date"))
        except (ValueError, csv.Error) as error:
            log.add(source, f"not a readable LinkedIn messages file: {error}", severity="error")
            return None
        width = len(header)
        ragged = sum(1 for row in rows if len(row) != width)
        rows = [row for row in rows if len(row) == width]
        if ragged:
            log.add(
                source,
                f"{ragged} message row(s) with the wrong number of fields skipped",
                severity="warning",
                n_skipped=ragged,
            )
        columns = [f"_{index}" for index in range(width)]
        frame = pl.DataFrame(
            {column: [row[i] for row in rows] for i, column in enumerate(columns)},
            schema=dict.fromkeys(columns, pl.String),
        ).rename(dict(zip(columns, header, strict=True)))
    renamed = {c: c.strip().strip('"').strip().upper() for c in frame.columns}
    frame = frame.rename(renamed)
    if not {"FROM", "DATE"} <= set(frame.columns):
        log.add(
            source,
            f"not a LinkedIn messages header (no FROM/DATE columns): {list(frame.columns)[:6]}",
            severity="error",
        )
        return None
    present = set(frame.columns)
    missing = [c for c in _MESSAGE_COLUMNS if c not in present]
    frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(c) for c in missing)
    return frame.select(_MESSAGE_COLUMNS), present


def _parse_message_dates(dates: pl.Series) -> pl.Series:
    """DATE → UTC: the 2020+ format on every value, the others only where it did not fit."""
    # The " UTC" literal stays in the format: polars' strptime keeps its fast path with it
    # (pandas' to_datetime falls off its fast path: ~6 s instead of ~0.7 s for 2M values).
    parsed = dates.str.strptime(pl.Datetime("us"), _MESSAGE_DATE_FORMATS[0], strict=False)
    failed = parsed.is_null() & dates.is_not_null()
    if failed.any():
        # 2018 Messages.csv ("M/D/YY, h:mm AM") and odd re-saves; few rows, so cost is no matter.
        stripped = dates.str.strip_chars()
        for fmt in _MESSAGE_DATE_FORMATS[1:]:
            parsed = parsed.fill_null(stripped.str.strptime(pl.Datetime("us"), fmt, strict=False))
    return parsed.dt.replace_time_zone("UTC").dt.cast_time_unit("ns")


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


@dataclass
class _Combo:
    """What one distinct (sender, recipients, direction) combination means."""

    status: str  # "ok", "sponsored" or "unknown-owner"
    out: bool
    n_participants: int
    counterparts: list[tuple[str | None, str | None]]  # (contact_key, name)


def _owner_from_messages(combos: list[dict[str, Any]], owner: _Owner) -> None:
    """Fill the owner's name and URL from the messages themselves.

    The owner takes part in every message (as sender or recipient), so without Profile.csv
    the name present in the most rows is theirs. Their URL is the sender URL most often
    carried by rows they sent (Profile.csv does not contain it, format notes §1.9).
    """
    if owner.name is None:
        presence: Counter[str] = Counter()
        display: dict[str, str] = {}
        for combo in combos:
            names = {combo["FROM"], *_split_names(combo["TO"], None)}
            for name in names:
                key = _name_key(name)
                if key:
                    presence[key] += combo["n"]
                    display.setdefault(key, name)
        if presence:
            owner.name = display[presence.most_common(1)[0][0]]
    owner_key = owner.key
    sent_urls: Counter[str] = Counter()
    for combo in combos:
        url = _url(combo["SENDER PROFILE URL"])
        if url and _name_key(combo["FROM"]) == owner_key:
            sent_urls[url] += combo["n"]
    if sent_urls:
        owner.urls.add(sent_urls.most_common(1)[0][0])


def _interpret(
    combo: dict[str, Any], owner: _Owner, resolver: _Resolver, has_sender_urls: bool
) -> _Combo:
    sender = clean_str(combo["FROM"])
    sender_url = _url(combo["SENDER PROFILE URL"])
    urls = [_url(u) for u in _URL_SPLIT.split(combo["RECIPIENT PROFILE URLS"] or "")]
    urls = [u for u in urls if u]
    names: list[str | None] = list(_split_names(combo["TO"], len(urls) or None))
    if urls and len(names) != len(urls):
        names = [None] * len(urls)
    recipients: list[tuple[str | None, str | None]] = list(
        zip(names, urls if urls else [None] * len(names), strict=True)
    )
    direction = (combo["DIRECTION"] or "").upper()
    if direction in ("INCOMING", "OUTGOING"):  # 2018 Messages.csv says it outright
        out = direction == "OUTGOING"
    else:
        out = owner.is_owner(sender, sender_url)
    if not out:
        n_participants = max(2, 1 + len(recipients))
        # Sponsored mail / InMail carries no sender URL (2020+ files have the column), and
        # "LinkedIn Member" is a hidden profile: neither is a person one can count.
        if (has_sender_urls and not sender_url) or _name_key(sender) in _NOT_PEOPLE:
            return _Combo("sponsored", out, n_participants, [])
        return _Combo("ok", out, n_participants, [(resolver.key(sender, sender_url), sender)])
    others = [(n, u) for n, u in recipients if not owner.is_owner(n, u)]
    n_participants = max(2, 1 + len(others))
    if not others:
        return _Combo("ok", out, n_participants, [(None, None)])
    return _Combo("ok", out, n_participants, [(resolver.key(n, u), n) for n, u in others])


def _read_messages(
    archive: Archive,
    name: str,
    log: ProblemLog,
    owner: _Owner,
    resolver: _Resolver,
    export: LoadedExport,
) -> pl.DataFrame | None:
    """messages.csv → interactions (polars), one row per (message, counterpart)."""
    source = archive.source(name)
    read = _read_message_frame(archive, name, log)
    if read is None:
        return None
    frame, present = read
    n_rows = frame.height
    if n_rows == 0:
        return None
    # 2020+ files have a SENDER PROFILE URL column; an empty cell there marks sponsored mail.
    has_sender_urls = "SENDER PROFILE URL" in present
    yes = ("YES", "TRUE")
    draft = (
        (pl.col("FOLDER").str.to_uppercase() == "DRAFT")
        | pl.col("IS MESSAGE DRAFT").str.to_uppercase().is_in(yes)
        | pl.col("IS CONVERSATION DRAFT").str.to_uppercase().is_in(yes)
    ).fill_null(False)
    # Sponsored InMail bodies are spinmail HTML (2020+ exports).
    spinmail = pl.col("CONTENT").str.starts_with('<p class="spinmail').fill_null(False)
    # A lean frame of what the interactions need: the big CONTENT column is reduced to a hash
    # at once, so no later step copies it.
    lean = frame.select(
        pl.col("CONVERSATION ID").alias("thread_key"),
        pl.col("DATE"),
        pl.col("CONTENT").str.len_bytes().fill_null(0).alias("_content"),
        # One hash per distinct (sender, recipients) combination: there are few of them
        # (about one per conversation), so their meaning is worked out once in Python and
        # joined back. A 64-bit hash collision among ~10^5 combinations has probability ~1e-9.
        pl.struct([pl.col(c) for c in _COMBO_COLUMNS]).hash(seed=1).alias("_combo"),
        draft.alias("_draft"),
        spinmail.alias("_spinmail"),
    ).with_row_index("_row")
    n_drafts = int(lean["_draft"].sum())
    n_spinmail = int((lean["_spinmail"] & ~lean["_draft"]).sum())
    lean = lean.filter(~pl.col("_draft") & ~pl.col("_spinmail")).drop("_draft", "_spinmail")

    firsts = lean.group_by("_combo").agg(pl.len().alias("n"), pl.col("_row").first())
    combos = (
        frame.select(_COMBO_COLUMNS)[firsts["_row"]]
        .with_columns(firsts["n"], firsts["_combo"])
        .to_dicts()
    )
    del frame
    for combo in combos:
        resolver.learn_sender(combo["FROM"], _url(combo["SENDER PROFILE URL"]))
    _owner_from_messages(combos, owner)

    meaning: dict[str, list[Any]] = {
        "_combo": [],
        "_status": [],
        "_out": [],
        "n_participants": [],
        "contact_key": [],
        "name": [],
    }
    for combo in combos:
        interpreted = _interpret(combo, owner, resolver, has_sender_urls)
        for key, who in interpreted.counterparts or [(None, None)]:
            meaning["_combo"].append(combo["_combo"])
            meaning["_status"].append(interpreted.status)
            meaning["_out"].append(interpreted.out)
            meaning["n_participants"].append(interpreted.n_participants)
            meaning["contact_key"].append(key)
            meaning["name"].append(who)
    meanings = pl.DataFrame(
        meaning,
        schema={
            "_combo": pl.UInt64,
            "_status": pl.String,
            "_out": pl.Boolean,
            "n_participants": pl.Int64,
            "contact_key": pl.String,
            "name": pl.String,
        },
    )
    ok = meanings.filter(pl.col("_status") == "ok").drop("_status")
    n_sponsored = int(
        firsts.join(meanings.filter(pl.col("_status") != "ok").unique("_combo"), on="_combo")[
            "n"
        ].sum()
    )

    at = _parse_message_dates(lean["DATE"])
    bad_dates = int((at.is_null() & lean["DATE"].is_not_null()).sum())
    result = (
        lean.with_columns(at.alias("at"))
        .join(ok, on="_combo", how="inner", maintain_order="left")
        .select(
            pl.lit(PLATFORM).alias("platform"),
            "at",
            "contact_key",
            "name",
            pl.when(pl.col("_out")).then(pl.lit("out")).otherwise(pl.lit("in")).alias("direction"),
            pl.lit("message").alias("kind"),
            "thread_key",
            "n_participants",
            # A message seen in two snapshots has the same conversation, time, direction,
            # counterpart (for inbound rows: the sender) and content length. The length, not a
            # hash, fingerprints the content: it is as cheap and stays the same across library
            # versions, so keys of a cached snapshot still match a freshly read one.
            pl.concat_str(
                [
                    pl.lit("message"),
                    pl.col("thread_key").fill_null(""),
                    pl.col("DATE").fill_null(""),
                    pl.when(pl.col("_out")).then(pl.lit("out")).otherwise(pl.lit("in")),
                    pl.coalesce(pl.col("contact_key"), pl.col("name"), pl.lit("")),
                    pl.col("_content").cast(pl.String),
                ],
                separator="|",
            ).alias("event_key"),
        )
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
) -> pl.DataFrame | None:
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
                    "event_key": f"endorsement|{direction}|{raw_dates[index]}|{skills[index]}|{_name_key(who)}",
                }
            )
    return _small_interactions(rows, "endorsement", direction)


def _read_recommendations(
    archive: Archive, name: str, direction: str, log: ProblemLog, resolver: _Resolver
) -> pl.DataFrame | None:
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
                "event_key": f"recommendation|{direction}|{raw_dates[index]}|{_name_key(who)}",
            }
        )
    return _small_interactions(rows, "recommendation", direction)


def _small_interactions(
    rows: list[dict[str, Any]], kind: str, direction: str
) -> pl.DataFrame | None:
    if not rows:
        return None
    at = pd.to_datetime(pd.Series([r["at"] for r in rows], dtype=object), utc=True)
    return pl.DataFrame(
        {
            "platform": [PLATFORM] * len(rows),
            "at": pl.from_pandas(at.astype("datetime64[ns, UTC]")),
            "contact_key": [r["contact_key"] for r in rows],
            "name": [r["name"] for r in rows],
            "direction": [direction] * len(rows),
            "kind": [kind] * len(rows),
            "thread_key": pl.Series([None] * len(rows), dtype=pl.String),
            "n_participants": pl.Series([2] * len(rows), dtype=pl.Int64),
            "event_key": [r["event_key"] for r in rows],
        }
    )


def _to_pandas(frame: pl.DataFrame) -> pd.DataFrame:
    """polars → pandas keeping strings in Arrow memory (pandas ``string[pyarrow]``).

    Converting millions of strings to Python objects costs seconds; Arrow-backed strings cost
    milliseconds and are a string dtype the schema accepts.
    """
    string = pd.StringDtype("pyarrow")
    mapping = {pa.large_string(): string, pa.string(): string, pa.string_view(): string}
    return frame.to_arrow().to_pandas(types_mapper=mapping.get)


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

    parts: list[pl.DataFrame] = []
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
        export.interactions = _to_pandas(pl.concat(parts, how="diagonal_relaxed"))

    if export.owner is None:
        export.owner = owner.name
    if owner.urls:
        export.owner_details["profile_urls"] = sorted(owner.urls)
    export.problems = log.frame()
    return export
