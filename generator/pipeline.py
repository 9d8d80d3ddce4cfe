"""The whole path from articles to pages, shared by the command line and the MkDocs plugin.

Each entry point holds the project's lock while it writes, so two runs on the same project (a
`briefings build` while `mkdocs serve` re-renders, say) cannot interleave their writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .caching import Cache
from .config import Project
from .errors import BriefingsError
from .extraction import get_backend
from .rendering import RenderReport, render
from .summarising import Progress, Report, load_briefings, summarise
from .writing import project_lock


@dataclass
class Update:
    summarised: Report | None
    rendered: RenderReport | None
    problems: list[BriefingsError] = field(default_factory=list)


def update(project: Project, *, summarise_articles: bool = True, render_pages: bool = True,
           force: bool = False, overwrite_edited: bool = False, workers: int | None = None,
           progress: Progress | None = None) -> Update:
    """Summarise new or changed articles, then render the pages; either step can be left out.

    `workers` overrides the project's ``workers`` option for extraction.
    """
    result = Update(None, None)
    with project_lock(project.lock_file), Cache(project.cache_dir) as cache:
        if summarise_articles:
            result.summarised = summarise(project, get_backend(project.backend), force=force,
                                          overwrite_edited=overwrite_edited, progress=progress,
                                          workers=project.workers if workers is None else workers, cache=cache)
            result.problems.extend(result.summarised.problems)
        if render_pages:
            briefings, invalid = load_briefings(project.content_dir, cache)
            result.rendered = render(project, briefings)
            if not summarise_articles:  # summarising reported them already
                result.problems.extend(invalid)
    return result
