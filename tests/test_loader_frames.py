"""loaders._frames.concat_keeping_categories: the stacking every multi-part interactions
frame goes through (LinkedIn's messages + endorsements + recommendations)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

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


def test_columns_of_later_parts_are_kept_after_the_first_parts_columns() -> None:
    """The union of the parts' columns, in the order they first appear (the first part's,
    then what later parts add); rows of a part without a column hold missing values there.
    Until session 5 the columns only later parts had were dropped without a word."""
    first = _part(["Al"], ["2020-01-01"], "message").drop(columns=["kind"])
    second = _part(["Bo"], ["2020-01-02"], "endorsement").assign(folder=["inbox"])
    third = _part(["Cy"], ["2020-01-03"], "message").assign(reaction=pd.Categorical(["like"]))
    joined = concat_keeping_categories([first, second, third])
    assert list(joined.columns) == ["name", "at", "n", "kind", "folder", "reaction"]
    assert list(joined.index) == [0, 1, 2]
    assert joined["name"].tolist() == ["Al", "Bo", "Cy"]
    # categorical columns stay categorical, NaN where a part has no such column
    expected = {"kind": [None, "endorsement", "message"], "reaction": [None, None, "like"]}
    for column, values in expected.items():
        assert isinstance(joined[column].dtype, pd.CategoricalDtype), column
        shown = joined[column].astype(object)
        assert shown.where(shown.notna(), None).tolist() == values
    assert sorted(joined["kind"].cat.categories) == ["endorsement", "message"]
    assert joined["folder"].isna().tolist() == [True, False, True]
    assert joined["folder"].iloc[1] == "inbox"
    # the other columns as a plain concat fills them
    plain = pd.concat([first, second, third], ignore_index=True, sort=False)
    pd.testing.assert_frame_equal(
        joined.drop(columns=["name", "kind", "reaction"]),
        plain.drop(columns=["name", "kind", "reaction"]),
    )


def test_a_column_missing_from_the_first_part_only_keeps_its_dtype_where_it_can() -> None:
    first = _part(["Al"], ["2020-01-01"], "message").drop(columns=["at", "n"])
    second = _part(["Bo", "Cy"], ["2020-01-02", "2020-01-03"], "message")
    joined = concat_keeping_categories([first, second])
    assert list(joined.columns) == ["name", "kind", "at", "n"]
    assert str(joined["at"].dtype) == "datetime64[ns, UTC]" and pd.isna(joined["at"].iloc[0])
    assert joined["n"].iloc[1:].tolist() == [0, 1] and pd.isna(joined["n"].iloc[0])
    assert str(joined["n"].dtype) == "Int64"  # not float64: integers stay exact


def _typed_part(rows: int) -> pd.DataFrame:
    """One row per ``rows`` of an int64, a uint64 (values above 2**53), a bool, a datetime
    and an object column."""
    return pd.DataFrame(
        {
            "n": np.arange(rows, dtype=np.int64),
            "big": np.full(rows, 2**63 + 1, dtype=np.uint64),
            "ok": np.ones(rows, dtype=bool),
            "at": pd.to_datetime(["2024-01-01"] * rows, utc=True),
            "text": pd.Series(["x"] * rows, dtype=object),
        }
    )


def test_a_part_with_rows_lacking_a_column_gets_an_explicit_missing_dtype() -> None:
    """Integers are not turned into float64 (a uint64 above 2**53 would be rounded) but into
    pandas' nullable Int64/UInt64, bools into nullable boolean; datetimes and objects keep
    their dtype. No pandas warning (its filling of empty/all-NA parts is deprecated)."""
    first = _typed_part(2)
    second = pd.DataFrame({"name": pd.Categorical(["Bo"])})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for frames in ([first, second], [second, first]):
            joined = concat_keeping_categories(frames)
            dtypes = {column: str(joined[column].dtype) for column in first.columns}
            assert dtypes == {
                "n": "Int64",
                "big": "UInt64",
                "ok": "boolean",
                "at": "datetime64[ns, UTC]",
                "text": "object",
            }
            at_first = frames[0] is first
            present = slice(0, 2) if at_first else slice(1, 3)
            missing = 2 if at_first else 0
            assert joined["big"].iloc[present].tolist() == [2**63 + 1] * 2  # exact
            assert joined["n"].iloc[present].tolist() == [0, 1]
            assert joined["ok"].iloc[present].tolist() == [True, True]
            assert joined.drop(columns="name").iloc[missing].isna().all()


def test_an_empty_part_lacking_a_column_keeps_its_dtype_without_a_warning() -> None:
    """A part without rows adds no values: the column keeps the other parts' dtype, and
    pandas' deprecated empty/all-NA handling is not relied on (warnings are errors here)."""
    first = _typed_part(2)
    empty = pd.DataFrame({"name": pd.Categorical([]), "extra": pd.Series([], dtype=object)})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for frames in ([first, empty], [empty, first]):
            joined = concat_keeping_categories(frames)
            assert len(joined) == 2
            for column in first.columns:
                assert joined[column].dtype == first[column].dtype, column
                assert joined[column].tolist() == first[column].tolist(), column
            assert joined["extra"].dtype == object and joined["extra"].isna().all()


def test_event_keys_are_never_invented() -> None:
    """A part with rows but no event_key cannot be stacked with parts that have one: made-up
    keys would merge or split events. A part without rows may lack it."""
    keyed = pd.DataFrame({"event_key": np.array([2**63 + 5], dtype=np.uint64), "n": [1]})
    unkeyed = pd.DataFrame({"n": [2, 3]})
    with pytest.raises(ValueError, match=r"part\(s\) \[1\] \(2 rows\) have no 'event_key'"):
        concat_keeping_categories([keyed, unkeyed])
    joined = concat_keeping_categories([keyed, unkeyed.iloc[:0]])
    assert joined["event_key"].dtype == np.uint64 and joined["event_key"].tolist() == [2**63 + 5]


@pytest.mark.parametrize(
    ("other", "expected", "categories"),
    [
        (pd.Series([None, None], dtype=object), [1, 2, None, None], "int64"),
        (pd.Series([], dtype=object), [1, 2], "int64"),
        (pd.Series(pd.Categorical([None, None])), [1, 2, None, None], "int64"),
        (pd.Series(np.array([3, 1], dtype=np.int32)), [1, 2, 3, 1], "int64"),
        (pd.Series([3, 4], dtype="int64"), [1, 2, 3, 4], "int64"),
    ],
)
def test_categories_without_values_or_of_wider_integers_unite(
    other: pd.Series, expected: list[object], categories: str
) -> None:
    """A part holding no value (all missing, empty) takes the other parts' kind of
    categories whatever its own (was TypeError "dtype of categories must be the same");
    int32 beside int64 is widened exactly."""
    first = pd.DataFrame({"x": pd.Categorical([1, 2])})
    joined = concat_keeping_categories([first, pd.DataFrame({"x": other})])
    assert isinstance(joined["x"].dtype, pd.CategoricalDtype)
    assert str(joined["x"].cat.categories.dtype) == categories
    assert [None if pd.isna(v) else v for v in joined["x"]] == expected
    assert all(type(v) is int for v in joined["x"].dropna())


@pytest.mark.parametrize(
    ("first", "other", "kinds"),
    [
        (pd.Categorical(["a", "b"]), pd.Series([1, 2]), "object, int64"),
        (pd.Categorical([1, 2]), pd.Series([1.0, 2.5]), "int64, float64"),
        (pd.Categorical(["a"]), pd.Series(pd.to_datetime(["2020-01-01"], utc=True)), "object"),
        (pd.Categorical(np.array([1], np.uint64)), pd.Series([-1]), "uint64, int64"),
    ],
)
def test_categories_of_different_kinds_raise_naming_the_column(
    first: pd.Categorical, other: pd.Series, kinds: str
) -> None:
    """Strings beside numbers (or ints beside floats, where 1 and 1.0 would become one
    category) are not mixed silently: a TypeError names the column and the kinds."""
    with pytest.raises(TypeError, match=rf"column 'contact_key'.*categories of {kinds}"):
        concat_keeping_categories(
            [pd.DataFrame({"contact_key": first}), pd.DataFrame({"contact_key": other})]
        )
