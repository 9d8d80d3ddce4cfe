"""Building and serving the site with MkDocs, from the pages already rendered."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from .config import Project
from .errors import BuildError


def build_site(project: Project, *, verbose: bool = False, strict: bool = False) -> None:
    """Run MkDocs' own build on the project's mkdocs.yml, as `mkdocs build` would.

    MkDocs writes straight into ``site_dir``, so a crash mid-build would leave a mix of old and new
    pages. The build goes into a hidden staging folder inside it instead (the same file system, even
    when the site folder is a mount point), and then each of its files and folders replaces the old
    one by a rename. Hidden files of the site folder (a publishing repository's ``.git``, say) are
    kept, as plain `mkdocs build` keeps them. The caller holds the project's lock.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
    final = project.site_dir
    staging, old = final / STAGING, final / OLD
    try:
        config = load_config(config_file=str(project.config_file), strict=strict)
        final.mkdir(parents=True, exist_ok=True)
        for folder in (staging, old):  # left by a killed build
            shutil.rmtree(folder, ignore_errors=True)
        config["site_dir"] = str(staging)
        build(config)
        _publish(staging, final, old)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not build the site: {exc}", path=project.config_file,
                         hint="the lines above name the page or setting at fault") from exc
    except OSError as exc:
        raise BuildError(f"could not write the site: {exc.strerror or exc}",
                         path=exc.filename or final) from exc
    finally:
        for folder in (staging, old):
            shutil.rmtree(folder, ignore_errors=True)


# Hidden, so that MkDocs' own cleaning of the site folder and `_publish` leave them alone.
STAGING, OLD = ".briefings-building", ".briefings-old"


def _publish(new: Path, target: Path, old: Path) -> None:
    """Put the entries of folder `new` in the place of those of `target`, each by a rename, and move
    out what the new build no longer has; hidden entries of `target` stay. Replaced entries go to
    `old`, so that at every moment each path holds a complete old or new version."""
    old.mkdir()
    names = set(os.listdir(new))
    for name in sorted(os.listdir(target)):
        if name not in names and not name.startswith("."):
            os.rename(target / name, old / name)
    # index.html last: a reader who gets the new home page finds the pages it links to.
    for name in sorted(names, key=lambda n: (n == "index.html", n)):
        if (new / name).is_dir() or (target / name).is_dir():
            if os.path.lexists(target / name):
                os.rename(target / name, old / name)
            os.rename(new / name, target / name)
        else:
            os.replace(new / name, target / name)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    # MkDocs warns on every dirty rebuild that links may be stale. Here the pages that link to what
    # changed are rendered again (and so rebuilt), and the search index is completed by the plugin,
    # so the warning would only repeat itself at each reload.
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def serve_site(project: Project, *, dev_addr: str, dirty: bool = True) -> None:
    """Serve with live reload; the briefings plugin re-renders when articles, briefings or
    templates change.

    `dirty`: MkDocs rebuilds only the pages whose Markdown is newer than their HTML. Rendering
    rewrites only the pages that changed, so an edited briefing rebuilds a handful of pages instead
    of the whole site, which takes minutes at thousands of articles.
    """
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO)
    logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)
    try:
        serve(config_file=str(project.config_file), dev_addr=dev_addr, livereload=True,
              build_type="dirty" if dirty else None)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not serve the site: {exc}", path=project.config_file) from exc
