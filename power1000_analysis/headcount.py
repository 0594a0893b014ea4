"""How many people? One reconciled count that every page can quote.

Pages count people two ways, and each is right for its question:

- **now**: people with an account in the newest export of its platform (with ``as_of``: an
  account whose snapshots span that date). This is ``growth.platform_counts``' row "all
  platforms": the report's summary card and notebook 01.
- **in all**: every person the exports name, including **former** contacts that an older
  export held and the newest does not (unfollowed, removed, deactivated). Activity status
  and the contact graph need them (notebooks 02, 04, 05): a former contact can still be
  active, and was part of the network's history.

``in all = now + former``; :func:`describe_people` says it in one line, with the active
count (``activity.contact_status``), so two pages quoting different numbers say why.

Example
-------
>>> from power1000_analysis.network import Network
>>> people_counts(Network.empty())
{'in_all': 0, 'now': 0, 'former': 0, 'active': 0, 'active_former': 0}
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from power1000_analysis.network import Network

__all__ = ["describe_people", "people_counts"]


def _cutoff(net: Network, as_of: str | datetime | pd.Timestamp | None) -> pd.Timestamp | None:
    if as_of is None:
        return net.as_of
    stamp = pd.Timestamp(as_of)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def people_counts(
    net: Network,
    *,
    as_of: str | datetime | pd.Timestamp | None = None,
    active_within_days: float = 90.0,
) -> dict[str, int]:
    """People in all, now and former, and how many are active (module docstring).

    Returns
    -------
    dict
        ``in_all`` (every person named up to ``as_of``), ``now`` (the summary card's
        count), ``former`` (``in_all - now``), ``active`` (status active at ``as_of``,
        with ``active_within_days``) and ``active_former`` (of them, former contacts).
    """
    from power1000_analysis.activity import contact_status
    from power1000_analysis.growth import ALL_PLATFORMS, platform_counts

    contacts = net.contacts
    cutoff = _cutoff(net, as_of)
    known = pd.Series(True, index=contacts.index)
    if as_of is not None and cutoff is not None:
        first = contacts["first_seen_at"].fillna(contacts["connected_at"])
        known = first.isna() | (first <= cutoff)
    everyone = set(contacts.loc[known, "person_id"].dropna())
    counts = platform_counts(net, as_of=as_of)
    now = int(counts.loc[counts["platform"] == ALL_PLATFORMS, "people"].iloc[0])
    current = set(_present_people(net, as_of, cutoff))
    active: set[str] = set()
    if cutoff is not None and not contacts.empty:
        status = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
        active = set(status.loc[status["status"] == "active", "person_id"]) & everyone
    return {
        "in_all": len(everyone),
        "now": now,
        "former": len(everyone) - now,
        "active": len(active),
        "active_former": len(active - current),
    }


def _present_people(
    net: Network, as_of: str | datetime | pd.Timestamp | None, cutoff: pd.Timestamp | None
) -> pd.Series:
    """``person_id`` of the contacts ``growth.platform_counts`` counts as present."""
    contacts = net.contacts
    present = contacts["is_current"].astype(bool)
    if as_of is not None and cutoff is not None:
        first = contacts["first_seen_at"].fillna(contacts["connected_at"])
        present = (first.isna() | (first <= cutoff)) & (
            contacts["is_current"].astype(bool) | (contacts["last_seen_at"] >= cutoff)
        )
    return contacts.loc[present, "person_id"].dropna()


def describe_people(
    net: Network,
    *,
    as_of: str | datetime | pd.Timestamp | None = None,
    active_within_days: float = 90.0,
) -> str:
    """One line reconciling the people counts the pages quote.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> describe_people(Network.empty())
    '0 people in all = 0 in your network now + 0 former contacts (only in older exports); 0 of them active (evidence of life in the last 90 days).'
    """
    counts = people_counts(net, as_of=as_of, active_within_days=active_within_days)
    former_active = (
        f", {counts['active_former']:,} of them former contacts" if counts["active_former"] else ""
    )
    return (
        f"{counts['in_all']:,} people in all = {counts['now']:,} in your network now"
        f" + {counts['former']:,} former contacts (only in older exports);"
        f" {counts['active']:,} of them active (evidence of life in the last"
        f" {active_within_days:g} days{former_active})."
    )
