"""The whole path from articles to pages, shared by the command line and the MkDocs plugin.

Each entry point holds the project's lock while it writes, so two runs on the same project (a
`briefings build` while `mkdocs serve` re-renders, say) cannot interleave their writes.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import markdown

from . import removing
from .caching import Cache, file_signature, folder_signatures, modified_seconds
from .config import Project, source_date_epoch
from .errors import BriefingError, BriefingsError
from .extraction import get_backend
from .identity import Identities, IdentityMemo, resolve
from .indexing import ActorMemo, Collection, Entry, entry_of
from .removing import Removal
from .register import load_register
from .rendering import DATA_PATH, MARKER, PageMemo, RenderReport, TemplateCode, render, template_folders
from .schema import Briefing, load_briefing, read_briefing_file
from .summarising import BRIEFING, BRIEFING_SHA256, LEAST_READ_APART, Progress, Report, keep_briefing, summarise
from .writing import project_lock


@dataclass
class Update:
    summarised: Report | None
    rendered: RenderReport | None
    problems: list[BriefingsError] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # "summarise", "render": wall time of each


def update(project: Project, *, summarise_articles: bool = True, render_pages: bool = True,
           force: bool = False, overwrite_edited: bool = False, workers: int | None = None,
           progress: Progress | None = None, locked: bool = False) -> Update:
    """Summarise new or changed articles, then render the pages; either step can be left out.

    `workers` overrides the project's ``workers`` option for extraction and rendering. With `locked`, the caller
    holds the project's lock already (a build holds it until the site is built).
    """
    result = Update(None, None)
    with (nullcontext() if locked else project_lock(project.lock_file)), _fewer_collections(), \
            Cache(project.cache_dir) as cache:
        if cache.problem is not None:
            result.problems.append(cache.problem)
        started = time.perf_counter()
        if summarise_articles:
            result.summarised = summarise(project, get_backend(project.backend, project), force=force,
                                          overwrite_edited=overwrite_edited, progress=progress,
                                          workers=project.workers if workers is None else workers, cache=cache)
            result.problems.extend(result.summarised.problems)
            result.problems.extend(result.summarised.warnings)
            result.seconds["summarise"] = time.perf_counter() - started
        if render_pages:
            started = time.perf_counter()
            result.rendered, invalid = _render(project, cache, project.workers if workers is None else workers)
            if not summarise_articles:  # summarising reported them already
                result.problems.extend(invalid)
            result.seconds["render"] = time.perf_counter() - started
    return result


def actors(project: Project) -> tuple[Identities, list[BriefingError]]:
    """The identity view of the project's briefings under its register, and the errors of the
    briefings that cannot be loaded."""
    with project_lock(project.lock_file), Cache(project.cache_dir) as cache:
        register = load_register(project.register_file)
        collection, invalid = _collection(project, cache, _content(project), project.workers)
    return resolve(collection.entries, register), invalid


def remove(project: Project, targets: list[str], *, force: bool = False) -> tuple[Removal, Update]:
    """Remove articles with their briefings (see `generator.removing`), then render, which deletes
    their pages."""
    result = Update(None, None)
    with project_lock(project.lock_file), _fewer_collections(), Cache(project.cache_dir) as cache:
        removal = removing.remove(project, targets, force=force, cache=cache)
        started = time.perf_counter()
        result.rendered, result.problems = _render(project, cache, project.workers)
        result.seconds["render"] = time.perf_counter() - started
    return removal, result


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while a run lasts.

    A run over thousands of briefings holds hundreds of thousands of objects until it ends
    (entries, records, cached values), and every few collections the collector walks them all:
    at Python's default of one collection per 700 new objects, that was a tenth of a small update.
    """
    before = gc.get_threshold()
    gc.set_threshold(50_000, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


LAST_RENDER, LAST_PAGES, LAST_DATA = "last-render", "last-pages", "last-data"
LAST_ACTORS_AND_TEMPLATES = "last-actors-and-templates"
LAST_IDENTITIES = "last-identities"
ENTRY = "entry"  # a kind of cached value, like those of `generator.summarising`


@dataclass(frozen=True)
class _LastRender:
    inputs: str  # digest of everything rendering read
    output: dict[str, str]  # the docs folder it left: relative path → file signature
    problems: list[BriefingError]


def _render(project: Project, cache: Cache, workers: int = 1) -> tuple[RenderReport, list[BriefingError]]:
    """Render what changed since the last render.

    When nothing rendering reads changed and the docs folder is as the last render left it, not even
    the briefings are listed. Otherwise only the pages whose inputs changed are rendered (see
    `PageMemo`), and only their briefings are loaded whole. A render of most pages reads and renders
    in as many processes as `workers` allows (0: one per core).
    """
    environment = _digest(_environment_folders(project), f"{project!r} {jinja2.__version__} {markdown.__version__}")
    content = _content(project)
    register_signature = file_signature(project.register_file) if project.register_file else None
    # Besides these files, the feed's times depend on SOURCE_DATE_EPOCH.
    inputs = hashlib.sha256(f"{environment} {source_date_epoch()} {register_signature} "
                            f"{sorted(content.items())}".encode()).hexdigest()
    last = cache.value(LAST_RENDER)
    on_disk = folder_signatures(project.docs_dir)
    if isinstance(last, _LastRender) and last.inputs == inputs and last.output == on_disk:
        return RenderReport(project.docs_dir, unchanged=sorted(p for p in on_disk if p != MARKER)), last.problems
    # Read first: a register that cannot be read stops the render, as pages made without it could
    # show an actor a person hid.
    register = load_register(project.register_file)
    collection, invalid = _collection(project, cache, content, workers)
    previous = cache.value(LAST_PAGES) or {}
    data_signature, data_lines = cache.value(LAST_DATA) or (None, ())
    # What depends on the code and templates is kept only as long as they do not change.
    kept_environment, actors, templates = cache.value(LAST_ACTORS_AND_TEMPLATES) or (None, None, None)
    view_environment, kept_view = cache.value(LAST_IDENTITIES) or (None, None)
    if kept_environment != environment:
        # Nor does a page's fingerprint match any more: each is salted with the environment.
        actors = templates = None
        previous = {}
    if view_environment != environment:
        kept_view = None
    memo = PageMemo({page: fingerprint for page, (fingerprint, signature) in previous.items()
                     if on_disk.get(page) == signature}, environment,
                    data_lines if data_signature is not None and on_disk.get(DATA_PATH) == data_signature else (),
                    ActorMemo(actors), TemplateCode(templates), IdentityMemo(kept_view))
    report = render(project, collection, memo, on_disk, register, workers, cache)
    after = _after(project.docs_dir, on_disk, report)
    cache.set_value(LAST_PAGES, {page: (fingerprint, after[page]) for page, fingerprint in memo.current.items()
                                 if page in after})
    if memo.current_data_lines:
        cache.set_value(LAST_DATA, (after.get(DATA_PATH), memo.current_data_lines))
    cache.set_value(LAST_ACTORS_AND_TEMPLATES, (environment, memo.actors.current(), memo.templates.stored))
    cache.set_value(LAST_IDENTITIES, (environment, memo.identities.kept))
    cache.set_value(LAST_RENDER, _LastRender(inputs, after, invalid))
    return report, invalid


def _content(project: Project) -> dict[str, str]:
    """The briefing files of the content folder by name, with their signatures."""
    return {name: signature for name, signature in folder_signatures(project.content_dir).items()
            if "/" not in name and name.endswith(".yaml")}


def _collection(project: Project, cache: Cache, content: dict[str, str], workers: int = 1
                ) -> tuple[Collection, list[BriefingError]]:
    """The briefings of `content` (file name → signature) as a `Collection`, and the errors of the
    invalid ones.

    The cache keeps each file's entry (or error), so only new and changed files are read, in as
    many processes as `workers` allows (0: one per core) when there are many; the others are loaded
    whole only when a page to render needs them.
    """
    cache.keep_together(ENTRY)
    # Paths as text, not `Path`s: thousands are made on every run.
    paths_of = {name: os.path.join(project.content_dir, name) for name in content}
    deleted = cache.forget_missing(ENTRY, set(paths_of.values()))
    for kind in (BRIEFING, BRIEFING_SHA256):
        cache.forget(kind, deleted)
    entries: dict[str, Entry] = {}
    paths: dict[str, str] = {}  # briefing id → file
    modified: dict[str, int] = {}  # briefing id → its file's modification time
    invalid: list[BriefingError] = []
    files = sorted(content.items())
    # A cold run reads every briefing: in shares, on as many cores as `workers` allows.
    cache.fill([(paths_of[name], signature) for name, signature in files
                if cache.get(ENTRY, paths_of[name], signature) is None],
               lambda file: _read_entry(cache, *file), workers, LEAST_READ_APART)
    for name, signature in files:
        path = paths_of[name]
        found = cache.get(ENTRY, path, signature)
        if found is None:
            found = _read_entry(cache, path, signature)
        if isinstance(found, Entry):
            entries[found.id] = found
            paths[found.id] = path
            modified[found.id] = modified_seconds(signature)
        else:
            invalid.append(found)
    return Collection(entries.values(), lambda briefing_id: _load(cache, paths[briefing_id]), modified), invalid


def _read_entry(cache: Cache, path: str, signature: str) -> Entry | BriefingError:
    """The entry of the briefing file `path` (or its error), read and kept in `cache`."""
    try:
        briefing, sha256 = cache.get(BRIEFING, path, signature), cache.get(BRIEFING_SHA256, path, signature)
        if briefing is None or sha256 is None:
            briefing, sha256 = keep_briefing(cache, Path(path), *read_briefing_file(Path(path)), signature)
        # By content, not by signature: a file rewritten with the same bytes changes no page.
        found: Entry | BriefingError = entry_of(briefing, sha256)
    except BriefingError as exc:
        found = exc
    cache.put(ENTRY, path, found, signature)
    return found


def _load(cache: Cache, path: str, signature: str | None = None) -> Briefing:
    return cache.memo(BRIEFING, path, lambda p: load_briefing(Path(p)), signature)


def _after(docs: Path, before: dict[str, str], report: RenderReport) -> dict[str, str]:
    """The signatures of the docs folder's files after `report`'s changes, without walking it again."""
    removed = set(report.removed)
    after = {path: signature for path, signature in before.items() if path not in removed}
    for path in (*report.written, MARKER):
        signature = file_signature(docs / path)
        if signature is None:
            after.pop(path, None)
        else:
            after[path] = signature
    return after


def _environment_folders(project: Project) -> list[Path]:
    """The folders whose files every page may depend on: templates, hand-written pages, the code."""
    return [Path(__file__).parent, *template_folders(project), *([project.pages_dir] if project.pages_dir else [])]


def _digest(folders: list[Path], salt: str) -> str:
    """A digest of `salt` and the signatures of every file in `folders`."""
    digest = hashlib.sha256(salt.encode())
    for folder in folders:
        for relative, signature in sorted(folder_signatures(folder).items()):
            digest.update(f"{folder}/{relative} {signature}\n".encode())
    return digest.hexdigest()
