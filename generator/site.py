"""Building and serving the site with MkDocs, from the pages already rendered."""

from __future__ import annotations

import logging

from .config import Project
from .errors import BuildError


def build_site(project: Project, *, verbose: bool = False, strict: bool = False) -> None:
    """Run MkDocs' own build on the project's mkdocs.yml, as `mkdocs build` would."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        config = load_config(config_file=str(project.config_file), strict=strict)
        build(config)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not build the site: {exc}", path=project.config_file,
                         hint="the lines above name the page or setting at fault") from exc
    except OSError as exc:
        raise BuildError(f"MkDocs could not write the site: {exc}", path=project.site_dir) from exc


def serve_site(project: Project, *, dev_addr: str) -> None:
    """Serve with live reload; the briefings plugin re-renders when articles, briefings or
    templates change."""
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO)
    try:
        serve(config_file=str(project.config_file), dev_addr=dev_addr, livereload=True)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not serve the site: {exc}", path=project.config_file) from exc
