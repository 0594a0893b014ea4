"""Compiled likelihood pass of the floor-mixture decay fit (:mod:`~power1000_analysis.decay_mixture`).

One pass over the contacts gives the log-likelihood, its gradient and (on request) its
analytic Hessian in the six parameters θ = (log λ₀, log β, log ρ, log k, logit π, logit ψ),
and each contact's score (the jackknife's influences). In NumPy the same pass built a dozen
(contacts × classes) temporaries and took ~0.14 s at 100,000 contacts (bench/README.md #7
session 7); here each contact is read once and its terms are added up in registers.

Imported only by the mixture fit (numba's import and the kernel's load cost ~1 s); compiled
kernels are cached as :mod:`~power1000_analysis._kernels` caches its own (``_kernels.CACHE``).

Per contact i and floor class c (c = 0: no floor; c = 1..m: floor ratio r_c = ρ·q_c), with
Tᵢ_c = λ₀(gᵢ + r_c Eᵢ), Dᵢ_c = k + Tᵢ_c, the class's log-likelihood is

    ℓᵢ_c = w_c + common_i + e_ic − (nᵢ + k) log Dᵢ_c,
    common_i = nᵢ log λ₀ − β Σⱼ aᵢⱼ + log Γ(nᵢ+k) − log Γ(k) + k log k,
    e_ic = Σⱼ log(1 + r_c e^(βaᵢⱼ))  (0 for c = 0),  w_0 = log(1−π),  w_c = log π − log m,

v_i = log Σ_c e^(ℓᵢ_c) and, with the passive share ψ, Vᵢ = log(1−ψ) + vᵢ for a contact with
events, log(ψ + (1−ψ)e^(vᵢ)) for one without. Gradients and Hessians of a log-sum-exp are
the posterior-weighted ones of its terms plus the posterior covariance of the terms'
gradients: ∇²V = Σ p_c(∇²ℓ_c + ∇ℓ_c∇ℓ_cᵀ) − ∇V∇Vᵀ. The parts of e_ic that depend on
(β, ρ) come from a per-age-day table (x = log r_c + βa, σ = expit x):
∂/∂log ρ = Σσ, ∂/∂log β = βΣσa, ∂²/∂log ρ² = Σσ(1−σ), ∂²/∂log ρ∂log β = βΣσ(1−σ)a,
∂²/∂log β² = βΣσa + β²Σσ(1−σ)a².

``with_floor=False`` is the boundary π = 0 (only class 0; θ₂, θ₄ get no gradient),
``with_passive=False`` the boundary ψ = 0.
"""

from __future__ import annotations

import math

import numpy as np

from power1000_analysis._kernels import _jit

#: columns of the per-day table, per floor class
_COLUMNS = 6


@_jit
def _softplus(x: float) -> float:
    if x > 0.0:
        return x + math.log1p(math.exp(-x))
    return math.log1p(math.exp(x))


@_jit
def layout(
    event_age: np.ndarray, event_contact: np.ndarray, n_contacts: int, number: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The events in the passes' layout (decay_mixture's ``_Passes``), in three passes over
    them and no temporaries of their size: (the centre of each age day with events, each
    event's index into those days grouped by contact (each contact's in their order: a
    stable counting sort), where each contact's events start (and the end), each contact's
    sum of its events' day centres). Ages are ≥ 0 (days since connecting; the caller
    checks): day ⌊a⌋ is ``int(a)``. Contact c of the events is numbered ``number[c]`` in
    the layout (``number`` empty: c)."""
    renumber = number.size > 0
    n = event_age.size
    days = 0
    for e in range(n):
        d = int(event_age[e])
        if d + 1 > days:
            days = d + 1
    index = np.zeros(days, dtype=np.int64)  # 1 on days with events, then their rank
    indptr = np.zeros(n_contacts + 1, dtype=np.int64)
    for e in range(n):
        index[int(event_age[e])] = 1
        c = number[event_contact[e]] if renumber else event_contact[e]
        indptr[c + 1] += 1
    used = 0
    for d in range(days):
        if index[d]:
            used += 1
    ages = np.empty(used)
    rank = 0
    for d in range(days):
        if index[d]:
            ages[rank] = d + 0.5
            index[d] = rank
            rank += 1
    for c in range(n_contacts):
        indptr[c + 1] += indptr[c]
    fill = indptr[:-1].copy()
    event_day = np.empty(n, dtype=np.int64)
    age_sum = np.zeros(n_contacts)
    for e in range(n):
        c = number[event_contact[e]] if renumber else event_contact[e]
        day = index[int(event_age[e])]
        event_day[fill[c]] = day
        fill[c] += 1
        age_sum[c] += ages[day]
    return ages, event_day, indptr, age_sum


@_jit
def sample_events(
    event_age: np.ndarray, event_contact: np.ndarray, chosen: np.ndarray, n_contacts: int
) -> tuple[np.ndarray, np.ndarray]:
    """The events of the ``chosen`` contacts (sorted, distinct), in their order, with the
    contacts numbered by their rank in ``chosen``: NumPy's ``keep = mask[event_contact]``,
    ``event_age[keep]``, ``(cumsum(mask) − 1)[event_contact[keep]]`` in one pass over the
    events (into arrays of their size, not written beyond what is kept) and a copy of what
    is kept (a fifth of NumPy's time at 600,000 events: decay_mixture._sampled, session
    10; one pass instead of two, session 12)."""
    rank = np.full(n_contacts, -1, dtype=np.int64)
    for r in range(chosen.size):
        rank[chosen[r]] = r
    ages = np.empty(event_contact.size)
    contacts = np.empty(event_contact.size, dtype=np.int64)
    k = 0
    for e in range(event_contact.size):
        r = rank[event_contact[e]]
        if r >= 0:
            ages[k] = event_age[e]
            contacts[k] = r
            k += 1
    return ages[:k].copy(), contacts[:k].copy()


@_jit
def mixture_pass(
    theta: np.ndarray,
    nodes: np.ndarray,
    ages: np.ndarray,
    indptr: np.ndarray,
    event_day: np.ndarray,
    exposure: np.ndarray,
    count: np.ndarray,
    age_sum: np.ndarray,
    count_index: np.ndarray,
    log_gamma: np.ndarray,
    digamma: np.ndarray,
    trigamma: np.ndarray,
    weight: np.ndarray,
    contacts: np.ndarray,
    with_floor: bool,
    with_passive: bool,
    want_hessian: bool,
    gradient: np.ndarray,
    hessian: np.ndarray,
    scores: np.ndarray,
) -> float:
    """Σᵢ weightᵢ·Vᵢ over ``contacts``; the gradient (6) and Hessian (6 × 6) of that sum
    are written into ``gradient`` and ``hessian`` (zeroed first), and each contact's score
    into column i of ``scores`` when it has as many columns as there are contacts.

    ``log_gamma``, ``digamma``, ``trigamma``: log Γ(n+k) − log Γ(k), ψ(n+k) − ψ(k) and
    ψ′(n+k) − ψ′(k) per distinct event count n (``count_index`` maps contacts to them; sums
    over j < n of log(k+j), 1/(k+j) and −1/(k+j)², exact also where k is huge)."""
    rate = math.exp(theta[0])
    beta = math.exp(theta[1])
    rho = math.exp(theta[2])
    k = math.exp(theta[3])
    log_k = theta[3]
    m = nodes.size if with_floor else 0
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
    log_m = math.log(m) if m > 0 else 0.0
    # per age day and floor class: log(1 + r e^(βa)), σ, σa, σ(1−σ), σ(1−σ)a, σ(1−σ)a²
    days = ages.size
    table = np.empty((days, max(m, 1) * _COLUMNS))
    for d in range(days):
        a = ages[d]
        for c in range(m):
            x = math.log(rho * nodes[c]) + beta * a
            if x > 0.0:
                e = math.exp(-x)
                s = 1.0 / (1.0 + e)
            else:
                e = math.exp(x)
                s = e / (1.0 + e)
            s1 = s * (1.0 - s)
            o = c * _COLUMNS
            table[d, o] = _softplus(x)
            table[d, o + 1] = s
            table[d, o + 2] = s * a
            table[d, o + 3] = s1
            table[d, o + 4] = s1 * a
            table[d, o + 5] = s1 * a * a
    for p in range(6):
        gradient[p] = 0.0
        for q in range(6):
            hessian[p, q] = 0.0
    want_scores = scores.shape[1] == exposure.size
    sums = np.zeros(max(m, 1) * _COLUMNS)
    classes = m + 1
    u = np.empty(classes)
    grads = np.empty(classes * 5)
    hess = np.empty(classes * 15)
    hu = np.empty(15)
    gv = np.empty(5)
    hv = np.empty((5, 5))
    full_g = np.empty(6)
    full_h = np.empty((6, 6))
    total = 0.0
    for index in range(contacts.size):
        i = contacts[index]
        wi = weight[i]
        if wi == 0.0 and not want_scores:
            continue
        n = count[i]
        big_e = exposure[i]
        if m > 0:
            for col in range(m * _COLUMNS):
                sums[col] = 0.0
            for ev in range(indptr[i], indptr[i + 1]):
                d = event_day[ev]
                for col in range(m * _COLUMNS):
                    sums[col] += table[d, col]
        # ∫₀ᴱ aʲ e^(−βa) da, j = 0, 1, 2 (a series where the closed form cancels)
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
        ci = count_index[i]
        nk = n + k
        # (k log k is written into the classes' terms as −k log(D/k) = −k log1p(T/k): at a
        # large k the two ~k log k terms would cancel to a few units, losing ~1e-9 each)
        common = n * theta[0] - beta * age_sum[i] + log_gamma[ci]
        # class terms (without ``common``), their gradients (5) and Hessians (upper triangle,
        # 15) in θ₀..θ₄, in flat arrays (views of 2-D ones cost a reference count each)
        top = -math.inf
        d1 = -rate * beta * h  # ∂T/∂θ₁
        d11 = d1 + rate * beta * beta * j2
        for c in range(classes):
            if c == 0:
                floor = 0.0
                extra = 0.0
                w = log_not_pi
                dw = -pi
            else:
                floor = rate * rho * nodes[c - 1] * big_e
                extra = sums[(c - 1) * _COLUMNS]
                w = log_pi - log_m
                dw = 1.0 - pi
            t = rate * g + floor
            dd = k + t
            # log(D/k): (n+k) log D − k log k as n log D + k log(D/k), which does not cancel
            # at a large k
            ratio = math.log1p(t / k)
            log_d = log_k + ratio
            u[c] = w + extra - n * log_d - k * ratio
            if u[c] > top:
                top = u[c]
            r = 1.0 / dd
            a0 = t * r
            a1 = d1 * r
            a2 = floor * r
            kr = k * r
            o = c * 5
            grads[o] = -nk * a0
            grads[o + 1] = -nk * a1
            grads[o + 2] = -nk * a2
            # ∂/∂θ₃ less its −n, which goes to the common part: k(a₀ − log(D/k)) + n·a₀
            # is O(n + T²/k), where the full −k·log(D/k) − (n+k)·k/D + k is a difference of
            # ~k-sized terms (at k = e¹² the Hessian's E[g²] − E[g]² lost all its digits)
            grads[o + 3] = k * (a0 - ratio) + n * a0
            grads[o + 4] = dw if with_floor else 0.0
            o = c * 15
            # −(n+k)(D_ij/D − D_iD_j/D²) for i, j < 3; rows: (0,0..4), (1,1..4), (2,2..4),
            # (3,3..4), (4,4)
            hess[o] = -nk * (a0 - a0 * a0)
            hess[o + 1] = -nk * (a1 - a0 * a1)
            hess[o + 2] = -nk * (a2 - a0 * a2)
            hess[o + 3] = (n * kr - k * a0) * a0  # (n+k)k/D − k, without the ~k cancelling
            hess[o + 4] = 0.0
            hess[o + 5] = -nk * (d11 * r - a1 * a1)
            hess[o + 6] = nk * a1 * a2
            hess[o + 7] = (n * kr - k * a0) * a1
            hess[o + 8] = 0.0
            hess[o + 9] = -nk * (a2 - a2 * a2)
            hess[o + 10] = (n * kr - k * a0) * a2
            hess[o + 11] = 0.0
            hess[o + 12] = k * (a0 - ratio) + k * a0 * a0 - n * kr * a0
            hess[o + 13] = 0.0
            hess[o + 14] = -pi * (1.0 - pi) if with_floor else 0.0
            if c > 0:
                e = (c - 1) * _COLUMNS
                grads[c * 5 + 1] += beta * sums[e + 2]
                grads[c * 5 + 2] += sums[e + 1]
                hess[o + 5] += beta * sums[e + 2] + beta * beta * sums[e + 5]
                hess[o + 6] += beta * sums[e + 4]
                hess[o + 9] += sums[e + 3]
        mass = 0.0
        for c in range(classes):
            u[c] = math.exp(u[c] - top)
            mass += u[c]
        v = top + math.log(mass) + common
        for p in range(5):
            gv[p] = 0.0
        for p in range(15):
            hu[p] = 0.0
        for c in range(classes):
            post = u[c] / mass
            for p in range(5):
                gv[p] += post * grads[c * 5 + p]
            o = 0
            for p in range(5):
                gp = grads[c * 5 + p]
                for q in range(p, 5):
                    hu[o] += post * (hess[c * 15 + o] + gp * grads[c * 5 + q])
                    o += 1
        o = 0
        for p in range(5):
            for q in range(p, 5):
                hv[p, q] = hu[o] - gv[p] * gv[q]
                o += 1
        # the common part
        # (k log k is in the classes' −k log(D/k); the classes' ∂/∂θ₃ leave their −n here)
        dk = k * digamma[ci] - n
        gv[0] += n
        gv[1] += -beta * age_sum[i]
        gv[3] += dk
        hv[1, 1] += -beta * age_sum[i]
        hv[3, 3] += k * digamma[ci] + k * k * trigamma[ci]
        # the passive share
        if n > 0 or not with_passive:
            value = log_not_psi + v
            active = 1.0
        else:
            hi = max(log_psi, log_not_psi + v)
            value = hi + math.log(math.exp(log_psi - hi) + math.exp(log_not_psi + v - hi))
            active = math.exp(log_not_psi + v - value)
        for p in range(5):
            full_g[p] = active * gv[p]
            for q in range(p, 5):
                full_h[p, q] = active * hv[p, q] + active * (1.0 - active) * gv[p] * gv[q]
            full_h[p, 5] = -active * (1.0 - active) * gv[p]
        if with_passive:
            full_g[5] = (1.0 - active) - psi
            full_h[5, 5] = -psi * (1.0 - psi) + active * (1.0 - active)
        else:
            full_g[5] = 0.0
            full_h[5, 5] = 0.0
        if want_scores:
            for p in range(6):
                scores[p, i] = full_g[p]
        if wi == 0.0:
            continue
        total += wi * value
        for p in range(6):
            gradient[p] += wi * full_g[p]
        if want_hessian:
            for p in range(6):
                for q in range(p, 6):
                    hessian[p, q] += wi * full_h[p, q]
    if want_hessian:
        for p in range(6):
            for q in range(p):
                hessian[p, q] = hessian[q, p]
    return total


@_jit
def by_count(event_contact: np.ndarray, n_contacts: int) -> tuple[np.ndarray, np.ndarray]:
    """The contacts in the order of their count of events, fewest first and in their own
    order among equals (NumPy's ``argsort(bincount(event_contact), kind="stable")``: a
    counting sort, O(contacts + events)), and each contact's place in that order (its
    inverse): ``(order, number)``, ``order[number[c]] == c``."""
    count = np.zeros(n_contacts, dtype=np.int64)
    for e in range(event_contact.size):
        count[event_contact[e]] += 1
    most = 0
    for c in range(n_contacts):
        if count[c] > most:
            most = count[c]
    start = np.zeros(most + 2, dtype=np.int64)
    for c in range(n_contacts):
        start[count[c] + 1] += 1
    for v in range(most + 1):
        start[v + 1] += start[v]
    order = np.empty(n_contacts, dtype=np.int64)
    number = np.empty(n_contacts, dtype=np.int64)
    for c in range(n_contacts):
        place = start[count[c]]
        start[count[c]] += 1
        order[place] = c
        number[c] = place
    return order, number
