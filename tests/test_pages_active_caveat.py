"""Pages 02, 03 and 04 carry the card's file-date warning on their active count when it is
set, and nothing when it is not (review10b S2: "0 active" and "a post would reach no one"
were stated flatly there while the card warned)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_card_active_caveat import _file_dated
from test_pages_text import _text

import power1000_analysis as p1k
from power1000_analysis import report
from power1000_analysis.network import Network
from power1000_analysis.report import execute_notebook

ROOT = Path(__file__).resolve().parent.parent

NO_CAVEAT_END = "Active: a sign of life in the last 90 days."


def test_the_line_and_the_pointer_are_empty_without_a_caveat() -> None:
    assert report.active_caveat_line(None) == ""
    assert report.active_caveat_pointer(None) == ""
    warning = "this x export states no date — analyse it with --as-of 2020-08-09"
    line = report.active_caveat_line(warning)
    assert line == f"**The active counts on this page may be far too low:** {warning}."
    assert report.active_caveat_line(warning + ".") == line  # one full stop
    assert report.active_caveat_pointer(warning).startswith(" That active count may be")


def test_the_header_of_a_page_counting_active_people_carries_the_caveat() -> None:
    net, warning = _file_dated()  # Ann's last message is 508 days before the file date
    assert report.active_caveat(net) == warning
    # the pages that count active people: 02, 03, 04 pass active_within_days
    text = report.describe(net, active_within_days=90).data
    assert text.endswith(f"{NO_CAVEAT_END} {report.active_caveat_line(warning)}")
    # 01 and 05 count no one active: no caveat there
    assert report.describe(net).data.endswith("as of 2024-06-01.")
    # as advised (the day after the newest record), Ann is active and there is no caveat
    advised = report.describe(net, as_of="2023-01-11", active_within_days=90).data
    assert advised.endswith(NO_CAVEAT_END)
    # within the page's own window of "active" from the newest record: none either
    assert report.describe(net, active_within_days=600).data.endswith(
        "Active: a sign of life in the last 600 days."
    )
    assert report.describe(Network.empty(), active_within_days=90).data.endswith(
        "no problems found. Active: a sign of life in the last 90 days."
    )


@pytest.mark.slow
def test_page_03_carries_the_caveat_at_its_header_and_its_starting_count(
    tmp_path: Path, real_fixtures: Path
) -> None:
    """The real undated Facebook export, dated by its files: 0 active, the caveat above and
    beside "Starting from 0 active people"; as of the advised date, neither."""
    exports = tmp_path / "facebook"
    shutil.copytree(real_fixtures / "facebook" / "tardigrde-facebook-data-miner", exports)
    caveat = report.active_caveat(p1k.load(exports, cache_dir=None))
    assert caveat is not None
    page = _page_03(tmp_path / "as-is.ipynb", exports, as_of=None)
    assert report.active_caveat_line(caveat) in page
    assert "Starting from 0 active people." + report.active_caveat_pointer(caveat) in page

    page = _page_03(tmp_path / "advised.ipynb", exports, as_of="2020-08-09")
    assert f"{NO_CAVEAT_END}\n" in page  # the header ends there
    assert "Starting from 0 active people. " in page  # the count, with no pointer after it
    assert report.active_caveat_pointer(caveat) not in page


def _page_03(executed: Path, exports: Path, *, as_of: str | None) -> str:
    parameters = {"exports": [str(exports)], "cache_dir": None, "decisions": None, "as_of": as_of}
    execute_notebook(
        ROOT / "notebooks" / "03_funnel.ipynb",
        executed,
        parameters=parameters,
        cwd=ROOT / "notebooks",
    )
    page = _text(executed)
    assert "All checks passed." in page
    return page
