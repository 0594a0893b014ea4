"""The community chart names its colours (review9 F13a): twelve communities were drawn in
ten colours that went round (communities 0 and 10 alike) with no legend in the PNG."""

from __future__ import annotations

import networkx as nx
import pandas as pd
from matplotlib.colors import to_hex

from power1000_analysis import plotting_reach

SIZES = [12, 10, 9, 8, 7, 6, 5, 4, 4, 3, 3, 2]  # twelve communities, more than any palette


def _communities() -> tuple[pd.DataFrame, nx.Graph]:
    graph = nx.Graph()
    rows = []
    for number, size in enumerate(SIZES):
        people = [f"p{number:02d}{i:02d}" for i in range(size)]
        graph.add_edges_from((a, b) for a in people for b in people if a < b)
        rows += [{"person_id": p, "name": p.upper(), "community": number} for p in people]
    return pd.DataFrame(rows), graph


def _drawn_colours(figure: object, graph: nx.Graph, members: pd.DataFrame) -> dict[int, set[str]]:
    """Per community, the colours of its dots in a static community chart."""
    dots = figure.axes[0].collections[0]  # type: ignore[attr-defined]
    offsets = zip(dots.get_offsets(), dots.get_facecolors(), strict=True)
    where = {tuple(xy): to_hex(c) for xy, c in offsets}
    positions = plotting_reach._positions(plotting_reach._in_order(graph, members["person_id"]), 0)
    return {
        int(number): {where[tuple(positions[p])] for p in part["person_id"]}
        for number, part in members.groupby("community")
    }


def test_no_two_communities_share_a_colour_and_a_legend_names_them() -> None:
    members, graph = _communities()
    figure = plotting_reach.plot_community_network(members, graph=graph, static=True)
    colour = _drawn_colours(figure, graph, members)
    assert all(len(found) == 1 for found in colour.values())  # one colour a community
    coloured = [colour[n].pop() for n in range(9)]  # the nine largest
    assert len(set(coloured)) == 9  # none shared
    rest = {colour[n].pop() for n in range(9, 12)}
    assert len(rest) == 1 and rest.isdisjoint(coloured)  # one "other" colour, not theirs
    legend = figure.axes[0].get_legend()
    assert legend is not None
    texts = [text.get_text() for text in legend.get_texts()]
    other = "other: 3 smaller communities (8 people)"
    assert texts == [f"community {n}" for n in range(9)] + [other]
    swatches = [to_hex(handle.get_color()) for handle in legend.legend_handles]
    assert swatches == [*coloured, rest.pop()]


def test_the_legend_names_communities_as_the_sizes_chart_does() -> None:
    members, graph = _communities()
    labels = [f"club {n}" for n in range(len(SIZES))]
    summary = pd.DataFrame({"community": range(len(SIZES)), "label": labels})
    static = plotting_reach.plot_community_network(
        members, graph=graph, summary=summary, static=True
    )
    texts = [text.get_text() for text in static.axes[0].get_legend().get_texts()]
    assert texts == [f"{n}: club {n}" for n in range(9)] + [
        "other: 3 smaller communities (8 people)"
    ]
    # the interactive chart: the same names and colours, "other" one trace
    figure = plotting_reach.plot_community_network(members, graph=graph, summary=summary)
    traces = [t for t in figure.data if t.mode == "markers"]
    assert [t.name for t in traces] == texts
    handles = static.axes[0].get_legend().legend_handles
    assert [t.marker.color for t in traces] == [to_hex(h.get_color()) for h in handles]
    assert "P0900 — 9: club 9" in traces[-1].text  # a dot of "other" names its own community
