"""A full build converts its pages' Markdown on two cores: half of them in a forked process.

Converting every page from Markdown is most of a full build's time, and MkDocs does it on one core.
When the build converts every page, the plugin forks the process once MkDocs knows its pages (at
``on_nav``): the fork converts the last pages, in MkDocs' own order, while this process converts
the first ones, MkDocs skipping the fork's pages as it skips unchanged pages in an incremental
build. Before the pages are built into HTML (``on_env``), this process takes from the fork what
the rest of the build reads of each of its pages (its Markdown, metadata, HTML, table of contents,
title, anchors and links to anchors) and logs again what was logged while converting it, so that
the site, and every warning, come out as a build in one process makes them, in the same order:
the pages are split into two runs, this process's first.

A fork that fails or dies leaves its pages to this process, which converts them there and then:
never a site with pages missing. Nothing is forked (the build is then the plain one) when only one
worker is wanted, for a site of few pages, off Linux, with threads running (a fork copies none of
them but may copy a lock one holds), with MkDocs logging at debug level (it would tell every page
read in between), or when a plugin or Markdown extension other than the ones known to keep nothing
of one page for the next is configured: another's state after the first pages would be missing
from the fork.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NoReturn

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from .inlinepatterns import UnusedInlinePatterns

log = get_plugin_logger(__name__)

# Fewer pages convert in less time than forking and sending them back takes to pay for.
MIN_PAGES = 200


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
    """What the rest of a build reads of a page once it is converted."""

    markdown: str | None
    meta: Any
    content: str | None
    toc: Any
    title: str | None
    anchors: set[str] | None
    links: list[tuple[str, dict[str, str]]] | None  # links to anchors, by the page linked to
    records: list[logging.LogRecord]  # what was logged while converting it, in order


class Fork:
    """The fork converting the last pages of a build, as this process sees it."""

    def __init__(self, pid: int, pages: list[File], results: IO[bytes]) -> None:
        self.pid = pid
        self.pages = pages
        self._results = results
        self._modified = [file.is_modified for file in pages]
        for file in pages:
            file.is_modified = _not_modified

    def finish(self, config: Any, files: Files) -> None:
        """Give the fork's pages what it made of them, and log again what it logged, as if this
        process had converted them now; convert them here if the fork failed."""
        converted = self._collect()
        for file, modified in zip(self.pages, self._modified):
            file.is_modified = modified
        if converted is None:
            log.debug(f"the pages from '{self.pages[0].src_uri}' on were not converted apart: converting them here")
            from mkdocs.commands.build import _populate_page

            for file in self.pages:
                assert file.page is not None
                _populate_page(file.page, config, files)
            return
        for file, page in zip(self.pages, converted):
            _give(file.page, page, files)
            config._current_page = file.page
            try:
                for record in page.records:
                    logging.getLogger(record.name).handle(record)
            finally:
                config._current_page = None

    def abandon(self) -> None:
        """Stop the fork, whose pages no build will take."""
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._collect()

    def _collect(self) -> list[_Converted] | None:
        try:
            _, status = os.waitpid(self.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                return None
            self._results.seek(0)
            return [pickle.load(self._results) for _ in self.pages]
        except Exception:  # noqa: BLE001  # a file cut short can raise nearly anything as it is unpickled
            return None
        finally:
            self._results.close()


def _not_modified() -> bool:
    return False


def fork(config: Any, files: Files, cache: Path) -> Fork | None:
    """Fork a process converting the last pages of the build, about half of their Markdown by size;
    None when forking fails. The fork's results go through a nameless file in `cache`."""
    pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
    sizes = [os.path.getsize(file.abs_src_path) if file.abs_src_path else len(file.content_bytes) for file in pages]
    half, first = sum(sizes) / 2, 0
    while first < len(pages) - 1 and half > 0:
        half -= sizes[first]
        first += 1
    theirs = pages[first:]
    try:
        results = tempfile.TemporaryFile(dir=cache)
    except OSError as exc:
        log.debug(f"converting every page here: {exc}")
        return None
    # The fork's garbage collection then leaves alone the objects it shares with this process,
    # which it would otherwise copy, page by page of memory, to mark them.
    gc.freeze()
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError as exc:
        gc.unfreeze()
        results.close()
        log.debug(f"converting every page here, as forking failed: {exc}")
        return None
    if pid == 0:
        _convert(theirs, config, files, results, parent)
    gc.unfreeze()
    return Fork(pid, theirs, results)


def _convert(pages: list[File], config: Any, files: Files, results: IO[bytes], parent: int) -> NoReturn:
    """In the fork of `parent`: convert `pages` as MkDocs' build does, write what the build reads of
    them to `results`, and end, whatever happens, without running anything of the process forked from."""
    code = 1
    try:
        from mkdocs.commands.build import _populate_page

        records: list[logging.LogRecord] = []
        # Every record that gets past its logger's level and filters is kept, to be handled by this
        # process's parent in its place: the fork writes nothing.
        logging.Logger.callHandlers = lambda self, record: records.append(_plain(record))  # type: ignore[method-assign]
        for file in pages:
            if os.getppid() != parent:  # the build was killed: nobody will read the pages
                break
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
            page = file.page
            assert page is not None
            _populate_page(page, config, files)
            # Written as each page is converted, and let go of: the fork's memory stays that of one page.
            pickle.dump(_taken(page, records), results, protocol=pickle.HIGHEST_PROTOCOL)
            page.markdown = page.content = None
            page.toc, page.present_anchor_ids, page.links_to_anchors = [], None, None  # type: ignore[assignment]
            records.clear()
        else:
            results.flush()
            code = 0
    finally:
        os._exit(code)


def _plain(record: logging.LogRecord) -> logging.LogRecord:
    """`record` with its message made, so that it pickles whatever its arguments were."""
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    record.msg, record.args, record.exc_info = record.getMessage(), None, None
    return record


def _taken(page: Page, records: list[logging.LogRecord]) -> _Converted:
    links = page.links_to_anchors
    return _Converted(page.markdown, page.meta, page.content, page.toc, page._title_from_render,
                      page.present_anchor_ids,
                      None if links is None else [(target.src_uri, anchors) for target, anchors in links.items()],
                      records)


def _give(page: Page | None, converted: _Converted, files: Files) -> None:
    assert page is not None
    page.markdown, page.meta, page.content = converted.markdown, converted.meta, converted.content
    page.toc, page._title_from_render = converted.toc, converted.title
    page.present_anchor_ids = converted.anchors
    if converted.links is not None:
        page.links_to_anchors = {files.src_uris[src]: anchors for src, anchors in converted.links}
