"""``as_of``: one parser for every public function (evidence.parse_as_of). A string is an
ISO 8601 date or date and time; anything else is a ValueError saying what was given and
what is expected (pandas read "01/02/2024" as 2 January, month first, without a word)."""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import power1000_analysis
from power1000_analysis import (
    acceptance,
    activity,
    decay,
    dunbar,
    forecast,
    funnel,
    growth,
    headcount,
    loaders,
    reach,
    report,
    scores,
    survival,
)
from power1000_analysis.evidence import parse_as_of
from power1000_analysis.identity.people import people_by_platform
from power1000_analysis.network import Network
from power1000_analysis.schema import conform

AT = pd.Timestamp("2024-06-01", tz="UTC")


def _network() -> Network:
    """Two Facebook friends, one of whom wrote the day before the export."""
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "facebook",
                "contact_key": ["a", "b"],
                "name": ["Ann", "Bob"],
                "relation": "friend",
                "connected_at": AT - pd.Timedelta(days=400),
                "first_seen_at": AT,
                "last_seen_at": AT,
                "is_current": True,
                "person_id": ["facebook:a", "facebook:b"],
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": ["facebook"],
                "at": [AT - pd.Timedelta(days=1)],
                "contact_key": ["a"],
                "direction": ["in"],
                "kind": ["message"],
                "person_id": ["facebook:a"],
            }
        ),
    )
    snapshots = conform(
        "snapshots",
        pd.DataFrame(
            {"platform": ["facebook"], "exported_at": [AT], "format_version": "v", "source": "s"}
        ),
    )
    frames = {name: conform(name, None) for name in ("requests", "problems", "people")}
    return Network(contacts=contacts, interactions=interactions, snapshots=snapshots, **frames)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-01-02", "2024-01-02 00:00"),  # naive: UTC
        ("2024-01-02T09:30", "2024-01-02 09:30"),
        ("2024-01-02 09:30:15", "2024-01-02 09:30:15"),
        ("2024-01-02T09:30:00+02:00", "2024-01-02 07:30"),
        ("2024-01-02T09:30:00Z", "2024-01-02 09:30"),
        ("2017-01-15 00:00:00+00:00", "2017-01-15 00:00"),  # str() of a UTC Timestamp
        (datetime.date(2024, 1, 2), "2024-01-02 00:00"),
        (datetime.datetime(2024, 1, 2, 9, 30), "2024-01-02 09:30"),
        (pd.Timestamp("2024-01-02 09:30", tz="Europe/Paris"), "2024-01-02 08:30"),
        (np.datetime64("2024-01-02"), "2024-01-02 00:00"),
    ],
)
def test_iso_strings_and_dates_are_read_as_utc(given: Any, expected: str) -> None:
    assert parse_as_of(given) == pd.Timestamp(expected, tz="UTC")


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("01/02/2024", "as_of='01/02/2024' is not an ISO date; write it as YYYY-MM-DD"),
        ("02.01.2024", "as_of='02.01.2024' is not an ISO date; write it as YYYY-MM-DD"),
        ("2 Jan 2024", "is not an ISO date"),
        ("today", "as_of='today' is not an ISO date"),
        ("20240102", "is not an ISO date"),
        ("2024-01", "is not an ISO date"),
        ("2024-02-30", "as_of='2024-02-30' is not a valid date"),
        (20240102, "as_of=20240102 (int) is not a date"),
        (pd.NaT, "is not a date"),
    ],
)
def test_anything_else_is_a_value_error_saying_what_is_expected(given: Any, message: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD") as raised:
        parse_as_of(given)
    assert message in str(raised.value)
    assert parse_as_of(None) is None  # the caller's default (the newest export)


#: every public function with an ``as_of`` parameter, with the other arguments it needs
CALLS: dict[str, Callable[[Network, Any], object]] = {
    "acceptance.acceptance": lambda n, a: acceptance.acceptance(n, platform="facebook", as_of=a),
    "acceptance.acceptance_table": lambda n, a: acceptance.acceptance_table(n, as_of=a),
    "acceptance.request_observations": lambda n, a: acceptance.request_observations(
        n, platform="facebook", as_of=a
    ),
    "acceptance.request_outcomes": lambda n, a: acceptance.request_outcomes(n, as_of=a),
    "activity.contact_status": lambda n, a: activity.contact_status(n, as_of=a),
    "activity.losing_touch": lambda n, a: activity.losing_touch(n, as_of=a),
    "decay.decay_curve": lambda n, a: decay.decay_curve(n, as_of=a),
    "decay.decay_curves": lambda n, a: decay.decay_curves(n, as_of=a),
    "decay.decay_half_life": lambda n, a: decay.decay_half_life(n, as_of=a),
    "dunbar.dunbar_layers": lambda n, a: dunbar.dunbar_layers(n, as_of=a),
    "dunbar.dunbar_membership": lambda n, a: dunbar.dunbar_membership(n, as_of=a),
    "forecast.forecast_goal": lambda n, a: forecast.forecast_goal(n, as_of=a),
    "forecast.forecast_inputs": lambda n, a: forecast.forecast_inputs(n, as_of=a),
    "forecast.required_outreach": lambda n, a: forecast.required_outreach(
        n, by="2026-01-01", as_of=a
    ),
    "forecast.active_history": lambda n, a: forecast.active_history(n, as_of=a),
    "forecast.backtest": lambda n, a: forecast.backtest(n, as_of=a),
    "funnel.engaged_people": lambda n, a: funnel.engaged_people(n, as_of=a),
    "funnel.funnel_table": lambda n, a: funnel.funnel_table(n, as_of=a),
    "growth.growth_table": lambda n, a: growth.growth_table(n, as_of=a),
    "growth.contact_presence": lambda n, a: growth.contact_presence(n, as_of=a),
    "growth.platform_counts": lambda n, a: growth.platform_counts(n, as_of=a),
    "growth.platform_overlap": lambda n, a: growth.platform_overlap(n, as_of=a),
    "growth.platforms_per_person": lambda n, a: growth.platforms_per_person(n, as_of=a),
    "growth.snapshot_changes": lambda n, a: growth.snapshot_changes(n, as_of=a),
    "growth.snapshot_diff": lambda n, a: growth.snapshot_diff(n, as_of=a),
    "loaders.file_date_advice_for": lambda n, a: loaders.file_date_advice_for(n.problems, a),
    "identity.people.people_by_platform": lambda n, a: people_by_platform(n, as_of=a),
    "headcount.describe_people": lambda n, a: headcount.describe_people(n, as_of=a),
    "headcount.people_counts": lambda n, a: headcount.people_counts(n, as_of=a),
    "headcount.duplicate_risk": lambda n, a: headcount.duplicate_risk(n, as_of=a),
    "reach.contact_graph.build_contact_graph": lambda n, a: reach.build_contact_graph(n, as_of=a),
    "reach.observed.observed_reach": lambda n, a: reach.observed_reach(n, as_of=a),
    "reach.posts.reach_curve": lambda n, a: reach.reach_curve(n, as_of=a, runs=1),
    "reach.posts.share_curve": lambda n, a: reach.share_curve(n, as_of=a, runs=1),
    "report.active_caveat": lambda n, a: report.active_caveat(n, as_of=a),
    "report.active_people": lambda n, a: report.active_people(n, as_of=a),
    "report.check_as_of": lambda n, a: report.check_as_of(n, a),
    "report.describe": lambda n, a: report.describe(n, as_of=a),
    "report.render_report": lambda n, a: report.render_report(["no-such-export"], "out", as_of=a),
    "report.summary_card": lambda n, a: report.summary_card(n, as_of=a),
    "scores.activity_scores": lambda n, a: scores.activity_scores(n, as_of=a),
    "survival.cohort_retention": lambda n, a: survival.cohort_retention(n, as_of=a),
    "survival.survival": lambda n, a: survival.survival(n, as_of=a),
    "network.Network.graph": lambda n, a: n.graph(as_of=a),
}


def _public_functions_with_as_of() -> set[str]:
    found = {"network.Network.graph"}
    prefix = power1000_analysis.__name__ + "."
    for info in pkgutil.walk_packages(power1000_analysis.__path__, prefix):
        if ".synthetic" in info.name or "kernel" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if (
                value.__module__ == module.__name__
                and "as_of" in inspect.signature(value).parameters
            ):
                found.add(f"{info.name.removeprefix(prefix)}.{name}")
    return found - {"evidence.parse_as_of"}


def test_every_public_function_with_as_of_is_checked_here() -> None:
    assert _public_functions_with_as_of() == set(CALLS)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_every_as_of_goes_through_the_one_parser(name: str) -> None:
    net = _network()
    with pytest.raises(ValueError, match=r"as_of='01/02/2024' is not an ISO date; write it as"):
        CALLS[name](net, "01/02/2024")


def test_the_outreach_deadline_is_read_the_same_way() -> None:
    with pytest.raises(ValueError, match=r"by='01/02/2026' is not an ISO date; write it as"):
        forecast.required_outreach(_network(), by="01/02/2026")
