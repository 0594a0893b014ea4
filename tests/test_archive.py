"""Safe archive access: no extraction, no path tricks, no zip bombs, parts seen as one."""

from __future__ import annotations

import io
import os
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from power1000_analysis.loaders._archive import (
    MAX_RATIO,
    ArchiveLimitError,
    ExportFormatError,
    FolderArchive,
    MemberReadError,
    MultiArchive,
    SingleFileArchive,
    SubArchive,
    TarArchive,
    ZipArchive,
    open_archive,
    safe_member_name,
    top_folder,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a/b.json", "a/b.json"),
        ("./a//b.json", "a/b.json"),
        ("a\\b.json", "a/b.json"),
        ("../etc/passwd", None),
        ("a/../../x", None),
        ("/etc/passwd", None),
        ("C:\\Windows\\x", None),
        ("", None),
    ],
)
def test_safe_member_name(raw: str, expected: str | None) -> None:
    assert safe_member_name(raw) == expected


def _zip(tmp_path: Path, members: dict[str, bytes], name: str = "export.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return path


def test_zip_lists_and_reads_members(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"x/a.json": b"[1]", "x/b/c.csv": b"h\n1\n"})
    archive = open_archive(path)
    assert isinstance(archive, ZipArchive)
    assert archive.names() == ["x/a.json", "x/b/c.csv"]
    assert archive.read_bytes("x/b/c.csv") == b"h\n1\n"
    assert archive.size("x/a.json") == 3
    assert top_folder(archive.names()) == "x"
    with pytest.raises(FileNotFoundError, match="nope"):
        archive.read_bytes("nope")


def test_zip_path_traversal_is_recorded_not_read(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("good.csv", b"ok")
        zf.writestr("../../outside.txt", b"pwned")
        zf.writestr("/abs.txt", b"pwned")
    archive = ZipArchive(path)
    assert archive.names() == ["good.csv"]
    assert len(archive.problems) == 2
    assert all("path traversal" in p["message"] for p in archive.problems)
    assert not (tmp_path.parent / "outside.txt").exists()


def test_zip_bomb_fails_fast_in_bounded_memory(tmp_path: Path) -> None:
    # 300 MB of zeros deflates to ~300 KB: a ratio of ~1000:1, far beyond MAX_RATIO.
    path = tmp_path / "bomb.zip"
    chunk = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf,
        zf.open("big.json", "w") as out,
    ):
        for _ in range(300):
            out.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    archive = ZipArchive(path)
    tracemalloc.start()
    with pytest.raises(ArchiveLimitError, match=f"exceeds {MAX_RATIO}:1"):
        archive.read_bytes("big.json")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_lying_zip_header_cannot_inflate_past_declared_size(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"a.txt": b"x" * 1000})
    data = bytearray(path.read_bytes())
    # Shrink the declared size in the central directory: the reader must stop (CRC error,
    # a MemberReadError naming the member) rather than return more bytes than declared.
    archive = ZipArchive(io.BytesIO(bytes(data)))
    info = archive._member_map()["a.txt"]
    info.file_size = 10
    with pytest.raises(MemberReadError, match=r"a\.txt: .*Bad CRC-32") as error:
        archive.read_bytes("a.txt")
    assert isinstance(error.value.__cause__, zipfile.BadZipFile)


def test_not_a_zip_raises_export_format_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"this is not a zip")
    with pytest.raises(ExportFormatError, match=r"broken\.zip"):
        open_archive(path)


def test_folder_archive_skips_symlinks_leaving_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "export"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.json").write_text("[]")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    os.symlink(secret, root / "link.txt")
    archive = FolderArchive(root)
    assert archive.names() == ["sub/a.json"]
    assert "outside the export" in archive.problems[0]["message"]


def test_folder_archive_excludes_nested_archives(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("x")
    nested = _zip(tmp_path, {"b.csv": b"y"}, name="inner.zip")
    assert FolderArchive(tmp_path, exclude=[nested]).names() == ["a.csv"]


def test_tar_archive_reads_regular_files_and_refuses_traversal(tmp_path: Path) -> None:
    path = tmp_path / "archive.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in {"outbox.json": b"{}", "../evil": b"x"}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_600_000_000
            tar.addfile(info, io.BytesIO(data))
    archive = open_archive(path)
    assert isinstance(archive, TarArchive)
    assert archive.names() == ["outbox.json"]
    assert archive.read_bytes("outbox.json") == b"{}"
    assert archive.mtime("outbox.json") is not None
    assert archive.problems and "path traversal" in archive.problems[0]["message"]


def test_sub_and_multi_archives(tmp_path: Path) -> None:
    part1 = ZipArchive(_zip(tmp_path, {"fb/messages/inbox/t/message_1.json": b"1"}, "p1.zip"))
    part2 = ZipArchive(
        _zip(
            tmp_path,
            {
                "fb/messages/inbox/t/message_2.json": b"2",
                "fb/messages/inbox/t/message_1.json": b"dup",
            },
            "p2.zip",
        )
    )
    multi = MultiArchive([part1, part2])
    assert multi.names() == [
        "fb/messages/inbox/t/message_1.json",
        "fb/messages/inbox/t/message_2.json",
    ]
    assert multi.read_bytes("fb/messages/inbox/t/message_1.json") == b"1"  # first part wins
    assert multi.source("fb/messages/inbox/t/message_2.json").endswith(
        "p2.zip::fb/messages/inbox/t/message_2.json"
    )
    sub = SubArchive(multi, "fb/messages")
    assert sub.names() == ["inbox/t/message_1.json", "inbox/t/message_2.json"]
    assert sub.read_bytes("inbox/t/message_2.json") == b"2"


def test_single_file_archive(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\nEND:VCARD\n")
    archive = open_archive(path)
    assert isinstance(archive, SingleFileArchive)
    assert archive.names() == ["cards.vcf"]


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ExportFormatError, match="no such file"):
        open_archive(tmp_path / "nope")


def test_cache_checkpoints_and_macos_forks_are_not_export_files(tmp_path: Path) -> None:
    (tmp_path / ".power1000-cache").mkdir()
    (tmp_path / ".power1000-cache" / "entry.parquet").write_bytes(b"PAR1")
    (tmp_path / "friends.json").write_text("{}")
    assert FolderArchive(tmp_path).names() == ["friends.json"]
    path = _zip(tmp_path, {"x/friends.json": b"{}", "__MACOSX/x/._friends.json": b"\0\5\26"})
    assert ZipArchive(path).names() == ["x/friends.json"]


def test_sub_archive_lists_its_members_once(tmp_path: Path) -> None:
    parent = ZipArchive(_zip(tmp_path, {"a/b.json": b"1", "c.json": b"2"}))
    sub = SubArchive(parent, "a")
    calls = 0
    original = parent.names

    def counting_names() -> list[str]:
        nonlocal calls
        calls += 1
        return original()

    parent.names = counting_names  # type: ignore[method-assign]
    for _ in range(3):
        assert sub.read_bytes("b.json") == b"1"
    assert calls == 1


def test_local_path_only_for_files_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "messages.csv").write_text("FROM,DATE\n")
    archive = FolderArchive(folder)
    assert archive.local_path("sub/messages.csv") == folder / "sub" / "messages.csv"
    assert SubArchive(archive, "sub").local_path("messages.csv") == archive.local_path(
        "sub/messages.csv"
    )
    zipped = ZipArchive(_zip(tmp_path, {"messages.csv": b"FROM,DATE\n"}))
    assert zipped.local_path("messages.csv") is None  # inside a zip: read its bytes
    multi = MultiArchive([zipped, archive])
    assert multi.local_path("messages.csv") is None
    assert multi.local_path("sub/messages.csv") == folder / "sub" / "messages.csv"
    assert open_archive(folder / "sub" / "messages.csv").local_path("messages.csv") == (
        folder / "sub" / "messages.csv"
    )
    with pytest.raises(FileNotFoundError):
        archive.local_path("nope.csv")
