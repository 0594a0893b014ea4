"""Names: normalisation to words, nicknames, comparison levels, handles that spell a name."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from power1000_analysis.identity.constants import (
    FUZZY_CUTOFF,
)

_SPLIT = re.compile(r"[^a-z0-9]+")
_LETTERS = re.compile(r"[^a-z]+")


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> tuple[str, ...]:
    """Words of a display name: no emoji or symbols, transliterated to ASCII, lower case.

    Apostrophes join (``O'Connor`` → ``oconnor``); other punctuation splits; numbers go.

    Example
    -------
    >>> name_tokens("José Müller-Lößner 🎉")
    ('jose', 'muller', 'lossner')
    >>> name_tokens("Екатерина O'Connor")
    ('ekaterina', 'oconnor')

    Chinese characters are one syllable each (``谢春伟`` → ``xie chun wei``), so that a family
    name and given names written together still compare word by word.
    """
    from anyascii import anyascii

    kept = "".join(
        f" {ch} " if _is_ideograph(ch) else ch
        for ch in unicodedata.normalize("NFKC", name)
        if not unicodedata.category(ch).startswith(("S", "C"))
    )
    text = anyascii(kept).lower().replace("'", "")
    return tuple(t for t in _SPLIT.split(text) if t and not t.isdigit())


@lru_cache(maxsize=1)
def _fuzz_ratio() -> Any:
    from rapidfuzz import fuzz

    return fuzz.ratio


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=50_000)
def _nick_keys(word: str) -> frozenset[str]:
    """The word and the formal names it is a nickname of (``bob`` → robert, bobby…)."""
    from nicknames import NickNamer

    keys = {word}
    if len(word) > 1:
        keys |= _nicknamer(NickNamer).canonicals_of(word)
    return frozenset(keys)


_NICKNAMER: list[Any] = []


def _nicknamer(factory: Any) -> Any:
    if not _NICKNAMER:
        _NICKNAMER.append(factory())
    return _NICKNAMER[0]


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    initials: tuple[str, ...]
    source: str  # "name" or "handle"
    #: the name's Han, kana and hangul characters as written ("" for other scripts): two
    #: names both written so compare by these, not by their transliteration (``_compare``)
    written: str = ""

    @property
    def key(self) -> str:
        return " ".join(sorted(self.words))


def _parse(name: str, source: str = "name") -> _Name | None:
    tokens = name_tokens(name)
    words = tuple(t for t in tokens if len(t) > 1)
    initials = tuple(t for t in tokens if len(t) == 1)
    return _Name(words, initials, source, _written(name)) if words else None


def _is_cjk(ch: str) -> bool:
    """A Han ideograph, hiragana, katakana or hangul syllable/letter."""
    return (
        _is_ideograph(ch)
        or "\u3040" <= ch <= "\u30ff"  # hiragana, katakana
        or "\uac00" <= ch <= "\ud7af"  # hangul syllables
        or "\u1100" <= ch <= "\u11ff"  # hangul jamo
        or "\uf900" <= ch <= "\ufaff"  # CJK compatibility ideographs
    )


@lru_cache(maxsize=200_000)
def _written(name: str) -> str:
    """The CJK characters of a name as written, in order (``李 娜`` → ``李娜``), "" when it
    has none. Mandarin has ~400 toneless syllables: 李娜 and 黎娜, 王伟 and 汪薇 are different
    names that transliterate alike (``li na``, ``wang wei``); only the characters tell
    such namesakes apart."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", name) if _is_cjk(ch))


def _handle_name(handle: str) -> _Name | None:
    """A handle that separates words (``lena.fuchs``, ``lena_fuchs``) reads as a name."""
    parts = [p for p in re.split(r"[._\-]+", handle.lower()) if p]
    words = tuple(p for p in (re.sub(r"\d+", "", p) for p in parts) if len(p) > 1)
    return _Name(words, (), "handle") if len(words) >= 2 else None


def _compare(a: _Name, b: _Name) -> tuple[str | None, list[str]]:
    """Level of agreement of two names and the shared core words (or None: no match).

    Two names both written in CJK characters whose characters differ match at most at
    level ``homophone`` (a review-only rule), whatever their transliterations say: 李娜 ~
    黎娜 read ``li na`` both. Transliteration bridges scripts only (李娜 ~ Li Na)."""
    level, core = _compare_words(a, b)
    if level is not None and a.written and b.written and not _written_within(a, b):
        return "homophone", core
    return level, core


def _written_within(a: _Name, b: _Name) -> bool:
    """Whether the CJK characters of the shorter name are all among the longer one's
    (余博军 ~ 余博军 雅强: another given name, as a middle name in Latin script)."""
    short, long = sorted((a.written, b.written), key=len)
    return short == long or not Counter(short) - Counter(long)


def _compare_words(a: _Name, b: _Name) -> tuple[str | None, list[str]]:
    """:func:`_compare` on the transliterated words alone."""
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    remaining = list(long.words)
    level_rank = {"exact": 0, "middle": 1, "nickname": 2, "fuzzy": 3, "initial": 4}
    worst = "exact"
    core: list[str] = []
    unmatched_short: list[str] = []
    for word in short.words:
        if word in remaining:
            remaining.remove(word)
            core.append(word)
            continue
        hit = None
        kind = "nickname"
        keys = _nick_keys(word)
        for w in remaining:  # word is not in remaining: a shared key is a nickname link
            if not keys.isdisjoint(_nick_keys(w)):
                hit = w
                break
        if hit is None:
            kind = "fuzzy"
            if len(word) >= 4:
                ratio = _fuzz_ratio()
                for w in remaining:
                    if len(w) >= 4 and ratio(word, w, score_cutoff=FUZZY_CUTOFF):
                        hit = w
                        break
        if hit is None:
            unmatched_short.append(word)
            continue
        remaining.remove(hit)
        core.append(max(word, hit, key=len))
        worst = max(worst, kind, key=level_rank.__getitem__)
    if len(core) == 0 or (len(core) == 1 and (len(short.words) > 1 or len(long.words) > 1)):
        # one shared word only counts with an initial for the other ("R. Smith")
        if (
            len(core) == 1
            and len(short.words) == 1
            and any(w[0] == i for w in remaining for i in short.initials)
        ):
            return "initial", core
        if len(core) == 1 and len(unmatched_short) == 1 and remaining:
            # one shared word (a family name) and given names that start alike: a nickname
            # no dataset knows (Franzi ~ Franziska, Natasha ~ Natalya, Dima ~ Dmitrii) or
            # another person of that family; only ever a question for the review queue
            word = unmatched_short[0]
            prefix = max(_common_prefix(word, w) for w in remaining)
            if prefix >= 4:
                return "prefix", core
            if prefix >= 1:
                return "given_initial", core
        return None, core
    if unmatched_short:
        return None, core
    # what is left on the longer side are middle names; they must not contradict initials
    extra_initials = [w[0] for w in remaining]
    if short.initials and remaining and not set(short.initials) & set(extra_initials):
        return None, core
    if long.initials and short.initials and not set(long.initials) & set(short.initials):
        return None, core
    if remaining or short.initials != long.initials:
        worst = max(worst, "middle", key=level_rank.__getitem__)
    return worst, core


def _handle_key(handle: str) -> str:
    return _LETTERS.sub("", handle.lower())


_LETTER_RUN = re.compile(r"[a-z]+")


def _handle_word(handle: str) -> str | None:
    """The first word of a handle that goes on with digits or another word
    (``nathalie86``, ``krzysztof.travels`` → ``nathalie``, ``krzysztof``): people often
    take one of their names, often the given name, plus a number or a word. None for
    handles of one bare word and words under four letters."""
    text = handle.lower()
    match = _LETTER_RUN.match(text)
    if match is None or len(match.group()) < 4 or match.end() == len(text):
        return None
    return match.group()


def handle_spellings(name: str) -> frozenset[str]:
    """The handle keys (a handle's letters, lower case: :func:`handle_key`) that spell the
    display name ``name`` by the identity rules ``handle_spells_name`` and
    ``handle_abbreviates_name`` (:func:`_spellings`): given + family name either way round,
    nicknames, given + the family name's first three letters, family + initial.

    >>> sorted(k for k in handle_spellings("Catherine Bonlac") if k.startswith("catherine"))
    ['catherineb', 'catherinebon', 'catherinebonlac']
    >>> handle_key("catherinebonlac79") in handle_spellings("Catherine Bonlac")
    True
    """
    parsed = _parse(name)
    return frozenset(_spellings(parsed)) if parsed is not None else frozenset()


def handle_key(handle: str) -> str:
    """A handle's letters, lower case (``brigitte_mon84`` → ``brigittemon``): how
    :func:`handle_spellings` compares it; keys under four letters spell no name."""
    return _handle_key(handle)


class _Spelling(NamedTuple):
    """What a handle spelling proves: the name ``words`` it writes in full, and ``cut``,
    the first letters of one more word that it only begins ("" when every word is whole)."""

    words: tuple[str, ...]
    cut: str = ""


def _spellings(name: _Name) -> dict[str, _Spelling]:
    """How a handle spells a name, each spelling with what it proves (:class:`_Spelling`).

    For every ordered pair of words (given, family): given + family and family + given,
    the given word also as any of its nicknames or nickname-canonicals (Kate ~ Katherine,
    Charlie ~ Charlotte), proving both words; given + the family word's first three letters
    (``leonie_pfe17``), proving the given word and cut ``pfe``; family + initial and
    initial + family (``leea``, ``alee``; the initial of the given word or of a
    nickname-canonical), proving the family word only. Names of three or more words also
    spell as all other words in order with one word after or before them
    (``phuongtuannguyen``, proving all words) or followed by that word's first three
    letters (``dinhlong_ngu87``, proving the others and cut ``ngu``)."""
    return _spellings_of(name.words)


@lru_cache(maxsize=200_000)
def _spellings_of(words: tuple[str, ...]) -> dict[str, _Spelling]:
    out: dict[str, _Spelling] = {}
    # whole-word spellings first: a string that is both whole and cut reads as whole
    for i, first in enumerate(words):
        for j, last in enumerate(words):
            if i == j:
                continue
            keys = _nick_keys(first)
            for given in keys | _nicknames_of(first):
                out.setdefault(given + last, _Spelling((first, last)))
                out.setdefault(last + given, _Spelling((first, last)))
    if len(words) >= 3:
        for j, last in enumerate(words):
            rest = "".join(w for k, w in enumerate(words) if k != j)
            out.setdefault(rest + last, _Spelling(words))
            out.setdefault(last + rest, _Spelling(words))
    for i, first in enumerate(words):
        for j, last in enumerate(words):
            if i == j:
                continue
            keys = _nick_keys(first)
            if len(last) > 3:
                for given in keys | _nicknames_of(first):
                    out.setdefault(given + last[:3], _Spelling((first,), last[:3]))
            for given in keys:
                out.setdefault(last + given[0], _Spelling((last,)))
                out.setdefault(given[0] + last, _Spelling((last,)))
    if len(words) >= 3:
        for j, last in enumerate(words):
            if len(last) > 3:
                rest = "".join(w for k, w in enumerate(words) if k != j)
                others = tuple(w for k, w in enumerate(words) if k != j)
                out.setdefault(rest + last[:3], _Spelling(others, last[:3]))
    return out


@lru_cache(maxsize=50_000)
def _nicknames_of(word: str) -> frozenset[str]:
    """Nicknames of a formal name (``katherine`` → kate, kathy…), for handles."""
    from nicknames import NickNamer

    return frozenset(_nicknamer(NickNamer).nicknames_of(word)) if len(word) > 1 else frozenset()
