"""The two-part decay likelihood: a decaying part on every tie, a floor of its own on some.

Model (``likelihood="two-part"``), a Poisson process per contact mixed over its unknowns:

* a contact is passive (never interacts) with probability ψ; otherwise
* its intensity at age a (days since connecting) is λᵢ(a) = Zᵢλ₀e^(−βa) + Fᵢ, with
  Zᵢ ~ Gamma(k, 1/k) its chattiness at the start (the frailty of decay_fit) and
* Fᵢ = 0 (the tie fades to nothing) with probability 1 − π, otherwise a floor rate of its
  own, Fᵢ ~ Gamma(k_F, scale φ/k_F) (mean φ events a day), *independent of Zᵢ*.

That is how the synthetic persona draws its ties (world.py ``_tie_events``: Gamma(1.5)
starting rates, a passive share, strong ties with a Gamma(2) floor of their own), and a
plain description of real ones: some ties keep a steady pace of their own (family, close
colleagues) whatever their start. The floor mixture (:mod:`~power1000_analysis.decay_mixture`)
ties each floor to the contact's own starting rate (Zᵢλ₀·r), which keeps its integral over
Zᵢ a sum of negative binomials but is biased by ~2% at 30,000 contacts whose floors are
independent of their starts (bench/README.md #7 session 7). Here the floor is independent,
and the likelihood still has a closed form: for contact i with n events at ages a_j over an
exposure E, with c_j = e^(−βa_j) and e_m(c) the elementary symmetric polynomials,

    Lᵢ = ψ·1[n = 0] + (1 − ψ)[(1 − π)·e_n(c)·M_Z(n) + π·Σ_m e_m(c)·M_Z(m)·M_F(n − m)],
    M_Z(m) = E[(Zλ₀)^m e^(−Zλ₀g)],  M_F(r) = E[F^r e^(−FE)],  g = ∫₀ᴱ e^(−βa) da,

both moments closed-form Gamma integrals. The compiled pass
(:mod:`~power1000_analysis._twopart_kernel`) evaluates it with an O(n²) recursion per contact
that carries e_m and its β-derivatives without cancellation or overflow, and gives the
gradient, the analytic Hessian and each contact's score. Ages are binned to the day as in
the other fits (a table of e^(−βa) per day; the binning error is far below the sampling
error at half-lives of weeks).

Parameters θ = (log λ₀, log β, log φ, log k, logit π, logit ψ, log k_F), fitted by Newton's
method with the floor mixture's machinery (:func:`~power1000_analysis.decay_mixture._optimise`:
boundaries π = 0 and ψ = 0 tried and re-entered, a 10,000-contact start above 20,000
contacts) and decay_fit's contact jackknife (exact leave-one-out refits of the influential
contacts) for the interval. The floor's shape k_F is fitted (``floor_shape=None``, the
default since session 9) or held at a given value (``FLOOR_SHAPE``, 2, the persona's: the
default in session 8). Why fitted: held at 2 the fit is −0.8% to −1.7% at 30,000
contacts whose floors are one fixed rate (test_activity's ``simulate``; covers 1 of 7
seeds), fitted it is unbiased there (7 of 7), and on the persona the two are alike
(persona seeds 1-100: intervals cover 96 / 95 / 96% fitted, 96 / 95 / 97% held;
bench/README.md #7 sessions 8-9).

Speed (session 9): at 100,000 contacts the pass runs in one piece a CPU (threads,
``_PARALLEL_FROM``), and Newton on all contacts starts with a step on the 10,000-contact
sample's Hessian and ends with a step not evaluated (decay_mixture's ``_optimise``); ages
and contacts are laid out by a compiled counting sort. bench/bench_decay_speed.py times it
against the frailty fit (bench/README.md #7 session 9). Session 11: the contacts are laid
out in the order of their count of events, so that the pass runs the recursions of four
contacts with as many events at once (one SIMD lane each: _twopart_kernel's ``_recursion``),
and the threads take blocks of contacts in turn (``_pieces``): 14 % off a pass with the
Hessian, 15 % off one without, at 100,000 contacts. Session 12: contacts without events in closed
form and the two active classes' Hessian written out (_twopart_kernel): Hessian pass
56.7 → 42.2 ms, gradient pass 35.5 → 29.7 ms of one CPU at 100,000 floors contacts.

``rate0`` and ``floor_rate`` of the fit are the population's mean intensity, passive
contacts included: (1 − ψ)λ₀e^(−βa) + (1 − ψ)πφ, comparable with the other likelihoods'.

Example
-------
>>> import numpy as np
>>> exposure = np.array([400.0, 400.0, 400.0])
>>> ages = np.array([1.0, 3.0, 10.0, 2.0, 390.0, 395.0])
>>> fit = _fit_twopart(exposure, ages, np.array([0, 0, 0, 1, 1, 1]))
>>> fit.likelihood, fit.n_events
('two-part', 6)
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import ClassVar

import numpy as np
from scipy import special

from power1000_analysis import decay_fit
from power1000_analysis.decay_fit import _REFIT_MAX, _DecayFit, _nan_fit
from power1000_analysis.decay_mixture import _executor, _interval, _optimise, _Passes

__all__: list[str] = []

#: parameters: log λ₀, log β, log φ, log k, logit π, logit ψ, log k_F
_P = 7
#: the floor's Gamma shape when it is not fitted (the persona's strong ties draw theirs from
#: a Gamma(2); bench/README.md #7 session 8 on fitting it instead)
FLOOR_SHAPE = 2.0
#: bounds of θ in Newton's method (see decay_mixture's ``_LOWER``): a floor rate below
#: e^(−20) a day or a floor share below e^(−20) is no floor; k above e^14 is no frailty
_LOWER = np.array([-np.inf, -np.inf, -20.0, -np.inf, -20.0, -20.0, math.log(0.05)])
_UPPER = np.array([np.inf, np.inf, np.inf, 14.0, np.inf, np.inf, math.log(1e4)])
#: contacts from which the compiled pass runs in ``_threads()`` pieces at once, one Python
#: thread each (the compiled pass releases the GIL): no spinning workers (numba's OpenMP
#: threads spun and waited on this shared 2-CPU machine: at load 13-16 session 8's prange
#: pass took 0.29 s CPU at 100,000 contacts, the serial one 0.15 s), so under load the
#: threads cost what the serial pass costs, and on an idle machine the pass takes half the
#: time on 2 cores (bench/README.md #7 session 9). The sum over contacts is then added up in
#: pieces: the same to rounding (1e-15 relative), and the same on every run of one machine.
_PARALLEL_FROM = 8_000
#: contacts in a block of a thread's piece (:meth:`_TwoPartPasses._pieces`)
_BLOCK = 256


def _threads() -> int:
    """Threads of the compiled pass: the CPUs this process may use, at most 4."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # (not on every platform)
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


def _pool() -> ThreadPoolExecutor:
    """The pass's threads (decay_mixture's :func:`_executor`: one pool a process)."""
    return _executor("twopart", _threads())


class _TwoPartPasses(_Passes):
    """The data in the compiled pass's layout (decay_mixture's), and :meth:`evaluate` of the
    two-part likelihood: log-likelihood, gradient, Hessian and scores at θ."""

    lower: ClassVar[np.ndarray] = _LOWER
    upper: ClassVar[np.ndarray] = _UPPER
    floor_coordinates: ClassVar[list[int]] = [2, 4, 6]
    shape: ClassVar[float | None] = FLOOR_SHAPE

    def __init__(
        self, exposure: np.ndarray, event_age: np.ndarray, event_contact: np.ndarray
    ) -> None:
        # The contacts are numbered in the order of their events' count (fewest first; in
        # their own order among equals: ``order[new] = old``), so that the compiled pass
        # finds contacts with as many events side by side and runs their recursions
        # together (_twopart_kernel.LANES), reading every array in its order. Everything
        # per contact here (count, exposure, weight, scores) is in that numbering.
        from power1000_analysis._mixture_kernel import by_count

        event_contact = np.asarray(event_contact, dtype=np.int64)
        exposure = np.asarray(exposure, dtype=float)
        self.order, number = by_count(event_contact, len(exposure))
        super().__init__(exposure[self.order], event_age, event_contact, number)
        self.fixed = np.zeros(_P, dtype=bool)
        self.fixed[6] = self.shape is not None
        self._split: list[np.ndarray] | None = None
        # where a floor is put back (decay_mixture._reenter): π = 0.01 at 3x the mean rate
        mean_rate = max(self.n_events, 1.0) / max(self.total_exposure, 1e-300)
        self.reentry = np.array(
            [
                np.nan,
                np.nan,
                math.log(3.0 * mean_rate),
                math.log(1e3),
                math.log(0.01 / 0.99),
                -6.9,
                math.log(self.shape or FLOOR_SHAPE),
            ]
        )

    def floor_events(self, theta: np.ndarray) -> float:
        """Events the floor explains in all (π·φ·ΣEᵢ; ψ left out)."""
        return float(special.expit(theta[4])) * math.exp(theta[2]) * self.total_exposure

    def start(
        self,
        exposure: np.ndarray,
        event_age: np.ndarray,
        event_contact: np.ndarray,
        *,
        sampled: bool = False,
    ) -> np.ndarray:
        """Newton's start: the shared-floor frailty optimum's λ₀, β and k (k at most 1000),
        its floor c as π·φ with π = 0.1, ψ at half the share of contacts without events.
        On the random sample of a large fit (``sampled``) the pooled Poisson fit without a
        floor (β profiled, closed-form λ₀) and k from the counts' moments instead: the
        frailty fit's BFGS took more than the two-part Newton's passes there, and the
        sample's optimum is only where the fit on all contacts starts."""
        s = decay_fit._stats(exposure, event_age, event_contact)
        if sampled:
            params = decay_fit._poisson_start(s, floor=False)
            rate, beta = np.exp(params[:2])
            lam = rate * decay_fit._integrals(beta, s.group_exposure, 1)[0]
            excess = float(s.group_size @ ((s.group_events - lam) ** 2 - s.group_events))
            k = float(s.group_size @ lam**2) / excess if excess > 0 else 1e3
            k = min(max(k, 0.05), 1e3)
            steady = 0.1 * s.n_events / s.total_exposure
        else:
            params, frailty = decay_fit._optimum(s, floor=True, frailty=True)
            rate, beta, steady = np.exp(params[:3])
            k = min(math.exp(params[3]), 1e3) if frailty else 1e3
        share = 0.1
        phi = max(steady, 1e-6 * rate) / share
        silent = min(max(0.5 * float(np.mean(self.count == 0)), 0.01), 0.9)
        return np.array(
            [
                math.log(rate),
                math.log(beta),
                math.log(phi),
                math.log(k),
                math.log(share / (1 - share)),
                math.log(silent / (1 - silent)),
                math.log(self.shape or FLOOR_SHAPE),
            ]
        )

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
        """(log-likelihood, gradient, Hessian, per-contact scores) at θ; ``level`` 1: no
        Hessian, 0: only the value and the slopes in logit π, logit ψ (twopart_pass)."""
        from power1000_analysis import _twopart_kernel as kernel

        per_contact = np.zeros((_P, len(self.exposure) if scores else 0))
        theta = np.asarray(theta, dtype=float)
        tables = kernel._tables(theta, self.ages, self.count, self.contacts)
        head = (theta, tables[0], tables[1], self.indptr, self.event_day, self.exposure,
                self.count, self.age_sum, *tables[2:7],
                self.weight if weight is None else weight)  # fmt: skip
        tail = (floor, passive, level, tables[7])
        parts = [(np.zeros(_P), np.zeros((_P, _P))) for _ in self._pieces()]
        jobs = [
            (*head, piece, 0, len(piece), *tail, gradient, hessian, per_contact)
            for piece, (gradient, hessian) in zip(self._pieces(), parts, strict=True)
        ]
        if len(jobs) == 1:
            values = [kernel._chunk(*jobs[0])]
        else:
            values = list(_pool().map(lambda job: kernel._chunk(*job), jobs))
        gradient = np.sum([g for g, _ in parts], axis=0)
        hessian = np.sum([h for _, h in parts], axis=0)
        if level >= 2:
            hessian = np.triu(hessian) + np.triu(hessian, 1).T
        return float(sum(values)), gradient, hessian, per_contact

    def _pieces(self) -> list[np.ndarray]:
        """The contacts of each thread's piece (:data:`_PARALLEL_FROM`): blocks of
        :data:`_BLOCK` contacts dealt out in turn, so that every piece holds contacts of
        every count of events alike (the layout orders them by count: contiguous ranges
        split by an estimate of the work were 10-20 % apart once the recursions of four
        contacts ran at once, session 11), and contacts with as many events stay side by
        side."""
        if self._split is None:
            n_contacts, threads = len(self.contacts), _threads()
            if n_contacts < _PARALLEL_FROM or threads == 1:
                self._split = [self.contacts]
            else:
                blocks = np.arange(n_contacts) // _BLOCK % threads
                self._split = [np.flatnonzero(blocks == t) for t in range(threads)]
        return self._split


class _FittedShapePasses(_TwoPartPasses):
    shape: ClassVar[float | None] = None


def _fit_twopart(
    exposure: np.ndarray,
    event_age: np.ndarray,
    event_contact: np.ndarray,
    *,
    refit_max: int = _REFIT_MAX,
    floor_shape: float | None = None,
) -> _DecayFit:
    """Maximum-likelihood fit of the two-part model (module docstring), with decay_fit's
    contact-jackknife interval. ``floor_shape``: k_F held there, or fitted when None (the
    default, since session 9). With
    no floor (π = 0 at the optimum) it is the no-floor Gamma-frailty fit plus the passive
    share, ``floor_share`` 0."""
    n_contacts, n_events = len(exposure), len(event_age)
    if n_events == 0 or n_contacts == 0 or float(exposure.max()) <= 0:
        return replace(_nan_fit(n_contacts, n_events), likelihood="two-part")
    if floor_shape is None:
        model: type[_TwoPartPasses] = _FittedShapePasses
    elif floor_shape == FLOOR_SHAPE:
        model = _TwoPartPasses
    else:
        model = type("_ShapePasses", (_TwoPartPasses,), {"shape": float(floor_shape)})
    passes, point = _optimise(model, exposure, event_age, event_contact)
    _, bread, sandwich, jackknife, df, refits = _interval(passes, point, refit_max)
    rate, beta, phi, k, kf = np.exp(point.theta[[0, 1, 2, 3, 6]])
    pi = float(special.expit(point.theta[4])) if point.floor else 0.0
    psi = float(special.expit(point.theta[5])) if point.passive else 0.0
    # β is coordinate 1 of θ and of the free parameters (λ₀ and β are never at a bound)
    return _DecayFit(
        beta=float(beta),
        beta_se=float(beta * math.sqrt(max(jackknife[1, 1], 0.0))),
        rate0=float((1 - psi) * rate),
        floor_rate=float((1 - psi) * pi * phi),
        n_contacts=n_contacts,
        n_events=n_events,
        beta_se_naive=float(beta * math.sqrt(max(bread[1, 1], 0.0))),
        beta_se_sandwich=float(beta * math.sqrt(max(sandwich[1, 1], 0.0))),
        likelihood="two-part",
        frailty_shape=float(k),
        refits=refits,
        jackknife_df=df,
        floor_share=pi,
        passive_share=psi,
        floor_shape=float(kf) if pi > 0 else math.nan,
    )
