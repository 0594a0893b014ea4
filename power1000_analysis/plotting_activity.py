"""Charts of who is active and how fast contacts go quiet (issue #7; DESIGN.md §7).

Every ``plot_<thing>(table, *, static=False, …)`` draws what an analysis in
:mod:`~power1000_analysis.activity` returned: a plotly figure for interactive use, or with
``static=True`` a matplotlib figure for PNG/SVG files. A plot never computes a statistic and
never saves anything; ``report.chart`` does the saving. Text from the data is escaped
before plotly sees it.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"platform": ["all platforms"], "active": [2], "dormant": [1],
...                       "passive": [3], "people": [6], "goal": [1000]})
>>> [trace.name for trace in plot_status_counts(table).data]
['active', 'dormant', 'passive (no sign of life)']
"""

from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from power1000_analysis.dunbar import PUBLISHED_LAYER_SIZES, why_no_circles
from power1000_analysis.plotting import (
    _ALL,
    _COLOURS,
    LABEL_FONTS_CSS,
    AnyFigure,
    _colour,
    _goal,
    _label_fonts,
    _layout,
    _safe,
    _static,
    count_axis,
    count_axis_plotly,
    empty_chart,
    legend_outside,
    nothing_to_draw,
)

__all__ = [
    "plot_cohort_retention",
    "plot_decay_curves",
    "plot_dunbar_layers",
    "plot_losing_touch",
    "plot_status_counts",
    "plot_survival",
]

_STATUS_COLOURS = {
    "active": "#54a24b",
    "dormant": "#f58518",
    "passive": "#bab0ac",
    "unknown": "#e8e8e8",
}
_PUBLISHED = "#9d9d9d"
#: why the decay, survival and cohort charts can be empty
_NO_DATED_INTERACTIONS = (
    "nothing to draw: no platform in these exports gives both connection dates and interactions"
)


def _days(value: float) -> str:
    return "∞" if math.isinf(value) else f"{value:.0f}"


def _status_label(state: str) -> str:
    return {
        "passive": "passive (no sign of life)",
        "unknown": "unknown (export holds no interactions)",
    }.get(state, state)


def plot_status_counts(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Active, dormant, passive and unknown people per platform (stacked bars), and the goal.

    Parameters
    ----------
    table
        ``activity.status_counts`` output (``platform``, ``active``, ``dormant``,
        ``passive``, optionally ``unknown``, ``goal``): one row per platform, then "all
        platforms".
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x"], "active": [1], "dormant": [0], "passive": [2],
    ...                   "goal": [10]})
    >>> plot_status_counts(t, static=True).axes[0].get_title()
    'How many people are active? Per platform, against the goal of 10 active'
    """
    goal = _goal(table)
    title = "How many people are active? Per platform" + (
        f", against the goal of {goal} active" if goal else ""
    )
    labels = table["platform"].astype(str).tolist()
    states = [state for state in _STATUS_COLOURS if state in table.columns]
    if table.empty or not pd.to_numeric(table[states].stack(), errors="coerce").fillna(0).any():
        return empty_chart(title, "no people in these exports", static=static)
    # counts blanked for anonymity (``suppress_small``: <NA>) are drawn as no bar
    values = {state: pd.to_numeric(table[state]).astype(float).fillna(0.0) for state in states}
    if static:
        figure, axes = _static(title, width=8.0, height=max(2.5, 0.4 * len(labels) + 1.6))
        left = np.zeros(len(labels))
        for state in states:
            axes.barh(
                labels,
                values[state],
                left=left,
                color=_STATUS_COLOURS[state],
                label=_status_label(state),
            )
            left += values[state].to_numpy()
        if goal:
            axes.axvline(goal, linestyle="--", color="grey", label=f"goal: {goal} active")
        axes.invert_yaxis()
        axes.set_xlabel("people (a person counts on each platform they are on)")
        count_axis(axes, "x")
        # beside the bars, never on them
        legend_outside(axes)
        return figure
    figure = go.Figure(
        [
            go.Bar(
                x=values[state],
                y=_safe(labels),
                name=html.escape(_status_label(state)),
                orientation="h",
                marker_color=_STATUS_COLOURS[state],
                hovertemplate=f"%{{y}}: %{{x}} {state}<extra></extra>",
            )
            for state in states
        ]
    )
    if goal:
        figure.add_vline(
            x=goal,
            line_dash="dash",
            line_color="grey",
            annotation_text=f"goal {goal} active",
            annotation_position="top",
        )
    figure.update_yaxes(autorange="reversed", automargin=True, dtick=1)
    count_axis_plotly(figure, [*sum(values.values()), goal or 0], "x")
    return _layout(
        figure,
        title,
        barmode="stack",
        xaxis_title="people (a person counts on each platform they are on)",
        height=max(320, 40 * len(labels) + 180),
    )


def plot_losing_touch(
    table: pd.DataFrame, *, top: int = 20, show_names: bool = True, static: bool = False
) -> AnyFigure:
    """The people you are losing touch with: their score before they went quiet.

    Parameters
    ----------
    table
        ``activity.losing_touch`` output (``name``, ``past_score``, ``days_since_evidence``),
        highest past score first.
    top
        Draw the first ``top`` rows.
    show_names
        ``False`` labels the bars by rank only (for anonymised output).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"name": ["Ann", "Bob"], "past_score": [2.0, 1.0],
    ...                   "days_since_evidence": [100.0, 120.0]})
    >>> list(plot_losing_touch(t, show_names=False).data[0].y)
    ['#2', '#1']
    """
    if table.empty:
        return empty_chart(
            "Losing touch: who went quiet",
            "no one who was active before has gone quiet since",
            static=static,
        )
    shown = table.head(top).iloc[::-1]
    ranks = [f"#{i}" for i in range(len(shown), 0, -1)]
    labels = shown["name"].fillna("(no name)").astype(str).tolist() if show_names else ranks
    quiet = shown["days_since_evidence"].to_numpy(dtype=float)
    title = f"Losing touch: the {len(shown)} closest of {len(table)} who went quiet"
    if static:
        figure, axes = _static(title, height=max(2.5, 0.3 * len(labels) + 1.5))
        axes.barh(labels, shown["past_score"], color=_STATUS_COLOURS["dormant"])
        axes.tick_params(axis="y", labelfontfamily=_label_fonts())  # names in any script
        axes.set_xlabel("activity score when they were last active")
        return figure
    figure = go.Figure(
        go.Bar(
            x=shown["past_score"],
            y=_safe(labels),
            orientation="h",
            marker_color=_STATUS_COLOURS["dormant"],
            customdata=np.nan_to_num(quiet, nan=-1).round(),
            hovertemplate="%{y}: score %{x:.2f}, quiet for %{customdata} days<extra></extra>",
        )
    )
    figure.update_yaxes(tickfont={"family": LABEL_FONTS_CSS})
    return _layout(figure, title, xaxis_title="activity score when they were last active")


def _half_life_label(rows: pd.DataFrame) -> str:
    platform = str(rows["platform"].iloc[0])
    value = float(rows["half_life_days"].iloc[0])
    if math.isnan(value):
        note = str(rows["half_life_note"].iloc[0]) if "half_life_note" in rows else ""
        why = note.removeprefix("not estimable: ") or "no interactions to fit"
        return f"{platform}: no half-life ({why})"
    low, high = float(rows["half_life_ci_low"].iloc[0]), float(rows["half_life_ci_high"].iloc[0])
    return f"{platform}: half-life {_days(value)} days ({_days(low)}–{_days(high)})"


def plot_decay_curves(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Interactions per contact-day by time since connecting, with the fitted decay.

    Dots are the observed rates per age bin, lines the fitted ``λ₀·2^(−a/h) + c``; the
    legend gives each platform's fitted half-life with its 95% interval.

    Parameters
    ----------
    table
        ``activity.decay_curves`` output (``platform``, ``bin_start_days``,
        ``bin_end_days``, ``rate``, ``ci_low``, ``ci_high``, ``fitted_rate``,
        ``half_life_days``, ``half_life_ci_low``, ``half_life_ci_high``).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": "x", "bin_start_days": [0.0, 30.0],
    ...     "bin_end_days": [30.0, 60.0], "rate": [0.2, 0.1], "ci_low": [0.1, 0.05],
    ...     "ci_high": [0.3, 0.2], "fitted_rate": [0.19, 0.11], "half_life_days": 30.0,
    ...     "half_life_ci_low": 20.0, "half_life_ci_high": 45.0})
    >>> plot_decay_curves(t).data[0].name
    'x: half-life 30 days (20–45)'
    """
    title = "How fast do contacts go quiet? Interactions per contact-day since connecting"
    if table.empty:
        return empty_chart(title, _NO_DATED_INTERACTIONS, static=static)
    platforms = list(dict.fromkeys(table["platform"].astype(str)))
    if static:
        figure, axes = _static(title, width=8.0, height=4.5)
        for index, platform in enumerate(platforms):
            rows = table[table["platform"] == platform]
            middle = (rows["bin_start_days"] + rows["bin_end_days"]) / 2
            colour = _colour(index, platform)
            axes.plot(middle, rows["rate"], "o", color=colour, markersize=3, alpha=0.6)
            axes.plot(middle, rows["fitted_rate"], color=colour, label=_half_life_label(rows))
        axes.set_xlabel("days since connecting")
        axes.set_ylabel("interactions per contact-day")
        if platforms:
            legend_outside(axes, below=True, fontsize="small")
        return figure
    figure = go.Figure()
    for index, platform in enumerate(platforms):
        rows = table[table["platform"] == platform]
        middle = (rows["bin_start_days"] + rows["bin_end_days"]) / 2
        colour = _colour(index, platform)
        label = html.escape(_half_life_label(rows))
        figure.add_trace(
            go.Scatter(
                x=middle,
                y=rows["fitted_rate"],
                name=label,
                legendgroup=label,
                mode="lines",
                line_color=colour,
                line_width=3 if platform == _ALL else 1.5,
                hovertemplate="fitted %{y:.4f} per day at %{x:.0f} days<extra></extra>",
            )
        )
        figure.add_trace(
            go.Scatter(
                x=middle,
                y=rows["rate"],
                name=label,
                legendgroup=label,
                showlegend=False,
                mode="markers",
                marker={"color": colour, "size": 5, "opacity": 0.6},
                customdata=np.column_stack([rows["ci_low"], rows["ci_high"]]),
                hovertemplate="observed %{y:.4f} per day (95% %{customdata[0]:.4f}–"
                "%{customdata[1]:.4f}) at %{x:.0f} days<extra></extra>",
            )
        )
    return _layout(
        figure,
        title,
        xaxis_title="days since connecting",
        yaxis_title="interactions per contact-day",
        legend={"orientation": "h", "y": -0.25},
    )


def _median_label(group: str, medians: pd.DataFrame | None, window: float | None = None) -> str:
    if medians is None or group not in set(medians["group"]):
        return group
    row = medians.loc[medians["group"] == group].iloc[0]
    median = float(row["median_days"])
    if window is not None and median == round(window):
        # more than half never showed life after connecting: the definition, not a time
        return f"{group}: median {_days(median)} days = the window (most never interacted)"
    return f"{group}: median {_days(median)} days"


def plot_survival(
    curves: pd.DataFrame,
    *,
    medians: pd.DataFrame | None = None,
    active_within_days: float | None = None,
    static: bool = False,
) -> AnyFigure:
    """Share of contacts still active, by days since connecting (Kaplan–Meier).

    Connecting counts as a sign of life, so a contact who never interacts goes dormant
    exactly ``active_within_days`` after connecting: a group whose median is exactly the
    window is that definition showing (more than half never interacted), not a measured
    time, and its label says so when ``active_within_days`` is given.

    Parameters
    ----------
    curves
        ``activity.survival(...).curves`` (``group``, ``days``, ``survival``, ``ci_low``,
        ``ci_high``).
    medians
        ``activity.survival(...).medians``, to name each curve with its median.
    active_within_days
        The window of ``activity.survival``: marks the medians that equal it.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> c = pd.DataFrame({"group": "x", "days": [0.0, 90.0], "survival": [1.0, 0.4],
    ...                   "ci_low": [1.0, 0.3], "ci_high": [1.0, 0.5]})
    >>> plot_survival(c).data[1].name
    'x'
    """
    title = "How long do contacts stay active after connecting?"
    if curves.empty:
        return empty_chart(title, _NO_DATED_INTERACTIONS, static=static)
    groups = list(dict.fromkeys(curves["group"].astype(str)))
    if static:
        figure, axes = _static(title)
        for index, group in enumerate(groups):
            rows = curves[curves["group"] == group]
            colour = _colour(index, group)
            axes.step(
                rows["days"],
                rows["survival"],
                where="post",
                color=colour,
                label=_median_label(group, medians, active_within_days),
                linewidth=2.5 if group == _ALL else 1.5,
            )
            axes.fill_between(
                rows["days"], rows["ci_low"], rows["ci_high"], step="post", color=colour, alpha=0.15
            )
        axes.axhline(0.5, color="grey", linestyle=":", linewidth=0.8)
        axes.set_ylim(0, 1.02)
        axes.set_xlabel("days since connecting")
        axes.set_ylabel("share still active")
        if groups:
            legend_outside(axes, below=True, fontsize="small")
        return figure
    figure = go.Figure()
    for index, group in enumerate(groups):
        rows = curves[curves["group"] == group]
        colour = _colour(index, group)
        label = html.escape(_median_label(group, medians, active_within_days))
        figure.add_trace(
            go.Scatter(
                x=pd.concat([rows["days"], rows["days"][::-1]]),
                y=pd.concat([rows["ci_high"], rows["ci_low"][::-1]]),
                fill="toself",
                fillcolor=colour,
                opacity=0.15,
                line={"width": 0, "shape": "hv"},
                legendgroup=label,
                showlegend=False,
                hoverinfo="skip",
            )
        )
        figure.add_trace(
            go.Scatter(
                x=rows["days"],
                y=rows["survival"],
                name=label,
                legendgroup=label,
                mode="lines",
                line={"shape": "hv", "width": 3 if group == _ALL else 1.5, "color": colour},
                hovertemplate="%{y:.0%} still active at %{x:.0f} days<extra></extra>",
            )
        )
    figure.add_hline(y=0.5, line_dash="dot", line_color="grey")
    return _layout(
        figure,
        title,
        xaxis_title="days since connecting",
        yaxis_title="share still active",
        yaxis_range=[0, 1.02],
        yaxis_tickformat=".0%",
    )


def plot_cohort_retention(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Heatmap: share of each connection month's contacts with evidence of life, by month.

    Parameters
    ----------
    table
        ``activity.cohort_retention`` output (``cohort``, ``months_since``, ``share``,
        ``contacts``).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"cohort": ["2024-01", "2024-01", "2024-02"],
    ...                   "months_since": [0, 1, 0], "share": [1.0, 0.5, 0.0],
    ...                   "contacts": [2, 2, 1]})
    >>> plot_cohort_retention(t).data[0].z.shape
    (2, 2)
    """
    title = "Share of each month's new contacts showing signs of life, month by month"
    if table.empty:
        return empty_chart(title, _NO_DATED_INTERACTIONS, static=static)
    grid = table.pivot_table(index="cohort", columns="months_since", values="share", sort=True)
    sizes = table.groupby("cohort")["contacts"].first().reindex(grid.index)
    if static:
        figure, axes = _static(title, width=8.0, height=max(3.0, 0.12 * len(grid) + 1.5))
        image = axes.imshow(
            grid.to_numpy(dtype=float),
            aspect="auto",
            cmap="viridis",
            vmin=0,
            vmax=1,
            interpolation="nearest",
        )
        step = max(1, len(grid) // 20)
        axes.set_yticks(range(0, len(grid), step), grid.index[::step])
        axes.set_xlabel("months since connecting")
        axes.set_ylabel("month connected")
        figure.colorbar(image, ax=axes, label="share with evidence of life")
        return figure
    figure = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype=float),
            x=grid.columns.to_numpy(),
            y=_safe(grid.index),
            zmin=0,
            zmax=1,
            colorscale="Viridis",
            colorbar={"title": "share", "tickformat": ".0%"},
            customdata=np.repeat(sizes.to_numpy()[:, None], grid.shape[1], axis=1),
            hovertemplate="connected %{y}, month %{x}: %{z:.0%} of %{customdata}<extra></extra>",
        )
    )
    return _layout(
        figure,
        title,
        xaxis_title="months since connecting",
        yaxis_title="month connected",
        height=max(400, 12 * len(grid) + 150),
    )


def plot_dunbar_layers(
    table: pd.DataFrame, *, active_people: int | None = None, static: bool = False
) -> AnyFigure:
    """Your circles (cumulative people by contact frequency) beside Dunbar's layers.

    Parameters
    ----------
    table
        ``activity.dunbar_layers`` output (``layer``, ``size``, ``published_size``,
        ``min_per_year``).
    active_people
        Draw your active people as a line, against Dunbar's ~150.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"layer": [1, 2], "size": [4, 20], "published_size": [1.5, 5.0],
    ...                   "min_per_year": [50.0, 10.0]})
    >>> [trace.name for trace in plot_dunbar_layers(t, active_people=30).data]
    ['your circles', "Dunbar's layers"]
    """
    title = "Your circles beside Dunbar's layers (people, log scale)"
    why = why_no_circles(table)
    if why:  # the published layers alone, and why yours are not there (ux8 review #27)
        table = pd.DataFrame(
            {
                "layer": range(1, len(PUBLISHED_LAYER_SIZES) + 1),
                "size": np.nan,
                "published_size": PUBLISHED_LAYER_SIZES,
                "min_per_year": np.nan,
            }
        )
    labels = [
        f"circle {int(layer)}" + ("" if math.isnan(float(low)) else f"<br>≥{low:.3g}/year")
        for layer, low in zip(table["layer"], table["min_per_year"], strict=True)
    ]
    if static:
        figure, axes = _static(title)
        positions = np.arange(len(labels))
        if not why:
            axes.bar(positions - 0.2, table["size"], width=0.4, color=_COLOURS[0], label="yours")
        axes.bar(
            positions + 0.2, table["published_size"], width=0.4, color=_PUBLISHED, label="Dunbar"
        )
        axes.set_xticks(positions, [label.replace("<br>", "\n") for label in labels])
        axes.tick_params(axis="x", labelsize="small")
        axes.set_yscale("log")
        axes.set_ylabel("people (cumulative)")
        axes.axhline(150, color=_PUBLISHED, linestyle=":", label="Dunbar's number ~150")
        if active_people:
            axes.axhline(active_people, color=_STATUS_COLOURS["active"], linestyle="--")
            # on the left, on a white ground: the outer circles' bars reach past the line
            axes.annotate(
                f"your {active_people} active people",
                (-0.45, active_people),
                xytext=(0, 3),
                textcoords="offset points",
                horizontalalignment="left",
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.0},
            )
        legend_outside(axes)
        # the words over the short inner layers, clear of the tall outer bars
        return nothing_to_draw(figure, why, keep_axes=True, at=(0.3, 0.8)) if why else figure
    figure = go.Figure(
        (
            []
            if why
            else [go.Bar(x=labels, y=table["size"], name="your circles", marker_color=_COLOURS[0])]
        )
        + [
            go.Bar(
                x=labels, y=table["published_size"], name="Dunbar's layers", marker_color=_PUBLISHED
            ),
        ]
    )
    figure.add_hline(
        y=150, line_dash="dot", line_color=_PUBLISHED, annotation_text="Dunbar's number ~150"
    )
    if active_people:
        figure.add_hline(
            y=active_people,
            line_dash="dash",
            line_color=_STATUS_COLOURS["active"],
            annotation_text=f"your {active_people} active people",
            annotation_position="top left",
        )
    _layout(figure, title, barmode="group", yaxis_type="log", yaxis_title="people (cumulative)")
    return nothing_to_draw(figure, why, keep_axes=True, at=(0.3, 0.8)) if why else figure
