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
