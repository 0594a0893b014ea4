"""Decayed activity scores per person (issue #7 item 2): who you are in touch with, and how much.

Pure functions on a :class:`~power1000_analysis.network.Network`. People are
``person_id``\\ s: the contacts (and ``people``) of the network united with every
interaction counterpart that has a ``person_id``. Interactions whose counterpart could not
be resolved (``contact_key`` null, e.g. a deactivated "Facebook User") belong to no one:
they are left out of the per-person rows and counted in ``table.attrs["excluded"]``.

Example
-------
>>> from power1000_analysis.network import Network
>>> activity_scores(Network.empty(), as_of="2024-07-01").empty
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from power1000_analysis.evidence import (
    _INT64_MAX,
    _NAT,
    _NS_PER_DAY,
    EVIDENCE_OUTBOUND_KINDS,
    AsOf,
    _as_of,
    _codes,
    _ns,
    _utc,
)
from power1000_analysis.network import Network

__all__ = ["DEFAULT_WEIGHTS", "activity_scores"]

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
