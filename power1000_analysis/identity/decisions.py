"""The user's decisions file: "same" and "different" pairs, read and appended."""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from power1000_analysis.identity.constants import (
    DECISION_COLUMNS,
    Decision,
)


def read_decisions(path: str | os.PathLike[str] | None) -> pd.DataFrame:
    """The user's decisions file (CSV with :data:`DECISION_COLUMNS`); empty if missing.

    Example
    -------
    >>> read_decisions(None).columns.tolist()[:3]
    ['decision', 'platform_a', 'contact_key_a']
    """
    if path is None or not Path(path).exists():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DECISION_COLUMNS})
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"decision", "platform_a", "contact_key_a", "platform_b", "contact_key_b"} - set(
        frame.columns
    )
    if missing:
        raise ValueError(f"{path}: decisions file lacks columns {sorted(missing)}")
    bad = ~frame["decision"].isin(["same", "different"])
    if bad.any():
        raise ValueError(
            f"{path}: decision must be 'same' or 'different', not {frame.loc[bad, 'decision'].iloc[0]!r}"
        )
    for column in DECISION_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    return frame[list(DECISION_COLUMNS)]


def record_decision(
    path: str | os.PathLike[str],
    decision: Decision,
    a: tuple[str, str],
    b: tuple[str, str],
    *,
    note: str = "",
) -> None:
    """Append one decision ("same"/"different") about accounts ``a`` and ``b`` to ``path``.

    Later lines win over earlier ones about the same pair.

    Example
    -------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
    >>> record_decision(path, "same", ("x", "42"), ("instagram", "ann"))
    >>> read_decisions(path)["decision"].tolist()
    ['same']
    """
    if decision not in ("same", "different"):
        raise ValueError(f"decision must be 'same' or 'different', not {decision!r}")
    target = Path(path)
    new = not target.exists() or target.stat().st_size == 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(DECISION_COLUMNS)
        writer.writerow(
            [
                decision,
                a[0],
                a[1],
                b[0],
                b[1],
                note,
                datetime.now(tz=UTC).isoformat(timespec="seconds"),
            ]
        )
