"""The Poisson-process fit behind the decay half-life (issue #7 item 4).

λ(a) = λ₀·e^(−βa) [+ c] is fitted by maximum likelihood on binned sufficient statistics,
with a contact-clustered sandwich standard error; :mod:`~power1000_analysis.decay` turns it
into curves and an :class:`~power1000_analysis.schema.Estimate`.

Example
-------
>>> fit = _fit_decay(np.array([100.0, 100.0]), np.array([1.0, 2.0, 5.0]), np.array([0, 0, 1]),
...                  floor=False)
>>> fit.n_events, fit.beta > 0
(3, True)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import optimize

from power1000_analysis.schema import Estimate

__all__: list[str] = []


def _integrals(beta: float, exposure: np.ndarray) -> tuple[np.ndarray, ...]:
    """∫₀ᴱ aʲ e^(−βa) da for j = 0, 1, 2 (series near β·E = 0, where the closed form cancels)."""
    x = beta * exposure
    small = np.abs(x) < 1e-2
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        e = np.exp(-x)
        g = -np.expm1(-x) / beta
        h = (1.0 - e * (1.0 + x)) / beta**2
        k = (2.0 - e * (x * x + 2.0 * x + 2.0)) / beta**3
    if small.any():
        xs, es = x[small], exposure[small]
        g[small] = es * (1 - xs / 2 + xs**2 / 6 - xs**3 / 24)
        h[small] = es**2 * (0.5 - xs / 3 + xs**2 / 8 - xs**3 / 30)
        k[small] = es**3 * (1 / 3 - xs / 4 + xs**2 / 10 - xs**3 / 36)
    return g, h, k


@dataclass(frozen=True)
class _DecayFit:
    beta: float
    beta_se: float  # contact-clustered sandwich (robust), the one the interval uses
    rate0: float
    floor_rate: float
    n_contacts: int
    n_events: int
    beta_se_naive: float = math.nan  # model-based (inverse Hessian), events independent


def _nan_fit(n_contacts: int, n_events: int) -> _DecayFit:
    return _DecayFit(math.nan, math.nan, math.nan, math.nan, n_contacts, n_events)


def _fit_decay(
    exposure: np.ndarray,
    event_age: np.ndarray,
    event_contact: np.ndarray,
    *,
    floor: bool = True,
) -> _DecayFit:
    """Poisson-process MLE of the mean intensity λ(a) = λ₀·e^(−βa) [+ c] at age a.

    Contact i, watched for Eᵢ days since connecting, contributes Σⱼ log λ(aⱼ) − ∫₀^Eᵢ λ(a) da.
    The constant ``c`` (``floor=True``) stands for the few ties that never fade (family,
    close friends): without it they drag the half-life far above that of everyone else.

    The optimisation runs on sufficient statistics, so that its cost does not grow with the
    number of events or contacts: events binned by day of age, exposures by day (a smooth
    integrand, so the error is far below the sampling error). The standard error of β is
    the sandwich (robust) one clustered by contact, from exact per-contact scores, because
    contacts differ in how chatty they are and a plain Poisson interval would be too narrow.
    """
    n_contacts, n_events = len(exposure), len(event_age)
    if n_events == 0 or n_contacts == 0 or float(exposure.max()) <= 0:
        return _nan_fit(n_contacts, n_events)
    day = np.floor(event_age).astype(np.int64)
    counts = np.bincount(day).astype(float)
    ages = (np.arange(len(counts)) + 0.5)[counts > 0]
    counts = counts[counts > 0]
    watch_day = np.floor(exposure).astype(np.int64)
    watch_n = np.bincount(watch_day).astype(float)
    watch_mean = np.bincount(watch_day, weights=exposure)[watch_n > 0] / watch_n[watch_n > 0]
    watch_n = watch_n[watch_n > 0]
    total_exposure = float(exposure.sum())
    longest = float(exposure.max())

    def profiled(beta: float) -> float:  # no floor: λ₀ has a closed form given β
        g = float(watch_n @ _integrals(beta, watch_mean)[0])
        return n_events * math.log(g) + beta * float(counts @ ages)

    start = optimize.minimize_scalar(
        profiled, bounds=(-5.0 / longest, 5.0), method="bounded", options={"xatol": 1e-10}
    )
    beta0 = float(start.x)
    rate0 = n_events / float(watch_n @ _integrals(beta0, watch_mean)[0])

    def negative(params: np.ndarray) -> tuple[float, np.ndarray]:
        log_rate, beta = params[0], params[1]
        rate, base = math.exp(log_rate), np.exp(-beta * ages)
        steady = math.exp(params[2]) if floor else 0.0
        mu = rate * base + steady
        g, h, _ = _integrals(beta, watch_mean)
        big_g, big_h = float(watch_n @ g), float(watch_n @ h)
        value = float(counts @ np.log(mu)) - rate * big_g - steady * total_exposure
        share = counts * rate * base / mu
        grad = [float(share.sum()) - rate * big_g, float(-(share @ ages)) + rate * big_h]
        if floor:
            grad.append(float(counts @ (steady / mu)) - steady * total_exposure)
        return -value, -np.asarray(grad)

    if floor:

        def negative_log_beta(free: np.ndarray) -> tuple[float, np.ndarray]:
            # β enters as log β, and the likelihood per event: every coordinate then has
            # the same scale. (L-BFGS-B on β itself stopped while the floor was still far
            # from its optimum: 7 log-likelihood units short on the Facebook sample; and
            # its per-iteration cost is milliseconds, BFGS's microseconds.)
            beta = math.exp(free[1])
            value, grad = negative(np.array([free[0], beta, *free[2:]]))
            grad[1] *= beta
            return value / n_events, grad / n_events

        best = None
        # a few starts: with a floor the likelihood can have a shallow second mode
        for factor in (1.0, 2.0, 4.0):
            free = np.array(
                [
                    math.log(rate0 * factor),
                    math.log(min(max(beta0, 1e-6) * factor, 5.0)),
                    math.log(0.1 * n_events / total_exposure),
                ]
            )
            result = optimize.minimize(
                negative_log_beta, free, jac=True, method="BFGS", options={"gtol": 1e-9}
            )
            if best is None or result.fun < best.fun:
                best = result
        assert best is not None
        params = np.asarray(best.x, dtype=float)
        params[1] = math.exp(params[1])
    else:
        params = np.array([math.log(rate0), beta0])

    # sandwich: bread = Hessian of the negative log-likelihood (central differences of the
    # analytic gradient), meat = Σ over contacts of their score outer products
    steps = 1e-6 * np.maximum(np.abs(params), 1e-2)
    hessian = np.empty((len(params), len(params)))
    for i, step in enumerate(steps):
        up, down = params.copy(), params.copy()
        up[i] += step
        down[i] -= step
        hessian[:, i] = (negative(up)[1] - negative(down)[1]) / (2 * step)
    hessian = (hessian + hessian.T) / 2
    rate, beta = math.exp(params[0]), float(params[1])
    steady = math.exp(params[2]) if floor else 0.0
    base = np.exp(-beta * event_age)
    mu = rate * base + steady
    g, h, _ = _integrals(beta, exposure)
    columns = [
        np.bincount(event_contact, weights=rate * base / mu, minlength=n_contacts) - rate * g,
        np.bincount(event_contact, weights=-event_age * rate * base / mu, minlength=n_contacts)
        + rate * h,
    ]
    if floor:
        columns.append(
            np.bincount(event_contact, weights=steady / mu, minlength=n_contacts)
            - steady * exposure
        )
    scores = np.column_stack(columns)
    bread = np.linalg.pinv(hessian)
    # G/(G-1) over the G contacts that were watched at all (CR1, as Stata's vce(cluster))
    clusters = int(np.count_nonzero(exposure > 0))
    small_sample = clusters / (clusters - 1) if clusters > 1 else math.inf
    covariance = small_sample * (bread @ (scores.T @ scores) @ bread)
    return _DecayFit(
        beta=beta,
        beta_se=float(math.sqrt(max(covariance[1, 1], 0.0))),
        rate0=rate,
        floor_rate=steady,
        n_contacts=n_contacts,
        n_events=n_events,
        beta_se_naive=float(math.sqrt(max(bread[1, 1], 0.0))),
    )


def _half_life_estimate(fit: _DecayFit, *, floor: bool, interval: str = "robust") -> Estimate:
    """``interval="robust"``: Wald on β with the contact-clustered sandwich SE (with the
    G/(G−1) factor); ``"naive"``: the model-based SE that treats every event as independent
    (too narrow when contacts differ in chattiness: see bench/README.md, activity)."""
    model = "exponential decay + constant floor" if floor else "exponential decay"
    if interval == "robust":
        se, which = fit.beta_se, "contact-clustered sandwich SE (CR1, G/(G-1))"
    elif interval == "naive":
        se, which = fit.beta_se_naive, "naive model-based SE (events independent)"
    else:
        raise ValueError(f"interval must be 'robust' or 'naive', not {interval!r}")
    method = f"Poisson-process MLE of {model}, {fit.n_events} events; Wald 95% on the rate, {which}"
    if not np.isfinite(fit.beta):
        return Estimate(math.nan, math.nan, math.nan, n=fit.n_contacts, method=method)
    log2 = math.log(2.0)

    def half_life(beta: float) -> float:
        return log2 / beta if beta > 0 else math.inf

    low_beta = fit.beta - 1.96 * se
    high_beta = fit.beta + 1.96 * se
    return Estimate(
        value=half_life(fit.beta),
        ci_low=half_life(high_beta),
        ci_high=half_life(low_beta),
        n=fit.n_contacts,
        method=method,
    )
