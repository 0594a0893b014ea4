"""headcount.py: the people counts the pages quote, reconciled (review ux7 finding 6: the
card said 2,431 people, notebooks 02 and 05 said 2,486)."""

from __future__ import annotations

import pandas as pd

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
    assert counts == {"in_all": 5, "now": 3, "former": 2, "active": 2, "active_former": 1}
    status = contact_status(net)
    assert len(status) == counts["in_all"]  # what notebooks 02 and 05 count
    assert int((status["status"] == "active").sum()) == counts["active"]
    line = headcount.describe_people(net)
    assert line.startswith("5 people in all = 3 in your network now + 2 former contacts")
    assert "2 of them active" in line and "1 of them former contacts" in line


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
