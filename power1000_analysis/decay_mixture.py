"""The floor-mixture decay likelihood: most contacts fade to nothing, a few keep a floor.

The frailty fit of :mod:`~power1000_analysis.decay_fit` puts the non-decaying floor c on
*every* contact's intensity, λᵢ(a) = Zᵢ(λ₀e^(−βa) + c). Real ties are a mixture: most fade
to nothing after connecting, and a few (family, close friends, colleagues one keeps working
with) keep writing at a steady rate however old the tie is. A floor shared by all lets those
few ties' late events pull on everyone's curve; and with the floor known to sit on a few
contacts only, the others' events say far more about β (session 5 measured, with the
synthetic persona's strong ties known, an sd of estimate/truth of 0.021 against 0.080 on
Facebook).

Model (a Poisson process per contact, mixed over its unknowns; ``likelihood="mixture"``):

* contact i's intensity at age a is Zᵢλ₀(e^(−βa) + rᵢ), Zᵢ ~ Gamma(k, 1/k) its chattiness
  (the frailty of decay_fit, integrated out in closed form);
* rᵢ = 0 (the tie fades) with probability 1 − π, and otherwise rᵢ = ρ·q, the tie's floor
  relative to its own starting rate, q drawn from a unit-mean Gamma(``_FLOOR_SHAPE``)
  (exponential) on ``_FLOOR_NODES`` equal-probability nodes (the quantile midpoints): a
  discrete mixture whose integral over Z stays closed-form;
* fitted: λ₀, β, ρ, k, π and ψ (the passive share below) by maximum likelihood (log/logit
  scales). No contact is labelled: each contact's posterior chance of a floor comes from
  its own events (late events, where e^(−βa) is small, are what a floor explains).

Contact i with nᵢ events at ages aᵢⱼ over an exposure Eᵢ contributes, for a floor ratio r,
log L(r) = nᵢ log λ₀ + Σⱼ log(e^(−βaᵢⱼ) + r) + log Γ(nᵢ+k) − log Γ(k) + k log k
− (nᵢ+k) log(k + λ₀(gᵢ + rEᵢ)), gᵢ = ∫₀^Eᵢ e^(−βa) da, and log Σ_r w_r L(r) to the total.
Ages are binned to the day as in decay_fit.

How it is fitted (session 7; session 6's BFGS fit, ``_fit_mixture_bfgs``, took ~30 s at
100,000 contacts: 210 NumPy passes of 0.14 s over the contacts, three BFGS starts and a
finite-difference Hessian): one compiled pass over the contacts
(:mod:`~power1000_analysis._mixture_kernel`) gives the log-likelihood, its gradient, its
analytic Hessian and each contact's score; Newton's method (:func:`_newton`) reaches the
optimum in a handful of passes from the shared-floor frailty optimum (above 20,000 contacts
from a fit on 10,000 of them); the boundaries (no floor π = 0, no passive share ψ = 0, no
frailty) are reached by trying the bound itself and kept only when the likelihood's slope
there says so (:func:`_reenter`); the jackknife's exact leave-one-out refits are Newton
from the optimum. It finds the optimum the BFGS fit found (tests/test_decay_mixture.py), or
a better one (persona seeds 78 and 79's LinkedIn: a floor BFGS's starts missed).

Why it is not the default (bench/README.md #7 session 7): at 100,000 contacts it takes
~3x the frailty fit's time on data without floors (it is faster where floors are common,
the frailty jackknife's refits being slow there), and its floor model is tied to each
contact's own starting rate: where floors are not (the persona's and the tests' strong
ties) it is biased by ~2% at 30,000 contacts, with intervals that then miss
(``test_mixture_interval_covers_at_30000_contacts``). At a persona's size the precision it
gains outweighs that bias by far.

``rate0`` and ``floor_rate`` of the fit are the population's mean intensity, passive
contacts included: (1 − ψ)λ₀e^(−βa) + (1 − ψ)πρλ₀, so decay curves drawn from the fit are
comparable with the other likelihoods'. The interval is decay_fit's contact jackknife
(exact leave-one-out refits of the influential contacts, Student t on its Satterthwaite
df).

Example
-------
>>> import numpy as np
>>> exposure = np.array([400.0, 400.0, 400.0])
>>> ages = np.array([1.0, 3.0, 10.0, 2.0, 390.0, 395.0])
>>> fit = _fit_mixture(exposure, ages, np.array([0, 0, 0, 1, 1, 1]))
>>> fit.likelihood, fit.n_events
('mixture', 6)
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import ClassVar, TypeVar

import numpy as np
from scipy import optimize, sparse, special

from power1000_analysis import decay_fit
from power1000_analysis.decay_fit import (
    _REFIT_MAX,
    _DecayFit,
    _fit_decay,
    _integrals,
    _jackknife,
    _nan_fit,
)

__all__: list[str] = []

#: shape of the (unit-mean) Gamma distribution of a strong tie's floor relative to its own
#: starting rate, and the number of equal-probability nodes it is integrated on
_FLOOR_SHAPE = 1.0
_FLOOR_NODES = 4
#: parameters: log λ₀, log β, log ρ, log k, logit π, logit ψ
_P = 6


def _nodes(shape: float = _FLOOR_SHAPE, count: int = _FLOOR_NODES) -> np.ndarray:
    """Unit-mean quantile midpoints of Gamma(shape): the floor ratios' integration nodes."""
    q = special.gammaincinv(shape, (np.arange(count) + 0.5) / count) / shape
    return np.asarray(q / q.mean(), dtype=float)


@dataclass(frozen=True)
class _Data:
    exposure: np.ndarray  # per contact
    count: np.ndarray  # events per contact
    age_sum: np.ndarray  # Σ of its events' (day-binned) ages
    ages: np.ndarray  # centre of each age day with events
    matrix: sparse.csr_array  # contacts × age days: events
    weight: np.ndarray  # per contact: 1, or 0 when left out (jackknife)
    count_values: np.ndarray  # distinct counts, and each contact's index into them
    contact_count: np.ndarray

    @property
    def n_events(self) -> float:
        return float(self.weight @ self.count)


def _data(exposure: np.ndarray, event_age: np.ndarray, event_contact: np.ndarray) -> _Data:
    day = np.floor(event_age).astype(np.int64)
    used, event_bin = np.unique(day, return_inverse=True)
    ages = used + 0.5
    n_contacts = len(exposure)
    matrix = sparse.csr_array(
        (np.ones(len(day)), (event_contact, event_bin)), shape=(n_contacts, len(used))
    )
    matrix.sum_duplicates()
    count = np.bincount(event_contact, minlength=n_contacts).astype(float)
    count_values, contact_count = np.unique(count, return_inverse=True)
    return _Data(
        exposure=np.asarray(exposure, dtype=float),
        count=count,
        age_sum=np.bincount(event_contact, weights=ages[event_bin], minlength=n_contacts),
        ages=ages,
        matrix=matrix,
        weight=np.ones(n_contacts),
        count_values=count_values,
        contact_count=contact_count,
    )


def _per_contact(params: np.ndarray, d: _Data, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each contact's log-likelihood (G) and score (p × G) at ``params``."""
    params = np.clip(params, -50.0, 50.0)  # a line search may try absurd steps
    rate, beta, rho, k = np.exp(params[:4])
    pi = float(special.expit(params[4]))
    n, exposure = d.count, d.exposure
    g, h = _integrals(beta, exposure)
    ratio = rho * nodes  # floor ratios of the floor classes
    # per age day and floor class: log(1 + r e^(βa)) and its derivatives' parts
    logit = np.log(ratio)[None, :] + beta * d.ages[:, None]
    columns = np.hstack(
        [np.logaddexp(0.0, logit), special.expit(logit), special.expit(logit) * d.ages[:, None]]
    )
    sums = d.matrix @ columns  # G × 3·nodes
    m = len(nodes)
    extra, share, share_age = sums[:, :m], sums[:, m : 2 * m], sums[:, 2 * m :]
    nk = n + k
    gl = special.gammaln(d.count_values + k)[d.contact_count]
    common = n * math.log(rate) - beta * d.age_sum + gl - special.gammaln(k) + k * math.log(k)
    # classes: 0 = no floor (r = 0), then the floor nodes
    total = rate * (g[:, None] + np.concatenate([[0.0], ratio])[None, :] * exposure[:, None])
    log_kt = np.log(k + total)
    log_class = common[:, None] + np.hstack([np.zeros((len(n), 1)), extra]) - nk[:, None] * log_kt
    log_w = np.concatenate(
        [[-np.logaddexp(0.0, params[4])], np.full(m, -np.logaddexp(0.0, -params[4]) - math.log(m))]
    )
    joint = log_class + log_w[None, :]
    top = joint.max(axis=1)
    post = np.exp(joint - top[:, None])
    mass = post.sum(axis=1)
    post /= mass[:, None]
    value = top + np.log(mass)
    # zero inflation: a contact without events may be passive (never interacts, chance ψ)
    log_psi, log_active = -np.logaddexp(0.0, -params[5]), -np.logaddexp(0.0, params[5])
    psi = math.exp(log_psi)
    value = value + log_active
    silent = n == 0
    active = np.ones(len(n))
    if silent.any():
        both = np.logaddexp(log_psi, value[silent])
        active[silent] = np.exp(value[silent] - both)
        value[silent] = both
    post *= active[:, None]
    inv = nk[:, None] / (k + total)  # posterior mean of Z in each class
    floor_post = post[:, 1:]
    d_rate = active * n - (post * inv * total).sum(axis=1)
    d_beta = beta * (
        -d.age_sum + (floor_post * share_age).sum(axis=1) + rate * h * (post * inv).sum(axis=1)
    )
    d_rho = (floor_post * (share - inv[:, 1:] * rate * ratio[None, :] * exposure[:, None])).sum(
        axis=1
    )
    dg = special.digamma(d.count_values + k)[d.contact_count]
    d_k = k * (
        active * (dg - special.digamma(k) + math.log(k) + 1.0) - (post * (log_kt + inv)).sum(axis=1)
    )
    d_pi = (active - post[:, 0]) - active * pi
    d_psi = (1.0 - active) - psi
    return value, np.array([d_rate, d_beta, d_rho, d_k, d_pi, d_psi])


def _negative(
    params: np.ndarray, d: _Data, nodes: np.ndarray, scale: float
) -> tuple[float, np.ndarray]:
    value, scores = _per_contact(params, d, nodes)
    return -float(d.weight @ value) / scale, -(scores @ d.weight) / scale


def _minimise(
    d: _Data, start: np.ndarray, nodes: np.ndarray, hess_inv: np.ndarray | None = None
) -> optimize.OptimizeResult:
    options: dict[str, object] = {"gtol": 1e-8}
    if hess_inv is not None:
        options["hess_inv0"] = hess_inv
    return optimize.minimize(
        functools.partial(_negative, d=d, nodes=nodes, scale=d.n_events),
        start,
        jac=True,
        method="BFGS",
        options=options,
    )


def _hessian(params: np.ndarray, d: _Data, nodes: np.ndarray) -> np.ndarray:
    """Hessian of the (unscaled) negative log-likelihood: central differences of the gradient."""
    steps = 1e-5 * np.maximum(np.abs(params), 1.0)
    hessian = np.empty((len(params), len(params)))
    for i, step in enumerate(steps):
        up, down = params.copy(), params.copy()
        up[i] += step
        down[i] -= step
        hessian[:, i] = (_negative(up, d, nodes, 1.0)[1] - _negative(down, d, nodes, 1.0)[1]) / (
            2 * step
        )
    return (hessian + hessian.T) / 2


def _fit_mixture_bfgs(
    exposure: np.ndarray,
    event_age: np.ndarray,
    event_contact: np.ndarray,
    *,
    refit_max: int = _REFIT_MAX,
    nodes: np.ndarray | None = None,
) -> _DecayFit:
    """Maximum-likelihood fit of the floor mixture (module docstring), with decay_fit's
    contact-jackknife interval, by BFGS on the NumPy likelihood above (three starts, a
    finite-difference Hessian): the implementation of session 6, ~30 s at 100,000 contacts,
    kept as the reference the compiled fit (:func:`_fit_mixture`) is tested against."""
    n_contacts, n_events = len(exposure), len(event_age)
    if n_events == 0 or n_contacts == 0 or float(exposure.max()) <= 0:
        return replace(_nan_fit(n_contacts, n_events), likelihood="mixture")
    nodes = _nodes() if nodes is None else nodes
    # start from the shared-floor frailty fit: its λ₀, β and k, and its floor as π·ρ·λ₀
    first = _fit_decay(
        exposure, event_age, event_contact, floor=True, likelihood="frailty", refit_max=0
    )
    d = _data(exposure, event_age, event_contact)
    k0 = min(first.frailty_shape, 1e3)
    best = None
    # start ψ at half the share of contacts without events (the rest: quiet by chance)
    silent = min(max(0.5 * float(np.mean(d.count == 0)), 0.01), 0.9)
    for share in (0.03, 0.1, 0.3):
        rho = max(first.floor_rate, 1e-6 * first.rate0) / (first.rate0 * share)
        start = np.array(
            [
                math.log(first.rate0),
                math.log(first.beta),
                math.log(rho),
                math.log(k0),
                math.log(share / (1 - share)),
                math.log(silent / (1 - silent)),
            ]
        )
        result = _minimise(d, start, nodes)
        if best is None or result.fun < best.fun:
            best = result
    assert best is not None
    params = np.asarray(best.x, dtype=float)
    hessian = _hessian(params, d, nodes)
    _, scores = _per_contact(params, d, nodes)

    def refit(contact: int, start: np.ndarray, hess_inv: np.ndarray | None) -> np.ndarray | None:
        weight = d.weight.copy()
        weight[contact] = 0.0
        left = replace(d, weight=weight)
        if left.n_events == 0:
            return None
        return np.asarray(_minimise(left, start, nodes, hess_inv).x, dtype=float)

    _, sandwich, jackknife, df, refits = _jackknife(
        params, hessian, scores, d.exposure > 0, refit, refit_max=refit_max, scale=d.n_events
    )
    bread = np.linalg.pinv(hessian)
    rate, beta, rho, k = np.exp(params[:4])
    pi = float(special.expit(params[4]))
    return _DecayFit(
        beta=float(beta),
        beta_se=float(beta * math.sqrt(max(jackknife[1, 1], 0.0))),
        rate0=float(rate),
        floor_rate=float(pi * rho * rate),
        n_contacts=n_contacts,
        n_events=n_events,
        beta_se_naive=float(beta * math.sqrt(max(bread[1, 1], 0.0))),
        beta_se_sandwich=float(beta * math.sqrt(max(sandwich[1, 1], 0.0))),
        likelihood="mixture",
        frailty_shape=float(k),
        refits=refits,
        jackknife_df=df,
        floor_share=pi,
    )


#: bounds of the parameters (log λ₀, log β, log ρ, log k, logit π, logit ψ) in Newton's
#: method. At a lower bound of log ρ or logit π the floor is gone (ρ or π below 2e-9: no
#: floor class can explain a single event), at that of logit ψ there is no passive share,
#: at the upper bound of log k (1.2e6) no frailty: each a boundary of the model, where the
#: likelihood flattens exponentially in the parameter and Newton's steps would crawl
#: towards it one unit at a time. There the coordinate is fixed at its boundary (π = 0 or
#: ψ = 0 exactly, k at the bound) and left out of the interval's parameters.
_LOWER = np.array([-np.inf, -np.inf, -20.0, -np.inf, -20.0, -20.0])
_UPPER = np.array([np.inf, np.inf, np.inf, 14.0, np.inf, np.inf])
#: where a fit on a sample of the contacts found no floor that all contacts ask for, the
#: fit on all of them starts one at ρ = 0.3, π = 0.01, a passive share at ψ = 0.001
#: (:func:`_reenter`); k at most 1000 (Newton's way to a boundary is short, back from one
#: long)
_REENTRY = np.array([np.nan, np.nan, math.log(0.3), math.log(1e3), math.log(0.01 / 0.99), -6.9])
#: a floor explaining fewer events than this, or a passive share of fewer contacts, is none
_NEGLIGIBLE = 0.5
#: contacts in the sample of a large fit's first steps (above twice as many: see _fit_mixture)
_SUBSAMPLE = 10_000
#: the samples of :func:`_optimise`, smallest first: a sample's own fit starts from the
#: optimum of the next smaller one where it holds more than twice as many contacts (the
#: first steps from the crude start, ~8 passes, then cost a quarter as much: session 10)
_SUBSAMPLES = (2_500, _SUBSAMPLE)
#: thread pools by name, of the process that made them (:func:`_executor`)
_EXECUTORS: dict[tuple[int, str], ThreadPoolExecutor] = {}
_T = TypeVar("_T")
#: the sample gives the start only when at least this many of its contacts have events;
#: otherwise (events on a few contacts among many silent ones) the start is fitted on all
#: contacts, as below 2 x ``_SUBSAMPLE`` (a sample with no events has no Poisson start at all)
_SUBSAMPLE_MIN_ACTIVE = 50
#: stop when the Newton decrement gᵀH⁻¹g (twice the log-likelihood still to gain) is below
_DECREMENT = 1e-7
_MAX_ITERATIONS = 100
#: on all contacts of a fit started from a sample's optimum (:func:`_optimise`), Newton's
#: step from a point whose decrement is below this is the last one, taken without a pass
#: at its end: from a decrement d (the point ~√d standard errors from the optimum) the
#: step lands within ~d/100 standard errors of it at 100,000 contacts (3e-5 from 0.0085,
#: bench/README.md #7 session 9), and the Hessian and the scores of the interval are
#: those of the point before it, √d standard errors away (the jackknife's SE of log β
#: then differs by 3e-5 of itself at d = 0.0085; session 10's secant start,
#: :func:`_quasi_start`, stops nearer this bound, at d = 0.01-0.03: β within 0.001 SE of
#: the optimum, its SE within 0.06-0.2 % of the SE at the optimum, on bench_activity's four
#: floors populations and a 25,000-contact planted one, far inside the SE's own noise)
_FINISH = 0.05


class _Passes:
    """The data in the compiled pass's layout (events grouped by contact, ages binned to the
    day), and :meth:`evaluate`: log-likelihood, gradient, Hessian and scores at θ.

    Newton's method below (:func:`_newton`, :func:`_reenter`, :func:`_optimise`,
    :func:`_interval`) reads the model's layout from here, so that another likelihood of the
    same shape (:mod:`~power1000_analysis.decay_twopart`) reuses it by subclassing: θ₀ = log λ₀,
    θ₁ = log β, θ₃ = log k (stepped as 1/k), θ₄ = logit π, θ₅ = logit ψ; the floor's
    coordinates ``floor_coordinates`` (all at their lower bound when there is no floor), the
    bounds, the re-entry point and coordinates held ``fixed``."""

    lower: ClassVar[np.ndarray] = _LOWER
    upper: ClassVar[np.ndarray] = _UPPER
    floor_coordinates: ClassVar[list[int]] = [2, 4]

    def floor_events(self, theta: np.ndarray) -> float:
        """Events the floor explains in all (π·ρ·λ₀·ΣEᵢ; ψ left out)."""
        rate, _, rho = np.exp(theta[:3])
        return float(special.expit(theta[4])) * rho * rate * self.total_exposure

    def start(
        self,
        exposure: np.ndarray,
        event_age: np.ndarray,
        event_contact: np.ndarray,
        *,
        sampled: bool = False,
    ) -> np.ndarray:
        """Newton's start (:func:`_start`); ``sampled``: on the random sample of a large fit
        (:func:`_optimise`), whose optimum is only the start of the fit on all contacts."""
        return _start(exposure, event_age, event_contact, self)

    def __init__(
        self,
        exposure: np.ndarray,
        event_age: np.ndarray,
        event_contact: np.ndarray,
        number: np.ndarray | None = None,
    ) -> None:
        """``number``: contact c of the events is contact ``number[c]`` here (``exposure``
        already in that numbering); none: as they are."""
        from power1000_analysis._mixture_kernel import layout

        n_contacts = len(exposure)
        if len(event_age) and not float(np.min(event_age)) >= 0:
            raise ValueError("event ages must be days since connecting, at least 0")
        self.ages, self.event_day, self.indptr, self.age_sum = layout(
            np.asarray(event_age, dtype=float), np.asarray(event_contact, dtype=np.int64),
            n_contacts, np.zeros(0, dtype=np.int64) if number is None else number,
        )  # fmt: skip
        count = np.diff(self.indptr)
        self.count = count.astype(float)
        present = np.bincount(count) > 0
        self.count_values = np.flatnonzero(present)
        self.count_index = (np.cumsum(present) - 1)[count]
        self.exposure = np.asarray(exposure, dtype=float)
        self.weight = np.ones(n_contacts)
        self.contacts = np.arange(n_contacts)
        self.nodes = _nodes()
        self.n_events = float(len(event_age))
        self.n_contacts = n_contacts
        self.total_exposure = float(self.exposure.sum())
        self.reentry = _REENTRY
        self.fixed = np.zeros(len(self.lower), dtype=bool)

    def evaluate(
        self,
        theta: np.ndarray,
        *,
        floor: bool = True,
        passive: bool = True,
        weight: np.ndarray | None = None,
        scores: bool = True,
        level: int = 2,
    ) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
        """(log-likelihood, gradient, Hessian, per-contact scores) at θ; ``level`` < 2 asks
        for less (here: all the same; the two-part pass skips work)."""
        from power1000_analysis._mixture_kernel import mixture_pass

        # log Γ(n+k) − log Γ(k), ψ(n+k) − ψ(k), ψ′(n+k) − ψ′(k) as sums over j < n (exact
        # where k is large, and the differences of the functions cancel)
        k = math.exp(theta[3])
        shifted = k + np.arange(self.count_values[-1])
        log_gamma = np.concatenate([[0.0], np.cumsum(np.log(shifted))])[self.count_values]
        digamma = np.concatenate([[0.0], np.cumsum(1.0 / shifted)])[self.count_values]
        trigamma = -np.concatenate([[0.0], np.cumsum(shifted**-2.0)])[self.count_values]
        gradient, hessian = np.zeros(6), np.zeros((6, 6))
        per_contact = np.zeros((6, len(self.exposure) if scores else 0))
        value = mixture_pass(
            np.asarray(theta, dtype=float), self.nodes, self.ages, self.indptr, self.event_day,
            self.exposure, self.count, self.age_sum, self.count_index, log_gamma, digamma,
            trigamma, self.weight if weight is None else weight, self.contacts, floor, passive,
            True, gradient, hessian, per_contact,
        )  # fmt: skip
        return float(value), gradient, hessian, per_contact


@dataclass(frozen=True)
class _Point:
    theta: np.ndarray
    value: float
    gradient: np.ndarray
    hessian: np.ndarray
    scores: np.ndarray
    passes: _Passes
    #: θ is Newton's last step from the point whose value, gradient, Hessian and scores
    #: these are (:data:`_FINISH`; the value is the one the step predicts)
    stepped: bool = False

    @property
    def floor(self) -> bool:
        """Whether the floor classes are in the model (not at the boundary π = 0)."""
        return _has_floor(self.passes, self.theta)

    @property
    def passive(self) -> bool:
        return bool(self.theta[5] > self.passes.lower[5])

    def free(self) -> np.ndarray:
        """The coordinates Newton moves: not at a bound, or at one with the gradient
        pointing inside (never the floor's, once the floor is gone, nor ψ's once ψ = 0),
        never one held fixed."""
        at_lower = (self.theta <= self.passes.lower) & (self.gradient <= 0.0)
        at_upper = (self.theta >= self.passes.upper) & (self.gradient >= 0.0)
        free = ~(at_lower | at_upper | self.passes.fixed)
        if not self.floor:
            free[self.passes.floor_coordinates] = False
        if not self.passive:
            free[5] = False
        return free


def _has_floor(passes: _Passes, theta: np.ndarray) -> bool:
    """Whether θ has a floor: log ρ (or log φ) and logit π both above their lower bound."""
    return bool(theta[2] > passes.lower[2] and theta[4] > passes.lower[4])


def _at(passes: _Passes, theta: np.ndarray, weight: np.ndarray | None, level: int = 2) -> _Point:
    """The point θ (clipped to the bounds), evaluated; ``level`` 0: its value only (the
    rest as ``passes.evaluate`` gives it at that level: not to be stepped from)."""
    theta = np.clip(theta, passes.lower, passes.upper)
    if not _has_floor(passes, theta):  # no floor: its coordinates all at the boundary
        theta[passes.floor_coordinates] = passes.lower[passes.floor_coordinates]
    point = _Point(theta, *passes.evaluate(
        theta, floor=_has_floor(passes, theta), passive=bool(theta[5] > passes.lower[5]),
        weight=weight, scores=level >= 2, level=level,
    ), passes)  # fmt: skip
    return point


def _moved(
    theta: np.ndarray, step: np.ndarray, t: float, in_inverse_k: bool, upper: np.ndarray = _UPPER
) -> np.ndarray:
    """θ after a step t along Newton's direction ``step`` in x (θ with log k replaced by 1/k
    when ``in_inverse_k``; 1/k kept positive, past the bound k is at the bound)."""
    moved = theta + t * step
    if in_inverse_k:
        inverse = math.exp(-theta[3]) + t * step[3]
        moved[3] = -math.log(inverse) if inverse > math.exp(-upper[3]) else upper[3]
    return moved


def _direction(point: _Point) -> tuple[np.ndarray, float, np.ndarray]:
    """(Newton's step in x, the decrement gᵀ(−H)⁻¹g, the free coordinates) at ``point``:
    x is θ with log k replaced by 1/k (near a large k the likelihood is close to quadratic
    in 1/k, far from it in log k: log-k steps crept towards a shape of 5,000 a third of a
    unit at a time on the bench's near-Poisson data); eigenvalues of −H taken in absolute
    value, so that every step goes uphill."""
    free = point.free()
    k = math.exp(point.theta[3])
    size_theta = len(point.theta)
    scale = np.where(np.arange(size_theta) == 3, -k, 1.0)[free]  # dθ/dx
    gradient = point.gradient[free] * scale
    hessian = point.hessian[np.ix_(free, free)] * np.outer(scale, scale)
    if free[3]:
        third = int(np.count_nonzero(free[:3]))
        hessian[third, third] += point.gradient[3] * k * k  # d²θ₃/dx₃² = k²
    eigenvalues, vectors = np.linalg.eigh(-hessian)
    size = np.abs(eigenvalues)
    size = np.maximum(size, 1e-12 * max(float(size.max(initial=0.0)), 1e-300))
    step = vectors @ ((vectors.T @ gradient) / size)
    step_x = np.zeros(size_theta)
    step_x[free] = step
    return step_x, float(gradient @ step), free


def _towards(passes: _Passes, move: np.ndarray) -> np.ndarray:
    """The coordinates a move takes at least 0.5 towards a (finite) bound."""
    return ((move <= -0.5) & np.isfinite(passes.lower)) | (
        (move >= 0.5) & np.isfinite(passes.upper)
    )


def _last_step(
    passes: _Passes, point: _Point, step_x: np.ndarray, decrement: float, free: np.ndarray
) -> _Point:
    """``point`` moved by Newton's full step, not evaluated there (:data:`_FINISH`), or
    ``point`` itself where the step would leave the bounds or go towards one."""
    target = _moved(point.theta, step_x, 1.0, bool(free[3]), passes.upper)
    move = target - point.theta
    inside = bool(((target >= passes.lower) & (target <= passes.upper)).all())
    if not inside or _towards(passes, move).any() or float(np.abs(move).max()) > 3.0:
        return point
    return replace(point, theta=target, value=point.value + decrement / 2.0, stepped=True)


def _newton(
    passes: _Passes,
    theta: np.ndarray,
    weight: np.ndarray | None = None,
    *,
    jumps: bool = True,
    iterations: int = _MAX_ITERATIONS,
    finish: bool = False,
    first: _Point | None = None,
) -> _Point:
    """The maximum of the log-likelihood from ``theta`` (or from ``first``, θ already
    evaluated there): Newton's method on the analytic Hessian (:func:`_direction`), steps at
    most 3 units in any coordinate of θ, backtracking until the gain is at least 1e-4 of
    the predicted one. A coordinate that a step moves at least 0.5 towards a bound of
    ``passes.lower``/``passes.upper`` is also tried at the bound itself (the likelihood's
    exponential tail there makes Newton crawl), and kept there if that is better (``jumps``;
    once the floor or the passive share is at its bound, it stays there).

    ``finish``: once the Newton decrement is below :data:`_FINISH`, the last step is taken
    without a pass at its end (:func:`_last_step`): the point returned has the value,
    gradient, Hessian and scores of the point before it."""
    point = first if first is not None else _at(passes, _negligible(passes, theta), weight)
    gained = math.inf
    for _ in range(iterations):
        if gained < _DECREMENT:  # (rounding in a sum over many contacts: no progress)
            break
        settled = _negligible(passes, point.theta)
        if not np.array_equal(settled, point.theta):
            point = _at(passes, settled, weight)
        step_x, decrement, free = _direction(point)
        if not decrement > _DECREMENT:
            break
        if finish and decrement < _FINISH:
            return _last_step(passes, point, step_x, decrement, free)

        t = 1.0
        lower, upper = passes.lower, passes.upper
        while (
            float(np.abs(_moved(point.theta, step_x, t, free[3], upper) - point.theta).max()) > 3.0
            and t > 1e-5
        ):
            t /= 2.0
        while True:
            target = _moved(point.theta, step_x, t, free[3], upper)
            move = target - point.theta
            trial = _at(passes, target, weight)
            towards = _towards(passes, move)
            best = trial if trial.value >= point.value + 1e-4 * t * decrement else None
            if jumps and towards.any():
                jump = trial.theta.copy()
                jump[towards & (move < 0)] = lower[towards & (move < 0)]
                jump[towards & (move > 0)] = upper[towards & (move > 0)]
                # (its value first: most jumps are not taken, and the value alone costs
                # the two-part pass half of the whole)
                jumped = _at(passes, jump, weight, level=0)
                if jumped.value >= max(point.value + 1e-4 * t * decrement, trial.value):
                    best = _at(passes, jump, weight)
            if best is not None and np.isfinite(best.value):
                gained, point = best.value - point.value, best
                break
            t /= 4.0
            if t < 1e-5:  # no gain along Newton's direction: rounding, or a flat ridge
                return point
    return point


def _quasi_start(
    passes: _Passes, theta: np.ndarray, sampled: _Point, scale: float
) -> _Point | None:
    """The first point of Newton's run on all contacts from the optimum θ of a random
    sample of them (``sampled``, ``scale`` times fewer contacts): one pass at θ for the
    value and the gradient only (``level`` 1: no Hessian, no scores), and a step on the
    sample's Hessian times ``scale`` (an estimate of all contacts' to a few percent).
    Then a second pass without the Hessian where it lands, and, unless the step's own
    decrement there is already below :data:`_FINISH`, a second step on that Hessian
    corrected along the first step by the change of the gradient (a BFGS update, session
    10: the sample misjudges the curvature most along the way it steps, the floor's shape
    on bench_activity's floors population; the second step then lands where the full
    Newton step would, at a decrement of 0.0001-0.03 in 6 of 8 seeds, instead of one
    more pass with the Hessian). The point reached is evaluated in full (the start of
    :func:`_newton`, whose decrement there decides whether more steps follow). None when
    the first step does not gain, or where the sample's free coordinates are not θ's, or
    the step goes towards a bound (Newton's own start then)."""
    theta = _negligible(passes, np.clip(theta, passes.lower, passes.upper))
    lower, upper = passes.lower, passes.upper
    if not np.array_equal(
        (theta <= lower) | (theta >= upper), (sampled.theta <= lower) | (sampled.theta >= upper)
    ):
        return None
    here = _gradient_at(passes, theta, sampled.hessian * scale)
    if not np.array_equal(here.free(), sampled.free()):
        return None
    target = _safe_step(passes, here)
    if target is None:
        return None
    there = _gradient_at(passes, target, here.hessian)
    if not there.value > here.value:
        return None
    there = replace(there, hessian=_secant(here, there))
    again = _safe_step(passes, there, finish=True)
    if again is not None and np.array_equal(there.free(), here.free()):
        trial = _at(passes, again, None)
        if trial.value > there.value:
            return trial
    return _at(passes, target, None)


def _gradient_at(passes: _Passes, theta: np.ndarray, hessian: np.ndarray) -> _Point:
    """θ with its value and gradient from one pass without the Hessian (``level`` 1), and
    ``hessian`` (an estimate) as its Hessian."""
    value, gradient, _, _ = passes.evaluate(
        theta, floor=_has_floor(passes, theta), passive=bool(theta[5] > passes.lower[5]),
        scores=False, level=1,
    )  # fmt: skip
    return _Point(theta, value, gradient, hessian, np.zeros((len(theta), 0)), passes)


def _safe_step(passes: _Passes, point: _Point, *, finish: bool = False) -> np.ndarray | None:
    """θ after Newton's full step from ``point`` on its Hessian, or None where there is no
    way up, or the step goes towards a bound or more than 3 units, or (``finish``) where
    its decrement is below :data:`_FINISH` (``point`` is as near the optimum as a step on
    an estimated Hessian would take it)."""
    step_x, decrement, free = _direction(point)
    if finish and decrement < _FINISH:
        return None
    target = _moved(point.theta, step_x, 1.0, bool(free[3]), passes.upper)
    move = target - point.theta
    if not decrement > 0 or _towards(passes, move).any() or float(np.abs(move).max()) > 3.0:
        return None
    return target


def _secant(here: _Point, there: _Point) -> np.ndarray:
    """``here``'s Hessian after the BFGS update for the step to ``there``: with A = −H,
    s = θ_there − θ_here and y = g_here − g_there (on ``here``'s free coordinates),
    A' = A − AssᵀA/(sᵀAs) + yyᵀ/(yᵀs), so that A's = y; unchanged where the change of the
    gradient shows no curvature (yᵀs or sᵀAs not positive: no positive-definite update)."""
    free = here.free()
    a = -here.hessian[np.ix_(free, free)]
    s = (there.theta - here.theta)[free]
    y = (here.gradient - there.gradient)[free]
    a_s = a @ s
    s_a_s, y_s = float(s @ a_s), float(y @ s)
    hessian = here.hessian.copy()
    if s_a_s > 0 and y_s > 1e-12 * s_a_s:
        hessian[np.ix_(free, free)] = -(a - np.outer(a_s, a_s) / s_a_s + np.outer(y, y) / y_s)
    return hessian


def _negligible(passes: _Passes, theta: np.ndarray) -> np.ndarray:
    """θ with the floor or the passive share at its boundary (π = 0, ψ = 0) when it is too
    small to matter: a floor that explains fewer than ``_NEGLIGIBLE`` events in all
    (π·ρ·λ₀·ΣEᵢ), a passive share of fewer than ``_NEGLIGIBLE`` contacts. Towards such a
    boundary the likelihood is a flat ridge (π against ρ), along which Newton creeps with
    short steps in every coordinate, and where the interval's Hessian is singular."""
    theta = theta.copy()
    lower = passes.lower
    if _has_floor(passes, theta) and passes.floor_events(theta) < _NEGLIGIBLE:
        theta[passes.floor_coordinates] = lower[passes.floor_coordinates]
    if theta[5] > lower[5] and float(special.expit(theta[5])) * passes.n_contacts < _NEGLIGIBLE:
        theta[5] = lower[5]
    return theta


def _reenter(passes: _Passes, theta: np.ndarray) -> np.ndarray:
    """θ, with a floor or a passive share that is at its boundary put back in where all the
    contacts ask for it: one pass with π = ψ = 1e-6 (ρ = 0.3) gives the likelihood's slope
    towards a floor and a passive share at their boundaries (Σᵢ posterior − prior); where
    it is positive the coordinate starts again inside (``passes.reentry``)."""
    theta = theta.copy()
    no_floor, no_passive = not _has_floor(passes, theta), theta[5] <= passes.lower[5]
    reentry = passes.reentry
    if not (no_floor or no_passive):
        return theta
    probe = theta.copy()
    tiny = math.log(1e-6 / (1 - 1e-6))
    if no_floor:
        floor = passes.floor_coordinates
        probe[floor] = reentry[floor]
        probe[4] = tiny
    if no_passive:
        probe[5] = tiny
    # (only the slopes in logit π and logit ψ are needed: ``level`` 0)
    _, gradient, _, _ = passes.evaluate(probe, scores=False, level=0)
    if no_floor and gradient[4] > 0:
        theta[passes.floor_coordinates] = reentry[passes.floor_coordinates]
    if no_passive and gradient[5] > 0:
        theta[5] = reentry[5]
    return theta


def _start(
    exposure: np.ndarray, event_age: np.ndarray, event_contact: np.ndarray, passes: _Passes
) -> np.ndarray:
    """Newton's start: the shared-floor frailty optimum's λ₀, β and k (k at most 1000), its
    floor c as π·ρ·λ₀ with π = 0.1, and ψ at half the share of contacts without events."""
    s = decay_fit._stats(exposure, event_age, event_contact)
    params, frailty = decay_fit._optimum(s, floor=True, frailty=True)
    rate, beta, steady = np.exp(params[:3])
    k = min(math.exp(params[3]), 1e3) if frailty else 1e3
    share = 0.1
    rho = max(steady, 1e-6 * rate) / (rate * share)
    silent = min(max(0.5 * float(np.mean(passes.count == 0)), 0.01), 0.9)
    return np.array(
        [
            math.log(rate),
            math.log(beta),
            math.log(rho),
            math.log(k),
            math.log(share / (1 - share)),
            math.log(silent / (1 - silent)),
        ]
    )


def _optimise(
    model: type[_Passes], exposure: np.ndarray, event_age: np.ndarray, event_contact: np.ndarray
) -> tuple[_Passes, _Point]:
    """The data in ``model``'s layout and the maximum of its log-likelihood: Newton's method
    (:func:`_newton`) from ``model.start``, above 2 x ``_SUBSAMPLE`` contacts from the optimum
    on a random ``_SUBSAMPLE`` of them (:func:`_sampled`), and a second run from inside where
    a floor or passive share left at its boundary belongs inside (:func:`_reenter`).

    From a sample (sessions 9-10, for speed at 100,000 contacts): the first two steps on all
    contacts use the sample's Hessian, the second corrected by the secant
    (:func:`_quasi_start`: two passes without the Hessian), and the last is taken without a
    pass at its end (``finish``, :data:`_FINISH`). On bench_activity's floors population that
    leaves two passes without and one with the Hessian on all contacts, β within 0.001
    standard errors of the optimum Newton reaches with its usual tolerance and its SE within
    0.2 % (tests/test_decay_twopart.py: a large fit ends at the full optimum)."""
    event_contact = np.asarray(event_contact, dtype=np.int64)
    data = (exposure, event_age, event_contact)
    if len(exposure) > 2 * _SUBSAMPLES[0]:
        # all the contacts' layout (~18 ms at 100,000 contacts) is made on the other CPU
        # while the samples are fitted (session 10), started first: it can be the last
        # to finish (session 12)
        later = _in_background(model, *data)
        point, finish = _sampled(model, later.result, data, _SUBSAMPLES)
        passes = later.result()
    else:
        passes = model(*data)
        point, finish = _sampled(model, lambda: passes, data, _SUBSAMPLES)
    # A step that put the floor or the passive share at its boundary cannot be undone in
    # Newton's run: where the likelihood's slope says they belong inside, they are fitted
    # again from inside (persona seeds 35 and 76's LinkedIn lost 22 and 15 log-likelihood
    # units, and 8.4 and 7.3 days, without this), and the better optimum is kept.
    again = _reenter(passes, point.theta)
    if not np.array_equal(again, point.theta):
        other = _newton(passes, again, finish=finish)
        if other.value > point.value:
            point = other
    return passes, point


def _sampled(
    model: type[_Passes],
    passes: Callable[[], _Passes],
    data: tuple[np.ndarray, np.ndarray, np.ndarray],
    sizes: tuple[int, ...],
    *,
    inner: bool = False,
) -> tuple[_Point, bool]:
    """Newton's optimum on ``passes()`` (the ``data`` in ``model``'s layout, asked for when
    it is needed), started from the optimum on a random
    sample of the largest of ``sizes`` that is less than half the contacts (fitted the same
    way from the smaller sizes), else from ``model.start`` (``sampled`` on an ``inner``
    sample). Where it started from a sample, or is a sample itself, Newton's last step is
    taken without a pass at its end (:data:`_FINISH`): the point, and whether that was so."""
    exposure, event_age, event_contact = data
    n_contacts = len(exposure)
    smaller = tuple(size for size in sizes if n_contacts > 2 * size)
    if smaller:
        size = smaller[-1]
        # Most of Newton's way on a fixed random sample (each pass there costs a fraction),
        # then the last steps on all the contacts: the optimum is that of all contacts; the
        # sample's only gives the start. Its boundaries are checked on all contacts
        # (:func:`_reenter`: a floor too weak to see in the sample may be clear in all).
        from power1000_analysis._mixture_kernel import sample_events

        chosen = np.sort(np.random.default_rng(0).choice(n_contacts, size, replace=False))
        ages, contacts = sample_events(
            np.asarray(event_age, dtype=float), event_contact, chosen, n_contacts
        )
        if np.count_nonzero(np.bincount(contacts, minlength=size)) >= _SUBSAMPLE_MIN_ACTIVE:
            sample = (exposure[chosen], ages, contacts)
            sample_passes = model(*sample)
            sampled, _ = _sampled(model, lambda: sample_passes, sample, smaller[:-1], inner=True)
            everyone = passes()
            start = sampled.theta.copy()
            start[3] = min(start[3], everyone.reentry[3])
            first = _quasi_start(everyone, start, sampled, n_contacts / size)
            return _newton(everyone, start, finish=True, first=first), True
    everyone = passes()
    start = everyone.start(exposure, event_age, event_contact, sampled=inner)
    return _newton(everyone, start, finish=inner), inner


def _executor(name: str, workers: int) -> ThreadPoolExecutor:
    """The thread pool ``name`` of this process (made on first use, ``workers`` threads): a
    child forked after a pool exists has none of its threads, so it makes its own (the
    inherited one hung: tests/test_decay_twopart.py). decay_twopart's pass and
    :func:`_in_background` share it."""
    pid = os.getpid()
    if any(owner != pid for owner, _ in _EXECUTORS):
        _EXECUTORS.clear()
    if (pid, name) not in _EXECUTORS:
        _EXECUTORS[pid, name] = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
    return _EXECUTORS[pid, name]


def _in_background(function: Callable[..., _T], *args: object) -> Future[_T]:
    """``function(*args)`` run on a thread of its own (the compiled layout releases the GIL)."""
    return _executor("layout", 1).submit(function, *args)


def _interval(
    passes: _Passes, point: _Point, refit_max: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float, int]:
    """(free coordinates, bread, CR1 sandwich, contact jackknife, its df, refits) at the
    optimum ``point``: decay_fit's :func:`~power1000_analysis.decay_fit._jackknife` over
    the coordinates not at a bound (nor fixed), the exact leave-one-out refits by Newton's
    method from the optimum on the data less the contact."""
    free = ~((point.theta <= passes.lower) | (point.theta >= passes.upper) | passes.fixed)
    if not point.floor:
        free[passes.floor_coordinates] = False
    hessian = -point.hessian[np.ix_(free, free)]
    params = point.theta[free]

    def refit(contact: int, start: np.ndarray, hess_inv: np.ndarray | None) -> np.ndarray | None:
        weight = passes.weight.copy()
        weight[contact] = 0.0
        if passes.n_events - passes.count[contact] <= 0:
            return None
        theta = point.theta.copy()
        theta[free] = start
        return _newton(passes, theta, weight).theta[free]

    _, sandwich, jackknife, df, refits = _jackknife(
        params,
        hessian,
        point.scores,
        passes.exposure > 0,
        refit,
        refit_max=refit_max,
        scale=passes.n_events,
        rows=np.flatnonzero(free),
    )
    bread = np.linalg.pinv(hessian)
    return free, bread, sandwich, jackknife, df, refits


def _fit_mixture(
    exposure: np.ndarray,
    event_age: np.ndarray,
    event_contact: np.ndarray,
    *,
    refit_max: int = _REFIT_MAX,
) -> _DecayFit:
    """Maximum-likelihood fit of the floor mixture (module docstring), with decay_fit's
    contact-jackknife interval.

    Newton's method on the compiled pass's analytic Hessian (:func:`_newton`) from the
    shared-floor frailty optimum (:func:`_start`); the leave-one-out refits of the jackknife
    are Newton's method again, from the full optimum, on the data less that contact (exact,
    two or three passes each). At a boundary (no floor, no passive share, no frailty: see
    ``_LOWER``) the coordinate stays there and the interval is that of the other parameters:
    with no floor at all, the fit is the Gamma-frailty fit without a floor (plus the passive
    share), ``floor_share`` 0."""
    n_contacts, n_events = len(exposure), len(event_age)
    if n_events == 0 or n_contacts == 0 or float(exposure.max()) <= 0:
        return replace(_nan_fit(n_contacts, n_events), likelihood="mixture")
    passes, point = _optimise(_Passes, exposure, event_age, event_contact)
    _, bread, sandwich, jackknife, df, refits = _interval(passes, point, refit_max)
    rate, beta, rho, k = np.exp(point.theta[:4])
    pi = float(special.expit(point.theta[4])) if point.floor else 0.0
    psi = float(special.expit(point.theta[5])) if point.passive else 0.0
    # β is coordinate 1 of θ and of the free parameters (λ₀ and β are never at a bound).
    # rate0 and floor_rate are the population's mean intensity, passive contacts included:
    # (1 − ψ)λ₀e^(−βa) + (1 − ψ)πρλ₀, what decay_curve's fitted rates are.
    return _DecayFit(
        beta=float(beta),
        beta_se=float(beta * math.sqrt(max(jackknife[1, 1], 0.0))),
        rate0=float((1 - psi) * rate),
        floor_rate=float((1 - psi) * pi * rho * rate),
        n_contacts=n_contacts,
        n_events=n_events,
        beta_se_naive=float(beta * math.sqrt(max(bread[1, 1], 0.0))),
        beta_se_sandwich=float(beta * math.sqrt(max(sandwich[1, 1], 0.0))),
        likelihood="mixture",
        frailty_shape=float(k),
        refits=refits,
        jackknife_df=df,
        floor_share=pi,
        passive_share=psi,
    )
