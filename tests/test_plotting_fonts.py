"""Names from the data (people you are losing touch with, account owners, community labels)
are drawn with the fallback fonts of ``plotting.LABEL_FONTS``, so that a name in Chinese,
Japanese or Korean renders in a static chart wherever a font for it is installed, instead
of as boxes; the interactive charts name the same families for the browser."""

from __future__ import annotations

import warnings
from io import BytesIO

import matplotlib
import pandas as pd
import pytest

from power1000_analysis import plotting, plotting_activity, plotting_reach

matplotlib.use("Agg")

CJK = "李小龍"
LOSING = pd.DataFrame(
    {"name": [CJK, "Ann"], "past_score": [2.0, 1.0], "days_since_evidence": [100.0, 120.0]}
)
CHANGES = pd.DataFrame(
    {
        "platform": "facebook",
        "after": pd.to_datetime(["2024-07-01"] * 2, utc=True),
        "joined": [2, 3],
        "left": [1, 0],
        "account": [1, 2],
    }
)
SNAPSHOTS = pd.DataFrame({"platform": "facebook", "account": [1, 2], "owner_name": [CJK, "Bob"]})
SIZES = pd.DataFrame({"community": [0], "label": [CJK], "size": [6], "active": [2]})


def _families(label: matplotlib.text.Text) -> list[str]:
    return list(label.get_fontfamily())


def test_static_name_labels_use_the_fallback_fonts() -> None:
    wanted = plotting._label_fonts()
    losing = plotting_activity.plot_losing_touch(LOSING, static=True)
    names = [label for label in losing.axes[0].get_yticklabels() if label.get_text()]
    assert names and all(_families(label) == wanted for label in names)
    changes = plotting.plot_snapshot_changes(CHANGES, snapshots=SNAPSHOTS, static=True)
    owners = [label for label in changes.axes[0].get_xticklabels() if label.get_text()]
    assert owners[0].get_text().startswith(f"facebook ({CJK})")
    assert all(_families(label) == wanted for label in owners)
    sizes = plotting_reach.plot_community_sizes(SIZES, static=True)
    assert all(_families(label) == wanted for label in sizes.axes[0].get_yticklabels())


def test_interactive_name_labels_name_the_fallback_fonts() -> None:
    losing = plotting_activity.plot_losing_touch(LOSING)
    assert losing.layout.yaxis.tickfont.family == plotting.LABEL_FONTS_CSS
    changes = plotting.plot_snapshot_changes(CHANGES, snapshots=SNAPSHOTS)
    assert changes.layout.xaxis.tickfont.family == plotting.LABEL_FONTS_CSS


def test_a_cjk_name_renders_when_a_cjk_font_is_installed() -> None:
    """Needs one of LABEL_FONTS' CJK families (Debian: fonts-noto-cjk, fonts-wqy-zenhei or
    fonts-droid-fallback); without one the name is drawn as boxes and this is skipped."""
    installed = [
        name for name in plotting._label_fonts() if name not in ("DejaVu Sans", "sans-serif")
    ]
    if not installed:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk): names render as boxes")
    figure = plotting_activity.plot_losing_touch(LOSING, static=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(BytesIO(), format="png")
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert missing == []
