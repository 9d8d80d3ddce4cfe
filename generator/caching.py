"""Caching: what earlier runs learnt about files, so an unchanged collection costs a stat per file.

Parsing a thousand briefings takes seconds and hashing thousands of articles is not free either, while
a run usually changes a few files or none. The cache remembers, per file, what a run computed from it
(an article's SHA-256, a briefing's parsed form) under the file's stat signature: size, modification
and change times and inode; and, as named values, what the last render read and wrote (see
`generator.pipeline`). A file whose signature differs is read again, so an edit in any editor, a
`git checkout` or a copy is always noticed.

The cache is one SQLite file (``cache_dir`` option), written in one transaction at the end of a run: a
run killed half-way leaves the previous cache. It is only ever a shortcut: a missing, corrupt or
outdated cache file is dropped and rebuilt, and deleting the folder is always safe.
"""

from __future__ import annotations

import logging
import os
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .apart import cut, in_shares, share_count
from .errors import BriefingsError

log = logging.getLogger("briefings")

# Bump when the meaning of a cached value changes; the version of the package is part of it too.
_FORMAT = f"4:{__version__}"
T = TypeVar("T")
P = TypeVar("P", Path, str)  # a path, as a `Path` or as text
# A kind kept together is stored as _PARTS named values ("together:<kind>:<part>"): few enough to
# load quickly, many enough that one changed file rewrites a small piece.
_TOGETHER, _PARTS = "together:", 32


def file_signature(path: Path | str) -> str | None:
    """What changes whenever a file's bytes may have changed; None when the file cannot be read."""
    try:
        return _signature(os.stat(path))
    except OSError:
        return None


def _signature(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def modified_seconds(signature: str) -> int:
    """The modification time a file signature records, in whole seconds since 1970."""
    return int(signature.split(":")[1]) // 1_000_000_000


def folder_signatures(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path → signature); hidden folders and compiled code left out."""
    found: dict[str, str] = {}

    def walk(directory: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__" and not entry.name.startswith("."):
                        walk(entry.path, f"{prefix}{entry.name}/")
                    continue
                found[prefix + entry.name] = _signature(entry.stat())
            except OSError:
                continue

    walk(str(folder), "")
    return found


class Cache:
    """Values computed from files, by kind ("article-sha256", "briefing" …) and path, plus named values.

    Values are read from the database one at a time, as most runs need few of them. The kinds a run
    needs for every file are kept together instead (`keep_together`): thousands of small values
    load as one, several times faster than row by row.
    With `folder` None it keeps nothing between runs (the tests' projects and one-off commands).
    """

    def __init__(self, folder: Path | None) -> None:
        # kind → path → (signature, value); and the parts changed, by kind and number (see `_part`)
        self._together: dict[str, dict[str, tuple[str, Any]]] = {}
        self._changed_together: set[tuple[str, int]] = set()
        self._changed: dict[tuple[str, str], tuple[str, bytes] | None] = {}
        self._values: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = None
        self._path: Path | None = None
        # What this process held when it was forked from the one that opened the cache (see `forked`).
        self._at_fork: tuple[dict[tuple[str, str], Any], dict[str, dict[str, tuple[str, Any]]]] | None = None
        self.problem: BriefingsError | None = None  # why the cache cannot be used, if it cannot
        if folder is not None:
            path = self._path = folder / "cache.sqlite"
            self._db = _open(path)
            if self._db is not None:
                self._values = dict(self._db.execute("SELECT name, value FROM named_values"))
            else:
                self.problem = BriefingsError("the cache cannot be used, so this run goes on without it",
                                              path=path, hint="delete it, or set cache_dir to a folder of its own")

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *_: Any) -> None:
        # Even when a later stage failed: every entry is a fact about a file as it was when read.
        self.save()
        if self._db is not None:
            self._db.close()

    # -- values computed from files ----------------------------------------------------------------

    def get(self, kind: str, path: Path | str, signature: str | None = None) -> Any | None:
        """The value stored for `path`'s current content (or for the content with `signature`), or None."""
        signature = signature or file_signature(path)
        together = self._kept_together(kind)
        if together is not None:
            found = together.get(str(path))
            return found[1] if signature is not None and found is not None and found[0] == signature else None
        row = self._row(kind, str(path))
        if signature is None or row is None or row[0] != signature:
            return None
        try:
            return pickle.loads(row[1])
        except Exception:  # written by another version of a class: compute it again
            return None

    def put(self, kind: str, path: Path | str, value: Any, signature: str | None = None) -> None:
        """Remember `value` for `path` as it is now (or as it was when it had `signature`)."""
        signature = signature or file_signature(path)
        if signature is None:
            return
        together = self._kept_together(kind)
        if together is not None:
            together[str(path)] = (signature, value)
            self._changed_together.add((kind, _part(str(path))))
        else:
            self._changed[(kind, str(path))] = (signature, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def memo(self, kind: str, path: P, compute: Callable[[P], T], signature: str | None = None) -> T:
        """`compute(path)`, or what it gave last time for the same file content (or `signature`)."""
        signature = signature or file_signature(path)
        value = self.get(kind, path, signature)
        if value is None:
            value = compute(path)
            self.put(kind, path, value, signature)
        return value

    def keep_together(self, kind: str) -> None:
        """Keep the values of `kind` together: read all at once, in a few large pieces rather than
        row by row, and written a piece at a time, only the pieces holding a changed value.

        For the kinds a run needs for every file. A kind once kept together stays so (values it had
        row by row are dropped), and the values are shared, not copies: treat them as read-only.
        """
        if self._kept_together(kind) is None:
            self.forget(kind, self.paths(kind))
            self._together[kind] = {}
            self._changed_together.update((kind, part) for part in range(_PARTS))

    def _kept_together(self, kind: str) -> dict[str, tuple[str, Any]] | None:
        found = self._together.get(kind)
        if found is None and f"{_TOGETHER}{kind}:0" in self._values:
            found = self._together[kind] = {}
            for part in range(_PARTS):
                values = self.value(f"{_TOGETHER}{kind}:{part}")
                if isinstance(values, dict):
                    found.update(values)
                else:  # unreadable: those values are computed again
                    self._changed_together.add((kind, part))
        return found

    def forget_missing(self, kind: str, keep: set[str]) -> set[str]:
        """Drop the entries of `kind` whose path is not in `keep` (files deleted since); their paths."""
        gone = self.paths(kind) - keep
        self.forget(kind, gone)
        return gone

    def paths(self, kind: str) -> set[str]:
        """The paths with a value of `kind`."""
        together = self._kept_together(kind)
        if together is not None:
            return set(together)
        paths = {path for (path,) in self._db.execute("SELECT path FROM files WHERE kind = ?", (kind,))} \
            if self._db is not None else set()
        for (changed_kind, path), row in self._changed.items():
            if changed_kind == kind:
                (paths.add if row is not None else paths.discard)(path)
        return paths

    def forget(self, kind: str, paths: Iterable[str]) -> None:
        """Drop the entries of `kind` for `paths`."""
        together = self._kept_together(kind)
        for path in paths:
            if together is not None:
                if together.pop(path, None) is not None:
                    self._changed_together.add((kind, _part(path)))
            else:
                self._changed[(kind, path)] = None

    def _row(self, kind: str, path: str) -> tuple[str, bytes] | None:
        if (kind, path) in self._changed:
            return self._changed[(kind, path)]
        if self._db is None:
            return None
        return self._db.execute("SELECT signature, value FROM files WHERE kind = ? AND path = ?",
                                (kind, path)).fetchone()

    # -- work shared with forked processes ----------------------------------------------------------

    def fill(self, items: Sequence[T], compute: Callable[[T], object], workers: int, least: int) -> None:
        """Call `compute(item)`, which puts in this cache what it works out, for each of `items`, in
        as many processes as `workers` allows (0: one per core) when each gets at least `least`
        items; each process's puts come back here. With fewer items, nothing is done: the caller
        computes them as it goes."""
        shares = share_count(workers, len(items), least)
        if shares <= 1:
            return
        parts = cut(items, shares)

        def work(share: int) -> tuple:
            for item in parts[share]:
                compute(item)
            return self.changes()

        done = in_shares(work, shares, self.forked)
        for share in range(1, shares):
            if share in done:
                self.merge(done[share])
            else:  # its process failed: computed here
                work(share)

    def forked(self) -> None:
        """Make this cache, in a process just forked from the one that opened it, this process's own:
        a database connection of its own (SQLite's must not be used on both sides of a fork), and a
        record of what it holds, for `changes` to tell what this process adds."""
        if self._db is not None and self._path is not None:
            self._db = sqlite3.connect(self._path)
        self._at_fork = dict(self._changed), {kind: dict(values) for kind, values in self._together.items()}

    def changes(self) -> tuple[dict[tuple[str, str], Any], dict[str, dict[str, tuple[str, Any] | None]]]:
        """What this process put and forgot since `forked` (nothing unless it was forked), for the
        process it was forked from to `merge`: rows, and the values of kinds kept together."""
        if self._at_fork is None:
            return {}, {}
        rows, together = self._at_fork
        missing = object()
        changed_rows = {key: row for key, row in self._changed.items() if rows.get(key, missing) is not row}
        changed_together: dict[str, dict[str, tuple[str, Any] | None]] = {}
        for kind, values in self._together.items():
            before = together.get(kind, {})
            changed = {path: row for path, row in values.items() if before.get(path) is not row}
            changed.update((path, None) for path in before if path not in values)
            if changed:
                changed_together[kind] = changed
        return changed_rows, changed_together

    def merge(self, changes: tuple[dict[tuple[str, str], Any], dict[str, dict[str, tuple[str, Any] | None]]]
              ) -> None:
        """Take in the `changes` of a process forked from this one, as if this process had made them."""
        rows, together = changes
        self._changed.update(rows)
        for kind, values in together.items():
            if self._kept_together(kind) is None:
                self.keep_together(kind)
            kept = self._together[kind]
            for path, row in values.items():
                if row is None:
                    kept.pop(path, None)
                else:
                    kept[path] = row
                self._changed_together.add((kind, _part(path)))

    # -- named values ----------------------------------------------------------------------------

    def value(self, name: str) -> Any | None:
        data = self._values.get(name)
        try:
            return None if data is None else pickle.loads(data)
        except Exception:
            return None

    def set_value(self, name: str, value: Any) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        if self._values.get(name) != data:
            self._values[name] = data
            self._changed[("", name)] = (name, data)

    def save(self) -> None:
        """Write what changed, in one transaction."""
        for kind in {kind for kind, _ in self._changed_together}:
            parts: list[dict[str, tuple[str, Any]]] = [{} for _ in range(_PARTS)]
            for path, row in self._together[kind].items():
                parts[_part(path)][path] = row
            for part, values in enumerate(parts):
                if (kind, part) in self._changed_together:
                    self.set_value(f"{_TOGETHER}{kind}:{part}", values)
        self._changed_together.clear()
        if self._db is None or not self._changed:
            return
        try:
            with self._db:
                for (kind, key), row in self._changed.items():
                    if not kind:
                        self._db.execute("INSERT OR REPLACE INTO named_values VALUES (?, ?)", row)
                    elif row is None:
                        self._db.execute("DELETE FROM files WHERE kind = ? AND path = ?", (kind, key))
                    else:
                        self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (kind, key, *row))
        except sqlite3.Error as exc:
            log.debug("could not save the cache: %s", exc)
        self._changed.clear()


def _part(path: str) -> int:
    return zlib.crc32(path.encode()) % _PARTS


def _open(path: Path) -> sqlite3.Connection | None:
    """The cache database at `path`, created or rebuilt as needed; None when it cannot be used."""
    for attempt in range(2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path)
            db.execute("CREATE TABLE IF NOT EXISTS named_values (name TEXT PRIMARY KEY, value BLOB)")
            db.execute("CREATE TABLE IF NOT EXISTS files (kind TEXT, path TEXT, signature TEXT, value BLOB, "
                       "PRIMARY KEY (kind, path))")
            found = db.execute("SELECT value FROM named_values WHERE name = 'format'").fetchone()
            if found is None or found[0] != _FORMAT.encode():
                with db:
                    db.execute("DELETE FROM files")
                    db.execute("DELETE FROM named_values")
                    db.execute("INSERT INTO named_values VALUES ('format', ?)", (_FORMAT.encode(),))
            return db
        except (sqlite3.Error, OSError) as exc:
            log.debug("the cache %s cannot be used (%s)%s", path, exc, "; rebuilding it" if not attempt else "")
            # Only a damaged cache file of our own is deleted, never a folder or whatever else is there.
            if attempt == 0 and path.is_file() and not path.is_symlink():
                path.unlink()
            else:
                break
    return None
