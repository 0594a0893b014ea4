"""Frame helpers shared by platform loaders (none of them platform-specific)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals


def concat_keeping_categories(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """``frames`` (at least one) stacked with a fresh 0..n-1 index, a column that is
    categorical in any frame staying categorical with the categories united (``pd.concat``
    falls back to object when categories differ: ~10x the memory for a large interactions
    frame). A single frame is returned as it is.

    The columns are the union of the frames' columns: the first frame's, then each column
    that a later frame adds, in the order they first appear (as ``pd.concat(frames,
    sort=False)``). Where a frame with rows lacks a column its rows hold missing values
    there, with a dtype chosen here rather than left to ``pd.concat`` (which turns integers
    into float64, silently rounding 64-bit keys, and whose handling of empty or all-NA
    parts is deprecated):

    - categorical: NaN, categories unchanged;
    - integer (signed or unsigned numpy): pandas' nullable ``Int64``/``UInt64`` (same
      width) with ``<NA>``, every value exact;
    - bool: nullable ``boolean`` with ``<NA>``;
    - any other: the present parts' common dtype with its own missing value (datetimes
      stay datetimes with NaT, floats NaN, objects NaN);
    - ``event_key``: never filled: a frame with rows but no ``event_key`` raises
      ValueError (a key made up for rows would merge or split events wrongly).

    A frame without rows that lacks a column adds no values, so the column keeps the
    present parts' dtype (an int64 column stays int64).

    A column categorical in some part unites the categories of every part, which must be of
    one kind: parts with no values (all missing, no rows) take the others' kind, integer
    widths are widened when that is exact (int32 + int64), and other mixes (strings and
    numbers, integers and floats) raise TypeError naming the column (see
    ``_one_kind_of_categories``).

    Empty frames are kept: their categories join the union and their columns join the
    columns. Callers that drop empty or missing frames do so before calling.

    Example
    -------
    >>> first = pd.DataFrame({"name": pd.Categorical(["Al"]), "n": [1]})
    >>> second = pd.DataFrame({"name": pd.Categorical(["Bo"]), "folder": ["inbox"]})
    >>> joined = concat_keeping_categories([first, second])
    >>> list(joined.columns), joined["name"].dtype.name, joined["folder"].tolist()
    (['name', 'n', 'folder'], 'category', [nan, 'inbox'])
    """
    if len(frames) == 1:
        return frames[0]
    order: dict[str, None] = {}
    for frame in frames:
        order.update(dict.fromkeys(frame.columns))
    columns: dict[str, Any] = {}
    for column in order:
        present = [frame[column] for frame in frames if column in frame.columns]
        dtypes = [part.dtype for part in present if isinstance(part.dtype, pd.CategoricalDtype)]
        if dtypes:
            as_categories = [
                _categorical(frame[column])
                if column in frame.columns
                else pd.Categorical([None] * len(frame), categories=dtypes[0].categories[:0])
                for frame in frames
            ]
            columns[column] = union_categoricals(
                _one_kind_of_categories(column, as_categories), ignore_order=True
            )
        elif len(present) == len(frames):
            columns[column] = pd.concat(present, ignore_index=True)
        else:
            columns[column] = _filled(column, frames, pd.concat(present, ignore_index=True).dtype)
    return pd.DataFrame(columns)


#: columns that identify rows: never filled with made-up (missing) values
_KEY_COLUMNS = ("event_key",)


def _filled(column: str, frames: Sequence[pd.DataFrame], dtype: Any) -> pd.Series:
    """``column`` of ``frames`` stacked, where some frames lack it and the present parts
    stack to ``dtype``: a frame with rows lacking it gets missing values of an explicit
    dtype that holds them exactly (see ``concat_keeping_categories``). Every piece has the
    same dtype, so ``pd.concat`` has no dtype to guess (and no empty/all-NA deprecation)."""
    lacking = [
        number for number, frame in enumerate(frames) if column not in frame.columns and len(frame)
    ]
    if lacking and column in _KEY_COLUMNS:
        rows = sum(len(frames[number]) for number in lacking)
        raise ValueError(
            f"cannot stack interactions: part(s) {lacking} ({rows} rows) have no "
            f"{column!r} column while other parts do; keys are never invented, so every "
            f"part with rows must carry its own {column!r}"
        )
    target = _holding_missing(dtype) if lacking else dtype
    pieces = [
        frame[column].astype(target, copy=False)
        if column in frame.columns
        else pd.Series(index=pd.RangeIndex(len(frame)), dtype=target)
        for frame in frames
    ]
    return pd.concat(pieces, ignore_index=True)


def _holding_missing(dtype: Any) -> Any:
    """A dtype holding the values of ``dtype`` exactly and a missing value: numpy
    integers and bools -> pandas' nullable ones (``int64`` -> ``Int64``, ``uint64`` ->
    ``UInt64``, ``bool`` -> ``boolean``); any other dtype as it is (floats, datetimes,
    objects and extension dtypes hold their own missing value)."""
    if isinstance(dtype, np.dtype):
        if dtype.kind in "iu":
            return pd.api.types.pandas_dtype(
                f"{'U' if dtype.kind == 'u' else ''}Int{dtype.itemsize * 8}"
            )
        if dtype.kind == "b":
            return pd.BooleanDtype()
    return dtype


def _categorical(part: pd.Series) -> pd.Categorical:
    if isinstance(part.dtype, pd.CategoricalDtype):
        return part.array
    return pd.Categorical(part.astype(object))


def _one_kind_of_categories(column: str, parts: list[pd.Categorical]) -> list[pd.Categorical]:
    """``parts`` with categories of one dtype, which ``union_categoricals`` needs.

    A part with no categories (no rows, only missing values, or a column a frame lacks)
    holds no value, so it takes the others' dtype whatever its own (an all-missing object
    column beside integer categories). Integer categories of several widths take the
    common integer dtype when one holds them all exactly. Otherwise the parts hold values
    of different kinds (strings and numbers, integers and floats, datetimes): they are not
    mixed into one categorical, where 1 and 1.0 would be one category and values would
    change type; a TypeError names the column and the kinds, so the loader that made
    them can give the column one kind first.
    """
    kinds = list(dict.fromkeys(part.categories.dtype for part in parts if len(part.categories)))
    if not kinds:
        kinds = [parts[0].categories.dtype]
    if len(kinds) == 1:
        target = kinds[0]
    elif all(isinstance(k, np.dtype) and k.kind in "iu" for k in kinds) and (
        np.result_type(*kinds).kind in "iu"
    ):
        target = np.result_type(*kinds)
    else:
        raise TypeError(
            f"cannot stack column {column!r}: its parts hold values of different kinds "
            f"(categories of {', '.join(str(k) for k in kinds)}); give the column one kind in "
            f"every part first (e.g. strings throughout)"
        )
    return [
        part
        if part.categories.dtype == target
        else pd.Categorical.from_codes(
            part.codes, categories=part.categories.astype(target), validate=False
        )
        for part in parts
    ]
