"""Decayed activity scores per person (issue #7 item 2): who you are in touch with, and how much.

Pure functions on a :class:`~power1000_analysis.network.Network`. People are
``person_id``\\ s: the contacts (and ``people``) of the network united with every
interaction counterpart that has a ``person_id``. Interactions whose counterpart could not
be resolved (``contact_key`` null, e.g. a deactivated "Facebook User") belong to no one:
they are left out of the per-person rows and counted in ``table.attrs["excluded"]``.

Example
-------
>>> from power1000_analysis.network import Network
>>> activity_scores(Network.empty(), as_of="2024-07-01").empty
True
"""

from __future__ import annotations

import copy
import itertools
import math
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import pandas as pd

from power1000_analysis.evidence import (
    _INT64_MAX,
    _NAT,
    _NS_PER_DAY,
    EVIDENCE_OUTBOUND_KINDS,
    AsOf,
    _as_of,
    _codes,
    _ns,
    _utc,
)
from power1000_analysis.network import Network

__all__ = ["DEFAULT_WEIGHTS", "activity_scores"]

_T = TypeVar("_T")

#: default weight of one interaction by (kind, direction) in :func:`activity_scores`.
#: Inbound weighs more than outbound (it is the contact spending effort on the owner);
#: written words (message, comment, reply) more than one-click signals (like, reaction);
#: a recommendation is rare and costly, so it weighs most. A message in a group of n
#: participants is further divided by n - 1.
DEFAULT_WEIGHTS: Mapping[tuple[str, str], float] = {
    ("message", "in"): 1.0,
    ("message", "out"): 0.5,
    ("comment", "in"): 1.0,
    ("comment", "out"): 0.5,
    ("reply", "in"): 1.0,
    ("reply", "out"): 0.5,
    ("mention", "in"): 0.8,
    ("mention", "out"): 0.3,
    ("tag", "in"): 0.5,
    ("tag", "out"): 0.3,
    ("reaction", "in"): 0.3,
    ("reaction", "out"): 0.1,
    ("like", "in"): 0.3,
    ("like", "out"): 0.1,
    ("endorsement", "in"): 0.5,
    ("endorsement", "out"): 0.2,
    ("recommendation", "in"): 2.0,
    ("recommendation", "out"): 1.0,
}


#: rows :func:`_tally` works on at a time (8 MB per int64 or float column of them): large
#: enough that the per-chunk costs (each reduction returns or touches a table of
#: 2 x people bins) stay small, small enough that the temporaries stay in cache.
_CHUNK = 1 << 20


@dataclass
class _Columns:
    """The rows' (kind, direction) codes and, by pair code, weight, evidence and "is a
    message"; :meth:`code` gives the pair code of some rows."""

    kind: np.ndarray
    direction: np.ndarray
    width: int
    missing: int
    weight: np.ndarray
    evidence: np.ndarray
    message: np.ndarray

    def code(self, rows: slice | np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """``kind · width + direction`` of ``rows`` in ``intp`` (what ``np.take`` wants:
        computed per chunk, it needs no 10M-row intermediate)."""
        code = np.multiply(self.kind[rows], self.width, out=out, dtype=np.intp)
        code += self.direction[rows]
        if self.missing:
            code += self.width + 1
        return code


def _kind_columns(interactions: pd.DataFrame, weights: Mapping[tuple[str, str], float]) -> _Columns:
    """The (kind, direction) pair of each row as one small code, and tables by pair.

    Working on the categorical codes keeps the 10M-row path at small-integer arithmetic:
    no string comparison per row. Kinds and directions are never missing in a validated
    network; should a frame built by hand carry one, every code shifts by one and code 0 of
    each side stands for "missing" (weight 0, no evidence).
    """
    kind_codes, kinds = _codes(interactions["kind"])
    direction_codes, directions = _codes(interactions["direction"])
    missing = int(
        (len(kind_codes) > 0 and int(kind_codes.min()) < 0)
        or (len(direction_codes) > 0 and int(direction_codes.min()) < 0)
    )
    width = max(len(directions) + missing, 1)  # at least one column, even with no rows
    size = max(len(kinds) + missing, 1) * width
    weight = np.zeros(size, dtype=np.float64)
    evidence = np.zeros(size, dtype=bool)
    message = np.zeros(size, dtype=bool)
    for k, kind in enumerate(kinds, start=missing):
        for d, direction in enumerate(directions, start=missing):
            weight[k * width + d] = float(weights.get((kind, direction), 0.0))
            evidence[k * width + d] = direction == "in" or (
                direction == "out" and kind in EVIDENCE_OUTBOUND_KINDS
            )
            message[k * width + d] = kind == "message"
    return _Columns(
        kind=kind_codes,
        direction=direction_codes,
        width=width,
        missing=missing,
        weight=weight,
        evidence=evidence,
        message=message,
    )


def _people(net: Network, order: pd.Index | None = None) -> tuple[pd.DataFrame, bool]:
    """One row per person known from contacts and people: name, platforms, since, current.

    ``order``: the interactions' person categories. When the contacts' ``person_id``\\ s are
    exactly these, in this order (one contact per person, as ``merge_exports`` builds
    them), the second value returned is True: the rows line up with the categories' codes
    and no hashing of the ids is needed.
    """
    contacts = net.contacts
    same = False
    if contacts.empty:
        by_person = pd.DataFrame(
            {
                "name": pd.Series(dtype=object),
                "platforms": pd.Series(dtype=object),
                "connected_at": pd.Series(dtype="datetime64[ns, UTC]"),
                "known_since": pd.Series(dtype="datetime64[ns, UTC]"),
                "is_current": pd.Series(dtype=bool),
            },
            index=pd.Index([], name="person_id", dtype=object),
        )
    else:
        # A contact without a connection date is known from the first export that holds it.
        since = contacts["connected_at"].fillna(contacts["first_seen_at"])
        ids = pd.Index(contacts["person_id"], name="person_id")
        same = order is not None and len(order) == len(ids) and ids.equals(order)
        if same or ids.is_unique:  # one contact per person: no grouping needed
            by_person = pd.DataFrame(
                {
                    "name": contacts["name"].to_numpy(dtype=object),
                    "platforms": contacts["platform"].to_numpy(dtype=object),
                    "connected_at": contacts["connected_at"].array,
                    "known_since": since.array,
                    "is_current": contacts["is_current"].to_numpy(dtype=bool),
                },
                index=ids,
            )
        else:
            by_person = (
                contacts.assign(_since=since)
                .groupby("person_id", sort=False)
                .agg(
                    name=("name", "first"),
                    platforms=("platform", "first"),
                    connected_at=("connected_at", "min"),
                    known_since=("_since", "min"),
                    is_current=("is_current", "any"),
                )
            )
            # Joining platforms needs Python per group: do it only for people on several.
            shared = contacts.loc[contacts["person_id"].duplicated(keep=False)]
            joined = shared.groupby("person_id")["platform"].agg(lambda s: ",".join(sorted(set(s))))
            by_person.loc[joined.index, "platforms"] = joined
    if net.people.empty:
        return by_person, same
    people = net.people.set_index("person_id")
    extra = people.loc[by_person.index.get_indexer(people.index) < 0]
    if len(extra):
        more = extra[["name", "platforms"]].assign(
            connected_at=pd.NaT, known_since=pd.NaT, is_current=False
        )
        more["connected_at"] = pd.to_datetime(more["connected_at"], utc=True)
        more["known_since"] = pd.to_datetime(more["known_since"], utc=True)
        by_person = pd.concat([by_person, more])
    by_person.index.name = "person_id"
    return by_person, same


#: rows per block of :class:`_Decay`'s passes: its temporaries stay in the L2 cache
_DECAY_BLOCK = 1 << 14

#: spans (ns) from which :class:`_Decay` leaves its integer ages (int64 would wrap at 2^63)
_EXACT_SPAN = 1 << 62

#: most entries of :class:`_Decay`'s table (256 kB): beyond, its steps grow and so does
#: the degree of its polynomial
_DECAY_TABLE = 1 << 15


class _Decay:
    """``exp(−β·(cutoff − t))`` for int64 nanosecond times ``t``, without ``np.exp``.

    ``np.exp`` on float64 costs ~7 ns per value on a CPU without AVX-512 (it is most of
    the bincount floor). Here the age ``Δ = cutoff − t`` (exact, in integers) is split as
    ``q·2^s + r``; then ``exp(−βΔ) = T[q] · exp(−βr)``, ``T`` a table of ``exp(−β·q·2^s)``
    (at most ``_DECAY_TABLE`` entries, or an eighth of the rows, computed in extended precision where the platform
    has it, so correctly rounded; ages beyond ~750/β share a last entry of exactly 0) and
    ``exp(−βr)`` a Taylor polynomial in x = βr < β·2^s, of the least degree whose
    remainder is below 1e-17 (degree 4 while β·2^s ≤ 2^-10: a 90-day half-life over up to
    ~7.6 years of history; degree 5-6 for longer or faster-decaying histories).

    Result: within ~3e-16 relative of the exact value (measured against extended precision
    for half-lives from 0.001 to 10^12 days and spans from 1 to 20,000 days), where
    ``np.exp(β·t − β·cutoff)`` in float64, what this replaced, was within ~3.5e-14 at a
    90-day half-life (β·t is ~150 and rounds) and ~2e-9 at 0.001 days. About a third
    faster than ``np.exp`` (cheap passes over blocks of rows that stay in cache and one
    table look-up).

    Times after the cutoff and NaT give finite values of no meaning (their rows are
    dropped). It falls back to ``np.exp`` of the age taken in float64 (within ~1e-13
    relative at ordinary half-lives) where no degree up to 12 would do (a short half-life
    over a long span with few rows, whose table is short), for β = 0 (an infinite
    half-life: every factor is 1), and when the span reaches ``_EXACT_SPAN`` (~146 years:
    a date that far back would overflow the integer age).
    """

    def __init__(self, beta: float, cutoff_ns: int, earliest_ns: int, rows: int) -> None:
        self.beta, self.cutoff = beta, cutoff_ns
        self.table: np.ndarray | None = None
        span = max(cutoff_ns - earliest_ns, 0)
        if not (beta > 0 and math.isfinite(beta)) or span >= _EXACT_SPAN:
            return  # no decay (β = 0), or ages whose int64 difference could overflow
        # a table no longer than an eighth of the rows (building it costs ~0.1 µs an entry)
        size = min(_DECAY_TABLE, max(1 << 10, rows // 8))
        # the smallest step whose table fits (ages beyond 750/β are all 0: one entry)
        shift = max(0, span.bit_length() - size.bit_length() + 1)
        shift = max(shift, math.floor(math.log2(2.0**-10 / beta)))
        while shift > 0 and min(span >> (shift - 1), 750.0 / (beta * 2.0 ** (shift - 1))) < (
            size - 2
        ):
            shift -= 1
        shift = min(shift, 62)
        x_max = beta * 2.0**shift
        self.coefficients: list[float] = []
        for degree in range(1, 13):
            if x_max ** (degree + 1) / math.factorial(degree + 1) < 1e-17:
                self.coefficients = [1.0 / math.factorial(k) for k in range(degree, -1, -1)]
                break
        if not self.coefficients:
            return
        self.shift, self.mask = shift, (1 << shift) - 1
        top = min(span >> shift, math.ceil(750.0 / x_max))
        # entry top + 1 is 0 when ages were cut at 750/β (exp(-750) underflows)
        steps = np.arange(top + 2, dtype=np.longdouble)
        self.table = np.exp(-np.longdouble(x_max) * steps).astype(np.float64)
        self.ages = np.empty(_DECAY_BLOCK, dtype=np.int64)
        self.steps = np.empty(_DECAY_BLOCK, dtype=np.intp)
        self.small = np.empty(_DECAY_BLOCK, dtype=np.float64)

    def copy(self) -> _Decay:
        """The same decay with block buffers of its own (one per thread)."""
        twin = copy.copy(self)
        if self.table is not None:
            twin.ages = np.empty_like(self.ages)
            twin.steps = np.empty_like(self.steps)
            twin.small = np.empty_like(self.small)
        return twin

    def __call__(self, times: np.ndarray, out: np.ndarray) -> None:
        """Write the decay factor of each time into ``out`` (same length)."""
        if self.table is None:
            # the age in float64 (never overflows; off by < 1 µs), then exp(−β·age)
            np.subtract(float(self.cutoff), times, out=out)
            out *= -self.beta
            with np.errstate(over="ignore"):
                np.exp(out, out=out)
            return
        leading, *rest = self.coefficients
        for start in range(0, len(times), _DECAY_BLOCK):
            t, o = times[start : start + _DECAY_BLOCK], out[start : start + _DECAY_BLOCK]
            m = len(t)
            age, step, x = self.ages[:m], self.steps[:m], self.small[:m]
            np.subtract(self.cutoff, t, out=age)  # NaT wraps around: finite, dropped
            np.right_shift(age, self.shift, out=step)
            np.bitwise_and(age, self.mask, out=age)
            np.multiply(age, -self.beta, out=x, dtype=np.float64)  # -βr, in (-β·2^s, 0]
            np.multiply(x, leading, out=o)  # Horner: Σ x^k / k!
            for coefficient in rest[:-1]:
                o += coefficient
                o *= x
            o += rest[-1]
            o *= np.take(self.table, step, out=x, mode="clip")


@dataclass
class _Tally:
    """Per-person sufficient statistics of the interactions up to ``as_of``."""

    person_id: pd.Index
    score: np.ndarray
    n_interactions: np.ndarray
    n_evidence: np.ndarray
    first_ns: np.ndarray
    last_ns: np.ndarray
    last_evidence_ns: np.ndarray
    excluded: dict[str, int] = field(default_factory=dict)


def _chunk_bounds(at: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per block of rows (from ``starts``): the earliest time (NaT included), the earliest
    real time and the latest time. A block of only NaT has no earliest real time (int64
    max)."""
    if len(at) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    lows = np.minimum.reduceat(at, starts)
    highs = np.maximum.reduceat(at, starts)
    real_lows = lows.copy()
    ends = np.append(starts[1:], len(at))
    for k in np.flatnonzero(lows == _NAT):  # only blocks that hold a NaT: rare
        times = at[starts[k] : ends[k]]
        times = times[times != _NAT]
        real_lows[k] = int(times.min()) if len(times) else _INT64_MAX
    return lows, real_lows, highs


#: rows per block of the time-order check: first and last times are scattered block by
#: block, so that within a chunk only the rows up to a person's first (last) row in a
#: block are scattered, not all their rows in the chunk
_ORDER_BLOCK = 1 << 17


def _block_size() -> int:
    """``_ORDER_BLOCK``, or ``_CHUNK`` when that does not divide it (chunk edges must be
    block edges)."""
    return _ORDER_BLOCK if _CHUNK % _ORDER_BLOCK == 0 else _CHUNK


class _BlockOrder:
    """Which blocks of rows are in time order with the rest, from each block's earliest
    real (not NaT) time and latest time. NaT rows sit in slot 0: they set no first or last
    time, so they need not be in order."""

    #: block j's latest time is at or before every real time in the blocks after it
    before_later: np.ndarray
    #: block j's earliest real time is at or after every time in the blocks before it
    after_earlier: np.ndarray
    #: every block from j on is after the blocks before it
    in_order_onwards: np.ndarray

    def __init__(self, real_lows: np.ndarray, highs: np.ndarray) -> None:
        n = len(highs)
        self.before_later = np.ones(n, dtype=bool)
        self.after_earlier = np.ones(n, dtype=bool)
        if n > 1:
            later_low = np.minimum.accumulate(real_lows[::-1])[::-1]
            self.before_later[:-1] = highs[:-1] <= later_low[1:]
            self.after_earlier[1:] = real_lows[1:] >= np.maximum.accumulate(highs)[:-1]
        self.in_order_onwards = np.logical_and.accumulate(self.after_earlier[::-1])[::-1]


@dataclass(frozen=True)
class _Window:
    """The window's rules that some row breaks (found once, from the blocks' earliest and
    latest times): a rule no row breaks costs no mask. One definition serves the scores,
    counts and last times (rows outside go to slot 0, counted by reason) and the first
    times (rows outside set none)."""

    #: some row has no time (NaT)
    no_time: bool
    #: as_of, when some row is after it
    cutoff_ns: int | None
    #: the window's start, when some row is at or before it
    since_ns: int | None

    def outside(self, times: np.ndarray) -> list[tuple[str, np.ndarray]]:
        """(reason, mask of the rows outside for it) per rule some row breaks; a row
        without a time counts as ``no_time`` only."""
        masks = []
        if self.no_time:
            masks.append(("no_time", times == _NAT))
        if self.cutoff_ns is not None:
            masks.append(("after_as_of", times > self.cutoff_ns))  # NaT is never after
        if self.since_ns is not None:
            early = times <= self.since_ns
            if self.no_time:
                early &= times != _NAT
            masks.append(("before_window", early))
        return masks


def _union(masks: list[tuple[str, np.ndarray]]) -> np.ndarray:
    """Rows outside for any reason (the first mask is reused for the result)."""
    out = masks[0][1]
    for _, mask in masks[1:]:
        out |= mask
    return out


#: parts a frame of at least ``_SPLIT_ROWS`` rows is cut into, at block edges. Each part is
#: tallied on its own (in a thread of its own where the machine has the CPUs) and the parts
#: are combined in their order: decayed sums added part 0 + part 1 + ..., counts added,
#: first and last times by min and max (exact). So the results depend on the rows alone,
#: never on the number of threads or which part finished first.
_PARTS = 2

#: fewer rows than this are one part (a thread would cost more than it saves)
_SPLIT_ROWS = 1 << 19

#: threads that tally the parts: None for as many as the process has CPUs (at most
#: ``_PARTS``); 1 tallies the parts one after the other. Same results either way (the
#: benchmark sets 1 for its single-thread line, tests compare both).
_THREADS: int | None = None


def _threads(parts: int) -> int:
    """Threads for ``parts`` parts: ``_THREADS``, or the CPUs this process may use."""
    if _THREADS is not None:
        return max(1, min(_THREADS, parts))
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, parts))


def _part_edges(rows: int, block: int) -> list[int]:
    """Row edges of the parts, ``[0, ..., rows]``; inner edges are block edges (so chunk
    edges, counted from a part's start, are block edges too)."""
    edges = [0]
    if rows >= _SPLIT_ROWS:
        for k in range(1, _PARTS):
            edge = round(rows * k / _PARTS / block) * block
            if edges[-1] < edge < rows:
                edges.append(edge)
    edges.append(rows)
    return edges


@dataclass
class _Partial:
    """One part's decayed sums, counts and last times per bin (``evidence·slots + slot``),
    first times per person (int64 max for none) and excluded rows by reason."""

    decayed: np.ndarray
    counts: np.ndarray
    last: np.ndarray
    first: np.ndarray
    excluded: dict[str, int]


@dataclass
class _Rows:
    """What every part of :func:`_tally` reads (and none writes): the rows' person codes,
    times, (kind, direction) tables and participant counts, the decay, the window, and the
    blocks' earliest real and latest times."""

    person_codes: np.ndarray
    at: np.ndarray
    pairs: _Columns
    #: slot offset of each (kind, direction) code: evidence · slots + 1 (slot = person + 1)
    pair_offset: np.ndarray
    #: n_participants per row; a message among more than two weighs 1 / (n − 1)
    participants: np.ndarray
    #: some (kind, direction) pair is a message (else no row can be a group message)
    messages: bool
    decay: _Decay
    window: _Window
    real_lows: np.ndarray
    highs: np.ndarray
    block: int
    slots: int

    def tally(self, lo: int, hi: int) -> _Partial:
        """The part of rows ``lo:hi`` (``lo`` a block edge): chunk by chunk, last first."""
        slots, bins, block = self.slots, 2 * self.slots, self.block
        person_codes, at, pairs = self.person_codes, self.at, self.pairs
        order = _BlockOrder(
            self.real_lows[lo // block : -(-hi // block)], self.highs[lo // block : -(-hi // block)]
        )
        decay = self.decay.copy()  # its block buffers are per thread
        excluded: dict[str, int] = {"no_person": 0}
        decayed = np.zeros(bins)
        counts = np.zeros(bins, dtype=np.int64)
        last = np.full(bins, _NAT, dtype=np.int64)
        size = min(_CHUNK, hi - lo)
        index_buffer = np.empty(size, dtype=np.intp)
        pair_buffer = np.empty(size, dtype=np.intp)
        scratch_buffer = np.empty(size, dtype=np.intp)
        weight_buffer = np.empty(size, dtype=np.float64)
        factor_buffer = np.empty(size, dtype=np.float64)
        for start in reversed(range(lo, hi, _CHUNK)):  # last chunk first: see _tally
            stop = min(start + _CHUNK, hi)
            rows = slice(start, stop)
            codes, times = person_codes[rows], at[rows]
            n = stop - start
            index, pair, scratch = index_buffer[:n], pair_buffer[:n], scratch_buffer[:n]
            weight, factor = weight_buffer[:n], factor_buffer[:n]
            pairs.code(rows, out=pair)  # one intp code serves both look-ups
            np.add(codes, np.take(self.pair_offset, pair, out=scratch, mode="clip"), out=index)
            excluded["no_person"] += int(np.count_nonzero(codes < 0))
            outside = self.window.outside(times)
            if outside:
                for reason, mask in outside:
                    excluded[reason] = excluded.get(reason, 0) + int(np.count_nonzero(mask))
                out = _union(outside)
                out &= codes >= 0  # rows of no one are in slot 0 already
                index[out] -= codes[out].astype(np.intp) + 1  # slot 0, evidence kept

            # exp(−β·(cutoff − at)) · weight(kind, direction). Rows after the cutoff may give
            # inf (and 0 · inf NaN) or meaningless values: they sit in slot 0, which is dropped.
            decay(times, weight)
            with np.errstate(over="ignore", invalid="ignore"):
                weight *= np.take(pairs.weight, pair, out=factor, mode="clip")
            if self.messages:  # group messages: found per chunk, in cache
                group = np.flatnonzero(self.participants[rows] > 2)
                group = group[np.take(pairs.message, pair[group], mode="clip")]
                if len(group):
                    weight[group] /= self.participants[start + group] - 1.0

            decayed += np.bincount(index, weights=weight, minlength=bins)
            chunk_counts = np.bincount(index, minlength=bins)
            counts += chunk_counts
            # last times: only the rows of bins not seen in later rows, block by block backwards
            fresh = chunk_counts > 0
            fresh &= last == _NAT
            fresh[0] = fresh[slots] = False  # slot 0 is dropped
            first_block = (start - lo) // block
            in_order = order.before_later[first_block : first_block + -(-n // block)]
            if in_order.all() and not fresh.any():
                continue
            stale = False  # bins scattered since fresh was last brought up to date
            for j in range(len(in_order) - 1, -1, -1):
                part = slice(j * block, (j + 1) * block)
                where, stamps = index[part], times[part]
                if not in_order[j]:  # every row, and fresh is brought up to date lazily
                    np.maximum.at(last, where, stamps)
                    stale = True
                    continue
                if stale:  # one pass over the bins instead of a scatter per row
                    fresh &= last == _NAT
                    stale = False
                some = np.flatnonzero(np.take(fresh, where))
                where, stamps = where[some], stamps[some]
                np.maximum.at(last, where, stamps)
                fresh[where] = False  # every write is False: the order of repeats is moot

        n_rows = counts.reshape(2, slots)[:, 1:].sum(axis=0)
        first = _first_times(person_codes[lo:hi], at[lo:hi], block, order, n_rows > 0, self.window)
        return _Partial(decayed, counts, last, first, excluded)


def _tally(
    interactions: pd.DataFrame,
    cutoff: pd.Timestamp,
    *,
    half_life_days: float,
    weights: Mapping[tuple[str, str], float],
    since: pd.Timestamp | None = None,
) -> _Tally:
    """Decayed scores, counts and first/last times per person, by ``np.bincount``.

    One bin index per row, ``evidence * slots + slot``, built from the categorical codes
    (``slot`` = person code + 1; slot 0 collects the rows that belong to no one or fall
    outside the window), serves the reductions: the decayed weight sum and the count
    (``np.bincount``) and the last time (``np.maximum.at``). The index is built in
    ``intp`` (an int32 index would be converted inside each reduction); the weight of each
    row is its (kind, direction) weight, looked up in a small table, times the decay,
    computed in place.

    A large frame is cut into ``_PARTS`` parts of rows (:func:`_part_edges`), tallied by
    :meth:`_Rows.tally` in threads (NumPy releases the GIL in most of the per-row work) and
    combined in part order, so that the results never depend on the threads
    (``_THREADS``). Within a part, rows are taken ``_CHUNK`` at a time into buffers
    allocated once, so that the per-row temporaries stay in the processor's cache between
    the passes over them and no pass pays for fresh memory. Rows that belong to no one,
    have no time, or fall outside (since, cutoff] go to slot 0 (so that no array is ever
    compressed) and are counted by reason (:class:`_Window`).

    First and last times (``ufunc.at`` scatters, each as costly as a bincount) are only
    scattered for the rows that can change them, which the time order of the merged frame
    (``merge_exports`` sorts it) tells. Rows are cut into blocks (``_ORDER_BLOCK``), and
    each block's earliest and latest time (one ``reduceat`` each, which also give the
    global range) say whether it is in order with the blocks of its part after it and
    before it. A part's chunks are visited last to first; the bins (person, evidence) of
    a chunk not yet seen in later rows are known from the chunk's own bincount, and in a
    block in order with the blocks after it only their rows are scattered (found by one
    look-up per row in a boolean table), block by block backwards, each bin dropped once
    scattered. The first time per person comes from a forward walk over the part's blocks
    with the same rule, which stops once every person with a row of the part in the
    window has one (and every block left is in order). A block not in order (a frame built
    by hand in any order) scatters all its rows. So the results never depend on row
    order; only the cost does.
    """
    person_codes, persons = _codes(interactions["person_id"])
    at = _ns(interactions["at"])
    cutoff_ns = int(cutoff.as_unit("ns").value)
    since_ns = int(since.as_unit("ns").value) if since is not None else None
    pairs = _kind_columns(interactions, weights)
    participants = np.asarray(interactions["n_participants"])
    if not half_life_days > 0:  # NaN too; infinity is allowed: no decay
        raise ValueError(
            f"half_life_days must be a positive number of days, not {half_life_days!r}"
        )
    beta = math.log(2.0) / (half_life_days * _NS_PER_DAY)

    block = _block_size()
    bounds = list(itertools.pairwise(_part_edges(len(at), block)))
    threads = _threads(len(bounds))
    pool = ThreadPoolExecutor(max_workers=threads) if threads > 1 else None
    try:
        return _tally_parts(
            _Inputs(person_codes, persons, at, pairs, participants, cutoff_ns, since_ns, beta),
            block,
            bounds,
            pool,
        )
    finally:
        if pool is not None:
            pool.shutdown()


@dataclass
class _Inputs:
    """:func:`_tally`'s inputs as arrays: person codes and their categories, times (ns),
    (kind, direction) tables, participants, as_of and window start (ns), decay rate (/ns)."""

    person_codes: np.ndarray
    persons: pd.Index
    at: np.ndarray
    pairs: _Columns
    participants: np.ndarray
    cutoff_ns: int
    since_ns: int | None
    beta: float


def _in_parts(
    pool: ThreadPoolExecutor | None,
    function: Callable[[int, int], _T],
    bounds: list[tuple[int, int]],
) -> list[_T]:
    """``function(lo, hi)`` of each part, in part order: in ``pool``'s threads, or one after
    the other without one."""
    if pool is None:
        return [function(lo, hi) for lo, hi in bounds]
    return list(pool.map(function, *zip(*bounds, strict=True)))


def _tally_parts(
    inputs: _Inputs,
    block: int,
    bounds: list[tuple[int, int]],
    pool: ThreadPoolExecutor | None,
) -> _Tally:
    """:func:`_tally` over the parts ``bounds``: the blocks' time bounds per part, then the
    window and the decay they decide, then each part's sums, combined in part order."""
    at, cutoff_ns, since_ns = inputs.at, inputs.cutoff_ns, inputs.since_ns
    slots = len(inputs.persons) + 1

    def part_bounds(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return _chunk_bounds(at[lo:hi], np.arange(0, hi - lo, block))

    lows, real_lows, highs = (
        np.concatenate(columns)
        for columns in zip(*_in_parts(pool, part_bounds, bounds), strict=True)
    )
    # Masks only where a cheap min/max says some row needs one (the common case: none).
    earliest = int(lows.min()) if len(at) else 0
    latest = int(highs.max()) if len(at) else 0
    early = since_ns is not None and len(at) > 0 and int(real_lows.min()) <= since_ns
    window = _Window(
        no_time=earliest == _NAT,
        cutoff_ns=cutoff_ns if latest > cutoff_ns else None,
        since_ns=since_ns if early else None,
    )
    excluded = {"no_person": 0, "no_time": 0, "after_as_of": 0}
    if since_ns is not None:
        excluded["before_window"] = 0
    earliest_real = int(real_lows.min()) if len(at) else cutoff_ns
    pairs = inputs.pairs
    rows = _Rows(
        person_codes=inputs.person_codes,
        at=at,
        pairs=pairs,
        pair_offset=pairs.evidence.astype(np.intp) * slots + 1,
        participants=inputs.participants,
        messages=bool(pairs.message.any()),
        decay=_Decay(inputs.beta, cutoff_ns, earliest_real, len(at)),
        window=window,
        real_lows=real_lows,
        highs=highs,
        block=block,
        slots=slots,
    )
    partials = _in_parts(pool, rows.tally, bounds)
    whole = partials[0]
    for partial in partials[1:]:  # in part order: the sums' rounding is fixed
        whole.decayed += partial.decayed
        whole.counts += partial.counts
        np.maximum(whole.last, partial.last, out=whole.last)
        np.minimum(whole.first, partial.first, out=whole.first)
    for partial in partials:
        for reason, count in partial.excluded.items():
            excluded[reason] += count

    counts = whole.counts.reshape(2, slots)[:, 1:]
    last = whole.last.reshape(2, slots)[:, 1:]
    return _Tally(
        person_id=inputs.persons,
        score=whole.decayed.reshape(2, slots)[:, 1:].sum(axis=0),
        n_interactions=counts.sum(axis=0),
        n_evidence=counts[1],
        first_ns=whole.first,
        last_ns=last.max(axis=0),
        last_evidence_ns=last[1],
        excluded=excluded,
    )


def _first_times(
    person_codes: np.ndarray,
    at: np.ndarray,
    block: int,
    order: _BlockOrder,
    active: np.ndarray,
    window: _Window,
) -> np.ndarray:
    """Earliest time per person (int64 max for none) of the rows inside ``window``.

    Walks the blocks of rows first to last; in a block whose times are all at or after
    those of the blocks before it, only the rows of people not seen yet can set a first
    time (found by one look-up per row in a boolean table); the walk stops when every
    ``active`` person (one with a row in the window) has one and the blocks left are all
    in that order. Other blocks scatter all their rows (and "not seen yet" is brought up to
    date from the first times before the next block in order, not by a scatter per row).
    """
    # first[code] and unseen[code]; code -1 (no one) lands on the extra last entry
    first = np.full(len(active) + 1, _INT64_MAX, dtype=np.int64)
    unseen = np.append(active, False)
    remaining = int(np.count_nonzero(active))
    stale = False  # first times set since unseen was last brought up to date
    for j in range(len(order.after_earlier)):
        if stale and order.after_earlier[j]:
            unseen &= first == _INT64_MAX  # the extra entry stays False
            remaining = int(np.count_nonzero(unseen))
            stale = False
        if remaining == 0 and order.in_order_onwards[j]:
            break
        rows = slice(j * block, (j + 1) * block)
        codes, times = person_codes[rows], at[rows]
        if order.after_earlier[j]:
            some = np.flatnonzero(np.take(unseen, codes))
            codes, times = codes[some], times[some]
        outside = window.outside(times)
        if outside:  # rows outside the window go to the extra entry
            codes = np.where(_union(outside), -1, codes)
        if len(codes):
            np.minimum.at(first, codes, times)
            if order.after_earlier[j]:
                unseen[codes] = False  # every write is False: the order of repeats is moot
                remaining = int(np.count_nonzero(unseen))
            else:
                stale = True
    return first[:-1]


def _highest_first(score: np.ndarray) -> np.ndarray:
    """Positions of ``score`` from highest to lowest, ties in their original order.

    The same as ``np.argsort(-score, kind="stable")`` (a merge sort, ~3x slower over
    100,000 people than NumPy's default sort). Scores are sums of non-negative weights,
    so zeros (everyone without interactions) are the only common tie: they go last as
    they are, the positive scores are sorted by the default sort, and only if two of
    those are equal (or any score is negative or NaN) is the stable sort used.
    """
    positive = score > 0
    if not np.all(positive | (score == 0)):  # negative weights or NaN: the general case
        return np.argsort(-score, kind="stable")
    ranked = np.flatnonzero(positive)
    ranked = ranked[np.argsort(-score[ranked])]
    if len(ranked) > 1 and not np.all(np.diff(score[ranked]) < 0):  # a tie among them
        ranked = np.flatnonzero(positive)
        ranked = ranked[np.argsort(-score[ranked], kind="stable")]
    return np.concatenate([ranked, np.flatnonzero(~positive)])


def _times(ns: np.ndarray, missing: np.ndarray) -> pd.Series:
    values = np.where(missing, _NAT, ns).astype("datetime64[ns]")
    return pd.Series(values).dt.tz_localize("UTC")


def _empty_scores() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "person_id": pd.Series(dtype=object),
            "name": pd.Series(dtype=object),
            "platforms": pd.Series(dtype=object),
            "is_current": pd.Series(dtype=bool),
            "connected_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "score": pd.Series(dtype=float),
            "n_interactions": pd.Series(dtype="int64"),
            "n_evidence": pd.Series(dtype="int64"),
            "first_interaction_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "last_interaction_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "last_evidence_at": pd.Series(dtype="datetime64[ns, UTC]"),
            "days_since_evidence": pd.Series(dtype=float),
        }
    )


def activity_scores(
    net: Network,
    *,
    as_of: AsOf = None,
    half_life_days: float = 90.0,
    weights: Mapping[tuple[str, str], float] | None = None,
) -> pd.DataFrame:
    """Exponentially decayed activity score per person, with counts and dates.

    ``score`` = Σ weight(kind, direction) · g · 2^(−age / half_life_days) over the person's
    interactions up to ``as_of``, where age is in days before ``as_of`` and g is
    1 / (n_participants − 1) for a message in a group (1 otherwise). Scores are in units
    of "one inbound message today".

    Parameters
    ----------
    net
        The network.
    as_of
        Score as of this date (default: the newest export in ``net``).
    half_life_days
        Days after which an interaction counts half (positive; ``math.inf``: no decay,
        the score is the weighted count).
    weights
        Weights by ``(kind, direction)`` overriding :data:`DEFAULT_WEIGHTS` (pairs left out
        keep their default).

    Returns
    -------
    DataFrame
        One row per person known by ``as_of``, passive people included, highest score
        first (ties in the order of ``net.contacts``): ``person_id``, ``name``, ``platforms``, ``is_current``, ``connected_at``,
        ``score``, ``n_interactions``, ``n_evidence`` (interactions that are evidence of
        life), ``first_interaction_at``, ``last_interaction_at``, ``last_evidence_at``,
        ``days_since_evidence`` (NaN when there is none). ``attrs["excluded"]`` counts the
        interactions left out by reason (``no_person``, ``no_time``, ``after_as_of``);
        ``attrs["as_of"]`` is the date used.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> activity_scores(Network.empty(), as_of="2024-07-01").columns[:3].tolist()
    ['person_id', 'name', 'platforms']
    """
    cutoff = _as_of(net, as_of)
    if cutoff is None:
        table = _empty_scores()
        table.attrs.update(as_of=None, excluded={})
        return table
    merged_weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    tally = _tally(net.interactions, cutoff, half_life_days=half_life_days, weights=merged_weights)
    people, same = _people(net, tally.person_id)
    # Interaction categories are distinct person_ids: each maps to one row, so plain
    # assignment suffices; people met only in interactions are appended after the contacts.
    # Categories in the contacts' own order need no hash lookup.
    # (people known only from net.people come after the contacts: not among the categories)
    position = (
        np.arange(len(tally.person_id)) if same else people.index.get_indexer(tally.person_id)
    )
    stranger = (position < 0) & (tally.n_interactions > 0)
    universe = people.index.append(tally.person_id[stranger])
    position[stranger] = len(people) + np.arange(int(stranger.sum()))
    used = position >= 0
    where = position[used]

    n = len(universe)
    score = np.zeros(n)
    n_interactions = np.zeros(n, dtype=np.int64)
    n_evidence = np.zeros(n, dtype=np.int64)
    first = np.full(n, _INT64_MAX, dtype=np.int64)
    last = np.full(n, _NAT, dtype=np.int64)
    last_evidence = np.full(n, _NAT, dtype=np.int64)
    score[where] = tally.score[used]
    n_interactions[where] = tally.n_interactions[used]
    n_evidence[where] = tally.n_evidence[used]
    first[where] = tally.first_ns[used]
    last[where] = tally.last_ns[used]
    last_evidence[where] = tally.last_evidence_ns[used]

    known = people
    if stranger.any():  # name and platform from the interactions themselves
        ids = tally.person_id[stranger]
        seen = _interaction_people(net.interactions, ids).reindex(ids)
        more = pd.DataFrame(
            {
                "name": seen["name"].to_numpy(dtype=object),
                "platforms": seen["platforms"].to_numpy(dtype=object),
                "connected_at": pd.Series(pd.NaT, index=ids, dtype="datetime64[ns, UTC]").array,
                "known_since": pd.Series(pd.NaT, index=ids, dtype="datetime64[ns, UTC]").array,
                "is_current": False,
            },
            index=ids,
        )
        known = pd.concat([people, more]) if len(people) else more
    cutoff_ns = int(cutoff.as_unit("ns").value)
    # Only people known by as_of: a contact first seen later did not exist yet then.
    since = _ns(known["known_since"])
    keep = (n_interactions > 0) | (since == _NAT) | (since <= cutoff_ns)
    # highest score first; ties keep the contacts' order (platform, contact_key), then
    # people met in interactions. Every column is taken in this order once.
    rows = np.flatnonzero(keep)
    rows = rows[_highest_first(score[rows])]
    n_interactions, n_evidence = n_interactions[rows], n_evidence[rows]
    last_evidence = last_evidence[rows]
    none, no_evidence = n_interactions == 0, n_evidence == 0
    table = pd.DataFrame(
        {
            "person_id": universe.to_numpy(dtype=object)[rows],
            "name": known["name"].to_numpy(dtype=object)[rows],
            "platforms": known["platforms"].to_numpy(dtype=object)[rows],
            "is_current": known["is_current"].eq(True).to_numpy(dtype=bool)[rows],
            "connected_at": _utc(known["connected_at"]).array.take(rows),
            "score": score[rows],
            "n_interactions": n_interactions,
            "n_evidence": n_evidence,
            "first_interaction_at": _times(first[rows], none),
            "last_interaction_at": _times(last[rows], none),
            "last_evidence_at": _times(last_evidence, no_evidence),
            "days_since_evidence": np.where(
                no_evidence, np.nan, (cutoff_ns - last_evidence) / _NS_PER_DAY
            ),
        },
        copy=False,  # every column is a fresh array: consolidating them would copy all
    )
    table.attrs.update(as_of=cutoff, excluded=tally.excluded)
    return table


def _interaction_people(interactions: pd.DataFrame, person_ids: pd.Index) -> pd.DataFrame:
    """Name (the last one given) and platforms of people only known from interactions.

    A small subset of the rows, so a plain filter.
    """
    mine = interactions.loc[
        interactions["person_id"].isin(person_ids), ["person_id", "name", "platform"]
    ].astype(object)
    names = mine.dropna(subset=["name"]).drop_duplicates("person_id", keep="last")
    platforms = mine.drop_duplicates(["person_id", "platform"]).groupby("person_id")["platform"]
    return pd.DataFrame(
        {
            "name": names.set_index("person_id")["name"],
            "platforms": platforms.agg(lambda values: ",".join(sorted(map(str, values)))),
        }
    )
