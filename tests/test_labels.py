"""Words around counts (ux8 #20, #26): "1 request", never "1 requests"; a note on
interactions that count for no one says which and why."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis import funnel, headcount, plotting_funnel, survival
from power1000_analysis.labels import counted
from power1000_analysis.report import describe


def test_counted_says_one_in_the_singular() -> None:
    assert counted(1, "request") == "1 request" and counted(0, "request") == "0 requests"
    assert counted(1, "person", "people") == "1 person" and counted(2, "person") == "2 people"
    assert counted(2_000, "repeated follower/following entry") == (
        "2,000 repeated follower/following entries"
    )
    assert counted(2.0, "day") == "2 days" and counted(1.5, "day") == "1.5 days"


def test_sentences_with_one_of_something(real_fixtures: Path) -> None:
    # onfabric IG-D: 4 contacts, 14 interactions, 1 request
    net = p1k.load(real_fixtures / "instagram" / "onfabric-context-use-v1")
    text = describe(net).data
    assert "Read 1 snapshot of instagram: 4 contacts, 14 interactions, 1 request;" in text
    no_estimate = plotting_funnel._no_estimate(
        pd.Series({"value": float("nan"), "n": 1, "pending": 1})
    )
    assert no_estimate == "1 request, all still pending: no estimate yet"
    # d3i IG-C: one repeated following entry
    d3i = p1k.load(real_fixtures / "instagram" / "d3i-data-donation-task-ig-public-test-file")
    assert "1 repeated follower/following entry merged into one contact each" in set(
        d3i.problems["message"]
    )
    assert "entr(y/ies)" not in " ".join(d3i.problems["message"])


def test_one_person_one_former_contact_one_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    line = headcount.describe_people(p1k.Network.empty())
    assert line.startswith("0 people in all = 0 in your network now + 0 former contacts")
    contacts = pd.DataFrame({"platform": ["quora"], "contact_key": ["a"]})
    # one contact on a platform whose export holds no interactions
    monkeypatch.setattr(survival, "without_interaction_data", lambda net, p: np.array([True]))
    _, notes = survival._blind_contacts(p1k.Network.empty(), contacts)
    assert notes == {"quora": "its export holds no interactions (1 contact left out)"}


def test_interactions_with_no_contact_are_named_with_the_reason(real_fixtures: Path) -> None:
    """ux8 #26: d3i's message_requests/username message from 'Insta' (no participant, no
    contact) is said to count for no one, with its sender, thread and why."""
    net = p1k.load(real_fixtures / "instagram" / "d3i-data-donation-task-ig-public-test-file")
    note = funnel._unlinked(net, "instagram")
    assert note == (
        "1 of 9 interactions name no contact and cannot count (1 message from Insta in thread"
        " 'hols' (message_requests): no contact of the instagram export carries that name)"
    )
    assert funnel._unlinked(net, "facebook") == ""
