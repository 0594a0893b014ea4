"""Which exports are snapshots of one account (network.assign_accounts), and snapshot diffs
taken within one account (growth.snapshot_diff): ux8 findings #2 and #8."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from power1000_analysis import growth
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import assign_accounts, load, merge_exports
from power1000_analysis.schema import conform

JAN = pd.Timestamp("2024-01-15", tz="UTC")
JUN = pd.Timestamp("2024-06-15", tz="UTC")


def export(
    platform: str,
    when: pd.Timestamp,
    keys: list[str],
    *,
    owner: str | None = None,
    source: str | None = None,
    generation: str = "test",
) -> LoadedExport:
    result = LoadedExport(
        platform=platform,
        generation=generation,
        source=source or f"{platform}-{owner}-{when.date()}",
        owner=owner,
        exported_at=when,
    )
    frame = pd.DataFrame(
        {"contact_key": keys, "name": [k.title() for k in keys], "relation": "follower"}
    )
    relation = "contact" if platform == "addressbook" else "follower"
    result.contacts = conform("contacts", frame.assign(platform=platform, relation=relation))
    return result


def current(net) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return net.contacts.set_index("contact_key")["is_current"].to_dict()


def test_two_address_books_are_two_books_all_current() -> None:
    # a phone vCard (older) and a Gmail CSV (newer): before, the vCard's cards were "former"
    phone = export("addressbook", JAN, ["ann", "bob"], source="phone.vcf", generation="vcard")
    gmail = export("addressbook", JUN, ["cy"], source="gmail.csv", generation="google-csv")
    net = merge_exports([phone, gmail])
    assert current(net) == {"ann": True, "bob": True, "cy": True}
    assert sorted(net.snapshots["account"]) == [1, 2]
    assert growth.snapshot_changes(net).empty  # no "joined 1, left 2" between two books
    info = net.problems[net.problems["severity"] == "info"]["message"].tolist()
    assert any(m.startswith("2 address books (vcard of 2024-01-15; google-csv") for m in info)


def test_same_address_book_file_twice_is_one_book() -> None:
    a = export("addressbook", JAN, ["ann"], source="phone.vcf")
    b = export("addressbook", JAN, ["ann"], source="phone.vcf")
    assert assign_accounts([a, b]).number == (1, 1)


def test_ownerless_exports_sharing_most_people_are_snapshots_of_one_account() -> None:
    people = [f"p{i}" for i in range(10)]
    old = export("mastodon", JAN, people)
    new = export("mastodon", JUN, [*people[2:], "new1"])
    net = merge_exports([new, old])
    assert set(net.snapshots["account"]) == {1}
    changes = growth.snapshot_changes(net)
    assert changes[["joined", "left"]].values.tolist() == [[1, 2]]
    assert current(net)["p0"] is False
    info = net.problems["message"].tolist()
    assert any("shares 8 of its 9 people" in m for m in info)


def test_ownerless_exports_sharing_few_people_stay_apart_and_current() -> None:
    old = export("mastodon", JAN, ["a", "b", "c"])
    new = export("mastodon", JUN, ["c", "d"])
    net = merge_exports([old, new])
    assert sorted(net.snapshots["account"]) == [1, 2]
    assert all(current(net).values())
    assert growth.snapshot_changes(net).empty
    rows = net.problems[net.problems["severity"] == "info"]["message"].tolist()
    assert any(
        "share too few people" in m and "each is counted as its own account" in m for m in rows
    )


def test_ownerless_export_joins_the_named_account_it_overlaps() -> None:
    people = [f"p{i}" for i in range(6)]
    named = export("instagram", JUN, people, owner="ann")
    older = export("instagram", JAN, [*people, "gone"])  # no profile file: no owner
    net = merge_exports([named, older])
    assert set(net.snapshots["account"]) == {1}
    assert current(net)["gone"] is False


def test_two_owners_are_warned_about_and_never_diffed_against_each_other() -> None:
    bla = export("instagram", JAN, ["x1", "x2"], owner="bla")
    alice = export("instagram", JUN, ["y1", "y2", "y3", "y4"], owner="alice_synthetic")
    alice_later = export(
        "instagram", JUN + pd.Timedelta(days=30), ["y1", "y5"], owner="alice_synthetic"
    )
    net = merge_exports([bla, alice, alice_later])
    warnings = net.problems[net.problems["severity"] == "warning"]["message"].tolist()
    assert any(
        m.startswith("2 instagram accounts (bla, alice_synthetic): counted together as yours")
        for m in warnings
    )
    # bla's two followers are current (her newest export holds them): before, alice's
    # exports made them "former" and alice's followers "joined" bla's account
    assert current(net) == {
        "x1": True,
        "x2": True,
        "y1": True,
        "y2": False,
        "y3": False,
        "y4": False,
        "y5": True,
    }
    changes = growth.snapshot_changes(net)
    assert changes[["account", "joined", "left"]].values.tolist() == [[2, 1, 3]]
    diff = growth.snapshot_diff(net)
    assert set(diff["contact_key"]) == {"y2", "y3", "y4", "y5"}
    table = growth.growth_table(net)
    last = table[table["platform"] == "instagram"].iloc[-1]
    assert last["contacts"] == 4  # x1, x2, y1, y5


def test_a_contact_of_two_owners_stays_while_either_holds_it() -> None:
    # shared follows "s" in both; bla's newest holds it, alice's newest (later) does not
    bla = export("instagram", JUN, ["s", "x"], owner="bla")
    alice_old = export("instagram", JAN, ["s", "y"], owner="alice")
    alice_new = export("instagram", JUN + pd.Timedelta(days=60), ["y"], owner="alice")
    net = merge_exports([bla, alice_old, alice_new])
    assert current(net)["s"] is True  # before: its newest row (alice's) said "former"
    memberships = net.memberships.set_index(["account", "contact_key"])["is_current"]
    assert not memberships[(1, "s")] and memberships[(2, "s")]
    diff = growth.snapshot_diff(net)
    assert diff[["account", "change", "contact_key"]].values.tolist() == [[1, "left", "s"]]


def test_real_vcard_and_google_csv_are_both_current(real_fixtures: Path, tmp_path: Path) -> None:
    import shutil

    for name in ("vcard", "google_contacts"):
        shutil.copytree(real_fixtures / name / "roundcube", tmp_path / name)
    net = load(tmp_path / "vcard", tmp_path / "google_contacts", resolve=False)
    assert net.contacts["is_current"].all() and len(net.contacts) == 7
    assert growth.snapshot_changes(net).empty


def test_real_bluesky_folder_warns_about_three_accounts(real_fixtures: Path) -> None:
    net = load(real_fixtures / "bluesky" / "indigo", resolve=False)
    assert sorted(net.snapshots["account"]) == [1, 2, 3]
    rows = net.problems[net.problems["severity"] == "warning"]["message"].tolist()
    assert any(m.startswith("3 bluesky accounts (") for m in rows)
