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

The package has one module per file kind: ``profile`` (owner), ``connections`` (and the
resolver of counterpart keys), ``invitations``, ``messages``, ``endorsements`` (with
recommendations); ``_common`` holds what they share; detection and ``read`` live here.

Reactions, comments, shares and votes name no counterpart, the learning-coach bot files are
not conversations with people, ``Member_Follows.csv`` names members without a profile URL
(they would be added a second time), ``Contacts.csv``/``Imported Contacts.csv`` are
address-book uploads and ``Notes.csv`` the owner's private notes: they are recognised (so not
reported as unknown), not read into frames, and listed with these reasons in one ``info``
problem (``_common._NOT_USED``). The owner's own records (skills, logins, jobs …) are
recognised silently. Sponsored InMail and drafts inside ``messages.csv`` are not
interactions either (``messages``).

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

import re
from collections import defaultdict
from pathlib import PurePosixPath

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._frames import concat_keeping_categories
from power1000_analysis.loaders._text import decode_text, find_date_in_name
from power1000_analysis.loaders.linkedin._common import (
    _CONNECTIONS,
    _ENDORSEMENTS,
    _INVITATIONS,
    _MESSAGES,
    _NOT_USED,
    _RECOGNISED,
    _RECOMMENDATIONS,
    PLATFORM,
    _file_key,
    _Files,
)
from power1000_analysis.loaders.linkedin.connections import _read_connections, _Resolver
from power1000_analysis.loaders.linkedin.endorsements import (
    _read_endorsements,
    _read_recommendations,
)
from power1000_analysis.loaders.linkedin.invitations import _read_invitations
from power1000_analysis.loaders.linkedin.messages import _read_messages
from power1000_analysis.loaders.linkedin.profile import _Owner, _read_profile, _read_registration

__all__ = ["GENERATIONS", "PLATFORM", "detect", "read"]

#: export generations, named by the years their shape was seen (format notes §1.3 and §1.5).
GENERATIONS: tuple[str, ...] = (
    "2018",  # Messages.csv From/To/Direction, Connected On "M/D/YY, h:mm AM", no preamble
    "2020-2021",  # Connections without preamble, 6 columns, "DD Mon YYYY"
    "2021-2023",  # Connections behind a "Notes:" preamble, 6 columns
    "2023-2025",  # Connections URL column, Invitations profile URLs, messages 10+ columns
    "2026",  # messages.csv with every field quoted, numbered Comments_<n>.csv
)


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
        if key in _NOT_USED:
            for name in names:
                export.not_used(name, _NOT_USED[key])
        elif key in _RECOGNISED:
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
        export.requests = _read_invitations(
            archive, invitations, log, owner, resolver, contacts, export.exported_at
        )
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
        export.interactions = concat_keeping_categories(parts)

    if export.owner is None:
        export.owner = owner.name
    if owner.urls:
        export.owner_details["profile_urls"] = sorted(owner.urls)
    export.problems = log.frame()
    return export
