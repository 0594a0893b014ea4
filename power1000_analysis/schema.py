"""The canonical frames: the contract between loaders and analyses (DESIGN.md §4).

Every loader returns these frames and every analysis reads them. Column names and the closed
value sets live here and nowhere else. Timestamps are tz-aware UTC, keys are strings.

The schemas are pandera ``DataFrameSchema`` objects with ``strict=False``: loaders may add
columns (``event_key``, ``phones``, ``content_length``…), but never rename or drop these.
Facebook and Instagram interactions carry ``thread_title``: the thread's title as the message
file gives it ("Ann, Bob and 2 others", mojibake-repaired; the ``thread_key`` is the folder,
a lower-case slug plus an id); missing where the export gives none and once anonymised.

Example
-------
>>> contacts = empty_frame("contacts")
>>> list(contacts.columns)[:3]
['platform', 'contact_key', 'name']
>>> validate("contacts", contacts).empty
True
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

import numpy as np
import pandas as pd

with warnings.catch_warnings():
    warnings.simplefilter("ignore", FutureWarning)
    try:  # pandera >= 0.24 moved the pandas API to its own namespace
        import pandera.pandas as pa
    except ImportError:  # pragma: no cover - older pandera
        import pandera as pa  # type: ignore[no-redef]

__all__ = [
    "COLUMNS",
    "DIRECTIONS",
    "FRAMES",
    "INTERACTION_KINDS",
    "RELATIONS",
    "REQUEST_DIRECTIONS",
    "REQUEST_STATUSES",
    "SEVERITIES",
    "Estimate",
    "FrameName",
    "Relation",
    "RequestStatus",
    "SchemaError",
    "empty_frame",
    "validate",
]

FrameName = Literal["contacts", "interactions", "requests", "snapshots", "problems", "people"]


class Relation(StrEnum):
    CONNECTION = "connection"
    FRIEND = "friend"
    FOLLOWER = "follower"
    FOLLOWING = "following"
    MUTUAL = "mutual"
    CONTACT = "contact"


class RequestStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"


RELATIONS: tuple[str, ...] = tuple(r.value for r in Relation)
DIRECTIONS: tuple[str, ...] = ("in", "out")
INTERACTION_KINDS: tuple[str, ...] = (
    "message",
    "comment",
    "reaction",
    "like",
    "mention",
    "reply",
    "tag",
    "endorsement",
    "recommendation",
)
REQUEST_DIRECTIONS: tuple[str, ...] = ("sent", "received")
REQUEST_STATUSES: tuple[str, ...] = tuple(s.value for s in RequestStatus)
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")

UTC = pd.DatetimeTZDtype(tz="UTC")

# column -> (dtype kind, nullable, allowed values or None). "str" columns hold Python strings or
# missing values (object or pandas string dtype), "time" columns are datetime64[ns, UTC].
_Spec = tuple[str, bool, tuple[str, ...] | None]
COLUMNS: dict[str, dict[str, _Spec]] = {
    "contacts": {
        "platform": ("str", False, None),
        "contact_key": ("str", False, None),
        "name": ("str", True, None),
        "handle": ("str", True, None),
        "profile_url": ("str", True, None),
        "email": ("str", True, None),
        "company": ("str", True, None),
        "position": ("str", True, None),
        "relation": ("str", False, RELATIONS),
        "connected_at": ("time", True, None),
        "first_seen_at": ("time", True, None),
        "last_seen_at": ("time", True, None),
        "is_current": ("bool", False, None),
        "person_id": ("str", False, None),
    },
    "interactions": {
        "platform": ("str", False, None),
        "at": ("time", True, None),
        "contact_key": ("str", True, None),
        "name": ("str", True, None),
        "direction": ("str", False, DIRECTIONS),
        "kind": ("str", False, INTERACTION_KINDS),
        "thread_key": ("str", True, None),
        "n_participants": ("int", False, None),
        "person_id": ("str", True, None),
    },
    "requests": {
        "platform": ("str", False, None),
        "contact_key": ("str", True, None),
        "name": ("str", True, None),
        "direction": ("str", False, REQUEST_DIRECTIONS),
        "sent_at": ("time", True, None),
        "status": ("str", False, REQUEST_STATUSES),
        "resolved_at": ("time", True, None),
    },
    "snapshots": {
        "platform": ("str", False, None),
        "exported_at": ("time", True, None),
        "owner": ("str", True, None),
        "format_version": ("str", False, None),
        "source": ("str", False, None),
    },
    "problems": {
        "source": ("str", False, None),
        "severity": ("str", False, SEVERITIES),
        "message": ("str", False, None),
        "n_skipped": ("int", False, None),
    },
    "people": {
        "person_id": ("str", False, None),
        "name": ("str", True, None),
        "platforms": ("str", False, None),
    },
}
FRAMES: tuple[str, ...] = tuple(COLUMNS)

SchemaError = pa.errors.SchemaError


def _is_str_dtype(series: pd.Series) -> bool:
    return bool(
        series.dtype == object
        or isinstance(series.dtype, pd.StringDtype)
        or (
            isinstance(series.dtype, pd.CategoricalDtype)
            and series.dtype.categories.dtype in (object, "string")
        )
        or (series.dtype.kind == "O")
    )


def _isin(allowed: tuple[str, ...]) -> pa.Check:
    """Values in ``allowed`` (missing values pass: nullability is checked on its own).

    A categorical column is checked by its categories, not row by row (a million rows share
    a handful); only when a category lies outside ``allowed`` are the rows looked at, so
    that the error names the offending values."""
    allowed_set = frozenset(allowed)

    def check(series: pd.Series) -> pd.Series | bool:
        dtype = series.dtype
        if isinstance(dtype, pd.CategoricalDtype) and all(
            isinstance(c, str) and c in allowed_set for c in dtype.categories
        ):
            return True
        return series.isin(list(allowed)) | series.isna()

    return pa.Check(
        check, element_wise=False, ignore_na=False, name="isin", error=f"isin({list(allowed)})"
    )


def _column(spec: _Spec) -> pa.Column:
    kind, nullable, allowed = spec
    checks: list[pa.Check] = []
    if allowed is not None:
        checks.append(_isin(allowed))
    if kind == "time":
        return pa.Column(UTC, nullable=nullable, checks=checks)
    if kind == "bool":
        return pa.Column(bool, nullable=nullable, checks=checks)
    if kind == "int":
        checks.append(pa.Check.ge(0))
        return pa.Column(int, nullable=nullable, checks=checks, coerce=True)
    # a dtype check: ``ignore_na=False`` spares pandera a ``dropna`` copy of every column
    checks.append(
        pa.Check(
            _is_str_dtype, element_wise=False, ignore_na=False, error="expected a string column"
        )
    )
    return pa.Column(None, nullable=nullable, checks=checks)


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    name: pa.DataFrameSchema(
        {column: _column(spec) for column, spec in columns.items()},
        strict=False,
        name=name,
    )
    for name, columns in COLUMNS.items()
}


def empty_frame(name: FrameName | str) -> pd.DataFrame:
    """An empty frame with the contract's columns and dtypes."""
    data: dict[str, Any] = {}
    for column, (kind, _nullable, _allowed) in COLUMNS[name].items():
        if kind == "time":
            data[column] = pd.Series([], dtype=UTC)
        elif kind == "bool":
            data[column] = pd.Series([], dtype=bool)
        elif kind == "int":
            data[column] = pd.Series([], dtype="int64")
        else:
            data[column] = pd.Series([], dtype=object)
    return pd.DataFrame(data)


def conform(name: FrameName | str, frame: pd.DataFrame | None) -> pd.DataFrame:
    """Add missing contract columns (as missing values) and order contract columns first.

    Loaders build frames with only the columns their export reveals; ``conform`` fills the
    rest so that every frame has the whole contract. Extra columns are kept after them.
    """
    if frame is None or (frame.empty and len(frame.columns) == 0):
        return empty_frame(name)
    # A shallow copy: columns are added or replaced, never written into, and the reindex
    # below makes the one deep copy (a million-row frame is copied once, not three times).
    frame = frame.copy(deep=False)
    contract = list(COLUMNS[name])  # not empty_frame(): building one costs ~7 ms a call
    for column in contract:
        kind = COLUMNS[name][column][0]
        if column not in frame.columns:
            if kind == "time":
                frame[column] = pd.Series(pd.NaT, index=frame.index, dtype=UTC)
            elif kind == "str":
                frame[column] = pd.Series(None, index=frame.index, dtype=object)
            else:  # bool/int columns the caller must fill (validation says so if it does not)
                frame[column] = pd.Series(pd.NA, index=frame.index, dtype=object)
        elif kind == "time" and frame[column].dtype != UTC:
            # Any resolution or zone becomes datetime64[ns, UTC], so that frames concatenate.
            converted = frame[column]
            if not isinstance(converted.dtype, pd.DatetimeTZDtype):
                converted = pd.to_datetime(converted, utc=True)
            frame[column] = converted.dt.tz_convert("UTC").astype(UTC)
    ordered = list(contract) + [c for c in frame.columns if c not in contract]
    result = frame.reindex(columns=ordered)
    result.index = pd.RangeIndex(len(result))
    return result


def validate(name: FrameName | str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate one canonical frame; raise ``SchemaError`` naming the column that breaks it."""
    if frame.empty and len(frame.index) == 0:
        # No rows: only the columns and their dtypes can be wrong. pandera takes ~3 ms a
        # frame to say so (~20 ms per load, most frames of a one-platform load are empty).
        return _validate_empty(name, frame)
    # pandera deep-copies the frame unless told ``inplace``; a shallow copy is enough (it
    # only replaces whole columns when coercing), and spares a copy of a million-row frame.
    validated = SCHEMAS[name].validate(frame.copy(deep=False), lazy=False, inplace=True)
    if name == "contacts" and not frame.empty:
        duplicated = frame.duplicated(["platform", "contact_key"])
        if duplicated.any():
            first = frame.loc[duplicated, ["platform", "contact_key"]].iloc[0].tolist()
            raise ValueError(
                f"contacts: {int(duplicated.sum())} duplicate (platform, contact_key) rows, "
                f"first {first}"
            )
    return validated


def _validate_empty(name: FrameName | str, frame: pd.DataFrame) -> pd.DataFrame:
    """What ``SCHEMAS[name].validate`` checks and does on a frame without rows: every
    contract column present, with its dtype (UTC times, bool, a string dtype), and integer
    columns coerced to int64. Raises pandera's ``SchemaError`` as pandera would."""
    schema = SCHEMAS[name]
    result = frame.copy(deep=False)
    for column, (kind, _nullable, _allowed) in COLUMNS[name].items():
        if column not in frame.columns:
            raise SchemaError(schema, frame, f"column '{column}' not in dataframe")
        dtype = frame[column].dtype
        if kind == "time":
            ok = dtype == UTC
        elif kind == "bool":
            ok = dtype == np.dtype(bool)
        elif kind == "int":
            try:
                result[column] = frame[column].astype("int64")
                ok = True
            except (TypeError, ValueError):
                ok = False
        else:
            ok = _is_str_dtype(frame[column])
        if not ok:
            expected = {"time": UTC, "bool": "bool", "int": "int64"}.get(kind, "a string dtype")
            raise SchemaError(
                schema,
                frame,
                f"{name}: column '{column}' has dtype {dtype}, expected {expected}",
            )
    return result


@dataclass(frozen=True)
class Estimate:
    """One estimated number with its uncertainty (DESIGN.md §6).

    Printed, an estimate shows its interval; one that could not be made (``value`` NaN)
    shows why, from ``method``.

    Example
    -------
    >>> Estimate(0.3, 0.2, 0.4, n=100, method="Wilson 95%").value
    0.3
    >>> print(Estimate(0.3, 0.2, 0.4, n=100, method="Wilson 95%"))
    0.3 (95% CI 0.2–0.4, n=100)
    >>> print(Estimate(math.nan, math.nan, math.nan, n=3, method="not estimable: 3 events"))
    nan (not estimable: 3 events, n=3)
    """

    value: float
    ci_low: float
    ci_high: float
    n: int
    method: str

    def __str__(self) -> str:
        if math.isnan(self.value):
            return f"nan ({self.method}, n={self.n})"
        return f"{self.value:.3g} (95% CI {self.ci_low:.3g}–{self.ci_high:.3g}, n={self.n})"
