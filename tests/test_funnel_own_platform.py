"""review11 R1 and N1: a platform's *engaged* stage counts two-way interactions on that
platform only, and the reach-outs needed by a date not after as_of say why there is none.

Planted network (Pat and Sam: one person on both platforms, by the user's decisions): on Instagram the
owner follows Ivy, Pat and Sam, all three follow back. Ivy writes and is answered on
Instagram (engaged there). Pat talks both ways on Facebook only and only likes an
Instagram post once. Sam's talk is split: a message received on Facebook, one sent on
Instagram (both ways, but on no single platform). So Instagram's engaged stage is Ivy
alone: 1 of 3 connected; the old funnel, grouping directions by person across platforms,
counted all three.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from power1000_analysis import forecast, funnel
from power1000_analysis.identity import record_decision
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform

T0 = pd.Timestamp("2024-01-01", tz="UTC")
DAY = pd.Timedelta(days=1)
NAMES = {"ivy": "Ivy Abernathy", "pat": "Pat Quenneville", "sam": "Sam Oyelaran"}


def _contacts(keys: list[str], relation: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "contact_key": keys,
            "name": [NAMES[k] for k in keys],
            "relation": relation,
            "connected_at": T0 - 200 * DAY,
            "is_current": True,
            "person_id": None,
        }
    )


def _talk(platform: str, rows: list[tuple[str, int, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "platform": platform,
            "contact_key": [key for key, _, _ in rows],
            "at": [T0 + day * DAY for _, day, _ in rows],
            "direction": [direction for _, _, direction in rows],
            "kind": ["message" for _ in rows],
        }
    )
    return conform("interactions", frame)


def _export(platform: str, contacts: pd.DataFrame, talk: pd.DataFrame) -> LoadedExport:
    return LoadedExport(
        platform=platform,
        generation="test",
        source=f"{platform}-{T0.date()}",
        owner="me",
        exported_at=T0,
        contacts=contacts.assign(platform=platform),
        interactions=talk,
    )


def planted(folder: Path) -> Network:
    instagram = _export(
        "instagram",
        _contacts(["ivy", "pat", "sam"], "mutual"),
        _talk(
            "instagram",
            [("ivy", -20, "in"), ("ivy", -19, "out"), ("pat", -15, "in"), ("sam", -12, "out")],
        ),
    )
    facebook = _export(
        "facebook",
        _contacts(["pat", "sam"], "friend"),
        _talk("facebook", [("pat", -30, "in"), ("pat", -29, "out"), ("sam", -10, "in")]),
    )
    decisions = folder / "people-decisions.csv"  # the user's answer: the same people
    for key in ("pat", "sam"):
        record_decision(decisions, "same", ("instagram", key), ("facebook", key))
    return merge_exports([instagram, facebook], resolve=True, decisions=decisions)


def _person(net: Network, key: str) -> str:
    rows = net.contacts[net.contacts["contact_key"] == key]
    assert rows["person_id"].nunique() == 1, "the planted names join one person per name"
    return str(rows["person_id"].iloc[0])


def test_engaged_people_per_platform_counts_that_platforms_interactions(tmp_path: Path) -> None:
    net = planted(tmp_path)
    ivy, pat, sam = (_person(net, key) for key in ("ivy", "pat", "sam"))
    assert funnel.engaged_people(net, platform="instagram") == {ivy}
    assert funnel.engaged_people(net, platform="facebook") == {pat}
    # without a platform: engaged on at least one; Sam, both ways only across two, is not
    assert funnel.engaged_people(net) == {ivy, pat}
    assert all(sam not in funnel.engaged_people(net, platform=p) for p in ("instagram", "facebook"))


def test_instagram_engaged_stage_leaves_out_who_talks_only_on_facebook(tmp_path: Path) -> None:
    table = funnel.funnel_table(planted(tmp_path)).set_index(["platform", "stage"])
    instagram = table.loc["instagram"]
    # reached out 3, connected 3, engaged Ivy alone (was 3: Pat and Sam counted too)
    assert instagram["count"].tolist()[:3] == [3, 3, 1]
    assert instagram.loc["engaged", "step_conversion"] == pytest.approx(1 / 3)
    assert instagram.loc["engaged", "overall_conversion"] == pytest.approx(1 / 3)


def test_forecast_conversion_is_the_platforms_own(tmp_path: Path) -> None:
    inputs = forecast.forecast_inputs(planted(tmp_path), half_life_days=100.0).set_index("platform")
    assert inputs.loc["instagram", "conversion"] == pytest.approx(1 / 3)


def test_required_outreach_by_a_date_not_after_as_of_says_so() -> None:
    inputs = pd.DataFrame(
        {
            "platform": ["x"],
            "active_now": [0],
            "outreach_per_week": [0.0],
            "conversion": [0.5],
            "half_life_days": [1e9],
        }
    )
    for by in ("2023-06-01", "2024-01-01"):
        table = forecast.required_outreach(
            Network.empty(), goal=100, by=by, as_of="2024-01-01", inputs=inputs
        )
        assert table.empty
        reason = table.attrs["reason"]
        assert by in reason and "2024-01-01" in reason and "not after" in reason
        text = forecast.describe_required(table)
        assert reason in text
        assert "engaged" not in text  # was: "no reach-out that became an engaged person"
    # a later date still answers
    later = forecast.required_outreach(
        Network.empty(), goal=100, by="2024-01-29", as_of="2024-01-01", inputs=inputs
    )
    assert later.attrs["reason"] == "" and round(float(later["requests_per_week"].iloc[0])) == 50
