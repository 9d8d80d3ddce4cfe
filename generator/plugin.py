"""The MkDocs plugin: makes ``mkdocs serve`` re-render and reload when articles, briefings or templates change.

A plain ``mkdocs build`` needs nothing from this plugin, because ``briefings render`` has already
written the pages as Markdown. The plugin holds no logic of its own: it watches the folders and, while
serving, calls the one pipeline function that summarises and renders; after a build it has the
search index slimmed (see `generator.searching`) unless ``search_index: full`` is set. In
``briefings build`` it also passes MkDocs' events to the memo of incremental builds
(`generator.incremental`).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.utils import get_relative_url

from . import parallel, publishing, searching
from .config import FEED_PATH, BriefingsConfig, Project, project_from_config, unset_site_url
from .incremental import IncrementalBuild
from .parallel import Fork
from .inlinepatterns import UnusedInlinePatterns
from .errors import BriefingsError

log = get_plugin_logger(__name__)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    # Set per instance by on_startup. `briefings build` runs MkDocs' build without it, and warns
    # about site_url itself.
    _serving = False
    _command: str | None = None
    _slim_fed = False
    # Set by `generator.site` for the one build it runs; None in plain `mkdocs build` and `serve`.
    incremental: IncrementalBuild | None = None
    # The workers a build that converts every page may convert them with (see `generator.parallel`),
    # also set by `generator.site`; 0 is one per core.
    workers = 1
    # The site folder's staging folder, also set by `generator.site` for a build it publishes.
    staging: Path | None = None
    _fork: Fork | None = None
    _staging_pages: Path | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"
        self._command = command
        self._search = searching.SearchMemo()
        self._pages: set[str] = set()

    def on_config(self, config: Any) -> Any:
        # `mkdocs serve` sets site_url to its own address, so only a build can lack one.
        problem = unset_site_url(self._project(config))
        if problem is not None and self._command == "gh-deploy":
            raise PluginError(f"refusing to deploy without the site's address: {problem}")
        if problem is not None and self._command == "build":
            log.warning(str(problem))
        config.markdown_extensions.append(UnusedInlinePatterns(config))
        return config

    def on_files(self, files: Any, *, config: Any) -> Any:
        # Where the search index locates each page: the home page's URL is "./" there, and "" in the index.
        self._pages = {"" if file.url in ("./", ".") else file.url for file in files.documentation_pages()}
        # Without site_url no render writes a feed, so one in the docs folder is what a server left
        # behind, with links to its own address.
        feed = files.get_file_from_path(FEED_PATH)
        if not config.site_url and feed is not None:
            files.remove(feed)
        if self.incremental is not None:
            self.incremental.decide(files, config)
        return files

    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        if self.incremental is None or self.workers == 1:
            return nav
        pages = len(files.documentation_pages())
        why = parallel.serial_because(config, self.workers, pages)
        if why is None:
            # Both processes then write each page they make into the staging folder too: published
            # afterwards in one process, the pages were the longest part of the build on one core.
            # Only then, as no plugin but the known ones could change a page after it is made.
            self._staging_pages = self.staging
            self._fork = parallel.fork(config, files, nav, self.incremental.site_dir.parent,
                                       self.incremental.theme_code)
        else:
            log.debug(f"converting the {pages} pages in one process: {why}")
        return nav

    def on_build_error(self, *, error: Exception) -> None:
        self._staging_pages = None
        fork, self._fork = self._fork, None
        if fork is not None:
            fork.abandon()

    # After every other plugin, as it lets go of the page's Markdown and HTML.
    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        # Nothing reads them once the page is made (its title, table of contents and anchors are
        # kept apart), and a site's pages held to the end of the build were most of its memory.
        page.markdown, page.content = "", None
        output = self._with_feed_link(output, page, config)
        if self._staging_pages is not None and output.strip():  # as MkDocs writes it next
            publishing.stage(self._staging_pages, page.file.dest_uri,
                             output.encode("utf-8", errors="xmlcharrefreplace"))
        return output

    def _with_feed_link(self, output: str, page: Any, config: Any) -> str:
        # Feed readers and browsers find a site's feed through a link in each page's head; themes
        # have no setting for it, so it is added to the page MkDocs made, whatever the theme.
        if "feed" not in self.config.sections or not config.site_url or "</head>" not in output:
            return output
        href = html.escape(get_relative_url(FEED_PATH, page.url or "."), quote=True)
        title = html.escape(str(config.site_name), quote=True)
        link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{href}">\n'
        head = output.index("</head>")
        return output[:head] + link + output[head:]

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        # Kept, for the build to take the pages it builds (see `generator.parallel`), or to stop it
        # if the build fails first.
        if self._fork is not None:
            self._fork.finish(config, files)
        if self.incremental is not None:
            self.incremental.restore(files)
            env.bytecode_cache = self.incremental.theme_code
        return env

    def _project(self, config: Any) -> Project:
        return project_from_config(Path(config.config_file_path), config, self.config)

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        for folder in watched_folders(self._project(config)):
            if folder.exists():
                server.watch(str(folder))
        return server

    # After the search plugin, which makes its index here.
    @event_priority(-100)
    def on_pre_build(self, *, config: Any) -> None:
        search = config.plugins.get("search")
        # MkDocs' own search plugin gets an index that is slim from the start, for a slim index.
        self._slim_fed = (self.config.search_index == "slim" and search is not None
                          and type(search).__module__.startswith("mkdocs."))
        if self._slim_fed:
            search.search_index = searching.SlimSearchIndex(**search.search_index.config)
        # Only while serving: `mkdocs build` must build exactly the pages `briefings render` wrote.
        # Unchanged pages keep their bytes, so rendering here does not trigger another rebuild.
        if not self._serving:
            return
        # Imported here: `briefings build` loads this plugin in the process that builds the site,
        # which renders nothing (see `generator.cli.build`).
        from .pipeline import update

        try:
            result = update(self._project(config))
        except BriefingsError as exc:
            raise PluginError(str(exc)) from exc
        for problem in result.problems:
            log.warning(str(problem))

    # After every other plugin, so the search plugin has written its index.
    @event_priority(-100)
    def on_post_build(self, *, config: Any) -> None:
        self._staging_pages = None
        self._fork = None  # every page is built: what it built is taken, or it ended
        index = Path(config.site_dir) / "search" / "search_index.json"
        if not index.is_file():
            return
        slim = self.config.search_index == "slim"
        if self.incremental is not None:
            self.incremental.merge_search_index(index, slim=slim, made_slim=self._slim_fed)
            return
        if not slim and not self._serving:
            return  # `full`: MkDocs' index as it is
        # A dirty rebuild indexes only the pages it rebuilt: the others' entries come from the last build.
        memo, pages = (self._search, self._pages) if self._serving else (None, None)
        # Entries made slim (and plain, see on_pre_build) by `searching.SlimSearchIndex` are only
        # written again, compactly; another search plugin's are slimmed here.
        before, after = searching.rewrite_search_index(index, slim=slim and not self._slim_fed, plain=False,
                                                       memo=memo, pages=pages)
        log.info(f"search index rewritten from {before / 1e6:.1f} MB to {after / 1e6:.1f} MB")


def watched_folders(project: Project) -> list[Path]:
    """The folders (and the register's file) whose changes make ``mkdocs serve`` render again (MkDocs
    watches docs_dir itself)."""
    from .rendering import template_folders

    folders = [project.seeds_dir, project.content_dir, *template_folders(project)]
    if project.pages_dir:
        folders.append(project.pages_dir)
    if project.register_file:
        folders.append(project.register_file)
    return folders
