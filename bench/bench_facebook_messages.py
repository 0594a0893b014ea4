"""Benchmark: loading a Facebook export with a million Messenger messages (mojibake included).

Generates an FB-D export (``your_facebook_activity/messages/inbox/<thread>/message_N.json``,
at most 10,000 messages per file as Meta writes them, Meta's ``\\u00XX`` mojibake in names,
titles, content and reactions) into a temporary folder, then measures in one process:

1. floor  — read every JSON file and ``orjson.loads`` it (nothing else);
2. naive  — ``json.load`` + ``pandas.json_normalize`` of each thread's messages, concatenated;
3. load   — ``power1000_analysis.load(path)``: detection, reading, frames, validation, merge.

Memory is measured in fresh subprocesses (so that the other paths' garbage does not count):
the peak the load adds, by ``tracemalloc`` (Python and NumPy allocations) and by the rise of
the peak resident set size; frame memory by ``memory_usage(deep=True)``.

Run::

    .venv/bin/python bench/bench_facebook_messages.py            # 1,000,000 messages
    .venv/bin/python bench/bench_facebook_messages.py --messages 200000 --repeat 1

Targets (issue): load ≤ 1.5× the orjson floor, ≥ 5× faster than naive, added peak memory
< 1× the JSON size on disk, frames < 130 MB per million messages.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
import pandas as pd

FIRST = ["Tőke", "Dénes", "Zoë", "Jenő", "Łukasz", "Ana", "Bob", "Chloé", "Søren", "Ümit", "Mia"]
LAST = ["Hal", "Kovács", "Brandt", "Rejtő", "Nowak", "Silva", "Smith", "Dubois", "Løye", "Çelik"]
WORDS = [
    "yo",
    "zup",
    "not",
    "much",
    "see",
    "you",
    "later",
    "ok",
    "sure",
    "thanks",
    "haha",
    "what",
    "time",
    "tomorrow",
    "lunch",
]
EMOJI = ["😮", "❤", "👍", "😂", "🙏"]
OWNER = "Jenő Rejtő"


def mojibake(text: str) -> str:
    """What Meta writes: each UTF-8 byte as its own code point (dumped as ``\\u00XX``)."""
    return text.encode("utf-8").decode("latin-1")


def generate(root: Path, n_messages: int, *, seed: int = 7, per_file: int = 10_000) -> int:
    """Write an FB-D export with ``n_messages`` messages; return its JSON size in bytes."""
    rng = random.Random(seed)
    people = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" for i in range(3000)})
    (root / "personal_information/profile_information").mkdir(parents=True)
    (root / "connections/friends").mkdir(parents=True)
    profile = {"profile_v2": {"name": {"full_name": mojibake(OWNER)}}}
    (root / "personal_information/profile_information/profile_information.json").write_text(
        json.dumps(profile)
    )
    friends = {
        "friends_v2": [
            {"name": mojibake(p), "timestamp": 1_500_000_000 + i * 1000}
            for i, p in enumerate(people[:2000])
        ]
    }
    (root / "connections/friends/your_friends.json").write_text(json.dumps(friends))
    inbox = root / "your_facebook_activity/messages/inbox"
    written = 0
    thread_number = 0
    clock = 1_600_000_000_000
    while written < n_messages:
        thread_number += 1
        size = min(n_messages - written, int(rng.paretovariate(1.2) * 150))
        group = rng.random() < 0.15
        members = rng.sample(people, rng.randint(3, 8) if group else 1)
        participants = [*members, OWNER]
        title = ", ".join(members[:3]) if group else members[0]
        thread_dir = inbox / f"thread{thread_number}_{rng.getrandbits(40):x}"
        thread_dir.mkdir(parents=True)
        messages = []
        for _ in range(size):
            clock += rng.randint(1000, 600_000)
            sender = OWNER if rng.random() < 0.45 else rng.choice(members)
            text = " ".join(rng.choices(WORDS, k=rng.randint(1, 12)))
            if rng.random() < 0.2:
                text += " " + rng.choice(EMOJI)
            message: dict[str, object] = {
                "sender_name": mojibake(sender),
                "timestamp_ms": clock,
                "content": mojibake(text),
                "is_geoblocked_for_viewer": False,
                "is_unsent_image_by_messenger_kid_parent": False,
            }
            if rng.random() < 0.05:
                actor = rng.choice([p for p in participants if p != sender])
                message["reactions"] = [
                    {"reaction": mojibake(rng.choice(EMOJI)), "actor": mojibake(actor)}
                ]
            messages.append(message)
        messages.reverse()  # newest first, as Meta writes them
        for part, start in enumerate(range(0, len(messages), per_file), start=1):
            document = {
                "participants": [{"name": mojibake(p)} for p in participants],
                "messages": messages[start : start + per_file],
                "title": mojibake(title),
                "is_still_participant": True,
                "thread_path": f"inbox/{thread_dir.name}",
                "magic_words": [],
                "image": None,
                "joinable_mode": {"mode": 1, "link": ""},
            }
            (thread_dir / f"message_{part}.json").write_text(json.dumps(document))
        written += size
    return sum(p.stat().st_size for p in root.rglob("*.json"))


def json_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.json"))


def run_floor(root: Path) -> tuple[float, float]:
    """(wall, CPU) seconds to read every JSON file and ``orjson.loads`` it."""
    start, cpu = time.perf_counter(), time.process_time()
    for path in json_files(root):
        orjson.loads(path.read_bytes())
    return time.perf_counter() - start, time.process_time() - cpu


def run_naive(root: Path) -> tuple[float, float, int]:
    start, cpu = time.perf_counter(), time.process_time()
    frames = []
    for path in json_files(root):
        if path.name.startswith("message_"):
            with path.open(encoding="utf-8") as stream:
                document = json.load(stream)
            frames.append(pd.json_normalize(document["messages"]))
    frame = pd.concat(frames, ignore_index=True)
    return time.perf_counter() - start, time.process_time() - cpu, len(frame)


def run_load(root: Path, **options: object) -> tuple[float, float, object]:
    """(wall, CPU) seconds of ``power1000_analysis.load(root)``, and the Network."""
    import power1000_analysis as p1k

    start, cpu = time.perf_counter(), time.process_time()
    net = p1k.load(root, **options)  # type: ignore[arg-type]
    return time.perf_counter() - start, time.process_time() - cpu, net


def frame_bytes(net: object) -> dict[str, int]:
    return {
        name: int(getattr(net, name).memory_usage(deep=True).sum())
        for name in ("interactions", "contacts", "requests", "snapshots", "problems")
    }


def _child_memory(root: str) -> None:
    """In a fresh process: the peak the load adds (tracemalloc, then peak RSS)."""
    import tracemalloc

    import power1000_analysis as p1k  # imports are not part of the load

    mode = os.environ["BENCH_MEMORY_MODE"]
    if mode == "tracemalloc":
        tracemalloc.start()
        base, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        net = p1k.load(root)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(json.dumps({"added_peak": peak - base, "rows": len(net.interactions)}))
    else:
        gc.collect()
        before = _rss_bytes()
        net = p1k.load(root)
        peak = _peak_rss_bytes()
        inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(
            json.dumps(
                {
                    "added_peak": peak - before,
                    "rows": len(net.interactions),
                    "ru_maxrss_added": inherited - before,
                }
            )
        )


def _rss_bytes() -> int:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss_bytes() -> int:
    """This process's peak resident set (``VmHWM``). Not ``ru_maxrss``: Linux carries that
    over ``exec`` from the forked parent, so a child started by a big benchmark process
    reports the parent's size (that made earlier runs read ~2x the JSON size here)."""
    with open("/proc/self/status") as stream:
        for line in stream:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure_memory(root: Path, mode: str) -> int:
    env = {**os.environ, "BENCH_MEMORY_MODE": mode}
    output = subprocess.run(
        [sys.executable, __file__, "--child-memory", str(root)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(json.loads(output.strip().splitlines()[-1])["added_peak"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of floor and load")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument(
        "--without-identity",
        action="store_true",
        help="also time load(resolve=False): without cross-platform identity resolution",
    )
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--child-memory", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory:
        _child_memory(args.child_memory)
        return

    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        root = base / "facebook-jenorejto-2025-01-15"
        if root.exists():
            size = sum(p.stat().st_size for p in root.rglob("*.json"))
        else:
            start = time.perf_counter()
            size = generate(root, args.messages)
            print(
                f"generated {args.messages:,} messages, {size / 2**20:.0f} MiB JSON "
                f"in {time.perf_counter() - start:.0f} s"
            )
        # warm the page cache and lazy imports once, then alternate the paths. CPU time is
        # reported beside wall time: on a shared machine wall time measures the neighbours.
        run_floor(root)
        run_load(root)
        floors, loads = [], []
        net: object = None
        for _ in range(args.repeat):
            floors.append(run_floor(root))
            wall, cpu, net = run_load(root)
            loads.append((wall, cpu))
            del net
            gc.collect()
        wall, cpu, net = run_load(root)
        loads.append((wall, cpu))
        for label, runs in (("orjson floor", floors), ("power1000 load", loads)):
            print(
                f"{label:18s} wall {statistics.median(r[0] for r in runs):6.2f} s  "
                f"cpu {statistics.median(r[1] for r in runs):6.2f} s  "
                f"(wall runs {', '.join(f'{r[0]:.2f}' for r in runs)})"
            )
        floor_wall = statistics.median(r[0] for r in floors)
        floor_cpu = statistics.median(r[1] for r in floors)
        load_wall = statistics.median(r[0] for r in loads)
        load_cpu = statistics.median(r[1] for r in loads)
        print(
            f"load / floor       wall {load_wall / floor_wall:5.2f}x  cpu {load_cpu / floor_cpu:5.2f}x"
            f"  (target <= 1.5x)"
        )
        if args.without_identity:
            plain = [run_load(root, resolve=False)[:2] for _ in range(args.repeat)]
            plain_cpu = statistics.median(r[1] for r in plain)
            plain_wall = statistics.median(r[0] for r in plain)
            print(
                f"load(resolve=False) wall {plain_wall:6.2f} s cpu {plain_cpu:6.2f} s = "
                f"{plain_wall / floor_wall:.2f}x / {plain_cpu / floor_cpu:.2f}x the floor"
            )
        if not args.skip_naive:
            naive_wall, naive_cpu, rows = run_naive(root)
            print(
                f"naive json+normalize wall {naive_wall:6.2f} s cpu {naive_cpu:6.2f} s ({rows:,} rows)"
            )
            print(
                f"naive / load       wall {naive_wall / load_wall:5.1f}x  cpu "
                f"{naive_cpu / load_cpu:5.1f}x  (target >= 5x)"
            )
        sizes = frame_bytes(net)
        interactions = len(net.interactions)  # type: ignore[attr-defined]
        total = sum(sizes.values())
        per_million = total / (args.messages / 1e6)
        print(f"interaction rows  {interactions:,}")
        print(
            f"frames            {total / 1e6:6.1f} MB  ({per_million / 1e6:.1f} MB per million "
            f"messages; target < 130) {sizes}"
        )
        del net
        gc.collect()
        traced = measure_memory(root, "tracemalloc")
        rss = measure_memory(root, "rss")
        print(
            f"added peak (tracemalloc) {traced / 2**20:6.0f} MiB = {traced / size:.2f}x JSON size"
        )
        print(
            f"added peak (RSS, VmHWM)  {rss / 2**20:6.0f} MiB = {rss / size:.2f}x JSON size "
            f"(target < 1x of {size / 2**20:.0f} MiB)"
        )


if __name__ == "__main__":
    main()
