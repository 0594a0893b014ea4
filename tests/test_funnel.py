"""funnel.py and acceptance.py: hand-checkable funnels, a never-widening property, and the
planted acceptance rate recovered from complete and from pending-only request lists.

The pending-only simulator below sends requests over time; each is accepted with
probability q after an exponential delay, declined, or ignored (then withdrawn after a
long exponential time); two snapshots see only the pending lists and the connections.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from power1000_analysis import funnel
from power1000_analysis.acceptance import acceptance, request_observations
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform
from power1000_analysis.synthetic.params import default_persona
from power1000_analysis.synthetic.world import _platform_ties, day_ms

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
DAY = pd.Timedelta(days=1)
T0 = pd.Timestamp("2024-01-01", tz="UTC")


def _export(
    platform: str,
    exported: pd.Timestamp,
    contacts: pd.DataFrame | None = None,
    requests: pd.DataFrame | None = None,
    interactions: pd.DataFrame | None = None,
) -> LoadedExport:
    if contacts is not None:
        contacts = contacts.assign(platform=platform, is_current=True, person_id=None)
        contacts["name"] = contacts["contact_key"]
    if requests is not None:
        requests = conform(
            "requests", requests.assign(platform=platform, name=requests["contact_key"])
        )
    return LoadedExport(
        platform=platform,
        generation="test",
        source=f"{platform}-{exported.date()}",
        owner="me",
        exported_at=exported,
        contacts=contacts,
        requests=requests,
        interactions=interactions,
    )


def _talk(platform: str, key: str, *days: tuple[int, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "platform": platform,
            "at": [T0 + d * DAY for d, _ in days],
            "contact_key": key,
            "direction": [direction for _, direction in days],
            "kind": "message",
        }
    )


def follow_network() -> Network:
    """X, one snapshot: the owner follows a, b, c, d (a, b, c follow back), e follows the
    owner. a and b talk both ways after connecting (a recently: active), c only inbound."""
    contacts = pd.DataFrame(
        {
            "contact_key": list("abcde"),
            "relation": ["mutual", "mutual", "mutual", "following", "follower"],
            "connected_at": [T0 - 400 * DAY] * 5,
        }
    )
    talk = pd.concat(
        [
            _talk("x", "a", (-10, "in"), (-9, "out")),
            _talk("x", "b", (-300, "in"), (-299, "out")),
            _talk("x", "c", (-5, "in")),
            _talk("x", "e", (-5, "in"), (-4, "out")),
        ],
        ignore_index=True,
    )
    return merge_exports([_export("x", T0, contacts=contacts, interactions=talk)])


def test_follow_funnel_by_hand() -> None:
    table = funnel.funnel_table(follow_network()).set_index(["platform", "stage"])
    x = table.loc["x"]
    assert x["count"].tolist() == [4, 3, 2, 1]
    assert x.loc["connected", "step_conversion"] == pytest.approx(3 / 4)  # follow-back rate
    assert x.loc["engaged", "step_conversion"] == pytest.approx(2 / 3)
    assert x.loc["active", "overall_conversion"] == pytest.approx(1 / 4)
    low, high = x.loc["connected", ["step_low", "step_high"]]
    assert low < 0.75 < high
    assert table.loc[(funnel.ALL_PLATFORMS, "active"), "count"] == 1


def test_follow_back_rate_is_exactly_mutual_over_following_on_the_sample(sample: Network) -> None:
    table = funnel.funnel_table(sample).set_index(["platform", "stage"])
    current = sample.contacts[sample.contacts["is_current"]]
    for platform in ("instagram", "x"):
        mine = current[current["platform"] == platform]
        following = int(mine["relation"].isin(["following", "mutual"]).sum())
        mutual = int((mine["relation"] == "mutual").sum())
        assert table.loc[(platform, "reached_out"), "count"] == following
        assert table.loc[(platform, "connected"), "step_conversion"] == mutual / following


def test_followers_only_and_pending_only_stages_are_na_with_a_reason() -> None:
    quora = _export(
        "quora", T0, contacts=pd.DataFrame({"contact_key": ["f"], "relation": ["follower"]})
    )
    linkedin = [
        _export(
            "linkedin",
            when,
            contacts=pd.DataFrame({"contact_key": keys, "relation": "connection"}),
            requests=pd.DataFrame(
                {
                    "contact_key": pending,
                    "direction": "sent",
                    "status": "pending",
                    "sent_at": [when - 3 * DAY] * len(pending),
                }
            ),
        )
        for when, keys, pending in (
            (T0, ["a"], ["p", "q"]),
            (T0 + 30 * DAY, ["a", "p"], ["r"]),
        )
    ]
    table = funnel.funnel_table(merge_exports([quora, *linkedin])).set_index(["platform", "stage"])
    assert table.loc["quora", "count"].isna().all()
    assert table.loc[("quora", "reached_out"), "note"].startswith("the export lists only")
    assert pd.isna(table.loc[("linkedin", "reached_out"), "count"])
    assert "pending" in table.loc[("linkedin", "reached_out"), "note"]
    # the connected step still has a rate, from the acceptance model
    assert 0 <= table.loc[("linkedin", "connected"), "step_conversion"] <= 1


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["mutual", "following", "follower"]),
            st.integers(-400, 0),
            st.lists(st.tuples(st.integers(-400, 0), st.sampled_from(["in", "out"])), max_size=4),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_funnel_counts_never_increase(people: list[tuple[str, int, list[tuple[int, str]]]]) -> None:
    keys = [f"k{i}" for i in range(len(people))]
    contacts = pd.DataFrame(
        {
            "contact_key": keys,
            "relation": [relation for relation, _, _ in people],
            "connected_at": [T0 + start * DAY for _, start, _ in people],
        }
    )
    talks = [
        _talk("x", key, *events) for key, (_, _, events) in zip(keys, people, strict=True) if events
    ]
    interactions = pd.concat(talks, ignore_index=True) if talks else None
    net = merge_exports([_export("x", T0, contacts=contacts, interactions=interactions)])
    table = funnel.funnel_table(net)
    for _, rows in table.groupby("platform"):
        counts = rows["count"].dropna().astype(int).tolist()
        assert counts == sorted(counts, reverse=True)
    rates = table[["step_conversion", "overall_conversion", "step_low", "step_high"]]
    assert ((rates >= 0) & (rates <= 1) | rates.isna()).all().all()


# ------------------------------------------------------------------ planted acceptance


def _complete_export(platform: str, requests: pd.DataFrame, at: pd.Timestamp) -> LoadedExport:
    """An export that lists every sent request with its outcome (accepted, declined, or
    still pending when ignored)."""
    accepted = requests["outcome"] == "accepted"
    status = requests["outcome"].map({"accepted": "accepted", "declined": "declined"})
    listed = pd.DataFrame(
        {
            "contact_key": requests["key"].to_numpy(),
            "direction": "sent",
            "sent_at": requests["sent_at"].to_numpy(),
            "status": status.fillna("pending").to_numpy(),
            "resolved_at": requests["resolved_at"].where(requests["outcome"] != "ignored"),
        }
    )
    contacts = pd.DataFrame(
        {
            "contact_key": requests.loc[accepted, "key"].to_numpy(),
            "relation": "connection",
            "connected_at": requests.loc[accepted, "resolved_at"].to_numpy(),
        }
    )
    return _export(platform, at, contacts=contacts, requests=listed)


def _truth_requests(platform: str) -> tuple[pd.DataFrame, pd.Timestamp, float]:
    truth = json.loads((SAMPLE / "ground_truth.json").read_text(encoding="utf-8"))
    planted = {p["name"]: p["accept_prob"] for p in truth["parameters"]["platforms"]}
    rows = pd.DataFrame(truth["requests"])
    rows = rows[(rows["platform"] == platform) & (rows["direction"] == "sent")]
    frame = pd.DataFrame(
        {
            "key": rows["contact_key"].astype(str) + "#" + rows.index.astype(str),
            "sent_at": pd.to_datetime(rows["sent_at"], utc=True),
            "resolved_at": pd.to_datetime(rows["resolved_at"], utc=True),
            "outcome": rows["outcome"],
        }
    )
    # only what had happened by the export date is known to it
    as_of = pd.Timestamp(truth["as_of"], tz="UTC")
    late = frame["resolved_at"] > as_of
    frame.loc[late, "outcome"] = "ignored"
    frame.loc[late, "resolved_at"] = pd.NaT
    return frame, as_of, planted[platform]


@pytest.mark.parametrize("platform", ["facebook", "linkedin"])
def test_complete_lists_recover_the_sample_rate(platform: str) -> None:
    requests, as_of, planted = _truth_requests(platform)
    net = merge_exports([_complete_export(platform, requests, as_of)])
    estimate = acceptance(net, platform=platform)
    assert request_observations(net, platform=platform)[1] == "complete"
    assert abs(estimate.value - planted) <= 0.03
    assert estimate.ci_low <= planted <= estimate.ci_high


@pytest.mark.parametrize("platform", ["facebook", "linkedin"])
def test_complete_lists_recover_the_rate_of_a_scaled_persona(platform: str) -> None:
    persona = default_persona(scale=10.0)
    params = next(p for p in persona.platforms if p.name == platform)
    s1, s2 = (day_ms(d) for d in persona.snapshots)
    _, requests, _ = _platform_ties(np.random.default_rng(7), persona, params, s1, s2)
    never = np.iinfo(np.int64).max
    requests = requests[requests["direction"] == "sent"]
    resolved = requests["resolved_ms"].where(requests["resolved_ms"] < min(never, s2))
    frame = pd.DataFrame(
        {
            "key": [f"r{i}" for i in range(len(requests))],
            "sent_at": pd.to_datetime(requests["sent_ms"], unit="ms", utc=True),
            "resolved_at": pd.to_datetime(resolved, unit="ms", utc=True),
            "outcome": np.where(resolved.isna(), "ignored", requests["outcome"]),
        }
    )
    at = pd.Timestamp(s2, unit="ms", tz="UTC")
    estimate = acceptance(merge_exports([_complete_export(platform, frame, at)]), platform=platform)
    assert abs(estimate.value - params.accept_prob) <= 0.03


def simulate_pending_only(
    seed: int,
    *,
    q: float = 0.55,
    platform: str = "linkedin",
    per_day: float = 2.0,
    delay_days: float = 7.0,
    decline_share: float = 0.2,
    withdraw_days: float = 150.0,
) -> list[LoadedExport]:
    """Two snapshots, 120 days apart, that list only pending requests (and connections)."""
    rng = np.random.default_rng(seed)
    start, s1 = T0 - 200 * DAY, T0
    s2 = s1 + 120 * DAY
    n = rng.poisson(per_day * 320)
    sent = start + pd.to_timedelta(np.sort(rng.uniform(0, 320, n)), unit="D")
    accepted = rng.random(n) < q
    declined = ~accepted & (rng.random(n) < decline_share)
    answer = sent + pd.to_timedelta(rng.exponential(delay_days, n), unit="D")
    withdrawn = sent + pd.to_timedelta(rng.exponential(withdraw_days, n), unit="D")
    resolved = pd.DatetimeIndex(np.where(accepted | declined, answer, withdrawn))
    keys = np.array([f"{platform}{seed}-{i}" for i in range(n)])
    exports = []
    for at in (s1, s2):
        pending = (sent < at) & (resolved >= at)
        tied = accepted & (resolved < at)
        exports.append(
            _export(
                platform,
                at,
                contacts=pd.DataFrame(
                    {
                        "contact_key": keys[tied],
                        "relation": "connection",
                        "connected_at": resolved[tied].floor("D"),
                    }
                ),
                requests=pd.DataFrame(
                    {
                        "contact_key": keys[pending],
                        "direction": "sent",
                        "sent_at": sent[pending],
                        "status": "pending",
                    }
                ),
            )
        )
    return exports


@pytest.mark.slow
def test_pending_only_interval_covers_the_planted_rate_over_many_seeds() -> None:
    seeds = range(120)
    # one merge of 120 independent accounts (one platform name each) keeps this fast
    exports = [
        export
        for seed in seeds
        for export in simulate_pending_only(seed, platform=f"sim{seed:03d}")
    ]
    net = merge_exports(exports)
    estimates = [acceptance(net, platform=f"sim{seed:03d}") for seed in seeds]
    covered = np.mean([e.ci_low <= 0.55 <= e.ci_high for e in estimates])
    assert 0.88 <= covered <= 0.995
    values = np.array([e.value for e in estimates])
    naive = np.array([e.naive for e in estimates])
    assert abs(values.mean() - 0.55) < 0.04
    # the naive accepted / resolved ratio is far off, and the estimate is not it
    assert abs(naive.mean() - 0.55) > 0.2
    assert np.mean(np.abs(values - naive) > 0.05) >= 0.95


def test_pending_only_estimate_is_not_the_naive_ratio() -> None:
    net = merge_exports(simulate_pending_only(1))
    estimate = acceptance(net, platform="linkedin")
    assert estimate.source == "pending"
    assert estimate.ci_low <= 0.55 <= estimate.ci_high
    assert abs(estimate.value - estimate.naive) > 0.1
    assert 0 < estimate.delay_q1_days < estimate.delay_median_days < estimate.delay_q3_days


@pytest.fixture(scope="module")
def sample() -> Network:
    import power1000_analysis as p1k

    if not (SAMPLE / "ground_truth.json").exists():
        pytest.fail("data/sample is missing: run `make sample`")
    return p1k.load(SAMPLE)


def test_sample_pending_lists_cover_the_planted_rates(sample: Network) -> None:
    truth = json.loads((SAMPLE / "ground_truth.json").read_text(encoding="utf-8"))
    planted = {p["name"]: p["accept_prob"] for p in truth["parameters"]["platforms"]}
    for platform in ("facebook", "linkedin"):
        estimate = acceptance(sample, platform=platform)
        assert estimate.source == "pending"
        assert estimate.ci_low <= planted[platform] <= estimate.ci_high, (platform, estimate)
        assert not math.isclose(estimate.value, estimate.naive)


def test_empty_network_has_no_estimate() -> None:
    estimate = funnel.acceptance(Network.empty(), platform="linkedin")
    assert math.isnan(estimate.value) and estimate.n == 0
    assert funnel.funnel_table(Network.empty())["count"].isna().all()


# ------------------------------------------------------------------ charts (review ux7, 14)


def test_funnel_chart_legend_lists_only_platforms_with_bars_and_says_why(sample: Network) -> None:
    from power1000_analysis.plotting_funnel import plot_funnel

    table = funnel.funnel_table(sample)
    for static in (False, True):
        figure = plot_funnel(table, static=static)
        if static:
            axes = figure.axes[0]
            names = [text.get_text() for text in axes.get_legend().get_texts()]
            stages = [tick.get_text() for tick in axes.get_xticklabels()]
            note = " ".join(figure.get_supxlabel().split())
        else:
            names = [trace.name for trace in figure.data]
            stages = list(figure.data[0].x)
            note = " ".join(a.text for a in figure.layout.annotations).replace("<br>", " ")
        # addressbook and quora had a legend entry and no bar
        assert names == [
            "facebook",
            "instagram",
            "linkedin",
            "x",
            "all platforms (instagram + x)",
        ]
        assert stages == ["reached out", "connected", "engaged", "active"]
        assert (
            "No bars for addressbook (the export holds no outreach: an address book records none)"
            in note
        )
        assert "quora (" in note and "counts people on instagram and x only" in note


def test_acceptance_chart_explains_a_platform_without_an_estimate(sample: Network) -> None:
    from power1000_analysis.plotting_funnel import plot_acceptance

    table = funnel.acceptance_table(sample)
    instagram = table.set_index("platform").loc["instagram"]
    assert math.isnan(instagram["value"]) and instagram["pending"] == instagram["n"] == 12
    labels = list(plot_acceptance(table).data[0].x)
    assert labels[1] == "instagram<br>12 requests, all still pending: no estimate yet"
    assert labels[0] == "facebook"  # a platform with an estimate keeps its plain name
    static = plot_acceptance(table, static=True).axes[0]
    assert "all still" in static.get_xticklabels()[1].get_text()


def test_request_outcomes_mark_the_quarter_as_of_cuts_short(sample: Network) -> None:
    from power1000_analysis.plotting_funnel import plot_request_outcomes

    table = funnel.request_outcomes(sample)
    last = table["period"] == table["period"].max()
    assert str(sample.as_of.date()) == "2017-01-15"
    assert table.loc[last, "partial"].all() and (table.loc[last, "observed_days"] == 14).all()
    assert not table.loc[~last, "partial"].any()
    assert set(table.loc[~last, "observed_days"]) <= {90, 91, 92}
    figure = plot_request_outcomes(table)
    assert "partial: only 14 days" in figure.layout.annotations[0].text
    newest = table["period"].max()
    for trace in figure.data:
        periods = pd.to_datetime(pd.Series(trace.x), utc=True)
        assert list(trace.marker.pattern.shape) == ["/" if p == newest else "" for p in periods]


def test_funnel_page_table_leaves_out_platforms_with_no_stage_and_says_why(
    sample: Network,
) -> None:
    """Notebook 03 showed four rows of empty cells each for the address book and Quora."""
    table = funnel.funnel_table(sample)
    shown = funnel.funnel_shown(table)
    assert shown.attrs["left_out"] == ["addressbook", "quora"]
    assert set(shown["platform"]) == set(table["platform"]) - {"addressbook", "quora"}
    assert "NaN" not in shown.to_string() and "<NA>" not in shown.to_string()
    footnote = shown.attrs["footnote"]
    assert "Address book, not available (the export holds no outreach" in footnote
    assert "Quora, not available (the export lists only your followers" in footnote
    # platforms with a stage the exports cannot show keep their rows: the note says why
    facebook = shown[shown["platform"] == "facebook"].set_index("stage")
    assert facebook.loc["reached_out", "count"] == "not available"
    assert facebook.loc["reached_out", "note"] and facebook.loc["reached_out", "base"] == ""
    assert facebook.loc["connected", "step_conversion"] == "0.5025"  # the acceptance model
    assert funnel.funnel_shown(table[table["platform"] == "x"]).attrs["footnote"] == ""


def test_funnel_table_has_every_stage_when_nothing_can_be_counted() -> None:
    # a Messenger-only Facebook download has no contacts and no requests: the table was
    # empty and 03's Checks cell, table.pivot(...)[list(STAGES)], raised KeyError (ux8 #1)
    for net, platform in ((Network.empty(), None), (Network.empty(), "x")):
        table = funnel.funnel_table(net, platform=platform)
        assert table.columns.tolist() == funnel.COLUMNS
        assert table["stage"].tolist() == list(funnel.STAGES)
        assert set(table["platform"]) == {platform or funnel.ALL_PLATFORMS}
        assert table["count"].isna().all() and str(table["count"].dtype) == "Int64"
        assert table["note"].str.contains("no contacts and no requests").all()
        counts = table.pivot(index="platform", columns="stage", values="count")
        assert counts[list(funnel.STAGES)].shape == (1, 4)


def _instagram_like(extra: list[dict[str, object]]) -> Network:
    """A complete request list as Instagram's recent_follow_requests gives it: status
    "unknown" and no resolution time; the account requested twice is now followed."""
    at = T0 + 400 * DAY
    rows = [
        {"contact_key": "bsc", "direction": "sent", "sent_at": T0 + 300 * DAY, "status": "unknown"},
        {"contact_key": "bsc", "direction": "sent", "sent_at": T0 + 339 * DAY, "status": "unknown"},
        *extra,
    ]
    requests = pd.DataFrame(rows).assign(resolved_at=lambda f: f.get("resolved_at", pd.NaT))
    contacts = pd.DataFrame(
        {
            "contact_key": ["bsc", "kim"],
            "relation": "following",
            "connected_at": [pd.NaT, T0 + 123 * DAY],
        }
    )
    return merge_exports([_export("instagram", at, contacts=contacts, requests=requests)])


def test_missing_times_stay_missing_in_day_differences() -> None:
    """review9 F6: NaT went through int64 (its minimum) and came back as +86,616 days."""
    from power1000_analysis.acceptance import _days

    days = _days(pd.Series([pd.NaT, T0 + 2 * DAY]), pd.Series([T0, pd.NaT]))
    assert np.isnan(days).all()
    assert _days(pd.Series([T0 + 36 * DAY]), pd.Series([T0]))[0] == 36.0


def test_accepted_without_a_time_is_one_censored_request_and_no_delay() -> None:
    """review9 F6: the real Instagram export (one account requested twice, status unknown,
    now followed) read as 2 requests accepted after 86,616 days each: "median delay 2,530
    days". One account is one request, accepted between sending and the export (61 days),
    and with no acceptance time anywhere the delay is not estimated."""
    net = _instagram_like([])
    observations, source = request_observations(net, platform="instagram")
    assert source == "complete"
    assert observations["who"].tolist() == ["bsc"]
    row = observations.iloc[0]
    assert row["sent_at"] == T0 + 339 * DAY  # the latest request is the one listed
    assert (row["kind"], row["lo"], row["hi"], row["timed"]) == ("accepted", 0.0, 61.0, False)
    estimate = acceptance(net, platform="instagram")
    assert (estimate.accepted, estimate.n) == (1, 1)
    assert math.isnan(estimate.delay_median_days) and math.isnan(estimate.delay_q3_days)
    assert "no delay" in estimate.method


def test_a_resolution_time_still_gives_a_delay_beside_untimed_acceptances() -> None:
    """With acceptances 2 and 4 days after sending, the delay is measured (a few days, not
    thousands) and the untimed acceptance only bounds it by its 61 days."""
    timed = [
        {
            "contact_key": key,
            "direction": "sent",
            "sent_at": T0 + sent * DAY,
            "status": "accepted",
            "resolved_at": T0 + (sent + delay) * DAY,
        }
        for key, sent, delay in (("ann", 100, 2), ("bob", 200, 4))
    ]
    timed.append(
        {"contact_key": "cat", "direction": "sent", "sent_at": T0 + 390 * DAY, "status": "pending"}
    )
    net = _instagram_like(timed)
    observations, _ = request_observations(net, platform="instagram")
    assert sorted(observations["who"]) == ["ann", "bob", "bsc", "cat"]
    assert observations.set_index("who")["timed"].to_dict() == {
        "bsc": False, "ann": True, "bob": True, "cat": False
    }  # fmt: skip
    estimate = acceptance(net, platform="instagram")
    assert estimate.accepted == 3
    assert 0.5 < estimate.delay_median_days < 10.0
    assert np.isfinite(observations[["lo", "hi"]].to_numpy()).all()
    assert observations["hi"].max() <= 400.0


def _interactions_end_network() -> Network:
    """Instagram: a full export on T0 (messages with a, who talked both ways 10 days before,
    and b, silent; both followed back a year before) and a newer download of the follows
    only on T0 + 400 days (``missing`` interactions) that adds c (followed back on T0 + 300
    days): LinkedIn's "pick specific files" case of evidence.interactions_known_until."""
    year = pd.DataFrame(
        {"contact_key": ["a", "b"], "relation": "mutual", "connected_at": T0 - 365 * DAY}
    )
    talk = _talk("instagram", "a", (-10, "in"), (-9, "out"))
    full = _export("instagram", T0, contacts=year, interactions=talk)
    later = pd.concat(
        [
            year,
            pd.DataFrame(
                {"contact_key": ["c"], "relation": "mutual", "connected_at": [T0 + 300 * DAY]}
            ),
        ],
        ignore_index=True,
    )
    newer = _export("instagram", T0 + 400 * DAY, contacts=later)
    newer.missing["interactions"] = "follows only"
    return merge_exports([full, newer])


def test_funnel_leaves_out_whom_the_interactions_could_not_show() -> None:
    # Instagram's interactions end on T0; c, followed back after it, cannot be seen to
    # engage: the funnel counted c as connected and not engaged (engaged 1 of 3, active
    # 0: a was judged 400 days after writing), contact_status calls c unknown and judges a
    # as of T0 (active). Now the chain is a and b, as of what the exports can show.
    net = _interactions_end_network()
    table = funnel.funnel_table(net).set_index(["platform", "stage"])
    instagram = table.loc["instagram"]
    assert instagram["count"].tolist() == [2, 2, 1, 1]
    assert instagram.loc["engaged", "step_conversion"] == pytest.approx(1 / 2)
    assert "1 contact connected after 2024-01-01" in instagram.loc["reached_out", "note"]
    assert "whether they engaged cannot be seen" in instagram.loc["reached_out", "note"]
    status = funnel.contact_status(net).set_index("person_id")["status"]
    people = net.contacts.set_index("contact_key")["person_id"]
    assert {key: status[person] for key, person in people.items()} == {
        "a": "active",
        "b": "passive",
        "c": "unknown",
    }
    # judged on the full export's own date, nothing is left out (c not yet connected)
    then = funnel.funnel_table(net, as_of=T0).set_index(["platform", "stage"])
    assert then.loc["instagram", "count"].tolist() == [2, 2, 1, 1]
    assert "connected after" not in then.loc[("instagram", "reached_out"), "note"]


def test_forecast_starts_from_contact_status_where_the_interactions_end() -> None:
    # forecast_inputs' active_now is contact_status' count (a, judged as of T0), the count
    # active_history ends on, so the projection meets the past; its conversion is the
    # funnel's 1 of 2 (not 1 of 3 with c, whom nothing could show engaging)
    from power1000_analysis import forecast

    net = _interactions_end_network()
    inputs = forecast.forecast_inputs(net, half_life_days=100.0).set_index("platform")
    assert inputs.loc["instagram", "active_now"] == 1
    assert inputs.loc["instagram", "conversion"] == pytest.approx(1 / 2)
    assert forecast.active_history(net, months=1)["active"].iloc[-1] == 1


def test_follows_unknown_at_a_past_date_are_not_called_missing_from_the_export() -> None:
    """review9 F3: at a date before the first X export, every account the user follows is
    of unknown presence (no follow dates), so none is counted; the note must say that, not
    that the export lists no one the user follows (it lists them)."""
    contacts = pd.DataFrame(
        {
            "contact_key": ["a", "b", "c"],
            "relation": ["following", "mutual", "follower"],
            "connected_at": pd.Series([pd.NaT] * 3, dtype="datetime64[ns, UTC]"),
        }
    )
    exported = T0 + 400 * DAY
    net = merge_exports([_export("x", exported, contacts=contacts)])
    now = funnel.funnel_table(net, platform="x")
    assert now.loc[now["stage"] == "reached_out", "count"].item() == 2
    past = funnel.funnel_table(net, platform="x", as_of=T0)
    note = past.loc[past["stage"] == "reached_out", "note"].item()
    assert past["count"].isna().all()
    assert "lists only your followers" not in note
    assert "unknown" in note and f"{exported:%Y-%m-%d}" in note and f"{T0:%Y-%m-%d}" in note
    # an export that really lists no one followed still says so
    only = merge_exports(
        [_export("x", exported, contacts=contacts[contacts["relation"] == "follower"])]
    )
    table = funnel.funnel_table(only, platform="x", as_of=T0)
    assert "lists only your followers" in table["note"].iloc[0]
