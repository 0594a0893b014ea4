"""Merging snapshots into one Network (DESIGN.md §4), on small hand-made loader results."""

from __future__ import annotations

import pandas as pd
import pytest

from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports
from power1000_analysis.schema import (
    SCHEMAS,
    Estimate,
    SchemaError,
    conform,
    empty_frame,
    validate,
)

JAN16 = pd.Timestamp("2016-01-15", tz="UTC")
JAN17 = pd.Timestamp("2017-01-15", tz="UTC")


def contacts(*rows: tuple[str, str, str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"contact_key": k, "name": n, "relation": r, "connected_at": None} for k, n, r in rows]
    )


def messages(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "at": pd.Timestamp(at, tz="UTC"),
                "contact_key": k,
                "name": k,
                "direction": d,
                "kind": "message",
                "thread_key": "t",
            }
            for at, k, d in rows
        ]
    )


def snapshot(when: pd.Timestamp, **frames: pd.DataFrame) -> LoadedExport:
    export = LoadedExport(
        platform="linkedin",
        generation="test",
        source=f"li-{when.date()}",
        owner="me",
        exported_at=when,
    )
    for name, frame in frames.items():
        setattr(export, name, conform(name, frame.assign(platform="linkedin")))
    return export


def test_contacts_seen_first_last_and_current() -> None:
    old = snapshot(JAN16, contacts=contacts(("a", "Ana", "connection"), ("b", "Bo", "connection")))
    new = snapshot(
        JAN17, contacts=contacts(("b", "Bo B.", "connection"), ("c", "Cy", "connection"))
    )
    net = merge_exports([new, old])  # order of arguments does not matter
    frame = net.contacts.set_index("contact_key")
    assert list(frame.index) == ["a", "b", "c"]
    assert frame.loc["a", "first_seen_at"] == JAN16 and frame.loc["a", "last_seen_at"] == JAN16
    assert frame.loc["b", "first_seen_at"] == JAN16 and frame.loc["b", "last_seen_at"] == JAN17
    assert frame.loc["c", "first_seen_at"] == JAN17
    assert frame["is_current"].to_dict() == {"a": False, "b": True, "c": True}
    assert frame.loc["b", "name"] == "Bo B."  # the newest snapshot's view wins
    assert frame.loc["a", "person_id"] == "linkedin:a"
    assert len(net.snapshots) == 2 and list(net.snapshots["exported_at"]) == [JAN16, JAN17]


def test_older_snapshot_fills_fields_the_newer_left_blank() -> None:
    old = contacts(("a", "Ana", "connection")).assign(company="ACME")
    new = contacts(("a", "Ana", "connection"))
    net = merge_exports([snapshot(JAN16, contacts=old), snapshot(JAN17, contacts=new)])
    assert net.contacts.loc[0, "company"] == "ACME"


def test_interactions_seen_twice_count_once_but_repeats_within_a_snapshot_stay() -> None:
    shared = [
        ("2015-12-01 10:00", "a", "in"),
        ("2015-12-01 10:00", "a", "in"),
        ("2015-12-02", "b", "out"),
    ]
    old = snapshot(JAN16, interactions=messages(*shared))
    new = snapshot(JAN17, interactions=messages(*shared, ("2016-06-01", "a", "out")))
    net = merge_exports([old, new])
    assert len(net.interactions) == 4  # two identical messages at 10:00 are two messages
    assert net.interactions["at"].is_monotonic_increasing
    assert set(net.interactions["person_id"]) == {"linkedin:a", "linkedin:b"}


def test_interactions_event_key_wins_over_columns() -> None:
    old = messages(("2015-12-01", "a", "in")).assign(event_key="e1")
    new = messages(("2015-12-01", "a", "in"), ("2015-12-01", "a", "in")).assign(
        event_key=["e1", "e2"]
    )
    net = merge_exports([snapshot(JAN16, interactions=old), snapshot(JAN17, interactions=new)])
    assert len(net.interactions) == 2


def requests_frame(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "contact_key": k,
                "name": k.upper(),
                "direction": d,
                "sent_at": pd.Timestamp(s, tz="UTC"),
                "status": "pending",
            }
            for k, d, s in rows
        ]
    )


def test_request_outcomes_inferred_across_snapshots() -> None:
    old = snapshot(
        JAN16,
        contacts=contacts(("x", "X", "connection")),
        requests=requests_frame(
            ("a", "sent", "2016-01-01"),
            ("b", "sent", "2016-01-02"),
            ("c", "received", "2016-01-03"),
            ("d", "sent", "2016-01-10"),
        ),
    )
    new_contacts = contacts(
        ("x", "X", "connection"), ("a", "A", "connection"), ("c", "C", "connection")
    )
    new_contacts.loc[new_contacts["contact_key"] == "a", "connected_at"] = pd.Timestamp(
        "2016-01-05", tz="UTC"
    )
    new = snapshot(
        JAN17,
        contacts=new_contacts,
        requests=requests_frame(("d", "sent", "2016-01-10"), ("e", "sent", "2017-01-10")),
    )
    net = merge_exports([old, new])
    status = net.requests.set_index("contact_key")["status"].to_dict()
    assert status == {
        "a": "accepted",
        "b": "withdrawn",
        "c": "accepted",
        "d": "pending",
        "e": "pending",
    }
    resolved = net.requests.set_index("contact_key")["resolved_at"]
    assert resolved["a"] == pd.Timestamp("2016-01-05", tz="UTC")  # the connection date
    assert resolved["c"] == JAN17  # no connection date: first snapshot that shows the tie
    assert resolved["b"] == JAN17  # vanished by the next snapshot
    assert pd.isna(resolved["d"])


def test_a_later_snapshot_without_request_files_does_not_withdraw() -> None:
    old = snapshot(JAN16, requests=requests_frame(("a", "sent", "2016-01-01")))
    mid = snapshot(
        pd.Timestamp("2016-06-15", tz="UTC"), contacts=contacts(("x", "X", "connection"))
    )
    mid.missing["requests"] = "this export holds no request files"
    net = merge_exports([old, mid])
    assert net.requests["status"].tolist() == ["pending"]  # nothing says it vanished
    assert net.requests["resolved_at"].isna().all()
    # a snapshot that does hold request files (none pending) shows it gone
    new = snapshot(JAN17, requests=requests_frame(("z", "sent", "2016-12-01")))
    net = merge_exports([old, mid, new])
    frame = net.requests.set_index("contact_key")
    assert frame.loc["a", "status"] == "withdrawn" and frame.loc["a", "resolved_at"] == JAN17


def test_a_pending_request_declined_later_under_another_date_is_one_request() -> None:
    received = requests_frame(("a", "received", "2016-01-14"), ("b", "received", "2016-01-02"))
    # Facebook's rejected list dates the row by one timestamp (here the rejection's)
    declined = requests_frame(("a", "received", "2016-03-01")).assign(status="declined")
    net = merge_exports([snapshot(JAN16, requests=received), snapshot(JAN17, requests=declined)])
    frame = net.requests.set_index("contact_key")
    assert len(frame) == 2  # a once (declined), b once (withdrawn), not a twice
    assert frame.loc["a", "status"] == "declined"
    assert frame.loc["a", "sent_at"] == pd.Timestamp("2016-01-14", tz="UTC")
    assert frame.loc["a", "resolved_at"] == pd.Timestamp("2016-03-01", tz="UTC")
    assert frame.loc["b", "status"] == "withdrawn"


def test_an_answer_dated_before_the_pending_request_is_another_request() -> None:
    received = requests_frame(("a", "received", "2016-01-14"))
    declined = requests_frame(("a", "received", "2015-06-01")).assign(status="declined")
    net = merge_exports([snapshot(JAN16, requests=received), snapshot(JAN17, requests=declined)])
    assert sorted(net.requests["status"]) == ["declined", "withdrawn"]


def test_many_answers_pair_with_their_requests_one_by_one() -> None:
    """Hundreds of requests through the pairing of answers with earlier pending rows: each
    answer dated later pairs with its own request, an earlier one is another request, the
    latest of two requests is the one answered, a request still listed pending when the
    answer appears is not it, and an answer's own resolved_at is kept."""
    day = pd.Timedelta(days=1)
    start = pd.Timestamp("2016-01-01 10:00", tz="UTC")
    pending = [(f"p{i:03d}", "received", str(start + (i % 10) * day)) for i in range(300)]
    pending += [
        ("q", "received", "2016-01-02"),
        ("q", "received", "2016-01-12"),
        ("r", "received", "2016-01-05"),
        ("s", "sent", "2016-01-03 08:00"),
    ]
    later = pd.Timestamp("2016-03-01 18:00", tz="UTC")
    answers = [(f"p{i:03d}", "received", str(later + (i % 5) * day)) for i in range(100)]
    answers += [(f"p{i:03d}", "received", "2015-06-01") for i in range(100, 150)]
    answers += [("q", "received", "2016-02-01"), ("r", "received", "2016-02-01")]
    answered = requests_frame(*answers).assign(status="declined")
    accepted = requests_frame(("s", "sent", "2016-02-02")).assign(
        status="accepted", resolved_at=pd.Timestamp("2016-02-05", tz="UTC")
    )
    still = requests_frame(("r", "received", "2016-01-05"))
    new = pd.concat([answered, accepted, still], ignore_index=True)
    net = merge_exports(
        [snapshot(JAN16, requests=requests_frame(*pending)), snapshot(JAN17, requests=new)]
    )
    frame = net.requests
    assert len(frame) == 300 + 50 + 2 + 2 + 1  # p000-p299 once, p100-p149 twice, q, r twice, s
    by_key = frame.groupby("contact_key")
    assert by_key.size().loc[[f"p{i:03d}" for i in range(100, 150)]].eq(2).all()
    assert by_key.size().drop([*(f"p{i:03d}" for i in range(100, 150)), "q", "r"]).eq(1).all()
    for i in range(100):
        [row] = frame[frame["contact_key"] == f"p{i:03d}"].to_dict("records")
        assert row["status"] == "declined"
        assert row["sent_at"] == start + (i % 10) * day  # the request's time
        assert row["resolved_at"] == later + (i % 5) * day  # the answer's date
    for i in range(100, 150):
        rows = frame[frame["contact_key"] == f"p{i:03d}"].sort_values("sent_at")
        assert rows["status"].tolist() == ["declined", "withdrawn"]
    gone = frame[frame["contact_key"].isin([f"p{i:03d}" for i in range(150, 300)])]
    assert len(gone) == 150 and set(gone["status"]) == {"withdrawn"}
    q = frame[frame["contact_key"] == "q"].sort_values("sent_at")
    assert q["status"].tolist() == ["withdrawn", "declined"]  # the later request was answered
    assert q["sent_at"].tolist() == [
        pd.Timestamp("2016-01-02", tz="UTC"),
        pd.Timestamp("2016-01-12", tz="UTC"),
    ]
    r = frame[frame["contact_key"] == "r"].sort_values("sent_at")
    assert r["status"].tolist() == ["pending", "declined"]  # still listed: another request
    assert r["sent_at"].tolist() == [
        pd.Timestamp("2016-01-05", tz="UTC"),
        pd.Timestamp("2016-02-01", tz="UTC"),
    ]
    [s] = frame[frame["contact_key"] == "s"].to_dict("records")
    assert s["status"] == "accepted"
    assert s["sent_at"] == pd.Timestamp("2016-01-03 08:00", tz="UTC")
    assert s["resolved_at"] == pd.Timestamp("2016-02-05", tz="UTC")  # its own, kept


def test_a_single_snapshot_keeps_requests_as_exported() -> None:
    net = merge_exports([snapshot(JAN16, requests=requests_frame(("a", "sent", "2016-01-01")))])
    assert net.requests["status"].tolist() == ["pending"]


def test_empty_network_has_every_frame_with_contract_dtypes() -> None:
    net = Network.empty()
    for name in ("contacts", "interactions", "requests", "snapshots", "problems", "people"):
        frame = getattr(net, name)
        assert frame.empty
        assert list(frame.columns) == list(empty_frame(name).columns)
    assert str(net.contacts["connected_at"].dtype) == "datetime64[ns, UTC]"
    assert net.as_of is None


def test_schema_rejects_values_outside_the_contract() -> None:
    frame = conform("contacts", contacts(("a", "Ana", "colleague")).assign(platform="x"))
    frame["is_current"] = True
    frame["person_id"] = "x:a"
    with pytest.raises(SchemaError, match="relation"):
        validate("contacts", frame)


def test_schema_rejects_naive_timestamps_and_duplicate_keys() -> None:
    frame = conform(
        "contacts", contacts(("a", "Ana", "friend"), ("a", "Ann", "friend")).assign(platform="x")
    )
    frame["is_current"] = True
    frame["person_id"] = "x:a"
    with pytest.raises(ValueError, match="duplicate"):
        validate("contacts", frame)
    naive = frame.iloc[:1].copy()
    naive["connected_at"] = pd.Series([pd.Timestamp("2020-01-01")], dtype="datetime64[ns]")
    with pytest.raises(SchemaError):
        validate("contacts", naive)


def test_schema_checks_frames_without_rows() -> None:
    """Empty frames skip pandera (a fast path) but are held to the same contract: every
    column present with its dtype, integer columns coerced as pandera coerces them."""
    for name in ("contacts", "interactions", "requests", "snapshots", "problems", "people"):
        frame = empty_frame(name)
        by_pandera = SCHEMAS[name].validate(frame.copy(), lazy=False)
        pd.testing.assert_frame_equal(validate(name, frame), by_pandera)
        with pytest.raises(SchemaError, match=frame.columns[0]):
            validate(name, frame.drop(columns=frame.columns[0]))
    with pytest.raises(SchemaError, match="at"):
        validate("interactions", empty_frame("interactions").astype({"at": object}))
    with pytest.raises(SchemaError, match="is_current"):
        validate("contacts", empty_frame("contacts").astype({"is_current": object}))
    with pytest.raises(SchemaError, match="name"):
        validate("contacts", empty_frame("contacts").astype({"name": float}))
    naive = empty_frame("contacts")
    naive["connected_at"] = pd.Series([], dtype="datetime64[ns]")
    with pytest.raises(SchemaError, match="connected_at"):
        validate("contacts", naive)
    coerced = validate(
        "interactions", empty_frame("interactions").astype({"n_participants": object})
    )
    assert coerced["n_participants"].dtype == "int64"


@pytest.mark.parametrize(
    "snapshots",
    [
        pytest.param([(JAN16, [("a", "Ana", "connection"), ("b", "Bo", "connection")])], id="one"),
        pytest.param(
            [(JAN16, [("a", "Ana", "connection")]), (JAN17, [])], id="one-then-empty-newer"
        ),
        pytest.param(
            [(JAN16, [("a", "Ana", "connection")]), (JAN17, [("c", "Cy", "connection")])],
            id="two-disjoint",
        ),
        pytest.param(
            [(JAN16, [("a", "Ana", "connection")]), (JAN17, [("a", "Ann", "connection")])],
            id="two-overlapping",
        ),
    ],
)
def test_contacts_merge_shortcut_matches_the_general_merge(
    snapshots: list[tuple[pd.Timestamp, list[tuple[str, str, str | None]]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When no (platform, contact_key) repeats, ``_merge_contacts`` skips its groupbys; the
    result is the general merge's, and the loader frames are not written into."""
    import power1000_analysis.network as network

    def exports() -> list[LoadedExport]:
        return [
            snapshot(when, contacts=contacts(*rows)) if rows else snapshot(when)
            for when, rows in snapshots
        ]

    given = exports()
    before = [None if e.contacts is None else e.contacts.copy() for e in given]
    fast = merge_exports(given).contacts
    for export, frame in zip(given, before, strict=True):
        if frame is None:
            assert export.contacts is None
        else:
            pd.testing.assert_frame_equal(export.contacts, frame)
    monkeypatch.setattr(network, "_one_row_per_key", lambda frame, keys: False)
    general = merge_exports(exports()).contacts
    pd.testing.assert_frame_equal(fast, general)
    if len(snapshots) == 2 and not snapshots[1][1]:  # a newer snapshot without contacts
        assert not fast["is_current"].any()


def test_summary_counts() -> None:
    net = merge_exports(
        [snapshot(JAN16, contacts=contacts(("a", "Ana", "connection"), ("b", "Bo", "connection")))]
    )
    summary = net.summary()
    assert summary["people"] == 2 and summary["contacts_by_platform"] == {"linkedin": 2}
    assert summary["snapshots"] == 1 and summary["problems"] == 0


def test_estimate_formats_itself() -> None:
    assert str(Estimate(0.25, 0.2, 0.3, n=400, method="Wilson")) == "0.25 (95% CI 0.2–0.3, n=400)"


def test_merged_interactions_are_categorical_across_platforms() -> None:
    """Frames from two platforms, one with categorical columns and one with strings (as the
    Facebook and Instagram loaders give them), merge into categoricals, not object columns:
    scoring works on their codes (bench/README.md, issue #7)."""
    facebook = messages(("2015-12-01", "a", "in"), ("2015-12-02", "b", "out")).assign(
        platform="facebook", kind=pd.Categorical(["message", "comment"])
    )
    facebook["direction"] = facebook["direction"].astype("category")
    instagram = messages(("2015-12-03", "c", "in")).assign(platform="instagram", kind="like")
    exports = []
    for platform, frame in (("facebook", facebook), ("instagram", instagram)):
        export = LoadedExport(
            platform=platform, generation="test", source=platform, owner="me", exported_at=JAN16
        )
        export.interactions = conform("interactions", frame)
        exports.append(export)
    net = merge_exports(exports)
    interactions = net.interactions
    for column in ("platform", "kind", "direction", "person_id"):
        assert isinstance(interactions[column].dtype, pd.CategoricalDtype), column
    assert interactions["kind"].tolist() == ["message", "comment", "like"]
    assert interactions["direction"].tolist() == ["in", "out", "in"]
    assert interactions["platform"].tolist() == ["facebook", "facebook", "instagram"]
    assert interactions["person_id"].tolist() == ["facebook:a", "facebook:b", "instagram:c"]


@pytest.mark.filterwarnings("error::FutureWarning")
def test_all_missing_column_of_one_snapshot_keeps_the_others_dtype() -> None:
    """One Messenger snapshot holds no reaction at all (an all-missing categorical with no
    categories), the other holds two: the merged ``reaction`` column is the filled parts'
    categorical, chosen before ``pd.concat`` (whose dtype rule for all-NA parts is
    deprecated and warned about; the real Facebook fixtures hit it)."""
    old = messages(("2015-12-01", "a", "in"), ("2015-12-02", "b", "out")).assign(
        reaction=pd.Categorical([None, None], categories=pd.Index([], dtype=object))
    )
    new = messages(("2016-12-01", "a", "in"), ("2016-12-02", "b", "out")).assign(
        reaction=pd.Categorical(["❤", "😮"])
    )
    net = merge_exports([snapshot(JAN16, interactions=old), snapshot(JAN17, interactions=new)])
    reaction = net.interactions["reaction"]
    assert isinstance(reaction.dtype, pd.CategoricalDtype)
    assert list(reaction.dtype.categories) == ["❤", "😮"]
    assert reaction.tolist()[2:] == ["❤", "😮"] and reaction.isna().sum() == 2
