"""Benchmark reach.simulate_cascades against ndlib and a plain networkx loop (issue #9).
Not part of the test suite.

Run:  .venv/bin/python bench/bench_reach.py [--runs 1000] [--ndlib-runs 20] [--reference-runs 100]
      [--skip-large]

Graphs:

- SNAP ego-Facebook (4,039 nodes, 88,234 edges), read from ``../shared/data`` beside the
  repository (not shipped; skipped with a message when absent);
- a synthetic social graph of 1,000,000 edges: a configuration model whose degrees are
  drawn from the SNAP degree distribution (self-loops and repeated edges dropped, then
  topped up), so it keeps the heavy tail.

Contenders, on the same 50 random seeds, in the same process:

- ``simulate_cascades``: ``--runs`` runs, graph conversion included;
- ``node_influence``: every node's expected reach from ``--runs`` shared samples;
- ndlib ``IndependentCascadesModel`` with a threshold on every edge: ``--ndlib-runs`` runs,
  per-run time scaled to ``--runs`` (a full run takes minutes). Pitfalls: without per-edge
  thresholds ndlib 6 gives every edge 0.1 (older releases 1/deg(u)); with thresholds on
  some edges only, an edge without one silently reuses the previous edge's threshold;
  ``ndlib.models`` imports ``six``;
- the plain networkx Independent Cascade loop of ``tests/test_reach.py``
  (``--reference-runs`` runs, scaled), which is also the reference for the z-score of the
  mean reach.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from power1000_analysis import reach

ROOT = Path(__file__).resolve().parent.parent
SNAP = ROOT.parent / "shared" / "data" / "snap-ego-facebook" / "facebook_combined.txt"
sys.path.insert(0, str(ROOT / "tests"))
from test_reach import reference_cascade  # noqa: E402


def timed(function: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def ndlib_runs(graph: nx.Graph, seeds: Sequence[int], p: float, runs: int) -> list[int]:
    from ndlib.models import ModelConfig, epidemics

    config = ModelConfig.Configuration()
    config.add_model_initial_configuration("Infected", list(seeds))
    for edge in graph.edges:
        config.add_edge_configuration("threshold", edge, p)
    model = epidemics.IndependentCascadesModel(graph, seed=1)
    model.set_initial_status(config)
    sizes = []
    for _ in range(runs):
        model.reset(list(seeds))
        counts = model.iteration()["node_count"]
        while counts[1] > 0:
            counts = model.iteration(node_status=False)["node_count"]
        sizes.append(counts[1] + counts[2])
    return sizes


def synthetic_social_graph(edges: int, seed: int) -> nx.Graph:
    """A configuration model with SNAP-like degrees and exactly ``edges`` edges."""
    rng = np.random.default_rng(seed)
    table = reach.degree_table()
    probability = table["nodes"].to_numpy() / table["nodes"].sum()
    mean = float((table["degree"] * probability).sum())
    n = int(2 * edges / mean)
    degrees = rng.choice(table["degree"].to_numpy(), size=n, p=probability)
    kept = np.zeros((0, 2), dtype=np.int64)
    while len(kept) < edges:
        stubs = rng.permutation(np.repeat(np.arange(n), degrees))
        pairs = np.sort(stubs[: len(stubs) // 2 * 2].reshape(-1, 2), axis=1)
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        kept = np.unique(np.concatenate([kept, pairs]), axis=0)
    kept = kept[rng.permutation(len(kept))[:edges]]
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(kept.tolist())
    return graph


def z_score(a: np.ndarray, b: np.ndarray) -> float:
    spread = math.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b))
    return float((a.mean() - b.mean()) / spread) if spread > 0 else 0.0


def bench_graph(
    name: str,
    graph: nx.Graph,
    ps: Sequence[float],
    *,
    runs: int,
    ndlib_at: Sequence[float],
    ndlib_count: int,
    reference_count: int,
    influence: bool,
) -> None:
    seeds = np.random.default_rng(0).choice(graph.number_of_nodes(), 50, replace=False).tolist()
    print(f"\n### {name}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    print("| p | what | runs timed | wall s (1,000 runs) | CPU s | mean reach | z vs reference |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for p in ps:
        wall, cpu, table = timed(
            lambda p=p: reach.simulate_cascades(graph, seeds=seeds, p=p, runs=runs, seed=1)
        )
        ours = table["reached"].to_numpy(dtype=float)
        python = random.Random(2)
        rwall, rcpu, theirs = timed(
            lambda p=p, python=python: [
                reference_cascade(graph, seeds, p=p, rng=python) for _ in range(reference_count)
            ]
        )
        reference = np.asarray(theirs, dtype=float)
        scale = 1000 / runs
        print(
            f"| {p} | simulate_cascades | {runs} | {wall * scale:.2f} | {cpu * scale:.2f} | "
            f"{ours.mean():.1f} | {z_score(ours, reference):+.2f} |"
        )
        scale = 1000 / reference_count
        print(
            f"| {p} | networkx loop (reference) | {reference_count} | {rwall * scale:.1f} | "
            f"{rcpu * scale:.1f} | {reference.mean():.1f} | |"
        )
        if p in ndlib_at and ndlib_count:
            nwall, ncpu, sizes = timed(lambda p=p: ndlib_runs(graph, seeds, p, ndlib_count))
            sizes_array = np.asarray(sizes, dtype=float)
            scale = 1000 / ndlib_count
            print(
                f"| {p} | ndlib IndependentCascadesModel | {ndlib_count} | {nwall * scale:.1f} | "
                f"{ncpu * scale:.1f} | {sizes_array.mean():.1f} | "
                f"{z_score(sizes_array, reference):+.2f} (ndlib vs reference) |"
            )
            print(
                f"| {p} | speed-up over ndlib | | {nwall / ndlib_count / (wall / runs):.0f}× | | | |"
            )
    if influence:
        wall, cpu, _ = timed(lambda: reach.node_influence(graph, p=0.02, runs=runs, seed=1))
        print(
            f"| 0.02 | node_influence (every node) | {runs} | {wall * 1000 / runs:.2f} | "
            f"{cpu * 1000 / runs:.2f} | | |"
        )
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--ndlib-runs", type=int, default=20)
    parser.add_argument("--reference-runs", type=int, default=100)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    if SNAP.exists():
        graph = nx.read_edgelist(SNAP, nodetype=int)
        bench_graph(
            "SNAP ego-Facebook", graph, [0.005, 0.02, 0.05, 0.1],
            runs=args.runs, ndlib_at=[0.02], ndlib_count=args.ndlib_runs,
            reference_count=args.reference_runs, influence=True,
        )  # fmt: skip
    else:
        print(f"SNAP ego-Facebook not found at {SNAP}: skipped")
    if not args.skip_large:
        wall, _, graph = timed(lambda: synthetic_social_graph(1_000_000, seed=3))
        print(f"\nsynthetic graph built in {wall:.1f} s (not timed below)")
        bench_graph(
            "synthetic social graph (SNAP degrees)", graph, [0.005, 0.02],
            runs=args.runs, ndlib_at=[0.02], ndlib_count=max(args.ndlib_runs // 10, 1),
            reference_count=max(args.reference_runs // 10, 2), influence=True,
        )  # fmt: skip


if __name__ == "__main__":
    main()
