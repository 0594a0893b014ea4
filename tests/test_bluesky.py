"""Bluesky loader: CAR files built here with libipld's DAG-CBOR encoder, walked via the MST."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import libipld
import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import bluesky, discover, read_export
from power1000_analysis.loaders._archive import open_archive
from power1000_analysis.loaders.bluesky import GEN_V2, GEN_V3, did_of, walk_mst

OWNER = "did:plc:owner0000000000000000000"
ALICE = "did:plc:alice000000000000000000"
BOB = "did:plc:bob00000000000000000000"
CAROL = "did:plc:carol000000000000000000"


def cid(block: bytes) -> bytes:
    """CIDv1, DAG-CBOR codec, sha2-256 (the atproto repository CID)."""
    return b"\x01\x71\x12\x20" + hashlib.sha256(block).digest()


def varint(number: int) -> bytes:
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        out.append(byte | (0x80 if number else 0))
        if not number:
            return bytes(out)


class RepoBuilder:
    """A tiny repository: blocks by CID, an MST of two levels, a commit, CAR bytes."""

    def __init__(self) -> None:
        self.blocks: dict[bytes, bytes] = {}

    def put(self, value: Any) -> bytes:
        encoded = libipld.encode_dag_cbor(value)
        key = cid(encoded)
        self.blocks[key] = encoded
        return key

    def car(
        self, records: dict[str, dict[str, Any]], *, version: int = 3, drop: tuple[bytes, ...] = ()
    ) -> tuple[bytes, dict[str, bytes]]:
        """Keys sorted; the first one goes to a left subtree ``l``, the last to a right
        subtree ``t``, the rest in the root node with prefix compression (``p``)."""
        keys = sorted(records)
        record_cids = {key: self.put(records[key]) for key in keys}

        def leaf(leaf_keys: list[str]) -> bytes:
            return self.put(
                {
                    "l": None,
                    "e": [
                        {"p": 0, "k": k.encode(), "v": record_cids[k], "t": None} for k in leaf_keys
                    ],
                }
            )

        left = leaf(keys[:1])
        right = leaf(keys[-1:])
        entries = []
        previous = b""
        middle = keys[1:-1]
        for index, key in enumerate(middle):
            raw = key.encode()
            prefix = len(_common_prefix(previous, raw))
            entries.append(
                {
                    "p": prefix,
                    "k": raw[prefix:],
                    "v": record_cids[key],
                    "t": right if index == len(middle) - 1 else None,
                }
            )
            previous = raw
        root = self.put({"l": left, "e": entries})
        commit = {"did": OWNER, "version": version, "data": root, "prev": None, "sig": b"sig"}
        if version == 3:
            commit["rev"] = "3k67up3j7hf2x"
        commit_cid = self.put(commit)
        out = bytearray()
        header = libipld.encode_dag_cbor({"version": 1, "roots": [commit_cid]})
        out += varint(len(header)) + header
        # getRepo order: commit first, then MST nodes, then records.
        order = [commit_cid, root, left, right, *record_cids.values()]
        for key in dict.fromkeys(order):
            if key in drop:
                continue
            block = self.blocks[key]
            out += varint(len(key) + len(block)) + key + block
        return bytes(out), {"left": left, "right": right, **record_cids}


def _common_prefix(a: bytes, b: bytes) -> bytes:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


RECORDS: dict[str, dict[str, Any]] = {
    "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Ada Owner"},
    "app.bsky.feed.like/3l000000000a1": {
        "$type": "app.bsky.feed.like",
        "subject": {"uri": f"at://{CAROL}/app.bsky.feed.post/3x", "cid": "bafy"},
        "createdAt": "2024-02-01T10:00:00.000Z",
    },
    "app.bsky.feed.post/3l000000000p1": {
        "$type": "app.bsky.feed.post",
        "text": "hi @alice and @bob",
        "facets": [
            {
                "index": {"byteStart": 3, "byteEnd": 9},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": ALICE}],
            },
            {
                "index": {"byteStart": 14, "byteEnd": 18},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": BOB}],
            },
            {
                "index": {"byteStart": 0, "byteEnd": 2},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://x.test"}],
            },
        ],
        "createdAt": "2024-01-15T08:00:00-07:00",
    },
    "app.bsky.feed.post/3l000000000p2": {
        "$type": "app.bsky.feed.post",
        "text": "agreed",
        "reply": {
            "root": {"uri": f"at://{CAROL}/app.bsky.feed.post/3r", "cid": "bafy"},
            "parent": {"uri": f"at://{CAROL}/app.bsky.feed.post/3r", "cid": "bafy"},
        },
        "createdAt": "2024-01-16T12:00:00Z",
    },
    "app.bsky.feed.post/3l000000000p3": {
        "$type": "app.bsky.feed.post",
        "text": "legacy mention",
        "entities": [{"type": "mention", "value": CAROL, "index": {"start": 0, "end": 6}}],
        "createdAt": "2023-03-30T14:34:05-07:00",
    },
    "app.bsky.graph.follow/3l000000000f1": {
        "$type": "app.bsky.graph.follow",
        "subject": ALICE,
        "createdAt": "2023-08-25T08:25:39.961Z",
    },
    "app.bsky.graph.follow/3l000000000f2": {
        # 2022 lexicon: subject was {did, declarationCid}
        "$type": "app.bsky.graph.follow",
        "subject": {"did": BOB, "declarationCid": "bafy"},
        "createdAt": "2022-11-01T00:00:00Z",
    },
    "app.bsky.graph.follow/3l000000000f3": {
        "$type": "app.bsky.graph.follow",
        "subject": ALICE,  # a duplicate follow
        "createdAt": "2023-09-01T00:00:00Z",
    },
}


def write_car(path: Path, **options: Any) -> dict[str, bytes]:
    data, cids = RepoBuilder().car(RECORDS, **options)
    path.write_bytes(data)
    return cids


def load_one(path: Path):
    (found,) = discover(path)
    return found, read_export(found)


def test_did_of() -> None:
    assert did_of(f"at://{ALICE}/app.bsky.feed.post/1") == ALICE
    assert did_of(BOB) == BOB
    assert did_of("https://bsky.app") is None
    assert did_of(None) is None


def test_walk_reconstructs_keys_from_prefixes(tmp_path: Path) -> None:
    data, _ = RepoBuilder().car(RECORDS)
    header, blocks = libipld.decode_car(data)
    commit = blocks[header["roots"][0]]
    walk = walk_mst(blocks, commit["data"])
    assert [key for key, _ in walk.records] == sorted(RECORDS)
    assert walk.missing_nodes == []


def test_full_repository(tmp_path: Path) -> None:
    write_car(tmp_path / "repo.car")
    found, export = load_one(tmp_path / "repo.car")
    assert found.detection.files == ("repo.car",)
    assert export.generation == GEN_V3
    assert export.owner == OWNER
    assert export.owner_details["name"] == "Ada Owner"
    contacts = export.contacts.set_index("contact_key")
    assert contacts["relation"].to_dict() == {ALICE: "following", BOB: "following"}
    # duplicate follows: the first one in key order is kept
    assert contacts.loc[ALICE, "connected_at"] == pd.Timestamp("2023-08-25 08:25:39.961", tz="UTC")
    frame = export.interactions
    rows = list(
        zip(frame["at"], frame["kind"], frame["contact_key"], frame["n_participants"], strict=True)
    )
    assert rows == [
        (pd.Timestamp("2023-03-30 21:34:05", tz="UTC"), "mention", CAROL, 2),  # -07:00 → UTC
        (pd.Timestamp("2024-01-15 15:00", tz="UTC"), "mention", ALICE, 3),
        (pd.Timestamp("2024-01-15 15:00", tz="UTC"), "mention", BOB, 3),
        (pd.Timestamp("2024-01-16 12:00", tz="UTC"), "reply", CAROL, 2),
        (pd.Timestamp("2024-02-01 10:00", tz="UTC"), "like", CAROL, 2),
    ]
    assert set(frame["direction"]) == {"out"}
    # written just now with records of 2024: only the export-date warning (ux8 #5)
    assert export.problems["message"].str.contains("states no date").all()
    assert export.extra["last_commit_at"] == pd.Timestamp("2023-08-31 02:18:48.943019", tz="UTC")


def test_partial_car_loads_what_it_holds(tmp_path: Path) -> None:
    cids = RepoBuilder().car(RECORDS)[1]
    data, _ = RepoBuilder().car(
        RECORDS,
        version=2,
        drop=(cids["app.bsky.graph.follow/3l000000000f1"], cids["right"]),
    )
    (tmp_path / "repo.car").write_bytes(data)
    _, export = load_one(tmp_path / "repo.car")
    assert export.generation == GEN_V2
    problems = export.problems.to_dict("records")
    problems = [p for p in problems if "states no date" not in p["message"]]  # ux8 #5
    assert problems == [
        {
            "source": str(tmp_path / "repo.car"),  # the export is that file (ux8 #28)
            "severity": "warning",
            "message": "partial CAR: 1 of 7 records named by the MST have no block; "
            "1 MST subtree node(s) missing too (their records cannot be listed)",
            "n_skipped": 1,
        }
    ]
    # f1 lost; the right subtree held f3 (the duplicate of alice); f2 (bob) survives
    assert export.contacts["contact_key"].tolist() == [BOB]
    assert len(export.interactions) == 5


def test_truncated_car_keeps_readable_blocks(tmp_path: Path) -> None:
    data, _ = RepoBuilder().car(RECORDS)
    (tmp_path / "repo.car").write_bytes(data[:-20])
    _, export = load_one(tmp_path / "repo.car")
    messages = export.problems["message"].tolist()
    assert messages[0].startswith("damaged CAR")
    assert "runs past the end of the file" in messages[0]
    assert messages[1] == "partial CAR: 1 of 8 records named by the MST have no block"
    assert export.owner == OWNER
    # the last block (the newest follow) is lost; everything before it loads
    assert export.contacts["contact_key"].tolist() == [ALICE, BOB]
    assert len(export.interactions) == 5


def test_one_snapshot_per_car_and_garbage_ignored(tmp_path: Path) -> None:
    write_car(tmp_path / "a.car")
    write_car(tmp_path / "b.car", version=2)
    (tmp_path / "notes.car").write_bytes(b"this is not a CAR file")
    detections = bluesky.detect(open_archive(tmp_path))
    assert [d.files for d in detections] == [("a.car",), ("b.car",)]
    net = p1k.load(tmp_path)
    assert len(net.snapshots) == 2
    assert sorted(net.snapshots["format_version"]) == sorted([GEN_V3, GEN_V2])


def test_zip_equals_folder(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    write_car(folder / "repo.car")
    target = tmp_path / "export.zip"
    with zipfile.ZipFile(target, "w") as zf:
        zf.write(folder / "repo.car", "repo.car")
    left, right = p1k.load(folder), p1k.load(target)
    for name in ("contacts", "interactions"):
        dates = ["first_seen_at", "last_seen_at"]
        pd.testing.assert_frame_equal(
            getattr(left, name).drop(columns=dates, errors="ignore"),
            getattr(right, name).drop(columns=dates, errors="ignore"),
        )


@pytest.mark.parametrize("corrupt", [b"", b"\x05abc"])
def test_unreadable_body_is_a_problem(corrupt: bytes, tmp_path: Path) -> None:
    data, _ = RepoBuilder().car(RECORDS)
    header_end = 1 + data[0]
    (tmp_path / "repo.car").write_bytes(data[:header_end] + corrupt)
    _, export = load_one(tmp_path / "repo.car")
    # the export is that one file: its rows name it by its path (ux8 #28)
    assert (export.problems["source"] == str(tmp_path / "repo.car")).all()
    assert "commit block missing" in " ".join(export.problems["message"])
    assert export.contacts is None or export.contacts.empty


def test_real_indigo_cars(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "bluesky" / "indigo")
    owners = dict(zip(net.snapshots["owner"], net.snapshots["format_version"], strict=True))
    assert owners == {
        "did:plc:z5vnbioquyhivxirw3bbljmu": GEN_V2,
        "did:plc:kzcqyc3unb33eh5sxzsfs25z": GEN_V3,
        "did:plc:6evlgoug7wwijzxhzt2riyic": GEN_V2,
    }
    assert sorted(net.contacts["contact_key"]) == [
        "did:plc:6fktaamhhxdqb2ypum33kbkj",
        "did:plc:cz73r7iyiqn26upot4jtjdhk",
    ]
    assert set(net.contacts["relation"]) == {"following"}
    assert len(net.interactions) == 3
    assert set(
        net.interactions["kind"].astype(str) + "/" + net.interactions["direction"].astype(str)
    ) == {"mention/out"}
    assert net.interactions["at"].min() == pd.Timestamp("2023-03-14 02:48:20", tz="UTC")
    assert net.interactions["at"].max() == pd.Timestamp("2023-03-30 21:34:05", tz="UTC")
    # besides: each CAR dated by its file time (ux8 #5), three owners in one folder (#8)
    partial = net.problems[net.problems["message"].str.startswith("partial CAR")]
    assert partial.to_dict("records") == [
        {
            "source": f"{real_fixtures / 'bluesky' / 'indigo'}::repo_slice.car",  # ux8 #28
            "severity": "warning",
            "message": "partial CAR: 4 of 5 records named by the MST have no block; 1 MST "
            "subtree node(s) missing too (their records cannot be listed)",
            "n_skipped": 4,
        }
    ]
    names = {e.owner: e.owner_details.get("name") for e in net.exports}
    assert names["did:plc:z5vnbioquyhivxirw3bbljmu"] == "Brendan Fraser"


def test_reposts_are_reactions_to_the_author(tmp_path: Path) -> None:
    """A repost names the re-shared post's author in its subject URI: ``reaction``/out, as the
    X loader reads a retweet; the owner's repost of their own post names nobody."""
    records = {
        # RepoBuilder needs three keys at least (a left leaf, the root, a right leaf)
        "app.bsky.actor.profile/self": RECORDS["app.bsky.actor.profile/self"],
        "app.bsky.feed.repost/3l000000000r1": {
            "$type": "app.bsky.feed.repost",
            "subject": {"uri": f"at://{BOB}/app.bsky.feed.post/3y", "cid": "bafy"},
            "createdAt": "2024-02-02T09:00:00Z",
        },
        "app.bsky.feed.repost/3l000000000r2": {
            "$type": "app.bsky.feed.repost",
            "subject": {"uri": f"at://{OWNER}/app.bsky.feed.post/3z", "cid": "bafy"},
            "createdAt": "2024-02-03T09:00:00Z",
        },
    }
    data, _ = RepoBuilder().car(records)
    (tmp_path / "repo.car").write_bytes(data)
    _found, export = load_one(tmp_path / "repo.car")
    frame = export.interactions
    assert frame[["kind", "direction", "contact_key"]].values.tolist() == [["reaction", "out", BOB]]
    assert frame["at"].tolist() == [pd.Timestamp("2024-02-02 09:00", tz="UTC")]
    assert frame["thread_key"].tolist() == [f"at://{BOB}/app.bsky.feed.post/3y"]
    assert export.extra["records_by_collection"] == {
        "app.bsky.actor.profile": 1,
        "app.bsky.feed.repost": 2,
    }
