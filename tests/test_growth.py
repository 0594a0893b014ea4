"""growth.py on a tiny network whose answers can be checked by hand.

LinkedIn, two snapshots (2024-01-01, 2024-07-01): Ann, Bob and Cid in the first, Ann, Cid
and Dee in the second (Bob left, Dee joined; Cid has no connection date and counts from the
first snapshot). Facebook, one snapshot (2024-07-01): Xia and Yan.
"""

from __future__ import annotations

import pandas as pd
import pytest

from power1000_analysis import growth
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform


def _export(platform: str, exported: str, people: list[tuple[str, str | None]]) -> LoadedExport:
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": platform,
                "contact_key": [key for key, _ in people],
                "name": [key.title() for key, _ in people],
                "relation": "connection" if platform == "linkedin" else "friend",
                "connected_at": pd.to_datetime([when for _, when in people], utc=True),
                "is_current": True,
            }
        ),
    )
    contacts["person_id"] = platform + ":" + contacts["contact_key"]
    return LoadedExport(
        platform=platform,
        generation="test",
        source=f"{platform}-{exported}",
        owner="owner",
        exported_at=pd.Timestamp(exported, tz="UTC"),
        contacts=contacts,
    )


def tiny_network() -> Network:
    return merge_exports(
        [
            _export(
                "linkedin",
                "2024-01-01",
                [("ann", "2023-01-15"), ("bob", "2023-06-10"), ("cid", None)],
            ),
            _export(
                "linkedin",
                "2024-07-01",
                [("ann", "2023-01-15"), ("cid", None), ("dee", "2024-03-05")],
            ),
            _export("facebook", "2024-07-01", [("xia", "2022-11-20"), ("yan", "2024-02-01")]),
        ]
    )


@pytest.fixture
def net() -> Network:
    return tiny_network()


def test_platform_counts(net: Network) -> None:
    table = growth.platform_counts(net, goal=10).set_index("platform")
    assert table.loc["linkedin", ["contacts", "people", "former"]].tolist() == [3, 3, 1]
    assert table.loc["facebook", ["contacts", "people", "former"]].tolist() == [2, 2, 0]
    assert table.loc[growth.ALL_PLATFORMS, ["contacts", "people", "former"]].tolist() == [5, 5, 1]
    assert table.loc[growth.ALL_PLATFORMS, "share_of_goal"] == pytest.approx(0.5)
    assert table.index[-1] == growth.ALL_PLATFORMS


def test_platform_counts_as_of_first_snapshot(net: Network) -> None:
    table = growth.platform_counts(net, as_of="2024-01-01").set_index("platform")
    # Ann, Bob and Cid were there on the first export date.
    assert table.loc["linkedin", "contacts"] == 3


def test_growth_table_monthly(net: Network) -> None:
    table = growth.growth_table(net, freq="M")
    linkedin = table[table["platform"] == "linkedin"]
    linkedin = linkedin.set_index(linkedin["period_end"].dt.date)
    day = pd.Timestamp
    assert linkedin.loc[day("2023-01-31").date(), "contacts"] == 1  # Ann
    assert linkedin.loc[day("2023-12-31").date(), "contacts"] == 2  # + Bob
    assert linkedin.loc[day("2024-01-31").date(), "contacts"] == 3  # + Cid (first snapshot)
    assert linkedin.loc[day("2024-06-30").date(), "contacts"] == 4  # + Dee
    last = linkedin.iloc[-1]
    assert last["period_end"].date() == day("2024-07-01").date()
    assert (last["left"], last["contacts"]) == (1, 3)  # Bob gone in the second snapshot
    total = table[table["platform"] == growth.ALL_PLATFORMS].iloc[-1]
    assert total["contacts"] == 5
    # the sum row equals the sum of the platform rows in every period
    per_period = table[table["platform"] != growth.ALL_PLATFORMS].groupby("period_end")["contacts"]
    totals = table[table["platform"] == growth.ALL_PLATFORMS].set_index("period_end")["contacts"]
    pd.testing.assert_series_equal(per_period.sum(), totals, check_names=False)


def test_growth_table_counts_undated(net: Network) -> None:
    contacts = net.contacts.copy()
    contacts.loc[contacts["contact_key"] == "xia", "connected_at"] = pd.NaT
    contacts.loc[contacts["contact_key"] == "xia", "first_seen_at"] = pd.NaT
    undated = Network(
        contacts, net.interactions, net.requests, net.snapshots, net.problems, net.people
    )
    table = growth.growth_table(undated)
    assert table.loc[table["platform"] == "facebook", "undated"].unique().tolist() == [1]


def test_snapshot_diff(net: Network) -> None:
    diff = growth.snapshot_diff(net)
    assert diff[["platform", "change", "contact_key"]].values.tolist() == [
        ["linkedin", "joined", "dee"],
        ["linkedin", "left", "bob"],
    ]
    assert (diff["before"] == pd.Timestamp("2024-01-01", tz="UTC")).all()


def test_snapshot_changes(net: Network) -> None:
    changes = growth.snapshot_changes(net)
    assert changes[["platform", "joined", "left", "net_change"]].values.tolist() == [
        ["linkedin", 1, 1, 0]
    ]


def test_platform_overlap_per_account_today(net: Network) -> None:
    overlap = growth.platform_overlap(net)
    assert overlap.set_index("platforms")["people"].to_dict() == {"linkedin": 3, "facebook": 2}


def test_platform_overlap_with_shared_person(net: Network) -> None:
    contacts = net.contacts.copy()
    contacts.loc[contacts["contact_key"] == "xia", "person_id"] = "linkedin:ann"
    shared = Network(
        contacts, net.interactions, net.requests, net.snapshots, net.problems, net.people
    )
    overlap = growth.platform_overlap(shared).set_index("platforms")
    assert overlap.loc["facebook+linkedin", ["n_platforms", "people"]].tolist() == [2, 1]
    assert overlap["people"].sum() == 4


def test_empty_network() -> None:
    empty = Network.empty()
    assert growth.growth_table(empty).empty
    assert growth.snapshot_diff(empty).empty
    assert growth.platform_counts(empty)["people"].tolist() == [0]


def test_growth_table_marks_contacts_dated_by_a_snapshot(net: Network) -> None:
    # Cid has no connection date: counted from the first export (2024-01-01), which is
    # when the owner exported, not when they connected
    table = growth.growth_table(net, freq="M")
    linkedin = table[table["platform"] == "linkedin"].set_index("period_end")["snapshot_dated"]
    assert linkedin[linkedin.index < pd.Timestamp("2024-01-01", tz="UTC")].eq(0).all()
    assert linkedin[linkedin.index >= pd.Timestamp("2024-01-01", tz="UTC")].eq(1).all()
    assert table.loc[table["platform"] == "facebook", "snapshot_dated"].eq(0).all()
    total = table[table["platform"] == growth.ALL_PLATFORMS]["snapshot_dated"]
    assert total.iloc[-1] == 1 and (table["snapshot_dated"] <= table["contacts"]).all()


def test_snapshot_diff_names_a_contact_the_export_does_not(net: Network) -> None:
    contacts = net.contacts.copy()
    contacts["name"] = contacts["name"].astype(object)
    contacts.loc[contacts["contact_key"] == "dee", "name"] = None
    contacts.loc[contacts["contact_key"] == "bob", ["name", "handle"]] = [None, "bobby"]
    unnamed = Network(
        contacts, net.interactions, net.requests, net.snapshots, net.problems, net.people
    )
    diff = growth.snapshot_diff(unnamed).set_index("contact_key")["name"]
    assert diff.to_dict() == {"dee": "LinkedIn account dee", "bob": "@bobby"}


def test_top_combinations_pools_the_rest(net: Network) -> None:
    overlap = pd.DataFrame(
        {
            "platforms": ["x", "linkedin", "facebook", "facebook+x", "linkedin+x"],
            "n_platforms": [1, 1, 1, 2, 2],
            "people": [9, 7, 5, 2, 1],
        }
    )
    top = growth.top_combinations(overlap, top=3)
    assert top["platforms"].tolist() == ["x", "linkedin", "facebook", "other (2 combinations)"]
    assert top["people"].tolist() == [9, 7, 5, 3] and top["people"].sum() == 24
    assert top["n_platforms"].isna().tolist() == [False, False, False, True]
    # pooling a single row would only rename it
    assert growth.top_combinations(overlap, top=4).equals(overlap)


def test_platforms_per_person(net: Network) -> None:
    contacts = net.contacts.copy()
    contacts.loc[contacts["contact_key"] == "xia", "person_id"] = "linkedin:ann"
    shared = Network(
        contacts, net.interactions, net.requests, net.snapshots, net.problems, net.people
    )
    table = growth.platforms_per_person(shared)
    # current: Ann (linkedin + facebook), Cid, Dee, Yan
    assert table[["n_platforms", "people", "accounts"]].values.tolist() == [[1, 3, 3], [2, 1, 2]]
    assert table["share"].tolist() == [0.75, 0.25]
    assert growth.platforms_per_person(Network.empty()).empty
