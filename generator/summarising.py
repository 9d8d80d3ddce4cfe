"""Summarising: articles in ``seeds/`` to briefings in ``content/``, incrementally and safely.

It runs in two phases, like a static-site generator: first everything is read and validated (the
existing briefings, then the articles, which are extracted only when their briefing is missing or
stale), then the changed briefings are written, each atomically. A briefing is matched to its article
by ``source.path``, so its id, and the URL of its page, never changes once given.

A briefing is regenerated only when its article's bytes or the generator changed, and never when a
person marked it ``reviewed: true`` or edited the file since it was generated (its checksum tells).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .caching import Cache, file_signature
from .cleaning import Document, clean
from .config import Project
from .errors import ArticleError, BriefingError, BriefingsError
from .extraction import Backend, Extraction
from .reading import file_sha256, find_articles, read_article
from .schema import (Briefing, GeneratorInfo, Source, dump_briefing, load_briefing, parse_briefing,
                     read_briefing_text, slugify, was_edited)
from .writing import atomic_write, remove_stale_temporaries

CREATED, UPDATED, UNCHANGED, KEPT = "created", "updated", "unchanged", "kept"
# Inside content/ so backups travel with the briefings; a dot-folder, so nothing loads them.
BACKUP_DIR = ".backup"
# Kinds of cached values (see `generator.caching`).
ARTICLE_SHA256, EXISTING, BRIEFING = "article-sha256", "existing-briefing", "briefing"
BRIEFING_SHA256 = "briefing-sha256"  # of the file's bytes: a briefing's token in rendering


@dataclass(frozen=True)
class Outcome:
    """What happened to one article's briefing; `note` explains a kept briefing."""

    source: str
    briefing: Path | None
    action: str
    note: str | None = None


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[BriefingsError] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


@dataclass(frozen=True)
class _Existing:
    """What summarising needs to know of a briefing file; cached, so that an unchanged collection is
    not parsed again. `briefing_id` is None when the file is not a valid briefing."""

    path: Path
    briefing_id: str | None
    source: str  # its source.path
    source_sha256: str | None
    generator: GeneratorInfo | None
    locked: str | None
    problem: BriefingError | None = None

    @classmethod
    def of(cls, path: Path, briefing: Briefing, locked: str | None) -> _Existing:
        return cls(path, briefing.id, briefing.source.path, briefing.source.sha256, briefing.generator, locked)


def make_briefing(document: Document, extraction: Extraction, backend: Backend, briefing_id: str,
                  source_path: str) -> Briefing:
    """Combine an article's metadata with what the backend extracted into a briefing."""
    article = document.article
    return Briefing(
        id=briefing_id,
        title=briefing_title(document, extraction),
        date=article.date,
        source=Source(path=source_path, sha256=article.sha256, url=article.url),
        # An article with no sentence to summarise still needs a summary a reader can see.
        summary=extraction.summary.strip() or _first_words(document.paragraphs[0].text, 60),
        generator=GeneratorInfo(backend=backend.name, version=backend.version),
        paragraphs=tuple(p.text for p in document.paragraphs),
        keywords=tuple(article.tags) or extraction.keywords,
        actors=extraction.actors,
        positions=extraction.positions,
        quotes=extraction.quotes,
    )


def briefing_title(document: Document, extraction: Extraction) -> str:
    """The article's own title, else the backend's, else the file name."""
    return (document.article.title or extraction.title.strip()
            or document.article.path.stem.replace("_", " "))


def _first_words(text: str, count: int) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def briefing_slug(date: dt.date | None, title: str) -> str:
    """The id a new briefing gets: its date and a slug of its title."""
    words = slugify(title, max_length=60) or "article"
    return f"{date.isoformat()}-{words}" if date else words


@dataclass(frozen=True)
class Summarised:
    """The briefing of one article and its YAML text, both made in the process that extracted it."""

    briefing: Briefing
    text: str


def summarise_article(path: Path, source: str, briefing_id: str | None, backend: Backend) -> Summarised:
    """Read, clean and extract one article into a briefing; without `briefing_id`, the id is the slug
    of its date and title, which `with_unique_id` may still change."""
    document, extraction = extract_document(path, backend)
    briefing_id = briefing_id or briefing_slug(document.article.date, briefing_title(document, extraction))
    briefing = make_briefing(document, extraction, backend, briefing_id, source)
    return Summarised(briefing, dump_briefing(briefing))


def with_unique_id(result: Summarised, taken: set[str]) -> Summarised:
    """`result` with an id not in `taken`, which it is added to."""
    briefing_id = unique_id(result.briefing.id, taken)
    taken.add(briefing_id)
    if briefing_id == result.briefing.id:
        return result
    briefing = dataclasses.replace(result.briefing, id=briefing_id)
    return Summarised(briefing, dump_briefing(briefing))


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3` … : collisions resolve by order, which callers keep sorted."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def extract_document(path: Path, backend: Backend) -> tuple[Document, Extraction]:
    document = clean(read_article(path))
    if not document.paragraphs:
        raise ArticleError("has no story text once captions and credits are removed",
                           path=path, hint="check that it is a news article")
    return document, backend.extract(document)


Progress = Callable[[Iterable, int], Iterable]


def summarise(project: Project, backend: Backend, *, force: bool = False, overwrite_edited: bool = False,
              workers: int = 1, progress: Progress | None = None, cache: Cache | None = None) -> Report:
    """Bring ``content/`` up to date with ``seeds/``; see the module docstring for the rules.

    `force` regenerates unedited briefings even when nothing changed; `overwrite_edited` (only with
    `force`) regenerates edited and reviewed ones too, after copying each to ``content/.backup/``.
    `workers` > 1 extracts in that many processes; `progress(items, total)` may wrap the extraction.
    `cache` spares reading unchanged articles and briefings again.
    """
    cache = cache or Cache(None)
    for kind in (EXISTING, ARTICLE_SHA256):  # needed for every file
        cache.keep_together(kind)
    report = Report()
    remove_stale_temporaries(project.content_dir)
    existing = _load_existing(project, report, cache)
    by_source = {e.source: e for e in existing}
    taken = {e.path.stem for e in existing}

    if not project.seeds_dir.is_dir():
        report.problems.append(BriefingError("the seeds folder does not exist", path=project.seeds_dir,
                                             hint="create it and put articles (.txt or .md) in it"))
        return report

    # Phase 1: decide what each article needs, then extract only the new and changed ones.
    jobs: list[tuple[Path, str, _Existing | None]] = []
    signatures: dict[Path, str | None] = {}
    seeds = project.seeds_dir.resolve()
    for path in find_articles([project.seeds_dir]):
        source = project.relative(path)
        old = by_source.pop(source, None)
        # The walk does not follow links to folders, so only a link to a file can lead outside.
        if path.is_symlink() and not path.resolve().is_relative_to(seeds):
            report.problems.append(ArticleError(
                "is a link to a file outside the seeds folder; skipped", path=path,
                hint="copy the article into the seeds folder instead of linking to it"))
            continue
        try:
            outcome = _without_extraction(backend, path, source, old, force=force,
                                          overwrite_edited=force and overwrite_edited, cache=cache)
        except BriefingsError as exc:
            report.problems.append(exc)
            continue
        if outcome is None:
            jobs.append((path, source, old))
            # Taken before reading: if the file changes meanwhile, the next run hashes it again.
            signatures[path] = file_signature(path)
        else:
            report.outcomes.append(outcome)

    results = summarise_all([(path, source, old.briefing_id if old else None) for path, source, old in jobs],
                            backend, workers=workers)
    pending: list[tuple[Path, Summarised, bool]] = []  # target, briefing, whether to back up the old file
    # Ids are given in article order whatever order the workers finish in, so they are stable.
    # strict=True runs the results to their end, so a worker pool is shut down here, not at exit.
    for (path, source, old), result in zip(jobs, progress(results, len(jobs)) if progress else results,
                                           strict=True):
        if isinstance(result, BriefingsError):
            report.problems.append(result)
            continue
        cache.put(ARTICLE_SHA256, path, result.briefing.source.sha256, signatures[path])
        if old is not None:
            target, action = old.path, UPDATED
            note = f"the edited file was backed up to {BACKUP_DIR}/" if old.locked else None
        else:
            result = with_unique_id(result, taken)
            target, action, note = project.content_dir / f"{result.briefing.id}.yaml", CREATED, None
        pending.append((target, result, bool(old and old.locked)))
        report.outcomes.append(Outcome(source, target, action, note))

    # Phase 2: write.
    backups = project.content_dir / BACKUP_DIR
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    for path, result, backup in pending:
        if backup:
            atomic_write(backups / f"{path.stem}.{stamp}.yaml", path.read_bytes())
        data = result.text.encode("utf-8")
        atomic_write(path, data)
        # What the next run or the render would otherwise read back from the file just written.
        cache.put(BRIEFING, path, result.briefing)
        cache.put(EXISTING, path, _Existing.of(path, result.briefing, None))
        cache.put(BRIEFING_SHA256, path, hashlib.sha256(data).hexdigest())

    for source, gone in by_source.items():
        report.outcomes.append(Outcome(str(source), gone.path, KEPT,
                                       "its article is gone from the seeds folder; delete the "
                                       "briefing to drop it from the site"))
    report.outcomes.sort(key=lambda o: o.source)
    return report


def _without_extraction(backend: Backend, path: Path, source: str, old: _Existing | None, *, force: bool,
                        overwrite_edited: bool, cache: Cache) -> Outcome | None:
    """The outcome for an article that needs no extraction (kept or unchanged), else None."""
    if old is None:
        return None
    sha256 = cache.memo(ARTICLE_SHA256, path, file_sha256)
    valid = old.briefing_id is not None
    if old.locked and not (overwrite_edited and valid):
        changed = not valid or old.source_sha256 != sha256
        note = old.locked + ("; its article changed since, so the briefing may be out of date"
                             if changed else "")
        return Outcome(source, old.path, KEPT, note)
    if (not force and old.source_sha256 == sha256 and old.generator.backend == backend.name
            and old.generator.version == backend.version):
        return Outcome(source, old.path, UNCHANGED)
    return None


# Below this many articles, starting worker processes costs more than it saves.
_MIN_PARALLEL_JOBS = 8


Job = tuple[Path, str, str | None]  # an article, its source path in briefings, its briefing id if known


def summarise_all(jobs: list[Job], backend: Backend, *, workers: int = 1
                  ) -> Iterator[Summarised | BriefingsError]:
    """`summarise_article` for each job, in order; a failed article yields its error.

    With `workers` > 1 the work runs in that many processes (0 means one per core), YAML writing
    included, so the parent only collects; each process makes its own backend from its registered
    name.
    """
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(jobs) < _MIN_PARALLEL_JOBS:
        return (_summarise_or_error(job, backend) for job in jobs)
    return _summarise_in_pool(jobs, backend.name, min(workers, len(jobs)))


def _summarise_in_pool(jobs: list[Job], backend_name: str, workers: int) -> Iterator[Summarised | BriefingsError]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(backend_name,)) as pool:
        # Chunks amortise inter-process traffic while keeping both cores busy to the end.
        yield from pool.map(_summarise_in_worker, jobs, chunksize=max(1, min(32, len(jobs) // (workers * 8))))


_worker_backend: list[Backend] = []  # the one backend of a worker process, made by _start_worker


def _start_worker(backend_name: str) -> None:
    from .extraction import get_backend
    _worker_backend.append(get_backend(backend_name))


def _summarise_in_worker(job: Job) -> Summarised | BriefingsError:
    return _summarise_or_error(job, _worker_backend[0])


def _summarise_or_error(job: Job, backend: Backend) -> Summarised | BriefingsError:
    try:
        return summarise_article(*job, backend)
    except BriefingsError as exc:
        return exc


def _load_existing(project: Project, report: Report, cache: Cache) -> list[_Existing]:
    """Every briefing file, with the reason it must not be overwritten (None when it may be)."""
    if not project.content_dir.is_dir():
        return []
    # Paths as text, not `Path`s: thousands are looked up on every run, and most are in the cache.
    paths = [os.path.join(project.content_dir, name) for name in sorted(os.listdir(project.content_dir))
             if name.endswith(".yaml")]
    cache.forget_missing(EXISTING, set(paths))
    found = [cache.memo(EXISTING, path, lambda p: _read_existing(Path(p), cache)) for path in paths]
    report.problems.extend(e.problem for e in found if e.problem is not None)
    return found


def _read_existing(path: Path, cache: Cache) -> _Existing:
    signature = file_signature(path)
    try:
        text = read_briefing_text(path)
        briefing = parse_briefing(path, text)
    except BriefingError as exc:
        return _Existing(path, None, _source_of(path), None, None,
                         "it is not a valid briefing; fix it or delete it", exc)
    cache.put(BRIEFING, path, briefing, signature)
    if briefing.reviewed:
        locked = "it is marked reviewed: true"
    elif was_edited(text):
        locked = "it was edited by hand since it was generated"
    else:
        locked = None
    return _Existing.of(path, briefing, locked)


def _source_of(path: Path) -> str:
    """Best-effort `source.path` of a briefing that failed validation, so its article is not
    summarised again under a second id."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
        return str(data["source"]["path"])
    except Exception:
        return f"<invalid {path.name}>"


def load_briefings(folder: Path, cache: Cache | None = None) -> tuple[list[Briefing], list[BriefingError]]:
    """Every valid briefing in `folder`, sorted by id, and the errors of the invalid ones."""
    cache = cache or Cache(None)
    briefings: list[Briefing] = []
    problems: list[BriefingError] = []
    if folder.is_dir():
        paths = sorted(folder.glob("*.yaml"))
        cache.forget_missing(BRIEFING, {str(p) for p in paths})
        for path in paths:
            try:
                briefings.append(cache.memo(BRIEFING, path, load_briefing))
            except BriefingError as exc:
                problems.extend(exc.problems)
    return sorted(briefings, key=lambda b: b.id), problems
