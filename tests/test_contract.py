"""The loader contract, over every export fixture of every loader (DESIGN.md §8).

Each folder ``tests/fixtures/<platform>/<export>/`` that holds an export must load into
schema-valid frames with UTC timestamps and unique contact keys, and give the same frames
from the folder and from a zip of it. Folders named ``bad_*`` or ``html_*`` are negative
fixtures tested by their loader's own tests.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.schema import COLUMNS

FIXTURES = Path(__file__).parent / "fixtures"
FRAMES = ("contacts", "interactions", "requests")


def export_folders() -> list[Path]:
    folders = []
    for platform in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for export in sorted(p for p in platform.iterdir() if p.is_dir()):
            if not export.name.startswith(("bad_", "html_", "_")):
                folders.append(export)
    return folders


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder.parent).as_posix())
    return target


def comparable(frame: pd.DataFrame) -> pd.DataFrame:
    """Frame contents without the columns that name the container: source paths, and the
    snapshot dates that come from file times when a fixture's name carries no date (zip
    times have two-second resolution)."""
    drop = [c for c in frame.columns if c in ("source", "first_seen_at", "last_seen_at")]
    columns = sorted(c for c in frame.columns if c not in drop)
    out = frame[columns].astype(str)
    return out.sort_values(columns).reset_index(drop=True)


@pytest.mark.parametrize("folder", export_folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_loader_contract(folder: Path, tmp_path: Path) -> None:
    net = p1k.load(folder)
    assert len(net.snapshots) >= 1
    for name in FRAMES:
        frame = getattr(net, name)
        assert list(frame.columns[: len(COLUMNS[name])]) == list(COLUMNS[name])
        for column, (kind, _nullable, _allowed) in COLUMNS[name].items():
            if kind == "time":
                assert str(frame[column].dtype) == "datetime64[ns, UTC]", (name, column)
    assert not net.contacts.duplicated(["platform", "contact_key"]).any()
    assert (net.snapshots["platform"] == net.snapshots["platform"].str.lower()).all()

    zipped = p1k.load(zip_folder(folder, tmp_path / f"{folder.name}.zip"))
    for name in FRAMES:
        pd.testing.assert_frame_equal(
            comparable(getattr(net, name)), comparable(getattr(zipped, name))
        )
