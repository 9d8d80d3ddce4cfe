"""The generated docs folder: a changed file is replaced atomically, an unchanged one keeps its bytes
(and its modification time, so ``mkdocs serve`` does not rebuild in a loop), and a file nobody produces
any more is deleted. Hand-written pages from ``Project.pages_dir`` are copied in by the same rule."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..apart import in_shares, share_count
from ..caching import Cache
from ..config import Project
from ..errors import BriefingsError, BuildError
from ..indexing import Collection
from ..register import Register
from ..schema import Briefing
from ..writing import Data, flush_files, write_if_changed
from .data import render_files
from .memo import PageMemo
from .models import briefing_path
from .pages import each_page, page_key

MARKER = ".briefings-generated"


@dataclass
class RenderReport:
    """What `render` did to the docs folder; paths are relative to it."""

    docs_dir: Path
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)

    def describe(self) -> str:
        return f"{len(self.written)} written, {len(self.unchanged)} unchanged, {len(self.removed)} removed"


# Rendering a page takes a few milliseconds; forking, and each process working out the indexes
# again, costs a tenth of a second: only a render of most pages of a large site is worth sharing.
_LEAST_PAGES_APART = 100


def render(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None,
           on_disk: Iterable[str] | None = None, register: Register | None = None, workers: int = 1,
           cache: Cache | None = None) -> RenderReport:
    """Render the briefings, the feed and data and the hand-written pages into ``project.docs_dir``,
    changing only what changed; with `memo`, pages whose inputs did not change are not even rendered.
    `on_disk`, the files the docs folder holds, spares walking it; `register` is the project's
    register of actors, read from its file when not given.

    When most pages of many briefings are to be rendered, they are shared among as many processes as
    `workers` allows (0: one per core), each writing its own pages; what they add to `memo` and to
    `cache`, the cache the briefings are loaded through, comes back to this process, so that the
    folder, the memo and the cache are as one process would leave them.
    """
    collection = Collection.of(briefings)
    hand_written = hand_written_pages(project)
    by_key = {page_key(path): path for path in hand_written}

    def made(share: Callable[[int], bool] | None = None, files: bool = True) -> Iterator[tuple[str, Data | None]]:
        # Each page is written as it is made: a cold render of a thousand briefings made 45 MB of
        # pages, which it held all at once, as text and then as bytes, until it wrote them.
        for path, text in each_page(project, collection, memo, register, share=share):
            yield checked(path), None if text is None else text.encode("utf-8")
        if files:
            for path, data in render_files(project, collection, memo).items():
                yield checked(path), data
            yield from hand_written.items()

    def checked(path: str) -> str:
        """`path`, unless a hand-written page would be there too."""
        clash = by_key.get(page_key(path))
        if clash is not None:
            raise BuildError(f"the hand-written page {project.relative(project.pages_dir / clash)} and the "
                             f"generated page {path} would both be {clash} in the docs folder",
                             hint="rename or remove the hand-written page")
        return path

    unknown = [entry for entry in collection.entries if memo is None or briefing_path(entry.id) not in memo.previous]
    shares = share_count(workers, len(unknown), _LEAST_PAGES_APART)
    if shares <= 1:
        return sync_folder(project, made(), on_disk)

    def share(docs: Path) -> tuple[list[str], list[str]]:
        try:
            return _write_in_shares(docs, made, shares, memo, cache)
        except BriefingsError:
            # Said as one process says it, about the first page that fails, rendering again what
            # came before it (unchanged, so not written again).
            return write_files(docs, made())

    return sync_written(project, share, on_disk)


def _write_in_shares(docs: Path, made: Callable[..., Iterator[tuple[str, Data | None]]], shares: int,
                     memo: PageMemo | None, cache: Cache | None) -> tuple[list[str], list[str]]:
    """Write the pages of `made` in `shares` processes, each page of share k = its number modulo
    `shares`: consecutive pages cost alike, so each process gets as much to do. This process does
    share 0 and the other files, and the share of any process that fails."""

    def write(k: int) -> tuple[list[str], list[str], tuple | None, dict[str, bytes]]:
        compiled = set(memo.templates.stored) if memo else set()
        written, unchanged = write_files(docs, made(lambda number: number % shares == k, files=k == 0))
        code = {key: c for key, c in memo.templates.stored.items() if key not in compiled} if memo else {}
        return written, unchanged, cache.changes() if cache else None, code

    done = in_shares(write, shares, cache.forked if cache else None)
    failed = {k for k in range(shares) if k not in done}
    if failed:
        written, unchanged = write_files(docs, made(lambda number: number % shares in failed, files=False))
        done[shares] = written, unchanged, None, {}
    for k, (_, _, changes, code) in done.items():
        if k and changes is not None and cache is not None:
            cache.merge(changes)
        if memo:
            for key, compiled in code.items():
                memo.templates.stored.setdefault(key, compiled)
    return ([path for written, _, _, _ in done.values() for path in written],
            [path for _, unchanged, _, _ in done.values() for path in unchanged])


def hand_written_pages(project: Project) -> dict[str, bytes]:
    """The files of ``pages_dir`` (hidden ones left out, as MkDocs ignores them) by relative path."""
    if project.pages_dir is None or not project.pages_dir.is_dir():
        return {}
    found = {}
    for path in sorted(project.pages_dir.rglob("*")):
        relative = path.relative_to(project.pages_dir)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found[relative.as_posix()] = path.read_bytes()
    return found


def sync_folder(project: Project, wanted: Iterable[tuple[str, Data | None]],
                on_disk: Iterable[str] | None = None) -> RenderReport:
    """Make ``docs_dir`` hold exactly the files `wanted` (paths and their data, taken one at a time,
    plus the marker), touching only files that differ; None stands for a file known to be up to
    date. `on_disk` lists the files it holds, when known."""
    return sync_written(project, lambda docs: write_files(docs, wanted), on_disk)


def write_files(docs: Path, wanted: Iterable[tuple[str, Data | None]]) -> tuple[list[str], list[str]]:
    """Write the files `wanted` into `docs`, each unless it holds these bytes already (None: known to);
    the paths written and those left as they were."""
    written, unchanged = [], []
    for path, data in wanted:
        (written if data is not None and write_if_changed(docs / path, data, flush=False) else unchanged).append(path)
    # Flushed once all are written, before the caller records them in its memo, rather than each
    # before its rename: a cold render of a thousand briefings waited seconds for the disk. A crash
    # of the system before this point may leave a page written since the last render empty or cut
    # short; as the memo still describes the folder as the last render left it, the next render
    # finds that page changed and writes it again.
    flush_files(docs / path for path in written)
    return written, unchanged


def sync_written(project: Project, write: Callable[[Path], tuple[list[str], list[str]]],
                 on_disk: Iterable[str] | None = None) -> RenderReport:
    """Make ``docs_dir`` hold exactly the files `write(docs_dir)` writes or finds up to date (the
    paths it gives back, see `write_files`) and the marker; `on_disk` lists the files it holds, when
    known."""
    docs = project.docs_dir
    _check_docs_dir(project)
    report = RenderReport(docs_dir=docs)
    try:
        docs.mkdir(parents=True, exist_ok=True)
        marker = docs / MARKER
        write_if_changed(marker, b"Generated by briefings: every file in this folder is rewritten or "
                                 b"deleted on each render.\n")
        written, unchanged = write(docs)
        kept = {*written, *unchanged}
        report.written = sorted(written)
        report.unchanged = sorted(unchanged)
        existing, folders = (_walk(docs) if on_disk is None else (on_disk, set()))
        report.removed = sorted(p for p in existing if p != MARKER and p not in kept)
        for relative in report.removed:
            (docs / relative).unlink(missing_ok=True)
            folders.update(Path(relative).parents)
        # The deepest first, so that a folder emptied of empty folders goes too.
        for folder in sorted(folders - {Path(".")}, key=lambda f: len(f.parts), reverse=True):
            if (docs / folder).is_dir() and not any((docs / folder).iterdir()):
                (docs / folder).rmdir()
    except OSError as exc:
        raise BuildError(f"cannot write the pages: {exc.strerror or exc}", path=exc.filename or docs) from exc
    return report


def _walk(folder: Path) -> tuple[list[str], set[Path]]:
    """The files under `folder` and its subfolders, relative to it."""
    files, folders = [], set()
    for current, _, names in os.walk(folder):
        relative = Path(current).relative_to(folder)
        folders.add(relative)
        files += [(relative / name).as_posix() for name in names]
    return files, folders


def _check_docs_dir(project: Project) -> None:
    docs = project.docs_dir.resolve()
    hint = "set docs_dir in mkdocs.yml to a folder of its own, such as build/docs"
    if docs.exists() and not docs.is_dir():
        raise BuildError("docs_dir is not a folder", path=docs, hint=hint)
    for name, folder in (("the project folder", project.root), ("pages_dir", project.pages_dir),
                         ("content_dir", project.content_dir), ("seeds_dir", project.seeds_dir),
                         ("templates_dir", project.templates_dir)):
        if folder is None:
            continue
        folder = Path(folder).resolve()
        if docs == folder or docs in folder.parents or (name != "the project folder" and folder in docs.parents):
            raise BuildError(f"docs_dir overlaps {name} ({folder}); rendering would delete its files",
                             path=docs, hint=hint)
    if docs.is_dir() and not (docs / MARKER).exists() and any(docs.iterdir()):
        raise BuildError(f"docs_dir is not empty and was not made by briefings (no {MARKER} file); "
                         "refusing to delete its files", path=docs,
                         hint=f"{hint}, or empty the folder if its files can go")
