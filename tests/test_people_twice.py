"""The card's and page 01's count of people says who it may count twice (review10 R1).

Identity resolution cannot join an account that carries neither a name nor a handle (an
X follower list gives only an account id), and leaves weaker matches to the user's review:
the count of people is then too high by up to those numbers. The card says so next to its
count, with the numbers the resolution has (no correction factor).
"""

from __future__ import annotations

import pandas as pd

from power1000_analysis import headcount, report
from power1000_analysis.anonymize import for_report
from power1000_analysis.identity import resolve_people, review_queue
from power1000_analysis.network import Network
from power1000_analysis.schema import conform

AT = pd.Timestamp("2024-06-01", tz="UTC")


def _network(rows: list[tuple[str, str, str | None, str | None, bool]]) -> Network:
    """A resolved network of (platform, key, name, handle, is_current) accounts."""
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": [r[0] for r in rows],
                "contact_key": [r[1] for r in rows],
                "name": [r[2] for r in rows],
                "handle": [r[3] for r in rows],
                "relation": "friend",
                "first_seen_at": AT - pd.Timedelta(days=30),
                "last_seen_at": [AT if r[4] else AT - pd.Timedelta(days=30) for r in rows],
                "is_current": [r[4] for r in rows],
            }
        ),
    )
    resolution = resolve_people(contacts)
    platforms = sorted({r[0] for r in rows})
    snapshots = conform(
        "snapshots",
        pd.DataFrame(
            {"platform": platforms, "exported_at": AT, "format_version": "v", "source": "s"}
        ),
    )
    return Network(
        contacts=conform("contacts", resolution.contacts),
        interactions=conform("interactions", None),
        requests=conform("requests", None),
        snapshots=snapshots,
        problems=conform("problems", None),
        people=conform("people", resolution.people),
        identity=resolution,
    )


ACCOUNTS = [
    ("facebook", "bo.lund", "Bo Lund", None, True),
    ("x", "bo_lund", None, "bo_lund", True),  # a handle that spells the name: to review
    ("x", "123456", None, None, True),  # no name, no handle: nothing to match it by
    ("facebook", "franziska.weber", "Franziska Weber", None, True),
    ("linkedin", "franzi-weber", "Franzi Weber", None, False),  # to review, but gone
]


def test_the_card_says_how_many_may_be_counted_twice() -> None:
    net = _network(ACCOUNTS)
    queue = review_queue(net)
    assert len(queue) == 2  # both weak matches wait for the user
    risk = headcount.duplicate_risk(net)
    assert risk == {
        "people": 4, "nameless": 1, "nameless_platforms": ["x"],
        "pairs": 1, "queued": 2, "at_most": 1,
    }  # fmt: skip
    card = report.summary_card(net)
    assert card["people"] == 4
    assert card["people_caveat"] == (
        "may count some people twice: 1 x account with no name, 1 pair waiting for review"
    )
    page = report._index_html(card, [], [])
    assert (
        "people in your network now (may count some people twice: 1 x account with no name,"
        " 1 pair waiting for review: see Who is in my network?)"
    ) in page
    sentence = headcount.describe_duplicates(risk)
    assert "1 x account has neither a name nor a handle" in sentence
    assert "1 of the 2 pairs of accounts waiting for your review" in sentence
    assert "the count would be at most 1 lower" in sentence
    # one pair reads in the singular (review10b S3), several in the plural
    assert "would join two of the people counted: were it one person" in sentence
    several = headcount.describe_duplicates(risk | {"pairs": 2, "queued": 2, "at_most": 2})
    assert "2 pairs of accounts waiting for your review would each join" in several
    assert "were each pair one person" in several and "answer them" in several


def test_an_anonymised_card_counts_them_on_the_resolved_network() -> None:
    net = _network(ACCOUNTS)
    shown = for_report(net, anonymize=True)
    assert shown.identity is None  # the pseudonymised copy keeps no resolution
    card = report.summary_card(shown, resolved=net)
    assert card["people_caveat"] == report.summary_card(net)["people_caveat"]
    assert card["possible_duplicates"]["pairs"] == 1


def test_nothing_is_said_when_no_one_can_be_counted_twice() -> None:
    # one platform only: its accounts are distinct people, with or without names
    alone = _network([("x", "123456", None, None, True), ("x", "ann", "Ann", "ann", True)])
    assert headcount.duplicate_risk(alone)["nameless"] == 0
    card = report.summary_card(alone)
    assert card["people_caveat"] == ""
    assert "people in your network now</span>" in report._index_html(card, [], [])
    # a network without a resolution (hand-built): no queue to speak of
    assert headcount.duplicate_risk(Network.empty())["pairs"] is None
