"""Time of the two-part decay fit at 100,000 contacts against the frailty fit (issue #7).

The issue asks for "a parametric decay fit under 0.1 s". This times, in interleaved rounds
of one process on bench_activity.py's two decay populations (100,000 contacts over two
years: ``plain``, half-life 90 days and no floors, ~534,000 events; ``floors``, 8% of the
interacting contacts with a floor of their own, a quarter passive, ~608,000 events):

- ``frailty``: ``_fit_decay(..., floor=True)``, the Gamma-frailty fit (the default before
  session 9), the named baseline;
- ``two-part k_F=2`` and ``two-part k_F fitted``: ``_fit_decay(..., likelihood="two-part",
  floor_shape=2.0 / None)``;
- the same two-part fits with the compiled pass in one thread (``--serial`` rows:
  ``decay_twopart._threads`` set to 1), so that the threads' share of the time shows.

Best of ``--repeat`` rounds, wall (``time.perf_counter``) and CPU of the whole process
(``time.process_time``: every thread's), and the ratio to the frailty fit's best in the
same run. The load average is printed at the start and the end: on a shared machine the
wall times of the threaded fit are only meaningful when the load is below the CPU count.

Run:  PYTHONPATH=. python bench/bench_decay_speed.py [--repeat 7] [--no-serial]
"""

from __future__ import annotations

import argparse
import math
import os
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from bench_activity import floor_population

from power1000_analysis import decay_fit, decay_twopart


def plain_population(seed: int = 0, n_contacts: int = 100_000) -> tuple[np.ndarray, ...]:
    """bench_activity.py's decay data (same recipe and seed: its Kaplan–Meier draws first)."""
    rng = np.random.default_rng(seed)
    rng.exponential(300.0, n_contacts)
    rng.random(n_contacts)
    exposure = rng.uniform(0, 730, n_contacts)
    beta = math.log(2) / 90
    counts = rng.poisson(0.05 / beta * -np.expm1(-beta * exposure))
    contact = np.repeat(np.arange(n_contacts), counts)
    u = rng.random(len(contact))
    age = -np.log1p(-u * -np.expm1(-beta * exposure[contact])) / beta
    return exposure, age, contact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-serial", action="store_true", help="skip the one-thread rows")
    args = parser.parse_args()
    print(f"load average at the start (1, 5, 15 min): {os.getloadavg()}")
    print(f"threads of the two-part pass: {decay_twopart._threads()}")
    threads = decay_twopart._threads

    def serial(fit: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            decay_twopart._threads = lambda: 1
            try:
                return fit()
            finally:
                decay_twopart._threads = threads

        return run

    for label, data in (("plain", plain_population()), ("floors", floor_population(0))):
        cases: dict[str, Callable[[], Any]] = {
            "frailty": lambda d=data: decay_fit._fit_decay(*d, floor=True, likelihood="frailty"),
            "two-part k_F=2": lambda d=data: decay_fit._fit_decay(
                *d, likelihood="two-part", floor_shape=2.0
            ),
            "two-part k_F fitted": lambda d=data: decay_fit._fit_decay(
                *d, likelihood="two-part", floor_shape=None
            ),
        }
        if not args.no_serial:
            cases["two-part k_F=2, one thread"] = serial(cases["two-part k_F=2"])
            cases["two-part k_F fitted, one thread"] = serial(cases["two-part k_F fitted"])
        for fit in cases.values():  # (compile or load the kernels; warm the caches)
            fit()
        wall = dict.fromkeys(cases, math.inf)
        cpu = dict.fromkeys(cases, math.inf)
        half_life = {}
        for _ in range(args.repeat):
            for name, fit in cases.items():
                started, started_cpu = time.perf_counter(), time.process_time()
                result = fit()
                wall[name] = min(wall[name], time.perf_counter() - started)
                cpu[name] = min(cpu[name], time.process_time() - started_cpu)
                half_life[name] = math.log(2) / result.beta
        print(f"{label}: {len(data[0]):,} contacts, {len(data[1]):,} events, best of {args.repeat}")
        print(
            f"  {'fit':<34} {'wall s':>8} {'× frailty':>10} {'CPU s':>8} {'× frailty':>10}  half-life"
        )
        for name in cases:
            print(
                f"  {name:<34} {wall[name]:8.3f} {wall[name] / wall['frailty']:10.2f} "
                f"{cpu[name]:8.3f} {cpu[name] / cpu['frailty']:10.2f}  {half_life[name]:.4f}",
                flush=True,
            )
    print(f"load average at the end (1, 5, 15 min): {os.getloadavg()}")


if __name__ == "__main__":
    main()
