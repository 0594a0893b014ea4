"""Mastodon and Bluesky times that ``to_utc`` leaves empty are counted (review11 X2 follow-up):
since f84ab00 ``to_utc`` refuses day/month dates the column leaves ambiguous (NaT) instead of
guessing; these loaders used to drop that silently. Now one warning per file, as LinkedIn's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from test_bluesky import ALICE, BOB, CAROL, RECORDS, RepoBuilder

from power1000_analysis.loaders import discover, read_export

MASTODON = Path(__file__).parent / "fixtures" / "mastodon" / "archive"


def _read(path: Path):
    [found] = discover(path)
    return read_export(found)


def _warnings(export) -> list[str]:
    """Warnings about time values (not the one about a folder dated by modification time)."""
    problems = export.problems
    warnings = problems.loc[problems["severity"] == "warning", "message"]
    return [m for m in warnings if "date format" in m]


def _mastodon(tmp_path: Path, published: dict[int, str]):
    folder = tmp_path / "archive"
    shutil.copytree(MASTODON, folder)
    outbox = json.loads((folder / "outbox.json").read_text(encoding="utf-8"))
    for index, value in published.items():
        item = outbox["orderedItems"][index]
        item["published"] = item["object"]["published"] = value
    (folder / "outbox.json").write_text(json.dumps(outbox), encoding="utf-8")
    return _read(folder)


def test_mastodon_ambiguous_published_dates_are_counted_once(tmp_path: Path) -> None:
    pristine = _read(MASTODON)
    assert _warnings(pristine) == []
    # the first post mentions two accounts: one post, two rows, one time to read
    export = _mastodon(tmp_path, {0: "05/01/2023 09:00:00"})
    first = export.interactions["status_uri"] == "https://home.example/users/ada/statuses/1"
    assert first.sum() == 2
    assert export.interactions.loc[first, "at"].isna().all()
    assert export.interactions.loc[~first, "at"].notna().all()
    [warning] = _warnings(export)
    assert warning == (
        "1 published value(s) in an unknown or ambiguous date format "
        "(e.g. '05/01/2023 09:00:00'); the time of their 2 mention row(s) left empty"
    )
    [problem] = export.problems.loc[export.problems["message"] == warning].to_dict("records")
    assert problem["source"].endswith("outbox.json") and problem["n_skipped"] == 0


def test_mastodon_day_first_published_dates_are_read_not_counted(tmp_path: Path) -> None:
    # 14/01 decides the column: 05/01 is the 5th of January, nothing is left empty
    export = _mastodon(tmp_path, {0: "14/01/2023 09:00:00", 1: "05/01/2023 10:00:00"})
    assert export.interactions["at"].notna().all()
    assert _warnings(export) == []


def _bluesky(tmp_path: Path, changes: dict[str, Any]):
    records = {key: dict(value) for key, value in RECORDS.items()}
    for key, created in changes.items():
        records[key]["createdAt"] = created
    data, _ = RepoBuilder().car(records)
    (tmp_path / "repo.car").write_bytes(data)
    return _read(tmp_path / "repo.car")


def test_bluesky_unread_created_at_is_one_warning(tmp_path: Path) -> None:
    pristine = _bluesky(tmp_path, {})
    assert _warnings(pristine) == []
    export = _bluesky(
        tmp_path,
        {
            "app.bsky.graph.follow/3l000000000f1": "03/04/2023",  # ALICE: either way round
            "app.bsky.feed.post/3l000000000p1": "someday",  # two rows: ALICE, BOB
            "app.bsky.feed.like/3l000000000a1": "",  # blank: no time, not a bad value
        },
    )
    connected = export.contacts.set_index("contact_key")["connected_at"]
    assert connected[ALICE] != connected[ALICE]  # NaT
    assert connected.notna()[BOB]
    rows = export.interactions
    assert sorted(rows.loc[rows["at"].isna(), "contact_key"]) == [ALICE, BOB, CAROL]
    [warning] = _warnings(export)
    assert warning == (
        "2 createdAt value(s) in an unknown or ambiguous date format (e.g. '03/04/2023'); "
        "left empty: connected_at of 1 follow(s), at of 2 interaction row(s)"
    )
