"""An empty people-decisions.csv (``touch``-ed, or saved empty) is no decisions (review11 D1).

It stopped ``power1000 report`` and ``power1000 people review`` in its folder with pandas'
"No columns to parse from file", naming neither the file nor what it should hold.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from power1000_analysis import cli
from power1000_analysis.identity.constants import DECISION_COLUMNS
from power1000_analysis.identity.decisions import read_decisions, record_decision

GENERIC = Path(__file__).parent / "fixtures" / "generic" / "good"


@pytest.mark.parametrize("text", ["", "\n", "  \n\n"])
def test_empty_file_is_no_decisions(tmp_path: Path, text: str) -> None:
    path = tmp_path / "people-decisions.csv"
    path.write_text(text)
    frame = read_decisions(path)
    assert frame.empty
    assert tuple(frame.columns) == DECISION_COLUMNS
    # and the next decision goes in with its header
    record_decision(path, "same", ("x", "42"), ("instagram", "ann"))
    assert read_decisions(path)["decision"].tolist() == ["same"]


def test_unreadable_file_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "people-decisions.csv"
    path.write_bytes(b"decision,platform_a\n\xff\xfe\x00garbage\n")
    with pytest.raises(ValueError, match=r"people-decisions\.csv: not a decisions file"):
        read_decisions(path)


def test_people_review_with_an_empty_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("people-decisions.csv").touch()
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    assert cli.main(["people", "review", str(GENERIC)]) == 0
    assert "No columns" not in capsys.readouterr().err


def test_report_with_an_empty_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from power1000_analysis import report

    seen: dict[str, object] = {}

    def stub(paths: object, out: object, **kwargs: object) -> None:
        seen.update(kwargs)
        raise report.ReportError("stopped by the test")

    monkeypatch.chdir(tmp_path)
    Path("people-decisions.csv").touch()
    monkeypatch.setattr(report, "render_report", stub)
    code = cli.main(["report", str(GENERIC), "--out", str(tmp_path / "out"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 1, err  # the stub's stop, not exit 2 from reading the decisions
    assert "using people decisions from people-decisions.csv (0 decisions)" in err
    assert seen["decisions"] == "people-decisions.csv"
