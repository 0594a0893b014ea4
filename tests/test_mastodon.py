"""Mastodon loader: the CSV data export and the account archive (.tar.gz and .zip)."""

from __future__ import annotations

import shutil
import tarfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import discover, read_export
from power1000_analysis.loaders.mastodon import GEN_ARCHIVE, GEN_CSV, normalise_acct

FIXTURES = Path(__file__).parent / "fixtures" / "mastodon"


def load_one(path: Path):
    (found,) = discover(path)
    return found, read_export(found)


def test_normalise_acct() -> None:
    assert normalise_acct("@Alice@Example.Social") == "alice@example.social"
    assert normalise_acct(" bob ", default_domain="Home.Example") == "bob@home.example"
    assert normalise_acct("bob") == "bob"
    assert normalise_acct("not an address") is None
    assert normalise_acct("") is None


def test_csv_export_following_only() -> None:
    found, export = load_one(FIXTURES / "csv_export")
    assert found.detection.generation == GEN_CSV
    contacts = export.contacts
    assert contacts["contact_key"].tolist() == [
        "alice@example.social",
        "bob@other.example",
        "carol@example.social",
    ]
    assert set(contacts["relation"]) == {"following"}
    assert contacts["handle"].iloc[0] == "@alice@example.social"
    # mutes, blocks, lists and bookmarks are recognised, counted, and never contacts
    assert export.extra["rows_lists"] == 2
    assert export.extra["rows_muted_accounts"] == 1
    assert export.extra["rows_blocked_accounts"] == 1
    assert "dave@elsewhere.example" not in set(contacts["contact_key"])
    assert "spam@bad.example" not in set(contacts["contact_key"])
    # an import-only file with a following-shaped header is listed as unknown, not read
    info = export.problems[export.problems["severity"] == "info"]["message"].tolist()
    assert info == ["1 file(s) not used by the mastodon loader: new-following-imports.txt"]
    assert "erin@import.example" not in set(contacts["contact_key"])
    assert export.owner is None


def test_headerless_files_alone_are_not_an_export(tmp_path: Path) -> None:
    for name in ("blocked_accounts.csv", "lists.csv", "bookmarks.csv"):
        shutil.copy(FIXTURES / "csv_export" / name, tmp_path / name)
    from power1000_analysis.loaders import mastodon
    from power1000_analysis.loaders._archive import open_archive

    assert mastodon.detect(open_archive(tmp_path)) == []


def test_account_archive_folder() -> None:
    found, export = load_one(FIXTURES / "archive")
    assert found.detection.generation == GEN_ARCHIVE
    assert export.owner == "https://home.example/users/ada"
    assert export.owner_details["acct"] == "ada@home.example"
    assert export.owner_details["name"] == "Ada Owner"
    assert export.contacts is None or export.contacts.empty
    frame = export.interactions
    rows = sorted(
        zip(
            frame["contact_key"],
            frame["kind"],
            frame["direction"],
            frame["visibility"],
            strict=True,
        )
    )
    assert rows == [
        # a local mention is written "@bob": the domain comes from its href
        ("bob@home.example", "mention", "out", "public"),
        ("carol@other.example", "mention", "out", "direct"),
        ("carol@other.example", "mention", "out", "public"),
    ]
    assert frame["n_participants"].tolist() == [3, 3, 2]
    assert frame["at"].tolist() == [
        pd.Timestamp("2023-01-05 09:00", tz="UTC"),
        pd.Timestamp("2023-01-05 09:00", tz="UTC"),
        pd.Timestamp("2023-01-06 10:30", tz="UTC"),
    ]
    # the boost and the likes carry no mention / no author
    assert export.extra["boosts"] == 1
    assert export.extra["likes_without_author"] == 2


def _tar_gz(folder: Path, target: Path) -> Path:
    # Older Mastodon (BackupService, Gem::Package::TarWriter) puts members at the top.
    with tarfile.open(target, "w:gz") as tar:
        for path in sorted(folder.iterdir()):
            tar.add(path, arcname=path.name)
    return target


def _zip(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            zf.write(path, path.name)
    return target


def _frames(net: p1k.Network) -> dict[str, pd.DataFrame]:
    dates = ["first_seen_at", "last_seen_at"]
    return {
        name: getattr(net, name).drop(columns=dates, errors="ignore")
        for name in ("contacts", "interactions")
    }


@pytest.mark.parametrize(("suffix", "pack"), [("tar.gz", _tar_gz), ("zip", _zip)])
def test_archive_tar_gz_and_zip_equal_the_folder(suffix: str, pack, tmp_path: Path) -> None:
    packed = pack(FIXTURES / "archive", tmp_path / f"archive-20230110120000-0123abcd.{suffix}")
    found, export = load_one(packed)
    assert found.detection.generation == GEN_ARCHIVE
    assert export.extra["container"] == suffix
    folder, archive = _frames(p1k.load(FIXTURES / "archive")), _frames(p1k.load(packed))
    for name, frame in folder.items():
        pd.testing.assert_frame_equal(frame, archive[name])
    assert len(archive["interactions"]) == 3


def test_csv_zip_equals_folder(tmp_path: Path) -> None:
    packed = _zip(FIXTURES / "csv_export", tmp_path / "export.zip")
    folder, zipped = _frames(p1k.load(FIXTURES / "csv_export")), _frames(p1k.load(packed))
    for name, frame in folder.items():
        pd.testing.assert_frame_equal(frame, zipped[name])


def test_corrupt_outbox_is_a_problem_and_the_rest_loads(tmp_path: Path) -> None:
    export_dir = tmp_path / "export"
    shutil.copytree(FIXTURES / "archive", export_dir)
    for name in ("following_accounts.csv", "muted_accounts.csv"):
        shutil.copy(FIXTURES / "csv_export" / name, export_dir / name)
    outbox = (export_dir / "outbox.json").read_text(encoding="utf-8")
    (export_dir / "outbox.json").write_text(outbox[:600], encoding="utf-8")  # truncated
    _, export = load_one(export_dir)
    errors = export.problems[export.problems["severity"] == "error"]
    assert errors["source"].tolist() == [f"{export_dir}::outbox.json"]
    assert errors["message"].iloc[0].startswith("not a readable outbox")
    assert export.owner == "https://home.example/users/ada"
    assert len(export.contacts) == 3
    assert export.interactions is None or export.interactions.empty


def test_bad_following_header_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "following_accounts.csv").write_text(
        "Account address,Show boosts\nalice@example.social,true\n", encoding="utf-8"
    )
    (tmp_path / "muted_accounts.csv").write_text(
        "Account address,Hide notifications\n", encoding="utf-8"
    )
    found = discover(tmp_path)[0]
    (tmp_path / "following_accounts.csv").write_bytes(b"\x00\x01garbage,\n")
    export = read_export(found)
    errors = export.problems[export.problems["severity"] == "error"]
    assert errors["source"].tolist() == [f"{tmp_path}::following_accounts.csv"]
    assert export.contacts.empty


def test_real_mastodon_spec_fixtures(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "mastodon" / "mastodon-spec-fixtures")
    assert net.contacts["contact_key"].tolist() == ["user@example.com", "user@test.com"]
    assert set(net.contacts["relation"]) == {"following"}
    assert net.interactions.empty
    unknown = net.problems[net.problems["severity"] == "info"]["message"].iloc[0]
    for name in ("imports.txt", "bookmark-imports.txt", "new-following-imports.txt"):
        assert name in unknown
    assert "lists.csv" not in unknown and "muted_accounts.csv" not in unknown


def test_real_fedi_archive_tool(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "mastodon" / "fedi-archive-tool")
    assert net.contacts.empty
    assert net.snapshots["owner"].tolist() == ["https://social.ish.works/users/ish"]
    frame = net.interactions
    assert frame["contact_key"].tolist() == ["mx123@example.net", "mx123@example.net"]
    assert frame["kind"].tolist() == ["mention", "mention"]
    assert frame["at"].tolist() == [
        pd.Timestamp("2025-01-01 11:00", tz="UTC"),
        pd.Timestamp("2025-01-01 11:30", tz="UTC"),
    ]
    # nothing but the export dated by its file time (ux8 #5)
    assert net.problems["message"].str.contains("states no date").all()
