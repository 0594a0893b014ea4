"""What a wheel (``pip install .``) carries: the report's notebooks too (review11 P1).

The build is setuptools' own ``build_py`` on a copy of the sources (what ``pip wheel``
puts in the wheel, without a network for build isolation); the installed layout is that
build folder first on ``PYTHONPATH``, started from a folder that is not the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".power1000-cache", ".ipynb_*")
    shutil.copytree(ROOT / "power1000_analysis", src / "power1000_analysis", ignore=ignore)
    shutil.copytree(ROOT / "notebooks", src / "notebooks", ignore=ignore)
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from setuptools import setup; setup()",
            "-q",
            "build_py",
            "-d",
            str(out),
        ],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_wheel_carries_the_report_notebooks(site: Path) -> None:
    assert len(PAGES) == 5
    carried = sorted(p.name for p in (site / "power1000_analysis" / "notebooks").glob("*.ipynb"))
    assert carried == PAGES
    assert (site / "power1000_analysis" / "py.typed").is_file()
    assert (site / "power1000_analysis" / "data" / "snap_ego_facebook_degrees.csv").is_file()


def test_wheel_carries_every_module(site: Path) -> None:
    # pyproject lists the packages by hand (the notebooks' folder mapping): a new subpackage
    # missing from that list would be left out of the wheel
    package = ROOT / "power1000_analysis"
    want = {p.relative_to(package) for p in package.rglob("*.py") if "__pycache__" not in p.parts}
    built = {
        p.relative_to(site / "power1000_analysis")
        for p in (site / "power1000_analysis").rglob("*.py")
    }
    assert built == want


def test_installed_report_finds_its_notebooks(site: Path, tmp_path: Path) -> None:
    code = (
        "import power1000_analysis, json\n"
        "from power1000_analysis.report import notebook_paths\n"
        "print(json.dumps([power1000_analysis.__file__, [str(p) for p in notebook_paths()]]))\n"
    )
    env = os.environ | {"PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    import json

    module, paths = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(module).resolve().is_relative_to(site.resolve())  # the built copy, not the clone
    assert [Path(p).name for p in paths] == PAGES
    assert all(
        Path(p).parent == (site / "power1000_analysis" / "notebooks").resolve() for p in paths
    )


def test_clone_still_uses_the_repository_notebooks() -> None:
    from power1000_analysis.report import notebook_paths

    assert notebook_paths() == [ROOT / "notebooks" / name for name in PAGES]
