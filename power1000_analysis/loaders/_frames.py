"""Frame helpers shared by platform loaders (none of them platform-specific)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
from pandas.api.types import union_categoricals


def concat_keeping_categories(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """``frames`` (at least one, the columns of the first) stacked with a fresh 0..n-1
    index, a column that is categorical in any frame staying categorical with the
    categories united (``pd.concat`` falls back to object when categories differ: ~10x the
    memory for a large interactions frame). A single frame is returned as it is.

    Empty frames are kept: their categories join the union. Callers that drop empty or
    missing frames do so before calling."""
    if len(frames) == 1:
        return frames[0]
    columns: dict[str, Any] = {}
    for column in frames[0].columns:
        parts = [frame[column] for frame in frames]
        if any(isinstance(part.dtype, pd.CategoricalDtype) for part in parts):
            as_categories = [
                part
                if isinstance(part.dtype, pd.CategoricalDtype)
                else part.astype(object).astype("category")
                for part in parts
            ]
            columns[column] = union_categoricals(as_categories, ignore_order=True)
        else:
            columns[column] = pd.concat(parts, ignore_index=True)
    return pd.DataFrame(columns)
