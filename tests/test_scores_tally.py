"""scores._tally's shortcuts (issue #7 speed): they change the cost, never the result.

- First and last times scatter only the rows that can change them when chunks of rows are
  in time order; a frame in another order (or partly in order) must give the same table.
- The decay factor comes from a table and a polynomial (``_Decay``), checked against
  extended precision.
- Sorting by score uses the default sort where it cannot differ from a stable one.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from power1000_analysis import scores as scores_module
from power1000_analysis.scores import DEFAULT_WEIGHTS, _Decay, _highest_first, _tally

AS_OF = pd.Timestamp("2024-07-01", tz="UTC")
NS_PER_DAY = 86_400 * 10**9
KINDS = ["message", "comment", "like", "mention"]
PEOPLE = ["dormant", "new", "steady", "quiet_evidence", "only_late"]


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


def _split(monkeypatch: pytest.MonkeyPatch, parts: int, threads: int | None) -> None:
    """Cut even the tiniest frame into ``parts`` parts, tallied by ``threads`` threads."""
    monkeypatch.setattr(scores_module, "_SPLIT_ROWS", 0)
    monkeypatch.setattr(scores_module, "_PARTS", parts)
    monkeypatch.setattr(scores_module, "_THREADS", threads)


#: (parts, threads): one part (the plain path), two parts one after the other, two and
#: three parts in threads
SPLITS = [(1, 1), (2, 1), (2, 2), (3, 2)]


@pytest.mark.parametrize(
    ("chunk", "block"), [(1, 1), (2, 1), (3, 3), (4, 2), (5, 5), (16, 4), (16, 1), (1 << 20, 1)]
)
@pytest.mark.parametrize("order", ["time", "reversed", "shuffled", "one_row_moved"])
@pytest.mark.parametrize("window", [False, True])
@pytest.mark.parametrize(("parts", "threads"), SPLITS)
def test_tally_is_the_same_in_any_row_order(
    chunk: int,
    block: int,
    order: str,
    window: bool,
    parts: int,
    threads: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Planted first/last times: people seen only early or only late, ties in time at
    chunk edges, old last evidence, rows of no one, after as_of and without a time, with
    and without a window start (``since``, as ``dunbar`` uses); the frame in time order
    (shortcuts everywhere), reversed and shuffled (no chunk in order) and with one late
    row moved to the front (chunks partly in order); in chunks of one block and of several
    (first and last times are scattered block by block); in one part and cut into two or
    three parts (the cuts fall inside "steady"'s rows, who is seen throughout), tallied
    one after the other and in threads."""
    monkeypatch.setattr(scores_module, "_CHUNK", chunk)
    monkeypatch.setattr(scores_module, "_ORDER_BLOCK", block)
    _split(monkeypatch, parts, threads)
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


@pytest.mark.parametrize(("chunk", "block"), [(7, 7), (100, 10), (1 << 20, 64), (1 << 20, 1 << 17)])
@pytest.mark.parametrize(("parts", "threads"), SPLITS)
def test_tally_random_frames_sorted_and_not(
    chunk: int, block: int, parts: int, threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many people, times with ties, in time order and shuffled: the same counts and times
    exactly, scores to 1e-13, and both equal to the plain groupby; in one part and in
    several (people who start late or stop early fall on both sides of a cut or one)."""
    monkeypatch.setattr(scores_module, "_CHUNK", chunk)
    monkeypatch.setattr(scores_module, "_ORDER_BLOCK", block)
    _split(monkeypatch, parts, threads)
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
def test_tally_of_no_rows(since: pd.Timestamp | None) -> None:
    """No interactions (a platform without any, as in the report's test networks): zeros,
    with and without a window start (``dunbar`` passes one)."""
    frame = _planted().iloc[:0]
    tally = _tally(frame, AS_OF, half_life_days=90.0, weights=DEFAULT_WEIGHTS, since=since)
    assert len(tally.score) == len(PEOPLE) and not tally.score.any()
    assert not tally.n_interactions.any() and not tally.n_evidence.any()


@pytest.mark.parametrize("parts", [2, 3])
@pytest.mark.parametrize("rows", [0, 1, 2, 3, 5])
def test_tiny_frames_cut_into_parts(rows: int, parts: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fewer rows than parts, or a part of one row: the same as the plain groupby."""
    _split(monkeypatch, parts, 2)
    monkeypatch.setattr(scores_module, "_ORDER_BLOCK", 1)
    frame = _planted().iloc[[0, 4, 7, 13, 15][:rows]].reset_index(drop=True)
    _check(_as_frame(frame), _reference(frame))


def test_a_cut_inside_a_persons_rows() -> None:
    """Two parts of three rows; ann is on both sides of the cut: her first time and her last
    evidence of life come from the first part, her last time from the second; bob is
    only in the second part, cy only in the first. Hand-checked values."""
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
    with pytest.MonkeyPatch.context() as patch:
        _split(patch, 2, 2)
        patch.setattr(scores_module, "_ORDER_BLOCK", 1)
        assert scores_module._part_edges(len(frame), 1) == [0, 3, 6]
        tally = _tally(frame, AS_OF, half_life_days=100.0, weights=DEFAULT_WEIGHTS)
    ns = {d: (AS_OF - pd.Timedelta(days=d)).value for d in days}
    assert tally.n_interactions.tolist() == [3, 2, 1]
    assert tally.n_evidence.tolist() == [2, 1, 1]
    assert tally.first_ns.tolist() == [ns[300], ns[40], ns[200]]
    assert tally.last_ns.tolist() == [ns[50], ns[30], ns[200]]
    assert tally.last_evidence_ns.tolist() == [ns[100], ns[30], ns[200]]
    expected = [2**-3 + 2**-1 + 0.5 * 2**-0.5, 0.5 * 2**-0.4 + 2**-0.3, 2**-2]
    np.testing.assert_allclose(tally.score, expected, rtol=1e-14)


@pytest.mark.parametrize("order", ["time", "shuffled", "later_half_shuffled"])
@pytest.mark.parametrize("parts", [2, 3])
def test_parts_give_the_same_bits_in_threads_or_not(
    order: str, parts: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts' sums are combined in part order: one thread, two threads and the
    automatic choice on a one-CPU machine (which must not start a thread pool) give the
    very same bits, equal to the plain groupby; in time order, shuffled, and with only the
    later half shuffled (the later parts' blocks out of order, the first part's in order:
    each part must read its own blocks' order)."""
    monkeypatch.setattr(scores_module, "_CHUNK", 64)
    monkeypatch.setattr(scores_module, "_ORDER_BLOCK", 16)
    rng = np.random.default_rng(5)
    n, people = 5_000, [f"p{i}" for i in range(300)]
    days = np.sort(rng.integers(-5, 800, n))[::-1]
    frame = pd.DataFrame(
        {
            "at": AS_OF - pd.to_timedelta(days * 86_400 + rng.integers(0, 86_400, n), unit="s"),
            "person_id": pd.Categorical.from_codes(rng.integers(-1, 300, n), people),
            "kind": pd.Categorical.from_codes(rng.integers(0, 4, n), KINDS),
            "direction": pd.Categorical.from_codes(rng.integers(0, 2, n), ["in", "out"]),
            "n_participants": rng.choice([2, 2, 4], n),
        }
    )
    if order == "shuffled":
        frame = frame.sample(frac=1.0, random_state=2).reset_index(drop=True)
    elif order == "later_half_shuffled":
        later = frame.iloc[n // 2 :].sample(frac=1.0, random_state=2)
        frame = pd.concat([frame.iloc[: n // 2], later]).reset_index(drop=True)
    results = []
    for threads in (1, 2, None):
        _split(monkeypatch, parts, threads)
        if threads is None:  # one CPU: the parts run one after the other, no pool
            monkeypatch.setattr(scores_module.os, "sched_getaffinity", lambda _: {0}, raising=False)
            monkeypatch.setattr(scores_module, "ThreadPoolExecutor", None)
            assert scores_module._threads(parts) == 1
        results.append(_as_frame(frame, people=people))
    for other in results[1:]:
        pd.testing.assert_frame_equal(results[0], other, check_exact=True)
    _check(results[0], _reference(frame, people=people))
    assert results[0].attrs["excluded"] == results[1].attrs["excluded"]


def test_part_edges_are_block_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts cover every row once, in order, none empty, inner edges on block edges; below
    ``_SPLIT_ROWS`` rows one part; ``_THREADS`` caps the threads."""
    monkeypatch.setattr(scores_module, "_SPLIT_ROWS", 0)
    for parts in (2, 3, 4):
        monkeypatch.setattr(scores_module, "_PARTS", parts)
        for block in (1, 2, 3, 7, 64):
            for rows in range(0, 200):
                edges = scores_module._part_edges(rows, block)
                assert edges[0] == 0 and edges[-1] == rows
                assert all(a < b for a, b in itertools.pairwise(edges)) or rows == 0
                assert all(edge % block == 0 for edge in edges[1:-1])
                assert len(edges) - 1 <= parts
                if rows >= parts * block:
                    assert len(edges) - 1 == parts  # every part gets some rows
    monkeypatch.setattr(scores_module, "_SPLIT_ROWS", 1000)
    assert scores_module._part_edges(999, 1) == [0, 999]
    assert scores_module._part_edges(1000, 1) == [0, 250, 500, 750, 1000]
    monkeypatch.setattr(scores_module, "_THREADS", 1)
    assert scores_module._threads(4) == 1
    monkeypatch.setattr(scores_module, "_THREADS", 8)
    assert scores_module._threads(3) == 3


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


def test_decay_of_dates_centuries_back_and_of_an_infinite_half_life() -> None:
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
