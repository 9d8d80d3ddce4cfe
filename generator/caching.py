"""Caching: what earlier runs learnt about files, so an unchanged collection costs a stat per file.

Parsing a thousand briefings takes seconds and hashing thousands of articles is not free either, while
a run usually changes a few files or none. The cache remembers, per file, what a run computed from it
(an article's SHA-256, a briefing's parsed form) under the file's stat signature: size, modification
and change times and inode, and what the last render read and wrote (see `generator.pipeline`). A file whose signature differs is read again, so an edit in any editor,
a `git checkout` or a copy is always noticed.

The cache is one SQLite file (``cache_dir`` option), written in one transaction at the end of a run: a
run killed half-way leaves the previous cache. It is only ever a shortcut: a missing, corrupt or
outdated cache file is dropped and rebuilt, and deleting the folder is always safe.
"""

from __future__ import annotations

import logging
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from . import __version__

log = logging.getLogger("briefings")

# Bump when the meaning of a cached value changes; the version of the package is part of it too.
_FORMAT = f"2:{__version__}"
T = TypeVar("T")


def file_signature(path: Path) -> str | None:
    """What changes whenever a file's bytes may have changed; None when the file cannot be read."""
    try:
        return _signature(os.stat(path))
    except OSError:
        return None


def _signature(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


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

    Values are read from the database one at a time, as most runs need few of them; `preload` reads
    all of a kind at once, for the kinds a run needs for every file.
    With `folder` None it keeps nothing between runs (the tests' projects and one-off commands).
    """

    def __init__(self, folder: Path | None) -> None:
        self._preloaded: dict[str, dict[str, tuple[str, bytes]]] = {}
        self._changed: dict[tuple[str, str], tuple[str, bytes] | None] = {}
        self._values: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = None
        if folder is not None:
            self._db = _open(folder / "cache.sqlite")
            if self._db is not None:
                self._values = dict(self._db.execute("SELECT name, value FROM named_values"))

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *_: Any) -> None:
        # Even when a later stage failed: every entry is a fact about a file as it was when read.
        self.save()
        if self._db is not None:
            self._db.close()

    # -- values computed from files ----------------------------------------------------------------

    def get(self, kind: str, path: Path, signature: str | None = None) -> Any | None:
        """The value stored for `path`'s current content (or for the content with `signature`), or None."""
        signature = signature or file_signature(path)
        row = self._row(kind, str(path))
        if signature is None or row is None or row[0] != signature:
            return None
        try:
            return pickle.loads(row[1])
        except Exception:  # written by another version of a class: compute it again
            return None

    def put(self, kind: str, path: Path, value: Any, signature: str | None = None) -> None:
        """Remember `value` for `path` as it is now (or as it was when it had `signature`)."""
        signature = signature or file_signature(path)
        if signature is None:
            return
        row = (signature, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        self._changed[(kind, str(path))] = row
        if kind in self._preloaded:
            self._preloaded[kind][str(path)] = row

    def memo(self, kind: str, path: Path, compute: Callable[[Path], T], signature: str | None = None) -> T:
        """`compute(path)`, or what it gave last time for the same file content (or `signature`)."""
        signature = signature or file_signature(path)
        value = self.get(kind, path, signature)
        if value is None:
            value = compute(path)
            self.put(kind, path, value, signature)
        return value

    def preload(self, kind: str) -> None:
        """Read every value of `kind` at once: faster than one by one when most will be needed."""
        if kind in self._preloaded or self._db is None:
            return
        query = "SELECT path, signature, value FROM files WHERE kind = ?"
        rows = {path: (signature, value) for path, signature, value in self._db.execute(query, (kind,))}
        for (changed_kind, path), row in self._changed.items():
            if changed_kind == kind:
                if row is None:
                    rows.pop(path, None)
                else:
                    rows[path] = row
        self._preloaded[kind] = rows

    def forget_missing(self, kind: str, keep: set[str]) -> set[str]:
        """Drop the entries of `kind` whose path is not in `keep` (files deleted since); their paths."""
        gone = self.paths(kind) - keep
        self.forget(kind, gone)
        return gone

    def paths(self, kind: str) -> set[str]:
        """The paths with a value of `kind`."""
        if kind in self._preloaded:
            return set(self._preloaded[kind])
        paths = {path for (path,) in self._db.execute("SELECT path FROM files WHERE kind = ?", (kind,))} \
            if self._db is not None else set()
        for (changed_kind, path), row in self._changed.items():
            if changed_kind == kind:
                (paths.add if row is not None else paths.discard)(path)
        return paths

    def forget(self, kind: str, paths: Iterable[str]) -> None:
        """Drop the entries of `kind` for `paths`."""
        for path in paths:
            self._preloaded.get(kind, {}).pop(path, None)
            self._changed[(kind, path)] = None

    def _row(self, kind: str, path: str) -> tuple[str, bytes] | None:
        if kind in self._preloaded:
            return self._preloaded[kind].get(path)
        if (kind, path) in self._changed:
            return self._changed[(kind, path)]
        if self._db is None:
            return None
        return self._db.execute("SELECT signature, value FROM files WHERE kind = ? AND path = ?",
                                (kind, path)).fetchone()

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
            if attempt == 0:
                path.unlink(missing_ok=True)
    return None
