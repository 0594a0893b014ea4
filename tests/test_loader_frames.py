"""loaders._frames.concat_keeping_categories: the stacking every multi-part interactions
frame goes through (LinkedIn's messages + endorsements + recommendations)."""

from __future__ import annotations

import pandas as pd

from power1000_analysis.loaders._frames import concat_keeping_categories


def _part(names: list[str], at: list[str], kind: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name": pd.Categorical(names),
            "kind": pd.Categorical([kind] * len(names)),
            "at": pd.to_datetime(at, utc=True),
            "n": pd.Series(range(len(names)), dtype="int64").to_numpy(),
        },
        index=[10 + i for i in range(len(names))],  # a stray index is not carried over
    )


def test_categories_are_united_and_the_rest_concatenated() -> None:
    first = _part(["Bo", "Al"], ["2020-01-01", "2020-01-02"], "message")
    second = _part(["Cy"], ["2021-05-05"], "endorsement")
    joined = concat_keeping_categories([first, second])
    assert list(joined.index) == [0, 1, 2]
    assert joined["name"].tolist() == ["Bo", "Al", "Cy"]
    assert isinstance(joined["name"].dtype, pd.CategoricalDtype)
    assert sorted(joined["name"].cat.categories) == ["Al", "Bo", "Cy"]
    assert joined["kind"].tolist() == ["message", "message", "endorsement"]
    assert str(joined["at"].dtype) == "datetime64[ns, UTC]"
    assert joined["n"].tolist() == [0, 1, 0] and joined["n"].dtype == "int64"
    # what a plain concat gives, bar the categorical dtype
    plain = pd.concat([first, second], ignore_index=True)
    pd.testing.assert_frame_equal(
        joined.astype({"name": object, "kind": object}),
        plain.astype({"name": object, "kind": object}),
    )


def test_a_column_categorical_in_one_part_only_stays_categorical() -> None:
    first = _part(["Al"], ["2020-01-01"], "message")
    second = _part(["Bo"], ["2020-01-02"], "message").astype({"name": object})
    joined = concat_keeping_categories([first, second])
    assert isinstance(joined["name"].dtype, pd.CategoricalDtype)
    assert joined["name"].tolist() == ["Al", "Bo"]


def test_an_empty_part_adds_its_categories_and_one_part_is_returned_as_is() -> None:
    first = _part(["Al"], ["2020-01-01"], "message")
    empty = _part([], [], "message")
    empty["name"] = pd.Categorical([], categories=["Zed"])
    joined = concat_keeping_categories([first, empty])
    assert len(joined) == 1
    assert sorted(joined["name"].cat.categories) == ["Al", "Zed"]
    assert concat_keeping_categories([first]) is first
