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
* fitted: λ₀, β, ρ, k and π by maximum likelihood (BFGS on log/logit scales, analytic
  gradient). No contact is labelled: each contact's posterior chance of a floor comes from
  its own events (late events, where e^(−βa) is small, are what a floor explains).

Contact i with nᵢ events at ages aᵢⱼ over an exposure Eᵢ contributes, for a floor ratio r,
log L(r) = nᵢ log λ₀ + Σⱼ log(e^(−βaᵢⱼ) + r) + log Γ(nᵢ+k) − log Γ(k) + k log k
− (nᵢ+k) log(k + λ₀(gᵢ + rEᵢ)), gᵢ = ∫₀^Eᵢ e^(−βa) da, and log Σ_r w_r L(r) to the total.
Ages are binned to the day as in decay_fit; the per-contact sums over events are one sparse
product of the (contact × age day) counts with a few per-day columns.

The population's mean intensity is λ₀e^(−βa) + πρλ₀ (``floor_rate``), so decay curves
drawn from the fit are comparable with the other likelihoods'. The interval is decay_fit's
contact jackknife (exact leave-one-out refits of the influential contacts, Student t on its
Satterthwaite df).

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
from dataclasses import dataclass, replace

import numpy as np
from scipy import optimize, sparse, special

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


def _fit_mixture(
    exposure: np.ndarray,
    event_age: np.ndarray,
    event_contact: np.ndarray,
    *,
    refit_max: int = _REFIT_MAX,
    nodes: np.ndarray | None = None,
) -> _DecayFit:
    """Maximum-likelihood fit of the floor mixture (module docstring), with decay_fit's
    contact-jackknife interval."""
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
