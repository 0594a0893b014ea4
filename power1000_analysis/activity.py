"""Who is active, and how fast do contacts go quiet? (DESIGN.md §6, issue #7).

Pure functions on a :class:`~power1000_analysis.network.Network`: no I/O, no plotting.

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

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeAlias

import numpy as np
import pandas as pd
from scipy import optimize, stats

from power1000_analysis.network import Network
from power1000_analysis.schema import Estimate

__all__ = [
    "DEFAULT_WEIGHTS",
    "EVIDENCE_OUTBOUND_KINDS",
    "PUBLISHED_LAYER_SIZES",
    "STATUSES",
    "SurvivalResult",
    "activity_scores",
    "cohort_retention",
    "contact_status",
    "decay_curve",
    "decay_half_life",
    "dunbar_layers",
    "dunbar_membership",
    "evidence_of_life",
    "losing_touch",
    "survival",
]

AsOf: TypeAlias = str | datetime | pd.Timestamp | None
Status = Literal["active", "dormant", "passive"]
STATUSES: tuple[str, ...] = ("active", "dormant", "passive")

#: outbound kinds that are recorded against the author of the content: evidence that the
#: author is alive (they posted something the owner reacted to).
EVIDENCE_OUTBOUND_KINDS: frozenset[str] = frozenset({"reaction", "like", "comment", "reply"})

#: default weight of one interaction by (kind, direction) in :func:`activity_scores`.
#: Inbound weighs more than outbound (it is the contact spending effort on the owner);
#: written words (message, comment, reply) more than one-click signals (like, reaction);
#: a recommendation is rare and costly, so it weighs most. A message in a group of n
#: participants is further divided by n - 1.
DEFAULT_WEIGHTS: Mapping[tuple[str, str], float] = {
    ("message", "in"): 1.0,
    ("message", "out"): 0.5,
    ("comment", "in"): 1.0,
    ("comment", "out"): 0.5,
    ("reply", "in"): 1.0,
    ("reply", "out"): 0.5,
    ("mention", "in"): 0.8,
    ("mention", "out"): 0.3,
    ("tag", "in"): 0.5,
    ("tag", "out"): 0.3,
    ("reaction", "in"): 0.3,
    ("reaction", "out"): 0.1,
    ("like", "in"): 0.3,
    ("like", "out"): 0.1,
    ("endorsement", "in"): 0.5,
    ("endorsement", "out"): 0.2,
    ("recommendation", "in"): 2.0,
    ("recommendation", "out"): 1.0,
}

#: ego-network layer sizes (cumulative) from Dunbar, Arnaboldi, Conti & Passarella (2015),
#: "The structure of online social networks mirrors those in the offline world", Social
#: Networks 43:39–47 (>185,000 Facebook and Twitter egos): each about 3x the last.
PUBLISHED_LAYER_SIZES: tuple[float, ...] = (1.5, 5.0, 15.0, 50.0, 150.0)

_NS_PER_DAY = 86_400 * 10**9
_NAT = np.iinfo(np.int64).min
_INT64_MAX = np.iinfo(np.int64).max


# --------------------------------------------------------------------------- helpers


def _as_of(net: Network, as_of: AsOf) -> pd.Timestamp | None:
    if as_of is None:
        return net.as_of
    stamp = pd.Timestamp(as_of)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _ns(series: pd.Series) -> np.ndarray:
    """Nanoseconds since the epoch (NaT → int64 min) without copying where possible."""
    values = series.array
    if isinstance(values, pd.arrays.DatetimeArray):
        if values.unit != "ns":
            values = values.as_unit("ns")
        return np.asarray(values.asi8)
    converted = pd.to_datetime(series, utc=True).array
    return np.asarray(converted.as_unit("ns").asi8)


def _utc(series: pd.Series) -> pd.Series:
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series if str(series.dtype.tz) == "UTC" else series.dt.tz_convert("UTC")
    return pd.to_datetime(series, utc=True)


def _codes(series: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes (-1 for missing) and categories; free for a categorical column."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return np.asarray(series.cat.codes), pd.Index(series.cat.categories)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes, pd.Index(uniques)


def evidence_of_life(interactions: pd.DataFrame) -> pd.Series:
    """Whether each interaction shows that its counterpart is alive.

    Inbound interactions do; outbound ones only when they are a reaction, like, comment or
    reply (recorded against the author of the content). Outbound messages and mentions
    alone do not.

    Parameters
    ----------
    interactions
        An ``interactions`` frame (DESIGN.md §4).

    Returns
    -------
    Series of bool, aligned with ``interactions``.

    Example
    -------
    >>> frame = pd.DataFrame({"direction": ["in", "out", "out"],
    ...                       "kind": ["message", "message", "like"]})
    >>> evidence_of_life(frame).tolist()
    [True, False, True]
    """
    inbound = interactions["direction"] == "in"
    reacted = (interactions["direction"] == "out") & interactions["kind"].isin(
        EVIDENCE_OUTBOUND_KINDS
    )
    return (inbound | reacted).rename("evidence")


def _kind_tables(
    interactions: pd.DataFrame, weights: Mapping[tuple[str, str], float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per-row (kind, direction) code and lookup tables of weight and evidence by code.

    Working on codes keeps the 10M-row path at one small table lookup instead of string
    comparisons per row.
    """
    kind_codes, kinds = _codes(interactions["kind"])
    direction_codes, directions = _codes(interactions["direction"])
    n_directions = max(len(directions), 1)
    pair = kind_codes.astype(np.int32) * n_directions + direction_codes
    weight = np.zeros(len(kinds) * n_directions, dtype=np.float64)
    evidence = np.zeros(len(kinds) * n_directions, dtype=np.int64)
    for k, kind in enumerate(kinds):
        for d, direction in enumerate(directions):
            weight[k * n_directions + d] = float(weights.get((kind, direction), 0.0))
            evidence[k * n_directions + d] = int(
                direction == "in" or (direction == "out" and kind in EVIDENCE_OUTBOUND_KINDS)
            )
    # codes of the pairs whose kind is "message" (group messages are divided)
    message = int(kinds.get_indexer(["message"])[0])
    message_pairs = (
        np.arange(n_directions) + message * n_directions if message >= 0 else np.zeros(0)
    )
    return pair, weight, evidence, message_pairs.astype(np.int64)


def _people(net: Network) -> pd.DataFrame:
    """One row per person known from contacts and people: name, platforms, since, current."""
    contacts = net.contacts
    if contacts.empty:
        by_person = pd.DataFrame(
            {
                "name": pd.Series(dtype=object),
                "platforms": pd.Series(dtype=object),
                "connected_at": pd.Series(dtype="datetime64[ns, UTC]"),
                "known_since": pd.Series(dtype="datetime64[ns, UTC]"),
                "is_current": pd.Series(dtype=bool),
            },
            index=pd.Index([], name="person_id", dtype=object),
        )
    else:
        # A contact without a connection date is known from the first export that holds it.
        since = contacts["connected_at"].fillna(contacts["first_seen_at"])
        if contacts["person_id"].is_unique:  # one contact per person: no grouping needed
            by_person = pd.DataFrame(
                {
                    "name": contacts["name"].to_numpy(dtype=object),
                    "platforms": contacts["platform"].to_numpy(dtype=object),
                    "connected_at": contacts["connected_at"].array,
                    "known_since": since.array,
                    "is_current": contacts["is_current"].to_numpy(dtype=bool),
                },
                index=pd.Index(contacts["person_id"], name="person_id"),
            )
        else:
            by_person = (
                contacts.assign(_since=since)
                .groupby("person_id", sort=False)
                .agg(
                    name=("name", "first"),
                    platforms=("platform", "first"),
                    connected_at=("connected_at", "min"),
                    known_since=("_since", "min"),
                    is_current=("is_current", "any"),
                )
            )
            # Joining platforms needs Python per group: do it only for people on several.
            shared = contacts.loc[contacts["person_id"].duplicated(keep=False)]
            joined = shared.groupby("person_id")["platform"].agg(lambda s: ",".join(sorted(set(s))))
            by_person.loc[joined.index, "platforms"] = joined
    people = net.people.set_index("person_id")
    extra = people.loc[by_person.index.get_indexer(people.index) < 0]
    if len(extra):
        more = extra[["name", "platforms"]].assign(
            connected_at=pd.NaT, known_since=pd.NaT, is_current=False
        )
        more["connected_at"] = pd.to_datetime(more["connected_at"], utc=True)
        more["known_since"] = pd.to_datetime(more["known_since"], utc=True)
        by_person = pd.concat([by_person, more])
    by_person.index.name = "person_id"
    return by_person


@dataclass
class _Tally:
    """Per-person sufficient statistics of the interactions up to ``as_of``."""

    person_id: pd.Index
    score: np.ndarray
    n_interactions: np.ndarray
    n_evidence: np.ndarray
    first_ns: np.ndarray
    last_ns: np.ndarray
    last_evidence_ns: np.ndarray
    excluded: dict[str, int] = field(default_factory=dict)


def _tally(
    interactions: pd.DataFrame,
    cutoff: pd.Timestamp,
    *,
    half_life_days: float,
    weights: Mapping[tuple[str, str], float],
    since: pd.Timestamp | None = None,
) -> _Tally:
    """Decayed scores, counts and first/last times per person, by ``np.bincount``.

    Rows that belong to no one, have no time, or fall outside (since, cutoff] go to an
    extra slot 0 (so that no 10M-row array is ever compressed) and are counted by reason.
    """
    person_codes, persons = _codes(interactions["person_id"])
    at = _ns(interactions["at"])
    cutoff_ns = int(cutoff.as_unit("ns").value)
    slot = person_codes.astype(np.int64) + 1
    no_time = at == _NAT
    late = at > cutoff_ns
    early = (at <= int(since.as_unit("ns").value)) & ~no_time if since is not None else None
    outside = no_time | late if early is None else no_time | late | early
    excluded = {
        "no_person": int((person_codes < 0).sum()),
        "no_time": int(no_time.sum()),
        "after_as_of": int(late.sum()),
    }
    if early is not None:
        excluded["before_window"] = int(early.sum())
    if outside.any():
        slot[outside] = 0
        at = np.where(no_time, cutoff_ns, at)
    pair, weight_table, evidence_table, message_pairs = _kind_tables(interactions, weights)

    decay = np.log(2.0) / (half_life_days * _NS_PER_DAY)
    weight = weight_table[pair] * np.exp((at - cutoff_ns) * decay)
    participants = np.asarray(interactions["n_participants"], dtype=np.int64)
    group = np.flatnonzero(participants > 2)
    if len(group) and len(message_pairs):
        group = group[np.isin(pair[group], message_pairs)]
        weight[group] /= participants[group] - 1

    size = len(persons) + 1
    score = np.bincount(slot, weights=weight, minlength=size)
    # slot * 2 + evidence gives both counts, and both last times, in one pass each.
    doubled = slot * 2 + evidence_table[pair]
    counts = np.bincount(doubled, minlength=2 * size).reshape(size, 2)
    last_flat = np.full(2 * size, _NAT, dtype=np.int64)
    np.maximum.at(last_flat, doubled, at)
    last = last_flat.reshape(size, 2)
    first = np.full(size, _INT64_MAX, dtype=np.int64)
    np.minimum.at(first, slot, at)
    return _Tally(
        person_id=persons,
        score=score[1:],
        n_interactions=counts[1:].sum(axis=1),
        n_evidence=counts[1:, 1],
        first_ns=first[1:],
        last_ns=last[1:].max(axis=1),
        last_evidence_ns=last[1:, 1],
        excluded=excluded,
    )


def _times(ns: np.ndarray, missing: np.ndarray) -> pd.Series:
    values = np.where(missing, _NAT, ns).astype("datetime64[ns]")
    return pd.Series(values).dt.tz_localize("UTC")


def _empty_scores() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "person_id": pd.Series(dtype=object),
            "name": pd.Series(dtype=object),
            "platforms": pd.Series(dtype=object),
            "is_current": pd.Series(dtype=bool),
            "connected_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "score": pd.Series(dtype=float),
            "n_interactions": pd.Series(dtype="int64"),
            "n_evidence": pd.Series(dtype="int64"),
            "first_interaction_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "last_interaction_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "last_evidence_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "days_since_evidence": pd.Series(dtype=float),
        }
    )


# --------------------------------------------------------------------------- 2. scores


def activity_scores(
    net: Network,
    *,
    as_of: AsOf = None,
    half_life_days: float = 90.0,
    weights: Mapping[tuple[str, str], float] | None = None,
) -> pd.DataFrame:
    """Exponentially decayed activity score per person, with counts and dates.

    ``score`` = Σ weight(kind, direction) · g · 2^(−age / half_life_days) over the person's
    interactions up to ``as_of``, where age is in days before ``as_of`` and g is
    1 / (n_participants − 1) for a message in a group (1 otherwise). Scores are in units
    of "one inbound message today".

    Parameters
    ----------
    net
        The network.
    as_of
        Score as of this date (default: the newest export in ``net``).
    half_life_days
        Days after which an interaction counts half.
    weights
        Weights by ``(kind, direction)`` overriding :data:`DEFAULT_WEIGHTS` (pairs left out
        keep their default).

    Returns
    -------
    DataFrame
        One row per person known by ``as_of``, passive people included, highest score
        first (ties in the order of ``net.contacts``): ``person_id``, ``name``, ``platforms``, ``is_current``, ``connected_at``,
        ``score``, ``n_interactions``, ``n_evidence`` (interactions that are evidence of
        life), ``first_interaction_at``, ``last_interaction_at``, ``last_evidence_at``,
        ``days_since_evidence`` (NaN when there is none). ``attrs["excluded"]`` counts the
        interactions left out by reason (``no_person``, ``no_time``, ``after_as_of``);
        ``attrs["as_of"]`` is the date used.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> activity_scores(Network.empty(), as_of="2024-07-01").columns[:3].tolist()
    ['person_id', 'name', 'platforms']
    """
    cutoff = _as_of(net, as_of)
    if cutoff is None:
        table = _empty_scores()
        table.attrs.update(as_of=None, excluded={})
        return table
    merged_weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    tally = _tally(net.interactions, cutoff, half_life_days=half_life_days, weights=merged_weights)
    people = _people(net)
    # Interaction categories are distinct person_ids: each maps to one row, so plain
    # assignment suffices; people met only in interactions are appended after the contacts.
    position = people.index.get_indexer(tally.person_id)
    stranger = (position < 0) & (tally.n_interactions > 0)
    universe = people.index.append(tally.person_id[stranger])
    position[stranger] = len(people) + np.arange(int(stranger.sum()))
    used = position >= 0
    where = position[used]

    n = len(universe)
    score = np.zeros(n)
    n_interactions = np.zeros(n, dtype=np.int64)
    n_evidence = np.zeros(n, dtype=np.int64)
    first = np.full(n, _INT64_MAX, dtype=np.int64)
    last = np.full(n, _NAT, dtype=np.int64)
    last_evidence = np.full(n, _NAT, dtype=np.int64)
    score[where] = tally.score[used]
    n_interactions[where] = tally.n_interactions[used]
    n_evidence[where] = tally.n_evidence[used]
    first[where] = tally.first_ns[used]
    last[where] = tally.last_ns[used]
    last_evidence[where] = tally.last_evidence_ns[used]

    known = people
    if stranger.any():  # name and platform from the interactions themselves
        ids = tally.person_id[stranger]
        names = _interaction_names(net.interactions, ids).reindex(ids)
        more = pd.DataFrame(
            {
                "name": names.to_numpy(dtype=object),
                "platforms": [str(p).split(":", 1)[0] for p in ids],
                "connected_at": pd.Series(pd.NaT, index=ids, dtype="datetime64[ns, UTC]").array,
                "known_since": pd.Series(pd.NaT, index=ids, dtype="datetime64[ns, UTC]").array,
                "is_current": False,
            },
            index=ids,
        )
        known = pd.concat([people, more]) if len(people) else more
    cutoff_ns = int(cutoff.as_unit("ns").value)
    no_evidence = n_evidence == 0
    table = pd.DataFrame(
        {
            "person_id": universe.to_numpy(dtype=object),
            "name": known["name"].to_numpy(dtype=object),
            "platforms": known["platforms"].to_numpy(dtype=object),
            "is_current": known["is_current"].eq(True).to_numpy(dtype=bool),
            "connected_at": _utc(known["connected_at"]).array,
            "score": score,
            "n_interactions": n_interactions,
            "n_evidence": n_evidence,
            "first_interaction_at": _times(first, n_interactions == 0),
            "last_interaction_at": _times(last, n_interactions == 0),
            "last_evidence_at": _times(last_evidence, no_evidence),
            "days_since_evidence": np.where(
                no_evidence, np.nan, (cutoff_ns - last_evidence) / _NS_PER_DAY
            ),
        }
    )
    # Only people known by as_of: a contact first seen later did not exist yet then.
    since = _utc(known["known_since"])
    keep = (n_interactions > 0) | np.asarray(since.isna() | (since <= cutoff))
    # ties keep the contacts' order (platform, contact_key), then people met in interactions
    order = np.argsort(-score[keep], kind="stable")
    table = table.loc[keep].iloc[order].reset_index(drop=True)
    table.attrs.update(as_of=cutoff, excluded=tally.excluded)
    return table


def _interaction_names(interactions: pd.DataFrame, person_ids: pd.Index) -> pd.Series:
    """Names of people only known from interactions (a small subset, so a plain filter)."""
    mine = interactions.loc[
        interactions["person_id"].isin(person_ids) & interactions["name"].notna(),
        ["person_id", "name"],
    ]
    return mine.drop_duplicates("person_id", keep="last").set_index("person_id")["name"]


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


# ----------------------------------------------------------------------- 4. decay curve


@dataclass(frozen=True)
class _Exposure:
    """Per-contact exposure (days from connecting to the end of observation) and events."""

    exposure_days: np.ndarray
    event_age_days: np.ndarray
    event_contact: np.ndarray
    excluded: dict[str, int]


def _contact_end(net: Network, cutoff: pd.Timestamp, platforms: pd.Series) -> np.ndarray:
    """End of observation per contact: as_of, or its platform's newest export if earlier."""
    newest = net.snapshots.groupby("platform")["exported_at"].max()
    end = pd.to_datetime(platforms.map(newest), utc=True).fillna(cutoff)
    return np.minimum(_ns(end), int(cutoff.as_unit("ns").value))


def _exposure(
    net: Network, *, platform: str | None, as_of: AsOf, evidence_only: bool, include_groups: bool
) -> _Exposure:
    cutoff = _as_of(net, as_of)
    contacts = net.contacts
    if platform is not None:
        contacts = contacts.loc[contacts["platform"] == platform]
    if cutoff is None or contacts.empty:
        empty = np.zeros(0)
        return _Exposure(empty, empty, np.zeros(0, dtype=np.int64), {})
    connected = _ns(contacts["connected_at"])
    end = _contact_end(net, cutoff, contacts["platform"])
    usable = (connected != _NAT) & (connected <= end)
    excluded = {
        "contacts_without_connected_at": int((connected == _NAT).sum()),
        "contacts_connected_after_as_of": int(((connected != _NAT) & (connected > end)).sum()),
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
    index = pd.MultiIndex.from_arrays([contacts["platform"], contacts["contact_key"]])
    row = index.get_indexer(
        pd.MultiIndex.from_arrays([interactions["platform"], interactions["contact_key"]])
    )
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
    beta_se: float
    rate0: float
    floor_rate: float
    n_contacts: int
    n_events: int


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
        best = None
        # a few starts: with a floor the likelihood can have a shallow second mode
        for factor in (1.0, 2.0, 4.0):
            params = np.array(
                [
                    math.log(rate0 * factor),
                    min(beta0 * factor, 5.0),
                    math.log(0.1 * n_events / total_exposure),
                ]
            )
            result = optimize.minimize(
                negative,
                params,
                jac=True,
                method="L-BFGS-B",
                bounds=[(None, None), (1e-6, 5.0), (-40.0, 10.0)],
            )
            if best is None or result.fun < best.fun:
                best = result
        assert best is not None
        params = np.asarray(best.x, dtype=float)
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
    covariance = bread @ (scores.T @ scores) @ bread
    return _DecayFit(
        beta=beta,
        beta_se=float(math.sqrt(max(covariance[1, 1], 0.0))),
        rate0=rate,
        floor_rate=steady,
        n_contacts=n_contacts,
        n_events=n_events,
    )


def _fit_from_exposure(exposure: _Exposure, *, floor: bool) -> _DecayFit:
    return _fit_decay(
        exposure.exposure_days, exposure.event_age_days, exposure.event_contact, floor=floor
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
) -> pd.DataFrame:
    """Interactions per contact-day as a function of time since connecting.

    Each contact with a connection date is watched from ``connected_at`` to ``as_of`` (or
    its platform's newest export, if earlier). A bin's rate is its events divided by the
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

    Returns
    -------
    DataFrame
        One row per bin: ``bin_start_days``, ``bin_end_days``, ``events``,
        ``exposure_days`` (contact-days), ``contacts`` (watched at the bin start),
        ``rate`` (events per contact-day), ``ci_low``/``ci_high`` (exact Poisson 95%) and
        ``fitted_rate`` (the fit of :func:`decay_half_life`, averaged over the bin).
        ``attrs["excluded"]`` counts contacts and interactions left out, by reason;
        ``attrs["fit"]`` holds the fitted ``rate0`` and ``floor_rate`` (events per
        contact-day) and ``half_life_days``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> decay_curve(Network.empty()).empty
    True
    """
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
        table.attrs["excluded"] = exposure.excluded
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
    fit = _fit_from_exposure(exposure, floor=floor)
    fitted = np.full(n_bins, np.nan)
    if np.isfinite(fit.beta):
        # expected events in a bin = λ₀ Σᵢ [F(min(Eᵢ, end)) − F(start)], F(x) = ∫₀ˣ e^(−βa)
        def integral(x: np.ndarray) -> np.ndarray:
            return _integrals(fit.beta, np.asarray(x, dtype=float))[0]

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
    table.attrs["fit"] = {
        "rate0": fit.rate0,
        "floor_rate": fit.floor_rate,
        "half_life_days": math.log(2) / fit.beta if fit.beta > 0 else math.inf,
    }
    return table


def decay_half_life(
    net: Network,
    *,
    platform: str | None = None,
    as_of: AsOf = None,
    evidence_only: bool = False,
    include_groups: bool = False,
    floor: bool = True,
) -> Estimate:
    """Half-life (days) of the interaction rate after connecting, with a 95% interval.

    Fits the mean intensity λ(a) = λ₀·2^(−a/h) + c of interactions at age a since
    connecting, by maximum likelihood of a Poisson process watched over each contact's own
    exposure (not a least-squares fit of log counts). The floor c stands for the few ties
    that never fade; ``floor=False`` fits the pure exponential. The interval is Wald on the
    decay rate with a sandwich standard error clustered by contact, mapped to the
    half-life; it is infinite above when the data cannot rule out no decay.

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

    Returns
    -------
    Estimate
        ``value`` in days (inf when the rate does not fall); ``n`` is the number of
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
    return _half_life_estimate(_fit_from_exposure(exposure, floor=floor), floor=floor)


def _half_life_estimate(fit: _DecayFit, *, floor: bool) -> Estimate:
    model = "exponential decay + constant floor" if floor else "exponential decay"
    method = (
        f"Poisson-process MLE of {model}, {fit.n_events} events; "
        "Wald 95% on the rate, contact-clustered sandwich SE"
    )
    if not np.isfinite(fit.beta):
        return Estimate(math.nan, math.nan, math.nan, n=fit.n_contacts, method=method)
    log2 = math.log(2.0)

    def half_life(beta: float) -> float:
        return log2 / beta if beta > 0 else math.inf

    low_beta = fit.beta - 1.96 * fit.beta_se
    high_beta = fit.beta + 1.96 * fit.beta_se
    return Estimate(
        value=half_life(fit.beta),
        ci_low=half_life(high_beta),
        ci_high=half_life(low_beta),
        n=fit.n_contacts,
        method=method,
    )


# --------------------------------------------------------------------------- 5. survival


@dataclass(frozen=True)
class SurvivalResult:
    """Kaplan–Meier curves of the time from connecting to going dormant.

    ``curves``: one row per group and time (``group``, ``days``, ``survival``, ``ci_low``,
    ``ci_high``, ``at_risk``); ``medians``: one row per group (``group``, ``contacts``,
    ``dormant``, ``median_days``, ``ci_low``, ``ci_high``; ``inf`` when more than half are
    still active); ``durations``: one row per contact (``platform``, ``contact_key``,
    ``person_id``, ``group``, ``days``, ``dormant``), the input of the fits.
    """

    curves: pd.DataFrame
    medians: pd.DataFrame
    durations: pd.DataFrame


def _dormancy(net: Network, *, as_of: AsOf, active_within_days: float) -> pd.DataFrame:
    """Per dated contact: days from connecting to first going dormant, or to the end.

    Connecting counts as a sign of life (the contact accepted or asked). A contact goes
    dormant at ``previous + window`` at the first gap longer than the window between
    consecutive signs of life (or between the last one and the end of observation); a
    contact with no such gap is right-censored at the end of observation.
    """
    cutoff = _as_of(net, as_of)
    contacts = net.contacts
    columns = ["platform", "contact_key", "person_id", "days", "dormant"]
    if cutoff is None or contacts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    connected = _ns(contacts["connected_at"])
    end = _contact_end(net, cutoff, contacts["platform"])
    usable = np.flatnonzero((connected != _NAT) & (connected <= end))
    contacts = contacts.iloc[usable]
    connected, end = connected[usable], end[usable]

    interactions = net.interactions.loc[evidence_of_life(net.interactions).to_numpy()]
    index = pd.MultiIndex.from_arrays([contacts["platform"], contacts["contact_key"]])
    row = index.get_indexer(
        pd.MultiIndex.from_arrays([interactions["platform"], interactions["contact_key"]])
    )
    at = _ns(interactions["at"])
    keep = row >= 0
    keep[keep] &= (at[keep] >= connected[row[keep]]) & (at[keep] <= end[row[keep]])
    row, at = row[keep], at[keep]

    n = len(contacts)
    window = int(active_within_days * _NS_PER_DAY)
    # The sequence per contact: connection, signs of life, end of observation (kind 2).
    owner = np.concatenate([np.arange(n), row, np.arange(n)])
    times = np.concatenate([connected, at, end])
    kind = np.concatenate(
        [np.zeros(n, np.int8), np.ones(len(row), np.int8), np.full(n, 2, np.int8)]
    )
    order = np.lexsort((kind, times, owner))
    owner, times = owner[order], times[order]
    gap = np.diff(times)
    long_gap = np.flatnonzero((owner[1:] == owner[:-1]) & (gap > window))
    days = (end - connected) / _NS_PER_DAY
    dormant = np.zeros(n, dtype=bool)
    if len(long_gap):
        first_owner, first_at = np.unique(owner[long_gap], return_index=True)
        went = long_gap[first_at]
        days[first_owner] = (times[went] + window - connected[first_owner]) / _NS_PER_DAY
        dormant[first_owner] = True
    return pd.DataFrame(
        {
            "platform": contacts["platform"].to_numpy(),
            "contact_key": contacts["contact_key"].to_numpy(),
            "person_id": contacts["person_id"].to_numpy(),
            # whole days: exports are dated by day, and ties make the fit ~4x faster
            "days": np.round(days),
            "dormant": dormant,
        }
    )


def survival(
    net: Network,
    *,
    by: Literal["platform"] | None = "platform",
    as_of: AsOf = None,
    active_within_days: float = 90.0,
) -> SurvivalResult:
    """Kaplan–Meier curves of the time from connecting to going dormant (lifelines).

    Only contacts with a connection date count. Connecting is a sign of life; a contact goes
    dormant when ``active_within_days`` pass without evidence of life (the first such
    time), and is right-censored at ``as_of`` (or its platform's newest export) while still
    active. Passive contacts therefore go dormant ``active_within_days`` after connecting.

    Parameters
    ----------
    net
        The network.
    by
        ``"platform"``: one curve per platform plus ``"all platforms"``; ``None``: one curve.
    as_of
        End of observation (default: the newest export).
    active_within_days
        The window without evidence of life after which a contact is dormant.

    Returns
    -------
    SurvivalResult

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> survival(Network.empty()).medians.empty
    True
    """
    from lifelines import KaplanMeierFitter
    from lifelines.utils import median_survival_times

    durations = _dormancy(net, as_of=as_of, active_within_days=active_within_days)
    durations["group"] = "all platforms"
    groups: list[tuple[str, pd.DataFrame]] = [("all platforms", durations)]
    if by == "platform" and durations["platform"].nunique() > 1:
        groups = [
            (str(name), part.assign(group=str(name)))
            for name, part in durations.groupby("platform", sort=True)
        ] + groups
    curves, medians = [], []
    for name, part in groups:
        if part.empty:
            continue
        fitter = KaplanMeierFitter().fit(
            part["days"].astype(float), part["dormant"].astype(bool), label="survival"
        )
        band = fitter.confidence_interval_
        table = fitter.event_table
        curves.append(
            pd.DataFrame(
                {
                    "group": name,
                    "days": fitter.survival_function_.index.to_numpy(dtype=float),
                    "survival": fitter.survival_function_["survival"].to_numpy(),
                    "ci_low": band.iloc[:, 0].to_numpy(),
                    "ci_high": band.iloc[:, 1].to_numpy(),
                    "at_risk": table["at_risk"].reindex(fitter.survival_function_.index).to_numpy(),
                }
            )
        )
        interval = median_survival_times(band)
        medians.append(
            {
                "group": name,
                "contacts": len(part),
                "dormant": int(part["dormant"].sum()),
                "median_days": float(fitter.median_survival_time_),
                "ci_low": float(interval.iloc[0, 0]),
                "ci_high": float(interval.iloc[0, 1]),
            }
        )
    curve_columns = ["group", "days", "survival", "ci_low", "ci_high", "at_risk"]
    median_columns = ["group", "contacts", "dormant", "median_days", "ci_low", "ci_high"]
    if by == "platform" and len(groups) == 1:
        durations["group"] = durations["platform"]
    return SurvivalResult(
        curves=pd.concat(curves, ignore_index=True)
        if curves
        else pd.DataFrame(columns=curve_columns),
        medians=pd.DataFrame(medians, columns=median_columns),
        durations=durations[["platform", "contact_key", "person_id", "group", "days", "dormant"]],
    )


def cohort_retention(
    net: Network, *, platform: str | None = None, as_of: AsOf = None
) -> pd.DataFrame:
    """Share of each connection month's contacts with evidence of life, month by month.

    Month 0 is the calendar month of connecting; month k the k-th month after it. Only
    contacts with a connection date count; months after ``as_of`` are left out and the
    month holding ``as_of`` is marked ``complete = False``.

    Returns
    -------
    DataFrame
        One row per (cohort, months_since): ``cohort`` (``"2024-01"``), ``months_since``,
        ``contacts`` (in the cohort), ``with_evidence``, ``share``, ``ci_low``/``ci_high``
        (Wilson 95%), ``complete``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> cohort_retention(Network.empty()).empty
    True
    """
    from statsmodels.stats.proportion import proportion_confint

    cutoff = _as_of(net, as_of)
    columns = [
        "cohort", "months_since", "contacts", "with_evidence", "share", "ci_low", "ci_high",
        "complete",
    ]  # fmt: skip
    contacts = net.contacts.loc[net.contacts["connected_at"].notna()]
    if platform is not None:
        contacts = contacts.loc[contacts["platform"] == platform]
    if cutoff is None or contacts.empty:
        return pd.DataFrame(columns=columns)
    contacts = contacts.loc[contacts["connected_at"] <= cutoff]

    def month(times: pd.Series) -> np.ndarray:
        stamps = times.dt.tz_convert("UTC")
        return np.asarray(stamps.dt.year * 12 + stamps.dt.month - 1)

    cohort = month(contacts["connected_at"])
    last_month = cutoff.year * 12 + cutoff.month - 1
    interactions = net.interactions.loc[evidence_of_life(net.interactions).to_numpy()]
    interactions = interactions.loc[interactions["at"] <= cutoff]
    index = pd.MultiIndex.from_arrays([contacts["platform"], contacts["contact_key"]])
    row = index.get_indexer(
        pd.MultiIndex.from_arrays([interactions["platform"], interactions["contact_key"]])
    )
    matched = row >= 0
    row = row[matched]
    since = month(interactions.loc[matched, "at"]) - cohort[row]
    alive = pd.DataFrame({"row": row, "since": since}).query("since >= 0").drop_duplicates()
    alive["cohort"] = cohort[alive["row"].to_numpy()]
    hits = alive.groupby(["cohort", "since"]).size()
    sizes = pd.Series(cohort).value_counts().sort_index()
    rows = []
    for start, size in sizes.items():
        for k in range(last_month - int(start) + 1):
            rows.append((int(start), k, int(size), int(hits.get((start, k), 0))))
    table = pd.DataFrame(rows, columns=["_month", "months_since", "contacts", "with_evidence"])
    low, high = proportion_confint(table["with_evidence"], table["contacts"], method="wilson")
    table["share"] = table["with_evidence"] / table["contacts"]
    table["ci_low"], table["ci_high"] = np.asarray(low), np.asarray(high)
    table["complete"] = table["_month"] + table["months_since"] < last_month
    table["cohort"] = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in table["_month"]]
    return table[columns]


# ------------------------------------------------------------------------ 6. Dunbar layers


def _kmeans_1d(values: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """Optimal weighted 1-D k-means of sorted ``values``; returns the cluster of each value.

    Dynamic programming over the sorted distinct values (Wang & Song 2011, Ckmeans.1d.dp):
    exact, and fast because contact counts have few distinct values.
    """
    n = len(values)
    k = min(k, n)
    cw = np.concatenate([[0.0], np.cumsum(weights)])
    cx = np.concatenate([[0.0], np.cumsum(weights * values)])
    cxx = np.concatenate([[0.0], np.cumsum(weights * values * values)])

    def cost(i: np.ndarray, j: int) -> np.ndarray:  # values[i:j], weighted SSE
        w = cw[j] - cw[i]
        s = cx[j] - cx[i]
        return (cxx[j] - cxx[i]) - np.where(w > 0, s * s / np.where(w > 0, w, 1.0), 0.0)

    best = np.full((k + 1, n + 1), np.inf)
    split = np.zeros((k + 1, n + 1), dtype=np.int64)
    best[0, 0] = 0.0
    for m in range(1, k + 1):
        for j in range(m, n + 1):
            starts = np.arange(m - 1, j)
            candidates = best[m - 1, starts] + cost(starts, j)
            pick = int(np.argmin(candidates))
            best[m, j], split[m, j] = candidates[pick], starts[pick]
    labels = np.zeros(n, dtype=np.int64)
    j = n
    for m in range(k, 0, -1):
        i = split[m, j]
        labels[i:j] = m - 1
        j = i
    return labels


def dunbar_membership(
    net: Network,
    *,
    as_of: AsOf = None,
    window_days: float = 365.0,
    n_layers: int = 5,
) -> pd.DataFrame:
    """Each person's contact frequency in the window and the Dunbar layer it falls in.

    Frequency is interactions per year in the ``window_days`` before ``as_of`` (both
    directions, every kind, a group message counted 1/(n_participants − 1)). The layers
    are the clusters of an optimal 1-D k-means of log frequency among people with any
    interaction in the window; layer 1 is the most frequent. People with none are in no
    layer (``layer`` is missing).

    Returns
    -------
    DataFrame
        ``person_id``, ``name``, ``platforms``, ``per_year``, ``layer`` (nullable Int64),
        most frequent first.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> dunbar_membership(Network.empty()).empty
    True
    """
    cutoff = _as_of(net, as_of)
    columns = ["person_id", "name", "platforms", "per_year", "layer"]
    if cutoff is None:
        return pd.DataFrame(columns=columns)
    ones = dict.fromkeys(DEFAULT_WEIGHTS, 1.0)
    scores = activity_scores(net, as_of=cutoff, weights=ones)
    # Counting, not decaying, within the window: a very long half-life, a lower bound.
    tally = _tally(
        net.interactions,
        cutoff,
        half_life_days=1e12,
        weights=ones,
        since=cutoff - pd.Timedelta(days=window_days),
    )
    counts = pd.Series(tally.score, index=tally.person_id).groupby(level=0).sum()
    per_year = counts.reindex(scores["person_id"]).fillna(0.0).to_numpy() * 365.0 / window_days
    table = scores[["person_id", "name", "platforms"]].assign(per_year=per_year)
    table["layer"] = pd.array([pd.NA] * len(table), dtype="Int64")
    active = table["per_year"] > 0
    if active.any():
        distinct, counts_of = np.unique(np.log(table.loc[active, "per_year"]), return_counts=True)
        labels = _kmeans_1d(distinct, counts_of.astype(float), n_layers)
        # cluster 0 is the least frequent; layer 1 the most
        layer_of = labels.max() - labels + 1
        where = np.searchsorted(distinct, np.log(table.loc[active, "per_year"]))
        table.loc[active, "layer"] = layer_of[where]
    table = table.sort_values(["per_year", "person_id"], ascending=[False, True])
    return table.reset_index(drop=True)


def dunbar_layers(
    net: Network,
    *,
    as_of: AsOf = None,
    window_days: float = 365.0,
    n_layers: int = 5,
) -> pd.DataFrame:
    """Nested circles of people by contact frequency, beside the published layer sizes.

    Layers come from the data (:func:`dunbar_membership`); circle k holds layers 1..k.
    The published cumulative sizes of face-to-face and online ego networks are about
    1.5, 5, 15, 50 and 150, each ~3x the last (Dunbar, Arnaboldi, Conti & Passarella 2015,
    Social Networks 43:39–47, from >185,000 Facebook and Twitter egos).

    Returns
    -------
    DataFrame
        One row per layer: ``layer``, ``people`` (in this ring), ``size`` (cumulative),
        ``ratio`` (size / previous size), ``min_per_year``/``max_per_year`` (contact
        frequency in the ring), ``published_size``, ``published_ratio``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> dunbar_layers(Network.empty()).empty
    True
    """
    members = dunbar_membership(net, as_of=as_of, window_days=window_days, n_layers=n_layers)
    columns = [
        "layer", "people", "size", "ratio", "min_per_year", "max_per_year", "published_size",
        "published_ratio",
    ]  # fmt: skip
    members = members.loc[members["layer"].notna()]
    if members.empty:
        return pd.DataFrame(columns=columns)
    table = (
        members.groupby("layer")
        .agg(
            people=("person_id", "size"),
            min_per_year=("per_year", "min"),
            max_per_year=("per_year", "max"),
        )
        .reset_index()
    )
    table["layer"] = table["layer"].astype(int)
    table["size"] = table["people"].cumsum()
    table["ratio"] = table["size"] / table["size"].shift(1)
    published = pd.Series(PUBLISHED_LAYER_SIZES, index=range(1, len(PUBLISHED_LAYER_SIZES) + 1))
    table["published_size"] = table["layer"].map(published).astype(float)
    table["published_ratio"] = table["published_size"] / table["published_size"].shift(1)
    return table[columns]
