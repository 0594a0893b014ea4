"""Person resolution across platforms: which accounts belong to one genuine person.

``resolve_people(contacts, interactions, decisions=...)`` gives every contact a
``person_id`` and builds ``people`` (DESIGN.md §4). ``network.load`` runs it by default.

How accounts are linked, in this order (earlier steps always win):

1. **The user's decisions** (a CSV file, :func:`read_decisions`): "same" pairs are joined and
   "different" pairs can never end up in one person, whatever the rules below say.
2. **Exact evidence**: a shared e-mail address or phone number, the same profile URL, or a
   handle / URL that one account lists (an address-book card's ``urls``, a profile URL)
   pointing at the other account. Merged automatically, except where a shared e-mail or
   phone (a *contact point*: a family's e-mail, a home or office phone) joins accounts whose
   names differ (Anna ~ Lena Schmidt), or two accounts of one platform (one address book)
   whose names do not agree: such a pair is only a question for the review queue (rule
   ``shared_contact``, ``scoring._contact_point_question``).
3. **Names**, compared after normalisation (case, accents and scripts via ``anyascii``
   transliteration, one word per Chinese character, punctuation, emoji, word order, middle
   names and initials; transliteration bridges scripts, 李娜 ~ Li Na, but two names both
   written in Han, kana or hangul characters compare by their characters: 李娜 ~ 黎娜 sound
   alike and are only a question, rule ``name_homophone``), nicknames from the maintained
   ``nicknames`` dataset (Bob ~
   Robert), rapidfuzz similarity for typos, a shared family name with given names that
   start alike (Franzi ~ Franziska: review only), handles that spell the name
   (``gokhan.celik``, ``taylorb``, ``phuongtuannguyen``) or its given name and the family
   name's first three letters (``leonie_pfe17``: scored by the given name's rarity and the
   share of family names starting so), and handles that name one word of it plus digits or
   a word (``nathalie86``: a weak match, review only). A name match is scored as log2 odds
   that the two accounts are one person: the prior that someone on one platform is also on
   the other, against how many *other* accounts would carry the name by chance (its
   **rarity**: word frequencies in the user's own contacts leaving the pair's own accounts
   out, calibrated by the same-name coincidences seen *within* each platform, where
   accounts are distinct people).
4. **Behaviour and context**, each a log2 likelihood ratio added to a name match, never
   evidence on its own: the gap between the two connection dates (one person is often
   added on several platforms within days; about +6 bits for the same day in a quiet
   period down to -1 bit for years apart), with the share connected together and its
   typical gap learnt from the user's sure pairs (``_timing_model``; a sure name match
   is itself scored by the model learnt from the other sure pairs, ``_timing_models``,
   so that its own gap does not vouch for it); for an account
   without a date but with interactions (an X account) its first interaction instead, with
   its own lag model learnt from the user's sure pairs and unused without 20 of them
   (``scoring._touch_gap``, signal "interaction dates"); and for an account without either
   (an address-book card, a silent X follower) the dates of the accounts already joined to
   either side (``_person_timing``); whether the user interacts with each account
   (people known on several platforms are the people one talks to; the ratio is learnt
   from the user's sure pairs against the accounts that match no one elsewhere, a sure
   name match's own accounts getting the ratio learnt without them, and a side
   whose person is already joined to another platform does not count: its activity is
   explained either way, ``_activity_support``); the two platforms' overlap, learnt
   by EM from the candidates instead of a fixed prior (most address-book cards are
   Facebook friends, few X followers are on Quora; ``_platform_priors``); and group
   threads shared with people already linked across the same two platforms.

A candidate is merged automatically when its posterior is at least 0.95 (score ≥ log2 19;
for an address-book card's whole-name match, 0.8 by its score without connection dates
when no date speaks against it: a card's name matches are surer than their scores,
``AUTO_SCORE_CARD``; for an exact full-name match of a name that no platform of the user's
contacts carries twice, 0.925: the full name's rarity in the user's own contacts, where
two accounts of one name on one platform prove it shared, ``AUTO_SCORE_UNSHARED``;
``explain`` then says "name rarity decided") after sharing its odds with
every rival candidate of either account on the other's platform (one person has one account
per platform), and the merge keeps one account per platform per person. Then a second,
collective pass (``support._joined_carriers``): a name's rarity counts the *other people*
carrying it, and an account already joined to either side of a reviewed exact, handle or
nickname match (by exact evidence or a merge) is one of the pair's two people, so the
pair's rarity is counted again without those accounts (a name on one person's Facebook,
LinkedIn and Quora looked common to each pair in the first pass); the pair's score rises,
but a pair this lifts over its threshold is **not** merged: it waits in the review queue
(``blocked_by`` "rare only once accounts already joined are not counted"), as such merges
were right only 22 of 30 times on planted samples (a namesake's account on a platform the
pair does not cover yet looks like the name's only other carrier). Names some platform
carries twice are left alone. Every other candidate with a score above ``review_score``
goes to the review queue (:func:`review_queue`, most valuable questions first);
:func:`explain` says which signals decided.

Person ids are the ``platform:contact_key`` of the person's earliest-seen account (ties by
platform and key), so re-running, or adding a later snapshot, keeps the same ids for the
same people; a person who is one account keeps the id that account had before resolution.

Why not splink: it was evaluated (splink 5 on its DuckDB backend). Its Fellegi-Sunter model
with term-frequency adjustment is the same idea as step 3, but (a) it pulls duckdb + sqlglot
(tens of MB, ~1 s import) into every ``load``; (b) its EM estimation is unstable on one
person's few hundred true cross-platform pairs; (c) it has no notion of "one account per
platform per person", of nickname sets, of handles that spell a name or of user cannot-link
decisions, which we would have to bolt on around it anyway; (d) explaining a merge in plain
words is simpler with our own few named signals. The scoring here stays small and fully
explainable; rapidfuzz, anyascii and nicknames do the heavy lifting.

Modules (their public names are re-exported here; internals are imported from the
module that defines them):
``names`` (normalisation, nicknames, name comparison, handle spellings), ``accounts`` (what
each contact offers for matching), ``candidates`` (blocking), ``scoring`` (rarity and a pair's
evidence), ``support`` (activity, platform overlap, shared threads), ``decisions`` (the
user's file), ``clusters`` (union-find), ``resolve`` (:func:`resolve_people`), ``people``
(the people frame, per-platform counts), ``views`` (:func:`review_queue`, :func:`explain`)
and ``constants`` (thresholds and weights).

Example
-------
>>> import pandas as pd
>>> contacts = pd.DataFrame({
...     "platform": ["linkedin", "instagram"],
...     "contact_key": ["https://www.linkedin.com/in/jose-muller", "jose.muller"],
...     "name": ["José Müller", "Jose Muller"],
...     "handle": ["jose-muller", "jose.muller"],
...     "profile_url": [None, None], "email": ["jm@example.org", "jm@example.org"],
... })
>>> resolved = resolve_people(contacts)
>>> resolved.contacts["person_id"].nunique()
1
"""

from __future__ import annotations

from power1000_analysis.identity.constants import (
    ACTIVITY_CAP,
    ANCHOR_SCORE,
    AUTO_SCORE,
    AUTO_SCORE_CARD,
    AUTO_SCORE_UNSHARED,
    BLOCK_CAP,
    CONNECTED_TOGETHER_DAYS,
    DECISION_COLUMNS,
    EXACT_WEIGHT,
    FUZZY_CUTOFF,
    HANDLE_FITS_WEIGHT,
    MIN_ANCHORS,
    NAME_LEVEL_WEIGHT,
    PRIOR_MAX,
    PRIOR_MIN,
    PRIOR_OVERLAP,
    PRIOR_PSEUDO,
    PRIOR_ROUNDS,
    REVIEW_ONLY_RULES,
    REVIEW_SCORE,
    SAME_HANDLE_WEIGHT,
    SHARED_THREAD_WEIGHT,
    TIME_WINDOW_DAYS,
    TIMING_CAP,
    TOGETHER_SHARE,
    Decision,
)
from power1000_analysis.identity.decisions import (
    read_decisions,
    record_decision,
)
from power1000_analysis.identity.names import name_tokens
from power1000_analysis.identity.people import (
    people_by_platform,
    people_frame,
)
from power1000_analysis.identity.resolve import (
    CANDIDATE_COLUMNS,
    Resolution,
    resolve_people,
)
from power1000_analysis.identity.views import (
    explain,
    review_queue,
)

__all__ = [
    "AUTO_SCORE",
    "AUTO_SCORE_CARD",
    "AUTO_SCORE_UNSHARED",
    "DECISION_COLUMNS",
    "Resolution",
    "explain",
    "name_tokens",
    "people_by_platform",
    "read_decisions",
    "record_decision",
    "resolve_people",
    "review_queue",
]
