"""Page 02's survival table and cohort chart name the contacts they leave out for want of a
connection date (X gives none), as the decay table does (review12 SV-1)."""

from __future__ import annotations

import pandas as pd

from power1000_analysis import activity
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform

AS_OF = pd.Timestamp("2024-07-01", tz="UTC")
DAY = pd.Timedelta(days=1)


def _export(
    platform: str, keys: list[str], connected: list[str | None], talk: list[str]
) -> LoadedExport:
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": platform,
                "contact_key": keys,
                "name": [k.title() for k in keys],
                "person_id": [f"{platform}:{k}" for k in keys],
                "connected_at": pd.to_datetime(connected, utc=True),
                "relation": "connection",
                "is_current": True,
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": platform,
                "contact_key": talk,
                "at": pd.to_datetime([AS_OF - 10 * DAY] * len(talk), utc=True),
                "direction": "in",
                "kind": "message",
                "n_participants": 2,
                "person_id": [f"{platform}:{k}" for k in talk],
            }
        ),
    )
    return LoadedExport(
        platform=platform,
        generation="test",
        source=platform,
        owner="owner",
        exported_at=AS_OF,
        contacts=contacts,
        interactions=interactions,
    )


def _network() -> Network:
    """LinkedIn: 3 dated contacts and 1 undated; X: 4 contacts, none dated, 2 writing."""
    return merge_exports(
        [
            _export(
                "linkedin",
                ["ann", "bob", "cid", "dee"],
                ["2023-01-01", "2023-06-01", "2024-01-01", None],
                ["ann", "dee"],
            ),
            _export("x", ["x1", "x2", "x3", "x4"], [None] * 4, ["x1", "x2"]),
        ]
    )


def test_survival_names_the_platform_without_connection_dates() -> None:
    kept = activity.survival(_network())
    assert set(kept.durations["platform"]) == {"linkedin"}
    assert kept.medians["contacts"].tolist() == [3]
    # X's four contacts are named as left out (they were in no table before), with why
    assert kept.skipped == {"x": "no contact with a connection date (4 contacts left out)"}
    # LinkedIn's one undated contact: counted and said, not counted twice with X's
    assert kept.excluded["contacts_without_connected_at"] == 1
    assert activity.describe_excluded(kept.excluded) == (
        "Also left out: 1 contact without a connection date."
    )


def test_cohorts_name_them_too() -> None:
    cohorts = activity.cohort_retention(_network())
    assert cohorts.attrs["skipped"] == {
        "x": "no contact with a connection date (4 contacts left out)"
    }
    assert cohorts.attrs["excluded"]["contacts_without_connected_at"] == 1
    assert cohorts.loc[cohorts["months_since"] == 0, "contacts"].sum() == 3
    # the decay table says the same of X
    assert activity.decay_curves(_network()).attrs["skipped"]["x"] == (
        "no contact with a connection date"
    )


def test_nothing_to_say_when_every_contact_is_dated() -> None:
    net = merge_exports(
        [_export("linkedin", ["ann", "bob"], ["2023-01-01", "2023-06-01"], ["ann"])]
    )
    kept = activity.survival(net)
    assert kept.skipped == {} and activity.describe_excluded(kept.excluded) == ""
    assert activity.cohort_retention(net).attrs["skipped"] == {}
