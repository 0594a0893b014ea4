"""`power1000 sample --zip` says what it wrote (review11 C1): it printed "wrote 950 files
(5.0 MB)" for a folder of 12 files, counting the files inside the zips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from power1000_analysis import cli


def test_sample_zip_counts_the_files_on_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sample"
    assert cli.main(["sample", "--out", str(out), "--scale", "0.5", "--zip", "--no-progress"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    found = re.fullmatch(
        r"wrote (\d+) files \(([\d.]+) MB\) to (.+): (\d+) zips holding (\d+) files, "
        r"and (\d+) other files",
        first,
    )
    assert found, first
    files, megabytes, where, zips, _, others = found.groups()
    on_disk = [p for p in out.rglob("*") if p.is_file()]
    assert int(files) == len(on_disk) and where == str(out)
    assert int(zips) == sum(p.suffix == ".zip" for p in on_disk)
    assert int(others) == len(on_disk) - int(zips)
    assert float(megabytes) == pytest.approx(sum(p.stat().st_size for p in on_disk) / 1e6, abs=0.06)
