"""Shared parsing helpers: mojibake, decoding, CSV preambles, dates, URLs."""

from __future__ import annotations

import codecs

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from power1000_analysis.loaders._text import (
    clean_str,
    decode_text,
    find_date_in_name,
    fix_mojibake,
    normalise_handle,
    normalise_url,
    read_csv_rows,
    sniff_delimiter,
    to_utc,
)


def meta_escape(text: str) -> str:
    """What Meta's exporter does: every UTF-8 byte becomes one Latin-1 code point."""
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize("original", ["Tőke Hal", "👍", "Jenő Rejtő", "Zoë", "東京", "plain"])
def test_fix_mojibake_repairs_meta_escaping(original: str) -> None:
    assert fix_mojibake(meta_escape(original)) == original


@pytest.mark.parametrize("proper", ["Tőke Hal", "👍 great", "Zoë", "naïve café", "Ä"])
def test_fix_mojibake_leaves_proper_text_alone(proper: str) -> None:
    assert fix_mojibake(proper) == proper


@given(st.text())
def test_fix_mojibake_round_trips_any_text(text: str) -> None:
    try:
        escaped = meta_escape(text)
    except UnicodeEncodeError:  # lone surrogates cannot be UTF-8 encoded
        return
    assert fix_mojibake(escaped) == text


def test_decode_text_handles_boms_and_utf16_without_bom() -> None:
    assert decode_text(codecs.BOM_UTF8 + "Zoë".encode()) == "Zoë"
    assert decode_text(codecs.BOM_UTF16_LE + "a\tb".encode("utf-16-le")) == "a\tb"
    assert decode_text("BEGIN:VCARD\nFN:Ǽgean\n".encode("utf-16-be")) == "BEGIN:VCARD\nFN:Ǽgean\n"
    assert decode_text("BEGIN:VCARD\nFN:x\n".encode("utf-16-le")) == "BEGIN:VCARD\nFN:x\n"
    assert decode_text("Doë".encode("cp1252")) == "Doë"


def test_read_csv_rows_finds_header_after_linkedin_preamble() -> None:
    text = (
        "Notes:\n"
        '"When exporting your connection data, you may notice that some of the email addresses are missing."\n'
        "\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        'Ana,"Doe, Ph.D.",https://www.linkedin.com/in/ana,,ACME,CTO,08 Feb 2023\n'
        ",,,,,,07 Jun 2026"
    )
    header, rows = read_csv_rows(text, header_contains=["First Name", "Connected On"])
    assert header[0] == "First Name" and header[-1] == "Connected On"
    assert rows == [
        ["Ana", "Doe, Ph.D.", "https://www.linkedin.com/in/ana", "", "ACME", "CTO", "08 Feb 2023"],
        ["", "", "", "", "", "", "07 Jun 2026"],
    ]


def test_read_csv_rows_keeps_multiline_cells_and_quoted_headers() -> None:
    text = '"CONVERSATION ID","CONTENT"\r\n"c1","line one\r\nline two"\r\n'
    header, rows = read_csv_rows(text.encode())
    assert header == ["CONVERSATION ID", "CONTENT"]
    assert rows == [["c1", "line one\r\nline two"]]


def test_read_csv_rows_utf16_tab() -> None:
    data = codecs.BOM_UTF16_LE + '"Endorser First Name"\t"Skill Name"\n"Zoë"\t"Python"\n'.encode(
        "utf-16-le"
    )
    header, rows = read_csv_rows(data)
    assert header == ["Endorser First Name", "Skill Name"]
    assert rows == [["Zoë", "Python"]]


def test_read_csv_rows_without_header_raises() -> None:
    with pytest.raises(ValueError, match="no header line"):
        read_csv_rows("a,b\n1,2\n", header_contains=["First Name"])


def test_sniff_delimiter() -> None:
    assert sniff_delimiter("a\tb\tc") == "\t"
    assert sniff_delimiter("a;b;c") == ";"
    assert sniff_delimiter("abc") == ","


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("twitter-2019-06-25-b31f2.zip", "2019-06-25"),
        ("Complete_LinkedInDataExport_08-26-2025.zip", "2025-08-26"),
        ("facebook-123456-2024-11-02-AbCd", "2024-11-02"),
        ("export.zip", None),
    ],
)
def test_find_date_in_name(name: str, expected: str | None) -> None:
    found = find_date_in_name(name)
    assert (found.strftime("%Y-%m-%d") if found is not None else None) == expected
    if found is not None:
        assert str(found.tz) == "UTC"


def test_to_utc_units_formats_and_placeholders() -> None:
    seconds = to_utc([1_600_000_000, 0, None], unit="s")
    assert seconds.iloc[0] == pd.Timestamp("2020-09-13 12:26:40", tz="UTC")
    assert seconds.iloc[1:].isna().all()  # 0 is Meta's "no time"
    parsed = to_utc(["2023-03-14T02:48:20-07:00"])
    assert parsed.iloc[0] == pd.Timestamp("2023-03-14 09:48:20", tz="UTC")
    formatted = to_utc(["08 Feb 2023", "garbage"], fmt="%d %b %Y")
    assert formatted.iloc[0] == pd.Timestamp("2023-02-08", tz="UTC") and pd.isna(formatted.iloc[1])


def test_normalise_url_and_handle() -> None:
    assert normalise_url("www.linkedin.com/in/Ana/") == "https://www.linkedin.com/in/Ana"
    assert (
        normalise_url("https://www.linkedin.com/in/zo%C3%AB-brandt/?trk=x")
        == "https://www.linkedin.com/in/zoë-brandt"
    )
    assert normalise_url("  ") is None and normalise_url(None) is None
    assert normalise_handle("@Alice") == "alice"
    assert normalise_handle(" ") is None


def test_clean_str() -> None:
    assert clean_str("  Zoe\u0308 ") == "Zoë"
    assert clean_str(float("nan")) is None
    assert clean_str("") is None


def test_epoch_to_utc_rule_for_no_time_is_the_same_for_ints_and_floats() -> None:
    """One converter serves every loader: 0, NaN, infinities and times beyond
    ``datetime64[ns]`` are NaT, whether the epochs come as int64 (Messenger's million
    ``timestamp_ms``) or as floats (to_utc, Instagram); valid times are exact."""
    import numpy as np

    from power1000_analysis.loaders._text import epoch_to_utc

    ms = [1_600_000_000_123, 0, 2**62, -(2**62), -86_400_000, 9_223_372_036_854]
    expected = [
        pd.Timestamp("2020-09-13 12:26:40.123", tz="UTC"),
        pd.NaT,
        pd.NaT,
        pd.NaT,
        pd.Timestamp("1969-12-31", tz="UTC"),
        pd.Timestamp(9_223_372_036_854_000_000, tz="UTC"),
    ]
    as_ints = epoch_to_utc(np.array(ms, dtype=np.int64), "ms")
    as_floats = epoch_to_utc(np.array(ms, dtype=np.float64), "ms")
    assert as_ints.tolist() == expected
    assert as_floats.tolist() == expected
    assert epoch_to_utc(np.array([np.nan, np.inf, 1.5]), "s").tolist() == [
        pd.NaT,
        pd.NaT,
        pd.Timestamp("1970-01-01 00:00:01.5", tz="UTC"),
    ]
    assert to_utc([0, 1450000000], unit="s").isna().tolist() == [True, False]
