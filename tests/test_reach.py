"""Cascades, reach curve and contact graph (issue #9): exact answers on tiny graphs,
properties, and agreement with a plain networkx Independent Cascade loop and with ndlib."""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Hashable
from dataclasses import replace
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from power1000_analysis import reach
from power1000_analysis.activity import contact_status
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.reach import observed_reach, observed_reach_trend
from power1000_analysis.schema import conform

SNAP = Path(__file__).resolve().parents[2] / "shared" / "data" / "snap-ego-facebook"
SNAP_EDGES = SNAP / "facebook_combined.txt"


def reference_cascade(
    graph: nx.Graph,
    seeds: Collection[Hashable],
    *,
    p: float | None,
    rng: random.Random,
    attribute: str = "probability",
) -> int:
    """The Independent Cascade model as written in Kempe, Kleinberg & Tardos (2003): every
    newly reached node tries each neighbour not yet reached once. The reference for
    :func:`reach.simulate_cascades`."""
    reached = set(seeds)
    frontier = list(reached)
    while frontier:
        new = []
        for node in frontier:
            for neighbour, data in graph.adj[node].items():
                chance = p if p is not None else data[attribute]
                if neighbour not in reached and rng.random() < chance:
                    reached.add(neighbour)
                    new.append(neighbour)
        frontier = new
    return len(reached)


def _z(a: np.ndarray, b: np.ndarray) -> float:
    spread = math.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b))
    return float((a.mean() - b.mean()) / spread) if spread > 0 else 0.0


@pytest.fixture(scope="module")
def snap() -> nx.Graph:
    if not SNAP_EDGES.exists():
        pytest.skip(f"SNAP ego-Facebook graph not found at {SNAP_EDGES} (shared data absent)")
    return nx.read_edgelist(SNAP_EDGES, nodetype=int)


# ------------------------------------------------------------------ exact, tiny graphs


@pytest.mark.parametrize("directed", [False, True])
def test_path_with_p_one_reaches_everything_downstream(directed: bool) -> None:
    path = nx.path_graph(6, create_using=nx.DiGraph if directed else nx.Graph)
    assert set(reach.simulate_cascades(path, seeds=[0], p=1.0, runs=4)["reached"]) == {6}
    expected = 1 if directed else 6
    assert set(reach.simulate_cascades(path, seeds=[5], p=1.0, runs=4)["reached"]) == {expected}
    assert set(reach.simulate_cascades(path, seeds=[2], p=1.0, runs=4)["reached"]) == {
        4 if directed else 6
    }


def test_p_zero_reaches_only_the_seeds() -> None:
    star = nx.star_graph(10)
    table = reach.simulate_cascades(star, seeds=[0, 3, 3, 4], p=0.0, runs=7)
    assert table["reached"].tolist() == [3] * 7
    assert table.attrs["n_seeds"] == 3


def test_star_from_a_leaf_and_no_seeds() -> None:
    star = nx.star_graph(5)
    assert reach.simulate_cascades(star, seeds=[2], p=1.0, runs=3)["reached"].tolist() == [6] * 3
    assert reach.simulate_cascades(star, seeds=[], p=1.0, runs=3)["reached"].tolist() == [0] * 3


def test_per_edge_probabilities_from_an_attribute() -> None:
    graph = nx.path_graph(5)
    nx.set_edge_attributes(
        graph, {(0, 1): 1.0, (1, 2): 1.0, (2, 3): 0.0, (3, 4): 1.0}, "probability"
    )
    assert set(reach.simulate_cascades(graph, seeds=[0], runs=20)["reached"]) == {3}
    graph.edges[2, 3].pop("probability")
    with pytest.raises(ValueError, match="no 'probability'"):
        reach.simulate_cascades(graph, seeds=[0], runs=2)


def test_unknown_seed_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a node"):
        reach.simulate_cascades(nx.path_graph(3), seeds=["x"], p=0.5)


def test_same_seed_same_runs() -> None:
    graph = nx.gnm_random_graph(200, 600, seed=1)
    first = reach.simulate_cascades(graph, seeds=[0, 1], p=0.2, runs=50, seed=3)
    again = reach.simulate_cascades(graph, seeds=[0, 1], p=0.2, runs=50, seed=3)
    pd.testing.assert_frame_equal(first, again)


def test_expected_reach_on_a_short_path_matches_the_hand_computation() -> None:
    # path a - b - c at p = 0.5: from b, 1 + 0.5 + 0.5 = 2; from a, 1 + 0.5 + 0.25 = 1.75
    table = reach.node_influence(nx.path_graph(3), p=0.5, runs=20_000, seed=1).set_index("node")
    assert table.loc[1, "expected_reach"] == pytest.approx(2.0, abs=0.03)
    assert table.loc[0, "expected_reach"] == pytest.approx(1.75, abs=0.03)
    assert (table["ci_low"] <= table["expected_reach"]).all()


def test_node_influence_agrees_with_single_seed_cascades() -> None:
    graph = nx.connected_watts_strogatz_graph(300, 6, 0.1, seed=2)
    influence = reach.node_influence(graph, p=0.15, runs=2000, seed=4).set_index("node")
    for node in (0, 150):
        runs = reach.simulate_cascades(graph, seeds=[node], p=0.15, runs=2000, seed=node + 9)
        row = influence.loc[node]
        spread = (row["ci_high"] - row["ci_low"]) / 3.92
        z = (runs["reached"].mean() - row["expected_reach"]) / math.hypot(
            spread, runs["reached"].std() / math.sqrt(2000)
        )
        assert abs(z) < 3


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(5, 40),
    density=st.floats(0.05, 0.5),
    low=st.floats(0.0, 1.0),
    high=st.floats(0.0, 1.0),
    graph_seed=st.integers(0, 10_000),
)
def test_reach_is_monotone_in_p(
    n: int, density: float, low: float, high: float, graph_seed: int
) -> None:
    low, high = sorted((low, high))
    graph = nx.gnp_random_graph(n, density, seed=graph_seed)
    runs = 300
    a = reach.simulate_cascades(graph, seeds=[0], p=low, runs=runs, seed=1)["reached"]
    b = reach.simulate_cascades(graph, seeds=[0], p=high, runs=runs, seed=2)["reached"]
    spread = math.sqrt((a.var() + b.var()) / runs) + 1e-9
    assert a.mean() <= b.mean() + 4 * spread


def test_agrees_with_the_reference_on_a_random_graph_with_edge_probabilities() -> None:
    graph = nx.barabasi_albert_graph(500, 3, seed=5)
    rng = np.random.default_rng(0)
    for u, v in graph.edges:
        graph.edges[u, v]["probability"] = float(rng.uniform(0.0, 0.4))
    ours = reach.simulate_cascades(graph, seeds=[0, 7], runs=2000, seed=1)["reached"].to_numpy()
    python = random.Random(2)
    theirs = np.array([reference_cascade(graph, [0, 7], p=None, rng=python) for _ in range(1000)])
    assert abs(_z(ours, theirs)) < 3


def test_agrees_with_the_reference_on_a_directed_graph() -> None:
    graph = nx.gnp_random_graph(300, 0.02, seed=3, directed=True)
    ours = reach.simulate_cascades(graph, seeds=[0], p=0.3, runs=2000, seed=1)["reached"]
    python = random.Random(5)
    theirs = np.array([reference_cascade(graph, [0], p=0.3, rng=python) for _ in range(1000)])
    assert abs(_z(ours.to_numpy(), theirs)) < 3


# ------------------------------------------------------------------ SNAP ego-Facebook


@pytest.mark.parametrize("p", [0.01, pytest.param(0.05, marks=pytest.mark.slow)])
def test_agrees_with_the_reference_on_snap(snap: nx.Graph, p: float) -> None:
    seeds = np.random.default_rng(7).choice(snap.number_of_nodes(), 50, replace=False).tolist()
    ours = reach.simulate_cascades(snap, seeds=seeds, p=p, runs=1000, seed=1)["reached"]
    python = random.Random(3)
    theirs = np.array([reference_cascade(snap, seeds, p=p, rng=python) for _ in range(150)])
    assert abs(_z(ours.to_numpy(), theirs)) < 3


def test_agrees_with_ndlib_on_snap(snap: nx.Graph) -> None:
    """ndlib's IndependentCascadesModel with a threshold on *every* edge (pitfalls: without
    per-edge thresholds ndlib 6 fills in 0.1 for each edge — older releases used 1/deg(u)
    — and when only some edges have one, an edge without one silently takes the threshold
    of the previous edge tried, or 1/deg(u); ``ndlib.models`` needs ``six`` installed)."""
    pytest.importorskip("six")
    epidemics = pytest.importorskip("ndlib.models.epidemics")
    model_config = pytest.importorskip("ndlib.models.ModelConfig")
    p = 0.004
    seeds = np.random.default_rng(11).choice(snap.number_of_nodes(), 50, replace=False).tolist()
    config = model_config.Configuration()
    config.add_model_initial_configuration("Infected", seeds)
    for edge in snap.edges:
        config.add_edge_configuration("threshold", edge, p)
    model = epidemics.IndependentCascadesModel(snap, seed=5)
    model.set_initial_status(config)
    sizes = []
    for _ in range(30):
        model.reset(seeds)
        counts = model.iteration()["node_count"]
        while counts[1] > 0:
            counts = model.iteration(node_status=False)["node_count"]
        sizes.append(counts[1] + counts[2])
    ours = reach.simulate_cascades(snap, seeds=seeds, p=p, runs=1000, seed=1)["reached"]
    assert abs(_z(ours.to_numpy(), np.array(sizes, dtype=float))) < 3


# ------------------------------------------------------------ contact graph, reach curve


def _tiny_network() -> Network:
    at = pd.Timestamp("2024-06-01", tz="UTC")
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "facebook",
                "contact_key": ["a", "b", "c"],
                "name": ["Ann", "Bob", "Cy"],
                "company": ["Acme", None, None],
                "relation": "friend",
                "connected_at": at - pd.Timedelta(days=400),
                "first_seen_at": at,
                "last_seen_at": at,
                "is_current": True,
                "person_id": ["facebook:a", "facebook:b", "facebook:c"],
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": "facebook",
                "at": [at - pd.Timedelta(days=d) for d in (1, 1, 2, 300)],
                "contact_key": ["a", "b", "c", "a"],
                "direction": ["in", "in", "in", "out"],
                "kind": "message",
                "thread_key": ["club_0a1b2c3d", "club_0a1b2c3d", "cy_0a1b2c3e", "later_0f"],
                "n_participants": [3, 3, 2, 2],
                "person_id": ["facebook:a", "facebook:b", "facebook:c", "facebook:a"],
            }
        ),
    )
    snapshots = conform(
        "snapshots",
        pd.DataFrame(
            {"platform": ["facebook"], "exported_at": [at], "format_version": "v", "source": "s"}
        ),
    )
    frames = {name: conform(name, None) for name in ("requests", "problems", "people")}
    return Network(contacts=contacts, interactions=interactions, snapshots=snapshots, **frames)


def test_contact_graph_contract() -> None:
    graph = _tiny_network().graph()
    assert set(graph.nodes) == {reach.OWNER, "facebook:a", "facebook:b", "facebook:c"}
    assert graph.nodes[reach.OWNER]["kind"] == "owner"
    ann = graph.nodes["facebook:a"]
    assert (ann["name"], ann["status"], ann["company"]) == ("Ann", "active", "Acme")
    assert ann["score"] > 0 and graph.edges[reach.OWNER, "facebook:a"]["weight"] == ann["score"]
    tie = graph.edges["facebook:a", "facebook:b"]
    assert (tie["kind"], tie["weight"], tie["threads"]) == ("co", 1, ("club_0a1b2c3d",))
    assert graph.number_of_edges() == 4  # three owner edges, one observed tie
    assert graph.graph["n_threads"] == 1
    # the owner's links are not ties between people (05 printed "2486 people, 2607 ties"
    # against 121 person-person ties)
    assert (graph.graph["n_people"], graph.graph["n_ties"]) == (3, 1)
    earlier = reach.build_contact_graph(_tiny_network(), as_of="2024-05-01")
    assert not earlier.has_edge("facebook:a", "facebook:b")


def test_reach_curve_without_sharing_is_your_contacts() -> None:
    curve = reach.reach_curve(_tiny_network(), n_active=[0, 5, 50], share_probability=0.0, runs=20)
    assert curve["reach"].tolist() == [0.0, 5.0, 50.0]
    assert (curve["within_one_hop"] == 1.0).all()


def test_reach_saturates_at_the_population() -> None:
    curve = reach.reach_curve(
        _tiny_network(), n_active=[10, 100], share_probability=0.5, population=300, runs=30
    )
    assert (curve["reach"] <= 300).all() and curve["reach"].iloc[-1] > 250


@pytest.mark.parametrize("seed", [0, 3])
def test_growth_of_a_planted_linear_curve_is_linear_despite_monte_carlo_noise(seed: int) -> None:
    # subcritical sharing (R = 0.21) in a population of a million: expected reach is
    # n x (1 + c), exactly linear; 100 runs per point leave the noise the review saw
    # (a fixed 0.9/1.1 cut on five-row slopes called 7-14 of these 40 points non-linear)
    curve = reach.reach_curve(_tiny_network(), n_active=range(0, 2001, 50), runs=100, seed=seed)
    labels = curve["growth"].dropna()
    assert len(labels) == 40 and (labels == "linear").all()
    covered = (curve["elasticity_low"] <= 1.0) & (curve["elasticity_high"] >= 1.0)
    assert covered.iloc[1:].mean() >= 0.85  # the intervals are honest about it, not wide
    assert (curve["elasticity_high"] - curve["elasticity_low"]).iloc[1:].max() < 0.5
    # marginal comes from the same local fit: steady near reach per contact (≈ 1.1), where
    # row-to-row differences swung from below 0 to 2.5 on these curves
    marginal = curve["marginal"].dropna()
    assert marginal.between(0.95, 1.3).all()


def test_growth_of_a_planted_saturating_curve_is_saturating() -> None:
    # a population of 3,000 and R = 0.53: by 1,250 active contacts most exposures land on
    # people already reached, so reach grows clearly less than in proportion
    curve = reach.reach_curve(
        _tiny_network(),
        n_active=range(0, 2001, 50),
        share_probability=0.005,
        population=3000,
        runs=100,
        seed=0,
    )
    late = curve[curve["n_active"] >= 1250]
    assert (late["growth"] == "saturating").all() and (late["elasticity_high"] < 0.9).all()
    assert "faster than linear" not in set(curve["growth"].dropna())
    assert (late["marginal"] < 0.9 * late["per_contact"]).all()  # one more adds less


def test_critical_point_for_a_regular_audience() -> None:
    regular = pd.DataFrame({"degree": [11], "nodes": [100]})
    assert reach.critical_share_probability(regular).value == pytest.approx(0.1)


@pytest.mark.parametrize("population", [20_000, 50_000, 1_000_000])
def test_simulated_take_off_is_near_the_critical_point_at_any_population(population: int) -> None:
    # review10 R21: take-off was "more than 1% of the population beyond your contacts";
    # at 20,000 people that is 200 strangers, which the first hop of 1,000 contacts and a
    # dying chain after it exceed, so posts "took off" at R ≈ 0.4-0.5 (ratio 0.42-0.51)
    # and page 04's checks failed. Relative to the first hop (√(m·N)) it stays near r_c.
    shares = reach.share_curve(_tiny_network(), n_active=1000, population=population, runs=60)
    critical = shares.attrs["critical"].value
    assert 0.7 < shares.attrs["simulated_critical"] / critical < 1.4
    below = shares.loc[shares["mean_offspring"] < 0.7]
    assert (below["take_off"] <= 0.15).all()  # heavy-tailed audiences: a rare hub
    above = shares.loc[shares["mean_offspring"] > 1.5]
    assert (above["take_off"] >= 0.85).all()
    # R = p·(E[K²]/E[K] − 1) is 1 at the analytic critical point
    slope = (shares["mean_offspring"] / shares["share_probability"]).iloc[0]
    assert slope * critical == pytest.approx(1.0)


def test_took_off_is_relative_to_what_your_contacts_reach_alone() -> None:
    # 1,000 contacts whose shares reach 400 strangers, in 20,000 people: a chain adding
    # 1,000 more (R ≈ 0.7) has not taken off, one adding 5,000 (a quarter of the room) has
    alone = np.array([1400.0, 1400.0, 1400.0])
    reached = alone + np.array([1000.0, 2900.0, 5000.0])
    assert reach.took_off(reached, alone, 1000, 20_000).tolist() == [False, True, True]
    assert math.isclose(math.sqrt(400 * 18_600), 2727.6, abs_tol=0.1)
    # no one shared: nothing beyond your contacts, nothing took off
    assert not reach.took_off(np.array([1000.0]), np.array([1000.0]), 1000, 20_000).any()
    # the first hop covers the room: nothing can take off
    assert not reach.took_off(np.array([20_000.0]), np.array([19_900.0]), 1000, 20_000).any()


# ------------------------------------------------------------------ observed reach


def _observed_net(
    evidence: list[tuple[str, str, str]], posts: list[tuple[str, str, int, int]]
) -> Network:
    """A hand-built Network: inbound messages (person, platform, time) and X posts."""
    from power1000_analysis.loaders._base import empty_posts

    interactions = pd.DataFrame(
        {
            "platform": [p for _, p, _ in evidence],
            "at": pd.to_datetime([t for _, _, t in evidence], utc=True),
            "contact_key": [k for k, _, _ in evidence],
            "person_id": [f"{p}:{k}" for k, p, _ in evidence],
            "direction": "in",
            "kind": "message",
            "n_participants": 2,
        }
    )
    net = merge_exports([])
    frame = pd.DataFrame(
        {
            "platform": "x",
            "post_id": [i for i, *_ in posts],
            "at": pd.to_datetime([t for _, t, _, _ in posts], utc=True),
            "likes": pd.array([likes for *_, likes, _ in posts], dtype="Int64"),
            "reposts": pd.array([r for *_, r in posts], dtype="Int64"),
            "is_reply": False,
        }
    )
    return replace(
        net,
        interactions=conform("interactions", interactions),
        posts=pd.concat([empty_posts(), frame], ignore_index=True).astype(empty_posts().dtypes),
        snapshots=conform(
            "snapshots", pd.DataFrame({"platform": ["x"], "exported_at": ["2024-12-31"]})
        ),
    )


def test_observed_reach_counts_active_contacts_at_each_post_by_hand() -> None:
    evidence = [
        ("a", "x", "2024-01-01"),
        ("a", "x", "2024-01-20"),  # a's two windows overlap: a counts once
        ("b", "linkedin", "2024-01-10"),
        ("c", "x", "2024-03-01"),
    ]
    posts = [
        ("p1", "2023-12-31", 1, 0),  # before any evidence: 0
        ("p2", "2024-01-15", 2, 1),  # a, b: 2 (1 on x)
        ("p3", "2024-04-10", 0, 0),  # b's window (Jan 10 + 90 d = Apr 9) is over; a until
        ("p4", "2024-04-19", 5, 0),  # Apr 19 inclusive (both ends, as contact_status): a, c
        ("p5", "2024-04-20", 1, 1),  # a's window is over: c only
        ("p6", "2025-01-05", 9, 9),  # after as_of: left out
    ]
    table = observed_reach(_observed_net(evidence, posts), active_within_days=90)
    assert table["post_id"].tolist() == ["p1", "p2", "p3", "p4", "p5"]
    assert table["active_contacts"].tolist() == [0, 2, 2, 2, 1]
    assert table["active_on_platform"].tolist() == [0, 1, 2, 2, 1]
    assert table["engagement"].tolist() == [1, 3, 0, 5, 2]


def test_observed_reach_at_as_of_matches_contact_status() -> None:
    rng = np.random.default_rng(3)
    start = pd.Timestamp("2023-01-01", tz="UTC")
    evidence = [
        (f"k{rng.integers(40)}", "x", str(start + pd.Timedelta(days=float(d))))
        for d in rng.uniform(0, 700, 300)
    ]
    net = _observed_net(evidence, [("p", "2024-12-31", 1, 0)])
    table = observed_reach(net)
    active = (contact_status(net)["status"] == "active").sum()
    assert table["active_contacts"].tolist() == [active]


def test_observed_reach_trend_recovers_a_planted_proportional_rate() -> None:
    rng = np.random.default_rng(11)
    n = rng.integers(5, 400, 300)
    rate = 0.05  # engagement per post = Poisson(rate x active contacts): elasticity 1
    table = pd.DataFrame({"active_contacts": n, "engagement": rng.poisson(rate * n)})
    trend = observed_reach_trend(table)
    elasticity, fitted_rate = trend.attrs["elasticity"], trend.attrs["rate"]
    assert elasticity.ci_low <= 1.0 <= elasticity.ci_high
    assert elasticity.ci_high - elasticity.ci_low < 0.3
    assert fitted_rate.ci_low <= rate <= fitted_rate.ci_high
    assert (trend["ci_low"] <= trend["engagement"]).all()
    assert (trend["engagement"] <= trend["ci_high"]).all()
    flat = observed_reach_trend(table.assign(engagement=rng.poisson(5.0, len(n))))
    assert flat.attrs["elasticity"].ci_low <= 0.0 <= flat.attrs["elasticity"].ci_high


def test_observed_reach_trend_says_why_there_is_no_fit() -> None:
    zeros = pd.DataFrame({"active_contacts": [1, 2, 3, 4], "engagement": [0, 0, 0, 0]})
    trend = observed_reach_trend(zeros)
    assert trend.empty and "no post has any engagement" in trend.attrs["reason"]
    assert math.isnan(trend.attrs["elasticity"].value)
    few = observed_reach_trend(zeros.head(2).assign(engagement=[1, 2]))
    assert "too few" in few.attrs["reason"]


def test_share_curve_takes_the_activity_windows_as_reach_curve_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # review10 R22: share_curve hard-coded 90 and 90, so page 04 with active_within_days = 30
    # weighed its two sections by different "active" definitions
    from power1000_analysis.reach import posts

    seen = []
    real = posts._contact_weights

    def spy(net: Network, as_of: object, half_life: float, within: float) -> object:
        seen.append((half_life, within))
        return real(net, as_of, half_life, within)

    monkeypatch.setattr(posts, "_contact_weights", spy)
    net = _tiny_network()
    shares = reach.share_curve(
        net, n_active=20, share_probabilities=[0.01], runs=5,
        half_life_days=45.0, active_within_days=30.0,
    )  # fmt: skip
    curve = reach.reach_curve(
        net, n_active=[20], runs=5, half_life_days=45.0, active_within_days=30.0
    )
    assert seen == [(45.0, 30.0), (45.0, 30.0)]
    assert shares.attrs["active_within_days"] == 30.0 and shares.attrs["half_life_days"] == 45.0
    assert len(curve) == 1
