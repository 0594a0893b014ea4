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

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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
from power1000_analysis.labels import display_names
from power1000_analysis.network import Network

__all__ = ["DEFAULT_WEIGHTS", "activity_scores"]

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


@dataclass
class _Columns:
    """The rows' (kind, direction) codes and, by pair code ``kind · width + direction``
    (each code shifted by one when some is missing), weight, evidence and "is a
    message"."""

    kind: np.ndarray
    direction: np.ndarray
    width: int
    missing: int
    weight: np.ndarray
    evidence: np.ndarray
    message: np.ndarray


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
    unnamed = contacts["name"].isna()
    if unnamed.any():
        # a person no export names (X's id-only lists): their handle or account id, but
        # only when none of their accounts has a name ("first" would pick the fallback)
        unnamed &= ~contacts["person_id"].isin(contacts.loc[~unnamed, "person_id"])
        fallback = display_names(contacts.loc[unnamed])
        contacts = contacts.assign(name=contacts["name"].astype(object))
        contacts.loc[unnamed, "name"] = fallback
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


#: spans (ns) from which :class:`_Decay` leaves its integer ages (int64 would wrap at 2^63)
_EXACT_SPAN = 1 << 62

#: most entries of :class:`_Decay`'s table (256 kB): beyond, its steps grow and so does
#: the degree of its polynomial
_DECAY_TABLE = 1 << 15


class _Decay:
    """``exp(−β·(cutoff − t))`` for int64 nanosecond times ``t``, without ``exp``.

    The age ``Δ = cutoff − t`` (exact, in integers) is split as ``q·2^s + r``; then
    ``exp(−βΔ) = T[q] · exp(−βr)``, ``T`` a table of ``exp(−β·q·2^s)`` (at most
    ``_DECAY_TABLE`` entries, or an eighth of the rows, computed in extended precision
    where the platform has it, so correctly rounded; ages beyond ~750/β share a last entry
    of exactly 0) and ``exp(−βr)`` a Taylor polynomial in x = βr < β·2^s, of the least
    degree whose remainder is below 1e-17 (degree 4 while β·2^s ≤ 2^-10: a 90-day
    half-life over up to ~7.6 years of history; degree 5-6 for longer or faster-decaying
    histories). This object holds the table and the polynomial; the per-row arithmetic is
    ``_kernels._decay``, inside the tally's loop.

    Result: within ~3e-16 relative of the exact value (measured against extended precision
    for half-lives from 0.001 to 10^12 days and spans from 1 to 20,000 days), where
    ``exp(β·t − β·cutoff)`` in float64 is within ~3.5e-14 at a 90-day half-life (β·t is
    ~150 and rounds) and ~2e-9 at 0.001 days; and cheaper than ``exp``.

    Times after the cutoff and NaT give finite values of no meaning (their rows are
    dropped). It falls back to ``exp`` of the age taken in float64 (within ~1e-13
    relative at ordinary half-lives) where no degree up to 12 would do (a short half-life
    over a long span with few rows, whose table is short), for β = 0 (an infinite
    half-life: every factor is 1), and when the span reaches ``_EXACT_SPAN`` (~146 years:
    a date that far back would overflow the integer age). Then ``table`` is None.
    """

    def __init__(self, beta: float, cutoff_ns: int, earliest_ns: int, rows: int) -> None:
        self.beta, self.cutoff = beta, cutoff_ns
        self.table: np.ndarray | None = None
        self.shift, self.mask = 0, 0
        self.coefficients: list[float] = []
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
        for degree in range(1, 13 if x_max < 1.0 else 1):  # (none would do beyond 1)
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

    def arguments(self) -> tuple[float, np.ndarray, int, int, np.ndarray]:
        """``(beta, table, shift, mask, coefficients)`` as ``_kernels.tally`` takes them
        (without a table, an empty one: the caller passes factors from :meth:`__call__`)."""
        table = self.table if self.table is not None else np.empty(0)
        coefficients = np.array(self.coefficients or [0.0, 0.0], dtype=np.float64)
        return self.beta, _frozen(table), self.shift, self.mask, _frozen(coefficients)

    def __call__(self, times: np.ndarray, out: np.ndarray) -> None:
        """Write the decay factor of each time into ``out`` (same length), in NumPy: the
        operations of ``_kernels._decay`` in the same order, so the same bits (the small-
        input path of :func:`_tally` and the compiled loop agree)."""
        if self.table is None:
            # the age in float64 (never overflows; off by < 1 µs), then exp(−β·age)
            np.subtract(float(self.cutoff), times, out=out)
            with np.errstate(over="ignore"):  # -inf (a huge β): a factor of 0
                out *= -self.beta
                np.exp(out, out=out)
            return
        leading, *rest = self.coefficients
        age = np.subtract(self.cutoff, np.asarray(times, dtype=np.int64))  # NaT wraps: finite
        step = np.right_shift(age, self.shift)
        np.bitwise_and(age, self.mask, out=age)
        x = np.multiply(age, -self.beta, dtype=np.float64)  # -βr, in (-β·2^s, 0]
        np.multiply(x, leading, out=out)  # Horner: Σ x^k / k!
        for coefficient in rest[:-1]:
            out += coefficient
            out *= x
        out += rest[-1]
        out *= np.take(self.table, step, mode="clip")


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


def _small_codes(codes: np.ndarray, categories: int) -> np.ndarray:
    """Kind or direction codes as int8 (what categorical codes of a few categories already
    are), or int32 for more than 127 categories."""
    dtype = np.int8 if categories <= 127 else np.int32
    return codes.astype(dtype, copy=False)


def _frozen(values: np.ndarray) -> np.ndarray:
    """``values`` contiguous and read-only (a view; a copy only if not contiguous). numba
    compiles a kernel per array type, and whether an array is writable or contiguous is
    part of the type: the kernels' inputs always are like this, so one compiled version
    (and one cache entry) serves every frame."""
    view = np.ascontiguousarray(values).view()
    view.flags.writeable = False
    return view


#: from this many interactions on :func:`_tally` runs the compiled loop of ``_kernels``;
#: below, plain NumPy (and numba is not even imported). The loop is 2.5-4x faster per row
#: (warm: ~0.03 s per million rows against NumPy's ~0.1 s), but the first call in a
#: process pays for importing numba and loading the kernels from the package's cache
#: (0.9-1.3 s; 3-4 s where it must compile). Measured (bench/README.md, #7 session 6,
#: load 5-6): the NumPy path takes 0.5-0.9 s at 5 million rows, so below that a first
#: call is never slower on NumPy, and from there the loop's load is repaid within the
#: few calls a report makes (one call alone breaks even only at ~15 million rows).
#: Ordinary histories (data/sample: 11,000 rows) never wait for numba.
_COMPILED_FROM = 5_000_000


def _tally(
    interactions: pd.DataFrame,
    cutoff: pd.Timestamp,
    *,
    half_life_days: float,
    weights: Mapping[tuple[str, str], float],
    since: pd.Timestamp | None = None,
) -> _Tally:
    """Decayed scores, counts and first/last times per person.

    Each counted row's weight is its (kind, direction) weight (a small table by pair code;
    a group message also divided by n_participants − 1) times the decay
    (:class:`_Decay`). Rows that belong to no one, have no time, or fall outside
    (since, cutoff] are left out and counted by reason in ``excluded``.

    Below :data:`_COMPILED_FROM` rows in plain NumPy (:func:`_numpy_tally`), from it on
    in the compiled loop (:func:`_compiled_tally`). Both give the same counts and times
    and the same decay factors to the bit; scores differ at most in their last bits where
    rows are summed in another order (the loop sums in time order, NumPy in row order).
    """
    if not half_life_days > 0:  # NaN too; infinity is allowed: no decay
        raise ValueError(
            f"half_life_days must be a positive number of days, not {half_life_days!r}"
        )
    try:
        beta = math.log(2.0) / (half_life_days * _NS_PER_DAY)
    except OverflowError:  # Python floats raise where NumPy would give inf
        beta = math.inf
    if not math.isfinite(beta):  # a subnormal half-life: exp(−β·0) would be NaN
        raise ValueError(
            f"half_life_days must be a positive number of days, not {half_life_days!r}: "
            "too small for its decay rate ln 2 / half-life to be a finite number"
        )
    person_codes, persons = _codes(interactions["person_id"])
    codes = person_codes.astype(np.int32, copy=False)
    at = np.ascontiguousarray(_ns(interactions["at"]))
    cutoff_ns = int(cutoff.as_unit("ns").value)
    since_ns = int(since.as_unit("ns").value) if since is not None else _NAT
    pairs = _kind_columns(interactions, weights)
    column = interactions["n_participants"]
    if column.hasnans:  # an unknown count (NA, NaN) is no group
        # to_numeric first: an all-missing object column (conform's fill) would otherwise
        # be downcast by fillna, which pandas deprecates (FutureWarning)
        column = pd.to_numeric(column).fillna(0)
    participants = np.asarray(column).astype(np.int64, copy=False)
    earliest = int(at.min()) if len(at) else cutoff_ns
    if earliest == _NAT:  # some row has no time: the earliest real one (if any)
        real = at[at != _NAT]
        earliest = int(real.min()) if len(real) else cutoff_ns
    decay = _Decay(beta, cutoff_ns, earliest, len(at))
    tally = _compiled_tally if len(at) >= _COMPILED_FROM else _numpy_tally
    score, n_interactions, n_evidence, first_ns, last_ns, last_evidence_ns, excluded = tally(
        codes, at, pairs, participants, cutoff_ns, since_ns, decay, len(persons)
    )
    reasons = ["no_person", "no_time", "after_as_of"] + ["before_window"] * (since is not None)
    return _Tally(
        person_id=persons,
        score=score,
        n_interactions=n_interactions,
        n_evidence=n_evidence,
        first_ns=first_ns,
        last_ns=last_ns,
        last_evidence_ns=last_evidence_ns,
        excluded={reason: int(count) for reason, count in zip(reasons, excluded, strict=False)},
    )


def _numpy_tally(
    codes: np.ndarray,
    at: np.ndarray,
    pairs: _Columns,
    participants: np.ndarray,
    cutoff_ns: int,
    since_ns: int,
    decay: _Decay,
    people: int,
) -> tuple[np.ndarray, ...]:
    """:func:`_tally` in plain NumPy: a filter, ``np.bincount`` for the sums and counts,
    ``np.minimum.at``/``np.maximum.at`` for the times. Returns score, n_interactions,
    n_evidence, first_ns, last_ns, last_evidence_ns and the excluded counts (as
    ``_kernels.tally`` counts them: a row of no one also under its time's reason)."""
    real = at != _NAT
    excluded = np.array(
        [
            np.count_nonzero(codes < 0),
            np.count_nonzero(~real),
            np.count_nonzero(at > cutoff_ns),
            np.count_nonzero(real & (at <= cutoff_ns) & (at <= since_ns)),
        ]
    )
    rows = np.flatnonzero((codes >= 0) & real & (at <= cutoff_ns) & (at > since_ns))
    person, t, n = codes[rows], at[rows], participants[rows]
    pair = (pairs.kind[rows].astype(np.intp) + pairs.missing) * pairs.width
    pair += pairs.direction[rows] + pairs.missing
    weight = np.empty(len(rows))
    decay(t, weight)
    weight *= pairs.weight[pair]
    group = pairs.message[pair] & (n > 2)  # a group message: 1 / (n − 1)
    weight[group] /= n[group] - 1.0
    evidence = pairs.evidence[pair]
    first = np.full(people, _INT64_MAX, dtype=np.int64)
    last = np.full(people, _NAT, dtype=np.int64)
    last_evidence = np.full(people, _NAT, dtype=np.int64)
    np.minimum.at(first, person, t)
    np.maximum.at(last, person, t)
    np.maximum.at(last_evidence, person[evidence], t[evidence])
    return (
        np.bincount(person, weights=weight, minlength=people),
        np.bincount(person, minlength=people).astype(np.int64),
        np.bincount(person[evidence], minlength=people).astype(np.int64),
        first,
        last,
        last_evidence,
        excluded,
    )


def _compiled_tally(
    codes: np.ndarray,
    at: np.ndarray,
    pairs: _Columns,
    participants: np.ndarray,
    cutoff_ns: int,
    since_ns: int,
    decay: _Decay,
    people: int,
) -> tuple[np.ndarray, ...]:
    """:func:`_tally` in one compiled loop (``_kernels.tally``); returns as
    :func:`_numpy_tally`.

    The loop reads each row once: its person's code and its time (the arrays the
    ``np.bincount`` floor of the benchmark reads), its (kind, direction) codes and its
    participant count, and adds its weight into its person's 16-byte record with the
    counts; it notes the row number of each person's first counted row.

    Row numbers stand for the first and last times because the counted rows come in time
    order (``merge_exports`` sorts them). When they do not (a frame built by hand), the
    loop stops at the first row out of order and runs again over the rows in the order of
    a stable ``argsort`` of their times. So the results never depend on row order, only
    the cost does (and a score's last bits where rows of equal time are summed in another
    order).
    """
    from power1000_analysis import _kernels  # imports numba: only for large histories

    if len(at) >= 2**31:  # the records' counts and row numbers are int32
        raise ValueError(f"activity scores take fewer than 2^31 interactions, not {len(at):,}")
    factors = np.empty(0)
    if decay.table is None:  # rare (see _Decay): exp of every row's age, in NumPy
        factors = np.empty(len(at))
        decay(at, factors)
    arguments: tuple[Any, ...] = tuple(
        _frozen(value) if isinstance(value, np.ndarray) else value
        for value in (
            codes,
            at,
            _small_codes(pairs.kind, len(pairs.weight) // pairs.width),
            _small_codes(pairs.direction, pairs.width),
            participants,
            pairs.width,
            pairs.missing,
            pairs.weight,
            pairs.evidence,
            pairs.message,
            cutoff_ns,
            since_ns,
            *decay.arguments(),
            factors,
        )
    )
    order = _frozen(np.empty(0, dtype=np.intp))
    state, excluded = _kernels.zeroed_state(people), np.zeros(4, dtype=np.int64)
    first_row = np.zeros(people, dtype=np.int32)
    if _kernels.tally(*arguments, order, state, first_row, excluded) < len(at):
        order = _frozen(np.argsort(at, kind="stable"))  # not in time order: read them sorted
        state, excluded = _kernels.zeroed_state(people), np.zeros(4, dtype=np.int64)
        _kernels.tally(*arguments, order, state, first_row, excluded)
    n_interactions = state["n"].astype(np.int64)
    n_evidence = state["n_evidence"].astype(np.int64)
    counted, evidence = n_interactions > 0, n_evidence > 0
    last_row = np.zeros(people, dtype=np.int32)
    last_evidence_row = np.zeros(people, dtype=np.int32)
    _kernels.last_rows(
        *arguments[:4], pairs.width, pairs.missing, arguments[8],
        cutoff_ns, since_ns, order, int(counted.sum()), int(evidence.sum()), last_row,
        last_evidence_row,
    )  # fmt: skip
    first_ns = np.full(people, _INT64_MAX, dtype=np.int64)
    last_ns = np.full(people, _NAT, dtype=np.int64)
    last_evidence_ns = np.full(people, _NAT, dtype=np.int64)
    first_ns[counted] = at[first_row[counted]]
    last_ns[counted] = at[last_row[counted]]
    last_evidence_ns[evidence] = at[last_evidence_row[evidence]]
    return (
        state["score"].copy(),
        n_interactions,
        n_evidence,
        first_ns,
        last_ns,
        last_evidence_ns,
        excluded,
    )


def _ranking_key(score: np.ndarray) -> np.ndarray:
    """``score`` rounded to 12 significant digits, to rank by (the table reports the score
    itself). Float sums depend on their order: equal weighted counts added in different
    orders can differ in the last bit (22.7 and 22.700000000000003), and the rule "ties in
    the order of contacts" must not depend on that. Zeros, NaN and scores too small to
    scale (below ~1e-297) are kept as they are."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        scale = 10.0 ** (11 - np.floor(np.log10(np.abs(score))))
        key = np.round(score * scale) / scale
    return np.where(np.isfinite(key), key, score)


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


def _checked_weights(
    weights: Mapping[tuple[str, str], float] | None,
) -> dict[tuple[str, str], float]:
    """``weights`` as given, once every key is a known ``(kind, direction)`` pair and every
    weight a finite number >= 0; else a ValueError naming the bad keys or values (a key
    such as ``("message", "inbound")`` or ``"message"`` was silently left unused: review11 A1).

    Example
    -------
    >>> _checked_weights({("message", "in"): 2})
    {('message', 'in'): 2.0}
    >>> _checked_weights({("message", "inbound"): 2})
    Traceback (most recent call last):
    ...
    ValueError: weights: unknown key ('message', 'inbound'); keys are (kind, direction) pairs with kind one of message, comment, reaction, like, mention, reply, tag, endorsement, recommendation and direction 'in' or 'out'
    """
    if weights is None:
        return {}
    if not isinstance(weights, Mapping):
        raise ValueError(
            f"weights must be a mapping of (kind, direction) to a weight, not {type(weights).__name__}"
        )
    unknown = [key for key in weights if key not in DEFAULT_WEIGHTS]
    if unknown:
        from power1000_analysis.schema import DIRECTIONS, INTERACTION_KINDS

        kinds, directions = ", ".join(INTERACTION_KINDS), " or ".join(map(repr, DIRECTIONS))
        raise ValueError(
            f"weights: unknown key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(key) for key in unknown)}; keys are (kind, direction) pairs with "
            f"kind one of {kinds} and direction {directions}"
        )
    checked: dict[tuple[str, str], float] = {}
    bad: list[str] = []
    for key, value in weights.items():
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if isinstance(value, bool | str) or not (math.isfinite(number) and number >= 0):
            bad.append(f"{key!r}: {value!r}")
        checked[key] = number
    if bad:
        raise ValueError(
            f"weights must be finite numbers >= 0 (0 leaves a kind out), not {'; '.join(bad)}"
        )
    return checked


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
        keep their default); a key that is not one of those pairs, or a weight that is
        negative or not a finite number, is a ValueError.

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
    merged_weights = {**DEFAULT_WEIGHTS, **_checked_weights(weights)}
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
    rows = rows[_highest_first(_ranking_key(score[rows]))]
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
    _platforms_then(net, table, cutoff)
    table.attrs.update(as_of=cutoff, excluded=tally.excluded)
    return table


def _platforms_then(net: Network, table: pd.DataFrame, cutoff: pd.Timestamp) -> None:
    """At a ``cutoff`` before some accounts were known, ``platforms`` lists only the
    platforms of the accounts known by then (connected, or without a connection date in an
    export, by the cutoff; as ``growth.contact_presence``); a person kept only for
    interactions by then gets the platforms of those interactions. In place; nothing to
    do (and no cost beyond one comparison) when every account was known by the cutoff.
    """
    contacts = net.contacts
    if contacts.empty or table.empty:
        return
    since = pd.to_datetime(contacts["connected_at"], utc=True).fillna(
        pd.to_datetime(contacts["first_seen_at"], utc=True)
    )
    later = (since > cutoff).to_numpy()
    if not later.any():
        return

    def joined(frame: pd.DataFrame) -> pd.Series:
        frame = frame.astype({"person_id": object, "platform": str})
        return frame.groupby("person_id")["platform"].agg(lambda s: ",".join(sorted(set(s))))

    then = joined(contacts.loc[~later, ["person_id", "platform"]])
    ids = table["person_id"]
    rest = ids[~ids.isin(then.index)]
    if len(rest):
        interactions = net.interactions
        by_then = pd.to_datetime(interactions["at"], utc=True) <= cutoff
        mine = by_then & interactions["person_id"].isin(rest)
        if mine.any():
            then = pd.concat([then, joined(interactions.loc[mine, ["person_id", "platform"]])])
    table["platforms"] = ids.map(then).where(ids.isin(then.index), table["platforms"])


def _interaction_people(interactions: pd.DataFrame, person_ids: pd.Index) -> pd.DataFrame:
    """Name (the last one given) and platforms of people only known from interactions.

    Someone no interaction names (a Bluesky mention gives only a DID) is called by their
    handle or ``"<Platform> account <contact_key>"``, as unnamed contacts are (ux8 #10).
    A small subset of the rows, so a plain filter.
    """
    wanted = ["person_id", "name", "platform"] + (
        ["contact_key"] if "contact_key" in interactions.columns else []
    )
    mine = interactions.loc[interactions["person_id"].isin(person_ids), wanted].astype(object)
    named = mine.dropna(subset=["name"])
    fallback = mine.loc[~mine["person_id"].isin(named["person_id"])]
    fallback = fallback.assign(name=display_names(fallback)).dropna(subset=["name"])
    names = pd.concat([named, fallback]).drop_duplicates("person_id", keep="last")
    platforms = mine.drop_duplicates(["person_id", "platform"]).groupby("person_id")["platform"]
    return pd.DataFrame(
        {
            "name": names.set_index("person_id")["name"],
            "platforms": platforms.agg(lambda values: ",".join(sorted(map(str, values)))),
        }
    )
