"""Instagram: who the owner is when the export holds no profile file (review11 I1).

Messages name people by display name only. An export without personal_information.json in
Meta's own folder name (instagram-<username>-<date>-<hash>) gives the owner's username but
not their display name: the display name must still be learned from the threads, or every
message the owner sent reads as received from an unknown sender."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import power1000_analysis as p1k

OWNER = "Zoë Owner"
DAY_MS = 86_400_000
START_MS = 1_710_000_000_000


def _relation(username: str, seconds: int) -> dict[str, object]:
    return {
        "title": "",
        "media_list_data": [],
        "string_list_data": [
            {
                "href": f"https://www.instagram.com/{username}",
                "timestamp": seconds,
                "value": username,
            }
        ],
    }


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def _export(
    root: Path,
    *,
    profile_name: str | None = None,
    threads: dict[str, tuple[list[str], list[str]]] | None = None,
) -> Path:
    """A small IG-C export: two followers, and message threads {folder: (others, senders)}
    where each thread also lists the owner (as OWNER) and the senders write in that order,
    one a day."""
    links = root / "connections" / "followers_and_following"
    _write(
        links / "followers_1.json",
        [_relation("ann.lee", 1700000100), _relation("bo.b", 1700000200)],
    )
    _write(
        links / "following.json", {"relationships_following": [_relation("ann.lee", 1700000300)]}
    )
    if profile_name is not None:
        _write(
            root / "personal_information" / "personal_information" / "personal_information.json",
            {
                "profile_user": [
                    {
                        "title": "User Information",
                        "string_map_data": {
                            "Username": {"value": "zoe.owner", "timestamp": 0},
                            "Name": {"value": profile_name, "timestamp": 0},
                        },
                    }
                ]
            },
        )
    threads = threads or {
        "ann.lee_17840000000000001": (["Ann Lee"], ["Ann Lee", OWNER, OWNER]),
        "bo.b_17840000000000002": (["Bo B"], [OWNER, "Bo B"]),
    }
    inbox = root / "your_instagram_activity" / "messages" / "inbox"
    day = 0
    for folder, (others, senders) in threads.items():
        messages = []
        for sender in senders:
            messages.append(
                {"sender_name": sender, "timestamp_ms": START_MS + day * DAY_MS, "content": "hi"}
            )
            day += 1
        _write(
            inbox / folder / "message_1.json",
            {
                "participants": [{"name": name} for name in [*others, OWNER]],
                "messages": messages[::-1],  # newest first, as exported
                "title": others[0] if len(others) == 1 else "Crew",
                "thread_path": f"inbox/{folder}",
            },
        )
    return root


def _directions(net: p1k.Network) -> dict[str, int]:
    messages = net.interactions[net.interactions["kind"] == "message"]
    return {str(k): int(v) for k, v in messages["direction"].value_counts().items()}


def _warnings(net: p1k.Network) -> list[str]:
    problems = net.problems
    return problems.loc[problems["severity"] == "warning", "message"].tolist()


def test_owner_display_name_is_learned_from_threads_when_the_username_came_from_the_folder(
    tmp_path: Path,
) -> None:
    # Control: the same files in a folder of another name were already read right.
    plain = p1k.load(_export(tmp_path / "my-instagram-download"), resolve=False)
    assert _directions(plain) == {"out": 3, "in": 2}

    # Meta's folder name: the username comes from it; on the old code all 5 read "in".
    meta = p1k.load(_export(tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92"), resolve=False)
    assert _directions(meta) == {"out": 3, "in": 2}
    rows = meta.interactions
    assert rows["contact_key"].notna().all()  # the old code left the 3 sent ones unattached
    out = rows[rows["direction"] == "out"]
    assert sorted(out["contact_key"]) == ["ann.lee", "ann.lee", "bo.b"]
    assert meta.snapshots["owner"].tolist() == ["zoe.owner"]
    assert not _warnings(meta)
    assert any(f"owner taken to be {OWNER!r}" in m for m in meta.problems["message"])


def test_meta_zip_name_without_profile_reads_sent_messages_as_sent(tmp_path: Path) -> None:
    folder = _export(tmp_path / "src")
    target = tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92.zip"
    with zipfile.ZipFile(target, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    assert _directions(p1k.load(target, resolve=False)) == {"out": 3, "in": 2}


def test_profile_name_in_no_thread_gives_way_to_the_threads_with_a_warning(
    tmp_path: Path,
) -> None:
    # The profile names the owner by a display name the threads do not use (renamed since):
    # every message read as received on the old code, silently (review11 case
    # ig-renamed-owner). As the Facebook loader does, the threads now say who the owner is.
    net = p1k.load(
        _export(tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92", profile_name="Zoe Oldname"),
        resolve=False,
    )
    assert _directions(net) == {"out": 3, "in": 2}
    assert net.interactions["contact_key"].notna().all()
    [warning] = _warnings(net)
    assert warning == (
        "the owner ('zoe.owner' / 'Zoe Oldname') appears in no message thread; directions "
        f"use {OWNER!r}, the participant the titles of 2 one-to-one threads do not name"
    )
    [export] = net.exports
    assert export.owner_details["inferred_name"] == OWNER  # where anonymize finds it


def test_owner_in_no_thread_and_no_one_to_infer_is_a_warning(tmp_path: Path) -> None:
    # One group thread: nobody can be told the owner; the folder's username is in no thread.
    threads = {"crew_17840000000000005": (["Ann Lee", "Bo B"], ["Ann Lee", OWNER])}
    net = p1k.load(
        _export(tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92", threads=threads),
        resolve=False,
    )
    assert _directions(net) == {"in": 2}
    [warning] = _warnings(net)
    assert warning == (
        "the owner ('zoe.owner') appears in no message thread and the threads do not tell "
        "who they are: every message reads as received"
    )


def test_two_people_in_every_thread_cannot_be_told_apart_and_that_is_a_warning(
    tmp_path: Path,
) -> None:
    threads = {
        "crew_17840000000000003": (["Ann Lee", "Sam Partner"], ["Ann Lee", OWNER, "Sam Partner"]),
        "trip_17840000000000004": (["Bo B", "Sam Partner"], [OWNER, "Bo B"]),
    }
    net = p1k.load(
        _export(tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92", threads=threads),
        resolve=False,
    )
    [warning] = _warnings(net)
    assert warning.startswith(f"'Sam Partner', {OWNER!r} take part in every message thread")
    assert "3 messages by them read as received" in warning
    # the profile-less path without the folder name already refused to guess
    plain = p1k.load(_export(tmp_path / "download", threads=threads), resolve=False)
    assert any("owner unknown" in m for m in _warnings(plain))
    assert _directions(plain) == {}


def test_a_pending_request_thread_without_the_owner_is_no_warning(tmp_path: Path) -> None:
    # The d3i IG-C test file's one thread: a message request whose participants do not list
    # the owner; its message is received whoever the owner is.
    root = _export(
        tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92",
        threads={"crew_17840000000000006": (["Ann Lee", "Bo B"], ["Ann Lee"])},
    )
    messages = root / "your_instagram_activity" / "messages"
    (messages / "inbox").rename(messages / "message_requests")
    net = p1k.load(root, resolve=False)
    assert _directions(net) == {"in": 1}
    assert _warnings(net) == []


def _owner_warnings(net: p1k.Network) -> list[str]:
    """Warnings but the one a renamed, dateless folder gets (dated by file times)."""
    return [m for m in _warnings(net) if "states no date" not in m]


def _add_request(root: Path) -> None:
    """A pending message request: its participants list only the requester (review11b IG-A)."""
    _write(
        root
        / "your_instagram_activity"
        / "messages"
        / "message_requests"
        / "x_1"
        / "message_1.json",
        {
            "participants": [{"name": "Stranger Danger"}],
            "title": "Stranger Danger",
            "messages": [
                {"sender_name": "Stranger Danger", "timestamp_ms": START_MS, "content": "hi"}
            ],
        },
    )


def test_a_pending_request_does_not_hide_the_owner_of_a_profileless_export(
    tmp_path: Path,
) -> None:
    # Old code: the owner was the person common to every thread, the request included: no
    # one, so all messages read as received (Meta-named folder) or none loaded (renamed).
    for name in ("instagram-zoe.owner-2024-06-01-8d1a92", "my-instagram-download"):
        root = _export(tmp_path / name)
        _add_request(root)
        net = p1k.load(root, resolve=False)
        assert _directions(net) == {"out": 3, "in": 3}, name
        assert not _owner_warnings(net), name
    # The profile names the owner by an old name: the threads still tell who they are.
    root = _export(
        tmp_path / "renamed" / "instagram-zoe.owner-2024-06-01-8d1a92", profile_name="Zoe Old"
    )
    _add_request(root)
    net = p1k.load(root, resolve=False)
    assert _directions(net) == {"out": 3, "in": 3}
    [warning] = _owner_warnings(net)
    assert f"directions use {OWNER!r}" in warning


def _left_group(root: Path, folder: str) -> None:
    """The owner left this group thread: the export no longer lists them in it."""
    path = root / "your_instagram_activity" / "messages" / "inbox" / folder / "message_1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["participants"] = [p for p in data["participants"] if p["name"] != OWNER]
    data["is_still_participant"] = False
    _write(path, data)


def test_the_owner_who_left_one_group_is_still_found(tmp_path: Path) -> None:
    # With 1:1 threads: their titles decide (old code: the intersection of all threads,
    # the left group included, was empty: all read as received).
    threads = {
        "ann.lee_17840000000000001": (["Ann Lee"], ["Ann Lee", OWNER, OWNER]),
        "bo.b_17840000000000002": (["Bo B"], [OWNER, "Bo B"]),
        "old_17840000000000003": (["Ann Lee", "Bo B"], ["Ann Lee", "Bo B"]),
    }
    root = _export(tmp_path / "a" / "instagram-zoe.owner-2024-06-01-8d1a92", threads=threads)
    _left_group(root, "old_17840000000000003")
    net = p1k.load(root, resolve=False)
    assert _directions(net) == {"out": 3, "in": 4}
    assert not _owner_warnings(net)

    # Group threads only, the owner in 5 of 6: taken, with a warning naming them.
    groups = {f"g{i}_1784000000000001{i}": ([f"P{i}", f"Q{i}"], [f"P{i}", OWNER]) for i in range(5)}
    groups["old_17840000000000020"] = (["Ann Lee", "Bo B"], ["Ann Lee", "Bo B"])
    for name in ("instagram-zoe.owner-2024-06-01-8d1a92", "my-instagram-download"):
        root = _export(tmp_path / "b" / name, threads=groups)
        _left_group(root, "old_17840000000000020")
        net = p1k.load(root, resolve=False)
        assert _directions(net) == {"out": 10, "in": 7}, name  # a sent message: 2 rows
        [warning] = _owner_warnings(net)
        assert warning == (
            f"no profile file; owner taken to be {OWNER!r}, the participant of the most "
            "message threads (5 of 6; no one is in all of them)"
        )

    # In 3 of 4 only: not enough to guess; nothing read as sent.
    few = {k: groups[k] for k in list(groups)[:3]} | {
        "old_17840000000000020": groups["old_17840000000000020"]
    }
    root = _export(tmp_path / "c" / "my-instagram-download", threads=few)
    _left_group(root, "old_17840000000000020")
    net = p1k.load(root, resolve=False)
    assert "out" not in _directions(net)
