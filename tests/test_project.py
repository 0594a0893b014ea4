"""The project's front door keeps its promises: README, CLI, environment files, CI entry."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from power1000_analysis import cli

ROOT = Path(__file__).resolve().parent.parent


def command_names() -> list[str]:
    parser = cli.build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    return sorted(subparsers.choices)  # type: ignore[arg-type]


def test_readme_quick_start_is_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick_start, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make report", "make test"]


@pytest.mark.parametrize("name", command_names())
def test_readme_documents_every_command(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"power1000 {name}" in readme, f"README.md does not mention `power1000 {name}`"


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([name, "--help"])
    assert exit_info.value.code == 0
    assert "usage: power1000" in capsys.readouterr().out


def test_environment_yml_installs_this_package_and_no_second_list() -> None:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    entries = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("- ")]
    assert "-e .[dev,lab]" in entries
    assert set(entries) <= {"conda-forge", "python=3.11", "pip", "pip:", "-e .[dev,lab]"}


def test_makefile_test_target_is_what_ci_runs() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^test: ", makefile, re.M)
    assert re.search(r"^report: ", makefile, re.M)
    assert "make test" in ci


def test_pyproject_is_the_single_dependency_list() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["power1000"] == "power1000_analysis.cli:main"
    assert not list(ROOT.glob("requirements*.txt"))
    names = {re.split(r"[<>=\[ ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    assert {"pandas", "pandera", "networkx", "papermill"} <= names


def test_cli_reports_a_path_that_is_no_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    assert cli.main(["inspect", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert str(tmp_path) in error
    assert "no known export" in error
    assert "Traceback" not in error
