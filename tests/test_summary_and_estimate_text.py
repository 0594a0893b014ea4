"""What net.summary() and str(Estimate) say (review11 A6 and the hand-made network's note):
summary() said 'problems': 0 for a network whose problems frame held two rows (severity
info), and an estimate that could not be made printed 'nan (95% CI nan–nan, n=3)' with its
reason left out."""

from __future__ import annotations

import math

from test_front_card import _address_book, _with_problems

from power1000_analysis import report
from power1000_analysis.schema import Estimate


def test_summary_counts_every_problem_and_names_the_severities() -> None:
    net = _with_problems(
        _address_book(),
        ("info", "1 repeated entry merged"),
        ("info", "file not used: notes.txt"),
        ("warning", "3 rows without a name"),
        ("error", "could not read x.csv"),
        ("warning", "2 dates after the export"),
    )
    summary = net.summary()
    assert summary["problems"] == len(net.problems) == 5  # as repr says
    assert (summary["errors"], summary["warnings"], summary["notes"]) == (1, 2, 2)
    # the report card keeps its meaning: problems found = errors and warnings; notes apart
    card = report.summary_card(net)
    assert (card["problems"], card["notes"]) == (3, 2)


def test_summary_of_info_rows_only_is_not_zero_problems() -> None:
    net = _with_problems(_address_book(), ("info", "1 repeated entry merged"), ("info", "a note"))
    summary = net.summary()
    assert summary["problems"] == 2 and summary["notes"] == 2
    assert summary["errors"] == summary["warnings"] == 0
    assert (report.summary_card(net)["problems"], report.summary_card(net)["notes"]) == (0, 2)
    assert report.describe(net).data.startswith(
        "Read 1 snapshot of addressbook: 2 contacts, 0 interactions, 0 requests; "
        "no problems found; 2 notes"
    )


def test_an_estimate_that_could_not_be_made_says_why() -> None:
    method = "not estimable: only 3 interactions from 3 contacts"
    text = str(Estimate(math.nan, math.nan, math.nan, n=3, method=method))
    assert text == f"nan ({method}, n=3)"
    assert str(Estimate(0.25, 0.2, 0.3, n=400, method="Wilson")) == ("0.25 (95% CI 0.2–0.3, n=400)")
