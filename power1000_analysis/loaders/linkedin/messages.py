"""``messages.csv`` → interactions of kind ``message`` (the big file: see ``_read_messages``)."""

from __future__ import annotations

import contextlib
import csv
import mmap
import os
import re
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import polars as pl

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import LoadedExport, ProblemLog
from power1000_analysis.loaders._meta import categorical as _categorical
from power1000_analysis.loaders._meta import stable_hash as _stable_hash
from power1000_analysis.loaders._text import (
    clean_str,
    date_order,
    read_csv_rows,
)
from power1000_analysis.loaders.linkedin._common import (
    _LINKEDIN_US,
    PLATFORM,
    _day_first,
    _name_key,
    _row_numbers,
    _string_codes,
    _url,
)
from power1000_analysis.loaders.linkedin.connections import _Resolver
from power1000_analysis.loaders.linkedin.profile import _Owner

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


def _message_rows(
    frame: pl.LazyFrame, present: set[str], last_column: str | None = None
) -> pl.LazyFrame:
    """What the interactions need of each message row, computed in one (parallel) pass.

    ``frame`` has canonical column names; ``present`` says which of them the file has. The
    result holds the key columns (strings), ``_at`` (the DATE in the 2020+ format, as
    nanoseconds), ``_date_text`` (the DATE text where that format did not fit: 2018 files and
    odd re-saves, parsed afterwards), ``_content`` (CONTENT length in bytes: the big column is
    never materialised beyond it), ``_draft`` and ``_spinmail`` flags, and ``_k``: an
    in-process hash of the conversation, sender part and recipient part (a 64-bit collision
    among the ~10^5 distinct values has probability ~1e-9), null on drafts and sponsored InMail
    (those rows are counted, not read). With ``last_column`` (the file's last column), also
    ``_maybe_short``: that cell is null, as polars leaves it in a row with too few fields
    (and in an unquoted empty cell: polars cannot tell the two apart).
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
            *([pl.col(last_column).is_null().alias("_maybe_short")] if last_column else []),
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

    Returns None when the header is not a messages header (a preamble, UTF-16, cp1252), or
    when a row has fewer fields than the header: polars pads such a row with nulls without a
    word, and reads an unquoted empty cell (2025's usually empty ATTACHMENTS) the same way,
    so a null in the file's last column makes ``_every_row_full`` count the fields of every
    row. Raises ``polars.exceptions.PolarsError`` on malformed quoting or rows with too many
    fields. Either way the caller falls back to the tolerant Python reader, which records
    what it skips, naming the rows.
    """
    lazy = pl.scan_csv(source, infer_schema=False, quote_char='"', raise_if_empty=False)
    columns = lazy.collect_schema().names()
    renamed = {column: _canonical_column(column) for column in columns}
    present = set(renamed.values())
    if not {"FROM", "DATE"} <= present or len(present) != len(columns):
        return None
    last = renamed[columns[-1]]
    rows = _message_rows(lazy.rename(renamed), present, last).collect(engine="streaming")
    if rows["_maybe_short"].any() and not _every_row_full(source, len(columns), rows.height):
        return None
    return rows.drop("_maybe_short"), present


#: bytes ``_breaks_and_commas`` reads at a time: bounds its temporary masks to 64 MB each
#: (a module constant so that tests can cross chunk borders on small files).
_COUNT_CHUNK = 1 << 26


def _every_row_full(source: Path | bytes, width: int, height: int) -> bool:
    """Whether each of the ``height`` rows of this CSV file (comma-separated, RFC-4180 quoting,
    the header first) has ``width`` fields, counted on the bytes: a comma or line break
    outside quotes (an even number of quote characters before it) ends a field or a row.

    False whenever the count disagrees in any way (a short or long row, blank lines, a stray
    quote inside an unquoted cell, rows other than ``height``): the tolerant reader then
    decides, row by row. Measured on a generated 2025-shape file (65 MB, 252k rows, a quoted
    CONTENT with a comma in each): 0.27-0.30 s at load 1.5 on the 2-core dev machine,
    1.3-2.2 s under load ~15. The common 2026 shape (every field quoted, never a null) does
    not come here.

    An error inside the count (MemoryError, KeyboardInterrupt) propagates as itself: the
    frames it leaves in its traceback are cleared first, as their numpy views of the memory
    map would otherwise make closing the map raise ``BufferError`` ("cannot close exported
    pointers exist") in place of the real error.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(source, bytes):
            data: Any = source
        else:
            handle = stack.enter_context(open(source, "rb"))
            if os.fstat(handle.fileno()).st_size == 0:
                return height == 0
            data = stack.enter_context(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        try:
            breaks, commas, ends_last_row = _breaks_and_commas(data)
        except BaseException as error:
            # The finished frames of the count still hold views of the map: drop their
            # locals (the traceback keeps its lines) so that the map closes.
            traceback.clear_frames(error.__traceback__)
            raise
    if not ends_last_row:  # a last row without a final line break
        breaks = np.append(breaks, np.iinfo(np.int64).max)
    fields = np.diff(np.searchsorted(commas, breaks), prepend=0) + 1
    return len(fields) == height + 1 and bool((fields == width).all())


def _breaks_and_commas(data: Any) -> tuple[np.ndarray, np.ndarray, bool]:
    """Offsets of the line breaks and commas outside quotes in ``data`` (bytes or a memory
    map), and whether it ends with a line break, read ``_COUNT_CHUNK`` bytes at a time.
    Views of ``data`` end with this call, also when it raises (a memory map cannot close
    while one is alive)."""
    text = part = np.frombuffer(data, dtype=np.uint8)
    try:
        found: dict[int, list[np.ndarray]] = {ord("\n"): [], ord(","): []}
        quotes_before = 0
        chunk = _COUNT_CHUNK
        for start in range(0, len(text), chunk):
            part = text[start : start + chunk]
            quotes = np.flatnonzero(part == ord('"'))
            for byte, parts in found.items():
                offsets = np.flatnonzero(part == byte)
                outside = (np.searchsorted(quotes, offsets) + quotes_before) % 2 == 0
                parts.append(offsets[outside] + start)
            quotes_before += len(quotes)
        empty = np.zeros(0, dtype=np.int64)
        breaks, commas = (np.concatenate([*parts, empty]) for parts in found.values())
        return breaks, commas, bool(len(text)) and bool(text[-1] == ord("\n"))
    finally:
        del text, part


def _read_message_rows(
    archive: Archive, name: str, log: ProblemLog
) -> tuple[pl.DataFrame, set[str]] | None:
    """messages.csv → ``_message_rows`` (a polars frame) and the set of columns the file has.

    polars reads the file when it can (``_scan_messages``); the csv module reads it when
    polars refuses it or finds no messages header there (UTF-16, cp1252, a preamble, broken
    quoting), a row with too few fields, or a MemoryError/BufferError on the fast path (a
    warning names the file), dropping rows with the wrong number of fields as a recorded
    problem that names them. Both paths run the same
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
    except (MemoryError, BufferError) as error:
        # Out of memory in polars or in the field count (or a memory map that would not
        # close): the rows are still there, so the tolerant reader tries, and it is said.
        fast = None
        log.add(
            source,
            f"{name}: the fast reader failed ({type(error).__name__}: {error}); "
            "read with the tolerant reader",
            severity="warning",
        )
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
    except MemoryError as error:
        log.add(source, f"could not read {name}: out of memory ({error})", severity="error")
        return None
    except (ValueError, csv.Error) as error:
        log.add(source, f"not a readable LinkedIn messages file: {error}", severity="error")
        return None
    width = len(header)
    wrong = [number for number, row in enumerate(rows, 1) if len(row) != width]
    if wrong:
        skipped = [rows[number - 1] for number in wrong]
        rows = [row for row in rows if len(row) == width]
        # An unterminated quote swallows the lines after it into one ragged row: say how
        # much of the file the skipped rows cover, not only how many rows they are.
        lines = sum(1 + sum(c.rstrip("\r\n").count("\n") for c in row) for row in skipped)
        spans = f" ({lines} lines of the file)" if lines > len(skipped) else ""
        log.add(
            source,
            f"{len(skipped)} message row(s) with the wrong number of fields skipped{spans}: "
            f"{_row_numbers(wrong)} (of {width} fields in the header)",
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


def _parse_other_dates(texts: pl.Series) -> tuple[pl.Series, int]:
    """DATE texts not in the 2020+ format: 2018's "M/D/YY, h:mm AM" and odd re-saves;
    null where no format fits. The column's day/month order is decided for it as for
    Connections.csv (``_common._parse_dates``, review11b LI-1): where some numeric date
    other than LinkedIn's own has a first field above 12 (``14/01/2017 12:09:23``, what a
    spreadsheet writes on a re-save), its numeric dates are read day first. Also the number
    of such day-first values (0: read as LinkedIn writes them)."""
    stripped = texts.str.strip_chars()
    foreign = [v for v in stripped.to_list() if v and not _LINKEDIN_US.fullmatch(v)]
    order = date_order(foreign)
    day_first = bool(order.day_first) and order.numeric > 0
    formats: tuple[str, ...] = _MESSAGE_DATE_FORMATS[1:]
    if day_first:
        formats = _day_first(formats)
    parsed = pl.Series(texts.name, [None] * len(texts), dtype=pl.Datetime("ns"))
    for fmt in formats:
        parsed = parsed.fill_null(stripped.str.strptime(pl.Datetime("ns"), fmt, strict=False))
    return parsed, order.numeric if day_first else 0


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
    day_first = 0
    if other.any():
        parsed, day_first = _parse_other_dates(texts.filter(other))
        at = at.clone().scatter(other.arg_true(), parsed)
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
    if day_first:
        log.add(
            source,
            f"{day_first} DATE value(s) written day first (a spreadsheet's re-save?); read as D/M/Y",
            severity="info",
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
