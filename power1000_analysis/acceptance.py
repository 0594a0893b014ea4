"""How likely is a sent request to be accepted, and how fast? (DESIGN.md §6, issue #8).

Two kinds of export tell about sent requests, and they need different arithmetic:

- **complete lists** name every request sent (accepted, declined and still pending alike);
  each request is watched from the day it was sent;
- **pending lists** (LinkedIn's ``Invitations.csv``, Meta's sent-request files) name only the
  requests still open at export time. A request pending in one export is a connection or
  gone in the next. The naive ratio accepted / resolved is badly biased: accepted requests
  leave the pending list within days while ignored ones linger for weeks, so a pending
  list over-represents the ignored ones.

Both are read through one model, fitted by maximum likelihood. Each request is accepted
with probability ``q``, declined with probability ``r`` or ignored (``1 - q - r``). An
answer (accept or decline) comes after an exponential delay with mean ``mu`` days; an
ignored request stays pending until the sender withdraws it (or the platform expires it),
at a constant hazard ``w`` per day (possibly zero). A request listed as pending at age
``e`` contributes its fate *conditional on still being pending at* ``e`` (left truncation),
so the pending lists' over-representation of ignored requests is modelled, not ignored:

- still pending at age c: ``P(c) / P(e)`` with ``P(t) = (q + r)·S(t) + (1 - q - r)·W(t)``;
- accepted between ages u and v: ``q·(S(u) - S(v)) / P(e)``;
- gone between ages u and v without a connection: ``(r·(S(u) - S(v)) + (1 - q - r)·(W(u) -
  W(v))) / P(e)``;

with ``S(t) = exp(-t / mu)`` and ``W(t) = exp(-w·t)``. The interval on ``q`` is a profile
likelihood interval (likelihood ratio, χ²₁ at 95%): wide when few requests were young
enough at an export to reveal their fate, as it should be.

Example
-------
>>> from power1000_analysis.network import Network
>>> estimate = acceptance(Network.empty(), platform="linkedin")
>>> estimate.n, estimate.source
(0, 'none')
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
from scipy import optimize, special, stats

from power1000_analysis.network import TIE_RELATIONS, Network
from power1000_analysis.schema import Estimate

__all__ = [
    "COMPLETE_LIST_SHARE",
    "Acceptance",
    "acceptance",
    "acceptance_table",
    "request_observations",
    "request_outcomes",
]

AsOf: TypeAlias = str | datetime | pd.Timestamp | None

#: an export's sent requests count as a *complete* list when at least this share of them
#: carries an outcome (accepted, declined, withdrawn, unknown). Pending-only lists carry an
#: outcome only for the rare request whose counterpart is already a connection in the
#: same export (LinkedIn's loader marks those accepted).
COMPLETE_LIST_SHARE = 0.2
_CHI2_95 = float(stats.chi2.ppf(0.95, 1))
_KINDS = ("pending", "accepted", "vanished")


@dataclass(frozen=True)
class Acceptance(Estimate):
    """The acceptance probability of a sent request, with what it rests on.

    ``value``/``ci_low``/``ci_high`` are the probability and its 95% interval; ``n`` the
    requests observed. ``naive`` is accepted / (accepted + gone) over the same requests:
    shown to compare, never to use. Delays are in days (from the fitted exponential).

    Example
    -------
    >>> Acceptance(0.5, 0.4, 0.6, n=10, method="m", platform="x").platform
    'x'
    """

    platform: str = ""
    source: str = "none"
    accepted: int = 0
    gone: int = 0
    pending: int = 0
    naive: float = math.nan
    delay_median_days: float = math.nan
    delay_q1_days: float = math.nan
    delay_q3_days: float = math.nan
    declined_share: float = math.nan
    withdraw_per_day: float = math.nan

    def pending_probability(self, age_days: np.ndarray | float) -> np.ndarray:
        """Probability that a request is still pending ``age_days`` after it was sent.

        Example
        -------
        >>> float(Acceptance(0.5, 0.4, 0.6, 9, "m", delay_median_days=math.log(2),
        ...       declined_share=0.0, withdraw_per_day=0.0).pending_probability(0.0))
        1.0
        """
        q, mean_delay = self.value, self.delay_median_days / math.log(2.0)
        answered = q + (1.0 - q) * self.declined_share
        age = np.asarray(age_days, dtype=float)
        return np.asarray(
            answered * np.exp(-age / mean_delay)
            + (1.0 - answered) * np.exp(-self.withdraw_per_day * age)
        )


def _cutoff(net: Network, as_of: AsOf) -> pd.Timestamp | None:
    from power1000_analysis.evidence import _as_of  # the one as_of parser (ISO strings)

    return _as_of(net, as_of)


def _who(requests: pd.DataFrame) -> pd.Series:
    # the same identity network.py uses to match a request across snapshots
    return requests["contact_key"].fillna("name:" + requests["name"].fillna("")).astype(str)


def _days(later: Any, earlier: Any) -> np.ndarray:
    """Days from ``earlier`` to ``later``, element-wise; NaN where either is missing (NaT
    as int64 is its minimum, which once turned a missing resolution time into +86,616
    days: review9 F6)."""
    later_at = pd.to_datetime(later, utc=True).to_numpy(dtype="datetime64[ns]")
    earlier_at = pd.to_datetime(earlier, utc=True).to_numpy(dtype="datetime64[ns]")
    return np.asarray((later_at - earlier_at) / np.timedelta64(1, "D"), dtype=float)


def request_observations(
    net: Network, *, platform: str, as_of: AsOf = None
) -> tuple[pd.DataFrame, str]:
    """Each sent request of ``platform`` as the model sees it, and the kind of list.

    Returns
    -------
    (DataFrame, str)
        One row per request: ``who``, ``sent_at``, ``entry`` (age in days at which it was
        first seen; 0 for complete lists), ``kind`` ∈ {pending, accepted, vanished},
        ``lo``/``hi`` (ages in days: still pending at ``lo`` = ``hi``; accepted or gone
        between them), ``timed`` (an accepted request whose acceptance time is bounded:
        between two snapshots, or a resolution time; False for one a complete list marks
        accepted without a time, bounded only by sending and the export); and
        ``"complete"``, ``"pending"`` or ``"none"``. A complete list holds one row per
        account (its latest request).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> request_observations(Network.empty(), platform="x")[1]
    'none'
    """
    columns = ["who", "sent_at", "entry", "kind", "lo", "hi", "timed"]
    cutoff = _cutoff(net, as_of)
    exports = [
        e
        for e in net.exports
        if e.platform == platform
        and e.exported_at is not None
        and (cutoff is None or e.exported_at <= cutoff)
    ]
    exports.sort(key=lambda e: pd.Timestamp(e.exported_at))
    listed = []
    for export in exports:
        rows = export.requests
        if rows is None or rows.empty:
            continue
        sent = rows[(rows["direction"] == "sent") & rows["sent_at"].notna()]
        if not sent.empty:
            listed.append((export, sent))
    if not listed:
        return pd.DataFrame(columns=columns), "none"
    contacts = net.contacts[net.contacts["platform"] == platform]
    tie = contacts[contacts["relation"].isin(TIE_RELATIONS["sent"])]
    connected_at = dict(zip(tie["contact_key"], tie["connected_at"], strict=True))
    first_seen = dict(zip(tie["contact_key"], tie["first_seen_at"], strict=True))

    newest, newest_rows = listed[-1]
    outcome_share = float((newest_rows["status"] != "pending").mean())
    if outcome_share >= COMPLETE_LIST_SHARE:
        return _complete(newest, newest_rows, connected_at), "complete"

    dates = [e.exported_at for e in exports]
    stacked = pd.concat([rows.assign(_seen=e.exported_at) for e, rows in listed], ignore_index=True)
    stacked["who"] = _who(stacked)
    stacked["_day"] = pd.to_datetime(stacked["sent_at"], utc=True).dt.floor("D")
    grouped = stacked.groupby(["who", "_day"], sort=False)
    first = grouped.agg(
        sent_at=("sent_at", "first"), first_seen=("_seen", "min"), last_seen=("_seen", "max")
    ).reset_index()
    ordered = pd.DatetimeIndex(sorted({pd.Timestamp(d) for d in dates}))
    position = ordered.searchsorted(pd.DatetimeIndex(first["last_seen"]), side="right")
    has_next = position < len(ordered)
    following = pd.Series(ordered[np.minimum(position, len(ordered) - 1)], index=first.index).where(
        has_next
    )
    entry = _days(first["first_seen"], first["sent_at"])
    last_age = _days(first["last_seen"], first["sent_at"])
    next_age = np.where(has_next, _days(following, first["sent_at"]), last_age)
    when = pd.to_datetime(first["who"].map(connected_at), utc=True)
    seen = pd.to_datetime(first["who"].map(first_seen), utc=True)
    tied = first["who"].isin(list(connected_at)).to_numpy() & has_next
    tied &= (seen.isna() | (seen <= following)).to_numpy()
    dated = tied & ((when > first["last_seen"]) & (when <= following)).to_numpy()
    # connection dates have day precision: accepted within that day
    age = _days(when, first["sent_at"])
    lo = np.where(dated, np.maximum(last_age, age - 0.5), last_age)
    hi = np.where(dated, np.minimum(next_age, age + 0.5), next_age)
    hi = np.where(has_next, np.maximum(hi, lo + 1e-3), last_age)
    kind = np.where(~has_next, "pending", np.where(tied, "accepted", "vanished"))
    table = pd.DataFrame(
        {
            "who": first["who"].to_numpy(),
            "sent_at": first["sent_at"].to_numpy(),
            "entry": entry,
            "kind": kind,
            "lo": lo,
            "hi": hi,
            "timed": kind == "accepted",
        }
    )
    return table, "pending"


def _complete(export: Any, rows: pd.DataFrame, connected_at: dict[str, Any]) -> pd.DataFrame:
    """Requests of a complete list, each watched from the day it was sent.

    One account is one request: when the list holds several for the same account (sent,
    withdrawn and sent again), the latest is kept, as the one whose outcome the list
    shows. An accepted request without a resolution time (an "unknown" status whose
    account is now followed) was accepted at some time between sending and the export:
    it counts as accepted with its delay censored to that interval, and it is not
    ``timed``."""
    rows = rows.assign(_who=_who(rows)).sort_values("sent_at", kind="stable")
    rows = rows.drop_duplicates("_who", keep="last").sort_index()
    who = rows.pop("_who")
    age = _days(pd.Series(export.exported_at, index=rows.index), rows["sent_at"])
    resolved = _days(rows["resolved_at"], rows["sent_at"])
    status = rows["status"].to_numpy(dtype=object)
    linked = who.isin(list(connected_at)).to_numpy()
    accepted = (status == "accepted") | ((status == "unknown") & linked)
    pending = status == "pending"
    known_time = accepted & np.isfinite(resolved) & (resolved >= 0)
    lo = np.where(pending, age, np.where(known_time, np.maximum(resolved - 0.5, 0.0), 0.0))
    hi = np.where(known_time, np.minimum(resolved + 0.5, np.maximum(age, 0.5)), age)
    hi = np.maximum(hi, lo + 1e-3)
    kind = np.where(pending, "pending", np.where(accepted, "accepted", "vanished"))
    return pd.DataFrame(
        {
            "who": who.to_numpy(),
            "sent_at": rows["sent_at"].to_numpy(),
            "entry": 0.0,
            "kind": kind,
            "lo": np.where(pending, age, lo),
            "hi": np.where(pending, age, hi),
            "timed": known_time,
        }
    )


# ----------------------------------------------------------------------------- the model


@dataclass
class _Data:
    entry: np.ndarray
    kind: np.ndarray  # 0 pending, 1 accepted, 2 vanished
    lo: np.ndarray
    hi: np.ndarray


def _interval(rate: float, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """log(exp(-rate·lo) - exp(-rate·hi)) for hi > lo (stable for tiny gaps) and its
    derivative with respect to the rate."""
    gap = hi - lo
    log_mass = -rate * lo + np.log(-np.expm1(-rate * gap) + 1e-300)
    slope = -lo + gap / np.maximum(np.expm1(np.minimum(rate * gap, 700.0)), 1e-300)
    return log_mass, slope


def _negative_loglik(x: np.ndarray, data: _Data) -> tuple[float, np.ndarray]:
    """Minus the log-likelihood and its gradient in x = (logit q, logit declined share among
    the not accepted, log mean delay, log withdrawal hazard)."""
    q, share = float(special.expit(x[0])), float(special.expit(x[1]))
    rho, w = math.exp(-x[2]), math.exp(x[3])
    r, g = (1.0 - q) * share, (1.0 - q) * (1.0 - share)
    log_q, log_r, log_g = (math.log(max(v, 1e-300)) for v in (q, r, g))
    log_a = math.log(max(q + r, 1e-300))
    total = 0.0
    d_q = d_r = d_g = d_rho = d_w = 0.0
    for ages, sign in ((data.entry[data.entry > 0], -1.0), (data.lo[data.kind == 0], 1.0)):
        answered, ignored = log_a - rho * ages, log_g - w * ages
        log_p = np.logaddexp(answered, ignored)
        share_answered = np.exp(answered - log_p)
        total += sign * float(log_p.sum())
        d_answer = sign * float(np.exp(-rho * ages - log_p).sum())
        d_q += d_answer
        d_r += d_answer
        d_g += sign * float(np.exp(-w * ages - log_p).sum())
        d_rho -= sign * float((ages * share_answered).sum())
        d_w -= sign * float((ages * (1.0 - share_answered)).sum())
    accepted = data.kind == 1
    log_mass, slope = _interval(rho, data.lo[accepted], data.hi[accepted])
    total += float(log_mass.sum()) + log_q * int(accepted.sum())
    d_q += int(accepted.sum()) / max(q, 1e-300)
    d_rho += float(slope.sum())
    gone = data.kind == 2
    mass_rho, slope_rho = _interval(rho, data.lo[gone], data.hi[gone])
    mass_w, slope_w = _interval(w, data.lo[gone], data.hi[gone])
    log_total = np.logaddexp(log_r + mass_rho, log_g + mass_w)
    declined = np.exp(log_r + mass_rho - log_total)
    total += float(log_total.sum())
    d_r += float(np.exp(mass_rho - log_total).sum())
    d_g += float(np.exp(mass_w - log_total).sum())
    d_rho += float((declined * slope_rho).sum())
    d_w += float(((1.0 - declined) * slope_w).sum())
    spread = q * (1.0 - q)
    gradient = np.array(
        [
            d_q * spread - d_r * spread * share - d_g * spread * (1.0 - share),
            (d_r - d_g) * (1.0 - q) * share * (1.0 - share),
            -d_rho * rho,
            d_w * w,
        ]
    )
    return -total, -gradient


# nuisance parameters: logit of the declined share, log mean delay, log withdrawal hazard
_BOUNDS = [(-12.0, 12.0), (math.log(0.05), math.log(3650.0)), (math.log(1e-6), math.log(1.0))]


def _nuisance(x: np.ndarray) -> tuple[float, float, float]:
    return float(special.expit(x[0])), float(math.exp(x[1])), float(math.exp(x[2]))


def _profile(logit_q: float, data: _Data, start: np.ndarray) -> tuple[float, np.ndarray]:
    def negative(x: np.ndarray) -> tuple[float, np.ndarray]:
        value, gradient = _negative_loglik(np.concatenate([[logit_q], x]), data)
        return value, gradient[1:]

    fit = optimize.minimize(negative, start, jac=True, method="SLSQP", bounds=_BOUNDS)
    return -float(fit.fun), np.asarray(fit.x)


@dataclass
class _Fit:
    q: float
    low: float
    high: float
    mu: float
    loglik: float
    declined_share: float
    withdraw_per_day: float


def _fit(data: _Data) -> _Fit:
    """MLE of q with the nuisance parameters, then its profile likelihood interval."""

    best: Any = None
    for start in ([0.0, 0.0, math.log(7.0), math.log(1e-3)], [-1.5, -2.0, 1.0, -8.0]):
        found = optimize.minimize(
            _negative_loglik,
            np.array(start),
            args=(data,),
            jac=True,
            method="SLSQP",
            bounds=[(-9.0, 9.0), *_BOUNDS],
        )
        if best is None or found.fun < best.fun:
            best = found
    peak_z, x_peak, peak = float(best.x[0]), np.asarray(best.x[1:]), -float(best.fun)

    limit = math.sqrt(_CHI2_95)

    def bound(direction: float) -> float:
        # the signed root of the deviance is close to linear in logit q: interpolate on it
        z, x, previous = peak_z, x_peak, 0.0
        step = 0.3
        while abs(z) < 9.0:
            z_next = float(np.clip(z + direction * step, -9.0, 9.0))
            value, x_next = _profile(z_next, data, x)
            root = math.sqrt(max(2.0 * (peak - value), 0.0))
            if root >= limit:
                guess = z + (z_next - z) * (limit - previous) / max(root - previous, 1e-12)
                value, _ = _profile(guess, data, x)
                root_guess = math.sqrt(max(2.0 * (peak - value), 0.0))
                # one secant refinement from whichever side the guess fell on
                if root_guess < limit:
                    z, previous = guess, root_guess
                else:
                    z_next, root = guess, root_guess
                guess = z + (z_next - z) * (limit - previous) / max(root - previous, 1e-12)
                return float(special.expit(guess))
            z, x, previous = z_next, x_next, root
            step *= 1.6
        return 0.0 if direction < 0 else 1.0

    share, mu, withdraw = _nuisance(x_peak)
    return _Fit(float(special.expit(peak_z)), bound(-1.0), bound(1.0), mu, peak, share, withdraw)


def acceptance(net: Network, *, platform: str, as_of: AsOf = None) -> Acceptance:
    """Probability that a request the user sends on ``platform`` is accepted.

    Reads complete request lists directly and pending-only lists across snapshots through
    the truncation model of the module docstring. The interval is a 95% profile likelihood
    interval; the delay quartiles come from the fitted exponential answer delay.

    Parameters
    ----------
    net
        The network (its ``exports`` hold each snapshot's own request list).
    platform
        The platform, e.g. ``"linkedin"``.
    as_of
        Use only exports taken up to this date (default: all).

    Returns
    -------
    Acceptance
        An :class:`~power1000_analysis.schema.Estimate` with counts, the naive ratio and
        the time to accept; NaN with the reason in ``method`` when the exports hold no
        sent request, or no request whose fate they reveal.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> math.isnan(acceptance(Network.empty(), platform="facebook").value)
    True
    """
    from power1000_analysis.decay import _check_platform

    _check_platform(net, platform)  # "LinkedIn" was "no sent requests" (review11 A7)
    observations, source = request_observations(net, platform=platform, as_of=as_of)
    counts = observations["kind"].value_counts()
    pending, accepted, gone = (int(counts.get(k, 0)) for k in _KINDS)
    naive = accepted / (accepted + gone) if accepted + gone else math.nan
    common: dict[str, Any] = {
        "platform": platform,
        "source": source,
        "accepted": accepted,
        "gone": gone,
        "pending": pending,
        "naive": naive,
    }
    if source == "none" or observations.empty:
        return Acceptance(
            math.nan, math.nan, math.nan, 0, "no sent requests in the exports", **common
        )
    if accepted + gone == 0:
        return Acceptance(
            math.nan,
            0.0,
            1.0,
            len(observations),
            "no request's fate is revealed (only pending ones, never seen again)",
            **common,
        )
    # a request first and last seen pending in the newest export says nothing (P(e)/P(e))
    informative = observations[
        (observations["kind"] != "pending") | (observations["lo"] > observations["entry"])
    ]
    data = _Data(
        entry=informative["entry"].to_numpy(dtype=float).clip(min=0.0),
        kind=informative["kind"].map({k: i for i, k in enumerate(_KINDS)}).to_numpy(dtype=int),
        lo=informative["lo"].to_numpy(dtype=float).clip(min=0.0),
        hi=informative["hi"].to_numpy(dtype=float).clip(min=0.0),
    )
    fit = _fit(data)
    lists = "complete request lists" if source == "complete" else "pending lists across snapshots"
    method = (
        f"MLE from {lists} (answer delay exponential, ignored requests withdrawn at a "
        "constant hazard, left truncation at first listing); 95% profile likelihood"
    )
    scale = fit.mu
    if accepted and not observations.loc[observations["kind"] == "accepted", "timed"].any():
        # accepted "some time before the export" only: the fit pushes the delay to 0,
        # which is no measurement
        scale = math.nan
        method += "; no acceptance time in the exports, so no delay"
    return Acceptance(
        fit.q,
        fit.low,
        fit.high,
        len(observations),
        method,
        **common,
        delay_median_days=scale * math.log(2.0),
        delay_q1_days=scale * math.log(4.0 / 3.0),
        delay_q3_days=scale * math.log(4.0),
        declined_share=fit.declined_share,
        withdraw_per_day=fit.withdraw_per_day,
    )


def acceptance_table(net: Network, *, as_of: AsOf = None) -> pd.DataFrame:
    """:func:`acceptance` for every platform whose exports list sent requests.

    Returns
    -------
    DataFrame
        One row per platform: ``platform``, ``value``, ``ci_low``, ``ci_high``, ``n``,
        ``accepted``, ``gone``, ``pending``, ``naive``, ``delay_median_days``,
        ``delay_q1_days``, ``delay_q3_days``, ``source``, ``method``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> acceptance_table(Network.empty()).empty
    True
    """
    columns = [
        "platform",
        "value",
        "ci_low",
        "ci_high",
        "n",
        "accepted",
        "gone",
        "pending",
        "naive",
        "delay_median_days",
        "delay_q1_days",
        "delay_q3_days",
        "source",
        "method",
    ]
    _cutoff(net, as_of)  # read (or refused) even when no platform needs it
    sent = net.requests[net.requests["direction"] == "sent"]
    rows = []
    for platform in sorted(set(sent["platform"])):
        estimate = acceptance(net, platform=platform, as_of=as_of)
        rows.append({column: getattr(estimate, column) for column in columns})
    return pd.DataFrame(rows, columns=columns)


def request_outcomes(net: Network, *, freq: str = "Q", as_of: AsOf = None) -> pd.DataFrame:
    """Sent requests by the period they were sent in and what the exports saw become of them.

    These are *observed* outcomes: with pending-only lists, requests accepted between two
    exports never appear here at all, so the shares are not acceptance rates (use
    :func:`acceptance`).

    Returns
    -------
    DataFrame
        One row per (platform, period, kind): ``platform``, ``period`` (start, UTC),
        ``kind`` ∈ {pending, accepted, vanished}, ``requests``, ``observed_days`` (days of
        the period up to ``as_of``) and ``partial`` (True when ``as_of`` falls inside the
        period: its count covers only ``observed_days`` and looks like a drop).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> request_outcomes(Network.empty()).empty
    True
    """
    cutoff = _cutoff(net, as_of)
    columns = ["platform", "period", "kind", "requests", "observed_days", "partial"]
    frames = []
    for platform in sorted(set(net.requests.loc[net.requests["direction"] == "sent", "platform"])):
        observations, _ = request_observations(net, platform=platform, as_of=as_of)
        if observations.empty:
            continue
        sent = pd.to_datetime(observations["sent_at"], utc=True).dt.tz_localize(None)
        period = sent.dt.to_period(freq).dt.start_time.dt.tz_localize("UTC")
        counted = (
            observations.assign(period=period)
            .groupby(["period", "kind"])
            .size()
            .rename("requests")
            .reset_index()
        )
        frames.append(counted.assign(platform=platform))
    if not frames:
        return pd.DataFrame(columns=columns)
    table = pd.concat(frames, ignore_index=True)
    start = table["period"].dt.tz_localize(None)
    end = (start.dt.to_period(freq).dt.end_time + pd.Timedelta(1, "ns")).dt.tz_localize("UTC")
    full = (end - table["period"]).dt.days
    if cutoff is None:
        table["observed_days"] = full
    else:
        seen = np.ceil((cutoff - table["period"]).dt.total_seconds() / 86_400).astype(int)
        table["observed_days"] = np.minimum(full, seen)
    table["partial"] = table["observed_days"] < full
    return table[columns]
