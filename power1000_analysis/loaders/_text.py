"""Shared parsing for loaders: text decoding, Meta mojibake, dates, URLs and handles.

Example
-------
>>> fix_mojibake("T\\u00c5\\u0091ke Hal")
'Tőke Hal'
>>> fix_mojibake("Tőke Hal")  # already right: left alone
'Tőke Hal'
>>> normalise_url("HTTPS://www.LinkedIn.com/in/zo%C3%AB-brandt/")
'https://www.linkedin.com/in/zoë-brandt'
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

import numpy as np
import pandas as pd

__all__ = [
    "DateOrder",
    "date_order",
    "decode_text",
    "find_date_in_name",
    "fix_mojibake",
    "normalise_handle",
    "normalise_url",
    "read_csv_rows",
    "row_numbers",
    "sniff_delimiter",
    "to_utc",
]

_LATIN1_ONLY = re.compile(r"[\u0080-\u00ff]")


def fix_mojibake(text: str) -> str:
    """Undo Meta's UTF-8-as-Latin-1 escaping; return ``text`` unchanged where the repair is invalid.

    Meta writes every UTF-8 byte of a non-ASCII character as its own ``\\u00XX`` escape. The
    repair (encode Latin-1, decode UTF-8) is applied only when every character fits in Latin-1
    and the bytes form valid UTF-8, so properly encoded text (emoji, ``ő``) is never damaged.
    """
    if not text or text.isascii() or not _LATIN1_ONLY.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def decode_text(data: bytes, *, fallback: str = "cp1252") -> str:
    """Decode a text file: BOM first (UTF-8/16/32), then BOM-less UTF-16 sniffing, then UTF-8,
    then ``fallback`` (Windows-1252, which decodes every byte)."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    sample = data[:4096]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        half = len(sample) / 2
        # ASCII-heavy UTF-16 without BOM: every other byte is NUL.
        if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
            return data.decode("utf-16-be", errors="replace")
        if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
            return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(fallback, errors="replace")


def sniff_delimiter(header_line: str, candidates: str = ",\t;") -> str:
    """The candidate delimiter that occurs most often in a header line (ties: comma)."""
    counts = {d: header_line.count(d) for d in candidates}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_csv_rows(
    data: bytes | str,
    *,
    header_contains: Iterable[str] = (),
    max_preamble_lines: int = 12,
) -> tuple[list[str], list[list[str]]]:
    """Parse a CSV file whose header may follow a preamble (LinkedIn's ``Notes:`` block).

    The header is the first line (within ``max_preamble_lines``) containing every string in
    ``header_contains``; without any, the first non-empty line. Handles BOMs, UTF-16, TAB or
    semicolon delimiters, CRLF and multi-line quoted cells. Header names are stripped of
    quotes and whitespace. Returns ``(header, rows)``; blank rows are dropped.

    Raises ``ValueError`` when no header is found.
    """
    text = decode_text(data) if isinstance(data, bytes) else data
    wanted = [w.lower() for w in header_contains]
    # Find the header line position by scanning physical lines of the preamble.
    offset = 0
    header_line = None
    for index, line in enumerate(io.StringIO(text, newline="")):
        if index >= max_preamble_lines:
            break
        stripped = line.strip()
        lowered = stripped.lower()
        if stripped and (all(w in lowered for w in wanted) if wanted else True):
            header_line = stripped
            break
        offset += len(line)
    if header_line is None:
        raise ValueError(
            f"no header line containing {list(header_contains)} in the first "
            f"{max_preamble_lines} lines"
        )
    delimiter = sniff_delimiter(header_line)
    reader = csv.reader(io.StringIO(text[offset:], newline=""), delimiter=delimiter)
    header = [h.strip().strip('"').strip() for h in next(reader)]
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    return header, rows


def row_numbers(numbers: Sequence[int], shown: int = 10) -> str:
    """``row 3`` / ``rows 3, 9, …``, at most ``shown`` of them, for a problem message about
    the rows of ``read_csv_rows``: data rows after the header, counted from 1 (a quoted
    multi-line cell is one row; blank rows are not counted), not file lines.

    >>> row_numbers([3])
    'row 3 after the header'
    >>> row_numbers([1, 2, 3], shown=2)
    'rows 1, 2 and 1 more after the header'
    """
    listed = ", ".join(str(n) for n in numbers[:shown])
    more = f" and {len(numbers) - shown} more" if len(numbers) > shown else ""
    return f"row{'s' if len(numbers) > 1 else ''} {listed}{more} after the header"


_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_NAME_DATES = (
    (re.compile(r"(20\d\d|19\d\d)-(\d\d)-(\d\d)"), ("y", "m", "d")),
    (re.compile(r"(?<!\d)(\d\d)-(\d\d)-(20\d\d)(?!\d)"), ("m", "d", "y")),
)


def find_date_in_name(name: str) -> pd.Timestamp | None:
    """An export date written in a file or folder name (``twitter-2019-06-25-b31f2.zip``,
    ``Complete_LinkedInDataExport_08-26-2025.zip``), as UTC midnight, or None."""
    for pattern, order in _NAME_DATES:
        for match in pattern.finditer(name):
            parts = dict(zip(order, match.groups(), strict=True))
            try:
                return pd.Timestamp(
                    year=int(parts["y"]), month=int(parts["m"]), day=int(parts["d"]), tz="UTC"
                )
            except ValueError:
                continue
    return None


#: a date written with numbers in day/month or month/day order: ``14/01/2017``,
#: ``1.14.17``, ``05-01-2017 10:00`` (not ISO's year first).
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


@dataclass(frozen=True)
class DateOrder:
    """What the numeric dates (``NN/NN/YYYY``, also with ``.`` or ``-``) of one column say
    about their day/month order.

    ``day_first`` is True when some value has a first field above 12 (``14/01/2017``: the
    column is D/M/Y), False when some value has a second field above 12 (``01/14/2017``:
    M/D/Y), None when no value decides it or values decide both ways (``conflicting``).
    ``numeric`` counts the values of that form, ``ambiguous`` those with two different
    fields ≤ 12, which read as a different day in the two orders (``03/04/2017``).

    >>> date_order(["14/01/2017", "05/01/2017", "2017-01-05"])
    DateOrder(day_first=True, numeric=2, ambiguous=1, conflicting=False)
    >>> date_order(["03/04/2017"]).day_first is None
    True
    """

    day_first: bool | None
    numeric: int
    ambiguous: int
    conflicting: bool


def date_order(values: Iterable[object]) -> DateOrder:
    """The :class:`DateOrder` of one column's values (non-strings are ignored)."""
    numeric = ambiguous = 0
    first_big = second_big = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC_DATE.match(value)
        if match is None:
            continue
        numeric += 1
        first, second = int(match[1]), int(match[3])
        first_big |= first > 12
        second_big |= second > 12
        ambiguous += first <= 12 and second <= 12 and first != second
    conflicting = first_big and second_big
    day_first = None if conflicting or not (first_big or second_big) else first_big
    return DateOrder(day_first, numeric, ambiguous, conflicting)


def _is_ambiguous(value: object) -> bool:
    match = _NUMERIC_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return False
    first, second = int(match[1]), int(match[3])
    return first <= 12 and second <= 12 and first != second


def to_utc(values: object, *, unit: str | None = None, fmt: str | None = None) -> pd.Series:
    """Vectorised conversion to tz-aware UTC; unparseable values become NaT.

    ``unit`` for epoch numbers ("s" or "ms"); ``fmt`` for a strptime format. Naive values are
    taken as UTC (exports that write local wall-clock time carry no zone to convert from).
    Epoch ``0`` is the exports' placeholder for "no time" and becomes NaT (the rule of
    :func:`epoch_to_utc`).

    Without ``unit`` and ``fmt``: ISO 8601 values are read as before (the fast path: every
    export these loaders call it for writes ISO). Other values are read one by one, except
    numeric dates, whose day/month order is decided for the whole column (:func:`date_order`):
    ``14/01/2017`` makes the column's ``05/01/2017`` the 5th of January. Where the column does
    not decide it (every numeric date has both fields ≤ 12, or the column has both
    ``14/01`` and ``01/14``), a numeric date with two different fields ≤ 12 is refused
    (NaT), never guessed: the caller's count of unreadable values includes it.

    >>> to_utc(["14/01/2017 10:00:00", "05/01/2017 09:00:00"]).dt.strftime("%Y-%m-%d").tolist()
    ['2017-01-14', '2017-01-05']
    >>> to_utc(["05/01/2017", "Sat Jan 14 22:10:12 +0000 2017"]).tolist()
    [NaT, Timestamp('2017-01-14 22:10:12+0000', tz='UTC')]
    """
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    if unit is not None:
        numbers = pd.to_numeric(series, errors="coerce").astype("float64")
        return pd.Series(epoch_to_utc(numbers.to_numpy(), unit), index=series.index)
    if fmt is not None:
        return pd.to_datetime(series, format=fmt, utc=True, errors="coerce")
    # ISO values: pandas' "mixed" reading as before ("ISO8601" only tells which they are:
    # it carries one value's offset over to a following naive value).
    iso = pd.to_datetime(series, utc=True, errors="coerce", format="ISO8601").notna()
    if iso.all():
        return pd.to_datetime(series, utc=True, errors="coerce", format="mixed")
    # positions, not labels: a frame's column may repeat index labels
    times = np.full(len(series), np.datetime64("NaT"), dtype="datetime64[ns]")
    iso_at = iso.to_numpy()
    if iso_at.any():
        parsed = pd.to_datetime(series[iso_at], utc=True, errors="coerce", format="mixed")
        times[iso_at] = parsed.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
    values_ = series.to_numpy(dtype=object)
    rest = [
        i for i in np.flatnonzero(~iso_at) if isinstance(values_[i], str) and values_[i].strip()
    ]
    order = date_order(values_[rest])
    if order.day_first is None:
        rest = [i for i in rest if not _is_ambiguous(values_[i])]
    # the column's day/month order applies to its numeric D/M dates only: a year-first value
    # ("2017-01-05 10:00:00 UTC", which the ISO test refuses for its suffix) or a named month
    # is read month-after-year as written, never day/month-swapped
    numeric = [i for i in rest if _NUMERIC_DATE.match(values_[i])]
    named = [i for i in rest if not _NUMERIC_DATE.match(values_[i])]
    for group, day_first in ((numeric, bool(order.day_first)), (named, False)):
        if not group:
            continue
        parsed = pd.to_datetime(
            pd.Series(values_[group], dtype=object),
            utc=True,
            errors="coerce",
            format="mixed",
            dayfirst=day_first,
        )
        times[group] = parsed.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
    return pd.Series(pd.DatetimeIndex(times).tz_localize("UTC"), index=series.index)


_NANOS_PER = {"s": 1_000_000_000, "ms": 1_000_000, "us": 1_000, "ns": 1}


def epoch_to_utc(values: object, unit: str) -> pd.DatetimeIndex:
    """Epoch numbers (``unit`` ``"s"``, ``"ms"``, ``"us"`` or ``"ns"``) as UTC.

    The one epoch converter of the loaders. Its rule for what is no time (NaT):

    - ``0``: every export that writes epochs uses it for "no time" (Meta's message,
      friend and request timestamps; X's and Instagram's readers drop it too). A real
      event at 1970-01-01T00:00:00 does not occur in social-media exports;
    - NaN (missing) and infinities;
    - times outside what ``datetime64[ns]`` holds (about 1677-2262): a corrupt field, not
      wrapped round to some date.

    Integer arrays are scaled in int64 (exact, the million-message path); other input as
    float64, with whole units and the fraction scaled apart, as pandas does, so that large
    epochs keep their precision. Not ``pd.to_datetime(floats, unit=...)``: pandas 2.x fills
    a scratch array with ``np.empty`` there and, now and then, raises
    ``FloatingPointError`` on arrays holding NaN (pandas-dev/pandas#58419, fixed only in
    pandas 3).

    Example
    -------
    >>> epoch_to_utc([1450000000.5, float("nan"), 0], "s").tolist()
    [Timestamp('2015-12-13 09:46:40.500000+0000', tz='UTC'), NaT, NaT]
    >>> epoch_to_utc(np.array([1450000000123, 0, 2**62]), "ms").tolist()
    [Timestamp('2015-12-13 09:46:40.123000+0000', tz='UTC'), NaT, NaT]
    """
    numbers = np.asarray(values)
    scale = _NANOS_PER[unit]
    if numbers.dtype.kind == "i":
        whole_numbers = numbers.astype(np.int64, copy=False)
        limit = np.iinfo(np.int64).max // scale
        nanos = whole_numbers * scale  # a value out of range wraps here; it is NaT below
        # all positive and in range (a million message times): two reductions, no masks
        if len(whole_numbers) and not (whole_numbers.min() > 0 and whole_numbers.max() <= limit):
            missing = whole_numbers == 0
            missing |= whole_numbers > limit
            missing |= whole_numbers < -limit
            nanos[missing] = np.iinfo(np.int64).min  # NaT
    else:
        numbers = numbers.astype(np.float64, copy=False)
        nanos = np.full(numbers.shape, np.iinfo(np.int64).min, dtype=np.int64)  # NaT
        ok = np.isfinite(numbers) & (np.abs(numbers) < np.iinfo(np.int64).max / scale)
        ok &= numbers != 0
        whole = np.floor(numbers[ok])
        fraction = np.round((numbers[ok] - whole) * scale).astype(np.int64)
        nanos[ok] = whole.astype(np.int64) * scale + fraction
    return pd.DatetimeIndex(nanos.view("datetime64[ns]")).tz_localize("UTC")


def now_utc() -> datetime:
    return datetime.now(tz=UTC)


def normalise_url(url: str | None) -> str | None:
    """Lower-case scheme and host, add a missing scheme, percent-decode, drop query, fragment
    and trailing slash. ``None`` and blanks stay ``None``."""
    if url is None:
        return None
    url = str(url).strip()
    if not url or url.lower() in ("nan", "none"):
        return None
    if "://" not in url:
        url = "https://" + url.lstrip("/")
    parts = urlsplit(url)
    path = unquote(parts.path).rstrip("/")
    host = parts.netloc.lower()
    return unicodedata.normalize("NFC", f"{parts.scheme.lower()}://{host}{path}")


def normalise_handle(handle: str | None) -> str | None:
    """``@Name`` → ``name``; blanks → None."""
    if handle is None:
        return None
    handle = str(handle).strip().lstrip("@").lower()
    return handle or None


def clean_str(value: object) -> str | None:
    """A stripped, NFC-normalised string, or None for blanks and missing values."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None
