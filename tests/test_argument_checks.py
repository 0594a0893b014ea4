"""Arguments that used to be silently ignored or fail with internals (review11 A1-A8):
each is a ValueError naming the argument and what it accepts."""

from __future__ import annotations

import math

import pytest

import power1000_analysis as p1k
from power1000_analysis import activity

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
