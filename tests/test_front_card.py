"""The front card and the pages say the same thing (ux8 #5, #17, #18; evidence9).

- every ``info`` row of ``net.problems`` reaches the page that lists problems (#18);
- the card's "N people in all" counts the people the pages count, interaction-only people
  included (#5), and its active count is the line's, at a past date too, which the card names;
- an address book alone has activity unknown, not "0 of 1000 active" (#17).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

import power1000_analysis as p1k
from power1000_analysis import headcount, report
from power1000_analysis.activity import contact_status
from power1000_analysis.network import Network
from power1000_analysis.schema import conform

ROOT = Path(__file__).resolve().parent.parent


def _with_problems(net: Network, *rows: tuple[str, str]) -> Network:
    problems = pd.DataFrame(
        [
            {"source": "export.zip", "severity": sev, "message": msg, "n_skipped": 0}
            for sev, msg in rows
        ]
    )
    return dataclasses.replace(net, problems=problems.reindex(columns=net.problems.columns))


# ----------------------------------------------------------------- info problems (ux8 #18)


def test_info_notes_are_listed_under_the_problems() -> None:
    net = _with_problems(
        Network.empty(),
        ("warning", "3 timestamps could not be read"),
        ("info", "messages: no profile file: owner inferred as 'Bob' from the message threads"),
    )
    shown = report.problems_shown(net).data
    assert "3 timestamps could not be read" in shown
    assert "<details" in shown and "1 note: what was read differently or left out" in shown
    assert "owner inferred as &#39;Bob&#39;" in shown or "owner inferred as 'Bob'" in shown
    # the warning's table comes before the folded notes
    assert shown.index("3 timestamps") < shown.index("<details") < shown.index("owner inferred")
    text = report.describe(net).data
    assert "; 1 problem found, and 1 note (see *What could not be read?*" in text


def test_notes_alone_are_listed_and_no_problem_is_claimed() -> None:
    net = _with_problems(Network.empty(), ("info", "1 repeated follower merged"))
    shown = report.problems_shown(net).data
    assert shown.startswith("<p>No problems found.</p><details")
    assert "1 repeated follower merged" in shown
    assert report.describe(net).data.endswith(
        "; no problems found; 1 note (see *What could not be read?* in *Who is in my network?*)."
    )
    # without any row: the sentence alone, as before
    assert report.problems_shown(Network.empty()).data == "No problems found."


def test_the_guessed_owner_of_a_real_messenger_export_reaches_the_page(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "facebook" / "mlomb-chat-analytics")
    shown = report.problems_shown(net).data
    assert "owner inferred as" in shown and "Bob" in shown


# ------------------------------------------------- one count of people (ux8 #5, past as_of)


def _people_network(*, late_writer: bool = False) -> Network:
    """test_headcount's network (3 friends now, 2 former, Ann and Di active) plus Zoe, who
    writes on Messenger but is no friend; with ``late_writer``, Gus, first listed by
    today's export with no connection date, who wrote 3 days before ``THEN``."""
    from test_headcount import AT, _network

    net = _network()
    rows = [("z", "facebook:z", AT - pd.Timedelta(days=3))]
    contacts = net.contacts
    if late_writer:
        rows.append(("g", "facebook:g", THEN - pd.Timedelta(days=3)))
        gus = net.contacts.iloc[[0]].assign(
            contact_key="g", name="Gus", person_id="facebook:g", first_seen_at=AT
        )
        gus["connected_at"] = pd.Series([pd.NaT], index=gus.index, dtype=gus["connected_at"].dtype)
        contacts = pd.concat([contacts, gus], ignore_index=True)
    wrote = pd.DataFrame(
        {
            "platform": "facebook",
            "at": [at for _, _, at in rows],
            "contact_key": [key for key, _, _ in rows],
            "name": ["Zoe", "Gus"][: len(rows)],
            "direction": "in",
            "kind": "message",
            "person_id": [person for _, person, _ in rows],
        }
    )
    return dataclasses.replace(
        net,
        contacts=contacts,
        interactions=conform("interactions", pd.concat([net.interactions, wrote])),
    )


THEN = pd.Timestamp("2024-01-03", tz="UTC")


def test_people_you_only_interacted_with_are_in_all_on_the_card_and_the_pages() -> None:
    net = _people_network()
    counts = headcount.people_counts(net)
    status = contact_status(net)
    assert len(status) == counts["in_all"] == 6  # was 5: Zoe was left out of "in all"
    assert (counts["now"], counts["former"], counts["interacted"]) == (3, 2, 1)
    assert counts["active"] == int((status["status"] == "active").sum()) == 3
    card = report.summary_card(net)
    assert card["people_in_all"] == 6 and card["active_people"] == 3
    assert card["headcount"] == (
        "6 people in all = 3 in your network now + 2 former contacts (only in older exports)"
        " + 1 you only interacted with (in no contact list); 3 of them active (evidence of"
        " life in the last 90 days, 1 of them a former contact)."
    )


def test_a_past_card_and_its_line_count_the_same_active_people() -> None:
    """At a past date the card counted every active person contact_status judged, the line
    only contacts connected by then: Gus, first listed later without a connection date but
    writing before the date, was active on the card and missing from the line (as on
    data/sample at 2016-01-01: 162 on the card, 155 in the line)."""
    net = _people_network(late_writer=True)
    card = report.summary_card(net, as_of=f"{THEN:%Y-%m-%d}")
    status = contact_status(net, as_of=THEN)
    active = int((status["status"] == "active").sum())
    assert card["active_people"] == active
    assert f"; {active} of them active" in card["headcount"]
    assert card["people_in_all"] == len(status)
    assert " + 1 you only interacted with (in no contact list on 2024-01-03)" in card["headcount"]
    page = report._index_html(card, [], [])
    assert "people in your network on 2024-01-03</span>" in page  # was "now"
    # the goal counts active people: it sits beside the active count, not the headcount
    # (review9 F13g: "2422 people … (goal 1000)" read as the goal met 2.4 times)
    assert "(goal 1000)" not in page
    assert "people in your network now" not in page
    assert "people in your network now" in report._index_html(report.summary_card(net), [], [])


def test_the_sample_card_and_line_agree_at_a_past_date() -> None:
    net = p1k.load(ROOT / "data" / "sample")
    card = report.summary_card(net, as_of="2016-01-01")
    status = contact_status(net, as_of="2016-01-01")
    assert card["people_in_all"] == len(status)
    assert card["headcount"].startswith(f"{len(status):,} people in all = {card['people']:,} in")
    assert f"; {card['active_people']:,} of them active" in card["headcount"]


# ------------------------------------------------------- address book alone (ux8 #17)


def _address_book() -> Network:
    from power1000_analysis.loaders._base import LoadedExport
    from power1000_analysis.network import merge_exports

    contacts = pd.DataFrame(
        {
            "platform": "addressbook",
            "contact_key": ["a", "b"],
            "name": ["Ann", "Bob"],
            "relation": "contact",
            "is_current": True,
        }
    )
    return merge_exports(
        [
            LoadedExport(
                platform="addressbook",
                generation="vcard",
                source="contacts.vcf",
                exported_at=pd.Timestamp("2024-01-01", tz="UTC"),
                contacts=conform("contacts", contacts),
                missing={"interactions": "an address book holds no interactions"},
            )
        ]
    )


def test_an_address_book_alone_has_activity_unknown_not_zero_active() -> None:
    card = report.summary_card(_address_book())
    assert card["activity_unknown"] == card["people_in_all"] == 2
    assert card["headcount"] == (
        "2 people in all = 2 in your network now + 0 former contacts (only in older exports);"
        " activity unknown for all 2: their exports hold no interactions (addressbook)."
    )
    page = report._index_html(card, [], [])
    assert 'id="active-people">unknown<' in page  # was "0 of 1000"
    assert "activity unknown for all 2 people (no interactions in these exports)" in page
    assert "0 of 1000" not in page


def test_a_real_address_book_card_says_unknown(real_fixtures: Path) -> None:
    card = report.summary_card(p1k.load(real_fixtures / "vcard" / "roundcube"))
    assert card["activity_unknown"] == card["people_in_all"] == card["people"] > 0
    assert 'id="active-people">unknown<' in report._index_html(card, [], [])


def test_the_real_messenger_export_counts_its_non_friend(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "facebook" / "tardigrde-facebook-data-miner")
    card = report.summary_card(net)
    assert card["people_in_all"] == len(contact_status(net)) == 10  # the card said 9
    assert card["headcount"].startswith(
        "10 people in all = 9 in your network now + 0 former contacts (only in older exports)"
        " + 1 you only interacted with (in no contact list);"
    )


def test_the_card_counts_the_notes_beside_the_problems() -> None:
    net = _with_problems(_address_book(), ("info", "1 repeated entry merged"))
    card = report.summary_card(net)
    assert (card["problems"], card["notes"]) == (0, 1)
    assert "problems found (see each page); 1 note in" in report._index_html(card, [], [])
