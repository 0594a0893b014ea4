"""forecast.py (forecast12): the band draws the activation delay per future from the delays'
fits, and widens an inbound rate that varied between the window's quarters."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from power1000_analysis import forecast

UNTIL = pd.Timestamp("2024-01-01", tz="UTC")


def test_each_future_draws_its_delay_and_that_delays_exposure() -> None:
    grid = np.array([[5.0, 0.25, 40.0], [20.0, 0.75, 30.0]])  # (delay, probability, exposure)
    inputs = pd.DataFrame(
        {
            "activation_delay_days": [20.0],
            "activation_exposure": [30.0],
            "activation_delays": pd.Series([grid], dtype=object),
        }
    )
    rates, exposure = forecast._delay_draws(inputs, np.random.default_rng(0), 20_000)
    fast = np.isclose(rates[:, 0], math.log(2) / 5.0)
    assert fast.mean() == pytest.approx(0.25, abs=0.01)
    assert np.all(exposure[fast, 0] == 40.0) and np.all(exposure[~fast, 0] == 30.0)
    # without the grid (inputs by hand): the best delay in every future
    plain = inputs.drop(columns="activation_delays")
    rates, exposure = forecast._delay_draws(plain, np.random.default_rng(0), 10)
    assert np.allclose(rates, math.log(2) / 20.0) and np.all(exposure == 30.0)


def _arrivals(per_quarter: list[int]) -> pd.DataFrame:
    """Arrivals spread evenly in each quarter of a 52-week window ending at UNTIL."""
    starts = []
    for quarter, n in enumerate(per_quarter):  # quarter 0: the newest
        ends = UNTIL - pd.Timedelta(weeks=13 * quarter)
        starts += [ends - pd.Timedelta(weeks=13 * (i + 0.5) / n) for i in range(n)]
    return pd.DataFrame({"start": pd.to_datetime(starts, utc=True), "dated": True})


def test_a_rate_that_varied_between_quarters_gets_that_spread() -> None:
    steady, changed = _arrivals([25, 25, 25, 25]), _arrivals([70, 10, 10, 10])
    assert forecast._quarterly_spread(steady, 100.0, 52.0, UNTIL) == pytest.approx(0.0)
    # quarterly rates 70/13, 10/13 x 3: standard deviation 30/13, over 2
    spread = forecast._quarterly_spread(changed, 100.0, 52.0, UNTIL)
    assert spread == pytest.approx(np.std([70, 10, 10, 10], ddof=1) / 13 / 2)
    assert math.isnan(forecast._quarterly_spread(changed.assign(dated=False), 100.0, 52.0, UNTIL))
    # the rate drawn with that spread: mean 100/52 a week, standard deviation `spread`
    inputs = pd.DataFrame(
        {
            "inbound_per_week": [100 / 52],
            "inbound_count": [100.0],
            "inbound_weeks": [52.0],
            "inbound_spread": [spread],
            "activation": [1.0],
            "activation_active": [1e9],
            "activation_exposure": [1e9],
        }
    )
    draws = forecast._inbound_draws(
        inputs, np.array([100 / 52 / 7]), np.random.default_rng(1), 40_000
    )
    weekly = draws[:, 0] * 7
    assert weekly.mean() == pytest.approx(100 / 52, rel=0.02)
    assert weekly.std() == pytest.approx(spread, rel=0.05)
    # a steady rate keeps the counting (Poisson) spread: sqrt(100)/52
    steady_draws = forecast._inbound_draws(
        inputs.assign(inbound_spread=0.0),
        np.array([100 / 52 / 7]),
        np.random.default_rng(1),
        40_000,
    )
    assert (steady_draws[:, 0] * 7).std() == pytest.approx(10 / 52, rel=0.05)
