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
from typing import Any, Literal

__all__ = ["DEFAULT_DECISIONS", "build_parser", "main"]

#: where ``people review|merge|split`` write decisions, and where ``report`` reads them,
#: in the current folder, unless ``--decisions`` says otherwise
DEFAULT_DECISIONS = "people-decisions.csv"
#: ``synthetic.MIN_SCALE`` (a test keeps them equal), here so that building the parser does
#: not import the generator.
MIN_SAMPLE_SCALE = 0.5


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
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=(
            "the date you will analyse as of (report --as-of): a file-date warning whose "
            "advice that date already follows says so instead of repeating it, as the report does"
        ),
    )
    parser.set_defaults(handler=run_inspect)


def run_inspect(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from power1000_analysis.loaders import (
        EXPORT_DATE_FROM,
        describe_generation,
        discover_each,
        newest_record,
        read_export,
    )
    from power1000_analysis.network import assign_accounts, owner_label

    _check_as_of(args.as_of)

    # a path that holds no export is said and skipped; only nothing at all is an error
    found, rejected = discover_each(*args.paths)
    reports: list[dict[str, Any]] = []
    results = []
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
        results.append(result)
        problems = result.problems if result.problems is not None else None
        newest = newest_record(result)
        reports.append(
            {
                "source": result.source,
                "platform": result.platform,
                "generation": result.generation,
                "generation_description": describe_generation(result.platform, result.generation),
                "owner": result.owner,
                "owner_name": owner_label(result),
                "exported_at": None
                if result.exported_at is None
                else result.exported_at.isoformat(),
                "exported_at_from": result.extra.get(EXPORT_DATE_FROM, "export"),
                "newest_record_at": None if newest is None else newest.isoformat(),
                "rows": {
                    "contacts": len(result.contacts) if result.contacts is not None else 0,
                    "interactions": len(result.interactions)
                    if result.interactions is not None
                    else 0,
                    "requests": len(result.requests) if result.requests is not None else 0,
                },
                "missing": result.missing,
                "extra": {
                    k: v
                    for k, v in result.extra.items()
                    if isinstance(v, (int, float, str)) and k != EXPORT_DATE_FROM
                },
                "problems": [] if problems is None else problems.to_dict("records"),
            }
        )
    # how the exports split into accounts (several owners of one platform, owner-less books)
    across = list(assign_accounts(results).problems)
    _file_date_warnings(results, reports, across, args.as_of)
    if args.json:
        reports.extend({"source": path, "not_an_export": reason} for path, reason in rejected)
        reports.extend({"across_exports": row} for row in across)
        print(json.dumps(reports, indent=2, ensure_ascii=False, default=str))
        return 0
    for path, reason in rejected:
        print(f"not an export: {path} ({reason})")
    for report in reports:
        print(f"{report['platform']} ({report['generation_description']}) — {report['source']}")
        print(f"  owner: {report['owner_name'] or 'unknown'}   exported: {_export_date(report)}")
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
    if across:
        print("across exports:")
        for problem in across:
            print(f"  [{problem['severity']}] {problem['source']}: {problem['message']}")
    return 0


def _check_as_of(as_of: str | None) -> None:
    """Refuse an ``--as-of`` that is not a date written YYYY-MM-DD (``main`` prints the
    ValueError and exits 2): ``pd.Timestamp("01/02/2017")`` silently read 2 January."""
    if as_of is None:
        return
    import datetime
    import re

    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
            raise ValueError
        datetime.date.fromisoformat(as_of)
    except ValueError:
        raise ValueError(
            f"--as-of {as_of!r} is not a date written YYYY-MM-DD (e.g. 2017-01-02)"
        ) from None


def _file_date_warnings(
    results: Sequence[Any], reports: list[dict[str, Any]], across: list[Any], as_of: str | None
) -> None:
    """The file-date warnings as the report words them (fix9 leftover): those of two or
    more exports dated by their files' times become one under "across exports", with one
    ``--as-of`` (``loaders.file_date_problems``, as ``load`` does), and with ``as_of`` a
    warning whose advice that date follows says so instead of repeating it
    (``Network.problems_as_of``, as page 01 does). Changes ``reports`` and ``across``."""
    import pandas as pd

    from power1000_analysis.loaders import file_date_advice_for, file_date_problems
    from power1000_analysis.schema import conform

    own = [pd.DataFrame(report["problems"]) for report in reports if report["problems"]]
    if own:
        every = conform("problems", pd.concat(own, ignore_index=True))
        grouped = file_date_problems(results, every)
        if len(grouped) != len(every):  # several warnings made one: it goes across exports
            merged = set(every["message"]) - set(grouped["message"])
            for report in reports:
                report["problems"] = [p for p in report["problems"] if p["message"] not in merged]
            across.append(grouped.iloc[-1].to_dict())
    for rows in [report["problems"] for report in reports] + [across]:
        if rows and as_of is not None:
            worded = file_date_advice_for(pd.DataFrame(rows), as_of)["message"].tolist()
            for row, message in zip(rows, worded, strict=True):
                row["message"] = message


def _export_date(report: dict[str, Any]) -> str:
    """An inspect report's export date for reading: ``2024-03-01 14:02 UTC`` (no seconds
    or microseconds), and where it came from when the export does not state it:
    ``2026-11-26 (file date; newest record 2026-02-14)``."""
    import pandas as pd

    if report["exported_at"] is None:
        return "unknown"
    when = pd.Timestamp(report["exported_at"])
    if report.get("exported_at_from") == "file date":
        newest = report.get("newest_record_at")
        after = f"; newest record {pd.Timestamp(newest):%Y-%m-%d}" if newest else ""
        return f"{when:%Y-%m-%d} (file date{after})"
    if when == when.normalize():
        return f"{when:%Y-%m-%d}"
    return f"{when:%Y-%m-%d %H:%M} UTC"


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
    parser.add_argument(
        "--out",
        required=True,
        help=(
            "folder to write: an earlier sample there is replaced; a folder whose facebook/,"
            " x/ … are not an earlier sample (no ground_truth.json of the generator beside them) is refused"
        ),
    )
    parser.add_argument("--seed", type=int, default=1000, help="random seed (default 1000)")
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help=(
            f"persona size factor, at least {MIN_SAMPLE_SCALE:g} (default 1: data/sample);"
            " 100 gives ~1M messages"
        ),
    )
    parser.add_argument("--zip", action="store_true", help="write each export as a zip")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run_sample)


def run_sample(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from power1000_analysis.synthetic import PersonaNotDrawn, default_persona, generate

    if not args.scale >= MIN_SAMPLE_SCALE:  # NaN too
        raise ValueError(
            f"--scale {args.scale:g} is too small: the smallest is {MIN_SAMPLE_SCALE:g} (a "
            "smaller persona gains so few contacts in its year that its own requests alone "
            "often bring more, and the sample cannot be drawn)"
        )
    persona = default_persona(seed=args.seed, scale=args.scale)
    steps = 2 + len(persona.platforms) * len(persona.snapshots)
    with tqdm(
        total=steps, desc="sample", unit="step", disable=args.no_progress, file=sys.stderr
    ) as bar:

        def advance(label: str) -> None:
            bar.set_postfix_str(label)
            bar.update(1)

        try:
            summary = generate(args.out, persona, as_zip=args.zip, progress=advance)
        except PersonaNotDrawn as error:  # rare from MIN_SAMPLE_SCALE on; nothing was written
            raise ValueError(
                f"seed {args.seed} at --scale {args.scale:g} cannot be drawn ({error}); "
                "nothing was written. Try another --seed or a larger --scale"
            ) from error
    counts = ", ".join(f"{p} {' → '.join(map(str, c))}" for p, c in summary["contacts"].items())
    if summary["zips"]:  # the files on disk, and what the zips hold
        print(
            f"wrote {summary['files_on_disk']} files ({summary['bytes_on_disk'] / 1e6:.1f} MB) "
            f"to {summary['out']}: {summary['zips']} zips holding {summary['zipped_files']} "
            f"files, and {summary['files_on_disk'] - summary['zips']} other files"
        )
    else:
        print(
            f"wrote {summary['files']} files ({summary['bytes'] / 1e6:.1f} MB) to {summary['out']}"
        )
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
    parser.add_argument(
        "--out",
        default="report",
        help=(
            "report folder (default: report): new, empty, or an earlier report's folder, whose"
            " report files are replaced (a folder holding anything else is refused)"
        ),
    )
    parser.add_argument(
        "--as-of",
        help=(
            "analyse as of this date: YYYY-MM-DD means 00:00 UTC at the start of that day, so"
            " that day's own records are left out; at most the day after the newest export"
            " (default: the newest export's time)"
        ),
    )
    parser.add_argument(
        "--anonymize",
        action="store_true",
        help=(
            "replace every name, handle, URL and e-mail by a pseudonym; pool or blank groups"
            " of fewer than 5 people (tables, communities, the community chart)"
        ),
    )
    parser.add_argument(
        "--format",
        default="html,png,svg",
        help="chart files to write, comma-separated from html,png,svg (default: all three)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="pseudonym numbering and the notebooks' random numbers (default 0)",
    )
    parser.add_argument(
        "--decisions",
        help=(
            "your answers about who is who, written by `power1000 people review|merge|split`"
            f" (default: {DEFAULT_DECISIONS} in the current folder, if there is one)"
        ),
    )
    parser.add_argument(
        "--cache-dir",
        help="where parsed exports are cached (default: .power1000-cache beside the first path)",
    )
    parser.add_argument("--no-cache", action="store_true", help="parse every export again")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from power1000_analysis.report import (
        AsOfAfterExports,
        PagesFailed,
        ReportError,
        render_report,
    )

    _check_as_of(args.as_of)
    cache_dir: str | bool | None = None if args.no_cache else (args.cache_dir or True)
    decisions = _decisions_file(args.decisions)
    if decisions is not None:
        from power1000_analysis.identity.decisions import read_decisions

        count = len(read_decisions(decisions))
        print(
            f"using people decisions from {decisions} ({count} decision"
            f"{'s' if count != 1 else ''})",
            file=sys.stderr,
        )
    try:
        result = render_report(
            args.paths,
            args.out,
            decisions=decisions,
            as_of=args.as_of,
            anonymize=args.anonymize,
            formats=[f.strip() for f in args.format.split(",") if f.strip()],
            seed=args.seed,
            cache_dir=cache_dir,
            progress=not args.no_progress,
        )
    except AsOfAfterExports as error:  # a usage error, as argparse's own: exit code 2
        print(f"power1000 report: {error}", file=sys.stderr)
        return 2
    except PagesFailed as error:
        # the report is written without the failed pages: say which, one line each
        written = error.result
        print(
            f"power1000 report: wrote {written.index} with {len(written.pages)} pages; "
            f"{len(written.failed)} failed (listed on the index):",
            file=sys.stderr,
        )
        for failure in written.failed:
            print(f"  {failure.line()}", file=sys.stderr)
        return 1
    except ReportError as error:
        print(f"power1000 report: {error}", file=sys.stderr)
        return 1
    print(
        f"wrote {result.index} ({len(result.pages)} pages) in {result.total_seconds:.1f} s; "
        f"loading took {result.loading_seconds:.2f} s ({result.load_seconds:.2f} s here, "
        f"{result.notebook_load_seconds:.2f} s in the notebooks; cache: {result.cache_hits} "
        f"reused, {result.cache_misses} parsed"
        f"{', merged network reused' if result.network_reused else ''})"
        + (f"; people decisions from {decisions}" if decisions else "")
    )
    return 0


def _decisions_file(given: str | None) -> str | None:
    """The decisions file ``report`` uses: the one given (it must exist), else
    :data:`DEFAULT_DECISIONS` in the current folder if it is there, else none."""
    from pathlib import Path

    if given is None:
        return DEFAULT_DECISIONS if Path(DEFAULT_DECISIONS).is_file() else None
    if not Path(given).expanduser().is_file():
        raise FileNotFoundError(f"--decisions {given}: no such file")
    return given


def add_people(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "people",
        help="review, merge or split the people behind your accounts",
        description=(
            "Identity resolution links the accounts of one person across platforms. "
            "'review' walks the queue of uncertain pairs and records your answers; 'merge' "
            "and 'split' record one decision for scripts. Decisions live in a CSV file "
            "(default: people-decisions.csv) and win over every automatic rule on each load."
        ),
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    review = actions.add_parser("review", help="answer the review queue in the terminal")
    review.add_argument("paths", nargs="+", help="export zips, folders or files")
    review.add_argument("--limit", type=int, default=None, help="stop after this many pairs")
    for name, text in (
        ("merge", "these two accounts are one person"),
        ("split", "these two accounts are different people"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("account_a", help="PLATFORM:CONTACT_KEY")
        action.add_argument("account_b", help="PLATFORM:CONTACT_KEY")
        action.add_argument(
            "paths",
            nargs="*",
            help=(
                "exports to find the two accounts in (optional): a name as the pages show it, "
                "an @handle or a profile URL is read as that account; one that fits no "
                "account, or several, of a loaded platform is refused (exit 2, closest listed)"
            ),
        )
        action.add_argument("--note", default="", help="why (kept in the file)")
    for action in actions.choices.values():
        action.add_argument(
            "--decisions",
            default=DEFAULT_DECISIONS,
            help=f"decisions file (CSV; default: {DEFAULT_DECISIONS})",
        )
    parser.set_defaults(handler=run_people)


def _account(text: str) -> tuple[str, str]:
    platform, sep, key = text.partition(":")
    if not sep or not platform or not key:
        raise ValueError(f"{text!r} is not PLATFORM:CONTACT_KEY")
    return platform, key


def run_people(args: argparse.Namespace) -> int:
    from power1000_analysis.identity import record_decision, review_queue
    from power1000_analysis.labels import counted

    if args.action in ("merge", "split"):
        decision: Literal["same", "different"] = "same" if args.action == "merge" else "different"
        a, b = _account(args.account_a), _account(args.account_b)
        net = None
        if args.paths:
            from power1000_analysis.identity.decisions import match_account
            from power1000_analysis.network import load

            # what the user typed, as the loaded exports key it: a name as the pages show
            # it, an @handle, a profile URL with its trailing "/" (exit 2 and nothing
            # recorded when an account of a loaded platform fits none or several contacts)
            net = load(*args.paths, resolve=False)
            a, b = match_account(a, net.contacts), match_account(b, net.contacts)
        record_decision(args.decisions, decision, a, b, note=args.note)
        print(f"recorded: {a[0]}:{a[1]} and {b[0]}:{b[1]} are {decision} ({args.decisions})")
        if net is not None:
            _warn_unknown(net, decision, a, b)
        return 0
    from power1000_analysis.network import load

    if args.limit is not None:  # before loading: -1 reviewed all pairs but the last
        from power1000_analysis.decay import _check_whole

        _check_whole(args.limit, "--limit", "pairs", minimum=0)
    queue = review_queue(load(*args.paths, decisions=args.decisions), limit=args.limit)
    print(
        f"{counted(len(queue), 'pair')} to review; answer y (same), n (different), s (skip), q (quit)"
    )
    answered = 0
    for number, row in enumerate(queue.itertuples(index=False), start=1):
        print(f"\n[{number}/{len(queue)}] score {row.score:+.1f} by {row.rule}")
        print(f"  a: {row.platform_a}:{row.contact_key_a}  {row.name_a}")
        print(f"  b: {row.platform_b}:{row.contact_key_b}  {row.name_b}")
        print(f"  evidence: {row.evidence}")
        answer = sys.stdin.readline().strip().lower()[:1]
        if answer in ("", "q"):
            break
        if answer in ("y", "n"):
            record_decision(
                args.decisions,
                "same" if answer == "y" else "different",
                (row.platform_a, row.contact_key_a),
                (row.platform_b, row.contact_key_b),
                note="power1000 people review",
            )
            answered += 1
    print(f"recorded {counted(answered, 'decision')} in {args.decisions}")
    return 0


def _warn_unknown(net: Any, decision: str, a: tuple[str, str], b: tuple[str, str]) -> None:
    """Warn (stderr) when ``a`` or ``b`` is in none of ``net``'s exports (an account of a
    platform not loaded: the decision is kept and applies once such an account is loaded)."""
    import pandas as pd

    from power1000_analysis.identity.decisions import unknown_accounts

    row = {"decision": decision, "platform_a": a[0], "contact_key_a": a[1]}
    row |= {"platform_b": b[0], "contact_key_b": b[1]}
    for problem in unknown_accounts(pd.DataFrame([row]), net.contacts, net.interactions):
        print(f"warning: {problem['message']}", file=sys.stderr)


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
COMMANDS = [add_inspect, add_formats, add_sample, add_report, add_people]


def main(argv: Sequence[str] | None = None) -> int:
    from power1000_analysis.loaders import ExportFormatError

    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except (ExportFormatError, FileNotFoundError, ValueError) as error:
        print(f"power1000 {args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (`power1000 inspect … | head`): stop quietly, as cat does;
        # stdout is pointed at devnull so that the interpreter's final flush fails no more
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a command killed by it


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
