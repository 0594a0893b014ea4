"""Communities (issue #9): Louvain recovers a planted partition; labels say what members
share; the owner never glues everyone into one community."""

from __future__ import annotations

import random

import networkx as nx
import pandas as pd
import pytest

from power1000_analysis import communities as cm
from power1000_analysis import plotting_reach, reach


def _planted(sizes: list[int], p_in: float, p_out: float, seed: int) -> nx.Graph:
    return nx.random_partition_graph(sizes, p_in, p_out, seed=seed)  # nodes carry "block"


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_recovers_a_planted_partition(seed: int) -> None:
    sizes = [30, 25, 20, 15]
    graph = _planted(sizes, 0.5, 0.01, seed)
    found = cm.communities(graph, seed=seed)
    planted = pd.Series({n: graph.nodes[n]["block"] for n in graph}, name="block")
    table = pd.crosstab(found.set_index("person_id")["community"], planted)
    # each planted block lands whole in one community and each community is one block
    assert ((table > 0).sum(axis=0) == 1).all() and ((table > 0).sum(axis=1) == 1).all()
    assert sorted(found.groupby("community").size(), reverse=True) == sizes
    assert found.attrs["modularity"] > 0.6


def test_owner_edges_are_left_out_and_isolated_people_get_no_community() -> None:
    graph = nx.Graph()
    graph.add_node(reach.OWNER, kind="owner")
    for person in "abcdefz":
        graph.add_node(person, kind="person", platforms="facebook", status="active")
        graph.add_edge(reach.OWNER, person, kind="owner", weight=1.0)
    graph.add_edges_from([("a", "b"), ("b", "c"), ("a", "c")], kind="co", weight=1)
    graph.add_edges_from([("d", "e"), ("e", "f"), ("d", "f")], kind="co", weight=1)
    found = cm.communities(graph)
    assert set(found["person_id"]) == set("abcdef")
    assert found.groupby("community").size().tolist() == [3, 3]
    assert found.attrs["n_ties"] == 6


def test_no_ties_means_no_communities() -> None:
    graph = nx.Graph()
    graph.add_edge(reach.OWNER, "a", kind="owner")
    found = cm.communities(graph)
    assert found.empty and cm.community_summary(graph, found).empty


def test_labels_name_shared_threads_companies_and_platforms() -> None:
    graph = nx.Graph()
    for person, company in [("a", "Acme"), ("b", "Acme"), ("c", None)]:
        graph.add_node(person, platforms="linkedin", status="active", company=company)
    graph.add_edge("a", "b", kind="co", weight=2, threads=("book_club_0a1b2c3d4e", "x_1234567"))
    graph.add_edge("b", "c", kind="co", weight=1, threads=("book_club_0a1b2c3d4e",))
    summary = cm.community_summary(graph, cm.communities(graph))
    row = summary.iloc[0]
    assert row["size"] == 3 and row["active"] == 3 and row["ties"] == 2
    assert row["label"] == "book club (2), group thread (1) · Acme (2) · linkedin (3)"
    hidden = cm.community_summary(graph, cm.communities(graph), label_from=["platforms"])
    assert hidden["label"].iloc[0] == "linkedin (3)"


def test_same_seed_same_communities() -> None:
    graph = nx.karate_club_graph()
    pd.testing.assert_frame_equal(cm.communities(graph, seed=3), cm.communities(graph, seed=3))


def test_network_chart_does_not_depend_on_the_node_order() -> None:
    """The layout follows the sorted node ids, not the graph's insertion order or a set's
    hash order (``graph.subgraph`` iterates a set, whose order changes with each process's
    PYTHONHASHSEED): the same data, pseudonym secret and seed draw the same chart in every
    notebook kernel (issue #5)."""
    planted = nx.relabel_nodes(_planted([8, 6, 5], 0.7, 0.05, 3), lambda n: f"person-{n:04d}")
    members = cm.communities(planted, seed=0)
    nodes, edges = list(planted.nodes(data=True)), list(planted.edges(data=True))
    random.Random(1).shuffle(nodes)
    random.Random(2).shuffle(edges)
    shuffled = nx.Graph()
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    drawn = [
        plotting_reach.plot_community_network(members, graph=g, show_names=False).to_json()
        for g in (planted, shuffled)
    ]
    assert drawn[0] == drawn[1]


def test_anonymised_summary_pools_small_communities() -> None:
    """Issue #5: in anonymised tables no row describes fewer than ``k`` people. Planted:
    communities of 8, 6, 3 and 2 people; with k=5 the 3 and the 2 become one pooled row of
    5, whose counts are the sums."""
    summary = cm.community_summary(
        (graph := _planted([8, 6, 3, 2], 1.0, 0.0, 1)), cm.communities(graph, seed=0)
    )
    assert sorted(summary["size"]) == [2, 3, 6, 8]
    pooled = cm.pool_small_communities(summary, k=5)
    assert sorted(pooled["size"].tolist()) == [5, 6, 8]
    row = pooled[pooled["community"] == -1].iloc[0]
    small = summary[summary["size"] < 5]
    assert row["active"] == small["active"].sum() and row["ties"] == small["ties"].sum() == 3 + 1
    assert row["density"] == 4 / (3 + 1) and row["label"] == "2 communities of fewer than 5 people"
    assert pooled["suppressed"].tolist().count(True) == 1
    # a lone community of 2 is pooled with the smallest other (6): 8, never a blank that
    # the total minus the rows shown would give back
    alone = cm.pool_small_communities(summary[summary["size"] != 3], k=5)
    assert sorted(alone["size"].tolist()) == [8, 8] and alone["suppressed"].sum() == 1
    assert "pooled with the smallest others" in alone["label"].iloc[-1]
    # everyone in communities under k: one row, its counts blanked
    tiny = cm.pool_small_communities(summary[summary["size"] == 2], k=5)
    assert len(tiny) == 1 and tiny["size"].isna().all() and tiny["active"].isna().all()
    assert cm.pool_small_communities(summary, k=2)["size"].tolist() == summary["size"].tolist()
    plotting_reach.plot_community_sizes(tiny)  # blanked counts draw as no bar
    plotting_reach.plot_community_sizes(tiny, static=True)
