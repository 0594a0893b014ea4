"""Scoring: name rarity and a pair's evidence (exact tokens, names, handles, connection
dates) as log2 odds that two accounts are one person."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from power1000_analysis.identity.accounts import _Accounts
from power1000_analysis.identity.constants import (
    CONNECTED_TOGETHER_DAYS,
    EXACT_WEIGHT,
    HANDLE_FITS_WEIGHT,
    NAME_LEVEL_WEIGHT,
    PRIOR_OVERLAP,
    REVIEW_ONLY_RULES,
    SAME_HANDLE_WEIGHT,
    TIMING_CAP,
    TOGETHER_SHARE,
)
from power1000_analysis.identity.names import _compare, _handle_key, _handle_word, _spellings


@dataclass
class _Rarity:
    """Word frequencies over all named accounts, calibrated by within-platform repeats.

    The question a shared name asks is how many *other* people carry it, so a pair's own
    accounts are left out of the counts (:meth:`chance` with ``pair``): a rare family name
    seen only on the two accounts compared is as rare as a word seen once."""

    counts: dict[str, int]
    total: int
    per_platform: dict[str, int]
    lift: float
    words: list[frozenset[str]] = field(default_factory=list)

    def probability(self, core: Sequence[str], drop: Sequence[int] = ()) -> float:
        """Chance that a random account carries these words (``drop``: how many of the
        counted accounts to leave out, per word). Words of one name are not independent
        (``Thu Trang`` comes as a unit), so only the two commonest count."""
        drops = list(drop) or [0] * len(core)
        shares = sorted(
            (
                (max(self.counts.get(w, 0) - d, 0) + 1) / (self.total + 1)
                for w, d in zip(core, drops, strict=True)
            ),
            reverse=True,
        )
        p = 1.0
        for share in shares[:2]:
            p *= share
        return p

    def chance(
        self, core: Sequence[str], platform: str, pair: tuple[int, int] | None = None
    ) -> float:
        """Expected number of accounts on ``platform`` that carry these words by chance
        (other than the ``pair`` of accounts compared)."""
        drop: list[int] = []
        if pair is not None and self.words:
            drop = [sum(w in self.words[k] for k in pair) for w in core]
        lift = self.lift if len(core) > 1 else 1.0
        return max(self.per_platform.get(platform, 1) * self.probability(core, drop) * lift, 1e-6)


def _rarity(accounts: _Accounts) -> _Rarity:
    counts: dict[str, int] = defaultdict(int)
    per_platform: dict[str, int] = defaultdict(int)
    keys_by_platform: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    account_words: list[frozenset[str]] = []
    named = 0
    for i, names in enumerate(accounts.names):
        person_names = [n for n in names if n.source == "name"] or names
        words = frozenset(w for n in person_names for w in n.words)
        account_words.append(words)
        if not person_names:
            continue
        named += 1
        per_platform[accounts.platform[i]] += 1
        for word in words:
            counts[word] += 1
        keys_by_platform[accounts.platform[i]][person_names[0].key] += 1
    total = max(named, 1)
    # Within one platform, accounts are different people: their same-name coincidences show
    # how much likelier a shared full name is than independent word frequencies suggest
    # (given and family names come together from one culture). Expected coincidences are
    # counted the way pairs are scored: each account's own words left out.
    observed = expected = 0.0
    rarity = _Rarity(dict(counts), total, dict(per_platform), 1.0)
    for platform, keys in keys_by_platform.items():
        size = per_platform[platform]
        for name_key, count in keys.items():
            name_words = name_key.split()
            if len(name_words) < 2:
                continue
            observed += count * (count - 1) / 2
            leave_out = rarity.probability(name_words, [1] * len(name_words))
            expected += count * (size - 1) * leave_out / 2
    lift = max(1.0, observed / expected) if expected > 0 else 1.0
    return _Rarity(dict(counts), total, dict(per_platform), lift, account_words)


@dataclass
class _Scored:
    a: int
    b: int
    score: float
    rule: str
    evidence: list[str]
    exact: bool
    #: connection dates spoke (the pair's own, or of accounts already joined to each side)
    dated: bool = False
    #: one side is an address-book card
    card: bool = False

    def threshold(self, auto_score: float, auto_score_card: float) -> float:
        """The automatic-merge threshold of this pair: ``auto_score_card`` for an
        address-book card whose pair no connection date speaks for or against (see
        ``AUTO_SCORE_CARD``), ``auto_score`` otherwise."""
        return auto_score_card if self.card and not self.dated else auto_score

    def merges(self, score: float, auto_score: float, auto_score_card: float) -> bool:
        """Whether ``score`` (the pair's score after rivals) merges it automatically (at
        least :meth:`threshold`; never for review-only rules)."""
        return (
            score >= self.threshold(auto_score, auto_score_card)
            and self.rule not in REVIEW_ONLY_RULES
        )


def _score(i: int, j: int, accounts: _Accounts, rarity: _Rarity) -> _Scored | None:
    shared: set[str] = set()
    if (accounts.exact[i] or accounts.listed[i]) and (accounts.exact[j] or accounts.listed[j]):
        shared = (accounts.exact[i] & accounts.exact[j]) | (accounts.exact[i] & accounts.listed[j])
        shared |= accounts.listed[i] & accounts.exact[j]
        shared = {
            s
            for s in shared
            if not s.startswith("handle:")
            or s.split(":")[1] in (accounts.platform[i], accounts.platform[j])
        }
    # the same handle on two platforms is strong but not proof (different people can pick it)
    same_handle: set[str] = set()
    if accounts.handles[i] and accounts.handles[j]:
        same_handle = {
            h
            for h in accounts.handles[i] & accounts.handles[j]
            if len(h) >= 6 and accounts.platform[i] != accounts.platform[j]
        }
    evidence: list[str] = []
    if shared:
        evidence = [f"shares {s.split(':', 1)[0]} {s.split(':', 1)[1]}" for s in sorted(shared)]
        return _Scored(i, j, EXACT_WEIGHT, "exact", evidence, True)

    best: tuple[float, str, list[str]] | None = None
    for name_a in accounts.names[i]:
        for name_b in accounts.names[j]:
            if name_a.source == "handle" and name_b.source == "handle":
                continue  # two handles that read alike are the same-handle rule's business
            level, core = _compare(name_a, name_b)
            if level is None:
                continue
            if level in ("prefix", "given_initial") and "handle" in (name_a.source, name_b.source):
                continue  # ``leonie_pfe17``: a family word cut short, the spellings' business
            if "handle" in (name_a.source, name_b.source) and level == "exact":
                level = "handle"
            chance = rarity.chance(core, accounts.platform[j], (i, j))
            value = math.log2(PRIOR_OVERLAP / chance) + NAME_LEVEL_WEIGHT[level]
            if best is None or value > best[0]:
                text = f"names '{' '.join(name_a.words)}' ~ '{' '.join(name_b.words)}' ({level})"
                best = (value, f"name_{level}", [text, f"name rarity: {chance:.2g} by chance"])
    found = _handle_fits(i, j, accounts) or _handle_fits(j, i, accounts)
    fits = found[0] if found else None
    if best is None and found is None and not same_handle:
        # a handle that names one word of the other's name (``nathalie86`` ~ Nathalie
        # Hautville): as likely as any account carrying that word, and a looser match
        word_hit = _handle_names_word(i, j, accounts) or _handle_names_word(j, i, accounts)
        if word_hit is None:
            return None
        handle, word, other = word_hit
        chance = rarity.chance((word,), accounts.platform[other], (i, j))
        return _Scored(
            i,
            j,
            math.log2(PRIOR_OVERLAP / chance) + NAME_LEVEL_WEIGHT["handle_word"],
            "handle_names_word",
            [
                f"handle word '{word}' ({handle}) is one word of the other's name",
                f"name rarity: {chance:.2g} by chance",
            ],
            False,
        )
    if best is None and not (same_handle and fits):
        if found is None:
            return None
        # a handle that spells the other's name, with nothing else to compare: it proves
        # both words (``annalee``) or the family word and an initial (``leea``, ``alee``:
        # about one account in ten with that family word shares the initial)
        handle, proved = found
        chance = rarity.chance(proved, accounts.platform[j], (i, j))
        chance *= 0.1 if len(proved) == 1 else 1.0
        best = (
            math.log2(PRIOR_OVERLAP / chance) + NAME_LEVEL_WEIGHT["handle"],
            "handle_spells_name",
            [f"handle {handle} spells the other's name", f"name rarity: {chance:.2g} by chance"],
        )
    elif best is None:
        best = (0.0, "same_handle", [])
    score, rule, evidence = best
    if same_handle and rule.startswith("name_"):
        # the same handle on two platforms and names that agree: exact evidence
        evidence.insert(0, "same handle " + ", ".join(sorted(same_handle)))
        return _Scored(i, j, EXACT_WEIGHT / 2, "same_handle", evidence, True)
    if same_handle:
        score += SAME_HANDLE_WEIGHT
        evidence.append("same handle " + ", ".join(sorted(same_handle)))
    elif fits and rule != "handle_spells_name":
        score += HANDLE_FITS_WEIGHT
        evidence.append(f"handle {fits} spells the name")
    # the connection dates are added by ``_timing_support`` once their model is learnt
    return _Scored(i, j, score, rule, evidence, False)


@dataclass(frozen=True)
class _Timing:
    """The connection-date model: the ``share`` of one person's cross-platform pairs that
    were connected together, with an exponential gap of ``mean_days``; learnt from
    ``anchors`` sure pairs (0: too few, the defaults ``TOGETHER_SHARE`` and
    ``CONNECTED_TOGETHER_DAYS``)."""

    share: float = TOGETHER_SHARE
    mean_days: float = CONNECTED_TOGETHER_DAYS
    anchors: int = 0

    def describe(self) -> str:
        source = f"learnt from {self.anchors} sure pairs" if self.anchors else "assumed"
        return f"{source}: {self.share:.0%} connected together, ~{self.mean_days:.0f} days apart"


def _gap_and_density(i: int, j: int, accounts: _Accounts) -> tuple[float, float] | None:
    """Days between the two accounts' connection dates, and how densely ``j``'s platform's
    connections fall around ``i``'s date (``_Accounts.time_density``); None without both
    dates. Shared by the timing evidence and the learning of its model."""
    ti, tj = accounts.connected[i], accounts.connected[j]
    if math.isnan(ti) or math.isnan(tj):
        return None
    return abs(ti - tj), accounts.time_density(j, ti)


def _timing_weight(
    i: int, j: int, accounts: _Accounts, model: _Timing = _Timing()
) -> tuple[float, float] | None:
    """log2 likelihood ratio of the gap between the two connection dates.

    One person is often added on several platforms within days or weeks of meeting: a
    ``model.share`` of a person's cross-platform pairs are connected with an exponential gap
    of ``model.mean_days`` mean, the rest at unrelated times (:func:`_timing_model` learns
    both from the user's sure pairs). Different people's gaps follow how densely the other
    platform's connections fall around this date (measured on the user's own contacts). A
    short gap in a quiet period says a lot; a long gap a little against (at most
    log2(1 - share) bits)."""
    found = _gap_and_density(i, j, accounts)
    if found is None:
        return None
    gap, density = found
    same = model.share * math.exp(-gap / model.mean_days) / model.mean_days
    ratio = same / density + (1 - model.share)
    return min(math.log2(ratio), TIMING_CAP), gap


def _handle_fits(i: int, j: int, accounts: _Accounts) -> tuple[str, tuple[str, ...]] | None:
    """A handle of account i that spells one of account j's names, and the words it proves."""
    if not accounts.handles[i]:
        return None
    spelled = {_handle_key(h): h for h in accounts.handles[i] if len(_handle_key(h)) >= 4}
    # a handle that spells its own account's name (Quora and LinkedIn slugs are made from
    # it) says nothing the name does not say already
    for own in accounts.names[i]:
        if own.source == "name" and spelled:
            spelled = {k: h for k, h in spelled.items() if k not in _spellings(own)}
    if not spelled:
        return None
    for name in accounts.names[j]:
        if name.source != "name":
            continue
        spellings = _spellings(name)
        hit = spelled.keys() & spellings.keys()
        if hit:
            best = max(sorted(hit), key=lambda h: len(spellings[h]))
            return spelled[best], spellings[best]
    return None


def _handle_names_word(i: int, j: int, accounts: _Accounts) -> tuple[str, str, int] | None:
    """A handle of account i that is one word of account j's name plus digits or another
    word (:func:`_handle_word`, or the handle's letters alone: ``nathalie86``), the word,
    and j. Not when the word is in account i's own name (the names were compared)."""
    if not accounts.handles[i]:
        return None
    own = {w for name in accounts.names[i] if name.source == "name" for w in name.words}
    words: dict[str, str] = {}
    for handle in sorted(accounts.handles[i]):
        for word in (_handle_word(handle), _handle_key(handle)):
            if word is not None and len(word) >= 4 and word not in own:
                words.setdefault(word, handle)
    if not words:
        return None
    for name in accounts.names[j]:
        if name.source != "name":
            continue
        for word in name.words:
            if word in words:
                return words[word], word, j
    return None
