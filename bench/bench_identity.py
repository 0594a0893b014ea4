"""Benchmark identity.resolve_people on 20,000 x 20,000 contacts (issue #6). Not a test.

Run:  .venv/bin/python bench/bench_identity.py [--size 20000] [--overlap 0.25] [--seed 6]
      [--skip-cdist] [--uniform-namesakes]

Data: two platforms (``linkedin``, ``facebook``) of ``--size`` contacts each, names drawn
from the persona generator's name model (``synthetic/names.py``: 16 cultures, accents,
family-name-first orders, realistic name frequencies with a long tail). A share
``--overlap`` of the facebook accounts are planted true pairs of a linkedin account, under a variant of the name (identical, accents folded,
nickname, one-letter typo, extra middle initial, emoji); half of them were connected
within days of each other. Common names (Nguyễn, García, Kumar…) make accidental
namesakes, and 2 % of the other facebook accounts copy a linkedin name on purpose
(different people, one name), chosen with probability proportional to the name's frequency
as in life (``--uniform-namesakes``: any linkedin account's name alike, as until session 7).

Methods, on the same data:

- ``exact name``: accounts whose normalised names (``name_tokens``, sorted) are equal;
- ``rapidfuzz cdist``: all 20,000 x 20,000 pairs through ``rapidfuzz.process.cdist``
  (``token_sort_ratio``, ``default_process``, all cores), a pair when the ratio >= 90;
- ``resolve_people``: automatic merges (and merged-or-queued recall), with the time spent
  in blocking and the true pairs blocking never offers for scoring.

Reports wall and CPU time (``time.process_time``, all threads) per method, precision and
recall against the planted pairs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis import identity
from power1000_analysis.identity import accounts as accounts_module
from power1000_analysis.identity import candidates as candidates_module
from power1000_analysis.synthetic.names import (
    CULTURES,
    EMOJI,
    NICKNAMES,
    TOP_SHARE,
    ascii_fold,
    rank_weights,
)

VARIANTS = ("identical", "folded", "nickname", "typo", "middle", "emoji")
VARIANT_SHARE = (0.4, 0.15, 0.15, 0.1, 0.1, 0.1)


_WEIGHTS: dict[str, tuple[np.ndarray, np.ndarray]] = {}


def draw_name(rng: np.random.Generator) -> str:
    """A name of a random culture, with the generator's realistic name frequencies
    (``names.rank_weights``: common names common, a long tail of rare ones)."""
    return draw_name_and_frequency(rng)[0]


def draw_name_and_frequency(rng: np.random.Generator) -> tuple[str, float]:
    """``draw_name`` and the probability of drawing exactly that name (culture share ×
    given- and family-name rank weights), from the same draws."""
    culture = list(CULTURES)[int(rng.integers(len(CULTURES)))]
    given, family, family_first = CULTURES[culture]
    if culture not in _WEIGHTS:
        top_given, top_family = TOP_SHARE[culture]
        _WEIGHTS[culture] = (
            rank_weights(len(given), top_given),
            rank_weights(len(family), top_family),
        )
    given_weights, family_weights = _WEIGHTS[culture]
    g = int(rng.choice(len(given), p=given_weights))
    f = int(rng.choice(len(family), p=family_weights))
    first, last = given[g], family[f]
    name = f"{last} {first}" if family_first else f"{first} {last}"
    return name, float(given_weights[g] * family_weights[f]) / len(CULTURES)


def variant(name: str, kind: str, rng: np.random.Generator) -> str:
    words = name.split(" ")
    if kind == "folded":
        return ascii_fold(name)
    if kind == "nickname":
        for i, word in enumerate(words):
            if word in NICKNAMES:
                nicks = NICKNAMES[word]
                words[i] = nicks[int(rng.integers(len(nicks)))]
                return " ".join(words)
        return name
    if kind == "typo":
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        if len(word) >= 5:
            at = int(rng.integers(1, len(word) - 1))
            words[longest] = word[:at] + word[at + 1 :]
        return " ".join(words)
    if kind == "middle":
        letter = "ABCDEFGHJKLMNPRST"[int(rng.integers(17))]
        return " ".join([words[0], f"{letter}.", *words[1:]])
    if kind == "emoji":
        return f"{name} {EMOJI[int(rng.integers(len(EMOJI)))]}"
    return name


def make_contacts(
    size: int, overlap: float, seed: int, uniform_namesakes: bool = False
) -> tuple[pd.DataFrame, set[tuple[int, int]]]:
    """Contacts of both platforms (linkedin rows 0..size-1 first) and the true pairs.

    A planted namesake copies a linkedin name with probability proportional to the name's
    frequency (as the persona generator's, ``PersonaParams.namesake_by_frequency``: each
    linkedin account's weight is its name's frequency over the name's carriers), or, with
    ``uniform_namesakes``, the name of a uniformly random linkedin account (until session
    7). Both consume the same draws, so everything else is identical."""
    rng = np.random.default_rng(seed)
    drawn = [draw_name_and_frequency(rng) for _ in range(size)]
    names_a = [name for name, _ in drawn]
    carriers = pd.Series(names_a).map(pd.Series(names_a).value_counts()).to_numpy()
    weight = np.array([f for _, f in drawn]) / carriers
    weight /= weight.sum()
    days_a = rng.uniform(0, 3650, size)
    n_true = int(size * overlap)
    partner = rng.choice(size, n_true, replace=False)
    names_b: list[str] = []
    days_b = rng.uniform(0, 3650, size)
    for j in range(size):
        if j < n_true:
            kind = VARIANTS[int(rng.choice(len(VARIANTS), p=VARIANT_SHARE))]
            names_b.append(variant(names_a[partner[j]], kind, rng))
            if rng.random() < 0.5:
                days_b[j] = days_a[partner[j]] + rng.exponential(14.0) * rng.choice([-1, 1])
        elif rng.random() < 0.02:  # a planted namesake
            source = int(rng.integers(size))
            if not uniform_namesakes:
                sub = np.random.default_rng([0x6E616D65, j, source])
                source = int(sub.choice(size, p=weight))
            names_b.append(names_a[source])
        else:
            names_b.append(draw_name(rng))
    start = pd.Timestamp("2014-01-01", tz="UTC")
    days = np.concatenate([days_a, days_b])
    contacts = pd.DataFrame(
        {
            "platform": ["linkedin"] * size + ["facebook"] * size,
            "contact_key": [f"a{i}" for i in range(size)] + [f"b{j}" for j in range(size)],
            "name": names_a + names_b,
            "handle": None,
            "profile_url": None,
            "email": None,
            "connected_at": start + pd.to_timedelta(days, unit="D"),
            "first_seen_at": pd.Timestamp("2024-06-30", tz="UTC"),
        }
    )
    truth = {(int(partner[j]), size + j) for j in range(n_true)}
    return contacts, truth


def timed(function: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def quality(predicted: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(predicted & truth)
    return hits / max(len(predicted), 1), hits / max(len(truth), 1)


def exact_pairs(contacts: pd.DataFrame, size: int) -> set[tuple[int, int]]:
    keys = pd.Series([" ".join(sorted(identity.name_tokens(n))) for n in contacts["name"]])
    frame = pd.DataFrame({"key": keys, "row": np.arange(len(keys))})
    left, right = frame.iloc[:size], frame.iloc[size:]
    joined = left.merge(right, on="key", suffixes=("_a", "_b"))
    return set(zip(joined["row_a"].tolist(), joined["row_b"].tolist(), strict=True))


def cdist_pairs(contacts: pd.DataFrame, size: int, cutoff: int = 90) -> set[tuple[int, int]]:
    from rapidfuzz import fuzz, process, utils

    names = contacts["name"].tolist()
    left, right = names[:size], names[size:]
    pairs: set[tuple[int, int]] = set()
    for start in range(0, size, 2000):
        scores = process.cdist(
            left[start : start + 2000],
            right,
            scorer=fuzz.token_sort_ratio,
            processor=utils.default_process,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=-1,
        )
        rows, cols = np.nonzero(scores)
        pairs |= set(zip((rows + start).tolist(), (cols + size).tolist(), strict=True))
    return pairs


def resolved_pairs(result: identity.Resolution, outcomes: set[str]) -> set[tuple[int, int]]:
    chosen = result.candidates[result.candidates["outcome"].isin(outcomes)]
    row = {f"linkedin:a{i}": i for i in range(len(result.contacts) // 2)}
    size = len(row)
    pairs = set()
    for pa, ka, _pb, kb in chosen[
        ["platform_a", "contact_key_a", "platform_b", "contact_key_b"]
    ].itertuples(index=False):
        a, b = (ka, kb) if pa == "linkedin" else (kb, ka)
        pairs.add((row[f"linkedin:{a}"], size + int(b[1:])))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--overlap", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--skip-cdist", action="store_true")
    parser.add_argument(
        "--uniform-namesakes",
        action="store_true",
        help="planted namesakes copy a uniformly random name (the bench until session 7)",
    )
    args = parser.parse_args()
    contacts, truth = make_contacts(args.size, args.overlap, args.seed, args.uniform_namesakes)
    print(f"{args.size:,} x {args.size:,} contacts, {len(truth):,} true pairs")
    rows = []

    predicted, wall, cpu = timed(lambda: exact_pairs(contacts, args.size))
    rows.append(("exact name", wall, cpu, *quality(predicted, truth), len(predicted)))
    if not args.skip_cdist:
        predicted, wall, cpu = timed(lambda: cdist_pairs(contacts, args.size))
        rows.append(
            ("rapidfuzz cdist >= 90", wall, cpu, *quality(predicted, truth), len(predicted))
        )

    identity.name_tokens.cache_clear()
    accounts, wall_acc, cpu_acc = timed(lambda: accounts_module._accounts(contacts, None))
    blocked, wall_blk, cpu_blk = timed(lambda: candidates_module._candidate_pairs(accounts))
    offered = {(int(a), int(b)) for a, b in blocked}
    lost = len(truth - offered)
    print(
        f"accounts: {wall_acc:.2f} s wall / {cpu_acc:.2f} s CPU; blocking: {wall_blk:.2f} s / "
        f"{cpu_blk:.2f} s, {len(offered):,} candidate pairs, true pairs lost by blocking: "
        f"{lost:,} of {len(truth):,} ({lost / len(truth):.1%})"
    )
    identity.name_tokens.cache_clear()
    result, wall, cpu = timed(lambda: identity.resolve_people(contacts))
    merged = resolved_pairs(result, {"merged", "merged_via_others"})
    queued = resolved_pairs(result, {"merged", "merged_via_others", "review"})
    rows.append(("resolve_people (merged)", wall, cpu, *quality(merged, truth), len(merged)))
    rows.append(("  merged or queued", wall, cpu, *quality(queued, truth), len(queued)))

    print("| method | wall s | CPU s | precision | recall | pairs |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, wall, cpu, precision, recall, n in rows:
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {precision:.3f} | {recall:.3f} | {n:,} |")


if __name__ == "__main__":
    main()
