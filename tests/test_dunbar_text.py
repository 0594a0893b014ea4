"""The Dunbar section of page 02 says what a large innermost circle means (review10 R11),
with numbers written as the pages' prose writes them."""

from __future__ import annotations

import pandas as pd

from power1000_analysis import dunbar


def _layers(sizes: list[int]) -> pd.DataFrame:
    published = list(dunbar.PUBLISHED_LAYER_SIZES[: len(sizes)])
    return pd.DataFrame(
        {"layer": range(1, len(sizes) + 1), "size": sizes, "published_size": published}
    )


def test_a_large_innermost_circle_is_said_to_be_tiers_not_intimates() -> None:
    text = dunbar.describe_layers(
        _layers([61, 150, 300, 700, 1400]), active_people=2422, active_within_days=90
    )
    assert "**2,422 active people**" in text and "hold 61, 150, 300, 700 and 1,400 people" in text
    assert "Your innermost circle holds 61 people where Dunbar's holds about 1.5" in text
    assert "not as Dunbar's layers of closeness" in text
    # circles near the published sizes: nothing to explain
    near = dunbar.describe_layers(_layers([2, 6, 14]), active_people=40, active_within_days=90)
    assert "innermost circle holds" not in near
