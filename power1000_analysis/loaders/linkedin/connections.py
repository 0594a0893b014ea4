"""``Connections.csv`` → contacts, and the resolver that maps a (name, URL) seen in other
files to a contact key."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import LoadedExport, ProblemLog
from power1000_analysis.loaders.linkedin._common import (
    _CONNECTED_ON,
    _full_name,
    _handle,
    _name_key,
    _parse_dates,
    _read_table,
    _url,
)


def _read_connections(
    archive: Archive, name: str, log: ProblemLog, export: LoadedExport
) -> pd.DataFrame | None:
    # The header is found by scanning for it: a "Notes:" preamble precedes it from mid-2021,
    # and no fixed number of lines can be skipped (format notes §1.3).
    table = _read_table(archive, name, log, ("First Name", "Connected On"))
    if table is None:
        return None
    source = archive.source(name)
    first = table.column("First Name")
    last = table.column("Last Name")
    urls = [_url(u) for u in table.column("URL", "Profile URL")]
    emails = table.column("Email Address")
    companies = table.column("Company")
    positions = table.column("Position")
    connected_raw = table.column("Connected On")
    names = [_full_name(f, la) for f, la in zip(first, last, strict=True)]
    # A row without name, URL or e-mail has no identity (company/position alone is none).
    identified = [bool(n or u or e) for n, u, e in zip(names, urls, emails, strict=True)]
    connected = _parse_dates(
        connected_raw,
        _CONNECTED_ON,
        log,
        source,
        "Connected On",
        "connected_at",
        exported_at=export.exported_at,
        counted=identified,
    )

    # Hidden or closed profiles are exported as date-only rows (",,,,,,07 Jun 2026"): they are
    # connections without an identity, counted but never made into people.
    hidden = identified.count(False)
    export.extra["hidden_connections"] = hidden
    if hidden:
        log.add(
            source,
            f"{hidden} connection(s) with a hidden or closed profile (date-only rows) are "
            "counted in hidden_connections, not read as people",
            severity="info",
            n_skipped=hidden,
        )

    frame = pd.DataFrame(
        {
            "name": names,
            "first_name": first,
            "last_name": last,
            "profile_url": urls,
            "email": emails,
            "company": companies,
            "position": positions,
            "connected_at": connected,
        }
    ).loc[np.array(identified, dtype=bool)]
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return None
    frame["handle"] = [_handle(u) for u in frame["profile_url"]]
    frame["relation"] = "connection"
    frame["contact_key"] = _contact_keys(frame)
    duplicated = frame.duplicated("contact_key")
    if duplicated.any():
        log.add(
            source,
            f"{int(duplicated.sum())} repeated profile URL(s); the first row of each is kept",
            severity="warning",
            n_skipped=int(duplicated.sum()),
        )
        frame = frame[~duplicated].reset_index(drop=True)
    return frame


def _contact_keys(frame: pd.DataFrame) -> list[str]:
    """Normalised profile URL where the export has one (mid-2023+), else ``name:<name>``.

    Before mid-2023 Connections.csv has no URL, so the name is the only key. Two connections
    of the same name get ``name:<name>``, ``name:<name>#2``, … numbered in order of Connected
    On (oldest first; file order breaks ties): LinkedIn lists the newest connections first, so
    a namesake added in a later snapshot gets the next number instead of renaming an existing
    contact's key.
    """
    keys: list[str | None] = [url if isinstance(url, str) else None for url in frame["profile_url"]]
    order = frame.assign(_row=range(len(frame))).sort_values(
        ["connected_at", "_row"], kind="stable", na_position="last"
    )
    seen: Counter[str] = Counter()
    for row, name, email in zip(order["_row"], order["name"], order["email"], strict=True):
        if keys[row] is not None:
            continue
        base = f"name:{_name_key(name)}" if name else f"email:{str(email).lower()}"
        seen[base] += 1
        keys[row] = base if seen[base] == 1 else f"{base}#{seen[base]}"
    return [key or "" for key in keys]


class _Resolver:
    """Counterpart (name, URL) → contact_key, consistent with the contacts frame."""

    def __init__(self, contacts: pd.DataFrame | None):
        self.urls: set[str] = set()
        self.by_name: dict[str, str | None] = {}
        self.sender_urls: dict[str, str | None] = {}
        if contacts is None:
            return
        for key, name, url in zip(
            contacts["contact_key"], contacts["name"], contacts["profile_url"], strict=True
        ):
            if isinstance(url, str):
                self.urls.add(url)
            name_key = _name_key(name)
            if name_key:
                # A name shared by two connections resolves to nobody (None), not to a guess.
                self.by_name[name_key] = None if name_key in self.by_name else key

    def learn_sender(self, name: str | None, url: str | None) -> None:
        """Remember the URL a sender name carries in messages (to resolve a URL-less TO)."""
        name_key = _name_key(name)
        if name_key and url:
            known = self.sender_urls.get(name_key, url)
            self.sender_urls[name_key] = url if known == url else None

    def key(self, name: str | None, url: str | None) -> str | None:
        name_key = _name_key(name)
        if url:
            if url in self.urls:
                return url
            # A name-keyed connection (exports before mid-2023 have no URL column).
            by_name = self.by_name.get(name_key) if name_key else None
            if by_name is not None and not by_name.startswith(("http://", "https://")):
                return by_name
            return url
        if name_key is None:
            return None
        if self.by_name.get(name_key):
            return self.by_name[name_key]
        return self.sender_urls.get(name_key)
