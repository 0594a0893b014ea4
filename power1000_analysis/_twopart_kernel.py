"""Compiled likelihood pass of the two-part decay fit (:mod:`~power1000_analysis.decay_twopart`).

One pass over the contacts gives the log-likelihood, its gradient and (on request) its
analytic Hessian in the seven parameters

    θ = (log λ₀, log β, log φ, log k, logit π, logit ψ, log k_F)

(the floor mixture's order, :mod:`~power1000_analysis._mixture_kernel`, with the floor's
mean rate φ where the mixture has its ratio ρ, and the floor's Gamma shape k_F last), and
each contact's score (the jackknife's influences).

Model of one contact (passive with probability ψ: no events ever; otherwise)
λ(a) = Zλ₀e^(−βa) + F, Z ~ Gamma(k, 1/k); F = 0 with probability 1 − π, else
F ~ Gamma(k_F, scale φ/k_F), independent of Z. With n events at ages a_j over an exposure E,
c_j = e^(−βa_j), g = ∫₀ᴱ e^(−βa) da, T = λ₀g, D = k + T, b = k_F/φ, B = b + E:

    L0 = Π c_j · E[(Zλ₀)ⁿ e^(−Zλ₀g)]                       (no floor)
    L1 = Σ_m e_m(c) E[(Zλ₀)^m e^(−Zλ₀g)] E[F^(n−m) e^(−FE)]  (a floor; e_m: elementary
                                                               symmetric polynomials)

How L1 is computed without cancellation or overflow: with c̃_j = s·c_j, s = λ₀B/D (a
number, held fixed in the derivatives), the recursion over the events

    ê_m ← (j − m + k_F)·ê_m + (m − 1 + k)·c̃_j·ê_(m−1)     (event j = 0..n−1)

gives ê_m = e_m(c̃)·Γ(m+k)Γ(n−m+k_F)/(Γ(k)Γ(k_F)), and then every term of L1 is
ê_m·B^(−n)(k/D)^k(b/B)^(k_F): log L1 = log Σ ê_m − n log B − k log1p(T/k) − k_F log1p(E/b).
All terms are positive; the weights are those of a Pólya urn (Z's and F's shares of the
events are Beta(k, k_F) once their Gamma rates are equalised by s), so the ê_m stay within a
few orders of each other where the sum is, and are rescaled when their maximum leaves
[1e-150, 1e150]. The β-derivatives of e_m ride along: with A_S = Σ_(j∈S) βa_j,
f_m = Σ_S Πc·A_S and q_m = Σ_S Πc·A_S² (both sums of positive terms) obey
f_m ← … + c̃(f_(m−1) + α_j e_(m−1)), q_m ← … + c̃(q_(m−1) + 2α_j f_(m−1) + α_j² e_(m−1)),
α_j = βa_j, and ∂log e_m/∂log β = −f_m/e_m, ∂²e_m/∂log β² = (q_m − f_m)/e_m. The DP costs
O(n²) per contact; everything else is O(n). Contacts with as many events run it four at a
time, in lockstep (:func:`_recursion`, LLVM's SLP vectoriser on: :func:`_vectorised`).

The posterior p_m ∝ ê_m over the number m of events from the decaying part gives the
gradient and Hessian of log L1 as the p-weighted ones of its terms plus their p-covariance;
the terms' gradients are affine in φ_m = (m, f_m/e_m, Σ_(j<m) 1/(k+j), Σ_(j<n−m) 1/(k_F+j)),
so the covariance is M·Cov_p(φ)·Mᵀ from ten second moments. The classes (passive, no
floor, floor) are combined the same way (log-sum-exp, posterior-weighted): a contact with
events is never passive, and the two active classes' Hessian is p₁H₁ + p₂H₂ + p₁p₂ddᵀ
(d = g₁ − g₂), written out entry by entry with M's zeros left out; contacts without events
have a closed form of their own (:func:`_silent`). Session 12: 23 % off a pass with the
Hessian, 16 % off one without, at 100,000 contacts (bench/README.md #7).

``with_floor=False`` is the boundary π = 0 (class 0 only; θ₂, θ₄, θ₆ get no gradient),
``with_passive=False`` the boundary ψ = 0.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator

import numba
import numpy as np

from power1000_analysis._kernels import CACHE
from power1000_analysis._mixture_kernel import _softplus

#: parameters
P = 7
#: the parameters whose terms' gradients depend on φ_m (rows of M; module docstring)
ROWS = (0, 1, 2, 3, 6)
#: the parameters of the class without a floor (its gradient is zero in θ₂ and θ₆)
NO_FLOOR = (0, 1, 3, 4, 5)
#: the per-contact arithmetic may be reordered and fused (SIMD sums over m, fused
#: multiply-adds in the recursion): 5-13 % off each pass at 100,000 contacts, the results the
#: same to 2e-14 relative (session 10); no assumption that values are finite (−inf is a
#: class's log-likelihood where it cannot be), so none of ``nnan``/``ninf``
_ARITHMETIC = {"reassoc", "contract", "nsz", "arcp"}


#: contacts whose recursions run at once, one SIMD lane each (:func:`_recursion`)
LANES = 4
#: a row of :func:`_recursion`'s buffer: ê, f̂, q̂ of the m-th polynomial, LANES each
_ROW = 3 * LANES


@numba.njit(cache=CACHE, nogil=True, fastmath=_ARITHMETIC, inline="always")
def _lane(
    buffer: np.ndarray, here: int, below: int, lane: int, keep: float, add: float, al: float
) -> float:
    """One step of the recursion (module docstring) for one lane at one m: row ``here``
    (m) from itself and row ``below`` (m − 1); the new ê_m."""
    e1 = buffer[below + lane]
    f1 = buffer[below + LANES + lane]
    buffer[here + 2 * LANES + lane] = keep * buffer[here + 2 * LANES + lane] + add * (
        buffer[below + 2 * LANES + lane] + 2.0 * al * f1 + al * al * e1
    )
    buffer[here + LANES + lane] = keep * buffer[here + LANES + lane] + add * (f1 + al * e1)
    e = keep * buffer[here + lane] + add * e1
    buffer[here + lane] = e
    return e


@numba.njit(cache=CACHE, nogil=True, fastmath=_ARITHMETIC, inline="always")
def _lane_f(
    buffer: np.ndarray, here: int, below: int, lane: int, keep: float, add: float, al: float
) -> float:
    """:func:`_lane` without q̂ (``level`` 1: no Hessian)."""
    e1 = buffer[below + lane]
    buffer[here + LANES + lane] = keep * buffer[here + LANES + lane] + add * (
        buffer[below + LANES + lane] + al * e1
    )
    e = keep * buffer[here + lane] + add * e1
    buffer[here + lane] = e
    return e


@numba.njit(cache=CACHE, nogil=True, fastmath=_ARITHMETIC, inline="always")
def _lane_e(buffer: np.ndarray, here: int, below: int, lane: int, keep: float, add: float) -> float:
    """:func:`_lane` with ê alone (``level`` 0)."""
    e = keep * buffer[here + lane] + add * buffer[below + lane]
    buffer[here + lane] = e
    return e


@numba.njit(cache=CACHE, nogil=True, fastmath=_ARITHMETIC)
def _recursion(
    ni: int,
    s: np.ndarray,
    first: np.ndarray,
    event_day: np.ndarray,
    cday: np.ndarray,
    alpha: np.ndarray,
    k: float,
    kf: float,
    level: int,
    buffer: np.ndarray,
    log_scale: np.ndarray,
) -> None:
    """The floor class's recursion (module docstring, with f̂ and q̂) for ``LANES`` contacts
    with ``ni`` events each at once, contact l's events from ``first[l]`` on, its scale
    ``s[l]``: ê_m, f̂_m, q̂_m of contact l at ``buffer[m·_ROW + l]``, ``[m·_ROW + LANES + l]``,
    ``[m·_ROW + 2·LANES + l]`` (m = 0..ni), and its ``log_scale[l]``, as :func:`_chunk`'s
    own recursion gives them. The lanes run in lockstep (the same j and m), so that the
    four steps of one m are one vector operation (SLP vectorisation: module ``vectorised``):
    half the time of four contacts one at a time (session 11)."""
    for o in range(_ROW):
        buffer[o] = 0.0
    for lane in range(LANES):
        buffer[lane] = 1.0
        log_scale[lane] = 0.0
    for j in range(ni):
        day0 = event_day[first[0] + j]
        day1 = event_day[first[1] + j]
        day2 = event_day[first[2] + j]
        day3 = event_day[first[3] + j]
        c0, c1, c2, c3 = s[0] * cday[day0], s[1] * cday[day1], s[2] * cday[day2], s[3] * cday[day3]
        a0, a1, a2, a3 = alpha[day0], alpha[day1], alpha[day2], alpha[day3]
        here = (j + 1) * _ROW
        for o in range(_ROW):
            buffer[here + o] = 0.0
        t0 = t1 = t2 = t3 = 0.0
        if level >= 2:
            for m in range(j + 1, 0, -1):
                keep = j - m + kf
                grow = m - 1 + k
                here = m * _ROW
                below = here - _ROW
                t0 = max(t0, _lane(buffer, here, below, 0, keep, grow * c0, a0))
                t1 = max(t1, _lane(buffer, here, below, 1, keep, grow * c1, a1))
                t2 = max(t2, _lane(buffer, here, below, 2, keep, grow * c2, a2))
                t3 = max(t3, _lane(buffer, here, below, 3, keep, grow * c3, a3))
        elif level == 1:
            for m in range(j + 1, 0, -1):
                keep = j - m + kf
                grow = m - 1 + k
                here = m * _ROW
                below = here - _ROW
                t0 = max(t0, _lane_f(buffer, here, below, 0, keep, grow * c0, a0))
                t1 = max(t1, _lane_f(buffer, here, below, 1, keep, grow * c1, a1))
                t2 = max(t2, _lane_f(buffer, here, below, 2, keep, grow * c2, a2))
                t3 = max(t3, _lane_f(buffer, here, below, 3, keep, grow * c3, a3))
        else:
            for m in range(j + 1, 0, -1):
                keep = j - m + kf
                grow = m - 1 + k
                here = m * _ROW
                below = here - _ROW
                t0 = max(t0, _lane_e(buffer, here, below, 0, keep, grow * c0))
                t1 = max(t1, _lane_e(buffer, here, below, 1, keep, grow * c1))
                t2 = max(t2, _lane_e(buffer, here, below, 2, keep, grow * c2))
                t3 = max(t3, _lane_e(buffer, here, below, 3, keep, grow * c3))
        tops = (t0, t1, t2, t3)
        for lane in range(LANES):
            buffer[lane] *= j + kf
            top = max(tops[lane], buffer[lane])
            if top > 1e150 or top < 1e-150:
                inv = 1.0 / top
                for m in range(j + 2):
                    buffer[m * _ROW + lane] *= inv
                    buffer[m * _ROW + LANES + lane] *= inv
                    buffer[m * _ROW + 2 * LANES + lane] *= inv
                log_scale[lane] += math.log(top)


@numba.njit(cache=CACHE, nogil=True, fastmath=_ARITHMETIC)
def _silent(
    theta: np.ndarray,
    exposure: np.ndarray,
    count: np.ndarray,
    weight: np.ndarray,
    contacts: np.ndarray,
    index: int,
    stop: int,
    with_floor: bool,
    with_passive: bool,
    level: int,
    gradient: np.ndarray,
    hessian: np.ndarray,
    scores: np.ndarray,
) -> tuple[int, float]:
    """:func:`_chunk`'s contacts without events from ``index`` on (up to the first with
    events, or ``stop``), in closed form: (where they end, Σ weightᵢ·log Lᵢ over them).

    Without events the classes' terms reduce to (T = λ₀g, D = k + T, R = k·log(1 + T/k),
    U = k_F·log(1 + E/b), u = b/(b + E)): log L = log-sum-exp(log ψ, log(1−ψ)(1−π) − R,
    log(1−ψ)π − R − U). Every class's gradient is affine in two indicators, a (not passive)
    and f (a floor): θ₀, θ₁, θ₃ get a·s (s = −k·T/D, −k·T₁/D, k(T/D − log(1 + T/k))), θ₂ and
    θ₆ get f·(−k_F(1 − u)) and f·(k_F(1 − u) − U), logit π gets f − π·a and logit ψ gets
    (1 − ψ) − a; so the Hessian is the posterior mean of the classes' own (the shared block
    of θ₀, θ₁, θ₃ times P(a), the floor block of θ₂, θ₆ times P(f), −π(1 − π)·P(a), −ψ(1 − ψ))
    plus the posterior covariance of the two indicators spread over those slopes. The same
    numbers as the per-class sums of the general loop (tests/test_decay_twopart.py), a third
    of a pass's contacts at a fraction of the cost (session 12)."""
    rate = math.exp(theta[0])
    beta = math.exp(theta[1])
    phi = math.exp(theta[2])
    k = math.exp(theta[3])
    kf = math.exp(theta[6])
    b = kf / phi
    log_b = math.log(b)
    if with_floor:
        log_pi = -_softplus(-theta[4])
        log_not_pi = -_softplus(theta[4])
    else:
        log_pi = -math.inf
        log_not_pi = 0.0
    pi = math.exp(log_pi)
    if with_passive:
        log_psi = -_softplus(-theta[5])
        log_not_psi = -_softplus(theta[5])
    else:
        log_psi = -math.inf
        log_not_psi = 0.0
    psi = math.exp(log_psi)
    want_scores = scores.shape[1] == exposure.size
    want_hessian = level >= 2
    total = 0.0
    while index < stop:
        i = contacts[index]
        if count[i] != 0:
            break
        index += 1
        wi = weight[i]
        if wi == 0.0 and not want_scores:
            continue
        big_e = exposure[i]
        x = beta * big_e
        if abs(x) < 1e-2:
            g = big_e * (1.0 - x / 2.0 + x * x / 6.0 - x * x * x / 24.0)
            h = big_e * big_e * (0.5 - x / 3.0 + x * x / 8.0 - x * x * x / 30.0)
            j2 = big_e**3 * (1.0 / 3.0 - x / 4.0 + x * x / 10.0 - x * x * x / 36.0)
        else:
            ex = math.exp(-x)
            g = (1.0 - ex) / beta
            h = (1.0 - ex * (1.0 + x)) / (beta * beta)
            j2 = (2.0 - ex * (x * x + 2.0 * x + 2.0)) / (beta * beta * beta)
        t = rate * g
        dd = k + t
        a0 = t / dd
        t1 = -rate * beta * h
        a1 = t1 / dd
        ratio = math.log1p(t / k)
        l0 = log_psi if with_passive else -math.inf
        l1 = log_not_psi + log_not_pi - k * ratio
        if with_floor:
            u = b / (b + big_e)
            lb = math.log(b + big_e) - log_b  # (log1p(E/b): a third of the time)
            l2 = log_not_psi + log_pi - k * ratio - kf * lb
        else:
            u = 1.0
            lb = 0.0
            l2 = -math.inf
        # log-sum-exp over the classes and their posterior weights, as in _chunk
        top = max(l0, max(l1, l2))
        p0 = 1.0 if l0 == top else (math.exp(l0 - top) if l0 > -math.inf else 0.0)
        p1 = 1.0 if l1 == top else (math.exp(l1 - top) if l1 > -math.inf else 0.0)
        p2 = 1.0 if l2 == top else (math.exp(l2 - top) if l2 > -math.inf else 0.0)
        mass = p0 + p1 + p2
        if mass == 1.0:
            value = top
        else:
            value = top + math.log(mass)
            p0 /= mass
            p1 /= mass
            p2 /= mass
        active = p1 + p2
        s0 = -k * a0
        s1 = -k * a1
        s3 = k * (a0 - ratio)
        f2 = -kf * (1.0 - u)
        f6 = kf * (1.0 - u) - kf * lb
        g0 = active * s0
        g1 = active * s1
        g3 = active * s3
        g2 = p2 * f2 if with_floor else 0.0
        g4 = p2 - pi * active if with_floor else 0.0
        g6 = p2 * f6 if with_floor else 0.0
        g5 = p0 * (1.0 - psi) - psi * active if with_passive else 0.0
        if want_scores:
            scores[0, i] = g0
            scores[1, i] = g1
            scores[2, i] = g2
            scores[3, i] = g3
            scores[4, i] = g4
            scores[5, i] = g5
            scores[6, i] = g6
        if wi == 0.0:
            continue
        total += wi * value
        gradient[0] += wi * g0
        gradient[1] += wi * g1
        gradient[2] += wi * g2
        gradient[3] += wi * g3
        gradient[4] += wi * g4
        gradient[5] += wi * g5
        gradient[6] += wi * g6
        if want_hessian:
            # slopes of the classes' gradients in the indicators a (βs) and f (γs), and the
            # indicators' posterior (co)variances
            var_a = active * p0
            var_f = p2 * (1.0 - p2)
            cov_af = p2 * p0
            wa = wi * active
            wf = wi * p2
            # θ₀, θ₁, θ₃: the shared block and a's variance
            hessian[0, 0] += wa * -k * (a0 - a0 * a0) + wi * var_a * s0 * s0
            hessian[0, 1] += wa * -k * (a1 - a0 * a1) + wi * var_a * s0 * s1
            hessian[1, 1] += (
                wa * -k * ((t1 + rate * beta * beta * j2) / dd - a1 * a1) + wi * var_a * s1 * s1
            )
            hessian[0, 3] += wa * -k * a0 * a0 + wi * var_a * s0 * s3
            hessian[1, 3] += wa * -k * a0 * a1 + wi * var_a * s1 * s3
            hessian[3, 3] += wa * (k * (a0 - ratio) + k * a0 * a0) + wi * var_a * s3 * s3
            # logit ψ: β = −1, γ = 0
            hessian[5, 5] += wi * (var_a - psi * (1.0 - psi))
            hessian[0, 5] -= wi * var_a * s0
            hessian[1, 5] -= wi * var_a * s1
            hessian[3, 5] -= wi * var_a * s3
            if with_floor:
                # logit π: β = −π, γ = 1; θ₂: γ = f2; θ₆: γ = f6
                cross = wi * cov_af
                hessian[0, 4] += wi * var_a * s0 * -pi + cross * s0
                hessian[1, 4] += wi * var_a * s1 * -pi + cross * s1
                hessian[3, 4] += wi * var_a * s3 * -pi + cross * s3
                hessian[4, 4] += -wa * pi * (1.0 - pi) + wi * (
                    var_a * pi * pi - 2.0 * cov_af * pi + var_f
                )
                hessian[4, 5] += wi * (var_a * pi - cov_af)
                hessian[0, 2] += cross * s0 * f2
                hessian[1, 2] += cross * s1 * f2
                hessian[2, 3] += cross * s3 * f2
                hessian[0, 6] += cross * s0 * f6
                hessian[1, 6] += cross * s1 * f6
                hessian[3, 6] += cross * s3 * f6
                hessian[2, 5] -= cross * f2
                hessian[5, 6] -= cross * f6
                hessian[2, 4] += f2 * (-pi * cross + wi * var_f)
                hessian[4, 6] += f6 * (-pi * cross + wi * var_f)
                w = kf * u * (1.0 - u)
                hessian[2, 2] += wf * -w + wi * var_f * f2 * f2
                hessian[2, 6] += wf * (w - kf * (1.0 - u)) + wi * var_f * f2 * f6
                hessian[6, 6] += wf * (-w + 2.0 * kf * (1.0 - u) - kf * lb) + wi * var_f * f6 * f6
    return index, total


@numba.njit(cache=CACHE, nogil=True, fastmath=_ARITHMETIC)
def _chunk(
    theta: np.ndarray,
    cday: np.ndarray,
    alpha: np.ndarray,
    indptr: np.ndarray,
    event_day: np.ndarray,
    exposure: np.ndarray,
    count: np.ndarray,
    age_sum: np.ndarray,
    lg_k: np.ndarray,
    dg_k: np.ndarray,
    tg_k: np.ndarray,
    dg_f: np.ndarray,
    tg_f: np.ndarray,
    weight: np.ndarray,
    contacts: np.ndarray,
    start: int,
    stop: int,
    with_floor: bool,
    with_passive: bool,
    level: int,
    longest: int,
    gradient: np.ndarray,
    hessian: np.ndarray,
    scores: np.ndarray,
) -> float:
    rate = math.exp(theta[0])
    beta = math.exp(theta[1])
    phi = math.exp(theta[2])
    k = math.exp(theta[3])
    log_k = theta[3]
    kf = math.exp(theta[6])
    b = kf / phi
    log_b = math.log(b)
    if with_floor:
        log_pi = -_softplus(-theta[4])
        log_not_pi = -_softplus(theta[4])
    else:
        log_pi = -math.inf
        log_not_pi = 0.0
    pi = math.exp(log_pi)
    if with_passive:
        log_psi = -_softplus(-theta[5])
        log_not_psi = -_softplus(theta[5])
    else:
        log_psi = -math.inf
        log_not_psi = 0.0
    psi = math.exp(log_psi)
    want_scores = scores.shape[1] == exposure.size
    want_hessian = level >= 2
    want_f = level >= 1
    buffer = np.zeros((longest + 2) * _ROW)
    lane_scale = np.zeros(LANES)
    lane_s = np.zeros(LANES)
    lane_ex = np.zeros(LANES)
    lane_first = np.zeros(LANES, dtype=np.int64)
    total = 0.0
    index = start
    while index < stop:
        if count[contacts[index]] == 0:  # (a run of contacts without events: closed form)
            index, silent = _silent(
                theta, exposure, count, weight, contacts, index, stop, with_floor,
                with_passive, level, gradient, hessian, scores,
            )  # fmt: skip
            total += silent
            continue
        # contacts with as many events, LANES at a time (the layout orders the contacts by
        # their events: decay_twopart): the floor class's recursion runs for them at once,
        # one SIMD lane each
        lanes = 1
        bundled = False
        if with_floor and index + LANES <= stop:
            n0 = count[contacts[index]]
            if n0 > 0 and count[contacts[index + LANES - 1]] == n0:
                bundled = True
                for lane in range(1, LANES - 1):
                    if count[contacts[index + lane]] != n0:
                        bundled = False
        if bundled:
            lanes = LANES
            for lane in range(LANES):
                i = contacts[index + lane]
                big_e = exposure[i]
                x = beta * big_e
                if abs(x) < 1e-2:
                    g = big_e * (1.0 - x / 2.0 + x * x / 6.0 - x * x * x / 24.0)
                else:
                    lane_ex[lane] = math.exp(-x)  # (read again below)
                    g = (1.0 - lane_ex[lane]) / beta
                lane_s[lane] = rate * (b + big_e) / (k + rate * g)
                lane_first[lane] = indptr[i]
            _recursion(
                int(n0), lane_s, lane_first, event_day, cday, alpha, k, kf, level, buffer,
                lane_scale,
            )  # fmt: skip
        for lane in range(lanes):
            i = contacts[index + lane]
            col = lane if bundled else 0
            wi = weight[i]
            if wi == 0.0 and not want_scores:
                continue
            ni = int(count[i])
            n = float(ni)
            big_e = exposure[i]
            x = beta * big_e
            if abs(x) < 1e-2:
                g = big_e * (1.0 - x / 2.0 + x * x / 6.0 - x * x * x / 24.0)
                h = big_e * big_e * (0.5 - x / 3.0 + x * x / 8.0 - x * x * x / 30.0)
                j2 = big_e**3 * (1.0 / 3.0 - x / 4.0 + x * x / 10.0 - x * x * x / 36.0)
            else:
                ex = lane_ex[lane] if bundled else math.exp(-x)
                g = (1.0 - ex) / beta
                h = (1.0 - ex * (1.0 + x)) / (beta * beta)
                j2 = (2.0 - ex * (x * x + 2.0 * x + 2.0)) / (beta * beta * beta)
            t = rate * g
            dd = k + t
            a0 = t / dd
            t1 = -rate * beta * h
            a1 = t1 / dd
            t11 = t1 + rate * beta * beta * j2
            kr = k / dd
            ratio = math.log1p(t / k)
            log_d = log_k + ratio
            bs = beta * age_sum[i]
            # (contacts without events never come here: _silent. Two classes, then: active
            # without a floor (1), and with one (2); the passive class has likelihood 0)
            # class 1: every event from the decaying part (m = n)
            l1 = log_not_psi + log_not_pi + n * theta[0] - bs + lg_k[ni] - n * log_d - k * ratio
            c10 = n - (n + k) * a0
            c11 = -bs - (n + k) * a1
            c13 = k * dg_k[ni] - n + n * a0 + k * (a0 - ratio)
            # class 2: a floor of its own
            l2 = -math.inf
            if with_floor:
                big_b = b + big_e
                u = b / big_b
                lb = math.log(b + big_e) - log_b  # (log1p(E/b): a third of the time)
                # ê_m, f̂_m, q̂_m of this contact at buffer[m·_ROW + col], + LANES, + 2·LANES
                if bundled:  # (the recursion ran for the bundle: this contact's lane)
                    log_scale = lane_scale[lane]
                else:  # (alone: its recursion here, in the buffer's first lane)
                    buffer[0] = 1.0
                    buffer[LANES] = 0.0
                    buffer[2 * LANES] = 0.0
                    log_scale = 0.0
                    s = rate * big_b / dd
                    first = indptr[i]
                    for j in range(ni):
                        day = event_day[first + j]
                        ct = s * cday[day]
                        al = alpha[day]
                        new = (j + 1) * _ROW
                        buffer[new] = 0.0
                        buffer[new + LANES] = 0.0
                        buffer[new + 2 * LANES] = 0.0
                        top = 0.0
                        for m in range(j + 1, 0, -1):
                            keep = j - m + kf
                            add = (m - 1 + k) * ct
                            up = m * _ROW
                            down = up - _ROW
                            e1 = buffer[down]
                            f1 = buffer[down + LANES]
                            if want_hessian:
                                q1 = buffer[down + 2 * LANES]
                                buffer[up + 2 * LANES] = keep * buffer[up + 2 * LANES] + add * (
                                    q1 + 2.0 * al * f1 + al * al * e1
                                )
                            if want_f:
                                buffer[up + LANES] = keep * buffer[up + LANES] + add * (
                                    f1 + al * e1
                                )
                            e = keep * buffer[up] + add * e1
                            buffer[up] = e
                            if e > top:
                                top = e
                        buffer[0] *= j + kf
                        if buffer[0] > top:
                            top = buffer[0]
                        if top > 1e150 or top < 1e-150:
                            inv = 1.0 / top
                            for m in range(j + 2):
                                buffer[m * _ROW] *= inv
                                buffer[m * _ROW + LANES] *= inv
                                buffer[m * _ROW + 2 * LANES] *= inv
                            log_scale += math.log(top)
                # sums over m, weighted by ê_m, of φ_m = (m, F_m, dg(m), dgF(n−m)) and their
                # products (F_m = f_m/e_m, so ê_m·F_m is f̂_m: one division per m, in Σ f̂²/ê);
                # p_m = ê_m/Σê. Level 0 needs only Σê; level 1 the first moments
                mass = 0.0
                s_m = 0.0
                s_f = 0.0
                s_2 = 0.0
                s_3 = 0.0
                s_mm = 0.0
                s_mf = 0.0
                s_m2 = 0.0
                s_m3 = 0.0
                s_ff = 0.0
                s_f2 = 0.0
                s_f3 = 0.0
                s_22 = 0.0
                s_23 = 0.0
                s_33 = 0.0
                s_q = 0.0
                s_tg = 0.0
                s_tgf = 0.0
                if not want_f:
                    for m in range(ni + 1):
                        mass += buffer[m * _ROW + col]
                elif not want_hessian:
                    for m in range(ni + 1):
                        em = buffer[m * _ROW + col]
                        mass += em
                        s_m += m * em
                        s_f += buffer[m * _ROW + LANES + col]
                        s_2 += em * dg_k[m]
                        s_3 += em * dg_f[ni - m]
                else:
                    for m in range(ni + 1):
                        em = buffer[m * _ROW + col]
                        fm = buffer[m * _ROW + LANES + col]
                        v0 = float(m)
                        v2 = dg_k[m]
                        v3 = dg_f[ni - m]
                        w2 = em * v2
                        w3 = em * v3
                        mass += em
                        s_m += v0 * em
                        s_f += fm
                        s_2 += w2
                        s_3 += w3
                        s_mm += v0 * v0 * em
                        s_mf += v0 * fm
                        s_m2 += v0 * w2
                        s_m3 += v0 * w3
                        if em > 0.0:
                            s_ff += fm * fm / em
                        s_f2 += fm * v2
                        s_f3 += fm * v3
                        s_22 += w2 * v2
                        s_23 += w2 * v3
                        s_33 += w3 * v3
                        s_q += buffer[m * _ROW + 2 * LANES + col]
                        s_tg += em * tg_k[m]
                        s_tgf += em * tg_f[ni - m]
                inv_mass = 1.0 / mass
                e_m = s_m * inv_mass
                e_f = s_f * inv_mass
                e_2 = s_2 * inv_mass
                e_3 = s_3 * inv_mass
                e_r = n - e_m
                # (the class's log-likelihood less log Σê: that is added in the classes'
                # log-sum-exp below, one logarithm for both)
                l2 = log_not_psi + log_pi + log_scale - n * (log_b + lb) - k * ratio - kf * lb
                c20 = e_m * (1.0 - a0) - k * a0
                c21 = -e_f - (e_m + k) * a1
                c22 = e_r * u - kf * (1.0 - u)
                c23 = k * e_2 - e_m * (1.0 - a0) + k * (a0 - ratio)
                c26 = -e_r * u + kf * (1.0 - u) + kf * e_3 - kf * lb
            # log-sum-exp over the two classes (class 2's is l2 + log Σê), and their
            # posterior weights
            if l2 == -math.inf:
                p1, p2, value = 1.0, 0.0, l1
            else:
                if l1 >= l2:
                    top = l1
                    e1 = 1.0
                    e2 = mass * math.exp(l2 - l1)
                else:
                    top = l2
                    e1 = math.exp(l1 - l2)
                    e2 = mass
                both = e1 + e2
                value = top + math.log(both)
                p1 = e1 / both
                p2 = e2 / both
            if p2 == 0.0:  # (no floor class: its sums were never taken)
                g0, g1, g2, g3, g6 = c10, c11, 0.0, c13, 0.0
            else:
                g0 = p1 * c10 + p2 * c20
                g1 = p1 * c11 + p2 * c21
                g2 = p2 * c22
                g3 = p1 * c13 + p2 * c23
                g6 = p2 * c26
            g4 = p2 - pi if with_floor else 0.0
            g5 = -psi if with_passive else 0.0
            if want_scores:
                scores[0, i] = g0
                scores[1, i] = g1
                scores[2, i] = g2
                scores[3, i] = g3
                scores[4, i] = g4
                scores[5, i] = g5
                scores[6, i] = g6
            if wi == 0.0:
                continue
            total += wi * value
            gradient[0] += wi * g0
            gradient[1] += wi * g1
            gradient[2] += wi * g2
            gradient[3] += wi * g3
            gradient[4] += wi * g4
            gradient[5] += wi * g5
            gradient[6] += wi * g6
            if not want_hessian:
                continue
            # Σ_c p_c·(H_c + g_c g_cᵀ) − ḡḡᵀ = p₁H₁ + p₂H₂ + p₁p₂(g₁ − g₂)(g₁ − g₂)ᵀ
            hessian[4, 4] -= wi * pi * (1.0 - pi)
            hessian[5, 5] -= wi * psi * (1.0 - psi)
            if p1 != 0.0:
                w1 = wi * p1
                hessian[0, 0] -= w1 * (n + k) * (a0 - a0 * a0)
                hessian[0, 1] -= w1 * (n + k) * (a1 - a0 * a1)
                hessian[1, 1] -= w1 * (bs + (n + k) * (t11 / dd - a1 * a1))
                hessian[0, 3] += w1 * (n * kr - k * a0) * a0
                hessian[1, 3] += w1 * (n * kr - k * a0) * a1
                hessian[3, 3] += w1 * (
                    -n * kr * a0 + k * (a0 - ratio) + k * a0 * a0 + k * dg_k[ni] + k * k * tg_k[ni]
                )
            if p2 != 0.0:
                w2 = wi * p2
                ef2 = s_ff * inv_mass
                # Cov_p(φ), φ_m = (m, F_m, dg(m), dgF(n − m))
                c_mm = s_mm * inv_mass - e_m * e_m
                c_mf = s_mf * inv_mass - e_m * e_f
                c_m2 = s_m2 * inv_mass - e_m * e_2
                c_m3 = s_m3 * inv_mass - e_m * e_3
                c_ff = ef2 - e_f * e_f
                c_f2 = s_f2 * inv_mass - e_f * e_2
                c_f3 = s_f3 * inv_mass - e_f * e_3
                c_22 = s_22 * inv_mass - e_2 * e_2
                c_23 = s_23 * inv_mass - e_2 * e_3
                c_33 = s_33 * inv_mass - e_3 * e_3
                # + M Cov(φ) Mᵀ: the terms' gradients in φ are (1 − a0, 0, 0, 0) for θ₀,
                # (−a1, −1, 0, 0) for θ₁, (−u, 0, 0, 0) for θ₂, (−(1 − a0), 0, k, 0) for θ₃
                # and (u, 0, 0, k_F) for θ₆ (θ₄'s and θ₅'s are zero)
                na = 1.0 - a0
                row1 = a1 * c_mm + c_mf  # −(M₁ Cov)₀
                row3 = k * c_m2 - na * c_mm  # (M₃ Cov)₀
                row6 = u * c_mm + kf * c_m3  # (M₆ Cov)₀
                em_k = e_m * kr - k * a0
                w = (e_r + kf) * u * (1.0 - u)
                hessian[0, 0] += w2 * (-(e_m + k) * (a0 - a0 * a0) + na * na * c_mm)
                hessian[0, 1] += w2 * (-(e_m + k) * (a1 - a0 * a1) - na * row1)
                hessian[0, 2] -= w2 * na * u * c_mm
                hessian[0, 3] += w2 * (em_k * a0 + na * row3)
                hessian[0, 6] += w2 * na * row6
                hessian[1, 1] += w2 * (
                    -(e_m + k) * (t11 / dd - a1 * a1) + (s_q - s_f) * inv_mass - ef2
                    + a1 * a1 * c_mm + 2.0 * a1 * c_mf + c_ff
                )  # fmt: skip
                hessian[1, 2] += w2 * u * row1
                hessian[1, 3] += w2 * (
                    em_k * a1 - a1 * row3 - (k * c_f2 - na * c_mf)
                )  # fmt: skip
                hessian[1, 6] -= w2 * (a1 * row6 + u * c_mf + kf * c_f3)
                hessian[2, 2] += w2 * (-w + u * u * c_mm)
                hessian[2, 3] -= w2 * u * row3
                hessian[2, 6] += w2 * (w - kf * (1.0 - u) - u * row6)
                hessian[3, 3] += w2 * (
                    -e_m * kr * a0 + k * (a0 - ratio) + k * a0 * a0 + k * e_2
                    + k * k * s_tg * inv_mass
                    + na * na * c_mm - 2.0 * na * k * c_m2 + k * k * c_22
                )  # fmt: skip
                hessian[3, 6] += w2 * (-na * row6 + k * (u * c_m2 + kf * c_23))
                hessian[6, 6] += w2 * (
                    -w + 2.0 * kf * (1.0 - u) + kf * (e_3 - lb) + kf * kf * s_tgf * inv_mass
                    + u * u * c_mm + 2.0 * u * kf * c_m3 + kf * kf * c_33
                )  # fmt: skip
                if p1 != 0.0:
                    # the classes' covariance: d = g₁ − g₂ (d₄ = −1, d₅ = 0)
                    w12 = wi * p1 * p2
                    d0 = c10 - c20
                    d1 = c11 - c21
                    d2 = -c22
                    d3 = c13 - c23
                    d6 = -c26
                    hessian[0, 0] += w12 * d0 * d0
                    hessian[0, 1] += w12 * d0 * d1
                    hessian[0, 2] += w12 * d0 * d2
                    hessian[0, 3] += w12 * d0 * d3
                    hessian[0, 4] -= w12 * d0
                    hessian[0, 6] += w12 * d0 * d6
                    hessian[1, 1] += w12 * d1 * d1
                    hessian[1, 2] += w12 * d1 * d2
                    hessian[1, 3] += w12 * d1 * d3
                    hessian[1, 4] -= w12 * d1
                    hessian[1, 6] += w12 * d1 * d6
                    hessian[2, 2] += w12 * d2 * d2
                    hessian[2, 3] += w12 * d2 * d3
                    hessian[2, 4] -= w12 * d2
                    hessian[2, 6] += w12 * d2 * d6
                    hessian[3, 3] += w12 * d3 * d3
                    hessian[3, 4] -= w12 * d3
                    hessian[3, 6] += w12 * d3 * d6
                    hessian[4, 4] += w12
                    hessian[4, 6] -= w12 * d6
                    hessian[6, 6] += w12 * d6 * d6
        index += lanes
    return total


@numba.njit(cache=CACHE, nogil=True)
def _tables(
    theta: np.ndarray, ages: np.ndarray, count: np.ndarray, contacts: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """Per age day e^(−βa) and βa; per event count m: log Γ(m+k) − log Γ(k), ψ(m+k) − ψ(k),
    ψ′(m+k) − ψ′(k), ψ(m+k_F) − ψ(k_F), ψ′(m+k_F) − ψ′(k_F) as sums over j < m (exact where k
    is large, where the differences of the functions cancel); the largest count."""
    beta = math.exp(theta[1])
    k = math.exp(theta[3])
    kf = math.exp(theta[6])
    days = ages.size
    cday = np.empty(days)
    alpha = np.empty(days)
    for d in range(days):
        alpha[d] = beta * ages[d]
        cday[d] = math.exp(-alpha[d])
    longest = 0
    for index in range(contacts.size):
        c = int(count[contacts[index]])
        if c > longest:
            longest = c
    lg_k = np.zeros(longest + 1)
    dg_k = np.zeros(longest + 1)
    tg_k = np.zeros(longest + 1)
    dg_f = np.zeros(longest + 1)
    tg_f = np.zeros(longest + 1)
    for m in range(longest):
        lg_k[m + 1] = lg_k[m] + math.log(k + m)
        dg_k[m + 1] = dg_k[m] + 1.0 / (k + m)
        tg_k[m + 1] = tg_k[m] - 1.0 / (k + m) ** 2
        dg_f[m + 1] = dg_f[m] + 1.0 / (kf + m)
        tg_f[m + 1] = tg_f[m] - 1.0 / (kf + m) ** 2
    return cday, alpha, lg_k, dg_k, tg_k, dg_f, tg_f, longest


@numba.njit(cache=CACHE, nogil=True)
def _symmetric(want_hessian: bool, hessian: np.ndarray) -> None:
    if want_hessian:
        for p in range(P):
            for q in range(p):
                hessian[p, q] = hessian[q, p]


@numba.njit(cache=CACHE, nogil=True)
def twopart_pass(
    theta: np.ndarray,
    ages: np.ndarray,
    indptr: np.ndarray,
    event_day: np.ndarray,
    exposure: np.ndarray,
    count: np.ndarray,
    age_sum: np.ndarray,
    weight: np.ndarray,
    contacts: np.ndarray,
    with_floor: bool,
    with_passive: bool,
    level: int,
    gradient: np.ndarray,
    hessian: np.ndarray,
    scores: np.ndarray,
) -> float:
    """Σᵢ weightᵢ·log Lᵢ over ``contacts`` (module docstring); the gradient (7) and Hessian
    (7 × 7) of that sum are written into ``gradient`` and ``hessian``, and each contact's
    score into column i of ``scores`` when it has as many columns as there are contacts.

    ``level`` 2: all of that; 1: no Hessian (zeros; the recursion carries no q_m); 0: the
    value and the gradient in logit π and logit ψ only (the others wrong; no f_m either: a
    third of the recursion's work, all :func:`decay_mixture._reenter` needs)."""
    cday, alpha, lg_k, dg_k, tg_k, dg_f, tg_f, longest = _tables(theta, ages, count, contacts)
    for p in range(P):
        gradient[p] = 0.0
        for q in range(P):
            hessian[p, q] = 0.0
    total = _chunk(
        theta, cday, alpha, indptr, event_day, exposure, count, age_sum, lg_k, dg_k, tg_k,
        dg_f, tg_f, weight, contacts, 0, contacts.size, with_floor, with_passive, level,
        longest, gradient, hessian, scores,
    )  # fmt: skip
    _symmetric(level >= 2, hessian)
    return total


@contextlib.contextmanager
def _vectorised() -> Iterator[None]:
    """LLVM's SLP vectoriser on for what numba compiles inside (``numba.config.SLP_VECTORIZE``,
    read when a function's passes are built; off by default since numba 0.57 after
    miscompilations it confirmed, numba#8852): :func:`_recursion`'s four lanes become one
    vector operation only with it. On numba versions that read the setting elsewhere this
    changes nothing and the pass runs as fast as one lane at a time."""
    previous = getattr(numba.config, "SLP_VECTORIZE", 0)
    setattr(numba.config, "SLP_VECTORIZE", 1)  # noqa: B010 (not in numba's type stubs)
    try:
        yield
    finally:
        setattr(numba.config, "SLP_VECTORIZE", previous)  # noqa: B010


def _compile() -> None:
    """Compile (or load from the cache) the pass for the argument types decay_twopart gives
    it, with :func:`_vectorised` on: once, when this module is imported, so that no call
    compiles it first without (a version compiled without would also be what the cache
    keeps). The tests hold the vectorised pass to the integrals, the exact decimals and the
    one-lane pass (tests/test_decay_twopart.py)."""
    theta = np.array([-3.0, -5.0, -3.0, 0.4, -2.0, -1.0, 0.6])
    ages = np.array([0.5, 3.5])
    count = np.array([2.0, 2.0, 2.0, 2.0, 0.0])
    indptr = np.array([0, 2, 4, 6, 8, 8], dtype=np.int64)
    event_day = np.array([0, 1, 0, 1, 1, 1, 0, 0], dtype=np.int64)
    exposure = np.full(5, 100.0)
    age_sum = np.array([4.0, 4.0, 7.0, 1.0, 0.0])
    contacts = np.array([4, 0, 1, 2, 3], dtype=np.int64)
    scores = np.zeros((P, 5))  # (with or without scores: the same argument types)
    with _vectorised():
        twopart_pass(
            theta, ages, indptr, event_day, exposure, count, age_sum, np.ones(5), contacts,
            True, True, 2, np.zeros(P), np.zeros((P, P)), scores,
        )  # fmt: skip
        # (and as decay_twopart calls it, from Python)
        tables = _tables(theta, ages, count, contacts)
        _chunk(
            theta, tables[0], tables[1], indptr, event_day, exposure, count, age_sum,
            *tables[2:7], np.ones(5), contacts, 0, 5, True, True, 2, tables[7], np.zeros(P),
            np.zeros((P, P)), scores,
        )  # fmt: skip


_compile()
