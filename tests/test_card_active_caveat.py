"""The card's active count carries the file-date warning it rests on (review10 R9), says
"1 snapshot"/"1 problem", and report.json says null where the card says unknown."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import power1000_analysis as p1k
from power1000_analysis import report
from power1000_analysis.loaders import EXPORT_DATE_FROM, FILE_DATE, stale_file_date_warning
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform

FILE_TIME = pd.Timestamp("2024-06-01", tz="UTC")  # the files' modification time
NEWEST = pd.Timestamp("2023-01-10 12:00", tz="UTC")  # the export's newest record


def _file_dated() -> tuple[Network, str]:
    """A Messenger export with no date of its own, dated by its files 508 days after its
    newest message: Ann wrote on its last day."""
    contacts = pd.DataFrame(
        {"platform": "facebook", "contact_key": ["ann"], "name": ["Ann"], "relation": "friend",
         "connected_at": [NEWEST - pd.Timedelta(days=400)], "is_current": True}
    )  # fmt: skip
    interactions = pd.DataFrame(
        {"platform": "facebook", "at": [NEWEST], "contact_key": ["ann"], "direction": "in",
         "kind": "message"}
    )  # fmt: skip
    export = LoadedExport(
        platform="facebook",
        generation="json",
        source="facebook.zip",
        exported_at=FILE_TIME,
        contacts=conform("contacts", contacts),
        interactions=conform("interactions", interactions),
        extra={EXPORT_DATE_FROM: FILE_DATE},
    )
    warning = stale_file_date_warning(export)
    assert warning is not None
    export.problems = conform(
        "problems",
        pd.DataFrame(
            [{"source": "facebook.zip", "severity": "warning", "message": warning, "n_skipped": 0}]
        ),
    )
    return merge_exports([export]), warning


def _card_text(card: dict[str, object]) -> str:
    return report._index_html(card, [], [])


def test_a_file_dated_export_puts_its_warning_next_to_the_active_count() -> None:
    net, warning = _file_dated()
    card = report.summary_card(net)
    assert card["active_people"] == 0  # Ann wrote 508 days before the file date
    assert card["active_caveat"] == warning
    page = _card_text(card)
    assert "active — may be far too low: see the warning under this card" in page
    assert '<p id="active-caveat"><strong>Why 0 active may be far too low:</strong> This' in page
    # the card comes first, then the warning, then the headcount line
    assert (
        page.index('id="summary"') < page.index('id="active-caveat"') < page.index('id="headcount"')
    )


def test_no_caveat_when_the_date_looked_at_is_close_to_the_records() -> None:
    net, _ = _file_dated()
    # as advised: the day after the newest record; Ann is active then
    advised = report.summary_card(net, as_of="2023-01-11")
    assert advised["active_caveat"] is None and advised["active_people"] == 1
    assert "active-caveat" not in _card_text(advised)
    # later than advised, but within the 90 days of "active" of the newest record
    assert report.summary_card(net, as_of="2023-03-01")["active_caveat"] is None
    # 91 days after it: the count rests on the date again
    assert report.summary_card(net, as_of="2023-04-11")["active_caveat"] is not None


def test_one_snapshot_and_one_problem_are_singular() -> None:
    net, _ = _file_dated()
    page = _card_text(report.summary_card(net))
    assert 'id="snapshots">1</span>\n       <span class="label">snapshot read<' in page
    assert (
        'id="problems">1</span>\n       <span class="label">problem found (see each page)' in page
    )
    empty = _card_text(report.summary_card(Network.empty()))
    assert '<span class="label">snapshots read<' in empty
    assert '<span class="label">problems found (see each page)' in empty


def test_report_json_says_null_where_the_card_says_unknown(real_fixtures: Path) -> None:
    card = report.summary_card(p1k.load(real_fixtures / "vcard" / "roundcube"))
    assert card["activity_unknown"] == card["people_in_all"] > 0
    assert card["active_people"] is None  # was 0 in report.json while the card said unknown
    assert 'id="active-people">unknown<' in _card_text(card)


def test_the_real_undated_facebook_export_carries_the_caveat(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "facebook" / "tardigrde-facebook-data-miner")
    card = report.summary_card(net)
    assert card["active_people"] == 0
    assert card["active_caveat"] is not None and "--as-of 2020-08-09" in card["active_caveat"]
    # following the advice: the warning says "as you asked", and the card has no caveat
    assert report.summary_card(net, as_of="2020-08-09")["active_caveat"] is None
