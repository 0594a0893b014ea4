"""Frame helpers shared by platform loaders (none of them platform-specific)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
from pandas.api.types import union_categoricals


def concat_keeping_categories(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """``frames`` (at least one) stacked with a fresh 0..n-1 index, a column that is
    categorical in any frame staying categorical with the categories united (``pd.concat``
    falls back to object when categories differ: ~10x the memory for a large interactions
    frame). A single frame is returned as it is.

    The columns are the union of the frames' columns: the first frame's, then each column
    that a later frame adds, in the order they first appear (as ``pd.concat(frames,
    sort=False)``). Where a frame lacks a column its rows hold missing values there: a
    categorical column gets NaN (categories unchanged); any other column is filled as
    ``pd.concat`` fills it (datetimes stay datetimes with NaT, integers become floats).

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
            # a missing part: NaN with no categories of the same kind (strings, numbers)
            none = dtypes[0].categories[:0]
            as_categories = [
                _categorical(frame[column])
                if column in frame.columns
                else pd.Categorical([None] * len(frame), categories=none)
                for frame in frames
            ]
            columns[column] = union_categoricals(as_categories, ignore_order=True)
        elif len(present) == len(frames):
            columns[column] = pd.concat(present, ignore_index=True)
        else:
            # pandas' own filling of a column some frames lack (its dtype rules)
            pieces = [
                frame[[column]] if column in frame.columns else pd.DataFrame(index=frame.index)
                for frame in frames
            ]
            columns[column] = pd.concat(pieces, ignore_index=True, sort=False)[column]
    return pd.DataFrame(columns)


def _categorical(part: pd.Series) -> pd.Series:
    if isinstance(part.dtype, pd.CategoricalDtype):
        return part
    return part.astype(object).astype("category")
