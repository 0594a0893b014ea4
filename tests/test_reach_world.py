"""reach_curve / share_curve refuse a world smaller than your active contacts (review11 A9,
A8): the model's world holds ``population`` people and your contacts are among them, so
reach can never exceed it; ``n_active=[100], population=50`` returned reach 100.0."""

from __future__ import annotations

import pytest

from power1000_analysis import reach
from power1000_analysis.network import Network


@pytest.mark.parametrize("function", ["reach_curve", "share_curve"])
def test_more_active_contacts_than_people_is_refused(function: str) -> None:
    call = getattr(reach, function)
    n_active = [100] if function == "reach_curve" else 100
    with pytest.raises(ValueError, match=r"population \(50\) is smaller than n_active \(100\)"):
        call(Network.empty(), n_active=n_active, population=50, runs=5)


def test_reach_never_exceeds_the_population() -> None:
    # the boundary is allowed: every person of the world is an active contact
    curve = reach.reach_curve(
        Network.empty(), n_active=[0, 50], population=50, share_probability=0.5, runs=5
    )
    assert curve["reach"].tolist() == [0.0, 50.0]
    assert (curve["reach"] <= curve.attrs["population"]).all()


@pytest.mark.parametrize("population", [0, -3, float("nan")])
def test_population_must_be_positive(population: float) -> None:
    # population=0 was a ZeroDivisionError inside the simulation
    with pytest.raises(ValueError, match="population must be a positive number of people"):
        reach.reach_curve(Network.empty(), n_active=[0], population=population, runs=5)


def test_negative_contacts_are_refused() -> None:
    # was numpy's "negative dimensions are not allowed"
    with pytest.raises(ValueError, match="n_active must be numbers of contacts"):
        reach.reach_curve(Network.empty(), n_active=[10, -10], runs=5)
