"""Benchmark activity.py against named baselines (issue #7). Not part of the test suite.

Run:  .venv/bin/python bench/bench_activity.py [--rows 10000000] [--people 100000] [--repeat 5]

Baselines, in the same run, on the same data (best of ``--repeat`` interleaved rounds, the
median of the per-round ratios, wall and CPU time):

- ``bincount floor``: the least any scorer must do: from the same arrays
  ``activity_scores`` starts from (the int32 categorical codes of ``person_id`` and the
  int64 nanoseconds of ``at``), the decay weight per row and one ``np.bincount`` - the
  decayed weight sum per person, without kinds, counts or dates. Two spellings are timed
  in every round: the weight computed in place, and the obvious
  ``np.bincount(codes, weights=np.exp((at - as_of) * k))`` (two more temporaries; usually
  slower, but not always: 0.92x in one session-6 run). The floor of a round is the faster
  of the two in that round, so no ratio is flattered by a slow floor;
- ``pandas groupby``: the same decayed sum through ``DataFrame.groupby(...).sum()``;
- ``per-contact loop``: a Python loop over contacts, timed on a sample of contacts and
  scaled to all of them (a full run takes minutes).

Everything runs in one thread (session 6: ``activity_scores`` tallies the rows in one
compiled loop, ``power1000_analysis/_kernels.py``, from ``scores._COMPILED_FROM`` = 5M rows
on, and in plain NumPy below; no thread pool any more), so the floor and the scorer are
like for like. At ``--rows`` below 5M the NumPy path is what is timed.

Measured: ``activity_scores(net, as_of=...)``, the public call, on a Network whose
``person_id``, ``kind`` and ``direction`` columns are categorical (what ``load`` and
``merge_exports`` give; codes are free), and once on object (string) columns, which must
be factorised first; beside it, in the same rounds, the inner ``scores._tally`` alone (the
per-row work; the rest of the call builds the 100,000-row table); the Kaplan–Meier part
of ``survival`` for 100,000 contacts; the parametric decay fit (``_fit_decay``) for
100,000 contacts from their exposures and event ages (the frailty likelihood, the default
until session 8, with and without the floor, the floor mixture, ``likelihood="mixture"``,
and the two-part model, ``likelihood="two-part"``, the default since session 9 with the
floor shape fitted); all also on 100,000 contacts of which 8% keep
a floor, ``floor_population``), and the whole
``decay_half_life`` call.

The best-of times exclude compiling the loop: the first call of a process compiles it
(numba) or loads it from the package's ``__pycache__``. That first call is timed apart,
in fresh processes: with an empty cache (what a read-only install pays in every process,
and any install once) and with the cache the rounds left behind.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis import activity, decay_fit
from power1000_analysis import scores as scores_module
from power1000_analysis.network import Network
from power1000_analysis.schema import conform

AS_OF = pd.Timestamp("2024-07-01", tz="UTC")
NS_PER_DAY = 86_400 * 10**9


#: best CPU seconds of every ``best`` call, by the order of the calls (printed beside wall)
CPU_BEST: list[float] = []


def best(function: Callable[[], Any], repeat: int) -> float:
    """Best wall seconds of ``repeat`` calls; the best CPU seconds go to ``CPU_BEST``."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU_BEST.append(min(cpu))
    return min(times)


def timed(function: Callable[[], Any]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call; CPU time is steadier on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


#: a fresh process: import the package, then time the first ``_tally`` call on a tiny frame,
#: forced onto the compiled loop (a frame this small takes the NumPy path)
_FIRST_CALL = """
import time
start = time.perf_counter()
import pandas as pd
from power1000_analysis import scores
from power1000_analysis.scores import DEFAULT_WEIGHTS, _tally
imported = time.perf_counter() - start
scores._COMPILED_FROM = 0
frame = pd.DataFrame({
    "at": pd.to_datetime(["2024-01-01", "2024-02-01"], utc=True),
    "person_id": pd.Categorical(["a", "b"]),
    "kind": pd.Categorical(["message", "like"]),
    "direction": pd.Categorical(["in", "out"]),
    "n_participants": [2, 2],
})
start = time.perf_counter()
_tally(frame, pd.Timestamp("2024-07-01", tz="UTC"), half_life_days=90.0, weights=DEFAULT_WEIGHTS)
print(imported, time.perf_counter() - start)
"""


def first_call(cache_dir: str | None) -> tuple[float, float]:
    """(import seconds, first ``_tally`` seconds) in a fresh process; with ``cache_dir``,
    numba's cache is there (empty: the loop is compiled), else in the package."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    if cache_dir is not None:
        environment["NUMBA_CACHE_DIR"] = cache_dir
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_CALL],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    imported, call = (float(value) for value in result.stdout.split())
    return imported, call


def floor_population(seed: int, n_contacts: int = 100_000) -> tuple[np.ndarray, ...]:
    """(exposure, event ages, event contact) of 100,000 contacts over two years, half-life
    150 days: a quarter passive, Gamma(1.5) starting rates of mean 0.3 a week, 8% of the
    others also at a constant rate of their own (Gamma(2), mean 0.35 a week)."""
    rng = np.random.default_rng(seed + 1)
    exposure = rng.uniform(0, 730.0, n_contacts)
    passive = rng.random(n_contacts) < 0.25
    strong = ~passive & (rng.random(n_contacts) < 0.08)
    rate0 = np.where(passive, 0.0, rng.gamma(1.5, 0.3 / 1.5, n_contacts)) / 7
    floor = np.where(strong, rng.gamma(2.0, 0.35 / 2.0, n_contacts), 0.0) / 7
    beta = math.log(2) / 150.0
    counts = rng.poisson(rate0 * -np.expm1(-beta * exposure) / beta)
    owner = np.repeat(np.arange(n_contacts), counts)
    ages = -np.log1p(-rng.random(len(owner)) * -np.expm1(-beta * exposure[owner])) / beta
    steady = rng.poisson(floor * exposure)
    steady_owner = np.repeat(np.arange(n_contacts), steady)
    steady_ages = rng.random(len(steady_owner)) * exposure[steady_owner]
    return exposure, np.concatenate([ages, steady_ages]), np.concatenate([owner, steady_owner])


def build(rows: int, people: int, seed: int) -> tuple[Network, dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    keys = np.array([f"c{i:07d}" for i in range(people)], dtype=object)
    connected = AS_OF.value - rng.integers(0, 3 * 365 * NS_PER_DAY, people)
    owner = rng.integers(0, people, rows).astype(np.int32)
    at = np.sort(AS_OF.value - rng.integers(0, 3 * 365 * NS_PER_DAY, rows))
    kinds = ["message", "like", "comment", "reaction"]
    kind_codes = rng.integers(0, len(kinds), rows).astype(np.int8)
    direction_codes = rng.integers(0, 2, rows).astype(np.int8)
    person_ids = pd.Categorical.from_codes(owner, categories=pd.Index("linkedin:" + keys))
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "linkedin",
                "contact_key": keys,
                "name": keys,
                "relation": "connection",
                "connected_at": pd.to_datetime(connected, utc=True),
                "is_current": True,
                "person_id": "linkedin:" + keys,
            }
        ),
    )
    # Built directly (not through merge_exports) so that the benchmark times scoring only.
    interactions = pd.DataFrame(
        {
            "platform": pd.Categorical.from_codes(np.zeros(rows, np.int8), ["linkedin"]),
            "at": pd.to_datetime(at, utc=True),
            "contact_key": pd.Categorical.from_codes(owner, categories=pd.Index(keys)),
            "name": pd.Categorical.from_codes(owner, categories=pd.Index(keys)),
            "direction": pd.Categorical.from_codes(direction_codes, ["in", "out"]),
            "kind": pd.Categorical.from_codes(kind_codes, kinds),
            "n_participants": np.where(rng.random(rows) < 0.01, 5, 2),
            "person_id": person_ids,
        }
    )
    snapshots = conform(
        "snapshots",
        pd.DataFrame(
            {"platform": ["linkedin"], "exported_at": [AS_OF], "format_version": "x", "source": "x"}
        ),
    )
    net = Network(
        contacts=contacts,
        interactions=interactions,
        requests=conform("requests", None),
        snapshots=snapshots,
        problems=conform("problems", None),
        people=conform("people", None),
    )
    group = np.asarray(interactions["n_participants"]) > 2
    divisor = np.where(group & (kind_codes == 0), np.asarray(interactions["n_participants"]) - 1, 1)
    return net, {"owner": owner, "at": at, "divisor": divisor}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--loop-sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    print(f"load average at the start (1, 5, 15 min): {os.getloadavg()}")
    net, raw = build(args.rows, args.people, args.seed)
    owner, at = raw["owner"], raw["at"]
    decay = math.log(2) / (90 * NS_PER_DAY)
    # The floor reads the very arrays activity_scores starts from: the categorical codes of
    # person_id (int32) and the int64 nanoseconds behind `at` (both free to get).
    codes = np.asarray(net.interactions["person_id"].cat.codes)
    at_ns = np.asarray(net.interactions["at"].array.asi8)
    assert np.array_equal(codes, owner) and np.array_equal(at_ns, at)
    cutoff = float(AS_OF.value) * decay

    def floor_inplace() -> np.ndarray:
        # the decay weight computed in place (no int64 temporary), then one bincount
        weight = np.multiply(at_ns, decay, dtype=np.float64)
        weight -= cutoff
        np.exp(weight, out=weight)
        return np.bincount(codes, weights=weight, minlength=args.people)

    def floor_plain() -> np.ndarray:  # the obvious spelling (sometimes the faster)
        return np.bincount(
            codes, weights=np.exp((at_ns - AS_OF.value) * decay), minlength=args.people
        )

    np.testing.assert_allclose(floor_inplace(), floor_plain(), rtol=1e-12)

    frame = pd.DataFrame({"owner": owner, "at": at})

    def groupby() -> pd.Series:
        weight = np.exp((frame["at"].to_numpy() - AS_OF.value) * decay)
        return pd.Series(weight).groupby(frame["owner"].to_numpy()).sum()

    def scores() -> pd.DataFrame:
        return activity.activity_scores(net, as_of=AS_OF)

    # the first call in this process: compiles the loop or loads it from the cache
    start = time.perf_counter()
    scores()
    first_in_process = time.perf_counter() - start

    merged_weights = {**activity.DEFAULT_WEIGHTS}

    def tally() -> object:
        return scores_module._tally(
            net.interactions, AS_OF, half_life_days=90.0, weights=merged_weights
        )

    order = np.argsort(owner, kind="stable")
    bounds = np.searchsorted(owner[order], np.arange(args.people + 1))

    def loop(sample: int) -> list[float]:
        totals = []
        for person in range(sample):
            total = 0.0
            for index in order[bounds[person] : bounds[person + 1]]:
                total += 2.0 ** ((at[index] - AS_OF.value) / (90 * NS_PER_DAY))
            totals.append(total)
        return totals

    # correctness before timing anything: with unit weights the score is the floor's sum
    # (group messages divided by n - 1)
    weights = np.exp((at - AS_OF.value) * decay) / raw["divisor"]
    reference = np.bincount(owner, weights=weights, minlength=args.people)
    ones = activity.activity_scores(
        net, as_of=AS_OF, weights=dict.fromkeys(activity.DEFAULT_WEIGHTS, 1.0)
    ).set_index("person_id")
    ids = pd.Index([f"linkedin:c{i:07d}" for i in range(args.people)])
    np.testing.assert_allclose(ones["score"].reindex(ids).to_numpy(), reference, rtol=1e-9)
    assert ones["n_interactions"].sum() == args.rows

    results: dict[str, float] = {}
    # Interleaved, so that a busy neighbour slows the floor and the contenders alike; the
    # ratio is also reported as the median of the per-round ratios, by wall and CPU time.
    contenders = {
        "floor_inplace": floor_inplace,
        "floor_plain": floor_plain,
        "scores": scores,
        "tally": tally,
        "groupby": groupby,
    }
    wall: dict[str, list[float]] = {name: [] for name in contenders}
    cpu: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.repeat):
        for name, function in contenders.items():
            seconds, cpu_seconds = timed(function)
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    # the floor of each round: the faster of its two spellings in that round
    for times in (wall, cpu):
        times["floor"] = np.minimum(times["floor_inplace"], times["floor_plain"]).tolist()
    results["bincount floor (per round the faster of the two below)"] = min(wall["floor"])
    results["  bincount in place"] = min(wall["floor_inplace"])
    results["  bincount, obvious spelling"] = min(wall["floor_plain"])
    results["activity_scores (categorical)"] = min(wall["scores"])
    results["  of which scores._tally (the per-row work)"] = min(wall["tally"])
    results["pandas groupby"] = min(wall["groupby"])

    def median_ratio(times: dict[str, list[float]], name: str) -> float:
        return float(np.median(np.array(times[name]) / np.array(times["floor"])))

    named = ("scores", "tally", "groupby")
    paired = {name: median_ratio(wall, name) for name in named}
    paired_cpu = {name: median_ratio(cpu, name) for name in named}
    best_cpu = {name: min(values) for name, values in cpu.items()}
    loop_time = best(lambda: loop(args.loop_sample), 1)
    results["per-contact loop (scaled)"] = loop_time * args.people / args.loop_sample
    CPU_BEST[-1] *= args.people / args.loop_sample

    plain = Network(
        contacts=net.contacts,
        interactions=net.interactions.astype(
            {"person_id": object, "kind": object, "direction": object}
        ),
        requests=net.requests,
        snapshots=net.snapshots,
        problems=net.problems,
        people=net.people,
    )
    results["activity_scores (object columns)"] = best(
        lambda: activity.activity_scores(plain, as_of=AS_OF), max(1, args.repeat // 2)
    )

    # Kaplan–Meier on 100,000 contacts, and the parametric fit on their sufficient statistics
    from lifelines import KaplanMeierFitter

    rng = np.random.default_rng(args.seed)
    durations = np.round(rng.exponential(300.0, 100_000))
    observed = rng.random(100_000) < 0.7
    results["Kaplan–Meier, 100,000 contacts"] = best(
        lambda: KaplanMeierFitter().fit(durations, observed), args.repeat
    )
    exposure = rng.uniform(0, 730, 100_000)
    beta = math.log(2) / 90
    counts = rng.poisson(0.05 / beta * -np.expm1(-beta * exposure))
    event_contact = np.repeat(np.arange(100_000), counts)
    u = rng.random(len(event_contact))
    event_age = -np.log1p(-u * -np.expm1(-beta * exposure[event_contact])) / beta
    results[f"decay fit (floor), 100,000 contacts, {len(event_age):,} events"] = best(
        lambda: decay_fit._fit_decay(
            exposure, event_age, event_contact, floor=True, likelihood="frailty"
        ),
        args.repeat,
    )
    results[f"decay fit (no floor), 100,000 contacts, {len(event_age):,} events"] = best(
        lambda: decay_fit._fit_decay(exposure, event_age, event_contact, floor=False),
        args.repeat,
    )
    # the floor mixture (decay_mixture.py, likelihood="mixture") on the same data (no tie
    # keeps a floor here: the fit ends at its boundary π = 0) ...
    results[f"decay fit (mixture), 100,000 contacts, {len(event_age):,} events"] = best(
        lambda: decay_fit._fit_decay(exposure, event_age, event_contact, likelihood="mixture"),
        args.repeat,
    )
    # the two-part model (decay_twopart.py: a floor of its own, independent of the start,
    # on a fitted share; no floor here either: it ends at π = 0)
    results[f"decay fit (two-part), 100,000 contacts, {len(event_age):,} events"] = best(
        lambda: decay_fit._fit_decay(exposure, event_age, event_contact, likelihood="two-part"),
        args.repeat,
    )
    # ... and both on 100,000 contacts where 8% of the interacting ones keep a floor (a
    # constant rate of their own, independent of how they started: the persona's strong
    # ties), a quarter are passive, Gamma(1.5) starting rates: the frailty jackknife's exact
    # refits of the influential strong ties are most of the frailty fit's time here
    floor_data = floor_population(args.seed)
    results[f"decay fit (floor), 100,000 contacts with floors, {len(floor_data[1]):,} events"] = (
        best(
            lambda: decay_fit._fit_decay(*floor_data, floor=True, likelihood="frailty"), args.repeat
        )
    )
    results[f"decay fit (mixture), 100,000 contacts with floors, {len(floor_data[1]):,} events"] = (
        best(lambda: decay_fit._fit_decay(*floor_data, likelihood="mixture"), args.repeat)
    )
    results[
        f"decay fit (two-part), 100,000 contacts with floors, {len(floor_data[1]):,} events"
    ] = best(lambda: decay_fit._fit_decay(*floor_data, likelihood="two-part"), args.repeat)
    survival_net, _ = build(2_000_000, 100_000, args.seed)
    results["survival() end to end, 100,000 contacts, 2M interactions"] = best(
        lambda: activity.survival(survival_net, by=None), 1
    )
    results["decay_half_life() end to end, 100,000 contacts, 2M interactions"] = best(
        lambda: activity.decay_half_life(survival_net), 1
    )

    with tempfile.TemporaryDirectory() as empty_cache:
        compiled = first_call(empty_cache)
    cached = first_call(None)

    base = results["bincount floor (per round the faster of the two below)"]
    print(f"load average at the end (1, 5, 15 min): {os.getloadavg()}")
    print(f"{args.rows:,} interactions, {args.people:,} people, best of {args.repeat}")
    cpu_of = dict(zip(list(results)[-len(CPU_BEST) :], CPU_BEST, strict=True))
    cpu_of.update({name: best_cpu[key] for name, key in [
        ("bincount floor (per round the faster of the two below)", "floor"),
        ("activity_scores (categorical)", "scores"), ("pandas groupby", "groupby"),
        ("  of which scores._tally (the per-row work)", "tally"),
        ("  bincount in place", "floor_inplace"), ("  bincount, obvious spelling", "floor_plain"),
    ]})  # fmt: skip
    print(f"{'what':<66} {'seconds':>9} {'× floor':>8} {'CPU s':>8}")
    for name, seconds in results.items():
        ratio = f"{seconds / base:8.2f}" if "contacts" not in name else ""
        cpu_text = f"{cpu_of[name]:8.3f}" if name in cpu_of else ""
        print(f"{name:<66} {seconds:9.3f} {ratio:>8} {cpu_text:>8}")
    print(
        "floor: in each round the faster of its two spellings (never a flattering one)\n"
        f"median per-round ratio to the floor: activity_scores {paired['scores']:.2f} "
        f"(_tally {paired['tally']:.2f}), pandas groupby {paired['groupby']:.2f}"
    )
    print(
        f"best/best wall ratio to the floor: activity_scores "
        f"{results['activity_scores (categorical)'] / base:.2f} (one thread, as the floor)"
    )
    print(
        f"CPU seconds, best round: floor {best_cpu['floor']:.3f}, activity_scores "
        f"{best_cpu['scores']:.3f} ({best_cpu['scores'] / best_cpu['floor']:.2f}x), _tally "
        f"{best_cpu['tally']:.3f} ({best_cpu['tally'] / best_cpu['floor']:.2f}x), pandas "
        f"groupby {best_cpu['groupby']:.3f}; median per-round CPU ratio: activity_scores "
        f"{paired_cpu['scores']:.2f} (_tally {paired_cpu['tally']:.2f}), pandas groupby "
        f"{paired_cpu['groupby']:.2f}"
    )
    decay_rows = {name.split(",")[0] + (" floors" if "with floors" in name else ""): name
                  for name in results if name.startswith("decay fit")}  # fmt: skip
    for data, suffix in (("bench data (no floors)", ""), ("with floors", " floors")):
        frailty = results[decay_rows["decay fit (floor)" + suffix]]
        mixture = results[decay_rows["decay fit (mixture)" + suffix]]
        twopart = results[decay_rows["decay fit (two-part)" + suffix]]
        print(
            f"decay fit, {data}: mixture {mixture:.3f} s, two-part {twopart:.3f} s, frailty "
            f"(floor) {frailty:.3f} s; mixture/frailty {mixture / frailty:.2f}, "
            f"two-part/frailty {twopart / frailty:.2f} (best of {args.repeat}, wall; CPU: "
            + ", ".join(
                f"{name} {cpu_of[decay_rows[row + suffix]]:.3f}"
                for name, row in (
                    ("frailty", "decay fit (floor)"),
                    ("mixture", "decay fit (mixture)"),
                    ("two-part", "decay fit (two-part)"),
                )
            )
            + ")"
        )
    ratios = np.array(wall["scores"]) / np.array(wall["floor"])
    print(f"per-round wall ratios, activity_scores: {np.round(ratios, 2)}")
    print(
        "not in the best-of times: the first call of a process compiles the loop or loads "
        f"it. This run's first call: {first_in_process:.2f} s (compile or cache load, plus "
        f"the call). Fresh process, empty cache: import {compiled[0]:.2f} s, first _tally "
        f"on 2 rows {compiled[1]:.2f} s (compiling); with the package's cache: import "
        f"{cached[0]:.2f} s, first _tally {cached[1]:.2f} s"
    )


if __name__ == "__main__":
    main()
