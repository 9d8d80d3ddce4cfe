"""Making one article's briefing: read and clean the article, extract it with a backend, and
assemble the briefing (title, id, summary, keywords, the generator block), in worker processes
when there are many. Deciding which articles to summarise, and writing their files without losing
a person's edits, is `generator.summarising`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .characters import clean_line
from .cleaning import Document, clean
from .errors import ArticleError, BackendError, BriefingsError
from .extraction import Backend, Extraction
from .reading import PAGE_SUFFIXES, read_article
from .schema import Actor, Briefing, GeneratorInfo, Position, Source, dump_briefing, slugify


def make_briefing(document: Document, extraction: Extraction, backend: Backend, briefing_id: str,
                  source_path: str) -> Briefing:
    """Combine an article's metadata with what the backend extracted into a briefing."""
    article = document.article
    return Briefing(
        id=briefing_id,
        title=briefing_title(document, extraction),
        date=article.date,
        source=Source(path=source_path, sha256=article.sha256, url=article.url,
                      author=clean_line(article.author) or None if article.author else None,
                      publisher=clean_line(article.source) or None if article.source else None),
        # An article with no sentence to summarise still needs a summary a reader can see.
        summary=extraction.summary.strip() or _first_words(document.paragraphs[0].text, 60),
        generator=_made_by(extraction, backend, article.path),
        paragraphs=tuple(p.text for p in document.paragraphs),
        keywords=_keywords(article.tags, extraction.keywords),
        actors=tuple(_as_loaded(actor) for actor in extraction.actors),
        positions=tuple(_with_stance_as_loaded(p) for p in extraction.positions),
        quotes=extraction.quotes,
    )


def _keywords(tags: Sequence[str], found: Sequence[str]) -> tuple[str, ...]:
    """The article's own tags, then the topics the backend found that the tags do not name already:
    both lead readers to other briefings about the same things."""
    keywords: dict[str, str] = {}
    for keyword in (*tags, *(k for k in map(clean_line, found) if k)):
        keywords.setdefault(slugify(keyword) or keyword, keyword)
    return tuple(keywords.values())


def generator_version(backend: Backend, path: Path) -> str:
    """The version a briefing of the article `path` records: the backend's, and for a saved web page
    the page reader's too, so that a better reading of pages makes their briefings again."""
    return _with_reader(backend.version, path)


def _with_reader(version: str, path: Path) -> str:
    if path.suffix.lower() in PAGE_SUFFIXES:
        from .web import reader_version
        return f"{version}, pages read by {reader_version()}"
    return version


def _made_by(extraction: Extraction, backend: Backend, path: Path) -> GeneratorInfo:
    """The generator block: the backend's, unless the extraction names what made it (a fallback)."""
    made_by = extraction.generator or GeneratorInfo(backend=backend.name, version=backend.version)
    return dataclasses.replace(made_by, version=_with_reader(made_by.version, path))


def _as_loaded(actor: Actor) -> Actor:
    """`actor` with its one-line fields as the loader reads them back: whatever a backend wrote, the
    briefing must round-trip unchanged."""
    name, role = clean_line(actor.name) or actor.name, clean_line(actor.role or "") or None
    aliases = tuple(a for a in map(clean_line, actor.aliases) if a)
    # Most actors are as the loader reads them already, and copying one costs more than checking it.
    if (name, role, aliases) == (actor.name, actor.role, actor.aliases):
        return actor
    return dataclasses.replace(actor, name=name, role=role, aliases=aliases)


def _with_stance_as_loaded(position: Position) -> Position:
    stance = clean_line(position.stance)
    return position if stance == position.stance else dataclasses.replace(position, stance=stance)


def briefing_title(document: Document, extraction: Extraction) -> str:
    """The article's own title, else the backend's, else the file name, as one line of text that the
    loader reads back unchanged."""
    return (document.article.title or clean_line(extraction.title)
            or clean_line(document.article.path.stem.replace("_", " ")))


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
    warnings: tuple[BriefingsError, ...] = ()


def summarise_article(path: Path, source: str, briefing_id: str | None, backend: Backend) -> Summarised:
    """Read, clean and extract one article into a briefing; without `briefing_id`, the id is the slug
    of its date and title, which `with_unique_id` may still change."""
    document, extraction = extract_document(path, backend)
    briefing_id = briefing_id or briefing_slug(document.article.date, briefing_title(document, extraction))
    briefing = make_briefing(document, extraction, backend, briefing_id, source)
    return Summarised(briefing, dump_briefing(briefing), tuple(BackendError(w, path=path) for w in extraction.warnings))


def with_unique_id(result: Summarised, taken: set[str]) -> Summarised:
    """`result` with an id not in `taken`, which it is added to."""
    briefing_id = unique_id(result.briefing.id, taken)
    taken.add(briefing_id)
    if briefing_id == result.briefing.id:
        return result
    briefing = dataclasses.replace(result.briefing, id=briefing_id)
    return dataclasses.replace(result, briefing=briefing, text=dump_briefing(briefing))


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
    threads = getattr(backend, "concurrency", 0)
    if threads:
        return _summarise_in_threads(jobs, backend, threads)
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(jobs) < _MIN_PARALLEL_JOBS:
        return (_summarise_or_error(job, backend) for job in jobs)
    return _summarise_in_pool(jobs, backend.name, min(workers, len(jobs)))


def _summarise_in_threads(jobs: list[Job], backend: Backend, threads: int) -> Iterator[Summarised | BriefingsError]:
    # A backend that waits on a server overlaps its waits; processes would each need a client of
    # their own and could not share what the backend learns about the server.
    with ThreadPoolExecutor(max_workers=threads) as pool:
        yield from pool.map(lambda job: _summarise_or_error(job, backend), jobs)


def _summarise_in_pool(jobs: list[Job], backend_name: str, workers: int) -> Iterator[Summarised | BriefingsError]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(backend_name,)) as pool:
        # Chunks amortise inter-process traffic while keeping both cores busy to the end.
        yield from pool.map(_summarise_in_worker, jobs, chunksize=max(1, min(32, len(jobs) // (workers * 8))))


_worker_backend: list[Backend] = []  # the one backend of a worker process, made by _start_worker


def _start_worker(backend_name: str) -> None:
    from .extraction import get_backend
    _exit_with_parent()
    _worker_backend.append(get_backend(backend_name))


def _exit_with_parent() -> None:
    """End this worker process when the process that started it is gone.

    A worker waits for its next article on a queue that only the parent closes; a parent killed with
    SIGKILL never closes it, and the workers would wait, orphaned, for good. When the parent dies the
    worker is given another parent, which a thread notices.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _summarise_in_worker(job: Job) -> Summarised | BriefingsError:
    return _summarise_or_error(job, _worker_backend[0])


def _summarise_or_error(job: Job, backend: Backend) -> Summarised | BriefingsError:
    try:
        return summarise_article(*job, backend)
    except BriefingsError as exc:
        return exc
