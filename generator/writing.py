"""Writing files so that a crash never leaves a half-written one.

Every file the generator produces is written to a temporary file in the same folder, flushed to
disk and then renamed over the target: readers and later runs see either the old file or the
complete new one, never a mix. A cache's file may skip the flush (see `atomic_write`), and so may
files flushed together once all are written, by `flush_files`, before anything records them as written
(the pages of the docs folder, see `generator.rendering.folder.sync_folder`).
"""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import LockedError, WriteError


@dataclass(frozen=True)
class FileRange:
    """Bytes `start` to `end` of the file `path`, as a piece of a file to write: the kernel copies
    them without their passing through Python, several times faster for the megabytes of a large
    file that did not change since it was last written."""

    path: Path
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def read(self) -> bytes:
        with open(self.path, "rb") as f:
            f.seek(self.start)
            data = f.read(len(self))
        if len(data) != len(self):
            raise OSError(f"{self.path} is shorter than expected")
        return data


Data = bytes | Sequence[bytes | memoryview | FileRange]  # the bytes of a file, whole or in pieces written in turn


def data_bytes(data: Data) -> bytes:
    """`data` as one string of bytes."""
    return data if isinstance(data, bytes) else b"".join(p.read() if isinstance(p, FileRange) else p for p in data)


def atomic_write(path: Path, data: Data, *, flush: bool = True) -> None:
    """Replace `path` with `data` atomically, creating its folder if needed.

    The file gets the permissions any new file of the user gets (0666 less the umask), not the
    0600 of a temporary file: a web server or a second person of the group must read what is built.
    Without `flush` the data is not forced to disk before the rename: a crash of the system may
    then leave the file empty or cut short, never mixed with the old one, which only a cache
    whose reader rebuilds an unreadable file may accept. Failures are `WriteError`s naming the file.
    """
    try:
        _atomic_write(path, data, flush=flush)
    except OSError as exc:
        raise write_error(exc, path) from exc


def write_error(exc: OSError, path: Path) -> WriteError:
    """`exc`, met while writing `path`, as one line that says what to do."""
    hints = {errno.ENOSPC: "free some disk space", errno.EDQUOT: "free some disk space",
             errno.EROFS: "the file system is read-only", errno.ENAMETOOLONG: "use a shorter name",
             errno.EISDIR: "a folder stands where the file goes; move it away",
             errno.ENOTDIR: "a file stands where a folder goes; move it away"}
    hint = hints.get(exc.errno, "check that the folder exists and is writable")
    return WriteError(f"cannot be written: {exc.strerror or exc}", path=exc.filename or path, hint=hint)


def _atomic_write(path: Path, data: Data, *, flush: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Only the start of the name: the target's own name may be as long as the file system allows.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            os.fchmod(fd, new_file_mode())
            for piece in ((data,) if isinstance(data, bytes) else data):
                if isinstance(piece, FileRange):
                    _copy_range(piece, fd)
                else:
                    _write_all(fd, piece)
            if flush:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def new_file_mode() -> int:
    """The permissions of a new file: 0666 less the process's umask."""
    # Reading the umask means setting it; another thread could create a file in between, so it is
    # set back at once, and read once per process.
    global _MODE
    if _MODE is None:
        mask = os.umask(0o022)
        os.umask(mask)
        _MODE = 0o666 & ~mask
    return _MODE


_MODE: int | None = None


def _copy_range(piece: FileRange, target: int) -> None:
    """Append `piece` to the file open as `target`."""
    with open(piece.path, "rb", buffering=0) as source:
        start, copy = piece.start, getattr(os, "copy_file_range", None)
        while start < piece.end and copy is not None:
            try:
                copied = copy(source.fileno(), target, piece.end - start, start)
            except OSError:  # not on this file system: copied by hand below, which fails if the file does
                break
            if not copied:  # the file is shorter: reading it below says so
                break
            start += copied
        if start < piece.end:
            _write_all(target, FileRange(piece.path, start, piece.end).read())


def _write_all(target: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(target, view):]


def write_if_changed(path: Path, data: Data, *, flush: bool = True) -> bool:
    """Write `data` unless `path` already holds exactly these bytes; True when it wrote. `flush` as
    for `atomic_write`."""
    size = len(data) if isinstance(data, bytes) else sum(len(piece) for piece in data)
    try:  # the size first: a large file that changed is not read for nothing
        if path.stat().st_size == size and path.read_bytes() == data_bytes(data):
            return False
    except OSError:
        pass
    atomic_write(path, data, flush=flush)
    return True


def flush_files(paths: Iterable[Path]) -> None:
    """Force to disk the files at `paths`, written by `atomic_write` without `flush`.

    Flushed one after another once all are written, a thousand files cost the disk a fraction of
    what a flush before each rename costs, as each flush waits for the file system's journal."""
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise write_error(exc, path) from exc


def files_under(folder: Path) -> Iterator[Path]:
    """Every file in `folder` and the folders below it."""
    for root, _, names in os.walk(folder):
        for name in names:
            yield Path(root) / name


def remove_file(root: Path, relative: str) -> None:
    """Delete the file `relative` of the folder `root` if it is there, and the folders below `root`
    it leaves empty."""
    path = root / relative
    path.unlink(missing_ok=True)
    for folder in path.parents:
        if folder == root or not folder.is_relative_to(root):
            break
        try:
            folder.rmdir()
        except OSError:
            break


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a killed run left behind; call it only while holding the lock."""
    removed = []
    if folder.is_dir():
        for path in folder.rglob(".*.tmp"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


@contextmanager
def project_lock(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock_file` for the duration, or fail at once if another run has it."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a+", encoding="utf-8") as handle:
        try:
            # A POSIX record lock, not flock: extraction worker processes forked from this one
            # must not inherit it, or a killed run's workers would keep the project locked.
            fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise LockedError(f"another briefings run ({holder}) is working on this project",
                              path=lock_file, hint="wait for it to finish, then run the command again")
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.lockf(handle.fileno(), fcntl.LOCK_UN)
