"""How fast do contacts go quiet? The decay curve and its half-life (issue #7 item 4).

Interactions per contact-day as a function of time since connecting, normalised by the
contact-days watched in each age bin, and a Poisson-process fit of λ(a) = λ₀·2^(−a/h) + c.

Example
-------
>>> from power1000_analysis.network import Network
>>> decay_curve(Network.empty()).empty
True
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from scipy import stats

from power1000_analysis.decay_fit import (
    _REFIT_MAX,
    Likelihood,
    _DecayFit,
    _fit_decay,
    _half_life_estimate,
    _integrals,
    _nan_fit,
)
from power1000_analysis.evidence import (
    _NAT,
    _NS_PER_DAY,
    AsOf,
    _as_of,
    _connected_late,
    _contact_end,
    _contact_rows,
    _ns,
    evidence_of_life,
    without_interaction_data,
)
from power1000_analysis.labels import counted
from power1000_analysis.network import Network
from power1000_analysis.schema import Estimate

__all__ = ["ALL_PLATFORMS", "decay_curve", "decay_curves", "decay_half_life"]

#: the label of the curve over every platform together (as in ``growth``).
ALL_PLATFORMS = "all platforms"

#: A half-life known only within this factor either way ("a month, or four") answers
#: nothing: fewer interactions than :data:`MIN_EVIDENCE` cannot do better.
MAX_INTERVAL_FACTOR = 2.0
#: The fewest interactions, and the fewest contacts they come from, that a half-life is
#: estimated from (ux8 #4). Even in the most favourable case (a pure exponential decay,
#: every event's age seen, events independent) n event ages fix the decay rate β only to a
#: relative standard error of 1/√n (Cramér–Rao: the information about an exponential rate
#: in n ages is n/β²), so the best possible 95% interval is ĥ·e^(±1.96/√n): wider than
#: :data:`MAX_INTERVAL_FACTOR` either way below n = (1.96/ln 2)² ≈ 8. Events of one contact
#: are not independent (the frailty fit: a chatty contact sends many), so the contacts the
#: events come from must reach the same number. Below it the fitted intervals mean nothing
#: either: 4 events from 2 contacts gave "44.53 (44.53–44.53)" days on a real Facebook
#: export, 4 from 2 on Instagram 227,378,056,652 days. The estimate is then NaN, and
#: ``method`` says "not estimable: only N interactions from M contacts".
MIN_EVIDENCE = math.ceil((1.959963984540054 / math.log(MAX_INTERVAL_FACTOR)) ** 2)


@dataclass(frozen=True)
class _Exposure:
    """Per-contact exposure (days from connecting to the end of observation) and events."""

    exposure_days: np.ndarray
    event_age_days: np.ndarray
    event_contact: np.ndarray
    excluded: dict[str, int]


def _check_platform(net: Network, platform: object) -> None:
    """Refuse a ``platform=`` argument naming no platform of ``net``: a typo or another case
    ("Facebook") read as a platform without data, "not estimable: no contacts" (review11
    A2/A7). Platform names are lower-case (DESIGN §4); ``None`` means every platform. A
    network without any export has nothing to compare with: any name passes (its answer
    is "no data" anyway).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> _check_platform(Network.empty(), "facebook")  # no export: nothing to compare with
    """
    known = net.platforms
    if platform is None or not known or platform in known:
        return
    case = isinstance(platform, str) and platform != platform.lower()
    raise ValueError(
        f"no such platform {platform!r} (platforms in this network: {', '.join(known) or 'none'}"
        + ("; platform names are lower-case)" if case else ")")
    )


def _check_days(value: object, name: str) -> None:
    """Refuse a number of days that is not a finite number > 0, naming the argument.

    Example
    -------
    >>> _check_days(0, "bin_days")
    Traceback (most recent call last):
    ...
    ValueError: bin_days must be a positive number of days, not 0
    """
    number = value if isinstance(value, int | float | np.integer | np.floating) else math.nan
    if isinstance(value, bool) or not (math.isfinite(number) and number > 0):
        raise ValueError(f"{name} must be a positive number of days, not {value!r}")


def _check_whole(value: object, name: str, what: str, *, minimum: int = 1) -> None:
    """Refuse a value that is not a whole number of at least ``minimum`` (an integral
    float such as 30.0 is one; a bool, NaN or string is not), naming the argument and
    what it counts (review11 A8).

    Example
    -------
    >>> _check_whole(0, "goal", "active people")
    Traceback (most recent call last):
    ...
    ValueError: goal must be a positive whole number of active people, not 0
    >>> _check_whole(-1, "limit", "pairs", minimum=0)
    Traceback (most recent call last):
    ...
    ValueError: limit must be a whole number of pairs, 0 or more, not -1
    """
    number = value if isinstance(value, int | float | np.integer | np.floating) else math.nan
    whole = math.isfinite(number) and float(number).is_integer() and number >= minimum
    if isinstance(value, bool) or not whole:
        wanted = (
            f"a positive whole number of {what}"
            if minimum == 1
            else f"a whole number of {what}, {minimum} or more"
        )
        raise ValueError(f"{name} must be {wanted}, not {value!r}")


def _exposure(
    net: Network, *, platform: str | None, as_of: AsOf, evidence_only: bool, include_groups: bool
) -> _Exposure:
    _check_platform(net, platform)
    cutoff = _as_of(net, as_of)
    contacts = net.contacts
    if platform is not None:
        contacts = contacts.loc[contacts["platform"] == platform]
    if cutoff is None or contacts.empty:
        empty = np.zeros(0)
        return _Exposure(empty, empty, np.zeros(0, dtype=np.int64), {})
    connected = _ns(contacts["connected_at"])
    end = _contact_end(net, cutoff, contacts)
    # contacts on a platform whose export holds no interactions could only add zeros
    blind = without_interaction_data(net, contacts)
    usable = (connected != _NAT) & (connected <= end) & ~blind
    excluded = {
        "contacts_on_platforms_without_interactions": int(blind.sum()),
        "contacts_without_connected_at": int(((connected == _NAT) & ~blind).sum()),
        # after as_of, or after the newest export holding their account's interactions
        **_connected_late(net, cutoff, contacts.loc[~blind], connected[~blind], end[~blind]),
    }
    contacts = contacts.loc[usable]
    connected, end = connected[usable], end[usable]

    interactions = net.interactions
    if platform is not None:
        interactions = interactions.loc[interactions["platform"] == platform]
    if evidence_only:
        interactions = interactions.loc[evidence_of_life(interactions).to_numpy()]
    if not include_groups:
        # a group conversation keeps the pace of the group (from its start), not of the tie
        in_group = interactions["n_participants"].to_numpy() > 2
        excluded["group_interactions"] = int(in_group.sum())
        interactions = interactions.loc[~in_group]
    # Match events to the contact on their own platform: time since connecting is per tie.
    row = _contact_rows(contacts, interactions)
    at = _ns(interactions["at"])
    matched = (row >= 0) & (at != _NAT)
    row_m, at_m = row[matched], at[matched]
    in_window = (at_m >= connected[row_m]) & (at_m <= end[row_m])
    excluded.update(
        interactions_not_with_a_dated_contact=int((~matched).sum()),
        interactions_before_connecting=int((at_m < connected[row_m]).sum()),
        interactions_after_as_of=int((at_m > end[row_m]).sum()),
    )
    row_m, at_m = row_m[in_window], at_m[in_window]
    return _Exposure(
        exposure_days=(end - connected) / _NS_PER_DAY,
        event_age_days=(at_m - connected[row_m]) / _NS_PER_DAY,
        event_contact=row_m.astype(np.int64),
        excluded=excluded,
    )


def _fit_from_exposure(
    exposure: _Exposure,
    *,
    floor: bool,
    likelihood: Likelihood = "two-part",
    refit_max: int = _REFIT_MAX,
) -> _DecayFit:
    return _fit_decay(
        exposure.exposure_days,
        exposure.event_age_days,
        exposure.event_contact,
        floor=floor,
        likelihood=likelihood,
        refit_max=refit_max,
    )


def _estimate(
    exposure: _Exposure, fit: _DecayFit, *, floor: bool, interval: str = "robust"
) -> Estimate:
    """The half-life Estimate; when there is nothing to fit, ``method`` says why.

    An export that dates no connection (X's follower and following lists, for example)
    cannot support the estimate, nor can a platform without interactions (Quora's
    followers list): the value is then NaN and ``method`` starts with "not estimable".
    """
    estimate = _half_life_estimate(fit, floor=floor, interval=interval)
    events = len(exposure.event_age_days)
    talkers = len(np.unique(exposure.event_contact))
    if events > 0 and min(events, talkers) < MIN_EVIDENCE:
        reason = (
            f"only {counted(events, 'interaction')} from {counted(talkers, 'contact')}"
            f", below the {MIN_EVIDENCE} of each needed"
        )
        return Estimate(
            math.nan, math.nan, math.nan, n=estimate.n, method=f"not estimable: {reason}"
        )
    if not math.isnan(estimate.value):
        return _no_narrower_than_the_data(estimate, events)
    undated = exposure.excluded.get("contacts_without_connected_at", 0)
    blind = exposure.excluded.get("contacts_on_platforms_without_interactions", 0)
    if fit.n_contacts == 0 and blind and not undated:
        reason = f"the export holds no interactions ({blind} contacts)"
    elif fit.n_contacts == 0 and undated:
        reason = f"none of the {undated} contacts has a connection date in the export"
    elif fit.n_contacts == 0:
        reason = "no contacts"
    elif fit.n_events == 0:
        reason = f"no interactions with the {fit.n_contacts} contacts that have a connection date"
    else:
        reason = "the fit did not converge"
    return dataclasses.replace(estimate, method=f"not estimable: {reason}")


def _no_narrower_than_the_data(estimate: Estimate, events: int) -> Estimate:
    """``estimate`` with its interval widened, where narrower, to the best any estimator
    could do with ``events`` event ages, ĥ·e^(±1.96/√n) (:data:`MIN_EVIDENCE`): a contact
    jackknife over few influential contacts can collapse to a zero width, which no data
    supports. It never binds on large data (the fitted intervals are far wider)."""
    if not (math.isfinite(estimate.value) and events > 0):
        return estimate
    spread = math.exp(1.959963984540054 / math.sqrt(events))
    return dataclasses.replace(
        estimate,
        ci_low=min(estimate.ci_low, estimate.value / spread),
        ci_high=max(estimate.ci_high, estimate.value * spread),
    )


def decay_curve(
    net: Network,
    *,
    platform: str | None = None,
    bin_days: float = 30.0,
    as_of: AsOf = None,
    evidence_only: bool = False,
    include_groups: bool = False,
    floor: bool = True,
    likelihood: Likelihood = "two-part",
) -> pd.DataFrame:
    """Interactions per contact-day as a function of time since connecting.

    Each contact with a connection date is watched from ``connected_at`` to ``as_of`` (or
    its account's newest export, if earlier). A bin's rate is its events divided by the
    contact-days watched in it, so only contacts known that long count in each bin
    (exposure normalisation): without it, recent contacts would make late bins look quiet.

    Parameters
    ----------
    net
        The network.
    platform
        One platform, or all (default).
    bin_days
        Width of the age bins in days.
    as_of
        End of observation (default: the newest export).
    evidence_only
        Count only interactions that are evidence of life (default: all interactions).
    include_groups
        Count messages in group conversations (n_participants > 2) too; by default they
        are left out, since a group's pace follows the group, not the tie.
    floor
        Fit a constant floor beside the exponential (see :func:`decay_half_life`).
    likelihood
        The fit's likelihood (see :func:`decay_half_life`); its ``rate0`` and
        ``floor_rate`` are the population's mean intensity under every likelihood (passive
        contacts included), so the fitted curves are comparable.

    Returns
    -------
    DataFrame
        One row per bin: ``bin_start_days``, ``bin_end_days``, ``events``,
        ``exposure_days`` (contact-days), ``contacts`` (watched at the bin start),
        ``rate`` (events per contact-day), ``ci_low``/``ci_high`` (exact Poisson 95%) and
        ``fitted_rate`` (the fit of :func:`decay_half_life`, averaged over the bin).
        ``attrs["excluded"]`` counts contacts and interactions left out, by reason;
        ``attrs["fit"]`` holds the fitted ``rate0`` and ``floor_rate`` (events per
        contact-day) and ``half_life_days``, all NaN where the half-life is not
        estimable, and ``note`` (why not, as the estimate's ``method``; empty otherwise);
        ``attrs["half_life"]`` the :class:`~power1000_analysis.schema.Estimate` of
        :func:`decay_half_life`.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> decay_curve(Network.empty()).empty
    True
    """
    _check_days(bin_days, "bin_days")
    exposure = _exposure(
        net,
        platform=platform,
        as_of=as_of,
        evidence_only=evidence_only,
        include_groups=include_groups,
    )
    columns = [
        "bin_start_days",
        "bin_end_days",
        "events",
        "exposure_days",
        "contacts",
        "rate",
        "ci_low",
        "ci_high",
        "fitted_rate",
    ]
    watched = exposure.exposure_days
    if len(watched) == 0 or watched.max() <= 0:
        table = pd.DataFrame({c: pd.Series(dtype=float) for c in columns})
        nothing = _nan_fit(len(watched), len(exposure.event_age_days))
        table.attrs["excluded"] = exposure.excluded
        table.attrs["half_life"] = _estimate(exposure, nothing, floor=floor)
        table.attrs["fit"] = _fit_attrs(nothing, table.attrs["half_life"])
        return table
    n_bins = max(math.ceil(watched.max() / bin_days), 1)
    full = np.floor(watched / bin_days).astype(np.int64)
    partial = watched - full * bin_days
    # contact-days in bin j: bin_days for each contact watched past its end, plus the
    # remainder of those whose watch ends inside it.
    ends_in = np.bincount(np.minimum(full, n_bins), minlength=n_bins + 1)
    past_end = ends_in[::-1].cumsum()[::-1][1:]  # contacts with full > j
    exposure_days = (
        past_end * bin_days
        + np.bincount(np.minimum(full, n_bins), weights=partial, minlength=n_bins + 1)[:n_bins]
    )
    contacts = (
        (watched[:, None] > np.arange(n_bins) * bin_days).sum(axis=0)
        if len(watched) * n_bins <= 5_000_000
        else np.array([(watched > j * bin_days).sum() for j in range(n_bins)])
    )
    event_bin = np.minimum((exposure.event_age_days // bin_days).astype(np.int64), n_bins - 1)
    events = np.bincount(event_bin, minlength=n_bins).astype(float)
    starts = np.arange(n_bins) * bin_days
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = events / exposure_days
        ci_low = np.where(events > 0, stats.chi2.ppf(0.025, 2 * events) / 2, 0.0) / exposure_days
        ci_high = stats.chi2.ppf(0.975, 2 * events + 2) / 2 / exposure_days
    fit = _fit_from_exposure(exposure, floor=floor, likelihood=likelihood)
    estimate = _estimate(exposure, fit, floor=floor)
    fitted = np.full(n_bins, np.nan)
    # no line where the half-life is not estimable (too little evidence: MIN_EVIDENCE)
    if np.isfinite(fit.beta) and not math.isnan(estimate.value):
        # expected events in a bin = λ₀ Σᵢ [F(min(Eᵢ, end)) − F(start)], F(x) = ∫₀ˣ e^(−βa)
        def integral(x: np.ndarray) -> np.ndarray:
            return _integrals(fit.beta, np.asarray(x, dtype=float), 1)[0]

        whole = integral(starts + bin_days) - integral(starts)
        inside = np.bincount(
            np.minimum(full, n_bins), weights=integral(watched), minlength=n_bins + 1
        )[:n_bins] - ends_in[:n_bins] * integral(starts)
        with np.errstate(divide="ignore", invalid="ignore"):
            fitted = fit.rate0 * (past_end * whole + inside) / exposure_days + fit.floor_rate
    table = pd.DataFrame(
        {
            "bin_start_days": starts,
            "bin_end_days": starts + bin_days,
            "events": events,
            "exposure_days": exposure_days,
            "contacts": contacts,
            "rate": rate,
            "ci_low": ci_low,
            "ci_high": ci_high,
            "fitted_rate": fitted,
        }
    )
    table.attrs["excluded"] = exposure.excluded
    table.attrs["fit"] = _fit_attrs(fit, estimate)
    table.attrs["half_life"] = estimate
    return table


def _fit_attrs(fit: _DecayFit, estimate: Estimate) -> dict[str, float | str]:
    """``decay_curve``'s ``attrs["fit"]``: the fitted ``rate0``, ``floor_rate`` and
    ``half_life_days`` where :func:`decay_half_life` gives a half-life; all NaN where it
    does not (too little evidence, :data:`MIN_EVIDENCE`; nothing to fit), so that no one
    reads a half-life off the attrs that the estimate calls not estimable. ``note`` says
    why (the estimate's "not estimable: …"), empty otherwise."""
    if math.isnan(estimate.value):
        return {
            "rate0": math.nan,
            "floor_rate": math.nan,
            "half_life_days": math.nan,
            "note": estimate.method,
        }
    return {
        "rate0": fit.rate0,
        "floor_rate": fit.floor_rate,
        "half_life_days": math.log(2) / fit.beta if fit.beta > 0 else math.inf,
        "note": "",
    }


def decay_curves(
    net: Network,
    *,
    bin_days: float = 30.0,
    as_of: AsOf = None,
    evidence_only: bool = False,
    include_groups: bool = False,
    floor: bool = True,
    likelihood: Likelihood = "two-part",
) -> pd.DataFrame:
    """:func:`decay_curve` for every platform and for all of them, with each half-life.

    Parameters
    ----------
    net
        The network.
    bin_days, as_of, evidence_only, include_groups, floor, likelihood
        As for :func:`decay_curve`.

    Returns
    -------
    DataFrame
        The rows of :func:`decay_curve` for each platform with dated contacts, then (when
        two or more platforms have such rows: one platform is its own total, named by it,
        as in :func:`~power1000_analysis.survival.survival`) for ``"all platforms"``, with
        ``platform``, ``half_life_days``, ``half_life_ci_low``,
        ``half_life_ci_high`` (95%), ``half_life_events`` (events the fit used) and
        ``half_life_note`` on every row (NaN where there is no half-life, and the note
        says why: "not estimable: only 4 interactions from 2 contacts …" below
        :data:`MIN_EVIDENCE`; empty otherwise). ``attrs["skipped"]`` names the
        platforms left out and why (no connection dates).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> decay_curves(Network.empty()).empty
    True
    """
    platforms = sorted(net.contacts["platform"].dropna().astype(str).unique())
    parts: list[pd.DataFrame] = []
    skipped: dict[str, str] = {}

    def add(name: str | None) -> None:
        curve = decay_curve(
            net,
            platform=name,
            bin_days=bin_days,
            as_of=as_of,
            evidence_only=evidence_only,
            include_groups=include_groups,
            floor=floor,
            likelihood=likelihood,
        )
        label = ALL_PLATFORMS if name is None else name
        if curve.empty:
            blind = curve.attrs["excluded"].get("contacts_on_platforms_without_interactions")
            skipped[label] = (
                "its export holds no interactions" if blind else "no contact with a connection date"
            )
            return
        estimate: Estimate = curve.attrs["half_life"]
        parts.append(
            curve.assign(
                platform=label,
                half_life_days=estimate.value,
                half_life_ci_low=estimate.ci_low,
                half_life_ci_high=estimate.ci_high,
                half_life_events=int(curve["events"].sum()),
                # why there is no half-life ("not estimable: only 4 interactions from 2
                # contacts …"); empty where there is one
                half_life_note=estimate.method if math.isnan(estimate.value) else "",
            )
        )

    for platform in platforms:
        add(platform)
    # the total once two or more platforms have a curve (as activity.survival): with one,
    # it would be that platform's curve again under another name; none at all still gives
    # the (empty) total
    if len(parts) > 1 or not platforms:
        add(None)
    columns = [
        "platform", "bin_start_days", "bin_end_days", "events", "exposure_days", "contacts",
        "rate", "ci_low", "ci_high", "fitted_rate", "half_life_days", "half_life_ci_low",
        "half_life_ci_high", "half_life_events", "half_life_note",
    ]  # fmt: skip
    table = (
        pd.concat(parts, ignore_index=True)[columns]
        if parts
        else pd.DataFrame({c: pd.Series(dtype=float) for c in columns})
    )
    table.attrs["skipped"] = skipped
    return table


def decay_half_life(
    net: Network,
    *,
    platform: str | None = None,
    as_of: AsOf = None,
    evidence_only: bool = False,
    include_groups: bool = False,
    floor: bool = True,
    interval: Literal["robust", "sandwich", "naive"] = "robust",
    likelihood: Likelihood = "two-part",
) -> Estimate:
    """Half-life (days) of the interaction rate after connecting, with a 95% interval.

    Fits the rate of interactions at age a since connecting, λ(a) = λ₀·2^(−a/h) on every
    contact plus a floor that some ties keep, by maximum likelihood of a Poisson process
    watched over each contact's own exposure (not a least-squares fit of log counts). By
    default (``likelihood="two-part"``, since session 9) each contact's decaying part is
    mixed over a Gamma "frailty" (how chatty that contact started), a fitted share of the
    contacts keeps a steady floor rate of its own (Gamma-distributed, shape fitted,
    independent of how chatty the contact started: family, close colleagues) and a fitted
    share never interacts (passive); ``likelihood="frailty"`` (the default until session
    8) puts one shared floor c on every contact's frailty-mixed rate,
    ``likelihood="poisson"`` pools every contact into one Poisson process (the estimator
    before session 3). ``floor=False`` fits the pure exponential (the frailty fit).

    The interval is Wald on log β (β = ln 2/h) with a contact-jackknife standard error
    and a Student t quantile on its Satterthwaite degrees of freedom, mapped to days; it
    is infinite above when the data cannot rule out no decay. Contacts differ so much,
    and the floor rests on so few strong ties, that intervals treating contacts as the
    model says ("naive") or linearising each contact's influence ("sandwich") were too
    narrow: on 300 synthetic-persona fits (seeds 1-100, three platforms) they covered the
    planted half-life in 73% and 90% of draws, the default in 96% (bench/README.md,
    activity; :mod:`~power1000_analysis.decay_fit` explains the method).

    Parameters
    ----------
    net
        The network.
    platform
        One platform, or all (default).
    as_of
        End of observation (default: the newest export).
    evidence_only
        Count only interactions that are evidence of life.
    include_groups
        Count messages in group conversations too (left out by default).
    floor
        Fit a constant floor beside the exponential (default).
    interval
        ``"robust"`` (default): contact jackknife, exact leave-one-out refits for the
        contacts with a large influence; ``"sandwich"``: contact-clustered sandwich (CR1);
        ``"naive"``: model-based (for comparison only). ``method`` names the one used.
    likelihood
        ``"two-part"`` (default): a decaying part on every contact and a floor of its own,
        independent of how chatty the contact started, on a fitted share of them, plus a
        passive share (:mod:`~power1000_analysis.decay_twopart`): on 300 synthetic-persona
        fits (seeds 1-100) sd of estimate/truth 0.022 / 0.055 / 0.033 on Facebook /
        LinkedIn / Instagram, the interval covering in 96 / 95 / 96%, and unbiased at
        30,000 contacts (bench/README.md #7 sessions 8-9);
        ``"frailty"``: Gamma-frailty (negative-binomial) Poisson process with one floor on
        every contact (sd 0.080 / 0.085 / 0.072; the default until session 8);
        ``"mixture"``: the floor on some contacts only, in proportion to how chatty they
        started, biased by ~2% at large sizes when floors are not
        (:mod:`~power1000_analysis.decay_mixture`; bench/README.md #7 sessions 6-7);
        ``"poisson"``: pooled Poisson process. ``method`` names it.

    Returns
    -------
    Estimate
        ``value`` in days (inf when the rate does not fall; NaN when nothing can be fitted,
        and then ``method`` says why: "not estimable: ..."); ``n`` is the number of
        contacts watched.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> decay_half_life(Network.empty()).n
    0
    """
    exposure = _exposure(
        net,
        platform=platform,
        as_of=as_of,
        evidence_only=evidence_only,
        include_groups=include_groups,
    )
    # the exact leave-one-out refits feed only the jackknife (the "robust" interval)
    refits = _REFIT_MAX if interval == "robust" else 0
    fit = _fit_from_exposure(exposure, floor=floor, likelihood=likelihood, refit_max=refits)
    return _estimate(exposure, fit, floor=floor, interval=interval)
