"""Benchmark forecast_goal's simulation: 2,000 futures over 730 days (what page 03 runs).
Not part of the test suite.

Run:  PYTHONPATH=. .venv/bin/python bench/bench_forecast_speed.py [--repeat 3]

Times, in one process on the same inputs (data/sample's forecast_inputs as of 2016-07-15):
``forecast_goal`` (the compiled day loop, ``forecast._simulate``, after one warm-up call
that compiles it or loads it from numba's cache) and the NumPy day loop it replaced
(session 11: ten array draws a day over futures × platforms, reproduced below from
323a7bd), best of ``--repeat``, and the end of the 80% band by each (the same model: the
medians agree within the Monte Carlo error, the draws differ).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd

import power1000_analysis as p1k
from power1000_analysis import forecast as F
from power1000_analysis.network import Network

ROOT = Path(__file__).resolve().parent.parent


def numpy_loop(table: pd.DataFrame, horizon: int, n: int, seed: int) -> np.ndarray:
    """Session 11's simulation (forecast_goal's loop at 323a7bd): totals on the last day."""
    outreach, inbound, decay, now = F._rates(table)
    caps = F._arrival_caps(table, horizon)
    rng = np.random.default_rng(seed)
    inbound = F._inbound_draws(table, inbound, rng, n)
    point_floor, point_decay = F._stock(table, decay)
    floor, stock_decay = F._stock_draws(table, point_floor, point_decay, rng, n)
    idle_now, share, rate = F._returning(table)
    share, rate = F._stock_draws(table, share, rate, rng, n, prefix="return")
    step = -np.expm1(-rate)
    come_back, lapse = share * step, (1.0 - share) * step
    stock = np.tile(np.round(now).astype(np.int64), (n, 1))
    steady = rng.binomial(stock, floor)
    fading = stock - steady
    active = np.zeros_like(stock)
    arrived_steady, arrived_fading = np.zeros_like(stock), np.zeros_like(stock)
    pending = np.zeros_like(stock)
    start = np.broadcast_to(-np.expm1(-F._delay(table)), stock.shape)
    idle = np.tile(np.round(idle_now).astype(np.int64), (n, 1))
    back = np.zeros_like(stock)
    survive, stock_survive = np.exp(-decay), np.exp(-stock_decay)
    arrived_survive = np.exp(-point_decay)
    total = stock.sum(axis=1)
    for day in range(1, horizon + 1):
        open_stream = day <= caps
        fading = rng.binomial(fading, stock_survive)
        active = rng.binomial(active, survive) + rng.poisson(
            np.where(open_stream, outreach, 0.0), size=active.shape
        )
        pending += rng.poisson(inbound)
        starting = rng.binomial(pending, start)
        pending -= starting
        steady_start = rng.binomial(starting, np.broadcast_to(point_floor, stock.shape))
        arrived_steady += steady_start
        arrived_fading = rng.binomial(arrived_fading, arrived_survive) + starting - steady_start
        up, down = rng.binomial(idle, come_back), rng.binomial(back, lapse)
        idle += down - up
        back += up - down
        total = (steady + fading + active + arrived_steady + arrived_fading + back).sum(axis=1)
        if day % 7 == 0 or day == horizon:
            np.quantile(total, (0.1, 0.5, 0.9))
    return np.asarray(total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    net = p1k.load(ROOT / "data" / "sample", resolve=True)
    inputs = F.forecast_inputs(net, as_of="2016-07-15")
    empty = Network.empty()
    run = lambda: F.forecast_goal(empty, as_of="2016-07-15", inputs=inputs)  # noqa: E731
    began = time.perf_counter()
    run()
    print(f"first call (compile or cache load + run): {time.perf_counter() - began:.2f} s")
    compiled, old = [], []
    for _ in range(args.repeat):
        began = time.perf_counter()
        result = run()
        compiled.append(time.perf_counter() - began)
        began = time.perf_counter()
        ends = numpy_loop(inputs, 730, 2000, 0)
        old.append(time.perf_counter() - began)
    band = result.fan.iloc[-1]
    print(
        f"forecast_goal (compiled loop): best {min(compiled):.2f} s; band at 730 days "
        f"{band['p10']:.0f}-{band['p90']:.0f} (median {band['p50']:.0f})"
    )
    low, mid, high = np.quantile(ends, (0.1, 0.5, 0.9))
    print(
        f"session 11's NumPy day loop: best {min(old):.2f} s; band at 730 days "
        f"{low:.0f}-{high:.0f} (median {mid:.0f}); {min(old) / min(compiled):.1f}x"
    )


if __name__ == "__main__":
    main()
