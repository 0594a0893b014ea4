"""Loader for Facebook "Download Your Information" JSON exports, 2018 (FB-A) to 2025 (FB-D).

What is read (paths are matched by file name under any prefix, then checked by top-level
key, because every generation moved them; see ../shared/formats/facebook-instagram.md §1, §3):

- friends → contacts ``friend`` (``connected_at`` = when you became friends);
- who you follow / who follows you → contacts ``following`` / ``follower`` (``mutual`` when
  both; a friend stays ``friend``, with ``you_follow``/``follows_you`` columns);
- sent / received / rejected friend requests → requests (``pending``, ``pending``,
  ``declined``); removed friends are counted in the snapshot (``removed_friends``);
- Messenger threads in every folder (inbox, e2ee_cutover, archived_threads,
  filtered_threads, message_requests, 2018's ``messages/<thread>/message.json``) and the
  reactions inside them → interactions ``message`` / ``reaction`` (see ``_meta.read_threads``);
- comments and likes/reactions whose English ``title`` names the other person →
  interactions ``comment``/``reply`` and ``like``/``reaction`` (``out``). Titles in other
  languages are not guessed: they are counted in a ``problems`` row;
- people tagged in the owner's posts (``your_posts…json``) → interactions ``tag`` (``out``);
- FB-D likes/reactions in the ``label_values`` shape (no title; the person whose content
  you reacted to is the ``Name`` label) → interactions ``like``/``reaction`` (``out``).
  Only the English labels are read; other labels are counted in a ``problems`` row.
  One like/reaction in both shapes (in one export or in two) is counted once, by its
  event_key (see below).

Identity: Facebook gives no ids for people, so ``contact_key`` is the normalised display name
(mojibake repaired once with ``_meta.fix_text``, then ``_meta.name_key``: NFC, spaces
collapsed, case-folded). Messenger
counterparts get the same key as the friend of the same name. Two friends sharing a name get
``name``, ``name#2``… (messages cannot tell them apart and go to the first). "Facebook User"
(a deactivated account) is nobody: a null ``contact_key``.

The owner comes from ``profile_information.json`` (``profile`` in FB-A, ``profile_v2`` later,
with ``previous_names`` as aliases); without it, from the 1:1 thread titles, and if that
fails a ``problems`` row says so and no message rows are made (no silent guess). So that
the owner's own name is not a contact in a tag of their post or a label_values reaction to
their content, a missing profile is further made up for by the one author of the titled
comments/reactions, else the subject of most (80 %) of their posts' titles ("Alice updated
her status."); when all fail and tags were read, an ``info`` problem says their own tag may
be among them.

Interactions carry ``event_key`` (uint64: thread, time in ms, sender, content; for comments:
time, title, text; for likes/reactions, titled or labelled: second, person and which of that
person's reactions in that second it is, ``_key_reactions``; for post tags: time, title,
person) so that an event seen in two snapshots is counted once, plus ``folder`` and
``reaction``. Message content itself is not kept.
Missing files are listed in ``LoadedExport.missing`` ("requests": "no friend-request files
in this export"), so that zero is not mistaken for "not exported".
HTML exports are not claimed (``discover`` then says "request your data again and choose
JSON"); HTML data files inside a JSON export are reported.

Example
-------
>>> import power1000_analysis as p1k
>>> net = p1k.load("facebook-jenorejto-2020-08-10")  # doctest: +SKIP
>>> net.interactions.groupby(["kind", "direction"]).size()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._frames import concat_keeping_categories
from power1000_analysis.loaders._meta import (
    find_thread_files,
    fix_text,
    name_key,
    read_json,
    read_threads,
    stable_hash,
)
from power1000_analysis.loaders._text import epoch_to_utc

__all__ = ["GENERATIONS", "PLATFORM", "detect", "read"]

PLATFORM = "facebook"
#: part of the cache's loader version (``cache.loader_version``), beside this file's source:
#: "2" since likes/reactions are keyed by (second, person, n) (session 7). A parsed export
#: cached by an earlier version holds the old keys, which the merge would no longer match to
#: the new ones (one reaction counted twice), so it must never be read back: bump this
#: whenever event keys change. "3" since interactions carry ``thread_title`` (session 8).
LOADER_VERSION = "3"
#: FB-A 2018–2020, FB-B 2021–2022, FB-C 2023, FB-D 2024–2025; "FB-A/B" is a Messenger-only
#: export (``messages/inbox/…`` at the top, nothing else to date it by).
GENERATIONS: tuple[str, ...] = ("FB-A", "FB-B", "FB-C", "FB-D", "FB-A/B")
#: each generation in words, as ``power1000 inspect`` shows it (the codes are ours)
GENERATION_NAMES: dict[str, str] = {
    "FB-A": "2018–2020 layout (friends/, messages/inbox/ at the top)",
    "FB-B": "2021–2022 layout (friends_and_followers/, activity_messages/)",
    "FB-C": "2023 layout (connections/, your_activity_across_facebook/)",
    "FB-D": "2024–2025 layout (connections/, your_facebook_activity/)",
    "FB-A/B": "Messenger messages only (messages/inbox/ at the top, as until 2022)",
}

# Markers, as paths relative to the export root (all .json: an HTML export is never claimed).
_MARKERS: tuple[tuple[str, str], ...] = (
    ("FB-D", r"your_facebook_activity/.+"),
    ("FB-C", r"your_activity_across_facebook/.+"),
    ("FB-C", r"connections/(?:friends|followers)/[^/]+"),
    ("FB-C", r"personal_information/profile_information/profile_information"),
    ("FB-B", r"friends_and_followers/[^/]+"),
    ("FB-B", r"comments_and_reactions/[^/]+"),
    ("FB-B", r"activity_messages/[^/]+"),
    (
        "FB-A",
        r"friends/(?:friends|sent_friend_requests|received_friend_requests"
        r"|rejected_friend_requests|removed_friends)",
    ),
    ("FB-A", r"following_and_followers/[^/]+"),
    ("FB-A", r"likes_and_reactions/[^/]+"),
    ("FB-A", r"comments/comments"),
    ("FB-A", r"profile_information/profile_information"),
    ("FB-A", r"messages/[^/]+/message"),  # 2018: one message.json per thread
    ("FB-A/B", r"messages/[a-z_]+/[^/]+/message_\d+"),
)
_MARKER = re.compile(
    r"^(?:(?P<root>.*?)/)??(?P<rel>" + "|".join(f"(?:{p})" for _g, p in _MARKERS) + r")\.json$"
)
_MARKER_PARTS = [(generation, re.compile(f"^(?:{p})\\.json$")) for generation, p in _MARKERS]
_RANK = {"FB-A/B": 0, "FB-A": 1, "FB-B": 2, "FB-C": 3, "FB-D": 4}

# Instagram trees share the Messenger layout; a messages-only tree with these is not ours.
_INSTAGRAM = re.compile(
    r"(?:^|/)(?:your_instagram_activity/|followers_and_following/|account_information/"
    r"|personal_information/personal_information|connections\.json$|likes/liked_)"
)

# File name → dataset, and the top-level keys each generation used (legacy, _v2, _v3).
_DATASETS: dict[str, str] = {
    "friends.json": "friends",
    "your_friends.json": "friends",
    "sent_friend_requests.json": "sent",
    "friend_requests_sent.json": "sent",
    "received_friend_requests.json": "received",
    "friend_requests_received.json": "received",
    "rejected_friend_requests.json": "rejected",
    "removed_friends.json": "removed",
    "following.json": "following",
    "who_you_follow.json": "following",
    "who_you've_followed.json": "following",  # 2023 – early 2025 (FB-C/D)
    "who_you_ve_followed.json": "following",  # late 2024 on: apostrophe became "_" (FB-D)
    "followers.json": "followers",
    "people_who_follow_you.json": "followers",
    "people_who_followed_you.json": "followers",
    "comments.json": "comments",
    "posts_and_comments.json": "reactions",
    "profile_information.json": "profile",
}
_SPLIT_REACTIONS = re.compile(r"^likes_and_reactions(?:_\d+)?\.json$")  # FB-C/D, N = 1..6
# The owner's posts, for the people tagged in them: FB-A/B ``posts/your_posts(_N).json``
# (``tags: [str]``, facebook-schemas posts/your_posts.json [schema]); FB-C/D
# ``your_posts__check_ins__photos_and_videos_N.json``, a bare list of ``{timestamp, data,
# attachments, title, tags: [{name}]}`` (timelinize datasources/facebook/models.go
# ``yourPosts`` [CODE]).
_POSTS = re.compile(r"^your_posts(?:__check_ins__photos_and_videos)?(?:_\d+)?\.json$")
_KEYS: dict[str, tuple[str, ...]] = {
    "friends": ("friends_v2", "friends"),
    "sent": ("sent_requests_v2", "sent_requests"),
    "received": ("received_requests_v2", "received_requests"),
    "rejected": ("rejected_requests_v2", "rejected_requests"),
    "removed": ("deleted_friends_v2", "deleted_friends"),
    "following": ("following_v3", "following_v2", "following"),
    "followers": ("followers_v3", "followers_v2", "followers"),
    "comments": ("comments_v2", "comments"),
    "reactions": ("reactions_v2", "reactions"),
    "posts": ("status_updates_v2", "status_updates"),
}
_RECOGNISED = re.compile(r"(?:^|/)no-data\.txt$")  # Meta's placeholder for an empty folder
#: known files deliberately not read, with why: listed in one ``info`` problem.
_SECRET = re.compile(r"(?:^|/)secret_conversations\.json$")
_SECRET_WHY = "device and call metadata, no messages"
_HTML_DATA = re.compile(
    r"(?:^|/)(?:message_\d+|friends|your_friends|comments|posts_and_comments"
    r"|likes_and_reactions(?:_\d+)?|profile_information|who_you(?:'|_)ve_followed"
    r"|sent_friend_requests|received_friend_requests)\.html?$"
)

# English titles of comments and reactions name the other person (FB-A … FB-D, §3.4-3.5):
# "<Owner> commented on <Other>'s post." / "... replied to <Other>'s comment." /
# "... likes <Other>'s photo." / "... reacted to <Other>'s post in <Group>."
_EN_TITLE = re.compile(
    r"^(?P<actor>.+?) (?P<verb>commented on|replied to|likes|liked|reacted to)\s+(?P<rest>.+?)\.?$"
)
_OWN = re.compile(r"^(?:his|her|their|your|my) own\b")

# FB-D ``likes_and_reactions.json`` (and some numbered parts): a bare list of
# ``{timestamp, fbid, media, label_values: [{label: "Reaction", value}, {label: "Name",
# value}, {label: "URL", value, href}, …, {title, dict: [{dict: [...]}]}]}`` (formats notes
# §3.5, d3i structure dumps [REAL]). ``Name`` is "the account or author whose content the
# participant reacted to" (d3i-infra/data-donation-task, platforms/facebook.py
# ``likes_and_reactions_base_to_df``, column "Account / author") [CODE]. That code also
# guesses translated labels ("Reactie", "Naam" …) but marks them unverified, so only the
# English labels are read here; other labels are counted, not guessed.
_LV_NAME = "name"
_LV_REACTION = "reaction"
_LV_URL = "url"
_POSSESSIVE = re.compile(r"^(?P<target>.+?)(?:'s|’s|'|’)\s+\S")


def _is_instagram_path(name: str) -> bool:
    return bool(_INSTAGRAM.search(name))


def detect(archive: Archive) -> list[Detection]:
    """Facebook exports in ``archive``, by their known JSON files (any generation).

    A tree holding only Messenger threads is claimed weakly (Instagram uses the same layout)
    and not at all when Instagram files sit beside it.
    """
    roots: dict[str, Counter[str]] = {}
    instagram_roots: set[str] = set()
    for name in archive.names():
        if _is_instagram_path(name):
            match = _INSTAGRAM.search(name)
            instagram_roots.add(name[: match.start()] if match else "")
            continue
        match = _MARKER.match(name)
        if match is None:
            continue
        root = match["root"] or ""
        rel = match["rel"] + ".json"
        for generation, pattern in _MARKER_PARTS:
            if pattern.match(rel):
                roots.setdefault(root, Counter())[generation] += 1
                break
    # one export per outermost root: a root inside another belongs to it
    outer = sorted(roots, key=len)
    kept: dict[str, Counter[str]] = {}
    for root in outer:
        parent = next((k for k in kept if k == "" or root.startswith(k + "/")), None)
        if parent is None:
            kept[root] = Counter(roots[root])
        else:
            kept[parent].update(roots[root])
    detections = []
    for root, generations in kept.items():
        best = max(generations, key=lambda g: _RANK[g])
        messages_only = best == "FB-A/B"
        if messages_only and any(
            r == root or r.startswith(root + "/") or root == "" for r in instagram_roots
        ):
            continue
        evidence = ", ".join(f"{count} {g} file(s)" for g, count in sorted(generations.items()))
        detections.append(
            Detection(
                platform=PLATFORM,
                generation=best,
                root=root,
                confidence=20 if messages_only else 90,
                evidence=evidence,
            )
        )
    return detections


# -- small readers ------------------------------------------------------------------------


def _entries(document: Any, keys: Iterable[str]) -> list[dict[str, Any]] | None:
    """The list of records under the first known key (or a bare list, FB-C/D), else None."""
    if isinstance(document, list):
        return [item for item in document if isinstance(item, dict)]
    if isinstance(document, dict):
        for key in keys:
            value = document.get(key)
            if isinstance(value, list):
                return [item for item in value if isinstance(item, dict)]
    return None


#: file names other platforms' exports use too (Instagram's following.json): one of these
#: without Facebook's keys is not Facebook's, and is left to the unused-file accounting.
_SHARED_NAMES = frozenset({"following.json", "followers.json", "comments.json"})


def _layout(document: Any) -> str:
    """What a JSON document holds instead of a known list, for a problem message."""
    if isinstance(document, dict):
        keys = ", ".join(sorted(map(str, document))[:8]) or "none"
        return f"keys: {keys}"
    return f"a JSON {type(document).__name__}"


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _seconds(value: Any) -> int:
    return int(value) if isinstance(value, (int, float)) and value == value else 0


#: seconds since 1970 this large are past the year 5000: such a number is milliseconds.
_MS_FLOOR = 100_000_000_000


class _Stamps:
    """Meta's ``timestamp`` fields of one file (seconds since 1970, 0 or absent for "no
    time") as seconds, counting the values that are something else (review11 F1). A number
    past ``_MS_FLOOR`` is milliseconds and an ISO 8601 text (naive = UTC, as Meta's times
    are) is a date: both unambiguous, read as such and counted; anything else is no time,
    counted, and :meth:`report` warns of it instead of leaving the dates silently empty."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.example: str | None = None

    def __call__(self, value: Any) -> int:
        if value is None:
            return 0
        if isinstance(value, str):
            text = value.strip()
            if not text:
                return 0
            try:
                number: float = float(text)
            except ValueError:
                try:
                    when = dt.datetime.fromisoformat(text)
                except ValueError:
                    return self._bad(value)
                if when.tzinfo is None:
                    when = when.replace(tzinfo=dt.UTC)
                self.counts["iso"] += 1
                return int(when.timestamp())
            value = number
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return self._bad(value)
        if value != value or value in (float("inf"), float("-inf")):
            return self._bad(value)
        if abs(value) >= _MS_FLOOR:
            self.counts["ms"] += 1
            return int(value // 1000)
        return int(value)

    def _bad(self, value: Any) -> int:
        self.counts["bad"] += 1
        if self.example is None:
            self.example = repr(value)[:40]
        return 0

    def report(self, log: ProblemLog, source: str, what: str, column: str) -> None:
        if self.counts["bad"]:
            log.add(
                source,
                f"{self.counts['bad']} {what} timestamp(s) not understood (e.g. "
                f"{self.example}; Meta writes seconds since 1970): {column} left empty",
                severity="warning",
            )
        read_as = [
            f"{self.counts[k]} in {label}"
            for k, label in (("ms", "milliseconds"), ("iso", "ISO 8601 date text"))
            if self.counts[k]
        ]
        if read_as:
            log.add(
                source,
                f"{what} timestamps not in Meta's seconds since 1970 ({', '.join(read_as)}): "
                f"read as such",
                severity="info",
            )


def _profile_names(document: Any) -> tuple[str | None, list[str]]:
    """(full name, previous names) from profile_information.json (``profile`` in FB-A,
    ``profile_v2`` from FB-B on)."""
    if not isinstance(document, dict):
        return None, []
    profile = document.get("profile_v2") or document.get("profile")
    if not isinstance(profile, dict):
        return None, []
    name = profile.get("name")
    full = name.get("full_name") if isinstance(name, dict) else name
    previous = [
        fix_text(str(item["name"]))
        for item in profile.get("previous_names") or []
        if isinstance(item, dict) and item.get("name")
    ]
    return (fix_text(str(full)) if full else None), previous


def _title_counterpart(title: str) -> tuple[str, str | None, str | None]:
    """(status, other person, verb) from an English comment/reaction title.

    status: "ok" (a named other person), "self" (own post), "none" (no one named),
    "foreign" (not an English title: not guessed).
    """
    match = _EN_TITLE.match(title)
    if match is None:
        return "foreign", None, None
    rest = match["rest"]
    if _OWN.match(rest):
        return "self", None, match["verb"]
    possessive = _POSSESSIVE.match(rest)
    if possessive is None:
        return "none", None, match["verb"]
    target = possessive["target"].strip()
    if target == match["actor"]:
        return "self", None, match["verb"]
    return "ok", target, match["verb"]


class _Rows:
    """Small-table accumulator for interactions read from comments and reactions files."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, **row: Any) -> None:
        self.rows.append(row)


def _labels(item: dict[str, Any]) -> dict[str, Any]:
    """The ``{label: value}`` pairs of one ``label_values`` item, labels case-folded: the top
    level first, then the nested ``{title, dict: [{dict: [...]}]}`` blocks for labels the top
    level lacks. A URL label gives its ``href`` when it has one."""
    found: dict[str, Any] = {}
    nested: list[Any] = []
    for entry in item.get("label_values") or []:
        if not isinstance(entry, dict):
            continue
        label = entry.get("label")
        if isinstance(label, str) and label.strip():
            found.setdefault(label.strip().casefold(), entry.get("href") or entry.get("value"))
        if "dict" in entry:
            nested.append(entry["dict"])
    while nested:
        node = nested.pop(0)
        if isinstance(node, list):
            nested[:0] = node
        elif isinstance(node, dict):
            label = node.get("label")
            if isinstance(label, str) and label.strip():
                found.setdefault(label.strip().casefold(), node.get("href") or node.get("value"))
            if "dict" in node:
                nested.insert(0, node["dict"])
    return found


def _label_reaction(
    item: dict[str, Any], owner_keys: frozenset[str], rows: _Rows, stamps: _Stamps
) -> str:
    """One FB-D ``label_values`` like/reaction → a row; returns "ok", "self" (the owner's own
    content), "none" (no name) or "foreign" (no ``Name`` label but labels that are not
    English: Dutch ``Reactie``/``Naam`` beside the untranslated ``URL`` is not "unnamed")."""
    labels = _labels(item)
    if _LV_NAME not in labels and labels.keys() - {_LV_NAME, _LV_REACTION, _LV_URL}:
        return "foreign"
    raw = labels.get(_LV_NAME)
    person = fix_text(str(raw)).strip() if isinstance(raw, str) else ""
    key = name_key(person)
    if key is None:
        return "none"
    if key in owner_keys:
        return "self"
    raw_reaction = labels.get(_LV_REACTION)
    reaction: str | None = None
    if isinstance(raw_reaction, str):
        reaction = fix_text(raw_reaction).replace("\ufe0f", "").strip() or None
        if reaction is not None and reaction.isascii():
            reaction = reaction.upper()  # "Like" / "LIKE": the titled files' spelling
    stamp = stamps(item.get("timestamp"))
    rows.add(
        at=stamp,
        contact_key=key,
        name=person,
        kind="like" if reaction == "LIKE" else "reaction",
        reaction=reaction,
        event_key=None,  # (second, person, n): _key_reactions
        labelled=True,
    )
    return "ok"


def _read_activity(
    archive: Archive,
    name: str,
    dataset: str,
    log: ProblemLog,
    rows: _Rows,
    owner_keys: frozenset[str] = frozenset(),
    authors: Counter[str] | None = None,
) -> bool:
    """Comments (``comment``/``reply``) and likes/reactions (``like``/``reaction``) whose title
    (or, for FB-D ``label_values`` reactions, whose ``Name`` label) names another person.
    The owner's name as the comments' ``author`` and the reactions' ``actor`` is counted in
    ``authors`` (the owner when no profile file names them). Returns whether the file held a
    known layout."""
    document = read_json(archive, name, log)
    if document is None:
        return True
    items = _entries(document, _KEYS[dataset])
    if items is None:
        log.add(archive.source(name), f"no known {dataset} key; file not read", severity="info")
        return False
    counts: Counter[str] = Counter()
    stamps = _Stamps()
    for item in items:
        title = item.get("title")
        if not isinstance(title, str) or not title:
            if dataset == "reactions" and isinstance(item.get("label_values"), list):
                status = _label_reaction(item, owner_keys, rows, stamps)
                counts["labelled" if status == "ok" else f"labelled_{status}"] += 1
                continue
            counts["untitled"] += 1  # neither a title nor labels: nothing names a person
            continue
        title = fix_text(title)
        status, target, verb = _title_counterpart(title)
        if status != "ok" or target is None:
            counts[status] += 1
            continue
        data = item.get("data")
        detail: dict[str, Any] = (
            data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
        )
        text = ""
        reaction = None
        if dataset == "comments":
            comment = _as_dict(detail.get("comment"))
            text = str(comment.get("comment") or "")
            kind = "reply" if verb == "replied to" else "comment"
            author = comment.get("author")
        else:
            inner = _as_dict(detail.get("reaction"))
            reaction = fix_text(str(inner.get("reaction") or "")) or None
            kind = "like" if verb in ("likes", "liked") or reaction == "LIKE" else "reaction"
            author = inner.get("actor")
        if authors is not None and isinstance(author, str) and author.strip():
            authors[fix_text(author).strip()] += 1
        stamp = stamps(item.get("timestamp"))
        rows.add(
            at=stamp,
            contact_key=name_key(target),
            name=target,
            kind=kind,
            reaction=reaction,
            # a like/reaction's key is (second, person, n): _key_reactions
            event_key=(
                stable_hash(f"{dataset}:{stamp}:{title}:{text}") if dataset == "comments" else None
            ),
            labelled=False,
        )
    source = archive.source(name)
    stamps.report(log, source, dataset, "their time")
    if counts["foreign"]:
        log.add(
            source,
            f"{counts['foreign']} {dataset} titles are not in English; the person they name "
            f"is not guessed (re-request the export in English to count them)",
            severity="warning",
            n_skipped=counts["foreign"],
        )
    if counts["labelled_foreign"]:
        log.add(
            source,
            f"{counts['labelled_foreign']} {dataset} have label_values labels that are not "
            f"in English (no Name label); the person they name is not "
            f"guessed (re-request the export in English to count them)",
            severity="warning",
            n_skipped=counts["labelled_foreign"],
        )
    own = counts["self"] + counts["labelled_self"]
    unnamed = counts["none"] + counts["labelled_none"]
    skipped = own + unnamed + counts["untitled"]
    if skipped:
        log.add(
            source,
            f"{skipped} {dataset} name no other person (own posts: {own}, "
            f"unnamed: {unnamed}, no title or labels: {counts['untitled']}); not interactions",
            severity="info",
            n_skipped=skipped,
        )
    return True


def _read_posts(archive: Archive, name: str, log: ProblemLog) -> list[dict[str, Any]] | None:
    """The posts of one of the owner's posts files; None when the file holds no known
    layout (an ``info`` problem says so), [] when it could not be read (``read_json``
    recorded why)."""
    document = read_json(archive, name, log)
    if document is None:
        return []
    items = _entries(document, _KEYS["posts"])
    if items is None:
        log.add(archive.source(name), "no known posts key; file not read", severity="info")
    return items


# The owner's posts are titled with the owner as subject: "Alice", "Alice updated her
# status.", "Alice shared a memory.", "Alice wrote on Bob's timeline.", "Alice is feeling
# blessed.", "Alice was with Bob." (apparebit/deface deface/model.py ``Post.title``, from
# real FB-A/B archives [CODE]). Only English titles are read, as for comments.
_POST_TITLE = re.compile(
    r"^(?P<owner>.+?) (?:updated|shared|wrote|added|posted|changed|is|was|feels|felt"
    r"|created|uploaded|celebrated|went|checked in)\b"
)
_BARE_NAME = re.compile(r"^(?:[^\s.!?,;:()\d]+ ){0,4}[^\s.!?,;:()\d]+$")  # "Alice Smith"
#: share of the titled posts that must name one subject for it to be taken as the owner
POST_TITLE_OWNER_SHARE = 0.8


def _post_title_owner(items: Iterable[dict[str, Any]]) -> str | None:
    """The owner's name as the subject of their posts' titles (``_POST_TITLE``), when no
    profile file, thread or titled comment/reaction names them: the subject of at least
    ``POST_TITLE_OWNER_SHARE`` of the titles that have one (a title shared with another
    person, "Alice and Bob shared …", dissents), else None: a wrong owner would drop
    someone else's tags, so no guess on a split vote."""
    subjects: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for item in items:
        raw = item.get("title")
        if not isinstance(raw, str):
            continue
        title = fix_text(raw).strip()
        match = _POST_TITLE.match(title)
        subject = match["owner"] if match else (title if _BARE_NAME.match(title) else None)
        if subject and (key := name_key(subject)) is not None:
            subjects[key] += 1
            shown.setdefault(key, subject)
    if not subjects:
        return None
    key, count = subjects.most_common(1)[0]
    return shown[key] if count >= POST_TITLE_OWNER_SHARE * subjects.total() else None


def _post_tags(
    source: str,
    items: list[dict[str, Any]],
    log: ProblemLog,
    rows: _Rows,
    owner_keys: frozenset[str],
) -> int:
    """People tagged in the owner's posts → ``tag``/out rows, one per tagged person, with
    ``n_participants`` = 1 + the people tagged (as an outbound group message). Returns the
    number of rows made."""
    made = len(rows.rows)
    counts: Counter[str] = Counter()
    for item in items:
        raw_tags = item.get("tags")
        if raw_tags is None:
            continue
        if not isinstance(raw_tags, list):
            counts["not_list"] += 1
            continue
        people: dict[str, str] = {}
        for tag in raw_tags:  # FB-A/B: a name; FB-C/D: {"name": …}
            raw = tag.get("name") if isinstance(tag, dict) else tag
            person = fix_text(raw).strip() if isinstance(raw, str) else ""
            key = name_key(person)
            if key is None:
                counts["bad_tag"] += 1
            elif key not in owner_keys:
                people.setdefault(key, person)
        stamp = _seconds(item.get("timestamp"))
        if people and stamp == 0:
            counts["no_time"] += 1
            counts["no_time_rows"] += len(people)
        title = fix_text(str(item.get("title") or ""))
        for key, person in people.items():
            rows.add(
                at=stamp,
                contact_key=key,
                name=person,
                kind="tag",
                reaction=None,
                event_key=stable_hash(f"posts:{stamp}:{title}:{person}"),
                labelled=False,
                n_participants=1 + len(people),
            )
    if counts["no_time"]:
        log.add(
            source,
            f"{counts['no_time']} posts with tags have no numeric timestamp: their "
            f"{counts['no_time_rows']} tag interaction(s) have no time (at missing)",
            severity="warning",
        )
    if counts["not_list"] or counts["bad_tag"]:
        log.add(
            source,
            f"{counts['not_list']} posts have tags that are not a list and {counts['bad_tag']} "
            f"tags name no one (not a name or {{name}}); not read",
            severity="warning",
            n_skipped=counts["not_list"] + counts["bad_tag"],
        )
    return len(rows.rows) - made


_REACTED = ("like", "reaction")


def _key_reactions(rows: _Rows, log: ProblemLog, source: str) -> None:
    """Give every like/reaction of the comments and reactions files, titled or in the FB-D
    label_values shape, the event_key (second, person, n): n counts the reactions to that
    person in that second within its shape, in reading order. Then keep one row per key.

    Why: one reaction can come in either shape, in two downloads (titled in an older one,
    label_values in a newer one) or both in one FB-D export (``likes_and_reactions_N.json``
    titled and ``likes_and_reactions.json`` in labels [INFER: d3i reads the unnumbered file
    *or* the numbered ones]). The shapes share nothing else: a title ("likes Dan's photo")
    has no URL, the labels have no title. So the key is what they share, and the generic
    cross-snapshot merge (``network._merge_interactions``, by event_key) counts the reaction
    once across downloads. Within this export, a label_values row whose key a titled row
    has is that repeat: dropped (the titled row stays) and counted in a ``problems`` row.
    n keeps apart two reactions to one person in one second (two photos of an album liked
    at once): the k-th of one shape matches the k-th of the other, so a shape listing more
    of them than the other adds its extra ones.
    """
    counter: Counter[tuple[bool, int, str | None]] = Counter()
    for row in rows.rows:
        if row["kind"] not in _REACTED:
            continue
        slot = (row["labelled"], row["at"], row["contact_key"])
        row["event_key"] = stable_hash(f"reaction:{row['at']}:{row['contact_key']}:{counter[slot]}")
        counter[slot] += 1
    titled = {r["event_key"] for r in rows.rows if not r["labelled"] and r["kind"] in _REACTED}
    kept = [r for r in rows.rows if not (r["labelled"] and r["event_key"] in titled)]
    repeated = len(rows.rows) - len(kept)
    if repeated:
        rows.rows = kept
        log.add(
            source,
            f"{repeated} label_values likes/reactions repeat a titled one of this export "
            f"(same second, same person); counted once",
            severity="info",
        )


def _activity_frame(rows: _Rows) -> pd.DataFrame | None:
    if not rows.rows:
        return None
    table = pd.DataFrame(rows.rows)
    return pd.DataFrame(
        {
            "platform": PLATFORM,
            "at": epoch_to_utc(table["at"].to_numpy(np.int64), "s"),
            "contact_key": table["contact_key"],
            "name": table["name"],
            "direction": "out",
            "kind": table["kind"],
            "thread_key": None,
            "n_participants": (
                table["n_participants"].fillna(2).to_numpy(np.int64)
                if "n_participants" in table
                else np.full(len(table), 2, dtype=np.int64)
            ),
            "event_key": table["event_key"].to_numpy(np.uint64),
            "folder": None,
            "reaction": table["reaction"],
        }
    )


def _concat_interactions(candidates: list[pd.DataFrame | None]) -> pd.DataFrame | None:
    """The non-empty frames of ``candidates`` stacked, categoricals kept categorical
    (``concat_keeping_categories``); None when there is none."""
    frames = [f for f in candidates if f is not None and not f.empty]
    return concat_keeping_categories(frames) if frames else None


# -- contacts and requests -----------------------------------------------------------------


class _People:
    """Friends, following and followers folded into one row per contact_key."""

    def __init__(self, log: ProblemLog) -> None:
        self.log = log
        self.rows: dict[str, dict[str, Any]] = {}

    def add_friends(self, items: list[dict[str, Any]], source: str) -> None:
        seen: Counter[str] = Counter()
        stamps = _Stamps()
        shared: list[str] = []
        for item in items:
            name = fix_text(str(item.get("name") or ""))
            key = name_key(name)
            if key is None:
                continue
            seen[key] += 1
            if seen[key] > 1:
                # no ids in any generation: two friends with one name stay two contacts
                shared.append(name)
                key = f"{key}#{seen[key]}"
            self.rows[key] = {
                "contact_key": key,
                "name": name,
                "relation": "friend",
                "connected_at": stamps(item.get("timestamp")),
                "you_follow": False,
                "follows_you": False,
            }
        stamps.report(self.log, source, "friend", "connected_at")
        if shared:
            self.log.add(
                source,
                f"{len(shared)} friends share a name with another friend "
                f"({', '.join(sorted(set(shared))[:5])}); keyed name#2…, and messages go to "
                f"the first of them",
                severity="info",
            )

    def add_follow(self, items: list[dict[str, Any]], source: str, *, you_follow: bool) -> None:
        flag = "you_follow" if you_follow else "follows_you"
        stamps = _Stamps()
        for item in items:
            name = fix_text(str(item.get("name") or ""))
            key = name_key(name)
            if key is None:
                continue
            row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = {
                    "contact_key": key,
                    "name": name,
                    "relation": "following" if you_follow else "follower",
                    "connected_at": stamps(item.get("timestamp")),
                    "you_follow": False,
                    "follows_you": False,
                }
            row[flag] = True
            if row["relation"] != "friend" and row["you_follow"] and row["follows_you"]:
                row["relation"] = "mutual"
        stamps.report(self.log, source, "following" if you_follow else "follower", "connected_at")

    def frame(self) -> pd.DataFrame | None:
        if not self.rows:
            return None
        table = pd.DataFrame(list(self.rows.values()))
        table["connected_at"] = epoch_to_utc(table["connected_at"].to_numpy(np.int64), "s")
        table["platform"] = PLATFORM
        return table


_REQUEST_KIND = {
    "sent": ("sent", "pending"),
    "received": ("received", "pending"),
    # FB-A … FB-D: incoming requests you declined. The timestamp is taken as the request's
    # own time [INFER], so that a pending row of an older snapshot meets it in the merge.
    "rejected": ("received", "declined"),
}


def _requests_frame(rows: list[dict[str, Any]]) -> pd.DataFrame | None:
    if not rows:
        return None
    table = pd.DataFrame(rows)
    table["sent_at"] = epoch_to_utc(table["sent_at"].to_numpy(np.int64), "s")
    table["resolved_at"] = pd.Series(pd.NaT, index=table.index, dtype="datetime64[ns, UTC]")
    table["platform"] = PLATFORM
    return table


# -- read -----------------------------------------------------------------------------------


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read one Facebook export (one snapshot) into canonical frames.

    Parameters
    ----------
    archive
        The export (zip, folder or several parts), rooted at the export root.
    detection
        What :func:`detect` found (generation, evidence).
    """
    log = ProblemLog()
    result = LoadedExport(platform=PLATFORM, generation=detection.generation, source=archive.label)
    names = [n for n in archive.names() if not _is_instagram_path(n)]
    thread_files = find_thread_files(names)
    thread_names = {f.name for f in thread_files}
    datasets: dict[str, list[str]] = {}
    html_data: list[str] = []
    for name in names:
        if name in thread_names:
            continue
        if _RECOGNISED.search(name):
            result.files_read.add(name)
            continue
        if _SECRET.search(name):
            result.not_used(name, _SECRET_WHY)
            continue
        if _HTML_DATA.search(name):
            html_data.append(name)
            continue
        base = name.rsplit("/", 1)[-1].lower()
        dataset = (
            _DATASETS.get(base)
            or ("reactions" if _SPLIT_REACTIONS.match(base) else None)
            or ("posts" if _POSTS.match(base) else None)
        )
        if dataset is not None and "/messages/" not in f"/{name}":
            datasets.setdefault(dataset, []).append(name)
    if html_data:
        log.add(
            archive.label,
            f"{len(html_data)} data files are HTML ({html_data[0]} …): this loader reads the "
            f"JSON format only; request the export again and choose JSON",
            severity="warning",
            n_skipped=len(html_data),
        )

    # Owner: profile (every generation), else inferred from the threads.
    owner: str | None = None
    previous: list[str] = []
    for name in datasets.get("profile", []):
        document = read_json(archive, name, log)
        result.files_read.add(name)
        found, former = _profile_names(document)
        if found:
            owner, previous = found, former
            break
    result.owner_details = {"previous_names": previous} if previous else {}

    owner_keys = frozenset(k for k in (name_key(n) for n in (owner, *previous)) if k is not None)
    people = _People(log)
    requests: list[dict[str, Any]] = []
    activity = _Rows()
    authors: Counter[str] = Counter()  # comment authors and reaction actors: the owner
    removed = 0
    unknown_layout: set[str] = set()  # Facebook's own file names holding no known list
    for dataset in (
        "friends",
        "following",
        "followers",
        "sent",
        "received",
        "rejected",
        "removed",
        "comments",
        "reactions",
        "posts",
    ):
        for name in sorted(datasets.get(dataset, []), key=_part_number):
            if dataset == "posts":
                continue  # read below, once the owner is known from the threads at the latest
            if dataset in ("comments", "reactions"):
                if _read_activity(archive, name, dataset, log, activity, owner_keys, authors):
                    result.files_read.add(name)
                continue
            document = read_json(archive, name, log)
            if document is None:
                result.files_read.add(name)
                continue
            items = _entries(document, _KEYS[dataset])
            if items is None:
                base = name.rsplit("/", 1)[-1].lower()
                if base in _SHARED_NAMES:
                    continue  # e.g. an Instagram-style following.json: not this dataset
                # A name only Facebook writes, without its list: a renamed key (review11 F3).
                result.files_read.add(name)
                unknown_layout.add(name)
                log.add(
                    archive.source(name),
                    f"{base} holds no known list ({_layout(document)}; expected "
                    f"{' or '.join(_KEYS[dataset])}): its {dataset} not read",
                    severity="warning",
                )
                continue
            result.files_read.add(name)
            source = archive.source(name)
            if dataset == "friends":
                people.add_friends(items, source)
            elif dataset in ("following", "followers"):
                people.add_follow(items, source, you_follow=dataset == "following")
            elif dataset == "removed":
                removed += len(items)
            else:
                direction, status = _REQUEST_KIND[dataset]
                stamps = _Stamps()
                for item in items:
                    person = fix_text(str(item.get("name") or ""))
                    requests.append(
                        {
                            "contact_key": name_key(person),
                            "name": person or None,
                            "direction": direction,
                            "sent_at": stamps(item.get("timestamp")),
                            "status": status,
                        }
                    )
                stamps.report(log, source, f"{direction} request", "sent_at")
    read_kinds = {
        d
        for d in datasets
        if any(n in result.files_read and n not in unknown_layout for n in datasets[d])
    }
    _key_reactions(activity, log, archive.label)

    threads = read_threads(
        archive,
        thread_files,
        platform=PLATFORM,
        owner=owner,
        owner_aliases=previous,
        log=log,
    )
    result.files_read |= threads.files_read
    result.owner = threads.owner if owner is None else owner
    # The owner's posts: read now, as their titles can name the owner; tags made below.
    posts: list[tuple[str, list[dict[str, Any]]]] = []
    for name in sorted(datasets.get("posts", []), key=_part_number):
        post_items = _read_posts(archive, name, log)
        if post_items is not None:
            result.files_read.add(name)
            posts.append((archive.source(name), post_items))
    if owner is None:
        # No profile file: the owner's own name must still not become a contact, in a tag
        # of their own post or a label_values reaction to their own content. The owner is
        # then the one Messenger's threads give, else the one author of the comments and
        # reactions (every titled one carries the owner as author/actor), else the subject
        # of their posts' titles.
        fallback = threads.owner
        owner_from = "the threads"
        if fallback is None and len(authors) == 1:
            fallback, owner_from = authors.most_common(1)[0][0], "the reactions"
        if fallback is None:
            fallback = _post_title_owner(item for _source, items in posts for item in items)
            owner_from = "the posts' titles"
        key = name_key(fallback) if fallback else None
        if key is not None:
            if fallback != result.owner:
                # A guessed name is still the owner's: kept where ``anonymize.sensitive_strings``
                # finds it, and never written into a problem message.
                result.owner_details["inferred_name"] = fallback
                result.owner_details["inferred_name_from"] = owner_from
            owner_keys = owner_keys | {key}
            kept = [r for r in activity.rows if not (r["labelled"] and r["contact_key"] == key)]
            if len(kept) < len(activity.rows):
                log.add(
                    archive.label,
                    f"{len(activity.rows) - len(kept)} label_values likes/reactions name the "
                    f"owner (name inferred from {owner_from}: no profile file); "
                    f"not interactions",
                    severity="info",
                    n_skipped=len(activity.rows) - len(kept),
                )
                activity.rows = kept
    tags = sum(_post_tags(source, items, log, activity, owner_keys) for source, items in posts)
    if tags and not owner_keys:
        log.add(
            archive.label,
            f"the owner could not be identified (no profile file, no Messenger thread, titled "
            f"comment/reaction or post title names them): their own tag in a post, if any, "
            f"is among the {tags} tag interaction(s) as a contact",
            severity="info",
        )
    result.contacts = people.frame()
    result.requests = _requests_frame(requests)
    result.interactions = _concat_interactions([threads.interactions, _activity_frame(activity)])
    result.extra = {
        "removed_friends": removed if "removed" in read_kinds else None,
        "n_threads": threads.n_threads,
        "n_messages": threads.n_messages,
        "owner_source": "profile" if owner is not None else threads.owner_source,
    }

    # Say what the export does not hold, so that zero is not read as "none" (DESIGN.md §4).
    if "friends" not in read_kinds:
        result.missing["friends"] = (
            "the friends file holds no known list"
            if unknown_layout & set(datasets.get("friends", []))
            else "no friends file in this export"
        )
    if not read_kinds & {"friends", "following", "followers"}:
        result.missing["contacts"] = "no friends, following or followers file in this export"
    if not read_kinds & {"sent", "received", "rejected"}:
        result.missing["requests"] = "no friend-request files in this export"
    else:
        # Meta seems to omit empty categories (formats notes §3.1), so one direction's file
        # missing beside the other's is read as "none pending" in that direction; it is
        # listed here so that the reading is visible, not silent.
        for direction in ("sent", "received"):
            if direction not in read_kinds:
                result.missing[f"requests_{direction}"] = (
                    f"no {direction}-requests file although other request files exist: "
                    "read as none pending"
                )
    if not thread_files:
        result.missing["messages"] = "no Messenger thread files in this export"
    if not read_kinds & {"comments", "reactions"}:
        result.missing["comments_reactions"] = "no comments or likes/reactions files"
    if owner is None and not threads.n_messages:
        inferred_from = result.owner_details.get("inferred_name_from")
        log.add(
            archive.label,
            "no profile_information.json and no messages: the owner's name is unknown"
            if inferred_from is None
            else f"no profile_information.json and no messages: the owner's name is only "
            f"inferred from {inferred_from} (owner_details['inferred_name']), not known",
            severity="info",
        )
    result.problems = log.frame()
    return result


_NUMBER = re.compile(r"_(\d+)\.json$")


def _part_number(name: str) -> tuple[str, int]:
    """Sort split files (``likes_and_reactions_2.json``) by number, not lexically."""
    match = _NUMBER.search(name)
    return (name[: match.start()] if match else name, int(match[1]) if match else 0)
