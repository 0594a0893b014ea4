"""Charts of the outreach funnel, acceptance and the goal forecast (DESIGN.md §7).

Same contract as :mod:`power1000_analysis.plotting`: ``plot_<thing>(table, *, static=False)``
draws what an analysis returned (plotly, or matplotlib with ``static=True``), computes no
statistic and saves nothing.

Example
-------
>>> import pandas as pd
>>> fan = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-08"], utc=True),
...     "p10": [1, 2], "p50": [2, 3], "p90": [3, 4], "expected": [2, 3], "goal": 10})
>>> len(plot_forecast(fan).data)
4
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

# one look for every chart: the shared figure and layout helpers of plotting.py
from power1000_analysis.plotting import AnyFigure, _layout, _static

__all__ = ["plot_acceptance", "plot_forecast", "plot_funnel", "plot_request_outcomes"]

_COLOURS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b")
_KIND_COLOURS = {"accepted": "#54a24b", "vanished": "#e45756", "pending": "#bab0ac"}


def _naive(times: pd.Series) -> pd.Series:
    return times.dt.tz_localize(None) if times.dt.tz is not None else times


def plot_funnel(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Overall conversion from reaching out to each stage, per platform, with 95% intervals.

    Parameters
    ----------
    table
        ``funnel.funnel_table`` output.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": "x", "stage": ["reached_out", "connected"],
    ...     "overall_conversion": [1.0, 0.5], "overall_low": [1.0, 0.4],
    ...     "overall_high": [1.0, 0.6]})
    >>> plot_funnel(t).data[0].name
    'x'
    """
    title = "Share of people reached out to who get to each stage"
    stages = list(dict.fromkeys(table["stage"].astype(str)))
    platforms = list(dict.fromkeys(table["platform"].astype(str)))
    if static:
        figure, axes = _static(title, height=4.5)
        width = 0.8 / max(len(platforms), 1)
        for index, platform in enumerate(platforms):
            rows = table[table["platform"] == platform].set_index("stage").reindex(stages)
            value = rows["overall_conversion"].astype(float)
            low = (value - rows["overall_low"].astype(float)).clip(lower=0).fillna(0)
            high = (rows["overall_high"].astype(float) - value).clip(lower=0).fillna(0)
            positions = [s + (index - (len(platforms) - 1) / 2) * width for s in range(len(stages))]
            axes.bar(
                positions,
                value.fillna(0),
                width=width,
                yerr=[low, high],
                label=platform,
                color=_COLOURS[index % len(_COLOURS)],
                capsize=2,
            )
        axes.set_xticks(range(len(stages)), stages)
        axes.set_ylabel("share of reached out")
        axes.set_ylim(0, 1.05)
        axes.legend(frameon=False, fontsize="small")
        return figure
    figure = go.Figure()
    for index, platform in enumerate(platforms):
        rows = table[table["platform"] == platform].set_index("stage").reindex(stages)
        value = rows["overall_conversion"].astype(float)
        figure.add_trace(
            go.Bar(
                x=stages,
                y=value,
                name=html.escape(platform),
                marker_color=_COLOURS[index % len(_COLOURS)],
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": (rows["overall_high"].astype(float) - value).clip(lower=0),
                    "arrayminus": (value - rows["overall_low"].astype(float)).clip(lower=0),
                },
                hovertemplate="%{x}: %{y:.1%}<extra>" + html.escape(platform) + "</extra>",
            )
        )
    return _layout(
        figure, title, barmode="group", yaxis={"title": "share of reached out", "range": [0, 1.05]}
    )


def plot_acceptance(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Estimated acceptance probability per platform (95% interval) beside the naive ratio.

    Parameters
    ----------
    table
        ``acceptance.acceptance_table`` output.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["linkedin"], "value": [0.5], "ci_low": [0.3],
    ...     "ci_high": [0.7], "naive": [0.9]})
    >>> [trace.name for trace in plot_acceptance(t).data]
    ['estimate (95% interval)', 'naive accepted / resolved']
    """
    title = "How likely is a sent request to be accepted?"
    labels = table["platform"].astype(str).tolist()
    value = table["value"].astype(float)
    low = (value - table["ci_low"].astype(float)).clip(lower=0).fillna(0)
    high = (table["ci_high"].astype(float) - value).clip(lower=0).fillna(0)
    if static:
        figure, axes = _static(title)
        axes.errorbar(labels, value, yerr=[low, high], fmt="o", capsize=4, label="estimate")
        axes.plot(labels, table["naive"].astype(float), "x", color="grey", label="naive ratio")
        axes.set_ylim(0, 1.05)
        axes.set_ylabel("probability")
        axes.legend(frameon=False)
        return figure
    figure = go.Figure(
        [
            go.Scatter(
                x=[html.escape(label) for label in labels],
                y=value,
                mode="markers",
                name="estimate (95% interval)",
                error_y={"type": "data", "symmetric": False, "array": high, "arrayminus": low},
                marker={"size": 10},
            ),
            go.Scatter(
                x=[html.escape(label) for label in labels],
                y=table["naive"].astype(float),
                mode="markers",
                name="naive accepted / resolved",
                marker={"symbol": "x", "color": "grey", "size": 9},
            ),
        ]
    )
    return _layout(figure, title, yaxis={"title": "probability", "range": [0, 1.05]})


def plot_request_outcomes(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Sent requests per period (by sending date) and what the exports saw of them.

    Parameters
    ----------
    table
        ``acceptance.request_outcomes`` output.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": "x", "period": pd.to_datetime(["2024-01-01"], utc=True),
    ...     "kind": ["pending"], "requests": [3]})
    >>> plot_request_outcomes(t).data[0].name
    'x: pending'
    """
    title = "Sent requests seen in the exports, by the quarter they were sent"
    if static:
        figure, axes = _static(title)
        for platform, rows in table.groupby("platform", sort=True):
            wide = rows.pivot_table(
                index="period", columns="kind", values="requests", aggfunc="sum"
            )
            axes.plot(_naive(pd.Series(wide.index)), wide.sum(axis=1), label=str(platform))
        axes.set_ylabel("requests")
        axes.legend(frameon=False)
        return figure
    figure = go.Figure()
    for platform, rows in table.groupby("platform", sort=True):
        for kind, part in rows.groupby("kind", sort=True):
            figure.add_trace(
                go.Bar(
                    x=part["period"],
                    y=part["requests"],
                    name=html.escape(f"{platform}: {kind}"),
                    marker_color=_KIND_COLOURS.get(str(kind), "#999999"),
                    offsetgroup=html.escape(str(platform)),
                )
            )
    return _layout(figure, title, barmode="stack", yaxis_title="requests")


def plot_forecast(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Fan chart of projected active people (10–90% band, median, expectation) and the goal.

    Parameters
    ----------
    table
        ``forecast.forecast_goal(...).fan``.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> fan = pd.DataFrame({"date": pd.to_datetime(["2024-01-01"], utc=True), "p10": [1],
    ...     "p50": [2], "p90": [3], "expected": [2], "goal": 10})
    >>> plot_forecast(fan, static=True).axes[0].get_ylabel()
    'active people'
    """
    goal = int(table["goal"].iloc[0]) if not table.empty else None
    title = "Active people projected from your own outreach" + (f" (goal {goal})" if goal else "")
    if static:
        figure, axes = _static(title)
        dates = _naive(table["date"])
        axes.fill_between(dates, table["p10"], table["p90"], alpha=0.25, label="10–90%")
        axes.plot(dates, table["p50"], label="median")
        axes.plot(dates, table["expected"], linestyle=":", color="black", label="expected")
        if goal:
            axes.axhline(goal, linestyle="--", color="grey")
        axes.set_ylabel("active people")
        axes.legend(frameon=False)
        return figure
    figure = go.Figure(
        [
            go.Scatter(
                x=table["date"],
                y=table["p90"],
                mode="lines",
                line={"width": 0},
                showlegend=False,
                hoverinfo="skip",
            ),
            go.Scatter(
                x=table["date"],
                y=table["p10"],
                mode="lines",
                line={"width": 0},
                fill="tonexty",
                fillcolor="rgba(76,120,168,0.25)",
                name="10–90%",
            ),
            go.Scatter(
                x=table["date"],
                y=table["p50"],
                mode="lines",
                name="median",
                line={"color": "#4c78a8"},
            ),
            go.Scatter(
                x=table["date"],
                y=table["expected"],
                mode="lines",
                name="expected",
                line={"color": "black", "dash": "dot"},
            ),
        ]
    )
    if goal:
        figure.add_hline(
            y=goal, line_dash="dash", line_color="grey", annotation_text=f"goal {goal}"
        )
    return _layout(figure, title, yaxis_title="active people", hovermode="x unified")
