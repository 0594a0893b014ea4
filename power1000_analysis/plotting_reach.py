"""Charts of reach and communities: a table an analysis returned in, a figure out.

Same rules as ``plotting.py`` (DESIGN.md §7): ``plot_<thing>(table, *, static=False, …)``
draws a plotly figure, or with ``static=True`` a matplotlib one for PNG/SVG; nothing is
computed (beyond a drawing layout) and nothing is saved. Text from the data is escaped.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"n_active": [0, 10], "reach": [0.0, 12.0], "ci_low": [0.0, 11.0],
...                       "ci_high": [0.0, 13.0], "p10": [0.0, 10.0], "p90": [0.0, 15.0]})
>>> type(plot_reach_curve(table)).__name__
'Figure'
"""

from __future__ import annotations

import html
import math
from collections.abc import Hashable, Iterable

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

# one look for every chart: the shared figure and layout helpers of plotting.py
from power1000_analysis.plotting import (
    LABEL_FONTS_CSS,
    AnyFigure,
    _label_fonts,
    _layout,
    _short,
    _static,
    count_axis,
    count_axis_plotly,
    empty_chart,
    legend_outside,
)

__all__ = [
    "plot_community_network",
    "plot_community_sizes",
    "plot_observed_reach",
    "plot_reach_curve",
    "plot_share_curve",
]

_COLOURS = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#ff9da6",
    "#9d755d", "#bab0ac",
)  # fmt: skip
#: why the community charts can be empty
_NO_TIES = (
    "no communities: these exports show no ties between your contacts (shared group chats or posts)"
)
_POOLED = "#9a9a9a"  # communities.pool_small_members' pool: one group, not a community
#: the community chart's colours, one per community, none grey (the grey ones are the
#: pool and "other"): more communities than these share one "other" colour (review9 F13a)
_DISTINCT = tuple(colour for colour in _COLOURS if colour != "#bab0ac")
_OTHER = "#cdcdcd"  # the communities past the len(_DISTINCT) largest
_LINE, _BAND, _CI = "#4c78a8", "rgba(76,120,168,0.18)", "rgba(76,120,168,0.40)"


def _band(
    figure: go.Figure, x: pd.Series, low: pd.Series, high: pd.Series, fill: str, name: str
) -> None:
    figure.add_trace(
        go.Scatter(x=x, y=high, mode="lines", line={"width": 0}, showlegend=False, hoverinfo="skip")
    )
    figure.add_trace(
        go.Scatter(x=x, y=low, mode="lines", line={"width": 0}, fill="tonexty", fillcolor=fill, name=name, hoverinfo="skip")
    )  # fmt: skip


_YOU = "#e45756"  # the point where the user is now on the reach curve


def _you(table: pd.DataFrame, active_now: int | None) -> tuple[float, float, str] | None:
    """(active contacts, mean reach, legend name) of the user's point on the reach curve:
    the row for ``active_now`` when the curve has one, else read between its nearest rows
    (on the curve; at its last row beyond it); ``None`` without a count."""
    if active_now is None or table.empty:
        return None
    if active_now == 0 and table.attrs.get("status_known") == 0:
        # no export holds interactions: "unknown", not 0 (named, not drawn at the origin)
        return math.nan, math.nan, "you: active people unknown (no interactions in these exports)"
    rows = table.set_index("n_active")["reach"].sort_index()
    if active_now in rows.index:
        reach = float(rows.loc[active_now])
    else:
        reach = float(np.interp(active_now, rows.index.to_numpy(dtype=float), rows.to_numpy()))
    if active_now == 0:
        return 0.0, reach, "you: 0 active people, a post reaches no one"
    return float(active_now), reach, f"you: {active_now:,} active, ~{reach:,.0f} reached"


def plot_reach_curve(
    table: pd.DataFrame, *, active_now: int | None = None, static: bool = False
) -> AnyFigure:
    """Mean reach of one post against active contacts: 10–90% band of single posts, 95%
    interval of the mean, the line "reach = your contacts" for scale, and a dot where you
    are on the curve's date (review9 F9).

    Parameters
    ----------
    table
        ``reach.reach_curve`` output.
    active_now
        Your active people, marked on the curve (default: ``table.attrs["active_now"]``,
        which ``reach_curve`` sets; 0 is marked too, at the origin, and named).
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.
    """
    title = "Expected reach of one post by number of active contacts"
    x = table["n_active"]
    you = _you(table, active_now if active_now is not None else table.attrs.get("active_now"))
    if static:
        figure, axes = _static(title)
        axes.fill_between(
            x, table["p10"], table["p90"], color=_LINE, alpha=0.18, label="10–90% of posts"
        )
        axes.fill_between(x, table["ci_low"], table["ci_high"], color=_LINE, alpha=0.4, label="95% interval of mean")  # fmt: skip
        axes.plot(x, table["reach"], color=_LINE, label="mean reach")
        axes.plot(x, x, color="grey", linestyle="--", label="your contacts only")
        if you is not None:  # a NaN point: a legend entry with nothing drawn
            axes.plot(
                [you[0]], [you[1]], linestyle="none", marker="o", markersize=8, color=_YOU,
                markeredgecolor="white", zorder=5, label=you[2],
            )  # fmt: skip
        axes.set_xlabel("active contacts")
        axes.set_ylabel("people reached")
        legend_outside(axes)
        return figure
    figure = go.Figure()
    _band(figure, x, table["p10"], table["p90"], _BAND, "10–90% of posts")
    _band(figure, x, table["ci_low"], table["ci_high"], _CI, "95% interval of mean")
    figure.add_trace(
        go.Scatter(
            x=x, y=table["reach"], mode="lines+markers", name="mean reach", line={"color": _LINE},
            hovertemplate="%{x} active contacts: %{y:,.0f} people<extra></extra>",
        )
    )  # fmt: skip
    figure.add_trace(go.Scatter(x=x, y=x, mode="lines", name="your contacts only", line={"color": "grey", "dash": "dash"}))  # fmt: skip
    if you is not None:
        figure.add_trace(
            go.Scatter(
                x=[you[0]], y=[you[1]], mode="markers", name=html.escape(you[2]),
                marker={"color": _YOU, "size": 12, "line": {"color": "white", "width": 1}},
                hovertemplate=html.escape(you[2]) + "<extra></extra>",
            )
        )  # fmt: skip
    return _layout(figure, title, xaxis_title="active contacts", yaxis_title="people reached")


def plot_share_curve(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Mean reach against the share probability (log–log), with the analytic critical
    point (mean offspring = 1) and the change of regime seen in the simulation.

    Parameters
    ----------
    table
        ``reach.share_curve`` output (``attrs["critical"]``, ``attrs["simulated_critical"]``).
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.
    """
    critical = table.attrs.get("critical")
    simulated = table.attrs.get("simulated_critical", math.nan)
    title = "Reach of one post against the share probability"
    x = table["share_probability"]
    lines = []
    if critical is not None:
        lines.append((float(critical.value), "analytic critical point", "#e45756"))
    if simulated is not None and not math.isnan(simulated):
        lines.append((float(simulated), "simulated take-off", "#54a24b"))
    if static:
        figure, axes = _static(title)
        axes.fill_between(
            x, table["p10"], table["p90"], color=_LINE, alpha=0.18, label="10–90% of posts"
        )
        axes.plot(x, table["reach"], color=_LINE, marker="o", markersize=3, label="mean reach")
        for value, label, colour in lines:
            axes.axvline(value, color=colour, linestyle="--", label=f"{label} {value:.4f}")
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel("share probability")
        axes.set_ylabel("people reached")
        legend_outside(axes)
        return figure
    figure = go.Figure()
    _band(figure, x, table["p10"], table["p90"], _BAND, "10–90% of posts")
    figure.add_trace(
        go.Scatter(
            x=x, y=table["reach"], mode="lines+markers", name="mean reach", line={"color": _LINE},
            customdata=table[["mean_offspring", "take_off"]],
            hovertemplate="p = %{x:.4f} (R = %{customdata[0]:.2f}): %{y:,.0f} people, "
            "%{customdata[1]:.0%} took off<extra></extra>",
        )
    )  # fmt: skip
    for value, label, colour in lines:
        figure.add_vline(
            x=value, line_dash="dash", line_color=colour, annotation_text=f"{label} {value:.4f}"
        )
    figure.update_xaxes(type="log")
    figure.update_yaxes(type="log")
    return _layout(figure, title, xaxis_title="share probability", yaxis_title="people reached")


def _in_order(graph: nx.Graph, nodes: Iterable[Hashable]) -> nx.Graph:
    """The subgraph on ``nodes`` with its nodes and edges in sorted order.

    ``spring_layout`` places nodes by their order (its seeded start positions go to the
    nodes in turn), and ``graph.subgraph`` iterates a Python ``set``, whose order changes
    with each process's string-hash seed (``PYTHONHASHSEED``). Without sorting, every
    notebook kernel drew a different layout of the same data, so a report could not be
    rendered twice alike (nor a leak-scan hit in its coordinates be reproduced, issue #5).
    """
    sub = graph.subgraph(nodes)
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(sub.nodes(data=True), key=lambda item: str(item[0])))
    ends = sorted(
        (sorted((u, v), key=str) for u, v in sub.edges), key=lambda e: (str(e[0]), str(e[1]))
    )
    ordered.add_edges_from((u, v, sub.edges[u, v]) for u, v in ends)
    return ordered


def _positions(graph: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    """Spring-layout positions; the same graph, node order and seed give the same floats."""
    layout = nx.spring_layout(graph, seed=seed, k=1.5 / math.sqrt(max(len(graph), 1)))
    return {node: (float(xy[0]), float(xy[1])) for node, xy in layout.items()}


def _ring(nodes: Iterable[Hashable], graph: nx.Graph) -> dict[Hashable, tuple[float, float]]:
    """Positions evenly on a circle of radius 1.3 (outside a spring layout's [-1, 1] box)
    for the ``nodes`` that are in ``graph``, in ``str`` order: they depend only on how many
    there are and on their (pseudonymous) ids, never on the ties among them."""
    ring = sorted((n for n in nodes if n in graph), key=str)
    return {
        node: (
            1.3 * math.cos(2 * math.pi * i / len(ring)),
            1.3 * math.sin(2 * math.pi * i / len(ring)),
        )
        for i, node in enumerate(ring)
    }


def _community_groups(
    numbers: list[int], groups: list[str], drawn: list[bool], summary: pd.DataFrame | None
) -> tuple[dict[int, tuple[str, str]], list[int], dict[int, str]]:
    """Per community number, its (colour, legend name); the numbers drawn in legend order
    (the coloured communities largest first, then "other", then the pool); and per number
    its own name (for the hover: a dot of "other" names its community).

    The :data:`_DISTINCT` largest communities drawn (most people first, then by number)
    get a colour each, never shared; the rest share :data:`_OTHER` under one name, "other:
    N smaller communities (M people)"; the pool (-1) is :data:`_POOLED`. A community's
    name is ``N: label`` from ``summary`` as the sizes chart writes it (cut alike), else
    its ``group``."""
    size: dict[int, int] = {}
    name: dict[int, str] = {}
    for number, group, shown in zip(numbers, groups, drawn, strict=True):
        size[number] = size.get(number, 0) + int(shown)
        name.setdefault(number, group)
    if summary is not None and "label" in summary.columns:
        for number, label in zip(summary["community"], summary["label"], strict=True):
            if int(number) >= 0 and int(number) in name:
                name[int(number)] = _short(f"{int(number)}: {label}")
    ranked = sorted((n for n in size if n >= 0), key=lambda n: (-size[n], n))
    coloured, rest = ranked[: len(_DISTINCT)], ranked[len(_DISTINCT) :]
    people = sum(size[n] for n in rest)
    other = (
        f"other: {len(rest)} smaller communit{'ies' if len(rest) != 1 else 'y'} ({people} people)"
    )
    styles = {n: (_DISTINCT[i], name[n]) for i, n in enumerate(coloured)}
    styles.update(dict.fromkeys(rest, (_OTHER, other)))
    pooled = [n for n in size if n < 0 and size[n]]
    styles.update({n: (_POOLED, name[n]) for n in size if n < 0})
    return styles, [n for n in ranked if size[n]] + pooled, name


def plot_community_network(
    members: pd.DataFrame,
    *,
    graph: nx.Graph,
    summary: pd.DataFrame | None = None,
    show_names: bool = True,
    seed: int = 0,
    static: bool = False,
) -> AnyFigure:
    """The people tied to one another, coloured by community, with a legend.

    The nine largest communities have a colour each (no two alike, review9 F13a: ten
    colours went round twelve communities with no legend); smaller ones share one light
    grey, "other: N smaller communities"; the legend names each colour (PNG/SVG and
    HTML), and hovering a dot names its own community.

    Parameters
    ----------
    members
        ``communities.communities`` output; in anonymised output
        ``communities.pool_small_members`` output, whose pooled small communities
        (``community`` -1) are drawn as one grey group without their structure: left out of
        the layout, none of their ties drawn, their dots evenly on a ring around the others
        in pseudonym order (issue #5); the title says how many they are. An optional
        ``group`` column names each person's group in the legend and on hover (default
        ``community N``).
    graph
        The contact graph (its person–person edges are drawn).
    summary
        ``communities.community_summary`` (or ``pool_small_communities``) output: the
        legend names a community ``N: label`` as the sizes chart does; without it, by its
        group.
    show_names
        Names on hover (plotly) — ``False`` in anonymised output: group only.
    seed
        Seed of the layout.
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.
    """
    title = "Communities among your contacts"
    if members.empty:
        return empty_chart(title, _NO_TIES, static=static)
    numbers = [int(str(c)) for c in members["community"]]
    pooled = [n for n, c in zip(members["person_id"], numbers, strict=True) if c < 0]
    # issue #5: the pooled people are left out of the layout and their ties are not drawn
    # (a layout or an edge among them would show each small community as its own cluster);
    # their dots sit evenly on a ring around the others, in pseudonym order: the same
    # picture for any ties among any pooled people of that number
    people = _in_order(
        graph, [n for n, c in zip(members["person_id"], numbers, strict=True) if c >= 0]
    )
    where = _positions(people, seed)
    where.update(_ring(pooled, graph))
    note = (
        f"{len(pooled)} people of pooled small communities on the outer ring, their ties not drawn"
        if pooled
        else ""
    )
    groups = (
        members["group"].astype(str).tolist()
        if "group" in members.columns
        else [f"community {c}" for c in numbers]
    )
    styles, order, names = _community_groups(
        numbers, groups, [n in where for n in members["person_id"]], summary
    )
    colour = {n: styles[c][0] for n, c in zip(members["person_id"], numbers, strict=True)}
    edges = [(u, v) for u, v in people.edges if u in where and v in where]
    if static:
        from matplotlib.lines import Line2D

        figure, axes = _static(f"{title}\n{note}" if note else title, width=7.0, height=6.0)
        for u, v in edges:
            axes.plot(
                *zip(where[u], where[v], strict=True), color="#cccccc", linewidth=0.6, zorder=1
            )
        nodes = list(where)
        axes.scatter([where[n][0] for n in nodes], [where[n][1] for n in nodes], c=[colour[n] for n in nodes], s=30, zorder=2)  # fmt: skip
        axes.set_axis_off()
        entries = dict.fromkeys(styles[c] for c in order)  # "other" once
        handles = [
            Line2D([], [], linestyle="none", marker="o", markersize=6, color=c, label=label)
            for c, label in entries
        ]
        if handles:
            axes.legend(
                handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0,
                frameon=False, prop={"family": _label_fonts()},
            )  # fmt: skip
        return figure
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for u, v in edges:
        edge_x += [where[u][0], where[v][0], None]
        edge_y += [where[u][1], where[v][1], None]
    figure = go.Figure(go.Scatter(x=edge_x, y=edge_y, mode="lines", line={"color": "#cccccc", "width": 0.7}, hoverinfo="skip", showlegend=False))  # fmt: skip
    table = pd.DataFrame(
        {"person_id": members["person_id"].to_numpy(), "name": members["name"].to_numpy(),
         "community": numbers, "group": groups}
    )  # fmt: skip
    # one trace per legend entry: the coloured communities, "other" (all of them in one),
    # the pool (-1) last as in the table beside the chart; each dot's hover names its own
    traces: dict[tuple[str, str], list[int]] = {}
    for number in order:
        traces.setdefault(styles[number], []).append(number)
    for (dot, legend), inside in traces.items():
        group = table[table["community"].isin(inside) & table["person_id"].isin(list(where))]
        text = [
            html.escape(
                f"{name} — {names[c]}" if show_names and isinstance(name, str) else names[c]
            )
            for name, c in zip(group["name"], group["community"], strict=True)
        ]
        figure.add_trace(
            go.Scatter(
                x=[where[n][0] for n in group["person_id"]], y=[where[n][1] for n in group["person_id"]],
                mode="markers", marker={"color": dot, "size": 9},
                name=html.escape(legend), text=text, hovertemplate="%{text}<extra></extra>",
            )
        )  # fmt: skip
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    _layout(figure, title)
    if note:  # a subtitle line under the (escaped) title
        figure.update_layout(title_text=f"{html.escape(title)}<br><sup>{html.escape(note)}</sup>")
    return figure


def plot_community_sizes(summary: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """People per community (active ones darker), labelled by what members share.

    Labels are cut to 30 characters ("…"; the full label is in the table and the
    interactive chart's hover) and drawn with fallback fonts (``plotting.LABEL_FONTS``) so
    that thread titles in any script render where a font for it is installed.

    Parameters
    ----------
    summary
        ``communities.community_summary`` output.
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.
    """
    title = "Community sizes and what their members share"
    if summary.empty:
        return empty_chart(title, _NO_TIES, static=static)
    full = [
        f"{n}: {label}" if n >= 0 else str(label)  # -1: pooled small communities
        for n, label in zip(summary["community"], summary["label"], strict=True)
    ]
    labels = [_short(label) for label in full]  # "n: " keeps cut labels apart
    # blanked counts (pool_small_communities) are drawn as no bar
    active = pd.to_numeric(summary["active"]).astype(float)
    others = pd.to_numeric(summary["size"]).astype(float) - active
    if static:
        figure, axes = _static(title, width=8.0, height=max(3.0, 0.35 * len(summary) + 1.5))
        axes.barh(labels, active, color=_COLOURS[0], label="active")
        axes.barh(labels, others, left=active, color="#bbbbbb", label="not active")
        axes.invert_yaxis()
        axes.tick_params(axis="y", labelfontfamily=_label_fonts())
        axes.set_xlabel("people")
        count_axis(axes, "x")
        # beside the bars: over them the grey "not active" swatch vanished into a bar
        legend_outside(axes)
        return figure
    safe = [html.escape(label) for label in labels]
    hover = [html.escape(label) for label in full]
    figure = go.Figure(
        [
            go.Bar(y=safe, x=active, orientation="h", name="active", marker_color=_COLOURS[0],
                   text=hover, hovertemplate="%{text}: %{x} active<extra></extra>",
                   textposition="none"),
            go.Bar(y=safe, x=others, orientation="h", name="not active", marker_color="#bbbbbb",
                   text=hover, hovertemplate="%{text}: %{x} not active<extra></extra>",
                   textposition="none"),
        ]
    )  # fmt: skip
    figure.update_yaxes(autorange="reversed", tickfont={"family": LABEL_FONTS_CSS})
    count_axis_plotly(figure, summary["size"], "x")
    return _layout(figure, title, barmode="stack", xaxis_title="people")


def plot_observed_reach(
    table: pd.DataFrame, trend: pd.DataFrame, *, static: bool = False
) -> AnyFigure:
    """Engagement (likes + reposts) per own post against the active contacts at its time,
    with the fitted trend and its 95% interval (or, without a fit, why not).

    Parameters
    ----------
    table
        ``reach.observed_reach`` output.
    trend
        ``reach.observed_reach_trend`` output.
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.
    """
    x_column = str(trend.attrs.get("x", "active_contacts"))
    elasticity = trend.attrs.get("elasticity")
    note = (
        f"elasticity {elasticity}"
        if not trend.empty and elasticity is not None
        else f"no trend: {trend.attrs.get('reason') or 'no fit'}"
    )
    title = f"Engagement per post by active contacts at the time ({note})"
    if table.empty:
        return empty_chart(
            "Engagement per post by active contacts at the time",
            "no posts of yours with like and repost counts (only an X archive has them)",
            static=static,
        )
    x, y = table[x_column], pd.to_numeric(table["engagement"], errors="coerce")
    if static:
        figure, axes = _static(title, width=8.0)
        axes.scatter(x, y, s=12, color="grey", alpha=0.6, label="posts")
        if not trend.empty:
            axes.fill_between(trend["n_active"], trend["ci_low"], trend["ci_high"], color=_LINE, alpha=0.3, label="95% interval")  # fmt: skip
            axes.plot(trend["n_active"], trend["engagement"], color=_LINE, label="fitted trend")
        axes.set_xlabel("active contacts at the time of the post")
        axes.set_ylabel("likes + reposts")
        legend_outside(axes)
        return figure
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(
            x=x, y=y, mode="markers", name="posts", marker={"color": "grey", "opacity": 0.6},
            text=table["at"].astype(str),
            hovertemplate="%{text}: %{y} with %{x} active contacts<extra></extra>",
        )
    )  # fmt: skip
    if not trend.empty:
        _band(figure, trend["n_active"], trend["ci_low"], trend["ci_high"], _CI, "95% interval")
        figure.add_trace(go.Scatter(x=trend["n_active"], y=trend["engagement"], mode="lines", name="fitted trend", line={"color": _LINE}))  # fmt: skip
    return _layout(
        figure,
        title,
        xaxis_title="active contacts at the time of the post",
        yaxis_title="likes + reposts",
    )
