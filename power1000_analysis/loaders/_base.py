"""What every platform loader returns, and the protocol it implements.

A loader module or package (``linkedin``, ``facebook.py`` …) exposes:

- ``PLATFORM``: the canonical platform name (``"linkedin"``);
- ``GENERATIONS``: the export generations it knows, for error messages;
- ``detect(archive) -> list[Detection]``: where in the archive its exports are, by content;
- ``read(archive, detection) -> LoadedExport``: the frames of one export (one snapshot).

Loaders read and reshape only (DESIGN.md §5): no scoring, no identity merging, no date filters.
Per-snapshot frames omit ``first_seen_at``/``last_seen_at``/``is_current``/``person_id``; the
merge in ``network.py`` fills them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import pandas as pd

from power1000_analysis.loaders._archive import Archive
from power1000_analysis.schema import conform

__all__ = ["POST_COLUMNS", "Detection", "LoadedExport", "Loader", "ProblemLog", "empty_posts"]

#: the owner's own posts with their engagement counts (``Network.posts``): platform, post
#: id, time, likes and reposts as the export saw them (counts grow: the newest snapshot
#: holds the largest), whether the post replies to another.
POST_COLUMNS = ("platform", "post_id", "at", "likes", "reposts", "is_reply")


def empty_posts() -> pd.DataFrame:
    """A posts frame with no rows and the canonical dtypes.

    Example
    -------
    >>> list(empty_posts().columns) == list(POST_COLUMNS)
    True
    """
    return pd.DataFrame(
        {
            "platform": pd.Series(dtype=object),
            "post_id": pd.Series(dtype=object),
            "at": pd.Series(dtype="datetime64[ns, UTC]"),
            "likes": pd.Series(dtype="Int64"),
            "reposts": pd.Series(dtype="Int64"),
            "is_reply": pd.Series(dtype=bool),
        }
    )


@dataclass(frozen=True)
class Detection:
    """One export found inside an archive.

    ``root`` is the folder (relative to the archive, "" for its top) that holds the export;
    ``confidence`` orders competing claims (a generic CSV claims weakly, a LinkedIn
    ``Connections.csv`` strongly); ``evidence`` says what was seen, for ``inspect``.
    ``files`` restricts the export to some members (e.g. one .car of a folder of several).
    """

    platform: str
    generation: str
    root: str = ""
    confidence: int = 50
    evidence: str = ""
    files: tuple[str, ...] | None = None


class ProblemLog:
    """Collects ``problems`` rows while a loader reads (errors as values, DESIGN.md §5).

    Example
    -------
    >>> log = ProblemLog()
    >>> log.add("x.csv", "row 3: bad date", severity="warning", n_skipped=1)
    >>> log.frame()[["source", "n_skipped"]].values.tolist()
    [['x.csv', 1]]
    """

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(
        self, source: str, message: str, *, severity: str = "warning", n_skipped: int = 0
    ) -> None:
        self.rows.append(
            {
                "source": source,
                "severity": severity,
                "message": message,
                "n_skipped": int(n_skipped),
            }
        )

    def extend(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)

    def frame(self) -> pd.DataFrame:
        return conform("problems", pd.DataFrame(self.rows) if self.rows else None)


@dataclass
class LoadedExport:
    """The frames of one export (one snapshot of one account on one platform)."""

    platform: str
    generation: str
    source: str
    owner: str | None = None
    exported_at: pd.Timestamp | None = None
    contacts: pd.DataFrame | None = None
    interactions: pd.DataFrame | None = None
    requests: pd.DataFrame | None = None
    problems: pd.DataFrame | None = None
    #: what the export does not contain at all (e.g. {"requests": "no friend-request files"}),
    #: so that analyses can say "not exported" rather than "zero".
    missing: dict[str, str] = field(default_factory=dict)
    #: members read or recognised; everything else under the root is reported as unknown.
    files_read: set[str] = field(default_factory=set)
    #: recognised members the loader deliberately does not read (blocked lists, address-book
    #: uploads, engagement naming nobody …), each with why ("" when there is nothing to add):
    #: ``read_export`` lists them in one ``info`` problem, so the user hears they were not used.
    #: Set through :meth:`not_used`.
    files_not_used: dict[str, str] = field(default_factory=dict)
    #: free-form counts for ``snapshots`` (e.g. hidden_connections for LinkedIn).
    extra: dict[str, Any] = field(default_factory=dict)
    owner_details: dict[str, Any] = field(default_factory=dict)
    #: the owner's own posts with engagement counts (``POST_COLUMNS``), where the export
    #: carries them (the X archive); None otherwise.
    posts: pd.DataFrame | None = None

    def not_used(self, name: str, reason: str = "") -> None:
        """Record member ``name`` as recognised but not read (see ``files_not_used``)."""
        self.files_read.add(name)
        self.files_not_used[name] = reason


class Loader(Protocol):
    PLATFORM: str
    GENERATIONS: tuple[str, ...]

    def detect(self, archive: Archive) -> list[Detection]: ...

    def read(self, archive: Archive, detection: Detection) -> LoadedExport: ...
