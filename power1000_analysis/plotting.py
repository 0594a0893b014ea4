"""One function per chart: a table an analysis returned in, a figure out (DESIGN.md §7).

Every ``plot_<thing>(table, *, static=False, …)`` draws a plotly figure for interactive use,
or with ``static=True`` a matplotlib figure for PNG/SVG files (no browser needed). A plot
never computes a statistic and never saves anything; ``report.chart`` does the saving.

Text that comes from the data (platform names, combinations) is escaped before plotly sees
it, because plotly renders a small subset of HTML in labels.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"platform": ["x", "all platforms"], "people": [3, 3], "goal": 1000})
>>> type(plot_platform_counts(table)).__name__
'Figure'
>>> plot_platform_counts(table, static=True).axes[0].get_title()
'People per platform against the goal of 1000'
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable
from typing import Any, TypeAlias

import pandas as pd
import plotly.graph_objects as go
from matplotlib.axes import Axes
from matplotlib.figure import Figure as StaticFigure

__all__ = [
    "AnyFigure",
    "count_axis",
    "count_axis_plotly",
    "date_axis",
    "empty_chart",
    "legend_outside",
    "nothing_to_draw",
    "plot_account_overlap",
    "plot_growth",
    "plot_platform_counts",
    "plot_platform_overlap",
    "plot_platforms_per_person",
    "plot_snapshot_changes",
]

AnyFigure: TypeAlias = go.Figure | StaticFigure

#: the label growth.py gives the row that sums over platforms.
_ALL = "all platforms"
_TOTAL_COLOUR = "#333333"
_COLOURS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b")
_JOINED, _LEFT = "#54a24b", "#e45756"


def _safe(values: Iterable[object]) -> list[str]:
    return [html.escape(str(value)) for value in values]


def _colour(index: int, label: str) -> str:
    return _TOTAL_COLOUR if label == _ALL else _COLOURS[index % len(_COLOURS)]


#: fonts for labels that come from the data (thread titles, names) in any script: Latin
#: first, then CJK families Debian ships (fonts-noto-cjk, fonts-wqy-zenhei, fonts-droid-
#: fallback), those macOS and Windows ship (a user's own machine draws the PNGs), then
#: wide-coverage fonts; the generic family last. Matplotlib takes each glyph from the
#: first installed family that has it; with none of the CJK ones installed such names
#: are drawn as boxes (README: "Names in other scripts").
LABEL_FONTS = (
    "DejaVu Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Hiragino Sans",
    "PingFang SC",
    "Microsoft YaHei",
    "Yu Gothic",
    "Malgun Gothic",
    "Noto Sans",
    "Arial Unicode MS",
    "sans-serif",
)
#: the same for plotly (the browser falls back per glyph; plotly's own default first)
LABEL_FONTS_CSS = '"Open Sans", verdana, arial, ' + ", ".join(
    f'"{name}"' if " " in name else name for name in LABEL_FONTS[1:]
)


def _label_fonts() -> list[str]:
    """``LABEL_FONTS`` that matplotlib finds installed (a missing family would log a
    "findfont" warning per label), then ``sans-serif``: matplotlib draws each glyph with the
    first family of the list that has it, so CJK labels render when a CJK font is there
    (none is on a bare Debian; install fonts-noto-cjk or fonts-wqy-zenhei for them)."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in LABEL_FONTS if name in installed] + ["sans-serif"]


def _short(label: str, width: int = 30) -> str:
    """``label`` cut to ``width`` characters, the last one "…" when it was longer."""
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


#: points per character of an average title character (DejaVu Sans at 12 pt, ~0.55 em)
_POINTS_PER_CHARACTER = 6.8


class _TightFigure(StaticFigure):
    """A matplotlib figure that saves with ``bbox_inches="tight"`` unless told otherwise.

    Constrained layout makes room for tick labels only while they fit: a label longer
    than the figure is wide (a community described by its platforms) made it give up and
    the saved PNG cut the label's start (ux7 review #8). A tight bounding box widens the
    saved image to whatever was drawn instead, for every chart ``report.chart`` saves.
    """

    def savefig(self, fname: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("bbox_inches", "tight")
        kwargs.setdefault("pad_inches", 0.1)
        super().savefig(fname, *args, **kwargs)


def _wrap(text: str, width_inches: float, *, points: float = _POINTS_PER_CHARACTER) -> str:
    """``text`` wrapped (each of its lines) to fit ``width_inches`` at ~``points`` a
    character, so that a long title stays inside a static figure rather than running off
    both sides.

    Example
    -------
    >>> _wrap("a b c d", 0.3)
    'a b\\nc d'
    """
    characters = max(int(width_inches * 72 / points), 3)
    return "\n".join(
        textwrap.fill(line, characters, break_on_hyphens=False) or line for line in text.split("\n")
    )


def _static(title: str, *, width: float = 7.0, height: float = 4.0) -> tuple[StaticFigure, Axes]:
    figure = _TightFigure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(_wrap(title, width * 0.95))
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def count_axis(axes: Axes, which: str = "y", *, from_zero: bool = True) -> None:
    """A matplotlib axis of whole things (people, requests): ticks on whole numbers only
    (no "5.5 contacts") and, unless ``from_zero`` is False (joined up, left down), the axis
    from 0, so that going from 5 to 9 friends does not look like growth from nothing (ux8
    review #13). Call it after drawing.

    Example
    -------
    >>> figure, axes = _static("growth")
    >>> _ = axes.plot([0, 1], [5, 9])
    >>> count_axis(axes)
    >>> float(axes.get_ylim()[0]), all(float(t).is_integer() for t in axes.get_yticks())
    (0.0, True)
    """
    from matplotlib.ticker import MaxNLocator

    axis = axes.yaxis if which == "y" else axes.xaxis
    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=2))
    if from_zero:
        low, high = axes.get_ylim() if which == "y" else axes.get_xlim()
        inverted = low > high
        top = max(low, high, 1.0)
        limits = (top, 0.0) if inverted else (0.0, top)
        if which == "y":
            axes.set_ylim(*limits)
        else:
            axes.set_xlim(*limits)


def count_axis_plotly(
    figure: go.Figure, values: Iterable[object], which: str = "y", **where: Any
) -> None:
    """:func:`count_axis` for plotly: the axis from 0 and, while the largest count is
    below 10 (where plotly would tick 0.5, 1.5 …), one tick per whole number. ``where``
    picks the axis in a figure of subplots (``row=1, col=1``)."""
    numbers = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce").dropna()
    largest = float(numbers.abs().max()) if len(numbers) else 0.0
    update = figure.update_yaxes if which == "y" else figure.update_xaxes
    update(rangemode="tozero", **({"dtick": 1, "tick0": 0} if largest < 10 else {}), **where)


def date_axis(axes: Axes, dates: Iterable[pd.Timestamp] = ()) -> None:
    """A matplotlib date axis whose labels do not run into each other: at most 7 ticks,
    labelled concisely ("2025", "Jul", …), and a lone date (one export) centred in half a
    year on either side rather than in matplotlib's default four years of crowded
    "2025-01" labels (ux8 review #13)."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    distinct = pd.to_datetime(pd.Series(list(dates)), utc=True).dropna().unique()
    if len(distinct) == 1:
        day = pd.Timestamp(distinct[0]).tz_localize(None)
        half = pd.Timedelta(days=183)
        axes.set_xlim(day - half, day + half)


def legend_outside(axes: Axes, *, below: bool = False, **options: Any) -> Any:
    """The legend of ``axes`` outside its plot area, never over bars, curves or bands
    (ux8 review #22: the "joined" swatch sat on the green bar, survival's legend on the
    curves): beside the plot at the top right, or with ``below`` under the whole chart
    (a figure legend; for long entries such as half-lives, which beside the plot would
    squeeze it). Constrained layout and the tight saved bounding box make room for it.
    Returns the legend, or ``None`` when nothing is labelled.

    Example
    -------
    >>> figure, axes = _static("changes")
    >>> _ = axes.bar(["x"], [3], label="joined")
    >>> legend_outside(axes).get_bbox_to_anchor() is not None
    True
    """
    handles, labels = axes.get_legend_handles_labels()
    if not handles:
        return None
    options = {"frameon": False, **options}
    if below:
        figure = axes.get_figure()
        assert figure is not None
        columns = 1 if max(len(label) for label in labels) > 45 else min(len(labels), 3)
        return figure.legend(handles, labels, loc="outside lower center", ncols=columns, **options)
    return axes.legend(
        handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0, **options
    )


def _layout(figure: go.Figure, title: str, **extra: object) -> go.Figure:
    figure.update_layout(
        title=html.escape(title),
        template="plotly_white",
        margin={"l": 60, "r": 20, "t": 60, "b": 50},
        **extra,
    )
    return figure


#: colour of the words an empty chart carries in its plot area
_EMPTY_COLOUR = "#555555"


def nothing_to_draw(
    figure: AnyFigure,
    reason: str,
    *,
    keep_axes: bool = False,
    at: tuple[float, float] = (0.5, 0.5),
) -> AnyFigure:
    """Write ``reason`` (one line: why there is nothing to draw) in the middle of the plot
    area of ``figure`` and return it (ux8 review #7).

    Every chart function calls this (or :func:`empty_chart`) when its table leaves nothing
    to draw, so that a PNG sent on its own says why it is empty instead of showing bare
    axes. The axes' ticks and the legend go unless ``keep_axes`` (a chart that still draws
    something, such as the published Dunbar layers); ``at`` places the words (fractions of
    the plot area, their centre) where that drawing leaves room.

    Example
    -------
    >>> figure = nothing_to_draw(go.Figure(), "no sent requests in these exports")
    >>> figure.layout.annotations[0].text
    'no sent requests in these exports'
    """
    if isinstance(figure, StaticFigure):
        axes = figure.axes[0]
        width = figure.get_figwidth() * 0.8 * min(at[0], 1 - at[0]) * 2
        axes.text(
            *at,
            _wrap(reason, width, points=8.0),
            transform=axes.transAxes,
            ha="center",
            va="center",
            color=_EMPTY_COLOUR,
            fontsize="large",
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 3.0},
        )
        if not keep_axes:
            axes.set_xticks([])
            axes.set_yticks([])
            axes.set_xlabel("")
            axes.set_ylabel("")
            axes.spines[["left", "bottom"]].set_visible(False)
            legend = axes.get_legend()
            if legend is not None:
                legend.remove()
            for legend in list(figure.legends):  # legend_outside(below=True)
                legend.remove()
        return figure
    figure.add_annotation(
        text=html.escape(reason, quote=False),
        xref="paper",
        yref="paper",
        x=at[0],
        y=at[1],
        showarrow=False,
        font={"size": 15, "color": _EMPTY_COLOUR},
        bgcolor="rgba(255,255,255,0.85)",
    )
    if not keep_axes:
        figure.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, title=None)
        figure.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, title=None)
        figure.update_layout(showlegend=False)
    return figure


def empty_chart(title: str, reason: str, *, static: bool = False) -> AnyFigure:
    """A chart titled ``title`` with nothing drawn but ``reason`` in its plot area: what a
    chart function returns when its table is empty (see :func:`nothing_to_draw`).

    Example
    -------
    >>> figure = empty_chart("Losing touch", "no one has gone quiet", static=True)
    >>> [text.get_text() for text in figure.axes[0].texts]
    ['no one has gone quiet']
    """
    if static:
        figure, _ = _static(title)
        return nothing_to_draw(figure, reason)
    return nothing_to_draw(_layout(go.Figure(), title), reason)


def _goal(table: pd.DataFrame) -> int | None:
    if "goal" not in table.columns or table.empty:
        return None
    return int(table["goal"].iloc[0])


def plot_platform_counts(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Bars of people per platform and overall, with the goal as a dashed line.

    Parameters
    ----------
    table
        ``growth.platform_counts`` output (``platform``, ``people``, ``goal``).
    static
        Draw with matplotlib (for PNG/SVG) instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x", "all platforms"], "people": [3, 3], "goal": 9})
    >>> len(plot_platform_counts(t).data)
    1
    """
    goal = _goal(table)
    title = "People per platform" + (f" against the goal of {goal}" if goal else "")
    labels = table["platform"].astype(str).tolist()
    colours = [_colour(i, label) for i, label in enumerate(labels)]
    if static:
        figure, axes = _static(title)
        axes.bar(labels, table["people"], color=colours)
        if goal:
            axes.axhline(goal, linestyle="--", color="grey")
            axes.annotate(f"goal {goal}", (0, goal), xytext=(2, 2), textcoords="offset points")
        axes.set_ylabel("people")
        count_axis(axes)
        return figure
    figure = go.Figure(
        go.Bar(
            x=_safe(labels),
            y=table["people"],
            marker_color=colours,
            hovertemplate="%{x}: %{y} people<extra></extra>",
        )
    )
    if goal:
        figure.add_hline(
            y=goal, line_dash="dash", line_color="grey", annotation_text=f"goal {goal}"
        )
    count_axis_plotly(figure, [*table["people"], goal or 0])
    return _layout(figure, title, yaxis_title="people")


#: the swatch of the growth legend's "not drawn: … unknown" entry
_UNKNOWN_COLOUR = "#bbbbbb"
#: what a dashed growth line means (contacts dated by the export that first holds them)
_SNAPSHOT_NOTE = "dashed: with contacts dated only by the export that first holds them"


def _growth_lines(table: pd.DataFrame) -> list[tuple[str, pd.DataFrame, str, bool]]:
    """(platform, rows, y column, dashed) per line: a solid line of contacts counted from
    their connection date, and a dashed one of all contacts where some are counted from a
    snapshot (those would otherwise draw the export's date as a jump in growth)."""
    lines = []
    for platform in dict.fromkeys(table["platform"].astype(str)):
        rows = table[table["platform"] == platform]
        snapshot = rows["snapshot_dated"] if "snapshot_dated" in rows else 0 * rows["contacts"]
        unknown = rows["unknown"] if "unknown" in rows else 0 * rows["contacts"]
        dated = rows.assign(dated=rows["contacts"] - snapshot)
        # a platform none of whose accounts is dated by connecting, not yet exported: its
        # count is unknown, not 0 (review9 F8), so no solid line at 0 (see _not_drawn)
        if (dated["dated"] > 0).any() or not ((snapshot > 0).any() or (unknown > 0).any()):
            lines.append((platform, dated, "dated", False))
        if (snapshot > 0).any():
            # from the first export holding such contacts on: before it there is no line
            since = int((snapshot > 0).to_numpy().argmax())
            lines.append((platform, dated.iloc[since:], "contacts", True))
    return lines


def _not_drawn(table: pd.DataFrame, lines: list[tuple[str, pd.DataFrame, str, bool]]) -> str:
    """The legend entry for platforms left out of the growth chart because their counts are
    unknown over the whole chart (accounts without connection dates, all first exported
    after its last date: X's lists, an address book, at a past ``--as-of``), or ``""``."""
    from power1000_analysis.labels import counted

    if "unknown" not in table.columns:
        return ""
    drawn = {line[0] for line in lines}
    last = table.sort_values("period_end").groupby("platform", sort=False).tail(1)
    units = _growth_units(table)
    missing = [
        (str(row.platform), int(row.unknown))
        for row in last.itertuples()
        if str(row.platform) not in drawn and row.unknown > 0 and str(row.platform) != _ALL
    ]
    if not missing:
        return ""
    names = ", ".join(
        f"{_growth_name(platform, units.get(platform), False)} ({count})"
        for platform, count in missing
    )
    people = last.loc[last["platform"] == _ALL, "unknown"]
    # growth_table's people of unknown presence at the end: new in a later export without a
    # connection date, or gone by the next export (review10b S1: not only "appear later")
    left_out = (
        f"; the people line leaves out {counted(int(people.iloc[0]), 'person', 'people')}"
        " of unknown presence then (first exported later, or gone by the next export)"
        if len(people) and people.iloc[0] > 0
        else ""
    )
    until = pd.Timestamp(table["period_end"].max())
    return (
        f"not drawn: {names}, no connection dates and first exported after "
        f"{until:%Y-%m-%d}, so how many there were is unknown (not 0){left_out}"
    )


def _may_have_left(table: pd.DataFrame) -> str:
    """The legend entry for the people line's last point at a date between two exports:
    those counted until then who may have left by it (``growth_table``'s
    ``may_have_left``), or ``""`` (review11b GR: the line dipped with 0 left)."""
    from power1000_analysis.labels import counted

    if "may_have_left" not in table.columns:
        return ""
    rows = table[table["platform"] == _ALL].sort_values("period_end")
    if rows.empty or rows["may_have_left"].iloc[-1] <= 0:
        return ""
    last = rows.iloc[-1]
    unit = "person" if _growth_units(table).get(_ALL) == "people" else "contact"
    return (
        f"may have left by {pd.Timestamp(last['period_end']):%Y-%m-%d}:"
        f" {counted(int(last['may_have_left']), unit)}, in the export before that date and"
        " not the next one, not counted at the line's last point (not known to have left)"
    )


def _growth_name(platform: str, unit: str | None, dash: bool) -> str:
    """A growth line's legend entry: what it counts, in words ("people, all platforms",
    "accounts on LinkedIn"); a bare platform name where the table says no ``unit``."""
    from power1000_analysis.labels import PLATFORM_LABELS

    if unit == "people":
        name = f"people, {platform}" if platform == _ALL else f"people on {platform}"
    elif unit == "accounts":
        label = PLATFORM_LABELS.get(platform, platform.capitalize())
        name = (
            "entries in the address book" if platform == "addressbook" else f"accounts on {label}"
        )
    else:
        name = platform
    return f"{name} (with export-dated)" if dash else name


def _growth_units(table: pd.DataFrame) -> dict[str, str | None]:
    if "unit" not in table.columns:
        return dict.fromkeys(table["platform"].astype(str))
    return {
        str(platform): str(unit)
        for platform, unit in zip(table["platform"], table["unit"], strict=True)
    }


def plot_growth(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """Network size over time: a thick line of people over all platforms, a thin line of
    accounts per platform.

    The goal counts people, and one person is often on several platforms: the thick line
    counts each person once (``growth_table``'s ``unit`` ``"people"``), the platform lines
    count accounts, and the legend says which is which. Contacts whose export gives no
    connection date (an address book, X's follower lists) are counted from the first
    snapshot holding them: that is when you exported, not when you connected, so they are
    drawn apart, in a dashed line above the solid line of those dated by connecting
    (``growth_table``'s ``snapshot_dated``). Before their first export their number is
    unknown, not 0 (``growth_table``'s ``unknown``): a platform that has only such contacts
    and no export by the chart's last date (X or an address book at a past ``--as-of``)
    gets no line, and one legend entry, "not drawn: …", says which and why. At a date
    between two exports, the people who may have left by then (``growth_table``'s
    ``may_have_left``: held by the export before it, not by the next) are not counted at
    the last point, and a legend entry says how many, so the dip is not read as people
    who left.

    Parameters
    ----------
    table
        ``growth.growth_table`` output (``platform``, ``period_end``, ``contacts``,
        optionally ``unit``, ``snapshot_dated`` and ``unknown``).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": "x", "period_end": pd.to_datetime(["2024-01-31"]),
    ...                   "contacts": [4]})
    >>> plot_growth(t).data[0].name
    'x'
    >>> t["snapshot_dated"] = 4
    >>> t["unit"] = "accounts"
    >>> [(trace.name, trace.line.dash) for trace in plot_growth(t).data]
    [('accounts on X (with export-dated)', 'dash')]
    """
    # people over all platforms first: the legend names the goal's unit before the accounts
    lines = sorted(_growth_lines(table), key=lambda line: line[0] != _ALL)
    units = _growth_units(table)
    dashed = any(line[3] for line in lines)
    people = "people" in units.values()
    heading = (
        "Network size over time: people over all platforms, accounts per platform"
        if people
        else "Network size over time"
    )
    title = heading + (f" ({_SNAPSHOT_NOTE})" if dashed else "")
    y_label = "people (thick line) / accounts" if people else "contacts"
    # legend entries with no line: what is not drawn, and why; who may have left
    notes = [note for note in (_not_drawn(table, lines), _may_have_left(table)) if note]
    colours = {
        platform: _colour(index, platform)
        for index, platform in enumerate(dict.fromkeys(table["platform"].astype(str)))
    }

    def name(platform: str, dash: bool) -> str:
        return _growth_name(platform, units.get(platform), dash)

    if static:
        figure, axes = _static(title, width=10.0)
        for platform, rows, column, dash in lines:
            when = rows["period_end"]
            axes.step(
                when.dt.tz_localize(None) if when.dt.tz is not None else when,
                rows[column],
                where="post",
                label=name(platform, dash),
                color=colours[platform],
                linestyle="--" if dash else "-",
                linewidth=2.5 if platform == _ALL else 1.5,
                marker="o" if dash and len(rows) == 1 else None,  # one export: one point
            )
        for note in notes:
            axes.plot([], [], color=_UNKNOWN_COLOUR, linestyle=":", label=_wrap(note, 3.2))
        axes.set_ylabel(y_label)
        count_axis(axes)
        date_axis(axes, table["period_end"])
        if lines or notes:
            legend_outside(axes)
        return figure
    figure = go.Figure()
    for platform, rows, column, dash in lines:
        figure.add_trace(
            go.Scatter(
                x=rows["period_end"],
                y=rows[column],
                name=html.escape(name(platform, dash)),
                legendgroup=html.escape(platform),
                mode="lines+markers" if dash and len(rows) == 1 else "lines",
                line={
                    "shape": "hv",
                    "width": 3 if platform == _ALL else 1.5,
                    "dash": "dash" if dash else "solid",
                },
                line_color=colours[platform],
            )
        )
    for note in notes:
        figure.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="lines",
                name=html.escape(textwrap.fill(note, 45)).replace("\n", "<br>"),
                line={"color": _UNKNOWN_COLOUR, "dash": "dot"},
                hoverinfo="skip",
            )
        )
    count_axis_plotly(figure, table["contacts"])
    figure = _layout(figure, heading, yaxis_title=y_label, hovermode="x unified")
    if dashed:  # plotly does not wrap titles: the note goes on a second, smaller line
        figure.update_layout(
            title_text=f"{html.escape(heading)}<br><sup>{html.escape(_SNAPSHOT_NOTE)}</sup>",
            margin={"t": 80},
        )
    return figure


def _change_labels(table: pd.DataFrame, snapshots: pd.DataFrame | None) -> list[str]:
    """One label per row of ``growth.snapshot_changes``: the platform and the later
    export's date, and where the platform holds several accounts (two owners, two address
    books) which account: its owner's name from ``snapshots.owner_name`` where given (not
    in anonymised output), else "account N". Two owners of one platform exported on the
    same day once shared one label, and so one bar."""
    accounts = table["account"] if "account" in table.columns else pd.Series(1, index=table.index)
    names: dict[tuple[str, int], str] = {}
    several = set(
        table.assign(_account=accounts)
        .groupby("platform")["_account"]
        .nunique()
        .loc[lambda n: n > 1]
        .index.astype(str)
    )
    if snapshots is not None and not snapshots.empty and "account" in snapshots.columns:
        known = snapshots.dropna(subset=["account"])
        several |= set(
            known.groupby("platform")["account"].nunique().loc[lambda n: n > 1].index.astype(str)
        )
        if "owner_name" in known.columns:
            for (platform, account), owners in known.groupby(["platform", "account"])["owner_name"]:
                owner = owners.dropna()
                if len(owner):
                    names[(str(platform), int(account))] = str(owner.iloc[-1])
    labels = []
    for platform, account, after in zip(table["platform"], accounts, table["after"], strict=True):
        label = str(platform)
        if label in several:
            key = (label, int(account))
            label += f" ({_short(names.get(key, f'account {int(account)}'), 24)})"
        labels.append(f"{label} {pd.Timestamp(after):%Y-%m-%d}")
    return labels


def plot_snapshot_changes(
    table: pd.DataFrame, *, snapshots: pd.DataFrame | None = None, static: bool = False
) -> AnyFigure:
    """Who joined (up) and who left (down) between consecutive snapshots of each account.

    Parameters
    ----------
    table
        ``growth.snapshot_changes`` output (``platform``, ``after``, ``joined``, ``left``,
        ``account``).
    snapshots
        ``Network.snapshots``, to name the accounts of a platform that holds several by
        their owner (``owner_name``); without it they are "account 1", "account 2".
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platform": ["x"], "after": pd.to_datetime(["2024-07-01"]),
    ...                   "joined": [2], "left": [1]})
    >>> [trace.name for trace in plot_snapshot_changes(t).data]
    ['joined', 'left']
    >>> two = pd.DataFrame({"platform": "facebook", "after": pd.to_datetime(["2024-07-01"] * 2),
    ...                     "joined": [2, 3], "left": [1, 0], "account": [1, 2]})
    >>> list(plot_snapshot_changes(two).layout.xaxis.ticktext)
    ['facebook (account 1) 2024-07-01', 'facebook (account 2) 2024-07-01']
    """
    title = "Joined and left between snapshots"
    if table.empty:
        return empty_chart(title, "one snapshot per account: no changes to show", static=static)
    labels = _change_labels(table, snapshots)
    # bars at positions, not at their labels: equal labels must never share a bar
    positions = list(range(len(labels)))
    if static:
        figure, axes = _static(title)
        axes.bar(positions, table["joined"], color=_JOINED, label="joined")
        axes.bar(positions, -table["left"], color=_LEFT, label="left")
        axes.set_xticks(positions, labels)
        axes.axhline(0, color="black", linewidth=0.8)
        axes.set_ylabel("contacts")
        count_axis(axes, from_zero=False)  # joined up, left down
        if labels:
            legend_outside(axes)
        axes.tick_params(axis="x", labelrotation=30, labelfontfamily=_label_fonts())
        return figure
    safe = _safe(labels)
    figure = go.Figure(
        [
            go.Bar(
                x=positions,
                y=table["joined"],
                name="joined",
                marker_color=_JOINED,
                customdata=safe,
                hovertemplate="%{customdata}: %{y} joined<extra></extra>",
            ),
            go.Bar(
                x=positions,
                y=-table["left"],
                name="left",
                marker_color=_LEFT,
                customdata=list(zip(safe, table["left"], strict=True)),
                hovertemplate="%{customdata[0]}: %{customdata[1]} left<extra></extra>",
            ),
        ]
    )
    figure.update_xaxes(
        tickmode="array", tickvals=positions, ticktext=safe, tickfont={"family": LABEL_FONTS_CSS}
    )
    count_axis_plotly(figure, [*table["joined"], *table["left"]])
    return _layout(figure, title, barmode="relative", yaxis_title="contacts")


def plot_platform_overlap(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """People per combination of platforms (horizontal bars, largest first).

    Parameters
    ----------
    table
        ``growth.platform_overlap`` output (``platforms``, ``people``); rows whose
        ``people`` is missing (suppressed small groups) are drawn as empty.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platforms": ["x", "x+linkedin"], "people": [5, 2]})
    >>> list(plot_platform_overlap(t).data[0].y)
    ['x+linkedin', 'x']
    """
    title = "People by combination of platforms"
    ordered = table.iloc[::-1]
    labels = ordered["platforms"].astype(str).tolist()
    people = pd.to_numeric(ordered["people"], errors="coerce").fillna(0)
    if static:
        figure, axes = _static(title, height=max(2.5, 0.4 * len(labels) + 1.5))
        axes.barh(labels, people, color=_COLOURS[0])
        axes.set_xlabel("people")
        count_axis(axes, "x")
        return figure
    figure = go.Figure(
        go.Bar(
            x=people,
            y=_safe(labels),
            orientation="h",
            marker_color=_COLOURS[0],
            hovertemplate="%{y}: %{x} people<extra></extra>",
        )
    )
    count_axis_plotly(figure, people, "x")
    return _layout(figure, title, xaxis_title="people")


def plot_account_overlap(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """UpSet-style chart: people per combination of platforms (bars) above a dot matrix of
    which platforms each combination holds.

    Parameters
    ----------
    table
        ``growth.platform_overlap`` output (``platforms`` joined by ``+``, ``people``);
        missing ``people`` (suppressed small groups) are drawn as empty bars.
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"platforms": ["x", "linkedin+x"], "people": [5, 2]})
    >>> list(plot_account_overlap(t).data[0].x)
    ['x', 'linkedin+x']
    >>> len(plot_account_overlap(t, static=True).axes)
    2
    """
    title = "People by the platforms they are on"
    combos = table["platforms"].astype(str).tolist()
    people = pd.to_numeric(table["people"], errors="coerce").fillna(0)
    members = [combo.split("+") for combo in combos]
    platforms = sorted({p for parts in members for p in parts}, reverse=True)
    cells = [
        (x, y) for x, parts in enumerate(members) for y, p in enumerate(platforms) if p in parts
    ]
    if static:
        figure = _TightFigure(
            figsize=(max(5.0, 0.45 * len(combos) + 2.5), 5.5), layout="constrained"
        )
        bars, matrix = figure.subplots(
            2, 1, sharex=True, height_ratios=[3, max(1, len(platforms)) * 0.4]
        )
        bars.set_title(title)
        bars.bar(range(len(combos)), people, color=_COLOURS[0])
        bars.set_ylabel("people")
        count_axis(bars)
        bars.spines[["top", "right"]].set_visible(False)
        grid = [(x, y) for x in range(len(combos)) for y in range(len(platforms))]
        matrix.scatter([g[0] for g in grid], [g[1] for g in grid], color="#dddddd", s=40)
        matrix.scatter([c[0] for c in cells], [c[1] for c in cells], color=_TOTAL_COLOUR, s=40)
        matrix.set_yticks(range(len(platforms)), platforms)
        matrix.set_xticks(range(len(combos)), [""] * len(combos))
        matrix.spines[["top", "right", "bottom", "left"]].set_visible(False)
        return figure
    from plotly.subplots import make_subplots

    figure = make_subplots(
        rows=2, cols=1, shared_xaxes=True, row_heights=[0.7, 0.3], vertical_spacing=0.03
    )
    labels = _safe(combos)
    figure.add_trace(
        go.Bar(
            x=labels,
            y=people,
            marker_color=_COLOURS[0],
            hovertemplate="%{x}: %{y} people<extra></extra>",
        ),
        row=1,
        col=1,
    )
    safe_platforms = _safe(platforms)
    figure.add_trace(
        go.Scatter(
            x=[labels[x] for x in range(len(combos)) for _ in platforms],
            y=[p for _ in combos for p in safe_platforms],
            mode="markers",
            marker={"color": "#dddddd", "size": 10},
            hoverinfo="skip",
        ),
        row=2,
        col=1,
    )
    figure.add_trace(
        go.Scatter(
            x=[labels[x] for x, _ in cells],
            y=[safe_platforms[y] for _, y in cells],
            mode="markers",
            marker={"color": _TOTAL_COLOUR, "size": 10},
            hoverinfo="skip",
        ),
        row=2,
        col=1,
    )
    figure.update_xaxes(showticklabels=False, row=2, col=1)
    count_axis_plotly(figure, people, row=1, col=1)
    return _layout(figure, title, showlegend=False, yaxis_title="people")


def plot_platforms_per_person(table: pd.DataFrame, *, static: bool = False) -> AnyFigure:
    """People by the number of platforms they are on: the genuine people behind the accounts.

    Parameters
    ----------
    table
        ``growth.platforms_per_person`` output (``n_platforms``, ``people``, ``accounts``),
        or ``growth.pool_platforms_per_person``'s (a row with ``or_more`` reads "3 or more
        platforms"; a blanked count draws no bar).
    static
        Draw with matplotlib instead of plotly.

    Example
    -------
    >>> t = pd.DataFrame({"n_platforms": [1, 2], "people": [5, 2], "accounts": [5, 4]})
    >>> list(plot_platforms_per_person(t).data[0].x)
    ['1 platform', '2 platforms']
    >>> plot_platforms_per_person(t, static=True).axes[0].get_title()
    'How many platforms is each person on? 9 accounts, 7 people'
    """
    title = "How many platforms is each person on?"
    if table["people"].notna().all() and table["accounts"].notna().all():
        accounts, people = int(table["accounts"].sum()), int(table["people"].sum())
        title += f" {accounts:,} accounts, {people:,} people"
    more = table["or_more"] if "or_more" in table else pd.Series(False, index=table.index)
    labels = [
        f"{n} or more platforms" if pooled else f"{n} platform{'s' if n != 1 else ''}"
        for n, pooled in zip(table["n_platforms"].astype(int), more.astype(bool), strict=True)
    ]
    counts = [f"{int(n):,}" if pd.notna(n) else "" for n in table["people"]]
    if static:
        figure, axes = _static(title)
        bars = axes.bar(labels, table["people"].astype(float), color=_COLOURS[0])
        axes.bar_label(bars, labels=counts, padding=2)
        axes.set_ylabel("people")
        count_axis(axes)
        return figure
    figure = go.Figure(
        go.Bar(
            x=labels,
            y=table["people"].astype(float),
            marker_color=_COLOURS[0],
            text=counts,
            customdata=table["accounts"],
            hovertemplate="%{x}: %{y} people, %{customdata} accounts<extra></extra>",
        )
    )
    count_axis_plotly(figure, table["people"])
    return _layout(figure, title, yaxis_title="people")
