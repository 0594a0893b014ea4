"""``Invitations.csv`` → requests (the open invitations at export time)."""

from __future__ import annotations

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import ProblemLog
from power1000_analysis.loaders.linkedin._common import (
    _US_DATETIME,
    _parse_dates,
    _read_table,
    _url,
)
from power1000_analysis.loaders.linkedin.connections import _Resolver
from power1000_analysis.loaders.linkedin.profile import _Owner


def _read_invitations(
    archive: Archive,
    name: str,
    log: ProblemLog,
    owner: _Owner,
    resolver: _Resolver,
    contacts: pd.DataFrame | None,
    exported_at: pd.Timestamp | None = None,
) -> pd.DataFrame | None:
    table = _read_table(archive, name, log, ("Sent At", "Direction"))
    if table is None:
        return None
    source = archive.source(name)
    directions = [(d or "").upper() for d in table.column("Direction")]
    senders = table.column("From")
    receivers = table.column("To")
    inviter_urls = [_url(u) for u in table.column("inviterProfileUrl")]
    invitee_urls = [_url(u) for u in table.column("inviteeProfileUrl")]
    notes = table.column("Message")
    sent_at = _parse_dates(
        table.column("Sent At"),
        _US_DATETIME,
        log,
        source,
        "Sent At",
        "sent_at",
        exported_at=exported_at,
    )

    connected_at = (
        dict(zip(contacts["contact_key"], contacts["connected_at"], strict=True))
        if contacts is not None
        else {}
    )
    rows = []
    unknown_direction = 0
    for index, direction in enumerate(directions):
        if direction == "OUTGOING":
            # From is the owner on outgoing rows: their name and (late 2023+) profile URL.
            owner_name, owner_url = senders[index], inviter_urls[index]
            name_, url = receivers[index], invitee_urls[index]
            request_direction = "sent"
        elif direction == "INCOMING":
            owner_name, owner_url = receivers[index], invitee_urls[index]
            name_, url = senders[index], inviter_urls[index]
            request_direction = "received"
        else:
            unknown_direction += 1
            continue
        if owner_url:
            owner.urls.add(owner_url)
        if owner.name is None and owner_name:
            owner.name = owner_name
        key = resolver.key(name_, url)
        # Invitations.csv lists the invitations still open at export time. One whose
        # counterpart is already a connection in the same export was accepted (the snapshot
        # caught both); resolved_at is then the connection date. Across snapshots the merge
        # in network.py resolves the rest (accepted / withdrawn).
        connected = key is not None and key in connected_at
        when = connected_at.get(key) if connected and key is not None else None
        rows.append(
            {
                "contact_key": key,
                "name": name_,
                "profile_url": url,
                "direction": request_direction,
                "sent_at": sent_at.iloc[index],
                "status": "accepted" if connected else "pending",
                "resolved_at": when if when is not None and not pd.isna(when) else pd.NaT,
                "has_note": bool(notes[index]),
            }
        )
    if unknown_direction:
        log.add(
            source,
            f"{unknown_direction} invitation(s) with a Direction other than INCOMING/OUTGOING",
            severity="warning",
            n_skipped=unknown_direction,
        )
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    for column in ("sent_at", "resolved_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True).astype("datetime64[ns, UTC]")
    return frame
