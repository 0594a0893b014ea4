"""One function per chart: a table an analysis returned in, a figure out (DESIGN.md §7).

Every ``plot_<thing>(table, *, static=False, …)`` draws a plotly figure for interactive use,
or with ``static=True`` a matplotlib figure for PNG/SVG files (no browser needed). A plot
never computes a statistic and never saves anything; ``report.chart`` does the saving.

Text that comes from the data (platform names, combinations) is escaped before plotly sees
it, because plotly renders a small subset of HTML in labels.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"platform": ["x", "all platforms"], "people": [3, 3], "goal": 1000})
>>> type(plot_platform_counts(table)).__name__
'Figure'
>>> plot_platform_counts(table, static=True).axes[0].get_title()
'People per platform against the goal of 1000'
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TypeAlias

import pandas as pd
import plotly.graph_objects as go
from matplotlib.axes import Axes
from matplotlib.figure import Figure as StaticFigure

__all__ = [
    "AnyFigure",
    "plot_account_overlap",
    "plot_growth",
    "plot_platform_counts",
    "plot_platform_overlap",
    "plot_snapshot_changes",
]

AnyFigure: TypeAlias = go.Figure | StaticFigure

#: the label growth.py gives the row that sums over platforms.
_ALL = "all platforms"
_TOTAL_COLOUR = "#333333"
_COLOURS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b")
_JOINED, _LEFT = "#54a24b", "#e45756"


def _safe(values: Iterable[object]) -> list[str]:
    return [html.escape(str(value)) for value in values]


def _colour(index: int, label: str) -> str:
    return _TOTAL_COLOUR if label == _ALL else _COLOURS[index % len(_COLOURS)]


def _static(title: str, *, width: float = 7.0, height: float = 4.0) -> tuple[StaticFigure, Axes]:
    figure = StaticFigure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title)
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _layout(figure: go.Figure, title: str, **extra: object) -> go.Figure:
    figure.update_layout(
        title=html.escape(title),
        template="plotly_white",
        margin={"l": 60, "r": 20, "t": 60, "b": 50},
        **extra,
    )
    return figure


def _goal(table: pd.DataFrame) -> int | None:
    if "goal" not in table.columns or table.empty:
        return None
    return int(table["goal"].iloc[0])


def plot_platform_counts(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Bars of people per platform and overall, with the goal as a dashed line.

    Parameters
    ----------
    table
        ``growth.platform_counts`` output (``platform``, ``people``, ``goal``).
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x", "all platforms"], "people": [3, 3], "goal": 9})
    >>> len(plot_platform_counts(t).data)
    1
    """
    goal = _goal(table)
    title = "People per platform" + (f" against the goal of {goal}" if goal else "")
    labels = table["platform"].astype(str).tolist()
    colours = [_colour(i, label) for i, label in enumerate(labels)]
    if static:
        figure, axes = _static(title)
        axes.bar(labels, table["people"], color=colours)
        if goal:
            axes.axhline(goal, linestyle="--", color="grey")
            axes.annotate(f"goal {goal}", (0, goal), xytext=(2, 2), textcoords="offset points")
        axes.set_ylabel("people")
        return figure
    figure = go.Figure(
        go.Bar(
            x=_safe(labels),
            y=table["people"],
            marker_color=colours,
            hovertemplate="%{x}: %{y} people<extra></extra>",
        )
    )
    if goal:
        figure.add_hline(
            y=goal, line_dash="dash", line_color="grey", annotation_text=f"goal {goal}"
        )
    return _layout(figure, title, yaxis_title="people")


def plot_growth(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Network size over time, one line per platform and a thicker one for all of them.

    Parameters
    ----------
    table
        ``growth.growth_table`` output (``platform``, ``period_end``, ``contacts``).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": "x", "period_end": pd.to_datetime(["2024-01-31"]),
    ...                   "contacts": [4]})
    >>> plot_growth(t).data[0].name
    'x'
    """
    title = "Network size over time"
    platforms = list(dict.fromkeys(table["platform"].astype(str)))
    if static:
        figure, axes = _static(title)
        for index, platform in enumerate(platforms):
            rows = table[table["platform"] == platform]
            axes.step(
                rows["period_end"].dt.tz_localize(None)
                if rows["period_end"].dt.tz is not None
                else rows["period_end"],
                rows["contacts"],
                where="post",
                label=platform,
                color=_colour(index, platform),
                linewidth=2.5 if platform == _ALL else 1.5,
            )
        axes.set_ylabel("contacts")
        if platforms:
            axes.legend(frameon=False)
        return figure
    figure = go.Figure()
    for index, platform in enumerate(platforms):
        rows = table[table["platform"] == platform]
        figure.add_trace(
            go.Scatter(
                x=rows["period_end"],
                y=rows["contacts"],
                name=html.escape(platform),
                mode="lines",
                line={"shape": "hv", "width": 3 if platform == _ALL else 1.5},
                line_color=_colour(index, platform),
            )
        )
    return _layout(figure, title, yaxis_title="contacts", hovermode="x unified")


def plot_snapshot_changes(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Who joined (up) and who left (down) between consecutive snapshots.

    Parameters
    ----------
    table
        ``growth.snapshot_changes`` output (``platform``, ``after``, ``joined``, ``left``).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x"], "after": pd.to_datetime(["2024-07-01"]),
    ...                   "joined": [2], "left": [1]})
    >>> [trace.name for trace in plot_snapshot_changes(t).data]
    ['joined', 'left']
    """
    title = "Joined and left between snapshots"
    labels = [
        f"{platform} {pd.Timestamp(after):%Y-%m-%d}"
        for platform, after in zip(table["platform"], table["after"], strict=True)
    ]
    if static:
        figure, axes = _static(title)
        axes.bar(labels, table["joined"], color=_JOINED, label="joined")
        axes.bar(labels, -table["left"], color=_LEFT, label="left")
        axes.axhline(0, color="black", linewidth=0.8)
        axes.set_ylabel("contacts")
        if labels:
            axes.legend(frameon=False)
        axes.tick_params(axis="x", labelrotation=30)
        return figure
    figure = go.Figure(
        [
            go.Bar(x=_safe(labels), y=table["joined"], name="joined", marker_color=_JOINED),
            go.Bar(
                x=_safe(labels),
                y=-table["left"],
                name="left",
                marker_color=_LEFT,
                customdata=table["left"],
                hovertemplate="%{x}: %{customdata} left<extra></extra>",
            ),
        ]
    )
    return _layout(figure, title, barmode="relative", yaxis_title="contacts")


def plot_platform_overlap(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """People per combination of platforms (horizontal bars, largest first).

    Parameters
    ----------
    table
        ``growth.platform_overlap`` output (``platforms``, ``people``); rows whose
        ``people`` is missing (suppressed small groups) are drawn as empty.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platforms": ["x", "x+linkedin"], "people": [5, 2]})
    >>> list(plot_platform_overlap(t).data[0].y)
    ['x+linkedin', 'x']
    """
    title = "People by combination of platforms"
    ordered = table.iloc[::-1]
    labels = ordered["platforms"].astype(str).tolist()
    people = pd.to_numeric(ordered["people"], errors="coerce").fillna(0)
    if static:
        figure, axes = _static(title, height=max(2.5, 0.4 * len(labels) + 1.5))
        axes.barh(labels, people, color=_COLOURS[0])
        axes.set_xlabel("people")
        return figure
    figure = go.Figure(
        go.Bar(
            x=people,
            y=_safe(labels),
            orientation="h",
            marker_color=_COLOURS[0],
            hovertemplate="%{y}: %{x} people<extra></extra>",
        )
    )
    return _layout(figure, title, xaxis_title="people")


def plot_account_overlap(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """UpSet-style chart: people per combination of platforms (bars) above a dot matrix of
    which platforms each combination holds.

    Parameters
    ----------
    table
        ``growth.platform_overlap`` output (``platforms`` joined by ``+``, ``people``);
        missing ``people`` (suppressed small groups) are drawn as empty bars.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platforms": ["x", "linkedin+x"], "people": [5, 2]})
    >>> list(plot_account_overlap(t).data[0].x)
    ['x', 'linkedin+x']
    >>> len(plot_account_overlap(t, static=True).axes)
    2
    """
    title = "People by the platforms they are on"
    combos = table["platforms"].astype(str).tolist()
    people = pd.to_numeric(table["people"], errors="coerce").fillna(0)
    members = [combo.split("+") for combo in combos]
    platforms = sorted({p for parts in members for p in parts}, reverse=True)
    cells = [
        (x, y) for x, parts in enumerate(members) for y, p in enumerate(platforms) if p in parts
    ]
    if static:
        figure = StaticFigure(
            figsize=(max(5.0, 0.45 * len(combos) + 2.5), 5.5), layout="constrained"
        )
        bars, matrix = figure.subplots(
            2, 1, sharex=True, height_ratios=[3, max(1, len(platforms)) * 0.4]
        )
        bars.set_title(title)
        bars.bar(range(len(combos)), people, color=_COLOURS[0])
        bars.set_ylabel("people")
        bars.spines[["top", "right"]].set_visible(False)
        grid = [(x, y) for x in range(len(combos)) for y in range(len(platforms))]
        matrix.scatter([g[0] for g in grid], [g[1] for g in grid], color="#dddddd", s=40)
        matrix.scatter([c[0] for c in cells], [c[1] for c in cells], color=_TOTAL_COLOUR, s=40)
        matrix.set_yticks(range(len(platforms)), platforms)
        matrix.set_xticks(range(len(combos)), [""] * len(combos))
        matrix.spines[["top", "right", "bottom", "left"]].set_visible(False)
        return figure
    from plotly.subplots import make_subplots

    figure = make_subplots(
        rows=2, cols=1, shared_xaxes=True, row_heights=[0.7, 0.3], vertical_spacing=0.03
    )
    labels = _safe(combos)
    figure.add_trace(
        go.Bar(
            x=labels,
            y=people,
            marker_color=_COLOURS[0],
            hovertemplate="%{x}: %{y} people<extra></extra>",
        ),
        row=1,
        col=1,
    )
    safe_platforms = _safe(platforms)
    figure.add_trace(
        go.Scatter(
            x=[labels[x] for x in range(len(combos)) for _ in platforms],
            y=[p for _ in combos for p in safe_platforms],
            mode="markers",
            marker={"color": "#dddddd", "size": 10},
            hoverinfo="skip",
        ),
        row=2,
        col=1,
    )
    figure.add_trace(
        go.Scatter(
            x=[labels[x] for x, _ in cells],
            y=[safe_platforms[y] for _, y in cells],
            mode="markers",
            marker={"color": _TOTAL_COLOUR, "size": 10},
            hoverinfo="skip",
        ),
        row=2,
        col=1,
    )
    figure.update_xaxes(showticklabels=False, row=2, col=1)
    return _layout(figure, title, showlegend=False, yaxis_title="people")
