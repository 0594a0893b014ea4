"""Charts of counts read right at small numbers (ux8 review #13): the axis starts at 0, its
ticks are whole numbers (no "5.5 contacts", no 1.925 requests), and date labels never run
into each other, also for one export (one date); interactive charts alike."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

import matplotlib
import pandas as pd
import plotly.graph_objects as go
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as StaticFigure

from power1000_analysis import plotting, plotting_activity, plotting_funnel, plotting_reach

matplotlib.use("Agg")

WHEN = pd.to_datetime(["2020-03-31", "2020-04-30", "2020-06-30"], utc=True)


def _growth(dates: pd.DatetimeIndex, contacts: list[int]) -> pd.DataFrame:
    frames = [
        pd.DataFrame(
            {
                "platform": platform,
                "period_end": dates,
                "contacts": contacts,
                "snapshot_dated": 0,
                "unit": unit,
            }
        )
        for platform, unit in (("all platforms", "people"), ("facebook", "accounts"))
    ]
    return pd.concat(frames, ignore_index=True)


# name: (plot, table, options, axis of the counts ("x" or "y"), starts at 0)
CHARTS: dict[str, tuple[Callable[..., Any], pd.DataFrame, dict[str, Any], str, bool]] = {
    "growth": (plotting.plot_growth, _growth(WHEN, [5, 7, 9]), {}, "y", True),
    "growth_flat": (plotting.plot_growth, _growth(WHEN[:1], [2]), {}, "y", True),
    "platform_counts": (
        plotting.plot_platform_counts,
        pd.DataFrame({"platform": ["x", "all platforms"], "people": [2, 3]}),
        {},
        "y",
        True,
    ),
    "snapshot_changes": (
        plotting.plot_snapshot_changes,
        pd.DataFrame(
            {"platform": ["x"], "after": WHEN[:1], "joined": [1], "left": [1], "account": [1]}
        ),
        {},
        "y",
        False,
    ),
    "overlap": (
        plotting.plot_platform_overlap,
        pd.DataFrame({"platforms": ["x", "x+linkedin"], "people": [2, 1]}),
        {},
        "x",
        True,
    ),
    "account_overlap": (
        plotting.plot_account_overlap,
        pd.DataFrame({"platforms": ["x", "linkedin+x"], "people": [2, 1]}),
        {},
        "y",
        True,
    ),
    "platforms_per_person": (
        plotting.plot_platforms_per_person,
        pd.DataFrame({"n_platforms": [1, 2], "people": [2, 1], "accounts": [2, 2]}),
        {},
        "y",
        True,
    ),
    "request_outcomes": (
        plotting_funnel.plot_request_outcomes,
        pd.DataFrame(
            {
                "platform": "instagram",
                "period": pd.to_datetime(["2025-10-01"], utc=True),
                "kind": ["pending"],
                "requests": [2],
            }
        ),
        {},
        "y",
        True,
    ),
    "status": (
        plotting_activity.plot_status_counts,
        pd.DataFrame({"platform": ["x"], "active": [1], "dormant": [1], "passive": [1]}),
        {},
        "x",
        True,
    ),
    "community_sizes": (
        plotting_reach.plot_community_sizes,
        pd.DataFrame({"community": [0, 1], "label": ["a", "b"], "size": [3, 2], "active": [1, 2]}),
        {},
        "x",
        True,
    ),
}


def _count_axes(figure: StaticFigure) -> Axes:
    return figure.axes[0]


@pytest.mark.parametrize("name", list(CHARTS))
def test_static_counts_start_at_zero_on_whole_ticks(name: str) -> None:
    plot, table, options, which, from_zero = CHARTS[name]
    figure = plot(table, static=True, **options)
    axes = _count_axes(figure)
    low, high = sorted(axes.get_ylim() if which == "y" else axes.get_xlim())
    ticks = [
        t for t in (axes.get_yticks() if which == "y" else axes.get_xticks()) if low <= t <= high
    ]
    assert ticks and all(float(t).is_integer() for t in ticks), (name, ticks)
    if from_zero:
        assert low == 0, (name, low)
    else:
        assert low < 0 < high, (name, low, high)


@pytest.mark.parametrize("name", list(CHARTS))
def test_interactive_counts_start_at_zero_on_whole_ticks(name: str) -> None:
    plot, table, options, which, _ = CHARTS[name]
    figure = plot(table, **options)
    assert isinstance(figure, go.Figure)
    axis = figure.layout.yaxis if which == "y" else figure.layout.xaxis
    assert axis.rangemode == "tozero", name
    assert axis.dtick == 1, name  # counts below 10: plotly would tick 0.5, 1.5 …


def _crowded_labels(figure: StaticFigure, axes: Axes) -> list[tuple[str, str, float]]:
    """Neighbouring x tick labels less than one em (the label's font size) apart, as
    drawn into a PNG: "2025-012025-07" reads as one word even when the boxes do not touch."""
    canvas = FigureCanvasAgg(figure)  # what report.chart saves PNGs with
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = [label for label in axes.get_xticklabels() if label.get_visible() and label.get_text()]
    boxes = sorted(
        ((label.get_window_extent(renderer), label) for label in labels), key=lambda b: b[0].x0
    )
    crowded = []
    for (left, a), (right, b) in pairwise(boxes):
        em = a.get_size() * figure.dpi / 72
        if right.x0 - left.x1 < em:
            crowded.append((a.get_text(), b.get_text(), round(right.x0 - left.x1, 1)))
    return crowded


@pytest.mark.parametrize(
    "dates",
    [WHEN[:1], WHEN, pd.date_range("2010-01-31", "2026-11-30", freq="ME", tz="UTC")],
    ids=["one export", "three months", "seventeen years"],
)
def test_growth_date_labels_do_not_collide(dates: pd.DatetimeIndex) -> None:
    # contacts dated by their export (an address book): dashed lines and a long legend
    table = _growth(dates, list(range(1, len(dates) + 1))).assign(snapshot_dated=1)
    figure = plotting.plot_growth(table, static=True)
    axes = figure.axes[0]
    assert _crowded_labels(figure, axes) == []
    shown = [label.get_text() for label in axes.get_xticklabels() if label.get_text()]
    assert len(shown) >= 2, shown  # a lone date still gets a readable axis around it


def test_forecast_date_labels_do_not_collide() -> None:
    """A year of the past and a year projected: 'YYYY-MM' labels every quarter ran together."""
    dates = pd.date_range("2023-08-31", periods=24, freq="ME", tz="UTC")
    values = [float(v) for v in range(60, 60 + 24 * 10, 10)]
    fan = pd.DataFrame(
        {"date": dates, "p10": values, "p50": values, "p90": values, "expected": values}
    ).assign(goal=1000)
    figure = plotting_funnel.plot_forecast(fan, static=True)
    assert _crowded_labels(figure, figure.axes[0]) == []
