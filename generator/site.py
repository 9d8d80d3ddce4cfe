"""Building and serving the site with MkDocs, from the pages already rendered."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from .config import Project
from .errors import BuildError


def build_site(project: Project, *, verbose: bool = False, strict: bool = False) -> None:
    """Run MkDocs' own build on the project's mkdocs.yml, as `mkdocs build` would.

    MkDocs writes straight into ``site_dir``, so a crash mid-build would leave a mix of old and new
    pages. The build goes into a staging folder beside it instead, which then replaces the site.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
    final = project.site_dir
    staging = final.with_name(f".{final.name}.building")
    try:
        config = load_config(config_file=str(project.config_file), strict=strict)
        shutil.rmtree(staging, ignore_errors=True)
        config["site_dir"] = str(staging)
        build(config)
        _replace_folder(staging, final)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not build the site: {exc}", path=project.config_file,
                         hint="the lines above name the page or setting at fault") from exc
    except OSError as exc:
        raise BuildError(f"could not write the site: {exc.strerror or exc}",
                         path=exc.filename or final) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _replace_folder(new: Path, target: Path) -> None:
    """Put folder `new` in the place of `target`; at every moment one complete version exists."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


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
    try:
        serve(config_file=str(project.config_file), dev_addr=dev_addr, livereload=True,
              build_type="dirty" if dirty else None)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not serve the site: {exc}", path=project.config_file) from exc
