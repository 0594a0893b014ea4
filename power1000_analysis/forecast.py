"""When will I have 1000 active people, and how much must I reach out? (issue #8).

A deliberately simple model of *active* people, one stream per platform:

- the user reaches out ``outreach_per_week`` times (requests sent or accounts followed, at
  the user's own recent rate, capped by the platform's weekly limit);
- each reach-out becomes an engaged, active person with probability ``conversion`` (the
  funnel's overall conversion to ``engaged``: connected and talking both ways);
- an active person stays active for an exponential time with the platform's interaction
  half-life (:func:`power1000_analysis.activity.decay_half_life`), then goes dormant;
- people also come to the user by themselves (new followers, requests the user accepted,
  people who write first): ``inbound_per_week`` of them, counted over the trailing window
  (:func:`forecast_inputs`), each becoming active with probability ``activation`` after
  an exponential delay (half-time ``activation_delay_days``: they have not written yet)
  and then staying active as the platform's active people do (the retention curve below;
  :func:`_activation`; :data:`INBOUND_NOTE`; rate and share with 95% intervals, drawn
  from their Gamma posteriors in each simulated future);
- people known but not active today (``idle_now``) come back as the user's such people
  have (:func:`_returns`: of those known but not active ``h`` days before, the share
  active on ``as_of``, fitted with ``Q(t) = q·(1 − e^(−rt))``; ``return_share`` q,
  ``return_half_life_days`` of r, drawn per simulated future from fits to resampled
  people). Until session 11 nobody came back: on data/sample 52 of the 270 people active
  on 2017-01-15 were known but not active on 2016-07-15;
- today's active people (``contact_status``) keep being active as the user's own active
  people have kept being active (:func:`_stock_retention`: the share of the people active
  ``h`` days before ``as_of`` who are still active on it, for ``h`` = 30 … 360 days, fitted
  with ``R(t) = f + (1 − f)·e^(−k't)``: a share ``f`` of strong ties that do not fade, the
  rest fading at ``k'``; columns ``stock_floor`` and ``stock_half_life_days``). Fading
  every one of them with the interaction half-life, as before, let the steady ties go too:
  on data/sample a backtest from 2016-07-15 kept ~40% of the stock after six months where
  54% stayed. Each platform's curve is fitted to its own people partly pooled with all
  platforms' curve (counted as :data:`_PRIOR_PEOPLE` people a lag: :func:`_pooled_curve`;
  ``stock_curve``, all platforms' for a platform none of whose people was active then);
  each simulated future draws ``(f, k')`` from the curve refitted to resampled people
  (``stock_draws``, :func:`_retention_curve`), so the band holds how sure the curve is.
  With too little history even for all platforms, or a ``half_life_days`` given by hand,
  the stock fades with the half-life (``f = 0``, ``k' = k``);
- a platform's connection cap (``PLATFORM_LIMITS``: Facebook's 5,000 friends, X's 5,000
  followed accounts, LinkedIn's 30,000 connections, Instagram's 7,500 followed accounts, a
  widely reported figure Instagram does not publish) ends its stream on the day the
  reach-outs would fill it (:func:`cap_day`, the one rule that :func:`forecast_goal` and
  :func:`required_outreach` share).

Every person active today enters once: on the platform of the forecast (one the user can
reach out on) where their first account was made, or, with no account on any such platform,
in a last row :data:`OTHER_PLATFORMS` that only fades (no outreach, the overall
half-life). A person first met through the address book or Quora who is also on Facebook
therefore counts on Facebook, so the projection starts from the same active count as
notebook 02 and the summary card.

Then the expected number of active people after ``t`` days is, summed over platforms,
``A₀·R(t) + (λc/7)·(1 − e^(−kt))/k + (ρs/7)·∫H + D₀·Q(t)``, ``∫H`` over ``[0, t]``
(:func:`_retained`; ``f·t + (1 − f)·(1 − e^(−k't))/k'`` without a delay)
with ``k = ln 2 / half-life``, ``λ`` the reach-outs and ``ρ`` the inbound people a week,
``c`` the conversion, ``s`` the activation share, ``R(t) = f + (1 − f)·e^(−k't)`` the
retention and ``D₀`` the people known but not active today. Without inbound arrivals
and returns it levels off at ``λc/(7k)``, which is why a goal can be out of reach at a
given effort whatever the wait.
A platform whose connection cap fills on day ``m`` (:func:`cap_day`) adds nobody from the
user's reach-outs after it: their term becomes ``(λc/7k)·(e^(−k(t−m)) − e^(−kt))`` for
``t > m``, in :func:`expected_active`, in what :func:`required_outreach` counts on from the other
platforms, and in the simulation alike.
:func:`forecast_goal` draws the same process by Monte Carlo (Poisson arrivals, binomial
decay, day by day) for the 10/50/90% dates; :func:`required_outreach` inverts the
expectation for the weekly effort that reaches the goal by a date.

Example
-------
>>> inputs = pd.DataFrame({"platform": ["x"], "active_now": [100], "outreach_per_week": [50.0],
...     "conversion": [0.2], "half_life_days": [70.0]})
>>> round(float(expected_active(inputs, days=[0, 10_000])[-1]))
144
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias

import numpy as np
import pandas as pd
from scipy import stats

from power1000_analysis._kernels import _jit
from power1000_analysis.acceptance import acceptance, request_observations
from power1000_analysis.activity import contact_status, decay_half_life
from power1000_analysis.anonymize import MIN_GROUP_SIZE
from power1000_analysis.decay import _check_whole
from power1000_analysis.evidence import platforms_without_interactions
from power1000_analysis.funnel import ALL_PLATFORMS, FOLLOW_RELATIONS, funnel_table
from power1000_analysis.growth import contact_presence
from power1000_analysis.network import Network
from power1000_analysis.schema import Estimate

__all__ = [
    "INBOUND_NOTE",
    "NO_CONVERSION",
    "NO_HALF_LIFE",
    "OTHER_PLATFORMS",
    "PLATFORM_LIMITS",
    "GoalForecast",
    "PlatformLimit",
    "active_history",
    "anonymised_inputs",
    "anonymised_required",
    "backtest",
    "cap_day",
    "describe_backtest",
    "describe_required",
    "describe_start",
    "expected_active",
    "forecast_goal",
    "forecast_inputs",
    "goal_path",
    "required_outreach",
]

AsOf: TypeAlias = str | datetime | pd.Timestamp | None


def describe_start(active_now: int, *, people: int, status_known: int) -> str:
    """The forecast's first words: how many active people it starts from, or, when no
    person's status is known (no export holds interactions: an address book alone), that
    this is unknown rather than "0 active people" (review12 UNK-1), as the summary card
    and page 04 say.

    Example
    -------
    >>> describe_start(12, people=40, status_known=30)
    'Starting from 12 active people.'
    >>> describe_start(0, people=6, status_known=0)[:50]
    'Whether anyone is active now is unknown: none of t'
    """
    if status_known == 0 and people > 0 and active_now == 0:
        return (
            "Whether anyone is active now is unknown: none of these exports holds"
            " interactions (an address book alone, say), so no one can show a sign of life;"
            " the forecast starts from no active people."
        )
    return f"Starting from {active_now:,} active people."


@dataclass(frozen=True)
class PlatformLimit:
    """What a platform lets one account do (``None``: no published limit)."""

    weekly_requests: float | None
    max_connections: int | None
    source: str
    #: what ``max_connections`` counts, for messages ("friends", "accounts you follow")
    unit: str = "connections"


#: platform limits the forecast respects; change them here when the platforms do.
PLATFORM_LIMITS: dict[str, PlatformLimit] = {
    "linkedin": PlatformLimit(
        100.0,
        30_000,
        "LinkedIn Help 'Maximum number of connections': up to 30,000 1st-degree connections; "
        "LinkedIn states a weekly invitation limit without a number, widely reported as "
        "about 100 per week since 2021",
    ),
    "facebook": PlatformLimit(
        None, 5_000, "Facebook Help Center 'Friend limits': up to 5,000 friends", "friends"
    ),
    "x": PlatformLimit(
        2_800.0,
        5_000,
        "X Help 'Following limits': 400 follows per day; 5,000 followed accounts until "
        "you have more followers",
        "accounts you follow",
    ),
    "instagram": PlatformLimit(
        None,
        7_500,
        "not published by Instagram: 7,500 followed accounts is the widely reported cap "
        '(the app refuses more follows with "you\'re following the max limit of accounts"; '
        "reported by API-library users, e.g. LevPasha/Instagram-API-python#561, "
        "InstaPy/InstaPy#4490); the number may change without notice. No published daily or "
        "weekly follow limit (follows are blocked at an unstated pace)",
        "accounts you follow",
    ),
}

#: the :func:`forecast_inputs` row of people active today whose accounts are all on
#: platforms the user cannot reach out on (no outreach data): they only fade.
OTHER_PLATFORMS = "other platforms"

#: :func:`forecast_goal`'s and :func:`required_outreach`'s reason when no platform's
#: interactions give a half-life (an X archive, a Mastodon CSV or a Bluesky repository
#: alone: no dated interactions with contacts); see :func:`forecast_goal` for why no default.
NO_HALF_LIFE = "cannot forecast: no interaction half-life could be measured from these exports"
#: :func:`describe_required`'s answer when no reach-out has become an engaged person.
NO_CONVERSION = (
    "these exports show no reach-out that became an engaged person, so no number of "
    "requests can be computed"
)

_NO_LIMIT = PlatformLimit(None, None, "")
_QUANTILES = (0.1, 0.5, 0.9)
_LN2 = math.log(2.0)
#: lags (days) at which :func:`_stock_retention` measures how many active people stay active
_RETENTION_LAGS = tuple(range(30, 361, 30))
#: a lag counts only with at least this many people active ``h`` days before ``as_of``
_MIN_RETENTION_PEOPLE = 20
#: the fitted retention curve is used only with at least this many such lags (120 days)
_MIN_RETENTION_LAGS = 4


def _cutoff(net: Network, as_of: AsOf) -> pd.Timestamp | None:
    from power1000_analysis.evidence import _as_of  # the one as_of parser (ISO strings)

    return _as_of(net, as_of)


def _outreach(
    net: Network, platform: str, cutoff: pd.Timestamp, window_days: float
) -> tuple[float, str]:
    """Reach-outs per week over the window before ``cutoff``, and how that was counted."""
    since = cutoff - pd.Timedelta(days=window_days)
    weeks = window_days / 7.0
    contacts = net.contacts[net.contacts["platform"] == platform]
    if set(contacts["relation"]) and set(contacts["relation"]) <= FOLLOW_RELATIONS:
        follows = contacts[contacts["relation"].isin({"following", "mutual"})]
        dated = follows["connected_at"].notna()
        if dated.any():
            count = int(
                ((follows["connected_at"] >= since) & (follows["connected_at"] <= cutoff)).sum()
            )
            return count / weeks, "follows dated in the window"
        first = net.snapshots.loc[net.snapshots["platform"] == platform, "exported_at"].min()
        span = (cutoff - first).days / 7.0 if pd.notna(first) else 0.0
        if span <= 0:
            return math.nan, "no follow dates and a single snapshot"
        new = int((follows["first_seen_at"] > first).sum())
        return new / span, "accounts followed since the first snapshot"
    observations, source = request_observations(net, platform=platform, as_of=cutoff)
    if source == "none":
        return math.nan, "no sent requests in the exports"
    sent = pd.to_datetime(observations["sent_at"], utc=True)
    recent = observations[(sent >= since) & (sent <= cutoff)]
    if source == "complete":
        return len(recent) / weeks, "requests listed in the window"
    estimate = acceptance(net, platform=platform, as_of=cutoff)
    pending = recent[recent["kind"] == "pending"]
    if pending.empty or not math.isfinite(estimate.value):
        return math.nan, "no pending request to scale up"
    age = (cutoff - pd.to_datetime(pending["sent_at"], utc=True)).dt.total_seconds() / 86_400
    # Horvitz–Thompson: each request still pending stands for 1 / P(still pending) sent
    chance = np.clip(estimate.pending_probability(age.to_numpy()), 1e-3, 1.0)
    scaled = float((1.0 / chance).sum())
    # ... but no more than the window's requests can be: each one sent is still pending
    # (listed) or was answered; an accepted one is a connection made in the window, so
    # at most the pending ones plus every such connection (declines leave no trace). A
    # fit on a handful of answered requests put P(still pending) near 0 at 10+ days and
    # read 34 pending Facebook requests as 615 sent a week, against the 3.0 sent (OUT-1).
    when = pd.to_datetime(contacts["connected_at"], utc=True)
    bound = len(pending) + int(((when > since) & (when <= cutoff)).sum())
    if scaled > bound:
        return bound / weeks, "pending requests plus the window's new connections (at most)"
    return scaled / weeks, "pending requests scaled by the acceptance model"


#: how :func:`forecast_inputs` counts people who came to the user (see :func:`_inbound`).
INBOUND_NOTE = (
    "people met for the first time in the window (their first account on any platform "
    "connected then), on the platform of that account, who did not come from your own "
    "reach-outs there"
)


def _first_snapshots(net: Network, cutoff: pd.Timestamp) -> pd.Series:
    """Per platform, the date of its first export read (up to ``cutoff``)."""
    snaps = net.snapshots[net.snapshots["exported_at"] <= cutoff]
    return snaps.groupby("platform", observed=True)["exported_at"].min()


def _previous_snapshot(net: Network, platforms: pd.Series, seen: pd.Series) -> pd.Series:
    """For each (platform, first seen) pair, the export of that platform just before it
    (NaT when none): an account without a connection date, first seen in an export,
    arrived after the one before."""
    out = pd.Series(pd.NaT, index=seen.index, dtype="datetime64[ns, UTC]")
    for platform, dates in net.snapshots.groupby("platform", observed=True)["exported_at"]:
        mine = platforms.astype(str) == str(platform)
        if not mine.any():
            continue
        ordered = np.sort(pd.to_datetime(dates, utc=True).to_numpy())
        at = np.searchsorted(ordered, seen[mine].to_numpy(), side="left") - 1
        values = np.where(at >= 0, ordered[np.clip(at, 0, None)], np.datetime64("NaT"))
        out.loc[mine] = pd.to_datetime(values, utc=True)
    return out


def _new_people(net: Network, cutoff: pd.Timestamp, since: pd.Timestamp) -> pd.DataFrame:
    """People met for the first time in ``(since, cutoff]``: one row per person, the account
    they arrived with (the earliest of their accounts started in the window: ``platform``,
    ``contact_key``, ``relation``, ``start``, ``dated``, ``after`` (the export before the
    first one holding an undated account: it arrived between the two)).

    An account started in the window when its connection date is in it or, without one,
    when it was first seen in an export of its platform after that platform's first one (an
    X follow list dates nobody: new names in the newer export). A person with any account
    known before the window (a connection date before it, or an undated account in its
    platform's first export when that export is from before the window) is not new: a single
    address book exported today proves nothing about when anyone was met.
    """
    contacts = net.contacts
    columns = ["person_id", "platform", "contact_key", "relation", "start", "dated", "after"]
    if contacts.empty:
        return pd.DataFrame(columns=columns).astype({"start": "datetime64[ns, UTC]"})
    connected = pd.to_datetime(contacts["connected_at"], utc=True)
    seen = pd.to_datetime(contacts["first_seen_at"], utc=True)
    dated = connected.notna()
    start = connected.where(dated, seen)
    known = start <= cutoff
    first = pd.to_datetime(
        contacts["platform"].astype(str).map(_first_snapshots(net, cutoff)), utc=True
    )
    in_window = known & np.where(dated, start > since, (seen > first) & (seen > since))
    old = np.where(dated, start <= since, (seen <= first) & (first <= since))
    old_people = set(contacts.loc[known & old, "person_id"].dropna())
    window_counts = contacts.loc[in_window, "platform"].astype(str).value_counts()
    frame = contacts.loc[in_window, ["person_id", "platform", "contact_key", "relation"]].copy()
    frame["start"] = start[in_window]
    frame["dated"] = dated[in_window]
    frame = frame[frame["person_id"].notna() & ~frame["person_id"].isin(old_people)]
    frame = frame.sort_values(["start", "platform"], kind="stable").drop_duplicates("person_id")
    frame["after"] = _previous_snapshot(net, frame["platform"], frame["start"]).where(
        ~frame["dated"]
    )
    frame = frame.astype({"platform": object, "contact_key": object, "relation": object})
    frame = frame[columns].reset_index(drop=True)
    # new connections per platform in the window, new people or not (forecast_inputs
    # scales the reach-outs by the share of them that were new people)
    frame.attrs["contacts_in_window"] = {str(k): int(v) for k, v in window_counts.items()}
    return frame


#: the shortest window of arrivals a rate of people who come to you is measured over
_MIN_INBOUND_WEEKS = 1.0


def _inbound(
    arrived: pd.DataFrame,
    *,
    follow: bool,
    weeks: float,
    from_outreach: float,
    status: pd.DataFrame,
    half_life: float,
    until: pd.Timestamp | None = None,
) -> dict[str, object]:
    """The inbound columns of one platform's :func:`forecast_inputs` row.

    ``arrived``: :func:`_new_people` on this platform; ``weeks``: the window they arrived in;
    ``from_outreach``: how many of them the user's own reach-outs account for (request
    platforms, where the exports cannot say who asked); ``status``:
    :func:`~power1000_analysis.activity.contact_status` by ``person_id``.

    The rate: ``n`` inbound people in ``weeks``, with the exact (Garwood) 95% interval of a
    Poisson count; :func:`forecast_goal` draws the rate from its Gamma(n) posterior (mean
    ``n / weeks``) once per simulated future. Where every arrival is dated and ``until``
    (the window's end) is given, ``inbound_spread`` is the standard error of the rate
    from its four quarters of the window (the standard deviation of the quarterly rates
    over 2): when that is wider than the Poisson one (the rate changed during the window:
    on data/sample the year before 2016-01-15 held the persona's slow years and the fast
    start of the next), the rate is drawn from a Gamma with that spread instead, and
    ``inbound_low``/``inbound_high`` are its 95% interval. The activation share: :func:`_activation`
    with the interaction half-life (``f = 0``); :func:`forecast_inputs` measures it again
    with the platform's retention curve once that is fitted.
    """
    group = _inbound_group(arrived, follow=follow)
    if follow:
        # the funnel counts every account you follow as a reach-out of yours (followed
        # back or not); people who follow you and whom you do not follow came to you
        count = float(len(group))
        method = "new followers you do not follow"
    else:
        count = max(float(len(arrived)) - from_outreach, 0.0)
        method = (
            "new connections less those your reach-outs account for"
            if from_outreach > 0
            else "new connections (no reach-out of yours measured)"
        )
    row: dict[str, object] = {"inbound_count": count, "inbound_weeks": weeks}
    if not weeks > 0:
        return row | {"inbound_method": "no window: a single export with no dates"}
    if weeks < _MIN_INBOUND_WEEKS:
        # (undated exports a few seconds or hours apart: a count over that gave upper bounds
        # of billions a week on page 03)
        return row | {"inbound_method": "no window: the exports span less than a week"}
    low = float(stats.gamma.ppf(0.025, count)) / weeks if count > 0 else 0.0
    high = float(stats.gamma.ppf(0.975, count + 1.0)) / weeks
    spread = _quarterly_spread(group if follow else arrived, count, weeks, until)
    mean = count / weeks
    if count > 0 and spread**2 > count / weeks**2:
        shape, scale = (mean / spread) ** 2, spread**2 / mean
        low, high = (float(v) * scale for v in stats.gamma.ppf([0.025, 0.975], shape))
        method += "; 95% interval from how the rate varied between the window's quarters"
    row |= {
        "inbound_per_week": mean,
        "inbound_low": low,
        "inbound_high": high,
        "inbound_spread": spread,
        "inbound_method": method,
    }
    return row | _activation(group, status, 0.0, half_life)


def _quarterly_spread(
    counted: pd.DataFrame, count: float, weeks: float, until: pd.Timestamp | None
) -> float:
    """The standard error of an inbound rate (a week) from the window's four quarters:
    the ``counted`` arrivals (``start``, ``dated``) per quarter, scaled to ``count`` in all,
    their rates' standard deviation over 2; NaN without ``until``, with an undated arrival
    or under four weeks."""
    if until is None or counted.empty or not bool(counted["dated"].all()) or weeks < 4.0:
        return math.nan
    age = (until - pd.to_datetime(counted["start"], utc=True)).dt.total_seconds().to_numpy()
    quarter = np.clip((age / 86_400 / 7 / (weeks / 4)).astype(int), 0, 3)
    rates = np.bincount(quarter, minlength=4) * (count / len(counted)) / (weeks / 4)
    return float(rates.std(ddof=1) / 2.0)


def _inbound_group(arrived: pd.DataFrame, *, follow: bool) -> pd.DataFrame:
    """The arrivals :func:`_inbound` counts as people who came to the user: on a follow
    platform the new followers the user does not follow, elsewhere every new person."""
    return arrived[arrived["relation"] == "follower"] if follow else arrived


def _activation(
    group: pd.DataFrame, status: pd.DataFrame, floor: float, half_life: float
) -> dict[str, float | np.ndarray]:
    """The activation share ``s`` of the arrivals ``group`` (:func:`_inbound`), with the
    arrivals' retention ``R(a) = f + (1 − f)·e^(−k'a)`` (``floor`` f, ``half_life`` of
    k'): a person who arrived ``a`` days before the date they are judged at is active then
    with probability ``s·R(a)``, so ``s = m / ΣR(a)`` over the arrivals, ``m`` of them
    active; its 95% interval is the Poisson one of ``m`` over the same sum, cut at 1.
    ``f = 0`` and ``k'`` the interaction half-life's is the model until session 11, whose
    ``e^(−ka)`` made a platform's arrivals of a year ago look nearly all lost where a
    third of them were still active, and so the share of people who arrive active look
    near 1 (LinkedIn 0.91 on data/sample at 2016-07-15; of the next half-year's arrivals
    15 of 101 were active): :func:`forecast_inputs` uses the platform's retention curve
    (``stock_floor``, ``stock_half_life_days``), measured on the user's own active people.
    People judged ``unknown`` are left out. Empty without arrivals or a half-life.

    A new person is not active the day they connect: they have not written yet (on
    data/sample a third of Facebook's arrivals under 60 days old were active, half of
    the older ones). So each becomes active after an exponential delay (half-time
    ``activation_delay_days``; 0: at once) and stays as ``R`` says from then:
    ``s·H(a)``, ``H(a) = ∫g·e^(−gu)·R(a − u)du`` (:func:`_arrived_active`); the delay is
    the one of :data:`_DELAY_GRID` with the highest binomial likelihood, ``s`` the
    share for it. ``activation_delays``: every delay of the grid with its probability
    (its likelihood over the grid's sum, a flat prior on the grid) and its exposure ``ΣH``:
    each simulated future of :func:`forecast_goal` draws its delay from them and the share
    with that delay's exposure (session 12; until then every future took the best delay,
    though on data/sample at 2016-07-15 delays from 5 to 40 days fitted about as well)."""
    if group.empty or not (math.isfinite(half_life) and half_life > 0):
        return {}
    judged = status.reindex(group["person_id"])
    seen = judged["status"].notna().to_numpy() & (judged["status"] != "unknown").to_numpy()
    rate = _LN2 / half_life
    ends = pd.to_datetime(judged["judged_as_of"], utc=True).to_numpy()
    starts = pd.to_datetime(group["start"], utc=True).to_numpy()
    age = np.clip(np.asarray((ends - starts) / np.timedelta64(1, "D"), dtype=float), 0.0, None)
    # an undated account arrived between the export before and the one it appeared in:
    # average H over that span, uniformly (at 9 points)
    spans = (starts - pd.to_datetime(group["after"], utc=True).to_numpy()) / np.timedelta64(1, "D")
    spans = np.nan_to_num(np.asarray(spans, dtype=float), nan=0.0)
    ages = (age[:, None] + spans[:, None] * (np.arange(9) + 0.5) / 9)[seen]
    is_active = (judged["status"] == "active").to_numpy()[seen]
    active = float(is_active.sum())
    best: tuple[float, float, float] | None = None  # (log-likelihood, delay, exposure)
    profile = []  # (delay, log-likelihood, exposure) of every delay that fits
    for delay in _DELAY_GRID:
        delay_rate = _LN2 / delay if delay > 0 else math.inf
        chance = _arrived_active(ages, floor, rate, delay_rate).mean(axis=1)
        exposure = float(chance.sum())
        if not exposure > 0:
            continue
        p = np.clip(active / exposure * chance, 1e-12, 1 - 1e-12)
        fit = float(np.where(is_active, np.log(p), np.log1p(-p)).sum())
        profile.append((delay, fit, exposure))
        if best is None or fit > best[0] + 1e-9:
            best = (fit, delay, exposure)
    if best is None:
        return {}
    _, delay, total = best
    grid = np.array(profile)
    weight = np.exp(grid[:, 1] - grid[:, 1].max())
    delays = np.column_stack([grid[:, 0], weight / weight.sum(), grid[:, 2]])
    high = float(stats.gamma.ppf(0.975, active + 1.0)) / total
    low = float(stats.gamma.ppf(0.025, active)) / total if active > 0 else 0.0
    return {
        "activation": min(active / total, 1.0),
        "activation_low": min(low, 1.0),
        "activation_high": min(high, 1.0),
        "activation_active": active,
        "activation_exposure": total,
        "activation_delay_days": delay,
        "activation_delays": delays,
    }


#: half-times (days) of the delay before a new person is active that :func:`_activation`
#: chooses from (0: active at once)
_DELAY_GRID = (0.0, 1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 14.0, 20.0, 28.0, 40.0, 56.0, 80.0)


def _arrived_active(
    age: np.ndarray, floor: float | np.ndarray, rate: float | np.ndarray, delay: float | np.ndarray
) -> np.ndarray:
    """``H(a)``: the chance that a person who will be active is active ``age`` days after
    arriving, when they become active after an exponential delay at rate ``delay`` (inf:
    at once) and then stay with ``R(t) = f + (1 − f)·e^(−k't)`` (``floor``, ``rate`` k'):
    ``f·(1 − e^(−ga)) + (1 − f)·g·(e^(−k'a) − e^(−ga))/(g − k')``."""
    a = np.asarray(age, dtype=float)
    g = np.asarray(delay, dtype=float)
    k = np.asarray(rate, dtype=float)
    instant = np.isinf(g)
    g_safe = np.where(instant, 1.0, g)
    gap = g_safe - k
    near = np.abs(gap) < 1e-9 * np.maximum(g_safe, 1e-12)
    fade = np.where(
        near,
        g_safe * a * np.exp(-k * a),
        g_safe * (np.exp(-k * a) - np.exp(-g_safe * a)) / np.where(near, 1.0, gap),
    )
    delayed = floor * -np.expm1(-g_safe * a) + (1.0 - floor) * fade
    return np.asarray(np.where(instant, floor + (1.0 - floor) * np.exp(-k * a), delayed))


def forecast_inputs(
    net: Network,
    *,
    as_of: AsOf = None,
    window_days: float = 365.0,
    active_within_days: float = 90.0,
    half_life_days: float | Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Per platform: active people now, the user's outreach, the people who come to the
    user (inbound arrivals), conversion, half-life.

    ``active_within_days`` is what "active" means (a sign of life within that many days
    before ``as_of``), as in :func:`~power1000_analysis.activity.contact_status` and the
    funnel: pass the notebook's value so ``active_now`` agrees with the funnel's count.
    ``window_days`` is the trailing window over which both rates are measured: the
    user's reach-outs and the inbound arrivals (365 days: a year evens out seasons; on a
    platform whose exports date no connection, the span since its first export).
    ``half_life_days`` replaces the decay fit (one value for every platform, or one per
    platform: ``{"linkedin": 45}``), to ask "what if people faded faster?".

    Inbound arrivals (:data:`INBOUND_NOTE`): people met for the first time in the window,
    counted on the platform of their first account, that the user's outreach does not
    account for. On a follow platform these are new followers the user does not follow (an
    account the user follows is a reach-out of the user's, as in the funnel). On a request
    platform the exports list few of the requests that were accepted (Facebook and
    LinkedIn keep only pending ones), so who asked is unknown: the inbound people are the
    new ones less the share of them the user's reach-outs account for (``outreach_per_week``
    × weeks × ``connections_per_reach_out``, scaled by the share of the window's new
    connections there that were new people). Each arrives active with probability
    ``activation`` and then fades with the half-life, as the user's engaged reach-outs do
    (see :func:`_inbound` for the estimate and its interval).

    Returns
    -------
    DataFrame
        One row per platform that the user can reach out on or that people came from:
        ``platform``, ``active_now``, ``outreach_per_week``, ``outreach_method``,
        ``conversion`` (reach-out → engaged; NaN where no reach-out is measurable),
        ``inbound_per_week`` with ``inbound_low``/``inbound_high`` (95%),
        ``inbound_count`` (people) in ``inbound_weeks``, ``inbound_spread`` (the rate's
        standard error from the window's quarters, :func:`_quarterly_spread`), ``inbound_method``,
        ``activation`` with ``activation_low``/``activation_high`` (95%),
        ``activation_active`` and ``activation_exposure`` (the share's numerator and
        denominator), ``activation_delay_days`` (half-time of the delay before a new
        person is active, :func:`_activation`; 0: at once), ``activation_delays`` (each
        delay's probability and exposure, for the band: rows of ``(delay, probability,
        exposure)``), ``half_life_days``, ``half_life_source`` (the platform's own
        decay fit, or the all-platforms fit where it has none, e.g. X, whose exports date
        no connection, or too few interactions: each says why, from the Estimate's
        "not estimable" reason), ``weekly_limit``, ``max_connections``,
        ``connections_now`` (what counts against ``max_connections`` today: accounts you
        follow on a follow platform, current connections elsewhere),
        ``connections_per_reach_out`` (how much of the cap one reach-out takes: 1 for a
        follow, the acceptance rate for a request), and today's people's retention
        ``R(t) = f + (1 − f)·e^(−k't)``: ``stock_floor`` (f), ``stock_half_life_days``
        (of k'), ``stock_source`` (what it was measured from, with 95% intervals),
        ``stock_curve`` (the platform's own curve, ``"all platforms"``, or the platform's
        name again when it fades with the half-life) and ``stock_draws`` (the curve refitted
        to resampled people: an array of ``(f, half-life)`` rows; None without a fit);
        the returning flow (:func:`_returns`): ``idle_now`` (people known but not active
        today, placed as ``active_now`` is), ``return_share`` (q), ``return_half_life_days``
        (of r), ``return_source``, ``return_curve`` and ``return_draws`` (as for the
        stock; with ``half_life_days`` given by hand nobody returns). A last row
        :data:`OTHER_PLATFORMS` holds the people active (or known) today with no account
        on those platforms (no outreach, the overall half-life), so ``active_now`` adds up
        to every active person.

    ``active_now`` counts the people :func:`~power1000_analysis.activity.contact_status`
    calls active, also those it judges at an older export (a platform whose newest export
    holds no interactions, :func:`~power1000_analysis.evidence.interactions_known_until`):
    the forecast starts from the count of notebook 02, the summary card and
    :func:`active_history`, so the lines meet. Their fading since that export is not
    taken off: it would start the projection below the count the page shows for today.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> forecast_inputs(Network.empty()).empty
    True
    """
    columns = [
        "platform",
        "active_now",
        "outreach_per_week",
        "outreach_method",
        "conversion",
        "inbound_per_week",
        "inbound_low",
        "inbound_high",
        "inbound_count",
        "inbound_weeks",
        "inbound_spread",
        "inbound_method",
        "activation",
        "activation_low",
        "activation_high",
        "activation_active",
        "activation_exposure",
        "activation_delay_days",
        "activation_delays",
        "half_life_days",
        "half_life_source",
        "weekly_limit",
        "max_connections",
        "connections_now",
        "connections_per_reach_out",
        "stock_floor",
        "stock_half_life_days",
        "stock_source",
        "stock_curve",
        "stock_draws",
        "idle_now",
        "return_share",
        "return_half_life_days",
        "return_source",
        "return_curve",
        "return_draws",
    ]
    cutoff = _cutoff(net, as_of)
    if cutoff is None or net.contacts.empty:
        return pd.DataFrame(columns=columns)
    funnel = funnel_table(net, as_of=as_of, active_within_days=active_within_days)
    by_platform = funnel[funnel["platform"] != ALL_PLATFORMS].set_index(["platform", "stage"])
    engaged = funnel[(funnel["stage"] == "engaged") & (funnel["platform"] != ALL_PLATFORMS)]
    overall = _half_life(net, None, cutoff, half_life_days)
    contacts = net.contacts
    present = contact_presence(net, as_of=as_of) == "present"  # on as_of: the cap then
    status = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
    by_person = status.drop_duplicates("person_id").set_index("person_id")
    since = cutoff - pd.Timedelta(days=float(window_days))
    new = _new_people(net, cutoff, since)
    blind = platforms_without_interactions(net)
    firsts = _first_snapshots(net, cutoff)
    rows = []
    groups: dict[str, pd.DataFrame] = {}  # each platform's arrivals, for the activation share
    for row in engaged.itertuples(index=False):
        platform = str(row.platform)
        arrived = new[new["platform"] == platform]
        measured = math.isfinite(row.overall_conversion)
        if not measured and (arrived.empty or platform in blind):
            continue
        if measured:
            rate, method = _outreach(net, platform, cutoff, window_days)
        else:
            rate, method = math.nan, "no reach-out of yours measurable in these exports"
        half_life, source = _half_life(net, platform, cutoff, half_life_days)
        if not math.isfinite(half_life) or half_life <= 0:
            why = source  # the Estimate's "not estimable" reason (_half_life)
            half_life, source = overall[0], f"all platforms' fit (none for this platform: {why})"
            if not math.isfinite(half_life) or half_life <= 0:
                source = f"none: {platform}: {why}; all platforms: {overall[1]}"
        limit = PLATFORM_LIMITS.get(platform, _NO_LIMIT)
        mine = contacts[present & (contacts["platform"] == platform)]
        everyone = contacts.loc[contacts["platform"] == platform, "relation"]
        follow = bool(set(everyone)) and set(everyone) <= FOLLOW_RELATIONS
        if follow:
            # a follow takes a place in "accounts you follow" whether or not it is returned
            taken = int(mine["relation"].isin({"following", "mutual"}).sum())
            per_reach_out = 1.0
        else:
            taken = len(mine)
            accepted = by_platform["overall_conversion"].get((platform, "connected"), math.nan)
            per_reach_out = float(accepted) if math.isfinite(accepted) else 1.0
        dated = bool(contacts.loc[contacts["platform"] == platform, "connected_at"].notna().any())
        if dated:
            weeks = float(window_days) / 7.0
        else:
            first = firsts.get(platform, pd.NaT)
            weeks = (cutoff - first).total_seconds() / 86_400 / 7.0 if pd.notna(first) else 0.0
        from_outreach = 0.0
        if not follow and math.isfinite(rate) and len(arrived):
            # reach-outs also reach people already known elsewhere: count the accepted ones
            # at the share of the window's new connections here that were new people
            window_contacts = new.attrs.get("contacts_in_window", {}).get(platform, 0)
            share = len(arrived) / window_contacts if window_contacts else 1.0
            from_outreach = rate * weeks * per_reach_out * share
        groups[platform] = _inbound_group(arrived, follow=follow)
        rows.append(
            dict.fromkeys(columns, math.nan)
            | {
                "platform": platform,
                "active_now": 0,
                "outreach_per_week": rate,
                "outreach_method": method,
                "conversion": float(row.overall_conversion),
                "half_life_days": float(half_life),
                "half_life_source": source,
                # no limit: NaN like every other missing number (None showed as "None")
                "weekly_limit": _number(limit.weekly_requests),
                "max_connections": _number(limit.max_connections),
                "connections_now": taken,
                "connections_per_reach_out": per_reach_out,
            }
            | _inbound(
                arrived,
                follow=follow,
                weeks=weeks,
                from_outreach=from_outreach,
                status=by_person,
                half_life=float(half_life),
                until=cutoff,
            )
        )
    active = status.loc[status["status"] == "active", "person_id"]
    # each active person counts once: on the forecast platform where they connected first
    # (the forecast adds the platforms up); with no account on one, in OTHER_PLATFORMS
    forecast_accounts = contacts[contacts["platform"].isin({row["platform"] for row in rows})]
    first_accounts = forecast_accounts.sort_values(
        "connected_at", kind="stable", na_position="last"
    )
    platform_of = first_accounts.drop_duplicates("person_id").set_index("person_id")["platform"]
    placed = active.map(platform_of).astype(object)
    counts = placed.value_counts()
    # the people known but not active today, placed the same way (the returning flow)
    idle = status.loc[status["status"] != "active", "person_id"].dropna().drop_duplicates()
    idle_placed = idle.map(platform_of).astype(object)
    idle_counts = idle_placed.value_counts()
    for row in rows:
        row["active_now"] = int(counts.get(row["platform"], 0))
        row["idle_now"] = int(idle_counts.get(row["platform"], 0))
    others = int(placed.isna().sum())
    idle_others = int(idle_placed.isna().sum())
    if others or (idle_others and rows):
        rows.append(
            dict.fromkeys(columns, math.nan)
            | {
                "platform": OTHER_PLATFORMS,
                "active_now": others,
                "outreach_per_week": 0.0,
                "outreach_method": "no outreach data: today's active people only fade",
                "conversion": 0.0,
                "inbound_per_week": 0.0,
                "inbound_method": "not counted: no platform you can reach out on",
                "half_life_days": float(overall[0]),
                "half_life_source": "all platforms' fit",
                "idle_now": idle_others,
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    table = _with_stock_curves(
        table, net, cutoff, active_within_days, platform_of, given=half_life_days is not None
    )
    # the activation share with each platform's retention curve (_activation): what the
    # forecast's arrivals follow
    for index, platform in enumerate(table["platform"]):
        group = groups.get(str(platform))
        if group is None or not math.isfinite(_column(table, "activation")[index]):
            continue
        share = _activation(
            group,
            by_person,
            float(table["stock_floor"].iloc[index]),
            float(table["stock_half_life_days"].iloc[index]),
        )
        for column, value in share.items():
            if isinstance(value, np.ndarray):
                table[column] = table[column].astype(object)
                table.at[index, column] = value
            else:
                table.loc[index, column] = value
    return table


def _with_stock_curves(
    table: pd.DataFrame,
    net: Network,
    cutoff: pd.Timestamp,
    active_within_days: float,
    platform_of: pd.Series,
    *,
    given: bool,
) -> pd.DataFrame:
    """:func:`forecast_inputs`' stock columns: each platform's people follow their own
    retention curve (:func:`_retention_curve`) where at least :data:`_MIN_RETENTION_LAGS`
    lags have :data:`_MIN_RETENTION_PEOPLE` of them (placed as ``active_now`` places
    them, ``platform_of``), else all the user's people's curve, else the half-life."""
    table = table.assign(
        stock_floor=0.0,
        stock_half_life_days=table["half_life_days"],
        stock_source="the half-life (given by hand)",
        stock_curve=table["platform"],
        stock_draws=None,
        return_share=0.0,
        return_half_life_days=math.nan,
        return_source="not modelled (half-life given by hand)",
        return_curve=table["platform"],
        return_draws=None,
    )
    if given or table.empty:
        return table
    people = _retention_people(net, cutoff, active_within_days)
    overall = _retention_curve(people)
    placed = pd.Series(people.persons, dtype=object).map(platform_of).to_numpy(dtype=object)
    table = _returns(table, people, placed)
    for index, platform in enumerate(table["platform"]):
        curve, name = overall, "all platforms"
        rows = placed == platform
        if platform != OTHER_PLATFORMS and rows.any():
            own = _retention_curve(people, rows, who=f"your {platform} people", prior=overall)
            if math.isfinite(own.floor) and own is not overall:
                curve, name = own, str(platform)
        if not math.isfinite(curve.floor):
            table.loc[index, "stock_source"] = f"the half-life ({curve.source})"
            continue
        source = curve.source
        if name == "all platforms" and platform != OTHER_PLATFORMS:
            source += f" (all platforms: too few active {platform} people for their own)"
        table.loc[index, "stock_floor"] = curve.floor
        table.loc[index, "stock_half_life_days"] = curve.half_life
        table.loc[index, "stock_source"] = source
        table.loc[index, "stock_curve"] = name
        table.at[index, "stock_draws"] = curve.draws
    return table


def _returns(table: pd.DataFrame, people: _RetentionPeople, placed: np.ndarray) -> pd.DataFrame:
    """:func:`forecast_inputs`' returning-flow columns: the people known but not active
    today (``idle_now``) come back as the user's such people have come back. Of the people
    known but not active ``h`` days before ``as_of`` (h = 30 … 360), the share active on
    ``as_of`` is fitted with ``Q(t) = q·(1 − e^(−rt))`` (:func:`_retention_curve` with
    ``returning``: a person moves between not active and active at constant rates, ``q``
    the share active in the long run; the people met since are the arrivals' part, those
    active then the stock's, so the three do not overlap). Each row (``placed``: the
    platform each person counts on, None for :data:`OTHER_PLATFORMS`) has its own curve
    where at least :data:`_MIN_RETENTION_LAGS` lags have :data:`_MIN_RETENTION_PEOPLE`
    such people (a pool of followers who never write back gets its own small ``q``, not
    that of dormant friends), else all people's; ``return_draws`` holds the fits to
    resampled people for the band. Without a fit (too little history) nobody returns."""
    overall = _retention_curve(people, who="your people", returning=True)
    missing = pd.isna(pd.Series(placed, dtype=object)).to_numpy()
    for index, platform in enumerate(table["platform"]):
        rows = missing if platform == OTHER_PLATFORMS else placed == platform
        curve, name = overall, "all platforms"
        if rows.any():
            own = _retention_curve(people, rows, who=f"your {platform} people", returning=True)
            if math.isfinite(own.floor):
                curve, name = own, str(platform)
        if not math.isfinite(curve.floor):
            table.loc[index, "return_source"] = f"not modelled ({curve.source})"
            continue
        table.loc[index, "return_share"] = curve.floor
        table.loc[index, "return_half_life_days"] = curve.half_life
        table.loc[index, "return_source"] = curve.source
        table.loc[index, "return_curve"] = name
        table.at[index, "return_draws"] = curve.draws
    return table


#: :func:`anonymised_inputs`' note on a row where something was blanked
_BLANKED = "blanked (anonymised: fewer than {k} people, or what would give such a count back)"


def anonymised_inputs(
    inputs: pd.DataFrame, *, k: int = MIN_GROUP_SIZE, funnel: pd.DataFrame | None = None
) -> pd.DataFrame:
    """:func:`forecast_inputs` for anonymised output: no number that gives back a group of
    fewer than ``k`` people, as :func:`~power1000_analysis.anonymize.suppress_small_funnel`
    does for the funnel (zero stays: it identifies nobody).

    Blanked in a row: ``active_now`` below ``k`` (and, when only one row's is, the next
    smallest too: the page prints the total); the inbound rate and its interval when the
    people behind it (``inbound_count``) are fewer than ``k`` (rate × weeks, and the
    interval's width, give the count back); ``activation`` and its interval when fewer
    than ``k`` of those are active (``activation_active``); ``outreach_per_week`` when it
    stands for fewer than ``k`` reach-outs over the window; ``connections_now`` below
    ``k``; ``idle_now`` (people known but not active today) below ``k``; ``conversion``
    where the anonymised funnel (``funnel``: its
    :func:`~power1000_analysis.anonymize.suppress_small_funnel` table) blanked the
    platform's overall conversion to engaged; and in ``stock_source`` (``return_source``)
    the counts of the retention (people active, or known but not active, then; active
    now) when either those active now or those who are not are fewer than ``k``. ``note`` says which row was touched. The forecast is
    computed from the full inputs; only what is shown is blanked.

    Example
    -------
    >>> inputs = pd.DataFrame({"platform": ["x", "linkedin"], "active_now": [40, 3],
    ...     "inbound_per_week": [0.06, 2.0], "inbound_count": [3.0, 104.0],
    ...     "inbound_weeks": [52.0, 52.0]})
    >>> shown = anonymised_inputs(inputs)
    >>> shown["active_now"].tolist(), shown["inbound_per_week"].tolist()
    ([<NA>, <NA>], [nan, 2.0])
    """
    out = inputs.copy().reset_index(drop=True)
    blanked = pd.Series(False, index=out.index)

    def small(values: np.ndarray) -> np.ndarray:
        rounded = np.round(values)
        return np.isfinite(rounded) & (rounded > 0) & (rounded < k)

    def blank(rows: np.ndarray, columns: Sequence[str]) -> None:
        for column in columns:
            if column in out.columns:
                touched = rows & pd.notna(out[column]).to_numpy()
                out.loc[touched, column] = math.nan
                blanked.loc[touched] = True

    if "active_now" in out.columns:
        active = _column(out, "active_now")
        hide = small(active)
        if hide.sum() == 1:  # the others and the printed total would give it back
            others = np.where(~hide & (active > 0), active, np.inf)
            if np.isfinite(others).any():
                hide[int(np.argmin(others))] = True
        out["active_now"] = pd.array(np.round(active), dtype="Int64")
        out.loc[hide, "active_now"] = pd.NA
        blanked |= hide
    weeks = _column(out, "inbound_weeks")
    blank(
        small(_column(out, "inbound_count")),
        ["inbound_per_week", "inbound_low", "inbound_high", "inbound_spread"],
    )
    blank(
        small(_column(out, "activation_active")),
        ["activation", "activation_low", "activation_high"],
    )
    blank(small(_column(out, "outreach_per_week") * weeks), ["outreach_per_week"])
    blank(small(_column(out, "connections_now")), ["connections_now"])
    if funnel is not None and not funnel.empty and "conversion" in out.columns:
        engaged = funnel[funnel["stage"] == "engaged"].set_index("platform")
        # the inputs' conversion is the funnel's: blank where the anonymised funnel did
        gone = pd.to_numeric(engaged["overall_conversion"], errors="coerce").isna()
        blank(out["platform"].isin(set(engaged.index[gone])).to_numpy(), ["conversion"])
    blank(small(_column(out, "idle_now")), ["idle_now"])
    for source in ("stock_source", "return_source"):
        if source not in out.columns:
            continue
        for index, text in out[source].items():
            match = _STOCK_COUNTS.search(str(text))
            if match is None:
                continue
            then, kept = int(match["then"]), int(match["kept"])
            if small(np.array([kept, then - kept], dtype=float)).any():
                out.at[index, source] = _STOCK_COUNTS.sub("", str(text), count=1)
                blanked.at[index] = True
    note = _BLANKED.format(k=k)
    out["note"] = np.where(blanked, note, "")
    return out


def anonymised_required(
    table: pd.DataFrame, inputs: pd.DataFrame, shown: pd.DataFrame
) -> pd.DataFrame:
    """:func:`required_outreach`'s table with the numbers :func:`anonymised_inputs` blanked
    (in ``shown``, made from ``inputs``) blanked here too: a platform's ``now_per_week`` where its
    ``outreach_per_week`` was, its ``conversion`` and ``reach_outs_per_engaged`` where its
    ``conversion`` was; the ``"current mix"`` row's, which add the platforms up, where any
    platform's was. The plans themselves (reach-outs needed) stay, but the notes that
    :func:`describe_required` prints lose what would give a blanked number back: the
    mix's factor where its ``now_per_week`` is blanked (its reach-outs a week over the
    factor are today's), and a cap's "(N now + M more)" where ``connections_now`` is.

    Example
    -------
    >>> table = pd.DataFrame({"platform": ["x", "current mix"], "now_per_week": [0.05, 0.05],
    ...     "conversion": [0.5, 0.5], "reach_outs_per_engaged": [2.0, 2.0]})
    >>> inputs = pd.DataFrame({"platform": ["x"], "outreach_per_week": [0.05],
    ...     "conversion": [0.5]})
    >>> shown = inputs.assign(outreach_per_week=float("nan"))
    >>> anonymised_required(table, inputs, shown)["now_per_week"].tolist()
    [nan, nan]
    """
    out = table.copy()
    if out.empty or shown.empty:
        return out
    by_platform = shown.drop_duplicates("platform").set_index("platform")
    raw = inputs.drop_duplicates("platform").set_index("platform")
    pairs = {
        "outreach_per_week": ["now_per_week"],
        "conversion": ["conversion", "reach_outs_per_engaged"],
    }
    mix = out["platform"] == "current mix"
    for source, columns in pairs.items():
        if source not in by_platform.columns or source not in raw.columns:
            continue
        hidden = by_platform[source].isna() & raw[source].reindex(by_platform.index).notna()
        rows = out["platform"].isin(set(hidden.index[hidden]))
        rows &= ~mix
        if rows.any():
            rows |= mix
        for column in columns:
            if column in out.columns:
                out.loc[rows, column] = math.nan
    if "note" in out.columns:
        # the sentences (describe_required) must not give them back either: the mix's
        # reach-outs a week over its factor are today's (the blanked now_per_week), and a
        # cap's "(N now + M more)" holds a blanked connections_now
        if "now_per_week" in out.columns and out.loc[mix, "now_per_week"].isna().any():
            out.loc[mix, "note"] = (
                out.loc[mix, "note"]
                .astype(str)
                .str.replace(_MIX_FACTOR, "every platform's rate scaled up", regex=True)
            )
        if "connections_now" in by_platform.columns and "connections_now" in raw.columns:
            gone = (
                by_platform["connections_now"].isna()
                & raw["connections_now"].reindex(by_platform.index).notna()
            )
            for platform in gone.index[gone]:
                own = (out["platform"] == platform).to_numpy()
                prefix = re.escape(f"{platform}: ")
                for rows, lead in ((own, ""), (mix.to_numpy(), prefix)):
                    out.loc[rows, "note"] = (
                        out.loc[rows, "note"]
                        .astype(str)
                        .str.replace(_CAP_COUNTS.replace("LEAD", lead), r"\1", regex=True)
                    )
    return out


#: the factor in the ``"current mix"`` row's note (:func:`anonymised_required`)
_MIX_FACTOR = r"every platform's rate times [0-9.e+-]+"
#: a cap's counts in a note (:func:`_limits_broken`; LEAD: what comes before the
#: sentence): group 1 is the sentence without them
_CAP_COUNTS = r"(LEAD[^;]*?is full on \d{4}-\d{2}-\d{2}) \([0-9,]+ now \+ [0-9,]+ more\)"


@dataclass(frozen=True)
class _RetentionPeople:
    """Who was active at each lag of :func:`_stock_retention`: ``then[i, j]`` person
    ``persons[i]`` was active ``lags[j]`` days before ``as_of``, ``kept[i, j]`` and is
    active on ``as_of`` too; ``idle[i, j]`` they were known then but not active,
    ``back[i, j]`` and are active on ``as_of`` (the returning flow, :func:`_returns`)."""

    lags: np.ndarray
    persons: np.ndarray
    then: np.ndarray
    kept: np.ndarray
    idle: np.ndarray
    back: np.ndarray

    def matrices(self, returning: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """``(then, kept)``, or ``(idle, back)`` for the returning flow."""
        return (self.idle, self.back) if returning else (self.then, self.kept)

    def counts(self, rows: np.ndarray | None = None, *, returning: bool = False) -> pd.DataFrame:
        """The retention table (:func:`_stock_retention`) of all people, or of ``rows``;
        ``returning``: of the people known but not active then, how many are active now."""
        then, kept = self.matrices(returning)
        then = then if rows is None else then[rows]
        kept = kept if rows is None else kept[rows]
        n, still = then.sum(axis=0), kept.sum(axis=0)
        out = []
        for lag, total, k in zip(self.lags, n, still, strict=True):
            total, k = int(total), int(k)
            low = float(stats.beta.ppf(0.025, k, total - k + 1)) if k else 0.0
            high = float(stats.beta.ppf(0.975, k + 1, total - k)) if k < total else 1.0
            share = k / total if total else math.nan
            out.append(
                [int(lag), total, k, share, low if total else math.nan, high if total else math.nan]
            )
        return pd.DataFrame(out, columns=_RETENTION_COLUMNS)


_RETENTION_COLUMNS = ["lag_days", "active_then", "still_active", "share", "share_low", "share_high"]


def _retention_people(
    net: Network, cutoff: pd.Timestamp, active_within_days: float
) -> _RetentionPeople:
    """:class:`_RetentionPeople` at ``cutoff`` (lags before the first interaction left out)."""
    first = net.interactions["at"].min() if not net.interactions.empty else pd.NaT

    def active(date: pd.Timestamp) -> tuple[set[object], set[object]]:
        """The people active on ``date``, and those known then but not active."""
        status = contact_status(net, as_of=date, active_within_days=active_within_days)
        on = set(status.loc[status["status"] == "active", "person_id"].dropna())
        return on, set(status["person_id"].dropna()) - on

    lags = [
        lag
        for lag in _RETENTION_LAGS
        if pd.notna(first) and cutoff - pd.Timedelta(days=lag) >= first
    ]
    if net.contacts.empty or not lags:
        empty = np.zeros((0, len(lags)), dtype=bool)
        return _RetentionPeople(
            np.array(lags, dtype=float), np.array([], dtype=object), empty, empty, empty, empty
        )
    now = active(cutoff)[0]
    pairs = [active(cutoff - pd.Timedelta(days=lag)) for lag in lags]
    persons = np.array(sorted(set().union(*(on | off for on, off in pairs)), key=str), dtype=object)
    index = {person: i for i, person in enumerate(persons)}
    then = np.zeros((len(persons), len(lags)), dtype=bool)
    idle = np.zeros((len(persons), len(lags)), dtype=bool)
    for j, (on, off) in enumerate(pairs):
        then[[index[p] for p in on], j] = True
        idle[[index[p] for p in off], j] = True
    still = np.array([p in now for p in persons], dtype=bool)[:, None]
    return _RetentionPeople(
        np.array(lags, dtype=float), persons, then, then & still, idle, idle & still
    )


def _stock_retention(
    net: Network, *, as_of: AsOf = None, active_within_days: float = 90.0
) -> pd.DataFrame:
    """How the user's active people have stayed active: for each lag ``h`` (30, 60, …,
    360 days), of the people active ``h`` days before ``as_of`` how many are active on
    ``as_of`` (:func:`~power1000_analysis.activity.contact_status`, one count per person).

    Returns
    -------
    DataFrame
        ``lag_days``, ``active_then``, ``still_active``, ``share`` and its 95% interval
        ``share_low``/``share_high`` (Clopper-Pearson; the lags share people, so the
        intervals are not independent). Lags before the first interaction are left out.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> _stock_retention(Network.empty()).empty
    True
    """
    cutoff = _cutoff(net, as_of)
    if cutoff is None or net.contacts.empty or net.interactions.empty:
        return pd.DataFrame(columns=_RETENTION_COLUMNS)
    return _retention_people(net, cutoff, active_within_days).counts()


def _retention_fit_terms(
    params: np.ndarray,
    lag: np.ndarray,
    n: np.ndarray,
    kept: np.ndarray,
    returning: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For rows of ``params = (logit f, log k')`` and of counts ``n``, ``kept`` (one row per
    fit, one column per lag): the binomial negative log-likelihood of
    ``R(t) = f + (1 − f)·e^(−k't)``, its gradient and its Fisher information;
    ``returning``: of the returning flow's ``Q(t) = q·(1 − e^(−rt))`` (``params = (logit
    q, log r)``, :func:`_returns`)."""
    floor = 1.0 / (1.0 + np.exp(-params[:, :1]))
    rate = np.exp(params[:, 1:])
    fade = np.exp(-rate * lag)
    if returning:
        curve = np.clip(floor * (1.0 - fade), 1e-9, 1 - 1e-9)
        slopes = np.stack(
            [floor * (1.0 - floor) * (1.0 - fade), floor * rate * lag * fade], axis=-1
        )
    else:
        curve = np.clip(floor + (1.0 - floor) * fade, 1e-9, 1 - 1e-9)
        slopes = np.stack(
            [floor * (1.0 - floor) * (1.0 - fade), -(1.0 - floor) * rate * lag * fade], axis=-1
        )
    loss = -(kept * np.log(curve) + (n - kept) * np.log1p(-curve)).sum(axis=1)
    residual = -(kept / curve - (n - kept) / (1.0 - curve))
    gradient = (residual[..., None] * slopes).sum(axis=1)
    weight = n / (curve * (1.0 - curve))
    information = np.einsum("bl,bli,blj->bij", weight, slopes, slopes)
    return loss, gradient, information


#: bounds of ``(logit f, log k')`` in the fit: f in about (0.25%, 99.75%), a half-life
#: from about 5 hours to 2,000 years
_RETENTION_BOUNDS = ((-6.0, 6.0), (-20.0, 1.0))


def _fit_curves(
    start: np.ndarray,
    lag: np.ndarray,
    n: np.ndarray,
    kept: np.ndarray,
    iterations: int = 60,
    returning: bool = False,
) -> np.ndarray:
    """``(logit f, log k')`` maximising the binomial likelihood for each row of ``n``,
    ``kept`` (rows: data sets; columns: ``lag``), from the rows of ``start``: Fisher
    scoring with step halving, all rows at once (the curve's uncertainty refits it to
    hundreds of resamples, :func:`_retention_curve`)."""
    low, high = np.array(_RETENTION_BOUNDS).T
    params = np.clip(np.array(start, dtype=float), low, high)
    loss, gradient, information = _retention_fit_terms(params, lag, n, kept, returning)
    for _ in range(iterations):
        ridge = 1e-9 * np.trace(information, axis1=1, axis2=2)[:, None, None] * np.eye(2)
        step = -np.linalg.solve(information + ridge + 1e-12 * np.eye(2), gradient[..., None])[
            ..., 0
        ]
        scale = np.ones(len(params))
        improved = np.zeros(len(params), dtype=bool)
        for _ in range(30):  # halve the step until the loss does not grow
            trial = np.clip(params + scale[:, None] * step, low, high)
            new_loss = _retention_fit_terms(trial, lag, n, kept, returning)[0]
            better = new_loss <= loss + 1e-12
            improved |= better
            scale = np.where(better, scale, scale / 2)
            if better.all():
                break
        moved = np.clip(params + scale[:, None] * step, low, high)
        params = np.where(improved[:, None], moved, params)
        new = _retention_fit_terms(params, lag, n, kept, returning)
        done = np.abs(loss - new[0]) < 1e-10 * (1.0 + np.abs(loss))
        loss, gradient, information = new
        if done.all():
            break
    return params


#: the counts in a ``stock_source`` (:func:`_retention_curve`): people active then, and
#: how many of them still are (:func:`anonymised_inputs` takes them out when small)
_STOCK_COUNTS = re.compile(
    r"of the (?P<then>\d+) (?:known but not )?active \d+ days before, (?P<kept>\d+) "
    r"\(\d+%\) (?:still are|are active again) \(95% [^)]*\); "
)


def _fit_curve(
    lag: np.ndarray,
    n: np.ndarray,
    kept: np.ndarray,
    starts: Sequence[np.ndarray],
    returning: bool = False,
) -> np.ndarray:
    """``(logit f, log k')`` maximising the binomial likelihood, best of ``starts``."""
    many = np.tile(n, (len(starts), 1)), np.tile(kept, (len(starts), 1))
    fits = _fit_curves(np.array(starts), lag, *many, returning=returning)
    return fits[int(np.argmin(_retention_fit_terms(fits, lag, *many, returning)[0]))]


#: resamples of people behind the retention curve's uncertainty (:func:`_retention_curve`)
_RETENTION_RESAMPLES = 200


@dataclass(frozen=True)
class _Curve:
    """A fitted retention curve: ``floor`` f, ``half_life`` of k', ``draws`` (the fit to
    each resample of the people: rows of ``(f, half-life)``), ``source`` (what it was
    fitted to, in words); ``floor`` NaN: no fit, ``source`` says why."""

    floor: float
    half_life: float
    draws: np.ndarray | None
    source: str
    #: the lags (of :class:`_RetentionPeople`) it was fitted over; None: no fit
    usable: np.ndarray | None = None

    def shares(self, lags: np.ndarray, draws: bool = False) -> np.ndarray:
        """``R(t) = f + (1 − f)·e^(−k't)`` at ``lags``: of the fit (one row), or of each
        of ``draws`` (one row per resample)."""
        if draws and self.draws is not None:
            floor, half_life = self.draws[:, :1], self.draws[:, 1:]
        else:
            floor, half_life = np.array([[self.floor]]), np.array([[self.half_life]])
        return np.asarray(floor + (1.0 - floor) * np.exp(-_LN2 / half_life * lags))


#: how many people a lag the all-platforms curve counts for in a platform's own
#: (:func:`_retention_curve`'s ``prior``): a platform with this many of its own people
#: active at every lag is fitted half on its own people, half on the pooled curve
_PRIOR_PEOPLE = float(_MIN_RETENTION_PEOPLE)


def _retention_curve(
    people: _RetentionPeople,
    rows: np.ndarray | None = None,
    *,
    who: str = "your active people",
    returning: bool = False,
    prior: _Curve | None = None,
) -> _Curve:
    """Fit ``R(t) = f + (1 − f)·e^(−k't)`` to the people in ``rows`` (all: None) over the
    lags with at least :data:`_MIN_RETENTION_PEOPLE` of them active then, and its
    uncertainty: the same fit to :data:`_RETENTION_RESAMPLES` resamples of those people
    (a person bootstrap: the lags share people, so treating them as independent binomial
    counts would make the curve look surer than it is). ``returning``: the returning
    flow's ``Q(t) = q·(1 − e^(−rt))`` fitted the same way to the people known but not
    active then (:func:`_returns`; ``floor`` is q, ``half_life`` that of r).

    ``prior`` (the stock's all-platforms curve, for one platform's people in ``rows``):
    partial pooling. At each lag of the prior's fit the platform's own counts get
    :data:`_PRIOR_PEOPLE` people more, kept at the prior's share (in each resample, at the
    share of the prior's fit to the same resample number, so the band holds the prior's
    uncertainty too): a platform with many people is fitted on its own, one with few
    mostly on the pooled curve, none all or nothing. Until session 12 a platform had its
    own curve only with :data:`_MIN_RETENTION_PEOPLE` people at :data:`_MIN_RETENTION_LAGS`
    lags and took the pooled curve whole otherwise: on data/sample at 2016-07-15
    Instagram's 53-66 people a lag gave it a floor of 54% where 40% of its 62 active people
    stayed half a year, and X took the pooled 38% where 5 of its 21 stayed (the stock 11
    over what stayed; on samples of seeds 1001 and 1002 the per-platform curves put the
    stock 8 and 15 over on average, the pooled one 6 and 9)."""
    if prior is not None and prior.usable is not None and prior.draws is not None:
        return _pooled_curve(people, rows, who, prior)
    retention = people.counts(rows, returning=returning)
    usable = (retention["active_then"] >= _MIN_RETENTION_PEOPLE).to_numpy()
    if usable.sum() < _MIN_RETENTION_LAGS:
        why = (
            f"too little history: {int(usable.sum())} lags of 30 days with "
            f"{_MIN_RETENTION_PEOPLE}+ {'inactive' if returning else 'active'} people, "
            f"{_MIN_RETENTION_LAGS} needed"
        )
        return _Curve(math.nan, math.nan, None, why)
    lag = retention["lag_days"].to_numpy(float)[usable]
    n = retention["active_then"].to_numpy(float)[usable]
    kept = retention["still_active"].to_numpy(float)[usable]
    if returning and not kept.any():
        # nobody came back at any lag: q = 0 (a fit would stop at the bound, anywhere)
        last = retention[usable].iloc[-1]
        source = (
            f"{who}'s returns: of the {int(last['active_then'])} known but not active "
            f"{int(last['lag_days'])} days before, none is active again, nor at any "
            f"shorter lag (95% 0%–{last['share_high']:.0%})"
        )
        return _Curve(0.0, math.nan, None, source)
    starts = [
        np.array([a, b])
        for a in ((-4.0, -2.0) if returning else (-2.0, 0.0))
        for b in (math.log(_LN2 / 60), math.log(_LN2 / 300))
    ]
    best = _fit_curve(lag, n, kept, starts, returning)
    then, still = (m if rows is None else m[rows] for m in people.matrices(returning))
    then, still = then[:, usable].astype(float), still[:, usable].astype(float)
    mine = then.any(axis=1)
    then, still = then[mine], still[mine]
    rng = np.random.default_rng(0)
    weights = rng.multinomial(len(then), np.full(len(then), 1.0 / len(then)), _RETENTION_RESAMPLES)
    n_draws, kept_draws = weights @ then, weights @ still
    draws = _fit_curves(
        np.tile(best, (_RETENTION_RESAMPLES, 1)), lag, n_draws, kept_draws, returning=returning
    )
    return _described(best, draws, who, retention[usable].iloc[-1], usable, returning=returning)


def _described(
    best: np.ndarray,
    draws: np.ndarray,
    who: str,
    last: pd.Series,
    usable: np.ndarray,
    *,
    returning: bool = False,
    after: str = "",
) -> _Curve:
    """The curve fitted at ``best`` (logit floor, log k'), its resampled fits ``draws``
    and the sentence saying what it was fitted to: ``last`` the longest usable lag's row of
    the retention table, 95% intervals from the draws, ``after`` said at the end."""
    floor = 1.0 / (1.0 + math.exp(-best[0]))
    half_life = _LN2 / math.exp(best[1])
    floors = 1.0 / (1.0 + np.exp(-draws[:, 0]))
    half_lives = _LN2 / np.exp(draws[:, 1])
    f_low, f_high = np.quantile(floors, [0.025, 0.975])
    h_low, h_high = np.quantile(half_lives, [0.025, 0.975])
    if returning:
        source = (
            f"{who}'s returns: of the {int(last['active_then'])} known but not active "
            f"{int(last['lag_days'])} days before, {int(last['still_active'])} "
            f"({last['share']:.0%}) are active again "
            f"(95% {last['share_low']:.0%}–{last['share_high']:.0%}); fitted {floor:.1%} "
            f"active in the long run (95% {f_low:.1%}–{f_high:.1%}), approached with a "
            f"half-life of {_days(half_life)} (95% {_days(h_low)}–{_days(h_high)})"
        )
    else:
        source = (
            f"{who}'s retention: of the {int(last['active_then'])} active "
            f"{int(last['lag_days'])} days before, {int(last['still_active'])} "
            f"({last['share']:.0%}) still are "
            f"(95% {last['share_low']:.0%}–{last['share_high']:.0%}); fitted {floor:.0%} stay "
            f"(95% {f_low:.0%}–{f_high:.0%}), the rest fade with a half-life of "
            f"{half_life:.0f} days (95% {h_low:.0f}–{h_high:.0f})"
        )
    return _Curve(floor, half_life, np.column_stack([floors, half_lives]), source + after, usable)


def _pooled_curve(
    people: _RetentionPeople, rows: np.ndarray | None, who: str, prior: _Curve
) -> _Curve:
    """:func:`_retention_curve` of the people in ``rows`` partly pooled with ``prior`` (see
    there); ``prior`` itself when none of them was active at its lags."""
    assert prior.usable is not None and prior.draws is not None
    usable = prior.usable
    lag = people.lags[usable]
    then, still = (m if rows is None else m[rows] for m in people.matrices())
    then, still = then[:, usable].astype(float), still[:, usable].astype(float)
    mine = then.any(axis=1)
    then, still = then[mine], still[mine]
    if not len(then):
        return prior
    share = prior.shares(lag)[0]
    n = then.sum(axis=0) + _PRIOR_PEOPLE
    kept = still.sum(axis=0) + _PRIOR_PEOPLE * share
    starts = [
        np.array([a, b]) for a in (-2.0, 0.0) for b in (math.log(_LN2 / 60), math.log(_LN2 / 300))
    ]
    best = _fit_curve(lag, n, kept, starts)
    rng = np.random.default_rng(0)
    resamples = len(prior.draws)
    weights = rng.multinomial(len(then), np.full(len(then), 1.0 / len(then)), resamples)
    n_draws = weights @ then + _PRIOR_PEOPLE
    kept_draws = weights @ still + _PRIOR_PEOPLE * prior.shares(lag, draws=True)
    draws = _fit_curves(np.tile(best, (resamples, 1)), lag, n_draws, kept_draws)
    retention = people.counts(rows)
    counted = retention[usable & (retention["active_then"] > 0).to_numpy()]
    return _described(
        best, draws, who, counted.iloc[-1], usable,
        after=f", pooled with all platforms' curve counted as {_PRIOR_PEOPLE:.0f} people a lag",
    )  # fmt: skip


def _days(days: float) -> str:
    """A half-life in words: "17 days", "under a day"."""
    return "under a day" if days < 0.5 else f"{days:.0f} days"


def _half_life(
    net: Network,
    platform: str | None,
    cutoff: pd.Timestamp,
    given: float | Mapping[str, float] | None,
) -> tuple[float, str]:
    """The half-life of ``platform`` (None: all platforms) and where it comes from:
    ``given`` (:func:`forecast_inputs`' ``half_life_days``) where it names one, else the
    decay fit."""
    if isinstance(given, Mapping):
        value = given.get(platform) if platform is not None else None
        if value is not None:
            return float(value), "given"
    elif given is not None:
        return float(given), "given"
    fitted = decay_half_life(net, platform=platform, as_of=cutoff)
    if not (math.isfinite(fitted.value) and fitted.value > 0):
        return float(fitted.value), _no_fit(fitted)  # why there is none, for the source
    return float(
        fitted.value
    ), "this platform's fit" if platform is not None else "all platforms' fit"


def _number(value: float | None) -> float:
    """``value`` as a float, NaN for None."""
    return math.nan if value is None else float(value)


def _column(inputs: pd.DataFrame, name: str) -> np.ndarray:
    """A numeric column as floats, NaN where it (or the whole column) is missing."""
    if name not in inputs.columns:
        return np.full(len(inputs), np.nan)
    return np.asarray(pd.to_numeric(inputs[name], errors="coerce"), dtype=float)


def _rates(inputs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Daily arrivals of active people from the user's outreach (within the weekly limit)
    and from inbound arrivals (``inbound_per_week`` × ``activation``; 0 where the inputs
    have none), the daily decay rate, and today's active people."""
    weekly = np.nan_to_num(_column(inputs, "outreach_per_week"))
    weekly = np.minimum(weekly, np.nan_to_num(_column(inputs, "weekly_limit"), nan=np.inf))
    outreach = weekly * np.nan_to_num(_column(inputs, "conversion")) / 7.0
    inbound = (
        np.nan_to_num(_column(inputs, "inbound_per_week"))
        * np.nan_to_num(_column(inputs, "activation"))
        / 7.0
    )
    decay = _LN2 / _column(inputs, "half_life_days")
    return outreach, inbound, decay, _column(inputs, "active_now")


def _stock(inputs: pd.DataFrame, decay: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Today's active people's retention ``R(t) = f + (1 − f)·e^(−k't)``: ``(f, k')`` per
    row, ``f = 0`` and ``k' = k`` (the half-life's decay) where the inputs have none."""
    floor = np.clip(np.nan_to_num(_column(inputs, "stock_floor")), 0.0, 1.0)
    half_life = _column(inputs, "stock_half_life_days")
    usable = np.isfinite(half_life) & (half_life > 0)
    return floor, np.where(usable, _LN2 / np.where(usable, half_life, 1.0), decay)


def _returning(inputs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The returning flow (:func:`_returns`): people known but not active today, the share
    ``q`` of them active in the long run and the daily rate ``r`` it is approached at
    (0 people, ``q = 0`` where the inputs have none)."""
    idle = np.nan_to_num(_column(inputs, "idle_now"))
    share = np.clip(np.nan_to_num(_column(inputs, "return_share")), 0.0, 1.0)
    half_life = _column(inputs, "return_half_life_days")
    usable = np.isfinite(half_life) & (half_life > 0)
    rate = np.where(usable, _LN2 / np.where(usable, half_life, 1.0), 0.0)
    return idle, np.where(usable, share, 0.0), rate


def _returned(
    idle: np.ndarray, share: np.ndarray, rate: np.ndarray, days: Sequence[float] | np.ndarray
) -> np.ndarray:
    """Expected returned people after each of ``days`` (rows) per platform (columns):
    ``idle·q·(1 − e^(−rt))``."""
    t = np.asarray(days, dtype=float).reshape(-1, 1)
    return np.asarray(idle * share * -np.expm1(-rate * t))


def _retained(
    arrivals: np.ndarray,
    floor: np.ndarray,
    decay: np.ndarray,
    days: Sequence[float] | np.ndarray,
    delay: np.ndarray | None = None,
) -> np.ndarray:
    """Expected people active after each of ``days`` (rows) who arrived on each platform
    (columns) at ``arrivals`` a day, became active after an exponential delay at rate
    ``delay`` (inf or None: at once) and stay as the platform's active people do
    (``R(a) = f + (1 − f)·e^(−k'a)``): ``a·∫H(u)du`` over ``[0, t]``
    (:func:`_arrived_active`); at once, ``a·(f·t + (1 − f)·(1 − e^(−k't))/k')``."""
    t = np.asarray(days, dtype=float).reshape(-1, 1)
    instant = arrivals * (floor * t + (1.0 - floor) * -np.expm1(-decay * t) / decay)
    if delay is None:
        return np.asarray(instant)
    g = np.where(np.isinf(delay), 1.0, delay)
    gap = g - decay
    near = np.abs(gap) < 1e-9 * np.maximum(g, 1e-12)
    # (e^(−k't) − e^(−gt))/(g − k'), whose limit at g = k' is t·e^(−k't)
    ratio = np.where(
        near,
        t * np.exp(-decay * t),
        (np.exp(-decay * t) - np.exp(-g * t)) / np.where(near, 1.0, gap),
    )
    steady = floor * (t + np.expm1(-g * t) / g)
    fading = (1.0 - floor) * (-np.expm1(-decay * t) / decay - ratio)
    return np.asarray(np.where(np.isinf(delay), instant, arrivals * (steady + fading)))


def _delay(inputs: pd.DataFrame) -> np.ndarray:
    """Daily rate at which a new person becomes active (``activation_delay_days``; inf:
    at once, also where the inputs have none)."""
    days = _column(inputs, "activation_delay_days")
    usable = np.isfinite(days) & (days > 0)
    return np.where(usable, _LN2 / np.where(usable, days, 1.0), np.inf)


def _gained(
    arrivals: np.ndarray,
    decay: np.ndarray,
    caps: np.ndarray,
    days: Sequence[float] | np.ndarray,
) -> np.ndarray:
    """Expected people still active after each of ``days`` (rows) who arrived on each
    platform (columns) at ``arrivals`` a day until its ``caps`` day, each fading at
    ``decay``: ``(a/k)·(e^(−k(t−m)) − e^(−kt))`` with ``m = min(t, cap)``."""
    t = np.asarray(days, dtype=float).reshape(-1, 1)
    until = np.minimum(t, caps)
    # e^(−k(t−m))·(1 − e^(−km)), with expm1: exact also for a half-life of years
    return np.asarray(arrivals / decay * np.exp(-decay * (t - until)) * -np.expm1(-decay * until))


def expected_active(inputs: pd.DataFrame, *, days: Sequence[float] | np.ndarray) -> np.ndarray:
    """Expected active people after each of ``days`` (closed form of the model).

    A platform adds people from the user's reach-outs until its connection cap fills
    (:func:`cap_day` at the current outreach within the weekly limit), as in
    :func:`forecast_goal`'s simulation; after that those only fade. Inbound arrivals
    (``inbound_per_week`` × ``activation``, where the inputs have them) go on whatever the
    cap: people who follow the user take no place among the accounts the user follows,
    and on a request platform the cap is years away for the people this was written for
    (a full cap would stop them too: not modelled).

    Example
    -------
    >>> inputs = pd.DataFrame({"active_now": [0], "outreach_per_week": [7.0],
    ...     "conversion": [1.0], "half_life_days": [_LN2]})
    >>> expected_active(inputs, days=[0.0]).tolist()
    [0.0]
    >>> capped = inputs.assign(half_life_days=1e12, max_connections=30, connections_now=0)
    >>> [round(float(v), 6) for v in expected_active(capped, days=[10, 100])]  # full on day 30
    [10.0, 30.0]
    """
    outreach, inbound, decay, now = _rates(inputs)
    floor, stock_decay = _stock(inputs, decay)
    t = np.asarray(days, dtype=float)[:, None]
    kept = floor + (1.0 - floor) * np.exp(-stock_decay * t)
    gained = _gained(outreach, decay, _arrival_caps(inputs, math.inf), t)
    gained += _retained(inbound, floor, stock_decay, t, _delay(inputs))
    gained += _returned(*_returning(inputs), t)
    return np.asarray((now * kept + gained).sum(axis=1))


@dataclass(frozen=True)
class GoalForecast:
    """:func:`forecast_goal`'s answer.

    ``dates``: one row per quantile (0.1, 0.5, 0.9): ``date`` when that share of the
    simulations has reached the goal (NaT: not within the horizon) and ``label``.
    ``fan``: per week ``date``, ``p10``, ``p50``, ``p90``, ``expected`` active people and
    ``goal``. ``inputs``: :func:`forecast_inputs`. ``reason``: why there is no
    forecast (:data:`NO_HALF_LIFE`; ``""`` when there is one): then ``fan`` is empty and
    every ``label`` is the reason.
    """

    goal: int
    as_of: pd.Timestamp
    horizon_days: int
    dates: pd.DataFrame
    fan: pd.DataFrame
    inputs: pd.DataFrame
    reason: str = ""


def _no_fit(estimate: Estimate) -> str:
    """Why a half-life Estimate gives no usable value ("only 4 interactions from 1
    contact, below the 8 of each needed", "the rate does not fall"), for
    ``half_life_source``."""
    if estimate.method.startswith("not estimable: "):
        return estimate.method.removeprefix("not estimable: ")
    return "the rate does not fall" if estimate.value == math.inf else "no estimate"


_FAN_COLUMNS = ["date", "p10", "p50", "p90", "expected", "goal"]


def _no_half_life(inputs: pd.DataFrame) -> str:
    """:data:`NO_HALF_LIFE` when a row of ``inputs`` has no usable half-life (naming the
    rows when only some lack one), else ``""``."""
    half_life = _column(inputs, "half_life_days")
    missing = ~(np.isfinite(half_life) & (half_life > 0))
    if not missing.any():
        return ""
    if missing.all():
        return NO_HALF_LIFE
    names = ", ".join(str(name) for name in inputs["platform"][missing])
    return f"cannot forecast: no interaction half-life for {names}"


def _inbound_draws(
    inputs: pd.DataFrame,
    inbound: np.ndarray,
    rng: np.random.Generator,
    n_simulations: int,
    exposure: np.ndarray | None = None,
) -> np.ndarray:
    """Daily inbound arrivals of active people, one row per simulated future: the rate
    and the activation share drawn from their Gamma posteriors (:func:`_inbound`: rate
    Gamma(n)/weeks, share Gamma(m)/Σe^(−ka) cut at 1; means n/weeks and m/Σe^(−ka)), so the
    band holds how uncertain the observed rate and share are, not only the day-to-day
    chance. Where the inputs give no counts (inputs made by hand), the point value.
    ``exposure`` (futures × platforms): the share's denominator in each future (that of
    the future's activation delay, :func:`_delay_draws`); default the inputs'."""
    draws = np.tile(inbound, (n_simulations, 1))
    if not (inbound > 0).any():
        return draws
    count, weeks = _column(inputs, "inbound_count"), _column(inputs, "inbound_weeks")
    active = _column(inputs, "activation_active")
    if exposure is None:
        exposure = np.tile(_column(inputs, "activation_exposure"), (n_simulations, 1))
    size = (n_simulations, len(inputs))
    rated = (inbound > 0) & (count > 0) & (weeks > 0)
    shared = (inbound > 0) & (active > 0) & (exposure > 0).all(axis=0)
    if not (rated & shared).any():
        return draws
    rate = np.where(
        rated, rng.gamma(np.where(rated, count, 1.0), size=size) / np.where(rated, weeks, 1.0), 0
    )
    # a rate that varied between the window's quarters more than counting explains: drawn
    # with that spread (_quarterly_spread)
    spread, mean = _column(inputs, "inbound_spread"), count / np.where(weeks > 0, weeks, 1.0)
    wide = rated & np.isfinite(spread) & (spread**2 > count / np.where(weeks > 0, weeks, 1.0) ** 2)
    if wide.any():
        shape = np.where(wide, (mean / np.where(wide, spread, 1.0)) ** 2, 1.0)
        scale = np.where(wide, spread**2 / np.where(wide, mean, 1.0), 1.0)
        rate = np.where(wide, rng.gamma(shape, size=size) * scale, rate)
    share = np.where(
        shared,
        np.minimum(
            rng.gamma(np.where(shared, active, 1.0), size=size) / np.where(shared, exposure, 1.0),
            1.0,
        ),
        0,
    )
    drawn = rated & shared
    return np.where(drawn, rate * share / 7.0, draws)


def _delay_draws(
    inputs: pd.DataFrame, rng: np.random.Generator, n_simulations: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each future's activation delay (the daily rate a new person becomes active at: inf,
    at once) and the activation share's exposure with it (futures × platforms), drawn
    from the delays' probabilities (``activation_delays``, :func:`_activation`); rows
    without them keep ``activation_delay_days`` and ``activation_exposure``."""
    rates = np.tile(_delay(inputs), (n_simulations, 1))
    exposure = np.tile(_column(inputs, "activation_exposure"), (n_simulations, 1))
    if "activation_delays" not in inputs.columns:
        return rates, exposure
    for index, grid in enumerate(inputs["activation_delays"]):
        if not (isinstance(grid, np.ndarray) and grid.ndim == 2 and len(grid)):
            continue
        pick = rng.choice(len(grid), size=n_simulations, p=grid[:, 1] / grid[:, 1].sum())
        days = grid[pick, 0]
        rates[:, index] = np.where(days > 0, _LN2 / np.where(days > 0, days, 1.0), np.inf)
        exposure[:, index] = grid[pick, 2]
    return rates, exposure


def _stock_draws(
    inputs: pd.DataFrame,
    floor: np.ndarray,
    decay: np.ndarray,
    rng: np.random.Generator,
    n_simulations: int,
    prefix: str = "stock",
) -> tuple[np.ndarray, np.ndarray]:
    """Today's people's retention ``(f, k')`` per simulated future (rows) and platform
    (columns): each future takes one of the fits to resampled people (``stock_draws``,
    :func:`_retention_curve`), one per curve (``stock_curve``: the platforms that share the
    all-platform curve share the draw), so the band holds how sure the retention fit is.
    Rows without draws (the half-life, inputs made by hand) keep their point values.
    ``prefix="return"``: the same for the returning flow's ``(q, r)`` (``return_draws``,
    ``return_curve``)."""
    floors = np.tile(floor, (n_simulations, 1))
    decays = np.tile(decay, (n_simulations, 1))
    if f"{prefix}_draws" not in inputs.columns:
        return floors, decays
    draws = [d if isinstance(d, np.ndarray) and d.size else None for d in inputs[f"{prefix}_draws"]]
    curves = (
        inputs[f"{prefix}_curve"].astype(str).to_numpy()
        if f"{prefix}_curve" in inputs.columns
        else np.arange(len(inputs)).astype(str)
    )
    has = np.array([d is not None for d in draws], dtype=bool)
    for curve in dict.fromkeys(curves[has]):
        rows = has & (curves == curve)
        fits = draws[int(np.flatnonzero(rows)[0])]
        assert fits is not None
        pick = fits[rng.integers(len(fits), size=n_simulations)]
        floors[:, rows] = pick[:, :1]
        decays[:, rows] = _LN2 / pick[:, 1:]
    return floors, decays


@_jit
def _simulate(
    seed: int,
    horizon: int,
    steady: np.ndarray,
    fading: np.ndarray,
    stock_survive: np.ndarray,
    survive: np.ndarray,
    outreach: np.ndarray,
    caps: np.ndarray,
    inbound: np.ndarray,
    start: np.ndarray,
    arrived_floor: np.ndarray,
    arrived_survive: np.ndarray,
    idle: np.ndarray,
    come_back: np.ndarray,
    lapse: np.ndarray,
) -> np.ndarray:  # pragma: no cover - compiled (numba)
    """:func:`forecast_goal`'s futures day by day (rows: futures, columns: platforms; all
    per-future arrays of that shape but ``caps``): active people on each day ``0 …
    horizon`` of each future (a future's row). A day: today's fading people stay with
    ``stock_survive``; reached people with ``survive``, and ``outreach`` more (Poisson)
    until the platform's cap day; ``inbound`` people come (Poisson), each becomes active
    with chance ``start`` a day (the activation delay), then a share ``arrived_floor``
    stays, the rest fade with ``arrived_survive``; people known but not active come back
    with ``come_back`` a day and those back lapse with ``lapse``. One compiled loop with
    scalar draws instead of ten NumPy draws over the whole array a day (session 11: 12 s
    for 2,000 futures over 730 days)."""
    np.random.seed(seed)
    futures, platforms = steady.shape
    totals = np.zeros((futures, horizon + 1), dtype=np.int64)
    for s in range(futures):
        fade = fading[s].copy()
        back = np.zeros(platforms, dtype=np.int64)
        out = idle[s].copy()
        active = np.zeros(platforms, dtype=np.int64)
        pending = np.zeros(platforms, dtype=np.int64)
        arrived_steady = np.zeros(platforms, dtype=np.int64)
        arrived_fading = np.zeros(platforms, dtype=np.int64)
        base = 0
        for j in range(platforms):
            base += steady[s, j] + fade[j]
        totals[s, 0] = base
        for day in range(1, horizon + 1):
            total = 0
            for j in range(platforms):
                if fade[j] > 0:
                    fade[j] = np.random.binomial(fade[j], stock_survive[s, j])
                if active[j] > 0:
                    active[j] = np.random.binomial(active[j], survive[s, j])
                if day <= caps[j] and outreach[s, j] > 0:
                    active[j] += np.random.poisson(outreach[s, j])
                if inbound[s, j] > 0:
                    pending[j] += np.random.poisson(inbound[s, j])
                if pending[j] > 0:
                    starting = np.random.binomial(pending[j], start[s, j])
                    pending[j] -= starting
                    stays = np.random.binomial(starting, arrived_floor[s, j]) if starting else 0
                    arrived_steady[j] += stays
                    if arrived_fading[j] > 0:
                        arrived_fading[j] = np.random.binomial(
                            arrived_fading[j], arrived_survive[s, j]
                        )
                    arrived_fading[j] += starting - stays
                elif arrived_fading[j] > 0:
                    arrived_fading[j] = np.random.binomial(arrived_fading[j], arrived_survive[s, j])
                up = np.random.binomial(out[j], come_back[s, j]) if out[j] > 0 else 0
                down = np.random.binomial(back[j], lapse[s, j]) if back[j] > 0 else 0
                out[j] += down - up
                back[j] += up - down
                total += (
                    steady[s, j]
                    + fade[j]
                    + active[j]
                    + arrived_steady[j]
                    + arrived_fading[j]
                    + back[j]
                )
            totals[s, day] = total
    return totals


def forecast_goal(
    net: Network,
    *,
    goal: int = 1000,
    as_of: AsOf = None,
    horizon_days: int = 730,
    seed: int = 0,
    n_simulations: int = 2000,
    inputs: pd.DataFrame | None = None,
    active_within_days: float = 90.0,
) -> GoalForecast:
    """Monte Carlo projection of active people; dates by which 10/50/90% reach ``goal``.

    Parameters
    ----------
    net
        The network.
    goal
        Active people wanted: a positive whole number (anything else: ValueError).
    as_of
        Start of the projection (default: the newest export).
    horizon_days
        How far to project.
    seed
        Seed of the random draws.
    n_simulations
        Number of simulated futures.
    inputs
        :func:`forecast_inputs` to use instead (to ask "what if I reached out more?").
    active_within_days
        What "active" means when ``inputs`` is not given (see :func:`forecast_inputs`).

    Without a half-life there is no forecast, not a default one: ``reason`` says
    :data:`NO_HALF_LIFE`, ``fan`` is empty, no exception. A default was considered and
    refused: the level the forecast settles at (``λc/(7k)``, proportional to the
    half-life) and how fast today's active people fade both scale with it, so a default
    of, say, 90 days would *be* the answer (twice the default, twice the active people),
    and published tie-decay half-lives range from weeks to years by platform and tie. To
    ask "what if", pass ``inputs`` with a ``half_life_days`` of your choice.

    Example
    -------
    >>> inputs = pd.DataFrame({"platform": ["x"], "active_now": [900],
    ...     "outreach_per_week": [700.0], "conversion": [0.5], "half_life_days": [100.0]})
    >>> from power1000_analysis.network import Network
    >>> result = forecast_goal(Network.empty(), as_of="2024-01-01", inputs=inputs)
    >>> result.dates["label"].iloc[1]
    '2024-01-04'
    """
    _check_whole(goal, "goal", "active people")  # -5 was "reached" on as_of (review11 A8)
    cutoff = _cutoff(net, as_of)
    if cutoff is None:
        raise ValueError("forecast_goal needs an as_of date (the network has no export date)")
    table = (
        forecast_inputs(net, as_of=cutoff, active_within_days=active_within_days)
        if inputs is None
        else inputs
    )
    reason = _no_half_life(table)
    if reason:
        dates = pd.DataFrame(
            {"quantile": list(_QUANTILES), "days": math.nan, "date": pd.NaT, "label": reason}
        )
        return GoalForecast(
            goal, cutoff, horizon_days, dates, pd.DataFrame(columns=_FAN_COLUMNS), table, reason
        )
    outreach, inbound, decay, now = _rates(table)
    caps = _arrival_caps(table, horizon_days)
    rng = np.random.default_rng(seed)
    delay_rate, exposure = _delay_draws(table, rng, n_simulations)
    inbound = _inbound_draws(table, inbound, rng, n_simulations, exposure)
    point_floor, point_decay = _stock(table, decay)
    floor, stock_decay = _stock_draws(table, point_floor, point_decay, rng, n_simulations)
    idle_now, share, rate = _returning(table)
    share, rate = _stock_draws(table, share, rate, rng, n_simulations, prefix="return")
    # a day's chances to come back and to lapse again: Q(t) = q·(1 − e^(−rt)) exactly
    step = -np.expm1(-rate)
    come_back, lapse = share * step, (1.0 - share) * step
    stock = np.tile(np.round(now).astype(np.int64), (n_simulations, 1))
    # today's people: a share f stays (strong ties), the rest fade at k' (_stock_retention),
    # f and k' drawn once per simulated future from how sure the retention fit is
    steady = rng.binomial(stock, floor)
    idle = np.tile(np.round(idle_now).astype(np.int64), (n_simulations, 1))
    shape = stock.shape
    # people who come to the user from today on stay as the platform's active people do
    # (the point curve the activation share was measured with, _activation)
    totals = _simulate(
        int(rng.integers(2**31 - 1)),
        int(horizon_days),
        steady,
        stock - steady,
        np.ascontiguousarray(np.broadcast_to(np.exp(-stock_decay), shape), dtype=float),
        np.ascontiguousarray(np.broadcast_to(np.exp(-decay), shape), dtype=float),
        np.ascontiguousarray(np.broadcast_to(outreach, shape), dtype=float),
        np.asarray(caps, dtype=float),
        np.ascontiguousarray(inbound, dtype=float),
        np.ascontiguousarray(-np.expm1(-delay_rate), dtype=float),
        np.ascontiguousarray(np.broadcast_to(point_floor, shape), dtype=float),
        np.ascontiguousarray(np.broadcast_to(np.exp(-point_decay), shape), dtype=float),
        idle,
        np.ascontiguousarray(np.broadcast_to(come_back, shape), dtype=float),
        np.ascontiguousarray(np.broadcast_to(lapse, shape), dtype=float),
    )
    hit = totals >= goal
    reached = np.where(hit.any(axis=1), hit.argmax(axis=1), -1)
    days = [0, *range(7, horizon_days + 1, 7)]
    if days[-1] != horizon_days:
        days.append(horizon_days)
    spread = np.quantile(totals[:, days], _QUANTILES, axis=0).T
    fan = pd.DataFrame(
        {
            "date": [cutoff + pd.Timedelta(days=d) for d in days],
            "p10": spread[:, 0],
            "p50": spread[:, 1],
            "p90": spread[:, 2],
            "expected": expected_active(table, days=days),
            "goal": goal,
        }
    )
    waits = np.where(reached < 0, np.inf, reached)
    rows = []
    for quantile in _QUANTILES:
        wait = float(np.quantile(waits, quantile, method="higher"))
        date = cutoff + pd.Timedelta(days=wait) if math.isfinite(wait) else pd.NaT
        label = date.strftime("%Y-%m-%d") if pd.notna(date) else "not within the horizon"
        rows.append({"quantile": quantile, "days": wait, "date": date, "label": label})
    return GoalForecast(goal, cutoff, horizon_days, pd.DataFrame(rows), fan, table)


def backtest(
    net: Network,
    *,
    as_of: AsOf = None,
    months: Sequence[int] = (3, 6),
    n_simulations: int = 500,
    seed: int = 0,
    active_within_days: float = 90.0,
) -> pd.DataFrame:
    """The forecast checked against what happened: from each of ``months`` before
    ``as_of``, with what the exports show up to then (:func:`forecast_inputs` and
    :func:`forecast_goal` as of that day), the band and median of active people on
    ``as_of``, against the people active on it (:func:`active_history`'s count).

    Returns
    -------
    DataFrame
        ``start``, ``months``, ``p10``, ``p50``, ``p90``, ``observed``, ``inside`` (the
        observed count within p10–p90) and ``reason`` (why there is no forecast from
        then, e.g. :data:`NO_HALF_LIFE`; ``""`` when there is one).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> backtest(Network.empty(), as_of="2024-07-01").empty
    True
    """
    columns = ["start", "months", "p10", "p50", "p90", "observed", "inside", "reason"]
    cutoff = _cutoff(net, as_of)
    if cutoff is None or net.contacts.empty:
        return pd.DataFrame(columns=columns)
    status = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
    observed = int((status["status"] == "active").sum())
    rows = []
    for back in months:
        start = cutoff - pd.DateOffset(months=int(back))
        inputs = forecast_inputs(net, as_of=start, active_within_days=active_within_days)
        row = {"start": start, "months": int(back), "observed": observed}
        if inputs.empty:
            rows.append(row | {"reason": "nothing to forecast from then"})
            continue
        result = forecast_goal(
            net,
            as_of=start,
            horizon_days=int((cutoff - start).days),
            seed=seed,
            n_simulations=n_simulations,
            inputs=inputs,
        )
        if result.reason:
            rows.append(row | {"reason": result.reason})
            continue
        end = result.fan.iloc[-1]
        rows.append(
            row
            | {
                "p10": float(end["p10"]),
                "p50": float(end["p50"]),
                "p90": float(end["p90"]),
                "inside": bool(end["p10"] <= observed <= end["p90"]),
                "reason": "",
            }
        )
    return pd.DataFrame(rows, columns=columns)


def describe_backtest(checks: pd.DataFrame) -> str:
    """:func:`backtest`'s answer in sentences: each band against what happened, and how
    many of them held it.

    Example
    -------
    >>> checks = pd.DataFrame({"start": [pd.Timestamp("2024-01-01")], "months": [3],
    ...     "p10": [90.0], "p50": [100.0], "p90": [110.0], "observed": [120],
    ...     "inside": [False], "reason": [""]})
    >>> print(describe_backtest(checks))  # doctest: +NORMALIZE_WHITESPACE
    Checked against your own past: from 2024-01-01 (3 months before), with what the
    exports showed then, the forecast's band was 90–110 (median 100) for the 120 people
    active now: outside it. The band held what happened 0 of 1 times.
    """
    made = checks[checks["reason"] == ""] if "reason" in checks.columns else checks
    if made.empty:
        return "No forecast from an earlier date could be checked against what happened."
    parts = []
    for row in made.itertuples(index=False):
        verdict = "inside it" if row.inside else "outside it"
        parts.append(
            f"from {row.start:%Y-%m-%d} ({row.months} months before), with what the exports "
            f"showed then, the forecast's band was {row.p10:,.0f}–{row.p90:,.0f} (median "
            f"{row.p50:,.0f}) for the {row.observed:,} people active now: {verdict}"
        )
    held = int(made["inside"].astype(bool).sum())
    text = "Checked against your own past: " + "; ".join(parts) + "."
    return text + f" The band held what happened {held} of {len(made)} times."


def active_history(
    net: Network,
    *,
    as_of: AsOf = None,
    months: int = 12,
    active_within_days: float = 90.0,
) -> pd.DataFrame:
    """Active people at ``as_of`` and at the same day of each of the ``months`` before.

    Each count is :func:`~power1000_analysis.activity.contact_status` as of that date (a
    sign of life within ``active_within_days`` before it, from what the exports show up to
    it), so the last row is the active count the forecast starts from.

    Returns
    -------
    DataFrame
        ``date`` (UTC, oldest first) and ``active`` (people).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> active_history(Network.empty()).empty
    True
    """
    cutoff = _cutoff(net, as_of)
    if cutoff is None or net.contacts.empty:
        return pd.DataFrame(
            {
                "date": pd.Series([], dtype="datetime64[ns, UTC]"),
                "active": pd.Series([], dtype="int64"),
            }
        )
    dates = [cutoff - pd.DateOffset(months=back) for back in range(int(months), -1, -1)]
    active = [
        int(
            (
                contact_status(net, as_of=date, active_within_days=active_within_days)["status"]
                == "active"
            ).sum()
        )
        for date in dates
    ]
    return pd.DataFrame({"date": pd.DatetimeIndex(dates), "active": active})


def goal_path(projection: GoalForecast, history: pd.DataFrame) -> pd.DataFrame:
    """The road to the goal on one time line: ``history`` (:func:`active_history`) up to
    the forecast's start, then the forecast's fan (:class:`GoalForecast`).

    Returns
    -------
    DataFrame
        The fan's columns (``date``, ``p10``, ``p50``, ``p90``, ``expected``, ``goal``;
        empty before the start) and ``observed`` (active people then; empty after the
        start). The start's row holds both, so the two lines meet.

    Example
    -------
    >>> inputs = pd.DataFrame({"platform": ["x"], "active_now": [9], "outreach_per_week": [0.0],
    ...     "conversion": [0.5], "half_life_days": [100.0]})
    >>> from power1000_analysis.network import Network
    >>> projection = forecast_goal(Network.empty(), goal=20, as_of="2024-01-01",
    ...     horizon_days=14, inputs=inputs, n_simulations=10)
    >>> history = pd.DataFrame({"date": pd.to_datetime(["2023-12-01", "2024-01-01"], utc=True),
    ...     "active": [12, 9]})
    >>> goal_path(projection, history)[["observed", "p50"]].values.tolist()
    [[12.0, nan], [9.0, 9.0], [nan, 8.0], [nan, 8.0]]
    """
    fan = projection.fan.copy()
    fan["observed"] = np.nan
    before = history[history["date"] < projection.as_of]
    at_start = history.loc[history["date"] == projection.as_of, "active"]
    if not fan.empty and not at_start.empty:
        fan.loc[fan.index[0], "observed"] = float(at_start.iloc[-1])
    past = pd.DataFrame(
        {
            "date": before["date"].to_numpy(),
            "observed": before["active"].to_numpy(dtype=float),
            "goal": projection.goal,
        }
    )
    past["date"] = pd.to_datetime(past["date"], utc=True)
    frames = [frame for frame in (past, fan) if not frame.empty]
    if not frames:
        return fan
    path = pd.concat(frames, ignore_index=True)
    return path[[*projection.fan.columns, "observed"]]


def cap_day(inputs: pd.DataFrame, weekly: Sequence[float] | np.ndarray) -> np.ndarray:
    """Day on which each platform's connection cap fills at ``weekly`` reach-outs a week.

    The one cap rule of the forecast: each reach-out takes ``connections_per_reach_out`` of
    the room ``max_connections - connections_now`` (a follow takes a place among the
    accounts you follow; a request, once accepted, a place among your connections; 1
    when the column is missing). :func:`forecast_goal` stops a platform's stream on that
    day; :func:`required_outreach` calls a plan infeasible when it comes before the
    deadline. ``inf`` where there is no cap or no reach-out; 0 where the cap is full.

    Example
    -------
    >>> inputs = pd.DataFrame({"max_connections": [5000, None], "connections_now": [540, 9],
    ...     "connections_per_reach_out": [0.5, 1.0]})
    >>> cap_day(inputs, [70.0, 70.0]).tolist()  # 4,460 places, 5 a day
    [892.0, inf]
    """
    weekly = np.asarray(weekly, dtype=float)
    room = _column(inputs, "max_connections") - np.nan_to_num(_column(inputs, "connections_now"))
    share = _column(inputs, "connections_per_reach_out")
    daily = weekly / 7.0 * np.where(np.isnan(share), 1.0, share)
    with np.errstate(divide="ignore", invalid="ignore"):
        days = np.where(daily > 0, np.maximum(room, 0.0) / daily, np.inf)
    return np.where(np.isnan(room), np.inf, days)


def _arrival_caps(inputs: pd.DataFrame, horizon_days: float) -> np.ndarray:
    """Last day on which each platform can still add connections (its connection cap) at
    the current outreach (within the weekly limit)."""
    weekly = np.nan_to_num(_column(inputs, "outreach_per_week"))
    weekly = np.minimum(weekly, np.nan_to_num(_column(inputs, "weekly_limit"), nan=np.inf))
    return np.minimum(cap_day(inputs, weekly), float(horizon_days))


def _limits_broken(
    inputs: pd.DataFrame, index: int, weekly: float, horizon: float, deadline: pd.Timestamp
) -> list[str]:
    """Why ``weekly`` reach-outs on row ``index`` until the deadline break a platform limit."""
    reasons = []
    limit = _column(inputs, "weekly_limit")[index]
    if math.isfinite(limit) and weekly > limit:
        reasons.append(f"above the weekly limit of {limit:,.0f}")
    row = inputs.iloc[[index]]
    day = float(cap_day(row, [weekly])[0])
    if day < horizon:
        cap = _column(row, "max_connections")[0]
        now = np.nan_to_num(_column(row, "connections_now"))[0]
        full = (deadline - pd.Timedelta(days=horizon - day)).strftime("%Y-%m-%d")
        share = _column(row, "connections_per_reach_out")[0]
        share = 1.0 if math.isnan(share) else share
        more = weekly * horizon / 7.0 * share
        unit = PLATFORM_LIMITS.get(str(row["platform"].iloc[0]), _NO_LIMIT).unit
        reasons.append(
            f"the cap of {cap:,.0f} {unit} is full on {full} ({now:,.0f} now + {more:,.0f} more)"
        )
    return reasons


def required_outreach(
    net: Network,
    *,
    goal: int = 1000,
    by: str | datetime | pd.Timestamp,
    as_of: AsOf = None,
    inputs: pd.DataFrame | None = None,
    active_within_days: float = 90.0,
) -> pd.DataFrame:
    """Reach-outs per week needed for ``goal`` active people by ``by`` (expected values).

    One row per platform (all extra effort on that platform, the others carrying on as
    now) and a last row ``"current mix"`` (every platform's rate scaled by one factor).
    People in :data:`OTHER_PLATFORMS` count (they fade) but get no row: there is nothing
    to reach out on; so do the people who come to the user (inbound arrivals, on every
    platform), and a platform with inbound arrivals but no measurable reach-out
    (``conversion`` NaN) gets no row either. ``active_within_days`` is what "active"
    means when ``inputs`` is not given (see :func:`forecast_inputs`).

    Returns
    -------
    DataFrame
        ``platform``, ``conversion``, ``reach_outs_per_engaged`` (1 / conversion: the
        "10 for 1" number), ``requests_per_week`` (total on that platform), ``now_per_week``,
        ``total_requests`` (until ``by``), ``weekly_limit``, ``max_connections``,
        ``feasible`` (within the weekly limit *and* the connection cap until ``by``, the
        rule of :func:`cap_day` that :func:`forecast_goal` applies too; False also when
        the goal is out of reach) and ``note`` (why not, or how the mix was scaled).
        Where no reach-out has become an engaged person (conversion 0) no effort is
        measurable: ``reach_outs_per_engaged``, ``requests_per_week`` and
        ``total_requests`` are NaN (not ``inf``) and ``note`` says "not measurable".
        ``attrs``: ``goal``, ``by`` (the deadline, UTC) and ``reason`` (:data:`NO_HALF_LIFE`
        when the inputs have no half-life, or why a ``by`` not after ``as_of`` has no
        answer: then the table is empty; else ``""``).

    Example
    -------
    >>> inputs = pd.DataFrame({"platform": ["x"], "active_now": [0],
    ...     "outreach_per_week": [0.0], "conversion": [0.5], "half_life_days": [1e9]})
    >>> from power1000_analysis.network import Network
    >>> table = required_outreach(Network.empty(), goal=100, by="2024-01-29",
    ...     as_of="2024-01-01", inputs=inputs)
    >>> round(float(table["requests_per_week"].iloc[0]))
    50
    """
    _check_whole(goal, "goal", "active people")  # review11 A8
    cutoff = _cutoff(net, as_of)
    if cutoff is None:
        raise ValueError("required_outreach needs an as_of date")
    from power1000_analysis.evidence import parse_as_of  # ISO strings only, as as_of

    deadline = parse_as_of(by, name="by")
    if deadline is None:
        raise ValueError("required_outreach needs a deadline by")
    table = (
        forecast_inputs(net, as_of=cutoff, active_within_days=active_within_days)
        if inputs is None
        else inputs.copy()
    )
    table = table.reset_index(drop=True)
    horizon = (deadline - cutoff).total_seconds() / 86_400
    columns = [
        "platform",
        "conversion",
        "reach_outs_per_engaged",
        "requests_per_week",
        "now_per_week",
        "total_requests",
        "weekly_limit",
        "max_connections",
        "feasible",
        "note",
    ]
    if horizon <= 0:  # review11 N1: say so, not "no reach-out became an engaged person"
        reason = (
            f"the date to reach the goal by, {deadline:%Y-%m-%d}, is not after the analysis "
            f"date (as_of) {cutoff:%Y-%m-%d}: choose a later date"
        )
        return _stamp(pd.DataFrame(columns=columns), goal, deadline, reason)
    if table.empty:
        return _stamp(pd.DataFrame(columns=columns), goal, deadline)
    reason = _no_half_life(table)
    if reason:
        return _stamp(pd.DataFrame(columns=columns), goal, deadline, reason)
    outreach, inbound, decay, now = _rates(table)
    kept = np.exp(-decay * horizon)
    floor, stock_decay = _stock(table, decay)
    stock_kept = floor + (1.0 - floor) * np.exp(-stock_decay * horizon)
    # active people by the deadline per reach-out per week on each platform (NaN where
    # no reach-out is measurable: no row for that platform)
    conversions = _column(table, "conversion")
    per_weekly = conversions / 7.0 * (1.0 - kept) / decay
    # today's people, faded, the people who come to the user by then and those who come back
    inbound_gained = _retained(inbound, floor, stock_decay, [horizon], _delay(table))[0]
    returned = _returned(*_returning(table), [horizon])[0]
    base = float((now * stock_kept).sum() + inbound_gained.sum() + returned.sum())
    # what each platform adds by the deadline at its current pace, stopping when its
    # connection cap fills (cap_day), as the forecast's simulation does
    current = _gained(outreach, decay, _arrival_caps(table, math.inf), [horizon])[0]
    weekly_now = np.nan_to_num(_column(table, "outreach_per_week"))
    limits_array = _column(table, "weekly_limit")
    caps_array = _column(table, "max_connections")
    rows = []
    for index, platform in enumerate(table["platform"]):
        if platform == OTHER_PLATFORMS or math.isnan(conversions[index]):
            continue
        others = base + float(current.sum() - current[index])
        if per_weekly[index] > 0:
            needed = max((goal - others) / per_weekly[index], 0.0)
            reasons = _limits_broken(table, index, needed, horizon, deadline)
        else:
            # no conversion measured: no number of reach-outs is "enough", and inf in a
            # table reads as a result; NaN with the reason in the note
            needed = math.nan
            reasons = [f"not measurable: {_NO_ENGAGED}"]
        conversion = float(table["conversion"].iloc[index])
        rows.append(
            {
                "platform": platform,
                "conversion": conversion,
                "reach_outs_per_engaged": 1.0 / conversion if conversion > 0 else math.nan,
                "requests_per_week": needed,
                "now_per_week": weekly_now[index],
                "total_requests": needed * horizon / 7.0,
                "weekly_limit": limits_array[index],
                "max_connections": caps_array[index],
                "feasible": not reasons,
                "note": "; ".join(reasons),
            }
        )
    gained = float(
        (
            np.minimum(weekly_now, np.nan_to_num(limits_array, nan=np.inf))
            * np.nan_to_num(per_weekly)
        ).sum()
    )
    factor = (goal - base) / gained if gained > 0 else math.inf
    factor = max(factor, 0.0)
    total_now = float(weekly_now.sum())
    scaled = weekly_now * (factor if math.isfinite(factor) else 0.0)
    broken = [
        f"{platform}: {reason}"
        for index, platform in enumerate(table["platform"])
        if scaled[index] > 0
        for reason in _limits_broken(table, index, scaled[index], horizon, deadline)
    ]
    mixed = (
        float((weekly_now * np.nan_to_num(conversions)).sum()) / total_now
        if total_now > 0
        else math.nan
    )
    if not total_now > 0:
        note = "no current outreach to scale"
    elif not math.isfinite(factor):
        note = "not measurable: no reach-out has become an engaged person yet"
    else:
        note = f"every platform's rate times {factor:.3g}" + (
            ", but " + "; ".join(broken) if broken else ""
        )
    weekly_needed = total_now * factor if math.isfinite(factor) else math.nan
    rows.append(
        {
            "platform": "current mix",
            "conversion": mixed,
            "reach_outs_per_engaged": 1.0 / mixed if mixed > 0 else math.nan,
            "requests_per_week": weekly_needed,
            "now_per_week": total_now,
            "total_requests": weekly_needed * horizon / 7.0,
            "weekly_limit": math.nan,
            "max_connections": math.nan,
            "feasible": math.isfinite(factor) and not broken,
            "note": note,
        }
    )
    return _stamp(pd.DataFrame(rows, columns=columns), goal, deadline)


_NO_ENGAGED = "no reach-out here has become an engaged person yet"


def _stamp(
    table: pd.DataFrame, goal: int, deadline: pd.Timestamp, reason: str = ""
) -> pd.DataFrame:
    table.attrs.update(goal=int(goal), by=deadline, reason=reason)
    return table


def describe_required(table: pd.DataFrame) -> str:
    """:func:`required_outreach`'s answer in sentences, numbers rounded.

    Example
    -------
    >>> inputs = pd.DataFrame({"platform": ["x"], "active_now": [0],
    ...     "outreach_per_week": [0.0], "conversion": [0.5], "half_life_days": [1e9]})
    >>> from power1000_analysis.network import Network
    >>> table = required_outreach(Network.empty(), goal=100, by="2024-01-29",
    ...     as_of="2024-01-01", inputs=inputs)
    >>> print(describe_required(table))  # doctest: +NORMALIZE_WHITESPACE
    To have 100 active people by 2024-01-29 (on average):
    - x alone: 50 reach-outs a week (200 in all), 2.0 per engaged person.
    - your current mix scaled up: no current outreach to scale.
    Answer: the least effort within every platform limit is x, 50 reach-outs a week
    (200 in all).
    """
    goal = table.attrs.get("goal")
    by = table.attrs.get("by")
    when = by.strftime("%Y-%m-%d") if isinstance(by, pd.Timestamp) else "the deadline"
    lines = [f"To have {goal} active people by {when} (on average):"]
    if table.attrs.get("reason"):
        return "\n".join([*lines, f"Answer: {table.attrs['reason']}."])
    for row in table.itertuples(index=False):
        name = (
            "your current mix scaled up"
            if row.platform == "current mix"
            else f"{row.platform} alone"
        )
        weekly, total = float(row.requests_per_week), float(row.total_requests)
        if row.platform == "current mix" and float(row.now_per_week) == 0:
            lines.append(f"- {name}: no current outreach to scale.")
            continue
        if not math.isfinite(weekly):
            if str(row.note).startswith("not measurable"):
                lines.append(f"- {name}: {row.note}.")
            else:
                lines.append(f"- {name}: not possible ({row.note}).")
            continue
        effort = f"{weekly:,.0f} reach-outs a week ({total:,.0f} in all)"
        if math.isfinite(float(row.reach_outs_per_engaged)):
            effort += f", {float(row.reach_outs_per_engaged):.1f} per engaged person"
        if row.platform == "current mix":
            verdict = f" ({row.note})"
        else:
            verdict = "" if row.feasible else f"; not possible: {row.note}"
            if row.platform not in PLATFORM_LIMITS:
                # nothing stops this plan because no limit is known here: say so
                verdict += "; no limit on this platform is known (PLATFORM_LIMITS)"
        lines.append(f"- {name}: {effort}{verdict}.")
    options = table[table["feasible"].astype(bool)]
    platforms = table[table["platform"] != "current mix"]
    if not (pd.to_numeric(platforms["conversion"], errors="coerce") > 0).any():
        # no measured conversion (or no reach-out at all): a later date would not help
        lines.append(f"Answer: {NO_CONVERSION}.")
    elif options.empty:
        lines.append(
            "Answer: no plan above stays within the platform limits by then; "
            "a later date, or several platforms at once, might."
        )
    else:
        best = options.loc[options["total_requests"].astype(float).idxmin()]
        where = "your current mix" if best["platform"] == "current mix" else best["platform"]
        lines.append(
            f"Answer: the least effort within every platform limit is {where}, "
            f"{float(best['requests_per_week']):,.0f} reach-outs a week "
            f"({float(best['total_requests']):,.0f} in all)."
        )
    return "\n".join(lines)
