"""A cache of parsed exports, so that re-running the analyses on new exports is cheap.

Each export's loader result (its frames after validation) is stored as Parquet, keyed by

- the export's **content**: every member the loader could read, byte for byte (media
  files, which no loader reads, by name and size only), plus the export's label and newest
  modification time (a loader falls back to them for the export date and ``source``);
- the **loader version**: a hash of the platform loader's source, the shared loader code
  and the schema, so that editing a loader invalidates exactly its entries.

Loading the same export twice reads it from the cache; adding a new snapshot parses only
that one. The cache lives beside the user's data (``<folder of the first path>/.power1000-cache``,
git-ignored) because that is where the user already keeps personal data; nothing personal
is written anywhere else.

Example
-------
>>> default_cache_dir(["data/sample"]).name
'.power1000-cache'
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from power1000_analysis.loaders import REGISTRY, FoundExport, LoadedExport, read_export
from power1000_analysis.loaders._archive import Archive, SubArchive

__all__ = ["CACHE_DIRNAME", "ExportCache", "default_cache_dir", "export_key", "loader_version"]

CACHE_DIRNAME = ".power1000-cache"
#: bump to invalidate every entry when the on-disk layout changes.
LAYOUT_VERSION = "2"
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
    """A short hash of the code that turns an export of ``platform`` into frames."""
    from power1000_analysis import loaders, schema
    from power1000_analysis.loaders import _archive, _base, _text

    digest = hashlib.blake2b(LAYOUT_VERSION.encode(), digest_size=12)
    module = REGISTRY[platform]
    digest.update(str(getattr(module, "LOADER_VERSION", "")).encode())
    for code in (module, loaders, _archive, _base, _text, schema):
        try:
            digest.update(inspect.getsource(code).encode())  # type: ignore[arg-type]
        except (OSError, TypeError):  # pragma: no cover - source unavailable (zipapp)
            digest.update(getattr(code, "__name__", "?").encode())
    return digest.hexdigest()


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
    ]
    digest.update("\x00".join(head).encode())
    for name in names:
        digest.update(b"\x01" + name.encode() + b"\x00")
        if _MEDIA.search(name):
            digest.update(str(base.size(prefix + name)).encode())
            continue
        with base.open(prefix + name) as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
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
        "extra": result.extra,
        "owner_details": result.owner_details,
        "frames": {name: getattr(result, name) is not None for name in _FRAMES},
    }


def _from_meta(meta: dict[str, Any], frames: dict[str, pd.DataFrame | None]) -> LoadedExport:
    exported = meta["exported_at"]
    return LoadedExport(
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
        extra=dict(meta["extra"]),
        owner_details=dict(meta["owner_details"]),
    )


def _string_storage(frame: pd.DataFrame) -> dict[str, str]:
    return {
        str(column): str(dtype.storage)
        for column, dtype in frame.dtypes.items()
        if isinstance(dtype, pd.StringDtype)
    }


def _read_frame(path: Path, storage: dict[str, str]) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    for column, kind in storage.items():
        frame[column] = frame[column].astype(pd.StringDtype(kind))
    return frame


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
        self._warned = False

    def entry(self, found: FoundExport) -> Path:
        platform = found.detection.platform
        return self.folder / platform / f"{loader_version(platform)}-{export_key(found)}"

    def read(self, found: FoundExport) -> LoadedExport:
        """The loader result for ``found``, from the cache when its content was seen before."""
        entry = self.entry(found)
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
            storage = meta.get("string_storage", {})
            frames = {
                name: _read_frame(entry / f"{name}.parquet", storage.get(name, {}))
                if meta["frames"][name]
                else None
                for name in _FRAMES
            }
            return _from_meta(meta, frames)
        except (OSError, ValueError, KeyError) as error:  # a damaged entry is a miss
            warnings.warn(f"ignoring damaged cache entry {entry}: {error}", stacklevel=3)
            return None

    def _put(self, entry: Path, result: LoadedExport) -> None:
        meta = _meta(result)
        # Parquet reads pandas strings back as pyarrow-backed; remember the storage to restore
        meta["string_storage"] = {
            name: _string_storage(getattr(result, name))
            for name in _FRAMES
            if getattr(result, name) is not None
        }
        try:
            text = json.dumps(meta, ensure_ascii=False)
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
            for name in _FRAMES:
                frame = getattr(result, name)
                if frame is None:
                    continue
                path = staging / f"{name}.parquet"
                frame.to_parquet(path, index=False)
                # Parquet cannot hold every object column a loader may add (lists of
                # mixed types…): store only what reads back equal.
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", FutureWarning)  # None vs NaN: both missing
                    pd.testing.assert_frame_equal(
                        _read_frame(path, meta["string_storage"][name]),
                        frame.reset_index(drop=True),
                    )
            (staging / "meta.json").write_text(text, encoding="utf-8")
            os.replace(staging, entry)
        except Exception:
            # Another process stored the same entry first, or a frame did not round-trip:
            # either way the result in hand is correct and a cache write must never fail a load.
            pass
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _warn(self, message: str) -> None:
        if not self._warned:
            warnings.warn(message, stacklevel=4)
            self._warned = True
