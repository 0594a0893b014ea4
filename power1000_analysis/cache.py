"""A cache of parsed exports, so that re-running the analyses on new exports is cheap.

Each export's loader result (its frames after validation) is stored as Parquet, keyed by

- the export's **content**: every member the loader could read, byte for byte (media
  files, which no loader reads, by name and size only), plus the export's label and newest
  modification time (a loader falls back to them for the export date and ``source``);
- the **loader version**: a hash of the platform loader's source, the shared loader code
  and the schema, so that editing a loader invalidates exactly its entries.

Loading the same export twice reads it from the cache; adding a new snapshot parses only
that one.

On top of that, the **merged network** (``network/<key>``: every frame of the Network,
identity resolution included) is stored under a key made of the per-export entries, the
``resolve`` flag, the decisions file's content and :func:`network_code_version` (the source
of network.py, identity/, schema.py and this module, and library versions), so that a
re-run on the same exports neither parses nor merges. A small marker per set of paths
(``paths/<key>.json``, keyed by :func:`tree_fingerprint`, i.e. file metadata) lets a warm
load skip even finding and hashing the exports. Every frame is stored with an exact
encoding and checked on writing to read back identical (:func:`frames_identical`: dtypes,
categories, None vs NaN, the type of each value), so a network from the cache is the
network a fresh load gives. A damaged entry is removed, warned about and recorded as an
info row of ``problems`` (``source="cache"``); the load goes on as if it were absent.

The cache lives beside the user's data (``<folder of the first path>/.power1000-cache``,
git-ignored) because that is where the user already keeps personal data; nothing personal
is written anywhere else.

Example
-------
>>> default_cache_dir(["data/sample"]).name
'.power1000-cache'
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from power1000_analysis.loaders import REGISTRY, FoundExport, LoadedExport, read_export
from power1000_analysis.loaders._archive import Archive, MemberReadError, SubArchive

__all__ = ["CACHE_DIRNAME", "ExportCache", "default_cache_dir", "export_key", "loader_version"]

CACHE_DIRNAME = ".power1000-cache"
#: bump to invalidate every entry when the on-disk layout changes.
LAYOUT_VERSION = "3"
_FRAMES = ("contacts", "interactions", "requests", "problems", "posts")
# Loaders never read media, so their bytes cannot change a parse; hashing gigabytes of
# photos would cost more than the parse the cache saves.
_MEDIA = re.compile(
    r"(?i)\.(jpe?g|png|gif|webp|heic|heif|bmp|tiff?|mp4|mov|avi|mkv|m4a|mp3|aac|wav|ogg|opus|"
    r"webm|pdf|ico|woff2?|ttf|otf)$"
)
_CHUNK = 1 << 20


def default_cache_dir(paths: Sequence[str | os.PathLike[str]]) -> Path:
    """The cache folder beside the user's data: next to the first path given.

    Example
    -------
    >>> default_cache_dir(["~/Downloads/linkedin.zip"]).parent.name
    'Downloads'
    """
    if not paths:
        raise ValueError("no export paths given")
    first = Path(paths[0]).expanduser().resolve()
    return first.parent / CACHE_DIRNAME


@cache
def loader_version(platform: str) -> str:
    """A short hash of the code that turns an export of ``platform`` into frames: the
    platform's ``LOADER_VERSION`` (bumped when its event keys change) and the source of its
    module (every file of a package such as ``linkedin/``), of every shared loader module
    (``loaders/_*.py``: ``_meta`` parses Facebook's and Instagram's threads and builds their
    message keys) and of the schema."""
    module = REGISTRY[platform]
    digest = hashlib.blake2b(LAYOUT_VERSION.encode(), digest_size=12)
    digest.update(str(getattr(module, "LOADER_VERSION", "")).encode())
    for name in _loader_modules(module):
        digest.update(name.encode() + b"\x00" + _code_bytes(name))
    return digest.hexdigest()


def _loader_modules(module: Any) -> list[str]:
    """The modules whose code shapes ``module``'s frames (see :func:`loader_version`)."""
    from power1000_analysis import loaders, schema

    own = _package_modules(module.__name__) if hasattr(module, "__path__") else [module.__name__]
    shared = _package_modules(loaders.__name__, prefix="_")  # with __init__
    return [*own, *shared, schema.__name__]


def _package_modules(package: str, prefix: str = "") -> list[str]:
    """``package`` (its ``__init__``) and its modules whose names start with ``prefix``,
    sorted; found through the package's importer, so inside a zip too (a folder glob for
    ``*.py`` finds nothing there)."""
    import importlib
    import pkgutil

    path = importlib.import_module(package).__path__
    inner = sorted(
        f"{package}.{info.name}"
        for info in pkgutil.iter_modules(path)
        if info.name.startswith(prefix) and not info.ispkg
    )
    return [package, *inner]


#: stands in for code that can be read neither as source nor as bytecode: new each process,
#: so that cached entries are never reused across runs of code that cannot be checked
_UNREADABLE = os.urandom(16)


def _code_bytes(name: str) -> bytes:
    """What module ``name`` runs, without importing it: its source through its loader
    (``get_source``: a file, or a zip member under zipimport); for a source-less install, its
    bytecode (which changes with the code, and with the install's folder: a moved install
    parses again). Never only its name: where neither can be read,
    a warning says so and the bytes change with every process (no cache reuse across runs)."""
    import importlib.util
    import marshal

    try:
        spec = importlib.util.find_spec(name)
        loader = spec.loader if spec is not None else None
        get_source = getattr(loader, "get_source", None)
        source = get_source(name) if get_source is not None else None
        origin = spec.origin if spec is not None and spec.has_location else None
        if source is None and origin and origin.endswith(".py"):  # no get_source (pytest's)
            source = importlib.util.decode_source(Path(origin).read_bytes())
        if source is not None:
            return str(source).encode()
        get_code = getattr(loader, "get_code", None)
        code = get_code(name) if get_code is not None else None
        if code is not None:
            return b"bytecode\x00" + marshal.dumps(code)
    except (ImportError, OSError, ValueError):
        pass
    warnings.warn(
        f"power1000_analysis: the code of {name} can be read neither as source nor as "
        "bytecode, so the cache cannot tell when it changes: cached parses and networks "
        "are not reused across runs",
        RuntimeWarning,
        stacklevel=2,
    )
    return b"unreadable\x00" + _UNREADABLE


def export_key(found: FoundExport) -> str:
    """The content hash of one export (see the module docstring for what goes in).

    Example
    -------
    >>> import tempfile, pathlib
    >>> from power1000_analysis.loaders import FolderArchive, Detection
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "Connections.csv").write_text("First Name\\nAnn\\n")
    >>> found = FoundExport(FolderArchive(folder), Detection("linkedin", "LI-A"))
    >>> key = export_key(found)
    >>> _ = (folder / "Connections.csv").write_text("First Name\\nBob\\n")
    >>> export_key(found) != key
    True
    """
    archive, detection = found.archive, found.detection
    digest = hashlib.blake2b(digest_size=20)
    base, prefix = _unwrap(archive)
    names = sorted(detection.files) if detection.files is not None else sorted(archive.names())
    # the newest time of the members in scope only: a new file beside this export (the next
    # snapshot in the same folder) must not invalidate it
    times = [t for t in (base.mtime(prefix + name) for name in names) if t is not None]
    head = [
        detection.platform,
        detection.generation,
        detection.root,
        repr(detection.files),
        archive.label,
        repr(max(times) if times else None),
        repr(found.unclaimed),  # files beside it that no loader claimed: its problems row
        found.unclaimed_source,  # that row's source
        repr(found.rejected),  # paths given beside it that hold no export: their rows
    ]
    digest.update("\x00".join(head).encode())
    for name in names:
        digest.update(b"\x01" + name.encode() + b"\x00")
        if _MEDIA.search(name):
            digest.update(str(base.size(prefix + name)).encode())
            continue
        try:
            with base.open(prefix + name) as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
        except MemberReadError as error:  # damaged in its zip: read_export records it
            digest.update(b"\x03" + str(error).encode())
    return digest.hexdigest()


def _unwrap(archive: Archive) -> tuple[Archive, str]:
    """The innermost archive and the member prefix of a (nested) ``SubArchive``: a
    ``SubArchive`` rebuilds its member list on every ``open``, which costs seconds over
    the thousand files of a Meta export."""
    prefix = ""
    while isinstance(archive, SubArchive):
        if archive.prefix:
            prefix = f"{archive.prefix}/{prefix}"
        archive = archive.parent
    return archive, prefix


def _meta(result: LoadedExport) -> dict[str, Any]:
    return {
        "platform": result.platform,
        "generation": result.generation,
        "source": result.source,
        "owner": result.owner,
        "exported_at": None if result.exported_at is None else result.exported_at.isoformat(),
        "missing": result.missing,
        "files_read": sorted(result.files_read),
        "files_not_used": result.files_not_used,
        "extra": result.extra,
        "owner_details": result.owner_details,
    }


def _from_meta(
    meta: dict[str, Any],
    frames: dict[str, pd.DataFrame | None],
    cls: type[LoadedExport] = LoadedExport,
) -> LoadedExport:
    exported = meta["exported_at"]
    return cls(
        platform=meta["platform"],
        generation=meta["generation"],
        source=meta["source"],
        owner=meta["owner"],
        exported_at=None if exported is None else pd.Timestamp(exported),
        contacts=frames["contacts"],
        interactions=frames["interactions"],
        requests=frames["requests"],
        problems=frames["problems"],
        posts=frames.get("posts"),
        missing=dict(meta["missing"]),
        files_read=set(meta["files_read"]),
        files_not_used=dict(meta.get("files_not_used", {})),
        extra=dict(meta["extra"]),
        owner_details=dict(meta["owner_details"]),
    )


def _read_entry_frame(entry: Path, meta: dict[str, Any], name: str) -> pd.DataFrame | None:
    spec = meta["frames"][name]
    return None if spec is None else _read_exact(entry / spec["file"], spec)


class ExportCache:
    """Parsed exports on disk, one folder per (platform, loader version, content hash).

    ``read(found)`` returns the cached result or parses the export and stores it. Counters
    ``hits`` and ``misses`` say what happened (the report prints them).

    Example
    -------
    >>> import tempfile
    >>> store = ExportCache(tempfile.mkdtemp())
    >>> (store.hits, store.misses)
    (0, 0)
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder).expanduser()
        self.hits = 0
        self.misses = 0
        #: merged networks reused / built (:meth:`load_network`)
        self.network_hits = 0
        self.network_misses = 0
        #: damaged entries met so far, as rows of the ``problems`` frame (severity info)
        self.problems: list[dict[str, Any]] = []
        self._warned = False
        #: networks read through :data:`HANDOFF_ENV` (a notebook inside a report)
        self.handoff_hits = 0
        #: the network entry (and its exports' entries) the last load_network read or wrote
        self._stored: tuple[Path, list[Path]] | None = None

    def entry(self, found: FoundExport) -> Path:
        platform = found.detection.platform
        return self.folder / platform / f"{loader_version(platform)}-{export_key(found)}"

    def read(self, found: FoundExport, entry: Path | None = None) -> LoadedExport:
        """The loader result for ``found``, from the cache when its content was seen before
        (``entry``: its cache folder, when already computed by :meth:`entry`)."""
        entry = self.entry(found) if entry is None else entry
        cached = self._get(entry)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        result = read_export(found)
        self._put(entry, result)
        return result

    def _get(self, entry: Path) -> LoadedExport | None:
        meta_file = entry / "meta.json"
        if not meta_file.is_file():
            return None
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            frames = {name: _read_entry_frame(entry, meta, name) for name in _FRAMES}
            return _from_meta(meta, frames)
        except (OSError, ValueError, KeyError, TypeError) as error:  # damaged: a miss
            self._damaged(entry, error, "the export was parsed again")
            return None

    def _put(self, entry: Path, result: LoadedExport) -> None:
        meta = _meta(result)
        try:
            json.dumps(meta, ensure_ascii=False)
        except (TypeError, ValueError):
            return  # extra holds something JSON cannot: parse again next time
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
        except OSError as error:
            self._warn(
                f"cannot write the cache at {self.folder} ({error}); exports are parsed each time"
            )
            return
        try:
            # each frame is checked to read back identical (frames_identical), or not stored
            meta["frames"] = {
                name: None
                if getattr(result, name) is None
                else _store_frame(getattr(result, name).reset_index(drop=True), staging, name)
                for name in _FRAMES
            }
            (staging / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
            os.replace(staging, entry)
        except Exception:
            # Another process stored the same entry first, or a frame cannot be stored
            # exactly: either way the result in hand is correct and a cache write must
            # never fail a load.
            pass
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _warn(self, message: str) -> None:
        if not self._warned:
            warnings.warn(message, stacklevel=4)
            self._warned = True

    def _damaged(self, entry: Path, error: BaseException, outcome: str) -> None:
        """Record an unreadable entry: a warning and an info row for ``problems`` (named
        relative to the cache folder: the folder itself sits among the user's files)."""
        try:
            name = entry.relative_to(self.folder).as_posix()
        except ValueError:
            name = entry.name
        message = f"cache entry {name} could not be read ({type(error).__name__}); {outcome}"
        warnings.warn(message, stacklevel=4)
        _remove(entry)  # so that the next write replaces it
        self.problems.append(
            {"source": "cache", "severity": "info", "message": message, "n_skipped": 0}
        )

    # ------------------------------------------------------------------ merged networks

    def load(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        resolve: bool,
        decisions: str | os.PathLike[str] | None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Any:
        """``network.load(*paths)`` through the cache.

        First by the paths' :func:`tree_fingerprint` (file metadata only: nothing is
        opened, no export detected or hashed) when the same tree was loaded before with the
        same ``resolve``, decisions file and code; otherwise by content
        (:meth:`load_network` on what ``discover`` finds).
        """
        from power1000_analysis.loaders import discover

        self._stored = None
        net = self._get_handed_over(paths, resolve=resolve, decisions=decisions)
        if net is not None:
            self.handoff_hits += 1
            return self._network_hit(net, progress)
        fingerprint = tree_fingerprint(paths)
        marker = None
        if fingerprint is not None:
            key = _fingerprint_key(fingerprint, resolve=resolve, decisions=decisions)
            marker = self.folder / "paths" / f"{key}.json"
            net = self._get_by_marker(marker, paths)
            if net is not None:
                return self._network_hit(net, progress)
        net = self.load_network(
            discover(*paths), resolve=resolve, decisions=decisions, progress=progress
        )
        if marker is not None and self._stored is not None:
            self._put_marker(marker, *self._stored)
        return net

    def _network_hit(self, net: Any, progress: Callable[[int, int, str], None] | None) -> Any:
        """A whole network served from the cache: counted, reported done to ``progress``
        (every export at once) and returned with this load's cache problems."""
        self.network_hits += 1
        if progress is not None:
            progress(len(net.exports), len(net.exports), "")
        return self._with_problems(net)

    def _get_by_marker(self, marker: Path, paths: Sequence[str | os.PathLike[str]]) -> Any:
        if not marker.is_file():
            return None
        try:
            record = json.loads(marker.read_text(encoding="utf-8"))
            folder = self.folder / "network" / record["network"]
            entries = [self.folder / name for name in record["entries"]]
        except (OSError, ValueError, KeyError, TypeError) as error:
            self._damaged(marker, error, "the exports were looked at again")
            return None
        refind = [functools.partial(_rediscover, tuple(paths), i) for i in range(len(entries))]
        net = self._get_network(folder, entries, refind)
        if net is not None:
            self._stored = (folder, entries)
        return net

    # -------------------------------------------------------------- hand-off to notebooks

    def handoff(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        resolve: bool = True,
        decisions: str | os.PathLike[str] | None = None,
    ) -> str | None:
        """What a notebook kernel started by ``power1000 report`` needs to read the network
        this store has just loaded (:meth:`load`) straight from its entry: a JSON text for
        the :data:`HANDOFF_ENV` environment variable, or ``None`` when that network is not
        in the cache. See :data:`HANDOFF_ENV` for what it skips and why that is safe."""
        if self._stored is None:
            return None
        folder, entries = self._stored
        return json.dumps(
            {
                **self._handoff_key(paths, resolve=resolve, decisions=decisions),
                "network": folder.name,
                "entries": [entry.relative_to(self.folder).as_posix() for entry in entries],
            }
        )

    def _handoff_key(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        resolve: bool,
        decisions: str | os.PathLike[str] | None,
    ) -> dict[str, Any]:
        """The load a hand-off serves: this cache folder, the paths and decisions file
        (absolute, as a kernel in another working folder must compare them) and ``resolve``.
        :meth:`handoff` writes these fields; :meth:`_get_handed_over` requires them equal."""
        return {
            "cache": str(self.folder.resolve()),
            "paths": _resolved(paths),
            "resolve": bool(resolve),
            "decisions": None if decisions is None else _resolved([decisions])[0],
        }

    def _get_handed_over(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        resolve: bool,
        decisions: str | os.PathLike[str] | None,
    ) -> Any:
        """The network :data:`HANDOFF_ENV` names, when it was loaded with these very
        arguments from this cache folder; ``None`` otherwise (the usual path follows)."""
        text = os.environ.get(HANDOFF_ENV)
        if not text:
            return None
        try:
            record = json.loads(text)
            key = self._handoff_key(paths, resolve=resolve, decisions=decisions)
            if not all(record[name] == value for name, value in key.items()):
                return None
            folder = self.folder / "network" / record["network"]
            entries = [self.folder / name for name in record["entries"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not ours to judge (set by hand?): the usual path decides
        refind = [functools.partial(_rediscover, tuple(paths), i) for i in range(len(entries))]
        return self._get_network(folder, entries, refind)

    def _put_marker(self, marker: Path, folder: Path, entries: Sequence[Path]) -> None:
        record = {
            "network": folder.name,
            "entries": [entry.relative_to(self.folder).as_posix() for entry in entries],
        }
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            staging = marker.with_name(f".tmp-{os.getpid()}-{marker.name}")
            staging.write_text(json.dumps(record), encoding="utf-8")
            os.replace(staging, marker)
            _prune(marker.parent, keep=FINGERPRINTS_KEPT)
        except OSError:
            pass  # the content path still finds the network next time

    def load_network(
        self,
        found: Sequence[FoundExport],
        *,
        resolve: bool,
        decisions: str | os.PathLike[str] | None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> Any:
        """The merged :class:`~power1000_analysis.network.Network` of ``found``.

        Reused as a whole when the same exports (by content), the same ``resolve`` flag,
        the same decisions file (by content) and the same code (:func:`network_code_version`)
        were merged before; otherwise each export comes from its own entry (or is parsed)
        and the merged result is stored. A network read from here equals a freshly merged
        one frame by frame, dtypes and missing-value kinds included (:func:`frames_identical`
        checks each stored frame on writing); its ``exports`` read their frames from the
        per-export entries on first use. Damaged entries are ignored and recorded as
        ``source="cache"`` rows of ``problems``.
        """
        from power1000_analysis.network import merge_exports

        entries: list[Path] = []
        for index, item in enumerate(found):
            if progress is not None:
                progress(index, len(found), item.label)
            entries.append(self.entry(item))
        key = network_key(entries, self.folder, resolve=resolve, decisions=decisions)
        folder = self.folder / "network" / key
        net = self._get_network(folder, entries, [functools.partial(_same, f) for f in found])
        if net is not None:
            self.network_hits += 1
        else:
            self.network_misses += 1
            results = [self.read(item, entry) for item, entry in zip(found, entries, strict=True)]
            net = merge_exports(results, resolve=resolve, decisions=decisions)
            self._put_network(folder, net, entries)
        if (folder / "meta.json").is_file():
            self._stored = (folder, entries)
        if progress is not None:
            progress(len(found), len(found), "")
        return self._with_problems(net)

    def _with_problems(self, net: Any) -> Any:
        if not self.problems:
            return net
        from power1000_analysis.network import Network
        from power1000_analysis.schema import conform, validate

        rows = conform("problems", pd.DataFrame(self.problems))
        problems = pd.concat([net.problems, rows], ignore_index=True) if len(net.problems) else rows
        fields = {f.name: getattr(net, f.name) for f in dataclasses.fields(Network)}
        fields["problems"] = validate("problems", problems)
        return Network(**fields)

    def _get_network(
        self, folder: Path, entries: Sequence[Path], refind: Sequence[Callable[[], FoundExport]]
    ) -> Any:
        meta_file = folder / "meta.json"
        if not meta_file.is_file():
            return None
        # the exports read their frames from their own entries: all must still be there
        if not all((entry / "meta.json").is_file() for entry in entries):
            return None
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            return _decode_network(folder, meta, self, entries, refind)
        except Exception as error:  # any damage means: build it again
            self._damaged(folder, error, "the network was merged again")
            return None

    def _put_network(self, folder: Path, net: Any, entries: Sequence[Path]) -> None:
        if not all((entry / "meta.json").is_file() for entry in entries):
            return  # an export could not be cached: its frames would be lost
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
        except OSError as error:
            self._warn(f"cannot write the cache at {self.folder} ({error}); merged each time")
            return
        try:
            meta = _encode_network(staging, net, entries, self.folder)
            (staging / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            os.replace(staging, folder)
            _prune(folder.parent, keep=NETWORKS_KEPT)
        except _Unsupported as reason:
            # a frame Parquet cannot hold exactly: this network is merged on every load
            warnings.warn(f"merged network not cached: {reason}", stacklevel=4)
        except OSError:
            pass  # another process stored it first, or the disk is full: the result stands
        except Exception as error:  # a cache write must never fail a load
            warnings.warn(f"merged network not cached: {error!r}", stacklevel=4)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


# ---------------------------------------------------------------------------- merged networks

#: merged networks kept on disk (the newest by modification time); older ones are removed
NETWORKS_KEPT = 3
#: the merged network's frames are Arrow IPC files, uncompressed and memory-mapped: read on
#: every warm load (once per notebook kernel), they cost ~0.01 s where Parquet's decoding
#: costs ~0.1 s on the sample; Parquet stays for the per-export entries (smaller, read
#: only when an export is new to the merge)
NETWORK_SUFFIX = ".arrow"
#: modules whose code shapes a merged network (beyond the loaders, keyed per export)
_NETWORK_MODULES = (
    "power1000_analysis.network",
    "power1000_analysis.identity",
    "power1000_analysis.schema",
    "power1000_analysis.cache",
)
#: libraries whose version may change a merge or the way frames are stored
_LIBRARIES = ("pandas", "numpy", "pyarrow", "pandera", "nicknames")


class _Unsupported(Exception):
    """A value the exact frame encoding cannot hold (the network is then not cached)."""


@cache
def network_code_version() -> str:
    """A hash of the code and library versions that turn parsed exports into a Network.

    Example
    -------
    >>> len(network_code_version())
    24
    """
    digest = hashlib.blake2b(f"network-{LAYOUT_VERSION}".encode(), digest_size=12)
    for name in _NETWORK_MODULES:
        digest.update(_module_source(name))
    for library in _LIBRARIES:
        digest.update(f"{library}={_library_version(library)}".encode())
    return digest.hexdigest()


def _all_code_version() -> str:
    """:func:`network_code_version` and every loader's source: what a path fingerprint
    (which skips the per-export keys, and with them the loader versions) must follow."""
    return f"{network_code_version()}-{_loaders_version()}"


@cache
def _loaders_version() -> str:
    """Every platform's :func:`loader_version`: what parses any export."""
    digest = hashlib.blake2b(LAYOUT_VERSION.encode(), digest_size=12)
    for platform in sorted(REGISTRY):
        digest.update(f"{platform}={loader_version(platform)}".encode())
    return digest.hexdigest()


def _module_source(name: str) -> bytes:
    """The code of module ``name`` (:func:`_code_bytes`); for a package (``identity``), of
    every module in it, each after its name."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is not None and spec.submodule_search_locations is not None:
        return b"".join(
            module.encode() + b"\x00" + _code_bytes(module) for module in _package_modules(name)
        )
    return _code_bytes(name)


def _library_version(name: str) -> str:
    module = sys.modules.get(name)
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(name)
    except PackageNotFoundError:
        return "absent"


#: Set by ``power1000 report`` for the notebook kernels it starts (JSON from
#: :meth:`ExportCache.handoff`): the network the report itself has just loaded, by its
#: cache entry. A kernel whose ``load`` has the same paths, ``resolve`` flag, decisions file
#: and cache folder reads that entry directly, without the path fingerprint (a walk over
#: every file of the exports) or the code version: one report analyses the exports as they
#: were when it started, so every page agrees with the summary card even if an export
#: changes while the report runs, and the kernels run the report's own code. The entry is
#: still read with all its checks: a damaged one is recorded as a problem and the load goes
#: the usual way. The variable lives only while the report runs; the next report (or a
#: notebook opened by hand) fingerprints the exports again, so a changed export is seen.
HANDOFF_ENV = "POWER1000_NETWORK_HANDOFF"


def _resolved(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    return [str(Path(p).expanduser().resolve()) for p in paths]


#: a file changed this recently may change again within the clock's resolution unseen
#: (git's "racily clean" entries): a fingerprint of such a tree is not stored
RACY_SECONDS = 2.0
#: path fingerprints kept (each is a few hundred bytes)
FINGERPRINTS_KEPT = 32


def tree_fingerprint(paths: Sequence[str | os.PathLike[str]]) -> str | None:
    """A hash of what ``paths`` hold by file metadata: each file's path, size, modification
    and change times (ns) and inode, the cache folder excluded. ``None`` when a file changed
    in the last :data:`RACY_SECONDS` (or a path is missing).

    Writing a file changes its change time (``ctime``), which no tool sets back, so an edit
    that keeps the size and the modification time still changes the fingerprint.

    Example
    -------
    >>> import tempfile, pathlib, os
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.csv").write_text("x")
    >>> os.utime(folder / "a.csv", (0, 0))
    >>> tree_fingerprint([folder]) is None  # its ctime is now: too recent to trust
    True
    """
    digest = hashlib.blake2b(digest_size=20)
    newest = 0
    for raw in paths:
        root = Path(raw).expanduser().resolve()
        digest.update(b"\x00" + os.fsencode(root))
        try:
            if not root.is_dir():
                info = os.stat(root)
                newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
                digest.update(_stat_bytes("", info))
                continue
        except OSError:
            return None
        try:
            for name, info in _walk_files(str(root), ""):
                newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
                digest.update(_stat_bytes(name, info))
        except OSError:
            return None
    if newest > time.time_ns() - int(RACY_SECONDS * 1e9):
        return None
    return digest.hexdigest()


def _walk_files(directory: str, prefix: str) -> Iterator[tuple[str, os.stat_result]]:
    """(relative name, stat) of every file under ``directory``, sorted, depth first; the
    cache folder is skipped, symbolic links to folders are not followed."""
    with os.scandir(directory) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != CACHE_DIRNAME:
                yield from _walk_files(entry.path, f"{prefix}{entry.name}/")
        else:
            yield f"{prefix}{entry.name}", entry.stat()


def _stat_bytes(name: str, info: os.stat_result) -> bytes:
    fields = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)
    return b"\x01" + os.fsencode(name) + b"\x00" + repr(fields).encode()


def network_key(
    entries: Sequence[Path],
    folder: Path,
    *,
    resolve: bool,
    decisions: str | os.PathLike[str] | None,
) -> str:
    """The key of a merged network: the per-export entries in the order given (each
    already names its content hash and loader version), the ``resolve`` flag, the
    decisions file's content and :func:`network_code_version`.

    Example
    -------
    >>> from pathlib import Path
    >>> a = network_key([Path("c/x/1")], Path("c"), resolve=True, decisions=None)
    >>> a != network_key([Path("c/x/1")], Path("c"), resolve=False, decisions=None)
    True
    """
    digest = hashlib.blake2b(digest_size=20)
    digest.update(network_code_version().encode())
    digest.update(f"resolve={bool(resolve)}".encode())
    for entry in entries:
        try:
            name = entry.relative_to(folder).as_posix()
        except ValueError:
            name = entry.as_posix()
        digest.update(b"\x01" + name.encode())
    if decisions is None:
        digest.update(b"\x02no decisions")
    else:
        path = Path(decisions).expanduser()
        digest.update(b"\x02decisions")
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError:
            digest.update(b"\x03absent")  # read_decisions treats a missing file as empty
    return digest.hexdigest()


def _fingerprint_key(
    fingerprint: str, *, resolve: bool, decisions: str | os.PathLike[str] | None
) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{fingerprint}\x00{_all_code_version()}\x00resolve={bool(resolve)}".encode())
    if decisions is None:
        digest.update(b"\x02no decisions")
    else:
        try:
            digest.update(b"\x02" + Path(decisions).expanduser().read_bytes())
        except FileNotFoundError:
            digest.update(b"\x03absent")
    return digest.hexdigest()


def _same(found: FoundExport) -> FoundExport:
    return found


def _rediscover(paths: tuple[str | os.PathLike[str], ...], index: int) -> FoundExport:
    from power1000_analysis.loaders import discover

    return discover(*paths)[index]


def _prune(folder: Path, *, keep: int) -> None:
    """Remove all but the ``keep`` newest entries in ``folder``."""
    entries = [p for p in folder.iterdir() if not p.name.startswith(".tmp-")]
    entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[keep:]:
        _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


# Object columns hold Python values of several kinds (str, int, bool, float NaN and None
# side by side: an ``event_key`` of ints and strings, a ``thread_key`` missing as None in
# one export and NaN in another). Parquet holds one type per column and one kind of null,
# so each object column is stored as text plus a tag per row saying what the value was.
_NONE, _NAN, _STR, _INT, _FLOAT, _BOOL, _NP_FLOAT, _NP_INT, _NP_BOOL, _PD_NA = range(10)
_TAG_OF: dict[type, int] = {
    type(None): _NONE,
    str: _STR,
    int: _INT,
    float: _FLOAT,
    bool: _BOOL,
    np.float64: _NP_FLOAT,
    np.int64: _NP_INT,
    np.bool_: _NP_BOOL,
    type(pd.NA): _PD_NA,
}


def _encode_objects(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(tags, text) for an object array: text is None where the tag alone says the value."""
    n = len(values)
    tags = np.zeros(n, dtype=np.int8)
    text = np.full(n, None, dtype=object)
    if n == 0:
        return tags, text
    codes, kinds = pd.factorize(np.fromiter(map(type, values), dtype=object, count=n))
    for code, kind in enumerate(kinds):
        tag = _TAG_OF.get(kind)
        if tag is None:
            raise _Unsupported(f"a value of type {kind.__name__}")
        where = np.flatnonzero(codes == code)
        chosen = values[where]
        if tag == _STR:
            text[where] = chosen
        elif tag in (_FLOAT, _NP_FLOAT):
            numbers = chosen.astype(np.float64)
            nan = np.isnan(numbers)
            if tag == _FLOAT:
                tags[where[nan]] = _NAN
                where, numbers = where[~nan], numbers[~nan]
            text[where] = [repr(float(v)) for v in numbers]
        elif tag in (_INT, _NP_INT):
            text[where] = [str(int(v)) for v in chosen]
        elif tag in (_BOOL, _NP_BOOL):
            text[where] = ["1" if v else "0" for v in chosen]
        if tag not in (_FLOAT,):
            tags[where] = tag
        elif len(where):
            tags[where] = _FLOAT
    return tags, text


def _put_each(out: np.ndarray, where: np.ndarray, values: list[Any]) -> None:
    """Store Python objects as they are (an object array of them: numpy does not convert
    ints to int64 or floats to float64 on the way)."""
    held = np.empty(len(values), dtype=object)
    held[:] = values
    out[where] = held


def _decode_objects(tags: np.ndarray, text: np.ndarray) -> np.ndarray:
    out = np.full(len(tags), None, dtype=object)
    for tag in np.unique(tags).tolist():
        where = np.flatnonzero(tags == tag)
        words = text[where]
        if tag == _NONE:
            continue
        if tag == _NAN:
            _put_each(out, where, [float("nan")] * len(where))
        elif tag == _STR:
            out[where] = words
        elif tag == _INT:
            _put_each(out, where, [int(w) for w in words])
        elif tag == _FLOAT:
            _put_each(out, where, [float(w) for w in words])
        elif tag == _BOOL:
            _put_each(out, where, [w == "1" for w in words])
        elif tag == _NP_FLOAT:
            _put_each(out, where, [np.float64(w) for w in words])
        elif tag == _NP_INT:
            _put_each(out, where, [np.int64(w) for w in words])
        elif tag == _NP_BOOL:
            _put_each(out, where, [np.bool_(w == "1") for w in words])
        elif tag == _PD_NA:
            _put_each(out, where, [pd.NA] * len(where))
        else:
            raise ValueError(f"unknown value tag {tag}")
    return out


def frames_identical(a: pd.DataFrame, b: pd.DataFrame) -> str | None:
    """``None`` when ``a`` and ``b`` are the same frame: columns, index, dtypes (categories
    included) and every value, the kind of each missing value (None, NaN, NA) and the
    Python type of each object value included; otherwise what differs.

    Example
    -------
    >>> frames_identical(pd.DataFrame({"k": [1, "1"]}), pd.DataFrame({"k": [1, "1"]})) is None
    True
    >>> frames_identical(pd.DataFrame({"k": ["a", None]}), pd.DataFrame({"k": ["a", float("nan")]}))
    "column 'k': values differ"
    """
    if list(a.columns) != list(b.columns) or a.columns.dtype != b.columns.dtype:
        return "columns differ"
    if type(a.index) is not type(b.index) or not a.index.equals(b.index):
        return "index differs"
    if a.attrs != b.attrs:
        return "attrs differ"
    for position, column in enumerate(a.columns):
        x, y = a.iloc[:, position], b.iloc[:, position]
        if x.dtype != y.dtype or str(x.dtype) != str(y.dtype):
            return f"column {column!r}: dtype {x.dtype} vs {y.dtype}"
        if x.dtype == object:
            try:
                tx, vx = _encode_objects(x.to_numpy())
                ty, vy = _encode_objects(y.to_numpy())
            except _Unsupported as reason:
                return f"column {column!r}: {reason}"
            if not (np.array_equal(tx, ty) and bool((vx == vy).all())):
                return f"column {column!r}: values differ"
            continue
        try:
            pd.testing.assert_series_equal(
                x, y, check_exact=True, check_category_order=True, check_freq=True
            )
        except AssertionError:
            return f"column {column!r}: values differ"
    return None


def _dtype_name(dtype: Any) -> str:
    """``str(dtype)``, except for pandas strings, whose storage (python or pyarrow) and
    missing value (NA or NaN) ``str`` does not tell."""
    if isinstance(dtype, pd.StringDtype):
        missing = "nan" if dtype.na_value is not pd.NA else "na"
        return f"string:{dtype.storage}:{missing}"
    return str(dtype)


def _dtype_from_name(name: str) -> Any:
    if name.startswith("string:"):
        _, storage, missing = name.split(":")
        return pd.StringDtype(storage, na_value=np.nan if missing == "nan" else pd.NA)
    return pd.api.types.pandas_dtype(name)


def _write_frame(frame: pd.DataFrame, path: Path) -> dict[str, Any]:
    """Store ``frame`` exactly (see :func:`frames_identical`), or raise ``_Unsupported``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if (
        not isinstance(frame.index, pd.RangeIndex)
        or frame.index.start != 0
        or frame.index.step != 1
    ):
        raise _Unsupported("an index other than 0..n-1")
    if not all(isinstance(c, str) for c in frame.columns) or frame.columns.has_duplicates:
        raise _Unsupported("column names that are not distinct strings")
    try:
        json.dumps(frame.attrs)
    except (TypeError, ValueError) as error:
        raise _Unsupported(f"attrs JSON cannot hold ({error})") from None
    names = [f"c{i}" for i in range(frame.shape[1])]
    dtypes = list(frame.dtypes)
    objects = [i for i, dtype in enumerate(dtypes) if dtype == np.dtype(object)]
    # categoricals as codes, their categories in the spec (Parquet drops unused categories
    # of an empty column, and some category types)
    categoricals: dict[str, Any] = {}
    for i, dtype in enumerate(dtypes):
        if isinstance(dtype, pd.CategoricalDtype):
            categories = dtype.categories
            values = categories.tolist()
            if categories.dtype != np.dtype(object) and categories.dtype.kind not in "iub":
                raise _Unsupported(f"categories of type {categories.dtype}")
            if not all(isinstance(v, str | int) for v in values) and len(values):
                raise _Unsupported("categories that are neither strings nor integers")
            categoricals[str(i)] = {
                "categories": values,
                "dtype": str(categories.dtype),
                "ordered": bool(dtype.ordered),
            }
    kept = [
        i for i in range(frame.shape[1]) if i not in set(objects) and str(i) not in categoricals
    ]
    plain = frame.iloc[:, kept].set_axis([names[i] for i in kept], axis=1)
    try:
        table = (
            pa.Table.from_pandas(plain, preserve_index=False)
            if kept
            else pa.table({"rows": pa.nulls(len(frame))})  # a table of no columns has no rows
        )
        for i in objects:
            tags, text = _encode_objects(frame.iloc[:, i].to_numpy())
            table = table.append_column(names[i], pa.array(text, type=pa.large_string()))
            table = table.append_column(f"t{i}", pa.array(tags, type=pa.int8()))
        for key in categoricals:
            codes = np.asarray(frame.iloc[:, int(key)].cat.codes, dtype=np.int64)
            table = table.append_column(names[int(key)], pa.array(codes, type=pa.int64()))
    except (pa.ArrowException, TypeError, ValueError) as error:
        raise _Unsupported(f"Parquet cannot hold it ({error})") from None
    if path.suffix == ".arrow":
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
    else:
        pq.write_table(table, path)
    return {
        "columns": list(frame.columns),
        "objects": objects,
        "categoricals": categoricals,
        "dtypes": [_dtype_name(dtype) for dtype in dtypes],
        "rows": len(frame),
        "attrs": frame.attrs,
    }


def _read_exact(path: Path, spec: dict[str, Any]) -> pd.DataFrame:
    import pyarrow as pa

    # ParquetFile, not pq.read_table: read_table goes through pyarrow.dataset, whose first
    # use in a process (each notebook kernel) costs more than reading the whole network;
    # and pyarrow.parquet only when needed: its import alone (~0.04 s) costs a notebook
    # kernel as much as reading the merged network's Arrow files
    if path.suffix == ".arrow":  # Arrow IPC, memory-mapped: no decoding at all
        with pa.memory_map(str(path)) as source:
            table = pa.ipc.open_file(source).read_all()
    else:
        import pyarrow.parquet as pq

        with pq.ParquetFile(path) as handle:
            table = handle.read()
    objects = set(spec["objects"])
    categoricals = spec["categoricals"]
    plain_names = [
        f"c{i}"
        for i in range(len(spec["columns"]))
        if i not in objects and str(i) not in categoricals
    ]
    plain = table.select(plain_names).to_pandas() if plain_names else None
    # columns as arrays, not Series: a Series would be aligned on its index, column by column
    data: dict[int, Any] = {}
    for i, dtype in enumerate(spec["dtypes"]):
        if i in objects:
            text = table.column(f"c{i}").to_numpy(zero_copy_only=False)
            tags = table.column(f"t{i}").to_numpy()
            data[i] = _decode_objects(tags, np.asarray(text, dtype=object))
        elif str(i) in categoricals:
            kind = categoricals[str(i)]
            categories = pd.Index(kind["categories"], dtype=kind["dtype"])
            data[i] = pd.Categorical.from_codes(
                table.column(f"c{i}").to_numpy(),
                dtype=pd.CategoricalDtype(categories, ordered=kind["ordered"]),
            )
        else:
            assert plain is not None
            column = plain[f"c{i}"]
            if _dtype_name(column.dtype) != dtype:
                column = column.astype(_dtype_from_name(dtype))
            data[i] = (
                column.array
                if isinstance(column.dtype, pd.api.extensions.ExtensionDtype)
                else column.to_numpy()
            )
    frame = pd.DataFrame(data, index=pd.RangeIndex(int(spec["rows"])), copy=False)
    frame.columns = pd.Index(spec["columns"], dtype=object)
    frame.attrs = dict(spec["attrs"])
    if len(frame) != int(spec["rows"]):
        raise ValueError(f"{path.name}: {len(frame)} rows, expected {spec['rows']}")
    return frame


def _store_frame(
    frame: pd.DataFrame, folder: Path, name: str, suffix: str = ".parquet"
) -> dict[str, Any]:
    """Write ``frame`` to ``folder/name.parquet`` (or ``.arrow``: Arrow IPC, for frames read
    on every warm load) and check that it reads back identical."""
    path = folder / f"{name}{suffix}"
    spec = _write_frame(frame, path)
    spec["file"] = path.name
    back = _read_exact(path, spec)
    difference = frames_identical(frame, back)
    if difference is not None:
        raise _Unsupported(f"{name} does not read back identical ({difference})")
    return spec


def _encode_value(
    value: Any, folder: Path, name: str, net_frames: dict[str, pd.DataFrame]
) -> dict[str, Any]:
    """One attribute of the Network (or of its identity result) as a JSON spec."""
    if value is None:
        return {"none": True}
    if isinstance(value, pd.DataFrame):
        for other, frame in net_frames.items():
            if frame is value or (
                frame.shape == value.shape and frames_identical(frame, value) is None
            ):
                return {"same_as": other}
        return {"frame": _store_frame(value, folder, name, NETWORK_SUFFIX)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        return {
            "dataclass": f"{cls.__module__}:{cls.__qualname__}",
            "fields": {
                f.name: _encode_value(
                    getattr(value, f.name), folder, f"{name}.{f.name}", net_frames
                )
                for f in dataclasses.fields(value)
            },
        }
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        raise _Unsupported(f"{name} holds a {type(value).__name__}") from None
    if json.loads(text) != value or type(json.loads(text)) is not type(value):
        raise _Unsupported(f"{name} holds a {type(value).__name__} JSON does not keep")
    return {"json": value}


def _decode_value(spec: dict[str, Any], folder: Path, net_frames: dict[str, pd.DataFrame]) -> Any:
    import importlib

    if spec.get("none"):
        return None
    if "same_as" in spec:
        return net_frames[spec["same_as"]].copy(deep=False)
    if "frame" in spec:
        return _read_exact(folder / spec["frame"]["file"], spec["frame"])
    if "dataclass" in spec:
        module, _, qualname = spec["dataclass"].partition(":")
        cls: Any = importlib.import_module(module)
        for part in qualname.split("."):
            cls = getattr(cls, part)
        return cls(**{k: _decode_value(v, folder, net_frames) for k, v in spec["fields"].items()})
    return spec["json"]


def _encode_network(folder: Path, net: Any, entries: Sequence[Path], root: Path) -> dict[str, Any]:
    frames = {
        f.name: getattr(net, f.name)
        for f in dataclasses.fields(net)
        if isinstance(getattr(net, f.name), pd.DataFrame)
    }
    fields: dict[str, Any] = {}
    for name, frame in frames.items():
        fields[name] = {"frame": _store_frame(frame, folder, name, NETWORK_SUFFIX)}
    exports = []
    for export, entry in zip(net.exports, entries, strict=True):
        meta = _meta(export)
        try:
            json.dumps(meta)
            # where each of its frames lies in the export's own entry, read on first use
            meta["frames"] = json.loads((entry / "meta.json").read_text(encoding="utf-8"))["frames"]
        except (TypeError, ValueError, KeyError) as error:
            raise _Unsupported(f"an export's metadata ({error})") from None
        exports.append({"entry": entry.relative_to(root).as_posix(), "meta": meta})
    for f in dataclasses.fields(net):
        if f.name in frames or f.name == "exports":
            continue
        fields[f.name] = _encode_value(getattr(net, f.name), folder, f.name, frames)
    return {"layout": LAYOUT_VERSION, "fields": fields, "exports": exports}


def _decode_network(
    folder: Path,
    meta: dict[str, Any],
    store: ExportCache,
    entries: Sequence[Path],
    refind: Sequence[Callable[[], FoundExport]],
) -> Any:
    from power1000_analysis.network import Network

    if meta.get("layout") != LAYOUT_VERSION or len(meta["exports"]) != len(entries):
        raise ValueError("written by another version")
    if [record["entry"] for record in meta["exports"]] != [
        entry.relative_to(store.folder).as_posix() for entry in entries
    ]:
        raise ValueError("holds other exports")
    frames = {
        name: _read_exact(folder / spec["frame"]["file"], spec["frame"])
        for name, spec in meta["fields"].items()
        if "frame" in spec
    }
    values: dict[str, Any] = dict(frames)
    for name, spec in meta["fields"].items():
        if name not in frames:
            values[name] = _decode_value(spec, folder, frames)
    values["exports"] = [
        CachedExport.of(record["meta"], entry, store, again)
        for record, entry, again in zip(meta["exports"], entries, refind, strict=True)
    ]
    return Network(**values)


class _LazyFrame:
    """A frame attribute of :class:`CachedExport`: read from the cache entry on first use.

    (A data descriptor, as the dataclass keeps each field's default on the class, which
    would answer before any ``__getattr__``.)
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return None  # the dataclass default
        values = instance.__dict__
        if self.name not in values:
            values[self.name] = instance._read_frame(self.name)
        return values[self.name]

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.name] = value


class CachedExport(LoadedExport):
    """A loader result whose frames are read from its cache entry when first used.

    A network read from the cache needs the merged frames at once but each snapshot's own
    frames rarely (``acceptance`` reads their requests): reading them all would cost as much
    as the merge saved. The metadata is at hand; each frame is read on first access
    (the export is parsed again if its entry turns out damaged). It compares equal to a
    ``LoadedExport`` holding identical values.
    """

    contacts = _LazyFrame()
    interactions = _LazyFrame()
    requests = _LazyFrame()
    problems = _LazyFrame()
    posts = _LazyFrame()

    @classmethod
    def of(
        cls,
        meta: dict[str, Any],
        entry: Path,
        store: ExportCache,
        refind: Callable[[], FoundExport],
    ) -> CachedExport:
        """The export described by ``meta`` (see ``_meta``), its frames in ``entry``;
        ``refind()`` finds the export again should the entry be damaged."""
        export = _from_meta(meta, dict.fromkeys(_FRAMES), cls)
        assert isinstance(export, CachedExport)
        for name in _FRAMES:
            if meta["frames"].get(name) is not None:
                del export.__dict__[name]  # read on first use
        export.__dict__["_lazy"] = (entry, meta["frames"], store, refind)
        return export

    def _read_frame(self, name: str) -> pd.DataFrame | None:
        entry, frames, store, refind = self.__dict__["_lazy"]
        try:
            return _read_entry_frame(entry, {"frames": frames}, name)
        except (OSError, ValueError, KeyError, TypeError) as error:
            store._damaged(entry, error, "the export was parsed again")
            frame: pd.DataFrame | None = getattr(read_export(refind()), name)
            return frame

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoadedExport):
            return NotImplemented
        return all(
            _values_equal(getattr(self, f.name), getattr(other, f.name))
            for f in dataclasses.fields(LoadedExport)
        )

    __hash__ = None  # type: ignore[assignment]


def _values_equal(a: Any, b: Any) -> bool:
    if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame):
        return (
            isinstance(a, pd.DataFrame)
            and isinstance(b, pd.DataFrame)
            and frames_identical(a.reset_index(drop=True), b.reset_index(drop=True)) is None
        )
    return bool(a == b)
