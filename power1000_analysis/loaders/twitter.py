"""Loader for x exports (scaffold: being written this session; detects nothing yet)."""

from __future__ import annotations

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.loaders._base import Detection, LoadedExport

PLATFORM = "x"
GENERATIONS: tuple[str, ...] = ()


def detect(archive: Archive) -> list[Detection]:
    return []


def read(archive: Archive, detection: Detection) -> LoadedExport:
    raise NotImplementedError("x loader not written yet")
