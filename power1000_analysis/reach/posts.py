"""How far could one post spread? The two-level branching model of :func:`reach_curve` and
:func:`share_curve`, on audiences drawn from the SNAP ego-Facebook degree distribution.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from power1000_analysis.schema import Estimate

if TYPE_CHECKING:
    from power1000_analysis.activity import AsOf
    from power1000_analysis.network import Network

#: default probability that someone who sees a post shares it: R = 0.002 × 105.6 ≈ 0.21
#: on the SNAP audiences, well below 1, in line with the large studies of real cascades
#: (Goel, Watts & Goldstein 2012; Goel, Anderson, Hofman & Watts 2016) where most
#: cascades are tiny. A modelling choice, not a measurement: override it.
DEFAULT_SHARE_PROBABILITY = 0.002
#: file (inside the package) of the SNAP ego-Facebook degree distribution.
DEGREE_TABLE = "snap_ego_facebook_degrees.csv"


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
) -> tuple[np.ndarray, int, int]:
    """Activity of the active contacts relative to their mean (none when no active contact
    has a score: the callers then weigh every contact 1, and :func:`reach_curve`'s
    ``attrs["weights"]`` says "equal"), how many people are active, and how many people's
    status can be known at all (not "unknown": on a platform whose export holds
    interactions)."""
    from power1000_analysis.activity import activity_scores, contact_status

    status = contact_status(net, as_of=as_of, active_within_days=active_within_days)
    active = status.loc[status["status"] == "active", "person_id"]
    scores = activity_scores(net, as_of=as_of, half_life_days=half_life_days)
    values = scores.loc[scores["person_id"].isin(active), "score"].to_numpy(dtype=np.float64)
    values = values[np.isfinite(values) & (values > 0)]
    known = int((status["status"] != "unknown").sum())
    return (values / values.mean() if len(values) else np.ones(0)), len(active), known


@dataclass
class _Posts:
    """Per run: people reached, people your contacts reach alone (they and the audiences
    of those of them who share: the first hop, before any stranger re-shares), sharers,
    sharing generations, the largest audience."""

    reached: np.ndarray
    alone: np.ndarray
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
    alone = reached.copy()
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
        if hop == 2:
            alone = reached.copy()
        new = rng.binomial(fresh, share_probability)
        if not new.any():
            break
        sharers += new
        hops = np.where(new > 0, hop, hops)
        largest = np.maximum(largest, onward.largest(new, rng))
        exposures = onward.total(new, rng)
    return _Posts(reached, alone, direct, sharers, hops, largest)


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


def _check_world(n_active: Sequence[int], population: int) -> None:
    """Refuse what the model cannot mean: the world holds ``population`` people and your
    active contacts are among them (module docstring, step 3), so no more of them than it
    holds; and no negative number of contacts."""
    if not population >= 1:  # NaN too
        raise ValueError(f"population must be a positive number of people, not {population}")
    negative = [n for n in n_active if n < 0]
    if negative:
        raise ValueError(f"n_active must be numbers of contacts (0 or more), not {negative[0]}")
    largest = max(n_active, default=0)
    if largest > population:
        raise ValueError(
            f"population ({population:,}) is smaller than n_active ({largest:,}): your active "
            "contacts are people of the world the post spreads in, so population must be at "
            "least the largest n_active"
        )


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
        Your active contacts are among them: a ``population`` below the largest
        ``n_active`` (or below 1) raises ``ValueError``, as does a negative ``n_active``.
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
        audience), ``per_contact`` (reach / n_active), ``elasticity`` with
        ``elasticity_low``/``elasticity_high`` (local d log reach / d log n and its 95%
        interval from the Monte Carlo error, :func:`local_elasticity`), ``marginal``
        (extra reach per extra contact: elasticity × reach / n, from the same local fit,
        so it is as steady as the elasticity; row-to-row differences were mostly noise),
        ``growth`` (``faster than linear``, ``linear``, ``saturating``: see
        :func:`local_elasticity`). ``attrs``: ``mean_offspring`` (R), ``critical`` (an
        Estimate of r_c), ``active_now`` (your active people on ``as_of``, where a chart
        marks you on the curve), ``status_known`` (people whose status can be known: 0
        when no export holds interactions, an address book alone, and then 0 active means
        "unknown", not "none"), ``weights`` (``"activity"``; ``"equal"`` when no active
        contact has an activity score, with 0 active people above all: then every contact
        of the curve shares with exactly ``share_probability``, as strangers do, and
        :func:`describe_reach_now` says so), and the parameters.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> curve = reach_curve(Network.empty(), n_active=[0, 10], runs=50)
    >>> float(curve["reach"].iloc[0]), bool(curve["reach"].iloc[1] >= 10)
    (0.0, True)
    """
    if not 0.0 <= share_probability <= 1.0:
        raise ValueError("share_probability must lie in [0, 1]")
    counts = sorted({int(v) for v in n_active})
    _check_world(counts, population)
    first, onward = _audiences(audience)
    weights, active_now, known = _contact_weights(net, as_of, half_life_days, active_within_days)
    equal = len(weights) == 0
    weights = weights if len(weights) else np.ones(1)  # equal weights: documented, attrs
    rng = np.random.default_rng(seed)
    rows = []
    for n in counts:
        share = np.minimum(share_probability * rng.choice(weights, size=n), 1.0)
        posts = _simulate_posts(
            share, share_probability, first, onward,
            population=population, runs=runs, rng=rng, max_hops=max_hops,
        )  # fmt: skip
        rows.append({"n_active": n, **_summary(posts, n)})
    table = pd.DataFrame(rows)
    table["per_contact"] = table["reach"] / table["n_active"].where(table["n_active"] > 0)
    table = pd.concat([table, local_elasticity(table)], axis=1)
    table["marginal"] = table["elasticity"] * table["per_contact"]
    table = table[[c for c in table.columns if c != "growth"] + ["growth"]]
    table.attrs.update(
        mean_offspring=share_probability * (onward.mean),
        critical=critical_share_probability(audience),
        share_probability=share_probability,
        population=population,
        runs=runs,
        audience_mean=first.mean,
        active_now=active_now,
        status_known=known,
        weights="equal" if equal else "activity",
    )
    return table


def describe_reach_now(curve: pd.DataFrame) -> str:
    """Where you are on :func:`reach_curve`'s curve, in one line: your active people on
    its date and what one post reaches with that many (the curve's row for that number
    when it has one, else read between its two nearest rows), and, when the share
    probabilities could not be weighted by activity, that they were not and why.

    Example
    -------
    >>> curve = pd.DataFrame({"n_active": [0, 100], "reach": [0.0, 120.0],
    ...                       "p10": [0.0, 100.0], "p90": [0.0, 140.0]})
    >>> curve.attrs.update(active_now=0, weights="equal")
    >>> print(describe_reach_now(curve))  # doctest: +NORMALIZE_WHITESPACE
    No one is active on this date (0 active people): a post of yours would reach no one
    now, and the curve below shows what it would reach with more. With no active contact
    to learn from, every contact on the curve shares with the same probability
    (share_probability), not weighted by how active each is with you.
    """
    active = curve.attrs.get("active_now")
    equal = curve.attrs.get("weights") == "equal"
    why = (
        " With no active contact to learn from, every contact on the curve shares with the "
        "same probability (share_probability), not weighted by how active each is with you."
        if equal
        else ""
    )
    if active is None:
        return why.strip()
    if active == 0 and curve.attrs.get("status_known") == 0:
        return (
            "Whether anyone is active on this date is unknown: none of these exports holds "
            "interactions (an address book alone, say), so no one can show a sign of life. "
            "The curve below shows what a post would reach for each number of active people." + why
        )
    if active == 0:
        return (
            "No one is active on this date (0 active people): a post of yours would reach no "
            "one now, and the curve below shows what it would reach with more." + why
        )
    rows = curve.set_index("n_active")
    if active in rows.index:
        reach, low, high = rows.loc[active, ["reach", "p10", "p90"]]
        how = ""
    else:
        x = rows.index.to_numpy(dtype=float)
        reach, low, high = (float(np.interp(active, x, rows[c])) for c in ("reach", "p10", "p90"))
        how = ", read between the curve's nearest points"
    return (
        f"You have {active:,} active people on this date: one post of yours reaches about "
        f"{reach:,.0f} people on average (10–90% of posts: {low:,.0f}–{high:,.0f}{how}); "
        f"the marked point on the curve." + why
    )


#: an elasticity within 1 ± this counts as linear growth (10% more contacts, 9–11% more
#: reach); see :func:`local_elasticity`.
LINEAR_TOLERANCE = 0.1
#: neighbouring rows used for a local elasticity: n within this factor either way
#: (at least 5 rows: the nearest ones in log n when the grid is sparse there).
_ELASTICITY_SPAN = 1.5


def local_elasticity(table: pd.DataFrame) -> pd.DataFrame:
    """Local elasticity of reach in the number of active contacts, with its Monte Carlo
    uncertainty, and the growth it shows.

    For each row, a weighted least-squares line of log(reach) on log(n) over the rows
    with n within a factor 1.5 either way (at least five rows). Each row's weight is
    1 / var(log reach) from its 95% interval of the mean (delta method), and the runs of
    different rows are independent, so the slope's standard error follows from them.
    The label is ``linear`` unless the whole 95% interval lies beyond 1 ±
    :data:`LINEAR_TOLERANCE`: ``faster than linear`` above, ``saturating`` below. Noise
    alone therefore almost never calls a point non-linear (on data/sample a fixed 0.9/1.1
    cut on a five-row slope gave 3 "saturating" and 1 "faster than linear" among 40
    points of a curve that is linear in expectation). In this model expected reach is
    never faster than linear in n (each contact adds their own cascade, Independent
    Cascade reach being submodular in its seeds), so that label points at noise or a
    changed model.

    Parameters
    ----------
    table
        Rows with ``n_active``, ``reach``, ``ci_low``, ``ci_high``.

    Returns
    -------
    DataFrame
        ``elasticity``, ``elasticity_low``, ``elasticity_high``, ``growth`` (None where
        n or reach is 0), on ``table``'s index.

    Example
    -------
    >>> t = pd.DataFrame({"n_active": [0, 10, 20, 30, 40, 50], "reach": [0, 10, 20, 30, 40, 50],
    ...     "ci_low": [0, 9, 19, 29, 39, 49], "ci_high": [0, 11, 21, 31, 41, 51]})
    >>> local_elasticity(t)["growth"].tolist()
    [None, 'linear', 'linear', 'linear', 'linear', 'linear']
    """
    n = table["n_active"].to_numpy(dtype=np.float64)
    reach = table["reach"].to_numpy(dtype=np.float64)
    sem = table["ci_high"].to_numpy(dtype=np.float64) - table["ci_low"].to_numpy(dtype=np.float64)
    sem = np.nan_to_num(sem / (2 * 1.959963984540054))
    out = pd.DataFrame(
        {"elasticity": np.nan, "elasticity_low": np.nan, "elasticity_high": np.nan},
        index=table.index,
    )
    labels: list[str | None] = [None] * len(table)
    usable = np.flatnonzero((n > 0) & (reach > 0))
    if len(usable) >= 3:
        x = np.log(n[usable])
        y = np.log(reach[usable])
        # variance of log(reach) by the delta method, floored so exact rows (no sharing)
        # keep finite weights
        weight = 1.0 / np.maximum((sem[usable] / reach[usable]) ** 2, 1e-12)
        for i, row in enumerate(usable):
            distance = np.abs(x - x[i])
            window = np.flatnonzero(distance <= math.log(_ELASTICITY_SPAN))
            if len(window) < 5:
                window = np.argsort(distance, kind="stable")[: min(5, len(usable))]
            w, xs, ys = weight[window], x[window], y[window]
            centre = float((w * xs).sum() / w.sum())
            spread = float((w * (xs - centre) ** 2).sum())
            if spread <= 0:
                continue
            slope = float((w * (xs - centre) * ys).sum() / spread)
            half = 1.959963984540054 / math.sqrt(spread)
            low, high = slope - half, slope + half
            out.iloc[row] = (slope, low, high)
            labels[row] = (
                "faster than linear"
                if low > 1.0 + LINEAR_TOLERANCE
                else "saturating"
                if high < 1.0 - LINEAR_TOLERANCE
                else "linear"
            )
    out["growth"] = pd.Series(labels, index=table.index, dtype=object)
    return out


def took_off(reached: np.ndarray, alone: np.ndarray, n_active: int, population: int) -> np.ndarray:
    """Which posts took off: strangers' re-shares carried them beyond what your contacts
    reach alone by more than √(m·N), the geometric mean of that first hop and the room
    left.

    ``alone`` is what a post reaches without any stranger re-sharing: your ``n_active``
    contacts and the audiences of those of them who share it (m strangers). What the
    strangers' re-shares add next has two regimes. A chain that dies out (mean offspring
    R < 1) adds about m·R/(1−R), a multiple of m; one that takes off (R > 1) runs through
    a share of the room left, N = ``population`` − ``alone``. √(m·N) lies as many times
    above m as below N, so a dying chain crosses it only within about √(m/N) of R = 1,
    and a growing one once its share of N reaches √(m/N): the simulated change of regime
    stays near the analytic critical point at any population, and narrows as N grows.
    A fixed share of the population did not: at 1,000 active contacts and the critical
    share probability the first hop alone reaches ~380 strangers, and a chain of R ≈ 0.5
    from them as many again, above 1% of 20,000 people (200), so posts "took off" at half
    the critical point (review10 R21). With m ≥ N nothing can take off: the first hop
    already covers the room.

    Example
    -------
    >>> # 100 contacts whose shares reach 400 strangers, in 10,400 people: √(400·10,000) = 2,000
    >>> took_off(np.array([1500.0, 2600.0]), np.array([500.0, 500.0]), 100, 10_400).tolist()
    [False, True]
    """
    first_hop = np.maximum(alone - n_active, 1.0)
    room = np.maximum(population - alone, 0.0)
    return (reached - alone) > np.sqrt(first_hop * room)


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
    half_life_days: float = 90.0,
    active_within_days: float = 90.0,
    max_hops: int = 200,
) -> pd.DataFrame:
    """Reach of one post against the share probability, across the critical point.

    Parameters
    ----------
    n_active
        Your active contacts (fixed; at most ``population``, as in :func:`reach_curve`).
    share_probabilities
        Values to evaluate (default: 25 values from r_c/10 to 10·r_c, log-spaced).
    as_of, half_life_days, active_within_days
        For the activity scores and statuses, as in :func:`reach_curve` (page 04 passes
        its ``active_within_days`` to both).

    Returns
    -------
    DataFrame
        One row per share probability: ``share_probability``, ``mean_offspring`` (R),
        ``reach``, ``ci_low``, ``ci_high``, ``p10``, ``p90``, ``within_one_hop``,
        ``take_off`` (share of runs that took off, :func:`took_off`). ``attrs``:
        ``critical`` (analytic, an Estimate), ``simulated_critical`` (geometric midpoint
        of the first two grid values where ``take_off`` crosses one half; NaN when it
        does not cross within the grid), the parameters.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> curve = share_curve(Network.empty(), n_active=20, share_probabilities=[0.0], runs=5)
    >>> curve["reach"].tolist()
    [20.0]
    """
    _check_world([int(n_active)], population)
    first, onward = _audiences(audience)
    critical = critical_share_probability(audience)
    grid = (
        np.geomspace(critical.value / 10, min(critical.value * 10, 1.0), 25)
        if share_probabilities is None
        else np.asarray(sorted(share_probabilities), dtype=np.float64)
    )
    weights, _, _ = _contact_weights(net, as_of, half_life_days, active_within_days)
    weights = weights if len(weights) else np.ones(1)
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
        take_off = float(took_off(posts.reached, posts.alone, n_active, population).mean())
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
        half_life_days=half_life_days,
        active_within_days=active_within_days,
    )
    return table
