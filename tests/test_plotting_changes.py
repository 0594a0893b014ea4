"""The joined/left chart tells accounts apart (loaders8's note): two owners of one platform
exported on the same day once had the same label, "facebook 2024-07-01", and so one bar
drawn over the other; each account now has its own bar, named by its owner where the
snapshots say (not in anonymised output) and "account N" otherwise."""

from __future__ import annotations

import matplotlib
import pandas as pd

from power1000_analysis import plotting

matplotlib.use("Agg")

DAY = pd.Timestamp("2024-07-01", tz="UTC")
CHANGES = pd.DataFrame(
    {
        "platform": ["facebook", "facebook", "x"],
        "before": [DAY - pd.Timedelta(days=90)] * 3,
        "after": [DAY] * 3,
        "joined": [4, 7, 2],
        "left": [1, 0, 3],
        "net_change": [3, 7, -1],
        "account": [1, 2, 1],
    }
)
SNAPSHOTS = pd.DataFrame(
    {
        "platform": ["facebook"] * 4 + ["x"] * 2,
        "account": [1, 1, 2, 2, 1, 1],
        "owner_name": ["Jenő Rejtő"] * 2 + ["Bob"] * 2 + ["Ann (@ann)"] * 2,
        "exported_at": [DAY - pd.Timedelta(days=90), DAY] * 3,
    }
)


def _bars(figure: plotting.StaticFigure) -> list[tuple[float, float]]:
    return [(bar.get_x(), bar.get_height()) for bar in figure.axes[0].patches]


def test_two_owners_on_one_day_get_two_bars_named_by_owner() -> None:
    figure = plotting.plot_snapshot_changes(CHANGES, snapshots=SNAPSHOTS, static=True)
    labels = [label.get_text() for label in figure.axes[0].get_xticklabels()]
    assert labels == [
        "facebook (Jenő Rejtő) 2024-07-01",
        "facebook (Bob) 2024-07-01",
        "x 2024-07-01",  # one account on x: no owner needed
    ]
    joined = [(x, height) for x, height in _bars(figure) if height > 0]
    assert len({x for x, _ in joined}) == 3  # three places, none drawn over another
    assert sorted(height for _, height in joined) == [2, 4, 7]
    interactive = plotting.plot_snapshot_changes(CHANGES, snapshots=SNAPSHOTS)
    assert list(interactive.layout.xaxis.ticktext) == labels
    assert list(interactive.data[0].x) == [0, 1, 2]


def test_without_owner_names_the_accounts_are_numbered() -> None:
    anonymised = SNAPSHOTS.drop(columns=["owner_name"])  # for_report drops it
    figure = plotting.plot_snapshot_changes(CHANGES, snapshots=anonymised)
    assert list(figure.layout.xaxis.ticktext) == [
        "facebook (account 1) 2024-07-01",
        "facebook (account 2) 2024-07-01",
        "x 2024-07-01",
    ]
    assert "Bob" not in figure.to_json()
