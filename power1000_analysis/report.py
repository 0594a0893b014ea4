"""Run every notebook on the user's exports and write a shareable report folder.

``render_report(exports, out)`` executes each ``notebooks/NN_*.ipynb`` with the same
parameters (papermill), renders it to HTML without code cells (nbconvert), and writes::

    out/index.html            summary card + one link per page
    out/NN_name.html          one page per notebook
    out/charts/*.html|png|svg every chart: interactive (plotly) and static (matplotlib)
    out/assets/plotly.min.js  plotly.js, once, from the plotly package (works offline)
    out/report.json           counts and timings (no names, no paths)
    out/.power1000-report.json  the files above (a re-render replaces them, nothing else)

With ``anonymize=True`` every notebook pseudonymises the network before it shows anything,
and the finished folder is scanned for every original name, handle, URL and e-mail
(``anonymize.find_leaks``); a hit fails the report and nothing is written to ``out``.

Notebooks display charts through :func:`chart`, which returns the plotly figure when run
interactively and, inside a report, writes the chart files and returns an HTML snippet that
uses the report's own copy of plotly.js.

Example
-------
>>> [path.name for path in notebook_paths()][:1]
['01_network.ipynb']
"""

from __future__ import annotations

import contextlib
import functools
import html
import json
import math
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from power1000_analysis.plotting import AnyFigure

__all__ = [
    "ACTIVE_PENDING",
    "CHART_FORMATS",
    "MARKER",
    "OutFolderInUse",
    "PageFailure",
    "PagesFailed",
    "ReportError",
    "ReportResult",
    "active_caveat",
    "active_caveat_line",
    "active_caveat_pointer",
    "active_people",
    "as_table",
    "chart",
    "describe",
    "earlier_report_files",
    "execute_notebook",
    "notebook_paths",
    "notebook_setup",
    "problems_shown",
    "render_report",
    "shown",
    "summary_card",
]

CHART_FORMATS = ("html", "png", "svg")
#: where a chart page finds plotly.js, relative to ``out/charts/``.
PLOTLY_FROM_CHARTS = "../assets/plotly.min.js"
PLOTLY_FROM_PAGES = "assets/plotly.min.js"
#: shown on the summary card until the activity analysis exists.
ACTIVE_PENDING = "not computed yet (activity analysis pending)"
GOAL = 1000


class ReportError(RuntimeError):
    """The report could not be written; the message says which notebook or check failed."""


class AsOfAfterExports(ReportError):
    """``as_of`` is later than the newest export's day: nothing after it is known, and every
    page would read "0 active" (review9 F1). ``power1000 report`` exits with code 2."""


def check_as_of(net: Any, as_of: Any, *, option: str = "--as-of") -> None:
    """Refuse an ``as_of`` after the day of the newest export in ``net``.

    A bare date means 00:00 UTC of that day (``evidence.parse_as_of``), so any date up to
    the day after the newest export's date (its midnight: the end of the export's day) is
    accepted; a later one raises :class:`AsOfAfterExports` naming the newest export's
    date. The analysis functions themselves (``activity.contact_status``,
    ``summary_card`` …) still accept any date and read a date after the exports as a
    time when nobody showed a sign of life; the report refuses it, and so do the notebooks
    (:func:`describe` checks their ``as_of`` parameter, named by ``option``).

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> check_as_of(Network.empty(), "2030-01-01")  # no export: nothing to compare with
    """
    from power1000_analysis.activity import _as_of_after_exports

    late = _as_of_after_exports(net, as_of)
    if late is not None:
        day, newest = late
        shown = as_of if isinstance(as_of, str) else day.date().isoformat()
        leave = f"Leave {option} out" if option.startswith("-") else f"Set {option} = None"
        raise AsOfAfterExports(
            f"{option} {shown} is after your newest export ({newest.date().isoformat()}): "
            "nothing after it is known, so every page would read 0 active people. "
            f"{leave} to analyse as of {newest.date().isoformat()}, or give an earlier date."
        )


class PagesFailed(ReportError):
    """Some notebooks failed, the report was written without their pages: ``result`` is
    what was written (its ``failed`` lists the pages that are missing, with their error)."""

    def __init__(self, message: str, result: ReportResult) -> None:
        super().__init__(message)
        self.result = result


def _notebook_folders() -> list[Path]:
    """Where the report's notebooks are looked for: the package's own ``notebooks/`` (what a
    wheel, ``pip install .``, carries), then the repository's (a clone, ``pip install -e .``)."""
    package = Path(__file__).resolve().parent
    return [package / "notebooks", package.parent / "notebooks"]


def notebook_paths(folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """The report's notebooks, in order: ``NN_*.ipynb`` in ``folder`` (default: the
    installed package's ``notebooks/``, else the repository's)."""
    if folder is None:
        for base in _notebook_folders():
            found = notebook_paths(base) if base.is_dir() else []
            if found:
                return found
        return []
    base = Path(folder)
    base = base / "notebooks" if (base / "notebooks").is_dir() else base
    return sorted(p for p in base.glob("[0-9][0-9]_*.ipynb") if p.is_file())


# ---------------------------------------------------------------------------- charts


class _ChartHTML:
    """A chart as the report shows it: a div drawn by the page's own plotly.js."""

    def __init__(self, figure: Any, name: str) -> None:
        self.figure = figure
        self.name = name

    def _repr_html_(self) -> str:
        return str(
            self.figure.to_html(
                full_html=False,
                include_plotlyjs=False,
                div_id=f"chart-{self.name}",
                config={"displaylogo": False, "responsive": True},
            )
        )


#: shown at the top of a chart's HTML file opened without the report's plotly.js beside it
#: (the file sent alone): each file embedding plotly.js would add 4.8 MB per chart (~96 MB
#: for the report's 20 charts), so the files share the report's one copy instead.
ALONE_NOTE = (
    "This interactive chart needs the report's copy of plotly.js (assets/plotly.min.js in "
    "the report folder): open it from the whole report folder, or share the PNG or SVG of "
    "the same name, which work alone."
)


def _say_when_alone(path: Path) -> None:
    """Add to a chart's HTML file a line that appears only when plotly.js did not load."""
    text = path.read_text(encoding="utf-8")
    note = html.escape(ALONE_NOTE, quote=True).replace("'", "&#x27;")
    script = (
        "<script>if (!window.Plotly) { document.body.insertAdjacentHTML('afterbegin', "
        f"'<p style=\"font-family: sans-serif; max-width: 40em\">{note}</p>'); }}</script>"
    )
    path.write_text(text.replace("</body>", f"{script}\n</body>", 1), encoding="utf-8")


def chart(
    name: str,
    plot: Callable[..., AnyFigure],
    table: pd.DataFrame,
    *,
    charts_dir: str | os.PathLike[str] | None = None,
    formats: Iterable[str] = CHART_FORMATS,
    **options: Any,
) -> Any:
    """Draw ``plot(table, **options)`` for a notebook; inside a report also save it.

    Parameters
    ----------
    name
        File name of the chart (no extension), unique across notebooks.
    plot
        A ``plotting.plot_*`` function.
    table
        The analysis result it draws.
    charts_dir
        ``None`` when run interactively: the plotly figure is returned as is. Inside a
        report, ``<out>/charts``: writes ``name.html`` (interactive, using the report's
        plotly.js), ``name.png`` and ``name.svg`` (matplotlib) as ``formats`` asks.

    Example
    -------
    >>> from power1000_analysis import plotting
    >>> t = pd.DataFrame({"platform": ["x"], "people": [3], "goal": [10]})
    >>> type(chart("size", plotting.plot_platform_counts, t)).__name__
    'Figure'
    """
    figure: Any = plot(table, **options)
    if charts_dir is None:
        return figure
    folder = Path(charts_dir)
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set(formats)
    if "html" in wanted:
        figure.write_html(
            folder / f"{name}.html",
            include_plotlyjs=PLOTLY_FROM_CHARTS,
            full_html=True,
            # plotly's default div id is a random UUID: random hex in every chart file made
            # output differ per run and could spell a hex-only handle ("cafe12") for the scan
            div_id=f"chart-{name}",
            config={"displaylogo": False, "responsive": True},
        )
        _say_when_alone(folder / f"{name}.html")
    if wanted & {"png", "svg"}:
        import matplotlib

        static = plot(table, static=True, **options)
        # keep SVG text as text (searchable, accessible) rather than glyph outlines
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": name}):
            for extension in ("png", "svg"):
                if extension in wanted:
                    static.savefig(
                        folder / f"{name}.{extension}",
                        dpi=150,
                        metadata={"Date": None} if extension == "svg" else None,
                    )
    return _ChartHTML(figure, name)


# ---------------------------------------------------------------------------- tables


def _float_text(value: float) -> str:
    """A float as a table shows it: 4 significant digits (``98.05``, ``0.4094``, ``1``),
    whole numbers from 1,000 on with thousands separators (``9,067``), and a value too small
    to show in four decimals as ``<0.0001`` rather than ``7.331e-08`` (ux8 review #10).

    >>> [_float_text(v) for v in (98.0512, 9067.2, 7.331e-08, -2e-9, 0.0)]
    ['98.05', '9,067', '<0.0001', '>-0.0001', '0']
    """
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if 0 < abs(value) < 1e-4:
        return "<0.0001" if value > 0 else ">-0.0001"
    return f"{value:.4g}"


def shown(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as a page shows it: time columns as dates (``2016-01-15``) when every time
    in them is midnight (an export date, a connection day), else to the minute, without
    the ``+00:00`` and microseconds. Values are not changed otherwise.

    Example
    -------
    >>> t = pd.DataFrame({"day": pd.to_datetime(["2016-01-15", "2016-02-01"], utc=True),
    ...                   "at": pd.to_datetime(["2016-01-15 10:04:05.123", None], utc=True)})
    >>> shown(t).values.tolist()
    [['2016-01-15', '2016-01-15 10:04'], ['2016-02-01', None]]
    """
    times = [c for c in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[c])]
    if not times:
        return frame
    frame = frame.copy(deep=False)
    for column in times:
        values = frame[column]
        if isinstance(values.dtype, pd.DatetimeTZDtype):
            values = values.dt.tz_convert("UTC").dt.tz_localize(None)
        present = values.dropna()
        midnight = bool((present == present.dt.normalize()).all())
        text = values.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%d %H:%M")
        frame[column] = text.astype(object).where(values.notna(), None)
    return frame


def _frame_html(frame: pd.DataFrame) -> str:
    return str(shown(frame)._repr_html_())


def notebook_setup() -> None:
    """Table display for the notebooks (each calls it first): every cell's whole text
    (pandas cuts at 50 characters, which hid the ``note`` and ``evidence`` that explain a
    row), floats to 4 significant digits (:func:`_float_text`), and time columns as dates
    or to the minute (:func:`shown`). Changes only how tables look, never their values."""
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.float_format", _float_text)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - notebooks always have IPython
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, _frame_html)


def as_table(facts: dict[str, Any], columns: tuple[str, str] = ("what", "value")) -> Any:
    """A few named values (a result's ``attrs``) as a two-column table, not a raw dict;
    "None." when there are none.

    >>> as_table({"modularity": 0.834, "n_people": 12}).values.tolist()
    [['modularity', 0.834], ['n_people', 12]]
    """
    if not facts:
        from IPython.display import Markdown

        return Markdown("None.")
    values = pd.Series(list(facts.values()), dtype=object)
    return pd.DataFrame({columns[0]: list(facts), columns[1]: values})


def describe(net: Any, *, as_of: Any = None, active_within_days: float | None = None) -> Any:
    """One sentence on what a notebook read (instead of the raw ``Network(...)``), with the
    date looked at and, where the notebook uses it, what *active* means.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> describe(Network.empty()).data
    'Read 0 snapshots of no platform: 0 contacts, 0 interactions, 0 requests; no problems found.'

    An ``as_of`` after the newest export is refused, as ``power1000 report --as-of`` refuses
    it (:func:`check_as_of`): the page would read "0 active people".
    """
    from IPython.display import Markdown

    check_as_of(net, as_of, option="as_of")

    summary = net.summary()
    snapshots = summary["snapshots"]
    problems = summary["errors"] + summary["warnings"]
    from power1000_analysis.labels import counted

    text = (
        f"Read {counted(snapshots, 'snapshot')} of "
        f"{', '.join(net.platforms) or 'no platform'}: {counted(summary['contacts'], 'contact')}, "
        f"{counted(summary['interactions'], 'interaction')}, "
        f"{counted(summary['requests'], 'request')}; "
        + ("no problems found" if not problems else f"{counted(problems, 'problem')} found")
    )
    notes = summary["notes"]  # info rows, listed under the problems (ux8 #18)
    if notes:
        text += f"{', and' if problems else ';'} {counted(notes, 'note')}"
    if problems or notes:
        text += " (see *What could not be read?* in *Who is in my network?*)"
    text += "."
    from power1000_analysis.evidence import parse_as_of

    day = parse_as_of(as_of) if as_of is not None else net.as_of
    if day is not None and snapshots:
        text += f" Looking at the network as of {day:%Y-%m-%d}."
    if active_within_days is not None:
        text += f" Active: a sign of life in the last {active_within_days:g} days."
        # the pages that count active people carry the card's warning on that count (review10b S2)
        caveat = active_caveat(net, as_of=as_of, active_within_days=active_within_days)
        if caveat is not None:
            text += " " + active_caveat_line(caveat)
    return Markdown(text)


def problems_shown(net: Any) -> Any:
    """Every row of ``net.problems`` for a page: the warnings and errors as a table (or the
    sentence "No problems found."), then the ``info`` notes folded below them under
    "N notes: what was read differently or left out" (ux8 #18: they were dropped, among
    them "owner inferred as 'Bob' from the message threads", on which the direction of
    every message rests). Without notes: the table itself (a ``DataFrame``), or the
    sentence as ``Markdown``; with them, ``HTML`` holding both."""
    from IPython.display import HTML, Markdown

    from power1000_analysis.labels import counted

    problems = net.problems
    info = problems["severity"] == "info"
    rows, notes = problems[~info].reset_index(drop=True), problems[info].reset_index(drop=True)
    if notes.empty:
        return Markdown("No problems found.") if rows.empty else rows
    head = "<p>No problems found.</p>" if rows.empty else rows.to_html(index=False)
    summary = html.escape(f"{counted(len(notes), 'note')}: what was read differently or left out")
    return HTML(
        f'{head}<details class="notes"><summary>{summary}</summary>'
        f"{notes.to_html(index=False)}</details>"
    )


# ---------------------------------------------------------------------------- summary


def _status(net: Any, as_of: str | None) -> pd.DataFrame | None:
    """``activity.contact_status`` on ``as_of``; ``None`` when the activity analysis is not
    installed."""
    try:
        from power1000_analysis.activity import contact_status
    except ImportError:
        return None
    return contact_status(net, as_of=as_of)


def active_people(
    net: Any, *, as_of: str | None = None, status: pd.DataFrame | None = None
) -> int | None:
    """People active on ``as_of`` (``activity.contact_status``, or ``status``: its result
    for this ``as_of``), for the summary card; ``None`` when the activity analysis is not
    installed."""
    if status is None:
        status = _status(net, as_of)
    if status is None:
        return None
    return int((status["status"] == "active").sum())


def active_caveat(
    net: Any, *, as_of: str | None = None, active_within_days: float = 90.0
) -> str | None:
    """The warning that makes the card's active count unreliable, or None (review10 R9).

    An export that states no date is dated by its files' modification time; copied or
    synced files make that date the copy's, and everyone looks dormant. The loaders warn
    (``loaders.stale_file_date_warning``, several exports in one: ``file_date_problems``);
    when the date looked at is more than ``active_within_days`` after the newest record of
    such an export, the card's "N active" rests on that date and the warning belongs next
    to it. A warning whose advice ``as_of`` already follows (``Network.problems_as_of``:
    "analysed as of … as you asked") is no caveat. The warning's own words are returned.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> active_caveat(Network.empty()) is None
    True
    """
    from power1000_analysis.evidence import parse_as_of
    from power1000_analysis.loaders import FILE_DATE_WARNING

    day = parse_as_of(as_of) if as_of is not None else net.as_of
    if day is None:
        return None
    problems = net.problems_as_of(as_of).problems
    for message in problems.loc[problems["severity"] != "info", "message"].astype(str):
        found = FILE_DATE_WARNING.match(message)
        if found is None:
            continue
        # the advised --as-of is the day after the newest record (loaders.advised_as_of)
        newest = pd.Timestamp(found["day"], tz="UTC") - pd.Timedelta(days=1)
        if (pd.Timestamp(day) - newest) > pd.Timedelta(days=active_within_days):
            return message
    return None


def active_caveat_line(caveat: str | None) -> str:
    """The line a page that counts active people (02, 03, 04: ``describe`` with
    ``active_within_days``) carries under its header when :func:`active_caveat` found a
    warning, as the card does: "" when ``caveat`` is None (review10b S2).

    Example
    -------
    >>> active_caveat_line(None)
    ''
    >>> active_caveat_line("this x export states no date — analyse it with --as-of 2020-08-09")
    '**The active counts on this page may be far too low:** this x export states no date — analyse it with --as-of 2020-08-09.'
    """
    if not caveat:
        return ""
    return f"**The active counts on this page may be far too low:** {caveat.rstrip('.')}."


def active_caveat_pointer(caveat: str | None) -> str:
    """The sentence a page appends where it states its active count below its header (03's
    "Starting from N active people", 04's reach now) when :func:`active_caveat` found a
    warning: it points at :func:`active_caveat_line`; "" when ``caveat`` is None.

    Example
    -------
    >>> active_caveat_pointer("this x export states no date")
    ' That active count may be far too low: see the warning at the top of this page.'
    >>> active_caveat_pointer(None)
    ''
    """
    if not caveat:
        return ""
    return " That active count may be far too low: see the warning at the top of this page."


def summary_card(net: Any, *, as_of: str | None = None, resolved: Any = None) -> dict[str, Any]:
    """The numbers on the report's front page.

    ``resolved`` is the network as ``load`` resolved it when ``net`` is its anonymised copy
    (which keeps no resolution and names every account): how many people may be counted
    twice (``headcount.duplicate_risk``: accounts with no name, pairs waiting for review)
    is counted there, as numbers only. Default: ``net``.

    Example
    -------
    >>> from power1000_analysis.network import Network
    >>> card = summary_card(Network.empty())
    >>> card["people"], card["snapshots"]
    (0, 0)
    """
    from power1000_analysis.evidence import parse_as_of
    from power1000_analysis.growth import ALL_PLATFORMS, platform_counts
    from power1000_analysis.headcount import (
        describe_duplicates,
        describe_people,
        duplicate_risk,
        people_counts,
    )

    # each computed once (they were twice, by the card and by the headcount line: about
    # half of the card's time): the line takes them as they are
    counts = platform_counts(net, as_of=as_of)
    status = _status(net, as_of)
    overall = counts[counts["platform"] == ALL_PLATFORMS].iloc[0]
    summary = net.summary()
    people = people_counts(net, as_of=as_of, status=status, platform_table=counts)
    day = parse_as_of(as_of) if as_of is not None else None
    duplicates = duplicate_risk(net if resolved is None else resolved, as_of=as_of)
    return {
        # the date the card is of: None for the newest export ("now")
        "as_of": None if day is None else f"{day:%Y-%m-%d}",
        # headcount's "in all" (the people of pages 02, 03, 05) and how many of them no
        # export can show alive (an address book alone: the card says unknown, not 0 active)
        "people_in_all": people["in_all"],
        "activity_unknown": people["unknown"],
        "people": int(overall["people"]),
        # why "people" may count someone twice (review10 R1): nameless accounts, pairs
        # waiting for review, and the card's few words on it ("" when neither)
        "possible_duplicates": {
            key: duplicates[key] for key in ("nameless", "nameless_platforms", "pairs", "at_most")
        },
        "people_caveat": describe_duplicates(duplicates, short=True),
        "contacts": int(overall["contacts"]),
        "contacts_ever": int(summary["contacts"]),
        "goal": GOAL,
        # None where the card says unknown (no export holds interactions) or pending
        "active_people": (
            None
            if people["in_all"] and people["unknown"] == people["in_all"]
            else active_people(net, as_of=as_of, status=status)
        ),
        # the file-date warning the active count rests on (review10 R9), or None
        "active_caveat": active_caveat(net, as_of=as_of),
        "platforms": {
            str(row.platform): int(row.people)
            for row in counts.itertuples()
            if row.platform != ALL_PLATFORMS
        },
        # accounts of unknown presence on as_of per platform (none without it): a platform
        # with 0 people and some of these is "unknown", not 0 (review10b S1)
        "platforms_unknown": {
            str(row.platform): int(row.unknown)
            for row in counts.itertuples()
            if row.platform != ALL_PLATFORMS
        },
        "snapshots": int(summary["snapshots"]),
        "problems": summary["errors"] + summary["warnings"],
        "notes": summary["notes"],  # info rows, listed in 01
        # the one line that reconciles the card's count with the pages' (former contacts)
        "headcount": describe_people(net, as_of=as_of, status=status, platform_table=counts),
    }


# ---------------------------------------------------------------------------- rendering

_PAGE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}
<script src="PLOTLY_SRC"></script>
{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block body_header -%}
{{ super() }}
<nav style="padding: 0.5em 1em; font-family: sans-serif;"><a href="index.html">&larr; all pages</a></nav>
{%- endblock body_header -%}
"""


def _exporter() -> Any:
    import jinja2
    from nbconvert import HTMLExporter

    loader = jinja2.DictLoader(
        {"p1k_page.html.j2": _PAGE_TEMPLATE.replace("PLOTLY_SRC", PLOTLY_FROM_PAGES)}
    )
    return HTMLExporter(
        template_name="lab",
        template_file="p1k_page.html.j2",
        extra_loaders=[loader],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


def _title(notebook: Any, fallback: str) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _strip_for_page(notebook: Any) -> None:
    """Drop what a shared page must not show: stderr (warnings name files and paths) and
    the injected-parameters cell (it holds the export paths)."""
    kept = []
    for cell in notebook.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "injected-parameters" in tags or "parameters" in tags:
            continue
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")
            ]
        kept.append(cell)
    notebook.cells = kept


@dataclass
class PageResult:
    notebook: str
    page: str
    title: str
    seconds: float


@dataclass
class PageFailure:
    """A notebook that failed: its page is missing from the report, the index says why."""

    notebook: str
    title: str
    #: one line: the cell and the error (``cell [8]: ValueError: …``)
    error: str
    #: the executed notebook with the traceback, kept outside the report (a local path)
    kept: str

    def line(self) -> str:
        """The one line the command prints for it."""
        return f"{self.notebook} failed in {self.error} (executed notebook kept at {self.kept})"


#: longest error message an index line quotes; the executed notebook has all of it
ERROR_CHARS = 300


def _failure(notebook: Path, error: Any, kept: Path, *, anonymize: bool) -> PageFailure:
    """What the index and the command say about a notebook that failed in a cell: the
    cell, the error type and the first line of its message (cut to :data:`ERROR_CHARS`).
    An anonymised report leaves the message out: it may quote a name from the data."""
    message = str(error.evalue).strip().splitlines()[0] if str(error.evalue).strip() else ""
    if len(message) > ERROR_CHARS:
        message = message[: ERROR_CHARS - 1] + "…"
    if anonymize:
        message = "(message left out of an anonymised report)"
    text = f"cell [{error.exec_count}]: {error.ename}" + (f": {message}" if message else "")
    try:
        import nbformat

        title = _title(nbformat.read(notebook, as_version=4), notebook.stem)
    except Exception:  # the title is a nicety: a notebook that cannot be read keeps its name
        title = notebook.stem
    return PageFailure(notebook.name, title, text, str(kept))


@dataclass
class ReportResult:
    """What ``render_report`` wrote and how long it took."""

    out: Path
    pages: list[PageResult] = field(default_factory=list)
    #: notebooks that failed: no page, a line on the index (see :class:`PagesFailed`)
    failed: list[PageFailure] = field(default_factory=list)
    card: dict[str, Any] = field(default_factory=dict)
    #: the report's own load (parse, merge, resolve; from the cache where it can)
    load_seconds: float = 0.0
    #: the loads inside the notebooks, added up (each notebook loads in its own kernel)
    notebook_load_seconds: float = 0.0
    #: the same two in CPU time of the loading process (less swayed by a crowded machine)
    load_cpu_seconds: float = 0.0
    notebook_load_cpu_seconds: float = 0.0
    total_seconds: float = 0.0
    #: exports read from the cache / parsed, and whether the merged network was reused
    cache_hits: int = 0
    cache_misses: int = 0
    network_reused: bool = False
    #: notebooks that read the report's own network from its cache entry (cache.HANDOFF_ENV)
    notebooks_handed_over: int = 0

    @property
    def loading_seconds(self) -> float:
        """All the time spent loading: the report's own load and the notebooks'."""
        return self.load_seconds + self.notebook_load_seconds

    @property
    def loading_cpu_seconds(self) -> float:
        """:attr:`loading_seconds` in CPU time."""
        return self.load_cpu_seconds + self.notebook_load_cpu_seconds

    @property
    def index(self) -> Path:
        return self.out / "index.html"


def _page_links(
    pages: Sequence[PageResult], failed: Sequence[PageFailure], *, anonymize: bool
) -> str:
    """The index's list of pages in notebook order; a failed page is a line saying so,
    with its error and (not anonymised) where the executed notebook with the traceback is."""
    esc = html.escape
    items: list[tuple[str, str]] = [
        (page.notebook, f'<li><a href="{esc(page.page)}">{esc(page.title)}</a></li>')
        for page in pages
    ]
    for failure in failed:
        where = (
            "the command's message says where the executed notebook with the traceback is"
            if anonymize
            else f"the executed notebook with the traceback: {failure.kept}"
        )
        items.append(
            (
                failure.notebook,
                f'<li class="failed">{esc(failure.title)}: <strong>this page could not be '
                f"made</strong> ({esc(failure.notebook)} failed in {esc(failure.error)}; "
                f"{esc(where)})</li>",
            )
        )
    return "".join(item for _, item in sorted(items, key=lambda pair: pair[0]))


def _platforms_html(card: dict[str, Any]) -> str:
    """The card's people per platform, as list items: a platform with no one counted and
    accounts of unknown presence on the card's date (an address book first exported after
    it) says unknown, not 0 (review9 F8, review10b S1), as page 01's table does.

    >>> _platforms_html({"platforms": {"x": 2, "addressbook": 0},
    ...                  "platforms_unknown": {"addressbook": 436}, "as_of": "2016-07-15"})
    '<li>x: 2</li><li>addressbook: unknown (436 accounts of unknown presence on 2016-07-15)</li>'
    """
    from power1000_analysis.labels import counted

    unknown = card.get("platforms_unknown", {})
    items = []
    for platform, people in card["platforms"].items():
        text = f"{people:,}"
        if not people and unknown.get(platform):
            text = (
                f"unknown ({counted(unknown[platform], 'account')} of unknown presence"
                f" on {card.get('as_of')})"
            )
        items.append(f"<li>{html.escape(platform)}: {html.escape(text)}</li>")
    return "".join(items)


def _index_html(
    card: dict[str, Any],
    pages: Sequence[PageResult],
    charts: list[str],
    failed: Sequence[PageFailure] = (),
    *,
    anonymize: bool = False,
) -> str:
    from power1000_analysis.labels import counted

    esc = html.escape
    active = card["active_people"]
    # thousands separated as in the pages' prose (review10 R3: "2422" beside "2,422"); the
    # goal keeps the project's own spelling, 1000
    active_text = f"{active:,} of {card['goal']}" if active is not None else esc(ACTIVE_PENDING)
    active_label = f"active people against the goal of {card['goal']} active"
    everyone, unknown = card.get("people_in_all", 0), card.get("activity_unknown", 0)
    if everyone and unknown == everyone:
        # an address book alone: no export could show anyone alive, so not "0 of 1000" (ux8 #17)
        active, active_text = None, "unknown"
        active_label += (
            f": activity unknown for all {everyone:,} people (no interactions in these exports)"
        )
    elif unknown:
        active_label += f" (activity unknown for {unknown:,} of {everyone:,} people)"
    caveat = card.get("active_caveat")
    caveat_html = ""
    if caveat and active is not None:
        active_label += " — may be far too low: see the warning under this card"
        caveat_html = (
            '\n<p id="active-caveat"><strong>'
            + esc(f"Why {active:,} active may be far too low:")
            + "</strong> "
            + esc(caveat[:1].upper() + caveat[1:])
            + ".</p>"
        )
    when = f"on {card['as_of']}" if card.get("as_of") else "now"
    people_label = f"people in your network {when}"
    if card.get("people_caveat"):
        people_label += f" ({card['people_caveat']}: see Who is in my network?)"
    notes = card.get("notes", 0)
    problems_label = (
        ("problem" if card["problems"] == 1 else "problems")
        + " found (see each page)"
        + (f"; {counted(notes, 'note')} in <em>Who is in my network?</em>" if notes else "")
    )
    platforms = _platforms_html(card)
    applied = card.get("decisions")
    decisions = (
        ""
        if not applied
        else '\n<p id="decisions">'
        + esc(
            f"Your decisions on who is who, applied: {applied['count']}"
            f" (from {applied['file'] or 'your decisions file'})."
        )
        + "</p>"
    )
    links = _page_links(pages, failed, anonymize=anonymize)
    chart_links = "".join(
        f'<li><a href="charts/{esc(name)}">{esc(name)}</a></li>' for name in charts
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>power1000 report</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       color: #222; }}
.card {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(11em, 1fr)); gap: 1em;
         border: 1px solid #ddd; border-radius: 8px; padding: 1em; background: #fafafa; }}
.card div {{ display: flex; flex-direction: column; }}
.card .value {{ font-size: 1.6em; font-weight: 600; }}
.card .pending {{ font-size: 1em; font-weight: normal; color: #777; }}
.card .label {{ color: #555; }}
</style>
</head>
<body>
<h1>Do I have 1000 active, genuine contacts?</h1>
<section class="card" id="summary">
  <div><span class="value" id="people">{card["people"]:,}</span>
       <span class="label">{esc(people_label)}</span></div>
  <div><span class="value{"" if active is not None else " pending"}" id="active-people">{active_text}</span>
       <span class="label">{esc(active_label)}</span></div>
  <div><span class="value" id="snapshots">{card["snapshots"]:,}</span>
       <span class="label">{"snapshot" if card["snapshots"] == 1 else "snapshots"} read</span></div>
  <div><span class="value" id="problems">{card["problems"]:,}</span>
       <span class="label">{problems_label}</span></div>
</section>{caveat_html}
<p id="headcount">{esc(card["headcount"])}</p>{decisions}
<p>People per platform (someone on several platforms counts on each):</p>
<ul>{platforms}</ul>
<h2>Pages</h2>
<ol id="pages">{links}</ol>
<h2>Charts</h2>
<p>Interactive (HTML) and static (PNG, SVG) copies of every chart. A PNG or SVG can be
sent on its own; the HTML files use the report's one copy of plotly.js (in <code>assets/</code>),
so share them with the whole report folder (a file sent alone says so instead of a chart).</p>
<ul id="charts">{chart_links}</ul>
</body>
</html>
"""


#: the file in a report folder listing what ``render_report`` wrote there (relative paths):
#: a re-render replaces those and nothing else, and a folder without it (or an older
#: version's ``report.json``) that is not empty is refused (review10 R12).
MARKER = ".power1000-report.json"
#: what a report of a version before :data:`MARKER` wrote, besides its ``charts/`` files.
_LEGACY_FILES = ("index.html", "report.json", "assets/plotly.min.js")


class OutFolderInUse(ValueError):
    """``out`` is not empty and holds no report written by power1000: nothing is written
    there (the user's own ``assets/`` or ``charts/`` would be replaced). ``power1000
    report`` exits with code 2."""


def _inside(out: Path, relative: str) -> bool:
    """``relative`` names a file strictly inside ``out`` (no ``..``, no absolute path, no
    symlinked folder on the way): a damaged or planted marker cannot make a re-render
    delete anything elsewhere."""
    path = Path(relative)
    if path.is_absolute() or not path.parts or ".." in path.parts:
        return False
    return (out / path).parent.resolve() == out.resolve() / path.parent


def _is_legacy_report(record: Path) -> bool:
    try:
        summary = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(summary, dict) and {"summary", "pages", "timings"} <= set(summary)


def earlier_report_files(out: str | os.PathLike[str]) -> list[str]:
    """What an earlier report wrote in ``out`` (relative paths; ``[]`` when ``out`` is
    missing or empty): the files a new report there replaces.

    Raises :class:`OutFolderInUse` when ``out`` is a file, or a folder that is not empty and
    holds neither :data:`MARKER` nor an earlier version's ``report.json``: its files are the
    user's, and a report there would mix with (or once replaced) them.

    Example
    -------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> earlier_report_files(folder / "report")
    []
    >>> _ = (folder / "notes.txt").write_text("mine")
    >>> earlier_report_files(folder)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    power1000_analysis.report.OutFolderInUse: --out ... report (1 entry: notes.txt)...
    """
    out = Path(out)
    if not out.exists() and not out.is_symlink():
        return []
    if not out.is_dir():
        raise OutFolderInUse(f"--out {out} is a file, not a folder: give a folder for the report")
    entries = sorted(entry.name for entry in out.iterdir())
    if not entries:
        return []
    marker = out / MARKER
    if marker.is_file():
        try:
            listed = json.loads(marker.read_text(encoding="utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise OutFolderInUse(
                f"--out {out}: its {MARKER} (the list of what an earlier report wrote there) "
                f"cannot be read ({error}); delete the folder's report files yourself, or "
                "choose another folder"
            ) from error
        return sorted(
            name
            for name in listed
            if isinstance(name, str) and name != MARKER and _inside(out, name)
        )
    if _is_legacy_report(out / "report.json"):
        # written before the marker existed: what that version wrote, where it still is
        charts = out / "charts"
        written = [name for name in _LEGACY_FILES if (out / name).is_file()]
        written += [f.name for f in out.glob("[0-9][0-9]_*.html") if f.is_file()]
        if charts.is_dir() and not charts.is_symlink():
            written += [f"charts/{f.name}" for f in charts.iterdir() if f.is_file()]
        return sorted(written)
    shown = ", ".join(entries[:5]) + (", …" if len(entries) > 5 else "")
    raise OutFolderInUse(
        f"--out {out} is not empty and holds no earlier power1000 report "
        f"({len(entries)} entr{'y' if len(entries) == 1 else 'ies'}: {shown}). A report "
        "replaces only what an earlier report wrote, never your files, so it is not "
        f"written here: choose a new or empty folder, e.g. --out {out / 'power1000-report'}"
    )


def _check_targets(out: Path, targets: Iterable[tuple[str, bool]], earlier: Sequence[str]) -> None:
    """Refuse (:class:`OutFolderInUse`, naming each path and what the report writes there)
    when a name the report writes in ``out`` is taken by the other kind of entry: a folder
    where it writes a file (``index.html/``), or a file (or a dangling link) where it writes
    a folder, that no earlier report wrote (``earlier``). ``targets``: (relative name, is a
    folder) pairs; :data:`MARKER` is checked too. Nothing is touched, so a refusal leaves
    the earlier report as it was (review10b S3: the check came after its files were deleted
    and some new ones moved in)."""
    gone = set(earlier)
    taken = []
    for name, is_folder in [*targets, (MARKER, False)]:
        target = out / name
        if is_folder:
            if (
                (target.exists() or target.is_symlink())
                and not target.is_dir()
                and name not in gone
            ):
                taken.append(f"{target} is a file, where the report writes a folder")
        elif target.is_dir() and not target.is_symlink():
            taken.append(f"{target} is a folder, where the report writes a file")
    if taken:
        shown = "; ".join(taken[:5]) + (f"; and {len(taken) - 5} more" if len(taken) > 5 else "")
        raise OutFolderInUse(
            f"--out {out}: {shown}. Nothing was written or deleted: move "
            f"{'it' if len(taken) == 1 else 'them'} away, or choose another folder"
        )


def _planned_targets(notebooks: Iterable[Path]) -> list[tuple[str, bool]]:
    """The names :func:`render_report` writes in ``out`` that are known before it runs a
    notebook (the chart files are not): (relative name, is a folder) pairs."""
    pages = [(f"{Path(notebook).stem}.html", False) for notebook in notebooks]
    return [
        ("assets", True),
        ("assets/plotly.min.js", False),
        ("charts", True),
        ("index.html", False),
        ("report.json", False),
        *pages,
    ]


def _publish(staging: Path, out: Path, earlier: Sequence[str] | None = None) -> None:
    """Move the finished report into ``out``: the files an earlier report wrote there
    (``earlier``, default :func:`earlier_report_files`) are replaced, nothing else is
    touched, and :data:`MARKER` lists what this one wrote. Every name is checked first
    (:func:`_check_targets`): a refusal changes nothing."""
    if earlier is None:
        earlier = earlier_report_files(out)
    _check_targets(
        out,
        [
            (item.relative_to(staging).as_posix(), item.is_dir())
            for item in sorted(staging.rglob("*"))
        ],
        earlier,
    )
    out.mkdir(parents=True, exist_ok=True)
    for name in earlier:
        target = out / name
        if target.is_symlink() or target.is_file():
            target.unlink()
    # the earlier report's folders, deepest first, if that left them empty (a file of the
    # user's in one keeps it)
    folders = {parent for name in earlier for parent in Path(name).parents if parent.parts}
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        with contextlib.suppress(OSError):
            (out / folder).rmdir()
    written = []
    for item in sorted(staging.rglob("*")):
        relative = item.relative_to(staging)
        target = out / relative
        if item.is_dir():
            target.mkdir(exist_ok=True)
            continue
        if target.exists() or target.is_symlink():
            target.unlink()  # a file of a name the report writes (the report's, after all)
        shutil.move(str(item), target)
        written.append(relative.as_posix())
    if (out / MARKER).is_symlink():
        (out / MARKER).unlink()  # written here, not through a link to elsewhere
    (out / MARKER).write_text(
        json.dumps({"written_by": "power1000 report", "files": written}, indent=1) + "\n",
        encoding="utf-8",
    )


@contextlib.contextmanager
def _environment(name: str, value: str | None) -> Iterator[None]:
    """Set (``value``) or unset (``None``) the environment variable ``name`` meanwhile: the
    notebook kernels started meanwhile inherit it."""
    before = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@contextlib.contextmanager
def _load_log(path: Path) -> Iterator[Callable[[], list[dict[str, Any]]]]:
    """Have every ``load`` in the notebook kernels (started meanwhile, inheriting the
    environment) note its time in ``path``; yields a function that reads the notes."""
    from power1000_analysis.network import LOAD_LOG_ENV

    def read() -> list[dict[str, Any]]:
        if not path.exists():
            return []
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    with _environment(LOAD_LOG_ENV, str(path)):
        yield read


#: how often a notebook's kernel may fail to start before the report gives up
KERNEL_STARTS = 3


def execute_notebook(
    notebook: str | os.PathLike[str],
    executed: str | os.PathLike[str],
    *,
    parameters: dict[str, Any],
    cwd: str | os.PathLike[str],
    log_output: bool = False,
) -> None:
    """Run one notebook with papermill in a fresh ``python3`` kernel, starting the kernel
    again (up to :data:`KERNEL_STARTS` times) when it dies before answering.

    jupyter_client picks the kernel's five TCP ports by binding port 0 and letting go;
    when two kernels start at once (two reports, or the test suite's workers) another
    process can take a port in between, and the new kernel dies with ZMQ's "Address
    already in use" before its first reply (seen once in the suite under load). No cell
    has run then, so starting again is safe. Errors raised by the notebook's own cells
    (``PapermillExecutionError``) are never retried.

    On POSIX the kernel talks over IPC (Unix sockets in a temporary folder of its own), not
    TCP: ipykernel warns once per kernel that TCP "is sent in plain text and is
    susceptible to eavesdropping" (five lines on every report, although only on localhost),
    and no port is picked, so the race above cannot happen there. The folder must be the
    kernel's own: jupyter_client's default IPC name is ``kernel-ipc-N`` in the working
    folder, which two kernels started at once in ``notebooks/`` shared (the suite's
    workers: "Invalid Signature" from the other kernel's socket).
    """
    import papermill

    for attempt in range(1, KERNEL_STARTS + 1):
        with tempfile.TemporaryDirectory(prefix="p1k-kernel-") as sockets:
            try:
                papermill.execute_notebook(
                    str(notebook),
                    str(executed),
                    parameters=parameters,
                    kernel_name="python3",
                    cwd=str(cwd),
                    progress_bar=False,
                    log_output=log_output,
                    kernel_manager_class=_quiet_shutdown_kernel_manager(),
                    **_transport(Path(sockets)),
                )
                return
            except RuntimeError as error:
                if "Kernel died before replying to kernel_info" not in str(error):
                    raise
                if attempt < KERNEL_STARTS:
                    warnings.warn(
                        f"{Path(notebook).name}: the notebook kernel died before it started "
                        f"(try {attempt} of {KERNEL_STARTS}); starting it again",
                        RuntimeWarning,
                        stacklevel=2,
                    )
                else:
                    raise RuntimeError(
                        f"{Path(notebook).name}: the notebook kernel died before it started, "
                        f"{KERNEL_STARTS} times (last error: {error})"
                    ) from error


@functools.cache
def _quiet_shutdown_kernel_manager() -> type[Any]:
    """jupyter_client's kernel manager, without the interrupt before a shutdown.

    ``shutdown_kernel`` sends the kernel SIGINT before its shutdown request, and a kernel
    caught inside a request handler at that moment logs ``[IPKernelApp] ERROR |
    KeyboardInterrupt caught in kernel.`` on the report's stderr (3 of the
    reviewer's 16 reports on a crowded machine, successful ones included), which reads like an error.
    It is harmless: a notebook's kernel is shut down only after every cell has answered
    (the report sets no cell timeout, so nothing else ever interrupts a kernel), so there
    is nothing left to interrupt. This manager skips that interrupt while shutting down;
    the shutdown request, then SIGTERM and SIGKILL after ``shutdown_wait_time``, still
    end a kernel that does not stop.
    """
    from jupyter_client.manager import AsyncKernelManager

    class QuietShutdownKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return
            await super()._async_interrupt_kernel()

        interrupt_kernel = _async_interrupt_kernel

    return QuietShutdownKernelManager


def _transport(folder: Path) -> dict[str, Any]:
    """papermill's options for a kernel on IPC sockets in ``folder`` (see
    :func:`execute_notebook`); none (TCP) off POSIX or where the socket path would pass
    the ~100-byte limit of a Unix socket name."""
    from traitlets.config import Config

    name = str(folder / "kernel")
    if os.name != "posix" or len(name) > 90:
        return {}
    return {"config": Config({"KernelManager": {"transport": "ipc", "ip": name}})}


def _group_size(notebook: Path, anonymize: bool) -> dict[str, int]:
    """``min_group_size`` for a notebook that declares it, anonymising: the report's own
    smallest group (``anonymize.MIN_GROUP_SIZE``, the 5 the README and ``--help``
    promise), not whatever the notebook's default says. Other notebooks get nothing
    (papermill warns about a parameter a notebook does not declare)."""
    from power1000_analysis.anonymize import MIN_GROUP_SIZE

    if not anonymize:
        return {}
    import nbformat

    cells = nbformat.read(notebook, as_version=4).cells
    declared = any(
        "parameters" in cell.metadata.get("tags", []) and "min_group_size" in cell.source
        for cell in cells
    )
    return {"min_group_size": MIN_GROUP_SIZE} if declared else {}


def render_report(
    exports: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    as_of: str | None = None,
    anonymize: bool = False,
    formats: Iterable[str] = CHART_FORMATS,
    seed: int = 0,
    cache_dir: str | os.PathLike[str] | bool | None = True,
    notebooks: Sequence[Path] | None = None,
    progress: bool = True,
    decisions: str | os.PathLike[str] | None = None,
) -> ReportResult:
    """Execute every notebook on ``exports`` and write the report folder ``out``.

    Parameters
    ----------
    exports
        Export zips, folders or files (as for ``load``).
    out
        The report folder: new, empty, or one an earlier report was written to (the files
        that report wrote are replaced, nothing else: :data:`MARKER`).
    as_of
        Analyse as of this date (``YYYY-MM-DD``, 00:00 UTC of that day; default: the newest
        export). Another string is a ``ValueError`` (``evidence.parse_as_of``); a date after
        the newest export's day is :class:`AsOfAfterExports` (:func:`check_as_of`).
    anonymize
        Pseudonymise every name, handle, URL and e-mail, and check the output for leaks.
    formats
        Chart files to write: any of ``html``, ``png``, ``svg``.
    seed
        Seed for pseudonyms and any randomness in the notebooks.
    cache_dir
        Where parsed exports and the merged network are cached (``True``: beside the data;
        ``None``: no cache). The report loads once itself (timed as ``load_seconds``), then
        each notebook loads from the same cache (added up as ``notebook_load_seconds``).
    notebooks
        The notebooks to run (default: all of ``notebooks/``).
    progress
        Show a progress bar (notebook i of N) on stderr.
    decisions
        The user's decisions file (``power1000 people review|merge|split``): the report's
        own load and every notebook's (parameter ``decisions``) apply it; ``None``: none.

    Raises
    ------
    PagesFailed
        One or more notebooks failed in a cell: every other page, the charts and the
        index are written all the same (the index lists each failed page with its error
        in one line), then this is raised with the message naming the failed pages and
        where each executed notebook with its traceback is kept; ``error.result`` is
        what was written.
    AsOfAfterExports
        ``as_of`` is after the newest export's day (nothing is written).
    OutFolderInUse
        ``out`` is not empty and holds no earlier report, or holds a folder where the report
        writes a file (or a file where it writes a folder): nothing is written or deleted.
    ReportError
        With ``anonymize``, a personal string was found in the output (nothing is
        written), or no notebooks were found.
    """
    import nbformat
    from papermill.exceptions import PapermillExecutionError
    from plotly.offline import get_plotlyjs
    from tqdm import tqdm

    from power1000_analysis.anonymize import (
        find_leaks,
        for_report,
        leak_summary,
        salt_folder,
        sensitive_strings,
    )
    from power1000_analysis.cache import HANDOFF_ENV, ExportCache, default_cache_dir
    from power1000_analysis.evidence import parse_as_of
    from power1000_analysis.network import load

    parse_as_of(as_of)  # an ISO date or nothing: refused here, not in every notebook
    started = time.perf_counter()
    chosen = [f for f in formats if f]
    unknown = set(chosen) - set(CHART_FORMATS)
    if unknown:
        raise ValueError(f"unknown chart format(s) {sorted(unknown)}; choose from {CHART_FORMATS}")
    paths = [str(Path(p).expanduser().resolve()) for p in exports]
    # absolute: the kernels run in the notebooks' folder
    decisions_file = None if decisions is None else str(Path(decisions).expanduser().resolve())
    out_dir = Path(out).expanduser().resolve()
    earlier = earlier_report_files(out_dir)  # refused before any work: OutFolderInUse
    pages_in = list(notebooks) if notebooks is not None else notebook_paths()
    if not pages_in:
        looked = " and ".join(str(folder) for folder in _notebook_folders())
        raise ReportError(
            f"no notebooks found (looked for NN_*.ipynb in {looked}): run from a clone of the"
            " repository (pip install -e .) or a wheel built from one"
        )
    if out_dir.is_dir():  # a folder where it writes index.html, say: refused before any work too
        _check_targets(out_dir, _planned_targets(pages_in), earlier)
    cache_folder: Path | None = None
    if cache_dir is True:
        cache_folder = default_cache_dir(paths)
    elif cache_dir not in (None, False):
        # absolute: the kernels run in the notebooks' folder
        cache_folder = Path(cache_dir).expanduser().resolve()  # type: ignore[arg-type]

    # Load once here, as the notebooks do (same cache, identity resolved): the summary card,
    # the leak scan's list of originals, and a warm cache for the notebooks.
    load_started, load_cpu_started = time.perf_counter(), time.process_time()
    store = ExportCache(cache_folder) if cache_folder is not None else None
    net = load(*paths, cache_dir=store, decisions=decisions_file)
    check_as_of(net, as_of)
    load_seconds = time.perf_counter() - load_started
    load_cpu_seconds = time.process_time() - load_cpu_started
    # the kernels read this very network from its cache entry (cache.HANDOFF_ENV)
    handoff = store.handoff(paths, decisions=decisions_file) if store is not None else None
    secrets = sensitive_strings(net) if anonymize else set()
    # the kernels find the same pseudonym secret from their exports and cache_dir parameters
    salt_dir = salt_folder(paths, cache_folder)
    from power1000_analysis.identity.decisions import read_decisions

    card = summary_card(
        for_report(net, anonymize=anonymize, seed=seed, salt_dir=salt_dir),
        as_of=as_of,
        resolved=net,
    )
    # say on the front page that the user's decisions were applied (a stale file for the
    # same exports would otherwise change the people silently); its name only when not
    # anonymised
    card["decisions"] = (
        None
        if decisions_file is None
        else {
            "count": len(read_decisions(decisions_file)),
            "file": None if anonymize else Path(decisions_file).name,
        }
    )

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        (staging / "assets").mkdir()
        (staging / "assets" / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
        charts = staging / "charts"
        charts.mkdir()
        parameters: dict[str, Any] = {
            "exports": paths,
            "as_of": as_of,
            "anonymize": bool(anonymize),
            "seed": int(seed),
            "charts_dir": str(charts) if chosen else None,
            "chart_formats": chosen,
            "cache_dir": str(cache_folder) if cache_folder is not None else None,
            "decisions": decisions_file,
        }
        exporter = _exporter()
        result = ReportResult(
            out=out_dir, card=card, load_seconds=load_seconds, load_cpu_seconds=load_cpu_seconds
        )
        bar = tqdm(
            pages_in, desc="notebooks", unit="notebook", disable=not progress, file=sys.stderr
        )
        with (
            tempfile.TemporaryDirectory(prefix="power1000-run-") as scratch,
            _load_log(Path(scratch) / "loads.jsonl") as loads,
            _environment(HANDOFF_ENV, handoff),
        ):
            for number, notebook in enumerate(bar, start=1):
                bar.set_description(f"notebook {number} of {len(pages_in)}: {notebook.stem}")
                executed = Path(scratch) / notebook.name
                page_started = time.perf_counter()
                try:
                    execute_notebook(
                        notebook,
                        executed,
                        parameters=parameters | _group_size(notebook, anonymize),
                        cwd=notebook.parent,
                    )
                except PapermillExecutionError as error:
                    # the other pages are still made: a user with, say, only an X archive
                    # gets every page that works and a line saying which did not
                    kept = Path(tempfile.mkdtemp(prefix="power1000-failed-")) / notebook.name
                    if executed.exists():
                        shutil.copy(executed, kept)
                    result.failed.append(_failure(notebook, error, kept, anonymize=anonymize))
                    continue
                document = nbformat.read(executed, as_version=4)
                title = _title(document, notebook.stem)
                document.metadata["title"] = title
                _strip_for_page(document)
                body, _ = exporter.from_notebook_node(document)
                page = f"{notebook.stem}.html"
                (staging / page).write_text(body, encoding="utf-8")
                result.pages.append(
                    PageResult(notebook.name, page, title, time.perf_counter() - page_started)
                )
            records = loads()
            result.notebook_load_seconds = sum(record["seconds"] for record in records)
            result.notebook_load_cpu_seconds = sum(r.get("cpu_seconds", 0.0) for r in records)
            result.notebooks_handed_over = sum(bool(r.get("handed_over")) for r in records)
        chart_files = sorted(p.name for p in charts.iterdir())
        (staging / "index.html").write_text(
            _index_html(card, result.pages, chart_files, result.failed, anonymize=anonymize),
            encoding="utf-8",
        )
        result.cache_hits = store.hits if store else 0
        result.cache_misses = store.misses if store else 0
        result.network_reused = bool(store and store.network_hits)
        result.total_seconds = time.perf_counter() - started
        (staging / "report.json").write_text(
            json.dumps(
                {
                    "anonymized": bool(anonymize),
                    "as_of": as_of,
                    "summary": card,
                    "pages": [page.__dict__ for page in result.pages],
                    # no error text or path: both may name the user's data
                    "failed_pages": [failure.notebook for failure in result.failed],
                    "timings": {
                        "load_seconds": round(load_seconds, 3),
                        "notebook_load_seconds": round(result.notebook_load_seconds, 3),
                        "load_cpu_seconds": round(load_cpu_seconds, 3),
                        "notebook_load_cpu_seconds": round(result.notebook_load_cpu_seconds, 3),
                        "total_seconds": round(result.total_seconds, 3),
                    },
                    "cache": {
                        "hits": result.cache_hits,
                        "misses": result.cache_misses,
                        "network_reused": result.network_reused,
                        "notebooks_handed_over": result.notebooks_handed_over,
                    },
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        if anonymize:
            leaks = find_leaks(staging, secrets)
            if leaks:
                raise ReportError(
                    leak_summary(leaks) + "; nothing was written (please report this bug)"
                )
        _publish(staging, out_dir, earlier)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if result.failed:
        written = len(result.pages)
        raise PagesFailed(
            f"{len(result.failed)} of {len(pages_in)} pages failed, the other {written} "
            f"and the index are in {result.index}: "
            + "; ".join(failure.line() for failure in result.failed),
            result,
        )
    return result
