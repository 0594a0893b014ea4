"""Page 03 (funnel and forecast) on a thin export: the forecast inputs show a dash where
there is no number, as the other tables do, never a raw "NaN" (review10 R10)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest

from power1000_analysis.report import execute_notebook

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_forecast_inputs_of_a_thin_export_show_dashes(tmp_path: Path, real_fixtures: Path) -> None:
    # two Mastodon exports: follows without dates, no reach-out measurable, no half-life
    exports = tmp_path / "mastodon"
    shutil.copytree(real_fixtures / "mastodon", exports)
    executed = tmp_path / "03_funnel.ipynb"
    execute_notebook(
        ROOT / "notebooks" / "03_funnel.ipynb",
        executed,
        parameters={"exports": [str(exports)], "cache_dir": None, "decisions": None},
        cwd=ROOT / "notebooks",
    )
    html = [
        str(output.get("data", {}).get("text/html", ""))
        for cell in nbformat.read(executed, as_version=4).cells
        if cell.cell_type == "code"
        for output in cell.outputs
    ]
    inputs = next(t for t in html if "outreach_method" in t)
    cells = re.findall(r"<td>([^<]*)</td>", inputs)
    assert cells and "NaN" not in cells and "<NA>" not in cells, cells
    assert "–" in cells  # the numbers this export cannot give
    assert "inbound_high" in inputs and "..." not in cells  # every column shown
    assert not any(">NaN<" in t for t in html)
