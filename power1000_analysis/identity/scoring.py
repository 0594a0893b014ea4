"""Scoring: name rarity and a pair's evidence (exact tokens, names, handles, connection
dates) as log2 odds that two accounts are one person."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from power1000_analysis.identity.accounts import _Accounts
from power1000_analysis.identity.constants import (
    AUTO_SCORE_UNSHARED,
    BLOCKED_BY_NAMES,
    BLOCKED_BY_SAME_SOURCE,
    CONNECTED_TOGETHER_DAYS,
    EXACT_WEIGHT,
    HANDLE_FITS_WEIGHT,
    NAME_LEVEL_WEIGHT,
    PRIOR_OVERLAP,
    REVIEW_ONLY_RULES,
    SAME_HANDLE_WEIGHT,
    SHARED_CONTACT_RULE,
    SHARED_CONTACT_SCORE,
    TIMING_CAP,
    TOGETHER_SHARE,
)
from power1000_analysis.identity.names import (
    _compare,
    _handle_key,
    _handle_word,
    _nick_keys,
    _nicknames_of,
    _Spelling,
    _spellings,
)

#: name-comparison levels at which two names can be one person's (``_names_agree``)
_AGREEING_LEVELS = frozenset({"exact", "middle", "nickname", "fuzzy", "initial"})
#: exact tokens that are *contact points* (a family's e-mail, an office's phone), not an
#: account's own identity (a profile URL, a handle)
_CONTACT_POINTS = ("email:", "phone:")

#: name-comparison levels that write every word in full (see ``_Scored.whole_name``)
_WHOLE_NAME_LEVELS = frozenset({"exact", "middle", "nickname", "handle"})


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
    #: full name (``_Name.key``) → the most accounts carrying it on any one platform, for
    #: names some platform shows at least twice: the user's own contacts prove that many
    #: different people carry it (one platform's accounts are different people)
    carriers: dict[str, int] = field(default_factory=dict)
    _prefix_counts: dict[str, int] = field(default_factory=dict, repr=False)

    def shared(self, key: str) -> bool:
        """Whether the user's contacts prove that two or more people carry the full name
        ``key``: some platform has two accounts of that name (:attr:`carriers`)."""
        return self.carriers.get(key, 1) >= 2

    def probability(
        self, core: Sequence[str], drop: Sequence[int] = (), extra: Sequence[float] = ()
    ) -> float:
        """Chance that a random account carries these words (``drop``: how many of the
        counted accounts to leave out, per word; ``extra``: shares of further evidence,
        such as :meth:`prefix_share`). Words of one name are not independent (``Thu
        Trang`` comes as a unit), so only the two commonest count."""
        drops = list(drop) or [0] * len(core)
        shares = sorted(
            [
                (max(self.counts.get(w, 0) - d, 0) + 1) / (self.total + 1)
                for w, d in zip(core, drops, strict=True)
            ]
            + list(extra),
            reverse=True,
        )
        p = 1.0
        for share in shares[:2]:
            p *= share
        return p

    def chance(
        self,
        core: Sequence[str],
        platform: str,
        pair: tuple[int, ...] | None = None,
        prefix: str = "",
    ) -> float:
        """Expected number of accounts on ``platform`` that carry these words by chance
        (other than the ``pair`` of accounts compared, and any further accounts given after
        them: accounts already joined to the pair's two people), and a word starting with
        ``prefix`` when given (a handle that writes only its first letters)."""
        drop: list[int] = []
        if pair is not None and self.words:
            drop = [sum(w in self.words[k] for k in pair) for w in core]
        extra = [self.prefix_share(prefix, pair)] if prefix else []
        lift = self.lift if len(core) + len(extra) > 1 else 1.0
        p = self.probability(core, drop, extra)
        return max(self.per_platform.get(platform, 1) * p * lift, 1e-6)

    def prefix_share(self, prefix: str, pair: tuple[int, ...] | None = None) -> float:
        """Share of named accounts with a word that starts with ``prefix`` (``pfe``: the
        Pfeiffers, Pfeils and Pfennigs), other than the ``pair``'s own accounts: what a
        handle that writes only a word's first letters (``leonie_pfe17``) tells."""
        if not self._prefix_counts:
            for word, count in self.counts.items():
                for n in range(1, min(len(word), 4) + 1):
                    self._prefix_counts[word[:n]] = self._prefix_counts.get(word[:n], 0) + count
        seen = self._prefix_counts.get(prefix, 0)
        if pair is not None and self.words:
            seen -= sum(any(w.startswith(prefix) for w in self.words[k]) for k in pair)
        return (max(seen, 0) + 1) / (self.total + 1)


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
    carriers: dict[str, int] = {}
    for keys in keys_by_platform.values():
        for name_key, count in keys.items():
            if count >= 2 and count > carriers.get(name_key, 0):
                carriers[name_key] = count
    return _Rarity(dict(counts), total, dict(per_platform), lift, account_words, carriers)


@dataclass
class _Scored:
    a: int
    b: int
    score: float
    rule: str
    evidence: list[str]
    exact: bool
    #: the bits the connection dates added (the pair's own, or those of accounts already
    #: joined to each side); None while no date has spoken
    date_weight: float | None = None
    #: one side is an address-book card
    card: bool = False
    #: the dates that spoke are a first interaction standing in for a missing connection
    #: date (``support._timing_support``)
    touch: bool = False
    #: the match writes every word of a name in full (an exact, middle-name, nickname or
    #: handle-read match, or a handle spelling both words): the kind ``AUTO_SCORE_CARD``
    #: was calibrated on; fuzzy, initial, cut and one-word matches are not
    whole_name: bool = False
    #: an exact full-name match whose name no platform of the user's contacts shows twice
    #: (``_Rarity.shared``): nothing in the user's data says anyone else carries it, so it
    #: merges at ``AUTO_SCORE_UNSHARED`` (:meth:`unshared_threshold`)
    unshared: bool = False
    #: why a pair that reaches an automatic merge's threshold stays in the review queue, in
    #: plain words (``constants.BLOCKED_BY_*`` or ``REVIEW_ONLY_REASON``); "" when it does
    #: not reach one (or merged)
    blocked_by: str = ""
    #: the name words whose rarity scored a name match (``_compare``'s core) and the bits
    #: that rarity gave (``log2(PRIOR_OVERLAP / chance)``); empty for other rules. Used to
    #: count again, once merges are known, who else carries the name
    #: (``support._joined_carriers``)
    core: tuple[str, ...] = ()
    rarity_bits: float = 0.0
    #: either side's full name is carried twice on some platform (``_Rarity.shared``)
    name_shared: bool = False

    def add_dates(self, weight: float) -> None:
        """Add the connection dates' evidence (``weight`` bits) to the score."""
        self.score += weight
        self.date_weight = (self.date_weight or 0.0) + weight

    def reaches(
        self,
        score: float,
        auto_score: float,
        auto_score_card: float,
        auto_score_unshared: float = AUTO_SCORE_UNSHARED,
    ) -> bool:
        """Whether ``score`` (the pair's score after rivals) reaches an automatic merge's
        threshold, review-only rules aside: ``auto_score``, :meth:`card_threshold` or
        :meth:`unshared_threshold`."""
        return (
            score >= auto_score
            or self.card_threshold(score, auto_score_card)
            or self.unshared_threshold(score, auto_score_unshared)
        )

    def unshared_threshold(self, score: float, auto_score_unshared: float) -> bool:
        """Whether ``score`` reaches the threshold of an exact full-name match whose name no
        platform of the user's contacts carries twice (``AUTO_SCORE_UNSHARED``) and whose
        connection dates, if any spoke, do not speak against it: name rarity learnt from
        the user's own contacts lowers the bar only when nothing contradicts the match; a
        name proven shared (two accounts of it on one platform) needs the full
        ``AUTO_SCORE``."""
        return self.unshared and (self.date_weight or 0.0) >= 0.0 and score >= auto_score_unshared

    def card_threshold(self, score: float, auto_score_card: float) -> bool:
        """Whether ``score`` reaches the card threshold: a whole-name match with an
        address-book card (``AUTO_SCORE_CARD``, calibrated on card pairs no date spoke
        for or against) whose score *without* the dates reaches ``auto_score_card`` and
        whose dates, if any spoke, do not speak against it (supporting dates must not
        raise the bar)."""
        if not (self.card and self.whole_name):
            return False
        dates = self.date_weight or 0.0
        return dates >= 0.0 and score - dates >= auto_score_card

    def merges(
        self,
        score: float,
        auto_score: float,
        auto_score_card: float,
        auto_score_unshared: float = AUTO_SCORE_UNSHARED,
    ) -> bool:
        """Whether ``score`` (the pair's score after rivals) merges it automatically
        (:meth:`reaches`; never for review-only rules)."""
        return (
            self.reaches(score, auto_score, auto_score_card, auto_score_unshared)
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
        question = _contact_point_question(i, j, shared, accounts)
        if question is not None:
            evidence.append(f"not merged: {question}")
            return _Scored(
                i,
                j,
                SHARED_CONTACT_SCORE,
                SHARED_CONTACT_RULE,
                evidence,
                False,
                blocked_by=question,
            )
        return _Scored(i, j, EXACT_WEIGHT, "exact", evidence, True)

    best: tuple[float, str, list[str]] | None = None
    whole = False
    unshared = False
    core_words: tuple[str, ...] = ()
    core_bits = 0.0
    name_shared = False
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
                whole = level in _WHOLE_NAME_LEVELS
                unshared = level == "exact" and not rarity.shared(name_a.key)
                core_words, core_bits = tuple(core), math.log2(PRIOR_OVERLAP / chance)
                name_shared = rarity.shared(name_a.key) or rarity.shared(name_b.key)
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
        # both words (``annalee``), or the family word and an initial (``leea``, ``alee``:
        # about one account in ten with that family word shares the initial), or the given
        # name and the family word's first letters (``leonie_pfe17``: as likely as the
        # given name times the share of accounts with a word starting so, like a word)
        handle, (proved, cut) = found
        chance = rarity.chance(proved, accounts.platform[j], (i, j), prefix=cut)
        if cut:
            best = (
                math.log2(PRIOR_OVERLAP / chance) + NAME_LEVEL_WEIGHT["handle"],
                "handle_abbreviates_name",
                [
                    f"handle {handle} spells the other's given name + first {len(cut)} "
                    "letters of the family name",
                    f"name rarity: {chance:.2g} by chance",
                ],
            )
        else:
            chance *= 0.1 if len(proved) == 1 else 1.0
            whole = len(proved) > 1
            best = (
                math.log2(PRIOR_OVERLAP / chance) + NAME_LEVEL_WEIGHT["handle"],
                "handle_spells_name",
                [
                    f"handle {handle} spells the other's name",
                    f"name rarity: {chance:.2g} by chance",
                ],
            )
    elif best is None:
        best = (0.0, "same_handle", [])
    score, rule, evidence = best
    if same_handle and rule.startswith("name_"):
        # the same handle on two platforms and names that agree: exact evidence
        evidence.insert(0, "same handle " + ", ".join(sorted(same_handle)))
        return _Scored(i, j, EXACT_WEIGHT / 2, "same_handle", evidence, True, whole_name=whole)
    if same_handle:
        score += SAME_HANDLE_WEIGHT
        evidence.append("same handle " + ", ".join(sorted(same_handle)))
    elif fits and rule not in ("handle_spells_name", "handle_abbreviates_name"):
        score += HANDLE_FITS_WEIGHT
        evidence.append(f"handle {fits} spells the name")
    # the connection dates are added by ``_timing_support`` once their model is learnt
    named = rule.startswith("name_")
    return _Scored(
        i,
        j,
        score,
        rule,
        evidence,
        False,
        whole_name=whole,
        unshared=unshared,
        core=core_words if named else (),
        rarity_bits=core_bits if named else 0.0,
        name_shared=name_shared,
    )


def _names_agree(i: int, j: int, accounts: _Accounts) -> bool | None:
    """Whether the two accounts' person names (not their handles) can be one person's:
    True when some pair compares at an agreeing level (exact, middle name, nickname, typo,
    initial) or a one-word name is one of the other's words; None when either side has no
    name, or only one-word names (a card called "Mum"): the names cannot tell; False
    otherwise (Anna Schmidt ~ Lena Schmidt: different given names)."""
    mine = [n for n in accounts.names[i] if n.source == "name"]
    theirs = [n for n in accounts.names[j] if n.source == "name"]
    if not mine or not theirs:
        return None
    for name_a in mine:
        for name_b in theirs:
            if _compare(name_a, name_b)[0] in _AGREEING_LEVELS:
                return True
            short, long = sorted((name_a, name_b), key=lambda n: len(n.words))
            if len(short.words) == 1 and not short.initials:
                keys = _nick_keys(short.words[0])
                if any(not keys.isdisjoint(_nick_keys(w)) for w in long.words):
                    return True
    if all(len(n.words) < 2 for n in mine) or all(len(n.words) < 2 for n in theirs):
        return None
    return False


def _contact_point_question(i: int, j: int, shared: set[str], accounts: _Accounts) -> str | None:
    """Why exact tokens shared by accounts ``i`` and ``j`` must not merge them on their own
    (the pair's ``blocked_by``), or None when they may.

    A shared e-mail address or phone number is a *contact point*: a family's e-mail, a
    couple's landline, an office switchboard are on several people's cards (Anna, Lena and
    Johann Schmidt sharing ``familie.schmidt@…`` and the home phone). It is proof only where
    the names do not contradict it (``_names_agree`` not False); a shared profile URL or
    handle names the account itself and stays proof. Two accounts of one platform (one
    address book: its loader keeps them apart as different cards) are never merged by a
    shared token alone: only when their names agree (a card entered twice)."""
    if accounts.platform[i] == accounts.platform[j]:
        return None if _names_agree(i, j, accounts) is True else BLOCKED_BY_SAME_SOURCE
    points_only = all(token.startswith(_CONTACT_POINTS) for token in shared)
    if points_only and _names_agree(i, j, accounts) is False:
        return BLOCKED_BY_NAMES
    return None


@dataclass(frozen=True)
class _Timing:
    """The connection-date model: the ``share`` of one person's cross-platform pairs that
    were connected together, with an exponential gap of ``mean_days``; learnt from
    ``anchors`` sure pairs (0: too few, the defaults ``TOGETHER_SHARE`` and
    ``CONNECTED_TOGETHER_DAYS``)."""

    share: float = TOGETHER_SHARE
    mean_days: float = CONNECTED_TOGETHER_DAYS
    anchors: int = 0
    #: learnt without the scored pair's fold: the pair is one of the sure pairs the full
    #: model learns from (``support._timing_models``)
    held_out: bool = False

    def describe(self, together: str = "connected together") -> str:
        """The model in words; ``together`` names what the share counts (connection dates
        by default; the first-interaction model passes its own)."""
        other = "other " if self.held_out else ""
        source = f"learnt from {self.anchors} {other}sure pairs" if self.anchors else "assumed"
        return f"{source}: {self.share:.0%} {together}, ~{self.mean_days:.0f} days apart"


def _gap_and_density(i: int, j: int, accounts: _Accounts) -> tuple[float, float] | None:
    """Days between the two accounts' connection dates, and how densely ``j``'s platform's
    connections fall around ``i``'s date (``_Accounts.time_density``); None without both
    dates. Shared by the timing evidence and the learning of its model."""
    ti, tj = accounts.connected[i], accounts.connected[j]
    if math.isnan(ti) or math.isnan(tj):
        return None
    return abs(ti - tj), accounts.time_density(j, ti)


def _touch_gap(i: int, j: int, accounts: _Accounts) -> tuple[float, float] | None:
    """Days between one account's *first interaction* and the other's connection date, and
    the density of the dated platform's connections around that interaction, when one side
    has no connection date but interactions, and the other has a date. Any platform's
    undated accounts count (X, whose export has no dates; Mastodon; Instagram accounts
    without a follow date), under one shared model. The first interaction follows the
    connection by days or weeks (a tie's intensity is highest when it forms), so it stands
    in for the missing date, with its own model learnt from the user's sure pairs alone
    (``support._timing_model(..., _touch_gap, pseudo_pairs=0)``: no default)."""
    touch = accounts.first_touch
    if touch is None:
        return None
    for undated, dated in ((i, j), (j, i)):
        if (
            math.isnan(accounts.connected[undated])
            and not math.isnan(touch[undated])
            and not math.isnan(accounts.connected[dated])
        ):
            day = touch[undated]
            return abs(day - accounts.connected[dated]), accounts.time_density(dated, day)
    return None


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
    return _ratio_bits(gap, density, model), gap


def _ratio_bits(gap: float, density: float, model: _Timing) -> float:
    """log2 likelihood ratio of a gap of ``gap`` days under ``model`` against ``density``
    (at most ``TIMING_CAP`` bits)."""
    same = model.share * math.exp(-gap / model.mean_days) / model.mean_days
    ratio = same / density + (1 - model.share)
    return min(math.log2(ratio), TIMING_CAP)


def _handle_fits(i: int, j: int, accounts: _Accounts) -> tuple[str, _Spelling] | None:
    """A handle of account i that spells one of account j's names, and what it proves
    (whole spellings before cut ones, then the most words)."""
    if not accounts.handles[i]:
        return None
    spelled: dict[str, str] = {}
    for h in sorted(accounts.handles[i]):  # sorted: two handles of one key, the first wins
        if len(_handle_key(h)) >= 4:
            spelled.setdefault(_handle_key(h), h)
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
            best = max(sorted(hit), key=lambda h: (not spellings[h].cut, len(spellings[h].words)))
            return spelled[best], spellings[best]
    return None


def _handle_names_word(i: int, j: int, accounts: _Accounts) -> tuple[str, str, int] | None:
    """A handle of account i that is one word of account j's name plus digits or another
    word (:func:`_handle_word`, or the handle's letters alone: ``nathalie86``), the word,
    and j. Not when the handle belongs to account i's own name: the word is one of its
    words, a nickname or canonical of one (``maggie_hay49`` of Margaret Hayes), or the
    handle spells it (the names were compared)."""
    if not accounts.handles[i]:
        return None
    own_names = [name for name in accounts.names[i] if name.source == "name"]
    own: set[str] = set()
    own_spellings: set[str] = set()
    for name in own_names:
        own_spellings.update(_spellings(name))
        for w in name.words:
            own |= {w} | _nick_keys(w) | _nicknames_of(w)
    words: dict[str, str] = {}
    for handle in sorted(accounts.handles[i]):
        if _handle_key(handle) in own_spellings:
            continue
        for word in (_handle_word(handle), _handle_key(handle)):
            if (
                word is not None
                and len(word) >= 4
                and word not in own
                and _nick_keys(word).isdisjoint(own)
            ):
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
