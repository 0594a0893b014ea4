"""Builders shared by tests: one export of contacts, as a loader would give it.

Imported by the tests as ``from _builders import contacts_export`` (pytest puts tests/ on
the path, as for ``from test_activity import simulate``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.schema import conform

#: the relation of a contact on each platform (any other platform: "follower")
RELATIONS = {"linkedin": "connection", "facebook": "friend"}


def contacts_export(
    platform: str,
    exported: str,
    keys: Sequence[str],
    *,
    connected: Mapping[str, str | None],
    names: Mapping[str, str] | None = None,
) -> LoadedExport:
    """One export of ``platform`` taken on ``exported`` (UTC), holding the contacts
    ``keys``: each connected on ``connected[key]`` (missing or None: no connection
    date, as X's lists and address books give), named ``names.get(key, key).title()``,
    current in that export, owned by ``"owner"``."""
    names = names or {}
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": platform,
                "contact_key": list(keys),
                "name": [names.get(key, key).title() for key in keys],
                "relation": RELATIONS.get(platform, "follower"),
                "connected_at": pd.to_datetime(
                    [connected.get(key) for key in keys], utc=True, format="ISO8601"
                ),
                "is_current": True,
            }
        ),
    )
    return LoadedExport(
        platform=platform,
        generation="test",
        source=f"{platform}-{exported}",
        owner="owner",
        exported_at=pd.Timestamp(exported, tz="UTC"),
        contacts=contacts,
    )
