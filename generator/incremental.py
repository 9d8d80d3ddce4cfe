"""Incremental site builds: MkDocs converts only the pages whose Markdown changed since the last build.

A clean MkDocs build converts every page, and on a briefing site that is nearly all of a build's
time, while one edited article changes a handful of pages. MkDocs' own ``dirty`` build skips pages
by file times, forgets the search entries, titles and anchors of the pages it skips, and leaves the
files of deleted pages behind; its site then differs from a clean build. This module is the one
memo that makes a skipping build equal a clean one:

* a page or file is converted again when its bytes (not its time) changed, or its output is gone;
* a skipped page gets back what other pages and the checks read of it (its title, the anchors it
  has, the links to anchors it makes, the warnings its conversion logged), and its search entries
  are merged back in page order;
* the outputs of pages and files that are gone are deleted;
* everything is built again, and the build says why, when anything else a page depends on changed:
  the configuration (as MkDocs resolved it, so `!ENV` values count), the theme's files, the
  versions of MkDocs and of every plugin, SOURCE_DATE_EPOCH, or the memo itself is missing or
  unreadable; and when pages were added or removed while the nav lists every page.

The build goes into a folder of the cache, never into the published site folder, which
`generator.publishing` then brings up to date.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import pickle
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import jinja2

from . import __version__
from .caching import file_signature
from .reading import file_sha256
from .searching import slim_entries
from .writing import atomic_write, files_under, remove_file

MEMO_VERSION = 4
MEMO_FILE = "site.pickle"
# The memo as earlier versions wrote it, which nothing reads any more.
OLD_MEMO_FILE = "site.json"
BUILD_FOLDER = "site-build"
THEME_CODE_FOLDER = "theme-code"
# What this package itself changes in a built page, besides the pages it renders.
_OWN_MODULES = ("plugin.py", "searching.py", "incremental.py", "site.py", "inlinepatterns.py", "parallel.py")


@dataclass
class PageMemo:
    """What a later build needs of a page it does not convert again."""

    sha256: str
    dest: str
    stat: str = ""  # the source's stat signature when its digest was taken
    title: str | None = None
    # Its anchors and links to anchors as text, read back only for the few pages a build checks
    # them on (see `IncrementalBuild.restore`): as lists and dictionaries, the 150,000 links of
    # 5,000 articles' pages were most of the time a build spent reading and writing the memo.
    anchors: str = ""  # the ids of its anchors, one a line
    links: str = ""  # its links to anchors, in the page's order, as `_Links` in JSON
    targets: tuple[str, ...] = ()  # the pages they link to
    broken: str = ""  # those of its links to anchors the last build found missing, alike
    warnings: list[tuple[int, str]] = field(default_factory=list)
    entries: str = ""  # its search entries, as the published index holds them: JSON objects joined by ","


@dataclass
class SiteMemo:
    key: dict[str, str]
    pages: dict[str, PageMemo] = field(default_factory=dict)
    files: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # other files: src → (sha256, dest, stat)
    # What the site folder holds of ours, by file: size and mtime_ns in the build. None when that is
    # not known (no build was published yet, or only served): a publish then replaces all visible files.
    published: dict[str, tuple[int, int]] | None = None


_PAGE_FIELDS = tuple(f.name for f in fields(PageMemo))


def load_memo(path: Path) -> tuple[SiteMemo | None, str]:
    """The memo at `path`, or None and why there is none."""
    try:
        data = pickle.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("version") != MEMO_VERSION:
            return None, "the memo of the last build is of another version"
        return SiteMemo(key=data["key"], pages={src: PageMemo(*page) for src, page in data["pages"].items()},
                        files=data["files"], published=data["published"]), ""
    except FileNotFoundError:
        return None, "there is no memo of a last build"
    except Exception as exc:  # a damaged pickle can raise nearly anything
        return None, f"the memo of the last build cannot be read ({type(exc).__name__}: {exc})"


def save_memo(path: Path, memo: SiteMemo) -> None:
    # Pickled, of plain values only: a build reads and writes the memo whole, search entries of
    # every page included, and pickle does both in half the time JSON takes.
    data = {"version": MEMO_VERSION, "key": memo.key,
            "pages": {src: tuple(getattr(page, name) for name in _PAGE_FIELDS) for src, page in memo.pages.items()},
            "files": memo.files, "published": memo.published}
    atomic_write(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), flush=False)
    (path.parent / OLD_MEMO_FILE).unlink(missing_ok=True)


class MemoFile:
    """The memo of the last build, as builds take it from the cache folder and leave it there.

    A build takes the memo and its file is removed, so that a build that stops half-way leaves none
    and the next build is a full one; the build leaves its own memo when it is done. A process that
    builds again and again (`briefings serve`) keeps in memory the memo it left, and takes it back
    from there: the file is read only when it is not the one this process wrote, that is when
    another process built since. Reading the memo of a thousand articles' site, and writing it,
    took a tenth of a second each on every edit served.

    A memo may be left unwritten, to be written later: until then the caller holds the project's
    lock it built under, so that no other process builds in between.

    The file is renamed into place whole but not flushed to disk: it is a cache, and a file that a
    crash of the system leaves empty or cut short cannot be read, which makes the next build a full
    one that says why.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._kept: SiteMemo | None = None
        # The signature of the file the memo kept was written to; None while it is not written.
        self._written: str | None = None

    def take(self) -> tuple[SiteMemo | None, str]:
        """The memo of the last build, or None and why there is none; its file is removed."""
        kept, self._kept = self._kept, None
        if kept is not None and (self._written is None or file_signature(self.path) == self._written):
            found: tuple[SiteMemo | None, str] = (kept, "")
        else:
            found = load_memo(self.path)
        self.path.unlink(missing_ok=True)
        self._written = None
        return found

    def read_ahead(self) -> None:
        """Read the memo's file now, while other work goes on; `take` then takes what was read,
        unless the file changed meanwhile."""
        if self._kept is not None:
            return
        signature = file_signature(self.path)
        memo, _ = load_memo(self.path)
        if memo is not None and signature is not None:
            self._kept, self._written = memo, signature

    def leave(self, memo: SiteMemo, *, write: bool = True) -> None:
        """Keep `memo` as the memo of the last build, and write it unless told not to yet."""
        self._kept, self._written = memo, None
        if write:
            self.write()

    def write(self) -> None:
        """Write the memo kept, if it is not written yet."""
        if self._kept is not None and self._written is None:
            save_memo(self.path, self._kept)
            self._written = file_signature(self.path)


def build_key(config: Any) -> dict[str, str]:
    """Digests of everything but the pages' own bytes that a built page depends on, by what it is,
    so that a full build can say which changed."""
    parts = {}
    configuration = hashlib.sha256(Path(config.config_file_path).read_bytes())
    for name in ("site_url", "site_name", "docs_dir", "use_directory_urls", "nav", "not_in_nav", "extra",
                 "extra_css", "extra_javascript", "markdown_extensions", "mdx_configs", "validation"):
        configuration.update(f"\n{name}={json.dumps(config.get(name), sort_keys=True, default=str)}".encode())
    for name, plugin in config.plugins.items():
        configuration.update(f"\nplugin {name} {getattr(plugin, 'config', '')}".encode())
    parts["the configuration"] = configuration.hexdigest()
    theme = hashlib.sha256(f"{config.theme.name} {sorted(dict(config.theme).items(), key=str)}".encode())
    for folder in config.theme.dirs:
        for path in sorted(files_under(Path(folder))):
            stat = path.stat()
            theme.update(f"\n{path} {stat.st_size} {stat.st_mtime_ns}".encode())
    parts["the theme's files"] = theme.hexdigest()
    # MkDocs found its plugins by these entry points; each names the distribution that ships it.
    shipped = {point.name: point.dist for point in importlib.metadata.entry_points(group="mkdocs.plugins")}
    versions = [f"mkdocs {importlib.metadata.version('mkdocs')}", f"briefings {__version__}",
                *(f"{name} {dist.name} {dist.version}" if (dist := shipped.get(name)) is not None else name
                  for name in config.plugins)]
    here = Path(__file__).parent
    parts["the versions of MkDocs, its plugins or this generator"] = hashlib.sha256(
        "\n".join(versions).encode() + b"".join((here / module).read_bytes() for module in _OWN_MODULES)).hexdigest()
    parts["SOURCE_DATE_EPOCH"] = os.environ.get("SOURCE_DATE_EPOCH", "")
    # The nav on every page shows the pages it lists that exist.
    docs = Path(config.docs_dir)
    parts["the pages the nav lists"] = hashlib.sha256(" ".join(
        target for target in nav_targets(config) if (docs / target).is_file()).encode()).hexdigest()
    return parts


def changed_part(previous: dict[str, str], now: dict[str, str]) -> str | None:
    """The first of what a built page depends on that differs between two builds, if any."""
    return next((name for name in now if previous.get(name) != now[name]), None)


class IncrementalBuild:
    """The memo's side of one build, driven by the plugin's events (see `generator.plugin`)."""

    def __init__(self, previous: SiteMemo | None, key: dict[str, str], site_dir: Path) -> None:
        self.previous = previous
        self.memo = SiteMemo(key=key)
        self.site_dir = site_dir
        self.rebuilt: set[str] = set()
        self.order: list[tuple[str, str]] = []  # (src_uri, search location) of every page, in MkDocs' order
        self.warnings: dict[str, list[tuple[int, str]]] = {}
        self.config: Any = None
        # The theme's templates compiled, beside the build: MkDocs makes a new Jinja environment
        # for every build, and compiling its templates again cost a build that converts a few pages
        # a tenth of its time. Jinja compiles a template again when its source differs.
        code = site_dir.parent / THEME_CODE_FOLDER
        code.mkdir(parents=True, exist_ok=True)
        self.theme_code = jinja2.FileSystemBytecodeCache(str(code))

    # -- on_files: what changed ------------------------------------------------------------------
    def decide(self, files: Any, config: Any) -> None:
        """Mark every file as modified or not by its bytes, and delete the outputs of those gone.

        A file whose stat signature is the one the last build saw keeps the digest it had then: a
        listing of thousands of pages reads only the few that changed."""
        self.config = config
        previous = self.previous
        pages = files.documentation_pages()
        sources = set(files.src_uris)
        gone = set(previous.pages) - sources if previous else set()
        site = str(self.site_dir)
        for file in files:
            if file.abs_src_path is None:  # made in memory by a plugin: MkDocs always writes it
                continue
            signature = file_signature(file.abs_src_path)
            output = os.path.join(site, file.dest_uri)
            if file.is_documentation_page():
                old = previous.pages.get(file.src_uri) if previous else None
                sha = old.sha256 if old is not None and signature and old.stat == signature else \
                    file_sha256(Path(file.abs_src_path))
                modified = old is None or old.sha256 != sha or not os.path.isfile(output) or (
                    gone and _links_to_any(file.abs_src_path, gone)) or (
                    bool(old.warnings) and sources != set(previous.pages) | set(previous.files))
                if modified:
                    self.rebuilt.add(file.src_uri)
                    old = PageMemo(sha, file.dest_uri)
                old.stat = signature or ""
                self.memo.pages[file.src_uri] = old
            else:
                old_file = previous.files.get(file.src_uri) if previous else None
                sha = old_file[0] if old_file is not None and signature and old_file[2] == signature else \
                    file_sha256(Path(file.abs_src_path))
                modified = old_file is None or old_file[0] != sha or not os.path.isfile(output)
                self.memo.files[file.src_uri] = (sha, file.dest_uri, signature or "")
            file.is_modified = (lambda value: lambda: value)(modified)
        untitled = untitled_nav_pages(config)
        if self.rebuilt & untitled:
            # Every page's nav shows the title of a page the nav does not name, taken from its
            # heading, which may just have changed: all of them are converted again.
            for file in pages:
                self.rebuilt.add(file.src_uri)
                kept = self.memo.pages[file.src_uri]
                self.memo.pages[file.src_uri] = PageMemo(kept.sha256, file.dest_uri, stat=kept.stat)
                file.is_modified = lambda: True
        # The search index locates the home page at "", not at its URL "./".
        self.order = [(file.src_uri, "" if file.url in ("./", ".") else file.url) for file in pages]
        if previous is not None:
            kept = {*(p.dest for p in self.memo.pages.values()), *(dest for _, dest, _ in self.memo.files.values())}
            for dest in {*(p.dest for p in previous.pages.values()), *(d for _, d, _ in previous.files.values())} - kept:
                remove_file(self.site_dir, dest)

    # -- while pages are converted -----------------------------------------------------------------
    def logged(self, record: logging.LogRecord) -> None:
        """Remember a warning logged while a page is converted, to log it again when it is skipped."""
        page = getattr(self.config, "_current_page", None)
        if page is not None and record.levelno >= logging.WARNING:
            self.warnings.setdefault(page.file.src_uri, []).append((record.levelno, record.getMessage()))

    # -- on_env: every page read or skipped --------------------------------------------------------
    def restore(self, files: Any) -> None:
        """Give skipped pages what other pages and the checks read of them; remember it of the
        pages converted now.

        After the pages are built, MkDocs checks each link to an anchor against the anchors of the
        page it links to. A link between two skipped pages finds what it found in the last build,
        so a skipped page gets back only its links to pages converted now, to be checked again, and
        those the last build found broken, to be reported again; and it gets back its anchors only
        when a link given is to it. Every warning a clean build gives is given, in the same order.
        """
        replay = logging.getLogger("mkdocs.structure.pages")
        by_src = files.src_uris
        rebuilt = self.rebuilt
        anchor_sets: dict[str, set[str] | None] = {}

        def anchors_of(src: str) -> set[str] | None:
            """The anchors a link to the page `src` is checked against, as MkDocs checks it."""
            if src not in anchor_sets:
                file = by_src.get(src)
                page = file.page if file is not None else None
                if page is None:
                    anchor_sets[src] = None
                elif src in rebuilt:
                    anchor_sets[src] = page.present_anchor_ids
                else:
                    anchors = self.memo.pages[src].anchors
                    anchor_sets[src] = set(anchors.split("\n")) if anchors else set()
            return anchor_sets[src]

        def broken(links: _Links) -> str:
            """Those of `links` whose anchor the page they lead to lacks, as text for the memo."""
            return _dump_links([(src, [(anchor, link) for anchor, link in pairs
                                       if (anchors := anchors_of(src)) is not None and anchor not in anchors])
                                for src, pairs in links])

        checked: set[str] = set()  # the pages some link given links to
        for file in files.documentation_pages():
            page, memo = file.page, self.memo.pages[file.src_uri]
            if page is None:
                continue
            if file.src_uri in rebuilt:
                links = page.links_to_anchors or {}
                fresh: _Links = [(to.src_uri, list(anchors.items())) for to, anchors in links.items()]
                memo.title = page._title_from_render
                memo.anchors = "\n".join(sorted(page.present_anchor_ids or ()))
                memo.links = json.dumps(fresh) if fresh else ""
                memo.targets = tuple(src for src, _ in fresh)
                memo.broken = broken(fresh)
                memo.warnings = self.warnings.get(file.src_uri, [])
                checked.update(memo.targets)
                continue
            page.markdown = ""  # read: MkDocs tells a page's title only once it has Markdown
            page._title_from_render = memo.title
            given = _load_links(memo.broken)
            if not rebuilt.isdisjoint(memo.targets):
                was_broken = {(src, anchor) for src, pairs in given for anchor, _ in pairs}
                given = [(src, [(anchor, link) for anchor, link in pairs
                                if src in rebuilt or (src, anchor) in was_broken])
                         for src, pairs in _load_links(memo.links)]
                memo.broken = broken(given)
            page.links_to_anchors = {target: dict(pairs) for src, pairs in given
                                     if pairs and (target := by_src.get(src)) is not None}
            checked.update(target.src_uri for target in page.links_to_anchors)
            for level, message in memo.warnings:
                replay.log(level, message)
        for src in checked - rebuilt:
            file = by_src.get(src)
            if file is not None and file.page is not None:
                file.page.present_anchor_ids = anchors_of(src)

    # -- on_post_build: the search index of every page ---------------------------------------------
    def merge_search_index(self, path: Path, slim: bool, made_slim: bool = False) -> None:
        """Rewrite the search index MkDocs wrote for the converted pages so that it holds every
        page's entries in page order, as a clean build's does (slimmed, with `slim`; `made_slim`
        when the index already holds them slim, as MkDocs' own search plugin makes them)."""
        data = json.loads(path.read_bytes())
        fresh: dict[str, list[dict]] = {}
        for entry in data["docs"]:
            fresh.setdefault(entry["location"].partition("#")[0], []).append(entry)
        # As MkDocs' search plugin writes its index, or compactly when slim.
        options: dict[str, Any] = {"ensure_ascii": False} if slim else {"default": str}

        def dump(value: Any) -> str:
            return json.dumps(value, sort_keys=True, separators=(",", ":"), **options)

        docs = []
        for src, url in self.order:
            memo = self.memo.pages[src]
            if src in self.rebuilt:
                entries = fresh.get(url, [])
                if slim and not made_slim:
                    entries = slim_entries(entries)
                memo.entries = ",".join(dump(entry) for entry in entries)
            if memo.entries:
                docs.append(memo.entries)
        # Each page's entries are kept as the text the index holds them in, so that the index of
        # thousands of pages is joined rather than encoded again, and the memo pickles strings.
        data["docs"] = [_DOCS]
        before, _, after = dump(data).partition(dump(_DOCS))
        text = f"{before}{','.join(docs)}{after}"
        atomic_write(path, text.encode("utf-8"))


# Where the search index's entries go while the rest of it is encoded: no configuration holds NUL characters.
_DOCS = "\0entries of every page\0"


def untitled_nav_pages(config: Any) -> set[str]:
    """The pages the nav shows by the title of their own heading: those it lists without a title,
    or every page when there is no nav."""
    if config.nav is None:
        docs = Path(config.docs_dir)
        return {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}
    return set(_untitled(config.nav))


def nav_targets(config: Any) -> list[str]:
    """The pages the nav lists (whatever their titles), so that a build can tell when one of them
    appears or disappears."""
    return sorted({*_untitled(config.nav or [], titled=True)})


def _untitled(items: Any, titled: bool = False) -> Iterator[str]:
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, str):
            if "://" not in item:
                yield item
        elif isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    if titled and "://" not in value:
                        yield value
                else:
                    yield from _untitled(value, titled)


def _links_to_any(path: str, gone: set[str]) -> bool:
    """Whether the Markdown at `path` may link to one of the pages or files `gone`: a clean build
    would then warn of the broken link, so the page is converted again."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return any(Path(src).name in text for src in gone)


# A page's links to anchors: for each page it links to, in the order of its first link there, the
# anchors and the links to them as written, in the order they come.
_Links = list[tuple[str, list[tuple[str, str]]]]


def _dump_links(links: _Links) -> str:
    """`links` as text for the memo, leaving out pages with no links ("" when none is left)."""
    kept = [(src, pairs) for src, pairs in links if pairs]
    return json.dumps(kept) if kept else ""


def _load_links(text: str) -> _Links:
    return json.loads(text) if text else []
