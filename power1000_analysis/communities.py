"""Which communities do my contacts form? Louvain on the person–person ties, labelled.

Pure functions on a contact graph (:func:`~power1000_analysis.reach.build_contact_graph`):
the owner and the owner–person edges are left out (the owner ties everyone together and
would make one community of all), and so are people with no person–person tie (they are
alone in the exports: ``community`` is missing for them, not a made-up singleton group).

Each community is labelled by what its members share most: the group threads they were
seen in together, their companies, their platforms (the most common of each, with counts).

Example
-------
>>> import networkx as nx
>>> graph = nx.Graph()
>>> graph.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")], kind="co")
>>> found = communities(graph)
>>> sorted(found.groupby("community")["person_id"].size().tolist())
[2, 3]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import networkx as nx
import pandas as pd

__all__ = [
    "MIN_SHARED",
    "communities",
    "community_summary",
    "describe_communities",
    "person_graph",
    "pool_small_communities",
    "pool_small_members",
]

#: a trailing export id on a thread folder name ("neighbours_889b263a1d")
_THREAD_ID = re.compile(r"[_-][0-9a-f]{6,}$|[_-]\d{6,}$", re.IGNORECASE)
#: a Messenger/Instagram thread folder: a lower-case slug of the title, "_", then an id of
#: letters and digits that may itself hold "_" ("marathon_sffsfid76", "teflonmusk_sf5d4f56sd_gf")
_META_FOLDER = re.compile(r"^([a-z0-9]+)_(?=[a-z0-9_-]*\d)[a-z0-9_-]+$", re.IGNORECASE)


def person_graph(graph: nx.Graph) -> nx.Graph:
    """The person–person part of a contact graph (edges of ``kind="co"``, or every edge
    of a graph without ``kind``), with the node attributes kept."""
    edges = [
        (u, v, data)
        for u, v, data in graph.edges(data=True)
        if data.get("kind", "co") == "co" and graph.nodes[u].get("kind") != "owner"
    ]
    people = nx.Graph()
    people.add_edges_from(edges)
    for node in people:
        people.nodes[node].update(graph.nodes[node])
    return people


def communities(
    graph: nx.Graph, *, seed: int = 0, resolution: float = 1.0, weight: str = "weight"
) -> pd.DataFrame:
    """Louvain communities (networkx) of the people tied to one another.

    Parameters
    ----------
    graph
        A contact graph, or any graph of people.
    seed
        Seed of Louvain's node order: same seed, same communities.
    resolution
        Louvain's resolution: above 1 favours smaller communities.
    weight
        Edge attribute used as weight (missing: 1).

    Returns
    -------
    DataFrame
        One row per person with a person–person tie: ``person_id``, ``name``,
        ``platforms``, ``status``, ``community`` (0 = the largest), ``degree`` (ties
        within the person graph). ``attrs``: ``modularity`` of the partition,
        ``n_communities``, ``n_people``, ``n_ties``.

    Example
    -------
    >>> graph = nx.barbell_graph(5, 0)
    >>> table = communities(graph)
    >>> table["community"].nunique(), round(table.attrs["modularity"], 2)
    (2, 0.45)
    """
    people = person_graph(graph)
    columns = ["person_id", "name", "platforms", "status", "community", "degree"]
    if people.number_of_edges() == 0:
        table = pd.DataFrame(columns=columns)
        table.attrs.update(modularity=float("nan"), n_communities=0, n_people=0, n_ties=0)
        return table
    parts = nx.community.louvain_communities(
        people, weight=weight, resolution=resolution, seed=seed
    )
    # largest first, then by the smallest member, so that numbering is stable
    parts = sorted(parts, key=lambda part: (-len(part), min(map(str, part))))
    modularity = nx.community.modularity(people, parts, weight=weight, resolution=resolution)
    rows = []
    for number, part in enumerate(parts):
        for node in sorted(part, key=str):
            data = people.nodes[node]
            rows.append(
                {
                    "person_id": node,
                    "name": data.get("name"),
                    "platforms": data.get("platforms"),
                    "status": data.get("status"),
                    "community": number,
                    "degree": people.degree(node),
                }
            )
    table = pd.DataFrame(rows, columns=columns)
    table.attrs.update(
        modularity=float(modularity),
        n_communities=len(parts),
        n_people=people.number_of_nodes(),
        n_ties=people.number_of_edges(),
    )
    return table


def _thread_title(key: str, titles: dict[str, str] | None = None) -> str:
    """A readable thread title: the title the export gives the thread (``titles``, from
    :func:`~power1000_analysis.reach.build_contact_graph`), else the folder name without
    its export id; opaque ids (a LinkedIn conversation id, a tweet id, an anonymised
    ``thread-0003``) become "group thread".

    >>> _thread_title("marathon_sffsfid76"), _thread_title("book_club_0a1b2c3d4e")
    ('marathon', 'book club')
    >>> _thread_title("marathon_sffsfid76", {"marathon_sffsfid76": "Marathon 2019"})
    'Marathon 2019'
    """
    given = (titles or {}).get(str(key))
    if given and given.strip():
        return given.strip()
    title = _THREAD_ID.sub("", str(key))
    if title == str(key):
        title = _META_FOLDER.sub(r"\1", title)
    title = title.replace("_", " ").strip()
    letters = sum(c.isalpha() for c in title)
    digits = sum(c.isdigit() for c in title)
    return title if letters >= 3 and digits <= letters / 3 else "group thread"


#: a thread, company or platform names a community only when at least this many of its
#: members share it: one member's company is not something members share (review10 R6:
#: "University of Lisbon (1), Café Ñandú (1)" in a 12-person community).
MIN_SHARED = 2


def _top(values: Iterable[str], k: int) -> list[tuple[str, int]]:
    """The ``k`` values held by most members (at least :data:`MIN_SHARED`), ties in
    alphabetical order: the same names whatever order the members come in (a plain and an
    anonymised report listed "facebook (12), linkedin (3)" and "facebook (12),
    addressbook (3)" for the same people)."""
    counts = Counter(v for v in values if v)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(name, count) for name, count in ranked if count >= MIN_SHARED][:k]


def community_summary(
    graph: nx.Graph,
    members: pd.DataFrame,
    *,
    top: int = 2,
    label_from: Iterable[str] = ("threads", "companies", "platforms"),
) -> pd.DataFrame:
    """Size and label of each community: what its members share most.

    Parameters
    ----------
    graph
        The contact graph the communities came from (thread keys on its edges, their
        titles in ``graph.graph["thread_titles"]``, companies and platforms on its nodes).
    members
        :func:`communities` output.
    top
        How many of each kind of shared thing go into the label.
    label_from
        Which kinds label a community: ``threads`` (group threads inside it), ``companies``,
        ``platforms``. Leave out ``threads`` where thread titles could identify someone.

    Returns
    -------
    DataFrame
        One row per community: ``community``, ``size``, ``active`` (members active now),
        ``ties`` (edges inside), ``density``, ``threads``, ``companies``, ``platforms``
        (most common first, each with how many members share it, at least
        :data:`MIN_SHARED`; ties in alphabetical order), ``label`` (``community N`` when
        members share none of them).

    Example
    -------
    >>> graph = nx.Graph()
    >>> graph.add_edge("a", "b", kind="co", threads=("book_club_1a2b3c4d",), weight=1)
    >>> for node in "ab":
    ...     graph.nodes[node].update(platforms="facebook", status="active")
    >>> community_summary(graph, communities(graph))["label"].tolist()
    ['book club (2) · facebook (2)']
    """
    wanted = set(label_from)
    columns = [
        "community", "size", "active", "ties", "density", "threads", "companies",
        "platforms", "label",
    ]  # fmt: skip
    if members.empty:
        return pd.DataFrame(columns=columns)
    titles = graph.graph.get("thread_titles") or {}
    rows = []
    for number, group in members.groupby("community", sort=True):
        nodes = list(group["person_id"])
        inside = graph.subgraph(nodes)
        co = [(u, v, d) for u, v, d in inside.edges(data=True) if d.get("kind", "co") == "co"]
        ties = [data for _, _, data in co]
        # a thread's count is its members in the community (people), as for companies and
        # platforms, not the ties it forms ("Family (21)" in a 7-person community: review9 F10)
        in_thread: dict[str, set[object]] = {}
        for u, v, data in co:
            for key in data.get("threads", ()):
                in_thread.setdefault(_thread_title(key, titles), set()).update((u, v))
        threads = _top((title for title, who in in_thread.items() for _ in who), top)
        companies = _top((str(graph.nodes[n].get("company") or "") for n in nodes), top)
        platforms = _top(
            (p for n in nodes for p in str(graph.nodes[n].get("platforms") or "").split(",")),
            top,
        )
        parts = {"threads": threads, "companies": companies, "platforms": platforms}
        label = " · ".join(
            ", ".join(f"{name} ({count})" for name, count in parts[kind])
            for kind in ("threads", "companies", "platforms")
            if kind in wanted and parts[kind]
        )
        size = len(nodes)
        rows.append(
            {
                "community": int(str(number)),
                "size": size,
                "active": int((group["status"] == "active").sum()),
                "ties": len(ties),
                "density": 2 * len(ties) / (size * (size - 1)) if size > 1 else 0.0,
                "threads": threads,
                "companies": companies,
                "platforms": platforms,
                "label": label or f"community {number}",
            }
        )
    return pd.DataFrame(rows, columns=columns)


def pool_small_communities(summary: pd.DataFrame, *, k: int) -> pd.DataFrame:
    """The summary for an anonymised report: communities of fewer than ``k`` people pooled
    into one row, so that no table row or bar describes a group small enough to point at
    someone (issue #5: "small groups that could identify someone are suppressed").

    If the small communities together hold fewer than ``k`` people, the pool also takes
    the smallest of the others until it holds ``k`` (blanking only the pool's counts
    would not hide them: the total minus the rows shown gives them back). The pooled row
    has ``community`` -1, the summed ``size``, ``active`` and ``ties``, the share of
    possible ties inside those communities as ``density``, no threads, companies or
    platforms, and a label saying how many communities it holds; a ``suppressed`` column
    marks it. When all communities together hold fewer than ``k`` people, the one pooled
    row's counts are blanked (``<NA>``), as
    :func:`~power1000_analysis.anonymize.suppress_small` does.

    Parameters
    ----------
    summary
        :func:`community_summary` output.
    k
        The smallest group shown on its own (the notebooks' ``min_group_size``).

    Example
    -------
    >>> summary = pd.DataFrame({"community": [0, 1, 2], "size": [9, 3, 2], "active": [4, 1, 0],
    ...     "ties": [12, 2, 1], "density": [1 / 3, 2 / 3, 1.0], "label": ["a", "b", "c"]})
    >>> pooled = pool_small_communities(summary, k=5)
    >>> pooled[["community", "size", "active", "ties", "label"]].values.tolist()
    [[0, 9, 4, 12, 'a'], [-1, 5, 1, 3, '2 communities of fewer than 5 people']]
    >>> pool_small_communities(summary.iloc[:2], k=5)["size"].tolist()
    [12]
    """
    pool = _pool(summary, k)
    pooled = summary[summary["community"].isin(pool.communities)]
    kept = summary.drop(index=pooled.index)
    kept["suppressed"] = False
    if pooled.empty:
        return kept.reset_index(drop=True)
    size = int(pooled["size"].sum())
    possible = int((pooled["size"] * (pooled["size"] - 1)).sum()) // 2
    row: dict[str, object] = dict.fromkeys(summary.columns)
    row.update(
        community=-1,
        size=size,
        active=int(pooled["active"].sum()),
        ties=int(pooled["ties"].sum()),
        density=int(pooled["ties"].sum()) / possible if possible else 0.0,
        label=pool.label,
        suppressed=True,
    )
    for column in ("threads", "companies", "platforms"):
        if column in row:
            row[column] = []
    table = pd.concat([kept, pd.DataFrame([row])], ignore_index=True)
    for column in ("size", "active", "ties"):
        table[column] = table[column].astype("Int64")
    if size < k:
        table.loc[table.index[-1], ["size", "active", "ties"]] = pd.NA
        table.loc[table.index[-1], "density"] = float("nan")
    return table


class _Pool(NamedTuple):
    """Which communities an anonymised report pools, and the pooled group's label."""

    communities: list[int]
    label: str
    size: int


def _pool(sizes: pd.DataFrame, k: int) -> _Pool:
    """The communities (``community``, ``size`` columns of ``sizes``) pooled for ``k``: all
    under ``k`` people, and, while together they hold fewer than ``k``, the smallest
    others (ties broken by community number). One rule for the table and the chart."""
    order = sizes.sort_values(["size", "community"], kind="stable")
    numbers = [int(n) for n in order["community"]]
    counts = [int(n) for n in order["size"]]
    taken = sum(count < k for count in counts)
    if taken:
        while taken < len(order) and sum(counts[:taken]) < k:
            taken += 1
    small = sum(count < k for count in counts[:taken])
    label = f"{taken} communit{'y' if taken == 1 else 'ies'}"
    label += (
        f" of fewer than {k} people"
        if small == taken
        else f" ({small} of fewer than {k} people, pooled with the smallest others)"
    )
    return _Pool(numbers[:taken], label, sum(counts[:taken]))


def pool_small_members(members: pd.DataFrame, *, k: int) -> pd.DataFrame:
    """The members for an anonymised community chart, pooled as
    :func:`pool_small_communities` pools the table: people of the pooled communities get
    ``community`` -1, so that the chart draws them as one group and no colour marks a
    group of fewer than ``k`` people (issue #5).

    A ``group`` column names each person's group for the chart's legend and hover:
    ``community N``, or for the pool the very label of the table's pooled row. When
    everyone together is fewer than ``k`` people (the table blanks the pooled row's
    counts), the pooled people are left out: a chart of their dots would count them.
    The rows keep their order; ``attrs`` are kept.

    Parameters
    ----------
    members
        :func:`communities` output.
    k
        The smallest group shown on its own (the notebooks' ``min_group_size``).

    Example
    -------
    >>> members = pd.DataFrame({"person_id": list("abcdefghijk"),
    ...     "community": [0] * 6 + [1] * 3 + [2] * 2})
    >>> drawn = pool_small_members(members, k=5)
    >>> drawn["community"].tolist()
    [0, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1]
    >>> drawn["group"].iloc[[0, -1]].tolist()
    ['community 0', '2 communities of fewer than 5 people']
    >>> pool_small_members(members.iloc[6:9], k=5).empty  # 3 people in all: none drawn
    True
    """
    drawn = members.copy()
    numbers = drawn["community"].astype("int64")
    drawn["group"] = [f"community {n}" for n in numbers]
    if drawn.empty:
        return drawn
    sizes = numbers.value_counts().rename_axis("community").reset_index(name="size")
    pool = _pool(sizes, k)
    inside = numbers.isin(pool.communities).to_numpy()
    if not inside.any():
        return drawn
    if pool.size < k:
        return drawn[~inside]
    drawn.loc[inside, "community"] = -1
    drawn.loc[inside, "group"] = pool.label
    return drawn


def describe_communities(members: pd.DataFrame, *, hide_people: bool = False) -> str:
    """One line on what :func:`communities` found: how many communities among how many
    people, ties and the modularity, or, when the exports show no ties between contacts,
    that there are no communities (never "modularity nan"; ux8 review #10).

    Parameters
    ----------
    members
        :func:`communities` output (its ``attrs`` are read).
    hide_people
        Leave out the number of people with ties (anonymised output whose communities are
        all blanked: the number would describe a group smaller than ``min_group_size``).

    Example
    -------
    >>> print(describe_communities(communities(nx.Graph())))
    No communities: these exports show no ties between your contacts (no group chat or post they share).
    """
    facts = members.attrs
    n_ties = int(facts.get("n_ties", 0))
    if n_ties == 0:
        return (
            "No communities: these exports show no ties between your contacts (no group chat "
            "or post they share)."
        )
    n_communities, n_people = int(facts["n_communities"]), int(facts["n_people"])
    among = "" if hide_people else f" among the {n_people:,} people with ties"
    return (
        f"{n_communities:,} communit{'y' if n_communities == 1 else 'ies'}{among}; "
        f"{n_ties:,} tie{'' if n_ties == 1 else 's'}; modularity {float(facts['modularity']):.3f}."
    )
