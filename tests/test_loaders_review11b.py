"""Loader findings of review11b (session 12): a year-first "… UTC" time beside D/M/Y dates,
Messenger timestamp_ms holding seconds, X DM times read day first, generic CSV
connected_at after the file's date, Instagram's profile-file wording and the owner check
over message requests."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pandas as pd

from power1000_analysis.loaders import discover, read_export
from power1000_analysis.loaders._text import to_utc

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _read(path: Path):
    [found] = discover(path)
    return read_export(found)


def _messages(export, severity: str) -> list[str]:
    problems = export.problems
    if problems is None or problems.empty:
        return []
    return list(problems.loc[problems["severity"] == severity, "message"])


def _edit_json(path: Path, change: Any) -> None:
    path.write_text(json.dumps(change(json.loads(path.read_text(encoding="utf-8")))))


# -- T-1: the column's day-first order applies to its numeric D/M dates only -----------------


def test_to_utc_never_swaps_a_year_first_value_beside_day_first_dates() -> None:
    # " UTC" makes pandas' ISO test refuse the first value; it used to be read with the
    # column's dayfirst=True, as 1 May
    times = to_utc(["2017-01-05 10:00:00 UTC", "14/01/2017 10:00:00", "05/01/2017 09:00:00"])
    assert times.dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2017-01-05 10:00",
        "2017-01-14 10:00",
        "2017-01-05 09:00",
    ]


def test_to_utc_named_months_beside_day_first_dates_read_as_written() -> None:
    times = to_utc(["Jan 5, 2017", "5 Feb 2017", "2017/01/05", "14/01/2017"])
    assert times.dt.strftime("%Y-%m-%d").tolist() == [
        "2017-01-05",
        "2017-02-05",
        "2017-01-05",
        "2017-01-14",
    ]


# -- FB-1: Messenger timestamp_ms holding seconds -------------------------------------------


def test_messenger_seconds_in_timestamp_ms_are_read_as_seconds(tmp_path: Path) -> None:
    root = tmp_path / "fb_d-2025-02-01"
    shutil.copytree(FIXTURES / "facebook" / "fb_d-2025-02-01", root)
    pristine = _read(root).interactions
    thread = root / "your_facebook_activity/messages/inbox/lukasznowak_d1/message_1.json"

    def to_seconds(doc: dict[str, Any]) -> dict[str, Any]:
        for message in doc["messages"]:
            message["timestamp_ms"] //= 1000
        return doc

    _edit_json(thread, to_seconds)
    export = _read(root)
    # the same times as written in ms (old code: 1970-01-21, with a "before 2004" warning)
    pd.testing.assert_series_equal(
        export.interactions["at"].reset_index(drop=True),
        pristine["at"].reset_index(drop=True),
    )
    assert not [m for m in _messages(export, "warning") if "before 2004" in m]
    [info] = [m for m in _messages(export, "info") if "written in seconds" in m]
    assert info.startswith("2 message time(s) in 1 thread file(s) written in seconds")
    assert "e.g. 1730000002 in " in info and "lukasznowak_d1" in info


# -- X direct-message times read day first are said -----------------------------------

X_SAMPLE = (
    Path(__file__).resolve().parents[1] / "data" / "sample" / "x" / "twitter-2017-01-15-0b90af"
)


def _x_copy(tmp_path: Path, change: Any) -> Path:
    root = tmp_path / X_SAMPLE.name
    shutil.copytree(X_SAMPLE, root)
    dms = root / "data" / "direct-messages.js"
    dms.write_text(change(dms.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def _dm_at(export) -> pd.Series:
    frame = export.interactions
    return frame.loc[frame["kind"] != "mention", "at"].dt.floor("s").reset_index(drop=True)


def test_x_day_first_dm_times_are_read_and_said(tmp_path: Path) -> None:
    iso = re.compile(r'"createdAt" : "(\d{4})-(\d{2})-(\d{2})T([\d:]+)\.\d+Z"')
    pristine = _read(_x_copy(tmp_path / "a", lambda t: t))
    day_first = _read(_x_copy(tmp_path / "b", lambda t: iso.sub(r'"createdAt" : "\3/\2/\1 \4"', t)))
    pd.testing.assert_series_equal(_dm_at(day_first), _dm_at(pristine))
    [info] = [m for m in _messages(day_first, "info") if "createdAt" in m]
    assert re.fullmatch(
        r"\d+ direct-message createdAt value\(s\) read as DD/MM/YYYY, the order the column "
        r"shows \('\d\d/\d\d/\d{4} [\d:]+'\); X writes ISO 8601 dates",
        info,
    )
    count = int(info.split()[0])
    texts = set(
        re.findall(r'"createdAt" : "([^"]+)"', (X_SAMPLE / "data/direct-messages.js").read_text())
    )
    assert count == len(texts)
    assert not [m for m in _messages(pristine, "info") if "createdAt" in m]


# -- GEN-1: generic CSV connected_at after the file's own date -----------------------------

QUORA = Path(__file__).resolve().parents[1] / "data" / "sample" / "quora"


def _quora_copy(tmp_path: Path, dates: dict[int, str]) -> Path:
    """data/sample's 2017 Quora list with the connected_at of some file rows replaced (the
    loader's row numbers: the header is row 1)."""
    source = QUORA / "quora-followers-2017-01-15.csv"
    lines = source.read_text(encoding="utf-8").splitlines()
    for row, date in dates.items():
        cells = lines[row - 1].split(",")
        lines[row - 1] = ",".join([*cells[:-1], date])
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / source.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_generic_connected_after_the_file_date_is_a_warning(tmp_path: Path) -> None:
    pristine = _read(_quora_copy(tmp_path / "a", {}))
    # an ISO date after 2017-01-15, and 12/11/2017 read day first (13/01/2016 decides)
    late = _read(_quora_copy(tmp_path / "b", {3: "2017-11-12", 5: "13/01/2016", 7: "12/11/2017"}))
    assert len(late.contacts) == len(pristine.contacts)  # kept
    connected = late.contacts.set_index("source_row")["connected_at"]
    assert connected.dt.strftime("%Y-%m-%d").loc[[3, 7]].tolist() == ["2017-11-12", "2017-11-12"]
    [warning] = [m for m in _messages(late, "warning") if "after the file's date" in m]
    assert warning == (
        "2 connected_at value(s) after the file's date 2017-01-15 (e.g. row 3 '2017-11-12'): "
        "day and month may be swapped, or the date is wrong; kept as read"
    )
    source = late.problems.set_index("message").loc[warning, "source"]
    assert source.endswith("quora-followers-2017-01-15.csv")
    assert not [m for m in _messages(pristine, "warning") if "after the file's date" in m]


def test_generic_connected_the_day_after_the_file_date_is_not_a_warning(tmp_path: Path) -> None:
    export = _read(_quora_copy(tmp_path, {3: "2017-01-16"}))
    assert not [m for m in _messages(export, "warning") if "after the file's date" in m]


# -- IG-C: what the profile file lacks, not "no profile file" ------------------------------

IG_SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "sample"
    / "instagram"
    / "instagram-zoe.brandt-2017-01-15-8d1a92"
)
IG_OWNER = "Zoë Brandt-Łukasik"


def _ig_copy(root: Path, change: Any) -> Path:
    """data/sample's 2017 Instagram export under ``root`` (its folder name says whether the
    export's own name gives the username), its personal_information.json changed."""
    shutil.copytree(IG_SAMPLE, root)
    [profile] = root.rglob("personal_information.json")
    change(profile)
    return root


def _drop_field(field: str) -> Any:
    def change(profile: Path) -> None:
        data = json.loads(profile.read_text(encoding="utf-8"))
        del data["profile_user"][0]["string_map_data"][field]
        profile.write_text(json.dumps(data), encoding="utf-8")

    return change


def _ig_directions(export) -> dict[str, int]:
    rows = export.interactions
    rows = rows[rows["kind"] == "message"]
    return {str(k): int(v) for k, v in rows["direction"].value_counts().items()}


def _owner_lines(export) -> list[str]:
    return [
        m
        for m in export.problems["message"]
        if "owner taken to be" in m or "taken from the export's folder name" in m
    ]


def test_instagram_profile_without_a_name_is_not_called_missing(tmp_path: Path) -> None:
    pristine = _read(IG_SAMPLE)
    export = _read(_ig_copy(tmp_path / "my-instagram", _drop_field("Name")))
    assert _ig_directions(export) == _ig_directions(pristine)
    [line] = _owner_lines(export)
    assert line.startswith(f"the profile file gives no name; owner taken to be {IG_OWNER!r}, ")


def test_instagram_profile_without_a_username_is_not_called_missing(tmp_path: Path) -> None:
    pristine = _read(IG_SAMPLE)
    export = _read(_ig_copy(tmp_path / IG_SAMPLE.name, _drop_field("Username")))
    assert _ig_directions(export) == _ig_directions(pristine)
    assert _owner_lines(export) == [
        "the profile file gives no username; owner username 'zoe.brandt' taken from the "
        "export's folder name"
    ]


def test_instagram_unreadable_profile_is_said_to_be_unreadable(tmp_path: Path) -> None:
    pristine = _read(IG_SAMPLE)
    export = _read(_ig_copy(tmp_path / IG_SAMPLE.name, lambda p: p.write_text("<html>oops</html>")))
    assert _ig_directions(export) == _ig_directions(pristine)
    lines = _owner_lines(export)
    assert len(lines) == 2
    assert lines[0] == (
        "the profile file is not readable; owner username 'zoe.brandt' taken from the "
        "export's folder name"
    )
    assert lines[1].startswith(f"the profile file is not readable; owner taken to be {IG_OWNER!r}")
    assert any("not valid JSON" in m for m in _messages(export, "error"))


def test_instagram_without_a_profile_file_still_says_so(tmp_path: Path) -> None:
    export = _read(_ig_copy(tmp_path / IG_SAMPLE.name, lambda p: p.unlink()))
    lines = _owner_lines(export)
    assert [m.split(";")[0] for m in lines] == ["no profile file", "no profile file"]


# -- _warn_unmatched_owner asks the accepted threads only ----------------------------------


def test_instagram_two_people_in_every_thread_warning_survives_a_request(tmp_path: Path) -> None:
    # Sam Partner and the owner are in every accepted thread, so who the owner is cannot be
    # told; a pending request (only the requester listed) used to empty the intersection
    # and turn this into the vaguer "the threads do not tell who they are".
    from test_instagram_owner import OWNER, _add_request, _export

    threads = {
        "crew_17840000000000003": (["Ann Lee", "Sam Partner"], ["Ann Lee", OWNER, "Sam Partner"]),
        "trip_17840000000000004": (["Bo B", "Sam Partner"], [OWNER, "Bo B"]),
    }
    root = _export(tmp_path / "instagram-zoe.owner-2024-06-01-8d1a92", threads=threads)
    _add_request(root)
    export = _read(root)
    [warning] = _messages(export, "warning")
    assert warning.startswith(f"'Sam Partner', {OWNER!r} take part in every message thread")
    assert "3 messages by them read as received" in warning
