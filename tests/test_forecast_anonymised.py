"""Anonymised 03: the forecast's inputs table shows no number that gives back a group of
fewer than ``min_group_size`` people (the inbound rates were shown as they were)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from power1000_analysis import forecast
from power1000_analysis.anonymize import suppress_small_funnel

ROOT = Path(__file__).resolve().parent.parent
K = 5
WEEKS = 365 / 7


def inputs_table() -> pd.DataFrame:
    """Three platforms: x with few of everything, linkedin with many, instagram between."""
    return pd.DataFrame(
        {
            "platform": ["x", "linkedin", "instagram"],
            "active_now": [3, 140, 60],
            "outreach_per_week": [3 / WEEKS, 400 / WEEKS, 0.0],
            "conversion": [0.5, 0.2, 0.3],
            "inbound_per_week": [2 / WEEKS, 100 / WEEKS, 30 / WEEKS],
            "inbound_low": [0.01, 1.5, 0.4],
            "inbound_high": [0.1, 2.4, 0.8],
            "inbound_count": [2.0, 100.0, 30.0],
            "inbound_weeks": [WEEKS, WEEKS, WEEKS],
            "activation": [0.9, 0.4, 0.1],
            "activation_low": [0.5, 0.3, 0.03],
            "activation_high": [1.0, 0.5, 0.2],
            "activation_active": [2.0, 40.0, 3.0],
            "activation_exposure": [2.2, 100.0, 30.0],
            "connections_now": [4, 900, 300],
            "stock_source": [
                "your active people's retention: of the 20 active 360 days before, 18 (90%) "
                "still are (95% 68%–99%); fitted 80% stay (95% 60%–90%), the rest fade ...",
                "your linkedin people's retention: of the 90 active 360 days before, 41 (46%) "
                "still are (95% 35%–56%); fitted 40% stay (95% 30%–50%), the rest fade ...",
                "your instagram people's retention: of the 21 active 360 days before, 3 (14%) "
                "still are (95% 3%–36%); fitted 5% stay (95% 0%–30%), the rest fade ...",
            ],
        }
    )


def test_small_counts_behind_the_forecast_inputs_are_blanked() -> None:
    inputs = inputs_table()
    shown = forecast.anonymised_inputs(inputs, k=K).set_index("platform")
    # x: 3 active; the printed total (203) and the others would give it back, so the next
    # smallest (instagram's 60) goes too; linkedin's 140 stays
    assert shown["active_now"].isna().tolist() == [True, False, True]
    # x: 2 people came (rate x weeks, and the interval's width, give 2 back): blanked
    assert shown.loc["x", ["inbound_per_week", "inbound_low", "inbound_high"]].isna().all()
    assert shown.loc["linkedin", "inbound_per_week"] == pytest.approx(100 / WEEKS)
    # 2 of x's and 3 of instagram's arrivals active: the shares are blanked
    assert shown.loc[["x", "instagram"], "activation"].isna().all()
    assert shown.loc["linkedin", "activation"] == 0.4
    # 3 reach-outs of x's in the year: blanked; zero identifies nobody
    assert math.isnan(shown.loc["x", "outreach_per_week"])
    assert shown.loc["instagram", "outreach_per_week"] == 0.0
    assert (
        math.isnan(shown.loc["x", "connections_now"])
        and shown.loc["linkedin", "connections_now"] == 900
    )
    # retention counts: x's 2 no longer active and instagram's 3 still active go; 41/49 stay
    assert "of the 20 active" not in shown.loc["x", "stock_source"]
    assert "fitted 80% stay" in shown.loc["x", "stock_source"]
    assert "of the 21 active" not in shown.loc["instagram", "stock_source"]
    assert "of the 90 active 360 days before, 41 (46%)" in shown.loc["linkedin", "stock_source"]
    assert shown["note"].str.startswith("blanked").tolist() == [True, False, True]
    # the inputs themselves are untouched (the forecast uses them all)
    assert inputs["inbound_count"].tolist() == [2.0, 100.0, 30.0]


def test_conversion_and_the_plans_follow_the_anonymised_funnel() -> None:
    inputs = inputs_table()
    # the funnel blanks x's conversion to engaged (3 reached out): so does the table
    funnel = pd.DataFrame(
        {
            "platform": ["x", "linkedin"],
            "stage": ["engaged", "engaged"],
            "count": pd.array([2, 80], dtype="Int64"),
            "base": pd.array([3, 400], dtype="Int64"),
            "step_conversion": [2 / 3, 0.2],
            "overall_conversion": [2 / 3, 0.2],
            "note": "",
        }
    )
    drawn = suppress_small_funnel(funnel, k=K)
    shown = forecast.anonymised_inputs(inputs, k=K, funnel=drawn).set_index("platform")
    assert math.isnan(shown.loc["x", "conversion"]) and shown.loc["linkedin", "conversion"] == 0.2
    required = pd.DataFrame(
        {
            "platform": ["x", "linkedin", "current mix"],
            "conversion": [0.5, 0.2, 0.21],
            "reach_outs_per_engaged": [2.0, 5.0, 4.8],
            "requests_per_week": [100.0, 200.0, 150.0],
            "now_per_week": [3 / WEEKS, 400 / WEEKS, 403 / WEEKS],
            "total_requests": [1.0e4, 2.0e4, 1.5e4],
            "feasible": [True, True, True],
            "note": ["", "", "every platform's rate times 2"],
        }
    )
    plans = forecast.anonymised_required(required, inputs, shown.reset_index())
    plans = plans.set_index("platform")
    # x's rate and conversion, and the current mix's sums of them, are blanked; plans stay
    assert plans.loc[["x", "current mix"], ["now_per_week", "conversion"]].isna().all().all()
    assert plans.loc["linkedin", "now_per_week"] == pytest.approx(400 / WEEKS)
    assert plans["requests_per_week"].notna().all()
    text = forecast.describe_required(plans.reset_index())
    assert "2.0 per engaged person" not in text and "5.0 per engaged person" in text
    assert "no current outreach to scale" not in text


def test_the_returning_flow_counts_are_blanked_like_the_retention_counts() -> None:
    # forecast11: people known but not active today (idle_now) and the counts behind the
    # return curve (return_source) follow the same rule as active_now and stock_source
    inputs = inputs_table().assign(
        idle_now=[3, 400, 0],
        return_source=[
            "your x people's returns: of the 40 known but not active 360 days before, 2 (5%) "
            "are active again (95% 1%–17%); fitted 6.0% active in the long run ...",
            "your linkedin people's returns: of the 300 known but not active 360 days before, "
            "30 (10%) are active again (95% 7%–14%); fitted 11.0% active in the long run ...",
            "not modelled (too little history)",
        ],
    )
    shown = forecast.anonymised_inputs(inputs, k=K).set_index("platform")
    assert math.isnan(shown.loc["x", "idle_now"]) and shown.loc["linkedin", "idle_now"] == 400
    assert shown.loc["instagram", "idle_now"] == 0  # zero identifies nobody
    assert "of the 40 known" not in shown.loc["x", "return_source"]
    assert "fitted 6.0% active in the long run" in shown.loc["x", "return_source"]
    assert (
        "of the 300 known but not active 360 days before, 30 (10%)"
        in (shown.loc["linkedin", "return_source"])
    )


def test_the_sentences_do_not_give_back_blanked_rates_or_connections() -> None:
    # forecast11: describe_required printed the mix's reach-outs a week and its factor
    # (their ratio is today's reach-outs a week, blanked in the table) and a cap's
    # "(N now + M more)" (N: the blanked connections_now of x)
    inputs = inputs_table()
    shown = forecast.anonymised_inputs(inputs, k=K)
    required = pd.DataFrame(
        {
            "platform": ["x", "linkedin", "current mix"],
            "conversion": [0.5, 0.2, 0.21],
            "reach_outs_per_engaged": [2.0, 5.0, 4.8],
            "requests_per_week": [9000.0, 200.0, 1612.0],
            "now_per_week": [3 / WEEKS, 400 / WEEKS, 403 / WEEKS],
            "total_requests": [1.0e6, 2.0e4, 1.5e5],
            "feasible": [False, True, False],
            "note": [
                "the cap of 5,000 accounts you follow is full on 2025-01-01 (4 now + 9,000 more)",
                "",
                "every platform's rate times 208, but x: the cap of 5,000 accounts you follow "
                "is full on 2025-02-01 (4 now + 5,000 more)",
            ],
        }
    )
    text = forecast.describe_required(forecast.anonymised_required(required, inputs, shown))
    assert "times 208" not in text and "scaled up" in text
    assert "4 now" not in text
    assert "x alone: 9,000 reach-outs a week" in text  # the plans stay
    assert "is full on 2025-01-01" in text and "is full on 2025-02-01" in text
    # not anonymised (or nothing blanked): the same sentences keep their numbers
    assert "times 208" in forecast.describe_required(required)
    big = forecast.anonymised_inputs(inputs.assign(outreach_per_week=[1.0] * 3), k=K)
    kept = forecast.anonymised_required(required, inputs.assign(outreach_per_week=1.0), big)
    assert "times 208" in forecast.describe_required(kept)


@pytest.mark.slow
def test_the_sample_anonymised_with_a_large_group_shows_no_small_count() -> None:
    # data/sample with min_group_size 50 (as test_pages_anonymised does for the funnel):
    # no number in the inputs table gives back a group of 1-49 people
    import power1000_analysis as p1k
    from power1000_analysis import funnel

    k = 50
    net = p1k.load(ROOT / "data" / "sample", resolve=True)
    inputs = forecast.forecast_inputs(net)
    drawn = suppress_small_funnel(funnel.funnel_table(net), k=k)
    shown = forecast.anonymised_inputs(inputs, k=k, funnel=drawn)

    def none_small(values: pd.Series) -> bool:
        return not np.round(values.dropna().astype(float)).between(1, k - 1).any()

    assert none_small(shown["active_now"])
    assert none_small(shown["connections_now"])
    inbound = shown["inbound_per_week"].notna()
    assert none_small(inputs.loc[inbound, "inbound_count"])
    activation = shown["activation"].notna()
    assert none_small(inputs.loc[activation, "activation_active"])
    outreach = shown["outreach_per_week"].notna()
    assert none_small(
        inputs.loc[outreach, "outreach_per_week"] * inputs.loc[outreach, "inbound_weeks"]
    )
    assert none_small(shown["idle_now"])
    for text in [*shown["stock_source"], *shown["return_source"]]:
        for then, kept in re.findall(
            r"of the (\d+) (?:known but not )?active \d+ days before, (\d+) ", text
        ):
            # zero identifies nobody (x: none of 216 came back)
            assert not 0 < int(kept) < k and not 0 < int(then) - int(kept) < k, text
    # the sample has such groups: something was blanked (x's 16 active, its 2 inbound a year)
    assert shown["note"].str.startswith("blanked").any()
    assert inputs["inbound_count"].between(1, k - 1).any()
