"""Independent Cascade runs on a graph, vectorised by live-edge sampling (see the package
docstring of :mod:`power1000_analysis.reach`), and every node's expected reach at once.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph

if TYPE_CHECKING:
    pass

#: how many (run, node) slots one block of runs may hold; bounds memory (~40 bytes a slot).
_MAX_SLOTS = 8_000_000
#: how many live arcs one block of runs may hold (expected).
_MAX_LIVE = 12_000_000


@dataclass(frozen=True)
class CascadeGraph:
    """A graph as arrays for cascades: node labels, arc ends, arc probabilities.

    Arcs are sorted by ``tail``; ``undirected`` graphs keep each edge once and both arcs
    share one coin. Build with :func:`cascade_graph`; passing one to
    :func:`simulate_cascades` saves the conversion when the same graph is run many times.
    """

    nodes: list[Hashable]
    tail: np.ndarray
    head: np.ndarray
    probability: np.ndarray
    undirected: bool

    @property
    def n_nodes(self) -> int:
        return len(self.nodes)

    def positions(self, nodes: Iterable[Hashable]) -> np.ndarray:
        index = {node: i for i, node in enumerate(self.nodes)}
        try:
            return np.fromiter((index[node] for node in nodes), dtype=np.int64)
        except KeyError as error:
            raise ValueError(f"seed {error.args[0]!r} is not a node of the graph") from None


def cascade_graph(
    graph: nx.Graph | CascadeGraph, *, p: float | None = None, attribute: str = "probability"
) -> CascadeGraph:
    """Arrays of ``graph`` for :func:`simulate_cascades`.

    Parameters
    ----------
    graph
        Any networkx graph (directed or not; a multigraph's parallel edges each get a coin).
    p
        One probability for every arc; ``None`` reads the edge attribute ``attribute``.
    attribute
        Edge attribute holding each arc's probability when ``p`` is ``None``.

    Example
    -------
    >>> cascade_graph(nx.path_graph(3), p=0.5).probability.tolist()
    [0.5, 0.5]
    """
    if isinstance(graph, CascadeGraph):
        if p is None:
            return graph
        return CascadeGraph(
            graph.nodes, graph.tail, graph.head, np.full(len(graph.tail), float(p)),
            graph.undirected,
        )  # fmt: skip
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    m = graph.number_of_edges()
    if p is None:
        ends = list(graph.edges(data=attribute))
        missing = sum(value is None for _, _, value in ends)
        if missing:
            raise ValueError(
                f"{missing} of {m} edges have no {attribute!r} attribute: pass p= or set it "
                "on every edge"
            )
        probability = np.fromiter((float(v) for _, _, v in ends), dtype=np.float64, count=m)
        pairs: Iterable[tuple[Any, Any]] = ((u, v) for u, v, _ in ends)
    else:
        probability = np.full(m, float(p))
        pairs = graph.edges()
    flat = np.fromiter(
        (i for u, v in pairs for i in (index[u], index[v])), dtype=np.int64, count=2 * m
    )
    if ((probability < 0) | (probability > 1)).any():
        raise ValueError("edge probabilities must lie in [0, 1]")
    # sorted by tail, so that live arcs drawn in edge order fill CSR rows in order
    order = np.argsort(flat[0::2], kind="stable")
    return CascadeGraph(
        nodes=nodes,
        tail=flat[0::2][order],
        head=flat[1::2][order],
        probability=probability[order],
        undirected=not graph.is_directed(),
    )


def _live_arcs(
    cascade: CascadeGraph, runs: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """(run, edge) of every live edge in ``runs`` runs, in increasing (run, edge) order.

    The runs × edges coins are laid end to end; the gap to the next success is geometric
    with the largest probability, and each candidate is kept with probability p_e / p_max
    (thinning), so heterogeneous probabilities stay exact and the work is ~ p_max · runs · m.
    """
    m = len(cascade.tail)
    total = runs * m
    p_max = float(cascade.probability.max()) if m else 0.0
    if total == 0 or p_max <= 0.0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    if p_max >= 1.0:
        positions = np.arange(total, dtype=np.int64)
    else:
        chunks = []
        last = -1
        while last < total - 1:
            expected = (total - 1 - last) * p_max
            size = int(expected + 6.0 * math.sqrt(expected + 1.0) + 16)
            # a tiny p draws gaps near 2**63: cap them so that the sum cannot overflow
            gaps = np.minimum(rng.geometric(p_max, size=size), total + 1)
            steps = np.cumsum(gaps) + last
            chunks.append(steps)
            last = int(steps[-1])
        positions = np.concatenate(chunks) if len(chunks) > 1 else chunks[0]
        positions = positions[: np.searchsorted(positions, total)]
    # run of each position from the run boundaries (cheaper than an int64 division)
    counts = np.diff(np.searchsorted(positions, np.arange(runs + 1, dtype=np.int64) * m))
    run = np.repeat(np.arange(runs, dtype=np.int64), counts)
    edge = positions - run * m
    if float(cascade.probability.min()) < p_max:
        keep = rng.random(len(edge)) * p_max < cascade.probability[edge]
        run, edge = run[keep], edge[keep]
    return run, edge


def _runs_per_block(cascade: CascadeGraph, runs: int) -> int:
    n, m = cascade.n_nodes, len(cascade.tail)
    live = max(float(cascade.probability.max()) if m else 0.0, 1e-9) * m
    by_slots = _MAX_SLOTS // max(n, 1)
    by_live = int(_MAX_LIVE / max(live, 1.0))
    return max(1, min(runs, by_slots, by_live))


def _block_graph(
    cascade: CascadeGraph,
    block: int,
    rng: np.random.Generator,
    *,
    start: np.ndarray | None = None,
) -> sparse.csr_array:
    """One block-diagonal graph of the live arcs of ``block`` runs: run r owns node slots
    r·n … r·n + n − 1. With ``start``, one more slot at the end is a virtual source with an
    arc to every run's start nodes, so that one breadth-first search serves the block.

    Arcs are stored sorted by tail (:func:`cascade_graph`) and drawn in (run, edge) order,
    so the rows come out sorted: the CSR arrays are written directly, without a sort.
    """
    n = cascade.n_nodes
    run, edge = _live_arcs(cascade, block, rng)
    offset = run * n
    rows = cascade.tail[edge] + offset
    columns = cascade.head[edge] + offset
    size = block * n
    if start is not None:
        wire = (np.arange(block, dtype=np.int64)[:, None] * n + start[None, :]).ravel()
        rows = np.concatenate([rows, np.full(len(wire), size, dtype=np.int64)])
        columns = np.concatenate([columns, wire])
        size += 1
    indptr = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=size), out=indptr[1:])
    # float64 data is what csgraph works on: no conversion copy inside it
    return sparse.csr_array((np.ones(len(rows)), columns, indptr), shape=(size, size))


def _distinct_sum(labels: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per row of ``labels`` (runs × seeds), the total size of its distinct labels."""
    ordered = np.sort(labels, axis=1)
    first = np.ones(ordered.shape, dtype=bool)
    first[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    return np.where(first, sizes[ordered], 0).sum(axis=1)


def simulate_cascades(
    graph: nx.Graph | CascadeGraph,
    *,
    seeds: Collection[Hashable],
    p: float | None = None,
    attribute: str = "probability",
    runs: int = 1000,
    seed: int | np.random.Generator = 0,
) -> pd.DataFrame:
    """Independent Cascade Monte Carlo: how many nodes each run reaches from ``seeds``.

    Parameters
    ----------
    graph
        Any networkx graph (or a :class:`CascadeGraph` from :func:`cascade_graph`). On a
        directed graph a node reaches its successors.
    seeds
        Nodes reached at the start of every run (duplicates count once).
    p
        Probability that a reached node reaches a neighbour, the same for every arc;
        ``None`` reads each edge's ``attribute``.
    attribute
        Edge attribute with the per-edge probability when ``p`` is ``None``.
    runs
        Number of independent runs.
    seed
        Seed (or generator) of the random numbers: same seed, same result.

    Returns
    -------
    DataFrame
        One row per run: ``run``, ``reached`` (nodes reached, seeds included).
        ``attrs`` holds ``n_nodes``, ``n_seeds`` and ``p`` (``None`` when per edge).

    Example
    -------
    >>> star = nx.star_graph(4)
    >>> simulate_cascades(star, seeds=[0], p=0.0, runs=2)["reached"].tolist()
    [1, 1]
    >>> simulate_cascades(star, seeds=[1], p=1.0, runs=2)["reached"].tolist()
    [5, 5]
    """
    cascade = cascade_graph(graph, p=p, attribute=attribute)
    rng = np.random.default_rng(seed)
    start = np.unique(cascade.positions(seeds))
    n = cascade.n_nodes
    reached = np.zeros(runs, dtype=np.int64)
    block_size = _runs_per_block(cascade, runs)
    for first in range(0, runs if len(start) else 0, block_size):
        block = min(block_size, runs - first)
        if cascade.undirected:
            # reached set = the seeds' components among the live edges (bond percolation)
            arcs = _block_graph(cascade, block, rng)
            _, labels = csgraph.connected_components(arcs, directed=True, connection="weak")
            seeds_at = labels[np.arange(block)[:, None] * n + start[None, :]]
            reached[first : first + block] = _distinct_sum(seeds_at, np.bincount(labels))
        else:
            arcs = _block_graph(cascade, block, rng, start=start)
            order = csgraph.breadth_first_order(
                arcs, block * n, directed=True, return_predecessors=False
            )
            reached[first : first + block] = np.bincount(order[1:] // n, minlength=block)
    table = pd.DataFrame({"run": np.arange(runs), "reached": reached})
    table.attrs.update(n_nodes=n, n_seeds=len(start), p=p)
    return table


def node_influence(
    graph: nx.Graph | CascadeGraph,
    *,
    p: float | None = None,
    attribute: str = "probability",
    runs: int = 1000,
    seed: int | np.random.Generator = 0,
) -> pd.DataFrame:
    """Expected reach of every node as the only seed, from shared percolation samples.

    On an undirected graph the nodes one seed reaches in a run are its connected component
    among the live edges, so one set of samples gives every node's reach at once
    (``runs`` connected-component labellings, not one simulation per node).

    Returns
    -------
    DataFrame
        One row per node: ``node``, ``expected_reach`` (seed included), ``ci_low``,
        ``ci_high`` (normal 95% interval of the Monte Carlo mean), ``runs``; most
        influential first.

    Example
    -------
    >>> node_influence(nx.star_graph(3), p=1.0, runs=5)["expected_reach"].tolist()
    [4.0, 4.0, 4.0, 4.0]
    """
    cascade = cascade_graph(graph, p=p, attribute=attribute)
    if not cascade.undirected:
        raise ValueError("node_influence needs an undirected graph (reach = component)")
    rng = np.random.default_rng(seed)
    n = cascade.n_nodes
    total = np.zeros(n)
    squares = np.zeros(n)
    block_size = _runs_per_block(cascade, runs)
    for first in range(0, runs, block_size):
        block = min(block_size, runs - first)
        arcs = _block_graph(cascade, block, rng)
        _, labels = csgraph.connected_components(arcs, directed=True, connection="weak")
        sizes = np.bincount(labels)[labels[: block * n]].reshape(block, n).astype(np.float64)
        total += sizes.sum(axis=0)
        squares += (sizes * sizes).sum(axis=0)
    mean = total / max(runs, 1)
    spread = np.sqrt(np.maximum(squares / max(runs, 1) - mean * mean, 0.0) / max(runs - 1, 1))
    table = pd.DataFrame(
        {
            "node": cascade.nodes,
            "expected_reach": mean,
            "ci_low": mean - 1.96 * spread,
            "ci_high": mean + 1.96 * spread,
            "runs": runs,
        }
    )
    return table.sort_values("expected_reach", ascending=False, kind="stable").reset_index(
        drop=True
    )
