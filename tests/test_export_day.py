"""An export dated by a day alone holds that day's records (review12 DAY-1): they count,
and interactions dated after the analysis date are not dropped without a word."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd

import power1000_analysis as p1k
from power1000_analysis.activity import contact_status

FRIENDS = """platform,name,handle,connected_at,exported_at
forum,Ann Alpha,ann,2024-01-01,2024-07-01
forum,Dee Delta,dee,2024-03-01,2024-07-01
forum,Eve Isolated,eve,2024-03-01,2024-07-01
"""
MESSAGES = """platform,at,handle,direction,kind,thread_key,n_participants
forum,2024-06-01T10:00:00,ann,in,message,T1,2
forum,2024-01-02T10:00:00,dee,in,message,T2,2
forum,2024-07-01T10:00:00,dee,in,message,T2,2
forum,2024-07-01T09:00:00,eve,in,message,,2
"""


def _forum(folder: Path, extra: str = "") -> Path:
    folder.mkdir()
    (folder / "forum-friends-2024-07-01.csv").write_text(FRIENDS)
    (folder / "forum-interactions-2024-07-01.csv").write_text(MESSAGES + extra)
    return folder


def test_export_day_records_count(tmp_path: Path) -> None:
    net = p1k.load(_forum(tmp_path / "forum"), cache_dir=None)
    # the newest record of the export's own day, not 00:00 of it
    assert net.as_of == pd.Timestamp("2024-07-01 10:00", tz="UTC")
    status = contact_status(net).set_index("name")
    # Eve wrote only on the export day: active, not "no sign of life ever"
    assert status.loc["Eve Isolated", "status"] == "active"
    assert status.loc["Eve Isolated", "last_evidence_at"] == pd.Timestamp(
        "2024-07-01 09:00", tz="UTC"
    )
    # Dee's last message before the export day is 181 days old: dormant without the export day
    assert status.loc["Dee Delta", "status"] == "active"
    notes = net.problems[net.problems["message"].str.contains("without a time of day")]
    assert len(notes) == 1 and notes["severity"].iloc[0] == "info"
    assert "up to 10:00 UTC" in notes["message"].iloc[0]


def test_interactions_after_the_export_are_counted_in_a_warning(tmp_path: Path) -> None:
    later = (
        "forum,2024-07-02T08:00:00,ann,in,message,T1,2\n"
        "forum,2024-07-05T08:00:00,ann,in,message,T1,2\n"
    )
    net = p1k.load(_forum(tmp_path / "forum", later), cache_dir=None)
    # a later day is not taken as the export's date
    assert net.as_of == pd.Timestamp("2024-07-01 10:00", tz="UTC")
    late = net.problems[net.problems["message"].str.contains("dated after the newest export")]
    assert len(late) == 1
    row = late.iloc[0]
    assert row["severity"] == "warning" and row["n_skipped"] == 2
    assert "2 interaction(s) (forum 2)" in row["message"] and "2024-07-05" in row["message"]


def test_no_note_without_export_day_records(tmp_path: Path) -> None:
    folder = tmp_path / "forum"
    folder.mkdir()
    (folder / "forum-friends-2024-07-01.csv").write_text(FRIENDS)
    (folder / "forum-interactions-2024-07-01.csv").write_text(
        "\n".join(MESSAGES.splitlines()[:3]) + "\n"
    )
    net = p1k.load(folder, cache_dir=None)
    assert net.as_of == pd.Timestamp("2024-07-01", tz="UTC")
    assert not net.problems["message"].str.contains("without a time|dated after").any()


def test_facebook_message_on_the_export_day(tmp_path: Path) -> None:
    """The sample's 2017 Facebook export with one message of a dormant friend added on the
    export's own day (its folder name gives the day alone)."""
    source = Path(__file__).parent.parent / "data/sample/facebook"
    (export,) = [p for p in source.iterdir() if "2017-01-15" in p.name and p.is_dir()]
    root = tmp_path / "fb"
    shutil.copytree(export, root / export.name)
    before = contact_status(p1k.load(root, cache_dir=None)).reset_index(drop=True)
    dormant = set(before.loc[before["status"] == "dormant", "name"])
    for path in sorted(root.glob("*/your_facebook_activity/messages/inbox/*/message_1.json")):
        thread = json.loads(path.read_text())
        friends = [p["name"] for p in thread["participants"] if p["name"] in dormant]
        if len(thread["participants"]) == 2 and friends:
            break
    else:
        raise AssertionError("no one-to-one thread with a dormant friend")
    noon = int(pd.Timestamp("2017-01-15 12:00", tz="UTC").timestamp() * 1000)
    thread["messages"].insert(0, {"sender_name": friends[0], "timestamp_ms": noon, "content": "hi"})
    path.write_text(json.dumps(thread))
    net = p1k.load(root, cache_dir=None)
    assert net.as_of == pd.Timestamp("2017-01-15 12:00", tz="UTC")
    after = contact_status(net)
    assert after.set_index("name").loc[friends[0], "status"] == "active"
    both = before.merge(after, on="person_id", suffixes=("", "_now"))
    changed = both[both["status"] != both["status_now"]].set_index("name")
    assert changed.loc[friends[0], "status"] == "dormant"
    # anyone else changed only by the window's end moving 12 hours: last seen 90 days before
    window = pd.Timestamp("2017-01-15", tz="UTC") - pd.Timedelta(days=90)
    others = changed.drop(index=friends[0])
    assert (others["status_now"] == "dormant").all()
    assert others["last_evidence_at"].between(window, window + pd.Timedelta(hours=12)).all()
