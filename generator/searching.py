"""Searching: a search index a reader's browser can afford, that still finds actors and quotes.

MkDocs' search plugin indexes each page twice, once whole and once section by section, and the
reader's browser downloads all of it. On a briefing site most of that is repetition: the source
text of every article, and actor, topic and archive pages that repeat the quotes and summaries of
the briefings. Rewriting the index after MkDocs wrote it, this keeps:

* for a briefing page, one entry holding the text of its sections except the source text (its
  summary, actors, positions and quotes are what readers search for, and every quote and actor
  name is there);
* for an actor's page, its title and its opening (type, description and every other name the
  briefings and the register give the actor), so an actor is found by each of its names;
* for the lists of actors, topic and archive pages and the home page, their titles;
* every other page (hand-written ones) as MkDocs indexed it.

Titles in MkDocs' index are HTML (``AT&amp;T``) while its texts are plain, and the mkdocs and
readthedocs themes show both as plain text: the titles are made plain here too. While serving with
dirty reload, MkDocs indexes only the pages it rebuilt; `SearchMemo` keeps the entries of the others.

With MkDocs' own search plugin the entries are made slim as pages are built (`SlimSearchIndex`),
which then parses of a generated page's HTML only the part its entry keeps, and holds no more than
the slim entries until the index is written.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from mkdocs.contrib.search.search_index import SearchIndex

from .writing import atomic_write

# Sections left out of a briefing page's entry: the whole article, which the briefing distils.
SKIPPED_SECTIONS = frozenset({"source-text"})
CARD_SECTIONS = "who-"  # a briefing page's cards, headed by the actor's name
BRIEFING_PAGES = "briefings/"
ACTOR_PAGES = "actors/"
ACTOR_LISTS = ("actors/", "actors/by-name/")
# Pages that gather what briefing pages already say; "" is the home page.
TITLE_ONLY_PAGES = ("actors/", "topics/", "archive/", "archive.html", "index.html")


def _kind(page: str) -> str:
    if page.startswith(BRIEFING_PAGES):
        return "briefing"
    # An actor's first page, actors/<slug>/, not its later ones (actors/<slug>/2/) nor the lists.
    if page.startswith(ACTOR_PAGES) and page not in ACTOR_LISTS and page.count("/") == 2:
        return "actor"
    if page == "" or page.startswith(TITLE_ONLY_PAGES):
        return "title"
    return "full"


def slim_entries(entries: list[dict]) -> list[dict]:
    """The entries of a search index rewritten as described in the module docstring."""
    # The texts a briefing page's entry keeps, by page; a page MkDocs indexed without sections keeps
    # its own text.
    kept: dict[str, list[str]] = {}
    titles = {entry["location"]: entry["title"] for entry in entries if "#" not in entry["location"]}
    for entry in entries:
        page, _, anchor = entry["location"].partition("#")
        kind = _kind(page)
        if anchor and kind == "briefing":
            texts = kept.setdefault(page, [])
            if anchor.startswith(CARD_SECTIONS) and entry["title"]:
                texts.append(entry["title"])  # the actor a card is about
            if anchor not in SKIPPED_SECTIONS and entry["text"]:
                texts.append(entry["text"])
        elif anchor and kind == "actor" and entry["title"] == titles.get(page) and page not in kept:
            kept[page] = [entry["text"]]  # the section of its title: the page's opening
    slimmed = []
    for entry in entries:
        page, _, anchor = entry["location"].partition("#")
        kind = _kind(page)
        if kind == "full":
            slimmed.append(entry)
        elif not anchor:
            text = "" if kind == "title" else " ".join(kept[page]) if page in kept else \
                entry["text"] if kind == "briefing" else ""
            slimmed.append({**entry, "text": text})
    return slimmed


# Where the part of a page its slim entry keeps ends: a briefing page's source text, and the heading
# after an actor page's title.
_SOURCE_HEADING = '<h2 id="source-text"'
_HEADING = re.compile(r"<h[1-6][\s>]")


def _kept_part(kind: str, content: str) -> str:
    if kind == "briefing":
        end = content.find(_SOURCE_HEADING)
        return content if end < 0 else content[:end]
    title = _HEADING.search(content)
    after = _HEADING.search(content, title.end()) if title else None
    return content if after is None else content[:after.start()]


class SlimSearchIndex(SearchIndex):
    """MkDocs' search index, holding the slim entries of generated pages (see `slim_entries`) with
    plain titles (see `plain_titles`). A title-only page's HTML is not parsed at all, and of a
    briefing's or an actor's page only what its entry keeps, so that parsing every page's HTML
    once more, MkDocs' way, does not cost a sixth of the build."""

    def add_entry_from_context(self, page: Any) -> None:
        kind = _kind(page.url)
        if kind == "full" or self.config.get("indexing") != "full":
            super().add_entry_from_context(page)
            return
        if kind == "title":
            self._entries.extend(plain_titles([{"title": page.title, "text": "", "location": page.url}]))
            return
        kept = SimpleNamespace(content=_kept_part(kind, page.content or ""), url=page.url, title=page.title,
                               toc=page.toc)
        entries, self._entries = self._entries, []
        try:
            super().add_entry_from_context(kept)
        finally:
            entries, self._entries = self._entries, entries
        self._entries.extend(slim_entries(plain_titles(entries)))


def plain_titles(entries: list[dict]) -> list[dict]:
    """`entries` with their titles as text rather than HTML. A heading holds no "<" (see
    `rendering.escaping.safe_headings`), so what is unescaped here cannot become markup where it is shown."""
    return [{**entry, "title": html.unescape(entry["title"])} if "&" in (entry.get("title") or "") else entry
            for entry in entries]


class SearchMemo:
    """The entries of the last search index by page, so that a dirty rebuild, which indexes only
    the pages it rebuilt, still gives an index of every page."""

    def __init__(self) -> None:
        self.entries: dict[str, list[dict]] = {}

    def merge(self, entries: list[dict], pages: set[str]) -> list[dict]:
        """The entries of `pages` (the site's page locations): those in `entries` (of the pages just
        built), and for the others those remembered."""
        built: dict[str, list[dict]] = {}
        for entry in entries:
            built.setdefault(entry["location"].partition("#")[0], []).append(entry)
        self.entries = {page: found for page, found in {**self.entries, **built}.items() if page in pages}
        return [entry for found in self.entries.values() for entry in found]


def rewrite_search_index(path: Path, *, slim: bool, plain: bool, memo: SearchMemo | None = None,
                         pages: set[str] | None = None) -> tuple[int, int]:
    """Rewrite MkDocs' ``search_index.json`` at `path`: completed from `memo` (with `pages`, the
    locations of the site's pages), with plain titles (`plain`, for MkDocs' own search plugin) and
    slimmed (`slim`); its size in bytes before and after."""
    before = path.read_bytes()
    data = json.loads(before)
    docs = data["docs"]
    if memo is not None and pages is not None:
        docs = memo.merge(docs, pages)
    if plain:
        docs = plain_titles(docs)
    data["docs"] = slim_entries(docs) if slim else docs
    after = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    atomic_write(path, after)
    return len(before), len(after)
