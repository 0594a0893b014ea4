"""Damaged input that used to lose rows or mis-read dates silently (review11 Part 3):
vCards without END:VCARD, day-first dates in LinkedIn and generic CSV files, unreadable
LinkedIn Sent At / Creation Date values, and the shared ``to_utc`` parser."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from power1000_analysis.loaders import discover, read_export
from power1000_analysis.loaders._text import date_order, to_utc


def _read(path: Path):
    [found] = discover(path)
    return read_export(found)


def _messages(export, severity: str | None = None) -> list[str]:
    problems = export.problems
    if problems is None or problems.empty:
        return []
    if severity is not None:
        problems = problems[problems["severity"] == severity]
    return list(problems["message"])


# -- V1: vCards without END:VCARD -----------------------------------------------------------


def _card(name: str, email: str, end: bool = True) -> str:
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\n"
    return text + ("END:VCARD\r\n" if end else "")


def test_vcards_without_end_are_read_and_counted(tmp_path: Path) -> None:
    # cards 1 and 2 lack END:VCARD (the next BEGIN cuts them), card 4 is cut by the file's end
    text = (
        _card("Ann Arbor", "ann@example.org", end=False)
        + _card("Bob Baker", "bob@example.org", end=False)
        + _card("Cem Cura", "cem@example.org")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Dunn\r\nEMAIL:dee@exam"
    )
    (tmp_path / "contacts-2017-01-15.vcf").write_text(text, encoding="utf-8")
    export = _read(tmp_path)
    assert sorted(export.contacts["name"]) == ["Ann Arbor", "Bob Baker", "Cem Cura", "Dee Dunn"]
    [warning] = [m for m in _messages(export, "warning") if "END:VCARD" in m]
    assert warning.startswith("3 card(s) without END:VCARD")
    assert "cards 1, 2, 4" in warning


def test_well_formed_vcards_give_no_end_warning(tmp_path: Path) -> None:
    text = _card("Ann Arbor", "ann@example.org") + _card("Bob Baker", "bob@example.org")
    (tmp_path / "contacts-2017-01-15.vcf").write_text(text, encoding="utf-8")
    export = _read(tmp_path)
    assert len(export.contacts) == 2
    assert not [m for m in _messages(export) if "END:VCARD" in m]


# -- X2: the shared parser decides day/month order per column ------------------------------


def test_to_utc_reads_a_day_first_column_day_first() -> None:
    # createdAt re-written as DD/MM/YYYY: pandas' per-value guess read 05/01 as 1 May
    times = to_utc(["14/01/2017 22:10:12", "05/01/2017 09:00:00", "12/12/2016 08:00:00"])
    assert times.dt.strftime("%Y-%m-%d").tolist() == ["2017-01-14", "2017-01-05", "2016-12-12"]


def test_to_utc_reads_a_month_first_column_month_first() -> None:
    times = to_utc(["01/14/2017", "05/01/2017"])
    assert times.dt.strftime("%Y-%m-%d").tolist() == ["2017-01-14", "2017-05-01"]


def test_to_utc_refuses_numeric_dates_the_column_leaves_ambiguous() -> None:
    # 05/01/2017 is 5 January or 1 May: refused (NaT), not guessed; unambiguous ones read
    times = to_utc(["05/01/2017", "06/02/2017", "Sat Jan 14 22:10:12 +0000 2017", None])
    assert times.isna().tolist() == [True, True, False, True]
    both = to_utc(["14/01/2017", "01/14/2017", "03/04/2017"])
    assert both.isna().tolist() == [False, False, True]
    assert date_order(["14/01/2017", "01/14/2017"]).conflicting


def test_to_utc_iso_values_read_as_before() -> None:
    values = ["2017-01-14T22:10:12.000Z", "2017-01-14T22:10:12+02:00", "2017-01-14 22:10:12"]
    assert to_utc(values).tolist() == [
        pd.Timestamp("2017-01-14 22:10:12", tz="UTC"),
        pd.Timestamp("2017-01-14 20:10:12", tz="UTC"),
        pd.Timestamp("2017-01-14 22:10:12", tz="UTC"),  # naive = UTC, not the previous +02:00
    ]
    # ISO beside a day-first value: each read in its own way
    mixed = to_utc(["2017-01-14T22:10:12+02:00", "2017-01-14 22:10:12", "13/01/2017"])
    assert mixed.dt.strftime("%Y-%m-%d %H").tolist() == [
        "2017-01-14 20",
        "2017-01-14 22",
        "2017-01-13 00",
    ]
