"""Safe, read-only access to an export: a zip, a tar(.gz), a folder, one file, or several parts.

Nothing is extracted to disk. Member names are normalised to POSIX paths relative to the
archive; names that try to leave it (``../x``, ``/etc/passwd``, ``C:\\x``) are never read and
are recorded as problems. Members whose uncompressed size or compression ratio is absurd are
refused before a single byte is inflated, so a zip bomb fails fast in bounded memory; one that
under-declares its size is inflated at most :data:`READ_CHUNK` bytes at a time and stops at the
size it declares (a bad CRC-32, below). A
member whose compressed data is damaged (a zlib error, a bad CRC, cut short) raises
:class:`MemberReadError` naming the archive and the member, never a raw ``zlib.error``.

Example
-------
>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w") as zf:
...     zf.writestr("Connections.csv", "First Name,Last Name\\n")
>>> archive = ZipArchive(buffer, label="demo.zip")
>>> archive.names()
['Connections.csv']
>>> archive.read_bytes("Connections.csv")[:10]
b'First Name'
"""

from __future__ import annotations

import gzip
import io
import os
import re
import shutil
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast

__all__ = [
    "DAMAGED",
    "MAX_INNER_ARCHIVES",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "READ_CHUNK",
    "Archive",
    "ArchiveLimitError",
    "ExcludingArchive",
    "ExportFormatError",
    "FolderArchive",
    "MemberReadError",
    "MultiArchive",
    "SingleFileArchive",
    "SubArchive",
    "TarArchive",
    "ZipArchive",
    "member_named",
    "open_archive",
]

# A single export member larger than this is not something a person's export holds.
MAX_MEMBER_BYTES = 4 * 1024**3
# Compression ratio above which a member counts as a bomb (text JSON compresses ~10-30x).
MAX_RATIO = 200
# Ratio is only checked for members whose uncompressed size exceeds this: tiny files of
# repeated characters compress absurdly well and are harmless.
RATIO_FLOOR_BYTES = 1024**2
# Sum of declared uncompressed sizes above which the whole archive is refused.
MAX_TOTAL_BYTES = 64 * 1024**3
#: a member is read (inflated) at most this many bytes at a time, whatever the reader asks:
#: zipfile's own ``read()`` and ``read1()`` inflate the whole compressed stream in one call
#: and only then cut it at the declared size, so a member declaring 2 MB that inflates to
#: 500 MB took 1.2 GB of memory (review10 R7).
READ_CHUNK = 1 << 20


class ExportFormatError(ValueError):
    """A path is not an export this package can read; the message says what was expected."""


class ArchiveLimitError(ExportFormatError):
    """A member or archive exceeds the size or ratio limits (a zip bomb or a corrupt file)."""


#: what a damaged member's message says after its source
DAMAGED = "cannot be read, its data is damaged inside the archive"


class MemberReadError(ExportFormatError):
    """One member of an archive cannot be read: its compressed data is damaged (zlib error,
    bad CRC-32, cut short), or it is encrypted. The message names the archive and the
    member; ``archive`` and ``member`` say which (the member's name in that archive, see
    :meth:`Archive.resolve`), so a reader can go on without it."""

    def __init__(self, message: str, archive: Archive | None = None, member: str = ""):
        super().__init__(message)
        self.archive = archive
        self.member = member


#: what a damaged member raises while it is inflated or listed: zlib's "invalid code
#: lengths set", zipfile's "Bad CRC-32", gzip's and tar's errors, a stream that ends early
_DAMAGE: tuple[type[Exception], ...] = (
    zlib.error,
    zipfile.BadZipFile,
    gzip.BadGzipFile,
    tarfile.TarError,
    EOFError,
)

#: and what opening one raises besides: an encrypted member (RuntimeError "password
#: required"), an unknown compression method
_OPEN_DAMAGE: tuple[type[Exception], ...] = (*_DAMAGE, RuntimeError, NotImplementedError)


def _damaged(archive: Archive, member: str, error: BaseException) -> MemberReadError:
    kind = "zlib" if isinstance(error, zlib.error) else type(error).__name__
    return MemberReadError(
        f"{archive.source(member)}: {DAMAGED} ({kind}: {error}); download the export again",
        archive,
        member,
    )


class _CheckedStream(io.BufferedIOBase):
    """A member's stream whose damage errors become :class:`MemberReadError`, read at most
    :data:`READ_CHUNK` bytes at a time from the underlying stream (see there)."""

    def __init__(self, raw: IO[bytes], archive: Archive, member: str):
        super().__init__()
        self._raw = raw
        self._archive = archive
        self._member = member

    def read(self, size: int | None = -1) -> bytes:
        left = -1 if size is None or size < 0 else size
        try:
            if left <= READ_CHUNK and left >= 0:
                return self._raw.read(left)
            parts = []
            while left:
                part = self._raw.read(READ_CHUNK if left < 0 else min(left, READ_CHUNK))
                if not part:
                    break
                parts.append(part)
                left = left - len(part) if left > 0 else left
            return b"".join(parts)
        except _DAMAGE as error:
            raise _damaged(self._archive, self._member, error) from error

    def read1(self, size: int = -1) -> bytes:
        size = READ_CHUNK if size < 0 else min(size, READ_CHUNK)
        try:
            read1 = getattr(self._raw, "read1", None)
            return read1(size) if read1 is not None else self._raw.read(size)
        except _DAMAGE as error:
            raise _damaged(self._archive, self._member, error) from error

    def readline(self, size: int | None = -1) -> bytes:
        try:
            return self._raw.readline(-1 if size is None else size)
        except _DAMAGE as error:
            raise _damaged(self._archive, self._member, error) from error

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(memoryview(buffer).cast("B")))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._raw.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        try:
            return self._raw.seek(offset, whence)
        except _DAMAGE as error:
            raise _damaged(self._archive, self._member, error) from error

    def tell(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


_DRIVE = re.compile(r"^[A-Za-z]:")


#: folders that are never part of an export: our own parse cache beside the user's data,
#: Jupyter's checkpoints, and the resource-fork copies macOS adds to zips (``._x.json`` files
#: that look like JSON by name and are binary).
SKIPPED_FOLDERS = frozenset({".power1000-cache", ".ipynb_checkpoints", "__MACOSX"})


def safe_member_name(name: str) -> str | None:
    """The normalised relative POSIX name, or None if the name tries to leave the archive."""
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return "/".join(parts)


@dataclass
class Archive:
    """Read-only view over the files of one export container.

    Subclasses fill ``_members`` (relative name -> opaque handle) and implement ``_open``.
    ``problems`` collects members that were refused (path tricks, limits).
    """

    label: str
    problems: list[dict[str, Any]] = field(default_factory=list)

    # -- to implement -------------------------------------------------------------------
    def _member_map(self) -> dict[str, Any]:
        raise NotImplementedError

    def _open(self, handle: Any) -> IO[bytes]:
        raise NotImplementedError

    def _size(self, handle: Any) -> int:
        raise NotImplementedError

    def _mtime(self, handle: Any) -> datetime | None:
        return None

    def _local_path(self, handle: Any) -> Path | None:
        return None

    # -- public API -----------------------------------------------------------------------
    def names(self) -> list[str]:
        """Relative POSIX names of every regular file, sorted."""
        return sorted(self._member_map())

    def __contains__(self, name: object) -> bool:
        return name in self._member_map()

    def size(self, name: str) -> int:
        return self._size(self._handle(name))

    def mtime(self, name: str) -> datetime | None:
        return self._mtime(self._handle(name))

    def newest_mtime(self) -> datetime | None:
        times = [t for t in (self._mtime(h) for h in self._member_map().values()) if t]
        return max(times) if times else None

    def open(self, name: str) -> IO[bytes]:
        """A binary stream of one member (bounded by its declared size)."""
        return self._open(self._handle(name))

    def read_bytes(self, name: str) -> bytes:
        with self.open(name) as stream:
            return stream.read()

    def local_path(self, name: str) -> Path | None:
        """The member's own file on disk (folder exports), or None when it lives inside a zip
        or tar. For readers that are faster from a path than from bytes (polars memory-maps
        a path instead of needing the whole member copied into memory first)."""
        return self._local_path(self._handle(name))

    def source(self, name: str) -> str:
        """How to name a member in messages: ``archive label :: member``."""
        return f"{self.label}::{name}"

    def resolve(self, name: str) -> tuple[Archive, str]:
        """The archive that holds the member's bytes and its name there (a view's member
        resolves to its zip's, folder's or tar's): what :class:`MemberReadError` names."""
        self._handle(name)
        return self, name

    def _handle(self, name: str) -> Any:
        try:
            return self._member_map()[name]
        except KeyError:
            raise FileNotFoundError(f"{name!r} is not in {self.label}") from None

    def _refuse(self, name: str, message: str) -> None:
        self.problems.append(
            {"source": self.source(name), "severity": "error", "message": message, "n_skipped": 1}
        )


class ZipArchive(Archive):
    """A zip file (path or binary stream). Members are inflated on demand, never to disk."""

    def __init__(self, file: str | os.PathLike[str] | IO[bytes], *, label: str | None = None):
        super().__init__(
            label=label or (os.fspath(file) if isinstance(file, (str, os.PathLike)) else "zip")
        )
        try:
            self._zip = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError) as error:
            raise ExportFormatError(f"{self.label}: not a readable zip file ({error})") from error
        self._members: dict[str, zipfile.ZipInfo] | None = None

    def _member_map(self) -> dict[str, zipfile.ZipInfo]:
        if self._members is None:
            members: dict[str, zipfile.ZipInfo] = {}
            total = 0
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                name = safe_member_name(info.filename)
                if name is None:
                    self._refuse(
                        info.filename, "member name leaves the archive (path traversal); not read"
                    )
                    continue
                if SKIPPED_FOLDERS.intersection(name.split("/")[:-1]):
                    continue
                total += info.file_size
                members[name] = info
            if total > MAX_TOTAL_BYTES:
                raise ArchiveLimitError(
                    f"{self.label}: declares {total / 1024**3:.1f} GiB uncompressed, more than the "
                    f"{MAX_TOTAL_BYTES / 1024**3:.0f} GiB an export can plausibly hold; refusing it"
                )
            self._members = members
        return self._members

    def _check(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > MAX_MEMBER_BYTES:
            raise ArchiveLimitError(
                f"{self.source(info.filename)}: {info.file_size} bytes uncompressed exceeds the "
                f"{MAX_MEMBER_BYTES} byte limit per member"
            )
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ArchiveLimitError(
                f"{self.source(info.filename)}: compression ratio "
                f"{info.file_size / max(info.compress_size, 1):.0f}:1 exceeds {MAX_RATIO}:1 (zip bomb?)"
            )

    def _open(self, handle: zipfile.ZipInfo) -> IO[bytes]:
        self._check(handle)
        name = safe_member_name(handle.filename) or handle.filename
        # ZipExtFile stops at the declared file_size and verifies the CRC, so a member that
        # lies about its size returns no more than the checked bound; _CheckedStream reads it
        # READ_CHUNK at a time, so no more than that is inflated at once. A damaged member (bad
        # local header, zlib error, bad CRC) or an encrypted one is a MemberReadError.
        try:
            stream = self._zip.open(handle)
        except _OPEN_DAMAGE as error:
            raise _damaged(self, name, error) from error
        return cast(IO[bytes], _CheckedStream(stream, self, name))

    def _size(self, handle: zipfile.ZipInfo) -> int:
        return handle.file_size

    def _mtime(self, handle: zipfile.ZipInfo) -> datetime | None:
        try:
            # zip times are local wall-clock without zone; UTC is the honest default.
            return datetime(*handle.date_time, tzinfo=UTC)
        except ValueError:
            return None


class TarArchive(Archive):
    """A tar or tar.gz archive (older Mastodon archives)."""

    def __init__(self, path: str | os.PathLike[str], *, label: str | None = None):
        super().__init__(label=label or os.fspath(path))
        try:
            self._tar = tarfile.open(path, "r:*")  # noqa: SIM115
        except (tarfile.TarError, OSError) as error:
            raise ExportFormatError(
                f"{self.label}: not a readable tar archive ({error})"
            ) from error
        self._members: dict[str, tarfile.TarInfo] | None = None

    def _member_map(self) -> dict[str, tarfile.TarInfo]:
        if self._members is None:
            members: dict[str, tarfile.TarInfo] = {}
            total = 0
            for info in self._tar.getmembers():
                if not info.isfile():  # symlinks, devices and hard links are never followed
                    continue
                name = safe_member_name(info.name)
                if name is None:
                    self._refuse(
                        info.name, "member name leaves the archive (path traversal); not read"
                    )
                    continue
                if info.size > MAX_MEMBER_BYTES:
                    self._refuse(name, f"{info.size} bytes exceeds the per-member limit; not read")
                    continue
                total += info.size
                members[name] = info
            if total > MAX_TOTAL_BYTES:
                raise ArchiveLimitError(f"{self.label}: declares more than {MAX_TOTAL_BYTES} bytes")
            self._members = members
        return self._members

    def _open(self, handle: tarfile.TarInfo) -> IO[bytes]:
        name = safe_member_name(handle.name) or handle.name
        try:
            stream = self._tar.extractfile(handle)
        except _DAMAGE as error:
            raise _damaged(self, name, error) from error
        if stream is None:  # pragma: no cover - only regular files are listed
            raise FileNotFoundError(handle.name)
        return cast(IO[bytes], _CheckedStream(stream, self, name))

    def _size(self, handle: tarfile.TarInfo) -> int:
        return handle.size

    def _mtime(self, handle: tarfile.TarInfo) -> datetime | None:
        return datetime.fromtimestamp(handle.mtime, tz=UTC) if handle.mtime else None


class FolderArchive(Archive):
    """An unpacked export folder. Symlinks that leave the folder are not followed.

    With ``split_archives``, zip and tar files inside the folder are not members: they are
    listed in :attr:`nested` (paths under the folder as given) so that ``discover`` opens
    each as an export of its own, from the same single walk of the tree.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        exclude: Iterable[Path] = (),
        label: str | None = None,
        split_archives: bool = False,
    ):
        super().__init__(label=label or os.fspath(path))
        self.root = Path(path)
        self._exclude = {Path(p).resolve() for p in exclude}
        self._split_archives = split_archives
        self._nested: list[Path] = []
        self._members: dict[str, str] | None = None

    @property
    def nested(self) -> list[Path]:
        """Archive files found inside the folder (``split_archives`` only), in walk order:
        a folder's own files (sorted) before its subfolders' (sorted)."""
        self._member_map()
        return list(self._nested)

    def _member_map(self) -> dict[str, str]:
        if self._members is None:
            root = self.root.resolve()
            # One os.scandir walk from the resolved root: directory entries carry their
            # type, so no stat (let alone resolve()) per file, and names are joined as
            # strings; plain strings then compare with the excluded paths.
            self._members = {}
            self._nested = []
            self._scan(root, os.fspath(root), "", {os.fspath(p) for p in self._exclude})
        return self._members

    def _scan(self, root: Path, directory: str, prefix: str, excluded: set[str]) -> None:
        assert self._members is not None
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            return
        folders = []
        for entry in entries:
            full = entry.path
            if full in excluded:
                continue
            relative = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in SKIPPED_FOLDERS:
                        folders.append(entry)
                    continue
                if entry.is_symlink():
                    # os.walk listed links to folders as folders and never entered them
                    if entry.is_dir():
                        continue
                    target = Path(full).resolve()
                    if root not in target.parents:
                        self._refuse(relative, "symlink points outside the export; not followed")
                        continue
                    if target in self._exclude or not entry.is_file():
                        continue
                    if self._split_archives and is_archive_file(target.name):
                        continue  # the archive itself is read as a nested export
                elif not entry.is_file(follow_symlinks=False):
                    continue
            except OSError:
                continue
            if self._split_archives and not entry.is_symlink() and is_archive_file(entry.name):
                self._nested.append(self.root / relative)
                continue
            self._members[relative] = full
        for entry in folders:
            self._scan(root, entry.path, prefix + entry.name + "/", excluded)

    def _open(self, handle: str | Path) -> IO[bytes]:
        return open(handle, "rb")

    def _size(self, handle: str | Path) -> int:
        return os.stat(handle).st_size

    def _mtime(self, handle: str | Path) -> datetime | None:
        return datetime.fromtimestamp(os.stat(handle).st_mtime, tz=UTC)

    def _local_path(self, handle: str | Path) -> Path | None:
        return Path(handle)


class SingleFileArchive(FolderArchive):
    """One loose file (a .car, .vcf or .csv) seen as an archive holding just that file."""

    def __init__(self, path: str | os.PathLike[str], *, label: str | None = None):
        super().__init__(Path(path).parent, label=label or os.fspath(path))
        self.file = Path(path)

    def _member_map(self) -> dict[str, str]:
        if self._members is None:
            self._members = {self.file.name: os.fspath(self.file)}
        return self._members


class SubArchive(Archive):
    """The part of another archive under one folder (an export inside a bigger tree)."""

    def __init__(self, parent: Archive, prefix: str):
        prefix = prefix.strip("/")
        super().__init__(label=f"{parent.label}::{prefix}" if prefix else parent.label)
        self.parent = parent
        self.prefix = prefix
        self.problems = parent.problems
        self._members: dict[str, str] | None = None

    def _member_map(self) -> dict[str, str]:
        # Built once: loaders open thousands of members (Messenger threads) through this view.
        if self._members is None:
            start = self.prefix + "/" if self.prefix else ""
            self._members = {
                name[len(start) :]: name for name in self.parent.names() if name.startswith(start)
            }
        return self._members

    def _open(self, handle: str) -> IO[bytes]:
        return self.parent.open(handle)

    def resolve(self, name: str) -> tuple[Archive, str]:
        return self.parent.resolve(self._handle(name))

    def _size(self, handle: str) -> int:
        return self.parent.size(handle)

    def _mtime(self, handle: str) -> datetime | None:
        return self.parent.mtime(handle)

    def _local_path(self, handle: str) -> Path | None:
        return self.parent.local_path(handle)


class MultiArchive(Archive):
    """Several parts of one export (Meta splits big downloads into numbered zips).

    Members are the union of the parts; a name present in two parts is read from the first.
    """

    def __init__(self, parts: list[Archive]):
        super().__init__(label=" + ".join(p.label for p in parts))
        self.parts = parts
        for part in parts:
            self.problems.extend(part.problems)
        self._members: dict[str, tuple[Archive, str]] | None = None

    def _member_map(self) -> dict[str, tuple[Archive, str]]:
        if self._members is None:
            members: dict[str, tuple[Archive, str]] = {}
            for part in self.parts:
                for name in part.names():
                    members.setdefault(name, (part, name))
            self._members = members
        return self._members

    def _open(self, handle: tuple[Archive, str]) -> IO[bytes]:
        return handle[0].open(handle[1])

    def resolve(self, name: str) -> tuple[Archive, str]:
        part, inner = self._handle(name)
        return part.resolve(inner)

    def _size(self, handle: tuple[Archive, str]) -> int:
        return handle[0].size(handle[1])

    def _mtime(self, handle: tuple[Archive, str]) -> datetime | None:
        return handle[0].mtime(handle[1])

    def _local_path(self, handle: tuple[Archive, str]) -> Path | None:
        return handle[0].local_path(handle[1])

    def source(self, name: str) -> str:
        part, inner = self._member_map().get(name, (self, name))
        return f"{part.label}::{inner}" if part is not self else f"{self.label}::{name}"


class ExcludingArchive(Archive):
    """Another archive without some of its members (those found damaged): what a loader
    reads again after a :class:`MemberReadError`. Label, sources and problems are the
    other archive's."""

    def __init__(self, inner: Archive, excluded: Iterable[str]):
        super().__init__(label=inner.label)
        self.inner = inner
        self.excluded = frozenset(excluded)
        self.problems = inner.problems
        self._members: dict[str, str] | None = None

    def _member_map(self) -> dict[str, str]:
        if self._members is None:
            self._members = {n: n for n in self.inner.names() if n not in self.excluded}
        return self._members

    def _open(self, handle: str) -> IO[bytes]:
        return self.inner.open(handle)

    def _size(self, handle: str) -> int:
        return self.inner.size(handle)

    def _mtime(self, handle: str) -> datetime | None:
        return self.inner.mtime(handle)

    def _local_path(self, handle: str) -> Path | None:
        return self.inner.local_path(handle)

    def source(self, name: str) -> str:
        return self.inner.source(name)

    def resolve(self, name: str) -> tuple[Archive, str]:
        return self.inner.resolve(self._handle(name))


def member_named(archive: Archive, error: MemberReadError) -> str | None:
    """The name in ``archive`` (a view: sub-folder, parts, exclusions) of the member
    ``error`` is about, or None when it is not one of its members."""
    for name in archive.names():
        holder, inner = archive.resolve(name)
        if holder is error.archive and inner == error.member:
            return name
    return None


ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")


def is_archive_file(path: Path | str) -> bool:
    """Whether a file's name (or path) ends like a zip or tar archive."""
    name = path.name if isinstance(path, Path) else path
    return name.lower().endswith(ARCHIVE_SUFFIXES)


#: at most this many archives inside one zip are opened (a folder of zips, zipped again)
MAX_INNER_ARCHIVES = 64


def inner_archives(outer: Archive) -> list[Archive]:
    """The zips inside a zip given (a re-zipped download, "Compress 3 items", a bundle of
    exports), opened as a folder of zips is: each its own candidate export.

    One level only (a zip inside an inner zip stays a member). Each inner zip is copied,
    through the outer zip's checked stream (its size and ratio limits, CRC), into an
    anonymous temporary file that the system deletes when it is closed: nothing is
    extracted anywhere a user sees, and no member leaves the temporary area. The inner zips
    obey every limit of a zip given (members, ratio, their own total), and their declared
    totals together must stay under ``MAX_TOTAL_BYTES``; at most ``MAX_INNER_ARCHIVES``
    are opened. Tar archives inside a zip are not opened. Raises ``ArchiveLimitError``
    past a limit and ``ExportFormatError`` for an inner zip that cannot be read.
    """
    if not isinstance(outer, ZipArchive):
        return []
    names = [n for n in outer.names() if n.lower().endswith(".zip")]
    if len(names) > MAX_INNER_ARCHIVES:
        raise ArchiveLimitError(
            f"{outer.label}: holds {len(names)} zips, more than the {MAX_INNER_ARCHIVES} "
            f"opened inside one zip; unzip it and give the folder"
        )
    opened: list[Archive] = []
    total = 0
    for name in names:
        # open as long as the inner zip is read (its ZipArchive holds it); deleted on close
        spool = tempfile.TemporaryFile()  # noqa: SIM115
        try:
            with outer.open(name) as stream:
                shutil.copyfileobj(stream, spool, 1 << 20)
            spool.seek(0)
            inner = ZipArchive(spool, label=outer.source(name))
        except BaseException:
            spool.close()
            raise
        total += sum(inner.size(member) for member in inner.names())
        if total > MAX_TOTAL_BYTES:
            raise ArchiveLimitError(
                f"{outer.label}: the zips inside it declare more than the "
                f"{MAX_TOTAL_BYTES / 1024**3:.0f} GiB an export can plausibly hold; refusing them"
            )
        opened.append(inner)
    return opened


def open_archive(path: str | os.PathLike[str]) -> Archive:
    """Open a zip, tar(.gz), folder or single file as an :class:`Archive`."""
    path = Path(path)
    if not path.exists():
        raise ExportFormatError(f"{path}: no such file or folder")
    if path.is_dir():
        return FolderArchive(path)
    name = path.name.lower()
    if name.endswith(".zip") or zipfile.is_zipfile(path):
        return ZipArchive(path)
    if name.endswith((".tar.gz", ".tgz", ".tar")):
        return TarArchive(path)
    return SingleFileArchive(path)


#: suffixes of files whose content a loader looks at whatever its usual file name: a
#: vCard saved as text, a Bluesky .car downloaded as ``repo`` or ``repo.download``.
_SNIFFED_SUFFIXES = {"", ".txt", ".download", ".dat", ".bin", ".crdownload", ".part"}


def sniff_by_content(archive: Archive, name: str) -> bool:
    """Whether a loader should open member ``name`` to see what it is although its name is
    not the one its format usually has: always for a single file given alone, else for
    names without an extension or with one that says nothing (``.txt``, ``.download`` …).
    A member with a telling extension (``.json``, ``.jpg``) is never opened for this: an
    export folder can hold thousands of them."""
    if isinstance(archive, SingleFileArchive):
        return True
    suffix = PurePosixPath(name).suffix.lower()
    if suffix and not suffix[1:].isalpha():
        suffix = ""  # "repo (1)", "contacts.2024-01-15": no real extension
    return suffix in _SNIFFED_SUFFIXES


def iter_text_lines(stream: IO[bytes], encoding: str = "utf-8") -> Iterator[str]:
    """Decode a binary member line by line without reading it all (for large CSV files)."""
    yield from io.TextIOWrapper(stream, encoding=encoding, newline="")


def top_folder(names: Iterable[str]) -> str | None:
    """The single top-level folder every name lives in, or None."""
    tops = {PurePosixPath(n).parts[0] for n in names if "/" in n}
    loose = [n for n in names if "/" not in n]
    return tops.pop() if len(tops) == 1 and not loose else None
