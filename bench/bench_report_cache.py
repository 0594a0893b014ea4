"""Benchmark the cache behind `power1000 report` (issue #5): time in loading, cold vs warm.
Not a test.

Run:  .venv/bin/python bench/bench_report_cache.py [EXPORTS…] [--anonymize] [--baseline]
      [--load-only] [--repeat 3]

Default exports: ``data/sample``. The cache goes to a fresh temporary folder, so the first
run starts from an empty cache, as on a user's first ``power1000 report``.

Report mode (default): renders the whole report twice in this process, into two temporary
folders, with the same cache:

- run 1 (cold): the report's own ``load`` parses every export, merges and resolves
  identities, and stores both; each notebook then loads again (from the cache).
- run 2 (warm): the same command again; nothing is parsed or merged.

"Time in loading" is every ``network.load`` of a run, timed inside ``load`` (from its call
to its return; the imports a notebook does before calling it are not counted, those ``load``
does itself are): the report's own and the one in each notebook's kernel (each kernel notes
its load time, ``POWER1000_LOAD_LOG``). In both runs the kernels read the network the
report has just loaded straight from its cache entry (``cache.HANDOFF_ENV``; "handed over"
counts them). Both are shown, and the ratio warm / cold for each. Target: warm < 20 % of
cold (all loading, wall time). Each load's CPU time (of the process that loads) is shown
too: on a crowded machine the wall times of five short kernel loads swell with the queue
for a CPU, their CPU times do not.

``--baseline``: a third report, warm, whose kernels do not take the hand-off (each finds
the network by the exports' path fingerprint, as before the hand-off existed): the named
baseline for the hand-off, in the same process run.

``--load-only``: just ``load(*EXPORTS, cache_dir=...)`` cold (empty cache) and warm,
``--repeat`` times each (a fresh cache folder per cold run), best and median, and the
baseline ``load(*EXPORTS)`` without any cache; useful on a bigger persona, e.g.
``power1000 sample --scale 10 --out /tmp/p10`` then ``bench_report_cache.py /tmp/p10 --load-only``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from power1000_analysis import report
from power1000_analysis.cache import ExportCache
from power1000_analysis.network import load

ROOT = Path(__file__).resolve().parent.parent


def _uptime() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:  # pragma: no cover - not Linux
        return "unknown"


def bench_report(exports: list[str], anonymize: bool, baseline: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-report-cache-") as scratch:
        cache = Path(scratch) / "cache"
        runs = []
        for run in ("cold", "warm", "warm, no hand-off")[: 3 if baseline else 2]:
            started = time.perf_counter()
            with contextlib.ExitStack() as stack:
                if run.endswith("no hand-off"):  # the kernels find the network themselves
                    stack.enter_context(mock.patch.object(ExportCache, "handoff", _no_handoff))
                result = report.render_report(
                    exports,
                    Path(scratch) / run.replace(", ", "-").replace(" ", "-"),
                    anonymize=anonymize,
                    cache_dir=cache,
                    progress=False,
                )
            wall = time.perf_counter() - started
            runs.append(result)
            print(
                f"{run}: report load {result.load_seconds:.3f} s, notebook loads "
                f"{result.notebook_load_seconds:.3f} s ({len(result.pages)} notebooks), "
                f"loading {result.loading_seconds:.3f} s (CPU: report "
                f"{result.load_cpu_seconds:.3f} s, notebooks {result.notebook_load_cpu_seconds:.3f}"
                f" s, all {result.loading_cpu_seconds:.3f} s); parsed {result.cache_misses}, "
                f"reused {result.cache_hits}, network reused {result.network_reused}, "
                f"handed over to {result.notebooks_handed_over} notebooks; "
                f"whole report {wall:.1f} s; load average {_uptime()}"
            )
        cold, warm = runs[:2]
        own = warm.load_seconds / cold.load_seconds
        total = warm.loading_seconds / cold.loading_seconds
        print(f"warm / cold, the report's own load: {own:.1%}")
        cpu = warm.loading_cpu_seconds / cold.loading_cpu_seconds
        print(f"warm / cold, all loading (report + notebooks): {total:.1%} (CPU time: {cpu:.1%})")
        if baseline:
            before = runs[2].loading_seconds / cold.loading_seconds
            before_cpu = runs[2].loading_cpu_seconds / cold.loading_cpu_seconds
            print(
                f"baseline: warm without the hand-off / cold, all loading: {before:.1%} "
                f"(CPU time: {before_cpu:.1%})"
            )
        print(f"target < 20 %: {'met' if total < 0.2 else 'NOT met'} (all loading)")


def _no_handoff(self: ExportCache, *args: object, **kwargs: object) -> None:
    return None


def bench_load(exports: list[str], repeat: int) -> None:
    baseline, cold, warm = [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        load(*exports)
        baseline.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory(prefix="bench-load-cache-") as scratch:
            started = time.perf_counter()
            load(*exports, cache_dir=ExportCache(scratch))
            cold.append(time.perf_counter() - started)
            store = ExportCache(scratch)
            started = time.perf_counter()
            load(*exports, cache_dir=store)
            warm.append(time.perf_counter() - started)
            assert store.network_hits == 1 and store.misses == 0
    for name, times in (("no cache", baseline), ("cold cache", cold), ("warm cache", warm)):
        print(
            f"{name}: best {min(times):.3f} s, median {statistics.median(times):.3f} s "
            f"({len(times)} runs)"
        )
    print(
        f"warm / cold: best {min(warm) / min(cold):.1%}, "
        f"median {statistics.median(warm) / statistics.median(cold):.1%}; "
        f"warm / no cache: {min(warm) / min(baseline):.1%}; load average {_uptime()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("exports", nargs="*", default=[str(ROOT / "data" / "sample")])
    parser.add_argument("--anonymize", action="store_true")
    parser.add_argument("--load-only", action="store_true")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also render a third, warm report whose notebooks do not take the hand-off",
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"exports: {[os.path.basename(p.rstrip('/')) for p in args.exports]}")
    if args.load_only:
        bench_load(args.exports, args.repeat)
    else:
        bench_report(args.exports, args.anonymize, args.baseline)


if __name__ == "__main__":
    main()
