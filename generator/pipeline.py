"""The whole path from articles to pages, shared by the command line and the MkDocs plugin."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Project
from .errors import BriefingsError
from .extraction import get_backend
from .rendering import RenderReport, render
from .summarising import Report, load_briefings, summarise


@dataclass
class Update:
    summarised: Report | None
    rendered: RenderReport
    problems: list[BriefingsError] = field(default_factory=list)


def render_content(project: Project) -> tuple[RenderReport, list[BriefingsError]]:
    """Render every valid briefing of ``content/``; invalid ones are reported and left out."""
    briefings, problems = load_briefings(project.content_dir)
    return render(project, briefings), list(problems)


def update(project: Project, *, summarise_articles: bool = True,
           progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> Update:
    """Summarise new or changed articles (unless told not to), then render the pages."""
    summarised = None
    problems: list[BriefingsError] = []
    if summarise_articles:
        summarised = summarise(project, get_backend(project.backend), progress=progress)
        problems.extend(summarised.problems)
    rendered, render_problems = render_content(project)
    # Summarising already reported the briefings it could not read.
    seen = {str(p) for p in problems}
    problems.extend(p for p in render_problems if str(p) not in seen)
    return Update(summarised, rendered, problems)
