"""What the report's pages show and take (ux7 review): the user's decisions reach the
report and every notebook, a decision about an unknown account is a problem, tables are
not cut and show dates and rounded numbers, sources are relative to the exports given,
the kernels start without the TCP warning, a chart file sent alone says what it needs,
and the CLI refuses ambiguous dates."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis import cli, plotting, report
from power1000_analysis.anonymize import for_report
from power1000_analysis.identity import record_decision

ROOT = Path(__file__).resolve().parent.parent


def _export(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(
        [
            ("quora", "Ann Example", "ann-example", "2016-03-01"),
            ("quora", "Bob Example", "bob-example", "2016-04-01"),
        ],
        columns=["platform", "name", "handle", "connected_at"],
    )
    frame.to_csv(folder / "quora-followers-2017-01-15.csv", index=False)
    return folder


def _notebook(path: Path, *cells: str) -> Path:
    notebook = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell(
        "exports = []\nas_of = None\nanonymize = False\nseed = 0\ncache_dir = None\n"
        "decisions = None\ncharts_dir = None\nchart_formats = []"
    )
    parameters.metadata["tags"] = ["parameters"]
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Test?"),
        parameters,
        *(nbformat.v4.new_code_cell(c) for c in cells),
    ]
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, path)
    return path


# ------------------------------------------------------------------ decisions (ux7 #1)


def test_a_decision_about_an_unknown_account_is_a_problem(tmp_path: Path) -> None:
    exports = _export(tmp_path / "quora")
    decisions = tmp_path / "people-decisions.csv"
    record_decision(decisions, "same", ("quora", "nobody"), ("quora", "ann-example"))
    record_decision(decisions, "different", ("x", "nothere"), ("quora", "bob-example"))
    net = p1k.load(exports, decisions=decisions)
    rows = net.problems[net.problems["source"] == "people-decisions.csv"]
    assert rows["severity"].tolist() == ["warning", "info"]
    assert "quora:nobody" in rows["message"].iloc[0] and "not applied" in rows["message"].iloc[0]
    assert "(x)" in rows["message"].iloc[1]
    # a decision about accounts that are there is no problem
    clean = tmp_path / "clean.csv"
    record_decision(clean, "different", ("quora", "ann-example"), ("quora", "bob-example"))
    assert p1k.load(exports, decisions=clean).problems.empty
    # anonymised, the unknown key (maybe a real handle) is left out
    shown = for_report(net, anonymize=True).problems
    assert not shown["message"].str.contains("nobody").any()


def test_people_merge_refuses_an_account_in_none_of_the_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # review12 DEC-1: a decision naming no account of a loaded platform would never apply:
    # refused (exit 2, nothing recorded; it was recorded with a warning)
    exports = _export(tmp_path / "quora")
    decisions = tmp_path / "d.csv"
    argv = ["people", "merge", "quora:nobody", "quora:ann-example"]
    assert cli.main([*argv, str(exports), "--decisions", str(decisions)]) == 2
    assert "quora:nobody is no account of the loaded quora exports" in capsys.readouterr().err
    assert not decisions.exists()
    assert cli.main([*argv, "--decisions", str(decisions)]) == 0  # nothing to check against
    assert capsys.readouterr().err == ""
    assert len(pd.read_csv(decisions)) == 1


def test_report_takes_the_decisions_file_of_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, Any] = {}

    def fake(paths: Any, out: Any, **options: Any) -> Any:
        seen.update(options)
        raise report.ReportError("stop here")

    monkeypatch.setattr(report, "render_report", fake)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["report", "x"]) == 1
    assert seen["decisions"] is None  # none in the current folder
    record_decision(tmp_path / cli.DEFAULT_DECISIONS, "same", ("a", "1"), ("b", "2"))
    capsys.readouterr()
    assert cli.main(["report", "x"]) == 1
    assert seen["decisions"] == cli.DEFAULT_DECISIONS
    # announced before the (long) run, with how many decisions it holds (review7b #7)
    assert "using people decisions from people-decisions.csv (1 decision)" in (
        capsys.readouterr().err
    )
    assert cli.main(["report", "x", "--decisions", "other.csv"]) == 2  # given, missing


@pytest.mark.slow
def test_the_notebooks_load_with_the_reports_decisions(tmp_path: Path) -> None:
    exports = _export(tmp_path / "quora")
    decisions = tmp_path / "answers.csv"
    record_decision(decisions, "same", ("quora", "nobody"), ("quora", "ann-example"))
    notebook = _notebook(
        tmp_path / "01_test.ipynb",
        "import power1000_analysis as p1k\n"
        "net = p1k.load(*exports, cache_dir=cache_dir, decisions=decisions)\n"
        "print(net.problems['message'].tolist())",
    )
    result = report.render_report(
        [exports], tmp_path / "out", notebooks=[notebook], decisions=decisions, progress=False
    )
    page = (tmp_path / "out" / "01_test.html").read_text(encoding="utf-8")
    assert "a decision names quora:nobody" in page
    assert result.card["problems"] == 1  # the report's own load applied them too
    # the front page says the decisions were applied, and from which file (review7b #7)
    assert result.card["decisions"] == {"count": 1, "file": "answers.csv"}
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert (
        '<p id="decisions">Your decisions on who is who, applied: 1 (from answers.csv).</p>'
        in index
    )


def test_every_notebook_loads_with_the_decisions() -> None:
    for path in report.notebook_paths():
        source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
        loads = re.findall(r"p1k\.load\(([^)]*)\)", source)
        assert loads and all("decisions=decisions" in call for call in loads), path.name


# ------------------------------------------------------------------ pages (ux7 #7, #11, #17)


def test_sources_are_relative_to_the_exports_given(tmp_path: Path) -> None:
    exports = _export(tmp_path / "quora")
    (tmp_path / "broken.zip").write_text("no zip")
    given = [str(exports.resolve()), str((tmp_path / "broken.zip").resolve())]
    net = for_report(p1k.load(*given), anonymize=False, exports=given)
    texts = [
        *net.problems["source"],
        *net.problems["message"],
        *net.snapshots["source"],
        *net.missing()["source"],
    ]
    assert not [t for t in texts if str(tmp_path) in t]
    assert net.snapshots["source"].tolist() == ["quora::quora-followers-2017-01-15.csv"]
    assert net.problems["source"].tolist() == ["broken.zip"]


def test_tables_show_whole_cells_rounded_numbers_and_dates() -> None:
    with pd.option_context("display.max_colwidth", 50):
        report.notebook_setup()
        long_note = "not merged: another account on the same platform fits too (-4.1) " * 2
        frame = pd.DataFrame(
            {
                "note": [long_note],
                "days": [98.047393],
                "share": [0.409449],
                "people": [1.0],
                "requests": [9067.046169],
            }
        )
        text = frame._repr_html_()
        assert long_note.strip() in text
        assert ">98.05<" in text and ">0.4094<" in text and ">1<" in text and ">9,067<" in text
        pd.reset_option("display.float_format")
    times = pd.DataFrame(
        {
            "exported_at": pd.to_datetime(["2016-01-15"], utc=True),
            "last_evidence_at": pd.to_datetime(["2016-01-15 10:04:05.123456"], utc=True),
        }
    )
    assert report.shown(times).iloc[0].tolist() == ["2016-01-15", "2016-01-15 10:04"]


def test_a_network_is_a_sentence_and_no_problems_say_so(tmp_path: Path) -> None:
    net = p1k.load(_export(tmp_path / "quora"))
    text = report.describe(net, active_within_days=90).data
    assert text == (
        "Read 1 snapshot of quora: 2 contacts, 0 interactions, 0 requests; no problems "
        "found. Looking at the network as of 2017-01-15. Active: a sign of life in the last "
        "90 days."
    )
    assert report.problems_shown(net).data == "No problems found."
    assert report.as_table({"modularity": 0.834}).columns.tolist() == ["what", "value"]


def test_the_shown_intro_has_no_jupyterlab_instructions() -> None:
    for path in report.notebook_paths():
        notebook = nbformat.read(path, as_version=4)
        shown = [c.source for c in notebook.cells if c.cell_type == "markdown"]
        assert not [s for s in shown if "Run all cells" in s], path.name
        raw_net = [
            c for c in notebook.cells if c.cell_type == "code" and c.source.endswith("\nnet")
        ]
        assert not raw_net, path.name


@pytest.mark.slow
def test_kernels_start_without_the_tcp_warning_and_tables_show_dates(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    notebook = _notebook(
        tmp_path / "n.ipynb",
        "import pandas as pd\nfrom power1000_analysis.report import notebook_setup\n"
        "notebook_setup()\n"
        "pd.DataFrame({'at': pd.to_datetime(['2016-01-15'], utc=True)})",
    )
    executed = tmp_path / "out.ipynb"
    report.execute_notebook(notebook, executed, parameters={}, cwd=tmp_path)
    assert "without encryption" not in capfd.readouterr().err
    output = nbformat.read(executed, as_version=4).cells[-1].outputs[0]
    assert "2016-01-15" in output.data["text/html"]
    assert "00:00:00" not in output.data["text/html"]


# ------------------------------------------------------------------ charts, CLI (ux7 #15, #18)


def test_a_chart_file_sent_alone_says_what_it_needs(tmp_path: Path) -> None:
    table = pd.DataFrame({"platform": ["x"], "people": [3], "goal": [10]})
    report.chart(
        "size", plotting.plot_platform_counts, table, charts_dir=tmp_path, formats=["html"]
    )
    text = (tmp_path / "size.html").read_text(encoding="utf-8")
    assert "if (!window.Plotly)" in text and "share the PNG or SVG" in text
    assert text.index("if (!window.Plotly)") > text.index("Plotly.newPlot")


@pytest.mark.parametrize("day", ["01/02/2017", "2017-1-2", "2 January 2017", "2017-02-30"])
def test_as_of_must_be_an_iso_date(day: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", "x", "--as-of", day]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_seed_help_matches_the_readme() -> None:
    parser = cli.build_parser()
    [sub] = list(parser._subparsers._group_actions)  # type: ignore[union-attr]
    seed = next(a for a in sub.choices["report"]._actions if a.dest == "seed")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pseudonym numbering and the notebooks' random numbers" in seed.help
    assert "`--seed N`: pseudonym numbering and the notebooks' random numbers" in readme


@pytest.mark.slow
def test_two_kernels_started_at_once_in_one_folder_keep_their_own_sockets(
    tmp_path: Path,
) -> None:
    """IPC sockets live in a folder of each kernel's own: jupyter_client's default
    (``kernel-ipc-N`` in the working folder) let two kernels started together in
    notebooks/ connect to each other's sockets ("Invalid Signature")."""
    from concurrent.futures import ThreadPoolExecutor

    notebook = _notebook(tmp_path / "n.ipynb", "print('ran', seed)")

    def run(seed: int) -> str:
        executed = tmp_path / f"out{seed}.ipynb"
        report.execute_notebook(notebook, executed, parameters={"seed": seed}, cwd=tmp_path)
        return str(nbformat.read(executed, as_version=4).cells[-1].outputs[0].text)

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(run, [1, 2, 3, 4])) == ["ran 1\n", "ran 2\n", "ran 3\n", "ran 4\n"]
    assert not list(tmp_path.glob("kernel-ipc*"))
    assert report._transport(tmp_path)["config"]["KernelManager"]["ip"].startswith(str(tmp_path))
