"""Exports given in unusual wrappings (ux8 findings #13, #14): a zip of zips is read as a
folder of zips, within the archive limits; a vCard or a .car under another name is read by
its content; a lone file of a known export says which export to give."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from power1000_analysis.loaders import ExportFormatError, _archive, discover
from power1000_analysis.network import load

VCARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nEMAIL:ann@example.org\r\nEND:VCARD\r\n"
CONNECTIONS = (
    b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    b"Ann,Example,https://www.linkedin.com/in/ann,,ACME,CTO,15 Jan 2016\n"
)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_of_zips_reads_each_inner_zip(tmp_path: Path) -> None:
    linkedin = zip_bytes({"Connections.csv": CONNECTIONS})
    book = zip_bytes({"contacts.vcf": VCARD})
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(zip_bytes({"linkedin.zip": linkedin, "phone/book.zip": book}))
    found = discover(bundle)
    assert sorted(f.platform for f in found) == ["addressbook", "linkedin"]
    assert {f.label.split("::")[-1] for f in found} >= {"linkedin.zip"}
    net = load(bundle, resolve=False)
    assert sorted(net.contacts["platform"]) == ["addressbook", "linkedin"]
    # the inner zips are not reported as files nobody read
    assert not net.problems["message"].str.contains("not recognised").any()


def test_inner_zips_obey_the_total_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = zip_bytes({"Connections.csv": CONNECTIONS * 50})
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(zip_bytes({"a.zip": inner, "b.zip": inner}))
    # each inner zip alone fits; both together exceed the total an export may hold
    one = len(CONNECTIONS * 50)
    monkeypatch.setattr(_archive, "MAX_TOTAL_BYTES", one + one // 2)
    with pytest.raises(ExportFormatError, match="zips inside it declare more than"):
        discover(bundle)


def test_too_many_inner_zips_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = zip_bytes({"Connections.csv": CONNECTIONS})
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(zip_bytes({f"{n}.zip": inner for n in range(3)}))
    monkeypatch.setattr(_archive, "MAX_INNER_ARCHIVES", 2)
    with pytest.raises(ExportFormatError, match="holds 3 zips"):
        discover(bundle)


def test_a_zip_in_a_zip_in_a_zip_is_not_opened(tmp_path: Path) -> None:
    deepest = zip_bytes({"Connections.csv": CONNECTIONS})
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(zip_bytes({"middle.zip": zip_bytes({"inner.zip": deepest})}))
    with pytest.raises(ExportFormatError, match="no known export found"):
        discover(bundle)


def test_an_export_holding_a_zip_attachment_is_just_the_export(tmp_path: Path) -> None:
    export = tmp_path / "linkedin.zip"
    export.write_bytes(
        zip_bytes({"Connections.csv": CONNECTIONS, "attachments/x.zip": zip_bytes({"a": b"a"})})
    )
    assert [f.platform for f in discover(export)] == ["linkedin"]


def test_vcard_saved_as_text_is_read(tmp_path: Path) -> None:
    (tmp_path / "contacts.txt").write_bytes(VCARD)
    (tmp_path / "notes.txt").write_bytes(b"shopping list\n")
    net = load(tmp_path / "contacts.txt", resolve=False)
    assert net.contacts["name"].tolist() == ["Ann Example"]
    [found] = discover(tmp_path)  # in a folder too; the other text file is not a vCard
    assert found.detection.files == ("contacts.txt",)


def test_bluesky_car_without_extension_is_read(real_fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(real_fixtures / "bluesky" / "indigo" / "greenground.repo.car", tmp_path / "repo")
    net = load(tmp_path / "repo", resolve=False)
    assert net.platforms == ["bluesky"] and len(net.contacts) == 2


def test_a_lone_file_of_a_facebook_export_says_what_to_give(real_fixtures: Path) -> None:
    friends = (
        real_fixtures / "facebook" / "tardigrde-facebook-data-miner" / "friends" / "friends.json"
    )
    with pytest.raises(ExportFormatError, match="part of a Facebook export: give the whole"):
        discover(friends)


def test_a_lone_instagram_file_says_what_to_give(tmp_path: Path) -> None:
    following = tmp_path / "following.json"
    following.write_text('{"relationships_following": []}')
    with pytest.raises(ExportFormatError, match="part of an Instagram export"):
        discover(following)
