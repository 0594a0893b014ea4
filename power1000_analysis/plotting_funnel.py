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
import math
import textwrap

import pandas as pd
import plotly.graph_objects as go

from power1000_analysis.funnel import ALL_PLATFORMS, STAGE_LABELS
from power1000_analysis.labels import counted

# one look for every chart: the shared figure and layout helpers of plotting.py
from power1000_analysis.plotting import (
    AnyFigure,
    StaticFigure,
    _layout,
    _static,
    count_axis,
    count_axis_plotly,
    date_axis,
    empty_chart,
    legend_outside,
)

__all__ = ["plot_acceptance", "plot_forecast", "plot_funnel", "plot_request_outcomes"]

#: what the request charts say when the exports hold no sent request
_NO_REQUESTS = "no sent requests in these exports"
_COLOURS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b")
_KIND_COLOURS = {"accepted": "#54a24b", "vanished": "#e45756", "pending": "#bab0ac"}


def _naive(times: pd.Series) -> pd.Series:
    return times.dt.tz_localize(None) if times.dt.tz is not None else times


def _footnote(figure: AnyFigure, text: str) -> None:
    """A note under the chart: what is left out and why (plotly or matplotlib)."""
    if not text:
        return
    if isinstance(figure, StaticFigure):
        figure.supxlabel(textwrap.fill(text, 110), fontsize="small", x=0.01, ha="left")
        return
    lines = textwrap.wrap(text, 120)
    figure.add_annotation(
        text="<br>".join(html.escape(line, quote=False) for line in lines),
        xref="paper",
        yref="paper",
        x=0,
        y=-0.12,
        yanchor="top",
        xanchor="left",
        align="left",
        showarrow=False,
        font={"size": 11, "color": "#555555"},
    )
    figure.update_layout(margin={"b": 60 + 16 * len(lines)})


def _funnel_series(table: pd.DataFrame) -> tuple[list[str], dict[str, str], str]:
    """Platforms with a bar, their legend labels, and a note on the platforms without one.

    The ``"all platforms"`` bar counts people over the platforms whose every stage the
    exports show (a ``count`` at ``reached_out``); its label names them.
    """
    values = pd.to_numeric(table["overall_conversion"], errors="coerce")
    drawn = list(dict.fromkeys(table.loc[values.notna(), "platform"].astype(str)))
    firsts = table[table["stage"].astype(str) == "reached_out"].set_index("platform")
    counted = []
    if "count" in table.columns:
        counted = [str(p) for p, c in firsts["count"].items() if p != ALL_PLATFORMS and pd.notna(c)]
    labels = {platform: platform for platform in drawn}
    if ALL_PLATFORMS in labels and counted:
        labels[ALL_PLATFORMS] = f"{ALL_PLATFORMS} ({' + '.join(counted)})"
    missing = [p for p in dict.fromkeys(table["platform"].astype(str)) if p not in labels]
    reasons = []
    for platform in missing:
        note = firsts["note"].get(platform, "") if "note" in firsts.columns else ""
        reasons.append(f"{platform} ({note})" if isinstance(note, str) and note else platform)
    note = ("No bars for " + "; ".join(reasons) + ".") if reasons else ""
    if ALL_PLATFORMS in labels and counted:
        estimated = [p for p in drawn if p != ALL_PLATFORMS and p not in counted]
        note = (
            f"'{ALL_PLATFORMS}' counts people on {' and '.join(counted)} only, where every "
            "stage is seen"
            + (
                f"; the {' and '.join(estimated)} bars from connected on are estimates "
                "(acceptance model, then all connections)"
                if estimated
                else ""
            )
            + ". "
            + note
        ).strip()
    return drawn, labels, note


def plot_funnel(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Overall conversion from reaching out to each stage, per platform, with 95% intervals.

    Only platforms with a bar are in the legend; a note under the chart names the others
    and why they have none, and what ``"all platforms"`` counts.

    Parameters
    ----------
    table
        ``funnel.funnel_table`` output.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x", "x", "quora", "quora"],
    ...     "stage": ["reached_out", "connected"] * 2, "count": [2, 1, None, None],
    ...     "overall_conversion": [1.0, 0.5, None, None], "overall_low": [1.0, 0.4, None, None],
    ...     "overall_high": [1.0, 0.6, None, None], "note": ["", "", "no requests", ""]})
    >>> [trace.name for trace in plot_funnel(t).data], list(plot_funnel(t).data[0].x)
    (['x'], ['reached out', 'connected'])
    """
    title = "Share of people reached out to who get to each stage"
    if table.empty:
        return empty_chart(title, "no contacts or reach-outs in these exports", static=static)
    stages = list(dict.fromkeys(table["stage"].astype(str)))
    names = [STAGE_LABELS.get(stage, stage.replace("_", " ")) for stage in stages]
    platforms, labels, note = _funnel_series(table)
    if static:
        figure, axes = _static(title, height=4.8)
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
                label=labels[platform],
                color=_COLOURS[index % len(_COLOURS)],
                capsize=2,
            )
        axes.set_xticks(range(len(stages)), names)
        axes.set_ylabel("share of reached out")
        axes.set_ylim(0, 1.05)
        legend_outside(axes, fontsize="small")
        _footnote(figure, note)
        return figure
    figure = go.Figure()
    for index, platform in enumerate(platforms):
        rows = table[table["platform"] == platform].set_index("stage").reindex(stages)
        value = rows["overall_conversion"].astype(float)
        figure.add_trace(
            go.Bar(
                x=names,
                y=value,
                name=html.escape(labels[platform]),
                marker_color=_COLOURS[index % len(_COLOURS)],
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": (rows["overall_high"].astype(float) - value).clip(lower=0),
                    "arrayminus": (value - rows["overall_low"].astype(float)).clip(lower=0),
                },
                hovertemplate="%{x}: %{y:.1%}<extra>" + html.escape(labels[platform]) + "</extra>",
            )
        )
    _layout(
        figure, title, barmode="group", yaxis={"title": "share of reached out", "range": [0, 1.05]}
    )
    _footnote(figure, note)
    return figure


def _no_estimate(row: pd.Series) -> str:
    """Why a platform has no acceptance estimate ('' when it has one)."""
    if math.isfinite(float(row.get("value", math.nan))):
        return ""
    n = int(row.get("n", 0) or 0)
    pending = int(row.get("pending", 0) or 0)
    if n == 0:
        return "no sent requests: no estimate"
    if pending == n:
        return f"{counted(n, 'request')}, all still pending: no estimate yet"
    return f"{counted(n, 'request')}, too few resolved: no estimate"


def plot_acceptance(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Estimated acceptance probability per platform (95% interval) beside the naive ratio.

    A platform without an estimate (say, all its requests still pending) says so under its
    name instead of showing an empty column.

    Parameters
    ----------
    table
        ``acceptance.acceptance_table`` output.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["linkedin", "instagram"], "value": [0.5, None],
    ...     "ci_low": [0.3, 0.0], "ci_high": [0.7, 1.0], "naive": [0.9, None], "n": [9, 12],
    ...     "pending": [3, 12]})
    >>> [trace.name for trace in plot_acceptance(t).data]
    ['estimate (95% interval)', 'naive accepted / resolved']
    >>> list(plot_acceptance(t).data[0].x)[1]
    'instagram<br>12 requests, all still pending: no estimate yet'
    """
    title = "How likely is a sent request to be accepted?"
    sent = pd.to_numeric(table.get("n", pd.Series(dtype=float)), errors="coerce").fillna(0)
    if table.empty or not sent.any():
        return empty_chart(title, _NO_REQUESTS, static=static)
    reasons = [_no_estimate(row) for _, row in table.iterrows()]
    platforms = table["platform"].astype(str).tolist()
    value = table["value"].astype(float)
    low = (value - table["ci_low"].astype(float)).clip(lower=0).fillna(0)
    high = (table["ci_high"].astype(float) - value).clip(lower=0).fillna(0)
    if static:
        labels = [
            p + ("\n" + textwrap.fill(r, 24) if r else "")
            for p, r in zip(platforms, reasons, strict=True)
        ]
        figure, axes = _static(title)
        axes.errorbar(labels, value, yerr=[low, high], fmt="o", capsize=4, label="estimate")
        axes.plot(labels, table["naive"].astype(float), "x", color="grey", label="naive ratio")
        axes.set_ylim(0, 1.05)
        axes.set_ylabel("probability")
        legend_outside(axes)
        return figure
    labels = [
        html.escape(p) + ("<br>" + html.escape(r) if r else "")
        for p, r in zip(platforms, reasons, strict=True)
    ]
    figure = go.Figure(
        [
            go.Scatter(
                x=labels,
                y=value,
                mode="markers",
                name="estimate (95% interval)",
                error_y={"type": "data", "symmetric": False, "array": high, "arrayminus": low},
                marker={"size": 10},
            ),
            go.Scatter(
                x=labels,
                y=table["naive"].astype(float),
                mode="markers",
                name="naive accepted / resolved",
                marker={"symbol": "x", "color": "grey", "size": 9},
            ),
        ]
    )
    return _layout(figure, title, yaxis={"title": "probability", "range": [0, 1.05]})


def _partial_note(table: pd.DataFrame) -> str:
    if "partial" not in table.columns or not table["partial"].astype(bool).any():
        return ""
    part = table[table["partial"].astype(bool)]
    start = pd.Timestamp(part["period"].max()).strftime("%Y-%m-%d")
    days = int(part["observed_days"].max()) if "observed_days" in part.columns else None
    seen = f"only {days} days of it are in the exports" if days is not None else "it is not over"
    return f"The last quarter (from {start}) is partial: {seen}, so its low count is not a drop."


def plot_request_outcomes(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Sent requests per period (by sending date) and what the exports saw of them.

    A period that ``as_of`` cuts short (``partial``) is drawn hatched (interactive) or
    dashed (static) and named under the chart.

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
    if table.empty:
        return empty_chart(title, _NO_REQUESTS, static=static)
    note = _partial_note(table)
    partial = (
        table["partial"].astype(bool)
        if "partial" in table.columns
        else pd.Series(False, index=table.index)
    )
    if static:
        figure, axes = _static(title, height=4.4)
        for index, (platform, rows) in enumerate(table.groupby("platform", sort=True)):
            wide = rows.pivot_table(
                index="period", columns="kind", values="requests", aggfunc="sum"
            )
            total = wide.sum(axis=1)
            cut = partial[rows.index].groupby(rows["period"]).any().reindex(total.index)
            dates = _naive(pd.Series(total.index))
            colour = _COLOURS[index % len(_COLOURS)]
            whole = ~cut.to_numpy()
            # a marker on every quarter: a platform with one quarter is one point, no line
            axes.plot(dates[whole], total[whole], color=colour, marker="o", label=str(platform))
            if cut.any():
                last = max(int(whole.sum()) - 1, 0)
                axes.plot(
                    [dates.iloc[last], *dates[~whole]],
                    [total.iloc[last], *total[~whole]],
                    color=colour,
                    linestyle="--",
                )
                axes.plot(dates[~whole], total[~whole], "o", mfc="white", color=colour)
        axes.set_ylabel("requests")
        count_axis(axes)
        date_axis(axes, table["period"])
        legend_outside(axes)
        _footnote(figure, note)
        return figure
    figure = go.Figure()
    for platform, rows in table.groupby("platform", sort=True):
        for kind, part in rows.groupby("kind", sort=True):
            cut = partial[part.index].to_numpy()
            figure.add_trace(
                go.Bar(
                    x=part["period"],
                    y=part["requests"],
                    name=html.escape(f"{platform}: {kind}"),
                    marker_color=_KIND_COLOURS.get(str(kind), "#999999"),
                    marker_pattern_shape=["/" if c else "" for c in cut],
                    offsetgroup=html.escape(str(platform)),
                )
            )
    count_axis_plotly(figure, table.groupby(["platform", "period"])["requests"].sum())
    _layout(figure, title, barmode="stack", yaxis_title="requests")
    _footnote(figure, note)
    return figure


def plot_forecast(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Fan chart of projected active people (10–90% band, median, expectation) and the goal;
    with an ``observed`` column (``forecast.goal_path``), the active people of the past
    drawn before it as a solid line, so the chart reads from where you were to where your
    pace leads.

    Parameters
    ----------
    table
        ``forecast.forecast_goal(...).fan``, or ``forecast.goal_path(...)``.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> fan = pd.DataFrame({"date": pd.to_datetime(["2024-01-01"], utc=True), "p10": [1],
    ...     "p50": [2], "p90": [3], "expected": [2], "goal": 10})
    >>> plot_forecast(fan, static=True).axes[0].get_ylabel()
    'active people'
    >>> past = pd.concat([fan.assign(observed=2.0), fan.assign(observed=4.0, p50=None)])
    >>> [trace.name for trace in plot_forecast(past).data][0]
    'active people so far'
    """
    goal = int(table["goal"].iloc[0]) if not table.empty else None
    observed = table.dropna(subset=["observed"]) if "observed" in table.columns else table[:0]
    fan = table.dropna(subset=["p50"])
    if observed.empty:
        title = "Active people projected (your reach-outs and people coming to you)"
    else:
        title = "Active people so far, then projected (your reach-outs and people coming to you)"
    title += f" (goal {goal})" if goal else ""
    past_label = "active people so far"
    if table.empty:
        return empty_chart(
            title, "no forecast from these exports (the page says why)", static=static
        )
    if static:
        figure, axes = _static(title)
        if not observed.empty:
            axes.plot(
                _naive(observed["date"]),
                observed["observed"],
                color="#333333",
                linewidth=2.5,
                marker="o",
                markersize=3,
                label=past_label,
            )
        dates = _naive(fan["date"])
        axes.fill_between(dates, fan["p10"], fan["p90"], alpha=0.25, label="projected: 10–90%")
        axes.plot(dates, fan["p50"], label="projected: median")
        axes.plot(dates, fan["expected"], linestyle=":", color="black", label="projected: expected")
        if goal:
            axes.axhline(goal, linestyle="--", color="grey")
            axes.annotate(
                f"goal {goal}",
                (0.0, goal),
                xycoords=("axes fraction", "data"),
                xytext=(2, -12),
                textcoords="offset points",
                color="grey",
            )
        axes.set_ylabel("active people")
        count_axis(axes)
        date_axis(axes, table["date"])
        legend_outside(axes)
        return figure
    traces = [
        go.Scatter(
            x=fan["date"],
            y=fan["p90"],
            mode="lines",
            line={"width": 0},
            showlegend=False,
            hoverinfo="skip",
        ),
        go.Scatter(
            x=fan["date"],
            y=fan["p10"],
            mode="lines",
            line={"width": 0},
            fill="tonexty",
            fillcolor="rgba(76,120,168,0.25)",
            name="projected: 10–90%",
        ),
        go.Scatter(
            x=fan["date"],
            y=fan["p50"],
            mode="lines",
            name="projected: median",
            line={"color": "#4c78a8"},
        ),
        go.Scatter(
            x=fan["date"],
            y=fan["expected"],
            mode="lines",
            name="projected: expected",
            line={"color": "black", "dash": "dot"},
        ),
    ]
    if not observed.empty:  # first: the legend starts with what was seen
        traces.insert(
            0,
            go.Scatter(
                x=observed["date"],
                y=observed["observed"],
                mode="lines+markers",
                name=past_label,
                line={"color": "#333333", "width": 3},
            ),
        )
    figure = go.Figure(traces)
    if goal:
        figure.add_hline(
            y=goal, line_dash="dash", line_color="grey", annotation_text=f"goal {goal}"
        )
    count_axis_plotly(figure, [*fan["p90"], *observed.get("observed", []), goal or 0])
    return _layout(figure, title, yaxis_title="active people", hovermode="x unified")
