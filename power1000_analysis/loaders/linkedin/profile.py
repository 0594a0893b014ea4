"""The export's owner: ``Profile.csv`` (name) and ``Registration.csv`` (account start)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import LoadedExport, ProblemLog
from power1000_analysis.loaders._text import (
    clean_str,
)
from power1000_analysis.loaders.linkedin._common import (
    _PROFILE,
    _REGISTRATION,
    _US_DATETIME,
    _Files,
    _full_name,
    _name_key,
    _parse_times,
    _read_table,
    _Table,
)


@dataclass
class _Owner:
    """Who exported: a display name and every profile URL seen for them."""

    name: str | None = None
    urls: set[str] = field(default_factory=set)

    @property
    def key(self) -> str | None:
        return _name_key(self.name)

    def is_owner(self, name: str | None, url: str | None) -> bool:
        if url and self.urls:
            return url in self.urls
        return name is not None and self.key is not None and _name_key(name) == self.key


def _first_table(
    archive: Archive,
    files: _Files,
    key: str,
    log: ProblemLog,
    export: LoadedExport,
    header_contains: tuple[str, ...],
) -> _Table | None:
    """The first file of ``key`` (a lower-case file name), marked read, as a table with at
    least one row (None when there is no such file, it is broken - a problem row - or it
    is empty)."""
    name = files.first(key)
    if name is None:
        return None
    export.files_read.add(name)
    table = _read_table(archive, name, log, header_contains)
    return table if table is not None and table.rows else None


def _read_profile(archive: Archive, files: _Files, log: ProblemLog, export: LoadedExport) -> None:
    table = _first_table(archive, files, _PROFILE, log, export, ("First Name",))
    if table is None:
        return
    row = {k: clean_str(v) for k, v in table.rows[0].items()}
    export.owner = _full_name(row.get("FIRST NAME"), row.get("LAST NAME"))
    for column, detail in (("HEADLINE", "headline"), ("INDUSTRY", "industry")):
        if row.get(column):
            export.owner_details[detail] = row[column]
    if row.get("GEO LOCATION"):
        export.owner_details["location"] = row["GEO LOCATION"]


def _read_registration(
    archive: Archive, files: _Files, log: ProblemLog, export: LoadedExport
) -> None:
    table = _first_table(archive, files, _REGISTRATION, log, export, ("Registered At",))
    if table is None:
        return
    registered = _parse_times(table.column("Registered At")[:1], _US_DATETIME).iloc[0]
    if not pd.isna(registered):
        # The start of the owner's LinkedIn timeline (account age).
        export.owner_details["registered_at"] = registered
