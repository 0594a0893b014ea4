"""Where the interactions end, and where observation ends, is told per account, not per
platform: two accounts of one platform (yours and a partner's, or two of your own) are
exported on different dates and hold interactions or not each on its own."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis import activity, evidence, headcount
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import conform


def _export(
    platform: str,
    owner: str,
    at: str,
    people: dict[str, str],
    wrote: dict[str, str] | None = None,
) -> LoadedExport:
    """``owner``'s export of ``platform`` dated ``at``: ``people`` (key -> connected on),
    and, when ``wrote`` is given (key -> date of one inbound message), its interactions;
    without ``wrote`` the export holds none (LinkedIn's connections-only download)."""
    contacts = conform(
        "contacts",
        pd.DataFrame(
            {
                "platform": platform,
                "contact_key": list(people),
                "name": [key.title() for key in people],
                "relation": "connection" if platform == "linkedin" else "friend",
                "is_current": True,
                "connected_at": [pd.Timestamp(day, tz="UTC") for day in people.values()],
            }
        ),
    )
    interactions = None
    if wrote:
        interactions = pd.DataFrame(
            {
                "platform": platform,
                "at": [pd.Timestamp(day, tz="UTC") for day in wrote.values()],
                "contact_key": list(wrote),
                "direction": "in",
                "kind": "message",
                "n_participants": 2,
            }
        )
    return LoadedExport(
        platform=platform,
        generation="test",
        source=f"{platform}-{owner}-{at}.zip",
        owner=owner,
        exported_at=pd.Timestamp(at, tz="UTC"),
        contacts=contacts,
        interactions=conform("interactions", interactions),
        missing={} if wrote is not None else {"interactions": "no messages.csv"},
    )


def _two_facebook_accounts() -> Network:
    """Alice's Facebook export of 2018-01-01 (Xia connected 2017-10-15 and wrote on
    2017-12-20) and Bob's of 2020-01-01 (Yan connected 2019-10-15, wrote 2019-12-20)."""
    return merge_exports(
        [
            _export(
                "facebook", "alice", "2018-01-01", {"xia": "2017-10-15"}, {"xia": "2017-12-20"}
            ),
            _export("facebook", "bob", "2020-01-01", {"yan": "2019-10-15"}, {"yan": "2019-12-20"}),
        ]
    )


def test_a_contact_is_watched_until_its_own_accounts_newest_export() -> None:
    # Xia is only in Alice's export of 2018-01-01: nothing after it could show her alive.
    # Per platform she was watched to Bob's export of 2020-01-01 and went dormant 90 days
    # after she wrote, 156 days after connecting; she is censored at 78, still active
    net = _two_facebook_accounts()
    assert sorted(net.snapshots["account"]) == [1, 2]
    kept = activity.survival(net).durations.set_index("contact_key")
    assert kept.loc["xia", "days"] == 78 and not kept.loc["xia", "dormant"]
    assert kept.loc["yan", "days"] == 78 and not kept.loc["yan", "dormant"]
    # the decay curve's exposure ends there too: 78 + 78 contact-days, not 808 + 78
    curve = activity.decay_curve(net, platform="facebook")
    assert curve["exposure_days"].sum() == pytest.approx(78 + 78)
    # cohort retention watches Xia's cohort to January 2018 (month 3), not to 2020 (27)
    cohorts = activity.cohort_retention(net)
    assert cohorts.loc[cohorts["cohort"] == "2017-10", "months_since"].max() == 3


def _linkedin_two_owners() -> Network:
    """LinkedIn: Alice's full archive of 2016-03-01 (Ann wrote 2016-02-16, Bob never; both
    connected 2016-01-01), Alice's connections-only download of 2017-05-01 adding Carol
    (connected 2017-01-01), and Dee's full archive of 2017-06-01 (Eve wrote 2017-05-20)."""
    ann_bob = {"ann": "2016-01-01", "bob": "2016-01-01"}
    return merge_exports(
        [
            _export("linkedin", "alice", "2016-03-01", ann_bob, {"ann": "2016-02-16"}),
            _export("linkedin", "alice", "2017-05-01", {**ann_bob, "carol": "2017-01-01"}),
            _export("linkedin", "dee", "2017-06-01", {"eve": "2016-06-01"}, {"eve": "2017-05-20"}),
        ]
    )


def test_an_account_whose_newest_export_lacks_interactions_beside_one_that_has_them() -> None:
    # Per platform the newest LinkedIn export (Dee's) holds interactions, so nothing was
    # said and Alice's people were judged on 2017-06-01: Ann dormant (470 days after she
    # wrote), Carol passive (connected after Alice's last messages: nothing could show)
    net = _linkedin_two_owners()
    assert evidence.account_interactions_known_until(net) == {
        ("linkedin", 1): pd.Timestamp("2016-03-01", tz="UTC")
    }
    status = activity.contact_status(net).set_index("name")
    assert status["status"].astype(str).to_dict() == {
        "Ann": "active",  # as of 2016-03-01, 14 days after she wrote
        "Bob": "passive",
        "Carol": "unknown",
        "Eve": "active",  # Dee's account is seen today
    }
    assert status.loc["Ann", "judged_as_of"] == pd.Timestamp("2016-03-01", tz="UTC")
    assert status.loc["Eve", "judged_as_of"] == pd.Timestamp("2017-06-01", tz="UTC")
    # the warning names the account whose newest export lacks them
    warnings = net.problems.loc[net.problems["message"].str.contains("holds no interactions")]
    assert len(warnings) == 1
    message = warnings["message"].iloc[0]
    assert "the newest linkedin export of alice (2017-05-01) holds no interactions" in message
    assert "activity on that linkedin account is known only until 2016-03-01" in message
    # survival: Alice's contacts are censored on 2016-03-01 (Ann 60 days after connecting,
    # still active; per platform she went dormant at 136), Carol is left out
    result = activity.survival(net)
    kept = result.durations.set_index("contact_key")
    assert sorted(kept.index) == ["ann", "bob", "eve"]
    assert kept.loc["ann", "days"] == 60 and not kept.loc["ann", "dormant"]
    assert result.excluded["contacts_connected_after_interactions_known_until"] == 1
    # the headcount line says who is judged at the older export
    line = headcount.describe_people(net)
    assert "1 of them in the 90 days before 2016-03-01" in line


def test_another_accounts_export_without_interactions_does_not_end_yours() -> None:
    # Alice's full archive of 2016-03-01 and Dee's connections-only download of
    # 2017-05-01: Alice's newest export holds interactions, so none of it is known "only
    # until" an older export (per platform, the warning said LinkedIn's activity was known
    # only until 2016-03-01 and Ann was judged then); Dee's people are unknown
    ann_bob = {"ann": "2015-01-01", "bob": "2015-01-01"}
    net = merge_exports(
        [
            _export("linkedin", "alice", "2016-03-01", ann_bob, {"ann": "2016-02-16"}),
            _export("linkedin", "dee", "2017-05-01", {"eve": "2016-06-01"}),
        ]
    )
    assert evidence.account_interactions_known_until(net) == {}
    assert evidence.interactions_known_until(net.exports) == {}
    assert not net.problems["message"].str.contains("holds no interactions").any()
    status = activity.contact_status(net).set_index("name")
    assert status["status"].astype(str).to_dict() == {
        "Ann": "dormant",  # judged today, as an account exported long ago always is
        "Bob": "passive",
        "Eve": "unknown",
    }
    assert (status["judged_as_of"] == pd.Timestamp("2017-05-01", tz="UTC")).all()
    # the platform as a whole holds interactions: it is not "without interactions"
    assert evidence.platforms_without_interactions(net) == frozenset()


def test_a_platform_is_summarised_only_when_every_account_with_interactions_ends_early() -> None:
    net = _linkedin_two_owners()
    # Dee's account is seen to its newest export: LinkedIn as a whole is not "known until"
    assert evidence.interactions_known_until(net.exports) == {}
    # both accounts stale: the platform is, until the later of their dates
    ann_bob = {"ann": "2015-01-01", "bob": "2015-01-01"}
    both = merge_exports(
        [
            _export("linkedin", "alice", "2016-03-01", ann_bob, {"ann": "2016-02-16"}),
            _export("linkedin", "alice", "2017-05-01", ann_bob),
            _export("linkedin", "dee", "2016-09-01", {"eve": "2016-06-01"}, {"eve": "2016-08-20"}),
            _export("linkedin", "dee", "2017-06-01", {"eve": "2016-06-01"}),
        ]
    )
    assert evidence.account_interactions_known_until(both) == {
        ("linkedin", 1): pd.Timestamp("2016-03-01", tz="UTC"),
        ("linkedin", 2): pd.Timestamp("2016-09-01", tz="UTC"),
    }
    assert evidence.interactions_known_until(both.exports) == {
        "linkedin": pd.Timestamp("2016-09-01", tz="UTC")
    }
    status = activity.contact_status(both).set_index("name")
    assert status.loc["Ann", "judged_as_of"] == pd.Timestamp("2016-03-01", tz="UTC")
    assert status.loc["Eve", "judged_as_of"] == pd.Timestamp("2016-09-01", tz="UTC")
    assert status["status"].astype(str).to_dict() == {
        "Ann": "active",
        "Bob": "passive",
        "Eve": "active",
    }


def test_the_headcount_line_names_an_account_without_interactions() -> None:
    # Bob's Facebook export holds no interactions, Alice's does: Bob's friends are unknown,
    # and the line says where they are (per platform it said "only on platforms whose
    # exports hold no interactions: ", naming none: Facebook as a whole has them)
    net = merge_exports(
        [
            _export(
                "facebook", "alice", "2020-01-01", {"xia": "2019-10-15"}, {"xia": "2019-12-20"}
            ),
            _export("facebook", "bob", "2020-01-01", {"yan": "2019-10-15", "zoe": "2019-10-15"}),
        ]
    )
    status = activity.contact_status(net).set_index("name")["status"].astype(str)
    assert status.to_dict() == {"Xia": "active", "Yan": "unknown", "Zoe": "unknown"}
    line = headcount.describe_people(net)
    assert line.endswith(
        "; activity unknown for 2 (only in exports that hold no interactions: 1 facebook account)."
    )
    # with an address book too: both are named
    book = _export("addressbook", "", "2020-01-01", {"amy": "2019-01-01"})
    book = LoadedExport(
        platform="addressbook",
        generation="test",
        source="book.vcf",
        exported_at=book.exported_at,
        contacts=book.contacts.assign(relation="contact"),
        missing={"interactions": "an address book holds no interactions"},
    )
    line = headcount.describe_people(merge_exports([*net.exports, book]))
    assert "(only in exports that hold no interactions: addressbook, 1 facebook account)" in line


def test_a_newer_mastodon_csv_of_another_account_is_no_stale_warning(tmp_path: Path) -> None:
    from test_evidence_accounts import _archive, _follows

    # the owner's archive (with an outbox), its files of 2024-04-01, and a CSV export of
    # another account (it shares one person), of 2024-05-01: per platform the newest
    # mastodon export held no interactions, so a warning said mastodon's activity was
    # known only until 2024-04-01 and the archive's people were judged as of then
    archive = _archive(tmp_path / "archive")
    stamp = pd.Timestamp("2024-04-01 12:00", tz="UTC").timestamp()
    for path in archive.iterdir():
        os.utime(path, (stamp, stamp))
    _follows(tmp_path / "other-csv", ["m1@harbour.example", "ro@quay.example"])
    net = p1k.load(tmp_path, cache_dir=None)
    assert sorted(net.snapshots["exported_at"].dt.strftime("%Y-%m-%d")) == [
        "2024-04-01",
        "2024-05-01",
    ]
    assert evidence.account_interactions_known_until(net) == {}
    assert not net.problems["message"].str.contains("holds no interactions").any()
    status = activity.contact_status(net, as_of="2024-06-01").set_index("person_id")
    assert (status["judged_as_of"] == pd.Timestamp("2024-06-01", tz="UTC")).all()
    assert status.loc["mastodon:ro@quay.example", "status"] == "unknown"
    assert status.loc["mastodon:m2@harbour.example", "status"] == "passive"
