"""Planted-truth quality of identity resolution on data/sample and generator seeds (#6).

Not a test: prints, per dataset, the numbers of ``tests/test_identity.py``'s planted-truth
test (precision and recall of automatic merges over true cross-platform pairs, merged or
queued, review queue size, the exact-name baseline), for bench/README.md's issue #6
section. Seeds are generated once into ``--out`` (``generate(out, default_persona(seed=s))``)
and reused on later runs.

Run:  PYTHONPATH=. .venv/bin/python bench/bench_identity_seeds.py --out <dir> [--seeds 7-14]
      [--no-sample] [--auto-score 4.25] [--uniform-namesakes]

``--uniform-namesakes`` generates every dataset (the sample too, as ``sample-uniform``: the
default persona at seed 1000) with ``PersonaParams.namesake_by_frequency=False``, the
generator until session 7, whose namesakes copied the name of a uniformly random known
person: the same worlds but for the namesakes' names. A cached dataset whose recorded
parameters differ from the persona asked for is generated again.

Seeds 7-10 were used to choose changes, data/sample and seeds 11-14 are held out.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_identity import planted_pairs, planted_report  # noqa: E402

import power1000_analysis as p1k  # noqa: E402
from power1000_analysis.identity import AUTO_SCORE, resolve_people  # noqa: E402
from power1000_analysis.synthetic import default_persona, generate  # noqa: E402

COLUMNS = (
    "true_pairs",
    "merged_precision",
    "merged_recall",
    "merged_or_queued",
    "merged_or_queued_identifiable",
    "review_queue",
    "baseline_precision",
    "baseline_recall",
)


def _seeds(text: str) -> list[int]:
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(s) for s in text.split(",") if s]


def _generated(root: Path, seed: int, uniform: bool) -> Path:
    """``root`` holding the default persona at ``seed`` (``uniform``: namesakes not by
    frequency), generated unless already there with the same recorded parameters."""
    persona = replace(default_persona(seed=seed), namesake_by_frequency=not uniform)
    truth = root / "ground_truth.json"
    wanted = json.loads(json.dumps(persona.to_dict()))
    recorded = json.loads(truth.read_text("utf-8"))["parameters"] if truth.exists() else {}
    if {k: recorded.get(k) for k in wanted} != wanted:
        if root.exists():
            shutil.rmtree(root)
        generate(root, persona)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="where seeds are generated")
    parser.add_argument("--seeds", default="7-14", help="e.g. 7-14 or 7,8,9")
    parser.add_argument("--no-sample", action="store_true", help="leave data/sample out")
    parser.add_argument("--auto-score", type=float, default=AUTO_SCORE)
    parser.add_argument(
        "--uniform-namesakes",
        action="store_true",
        help="the generator until session 7: namesakes copy a uniformly random known name",
    )
    args = parser.parse_args()
    uniform = args.uniform_namesakes
    roots = []
    if not args.no_sample:
        if uniform:
            roots.append(("sample-uniform", _generated(args.out / "sample-uniform", 1000, True)))
        else:
            roots.append(("sample", ROOT / "data" / "sample"))
    for seed in _seeds(args.seeds):
        suffix = "-uniform" if uniform else ""
        root = _generated(args.out / f"seed{seed}{suffix}", seed, uniform)
        roots.append((f"seed {seed}{suffix}", root))
    print("dataset", *COLUMNS, "resolve_cpu_s", sep="\t")
    for name, root in roots:
        net = p1k.load(root, resolve=False)
        start = time.process_time()
        resolution = resolve_people(net.contacts, net.interactions, auto_score=args.auto_score)
        cpu = time.process_time() - start
        resolved = replace(net, contacts=resolution.contacts, identity=resolution)
        report = planted_report(planted_pairs(resolved, root))
        cells = [
            f"{report[c]:.3f}" if isinstance(report[c], float) else str(report[c]) for c in COLUMNS
        ]
        print(name, *cells, f"{cpu:.1f}", sep="\t", flush=True)


if __name__ == "__main__":
    main()
