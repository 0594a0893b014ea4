"""Find the exports in the paths a user gives, detect each one's platform by content, read them.

``discover(*paths)`` turns paths (zips, folders, several parts of a Meta download, a folder
holding many exports) into :class:`FoundExport` records; ``read_export`` runs the right
loader on one of them. ``power1000_analysis.load`` (network.py) merges the results.

Example
-------
>>> REGISTRY["linkedin"].PLATFORM
'linkedin'
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TypeVar

import numpy as np
import pandas as pd

from power1000_analysis.loaders import twitter
from power1000_analysis.loaders._archive import (
    Archive,
    ExcludingArchive,
    ExportFormatError,
    FolderArchive,
    MemberReadError,
    MultiArchive,
    SubArchive,
    inner_archives,
    member_named,
    open_archive,
)
from power1000_analysis.loaders._base import Detection, LoadedExport, Loader, ProblemLog
from power1000_analysis.loaders._text import find_date_in_name
from power1000_analysis.schema import conform, validate

__all__ = [
    "LOADER_MODULES",
    "REGISTRY",
    "Detection",
    "ExportFormatError",
    "FoundExport",
    "LoadedExport",
    "describe_generation",
    "detect",
    "discover",
    "discover_each",
    "platform_keys",
    "read_export",
    "without_file_names",
]

#: platform module names, in detection priority order (specific before generic).
LOADER_MODULES: tuple[str, ...] = (
    "linkedin",
    "facebook",
    "instagram",
    "twitter",
    "mastodon",
    "bluesky",
    "addressbook",
    "generic_csv",
)

REGISTRY: dict[str, Loader] = {}
for _module_name in LOADER_MODULES:
    _module = importlib.import_module(f"power1000_analysis.loaders.{_module_name}")
    REGISTRY[_module.PLATFORM] = _module


@dataclass
class FoundExport:
    """One export located in the user's paths, ready to be read.

    ``unclaimed`` names the files of the same path that no loader claimed (not media, not
    inside any export's scope), relative to the path given (``notes.txt``, ``sub/notes.txt``,
    ``part.zip::notes.txt`` for a member of a zip inside the given folder): never the
    absolute path, which holds the user's home and folder names. ``read_export`` records
    them as a ``problems`` row of this export (source ``unclaimed_source``, the path given),
    so that nothing given is dropped silently.
    """

    archive: Archive
    detection: Detection
    unclaimed: tuple[str, ...] = ()
    unclaimed_source: str = ""
    #: paths given beside this export that hold no export at all, and archives inside a
    #: folder given that cannot be read (a broken zip, one past the size limits) (path as
    #: given, what was found there): ``read_export`` records one ``problems`` row for each
    #: (source: the path)
    rejected: tuple[tuple[str, str], ...] = ()

    @property
    def platform(self) -> str:
        return self.detection.platform

    @property
    def label(self) -> str:
        return self.archive.label


def detect(archive: Archive) -> list[Detection]:
    """Every export any loader claims in ``archive``; competing claims on one root keep the
    most confident one. A claim limited to some files (``Detection.files``: a Grailbird
    tweets.csv, a .car, a vCard book) competes only with claims on the same files, so it is
    kept beside the export of the folder it sits in."""
    claims: list[Detection] = []
    for loader in REGISTRY.values():
        claims.extend(_around_damage(archive, loader.detect)[0])
    best: dict[tuple[str, tuple[str, ...] | None], Detection] = {}
    for claim in claims:
        key = (claim.root, claim.files)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    # A claim on a folder nested inside another claim of the same platform belongs to it.
    kept = []
    for claim in best.values():
        inside_other = any(
            other is not claim
            and other.platform == claim.platform
            and other.files is None
            and (other.root == "" or claim.root.startswith(other.root + "/"))
            and other.root != claim.root
            for other in best.values()
        )
        if not inside_other:
            kept.append(claim)
    return sorted(kept, key=lambda d: (d.root, d.platform))


#: damaged members one export may have before reading it stops with the first error
MAX_DAMAGED_MEMBERS = 20

_T = TypeVar("_T")


def _around_damage(
    archive: Archive, run: Callable[[Archive], _T]
) -> tuple[_T, dict[str, MemberReadError]]:
    """``run(archive)``; when a member turns out damaged (``MemberReadError``), again on the
    archive without it, so that a loader recognises and reads an export from its other
    files. Returns the result and the damaged members (name in ``archive`` → error). An
    error about no member of ``archive``, or past ``MAX_DAMAGED_MEMBERS``, is raised."""
    damaged: dict[str, MemberReadError] = {}
    view = archive
    while True:
        try:
            return run(view), damaged
        except MemberReadError as error:
            name = member_named(archive, error)
            if name is None or name in damaged or len(damaged) >= MAX_DAMAGED_MEMBERS:
                raise
            damaged[name] = error
            view = ExcludingArchive(archive, damaged)


#: what ``discover`` looks for, in plain words (errors and "not an export" problems say it)
EXPECTED = (
    "an export downloaded from LinkedIn, Facebook, Instagram, X, Mastodon or Bluesky (the "
    "zip, or its unpacked folder), an address book (.vcf, Google or Outlook CSV), or the "
    "generic CSV (see `power1000 formats`)"
)


def _what_is_there(path: Path, names: list[str]) -> str:
    """What a path that holds no export holds, in a few words: ``the folder is empty``,
    ``the zip holds 3 files: a.txt, b.txt, c.doc``."""
    kind = "folder" if path.is_dir() else "zip" if path.suffix.lower() == ".zip" else None
    if kind is None:
        return "a file power1000 does not read"
    if not names:
        return f"the {kind} is empty"
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    return f"the {kind} holds {len(names)} file{'s' if len(names) != 1 else ''}: {shown}"


_PART = re.compile(r"(?i)([-_ ]?(part)?[-_ ]?\d{1,2})$")


def _part_group_key(archive: Archive, detection: Detection) -> str | None:
    """Meta numbers the zips of one big download; parts share everything but the number."""
    if detection.platform not in ("facebook", "instagram"):
        return None
    # a part with a top folder is a SubArchive labelled "part1.zip::folder": name by the zip
    # (the innermost one: "bundle.zip::part1.zip::folder" is a zip inside a zip)
    zips = [p for p in archive.label.split("::") if p.lower().endswith((".zip", ".tar.gz", ".tgz"))]
    stem = Path(zips[-1] if zips else archive.label.split("::")[0]).name
    for suffix in (".zip", ".tar.gz", ".tgz"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    stem = _PART.sub("", stem)
    return f"{detection.platform}:{stem}:{detection.root}"


def _expand(path: Path, unreadable: list[tuple[str, str]] | None = None) -> list[Archive]:
    """A path → the archives in it: itself, or for a folder, its loose files plus every
    archive file found inside (each archive is its own candidate export), or for a zip
    that holds no export but zips, those zips (``inner_archives``: a zip of zips is read
    as a folder of zips).

    A nested archive that cannot be opened (a broken zip) is left out and listed in
    ``unreadable`` as ``(its path, what is wrong)``, so that the folder's other exports
    still load; without ``unreadable`` the error is raised."""
    if not path.is_dir():
        archive = open_archive(path)
        if not any(n.lower().endswith(".zip") for n in archive.names()) or detect(archive):
            return [archive]  # an export that holds a zip (an attachment) is just an export
        inner = inner_archives(archive)
        # a zip of zips: read like a folder of zips, the zips left out of the outer view
        outer = ExcludingArchive(
            archive, [n for n in archive.names() if n.lower().endswith(".zip")]
        )
        return [outer, *inner]
    folder = FolderArchive(path, split_archives=True)  # one walk: members and nested archives
    archives: list[Archive] = [folder]
    for nested in folder.nested:
        try:
            archives.append(open_archive(nested))
        except ExportFormatError as error:
            if unreadable is None:
                raise
            unreadable.append((os.fspath(nested), _nested_reason(error, nested)))
    return archives


def _nested_reason(error: ExportFormatError, nested: Path | str) -> str:
    """What is wrong with an archive found inside a given folder, without its path (the
    ``problems`` row's source names it): ``not a readable zip file (…)``,
    ``Connections.csv: compression ratio …``."""
    return _short_reason(str(error), Path(nested)).replace(f"{os.fspath(nested)}::", "")


#: Files that no loader reads although they come from a known export, with what to say.
#: Bluesky's "Download chat data" (``chat.jsonl``, the messages you sent): the line format
#: of ``chat.bsky.actor.exportAccountData`` is not published (the chat service is closed
#: source; formats notes §4, §8), so it is reported rather than guessed at.
_KNOWN_UNREAD: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?i)(?:^|/)chat\.jsonl$"),
        "a Bluesky chat export (chat.jsonl): its line format is not documented, so its "
        "messages are not read; the repository export (.car) is",
    ),
)

#: What ``power1000 sample`` writes beside the sample exports (the persona's answer key).
_SAMPLE_KEY = "ground_truth.json"


def _unclaimed(archive: Archive, detections: list[Detection]) -> list[str]:
    """Members of ``archive`` outside every detection's scope (its root folder, or its own
    files), media and the sample's answer key left out."""
    names = archive.names()
    covered: set[str] = set()
    for detection in detections:
        prefix = detection.root + "/" if detection.root else ""
        if detection.files is None:
            covered.update(n for n in names if n.startswith(prefix))
        else:
            covered.update(prefix + f for f in detection.files)
    return [
        n
        for n in names
        if n not in covered and not _MEDIA.search(n) and PurePosixPath(n).name != _SAMPLE_KEY
    ]


def _unclaimed_hint(names: Iterable[str]) -> str:
    hints = {
        message
        for name in names
        for pattern, message in _KNOWN_UNREAD
        if pattern.search(name.rsplit("::", 1)[-1])
    }
    return "".join(f" It holds {message}." for message in sorted(hints))


def discover(*paths: str | os.PathLike[str]) -> list[FoundExport]:
    """Locate every export in ``paths``.

    Files of a path that no loader claims are attached to the path's first export
    (``FoundExport.unclaimed``) and become a ``problems`` row when it is read. So does a
    path that holds no export at all (an unrelated or broken zip, a plain file) when other
    paths do (``FoundExport.rejected``): the rest loads. An archive inside a folder given that
    cannot be read (a broken zip, one past the size limits) is such a row of its own; the
    folder's other exports load.

    Raises ``ExportFormatError`` when no path holds an export (naming each path, what it
    holds and what was expected), or when a path does not exist.
    """
    found, rejected = discover_each(*paths)
    if rejected:
        found[0] = dataclasses.replace(found[0], rejected=tuple(rejected))
    return found


def discover_each(
    *paths: str | os.PathLike[str],
) -> tuple[list[FoundExport], list[tuple[str, str]]]:
    """:func:`discover`, with the paths that hold no export apart: ``(found, rejected)``,
    each rejected path as given with what was found there (``power1000 inspect`` prints
    them). Raises ``ExportFormatError`` when nothing at all is found, or a path does not
    exist."""
    found: list[FoundExport] = []
    rejected: list[tuple[str, str]] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            raise ExportFormatError(f"{path}: no such file or folder")
        try:
            exports, unreadable = _discover_path(path)
        except ExportFormatError as error:
            errors.append(str(error))
            rejected.append((os.fspath(path), _short_reason(str(error), path)))
            continue
        found.extend(exports)
        rejected.extend(unreadable)  # archives inside a folder given, each alone
    if not found:
        if len(errors) == 1:
            raise ExportFormatError(errors[0])
        listing = "; ".join(f"{p} ({reason})" for p, reason in rejected)
        raise ExportFormatError(
            f"no export found in any of the {len(paths)} paths given: {listing}. "
            f"Expected {EXPECTED}."
        )
    return _group_parts(found), rejected


def _short_reason(message: str, path: Path) -> str:
    """An ``ExportFormatError`` about ``path`` as a few words about what is there: without
    the path, the "no known export found" and what was expected (said once elsewhere)."""
    for prefix in (f"{path}: ", "no known export found: "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    return message.replace(f" Expected {EXPECTED}.", "").rstrip(".")


def _discover_path(path: Path) -> tuple[list[FoundExport], list[tuple[str, str]]]:
    """The exports in one path given (see :func:`discover`), and the archives inside a given
    folder that cannot be read (path, what is wrong): each is rejected alone, the folder's
    other exports load. Raises ``ExportFormatError`` when the path holds no export."""
    here: list[FoundExport] = []
    unclaimed: list[str] = []
    names: list[str] = []
    unreadable: list[tuple[str, str]] = []
    archives = _expand(path, unreadable)
    for position, archive in enumerate(archives):
        try:
            detections = detect(archive)
            archive_names = archive.names()
        except ExportFormatError as error:
            if position == 0:  # the path given itself: discover_each rejects it
                raise
            # an archive inside a given folder that breaks a limit or cannot be read
            unreadable.append((archive.label, _nested_reason(error, archive.label)))
            continue
        prefix = _relative_prefix(archive, path)
        names.extend(prefix + n for n in archive_names)
        unclaimed.extend(prefix + n for n in _unclaimed(archive, detections))
        for detection in detections:
            view: Archive = SubArchive(archive, detection.root) if detection.root else archive
            here.append(FoundExport(view, detection))
    if not here:
        html = _looks_like_html_export(path)
        hint = (
            " It looks like an HTML export: request your data again and choose JSON."
            if html
            else _unclaimed_hint(unclaimed)
            or _inner_archive_hint(names)
            or _part_of_export_hint(path)
        )
        there = _what_is_there(path, names)
        if unreadable:
            listing = "; ".join(
                f"{_relative_name(Path(p), path)} ({reason})" for p, reason in unreadable
            )
            there = (
                f"{there}; archives that cannot be read: {listing}"
                if names
                else f"the folder holds only archives that cannot be read: {listing}"
            )
        raise ExportFormatError(
            f"{path}: no known export found: {there}.{hint} Expected {EXPECTED}."
        )
    if unclaimed:
        here[0] = dataclasses.replace(
            here[0], unclaimed=tuple(unclaimed), unclaimed_source=os.fspath(path)
        )
    return here, unreadable


def _inner_archive_hint(names: list[str]) -> str:
    """What to say of a zip that holds no export but zips (or tars): a re-zipped download
    (sent to oneself, "Compress 3 items"). Archives inside an archive are not opened: each
    level would need its own size limits; a folder of zips is read."""
    inner = [n for n in names if n.lower().endswith((".zip", ".tar.gz", ".tgz", ".tar"))]
    if not inner:
        return ""
    shown = ", ".join(PurePosixPath(n.split("::")[-1]).name for n in inner[:3])
    shown += ", …" if len(inner) > 3 else ""
    if len(inner) == 1:
        return f" It holds a zip ({shown}): unzip it and give that zip."
    return (
        f" It holds {len(inner)} zips ({shown}): unzip it and give the folder they are in "
        f"(or each zip)."
    )


#: single files that belong to a known export but are not one alone: (name pattern, JSON
#: top-level key or JavaScript opening that must be there too, or None, the export)
_EXPORT_PARTS: tuple[tuple[re.Pattern[str], str | None, str], ...] = (
    (re.compile(r"(?i)^(your_)?friends(_\d+)?\.json$"), None, "a Facebook export"),
    (re.compile(r"(?i)^profile_information\.json$"), None, "a Facebook export"),
    (
        re.compile(r"(?i)^(sent|received|rejected)_friend_requests(_\d+)?\.json$"),
        None,
        "a Facebook export",
    ),
    (re.compile(r"(?i)^(followers(_\d+)?|following)\.json$"), None, "an Instagram export"),
    (re.compile(r"(?i)^personal_information\.json$"), None, "an Instagram export"),
    (re.compile(r"(?i)^message_\d+\.json$"), None, "a Facebook or Instagram export"),
    (re.compile(r"(?i)^connections\.json$"), None, "an Instagram export"),
    (re.compile(r"(?i)\.js$"), "window.YTD.", "an X (Twitter) archive"),
    (re.compile(r"(?i)^(actor|outbox|likes|bookmarks)\.json$"), None, "a Mastodon archive"),
)


def _part_of_export_hint(path: Path) -> str:
    """For a single file given that holds no export alone but is a known part of one
    (Facebook's ``friends.json``, an X archive's ``follower.js``): which export it is part
    of and what to give instead."""
    if path.is_dir() or not path.is_file():
        return ""
    for pattern, opening, export in _EXPORT_PARTS:
        if not pattern.search(path.name):
            continue
        if opening is not None:
            try:
                with path.open("rb") as handle:
                    head = handle.read(4096).decode("utf-8", "replace")
            except OSError:
                continue
            if opening not in head:
                continue
        return (
            f" This looks like part of {export}: give the whole unzipped folder or the zip "
            f"it came in."
        )
    return ""


def _relative_name(inside: Path, given: Path) -> str:
    """A file found inside a given folder, named relative to it (``sub/x.zip``)."""
    try:
        return inside.relative_to(given).as_posix()
    except ValueError:
        return inside.name


def _relative_prefix(archive: Archive, given: Path) -> str:
    """How a member of ``archive`` (one of ``_expand(given)``) is named relative to the path
    given: "" for the path itself (a folder, or a zip given alone), ``"sub/x.zip::"`` for
    an archive found inside a given folder."""
    label = Path(archive.label)
    if not given.is_dir() or label == given:
        return ""
    try:
        return f"{label.relative_to(given).as_posix()}::"
    except ValueError:
        return f"{label.name}::"


def _looks_like_html_export(path: Path) -> bool:
    try:
        archives = _expand(path, [])
    except ExportFormatError:
        return False
    for archive in archives:
        try:
            names = archive.names()
        except ExportFormatError:  # an archive inside the folder past the limits
            continue
        if any(n.lower().endswith((".html", ".htm")) for n in names) and not any(
            n.lower().endswith(".json") for n in names
        ):
            return True
    return False


def _group_parts(found: list[FoundExport]) -> list[FoundExport]:
    """Join the parts of one split download into one export, in the order first seen:
    Meta's numbered zips (by name), X's parts (by their manifest.js, ``twitter.part_groups``)."""
    groups: dict[str, list[FoundExport]] = {}
    x_positions = [n for n, item in enumerate(found) if item.platform == twitter.PLATFORM]
    x_group: dict[int, str] = {}
    for indices in twitter.part_groups(
        [(found[n].archive, found[n].detection) for n in x_positions]
    ):
        for i in indices:
            x_group[x_positions[i]] = f"x:{x_positions[indices[0]]}"
    for n, item in enumerate(found):
        key = x_group.get(n) or _part_group_key(item.archive, item.detection) or f"alone:{n}"
        groups.setdefault(key, []).append(item)
    result: list[FoundExport] = []
    for items in groups.values():
        if len(items) == 1:
            result.append(items[0])
        else:
            merged = MultiArchive([i.archive for i in items])
            best = max((i.detection for i in items), key=lambda d: d.confidence)
            result.append(
                FoundExport(
                    merged,
                    Detection(best.platform, best.generation, "", best.confidence, best.evidence),
                    tuple(name for i in items for name in i.unclaimed),
                    next((i.unclaimed_source for i in items if i.unclaimed_source), ""),
                    tuple(path for i in items for path in i.rejected),
                )
            )
    return result


_MEDIA = re.compile(
    r"(?i)\.(jpe?g|png|gif|webp|heic|mp4|mov|m4a|mp3|aac|wav|webm|pdf|ico|svg|css|html?|woff2?|ttf)$"
)


def read_export(found: FoundExport, *, validate_frames: bool = True) -> LoadedExport:
    """Run the detected loader on one export and validate its frames.

    A member whose data is damaged inside its zip (``MemberReadError``) is an ``error`` row
    naming it, and the loader reads the export again without it. Unknown files (neither
    read nor recognised by the loader, and not media) are recorded as an ``info`` problem so that nothing is lost silently; so are the recognised files the
    loader does not read (``LoadedExport.files_not_used``), in a second row with the reasons.
    """
    loader = REGISTRY[found.platform]
    # a damaged member (zlib error, bad CRC) is a problems row; the rest of the export is read
    result, damaged = _around_damage(found.archive, lambda view: loader.read(view, found.detection))
    log = ProblemLog()
    log.extend(found.archive.problems)
    for name, error in damaged.items():
        # the member's name is in the source only (Messenger folders name people)
        message = str(error).removeprefix(f"{error.archive.source(error.member)}: ")  # type: ignore[union-attr]
        log.add(found.archive.source(name), message, severity="error", n_skipped=1)
    # members the loader wanted and could not read (refused by the archive's limits, damaged,
    # not valid JSON …): an error row names each, so they are not also "not used" (review10 R8)
    refused: set[str] = set()
    if result.problems is not None and not result.problems.empty:
        rows = result.problems.to_dict("records")
        labels = _base_labels(found.archive)
        for row in rows:  # a loader's row quoting a member error: no zip path in the message
            for label in labels:
                row["message"] = str(row["message"]).replace(f"{label}::", "")
            row["source"] = _anchored_source(str(row["source"]), found.archive, labels)
            if row.get("severity") == "error":
                refused.add(_source_key(row["source"]))
        log.extend(rows)
    scope = found.detection.files or tuple(found.archive.names())
    unknown = [
        n
        for n in scope
        if n not in result.files_read
        and n not in damaged
        and not _MEDIA.search(n)
        and _source_key(found.archive.source(n)) not in refused
    ]
    if unknown:
        shown = ", ".join(unknown[:8]) + (" …" if len(unknown) > 8 else "")
        log.add(
            found.archive.label,
            f"{len(unknown)} file(s) not used by the {found.platform} loader: {shown}",
            severity="info",
        )
    if result.files_not_used:
        log.add(
            found.archive.label,
            f"{len(result.files_not_used)} recognised file(s) not used by the "
            f"{found.platform} loader: {_not_used_listing(result.files_not_used)}",
            severity="info",
        )
    if found.unclaimed:
        shown = ", ".join(found.unclaimed[:8]) + (" …" if len(found.unclaimed) > 8 else "")
        hint = _unclaimed_hint(found.unclaimed)
        log.add(
            found.unclaimed_source or found.archive.label,
            f"{len(found.unclaimed)} file(s) given beside the exports were not recognised by "
            f"any loader and not read: {shown}.{hint}",
            # a known export's file that is not read may hold contacts: a warning
            severity="warning" if hint else "info",
            n_skipped=len(found.unclaimed),
        )
    for path, reason in found.rejected:
        log.add(path, f"{NOT_AN_EXPORT}: {reason}. Expected {EXPECTED}.", severity="warning")
    if result.exported_at is None:
        result.exported_at, how = export_date_from_files(found.archive, newest_record(result))
        if how == FILE_DATE:
            result.extra[EXPORT_DATE_FROM] = FILE_DATE
            warning = stale_file_date_warning(result)
            if warning:
                log.add(found.archive.label, warning, severity="warning")
    if (
        result.extra.get(EXPORT_DATE_FROM) != FILE_DATE
        and (moment := export_day_moment(result)) is not None
    ):
        log.add(
            found.archive.label,
            f"the export is dated {pd.Timestamp(result.exported_at):%Y-%m-%d} without a time of"
            f" day; it holds records of that day up to {moment:%H:%M} UTC, so it is analysed as"
            " of then and they are counted",
            severity="info",
        )
        result.exported_at = moment
    result.problems = log.frame()
    result.contacts = conform("contacts", _with_platform(result.contacts, result.platform))
    result.interactions = conform(
        "interactions", _with_person_ids(_with_platform(result.interactions, result.platform))
    )
    result.requests = conform("requests", _with_platform(result.requests, result.platform))
    if validate_frames:
        for name in ("contacts", "interactions", "requests", "problems"):
            frame = getattr(result, name)
            frame = _fill_defaults(name, frame)
            setattr(result, name, validate(name, frame))
    return result


def _source_key(source: str) -> str:
    """A problem's source written the same way whichever view of the export wrote it
    (``x.zip::top::a.json`` by a sub-folder view, ``x.zip::top/a.json`` by the export's)."""
    return source.replace("::", "/")


def _anchored_source(source: str, archive: Archive, labels: list[str]) -> str:
    """A loader's ``problems`` source that names the export (ux8 #28): a row a loader wrote
    with a bare member or folder name (``repo_slice.car``, ``messages``, ``data/js/tweets``)
    gets the export's path before it, as :meth:`Archive.source` writes it
    (``exports/fb.zip::messages``); one already starting with the export's path is kept.

    >>> from power1000_analysis.loaders._archive import FolderArchive
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     (Path(folder) / "a.car").write_bytes(b"")
    ...     view = FolderArchive(Path(folder))
    ...     [_anchored_source(s, view, [view.label]).removeprefix(view.label)
    ...      for s in ("a.car", "messages", view.label + "::a.car")]
    0
    ['::a.car', '::messages', '::a.car']
    """
    anchors = {archive.label, *labels}
    if any(source == a or source.startswith((f"{a}::", f"{a}/", f"{a}\\")) for a in anchors):
        return source
    if source.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", source) or "::" in source:
        return source  # a path of its own (a file beside the export): already findable
    if archive.label.endswith((f"::{source}", f"/{source}")):
        return archive.label  # the export is that one file (a .car, a .vcf)
    return archive.source(source)


def _base_labels(archive: Archive) -> list[str]:
    """The labels of the zips, tars and folders under a view (their paths as given): a
    ``MemberReadError`` or ``ArchiveLimitError`` quoted in a loader's ``problems`` message
    starts ``label::member``, and the label (the user's folders, a zip named after the
    account) stays in the row's source only."""
    if isinstance(archive, SubArchive):
        return _base_labels(archive.parent)
    if isinstance(archive, ExcludingArchive):
        return _base_labels(archive.inner)
    if isinstance(archive, MultiArchive):
        return [label for part in archive.parts for label in _base_labels(part)]
    return [archive.label]


#: the start of the ``problems`` message of a path given that holds no export
NOT_AN_EXPORT = "not an export, not read"

_UNCLAIMED_ROW = re.compile(
    r"^(?P<n>\d+) file\(s\) given beside the exports were not recognised by any loader"
)
_UNKNOWN_ROW = re.compile(r"^(?P<n>\d+) file\(s\) not used by the (?P<platform>[\w-]+) loader: ")
_NOT_USED_ROW = re.compile(
    r"^(?P<n>\d+) recognised file\(s\) not used by the (?P<platform>[\w-]+) loader: (?P<rest>.*)$",
    re.S,
)


def without_file_names(message: str, not_used: Iterable[str] = ()) -> str:
    """A ``problems`` message of ``read_export`` that lists files, fit to share
    (``anonymize.pseudonymize``): the files no loader claimed and the files a loader did not
    recognise are reduced to their count (``"3 file(s) not recognised …"``), their names are
    the user's (a file beside an export, a folder in it). The recognised files not used
    (``LoadedExport.files_not_used``, all exports' names given as ``not_used``) keep their
    base names, which the loaders matched as fixed export file names, and their reasons; if
    anything path-like is left, they are reduced to their count too. Other messages are
    returned as they are."""
    if match := _UNCLAIMED_ROW.match(message):
        hint = "".join(
            f" It holds {hint}." for _, hint in _KNOWN_UNREAD if f" It holds {hint}." in message
        )
        return (
            f"{match['n']} file(s) given beside the exports were not recognised by any loader "
            f"and not read (names left out).{hint}"
        )
    if message.startswith(f"{NOT_AN_EXPORT}: "):
        # what was found there names the user's own files
        return f"{NOT_AN_EXPORT} (what it holds left out). Expected {EXPECTED}."
    if match := _UNKNOWN_ROW.match(message):
        return f"{match['n']} file(s) not used by the {match['platform']} loader (names left out)"
    if match := _NOT_USED_ROW.match(message):
        rest = match["rest"]
        for name in sorted(set(not_used), key=len, reverse=True):
            rest = rest.replace(name, PurePosixPath(name).name)
        head = f"{match['n']} recognised file(s) not used by the {match['platform']} loader"
        return f"{head} (names left out)" if "/" in rest or "::" in rest else f"{head}: {rest}"
    return message


def _not_used_listing(files: dict[str, str]) -> str:
    """``files`` (name → reason) as one listing, names sharing a reason together:
    ``Contacts.csv, Imported Contacts.csv (address-book uploads …); Notes.csv (…)``."""
    by_reason: dict[str, list[str]] = {}
    for name in sorted(files):
        by_reason.setdefault(files[name], []).append(name)
    return "; ".join(
        ", ".join(names) + (f" ({reason})" if reason else "") for reason, names in by_reason.items()
    )


def _with_platform(frame: pd.DataFrame | None, platform: str) -> pd.DataFrame | None:
    if frame is None:
        return None
    if "platform" not in frame.columns:
        frame = frame.assign(platform=platform)
    return frame


def _with_person_ids(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    """Interactions whose loader set no ``person_id`` get ``platform:contact_key`` (each
    counterpart its own person until identity resolution, as for contacts), as a
    categorical: a million rows share a few thousand keys, and ``network.merge_exports``
    then finds the column ready instead of testing a million Nones."""
    if (
        frame is None
        or frame.empty
        or "person_id" in frame.columns
        or "contact_key" not in frame.columns
    ):
        return frame
    frame = frame.copy(deep=False)
    frame["person_id"] = platform_keys(frame["platform"], frame["contact_key"])
    return frame


def platform_keys(platform: pd.Series, contact_key: pd.Series) -> pd.Categorical:
    """``platform:contact_key`` per row (missing where the key is), formatted once per
    distinct pair: a million interaction rows share a few thousand keys (and may be
    categoricals, which ``+`` rejects; their codes are used directly)."""
    if isinstance(platform.dtype, pd.CategoricalDtype) and isinstance(
        contact_key.dtype, pd.CategoricalDtype
    ):
        platform_codes = platform.cat.codes.to_numpy()
        platforms = platform.cat.categories
        key_codes = contact_key.cat.codes.to_numpy()
        keys = contact_key.cat.categories
    else:
        platform_codes, platforms = pd.factorize(platform)
        key_codes, keys = pd.factorize(contact_key)
    if len(platforms) == 1 and len(platform_codes) and platform_codes.min() == 0:
        # one platform on every row (each export's own frame): the pairs are the keys, so
        # the codes are the key codes, compacted only when some key is on no row
        present = key_codes >= 0
        seen = np.zeros(len(keys), dtype=bool)
        seen[key_codes[present]] = True
        if seen.all():
            codes = key_codes.copy()  # a copy: the two columns must not share one buffer
        else:
            codes = np.where(present, np.cumsum(seen)[key_codes] - 1, -1)
        labels = [f"{platforms[0]}:{keys[k]}" for k in np.flatnonzero(seen)]
        return pd.Categorical.from_codes(codes, categories=pd.Index(labels, dtype=object))
    width = max(len(keys), 1)
    valid = (platform_codes >= 0) & (key_codes >= 0)
    pairs = np.where(valid, platform_codes.astype(np.int64) * width + key_codes, 0)
    used = np.zeros(max(len(platforms), 1) * width, dtype=bool)
    used[pairs[valid]] = True
    compact = np.cumsum(used) - 1
    codes = np.where(valid, compact[pairs], -1)
    labels = [f"{platforms[p // width]}:{keys[p % width]}" for p in np.flatnonzero(used)]
    return pd.Categorical.from_codes(codes, categories=pd.Index(labels, dtype=object))


def _fill_defaults(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Per-snapshot frames have no merge columns yet; give them neutral values to validate."""
    if name == "contacts" and not frame.empty:
        frame = frame.copy()
        frame["is_current"] = frame["is_current"].astype("boolean").fillna(True).astype(bool)
        missing_person = frame["person_id"].isna()
        frame.loc[missing_person, "person_id"] = (
            frame.loc[missing_person, "platform"] + ":" + frame.loc[missing_person, "contact_key"]
        )
    elif name == "contacts":
        frame = frame.astype({"is_current": bool})
    if name == "interactions" and not (
        frame["n_participants"].dtype == "int64" and frame["n_participants"].notna().all()
    ):
        frame = frame.copy(deep=False)
        frame["n_participants"] = pd.to_numeric(frame["n_participants"]).fillna(2).astype("int64")
    return frame


#: ``LoadedExport.extra`` key (a ``snapshots`` column) set to :data:`FILE_DATE` when the
#: export date is its files' modification time: nothing in the export or its name said it
EXPORT_DATE_FROM = "export_date_from"
FILE_DATE = "file date"
#: a file date this many days after the export's newest record is suspect (a copy?)
STALE_FILE_DATE_DAYS = 90


def describe_generation(platform: str, generation: str) -> str:
    """An export generation in words for the user: a loader's ``GENERATION_NAMES`` entry
    where its generations are short codes (``FB-A``, ``IG-C``), else the generation itself
    (X, Bluesky and Mastodon name theirs in words already).

    Example
    -------
    >>> describe_generation("instagram", "IG-C")
    '2023–mid 2025 layout (connections/followers_and_following/, your_instagram_activity/)'
    """
    loader = REGISTRY.get(platform)
    names = getattr(loader, "GENERATION_NAMES", {}) if loader is not None else {}
    return str(names.get(generation, generation))


def guess_export_date(archive: Archive) -> pd.Timestamp | None:
    """The export date from the archive's or root folder's name, else its newest member time."""
    return export_date_from_files(archive)[0]


def export_date_from_files(
    archive: Archive, newest: pd.Timestamp | None = None
) -> tuple[pd.Timestamp | None, str | None]:
    """The date of an export that does not state it, and where it came from: a date in the
    archive's or root folder's name (``"name"``), else the newest member's modification time
    (:data:`FILE_DATE`), else None.

    Why the file date and not the export's newest record (``newest``): each is wrong in one
    case. A zip keeps its members' times and so does unzipping, but a folder copied with
    ``cp -r``, synced by a cloud drive or checked out by git carries the time of the copy:
    too late, and everyone looks dormant. The newest record is never later than the export,
    but a quiet account's newest message can be years older than the export: too early,
    and everyone looks active as of a date they were not. The file date is kept, and
    ``read_export`` says so (``extra[EXPORT_DATE_FROM]``) and warns when the newest record
    is more than :data:`STALE_FILE_DATE_DAYS` older (:func:`stale_file_date_warning`), so
    the user can choose ``--as-of``. Only a file date *before* the newest record, which no
    real export can have (a clock set wrong, a restore with old times), gives way to it.
    """
    for label in (archive.label, *archive.label.split("::")):
        found = find_date_in_name(Path(label).name)
        if found is not None:
            return found, "name"
    mtime = archive.newest_mtime()
    if not mtime:
        return (newest, FILE_DATE) if newest is not None else (None, None)
    stamp = pd.Timestamp(mtime)
    if newest is not None and stamp < newest:
        return newest, "newest record"
    return stamp, FILE_DATE


def export_day_moment(result: LoadedExport) -> pd.Timestamp | None:
    """When an export is dated by a day alone (``exported_at`` at 00:00 UTC: a date in the
    folder or file name, LinkedIn's, a generic CSV's ``exported_at`` column), the newest of
    its records on that day, if any is later than 00:00; else None (review12 DAY-1).

    The download happened some time that day, after every record it holds: the export's
    newest record of that day is when it was at least taken. Dating it at 00:00 would leave
    that day's signs of life out of every status (a friend who wrote only on the export
    day would read "no sign of life ever"). Records on later days are not taken as the date
    (a wrong date in a record would move the whole analysis); ``merge_exports`` warns about
    the interactions after the analysis date instead.

    >>> day = pd.Timestamp("2024-07-01", tz="UTC")
    >>> result = LoadedExport("csv", "1", "x", exported_at=day)
    >>> times = ["2024-06-30 09:00", "2024-07-01 10:30", "2024-07-02 08:00"]
    >>> result.interactions = pd.DataFrame({"at": pd.to_datetime(times, utc=True)})
    >>> str(export_day_moment(result))
    '2024-07-01 10:30:00+00:00'
    """
    if result.exported_at is None or pd.isna(result.exported_at):
        return None
    day = pd.Timestamp(result.exported_at)
    day = day.tz_localize("UTC") if day.tzinfo is None else day.tz_convert("UTC")
    if day != day.normalize():
        return None
    newest = newest_record(result, before=day + pd.Timedelta(days=1))
    return newest if newest is not None and newest > day else None


def newest_record(
    result: LoadedExport, *, before: pd.Timestamp | None = None
) -> pd.Timestamp | None:
    """The latest time any record of an export carries (a message, a connection, a request,
    a post), or None; with ``before``, the latest one before that moment."""
    times: list[pd.Timestamp] = []
    for frame, columns in (
        (result.interactions, ("at",)),
        (result.contacts, ("connected_at",)),
        (result.requests, ("sent_at", "resolved_at")),
        (result.posts, ("at",)),
    ):
        if frame is None or frame.empty:
            continue
        for column in columns:
            if column in frame.columns:
                stamps = pd.to_datetime(frame[column], utc=True, errors="coerce")
                latest = (stamps if before is None else stamps[stamps < before]).max()
                if latest is not None and not pd.isna(latest):
                    times.append(pd.Timestamp(latest))
    return max(times) if times else None


#: between a file-date warning's facts and its advice: :func:`file_date_advice_for`
#: rewords the advice once the user follows it
_ADVICE_SEP = " — "
#: matches a file-date warning (:func:`stale_file_date_warning`, :func:`file_date_problems`)
#: that still gives its advice: groups ``fact``, ``advice`` and ``day`` (the advised
#: ``--as-of``, the day after the newest record). ``report.active_caveat`` reads it.
FILE_DATE_WARNING = re.compile(
    r"^(?P<fact>.*dated by (?:its|their) files' modification times?.*?)"
    + _ADVICE_SEP
    + r"(?P<advice>.*--as-of (?P<day>\d{4}-\d{2}-\d{2}).*)$",
    re.DOTALL,
)
_FILE_DATED = FILE_DATE_WARNING  # its earlier, private name


def _stale_file_date(result: LoadedExport) -> tuple[pd.Timestamp, pd.Timestamp, int] | None:
    """(file date, newest record, days between) of an export dated by its file times whose
    newest record is more than :data:`STALE_FILE_DATE_DAYS` older, or None."""
    newest = newest_record(result)
    if result.exported_at is None or newest is None:
        return None
    gap = (pd.Timestamp(result.exported_at) - newest).days
    return None if gap <= STALE_FILE_DATE_DAYS else (pd.Timestamp(result.exported_at), newest, gap)


def advised_as_of(newest: pd.Timestamp) -> pd.Timestamp:
    """The ``--as-of`` that keeps every record up to ``newest``: the next day, since a bare
    date means 00:00 UTC at the start of that day (``evidence.parse_as_of``)."""
    return pd.Timestamp(newest).tz_convert("UTC").normalize() + pd.Timedelta(days=1)


def stale_file_date_warning(result: LoadedExport) -> str | None:
    """The ``problems`` warning for an export dated by its file times whose newest record is
    more than :data:`STALE_FILE_DATE_DAYS` older, or None. It advises ``--as-of`` the day
    *after* the newest record (:func:`advised_as_of`): the record's own day would leave
    that day's records out (review9 F12)."""
    stale = _stale_file_date(result)
    if stale is None:
        return None
    dated, newest, gap = stale
    return (
        f"this {result.platform} export states no date, so it is dated by its files' "
        f"modification time ({dated:%Y-%m-%d}), but its newest record is of "
        f"{newest:%Y-%m-%d}, {gap} days earlier{_ADVICE_SEP}if its files were copied or "
        f"synced since, that date is the copy's and everyone looks dormant: give the original "
        f"zip (which keeps the export's times), or, if the export was taken soon after "
        f"{newest:%Y-%m-%d}, analyse it with --as-of {advised_as_of(newest):%Y-%m-%d} (a date "
        f"means its 00:00 UTC: the day after the newest record keeps that day's records)"
    )


def file_date_problems(exports: Iterable[LoadedExport], problems: pd.DataFrame) -> pd.DataFrame:
    """``problems`` with the file-date warnings of several exports made one (review9 F11).

    Each export dated by its file times warns on its own (:func:`stale_file_date_warning`),
    each advising its own ``--as-of``; only one date can be given. When two or more exports
    warn, their warnings become one: the exports with their file dates and newest records,
    and one advice: the original zips, or ``--as-of`` the day after the latest of their
    newest records (the one date that cuts off none of their records; an export whose
    records end earlier is then judged at that date too, as the warning says). Dating such
    an export by its newest record instead was not chosen: a quiet account's newest record
    can be years older than the export (``export_date_from_files``)."""
    stale = []
    for export in exports:
        if export.extra.get(EXPORT_DATE_FROM) != FILE_DATE:
            continue
        warning = stale_file_date_warning(export)
        found = _stale_file_date(export)
        if warning is not None and found is not None:
            stale.append((export, warning, found))
    if len(stale) < 2 or problems.empty:
        return problems
    own = problems["message"].isin([warning for _, warning, _ in stale])
    listed = "; ".join(
        f"{export.platform} {dated:%Y-%m-%d}, newest record {newest:%Y-%m-%d}"
        for export, _, (dated, newest, _) in sorted(stale, key=lambda s: s[2][1])
    )
    latest = max(newest for _, _, (_, newest, _) in stale)
    row = {
        "source": "; ".join(sorted({str(export.source) for export, _, _ in stale})),
        "severity": "warning",
        "message": (
            f"{len(stale)} exports state no date, so they are dated by their files' "
            f"modification times ({listed}){_ADVICE_SEP}if their files were copied or synced "
            f"since, those dates are the copies' and everyone looks dormant: give the original "
            f"zips (which keep the exports' times), or analyse with --as-of "
            f"{advised_as_of(latest):%Y-%m-%d}, the day after the latest of their newest "
            f"records (one date for every export: one whose records end earlier is judged "
            f"as of that date too)"
        ),
        "n_skipped": 0,
    }
    kept = problems[~own]
    return conform("problems", pd.concat([kept, pd.DataFrame([row])], ignore_index=True))


def file_date_advice_for(problems: pd.DataFrame, as_of: object) -> pd.DataFrame:
    """``problems`` for an analysis as of ``as_of``: a file-date warning whose advice the
    user already follows (``as_of`` on or before the advised date) keeps its facts and says
    "analysed as of … as you asked" instead of repeating the advice (review9 F12)."""
    from power1000_analysis.evidence import parse_as_of

    day = parse_as_of(as_of)
    if day is None or problems.empty:
        return problems

    def reword(message: str) -> str:
        match = FILE_DATE_WARNING.match(message)
        if match is None or day > pd.Timestamp(match["day"], tz="UTC"):
            return message
        return f"{match['fact']}; analysed as of {day:%Y-%m-%d} as you asked (--as-of)"

    problems = problems.copy()
    problems["message"] = problems["message"].astype(str).map(reword)
    return problems


def read_all(
    paths: Iterable[str | os.PathLike[str]], *, progress: Callable[[str], None] | None = None
) -> list[LoadedExport]:
    """Discover and read every export in ``paths`` (no merging)."""
    results = []
    for found in discover(*paths):
        if progress is not None:
            progress(found.label)
        results.append(read_export(found))
    return results
