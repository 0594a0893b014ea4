"""What every LinkedIn file reader shares: member names, small CSV tables, name/URL keys,
date parsing, stable hashes and the categorical interaction columns."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import ProblemLog
from power1000_analysis.loaders._text import (
    clean_str,
    date_order,
    normalise_url,
    read_csv_rows,
)
from power1000_analysis.loaders._text import row_numbers as _row_numbers

PLATFORM = "linkedin"


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

_NO_COUNTERPART = "your own engagement: the export names no other person"
_ADDRESS_BOOK = "address-book uploads, not LinkedIn ties"
#: the recognised files (``_RECOGNISED``, ``_BOT_MESSAGES``) that are about other people or
#: exchanges yet not read, with why: ``read`` lists them in one ``info`` problem so the user
#: hears they were not used. The other recognised files are the owner's own records
#: (skills, logins, jobs …) and pass silently.
_NOT_USED = {
    "memberfollows.csv": (
        "members you follow, by name only with no profile URL: reading them would add "
        "people a second time"
    ),
    "contacts.csv": _ADDRESS_BOOK,
    "importedcontacts.csv": _ADDRESS_BOOK,
    "notes.csv": "your private notes about connections, not exchanged with them",
    "reactions.csv": _NO_COUNTERPART,
    "comments.csv": _NO_COUNTERPART,
    "shares.csv": _NO_COUNTERPART,
    "instantreposts.csv": _NO_COUNTERPART,
    "votes.csv": _NO_COUNTERPART,
    **dict.fromkeys(_BOT_MESSAGES, "conversations with LinkedIn's bots and learning coach"),
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


def _day_first(formats: Sequence[str]) -> tuple[str, ...]:
    """``formats`` with month/day read day/month (``%m/%d/%Y`` -> ``%d/%m/%Y``), and the
    day-first forms a European spreadsheet writes on a re-save (``14/01/2017 09:05``,
    ``14.01.2017``, and with two-digit years ``14/01/17``: review11b LI-2)."""
    native = tuple(f for f in formats if f == _NATIVE_US)  # LinkedIn's own: kept M/D
    swapped = tuple(
        f.replace("%m/%d", "%d/%m") for f in formats if "%m/%d" in f and f != _NATIVE_US
    )
    extra = ("%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d.%m.%Y", "%d.%m.%Y %H:%M",
             "%d/%m/%y", "%d/%m/%y %H:%M", "%d.%m.%y")  # fmt: skip
    return (*native, *swapped, *extra, *formats)


#: LinkedIn's own M/D dates ("3/12/18, 4:05 PM"): US order by the format notes (§1.12),
#: never re-ordered by the day/month check of ``_parse_dates``.
_NATIVE_US = "%m/%d/%y, %I:%M %p"
_LINKEDIN_US = re.compile(r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M")


def _parse_dates(
    values: Sequence[str | None],
    formats: Sequence[str],
    log: ProblemLog,
    source: str,
    column: str,
    field: str,
    *,
    exported_at: pd.Timestamp | None = None,
    counted: Sequence[bool] | None = None,
) -> pd.Series:
    """``_parse_times`` for one column, with its day/month order decided for the column and
    what it could not read said in ``log``.

    Numeric dates other than LinkedIn's own ``M/D/YY, h:mm AM`` (what a spreadsheet writes
    when the user re-saves the file: ``14/01/2017``) are read day-first when some value has a
    first field above 12, else month-first (LinkedIn's order), with a warning when some of
    them could be either (``05/01/2017``). Values in no known format are counted in a
    warning (``field`` left empty), and so are dates more than a day after ``exported_at``.
    ``counted`` limits the counts to some rows (Connections.csv's date-only hidden rows are
    not people).
    """
    cleaned = [v.translate(_SPACES).strip() if isinstance(v, str) else None for v in values]
    keep = [True] * len(cleaned) if counted is None else list(counted)
    foreign = [
        v if k and v and not _LINKEDIN_US.fullmatch(v) else None
        for v, k in zip(cleaned, keep, strict=True)
    ]
    order = date_order(foreign)
    day_first = bool(order.day_first) and order.numeric > 0
    times = _parse_times(cleaned, _day_first(formats) if day_first else formats)
    if day_first:
        log.add(
            source,
            f"{order.numeric} {column} value(s) written day first "
            f"(e.g. {_example(foreign, lambda v: date_order([v]).day_first is True)}); "
            "read as D/M/Y",
            severity="info",
        )
    elif order.ambiguous:
        log.add(
            source,
            f"{order.ambiguous} {column} value(s) could be D/M/Y or M/D/Y "
            f"(e.g. {_example(foreign, _ambiguous)}); read as M/D/Y, LinkedIn's order: "
            "if the file was re-saved where dates are written day first, these are wrong",
            severity="warning",
        )
    bad = [
        raw
        for raw, when, k in zip(cleaned, times, keep, strict=True)
        if k and raw and pd.isna(when)
    ]
    if bad:
        log.add(
            source,
            f"{len(bad)} {column} value(s) in an unknown date format (e.g. {bad[0]!r}); "
            f"{field} left empty",
            severity="warning",
        )
    if exported_at is not None and not pd.isna(exported_at):
        limit = exported_at.normalize() + pd.Timedelta(days=2)
        late = [
            raw
            for raw, when, k in zip(cleaned, times, keep, strict=True)
            if k and not pd.isna(when) and when >= limit
        ]
        if late:
            log.add(
                source,
                f"{len(late)} {column} value(s) after the export date "
                f"{exported_at.date()} (e.g. {late[0]!r}): day and month may be swapped; "
                "kept as read",
                severity="warning",
            )
    return times


def _ambiguous(value: str) -> bool:
    found = date_order([value])
    return found.numeric == 1 and found.ambiguous == 1


def _example(values: Sequence[str | None], test: Callable[[str], bool]) -> str:
    return next((repr(v) for v in values if v and test(v)), "?")


#: year-first forms (no day/month doubt) a re-saved or converted file may hold
_YEAR_FIRST = ("%Y-%m-%d %I:%M %p", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")
_US_DATETIME = (
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
    *_YEAR_FIRST,
)
#: Connected On: "08 Feb 2023" (2019+), "3/12/18, 4:05 PM" (2018), "9-Sep-22" (Excel re-save).
_CONNECTED_ON = ("%d %b %Y", *_US_DATETIME, "%d-%b-%y", "%d-%b-%Y")
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
    short: list[int] = []
    for number, row in enumerate(rows, 1):
        if len(row) > len(upper):
            ragged += 1
        elif len(row) < len(upper):
            short.append(number)
        records.append(dict(zip(upper, row, strict=False)))
    if ragged:
        log.add(source, f"{ragged} row(s) have more fields than the header", severity="warning")
    if short:
        # kept, the missing trailing fields read as empty (the messages reader skips such
        # rows instead: there a short row is mostly the wreck of broken quoting)
        log.add(
            source,
            f"{len(short)} row(s) of {name} have fewer fields than the header "
            f"({len(upper)}): {_row_numbers(short)}; the missing fields are read as empty",
            severity="warning",
        )
    return _Table(name, upper, records)


def _string_codes(values: Sequence[str | None]) -> tuple[np.ndarray, list[str]]:
    """Codes (-1 for None and "") and the distinct strings as sorted categories (so that
    sorting by the categorical column sorts as the strings would)."""
    codes, uniques = pd.factorize(pd.Series([v or None for v in values], dtype=object), sort=True)
    return codes.astype(np.int64, copy=False), [str(u) for u in uniques]
