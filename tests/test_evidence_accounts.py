"""Whether a contact could show a sign of life is decided per account, not per platform
(review10 R15 note): a Mastodon CSV export of another account holds follows and no posts;
the archive of the owner's account beside it cannot show those follows' signs of life."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

import power1000_analysis as p1k
from power1000_analysis import activity
from power1000_analysis.evidence import contacts_without_interactions

OWNER = "https://harbour.example/users/noor"
MENTIONED = [f"m{i}@harbour.example" for i in range(1, 6)]


def _archive(folder: Path) -> Path:
    """A Mastodon account archive: its owner mentioned m1..m5 in one public post."""
    folder.mkdir(parents=True)
    actor = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": OWNER,
        "type": "Person",
        "preferredUsername": "noor",
        "name": "Noor Harbour",
        "outbox": "outbox.json",
        "likes": "likes.json",
    }
    tags = [
        {"type": "Mention", "href": f"https://harbour.example/users/m{i}", "name": f"@m{i}"}
        for i in range(1, 6)
    ]
    note = {
        "id": f"{OWNER}/statuses/7",
        "type": "Note",
        "published": "2024-03-02T10:00:00Z",
        "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "cc": [t["href"] for t in tags],
        "content": "<p>hello all five</p>",
        "tag": tags,
    }
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": 1,
        "orderedItems": [
            {
                "id": f"{OWNER}/statuses/7/activity",
                "type": "Create",
                "actor": OWNER,
                "published": note["published"],
                "to": note["to"],
                "cc": note["cc"],
                "object": note,
            }
        ],
    }
    likes = {"id": "likes.json", "type": "OrderedCollection", "orderedItems": []}
    for name, body in (("actor.json", actor), ("outbox.json", outbox), ("likes.json", likes)):
        (folder / name).write_text(json.dumps(body), encoding="utf-8")
    return folder


def _follows(folder: Path, accounts: list[str]) -> Path:
    """A Mastodon CSV data export (names no owner): whom it follows, nothing else."""
    folder.mkdir(parents=True)
    rows = "".join(f"{a},true,false,\n" for a in accounts)
    path = folder / "following_accounts.csv"
    path.write_text(
        "Account address,Show boosts,Notify on new posts,Languages\n" + rows, encoding="utf-8"
    )
    # the CSV export states no date: it is dated by its file's time, 2024-05-01
    stamp = pd.Timestamp("2024-05-01 12:00", tz="UTC").timestamp()
    os.utime(path, (stamp, stamp))
    return folder


def _status(net: p1k.Network) -> dict[str, str]:
    table = activity.contact_status(net, as_of="2024-06-01")
    return dict(zip(table["person_id"], table["status"].astype(str), strict=True))


def test_follows_of_another_mastodon_account_without_posts_are_unknown(tmp_path: Path) -> None:
    _archive(tmp_path / "archive-20240401120000-00aa11bb")
    # another account's CSV: it shares one person with the archive (m1), too few to be
    # read as a snapshot of the archive's account
    _follows(tmp_path / "other-csv", ["m1@harbour.example", "ro@quay.example", "su@quay.example"])
    net = p1k.load(tmp_path, cache_dir=None)
    assert sorted(net.snapshots["account"]) == [1, 2]
    assert set(net.platforms) == {"mastodon"}
    # the platform holds interactions (the archive's mentions): it is not blind as a whole
    assert activity.platforms_without_interactions(net) == frozenset()
    blind = dict(zip(net.contacts["contact_key"], contacts_without_interactions(net), strict=True))
    assert blind == {
        "m1@harbour.example": False,  # the archive names them: a sign of life could show
        "ro@quay.example": True,
        "su@quay.example": True,
    }
    status = _status(net)
    assert status["mastodon:ro@quay.example"] == "unknown"
    assert status["mastodon:su@quay.example"] == "unknown"
    assert status["mastodon:m1@harbour.example"] == "passive"  # outbound mentions only
    assert status["mastodon:m2@harbour.example"] == "passive"
    # survival and the decay curve leave the two out, saying why
    curve = activity.decay_curve(net, as_of="2024-06-01")
    assert curve.attrs["excluded"]["contacts_on_platforms_without_interactions"] == 2
    result = activity.survival(net, by="platform", as_of="2024-06-01")
    assert result.skipped == {
        "mastodon": "2 contacts only in exports that hold no interactions (another mastodon"
        " account's export has them), left out; no contact with a connection date (1 contact"
        " left out)"  # the others: a Mastodon archive gives no follow dates (review12 SV-1)
    }


def test_follows_read_as_the_archive_account_stay_passive(tmp_path: Path) -> None:
    # the owner's own CSV: it follows the five people the archive mentions, and one more;
    # it shares 5 of its 6 people with the archive, so it is a snapshot of that account,
    # whose likes and replies could have shown the sixth alive
    _archive(tmp_path / "archive-20240401120000-00aa11bb")
    _follows(tmp_path / "own-csv", [*MENTIONED, "ty@quay.example"])
    net = p1k.load(tmp_path, cache_dir=None)
    assert set(net.snapshots["account"]) == {1}
    assert not contacts_without_interactions(net).any()
    status = _status(net)
    assert status["mastodon:ty@quay.example"] == "passive"
    assert {status[f"mastodon:{key}"] for key in MENTIONED} == {"passive"}


def test_a_network_built_by_hand_falls_back_to_platforms() -> None:
    net = p1k.Network.empty()
    contacts = pd.DataFrame({"platform": ["addressbook"], "contact_key": ["a"]})
    assert contacts_without_interactions(net, contacts).tolist() == [False]
