"""Removing articles from a project: the article, its briefing and what was remembered of both.

The pages go with the render that follows (a page nobody produces any more is deleted), and the site
with the next build. A briefing a person reviewed or edited is a person's work: it is removed only
when they say so (`force`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .caching import Cache
from .config import Project
from .errors import BriefingError, BriefingsError
from .schema import load_briefing, read_briefing_text, was_edited
from .summarising import ARTICLE_SHA256, BRIEFING, BRIEFING_SHA256, EXISTING, source_of


@dataclass
class Removal:
    removed: list[tuple[Path, Path | None]] = field(default_factory=list)  # briefing, and its article if found
    problems: list[BriefingsError] = field(default_factory=list)


def remove(project: Project, targets: list[str], *, force: bool, cache: Cache) -> Removal:
    """Remove each target (a briefing id, a briefing file or an article file) with its counterpart."""
    removal = Removal()
    for target in targets:
        try:
            briefing = _briefing_of(project, target)
            source = _check(briefing, force)
            article = _article(project, source)
        except BriefingsError as exc:
            removal.problems.append(exc)
            continue
        briefing.unlink()
        # The keys summarising and rendering use: the folders as configured, joined with the name.
        for kind in (EXISTING, BRIEFING, BRIEFING_SHA256):
            cache.forget(kind, [os.path.join(project.content_dir, briefing.name)])
        if article is not None:
            article.unlink()
            cache.forget(ARTICLE_SHA256, [str(project.root / source)])
        removal.removed.append((briefing, article))
    return removal


def _briefing_of(project: Project, target: str) -> Path:
    """The briefing file that `target` names: by id, by its own path, or by its article's path."""
    by_id = project.content_dir / f"{target}.yaml"
    if "/" not in target and os.sep not in target and by_id.is_file():
        return by_id
    path = Path(target)
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, project.root / path]
    for candidate in candidates:
        if candidate.is_file() and candidate.resolve().parent == project.content_dir.resolve():
            return candidate.resolve()
        if candidate.is_file() and candidate.resolve().is_relative_to(project.seeds_dir.resolve()):
            source = project.relative(candidate.resolve())
            for briefing in sorted(project.content_dir.glob("*.yaml")):
                if _source(briefing) == source:
                    return briefing
            raise BriefingError("no briefing was made from this article", path=candidate,
                                hint="delete the file itself, or run `briefings summarise` first")
    raise BriefingError(f"'{target}' is neither the id of a briefing nor an article or briefing file",
                        path=project.content_dir, hint="give an id as `briefings remove ID` or a file's path")


def _source(briefing: Path) -> str | None:
    try:
        return source_of(read_briefing_text(briefing))
    except BriefingError:
        return None


def _check(briefing: Path, force: bool) -> str | None:
    """The briefing's source.path, once it is clear it may be removed."""
    try:
        loaded = load_briefing(briefing)
    except BriefingError:
        if not force:
            raise BriefingError("not removed: it cannot be loaded, so whether a person reviewed it is unknown",
                                path=briefing, hint="use --force to remove it anyway")
        return _source(briefing)
    if not force:
        if loaded.reviewed:
            raise BriefingError("not removed: it is marked reviewed: true", path=briefing,
                                hint="use --force to remove it anyway")
        if was_edited(read_briefing_text(briefing)):
            raise BriefingError("not removed: it was edited by hand since it was generated", path=briefing,
                                hint="use --force to remove it anyway")
    return loaded.source.path


def _article(project: Project, source: str | None) -> Path | None:
    """The article file of `source`, if it is still there and inside the seeds folder: nothing outside
    the project's own folders is deleted (a link is removed, not what it leads to)."""
    if source is None:
        return None
    path = project.root / source
    inside = path.parent.resolve().is_relative_to(project.seeds_dir.resolve())
    return path if inside and (path.is_file() or path.is_symlink()) else None
