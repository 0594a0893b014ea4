"""Who is active, and how fast do contacts go quiet? (DESIGN.md §6, issue #7).

Pure functions on a :class:`~power1000_analysis.network.Network`: no I/O, no plotting.
This module holds the status (active, dormant, passive, losing touch) and re-exports the
rest of the topic, split by subject: :mod:`~power1000_analysis.evidence` (evidence of
life, time conventions), :mod:`~power1000_analysis.scores` (decayed activity scores),
:mod:`~power1000_analysis.decay` and :mod:`~power1000_analysis.decay_fit` (decay curve and
half-life), :mod:`~power1000_analysis.survival` (Kaplan–Meier, cohorts) and
:mod:`~power1000_analysis.dunbar` (circles against Dunbar's layers).

Definitions used throughout:

- **Evidence of life** (:func:`evidence_of_life`): an interaction shows that the contact is
  alive when it is *inbound* (they messaged, commented, reacted, endorsed, mentioned…) or an
  *outbound* reaction, like, comment or reply, which the exports record against the author of
  the content reacted to. Outbound messages, mentions, tags, endorsements and recommendations
  alone do not: the owner can send them to someone who has long left.
- **Active** at ``as_of``: evidence of life within the last ``active_within_days`` days,
  i.e. ``0 <= as_of - last_evidence_at <= active_within_days`` (both ends included);
  **dormant**: evidence of life only before that window; **passive**: none ever (up to
  ``as_of``).
- ``as_of`` accepts a date string, a ``datetime`` or a ``pandas.Timestamp`` (naive means
  UTC) and defaults to the newest export date in the network. Interactions after ``as_of``
  are ignored, and so are people only known after it.
- People are ``person_id``\\ s: the contacts (and ``people``) of the network united with every
  interaction counterpart that has a ``person_id``. Interactions whose counterpart could not
  be resolved (``contact_key`` null, e.g. a deactivated "Facebook User") belong to no one:
  they are left out of the per-person rows and counted in ``table.attrs["excluded"]``.

Example
-------
>>> from power1000_analysis.network import Network
>>> contact_status(Network.empty(), as_of="2024-07-01").empty
True
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from power1000_analysis.decay import decay_curve, decay_curves, decay_half_life
from power1000_analysis.dunbar import (
    DUNBAR_NUMBER,
    PUBLISHED_LAYER_SIZES,
    describe_layers,
    dunbar_layers,
    dunbar_membership,
)
from power1000_analysis.evidence import EVIDENCE_OUTBOUND_KINDS, AsOf, _as_of, evidence_of_life
from power1000_analysis.network import Network
from power1000_analysis.scores import DEFAULT_WEIGHTS, activity_scores
from power1000_analysis.survival import SurvivalResult, cohort_retention, survival

__all__ = [
    "ALL_PLATFORMS",
    "DEFAULT_WEIGHTS",
    "DUNBAR_NUMBER",
    "EVIDENCE_OUTBOUND_KINDS",
    "PUBLISHED_LAYER_SIZES",
    "STATUSES",
    "SurvivalResult",
    "activity_scores",
    "cohort_retention",
    "contact_status",
    "decay_curve",
    "decay_curves",
    "decay_half_life",
    "describe_layers",
    "dunbar_layers",
    "dunbar_membership",
    "evidence_of_life",
    "losing_touch",
    "status_counts",
    "survival",
]

#: the label of the row that counts every person once (as in ``growth``).
ALL_PLATFORMS = "all platforms"

Status = Literal["active", "dormant", "passive"]
STATUSES: tuple[str, ...] = ("active", "dormant", "passive")


# --------------------------------------------------------------------------- 3. status


def contact_status(
    net: Network, *, as_of: AsOf = None, active_within_days: float = 90.0
) -> pd.DataFrame:
    """Active, dormant or passive, per person.

    Parameters
    ----------
    net
        The network.
    as_of
        Status on this date (default: the newest export).
    active_within_days
        Window for "active": evidence of life at most this many days before ``as_of``.

    Returns
    -------
    DataFrame
        :func:`activity_scores` (default weights, half-life = ``active_within_days``) plus
        ``status`` ∈ {active, dormant, passive} (categorical, in that order).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> contact_status(Network.empty(), as_of="2024-07-01")["status"].tolist()
    []
    """
    table = activity_scores(net, as_of=as_of, half_life_days=active_within_days)
    days = table["days_since_evidence"]
    status = np.where(
        days.isna(), "passive", np.where(days <= active_within_days, "active", "dormant")
    )
    table["status"] = pd.Categorical(status, categories=list(STATUSES))
    return table


def losing_touch(
    net: Network,
    *,
    as_of: AsOf = None,
    active_within_days: float = 90.0,
    half_life_days: float = 90.0,
) -> pd.DataFrame:
    """People active in the previous window and not in this one, by their past score.

    The previous window is the ``active_within_days`` before ``as_of - active_within_days``.

    Returns
    -------
    DataFrame
        ``person_id``, ``name``, ``platforms``, ``past_score`` (score at the start of the
        current window), ``last_evidence_at``, ``days_since_evidence``; highest past score
        first.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> losing_touch(Network.empty(), as_of="2024-07-01").empty
    True
    """
    cutoff = _as_of(net, as_of)
    columns = ["person_id", "name", "platforms", "past_score", "last_evidence_at"]
    if cutoff is None:
        return pd.DataFrame(columns=[*columns, "days_since_evidence"])
    window = pd.Timedelta(days=active_within_days)
    now = contact_status(net, as_of=cutoff, active_within_days=active_within_days)
    before = contact_status(net, as_of=cutoff - window, active_within_days=active_within_days)
    before = before.loc[before["status"] == "active"].set_index("person_id")
    lost = now.loc[(now["status"] != "active") & now["person_id"].isin(before.index)]
    table = lost[["person_id", "name", "platforms", "last_evidence_at", "days_since_evidence"]]
    past = activity_scores(net, as_of=cutoff - window, half_life_days=half_life_days)
    past_score = past.set_index("person_id")["score"].reindex(table["person_id"])
    table = table.assign(past_score=past_score.to_numpy(dtype=float))
    table = table.sort_values(["past_score", "person_id"], ascending=[False, True])
    return table[[*columns, "days_since_evidence"]].reset_index(drop=True)


def status_counts(status: pd.DataFrame, *, goal: int = 1000) -> pd.DataFrame:
    """Active, dormant and passive people per platform and overall, against a goal.

    Parameters
    ----------
    status
        :func:`contact_status` output.
    goal
        The number of active people wanted.

    Returns
    -------
    DataFrame
        One row per value of ``platforms`` (a person on several platforms counts once,
        under all of them joined, e.g. ``"facebook,linkedin"``), then ``"all platforms"``:
        ``platform``, ``active``, ``dormant``, ``passive``, ``people``, ``active_share``
        (active / people; NaN without people), ``goal``, ``share_of_goal`` (active / goal).

    Example
    -------
    >>> status = pd.DataFrame({"platforms": ["x", "x", "linkedin"],
    ...                        "status": ["active", "passive", "active"]})
    >>> status_counts(status, goal=10)[["platform", "active", "people"]].values.tolist()
    [['linkedin', 1, 1], ['x', 1, 2], ['all platforms', 2, 3]]
    """
    states = pd.Categorical(status["status"], categories=list(STATUSES))
    platforms = status["platforms"].fillna("unknown").astype(str).to_numpy()
    by_platform = pd.crosstab(platforms, states, dropna=False).reindex(
        columns=list(STATUSES), fill_value=0
    )
    by_platform = by_platform.sort_index()
    overall = by_platform.sum().to_frame(ALL_PLATFORMS).T
    table = pd.concat([by_platform, overall]).astype("int64")
    table.index.name = "platform"
    table.columns.name = None
    table = table.reset_index()
    table["people"] = table[list(STATUSES)].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        table["active_share"] = table["active"] / table["people"].where(table["people"] > 0)
    table["goal"] = goal
    table["share_of_goal"] = table["active"] / goal
    return table
