"""Follow platforms whose exports list no followers (Mastodon, Bluesky: ux8 #12): who
follows back is unknown, not 0; those platforms stay out of "all platforms", and the
page's footnote says so."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
from test_funnel import T0, _export, _talk

import power1000_analysis as p1k
from power1000_analysis import funnel
from power1000_analysis.network import merge_exports
from power1000_analysis.schema import conform

MASTODON_MISSING = {"followers": "Mastodon exports no followers list (only accounts you follow)"}


def _mastodon(missing: dict[str, str]) -> p1k.Network:
    """X as in test_funnel's follow network (4 followed, 3 back), plus a Mastodon export
    that follows m1, m2, m3 and talks with m1 both ways."""
    day = pd.Timedelta(days=1)
    x_contacts = pd.DataFrame(
        {
            "contact_key": list("abcde"),
            "relation": ["mutual", "mutual", "mutual", "following", "follower"],
            "connected_at": [T0 - 400 * day] * 5,
        }
    )
    x_talk = pd.concat(
        [
            _talk("x", "a", (-10, "in"), (-9, "out")),
            _talk("x", "b", (-300, "in"), (-299, "out")),
            _talk("x", "c", (-5, "in")),
            _talk("x", "e", (-5, "in"), (-4, "out")),
        ],
        ignore_index=True,
    )
    contacts = pd.DataFrame(
        {
            "contact_key": ["m1", "m2", "m3"],
            "relation": "following",
            "connected_at": [T0 - 100 * day] * 3,
        }
    )
    talk = _talk("mastodon", "m1", (-10, "in"), (-9, "out"))
    x = _export("x", T0, contacts=x_contacts, interactions=conform("interactions", x_talk))
    mastodon = replace(
        _export("mastodon", T0, contacts=contacts, interactions=conform("interactions", talk)),
        missing=missing,
    )
    return merge_exports([x, mastodon])


def test_no_followers_list_makes_follow_back_unknown_and_keeps_it_out_of_the_total() -> None:
    table = funnel.funnel_table(_mastodon(MASTODON_MISSING)).set_index(["platform", "stage"])
    mastodon = table.loc["mastodon"]
    assert mastodon.loc["reached_out", "count"] == 3
    assert mastodon.loc[["connected", "engaged", "active"], "count"].isna().all()
    assert mastodon.loc["connected", "note"] == (
        "who follows you back is unknown: Mastodon exports no followers list"
        " (only accounts you follow)"
    )
    # the total is X's alone (was 7 reached out, 3 connected: Mastodon's "0 of 3" in it)
    overall = table.loc[funnel.ALL_PLATFORMS]
    assert overall["count"].tolist() == [4, 3, 2, 1]
    assert "left out (a stage not revealed): mastodon" in overall.loc["reached_out", "note"]
    shown = funnel.funnel_shown(table.reset_index())
    assert "mastodon" in set(shown["platform"])  # its reached-out row is real data
    assert shown.attrs["footnote"] == (
        "Not in the all platforms rows: Mastodon (who follows you back is unknown:"
        " Mastodon exports no followers list (only accounts you follow))."
    )


def test_an_export_with_a_followers_list_keeps_its_zero() -> None:
    # the same follows where the export could show followers: nobody followed back is 0
    table = funnel.funnel_table(_mastodon({})).set_index(["platform", "stage"])
    assert table.loc[("mastodon", "connected"), "count"] == 0
    assert table.loc[(funnel.ALL_PLATFORMS, "reached_out"), "count"] == 7


def test_real_mastodon_and_bluesky_exports_say_unknown(real_fixtures: Path) -> None:
    net = p1k.load(
        real_fixtures / "mastodon" / "mastodon-spec-fixtures",
        real_fixtures / "bluesky" / "indigo",
        real_fixtures / "twitter" / "dogsheep-twitter-to-sqlite",
    )
    table = funnel.funnel_table(net).set_index(["platform", "stage"])
    for platform in ("mastodon", "bluesky"):
        assert table.loc[(platform, "reached_out"), "count"] > 0
        assert pd.isna(table.loc[(platform, "connected"), "count"]), platform
    assert (
        table.loc[(funnel.ALL_PLATFORMS, "reached_out"), "count"]
        == table.loc[("x", "reached_out"), "count"]
    )
