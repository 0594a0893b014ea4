"""Address books: vCard files (2.1, 3.0, 4.0), Google Contacts CSV (legacy and current) and
Outlook CSV (Outlook's own export in English, German, French or Spanish, and the "Outlook
CSV" choice of Google Contacts).

An address book says *who you know*, not when or how often: every card becomes one
``contacts`` row with relation ``contact`` and no dates. Its e-mail addresses and phone
numbers are kept in the extra columns ``emails`` and ``phones`` (all values, ``"; "``-joined,
e-mails lower-cased, phones as digits with a leading ``+`` where the number was international)
so that identity resolution can match the same person on other platforms.

One export (one snapshot) is every ``.vcf`` file of one folder (Google Takeout's
``Contacts/<Label>/<Label>.vcf`` folders count as one book), or one Google or Outlook CSV file. Address
books have no owner. ``contact_key`` is ``uid:<UID>`` when the card has a UID (Apple's
``X-ABUID`` counts), else ``email:<first e-mail>``, else ``name:<normalised name>``; a key that
two different cards would share gets ``#2``, ``#3``… in file and card order, so keys are unique
and deterministic. Identical cards (the same person in Takeout's "My Contacts" and "All
Contacts") are one contact.

Example
-------
>>> from power1000_analysis.loaders._archive import FolderArchive
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.vcf").write_bytes(
...     b"BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Zo\\xc3\\xab Brandt\\r\\n"
...     b"EMAIL:Zoe@Example.org\\r\\nTEL:+49 171 555-0101\\r\\nEND:VCARD\\r\\n"
... )
>>> archive = FolderArchive(folder)
>>> [found] = detect(archive)
>>> contacts = read(archive, found).contacts
>>> contacts[["contact_key", "name", "phones"]].values.tolist()
[['email:zoe@example.org', 'Zoë Brandt', '+491715550101']]
"""

from __future__ import annotations

import codecs
import quopri
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import pandas as pd
import vobject

from power1000_analysis.loaders._archive import Archive, sniff_by_content
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._text import (
    clean_str,
    decode_text,
    find_date_in_name,
    read_csv_rows,
)

__all__ = ["GENERATIONS", "PLATFORM", "detect", "read"]

PLATFORM = "addressbook"
GENERATIONS: tuple[str, ...] = ("vcard", "google-csv", "google-csv-legacy", "outlook-csv")

_VCARD_SUFFIXES = (".vcf", ".vcard")
_LAYOUT_NAMES = {
    "google-csv": "Google Contacts CSV",
    "google-csv-legacy": "Google Contacts CSV",
    "outlook-csv": "Outlook contacts CSV",
}
_MULTI_VALUE = " ::: "  # Google CSV joins several values of one cell with this


# ---------------------------------------------------------------------------------------------
# detection


def _looks_like_vcard(archive: Archive, name: str) -> bool:
    try:
        with archive.open(name) as stream:
            head = stream.read(4096)
    except OSError:
        return False
    text = decode_text(head).lstrip("\ufeff \t\r\n")
    return text[:11].upper() == "BEGIN:VCARD"


def _google_layout(header: list[str]) -> str | None:
    """``google-csv`` (current), ``google-csv-legacy``, ``outlook-csv`` or None for any other
    CSV header.

    Outlook's header (its own export, and Google's "Outlook CSV" choice) names e-mails
    ``E-mail Address``, ``E-mail 2 Address``…; LinkedIn's ``Connections.csv`` says
    ``Email Address`` and Google's own layouts ``E-mail 1 - Value``, so the three never meet.
    A German, French or Spanish Outlook header (``Vorname``/``Nachname``/``E-Mail-Adresse``
    …, see ``_OUTLOOK_LOCALISED``) is ``outlook-csv`` too.
    """
    columns = set(header)
    if {"First Name", "Last Name", "E-mail Address"} <= columns:
        return "outlook-csv"
    if _outlook_language(header) is not None:  # German, French or Spanish Outlook
        return "outlook-csv"
    has_email_groups = any(re.fullmatch(r"E-mail \d+ - Value", c) for c in header)
    if {"Name", "Given Name", "Family Name"} <= columns and (
        has_email_groups or "Group Membership" in columns
    ):
        return "google-csv-legacy"
    # LinkedIn's Connections.csv also has First/Last Name but never Google's numbered groups.
    if (
        {"First Name", "Last Name"} <= columns
        and ("Labels" in columns or "Organization Name" in columns)
        and (has_email_groups or any(re.fullmatch(r"Phone \d+ - Value", c) for c in header))
    ):
        return "google-csv"
    return None


_HEAD_BYTES = 64 * 1024


def _csv_header(archive: Archive, name: str) -> list[str] | None:
    """The header of a CSV member, from its first 64 KiB. A longer file is cut after the
    last newline of that head: a cut inside a multi-byte UTF-8 character would make the
    whole head fail UTF-8 and be decoded as Windows-1252 (a mojibake header, not claimed)."""
    try:
        with archive.open(name) as stream:
            head = stream.read(_HEAD_BYTES)
        if len(head) == _HEAD_BYTES and (end := head.rfind(b"\n")) > 0:
            head = head[: end + 1]
        header, _rows = read_csv_rows(head, max_preamble_lines=1)
    except (OSError, ValueError, UnicodeError):
        return None
    return header


def _book_folder(name: str) -> str:
    """The folder whose .vcf files form one address book."""
    parts = PurePosixPath(name).parts[:-1]
    # Google Takeout: Contacts/<Label>/<Label>.vcf, one folder per label of the same book.
    if len(parts) >= 2 and parts[-2].lower() == "contacts":
        return "/".join(parts[:-1])
    return "/".join(parts)


def detect(archive: Archive) -> list[Detection]:
    """vCard files (by their ``BEGIN:VCARD`` opening) and Google Contacts CSVs (by header).

    A vCard saved under another name (``contacts.txt`` from a mail's "Save as", a file
    without extension) is recognised by its opening too (``sniff_by_content``).

    Example
    -------
    >>> from power1000_analysis.loaders._archive import FolderArchive
    >>> detect(FolderArchive("/nonexistent-folder"))
    []
    """
    books: dict[str, list[str]] = {}
    found: list[Detection] = []
    for name in archive.names():
        lowered = name.lower()
        if (
            lowered.endswith(_VCARD_SUFFIXES) or sniff_by_content(archive, name)
        ) and _looks_like_vcard(archive, name):
            books.setdefault(_book_folder(name), []).append(name)
        elif lowered.endswith(".csv"):
            header = _csv_header(archive, name)
            layout = _google_layout(header) if header else None
            if layout is not None:
                found.append(
                    Detection(
                        PLATFORM,
                        layout,
                        root="",
                        confidence=70,
                        evidence=f"{name}: {_LAYOUT_NAMES[layout]} header ({layout})",
                        files=(name,),
                    )
                )
    for folder, names in sorted(books.items()):
        found.append(
            Detection(
                PLATFORM,
                "vcard",
                root="",
                confidence=80,
                evidence=f"{len(names)} vCard file(s) in {folder or 'the top folder'}",
                files=tuple(sorted(names)),
            )
        )
    return found


# ---------------------------------------------------------------------------------------------
# one card, whatever its source


@dataclass
class _Card:
    source: str
    name: str | None = None
    company: str | None = None
    position: str | None = None
    uid: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def fingerprint(self) -> tuple[Any, ...]:
        return (
            _normalise_name(self.name),
            tuple(sorted(set(self.emails))),
            tuple(sorted(set(self.phones))),
        )


def _normalise_name(name: str | None) -> str | None:
    if not name:
        return None
    return " ".join(unicodedata.normalize("NFC", name).casefold().split()) or None


def normalise_email(value: str | None) -> str | None:
    """``" Zoe@Example.ORG "`` → ``"zoe@example.org"``; a value without ``@`` → None."""
    text = clean_str(value)
    if text is None:
        return None
    text = text.removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()
    return text if "@" in text else None


def normalise_phone(value: str | None) -> str | None:
    """Digits only, with a leading ``+`` where the number was written internationally.

    ``"+49 (171) 555-0101"`` → ``"+491715550101"``; ``"0049 171…"`` → ``"+49171…"``;
    ``"0171 5550101"`` → ``"01715550101"`` (no country code is invented); a value without
    digits → None. A ``tel:`` URI (vCard 4.0) and an extension after ``;`` or ``x`` are dropped.

    Example
    -------
    >>> normalise_phone("tel:+1-555-555-0199;ext=12")
    '+15555550199'
    """
    text = clean_str(value)
    if text is None:
        return None
    text = re.sub(r"(?i)^tel:", "", text)
    text = re.split(r"(?i);|\bext\b|x(?=\s*\d+\s*$)", text)[0].strip()
    digits = re.sub(r"\D", "", text)
    if not digits:
        return None
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00") and len(digits) > 4:
        return "+" + digits[2:]
    return digits


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)


# ---------------------------------------------------------------------------------------------
# vCard


def _decode_bytes(raw: bytes, charset: str | None) -> str:
    """Bytes of one value: the declared charset, else UTF-8, else cp1252, else Latin-1.

    Never produces U+FFFD: every step is strict, and Latin-1 decodes every byte.
    """
    candidates = [charset] if charset else []
    candidates += ["utf-8", "cp1252", "latin-1"]
    for encoding in candidates:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1")  # pragma: no cover - latin-1 never fails


def _split_property(line: str) -> tuple[str, str] | None:
    """``NAME;PARAMS`` and the value, split at the first colon outside double quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return None


def _is_quoted_printable(params: list[str]) -> bool:
    return any(p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in params)


def _charset(params: list[str]) -> str | None:
    for param in params:
        if param.upper().startswith("CHARSET="):
            return param.split("=", 1)[1].strip('"') or None
    return None


def _vcard_text(data: bytes) -> tuple[str, bool]:
    """The file as text, and whether it is a Latin-1 image of 8-bit bytes to re-decode per line.

    UTF-16/32 (with or without BOM) and UTF-8 files decode as a whole; any other file is kept
    as a lossless Latin-1 image so that each property can be decoded with its own ``CHARSET=``
    (vCard 2.1 allows a different charset per property).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        return decode_text(data), False
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


def _logical_lines(text: str) -> list[str]:
    """Unfold folded lines (RFC 6350 §3.2) and quoted-printable soft line breaks (vCard 2.1)."""
    lines: list[str] = []
    for physical in re.split(r"\r\n|\r|\n", text):
        if physical[:1] in (" ", "\t") and lines:
            lines[-1] += physical[1:]
            continue
        if lines and lines[-1].endswith("="):
            head = _split_property(lines[-1])
            # vCard 2.1 quoted-printable: a trailing "=" continues the value on the next line.
            if head and _is_quoted_printable(head[0].split(";")[1:]):
                lines[-1] = lines[-1][:-1] + physical
                continue
        if physical.strip():
            lines.append(physical)
    return lines


def _clean_line(line: str, latin1_image: bool) -> str | None:
    """One logical line as clean Unicode for vobject: QP decoded, 8-bit charsets applied."""
    split = _split_property(line)
    if split is None:
        return None
    head, value = split
    params = head.split(";")[1:]
    charset = _charset(params)
    if _is_quoted_printable(params):
        raw = quopri.decodestring(value.encode("latin-1" if latin1_image else "utf-8"))
        decoded = _decode_bytes(raw, charset)
        kept = [
            p
            for p in head.split(";")
            if p.upper() not in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")
            and not p.upper().startswith("CHARSET=")
        ]
        # Decoded QP may hold real line breaks; vobject expects them escaped.
        decoded = re.sub(r"\r\n|\r|\n", r"\\n", decoded)
        return ";".join(kept) + ":" + decoded
    if latin1_image:
        return _decode_bytes(line.encode("latin-1"), charset)
    return line


def _split_cards(lines: list[str]) -> tuple[list[list[str]], list[int]]:
    """The cards' lines (each closed with ``END:VCARD``) and the numbers (1-based, in file
    order) of the cards that had no ``END:VCARD``: a card cut by the next ``BEGIN:VCARD`` or
    by the end of the file is read as far as it goes, not dropped."""
    cards: list[list[str]] = []
    unterminated: list[int] = []
    current: list[str] | None = None
    for line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:
                unterminated.append(len(cards) + 1)
                cards.append([*current, "END:VCARD"])
            current = [line.strip()]
        elif upper == "END:VCARD":
            if current is not None:
                current.append("END:VCARD")
                cards.append(current)
            current = None
        elif current is not None:
            current.append(line)
    if current is not None:
        unterminated.append(len(cards) + 1)
        cards.append([*current, "END:VCARD"])
    return cards, unterminated


def _text_value(value: Any) -> str | None:
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value if v)
    return clean_str(value)


def _name_from_n(value: Any) -> str | None:
    if isinstance(value, vobject.vcard.Name):
        parts = [value.prefix, value.given, value.additional, value.family, value.suffix]
        return clean_str(" ".join(p for p in (_text_value(x) for x in parts) if p))
    if isinstance(value, str):  # fallback parse: "Family;Given;Additional;Prefix;Suffix"
        fields = [*_unescape(value).split(";"), "", "", "", "", ""]
        family, given, additional, prefix, suffix = fields[:5]
        return clean_str(" ".join(p for p in (prefix, given, additional, family, suffix) if p))
    return None


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN:])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _unescaped(value: Any) -> str | None:
    text = _text_value(value)
    return _unescape(text) if text else None


def _properties_vobject(card_text: str) -> list[tuple[str, Any]]:
    component = vobject.readOne(card_text)
    return [(child.name.upper(), child.value) for child in component.getChildren()]


def _properties_fallback(lines: list[str]) -> list[tuple[str, Any]]:
    """Minimal parse for a card vobject refuses: name (group stripped) and raw value."""
    properties: list[tuple[str, Any]] = []
    for line in lines:
        split = _split_property(line)
        if split is None:
            continue
        head, value = split
        name = head.split(";")[0].split(".")[-1].upper()
        if name in ("N", "ADR"):
            properties.append((name, value))
        elif name == "ORG":
            properties.append((name, [_unescape(v) for v in value.split(";")]))
        else:
            properties.append((name, _unescape(value)))
    return properties


def _card_from_properties(properties: list[tuple[str, Any]], source: str) -> _Card:
    card = _Card(source=source)
    full_name = structured = None
    job: dict[str, str | None] = {}
    for name, value in properties:
        if name == "FN" and full_name is None:
            full_name = _text_value(value)
        elif name == "N" and structured is None:
            structured = _name_from_n(value)
        elif name == "ORG" and card.company is None:
            org = value if isinstance(value, list) else [value]
            card.company = clean_str(org[0]) if org else None
        elif name in ("TITLE", "ROLE") and name not in job:
            job[name] = _text_value(value)
        elif name == "UID" and value:
            card.uid = _unescaped(value)
        elif name == "X-ABUID" and card.uid is None:
            # Apple's own stable id; vobject leaves its "\:" escape in place.
            card.uid = _unescaped(value)
        elif name == "EMAIL":
            card.emails.append(normalise_email(_text_value(value)) or "")
        elif name == "TEL":
            card.phones.append(normalise_phone(_text_value(value)) or "")
        elif name == "URL":
            card.urls.append(_unescaped(value) or "")
    card.position = job.get("TITLE") or job.get("ROLE")
    card.emails = _unique(card.emails)
    card.phones = _unique(card.phones)
    card.urls = _unique(card.urls)
    # Company cards (Apple X-ABShowAs:COMPANY) have an empty N; FN or ORG names them.
    card.name = full_name or structured or card.company or (card.emails[0] if card.emails else None)
    return card


def _read_vcard_file(data: bytes, member: str, source: str, log: ProblemLog) -> list[_Card]:
    text, latin1_image = _vcard_text(data)
    if "\ufffd" in text:
        log.add(source, "undecodable bytes replaced while decoding the file", severity="warning")
        text = text.replace("\ufffd", "")
    cards: list[_Card] = []
    dropped = 0
    card_lines, unterminated = _split_cards(_logical_lines(text))
    if unterminated:
        shown = ", ".join(str(n) for n in unterminated[:10])
        more = f" and {len(unterminated) - 10} more" if len(unterminated) > 10 else ""
        log.add(
            source,
            f"{len(unterminated)} card(s) without END:VCARD (file cut or malformed; "
            f"card{'s' if len(unterminated) > 1 else ''} {shown}{more}): read as far as they go",
            severity="warning",
        )
    for raw_lines in card_lines:
        lines = []
        for line in raw_lines:
            cleaned = _clean_line(line, latin1_image)
            if cleaned is None:
                dropped += 1
            else:
                lines.append(cleaned)
        try:
            properties = _properties_vobject("\r\n".join(lines) + "\r\n")
        except Exception as error:  # vobject raises many types on malformed cards
            log.add(
                source,
                f"card {len(cards) + 1}: vobject could not parse it ({type(error).__name__}); "
                "read with the minimal fallback parser",
                severity="info",
            )
            properties = _properties_fallback(lines)
        cards.append(_card_from_properties(properties, member))
    if dropped:
        log.add(source, f"{dropped} line(s) without a ':' ignored", severity="warning")
    if not cards:
        log.add(source, "no BEGIN:VCARD … END:VCARD card found", severity="warning")
    return cards


# ---------------------------------------------------------------------------------------------
# Google Contacts CSV


def _cell_values(cell: str | None) -> list[str]:
    """A Google cell: several values joined by ``" ::: "``, system values prefixed ``"* "``."""
    text = clean_str(cell)
    if text is None:
        return []
    return [v.strip().removeprefix("* ").strip() for v in text.split(_MULTI_VALUE) if v.strip()]


def _check_width(row: list[str], header: list[str], source: str, log: ProblemLog) -> None:
    if len(row) != len(header):
        log.add(
            source,
            f"a row has {len(row)} cells for {len(header)} columns; read as far as it goes",
            severity="info",
        )


def _row_values(row: list[str], columns: list[int]) -> list[str]:
    """Every value of the cells ``columns`` of ``row`` (multi-value cells split)."""
    return [v for c in columns if c < len(row) for v in _cell_values(row[c])]


def _numbered(header: list[str], group: str, part: str) -> list[int]:
    """Column indexes of ``<group> N - <part>`` in N order."""
    pattern = re.compile(rf"{re.escape(group)} (\d+) - {re.escape(part)}")
    found = [(int(m.group(1)), i) for i, c in enumerate(header) if (m := pattern.fullmatch(c))]
    return [i for _n, i in sorted(found)]


def _read_google_csv(
    data: bytes, member: str, source: str, layout: str, log: ProblemLog
) -> list[_Card]:
    header, rows = read_csv_rows(data, max_preamble_lines=1)
    if layout == "outlook-csv":
        return _read_outlook_rows(header, rows, member, source, log)
    index = {column: i for i, column in enumerate(header)}

    def get(row: list[str], column: str) -> str | None:
        position = index.get(column)
        return clean_str(row[position]) if position is not None and position < len(row) else None

    email_columns = _numbered(header, "E-mail", "Value")
    phone_columns = _numbered(header, "Phone", "Value")
    website_columns = _numbered(header, "Website", "Value")
    if layout == "google-csv-legacy":
        name_columns = (
            "Name Prefix",
            "Given Name",
            "Additional Name",
            "Family Name",
            "Name Suffix",
        )
        company_column, title_column = "Organization 1 - Name", "Organization 1 - Title"
    else:
        name_columns = ("Name Prefix", "First Name", "Middle Name", "Last Name", "Name Suffix")
        company_column, title_column = "Organization Name", "Organization Title"

    cards: list[_Card] = []
    for row in rows:
        _check_width(row, header, source, log)

        def values(columns: list[int], current: list[str] = row) -> list[str]:
            return _row_values(current, columns)

        card = _Card(source=member)
        card.company = get(row, company_column)
        card.position = get(row, title_column)
        card.emails = _unique(normalise_email(v) for v in values(email_columns))
        card.phones = _unique(normalise_phone(v) for v in values(phone_columns))
        card.urls = _unique(values(website_columns))
        parts = [p for p in (get(row, c) for c in name_columns) if p]
        card.name = (
            (get(row, "Name") if layout == "google-csv-legacy" else None)
            or clean_str(" ".join(parts))
            or get(row, "File As")
            or get(row, "Nickname")
            or card.company
            or (card.emails[0] if card.emails else None)
        )
        cards.append(card)
    return cards


# ---------------------------------------------------------------------------------------------
# Outlook CSV

# Outlook's phone columns: "Business Phone", "Home Phone 2", "Mobile Phone", "Primary Phone",
# "Assistant's Phone", "TTY/TDD Phone"…; faxes, pagers and telex numbers are not people's phones.
_OUTLOOK_PHONE = re.compile(r".*\bPhone( \d+)?")
_OUTLOOK_EMAIL = re.compile(r"E-mail( (\d+))? Address")
_OUTLOOK_WEB = ("Web Page", "Personal Web Page")

# A localised Outlook writes its CSV header in the UI language. The names below are those of
# Exchange's own Outlook-CSV importer, one table per culture (Microsoft.Exchange.Transport.
# Sync.Common, ImportContacts/OutlookCsvLanguageSelect.cs ``CreateLanguageObject_de_de``,
# ``_fr_fr``, ``_es_es``, as published in PiratesRE/exchange_diff at 1d7d8340), restricted to
# the columns this loader reads, each mapped to the English column of the same field so that
# one reader serves every language. The German names also match Outlook 2003's German export
# listed by a public address-book importer. French Outlook has no honorific column ("Titre"
# is the job title); Spanish Outlook keeps some English names ("E-mail Address", "Title").
# A real Spanish Outlook export writes others than Exchange's table: a public SQL Server
# migration (Prisma) whose table was imported from one (its key constraint is still named
# "Contactos_definitivo$Id") has ``Title, Nombre, Segundo nombre, Apellidos, Organización,
# Puesto, …, Teléfono del trabajo, Teléfono del trabajo 2, Particular, Teléfono movil, Otro
# teléfono, Categorías, Dirección de correo electrónico, Dirección de correo electrónico 2,
# Dirección del correo electrónico 3, Notas, Página web``: the first e-mail is "Dirección de
# correo electrónico", not "E-mail Address", and the mobile "Teléfono movil" (also accepted
# with its accent, and the third e-mail without "del"). So a header is Outlook's when it has
# the language's first name, last name and any of its first-e-mail names.
_OUTLOOK_LOCALISED: dict[str, dict[str, str]] = {
    "de": {
        "Anrede": "Title",
        "Vorname": "First Name",
        "Weitere Vornamen": "Middle Name",
        "Nachname": "Last Name",
        "Suffix": "Suffix",
        "Firma": "Company",
        "Position": "Job Title",
        "E-Mail-Adresse": "E-mail Address",
        "E-Mail 2: Adresse": "E-mail 2 Address",
        "E-Mail 3: Adresse": "E-mail 3 Address",
        "E-Mail: Angezeigter Name": "E-mail Display Name",
        "Webseite": "Web Page",
        "Telefon geschäftlich": "Business Phone",
        "Telefon geschäftlich 2": "Business Phone 2",
        "Telefon privat": "Home Phone",
        "Telefon privat 2": "Home Phone 2",
        "Mobiltelefon": "Mobile Phone",
        "Mobiltelefon 2": "Radio Phone",
        "Haupttelefon": "Primary Phone",
        "Weiteres Telefon": "Other Phone",
        "Telefon Firma": "Company Main Phone",
        "Autotelefon": "Car Phone",
        "Telefon Assistent": "Assistant's Phone",
        "Telefon für Hörbehinderte": "TTY/TDD Phone",
    },
    "fr": {
        "Prénom": "First Name",
        "Deuxième prénom": "Middle Name",
        "Nom": "Last Name",
        "Suffixe": "Suffix",
        "Société": "Company",
        "Titre": "Job Title",
        "Adresse de messagerie": "E-mail Address",
        "Adresse de messagerie 2": "E-mail 2 Address",
        "Adresse de messagerie 3": "E-mail 3 Address",
        "Nom complet de l'adresse de messagerie": "E-mail Display Name",
        "Page Web": "Web Page",
        "Téléphone (bureau)": "Business Phone",
        "Téléphone 2 (bureau)": "Business Phone 2",
        "Téléphone (domicile)": "Home Phone",
        "Téléphone 2 (domicile)": "Home Phone 2",
        "Tél. mobile": "Mobile Phone",
        "Radio téléphone": "Radio Phone",
        "Téléphone principal": "Primary Phone",
        "Téléphone (autre)": "Other Phone",
        "Téléphone société": "Company Main Phone",
        "Téléphone (voiture)": "Car Phone",
        "Téléphone de l'assistant(e)": "Assistant's Phone",
        "Téléphone TDD/TTY": "TTY/TDD Phone",
    },
    "es": {
        "Title": "Title",
        "Nombre": "First Name",
        "Segundo nombre": "Middle Name",
        "Apellidos": "Last Name",
        "Suffix": "Suffix",
        "Organización": "Company",
        "Puesto": "Job Title",
        "E-mail Address": "E-mail Address",
        "Dirección de correo electrónico": "E-mail Address",
        "Dirección de correo electrónico 2": "E-mail 2 Address",
        "Dirección del correo electrónico 3": "E-mail 3 Address",
        "Dirección de correo electrónico 3": "E-mail 3 Address",
        "Nombre de pantalla de correo electrónico": "E-mail Display Name",
        "Página web": "Web Page",
        "Teléfono del trabajo": "Business Phone",
        "Business Phone 2": "Business Phone 2",
        "Teléfono del trabajo 2": "Business Phone 2",
        "Particular": "Home Phone",
        "Home Phone 2": "Home Phone 2",
        "Mobile Phone": "Mobile Phone",
        "Teléfono movil": "Mobile Phone",
        "Teléfono móvil": "Mobile Phone",
        "Otro teléfono": "Other Phone",
        "Radioteléfono": "Radio Phone",
        "Teléfono principal": "Primary Phone",
        "Número de centralita de la organización": "Company Main Phone",
        "Car Phone": "Car Phone",
        "Assistant's Phone": "Assistant's Phone",
        "Número de teletipo": "TTY/TDD Phone",
    },
}


def _outlook_language(header: list[str]) -> str | None:
    """The language of a localised Outlook CSV header (``de``, ``fr``, ``es``): the one whose
    first-name and last-name columns and one of whose first-e-mail names are there; None for
    any other header.

    Example
    -------
    >>> _outlook_language(["Anrede", "Vorname", "Nachname", "E-Mail-Adresse"])
    'de'
    >>> _outlook_language(["First Name", "Last Name", "E-mail Address"]) is None
    True
    """
    columns = set(header)
    if {"First Name", "Last Name"} <= columns:
        return None
    for language, names in _OUTLOOK_LOCALISED.items():
        if all(
            columns & {local for local, english in names.items() if english == wanted}
            for wanted in ("First Name", "Last Name", "E-mail Address")
        ):
            return language
    return None


def _read_outlook_rows(
    header: list[str], rows: Iterable[list[str]], member: str, source: str, log: ProblemLog
) -> list[_Card]:
    """Outlook CSV rows → cards: ``Title`` (the honorific), ``First``/``Middle``/``Last Name``,
    ``Suffix``; ``E-mail Address``, ``E-mail 2 Address``…; every ``… Phone`` / ``… Phone 2``
    column; ``Company``, ``Job Title``; ``Web Page`` and ``Personal Web Page``.

    Outlook writes the file in the Windows code page, which ``read_csv_rows`` decodes when the
    bytes are not UTF-8. Exchange-internal addresses (``/o=ExchangeLabs/…``, no ``@``) are not
    e-mails and are dropped. A German, French or Spanish header is first renamed to these
    English columns (``_OUTLOOK_LOCALISED``); its other columns are not read.
    """
    language = _outlook_language(header)
    if language is not None:
        names = _OUTLOOK_LOCALISED[language]
        header = [names.get(column, f"{language}:{column}") for column in header]
    index = {column: i for i, column in enumerate(header)}

    def get(row: list[str], column: str) -> str | None:
        position = index.get(column)
        return clean_str(row[position]) if position is not None and position < len(row) else None

    emails = sorted(
        (int(m.group(2) or 1), i)
        for i, c in enumerate(header)
        if (m := _OUTLOOK_EMAIL.fullmatch(c))
    )
    email_columns = [i for _n, i in emails]
    phone_columns = [i for i, c in enumerate(header) if _OUTLOOK_PHONE.fullmatch(c)]
    web_columns = [index[c] for c in _OUTLOOK_WEB if c in index]
    name_columns = ("Title", "First Name", "Middle Name", "Last Name", "Suffix")
    cards: list[_Card] = []
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue
        _check_width(row, header, source, log)

        def values(columns: list[int], current: list[str] = row) -> list[str]:
            return _row_values(current, columns)

        card = _Card(source=member)
        card.company = get(row, "Company")
        card.position = get(row, "Job Title")
        card.emails = _unique(normalise_email(v) for v in values(email_columns))
        card.phones = _unique(normalise_phone(v) for v in values(phone_columns))
        card.urls = _unique(values(web_columns))
        parts = [p for p in (get(row, c) for c in name_columns) if p]
        card.name = (
            clean_str(" ".join(parts))
            or get(row, "Nickname")
            or get(row, "E-mail Display Name")
            or card.company
            or (card.emails[0] if card.emails else None)
        )
        if card.name is None and not card.phones:
            log.add(source, "a row with no name, e-mail or phone was skipped", n_skipped=1)
            continue
        cards.append(card)
    return cards


# ---------------------------------------------------------------------------------------------
# cards → contacts


def _base_key(card: _Card) -> str | None:
    if card.uid:
        return f"uid:{card.uid}"
    if card.emails:
        return f"email:{card.emails[0]}"
    name = _normalise_name(card.name)
    return f"name:{name}" if name else None


def _contacts(cards: list[_Card], label: str, log: ProblemLog) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    by_key: dict[str, list[tuple[tuple[Any, ...], int]]] = {}
    merged = 0
    for number, card in enumerate(cards, start=1):
        base = _base_key(card) or f"card:{number}"
        fingerprint = card.fingerprint()
        earlier = by_key.setdefault(base, [])
        same = next((row for fp, row in earlier if fp == fingerprint or card.uid), None)
        if same is not None:
            # One person twice (Takeout's label folders, or one UID in two files): one contact.
            row = rows[same]
            row["emails"] = "; ".join(_unique([*row["emails"].split("; "), *card.emails]))
            row["phones"] = "; ".join(_unique([*row["phones"].split("; "), *card.phones]))
            merged += 1
            continue
        key = base if not earlier else f"{base}#{len(earlier) + 1}"
        earlier.append((fingerprint, len(rows)))
        rows.append(
            {
                "platform": PLATFORM,
                "contact_key": key,
                "name": card.name,
                "handle": None,
                "profile_url": None,
                "email": card.emails[0] if card.emails else None,
                "company": card.company,
                "position": card.position,
                "relation": "contact",
                "emails": "; ".join(card.emails),
                "phones": "; ".join(card.phones),
                "urls": "; ".join(card.urls),
                "source_file": PurePosixPath(card.source).name,
            }
        )
    if merged:
        log.add(
            label,
            f"{merged} card(s) repeated the same person (same UID or identical name, e-mails "
            "and phones) and were merged",
            severity="info",
        )
    frame = pd.DataFrame(rows)
    for column in ("emails", "phones", "urls"):
        if column in frame.columns:
            frame[column] = frame[column].where(frame[column] != "", None)
    return frame


def _folder_source(archive: Archive, names: list[str]) -> str:
    """Several card files: the export's path down to the folder holding them all
    (``exports::vcard/roundcube``, ux8 #28), not just the folder given."""
    folders = {PurePosixPath(name).parent.parts for name in names}
    common = list(next(iter(folders))) if folders else []
    for parts in folders:
        while tuple(common) != parts[: len(common)]:
            common.pop()
    return archive.source("/".join(common)) if common else archive.label


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one address book: the detection's .vcf files, or one Google Contacts or Outlook CSV.

    Each unreadable file becomes a ``problems`` row; the others load.
    """
    log = ProblemLog()
    names = list(detection.files or archive.names())
    cards: list[_Card] = []
    files_read: set[str] = set()
    for name in sorted(names):
        source = archive.source(name)
        try:
            data = archive.read_bytes(name)
            if detection.generation == "vcard":
                cards.extend(_read_vcard_file(data, name, source, log))
            else:
                cards.extend(_read_google_csv(data, name, source, detection.generation, log))
        except (OSError, ValueError, UnicodeError) as error:
            log.add(source, f"could not read the file: {error}", severity="error", n_skipped=1)
            continue
        files_read.add(name)
    label = names[0] if len(names) == 1 else f"{len(names)} vCard files"
    # a phone's or a backup tool's export named with its date (contacts-2017-01-15.vcf);
    # otherwise the caller guesses the date from the archive
    dates = {find_date_in_name(PurePosixPath(name).name) for name in names}
    return LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.source(names[0]) if len(names) == 1 else _folder_source(archive, names),
        owner=None,
        exported_at=dates.pop() if len(dates) == 1 else None,
        contacts=_contacts(cards, archive.label, log),
        problems=log.frame(),
        missing={
            "interactions": "an address book holds no interactions",
            "requests": "an address book holds no requests",
        },
        files_read=files_read,
        extra={"cards": len(cards), "files": label},
    )
