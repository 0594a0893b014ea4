"""Several paths given, some of them no export: the rest loads, each bad path is a
``problems`` row naming it and what was expected; ``inspect`` says "not an export" and goes
on; only when nothing loads is it an error, which says what was found in plain words."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis import cli
from power1000_analysis.anonymize import for_report
from power1000_analysis.cache import ExportCache
from power1000_analysis.loaders import EXPECTED, ExportFormatError, discover


def _export(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(
        [("quora", "Ann Example", "ann-example", "2016-03-01")],
        columns=["platform", "name", "handle", "connected_at"],
    )
    frame.to_csv(folder / "quora-followers-2017-01-15.csv", index=False)
    return folder


def _bad_paths(tmp_path: Path) -> dict[str, Path]:
    broken = tmp_path / "broken.zip"
    broken.write_text("not a zip")
    other = tmp_path / "holiday.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("beach.txt", "sand")
        archive.writestr("notes/plan.md", "swim")
    plain = tmp_path / "letter.txt"
    plain.write_text("dear")
    return {"broken": broken, "other": other, "plain": plain}


def test_bad_paths_are_problems_and_the_rest_loads(tmp_path: Path) -> None:
    good = _export(tmp_path / "quora")
    bad = _bad_paths(tmp_path)
    net = p1k.load(good, *bad.values())
    assert net.contacts["name"].tolist() == ["Ann Example"]
    rows = net.problems[net.problems["message"].str.startswith("not an export")]
    assert sorted(rows["source"]) == sorted(str(p) for p in bad.values())
    assert (rows["severity"] == "warning").all()
    assert rows["message"].str.contains("Expected an export downloaded from LinkedIn").all()
    by_source = dict(zip(rows["source"], rows["message"], strict=True))
    assert "not a readable zip file" in by_source[str(bad["broken"])]
    assert "the zip holds 2 files: beach.txt, notes/plan.md" in by_source[str(bad["other"])]
    assert "a file power1000 does not read" in by_source[str(bad["plain"])]


def test_anonymised_problem_rows_leave_out_what_a_bad_path_holds(tmp_path: Path) -> None:
    net = p1k.load(_export(tmp_path / "quora"), _bad_paths(tmp_path)["other"])
    shown = for_report(net, anonymize=True)
    row = shown.problems[shown.problems["message"].str.startswith("not an export")]
    assert len(row) == 1
    assert "beach" not in row["message"].iloc[0] and "holiday" not in row["source"].iloc[0]


def test_a_bad_path_is_part_of_the_cached_load(tmp_path: Path) -> None:
    good = _export(tmp_path / "quora")
    bad = _bad_paths(tmp_path)
    store = ExportCache(tmp_path / "cache")
    first = p1k.load(good, bad["plain"], cache_dir=store)
    again = p1k.load(good, bad["plain"], bad["broken"], cache_dir=store)
    assert first.problems["source"].tolist() == [str(bad["plain"])]
    assert sorted(again.problems["source"]) == sorted([str(bad["plain"]), str(bad["broken"])])


def test_nothing_to_load_is_one_error_naming_every_path(tmp_path: Path) -> None:
    bad = _bad_paths(tmp_path)
    with pytest.raises(ExportFormatError) as error:
        discover(*bad.values())
    message = str(error.value)
    for path in bad.values():
        assert str(path) in message
    assert message.count("Expected") == 1


def test_no_export_error_says_what_was_found_in_plain_words(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ExportFormatError) as error:
        discover(empty)
    message = str(error.value)
    assert message == f"{empty}: no known export found: the folder is empty. Expected {EXPECTED}."
    full = tmp_path / "full"
    full.mkdir()
    for number in range(5):
        (full / f"file{number}.txt").write_text("x")
    with pytest.raises(ExportFormatError, match=r"the folder holds 5 files: file0\.txt, file1"):
        discover(full)
    # no internal generation codes, each platform once, short
    assert "FB-A" not in message and "commit" not in message
    assert message.count("Bluesky") == 1 and len(message) < 400


def test_inspect_says_not_an_export_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _export(tmp_path / "quora")
    bad = _bad_paths(tmp_path)
    assert cli.main(["inspect", "--no-progress", str(good), str(bad["other"])]) == 0
    out = capsys.readouterr().out
    assert f"not an export: {bad['other']} (the zip holds 2 files: beach.txt, notes/plan.md)" in out
    assert "contacts 1," in out
    assert cli.main(["inspect", "--no-progress", *map(str, bad.values())]) == 2
    error = capsys.readouterr().err
    assert "no export found in any of the 3 paths given" in error


def _past_the_limits(path: Path) -> Path:
    """A zip whose central directory declares 17 members of ~4 GiB each (68 GiB, past
    ``MAX_TOTAL_BYTES``): listing it raises ``ArchiveLimitError``."""
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(17):
            archive.writestr(f"part{number}.json", "{}")
    data = bytearray(path.read_bytes())
    start = data.find(b"PK\x01\x02")
    while start != -1:
        data[start + 24 : start + 28] = (0xFFFFFFFE).to_bytes(4, "little")  # uncompressed size
        start = data.find(b"PK\x01\x02", start + 4)
    path.write_bytes(bytes(data))
    return path


def _folder_with_bad_archives(tmp_path: Path) -> Path:
    """A downloads folder: a loose export, a zipped export, a broken zip, a zip past the
    limits (in a subfolder)."""
    folder = _export(tmp_path / "downloads")
    with zipfile.ZipFile(folder / "quora-2018.zip", "w") as archive:
        archive.writestr(
            "quora-followers-2018-01-15.csv",
            "platform,name,handle,connected_at\nquora,Bo Example,bo-example,2017-05-01\n",
        )
    (folder / "broken.zip").write_text("not a zip")
    (folder / "old").mkdir()
    _past_the_limits(folder / "old" / "huge.zip")
    return folder


def test_an_unreadable_archive_in_a_folder_is_rejected_alone(tmp_path: Path) -> None:
    # review7b #1: one broken (or past-the-limits) zip in a folder dropped the folder's exports
    folder = _folder_with_bad_archives(tmp_path)
    net = p1k.load(folder)
    assert sorted(net.contacts["name"]) == ["Ann Example", "Bo Example"]
    rows = net.problems[net.problems["message"].str.startswith("not an export")]
    by_source = dict(zip(rows["source"], rows["message"], strict=True))
    assert sorted(by_source) == [str(folder / "broken.zip"), str(folder / "old" / "huge.zip")]
    assert "not a readable zip file" in by_source[str(folder / "broken.zip")]
    assert "GiB uncompressed" in by_source[str(folder / "old" / "huge.zip")]
    # the reason does not repeat the path (the source names it)
    assert all(str(folder) not in message for message in by_source.values())
    shown = for_report(net, anonymize=True)
    hidden = shown.problems[shown.problems["message"].str.startswith("not an export")]
    assert len(hidden) == 2
    assert not hidden["message"].str.contains("zip file|GiB").any()
    assert not hidden["source"].str.contains("broken|huge").any()


def test_inspect_lists_a_folders_exports_and_its_bad_archive_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder_with_bad_archives(tmp_path)
    assert cli.main(["inspect", "--no-progress", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"not an export: {folder / 'broken.zip'} (not a readable zip file" in out
    assert f"not an export: {folder / 'old' / 'huge.zip'} (declares " in out
    assert out.count("contacts 1,") == 2


def test_a_folder_of_unreadable_archives_only_is_one_error_naming_them(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "broken.zip").write_text("not a zip")
    with pytest.raises(ExportFormatError) as error:
        discover(folder)
    message = str(error.value)
    assert message.startswith(f"{folder}: no known export found: the folder holds only archives")
    assert "broken.zip (not a readable zip file" in message


def test_every_problems_row_names_its_export(tmp_path: Path) -> None:
    """ux8 #28: a loader's row written with a bare folder or member name ("messages",
    "repo_slice.car") gets the export's path before it, so a user can find the file."""
    thread = tmp_path / "tree" / "fb" / "messages" / "inbox" / "alice_aaaaaaaaaa"
    thread.mkdir(parents=True)
    (thread / "message_1.json").write_text(
        '{"participants": [{"name": "Alice"}, {"name": "Bob"}], "title": "Alice",'
        ' "messages": [{"sender_name": "Alice", "timestamp_ms": 1415147732056, "content": "Hi"},'
        ' {"sender_name": "Bob", "timestamp_ms": 1415147681489, "content": "Yo"}]}',
        encoding="utf-8",
    )
    cards = tmp_path / "tree" / "vcard" / "roundcube"
    cards.mkdir(parents=True)
    for name in ("a", "b"):
        (cards / f"{name}.vcf").write_text(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name.upper()} Example\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
    net = p1k.load(tmp_path / "tree")
    root = str(tmp_path / "tree")
    owner_rows = net.problems.loc[net.problems["message"].str.contains("owner inferred")]
    assert owner_rows["source"].tolist() == [f"{root}::fb::messages"]
    assert all(str(s).startswith(root) for s in net.problems["source"])
    # several card files: the folder holding them, not the folder given
    books = net.snapshots.loc[net.snapshots["platform"] == "addressbook", "source"]
    assert books.tolist() == [f"{root}::vcard/roundcube"]


def test_real_problem_rows_name_their_export(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures)
    sources = net.problems["source"].astype(str)
    assert sources.str.startswith(str(real_fixtures)).all(), sources.tolist()
    partial = net.problems.loc[net.problems["message"].str.startswith("partial CAR"), "source"]
    assert partial.tolist() == [f"{real_fixtures}::bluesky/indigo::repo_slice.car"]
