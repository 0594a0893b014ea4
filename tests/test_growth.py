"""growth.py on a tiny network whose answers can be checked by hand.

LinkedIn, two snapshots (2024-01-01, 2024-07-01): Ann, Bob and Cid in the first, Ann, Cid
and Dee in the second (Bob left, Dee joined; Cid has no connection date and counts from the
first snapshot). Facebook, one snapshot (2024-07-01): Xia and Yan.
"""

from __future__ import annotations

import pandas as pd
import pytest

from power1000_analysis import activity, growth, headcount, identity
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, _people_from_contacts, merge_exports
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
    table = growth.platform_counts(net).set_index("platform")
    assert table.loc["linkedin", ["contacts", "people", "former"]].tolist() == [3, 3, 1]
    assert table.loc["facebook", ["contacts", "people", "former"]].tolist() == [2, 2, 0]
    assert table.loc[growth.ALL_PLATFORMS, ["contacts", "people", "former"]].tolist() == [5, 5, 1]
    # all people, active or not: not set against the goal of active people (review10 R2)
    assert not {"goal", "share_of_goal"} & set(table.columns)
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
    # every account is its own person here, so the people of all platforms are the sum of
    # the platform rows in every period
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


def _sharing(net: Network, same: dict[str, str]) -> Network:
    """``net`` with the accounts named in ``same`` given the person of another account."""
    contacts = net.contacts.copy()
    ids = dict(zip(contacts["contact_key"], contacts["person_id"], strict=True))
    for key, other in same.items():
        contacts.loc[contacts["contact_key"] == key, "person_id"] = ids[other]
    return Network(
        contacts, net.interactions, net.requests, net.snapshots, net.problems, net.people
    )


def test_growth_table_all_platforms_counts_people_not_accounts(net: Network) -> None:
    # Xia (Facebook, 2022-11-20) is Ann (LinkedIn, 2023-01-15); Yan (Facebook, 2024-02-01)
    # is Bob (LinkedIn from 2023-06-10, gone in the 2024-07-01 export)
    shared = _sharing(net, {"xia": "ann", "yan": "bob"})
    table = growth.growth_table(shared, freq="M")
    total = table[table["platform"] == growth.ALL_PLATFORMS].set_index("period_end")
    at = {end.date().isoformat(): row for end, row in total.iterrows()}
    assert (total["unit"] == "people").all()
    assert (table.loc[table["platform"] != growth.ALL_PLATFORMS, "unit"] == "accounts").all()
    assert at["2022-11-30"]["contacts"] == 1  # Ann, from her first account (Facebook)
    assert at["2023-01-31"]["contacts"] == 1  # her LinkedIn account adds no one (was 2)
    assert at["2023-06-30"]["contacts"] == 2  # + Bob
    # Bob's LinkedIn account left, his Facebook one did not: he is still there
    last = total.iloc[-1]
    assert (last["contacts"], last["left"], last["undated"]) == (4, 0, 0)
    people = growth.platform_counts(shared).set_index("platform").loc[growth.ALL_PLATFORMS]
    assert last["contacts"] == people["people"] == 4 and people["contacts"] == 5
    # the platform lines still count accounts
    linkedin = table[table["platform"] == "linkedin"].iloc[-1]
    assert (linkedin["contacts"], linkedin["left"]) == (3, 1)


def test_growth_table_a_person_leaves_with_their_last_account(net: Network) -> None:
    table = growth.growth_table(net, freq="M")  # Bob has one account, gone in July 2024
    last = table[table["platform"] == growth.ALL_PLATFORMS].iloc[-1]
    assert (last["left"], last["contacts"]) == (1, 5)


def test_growth_table_people_dated_by_a_snapshot_until_an_account_is_connected(
    net: Network,
) -> None:
    # Cid (LinkedIn, no connection date: counted from the 2024-01-01 export) is Dee
    # (connected 2024-03-05): one person, export-dated in Jan and Feb, dated by connecting after
    shared = _sharing(net, {"cid": "dee"})
    table = growth.growth_table(shared, freq="M")
    total = table[table["platform"] == growth.ALL_PLATFORMS].set_index("period_end")
    dated = {end.date().isoformat(): row["snapshot_dated"] for end, row in total.iterrows()}
    assert dated["2023-12-31"] == 0 and dated["2024-01-31"] == 1 and dated["2024-02-29"] == 1
    assert dated["2024-03-31"] == 0
    assert total["contacts"].iloc[-1] == 4 and (total["snapshot_dated"] <= total["contacts"]).all()


def _overlap(counts: dict[str, int]) -> pd.DataFrame:
    table = pd.DataFrame({"platforms": list(counts), "people": list(counts.values())})
    table["n_platforms"] = table["platforms"].str.count(r"\+") + 1
    return table[["platforms", "n_platforms", "people"]]


@pytest.mark.parametrize(
    "counts",
    [
        {
            "x": 20,
            "facebook": 8,
            "linkedin": 6,
            "linkedin+x": 3,
        },  # one small row: pooled alone is 3
        {"x": 20, "facebook": 8, "linkedin+x": 3, "facebook+x": 2, "linkedin": 1},
        {"x": 3, "linkedin": 1},  # everyone together is fewer than 5
    ],
)
def test_anonymised_overlap_shows_no_small_group_not_even_by_difference(
    counts: dict[str, int],
) -> None:
    """Notebook 01 blanked a small combination alone (anonymize.suppress_small): with the
    network's people on the same page, total minus the rows shown gave it back."""
    total = sum(counts.values())
    shown = growth.top_combinations(_overlap(counts), top=12, min_people=5)
    people = shown["people"]
    assert (people.dropna() >= 5).all()  # no count of fewer than 5 people shown
    if people.isna().any():  # blanked only when everyone together is fewer than 5
        assert total < 5 and len(shown) == 1 and shown["suppressed"].all()
    else:
        assert int(people.sum()) == total  # nothing blanked, so nothing to work out
    assert shown["platforms"].iloc[-1].startswith("other (") or len(shown) == len(counts)


def test_overlap_pools_nothing_when_every_combination_is_large() -> None:
    overlap = _overlap({"x": 20, "facebook": 8})
    assert growth.top_combinations(overlap, min_people=5)["people"].tolist() == [20, 8]


def test_anonymised_platforms_per_person_pools_the_most_platforms() -> None:
    table = pd.DataFrame(
        {"n_platforms": [1, 2, 3, 4], "people": [40, 6, 2, 1], "accounts": [40, 12, 6, 4]}
    )
    table["share"] = table["people"] / table["people"].sum()
    pooled = growth.pool_platforms_per_person(table, min_people=5)
    # 3 and 4 platforms hold 3 people: too few, so 2 platforms joins them
    assert pooled[["n_platforms", "people", "accounts", "or_more"]].values.tolist() == [
        [1, 40, 40, False],
        [2, 9, 22, True],
    ]
    from power1000_analysis import plotting

    figure = plotting.plot_platforms_per_person(pooled)
    assert list(figure.data[0].x) == ["1 platform", "2 or more platforms"]
    # everyone together fewer than 5: one blanked row, no total in the title
    tiny = growth.pool_platforms_per_person(table.iloc[2:], min_people=5)
    assert len(tiny) == 1 and tiny["people"].isna().all() and tiny["accounts"].isna().all()
    title = plotting.plot_platforms_per_person(tiny, static=True).axes[0].get_title()
    assert "people" not in title


# ---------------------------------------------------------------- the network at a past date


def _with_person(net: Network, key: str, person_id: str) -> Network:
    """``net`` with contact ``key``'s person_id set (one person on two platforms)."""
    contacts = net.contacts.copy()
    contacts.loc[contacts["contact_key"] == key, "person_id"] = person_id
    people = _people_from_contacts(contacts)
    return Network(contacts, net.interactions, net.requests, net.snapshots, net.problems, people)


def test_contact_presence_at_a_past_date(net: Network) -> None:
    """2023-12-01, before every export: Ann and Bob were connected (LinkedIn connection
    dates), Xia too (Facebook, exported 2024-07-01 but connected 2022-11-20); Cid has no
    connection date and first appears in the 2024-01-01 export: unknown; Dee and Yan came
    later. 2024-03-01: Cid and Yan there; Bob is in the 2024-01-01 export and not in the
    2024-07-01 one, so whether he had left by then is unknown (review10 R19: he was former,
    as if gone since January, while an undated newcomer of the same months was unknown)."""
    keys = net.contacts["contact_key"]
    state = dict(zip(keys, growth.contact_presence(net, as_of="2023-12-01"), strict=True))
    assert state == {
        "ann": "present",
        "bob": "present",
        "cid": "unknown",
        "dee": "later",
        "xia": "present",
        "yan": "later",
    }
    later = dict(zip(keys, growth.contact_presence(net, as_of="2024-03-01"), strict=True))
    assert later == {
        "ann": "present",
        "bob": "unknown",
        "cid": "present",
        "dee": "later",
        "xia": "present",
        "yan": "present",
    }
    now = dict(zip(keys, growth.contact_presence(net), strict=True))
    assert [k for k, s in now.items() if s == "former"] == ["bob"]


def test_platform_counts_at_a_past_date_use_connection_dates(net: Network) -> None:
    table = growth.platform_counts(net, as_of="2023-12-01").set_index("platform")
    columns = ["contacts", "people", "former", "unknown"]
    assert table.loc["linkedin", columns].tolist() == [2, 2, 0, 1]  # Ann, Bob; Cid unknown
    # one Facebook export, taken after the date: Xia's connection date says she was there
    assert table.loc["facebook", columns].tolist() == [1, 1, 0, 0]
    assert table.loc[growth.ALL_PLATFORMS, columns].tolist() == [3, 3, 0, 1]
    assert growth.platform_counts(net)["unknown"].eq(0).all()


def test_overlap_and_platforms_per_person_count_the_people_of_the_date(net: Network) -> None:
    """Ann and Xia are one person. On 2023-12-01: Ann+Xia (both platforms) and Bob."""
    merged = _with_person(net, "xia", "linkedin:ann")
    counts = growth.platform_counts(merged, as_of="2023-12-01").set_index("platform")
    assert counts.loc[growth.ALL_PLATFORMS, ["contacts", "people"]].tolist() == [3, 2]
    overlap = growth.platform_overlap(merged, as_of="2023-12-01")
    assert overlap[["platforms", "people"]].values.tolist() == [
        ["facebook+linkedin", 1],
        ["linkedin", 1],
    ]
    per_person = growth.platforms_per_person(merged, as_of="2023-12-01")
    assert per_person[["n_platforms", "people", "accounts"]].values.tolist() == [
        [1, 1, 1],
        [2, 1, 2],
    ]
    # today: 5 current accounts (Ann, Cid, Dee, Xia, Yan), Ann+Xia one person
    assert growth.platform_overlap(merged)["people"].sum() == 4
    people = identity.people_by_platform(merged, as_of="2023-12-01").set_index("platform")
    assert people.loc["all platforms", ["accounts", "people", "also_elsewhere"]].tolist() == [
        3,
        2,
        1,
    ]


def test_snapshot_changes_at_a_past_date_leave_out_later_exports(net: Network) -> None:
    assert len(growth.snapshot_changes(net)) == 1
    assert growth.snapshot_changes(net, as_of="2024-03-01").empty
    assert growth.snapshot_diff(net, as_of="2024-03-01").empty
    assert len(growth.snapshot_changes(net, as_of="2024-07-01")) == 1


def test_describe_people_at_a_past_date_says_the_date_and_the_unknown(net: Network) -> None:
    counts = headcount.people_counts(net, as_of="2023-12-01")
    assert (counts["in_all"], counts["now"], counts["former"]) == (3, 3, 0)
    line = headcount.describe_people(net, as_of="2023-12-01")
    assert "3 in your network on 2023-12-01" in line
    assert "Not counted: 1 person first seen in an export after 2023-12-01" in line
    assert "Not counted" not in headcount.describe_people(net)


def test_status_platforms_at_a_past_date_are_the_accounts_known_then(net: Network) -> None:
    """Cid (LinkedIn, no connection date, first in the 2024-01-01 export) and Xia (Facebook,
    connected 2022) are one person: on 2023-12-01 only the Facebook account was known, so
    02's per-platform rows count that person on Facebook alone, as 01 does."""
    merged = _with_person(net, "cid", "facebook:xia")
    now = activity.contact_status(merged).set_index("person_id")["platforms"]
    assert now["facebook:xia"] == "facebook,linkedin"
    status = activity.contact_status(merged, as_of="2023-12-01")
    platforms = status.set_index("person_id")["platforms"]
    assert platforms["facebook:xia"] == "facebook"
    rows = activity.status_counts(status).set_index("platform")["people"]
    counts = growth.platform_counts(merged, as_of="2023-12-01").set_index("platform")
    for platform in ("facebook", "linkedin"):
        assert rows[platform] == counts.loc[platform, "contacts"] + counts.loc[platform, "former"]
