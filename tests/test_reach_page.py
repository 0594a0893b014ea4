"""Page 04 (reach) with documented parameter values other than the defaults."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from power1000_analysis.report import execute_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "04_reach.ipynb"


@pytest.mark.slow
def test_reach_page_checks_hold_in_a_population_of_20_000(tmp_path: Path) -> None:
    """review10 R21: with ``population = 20000`` the Checks cell raised AssertionError
    ("simulated take-off far from r_c": 0.51 × r_c), take-off being 1% of the population."""
    if not (ROOT / "data" / "sample" / "ground_truth.json").exists():
        pytest.fail("data/sample is missing: run `make sample`")
    executed = tmp_path / NOTEBOOK.name
    parameters = {"cache_dir": str(tmp_path / "cache"), "population": 20_000}
    execute_notebook(NOTEBOOK, executed, parameters=parameters, cwd=NOTEBOOK.parent)
    cells = [c for c in nbformat.read(executed, as_version=4).cells if c.cell_type == "code"]
    outputs = [o for c in cells for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.get("name") == "stdout")
    assert "× r_c)" in printed  # a take-off within the grid, given against r_c
    assert [o.get("text") for o in cells[-1].outputs] == ["All checks passed.\n"]
