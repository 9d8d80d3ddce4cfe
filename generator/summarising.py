"""Summarising: articles in ``seeds/`` to briefings in ``content/``, incrementally and safely.

It runs in two phases, like a static-site generator: first everything is read and validated (the
existing briefings, then the articles, to find those whose briefing is missing or stale), then those
articles are extracted and their briefings written, each atomically once its extraction is done (so
that a run of thousands does not hold every result until the last). A briefing is matched to its
article by ``source.path``, so its id, and the URL of its page, never changes once given.

A briefing is regenerated only when its article's bytes or the generator changed, and never when a
person marked it ``reviewed: true`` or edited the file since it was generated (its checksum tells).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .caching import Cache, file_signature
from .config import Project
from .errors import ArticleError, BriefingError, BriefingsError, WriteError
from .extraction import Backend
from .making import Summarised, generator_version, summarise_all, with_unique_id
from .reading import file_sha256, find_articles
from .schema import Briefing, GeneratorInfo, load_briefing, parse_briefing, read_briefing_file, was_edited
from .writing import atomic_write, remove_stale_temporaries, write_error

CREATED, UPDATED, UNCHANGED, KEPT = "created", "updated", "unchanged", "kept"
# Inside content/, beside the briefings they copy; a dot-folder, so nothing loads them, with a
# .gitignore of its own, as backups are not the record.
BACKUP_DIR = ".backup"
# Kinds of cached values (see `generator.caching`).
ARTICLE_SHA256, EXISTING, BRIEFING = "article-sha256", "existing-briefing", "briefing"
BRIEFING_SHA256 = "briefing-sha256"  # of the file's bytes: a briefing's token in rendering


@dataclass(frozen=True)
class Outcome:
    """What happened to one article's briefing; `note` explains a kept briefing, and `attention` says
    that the note needs a person (the briefing may be out of date, or cannot be read), not only
    that a person's briefing was left alone as it always is."""

    source: str
    briefing: Path | None
    action: str
    note: str | None = None
    attention: bool = False


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[BriefingsError] = field(default_factory=list)
    # What went wrong for articles that were summarised all the same (a backend's fallback).
    warnings: list[BriefingsError] = field(default_factory=list)
    backend_note: str | None = None  # the backend's one line about the run, such as a model's token use

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


@dataclass(frozen=True)
class _Existing:
    """What summarising needs to know of a briefing file; cached, so that an unchanged collection is
    not parsed again. `briefing_id` is None when the file is not a valid briefing, and `source` None
    when not even its article can be told (the file cannot be read, say)."""

    path: Path
    briefing_id: str | None
    source: str | None  # its source.path
    source_sha256: str | None
    generator: GeneratorInfo | None
    locked: str | None
    signature: str | None  # of the file as read: it is replaced only while it still has it
    problem: BriefingError | None = None

    @classmethod
    def of(cls, path: Path, briefing: Briefing, locked: str | None, signature: str | None) -> _Existing:
        return cls(path, briefing.id, briefing.source.path, briefing.source.sha256, briefing.generator, locked,
                   signature)


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
    existing = _load_existing(project, report, cache, workers)
    by_source = {e.source: e for e in existing if e.source is not None}
    taken = {e.path.stem for e in existing}
    # A briefing that cannot be read may belong to any article; it still owns the id its name gives.
    unowned = {e.path.stem: e for e in existing if e.source is None}

    if not project.seeds_dir.is_dir():
        report.problems.append(BriefingError("the seeds folder does not exist", path=project.seeds_dir,
                                             hint="create it and put articles (.txt or .md) in it"))
        return report

    # Phase 1: decide what each article needs.
    jobs: list[tuple[Path, str, _Existing | None]] = []
    signatures: dict[Path, str | None] = {}
    seeds = project.seeds_dir.resolve()
    articles = find_articles([project.seeds_dir])
    cache.forget_missing(ARTICLE_SHA256, {str(path) for path in articles})
    for path in articles:
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

    # Phase 2: extract the new and changed articles and write their briefings, each only if its file
    # is still as phase 1 found it.
    results = summarise_all([(path, source, old.briefing_id if old else None) for path, source, old in jobs],
                            backend, workers=workers)
    # Ids are given in article order whatever order the workers finish in, so they are stable.
    # strict=True runs the results to their end, so a worker pool is shut down here, not at exit.
    for (path, source, old), result in zip(jobs, progress(results, len(jobs)) if progress else results,
                                           strict=True):
        if isinstance(result, BriefingsError):
            report.problems.append(result)
            continue
        report.warnings.extend(result.warnings)
        cache.put(ARTICLE_SHA256, path, result.briefing.source.sha256, signatures[path])
        if old is None and result.briefing.id in unowned:
            report.problems.append(ArticleError(
                f"not summarised, as {unowned[result.briefing.id].path.name} may be its briefing and cannot be "
                "loaded", path=path, hint="make that file a readable, valid briefing, or delete it"))
            continue
        if old is None:
            result = with_unique_id(result, taken)
        report.outcomes.append(_write(project, source, result, old, cache, report))
    for source, gone in by_source.items():
        report.outcomes.append(Outcome(str(source), gone.path, KEPT,
                                       "its article is gone from the seeds folder; run `briefings remove "
                                       f"{gone.path.stem}` to drop it from the site", attention=True))
    report.outcomes.sort(key=lambda o: o.source)
    if jobs and hasattr(backend, "describe_run"):
        report.backend_note = backend.describe_run()
    return report


def _write(project: Project, source: str, result: Summarised, old: _Existing | None, cache: Cache,
           report: Report) -> Outcome:
    """Write one briefing extracted in phase 2, unless its file changed since phase 1: a person may
    have saved an edit while the articles were extracted, and that edit wins."""
    if old is None:
        path, action, note = project.content_dir / f"{result.briefing.id}.yaml", CREATED, None
        changed = os.path.lexists(path)
    else:
        path, action = old.path, UPDATED
        note = f"the edited file was backed up to {BACKUP_DIR}/" if old.locked else None
        changed = file_signature(path) != old.signature
    if changed:
        return Outcome(source, path, KEPT, "it changed while this run was working, so it was left as it is; "
                       "run the command again", attention=True)
    try:
        if old is not None and old.locked:
            _back_up(project.content_dir / BACKUP_DIR, path)
        data = result.text.encode("utf-8")
        atomic_write(path, data)
    except (WriteError, OSError) as exc:
        report.problems.append(exc if isinstance(exc, WriteError) else write_error(exc, path))
        return Outcome(source, path, KEPT, "it could not be written", attention=True)
    # What the next run or the render would otherwise read back from the file just written, under
    # its signature taken once.
    signature = file_signature(path)
    cache.put(BRIEFING, path, result.briefing, signature)
    cache.put(EXISTING, path, _Existing.of(path, result.briefing, None, signature), signature)
    cache.put(BRIEFING_SHA256, path, hashlib.sha256(data).hexdigest(), signature)
    return Outcome(source, path, action, note)


def _back_up(folder: Path, path: Path) -> None:
    """Copy `path` into the backup folder, which tells git to ignore it: backups are not the record."""
    ignore = folder / ".gitignore"
    if not ignore.exists():
        atomic_write(ignore, b"# Copies of briefings made before they were overwritten; not for version control.\n*\n")
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    atomic_write(folder / f"{path.stem}.{stamp}.yaml", path.read_bytes())


def _without_extraction(backend: Backend, path: Path, source: str, old: _Existing | None, *, force: bool,
                        overwrite_edited: bool, cache: Cache) -> Outcome | None:
    """The outcome for an article that needs no extraction (kept or unchanged), else None."""
    if old is None:
        return None
    sha256 = cache.memo(ARTICLE_SHA256, path, file_sha256)
    if old.briefing_id is None:
        return Outcome(source, old.path, KEPT, old.locked, attention=True)
    if old.locked and not overwrite_edited:
        if old.source_sha256 != sha256:
            return Outcome(source, old.path, KEPT, old.locked + "; its article changed since, so the briefing "
                           "may be out of date", attention=True)
        return Outcome(source, old.path, KEPT, old.locked)
    if (not force and old.source_sha256 == sha256 and old.generator.backend == backend.name
            and old.generator.version == generator_version(backend, path)):
        return Outcome(source, old.path, UNCHANGED)
    return None


# Parsing a briefing's YAML takes milliseconds; forking and sending the parsed briefings back costs
# less than a tenth of that per briefing, but tens of milliseconds in all.
LEAST_READ_APART = 64


def _load_existing(project: Project, report: Report, cache: Cache, workers: int = 1) -> list[_Existing]:
    """Every briefing file, with the reason it must not be overwritten (None when it may be); those
    not known to the cache are read in as many processes as `workers` allows when there are many."""
    if not project.content_dir.is_dir():
        return []
    # Paths as text, not `Path`s: thousands are looked up on every run, and most are in the cache.
    paths = [os.path.join(project.content_dir, name) for name in sorted(os.listdir(project.content_dir))
             if name.endswith(".yaml")]
    cache.forget_missing(EXISTING, set(paths))
    signatures = {path: file_signature(path) for path in paths}

    def existing(path: str) -> _Existing:
        return cache.memo(EXISTING, path, lambda p: _read_existing(Path(p), cache), signatures[path])

    cache.fill([path for path in paths if cache.get(EXISTING, path, signatures[path]) is None], existing,
               workers, LEAST_READ_APART)
    found = [existing(path) for path in paths]
    report.problems.extend(e.problem for e in found if e.problem is not None)
    return found


def _read_existing(path: Path, cache: Cache) -> _Existing:
    signature = file_signature(path)
    text = None
    try:
        text, data = read_briefing_file(path)
        briefing, _ = keep_briefing(cache, path, text, data, signature)
    except BriefingError as exc:
        return _Existing(path, None, source_of(text), None, None,
                         "it is not a valid briefing (see the problem reported for it); fix it or delete it",
                         signature, exc)
    if briefing.reviewed:
        locked = "it is marked reviewed: true"
    elif was_edited(text):
        locked = "it was edited by hand since it was generated"
    else:
        locked = None
    return _Existing.of(path, briefing, locked, signature)


def keep_briefing(cache: Cache, path: Path, text: str, data: bytes, signature: str | None) -> tuple[Briefing, str]:
    """The briefing the file `path` holds (`text`, read from `data`) and the SHA-256 of its bytes,
    both kept in `cache` for the file as `signature` names it: summarising and rendering each need
    both, and whichever reads the file first spares the other reading it again."""
    briefing, sha256 = parse_briefing(path, text), hashlib.sha256(data).hexdigest()
    cache.put(BRIEFING, path, briefing, signature)
    cache.put(BRIEFING_SHA256, path, sha256, signature)
    return briefing, sha256


# `source:` at the top level and the first `path:` indented under it, as the generator writes them.
_SOURCE_PATH = re.compile(r"^source:[ \t]*\n(?:[ \t]+.*\n|[ \t]*\n)*?[ \t]+path:[ \t]*(.+?)[ \t]*$", re.M)


def source_of(text: str | None) -> str | None:
    """Best-effort `source.path` of a briefing that failed validation, even with a YAML syntax error
    elsewhere, so its article is not summarised again under a second id; None when it cannot be told."""
    if text is None:
        return None
    try:
        return str(yaml.safe_load(text)["source"]["path"])
    except Exception:
        pass
    found = _SOURCE_PATH.search(text)
    if found is None:
        return None
    try:
        value = yaml.safe_load(found.group(1))
    except yaml.YAMLError:
        return None
    return value if isinstance(value, str) and value else None


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
