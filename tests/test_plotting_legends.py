"""No legend covers data (ux8 review #22): in every static chart with a legend, drawn the way
``report.chart`` saves its PNG, the legend lies outside the plot area (where bars, curves
and bands are) and clear of the axis labels. The "joined" swatch once sat on the green
bar of ``network_changes.png`` and the survival legend over its curves and bands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as StaticFigure
from test_activity import simulate

from power1000_analysis import (
    activity,
    plotting,
    plotting_activity,
    plotting_funnel,
    plotting_reach,
)

matplotlib.use("Agg")

WHEN = pd.to_datetime(["2024-01-31", "2024-04-30", "2024-07-31"], utc=True)


def _funnel() -> pd.DataFrame:
    rows = []
    for platform, counts in (("linkedin", [40, 30, 12, 6]), ("x", [20, 9, 4, 2])):
        for stage, count in zip(
            ("reached_out", "connected", "engaged", "active"), counts, strict=True
        ):
            share = count / counts[0]
            rows.append(
                {
                    "platform": platform,
                    "stage": stage,
                    "count": count,
                    "overall_conversion": share,
                    "overall_low": share * 0.8,
                    "overall_high": min(share * 1.2, 1.0),
                    "note": "",
                }
            )
    return pd.DataFrame(rows)


def _charts() -> dict[str, tuple[Callable[..., Any], pd.DataFrame, dict[str, Any]]]:
    net = simulate(n_contacts=300, seed=1).net
    kept = activity.survival(net)
    fan = pd.DataFrame(
        {
            "date": pd.date_range("2024-08-31", periods=12, freq="ME", tz="UTC"),
            "p10": np.linspace(100, 300, 12),
            "p50": np.linspace(120, 400, 12),
            "p90": np.linspace(140, 500, 12),
            "expected": np.linspace(125, 410, 12),
            "goal": 1000,
        }
    )
    past = fan.assign(date=fan["date"] - pd.DateOffset(years=1), observed=np.linspace(60, 120, 12))
    past[["p10", "p50", "p90", "expected"]] = np.nan
    x = np.arange(0, 101, 10)
    share = np.geomspace(0.001, 0.5, 10)
    trend = pd.DataFrame(
        {"n_active": x, "engagement": 2 + x * 0.1, "ci_low": 1 + x * 0.08, "ci_high": 3 + x * 0.12}
    )
    return {
        "growth": (
            plotting.plot_growth,
            pd.DataFrame({"platform": "x", "period_end": WHEN, "contacts": [3, 8, 12]}),
            {},
        ),
        "snapshot_changes": (
            plotting.plot_snapshot_changes,
            pd.DataFrame(
                {"platform": ["x", "linkedin"], "after": WHEN[1:], "joined": [9, 2], "left": [3, 1]}
            ),
            {},
        ),
        "status": (
            plotting_activity.plot_status_counts,
            activity.status_counts(activity.contact_status(net), goal=1000),
            {},
        ),
        "decay": (plotting_activity.plot_decay_curves, activity.decay_curves(net), {}),
        "survival": (
            plotting_activity.plot_survival,
            kept.curves,
            {"medians": kept.medians, "active_within_days": 90},
        ),
        "dunbar": (
            plotting_activity.plot_dunbar_layers,
            activity.dunbar_layers(net),
            {"active_people": 40},
        ),
        "funnel": (plotting_funnel.plot_funnel, _funnel(), {}),
        "acceptance": (
            plotting_funnel.plot_acceptance,
            pd.DataFrame(
                {
                    "platform": ["linkedin", "x"],
                    "value": [0.6, 0.9],
                    "ci_low": [0.4, 0.8],
                    "ci_high": [0.8, 0.97],
                    "naive": [0.9, 0.95],
                    "n": [30, 12],
                    "pending": [3, 1],
                }
            ),
            {},
        ),
        "request_outcomes": (
            plotting_funnel.plot_request_outcomes,
            pd.DataFrame(
                {
                    "platform": ["linkedin"] * 3 + ["x"] * 3,
                    "period": list(WHEN) * 2,
                    "kind": "accepted",
                    "requests": [9, 12, 10, 3, 5, 4],
                }
            ),
            {},
        ),
        "forecast": (plotting_funnel.plot_forecast, pd.concat([past, fan]), {}),
        "reach_curve": (
            plotting_reach.plot_reach_curve,
            pd.DataFrame(
                {
                    "n_active": x,
                    "reach": x * 3.0,
                    "ci_low": x * 2.8,
                    "ci_high": x * 3.2,
                    "p10": x * 1.5,
                    "p90": x * 5.0,
                }
            ),
            {},
        ),
        "share_curve": (
            plotting_reach.plot_share_curve,
            pd.DataFrame(
                {"share_probability": share, "reach": 10 + share * 2000, "p10": 5 + share * 1000}
            ).assign(p90=lambda t: t["reach"] * 2, mean_offspring=share * 4, take_off=share),
            {},
        ),
        "community_sizes": (
            plotting_reach.plot_community_sizes,
            pd.DataFrame(
                {
                    "community": [0, 1],
                    "label": ["work", "family"],
                    "size": [30, 12],
                    "active": [20, 4],
                }
            ),
            {},
        ),
        "observed_reach": (
            plotting_reach.plot_observed_reach,
            pd.DataFrame({"active_contacts": x, "engagement": 2 + x * 0.1, "at": "2024-01-01"}),
            {"trend": trend},
        ),
    }


CHARTS = _charts()


def _legends(figure: StaticFigure) -> list[Any]:
    found = [axes.get_legend() for axes in figure.axes]
    return [legend for legend in [*found, *figure.legends] if legend is not None]


@pytest.mark.parametrize("name", list(CHARTS))
def test_no_legend_covers_the_plot_area(name: str) -> None:
    plot, table, options = CHARTS[name]
    if name == "observed_reach":
        figure = plot(table, options["trend"], static=True)
    else:
        figure = plot(table, static=True, **options)
    canvas = FigureCanvasAgg(figure)  # as report.chart saves the PNG (constrained layout)
    canvas.draw()
    renderer = canvas.get_renderer()
    legends = _legends(figure)
    assert legends, f"{name}: no legend drawn (the table should give one)"
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for axes in figure.axes:
            area = axes.get_window_extent(renderer)  # the plot area: bars, curves, bands
            assert not box.overlaps(area), (name, "legend over the plot area", box, area)
            labels = [axes.xaxis.label, *axes.get_xticklabels()]
            for label in labels:
                if label.get_visible() and label.get_text():
                    assert not box.overlaps(label.get_window_extent(renderer)), (
                        name,
                        "legend over an axis label",
                        label.get_text(),
                    )


@pytest.mark.parametrize("name", list(CHARTS))
def test_no_interactive_legend_inside_the_plot_area(name: str) -> None:
    """Plotly puts a legend right of the plot (x 1.02) unless told otherwise: a chart
    that moves it keeps it outside the plot area (paper coordinates 0..1)."""
    plot, table, options = CHARTS[name]
    figure = plot(table, options["trend"]) if name == "observed_reach" else plot(table, **options)
    legend = figure.layout.legend
    x, y = legend.x, legend.y
    outside = (x is None and y is None) or (x is not None and x >= 1) or (y is not None and y < 0)
    assert outside, (name, x, y)
