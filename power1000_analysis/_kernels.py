"""Compiled per-row loops (numba) for :mod:`power1000_analysis.scores`.

Imported only when first needed: ``import numba`` and compiling (or loading) the kernels
take time (~1 s from the cache, 3-4 s compiling), so ``import power1000_analysis`` does not
import this module; :func:`power1000_analysis.scores._tally` imports it inside the
function, and only for frames of ``scores._COMPILED_FROM`` rows or more (smaller ones are
tallied in plain NumPy, faster than this load).

Caching: compiled kernels are kept on disk (numba's ``cache=True``) only in the package's
own ``__pycache__`` directory, and only when a file can be written there (the test numba
itself makes). Where one cannot (a read-only install), every process compiles the
kernels in memory (about two seconds, once per process) and nothing is written anywhere:
numba's own fallback for ``cache=True``, a per-user directory outside the package, is
never used. ``NUMBA_CACHE_DIR``, when set, is the user's explicit choice and is honoured.

Why one loop: a scorer must reduce every row into per-person sums, counts and first/last
times. NumPy does that in one pass per reduction (``np.bincount`` for sums and counts,
``np.maximum.at`` for times), each pass reading the rows again and scattering into a
per-person table of its own. Here :func:`tally` reads each row once and keeps what every
row changes, the decayed sum and the two counts, in one 16-byte record per person
(:data:`STATE`, four to a cache line; 1.6 MB for 100,000 people, against the floor's
0.8 MB of sums): one row costs one random memory access, like a row of the
``np.bincount`` floor. The record of the person ``_AHEAD`` rows on is prefetched, so that
several of those accesses are under way at once.

First and last times need no per-row work, because the rows come in time order (as
``merge_exports`` gives them): a person's first counted row has the earliest time (it is
noted when their count is still 0: once per person) and the last counted row the latest.
:func:`last_rows` finds the last rows walking back from the end with one flag byte per
person (100 kB), and stops as soon as every person with a row has been met: in a history
where everyone was active lately, after a small part of the rows. Row numbers stand for
the times (``at[row]`` afterwards). Rows in any other order are read through a stable
``argsort`` of their times (the reads are no longer sequential, so slower, but the
results are the same).

The loop bodies are written out in full: moving the row checks or the weight into helper
functions (even inlined ones) made the loop several times slower in numba 0.68.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import numba
import numpy as np
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

#: NaT as int64 nanoseconds
_NAT = np.iinfo(np.int64).min

#: per-person state of :func:`tally`: the decayed weight sum, the number of rows and of
#: rows that are evidence of life
STATE = np.dtype([("score", np.float64), ("n", np.int32), ("n_evidence", np.int32)])


def zeroed_state(people: int) -> np.ndarray:
    """A zeroed :data:`STATE` per person, starting on a 64-byte boundary (so that no
    record straddles two cache lines)."""
    raw = np.zeros(people * STATE.itemsize + 64, dtype=np.uint8)
    offset = -raw.ctypes.data % 64
    return raw[offset : offset + people * STATE.itemsize].view(STATE)


def _can_cache(directory: Path) -> bool:
    """Whether a file can be written in ``directory`` (created if need be)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError:
        return False
    return True


#: keep compiled kernels on disk, in this package's __pycache__ (see the module docstring)
CACHE = "NUMBA_CACHE_DIR" in os.environ or _can_cache(Path(__file__).parent / "__pycache__")

#: (typed Any: the compiled functions are dispatchers that take their arguments loosely)
_jit: Any = numba.njit(cache=CACHE, nogil=True)

#: rows ahead whose person's record :func:`tally` asks the memory for (measured: 32-64 rows
#: ahead cut the loop's time by 30-45 % at 100,000 people; the loop's body is long, so few
#: rows' random reads are under way at once without it)
_AHEAD = 32


@intrinsic
def _prefetch(typingctx: object, array: types.Array, index: types.Integer) -> tuple:
    """Hint that ``array[index]`` will soon be written (LLVM's ``prefetch``: no effect on
    results, and no fault even for an address that is not mapped)."""

    def codegen(context, builder, signature, arguments):
        array_type = signature.args[0]
        values = context.make_array(array_type)(context, builder, arguments[0])
        pointer = cgutils.get_item_pointer(
            context, builder, array_type, values, [arguments[1]], wraparound=False
        )
        byte_pointer = builder.bitcast(pointer, ir.IntType(8).as_pointer())
        i32 = ir.IntType(32)
        function = cgutils.get_or_insert_function(
            builder.module,
            ir.FunctionType(ir.VoidType(), [ir.IntType(8).as_pointer(), i32, i32, i32]),
            "llvm.prefetch.p0",
        )
        # write, high locality, data cache
        builder.call(function, [byte_pointer, i32(1), i32(3), i32(1)])
        return context.get_dummy_value()

    return types.void(array, index), codegen


@numba.njit(cache=CACHE, nogil=True, inline="always")
def _decay(
    age: int, beta: float, table: np.ndarray, shift: int, mask: int, coefficients: np.ndarray
) -> float:
    """``exp(−β·age)`` by ``scores._Decay``'s table and polynomial: the very operations of
    the NumPy version it replaced, in the same order (no fused multiply-add: numba does not
    contract without ``fastmath``), so the same bits. An age below 0 (a time after the
    cutoff, or NaT) gives a finite value of no meaning."""
    step = age >> shift
    if step >= table.size:  # ages beyond the table's last entry (0) share it
        step = table.size - 1
    elif step < 0:
        step = 0
    x = float(age & mask) * -beta
    o = x * coefficients[0]
    for k in range(1, coefficients.size - 1):
        o += coefficients[k]
        o *= x
    o += coefficients[coefficients.size - 1]
    return o * table[step]


@_jit
def decay(
    times: np.ndarray,
    cutoff: int,
    beta: float,
    table: np.ndarray,
    shift: int,
    mask: int,
    coefficients: np.ndarray,
    out: np.ndarray,
) -> None:
    """:func:`_decay` of the age of every time into ``out``. Not used by ``scores`` (its
    ``_Decay`` computes the same bits in NumPy); the tests compare the two with it."""
    for i in range(times.size):
        out[i] = _decay(cutoff - times[i], beta, table, shift, mask, coefficients)


@_jit
def tally(
    codes: np.ndarray,
    at: np.ndarray,
    kind: np.ndarray,
    direction: np.ndarray,
    participants: np.ndarray,
    width: int,
    missing: int,
    pair_weight: np.ndarray,
    pair_evidence: np.ndarray,
    pair_message: np.ndarray,
    cutoff: int,
    since: int,
    beta: float,
    table: np.ndarray,
    shift: int,
    mask: int,
    coefficients: np.ndarray,
    factors: np.ndarray,
    order: np.ndarray,
    state: np.ndarray,
    first_row: np.ndarray,
    excluded: np.ndarray,
) -> int:
    """Tally the rows into ``state`` (:func:`zeroed_state`), ``first_row`` (per person,
    the row number of their first counted row; set where their count is positive) and
    ``excluded`` (no_person, no_time, after_as_of, before_window: a row of no one counts
    there and also under its time's reason, if any).

    A row counts when it has a person (code ≥ 0) and a time in (since, cutoff] (``since``
    NaT: no start). Its weight: the decay (:func:`_decay`, or ``factors[row]`` when
    ``factors`` is not empty), times its (kind, direction) pair's weight, divided by
    n_participants − 1 for a group message.

    Rows are read in order, or in ``order`` (row numbers) when it is not empty. The
    counted rows' times must not decrease: at the first that does, the tally stops and
    returns its position (the outputs are then of no use); else it returns the number of
    rows.
    """
    previous = _NAT
    use_table = factors.size == 0
    in_order = order.size == 0
    rows = codes.size
    for j in range(rows):
        ahead = j + _AHEAD
        if ahead < rows:
            later = codes[ahead if in_order else order[ahead]]
            if later >= 0:
                _prefetch(state, later)  # type: ignore[call-arg]
        i = j if in_order else order[j]
        t = at[i]
        c = codes[i]
        if c < 0:
            excluded[0] += 1
        if t == _NAT:
            excluded[1] += 1
            continue
        if t > cutoff:
            excluded[2] += 1
            continue
        if t <= since:
            excluded[3] += 1
            continue
        if c < 0:
            continue
        if t < previous:
            return j
        previous = t
        pair = (kind[i] + missing) * width + direction[i] + missing
        w = _decay(cutoff - t, beta, table, shift, mask, coefficients) if use_table else factors[i]
        w *= pair_weight[pair]
        if pair_message[pair] and participants[i] > 2:  # a group message: 1 / (n − 1)
            w /= participants[i] - 1.0
        person = state[c]
        person.score += w
        if person.n == 0:
            first_row[c] = i
        person.n += 1
        if pair_evidence[pair]:
            person.n_evidence += 1
    return rows


@_jit
def last_rows(
    codes: np.ndarray,
    at: np.ndarray,
    kind: np.ndarray,
    direction: np.ndarray,
    width: int,
    missing: int,
    pair_evidence: np.ndarray,
    cutoff: int,
    since: int,
    order: np.ndarray,
    people: int,
    with_evidence: int,
    last_row: np.ndarray,
    last_evidence_row: np.ndarray,
) -> int:
    """The row number of each person's last counted row and last counted row that is
    evidence of life, into ``last_row`` and ``last_evidence_row`` (set for the people who
    have one), from rows in time order as :func:`tally` read them (``order``).

    Walks back from the last row and stops once ``people`` people (those with a counted
    row) and ``with_evidence`` (those with one that is evidence) have been met. Returns
    the number of rows read.
    """
    found = np.zeros(last_row.size, dtype=np.uint8)  # 1: last row met; 2: last evidence
    in_order = order.size == 0
    read = 0
    for j in range(codes.size - 1, -1, -1):
        if people == 0 and with_evidence == 0:
            break
        read += 1
        i = j if in_order else order[j]
        c = codes[i]
        t = at[i]
        if c < 0 or t == _NAT or t > cutoff or t <= since:
            continue
        seen = found[c]
        if seen == 3:
            continue
        if seen & 1 == 0:
            last_row[c] = i
            people -= 1
            seen |= 1
        if seen & 2 == 0 and pair_evidence[(kind[i] + missing) * width + direction[i] + missing]:
            last_evidence_row[c] = i
            with_evidence -= 1
            seen |= 2
        found[c] = seen
    return read


#: free order of additions (SIMD lanes, fused multiply-adds) for sums over many contacts:
#: the same to rounding as NumPy's, not the same bits
_SUMS = {"reassoc", "contract", "nsz", "arcp"}


@numba.njit(cache=CACHE, nogil=True, fastmath=_SUMS)
def gram(rows: np.ndarray) -> np.ndarray:
    """rows·rowsᵀ of a (p × G) array (``np.einsum("ig,jg->ij", rows, rows)``), the sums over
    G in SIMD lanes: a quarter of einsum's time at p = 7, G = 100,000 (the jackknife's
    products over contacts, bench/README.md #7 session 10)."""
    p, g = rows.shape
    out = np.empty((p, p))
    for i in range(p):
        for j in range(i, p):
            acc = 0.0
            for c in range(g):
                acc += rows[i, c] * rows[j, c]
            out[i, j] = acc
            out[j, i] = acc
    return out


#: contacts in a block of :func:`gram_of` and :func:`influences` (7 rows of 512 fit the
#: first-level cache)
_BLOCK = 512


@numba.njit(cache=CACHE, nogil=True, inline="always")
def _take_block(
    scores: np.ndarray, rows: np.ndarray, watched: np.ndarray, start: int, block: np.ndarray
) -> int:
    """Columns ``start`` on of the rows ``rows`` of ``scores`` into ``block`` (p × _BLOCK),
    zero where not ``watched`` (none zeroed where it is empty); the columns taken."""
    width = min(start + _BLOCK, scores.shape[1]) - start
    for q in range(rows.size):
        row = rows[q]
        for c in range(width):
            block[q, c] = scores[row, start + c]
        if watched.size:
            for c in range(width):
                if not watched[start + c]:
                    block[q, c] = 0.0
    return width


@numba.njit(cache=CACHE, nogil=True, fastmath=_SUMS)
def gram_of(scores: np.ndarray, rows: np.ndarray, watched: np.ndarray) -> np.ndarray:
    """:func:`gram` of the rows ``rows`` of ``scores`` (p × G) over the columns where
    ``watched`` (all columns where it is empty), without copying them out: Σ_c s_c s_cᵀ.
    The contacts in blocks of :data:`_BLOCK`, each block's p(p+1)/2 sums in SIMD lanes."""
    p = rows.size
    out = np.zeros((p, p))
    block = np.empty((p, _BLOCK))
    for start in range(0, scores.shape[1], _BLOCK):
        width = _take_block(scores, rows, watched, start, block)
        for i in range(p):
            for j in range(i, p):
                acc = 0.0
                for c in range(width):
                    acc += block[i, c] * block[j, c]
                out[i, j] += acc
    for i in range(p):
        for j in range(i):
            out[i, j] = out[j, i]
    return out


@numba.njit(cache=CACHE, nogil=True, fastmath=_SUMS)
def influences(
    bread: np.ndarray,
    scores: np.ndarray,
    rows: np.ndarray,
    watched: np.ndarray,
    inverse_se: np.ndarray,
    threshold: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The contact jackknife's linear influences dᵢ = −H⁻¹sᵢ (``bread`` H⁻¹, sᵢ the rows
    ``rows`` of column i of ``scores``) in one pass over the contacts, none kept whole:
    (Σᵢ dᵢ over the watched contacts, each contact's influence on the second parameter
    (log β; 0 where not watched), the contacts whose largest influence in standard errors,
    maxₚ |dᵢₚ|·``inverse_se``ₚ, is above ``threshold``, in their order, and those sizes).
    ``watched`` empty: every contact. In blocks of :data:`_BLOCK` contacts, as :func:`gram_of`."""
    p = rows.size
    g = scores.shape[1]
    total = np.zeros(p)
    second = np.zeros(g)
    chosen = np.empty(g, dtype=np.int64)
    sizes = np.empty(g)
    found = 0
    block = np.empty((p, _BLOCK))
    influence = np.empty((p, _BLOCK))
    size = np.empty(_BLOCK)
    for start in range(0, g, _BLOCK):
        width = _take_block(scores, rows, watched, start, block)
        for c in range(width):
            size[c] = 0.0
        for a in range(p):
            for c in range(width):
                influence[a, c] = 0.0
            for q in range(p):
                weight = -bread[a, q]
                for c in range(width):
                    influence[a, c] += weight * block[q, c]
            acc = 0.0
            scale = inverse_se[a]
            for c in range(width):
                value = influence[a, c]
                acc += value
                scaled = abs(value) * scale
                if scaled > size[c]:
                    size[c] = scaled
            total[a] += acc
        for c in range(width):
            second[start + c] = influence[1, c]
            if size[c] > threshold:
                chosen[found] = start + c
                sizes[found] = size[c]
                found += 1
    return total, second, chosen[:found].copy(), sizes[:found].copy()
