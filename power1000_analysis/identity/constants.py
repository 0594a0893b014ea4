"""Thresholds, weights and file columns of identity resolution, in one place."""

from __future__ import annotations

import math
from typing import Literal

#: log2 odds for an automatic merge: posterior ≥ 0.95.
AUTO_SCORE = math.log2(0.95 / 0.05)
#: log2 odds for an automatic merge of an address-book card's whole-name match (exact,
#: middle name, nickname, a handle that writes both words; not fuzzy, initial, cut or
#: one-word matches) by its score without connection dates, when the dates (cards carry
#: none; those of accounts already joined to either side may speak) are not against it:
#: posterior >= 0.8 (``_Scored.card_threshold``). Such pairs' scores are too low: on the generator's
#: seeds 7-10 (chosen there; data/sample and seeds 11-14 held out, bench/README.md issue
#: #6) card pairs scored 1-4 bits were one person 94-97 % of the time, where pairs with
#: connection dates at the same scores were 58-76 %. A card is typed by the user for
#: someone they know, and a namesake rarely gets one.
AUTO_SCORE_CARD = 2.0
#: log2 odds for an automatic merge of an exact full-name match whose name no platform of
#: the user's contacts carries twice, when the connection dates do not speak against it
#: (``_Scored.unshared_threshold``): posterior >= 0.925. Name rarity learnt from the
#: user's own contacts: one platform's accounts are different people, so two accounts of
#: one name on a platform prove the name shared, and such a name needs the full
#: ``AUTO_SCORE``. On the generator whose namesakes carry names by their frequency
#: (session 7, bench/README.md issue #6) queued exact pairs at 3.5-4.25 bits were one
#: person ~89 % of the time when no platform showed the name twice, ~43 % when one did.
#: Without the dates condition the rule merged pairs whose dates spoke against them (most
#: of its recall on the persona, +0.8 to +1.7 points) but cost the 20k names-and-dates
#: bench 2.4 points of precision (0.890 -> 0.866), so a contradicting date keeps the bar.
AUTO_SCORE_UNSHARED = math.log2(0.925 / 0.075)
#: candidates scoring below this (posterior < ~3 %) are not worth a user's time.
REVIEW_SCORE = -5.0
#: rules that only ever propose a pair for review, however high they score: given names
#: that merely start alike are as often two relatives as a nickname no dataset knows; a
#: handle that names one word of a name (``nathalie86``, ``krzysztof.travels``) is as
#: often anyone else of that given name (on data/sample 31 of its 35 candidates were)
REVIEW_ONLY_RULES = frozenset(
    {"name_prefix", "name_given_initial", "handle_names_word", "shared_contact", "name_homophone"}
)
#: the rule of a pair whose only link is a shared e-mail address or phone number (a
#: *contact point*, which a family, a couple or an office shares) where the names do not
#: show one person (different given names), or of two accounts of one platform (one address
#: book: the export itself keeps them apart) whose names do not agree: a question for the
#: review queue, never merged automatically (``scoring._contact_point_question``)
SHARED_CONTACT_RULE = "shared_contact"
#: its score (log2 odds, posterior 0.2): a question worth asking, below any automatic merge.
#: On data/sample no exact pair had names that differ (all 44 e-mail/URL merges were right).
SHARED_CONTACT_SCORE = -2.0
#: ``blocked_by`` of such pairs
BLOCKED_BY_NAMES = "shares an e-mail or phone, but the names differ (a family, an office?)"
BLOCKED_BY_SAME_SOURCE = "two accounts of one platform or address book, names not alike"
#: why a review-only rule's pair stays in the queue however high it scores (its
#: ``blocked_by``; the evidence says "not merged: " and the reason)
REVIEW_ONLY_REASON = {
    "name_prefix": "given names only start alike",
    "name_given_initial": "given names only start alike",
    "handle_names_word": "a handle naming one word of a name is only a question",
    "name_homophone": "names written in different characters that only sound alike",
}
#: ``blocked_by`` of a pair whose odds, shared with another candidate of either account on
#: the other's platform, fall below the threshold its own score reaches
BLOCKED_BY_RIVAL = "another account on the same platform fits too"
#: ``blocked_by`` of a pair whose two people already hold an account of one platform
BLOCKED_BY_PLATFORM = "would put two accounts of one platform in one person"
#: ``blocked_by`` of a pair whose merge would join accounts the user called different
BLOCKED_BY_DECISION = "would contradict your decision that two accounts are different"
#: ``_Clusters.conflict``'s answer → ``blocked_by``
CONFLICT_REASON = {"platform": BLOCKED_BY_PLATFORM, "decision": BLOCKED_BY_DECISION}
#: prior that a person seen on one platform is also among the contacts on another.
PRIOR_OVERLAP = 0.3
#: bounds and EM rounds of the per-platform-pair overlap (``_platform_priors``).
PRIOR_MIN, PRIOR_MAX, PRIOR_ROUNDS, PRIOR_PSEUDO = 0.01, 0.9, 8, 20.0
#: activity evidence (``_activity_support``): pairs this sure teach it, from this many
#: accounts per platform, at most this many bits per account.
ANCHOR_SCORE, MIN_ANCHORS, ACTIVITY_CAP = 8.0, 20, 2.0
#: evidence weights (log2 Bayes factors); names' weights are penalties for looser matches.
NAME_LEVEL_WEIGHT = {
    "exact": 0.0,
    "middle": -0.5,
    "nickname": -1.0,
    "fuzzy": -2.0,
    "prefix": -2.0,
    "initial": -3.0,
    "given_initial": -3.0,
    "handle": -1.5,
    # two names written in CJK characters that differ but transliterate alike (李娜 ~ 黎娜):
    # review only (``names._compare``); as loose as an initial
    "homophone": -3.0,
    # a handle that names one word only (``nathalie86``): the word's rarity, less a loose
    # match's penalty (as for an initial)
    "handle_word": -3.0,
}
EXACT_WEIGHT = 20.0
SAME_HANDLE_WEIGHT = 3.0
HANDLE_FITS_WEIGHT = 1.0
#: timing model (see ``_timing_weight``): share of one person's cross-platform pairs
#: connected together, mean gap in days, and the cap of the evidence in bits.
TOGETHER_SHARE = 0.5
CONNECTED_TOGETHER_DAYS = 14.0
TIMING_CAP = 6.0
#: learning the timing model (``_timing_model``): EM rounds, pseudo-pairs at the defaults,
#: bounds of the share connected together and of its mean gap in days.
TIMING_ROUNDS, TIMING_PSEUDO = 20, 10.0
#: the sure name matches that the timing models and the activity ratio learn from are
#: scored by what the other folds teach (``support._timing_models``, ``_activity_support``):
#: this many folds, a pair's (an account's) by a hash of its accounts (``support._fold``).
#: Kept below ``MIN_ANCHORS``, so that a model that speaks has sure pairs beyond any fold.
ANCHOR_FOLDS = 10
TIMING_SHARE_BOUNDS, TIMING_MEAN_BOUNDS = (0.05, 0.95), (1.0, 120.0)
TIME_WINDOW_DAYS = 30.0
SHARED_THREAD_WEIGHT = 2.0
FUZZY_CUTOFF = 85.0
#: blocking keys shared by more accounts than this are left out (the pairs they alone would
#: offer share only a common word and an initial; ``bench/bench_identity.py`` reports the
#: true pairs this loses).
BLOCK_CAP = 400
DECISION_COLUMNS = (
    "decision",
    "platform_a",
    "contact_key_a",
    "platform_b",
    "contact_key_b",
    "note",
    "decided_at",
)
Decision = Literal["same", "different"]
