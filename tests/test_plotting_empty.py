"""Every chart says why it is empty (ux8 review #7): given an empty table, each chart
function draws a figure whose plot area carries a one-line reason, as a PNG sent on its own
must; the Dunbar chart still draws the published layers (ux8 #27)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import matplotlib
import networkx as nx
import pandas as pd
import plotly.graph_objects as go
import pytest
from matplotlib.figure import Figure as StaticFigure
from test_activity import AS_OF, DAY, _network

from power1000_analysis import (
    activity,
    communities,
    dunbar,
    plotting,
    plotting_activity,
    plotting_funnel,
    plotting_reach,
    reach,
)
from power1000_analysis.network import Network

matplotlib.use("Agg")


def figure_text(figure: Any) -> str:
    """Every word a figure shows: title, texts and annotations (matplotlib or plotly)."""
    if isinstance(figure, StaticFigure):
        words = []
        for axes in figure.axes:
            words.append(axes.get_title())
            words += [text.get_text() for text in axes.texts]
        words += [text.get_text() for text in figure.texts]
        return "\n".join(words).replace("\n", " ")
    assert isinstance(figure, go.Figure)
    words = [str(figure.layout.title.text or "")]
    words += [str(note.text) for note in figure.layout.annotations]
    return "\n".join(words).replace("<br>", " ")


def _empty_tables() -> dict[str, tuple[Callable[..., Any], pd.DataFrame, dict[str, Any], str]]:
    net = Network.empty()
    as_of = "2024-07-01"
    observed = reach.observed_reach(net, as_of=as_of)
    members = communities.communities(nx.Graph())
    return {
        "snapshot_changes": (
            plotting.plot_snapshot_changes,
            pd.DataFrame(columns=["platform", "after", "joined", "left"]),
            {},
            "no changes to show",
        ),
        "status": (
            plotting_activity.plot_status_counts,
            pd.DataFrame(columns=["platform", "active", "dormant", "passive", "goal"]),
            {},
            "no people",
        ),
        "losing_touch": (
            plotting_activity.plot_losing_touch,
            activity.losing_touch(net, as_of=as_of),
            {},
            "no one who was active before has gone quiet",
        ),
        "decay": (
            plotting_activity.plot_decay_curves,
            activity.decay_curves(net, as_of=as_of),
            {},
            "both connection dates and interactions",
        ),
        "survival": (
            plotting_activity.plot_survival,
            activity.survival(net, as_of=as_of).curves,
            {},
            "both connection dates and interactions",
        ),
        "cohorts": (
            plotting_activity.plot_cohort_retention,
            activity.cohort_retention(net, as_of=as_of),
            {},
            "both connection dates and interactions",
        ),
        "dunbar": (
            plotting_activity.plot_dunbar_layers,
            activity.dunbar_layers(net, as_of=as_of),
            {"active_people": 0},
            "no circles",
        ),
        "funnel": (
            plotting_funnel.plot_funnel,
            pd.DataFrame(columns=["platform", "stage", "count", "overall_conversion"]),
            {},
            "no contacts or reach-outs",
        ),
        "acceptance": (
            plotting_funnel.plot_acceptance,
            pd.DataFrame(columns=["platform", "value", "ci_low", "ci_high", "naive", "n"]),
            {},
            "no sent requests in these exports",
        ),
        "request_outcomes": (
            plotting_funnel.plot_request_outcomes,
            pd.DataFrame(columns=["platform", "period", "kind", "requests"]),
            {},
            "no sent requests in these exports",
        ),
        "forecast": (
            plotting_funnel.plot_forecast,
            pd.DataFrame(columns=["date", "p10", "p50", "p90", "expected", "goal"]),
            {},
            "no forecast",
        ),
        "community_sizes": (
            plotting_reach.plot_community_sizes,
            communities.community_summary(nx.Graph(), members),
            {},
            "no ties between your contacts",
        ),
        "community_network": (
            plotting_reach.plot_community_network,
            members,
            {"graph": nx.Graph()},
            "no ties between your contacts",
        ),
        "observed_reach": (
            plotting_reach.plot_observed_reach,
            observed,
            {"trend": reach.observed_reach_trend(observed)},
            "only an X archive has them",
        ),
    }


TABLES = _empty_tables()


@pytest.mark.parametrize("static", [False, True], ids=["plotly", "matplotlib"])
@pytest.mark.parametrize("name", sorted(TABLES))
def test_an_empty_chart_says_why(name: str, static: bool) -> None:
    plot, table, options, reason = TABLES[name]
    assert table.empty
    figure = plot(table, static=static, **options)
    assert reason in figure_text(figure), figure_text(figure)
    if static:
        figure.savefig(__import__("io").BytesIO(), format="png")  # it draws


def test_an_empty_static_chart_has_no_bare_ticks_or_legend() -> None:
    plot, table, options, _ = TABLES["losing_touch"]
    axes = plot(table, static=True, **options).axes[0]
    assert not len(axes.get_xticks()) and not len(axes.get_yticks())
    assert axes.get_legend() is None


def _people(n: int) -> Network:
    """``n`` people, person i with 3**i messages from them in the year before ``AS_OF``."""
    keys = [f"p{i}" for i in range(n)]
    contacts = pd.DataFrame({"platform": "linkedin", "contact_key": keys, "name": keys})
    rows = [(key, day) for i, key in enumerate(keys) for day in range(min(3**i, 360))]
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": [r[0] for r in rows],
            "name": [r[0] for r in rows],
            "at": [AS_OF - (r[1] + 1) * DAY for r in rows],
            "direction": "in",
            "kind": "message",
            "n_participants": 2,
        }
    )
    return _network(contacts, interactions)


def test_dunbar_with_three_people_forms_no_circles() -> None:
    net = _people(3)
    members = dunbar.dunbar_membership(net, as_of=AS_OF)
    assert (members["per_year"] > 0).sum() == 3 and members["layer"].isna().all()
    layers = dunbar.dunbar_layers(net, as_of=AS_OF)
    assert layers.empty and layers.attrs["people_in_window"] == 3
    text = dunbar.describe_layers(layers, active_people=3, active_within_days=90)
    assert "Too few people to form circles: 3 with an interaction" in text
    assert f"at least {dunbar.MIN_PEOPLE_PER_CIRCLE * 5} needed" in text
    static = plotting_activity.plot_dunbar_layers(layers, active_people=3, static=True)
    axes = static.axes[0]
    heights = sorted(patch.get_height() for patch in axes.patches)
    assert heights == sorted(dunbar.PUBLISHED_LAYER_SIZES)  # the published layers, drawn
    labels = [text.get_text() for text in axes.get_legend().get_texts()]
    # no bars of yours: the published layers' bars and their dotted 150 line only
    assert labels == ["Dunbar's number ~150", "Dunbar"]
    assert "too few people to form circles" in figure_text(static)
    interactive = plotting_activity.plot_dunbar_layers(layers, active_people=3)
    assert [trace.name for trace in interactive.data] == ["Dunbar's layers"]
    assert list(interactive.data[0].y) == list(dunbar.PUBLISHED_LAYER_SIZES)
    assert "too few people to form circles" in figure_text(interactive)


def test_dunbar_forms_circles_from_the_minimum_on() -> None:
    net = _people(dunbar.MIN_PEOPLE_PER_CIRCLE * 5)
    layers = dunbar.dunbar_layers(net, as_of=AS_OF)
    assert len(layers) == 5 and layers["size"].iloc[-1] == 15
    assert dunbar.why_no_circles(layers) == ""


def test_communities_without_ties_say_so_not_nan() -> None:
    text = communities.describe_communities(communities.communities(nx.Graph()))
    assert text.startswith("No communities") and "nan" not in text
    graph = nx.Graph()
    graph.add_edge("a", "b")
    graph.add_edge("c", "d")
    line = communities.describe_communities(communities.communities(graph))
    assert line.startswith("2 communities among the 4 people with ties; 2 ties; modularity 0.500")
