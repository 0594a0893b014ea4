"""A report refuses, with nothing touched, when --out holds a folder where it writes a file
(or a file where it writes a folder): review10b S3, where the earlier report was deleted and
some new files moved in before the refusal, leaving the user with neither report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_report_out import X_EXPORT, _write  # (the --out tests' export and file writer)

from power1000_analysis import report


def _state(folder: Path) -> dict[str, str | None]:
    """Every entry under ``folder``: a file's text, None for a folder, '-> target' for a link."""
    found: dict[str, str | None] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = f"-> {path.readlink()}"
        elif path.is_dir():
            found[name] = None
        else:
            found[name] = path.read_text(encoding="utf-8")
    return found


def _earlier_report(out: Path, files: dict[str, str]) -> Path:
    _write(out, files)
    marker = {"written_by": "power1000 report", "files": sorted(files)}
    (out / report.MARKER).write_text(json.dumps(marker), encoding="utf-8")
    return out


NEW = {"index.html": "new index", "report.json": "{}", "charts/a.png": "png"}


def test_a_folder_where_the_report_writes_a_file_is_refused_with_nothing_touched(
    tmp_path: Path,
) -> None:
    """The reviewer's repro: an earlier report's report.json and 01_x.html (listed in the
    marker) and a folder of the user's named index.html."""
    out = _earlier_report(tmp_path / "out", {"report.json": "old", "01_x.html": "old page"})
    _write(out, {"index.html/mine.txt": "mine"})
    before = _state(out)
    staging = _write(tmp_path / "staging", NEW)
    with pytest.raises(report.OutFolderInUse) as refused:
        report._publish(staging, out)
    # the old code had deleted report.json and 01_x.html and moved charts/a.png in
    assert _state(out) == before
    assert _state(staging) == {"charts": None, **NEW}
    message = str(refused.value)
    assert f"{out / 'index.html'} is a folder, where the report writes a file" in message
    assert "Nothing was written or deleted" in message


def test_a_file_where_the_report_writes_a_folder_is_refused(tmp_path: Path) -> None:
    out = _earlier_report(tmp_path / "out", {"index.html": "old", "charts/old.png": "old"})
    _write(out, {"charts2": "mine"})
    staging = _write(tmp_path / "staging", {"index.html": "new", "charts2/a.png": "png"})
    before = _state(out)
    with pytest.raises(
        report.OutFolderInUse, match="charts2 is a file, where the report writes a folder"
    ):
        report._publish(staging, out)
    assert _state(out) == before  # the old code deleted index.html, then mkdir failed
    # a dangling link there is refused the same way (mkdir would fail on it too)
    (out / "charts2").unlink()
    (out / "charts2").symlink_to(tmp_path / "nowhere")
    before = _state(out)
    with pytest.raises(report.OutFolderInUse, match="charts2 is a file, where the report"):
        report._publish(staging, out)
    assert _state(out) == before


def test_every_taken_name_is_named_and_the_marker_too(tmp_path: Path) -> None:
    legacy = {"report.json": json.dumps({"summary": {}, "pages": [], "timings": {}})}
    out = _write(tmp_path / "out", legacy)
    (out / report.MARKER).mkdir()  # a folder where the report writes its list
    (out / "index.html").mkdir()
    before = _state(out)
    with pytest.raises(report.OutFolderInUse) as refused:
        report._publish(_write(tmp_path / "staging", NEW), out)
    message = str(refused.value)
    assert f"{out / 'index.html'} is a folder" in message
    assert f"{out / report.MARKER} is a folder" in message
    assert "move them away" in message
    assert _state(out) == before


def test_names_the_earlier_report_wrote_are_replaced_whatever_their_kind(tmp_path: Path) -> None:
    """A file the earlier report wrote where this one writes a folder is no conflict: it is
    deleted first. A link to a folder where a file goes is replaced (the link, not its
    folder)."""
    out = _earlier_report(tmp_path / "out", {"charts": "an earlier report's file"})
    elsewhere = _write(tmp_path / "elsewhere", {"kept.txt": "mine"})
    (out / "index.html").symlink_to(elsewhere, target_is_directory=True)
    report._publish(_write(tmp_path / "staging", NEW), out)
    after = _state(out)
    assert json.loads(after.pop(report.MARKER) or "")["files"] == sorted(NEW)
    assert after == {"charts": None, **NEW}
    assert _state(elsewhere) == {"kept.txt": "mine"}


def test_the_cli_refuses_before_any_work_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from power1000_analysis import cli

    out = _earlier_report(tmp_path / "report", {"index.html": "old", "report.json": "{}"})
    _write(out, {"assets/mine.txt": "mine"})  # a folder where it writes a folder is fine
    (out / "01_network.html").mkdir()
    before = _state(out)
    argv = ["report", str(X_EXPORT), "--out", str(out), "--no-cache", "--no-progress"]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"power1000 report: --out {out}: {out / '01_network.html'} is a folder")
    assert _state(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]  # no staging left
