"""A member whose data is damaged inside its zip (a zlib error, a bad CRC-32): a
``MemberReadError`` naming the zip and the member at the archive layer, never a raw
``zlib.error``; a loader recognises the export from its other files and reads them, the
damaged member is a ``problems`` row (review7b #4)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import power1000_analysis as p1k
from power1000_analysis import cli
from power1000_analysis.anonymize import for_report
from power1000_analysis.loaders._archive import MemberReadError, ZipArchive

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


def _zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder.parent).as_posix())
    return target


def _damage(target: Path, member_suffix: str, n_bytes: int = 40) -> str:
    """Flip ``n_bytes`` in the middle of one member's compressed data; its name."""
    with zipfile.ZipFile(target) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(member_suffix))
    data = bytearray(target.read_bytes())
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length + info.compress_size // 2
    for offset in range(start, start + n_bytes):
        data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    return info.filename


def test_a_damaged_member_is_a_member_read_error_naming_zip_and_member(tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.csv", "".join(f"row {n},{n * n}\n" for n in range(5000)))
        archive.writestr("b.csv", "fine\n")
    _damage(target, "a.csv")
    archive = ZipArchive(target)
    with pytest.raises(MemberReadError) as error:
        archive.read_bytes("a.csv")
    assert str(error.value).startswith(f"{target}::a.csv: cannot be read, its data is damaged")
    assert error.value.member == "a.csv" and error.value.archive is archive
    assert archive.read_bytes("b.csv") == b"fine\n"
    # stored (not compressed): zipfile's "Bad CRC-32" is the same error
    stored = tmp_path / "stored.zip"
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as archive_file:
        archive_file.writestr("a.csv", "x" * 1000)
    _damage(stored, "a.csv", 1)
    with pytest.raises(MemberReadError, match=r"stored\.zip::a\.csv: .*Bad CRC-32"):
        ZipArchive(stored).read_bytes("a.csv")


@pytest.fixture
def linkedin_zip(tmp_path: Path) -> Path:
    folder = SAMPLE / "linkedin" / "Complete_LinkedInDataExport_01-15-2017"
    if not folder.exists():
        pytest.skip("data/sample is not there")
    target = _zip_folder(folder, tmp_path / "linkedin-export.zip")
    _damage(target, "messages.csv")
    return target


@pytest.fixture
def x_zip(tmp_path: Path) -> Path:
    folder = SAMPLE / "x" / "twitter-2017-01-15-0b90af"
    if not folder.exists():
        pytest.skip("data/sample is not there")
    target = _zip_folder(folder, tmp_path / "twitter-export.zip")
    _damage(target, "direct-messages.js")
    return target


@pytest.mark.parametrize("fixture", ["linkedin_zip", "x_zip"])
def test_an_export_with_a_damaged_member_loads_the_rest(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    target: Path = request.getfixturevalue(fixture)
    net = p1k.load(target)
    assert len(net.contacts) > 100  # recognised and read from its other files
    assert net.interactions.empty or fixture == "x_zip"
    rows = net.problems[net.problems["message"].str.contains("damaged inside the archive")]
    assert len(rows) == 1
    assert rows["source"].iloc[0].endswith(("messages.csv", "direct-messages.js"))
    assert (rows["severity"] == "error").all()
    # the zip's path is in the source only: anonymised rows carry no trace of it
    assert not rows["message"].str.contains(str(target.parent)).any()
    shown = for_report(net, anonymize=True)
    assert not shown.problems["message"].str.contains("export.zip").any()


def test_inspect_reports_the_damaged_member(
    linkedin_zip: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["inspect", "--no-progress", str(linkedin_zip)]) == 0
    out = capsys.readouterr().out
    assert f"[error] {linkedin_zip}::" in out and "damaged inside the archive" in out
    assert "Traceback" not in out and "zlib.error" not in out


def test_a_reader_that_does_not_catch_it_runs_again_without_the_member(tmp_path: Path) -> None:
    # read_export's and detect's fallback for loaders that let the error through
    from power1000_analysis.loaders import _around_damage
    from power1000_analysis.loaders._archive import SubArchive

    target = tmp_path / "export.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("a", "b", "c"):
            archive.writestr(f"top/{name}.csv", "".join(f"{name} {n}\n" for n in range(3000)))
    _damage(target, "b.csv")
    view = SubArchive(ZipArchive(target), "top")
    result, damaged = _around_damage(view, lambda v: {n: len(v.read_bytes(n)) for n in v.names()})
    assert sorted(result) == ["a.csv", "c.csv"]
    assert list(damaged) == ["b.csv"]
    assert str(damaged["b.csv"]).startswith(f"{target}::top/b.csv: cannot be read")
