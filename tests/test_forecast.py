"""forecast.py: with constant rates the Monte Carlo lands on the closed form; the required
outreach inverts it; platform limits are respected; the sample runs end to end."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from power1000_analysis import forecast
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network

ROOT = Path(__file__).resolve().parent.parent
START = "2024-01-01"


def constant(
    *,
    active_now: int = 0,
    per_week: float = 700.0,
    conversion: float = 0.5,
    half_life: float = 100.0,
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "platform": ["x"],
            "active_now": [active_now],
            "outreach_per_week": [per_week],
            "conversion": [conversion],
            "half_life_days": [half_life],
        }
    )


def analytic_days(goal: float, inputs: pd.DataFrame) -> float:
    """Days until the expectation A(t) = A0·e^(−kt) + (a/k)(1 − e^(−kt)) reaches the goal."""
    k = math.log(2) / float(inputs["half_life_days"].iloc[0])
    arrivals = float(inputs["outreach_per_week"].iloc[0] * inputs["conversion"].iloc[0]) / 7
    level, now = arrivals / k, float(inputs["active_now"].iloc[0])
    return -math.log((level - goal) / (level - now)) / k


def test_monte_carlo_lands_on_the_analytic_answer() -> None:
    inputs = constant()  # 50 new active people a day, half-life 100 days: level 7213
    goal = 5000
    expected_days = analytic_days(goal, inputs)  # ≈ 170 days
    result = forecast.forecast_goal(
        Network.empty(),
        goal=goal,
        as_of=START,
        horizon_days=400,
        seed=1,
        inputs=inputs,
        n_simulations=200,
    )
    median = float(result.dates.set_index("quantile").loc[0.5, "days"])
    assert median == pytest.approx(expected_days, rel=0.03)
    later = result.fan[result.fan["date"] > pd.Timestamp(START, tz="UTC") + pd.Timedelta(days=30)]
    assert np.allclose(later["p50"], later["expected"], rtol=0.03)
    assert (result.fan["p10"] <= result.fan["p90"]).all()


def test_a_goal_above_the_level_is_not_within_the_horizon() -> None:
    inputs = constant(per_week=7.0, conversion=0.1, half_life=50.0)  # level ≈ 7 people
    result = forecast.forecast_goal(
        Network.empty(), goal=1000, as_of=START, horizon_days=200, inputs=inputs, n_simulations=50
    )
    assert result.dates["label"].eq("not within the horizon").all()
    assert result.dates["date"].isna().all()


def test_required_outreach_inverts_the_expectation() -> None:
    inputs = constant(active_now=100, per_week=10.0, conversion=0.25, half_life=120.0)
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by="2025-01-01", as_of=START, inputs=inputs
    ).set_index("platform")
    needed = float(table.loc["x", "requests_per_week"])
    check = inputs.assign(outreach_per_week=needed)
    days = (pd.Timestamp("2025-01-01") - pd.Timestamp(START)).days
    assert forecast.expected_active(check, days=[days])[0] == pytest.approx(1000)
    assert table.loc["x", "reach_outs_per_engaged"] == pytest.approx(4.0)
    assert table.loc["current mix", "requests_per_week"] == pytest.approx(needed)


def test_linkedin_weekly_limit_caps_outreach_and_flags_infeasible() -> None:
    limit = forecast.PLATFORM_LIMITS["linkedin"]
    assert limit.weekly_requests == 100 and limit.max_connections == 30_000 and limit.source
    inputs = constant(per_week=1000.0, conversion=0.5).assign(
        platform="linkedin", weekly_limit=limit.weekly_requests
    )
    capped = forecast.expected_active(inputs, days=[1e6])[0]
    assert capped == pytest.approx(100 * 0.5 / 7 * 100 / math.log(2))
    table = forecast.required_outreach(
        Network.empty(), goal=5000, by="2024-06-01", as_of=START, inputs=inputs
    ).set_index("platform")
    assert not table.loc["linkedin", "feasible"]


def capped(platform: str, *, per_reach_out: float, now: int) -> pd.DataFrame:
    """A platform with a 5,000 cap: 20% of reach-outs become engaged, half-life 100 days."""
    return constant(per_week=0.0, conversion=0.2).assign(
        platform=platform,
        max_connections=5_000,
        connections_now=now,
        connections_per_reach_out=per_reach_out,
    )


@pytest.mark.parametrize(
    ("platform", "per_reach_out", "now"), [("facebook", 0.5, 540), ("x", 1.0, 334)]
)
def test_required_outreach_respects_the_connection_cap_like_the_forecast(
    platform: str, per_reach_out: float, now: int
) -> None:
    # the review's cases: Facebook 9,067 requests x 0.50 + 540 friends > 5,000, and X 26,623
    # follows against a 5,000-following cap, were both called feasible (weekly limit only)
    inputs = capped(platform, per_reach_out=per_reach_out, now=now)
    by = "2026-01-01"  # 731 days
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by=by, as_of=START, inputs=inputs
    ).set_index("platform")
    weekly = float(table.loc[platform, "requests_per_week"])
    total = float(table.loc[platform, "total_requests"])
    assert now + total * per_reach_out > 5_000  # the plan does not fit under the cap
    assert not table.loc[platform, "feasible"]
    assert "cap of 5,000" in table.loc[platform, "note"]
    assert not table.loc["current mix", "feasible"]
    # the same rule in forecast_goal: at that weekly rate the stream stops at the cap, so
    # the median future falls short of the goal by the deadline
    result = forecast.forecast_goal(
        Network.empty(),
        goal=1000,
        as_of=START,
        horizon_days=731,
        inputs=inputs.assign(outreach_per_week=weekly),
        n_simulations=100,
    )
    day = float(forecast.cap_day(inputs, [weekly])[0])
    assert day < 731
    assert float(result.fan["p50"].iloc[-1]) < 0.8 * 1000
    assert result.dates["label"].eq("not within the horizon").all()
    # with room under the cap, the same plan is feasible and the forecast gets there
    roomy = inputs.assign(max_connections=100_000)
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by=by, as_of=START, inputs=roomy
    ).set_index("platform")
    assert table.loc[platform, "feasible"] and table.loc[platform, "note"] == ""
    result = forecast.forecast_goal(
        Network.empty(),
        goal=1000,
        as_of=START,
        horizon_days=731,
        inputs=roomy.assign(outreach_per_week=weekly),
        n_simulations=100,
    )
    assert float(result.fan["p50"].iloc[-1]) == pytest.approx(1000, rel=0.05)


def test_describe_required_states_the_deadline_rounded_numbers_and_an_answer() -> None:
    inputs = pd.concat(
        [
            capped("facebook", per_reach_out=0.5, now=540),
            constant(per_week=2.0, conversion=0.2).assign(platform="instagram"),
        ],
        ignore_index=True,
    )
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by="2026-01-01", as_of=START, inputs=inputs
    )
    text = forecast.describe_required(table)
    assert text.startswith("To have 1000 active people by 2026-01-01")
    facebook = next(line for line in text.splitlines() if line.startswith("- facebook"))
    assert "not possible: the cap of 5,000 friends" in facebook
    weekly = float(table.set_index("platform").loc["instagram", "requests_per_week"])
    assert (
        f"Answer: the least effort within every platform limit is instagram, {weekly:,.0f}" in text
    )
    assert re.search(r"\d\.\d\d", text) is None  # rounded: no 9067.046169


@pytest.mark.slow
def test_sample_forecast_runs(tmp_path: Path) -> None:
    import power1000_analysis as p1k
    from power1000_analysis.activity import contact_status

    net = p1k.load(ROOT / "data" / "sample", resolve=True)
    inputs = forecast.forecast_inputs(net)
    assert not inputs.empty and (inputs["conversion"].between(0, 1)).all()
    # every active person counts once across platforms, including the 14 whose first
    # account was on the address book or Quora (no outreach there): they count on the
    # forecast platform where they connected first
    active_people = int((contact_status(net)["status"] == "active").sum())
    assert inputs["active_now"].sum() == active_people  # was 14 short on data/sample
    # all active people are on one; the last row holds only people known but not active
    # with no account there (Quora followers, address-book cards: forecast11), who come
    # back at their own rate: none of them has
    other = inputs.set_index("platform").loc[forecast.OTHER_PLATFORMS]
    assert other["active_now"] == 0 and other["idle_now"] > 0
    assert other["return_share"] == 0 and "none is active again" in other["return_source"]
    inputs = inputs[inputs["platform"] != forecast.OTHER_PLATFORMS].reset_index(drop=True)
    assert set(inputs["platform"]) == {"facebook", "instagram", "linkedin", "x"}
    # Instagram's reported cap of accounts you follow is in the table (review9 F2)
    assert inputs.set_index("platform").loc["instagram", "max_connections"] == 7_500
    # X has no decay fit of its own (no connection dates): the table says whose it uses
    sources = inputs.set_index("platform")["half_life_source"]
    assert sources["x"].startswith("all platforms' fit (none for this platform: none of the")
    assert sources["facebook"] == "this platform's fit"
    # people who came by themselves are counted on every platform (forecast9): on the
    # sample most new friends and connections are not the user's reach-outs, and with
    # outreach alone the two-year projection fell from 270 to ~62 while the past year rose
    # (forecast9b: today's people now keep their own retention, so they hold part of it)
    assert (inputs["inbound_per_week"] > 0).all()
    assert (inputs["inbound_low"] <= inputs["inbound_per_week"]).all()
    assert (inputs["inbound_per_week"] <= inputs["inbound_high"]).all()
    assert inputs["activation"].between(0, 1).all()
    alone = inputs.assign(inbound_per_week=0.0)
    years = [730]
    assert (
        forecast.expected_active(inputs, days=years)[0]
        > 1.5 * forecast.expected_active(alone, days=years)[0]
    )
    # today's people follow the sample's own retention (forecast9b): some stay, so after
    # two years more of them are left than fading all with the half-life leaves
    assert inputs["stock_floor"].between(0.05, 0.95).all()
    assert "retention" in inputs["stock_source"].iloc[0]
    stock = alone.assign(outreach_per_week=0.0)
    faded = stock.assign(stock_floor=0.0, stock_half_life_days=stock["half_life_days"])
    kept = forecast.expected_active(stock, days=years)[0]
    assert kept > 2 * forecast.expected_active(faded, days=years)[0]
    result = forecast.forecast_goal(net, inputs=inputs, horizon_days=60, n_simulations=100)
    assert len(result.dates) == 3
    assert result.fan["p50"].iloc[0] == active_people  # the projection starts from them
    table = forecast.required_outreach(net, by=result.as_of + pd.Timedelta(days=365), inputs=inputs)
    assert (table["requests_per_week"].dropna() >= 0).all()
    # notebook 03's chart: the past year of active people, meeting the projection today
    history = forecast.active_history(net, months=3)
    assert len(history) == 4 and history["date"].iloc[-1] == result.as_of
    assert history["active"].iloc[-1] == active_people
    assert history["date"].iloc[0] == result.as_of - pd.DateOffset(months=3)
    path = forecast.goal_path(result, history)
    start = path[path["date"] == result.as_of].iloc[0]
    assert start["observed"] == start["p50"] == active_people
    assert path["observed"].notna().sum() == 4 and path["date"].is_monotonic_increasing
    assert path.loc[path["date"] < result.as_of, "p50"].isna().all()


@pytest.mark.slow
def test_forecast_counts_active_with_the_notebooks_window() -> None:
    import power1000_analysis as p1k
    from power1000_analysis import headcount
    from power1000_analysis.activity import contact_status

    net = p1k.load(ROOT / "data" / "sample", resolve=True)
    status = contact_status(net, active_within_days=60)
    active_60 = int((status["status"] == "active").sum())
    active_90 = int((contact_status(net)["status"] == "active").sum())
    assert active_60 < active_90  # the window matters on the sample (review7b #5: 215 vs 270)
    inputs = forecast.forecast_inputs(net, active_within_days=60)
    assert inputs["active_now"].sum() == active_60
    # the line 03 prints beside it counts the same people with the same window
    line = headcount.describe_people(net, active_within_days=60)
    assert f"{active_60:,} of them active (evidence of life in the last 60 days" in line
    # without inputs, forecast_goal and required_outreach build them with the same window
    result = forecast.forecast_goal(net, horizon_days=14, n_simulations=20, active_within_days=60)
    assert result.fan["p50"].iloc[0] == active_60
    by = result.as_of + pd.Timedelta(days=365)
    assert forecast.required_outreach(net, by=by, active_within_days=60).equals(
        forecast.required_outreach(net, by=by, inputs=inputs)
    )


def test_expected_active_and_other_platforms_stop_at_the_cap_like_the_simulation() -> None:
    # X adds 5 active people a day (70 follows a week, half of them engaged, no fading)
    # until its 5,000 cap fills on day 100 (4,000 follows taken); LinkedIn has no cap
    inputs = pd.concat(
        [
            constant(per_week=70.0, conversion=0.5, half_life=1e12).assign(
                platform="x",
                max_connections=5_000,
                connections_now=4_000,
                connections_per_reach_out=1.0,
            ),
            constant(per_week=0.0, conversion=0.5, half_life=1e12).assign(platform="linkedin"),
        ],
        ignore_index=True,
    )
    assert forecast.cap_day(inputs, [70.0, 0.0])[0] == pytest.approx(100.0)
    # the closed form stops adding on day 100, as forecast_goal's simulation does (it
    # kept adding before: 1,825 by day 365)
    assert forecast.expected_active(inputs, days=[50, 365]) == pytest.approx([250.0, 500.0])
    result = forecast.forecast_goal(
        Network.empty(),
        goal=2_000,
        as_of=START,
        horizon_days=365,
        inputs=inputs,
        n_simulations=200,
    )
    end = result.fan.iloc[-1]
    assert end["expected"] == pytest.approx(500.0)
    assert end["p50"] == pytest.approx(end["expected"], rel=0.05)
    # LinkedIn must make up everything X no longer adds after day 100: 1,500 people by
    # day 366 at 0.5 engaged per reach-out is 1,500 / (0.5 / 7 × 366) ≈ 57.4 a week (it
    # was ≈ 6.4, as if X went on adding 5 a day past its cap)
    table = forecast.required_outreach(
        Network.empty(), goal=2_000, by="2025-01-01", as_of=START, inputs=inputs
    ).set_index("platform")
    assert table.loc["linkedin", "requests_per_week"] == pytest.approx(1_500 / (0.5 / 7 * 366))
    assert table.loc["linkedin", "feasible"]


# ------------------------------------- no half-life, no conversion (ux8 #1, #7; report8)

X_ONLY = ROOT / "tests" / "fixtures" / "x" / "data_2022"


def test_forecast_without_a_half_life_says_so_instead_of_raising() -> None:
    # an X archive alone: follows but no dated interactions with contacts, so no platform
    # has a decay fit (rng.binomial(active, NaN) raised "p contains NaNs" before)
    import power1000_analysis as p1k

    net = p1k.load(X_ONLY, cache_dir=None)
    inputs = forecast.forecast_inputs(net)
    assert inputs["half_life_days"].isna().all()
    assert inputs["half_life_source"].str.startswith("none").all()
    result = forecast.forecast_goal(net, inputs=inputs, n_simulations=20)
    assert result.reason == forecast.NO_HALF_LIFE
    assert result.fan.empty
    assert (result.dates["label"] == forecast.NO_HALF_LIFE).all()
    assert result.dates["date"].isna().all()
    required = forecast.required_outreach(net, by="2030-01-01", inputs=inputs)
    assert required.empty and required.attrs["reason"] == forecast.NO_HALF_LIFE
    assert describe_answer(required) == forecast.NO_HALF_LIFE + "."


def test_a_half_life_missing_on_one_platform_names_it() -> None:
    inputs = pd.concat(
        [constant(), constant(half_life=math.nan).assign(platform="mastodon")],
        ignore_index=True,
    )
    result = forecast.forecast_goal(Network.empty(), as_of=START, inputs=inputs, n_simulations=20)
    assert result.reason == "cannot forecast: no interaction half-life for mastodon"
    assert (
        forecast.forecast_goal(
            Network.empty(), as_of=START, inputs=constant(), n_simulations=20
        ).reason
        == ""
    )


def describe_answer(table: pd.DataFrame) -> str:
    """The 'Answer: …' line of describe_required, without the prefix."""
    last = forecast.describe_required(table).splitlines()[-1]
    assert last.startswith("Answer: ")
    return last.removeprefix("Answer: ")


def test_answer_without_any_measured_conversion_says_so_and_shows_no_inf() -> None:
    # follows on Instagram, none of them became an engaged person (ux8 #7: the Answer
    # blamed the platform limits and the table held inf in four columns)
    inputs = constant(per_week=3.0, conversion=0.0).assign(platform="instagram")
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by="2026-01-01", as_of=START, inputs=inputs
    )
    numbers = table.select_dtypes("number").to_numpy(dtype=float)
    assert not np.isinf(numbers).any()
    row = table.set_index("platform").loc["instagram"]
    assert math.isnan(row["requests_per_week"]) and math.isnan(row["reach_outs_per_engaged"])
    assert row["note"].startswith("not measurable") and not row["feasible"]
    mix = table.set_index("platform").loc["current mix"]
    assert mix["note"].startswith("not measurable") and "inf" not in mix["note"]
    assert describe_answer(table) == forecast.NO_CONVERSION + "."
    text = forecast.describe_required(table)
    assert "platform limits" not in text and "inf" not in text
    # no reach-out at all (an address book, Facebook friends without sent requests):
    # the same answer, not "no plan stays within the platform limits"
    empty = forecast.required_outreach(
        Network.empty(), by="2026-01-01", as_of=START, inputs=constant().iloc[:0]
    )
    assert describe_answer(empty) == forecast.NO_CONVERSION + "."
    # one platform with a conversion: the usual answer, the other platform not measurable
    mixed = pd.concat([constant(per_week=10.0), inputs], ignore_index=True)
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by="2026-01-01", as_of=START, inputs=mixed
    )
    assert describe_answer(table).startswith("the least effort within every platform limit")
    assert not np.isinf(table.select_dtypes("number").to_numpy(dtype=float)).any()


# ------------------------------------------- inbound arrivals: planted truth (forecast9)

PLANTED_AS_OF = pd.Timestamp("2024-01-01", tz="UTC")


def _planted_linkedin(
    keys: list[str], arrived: np.ndarray, who: np.ndarray, at_age: np.ndarray
) -> Network:
    """One LinkedIn export at PLANTED_AS_OF: contact i connected ``arrived[i]`` days before,
    and an inbound message from contact ``who[j]`` ``at_age[j]`` days before."""
    from power1000_analysis.network import merge_exports

    return merge_exports([_planted_export(keys, arrived, who, at_age)])


def _planted_export(
    keys: list[str],
    arrived: np.ndarray,
    who: np.ndarray,
    at_age: np.ndarray,
    platform: str = "linkedin",
) -> LoadedExport:
    """:func:`_planted_linkedin`'s export, on ``platform`` (connections, inbound messages)."""
    from power1000_analysis.schema import conform

    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": platform,
                "contact_key": keys,
                "name": keys,
                "relation": "connection",
                "is_current": True,
                "connected_at": PLANTED_AS_OF - pd.to_timedelta(arrived, unit="D"),
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": platform,
                "at": PLANTED_AS_OF - pd.to_timedelta(at_age, unit="D"),
                "contact_key": [keys[i] for i in who],
                "direction": "in",
                "kind": "message",
                "n_participants": 2,
            }
        ),
    )
    return LoadedExport(
        platform=platform,
        generation="test",
        source=f"planted-{platform}.zip",
        owner="owner",
        exported_at=PLANTED_AS_OF,
        contacts=contacts,
        interactions=interactions,
        missing={"requests": "none planted"},
    )


def planted_network(
    *, per_day: float, share: float, half_life: float, days: int, seed: int
) -> Network:
    """One LinkedIn-like platform (no requests: no reach-out of the user's is measurable)
    where people arrive by themselves at ``per_day`` (Poisson, in weekly batches 7, 14, …
    days before the export) and each, with probability ``share``, writes to the user every
    7 days from connecting for an exponential lifetime of half-life ``half_life`` days.
    Judged with ``active_within_days=1`` on the export's date, a person who arrived ``a``
    days before is active exactly when their lifetime is ≥ a: with probability
    ``share·e^(−ka)``, the forecast's model, so its inputs have a known truth."""
    rng = np.random.default_rng(seed)
    ages = np.arange(7, days + 1, 7)
    arrived = np.repeat(ages, rng.poisson(per_day * 7, ages.size))
    n = arrived.size
    keys = [f"p{i}" for i in range(n)]
    lifetime = np.where(rng.random(n) < share, rng.exponential(half_life / math.log(2), n), -1.0)
    # messages at ages 0, 7, 14, … up to the lifetime and never after the export
    last = np.minimum(np.floor(np.maximum(lifetime, -1) / 7) * 7, arrived)
    per_contact = np.where(lifetime >= 0, last // 7 + 1, 0).astype(int)
    who = np.repeat(np.arange(n), per_contact)
    step = np.arange(per_contact.sum()) - np.repeat(
        np.cumsum(per_contact) - per_contact, per_contact
    )
    at_age = arrived[who] - 7 * step
    return _planted_linkedin(keys, arrived, who, at_age)


def planted_level(per_week: float, share: float, half_life: float) -> float:
    """The steady state r·s/k of people arriving at ``per_week``, active with ``share``."""
    return per_week / 7 * share / (math.log(2) / half_life)


def test_inbound_arrivals_recover_the_planted_rate_share_and_steady_state() -> None:
    # 10 people a day arrive by themselves, half of them active, half-life 60 days, for
    # 700 days (11+ half-lives: a steady state of 10 × 0.5 / (ln 2 / 60) ≈ 433 active)
    per_week, share, half_life = 70.0, 0.5, 60.0
    net = planted_network(per_day=10, share=share, half_life=half_life, days=700, seed=7)
    inputs = forecast.forecast_inputs(net, active_within_days=1, half_life_days=half_life)
    row = inputs.set_index("platform").loc["linkedin"]
    assert row["half_life_source"] == "given" and math.isnan(row["conversion"])
    assert row["inbound_low"] <= per_week <= row["inbound_high"]
    assert row["inbound_per_week"] == pytest.approx(per_week, rel=0.05)
    assert row["activation_low"] <= share <= row["activation_high"]
    assert row["activation_high"] - row["activation_low"] < 0.2  # informative, not [0, 1]
    level = planted_level(per_week, share, half_life)
    now = float(row["active_now"])
    assert now == pytest.approx(level, rel=0.15)  # the planted world is in its steady state
    # the forecast at a horizon lands on the analytic value of the planted truth
    k = math.log(2) / half_life
    horizon = 365
    analytic = now * math.exp(-k * horizon) + level * (1 - math.exp(-k * horizon))
    result = forecast.forecast_goal(
        net, goal=10_000, horizon_days=horizon, inputs=inputs, n_simulations=300, seed=3
    )
    end = result.fan.iloc[-1]
    assert end["expected"] == pytest.approx(analytic, rel=0.1)
    assert end["p50"] == pytest.approx(end["expected"], rel=0.05)
    assert end["p10"] <= analytic <= end["p90"]
    # flat in a steady state: no cliff after today (outreach alone fell to ~0: e^(-k·365))
    assert (result.fan["p50"] / now).between(0.85, 1.15).all()
    assert (result.fan["expected"] / now).between(0.85, 1.15).all()
    # the band holds the rate's and the share's uncertainty, not only day-to-day chance:
    # wider than Poisson noise around the level alone (±1.28·√433 ≈ ±27)
    assert end["p90"] - end["p10"] > 2 * 1.2816 * math.sqrt(analytic)
    # required_outreach counts them too: no reach-out is needed for what already comes
    table = forecast.required_outreach(net, goal=int(0.8 * level), by="2025-01-01", inputs=inputs)
    assert table.set_index("platform").loc["current mix", "note"] == "no current outreach to scale"
    assert "linkedin" not in set(table["platform"])  # nothing of the user's to scale up there


def test_inbound_arrivals_lifted_from_a_smaller_planted_share_and_faster_fading() -> None:
    # a second truth: 3 a day, 20% active, half-life 30 days: the estimates follow it
    per_week, share, half_life = 21.0, 0.2, 30.0
    net = planted_network(per_day=3, share=share, half_life=half_life, days=500, seed=11)
    row = (
        forecast.forecast_inputs(net, active_within_days=1, half_life_days={"linkedin": 30.0})
        .set_index("platform")
        .loc["linkedin"]
    )
    assert row["inbound_low"] <= per_week <= row["inbound_high"]
    assert row["activation_low"] <= share <= row["activation_high"]
    level = planted_level(per_week, share, half_life)
    days = np.array([0.0, 30.0, 400.0])
    now = float(row["active_now"])
    k = math.log(2) / half_life
    analytic = now * np.exp(-k * days) + level * (1 - np.exp(-k * days))
    inputs = pd.DataFrame([row.to_dict()]).infer_objects()
    expected = forecast.expected_active(inputs, days=days)
    # the planted answer lies between the forecasts at the two ends of the intervals
    low = inputs.assign(inbound_per_week=row["inbound_low"], activation=row["activation_low"])
    high = inputs.assign(inbound_per_week=row["inbound_high"], activation=row["activation_high"])
    below, above = (forecast.expected_active(i, days=days) for i in (low, high))
    assert (below <= analytic + 1e-9).all() and (analytic <= above + 1e-9).all()
    assert (below <= expected).all() and (expected <= above).all()
    assert expected[0] == now  # the projection starts at today's count


def instagram_followers_network() -> Network:
    """One Instagram export (PLANTED_AS_OF): two accounts you follow (your reach-outs;
    f2 writes both ways) and three new followers you do not follow (people who came to
    you; in3 writes), all new in the year before it (also page 03's one-platform test)."""
    from power1000_analysis.loaders._base import LoadedExport
    from power1000_analysis.network import merge_exports
    from power1000_analysis.schema import conform

    keys = ["f1", "f2", "in1", "in2", "in3"]
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "instagram",
                "contact_key": keys,
                "name": keys,
                "relation": ["following", "mutual", "follower", "follower", "follower"],
                "is_current": True,
                "connected_at": PLANTED_AS_OF - pd.to_timedelta([100, 50, 200, 100, 10], "D"),
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": "instagram",
                "at": PLANTED_AS_OF - pd.to_timedelta([5, 4, 3], "D"),
                "contact_key": ["in3", "f2", "f2"],
                "direction": ["in", "in", "out"],
                "kind": "message",
                "n_participants": 2,
            }
        ),
    )
    return merge_exports(
        [
            LoadedExport(
                platform="instagram",
                generation="test",
                source="ig.zip",
                owner="owner",
                exported_at=PLANTED_AS_OF,
                contacts=contacts,
                interactions=interactions,
            )
        ]
    )


def test_follow_platform_inbound_is_new_followers_you_do_not_follow() -> None:
    # Instagram: two accounts you follow (your reach-outs) and three new followers you do
    # not follow (people who came to you), all new in the window; one of them writes
    net = instagram_followers_network()
    row = forecast.forecast_inputs(net, half_life_days=1e9).set_index("platform").loc["instagram"]
    assert row["inbound_count"] == 3 and row["inbound_method"] == "new followers you do not follow"
    assert row["inbound_per_week"] == pytest.approx(3 / (365 / 7))
    assert row["conversion"] == pytest.approx(0.5)  # f2 of the two you follow: engaged
    # 1 of the 3 followers is active (no fading with this half-life): share 1/3
    assert row["activation"] == pytest.approx(1 / 3)
    assert row["activation_active"] == 1 and row["activation_exposure"] == pytest.approx(3)


def floor_and_fading_network(
    *, per_day: float, floor_share: float, half_life: float, days: int, seed: int
) -> tuple[Network, pd.DataFrame]:
    """People arrive by themselves at ``per_day`` (weekly batches) for ``days`` days before
    the export; a share ``floor_share`` writes every 14 days forever (a constant rate: always
    active with a 90-day window), the rest every 7 days for an exponential lifetime of
    half-life ``half_life`` days. Returns the network and each person's planted
    ``age`` (days before the export), ``floor`` and ``lifetime``."""
    rng = np.random.default_rng(seed)
    ages = np.arange(7, days + 1, 7)
    arrived = np.repeat(ages, rng.poisson(per_day * 7, ages.size))
    n = arrived.size
    keys = [f"p{i}" for i in range(n)]
    floor = rng.random(n) < floor_share
    lifetime = np.where(floor, np.inf, rng.exponential(half_life / math.log(2), n))
    step = np.where(floor, 14, 7)
    # messages at ages 0, step, 2·step, … while alive and not after the export
    last = np.minimum(lifetime, arrived)
    per_contact = (np.floor(last / step) + 1).astype(int)
    who = np.repeat(np.arange(n), per_contact)
    index = np.arange(per_contact.sum()) - np.repeat(
        np.cumsum(per_contact) - per_contact, per_contact
    )
    at_age = arrived[who] - step[who] * index
    network = _planted_linkedin(keys, arrived, who, at_age)
    planted = pd.DataFrame({"age": arrived, "floor": floor, "lifetime": lifetime})
    return network, planted


def planted_stock(planted: pd.DataFrame, half_life: float, t: float) -> float:
    """The analytic number of today's active people (a sign within 90 days) still active
    ``t`` days on: every floor person, and a fading person of age ``a`` (alive at least
    until ``a − 90``, when their last message falls in the window) with the memoryless
    chance e^(−k·(max(a + t − 90, 0) − max(a − 90, 0))) of living to ``a + t − 90``."""
    k = math.log(2) / half_life
    age = planted["age"].to_numpy(float)
    # last message at a multiple of 7 days ≥ age − 90: lifetime ≥ 7·ceil((age − 90)/7)
    need_now = np.maximum(np.ceil((age - 90) / 7) * 7, 0)
    active = planted["floor"].to_numpy() | (planted["lifetime"].to_numpy() >= need_now)
    need_then = np.maximum(np.ceil((age + t - 90) / 7) * 7, 0)
    fading = np.exp(-k * (need_then - need_now))
    return float(np.where(planted["floor"], 1.0, fading)[active].sum())


def test_todays_active_people_follow_the_planted_floor_and_fading_not_the_half_life() -> None:
    # 2 people a day for 6 years; 10% write every 14 days forever, the rest fade with a
    # 60-day half-life: among today's active people the steady ones are the majority, so
    # fading all of them with the half-life (the old model) loses far too many
    half_life = 60.0
    net, planted = floor_and_fading_network(
        per_day=2.0, floor_share=0.1, half_life=half_life, days=6 * 365, seed=3
    )
    inputs = forecast.forecast_inputs(net)
    assert inputs["active_now"].sum() == round(planted_stock(planted, half_life, 0.0))
    assert "retention" in inputs["stock_source"].iloc[0]
    stock = inputs.assign(outreach_per_week=0.0, inbound_per_week=0.0)
    projected = forecast.expected_active(stock, days=[180, 365])
    truth = np.array([planted_stock(planted, half_life, t) for t in (180, 365)])
    assert projected == pytest.approx(truth, rel=0.10)
    # the old behaviour, every one of them fading with the (true) half-life, fails this
    old = stock.assign(stock_floor=0.0, stock_half_life_days=half_life)
    old_projected = forecast.expected_active(old, days=[180, 365])
    assert not np.allclose(old_projected, truth, rtol=0.10)
    # and the simulation agrees with the closed form
    result = forecast.forecast_goal(
        net, as_of=PLANTED_AS_OF, horizon_days=365, inputs=stock, n_simulations=200, seed=2
    )
    fan = result.fan.set_index(result.fan["date"] - PLANTED_AS_OF)
    median = float(fan.loc[pd.Timedelta(days=365), "p50"])
    assert median == pytest.approx(truth[1], rel=0.10)


def test_too_little_history_falls_back_to_the_half_life() -> None:
    net, _ = floor_and_fading_network(per_day=2.0, floor_share=0.1, half_life=60.0, days=70, seed=4)
    inputs = forecast.forecast_inputs(net)
    assert (inputs["stock_floor"] == 0).all()
    assert (inputs["stock_half_life_days"] == inputs["half_life_days"]).all()
    assert "too little history" in inputs["stock_source"].iloc[0]


# ------------------------------- the retention curve's own uncertainty (forecast10)


def steady_and_fading_network(
    *, steady: int, per_day: float, half_life: float, days: int, seed: int
) -> tuple[Network, pd.DataFrame]:
    """:func:`steady_and_fading_export` as a network (LinkedIn)."""
    from power1000_analysis.network import merge_exports

    export, planted = steady_and_fading_export(
        steady=steady, per_day=per_day, half_life=half_life, days=days, seed=seed
    )
    return merge_exports([export]), planted


def steady_and_fading_export(
    *,
    steady: int,
    per_day: float,
    half_life: float,
    days: int,
    seed: int,
    platform: str = "linkedin",
) -> tuple[LoadedExport, pd.DataFrame]:
    """A stock that is the forecast's model exactly: ``steady`` people met ``days`` before
    the export who write every 14 days forever, and people who arrive by themselves at
    ``per_day`` (weekly batches) and write every 7 days for an exponential lifetime of
    half-life ``half_life``. After many half-lives the active stock is stationary, so of
    the people active ``h`` days ago a share ``f + (1 − f)·e^(−kh)`` is still active, ``f``
    the steady share of the stock. Returns the network and the planted ``age``, ``floor``,
    ``lifetime`` (for :func:`planted_stock`)."""
    rng = np.random.default_rng(seed)
    ages = np.arange(7, days + 1, 7)
    arrived = np.concatenate(
        [np.full(steady, days), np.repeat(ages, rng.poisson(per_day * 7, ages.size))]
    )
    n = arrived.size
    floor = np.arange(n) < steady
    lifetime = np.where(floor, np.inf, rng.exponential(half_life / math.log(2), n))
    step = np.where(floor, 14, 7)
    per_contact = (np.floor(np.minimum(lifetime, arrived) / step) + 1).astype(int)
    who = np.repeat(np.arange(n), per_contact)
    index = np.arange(per_contact.sum()) - np.repeat(
        np.cumsum(per_contact) - per_contact, per_contact
    )
    at_age = arrived[who] - step[who] * index
    keys = [f"{platform}{i}" for i in range(n)]
    export = _planted_export(keys, arrived, who, at_age, platform)
    return export, pd.DataFrame({"age": arrived, "floor": floor, "lifetime": lifetime})


def test_the_band_holds_how_uncertain_the_retention_curve_is() -> None:
    # ~100 active people, 20 of them steady, the rest fading with a 60-day half-life: a
    # year on, ~22 are expected to remain (the planted truth). The retention curve fitted
    # to so few people is uncertain: each simulated future draws (f, k') from the fits to
    # resampled people, so the 80% band holds the truth on every seed. Without those draws
    # (f and k' fixed at the fit) the band holds binomial chance only and misses some:
    # measured on seeds 0-11, 12 of 12 covered with the draws, 9 of 12 without.
    half_life, horizon = 60.0, 365
    covered, fixed_covered = [], []
    for seed in range(5):
        net, planted = steady_and_fading_network(
            steady=20, per_day=0.5, half_life=half_life, days=730, seed=seed
        )
        inputs = forecast.forecast_inputs(net)
        assert inputs["stock_curve"].iloc[0] == "linkedin"  # enough people for its own
        draws = inputs["stock_draws"].iloc[0]
        assert draws.shape == (200, 2) and np.ptp(draws[:, 0]) > 0
        stock = inputs.assign(outreach_per_week=0.0, inbound_per_week=0.0)
        truth = planted_stock(planted, half_life, horizon)
        ends = []
        for table in (stock, stock.assign(stock_draws=None)):
            result = forecast.forecast_goal(
                net,
                as_of=PLANTED_AS_OF,
                horizon_days=horizon,
                inputs=table,
                n_simulations=400,
                seed=seed,
            )
            ends.append(result.fan.iloc[-1])
        drawn, fixed = ends
        covered.append(drawn["p10"] <= truth <= drawn["p90"])
        fixed_covered.append(fixed["p10"] <= truth <= fixed["p90"])
        assert drawn["p90"] - drawn["p10"] > fixed["p90"] - fixed["p10"]
        assert drawn["expected"] == fixed["expected"]  # the same curve on average
    assert all(covered)
    assert not all(fixed_covered)  # seed 4: the fixed curve's band misses the truth


#: backtests on data/sample (exports 2016-01-15 and 2017-01-15), forecast from each date
#: with what the exports show up to it, against the 270 people active on 2017-01-15
#: (seed 0, 2,000 futures, as 03 runs it). Measured (forecast11), median and p10-p90:
#:   as of       before (session 10)   after (returns, activation with R and a delay)
#:   2016-01-15  144 (126-163)         193 (172-217)
#:   2016-04-15  229 (207-251)         277 (253-303)
#:   2016-07-15  250 (229-273)         301 (277-326)
#:   2016-10-15  268 (249-287)         297 (276-317)
#: review11 R1 (engaged = both ways on the platform itself, so a lower conversion): 192
#: (169-214), 272 (249-296), 297 (273-323), 294 (274-315) at the four dates.
#: Of the 270, (stayed active, met since, came back) = (67, 166, 37), (97, 122, 51),
#: (137, 81, 52), (178, 35, 57) at the four dates; the model now expects (70, 87, 36),
#: (110, 124, 43), (148, 89, 64), (192, 39, 67). Before, the returns were missing (0)
#: and the activation share with e^(-ka) (LinkedIn 0.91 at 2016-07-15) gave (74, 119,
#: 78) new people at the last three dates. Left: the stock is 11-14 above what stayed at
#: every date (before too), returns 10-12 above at the last two (the share that came
#: back in the past was higher than in the half-year after), and 2016-01-15 sees the
#: year before the first export, when the sample's persona met fewer people (166 met in
#: the year after it, 87 expected from the year before).
#: forecast12, each platform's retention partly pooled with all platforms' (_pooled_curve):
#: 185 (163-207), 265 (242-289), 294 (272-318), 294 (275-314); the stock expected
#: (66, 102, 146, 192) against (67, 97, 137, 178) that stayed (was (70, 110, 148, 192)).
#: By platform (2016-07-15) the old excess was Instagram's own curve (40 expected, 25
#: stayed: a floor of 54% fitted to 53-66 people a lag) and X's, which took the pooled
#: curve whole (12 expected, 5 stayed). What is left at the last two dates is in the
#: counts themselves, not the fit: of the people active 180 days before 2016-07-15, 65%
#: were active on it; of those active on it, 54% were on 2017-01-15 (90 days from
#: 2016-10-15: 69% before, 64% after).
#: forecast12, the band with each future's activation delay drawn from the delays' fits,
#: the inbound rate's spread from the window's quarters where wider than Poisson, and the
#: compiled simulation (other draws): 183 (161-209), 264 (238-294), 294 (269-321), 297
#: (276-317): the band holds the 270 at 2 of 4 dates (was 1 of 4).
_BACKTESTS = {
    # after the identity pass that recounted a name's carriers only queues (review12 ID-1,
    # 2,492 people): 264 (238-294), 294 (269-321), 297 (276-317) before
    "2016-04-15": (262, 237, 291),
    "2016-07-15": (296, 271, 321),
    "2016-10-15": (296, 277, 317),
}


@pytest.mark.slow
def test_sample_backtests_count_the_people_who_come_back() -> None:
    # forecast from three dates before the newest export; the people who were known but
    # not active then and are active on it (37-57 of the 270) are now in the model, and
    # the model's number of them is within 15 of what happened
    import power1000_analysis as p1k
    from power1000_analysis.activity import contact_status

    net = p1k.load(ROOT / "data" / "sample", resolve=True)
    newest = pd.Timestamp(sorted(net.snapshots["exported_at"].unique())[-1])
    end_status = contact_status(net)
    active_end = set(end_status.loc[end_status["status"] == "active", "person_id"])
    observed = len(active_end)
    assert observed == 270
    for as_of, (median, low, high) in _BACKTESTS.items():
        then = contact_status(net, as_of=as_of)
        active_then = set(then.loc[then["status"] == "active", "person_id"])
        returned = len(active_end & (set(then["person_id"]) - active_then))
        inputs = forecast.forecast_inputs(net, as_of=as_of)
        horizon = (newest - pd.Timestamp(as_of, tz="UTC")).days
        with_returns, without = (
            forecast.expected_active(table, days=[horizon])[0]
            for table in (inputs, inputs.assign(idle_now=0))
        )
        assert with_returns - without == pytest.approx(returned, abs=15), as_of
        end = forecast.forecast_goal(net, as_of=as_of, horizon_days=horizon, inputs=inputs)
        end = end.fan.iloc[-1]
        assert end["date"] == newest
        assert (round(end["p50"]), round(end["p10"]), round(end["p90"])) == pytest.approx(
            (median, low, high), abs=2
        ), as_of
        assert abs(end["p50"] - observed) <= 0.2 * observed, as_of
        if as_of == "2016-07-15":
            # the activation share with the retention curve and a delay: LinkedIn's was
            # 0.91 with e^(-ka) (a 47-day half-life); 15 of the next 101 arrivals were
            # active, and the model now expects 101 x 0.39 x mean H(a) over 0-184 days
            activation = inputs.set_index("platform")["activation"]
            assert activation["linkedin"] < 0.5
            curves = inputs.set_index("platform")["stock_curve"]
            # X's 21 active people: its own curve, partly pooled (all platforms' until
            # forecast12)
            assert curves["facebook"] == "facebook" and curves["x"] == "x"
    # the dates whose band holds the observed count: 2016-04-15 (2016-07-15 too until the
    # identity pass that recounted carriers only queued, review12 ID-1: p10 271 for 270)
    for as_of in ("2016-04-15",):
        assert _BACKTESTS[as_of][1] <= observed <= _BACKTESTS[as_of][2]


def test_nothing_to_forecast_from_gives_a_flat_zero_band() -> None:
    # no rows (a single Facebook export with no one new: 03 runs this): the stock draws
    # have no curve to draw from, and the fan is zero throughout
    empty = forecast.forecast_inputs(Network.empty())
    assert "stock_draws" in empty.columns and empty.empty
    result = forecast.forecast_goal(
        Network.empty(), as_of=START, horizon_days=14, inputs=empty, n_simulations=10
    )
    assert (result.fan[["p10", "p50", "p90"]] == 0).all().all()


def test_instagram_follows_are_capped_at_the_reported_7500() -> None:
    # review9 F2: 03 recommended 131 follows a week on Instagram for two years (~13,900
    # followed) as if there were no cap; Instagram does not publish one, 7,500 is the
    # widely reported figure, with its source and uncertainty in the table
    limit = forecast.PLATFORM_LIMITS["instagram"]
    assert limit.max_connections == 7_500 and limit.weekly_requests is None
    assert "not published" in limit.source and limit.unit == "accounts you follow"
    inputs = constant(per_week=0.0, conversion=0.2).assign(
        platform="instagram",
        max_connections=limit.max_connections,
        connections_now=188,
        connections_per_reach_out=1.0,
    )
    table = forecast.required_outreach(
        Network.empty(), goal=1000, by="2026-01-01", as_of=START, inputs=inputs
    )
    text = forecast.describe_required(table)
    row = table.set_index("platform").loc["instagram"]
    assert 188 + float(row["total_requests"]) > 7_500
    assert not row["feasible"]
    assert "the cap of 7,500 accounts you follow is full on" in row["note"]
    assert "not possible: the cap of 7,500 accounts you follow" in text
    # a platform with no known limit says so instead of looking limitless
    free = forecast.required_outreach(
        Network.empty(),
        goal=1000,
        by="2026-01-01",
        as_of=START,
        inputs=constant().assign(platform="mastodon"),
    )
    lines = forecast.describe_required(free).splitlines()
    line = next(x for x in lines if x.startswith("- mastodon"))
    assert line.endswith("no limit on this platform is known (PLATFORM_LIMITS).")


@pytest.mark.parametrize("weeks", [1e-9, 0.5])
def test_no_inbound_rate_from_exports_less_than_a_week_apart(weeks: float) -> None:
    """Undated exports seconds apart (the real-fixture folder's Mastodon and X) gave page 03
    an inbound upper bound of billions a week (Garwood's bound over 1e-9 weeks): under a
    week of arrivals there is no rate to measure, and the row says so."""
    arrived = pd.DataFrame({"relation": pd.Series([], dtype=object), "person_id": []})
    row = forecast._inbound(
        arrived, follow=True, weeks=weeks, from_outreach=0.0, status=pd.DataFrame(),
        half_life=90.0,
    )  # fmt: skip
    assert row["inbound_method"] == "no window: the exports span less than a week"
    assert "inbound_high" not in row and "inbound_per_week" not in row
    week = forecast._inbound(
        arrived, follow=True, weeks=1.0, from_outreach=0.0, status=pd.DataFrame(),
        half_life=90.0,
    )  # fmt: skip
    assert week["inbound_per_week"] == 0.0 and week["inbound_high"] < 4.0
