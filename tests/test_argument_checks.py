"""Arguments that used to be silently ignored or fail with internals (review11 A1-A8):
each is a ValueError naming the argument and what it accepts."""

from __future__ import annotations

import math

import pytest

import power1000_analysis as p1k
from power1000_analysis import acceptance, activity, funnel, growth

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
