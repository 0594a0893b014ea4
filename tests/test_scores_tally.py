"""scores._tally, the compiled per-row loop (issue #7 speed) and the plain NumPy path used
below ``_COMPILED_FROM`` rows: their shortcuts change the cost, never the result. Tests of
results run on both paths (the ``path`` fixture).

- First and last times come from row numbers, which needs the rows in time order; a frame
  in another order (or partly in order) is read through an argsort and must give the same
  table. Adversarial frames (ties, NaT, rows of no one, people without rows, a missing
  kind, int64-extreme times, windows) against a plain pandas reference.
- The decay factor comes from a table and a polynomial (``_Decay``), checked against
  extended precision.
- Sorting by score uses the default sort where it cannot differ from a stable one.
- The kernels' module caches compiled code only where it can write, and nowhere else.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from power1000_analysis import _kernels
from power1000_analysis import scores as scores_module
from power1000_analysis.scores import DEFAULT_WEIGHTS, _Decay, _highest_first, _tally

AS_OF = pd.Timestamp("2024-07-01", tz="UTC")
NS_PER_DAY = 86_400 * 10**9
KINDS = ["message", "comment", "like", "mention"]
PEOPLE = ["dormant", "new", "steady", "quiet_evidence", "only_late"]


@pytest.fixture(params=["numpy", "compiled"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with ``_tally`` forced onto the NumPy path or the compiled loop."""
    threshold = 2**62 if request.param == "numpy" else 0
    monkeypatch.setattr(scores_module, "_COMPILED_FROM", threshold)
    return str(request.param)


def _planted(seed: int = 0) -> pd.DataFrame:
    """Rows in time order: a person seen only early, one only late, one throughout, one
    whose last evidence of life is old (only outbound messages since), one only after
    as_of; ties in time; rows of no one; a row without a time (at the end, where
    ``sort_values`` puts NaT)."""
    rng = np.random.default_rng(seed)
    rows = [
        # (days before as_of, person, kind, direction)
        (400, "dormant", "message", "in"),
        (390, "steady", "like", "out"),
        (390, "dormant", "comment", "in"),
        (300, "quiet_evidence", "message", "in"),
        (200, "steady", "message", "in"),
        (120, "quiet_evidence", "message", "out"),
        (60, None, "message", "in"),
        (30, "new", "mention", "in"),
        (30, "steady", "message", "out"),
        (30, "quiet_evidence", "message", "out"),
        (10, "new", "message", "out"),
        (2, "steady", "comment", "in"),
        (0, "new", "like", "in"),
        (-5, "only_late", "message", "in"),
        (-5, "steady", "message", "in"),
    ]
    at = [AS_OF - pd.Timedelta(days=d) for d, *_ in rows] + [pd.NaT]
    people = [p for _, p, *_ in rows] + ["steady"]
    frame = pd.DataFrame(
        {
            "at": pd.to_datetime(at, utc=True),
            "person_id": pd.Categorical(people, categories=PEOPLE),
            "kind": pd.Categorical([k for *_, k, _ in rows] + ["like"], categories=KINDS),
            "direction": pd.Categorical([d for *_, d in rows] + ["in"], categories=["in", "out"]),
            "n_participants": rng.choice([2, 2, 3], len(rows) + 1),
        }
    )
    return frame


def _reference(
    frame: pd.DataFrame, since: pd.Timestamp | None = None, people: list[str] = PEOPLE
) -> pd.DataFrame:
    """The tally written the obvious way."""
    keep = frame["at"].notna() & (frame["at"] <= AS_OF) & frame["person_id"].notna()
    if since is not None:
        keep &= frame["at"] > since
    rows = frame.loc[keep]
    kind, direction = rows["kind"].astype(str), rows["direction"].astype(str)
    weight = np.array([DEFAULT_WEIGHTS[(k, d)] for k, d in zip(kind, direction, strict=True)])
    group = (kind == "message") & (rows["n_participants"] > 2)
    age = (AS_OF - rows["at"]).dt.total_seconds() / 86_400
    evidence = (direction == "in") | kind.isin(["comment", "like"])
    table = rows.assign(
        weight=weight * 2 ** (-age / 90) / np.where(group, rows["n_participants"] - 1, 1),
        evidence=evidence,
        ns=rows["at"].array.asi8,
    )
    by = table.groupby("person_id", observed=True)
    return pd.DataFrame(
        {
            "score": by["weight"].sum(),
            "n_interactions": by.size(),
            "n_evidence": by["evidence"].sum(),
            "first_ns": by["ns"].min(),
            "last_ns": by["ns"].max(),
            "last_evidence_ns": table.loc[table["evidence"]]
            .groupby("person_id", observed=True)["ns"]
            .max(),
        }
    ).reindex(people)


def _as_frame(
    frame: pd.DataFrame, since: pd.Timestamp | None = None, people: list[str] = PEOPLE
) -> pd.DataFrame:
    tally = _tally(frame, AS_OF, half_life_days=90.0, weights=DEFAULT_WEIGHTS, since=since)
    assert list(tally.person_id) == people
    table = pd.DataFrame(
        {
            "score": tally.score,
            "n_interactions": tally.n_interactions,
            "n_evidence": tally.n_evidence,
            "first_ns": np.where(tally.n_interactions > 0, tally.first_ns, -1),
            "last_ns": np.where(tally.n_interactions > 0, tally.last_ns, -1),
            "last_evidence_ns": np.where(tally.n_evidence > 0, tally.last_evidence_ns, -1),
        },
        index=pd.Index(people, name="person_id"),
    )
    table.attrs["excluded"] = tally.excluded
    return table


def _check(mine: pd.DataFrame, expected: pd.DataFrame) -> None:
    np.testing.assert_allclose(mine["score"], expected["score"].fillna(0.0), rtol=1e-13)
    for column in ["n_interactions", "n_evidence"]:
        assert mine[column].tolist() == expected[column].fillna(0).astype(int).tolist(), column
    for column in ["first_ns", "last_ns", "last_evidence_ns"]:
        assert mine[column].tolist() == expected[column].fillna(-1).astype(int).tolist(), column


@pytest.mark.parametrize("order", ["time", "reversed", "shuffled", "one_row_moved"])
@pytest.mark.parametrize("window", [False, True])
def test_tally_is_the_same_in_any_row_order(order: str, window: bool, path: str) -> None:
    """Planted first/last times: people seen only early or only late, ties in time, old
    last evidence, rows of no one, after as_of and without a time, with and without a
    window start (``since``, as ``dunbar`` uses); the frame in time order (row numbers for
    times), reversed and shuffled (read through an argsort) and with one late row moved to
    the front (in order up to a late point)."""
    frame = _planted()
    if order == "reversed":
        frame = frame.iloc[::-1]
    elif order == "shuffled":
        frame = frame.sample(frac=1.0, random_state=4)
    elif order == "one_row_moved":
        frame = frame.iloc[[12, *range(12), *range(13, len(frame))]]
    frame = frame.reset_index(drop=True)
    since = AS_OF - pd.Timedelta(days=390) if window else None
    mine = _as_frame(frame, since)
    _check(mine, _reference(frame, since))
    expected_excluded = {"no_person": 1, "no_time": 1, "after_as_of": 2}
    if window:
        expected_excluded["before_window"] = 3  # 400 and twice 390 days (not after since)
    assert mine.attrs["excluded"] == expected_excluded
    dormant = mine.loc["dormant"]
    assert dormant["first_ns"] == (AS_OF - pd.Timedelta(days=400)).value or window
    quiet = mine.loc["quiet_evidence"]
    assert quiet["last_evidence_ns"] == (AS_OF - pd.Timedelta(days=300)).value
    assert quiet["last_ns"] == (AS_OF - pd.Timedelta(days=30)).value
    assert mine.loc["only_late", "n_interactions"] == 0


def test_tally_random_frames_sorted_and_not(path: str) -> None:
    """Many people, times with ties, in time order and shuffled: the same counts and times
    exactly, scores to 1e-13 (rows of equal time are summed in another order), and both
    equal to the plain groupby; people who start late or stop early."""
    rng = np.random.default_rng(7)
    n, people = 2_000, [f"p{i}" for i in range(60)]
    days = np.sort(rng.integers(-10, 500, n))[::-1]  # ties and rows after as_of
    # people who stop early and people who start late
    who = np.where(days > 300, rng.integers(0, 40, n), rng.integers(20, 60, n))
    frame = pd.DataFrame(
        {
            "at": AS_OF - pd.to_timedelta(days, unit="D"),
            "person_id": pd.Categorical.from_codes(np.where(rng.random(n) < 0.02, -1, who), people),
            "kind": pd.Categorical.from_codes(rng.integers(0, 4, n), KINDS),
            "direction": pd.Categorical.from_codes(rng.integers(0, 2, n), ["in", "out"]),
            "n_participants": rng.choice([2, 2, 5], n),
        }
    )
    ordered = _as_frame(frame, people=people)
    shuffled = frame.sample(frac=1.0, random_state=1).reset_index(drop=True)
    _check(ordered, _reference(frame, people=people))
    shuffled = _as_frame(shuffled, people=people)
    pd.testing.assert_frame_equal(
        ordered.drop(columns="score"), shuffled.drop(columns="score"), check_exact=True
    )
    np.testing.assert_allclose(ordered["score"], shuffled["score"], rtol=1e-13)


@pytest.mark.parametrize("since", [None, AS_OF - pd.Timedelta(days=365)])
def test_tally_of_no_rows(since: pd.Timestamp | None, path: str) -> None:
    """No interactions (a platform without any, as in the report's test networks): zeros,
    with and without a window start (``dunbar`` passes one)."""
    frame = _planted().iloc[:0]
    tally = _tally(frame, AS_OF, half_life_days=90.0, weights=DEFAULT_WEIGHTS, since=since)
    assert len(tally.score) == len(PEOPLE) and not tally.score.any()
    assert not tally.n_interactions.any() and not tally.n_evidence.any()


@pytest.mark.parametrize("rows", [0, 1, 2, 3, 5])
def test_tiny_frames(rows: int, path: str) -> None:
    """No row, one row, a few: the same as the plain groupby."""
    frame = _planted().iloc[[0, 4, 7, 13, 15][:rows]].reset_index(drop=True)
    _check(_as_frame(frame), _reference(frame))


def test_hand_checked_tally(path: str) -> None:
    """Hand-checked values: ann's first time, last evidence of life (an inbound message
    before her last, outbound, one) and last time; bob's outbound then inbound rows; cy
    with a single row."""
    days = [300, 200, 100, 50, 40, 30]
    frame = pd.DataFrame(
        {
            "at": pd.to_datetime([AS_OF - pd.Timedelta(days=d) for d in days], utc=True),
            "person_id": pd.Categorical(
                ["ann", "cy", "ann", "ann", "bob", "bob"], categories=["ann", "bob", "cy"]
            ),
            "kind": pd.Categorical(["message"] * 6, categories=KINDS),
            "direction": pd.Categorical(
                ["in", "in", "in", "out", "out", "in"], categories=["in", "out"]
            ),
            "n_participants": 2,
        }
    )
    tally = _tally(frame, AS_OF, half_life_days=100.0, weights=DEFAULT_WEIGHTS)
    ns = {d: (AS_OF - pd.Timedelta(days=d)).value for d in days}
    assert tally.n_interactions.tolist() == [3, 2, 1]
    assert tally.n_evidence.tolist() == [2, 1, 1]
    assert tally.first_ns.tolist() == [ns[300], ns[40], ns[200]]
    assert tally.last_ns.tolist() == [ns[50], ns[30], ns[200]]
    assert tally.last_evidence_ns.tolist() == [ns[100], ns[30], ns[200]]
    expected = [2**-3 + 2**-1 + 0.5 * 2**-0.5, 0.5 * 2**-0.4 + 2**-0.3, 2**-2]
    np.testing.assert_allclose(tally.score, expected, rtol=1e-14)


def _adversarial(seed: int) -> pd.DataFrame:
    """Ties in time, rows without a time, rows of no one, people without rows (categories
    never used), a row with no kind, a group message, rows at exactly as_of, at the
    earliest and latest instants a timestamp holds (int64 ± (2^63 − 1) ns: ages that
    overflow int64) and on the window's edges."""
    rng = np.random.default_rng(seed)
    n = 400
    people = [f"p{i}" for i in range(30)]  # p25..p29 never appear
    ns = AS_OF.value - rng.integers(-3, 300, n) * NS_PER_DAY // 4  # quarter days: ties
    frame = pd.DataFrame(
        {
            "at": pd.to_datetime(ns, utc=True),
            "person_id": pd.Categorical.from_codes(
                np.where(rng.random(n) < 0.05, -1, rng.integers(0, 25, n)), people
            ),
            "kind": pd.Categorical.from_codes(rng.integers(0, 4, n), KINDS),
            "direction": pd.Categorical.from_codes(rng.integers(0, 2, n), ["in", "out"]),
            "n_participants": rng.choice([2, 2, 2, 3, 7], n),
        }
    )
    edge = np.asarray(frame["at"].array.asi8).copy()
    edge[:4] = [AS_OF.value, AS_OF.value, -(2**63) + 1, 2**63 - 1]
    edge[4:7] = (AS_OF - pd.Timedelta(days=30)).value  # the window start below: not counted
    frame["at"] = pd.to_datetime(edge, utc=True)
    frame.loc[rng.choice(n, 8, replace=False), "at"] = pd.NaT
    frame.loc[7:8, "kind"] = None  # weight 0, no evidence, still an interaction
    return frame.sort_values("at", kind="stable").reset_index(drop=True)


def _plain(frame: pd.DataFrame, half_life: float, since: pd.Timestamp | None) -> pd.DataFrame:
    """The tally in plain pandas and Python integers (ages exact before the division)."""
    ns = frame["at"].array.asi8
    keep = frame["at"].notna().to_numpy() & (ns <= AS_OF.value) & frame["person_id"].notna()
    if since is not None:
        keep &= ns > since.value
    rows = frame.loc[keep]
    kind, direction = rows["kind"].astype(object), rows["direction"].astype(str)
    pair = [DEFAULT_WEIGHTS.get((k, d), 0.0) for k, d in zip(kind, direction, strict=True)]
    age = np.array([(AS_OF.value - int(t)) / NS_PER_DAY for t in rows["at"].array.asi8])
    with np.errstate(under="ignore"):
        decay = np.exp2(-age / half_life)
    group = (kind == "message") & (rows["n_participants"] > 2)
    # a row without a kind is no evidence of life (``_kind_columns``), even inbound
    evidence = kind.notna() & ((direction == "in") | kind.isin(["comment", "like"]))
    table = rows.assign(
        weight=np.array(pair) * decay / np.where(group, rows["n_participants"] - 1, 1),
        evidence=evidence.to_numpy(dtype=bool),
        ns=rows["at"].array.asi8,
    )
    by = table.groupby("person_id", observed=True)
    expected = pd.DataFrame(
        {
            "score": by["weight"].sum(),
            "n_interactions": by.size(),
            "n_evidence": by["evidence"].sum(),
            "first_ns": by["ns"].min(),
            "last_ns": by["ns"].max(),
            "last_evidence_ns": table.loc[table["evidence"]]
            .groupby("person_id", observed=True)["ns"]
            .max(),
        }
    )
    # nullable integers: float64 would round the int64-extreme times
    exact = ["n_interactions", "n_evidence", "first_ns", "last_ns", "last_evidence_ns"]
    return expected.astype(dict.fromkeys(exact, "Int64")).reindex(frame["person_id"].cat.categories)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("order", ["time", "reversed", "shuffled"])
@pytest.mark.parametrize("since_days", [None, 30, 100_000])
@pytest.mark.parametrize("half_life", [90.0, 1e-3, math.inf])
def test_adversarial_frames_match_plain_pandas(
    seed: int, order: str, since_days: int | None, half_life: float, path: str
) -> None:
    """The compiled tally against plain pandas on adversarial frames (see ``_adversarial``)
    in time order, reversed and shuffled, with no window, a 30-day one (rows on its edge
    left out) and one reaching back before every real time; at a 90-day half-life (the
    table), a 1.5-minute one and an infinite one (``exp`` of every age: a table would need
    too many steps, or every factor is 1). Counts and times exactly; scores to 1e-12 (the
    reference adds the rows in another order)."""
    frame = _adversarial(seed)
    if order == "reversed":
        frame = frame.iloc[::-1].reset_index(drop=True)
    elif order == "shuffled":
        frame = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    since = None if since_days is None else AS_OF - pd.Timedelta(days=since_days)
    people = list(frame["person_id"].cat.categories)
    tally = _tally(frame, AS_OF, half_life_days=half_life, weights=DEFAULT_WEIGHTS, since=since)
    mine = pd.DataFrame(
        {
            "score": tally.score,
            "n_interactions": tally.n_interactions,
            "n_evidence": tally.n_evidence,
            "first_ns": np.where(tally.n_interactions > 0, tally.first_ns, -1),
            "last_ns": np.where(tally.n_interactions > 0, tally.last_ns, -1),
            "last_evidence_ns": np.where(tally.n_evidence > 0, tally.last_evidence_ns, -1),
        },
        index=pd.Index(people),
    )
    expected = _plain(frame, half_life, since)
    _check(mine, expected)
    assert (mine.loc[people[25:], "n_interactions"] == 0).all()  # no rows: zeros
    assert tally.first_ns[25:].tolist() == [np.iinfo(np.int64).max] * 5
    ns = frame["at"].array.asi8
    real = frame["at"].notna().to_numpy()
    outside = real & (ns <= since.value) if since is not None else np.zeros(len(ns), bool)
    expected_excluded = {
        "no_person": int(frame["person_id"].isna().sum()),
        "no_time": int((~real).sum()),
        "after_as_of": int((real & (ns > AS_OF.value)).sum()),
    }
    if since is not None:
        expected_excluded["before_window"] = int(outside.sum())
    assert tally.excluded == expected_excluded
    if since_days == 30:
        assert expected_excluded["before_window"] > 3  # the rows on its edge among them
    if since is None and half_life == 90.0:
        earliest = int(np.argmin(np.where(real, ns, np.iinfo(np.int64).max)))
        assert ns[earliest] == -(2**63) + 1  # the earliest instant is counted, weight 0


def test_single_rows_score_their_weight_times_the_decay_exactly(path: str) -> None:
    """One row per person: the score is the pair's weight times ``_Decay``'s factor (the
    same kernel code), to the last bit."""
    frame = _planted().iloc[[0, 1, 4, 7, 12]].reset_index(drop=True)
    frame["person_id"] = pd.Categorical(["a", "b", "c", "d", "e"])
    frame["n_participants"] = 2
    tally = _tally(frame, AS_OF, half_life_days=90.0, weights=DEFAULT_WEIGHTS)
    ns = frame["at"].array.asi8
    beta = math.log(2.0) / (90.0 * NS_PER_DAY)
    factors = np.empty(len(ns))
    _Decay(beta, AS_OF.value, int(ns.min()), len(ns))(ns, factors)
    pairs = zip(frame["kind"].astype(str), frame["direction"].astype(str), strict=True)
    weights = np.array([DEFAULT_WEIGHTS[pair] for pair in pairs])
    assert tally.score.tolist() == (factors * weights).tolist()


def test_the_kernel_stops_at_the_first_row_out_of_time_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_kernels.tally`` reads rows while the counted ones are in time order and returns
    where they stop being (there ``_tally`` starts over through an argsort); rows it does
    not count (no time, no person) may be anywhere."""
    monkeypatch.setattr(scores_module, "_COMPILED_FROM", 0)
    frame = _planted()
    times = frame["at"].array.asi8
    swapped = frame.iloc[[*range(9), 10, 9, *range(11, len(frame))]].reset_index(drop=True)
    calls: list[int] = []
    original = _kernels.tally

    def spy(*arguments: object) -> int:
        position = original(*arguments)
        calls.append(position)
        return position

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_kernels, "tally", spy)
        _tally(frame, AS_OF, half_life_days=90.0, weights=DEFAULT_WEIGHTS)
        assert calls == [len(frame)]  # NaT last, a row of no one in between: in order
        calls.clear()
        assert times[9] < times[10]
        _tally(swapped, AS_OF, half_life_days=90.0, weights=DEFAULT_WEIGHTS)
        assert calls == [10, len(frame)]  # stopped at the swapped row, then all, sorted


def test_kernels_cache_only_where_the_package_can_be_written(tmp_path: Path) -> None:
    """``_kernels`` keeps compiled code in its own ``__pycache__`` only where a file can be
    written there; where not (here ``__pycache__`` is a file, so no directory can be made,
    even by root) it compiles in memory, the kernels work, and nothing is written: not next
    to the module and not in the home or cache directories numba would fall back to."""
    assert _kernels._can_cache(tmp_path / "made_here")
    blocked = tmp_path / "package"
    blocked.mkdir()
    (blocked / "__pycache__").write_text("not a directory")
    assert not _kernels._can_cache(blocked / "__pycache__")
    (blocked / "_kernels.py").write_text(Path(_kernels.__file__).read_text())
    home = tmp_path / "home"
    home.mkdir()
    script = (
        "import numpy as np, _kernels as k\n"
        "assert k.CACHE is False\n"
        "out = np.empty(2)\n"
        "k.decay(np.array([0, 10], dtype=np.int64), 10, 0.5, np.array([1.0, 0.0]), 3, 7,"
        " np.array([0.5, 1.0, 1.0]), out)\n"
        "print(out.tolist())\n"
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith("NUMBA_")}
    environment.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), PYTHONPATH=str(blocked))
    before = sorted(tmp_path.rglob("*"))
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=blocked,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # age 10 = 1·8 + 2: exp(−0.5·2) by the degree-2 polynomial 1 + x + x²/2, times T[1] = 0
    # ... and age 0: T[0] · 1
    assert result.stdout.strip() == "[0.0, 1.0]"
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("half_life", [1e-3, 0.5, 45.0, 90.0, 365.0, 1e12])
@pytest.mark.parametrize("span_days", [0, 1, 1000, 20_000])
@pytest.mark.parametrize("rows", [10, 3_000, 10_000_000])
def test_decay_table_matches_extended_precision(
    half_life: float, span_days: int, rows: int
) -> None:
    """The table-and-polynomial decay against exp in extended precision (x86's 64-bit
    mantissa), within 4e-16 relative (or np.exp's own accuracy where it falls back to it:
    few rows and a short half-life); ages beyond 750 half-life-ish units give 0 or a
    subnormal, never more; times after as_of and NaT give finite values."""
    rng = np.random.default_rng(int(half_life * 1000) % 2**32 + span_days)
    cutoff = AS_OF.value
    beta = math.log(2.0) / (half_life * NS_PER_DAY)
    times = cutoff - rng.integers(0, span_days * NS_PER_DAY + 1, 20_000)
    times[0] = cutoff
    decay = _Decay(beta, cutoff, int(times.min()), rows)
    out = np.empty(len(times))
    decay(times, out)
    exact = np.exp(-(np.longdouble(beta) * (cutoff - times).astype(np.longdouble)))
    normal = exact > 1e-290
    error = np.abs(out[normal] / exact[normal] - 1)
    if decay.table is not None:
        # without extended precision (Windows, macOS arm64) the table's own rounding of
        # x_max·q shows: up to ~6e-14 at exponents near 700
        tolerance = 4e-16 if np.finfo(np.longdouble).eps < 1e-18 else 1e-13
    else:
        tolerance = 1e-8  # np.exp of β·t − β·cutoff: the cancellation costs digits
    assert float(error.max(initial=0.0)) < tolerance
    assert np.all(out[~normal] < 1e-280)
    assert out[0] == 1.0
    if rows >= 10_000_000 and half_life >= 45:
        assert decay.table is not None and len(decay.table) <= scores_module._DECAY_TABLE
    strange = np.array([cutoff + NS_PER_DAY, cutoff + 10**18, np.iinfo(np.int64).min])
    odd = np.empty(3)
    with np.errstate(over="ignore"):
        decay(strange, odd)
    assert np.all(np.isfinite(odd)) or decay.table is None


def test_highest_first_is_a_stable_descending_sort() -> None:
    rng = np.random.default_rng(3)
    for trial in range(3_000):
        n = int(rng.integers(0, 25))
        score = rng.choice([0.0, 0.0, 0.5, 1.0, 2.5, float(rng.random())], n)
        if trial % 5 == 0 and n:
            score[rng.integers(0, n)] = -1.0
        if trial % 7 == 0 and n:
            score[rng.integers(0, n)] = np.nan
        expected = np.argsort(-score, kind="stable")
        assert np.array_equal(_highest_first(score), expected), score


def test_decay_of_dates_centuries_back_and_of_an_infinite_half_life(path: str) -> None:
    """An interaction in 1700 decays to 0 at a 90-day half-life and to 2^(−age/h) at a
    100-year one, whatever the row count (an int64 age of more than ~292 years would wrap
    round and count almost fully); an infinite half-life scores the weighted count; a
    half-life that is no positive number is refused."""
    cutoff = AS_OF.value
    old = pd.Timestamp("1700-01-01", tz="UTC").value
    times = np.array([old, cutoff - NS_PER_DAY, cutoff], dtype=np.int64)
    age_days = (cutoff - old) / NS_PER_DAY
    for half_life in (90.0, 36_500.0):
        beta = math.log(2.0) / (half_life * NS_PER_DAY)
        for rows in (3, 10_000_000):
            out = np.empty(3)
            _Decay(beta, cutoff, old, rows)(times, out)
            assert out[0] == pytest.approx(2.0 ** (-age_days / half_life), rel=1e-9, abs=1e-300)
            assert out[1] == pytest.approx(2.0 ** (-1 / half_life), rel=1e-12)
            assert out[2] == 1.0
    frame = _planted()
    finite = _tally(frame, AS_OF, half_life_days=1e9, weights=DEFAULT_WEIGHTS)
    endless = _tally(frame, AS_OF, half_life_days=math.inf, weights=DEFAULT_WEIGHTS)
    np.testing.assert_allclose(endless.score, finite.score, rtol=1e-6)
    assert endless.score.sum() > 0
    for bad in (0.0, -90.0, math.nan):
        with pytest.raises(ValueError, match="half_life_days must be a positive"):
            _tally(frame, AS_OF, half_life_days=bad, weights=DEFAULT_WEIGHTS)


def _with_path(frame: pd.DataFrame, path: str, **options: object) -> scores_module._Tally:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scores_module, "_COMPILED_FROM", 2**62 if path == "numpy" else 0)
        return _tally(frame, AS_OF, weights=DEFAULT_WEIGHTS, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("half_life", [90.0, 1e-3, math.inf])
@pytest.mark.parametrize("since_days", [None, 30])
def test_numpy_path_and_compiled_loop_give_the_same_bits(
    seed: int, half_life: float, since_days: int | None
) -> None:
    """On a frame in time order both paths add the same factors in the same order: every
    number equal to the bit. Shuffled, counts and times still exactly, scores to 1e-13
    (the loop sums in time order, NumPy in row order)."""
    frame = _adversarial(seed)
    since = None if since_days is None else AS_OF - pd.Timedelta(days=since_days)
    options = {"half_life_days": half_life, "since": since}
    for shuffled in (False, True):
        if shuffled:
            frame = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
        plain, compiled = (
            _with_path(frame, "numpy", **options),
            _with_path(frame, "compiled", **options),
        )
        for name in ["n_interactions", "n_evidence", "first_ns", "last_ns", "last_evidence_ns"]:
            assert np.array_equal(getattr(plain, name), getattr(compiled, name)), name
        assert plain.excluded == compiled.excluded
        if shuffled:
            np.testing.assert_allclose(plain.score, compiled.score, rtol=1e-13)
        else:
            assert plain.score.tolist() == compiled.score.tolist()


def test_numpy_decay_is_the_kernels_decay_to_the_bit() -> None:
    """``_Decay`` in NumPy (small inputs) and ``_kernels._decay`` (inside the loop) do the
    same operations in the same order, also for times after the cutoff and NaT."""
    rng = np.random.default_rng(5)
    cutoff = AS_OF.value
    times = cutoff - rng.integers(-10 * NS_PER_DAY, 5_000 * NS_PER_DAY, 50_000)
    times[:2] = [np.iinfo(np.int64).min, cutoff]
    for half_life in (1e-3, 90.0, 1e6):
        beta = math.log(2.0) / (half_life * NS_PER_DAY)
        decay = _Decay(beta, cutoff, int(times[1:].min()), len(times))
        assert decay.table is not None
        plain, compiled = np.empty(len(times)), np.empty(len(times))
        decay(times, plain)
        _kernels.decay(times, cutoff, *decay.arguments(), compiled)
        assert plain.tobytes() == compiled.tobytes(), half_life


def test_small_histories_do_not_import_numba() -> None:
    """Below ``_COMPILED_FROM`` rows nothing imports numba (its import and the kernels'
    load cost a first call ~1-3 s); at it, the compiled loop runs."""
    script = (
        "import sys\n"
        "import pandas as pd\n"
        "from power1000_analysis import scores\n"
        "frame = pd.DataFrame({'at': pd.to_datetime(['2024-06-01'] * 3, utc=True),\n"
        "    'person_id': pd.Categorical(['a', 'b', 'a']),\n"
        "    'kind': pd.Categorical(['message'] * 3), 'direction': pd.Categorical(['in'] * 3),\n"
        "    'n_participants': 2})\n"
        "as_of = pd.Timestamp('2024-07-01', tz='UTC')\n"
        "small = scores._tally(frame, as_of, half_life_days=90.0, weights=scores.DEFAULT_WEIGHTS)\n"
        "print('numba' in sys.modules)\n"
        "scores._COMPILED_FROM = 3\n"
        "large = scores._tally(frame, as_of, half_life_days=90.0, weights=scores.DEFAULT_WEIGHTS)\n"
        "print('numba' in sys.modules, small.score.tolist() == large.score.tolist())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]
    assert scores_module._COMPILED_FROM >= 100_000


@pytest.mark.parametrize("dtype", ["Int64", "float64"])
def test_unknown_participant_counts_are_no_group(dtype: str, path: str) -> None:
    """A message whose n_participants is missing (NA, NaN) weighs as a one-to-one message,
    without a warning about casting NaN to an integer."""
    frame = _planted().iloc[[0, 3, 4]].reset_index(drop=True)  # three inbound messages
    frame["n_participants"] = pd.Series([np.nan, 3, 2], dtype=dtype)  # Int64: NA
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tally = _tally(frame, AS_OF, half_life_days=math.inf, weights=DEFAULT_WEIGHTS)
    by_person = dict(zip(tally.person_id, tally.score, strict=True))
    assert by_person["dormant"] == 1.0  # NA: no group, the full weight
    assert by_person["quiet_evidence"] == 0.5  # 3 participants: 1 / 2
    assert by_person["steady"] == 1.0


@pytest.mark.parametrize("half_life", [5e-324, 1e-323, 4e-323])
def test_half_life_whose_decay_rate_overflows_is_refused(half_life: float, path: str) -> None:
    """A positive half-life so small that ln 2 / half-life is infinite would give NaN
    scores (inf · 0 for a row at as_of): refused by name. Barely larger ones are taken:
    a row at as_of counts fully, every older row 0."""
    frame = _planted()
    with pytest.raises(ValueError, match=r"half_life_days .* too small"):
        _tally(frame, AS_OF, half_life_days=half_life, weights=DEFAULT_WEIGHTS)
    for tiny in (1e-310, 1e-300, 1e-200):
        tally = _tally(frame, AS_OF, half_life_days=tiny, weights=DEFAULT_WEIGHTS)
        # only "new"'s like at as_of (weight 0.3) is not decayed to 0
        assert tally.score.tolist() == [0.0, 0.3, 0.0, 0.0, 0.0], tiny


def test_ranking_key_rounds_to_twelve_digits() -> None:
    """Scores a last bit apart rank as equal (the stable sort then keeps contact order);
    scores that differ in the 10th digit do not; zeros, NaN, negatives and scores too
    small to scale stay as they are."""
    score = np.array([22.7, 22.700000000000003, 0.0, np.nan, -1.5, 1e-310, 1.0, 1.0 + 1e-9])
    key = scores_module._ranking_key(score)
    assert key[0] == key[1] == 22.7
    assert key[2] == 0.0 and np.isnan(key[3]) and key[4] == -1.5 and key[5] == 1e-310
    assert key[6] < key[7]
    assert _highest_first(key).tolist() == [0, 1, 7, 6, 5, 2, 4, 3]
