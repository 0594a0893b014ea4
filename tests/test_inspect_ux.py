"""What ``power1000 inspect`` tells a user (ux8 findings #5, #15, #21, #22): dates and where
they come from, owners by name, readable generations, a quiet end when the pipe closes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from power1000_analysis import cli
from power1000_analysis.loaders import (
    EXPORT_DATE_FROM,
    FILE_DATE,
    describe_generation,
    discover,
    export_date_from_files,
    read_export,
    stale_file_date_warning,
)
from power1000_analysis.loaders._archive import FolderArchive
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import load
from power1000_analysis.schema import conform

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"


def test_stale_file_date_warns_with_the_newest_record_date() -> None:
    export = LoadedExport(
        "instagram", "IG-D", "ig", exported_at=pd.Timestamp("2026-11-26", tz="UTC")
    )
    export.interactions = pd.DataFrame({"at": [pd.Timestamp("2026-02-14 10:00", tz="UTC")]})
    warning = stale_file_date_warning(export)
    assert warning is not None
    assert "modification time (2026-11-26)" in warning and "--as-of 2026-02-15" in warning
    export.exported_at = pd.Timestamp("2026-04-01", tz="UTC")  # 46 days: plausible
    assert stale_file_date_warning(export) is None


def test_a_file_date_before_the_newest_record_gives_way_to_it(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{}")
    os.utime(tmp_path / "a.json", (1_500_000_000, 1_500_000_000))  # 2017-07-14
    found = FolderArchive(tmp_path)
    newest = pd.Timestamp("2020-01-01", tz="UTC")
    assert export_date_from_files(found, newest) == (newest, "newest record")
    date, how = export_date_from_files(found, pd.Timestamp("2016-01-01", tz="UTC"))
    assert how == FILE_DATE and date.year == 2017


def test_copied_real_folder_says_file_date_and_warns(
    real_fixtures: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a copy resets the folder's times: "exported today", though its newest record is older
    copy = tmp_path / "ig"
    shutil.copytree(real_fixtures / "instagram" / "onfabric-context-use-v1", copy)
    [found] = discover(copy)
    result = read_export(found)
    assert result.extra[EXPORT_DATE_FROM] == FILE_DATE
    warnings = result.problems[result.problems["severity"] == "warning"]["message"]
    assert warnings.str.contains("--as-of 2026-02-15").any()  # the day after its newest record
    assert cli.main(["inspect", "--no-progress", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "(file date; newest record 2026-02-14)" in out
    assert "." not in out.split("exported: ")[1].split(" ")[0]  # no microseconds


def test_owner_shown_by_name_key_unchanged(
    real_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    x = real_fixtures / "twitter" / "dogsheep-twitter-to-sqlite"
    mastodon = real_fixtures / "mastodon" / "fedi-archive-tool"
    assert cli.main(["inspect", "--no-progress", str(x), str(mastodon)]) == 0
    out = capsys.readouterr().out
    assert "owner: Simon Willison (@simonw)" in out
    assert "owner: Ish Works (@ish@social.ish.works)" in out
    snapshots = load(x, mastodon, resolve=False).snapshots.set_index("platform")
    assert snapshots.loc["x", "owner"] == "12497"  # the account's key stays the id
    assert snapshots.loc["x", "owner_name"] == "Simon Willison (@simonw)"
    assert snapshots.loc["mastodon", "owner"] == "https://social.ish.works/users/ish"


def test_bluesky_profile_name_beside_the_did(
    real_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["inspect", "--no-progress", str(real_fixtures / "bluesky" / "indigo")]) == 0
    out = capsys.readouterr().out
    assert "owner: Brendan Fraser (did:plc:z5vnbioquyhivxirw3bbljmu)" in out
    assert "across exports:" in out and "3 bluesky accounts (" in out


def test_generations_are_described_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert describe_generation("facebook", "FB-A/B").startswith("Messenger messages only")
    assert describe_generation("x", "anything else") == "anything else"
    assert cli.main(["inspect", "--no-progress", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "(FB-" not in out and "(IG-" not in out
    assert "facebook (20" in out and "instagram (" in out
    assert "exported: 2017-01-15\n" in out or "exported: 2017-01-15 " in out


def test_inspect_into_a_closed_pipe_ends_without_a_traceback() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    reader = subprocess.Popen(
        [sys.executable, "-m", "power1000_analysis.cli", "inspect", "--no-progress", str(SAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # as `| head` does once it has its lines
    error = reader.stderr.read().decode()
    reader.wait(timeout=600)
    assert "Traceback" not in error and "BrokenPipeError" not in error
    assert reader.returncode == 141


def _file_dated(platform: str, dated: str, newest: str) -> LoadedExport:
    export = LoadedExport(platform, "G", platform, exported_at=pd.Timestamp(dated, tz="UTC"))
    export.interactions = conform(
        "interactions",
        pd.DataFrame(
            {
                "platform": [platform],
                "at": [pd.Timestamp(newest, tz="UTC")],
                "contact_key": "ann",
                "direction": "in",
                "kind": "message",
            }
        ),
    )
    export.extra[EXPORT_DATE_FROM] = FILE_DATE
    warning = stale_file_date_warning(export)
    assert warning is not None
    export.problems = pd.DataFrame(
        [{"source": platform, "severity": "warning", "message": warning, "n_skipped": 0}]
    )
    return export


def test_several_file_dated_exports_give_one_warning_with_one_as_of() -> None:
    """review9 F11: three copied exports advised three different --as-of dates, of which
    only one can be given. Now one warning lists them and advises the day after the latest
    newest record; a single file-dated export keeps its own warning."""
    from power1000_analysis.network import merge_exports

    exports = [
        _file_dated("facebook", "2026-11-26", "2020-08-08 18:22"),
        _file_dated("instagram", "2026-11-26", "2025-02-16 16:59"),
        _file_dated("mastodon", "2026-11-26", "2024-12-31 12:00"),
    ]
    problems = merge_exports(exports).problems
    dated = problems[problems["message"].str.contains("modification time")]
    assert len(dated) == 1
    message = dated.iloc[0]["message"]
    assert message.startswith("3 exports state no date")
    assert "facebook 2026-11-26, newest record 2020-08-08" in message
    assert "mastodon 2026-11-26, newest record 2024-12-31" in message
    assert "give the original zips" in message
    assert message.count("--as-of") == 1 and "--as-of 2025-02-17" in message
    single = merge_exports(exports[:1]).problems["message"].tolist()
    assert single == exports[0].problems["message"].tolist()
    assert "--as-of 2020-08-09" in single[0]


def test_file_date_advice_is_not_repeated_once_followed() -> None:
    """review9 F12: run with the advised --as-of, 01 still said "analyse it with --as-of …".
    On or before the advised day the warning keeps its facts and says the date was used;
    after it (or without --as-of) the advice stays."""
    from power1000_analysis.network import merge_exports

    one = merge_exports([_file_dated("facebook", "2026-11-26", "2020-08-08 18:22")])
    for day in ("2020-08-09", "2019-01-01"):
        [message] = one.problems_as_of(day).problems["message"]
        assert "--as-of 2020-08-09 (a date" not in message
        assert message.endswith(f"analysed as of {day} as you asked (--as-of)")
        assert "newest record is of 2020-08-08" in message
    for day in (None, "2020-08-10"):
        assert one.problems_as_of(day).problems.equals(one.problems)
    several = merge_exports(
        [
            _file_dated("facebook", "2026-11-26", "2020-08-08 18:22"),
            _file_dated("instagram", "2026-11-26", "2025-02-16 16:59"),
        ]
    )
    [message] = several.problems_as_of("2025-02-17").problems["message"]
    assert "as you asked" in message and "give the original zips" not in message
    assert one.problems_as_of("2020-08-09").problems["severity"].tolist() == ["warning"]


def test_as_of_help_says_a_date_is_the_start_of_its_day() -> None:
    parser = cli.build_parser()
    [sub] = list(parser._subparsers._group_actions)  # type: ignore[union-attr]
    as_of = next(a for a in sub.choices["report"]._actions if a.dest == "as_of")
    assert "00:00 UTC at the start of that day" in as_of.help
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "as it was at the start of that day, 00:00 UTC" in readme
    assert "to include a day, give the day after" in readme


def test_inspect_words_file_date_warnings_as_the_report_does(
    real_fixtures: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """fix9 leftover: the report makes the file-date warnings of several exports one, with
    one --as-of, and page 01 says "as you asked" once that date is used; inspect printed
    one warning per export, each advising its own date. Now it prints what the report does
    (``load``'s problems, ``Network.problems_as_of``)."""
    fb, ig = tmp_path / "fb", tmp_path / "ig"  # copies: dated by the copy's file times
    shutil.copytree(real_fixtures / "facebook" / "tardigrde-facebook-data-miner", fb)
    shutil.copytree(real_fixtures / "instagram" / "onfabric-context-use-v1", ig)
    net = load(fb, ig, resolve=False)
    assert cli.main(["inspect", "--no-progress", str(fb), str(ig)]) == 0
    out = capsys.readouterr().out
    dated = [line for line in out.splitlines() if "modification time" in line]
    [report] = [m for m in net.problems["message"] if "modification time" in m]
    assert len(dated) == 1 and dated[0].endswith(report)
    assert "2 exports state no date" in dated[0] and dated[0].count("--as-of") == 1
    assert out.index("across exports:") < out.index(dated[0])
    assert cli.main(["inspect", "--no-progress", "--as-of", "2026-02-15", str(fb), str(ig)]) == 0
    [followed] = [m for m in net.problems_as_of("2026-02-15").problems["message"] if "files'" in m]
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if "modification time" in line] == [
        f"  [warning] {net.problems.loc[net.problems['message'] == report, 'source'].iloc[0]}: "
        f"{followed}"
    ]
    assert "as you asked" in followed
    # one file-dated export keeps its own warning; the JSON output is grouped the same way
    assert cli.main(["inspect", "--json", "--as-of", "2020-08-09", str(fb)]) == 0
    [one] = json.loads(capsys.readouterr().out)
    [message] = [p["message"] for p in one["problems"] if "modification time" in p["message"]]
    assert message.endswith("analysed as of 2020-08-09 as you asked (--as-of)")
    assert cli.main(["inspect", "--as-of", "09/08/2020", str(fb)]) == 2
    assert "not a date written YYYY-MM-DD" in capsys.readouterr().err
