"""Coverage of the decay half-life's 95% interval: model-based (naive) against the
contact-clustered sandwich (robust) that ``decay_half_life`` reports (issue #7).

Two sources of planted truth, both fitted with ``decay_fit._fit_decay`` (floor on):

* ``planted``: contacts connect uniformly over two years; each is a Poisson process of
  intensity λ₀·2^(−a/h) with λ₀ ~ Gamma(shape) (shape 2 as in tests/test_activity.py's
  ``simulate``; shape 0.3 = a few very chatty contacts), a quarter passive, 5% also at a
  constant rate that never fades; half-life 90 days.
* ``persona``: the synthetic sample persona (scale 1) at seeds 1..N, fitted on the
  generator's own one-to-one events with exact tie times (the oracle of
  tests/test_activity.py), against the planted Facebook / LinkedIn / Instagram half-lives.

Run:  python bench/bench_decay_coverage.py [--seeds 200] [--persona-seeds 8]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

from power1000_analysis import decay_fit


def planted(n_contacts: int, shape: float, seed: int, half_life: float = 90.0) -> tuple:
    rng = np.random.default_rng(seed)
    horizon = 2 * 365.0
    watched = rng.uniform(0, horizon, n_contacts)
    rate0 = rng.gamma(shape, 0.05 / shape, n_contacts)
    rate0[rng.random(n_contacts) < 0.25] = 0.0
    beta = math.log(2) / half_life
    counts = rng.poisson(rate0 * -np.expm1(-beta * watched) / beta)
    owner = np.repeat(np.arange(n_contacts), counts)
    u = rng.random(len(owner))
    ages = -np.log1p(-u * -np.expm1(-beta * watched[owner])) / beta
    strong = (rate0 > 0) & (rng.random(n_contacts) < 0.05)
    steady = rng.poisson(np.where(strong, 0.03 * watched, 0.0))
    steady_owner = np.repeat(np.arange(n_contacts), steady)
    owner = np.concatenate([owner, steady_owner])
    ages = np.concatenate([ages, rng.random(len(steady_owner)) * watched[steady_owner]])
    return watched, ages, owner


def interval(fit: decay_fit._DecayFit, se: float) -> tuple[float, float]:
    low, high = fit.beta - 1.96 * se, fit.beta + 1.96 * se
    return math.log(2) / high, (math.log(2) / low if low > 0 else math.inf)


def summarise(label: str, rows: list[tuple[float, float, float, float, float, float]]) -> None:
    table = np.array(rows)  # truth, value, naive lo, naive hi, robust lo, robust hi
    ratio = table[:, 1] / table[:, 0]
    naive = (table[:, 2] <= table[:, 0]) & (table[:, 0] <= table[:, 3])
    robust = (table[:, 4] <= table[:, 0]) & (table[:, 0] <= table[:, 5])
    width = np.median((table[:, 5] - table[:, 4]) / (table[:, 3] - table[:, 2]))
    # the sd the robust interval implies for value/truth (half-width / 1.96, relative)
    implied = np.median((table[:, 5] - table[:, 4]) / (2 * 1.96 * table[:, 1]))
    print(
        f"{label:34s} n={len(table):4d}  value/truth mean {ratio.mean():.3f} sd {ratio.std(ddof=1):.3f}"
        f"  naive covers {naive.mean():6.1%}  robust covers {robust.mean():6.1%}"
        f"  robust/naive width {width:.2f}  robust implied sd {implied:.3f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--persona-seeds", type=int, default=8)
    args = parser.parse_args()
    for n_contacts, shape in [(600, 2.0), (600, 0.3), (3000, 2.0), (3000, 0.3)]:
        if not args.seeds:
            break
        rows = []
        for seed in range(args.seeds):
            fit = decay_fit._fit_decay(*planted(n_contacts, shape, seed))
            rows.append(
                (
                    90.0,
                    math.log(2) / fit.beta,
                    *interval(fit, fit.beta_se_naive),
                    *interval(fit, fit.beta_se),
                )
            )
        summarise(f"planted {n_contacts} contacts, Gamma({shape})", rows)
    if args.persona_seeds:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from test_activity import _oracle_fit  # the generator's own events

        from power1000_analysis.synthetic import default_persona, simulate

        per: dict[str, list] = {}
        for seed in range(1, args.persona_seeds + 1):
            started = time.perf_counter()
            persona = default_persona(seed=seed)
            world = simulate(persona)
            planted_h = {p.name: p.half_life_days for p in persona.platforms}
            for platform in ("facebook", "linkedin", "instagram"):
                fit = _oracle_fit(world, platform)
                truth = planted_h[platform]
                row = (
                    truth,
                    math.log(2) / fit.beta,
                    *interval(fit, fit.beta_se_naive),
                    *interval(fit, fit.beta_se),
                )
                per.setdefault(platform, []).append(row)
                print(
                    f"  seed {seed} {platform:9s} truth {truth:5.0f}  fit {row[1]:6.1f}  "
                    f"naive {row[2]:6.1f}-{row[3]:6.1f}  robust {row[4]:6.1f}-{row[5]:6.1f}",
                    flush=True,
                )
            print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
        for platform, rows in per.items():
            summarise(f"persona {platform}", rows)
        summarise("persona, all three", [r for rows in per.values() for r in rows])


if __name__ == "__main__":
    main()
