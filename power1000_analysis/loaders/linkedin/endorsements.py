"""``Endorsement_*_Info.csv`` and ``Recommendations_*.csv`` → interactions."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import ProblemLog
from power1000_analysis.loaders._meta import categorical as _categorical
from power1000_analysis.loaders._meta import stable_hash as _stable_hash
from power1000_analysis.loaders.linkedin._common import (
    _US_DATETIME,
    _UTC_SLASHED,
    PLATFORM,
    _full_name,
    _name_key,
    _parse_dates,
    _read_table,
    _string_codes,
    _url,
)
from power1000_analysis.loaders.linkedin.connections import _Resolver


def _read_endorsements(
    archive: Archive, names: list[str], direction: str, log: ProblemLog, resolver: _Resolver
) -> pd.DataFrame | None:
    # 2022 exports hold the received endorsements twice: Endorsement_Received_Info.csv (UTF-8,
    # comma) and Endorsement Received Info.csv (UTF-16LE, TAB, + Display Status). Rows are
    # de-duplicated on their content so the duplicate file is never counted twice.
    role = "Endorser" if direction == "in" else "Endorsee"
    seen: set[tuple[Any, ...]] = set()
    rows = []
    for name in names:
        table = _read_table(archive, name, log, ("Endorsement Date",))
        if table is None:
            continue
        first = table.column(f"{role} First Name")
        last = table.column(f"{role} Last Name")
        urls = [_url(u) for u in table.column(f"{role} Public Url")]
        skills = table.column("Skill Name")
        raw_dates = table.column("Endorsement Date")
        dates = _parse_dates(
            raw_dates, _UTC_SLASHED, log, archive.source(name), "Endorsement Date", "at"
        )
        for index in range(len(table.rows)):
            who = _full_name(first[index], last[index])
            identity = (raw_dates[index], skills[index], _name_key(who))
            if identity in seen:
                continue
            seen.add(identity)
            rows.append(
                {
                    "at": dates.iloc[index],
                    "contact_key": resolver.key(who, urls[index]),
                    "name": who,
                    "event_key": _stable_hash(
                        f"endorsement|{direction}|{raw_dates[index]}|{skills[index]}|"
                        f"{_name_key(who)}"
                    ),
                }
            )
    return _small_interactions(rows, "endorsement", direction)


def _read_recommendations(
    archive: Archive, name: str, direction: str, log: ProblemLog, resolver: _Resolver
) -> pd.DataFrame | None:
    table = _read_table(archive, name, log, ("First Name",))
    if table is None:
        return None
    first = table.column("First Name")
    last = table.column("Last Name")
    raw_dates = table.column("Creation Date")
    dates = _parse_dates(raw_dates, _US_DATETIME, log, archive.source(name), "Creation Date", "at")
    rows = []
    for index in range(len(table.rows)):
        who = _full_name(first[index], last[index])
        rows.append(
            {
                "at": dates.iloc[index],
                # No profile URL in these files: matched to connections by name.
                "contact_key": resolver.key(who, None),
                "name": who,
                "event_key": _stable_hash(
                    f"recommendation|{direction}|{raw_dates[index]}|{_name_key(who)}"
                ),
            }
        )
    return _small_interactions(rows, "recommendation", direction)


def _small_interactions(
    rows: list[dict[str, Any]], kind: str, direction: str
) -> pd.DataFrame | None:
    if not rows:
        return None
    n = len(rows)
    at = pd.to_datetime(pd.Series([r["at"] for r in rows], dtype=object), utc=True)
    return pd.DataFrame(
        {
            "platform": _categorical(np.zeros(n, dtype=np.int8), [PLATFORM]),
            "at": at.astype("datetime64[ns, UTC]"),
            "contact_key": _categorical(*_string_codes([r["contact_key"] for r in rows])),
            "name": _categorical(*_string_codes([r["name"] for r in rows])),
            "direction": _categorical(np.zeros(n, dtype=np.int8), [direction]),
            "kind": _categorical(np.zeros(n, dtype=np.int8), [kind]),
            "thread_key": _categorical(np.full(n, -1, dtype=np.int8), []),
            "n_participants": np.full(n, 2, dtype=np.int64),
            "event_key": np.array([r["event_key"] for r in rows], dtype=np.uint64),
        }
    )
