"""Facebook: timestamps and lists in shapes Meta does not write are read where the meaning is
unambiguous and said where it is not, never left silently empty (review11 F1-F3).

Small FB-D exports are written here by hand; each test changes one file of it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

import power1000_analysis as p1k

FRIENDS = {"Ann Lee": 1_600_000_000, "Bo Berg": 1_650_000_000, "Cy Dunn": 1_700_000_000}
MESSAGE_MS = (1_720_000_001_000, 1_720_000_002_000)


def _write(path: Path, document: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


def _export(root: Path) -> Path:
    _write(
        root / "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Cara Mia"}}},
    )
    _write(
        root / "connections/friends/your_friends.json",
        {"friends_v2": [{"name": n, "timestamp": t} for n, t in FRIENDS.items()]},
    )
    _write(
        root / "connections/friends/sent_friend_requests.json",
        {"sent_requests_v2": [{"name": "Pat Kim", "timestamp": 1_710_000_000}]},
    )
    for folder, other in (("annlee_1", "Ann Lee"), ("boberg_2", "Bo Berg")):
        _write(
            root / f"your_facebook_activity/messages/inbox/{folder}/message_1.json",
            {
                "participants": [{"name": other}, {"name": "Cara Mia"}],
                "messages": [
                    {"sender_name": "Cara Mia", "timestamp_ms": MESSAGE_MS[1], "content": "yes"},
                    {"sender_name": other, "timestamp_ms": MESSAGE_MS[0], "content": "hi"},
                ],
                "title": other,
                "thread_path": f"inbox/{folder}",
            },
        )
    return root


def _edit(path: Path, change: Any) -> None:
    path.write_text(json.dumps(change(json.loads(path.read_text(encoding="utf-8")))))


def _friends(root: Path) -> Path:
    return root / "connections/friends/your_friends.json"


def _connected(net: p1k.Network) -> dict[str, pd.Timestamp]:
    table = net.contacts.set_index("name")["connected_at"]
    return {str(k): v for k, v in table.items()}


def _problems(net: p1k.Network, severity: str) -> list[str]:
    frame = net.problems
    return frame.loc[frame["severity"] == severity, "message"].tolist()


def _expected() -> dict[str, pd.Timestamp]:
    return {n: pd.Timestamp(t, unit="s", tz="UTC") for n, t in FRIENDS.items()}


def test_pristine_export_reads_seconds_without_a_problem(tmp_path: Path) -> None:
    net = p1k.load(_export(tmp_path / "facebook-caramia-2024-08-01"), resolve=False)
    assert _connected(net) == _expected()
    assert _problems(net, "warning") == []


def test_friend_timestamps_in_milliseconds_are_read_and_said(tmp_path: Path) -> None:
    root = _export(tmp_path / "facebook-caramia-2024-08-01")

    def to_ms(doc: dict[str, Any]) -> dict[str, Any]:
        for item in doc["friends_v2"]:
            item["timestamp"] *= 1000
        return doc

    _edit(_friends(root), to_ms)
    net = p1k.load(root, resolve=False)
    assert _connected(net) == _expected()  # old code: all three NaT, no problem
    assert any(
        "friend timestamps not in Meta's seconds since 1970 (3 in milliseconds)" in m
        for m in _problems(net, "info")
    )


def test_friend_timestamps_as_iso_text_are_read_and_said(tmp_path: Path) -> None:
    root = _export(tmp_path / "facebook-caramia-2024-08-01")
    texts = iter(["2020-09-13T12:26:40", "2022-04-15T07:06:40Z", "2023-11-14T23:13:20+01:00"])

    def to_iso(doc: dict[str, Any]) -> dict[str, Any]:
        for item in doc["friends_v2"]:
            item["timestamp"] = next(texts)
        return doc

    _edit(_friends(root), to_iso)
    net = p1k.load(root, resolve=False)
    assert _connected(net) == {
        "Ann Lee": pd.Timestamp("2020-09-13 12:26:40", tz="UTC"),  # naive: UTC, as Meta's
        "Bo Berg": pd.Timestamp("2022-04-15 07:06:40", tz="UTC"),
        "Cy Dunn": pd.Timestamp("2023-11-14 22:13:20", tz="UTC"),
    }
    assert any("3 in ISO 8601 date text" in m for m in _problems(net, "info"))


def test_unreadable_friend_timestamps_are_a_warning_with_the_count(tmp_path: Path) -> None:
    root = _export(tmp_path / "facebook-caramia-2024-08-01")

    def garble(doc: dict[str, Any]) -> dict[str, Any]:
        doc["friends_v2"][0]["timestamp"] = "13/09/2020"
        doc["friends_v2"][1]["timestamp"] = {"when": 1}
        return doc

    _edit(_friends(root), garble)
    net = p1k.load(root, resolve=False)
    connected = _connected(net)
    assert pd.isna(connected["Ann Lee"]) and pd.isna(connected["Bo Berg"])
    assert connected["Cy Dunn"] == _expected()["Cy Dunn"]
    [warning] = _problems(net, "warning")
    assert warning.startswith("2 friend timestamp(s) not understood (e.g. '13/09/2020'")
    assert warning.endswith("connected_at left empty")
    assert net.summary()["problems"] >= 1  # a warning: the card's "problems found" counts it


def test_request_timestamps_in_milliseconds_are_read(tmp_path: Path) -> None:
    root = _export(tmp_path / "facebook-caramia-2024-08-01")
    path = root / "connections/friends/sent_friend_requests.json"
    _edit(
        path, lambda d: {"sent_requests_v2": [{"name": "Pat Kim", "timestamp": 1_710_000_000_000}]}
    )
    net = p1k.load(root, resolve=False)
    assert net.requests["sent_at"].tolist() == [pd.Timestamp(1_710_000_000, unit="s", tz="UTC")]


def test_friends_under_an_unknown_key_are_a_warning_naming_the_keys(tmp_path: Path) -> None:
    root = _export(tmp_path / "facebook-caramia-2024-08-01")
    _edit(_friends(root), lambda d: {"friends_v3": d["friends_v2"], "note": ""})
    net = p1k.load(root, resolve=False)
    assert "Ann Lee" not in _connected(net)
    [warning] = _problems(net, "warning")  # old code: an info line "1 file(s) not used"
    assert warning == (
        "your_friends.json holds no known list (keys: friends_v3, note; expected friends_v2 "
        "or friends): its friends not read"
    )
    missing = net.missing().set_index("frame")["reason"]
    assert missing["friends"] == "the friends file holds no known list"


def test_message_times_before_2004_are_a_warning(tmp_path: Path) -> None:
    # (seconds in timestamp_ms, below 1e11, are read as seconds: test_loaders_review11b)
    root = _export(tmp_path / "facebook-caramia-2024-08-01")
    thread = root / "your_facebook_activity/messages/inbox/annlee_1/message_1.json"

    def damaged(doc: dict[str, Any]) -> dict[str, Any]:
        for message in doc["messages"]:
            message["timestamp_ms"] //= 10
        return doc

    _edit(thread, damaged)
    net = p1k.load(root, resolve=False)
    assert len(net.interactions) == 4  # kept, as dated
    [warning] = _problems(net, "warning")
    assert warning.startswith("2 message(s) dated before 2004 (from 1975-06-14)")
    assert (
        net.problems.set_index("message").loc[warning, "source"].endswith("annlee_1/message_1.json")
    )


def test_thread_file_without_messages_is_a_warning_and_an_empty_list_is_not(
    tmp_path: Path,
) -> None:
    root = _export(tmp_path / "facebook-caramia-2024-08-01")
    inbox = root / "your_facebook_activity/messages/inbox"
    _edit(
        inbox / "annlee_1/message_1.json", lambda d: {k: v for k, v in d.items() if k != "messages"}
    )
    _edit(inbox / "boberg_2/message_1.json", lambda d: {**d, "messages": []})
    net = p1k.load(root, resolve=False)
    assert len(net.interactions) == 0
    [warning] = _problems(net, "warning")
    assert warning == (
        "no 'messages' list in this thread file (keys: participants, thread_path, title): "
        "no message read from it"
    )
    assert (
        net.problems.set_index("message").loc[warning, "source"].endswith("annlee_1/message_1.json")
    )
