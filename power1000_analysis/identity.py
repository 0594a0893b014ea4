"""Person resolution across platforms: which accounts belong to one genuine person.

``resolve_people(contacts, interactions, decisions=...)`` gives every contact a
``person_id`` and builds ``people`` (DESIGN.md §4). ``network.load`` runs it by default.

How accounts are linked, in this order (earlier steps always win):

1. **The user's decisions** (a CSV file, :func:`read_decisions`): "same" pairs are joined and
   "different" pairs can never end up in one person, whatever the rules below say.
2. **Exact evidence**: a shared e-mail address or phone number, the same profile URL, or a
   handle / URL that one account lists (an address-book card's ``urls``, a profile URL)
   pointing at the other account. Merged automatically.
3. **Names**, compared after normalisation (case, accents and scripts via ``anyascii``
   transliteration, one word per Chinese character, punctuation, emoji, word order, middle
   names and initials), nicknames from the maintained ``nicknames`` dataset (Bob ~
   Robert), rapidfuzz similarity for typos, a shared family name with given names that
   start alike (Franzi ~ Franziska: review only), and handles that spell the name
   (``gokhan.celik``, ``taylorb``). A name match is scored as log2 odds that the two
   accounts are one person: the prior that someone on one platform is also on the other,
   against how many *other* accounts would carry the name by chance (its **rarity**: word
   frequencies in the user's own contacts leaving the pair's own accounts out, calibrated
   by the same-name coincidences seen *within* each platform, where accounts are distinct
   people).
4. **Behaviour and context**, each a log2 likelihood ratio added to a name match, never
   evidence on its own: the gap between the two connection dates (one person is often
   added on several platforms within days; about +6 bits for the same day in a quiet
   period down to -1 bit for years apart); whether the user interacts with each account
   (people known on several platforms are the people one talks to; the ratio is learnt
   from the user's sure pairs, ``_activity_support``); the two platforms' overlap, learnt
   by EM from the candidates instead of a fixed prior (most address-book cards are
   Facebook friends, few X followers are on Quora; ``_platform_priors``); and group
   threads shared with people already linked across the same two platforms.

A candidate is merged automatically when its posterior is at least 0.95 (score ≥ log2 19)
after sharing its odds with every rival candidate of either account on the other's
platform (one person has one account per platform), and the merge keeps one account per
platform per person. Every other candidate with a score above ``review_score`` goes to the
review queue (:func:`review_queue`, most valuable questions first); :func:`explain` says
which signals decided.

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

import bisect
import csv
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from power1000_analysis.network import Network

__all__ = [
    "AUTO_SCORE",
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

#: log2 odds for an automatic merge: posterior ≥ 0.95.
AUTO_SCORE = math.log2(0.95 / 0.05)
#: candidates scoring below this (posterior < ~3 %) are not worth a user's time.
REVIEW_SCORE = -5.0
#: rules that only ever propose a pair for review (given names that merely start alike
#: are as often two relatives as a nickname no dataset knows)
REVIEW_ONLY_RULES = frozenset({"name_prefix", "name_given_initial"})
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
}
EXACT_WEIGHT = 20.0
SAME_HANDLE_WEIGHT = 3.0
HANDLE_FITS_WEIGHT = 1.0
#: timing model (see ``_timing_weight``): share of one person's cross-platform pairs
#: connected together, mean gap in days, and the cap of the evidence in bits.
TOGETHER_SHARE = 0.5
CONNECTED_TOGETHER_DAYS = 14.0
TIMING_CAP = 6.0
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

_SPLIT = re.compile(r"[^a-z0-9]+")
_LETTERS = re.compile(r"[^a-z]+")
_URL_HANDLE = re.compile(
    r"^https?://(?:www\.|mobile\.)?(twitter\.com|x\.com|instagram\.com|linkedin\.com/in|"
    r"quora\.com/profile|facebook\.com|bsky\.app/profile)/(?!intent/|i/)([^/?#]+)$",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------- names


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


def _nick_equal(a: str, b: str) -> bool:
    return a != b and bool(_nick_keys(a) & _nick_keys(b))


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    initials: tuple[str, ...]
    source: str  # "name" or "handle"

    @property
    def key(self) -> str:
        return " ".join(sorted(self.words))


def _parse(name: str, source: str = "name") -> _Name | None:
    tokens = name_tokens(name)
    words = tuple(t for t in tokens if len(t) > 1)
    initials = tuple(t for t in tokens if len(t) == 1)
    return _Name(words, initials, source) if words else None


def _handle_name(handle: str) -> _Name | None:
    """A handle that separates words (``lena.fuchs``, ``lena_fuchs``) reads as a name."""
    parts = [p for p in re.split(r"[._\-]+", handle.lower()) if p]
    words = tuple(p for p in (re.sub(r"\d+", "", p) for p in parts) if len(p) > 1)
    return _Name(words, (), "handle") if len(words) >= 2 else None


def _compare(a: _Name, b: _Name) -> tuple[str | None, list[str]]:
    """Level of agreement of two names and the shared core words (or None: no match)."""
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


def _spellings(name: _Name) -> dict[str, tuple[str, ...]]:
    """How a handle spells a name: firstlast and lastfirst (both words; nicknames expanded
    both ways, Kate ~ Katherine, Charlie ~ Charlotte), lastf and flast (the family word
    only, with the given name's or a nickname-canonical's initial). Maps each spelling to
    the name words it proves."""
    return _spellings_of(name.words)


@lru_cache(maxsize=200_000)
def _spellings_of(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for i, first in enumerate(words):
        for j, last in enumerate(words):
            if i == j:
                continue
            keys = _nick_keys(first)
            for given in keys | _nicknames_of(first):
                out.setdefault(given + last, (first, last))
                out.setdefault(last + given, (first, last))
            for given in keys:
                out.setdefault(last + given[0], (last,))
                out.setdefault(given[0] + last, (last,))
    return out


@lru_cache(maxsize=50_000)
def _nicknames_of(word: str) -> frozenset[str]:
    """Nicknames of a formal name (``katherine`` → kate, kathy…), for handles."""
    from nicknames import NickNamer

    return frozenset(_nicknamer(NickNamer).nicknames_of(word)) if len(word) > 1 else frozenset()


# ----------------------------------------------------------------------------- accounts


def _split_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value if v]
    return [v.strip() for v in str(value).split(";") if v.strip()]


def _norm_url(url: str) -> str:
    """Profile URL without scheme, ``www.``, fragment or trailing slash; ``x.com`` as
    ``twitter.com``. The query stays: ``intent/user?user_id=…`` is the whole identity."""
    from urllib.parse import unquote, urlsplit

    text = url.strip()
    parts = urlsplit(text if "://" in text else "https://" + text)
    host = re.sub(r"^(www\.|mobile\.)", "", parts.netloc.lower())
    host = "twitter.com" if host == "x.com" else host
    path = unicodedata.normalize("NFC", unquote(parts.path)).rstrip("/").lower()
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


@dataclass
class _Accounts:
    platform: list[str]
    key: list[str]
    names: list[list[_Name]]
    handles: list[set[str]]
    exact: list[set[str]]  # e-mail:…, phone:…, url:… tokens this account *is*
    listed: list[set[str]]  # url:… tokens this account points at (other profiles)
    connected: np.ndarray  # epoch days, NaN if unknown
    first_seen: list[Any]
    threads: list[set[str]] = field(default_factory=list)
    #: the user interacted with the account (a message, reaction, comment… either way);
    #: None where no interactions were given
    active: np.ndarray | None = None
    _sorted_times: dict[str, np.ndarray] = field(default_factory=dict)
    _sorted_lists: dict[str, list[float]] = field(default_factory=dict)

    def time_density(self, j: int, day: float) -> float:
        """Connections per day and per account of ``j``'s platform around ``day``
        (a ±``TIME_WINDOW_DAYS`` window, floored at one connection in the window)."""
        platform = self.platform[j]
        times = self._sorted_times.get(platform)
        if times is None:
            chosen = np.asarray([p == platform for p in self.platform], dtype=bool)
            times = np.sort(self.connected[chosen][~np.isnan(self.connected[chosen])])
            self._sorted_times[platform] = times
            self._sorted_lists[platform] = times.tolist()
        if times.size == 0:
            return 1.0
        ordered = self._sorted_lists[platform]  # bisect on a list: no array per call
        low = bisect.bisect_left(ordered, day - TIME_WINDOW_DAYS)
        high = bisect.bisect_left(ordered, day + TIME_WINDOW_DAYS)
        return max(high - low, 1) / (2 * TIME_WINDOW_DAYS) / times.size


def _accounts(contacts: pd.DataFrame, interactions: pd.DataFrame | None) -> _Accounts:
    n = len(contacts)
    platform = contacts["platform"].astype(str).tolist()
    key = contacts["contact_key"].astype(str).tolist()
    index = {(p, k): i for i, (p, k) in enumerate(zip(platform, key, strict=True))}

    def column(name: str) -> list[Any]:
        return contacts[name].tolist() if name in contacts.columns else [None] * n

    raw_names: list[set[str]] = [set() for _ in range(n)]
    handles: list[set[str]] = [set() for _ in range(n)]
    exact: list[set[str]] = [set() for _ in range(n)]
    listed: list[set[str]] = [set() for _ in range(n)]
    for i, (name, handle, url, email) in enumerate(
        zip(column("name"), column("handle"), column("profile_url"), column("email"), strict=True)
    ):
        if isinstance(handle, str) and handle:
            handles[i].add(handle.lower().lstrip("@"))
        if isinstance(name, str) and name and name.lower() not in handles[i]:
            raw_names[i].add(name)
        if isinstance(email, str) and email:
            exact[i].add("email:" + email.strip().lower())
        if isinstance(url, str) and url:
            exact[i].add("url:" + _norm_url(url))
        handle_keyed = platform[i] in ("instagram", "x", "mastodon", "bluesky", "quora")
        if handle_keyed and "/" not in key[i] and not key[i].isdigit():
            handles[i].add(key[i].lower())
        if key[i].startswith("http"):
            exact[i].add("url:" + _norm_url(key[i]))
    for i, extra in enumerate(column("emails")):
        exact[i] |= {"email:" + e.lower() for e in _split_list(extra)}
    for i, extra in enumerate(column("phones")):
        exact[i] |= {"phone:" + p for p in _split_list(extra) if len(p) >= 7}
    for i, extra in enumerate(column("urls")):
        listed[i] |= {"url:" + _norm_url(u) for u in _split_list(extra)}
    for i, (first, last) in enumerate(zip(column("first_name"), column("last_name"), strict=True)):
        if isinstance(first, str) and isinstance(last, str):
            raw_names[i].add(f"{first} {last}")

    threads: list[set[str]] = [set() for _ in range(n)]
    active: np.ndarray | None = None
    if interactions is not None and not interactions.empty:
        touched = interactions[["platform", "contact_key"]].dropna().drop_duplicates()
        touched_keys = set(
            zip(touched["platform"].astype(str), touched["contact_key"].astype(str), strict=True)
        )
        active = np.fromiter(
            ((p, k) in touched_keys for p, k in zip(platform, key, strict=True)), bool, n
        )
        named = interactions[["platform", "contact_key", "name"]].dropna()
        for p, k, name in named.drop_duplicates().itertuples(index=False):
            found = index.get((str(p), str(k)))
            if found is not None and str(name).lower() not in handles[found]:
                raw_names[found].add(str(name))
        if "handle" in interactions.columns:
            with_handle = interactions[["platform", "contact_key", "handle"]].dropna()
            for p, k, handle in with_handle.drop_duplicates().itertuples(index=False):
                found = index.get((str(p), str(k)))
                if found is not None:
                    handles[found].add(str(handle).lower().lstrip("@"))
        group = interactions[
            (interactions["n_participants"] > 2) & interactions["thread_key"].notna()
        ][["platform", "contact_key", "thread_key"]].dropna()
        for p, k, thread in group.drop_duplicates().itertuples(index=False):
            found = index.get((str(p), str(k)))
            if found is not None:
                threads[found].add(f"{p}:{thread}")
        # Instagram DM folders are named <username>_<id>: the display name in such a
        # thread belongs to that username even where the loader kept no contact_key (IG-A…D).
        ig = interactions[
            (interactions["platform"] == "instagram")
            & interactions["contact_key"].isna()
            & interactions["thread_key"].notna()
            & interactions["name"].notna()
            & (interactions["n_participants"] <= 2)
        ][["thread_key", "name"]].drop_duplicates()
        for thread, name in ig.itertuples(index=False):
            found = index.get(("instagram", str(thread).rsplit("_", 1)[0]))
            if found is not None:
                active[found] = True
            if found is not None and str(name).lower() not in handles[found]:
                raw_names[found].add(str(name))

    for i in range(n):
        for handle in handles[i]:
            exact[i].add(f"handle:{platform[i]}:{handle}")
        for token in list(exact[i]) + list(listed[i]):
            match = _URL_HANDLE.match("https://" + token[4:]) if token.startswith("url:") else None
            if match:
                site = match.group(1).lower().split("/")[0].replace("x.com", "twitter.com")
                site_platform = {
                    "twitter.com": "x",
                    "instagram.com": "instagram",
                    "linkedin.com": "linkedin",
                    "quora.com": "quora",
                    "facebook.com": "facebook",
                    "bsky.app": "bluesky",
                }[site]
                handle_token = f"handle:{site_platform}:{match.group(2).lower()}"
                (exact if token in exact[i] else listed)[i].add(handle_token)

    names: list[list[_Name]] = []
    for i in range(n):
        parsed = [p for p in (_parse(r) for r in sorted(raw_names[i])) if p is not None]
        parsed += [h for h in (_handle_name(h) for h in sorted(handles[i])) if h is not None]
        unique: dict[tuple[tuple[str, ...], tuple[str, ...]], _Name] = {}
        for parsed_name in parsed:  # a real name wins over a handle that reads the same
            unique.setdefault((parsed_name.words, parsed_name.initials), parsed_name)
        names.append(list(unique.values()))

    connected_at = (
        pd.to_datetime(contacts["connected_at"], utc=True)
        if "connected_at" in contacts.columns
        else pd.Series(pd.NaT, index=contacts.index, dtype="datetime64[ns, UTC]")
    )
    days = (connected_at - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy() / 86400
    first_seen = (
        pd.to_datetime(contacts["first_seen_at"], utc=True).tolist()
        if "first_seen_at" in contacts.columns
        else [pd.NaT] * n
    )
    return _Accounts(
        platform, key, names, handles, exact, listed, days, first_seen, threads, active
    )


# ----------------------------------------------------------------------------- candidates


def _block_keys(accounts: _Accounts) -> Iterator[tuple[int, str]]:
    """Blocking keys: for names of one or two words, one full word plus the first letter of
    another (nickname and fuzzy variants share such a key); for every name, each pair of
    whole words (names of three or more words block on these only: a syllable and an
    initial would pair every Nguyễn or every Wang); whole single-word names; handles."""
    any_handles = any(accounts.handles)
    for i, names in enumerate(accounts.names):
        seen: set[str] = set()
        for name in names:
            words = name.words
            if len(words) == 1:
                seen.add("w:" + words[0])
            if len(words) >= 2:
                # two whole words (nickname variants included): the key names of three or
                # more words meet on (Chinese syllables, Vietnamese, middle names)
                for x, first in enumerate(words):
                    for second in words[x + 1 :]:
                        for one in _nick_keys(first):
                            for two in _nick_keys(second):
                                seen.add("b:" + "|".join(sorted((one, two))))
            if len(words) <= 2:
                # one whole word and the first letter of another: nickname, typo, initial
                for a in words:
                    letters = {w[0] for w in words if w != a} | set(name.initials)
                    for variant in _nick_keys(a):
                        for letter in letters:
                            seen.add(f"p:{variant}|{letter}")
                            seen.add(f"p:{letter}|{variant}")
            if any_handles and name.source == "name":
                # spellings meet handles only (``_candidate_pairs``), not other names
                seen.update("s:" + spelling for spelling in _spellings(name))
        for handle in accounts.handles[i]:
            spelled = _handle_key(handle)
            if len(spelled) >= 4:
                seen.add("h:" + spelled)
            if len(handle) >= 6:
                seen.add("H:" + handle)  # the same handle, digits and all
        for key in seen:
            yield i, key


def _candidate_pairs(accounts: _Accounts) -> np.ndarray:
    """Pairs (i < j) on different platforms that share a blocking key or exact evidence.

    Vectorised: keys are factorised once and the pairs inside each key's group are
    generated by offset (member k with member k + d of the same group), so 20,000 x 20,000
    contacts block in about a second (``bench/bench_identity.py``)."""
    rows = list(_block_keys(accounts))
    spelling_rows = [(i, key[2:]) for i, key in rows if key.startswith("s:")]
    rows = [(i, key) for i, key in rows if not key.startswith("s:")]
    # a name's spellings (annalee, leea…) against handles that read so
    spelled = pd.DataFrame(spelling_rows, columns=["a", "key"])
    handles = pd.DataFrame(
        [(i, key[2:]) for i, key in rows if key.startswith("h:")], columns=["b", "key"]
    )
    spelled_pairs = spelled.merge(handles, on="key")[["a", "b"]].to_numpy(np.int64)
    for i, tokens in enumerate(accounts.exact):
        rows += [(i, "x:" + t) for t in tokens]
    for i, tokens in enumerate(accounts.listed):
        rows += [(i, "x:" + t) for t in tokens]
    if not rows:
        return np.zeros((0, 2), np.int64)
    account = np.fromiter((r[0] for r in rows), np.int64, len(rows))
    codes, keys = pd.factorize(pd.Series([r[1] for r in rows], dtype=object), sort=False)
    exact_key = np.fromiter((k.startswith("x:") for k in keys), bool, len(keys))
    n = max(len(accounts.platform), 1)
    member = np.unique(codes.astype(np.int64) * n + account)  # sorted by key, then account
    code, account = member // n, member % n
    sizes = np.bincount(code, minlength=len(keys))
    # keys shared by very many accounts (a bare "smith|j" in a huge list) are capped: the
    # pairs they would add are scored through their other keys or left to the bench report
    keep = (sizes[code] > 1) & ((sizes[code] <= BLOCK_CAP) | exact_key[code])
    code, account = code[keep], account[keep]
    platform_code = pd.factorize(pd.Series(accounts.platform, dtype=object))[0]
    found: list[np.ndarray] = []
    offset = 1
    while len(code) > offset:
        same = code[:-offset] == code[offset:]
        first, second = account[:-offset][same], account[offset:][same]
        cross = platform_code[first] != platform_code[second]
        wanted = cross | exact_key[code[:-offset][same]]
        found.append(first[wanted] * n + second[wanted])  # accounts sorted: first < second
        # only groups larger than offset + 1 give pairs at the next offset
        group_size = sizes[code]
        code, account = code[group_size > offset + 1], account[group_size > offset + 1]
        offset += 1
    if len(spelled_pairs):
        low = np.minimum(spelled_pairs[:, 0], spelled_pairs[:, 1])
        high = np.maximum(spelled_pairs[:, 0], spelled_pairs[:, 1])
        cross = platform_code[low] != platform_code[high]
        found.append(low[cross] * n + high[cross])
    if not found:
        return np.zeros((0, 2), np.int64)
    pairs = np.unique(np.concatenate(found))
    return np.column_stack([pairs // n, pairs % n]).astype(np.int64)


# ----------------------------------------------------------------------------- scoring


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
            if "handle" in (name_a.source, name_b.source) and level == "exact":
                level = "handle"
            chance = rarity.chance(core, accounts.platform[j], (i, j))
            value = math.log2(PRIOR_OVERLAP / chance) + NAME_LEVEL_WEIGHT[level]
            if best is None or value > best[0]:
                text = f"names '{' '.join(name_a.words)}' ~ '{' '.join(name_b.words)}' ({level})"
                best = (value, f"name_{level}", [text, f"name rarity: {chance:.2g} by chance"])
    found = _handle_fits(i, j, accounts) or _handle_fits(j, i, accounts)
    fits = found[0] if found else None
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
    timing = _timing_weight(i, j, accounts)
    if timing is not None:
        weight, gap = timing
        score += weight
        evidence.append(f"connected {gap:.0f} days apart ({weight:+.1f})")
    return _Scored(i, j, score, rule, evidence, False)


def _timing_weight(i: int, j: int, accounts: _Accounts) -> tuple[float, float] | None:
    """log2 likelihood ratio of the gap between the two connection dates.

    One person is often added on several platforms within days or weeks of meeting: we
    assume half of a person's cross-platform pairs are connected with an exponential gap of
    ``CONNECTED_TOGETHER_DAYS`` mean, the rest at unrelated times. Different people's gaps
    follow how densely the other platform's connections fall around this date (measured on
    the user's own contacts). A short gap in a quiet period says a lot; a long gap a little
    against (at most -1 bit)."""
    ti, tj = accounts.connected[i], accounts.connected[j]
    if math.isnan(ti) or math.isnan(tj):
        return None
    gap = abs(ti - tj)
    density = accounts.time_density(j, ti)
    same = TOGETHER_SHARE * math.exp(-gap / CONNECTED_TOGETHER_DAYS) / CONNECTED_TOGETHER_DAYS
    ratio = same / density + (1 - TOGETHER_SHARE)
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


# ----------------------------------------------------------------------------- decisions


def read_decisions(path: str | os.PathLike[str] | None) -> pd.DataFrame:
    """The user's decisions file (CSV with :data:`DECISION_COLUMNS`); empty if missing.

    Example
    -------
    >>> read_decisions(None).columns.tolist()[:3]
    ['decision', 'platform_a', 'contact_key_a']
    """
    if path is None or not Path(path).exists():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DECISION_COLUMNS})
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"decision", "platform_a", "contact_key_a", "platform_b", "contact_key_b"} - set(
        frame.columns
    )
    if missing:
        raise ValueError(f"{path}: decisions file lacks columns {sorted(missing)}")
    bad = ~frame["decision"].isin(["same", "different"])
    if bad.any():
        raise ValueError(
            f"{path}: decision must be 'same' or 'different', not {frame.loc[bad, 'decision'].iloc[0]!r}"
        )
    for column in DECISION_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    return frame[list(DECISION_COLUMNS)]


def record_decision(
    path: str | os.PathLike[str],
    decision: Decision,
    a: tuple[str, str],
    b: tuple[str, str],
    *,
    note: str = "",
) -> None:
    """Append one decision ("same"/"different") about accounts ``a`` and ``b`` to ``path``.

    Later lines win over earlier ones about the same pair.

    Example
    -------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
    >>> record_decision(path, "same", ("x", "42"), ("instagram", "ann"))
    >>> read_decisions(path)["decision"].tolist()
    ['same']
    """
    if decision not in ("same", "different"):
        raise ValueError(f"decision must be 'same' or 'different', not {decision!r}")
    target = Path(path)
    new = not target.exists() or target.stat().st_size == 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(DECISION_COLUMNS)
        writer.writerow(
            [
                decision,
                a[0],
                a[1],
                b[0],
                b[1],
                note,
                datetime.now(tz=UTC).isoformat(timespec="seconds"),
            ]
        )


# ----------------------------------------------------------------------------- clustering


class _Clusters:
    """Union-find that keeps one account per platform and honours cannot-link pairs."""

    def __init__(self, platforms: Sequence[str]) -> None:
        self.parent = list(range(len(platforms)))
        self.platforms: list[set[str]] = [{p} for p in platforms]
        self.members: list[set[int]] = [{i} for i in range(len(platforms))]
        self.cannot: dict[int, set[int]] = defaultdict(set)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def forbid(self, i: int, j: int) -> None:
        self.cannot[i].add(j)
        self.cannot[j].add(i)

    def blocked(self, i: int, j: int, *, one_per_platform: bool) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        if one_per_platform and self.platforms[ri] & self.platforms[rj]:
            return True
        small, large = sorted((ri, rj), key=lambda r: len(self.members[r]))
        return any(
            self.find(other) == large for m in self.members[small] for other in self.cannot[m]
        )

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        if len(self.members[ri]) < len(self.members[rj]):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri] |= self.members[rj]
        self.platforms[ri] |= self.platforms[rj]


# ----------------------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Resolution:
    """What :func:`resolve_people` found.

    ``candidates`` holds one row per scored pair: both sides' platform, contact_key and
    name, ``score`` (log2 odds), ``rule``, ``evidence`` (plain words), ``signals`` (the
    kinds of evidence) and ``outcome`` ∈ {merged, merged_via_others, review, user_same,
    user_different}.
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
    ("name rarity", "name rarity"),
    ("same handle", "same handle"),
    ("handle ", "handle spells the name"),
    ("connected ", "connection dates"),
    ("in touch", "interactions"),
    ("no interaction", "interactions"),
    ("group threads", "shared group threads"),
    ("not merged: another account", "rival accounts"),
    ("merging would put", "one account per platform"),
)


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
) -> Resolution:
    """Give every contact a ``person_id`` shared by the accounts of one genuine person.

    Parameters
    ----------
    contacts, interactions
        Canonical frames (interactions are optional; they add names, handles and threads).
    decisions
        The user's decisions file (path or frame, see :func:`read_decisions`); applied
        before any rule so that a user's decision always wins.
    review_score, auto_score
        log2-odds thresholds for the review queue and for automatic merges.

    Example
    -------
    >>> contacts = pd.DataFrame({"platform": ["facebook", "linkedin"],
    ...                          "contact_key": ["bob smith", "in/rs"],
    ...                          "name": ["Bob Smith", "Robert Smith"]})
    >>> result = resolve_people(contacts)
    >>> result.candidates[["rule", "outcome"]].values.tolist()
    [['name_nickname', 'review']]
    """
    contacts = contacts.reset_index(drop=True)
    accounts = _accounts(contacts, interactions)
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

    rarity = _rarity(accounts)
    scored = [
        s
        for s in (_score(int(a), int(b), accounts, rarity) for a, b in _candidate_pairs(accounts))
        if s is not None
    ]
    _activity_support(scored, accounts)
    _platform_priors(scored, accounts, rarity)
    scored = [s for s in scored if s.exact or s.score >= review_score]
    # One person has at most one account per platform: the odds of a pair are shared with
    # every other candidate of either account on the other's platform (competing odds).
    odds_sum: dict[tuple[int, str], float] = defaultdict(float)
    for s in scored:
        if not s.exact:
            odds = 2.0 ** min(s.score, 60.0)
            odds_sum[(s.a, accounts.platform[s.b])] += odds
            odds_sum[(s.b, accounts.platform[s.a])] += odds
    outcome: dict[tuple[int, int], str] = {}
    for s in sorted(scored, key=lambda s: (-s.score, s.a, s.b)):
        pair = (s.a, s.b)
        if pair in user_outcome:
            outcome[pair] = "user_" + user_outcome[pair]
            continue
        odds = 2.0 ** min(s.score, 60.0)
        rest = max(
            odds_sum[(s.a, accounts.platform[s.b])]
            + odds_sum[(s.b, accounts.platform[s.a])]
            - 2 * odds,
            0.0,
        )
        competing = s.score - math.log2(1.0 + rest)
        if s.exact or (competing >= auto_score and s.rule not in REVIEW_ONLY_RULES):
            if clusters.blocked(s.a, s.b, one_per_platform=not s.exact):
                outcome[pair] = "review"
                s.evidence.append(
                    "merging would put two accounts of one platform in one person, or contradict a decision"
                )
                continue
            clusters.union(s.a, s.b)
            outcome[pair] = "merged"
        else:
            if s.score >= auto_score and s.rule in REVIEW_ONLY_RULES:
                s.evidence.append("not merged: given names only start alike")
            elif s.score >= auto_score:
                s.evidence.append(
                    "not merged: another account on the same platform fits too "
                    f"({competing - s.score:+.1f})"
                )
            outcome[pair] = "review"
    _shared_thread_support(scored, outcome, accounts, clusters)

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
    candidates = candidates.sort_values(["outcome", "score"], ascending=[True, False]).reset_index(
        drop=True
    )

    mapped = interactions
    if interactions is not None:
        mapped = _map_interactions(interactions, contacts)
    return Resolution(contacts, mapped, people_frame(contacts), candidates)


def _activity_support(scored: list[_Scored], accounts: _Accounts) -> None:
    """Whether the user interacts with both accounts, as a likelihood ratio learnt from the
    user's own data: people known on several platforms are the people one talks to (strong
    ties are multiplex), so an account that belongs to a cross-platform person is active
    more often than its platform's accounts at large.

    Per platform, the active share among accounts of sure pairs (exact evidence or at
    least ``ANCHOR_SCORE`` bits) is compared with the share among all its accounts; each
    side of a name candidate gains log2(share in pairs / share overall) when active, and
    log2 of the inactive shares' ratio when not (at most ``ACTIVITY_CAP`` bits either way).
    Platforms without interactions (address books) or with fewer than ``MIN_ANCHORS``
    anchors say nothing."""
    active = accounts.active
    if active is None or not active.any():
        return
    platforms = np.asarray(accounts.platform, dtype=object)
    anchors = {k for s in scored if s.exact or s.score >= ANCHOR_SCORE for k in (s.a, s.b)}
    ratio: dict[str, tuple[float, float]] = {}
    for platform in set(accounts.platform):
        mine = platforms == platform
        in_pairs = np.fromiter((k in anchors for k in range(len(mine))), bool, len(mine)) & mine
        if not active[mine].any() or in_pairs.sum() < MIN_ANCHORS:
            continue
        overall = (active[mine].sum() + 1) / (mine.sum() + 2)
        paired = (active[in_pairs].sum() + 1) / (in_pairs.sum() + 2)
        ratio[platform] = (
            float(np.clip(math.log2(paired / overall), -ACTIVITY_CAP, ACTIVITY_CAP)),
            float(np.clip(math.log2((1 - paired) / (1 - overall)), -ACTIVITY_CAP, ACTIVITY_CAP)),
        )
    for s in scored:
        if s.exact:
            continue
        weight = 0.0
        said = []
        for k in (s.a, s.b):
            platform = accounts.platform[k]
            if platform in ratio:
                weight += ratio[platform][0 if active[k] else 1]
                said.append(f"{'in touch' if active[k] else 'no interaction'} on {platform}")
        if said:
            s.score += weight
            s.evidence.append(f"{', '.join(said)} ({weight:+.1f})")


def _platform_priors(scored: list[_Scored], accounts: _Accounts, rarity: _Rarity) -> None:
    """Replace the fixed ``PRIOR_OVERLAP`` by each platform pair's own overlap, learnt from
    the candidates (a few EM rounds of a two-class mixture whose weight is the prior).

    A name match says "one person" only against the odds that a person on one platform is
    on the other at all: most address-book cards are Facebook friends, few X followers
    follow on Quora. The overlap of platforms P and Q is estimated as the expected number of
    true pairs (sum of the candidates' posteriors, exact evidence counting 1) over the named
    accounts of P, shrunk towards ``PRIOR_OVERLAP`` by ``PRIOR_PSEUDO``
    accounts (a handful of contacts says little) and kept within [``PRIOR_MIN``, ``PRIOR_MAX``]; scores move by
    log2(prior / ``PRIOR_OVERLAP``) and the evidence says so."""
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
) -> None:
    """Second pass: a reviewed name match whose two accounts each share a group thread with
    accounts already merged across the same two platforms gains support (never alone)."""
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
            if (
                s.score >= AUTO_SCORE
                and unique
                and s.rule not in REVIEW_ONLY_RULES
                and not clusters.blocked(s.a, s.b, one_per_platform=True)
            ):
                clusters.union(s.a, s.b)
                outcome[(s.a, s.b)] = "merged"


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
        categories = [lookup.get(c, c) for c in person.cat.categories]
        mapped["person_id"] = pd.Categorical(
            np.asarray(categories, dtype=object)[person.cat.codes.to_numpy()], dtype=None
        ).astype(object)
        mapped.loc[person.isna().to_numpy(), "person_id"] = None
    else:
        mapped["person_id"] = person.map(lambda v: lookup.get(v, v) if isinstance(v, str) else v)
    return mapped


def people_frame(contacts: pd.DataFrame) -> pd.DataFrame:
    """``people`` (DESIGN.md §4) from contacts that carry ``person_id``: name, platforms,
    ``n_accounts``, ``accounts`` (``platform:contact_key``, ``; ``-joined).

    Example
    -------
    >>> contacts = pd.DataFrame({"platform": ["x", "linkedin"], "contact_key": ["1", "a"],
    ...                          "name": [None, "Ann Lee"], "person_id": ["x:1", "x:1"]})
    >>> people_frame(contacts)[["person_id", "name", "platforms", "n_accounts"]].values.tolist()
    [['x:1', 'Ann Lee', 'linkedin,x', 2]]
    """
    columns = ["person_id", "name", "platforms", "n_accounts", "accounts"]
    if contacts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    frame = contacts[["person_id", "platform", "contact_key", "name"]].copy()
    # prefer a real name from the richest source over an Instagram handle or an empty X name
    order = {"linkedin": 0, "addressbook": 1, "facebook": 2, "quora": 3}
    frame["_rank"] = frame["platform"].map(order).fillna(9)
    frame = frame.sort_values(["person_id", "_rank", "platform", "contact_key"], kind="stable")
    frame["_account"] = frame["platform"].astype(str) + ":" + frame["contact_key"].astype(str)
    # most people are one account: only the others need Python string joins per group
    counts = frame["person_id"].map(frame["person_id"].value_counts())
    single = frame[counts.to_numpy() == 1]
    several = frame[counts.to_numpy() > 1]
    grouped = several.groupby("person_id", sort=True)
    pairs = (
        several[["person_id", "platform"]].drop_duplicates().sort_values(["person_id", "platform"])
    )
    joined = pd.DataFrame(
        {
            "name": grouped["name"].first(),
            "platforms": pairs.groupby("person_id", sort=True)["platform"].agg(",".join),
            "n_accounts": grouped.size(),
            "accounts": grouped["_account"].agg("; ".join),
        }
    ).rename_axis("person_id")
    alone = pd.DataFrame(
        {
            "name": single["name"].to_numpy(),
            "platforms": single["platform"].astype(str).to_numpy(),
            "n_accounts": 1,
            "accounts": single["_account"].to_numpy(),
        },
        index=pd.Index(single["person_id"].to_numpy(), name="person_id"),
    )
    people = pd.concat([joined, alone]).sort_index(kind="stable")
    people["n_accounts"] = people["n_accounts"].astype("int64")
    return people.reset_index()[columns]


# ----------------------------------------------------------------------------- public views


def _resolution(net: Network) -> Resolution:
    stored = getattr(net, "identity", None)
    if isinstance(stored, Resolution):
        return stored
    return resolve_people(net.contacts, net.interactions)


def review_queue(net: Network, limit: int | None = None) -> pd.DataFrame:
    """Candidate pairs waiting for the user's word, the most valuable questions first.

    One row per pair: ``platform_a``, ``contact_key_a``, ``name_a``, the same for ``b``,
    ``score`` (log2 odds that they are one person), ``rule``, ``evidence``, ``posterior``
    (the score as a probability) and ``value``: the expected number of account pairs a
    "same" answer would join correctly (posterior x accounts of person a x accounts of
    person b), since the default for a queued pair is "not one person" and a user's "yes"
    matters most where it is likely and joins whole people. Sorted by ``value``, then
    ``score``. ``limit`` keeps the first rows (the CLI's ``people review --limit`` and the
    notebook show the top); without it the whole queue comes back.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> review_queue(Network.empty()).empty
    True
    """
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
    weight in bits), ``signals`` (which kinds of evidence decided: e-mail, profile URL,
    name, name rarity, handle, connection dates, interactions, platform overlap, shared
    group threads, user decision) and ``outcome`` (merged, merged_via_others or
    user_same); a person who is a single account has no rows.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> explain(Network.empty(), "x:1").empty
    True
    """
    candidates = _resolution(net).candidates
    mine = candidates[
        ((candidates["person_id_a"] == person_id) | (candidates["person_id_b"] == person_id))
    ]
    links = mine[mine["outcome"].isin(["merged", "user_same", "merged_via_others"])]
    return links.drop(columns=["person_id_a", "person_id_b"]).reset_index(drop=True)


def people_by_platform(net: Network, *, all_label: str = "all platforms") -> pd.DataFrame:
    """Accounts against genuine people, per platform and overall (current contacts).

    Returns
    -------
    DataFrame
        One row per platform plus a last row ``all_label``: ``platform``, ``accounts``,
        ``people`` (distinct ``person_id``), ``also_elsewhere`` (of those people, how many
        also have a current account on another platform), ``accounts_per_person``.

    Example
    -------
    >>> from dataclasses import replace
    >>> from power1000_analysis.network import Network
    >>> contacts = pd.DataFrame({"platform": ["x", "linkedin", "x"], "contact_key": ["1", "a", "2"],
    ...                          "person_id": ["x:1", "x:1", "x:2"], "is_current": True})
    >>> table = people_by_platform(replace(Network.empty(), contacts=contacts))
    >>> table[["platform", "accounts", "people", "also_elsewhere"]].values.tolist()
    [['linkedin', 1, 1, 1], ['x', 2, 2, 1], ['all platforms', 3, 2, 1]]
    """
    columns = ["platform", "accounts", "people", "also_elsewhere", "accounts_per_person"]
    contacts = net.contacts
    current = contacts.loc[contacts["is_current"].astype(bool), ["platform", "person_id"]]
    spread = current.groupby("person_id")["platform"].nunique()
    elsewhere = set(spread.index[spread > 1])
    rows = []
    for platform, group in current.groupby("platform", sort=True):
        ids = set(group["person_id"])
        rows.append([str(platform), len(group), len(ids), len(ids & elsewhere)])
    rows.append([all_label, len(current), int(current["person_id"].nunique()), len(elsewhere)])
    table = pd.DataFrame(rows, columns=columns[:-1])
    table[columns[1:4]] = table[columns[1:4]].astype("int64")
    table["accounts_per_person"] = table["accounts"] / table["people"].where(table["people"] > 0)
    return table[columns]
