"""Communities (issue #9): Louvain recovers a planted partition; labels say what members
share; the owner never glues everyone into one community."""

from __future__ import annotations

import json
import random
import warnings
from collections.abc import Sequence
from typing import Any

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
    assert row["label"] == "book club (3), group thread (2) · Acme (2) · linkedin (3)"
    hidden = cm.community_summary(graph, cm.communities(graph), label_from=["platforms"])
    assert hidden["label"].iloc[0] == "linkedin (3)"


def _clique(people: Sequence[tuple[str, str | None, str]]) -> nx.Graph:
    """One community: every pair of (person, company, platforms) tied in one thread."""
    graph = nx.Graph()
    for person, company, platforms in people:
        graph.add_node(person, platforms=platforms, status="active", company=company)
    names = [p for p, _, _ in people]
    for i, u in enumerate(names):
        for v in names[i + 1 :]:
            graph.add_edge(u, v, kind="co", weight=1, threads=("choir_0a1b2c3d4e",))
    return graph


def test_labels_name_only_what_at_least_two_members_share() -> None:
    # review10 R6: "University of Lisbon (1), Café Ñandú (1)" labelled a 12-person
    # community by companies one member each held
    people = [
        ("a", "Acme", "facebook"),
        ("b", "Acme", "facebook"),
        ("c", "Solo Ltd", "facebook,quora"),
        ("d", None, "facebook"),
    ]
    row = cm.community_summary(_clique(people), cm.communities(_clique(people))).iloc[0]
    assert row["companies"] == [("Acme", 2)]
    assert row["platforms"] == [("facebook", 4)]  # quora: one member
    assert row["label"] == "choir (4) · Acme (2) · facebook (4)"
    alone = [("a", "Acme", "x"), ("b", "Bolt", "linkedin")]
    row = cm.community_summary(_clique(alone), cm.communities(_clique(alone))).iloc[0]
    assert (row["companies"], row["platforms"]) == ([], [])
    assert row["label"] == "choir (2)"


def test_label_ties_do_not_depend_on_the_member_order() -> None:
    # review10 R6: the same members were "facebook (12), linkedin (3)" in the plain report
    # and "facebook (12), addressbook (3)" in the anonymised one (other pseudonym order)
    people = [
        ("p1", None, "facebook,linkedin"),
        ("p2", None, "facebook,linkedin"),
        ("p3", None, "addressbook,facebook"),
        ("p4", None, "addressbook,facebook"),
        ("p5", None, "facebook,x"),
        ("p6", None, "facebook,x"),
    ]
    labels = set()
    for order in (people, people[::-1], people[2:] + people[:2]):
        graph = _clique(order)
        labels.add(cm.community_summary(graph, cm.communities(graph))["label"].iloc[0])
    assert labels == {"choir (6) · facebook (6), addressbook (2)"}


def test_labels_use_the_thread_titles_the_export_gives() -> None:
    """ux8 #11: a Messenger folder is a slug plus a mixed id ("marathon_sffsfid76"); the
    label is the export's title, else the slug without the whole id."""
    graph = nx.Graph(thread_titles={"foobarandjohndoe_sf5d4f56sd_gf": "Foo Bar and John Doe"})
    for person in "abc":
        graph.add_node(person, platforms="facebook", status="active")
    graph.add_edge("a", "b", kind="co", weight=1, threads=("foobarandjohndoe_sf5d4f56sd_gf",))
    graph.add_edge("b", "c", kind="co", weight=1, threads=("foobarandjohndoe_sf5d4f56sd_gf",))
    graph.add_edge("a", "c", kind="co", weight=1, threads=("marathon_sffsfid76",))
    label = cm.community_summary(graph, cm.communities(graph))["label"].iloc[0]
    assert label == "Foo Bar and John Doe (3), marathon (2) · facebook (3)"
    assert (
        cm._thread_title("teflonmuskfoobarandjohndoe_sf5d4f56sd_gf") == "teflonmuskfoobarandjohndoe"
    )
    assert cm._thread_title("thread-0003") == "group thread"  # an anonymised key


def test_real_messenger_communities_are_labelled_by_title(real_fixtures: Any) -> None:
    import power1000_analysis as p1k
    from power1000_analysis.anonymize import for_report, sensitive_strings

    net = p1k.load(real_fixtures / "facebook" / "tardigrde-facebook-data-miner")
    shown = for_report(net, anonymize=False)
    graph = shown.graph()
    labels = " | ".join(cm.community_summary(graph, cm.communities(graph))["label"])
    assert "Foo Bar, John Doe and Bugs Bunny (3)" in labels and "marathon (2)" in labels
    assert "Tőke Hal, Foo Bar, Donald Duck and 2 others (3)" in labels  # mojibake repaired
    assert "sffsfid76" not in labels and "teflonmusk" not in labels
    # anonymised: no title survives (titles list members), only "group thread"
    hidden = for_report(net, anonymize=True)
    assert "thread_title" not in hidden.interactions
    graph = hidden.graph()
    labels = " | ".join(cm.community_summary(graph, cm.communities(graph))["label"])
    assert "group thread" in labels
    secrets = sensitive_strings(net)
    assert {"marathon", "Foo Bar, John Doe and Bugs Bunny"} <= secrets
    assert not [s for s in secrets if s.casefold() in labels.casefold()]


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


def test_community_sizes_labels_are_short_and_fall_back_to_cjk_fonts() -> None:
    """Thread titles make long labels in any script: the chart cuts them to 30 characters
    (the full label in the hover) and draws them with fallback fonts (ux7: CJK titles were
    empty boxes in the PNG)."""
    from matplotlib import font_manager

    long = "北京大学校友会读书俱乐部 (12), 上海同学周末聚会群 (8) · facebook (20)"
    summary = pd.DataFrame(
        {"community": [0, 1], "size": [20, 6], "active": [5, 2], "label": [long, "x (6)"]}
    )
    static = plotting_reach.plot_community_sizes(summary, static=True)
    with warnings.catch_warnings():  # "Glyph … missing" where no CJK font is installed
        warnings.simplefilter("ignore", UserWarning)
        static.canvas.draw()
    ticks = static.axes[0].get_yticklabels()
    assert [t.get_text() for t in ticks] == [f"0: {long}"[:29] + "…", "1: x (6)"]
    families = ticks[0].get_fontfamily()
    assert families[0] == "DejaVu Sans" and families[-1] == "sans-serif"
    installed = {font.name for font in font_manager.fontManager.ttflist}
    assert {"Noto Sans CJK JP", "WenQuanYi Zen Hei"} & installed <= set(families)

    bars = json.loads(plotting_reach.plot_community_sizes(summary).to_json())
    assert bars["data"][0]["y"] == [f"0: {long}"[:29] + "…", "1: x (6)"]
    assert bars["data"][0]["text"][0] == f"0: {long}"  # hover: the whole label
    assert "Noto Sans CJK" in bars["layout"]["yaxis"]["tickfont"]["family"]


def _traces(figure: Any) -> dict[str, Any]:
    """The marker traces of a plotly community chart, by legend name."""
    data = json.loads(figure.to_json())["data"]
    return {t["name"]: t for t in data if t.get("mode") == "markers"}


def _segments(figure: Any) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The edge segments drawn in a plotly community chart (its lines trace)."""
    lines = [t for t in json.loads(figure.to_json())["data"] if t.get("mode") == "lines"]
    x, y = lines[0]["x"], lines[0]["y"]
    return [((x[i], y[i]), (x[i + 1], y[i + 1])) for i in range(0, len(x), 3)]


def test_anonymised_network_chart_pools_small_communities_like_the_table() -> None:
    """Issue #5: the anonymised table pools communities under ``k`` people, and so does
    the network chart: the 3 and the 2 of planted communities of 8, 6, 3 and 2 people are
    one grey group named by the table's pooled row. Pooling the colour alone was not
    enough (review of session 5): laid out with the others and drawn with their ties, the
    pool still showed each small community as its own cluster. So the pool's dots carry no
    structure: no drawn edge has a pooled end, and their places are the same whatever the
    ties among them (or to the others) are; the others are laid out as without them."""
    graph = _planted([8, 6, 3, 2], 1.0, 0.0, 1)
    members = cm.communities(graph, seed=0)
    table = cm.pool_small_communities(cm.community_summary(graph, members), k=5)
    pooled_label = table.loc[table["community"] == -1, "label"].item()
    drawn = cm.pool_small_members(members, k=5)
    assert drawn["person_id"].tolist() == members["person_id"].tolist()
    assert drawn.groupby("community").size().to_dict() == {-1: 5, 0: 8, 1: 6}
    assert set(drawn.loc[drawn["community"] == -1, "group"]) == {pooled_label}
    plain = _traces(plotting_reach.plot_community_network(members, graph=graph, show_names=False))  # fmt: skip
    figure = plotting_reach.plot_community_network(drawn, graph=graph, show_names=False)
    traces = _traces(figure)
    assert list(plain) == ["community 0", "community 1", "community 2", "community 3"]
    assert list(traces) == ["community 0", "community 1", pooled_label]
    pool = traces[pooled_label]
    assert pool["text"] == [pooled_label] * 5
    assert pool["marker"]["color"] not in {t["marker"]["color"] for t in plain.values()}
    assert "5 people of pooled small communities" in figure.layout.title.text
    dots = set(zip(pool["x"], pool["y"], strict=True))
    assert len(dots) == 5
    segments = _segments(figure)
    assert segments and not [s for s in segments if s[0] in dots or s[1] in dots]
    # the non-anonymised chart draws the small communities' ties: the check above can fail
    plain_dots = {
        (x, y)
        for name in ("community 2", "community 3")
        for x, y in zip(plain[name]["x"], plain[name]["y"], strict=True)
    }
    plain_figure = plotting_reach.plot_community_network(members, graph=graph, show_names=False)
    assert [s for s in _segments(plain_figure) if s[0] in plain_dots and s[1] in plain_dots]
    # rewired pool (its ties inside and to the others): the same chart, dot for dot
    small = drawn.loc[drawn["community"] == -1, "person_id"].tolist()
    rewired = graph.copy()
    rewired.remove_edges_from([(u, v) for u, v in graph.edges if u in small or v in small])
    rewired.add_edges_from([(small[0], small[4]), (small[1], small[3]), (small[2], 0)])
    again = plotting_reach.plot_community_network(drawn, graph=rewired, show_names=False)
    assert again.to_json() == figure.to_json()
    # the others are laid out as if the pool were not there
    without = members[~members["person_id"].isin(small)]
    alone = _traces(plotting_reach.plot_community_network(without, graph=graph, show_names=False))
    for name in ("community 0", "community 1"):
        assert traces[name] == alone[name]
    static = plotting_reach.plot_community_network(drawn, graph=graph, static=True)
    colours = static.axes[0].collections[0].get_facecolors()
    assert len({tuple(c) for c in colours}) == 3  # three groups, not four communities
    assert len(static.axes[0].lines) == len(segments)  # the same edges, none to the pool
    note = "5 people of pooled small communities on the outer ring, their ties not drawn"
    assert figure.layout.title.text.endswith(f"<br><sup>{note}</sup>")
    # the static title is wrapped to the figure's width (plotting._static): compare the words
    title = static.axes[0].get_title()
    assert title.startswith("Communities among your contacts\n")
    assert " ".join(title.split("\n", 1)[1].split()) == note


def test_pooled_members_follow_the_tables_pooling_and_hide_a_too_small_whole() -> None:
    """The chart's groups are the table's rows (same label, same size) for a lone small
    community pooled with the smallest other, two small ones, and none."""
    graph = _planted([8, 6, 3, 2], 1.0, 0.0, 1)
    members = cm.communities(graph, seed=0)
    summary = cm.community_summary(graph, members)
    for sizes in ([8, 2], [6, 3, 2], [8, 6]):
        numbers = summary.loc[summary["size"].isin(sizes), "community"]
        some = members[members["community"].isin(numbers)]
        table = cm.pool_small_communities(summary[summary["community"].isin(numbers)], k=5)
        drawn = cm.pool_small_members(some, k=5)
        rows = zip(table["community"], table["label"], table["size"], strict=True)
        expected = {label if n < 0 else f"community {n}": size for n, label, size in rows}
        assert drawn.groupby("group").size().to_dict() == expected
    # everyone together under k: the table blanks the counts, the chart draws no one
    tiny = members[members["community"].isin(summary.loc[summary["size"] == 3, "community"])]
    assert cm.pool_small_members(tiny, k=5).empty
    figure = plotting_reach.plot_community_network(cm.pool_small_members(tiny, k=5), graph=graph)
    assert _traces(figure) == {}
    assert (
        cm.pool_small_members(members, k=2)["community"].tolist() == members["community"].tolist()
    )
