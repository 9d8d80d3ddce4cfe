"""The MkDocs plugin: makes ``mkdocs serve`` re-render and reload when articles, briefings or templates change.

A plain ``mkdocs build`` needs nothing from this plugin, because ``briefings render`` has already
written the pages as Markdown. The plugin holds no logic of its own: it watches the folders and, while
serving, calls the one pipeline function that summarises and renders.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from . import pipeline, rendering
from .config import BriefingsConfig, Project, project_from_config
from .errors import BriefingsError

log = get_plugin_logger(__name__)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    _serving = False  # set per instance by on_startup

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"

    def _project(self, config: Any) -> Project:
        return project_from_config(Path(config.config_file_path), config, self.config)

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        for folder in watched_folders(self._project(config)):
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def on_pre_build(self, *, config: Any) -> None:
        # Only while serving: `mkdocs build` must build exactly the pages `briefings render` wrote.
        # Unchanged pages keep their bytes, so rendering here does not trigger another rebuild.
        if not self._serving:
            return
        try:
            result = pipeline.update(self._project(config))
        except BriefingsError as exc:
            raise PluginError(str(exc)) from exc
        for problem in result.problems:
            log.warning(str(problem))


def watched_folders(project: Project) -> list[Path]:
    """The folders whose changes make ``mkdocs serve`` render again (MkDocs watches docs_dir itself)."""
    folders = [project.seeds_dir, project.content_dir, *rendering.template_folders(project)]
    if project.pages_dir:
        folders.append(project.pages_dir)
    return folders
