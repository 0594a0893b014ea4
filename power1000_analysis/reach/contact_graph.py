"""The owner, every person, and the person–person ties the exports observe (co-participation
in group threads): the node and edge contract is in :mod:`power1000_analysis.reach`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

if TYPE_CHECKING:
    from power1000_analysis.activity import AsOf
    from power1000_analysis.network import Network

#: the owner's node in :func:`build_contact_graph`.
OWNER = "owner"


def build_contact_graph(
    net: Network,
    *,
    as_of: AsOf = None,
    half_life_days: float = 90.0,
    active_within_days: float = 90.0,
    max_thread_size: int = 50,
) -> nx.Graph:
    """The owner, every person, and the ties the exports observe (module docstring).

    Parameters
    ----------
    net
        The network.
    as_of
        Date of the activity scores and statuses (default: the newest export); later
        interactions are left out of the person–person ties too.
    half_life_days, active_within_days
        Passed to :func:`~power1000_analysis.activity.contact_status`.
    max_thread_size
        Threads with more people than this are left out of the person–person ties: a
        broadcast list or a large public comment thread says little about who knows whom,
        and would add ~n²/2 edges.

    Returns
    -------
    networkx.Graph
        ``graph.graph`` holds ``as_of``, ``n_threads`` (threads that gave ties),
        ``n_people`` (person nodes: everyone ``contact_status`` rates, former contacts
        included, see :mod:`power1000_analysis.headcount`) and ``n_ties`` (person–person
        edges only: the owner's one edge to each person is not a tie the exports saw) and
        ``thread_titles``: thread key → the title the export gives the thread (Facebook and
        Instagram message files; the ``thread_title`` column, missing once anonymised), for
        the threads on the edges that have one.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> list(build_contact_graph(Network.empty(), as_of="2024-01-01").nodes)
    ['owner']
    """
    from power1000_analysis.activity import contact_status

    status = contact_status(net, as_of=as_of, active_within_days=active_within_days)
    graph = nx.Graph(as_of=status.attrs.get("as_of"))
    graph.add_node(OWNER, kind="owner", name="you", platforms="", status="owner", score=0.0)
    companies = _companies(net.contacts)
    for row in status.itertuples(index=False):
        person = str(row.person_id)
        graph.add_node(
            person,
            kind="person",
            name=None if pd.isna(row.name) else str(row.name),
            platforms=str(row.platforms),
            status=str(row.status),
            score=float(row.score),
            n_interactions=int(row.n_interactions),
            company=companies.get(person),
        )
        graph.add_edge(OWNER, person, kind="owner", weight=float(row.score))
    pairs = _co_participants(net.interactions, graph.graph["as_of"], max_thread_size)
    for row in pairs.itertuples(index=False):
        if row.a in graph and row.b in graph:
            graph.add_edge(row.a, row.b, kind="co", weight=int(row.weight), threads=row.threads)
    graph.graph["n_threads"] = int(pairs.attrs.get("n_threads", 0))
    graph.graph["thread_titles"] = _thread_titles(net.interactions, pairs)
    graph.graph["n_people"] = graph.number_of_nodes() - 1
    graph.graph["n_ties"] = sum(1 for *_, kind in graph.edges(data="kind") if kind == "co")
    return graph


def _companies(contacts: pd.DataFrame) -> dict[str, str]:
    held = contacts.loc[contacts["company"].notna(), ["person_id", "company", "last_seen_at"]]
    held = held.sort_values("last_seen_at", kind="stable", na_position="first")
    return {
        str(k): str(v) for k, v in held.drop_duplicates("person_id", keep="last").to_numpy()[:, :2]
    }


def _thread_titles(interactions: pd.DataFrame, pairs: pd.DataFrame) -> dict[str, str]:
    """Thread key → title for the threads in ``pairs`` whose rows carry a ``thread_title``."""
    if "thread_title" not in interactions or pairs.empty:
        return {}
    wanted = {key for keys in pairs["threads"] for key in keys}
    held = (
        interactions.loc[
            interactions["thread_title"].notna() & interactions["thread_key"].notna(),
            ["thread_key", "thread_title"],
        ]
        .drop_duplicates()
        .astype(str)
    )
    held = held.loc[held["thread_key"].isin(wanted)].drop_duplicates("thread_key")
    return dict(zip(held["thread_key"], held["thread_title"], strict=True))


def _co_participants(
    interactions: pd.DataFrame, as_of: pd.Timestamp | None, max_thread_size: int
) -> pd.DataFrame:
    """Pairs of people seen in the same (platform, thread): ``a``, ``b``, ``weight``
    (threads shared), ``threads`` (up to five thread keys)."""
    columns = ["a", "b", "weight", "threads"]
    held = interactions.loc[
        interactions["thread_key"].notna() & interactions["person_id"].notna(),
        ["platform", "thread_key", "person_id", "at"],
    ]
    if as_of is not None:
        held = held.loc[held["at"].isna() | (held["at"] <= as_of)]
    members = held.assign(
        thread=held["platform"].astype(str) + "\x1f" + held["thread_key"].astype(str),
        person=held["person_id"].astype(str),
    )[["thread", "person"]].drop_duplicates()
    size = members.groupby("thread")["person"].transform("size")
    members = members.loc[(size >= 2) & (size <= max_thread_size)]
    if members.empty:
        table = pd.DataFrame(columns=columns)
        table.attrs["n_threads"] = 0
        return table
    pairs = members.merge(members, on="thread", suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["person_a"] < pairs["person_b"]]
    pairs = pairs.assign(thread=pairs["thread"].str.split("\x1f", n=1).str[1])
    table = (
        pairs.groupby(["person_a", "person_b"], sort=True)["thread"]
        .agg(weight="size", threads=lambda keys: tuple(sorted(set(keys))[:5]))
        .reset_index()
        .rename(columns={"person_a": "a", "person_b": "b"})
    )
    table.attrs["n_threads"] = int(members["thread"].nunique())
    return table[columns]
