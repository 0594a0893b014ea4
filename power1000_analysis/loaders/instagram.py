"""Loader for Instagram "Download Your Information" JSON exports, 2018 (IG-A) to late 2025 (IG-D).

Generations (see ``../shared/formats/facebook-instagram.md`` §1.2 and §4):

- ``IG-A`` (2018 – Dec 2020): flat files at the root: ``connections.json`` (followers,
  following and sent requests as ``{username: iso-time}``), ``messages.json``, ``likes.json``,
  ``comments.json``, ``profile.json``; times are ISO-8601 strings; people are usernames.
- ``IG-B`` (Dec 2020 – 2022): ``followers_and_following/followers.json``
  (``relationships_followers``), ``messages/inbox/<thread>/message_N.json``, ``likes/``,
  ``comments/``, ``account_information/`` or ``personal_information/``.
- ``IG-C`` (2023 – mid 2025): ``connections/followers_and_following/followers_N.json`` (bare
  list), ``your_instagram_activity/{messages,likes,comments,story_…}/``.
- ``IG-D`` (late 2025 →): as IG-C, but ``following.json`` names the account only in ``title``
  (href ``/_u/<user>``, no ``value``) and likes use the ``label_values`` list format.

What becomes what:

- contacts: followers and following, one row per lower-cased username; a person in both is
  ``mutual``. ``close_friends`` is a flag (``close_friend`` column), not a relation.
- requests: ``pending_follow_requests`` → sent/pending; ``follow_requests_you've_received`` →
  received/pending; ``recent_follow_requests`` → sent/unknown (the file lists recently sent
  requests whatever became of them and carries no outcome).
- ``recently_unfollowed_profiles`` (``recently_unfollowed_accounts`` in IG-B): the end of a
  *following* tie that the owner chose. It is not a contact (the owner no longer follows the
  person) and not an interaction (nothing was said to anyone). It is kept as evidence: a
  contact who still follows the owner gets ``unfollowed_at``; the snapshot row carries
  ``n_unfollowed_recently`` so that growth analyses can tell churn the owner caused from
  churn by the other side.
- interactions: direct messages (``inbox`` and ``message_requests``; reactions inside them),
  likes of posts, comments and stories (``like``/out, counterpart = the liked item's owner),
  comments on posts and reels (``comment``/out, counterpart = ``Media Owner``). Shares inside
  messages are not interactions with the shared content's owner. Every row has an
  ``event_key`` so that an event seen in two snapshots is counted once.

Example
-------
>>> import io, zipfile
>>> from power1000_analysis.loaders._archive import ZipArchive
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w") as zf:
...     zf.writestr("connections/followers_and_following/followers_1.json",
...                 '[{"title": "", "string_list_data": [{"value": "Ann", "timestamp": 1700000000}]}]')
>>> archive = ZipArchive(buffer, label="demo.zip")
>>> [(d.platform, d.generation, d.root) for d in detect(archive)]
[('instagram', 'IG-C', '')]
>>> read(archive, detect(archive)[0]).contacts[["contact_key", "relation"]].values.tolist()
[['ann', 'follower']]
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import orjson
import pandas as pd

from power1000_analysis.labels import counted
from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._text import (
    clean_str,
    epoch_to_utc,
    find_date_in_name,
    fix_mojibake,
)

__all__ = ["GENERATIONS", "PLATFORM", "detect", "read"]

PLATFORM = "instagram"
#: part of the cache's loader version (``cache.loader_version``), beside this file's source:
#: bump it whenever the frames change shape or event keys change. "2" since interactions
#: carry ``thread_title`` (session 8).
LOADER_VERSION = "2"
GENERATIONS: tuple[str, ...] = ("IG-A", "IG-B", "IG-C", "IG-D")
#: each generation in words, as ``power1000 inspect`` shows it (the codes are ours)
GENERATION_NAMES: dict[str, str] = {
    "IG-A": "2018–2020 layout (connections.json, messages.json at the top)",
    "IG-B": "Dec 2020–2022 layout (followers_and_following/, messages/inbox/)",
    "IG-C": "2023–mid 2025 layout (connections/followers_and_following/, your_instagram_activity/)",
    "IG-D": "late 2025 layout (as 2023–2025, following listed by title, your_instagram_activity/media/)",
}

PROFILE_URL = "https://www.instagram.com/"
#: milliseconds of 2000-01-01: earlier non-zero times are implausible (hand-truncated values
#: in the d3i IG-C test file); they are kept and reported.
_PLAUSIBLE_MS = 946_684_800_000
#: detection opens at most this many marker files per root, each at most this large.
_PEEK_FILES = 6
_PEEK_BYTES = 8 * 1024**2
#: display names Meta gives to deleted or deactivated accounts: not a person.
_GONE_ACCOUNTS = {"instagram user", "instagramuser", "facebook user"}

# ---------------------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------------------

_ROOT = r"^(?P<root>(?:[^/]+/)*?)"
_ROOT_MARKERS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    # (pattern, generation hint, needs a content check to count)
    (
        re.compile(_ROOT + r"connections/followers_and_following/[^/]+\.(?P<ext>json|html)$"),
        "IG-C",
        False,
    ),
    (re.compile(_ROOT + r"your_instagram_activity/.+\.(?P<ext>json|html)$"), "IG-C", False),
    (
        re.compile(
            _ROOT
            + r"personal_information/personal_information/personal_information\.(?P<ext>json|html)$"
        ),
        "IG-C",
        True,
    ),
    (
        re.compile(
            _ROOT + r"followers_and_following/(?:followers|following)(?:_\d+)?\.(?P<ext>json|html)$"
        ),
        "IG-B",
        False,
    ),
    (
        re.compile(
            _ROOT
            + r"(?:account_information|personal_information)/personal_information\.(?P<ext>json|html)$"
        ),
        "IG-B",
        True,
    ),
    (re.compile(_ROOT + r"likes/liked_(?:posts|comments)\.(?P<ext>json|html)$"), "IG-B", True),
    (re.compile(_ROOT + r"comments/post_comments(?:_\d+)?\.(?P<ext>json|html)$"), "IG-B", True),
    (
        re.compile(_ROOT + r"(?:connections|profile|messages|likes|comments)\.(?P<ext>json)$"),
        "IG-A",
        True,
    ),
)
# Keys that only Instagram writes (Facebook uses *_v2/*_v3 keys and name/timestamp items).
_IG_KEY = re.compile(
    r"^(relationships_|likes_(media|comment)_likes$|story_activities_|comments_(media|reels)_comments$|profile_user$)"
)


def _looks_instagram(data: Any) -> bool:
    """True when parsed JSON has a shape only Instagram writes."""
    if isinstance(data, dict):
        if any(_IG_KEY.match(str(key)) for key in data):
            return True
        # IG-A connections.json: {"followers": {username: iso}, "following": {...}}
        sections = [data.get(k) for k in ("followers", "following", "follow_requests_sent")]
        if any(isinstance(s, dict) for s in sections):
            return True
        # IG-A likes.json / comments.json: lists of [iso, username(, owner)]
        for key in ("media_likes", "comment_likes", "media_comments"):
            value = data.get(key)
            if isinstance(value, list) and value and isinstance(value[0], list):
                return True
        # IG-A profile.json
        return "username" in data and ("date_joined" in data or "biography" in data)
    if isinstance(data, list) and data:
        first = data[0]
        if isinstance(first, dict):
            if "string_list_data" in first or "string_map_data" in first:
                return True
            if "label_values" in first and "fbid" in first and "timestamp" in first:
                return True
            # IG-A messages.json: [{"participants": [...], "conversation": [...]}]
            return "conversation" in first and "participants" in first
    return False


def _peek(archive: Archive, name: str) -> Any:
    """Parsed JSON of a small member, or None (detection never fails on a bad file)."""
    try:
        if archive.size(name) > _PEEK_BYTES:
            return None
        return _parse(archive.read_bytes(name))
    except Exception:  # detection is best effort; read() reports bad files
        return None


def detect(archive: Archive) -> list[Detection]:
    """Instagram JSON exports in ``archive``, by marker files confirmed by their content.

    HTML exports are not claimed (``discover`` then tells the user to ask for JSON).

    Example
    -------
    >>> from power1000_analysis.loaders._archive import FolderArchive
    >>> detect(FolderArchive("/nonexistent"))
    []
    """
    names = archive.names()
    roots: dict[str, dict[str, Any]] = {}
    for name in names:
        for pattern, hint, needs_content in _ROOT_MARKERS:
            match = pattern.match(name)
            if match is None:
                continue
            root = match.group("root").rstrip("/")
            entry = roots.setdefault(root, {"json": [], "html": 0, "hints": set(), "strong": False})
            if match.group("ext") == "html":
                entry["html"] += 1
            else:
                entry["json"].append((name, needs_content))
                entry["hints"].add(hint)
                entry["strong"] |= not needs_content
            break
    detections: list[Detection] = []
    for root, entry in roots.items():
        if not entry["json"]:
            continue  # an HTML export: not readable, discover() says so
        confirmed = None
        # Small relationship/likes files first: they carry the IG-only keys.
        candidates = sorted(entry["json"], key=lambda item: ("/messages/" in item[0], item[0]))
        for name, _needs in candidates[:_PEEK_FILES]:
            if _looks_instagram(_peek(archive, name)):
                confirmed = name
                break
        if confirmed is None and not entry["strong"]:
            continue
        view_names = [
            n[len(root) + 1 :] if root else n for n in names if not root or n.startswith(root + "/")
        ]
        prefix = f"{root}/" if root else ""

        def peek(name: str, prefix: str = prefix) -> Any:
            return _peek(archive, prefix + name)

        generation = _generation(view_names, peek)
        detections.append(
            Detection(
                platform=PLATFORM,
                generation=generation,
                root=root,
                confidence=90 if confirmed else 60,
                evidence=f"{confirmed or entry['json'][0][0]} ({'Instagram keys' if confirmed else 'Instagram paths'})",
            )
        )
    # A root inside another Instagram root is part of it (a misleading nested marker).
    kept = [
        d
        for d in detections
        if not any(
            o.root != d.root and (o.root == "" or d.root.startswith(o.root + "/"))
            for o in detections
        )
    ]
    return sorted(kept, key=lambda d: d.root)


def _generation(names: list[str], peek: Callable[[str], Any]) -> str:
    """The export generation from relative member names (and a look at two small files)."""
    name_set = set(names)
    if any(n in name_set for n in ("connections.json", "profile.json", "messages.json")):
        return "IG-A"
    modern = any(
        n.startswith(("connections/followers_and_following/", "your_instagram_activity/"))
        for n in names
    )
    if not modern:
        return "IG-B"
    if any(n.startswith("your_instagram_activity/media/") for n in names):
        return "IG-D"
    for name in names:
        if name.endswith("followers_and_following/following.json"):
            items = _items(peek(name), "relationships_following")
            if items and all(_is_title_only(item) for item in items):
                return "IG-D"
            if items:
                return "IG-C"
        if name.endswith("likes/liked_posts.json"):
            data = peek(name)
            if (
                isinstance(data, list)
                and data
                and isinstance(data[0], dict)
                and "label_values" in data[0]
            ):
                return "IG-D"
    return "IG-C"


def _is_title_only(item: Any) -> bool:
    # IG-D following.json: username in title, href .../_u/<user>, no value.
    if not isinstance(item, dict):
        return False
    first = _first_string_item(item)
    return bool(item.get("title")) and not first.get("value")


# ---------------------------------------------------------------------------------------
# JSON helpers
# ---------------------------------------------------------------------------------------


def _parse(raw: bytes) -> Any:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        # orjson refuses lone surrogates that json accepts; a truly broken file fails here too.
        return json.loads(raw.decode("utf-8", errors="strict"))


def _repair(node: Any) -> Any:
    """Undo Meta's mojibake everywhere in a parsed tree (keys too: labels may be localised)."""
    if isinstance(node, str):
        return fix_mojibake(node)
    if isinstance(node, list):
        return [_repair(item) for item in node]
    if isinstance(node, dict):
        return {fix_mojibake(str(key)): _repair(value) for key, value in node.items()}
    return node


def _items(data: Any, *keys: str) -> list[dict[str, Any]]:
    """The entries of an IG list file: a bare list (IG-C+) or the list under one of ``keys``
    (falling back to the only list-valued key, since keys were renamed over the years)."""
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)]
    if isinstance(data, dict):
        for key in keys:
            if isinstance(data.get(key), list):
                return [item for item in data[key] if isinstance(item, dict)]
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            return [item for item in lists[0] if isinstance(item, dict)]
        # A single entry written as an object instead of a list (seen in IG-C comment dumps).
        if "string_map_data" in data or "string_list_data" in data:
            return [data]
    return []


def _first_string_item(item: dict[str, Any]) -> dict[str, Any]:
    values = item.get("string_list_data")
    if isinstance(values, list) and values and isinstance(values[0], dict):
        return values[0]
    return {}


def _username_from_href(href: Any) -> str | None:
    text = clean_str(href)
    if not text:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", text.split("?")[0]).strip("/")
    parts = [p for p in path.split("/") if p and p != "_u"]  # IG-D: /_u/<user>
    return parts[-1] if len(parts) == 1 else None


def _relationship_username(item: dict[str, Any]) -> str | None:
    """``value`` if present, else ``title`` (IG-D), else the last path segment of ``href``."""
    first = _first_string_item(item)
    return (
        clean_str(first.get("value"))
        or clean_str(item.get("title"))
        or _username_from_href(first.get("href"))
    )


def _label(mapping: Any, *labels: str) -> Any:
    """A ``string_map_data`` entry by label, case-insensitively (labels changed case between
    IG-B and IG-C, and are localised: d3i reads the Dutch aliases too)."""
    if not isinstance(mapping, dict):
        return None
    lowered = {str(key).casefold(): value for key, value in mapping.items()}
    for label in labels:
        value = lowered.get(label.casefold())
        if value is not None:
            return value
    return None


def _label_values(entries: Any) -> Iterator[dict[str, Any]]:
    """Every ``{label, value}`` pair of an IG-D ``label_values`` tree, depth first."""
    if isinstance(entries, list):
        for entry in entries:
            yield from _label_values(entry)
    elif isinstance(entries, dict):
        if "label" in entries:
            yield entries
        if "dict" in entries:
            yield from _label_values(entries["dict"])


def _owner_from_label_values(item: dict[str, Any]) -> tuple[str | None, str | None]:
    """(username, display name) of the ``Owner`` block of an IG-D label_values item."""
    for entry in item.get("label_values") or []:
        if isinstance(entry, dict) and str(entry.get("title", "")).casefold() in (
            "owner",
            "eigenaar",
        ):
            found = {
                str(e.get("label", "")).casefold(): clean_str(e.get("value"))
                for e in _label_values(entry)
            }
            return found.get("username") or found.get("gebruikersnaam"), found.get(
                "name"
            ) or found.get("naam")
    return None, None


def _key(username: str | None) -> str | None:
    return username.strip().lstrip("@").lower() if username else None


def _hash(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


@lru_cache(maxsize=65536)
def _fold(name: str | None) -> str:
    return unicodedata.normalize("NFC", name or "").strip().casefold()


@lru_cache(maxsize=65536)
def _name(value: str | None) -> str | None:
    """A repaired, cleaned display name (cached: a thread repeats its few names thousands of times)."""
    return clean_str(fix_mojibake(value)) if isinstance(value, str) else None


@lru_cache(maxsize=64)
def _owner_folds(username: str | None, name: str | None, alias: str | None) -> frozenset[str]:
    return frozenset({_fold(username), _fold(name), _fold(alias)} - {""})


# ---------------------------------------------------------------------------------------
# Times
# ---------------------------------------------------------------------------------------


def _ms(value: Any, *, unit: str = "s") -> int | None:
    """Epoch milliseconds from seconds/ms numbers or ISO strings (IG-A); 0 and junk → None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if value != value or value == 0:  # NaN; epoch 0 is Meta's "no time"
            return None
        return int(value * 1000) if unit == "s" else int(value)
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return _ms(float(text), unit=unit)
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError):
        return None
    if stamp is pd.NaT:
        return None
    # IG-A writes ISO strings, mostly with an offset; a naive one is taken as UTC.
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return int(stamp.value // 1_000_000) or None


def _unknown_unit_ms(value: Any) -> int | None:
    # Reaction timestamps inside IG messages (2024+) have no documented unit.
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1e11:
        return _ms(value, unit="ms")
    return _ms(value)


def _times(values: Iterable[int | None]) -> pd.Series:
    numbers = pd.Series(list(values), dtype="Float64").astype("float64")
    return pd.Series(epoch_to_utc(numbers.to_numpy(), "ms"))


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------

_FOLLOWERS = re.compile(r"(?:^|/)followers_and_following/followers(?:_\d+)?\.json$")
_FOLLOWING = re.compile(r"(?:^|/)followers_and_following/following(?:_\d+)?\.json$")
_PENDING_SENT = re.compile(r"(?:^|/)pending_follow_requests(?:_\d+)?\.json$")
# IG-C writes the apostrophe; Meta replaced apostrophes in names by "_" from late 2024 (FB).
_RECEIVED = re.compile(r"(?:^|/)follow_requests_you(?:'|’|_)ve_received(?:_\d+)?\.json$")
_RECENT = re.compile(r"(?:^|/)recent_follow_requests(?:_\d+)?\.json$")
# IG-B recently_unfollowed_accounts.json; IG-C+ recently_unfollowed_profiles.json.
_UNFOLLOWED = re.compile(r"(?:^|/)recently_unfollowed_(?:profiles|accounts)\.json$")
_CLOSE = re.compile(r"(?:^|/)close_friends\.json$")
_A_SETTING = "a setting, not a tie"
#: files known and deliberately not read as people or events, by base name (without
#: ``.json``), with why: listed in one ``info`` problem (``LoadedExport.files_not_used``).
_KNOWN_UNUSED_WHY = {
    "blocked_profiles": "accounts you blocked, not ties",
    "blocked_accounts": "accounts you blocked, not ties",
    "restricted_profiles": "accounts you restricted, not ties",
    "restricted_accounts": "accounts you restricted, not ties",
    "hide_story_from": _A_SETTING,
    "removed_suggestions": "suggested accounts you dismissed, not ties",
    "following_hashtags": "hashtags, not people",
    "profiles_you've_favorited": _A_SETTING,
    "custom_lists": _A_SETTING,
    "synced_contacts": "your phone's address book uploaded to Instagram, not Instagram ties",
    "secret_conversations": "device metadata only, no messages",
    "reported_conversations": "conversations you reported, no messages",
}
_KNOWN_UNUSED = re.compile(
    r"(?:^|/)(?P<base>" + "|".join(map(re.escape, _KNOWN_UNUSED_WHY)) + r")\.json$"
)
_MESSAGE = re.compile(
    r"(?:^|/)messages/(?P<folder>[^/]+)/(?P<thread>[^/]+)/message_(?P<n>\d+)\.json$"
)
_LIKED_POSTS = re.compile(r"(?:^|/)likes/liked_posts(?:_\d+)?\.json$")
_LIKED_COMMENTS = re.compile(r"(?:^|/)likes/liked_comments(?:_\d+)?\.json$")
_STORY_LIKES = re.compile(r"(?:^|/)story_likes(?:_\d+)?\.json$")
_POST_COMMENTS = re.compile(r"(?:^|/)comments/post_comments(?:_\d+)?\.json$")
_REELS_COMMENTS = re.compile(r"(?:^|/)comments/reels_comments(?:_\d+)?\.json$")
_PERSONAL = re.compile(r"(?:^|/)personal_information\.json$")
# Thread folders are <username>_<thread id>: digits in newer exports (HPI), 10 letters and
# digits in older ones (corsali 2022: syymlink_ngabqpb7xq; formats notes §2.5).
_THREAD_USER = re.compile(r"^(?P<user>[A-Za-z0-9._]+)_(?P<id>\d+|[A-Za-z0-9]{10})$")
# IG-B system messages standing for a reaction to a message (HPI notes the trailing space).
_REACTION_TEXT = re.compile(r"^(?:Liked a message|Reacted .{1,8} to your message ?)$")


def _thread_user(thread: str) -> str | None:
    """The username key in a thread folder name, or None (not ``<user>_<id>``, or the
    "instagramuser" of a deleted account)."""
    match = _THREAD_USER.match(thread)
    if match is None or match.group("user").lower() in _GONE_ACCOUNTS:
        return None
    return match.group("user").lower()


def _part_number(name: str) -> int:
    match = re.search(r"_(\d+)\.json$", name)
    return int(match.group(1)) if match else 0


@dataclass
class _Relation:
    username: str
    at_ms: int | None


@dataclass
class _Reader:
    """State of one read: the archive, the problem log, and what was found so far."""

    archive: Archive
    log: ProblemLog = field(default_factory=ProblemLog)
    files_read: set[str] = field(default_factory=set)
    #: recognised files not read, with why (``LoadedExport.files_not_used``).
    files_not_used: dict[str, str] = field(default_factory=dict)
    early: Counter[str] = field(default_factory=Counter)
    owner_username: str | None = None
    owner_name: str | None = None
    #: the display name the threads give the owner when the profile's is in none of them
    owner_alias: str | None = None
    #: the profile file as ``_read_owner`` found it: None (no such file), "read" (parsed:
    #: what it lacks it does not give) or "unreadable" (not valid JSON or not a profile)
    profile_file: str | None = None
    #: display name (folded) → username, from IG-D likes and 1:1 message threads; None for
    #: a display name seen for more than one username (not resolved by name).
    names_to_user: dict[str, str | None] = field(default_factory=dict)
    #: username key → display name seen somewhere in the export.
    display_names: dict[str, str] = field(default_factory=dict)
    interactions: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)

    # -- files ------------------------------------------------------------------------------
    def load(self, name: str, *, repair: bool = True) -> Any:
        """Parsed JSON of one member, mojibake-repaired unless ``repair`` is False (message
        files repair only the fields they use); None (and a problem row) if broken."""
        self.files_read.add(name)
        try:
            data = _parse(self.archive.read_bytes(name))
        except (ValueError, UnicodeDecodeError) as error:
            self.log.add(
                self.archive.source(name),
                f"not valid JSON, file skipped ({str(error)[:120]})",
                severity="error",
            )
            return None
        except OSError as error:  # refused by the archive limits, or unreadable
            self.log.add(self.archive.source(name), f"could not be read: {error}", severity="error")
            return None
        return _repair(data) if repair else data

    def ms(self, name: str, value: Any, *, unit: str = "s") -> int | None:
        result = _ms(value, unit=unit) if unit != "?" else _unknown_unit_ms(value)
        if result is not None and result < _PLAUSIBLE_MS:
            self.early[name] += 1
        return result

    def report_early_times(self) -> None:
        for name, count in sorted(self.early.items()):
            self.log.add(
                self.archive.source(name),
                f"{count} timestamp(s) before 2000 (truncated values?); rows kept with those times",
                severity="warning",
            )

    # -- owner ------------------------------------------------------------------------------
    def is_owner(self, name: str | None) -> bool:
        return _fold(name) in _owner_folds(self.owner_username, self.owner_name, self.owner_alias)

    def learn(self, display: str | None, username: str) -> None:
        """Remember that ``display`` is ``username``'s display name. A display name seen for
        two different usernames (namesakes) is ambiguous and resolves to no one."""
        folded = _fold(display)
        if not folded:
            return
        if folded not in self.names_to_user:
            self.names_to_user[folded] = username
        else:
            known = self.names_to_user[folded]
            if known is not None and _key(known) != _key(username):
                self.names_to_user[folded] = None

    def resolve(
        self, name: str | None, thread: str | None = None, one_to_one: bool = False
    ) -> str | None:
        """The username key of a person named in a message (display name), or None.

        ``one_to_one``: ``name`` is the other participant of the 1:1 thread ``thread``,
        whose folder (``<username>_<thread id>``) names them: that wins over a display
        name learned elsewhere (two people may share a display name).
        """
        folded = _fold(name)
        if not folded or folded in _GONE_ACCOUNTS:
            return None
        if one_to_one and thread:
            user = _thread_user(thread)
            if user is not None:
                return user
        user = self.names_to_user.get(folded)
        if user is not None:
            return _key(user)
        if folded in self.known_keys:
            return folded
        return None

    known_keys: set[str] = field(default_factory=set)


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one Instagram export (one snapshot) into canonical frames.

    Parameters
    ----------
    archive
        The export, already narrowed to its root folder.
    detection
        What :func:`detect` found (its generation is refined from the content).

    Returns
    -------
    LoadedExport
        contacts (followers/following/mutual), interactions (messages, reactions in messages,
        likes, comments; with ``event_key``), requests, problems, and ``missing`` naming what
        the export did not contain at all.

    Example
    -------
    >>> import io, zipfile
    >>> from power1000_analysis.loaders._archive import ZipArchive
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as zf:
    ...     zf.writestr("your_instagram_activity/likes/liked_posts.json",
    ...                 '{"likes_media_likes": [{"title": "bo", "string_list_data": [{"timestamp": 1700000000}]}]}')
    >>> archive = ZipArchive(buffer, label="likes.zip")
    >>> export = read(archive, detect(archive)[0])
    >>> export.interactions[["contact_key", "kind", "direction"]].values.tolist()
    [['bo', 'like', 'out']]
    >>> sorted(export.missing)
    ['comments', 'contacts', 'messages', 'requests']
    """
    names = archive.names()
    reader = _Reader(archive)
    generation = _generation(names, lambda n: _peek(archive, n)) or detection.generation
    missing: dict[str, str] = {}
    extra: dict[str, Any] = {}

    _read_owner(reader, names)
    if reader.owner_username is None:
        guessed = _owner_from_label(archive.label)
        if guessed:
            reader.owner_username = guessed
            reader.log.add(
                archive.label,
                f"{_profile_lacks(reader, 'username')}; owner username {guessed!r} taken from "
                "the export's folder name",
                severity="info",
            )

    legacy = _read_legacy_connections(reader, names)  # IG-A
    followers = _read_relations(
        reader, [n for n in names if _FOLLOWERS.search(n)], "relationships_followers"
    )
    following = _read_relations(
        reader, [n for n in names if _FOLLOWING.search(n)], "relationships_following"
    )
    if legacy is not None:
        followers.extend(legacy[0])
        following.extend(legacy[1])
    has_followers = legacy is not None or any(_FOLLOWERS.search(n) for n in names)
    has_following = legacy is not None or any(_FOLLOWING.search(n) for n in names)
    close = {
        _key(r.username)
        for r in _read_relations(
            reader, [n for n in names if _CLOSE.search(n)], "relationships_close_friends"
        )
    }
    unfollowed = _read_relations(
        reader, [n for n in names if _UNFOLLOWED.search(n)], "relationships_unfollowed_users"
    )
    reader.known_keys = {_key(r.username) or "" for r in followers + following} - {""}

    _read_likes(reader, names)
    _read_comments(reader, names)
    _read_messages(reader, names)
    _read_requests(reader, names)
    for name in names:
        if known := _KNOWN_UNUSED.search(name):
            reader.files_read.add(name)  # known, and deliberately not people or events here
            reader.files_not_used[name] = _KNOWN_UNUSED_WHY[known["base"]]

    contacts = _contacts_frame(reader, followers, following, close, unfollowed)
    unfollowed_keys = {_key(r.username) for r in unfollowed}
    current = set(contacts["contact_key"]) if not contacts.empty else set()
    extra["n_unfollowed_recently"] = len(unfollowed_keys)
    extra["n_unfollowed_gone"] = len(unfollowed_keys - current)

    if not has_followers and not has_following:
        missing["contacts"] = "no followers or following files in this export"
    elif not has_followers:
        missing["followers"] = "no followers file in this export"
    elif not has_following:
        missing["following"] = "no following file in this export"
    if (
        not any(_PENDING_SENT.search(n) or _RECEIVED.search(n) or _RECENT.search(n) for n in names)
        and legacy is None
    ):
        missing["requests"] = "no follow-request files in this export"
    has_messages = any(_MESSAGE.search(n) for n in names) or "messages.json" in names
    has_likes = (
        any(
            _LIKED_POSTS.search(n) or _LIKED_COMMENTS.search(n) or _STORY_LIKES.search(n)
            for n in names
        )
        or "likes.json" in names
    )
    has_comments = any(_POST_COMMENTS.search(n) or _REELS_COMMENTS.search(n) for n in names) or (
        "comments.json" in names
    )
    for topic, present in (
        ("messages", has_messages),
        ("likes", has_likes),
        ("comments", has_comments),
    ):
        if not present:
            missing[topic] = f"no {topic} files in this export"
    if not (has_messages or has_likes or has_comments):
        missing["interactions"] = "no messages, likes or comments files in this export"

    reader.report_early_times()
    owner_details = {
        key: value
        for key, value in (
            ("username", reader.owner_username),
            ("name", reader.owner_name),
            ("inferred_name", reader.owner_alias),
        )
        if value
    }
    return LoadedExport(
        platform=PLATFORM,
        generation=generation,
        source=archive.label,
        owner=_key(reader.owner_username) or reader.owner_name,
        contacts=contacts,
        interactions=_interactions_frame(reader.interactions),
        requests=_requests_frame(reader.requests),
        problems=reader.log.frame(),
        missing=missing,
        files_read=reader.files_read,
        files_not_used=reader.files_not_used,
        extra=extra,
        owner_details=owner_details,
    )


_LABEL_OWNER = re.compile(r"(?:^|[/:])instagram-(?P<user>[A-Za-z0-9._]+?)-\d{4}-\d{2}-\d{2}")


def _owner_from_label(label: str) -> str | None:
    # The export's root folder or zip is instagram-<username>-<YYYY-MM-DD>-<hash> (all gens).
    match = _LABEL_OWNER.search(label.replace("\\", "/"))
    return match.group("user") if match and find_date_in_name(match.group(0)) else None


def _read_owner(reader: _Reader, names: list[str]) -> None:
    # IG-B account_information/ or personal_information/; IG-C+ personal_information/
    # personal_information/; some late-2025 exports nest it one level deeper: any location.
    for name in sorted((n for n in names if _PERSONAL.search(n)), key=lambda n: (n.count("/"), n)):
        data = reader.load(name)
        users = data.get("profile_user") if isinstance(data, dict) else None
        if isinstance(users, dict):  # one profile written as an object, not a list
            users = [users]
        if not isinstance(users, list) or not users or not isinstance(users[0], dict):
            reader.profile_file = reader.profile_file or "unreadable"
            continue
        reader.profile_file = "read"
        fields = users[0].get("string_map_data")
        username = clean_str((_label(fields, "Username", "Gebruikersnaam") or {}).get("value"))
        display = clean_str((_label(fields, "Name", "Naam") or {}).get("value"))
        if username or display:
            reader.owner_username, reader.owner_name = username, display
            return
    if "profile.json" in names:  # IG-A
        data = reader.load("profile.json")
        if isinstance(data, dict):
            reader.profile_file = "read"
            reader.owner_username = clean_str(data.get("username"))
            reader.owner_name = clean_str(data.get("name"))
        else:
            reader.profile_file = reader.profile_file or "unreadable"


def _profile_lacks(reader: _Reader, what: str) -> str:
    """Why the owner's ``what`` (name, username) is not the profile's, for a problem message:
    there is no profile file, it is not readable, or it does not give that field (review11b
    IG-C: "no profile file" was said of all three)."""
    if reader.profile_file == "read":
        return f"the profile file gives no {what}"
    if reader.profile_file == "unreadable":
        return "the profile file is not readable"
    return "no profile file"


def _read_legacy_connections(
    reader: _Reader, names: list[str]
) -> tuple[list[_Relation], list[_Relation]] | None:
    """IG-A ``connections.json``: ``{followers: {user: iso}, following: {...}, follow_requests_sent}``."""
    if "connections.json" not in names:
        return None
    data = reader.load("connections.json")
    if not isinstance(data, dict):
        return None
    name = "connections.json"

    def section(key: str) -> list[_Relation]:
        values = data.get(key)
        if not isinstance(values, dict):
            return []
        return [
            _Relation(str(user), reader.ms(name, when)) for user, when in values.items() if user
        ]

    for relation in section("follow_requests_sent"):
        reader.requests.append(_request_row(relation, "sent", "pending", "follow_requests_sent"))
    return section("followers"), section("following")


def _read_relations(reader: _Reader, files: list[str], key: str) -> list[_Relation]:
    relations: list[_Relation] = []
    for name in sorted(files, key=lambda n: (_part_number(n), n)):
        data = reader.load(name)
        if data is None:
            continue
        skipped = 0
        for item in _items(data, key):
            username = _relationship_username(item)
            if not username:
                skipped += 1
                continue
            when = _first_string_item(item).get("timestamp")
            relations.append(_Relation(username, reader.ms(name, when)))
        if skipped:
            reader.log.add(
                reader.archive.source(name),
                f"{counted(skipped, 'entry')} without a username skipped",
                n_skipped=skipped,
            )
    return relations


def _dedupe(relations: list[_Relation]) -> dict[str, _Relation]:
    """One entry per username key; a repeated entry keeps its earliest time (the d3i IG-C test
    file lists one follower twice)."""
    found: dict[str, _Relation] = {}
    for relation in relations:
        key = _key(relation.username)
        if key is None:
            continue
        seen = found.get(key)
        if seen is None:
            found[key] = relation
        elif relation.at_ms is not None and (seen.at_ms is None or relation.at_ms < seen.at_ms):
            found[key] = _Relation(seen.username, relation.at_ms)
    return found


def _contacts_frame(
    reader: _Reader,
    followers: list[_Relation],
    following: list[_Relation],
    close: set[str | None],
    unfollowed: list[_Relation],
) -> pd.DataFrame:
    follower_by_key = _dedupe(followers)
    following_by_key = _dedupe(following)
    repeats = (len(followers) - len(follower_by_key)) + (len(following) - len(following_by_key))
    if repeats:
        reader.log.add(
            reader.archive.label,
            f"{counted(repeats, 'repeated follower/following entry')} merged into one contact each",
            severity="info",
        )
    unfollowed_at = {key: relation.at_ms for key, relation in _dedupe(unfollowed).items()}
    rows = []
    for key in sorted(set(follower_by_key) | set(following_by_key)):
        follower = follower_by_key.get(key)
        followed = following_by_key.get(key)
        relation = "mutual" if follower and followed else "follower" if follower else "following"
        username = (follower or followed).username  # type: ignore[union-attr]
        times = [t for t in (follower and follower.at_ms, followed and followed.at_ms) if t]
        rows.append(
            {
                "contact_key": key,
                "name": reader.display_names.get(key) or username,
                "handle": username,
                "profile_url": PROFILE_URL + key,
                "relation": relation,
                # The earlier of the two directions: when the tie first existed.
                "connected_at": min(times) if times else None,
                "follower_since": follower.at_ms if follower else None,
                "following_since": followed.at_ms if followed else None,
                "close_friend": key in close,
                # Only meaningful for followers the owner stopped following (see module doc).
                "unfollowed_at": unfollowed_at.get(key) if not followed else None,
            }
        )
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows)
    for column in ("connected_at", "follower_since", "following_since", "unfollowed_at"):
        frame[column] = _times(frame[column])
    frame.insert(0, "platform", PLATFORM)
    return frame


def _request_row(relation: _Relation, direction: str, status: str, source: str) -> dict[str, Any]:
    key = _key(relation.username)
    return {
        "contact_key": key,
        "name": relation.username,
        "handle": relation.username,
        "direction": direction,
        "sent_at": relation.at_ms,
        "status": status,
        "resolved_at": None,
        "request_list": source,
    }


def _read_requests(reader: _Reader, names: list[str]) -> None:
    lists = (
        (
            _PENDING_SENT,
            "relationships_follow_requests_sent",
            "sent",
            "pending",
            "pending_follow_requests",
        ),
        (
            _RECEIVED,
            "relationships_follow_requests_received",
            "received",
            "pending",
            "follow_requests_received",
        ),
        # Recently sent requests whatever became of them; still-pending ones are also in
        # pending_follow_requests, so the file carries no outcome: status unknown.
        (
            _RECENT,
            "relationships_permanent_follow_requests",
            "sent",
            "unknown",
            "recent_follow_requests",
        ),
    )
    seen: set[tuple[str | None, str, int | None]] = {
        (row["contact_key"], row["direction"], row["sent_at"]) for row in reader.requests
    }
    for pattern, key, direction, status, source in lists:
        files = [n for n in names if pattern.search(n)]
        for relation in _read_relations(reader, files, key):
            row = _request_row(relation, direction, status, source)
            identity = (row["contact_key"], direction, row["sent_at"])
            if identity in seen:  # a pending request repeated in recent_follow_requests
                continue
            seen.add(identity)
            reader.requests.append(row)


def _requests_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows)
    frame["sent_at"] = _times(frame["sent_at"])
    frame["resolved_at"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    frame.insert(0, "platform", PLATFORM)
    return frame


# -- likes and comments ---------------------------------------------------------------------


def _add_event(
    reader: _Reader,
    *,
    at_ms: int | None,
    key: str | None,
    name: str | None,
    direction: str,
    kind: str,
    subkind: str,
    thread_key: str | None = None,
    thread_title: str | None = None,
    n_participants: int = 2,
    identity: tuple[object, ...] = (),
) -> None:
    reader.interactions.append(
        {
            "at": at_ms,
            "contact_key": key,
            "name": name,
            "direction": direction,
            "kind": kind,
            "thread_key": thread_key,
            # the thread's own title (the folder name is a lower-case slug plus an id)
            "thread_title": thread_title,
            "n_participants": n_participants,
            "subkind": subkind,
            # A message thread's folder is not part of the event: an accepted message request
            # moves from message_requests/ to inbox/ between snapshots.
            "event_key": _hash(kind, direction, None if thread_key else subkind, at_ms, *identity),
        }
    )


def _read_likes(reader: _Reader, names: list[str]) -> None:
    sources = (
        (_LIKED_POSTS, "likes_media_likes", "post"),
        (_LIKED_COMMENTS, "likes_comment_likes", "comment"),
        (_STORY_LIKES, "story_activities_story_likes", "story"),
    )
    for pattern, key, subkind in sources:
        for name in sorted(n for n in names if pattern.search(n)):
            data = reader.load(name)
            if data is None:
                continue
            unnamed = 0
            for item in _items(data, key):
                if "label_values" in item:  # IG-D: owner in a nested label_values dict
                    username, display = _owner_from_label_values(item)
                    when = item.get("timestamp")
                else:  # IG-B/C: owner (of the post, comment or story) in title
                    username, display = clean_str(item.get("title")), None
                    when = _first_string_item(item).get("timestamp")
                if not username or reader.is_owner(username):
                    unnamed += 1  # nobody to credit, or the owner's own post
                    continue
                user_key = _key(username)
                if display and user_key:
                    reader.learn(display, username)
                    reader.display_names.setdefault(user_key, display)
                at_ms = reader.ms(name, when)
                _add_event(
                    reader,
                    at_ms=at_ms,
                    key=user_key,
                    name=display or username,
                    direction="out",
                    kind="like",
                    subkind=subkind,
                    identity=(user_key,),
                )
            if unnamed:
                reader.log.add(
                    reader.archive.source(name),
                    f"{unnamed} like(s) with no owner other than you not counted",
                    severity="info",
                    n_skipped=unnamed,
                )
    if "likes.json" in names:  # IG-A: {"media_likes": [[iso, username]], "comment_likes": [...]}
        data = reader.load("likes.json")
        if isinstance(data, dict):
            for section, subkind in (("media_likes", "post"), ("comment_likes", "comment")):
                for entry in data.get(section) or []:
                    if (
                        isinstance(entry, list)
                        and len(entry) >= 2
                        and entry[1]
                        and not reader.is_owner(entry[1])
                    ):
                        user_key = _key(str(entry[1]))
                        _add_event(
                            reader,
                            at_ms=reader.ms("likes.json", entry[0]),
                            key=user_key,
                            name=str(entry[1]),
                            direction="out",
                            kind="like",
                            subkind=subkind,
                            identity=(user_key,),
                        )


def _read_comments(reader: _Reader, names: list[str]) -> None:
    sources = (
        (_POST_COMMENTS, ("comments_media_comments",), "post"),
        (_REELS_COMMENTS, ("comments_reels_comments",), "reel"),
    )
    for pattern, keys, subkind in sources:
        for name in sorted(
            (n for n in names if pattern.search(n)), key=lambda n: (_part_number(n), n)
        ):
            data = reader.load(name)
            if data is None:
                continue
            unnamed = 0
            for item in _items(data, *keys):
                fields = item.get("string_map_data")
                # "Media Owner" (IG-C+), "Media owner" (IG-B), "Media-eigenaar" (nl); IG-B also
                # puts the owner in title.
                owner = clean_str(
                    (_label(fields, "Media Owner", "Media-eigenaar") or {}).get("value")
                )
                owner = owner or clean_str(item.get("title"))
                if not owner or reader.is_owner(owner):
                    unnamed += 1
                    continue
                when = (_label(fields, "Time", "Comment creation time", "Tijd") or {}).get(
                    "timestamp"
                )
                text = (_label(fields, "Comment", "Opmerking") or {}).get("value")
                user_key = _key(owner)
                _add_event(
                    reader,
                    at_ms=reader.ms(name, when),
                    key=user_key,
                    name=owner,
                    direction="out",
                    kind="comment",
                    subkind=subkind,
                    identity=(user_key, text),
                )
            if unnamed:
                reader.log.add(
                    reader.archive.source(name),
                    f"{unnamed} comment(s) with an empty media owner (or on your own media) not counted",
                    severity="info",
                    n_skipped=unnamed,
                )
    if "comments.json" in names:  # IG-A: {"media_comments": [[iso, text, owner]], ...}
        data = reader.load("comments.json")
        if isinstance(data, dict):
            for section, entries in data.items():
                subkind = {
                    "media_comments": "post",
                    "story_comments": "story",
                    "live_comments": "live",
                }.get(section, "post")
                for entry in entries if isinstance(entries, list) else []:
                    if not (isinstance(entry, list) and len(entry) >= 3):
                        continue
                    owner = clean_str(entry[2])
                    if not owner or reader.is_owner(owner):
                        continue
                    user_key = _key(owner)
                    _add_event(
                        reader,
                        at_ms=reader.ms("comments.json", entry[0]),
                        key=user_key,
                        name=owner,
                        direction="out",
                        kind="comment",
                        subkind=subkind,
                        identity=(user_key, entry[1]),
                    )


# -- messages -------------------------------------------------------------------------------


_Message = tuple[str | None, int | None, Any, list[dict[str, Any]]]


@dataclass
class _Thread:
    folder: str
    thread: str
    title: str | None
    participants: list[str]
    #: (sender, time ms, content, reactions) in file order
    messages: list[_Message]


def _load_threads(reader: _Reader, names: list[str]) -> list[_Thread]:
    by_thread: dict[tuple[str, str], list[str]] = {}
    for name in names:
        match = _MESSAGE.search(name)
        if match:
            by_thread.setdefault((match.group("folder"), match.group("thread")), []).append(name)
    threads: list[_Thread] = []
    for (folder, thread), files in sorted(by_thread.items()):
        title: str | None = None
        participants: list[str] = []
        messages: list[_Message] = []
        # message_1 holds the newest block: read by part number, not lexically.
        for name in sorted(files, key=lambda n: (_part_number(n), n)):
            data = reader.load(name, repair=False)
            if not isinstance(data, dict):
                continue
            title = title or _name(data.get("title"))
            for person in data.get("participants") or []:
                who = _name(person.get("name")) if isinstance(person, dict) else _name(person)
                if who and who not in participants:
                    participants.append(who)
            for message in data.get("messages") or []:
                if not isinstance(message, dict):
                    continue
                when = message.get("timestamp_ms")
                # 2018 Messenger-style files had seconds in "timestamp" before timestamp_ms.
                at_ms = (
                    reader.ms(name, when, unit="ms")
                    if when is not None
                    else reader.ms(name, message.get("timestamp"))
                )
                reactions = [
                    {
                        key: _name(value) if isinstance(value, str) else value
                        for key, value in r.items()
                    }
                    for r in message.get("reactions") or []
                    if isinstance(r, dict)
                ]
                content = message.get("content")
                messages.append(
                    (
                        _name(message.get("sender_name")),
                        at_ms,
                        fix_mojibake(content) if isinstance(content, str) else None,
                        reactions,
                    )
                )
        threads.append(_Thread(folder, thread, title, participants, messages))
    if "messages.json" in names:  # IG-A: [{participants: [usernames], conversation: [...]}]
        data = reader.load("messages.json")
        for index, conversation in enumerate(data if isinstance(data, list) else []):
            if not isinstance(conversation, dict):
                continue
            people = [clean_str(p) for p in conversation.get("participants") or []]
            participants = [p for p in dict.fromkeys(people) if p]
            legacy_messages: list[_Message] = [
                (
                    clean_str(m.get("sender")),
                    reader.ms("messages.json", m.get("created_at")),
                    m.get("text"),
                    [],
                )
                for m in conversation.get("conversation") or []
                if isinstance(m, dict)
            ]
            key = "+".join(sorted(p.lower() for p in participants)) or f"conversation_{index}"
            threads.append(_Thread("inbox", key, None, participants, legacy_messages))
    return threads


def _infer_owner(reader: _Reader, threads: list[_Thread]) -> None:
    """Without a profile file (or a name in it), the owner is :func:`_thread_owner`."""
    found = _thread_owner(threads)
    if found is not None:
        reader.owner_name, how, sure = found
        reader.log.add(
            reader.archive.label,
            f"{_profile_lacks(reader, 'name')}; owner taken to be {reader.owner_name!r}, {how}",
            severity="info" if sure else "warning",
        )


#: Share of the accepted group threads the owner must be in when no one is in all of them
#: and no 1:1 thread's title tells (the owner left a group, or was added to one late).
_OWNER_SHARE = 0.8


def _thread_owner(threads: list[_Thread]) -> tuple[str, str, bool] | None:
    """Who the owner is by the message threads: ``(name, how it was found, sure)``, or None.

    Only accepted threads count: a pending message request (``message_requests/``) need not
    list the owner (review11b IG-A); only when there is no other thread are requests asked.
    Rule 1, as :func:`_meta.infer_owner`: a 1:1 thread's title names the other participant,
    so the owner is the one it leaves out; every such thread must agree. Rule 2: the one
    participant of every thread of 2+ people (2+ threads). Rule 3 (``sure`` False): no one
    is in all of them (the owner left a group, IG-B): the one participant of the most threads,
    when in at least 80% of 5 or more, with a warning naming who was taken."""
    accepted = [t for t in threads if t.folder != "message_requests"] or threads
    spelled: dict[str, str] = {}
    votes: Counter[str] = Counter()
    voted = 0
    for thread in accepted:
        for person in thread.participants:
            spelled.setdefault(_fold(person), person)
        people = {_fold(p) for p in thread.participants if _fold(p)}
        if len(people) == 2 and thread.title and _fold(thread.title) in people:
            voted += 1
            votes.update(people - {_fold(thread.title)})
    if votes:
        (best, count), *rest = votes.most_common()
        if count == voted and not rest:
            how = (
                f"the participant the titles of {voted} one-to-one threads do not name"
                if voted > 1
                else "the participant the one-to-one thread's title does not name"
            )
            return spelled[best], how, True
    groups = [{_fold(p) for p in t.participants if _fold(p)} for t in accepted]
    groups = [people for people in groups if len(people) >= 2]
    presence = Counter(person for people in groups for person in people)
    if len(groups) < 2 or not presence:
        return None
    (best, count), *rest = presence.most_common(2)
    if rest and rest[0][1] == count:
        return None  # two people in as many threads: do not guess
    if count == len(groups):
        return spelled[best], "the participant of every message thread", True
    if len(groups) >= 5 and count >= _OWNER_SHARE * len(groups):
        how = (
            f"the participant of the most message threads ({count} of {len(groups)}; "
            f"no one is in all of them)"
        )
        return spelled[best], how, False
    return None


def _read_messages(reader: _Reader, names: list[str]) -> None:
    threads = _load_threads(reader, names)
    if not threads:
        return
    if reader.owner_name is None:
        # Also when the username is known (profile without a name, or only the export's
        # folder name): messages name people by display name, never by username (review11 I1).
        _infer_owner(reader, threads)
    if reader.owner_username is None and reader.owner_name is None:
        count = sum(len(t.messages) for t in threads)
        reader.log.add(
            reader.archive.label,
            f"owner unknown ({_profile_lacks(reader, 'name or username')}, not inferable "
            "from threads): messages cannot be told sent from received and were not loaded",
            severity="warning",
            n_skipped=count,
        )
        return
    # A pending message request need not list the owner (nor hold a message of theirs).
    accepted = [t for t in threads if t.folder != "message_requests"]
    owner_in_no_thread = bool(accepted) and not any(
        reader.is_owner(p) for t in accepted for p in t.participants
    )
    if owner_in_no_thread:
        _owner_in_no_thread(reader, threads)
    # 1:1 threads teach display name → username (title is the other person's display name,
    # the folder is <username>_<id>); used to resolve senders in group threads too.
    for thread in threads:
        others = [p for p in thread.participants if not reader.is_owner(p)]
        user = _thread_user(thread.thread)
        if len(others) == 1 and user is not None:
            reader.learn(others[0], user)
            if _fold(others[0]) != user:
                reader.display_names.setdefault(user, others[0])
    _learn_spelled_names(reader, threads)
    if not owner_in_no_thread:
        _warn_unmatched_owner(reader, threads)
    for thread in threads:
        _thread_events(reader, thread)


def _owner_in_no_thread(reader: _Reader, threads: list[_Thread]) -> None:
    """The owner as the profile (or the folder name) gives them is in no thread (renamed
    since, or a username where threads give display names): every message would read as
    received. As the Facebook loader does, the threads are asked instead; a warning says
    which name directions then use, or that no one could be told."""
    owner = " / ".join(repr(v) for v in (reader.owner_username, reader.owner_name) if v)
    found = _thread_owner(threads)
    if found is None:
        if not _warn_unmatched_owner(reader, threads):
            reader.log.add(
                reader.archive.label,
                f"the owner ({owner}) appears in no message thread and the threads do not "
                f"tell who they are: every message reads as received",
                severity="warning",
            )
        return
    reader.owner_alias, how, _sure = found
    reader.log.add(
        reader.archive.label,
        f"the owner ({owner}) appears in no message thread; directions use "
        f"{reader.owner_alias!r}, {how}",
        severity="warning",
    )


def _warn_unmatched_owner(reader: _Reader, threads: list[_Thread]) -> bool:
    """Warn when someone takes part in every accepted message thread (2+ threads) but nobody
    there matches the owner: the owner's own messages would then be read as received from
    them. A pending request (``message_requests/``) lists only the requester: not asked."""
    accepted = [t for t in threads if t.folder != "message_requests"]
    if len(accepted) < 2:
        return False
    common: dict[str, str] | None = None
    for thread in accepted:
        people = {_fold(p): p for p in thread.participants if _fold(p)}
        common = people if common is None else {f: common[f] for f in common.keys() & people}
        if not common:
            return False
    assert common is not None
    if any(reader.is_owner(person) for person in common.values()):
        return False
    names = ", ".join(repr(common[f]) for f in sorted(common))
    owner = " / ".join(repr(v) for v in (reader.owner_username, reader.owner_name) if v)
    sent = sum(1 for t in threads for m in t.messages if _fold(m[0]) in common)
    reader.log.add(
        reader.archive.label,
        f"{names} {'takes' if len(common) == 1 else 'take'} part in every message thread but "
        f"{'does' if len(common) == 1 else 'do'} not match the owner "
        f"({owner}): {counted(sent, 'message')} by them read as received; if that is you, "
        f"the sent/received split of messages is wrong",
        severity="warning",
    )
    return True


def _learn_spelled_names(reader: _Reader, threads: list[_Thread]) -> None:
    """Attach display names no 1:1 thread taught (a follower met only in group threads:
    "Catherine Bonlac") to the contact whose username spells that name (catherinebonlac79,
    brigitte_mon84: the identity rule ``handle_spells_name``, ``identity.names``), when
    exactly one contact's username spells it and that username spells no other such name
    and has no display name of its own yet (review10 R20). Names matching two contacts or
    none stay unattached: their rows name no contact (the funnel's note counts them)."""
    from power1000_analysis.identity.names import handle_key, handle_spellings

    names: dict[str, str] = {}  # folded display name → as written
    for thread in threads:
        people = [*thread.participants, *(m[0] for m in thread.messages)]
        people += [clean_str(r.get("actor")) for m in thread.messages for r in m[3]]
        for person in people:
            folded = _fold(person)
            if (
                person
                and folded
                and folded not in _GONE_ACCOUNTS
                and folded not in reader.names_to_user
                and not reader.is_owner(person)
                and reader.resolve(person) is None
            ):
                names.setdefault(folded, person)
    if not names or not reader.known_keys:
        return
    owner = _key(reader.owner_username)
    by_letters: dict[str, list[str]] = {}
    for key in sorted(reader.known_keys):
        letters = handle_key(key)
        if len(letters) >= 4 and key != owner and key not in reader.display_names:
            by_letters.setdefault(letters, []).append(key)
    matches: dict[str, set[str]] = {}
    for folded, person in names.items():
        spelled = handle_spellings(person)
        matches[folded] = {
            k for letters in spelled & by_letters.keys() for k in by_letters[letters]
        }
    claimed = Counter(k for keys in matches.values() for k in keys)
    attached = ambiguous = 0
    for folded, keys in matches.items():
        if len(keys) == 1 and claimed[next(iter(keys))] == 1:
            key = next(iter(keys))
            reader.learn(names[folded], key)
            reader.display_names.setdefault(key, names[folded])
            attached += 1
        elif keys:
            ambiguous += 1
    if attached or ambiguous:
        reader.log.add(
            reader.archive.label,
            f"{counted(attached, 'display name')} met only in message threads attached to the "
            f"contact whose username spells it"
            + (
                f"; {counted(ambiguous, 'other display name')} not attached (two usernames "
                f"spell it, or its username spells another name too)"
                if ambiguous
                else ""
            ),
            severity="info",
        )


def _thread_events(reader: _Reader, thread: _Thread) -> None:
    others = [p for p in thread.participants if not reader.is_owner(p)]
    if not others and thread.title and not reader.is_owner(thread.title):
        others = [thread.title]  # the other person left or was never listed
    one_to_one = len(others) == 1
    n_participants = max(len(others) + 1, 2)
    resolved = {p: reader.resolve(p, thread.thread, one_to_one) for p in others}

    def key_of(person: str | None) -> str | None:
        # someone not listed as a participant: by name first, the folder (which names the
        # other person of a 1:1 thread only) as a last resort
        if person in resolved:
            return resolved[person]
        key = reader.resolve(person)
        if not key and one_to_one:
            key = reader.resolve(person, thread.thread, one_to_one=True)
        return key

    thread_key = thread.thread
    unresolvable = 0
    for sender, at_ms, content, reactions in thread.messages:
        text = content if isinstance(content, str) else None
        kind = "reaction" if text and _REACTION_TEXT.match(text) else "message"
        if reader.is_owner(sender):
            if not others:
                unresolvable += 1
                continue
            for person in others:
                _add_event(
                    reader,
                    at_ms=at_ms,
                    key=resolved[person],
                    name=person,
                    direction="out",
                    kind=kind,
                    subkind=thread.folder,
                    thread_key=thread_key,
                    thread_title=thread.title,
                    n_participants=n_participants,
                    identity=(resolved[person] or _fold(person), text),
                )
        else:
            # An inbound message counts even from someone not listed as a participant (the d3i
            # IG-C test file's 'Insta').
            key = key_of(sender)
            _add_event(
                reader,
                at_ms=at_ms,
                key=key,
                name=sender,
                direction="in",
                kind=kind,
                subkind=thread.folder,
                thread_key=thread_key,
                thread_title=thread.title,
                n_participants=n_participants,
                identity=(key or _fold(sender), text),
            )
        for reaction in reactions:
            actor = clean_str(reaction.get("actor"))
            when = reaction.get("timestamp")
            react_ms = _unknown_unit_ms(when) or at_ms
            if reader.is_owner(actor) and not reader.is_owner(sender) and sender:
                key = key_of(sender)
                person, direction = sender, "out"
            elif actor and not reader.is_owner(actor) and reader.is_owner(sender):
                key = key_of(actor)
                person, direction = actor, "in"
            else:
                continue  # between two other people: not the owner's interaction
            _add_event(
                reader,
                at_ms=react_ms,
                key=key,
                name=person,
                direction=direction,
                kind="reaction",
                subkind=thread.folder,
                thread_key=thread_key,
                thread_title=thread.title,
                n_participants=n_participants,
                identity=(key or _fold(person), at_ms, reaction.get("reaction")),
            )
    if unresolvable:
        reader.log.add(
            reader.archive.label,
            f"thread {thread.thread}: {unresolvable} message(s) by you with no other participant not counted",
            n_skipped=unresolvable,
        )


def _interactions_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows)
    frame["at"] = _times(frame["at"])
    frame["n_participants"] = frame["n_participants"].astype("int64")
    frame.insert(0, "platform", PLATFORM)
    return frame.sort_values("at", kind="stable").reset_index(drop=True)
