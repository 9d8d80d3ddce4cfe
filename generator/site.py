"""Building and serving the site with MkDocs, from the pages already rendered."""

from __future__ import annotations

import logging
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .config import PLUGIN_NAME, Project
from .errors import BriefingsError, BuildError
from .incremental import (BUILD_FOLDER, MEMO_FILE, IncrementalBuild, MemoFile, SiteMemo, build_key, changed_part,
                          untitled_nav_pages)
from .publishing import STAGING, finish_publishing, publish
from .writing import project_lock


@dataclass
class SiteStage:
    """What building the site needs that the pages rendered do not change, made ready beforehand."""

    config: Any  # MkDocs' configuration, loaded
    memo: MemoFile | None  # the memo of the last build, read; None without a cache


def prepare_site(project: Project, *, verbose: bool = False, strict: bool = False) -> SiteStage | None:
    """Import MkDocs, load its configuration and read the memo of the last build: the part of
    `build_site` that does not depend on the pages, which a build does on one core while the other
    summarises and renders. None when any of it fails: `build_site` then does it again, and says why."""
    from mkdocs.commands import build  # noqa: F401  # imported now, for its time, not for a name
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    log = logging.getLogger("mkdocs")
    log.setLevel(logging.INFO if verbose else logging.WARNING)
    # What loading says is said once: after it succeeds, or by `build_site` loading it again (the
    # docs folder of a first build, say, does not exist yet while the pages are rendered).
    held, propagate = _Held(), log.propagate
    log.addHandler(held)
    log.propagate = False
    try:
        config = load_config(config_file=str(project.config_file), strict=strict)
    except (MkDocsException, OSError):
        return None
    finally:
        log.removeHandler(held)
        log.propagate = propagate
    for record in held.records:
        log.handle(record)
    memo = None if project.cache_dir is None else MemoFile(project.cache_dir / MEMO_FILE)
    if memo is not None and config.plugins.get(PLUGIN_NAME) is not None:
        memo.read_ahead()
    return SiteStage(config, memo)


class _Held(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def build_site(project: Project, *, verbose: bool = False, strict: bool = False, full: bool = False,
               prepared: SiteStage | None = None, workers: int | None = None) -> str | None:
    """Run MkDocs' own build on the project's mkdocs.yml, as `mkdocs build` would, and publish it
    into the site folder; the reason the build was a full one, or None when it converted only the
    pages that changed (see `generator.incremental`; `full` forces a full build). `prepared` is
    what `prepare_site` made ready for it. A full build converts pages in `workers` processes (the
    project's option when None; see `generator.parallel`).

    MkDocs builds into a folder of the cache (or, with no cache, a temporary folder), which is then
    published into the site folder (see `generator.publishing`). The caller holds the project's lock.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
    final = project.site_dir
    try:
        config = prepared.config if prepared is not None else \
            load_config(config_file=str(project.config_file), strict=strict)
        final.mkdir(parents=True, exist_ok=True)
        finish_publishing(final)
        plugin = config.plugins.get(PLUGIN_NAME)
        if project.cache_dir is None or plugin is None:
            with tempfile.TemporaryDirectory(prefix="briefings-site-") as folder:
                config["site_dir"] = folder
                build(config)
                publish(Path(folder), final, None)
            return "nothing is remembered between builds (no cache_dir)" if plugin else \
                f"the {PLUGIN_NAME} plugin is not in the configuration"
        memo = prepared.memo if prepared is not None and prepared.memo is not None else \
            MemoFile(project.cache_dir / MEMO_FILE)
        incremental, reason = build_in_cache(project, config, plugin, memo, full=full,
                                             workers=project.workers if workers is None else workers,
                                             staging=final / STAGING)
        incremental.memo.published = publish(incremental.site_dir, final, incremental.memo.published)
        memo.leave(incremental.memo)
        return reason or None
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not build the site: {exc}", path=project.config_file,
                         hint="the lines above name the page or setting at fault") from exc
    except OSError as exc:
        raise BuildError(f"could not write the site: {exc.strerror or exc}",
                         path=exc.filename or final) from exc


def build_in_cache(project: Project, config: Any, plugin: Any, memo: MemoFile, *, full: bool = False,
                   workers: int = 1, staging: Path | None = None) -> tuple[IncrementalBuild, str]:
    """Build the site into the cache's build folder, converting only the pages that changed unless
    something else did (`full` forces it); the build and why it was a full one ("" when it was not).
    A full build may convert its pages in `workers` processes (0: one per core). The build takes
    the last build's memo from `memo` (a build that stops half-way leaves none, so the next one is
    a full build) and leaves the caller to leave its own there, after it has published what it
    needs to."""
    from mkdocs.commands.build import build

    assert project.cache_dir is not None
    build_dir = project.cache_dir / BUILD_FOLDER
    previous, reason = memo.take()
    key = build_key(config)
    if full:
        reason = "a full build was asked for"
    elif previous is not None:
        changed = changed_part(previous.key, key)
        reason = f"{changed} changed since the last build" if changed else \
            _pages_added_to_a_full_nav(config, previous)
    if reason:
        shutil.rmtree(build_dir, ignore_errors=True)
    incremental = IncrementalBuild(None if reason else previous, key, build_dir)
    if previous is not None:
        incremental.memo.published = previous.published
    plugin.incremental = incremental
    plugin.workers = workers if reason else 1
    plugin.staging = staging
    config["site_dir"] = str(build_dir)
    try:
        with _recording(incremental):
            # Dirty, so that MkDocs skips the pages the memo marks unmodified: in a full build,
            # only those another process converts (every file is new to the memo, and the build
            # folder was emptied above).
            build(config, dirty=True)
    finally:
        plugin.incremental = None
        plugin.workers = 1
        plugin.staging = None
    return incremental, reason


def _pages_added_to_a_full_nav(config: Any, previous: SiteMemo) -> str:
    """Why every page must be built again when the nav is made of every page and pages came or
    went (each page then lists the others), else ""."""
    if config.nav is not None:
        return ""
    # Without a nav, every page is one it shows by its own heading.
    changed = untitled_nav_pages(config) != set(previous.pages)
    return "pages were added or removed, and the nav lists every page" if changed else ""


class _Recorder(logging.Handler):
    def __init__(self, incremental: IncrementalBuild) -> None:
        super().__init__(logging.WARNING)
        self.incremental = incremental

    def emit(self, record: logging.LogRecord) -> None:
        self.incremental.logged(record)


class _NotDirty(logging.Filter):
    """MkDocs warns that a dirty build's navigation and links may be wrong; this one's are not,
    since the memo gives the pages it skips what a clean build would."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(("A 'dirty' build is being performed",
                                                   "The directory contains stale files"))


@contextmanager
def _recording(incremental: IncrementalBuild) -> Iterator[None]:
    recorder, quiet = _Recorder(incremental), _NotDirty()
    mkdocs, builder = logging.getLogger("mkdocs"), logging.getLogger("mkdocs.commands.build")
    mkdocs.addHandler(recorder)
    builder.addFilter(quiet)
    try:
        yield
    finally:
        mkdocs.removeHandler(recorder)
        builder.removeFilter(quiet)


def serve_site(project: Project, *, dev_addr: str, dirty: bool = True) -> None:
    """Serve the site with live reload; edits to articles, briefings, templates and mkdocs.yml
    render again and rebuild.

    With a cache, the site served is the incremental build of the cache that `briefings build`
    publishes from, built with the same configuration: serving starts from the last build (the
    pages that changed since are converted, no others), each edit converts only the pages whose
    Markdown changed, and the memo keeps the whole search index. Otherwise, or when `dirty` is
    false, MkDocs' own serve runs (every page converted at start; on each edit the pages newer than
    their HTML, or all of them without `dirty`).
    """
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.INFO)
    # Every page that shows what changed is converted again, and the memo or the plugin keeps the
    # others' search entries: the warning would only repeat itself at each reload.
    logging.getLogger("mkdocs.commands.build").addFilter(_NotDirty())
    try:
        config = load_config(config_file=str(project.config_file), dev_addr=dev_addr)
        if not dirty or project.cache_dir is None or config.plugins.get(PLUGIN_NAME) is None:
            _mkdocs_serve(project, dev_addr=dev_addr, dirty=dirty)
            return
        _serve_from_cache(project, config, dev_addr)
    except MkDocsException as exc:
        raise BuildError(f"MkDocs could not serve the site: {exc}", path=project.config_file) from exc
    except OSError as exc:
        raise BuildError(f"could not build the site to serve: {exc.strerror or exc}",
                         path=exc.filename or project.config_file) from exc


def _serve_from_cache(project: Project, config: Any, dev_addr: str) -> None:
    from mkdocs.config import load_config

    log = logging.getLogger("mkdocs.commands.serve")
    builds = ServedBuilds(project, log)

    def rebuild() -> None:
        try:
            # Read again, for an edit of mkdocs.yml; its build key then tells whether all pages change.
            builds.build(load_config(config_file=str(project.config_file), dev_addr=dev_addr), render=True)
        except BriefingsError as exc:  # a locked project, a template that does not compile: said, and served on
            log.error(str(exc))

    builds.build(config, render=False)
    try:
        _serve_builds(project, config, rebuild, log)
    finally:
        builds.close()


def _serve_builds(project: Project, config: Any, rebuild: Callable[[], None], log: logging.Logger) -> None:
    """Serve the cache's build folder, calling `rebuild` when a watched file changes, until stopped."""
    from mkdocs.livereload import LiveReloadServer

    from .plugin import watched_folders

    assert project.cache_dir is not None
    root = project.cache_dir / BUILD_FOLDER
    host, port = config.dev_addr
    server = LiveReloadServer(builder=rebuild, host=host, port=port, root=str(root),
                              mount_path=urlsplit(config.site_url or "/").path)
    server.error_handler = lambda code: (root / f"{code}.html").read_bytes() \
        if code in (404, 500) and (root / f"{code}.html").is_file() else None
    # Not the docs folder: rendering writes it, and each rebuild would start another.
    watched = [str(path) for path in [*watched_folders(project), project.config_file, *config.watch]
               if Path(path).exists()]
    server.observer = change_observer(watched)
    for path in watched:
        server.watch(path)
    # Stopped as by Ctrl-C, so that the memo of the last build is written (see `ServedBuilds`).
    terminate = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve()
    except KeyboardInterrupt:
        log.info("Shutting down...")
    finally:
        server.shutdown()
        signal.signal(signal.SIGTERM, terminate)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


# Seconds without an edit after which serving writes the memo of its last build.
QUIET = 1.0


class ServedBuilds:
    """The builds of one `briefings serve` into the cache's build folder, one per edit.

    Each build takes the memo the last one left in memory (see `MemoFile`), and the memo is written
    to the cache folder only once edits pause for `QUIET` seconds, and when serving stops, so that
    a `briefings build` afterwards converts only what changed: pickling and writing the memo of a
    thousand articles' site took a tenth of a second, which an edit no longer waits for. The
    project's lock is held from a build until its memo is written, so that no other run builds
    from the cache folder in between; one started meanwhile says that the project is locked.
    """

    def __init__(self, project: Project, log: logging.Logger) -> None:
        assert project.cache_dir is not None
        self.project = project
        self.log = log
        self.memo = MemoFile(project.cache_dir / MEMO_FILE)
        self._mutex = threading.Lock()
        self._lock: ExitStack | None = None  # the project's lock, held while the last build's memo is not written
        self._writer: threading.Timer | None = None

    def build(self, config: Any, *, render: bool) -> None:
        """Summarise and render what changed (with `render`), then build the site."""
        from .pipeline import update

        with self._mutex:
            if self._writer is not None:
                self._writer.cancel()
            held, self._lock, self._writer = self._lock, None, None
        with held or ExitStack() as lock:
            if held is None:
                lock.enter_context(project_lock(self.project.lock_file))
            try:
                if render:
                    for problem in update(self.project, locked=True).problems:
                        self.log.warning(str(problem))
                incremental, reason = build_in_cache(self.project, config, config.plugins[PLUGIN_NAME], self.memo,
                                                     workers=self.project.workers)
            except BaseException:
                self.memo.write()  # a memo kept must not outlive the lock unwritten
                raise
            self.memo.leave(incremental.memo, write=False)
            with self._mutex:
                self._lock = lock.pop_all()
                self._writer = threading.Timer(QUIET, self._write_when_quiet)
                self._writer.daemon = True
                self._writer.start()
        self.log.info(f"Built the site ({f'full build: {reason}' if reason else 'only the pages that changed'})")

    def _write_when_quiet(self) -> None:
        with self._mutex:
            if threading.current_thread() is self._writer:  # else another build came first
                self._write()

    def close(self) -> None:
        """Write the memo of the last build now, if it is not written yet."""
        with self._mutex:
            if self._writer is not None:
                self._writer.cancel()
            self._write()

    def _write(self) -> None:
        if self._lock is None:
            return
        try:
            self.memo.write()
        except BriefingsError as exc:
            self.log.error(str(exc))
        finally:
            self._lock.close()
            self._lock = self._writer = None


def change_observer(paths: list[str]) -> Any:
    """What tells the server that a file under `paths` changed: the system's file events where
    they can watch them all, else polling every half second, as MkDocs does.

    MkDocs polls, and a poll looks at every file: at 1,000 articles, on a loaded machine, a
    snapshot of seeds/ or of content/ took about 0.2 s of the serving process, twice a second, so
    the watcher held much of a core while an edit was built, and noticed it up to a second late. File events cost nothing between edits and
    come as the file is written. Where they cannot be had (the system's limit on watches, a system
    without them), starting the observer fails, and polling takes its place.
    """
    from watchdog import events
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    class Changes(Observer):  # type: ignore[misc, valid-type]  # the system's observer class
        """The system's observer, telling only of changes, as polling does: files are opened and
        read while a rebuild renders, and each read would start another rebuild."""

        def schedule(self, handler: Any, path: Any, *, recursive: bool = False, **options: Any) -> Any:
            changes = [events.FileCreatedEvent, events.FileDeletedEvent, events.FileModifiedEvent,
                       events.FileAttribEvent, events.FileMovedEvent, events.FileClosedEvent]
            return super().schedule(handler, path, recursive=recursive, **{"event_filter": changes, **options})

    trial = Changes()
    try:
        for path in paths:
            trial.schedule(events.FileSystemEventHandler(), path, recursive=True)
        trial.start()
    except OSError as exc:
        logging.getLogger("mkdocs.commands.serve").info(f"Polling for changes, as file events cannot be watched: {exc}")
        return PollingObserver(timeout=0.5)
    trial.stop()
    trial.join()
    return Changes()


def _mkdocs_serve(project: Project, *, dev_addr: str, dirty: bool) -> None:
    from mkdocs.commands.serve import serve

    serve(config_file=str(project.config_file), dev_addr=dev_addr, livereload=True,
          build_type="dirty" if dirty else None)
