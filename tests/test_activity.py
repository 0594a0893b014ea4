"""activity.py: hand-checkable scores and statuses, planted truth, and properties.

The tiny network (LinkedIn, one snapshot exported 2024-07-01, the default as_of):

=====  ============  ===================================================================
who    connected     interactions (days before as_of)
=====  ============  ===================================================================
ann    2023-01-01    in message (10), out like (90)                     → active
bob    2023-06-01    out message (1), in comment (180)                  → dormant
cid    2024-01-01    out message in a group of 3 (0)                    → passive
dee    2024-06-01    none                                               → passive
eve    (no contact)  in mention (60)                                    → active
—      —             in message from a deactivated account (5)          → excluded
=====  ============  ===================================================================
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from power1000_analysis import activity, dunbar, scores
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform

AS_OF = pd.Timestamp("2024-07-01", tz="UTC")
DAY = pd.Timedelta(days=1)


def _network(
    contacts: pd.DataFrame, interactions: pd.DataFrame, *, exported: pd.Timestamp = AS_OF
) -> Network:
    contacts = conform("contacts", contacts.assign(relation="connection", is_current=True))
    interactions = conform("interactions", interactions)
    return merge_exports(
        [
            LoadedExport(
                platform="linkedin",
                generation="test",
                source="test",
                owner="owner",
                exported_at=exported,
                contacts=contacts,
                interactions=interactions,
            )
        ]
    )


def tiny_network() -> Network:
    contacts = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": ["ann", "bob", "cid", "dee"],
            "name": ["Ann", "Bob", "Cid", "Dee"],
            "connected_at": pd.to_datetime(
                ["2023-01-01", "2023-06-01", "2024-01-01", "2024-06-01"], utc=True
            ),
        }
    )
    rows = [
        ("ann", "Ann", 10, "in", "message", 2),
        ("ann", "Ann", 90, "out", "like", 2),
        ("bob", "Bob", 1, "out", "message", 2),
        ("bob", "Bob", 180, "in", "comment", 2),
        ("cid", "Cid", 0, "out", "message", 3),
        ("eve", "Eve", 60, "in", "mention", 2),
        (None, "Facebook User", 5, "in", "message", 2),
    ]
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": [r[0] for r in rows],
            "name": [r[1] for r in rows],
            "at": [AS_OF - r[2] * DAY for r in rows],
            "direction": [r[3] for r in rows],
            "kind": [r[4] for r in rows],
            "n_participants": [r[5] for r in rows],
        }
    )
    return _network(contacts, interactions)


@pytest.fixture(scope="module")
def net() -> Network:
    """Built once: analyses are pure, so no test can change it."""
    return tiny_network()


# ------------------------------------------------------------------ evidence and scores


def test_evidence_of_life_by_kind_and_direction() -> None:
    frame = pd.DataFrame(
        {
            "direction": ["in", "in", "out", "out", "out", "out", "out", "out"],
            "kind": [
                "message",
                "like",
                "message",
                "mention",
                "like",
                "reaction",
                "comment",
                "reply",
            ],
        }
    )
    assert activity.evidence_of_life(frame).tolist() == [True, True, False, False] + [True] * 4


def test_scores_by_hand(net: Network) -> None:
    scores = activity.activity_scores(net).set_index("person_id")
    expected = {
        "linkedin:ann": 1.0 * 2 ** (-10 / 90) + 0.1 * 2 ** (-90 / 90),
        "linkedin:bob": 0.5 * 2 ** (-1 / 90) + 1.0 * 2 ** (-180 / 90),
        "linkedin:cid": 0.5 / (3 - 1),  # a group message weighs 1/(n - 1)
        "linkedin:dee": 0.0,
        "linkedin:eve": 0.8 * 2 ** (-60 / 90),
    }
    assert set(scores.index) == set(expected)
    for person, value in expected.items():
        assert scores.loc[person, "score"] == pytest.approx(value)
    assert scores.loc["linkedin:eve", "name"] == "Eve"
    assert scores.loc["linkedin:ann", "n_interactions"] == 2
    assert scores.loc["linkedin:bob", "n_evidence"] == 1
    assert scores.loc["linkedin:bob", "last_interaction_at"] == AS_OF - DAY
    assert scores.loc["linkedin:bob", "first_interaction_at"] == AS_OF - 180 * DAY
    assert scores.loc["linkedin:bob", "last_evidence_at"] == AS_OF - 180 * DAY
    assert scores.loc["linkedin:bob", "days_since_evidence"] == pytest.approx(180)
    assert math.isnan(scores.loc["linkedin:dee", "days_since_evidence"])
    assert pd.isna(scores.loc["linkedin:dee", "first_interaction_at"])
    assert activity.activity_scores(net).attrs["excluded"]["no_person"] == 1


def test_scores_custom_weights_and_half_life(net: Network) -> None:
    scores = activity.activity_scores(
        net, half_life_days=10, weights={("message", "in"): 4.0}
    ).set_index("person_id")
    assert scores.loc["linkedin:ann", "score"] == pytest.approx(4.0 * 0.5 + 0.1 * 2**-9)


@pytest.mark.parametrize(
    "as_of", ["2024-04-02", pd.Timestamp("2024-04-02"), pd.Timestamp("2024-04-02", tz="UTC")]
)
def test_as_of_in_the_past(net: Network, as_of: object) -> None:
    scores = activity.activity_scores(net, as_of=as_of).set_index("person_id")  # type: ignore[arg-type]
    # dee was connected on 2024-06-01, after as_of; eve's mention came later too
    assert set(scores.index) == {"linkedin:ann", "linkedin:bob", "linkedin:cid"}
    assert scores.loc["linkedin:ann", "score"] == pytest.approx(0.1)
    assert scores.loc["linkedin:ann", "n_interactions"] == 1
    assert scores.attrs["excluded"]["after_as_of"] == 5


def test_as_of_accepts_a_datetime(net: Network) -> None:
    from datetime import UTC, datetime

    table = activity.activity_scores(net, as_of=datetime(2024, 7, 1, tzinfo=UTC))
    assert table.equals(activity.activity_scores(net))


def test_statuses_by_hand(net: Network) -> None:
    status = activity.contact_status(net).set_index("person_id")["status"]
    assert status.to_dict() == {
        "linkedin:ann": "active",
        "linkedin:eve": "active",
        "linkedin:bob": "dormant",
        "linkedin:cid": "passive",
        "linkedin:dee": "passive",
    }
    # the window is inclusive: evidence exactly 90 days ago is active, 91 is not
    on_edge = activity.contact_status(net, as_of=AS_OF - 10 * DAY + 90 * DAY)
    assert on_edge.set_index("person_id").loc["linkedin:ann", "status"] == "active"
    past_edge = activity.contact_status(net, as_of=AS_OF - 10 * DAY + 91 * DAY)
    assert past_edge.set_index("person_id").loc["linkedin:ann", "status"] == "dormant"


def test_losing_touch(net: Network) -> None:
    lost = activity.losing_touch(net)
    assert lost["person_id"].tolist() == ["linkedin:bob"]
    # bob's score on 2024-04-02: the comment of 2024-01-03, 90 days (one half-life) earlier
    assert lost["past_score"].iloc[0] == pytest.approx(0.5)


def test_empty_network() -> None:
    empty = Network.empty()
    assert activity.activity_scores(empty).empty
    assert activity.contact_status(empty).empty
    assert activity.decay_curve(empty).empty
    assert math.isnan(activity.decay_half_life(empty).value)
    assert activity.survival(empty).medians.empty
    assert activity.cohort_retention(empty).empty
    assert activity.dunbar_layers(empty).empty


def test_categorical_columns_give_the_same_scores(net: Network) -> None:
    plain = activity.activity_scores(net)
    interactions = net.interactions.astype(
        {"person_id": "category", "kind": "category", "direction": "category"}
    )
    fast = Network(
        contacts=net.contacts,
        interactions=interactions,
        requests=net.requests,
        snapshots=net.snapshots,
        problems=net.problems,
        people=net.people,
    )
    pd.testing.assert_frame_equal(activity.activity_scores(fast), plain)


def test_people_beyond_the_contacts_on_the_aligned_fast_path(net: Network) -> None:
    """Interaction categories equal to the contacts' person ids take the no-hashing path;
    a person in ``net.people`` without a contact (appended after them) must not break it."""
    ids = list(net.contacts["person_id"])
    mine = net.interactions[net.interactions["person_id"].isin(ids)]
    aligned = mine.assign(person_id=pd.Categorical(mine["person_id"], categories=ids))
    extra = net.people.iloc[[0]].assign(person_id="person:zed", name="Zed")
    people = pd.concat([net.people, extra], ignore_index=True)
    fast = replace(net, interactions=aligned, people=people)
    plain = replace(net, interactions=mine.astype({"person_id": object}), people=people)
    table = activity.activity_scores(fast)
    pd.testing.assert_frame_equal(table, activity.activity_scores(plain))
    assert "person:zed" in set(table["person_id"])


# ------------------------------------------------------------------ survival and cohorts


def test_dormancy_by_hand(net: Network) -> None:
    result = activity.survival(net)
    durations = result.durations.set_index("contact_key")
    # ann: connected 2023-01-01, next sign of life 2024-04-02 → dormant 90 days in
    assert durations.loc["ann", "days"] == 90 and durations.loc["ann", "dormant"]
    # dee: connected 30 days before as_of, no sign of life yet → still censored
    assert durations.loc["dee", "days"] == 30 and not durations.loc["dee", "dormant"]
    assert result.medians.iloc[-1]["contacts"] == 4


def test_survival_matches_lifelines_median() -> None:
    from lifelines import KaplanMeierFitter

    simulated = simulate(n_contacts=400, seed=3)
    result = activity.survival(simulated.net, by=None)
    reference = KaplanMeierFitter().fit(result.durations["days"], result.durations["dormant"])
    assert result.medians["median_days"].iloc[0] == reference.median_survival_time_
    assert result.curves["survival"].is_monotonic_decreasing


def test_cohort_retention_by_hand(net: Network) -> None:
    table = activity.cohort_retention(net).set_index(["cohort", "months_since"])
    # ann (2023-01): evidence in 2024-04 (month 15) and 2024-06 (month 17)
    assert table.loc[("2023-01", 15), "share"] == 1.0
    assert table.loc[("2023-01", 16), "share"] == 0.0
    assert table.loc[("2023-06", 7), "with_evidence"] == 1  # bob, 2024-01
    assert not table.loc[("2024-07", 0), "complete"] if ("2024-07", 0) in table.index else True
    assert ((table["ci_low"] <= table["share"]) & (table["share"] <= table["ci_high"])).all()


# ------------------------------------------------------------------ Dunbar layers


def test_kmeans_1d_finds_obvious_groups() -> None:
    values = np.array([1.0, 1.1, 1.2, 5.0, 5.1, 9.0])
    labels = dunbar._kmeans_1d(values, np.ones(6), 3)
    assert labels.tolist() == [0, 0, 0, 1, 1, 2]


def test_dunbar_layers_are_nested_and_sized() -> None:
    simulated = simulate(n_contacts=600, seed=5)
    layers = activity.dunbar_layers(simulated.net)
    assert layers["layer"].tolist() == list(range(1, len(layers) + 1))
    assert layers["size"].is_monotonic_increasing
    # rings are ordered by frequency: every ring is less frequent than the one inside it
    assert (
        layers["max_per_year"].iloc[1:].to_numpy() < layers["min_per_year"].iloc[:-1].to_numpy()
    ).all()
    assert layers["published_size"].tolist()[:2] == [1.5, 5.0]


# ------------------------------------------------------------------ planted truth


class Simulated:
    """A network with a planted half-life, and the truth under activity.py's definitions."""

    def __init__(self, net: Network, active: int, half_life: float) -> None:
        self.net = net
        self.active = active
        self.half_life = half_life


def simulate(
    *,
    n_contacts: int = 3000,
    half_life: float = 90.0,
    years: float = 2.0,
    passive_share: float = 0.25,
    mean_rate: float = 0.05,
    strong_share: float = 0.05,
    strong_rate: float = 0.03,
    shape: float = 2.0,
    seed: int = 0,
) -> Simulated:
    """Contacts connect uniformly over ``years``; each interacts as a Poisson process of
    intensity λ₀·2^(−a/h) at age a, λ₀ ~ Gamma(``shape``) with mean ``mean_rate`` (0 for
    the passive share; a small shape = a few very chatty contacts), and a ``strong_share``
    of them also at a constant rate that never fades."""
    rng = np.random.default_rng(seed)
    horizon = years * 365.0
    connected_days = rng.uniform(0, horizon, n_contacts)  # days before as_of
    rate0 = rng.gamma(shape, mean_rate / shape, n_contacts)
    rate0[rng.random(n_contacts) < passive_share] = 0.0
    beta = math.log(2) / half_life
    # expected count over the watch, then ages by inverting the truncated exponential CDF
    mass = rate0 * -np.expm1(-beta * connected_days) / beta
    counts = rng.poisson(mass)
    owner = np.repeat(np.arange(n_contacts), counts)
    u = rng.random(len(owner))
    ages = -np.log1p(-u * -np.expm1(-beta * connected_days[owner])) / beta
    strong = (rate0 > 0) & (rng.random(n_contacts) < strong_share)
    steady = rng.poisson(np.where(strong, strong_rate * connected_days, 0.0))
    steady_owner = np.repeat(np.arange(n_contacts), steady)
    owner = np.concatenate([owner, steady_owner])
    ages = np.concatenate([ages, rng.random(len(steady_owner)) * connected_days[steady_owner]])
    connected_at = AS_OF - pd.to_timedelta(np.round(connected_days * 86400), unit="s")
    at = connected_at[owner] + pd.to_timedelta(np.floor(ages * 86400), unit="s")
    direction = np.where(rng.random(len(owner)) < 0.5, "in", "out")
    kind = np.where(rng.random(len(owner)) < 0.5, "message", "like")
    keys = np.array([f"c{i:06d}" for i in range(n_contacts)])
    contacts = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": keys,
            "name": keys,
            "connected_at": pd.DatetimeIndex(connected_at),
        }
    )
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": keys[owner],
            "name": keys[owner],
            "at": pd.DatetimeIndex(at),
            "direction": direction,
            "kind": kind,
            "n_participants": 2,
        }
    )
    evidence = (direction == "in") | (kind == "like")
    recent = np.asarray(interactions["at"] >= AS_OF - 90 * DAY)
    active = len(np.unique(owner[evidence & recent]))
    return Simulated(_network(contacts, interactions), active, half_life)


# The default fit (two-part, k_F fitted, since session 9) at 30,000 contacts: seeds 1 and
# 3-8 gave 89.59-90.35 days, every interval covering the planted 90 (seed 4: 90.35,
# 89.60-91.10; bench/README.md #7 session 8, "3d"); with k_F held at 2 it covered 1 of 7
# (simulate()'s strong ties share one fixed floor rate). The frailty fit, the default until
# session 8, covered in 39 of 40 seeds at 3000 contacts and in 4 of 5 at 30,000. Seeds are
# fixed here, as every test's are.
@pytest.mark.parametrize(("n_contacts", "seed"), [(3000, 2), (30_000, 4)])
def test_planted_half_life_and_active_count(n_contacts: int, seed: int) -> None:
    simulated = simulate(n_contacts=n_contacts, seed=seed)
    estimate = activity.decay_half_life(simulated.net)
    assert estimate.value == pytest.approx(simulated.half_life, rel=0.15)
    assert estimate.ci_low <= simulated.half_life <= estimate.ci_high
    assert estimate.n == n_contacts
    status = activity.contact_status(simulated.net, active_within_days=90)
    assert int((status["status"] == "active").sum()) == simulated.active


def test_pure_exponential_without_floor() -> None:
    simulated = simulate(n_contacts=4000, strong_share=0.0, seed=11)
    estimate = activity.decay_half_life(simulated.net, floor=False)
    assert estimate.value == pytest.approx(simulated.half_life, rel=0.15)
    assert estimate.ci_low <= simulated.half_life <= estimate.ci_high
    assert "floor" not in estimate.method


def test_planted_half_life_other_values() -> None:
    for half_life in (30.0, 200.0):
        simulated = simulate(n_contacts=4000, half_life=half_life, seed=7)
        estimate = activity.decay_half_life(simulated.net)
        assert estimate.value == pytest.approx(half_life, rel=0.15)
        assert estimate.ci_low <= half_life <= estimate.ci_high


def test_decay_curve_follows_the_fit() -> None:
    simulated = simulate(n_contacts=5000, seed=2)
    curve = activity.decay_curve(simulated.net, bin_days=30)
    assert curve["exposure_days"].is_monotonic_decreasing
    assert curve["contacts"].is_monotonic_decreasing
    early = curve.iloc[:12]
    assert (
        (early["ci_low"] <= early["fitted_rate"] * 1.1)
        & (early["fitted_rate"] <= early["ci_high"] * 1.1)
    ).all()
    # total exposure equals the sum of every contact's watch
    watched = (AS_OF - simulated.net.contacts["connected_at"]).dt.total_seconds() / 86400
    assert curve["exposure_days"].sum() == pytest.approx(watched.sum())
    assert curve["events"].sum() == len(simulated.net.interactions)


# ------------------------------------------------------------------ properties


@settings(max_examples=30, deadline=None)
@example(connected=[16, 56], per_day=1, bin_days=1)  # β ≈ 0: the interval overflowed
@given(
    connected=st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=30),
    per_day=st.integers(min_value=1, max_value=3),
    bin_days=st.integers(min_value=1, max_value=90),
)
def test_constant_intensity_gives_a_flat_curve(
    connected: list[int], per_day: int, bin_days: int
) -> None:
    """Contacts connecting at different times, each with `per_day` evenly spaced events a
    day: after exposure normalisation every bin's rate is exactly `per_day`."""
    days = np.array(connected)
    keys = np.array([f"c{i}" for i in range(len(days))])
    contacts = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": keys,
            "connected_at": AS_OF - pd.to_timedelta(days, unit="D"),
        }
    )
    # event offsets (days since connecting): k + (j + 0.5) / per_day, for every day k
    offsets = (np.arange(days.max())[:, None] + (np.arange(per_day) + 0.5) / per_day).ravel()
    owner, event = np.nonzero(offsets[None, :] < days[:, None])
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": keys[owner],
            "at": AS_OF - pd.to_timedelta((days[owner] - offsets[event]) * 86_400, unit="s"),
            "direction": "in",
            "kind": "message",
            "n_participants": 2,
        }
    )
    # the rates do not depend on the fit: the quick one (no floor) keeps examples cheap
    curve = activity.decay_curve(_network(contacts, interactions), bin_days=bin_days, floor=False)
    assert np.allclose(curve["rate"], per_day)
    assert curve["events"].sum() == len(interactions)


# ------------------------------------------------------------------ the sample persona

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def _coverage(shape: float, seeds: range, n_contacts: int) -> dict[str, Any]:
    """The three intervals of the Gamma-frailty fit (the default until session 8, whose
    interval study these checks record; the two-part default shares its jackknife)."""
    covered = {"robust": 0, "sandwich": 0, "naive": 0}
    widths = []
    for seed in seeds:
        simulated = simulate(n_contacts=n_contacts, shape=shape, seed=seed)
        truth = simulated.half_life
        estimates = {
            which: activity.decay_half_life(
                simulated.net,
                interval=which,  # type: ignore[arg-type]
                likelihood="frailty",
            )
            for which in covered
        }
        assert len({e.value for e in estimates.values()}) == 1  # the same point estimate
        assert "jackknife" in estimates["robust"].method
        assert "Gamma-frailty" in estimates["robust"].method
        assert "sandwich" in estimates["sandwich"].method
        assert "naive" in estimates["naive"].method
        for which, estimate in estimates.items():
            covered[which] += estimate.ci_low <= truth <= estimate.ci_high
        widths.append(
            (estimates["robust"].ci_high - estimates["robust"].ci_low)
            / (estimates["naive"].ci_high - estimates["naive"].ci_low)
        )
    return {**covered, "width": float(np.median(widths))}


# Contacts with Gamma(0.3) intensities (a few very chatty ones) at 600 contacts: over 100
# seeds the robust interval (contact jackknife, t quantile) covered 95%, the naive one 90%
# (bench/bench_decay_coverage.py, bench/README.md). Over these 20 seeds the robust one must
# cover at least 17 (P(<= 16 of 20) = 1.6% at the nominal 95%) and be wider than the
# naive one, which takes the Gamma mixing model as true.
# (These seeds: robust, sandwich and naive 19 of 20 each; median width ratio 1.24.)
def test_robust_interval_covers_with_heterogeneous_contacts() -> None:
    result = _coverage(0.3, range(20), 600)
    assert result["robust"] >= 17, result
    assert result["robust"] >= result["naive"], result
    assert result["width"] > 1.1, result


# With Gamma(50) intensities (nearly equal contacts, only the 5% never-fading ties differ),
# events are close to independent and the intervals are close (seed 3: 89.9 days,
# robust and naive both 87.7-92.1: the fitted frailty shape is past 10⁶, i.e. none, and the
# fit falls back to the pooled Poisson one)..
def test_robust_and_naive_intervals_agree_on_homogeneous_contacts() -> None:
    simulated = simulate(n_contacts=3000, shape=50.0, strong_share=0.0, seed=3)
    robust = activity.decay_half_life(simulated.net, likelihood="frailty")
    naive = activity.decay_half_life(simulated.net, interval="naive", likelihood="frailty")
    width = (robust.ci_high - robust.ci_low) / (naive.ci_high - naive.ci_low)
    assert width == pytest.approx(1.0, abs=0.15)
    assert robust.ci_low <= simulated.half_life <= robust.ci_high


@pytest.mark.slow
def test_robust_interval_coverage_over_many_seeds() -> None:
    result = _coverage(0.3, range(100, 180), 600)
    # nominal 76 of 80; P(< 70) < 1%. These seeds: robust 76 of 80, sandwich 74, naive 71.
    assert result["robust"] >= 70, result
    assert result["naive"] <= result["robust"], result


def test_pooled_poisson_likelihood_is_still_available() -> None:
    simulated = simulate(n_contacts=3000, seed=2)
    pooled = activity.decay_half_life(simulated.net, likelihood="poisson")
    assert pooled.method.startswith("Poisson-process MLE")
    assert pooled.value == pytest.approx(simulated.half_life, rel=0.15)
    assert pooled.ci_low <= simulated.half_life <= pooled.ci_high
    with pytest.raises(ValueError, match="frailty"):
        activity.decay_half_life(simulated.net, likelihood="gamma")  # type: ignore[arg-type]


def test_unknown_interval_is_an_error() -> None:
    with pytest.raises(ValueError, match="robust"):
        activity.decay_half_life(simulate(n_contacts=200, seed=1).net, interval="wide")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def sample() -> tuple[Network, dict[str, Any]]:
    if not (SAMPLE / "ground_truth.json").is_file():
        pytest.skip(f"no sample persona at {SAMPLE}")
    import power1000_analysis as p1k

    return p1k.load(SAMPLE), json.loads((SAMPLE / "ground_truth.json").read_text())


def _one_platform(net: Network, platform: str) -> Network:
    """One platform's accounts as their own people (identity resolution undone)."""
    contacts = net.contacts.loc[net.contacts["platform"] == platform].copy()
    interactions = net.interactions.loc[net.interactions["platform"] == platform].copy()
    contacts["person_id"] = platform + ":" + contacts["contact_key"]
    interactions["person_id"] = (platform + ":" + interactions["contact_key"]).where(
        interactions["contact_key"].notna()
    )
    return Network(
        contacts=contacts,
        interactions=interactions,
        requests=net.requests,
        snapshots=net.snapshots,
        problems=net.problems,
        people=net.people.iloc[:0],
    )


# Exact where the export's keys identify people: LinkedIn (profile URL), X (account id),
# Quora. Facebook keys are display names, so a namesake's events land on the wrong contact:
# the difference may be at most the number of Facebook accounts of people with namesakes
# (none in the current sample, so it is exact there too).
#
# Instagram DMs name people by display name. A 1:1 thread's folder names the other
# person's username (<username>_<thread id>), so every 1:1 message is linked; senders in
# group threads are linked by a display name learned from a 1:1 thread or a like, and
# stay unlinked (no contact_key) when they have none. Unlinked rows belong to no one, so
# each distinct unlinked sender of an inbound row in the window can hide at most one
# active account, and nothing can make an account look active that is not (a display name
# shared by two usernames is not resolved by name). On the sample no unlinked sender wrote
# in the window, so the two bounds meet (before the thread-folder fix: 57 of 68).
@pytest.mark.slow
def test_sample_active_counts_match_the_truth(sample: tuple[Network, dict[str, Any]]) -> None:
    net, truth = sample
    _active_counts_within_bounds(net, truth)
    rows = net.interactions.loc[net.interactions["platform"] == "instagram"]
    assert (rows.loc[rows["contact_key"].isna(), "n_participants"] > 2).all()  # 1:1 all linked


def _oracle_half_life(world: Any, platform: str) -> float:
    return math.log(2) / _oracle_fit(world, platform).beta


def _oracle_fit(world: Any, platform: str) -> Any:
    """The same fit on the generator's own one-to-one events (messages of 1:1 threads, their
    reactions, likes, comments...) with the exact tie formation and removal times: what the
    estimator gives when nothing is lost on the way through the exports and loaders."""
    from power1000_analysis import decay_fit

    return decay_fit._fit_decay(*_oracle_data(world, platform), floor=True)


def _oracle_data(world: Any, platform: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exposure days per tie, event ages in days, event tie index) from the generator's
    own events (see ``_oracle_fit``)."""
    ties = world.ties.loc[world.ties["platform"] == platform].reset_index(drop=True)
    row_of = pd.Series(np.arange(len(ties)), index=ties["person"].to_numpy())
    threads = world.threads.loc[
        (world.threads["platform"] == platform) & ~world.threads["is_group"]
    ]
    member = pd.Series([m[0] for m in threads["members"]], index=threads["thread"].to_numpy())
    messages = world.messages.loc[world.messages["thread"].isin(member.index)]
    reacted = messages.loc[messages["reaction_by"] != -2]
    events = world.events.loc[world.events["platform"] == platform]
    person = np.concatenate(
        [
            member.reindex(messages["thread"]).to_numpy(),
            member.reindex(reacted["thread"]).to_numpy(),
            events["person"].to_numpy(),
        ]
    )
    at = np.concatenate(
        [messages["at_ms"].to_numpy(), reacted["at_ms"].to_numpy(), events["at_ms"].to_numpy()]
    )
    row = row_of.reindex(person).to_numpy()
    start = ties["formed_ms"].to_numpy()
    end = np.minimum(ties["removed_ms"].to_numpy(), world.snapshot_ms[-1])
    inside = (at >= start[row]) & (at <= end[row])
    day = 86_400_000
    return (
        np.clip(end - start, 0, None) / day,
        (at[inside] - start[row[inside]]) / day,
        row[inside].astype(np.int64),
    )


@pytest.mark.slow
def test_sample_half_life_equals_the_fit_on_the_generators_own_events(
    sample: tuple[Network, dict[str, Any]],
) -> None:
    """Loaders and estimator lose nothing: on every platform with dated contacts the
    half-life from the exports is the one the generator's own events give (Instagram too,
    now that its DMs are linked by thread folder)."""
    from power1000_analysis.synthetic import default_persona, simulate

    net, truth = sample
    world = simulate(
        default_persona(seed=truth["parameters"]["seed"], scale=truth["parameters"]["scale"])
    )
    for platform in ("facebook", "linkedin", "instagram"):
        estimate = activity.decay_half_life(net, platform=platform)
        assert estimate.value == pytest.approx(_oracle_half_life(world, platform), rel=0.02)


# The default fit (the two-part likelihood since session 9: decay_twopart.py, k_F fitted)
# on the sample: Facebook 146.4 (139.1-154.1), LinkedIn 46.1 (40.5-52.5), Instagram 93.7
# (88.6-99.1) days for the planted 150, 45, 90: all within ±15% and covered (session 8's
# numbers for k_F fitted; bench/README.md #7 sessions 8-9).
#
# History: until session 8 the default was the Gamma-frailty fit with one floor on every
# contact, which gave Instagram 103.6 days (84.2-127.4), 1.151x the planted 90, 0.1 day
# past the ±15%; this check was a strict xfail for that (session 4, bench/README.md
# "Session 4: the sample's Instagram half-life"). Nothing was lost or mismatched (the
# generator's own events gave 103.7) and it was a draw (98 of 100 generator seeds within
# ±15% on Instagram), but a wide one: the frailty fit's sd of fit/truth over persona seeds
# 1-100 was 0.080 / 0.085 / 0.072 (Facebook / LinkedIn / Instagram). The two-part
# likelihood models what the persona (and real ties) do, a steady floor on some ties of
# their own and none on the others, and its sd is 0.022 / 0.055 / 0.033 with the interval
# covering in 96 / 95 / 96% of those fits; all three platforms within ±15% in 99 of 100
# seeds (the frailty fit: 86). Nothing was tuned on this seed: the change of default was
# decided on seeds 1-100 and on test_activity's ``simulate`` at 30,000 contacts.
@pytest.mark.slow
@pytest.mark.parametrize("platform", ["linkedin", "instagram", "facebook"])
def test_sample_half_life_matches_the_truth(
    sample: tuple[Network, dict[str, Any]], platform: str
) -> None:
    net, truth = sample
    planted = {p["name"]: p["half_life_days"] for p in truth["parameters"]["platforms"]}
    estimate = activity.decay_half_life(net, platform=platform)
    assert estimate.value == pytest.approx(planted[platform], rel=0.15)


@pytest.mark.slow
@pytest.mark.parametrize("platform", ["linkedin", "instagram", "facebook"])
def test_sample_half_life_interval_covers_the_truth(
    sample: tuple[Network, dict[str, Any]], platform: str
) -> None:
    net, truth = sample
    planted = {p["name"]: p["half_life_days"] for p in truth["parameters"]["platforms"]}
    estimate = activity.decay_half_life(net, platform=platform)
    assert "jackknife" in estimate.method
    assert estimate.ci_low <= planted[platform] <= estimate.ci_high


# The floor-mixture likelihood (decay_mixture.py, not the default) on the same sample, checked once after its
# cross-seed evaluation (bench/README.md #7 session 6; nothing was tuned on this seed):
# Facebook 146.2 (138.8-154.0), LinkedIn 45.4 (40.3-51.0), Instagram 93.9 (88.8-99.2) days,
# 0.975x, 1.008x and 1.043x the planted 150, 45, 90: all within ±15% and covered.
@pytest.mark.slow
@pytest.mark.parametrize("platform", ["linkedin", "instagram", "facebook"])
def test_sample_half_life_with_the_floor_mixture(
    sample: tuple[Network, dict[str, Any]], platform: str
) -> None:
    net, truth = sample
    planted = {p["name"]: p["half_life_days"] for p in truth["parameters"]["platforms"]}
    estimate = activity.decay_half_life(net, platform=platform, likelihood="mixture")
    assert estimate.method.startswith("floor-mixture")
    assert estimate.value == pytest.approx(planted[platform], rel=0.15)
    assert estimate.ci_low <= planted[platform] <= estimate.ci_high


# The claim behind the single-draw checks above, on the generator's own events (the loaders
# lose nothing: test_sample_half_life_equals_the_fit_on_the_generators_own_events) of eight
# personas the size of the sample. Over seeds 1-100 (bench/bench_decay_coverage.py
# --persona-seeds 100) 95% of the 300 fits are within ±15% and the robust interval covers
# 96%; at 95% each, P(<= 19 of 24) = 0.6%. These seeds: 24 of 24 within ±15%, mean
# fit/truth 1.003, 23 of 24 covered (seed 1's Instagram, 103.0, 90.3-117.3, misses).
@pytest.mark.slow
def test_persona_half_lives_over_generator_seeds() -> None:
    from power1000_analysis import decay_fit
    from power1000_analysis.synthetic import default_persona, simulate

    ratios, covered = [], 0
    for seed in range(1, 9):
        persona = default_persona(seed=seed)
        world = simulate(persona)
        for platform in ("facebook", "linkedin", "instagram"):
            planted = persona.platform(platform).half_life_days
            fit = decay_fit._fit_decay(*_oracle_data(world, platform), floor=True)
            estimate = decay_fit._half_life_estimate(fit, floor=True, interval="robust")
            ratios.append(estimate.value / planted)
            covered += estimate.ci_low <= planted <= estimate.ci_high
    within = int(np.sum(np.abs(np.array(ratios) - 1) <= 0.15))
    assert within >= 20, ratios
    assert covered >= 20, covered
    assert float(np.mean(ratios)) == pytest.approx(1.0, abs=0.05)


# X's follower and following lists carry no dates, so no contact has a connection date
# and there is no age to measure decay over; Quora's export is a followers list without
# interactions. The estimate says so instead of guessing.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("platform", "reason"),
    [("x", "has a connection date"), ("quora", "holds no interactions")],
)
def test_sample_half_life_says_when_the_export_cannot_support_it(
    sample: tuple[Network, dict[str, Any]], platform: str, reason: str
) -> None:
    net, _ = sample
    contacts = net.contacts.loc[net.contacts["platform"] == platform]
    estimate = activity.decay_half_life(net, platform=platform)
    assert math.isnan(estimate.value) and math.isnan(estimate.ci_low)
    assert estimate.method.startswith("not estimable") and reason in estimate.method
    if platform == "x":
        assert len(contacts) > 0 and contacts["connected_at"].isna().all()
        assert estimate.n == 0
    else:
        # Quora's contacts could never show life: left out, not fitted as silent
        assert (net.interactions["platform"] == platform).sum() == 0 and len(contacts) > 0
        assert estimate.n == 0
    curve = activity.decay_curves(net).set_index("platform")
    assert platform not in curve.index or curve.loc[[platform], "half_life_days"].isna().all()


def _active_counts_within_bounds(net: Network, truth: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Active accounts per platform against the truth, with the bounds argued in
    test_sample_active_counts_match_the_truth; returns (mine, expected) per platform."""
    window = truth["parameters"]["active_window_days"]
    planted = pd.DataFrame(truth["contacts"])
    cutoff = pd.Timestamp(truth["as_of"], tz="UTC")
    people = pd.DataFrame(truth["people"]).set_index("person_id")
    namesakes = set(people["namesake_of"].dropna()) | set(
        people.index[people["namesake_of"].notna()]
    )
    rows = net.interactions.loc[net.interactions["platform"] == "instagram"]
    unlinked = rows.loc[rows["contact_key"].isna()]
    recent = unlinked.loc[
        (unlinked["direction"] == "in") & (unlinked["at"] > cutoff - pd.Timedelta(days=window))
    ]
    slack = {
        "facebook": (
            sum("facebook" in people.loc[i, "accounts"] for i in namesakes),
            sum("facebook" in people.loc[i, "accounts"] for i in namesakes),
        ),
        "instagram": (recent["name"].nunique(), 0),
    }
    counts = {}
    for name in ["facebook", "linkedin", "instagram", "x", "quora"]:
        status = activity.contact_status(_one_platform(net, name), active_within_days=window)
        mine = int((status["status"] == "active").sum())
        expected = int(((planted["platform"] == name) & (planted["status"] == "active")).sum())
        below, above = slack.get(name, (0, 0))
        assert expected - below <= mine <= expected + above, (name, mine, expected)
        counts[name] = (mine, expected)
    return counts


@pytest.mark.slow
def test_scaled_persona_recovers_the_planted_truth(tmp_path: Path) -> None:
    """A persona three times the sample (about 1,650 Facebook friends and 24,000
    interactions), generated, written and loaded here (about a minute): active counts as on
    the sample, and the planted half-lives within ±15% and inside the robust interval on
    Facebook, LinkedIn and Instagram. (Facebook's interval missed here with the pooled
    Poisson fit and its sandwich interval, 135 days, 124-147; see bench/README.md,
    activity.)"""
    from power1000_analysis.synthetic import default_persona, generate, simulate

    persona = default_persona(scale=3)
    generate(tmp_path, persona)
    net = p1k_load(tmp_path)
    truth = json.loads((tmp_path / "ground_truth.json").read_text())
    counts = _active_counts_within_bounds(net, truth)
    assert counts["facebook"][1] > 3 * 150  # it is the scaled persona
    planted = {p["name"]: p["half_life_days"] for p in truth["parameters"]["platforms"]}
    world = simulate(persona)
    for platform in ("facebook", "linkedin", "instagram"):
        estimate = activity.decay_half_life(net, platform=platform)
        assert estimate.value == pytest.approx(planted[platform], rel=0.15), platform
        assert estimate.value == pytest.approx(_oracle_half_life(world, platform), rel=0.02)
        assert estimate.ci_low <= planted[platform] <= estimate.ci_high, (platform, estimate)
    for platform in ("x", "quora"):
        assert math.isnan(activity.decay_half_life(net, platform=platform).value)


def p1k_load(path: Path) -> Network:
    """Load without identity resolution: every check here is per platform account."""
    import power1000_analysis as p1k

    return p1k.load(path, resolve=False)


# ------------------------------------------------------------------ tables for the notebook


def test_status_counts_by_hand(net: Network) -> None:
    counts = activity.status_counts(activity.contact_status(net), goal=4).set_index("platform")
    overall = counts.loc[activity.ALL_PLATFORMS]
    assert overall[list(activity.STATUSES)].tolist() == [2, 1, 2, 0]
    assert overall["people"] == 5 and overall["share_of_goal"] == 0.5
    assert overall["active_share"] == pytest.approx(2 / 5)
    assert (counts[list(activity.STATUSES)].sum(axis=1) == counts["people"]).all()
    nobody = activity.contact_status(Network.empty(), as_of=AS_OF)
    assert activity.status_counts(nobody)["platform"].tolist() == [activity.ALL_PLATFORMS]
    assert activity.status_by_combination(nobody)["people"].tolist() == [0]


def blind_network() -> Network:
    """LinkedIn (with messages), Quora (a generic CSV: no interactions file) and an address
    book, exported 2024-07-01:

    =====  ==========================  ===============================  =================
    who    accounts                    interactions (days before)       status
    =====  ==========================  ===============================  =================
    ann    linkedin                    in message (10)                  active
    bob    linkedin + quora            none                             passive (LinkedIn)
    cid    quora                       none                             unknown
    dee    addressbook                 none                             unknown
    eve    addressbook + quora         none                             unknown
    fay    linkedin + addressbook      in comment (200)                 dormant
    =====  ==========================  ===============================  =================
    """
    accounts = [
        ("linkedin", "ann", "ann"),
        ("linkedin", "bob", "bob"),
        ("quora", "bob-q", "bob"),
        ("quora", "cid", "cid"),
        ("addressbook", "dee", "dee"),
        ("addressbook", "eve", "eve"),
        ("quora", "eve-q", "eve"),
        ("linkedin", "fay", "fay"),
        ("addressbook", "fay-a", "fay"),
    ]
    exports = []
    for platform in ("linkedin", "quora", "addressbook"):
        mine = [a for a in accounts if a[0] == platform]
        contacts = conform(
            "contacts",
            pd.DataFrame(
                {
                    "platform": platform,
                    "contact_key": [a[1] for a in mine],
                    "name": [a[2].title() for a in mine],
                    "person_id": [f"p:{a[2]}" for a in mine],
                    "connected_at": pd.NaT
                    if platform == "addressbook"
                    else pd.to_datetime(["2023-01-01"] * len(mine), utc=True),
                    "relation": "connection",
                    "is_current": True,
                }
            ),
        )
        rows = [("ann", 10, "message"), ("fay", 200, "comment")] if platform == "linkedin" else []
        interactions = conform(
            "interactions",
            pd.DataFrame(
                {
                    "platform": platform,
                    "contact_key": [r[0] for r in rows],
                    "at": pd.to_datetime([AS_OF - r[1] * DAY for r in rows], utc=True),
                    "direction": "in",
                    "kind": [r[2] for r in rows],
                    "n_participants": 2,
                    "person_id": [f"p:{r[0]}" for r in rows],
                }
            ),
        )
        missing = {} if platform == "linkedin" else {"interactions": "none in this export"}
        exports.append(
            LoadedExport(
                platform=platform,
                generation="test",
                source=platform,
                owner="owner",
                exported_at=AS_OF,
                contacts=contacts,
                interactions=interactions,
                missing=missing,
            )
        )
    return merge_exports(exports)


def test_people_only_on_platforms_without_interactions_are_unknown() -> None:
    net = blind_network()
    assert activity.platforms_without_interactions(net) == {"addressbook", "quora"}
    status = activity.contact_status(net).set_index("person_id")["status"].astype(str)
    assert status.to_dict() == {
        "p:ann": "active",
        "p:bob": "passive",  # on LinkedIn too: judged by LinkedIn
        "p:cid": "unknown",
        "p:dee": "unknown",
        "p:eve": "unknown",
        "p:fay": "dormant",
    }
    counts = activity.status_counts(activity.contact_status(net), goal=10).set_index("platform")
    assert counts.loc[activity.ALL_PLATFORMS, list(activity.STATUSES)].tolist() == [1, 1, 1, 3]
    # a person counts on each platform they are on, with their one status
    assert counts.loc["quora", list(activity.STATUSES)].tolist() == [0, 0, 1, 2]
    assert counts.loc["linkedin", list(activity.STATUSES)].tolist() == [1, 1, 1, 0]
    assert counts.loc["addressbook", "people"] == 3
    # the share of active is over the people whose status can be known
    assert counts.loc[activity.ALL_PLATFORMS, "active_share"] == pytest.approx(1 / 3)
    assert counts.loc["quora", "active_share"] == 0  # bob, the one Quora person with a status
    assert (counts[list(activity.STATUSES)].sum(axis=1) == counts["people"]).all()
    combos = activity.status_by_combination(activity.contact_status(net)).set_index("platform")
    assert combos.loc["linkedin,quora", "passive"] == 1 and combos["people"].iloc[-1] == 6


def test_contacts_on_platforms_without_interactions_leave_survival_and_decay() -> None:
    net = blind_network()
    kept = activity.survival(net)
    # only the three LinkedIn contacts: Quora's would "go dormant" at exactly 90 days
    assert set(kept.durations["platform"]) == {"linkedin"}
    assert set(kept.skipped) == {"quora", "addressbook"}
    assert "no interactions" in kept.skipped["quora"]
    assert kept.medians["contacts"].tolist() == [3]
    cohorts = activity.cohort_retention(net)
    assert cohorts["contacts"].max() == 3 and "quora" in cohorts.attrs["skipped"]
    assert activity.cohort_retention(net, platform="quora").empty
    curve = activity.decay_curve(net)
    assert curve.attrs["excluded"]["contacts_on_platforms_without_interactions"] == 6
    assert curve["contacts"].iloc[0] == 3
    quora = activity.decay_half_life(net, platform="quora")
    assert math.isnan(quora.value) and "holds no interactions" in quora.method
    curves = activity.decay_curves(net)
    # LinkedIn alone has a curve: no second copy of it as "all platforms" (review9 F13e)
    assert set(curves["platform"]) == {"linkedin"} == set(kept.medians["group"])
    assert curves["contacts"].iloc[0] == 3
    assert curves.attrs["skipped"]["quora"] == "its export holds no interactions"


@pytest.mark.parametrize("platforms", [["linkedin"], ["linkedin", "facebook"]])
def test_survival_and_decay_tables_group_alike(platforms: list[str]) -> None:
    """review9 F13e: on a one-platform export the survival table had one row "all
    platforms" and the decay table one row "linkedin". Both now name each platform with
    contacts to follow, and add "all platforms" only when there are two or more."""
    one = simulate(n_contacts=300, seed=4).net
    # the contacts c000000… split between the platforms in turn, each its own export
    share = {
        key: platforms[i % len(platforms)] for i, key in enumerate(one.contacts["contact_key"])
    }

    def part(frame: pd.DataFrame, platform: str) -> pd.DataFrame:
        return frame.loc[frame["contact_key"].map(share) == platform].assign(platform=platform)

    net = merge_exports(
        [
            LoadedExport(
                platform=platform,
                generation="test",
                source=platform,
                owner="owner",
                exported_at=AS_OF,
                contacts=conform("contacts", part(one.contacts, platform)),
                interactions=conform("interactions", part(one.interactions, platform)),
            )
            for platform in platforms
        ]
    )
    kept = activity.survival(net)
    curves = activity.decay_curves(net, floor=False)
    groups = list(dict.fromkeys(curves["platform"]))
    expected = sorted(platforms) + ([activity.ALL_PLATFORMS] if len(platforms) > 1 else [])
    assert kept.medians["group"].tolist() == groups == expected
    assert list(dict.fromkeys(kept.curves["group"])) == expected
    assert set(kept.durations["group"]) <= set(expected)
    total = kept.medians.set_index("group")["contacts"].iloc[-1]
    assert total == len(kept.durations)  # the last row is everyone: the one platform, or all


def test_a_platform_that_can_hold_interactions_keeps_its_passive_people(net: Network) -> None:
    # the tiny network's LinkedIn export says nothing is missing: cid and dee stay passive
    assert activity.platforms_without_interactions(net) == frozenset()
    none_seen = replace(net, interactions=net.interactions.iloc[0:0])
    assert activity.platforms_without_interactions(none_seen) == frozenset()
    assert set(activity.contact_status(none_seen)["status"].astype(str)) == {"passive"}


def test_decay_curves_per_platform_with_half_life(net: Network) -> None:
    simulated = simulate(n_contacts=1000, seed=8)
    curves = activity.decay_curves(simulated.net, floor=False)
    single = activity.decay_curve(simulated.net, floor=False)
    assert set(curves["platform"]) == {"linkedin"}  # one platform: no separate total
    np.testing.assert_allclose(curves["rate"], single["rate"])
    estimate = activity.decay_half_life(simulated.net, floor=False)
    assert curves["half_life_days"].iloc[0] == pytest.approx(estimate.value)
    assert curves["half_life_ci_high"].iloc[0] == pytest.approx(estimate.ci_high)
    assert curves["half_life_events"].iloc[0] == single["events"].sum()
    assert activity.decay_curves(Network.empty()).empty


def test_describe_layers_says_where_the_active_people_sit() -> None:
    layers = pd.DataFrame({"layer": [1, 2], "size": [5, 40], "published_size": [1.5, 5.0]})
    text = activity.describe_layers(layers, active_people=300, active_within_days=90)
    assert "**300 active people**" in text and "2.0 times Dunbar's ~150" in text
    assert "5 and 40 people" in text
    close = activity.describe_layers(layers, active_people=150, active_within_days=30)
    assert "about Dunbar's ~150" in close and "last 30 days" in close
    assert "none yet" in activity.describe_layers(
        layers.iloc[:0], active_people=0, active_within_days=90
    )


def test_scores_match_a_plain_pandas_reference() -> None:
    """The compiled tally against a groupby written the obvious way: every kind and
    direction, group messages, rows after as_of and rows that belong to no one."""
    rng = np.random.default_rng(12)
    n, keys = 3000, np.array([f"p{i:03d}" for i in range(150)])
    kinds = ["message", "comment", "reply", "mention", "tag", "reaction", "like", "endorsement"]
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": np.where(rng.random(n) < 0.05, None, keys[rng.integers(0, 150, n)]),
            "at": AS_OF - pd.to_timedelta(rng.integers(-20 * 86_400, 700 * 86_400, n), unit="s"),
            "direction": rng.choice(["in", "out"], n),
            "kind": rng.choice(kinds, n),
            "n_participants": rng.choice([2, 2, 3, 6], n),
        }
    )
    contacts = pd.DataFrame({"platform": "linkedin", "contact_key": keys, "name": keys})
    net = _network(contacts, interactions)
    scores = activity.activity_scores(net, half_life_days=45).set_index("person_id")

    rows = net.interactions.loc[net.interactions["at"] <= AS_OF].dropna(subset=["person_id"])
    pairs = list(zip(rows["kind"], rows["direction"], strict=True))
    age = (AS_OF - rows["at"]).dt.total_seconds() / 86_400
    group = (rows["kind"] == "message") & (rows["n_participants"] > 2)
    weight = np.array([activity.DEFAULT_WEIGHTS[p] for p in pairs]) * 2 ** (-age / 45)
    reference = rows.assign(
        weight=weight / np.where(group, rows["n_participants"] - 1, 1),
        evidence=activity.evidence_of_life(rows).to_numpy(),
    )
    by_person = reference.groupby("person_id", observed=True)
    expected = pd.DataFrame(
        {
            "score": by_person["weight"].sum(),
            "n_interactions": by_person.size(),
            "n_evidence": by_person["evidence"].sum(),
            "first_interaction_at": by_person["at"].min(),
            "last_interaction_at": by_person["at"].max(),
            "last_evidence_at": reference.loc[reference["evidence"]]
            .groupby("person_id", observed=True)["at"]
            .max(),
        }
    )
    expected.index = expected.index.astype(str)
    mine = scores.loc[expected.index]
    np.testing.assert_allclose(mine["score"], expected["score"], rtol=1e-12)
    for column in expected.columns[1:]:
        pd.testing.assert_series_equal(
            mine[column], expected[column], check_names=False, check_dtype=False,
            check_index_type=False,
        )  # fmt: skip
    assert (scores.loc[~scores.index.isin(expected.index), "n_interactions"] == 0).all()
    assert scores.attrs["excluded"]["after_as_of"] == int((net.interactions["at"] > AS_OF).sum())


def test_scores_do_not_depend_on_row_order() -> None:
    """The merged frame comes in time order, but the scorer does not rely on it: a shuffled
    frame (built by hand) gives the same table, with ties in time and a single contact."""
    times = AS_OF - pd.to_timedelta([400, 30, 30, 30, 5, 5, 1, 200], unit="D")
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": ["ann", "ann", "bob", "ann", "bob", "ann", "bob", "bob"],
            "at": times,
            "direction": ["in", "out", "out", "in", "in", "out", "out", "in"],
            "kind": [
                "message",
                "message",
                "like",
                "comment",
                "message",
                "message",
                "message",
                "like",
            ],
            "n_participants": [2, 4, 2, 2, 3, 2, 2, 2],
        }
    )
    contacts = pd.DataFrame(
        {"platform": "linkedin", "contact_key": ["ann", "bob"], "name": ["A", "B"]}
    )
    ordered = activity.activity_scores(_network(contacts, interactions))
    shuffled_net = _network(contacts, interactions)
    shuffled = shuffled_net.interactions.sample(frac=1.0, random_state=3).reset_index(drop=True)
    shuffled_net = Network(
        contacts=shuffled_net.contacts,
        interactions=shuffled,
        requests=shuffled_net.requests,
        snapshots=shuffled_net.snapshots,
        problems=shuffled_net.problems,
        people=shuffled_net.people,
    )
    assert not shuffled["at"].is_monotonic_increasing
    pd.testing.assert_frame_equal(activity.activity_scores(shuffled_net), ordered, rtol=1e-12)
    ann = ordered.set_index("person_id").loc["linkedin:ann"]
    assert ann["n_interactions"] == 4 and ann["n_evidence"] == 2  # outbound messages are not
    assert ann["first_interaction_at"] == times[0] and ann["last_interaction_at"] == times[5]
    assert ann["last_evidence_at"] == times[3]  # the inbound comment 30 days ago
    # (0.5/3 at 30 d: outbound, in a group of 4) + 1 at 30 d + 0.5 at 5 d + 1 at 400 d
    expected = 0.5 / 3 * 2 ** (-30 / 90) + 2 ** (-30 / 90) + 0.5 * 2 ** (-5 / 90) + 2 ** (-400 / 90)
    assert ann["score"] == pytest.approx(expected, rel=1e-12)
    bob = ordered.set_index("person_id").loc["linkedin:bob"]
    assert (
        bob["last_evidence_at"] == times[4]
    )  # inbound group message; the outbound like on day 30 is older
    one = activity.activity_scores(_network(contacts.iloc[:1], interactions.iloc[[0]]))
    assert one["n_interactions"].tolist() == [1]
    assert one["score"].iloc[0] == pytest.approx(2 ** (-400 / 90), rel=1e-12)


@pytest.mark.parametrize("compiled_from", [0, 2**62])
def test_equal_weighted_counts_rank_in_contact_order(
    compiled_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ann and Bob have the same weighted count (an outbound tag, endorsement and like:
    0.3 + 0.2 + 0.1), added in other orders: 0.6 and 0.6000000000000001 in floats. The
    documented rule, ties in the order of contacts, puts Ann first; the scores are
    reported as summed. Both tally paths (compiled loop, NumPy)."""
    monkeypatch.setattr(scores, "_COMPILED_FROM", compiled_from)
    kinds = {"ann": ["tag", "endorsement", "like"], "bob": ["like", "endorsement", "tag"]}
    interactions = pd.DataFrame(
        {
            "platform": "linkedin",
            "contact_key": ["ann", "bob"] * 3,
            "at": AS_OF - pd.to_timedelta([30, 30, 20, 20, 10, 10], unit="D"),
            "direction": "out",
            "kind": [kinds[who][i // 2] for i, who in enumerate(["ann", "bob"] * 3)],
            "n_participants": 2,
        }
    )
    contacts = pd.DataFrame(
        {"platform": "linkedin", "contact_key": ["ann", "bob"], "name": ["Ann", "Bob"]}
    )
    table = activity.activity_scores(_network(contacts, interactions), half_life_days=math.inf)
    assert table["person_id"].tolist() == ["linkedin:ann", "linkedin:bob"]
    assert table["score"].tolist() == [0.3 + 0.2 + 0.1, 0.1 + 0.2 + 0.3]
    assert 0.3 + 0.2 + 0.1 < 0.1 + 0.2 + 0.3  # without rounding for the rank, Bob first


def test_a_person_no_export_names_is_called_by_their_account() -> None:
    exports = []
    for platform, keys, names, people in (
        ("x", ["700000654", "700000655"], [None, None], ["p:ann", "p:x"]),
        ("linkedin", ["ann"], ["Ann"], ["p:ann"]),
    ):
        contacts = conform(
            "contacts",
            pd.DataFrame(
                {
                    "platform": platform,
                    "contact_key": keys,
                    "name": pd.Series(names, dtype=object),
                    "person_id": people,
                    "relation": "follower",
                    "is_current": True,
                }
            ),
        )
        exports.append(
            LoadedExport(
                platform=platform,
                generation="test",
                source=platform,
                owner="owner",
                exported_at=AS_OF,
                contacts=contacts,
            )
        )
    names = activity.contact_status(merge_exports(exports)).set_index("person_id")["name"]
    # Ann's LinkedIn name wins over her X account's id; the X-only person gets the id
    assert names.to_dict() == {"p:ann": "Ann", "p:x": "X account 700000655"}


def test_small_status_counts_are_blanked_with_their_shares() -> None:
    status = pd.DataFrame(
        {"platforms": ["x"] * 6 + ["linkedin,x"] + ["quora"] * 2, "status": "active"}
    )
    status.loc[7:, "status"] = "unknown"
    shown = activity.suppress_small_counts(activity.status_by_combination(status, goal=100))
    shown = shown.set_index("platform")
    # one LinkedIn+X person: neither the count nor the shares that would give it back
    assert shown.loc["linkedin,x", ["active", "people"]].isna().all()
    assert shown.loc["linkedin,x", ["active_share", "share_of_goal"]].isna().all()
    assert shown.loc["quora", "unknown"] is pd.NA and shown.loc["x", "active"] == 6
    # all platforms 7 active, x 6: the 1 would be their difference, so the 7 goes too,
    # and with it the share of goal (0.07) that would give it back
    assert shown.loc[activity.ALL_PLATFORMS, ["active", "unknown"]].isna().all()
    assert math.isnan(shown.loc[activity.ALL_PLATFORMS, "active_share"])
    assert math.isnan(shown.loc[activity.ALL_PLATFORMS, "share_of_goal"])


def _derivable_blanks(table: pd.DataFrame, shown: pd.DataFrame) -> list[str]:
    """Blanked cells equal to a total minus the cells shown in their row or column."""
    counts = [*activity.STATUSES, "people"]
    values = table.set_index("platform")[counts]
    hidden = shown.set_index("platform")[counts].isna() & values.notna()
    found = []
    for name, row in hidden.iterrows():  # a row's statuses add up to its people
        if row.sum() == 1:
            found.append(f"{name}/{row.idxmax()}")
    parts = values.drop(activity.ALL_PLATFORMS)
    if (parts.sum() == values.loc[activity.ALL_PLATFORMS]).all():  # rows add up
        for column in counts:
            if hidden[column].sum() == 1:
                found.append(f"{hidden[column].idxmax()}/{column}")
    return found


@pytest.mark.parametrize("seed", range(40))
def test_no_blanked_status_count_follows_from_the_totals(seed: int) -> None:
    rng = np.random.default_rng(seed)
    platforms = ["x", "linkedin", "linkedin,x", "facebook", "facebook,x", "quora"]
    n = int(rng.integers(3, 60))
    status = pd.DataFrame(
        {
            "platforms": rng.choice(platforms[: int(rng.integers(1, 7))], n),
            "status": rng.choice(list(activity.STATUSES), n, p=[0.3, 0.2, 0.4, 0.1]),
        }
    )
    counts = [*activity.STATUSES, "people"]
    for table in (activity.status_by_combination(status), activity.status_counts(status)):
        shown = activity.suppress_small_counts(table)
        assert _derivable_blanks(table, shown) == []
        # every count below 5 is blanked, every count shown is the table's
        small = (table[counts] > 0) & (table[counts] < 5)
        assert shown[counts].isna()[small].all().all()
        visible = shown[counts].notna()
        assert (shown[counts][visible] == table[counts][visible]).all().all()
        # no share of goal made from a blanked active count
        assert shown["share_of_goal"][shown["active"].isna()].isna().all()


def _linkedin_snapshot(at: str, *, messages: bool) -> LoadedExport:
    """A LinkedIn export of Ann and Bob; with messages: Ann wrote two weeks before it."""
    stamp = pd.Timestamp(at, tz="UTC")
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "linkedin",
                "contact_key": ["ann", "bob"],
                "name": ["Ann", "Bob"],
                "relation": "connection",
                "is_current": True,
                "connected_at": pd.Timestamp("2015-01-01", tz="UTC"),
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": ["linkedin"],
                "at": [stamp - pd.Timedelta(days=14)],
                "contact_key": ["ann"],
                "direction": ["in"],
                "kind": ["message"],
                "n_participants": [2],
            }
        )
        if messages
        else None,
    )
    return LoadedExport(
        platform="linkedin",
        generation="test",
        source=f"linkedin-{at}.zip",
        owner="owner",
        exported_at=stamp,
        contacts=contacts,
        interactions=interactions,
        missing={} if messages else {"interactions": "no messages.csv"},
    )


def test_a_newer_export_without_messages_is_a_warning_naming_both_dates() -> None:
    # an older full LinkedIn archive and a newer download of the connections only
    full, connections = (
        _linkedin_snapshot("2016-03-01", messages=True),
        _linkedin_snapshot("2017-05-01", messages=False),
    )
    net = merge_exports([full, connections])
    warnings = net.problems[net.problems["message"].str.contains("holds no interactions")]
    assert len(warnings) == 1
    message = warnings["message"].iloc[0]
    assert (
        "the newest linkedin export (2017-05-01) holds no interactions (no messages.csv)" in message
    )
    assert "known only until 2016-03-01" in message
    assert warnings["severity"].iloc[0] == "warning"
    # LinkedIn is judged as of 2016-03-01: Ann, who wrote two weeks before, is active (was
    # dormant: 440 days before 2017-05-01), Bob passive, as a full 2017 export would say
    status = activity.contact_status(net).set_index("name")["status"]
    assert status.to_dict() == {"Ann": "active", "Bob": "passive"}
    # both with messages, or the newest with them: nothing to say
    for pair in (
        [full, _linkedin_snapshot("2017-05-01", messages=True)],
        [connections, _linkedin_snapshot("2018-01-01", messages=True)],
    ):
        problems = merge_exports(pair).problems
        assert not problems["message"].str.contains("holds no interactions").any()


def test_people_on_a_platform_seen_only_until_an_older_export() -> None:
    full = _linkedin_snapshot("2016-03-01", messages=True)
    newer = _linkedin_snapshot("2017-05-01", messages=False)
    # Carol connected in 2017, after the last messages: nothing could have been seen
    carol = newer.contacts.iloc[[1]].assign(
        contact_key="carol", name="Carol", connected_at=pd.Timestamp("2017-01-01", tz="UTC")
    )
    newer = replace(newer, contacts=pd.concat([newer.contacts, carol], ignore_index=True))
    # Dan is on LinkedIn and X, whose export of 2017-05-01 holds interactions: judged today
    x = LoadedExport(
        platform="x",
        generation="test",
        source="x.zip",
        owner="owner",
        exported_at=pd.Timestamp("2017-05-01", tz="UTC"),
        contacts=conform(
            "contacts",
            pd.DataFrame(
                {
                    "platform": "x",
                    "contact_key": ["700000001"],
                    "name": ["Dan"],
                    "relation": "follower",
                    "is_current": True,
                    "person_id": ["p:dan"],
                }
            ),
        ),
        interactions=conform("interactions", None),
    )
    # (he wrote on LinkedIn two weeks before 2016-03-01, like Ann)
    dan = newer.contacts.iloc[[0]].assign(contact_key="dan", name="Dan", person_id="p:dan")
    newer = replace(newer, contacts=pd.concat([newer.contacts, dan], ignore_index=True))
    wrote = full.interactions.assign(contact_key="dan", person_id="p:dan")
    full = replace(
        full,
        contacts=pd.concat([full.contacts, dan], ignore_index=True),
        interactions=pd.concat([full.interactions, wrote], ignore_index=True),
    )
    net = merge_exports([full, newer, x])
    status = activity.contact_status(net).set_index("name")["status"].astype(str)
    assert status.to_dict() == {
        "Ann": "active",  # as of 2016-03-01
        "Bob": "passive",
        "Carol": "unknown",
        "Dan": "dormant",  # X shows today: judged today, 440 days after he wrote
    }
    # judged at the old date itself, or before it, nothing changes
    then = activity.contact_status(net, as_of="2016-03-01").set_index("name")["status"]
    assert then["Ann"] == "active"


def _connections_after_full_archive(
    *, wrote_at: dict[str, tuple[str, str]] | None = None
) -> Network:
    """A full LinkedIn archive of 2016-03-01 (Ann wrote on 2016-02-16, Bob never; both
    connected 2015-01-01) and a connections-only download of 2017-05-01 adding Carol
    (connected 2017-01-01); ``wrote_at``: more people, name -> (connected, wrote once)."""
    full = _linkedin_snapshot("2016-03-01", messages=True)
    newer = _linkedin_snapshot("2017-05-01", messages=False)
    carol = newer.contacts.iloc[[1]].assign(
        contact_key="carol", name="Carol", connected_at=pd.Timestamp("2017-01-01", tz="UTC")
    )
    newer = replace(newer, contacts=pd.concat([newer.contacts, carol], ignore_index=True))
    for name, (connected, at) in (wrote_at or {}).items():
        contact = full.contacts.iloc[[1]].assign(
            contact_key=name.lower(), name=name, connected_at=pd.Timestamp(connected, tz="UTC")
        )
        wrote = full.interactions.assign(contact_key=name.lower(), at=pd.Timestamp(at, tz="UTC"))
        full = replace(
            full,
            contacts=pd.concat([full.contacts, contact], ignore_index=True),
            interactions=pd.concat([full.interactions, wrote], ignore_index=True),
        )
        newer = replace(newer, contacts=pd.concat([newer.contacts, contact], ignore_index=True))
    return merge_exports([full, newer])


def test_survival_cohorts_and_decay_end_where_the_interactions_end() -> None:
    # LinkedIn's interactions are known until 2016-03-01: observation ends there, not at
    # the connections-only export of 2017-05-01 (where Fay, who connected on 2016-01-01
    # and wrote on 2016-02-16, would go dormant 90 days after she wrote, and 14 months of
    # zeros would pull the cohort and decay curves down)
    net = _connections_after_full_archive(wrote_at={"Fay": ("2016-01-01", "2016-02-16")})
    reason = "contacts_connected_after_interactions_known_until"
    kept = activity.survival(net)
    by_name = kept.durations.merge(net.contacts[["contact_key", "name"]]).set_index("name")
    assert sorted(by_name.index) == ["Ann", "Bob", "Fay"]  # Carol, connected 2017: unseen
    assert by_name.loc["Fay", "days"] == 60  # censored on 2016-03-01, still active
    assert not by_name.loc["Fay", "dormant"]
    assert by_name.loc["Bob", "days"] == 90 and by_name.loc["Bob", "dormant"]
    assert kept.excluded[reason] == 1 and kept.excluded["contacts_connected_after_as_of"] == 0

    cohorts = activity.cohort_retention(net).set_index(["cohort", "months_since"])
    # no 2017-01 cohort of Carol alone; months to March 2016, not May 2017
    assert cohorts.index.max() == ("2016-01", 2)
    assert set(cohorts.index.get_level_values("cohort")) == {"2015-01", "2016-01"}
    assert cohorts.loc[("2015-01", 14), "contacts"] == 2
    assert not cohorts.loc[("2015-01", 14), "complete"] and cohorts.loc[("2015-01", 13), "complete"]
    assert cohorts.loc[("2015-01", 13), "with_evidence"] == 1  # Ann, February 2016
    assert cohorts.loc[("2016-01", 1), "share"] == 1.0  # Fay
    assert cohorts.attrs["excluded"][reason] == 1

    curve = activity.decay_curve(net, platform="linkedin")
    assert curve.attrs["excluded"][reason] == 1
    # contact-days: Ann and Bob 425, Fay 60 (not 851, 851, 486 and Carol's 120)
    assert curve["exposure_days"].sum() == pytest.approx(2 * 425 + 60)

    # judged before the interactions end, nothing changes: Carol is not connected yet
    then = activity.survival(net, as_of="2016-01-15")
    assert then.excluded[reason] == 0 and then.excluded["contacts_connected_after_as_of"] == 1
    assert then.durations["days"].max() == 90
    early = activity.cohort_retention(net, as_of="2016-01-15")
    assert early["months_since"].max() == 12 and early.attrs["excluded"][reason] == 0


def test_days_since_evidence_count_to_the_date_a_person_is_judged() -> None:
    net = _connections_after_full_archive()
    status = activity.contact_status(net).set_index("name")
    # Ann is active as of 2016-03-01, 14 days after she wrote (was: 440 days, to 2017-05-01)
    assert status.loc["Ann", "days_since_evidence"] == pytest.approx(14)
    assert status.loc["Ann", "judged_as_of"] == pd.Timestamp("2016-03-01", tz="UTC")
    assert (status["judged_as_of"] == pd.Timestamp("2016-03-01", tz="UTC")).all()
    # judged at the old date itself: every one as of then
    then = activity.contact_status(net, as_of="2016-03-01").set_index("name")
    assert then.loc["Ann", "days_since_evidence"] == pytest.approx(14)
    assert (then["judged_as_of"] == pd.Timestamp("2016-03-01", tz="UTC")).all()

    # the losing-touch view quotes the same: Eve wrote on 2015-11-15, active on
    # 2016-01-16 (the previous window's end) and dormant as of 2016-03-01, 107 days later
    # (not 152, to the as_of of 2016-04-15 at which LinkedIn shows nothing)
    net = _connections_after_full_archive(wrote_at={"Eve": ("2015-01-01", "2015-11-15")})
    lost = activity.losing_touch(net, as_of="2016-04-15").set_index("name")
    assert list(lost.index) == ["Eve"]
    assert lost.loc["Eve", "days_since_evidence"] == pytest.approx(107)
    assert lost.loc["Eve", "judged_as_of"] == pd.Timestamp("2016-03-01", tz="UTC")


def test_the_headcount_line_says_who_is_judged_at_an_older_export() -> None:
    from power1000_analysis import headcount, report

    net = _connections_after_full_archive()
    line = headcount.describe_people(net)
    # Ann is active as of 2016-03-01: the line does not claim "in the last 90 days" today
    assert "1 of them active (evidence of life in the last 90 days; 1 of them in the 90" in line
    assert "days before 2016-03-01, the newest export that holds their platforms'" in line
    assert report.summary_card(net)["headcount"] == line
    # judged at that date itself, nothing to add
    assert "before 2016-03-01" not in headcount.describe_people(net, as_of="2016-03-01")
