"""Shared test fixtures: paths to the project's own fixtures and to ../shared (optional)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
REAL = SHARED / "fixtures" / "real"


@pytest.fixture
def real_fixtures() -> Path:
    """``../shared/fixtures/real`` — skipped with a reason on a user's fresh clone."""
    if not REAL.is_dir():
        pytest.skip(
            f"real fixtures not present at {REAL} (they live beside the repository in the team workspace)"
        )
    return REAL
