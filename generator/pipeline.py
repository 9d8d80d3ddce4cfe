"""The whole path from articles to pages, shared by the command line and the MkDocs plugin.

Each entry point holds the project's lock while it writes, so two runs on the same project (a
`briefings build` while `mkdocs serve` re-renders, say) cannot interleave their writes.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import markdown

from .caching import Cache, file_signature, folder_signatures
from .config import Project
from .errors import BriefingError, BriefingsError
from .extraction import get_backend
from .reading import file_sha256
from .rendering import MARKER, PageMemo, RenderReport, render, template_folders
from .schema import briefing_to_json
from .summarising import BRIEFING_SHA256, Progress, Report, load_briefings, summarise
from .writing import project_lock


@dataclass
class Update:
    summarised: Report | None
    rendered: RenderReport | None
    problems: list[BriefingsError] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # "summarise", "render": wall time of each


def update(project: Project, *, summarise_articles: bool = True, render_pages: bool = True,
           force: bool = False, overwrite_edited: bool = False, workers: int | None = None,
           progress: Progress | None = None) -> Update:
    """Summarise new or changed articles, then render the pages; either step can be left out.

    `workers` overrides the project's ``workers`` option for extraction.
    """
    result = Update(None, None)
    with project_lock(project.lock_file), Cache(project.cache_dir) as cache:
        started = time.perf_counter()
        if summarise_articles:
            result.summarised = summarise(project, get_backend(project.backend), force=force,
                                          overwrite_edited=overwrite_edited, progress=progress,
                                          workers=project.workers if workers is None else workers, cache=cache)
            result.problems.extend(result.summarised.problems)
            result.seconds["summarise"] = time.perf_counter() - started
        if render_pages:
            started = time.perf_counter()
            result.rendered, invalid = _render(project, cache)
            if not summarise_articles:  # summarising reported them already
                result.problems.extend(invalid)
            result.seconds["render"] = time.perf_counter() - started
    return result


LAST_RENDER, LAST_PAGES = "last-render", "last-pages"
BRIEFING_JSON = "briefing-json"  # a kind of cached value, like those of `generator.summarising`


@dataclass(frozen=True)
class _LastRender:
    inputs: str  # digest of everything rendering read
    output: dict[str, str]  # the docs folder it left: relative path → file signature
    problems: list[BriefingError]


def _render(project: Project, cache: Cache) -> tuple[RenderReport, list[BriefingError]]:
    """Render what changed since the last render.

    When nothing rendering reads changed and the docs folder is as the last render left it, not even
    the briefings are loaded. Otherwise only the pages whose template context changed are rendered
    (see `PageMemo`).
    """
    environment = _digest(_environment_folders(project), f"{project!r} {jinja2.__version__} {markdown.__version__}")
    inputs = _digest([project.content_dir], environment)
    last = cache.value(LAST_RENDER)
    on_disk = folder_signatures(project.docs_dir)
    if isinstance(last, _LastRender) and last.inputs == inputs and last.output == on_disk:
        return RenderReport(project.docs_dir, unchanged=sorted(p for p in on_disk if p != MARKER)), last.problems
    briefings, invalid = load_briefings(project.content_dir, cache)
    tokens, json_texts = {}, {}
    paths = {briefing.id: project.content_dir / f"{briefing.id}.yaml" for briefing in briefings}
    for kind in (BRIEFING_SHA256, BRIEFING_JSON):
        cache.forget_missing(kind, {str(path) for path in paths.values()})
    for briefing in briefings:
        path = paths[briefing.id]
        # By content, not by signature: a file rewritten with the same bytes changes no page.
        tokens[briefing.id] = cache.memo(BRIEFING_SHA256, path, file_sha256)
        json_texts[briefing.id] = cache.memo(BRIEFING_JSON, path, lambda _, b=briefing: briefing_to_json(b))
    previous = cache.value(LAST_PAGES) or {}
    memo = PageMemo({page: fingerprint for page, (fingerprint, signature) in previous.items()
                     if on_disk.get(page) == signature}, tokens, environment, json_texts)
    report = render(project, briefings, memo)
    after = _after(project.docs_dir, on_disk, report)
    cache.set_value(LAST_PAGES, {page: (fingerprint, after[page]) for page, fingerprint in memo.current.items()
                                 if page in after})
    cache.set_value(LAST_RENDER, _LastRender(inputs, after, invalid))
    return report, invalid


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
