"""decay_mixture.py: the floor-mixture likelihood (most ties fade, a few keep a floor).

Planted truth drawn like the synthetic persona draws one platform (world.py ``_tie_events``):
ties connect over five years, a passive share never interacts, the others start at a
Gamma(1.5) rate that halves every ``half_life`` days, and a few strong ties also keep a
floor rate of their own (Gamma(2)), independent of their starting rate.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from scipy import optimize, special
from test_activity import simulate

from power1000_analysis import activity, decay_fit, decay_mixture


def planted(
    seed: int,
    *,
    n_contacts: int = 800,
    half_life: float = 150.0,
    passive: float = 0.3,
    per_week: float = 0.55,
    strong: float = 0.08,
    strong_per_week: float = 0.35,
    years: float = 5.0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exposure days, event ages, event contact) of one persona-like platform."""
    rng = np.random.default_rng(seed)
    exposure = rng.uniform(0, years * 365.0, n_contacts)
    is_passive = rng.random(n_contacts) < passive
    is_strong = ~is_passive & (rng.random(n_contacts) < strong)
    rate0 = np.where(is_passive, 0.0, rng.gamma(1.5, per_week / 1.5, n_contacts)) / 7
    floor = np.where(is_strong, rng.gamma(2.0, strong_per_week / 2.0, n_contacts), 0.0) / 7
    beta = math.log(2) / half_life
    counts = rng.poisson(rate0 * -np.expm1(-beta * exposure) / beta)
    owner = np.repeat(np.arange(n_contacts), counts)
    ages = -np.log1p(-rng.random(len(owner)) * -np.expm1(-beta * exposure[owner])) / beta
    steady = rng.poisson(floor * exposure)
    steady_owner = np.repeat(np.arange(n_contacts), steady)
    steady_ages = rng.random(len(steady_owner)) * exposure[steady_owner]
    return exposure, np.concatenate([ages, steady_ages]), np.concatenate([owner, steady_owner])


def test_gradient_matches_finite_differences() -> None:
    exposure, ages, contact = planted(3, n_contacts=300)
    data = decay_mixture._data(exposure, ages, contact)
    nodes = decay_mixture._nodes()
    params = np.array([math.log(0.06), math.log(0.006), math.log(0.3), 0.2, -2.0, -0.5])

    def value(x: np.ndarray) -> float:
        return decay_mixture._negative(x, data, nodes, 1.0)[0]

    gradient = decay_mixture._negative(params, data, nodes, 1.0)[1]
    numeric = optimize.approx_fprime(params, value, 1e-6)
    assert gradient == pytest.approx(numeric, rel=1e-4, abs=1e-3)
    # the contacts' scores add up to the gradient (the jackknife's linear influences use them)
    _, scores = decay_mixture._per_contact(params, data, nodes)
    assert scores.shape == (6, 300)
    assert -scores.sum(axis=1) == pytest.approx(gradient)


# 500 ties over three years, 12% of the interacting ones strong (the shared floor's worst case:
# persona-like Facebook precision). On these eight draws the shared-floor frailty fit gives
# half-life/truth 0.93-1.20 (sd 0.084), the floor mixture 0.955-1.056 (sd 0.031), and 6 of the 8
# mixture intervals cover (over seeds 0-39: sd 0.072 against 0.025, frailty intervals cover 38,
# mixture 37). The mixture must be at least twice as precise here, within ±8% on every draw,
# and cover at least 6 of 8 (P(<= 5 of 8) = 0.6% at the nominal 95%).
def test_mixture_recovers_the_planted_half_life_more_precisely() -> None:
    frailty, mixture, covered = [], [], 0
    for seed in range(8):
        data = planted(seed, n_contacts=500, years=3.0, strong=0.12)
        shared = decay_fit._fit_decay(*data, likelihood="frailty", refit_max=0)
        frailty.append(math.log(2) / shared.beta / 150.0)
        fit = decay_fit._fit_decay(*data, likelihood="mixture")
        assert fit.likelihood == "mixture"
        estimate = decay_fit._half_life_estimate(fit, floor=True)
        mixture.append(estimate.value / 150.0)
        covered += estimate.ci_low <= 150.0 <= estimate.ci_high
    assert np.std(mixture) * 2 < np.std(frailty), (mixture, frailty)
    assert np.max(np.abs(np.array(mixture) - 1)) < 0.08, mixture
    assert covered >= 6, mixture


def test_the_floor_share_is_found_without_labels() -> None:
    """π is fitted from the events alone: clearly above zero when 5.6% of the ties keep a floor
    (8% of the 70% that interact; π counts very low floors too: 0.102 here), and near zero
    (0 since session 7: the fit ends at its boundary) when no tie has one, where the half-life
    stays right (151.4 and 151.7)."""
    with_floor = decay_fit._fit_decay(*planted(11, n_contacts=3000), likelihood="mixture")
    assert 0.03 < with_floor.floor_share < 0.2
    assert math.log(2) / with_floor.beta == pytest.approx(150.0, rel=0.08)
    without = decay_fit._fit_decay(*planted(11, n_contacts=3000, strong=0.0), likelihood="mixture")
    assert without.floor_share == 0.0
    assert math.log(2) / without.beta == pytest.approx(150.0, rel=0.08)


def test_decay_half_life_with_the_mixture() -> None:
    simulated = simulate(n_contacts=3000, seed=2)
    estimate = activity.decay_half_life(simulated.net, likelihood="mixture")
    assert estimate.method.startswith("floor-mixture")
    assert "jackknife" in estimate.method
    # π is a share of the active (non-passive) contacts, and the method says so
    assert re.search(r"floor on \d+\.\d% of the active contacts, \d+\.\d% passive", estimate.method)
    assert estimate.value == pytest.approx(simulated.half_life, rel=0.1)
    assert estimate.ci_low <= simulated.half_life <= estimate.ci_high
    # no floor: nothing to mix, the frailty fit of the pure exponential
    pure = activity.decay_half_life(simulated.net, likelihood="mixture", floor=False)
    assert pure.method.startswith("Gamma-frailty")


def test_mixture_without_events_is_not_estimable() -> None:
    fit = decay_fit._fit_decay(
        np.array([10.0]), np.zeros(0), np.zeros(0, dtype=np.int64), likelihood="mixture"
    )
    assert math.isnan(fit.beta)


def from_the_model(
    seed: int,
    *,
    n_contacts: int = 4000,
    half_life: float = 120.0,
    rate0: float = 0.08,
    shape: float = 1.5,
    floor_share: float = 0.1,
    floor_ratio: float = 0.3,
    passive: float = 0.25,
    years: float = 4.0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exposure, event ages, event contact) drawn from the mixture's own model: contact i's
    intensity Zᵢλ₀(e^(−βa) + rᵢ), Zᵢ ~ Gamma(shape, 1/shape), rᵢ = floor_ratio·Exp(1) on a
    share ``floor_share`` of the contacts (0 on the others), a share ``passive`` silent."""
    rng = np.random.default_rng(seed)
    exposure = rng.uniform(0, years * 365.0, n_contacts)
    z = rng.gamma(shape, 1.0 / shape, n_contacts) * (rng.random(n_contacts) >= passive)
    ratio = np.where(
        rng.random(n_contacts) < floor_share, floor_ratio * rng.exponential(1.0, n_contacts), 0.0
    )
    beta = math.log(2) / half_life
    counts = rng.poisson(z * rate0 * -np.expm1(-beta * exposure) / beta)
    owner = np.repeat(np.arange(n_contacts), counts)
    ages = -np.log1p(-rng.random(len(owner)) * -np.expm1(-beta * exposure[owner])) / beta
    steady = rng.poisson(z * rate0 * ratio * exposure)
    steady_owner = np.repeat(np.arange(n_contacts), steady)
    steady_ages = rng.random(len(steady_owner)) * exposure[steady_owner]
    return exposure, np.concatenate([ages, steady_ages]), np.concatenate([owner, steady_owner])


def test_the_compiled_pass_matches_numpy_and_its_hessian_the_gradient() -> None:
    """Session 7's compiled pass (value, gradient, analytic Hessian, scores) against the
    NumPy likelihood and central differences of its own gradient."""
    exposure, ages, contact = planted(3, n_contacts=300)
    passes = decay_mixture._Passes(exposure, ages, contact)
    data = decay_mixture._data(exposure, ages, contact)
    params = np.array([math.log(0.06), math.log(0.006), math.log(0.3), 0.2, -2.0, -0.5])
    value, gradient, hessian, scores = passes.evaluate(params)
    reference, reference_scores = decay_mixture._per_contact(params, data, decay_mixture._nodes())
    assert value == pytest.approx(float(reference.sum()), rel=1e-12)
    assert scores == pytest.approx(reference_scores, rel=1e-9, abs=1e-9)
    assert gradient == pytest.approx(scores.sum(axis=1), rel=1e-9, abs=1e-9)
    numeric = np.empty((6, 6))
    for i in range(6):
        up, down = params.copy(), params.copy()
        up[i] += 1e-5
        down[i] -= 1e-5
        numeric[:, i] = (passes.evaluate(up)[1] - passes.evaluate(down)[1]) / 2e-5
    assert hessian == pytest.approx(numeric, rel=1e-6, abs=1e-6 * np.abs(hessian).max())
    # a huge frailty shape (near-Poisson data) and the boundaries keep it finite and smooth
    for theta, floor, passive in [
        (np.array([-3.0, -5.0, -1.0, 13.5, -2.0, -1.0]), True, True),
        (params, False, True),
        (params, True, False),
    ]:
        value, gradient, hessian, _ = passes.evaluate(theta, floor=floor, passive=passive)
        assert np.isfinite(value) and np.isfinite(gradient).all() and np.isfinite(hessian).all()


@pytest.mark.parametrize("log_k", [12.0, 13.5])
@pytest.mark.parametrize("near_poisson", [False, True], ids=["persona-like", "near-Poisson"])
def test_the_hessian_in_log_k_is_right_at_a_large_frailty_shape(
    log_k: float, near_poisson: bool
) -> None:
    """At log k >= 12 the analytic ∂²/∂(log k)² row matches central differences of the
    gradient on 3,000 contacts to 1e-5. Its ~k-sized class terms once cancelled: 21% off on
    near-Poisson data at log k = 13.5 (and 30x, of either sign, near its optimum), and Newton
    took 54 passes where 8 do."""
    if near_poisson:
        data = from_the_model(2, n_contacts=3000, shape=1e7, floor_share=0.0, passive=0.2)
    else:
        data = planted(3, n_contacts=3000)
    passes = decay_mixture._Passes(*data)
    theta = np.array([-3.0, -5.0, -1.0, log_k, -2.0, -1.0])
    _, gradient, hessian, _ = passes.evaluate(theta)
    numeric = np.empty((6, 6))
    for i in range(6):
        up, down = theta.copy(), theta.copy()
        up[i] += 1e-4
        down[i] -= 1e-4
        numeric[:, i] = (passes.evaluate(up)[1] - passes.evaluate(down)[1]) / 2e-4
    assert hessian[3, 3] == pytest.approx(numeric[3, 3], rel=1e-5)
    assert hessian[3] == pytest.approx(numeric[3], rel=1e-5, abs=1e-7 * np.abs(hessian).max())
    assert np.isfinite(gradient).all()


@pytest.mark.parametrize(
    "data",
    [planted(3), planted(11, n_contacts=3000), from_the_model(4, n_contacts=1500)],
    ids=["persona-like 800", "persona-like 3000", "the model's own 1500"],
)
def test_newton_fit_matches_the_bfgs_fit(data: tuple[np.ndarray, ...]) -> None:
    """The compiled Newton fit (session 7) finds the optimum session 6's BFGS fit found, to
    the digits BFGS's own tolerance allows, and the same jackknife (its exact refits are
    Newton from the optimum without the contact, BFGS's were warm-started BFGS)."""
    new = decay_mixture._fit_mixture(*data)
    old = decay_mixture._fit_mixture_bfgs(*data)
    assert new.beta == pytest.approx(old.beta, rel=1e-6)
    # (session 7's rate0 is the population's, passive contacts included: (1 − ψ)λ₀)
    assert new.rate0 == pytest.approx(old.rate0 * (1 - new.passive_share), rel=1e-5)
    assert new.floor_share == pytest.approx(old.floor_share, rel=1e-4)
    assert new.frailty_shape == pytest.approx(old.frailty_shape, rel=1e-4)
    assert new.refits == old.refits
    assert new.beta_se == pytest.approx(old.beta_se, rel=1e-4)
    assert new.jackknife_df == pytest.approx(old.jackknife_df, rel=1e-4)


def test_a_planted_floor_share_and_rate_are_recovered() -> None:
    """Drawn from the model itself: 10% of 6,000 contacts keep a floor, a quarter are
    passive, half-life 120 days. π, ψ and β come back (π 0.084: the smallest of the planted
    Exp(1) floors look like none; ψ 0.238; 120.2 days, 119-122)."""
    data = from_the_model(21, n_contacts=6000)
    fit = decay_mixture._fit_mixture(*data)
    assert fit.floor_share == pytest.approx(0.1, abs=0.025)
    assert math.log(2) / fit.beta == pytest.approx(120.0, rel=0.05)
    estimate = decay_fit._half_life_estimate(fit, floor=True)
    assert estimate.ci_low <= 120.0 <= estimate.ci_high
    assert fit.passive_share == pytest.approx(0.25, abs=0.03)
    # the population's mean rates, passive contacts included: (1 − ψ)λ₀ and (1 − ψ)·π·ρ·λ₀
    # (ρ the mean floor ratio, 0.3 planted; 0.00178 and 0.0603 here)
    assert fit.floor_rate == pytest.approx(0.75 * 0.1 * 0.3 * 0.08, rel=0.3)
    assert fit.rate0 == pytest.approx(0.75 * 0.08, rel=0.1)


@pytest.mark.parametrize("passive", [0.25, 0.0])
def test_no_floor_falls_back_to_the_boundary(passive: float) -> None:
    """No contact keeps a floor: the fit ends at π = 0 (the Gamma-frailty process without a
    floor, plus the passive share), the half-life is recovered and the interval is finite
    and covers it; with no passive contacts either, ψ = 0 as well."""
    data = from_the_model(5, n_contacts=3000, floor_share=0.0, passive=passive)
    fit = decay_mixture._fit_mixture(*data)
    assert fit.floor_share == 0.0
    assert fit.floor_rate == 0.0
    estimate = decay_fit._half_life_estimate(fit, floor=True)
    assert estimate.value == pytest.approx(120.0, rel=0.08)
    assert math.isfinite(estimate.ci_low) and math.isfinite(estimate.ci_high)
    assert estimate.ci_low <= 120.0 <= estimate.ci_high
    assert fit.jackknife_df > 10
    # the same fit as the no-floor frailty likelihood when nobody is passive either
    if passive == 0.0:
        frailty = decay_fit._fit_decay(*data, floor=False, likelihood="frailty")
        assert fit.beta == pytest.approx(frailty.beta, rel=1e-3)


def test_events_in_any_contact_order() -> None:
    exposure, ages, contact = planted(7, n_contacts=400)
    order = np.random.default_rng(0).permutation(len(ages))
    first = decay_mixture._fit_mixture(exposure, ages, contact)
    shuffled = decay_mixture._fit_mixture(exposure, ages[order], contact[order])
    assert shuffled.beta == pytest.approx(first.beta, rel=1e-9)
    assert shuffled.beta_se == pytest.approx(first.beta_se, rel=1e-7)


def test_a_large_fit_starts_from_a_sample_and_ends_at_the_full_optimum() -> None:
    """Above 2 x ``_SUBSAMPLE`` contacts Newton starts from the fit on a sample; the optimum
    is that of all contacts: the same as Newton from the usual start on all of them."""
    data = from_the_model(8, n_contacts=25_000, years=2.0)
    sampled = decay_mixture._fit_mixture(*data, refit_max=0)
    passes = decay_mixture._Passes(*data)
    direct = decay_mixture._newton(passes, decay_mixture._start(*data, passes))
    assert sampled.beta == pytest.approx(math.exp(direct.theta[1]), rel=1e-6)
    assert sampled.floor_share == pytest.approx(float(special.expit(direct.theta[4])), rel=1e-4)


@pytest.mark.parametrize("active", [[24_999], list(range(24_990, 25_000))])
def test_a_large_fit_with_events_on_few_contacts_starts_on_all(active: list[int]) -> None:
    """Above 2 x ``_SUBSAMPLE`` contacts with events on one (or ten) of 25,000 contacts, the
    random sample may hold no event at all (no Poisson start: math.log(0)); the start is then
    fitted on all contacts, and the fit is Newton's from the usual start on all of them."""
    rng = np.random.default_rng(1)
    exposure = rng.uniform(100, 1000, 25_000)
    contact = np.repeat(np.array(active), 20)
    ages = rng.uniform(0, 90, len(contact))
    fit = decay_mixture._fit_mixture(exposure, ages, contact, refit_max=0)
    passes = decay_mixture._Passes(exposure, ages, contact)
    direct = decay_mixture._newton(passes, decay_mixture._start(exposure, ages, contact, passes))
    assert np.isfinite(fit.beta) and np.isfinite(fit.rate0)
    assert fit.beta == pytest.approx(math.exp(direct.theta[1]), rel=1e-6)


# Why the mixture is not the default (session 7): its floor is tied to each contact's own
# chattiness (rᵢ = ρ·q on Zᵢλ₀), and test_activity.simulate's strong ties (like the persona's)
# keep a floor rate of their own, independent of their starting rate. At persona sizes the
# gain in precision far outweighs that (sd of fit/truth 0.026-0.069 against 0.072-0.085), but
# the misfit leaves a bias that does not shrink with more contacts: at 30,000 simulated
# contacts the mixture gives 87.9-88.7 days for the planted 90 on seeds 1 and 3-8 (-1.4% to
# -2.3%) with intervals of +-0.9% that miss in 7 of 7 seeds, where the frailty fit (whose
# score is unbiased for the mean intensity whatever the heterogeneity) gives 88.5-90.9 and
# covers 7 of 7 (test_activity.test_planted_half_life_and_active_count checks it at seed 4).
# Without strong ties the two fits agree (89.88 and 89.90 at seed 1). Strict: it fails
# loudly when a better floor model removes the bias.
@pytest.mark.slow
@pytest.mark.xfail(
    reason="floor-mixture bias at large n when floors do not scale with the start rate",
    strict=True,
)
def test_mixture_interval_covers_at_30000_contacts() -> None:
    simulated = simulate(n_contacts=30_000, seed=4)
    estimate = activity.decay_half_life(simulated.net, likelihood="mixture")
    assert estimate.ci_low <= simulated.half_life <= estimate.ci_high
