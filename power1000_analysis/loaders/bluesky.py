"""Loader for Bluesky repository exports (``repo.car``, Settings → Export my data).

See ``../shared/formats/linkedin-x-mastodon-bluesky-contacts.md`` §4. A ``.car`` file is a
CAR v1 archive of one account's AT Protocol repository: a header naming the commit, the
commit (``{did, version, data, …}``), the Merkle Search Tree (MST) nodes under ``data`` and
one DAG-CBOR block per record. Each CAR is one snapshot of one account, so a folder of CAR
files gives one :class:`Detection` per file.

The records are found by walking the MST from the commit's ``data`` (not by scanning the
blocks for ``$type``): the walk yields each record's ``<collection>/<rkey>`` key, ignores
blocks the repository no longer references, and notices when a CAR is partial — records
or subtree nodes the MST names but the file lacks become a ``problems`` row while the rest
loads.

- contacts: ``app.bsky.graph.follow`` → ``following`` (the repository holds only outgoing
  follows; followers live in other people's repositories), ``contact_key`` = subject DID;
- interactions: posts' mentions (legacy ``entities`` type ``mention``; ``facets``
  ``#mention``) → ``mention``/out, replies → ``reply``/out to the parent's author, likes →
  ``like``/out to the liked post's author (its DID is in the subject URI), reposts →
  ``reaction``/out to the reposted post's author (as the X loader reads retweets). Blocks,
  list items and legacy record types are counted per collection in the snapshot's
  ``records_by_collection``, not read;
- ``chat.jsonl`` ("Download chat data") is not read: its line format is not published, and
  ``discover`` reports the file when it is given;
- owner: the commit's ``did``; its name from ``app.bsky.actor.profile/self``.

Decoding uses ``libipld`` (DAG-CBOR and CAR); only the CAR framing is walked by hand when a
truncated file defeats ``libipld.decode_car``.

Example
-------
>>> did_of("at://did:plc:abc/app.bsky.feed.post/3k")
'did:plc:abc'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import libipld
import pandas as pd

from power1000_analysis.loaders._archive import Archive, sniff_by_content
from power1000_analysis.loaders._base import Detection, LoadedExport, ProblemLog
from power1000_analysis.loaders._text import to_utc

__all__ = ["GENERATIONS", "PLATFORM", "detect", "did_of", "read", "walk_mst"]

PLATFORM = "bluesky"
GEN_CAR = "repository export (.car, CAR v1)"
GEN_V3 = "repository export (.car), commit v3 (since mid-2023)"
GEN_V2 = "repository export (.car), commit v2 (early 2023)"
GEN_V1 = "repository export (.car), commit v1 via root.data (2022)"
GENERATIONS: tuple[str, ...] = (GEN_V3, GEN_V2, GEN_V1)

FOLLOW = "app.bsky.graph.follow"
POST = "app.bsky.feed.post"
LIKE = "app.bsky.feed.like"
REPOST = "app.bsky.feed.repost"
PROFILE = "app.bsky.actor.profile"
_MENTION_FEATURE = "app.bsky.richtext.facet#mention"
_DAG_CBOR = 0x71
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def did_of(uri: object) -> str | None:
    """The DID in an ``at://<did>/<collection>/<rkey>`` URI (or a bare DID), else None."""
    if not isinstance(uri, str):
        return None
    text = uri.removeprefix("at://").split("/", 1)[0]
    return text if text.startswith("did:") else None


# -- CAR framing -----------------------------------------------------------------------------


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    """An unsigned LEB128 varint at ``offset`` → (value, next offset)."""
    value = shift = 0
    while True:
        if offset >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, offset
        shift += 7


def _cid_length(data: bytes, offset: int) -> tuple[int, int]:
    """Length of the binary CID at ``offset`` and its codec (CIDv0 is sha2-256 DAG-PB)."""
    if data[offset : offset + 2] == b"\x12\x20":
        return 34, 0x70
    position = offset
    _version, position = _varint(data, position)
    codec, position = _varint(data, position)
    _hash_code, position = _varint(data, position)
    digest_size, position = _varint(data, position)
    return position + digest_size - offset, codec


def _frames(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(CID bytes, block bytes) of each CAR block after the header; stops at the first frame
    that does not fit in ``data`` (a truncated download) by raising ``ValueError``."""
    size, offset = _varint(data, 0)
    offset += size
    while offset < len(data):
        size, start = _varint(data, offset)
        end = start + size
        if size == 0 or end > len(data):
            raise ValueError(f"block frame at byte {offset} runs past the end of the file")
        cid_size, _codec = _cid_length(data, start)
        yield data[start : start + cid_size], data[start + cid_size : end]
        offset = end


def _read_header(data: bytes) -> dict[str, Any]:
    size, offset = _varint(data, 0)
    if size == 0 or offset + size > len(data):
        raise ValueError("CAR header runs past the end of the file")
    header = libipld.decode_dag_cbor(data[offset : offset + size])
    if not isinstance(header, dict) or header.get("version") != 1 or not header.get("roots"):
        raise ValueError("not a CAR v1 header ({version: 1, roots: [...]})")
    return header


def _decode_car(
    data: bytes, log: ProblemLog, source: str
) -> tuple[dict[str, Any], dict[bytes, Any]]:
    """Header and blocks; a CAR that ``libipld.decode_car`` rejects as a whole (truncated,
    one bad block) is read frame by frame, keeping every block that decodes."""
    try:
        whole_header, whole_blocks = libipld.decode_car(data)
        return whole_header, dict(whole_blocks)
    except (ValueError, RecursionError) as whole_error:
        header = _read_header(data)  # not even a header: the caller reports the file
        blocks: dict[bytes, Any] = {}
        bad = 0
        note = ""
        try:
            for cid, block in _frames(data):
                try:
                    if _cid_length(cid, 0)[1] == _DAG_CBOR:
                        blocks[cid] = libipld.decode_dag_cbor(block)
                except (ValueError, RecursionError):
                    bad += 1
        except (ValueError, IndexError) as frame_error:
            note = f"; {frame_error}"
        log.add(
            source,
            f"damaged CAR ({whole_error}): kept {len(blocks)} readable block(s), "
            f"{bad} undecodable{note}",
            severity="warning",
            n_skipped=bad,
        )
        return header, blocks


# -- MST ----------------------------------------------------------------------------------


@dataclass
class MstWalk:
    """What a walk of the MST found: ``(key, record CID)`` pairs in key order, and the CIDs
    of subtree nodes that the CAR does not hold (or that are not MST nodes)."""

    records: list[tuple[str, bytes]] = field(default_factory=list)
    missing_nodes: list[bytes] = field(default_factory=list)


def walk_mst(blocks: dict[bytes, Any], root: bytes) -> MstWalk:
    """Walk the MST under ``root`` in key order.

    A node is ``{l: subtree | None, e: [{p, k, v, t}]}``; each entry's key is the previous
    entry's key cut to ``p`` bytes plus ``k``; ``v`` is the record and ``t`` the subtree of
    keys between this entry and the next.

    Example
    -------
    >>> leaf = {"l": None, "e": [{"p": 0, "k": b"app.bsky.graph.follow/a", "v": b"r1", "t": None},
    ...                          {"p": 22, "k": b"b", "v": b"r2", "t": None}]}
    >>> [key for key, _ in walk_mst({b"n": leaf}, b"n").records]
    ['app.bsky.graph.follow/a', 'app.bsky.graph.follow/b']
    """
    walk = MstWalk()
    seen: set[bytes] = set()
    # An explicit stack (not recursion): ("node", cid) expands a node, ("record", …) emits.
    stack: list[tuple[str, Any]] = [("node", root)]
    while stack:
        what, item = stack.pop()
        if what == "record":
            walk.records.append(item)
            continue
        if item is None or item in seen:
            continue
        seen.add(item)
        node = blocks.get(item)
        if not isinstance(node, dict) or not isinstance(node.get("e"), list):
            walk.missing_nodes.append(item)
            continue
        steps: list[tuple[str, Any]] = [("node", node.get("l"))]
        previous = b""
        for entry in node["e"]:
            if not isinstance(entry, dict) or not isinstance(entry.get("k"), bytes):
                continue
            key = previous[: int(entry.get("p") or 0)] + entry["k"]
            previous = key
            steps.append(("record", (key.decode("utf-8", "replace"), entry.get("v"))))
            steps.append(("node", entry.get("t")))
        stack.extend(reversed(steps))
    return walk


def _tid_time(rev: object) -> pd.Timestamp | None:
    """A TID (commit ``rev``): 13 base32-sortable characters, microseconds since 1970 in the
    high bits (atproto spec)."""
    if not isinstance(rev, str) or len(rev) != 13 or any(c not in _TID_ALPHABET for c in rev):
        return None
    number = 0
    for char in rev:
        number = number * 32 + _TID_ALPHABET.index(char)
    return pd.Timestamp(number >> 10, unit="us", tz="UTC")


# -- detection and reading --------------------------------------------------------------------


def detect(archive: Archive) -> list[Detection]:
    """One detection per ``.car`` member whose first bytes are a CAR v1 header, and per
    member of another name that has one (the download can arrive as ``repo``, or with a
    name a browser made up: ``sniff_by_content``)."""
    detections = []
    for name in archive.names():
        if not name.lower().endswith(".car") and not sniff_by_content(archive, name):
            continue
        try:
            with archive.open(name) as stream:
                head = stream.read(4096)
            _read_header(head)
        except (OSError, ValueError):
            continue
        path = PurePosixPath(name)
        detections.append(
            Detection(
                platform=PLATFORM,
                generation=GEN_CAR,
                root="" if str(path.parent) == "." else str(path.parent),
                confidence=90,
                evidence=f"{name}: CAR v1 header",
                files=(path.name,),
            )
        )
    return detections


def read(archive: Archive, detection: Detection) -> LoadedExport:
    """Read the one ``.car`` file of ``detection`` into canonical frames.

    A file that is not a CAR at all yields no rows and an ``error`` problem; a partial CAR
    loads what it holds and records a ``warning`` naming what is missing.
    """
    names = detection.files or tuple(n for n in archive.names() if n.lower().endswith(".car"))
    name = names[0]
    log = ProblemLog()
    result = LoadedExport(
        platform=PLATFORM,
        generation=detection.generation,
        source=archive.source(name),
        files_read={name},
        missing={
            "requests": "a Bluesky repository holds no follow requests",
            "followers": "a repository holds only the account's own (outgoing) follows",
        },
    )
    try:
        data = archive.read_bytes(name)
        header, blocks = _decode_car(data, log, name)
    except (OSError, ValueError) as error:
        log.add(name, f"not a readable CAR file: {error}", severity="error", n_skipped=1)
        result.problems = log.frame()
        return result

    commit = blocks.get(header["roots"][0])
    records, version = _records(blocks, commit, log, name)
    generations = {3: GEN_V3, 2: GEN_V2, 1: GEN_V1}
    result.generation = generations.get(version or 0, detection.generation)
    if isinstance(commit, dict):
        result.owner = commit.get("did") if isinstance(commit.get("did"), str) else None
        last_commit = _tid_time(commit.get("rev"))
        if last_commit is not None:
            result.extra["last_commit_at"] = last_commit
    result.extra["commit_version"] = version

    follows: dict[str, object] = {}
    rows: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for key, record in records:
        collection = key.split("/", 1)[0] if key else str(record.get("$type"))
        counts[collection] += 1
        if collection == FOLLOW:
            subject = record.get("subject")
            # 2022 lexicon: subject = {did, declarationCid} [C]; since 2023 a DID string.
            did = did_of(subject.get("did") if isinstance(subject, dict) else subject)
            if did and did != result.owner and did not in follows:
                follows[did] = record.get("createdAt")
        elif collection == POST:
            rows.extend(_post_rows(key, record, result.owner))
        elif collection == LIKE:
            rows.extend(_like_rows(record, result.owner))
        elif collection == REPOST:
            # as the X loader reads a retweet: a reaction to the author of the re-shared post
            rows.extend(_like_rows(record, result.owner, kind="reaction"))
        elif collection == PROFILE and key.endswith("/self"):
            result.owner_details = {
                "did": result.owner,
                "name": record.get("displayName"),
                "description": record.get("description"),
            }
    result.extra["records_by_collection"] = dict(counts)
    unread_follows = unread_rows = unread_records = 0
    examples: list[object] = []
    if follows:
        written = pd.Series(list(follows.values()), dtype=object)
        # createdAt is client-set and may carry an offset (-07:00) [F]
        connected = to_utc(written)
        result.contacts = pd.DataFrame(
            {
                "contact_key": list(follows),
                "relation": "following",
                "connected_at": connected.to_numpy(),
            }
        )
        unread = _written(written) & connected.isna()
        unread_follows = int(unread.sum())
        examples += written[unread].tolist()
    if rows:
        interactions = pd.DataFrame(rows)
        written = interactions["at"]
        interactions["at"] = to_utc(written)
        unread = _written(written) & interactions["at"].isna()
        unread_rows = int(unread.sum())
        examples += written[unread].tolist()
        # a post gives a row per counterpart (its record URI); a like or repost gives one
        uris = interactions.get("record_uri", pd.Series(None, index=interactions.index))
        unread_records = int(uris[unread].isna().sum()) + uris[unread].dropna().nunique()
        result.interactions = interactions.sort_values("at", kind="stable").reset_index(drop=True)
    if unread_follows or unread_rows:
        # one warning for the file: a format to_utc does not read, or day/month dates the
        # column leaves either way round (05/01/2017), are left empty, never guessed
        log.add(
            name,
            f"{unread_follows + unread_records} createdAt value(s) in an unknown or ambiguous "
            f"date format (e.g. {examples[0]!r}); left empty: connected_at of "
            f"{unread_follows} follow(s), at of {unread_rows} interaction row(s)",
            severity="warning",
        )
    result.problems = log.frame()
    return result


def _written(values: pd.Series) -> pd.Series:
    """Values that hold something (not None, NaN or blank): a time to_utc should read."""
    return values.map(lambda v: v is not None and v == v and str(v).strip() != "").astype(bool)


def _records(
    blocks: dict[bytes, Any], commit: Any, log: ProblemLog, source: str
) -> tuple[list[tuple[str, dict[str, Any]]], int | None]:
    """The records named by the MST that the CAR holds, and the commit version."""
    if not isinstance(commit, dict):
        # No commit: the MST cannot be walked, so fall back to blocks that carry a $type.
        found = [("", b) for b in blocks.values() if isinstance(b, dict) and "$type" in b]
        log.add(
            source,
            "commit block missing: records found by scanning blocks for $type; "
            "deleted records may be included and missing ones cannot be noticed",
            severity="error",
        )
        return found, None
    version = commit.get("version") if isinstance(commit.get("version"), int) else None
    data_cid = commit.get("data")
    if data_cid is None and isinstance(blocks.get(commit.get("root") or b""), dict):
        # Commit v1 (2022): commit → root {data, meta} → MST.
        data_cid = blocks[commit["root"]].get("data")
        version = version or 1
    if data_cid is None:
        log.add(source, "commit has no 'data' (MST root): no records listed", severity="error")
        return [], version
    walk = walk_mst(blocks, data_cid)
    records: list[tuple[str, dict[str, Any]]] = []
    absent = 0
    for key, cid in walk.records:
        block = blocks.get(cid) if isinstance(cid, bytes) else None
        if isinstance(block, dict):
            records.append((key, block))
        else:
            absent += 1
    if absent or walk.missing_nodes:
        parts = []
        if absent:
            parts.append(f"{absent} of {len(walk.records)} records named by the MST have no block")
        if walk.missing_nodes:
            parts.append(
                f"{len(walk.missing_nodes)} MST subtree node(s) missing"
                + (" too" if absent else "")
                + " (their records cannot be listed)"
            )
        log.add(source, "partial CAR: " + "; ".join(parts), severity="warning", n_skipped=absent)
    return records, version


def _uri(owner: str | None, key: str) -> str | None:
    return f"at://{owner}/{key}" if owner and key else None


def _ref_uri(reference: object) -> str | None:
    """The ``uri`` of a strong reference ``{uri, cid}``."""
    uri = reference.get("uri") if isinstance(reference, dict) else None
    return uri if isinstance(uri, str) else None


def _post_rows(key: str, post: dict[str, Any], owner: str | None) -> list[dict[str, Any]]:
    """reply/out to the parent's author, mention/out to each mentioned DID; a reply's parent
    author is not counted again as a mention, the owner never."""
    at = post.get("createdAt")  # converted to UTC for the whole frame at once
    reply: dict[str, Any] = post["reply"] if isinstance(post.get("reply"), dict) else {}
    parent = did_of(_ref_uri(reply.get("parent")))
    thread = _ref_uri(reply.get("root")) or _uri(owner, key)
    counterparts: dict[str, str] = {}
    if parent and parent != owner:
        counterparts[parent] = "reply"
    mentioned: list[object] = []
    for entity in post.get("entities") or []:  # legacy (early 2023) text entities [F]
        if isinstance(entity, dict) and entity.get("type") == "mention":
            mentioned.append(entity.get("value"))
    for facet in post.get("facets") or []:
        features = facet.get("features") if isinstance(facet, dict) else None
        for feature in features or []:
            if isinstance(feature, dict) and feature.get("$type") == _MENTION_FEATURE:
                mentioned.append(feature.get("did"))
    for value in mentioned:
        did = did_of(value)
        if did and did != owner:
            counterparts.setdefault(did, "mention")
    return [
        {
            "at": at,
            "contact_key": did,
            "direction": "out",
            "kind": kind,
            "thread_key": thread,
            "n_participants": 1 + len(counterparts),
            "record_uri": _uri(owner, key),
        }
        for did, kind in counterparts.items()
    ]


def _like_rows(
    like: dict[str, Any], owner: str | None, *, kind: str = "like"
) -> list[dict[str, Any]]:
    """A like (or, with ``kind="reaction"``, a repost) → one row to the author of the
    subject post, whose DID is in its ``at://`` URI; none for the owner's own post."""
    subject: dict[str, Any] = like["subject"] if isinstance(like.get("subject"), dict) else {}
    author = did_of(subject.get("uri"))
    if not author or author == owner:
        return []
    return [
        {
            "at": like.get("createdAt"),
            "contact_key": author,
            "direction": "out",
            "kind": kind,
            "thread_key": subject.get("uri"),
            "n_participants": 2,
        }
    ]
