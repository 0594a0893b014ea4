"""resolve_people: decisions, candidates, scores and merges into person ids."""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.identity.accounts import _Accounts, _accounts
from power1000_analysis.identity.candidates import _candidate_pairs
from power1000_analysis.identity.clusters import _Clusters
from power1000_analysis.identity.constants import (
    AUTO_SCORE,
    AUTO_SCORE_CARD,
    AUTO_SCORE_UNSHARED,
    BLOCKED_BY_RIVAL,
    CONFLICT_REASON,
    REVIEW_ONLY_REASON,
    REVIEW_ONLY_RULES,
    REVIEW_SCORE,
    SHARED_CONTACT_RULE,
)
from power1000_analysis.identity.decisions import read_decisions
from power1000_analysis.identity.people import people_frame
from power1000_analysis.identity.scoring import _rarity, _score, _Scored, _Timing
from power1000_analysis.identity.support import (
    _activity_support,
    _joined_carriers,
    _person_timing,
    _platform_priors,
    _shared_thread_support,
    _timing_support,
    _TimingModels,
)


@dataclass(frozen=True)
class Resolution:
    """What :func:`resolve_people` found.

    ``candidates`` holds one row per scored pair: both sides' platform, contact_key and
    name, ``score`` (log2 odds), ``rule``, ``evidence`` (plain words), ``signals`` (the
    kinds of evidence), ``blocked_by`` (for a pair left to review although it reaches an
    automatic merge's threshold, why in a few words: ``constants.BLOCKED_BY_RIVAL``,
    ``BLOCKED_BY_PLATFORM``, ``BLOCKED_BY_DECISION`` or a review-only rule's
    ``REVIEW_ONLY_REASON``; "" for every other pair) and ``outcome`` ∈ {merged, merged_via_others, review,
    user_same, user_different}.
    """

    contacts: pd.DataFrame
    interactions: pd.DataFrame | None
    people: pd.DataFrame
    candidates: pd.DataFrame


CANDIDATE_COLUMNS = [
    "platform_a",
    "contact_key_a",
    "name_a",
    "platform_b",
    "contact_key_b",
    "name_b",
    "score",
    "rule",
    "evidence",
    "signals",
    "blocked_by",
    "outcome",
    "person_id_a",
    "person_id_b",
]

#: evidence text → the signal it reports (``signals`` column: which signals decided).
_SIGNALS = (
    ("shares email", "e-mail"),
    ("shares phone", "phone"),
    ("shares url", "profile URL"),
    ("shares handle", "profile URL"),
    ("names '", "name"),
    ("name rarity decided", "name rarity decided"),
    ("name rarity", "name rarity"),
    ("same handle", "same handle"),
    ("handle word ", "handle names a word"),
    ("handle ", "handle spells the name"),
    ("connected ", "connection dates"),
    ("accounts already joined", "connection dates"),
    ("first interaction", "interaction dates"),
    ("in touch", "interactions"),
    ("no interaction", "interactions"),
    ("activity not counted", "interactions"),
    ("group threads", "shared group threads"),
    ("name carriers counted as people", "joined accounts"),
    ("joined accounts decided", "joined accounts decided"),
    ("not merged: another account", "rival accounts"),
    ("address-book card", "address-book card"),
    ("merging would put", "one account per platform"),
)


def _posterior(score: float) -> float:
    """log2 odds as a probability."""
    return 1.0 / (1.0 + 2.0**-score)


def _signals(evidence: Sequence[str]) -> str:
    """The signals behind a pair's evidence, in order, without repeats."""
    found: list[str] = []
    for text in evidence:
        label = next((lab for start, lab in _SIGNALS if text.startswith(start)), None)
        if label is None and " overlap " in text:
            label = "platform overlap"
        if label is not None and label not in found:
            found.append(label)
    return ", ".join(found)


def resolve_people(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame | None = None,
    *,
    decisions: str | os.PathLike[str] | pd.DataFrame | None = None,
    review_score: float = REVIEW_SCORE,
    auto_score: float = AUTO_SCORE,
    auto_score_card: float = AUTO_SCORE_CARD,
    auto_score_unshared: float = AUTO_SCORE_UNSHARED,
) -> Resolution:
    """Give every contact a ``person_id`` shared by the accounts of one genuine person.

    Parameters
    ----------
    contacts, interactions
        Canonical frames (interactions are optional; they add names, handles and threads).
    decisions
        The user's decisions file (path or frame, see :func:`read_decisions`); applied
        before any rule so that a user's decision always wins.
    review_score, auto_score, auto_score_card, auto_score_unshared
        log2-odds thresholds for the review queue, for automatic merges, for automatic
        merges of an address-book card's whole-name match, by its score without connection
        dates when they do not speak against it (``AUTO_SCORE_CARD``: such pairs' scores
        are too low, see constants and ``_Scored.card_threshold``), and for exact full-name
        matches of a name that no platform of the contacts carries twice
        (``AUTO_SCORE_UNSHARED``, ``_Scored.unshared_threshold``).

    Example
    -------
    >>> contacts = pd.DataFrame({"platform": ["facebook", "linkedin"],
    ...                          "contact_key": ["bob smith", "in/rs"],
    ...                          "name": ["Bob Smith", "Robert Smith"]})
    >>> result = resolve_people(contacts)
    >>> result.candidates[["rule", "outcome"]].values.tolist()
    [['name_nickname', 'review']]
    """
    thresholds = (auto_score, auto_score_card, auto_score_unshared)
    # Resolve in (platform, contact_key) order, whatever the caller's row order: account
    # indices order each candidate pair (a < b), which platform pair's overlap it counts
    # towards, the cross-fitting folds' members and the ties of the greedy merges; a
    # hand-built frame in another order gave other people (data/sample shuffled: 2,530
    # or 2,532 people for 2,486). ``load`` already sorts so; the result comes back in the
    # caller's row order.
    given = contacts.reset_index(drop=True)
    order = _canonical_order(given)
    contacts = given.take(order).reset_index(drop=True)
    # One platform (a Facebook export alone): pairs can only come from exact evidence, so
    # names, threads and activity are gathered only if such a pair turns up (below).
    one_platform = contacts["platform"].nunique(dropna=False) <= 1
    accounts = _accounts(contacts, interactions, complete=not one_platform)
    n = len(contacts)
    clusters = _Clusters(accounts.platform)
    index = {
        (p, k): i for i, (p, k) in enumerate(zip(accounts.platform, accounts.key, strict=True))
    }

    user = decisions if isinstance(decisions, pd.DataFrame) else read_decisions(decisions)
    user_outcome: dict[tuple[int, int], str] = {}
    for row in user.itertuples(index=False):
        i = index.get((str(row.platform_a), str(row.contact_key_a)))
        j = index.get((str(row.platform_b), str(row.contact_key_b)))
        if i is None or j is None or i == j:
            continue  # about accounts not in this load: kept in the file for later loads
        user_outcome[(min(i, j), max(i, j))] = str(row.decision)  # later lines win
    for (i, j), decision in user_outcome.items():
        if decision == "different":
            clusters.forbid(i, j)
    for (i, j), decision in user_outcome.items():
        if decision == "same" and not clusters.blocked(i, j, one_per_platform=False):
            clusters.union(i, j)

    pairs = _candidate_pairs(accounts)
    scored: list[_Scored] = []
    questions: list[_Scored] = []
    timing = _TimingModels(_Timing())
    if len(pairs):
        if not accounts.complete:
            accounts = _accounts(contacts, interactions)  # all evidence, to score the pairs
        rarity = _rarity(accounts)
        scored = [
            s for s in (_score(int(a), int(b), accounts, rarity) for a, b in pairs) if s is not None
        ]
        for s in scored:
            s.card = "addressbook" in (accounts.platform[s.a], accounts.platform[s.b])
        # a shared e-mail or phone whose names differ (or two accounts of one platform) is
        # only a question: kept out of every learnt model and of the rivals' odds, and
        # queued as scored (``scoring._contact_point_question``)
        questions = [s for s in scored if s.rule == SHARED_CONTACT_RULE]
        scored = [s for s in scored if s.rule != SHARED_CONTACT_RULE]
        timing = _timing_support(scored, accounts)
        _activity_support(scored, accounts)
        _platform_priors(scored, accounts, rarity)
    scored = [s for s in scored if s.exact or s.score >= review_score]
    # One person has at most one account per platform: the odds of a pair are shared with
    # every other candidate of either account on the other's platform (competing odds).
    odds_sum: dict[tuple[int, str], float] = defaultdict(float)
    first_odds: dict[tuple[int, int], float] = {}
    for s in scored:
        if not s.exact:
            odds = first_odds[(s.a, s.b)] = 2.0 ** min(s.score, 60.0)
            odds_sum[(s.a, accounts.platform[s.b])] += odds
            odds_sum[(s.b, accounts.platform[s.a])] += odds
    outcome: dict[tuple[int, int], str] = {}

    def competing(s: _Scored) -> float:
        """The pair's score after sharing its odds with its rivals; first the connection
        dates of accounts already joined to either side join its evidence (merges go from
        the surest pair down, so a card's Facebook account is joined before its Quora one)."""
        odds = 2.0 ** min(s.score, 60.0)
        rest = max(
            odds_sum[(s.a, accounts.platform[s.b])]
            + odds_sum[(s.b, accounts.platform[s.a])]
            - 2 * odds,
            0.0,
        )
        joined = _person_timing(s, accounts, clusters, timing)
        if joined is not None:
            s.add_dates(joined[0])
            s.evidence.append(joined[1])
        return s.score - math.log2(1.0 + rest)

    for s in sorted(scored, key=lambda s: (-s.score, s.a, s.b)):
        pair = (s.a, s.b)
        if pair in user_outcome:
            outcome[pair] = "user_" + user_outcome[pair]
            continue
        against = competing(s)
        if s.exact or s.merges(against, *thresholds):
            conflict = clusters.conflict(s.a, s.b, one_per_platform=not s.exact)
            if conflict is not None:
                outcome[pair] = "review"
                s.blocked_by = CONFLICT_REASON[conflict]
                s.evidence.append(
                    "merging would put two accounts of one platform in one person, "
                    "or contradict a decision"
                )
                continue
            clusters.union(s.a, s.b)
            outcome[pair] = "merged"
            if not s.exact and against < auto_score:
                if s.card_threshold(against, auto_score_card):
                    s.evidence.append(
                        f"address-book card: card threshold {_posterior(auto_score_card):.0%} "
                        f"reached (others need {_posterior(auto_score):.0%})"
                    )
                else:  # merged by the unshared-name threshold
                    s.evidence.append(
                        "name rarity decided: no platform of your contacts carries this full "
                        f"name twice, threshold {_posterior(auto_score_unshared):.1%} reached "
                        f"(others need {_posterior(auto_score):.0%})"
                    )
        else:
            if s.reaches(s.score, *thresholds) and s.rule in REVIEW_ONLY_RULES:
                s.blocked_by = REVIEW_ONLY_REASON.get(s.rule, "a weak match")
                s.evidence.append(f"not merged: {s.blocked_by}")
            elif s.reaches(s.score, *thresholds):
                s.blocked_by = BLOCKED_BY_RIVAL
                s.evidence.append(f"not merged: {BLOCKED_BY_RIVAL} ({against - s.score:+.1f})")
            outcome[pair] = "review"
    if scored:

        def rest_of(s: _Scored) -> float:
            """The summed odds of the pair's rivals, as ``competing`` shares them."""
            mine = odds_sum[(s.a, accounts.platform[s.b])] + odds_sum[(s.b, accounts.platform[s.a])]
            return max(mine - 2 * first_odds[(s.a, s.b)], 0.0)

        _joined_carriers(scored, outcome, accounts, clusters, rarity, thresholds, rest_of)
    _shared_thread_support(scored, outcome, accounts, clusters, thresholds)
    for s in questions:
        pair = (s.a, s.b)
        outcome[pair] = "user_" + user_outcome[pair] if pair in user_outcome else "review"
    scored += questions

    person_ids = _person_ids(clusters, accounts, n)
    contacts = contacts.copy()
    contacts["person_id"] = person_ids
    names = _display_names(contacts)
    rows = []
    for s in scored:
        rows.append(
            {
                "platform_a": accounts.platform[s.a],
                "contact_key_a": accounts.key[s.a],
                "name_a": names[s.a],
                "platform_b": accounts.platform[s.b],
                "contact_key_b": accounts.key[s.b],
                "name_b": names[s.b],
                "score": round(s.score, 2),
                "rule": s.rule,
                "evidence": "; ".join(s.evidence),
                "signals": _signals(s.evidence),
                "blocked_by": s.blocked_by if outcome[(s.a, s.b)] == "review" else "",
                "outcome": outcome[(s.a, s.b)],
                "person_id_a": person_ids[s.a],
                "person_id_b": person_ids[s.b],
            }
        )
    for (i, j), decision in user_outcome.items():
        if (i, j) not in outcome:
            rows.append(
                {
                    "platform_a": accounts.platform[i],
                    "contact_key_a": accounts.key[i],
                    "name_a": names[i],
                    "platform_b": accounts.platform[j],
                    "contact_key_b": accounts.key[j],
                    "name_b": names[j],
                    "score": math.nan,
                    "rule": "user",
                    "evidence": "the user's decision",
                    "signals": "user decision",
                    "blocked_by": "",
                    "outcome": "user_" + decision,
                    "person_id_a": person_ids[i],
                    "person_id_b": person_ids[j],
                }
            )
    candidates = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    # a pair whose accounts ended up in one person by other links is no longer a question
    settled = (candidates["outcome"] == "review") & (
        candidates["person_id_a"] == candidates["person_id_b"]
    )
    candidates.loc[settled, "outcome"] = "merged_via_others"
    candidates.loc[settled, "blocked_by"] = ""
    candidates = candidates.sort_values(["outcome", "score"], ascending=[True, False]).reset_index(
        drop=True
    )

    mapped = interactions
    if interactions is not None:
        mapped = _map_interactions(interactions, contacts)
    people = people_frame(contacts)
    back = np.empty_like(order)
    back[order] = np.arange(len(order))
    contacts = contacts.take(back).reset_index(drop=True)  # the caller's row order
    return Resolution(contacts, mapped, people, candidates)


def _canonical_order(contacts: pd.DataFrame) -> np.ndarray:
    """Row positions of ``contacts`` sorted by (platform, contact_key) as strings (stable:
    rows repeating a key keep their order)."""
    keys = pd.DataFrame(
        {c: contacts[c].astype(str).to_numpy() for c in ("platform", "contact_key")}
    )
    return keys.sort_values(["platform", "contact_key"], kind="stable").index.to_numpy(np.int64)


def _person_ids(clusters: _Clusters, accounts: _Accounts, n: int) -> list[str]:
    """``platform:contact_key`` of each cluster's earliest-seen account."""
    far = pd.Timestamp.max.tz_localize("UTC")
    anchor: dict[int, tuple[Any, str, str]] = {}
    for i in range(n):
        root = clusters.find(i)
        seen = accounts.first_seen[i]
        rank = (
            far if seen is None or pd.isna(seen) else seen,
            accounts.platform[i],
            accounts.key[i],
        )
        if root not in anchor or rank < anchor[root]:
            anchor[root] = rank
    return [f"{anchor[clusters.find(i)][1]}:{anchor[clusters.find(i)][2]}" for i in range(n)]


def _display_names(contacts: pd.DataFrame) -> list[str]:
    names = (
        contacts["name"] if "name" in contacts.columns else pd.Series(None, index=contacts.index)
    )
    return [
        str(name) if isinstance(name, str) and name else str(key)
        for name, key in zip(names, contacts["contact_key"], strict=True)
    ]


def _map_interactions(interactions: pd.DataFrame, contacts: pd.DataFrame) -> pd.DataFrame:
    lookup = {
        f"{p}:{k}": pid
        for p, k, pid in zip(
            contacts["platform"], contacts["contact_key"], contacts["person_id"], strict=True
        )
        if f"{p}:{k}" != pid
    }
    if not lookup:
        return interactions
    mapped = interactions.copy()
    person = mapped["person_id"]
    if isinstance(person.dtype, pd.CategoricalDtype):
        # Stays a categorical (scorers work on its codes): the categories are mapped, and
        # accounts that became one person share one category, so the codes are recoded.
        renamed = [lookup.get(c, c) for c in person.cat.categories]
        recode, categories = pd.factorize(pd.Index(renamed, dtype=object))
        recode = np.append(recode, -1)  # code -1 (no person) stays -1
        mapped["person_id"] = pd.Categorical.from_codes(
            recode[person.cat.codes.to_numpy()], categories=pd.Index(categories, dtype=object)
        )
    else:
        mapped["person_id"] = person.map(lambda v: lookup.get(v, v) if isinstance(v, str) else v)
    return mapped
