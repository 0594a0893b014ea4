"""plotting_activity.py: every chart draws, interactively and statically, from the tables the
analyses return on a small network; names stay off the chart when asked."""

from __future__ import annotations

import matplotlib
import pandas as pd
import plotly.graph_objects as go
import pytest
from matplotlib.figure import Figure as StaticFigure
from test_activity import simulate, tiny_network

from power1000_analysis import activity, plotting_activity

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def tables() -> dict[str, tuple[object, pd.DataFrame, dict[str, object]]]:
    net = simulate(n_contacts=300, seed=1).net
    status = activity.contact_status(net)
    counts = activity.status_counts(status)
    kept = activity.survival(net)
    layers = activity.dunbar_layers(net)
    return {
        "status": (plotting_activity.plot_status_counts, counts, {}),
        "losing": (plotting_activity.plot_losing_touch, activity.losing_touch(net), {}),
        "decay": (plotting_activity.plot_decay_curves, activity.decay_curves(net), {}),
        "survival": (
            plotting_activity.plot_survival,
            kept.curves,
            {"medians": kept.medians},
        ),
        "cohorts": (plotting_activity.plot_cohort_retention, activity.cohort_retention(net), {}),
        "dunbar": (plotting_activity.plot_dunbar_layers, layers, {"active_people": 40}),
    }


@pytest.mark.parametrize("name", ["status", "losing", "decay", "survival", "cohorts", "dunbar"])
def test_every_chart_draws_both_ways(tables: dict, name: str) -> None:  # type: ignore[type-arg]
    plot, table, options = tables[name]
    assert not table.empty
    assert isinstance(plot(table, **options), go.Figure)
    assert isinstance(plot(table, static=True, **options), StaticFigure)


def test_losing_touch_hides_names() -> None:
    lost = activity.losing_touch(tiny_network())
    shown = plotting_activity.plot_losing_touch(lost, show_names=True)
    hidden = plotting_activity.plot_losing_touch(lost, show_names=False)
    assert "Bob" in list(shown.data[0].y)
    assert "Bob" not in str(hidden.to_json())
    static = plotting_activity.plot_losing_touch(lost, show_names=False, static=True)
    assert "Bob" not in [label.get_text() for label in static.axes[0].get_yticklabels()]


def test_decay_legend_states_the_half_life(tables: dict) -> None:  # type: ignore[type-arg]
    plot, table, _ = tables["decay"]
    names = [trace.name for trace in plot(table).data if trace.showlegend is not False]
    assert all("half-life" in name for name in names)


def test_hostile_names_are_escaped() -> None:
    lost = pd.DataFrame(
        {
            "name": ["<img src=x onerror=alert(1)>"],
            "past_score": [1.0],
            "days_since_evidence": [99.0],
        }
    )
    figure = plotting_activity.plot_losing_touch(lost)
    assert "<img" not in str(list(figure.data[0].y))


def test_status_chart_draws_blanked_counts_as_no_bar() -> None:
    from power1000_analysis.anonymize import suppress_small

    status = pd.DataFrame(
        {
            "platforms": ["x"] * 6 + ["linkedin,x", "quora"],
            "status": ["active"] * 5 + ["passive", "dormant", "unknown"],
        }
    )
    counts = activity.status_counts(status, goal=10)
    shown = suppress_small(counts, [*activity.STATUSES, "people"], k=5)
    figure = plotting_activity.plot_status_counts(shown)
    bars = {trace.name.split(" ")[0]: list(trace.x) for trace in figure.data}
    # rows: linkedin, quora, x, all platforms; linkedin's single dormant person is blanked
    assert bars["active"] == [0.0, 0.0, 5.0, 5.0] and bars["dormant"] == [0.0, 0.0, 0.0, 0.0]
    assert bars["unknown"] == [0.0, 0.0, 0.0, 0.0]  # one unknown Quora person: blanked too
    static = plotting_activity.plot_status_counts(shown, static=True)
    assert [t.get_text() for t in static.axes[0].get_yticklabels()][-1] == "all platforms"


def test_survival_legend_says_when_the_median_is_the_window() -> None:
    curves = pd.DataFrame(
        {
            "group": ["x", "x", "y", "y"],
            "days": [0.0, 90.0, 0.0, 150.0],
            "survival": [1.0, 0.3, 1.0, 0.4],
            "ci_low": [1.0, 0.2, 1.0, 0.3],
            "ci_high": [1.0, 0.4, 1.0, 0.5],
        }
    )
    medians = pd.DataFrame({"group": ["x", "y"], "median_days": [90.0, 150.0]})
    figure = plotting_activity.plot_survival(curves, medians=medians, active_within_days=90)
    names = [trace.name for trace in figure.data if trace.name]
    assert names == [
        "x: median 90 days = the window (most never interacted)",
        "y: median 150 days",
    ]


def test_static_dunbar_chart_names_its_150_line(tables: dict) -> None:  # type: ignore[type-arg]
    """review9 F13b: the grey dotted line at 150 had no label in the PNG (the HTML annotates
    it); the legend now names it beside "yours" and "Dunbar"."""
    plot, table, options = tables["dunbar"]
    figure = plot(table, static=True, **options)
    legends = [legend for axes in figure.axes for legend in [axes.get_legend()] if legend]
    legends += list(figure.legends)
    texts = {text.get_text() for legend in legends for text in legend.get_texts()}
    assert "Dunbar's number ~150" in texts
