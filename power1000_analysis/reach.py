"""How far could a post spread? Contact graphs, fast cascades, reach against network size.

Pure functions (DESIGN.md §6): a Network or a networkx graph in, tidy DataFrames out, no
I/O except :func:`degree_table`, which reads the small table shipped inside the package.

**Cascades** (:func:`simulate_cascades`) follow the Independent Cascade model (Kempe,
Kleinberg & Tardos 2003): each node, once reached, gets one chance to reach each neighbour
``v`` with probability ``p(u, v)``. The reached set of a run has the same distribution as
the set of nodes reachable from the seeds over *live* arcs, each arc kept independently
with its probability (the live-edge view). On an undirected graph both arcs of an edge share
one coin: a second attempt across an edge always finds its other end reached already, so
the coin of the first attempt is the only one that matters (bond percolation). Runs are
vectorised: the live arcs of a batch of runs are drawn at once (geometric skipping, so the
work is proportional to the number of live arcs, not of all arcs), laid side by side as one
block-diagonal sparse graph, and one ``scipy.sparse.csgraph.breadth_first_order`` from a
virtual source wired to every run's seeds finds every run's reached set in one call.
:func:`node_influence` uses the same percolation samples to give every node's expected
reach at once (connected components), not one simulation per node.

**Contact graph** (:func:`build_contact_graph`) — the node and edge contract:

- nodes: ``"owner"`` (attribute ``kind="owner"``) and one node per ``person_id`` (``kind=
  "person"``) with ``name``, ``platforms``, ``status`` (active / dormant / passive, from
  :func:`~power1000_analysis.activity.contact_status`), ``score`` (decayed activity),
  ``n_interactions``, ``company`` (the newest non-empty one, or ``None``);
- owner–person edges: one per person, ``kind="owner"``, ``weight`` = activity score (0 for
  people with no interaction);
- person–person edges, ``kind="co"``: two people who appear in the same group thread of an
  export (one thread key, one platform; co-participation in group chats, people tagged or
  mentioned in the same post or comment thread), ``weight`` = number of threads they share,
  ``threads`` = up to five thread keys, for labelling. These are the only person–person ties
  the exports observe; friend lists of friends are not in any export.

**Reach curve** (:func:`reach_curve`) — a two-level branching model of one post:

1. the post is seen by your ``n`` active contacts; each shares it with probability
   ``q_i`` = ``share_probability`` × (their activity score / the mean score of active
   contacts), capped at 1: the more someone interacts with you, the likelier they pass
   your content on;
2. each sharer shows it to an audience whose size is drawn from a degree distribution
   (default: SNAP ego-Facebook, :func:`degree_table`). Each person in an audience shares
   with probability ``share_probability`` (the same rule); someone reached through a tie has
   the *excess* degree (size-biased, minus the tie they came through), which is why hubs
   matter (the friendship paradox);
3. the world holds ``population`` people mixing at random: an audience member already
   reached counts once, so reach saturates.

The mean offspring of a re-sharer is ``R = share_probability · (E[K²]/E[K] − 1)``; the
cascade past your contacts dies out when R < 1 and can take off when R > 1
(:func:`critical_share_probability`).

Example
-------
>>> import networkx as nx
>>> simulate_cascades(nx.path_graph(5), seeds=[0], p=1.0, runs=3)["reached"].tolist()
[5, 5, 5]
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph

from power1000_analysis.schema import Estimate

if TYPE_CHECKING:
    from power1000_analysis.activity import AsOf
    from power1000_analysis.network import Network

__all__ = [
    "DEFAULT_SHARE_PROBABILITY",
    "DEGREE_TABLE",
    "OWNER",
    "CascadeGraph",
    "build_contact_graph",
    "cascade_graph",
    "critical_share_probability",
    "degree_table",
    "node_influence",
    "observed_reach",
    "observed_reach_trend",
    "reach_curve",
    "share_curve",
    "simulate_cascades",
]

#: default probability that someone who sees a post shares it: R = 0.002 × 105.6 ≈ 0.21
#: on the SNAP audiences, well below 1, in line with the large studies of real cascades
#: (Goel, Watts & Goldstein 2012; Goel, Anderson, Hofman & Watts 2016) where most
#: cascades are tiny. A modelling choice, not a measurement: override it.
DEFAULT_SHARE_PROBABILITY = 0.002
#: the owner's node in :func:`build_contact_graph`.
OWNER = "owner"
#: file (inside the package) of the SNAP ego-Facebook degree distribution.
DEGREE_TABLE = "snap_ego_facebook_degrees.csv"

#: how many (run, node) slots one block of runs may hold; bounds memory (~40 bytes a slot).
_MAX_SLOTS = 8_000_000
#: how many live arcs one block of runs may hold (expected).
_MAX_LIVE = 12_000_000


# ----------------------------------------------------------------------- 1. cascades


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


# ------------------------------------------------------------------ 2. contact graph


def build_contact_graph(
    net: Network,
    *,
    as_of: AsOf = None,
    half_life_days: float = 90.0,
    active_within_days: float = 90.0,
    max_thread_size: int = 50,
) -> nx.Graph:
    """The owner, every person, and the ties the exports observe (module docstring).

    Parameters
    ----------
    net
        The network.
    as_of
        Date of the activity scores and statuses (default: the newest export); later
        interactions are left out of the person–person ties too.
    half_life_days, active_within_days
        Passed to :func:`~power1000_analysis.activity.contact_status`.
    max_thread_size
        Threads with more people than this are left out of the person–person ties: a
        broadcast list or a large public comment thread says little about who knows whom,
        and would add ~n²/2 edges.

    Returns
    -------
    networkx.Graph
        ``graph.graph`` holds ``as_of`` and ``n_threads`` (threads that gave ties).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> list(build_contact_graph(Network.empty(), as_of="2024-01-01").nodes)
    ['owner']
    """
    from power1000_analysis.activity import contact_status

    status = contact_status(net, as_of=as_of, active_within_days=active_within_days)
    graph = nx.Graph(as_of=status.attrs.get("as_of"))
    graph.add_node(OWNER, kind="owner", name="you", platforms="", status="owner", score=0.0)
    companies = _companies(net.contacts)
    for row in status.itertuples(index=False):
        person = str(row.person_id)
        graph.add_node(
            person,
            kind="person",
            name=None if pd.isna(row.name) else str(row.name),
            platforms=str(row.platforms),
            status=str(row.status),
            score=float(row.score),
            n_interactions=int(row.n_interactions),
            company=companies.get(person),
        )
        graph.add_edge(OWNER, person, kind="owner", weight=float(row.score))
    pairs = _co_participants(net.interactions, graph.graph["as_of"], max_thread_size)
    for row in pairs.itertuples(index=False):
        if row.a in graph and row.b in graph:
            graph.add_edge(row.a, row.b, kind="co", weight=int(row.weight), threads=row.threads)
    graph.graph["n_threads"] = int(pairs.attrs.get("n_threads", 0))
    return graph


def _companies(contacts: pd.DataFrame) -> dict[str, str]:
    held = contacts.loc[contacts["company"].notna(), ["person_id", "company", "last_seen_at"]]
    held = held.sort_values("last_seen_at", kind="stable", na_position="first")
    return {
        str(k): str(v) for k, v in held.drop_duplicates("person_id", keep="last").to_numpy()[:, :2]
    }


def _co_participants(
    interactions: pd.DataFrame, as_of: pd.Timestamp | None, max_thread_size: int
) -> pd.DataFrame:
    """Pairs of people seen in the same (platform, thread): ``a``, ``b``, ``weight``
    (threads shared), ``threads`` (up to five thread keys)."""
    columns = ["a", "b", "weight", "threads"]
    held = interactions.loc[
        interactions["thread_key"].notna() & interactions["person_id"].notna(),
        ["platform", "thread_key", "person_id", "at"],
    ]
    if as_of is not None:
        held = held.loc[held["at"].isna() | (held["at"] <= as_of)]
    members = held.assign(
        thread=held["platform"].astype(str) + "\x1f" + held["thread_key"].astype(str),
        person=held["person_id"].astype(str),
    )[["thread", "person"]].drop_duplicates()
    size = members.groupby("thread")["person"].transform("size")
    members = members.loc[(size >= 2) & (size <= max_thread_size)]
    if members.empty:
        table = pd.DataFrame(columns=columns)
        table.attrs["n_threads"] = 0
        return table
    pairs = members.merge(members, on="thread", suffixes=("_a", "_b"))
    pairs = pairs.loc[pairs["person_a"] < pairs["person_b"]]
    pairs = pairs.assign(thread=pairs["thread"].str.split("\x1f", n=1).str[1])
    table = (
        pairs.groupby(["person_a", "person_b"], sort=True)["thread"]
        .agg(weight="size", threads=lambda keys: tuple(sorted(set(keys))[:5]))
        .reset_index()
        .rename(columns={"person_a": "a", "person_b": "b"})
    )
    table.attrs["n_threads"] = int(members["thread"].nunique())
    return table[columns]


# ---------------------------------------------------------------- 3. reach of a post


def degree_table() -> pd.DataFrame:
    """The degree distribution of SNAP ego-Facebook, shipped with the package.

    4,039 people and 88,234 friendships from 10 Facebook ego networks (McAuley & Leskovec
    2012, "Learning to Discover Social Circles in Ego Networks", NIPS; research use, cite
    it beside results). Only this small derived table is shipped, never the graph.

    Returns
    -------
    DataFrame
        ``degree``, ``nodes`` (how many people have that many friends).

    Example
    -------
    >>> table = degree_table()
    >>> int(table["nodes"].sum()), int((table["degree"] * table["nodes"]).sum() // 2)
    (4039, 88234)
    """
    path = resources.files("power1000_analysis") / "data" / DEGREE_TABLE
    with path.open("r", encoding="utf-8") as handle:
        return pd.read_csv(handle, comment="#")


@dataclass(frozen=True)
class _Audience:
    """A discrete audience-size distribution: values, probabilities, cumulative, moments."""

    values: np.ndarray
    probability: np.ndarray
    cumulative: np.ndarray
    mean: float
    sd: float

    @classmethod
    def of(cls, values: np.ndarray, weights: np.ndarray) -> _Audience:
        keep = weights > 0
        values, weights = values[keep].astype(np.float64), weights[keep].astype(np.float64)
        probability = weights / weights.sum()
        mean = float((values * probability).sum())
        sd = math.sqrt(max(float((values * values * probability).sum()) - mean * mean, 0.0))
        cumulative = np.cumsum(probability)
        cumulative[-1] = 1.0
        return cls(values, probability, cumulative, mean, sd)

    def total(self, count: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Sum of ``count[i]`` independent draws, per i: exact for small counts, normal
        (central limit) for counts above 64, where exact draws would cost millions."""
        total = np.zeros(len(count))
        small = (count > 0) & (count <= 64)
        if small.any():
            owner = np.repeat(np.flatnonzero(small), count[small])
            draws = self.values[np.searchsorted(self.cumulative, rng.random(len(owner)))]
            total += np.bincount(owner, weights=draws, minlength=len(count))
        large = count > 64
        if large.any():
            k = count[large].astype(np.float64)
            sums = rng.normal(k * self.mean, np.sqrt(k) * self.sd)
            total[large] = np.maximum(np.rint(sums), 0.0)
        return total

    def largest(self, count: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """The largest of ``count[i]`` draws (0 when none): F⁻¹(U^(1/count)), exact."""
        largest = np.zeros(len(count))
        some = count > 0
        level = rng.random(int(some.sum())) ** (1.0 / count[some])
        index = np.minimum(np.searchsorted(self.cumulative, level), len(self.values) - 1)
        largest[some] = self.values[index]
        return largest


def _audiences(audience: pd.DataFrame | None) -> tuple[_Audience, _Audience]:
    """A random person's audience and the audience of someone reached through a tie
    (size-biased, less the tie they came through)."""
    table = degree_table() if audience is None else audience
    degree = table["degree"].to_numpy(dtype=np.float64)
    nodes = table["nodes"].to_numpy(dtype=np.float64)
    if (degree < 0).any() or (nodes < 0).any() or not (nodes * degree).sum() > 0:
        raise ValueError("audience needs non-negative degree and nodes with some degree > 0")
    return _Audience.of(degree, nodes), _Audience.of(degree - 1.0, nodes * degree)


def critical_share_probability(
    audience: pd.DataFrame | None = None, *, resamples: int = 2000, seed: int = 0
) -> Estimate:
    """The share probability at which a re-shared post's mean offspring is 1.

    Someone reached through a tie has, on average, E[K(K−1)]/E[K] = E[K²]/E[K] − 1 others
    in their audience; if each shares with probability r, one sharer begets
    r·(E[K²]/E[K] − 1) sharers. Chains die out below r_c = E[K] / E[K(K−1)] and can run
    through the whole population above it. The interval resamples the people of the
    degree table (bootstrap): hubs are rare, and E[K²] rests on them.

    Example
    -------
    >>> table = pd.DataFrame({"degree": [2], "nodes": [10]})  # everyone has 2 friends
    >>> critical_share_probability(table).value
    1.0
    """
    table = degree_table() if audience is None else audience
    degree = table["degree"].to_numpy(dtype=np.float64)
    nodes = table["nodes"].to_numpy(dtype=np.float64)

    def critical(weights: np.ndarray) -> float:
        first = float((weights * degree).sum())
        second = float((weights * degree * (degree - 1.0)).sum())
        return first / second if second > 0 else math.inf

    value = critical(nodes)
    n = int(nodes.sum())
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(n, nodes / nodes.sum(), size=resamples)
    samples = np.array([critical(w.astype(np.float64)) for w in draws])
    low, high = np.quantile(samples, [0.025, 0.975])
    return Estimate(
        value=value,
        ci_low=float(low),
        ci_high=float(high),
        n=n,
        method="E[K]/E[K(K-1)] of the audience table; bootstrap over people (95%)",
    )


def _contact_weights(
    net: Network, as_of: AsOf, half_life_days: float, active_within_days: float
) -> np.ndarray:
    """Activity of the active contacts relative to their mean (1 each when unknown)."""
    from power1000_analysis.activity import activity_scores, contact_status

    status = contact_status(net, as_of=as_of, active_within_days=active_within_days)
    active = status.loc[status["status"] == "active", "person_id"]
    scores = activity_scores(net, as_of=as_of, half_life_days=half_life_days)
    values = scores.loc[scores["person_id"].isin(active), "score"].to_numpy(dtype=np.float64)
    values = values[np.isfinite(values) & (values > 0)]
    return values / values.mean() if len(values) else np.ones(1)


@dataclass
class _Posts:
    """Per run: people reached, sharers, sharing generations, the largest audience."""

    reached: np.ndarray
    direct_sharers: np.ndarray
    sharers: np.ndarray
    hops: np.ndarray
    largest: np.ndarray


def _simulate_posts(
    share: np.ndarray,
    share_probability: float,
    first: _Audience,
    onward: _Audience,
    *,
    population: int,
    runs: int,
    rng: np.random.Generator,
    max_hops: int,
) -> _Posts:
    """Runs of the two-level model (module docstring) for one set of contacts whose share
    probabilities are ``share``; vectorised over runs, one loop step per generation."""
    n = len(share)
    if n:
        direct = (rng.random((runs, n)) < share[None, :]).sum(axis=1)
    else:
        direct = np.zeros(runs, dtype=np.int64)
    reached = np.full(runs, float(n))
    sharers = direct.copy()
    hops = (direct > 0).astype(np.int64)
    largest = first.largest(direct, rng)
    exposures = first.total(direct, rng)
    for hop in range(2, max_hops + 2):
        # exposures land on people at random: those already reached count once (saturation)
        fresh_share = 1.0 - np.exp(exposures * math.log1p(-1.0 / population))
        room = np.maximum(population - reached, 0.0).astype(np.int64)
        fresh = rng.binomial(room, np.clip(fresh_share, 0.0, 1.0))
        reached += fresh
        new = rng.binomial(fresh, share_probability)
        if not new.any():
            break
        sharers += new
        hops = np.where(new > 0, hop, hops)
        largest = np.maximum(largest, onward.largest(new, rng))
        exposures = onward.total(new, rng)
    return _Posts(reached, direct, sharers, hops, largest)


def _summary(posts: _Posts, n: int) -> dict[str, float]:
    reached = posts.reached
    mean = float(reached.mean())
    sem = float(reached.std(ddof=1) / math.sqrt(len(reached))) if len(reached) > 1 else 0.0
    seen = reached > 0
    return {
        "reach": mean,
        "ci_low": mean - 1.96 * sem,
        "ci_high": mean + 1.96 * sem,
        "p10": float(np.quantile(reached, 0.1)),
        "p90": float(np.quantile(reached, 0.9)),
        "direct_sharers": float(posts.direct_sharers.mean()),
        "sharers": float(posts.sharers.mean()),
        "within_one_hop": float((posts.hops <= 1).mean()),
        "within_one_hop_shared": float((posts.hops[posts.direct_sharers > 0] <= 1).mean())
        if (posts.direct_sharers > 0).any()
        else math.nan,
        # the owner's own post is a broadcast too (to the n contacts)
        "largest_broadcast_share": float(
            np.minimum(np.maximum(posts.largest[seen], n) / reached[seen], 1.0).mean()
        )
        if seen.any()
        else math.nan,
    }


def reach_curve(
    net: Network,
    *,
    n_active: Iterable[int] = range(0, 2001, 50),
    audience: pd.DataFrame | None = None,
    share_probability: float = DEFAULT_SHARE_PROBABILITY,
    population: int = 1_000_000,
    runs: int = 400,
    seed: int = 0,
    as_of: AsOf = None,
    half_life_days: float = 90.0,
    active_within_days: float = 90.0,
    max_hops: int = 200,
) -> pd.DataFrame:
    """Expected reach of one post against the number of active contacts (two-level model).

    Parameters
    ----------
    net
        The network: its active contacts' activity scores calibrate who shares (for ``n``
        contacts, ``n`` scores are drawn from yours with replacement).
    n_active
        Numbers of active contacts to evaluate.
    audience
        Audience-size distribution: a table with ``degree`` and ``nodes`` (default
        :func:`degree_table`, SNAP ego-Facebook).
    share_probability
        Mean probability that someone who sees the post shares it (your active contacts:
        scaled by their relative activity, capped at 1; everyone else: exactly this).
    population
        People in the world the post can reach (random mixing); reach saturates near it.
    runs
        Monte Carlo runs per point.
    seed
        Random seed.
    as_of, half_life_days, active_within_days
        For the activity scores and statuses (:mod:`~power1000_analysis.activity`).
    max_hops
        Generations simulated at most (a cap that matters only at criticality).

    Returns
    -------
    DataFrame
        One row per ``n_active``: ``reach`` (mean people reached, your contacts included),
        ``ci_low``/``ci_high`` (95% interval of that mean), ``p10``/``p90`` (band of single
        posts), ``direct_sharers``, ``sharers`` (means), ``within_one_hop`` (share of posts
        no stranger re-shared: the cascade ended within one hop of your contacts),
        ``within_one_hop_shared`` (the same among posts someone shared),
        ``largest_broadcast_share`` (mean share of a post's reach that the single largest
        broadcast supplied: your own post to your contacts, or the largest sharer's
        audience), ``per_contact`` (reach / n_active),
        ``marginal`` (extra reach per extra contact, between rows), ``growth``
        (``faster than linear``, ``linear``, ``saturating``: the local elasticity of
        reach in n). ``attrs``: ``mean_offspring`` (R), ``critical`` (an
        Estimate of r_c), and the parameters.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> curve = reach_curve(Network.empty(), n_active=[0, 10], runs=50)
    >>> float(curve["reach"].iloc[0]), bool(curve["reach"].iloc[1] >= 10)
    (0.0, True)
    """
    if not 0.0 <= share_probability <= 1.0:
        raise ValueError("share_probability must lie in [0, 1]")
    first, onward = _audiences(audience)
    weights = _contact_weights(net, as_of, half_life_days, active_within_days)
    rng = np.random.default_rng(seed)
    rows = []
    for n in sorted({int(v) for v in n_active}):
        share = np.minimum(share_probability * rng.choice(weights, size=n), 1.0)
        posts = _simulate_posts(
            share, share_probability, first, onward,
            population=population, runs=runs, rng=rng, max_hops=max_hops,
        )  # fmt: skip
        rows.append({"n_active": n, **_summary(posts, n)})
    table = pd.DataFrame(rows)
    table["per_contact"] = table["reach"] / table["n_active"].where(table["n_active"] > 0)
    table["marginal"] = table["reach"].diff() / table["n_active"].diff()
    table["growth"] = _growth(table)
    table.attrs.update(
        mean_offspring=share_probability * (onward.mean),
        critical=critical_share_probability(audience),
        share_probability=share_probability,
        population=population,
        runs=runs,
        audience_mean=first.mean,
    )
    return table


def _growth(table: pd.DataFrame) -> pd.Series:
    """Local elasticity d log(reach) / d log(n) over five neighbouring rows (a smoother
    than row-to-row differences, which Monte Carlo noise dominates): above 1.1 faster than
    linear, below 0.9 saturating, linear between."""
    n = table["n_active"].to_numpy(dtype=np.float64)
    reach = table["reach"].to_numpy(dtype=np.float64)
    labels: list[str | None] = [None] * len(table)
    usable = np.flatnonzero((n > 0) & (reach > 0))
    for i, row in enumerate(usable):
        window = usable[max(0, i - 2) : i + 3]
        if len(window) < 3:
            continue
        slope = float(np.polyfit(np.log(n[window]), np.log(reach[window]), 1)[0])
        labels[row] = (
            "faster than linear" if slope > 1.1 else "saturating" if slope < 0.9 else "linear"
        )
    return pd.Series(labels, index=table.index, dtype=object)


def share_curve(
    net: Network,
    *,
    n_active: int = 1000,
    share_probabilities: Sequence[float] | None = None,
    audience: pd.DataFrame | None = None,
    population: int = 1_000_000,
    runs: int = 200,
    seed: int = 0,
    as_of: AsOf = None,
    large: float = 0.01,
    max_hops: int = 200,
) -> pd.DataFrame:
    """Reach of one post against the share probability, across the critical point.

    Parameters
    ----------
    n_active
        Your active contacts (fixed).
    share_probabilities
        Values to evaluate (default: 25 values from r_c/10 to 10·r_c, log-spaced).
    large
        A run "takes off" when it reaches more than this share of ``population`` beyond
        your contacts.

    Returns
    -------
    DataFrame
        One row per share probability: ``share_probability``, ``mean_offspring`` (R),
        ``reach``, ``ci_low``, ``ci_high``, ``p10``, ``p90``, ``within_one_hop``,
        ``take_off`` (share of runs that took off). ``attrs``: ``critical`` (analytic,
        an Estimate), ``simulated_critical`` (geometric midpoint of the first two grid
        values where ``take_off`` crosses one half), the parameters.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> curve = share_curve(Network.empty(), n_active=20, share_probabilities=[0.0], runs=5)
    >>> curve["reach"].tolist()
    [20.0]
    """
    first, onward = _audiences(audience)
    critical = critical_share_probability(audience)
    grid = (
        np.geomspace(critical.value / 10, min(critical.value * 10, 1.0), 25)
        if share_probabilities is None
        else np.asarray(sorted(share_probabilities), dtype=np.float64)
    )
    weights = _contact_weights(net, as_of, 90.0, 90.0)
    rng = np.random.default_rng(seed)
    drawn = rng.choice(weights, size=n_active)
    rows = []
    for r in grid:
        share = np.minimum(r * drawn, 1.0)
        posts = _simulate_posts(
            share, float(r), first, onward,
            population=population, runs=runs, rng=rng, max_hops=max_hops,
        )  # fmt: skip
        summary = _summary(posts, n_active)
        take_off = float((posts.reached - n_active > large * population).mean())
        rows.append(
            {"share_probability": float(r), "mean_offspring": float(r) * onward.mean}
            | summary
            | {"take_off": take_off}
        )
    table = pd.DataFrame(rows)
    above = np.flatnonzero(table["take_off"].to_numpy() >= 0.5)
    simulated = math.nan
    if len(above) and above[0] > 0:
        simulated = math.sqrt(grid[above[0] - 1] * grid[above[0]])
    table.attrs.update(
        critical=critical,
        simulated_critical=simulated,
        n_active=n_active,
        population=population,
        runs=runs,
        large=large,
    )
    return table


# ------------------------------------------------------------------ 5. observed reach


def _active_counts(
    times: np.ndarray, people: np.ndarray, at: np.ndarray, window: int
) -> np.ndarray:
    """People with evidence of life in [t - window, t] for each t (all int64 ns): each
    person's evidence times become intervals [e, e + window], overlapping ones of one person
    are merged, and a time's count is intervals started by it minus intervals ended before."""
    if not len(times) or not len(at):
        return np.zeros(len(at), dtype=np.int64)
    order = np.lexsort((times, people))
    who, start = people[order], times[order]
    end = start + window
    first = np.r_[True, who[1:] != who[:-1]]
    # running end of the current person's block: a new block where evidence comes later
    reach = pd.Series(end).groupby(who).cummax().to_numpy()
    new = first | (start > np.r_[np.iinfo(np.int64).min, reach[:-1]])
    block = np.cumsum(new) - 1
    starts = np.sort(start[new])
    ends = np.sort(pd.Series(end).groupby(block).max().to_numpy())
    return np.searchsorted(starts, at, side="right") - np.searchsorted(ends, at, side="left")


def observed_reach(
    net: Network, *, as_of: AsOf = None, active_within_days: float = 90.0
) -> pd.DataFrame:
    """Engagement on each of the owner's own posts against the active contacts at its time.

    Active is :func:`~power1000_analysis.activity.contact_status`'s definition, taken at the
    post's time ``t``: evidence of life in ``[t - active_within_days, t]`` (both ends
    included), so a post at ``as_of`` counts exactly the people ``contact_status`` calls
    active then. Only the exports that carry engagement counts give posts (the X archive).

    Returns
    -------
    DataFrame
        One row per post up to ``as_of``, oldest first: ``platform``, ``post_id``, ``at``,
        ``likes``, ``reposts``, ``engagement`` (likes + reposts; missing when the export
        lacks a count), ``is_reply``, ``active_contacts`` (all platforms),
        ``active_on_platform`` (the post's platform only). ``attrs``: ``as_of``,
        ``active_within_days``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> observed_reach(Network.empty(), as_of="2024-07-01").empty
    True
    """
    from power1000_analysis.evidence import _as_of, evidence_of_life

    cutoff = _as_of(net, as_of)
    posts = net.posts
    if cutoff is not None:
        posts = posts.loc[posts["at"].notna() & (posts["at"] <= cutoff)]
    else:
        posts = posts.iloc[:0]
    table = posts.loc[:, ["platform", "post_id", "at", "likes", "reposts", "is_reply"]].copy()
    table.insert(5, "engagement", (table["likes"] + table["reposts"]).astype("Int64"))
    events = net.interactions
    alive = events.loc[evidence_of_life(events).to_numpy() & events["person_id"].notna().to_numpy()]
    if cutoff is not None:
        alive = alive.loc[alive["at"] <= cutoff]
    times = alive["at"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    people = pd.factorize(alive["person_id"].astype(str))[0].astype(np.int64)
    platforms = alive["platform"].astype(str).to_numpy()
    at = table["at"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    window = int(pd.Timedelta(days=active_within_days).value)
    table["active_contacts"] = _active_counts(times, people, at, window)
    on_platform = np.zeros(len(table), dtype=np.int64)
    for platform in pd.unique(table["platform"]):
        rows = (table["platform"] == platform).to_numpy()
        mine = platforms == platform
        on_platform[rows] = _active_counts(times[mine], people[mine], at[rows], window)
    table["active_on_platform"] = on_platform
    table = table.sort_values("at", kind="stable").reset_index(drop=True)
    table.attrs.update(as_of=cutoff, active_within_days=active_within_days)
    return table


def observed_reach_trend(
    table: pd.DataFrame, *, x: str = "active_contacts", points: int = 50
) -> pd.DataFrame:
    """Does engagement grow with active contacts? A Poisson regression of a post's
    engagement on log(active contacts), with sandwich (robust) errors.

    ``log E[engagement] = a + b · log(n)``: ``b`` is the elasticity (1: engagement
    proportional to active contacts, 0: unrelated, between: growing more slowly), and
    ``exp(a)`` the engagement of a post seen by one active contact. Robust errors keep the
    interval honest when engagement is overdispersed (negative-binomial-like), the usual
    case. Posts with no active contact (log 0) or a missing count are left out.

    Parameters
    ----------
    table
        :func:`observed_reach` output.
    x
        ``active_contacts`` or ``active_on_platform``.
    points
        Points of the fitted curve.

    Returns
    -------
    DataFrame
        The fitted curve: ``n_active``, ``engagement`` (fitted mean), ``ci_low``,
        ``ci_high`` (95% interval of the mean); empty when no fit is possible. ``attrs``:
        ``elasticity`` and ``rate`` (Estimates; NaN without a fit), ``n_posts`` (posts
        used), ``left_out`` (posts without an active contact or a count), ``x``,
        ``reason`` (why there is no fit, or None).

    Example
    -------
    >>> table = pd.DataFrame({"active_contacts": [1, 2, 4, 8], "engagement": [1, 3, 3, 9]})
    >>> round(observed_reach_trend(table).attrs["elasticity"].value, 2)
    0.97
    """
    import statsmodels.api as sm

    n = pd.to_numeric(table[x], errors="coerce").astype(float)
    y = pd.to_numeric(table["engagement"], errors="coerce").astype(float)
    usable = (n > 0) & y.notna()
    n, y = n[usable].to_numpy(), y[usable].to_numpy()
    columns = ["n_active", "engagement", "ci_low", "ci_high"]
    nan = Estimate(math.nan, math.nan, math.nan, n=len(y), method="no fit")
    attrs: dict[str, Any] = {
        "elasticity": nan,
        "rate": nan,
        "n_posts": len(y),
        "left_out": int((~usable).sum()),
        "x": x,
        "reason": None,
    }
    if len(y) < 3:
        attrs["reason"] = f"{len(y)} post(s) with a count and an active contact: too few to fit"
    elif not (y > 0).any():
        attrs["reason"] = "no post has any engagement (every count is 0)"
    elif np.unique(n).size < 2:
        attrs["reason"] = "every post saw the same number of active contacts"
    if attrs["reason"] is not None:
        curve = pd.DataFrame(columns=columns, dtype=float)
        curve.attrs.update(attrs)
        return curve
    design = sm.add_constant(np.log(n))
    fit = sm.GLM(y, design, family=sm.families.Poisson()).fit(cov_type="HC0")
    (a_low, b_low), (a_high, b_high) = fit.conf_int(0.05).T
    a, b = fit.params
    method = "Poisson GLM, log link on log(active contacts), robust (HC0) 95%"
    attrs["elasticity"] = Estimate(float(b), float(b_low), float(b_high), n=len(y), method=method)
    attrs["rate"] = Estimate(
        float(np.exp(a)), float(np.exp(a_low)), float(np.exp(a_high)), n=len(y), method=method
    )
    grid = np.geomspace(n.min(), n.max(), points)
    frame = fit.get_prediction(sm.add_constant(np.log(grid), has_constant="add")).summary_frame(
        alpha=0.05
    )
    curve = pd.DataFrame(
        {
            "n_active": grid,
            "engagement": frame["mean"].to_numpy(),
            "ci_low": frame["mean_ci_lower"].to_numpy(),
            "ci_high": frame["mean_ci_upper"].to_numpy(),
        }
    )
    curve.attrs.update(attrs)
    return curve
