"""X (tweets.js): a created_at not in X's own format is read when it is ISO 8601 and counted
in a warning when nothing reads it, never kept silently without a time (review11 X1)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

import power1000_analysis as p1k


def _reply(tweet_id: str, when: str | None, to_id: str, to_name: str) -> dict[str, object]:
    tweet: dict[str, object] = {
        "id_str": tweet_id,
        "full_text": f"@{to_name} hello",
        "in_reply_to_status_id_str": "9" + tweet_id,
        "in_reply_to_user_id_str": to_id,
        "in_reply_to_screen_name": to_name,
        "entities": {"user_mentions": [{"id_str": to_id, "screen_name": to_name}]},
    }
    if when is not None:
        tweet["created_at"] = when
    return {"tweet": tweet}


def _archive(folder: Path, whens: list[str | None]) -> Path:
    data = folder / "data"
    data.mkdir(parents=True)
    account = [{"account": {"accountId": "12", "username": "ada_owner"}}]
    manifest = {"archiveInfo": {"generationDate": "2024-02-01T00:00:00Z"}, "dataTypes": {}}
    tweets = [_reply(str(n + 1), when, str(100 + n), f"pal{n}") for n, when in enumerate(whens)]
    (data / "account.js").write_text(f"window.YTD.account.part0 = {json.dumps(account)}")
    (data / "manifest.js").write_text(f"window.__THAR_CONFIG = {json.dumps(manifest)}")
    (data / "tweets.js").write_text(f"window.YTD.tweets.part0 = {json.dumps(tweets)}")
    return folder


def _times(net: p1k.Network) -> dict[str, pd.Timestamp]:
    replies = net.interactions[net.interactions["kind"] == "reply"]
    return dict(zip(replies["contact_key"], replies["at"], strict=True))


def _messages(net: p1k.Network, severity: str) -> list[str]:
    frame = net.problems
    return frame.loc[frame["severity"] == severity, "message"].tolist()


def test_x_format_reads_without_a_problem(tmp_path: Path) -> None:
    net = p1k.load(_archive(tmp_path / "x", ["Mon Jan 01 10:00:00 +0000 2024"]), resolve=False)
    assert _times(net) == {"100": pd.Timestamp("2024-01-01 10:00", tz="UTC")}
    assert net.problems.empty


def test_iso_created_at_is_read_and_said(tmp_path: Path) -> None:
    whens: list[str | None] = [
        "2024-01-01T10:00:00.000Z",
        "2024-01-02T10:00:00+01:00",
        "2024-01-03 10:00:00",  # naive: UTC, as X's times are
    ]
    net = p1k.load(_archive(tmp_path / "x", whens), resolve=False)
    assert _times(net) == {  # old code: all three NaT, and no problem
        "100": pd.Timestamp("2024-01-01 10:00", tz="UTC"),
        "101": pd.Timestamp("2024-01-02 09:00", tz="UTC"),
        "102": pd.Timestamp("2024-01-03 10:00", tz="UTC"),
    }
    assert net.posts["at"].notna().all()
    [info] = _messages(net, "info")
    assert info.startswith("3 tweet(s) with an ISO 8601 created_at")
    assert _messages(net, "warning") == []


def test_unreadable_created_at_is_a_warning_with_the_count(tmp_path: Path) -> None:
    whens: list[str | None] = [
        "Mon Jan 01 10:00:00 +0000 2024",
        "01/02/2024 10:00",  # day or month first? not guessed
        "yesterday",
        None,  # no created_at at all
    ]
    net = p1k.load(_archive(tmp_path / "x", whens), resolve=False)
    times = _times(net)
    assert len(times) == 4  # kept
    assert times["100"] == pd.Timestamp("2024-01-01 10:00", tz="UTC")
    assert all(pd.isna(times[k]) for k in ("101", "102", "103"))
    [warning] = _messages(net, "warning")  # old code: no problem at all
    assert warning == "3 tweet(s) with an unreadable created_at, kept without a time"
    assert net.problems.set_index("message").loc[warning, "source"].endswith("data/tweets.js")
