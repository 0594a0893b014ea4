"""Hostile zip members (review10 R7, R8): one that under-declares its uncompressed size is
inflated a bounded chunk at a time and stops at its declared size (zipfile's ``read(-1)``
inflated all of it first: 1.2 GB for a 0.5 MB member), and a member the loader wanted but
refused is one ``error`` row, not also "not used by the loader"."""

from __future__ import annotations

import io
import random
import tracemalloc
import zipfile
from pathlib import Path

import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders._archive import (
    READ_CHUNK,
    MemberReadError,
    ZipArchive,
    iter_text_lines,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
FACEBOOK = SAMPLE / "facebook" / "facebook-zoebrandt-2017-01-15-e2b9ac"
MIB = 1024 * 1024
THREAD = "your_facebook_activity/messages/inbox/liar_123456/message_1.json"


def _write_member(archive: zipfile.ZipFile, name: str, chunk: bytes, count: int) -> None:
    with archive.open(name, "w") as out:
        for _ in range(count):
            out.write(chunk)


def _declare(path: Path, name: str, declared: int) -> None:
    """Patch ``name``'s uncompressed size to ``declared`` in its local header and in the
    central directory (what a crafted zip does; its CRC stays that of the real data)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        order = [i.filename for i in archive.infolist()]
    data = bytearray(path.read_bytes())
    assert data[info.header_offset : info.header_offset + 4] == b"PK\x03\x04"
    data[info.header_offset + 22 : info.header_offset + 26] = declared.to_bytes(4, "little")
    central = data.find(b"PK\x05\x06")  # end of central directory: where the directory starts
    entry = int.from_bytes(data[central + 16 : central + 20], "little")
    for filename in order:
        assert data[entry : entry + 4] == b"PK\x01\x02"
        if filename == name:
            data[entry + 24 : entry + 28] = declared.to_bytes(4, "little")
        lengths = [int.from_bytes(data[entry + o : entry + o + 2], "little") for o in (28, 30, 32)]
        entry += 46 + sum(lengths)
    path.write_bytes(bytes(data))


def _liar(path: Path, real_mib: int = 50, declared: int = 2_000_000) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("fine.txt", "fine\n")
        _write_member(archive, "liar.json", b" " * MIB, real_mib)
    _declare(path, "liar.json", declared)
    return path


def _peak(run: object) -> int:
    tracemalloc.start()
    try:
        run()  # type: ignore[operator]
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def test_an_under_declared_member_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = _liar(tmp_path / "liar.zip")
    archive = ZipArchive(path)
    info = archive._member_map()["liar.json"]
    assert info.file_size == 2_000_000 and info.compress_size < 200_000  # ratio under 200:1

    def read_all() -> None:
        with pytest.raises(MemberReadError, match=r"liar\.json: cannot be read, .*Bad CRC-32"):
            archive.read_bytes("liar.json")

    # zipfile's read(-1) inflated all 50 MiB before cutting at the declared 2 MB
    assert _peak(read_all) < 4 * READ_CHUNK + 2_000_000
    assert archive.read_bytes("fine.txt") == b"fine\n"

    def read_other_ways() -> None:
        for size in (-1, 10 * MIB):
            with archive.open("liar.json") as stream:
                assert len(stream.read1(size)) == READ_CHUNK
        buffer = bytearray(8 * MIB)
        with archive.open("liar.json") as stream, pytest.raises(MemberReadError):
            stream.readinto(buffer)
        with archive.open("liar.json") as stream, pytest.raises(MemberReadError):
            for _ in iter_text_lines(stream):
                pass

    assert _peak(read_other_ways) < 8 * MIB + 4 * READ_CHUNK + 2_000_000


def test_reads_of_any_size_return_what_they_did(tmp_path: Path) -> None:
    data = random.Random(0).randbytes(3 * MIB + 1000)
    path = tmp_path / "ok.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.bin", data)
    zipped = ZipArchive(path)
    assert zipped.read_bytes("a.bin") == data
    with zipped.open("a.bin") as stream:
        assert stream.read(5) == data[:5]
        assert stream.read(2 * MIB + 3) == data[5 : 2 * MIB + 8]
        assert stream.read(None) == data[2 * MIB + 8 :]
        assert stream.read() == b""
    assert ZipArchive(io.BytesIO(path.read_bytes())).read_bytes("a.bin") == data


def _facebook_zip(target: Path, prefix: str) -> Path:
    if not FACEBOOK.exists():
        pytest.skip("data/sample is not there")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(FACEBOOK.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(FACEBOOK).as_posix())
    return target


@pytest.mark.parametrize(("kind", "prefix"), [("bomb", ""), ("liar", ""), ("bomb", "fb/")])
def test_a_refused_thread_is_one_error_and_not_also_not_used(
    tmp_path: Path, kind: str, prefix: str
) -> None:
    """The reviewer's bomb.zip (ratio ~1000:1) and liar.zip (declared size patched down) as a
    Messenger thread in a Facebook export (at the zip's top, or in a folder of it): the
    export loads, the thread is one error row and no "[info] 1 file(s) not used by the
    facebook loader" names it."""
    facebook_zip = _facebook_zip(tmp_path / "facebook-export.zip", prefix)
    with zipfile.ZipFile(facebook_zip, "a", zipfile.ZIP_DEFLATED) as archive:
        filler = b"\0" if kind == "bomb" else b" "
        _write_member(archive, prefix + THREAD, filler * MIB, 20)
    if kind == "liar":
        _declare(facebook_zip, prefix + THREAD, 1_500_000)
    net = p1k.load(facebook_zip, cache_dir=None)
    assert len(net.contacts) > 100
    named = net.problems[net.problems["source"].str.endswith(THREAD)]
    assert list(named["severity"]) == ["error"], named
    expected = "exceeds 200:1 (zip bomb?)" if kind == "bomb" else "Bad CRC-32"
    assert expected in named["message"].iloc[0]
    unused = net.problems[net.problems["message"].str.contains("not used by the facebook")]
    assert not unused["message"].str.contains("message_1.json").any(), unused
