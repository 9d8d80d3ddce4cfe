"""Adding articles from the web: pages and the entries of feeds become seed files, each only once.

A fetched page becomes a seed with front matter (``title``, ``date``, ``url``, ``source``,
``author``) and the story's paragraphs, named from its date and title; the page itself is kept
beside it in ``seeds/.pages/`` under the same name, so its extraction can be redone without the
network: a saved page is added like an address. A page already among the seeds is recognised by its address (the one asked for, the one
it ended at after redirects, its canonical one) and then by its text, and is not added twice.
The entries of a feed that were added once are remembered in ``seeds/.pages/feed-entries.txt``,
so an article removed later is not added again on the next update.
"""

from __future__ import annotations

import hashlib
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import Project
from .errors import ArticleError, BriefingsError, MissingExtraError
from .fetching import FEED_TYPES, Limits, fetch, read_feed
from .reading import PAGE_SUFFIXES, find_articles, read_article
from .making import briefing_slug
from .web import INSTALL_HINT, Page, extract_page
from .writing import atomic_write

PAGES_DIR = ".pages"  # hidden, so the kept pages are not read as articles themselves
FEED_ENTRIES = "feed-entries.txt"


@dataclass(frozen=True)
class Added:
    """What became of one address: the seed written for it, or the seed it already was."""

    address: str
    seed: Path
    duplicate: bool = False


@dataclass
class AddReport:
    added: list[Added] = field(default_factory=list)
    problems: list[BriefingsError] = field(default_factory=list)


def require_web_extra() -> None:
    """Fail at once, rather than once per address, when the web extra is not installed."""
    try:
        import feedparser  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError("adding web pages and feeds needs the 'web' extra", hint=INSTALL_HINT) from exc


def add(project: Project, addresses: Iterable[str], feeds: Iterable[str], limits: Limits) -> AddReport:
    """Add the article of each address (fetched, or a saved page read from disk), then the entries of
    each feed that were not added before; a failure is one problem in the report."""
    report = AddReport()
    known = _Known(project.seeds_dir)
    for address in addresses:
        _add(project, address, limits, known, report)
    feeds = list(feeds)
    if not feeds:
        return report
    record = project.seeds_dir / PAGES_DIR / FEED_ENTRIES
    seen = set(record.read_text(encoding="utf-8").split()) if record.is_file() else set()
    before = len(seen)
    for feed in feeds:
        try:
            entries = read_feed(fetch(feed, limits, accept=FEED_TYPES))
        except BriefingsError as exc:
            report.problems.append(exc)
            continue
        for entry in entries:
            if normal_address(entry.url) not in seen and _add(project, entry.url, limits, known, report):
                seen.add(normal_address(entry.url))
    if len(seen) != before:
        atomic_write(record, "".join(f"{address}\n" for address in sorted(seen)).encode("utf-8"))
    return report


def _add(project: Project, address: str, limits: Limits, known: _Known, report: AddReport) -> bool:
    """Add one page, fetched or saved; True when it is among the seeds afterwards, new or not."""
    existing = known.address(address)
    if existing is not None:
        report.added.append(Added(address, existing, duplicate=True))
        return True
    saved = Path(address) if _is_saved_page(address) else None
    try:
        if saved is not None:
            data, url, charset = saved.read_bytes(), None, None
        else:
            response = fetch(address, limits)
            data, url, charset = response.data, response.url, response.charset
        page = extract_page(data, url=url, charset=charset, path=saved)
    except OSError as exc:
        report.problems.append(ArticleError(f"cannot be read: {exc.strerror or exc}", path=saved))
        return False
    except BriefingsError as exc:
        report.problems.append(exc)
        return False
    existing = known.address(url) or known.address(page.url) or known.text(_text_key(page.paragraphs))
    if existing is not None:
        report.added.append(Added(address, existing, duplicate=True))
        return True
    seed = _free_name(project.seeds_dir, briefing_slug(page.date, page.title or page.paragraphs[0]), saved)
    kept = seed.parent / PAGES_DIR / f"{seed.stem}.html"
    if saved is None or not kept.exists() or not kept.samefile(saved):
        atomic_write(kept, data)
    atomic_write(seed, seed_text(page).encode("utf-8"))
    known.remember(seed, (url, page.url) if saved else (address, url, page.url), _text_key(page.paragraphs))
    report.added.append(Added(address, seed))
    return True


def _is_saved_page(address: str) -> bool:
    return not urllib.parse.urlsplit(address).scheme and Path(address).suffix.lower() in PAGE_SUFFIXES


def seed_text(page: Page) -> str:
    """A page as a seed file: its metadata as front matter, then its paragraphs."""
    meta = {"title": page.title, "date": page.date.isoformat() if page.date else None, "url": page.url,
            "source": page.source, "author": page.author}
    front = "".join(f"{key}: {value}\n" if key == "date" else
                    yaml.safe_dump({key: value}, allow_unicode=True, width=1 << 16)
                    for key, value in meta.items() if value)
    return f"---\n{front}---\n\n" + "\n\n".join(page.paragraphs) + "\n"


def _free_name(folder: Path, stem: str, saved: Path | None) -> Path:
    """`folder/stem.md`, or with -2, -3 … when a seed or a kept page has that name already (other
    than `saved`, the kept page being added again)."""
    def taken(name: str) -> bool:
        kept = folder / PAGES_DIR / f"{name}.html"
        return (any((folder / f"{name}{suffix}").exists() for suffix in (".md", ".txt", *PAGE_SUFFIXES))
                or kept.exists() and not (saved is not None and kept.samefile(saved)))

    candidate, n = stem, 1
    while taken(candidate):
        n += 1
        candidate = f"{stem}-{n}"
    return folder / f"{candidate}.md"


def normal_address(address: str) -> str:
    """`address` as it is compared: without its fragment, with its scheme and host in lower case and
    without a default port."""
    try:
        parts = urllib.parse.urlsplit(address.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return address.strip()
    scheme = parts.scheme.lower()
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return urllib.parse.urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def _text_key(paragraphs: Iterable[str]) -> str:
    """What two copies of one story share, however their pages lay them out."""
    return hashlib.sha256(" ".join(" ".join(paragraphs).split()).casefold().encode("utf-8")).hexdigest()


class _Known:
    """The seeds already there, by address and by text."""

    def __init__(self, seeds_dir: Path) -> None:
        self._addresses: dict[str, Path] = {}
        self._texts: dict[str, Path] = {}
        for path in find_articles([seeds_dir]) if seeds_dir.is_dir() else []:
            try:
                article = read_article(path)
            except BriefingsError:  # reported when the seeds are summarised
                continue
            self.remember(path, (article.url,), _text_key(article.body.split("\n\n")))

    def remember(self, seed: Path, addresses: Iterable[str | None], text: str) -> None:
        for address in addresses:
            if address:
                self._addresses.setdefault(normal_address(address), seed)
        self._texts.setdefault(text, seed)

    def address(self, address: str | None) -> Path | None:
        return self._addresses.get(normal_address(address)) if address else None

    def text(self, key: str) -> Path | None:
        return self._texts.get(key)
