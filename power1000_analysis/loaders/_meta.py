"""Code shared by the Meta loaders (Facebook and Instagram): JSON reading, text repair, name
keys, owner inference and a fast columnar reader for Messenger-style message threads.

Public API (used by ``facebook.py``; ``instagram.py`` may use it too):

- :func:`read_json` — one member as JSON (BOM tolerated); a bad file becomes a problem row.
- :func:`fix_text` — Meta mojibake repair, cached per distinct string.
- :func:`name_key` — the normalised display name used as ``contact_key`` where Meta gives no id.
- :data:`DEACTIVATED_NAMES` — the names Meta writes for deactivated or deleted accounts.
- :func:`find_thread_files` — the ``message_N.json`` files of an export, grouped per thread,
  parts ordered by number.
- :func:`read_threads` — every thread into one ``interactions`` frame (messages plus reactions
  inside messages), columnar, with categoricals and an ``event_key`` column.
- :func:`infer_owner` — the export owner from thread participants and 1:1 titles.

Example
-------
>>> name_key(fix_text("  T\\u00c5\\u0091ke   Hal "))
'tőke hal'
>>> name_key("Facebook User") is None
True
>>> [f.part for f in find_thread_files(["messages/inbox/a_1/message_2.json",
...                                      "messages/inbox/a_1/message_10.json",
...                                      "messages/inbox/a_1/message_1.json"])]
[1, 2, 10]
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter
from typing import Any, Literal, NamedTuple

import msgspec
import numpy as np
import orjson
import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import ProblemLog
from power1000_analysis.loaders._text import epoch_to_utc, fix_mojibake

__all__ = [
    "DEACTIVATED_NAMES",
    "MESSAGE_FOLDERS",
    "ThreadFile",
    "ThreadsResult",
    "categorical",
    "find_thread_files",
    "fix_text",
    "infer_owner",
    "name_key",
    "paused_gc",
    "read_json",
    "read_threads",
    "stable_hash",
    "stable_order",
]

#: Messenger folders that hold threads (§2.6 of the format notes). ``e2ee_cutover`` is FB-D
#: (2024+), ``legacy_threads`` FB-A (2020); ``stickers_used`` holds images, not threads.
MESSAGE_FOLDERS: tuple[str, ...] = (
    "inbox",
    "e2ee_cutover",
    "archived_threads",
    "filtered_threads",
    "message_requests",
    "legacy_threads",
)

#: Names Meta writes for a deactivated or deleted account (every generation). Such a name is
#: not a person: interaction rows keep it as ``name`` but get a null ``contact_key``.
DEACTIVATED_NAMES: frozenset[str] = frozenset(
    {
        "facebook user",
        "utilisateur de facebook",
        "facebook-nutzer",
        "usuario de facebook",
        "utente di facebook",
        "facebook-gebruiker",
        "instagram user",
        "instagramuser",
    }
)

_BOM = b"\xef\xbb\xbf"

# messages/<folder>/<thread>/message_N.json, or 2018's messages/<thread>/message.json (FB-A).
_THREAD_FILE = re.compile(
    r"(?:^|/)messages/(?:(?P<folder>" + "|".join(MESSAGE_FOLDERS) + r")/)?"
    r"(?P<thread>[^/]+)/message(?:_(?P<part>\d+))?\.json$"
)


def read_json(archive: Archive, name: str, log: ProblemLog) -> Any | None:
    """One member parsed as JSON, or None with an ``error`` problem naming the file.

    A UTF-8 BOM is tolerated (seen in a Messenger sample from mlomb/chat-analytics).
    """
    try:
        data = archive.read_bytes(name)
    except (OSError, ValueError) as error:
        log.add(archive.source(name), f"could not be read: {error}", severity="error", n_skipped=1)
        return None
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        log.add(
            archive.source(name),
            f"not valid JSON ({error}); file skipped",
            severity="error",
            n_skipped=1,
        )
        return None


@lru_cache(maxsize=65536)
def fix_text(text: str) -> str:
    """:func:`~power1000_analysis.loaders._text.fix_mojibake`, cached: names, titles and
    reactions repeat thousands of times, so each distinct string is repaired once."""
    return fix_mojibake(text)


def name_key(name: str | None) -> str | None:
    """The ``contact_key`` of a Meta display name (already mojibake-repaired, so that a name
    is never repaired twice): NFC, whitespace collapsed, case-folded. None for blanks and for
    deactivated accounts ("Facebook User").

    Facebook gives no ids for people in any generation, so the display name is the only key;
    the same rule is used for friends and for Messenger counterparts so that they meet.
    """
    if not name:
        return None
    key = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
    if not key or key in DEACTIVATED_NAMES:
        return None
    return key


def stable_hash(text: str) -> int:
    """A 64-bit hash of a string that is the same in every process (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building large columns.

    Decoding millions of small objects triggers full collections that find nothing to free
    (nothing built here has cycles); pausing them saves about a third of the build time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def categorical(codes: np.ndarray, categories: Sequence[Any]) -> pd.Categorical:
    """A categorical from integer codes (-1 = missing) and string categories (object dtype)."""
    index = pd.Index(list(categories), dtype=object)
    return pd.Categorical.from_codes(codes, categories=index, validate=False)


def stable_order(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` for int64 values, by a plain sort of one key.

    Each value (less the minimum) is shifted left and its position put in the low bits:
    the keys are then distinct, so any sort gives the stable order, and NumPy's plain
    ``sort`` of int64 uses SIMD (a million rows in ~20 ms, where the stable ``argsort``, a
    timsort, takes ~70 ms). Falls back to ``argsort`` when value range and positions do not
    fit in 62 bits together.

    >>> stable_order(np.array([5, 3, 5, 3, 1], dtype=np.int64)).tolist()
    [4, 1, 3, 0, 2]
    """
    n = len(values)
    if n < 2:
        return np.arange(n, dtype=np.int64)
    low = int(values.min())
    bits = (n - 1).bit_length()
    if (int(values.max()) - low).bit_length() + bits > 62:
        return np.argsort(values, kind="stable")
    keys = np.subtract(values, low, dtype=np.int64)
    keys <<= bits
    keys |= np.arange(n, dtype=np.int64)
    keys.sort()
    keys &= (1 << bits) - 1
    return keys


# -- thread files --------------------------------------------------------------------------


@dataclass(frozen=True)
class ThreadFile:
    """One ``message_N.json`` file: its member name, thread key, folder kind and part number."""

    name: str
    thread_key: str
    folder: str
    part: int


def find_thread_files(
    names: Iterable[str], *, skip: Callable[[str], bool] | None = None
) -> list[ThreadFile]:
    """The thread files among ``names``, ordered by thread and then by part *number*
    (``message_2`` before ``message_10``; ``message_1`` holds the newest messages).

    The thread key is the thread folder name (``tokehal_sdf7fs9d876``): it stays the same when
    a thread moves between ``inbox`` and ``archived_threads`` in a later snapshot.
    """
    found = []
    for name in names:
        if skip is not None and skip(name):
            continue
        match = _THREAD_FILE.search(name)
        if match is None:
            continue
        found.append(
            ThreadFile(
                name=name,
                thread_key=match["thread"].lower(),
                folder=match["folder"] or "inbox",
                part=int(match["part"] or 1),
            )
        )
    return sorted(found, key=lambda f: (f.thread_key, f.folder, f.part, f.name))


# -- decoding -----------------------------------------------------------------------------
# Only the fields the loader uses are declared: msgspec skips the rest without building
# objects, and ``content`` stays raw bytes (hashed for the event key, never decoded), which
# is what makes a million messages cheaper to read than ``orjson.loads`` alone.


class _Participant(msgspec.Struct, gc=False):
    name: str = ""


class _Reaction(msgspec.Struct, gc=False):
    reaction: str = ""
    actor: str = ""
    timestamp: int = 0  # IG 2024+ only; unit unknown, see _reaction_ms_array


class _Message(msgspec.Struct, gc=False):
    sender_name: str = ""
    timestamp_ms: int = 0
    timestamp: int = 0  # 2018 Messenger (FB-A): seconds, before timestamp_ms existed
    reactions: list[_Reaction] | None = None


class _Thread(msgspec.Struct, gc=False):
    participants: list[_Participant | str] = []
    messages: list[_Message] = []
    title: str = ""
    thread_type: str = ""
    threadName: str = ""  # E2EE secure-storage export (2024+) marker


class _E2EEMessage(msgspec.Struct, gc=False):
    senderName: str = ""  # E2EE secure-storage export (2024+): camelCase
    timestamp: int = 0  # milliseconds in this export
    reactions: list[_Reaction] | None = None


class _E2EEThread(msgspec.Struct, gc=False):
    participants: list[_Participant | str] = []
    messages: list[_E2EEMessage] = []
    threadName: str = ""


# Content is only hashed where thread, time and sender do not already tell two messages
# apart (rare); those files are decoded a second time with these.
class _Content(msgspec.Struct, gc=False):
    content: msgspec.Raw = msgspec.Raw(b'""')


class _ContentThread(msgspec.Struct, gc=False):
    messages: list[_Content] = []


class _E2EEText(msgspec.Struct, gc=False):
    text: msgspec.Raw = msgspec.Raw(b'""')


class _E2EETextThread(msgspec.Struct, gc=False):
    messages: list[_E2EEText] = []


_THREAD_DECODER = msgspec.json.Decoder(_Thread)
_E2EE_DECODER = msgspec.json.Decoder(_E2EEThread)
_CONTENT_DECODER = msgspec.json.Decoder(_ContentThread)
_E2EE_TEXT_DECODER = msgspec.json.Decoder(_E2EETextThread)
_E2EE = "E2EE"  # thread_type given to threads of the E2EE secure-storage export

_SENDER = attrgetter("sender_name")
_E2EE_SENDER = attrgetter("senderName")
_TIMESTAMP_MS = attrgetter("timestamp_ms")
_TIMESTAMP = attrgetter("timestamp")
_REACTIONS = attrgetter("reactions")
_ACTOR = attrgetter("actor")
_REACTION = attrgetter("reaction")


class _CodeTable(dict[str, int]):
    """String → code, a new string getting the next code (so codes are in order of first
    appearance). ``table[value]`` registers on a miss: looking up a million values with
    ``map(table.__getitem__, values)`` stays in C for the hits, and a new value costs one
    Python call (:meth:`__missing__`) the first time only."""

    def __missing__(self, value: str) -> int:
        code = self[value] = len(self)
        return code


@dataclass
class _ThreadInfo:
    key: str
    folder: str
    title: str
    is_group: bool | None
    participants: list[str]


@dataclass
class _Columns:
    """Per-message columns accumulated file by file (compact arrays, structs dropped)."""

    name_code: _CodeTable = field(default_factory=_CodeTable)
    senders: list[np.ndarray] = field(default_factory=list)
    times: list[np.ndarray] = field(default_factory=list)
    # content CRCs where a file's content was read already (slow path), else None
    crcs: list[np.ndarray | None] = field(default_factory=list)
    # (member name, first message index, number of messages, thread_type) per file read
    files: list[tuple[str, int, int, str]] = field(default_factory=list)
    # the thread index of each file read (its messages' thread: np.repeat by file counts)
    file_thread: list[int] = field(default_factory=list)
    # reactions inside messages, gathered over all files as plain lists and turned into
    # arrays once (a few per hundred messages; per-file arrays cost more in numpy calls
    # than they hold): the index of each reacted message, its number of reactions, and per
    # reaction the actor's name code, the raw text's code and its own time. They are read
    # off the structs while the file is hot in the CPU cache: 50k reaction structs kept to
    # the end sit scattered over the heap, and reading them there cost ~3x as much.
    reaction_message: list[int] = field(default_factory=list)
    reaction_count: list[int] = field(default_factory=list)
    reaction_actor: list[int] = field(default_factory=list)
    reaction_text: list[int] = field(default_factory=list)
    reaction_time: list[int] = field(default_factory=list)
    # raw reaction text → code, in order of first appearance (like ``name_code``)
    reaction_code: _CodeTable = field(default_factory=_CodeTable)
    threads: list[_ThreadInfo] = field(default_factory=list)
    thread_index: dict[str, int] = field(default_factory=dict)
    n_messages: int = 0


def _codes(table: _CodeTable, values: Iterable[str], count: int) -> np.ndarray:
    """Codes of the ``count`` ``values`` in ``table`` (int32), registering new values in
    order of first appearance: one pass in C (a file usually brings a new person, and all of
    that person's messages would miss a plain ``dict.get``; resolving those misses index by
    index cost ~0.2 s per million messages)."""
    return np.fromiter(map(table.__getitem__, values), np.int32, count)


class _SenderView(Sequence[str]):
    """The ``sender_name`` of each decoded message, read off the structs when iterated
    (no list of a million references built only to be looked up once, see :func:`_codes`)."""

    __slots__ = ("messages",)

    def __init__(self, messages: list[Any]) -> None:
        self.messages = messages

    def __len__(self) -> int:
        return len(self.messages)

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return str(self.messages[index].sender_name)

    def __iter__(self) -> Iterator[str]:
        return map(_SENDER, self.messages)


def _participant_names(raw: list[_Participant | str]) -> list[str]:
    return [p if isinstance(p, str) else p.name for p in raw]


class _Head(msgspec.Struct, gc=False):
    participants: list[_Participant | str] = []


_HEAD_DECODER = msgspec.json.Decoder(_Head)
#: bytes read from the top of a thread file to find its participant list (a group of
#: hundreds lists ~10 KB; beyond the second read the file is left to the plain decoder)
_HEAD_READS = (8192, 262144)
#: how often the sender decoder may be rebuilt for senders missing from participant lists
_MAX_REBUILDS = 32


def _listed_participants(archive: Archive, files: Sequence[ThreadFile]) -> set[str]:
    """The participant names listed at the top of every thread file, from its first few KB.

    Meta writes ``participants`` before ``messages``; the text before the ``"messages"``
    key, closed with ``}``, is a small JSON object of its own. A file where that does not
    hold (other key order, unreadable) simply adds no names.
    """
    names: set[str] = set()
    first, more = _HEAD_READS
    for thread_file in files:
        try:
            with archive.open(thread_file.name) as stream:
                head = stream.read(first)
                end = head.find(b'"messages"')
                if end < 0 and len(head) == first:
                    head += stream.read(more)
                    end = head.find(b'"messages"')
        except (OSError, ValueError):
            continue  # reported when the file itself is read
        prefix = head[:end].rstrip() if end > 0 else b""
        if not prefix.endswith(b","):
            continue
        if prefix.startswith(_BOM):
            prefix = prefix[len(_BOM) :]
        try:
            parsed = _HEAD_DECODER.decode(prefix[:-1] + b"}")
        except msgspec.DecodeError:  # ValidationError included
            continue
        names.update(_participant_names(parsed.participants))
    return names


class _KnownSenders:
    """A thread decoder whose ``sender_name`` is a ``Literal`` of the names listed as
    participants (:func:`_listed_participants`).

    msgspec then returns the one string object of the ``Literal`` for every message of a
    sender instead of a new string per message: decoding allocates less, and the sender
    codes are found by identity with cached hashes (a million messages: ~0.15 s less
    CPU). A sender missing from the list (someone who left a group) makes the decode fail
    with a ``ValidationError``; that file is then decoded the plain way and its senders
    join the ``Literal`` for the next files (at most :data:`_MAX_REBUILDS` rebuilds).
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names = {"", *names}
        self.rebuilds = 0
        self.decoder: msgspec.json.Decoder[Any] | None = (
            self._build() if len(self.names) > 1 else None
        )

    def _build(self) -> msgspec.json.Decoder[Any]:
        literal: Any = Literal.__getitem__(tuple(sorted(self.names)))
        message = msgspec.defstruct(
            "_KnownSenderMessage",
            [
                ("sender_name", literal, ""),
                ("timestamp_ms", int, 0),
                ("timestamp", int, 0),
                ("reactions", list[_Reaction] | None, None),
            ],
            gc=False,
        )
        thread = msgspec.defstruct(
            "_KnownSenderThread",
            [
                ("participants", list[_Participant | str], []),
                ("messages", list[message], []),  # type: ignore[valid-type]
                ("title", str, ""),
                ("thread_type", str, ""),
                ("threadName", str, ""),
            ],
            gc=False,
        )
        return msgspec.json.Decoder(thread)

    def learn(self, senders: Iterable[str]) -> None:
        """Senders a file held beyond the list: decode later files with them too."""
        if self.decoder is None or self.rebuilds >= _MAX_REBUILDS:
            return
        new = set(senders) - self.names
        if new:
            self.names |= new
            self.rebuilds += 1
            self.decoder = self._build()


def _decode_thread(
    data: bytes, decoder: msgspec.json.Decoder[Any] = _THREAD_DECODER
) -> tuple[list[str], str, str, Sequence[str], np.ndarray, np.ndarray | None, list[Any]]:
    """(participants, title, thread_type, senders, times_ms, content CRCs or None, messages).

    Message content is skipped (never decoded): see :func:`_content_crcs`. ``decoder`` is
    :data:`_THREAD_DECODER` or one from :class:`_KnownSenders` (same fields)."""
    thread = decoder.decode(data)
    if thread.threadName and not any(m.sender_name for m in thread.messages[:50]):
        e2ee = _E2EE_DECODER.decode(data)
        count = len(e2ee.messages)
        times = np.fromiter(map(_TIMESTAMP, e2ee.messages), np.int64, count)
        return (
            _participant_names(e2ee.participants),
            e2ee.threadName,
            _E2EE,
            list(map(_E2EE_SENDER, e2ee.messages)),
            times,
            None,
            list(e2ee.messages),
        )
    messages = thread.messages
    count = len(messages)
    # map + attrgetter keep the per-message work in C (a million messages: ~0.1 s per column)
    times = np.fromiter(map(_TIMESTAMP_MS, messages), np.int64, count)
    if count and not times.all():
        # 2018 exports (FB-A) wrote ``timestamp`` in seconds instead of ``timestamp_ms``.
        seconds = np.fromiter(map(_TIMESTAMP, messages), np.int64, count)
        times = np.where(times == 0, seconds * 1000, times)
    return (
        _participant_names(thread.participants),
        thread.title,
        thread.thread_type,
        _SenderView(messages),
        times,
        None,
        messages,
    )


def _decode_thread_tolerant(
    data: bytes,
) -> tuple[list[str], str, str, Sequence[str], np.ndarray, np.ndarray | None, list[Any]]:
    """The slow path for a file whose field types surprise the fast decoder (a string
    timestamp, a null name): read it generically and keep what makes sense."""
    document = orjson.loads(data)
    if not isinstance(document, dict) or not isinstance(document.get("messages"), list):
        raise ValueError("no 'messages' list at the top level")
    participants = [
        p if isinstance(p, str) else str((p or {}).get("name") or "")
        for p in document.get("participants") or []
        if isinstance(p, (str, dict))
    ]
    senders: list[str] = []
    times: list[int] = []
    crcs: list[int] = []
    messages: list[_Message] = []
    for item in document["messages"]:
        if not isinstance(item, dict):
            continue
        sender = item.get("sender_name", item.get("senderName")) or ""
        stamp = _whole_number(item.get("timestamp_ms"))
        if not stamp:
            # E2EE export: ``timestamp`` in ms; 2018 (FB-A): ``timestamp`` in seconds
            scale = 1 if "senderName" in item else 1000
            stamp = _whole_number(item.get("timestamp")) * scale
        content = item.get("content", item.get("text"))
        raw = orjson.dumps(content if isinstance(content, str) else "")
        reactions = [
            _Reaction(str(r.get("reaction") or ""), str(r.get("actor") or ""))
            for r in item.get("reactions") or []
            if isinstance(r, dict)
        ]
        senders.append(str(sender))
        times.append(int(stamp))
        crcs.append(zlib.crc32(raw))
        messages.append(_Message(str(sender), int(stamp), 0, reactions or None))
    title = document.get("title") or document.get("threadName") or ""
    return (
        participants,
        str(title),
        str(document.get("thread_type") or ""),
        senders,
        np.asarray(times, dtype=np.int64),
        np.asarray(crcs, dtype=np.uint32),
        messages,
    )


def _whole_number(value: Any) -> int:
    """An epoch number written as a number or a digit string; 0 when it is neither."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, (int, float)) and value == value:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return 0


def _reaction_ms_array(values: np.ndarray, message_ms: np.ndarray) -> np.ndarray:
    """Reactions' own times (IG 2024+: seconds or ms) in ms; FB reactions have none (0):
    the message's time."""
    own = np.where(values > 100_000_000_000, values, values * 1000)
    return np.where(values == 0, message_ms, own)


@dataclass
class ThreadsResult:
    """What :func:`read_threads` returns."""

    #: interactions rows (messages and reactions), columnar, categoricals for repeated strings
    interactions: pd.DataFrame
    #: the owner's display name used for directions (given or inferred), or None
    owner: str | None
    #: how the owner was found: "given", "inferred", or "unknown"
    owner_source: str
    files_read: set[str]
    n_threads: int
    n_messages: int


def infer_owner(threads: Sequence[tuple[Sequence[str], str, bool | None]]) -> str | None:
    """The export owner from ``(participants, title, is_group)`` of each thread, or None.

    Rule 1 (1:1 threads): the title of a 1:1 thread names the *other* participant, so the
    owner is the participant the title does not name; every 1:1 thread must agree.
    Rule 2 (fallback): the one name present in every thread with two or more participants.

    Example
    -------
    >>> infer_owner([(["Alice", "Bob"], "Alice", False)])
    'Bob'
    >>> infer_owner([(["A", "B", "C"], "group", True)]) is None
    True
    """
    votes: Counter[str] = Counter()
    voted_threads = 0
    for participants, title, is_group in threads:
        listed = [fix_text(p) for p in participants if p]
        if is_group or len(listed) != 2 or not title:
            continue
        title = fix_text(title)
        others = [n for n in listed if n != title]
        if len(others) == 1:
            voted_threads += 1
            votes[others[0]] += 1
    if votes:
        (best, count), *rest = votes.most_common()
        if count == voted_threads and not rest:
            return best
        return None  # 1:1 titles disagree: do not guess
    common: set[str] | None = None
    for participants, _title, _is_group in threads:
        names = {fix_text(p) for p in participants if p}
        if len(names) < 2:
            continue
        common = names if common is None else common & names
    if common is not None and len(common) == 1:
        return next(iter(common))
    return None


def read_threads(
    archive: Archive,
    files: Sequence[ThreadFile],
    *,
    platform: str,
    owner: str | None,
    owner_aliases: Iterable[str] = (),
    key_of: Callable[[str], str | None] = name_key,
    log: ProblemLog,
) -> ThreadsResult:
    """Read Messenger-style thread files into one ``interactions`` frame.

    Rows (DESIGN.md §4): an inbound message gives one row (the sender); an outbound message
    gives one row per other participant (``n_participants`` = everyone in the thread, owner
    included). Reactions inside messages: the owner reacting to another's message is
    ``reaction``/``out`` with the sender as counterpart; another reacting to the owner's
    message is ``reaction``/``in`` with the actor as counterpart. A deactivated account
    ("Facebook User") keeps its name but gets a null ``contact_key``.

    Names, titles and reactions are mojibake-repaired once per distinct string. Message
    content is not carried into the frame (privacy, DESIGN.md §10, and memory) and is not
    decoded: ``event_key`` is a 64-bit hash (uint64) of thread, time in ms, sender and the
    CRC-32 of the raw content, the content part computed only where thread, time and sender
    collide (see :func:`_content_crcs`). It is the same in every snapshot holding the
    message, so ``network.merge_exports`` counts it once. A file that is not valid JSON
    becomes an ``error`` problem; the others load.

    Extra columns: ``event_key``, ``folder`` (inbox, e2ee_cutover, archived_threads,
    filtered_threads, message_requests, legacy_threads) and ``reaction`` (the emoji of a
    ``reaction`` row). String columns are categoricals.

    When ``owner`` is None it is inferred with :func:`infer_owner`; if that fails the
    messages cannot be given a direction, so none are returned and an ``error`` problem
    says why (no silent guess).

    Parameters
    ----------
    archive, files
        The export and its thread files (from :func:`find_thread_files`).
    platform
        Written into the ``platform`` column.
    owner, owner_aliases
        The owner's display name and former names (FB profile ``previous_names``).
    key_of
        Display name → ``contact_key`` (default :func:`name_key`).
    log
        Problems are added here.
    """
    owner_aliases = tuple(owner_aliases)
    columns = _Columns()
    files_read: set[str] = set()
    with paused_gc():
        senders = _KnownSenders(_listed_participants(archive, files))
        for thread_file in files:
            _read_one(archive, thread_file, columns, log, files_read, senders)
        undated = int(sum(int((t == 0).sum()) for t in columns.times))
        if undated:
            log.add(
                "messages",
                f"{undated} messages carry no usable time (kept, with a missing 'at')",
                severity="warning",
            )
        _read_seconds(archive, columns, log)
        _warn_early_messages(archive, columns, log)
        owner_source = "given"
        if owner is not None and columns.threads and columns.n_messages:
            known = {key_of(fix_text(n)) for n in columns.name_code}
            names = {key_of(fix_text(a)) for a in (owner, *owner_aliases)}
            if not known & names:
                # the profile name is nowhere in Messenger (renamed, or a nickname there):
                # every message would read as inbound, so ask the threads instead
                inferred = infer_owner(
                    [(t.participants, t.title, t.is_group) for t in columns.threads]
                )
                log.add(
                    "messages",
                    f"the profile name {owner!r} appears in no message thread; "
                    + (
                        f"directions use {inferred!r}, inferred from the threads"
                        if inferred
                        else "directions may be wrong (every message reads as inbound)"
                    ),
                    severity="warning",
                )
                if inferred:
                    owner_aliases = (*owner_aliases, inferred)
        if owner is None:
            owner = infer_owner([(t.participants, t.title, t.is_group) for t in columns.threads])
            owner_source = "inferred" if owner is not None else "unknown"
        if owner is None:
            if columns.n_messages:
                log.add(
                    "messages",
                    f"the export owner could not be told from the threads (no profile file, "
                    f"and no 1:1 thread title names the other person); "
                    f"{columns.n_messages} messages were not read as interactions because "
                    f"their direction is unknown",
                    severity="error",
                    n_skipped=columns.n_messages,
                )
            frame = pd.DataFrame()
        else:
            if owner_source == "inferred":
                log.add(
                    "messages",
                    f"no profile file: owner inferred as {owner!r} from the message threads",
                    severity="info",
                )
            frame = _build(
                columns,
                platform,
                owner,
                owner_aliases,
                key_of,
                lambda colliding: _content_crcs(archive, columns, log, colliding),
            )
    return ThreadsResult(
        interactions=frame,
        owner=owner,
        owner_source=owner_source,
        files_read=files_read,
        n_threads=len(columns.threads),
        n_messages=columns.n_messages,
    )


def _read_one(
    archive: Archive,
    thread_file: ThreadFile,
    columns: _Columns,
    log: ProblemLog,
    files_read: set[str],
    known: _KnownSenders | None = None,
) -> None:
    source = archive.source(thread_file.name)
    try:
        data = archive.read_bytes(thread_file.name)
    except (OSError, ValueError) as error:
        log.add(source, f"could not be read: {error}", severity="error", n_skipped=1)
        return
    files_read.add(thread_file.name)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        try:
            if known is None or known.decoder is None:
                raise msgspec.ValidationError("no known senders")
            decoded = _decode_thread(data, known.decoder)
        except msgspec.ValidationError:
            try:
                decoded = _decode_thread(data)
            except msgspec.ValidationError:
                decoded = _decode_thread_tolerant(data)
            if known is not None:
                known.learn(decoded[3])
    except (msgspec.DecodeError, orjson.JSONDecodeError, ValueError) as error:
        log.add(
            source,
            f"not a readable message thread ({error}); file skipped",
            severity="error",
            n_skipped=1,
        )
        return
    participants, title, thread_type, senders, times, crcs, messages = decoded
    if not len(senders):
        _warn_no_messages_list(data, source, log)
    index = columns.thread_index.get(thread_file.thread_key)
    if index is None:
        index = columns.thread_index[thread_file.thread_key] = len(columns.threads)
        # FB-A/B and IG-B say "RegularGroup"; 2023+ exports dropped thread_type (then: unknown).
        is_group = {"RegularGroup": True, "Regular": False}.get(thread_type)
        columns.threads.append(
            _ThreadInfo(thread_file.thread_key, thread_file.folder, title, is_group, participants)
        )
    else:
        # every part repeats the participants; a later part may list people who left.
        listed = columns.threads[index].participants
        listed.extend(p for p in participants if p not in listed)
    sender_codes = _codes(columns.name_code, senders, len(senders))
    start = columns.n_messages
    columns.senders.append(sender_codes)
    columns.times.append(times)
    columns.crcs.append(crcs)
    columns.files.append((thread_file.name, start, len(senders), thread_type))
    columns.file_thread.append(index)
    columns.n_messages += len(senders)
    # reactions of this file: coded now (names and texts in order of first appearance),
    # turned into arrays in one batch at the end
    reacted = list(compress(range(len(messages)), map(_REACTIONS, messages)))
    if reacted:
        lists = [messages[offset].reactions for offset in reacted]
        columns.reaction_message.extend(map(start.__add__, reacted))
        columns.reaction_count.extend(map(len, lists))
        flat = list(chain.from_iterable(lists))
        columns.reaction_actor.extend(map(columns.name_code.__getitem__, map(_ACTOR, flat)))
        columns.reaction_text.extend(map(columns.reaction_code.__getitem__, map(_REACTION, flat)))
        columns.reaction_time.extend(map(_TIMESTAMP, flat))


#: 2004-01-01 in ms: no Messenger (or Instagram) message is older (review11 F2)
EARLIEST_MESSAGE_MS = 1_072_915_200_000


#: a ``timestamp_ms`` below this (3 March 1973 in ms; 5138 AD in seconds) is seconds: the
#: mirror of Facebook's friend timestamps, where a number at or above it is milliseconds
SECONDS_CEILING_MS = 100_000_000_000


def _read_seconds(archive: Archive, columns: _Columns, log: ProblemLog) -> None:
    """Message times below :data:`SECONDS_CEILING_MS` are seconds written into
    ``timestamp_ms`` (no message dates from 1970): read as seconds, in place, and said in one
    info line (review11b FB-1). Times from 1973 to 2004 stay for :func:`_warn_early_messages`."""
    count = files = 0
    example = ""
    for index, times in enumerate(columns.times):
        seconds = (times > 0) & (times < SECONDS_CEILING_MS)
        if seconds.any():
            if not count:
                example = f"{int(times[seconds][0])} in {archive.source(columns.files[index][0])}"
            count += int(seconds.sum())
            files += 1
            columns.times[index] = np.where(seconds, times * 1000, times)
    if count:
        log.add(
            "messages",
            f"{count} message time(s) in {files} thread file(s) written in seconds, not "
            f"milliseconds (timestamp_ms below 1e11, e.g. {example}): read as seconds",
            severity="info",
        )


def _warn_early_messages(archive: Archive, columns: _Columns, log: ProblemLog) -> None:
    """A warning per thread file holding message times before 2004: a ``timestamp_ms``
    written in seconds reads as January 1970 (review11 F2). The rows are kept as dated."""
    for (name, *_), times in zip(columns.files, columns.times, strict=True):
        early = times[(times > 0) & (times < EARLIEST_MESSAGE_MS)]
        if len(early):
            first = pd.Timestamp(int(early.min()), unit="ms", tz="UTC").date()
            log.add(
                archive.source(name),
                f"{len(early)} message(s) dated before 2004 (from {first}): timestamp_ms "
                f"holding seconds, or a damaged value? kept with those dates",
                severity="warning",
            )


def _warn_no_messages_list(data: bytes, source: str, log: ProblemLog) -> None:
    """A thread file that decoded to no message: a warning when it holds no ``messages``
    list at all (a renamed or dropped key), not when the list is there and empty."""
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError:
        return
    if isinstance(document, dict) and not isinstance(document.get("messages"), list):
        keys = ", ".join(sorted(map(str, document))[:8]) or "none"
        log.add(
            source,
            f"no 'messages' list in this thread file (keys: {keys}): no message read from it",
            severity="warning",
        )


def _reaction_columns(
    columns: _Columns, times: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(message index, actor code, raw text code, time in ms) of every reaction read."""
    counts = np.asarray(columns.reaction_count, dtype=np.int64)
    message = np.repeat(np.asarray(columns.reaction_message, dtype=np.int64), counts)
    actor = np.asarray(columns.reaction_actor, dtype=np.int64)
    text = np.asarray(columns.reaction_text, dtype=np.int32)
    own_ms = np.asarray(columns.reaction_time, dtype=np.int64)
    return message, actor, text, _reaction_ms_array(own_ms, times[message])


_MIX = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)


#: a part of :func:`_mix`: an array, an int standing for that value on every row, or
#: ``(table, codes)`` standing for ``table[codes]`` (scrambled per table entry, then gathered)
_Part = np.ndarray | int | tuple[np.ndarray, np.ndarray]


def _mix(*parts: _Part) -> np.ndarray:
    """Combine uint64 parts into one 64-bit key per row (splitmix-style, deterministic).

    Part ``n`` is folded in by :func:`_scramble` (its own scrambling) and then the running
    key is stirred (:func:`_stir`); these two steps are the only spelling of the key's
    bits. Event keys are compared across cached snapshots and earlier loads, so they must
    never change (``tests/test_facebook.py::test_event_keys_are_pinned``).

    Parts come in three forms with the same bits, so that a million-row key does only the
    per-row work it must:

    - an array (one value per row);
    - an ``int``, one value on every row (the content CRC of 0 on most messages): scrambled
      once;
    - ``(table, codes)`` for ``table[codes]`` (thread or sender hashes per message): the
      table's few thousand entries are scrambled, then gathered. When it is the first part,
      the running key is still 0, so the stir is done on the table too.

    Works in place on two buffers (a million keys: half the time of the textbook form).

    >>> a = np.array([5, 7], dtype=np.uint64)
    >>> bool((_mix((a, np.array([1, 0, 1])), 3) == _mix(a[[1, 0, 1]], 3)).all())
    True
    """
    size = next(
        len(p[1]) if isinstance(p, tuple) else len(p) for p in parts if not isinstance(p, int)
    )
    with np.errstate(over="ignore"):
        result = np.zeros(size, dtype=np.uint64)
        scratch = np.empty(size, dtype=np.uint64)
        for number, part in enumerate(parts):
            if isinstance(part, tuple):
                table, codes = part
                value = _scramble(table.astype(np.uint64), number)
                if number == 0:
                    _stir(value, number, np.empty_like(value))
                    result = value[codes]
                    continue
                result ^= value[codes]
            elif isinstance(part, np.ndarray):
                result ^= _scramble(part.astype(np.uint64), number, scratch)
            else:
                result ^= _scramble(np.full(1, part, dtype=np.uint64), number)[0]
            _stir(result, number, scratch)
    return result


def _scramble(value: np.ndarray, number: int, scratch: np.ndarray | None = None) -> np.ndarray:
    """Part ``number``'s own scrambling, in place on a uint64 array (returned):
    ``v = v * K[n % 3] + n + 1; v ^= v >> 31``."""
    scratch = np.empty_like(value) if scratch is None else scratch
    with np.errstate(over="ignore"):
        value *= _MIX[number % 3]
        value += np.uint64(number + 1)
        np.right_shift(value, np.uint64(31), out=scratch)
        value ^= scratch
    return value


def _stir(result: np.ndarray, number: int, scratch: np.ndarray) -> None:
    """The step :func:`_mix` ends each part with, in place:
    ``r *= K[(n + 1) % 3]; r ^= r >> 29``."""
    with np.errstate(over="ignore"):
        result *= _MIX[(number + 1) % 3]
        np.right_shift(result, np.uint64(29), out=scratch)
        result ^= scratch


def _colliding(base: np.ndarray, times: np.ndarray, thread_of: np.ndarray) -> np.ndarray:
    """Which messages share their content-free key ``base`` (thread, time, sender) with
    another message: a boolean mask, as ``pd.Series(base).duplicated(keep=False)``.

    Messages arrive thread by thread, each thread's parts in time order (Meta writes
    newest first), so equal (thread, time) pairs sit next to each other: only those short
    runs are compared, not a hash table of a million keys. Where that order does not hold
    (a thread's times go both ways), every key is compared.
    """
    n = len(base)
    if n < 2:
        return np.zeros(n, dtype=bool)
    step = np.diff(times)
    inner = thread_of[1:] == thread_of[:-1]
    contiguous = bool((thread_of[1:] >= thread_of[:-1]).all())
    monotonic = bool(((step <= 0) | ~inner).all() or ((step >= 0) | ~inner).all())
    if not (contiguous and monotonic):
        return pd.Series(base).duplicated(keep=False).to_numpy()
    tied = inner & (step == 0)
    colliding = np.zeros(n, dtype=bool)
    if not tied.any():
        return colliding
    candidates = np.zeros(n, dtype=bool)
    candidates[1:] |= tied
    candidates[:-1] |= tied
    where = np.flatnonzero(candidates)
    colliding[where] = pd.Series(base[where]).duplicated(keep=False).to_numpy()
    return colliding


def _content_crcs(
    archive: Archive, columns: _Columns, log: ProblemLog, colliding: np.ndarray
) -> np.ndarray:
    """CRC-32 of each message's raw content, computed only where needed.

    ``event_key`` = (thread, time in ms, sender, content). Thread, time and sender alone
    tell almost every message apart, so content is hashed only inside groups where they
    collide (two messages from one person in one millisecond; ``colliding``, see
    :func:`_colliding`); elsewhere its CRC is 0. This keeps the key the same in every
    snapshot while sparing the decoding of a million contents. Files whose content was read
    already (the tolerant path) keep their CRCs.
    """
    n_messages = columns.n_messages
    crcs = np.zeros(n_messages, dtype=np.uint32)
    if not n_messages:
        return crcs
    for (_name, start, count, _kind), known in zip(columns.files, columns.crcs, strict=True):
        if known is not None:
            crcs[start : start + count] = known
    if not colliding.any():
        return crcs
    starts = np.fromiter((f[1] for f in columns.files), np.int64, len(columns.files))
    for file_index in np.unique(np.searchsorted(starts, np.flatnonzero(colliding), "right") - 1):
        name, start, count, kind = columns.files[file_index]
        if columns.crcs[file_index] is not None:
            continue
        try:
            data = archive.read_bytes(name)
            if data.startswith(_BOM):
                data = data[len(_BOM) :]
            if kind == _E2EE:
                raws = [m.text for m in _E2EE_TEXT_DECODER.decode(data).messages]
            else:
                raws = [m.content for m in _CONTENT_DECODER.decode(data).messages]
        except (OSError, ValueError, msgspec.DecodeError) as error:
            log.add(archive.source(name), f"content not re-read for event keys ({error})")
            continue
        if len(raws) == count:
            crcs[start : start + count] = np.fromiter(map(zlib.crc32, raws), np.uint32, count)
    return crcs


class _ReactionRows(NamedTuple):
    """The reaction rows of :func:`_build`, in reading order: the reacted message, the
    counterpart's name code, whether the owner reacted, time in ms, text code, event key."""

    message: np.ndarray
    counterpart: np.ndarray
    out: np.ndarray
    time: np.ndarray
    text: np.ndarray
    key: np.ndarray


def _build(
    columns: _Columns,
    platform: str,
    owner: str,
    owner_aliases: Iterable[str],
    key_of: Callable[[str], str | None],
    content_crcs: Callable[[np.ndarray], np.ndarray],
) -> pd.DataFrame:
    threads = columns.threads
    code = columns.name_code.__getitem__  # registers a name not seen yet
    # Thread-level arrays; codes for every participant name (so they are in the name table).
    owner_keys = {k for k in (key_of(owner), *(key_of(a) for a in owner_aliases)) if k}
    owner_names = {fix_text(owner), *(fix_text(a) for a in owner_aliases)}
    owner_of: dict[str, bool] = {}  # participants repeat across threads: decide each once

    def is_owner_name(raw: str) -> bool:
        found = owner_of.get(raw)
        if found is None:
            repaired = fix_text(raw)
            found = owner_of[raw] = repaired in owner_names or (key_of(repaired) in owner_keys)
        return found

    n_participants = np.empty(len(threads), dtype=np.int64)
    others_flat: list[int] = []
    others_start = np.empty(len(threads), dtype=np.int64)
    others_count = np.empty(len(threads), dtype=np.int64)
    for index, thread in enumerate(threads):
        others = [p for p in thread.participants if p and not is_owner_name(p)]
        if (
            not others
            and thread.title
            and thread.is_group is not True
            and not is_owner_name(thread.title)
        ):
            # a 1:1 thread whose other side left the participant list: the title names them
            others = [thread.title]
        others_start[index] = len(others_flat)
        others_count[index] = max(len(others), 1)
        others_flat.extend(code(o) for o in others)
        if not others:
            others_flat.append(-1)
        # the owner counts even after leaving a group (then absent from the participant list)
        n_participants[index] = max(len(others) + 1, 2)

    # Name table: raw name → repaired display name and key, deduplicated into categories.
    raw_names = list(columns.name_code)
    repaired = [fix_text(n) for n in raw_names]
    owner_mask = np.fromiter((is_owner_name(n) for n in raw_names), bool, len(raw_names))
    name_codes, name_categories = pd.factorize(pd.Series(repaired, dtype=object))
    name_codes = np.where(np.array([bool(n) for n in raw_names], dtype=bool), name_codes, -1)
    keys = [key_of(n) for n in repaired]
    key_codes, key_categories = pd.factorize(pd.Series(keys, dtype=object), use_na_sentinel=True)
    name_hash = np.fromiter((stable_hash(n) for n in raw_names), np.uint64, len(raw_names))

    n_messages = columns.n_messages
    if n_messages:
        senders = np.concatenate(columns.senders)
        times = np.concatenate(columns.times)
        thread_of = np.repeat(
            np.asarray(columns.file_thread, dtype=np.int32),
            np.fromiter((f[2] for f in columns.files), np.int64, len(columns.files)),
        )
    else:
        senders = np.empty(0, np.int32)
        times = np.empty(0, np.int64)
        thread_of = np.empty(0, np.int32)
    columns.senders.clear()
    columns.times.clear()

    thread_hash = np.fromiter((stable_hash(t.key) for t in threads), np.uint64, len(threads))
    # The key with a zero content CRC; recomputed only for the few messages whose content
    # had to be hashed (those where thread, time and sender collide, see _content_crcs).
    message_key = _mix((thread_hash, thread_of), times, (name_hash, senders), 0)
    crcs = content_crcs(_colliding(message_key, times, thread_of))
    hashed = np.flatnonzero(crcs)
    if len(hashed):
        message_key[hashed] = _mix(
            thread_hash[thread_of[hashed]],
            times[hashed],
            name_hash[senders[hashed]],
            crcs[hashed],
        )

    # Messages: inbound → 1 row (sender); outbound → one row per other participant.
    is_out = owner_mask[senders] if len(raw_names) else np.zeros(n_messages, bool)

    # Reactions inside messages involving the owner and someone else (vectorised: a big
    # export holds tens of thousands of them).
    reaction_texts: list[str] = []
    reactions: _ReactionRows | None = None
    if columns.reaction_actor:
        r_message, r_actor, raw_codes, r_time = _reaction_columns(columns, times)
        raw_texts = list(columns.reaction_code)  # in order of first appearance
        # ❤️ (with U+FE0F) and ❤ are one reaction (format notes §2.1)
        fixed = [fix_text(str(t)).replace("\ufe0f", "") for t in raw_texts]
        text_codes, text_categories = pd.factorize(pd.Series(fixed, dtype=object))
        r_text = text_codes[raw_codes]
        reaction_texts = [str(t) for t in text_categories]
        text_hash = np.fromiter(
            (stable_hash(f"reaction:{t}") for t in reaction_texts), np.uint64, len(reaction_texts)
        )
        r_sender = senders[r_message].astype(np.int64)
        actor_is_owner = owner_mask[r_actor]
        # the owner on their own message, or two others: not a tie of the owner
        keep = actor_is_owner != owner_mask[r_sender]
        if keep.any():
            r_message, r_actor, r_text = r_message[keep], r_actor[keep], r_text[keep]
            r_out = actor_is_owner[keep]
            reactions = _ReactionRows(
                message=r_message,
                counterpart=np.where(r_out, r_sender[keep], r_actor),
                out=r_out,
                time=r_time[keep],
                text=r_text,
                key=_mix(message_key[r_message], name_hash[r_actor], text_hash[r_text]),
            )

    # Rows in time order, ties in reading order (messages, each message's rows in
    # participant order, then the reactions), undated rows (NaT) last: the order
    # ``network.merge_exports`` sorts by, so that a single snapshot's frame is not sorted
    # (and copied) again there. The messages are put in that order before they fan out
    # into rows (one sort of message times, and each row column gathered once, straight
    # from the message columns); the few reaction rows are then merged in by time.
    undated = times == 0
    last = int(times[~undated].max()) + 1 if n_messages and not undated.all() else 0
    if reactions is not None and reactions.time.any():
        last = max(last, int(reactions.time[reactions.time != 0].max()) + 1)
    sort_key = np.where(undated, last, times) if undated.any() else times
    del undated
    counts = np.where(is_out, others_count[thread_of], 1)
    if n_messages > 1 and not (sort_key[1:] >= sort_key[:-1]).all():
        order = stable_order(sort_key)
        counts = counts[order]
        # int32 indices: half the memory of int64 for the million-row intermediates
        row_message = np.repeat(order.astype(np.int32), counts)
        del order
    else:
        row_message = np.repeat(np.arange(n_messages, dtype=np.int32), counts)
    row_out = is_out[row_message]
    counterpart = senders[row_message]
    row_thread = thread_of[row_message]
    if row_out.any():
        first_row = np.cumsum(counts) - counts
        position = np.arange(len(row_message), dtype=np.int64) - np.repeat(first_row, counts)
        del first_row
        counterpart[row_out] = np.asarray(others_flat, dtype=np.int32)[
            others_start[row_thread[row_out]] + position[row_out]
        ]
        del position
    del counts
    row_time = times[row_message]
    row_key = message_key[row_message]
    if reactions is not None:
        # stable: among rows of one time, messages first, then reactions in reading order
        r_sort_key = np.where(reactions.time != 0, reactions.time, last)
        r_order = stable_order(r_sort_key)
        at_row = np.searchsorted(sort_key[row_message], r_sort_key[r_order], side="right")
        r_rows = at_row + np.arange(len(r_order))  # where each reaction row lands
        is_message = np.ones(len(row_message) + len(r_order), dtype=bool)
        is_message[r_rows] = False

        def merged(message_part: np.ndarray, reaction_part: np.ndarray) -> np.ndarray:
            dtype = np.result_type(message_part, reaction_part)
            out = np.empty(len(is_message), dtype=dtype)
            out[is_message] = message_part
            out[r_rows] = reaction_part[r_order]
            return out

        row_thread = merged(row_thread, thread_of[reactions.message])
        counterpart = merged(counterpart, reactions.counterpart)
        row_out = merged(row_out, reactions.out)
        row_time = merged(row_time, reactions.time)
        row_key = merged(row_key, reactions.key)
        row_kind = (~is_message).view(np.int8)  # 0 = message, 1 = reaction
        row_reaction = np.full(len(is_message), -1, dtype=np.int32)
        row_reaction[r_rows] = reactions.text[r_order]
    else:
        row_kind = np.zeros(len(row_message), dtype=np.int8)  # 0 = message
        row_reaction = np.full(len(row_message), -1, dtype=np.int32)
    del row_message, sort_key

    # a trailing -1 in each table: a counterpart of -1 (nobody) takes it
    row_name = np.append(name_codes, -1)[counterpart]
    row_contact = np.append(key_codes, -1)[counterpart]
    folders = sorted({t.folder for t in threads})
    folder_code = np.array([folders.index(t.folder) for t in threads], dtype=np.int8)
    # the thread's own title ("Foo Bar, John Doe and Bugs Bunny", "marathon"), repaired; the
    # folder name (thread_key) is a lower-case slug plus an export id
    title_codes, title_categories = pd.factorize(
        pd.Series([fix_text(t.title) or None for t in threads], dtype=object),
        use_na_sentinel=True,
    )
    n_rows = len(counterpart)
    frame = pd.DataFrame(
        {
            "platform": categorical(np.zeros(n_rows, dtype=np.int8), [platform]),
            "at": epoch_to_utc(row_time, "ms"),
            "contact_key": categorical(row_contact, list(key_categories)),
            "name": categorical(row_name, list(name_categories)),
            "direction": categorical(row_out.astype(np.int8), ["in", "out"]),
            "kind": categorical(row_kind, ["message", "reaction"]),
            "thread_key": categorical(row_thread, [t.key for t in threads]),
            "thread_title": categorical(
                np.append(title_codes, -1)[row_thread], list(title_categories)
            ),
            "n_participants": n_participants[row_thread] if n_rows else np.empty(0, np.int64),
            "event_key": row_key,
            "folder": categorical(folder_code[row_thread], folders),
            "reaction": categorical(row_reaction, reaction_texts),
        },
        copy=False,
    )
    return frame
