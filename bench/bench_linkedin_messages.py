"""Benchmark: the LinkedIn loader on a 2,000,000-row ``messages.csv`` vs a bare polars baseline.

Requirement (issue): a LinkedIn ``messages.csv`` of 2M rows with multi-line quoted content must
load, with parsed UTC timestamps, within 2x of polars ``read_csv`` + ``str.strptime`` on the same
file in the same process run.

The file is generated (seeded, synthetic) into a temporary folder in the 2026 shape: every field
quoted, header included, ~25 % of CONTENT cells multi-line (LF and CRLF), commas and doubled
quotes in cells, 10 % group conversations, ~4 % sponsored InMail rows without a sender URL.

    .venv/bin/python bench/bench_linkedin_messages.py            # 2,000,000 rows, best of 3
    .venv/bin/python bench/bench_linkedin_messages.py --rows 200000 --repeat 1
    .venv/bin/python bench/bench_linkedin_messages.py --export /tmp/li-2m   # keep / reuse it

Timings are wall-clock, best and median of ``--repeat`` runs, the three sides run alternately
in one process; CPU seconds (all threads) are shown beside them because the machine is shared
and wall time then depends on what else runs.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import polars as pl

from power1000_analysis.loaders import FoundExport, linkedin, read_export
from power1000_analysis.loaders._archive import FolderArchive

HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS"
)
OWNER = ("Ada Owner", "https://www.linkedin.com/in/ada-owner-1a2b3c")
WORDS = [
    "hello",
    "thanks",
    "meeting",
    "next",
    "week",
    "project",
    "role",
    "team",
    "call",
    "coffee",
    "update",
    "deck",
    "numbers",
    "review",
    "offer",
    "intro",
    "great",
    "idea",
    "sure",
    "tomorrow",
    "friday",
    "budget",
    "plan",
    "draft",
    "share",
    "link",
]


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def write_messages(path: Path, n_rows: int, *, seed: int = 7) -> None:
    """Write a synthetic 2026-era ``messages.csv`` with ``n_rows`` rows to ``path``."""
    rng = np.random.default_rng(seed)
    n_contacts = 5_000
    n_conversations = max(1, n_rows // 40)
    contacts = [
        (
            f"Person{i} Surname{i % 997}",
            f"https://www.linkedin.com/in/person-{i}-{i * 7919 % 10007}",
        )
        for i in range(n_contacts)
    ]
    conversations = []
    for c in range(n_conversations):
        size = 1 if rng.random() < 0.9 else int(rng.integers(2, 6))
        members = [contacts[int(i)] for i in rng.choice(n_contacts, size=size, replace=False)]
        conv_id = f"2-{c:08d}QmVuY2htYXJr{c * 31 % 9973:04d}=="
        title = f"Group {c}" if size > 1 else ""
        conversations.append((conv_id, title, members))
    conv_of_row = rng.integers(0, n_conversations, size=n_rows)
    owner_sends = rng.random(n_rows) < 0.5
    sponsored = rng.random(n_rows) < 0.04
    multiline = rng.random(n_rows) < 0.25
    crlf = rng.random(n_rows) < 0.5
    lengths = rng.integers(3, 30, size=n_rows)
    word_ids = rng.integers(0, len(WORDS), size=int(lengths.sum()))
    seconds = np.sort(rng.integers(1_420_070_400, 1_780_000_000, size=n_rows))
    dates = np.datetime_as_string(seconds.astype("datetime64[s]"), unit="s")
    pick = rng.random(n_rows)
    lines = [",".join(_quote(h) for h in HEADER.split(","))]
    position = 0
    for row in range(n_rows):
        words = [WORDS[i] for i in word_ids[position : position + lengths[row]]]
        position += lengths[row]
        if multiline[row]:
            words.insert(len(words) // 2, "\r\n" if crlf[row] else "\n")
        content = " ".join(words).replace(" \n ", "\n").replace(" \r\n ", "\r\n")
        if row % 17 == 0:
            content += ', he said "ok"'
        date = dates[row].replace("T", " ") + " UTC"
        if sponsored[row]:
            fields = (
                f"2-sp{row:09d}==",
                "Sponsored Conversation",
                "Recruiter Bot",
                "",
                OWNER[0],
                OWNER[1],
                date,
                "An opportunity",
                f'<p class="spinmail-quill-editor__spin-break">{content}</p>',
                "ARCHIVE",
                "",
            )
        else:
            conv_id, title, members = conversations[conv_of_row[row]]
            if owner_sends[row]:
                sender = OWNER
                recipients = members
            else:
                sender = members[int(pick[row] * len(members))]
                recipients = [OWNER, *[m for m in members if m is not sender]]
            fields = (
                conv_id,
                title,
                sender[0],
                sender[1],
                ", ".join(r[0] for r in recipients),
                ",".join(r[1] for r in recipients),
                date,
                "",
                content,
                "INBOX",
                "",
            )
        lines.append(",".join(_quote(f) for f in fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")


def write_export(folder: Path, n_rows: int) -> Path:
    """A minimal LinkedIn export folder around the big messages file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        "Ada,Owner,,,,Engineer,,Software,,Berlin,,,\n",
        encoding="utf-8",
    )
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "\n".join(
            f"Person{i},Surname{i % 997},https://www.linkedin.com/in/person-{i}-{i * 7919 % 10007},"
            f",Acme,Engineer,0{1 + i % 9} Jan 2024"
            for i in range(5_000)
        ),
        encoding="utf-8",
    )
    write_messages(folder / "messages.csv", n_rows)
    return folder


def polars_baseline(path: Path) -> pl.DataFrame:
    """The named baseline: polars read_csv + str.strptime on DATE (UTC)."""
    frame = pl.read_csv(path, infer_schema=False)
    return frame.with_columns(
        pl.col("DATE").str.strptime(pl.Datetime("us", "UTC"), "%Y-%m-%d %H:%M:%S UTC")
    )


def timed(function: Callable[[], object]) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of all threads, result) of one call."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    result = function()
    return time.perf_counter() - start, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--export",
        type=Path,
        default=None,
        help="folder for the generated export, reused when it already holds messages.csv "
        "(default: a temporary folder, deleted afterwards)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-linkedin-") as tmp:
        folder = (args.export or Path(tmp)) / "Complete_LinkedInDataExport_03-01-2026"
        if args.export is None or not (folder / "messages.csv").exists():
            start = time.perf_counter()
            write_export(folder, args.rows)
            print(f"generated {args.rows:,} rows in {time.perf_counter() - start:.1f} s")
        size_mb = (folder / "messages.csv").stat().st_size / 1e6
        print(f"messages.csv: {size_mb:.0f} MB")
        archive = FolderArchive(folder)
        detection = linkedin.detect(archive)[0]

        sides: dict[str, Callable[[], object]] = {
            "polars": lambda: polars_baseline(folder / "messages.csv"),
            "linkedin.read": lambda: linkedin.read(FolderArchive(folder), detection),
            "read_export": lambda: read_export(FoundExport(FolderArchive(folder), detection)),
        }
        wall: dict[str, list[float]] = {name: [] for name in sides}
        cpu: dict[str, list[float]] = {name: [] for name in sides}
        ratios: dict[str, list[float]] = {name: [] for name in sides}
        interactions = 0
        for _ in range(args.repeat):
            for name, side in sides.items():
                seconds, cpu_seconds, result = timed(side)
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
                ratios[name].append(seconds / wall["polars"][-1])
                if name == "linkedin.read":
                    frame = getattr(result, "interactions", None)
                    interactions = len(frame) if frame is not None else 0
                del result
        baseline = min(wall["polars"])
        print(f"\n{interactions:,} interaction rows; {args.repeat} alternating runs")
        print(
            f"{'what':<42} {'best s':>7} {'median s':>9} {'CPU s':>6} {'ratio':>6} "
            f"{'per-run ratios':>16}"
        )
        for name in sides:
            label = {
                "polars": "polars read_csv + str.strptime (baseline)",
                "linkedin.read": "linkedin.read (loader)",
                "read_export": "read_export (loader + schema validation)",
            }[name]
            print(
                f"{label:<42} {min(wall[name]):>7.2f} {statistics.median(wall[name]):>9.2f} "
                f"{min(cpu[name]):>6.2f} {min(wall[name]) / baseline:>6.2f}  "
                + " ".join(f"{r:.2f}" for r in ratios[name])
            )


if __name__ == "__main__":
    main()
