"""A full build converts its pages' Markdown, and builds them into HTML, on two cores: half of them
in a forked process.

Converting every page from Markdown, then building each into HTML with the theme's templates, is
most of a full build's time, and MkDocs does both on one core. When the build converts every page,
the plugin forks the process once MkDocs knows its pages (at ``on_nav``): the fork converts the
last pages, in MkDocs' own order, while this process converts the first ones, MkDocs skipping the
fork's pages as it skips unchanged pages in an incremental build. Before the pages are built into
HTML (``on_env``), this process takes from the fork what the rest of the build reads of each of its
pages (its metadata, title, anchors and links to anchors) and logs again what was logged while
converting it; it sends the fork what the theme shows of its own pages in every page's nav (their
titles and metadata). The fork then builds its pages into the build folder while this process
builds its own; when MkDocs comes to the fork's pages, this process takes the search entries the
fork made of them and logs again what was logged while building them, and skips them. Their
Markdown, HTML and tables of contents are read back only when this process is to build them. The site, and every warning, come out as a build in one process
makes them, in the same order: the pages are split into two runs, this process's first.

A fork that fails or dies leaves its pages to this process, which converts or builds them there
and then: never a site with pages missing. Nothing is forked (the build is then the plain one) when
only one worker is wanted, for a site of few pages, off Linux, with threads running (a fork copies
none of them but may copy a lock one holds), with MkDocs logging at debug level (it would tell
every page read in between), or when a plugin or Markdown extension other than the ones known to
keep nothing of one page for the next is configured: another's state after the first pages would
be missing from the fork.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, NoReturn

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from .apart import frozen
from .inlinepatterns import UnusedInlinePatterns

log = get_plugin_logger(__name__)

# Fewer pages convert in less time than forking and sending them back takes to pay for.
MIN_PAGES = 200
# The share of the pages' Markdown, by size, the fork converts and builds. The first pages in
# MkDocs' order (the lists of actors, the archive) are mostly links, which take longer to convert
# per byte than the briefing pages the fork gets: at 1,000 articles, with half each, this process
# took 13 s to convert its pages and the fork 10 s, then waited for it; with 56% the fork, 11 s
# and 12 s. The pages the fork gets also take longer to build into HTML, where it is then the one waited for.
FORK_SHARE = 0.53


def serial_because(config: Any, workers: int, pages: int) -> str | None:
    """Why a full build of `pages` pages with `workers` workers (0: one per core) converts them all
    in this process; None when it may convert half of them in a fork."""
    if (workers or os.cpu_count() or 1) < 2:
        return "one worker"
    if pages < MIN_PAGES:
        return f"{pages} pages, fewer than {MIN_PAGES}"
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return "processes are forked on Linux only"
    if threading.active_count() > 1:
        return "other threads are running"
    if logging.getLogger("mkdocs").getEffectiveLevel() <= logging.DEBUG:
        return "MkDocs logs at debug level"
    from mkdocs.contrib.search import SearchPlugin

    from .plugin import BriefingsPlugin

    for name, plugin in config.plugins.items():
        if type(plugin) is not SearchPlugin and not isinstance(plugin, BriefingsPlugin):
            return f"the plugin '{name}' may keep something of each page"
    for extension in config.markdown_extensions:
        if not isinstance(extension, (str, UnusedInlinePatterns)):
            return f"the Markdown extension {type(extension).__name__} may keep something of each page"
    return None


@dataclass
class _Converted:
    """What the rest of a build reads of a page once it is converted, but for what only building it
    into HTML reads (see `_Content`)."""

    meta: Any
    title: str | None
    anchors: set[str] | None
    links: list[tuple[str, dict[str, str]]] | None  # links to anchors, by the page linked to
    records: list[logging.LogRecord]  # what was logged while converting it, in order


@dataclass
class _Content:
    """What building a page into HTML reads of it once it is converted: read back from the fork only
    when this process is to build the page itself."""

    markdown: str | None
    content: str | None
    toc: Any


@dataclass
class _Built:
    """What the rest of a build gathers of a page as it is built into HTML."""

    entries: list[dict[str, Any]]  # its search entries
    records: list[logging.LogRecord]  # what was logged while building it, in order


class Fork:
    """The fork converting and building the last pages of a build, as this process sees it."""

    def __init__(self, pid: int, pages: list[File], mine: list[File], results: _Results, converted: int,
                 titles: int) -> None:
        self.pid = pid
        self.pages = pages
        self._mine = mine  # the pages this process converts and builds
        self._results = results
        self._converted, self._titles = converted, titles  # the pipes' ends: from the fork, to it
        self._status: int | None = None  # the fork's exit code, once it is waited for
        self._done: bool | None = None  # whether the fork built its pages, once known
        self._config: Any = None
        self._files: Files | None = None
        self._modified = [file.is_modified for file in pages]
        for file in pages:
            file.is_modified = _not_modified

    def finish(self, config: Any, files: Files) -> None:
        """Give the fork's pages what it made of them, and log again what it logged, as if this
        process had converted them now; convert them here if the fork failed. The fork is then
        sent what it needs of this process's pages to build its own, which MkDocs skips (see
        `_not_built`)."""
        self._config, self._files = config, files
        converted = self._collect()
        if converted is None:
            self._restore()
            self.abandon()
            log.debug(f"the pages from '{self.pages[0].src_uri}' on were not converted apart: converting them here")
            self._convert_here()
            return
        sent = self._send_titles()
        for file, page in zip(self.pages, converted):
            _give(file.page, page, files)
            _replay(config, file, page.records)
        if not sent:
            self._build_here()
            return
        for file in self.pages:
            file.is_modified = partial(self._not_built, file)

    def abandon(self) -> None:
        """Stop the fork, whose pages no build will take."""
        self._stop()
        self._close()

    def _stop(self) -> None:
        if self._status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._wait()

    def _collect(self) -> list[_Converted] | None:
        try:
            ready = os.read(self._converted, 1)  # nothing when the fork ended without converting its pages
        except OSError:
            return None
        return _read_back(self._results.converted, len(self.pages)) if ready else None

    def _send_titles(self) -> bool:
        """Send the fork the titles and metadata of this process's pages, which its pages' nav and
        links to the previous and next page show; False when the fork is gone."""
        titles = [(file.src_uri, page.meta, page._title_from_render) for file in self._mine
                  if (page := file.page) is not None]
        end, self._titles = self._titles, -1  # the file closes it
        try:
            with open(end, "wb") as pipe:
                pickle.dump(titles, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001  # a fork gone, or metadata a plugin made that does not pickle
            return False
        return True

    def _not_built(self, file: File) -> bool:
        """Whether MkDocs is to build `file`, one of the fork's pages, itself. Asked of the fork's
        first page once this process built its own, it takes what the fork made of its pages as
        this process would have made it there and then; and when the fork failed, it leaves every
        one of them to this process."""
        if self._done is None:
            self._done = self._take_built()
            if not self._done:
                self._build_here()
        return file.is_modified() if not self._done else False

    def _build_here(self) -> None:
        """Give the fork's pages back to MkDocs to build, with what building reads of them."""
        self._restore()
        self._stop()
        contents: list[_Content] | None = _read_back(self._results.content, len(self.pages))
        self._close()
        if contents is not None:
            for file, content in zip(self.pages, contents):
                assert file.page is not None
                file.page.markdown, file.page.content, file.page.toc = content.markdown, content.content, content.toc
            return
        # The fork flushed what it converted before saying so: only a file that cannot be read back
        # leads here, and the pages are converted again, their warnings logged a second time.
        self._convert_here()

    def _convert_here(self) -> None:
        from mkdocs.commands.build import _populate_page

        for file in self.pages:
            assert file.page is not None
            _populate_page(file.page, config=self._config, files=self._files)

    def _take_built(self) -> bool:
        built: list[_Built] | None = _read_back(self._results.built, len(self.pages)) if self._wait() == 0 else None
        if built is None:
            return False
        self._close()
        config = self._config
        search = config.plugins.get("search")
        for file, page in zip(self.pages, built):
            _replay(config, file, page.records)
            if search is not None:
                search.search_index._entries.extend(page.entries)
        return True

    def _restore(self) -> None:
        for file, modified in zip(self.pages, self._modified):
            file.is_modified = modified

    def _wait(self) -> int:
        if self._status is None:
            try:
                _, status = os.waitpid(self.pid, 0)
                self._status = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                self._status = -1
        return self._status

    def _close(self) -> None:
        self._results.close()
        for end in (self._converted, self._titles):
            if end >= 0:
                os.close(end)
        self._converted = self._titles = -1


class _Results:
    """The nameless files the fork writes what it made of its pages to, each read by this process
    once the fork said it was written: what the build reads of them once converted, what building
    them into HTML reads (read only when this process is to build them itself), and what building
    them gathered."""

    def __init__(self, folder: Path) -> None:
        self.converted = tempfile.TemporaryFile(dir=folder)
        self.content = tempfile.TemporaryFile(dir=folder)
        self.built = tempfile.TemporaryFile(dir=folder)

    def close(self) -> None:
        for file in (self.converted, self.content, self.built):
            file.close()


def _read_back(results: IO[bytes], count: int) -> list[Any] | None:
    """The `count` objects the fork wrote to `results`; None when they cannot all be read back."""
    try:
        results.seek(0)
        return [pickle.load(results) for _ in range(count)]
    except Exception:  # noqa: BLE001  # a file cut short can raise nearly anything as it is unpickled
        return None


def _replay(config: Any, file: File, records: list[logging.LogRecord]) -> None:
    """Log `records`, logged by the fork of `file`'s page, as if this process logged them now."""
    current, config._current_page = config._current_page, file.page
    try:
        for record in records:
            logging.getLogger(record.name).handle(record)
    finally:
        config._current_page = current


def _not_modified() -> bool:
    return False


def fork(config: Any, files: Files, nav: Any, cache: Path, theme_code: Any) -> Fork | None:
    """Fork a process converting and building the last pages of the build, `FORK_SHARE` of their
    Markdown by size; None when forking fails. The fork's results go through nameless files in
    `cache`; it builds with the theme's templates compiled in `theme_code` (a Jinja bytecode cache)."""
    pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
    sizes = [os.path.getsize(file.abs_src_path) if file.abs_src_path else len(file.content_bytes) for file in pages]
    mine, first = sum(sizes) * (1 - FORK_SHARE), 0
    while first < len(pages) - 1 and mine > 0:
        mine -= sizes[first]
        first += 1
    theirs = pages[first:]
    try:
        results = _Results(cache)
    except OSError as exc:
        log.debug(f"converting every page here: {exc}")
        return None
    converted_r, converted_w = os.pipe()
    titles_r, titles_w = os.pipe()
    parent = os.getpid()
    with frozen():
        try:
            pid = os.fork()
        except OSError as exc:
            results.close()
            for end in (converted_r, converted_w, titles_r, titles_w):
                os.close(end)
            log.debug(f"converting every page here, as forking failed: {exc}")
            return None
        if pid == 0:
            os.close(converted_r)
            os.close(titles_w)
            _work(theirs, config, files, nav, theme_code, results, converted_w, titles_r, parent)
    # Only the fork writes to the one and reads from the other: each pipe then ends when the fork does.
    os.close(converted_w)
    os.close(titles_r)
    return Fork(pid, theirs, pages[:first], results, converted_r, titles_w)


def _work(pages: list[File], config: Any, files: Files, nav: Any, theme_code: Any, results: _Results,
          converted: int, titles: int, parent: int) -> NoReturn:
    """In the fork of `parent`: convert `pages` as MkDocs' build does, write what the build reads of
    them to `results` and say so on the pipe `converted`; read from the pipe `titles` what the nav
    shows of the parent's pages, build `pages` into HTML and write what the build gathers of them
    to `results`; and end, whatever happens, without running anything of the process forked from."""
    code = 1
    try:
        records: list[logging.LogRecord] = []
        # Every record that gets past its logger's level and filters is kept, to be handled by this
        # process's parent in its place: the fork writes nothing.
        logging.Logger.callHandlers = lambda self, record: records.append(_plain(record))  # type: ignore[method-assign]
        if not _convert(pages, config, files, results, records, parent):
            return  # the exit code is set in `finally`, which `os._exit` keeps from returning
        os.write(converted, b"\1")
        with open(titles, "rb") as pipe:
            _take_titles(pickle.load(pipe), config, files)
        if _build(pages, config, files, nav, theme_code, results.built, records, parent):
            code = 0
    finally:
        os._exit(code)


def _convert(pages: list[File], config: Any, files: Files, results: _Results, records: list[logging.LogRecord],
             parent: int) -> bool:
    from mkdocs.commands.build import _populate_page

    for file in pages:
        if os.getppid() != parent:  # the build was killed: nobody will read the pages
            return False
        if file.page is None and file.inclusion.is_not_in_nav():
            Page(None, file, config)
        page = file.page
        assert page is not None
        _populate_page(page, config, files)
        pickle.dump(_taken(page, records), results.converted, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(_Content(page.markdown, page.content, page.toc), results.content, protocol=pickle.HIGHEST_PROTOCOL)
        records.clear()
    results.converted.flush()
    results.content.flush()
    return True


def _take_titles(titles: list[tuple[str, Any, str | None]], config: Any, files: Files) -> None:
    """Give the parent's pages what the theme shows of them, in the state its build leaves a page
    in once built (the plugin's on_post_page lets go of its Markdown and HTML): the fork's pages
    are built after them."""
    by_src = files.src_uris
    for src, meta, title in titles:
        file = by_src[src]
        if file.page is None and file.inclusion.is_not_in_nav():
            Page(None, file, config)
        page = file.page
        assert page is not None
        page.markdown, page.content, page.meta, page._title_from_render = "", None, meta, title


def _build(pages: list[File], config: Any, files: Files, nav: Any, theme_code: Any, built: IO[bytes],
           records: list[logging.LogRecord], parent: int) -> bool:
    from mkdocs.commands.build import _build_page

    # The parent's environment as its plugins leave it at on_env: of the plugins a fork is made
    # with (see `serial_because`), only this package's changes it, giving it the compiled templates.
    env = config.theme.get_env()
    env.bytecode_cache = theme_code
    docs = files.documentation_pages(inclusion=InclusionLevel.is_included)
    search = config.plugins.get("search")
    entries: list[dict[str, Any]] = search.search_index._entries if search is not None else []
    for file in pages:
        if os.getppid() != parent:
            return False
        assert file.page is not None
        _build_page(file.page, config, docs, nav, env, excluded=file.inclusion.is_excluded())
        pickle.dump(_Built(entries[:], records[:]), built, protocol=pickle.HIGHEST_PROTOCOL)
        entries.clear()
        records.clear()
    built.flush()
    return True


def _plain(record: logging.LogRecord) -> logging.LogRecord:
    """`record` with its message made, so that it pickles whatever its arguments were."""
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    record.msg, record.args, record.exc_info = record.getMessage(), None, None
    return record


def _taken(page: Page, records: list[logging.LogRecord]) -> _Converted:
    links = page.links_to_anchors
    return _Converted(page.meta, page._title_from_render, page.present_anchor_ids,
                      None if links is None else [(target.src_uri, anchors) for target, anchors in links.items()],
                      records)


def _give(page: Page | None, converted: _Converted, files: Files) -> None:
    assert page is not None
    # Its Markdown and HTML as the plugin's on_post_page leaves them once it is built, as the fork
    # builds it: its title is then the one converting it gave (see `_take_titles`).
    page.markdown, page.content, page.meta, page._title_from_render = "", None, converted.meta, converted.title
    page.present_anchor_ids = converted.anchors
    if converted.links is not None:
        page.links_to_anchors = {files.src_uris[src]: anchors for src, anchors in converted.links}
