"""The Poisson-process fit behind the decay half-life (issue #7 item 4).

The mean intensity λ(a) = λ₀·e^(−βa) [+ c] of interactions at age a (days since connecting)
is fitted by maximum likelihood on binned sufficient statistics; :mod:`~power1000_analysis.decay`
turns the fit into curves and an :class:`~power1000_analysis.schema.Estimate`.

Why this likelihood and this interval (measured in ``bench/bench_decay_coverage.py``;
numbers in bench/README.md, activity):

* Contacts differ enormously in how chatty they are (the synthetic persona plants a
  Gamma-distributed starting rate, a passive share that never interacts and a few strong
  ties at a rate that never fades). The frailty likelihood, ``"frailty"`` (the default
  until session 8; since session 9 the default is the two-part likelihood of
  :mod:`~power1000_analysis.decay_twopart`, which builds on it), gives every
  contact a Gamma-distributed multiplier Z of mean 1 and shape k (fitted) on λ(a): each
  contact's events are then a Poisson process *mixed* over Z, whose likelihood has a
  closed form (negative binomial in the count, times the ages' density). It is still a
  Poisson-process likelihood, not a least-squares fit; its score is unbiased for the
  *mean* intensity whatever the true heterogeneity is (each contact's score has mean zero
  whenever E λᵢ(a) = λ(a) and heterogeneity does not depend on exposure), so β stays
  consistent where the Gamma mixing is only an approximation; and since a contact's count
  term is weighted by (nᵢ + k)/(k + Λᵢ), a very chatty contact no longer dominates. On the
  persona it is more precise than the pooled Poisson fit (``likelihood="poisson"``):
  sd of estimate/truth 0.08 against 0.09-0.10.
* The interval is Wald on log β with a *contact jackknife* standard error. The sandwich (CR1)
  was too narrow on the persona (covered 87-90% at nominal 95%): the floor c rests on the
  few strong ties, and leaving out a single one of them moves c several-fold and β by
  most of a standard error, which a linear (sandwich, or one-step jackknife) approximation
  does not see. So the contacts whose one-step influence exceeds ``_REFIT_INFLUENCE`` of a
  standard error (at most ``_REFIT_MAX``, the largest first) are left out and the model
  refitted exactly, on the binned statistics less that contact (warm-started BFGS, a few
  milliseconds each); the others keep their linear influence H⁻¹sᵢ. The jackknife variance
  (G−1)/G Σ (dᵢ − d̄)(dᵢ − d̄)ᵀ over the G contacts watched is the CR3 of MacKinnon,
  Nielsen & Webb ("Cluster-robust inference: a guide to empirical practice", J.
  Econometrics 232:272-299, 2023) with exact leave-one-out where the
  linearisation fails. That variance rests on a handful of contacts (its Satterthwaite
  degrees of freedom (Σdᵢ²)²/Σdᵢ⁴ over the influences dᵢ on log β were about 5 on the
  persona, 16 at 600 planted contacts), so the interval uses the Student t quantile on
  those degrees of freedom instead of 1.96: the jackknife alone covered 91.7% on the
  persona, with the t quantile 96.3% (95-97% on every planted-truth set).

Example
-------
>>> fit = _fit_decay(np.array([100.0, 100.0]), np.array([1.0, 2.0, 5.0]), np.array([0, 0, 1]),
...                  floor=False)
>>> fit.n_events, fit.beta > 0
(3, True)
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import optimize, special, stats

from power1000_analysis.schema import Estimate

__all__: list[str] = []

Likelihood = Literal["frailty", "poisson", "mixture", "two-part"]

#: refit exactly without each contact whose linear influence on a parameter exceeds this
#: share of that parameter's standard error ...
_REFIT_INFLUENCE = 0.2
#: ... the most influential first, at most this many (each refit: a few milliseconds).
_REFIT_MAX = 20
#: a fitted frailty shape above this is no heterogeneity at all: the pooled Poisson fit.
_POISSON_SHAPE = 1e6


def _integrals(beta: float, exposure: np.ndarray, moments: int = 2) -> tuple[np.ndarray, ...]:
    """∫₀ᴱ aʲ e^(−βa) da for j < ``moments`` (1 or 2), with a series near β·E = 0, where the
    closed form cancels. Called a few hundred times per fit: only what is asked is computed."""
    x = beta * exposure
    small = np.abs(x) < 1e-2
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        e = np.exp(-x)
        g = (1.0 - e) / beta
        h = (1.0 - e * (1.0 + x)) / beta**2 if moments > 1 else None
    if small.any():
        xs, es = x[small], exposure[small]
        g[small] = es * (1 - xs / 2 + xs**2 / 6 - xs**3 / 24)
        if h is not None:
            h[small] = es**2 * (0.5 - xs / 3 + xs**2 / 8 - xs**3 / 30)
    return (g,) if h is None else (g, h)


@dataclass(frozen=True)
class _DecayFit:
    beta: float
    beta_se: float  # contact jackknife (the default interval's)
    rate0: float
    floor_rate: float
    n_contacts: int
    n_events: int
    beta_se_naive: float = math.nan  # model-based (inverse Hessian of the likelihood used)
    beta_se_sandwich: float = math.nan  # contact-clustered sandwich, CR1 (G/(G-1))
    likelihood: str = "frailty"
    frailty_shape: float = math.inf  # k of the Gamma(k, 1/k) multiplier; inf = Poisson
    refits: int = 0  # contacts left out and refitted exactly in the jackknife
    jackknife_df: float = math.nan  # Satterthwaite degrees of freedom of the jackknife variance
    floor_share: float = math.nan  # mixture, two-part: share π of active contacts w/ floor
    passive_share: float = math.nan  # mixture, two-part: share ψ that never interact
    floor_shape: float = math.nan  # two-part: Gamma shape k_F of the floor rates


def _nan_fit(n_contacts: int, n_events: int) -> _DecayFit:
    return _DecayFit(math.nan, math.nan, math.nan, math.nan, n_contacts, n_events)


@dataclass(frozen=True)
class _Stats:
    """Binned sufficient statistics: events by day of age, contacts by (exposure day, count).

    Binning makes the optimisation's cost independent of the number of events and contacts
    (the integrand is smooth, so the error is far below the sampling error)."""

    ages: np.ndarray  # centre of each age day with events
    counts: np.ndarray  # events in that day
    event_bin: np.ndarray  # per event: index into ages
    group_exposure: np.ndarray  # mean exposure of the contacts in each group
    group_events: np.ndarray  # their event count (the same for the whole group)
    group_size: np.ndarray
    contact_group: np.ndarray  # per contact: its group
    total_exposure: float
    # the distinct event counts of the groups, and each group's index into them: the frailty
    # likelihood's log Γ and digamma terms depend on the count only (a few hundred values
    # instead of one per group)
    count_values: np.ndarray
    group_count: np.ndarray

    @property
    def n_events(self) -> float:
        return float(self.counts.sum())

    @property
    def n_contacts(self) -> float:
        return float(self.group_size.sum())


def _stats(exposure: np.ndarray, event_age: np.ndarray, event_contact: np.ndarray) -> _Stats:
    day = np.floor(event_age).astype(np.int64)
    counts = np.bincount(day).astype(float)
    used = np.flatnonzero(counts > 0)
    remap = np.zeros(len(counts), dtype=np.int64)
    remap[used] = np.arange(len(used))
    n = np.bincount(event_contact, minlength=len(exposure))
    key = np.floor(exposure).astype(np.int64) * (int(n.max()) + 1) + n
    span = int(key.max()) + 1
    if int(key.min()) >= 0 and span <= 8 * len(key) + 1024:
        # the groups np.unique would give (sorted keys), by a bincount over the few key
        # values instead of sorting every contact (~10 ms at 100,000 contacts)
        rank = np.cumsum(np.bincount(key, minlength=span) > 0) - 1
        contact_group = rank[key]
    else:
        _, contact_group = np.unique(key, return_inverse=True)
    size = np.bincount(contact_group).astype(float)
    group_events = np.bincount(contact_group, weights=n) / size
    count_values, group_count = np.unique(group_events, return_inverse=True)
    return _Stats(
        ages=used + 0.5,
        counts=counts[used],
        event_bin=remap[day],
        group_exposure=np.bincount(contact_group, weights=exposure) / size,
        group_events=group_events,
        group_size=size,
        contact_group=contact_group,
        total_exposure=float(exposure.sum()),
        count_values=count_values,
        group_count=group_count,
    )


def _negative(
    params: np.ndarray, s: _Stats, *, floor: bool, frailty: bool, scale: float = 1.0
) -> tuple[float, np.ndarray]:
    """Negative log-likelihood and its gradient in (log λ₀, log β[, log c][, log k]), over
    ``scale`` (the number of events: every coordinate then has about the same scale).

    Poisson: Σⱼ log λ(aⱼ) − Σᵢ Λᵢ, Λᵢ = ∫₀^Eᵢ λ. Gamma frailty (λ multiplied per contact by
    Z ~ Gamma(k, 1/k)): Σⱼ log λ(aⱼ) + Σᵢ [log Γ(nᵢ+k) − log Γ(k) + k log k − (nᵢ+k) log(k+Λᵢ)].
    """
    # a line search may try absurd steps: keep them finite (and far from the optimum)
    params = np.clip(params, -50.0, 50.0)
    rate, beta = math.exp(params[0]), math.exp(params[1])
    steady = math.exp(params[2]) if floor else 0.0
    base = np.exp(-beta * s.ages)
    mu = rate * base + steady
    g, h = _integrals(beta, s.group_exposure)
    with np.errstate(divide="ignore"):
        events = float(s.counts @ np.log(mu))
    share = s.counts * rate * base / mu
    if frailty:
        k = math.exp(params[-1])
        lam = rate * g + steady * s.group_exposure
        nk = s.group_events + k
        log_kl = np.log(k + lam)
        # Σ_g size_g·f(n_g + k) summed per distinct count n: f evaluated a few hundred times
        count_size = np.bincount(s.group_count, weights=s.group_size, minlength=len(s.count_values))
        ck = s.count_values + k
        log_gamma = float(count_size @ special.gammaln(ck))
        digamma_sum = float(count_size @ special.digamma(ck))
        value = (
            events
            + log_gamma
            - float(s.group_size @ (nk * log_kl))
            + s.n_contacts * (k * math.log(k) - special.gammaln(k))
        )
        weight = s.group_size * nk / (k + lam)  # posterior mean of Z, times the group size
    else:
        value = events - rate * float(s.group_size @ g) - steady * s.total_exposure
        weight = s.group_size
    grad = [
        float(share.sum()) - rate * float(weight @ g),
        beta * (-float(share @ s.ages) + rate * float(weight @ h)),
    ]
    if floor:
        grad.append(steady * (float(s.counts @ (1.0 / mu)) - float(weight @ s.group_exposure)))
    if frailty:
        grad.append(
            k
            * (
                digamma_sum
                - float(s.group_size @ log_kl)
                - s.n_contacts * (special.digamma(k) - math.log(k) - 1.0)
                - float(weight.sum())
            )
        )
    return -value / scale, -np.asarray(grad) / scale


def _contact_scores(
    params: np.ndarray, s: _Stats, event_contact: np.ndarray, *, floor: bool, frailty: bool
) -> np.ndarray:
    """Each contact's score (its terms of the gradient of the log-likelihood), p × G (a row
    per parameter); they sum to the binned gradient (zero at the optimum)."""
    rate, beta = math.exp(params[0]), math.exp(params[1])
    steady = math.exp(params[2]) if floor else 0.0
    base = np.exp(-beta * s.ages)
    mu = rate * base + steady
    n_contacts = len(s.contact_group)
    group = s.contact_group
    g, h = _integrals(beta, s.group_exposure)

    def per_contact(table: np.ndarray) -> np.ndarray:
        return np.bincount(event_contact, weights=table[s.event_bin], minlength=n_contacts)

    share = rate * base / mu
    if frailty:
        k = math.exp(params[-1])
        lam = rate * g + steady * s.group_exposure
        weight = (s.group_events + k) / (k + lam)
    else:
        weight = np.ones_like(g)
    columns = [
        per_contact(share) - (weight * rate * g)[group],
        beta * (-per_contact(share * s.ages) + (weight * rate * h)[group]),
    ]
    if floor:
        columns.append(steady * (per_contact(1.0 / mu) - (weight * s.group_exposure)[group]))
    if frailty:
        nk = s.group_events + k
        columns.append(
            k
            * (
                special.digamma(nk)
                - special.digamma(k)
                + math.log(k)
                + 1.0
                - np.log(k + lam)
                - weight
            )[group]
        )
    return np.array(columns)


def _by_exposure_day(s: _Stats) -> _Stats:
    """The statistics with contacts grouped by exposure day only: all the pooled Poisson
    likelihood needs, and 10-20x fewer groups than (day, count) at 100,000 contacts."""
    day = np.floor(s.group_exposure).astype(np.int64)
    _, merged = np.unique(day, return_inverse=True)
    size = np.bincount(merged, weights=s.group_size)
    return _Stats(
        s.ages, s.counts, s.event_bin,
        np.bincount(merged, weights=s.group_size * s.group_exposure) / size,
        np.zeros(len(size)), size, merged[s.contact_group], s.total_exposure,
        np.zeros(1), np.zeros(len(size), dtype=np.intp),  # as group_events: all 0
    )  # fmt: skip


def _poisson_start(s: _Stats, *, floor: bool) -> np.ndarray:
    """The pooled Poisson optimum in (log λ₀, log β[, log c])."""
    s = _by_exposure_day(s)
    n_events = s.n_events
    longest = float(s.group_exposure.max())

    def profiled(beta: float) -> float:  # no floor: λ₀ has a closed form given β
        g = float(s.group_size @ _integrals(beta, s.group_exposure, 1)[0])
        return n_events * math.log(g) + beta * float(s.counts @ s.ages)

    found = optimize.minimize_scalar(
        profiled, bounds=(-5.0 / longest, 5.0), method="bounded", options={"xatol": 1e-10}
    )
    beta0 = max(float(found.x), 1e-6)
    rate0 = n_events / float(s.group_size @ _integrals(beta0, s.group_exposure, 1)[0])
    if not floor:
        return np.array([math.log(rate0), math.log(beta0)])
    best = None
    # a few starts: with a floor the likelihood can have a shallow second mode. (β enters
    # as log β: L-BFGS-B on β itself stopped while the floor was still far from its
    # optimum, 7 log-likelihood units short on the Facebook sample.)
    for factor in (1.0, 2.0, 4.0):
        start = np.array(
            [
                math.log(rate0 * factor),
                math.log(min(beta0 * factor, 5.0)),
                math.log(0.1 * n_events / s.total_exposure),
            ]
        )
        result = optimize.minimize(
            functools.partial(_negative, s=s, floor=True, frailty=False, scale=n_events),
            start,
            jac=True,
            method="BFGS",
            options={"gtol": 1e-9},
        )
        if best is None or result.fun < best.fun:
            best = result
    assert best is not None
    return np.asarray(best.x, dtype=float)


def _minimise(
    s: _Stats,
    start: np.ndarray,
    *,
    floor: bool,
    frailty: bool,
    hess_inv: np.ndarray | None = None,
) -> np.ndarray:
    options: dict[str, object] = {"gtol": 1e-9}
    if hess_inv is not None:
        options["hess_inv0"] = hess_inv
    result = optimize.minimize(
        functools.partial(_negative, s=s, floor=floor, frailty=frailty, scale=s.n_events),
        start,
        jac=True,
        method="BFGS",
        options=options,
    )
    return np.asarray(result.x, dtype=float)


def _hessian(params: np.ndarray, s: _Stats, *, floor: bool, frailty: bool) -> np.ndarray:
    """Hessian of the (whole, unscaled) negative log-likelihood: central differences of the
    analytic gradient."""
    steps = 1e-5 * np.maximum(np.abs(params), 1.0)
    hessian = np.empty((len(params), len(params)))
    for i, step in enumerate(steps):
        up, down = params.copy(), params.copy()
        up[i] += step
        down[i] -= step
        hessian[:, i] = (
            _negative(up, s, floor=floor, frailty=frailty)[1]
            - _negative(down, s, floor=floor, frailty=frailty)[1]
        ) / (2 * step)
    return (hessian + hessian.T) / 2


def _without(s: _Stats, contact: int, event_bins: np.ndarray) -> _Stats:
    """The statistics with one contact (its events, in ``event_bins``, and exposure) left out."""
    counts = s.counts - np.bincount(event_bins, minlength=len(s.counts))
    size = s.group_size.copy()
    group = s.contact_group[contact]
    size[group] -= 1.0
    exposure_left = s.total_exposure - float(s.group_exposure[group])
    return _Stats(
        s.ages, counts, s.event_bin, s.group_exposure, s.group_events, size,
        s.contact_group, exposure_left, s.count_values, s.group_count,
    )  # fmt: skip


def _jackknife(
    params: np.ndarray,
    hessian: np.ndarray,
    scores: np.ndarray,
    watched: np.ndarray,
    refit: Callable[[int, np.ndarray, np.ndarray | None], np.ndarray | None],
    *,
    refit_max: int,
    scale: float,
    rows: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, int]:
    """(bread H⁻¹, CR1 sandwich, contact-jackknife covariance, its Satterthwaite df on log β,
    exact refits done), from the Hessian of the negative log-likelihood and the contacts'
    scores (p × G; or the rows ``rows`` of a larger array, read where they are).

    Linear influence −H⁻¹sᵢ for most contacts, an exact leave-one-out refit
    (``refit(contact, start, inverse Hessian of the objective scaled by 1/scale)``, None when
    nothing is left) for the ``refit_max`` contacts whose linear influence on some parameter
    is largest above ``_REFIT_INFLUENCE`` of its sandwich SE. A contact never watched is no
    cluster: its influence is 0, so that sums over all contacts are sums over the watched.

    Two compiled passes over the contacts (session 11; the influences were a p × G array
    before, and the sums over it NumPy passes: 9.5 ms of a 100,000-contact fit's 12 ms
    interval): the Gram matrix of the scores, Σsᵢsᵢᵀ (the sandwich's meat), and
    :func:`~power1000_analysis._kernels.influences` (their sum, log β's row, the
    contacts to refit). The sum of the influences' outer products is H⁻¹(Σsᵢsᵢᵀ)H⁻¹, less
    the linear influences of the refitted contacts and plus their exact ones."""
    from power1000_analysis import _kernels

    scores = np.asarray(scores, dtype=float)
    rows = np.arange(len(scores)) if rows is None else np.asarray(rows, dtype=np.int64)
    n_contacts = scores.shape[1]
    bread = np.linalg.pinv(hessian)
    bread = (bread + bread.T) / 2
    clusters = int(np.count_nonzero(watched))
    every = clusters == n_contacts
    mask = np.zeros(0, dtype=bool) if every else np.asarray(watched, dtype=bool)
    small_sample = clusters / (clusters - 1) if clusters > 1 else math.inf
    meat = _kernels.gram_of(scores, rows, np.zeros(0, dtype=bool))
    sandwich = small_sample * (bread @ meat @ bread)
    se = np.sqrt(np.maximum(np.diag(sandwich), 1e-300))
    total, log_beta, candidates, sizes = _kernels.influences(
        bread, scores, rows, mask, 1.0 / se, _REFIT_INFLUENCE
    )
    outer = bread @ (meat if every else _kernels.gram_of(scores, rows, mask)) @ bread
    chosen = candidates[np.argsort(-sizes, kind="stable")][:refit_max]
    if len(chosen):
        # the scaled objective's inverse Hessian warm-starts BFGS, when it is clearly positive
        # definite (not at a clean optimum, or a parameter the data do not identify, such as
        # the floor mixture's floor ratio when no contact has a floor: BFGS's default start)
        eigenvalues = np.linalg.eigvalsh(bread)
        clean = eigenvalues.min() > 1e-10 * max(eigenvalues.max(), 0.0)
        inverse_scaled = bread * scale if clean else None
        for contact in chosen:
            refitted = refit(int(contact), params, inverse_scaled)
            if refitted is not None and np.isfinite(refitted).all():
                linear = -bread @ scores[rows, contact]
                exact = refitted - params
                outer += np.outer(exact, exact) - np.outer(linear, linear)
                total += exact - linear
                log_beta[contact] = exact[1]
    # (G−1)/G Σᵢ (dᵢ − d̄)(dᵢ − d̄)ᵀ over the G watched contacts, from the plain sums
    centred = outer - np.outer(total, total) / clusters
    jackknife = (clusters - 1) / clusters * centred if clusters > 1 else sandwich * math.inf
    # Satterthwaite degrees of freedom of that variance of log β: few dominant contacts
    # make it a noisy estimate, worth far fewer than G - 1 degrees of freedom
    if not every:
        log_beta = log_beta[np.asarray(watched, dtype=bool)]
    squares = (log_beta - total[1] / clusters) ** 2
    df = (
        float(squares.sum() ** 2 / np.einsum("g,g->", squares, squares))
        if squares.any()
        else math.nan
    )
    return bread, sandwich, jackknife, df, len(chosen)


def _optimum(s: _Stats, *, floor: bool, frailty: bool) -> tuple[np.ndarray, bool]:
    """The maximum-likelihood parameters (log λ₀, log β[, log c][, log k]) and whether the
    frailty is in them (False when the fit found no heterogeneity: the pooled Poisson fit)."""
    if frailty:
        # The frailty BFGS starts from the pooled fit without a floor (β, λ₀ profiled in
        # closed form) and a floor of a tenth of the mean rate: the three BFGS runs of the
        # pooled fit with a floor that used to come first reached the same frailty optimum
        # (to 1.2e-7 relative in all 300 persona fits of seeds 1-100, and on the bench's
        # 100,000 contacts) in 40-60% of the fit's time (bench/README.md #7 session 6).
        params = _poisson_start(s, floor=False)
        if floor:
            params = np.append(params, math.log(0.1 * s.n_events / s.total_exposure))
    else:
        params = _poisson_start(s, floor=floor)
    if frailty:
        # start k from the moments of the counts at the Poisson fit: Var n = Λ + Λ²/k
        rate, beta = math.exp(params[0]), math.exp(params[1])
        steady = math.exp(params[2]) if floor else 0.0
        lam = rate * _integrals(beta, s.group_exposure, 1)[0] + steady * s.group_exposure
        excess = float(s.group_size @ ((s.group_events - lam) ** 2 - s.group_events))
        shape = float(s.group_size @ lam**2) / excess if excess > 0 else _POISSON_SHAPE
        params = np.append(params, math.log(min(max(shape, 1e-3), _POISSON_SHAPE)))
        params = _minimise(s, params, floor=floor, frailty=True)
        if math.exp(params[-1]) >= _POISSON_SHAPE:  # no heterogeneity: Poisson
            frailty, params = False, params[:-1]
    return params, frailty


def _fit_decay(
    exposure: np.ndarray,
    event_age: np.ndarray,
    event_contact: np.ndarray,
    *,
    floor: bool = True,
    likelihood: Likelihood = "two-part",
    refit_max: int = _REFIT_MAX,
    floor_shape: float | None = None,
) -> _DecayFit:
    """Maximum-likelihood fit of the mean intensity λ(a) = λ₀·e^(−βa) [+ c] at age a.

    Contact i, watched for Eᵢ days since connecting with events at ages aᵢⱼ, contributes
    Σⱼ log λ(aᵢⱼ) − Λᵢ (``likelihood="poisson"``: every contact the same process) or that
    Poisson process mixed over a Gamma(k, 1/k) multiplier of its own (``"frailty"``; see the
    module docstring for why). The default, ``"two-part"`` (session 9), is
    :mod:`~power1000_analysis.decay_twopart`'s: the frailty-mixed decay on every contact, a
    floor rate of its own on a fitted share, a passive share (``"mixture"``:
    :mod:`~power1000_analysis.decay_mixture`'s). The constant ``c`` (``floor=True``) stands for the few ties
    that never fade (family, close friends): without it they drag the half-life far above
    that of everyone else.

    Three standard errors of β: the contact jackknife (``beta_se``, the default interval's,
    exact refits for up to ``refit_max`` influential contacts), the contact-clustered
    sandwich (``beta_se_sandwich``) and the model-based one (``beta_se_naive``).

    ``floor_shape`` (``likelihood="two-part"`` only): the Gamma shape k_F of the floor rates,
    held there, or fitted when None (the default: decay_twopart.py, bench/README.md #7
    session 9 on why).
    """
    n_contacts, n_events = len(exposure), len(event_age)
    if n_events == 0 or n_contacts == 0 or float(exposure.max()) <= 0:
        return _nan_fit(n_contacts, n_events)
    if likelihood not in ("frailty", "poisson", "mixture", "two-part"):
        raise ValueError(
            f"likelihood must be 'frailty', 'two-part', 'mixture' or 'poisson', not {likelihood!r}"
        )
    if likelihood in ("mixture", "two-part"):
        # (without a floor there is nothing to mix: the frailty fit)
        if floor and likelihood == "mixture":
            from power1000_analysis.decay_mixture import _fit_mixture

            return _fit_mixture(exposure, event_age, event_contact, refit_max=refit_max)
        if floor:
            from power1000_analysis.decay_twopart import _fit_twopart

            return _fit_twopart(
                exposure, event_age, event_contact, refit_max=refit_max, floor_shape=floor_shape
            )
        likelihood = "frailty"
    s = _stats(exposure, event_age, event_contact)
    params, frailty = _optimum(s, floor=floor, frailty=likelihood == "frailty")
    hessian = _hessian(params, s, floor=floor, frailty=frailty)
    scores = _contact_scores(params, s, event_contact, floor=floor, frailty=frailty)
    ordered: list[np.ndarray] = []  # events by contact: sorted once, when a refit needs it

    def refit(contact: int, start: np.ndarray, hess_inv: np.ndarray | None) -> np.ndarray | None:
        if not ordered:
            order = np.argsort(event_contact, kind="stable")
            bounds = np.searchsorted(event_contact[order], np.arange(n_contacts + 1))
            ordered.extend([order, bounds])
        order, bounds = ordered
        left = _without(s, contact, s.event_bin[order[bounds[contact] : bounds[contact + 1]]])
        if left.n_events == 0:
            return None
        return _minimise(left, start, floor=floor, frailty=frailty, hess_inv=hess_inv)

    bread, sandwich, jackknife, df, refits = _jackknife(
        params, hessian, scores, exposure > 0, refit, refit_max=refit_max, scale=s.n_events
    )
    beta = math.exp(params[1])
    return _DecayFit(
        beta=beta,
        beta_se=beta * float(math.sqrt(max(jackknife[1, 1], 0.0))),
        rate0=math.exp(params[0]),
        floor_rate=math.exp(params[2]) if floor else 0.0,
        n_contacts=n_contacts,
        n_events=n_events,
        beta_se_naive=beta * float(math.sqrt(max(bread[1, 1], 0.0))),
        beta_se_sandwich=beta * float(math.sqrt(max(sandwich[1, 1], 0.0))),
        likelihood="frailty" if frailty else "poisson",
        frailty_shape=math.exp(params[-1]) if frailty else math.inf,
        refits=refits,
        jackknife_df=df,
    )


_INTERVALS = {
    "robust": (
        "beta_se",
        "contact jackknife SE (CR3, exact refits of {refits} influential contacts), "
        "t quantile on {df:.1f} Satterthwaite df",
    ),
    "sandwich": ("beta_se_sandwich", "contact-clustered sandwich SE (CR1, G/(G-1))"),
    "naive": ("beta_se_naive", "naive model-based SE (contacts independent, model taken as true)"),
}


def _half_life_estimate(fit: _DecayFit, *, floor: bool, interval: str = "robust") -> Estimate:
    """The half-life ln 2/β with a Wald 95% interval on log β mapped to days.

    ``interval="robust"`` (default): the contact jackknife with a Student t quantile on its
    Satterthwaite degrees of freedom; ``"sandwich"``: the contact-clustered sandwich (CR1);
    ``"naive"``: model-based (both with the normal 1.96). Coverage of each: bench/README.md,
    activity."""
    if interval not in _INTERVALS:
        raise ValueError(f"interval must be one of {sorted(_INTERVALS)}, not {interval!r}")
    attribute, which = _INTERVALS[interval]
    model = "exponential decay + constant floor" if floor else "exponential decay"
    if fit.likelihood == "mixture":
        model = "exponential decay, a floor on some contacts"
        how = (
            f"floor-mixture Gamma-frailty Poisson-process MLE (shape {fit.frailty_shape:.2g}, "
            f"floor on {fit.floor_share:.1%} of the active contacts, "
            f"{fit.passive_share:.1%} passive)"
        )
    elif fit.likelihood == "two-part":
        model = "exponential decay on every contact, a floor of its own on some"
        how = (
            f"two-part Gamma-frailty Poisson-process MLE (shape {fit.frailty_shape:.2g}, "
            f"floor on {fit.floor_share:.1%} of the active contacts"
            + (f" with Gamma({fit.floor_shape:.2g}) rates" if np.isfinite(fit.floor_shape) else "")
            + f", {fit.passive_share:.1%} passive)"
        )
    elif fit.likelihood == "frailty":
        how = f"Gamma-frailty Poisson-process MLE (shape {fit.frailty_shape:.2g})"
    else:
        how = "Poisson-process MLE"
    method = f"{how} of {model}, {fit.n_events} events; Wald 95% on the log rate, " + which.format(
        refits=fit.refits, df=fit.jackknife_df
    )
    if not np.isfinite(fit.beta):
        return Estimate(math.nan, math.nan, math.nan, n=fit.n_contacts, method=method)
    se = float(getattr(fit, attribute))
    quantile = 1.96
    if interval == "robust" and fit.jackknife_df > 0:
        quantile = float(stats.t.ppf(0.975, fit.jackknife_df))
    log2 = math.log(2.0)

    def half_life(beta: float) -> float:
        return log2 / beta if beta > 0 else math.inf

    # Wald on log β (the scale the fit and the jackknife work in): the interval is
    # ĥ·e^(±q·se/β), asymmetric in days as the estimate's spread is (bench/README.md)
    # (a flat curve fits β ≈ 0 with a huge relative SE: e^(q·se/β) past a float is no bound)
    log_spread = quantile * se / fit.beta if fit.beta > 0 else math.inf
    spread = math.inf if log_spread > 700.0 else math.exp(log_spread)
    return Estimate(
        value=half_life(fit.beta),
        ci_low=half_life(fit.beta * spread),
        ci_high=half_life(fit.beta / spread),
        n=fit.n_contacts,
        method=method,
    )
