"""forecast.py's returning flow (forecast11): people known but not active come back at the
rate the user's own such people have come back. Planted truth: people who switch between
writing every week and silence as a two-state Markov chain with known rates."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from power1000_analysis import forecast
from power1000_analysis.network import Network

AS_OF = pd.Timestamp("2024-01-01", tz="UTC")


def switching_network(
    *,
    people: int,
    share: float,
    active_half_life: float,
    days: int,
    after: int,
    seed: int,
) -> Network:
    """One LinkedIn export ``after`` days past AS_OF; ``people`` connections made ``days``
    before AS_OF. Each switches between active spells (writing to the user every 7 days,
    from the spell's first day) and silent ones as a continuous-time Markov chain: an
    active spell ends at rate ``a = ln 2 / active_half_life`` a day, a silent one at
    ``b = a·q / (1 − q)``, ``q = share`` (the long-run share active). Judged with a
    7-day window, a person silent on a day is active ``t`` days later with probability
    ``Q(t) = q·(1 − e^(−(a + b)t))``: the forecast's returning flow, with ``q`` and the
    rate ``r = a + b`` known. The chain starts from its stationary state."""
    from power1000_analysis.loaders._base import LoadedExport
    from power1000_analysis.network import merge_exports
    from power1000_analysis.schema import conform

    rng = np.random.default_rng(seed)
    lapse = math.log(2) / active_half_life
    come_back = lapse * share / (1 - share)
    keys = [f"p{i}" for i in range(people)]
    who, when = [], []
    span = days + after
    for person in range(people):
        t = 0.0
        on = rng.random() < share
        while t < span:
            length = rng.exponential(1 / (lapse if on else come_back))
            if on:
                stamps = np.arange(t, min(t + length, span), 7.0)
                who.extend([person] * len(stamps))
                when.extend(stamps.tolist())
            t += length
            on = not on
    start = AS_OF - pd.Timedelta(days=days)
    at = start + pd.to_timedelta(np.array(when), unit="D")
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "linkedin",
                "contact_key": keys,
                "name": keys,
                "relation": "connection",
                "is_current": True,
                "connected_at": start,
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": "linkedin",
                "at": at,
                "contact_key": [keys[i] for i in who],
                "direction": "in",
                "kind": "message",
                "n_participants": 2,
            }
        ),
    )
    export = LoadedExport(
        platform="linkedin",
        generation="test",
        source="planted.zip",
        owner="owner",
        exported_at=AS_OF + pd.Timedelta(days=after),
        contacts=contacts,
        interactions=interactions,
        missing={"requests": "none planted"},
    )
    return merge_exports([export])


def _status_count(net: Network, as_of: pd.Timestamp) -> tuple[set[object], set[object]]:
    from power1000_analysis.activity import contact_status

    status = contact_status(net, as_of=as_of, active_within_days=7)
    active = set(status.loc[status["status"] == "active", "person_id"])
    return active, set(status["person_id"]) - active


@pytest.mark.slow
def test_the_returning_flow_recovers_the_planted_rate_and_the_band_holds_the_returns() -> None:
    # 600 people, 25% active in the long run, active spells with a 60-day half-life:
    # r = a + b = a / (1 − q) (half-life 45 days). Of the silent people on AS_OF, the
    # planted chain brings Q(180) ≈ 25% back within 180 days
    share, active_half_life, after = 0.25, 60.0, 180
    net = switching_network(
        people=600, share=share, active_half_life=active_half_life, days=540, after=after, seed=5
    )
    rate = math.log(2) / active_half_life / (1 - share)
    inputs = forecast.forecast_inputs(net, as_of=AS_OF, active_within_days=7)
    # nobody new and no reach-out: the platform has no row of its own, everyone is in
    # the last row, which has its own curve
    assert list(inputs["platform"]) == [forecast.OTHER_PLATFORMS]
    row = inputs.iloc[0]
    assert row["return_curve"] == forecast.OTHER_PLATFORMS
    # measured on seeds 5-8: q 0.24-0.31, r's half-life 36-47 days (45 planted); seed 6,
    # whose q came out 0.31, has a band that misses the observed count (163-202 vs 154)
    assert row["return_share"] == pytest.approx(share, abs=0.065)
    assert row["return_half_life_days"] == pytest.approx(math.log(2) / rate, rel=0.35)
    draws = row["return_draws"]
    low, high = np.quantile(draws[:, 0], [0.025, 0.975])
    assert low <= share <= high
    # today's active people follow the same chain: R(t) = q + (1 − q)·e^(−rt)
    assert row["stock_floor"] == pytest.approx(share, abs=0.06)
    active, idle = _status_count(net, AS_OF)
    assert row["idle_now"] == len(idle) and row["active_now"] == len(active)
    # what the chain did in the 180 days after AS_OF (the export holds it)
    later, _ = _status_count(net, AS_OF + pd.Timedelta(days=after))
    returned, observed = len(later & idle), len(later)
    planted = len(idle) * share * (1 - math.exp(-rate * after))
    assert returned == pytest.approx(planted, rel=0.2)
    expected = forecast.expected_active(inputs, days=[after])[0]
    without = forecast.expected_active(inputs.assign(idle_now=0), days=[after])[0]
    assert expected - without == pytest.approx(planted, rel=0.2)
    result = forecast.forecast_goal(
        net, as_of=AS_OF, horizon_days=after, inputs=inputs, n_simulations=400, seed=1
    )
    end = result.fan.iloc[-1]
    assert end["p10"] <= observed <= end["p90"]
    assert end["p50"] == pytest.approx(observed, rel=0.1)
    # without the returning flow the band misses far below: the stock alone fades
    alone = forecast.forecast_goal(
        net,
        as_of=AS_OF,
        horizon_days=after,
        inputs=inputs.assign(idle_now=0),
        n_simulations=400,
        seed=1,
    ).fan.iloc[-1]
    assert alone["p90"] < observed


# ------------------------------------------- new people are not active at once (forecast11)


def delayed_arrivals_network(
    *, per_day: float, share: float, delay: float, half_life: float, days: int, seed: int
) -> Network:
    """One LinkedIn export at AS_OF: people connect by themselves at ``per_day`` (Poisson,
    one batch a day) over ``days`` days before it; with probability ``share`` one writes
    first after an exponential delay of half-time ``delay`` days, then every 7 days for an
    exponential lifetime of half-life ``half_life`` days. Judged with a 7-day window, a
    person ``a`` days old is active with about ``share·∫g·e^(−gu)·e^(−k(a − u))du``
    (``g = ln 2 / delay``, ``k = ln 2 / half_life``): the forecast's arrivals with a
    delay, ``f = 0``."""
    from power1000_analysis.loaders._base import LoadedExport
    from power1000_analysis.network import merge_exports
    from power1000_analysis.schema import conform

    rng = np.random.default_rng(seed)
    ages = np.arange(0, days) + 0.5
    arrived = np.repeat(ages, rng.poisson(per_day, ages.size))
    n = arrived.size
    keys = [f"p{i}" for i in range(n)]
    writes = rng.random(n) < share
    first = rng.exponential(delay / math.log(2), n)
    lifetime = rng.exponential(half_life / math.log(2), n)
    who, at_age = [], []
    for i in np.flatnonzero(writes & (first < arrived)):
        steps = np.arange(first[i], min(first[i] + lifetime[i], arrived[i]), 7.0)
        if steps.size == 0:
            steps = np.array([first[i]])
        who.extend([i] * steps.size)
        at_age.extend((arrived[i] - steps).tolist())
    frame = {
        "platform": "linkedin",
        "contact_key": keys,
        "name": keys,
        "relation": "connection",
        "is_current": True,
        "connected_at": AS_OF - pd.to_timedelta(arrived, unit="D"),
    }
    events = {
        "platform": "linkedin",
        "at": AS_OF - pd.to_timedelta(np.array(at_age), unit="D"),
        "contact_key": [keys[i] for i in who],
        "direction": "in",
        "kind": "message",
        "n_participants": 2,
    }
    export = LoadedExport(
        platform="linkedin",
        generation="test",
        source="planted.zip",
        owner="owner",
        exported_at=AS_OF,
        contacts=conform("contacts", pd.DataFrame(frame)),
        interactions=conform("interactions", pd.DataFrame(events)),
        missing={"requests": "none planted"},
    )
    return merge_exports([export])


def planted_new_active(per_day: float, share: float, delay: float, half_life: float, t: float):
    """Expected active people ``t`` days on among those who arrive from today (a numeric
    integral of the planted chance, the window's 7 days of slack left out)."""
    g, k = math.log(2) / delay, math.log(2) / half_life
    a = np.linspace(0, t, 4001)
    chance = g * (np.exp(-k * a) - np.exp(-g * a)) / (g - k)
    return per_day * share * float(np.trapezoid(chance, a))


def test_a_planted_delay_before_new_people_are_active_is_recovered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 4 people a day, 40% of them write first after a delay of half-time 20 days and then
    # fade with a 60-day half-life: of those a few weeks old few are active yet. Taking
    # them as active on arrival (the grid without delays) puts the share where the old
    # ones need it and over-counts the young: 90 days on, the forecast of the people met
    # from today is then well above the planted one
    per_day, share, delay, half_life = 4.0, 0.4, 20.0, 60.0
    net = delayed_arrivals_network(
        per_day=per_day, share=share, delay=delay, half_life=half_life, days=365, seed=3
    )

    def new_people_active(inputs: pd.DataFrame, t: float) -> float:
        mine = inputs.assign(active_now=0)
        return float(forecast.expected_active(mine, days=[t])[0])

    inputs = forecast.forecast_inputs(net, active_within_days=7, half_life_days=half_life)
    row = inputs.set_index("platform").loc["linkedin"]
    # measured on seeds 3-6: delay 20, 20, 14, 20 days; s 0.38-0.48 (the 7-day window
    # lets a person count a week longer: about e^(7k) = 8% above the planted 0.4)
    assert 14 <= row["activation_delay_days"] <= 28
    assert row["activation_low"] <= share * 1.1 and share <= row["activation_high"]
    truth = {t: planted_new_active(per_day, share, delay, half_life, t) for t in (30, 90, 365)}
    for t, value in truth.items():
        assert new_people_active(inputs, t) == pytest.approx(value, rel=0.2), t
    monkeypatch.setattr(forecast, "_DELAY_GRID", (0.0,))
    at_once = forecast.forecast_inputs(net, active_within_days=7, half_life_days=half_life)
    assert at_once["activation_delay_days"].iloc[0] == 0
    assert new_people_active(at_once, 30) > 1.5 * truth[30]
    assert new_people_active(at_once, 90) > 1.2 * truth[90]
