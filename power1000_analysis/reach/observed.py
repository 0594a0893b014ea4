"""Observed reach: engagement on the owner's own posts against the active contacts at each
post's time.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from power1000_analysis.schema import Estimate

if TYPE_CHECKING:
    from power1000_analysis.activity import AsOf
    from power1000_analysis.network import Network


def _active_counts(
    times: np.ndarray, people: np.ndarray, at: np.ndarray, window: int
) -> np.ndarray:
    """People with evidence of life in [t - window, t) for each t (all int64 ns): each
    person's evidence times e become intervals (e, e + window] of the times t they count
    at, overlapping ones of one person are merged, and a time's count is intervals started
    before it minus intervals ended before it."""
    if not len(times) or not len(at):
        return np.zeros(len(at), dtype=np.int64)
    order = np.lexsort((times, people))
    who, start = people[order], times[order]
    end = start + window
    first = np.r_[True, who[1:] != who[:-1]]
    # running end of the current person's block: a new block where evidence comes later
    reach = pd.Series(end).groupby(who).cummax().to_numpy()
    new = first | (start > np.r_[np.iinfo(np.int64).min, reach[:-1]])
    block = np.cumsum(new) - 1
    starts = np.sort(start[new])
    ends = np.sort(pd.Series(end).groupby(block).max().to_numpy())
    return np.searchsorted(starts, at, side="left") - np.searchsorted(ends, at, side="left")


def observed_reach(
    net: Network, *, as_of: AsOf = None, active_within_days: float = 90.0
) -> pd.DataFrame:
    """Engagement on each of the owner's own posts against the active contacts at its time.

    Active is :func:`~power1000_analysis.activity.contact_status`'s definition, taken just
    before the post's time ``t``: evidence of life in ``[t - active_within_days, t)``. The
    window ends before the post because the post's own interaction rows are at ``t``: a
    reply (or a mention) is evidence for its addressee, who would otherwise count as active
    at the time of the very post that addresses them. Anything else at ``t`` to the second
    is rare, so a post at ``as_of`` counts the people ``contact_status`` calls active then
    (less those whose only sign of life is at ``as_of`` itself). Only the exports that
    carry engagement counts give posts (the X archive).

    Returns
    -------
    DataFrame
        One row per post up to ``as_of``, oldest first: ``platform``, ``post_id``, ``at``,
        ``likes``, ``reposts``, ``engagement`` (likes + reposts; missing when the export
        lacks a count), ``is_reply``, ``active_contacts`` (all platforms),
        ``active_on_platform`` (the post's platform only). ``attrs``: ``as_of``,
        ``active_within_days``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> observed_reach(Network.empty(), as_of="2024-07-01").empty
    True
    """
    from power1000_analysis.evidence import _as_of, evidence_of_life

    cutoff = _as_of(net, as_of)
    posts = net.posts
    if cutoff is not None:
        posts = posts.loc[posts["at"].notna() & (posts["at"] <= cutoff)]
    else:
        posts = posts.iloc[:0]
    table = posts.loc[:, ["platform", "post_id", "at", "likes", "reposts", "is_reply"]].copy()
    table.insert(5, "engagement", (table["likes"] + table["reposts"]).astype("Int64"))
    events = net.interactions
    alive = events.loc[evidence_of_life(events).to_numpy() & events["person_id"].notna().to_numpy()]
    if cutoff is not None:
        alive = alive.loc[alive["at"] <= cutoff]
    times = alive["at"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    people = pd.factorize(alive["person_id"].astype(str))[0].astype(np.int64)
    platforms = alive["platform"].astype(str).to_numpy()
    at = table["at"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    window = int(pd.Timedelta(days=active_within_days).value)
    table["active_contacts"] = _active_counts(times, people, at, window)
    on_platform = np.zeros(len(table), dtype=np.int64)
    for platform in pd.unique(table["platform"]):
        rows = (table["platform"] == platform).to_numpy()
        mine = platforms == platform
        on_platform[rows] = _active_counts(times[mine], people[mine], at[rows], window)
    table["active_on_platform"] = on_platform
    table = table.sort_values("at", kind="stable").reset_index(drop=True)
    table.attrs.update(as_of=cutoff, active_within_days=active_within_days)
    return table


def observed_reach_trend(
    table: pd.DataFrame, *, x: str = "active_contacts", points: int = 50
) -> pd.DataFrame:
    """Does engagement grow with active contacts? A Poisson regression of a post's
    engagement on log(active contacts), with sandwich (robust) errors.

    ``log E[engagement] = a + b · log(n)``: ``b`` is the elasticity (1: engagement
    proportional to active contacts, 0: unrelated, between: growing more slowly), and
    ``exp(a)`` the engagement of a post seen by one active contact. Robust errors keep the
    interval honest when engagement is overdispersed (negative-binomial-like), the usual
    case. Posts with no active contact (log 0) or a missing count are left out.

    Parameters
    ----------
    table
        :func:`observed_reach` output.
    x
        ``active_contacts`` or ``active_on_platform``.
    points
        Points of the fitted curve.

    Returns
    -------
    DataFrame
        The fitted curve: ``n_active``, ``engagement`` (fitted mean), ``ci_low``,
        ``ci_high`` (95% interval of the mean); empty when no fit is possible. ``attrs``:
        ``elasticity`` and ``rate`` (Estimates; NaN without a fit), ``n_posts`` (posts
        used), ``left_out`` (posts without an active contact or a count), ``x``,
        ``reason`` (why there is no fit, or None).

    Example
    -------
    >>> table = pd.DataFrame({"active_contacts": [1, 2, 4, 8], "engagement": [1, 3, 3, 9]})
    >>> round(observed_reach_trend(table).attrs["elasticity"].value, 2)
    0.97
    """
    import statsmodels.api as sm

    n = pd.to_numeric(table[x], errors="coerce").astype(float)
    y = pd.to_numeric(table["engagement"], errors="coerce").astype(float)
    usable = (n > 0) & y.notna()
    n, y = n[usable].to_numpy(), y[usable].to_numpy()
    columns = ["n_active", "engagement", "ci_low", "ci_high"]
    nan = Estimate(math.nan, math.nan, math.nan, n=len(y), method="no fit")
    attrs: dict[str, Any] = {
        "elasticity": nan,
        "rate": nan,
        "n_posts": len(y),
        "left_out": int((~usable).sum()),
        "x": x,
        "reason": None,
    }
    if len(y) < 3:
        attrs["reason"] = f"{len(y)} post(s) with a count and an active contact: too few to fit"
    elif not (y > 0).any():
        attrs["reason"] = "no post has any engagement (every count is 0)"
    elif np.unique(n).size < 2:
        attrs["reason"] = "every post saw the same number of active contacts"
    if attrs["reason"] is not None:
        curve = pd.DataFrame(columns=columns, dtype=float)
        curve.attrs.update(attrs)
        return curve
    design = sm.add_constant(np.log(n))
    fit = sm.GLM(y, design, family=sm.families.Poisson()).fit(cov_type="HC0")
    (a_low, b_low), (a_high, b_high) = fit.conf_int(0.05).T
    a, b = fit.params
    method = "Poisson GLM, log link on log(active contacts), robust (HC0) 95%"
    attrs["elasticity"] = Estimate(float(b), float(b_low), float(b_high), n=len(y), method=method)
    attrs["rate"] = Estimate(
        float(np.exp(a)), float(np.exp(a_low)), float(np.exp(a_high)), n=len(y), method=method
    )
    grid = np.geomspace(n.min(), n.max(), points)
    frame = fit.get_prediction(sm.add_constant(np.log(grid), has_constant="add")).summary_frame(
        alpha=0.05
    )
    curve = pd.DataFrame(
        {
            "n_active": grid,
            "engagement": frame["mean"].to_numpy(),
            "ci_low": frame["mean_ci_lower"].to_numpy(),
            "ci_high": frame["mean_ci_upper"].to_numpy(),
        }
    )
    curve.attrs.update(attrs)
    return curve


def describe_observed(
    net: Network, table: pd.DataFrame, fits: dict[str, pd.DataFrame] | None = None
) -> str:
    """What :func:`observed_reach` found, in a few plain lines for notebook 04: the posts,
    their engagement, the active contacts at their times and each trend's elasticity, or,
    without posts, why there is nothing to compare (no X archive, or one without posts of
    yours up to ``as_of``) rather than ``nan–nan`` (ux8 review #10, #25).

    Parameters
    ----------
    net
        The network ``table`` came from (to tell "no X archive" from "no posts in it").
    table
        :func:`observed_reach` output.
    fits
        Label -> :func:`observed_reach_trend` output (say ``{"all posts": trend}``).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> net = Network.empty()
    >>> describe_observed(net, observed_reach(net, as_of="2024-07-01"))
    'No X archive with your posts: nothing to compare (only an X archive carries the like and repost counts of your own posts).'
    """
    if table.empty:
        if "x" in net.platforms:
            cutoff = table.attrs.get("as_of")
            until = f" up to {pd.Timestamp(cutoff):%Y-%m-%d}" if cutoff is not None else ""
            return f"Your X archive holds no posts of yours{until}: nothing to compare."
        return (
            "No X archive with your posts: nothing to compare (only an X archive carries the "
            "like and repost counts of your own posts)."
        )
    counted = pd.to_numeric(table["engagement"], errors="coerce")
    lines = [
        f"{len(table):,} post{'' if len(table) == 1 else 's'}, {int(counted.sum()):,} likes + "
        f"reposts in all; active contacts at the time {int(table['active_contacts'].min()):,}–"
        f"{int(table['active_contacts'].max()):,}."
    ]
    for label, fit in (fits or {}).items():
        reason = fit.attrs.get("reason")
        lines.append(
            f"{label}: no trend ({reason})."
            if reason is not None
            else f"{label}: elasticity {fit.attrs['elasticity']}, per post at one active "
            f"contact {fit.attrs['rate']}."
        )
    return "\n".join(lines)
