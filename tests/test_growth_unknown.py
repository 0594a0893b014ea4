"""The growth chart at a past date (review9 F8): accounts without a connection date first
exported after the date (X's lists, an address book) are of unknown number then, not 0.

LinkedIn (exported 2024-01-01 and 2024-07-01; Ann connected 2023-01-15, Eve on 2024-03-01
at 10:00), and X (one export, 2024-07-01, no connection dates: Xavier and Yusuf). On
2024-03-01 (its 00:00 UTC) only Ann had connected; how many X accounts there were is
unknown.
"""

from __future__ import annotations

import pandas as pd
import pytest
from _builders import contacts_export

from power1000_analysis import growth, plotting
from power1000_analysis.loaders._base import LoadedExport
from power1000_analysis.network import Network, merge_exports

AS_OF = "2024-03-01"


def _export(platform: str, exported: str, people: list[tuple[str, str | None]]) -> LoadedExport:
    """(key, connection date or None) per contact."""
    keys = [key for key, _ in people]
    return contacts_export(platform, exported, keys, connected=dict(people))


@pytest.fixture
def net() -> Network:
    return merge_exports(
        [
            _export("linkedin", "2024-01-01", [("ann", "2023-01-15 00:00")]),
            _export("linkedin", "2024-07-01", [("ann", "2023-01-15"), ("eve", "2024-03-01 10:00")]),
            _export("x", "2024-07-01", [("xavier", None), ("yusuf", None)]),
        ]
    )


def test_growth_at_a_past_date_ends_where_platform_counts_count(net: Network) -> None:
    table = growth.growth_table(net, as_of=AS_OF)
    last = table.groupby("platform").tail(1).set_index("platform")
    counts = growth.platform_counts(net, as_of=AS_OF).set_index("platform")
    assert last["period_end"].eq(pd.Timestamp(AS_OF, tz="UTC")).all()
    # Eve connected at 10:00 that day, after the date's 00:00: not counted (she was)
    assert last.loc["linkedin", "contacts"] == counts.loc["linkedin", "contacts"] == 1
    assert last.loc["x", "unknown"] == counts.loc["x", "unknown"] == 2
    assert last.loc[growth.ALL_PLATFORMS, ["contacts", "unknown"]].tolist() == [1, 2]
    # today: every X account is known, from its export on
    now = growth.growth_table(net).groupby("platform").tail(1).set_index("platform")
    assert now.loc["x", ["contacts", "unknown"]].tolist() == [2, 0]


def test_unknown_counts_are_not_drawn_as_zero(net: Network) -> None:
    table = growth.growth_table(net, as_of=AS_OF)
    figure = plotting.plot_growth(table, static=True)
    lines = {line.get_label(): line for line in figure.axes[0].get_lines()}
    assert "accounts on X" not in lines and "accounts on X (with export-dated)" not in lines
    [note] = [label for label in lines if label.startswith("not drawn")]
    assert len(lines[note].get_xdata()) == 0  # a legend entry, no line
    flat = " ".join(note.split())
    assert "accounts on X (2)" in flat and "unknown (not 0)" in flat
    assert "first exported after 2024-03-01" in flat
    legend = figure.axes[0].get_legend()
    assert legend is not None and note in [text.get_text() for text in legend.get_texts()]
    interactive = plotting.plot_growth(table)
    names = [trace.name for trace in interactive.data]
    assert not any(name.startswith("accounts on X") for name in names)
    assert any(name.startswith("not drawn: accounts on X (2)") for name in names)
    # today X has its (dashed) line and nothing is said to be missing
    today = plotting.plot_growth(growth.growth_table(net), static=True)
    labels = [line.get_label() for line in today.axes[0].get_lines()]
    assert "accounts on X (with export-dated)" in labels
    assert not any(label.startswith("not drawn") for label in labels)
