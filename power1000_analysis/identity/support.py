"""Evidence learnt from the user's own data, added to name matches (never alone):
activity, platform overlap, shared group threads."""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from power1000_analysis.identity.accounts import _Accounts
from power1000_analysis.identity.clusters import _Clusters
from power1000_analysis.identity.constants import (
    ACTIVITY_CAP,
    ANCHOR_FOLDS,
    ANCHOR_SCORE,
    AUTO_SCORE,
    CONFLICT_REASON,
    MIN_ANCHORS,
    PRIOR_MAX,
    PRIOR_MIN,
    PRIOR_OVERLAP,
    PRIOR_PSEUDO,
    PRIOR_ROUNDS,
    REVIEW_ONLY_REASON,
    REVIEW_ONLY_RULES,
    SHARED_THREAD_WEIGHT,
    TIMING_MEAN_BOUNDS,
    TIMING_PSEUDO,
    TIMING_ROUNDS,
    TIMING_SHARE_BOUNDS,
)
from power1000_analysis.identity.scoring import (
    _gap_and_density,
    _Rarity,
    _ratio_bits,
    _Scored,
    _Timing,
    _timing_weight,
    _touch_gap,
)

#: what the first-interaction model's share counts, in its evidence text
TOUCH_TOGETHER = "first interacted around the other's connection"
#: evidence of :func:`_joined_carriers`: the name's other carriers counted again without
#: the accounts already joined to either side (and the text its merges carried until
#: review12: it no longer merges, ``BLOCKED_BY_JOINED``)
JOINED_TEXT = "name carriers counted as people"
JOINED_DECIDED = "joined accounts decided"
#: ``blocked_by`` of a pair that the recount lifts over a threshold: it stays a question.
#: Its merges were right 11 of 15 times on data/sample, 7 of 8 and 4 of 7 on the
#: generator's seeds 11 and 12 (22 of 30, 73 %, against the 95 % a merge claims): a
#: namesake's account on a platform the pair does not cover yet is exactly the one being
#: scored, and leaving the joined accounts out makes that namesake's name look rare
#: (review12 ID-1: "Michael Young" of LinkedIn and Quora, two planted people).
BLOCKED_BY_JOINED = "rare only once accounts already joined are not counted"
#: the name matches :func:`_joined_carriers` scores again: whole names written in full
#: (not a middle name left out, nor looser matches). On the generator's seeds 1-6 the
#: merges it decided were right 82 % of the time for exact names, 1 of 4 for middle-name
#: matches and 0 of 2 for names some platform carries twice (``_Scored.name_shared``).
JOINED_RULES = frozenset({"name_exact", "name_handle", "name_nickname"})


def _fold(accounts: _Accounts, *members: int) -> int:
    """The cross-fitting fold (of ``ANCHOR_FOLDS``) of a sure pair (both accounts) or of one
    account: crc32 of the sorted ``platform:contact_key`` strings. It depends on nothing
    but those accounts, so adding a snapshot, a pair or another row order moves no other
    pair's fold (folds by position did: on data/sample 180-195 of 1,329 candidate scores
    moved, by up to 1.29 bits, when one unrelated sure pair was added)."""
    text = "\n".join(sorted(f"{accounts.platform[k]}:{accounts.key[k]}" for k in members))
    return zlib.crc32(text.encode("utf-8")) % ANCHOR_FOLDS


def _timing_gaps(
    scored: list[_Scored],
    accounts: _Accounts,
    gap_of: Callable[[int, int, _Accounts], tuple[float, float] | None],
) -> tuple[list[_Scored], np.ndarray, np.ndarray]:
    """The user's sure pairs (exact evidence, or at least ``ANCHOR_SCORE`` bits before
    dates count) that have a gap, with their gaps and densities (``gap_of``)."""
    anchors, gaps, densities = [], [], []
    for s in scored:
        if not (s.exact or s.score >= ANCHOR_SCORE):
            continue
        found = gap_of(s.a, s.b, accounts)
        if found is None:
            continue
        anchors.append(s)
        gaps.append(found[0])
        densities.append(found[1])
    return anchors, np.asarray(gaps, dtype=float), np.asarray(densities, dtype=float)


def _fit_timing(gap: np.ndarray, density: np.ndarray, pseudo_pairs: float) -> _Timing:
    """EM rounds of the two-part mixture over these gaps (see :func:`_timing_model`)."""
    default = _Timing()
    share, mean = default.share, default.mean_days
    for _ in range(TIMING_ROUNDS):
        together = share * np.exp(-gap / mean) / mean
        weight = together / (together + (1 - share) * density)
        pseudo = pseudo_pairs * default.share
        share = float((weight.sum() + pseudo) / (len(gap) + pseudo_pairs))
        share = min(max(share, TIMING_SHARE_BOUNDS[0]), TIMING_SHARE_BOUNDS[1])
        if weight.sum() + pseudo <= 0:
            break  # no sure pair looks connected together: keep the last mean
        mean = float((weight @ gap + pseudo * default.mean_days) / (weight.sum() + pseudo))
        mean = min(max(mean, TIMING_MEAN_BOUNDS[0]), TIMING_MEAN_BOUNDS[1])
    return _Timing(share, mean, len(gap))


def _timing_model(
    scored: list[_Scored],
    accounts: _Accounts,
    gap_of: Callable[[int, int, _Accounts], tuple[float, float] | None] = _gap_and_density,
    pseudo_pairs: float = TIMING_PSEUDO,
) -> _Timing:
    """The connection-date model learnt from the user's sure pairs (exact evidence, or at
    least ``ANCHOR_SCORE`` bits before dates count): EM rounds of a two-part mixture, where a
    sure pair's gap is either "connected together" (exponential, mean ``mean_days``) or at
    unrelated times (the other platform's own density of connections around that date).
    ``pseudo_pairs`` (``TIMING_PSEUDO`` for connection dates) pseudo-pairs at the defaults
    keep a few anchors from swinging it; with fewer than ``MIN_ANCHORS`` dated anchors the
    defaults stay (``anchors`` 0, and callers treat the model as saying nothing where no
    default applies). The first-interaction model passes ``pseudo_pairs=0``: it is learnt
    from the sure pairs alone (the defaults only start the EM rounds).
    ``gap_of``: the gap and density of a pair (``scoring._touch_gap`` for first
    interactions standing in for a missing connection date).

    This is the model every pair is scored with *except* the sure name matches it was
    learnt from, which get the model of the other folds (:func:`_timing_models`)."""
    return _timing_models(scored, accounts, gap_of, pseudo_pairs).model


@dataclass(frozen=True)
class _TimingModels:
    """A timing model (``model``) and, for each sure *name match* it was learnt from, the
    model learnt without that pair's fold (``held``, keyed by the pair's accounts in
    order): such a pair is scored by a model its own gap did not shape."""

    model: _Timing
    held: dict[tuple[int, int], _Timing] = field(default_factory=dict)

    def of(self, a: int, b: int) -> _Timing:
        """The model to score the pair of accounts ``a`` and ``b`` with."""
        return self.held.get((a, b) if a < b else (b, a), self.model)


def _timing_models(
    scored: list[_Scored],
    accounts: _Accounts,
    gap_of: Callable[[int, int, _Accounts], tuple[float, float] | None] = _gap_and_density,
    pseudo_pairs: float = TIMING_PSEUDO,
) -> _TimingModels:
    """:func:`_timing_model`, cross-fitted so that no pair is scored by a model learnt from
    its own gap.

    Most sure pairs are name matches of at least ``ANCHOR_SCORE`` bits (on data/sample
    every one of the 27 dated sure pairs, and 39 of the 44 with a first-interaction gap;
    exact evidence — a shared e-mail or URL — mostly joins address-book cards, which carry
    no date). Such a pair is itself scored with the dates, and a model fitted on its own
    gap would vouch for itself: its gap pulls the learnt share and mean towards it. The
    sure pairs are split into ``ANCHOR_FOLDS`` folds by a hash of their two accounts
    (:func:`_fold`: a pair's fold does not depend on the other pairs or on row order), and
    a sure name match is scored with the model fitted on the other folds. Exact pairs are
    never scored by dates, so they only teach. Whether the model speaks at all
    (``MIN_ANCHORS``) is decided on all sure pairs; as ``MIN_ANCHORS`` (20) exceeds
    ``ANCHOR_FOLDS`` (10), every fold's complement holds sure pairs (the old rule "each
    pair alone when fewer than ``ANCHOR_FOLDS``" could never apply)."""
    anchors, gap, density = _timing_gaps(scored, accounts, gap_of)
    if len(anchors) < MIN_ANCHORS:
        return _TimingModels(_Timing())
    model = _fit_timing(gap, density, pseudo_pairs)
    fold = np.fromiter((_fold(accounts, s.a, s.b) for s in anchors), np.int64, len(anchors))
    held: dict[tuple[int, int], _Timing] = {}
    for f in range(ANCHOR_FOLDS):
        members = [k for k in np.flatnonzero(fold == f) if not anchors[k].exact]
        rest = fold != f
        if not members or not rest.any():
            continue  # (every sure pair in one fold: nothing to learn from without it)
        fitted = _fit_timing(gap[rest], density[rest], pseudo_pairs)
        fitted = replace(fitted, held_out=True)
        for k in members:
            s = anchors[k]
            held[(min(s.a, s.b), max(s.a, s.b))] = fitted
    return _TimingModels(model, held)


def _timing_support(scored: list[_Scored], accounts: _Accounts) -> _TimingModels:
    """Add the connection dates' evidence to every name candidate, with the model learnt by
    :func:`_timing_models` (cross-fitted: a sure pair it learns from is scored by the model
    of the other folds; the evidence says which model and from how many pairs)."""
    models = _timing_models(scored, accounts)
    # first interactions: learnt only, no pseudo-pairs at the connection-date defaults (the
    # lag between connecting and first interacting is the user's own); with fewer than
    # MIN_ANCHORS sure pairs it says nothing (``touch.model.anchors`` 0)
    touch = _timing_models(scored, accounts, _touch_gap, pseudo_pairs=0.0)
    for s in scored:
        if s.exact:
            continue
        model = models.of(s.a, s.b)
        timing = _timing_weight(s.a, s.b, accounts, model)
        if timing is not None:
            weight, gap = timing
            s.add_dates(weight)
            s.evidence.append(f"connected {gap:.0f} days apart ({weight:+.1f}; {model.describe()})")
        elif touch.model.anchors and (found := _touch_gap(s.a, s.b, accounts)) is not None:
            # an account without a connection date (X): its first interaction stands in,
            # with its own model, learnt only (no defaults: the lag is the user's own)
            gap, density = found
            lag = touch.of(s.a, s.b)
            weight = _ratio_bits(gap, density, lag)
            s.add_dates(weight)
            s.touch = True
            s.evidence.append(
                f"first interaction {gap:.0f} days from the other's connection "
                f"({weight:+.1f}; {lag.describe(TOUCH_TOGETHER)})"
            )
    return models


def _person_timing(
    s: _Scored, accounts: _Accounts, clusters: _Clusters, models: _TimingModels
) -> tuple[float, str] | None:
    """Connection dates of the two *people* when the pair itself has none (an address-book
    card, an X follower): the accounts already joined to each side that do carry dates.

    One person is added on several platforms around the time one meets them, so the gap
    between a card's Facebook account and a Quora account says as much about the card and
    that Quora account as about the Facebook one. The weight is the mean of
    :func:`_timing_weight` over the dated cross pairs of the two clusters (each with the
    model it is scored by itself, :meth:`_TimingModels.of`)."""
    if s.exact or s.touch:
        return None
    own = (accounts.connected[s.a], accounts.connected[s.b])
    if not (math.isnan(own[0]) or math.isnan(own[1])):
        return None  # the pair's own dates have spoken (``_timing_support``)
    root_a, root_b = clusters.find(s.a), clusters.find(s.b)
    side_a, side_b = clusters.members[root_a], clusters.members[root_b]
    if root_a == root_b or (len(side_a) == 1 and len(side_b) == 1):
        return None  # already one person, or no other accounts to lend dates
    weights, gaps, platforms = [], [], set()
    for k in side_a:
        for m in side_b:
            if accounts.platform[k] == accounts.platform[m]:
                continue
            timing = _timing_weight(k, m, accounts, models.of(k, m))
            if timing is not None:
                weights.append(timing[0])
                gaps.append(timing[1])
                platforms.add("~".join(sorted((accounts.platform[k], accounts.platform[m]))))
    if not weights:
        return None
    weight = sum(weights) / len(weights)
    text = (
        f"accounts already joined to each side ({', '.join(sorted(platforms))}) connected "
        f"{min(gaps):.0f}-{max(gaps):.0f} days apart ({weight:+.1f})"
    )
    return weight, text


def _activity_ratio(paired_active: np.ndarray, overall: float) -> tuple[float, float]:
    """log2 ratios (in touch, not in touch) of the active share among sure pairs' accounts
    (``paired_active``, add-one smoothed) against ``overall``, the lone accounts' share,
    each within ``ACTIVITY_CAP`` bits."""
    paired = (paired_active.sum() + 1) / (paired_active.size + 2)
    return (
        float(np.clip(math.log2(paired / overall), -ACTIVITY_CAP, ACTIVITY_CAP)),
        float(np.clip(math.log2((1 - paired) / (1 - overall)), -ACTIVITY_CAP, ACTIVITY_CAP)),
    )


def _activity_support(scored: list[_Scored], accounts: _Accounts) -> None:
    """Whether the user interacts with both accounts, as a likelihood ratio learnt from the
    user's own data: people known on several platforms are the people one talks to (strong
    ties are multiplex), so an account that belongs to a cross-platform person is active
    more often than its platform's accounts at large.

    Per platform, the active share among accounts of sure pairs (exact evidence or at
    least ``ANCHOR_SCORE`` bits) is compared with the share among its **lone** accounts:
    those that carry a name (so could have been a name candidate) and are in no candidate
    pair at all (no exact evidence, no name or handle that matches any account elsewhere),
    i.e. people the user knows on this platform alone. Accounts without a parsed name are
    left out of the lone ones: they can never be a name candidate, and on X (names come
    only from interactions) they are the inactive followers, which made every active named
    X account look ~2 bits likelier to be a cross-platform person (data/sample: precision
    0.972 -> 0.975, recall 0.772 -> 0.763 without them). The
    question a name candidate asks is "one person on both platforms, or someone else who
    happens to carry the name", and that someone else is, for all the data can tell, a
    one-platform person; comparing with *all* accounts (which include the cross-platform
    people themselves) understated the evidence (on the generator's seeds 7-10 an active
    Facebook account gave +0.3-0.4 bits against all accounts, +1.1-1.3 against the lone
    ones; an inactive one -1.3 and now -2.0, the cap). Each side of a name candidate gains log2(share in pairs /
    share of lone accounts) when active, and log2 of the inactive shares' ratio when not (at
    most ``ACTIVITY_CAP`` bits either way). With fewer than ``MIN_ANCHORS`` lone accounts
    the platform's accounts at large stand in. Platforms without interactions (address
    books) or with fewer than ``MIN_ANCHORS`` anchors say nothing.

    **A side whose person is already known on another platform says nothing**: when an
    account is linked to some *other* account by exact evidence or a name match of at
    least ``AUTO_SCORE`` bits, its person is a cross-platform person whether or not the
    candidate is right, so its activity is explained either way (active because it is
    someone the user knows on several platforms). Only the other side's activity tells
    "this person too" from "someone else of that name", who for all the data can tell is
    a one-platform person. Counting both sides credited a namesake with the activity of the
    person whose name it carries (on the generator's seeds 7-10: precision 0.967-0.972 ->
    0.968-0.975 and recall 0.771-0.819 -> 0.801-0.835, with the lone accounts above).
    The evidence names the sides not counted.

    An account of a sure *name match* (one the ratio is learnt from, and that is itself
    scored with it) gets the ratio learnt without its fold of the platform's sure accounts
    (``ANCHOR_FOLDS`` folds by a hash of the account, :func:`_fold`), so that its own
    activity does not vouch for it."""
    active = accounts.active
    if active is None or not active.any():
        return
    platforms = np.asarray(accounts.platform, dtype=object)
    anchors = {k for s in scored if s.exact or s.score >= ANCHOR_SCORE for k in (s.a, s.b)}
    anchored = np.zeros(len(platforms), dtype=bool)
    anchored[sorted(anchors)] = True
    # accounts of sure *name matches*: scored by activity themselves, so each gets the ratio
    # learnt without its fold (cross-fitted, as the timing models)
    taught = {k for s in scored if not s.exact and s.score >= ANCHOR_SCORE for k in (s.a, s.b)}
    matched = np.zeros(len(platforms), dtype=bool)
    matched[sorted({k for s in scored for k in (s.a, s.b)})] = True
    named = np.fromiter((bool(n) for n in accounts.names), bool, len(platforms))
    ratio: dict[str, tuple[float, float]] = {}
    held: dict[int, tuple[float, float]] = {}
    for platform in set(accounts.platform):
        mine = platforms == platform
        in_pairs = anchored & mine
        if not active[mine].any() or in_pairs.sum() < MIN_ANCHORS:
            continue
        # lone: could have been a name candidate (has a name) and is not one; an account
        # without a name (an X account seen only in follower lists) is never a candidate,
        # so counting it would make the baseline the nameless inactive accounts
        lone = mine & ~matched & named
        if lone.sum() < MIN_ANCHORS:
            lone = mine
        overall = (active[lone].sum() + 1) / (lone.sum() + 2)
        ratio[platform] = _activity_ratio(active[in_pairs], overall)
        members = np.flatnonzero(in_pairs)
        # each account's fold by a hash of its own platform:contact_key (``_fold``)
        folds = np.fromiter((_fold(accounts, int(k)) for k in members), np.int64, len(members))
        for f in range(ANCHOR_FOLDS):
            fold = members[folds == f]
            scored_here = [int(k) for k in fold if int(k) in taught]
            rest = in_pairs.copy()
            rest[fold] = False
            if not scored_here or not rest.any():
                continue
            fitted = _activity_ratio(active[rest], overall)
            for k in scored_here:
                held[k] = fitted
    # accounts whose person is already on another platform by a link the resolver would
    # merge on its own (exact evidence, or AUTO_SCORE bits so far)
    partners: dict[int, set[int]] = defaultdict(set)
    for s in scored:
        if s.exact or s.score >= AUTO_SCORE:
            partners[s.a].add(s.b)
            partners[s.b].add(s.a)
    for s in scored:
        if s.exact:
            continue
        weight = 0.0
        said, known = [], []
        for k, other in ((s.a, s.b), (s.b, s.a)):
            platform = accounts.platform[k]
            if platform not in ratio:
                continue
            if partners[k] - {other}:
                known.append(platform)
                continue
            weight += held.get(k, ratio[platform])[0 if active[k] else 1]
            said.append(f"{'in touch' if active[k] else 'no interaction'} on {platform}")
        if said:
            s.score += weight
            s.evidence.append(f"{', '.join(said)} ({weight:+.1f})")
        if known:
            s.evidence.append(
                f"activity not counted on {', '.join(known)}: that account's person is "
                "on another platform already"
            )


def _platform_priors(scored: list[_Scored], accounts: _Accounts, rarity: _Rarity) -> None:
    """Replace the fixed ``PRIOR_OVERLAP`` by each platform pair's own overlap, learnt from
    the candidates (a few EM rounds of a two-class mixture whose weight is the prior).

    A name match says "one person" only against the odds that a person on one platform is
    on the other at all: most address-book cards are Facebook friends, few X followers
    follow on Quora. The overlap of platforms P and Q is estimated as the expected number of
    true pairs (sum of the candidates' posteriors, exact evidence counting 1) over the named
    accounts of P, shrunk towards ``PRIOR_OVERLAP`` by ``PRIOR_PSEUDO`` accounts (a handful
    of contacts says little) and kept within [``PRIOR_MIN``, ``PRIOR_MAX``]; scores move by
    log2(prior / ``PRIOR_OVERLAP``) and the evidence says so.

    P is the platform of each pair's first account (``a < b``), so a platform pair's
    candidates form one group only when account order is canonical: ``resolve_people``
    sorts the contacts by (platform, contact_key) first (a shuffled frame split each pair
    of platforms in two groups, each with half the expected pairs over all of P's accounts:
    overlaps halved, scores ~1 bit lower, 44-46 more people on data/sample)."""
    by_pair: dict[tuple[str, str], list[_Scored]] = defaultdict(list)
    for s in scored:
        by_pair[(accounts.platform[s.a], accounts.platform[s.b])].append(s)
    for (pa, pb), group in by_pair.items():
        # the name's chance was counted among Q's accounts (``_Rarity.chance``), so the prior
        # is per account of P: odds = pairs / (accounts of P x accounts of Q x name share)
        named = max(rarity.per_platform.get(pa, 1), 1)
        base = np.array([s.score for s in group])
        exact = np.array([s.exact for s in group])
        shift = 0.0
        for _ in range(PRIOR_ROUNDS):
            posterior = np.where(exact, 1.0, 1.0 / (1.0 + np.exp2(-(base + shift))))
            expected = float(posterior.sum()) + PRIOR_OVERLAP * PRIOR_PSEUDO
            prior = min(max(expected / (named + PRIOR_PSEUDO), PRIOR_MIN), PRIOR_MAX)
            shift = math.log2(prior / PRIOR_OVERLAP)
        for s in group:
            if not s.exact:
                s.score += shift
                s.evidence.append(f"{pa}~{pb} overlap {prior:.0%} ({shift:+.1f})")


def _shared_thread_support(
    scored: list[_Scored],
    outcome: dict[tuple[int, int], str],
    accounts: _Accounts,
    clusters: _Clusters,
    thresholds: tuple[float, float, float],
) -> None:
    """Second pass: a reviewed name match whose two accounts each share a group thread with
    accounts already merged across the same two platforms gains support (never alone).
    ``thresholds`` are ``resolve_people``'s (``auto_score``, ``auto_score_card``,
    ``auto_score_unshared``)."""
    if not any(accounts.threads):
        return
    members_of_thread: dict[str, set[int]] = defaultdict(set)
    for i, threads in enumerate(accounts.threads):
        for thread in threads:
            members_of_thread[thread].add(i)
    for s in scored:
        if (
            outcome[(s.a, s.b)] != "review"
            or not accounts.threads[s.a]
            or not accounts.threads[s.b]
        ):
            continue
        roots_a = {
            clusters.find(m)
            for t in accounts.threads[s.a]
            for m in members_of_thread[t]
            if m != s.a
        }
        roots_b = {
            clusters.find(m)
            for t in accounts.threads[s.b]
            for m in members_of_thread[t]
            if m != s.b
        }
        if roots_a & roots_b:
            s.score += SHARED_THREAD_WEIGHT
            s.evidence.append("group threads shared with the same people on both platforms")
            unique = "another account" not in " ".join(s.evidence)
            s.evidence = [e for e in s.evidence if e != "not merged: a name alone never decides"]
            conflict = clusters.conflict(s.a, s.b, one_per_platform=True)
            if s.merges(s.score, *thresholds) and unique and conflict is None:
                clusters.union(s.a, s.b)
                outcome[(s.a, s.b)] = "merged"
            elif s.reaches(s.score, *thresholds) and not s.blocked_by:
                # the threads lifted it over a threshold, and something else holds it back
                if s.rule in REVIEW_ONLY_RULES:
                    s.blocked_by = REVIEW_ONLY_REASON.get(s.rule, "a weak match")
                elif conflict is not None:
                    s.blocked_by = CONFLICT_REASON[conflict]


def _joined_carriers(
    scored: list[_Scored],
    outcome: dict[tuple[int, int], str],
    accounts: _Accounts,
    clusters: _Clusters,
    rarity: _Rarity,
    thresholds: tuple[float, float, float],
    rest_of: Callable[[_Scored], float],
) -> int:
    """Second pass (collective): a name's rarity counts the *other people* who carry it,
    and an account already joined to either side of a pair is one of those two people,
    not someone else.

    The first pass scores each pair alone: a name seen on four accounts (one person's
    Facebook, LinkedIn, Instagram and Quora) looks common to each of its pairs, since the
    two accounts not in the pair count as two more carriers. Once merges are known, a
    reviewed name match is scored again with the accounts already joined to either side
    left out of the word counts (``_Rarity.chance`` with those accounts after the pair);
    the score rises by log2(old chance / new chance) (evidence ``JOINED_TEXT``), so the
    review queue ranks it higher. A pair this lifts over a threshold (after sharing its
    odds with its rivals, ``rest_of``, as in the first pass) is **not** merged: it stays
    in the queue with ``blocked_by`` ``BLOCKED_BY_JOINED``. Such merges were right only
    22 of 30 times on planted samples (data/sample, seeds 11 and 12): when a second real
    person carries the name on a platform the pair does not cover yet, that namesake's
    account is the one being scored, and leaving the joined accounts out makes the name
    look rare (review12 ID-1). Accounts joined to *neither* side still count as other
    carriers. Returns the number of pairs lifted over a threshold.
    """
    lifted = 0
    for s in sorted(scored, key=lambda s: (-s.score, s.a, s.b)):
        pair = (s.a, s.b)
        if outcome.get(pair) != "review" or s.rule not in JOINED_RULES or s.name_shared:
            continue
        root_a, root_b = clusters.find(s.a), clusters.find(s.b)
        if root_a == root_b:
            continue
        joined = tuple(sorted((clusters.members[root_a] | clusters.members[root_b]) - {s.a, s.b}))
        if not joined:
            continue
        words = set(s.core)
        if not any(words & rarity.words[k] for k in joined):
            continue
        chance = rarity.chance(s.core, accounts.platform[s.b], (s.a, s.b, *joined))
        bits = math.log2(PRIOR_OVERLAP / chance) - s.rarity_bits
        if bits <= 0.0:
            continue
        s.score += bits
        s.evidence.append(
            f"{JOINED_TEXT} ({len(joined)} account(s) already joined to these two people "
            f"carry its words; name rarity now {chance:.2g} by chance, {bits:+.1f})"
        )
        against = s.score - math.log2(1.0 + rest_of(s))
        if not s.merges(against, *thresholds):
            continue
        conflict = clusters.conflict(s.a, s.b, one_per_platform=True)
        if conflict is not None:
            s.blocked_by = CONFLICT_REASON[conflict]
            continue
        # lifted over a threshold by the recount alone: a question, not a merge
        s.blocked_by = BLOCKED_BY_JOINED
        s.evidence.append(f"not merged: {BLOCKED_BY_JOINED}")
        lifted += 1
    return lifted
