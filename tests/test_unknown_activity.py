"""With no export holding interactions (an address book alone) whether anyone is active is
unknown: pages 02 and 03 and ``share_of_goal`` say so as the card and page 04 do, not
"0 active people" (review12 UNK-1)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from test_pages_text import _text

import power1000_analysis as p1k
from power1000_analysis import activity, dunbar, forecast
from power1000_analysis.report import execute_notebook

ROOT = Path(__file__).resolve().parent.parent

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name.split()[1]};{name.split()[0]};;;\r\n"
    f"EMAIL:{name.split()[0].lower()}@example.org\r\nEND:VCARD\r\n"
    for name in ("Ann Alpha", "Bob Beta", "Cid Gamma")
)


def _address_book(folder: Path) -> Path:
    folder.mkdir()
    (folder / "contacts-2024-07-01.vcf").write_text(CARDS)
    return folder


def test_share_of_goal_is_blank_where_no_status_is_known() -> None:
    status = pd.DataFrame(
        {
            "platforms": ["addressbook", "addressbook", "linkedin,addressbook", "linkedin"],
            "status": ["unknown", "unknown", "active", "passive"],
        }
    )
    counts = activity.status_counts(status, goal=10).set_index("platform")
    # the address book row knows one status (the LinkedIn person's): 1 of the goal's 10
    assert counts.loc["addressbook", "share_of_goal"] == pytest.approx(0.1)
    assert counts.loc[activity.ALL_PLATFORMS, "share_of_goal"] == pytest.approx(0.1)
    unknown = activity.status_counts(status.iloc[:2], goal=10).set_index("platform")
    assert unknown["active_share"].isna().all()
    assert unknown["share_of_goal"].isna().all()  # was 0: "none of the goal yet"
    combos = activity.status_by_combination(status.iloc[:2], goal=10)
    assert combos["share_of_goal"].isna().all()


def test_dunbar_text_says_unknown_when_no_status_is_known() -> None:
    layers = pd.DataFrame({"layer": [], "size": [], "published_size": []})
    text = dunbar.describe_layers(layers, active_people=0, active_within_days=90, status_known=0)
    assert "unknown" in text and "0 active" not in text and "none yet" not in text
    # known and none active: still "0 active people … none yet"
    known = dunbar.describe_layers(layers, active_people=0, active_within_days=90, status_known=4)
    assert "**0 active people**" in known and "none yet" in known
    assert dunbar.describe_layers(layers, active_people=0, active_within_days=90) == known


def test_forecast_start_says_unknown_when_no_status_is_known() -> None:
    assert forecast.describe_start(0, people=6, status_known=0).startswith(
        "Whether anyone is active now is unknown"
    )
    assert forecast.describe_start(0, people=6, status_known=6) == "Starting from 0 active people."
    assert forecast.describe_start(0, people=0, status_known=0) == "Starting from 0 active people."
    assert forecast.describe_start(1234, people=2000, status_known=1500) == (
        "Starting from 1,234 active people."
    )


def test_an_address_book_alone_is_unknown_throughout(tmp_path: Path) -> None:
    net = p1k.load(_address_book(tmp_path / "book"), cache_dir=None)
    status = activity.contact_status(net)
    assert (status["status"] == "unknown").all() and len(status) == 3
    overall = activity.status_counts(status).set_index("platform").loc[activity.ALL_PLATFORMS]
    assert np.isnan(overall["share_of_goal"]) and np.isnan(overall["active_share"])


@pytest.mark.slow
def test_pages_02_and_03_say_unknown_for_an_address_book_alone(tmp_path: Path) -> None:
    exports = _address_book(tmp_path / "book")
    parameters = {"exports": [str(exports)], "cache_dir": None, "decisions": None}
    pages = {}
    for name in ("02_activity", "03_funnel"):
        executed = tmp_path / f"{name}.ipynb"
        execute_notebook(
            ROOT / "notebooks" / f"{name}.ipynb",
            executed,
            parameters=parameters,
            cwd=ROOT / "notebooks",
        )
        pages[name] = _text(executed)
        assert "All checks passed." in pages[name]
    layers = activity.dunbar_layers(p1k.load(exports, cache_dir=None))
    said = dunbar.describe_layers(layers, active_people=0, active_within_days=90, status_known=0)
    assert said in pages["02_activity"]
    assert "0 active people" not in pages["02_activity"]
    assert forecast.describe_start(0, people=3, status_known=0) in pages["03_funnel"]
    assert "Starting from 0 active people" not in pages["03_funnel"]
