"""The whole path from articles to pages, shared by the command line and the MkDocs plugin.

Each entry point holds the project's lock while it writes, so two runs on the same project (a
`briefings build` while `mkdocs serve` re-renders, say) cannot interleave their writes.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import markdown

from .caching import Cache, file_signature
from .config import Project
from .errors import BriefingError, BriefingsError
from .extraction import get_backend
from .rendering import MARKER, RenderReport, render, template_folders
from .summarising import Progress, Report, load_briefings, summarise
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


LAST_RENDER = "last-render"


@dataclass(frozen=True)
class _LastRender:
    inputs: str  # digest of everything rendering read
    output: dict[str, str]  # the docs folder it left: relative path → file signature
    problems: list[BriefingError]


def _render(project: Project, cache: Cache) -> tuple[RenderReport, list[BriefingError]]:
    """Render, unless nothing rendering reads changed since the last render and the docs folder is
    as that render left it: then not even the briefings are loaded."""
    inputs = _render_inputs(project)
    last = cache.value(LAST_RENDER)
    if isinstance(last, _LastRender) and last.inputs == inputs and last.output == _signatures(project.docs_dir):
        return RenderReport(project.docs_dir, unchanged=sorted(p for p in last.output if p != MARKER)), last.problems
    briefings, invalid = load_briefings(project.content_dir, cache)
    report = render(project, briefings)
    cache.set_value(LAST_RENDER, _LastRender(inputs, _signatures(project.docs_dir), invalid))
    return report, invalid


def _render_inputs(project: Project) -> str:
    """A digest of what rendering reads: the settings, the briefings, the templates and hand-written
    pages, and the code and libraries that turn them into pages."""
    digest = hashlib.sha256(repr(project).encode())
    digest.update(f"{jinja2.__version__} {markdown.__version__}".encode())
    folders = [project.content_dir, Path(__file__).parent, *template_folders(project)]
    if project.pages_dir:
        folders.append(project.pages_dir)
    for folder in folders:
        for relative, signature in sorted(_signatures(folder).items()):
            digest.update(f"{folder}/{relative} {signature}\n".encode())
    return digest.hexdigest()


def _signatures(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path → signature); caches and compiled code left out."""
    found = {}
    for current, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "__pycache__" and not d.startswith(".")]
        for name in files:
            path = os.path.join(current, name)
            signature = file_signature(Path(path))
            if signature is not None:
                found[os.path.relpath(path, folder)] = signature
    return found
