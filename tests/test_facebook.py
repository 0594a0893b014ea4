"""Facebook loader: every generation's paths (FB-A 2018 … FB-D 2025), Messenger threads,
reactions, requests, follows, mojibake, HTML exports, bad files, zips, parts and snapshots.

Fixtures under ``tests/fixtures/facebook/`` are small hand-written exports (names in Meta's
``\\u00XX`` mojibake); the real fixtures in ``../shared`` are checked against EXPECTED.json.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import ExportFormatError, detect, discover
from power1000_analysis.loaders._archive import FolderArchive
from power1000_analysis.loaders._meta import (
    find_thread_files,
    fix_text,
    infer_owner,
    name_key,
)

FIXTURES = Path(__file__).parent / "fixtures" / "facebook"


def load(name: str) -> p1k.Network:
    return p1k.load(FIXTURES / name)


def kinds(net: p1k.Network) -> dict[str, int]:
    counts = Counter(
        f"{k}/{d}"
        for k, d in zip(net.interactions["kind"], net.interactions["direction"], strict=True)
    )
    return dict(sorted(counts.items()))


def zip_tree(
    folder: Path, target: Path, *, include: str | None = None, exclude: str | None = None
) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder.parent).as_posix()
            if not path.is_file():
                continue
            if include is not None and include not in relative:
                continue
            if exclude is not None and exclude in relative:
                continue
            archive.write(path, relative)
    return target


# -- real fixtures (../shared) ----------------------------------------------------------------


def test_real_fixtures_match_expected(real_fixtures: Path) -> None:
    expected = json.loads((real_fixtures / "EXPECTED.json").read_text())["exports"]
    for name in ("facebook/tardigrde-facebook-data-miner", "facebook/mlomb-chat-analytics"):
        facts = expected[name]
        net = p1k.load(real_fixtures / name)
        assert len(net.contacts) == facts["contacts"]["total"], name
        assert (
            dict(Counter(net.contacts["relation"].astype(str))) == facts["contacts"]["by_relation"]
        )
        names = set(net.contacts["name"])
        assert all(example in names for example in facts["contacts"]["examples"]), name
        assert kinds(net) == facts["interactions"]["by_kind_direction"], name
        assert len(net.interactions) == facts["interactions"]["total"], name
        assert len(net.requests) == facts["requests"]["total"], name
        span = [
            t.strftime("%Y-%m-%dT%H:%M:%SZ")
            for t in (net.interactions["at"].min(), net.interactions["at"].max())
        ]
        assert span == facts["interactions"]["span_utc"], name
        owner = facts["owner"]["name"] or facts["owner"]["inferred"]
        assert net.snapshots["owner"].tolist() == [owner], name


def test_real_tardigrde_details(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "facebook/tardigrde-facebook-data-miner")
    export = net.exports[0]
    assert export.generation == "FB-A"
    assert export.missing["requests"] == "no friend-request files in this export"
    inter = net.interactions
    # "Facebook User" (deactivated): one inbound row, no contact key, not a contact
    deactivated = inter[inter["name"] == "Facebook User"]
    assert len(deactivated) == 1
    assert deactivated["contact_key"].isna().all()
    assert "facebook user" not in set(net.contacts["contact_key"])
    # "You named the group marathon." by the owner: 3 rows (4 participants)
    named_at = pd.Timestamp(1_524_133_955_273, unit="ms", tz="UTC")
    named = inter[(inter["thread_key"] == "marathon_sffsfid76") & (inter["at"] == named_at)]
    assert len(named) == 3 and set(named["n_participants"]) == {4}
    assert set(named["direction"]) == {"out"}
    # the three reactions are all in the Foo Bar thread, counterpart Foo Bar
    reactions = inter[inter["kind"] == "reaction"]
    assert set(reactions["contact_key"]) == {"foo bar"}
    assert sorted(reactions["reaction"].astype(str)) == ["❤", "❤", "😮"]
    # Messenger counterparts get the friend's key; names repaired
    assert "tőke hal" in set(inter["contact_key"].dropna()) & set(net.contacts["contact_key"])
    # only the export dated by its files' time, messages ending 2020 (ux8 #5)
    assert net.problems["message"].str.contains("--as-of 2020-08-09").all()  # the day after (F12)


def test_real_mlomb_owner_inferred(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "facebook/mlomb-chat-analytics")
    assert net.snapshots["owner"].tolist() == ["Bob"]
    assert net.exports[0].extra["owner_source"] == "inferred"
    assert net.problems["message"].str.contains("owner inferred as 'Bob'").any()
    assert set(net.interactions["contact_key"]) == {"alice"}
    assert net.exports[0].missing["contacts"].startswith("no friends")


# -- generations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "generation"),
    [
        ("fb_a_2018-2018-05-01", "FB-A"),
        ("fb_a-2019-06-10", "FB-A"),
        ("fb_b-2022-03-01", "FB-B"),
        ("fb_c-2023-09-01", "FB-C"),
        ("fb_d-2025-02-01", "FB-D"),
    ],
)
def test_generation_detected(folder: str, generation: str) -> None:
    detections = detect(FolderArchive(FIXTURES / folder))
    assert [(d.platform, d.generation, d.root) for d in detections] == [
        ("facebook", generation, "")
    ]


def test_fb_a_2019() -> None:
    net = load("fb_a-2019-06-10")
    assert net.snapshots["owner"].tolist() == ["Jenő Rejtő"]
    contacts = net.contacts.set_index("contact_key")
    assert contacts["relation"].to_dict() == {
        "dér dénes": "friend",
        "john doe": "friend",
        "some page": "following",
        "tőke hal": "friend",
    }
    assert bool(contacts.loc["tőke hal", "you_follow"]) is True
    assert contacts.loc["dér dénes", "connected_at"] == pd.Timestamp(
        1_559_999_800, unit="s", tz="UTC"
    )
    assert kinds(net) == {
        "comment/out": 1,
        "like/out": 1,
        "message/in": 4,
        "message/out": 6,
        "reaction/in": 1,
        "reaction/out": 2,
        "reply/out": 1,
    }
    inter = net.interactions
    # a message sent under the owner's previous name (profile previous_names) is outbound
    first = inter.sort_values("at").iloc[0]
    assert (first["direction"], first["contact_key"]) == ("out", "tőke hal")
    # the group lives in archived_threads; Facebook User gets a row without a key
    group = inter[inter["thread_key"] == "marathon_sffsfid76"]
    assert set(group["folder"]) == {"archived_threads"}
    assert group["contact_key"].isna().sum() == 2  # one in, one of the owner's 3 out rows
    # a reaction between two others (Dér Dénes on Donald Duck) is not the owner's tie
    assert len(group[group["kind"] == "reaction"]) == 0
    requests = net.requests.set_index("contact_key")[["direction", "status"]]
    assert requests.to_dict("index") == {
        "spam bot": {"direction": "received", "status": "declined"},
        "carl sägan": {"direction": "received", "status": "pending"},
        "ann lee": {"direction": "sent", "status": "pending"},
    }
    assert net.snapshots["removed_friends"].tolist() == [1]
    # the Hungarian comment title is counted, not guessed; the own-post comment is info
    problems = net.problems
    foreign = problems[problems["message"].str.contains("not in English")]
    assert foreign["n_skipped"].tolist() == [1]
    assert foreign["severity"].tolist() == ["warning"]


def test_fb_a_2018_single_message_file_in_seconds() -> None:
    net = load("fb_a_2018-2018-05-01")
    inter = net.interactions.sort_values("at")
    assert inter["direction"].tolist() == ["out", "in"]
    assert inter["at"].tolist() == [
        pd.Timestamp(1_520_000_001, unit="s", tz="UTC"),
        pd.Timestamp(1_520_000_002, unit="s", tz="UTC"),
    ]
    assert set(inter["thread_key"]) == {"bobstone_1a2b3c"}
    assert net.exports[0].missing["requests"] == "no friend-request files in this export"


def test_fb_b_2022() -> None:
    net = load("fb_b-2022-03-01")
    relation = net.contacts.set_index("contact_key")["relation"].to_dict()
    assert relation == {
        "eve adams": "mutual",  # followed and following, not a friend
        "fan person": "follower",
        "john smith": "friend",
        "john smith#2": "friend",  # two friends with one name stay two contacts
        "news page": "following",
        "zoë brandt": "friend",  # a friend who also follows stays a friend
    }
    followers = net.contacts.set_index("contact_key")
    assert pd.isna(followers.loc["fan person", "connected_at"])  # FB-B followers: no time
    statuses = Counter(zip(net.requests["direction"], net.requests["status"], strict=True))
    assert statuses == {
        ("received", "pending"): 2,
        ("received", "declined"): 1,
        ("sent", "pending"): 1,
    }
    # "Facebook User" request: a row with no key
    assert net.requests.loc[net.requests["name"] == "Facebook User", "contact_key"].isna().all()
    assert kinds(net) == {"comment/out": 1, "message/in": 2, "message/out": 1, "reaction/out": 1}
    assert set(net.interactions["folder"].dropna()) == {"inbox", "filtered_threads"}
    assert net.snapshots["removed_friends"].tolist() == [2]


def test_fb_c_2023_apostrophe_followed_file_and_missing_requests() -> None:
    net = load("fb_c-2023-09-01")
    assert net.snapshots["owner"].tolist() == ["Zoë Brandt"]
    relation = net.contacts.set_index("contact_key")["relation"].to_dict()
    assert relation == {"ann lee": "friend", "bob stone": "friend", "cara mia": "following"}
    assert net.exports[0].missing == {"requests": "no friend-request files in this export"}
    assert kinds(net) == {"comment/out": 1, "like/out": 1, "message/in": 2, "message/out": 1}
    requests_folder = net.interactions[net.interactions["folder"] == "message_requests"]
    assert requests_folder["contact_key"].tolist() == ["stran ger"]


def test_secret_conversations_are_listed_as_not_used_with_why() -> None:
    # Messenger's end-to-end chats are not exported: the file holds devices and calls only.
    net = load("fb_d-2025-02-01")
    listed = net.problems[net.problems["message"].str.contains("recognised file")]
    assert listed[["severity", "message"]].values.tolist() == [
        [
            "info",
            "1 recognised file(s) not used by the facebook loader: "
            "your_facebook_activity/messages/secret_conversations.json "
            "(device and call metadata, no messages)",
        ]
    ]


def test_fb_d_2025_every_message_folder() -> None:
    net = load("fb_d-2025-02-01")
    inter = net.interactions
    assert set(inter["folder"].dropna()) == {
        "inbox",
        "e2ee_cutover",
        "archived_threads",
        "filtered_threads",
        "message_requests",
    }
    relation = net.contacts.set_index("contact_key")["relation"].to_dict()
    assert relation == {
        "dan brown": "friend",
        "fan page": "following",
        "pat kim": "mutual",  # who_you_ve_followed.json (late-2024 spelling) + followers_v3
        "quiet fan": "follower",
        "zoë brandt": "friend",
        "łukasz nowak": "friend",
    }
    # a group without thread_type (2023+): the owner's message → one row per other person
    trip = inter[(inter["thread_key"] == "trip_d6") & (inter["direction"] == "out")]
    assert sorted(trip["contact_key"]) == ["dan brown", "pat kim", "łukasz nowak"]
    assert set(trip["n_participants"]) == {4}
    # ❤️ (with U+FE0F) counted as ❤; split likes_and_reactions_1/_2 both read
    assert set(inter.loc[inter["kind"] == "reaction", "reaction"].dropna()) == {"❤", "WOW"}
    assert kinds(net) == {
        "like/out": 2,  # a titled like of Dan Brown's post + a label_values like (Pat Kim)
        "message/in": 6,
        "message/out": 4,
        "reaction/out": 2,
    }
    liked = inter[inter["kind"] == "like"].set_index("contact_key")["reaction"].to_dict()
    assert liked == {"dan brown": "LIKE", "pat kim": "LIKE"}
    assert net.problems["message"].str.contains("not in English").any()
    assert net.exports[0].missing == {}
    assert net.requests[["contact_key", "direction", "status"]].values.tolist() == [
        ["pat kim", "sent", "pending"]
    ]


# -- cross-cutting --------------------------------------------------------------------------


def test_mojibake_repaired_once() -> None:
    net = load("fb_d-2025-02-01")
    names = set(net.contacts["name"])
    assert "Łukasz Nowak" in names  # written as mojibake
    assert "Zoë Brandt" in names  # written correctly: left alone
    # the mojibake thread participant meets the correctly written friend
    zoe = net.interactions[net.interactions["thread_key"] == "zoe_d3"]
    assert zoe["contact_key"].tolist() == ["zoë brandt"] and zoe["name"].tolist() == ["Zoë Brandt"]
    mojibake = "T\u00c5\u0091ke Hal"
    assert fix_text(mojibake) == "Tőke Hal"
    assert fix_text(fix_text(mojibake)) == "Tőke Hal"
    assert fix_text("Zoë 😮") == "Zoë 😮"
    # name_key never repairs: a repaired name is not mangled a second time
    assert name_key("Åukasz") == "åukasz"
    assert name_key("Facebook User") is None and name_key("  ") is None


def test_thread_parts_ordered_by_number() -> None:
    names = [f"messages/inbox/a_1/message_{n}.json" for n in (10, 2, 1)]
    names.append("your_facebook_activity/messages/e2ee_cutover/b_2/message_1.json")
    files = find_thread_files(names)
    assert [(f.thread_key, f.folder, f.part) for f in files] == [
        ("a_1", "inbox", 1),
        ("a_1", "inbox", 2),
        ("a_1", "inbox", 10),
        ("b_2", "e2ee_cutover", 1),
    ]


def test_infer_owner_needs_agreement() -> None:
    assert infer_owner([(["Alice", "Bob"], "Alice", False), (["Cy", "Bob"], "Cy", None)]) == "Bob"
    assert infer_owner([(["Alice", "Bob"], "Alice", False), (["Bob", "Cy"], "Bob", False)]) is None
    # no 1:1 thread: the one name present in every thread
    assert infer_owner([(["A", "B", "C"], "x", True), (["A", "D"], "y", True)]) == "A"
    assert infer_owner([(["A", "B", "C"], "x", True), (["A", "B", "D"], "y", True)]) is None


def test_owner_unknown_records_a_problem(tmp_path: Path) -> None:
    root = tmp_path / "facebook-x-2024-01-01/messages/inbox/g_1"
    root.mkdir(parents=True)
    thread = {
        "participants": [{"name": "A"}, {"name": "B"}, {"name": "C"}],
        "messages": [{"sender_name": "A", "timestamp_ms": 1_700_000_000_000, "content": "hi"}],
        "title": "Group",
        "thread_type": "RegularGroup",
    }
    (root / "message_1.json").write_text(json.dumps(thread))
    (root.parent / "g_2").mkdir()
    (root.parent / "g_2/message_1.json").write_text(
        json.dumps(thread | {"participants": [{"name": "D"}, {"name": "E"}, {"name": "F"}]})
    )
    net = p1k.load(tmp_path / "facebook-x-2024-01-01")
    assert net.interactions.empty
    errors = net.problems[net.problems["severity"] == "error"]
    assert errors["message"].str.contains("owner could not be told").any()
    assert errors["n_skipped"].tolist() == [2]


def test_html_export_rejected_with_a_clear_message() -> None:
    folder = FIXTURES / "html_export-2024-01-01"
    assert detect(FolderArchive(folder)) == []
    with pytest.raises(ExportFormatError, match=r"HTML export.*choose JSON"):
        p1k.load(folder)


def test_html_files_inside_a_json_export_are_reported(tmp_path: Path) -> None:
    export = tmp_path / "fb_c-2023-09-01"
    shutil.copytree(FIXTURES / "fb_c-2023-09-01", export)
    html = export / "your_activity_across_facebook/messages/inbox/old_1/message_1.html"
    html.parent.mkdir(parents=True)
    html.write_text("<html></html>")
    net = p1k.load(export)
    warning = net.problems[net.problems["message"].str.contains("choose JSON")]
    assert warning["n_skipped"].tolist() == [1]
    assert len(net.interactions) == 5  # the JSON part still loads


def test_corrupt_file_is_a_problem_and_the_rest_loads() -> None:
    net = load("bad_corrupt-2025-03-01")
    errors = net.problems[net.problems["severity"] == "error"]
    assert len(errors) == 1
    assert errors["source"].iloc[0].endswith("broken_b2/message_1.json")
    assert errors["n_skipped"].tolist() == [1]
    assert net.contacts["contact_key"].tolist() == ["dan brown"]
    # the file with a string timestamp and a null sender goes through the tolerant path
    odd = net.interactions[net.interactions["thread_key"] == "odd_b3"].sort_values("at")
    assert odd["at"].iloc[0] == pd.Timestamp(1_730_000_000_002, unit="ms", tz="UTC")
    assert odd["contact_key"].iloc[0] == "odd ball" and pd.isna(odd["contact_key"].iloc[1])
    assert len(net.interactions) == 3


def test_zip_equals_folder(tmp_path: Path) -> None:
    folder = FIXTURES / "fb_a-2019-06-10"
    net = p1k.load(folder)
    zipped = p1k.load(zip_tree(folder, tmp_path / "fb_a-2019-06-10.zip"))
    for frame in ("contacts", "interactions", "requests"):
        left = getattr(net, frame).drop(columns=["first_seen_at", "last_seen_at"], errors="ignore")
        right = getattr(zipped, frame).drop(
            columns=["first_seen_at", "last_seen_at"], errors="ignore"
        )
        pd.testing.assert_frame_equal(
            left.astype(str).reset_index(drop=True), right.astype(str).reset_index(drop=True)
        )
    assert zipped.exports[0].generation == "FB-A"


def test_multi_part_download_is_one_snapshot(tmp_path: Path) -> None:
    folder = FIXTURES / "fb_d-2025-02-01"
    parts = tmp_path / "download"
    parts.mkdir()
    zip_tree(folder, parts / "facebook-caramia-2025-02-01-part1.zip", exclude="/messages/")
    zip_tree(folder, parts / "facebook-caramia-2025-02-01-part2.zip", include="/messages/")
    found = discover(parts)
    assert len(found) == 1 and found[0].detection.generation == "FB-D"
    net = p1k.load(parts)
    whole = load("fb_d-2025-02-01")
    assert len(net.snapshots) == 1
    assert kinds(net) == kinds(whole)
    assert sorted(net.contacts["contact_key"]) == sorted(whole.contacts["contact_key"])
    assert net.snapshots["exported_at"].tolist() == [pd.Timestamp("2025-02-01", tz="UTC")]


def test_two_snapshots_merge() -> None:
    first = FIXTURES / "_snapshots/facebook-caramia-2024-01-01"
    second = FIXTURES / "_snapshots/facebook-caramia-2024-06-01"
    net = p1k.load(first, second)
    assert len(net.snapshots) == 2
    contacts = net.contacts.set_index("contact_key")
    assert contacts.loc["dan brown", "first_seen_at"] == pd.Timestamp("2024-01-01", tz="UTC")
    assert contacts.loc["dan brown", "last_seen_at"] == pd.Timestamp("2024-06-01", tz="UTC")
    assert bool(contacts.loc["dan brown", "is_current"]) is True
    assert bool(contacts.loc["old friend", "is_current"]) is False
    assert contacts.loc["pat kim", "first_seen_at"] == pd.Timestamp("2024-06-01", tz="UTC")
    # two messages seen in both snapshots (the thread moved inbox → archived_threads) count once
    assert kinds(net) == {"message/in": 2, "message/out": 1}
    requests = net.requests.set_index("contact_key")
    assert requests.loc["pat kim", "status"] == "accepted"
    assert requests.loc["never mind", "status"] == "withdrawn"


def test_event_key_separates_messages_only_where_needed(tmp_path: Path) -> None:
    root = tmp_path / "facebook-x-2024-01-01/messages/inbox/a_1"
    root.mkdir(parents=True)
    same_ms = 1_700_000_000_000
    thread = {
        "participants": [{"name": "Ann"}, {"name": "Me"}],
        "messages": [
            {"sender_name": "Ann", "timestamp_ms": same_ms, "content": "one"},
            {"sender_name": "Ann", "timestamp_ms": same_ms, "content": "two"},
            {"sender_name": "Me", "timestamp_ms": same_ms - 1, "content": "hi"},
        ],
        "title": "Ann",
        "thread_type": "Regular",
    }
    (root / "message_1.json").write_text(json.dumps(thread))
    net = p1k.load(tmp_path / "facebook-x-2024-01-01")
    keys = net.interactions["event_key"]
    assert keys.nunique() == 3  # same sender, same millisecond: content tells them apart
    assert net.snapshots["owner"].tolist() == ["Me"]


def test_profile_name_missing_from_messenger_falls_back_to_threads(tmp_path: Path) -> None:
    export = tmp_path / "facebook-x-2024-01-01"
    (export / "profile_information").mkdir(parents=True)
    (export / "profile_information/profile_information.json").write_text(
        json.dumps({"profile_v2": {"name": {"full_name": "Robert Tables"}}})
    )
    thread_dir = export / "messages/inbox/alice_1"
    thread_dir.mkdir(parents=True)
    thread = {
        "participants": [{"name": "Alice"}, {"name": "Bobby T"}],
        "messages": [
            {"sender_name": "Bobby T", "timestamp_ms": 1_700_000_001_000, "content": "yo"},
            {"sender_name": "Alice", "timestamp_ms": 1_700_000_000_000, "content": "hi"},
        ],
        "title": "Alice",
    }
    (thread_dir / "message_1.json").write_text(json.dumps(thread))
    net = p1k.load(export)
    assert net.snapshots["owner"].tolist() == ["Robert Tables"]
    assert kinds(net) == {"message/in": 1, "message/out": 1}
    assert set(net.interactions["contact_key"]) == {"alice"}
    assert net.problems["message"].str.contains("appears in no message thread").any()


def test_senders_missing_from_the_participant_list_are_read(tmp_path: Path) -> None:
    """Thread files are decoded with the listed participants as the known senders; a sender
    who left a group (not listed) or a file listing participants after its messages must
    read the same as any other file."""
    export = tmp_path / "facebook-x-2024-01-01"
    inbox = export / "messages/inbox"
    group = {
        "participants": [{"name": "Ann"}, {"name": "Bo"}, {"name": "Me"}],
        "messages": [
            {"sender_name": "Left Early", "timestamp_ms": 1_700_000_003_000, "content": "bye"},
            {"sender_name": "Ann", "timestamp_ms": 1_700_000_002_000, "content": "hi"},
            {"sender_name": "Me", "timestamp_ms": 1_700_000_001_000, "content": "yo"},
        ],
        "title": "Group",
        "thread_type": "RegularGroup",
    }
    later = {  # a second thread with the same unlisted sender, keys in another order
        "messages": [
            {"sender_name": "Left Early", "timestamp_ms": 1_700_000_000_500, "content": "x"},
            {"sender_name": "Cy", "timestamp_ms": 1_700_000_000_400, "content": "y"},
        ],
        "participants": [{"name": "Cy"}, {"name": "Me"}],
        "title": "Cy",
        "thread_type": "Regular",
    }
    for name, thread in (("group_1", group), ("cy_2", later)):
        (inbox / name).mkdir(parents=True)
        (inbox / name / "message_1.json").write_text(json.dumps(thread))
    one_to_one = {
        "participants": [{"name": "Cy"}, {"name": "Me"}],
        "messages": [{"sender_name": "Cy", "timestamp_ms": 1_700_000_000_000, "content": "z"}],
        "title": "Cy",
        "thread_type": "Regular",
    }
    (inbox / "cy_2/message_2.json").write_text(json.dumps(one_to_one))
    net = p1k.load(export)
    rows = net.interactions
    inbound = rows[rows["direction"] == "in"]
    assert Counter(inbound["contact_key"]) == {"left early": 2, "ann": 1, "cy": 2}
    # the owner's group message goes to everyone else listed
    assert sorted(rows.loc[rows["direction"] == "out", "contact_key"]) == ["ann", "bo"]
    assert rows["at"].is_monotonic_increasing


def test_rows_leave_the_loader_in_time_order() -> None:
    """read_threads emits rows sorted by time (ties in reading order), so that the merge of
    a single snapshot need not sort or copy them."""
    from power1000_analysis.loaders import read_export

    for folder in ("fb_d-2025-02-01", "fb_a-2019-06-10", "fb_b-2022-03-01"):
        [found] = discover(FIXTURES / folder)
        rows = read_export(found).interactions
        at = rows.loc[rows["folder"].notna(), "at"]  # Messenger rows (comments follow them)
        assert len(at) >= 3
        dated = at.iloc[: at.notna().sum()]
        assert dated.is_monotonic_increasing
        assert at.iloc[len(dated) :].isna().all()  # undated rows last, as NaT sorts


def test_row_order_ties_and_reactions_planted(tmp_path: Path) -> None:
    """The loader's row order, planted by hand: time order, undated rows last; rows of one
    time in reading order (threads by key, messages as written, an outbound group
    message's rows in participant order), reactions after the messages of their time; a
    reaction with its own time (IG-style, seconds) sits at that time even on an undated
    message, and one timed after the newest message still comes before the undated rows."""
    from power1000_analysis.loaders import read_export

    base = 1_700_000_000_000
    export = tmp_path / "facebook-x-2024-01-01"
    threads = {
        "a_1": {
            "participants": [{"name": "Ann"}, {"name": "Me"}],
            "messages": [
                {
                    "sender_name": "Me",
                    "timestamp_ms": base + 5000,
                    "content": "m0",
                    # later than every message: still before the undated rows
                    "reactions": [{"reaction": "y", "actor": "Ann", "timestamp": 1_700_000_006}],
                },
                {
                    "sender_name": "Ann",
                    "timestamp_ms": base + 2000,
                    "content": "m1",
                    "reactions": [{"reaction": "\u00e2\u009d\u00a4", "actor": "Me"}],
                },
                {
                    "sender_name": "Ann",
                    "timestamp_ms": 0,
                    "content": "m2",
                    "reactions": [{"reaction": "x", "actor": "Me", "timestamp": 1_700_000_004}],
                },
            ],
            "title": "Ann",
            "thread_type": "Regular",
        },
        "b_2": {
            "participants": [{"name": "Bo"}, {"name": "Cy"}, {"name": "Me"}],
            "messages": [
                {"sender_name": "Bo", "timestamp_ms": 0, "content": "n3"},
                {"sender_name": "Bo", "timestamp_ms": base + 2000, "content": "n0"},
                {"sender_name": "Me", "timestamp_ms": base + 2000, "content": "n1"},
                {"sender_name": "Cy", "timestamp_ms": base + 1000, "content": "n2"},
            ],
            "title": "Group",
            "thread_type": "RegularGroup",
        },
    }
    for key, thread in threads.items():
        (export / "messages/inbox" / key).mkdir(parents=True)
        (export / "messages/inbox" / key / "message_1.json").write_text(json.dumps(thread))
    [found] = discover(export)
    rows = read_export(found).interactions
    got = list(zip(rows["kind"], rows["direction"], rows["contact_key"], rows["at"], strict=True))
    at = [pd.Timestamp(base + ms, unit="ms", tz="UTC") for ms in (1000, 2000, 4000, 5000, 6000)]
    assert got[:-2] == [
        ("message", "in", "cy", at[0]),
        ("message", "in", "ann", at[1]),
        ("message", "in", "bo", at[1]),
        ("message", "out", "bo", at[1]),
        ("message", "out", "cy", at[1]),
        ("reaction", "out", "ann", at[1]),
        ("reaction", "out", "ann", at[2]),
        ("message", "out", "ann", at[3]),
        ("reaction", "in", "ann", at[4]),
    ]
    # undated rows last, in reading order (thread a_1 before b_2), after the reaction
    # timed later than the newest message
    assert [row[:3] for row in got[-2:]] == [("message", "in", "ann"), ("message", "in", "bo")]
    assert all(pd.isna(row[3]) for row in got[-2:])
    assert rows["reaction"].dropna().tolist() == ["❤", "x", "y"]


def test_colliding_keys_match_a_full_duplicate_check() -> None:
    """_colliding compares only runs of equal (thread, time); on any input it must find the
    same messages as pandas' duplicated(keep=False) over every key."""
    import numpy as np

    from power1000_analysis.loaders._meta import _colliding

    rng = np.random.default_rng(5)
    for trial in range(40):
        n = int(rng.integers(2, 400))
        thread = np.sort(rng.integers(0, 6, n)).astype(np.int32)
        times = rng.integers(0, 30, n).astype(np.int64)
        if trial % 2 == 0:  # the usual layout: each thread newest first
            order = np.lexsort((-times, thread))
            thread, times = thread[order], times[order]
        sender = rng.integers(0, 3, n)
        base = (
            (thread.astype(np.uint64) << np.uint64(40))
            ^ (times.astype(np.uint64) << np.uint64(8))
            ^ sender.astype(np.uint64)
        )
        expected = pd.Series(base).duplicated(keep=False).to_numpy()
        assert (_colliding(base, times, thread) == expected).all()


def test_one_request_direction_missing_is_listed_not_silent(tmp_path: Path) -> None:
    """Meta omits empty categories: a snapshot with sent requests and no received-requests
    file reads as "none received pending", and says so in ``missing`` per direction."""
    both = load("fb_d-2025-02-01")
    assert not {"requests_sent", "requests_received"} & set(both.exports[0].missing)
    export = tmp_path / "fb_d-2025-02-01"
    shutil.copytree(FIXTURES / "fb_d-2025-02-01", export)
    (export / "connections" / "friends" / "received_friend_requests.json").unlink()
    net = p1k.load(export)
    missing = net.exports[0].missing
    assert "requests" not in missing and "requests_sent" not in missing
    assert missing["requests_received"].endswith("read as none pending")
    assert set(net.requests["direction"]) == {"sent"}
    frames = net.missing().set_index("frame")["reason"].to_dict()
    assert "requests_received" in frames


def test_mix_parts_as_tables_are_the_bits_of_gathered_arrays() -> None:
    """Message keys pass thread and sender hashes to _mix as (table, codes), scrambled per
    thread and per name; the keys must stay the bits of _mix over the gathered per-message
    arrays (cached snapshots and earlier loads of the same messages hold those)."""
    import numpy as np

    from power1000_analysis.loaders._meta import _mix

    rng = np.random.default_rng(11)
    for n_threads, n_names, n in ((40, 25, 5000), (1, 1, 3), (3, 2, 0)):
        thread_hash = rng.integers(0, 2**63, n_threads, dtype=np.uint64)
        name_hash = rng.integers(0, 2**63, n_names, dtype=np.uint64)
        thread_of = rng.integers(0, n_threads, n).astype(np.int32)
        senders = rng.integers(0, n_names, n).astype(np.int32)
        times = rng.integers(0, 2**42, n, dtype=np.int64)
        expected = _mix(thread_hash[thread_of], times, name_hash[senders], 0)
        keys = _mix((thread_hash, thread_of), times, (name_hash, senders), 0)
        assert keys.dtype == np.uint64
        assert list(keys) == list(expected)
        # a table part after the first, and an int part first
        assert list(_mix(times, (name_hash, senders))) == list(_mix(times, name_hash[senders]))
        assert list(_mix(7, times)) == list(_mix(np.full(n, 7, np.uint64), times))


def test_event_keys_are_pinned() -> None:
    """Event keys are compared across cached snapshots and earlier loads: the bits of
    ``_mix`` (and of the message keys built with it) must never change. Values taken from the code
    of main 17f85f2 (when ``_message_keys`` re-spelt ``_mix``'s steps for message keys);
    a change to the scrambling fails here instead of silently unmatching stored keys."""
    import numpy as np

    from power1000_analysis.loaders._meta import _mix, stable_hash

    thread_hash = np.array(
        [stable_hash("tokehal_sdf7fs9d876"), stable_hash("group_1")], dtype=np.uint64
    )
    name_hash = np.array([stable_hash("Bob"), stable_hash("T\u00c5\u0091ke Hal")], np.uint64)
    thread_of = np.array([0, 1, 1], dtype=np.int32)
    senders = np.array([1, 0, 1], dtype=np.int32)
    times = np.array([1_600_000_000_000, 1_600_000_000_001, 0], dtype=np.int64)
    keys = _mix((thread_hash, thread_of), times, (name_hash, senders), 0)
    assert [hex(int(k)) for k in keys] == [
        "0x9e2596dd0bb591c9",
        "0x33b83a807f7cb96a",
        "0xdfdb46e457357065",
    ]
    crcs = np.array([0, 123456789, 4294967295], dtype=np.uint32)
    mixed = _mix(thread_hash[thread_of], times, name_hash[senders], crcs)
    assert [hex(int(k)) for k in mixed] == [
        "0x9e2596dd0bb591c9",
        "0x2ab7e21fd4c32141",
        "0x4e190d9e73386c14",
    ]
    three = _mix(np.array([1, 2**64 - 1], np.uint64), name_hash, np.array([7, 0], np.uint64))
    assert [hex(int(k)) for k in three] == ["0x116741e4dca86848", "0x2d69b169bd0f50be"]
    # end to end: messages and reactions of a fixture export. Rows 2 and 4 are likes/reactions
    # of the likes_and_reactions files, keyed (second, person, n) since facebook.LOADER_VERSION
    # "2" (session 7; they were 3176351747565505179 and 6778605507156794228 from the title)
    net = load("fb_d-2025-02-01")
    assert net.interactions["event_key"].head(6).tolist() == [
        8354367160142808564,
        15211204575592056512,
        18254197584884760561,
        4609018598285855832,
        1739277121219617030,
        12210783269444507059,
    ]
    assert stable_hash("reaction:1730000001:dan brown:0") == 0xFD53EFFD12D97FF1


def test_stable_order_is_a_stable_argsort() -> None:
    """stable_order sorts one combined key; it must give argsort(kind="stable") exactly,
    ties in position order, also where it falls back (a range too wide for the key)."""
    import numpy as np

    from power1000_analysis.loaders._meta import stable_order

    rng = np.random.default_rng(3)
    cases = [
        rng.integers(0, 20, 1000),  # many ties
        rng.integers(-(2**40), 2**40, 5000),  # negative and wide
        np.sort(rng.integers(0, 2**41, 3000))[::-1].copy(),  # descending runs
        np.array([np.iinfo(np.int64).min, 0, np.iinfo(np.int64).max, 0]),  # fallback
        np.array([7]),
        np.array([], dtype=np.int64),
    ]
    for values in cases:
        values = values.astype(np.int64)
        expected = np.argsort(values, kind="stable")
        assert stable_order(values).tolist() == expected.tolist()


def test_unreadable_thread_file_is_a_problem_and_the_rest_loads(tmp_path: Path) -> None:
    """A thread file whose read fails (here: the archive refuses it) becomes an ``error``
    problem naming it, and the other threads load."""
    from power1000_analysis.loaders import _meta

    export = tmp_path / "facebook-x-2024-01-01"
    for key, sender in (("a_1", "Ann"), ("b_2", "Bo"), ("c_3", "Cy")):
        thread = {
            "participants": [{"name": sender}, {"name": "Me"}],
            "messages": [{"sender_name": sender, "timestamp_ms": 1_700_000_000_000}],
            "title": sender,
            "thread_type": "Regular",
        }
        (export / "messages/inbox" / key).mkdir(parents=True)
        (export / "messages/inbox" / key / "message_1.json").write_text(json.dumps(thread))
    archive = FolderArchive(export)
    original = archive.read_bytes

    def read_bytes(name: str) -> bytes:
        if "b_2" in name:
            raise OSError("disk on fire")
        return original(name)

    archive.read_bytes = read_bytes  # type: ignore[method-assign]
    log = _meta.ProblemLog()
    files = find_thread_files(archive.names())
    result = _meta.read_threads(archive, files, platform="facebook", owner="Me", log=log)
    assert sorted(result.interactions["contact_key"].astype(str)) == ["ann", "cy"]
    problems = log.frame()
    [row] = problems[problems["severity"] == "error"].to_dict("records")
    assert "b_2/message_1.json" in row["source"] and "disk on fire" in row["message"]


def _write_json(path: Path, document: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


def _fb_d_label_values_export(root: Path) -> Path:
    """An FB-D export whose likes/reactions are in the label_values shape (formats notes §3.5;
    labels as d3i's ``likes_and_reactions_base_to_df`` reads them), planted by hand."""
    _write_json(
        root / "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Cara Mia"}}},
    )
    _write_json(
        root / "connections/friends/your_friends.json",
        {"friends_v2": [{"name": "Dan Brown", "timestamp": 1700000000}]},
    )
    activity = root / "your_facebook_activity/comments_and_reactions"
    _write_json(
        activity / "likes_and_reactions_1.json",
        [
            {
                "timestamp": 1730000001,
                "title": "Cara Mia likes Dan Brown's post.",
                "data": [{"reaction": {"reaction": "LIKE", "actor": "Cara Mia"}}],
            }
        ],
    )

    def item(stamp: int, *labels: dict[str, object]) -> dict[str, object]:
        return {"timestamp": stamp, "media": [], "fbid": str(stamp), "label_values": list(labels)}

    _write_json(
        activity / "likes_and_reactions.json",
        [
            item(
                1730000010,
                {"label": "Reaction", "value": "LIKE"},
                {"label": "Name", "value": "Pat Kim"},
                {
                    "label": "URL",
                    "value": "https://www.facebook.com/1",
                    "href": "https://www.facebook.com/1",
                },
            ),
            # the name only in a nested block, in Meta's mojibake; "Love" spelt as in the UI
            item(
                1730000020,
                {"label": "Reaction", "value": "Love"},
                {
                    "title": "",
                    "dict": [{"dict": [{"label": "Name", "value": "\u00c5\u0081ukasz Nowak"}]}],
                },
            ),
            # the titled like of likes_and_reactions_1.json again: counted once
            item(
                1730000001,
                {"label": "Reaction", "value": "LIKE"},
                {"label": "Name", "value": "Dan Brown"},
            ),
            # the owner's own post: nobody else
            item(
                1730000030,
                {"label": "Reaction", "value": "LIKE"},
                {"label": "Name", "value": "Cara Mia"},
            ),
            # Dutch labels: not guessed, counted
            item(
                1730000040,
                {"label": "Reactie", "value": "LIKE"},
                {"label": "Naam", "value": "Jan Jansen"},
            ),
            item(1730000050),  # no labels at all
        ],
    )
    return root


def test_fb_d_label_values_likes_and_reactions_are_read(tmp_path: Path) -> None:
    export = _fb_d_label_values_export(tmp_path / "facebook-caramia-2025-03-01")
    net = p1k.load(export)
    inter = net.interactions
    assert kinds(net) == {"like/out": 2, "reaction/out": 1}
    rows = inter.sort_values("at")[["contact_key", "name", "kind", "reaction"]]
    assert rows.values.tolist() == [
        ["dan brown", "Dan Brown", "like", "LIKE"],  # the titled one (its repeat dropped)
        ["pat kim", "Pat Kim", "like", "LIKE"],
        ["łukasz nowak", "Łukasz Nowak", "reaction", "LOVE"],
    ]
    assert set(inter["direction"]) == {"out"}
    assert inter["at"].min() == pd.Timestamp(1730000001, unit="s", tz="UTC")
    problems = net.problems.set_index("message")
    source = "your_facebook_activity/comments_and_reactions/likes_and_reactions.json"
    foreign = problems[problems.index.str.contains("label_values labels that are not in English")]
    assert len(foreign) == 1 and foreign["n_skipped"].tolist() == [1]
    assert foreign["source"].iloc[0].endswith(source) and foreign["severity"].iloc[0] == "warning"
    assert problems.index.str.contains(r"own posts: 1, unnamed: 1, no title or labels: 0").any()
    assert problems.index.str.contains("1 label_values likes/reactions repeat a titled one").any()


def test_label_values_in_another_language_with_an_url_label_are_not_unnamed(
    tmp_path: Path,
) -> None:
    """Dutch labels (``Reactie``, ``Naam``) beside the untranslated ``URL`` label: not in
    English (a warning), not "unnamed" (info); an English item with no ``Name`` stays
    unnamed."""
    root = tmp_path / "facebook-nl-2025-06-01"
    _write_json(
        root / "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Cara Mia"}}},
    )
    url = {
        "label": "URL",
        "value": "https://www.facebook.com/x",
        "href": "https://www.facebook.com/x",
    }
    dutch = [
        {
            "timestamp": 1700000100 + i,
            "fbid": str(i),
            "media": [],
            "label_values": [
                {"label": "Reactie", "value": "LIKE"},
                {"label": "Naam", "value": "Jan Jansen"},
                url,
            ],
        }
        for i in range(3)
    ]
    english = {
        "timestamp": 1700000200,
        "fbid": "9",
        "media": [],
        "label_values": [{"label": "Reaction", "value": "LIKE"}, url],
    }
    _write_json(
        root / "your_facebook_activity/comments_and_reactions/likes_and_reactions.json",
        [*dutch, english],
    )
    net = p1k.load(root, cache_dir=False)
    assert net.interactions.empty
    problems = net.problems.set_index("message")
    foreign = problems[problems.index.str.contains("label_values labels that are not in English")]
    assert foreign["severity"].tolist() == ["warning"] and foreign["n_skipped"].tolist() == [3]
    assert problems.index.str.contains(r"own posts: 0, unnamed: 1, no title or labels: 0").any()


def test_fb_d_label_values_reactions_count_once_across_snapshots(tmp_path: Path) -> None:
    first = _fb_d_label_values_export(tmp_path / "facebook-caramia-2025-03-01")
    second = tmp_path / "facebook-caramia-2025-09-01"
    shutil.copytree(first, second)
    net = p1k.load(first, second)
    assert len(net.snapshots) == 2
    assert kinds(net) == {"like/out": 2, "reaction/out": 1}


def test_titled_and_labelled_reaction_in_two_snapshots_count_once(tmp_path: Path) -> None:
    """One like seen titled in an older download (key from its title) and in the FB-D
    label_values shape in a newer one (key from its labels): one row, as within one export.
    Two likes of one person in the same second stay two."""
    profile = {"profile_v2": {"name": {"full_name": "Cara Mia"}}}
    friends = {"friends_v2": [{"name": "Dan Brown", "timestamp": 1700000000}]}
    old = tmp_path / "facebook-caramia-2024-03-01"
    new = tmp_path / "facebook-caramia-2025-03-01"
    for root in (old, new):
        _write_json(
            root / "personal_information/profile_information/profile_information.json", profile
        )
        _write_json(root / "connections/friends/your_friends.json", friends)
    titled = {
        "timestamp": 1700000100,
        "title": "Cara Mia likes Dan Brown's post.",
        "data": [{"reaction": {"reaction": "LIKE", "actor": "Cara Mia"}}],
    }
    _write_json(
        old / "your_activity_across_facebook/comments_and_reactions/likes_and_reactions_1.json",
        [titled, titled | {"title": "Cara Mia likes Dan Brown's photo."}],
    )
    labelled = {
        "timestamp": 1700000100,
        "fbid": "1",
        "media": [],
        "label_values": [
            {"label": "Reaction", "value": "LIKE"},
            {"label": "Name", "value": "Dan Brown"},
        ],
    }
    _write_json(
        new / "your_facebook_activity/comments_and_reactions/likes_and_reactions.json",
        [labelled, labelled | {"fbid": "2"}, labelled | {"timestamp": 1700000200}],
    )
    net = p1k.load(old, new, cache_dir=False)
    rows = net.interactions.sort_values("at")[["at", "contact_key", "kind"]]
    assert rows["contact_key"].tolist() == ["dan brown"] * 3
    assert rows["at"].tolist() == [
        pd.Timestamp(s, unit="s", tz="UTC") for s in (1700000100, 1700000100, 1700000200)
    ]


# -- likes/reactions in two shapes: one event_key (second, person, n) -------------------------

_DAN, _PAT = "Dan Brown", "Pat Kim"
_LIKES = "your_facebook_activity/comments_and_reactions"


def _titled_like(stamp: int, person: str, what: str = "post") -> dict[str, object]:
    return {
        "timestamp": stamp,
        "title": f"Cara Mia likes {person}'s {what}.",
        "data": [{"reaction": {"reaction": "LIKE", "actor": "Cara Mia"}}],
    }


def _labelled_like(stamp: int, person: str, fbid: str = "1") -> dict[str, object]:
    return {
        "timestamp": stamp,
        "fbid": fbid,
        "media": [],
        "label_values": [
            {"label": "Reaction", "value": "LIKE"},
            {"label": "Name", "value": person},
            {"label": "URL", "value": f"https://www.facebook.com/{fbid}"},
        ],
    }


def _likes_export(
    root: Path, titled: list[dict[str, object]], labelled: list[dict[str, object]]
) -> Path:
    """An FB-D export (profile Cara Mia) with ``titled`` likes in likes_and_reactions_1.json
    and ``labelled`` ones in the label_values likes_and_reactions.json (formats notes §3.5)."""
    _write_json(
        root / "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Cara Mia"}}},
    )
    if titled:
        _write_json(root / _LIKES / "likes_and_reactions_1.json", titled)
    if labelled:
        _write_json(root / _LIKES / "likes_and_reactions.json", labelled)
    return root


def _likes(net: p1k.Network) -> list[tuple[int, str]]:
    rows = net.interactions
    rows = rows[rows["kind"].isin(["like", "reaction"])].sort_values(["at", "contact_key"])
    return [
        (int(at.timestamp()), str(key))
        for at, key in zip(rows["at"], rows["contact_key"], strict=True)
    ]


def test_a_like_titled_and_labelled_in_one_export_is_one_row(tmp_path: Path) -> None:
    """FB-D may list one like titled (likes_and_reactions_N.json) and in the label_values
    shape (likes_and_reactions.json): both get the event_key (second, person, 0), and the
    labelled repeat is dropped; Pat's like in that second is another event."""
    root = _likes_export(
        tmp_path / "facebook-caramia-2025-03-01",
        titled=[_titled_like(1700000100, _DAN)],
        labelled=[_labelled_like(1700000100, _DAN), _labelled_like(1700000100, _PAT, "2")],
    )
    net = p1k.load(root, cache_dir=False)
    assert _likes(net) == [(1700000100, "dan brown"), (1700000100, "pat kim")]
    dan = net.interactions[net.interactions["contact_key"] == "dan brown"]
    assert dan["reaction"].tolist() == ["LIKE"] and dan["name"].tolist() == [_DAN]
    assert net.problems["message"].str.contains("1 label_values likes/reactions repeat").any()


@pytest.mark.parametrize("titled_first", [True, False])
def test_a_like_titled_in_one_snapshot_and_labelled_in_another_is_one_row(
    tmp_path: Path, titled_first: bool
) -> None:
    """The generic cross-snapshot merge (by event_key) counts it once, in either order:
    the key comes from the second and the person, not from the shape."""
    titled = _likes_export(tmp_path / "a", [_titled_like(1700000100, _DAN)], [])
    labelled = _likes_export(tmp_path / "b", [], [_labelled_like(1700000100, _DAN)])
    old, new = (titled, labelled) if titled_first else (labelled, titled)
    old = old.rename(tmp_path / "facebook-caramia-2024-03-01")
    new = new.rename(tmp_path / "facebook-caramia-2025-03-01")
    net = p1k.load(old, new, cache_dir=False)
    assert len(net.snapshots) == 2
    assert _likes(net) == [(1700000100, "dan brown")]
    # the same event_key in both shapes, read alone
    keys = {
        int(p1k.load(root, cache_dir=False).interactions["event_key"].iloc[0])
        for root in (old, new)
    }
    assert len(keys) == 1


def test_likes_of_one_person_at_different_seconds_are_two_rows(tmp_path: Path) -> None:
    """Two likes of Dan, one second apart: in one shape, across shapes in one export, and
    across snapshots, they stay two events."""
    one_shape = _likes_export(
        tmp_path / "facebook-caramia-2025-01-01",
        titled=[_titled_like(1700000100, _DAN), _titled_like(1700000101, _DAN, "photo")],
        labelled=[],
    )
    both_shapes = _likes_export(
        tmp_path / "facebook-caramia-2025-02-01",
        titled=[_titled_like(1700000100, _DAN)],
        labelled=[_labelled_like(1700000101, _DAN)],
    )
    expected = [(1700000100, "dan brown"), (1700000101, "dan brown")]
    assert _likes(p1k.load(one_shape, cache_dir=False)) == expected
    assert _likes(p1k.load(both_shapes, cache_dir=False)) == expected
    older = _likes_export(
        tmp_path / "facebook-caramia-2024-01-01", [_titled_like(1700000100, _DAN)], []
    )
    newer = _likes_export(
        tmp_path / "facebook-caramia-2024-06-01", [], [_labelled_like(1700000101, _DAN)]
    )
    assert _likes(p1k.load(older, newer, cache_dir=False)) == expected


def test_two_likes_of_one_person_in_one_second_stay_two(tmp_path: Path) -> None:
    """Two photos of Dan's liked in one second: n (0, 1) keeps them apart. One shape
    listing two and the other one of them: two rows, in one export and across snapshots."""
    pair = [_titled_like(1700000100, _DAN), _titled_like(1700000100, _DAN, "photo")]
    one = [_labelled_like(1700000100, _DAN)]
    two = [_labelled_like(1700000100, _DAN), _labelled_like(1700000100, _DAN, "2")]
    expected = [(1700000100, "dan brown")] * 2
    for titled, labelled in ((pair, one), (pair[:1], two), (pair, two)):
        root = tmp_path / "facebook-caramia-2025-03-01"
        shutil.rmtree(root, ignore_errors=True)
        assert _likes(p1k.load(_likes_export(root, titled, labelled), cache_dir=False)) == expected
    old = _likes_export(tmp_path / "facebook-caramia-2024-03-01", pair, [])
    new = _likes_export(tmp_path / "facebook-caramia-2024-09-01", [], one)
    assert _likes(p1k.load(old, new, cache_dir=False)) == expected
    assert _likes(p1k.load(new, cache_dir=False)) == expected[:1]


def test_a_parse_cached_with_the_old_reaction_keys_is_not_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache written by a loader whose like/reaction keys came from the shape (titled:
    the title; labelled: the labels, before facebook.LOADER_VERSION "2") must not be read
    back by this code: merged with a newer snapshot's keys, one like would count twice.
    The loader version (cache key) follows LOADER_VERSION, so the old parse is redone."""
    from power1000_analysis import cache
    from power1000_analysis.cache import ExportCache
    from power1000_analysis.loaders import facebook
    from power1000_analysis.loaders._meta import stable_hash

    real_keys = facebook._key_reactions
    old = _likes_export(
        tmp_path / "exports/facebook-caramia-2024-03-01", [_titled_like(1700000100, _DAN)], []
    )
    new = _likes_export(
        tmp_path / "exports/facebook-caramia-2025-03-01", [], [_labelled_like(1700000100, _DAN)]
    )
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)

    def shape_keys(rows: object, log: object, source: str) -> None:
        for row in rows.rows:  # type: ignore[attr-defined]
            row["event_key"] = stable_hash(f"old:{row['labelled']}:{row['at']}:{row['name']}")

    def clear() -> None:
        cache.loader_version.cache_clear()
        cache._loaders_version.cache_clear()

    store_dir = tmp_path / "cache"
    with monkeypatch.context() as old_code:
        old_code.setattr(facebook, "_key_reactions", shape_keys)
        old_code.setattr(facebook, "LOADER_VERSION", "1")
        clear()
        assert len(p1k.load(old, cache_dir=ExportCache(store_dir)).interactions) == 1
        # had the version stayed, the old parse would be read back: counted twice
        clear()
        store = ExportCache(store_dir)
        old_code.setattr(facebook, "_key_reactions", real_keys)
        assert len(p1k.load(old, new, cache_dir=store).interactions) == 2
        assert store.hits == 1
    clear()
    store = ExportCache(store_dir)
    net = p1k.load(old, new, cache_dir=store)
    assert (store.hits, store.misses) == (0, 2)
    assert _likes(net) == [(1700000100, "dan brown")]


def test_owner_without_profile_file_is_not_tagged_or_reacted_to(tmp_path: Path) -> None:
    """No profile_information.json: the owner is the one actor of the titled reactions, so
    their own tag in a post and a label_values like of their own content are not rows."""
    root = tmp_path / "facebook-caramia-2024-06-01"
    activity = root / "your_facebook_activity/comments_and_reactions"
    _write_json(
        activity / "likes_and_reactions_1.json",
        [
            {
                "timestamp": 1700000100,
                "title": "Cara Mia likes Pat Kim's post.",
                "data": [{"reaction": {"reaction": "LIKE", "actor": "Cara Mia"}}],
            }
        ],
    )
    _write_json(
        activity / "likes_and_reactions.json",
        [
            {
                "timestamp": 1700000200,
                "fbid": "1",
                "media": [],
                "label_values": [
                    {"label": "Reaction", "value": "LIKE"},
                    {"label": "Name", "value": "Cara Mia"},
                ],
            }
        ],
    )
    _write_json(
        root / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        [{"timestamp": 1710000000, "tags": [{"name": "Dan Brown"}, {"name": "Cara Mia"}]}],
    )
    net = p1k.load(root, cache_dir=False)
    rows = net.interactions.sort_values("at")
    assert rows[["contact_key", "kind", "n_participants"]].values.tolist() == [
        ["pat kim", "like", 2],
        ["dan brown", "tag", 2],
    ]
    assert (
        net.problems["message"].str.contains("1 label_values likes/reactions name the owner").any()
    )


def test_owner_inferred_from_post_titles_is_pseudonymized(tmp_path: Path) -> None:
    """No profile file and no messages: the owner's name guessed from post titles is kept in
    ``owner_details`` (so ``sensitive_strings`` redacts it), never in a problem message, and
    the problems do not also say the name is unknown."""
    from power1000_analysis.anonymize import pseudonymize, sensitive_strings

    root = tmp_path / "facebook-x-2024-06-01"
    _write_json(
        root / "connections/friends/your_friends.json",
        {"friends_v2": [{"name": "Dan Brown", "timestamp": 1700000000}]},
    )
    _write_json(
        root / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        [
            {"timestamp": 1710000000, "title": "Zebedee Quixote updated her status."},
            {
                "timestamp": 1710000100,
                "title": "Zebedee Quixote was with Dan Brown.",
                "tags": [{"name": "Dan Brown"}, {"name": "Zebedee Quixote"}],
            },
        ],
    )
    _write_json(
        root / "your_facebook_activity/comments_and_reactions/likes_and_reactions.json",
        [
            {
                "timestamp": 1730000030,
                "media": [],
                "fbid": "1",
                "label_values": [
                    {"label": "Reaction", "value": "LIKE"},
                    {"label": "Name", "value": "Zebedee Quixote"},
                ],
            }
        ],
    )
    net = p1k.load(root, cache_dir=False)
    assert net.exports[0].owner_details["inferred_name"] == "Zebedee Quixote"
    assert "Zebedee Quixote" in sensitive_strings(net)
    messages = net.problems["message"].tolist()
    assert not [m for m in messages if "Zebedee" in m]
    assert any("name the owner (name inferred from the posts' titles" in m for m in messages)
    assert not [m for m in messages if "name is unknown" in m]
    assert any("only inferred from the posts' titles" in m for m in messages)
    anon = pseudonymize(net)
    texts = [
        str(v)
        for frame in (anon.problems, anon.interactions, anon.contacts)
        for v in frame.astype(str).to_numpy().ravel()
    ]
    texts += [str(e.owner_details) + str(e.extra) + str(e.owner) for e in anon.exports]
    assert not [t for t in texts if "zebedee" in t.lower()]


def test_sensitive_strings_include_previous_names(tmp_path: Path) -> None:
    """``owner_details`` lists (Facebook's previous names) are sensitive strings too."""
    from power1000_analysis.anonymize import sensitive_strings

    root = tmp_path / "facebook-caramia-2024-06-01"
    _write_json(
        root / "personal_information/profile_information/profile_information.json",
        {
            "profile_v2": {
                "name": {"full_name": "Cara Mia"},
                "previous_names": [{"name": "Cara Oldname"}],
            }
        },
    )
    _write_json(
        root / "connections/friends/your_friends.json",
        {"friends_v2": [{"name": "Dan Brown", "timestamp": 1700000000}]},
    )
    net = p1k.load(root, cache_dir=False)
    assert "Cara Oldname" in sensitive_strings(net)


_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"


def _posts_only_export(root: Path, posts: list[dict[str, object]]) -> Path:
    """An FB-D export with no profile, threads or comments/reactions: only posts (and a
    friends file, so it is an export with contacts)."""
    _write_json(
        root / "connections/friends/your_friends.json",
        {"friends_v2": [{"name": "Dan Brown", "timestamp": 1700000000}]},
    )
    _write_json(root / _POSTS, posts)
    return root


def _tags(net: p1k.Network) -> list[list[object]]:
    rows = net.interactions.sort_values(["at", "contact_key"])
    return rows[["contact_key", "kind", "n_participants"]].values.tolist()


def test_owner_from_the_posts_titles_is_not_tagged(tmp_path: Path) -> None:
    """No profile, messages or titled reactions: the owner is the subject of their posts'
    titles ("Cara Mia updated her status.", a bare "Cara Mia", "… was with …"), so their
    own tag is not a row and Dan's post counts one other participant."""
    root = _posts_only_export(
        tmp_path / "facebook-caramia-2024-06-01",
        [
            {
                "timestamp": 1710000000,
                "title": "Cara Mia was with Dan Brown.",
                "tags": [{"name": "Dan Brown"}, {"name": "Cara Mia"}],
            },
            {"timestamp": 1710000100, "title": "Cara Mia updated her status."},
            {"timestamp": 1710000200, "title": "Cara Mia", "tags": [{"name": "Cara Mia"}]},
        ],
    )
    net = p1k.load(root, cache_dir=False)
    assert _tags(net) == [["dan brown", "tag", 2]]
    assert not net.problems["message"].str.contains("could not be identified").any()


@pytest.mark.parametrize(
    "titles",
    [
        [None, None, None],  # no titles: nothing names the owner
        # a split vote (2 of 3 < 80 %): no guess, a wrong owner would drop Dan's tags
        ["Cara Mia was with Dan Brown.", "Cara Mia", "Dan Brown and Pat Kim shared a link."],
        ["Cara Mia a mis à jour son statut.", None, None],  # not English: not read
    ],
)
def test_owner_not_identified_keeps_the_self_tag_and_says_so(
    tmp_path: Path, titles: list[str | None]
) -> None:
    posts: list[dict[str, object]] = [
        {"timestamp": 1710000000, "tags": [{"name": "Dan Brown"}, {"name": "Cara Mia"}]},
        {"timestamp": 1710000100},
        {"timestamp": 1710000200, "tags": [{"name": "Cara Mia"}]},
    ]
    for post, title in zip(posts, titles, strict=True):
        if title is not None:
            post["title"] = title
    net = p1k.load(_posts_only_export(tmp_path / "facebook-x-2024-06-01", posts), cache_dir=False)
    assert _tags(net) == [["cara mia", "tag", 3], ["dan brown", "tag", 3], ["cara mia", "tag", 2]]
    [row] = net.problems[net.problems["message"].str.contains("could not be identified")].to_dict(
        "records"
    )
    assert row["severity"] == "info" and "among the 3 tag interaction(s)" in row["message"]


def test_posts_with_no_time_or_odd_tags_are_problems(tmp_path: Path) -> None:
    root = tmp_path / "facebook-caramia-2024-07-01"
    _write_json(
        root / "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Cara Mia"}}},
    )
    posts = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    _write_json(
        root / posts,
        [
            {"timestamp": "x", "tags": [{"name": None}, 5, {"name": "Dan Brown"}]},
            {"timestamp": 1710000000, "tags": "Pat Kim"},
            {"timestamp": 1710000100, "tags": [{"name": "Pat Kim"}]},
        ],
    )
    net = p1k.load(root, cache_dir=False)
    rows = net.interactions.sort_values("contact_key")
    assert rows["contact_key"].tolist() == ["dan brown", "pat kim"]
    assert rows["at"].isna().tolist() == [True, False]
    problems = net.problems[net.problems["source"].str.endswith(posts)]
    assert problems[["severity", "message"]].values.tolist() == [
        [
            "warning",
            "1 posts with tags have no numeric timestamp: their 1 tag interaction(s) have no "
            "time (at missing)",
        ],
        [
            "warning",
            "1 posts have tags that are not a list and 2 tags name no one (not a name or "
            "{name}); not read",
        ],
    ]


def test_people_tagged_in_own_posts_are_tag_interactions(tmp_path: Path) -> None:
    """``your_posts__check_ins__photos_and_videos_N.json`` (FB-C/D, tags as ``{name}``) and
    ``posts/your_posts_N.json`` (FB-A/B, tags as strings): one ``tag``/out row per tagged
    person other than the owner, ``n_participants`` = 1 + the people tagged."""
    modern = tmp_path / "facebook-caramia-2024-05-01"
    _write_json(
        modern / "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": "Cara Mia"}}},
    )
    _write_json(
        modern / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        [
            {
                "timestamp": 1710000000,
                "data": [{"post": "hike"}],
                "tags": [{"name": "Dan Brown"}, {"name": "Cara Mia"}],
            },
            {
                "timestamp": 1710000100,
                "title": "Cara Mia was with Pat Kim and \u00c5\u0081ukasz Nowak.",
                "tags": [{"name": "Pat Kim"}, {"name": "\u00c5\u0081ukasz Nowak"}],
            },
            {"timestamp": 1710000200, "data": [{"post": "alone"}]},
        ],
    )
    net = p1k.load(modern)
    rows = net.interactions.sort_values(["at", "contact_key"])
    assert rows[["contact_key", "name", "kind", "direction", "n_participants"]].values.tolist() == [
        ["dan brown", "Dan Brown", "tag", "out", 2],  # the owner's own tag is not a person
        ["pat kim", "Pat Kim", "tag", "out", 3],
        ["łukasz nowak", "Łukasz Nowak", "tag", "out", 3],
    ]
    assert not net.problems["message"].str.contains("not used by the facebook loader").any()

    legacy = tmp_path / "facebook-caramia-2019-06-01"
    _write_json(
        legacy / "profile_information/profile_information.json",
        {"profile": {"name": "Cara Mia"}},
    )
    _write_json(legacy / "friends/friends.json", {"friends": [{"name": "Dan Brown"}]})
    _write_json(
        legacy / "posts/your_posts_1.json",
        [{"timestamp": 1550000000, "data": [{"post": "x"}], "tags": ["Dan Brown"]}],
    )
    old = p1k.load(legacy)
    assert old.interactions[["contact_key", "kind", "n_participants"]].values.tolist() == [
        ["dan brown", "tag", 2]
    ]
