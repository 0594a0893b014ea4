"""Page 03 on networks of one platform (review9 F12, F13 d/f): what the forecast and the
funnel say is about the platforms and the date in question, with one missing-value
convention."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from test_forecast import instagram_followers_network
from test_pages_text import _page_texts

from power1000_analysis import forecast, funnel

FACEBOOK = ("facebook", "tardigrde-facebook-data-miner")


def test_one_platform_inputs_use_nan_for_every_missing_number() -> None:
    # review9 F13f: a platform with no published weekly limit had None in weekly_limit
    # (an object column when every row lacked one: "None" on the page) beside NaN elsewhere
    inputs = forecast.forecast_inputs(instagram_followers_network(), half_life_days=1e9)
    assert list(inputs["platform"]) == ["instagram"]
    shown = inputs.drop(columns=["stock_draws", "return_draws"])
    assert not shown.map(lambda value: value is None).any().any()
    for column in ("weekly_limit", "max_connections"):
        assert pd.api.types.is_float_dtype(inputs[column]), column
    assert inputs["weekly_limit"].isna().all()
    assert (inputs["max_connections"] == 7_500).all()


def test_funnel_note_at_a_past_date_is_about_that_date(real_fixtures: Path) -> None:
    # review9 F12: at a past as_of the note said "the exports list no requests you sent",
    # a claim about the exports that a later export may contradict; it is about the date
    import power1000_analysis as p1k

    net = p1k.load(real_fixtures.joinpath(*FACEBOOK), cache_dir=None)
    newest = funnel.funnel_table(net)
    notes = set(newest.loc[newest["platform"] == "facebook", "note"])
    assert notes == {"the exports list no requests you sent"}
    past = funnel.funnel_table(net, as_of="2020-01-01")
    notes = set(past.loc[past["platform"] == "facebook", "note"])
    assert notes == {"no export up to 2020-01-01 lists a request you sent"}


@pytest.mark.slow
def test_page_03_on_one_facebook_export_shows_no_dates_for_a_forecast_it_cannot_make(
    tmp_path: Path, real_fixtures: Path
) -> None:
    # review9 F13d: one Facebook export with nobody to forecast from printed a table of
    # "not within the horizon" rows (and a flat chart) for platforms that are not there
    exports = tmp_path / "facebook"
    shutil.copytree(real_fixtures.joinpath(*FACEBOOK), exports)
    text = _page_texts(tmp_path, exports, ("03_funnel",))["03_funnel"]
    assert "Nothing to forecast from" in text
    assert "not within the horizon" not in text
    assert "goal reached by" not in text
    assert ">None<" not in text
