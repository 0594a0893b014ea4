"""The front card and the pages say the same thing (ux8 #5, #17, #18; evidence9).

- every ``info`` row of ``net.problems`` reaches the page that lists problems (#18);
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

import power1000_analysis as p1k
from power1000_analysis import report
from power1000_analysis.network import Network

ROOT = Path(__file__).resolve().parent.parent


def _with_problems(net: Network, *rows: tuple[str, str]) -> Network:
    problems = pd.DataFrame(
        [
            {"source": "export.zip", "severity": sev, "message": msg, "n_skipped": 0}
            for sev, msg in rows
        ]
    )
    return dataclasses.replace(net, problems=problems.reindex(columns=net.problems.columns))


# ----------------------------------------------------------------- info problems (ux8 #18)


def test_info_notes_are_listed_under_the_problems() -> None:
    net = _with_problems(
        Network.empty(),
        ("warning", "3 timestamps could not be read"),
        ("info", "messages: no profile file: owner inferred as 'Bob' from the message threads"),
    )
    shown = report.problems_shown(net).data
    assert "3 timestamps could not be read" in shown
    assert "<details" in shown and "1 note: what was read differently or left out" in shown
    assert "owner inferred as &#39;Bob&#39;" in shown or "owner inferred as 'Bob'" in shown
    # the warning's table comes before the folded notes
    assert shown.index("3 timestamps") < shown.index("<details") < shown.index("owner inferred")
    text = report.describe(net).data
    assert "; 1 problem found, and 1 note (see *What could not be read?*" in text


def test_notes_alone_are_listed_and_no_problem_is_claimed() -> None:
    net = _with_problems(Network.empty(), ("info", "1 repeated follower merged"))
    shown = report.problems_shown(net).data
    assert shown.startswith("<p>No problems found.</p><details")
    assert "1 repeated follower merged" in shown
    assert report.describe(net).data.endswith(
        "; no problems found; 1 note (see *What could not be read?* in *Who is in my network?*)."
    )
    # without any row: the sentence alone, as before
    assert report.problems_shown(Network.empty()).data == "No problems found."


def test_the_guessed_owner_of_a_real_messenger_export_reaches_the_page(real_fixtures: Path) -> None:
    net = p1k.load(real_fixtures / "facebook" / "mlomb-chat-analytics")
    shown = report.problems_shown(net).data
    assert "owner inferred as" in shown and "Bob" in shown
