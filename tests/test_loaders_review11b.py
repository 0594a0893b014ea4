"""Loader findings of review11b (session 12): a year-first "… UTC" time beside D/M/Y dates,
Messenger timestamp_ms holding seconds, X DM times read day first, generic CSV
connected_at after the file's date, Instagram's profile-file wording and the owner check
over message requests."""

from __future__ import annotations

from power1000_analysis.loaders._text import to_utc

# -- T-1: the column's day-first order applies to its numeric D/M dates only -----------------


def test_to_utc_never_swaps_a_year_first_value_beside_day_first_dates() -> None:
    # " UTC" makes pandas' ISO test refuse the first value; it used to be read with the
    # column's dayfirst=True, as 1 May
    times = to_utc(["2017-01-05 10:00:00 UTC", "14/01/2017 10:00:00", "05/01/2017 09:00:00"])
    assert times.dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2017-01-05 10:00",
        "2017-01-14 10:00",
        "2017-01-05 09:00",
    ]


def test_to_utc_named_months_beside_day_first_dates_read_as_written() -> None:
    times = to_utc(["Jan 5, 2017", "5 Feb 2017", "2017/01/05", "14/01/2017"])
    assert times.dt.strftime("%Y-%m-%d").tolist() == [
        "2017-01-05",
        "2017-02-05",
        "2017-01-05",
        "2017-01-14",
    ]
