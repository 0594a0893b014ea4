"""Arguments that used to be silently ignored or fail with internals (review11 A1-A8):
each is a ValueError naming the argument and what it accepts."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis import acceptance, activity, forecast, funnel, growth, identity

FRIENDS = """platform,name,handle,relation,connected_at,exported_at
forum,Ann Alpha,ann,friend,2024-01-01,2024-07-01
forum,Bob Beta,bob,friend,2024-03-01,2024-07-01
forum,Cem Gamma,cem,friend,,2024-07-01
forum,Dee Delta,dee,friend,2024-06-01,2024-07-01
"""
INTERACTIONS = """platform,at,handle,direction,kind,thread_key,n_participants
forum,2024-06-20,ann,in,message,t1,2
forum,2024-03-10,bob,in,message,t2,2
forum,2024-06-25,cem,out,message,t3,2
forum,2024-06-28,dee,out,like,,
forum,2024-05-01,ann,in,comment,,
forum,2024-04-01,bob,out,like,,
"""


@pytest.fixture(scope="module")
def net(tmp_path_factory: pytest.TempPathFactory) -> p1k.Network:
    folder = tmp_path_factory.mktemp("forum")
    (folder / "forum-friends-2024-07-01.csv").write_text(FRIENDS)
    (folder / "forum-interactions-2024-07-01.csv").write_text(INTERACTIONS)
    loaded = p1k.load(folder)
    assert len(loaded.interactions) == 6 and loaded.platforms == ["forum"]
    return loaded


# ------------------------------------------------------------------ A1 weights


@pytest.mark.parametrize(
    ("weights", "named"),
    [
        ({("message", "inbound"): 5.0}, r"unknown key \('message', 'inbound'\)"),
        ({("Message", "in"): 5.0}, r"unknown key \('Message', 'in'\)"),
        ({"message": 5.0}, r"unknown key 'message'"),
        (
            {("poke", "in"): 1.0, ("like", "up"): 1.0},
            r"unknown keys \('poke', 'in'\), \('like', 'up'\)",
        ),
    ],
)
def test_weights_unknown_keys(net: p1k.Network, weights: dict, named: str) -> None:
    with pytest.raises(ValueError, match=named) as caught:
        activity.activity_scores(net, weights=weights)
    assert "kind one of message, comment" in str(caught.value)
    assert "direction 'in' or 'out'" in str(caught.value)


@pytest.mark.parametrize("value", [-1.0, math.nan, math.inf, "2", None, True])
def test_weights_bad_values(net: p1k.Network, value: object) -> None:
    with pytest.raises(
        ValueError, match=r"weights must be finite numbers >= 0.*\('message', 'in'\)"
    ):
        activity.activity_scores(net, weights={("message", "in"): value})


def test_weights_that_are_right_still_count(net: p1k.Network) -> None:
    base = activity.activity_scores(net)
    heavier = activity.activity_scores(net, weights={("message", "in"): 5, ("like", "out"): 0})
    assert heavier["score"].sum() != base["score"].sum()
    assert (heavier["score"] >= 0).all()


# ------------------------------------------------------------------ A2/A7 platform=


PLATFORM_CALLS = {
    "decay_half_life": lambda net, p: activity.decay_half_life(net, platform=p),
    "decay_curve": lambda net, p: activity.decay_curve(net, platform=p),
    "cohort_retention": lambda net, p: activity.cohort_retention(net, platform=p),
    "acceptance": lambda net, p: acceptance.acceptance(net, platform=p),
    "funnel_table": lambda net, p: funnel.funnel_table(net, platform=p),
}


@pytest.mark.parametrize("name", sorted(PLATFORM_CALLS))
@pytest.mark.parametrize("platform", ["Forum", "frum", "facebook"])
def test_unknown_platform_is_refused(net: p1k.Network, name: str, platform: str) -> None:
    with pytest.raises(
        ValueError, match=rf"^no such platform '{platform}' \(platforms in this network: forum"
    ):
        PLATFORM_CALLS[name](net, platform)


@pytest.mark.parametrize("name", sorted(PLATFORM_CALLS))
def test_known_platform_still_answers(net: p1k.Network, name: str) -> None:
    PLATFORM_CALLS[name](net, "forum")


def test_case_is_named(net: p1k.Network) -> None:
    with pytest.raises(ValueError, match=r"platform names are lower-case"):
        activity.decay_half_life(net, platform="Forum")
    with pytest.raises(ValueError, match=r"\(platforms in this network: forum\)$"):
        activity.decay_half_life(net, platform="frum")


def test_an_empty_network_has_nothing_to_compare_with() -> None:
    empty = p1k.Network.empty()
    assert math.isnan(activity.decay_half_life(empty, platform="facebook").value)


# ------------------------------------------------------------------ A3 A5 A8


@pytest.mark.parametrize("bin_days", [0, -5, math.nan, math.inf, "30", None])
def test_decay_curve_bin_days(net: p1k.Network, bin_days: object) -> None:
    with pytest.raises(ValueError, match=r"^bin_days must be a positive number of days, not"):
        activity.decay_curve(net, bin_days=bin_days)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^bin_days must be a positive number of days, not"):
        activity.decay_curves(net, bin_days=bin_days)  # type: ignore[arg-type]


def test_decay_curve_bin_days_fine(net: p1k.Network) -> None:
    assert activity.decay_curve(net, bin_days=7.5)["bin_end_days"].iloc[0] == 7.5


@pytest.mark.parametrize("by", ["bogus", "Platform", ""])
def test_survival_by(net: p1k.Network, by: str) -> None:
    with pytest.raises(ValueError, match=rf"^by must be 'platform' or None, not '{by}'"):
        activity.survival(net, by=by)  # type: ignore[arg-type]


@pytest.mark.parametrize("freq", ["bogus", "m", "MS", ""])
def test_growth_table_freq(net: p1k.Network, freq: str) -> None:
    with pytest.raises(
        ValueError, match=rf"^freq must be one of 'D', 'W', 'M', 'Q', 'Y' .* not '{freq}'"
    ):
        growth.growth_table(net, freq=freq)  # type: ignore[arg-type]


@pytest.mark.parametrize("freq", ["D", "W", "M", "Q", "Y"])
def test_growth_table_freq_fine(net: p1k.Network, freq: str) -> None:
    assert not growth.growth_table(net, freq=freq).empty


# ------------------------------------------------------------------ A8 (rest), A5 n_layers

NOT_POSITIVE_WHOLE = [0, -30, 2.5, math.nan, math.inf, "30", True]


@pytest.mark.parametrize("days", NOT_POSITIVE_WHOLE)
def test_funnel_window_days(net: p1k.Network, days: object) -> None:
    """0 and -30 were taken: every stage after reached_out read 0, with no note."""
    with pytest.raises(
        ValueError, match=r"^window_days must be a positive whole number of days, not"
    ):
        funnel.funnel_table(net, window_days=days)  # type: ignore[arg-type]


@pytest.mark.parametrize("days", [None, 30, 30.0, 365])
def test_funnel_window_days_fine(net: p1k.Network, days: float | None) -> None:
    assert len(funnel.funnel_table(net, window_days=days)) > 0


def _inputs() -> pd.DataFrame:
    # forecast.forecast_goal's doctest inputs: a forecast without fitting the network
    return pd.DataFrame(
        {
            "platform": ["x"],
            "active_now": [900],
            "outreach_per_week": [700.0],
            "conversion": [0.5],
            "half_life_days": [100.0],
        }
    )


GOAL_CALLS = {
    "forecast_goal": lambda net, goal: forecast.forecast_goal(
        net, goal=goal, as_of="2024-07-01", inputs=_inputs(), n_simulations=50
    ),
    "required_outreach": lambda net, goal: forecast.required_outreach(
        net, goal=goal, by="2025-07-01", as_of="2024-07-01", inputs=_inputs()
    ),
    "status_counts": lambda net, goal: activity.status_counts(
        activity.contact_status(net), goal=goal
    ),
    "status_by_combination": lambda net, goal: activity.status_by_combination(
        activity.contact_status(net), goal=goal
    ),
}


@pytest.mark.parametrize("name", sorted(GOAL_CALLS))
@pytest.mark.parametrize("goal", [0, -5, 2.5, math.nan, "1000", None, True])
def test_goal_must_be_a_positive_whole_number(net: p1k.Network, name: str, goal: object) -> None:
    """forecast_goal(goal=-5) said "reached" on as_of for every quantile."""
    with pytest.raises(
        ValueError, match=r"^goal must be a positive whole number of active people, not"
    ):
        GOAL_CALLS[name](net, goal)


@pytest.mark.parametrize("name", sorted(GOAL_CALLS))
def test_goal_fine(net: p1k.Network, name: str) -> None:
    GOAL_CALLS[name](net, 1000)
    GOAL_CALLS[name](net, np.int64(10))


def _two_of_one(tmp_path_factory: pytest.TempPathFactory) -> p1k.Network:
    """Two platforms with an account of the same name: one pair to review."""
    folder = tmp_path_factory.mktemp("pair")
    (folder / "forum-friends-2024-07-01.csv").write_text(FRIENDS)
    (folder / "board-friends-2024-07-01.csv").write_text(
        "platform,name,handle,relation,connected_at,exported_at\n"
        "board,Ann Alpha,annie,friend,2024-02-01,2024-07-01\n"
    )
    return p1k.load(folder)


@pytest.mark.parametrize("limit", [-1, -5, 1.5, "3", True])
def test_review_queue_limit(net: p1k.Network, limit: object) -> None:
    """-1 gave all pairs but the last, as a slice does."""
    with pytest.raises(ValueError, match=r"^limit must be a whole number of pairs, 0 or more, not"):
        identity.review_queue(net, limit=limit)  # type: ignore[arg-type]


def test_review_queue_limit_fine(tmp_path_factory: pytest.TempPathFactory) -> None:
    two = _two_of_one(tmp_path_factory)
    queue = identity.review_queue(two)
    assert identity.review_queue(two, limit=0).empty
    assert identity.review_queue(two, limit=len(queue) + 5).equals(queue)
    assert identity.review_queue(two, limit=None).equals(queue)


def test_people_review_limit_refused_before_loading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI checks --limit before it loads anything (the path does not even exist)."""
    from power1000_analysis import cli

    assert cli.main(["people", "review", str(tmp_path / "nothing"), "--limit", "-1"]) == 2
    assert "--limit must be a whole number of pairs, 0 or more, not -1" in capsys.readouterr().err


def test_explain_names_an_unknown_person(net: p1k.Network) -> None:
    """explain(net, "nope") gave an empty frame, the answer for a single account."""
    with pytest.raises(ValueError, match=r"^no person 'nope' in this network") as caught:
        identity.explain(net, "nope")
    assert "e.g. 'forum:" in str(caught.value)
    single = net.contacts["person_id"].iloc[0]
    assert identity.explain(net, single).empty  # a known single account: no links, no error


@pytest.mark.parametrize("layers", [0, -2, 2.5, "5", None, True])
def test_dunbar_n_layers(net: p1k.Network, layers: object) -> None:
    """n_layers=0 gave one layer, -2 a numpy error."""
    for call in (activity.dunbar_layers, activity.dunbar_membership):
        with pytest.raises(
            ValueError, match=r"^n_layers must be a positive whole number of layers, not"
        ):
            call(net, n_layers=layers)  # type: ignore[operator]


def test_dunbar_n_layers_fine(net: p1k.Network) -> None:
    assert activity.dunbar_membership(net, n_layers=1).attrs["min_people"] > 0
