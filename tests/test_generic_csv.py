"""Generic CSV loader: platform from the file, dated snapshots, errors with file/row/column."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.cli import main
from power1000_analysis.loaders import discover, generic_csv, read_export
from power1000_analysis.loaders._archive import FolderArchive

GENERIC = Path(__file__).resolve().parent / "fixtures" / "generic"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "generic_csv.md"


def test_good_file_all_columns() -> None:
    [found] = discover(GENERIC / "good")
    assert (found.platform, found.detection.generation) == ("generic", "generic-csv")
    result = read_export(found)
    assert result.platform == "quora"
    assert result.owner == "me-on-quora"
    assert result.exported_at == pd.Timestamp("2017-06-30", tz="UTC")
    contacts = result.contacts.set_index("contact_key")
    assert list(contacts.index) == [
        "ada-lovelace-1",
        "https://www.quora.com/profile/Zoe-Brandt",
        "kenji@example.jp",
        "grace-hopper",
    ]
    assert set(contacts["platform"]) == {"quora"}
    ada = contacts.loc["ada-lovelace-1"]
    assert (ada["name"], ada["handle"], ada["relation"]) == (
        "Ada Lovelace",
        "ada-lovelace-1",
        "follower",
    )
    assert ada["profile_url"] == "https://www.quora.com/profile/Ada-Lovelace-1"
    assert (ada["company"], ada["position"]) == ("Analytical Engines", "Countess")
    assert ada["connected_at"] == pd.Timestamp("2016-03-02", tz="UTC")
    zoe = contacts.loc["https://www.quora.com/profile/Zoe-Brandt"]
    assert zoe["relation"] == "following"  # "Following" in the file
    assert zoe["connected_at"] == pd.Timestamp("2016-11-20 17:30", tz="UTC")
    assert contacts.loc["kenji@example.jp", "relation"] == "mutual"  # "mutuals"
    # empty relation cell, no relation word in the file name: contact
    assert contacts.loc["grace-hopper", "relation"] == "contact"
    assert result.problems.empty


def test_two_dated_snapshots_merge() -> None:
    net = p1k.load(GENERIC / "snapshots")
    assert list(net.snapshots["platform"]) == ["quora", "quora"]
    assert list(net.snapshots["exported_at"].dt.strftime("%Y-%m-%d")) == [
        "2017-01-15",
        "2018-01-15",
    ]
    contacts = net.contacts.set_index("contact_key")
    assert len(contacts) == 5
    assert set(contacts["relation"]) == {"follower"}  # from "followers" in the file names
    day = lambda text: pd.Timestamp(text, tz="UTC")  # noqa: E731
    assert contacts.loc["ada-lovelace-1", "first_seen_at"] == day("2017-01-15")
    assert contacts.loc["ada-lovelace-1", "last_seen_at"] == day("2018-01-15")
    assert bool(contacts.loc["ada-lovelace-1", "is_current"])
    assert contacts.loc["alan-turing-7", "last_seen_at"] == day("2017-01-15")
    assert not bool(contacts.loc["alan-turing-7", "is_current"])  # unfollowed
    assert contacts.loc["zoe-brandt", "first_seen_at"] == day("2018-01-15")
    assert int(contacts["is_current"].sum()) == 4


def test_interactions_join_the_newest_snapshot() -> None:
    found = discover(GENERIC / "snapshots")
    files = {f.detection.files for f in found}
    assert files == {
        ("quora-followers-2017-01-15.csv",),
        ("quora-followers-2018-01-15.csv", "quora-interactions.csv"),
    }
    interactions = p1k.load(GENERIC / "snapshots").interactions
    assert list(interactions["contact_key"]) == ["ada-lovelace-1", "grace-hopper", "zoe-brandt"]
    assert list(interactions["kind"]) == ["comment", "reply", "like"]  # "likes" accepted
    assert list(interactions["direction"]) == ["in", "out", "in"]
    # matched by handle: the name comes from the contacts file
    assert interactions.loc[1, "name"] == "Grace Hopper"
    assert interactions.loc[1, "at"] == pd.Timestamp("2017-03-02 08:15", tz="UTC")
    assert set(interactions["platform"]) == {"quora"}


def test_missing_required_column_is_a_clear_problem() -> None:
    net = p1k.load(GENERIC / "bad_missing_column")
    assert net.contacts.empty
    [problem] = net.problems.to_dict("records")
    assert problem["severity"] == "error"
    assert problem["source"].endswith("quora-followers-2017-01-15.csv")
    assert "missing required column(s) name" in problem["message"]
    assert problem["n_skipped"] == 1


def test_bad_rows_name_file_row_and_column() -> None:
    net = p1k.load(GENERIC / "bad_rows")
    assert list(net.contacts["contact_key"]) == [
        "ada-lovelace-1",
        "alan-turing-7",
        "katherine-johnson-2",
    ]
    # 15/01/2017 (optional connected_at, day above 12): read day first, the row kept
    assert net.contacts.loc[1, "connected_at"] == pd.Timestamp("2017-01-15", tz="UTC")
    assert net.contacts.loc[2, "connected_at"] == pd.Timestamp("2017-01-01 01:30", tz="UTC")
    messages = list(net.problems["message"])
    assert messages[0].startswith("1 connected_at value(s) read as DD/MM/YYYY")
    assert messages[1].startswith("row 4, column relation: unknown relation 'admirer'")
    assert messages[2].startswith("row 5, column platform: platform 'x' differs")
    assert messages[3].startswith("row 6, column name: no name, handle")
    assert messages[4].startswith("row 7: same person as row 2")
    assert list(net.problems["n_skipped"]) == [0, 1, 1, 1, 1]
    assert all(
        s.endswith("bad_rows::quora-followers-2017-01-15.csv") for s in net.problems["source"]
    )


def test_bad_interaction_rows(tmp_path: Path) -> None:
    (tmp_path / "quora-interactions-2019-05-01.csv").write_text(
        "platform;at;handle;direction;kind\n"
        "quora;2019-04-01;ada;in;comment\n"
        "quora;yesterday;ada;in;comment\n"
        "quora;2019-04-02;ada;sideways;comment\n"
        "quora;2019-04-03;ada;out;poke\n",
        encoding="utf-8",
    )
    result = read_export(discover(tmp_path)[0])
    assert result.exported_at == pd.Timestamp("2019-05-01", tz="UTC")
    assert len(result.interactions) == 1
    assert result.contacts.empty
    messages = list(result.problems["message"])
    assert messages[0].startswith(
        "1 at value(s) not read (not a date this format reads: row 3 'yesterday'); "
        "those rows are skipped"
    )
    assert messages[1].startswith("row 4, column direction:")
    assert messages[2].startswith("row 5, column kind: unknown kind 'poke'")


def test_exported_at_column_wins_over_file_name(tmp_path: Path) -> None:
    (tmp_path / "quora-2017-01-15.csv").write_text(
        "platform,name,exported_at\nquora,Ada,2017-02-01\n", encoding="utf-8"
    )
    result = read_export(discover(tmp_path)[0])
    assert result.exported_at == pd.Timestamp("2017-02-01", tz="UTC")
    assert result.contacts.loc[0, "contact_key"] == "name:ada"


def test_does_not_claim_platform_csvs(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/ann,,ACME,CEO,01 Jan 2020\n",
        encoding="utf-8",
    )
    (tmp_path / "following_accounts.csv").write_text(
        "Account address,Show boosts,Notify on new posts,Languages\nbob@example.social,true,false,\n",
        encoding="utf-8",
    )
    (tmp_path / "logins.csv").write_text(
        "Date,Platform,IP\n2020-01-01,Android,192.0.2.1\n", encoding="utf-8"
    )
    google = Path(__file__).resolve().parent / "fixtures" / "addressbook" / "google"
    for path in google.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert generic_csv.detect(FolderArchive(tmp_path)) == []


def test_zip_equals_folder(tmp_path: Path) -> None:
    archive = tmp_path / "quora.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((GENERIC / "snapshots").iterdir()):
            zf.write(path, path.name)
    columns = ["platform", "contact_key", "name", "relation", "first_seen_at", "is_current"]
    pd.testing.assert_frame_equal(
        p1k.load(archive).contacts[columns], p1k.load(GENERIC / "snapshots").contacts[columns]
    )
    pd.testing.assert_frame_equal(
        p1k.load(archive).interactions, p1k.load(GENERIC / "snapshots").interactions
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-01-15", "2017-01-15 00:00:00+00:00"),
        ("2017-01-15T10:00:00Z", "2017-01-15 10:00:00+00:00"),
        ("2017-01-15 10:00 +0200", "2017-01-15 08:00:00+00:00"),
        ("2017-01-15 10:00:00 UTC", "2017-01-15 10:00:00+00:00"),
    ],
)
def test_parse_time(text: str, expected: str) -> None:
    assert str(generic_csv.parse_time(text)) == expected


@pytest.mark.parametrize("text", ["15/01/2017", "Jan 15 2017", "2017-13-45"])
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is the value itself
        generic_csv.parse_time(text)


def test_formats_command_and_docs_agree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    printed = capsys.readouterr().out
    assert printed == generic_csv.FORMAT_HELP
    title, _, body = generic_csv.FORMAT_HELP.partition("\n")
    docs = DOCS.read_text(encoding="utf-8")
    assert f"## {title}" in docs
    assert body.strip("\n") in docs
    with pytest.raises(SystemExit):
        main(["formats", "--help"])
    assert "connected_at" in capsys.readouterr().out


def test_utf16_semicolon_file(tmp_path: Path) -> None:
    text = "Platform;Name;Handle\r\nQuora;Łukasz Żółć;lukasz-z\r\n"
    (tmp_path / "quora-followers-2020-02-02.csv").write_bytes(
        b"\xff\xfe" + text.encode("utf-16-le")
    )
    result = read_export(discover(tmp_path)[0])
    assert result.contacts[["contact_key", "name", "relation"]].values.tolist() == [
        ["lukasz-z", "Łukasz Żółć", "follower"]
    ]
