"""The card writes numbers as the pages' prose does (review10 R3: "2422" beside "2,422")."""

from __future__ import annotations

from power1000_analysis import report
from power1000_analysis.network import Network


def test_the_card_writes_thousands_as_the_pages_do() -> None:
    card = report.summary_card(Network.empty())
    card.update(
        people=2422, active_people=1270, snapshots=11, problems=0,
        platforms={"quora": 1975, "x": 420},
    )  # fmt: skip
    page = report._index_html(card, [], [])
    assert 'id="people">2,422<' in page and "2422" not in page
    assert 'id="active-people">1,270 of 1000<' in page  # the goal keeps the project's spelling
    assert "<li>quora: 1,975</li><li>x: 420</li>" in page
