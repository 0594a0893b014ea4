"""headcount.py: the people counts the pages quote, reconciled (review ux7 finding 6: the
card said 2,431 people, notebooks 02 and 05 said 2,486)."""

from __future__ import annotations

import pandas as pd
import pytest

from power1000_analysis import headcount
from power1000_analysis.activity import contact_status
from power1000_analysis.network import Network
from power1000_analysis.schema import conform

AT = pd.Timestamp("2024-06-01", tz="UTC")


def _network() -> Network:
    """Three Facebook friends now, one former friend who still writes, one silent former; your own message is no evidence of life."""
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": "facebook",
                "contact_key": ["a", "b", "c", "d", "e"],
                "name": ["Ann", "Bob", "Cy", "Di", "Ed"],
                "relation": "friend",
                "connected_at": AT - pd.Timedelta(days=400),
                "first_seen_at": AT - pd.Timedelta(days=200),
                "last_seen_at": [
                    AT,
                    AT,
                    AT,
                    AT - pd.Timedelta(days=100),
                    AT - pd.Timedelta(days=100),
                ],
                "is_current": [True, True, True, False, False],
                "person_id": ["facebook:a", "facebook:b", "facebook:c", "facebook:d", "facebook:e"],
            }
        ),
    )
    interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": "facebook",
                "at": [AT - pd.Timedelta(days=d) for d in (1, 2, 5)],
                "contact_key": ["a", "d", "b"],
                "direction": ["in", "in", "out"],
                "kind": "message",
                "person_id": ["facebook:a", "facebook:d", "facebook:b"],
            }
        ),
    )
    snapshots = conform(
        "snapshots",
        pd.DataFrame(
            {"platform": ["facebook"], "exported_at": [AT], "format_version": "v", "source": "s"}
        ),
    )
    frames = {name: conform(name, None) for name in ("requests", "problems", "people")}
    return Network(contacts=contacts, interactions=interactions, snapshots=snapshots, **frames)


def test_people_in_all_are_now_plus_former_and_active_matches_contact_status() -> None:
    net = _network()
    counts = headcount.people_counts(net)
    assert counts == {
        "in_all": 5, "now": 3, "former": 2, "maybe_left": 0, "interacted": 0, "active": 2,
        "active_former": 1, "unknown": 0,
    }  # fmt: skip
    status = contact_status(net)
    assert len(status) == counts["in_all"]  # what notebooks 02 and 05 count
    assert int((status["status"] == "active").sum()) == counts["active"]
    line = headcount.describe_people(net)
    assert line.startswith("5 people in all = 3 in your network now + 2 former contacts")
    assert "2 of them active" in line and "1 of them a former contact" in line  # ux8 #20


def test_the_report_card_agrees_with_the_reconciliation_line() -> None:
    """The front page's two numbers are the line's 'now' and 'active', and the line is on it."""
    from power1000_analysis import report

    net = _network()
    counts = headcount.people_counts(net)
    card = report.summary_card(net)
    assert card["people"] == counts["now"] and card["active_people"] == counts["active"]
    assert card["headcount"] == headcount.describe_people(net)
    page = report._index_html(card, [], [])
    assert f'<p id="headcount">{card["headcount"]}</p>' in page
    assert "someone on several platforms counts on each" in page


def test_a_hand_built_network_without_group_sizes_scores_without_warnings() -> None:
    """conform fills a missing n_participants with object NA; scoring such a frame once made
    pandas warn (FutureWarning: downcasting object dtype arrays on .fillna)."""
    import warnings

    net = _network()
    assert net.interactions["n_participants"].dtype == object
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        status = contact_status(net)
    assert len(status) == 5


def _counted(monkeypatch, module: object, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Count the calls of ``module.name`` (imported at call time by the card and the line)."""
    calls: list[int] = []
    original = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_the_card_computes_status_and_platform_counts_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from power1000_analysis import activity, growth, report

    net = _network()
    expected = report.summary_card(net)
    status_calls = _counted(monkeypatch, activity, "contact_status")
    count_calls = _counted(monkeypatch, growth, "platform_counts")
    assert report.summary_card(net) == expected
    assert (len(status_calls), len(count_calls)) == (1, 1)  # were 2 and 2


def test_a_past_as_of_gives_the_card_of_that_date() -> None:
    """The card's numbers at a past date are those the separate functions give for it, and
    the line still counts only the active people known by then (not all the status's)."""
    from power1000_analysis import report
    from power1000_analysis.growth import ALL_PLATFORMS, platform_counts

    net = _network()
    then = AT - pd.Timedelta(days=150)
    # Cy and Ed wrote before then; Flo was connected long before but first exported today
    flo = net.contacts.iloc[[0]].assign(
        contact_key="f", name="Flo", person_id="facebook:f", first_seen_at=AT
    )
    wrote = pd.DataFrame(
        {
            "platform": "facebook",
            "at": [then - pd.Timedelta(days=d) for d in (10, 20, 5)],
            "contact_key": ["c", "e", "f"],
            "direction": "in",
            "kind": "message",
            "person_id": ["facebook:c", "facebook:e", "facebook:f"],
        }
    )
    net = Network(
        contacts=pd.concat([net.contacts, flo], ignore_index=True),
        interactions=conform("interactions", pd.concat([net.interactions, wrote])),
        snapshots=net.snapshots,
        requests=net.requests,
        problems=net.problems,
        people=net.people,
    )
    card = report.summary_card(net, as_of=f"{then:%Y-%m-%d}")
    counts = platform_counts(net, as_of=f"{then:%Y-%m-%d}")
    assert card["people"] == int(counts.loc[counts["platform"] == ALL_PLATFORMS, "people"].iloc[0])
    status = contact_status(net, as_of=then)
    assert card["active_people"] == int((status["status"] == "active").sum()) == 3
    assert card["headcount"] == headcount.describe_people(net, as_of=f"{then:%Y-%m-%d}")
    # Flo is active then and first exported today, but her connection date is long before:
    # she was connected then and counts (growth.contact_presence)
    assert card["headcount"].startswith(
        f"6 people in all = 6 in your network on {then:%Y-%m-%d} + 0 former"
    )
    assert "; 3 of them active" in card["headcount"]
    # a status of another date is refused, not quoted
    with pytest.raises(ValueError, match="status is contact_status as of"):
        headcount.people_counts(net, as_of=then, status=contact_status(net))


def test_the_growth_charts_people_line_ends_at_the_front_pages_people() -> None:
    """On data/sample (2,437 people behind 3,169 accounts) the thick line of notebook 01's
    growth chart ends where the summary card and the reconciliation line say: it counted
    accounts (3,169) until session 8."""
    from pathlib import Path

    import power1000_analysis as p1k
    from power1000_analysis import growth, report

    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    net = p1k.load(sample)
    sizes = growth.growth_table(net)
    last = sizes[sizes["platform"] == growth.ALL_PLATFORMS].iloc[-1]
    counts = headcount.people_counts(net)
    card = report.summary_card(net)
    assert last["unit"] == "people"
    assert int(last["contacts"] + last["undated"]) == counts["now"] == card["people"]
    accounts = growth.platform_counts(net).set_index("platform").loc[growth.ALL_PLATFORMS]
    assert counts["now"] < accounts["contacts"]  # someone on several platforms counts once
    assert f"{counts['now']:,} in your network now" in card["headcount"]
