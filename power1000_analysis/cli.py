"""The ``power1000`` command line.

Each sub-command is one ``add_<name>(subparsers)`` function that registers its parser and
sets ``handler``; ``main`` dispatches. Commands print results to stdout and problems to
stderr, and exit non-zero with a one-line message (no traceback) on bad input.

Example
-------
>>> build_parser().parse_args(["inspect", "data/sample"]).command
'inspect'
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["build_parser", "main"]


def add_inspect(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="show what each export holds",
        description=(
            "Per export: platform, generation, owner, export date, rows per frame and the "
            "problems found. Nothing is written anywhere."
        ),
    )
    parser.add_argument("paths", nargs="+", help="export zips, folders or files")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run_inspect)


def run_inspect(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from power1000_analysis.loaders import discover, read_export

    found = discover(*args.paths)
    reports: list[dict[str, Any]] = []
    bar = tqdm(
        found,
        desc="reading exports",
        unit="export",
        disable=args.no_progress or args.json,
        file=sys.stderr,
    )
    for item in bar:
        bar.set_postfix_str(item.platform)
        result = read_export(item)
        problems = result.problems if result.problems is not None else None
        reports.append(
            {
                "source": result.source,
                "platform": result.platform,
                "generation": result.generation,
                "owner": result.owner,
                "exported_at": None
                if result.exported_at is None
                else result.exported_at.isoformat(),
                "rows": {
                    "contacts": len(result.contacts) if result.contacts is not None else 0,
                    "interactions": len(result.interactions)
                    if result.interactions is not None
                    else 0,
                    "requests": len(result.requests) if result.requests is not None else 0,
                },
                "missing": result.missing,
                "extra": {
                    k: v for k, v in result.extra.items() if isinstance(v, (int, float, str))
                },
                "problems": [] if problems is None else problems.to_dict("records"),
            }
        )
    if args.json:
        print(json.dumps(reports, indent=2, ensure_ascii=False, default=str))
        return 0
    for report in reports:
        print(f"{report['platform']} ({report['generation']}) — {report['source']}")
        print(
            f"  owner: {report['owner'] or 'unknown'}   exported: {report['exported_at'] or 'unknown'}"
        )
        rows = report["rows"]
        print(
            f"  contacts {rows['contacts']}, interactions {rows['interactions']}, requests {rows['requests']}"
        )
        for frame, reason in report["missing"].items():
            print(f"  not in this export: {frame} ({reason})")
        for key, value in report["extra"].items():
            print(f"  {key}: {value}")
        for problem in report["problems"]:
            print(f"  [{problem['severity']}] {problem['source']}: {problem['message']}")
    return 0


def add_formats(subparsers: Any) -> None:
    from power1000_analysis.loaders.generic_csv import FORMAT_HELP

    parser = subparsers.add_parser(
        "formats",
        help="describe the generic CSV for networks with no export (e.g. Quora)",
        description="Print the documented file format of the generic CSV.",
        # The format is the epilog too, so `power1000 formats --help` documents it.
        epilog=FORMAT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=run_formats)


def run_formats(args: argparse.Namespace) -> int:
    from power1000_analysis.loaders.generic_csv import FORMAT_HELP

    print(FORMAT_HELP, end="")
    return 0


def add_sample(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sample",
        help="generate a synthetic persona's exports with planted truth",
        description=(
            "Simulate one persona's social world (seeded) and write its exports in the "
            "platforms' real formats, two snapshots a year apart, plus ground_truth.json. "
            "The default seed and scale regenerate data/sample byte for byte."
        ),
    )
    parser.add_argument("--out", required=True, help="folder to write (its earlier sample is replaced)")
    parser.add_argument("--seed", type=int, default=1000, help="random seed (default 1000)")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="persona size factor; 100 gives ~1M messages"
    )
    parser.add_argument("--zip", action="store_true", help="write each export as a zip")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run_sample)


def run_sample(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from power1000_analysis.synthetic import default_persona, generate

    if args.scale <= 0:
        raise ValueError("--scale must be positive")
    persona = default_persona(seed=args.seed, scale=args.scale)
    steps = 2 + len(persona.platforms) * len(persona.snapshots)
    with tqdm(total=steps, desc="sample", unit="step", disable=args.no_progress, file=sys.stderr) as bar:

        def advance(label: str) -> None:
            bar.set_postfix_str(label)
            bar.update(1)

        summary = generate(args.out, persona, as_zip=args.zip, progress=advance)
    counts = ", ".join(f"{p} {' → '.join(map(str, c))}" for p, c in summary["contacts"].items())
    print(f"wrote {summary['files']} files ({summary['bytes'] / 1e6:.1f} MB) to {summary['out']}")
    print(f"contacts per snapshot: {counts}; messages: {summary['messages']}")
    return 0


def add_report(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="run every notebook on your exports and write a shareable HTML report",
        description=(
            "Executes every notebook in notebooks/ on the exports (papermill), renders each "
            "to HTML without code, and writes OUT/index.html with a summary card and links, "
            "plus every chart in OUT/charts as interactive HTML, PNG and SVG. The report works "
            "offline. Parsed exports are cached beside your data, so re-runs are cheap."
        ),
    )
    parser.add_argument("paths", nargs="+", help="export zips, folders or files")
    parser.add_argument("--out", default="report", help="report folder (default: report)")
    parser.add_argument(
        "--as-of", help="analyse as of this date (YYYY-MM-DD; default: newest export)"
    )
    parser.add_argument(
        "--anonymize",
        action="store_true",
        help="replace every name, handle, URL and e-mail by a pseudonym; blank small groups",
    )
    parser.add_argument(
        "--format",
        default="html,png,svg",
        help="chart files to write, comma-separated from html,png,svg (default: all three)",
    )
    parser.add_argument("--seed", type=int, default=0, help="pseudonym numbering seed (default 0)")
    parser.add_argument(
        "--cache-dir",
        help="where parsed exports are cached (default: .power1000-cache beside the first path)",
    )
    parser.add_argument("--no-cache", action="store_true", help="parse every export again")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from power1000_analysis.report import ReportError, render_report

    if args.as_of is not None:
        import pandas as pd

        try:
            pd.Timestamp(args.as_of)
        except ValueError:
            raise ValueError(f"--as-of {args.as_of!r} is not a date (use YYYY-MM-DD)") from None
    cache_dir: str | bool | None = None if args.no_cache else (args.cache_dir or True)
    try:
        result = render_report(
            args.paths,
            args.out,
            as_of=args.as_of,
            anonymize=args.anonymize,
            formats=[f.strip() for f in args.format.split(",") if f.strip()],
            seed=args.seed,
            cache_dir=cache_dir,
            progress=not args.no_progress,
        )
    except ReportError as error:
        print(f"power1000 report: {error}", file=sys.stderr)
        return 1
    print(
        f"wrote {result.index} ({len(result.pages)} pages) in {result.total_seconds:.1f} s; "
        f"loading took {result.load_seconds:.2f} s "
        f"(cache: {result.cache_hits} reused, {result.cache_misses} parsed)"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="power1000",
        description="Read your social-media exports and answer the questions of the power of 1000.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(subparsers)
    return parser


#: every sub-command's registration function (a test checks the README documents each).
COMMANDS = [add_inspect, add_formats, add_sample, add_report]


def main(argv: Sequence[str] | None = None) -> int:
    from power1000_analysis.loaders import ExportFormatError

    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except (ExportFormatError, FileNotFoundError, ValueError) as error:
        print(f"power1000 {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
