"""Benchmark: generating the synthetic persona at scale 100 (~1,000,000 messages).

Targets (issue #4): ``power1000 sample --scale 100`` writes an export with about 1,000,000
messages (checked here: 1,000,000 ± 10 %), in under 2 minutes on the 2-core machine.

Messages are counted from the written files, not from the generator: the distinct messages
of every platform's message files, i.e. Facebook and Instagram ``message_N.json`` messages,
LinkedIn ``messages.csv`` rows and X ``direct-messages.js`` messages of the *latest* snapshot.
Real exports repeat the whole history in every snapshot, and so does the generator: the
earlier snapshot's messages are all in the later one (checked here: every count of the
earlier snapshot is at most the later one's), so the latest snapshot holds each distinct
message once. A group message is one message, however many members it reaches. The count
must equal the generator's truth (``ground_truth.json``, ``expected.messages``).

Baseline: the scale-1 sample's time extrapolated linearly (×100 × the message ratio), what a
pipeline with no gain from vectorisation at scale would cost.

Run: ``.venv/bin/python bench/bench_synthetic.py [--scale 100] [--zip]``. Writes into a
temporary folder and prints a Markdown table for bench/README.md; exits 1 when a target is
not met.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from power1000_analysis.synthetic import default_persona, generate

TARGET_MESSAGES = 1_000_000
TOLERANCE = 0.10
TARGET_SECONDS = 120.0


def _members(export: Path) -> Iterator[tuple[str, bytes]]:
    """(path inside the export, bytes) of the message files of one export, folder or zip."""
    wanted = ("/inbox/", "messages.csv", "direct-messages.js")
    if export.suffix == ".zip":
        with zipfile.ZipFile(export) as archive:
            for name in sorted(archive.namelist()):
                if any(w in name for w in wanted):
                    yield name, archive.read(name)
    else:
        for path in sorted(export.rglob("*")):
            name = path.relative_to(export).as_posix()
            if path.is_file() and any(w in "/" + name for w in wanted):
                yield name, path.read_bytes()


def _count(platform: str, export: Path) -> int:
    total = 0
    for name, data in _members(export):
        if platform in ("facebook", "instagram") and name.endswith(".json"):
            total += len(orjson.loads(data)["messages"])
        elif platform == "linkedin" and name.endswith("messages.csv"):
            total += sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1
        elif platform == "x" and name.endswith("direct-messages.js"):
            body = orjson.loads(data.split(b"=", 1)[1])
            total += sum(len(c["dmConversation"]["messages"]) for c in body)
    return total


def count_messages(out: Path) -> dict[str, int]:
    """Distinct messages per platform in the message files of ``out`` (see the module
    docstring): the latest snapshot's count, after checking the earlier one's is not larger."""
    counts = {}
    for platform in ("facebook", "instagram", "linkedin", "x"):
        exports = sorted((out / platform).iterdir(), key=lambda p: _export_date(p.name))
        per_snapshot = [_count(platform, export) for export in exports]
        if per_snapshot != sorted(per_snapshot):
            raise AssertionError(f"{platform}: an earlier snapshot has more messages")
        counts[platform] = per_snapshot[-1]
    return counts


def _export_date(name: str) -> str:
    """ISO date of an export folder/zip name (LinkedIn writes MM-DD-YYYY)."""
    stem = name.removesuffix(".zip")
    if stem.startswith("Complete_LinkedInDataExport_"):
        month, day, year = stem.rsplit("_", 1)[1].split("-")
        return f"{year}-{month}-{day}"
    parts = stem.split("-")
    return next(
        "-".join(parts[i : i + 3])
        for i in range(len(parts))
        if len(parts[i]) == 4 and parts[i].isdigit()
    )


@dataclass
class Run:
    """One timed generation: ``generate``'s summary, times, messages counted in the files."""

    summary: dict[str, Any]
    wall: float
    cpu: float
    counted: dict[str, int]

    @property
    def messages(self) -> int:
        return sum(self.counted.values())


def run(scale: float, *, as_zip: bool = False) -> Run:
    """Generate ``scale`` into a temporary folder and time it; count its messages."""
    with tempfile.TemporaryDirectory() as folder:
        start, cpu = time.perf_counter(), time.process_time()
        summary = generate(folder, default_persona(scale=scale), as_zip=as_zip)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        counted = count_messages(Path(folder))
        truth = json.loads((Path(folder) / "ground_truth.json").read_bytes())
    expected = {k: v for k, v in truth["expected"]["messages"].items() if v}
    if counted != expected:
        raise AssertionError(f"scale {scale}: files hold {counted}, truth says {expected}")
    return Run(summary, wall, cpu, counted)


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "load average: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _row(label: str, r: Run) -> str:
    split = " / ".join(
        f"{r.counted.get(p, 0):,}" for p in ("facebook", "instagram", "linkedin", "x")
    )
    return (
        f"| {label} | {r.messages:,} | {split} | {r.summary['files']:,} | "
        f"{r.summary['bytes'] / 1e6:.1f} | {r.wall:.1f} | {r.cpu:.1f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=100.0, help="scale to time (default 100)")
    parser.add_argument("--zip", action="store_true", help="also time zip output at that scale")
    args = parser.parse_args(argv)
    before = _uptime()
    small = run(1)
    runs = [(f"scale {args.scale:g}, folders", run(args.scale))]
    if args.zip:
        runs.append((f"scale {args.scale:g}, zip", run(args.scale, as_zip=True)))
    after = _uptime()
    messages = runs[0][1].messages
    ratio = messages / small.messages
    low, high = TARGET_MESSAGES * (1 - TOLERANCE), TARGET_MESSAGES * (1 + TOLERANCE)
    messages_met = low <= messages <= high
    times_met = [r.wall < TARGET_SECONDS for _, r in runs]
    lines = [
        "| run | messages | Facebook / Instagram / LinkedIn / X | files | MB | wall s | CPU s |",
        "|---|---:|---|---:|---:|---:|---:|",
        _row("scale 1, folders (data/sample)", small),
        *(_row(label, r) for label, r in runs),
        f"| baseline: scale 1 × {ratio:.1f} (message ratio; linear extrapolation) | | | | | "
        f"{small.wall * ratio:.1f} | {small.cpu * ratio:.1f} |",
        "",
        f"`uptime` before: `{before}`; after: `{after}`.",
        "",
        f"Messages at scale {args.scale:g}: {messages:,}; target 1,000,000 ± 10 %: "
        + ("met." if messages_met else "NOT met."),
        *(
            f"Wall time, {label}: {r.wall:.1f} s; target < 120 s: " + ("met." if ok else "NOT met.")
            for (label, r), ok in zip(runs, times_met, strict=True)
        ),
    ]
    print("\n".join(lines))
    return 0 if messages_met and all(times_met) else 1


if __name__ == "__main__":
    sys.exit(main())
