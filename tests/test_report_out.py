"""``power1000 report --out DIR`` replaces what an earlier report wrote there and nothing else
(review10 R12: it deleted the user's own ``DIR/assets/`` and ``DIR/charts/``)."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from power1000_analysis import report

ROOT = Path(__file__).resolve().parent.parent
X_EXPORT = ROOT / "tests" / "fixtures" / "x" / "data_2022"


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


REPORT = {
    "index.html": "index 1",
    "report.json": "{}",
    "01_network.html": "page 1",
    "assets/plotly.min.js": "plotly",
    "charts/sizes.png": "png 1",
    "charts/gone.svg": "svg 1",
}
MINE = {"assets/my-logo.svg": "mine", "charts/q3-sales.png": "mine", "notes.txt": "mine"}


def test_a_folder_of_the_users_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    """The reviewer's repro: _publish into a folder holding the user's assets/ and charts/."""
    out = _write(tmp_path / "out", MINE)
    staging = _write(tmp_path / "staging", REPORT)
    with pytest.raises(ValueError, match="holds no earlier power1000 report") as refused:
        report._publish(staging, out)
    assert isinstance(refused.value, report.OutFolderInUse)
    message = str(refused.value)
    assert str(out) in message
    assert "3 entries: assets, charts, notes.txt" in message
    assert _tree(out) == MINE


def test_the_cli_refuses_before_any_work_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from power1000_analysis import cli

    out = _write(tmp_path / "Documents", MINE)
    argv = ["report", str(X_EXPORT), "--out", str(out), "--no-cache", "--no-progress"]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"power1000 report: --out {out} is not empty and holds no earlier")
    assert "notes.txt" in err
    assert "choose a new or empty folder" in err
    assert _tree(out) == MINE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents"]  # no staging left


def test_a_file_as_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("mine")
    with pytest.raises(report.OutFolderInUse, match="is a file, not a folder"):
        report.earlier_report_files(tmp_path / "out")


def test_a_re_render_replaces_what_the_earlier_report_wrote_and_nothing_else(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    report._publish(_write(tmp_path / "first", REPORT), out)
    marker = json.loads((out / report.MARKER).read_text())
    assert marker["files"] == sorted(REPORT)
    _write(out, MINE)  # the user adds files of their own, two in the report's folders
    second = {
        "index.html": "index 2",
        "report.json": "{}",
        "01_network.html": "page 2",
        "assets/plotly.min.js": "plotly",
        "charts/sizes.png": "png 2",
    }
    assert report.earlier_report_files(out) == sorted(REPORT)
    report._publish(_write(tmp_path / "second", second), out)
    after = _tree(out)
    assert after.pop(report.MARKER)
    assert after == second | MINE  # charts/gone.svg went with the report that wrote it
    assert json.loads((out / report.MARKER).read_text())["files"] == sorted(second)


def test_a_report_folder_of_an_earlier_version_is_replaced(tmp_path: Path) -> None:
    """Reports written before the marker hold a report.json with its summary: ``make report``
    after an upgrade re-renders into report/ as before."""
    legacy = REPORT | {"report.json": json.dumps({"summary": {}, "pages": [], "timings": {}})}
    out = _write(tmp_path / "out", legacy | {"notes.txt": "mine"})
    report._publish(_write(tmp_path / "staging", {"index.html": "new"}), out)
    after = _tree(out)
    assert after.pop(report.MARKER)
    assert after == {"index.html": "new", "notes.txt": "mine"}
    # any other report.json is the user's
    out = _write(tmp_path / "other", {"report.json": '{"quarter": 3}'})
    with pytest.raises(report.OutFolderInUse, match=r"1 entry: report\.json"):
        report.earlier_report_files(out)


def test_a_planted_marker_cannot_delete_outside_the_folder(tmp_path: Path) -> None:
    outside = _write(tmp_path, {"precious.txt": "mine"}) / "precious.txt"
    out = _write(tmp_path / "out", {"index.html": "old"})
    (tmp_path / "elsewhere").mkdir()
    (out / "link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    _write(tmp_path / "elsewhere", {"kept.txt": "mine"})
    planted = ["index.html", "../precious.txt", str(outside), "link/kept.txt"]
    (out / report.MARKER).write_text(json.dumps({"files": planted}))
    assert report.earlier_report_files(out) == ["index.html"]
    report._publish(_write(tmp_path / "staging", {"index.html": "new"}), out)
    assert outside.read_text() == "mine"
    assert (tmp_path / "elsewhere" / "kept.txt").read_text() == "mine"
    assert (out / "index.html").read_text() == "new"


def _tiny_notebook(path: Path) -> Path:
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Tiny"),
            nbformat.v4.new_code_cell("exports = []", metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("print('tiny page')"),
        ]
    )
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "language": "python",
        "display_name": "Python 3",
    }
    nbformat.write(notebook, path)
    return path


@pytest.mark.slow
def test_render_report_twice_into_the_same_folder(tmp_path: Path) -> None:
    """``make report`` twice in a row: the second run replaces the first's files."""
    notebook = _tiny_notebook(tmp_path / "01_tiny.ipynb")
    out = tmp_path / "report"
    for _ in range(2):
        report.render_report(
            [X_EXPORT], out, notebooks=[notebook], cache_dir=None, progress=False, formats=[]
        )
    files = json.loads((out / report.MARKER).read_text())["files"]
    assert files == [
        "01_tiny.html",
        "assets/plotly.min.js",
        "index.html",
        "report.json",
    ]
    assert sorted(_tree(out)) == sorted([*files, report.MARKER])
    assert "tiny page" in (out / "01_tiny.html").read_text()
