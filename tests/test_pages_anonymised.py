"""Anonymised pages show no count of a small group (growth8's note): 03's funnel counts and
01's ``also_elsewhere`` are blanked below ``min_group_size``, with every number on the page
that would give such a count back (a nested stage's difference, a rate, a base, a total)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

from power1000_analysis.anonymize import suppress_small_funnel, suppress_small_with_rest
from power1000_analysis.funnel import ALL_PLATFORMS, STAGES
from power1000_analysis.report import execute_notebook

ROOT = Path(__file__).resolve().parent.parent
K = 5


def _funnel(rng: np.random.Generator, platforms: int) -> pd.DataFrame:
    """A funnel_table-shaped table: nested counts per platform, 'all platforms' their sum."""
    rows = []
    totals = np.zeros(len(STAGES), dtype=int)
    for p in range(platforms):
        counts = [int(rng.integers(0, 60))]
        for _ in STAGES[1:]:
            counts.append(int(rng.integers(0, counts[-1] + 1)))
        totals += counts
        rows += _rows(f"p{p}", counts)
    return pd.DataFrame(rows + _rows(ALL_PLATFORMS, list(totals)))


def _rows(platform: str, counts: list[int]) -> list[dict[str, object]]:
    rows = []
    for i, stage in enumerate(STAGES):
        base = counts[max(i - 1, 0)]
        rate = counts[i] / base if base else np.nan
        rows.append(
            {
                "platform": platform,
                "stage": stage,
                "count": counts[i],
                "base": base,
                "step_conversion": rate,
                "step_low": rate,
                "step_high": rate,
                "overall_conversion": counts[i] / counts[0] if counts[0] else np.nan,
                "overall_low": np.nan,
                "overall_high": np.nan,
                "method": "counts",
                "note": "",
            }
        )
    return rows


@pytest.mark.parametrize("seed", range(40))
def test_no_small_group_can_be_read_off_the_funnel(seed: int) -> None:
    rng = np.random.default_rng(seed)
    table = _funnel(rng, platforms=int(rng.integers(1, 4)))
    shown = suppress_small_funnel(table, k=K)
    count = pd.to_numeric(shown["count"])
    raw = pd.to_numeric(table["count"])
    # no count shown is of fewer than K people (0 identifies nobody)
    assert not count.between(1, K - 1).any()
    for platform, rows in shown.groupby("platform", sort=False):
        values = count[rows.index].dropna().to_numpy()
        # two counts shown of one platform never differ by fewer than K people
        drops = values[:-1] - values[1:]
        assert not ((drops > 0) & (drops < K)).any(), (platform, values)
        # a base shown is the count before it, shown; a rate is made of shown counts
        hidden = count[rows.index].isna() & raw[rows.index].notna()
        before = np.r_[hidden.iloc[0], hidden.to_numpy()[:-1]]
        assert (shown.loc[rows.index, "base"].isna().to_numpy() == before).all()
        rates = shown.loc[rows.index, ["step_conversion", "overall_conversion"]]
        assert rates[hidden.to_numpy()].isna().all().all()
        assert shown.loc[rows.index, "note"][hidden.to_numpy()].str.contains("blanked").all()
    # a total with exactly one platform blanked would give that platform back
    parts = shown[shown["platform"] != ALL_PLATFORMS]
    total = shown[shown["platform"] == ALL_PLATFORMS].set_index("stage")["count"]
    if parts["platform"].nunique() > 1:
        blanks = pd.to_numeric(parts["count"]).isna().groupby(parts["stage"]).sum()
        for stage, n in blanks.items():
            assert n != 1 or pd.isna(total[stage]), (stage, n)


def test_the_funnel_keeps_large_counts() -> None:
    table = pd.DataFrame(_rows("x", [300, 150, 60, 30]) + _rows(ALL_PLATFORMS, [300, 150, 60, 30]))
    shown = suppress_small_funnel(table, k=K)
    assert pd.to_numeric(shown["count"]).tolist() == [300, 150, 60, 30] * 2
    assert not shown["suppressed"].any()


def test_also_elsewhere_is_blanked_with_the_rest() -> None:
    people = pd.DataFrame(
        {
            "platform": ["x", "quora", "linkedin", ALL_PLATFORMS],
            "people": [40, 30, 50, 100],
            "also_elsewhere": [3, 28, 20, 21],
        }
    )
    shown = suppress_small_with_rest(people, "also_elsewhere", "people", k=K)
    # x: 3 also elsewhere; quora: 30 - 28 = 2 only on quora
    assert shown["also_elsewhere"].tolist() == [pd.NA, pd.NA, 20, 21]


def _cells(html: str, tag: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", cell).strip()
        for cell in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html, flags=re.S)
    ]


def _tables(path: Path) -> list[pd.DataFrame]:
    """Every table an executed notebook shows (pandas' to_html: an index column first)."""
    tables = []
    for cell in nbformat.read(path, as_version=4).cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/html", "")
            for table in re.findall(r"<table.*?</table>", text, flags=re.S):
                head = re.search(r"<thead>(.*?)</thead>", table, flags=re.S)
                body = re.search(r"<tbody>(.*?)</tbody>", table, flags=re.S)
                if head is None or body is None:
                    continue
                columns = _cells(re.findall(r"<tr.*?</tr>", head.group(1), flags=re.S)[0], "th")
                rows = [
                    _cells(row, "td")
                    for row in re.findall(r"<tr.*?</tr>", body.group(1), flags=re.S)
                ]
                columns = columns[-len(rows[0]) :] if rows else columns
                tables.append(pd.DataFrame(rows, columns=columns))
    return tables


@pytest.mark.slow
def test_anonymised_pages_blank_small_funnel_counts_and_also_elsewhere(tmp_path: Path) -> None:
    """The sample anonymised with a group size of 50: 03's funnel and 01's also_elsewhere
    hold no count below 50 (x's 15 active and the address book's 30 people only there)."""
    k = 50
    found = {}
    for name in ("01_network", "03_funnel"):
        executed = tmp_path / f"{name}.ipynb"
        execute_notebook(
            ROOT / "notebooks" / f"{name}.ipynb",
            executed,
            parameters={
                "cache_dir": str(tmp_path / "cache"),
                "anonymize": True,
                "min_group_size": k,
                "decisions": None,
            },
            cwd=ROOT / "notebooks",
        )
        found[name] = _tables(executed)
    funnel = next(t for t in found["03_funnel"] if {"stage", "count", "base"} <= set(t.columns))
    counts = pd.to_numeric(funnel["count"], errors="coerce").dropna()
    assert len(counts) and not counts.between(1, k - 1).any(), funnel[
        ["platform", "stage", "count"]
    ]
    assert funnel["note"].astype(str).str.contains("blanked").any()
    people = next(t for t in found["01_network"] if "also_elsewhere" in t.columns)
    also = pd.to_numeric(people["also_elsewhere"], errors="coerce")
    rest = pd.to_numeric(people["people"]) - also
    assert not also.between(1, k - 1).any() and not rest.between(1, k - 1).any(), people
    assert also.isna().any()  # the sample has such groups: something was blanked
