"""What the user sees of a resolution: the review queue and why accounts were merged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from power1000_analysis.identity.resolve import Resolution, resolve_people

if TYPE_CHECKING:
    from power1000_analysis.network import Network


def _resolution(net: Network) -> Resolution:
    stored = getattr(net, "identity", None)
    if isinstance(stored, Resolution):
        return stored
    return resolve_people(net.contacts, net.interactions)


def review_queue(net: Network, limit: int | None = None) -> pd.DataFrame:
    """Candidate pairs waiting for the user's word, the most valuable questions first.

    One row per pair: ``platform_a``, ``contact_key_a``, ``name_a``, the same for ``b``,
    ``score`` (log2 odds that they are one person), ``rule``, ``evidence``, ``signals``,
    ``blocked_by`` (why a pair that reaches an automatic merge's threshold, most with a
    posterior of 0.95 or more, was not merged, in a few words: "another account on the same
    platform fits too", "would put two accounts of one platform in one person", "would
    contradict your decision that two accounts are different" or a rule that only ever
    asks, e.g. "given names only start alike" or a shared e-mail or phone whose names
    differ; empty when the score is simply below the
    threshold; the resolver's own decision, see ``Resolution.candidates``), ``posterior``
    (the score as a probability) and ``value``: the expected number of account pairs a
    "same" answer would join correctly (posterior x accounts of person a x accounts of
    person b), since the default for a queued pair is "not one person" and a user's "yes"
    matters most where it is likely and joins whole people. Sorted by ``value``, then
    ``score``. ``limit`` keeps the first rows (the CLI's ``people review --limit`` and the
    notebook show the top): a whole number, 0 or more (else ValueError); without it the
    whole queue comes back.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> review_queue(Network.empty()).empty
    True
    """
    if limit is not None:  # -1 dropped the last pair, as a slice does (review11 A8)
        from power1000_analysis.decay import _check_whole

        _check_whole(limit, "limit", "pairs", minimum=0)
    resolution = _resolution(net)
    candidates = resolution.candidates
    queue = candidates[candidates["outcome"] == "review"].drop(columns=["outcome"])
    sizes = resolution.contacts["person_id"].value_counts()
    posterior = 1.0 / (1.0 + np.exp2(-queue["score"].astype(float).clip(-60, 60)))
    accounts_a = queue["person_id_a"].map(sizes).fillna(1).astype(float)
    accounts_b = queue["person_id_b"].map(sizes).fillna(1).astype(float)
    queue = queue.assign(
        posterior=posterior.round(3), value=(posterior * accounts_a * accounts_b).round(3)
    )
    queue = queue.sort_values(["value", "score"], ascending=False, kind="stable")
    if limit is not None:
        queue = queue.head(limit)
    return queue.reset_index(drop=True)


def explain(net: Network, person_id: str) -> pd.DataFrame:
    """Why these accounts are one person: the links that joined them, with their evidence.

    One row per link: ``rule``, ``score``, ``evidence`` (each signal in plain words, with its
    weight in bits), ``signals`` (which kinds of evidence decided: e-mail, phone, profile
    URL, name, name rarity, same handle, handle spells the name, handle names a word,
    connection dates, interaction dates (an undated account's first interaction against
    the other's connection date), interactions, platform overlap, shared group threads,
    joined accounts (the name's rarity counted again once the accounts already joined to
    either side no longer count as other people carrying it; it never merges a pair on its
    own: a pair it lifts over the threshold waits in the review queue),
    address-book card, rival accounts, one account per platform, user decision; the
    labels of ``resolve._SIGNALS``) and ``outcome`` (merged, merged_via_others or
    user_same); a person who is a single account has no rows. A ``person_id`` that names
    no person of the network is refused with a ValueError naming it (it gave an empty
    frame, as for a single account: review11 A8).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> explain(Network.empty(), "x:1")
    Traceback (most recent call last):
    ...
    ValueError: no person 'x:1' in this network (a person_id as in net.contacts['person_id']: PLATFORM:CONTACT_KEY of one of their accounts)
    """
    resolution = _resolution(net)
    known = set(resolution.people["person_id"]) if "person_id" in resolution.people else set()
    for frame in (net.contacts, net.interactions):
        if "person_id" in frame.columns:
            known.update(frame["person_id"].dropna())
    if person_id not in known:
        example = next(iter(sorted(map(str, known))), "")
        raise ValueError(
            f"no person {person_id!r} in this network (a person_id as in"
            " net.contacts['person_id']: PLATFORM:CONTACT_KEY of one of their accounts"
            + (f", e.g. {example!r})" if example else ")")
        )
    candidates = resolution.candidates
    mine = candidates[
        ((candidates["person_id_a"] == person_id) | (candidates["person_id_b"] == person_id))
    ]
    links = mine[mine["outcome"].isin(["merged", "user_same", "merged_via_others"])]
    return links.drop(columns=["person_id_a", "person_id_b", "blocked_by"]).reset_index(drop=True)
