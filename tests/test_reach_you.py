"""Page 04 marks where you are on the reach curve, and says plainly when no one is active
(review9 F9): the curve never showed the user's own active count, and with 0 active people
it silently gave every contact the same share probability."""

from __future__ import annotations

import pandas as pd
import pytest

from power1000_analysis import activity, plotting_reach, reach
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform

AS_OF = pd.Timestamp("2024-07-01", tz="UTC")


def _network(recent: int, old: int) -> Network:
    """LinkedIn connections of 2023-01-01: the first ``recent`` wrote 10 days before
    AS_OF (active), ``recent + k`` times each so that their activity differs; the next
    ``old`` wrote a year before it (dormant)."""
    keys = [f"c{i}" for i in range(recent + old)]
    contacts = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": keys,
            "name": keys,
            "connected_at": pd.Timestamp("2023-01-01", tz="UTC"),
            "relation": "connection",
            "is_current": True,
        }
    )
    rows = [
        {"contact_key": keys[i], "at": AS_OF - pd.Timedelta(days=10 if i < recent else 365)}
        for i in range(recent + old)
        for _ in range(recent + i if i < recent else 1)
    ]
    interactions = pd.DataFrame(rows).assign(
        platform="linkedin", direction="in", kind="message", n_participants=2
    )
    export = LoadedExport(
        platform="linkedin",
        generation="test",
        source="test",
        owner="owner",
        exported_at=AS_OF,
        contacts=conform("contacts", contacts),
        interactions=conform("interactions", interactions),
    )
    return merge_exports([export])


def _you(figure: object) -> list[object]:
    lines = figure.axes[0].get_lines()  # type: ignore[attr-defined]
    return [line for line in lines if line.get_label().startswith("you:")]


def test_the_curve_marks_your_active_people() -> None:
    net = _network(recent=5, old=4)
    status = activity.contact_status(net)
    assert (status["status"] == "active").sum() == 5
    curve = reach.reach_curve(net, n_active=[0, 5, 10, 20], runs=50)
    assert curve.attrs["active_now"] == 5 and curve.attrs["weights"] == "activity"
    [dot] = _you(plotting_reach.plot_reach_curve(curve, static=True))
    at = curve.set_index("n_active").loc[5, "reach"]
    assert list(dot.get_xdata()) == [5.0] and list(dot.get_ydata()) == [pytest.approx(at)]
    assert dot.get_label() == f"you: 5 active, ~{at:,.0f} reached"
    interactive = plotting_reach.plot_reach_curve(curve)
    [trace] = [t for t in interactive.data if str(t.name).startswith("you:")]
    assert list(trace.x) == [5.0]
    text = reach.describe_reach_now(curve)
    assert (
        text.startswith("You have 5 active people on this date") and "same probability" not in text
    )
    # a count between the curve's rows is read on the line between them
    between = reach.reach_curve(net, n_active=[0, 10], runs=50)
    [dot] = _you(plotting_reach.plot_reach_curve(between, static=True))
    middle = between["reach"].mean()
    assert list(dot.get_ydata()) == [pytest.approx(middle)]
    assert "read between the curve's nearest points" in reach.describe_reach_now(between)


def test_no_one_active_is_said_not_silently_weighted_alike() -> None:
    net = _network(recent=0, old=6)  # six people, all dormant: scores but no one active
    curve = reach.reach_curve(net, n_active=[0, 10, 20], runs=50)
    assert curve.attrs["active_now"] == 0 and curve.attrs["weights"] == "equal"
    text = reach.describe_reach_now(curve)
    assert text.startswith("No one is active on this date (0 active people)")
    assert "shares with the same probability (share_probability)" in text
    [dot] = _you(plotting_reach.plot_reach_curve(curve, static=True))
    assert list(dot.get_xdata()) == [0.0] and list(dot.get_ydata()) == [0.0]
    assert dot.get_label() == "you: 0 active people, a post reaches no one"
    # with active people the weights follow their activity, and the attrs say so
    assert reach.reach_curve(_network(3, 0), n_active=[0, 3], runs=10).attrs["weights"] == (
        "activity"
    )


def test_no_interactions_at_all_is_unknown_not_zero() -> None:
    """An address book alone: no one can show a sign of life, so the active count is
    unknown (the front card says so); the reach page says that, and draws no dot at 0."""
    contacts = pd.DataFrame(
        {
            "platform": "addressbook",
            "contact_key": ["ann", "bob", "cid"],
            "name": ["Ann", "Bob", "Cid"],
            "relation": "contact",
            "is_current": True,
        }
    )
    export = LoadedExport(
        platform="addressbook",
        generation="test",
        source="book",
        owner=None,
        exported_at=AS_OF,
        contacts=conform("contacts", contacts),
        missing={"interactions": "an address book holds no interactions"},
    )
    net = merge_exports([export])
    curve = reach.reach_curve(net, n_active=[0, 10], runs=10)
    assert curve.attrs["active_now"] == 0 and curve.attrs["status_known"] == 0
    text = reach.describe_reach_now(curve)
    assert text.startswith("Whether anyone is active on this date is unknown")
    [dot] = _you(plotting_reach.plot_reach_curve(curve, static=True))
    assert dot.get_label().startswith("you: active people unknown")
    assert all(x != x for x in dot.get_xdata())  # NaN: named in the legend, not drawn at 0
    # a network whose export holds interactions, with no one active: 0 is known
    assert reach.reach_curve(_network(0, 2), n_active=[0], runs=5).attrs["status_known"] == 2
