"""`power1000 people merge|split` resolves what the user typed to a loaded account, or
refuses (review12 DEC-1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from power1000_analysis import cli
from power1000_analysis.identity import read_decisions


def _exports(root: Path) -> Path:
    """A Facebook friends list ("Mike Young", "Mike Youngs") and an Instagram followers
    list (michael_young) as the 2024 exports write them."""
    fb = root / "facebook-owner-2024-07-01-abc" / "connections" / "friends"
    fb.mkdir(parents=True)
    friends = [
        {"name": "Mike Young", "timestamp": 1_600_000_000},
        {"name": "Mike Youngs", "timestamp": 1_600_100_000},
    ]
    (fb / "your_friends.json").write_text(json.dumps({"friends_v2": friends}))
    return root


def test_typed_names_handles_and_urls_resolve_to_the_account(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports = _exports(tmp_path / "exports")
    path = tmp_path / "decisions.csv"
    argv = ["people", "split", "facebook:Mike Young", "x:42", str(exports)]
    assert cli.main([*argv, "--decisions", str(path)]) == 0
    row = read_decisions(path).iloc[-1]
    assert (row["platform_a"], row["contact_key_a"]) == ("facebook", "mike young")
    assert "facebook:mike young" in capsys.readouterr().out


def test_an_account_no_export_holds_is_refused_with_close_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports = _exports(tmp_path / "exports")
    path = tmp_path / "decisions.csv"
    argv = ["people", "merge", "facebook:Mike Yung", "x:42", str(exports)]
    assert cli.main([*argv, "--decisions", str(path)]) == 2
    err = capsys.readouterr().err
    assert "facebook:Mike Yung is no account" in err
    assert "facebook:mike young (Mike Young)" in err
    assert not path.exists()  # nothing recorded


def test_match_account_reads_handles_urls_and_names() -> None:
    import pandas as pd

    from power1000_analysis.identity.decisions import match_account

    url = "https://www.linkedin.com/in/michael-young-a53ea6"
    contacts = pd.DataFrame(
        {
            "platform": ["instagram", "linkedin", "facebook", "facebook"],
            "contact_key": ["michael_young", url, "anna lee", "anna lee#2"],
            "name": ["Michael Young", "Michael Young", "Anna Lee", "Anna Lee"],
            "handle": ["michael_young", None, None, None],
        }
    )
    assert match_account(("instagram", "@michael_young"), contacts) == (
        "instagram",
        "michael_young",
    )
    assert match_account(("linkedin", url + "/"), contacts) == ("linkedin", url)
    assert (
        match_account(("linkedin", "http://linkedin.com/in/Michael-Young-a53ea6/"), contacts)[1]
        == url
    )
    assert match_account(("quora", "Anyone"), contacts) == ("quora", "Anyone")  # not loaded
    with pytest.raises(ValueError, match="fits 2 accounts"):
        match_account(("facebook", "Anna Lee"), contacts)
