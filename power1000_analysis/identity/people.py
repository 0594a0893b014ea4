"""The people frame and per-platform counts of genuine people."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from power1000_analysis.network import Network


def people_frame(contacts: pd.DataFrame) -> pd.DataFrame:
    """``people`` (DESIGN.md §4) from contacts that carry ``person_id``: name, platforms,
    ``n_accounts``, ``accounts`` (``platform:contact_key``, ``; ``-joined).

    Example
    -------
    >>> contacts = pd.DataFrame({"platform": ["x", "linkedin"], "contact_key": ["1", "a"],
    ...                          "name": [None, "Ann Lee"], "person_id": ["x:1", "x:1"]})
    >>> people_frame(contacts)[["person_id", "name", "platforms", "n_accounts"]].values.tolist()
    [['x:1', 'Ann Lee', 'linkedin,x', 2]]
    """
    columns = ["person_id", "name", "platforms", "n_accounts", "accounts"]
    if contacts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    if not contacts["person_id"].duplicated().any():
        # one account per person (nothing merged, e.g. one platform): no groups to join
        accounts = contacts["platform"].astype(str) + ":" + contacts["contact_key"].astype(str)
        alone = pd.DataFrame(
            {
                "name": contacts["name"].to_numpy(),
                "platforms": contacts["platform"].astype(str).to_numpy(),
                "n_accounts": 1,
                "accounts": accounts.to_numpy(),
            },
            index=pd.Index(contacts["person_id"].to_numpy(), name="person_id"),
        ).sort_index(kind="stable")
        alone["n_accounts"] = alone["n_accounts"].astype("int64")
        return alone.reset_index()[columns]
    frame = contacts[["person_id", "platform", "contact_key", "name"]].copy()
    # prefer a real name from the richest source over an Instagram handle or an empty X name
    order = {"linkedin": 0, "addressbook": 1, "facebook": 2, "quora": 3}
    frame["_rank"] = frame["platform"].map(order).fillna(9)
    frame = frame.sort_values(["person_id", "_rank", "platform", "contact_key"], kind="stable")
    frame["_account"] = frame["platform"].astype(str) + ":" + frame["contact_key"].astype(str)
    # most people are one account: only the others need Python string joins per group
    counts = frame["person_id"].map(frame["person_id"].value_counts())
    single = frame[counts.to_numpy() == 1]
    several = frame[counts.to_numpy() > 1]
    grouped = several.groupby("person_id", sort=True)
    pairs = (
        several[["person_id", "platform"]].drop_duplicates().sort_values(["person_id", "platform"])
    )
    joined = pd.DataFrame(
        {
            "name": grouped["name"].first(),
            "platforms": pairs.groupby("person_id", sort=True)["platform"].agg(",".join),
            "n_accounts": grouped.size(),
            "accounts": grouped["_account"].agg("; ".join),
        }
    ).rename_axis("person_id")
    alone = pd.DataFrame(
        {
            "name": single["name"].to_numpy(),
            "platforms": single["platform"].astype(str).to_numpy(),
            "n_accounts": 1,
            "accounts": single["_account"].to_numpy(),
        },
        index=pd.Index(single["person_id"].to_numpy(), name="person_id"),
    )
    people = pd.concat([joined, alone]).sort_index(kind="stable")
    people["n_accounts"] = people["n_accounts"].astype("int64")
    return people.reset_index()[columns]


def people_by_platform(
    net: Network, *, all_label: str = "all platforms", as_of: Any = None
) -> pd.DataFrame:
    """Accounts against genuine people, per platform and overall (current contacts; with
    ``as_of``, the contacts in the network on that date: ``growth.contact_presence``).

    Returns
    -------
    DataFrame
        One row per platform plus a last row ``all_label``: ``platform``, ``accounts``,
        ``people`` (distinct ``person_id``), ``also_elsewhere`` (of those people, how many
        also have a current account on another platform), ``accounts_per_person``.

    Example
    -------
    >>> from dataclasses import replace
    >>> from power1000_analysis.network import Network
    >>> contacts = pd.DataFrame({"platform": ["x", "linkedin", "x"], "contact_key": ["1", "a", "2"],
    ...                          "person_id": ["x:1", "x:1", "x:2"], "is_current": True})
    >>> table = people_by_platform(replace(Network.empty(), contacts=contacts))
    >>> table[["platform", "accounts", "people", "also_elsewhere"]].values.tolist()
    [['linkedin', 1, 1, 1], ['x', 2, 2, 1], ['all platforms', 3, 2, 1]]
    """
    columns = ["platform", "accounts", "people", "also_elsewhere", "accounts_per_person"]
    from power1000_analysis.growth import contact_presence

    contacts = net.contacts
    present = contact_presence(net, as_of=as_of) == "present"
    current = contacts.loc[present, ["platform", "person_id"]]
    spread = current.groupby("person_id")["platform"].nunique()
    elsewhere = set(spread.index[spread > 1])
    rows = []
    for platform, group in current.groupby("platform", sort=True):
        ids = set(group["person_id"])
        rows.append([str(platform), len(group), len(ids), len(ids & elsewhere)])
    rows.append([all_label, len(current), int(current["person_id"].nunique()), len(elsewhere)])
    table = pd.DataFrame(rows, columns=columns[:-1])
    table[columns[1:4]] = table[columns[1:4]].astype("int64")
    table["accounts_per_person"] = table["accounts"] / table["people"].where(table["people"] > 0)
    return table[columns]
