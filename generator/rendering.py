"""Rendering: briefings to the Markdown pages MkDocs builds, written into the generated docs folder.

Pages are computed in memory first, as ``{relative path: text}``, and only then synchronised with
``Project.docs_dir``: a changed page is replaced atomically, an unchanged one keeps its bytes (and its
modification time, so ``mkdocs serve`` does not rebuild in a loop), and a page nobody produces any more
is deleted. Hand-written pages from ``Project.pages_dir`` are copied in by the same rule.

Article text is untrusted: Python-Markdown passes raw HTML and ``javascript:`` links straight through
and MkDocs adds no sanitiser, so every value a template prints is escaped for HTML *and* Markdown
unless the template marks it with the ``trusted`` filter. Headings become page titles and tables of
contents, which themes print without escaping, so `safe_headings` writes look-alikes in them for
the characters that were escaped as entities.

Template context: `COMMON_VARIABLES` and `PAGE_TYPES` below say what each template receives, with
types; `briefings templates` prints it and the site's ``templates.md`` page shows it. Block tags
swallow the newline after them (trim_blocks): write ``+%}`` where a line must end after one.

Besides pages, the site gets ``feed.xml`` (Atom 1.0, absolute links from ``site_url``),
``briefings.json`` (every briefing in the schema, in an envelope) and the JSON Schemas of both under
``schema/``, written into the docs folder like pages; MkDocs copies files that are not Markdown into
the site unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import inspect
import json
import os
import re
import types
import typing
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from types import TracebackType
from typing import Any, Iterable, TypeVar

import jinja2
import jinja2.bccache
import jinja2.compiler
import jinja2.filters
import jinja2.meta
import jinja2.nodes
import jinja2.runtime
import jinja2.sandbox
import markdown
from jinja2 import pass_context
from markupsafe import Markup

from .config import SECTIONS, Project, source_date_epoch
from .errors import BuildError, TemplateError
from . import rawhtml
from .identity import Identities, resolve
from .indexing import (ACTOR_ORDER_PATHS, ARCHIVE_PATH, TOPICS_INDEX, ActorMemo, ActorRecord, ArchiveYear,
                       Collection, Entry, TopicRecord, YearLinks, actor_path, actor_slug, archive_overview,
                       archive_years, by_number_of_briefings, index_actors, index_topics, month_name, page_path,
                       token_of, tokens, topic_path, topic_slug)
from .register import Register, load_register
from .sample import sample_briefings
from .timeline import timeline
from .schema import SCHEMA_FILES, SCHEMA_FOLDER, SCHEMA_VERSION, Actor, Briefing, Position, Quote, briefing_to_json
from .schema.page import schema_page
from .writing import Data, FileRange, write_if_changed

DEFAULT_TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_PREFIX = "!default"
MARKER = ".briefings-generated"
LATEST_COUNT = 10  # briefings on the home page
MAIN_ACTORS = 3  # actors shown with each of them
TOPIC_KEY_QUOTES = 2  # key quotes shown with each briefing of a topic
FEED_COUNT = 20  # entries of the Atom feed
# Lists that grow with the collection are split into pages of these sizes, so that no page does.
ACTOR_PAGE_SIZE = 20  # appearances per actor page
TOPIC_PAGE_SIZE = 20  # briefings per topic page
ARCHIVE_PAGE_SIZE = 50  # briefings per archive page
INDEX_PAGE_SIZE = 100  # actors or topics per page of their lists
FEED_PATH = "feed.xml"
DATA_PATH = "briefings.json"
TEMPLATES_PAGE = "templates.md"
SCHEMA_PAGE = "schema.md"

T = TypeVar("T")


# -- escaping ------------------------------------------------------------------------------------

# The characters Python-Markdown lets a backslash escape, read from the installed version (with the
# tables extension, which adds "|") rather than copied, so an upgrade cannot silently widen the gap.
MARKDOWN_ESCAPED_CHARS = frozenset(markdown.Markdown(extensions=["tables"]).ESCAPED_CHARS)
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# One pass over the text, not HTML escaping followed by Markdown escaping: the "#" of "&#39;" must not
# be backslashed, and ">" must become "&gt;" (a backslash before an entity would show on the page).
# Line breaks would let a value start a Markdown block (heading, list, code, setext underline) of its
# own, and runs of spaces make code blocks and hard line breaks, so whitespace collapses to one space;
# STX/ETX are Python-Markdown's placeholder delimiters; other control characters are noise. All of it
# is one table, as str.translate is the fastest pass over the text there is, and pages print hundreds
# of thousands of values.
_ESCAPES = str.maketrans({**{c: "\\" + c for c in MARKDOWN_ESCAPED_CHARS}, **_HTML_ENTITIES,
                          **dict.fromkeys("\t\n\r\f\v", " "),
                          **dict.fromkeys([*map(chr, range(0x00, 0x09)), *map(chr, range(0x0e, 0x20)), "\x7f"])})
_SPACES = re.compile(" {2,}")


def escape_text(value: object) -> Markup:
    """`value` as Markdown source that shows exactly its text: no HTML, no Markdown syntax, one line."""
    if isinstance(value, Markup):
        return value
    text = ("" if value is None else str(value)).translate(_ESCAPES)
    return Markup(_SPACES.sub(" ", text) if "  " in text else text)


def escape_url(url: str) -> Markup:
    """An http(s) URL for the target of a Markdown link; any other scheme is refused."""
    url = str(url).strip()
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ValueError(f"refusing to link to {url!r}: only http and https URLs are allowed")
    # Percent-encoding spaces, quotes and angle brackets keeps the URL one token for the link parser.
    quoted = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return escape_text(quoted)


# Heading text leaves the page body: MkDocs takes the page title from the first heading and the table
# of contents from all of them, as the heading's HTML with its entities kept, and themes print both,
# unescaped, into <title>, the nav, breadcrumbs and the search index. Material and Zensical print the
# title through Jinja's striptags, which decodes "&lt;/title&gt;" back into a closing tag. So in a
# heading the characters that could open a tag or end an attribute once decoded become look-alikes
# found in every Latin font: angle quotes, and typographic quotation marks, opening or closing as
# their place says. An ampersand stays an entity: decoded once, "&amp;lt;" is still only text.
_HEADING_LOOKALIKES = {"&lt;": "‹", "&gt;": "›"}
_OPENING = {"&quot;": "“", "&#39;": "‘"}
_CLOSING = {"&quot;": "”", "&#39;": "’"}
_OPENS_AFTER = frozenset(" \t([{#>-—–/")  # what an opening quotation mark follows
# Read from the left, a backslash escape and a link target are passed over whole, so that an escaped
# "]" cannot start a link target and a target keeps its URL.
_HEADING_TOKENS = re.compile(r"\\.|\]\((?:\\.|[^\\)])*\)|&(?:lt|gt|quot|#39);")
# Python-Markdown makes a heading of a line that starts with "#", also after the marks of a quote or a
# list item, and of the line above an underline of "=" or "-". A line taken for a heading that is
# not one only gets look-alikes.
_QUOTE_AND_LIST_MARKS = " \t>*+-0123456789.)"
_UNDERLINE = re.compile(r"[ \t>]*(?:=+|-+)[ \t]*")


def safe_headings(page: str) -> str:
    """Rendered Markdown `page` with the entities of its headings that a decoding could turn into
    markup replaced by look-alikes."""
    if "&" not in page:
        return page
    lines = page.split("\n")
    for number, line in enumerate(lines):
        if "&" in line and (line.lstrip(_QUOTE_AND_LIST_MARKS).startswith("#")
                            or number + 1 < len(lines) and _UNDERLINE.fullmatch(lines[number + 1])):
            lines[number] = _HEADING_TOKENS.sub(_lookalike, line)
    return "\n".join(lines)


def _lookalike(match: re.Match[str]) -> str:
    token = match[0]
    if token in _OPENING:
        before = match.string[match.start() - 1] if match.start() else " "
        return (_OPENING if before in _OPENS_AFTER else _CLOSING)[token]
    return _HEADING_LOOKALIKES.get(token, token)


def _relative_url(page: str, target: str) -> str:
    """A link from site page `page` to `target` (both relative to docs_dir, optional #fragment)."""
    path, _, fragment = target.partition("#")
    if path:
        path = _relative_path(page, path)
    return f"{path}#{fragment}" if fragment else path


def _relative_path(page: str, path: str) -> str:
    # posixpath.relpath, for the clean relative paths of docs pages (no "." or ".." parts), without
    # its two abspath calls: pages make over a hundred thousand links.
    here, there = page.split("/")[:-1], path.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def _finalize(value: Any) -> Any:
    # Runs on every {{ }} before autoescaping; Markup (from `trusted`, macros, our filters) is already
    # safe Markdown and passes unchanged, so macros and includes are never escaped twice.
    return escape_text(value)


def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: Any = None) -> Any:
    # Jinja's own join escapes plain items with HTML escaping only when any item is Markup.
    items = list(value)
    if attribute is not None:
        getter = jinja2.filters.make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(item) for item in items]
    if any(isinstance(i, Markup) for i in (*items, d)):
        return Markup(escape_text(d)).join(escape_text(i) for i in items)
    return str(d).join(str(i) for i in items)


class _CodeGenerator(jinja2.compiler.CodeGenerator):
    # `a ~ b` compiles to Jinja's markup_join, which HTML-escapes (but does not Markdown-escape) the
    # plain parts as soon as one part is Markup; route it through our escaping instead.
    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Any) -> None:
        self.write("environment.concat_values((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


_MISSING = object()


class _Environment(jinja2.sandbox.ImmutableSandboxedEnvironment):
    # Templates are code, and not always the site owner's: the sandbox keeps them from Python's
    # internals (attributes beginning with "_", through which a template could reach modules, files
    # and the shell of the machine that builds) and from changing the lists and dicts they receive,
    # which other pages share.
    code_generator_class = _CodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # The sandbox's answer depends on the object's type and the attribute's name only, and working
        # it out (isinstance against a dozen types and abstract classes) on every attribute a page
        # reads made rendering 60% slower.
        key = (type(obj), attr)
        safe = self._safe.get(key)
        if safe is None:
            safe = self._safe[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def getattr(self, obj: Any, attribute: str) -> Any:
        # An attribute already found safe on this type needs none of the sandbox's other work, unless
        # it is a method: the sandbox wraps str.format, which could otherwise read any attribute.
        if self._safe.get((type(obj), attribute)):
            value = getattr(obj, attribute, _MISSING)
            if value is not _MISSING and not isinstance(value, (types.MethodType, types.BuiltinMethodType)):
                return value
        return super().getattr(obj, attribute)

    @staticmethod
    def concat_values(values: Iterable[Any]) -> str:
        values = list(values)
        if any(isinstance(v, Markup) for v in values):
            return Markup("").join(escape_text(v) for v in values)
        return "".join(str(v) for v in values)


# -- filters -------------------------------------------------------------------------------------

def format_date(value: dt.date | None) -> str:
    """The one date format of the site, independent of the machine's locale."""
    if value is None:
        return "undated"
    return f"{value.day} {month_name(value.month)} {value.year}"


def briefing_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"


@pass_context
def _link(context: jinja2.runtime.Context, target: str) -> Markup:
    """A relative link from the page being rendered to `target` (a docs path, optional #fragment)."""
    return _link_target(_relative_url(context["page"], str(target)))


@pass_context
def _paragraph_link(context: jinja2.runtime.Context, number: int, page: str | None = None) -> Markup:
    """``[¶3](#p-3)`` on the same page, or to paragraph 3 of briefing page `page`."""
    number = int(number)
    target = _relative_url(context["page"], f"{page}#p-{number}") if page else f"#p-{number}"
    return Markup(f"[¶{number}]({_link_target(target)})")


# Letters, digits and "_./#%~-" cannot end or break a Markdown link target. Generated paths are made
# of nothing else, and leaving them unescaped spares Python-Markdown a quarter of its work on a page.
_PLAIN_TARGET = re.compile(r"[\w./#%~-]+")


def _link_target(target: str) -> Markup:
    return Markup(target) if _PLAIN_TARGET.fullmatch(target) else escape_text(target)


def _marked(paragraph: SourceParagraph) -> Markup:
    """A source paragraph's text with its quoted words as links back to who said them, styled as marks."""
    pieces, at = [], 0
    for span in paragraph.quoted:
        pieces += [escape_text(paragraph.text[at:span.start]),
                   Markup(f"[{escape_text(paragraph.text[span.start:span.end])}](#{span.anchor})"
                          '{: .briefings-quoted title="Who said it" }')]
        at = span.end
    pieces.append(escape_text(paragraph.text[at:]))
    return Markup("").join(pieces)


def _trusted(value: object) -> Markup:
    """The opt-out: print `value` as Markdown/HTML exactly as it is. Never use it on article text."""
    return Markup("" if value is None else str(value))


# -- template context ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Appearance:
    """One actor in one briefing: the actor as named there, and what they said and hold there."""

    briefing: Briefing
    actor: Actor
    quotes: tuple[Quote, ...]
    positions: tuple[Position, ...]

    @property
    def full_quotes(self) -> tuple[Quote, ...]:
        """The quotes that are whole sentences: `quotes` less the fragments."""
        return tuple(q for q in self.quotes if not q.partial)

    @property
    def fragments(self) -> tuple[Quote, ...]:
        """The fragments (partial quotes) the stances of this appearance do not already hold."""
        return _fragments(self.quotes, self.positions)


@dataclass(frozen=True)
class Card:
    """An actor of a briefing who says or holds something, as the briefing page gathers it: the
    actor, their page, stances and quotes. Cards come main actors first (most quotes and positions)."""

    actor: Actor
    anchor: str  # the id of the card's heading, such as `who-1`
    path: str | None  # the actor's page, when it has one
    positions: tuple[Position, ...]
    quotes: tuple[Quote, ...]  # whole quotes that no stance states word for word, in the article's order
    fragments: tuple[Quote, ...]  # partial quotes that none of the stances already holds


@dataclass(frozen=True)
class QuotedSpan:
    """Quoted words inside a source paragraph: characters `start` to `end` of its text, and the id
    of what they lead back to (a card, or `unattributed`)."""

    start: int
    end: int
    anchor: str


@dataclass(frozen=True)
class SourceParagraph:
    """A paragraph of the article with where its quotes are; the `marked` filter prints it."""

    number: int
    text: str
    quoted: tuple[QuotedSpan, ...]


def _fragments(quotes: Iterable[Quote], positions: Iterable[Position]) -> tuple[Quote, ...]:
    # A fragment is shown in the stance it belongs to: one whose words it is part of needs no line of its own.
    stances = [p.stance.casefold() for p in positions]
    return tuple(q for q in quotes if q.partial and not any(q.text.casefold() in s for s in stances))


_QUOTE_EDGES = " \t“”\"‘’'.,;:!?"


def _whole_quotes(quotes: Iterable[Quote], positions: Iterable[Position]) -> tuple[Quote, ...]:
    # A stance that states a quote in its own words already shows them, with the same ¶ link: the
    # card lists the quote once, as that stance.
    stated = [(p.paragraph, p.stance.casefold().strip(_QUOTE_EDGES)) for p in positions]
    return tuple(q for q in quotes if not q.partial and not any(
        paragraph == q.paragraph and q.text.casefold().strip(_QUOTE_EDGES) in stance for paragraph, stance in stated))


@dataclass(frozen=True)
class ActorLink:
    """An actor of one briefing as shown in a list; `path` is None when the actor has no page."""

    name: str
    path: str | None


@dataclass(frozen=True)
class KeyQuote:
    """A key quote of a briefing as a list shows it: the quote and its speaker (None: unattributed)."""

    quote: Quote
    speaker: ActorLink | None


@dataclass(frozen=True)
class Pagination:
    """Where a page is among the pages a long list is split into: page `number` (from 1) of `count`,
    which hold `total` items in all. Paths are docs paths, for the `link` filter: `paths` has every
    page's in order; `first_path` and `previous_path` are None on the first page, `next_path` and
    `last_path` on the last."""

    number: int
    count: int
    total: int
    first_path: str | None
    previous_path: str | None
    next_path: str | None
    last_path: str | None
    paths: tuple[str, ...]

    def numbers(self, spread: int = 2) -> tuple[int | None, ...]:
        """The page numbers a bar shows, so that it stays short however many pages there are: the
        first, the last and those within `spread` of this page, with None where numbers are left out."""
        near = range(max(1, self.number - spread), min(self.count, self.number + spread) + 1)
        numbers: list[int | None] = []
        last = 0
        for number in sorted({1, *near, self.count}):
            if number - last == 2:  # a gap of one page: its number takes no more room than "…"
                numbers.append(last + 1)
            elif number - last > 2:
                numbers.append(None)
            numbers.append(number)
            last = number
        return tuple(numbers)


def paginate(first: str, items: Sequence[T], size: int) -> list[tuple[str, Pagination, list[T]]]:
    """`items` cut into pages of `size`, each as (its path, its `Pagination`, its items); a list
    without items still gets its first page."""
    count = max(1, -(-len(items) // size))
    paths = tuple(page_path(first, number) for number in range(1, count + 1))
    pages = []
    for index, path in enumerate(paths):
        before, after = index > 0, index < count - 1
        pagination = Pagination(
            number=index + 1, count=count, total=len(items),
            first_path=paths[0] if before else None, previous_path=paths[index - 1] if before else None,
            next_path=paths[index + 1] if after else None, last_path=paths[-1] if after else None,
            paths=paths)
        pages.append((path, pagination, list(items[index * size:(index + 1) * size])))
    return pages


def main_actors(briefing: Briefing, pages: dict[str, str | None], identities: Identities,
                linked: bool) -> list[ActorLink]:
    """The `MAIN_ACTORS` actors with the most quotes and positions, ties in the briefing's order;
    named ones by the name of their page. `pages` gives each actor's page (key), None for a hidden
    one, which is left out."""
    weight = Counter(q.speaker for q in briefing.quotes if q.speaker)
    weight.update(p.actor for p in briefing.positions)
    shown = [(place, actor) for place, actor in enumerate(briefing.actors)
             if not actor.named or pages.get(actor.id) is not None]
    ranked = sorted(shown, key=lambda item: (-weight[item[1].id], item[0]))
    links = []
    for _, actor in ranked[:MAIN_ACTORS]:
        key = pages.get(actor.id) if actor.named else None
        links.append(ActorLink(identities.actors[key].name if key else actor.name,
                               actor_path(key) if key and linked else None))
    return links


def actor_pages(briefing: Briefing, entry: Entry, identities: Identities) -> dict[str, str | None]:
    """Each named actor id of `briefing` → the key of the page it is on, None when hidden."""
    by_slug = {mention[0]: key for mention, key in zip(entry.actors, identities.keys(entry))}
    return {actor.id: by_slug.get(actor_slug(actor)) for actor in briefing.actors if actor.named}


def _by_actor(items: Iterable[T], attribute: str) -> dict[str, list[T]]:
    """`items` (quotes or positions) grouped by the actor id in `attribute`; None (unattributed) is left out."""
    grouped: dict[str, list[T]] = {}
    for item in items:
        actor_id = getattr(item, attribute)
        if actor_id is not None:
            grouped.setdefault(actor_id, []).append(item)
    return grouped


def cards(briefing: Briefing, actor_paths: dict[str, str]) -> list[Card]:
    """One card per actor who is quoted or holds a position, those with the most of both first,
    ties in the briefing's order."""
    quotes, positions = _by_actor(briefing.quotes, "speaker"), _by_actor(briefing.positions, "actor")
    weight = {a.id: len(quotes.get(a.id, ())) + len(positions.get(a.id, ())) for a in briefing.actors}
    ranked = sorted((a for a in briefing.actors if weight[a.id]), key=lambda a: -weight[a.id])
    return [Card(actor, f"who-{number}", actor_paths.get(actor.id), tuple(positions.get(actor.id, ())),
                 _whole_quotes(quotes.get(actor.id, ()), positions.get(actor.id, ())),
                 _fragments(quotes.get(actor.id, ()), positions.get(actor.id, ())))
            for number, actor in enumerate(ranked, 1)]


UNATTRIBUTED = "unattributed"  # the id of the briefing page's list of quotes without a known speaker


def source_paragraphs(briefing: Briefing, shown: list[Card]) -> list[SourceParagraph]:
    """The article's paragraphs with their quoted words, each leading back to the card of who said
    them; a quote that overlaps one found before it is not marked twice."""
    anchors = {card.actor.id: card.anchor for card in shown}
    spans: dict[int, list[QuotedSpan]] = {}
    for quote in briefing.quotes:
        if not 1 <= quote.paragraph <= len(briefing.paragraphs) or not quote.text:
            continue
        start = briefing.paragraphs[quote.paragraph - 1].find(quote.text)
        taken = spans.setdefault(quote.paragraph, [])
        end = start + len(quote.text)
        if start >= 0 and not any(s.start < end and start < s.end for s in taken):
            taken.append(QuotedSpan(start, end, anchors.get(quote.speaker or "", UNATTRIBUTED)))
    return [SourceParagraph(number, text, tuple(sorted(spans.get(number, ()), key=lambda s: s.start)))
            for number, text in enumerate(briefing.paragraphs, 1)]


def _positions_by_actor(briefing: Briefing) -> list[tuple[Actor, list[Position]]]:
    grouped = _by_actor(briefing.positions, "actor")
    return [(actor, grouped[actor.id]) for actor in briefing.actors if actor.id in grouped]


# -- environment ---------------------------------------------------------------------------------

def template_folders(project: Project) -> list[Path]:
    """The folders searched for templates, in order."""
    return ([project.templates_dir] if project.templates_dir else []) + [DEFAULT_TEMPLATES]


class TemplateCode(jinja2.BytecodeCache):
    """Compiled templates kept from one render to the next, like Jinja's own bytecode caches but in
    memory, for the pipeline to store with its cache: compiling the templates takes longer than
    rendering the few pages one changed briefing needs. Jinja checks each template's source
    against the code it is given, and compiles it again when they differ.
    """

    def __init__(self, stored: dict[str, bytes] | None = None) -> None:
        self.stored = dict(stored or {})  # Jinja's key of each template → its code

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.stored.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.stored[bucket.key] = bucket.bytecode_to_string()


def make_environment(project: Project, code: TemplateCode | None = None) -> jinja2.Environment:
    """The Jinja environment: the site's templates first, then the defaults, also as ``!default/…``;
    `code` keeps the templates compiled."""
    default = jinja2.FileSystemLoader(DEFAULT_TEMPLATES)
    loaders: list[jinja2.BaseLoader] = []
    if project.templates_dir:
        loaders.append(jinja2.FileSystemLoader(project.templates_dir))
    loaders += [default, jinja2.PrefixLoader({DEFAULT_PREFIX: default}, delimiter="/")]
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=code,
    )
    env.filters.update({
        "date": format_date,
        "month_name": month_name,
        "link": _link,
        "paragraph_link": _paragraph_link,
        "trusted": _trusted,
        "marked": _marked,
        "html": rawhtml.escape_html,
        "marked_html": rawhtml.marked_html,
        "url": escape_url,
        "join": jinja2.pass_eval_context(_join),
    })
    env.globals.update({
        "briefing_path": briefing_path,
        "site_name": project.site_name,
        "site_url": project.site_url,
        "sections": tuple(project.sections),
        "feed_path": FEED_PATH if _writes_feed(project) else None,
        "data_path": DATA_PATH if "data" in project.sections else None,
    })
    return env


# -- what each template receives -----------------------------------------------------------------
# The one description of the template context: `render_pages` passes exactly these names (a test
# checks every value against its type), and the reference page and `briefings templates` print it.

@dataclass(frozen=True)
class Variable:
    name: str
    type: Any  # a type expression such as list[Briefing]
    doc: str


@dataclass(frozen=True)
class PageType:
    template: str
    pages: str  # where its pages go in the docs folder
    section: str | None  # the section that produces it; None: always produced
    doc: str
    variables: tuple[Variable, ...]


COMMON_VARIABLES = (
    Variable("page", str, "this page's path in the docs folder, such as `briefings/<id>.md`; the `link` "
             "filter makes links relative to it"),
    Variable("site_name", str, "`site_name` of mkdocs.yml"),
    Variable("site_url", str | None, "`site_url` of mkdocs.yml, if set"),
    Variable("sections", tuple[str, ...], "the sections the site produces (option `sections`)"),
    Variable("feed_path", str | None, f"`{FEED_PATH}` when the Atom feed is written (section `feed` and a "
             "`site_url`), else None"),
    Variable("data_path", str | None, f"`{DATA_PATH}` when the collection is written as JSON (section "
             "`data`), else None"),
    Variable("briefing_path", Callable[[str], str], "a briefing id → the path of its page"),
)

_BRIEFINGS = Variable("briefings", list[Briefing], "every briefing, newest first, undated ones last")
_ACTORS = Variable("actors", list[ActorRecord], "every named actor, by name (their pages exist with the "
                   "`actors` section)")
_TOPICS = Variable("topics", list[TopicRecord], "every topic with a page, by name")
_YEARS = Variable("years", list[ArchiveYear], "the dated briefings by year and month, newest first")
_UNDATED = Variable("undated", list[Briefing], "the briefings without a date")
_PAGINATION = Variable("pagination", Pagination, "where this page is among the pages of its list; the "
                       "`pagination` macro of `_macros.md.j2` shows it as a bar")

PAGE_TYPES = {
    "index": PageType("index.md.j2", "`index.md`", None, "The home page.", (
        Variable("briefing_count", int, "how many briefings the site has"),
        Variable("latest", list[Briefing], f"the {LATEST_COUNT} latest briefings, dated or not: by date (an "
                 "undated one by the day its file was saved), then by when they were saved"),
        Variable("main_actors", dict[str, list[ActorLink]], f"briefing id → its {MAIN_ACTORS} actors with the "
                 "most quotes and positions, for `latest`"),
    )),
    "briefing": PageType("briefing.md.j2", "`briefings/<id>.md`", "briefings", "One page per briefing.", (
        Variable("briefing", Briefing, "the briefing"),
        Variable("actor_paths", dict[str, str], "actor id → actor page, for named actors when the `actors` "
                 "section is on"),
        Variable("topic_paths", dict[str, str], "keyword → topic page, for the keywords whose topic has a page"),
        Variable("positions_by_actor", list[tuple[Actor, list[Position]]], "the positions grouped by actor, "
                 "in the order of `briefing.actors`"),
        Variable("key_quotes", list[Quote], "the quotes marked `key`"),
        Variable("cards", list[Card], "who said what: one card per actor who is quoted or holds a position, "
                 "those with the most of both first"),
        Variable("unattributed", list[Quote], f"the quotes without a known speaker (listed under the id "
                 f"`{UNATTRIBUTED}`)"),
        Variable("source", list[SourceParagraph], "the article's paragraphs with their quoted words, for the "
                 "`marked` filter"),
    )),
    "actor": PageType("actor.md.j2", f"`actors/<slug>.md`, then `actors/<slug>/2.md` and so on, "
                      f"{ACTOR_PAGE_SIZE} appearances a page", "actors",
                      "One page per named actor, more for an actor of many briefings.", (
        Variable("actor", ActorRecord, "the actor, joined across every briefing"),
        Variable("appearances", list[Appearance], f"this page's appearances, newest first: the briefings of "
                 f"up to {ACTOR_PAGE_SIZE} of `actor.briefing_ids`, with what the actor said and holds there"),
        Variable("timeline", Markup | None, "on the first page, a figure (static SVG and its caption in words) "
                 "with the dated appearances on a line of time and their stances as dots coloured by polarity; "
                 "None on later pages and with fewer than two dated appearances"),
        _PAGINATION,
    )),
    "actors": PageType("actors.md.j2", "`actors/index.md` and `actors/by-briefings.md`, then "
                       "`actors/index/2.md`, `actors/by-briefings/2.md` and so on, "
                       f"{INDEX_PAGE_SIZE} actors a page", "actors", "The list of actors, once per order.", (
        Variable("actors", list[ActorRecord], "this page's named actors, in its order"),
        Variable("order", str, "`name` or `briefings` (most briefings first)"),
        Variable("order_paths", dict[str, str], "each order → the first page listing the actors in it"),
        _PAGINATION,
    )),
    "archive": PageType("archive.md.j2", f"`{ARCHIVE_PATH}`, then `archive/2.md` and so on, "
                        f"{ARCHIVE_PAGE_SIZE} briefings a page", "archive",
                        "Every briefing by year and month, newest first.", (
        Variable("briefings", list[Briefing], "this page's briefings, newest first, undated ones last"),
        Variable("years", list[ArchiveYear], "this page's dated briefings by year and month; a month split "
                 "between two pages is on both"),
        Variable("undated", list[Briefing], "this page's briefings without a date"),
        Variable("overview", list[YearLinks], "every year and month of the archive, with the page each month "
                 "starts on"),
        Variable("undated_count", int, "the number of briefings without a date, on all pages"),
        Variable("undated_path", str | None, "the page the briefings without a date start on; None without any"),
        _PAGINATION,
    )),
    "topics": PageType("topics.md.j2", f"`{TOPICS_INDEX}`, then `topics/index/2.md` and so on, "
                       f"{INDEX_PAGE_SIZE} topics a page", "topics", "The list of topics that have a page.", (
        Variable("topics", list[TopicRecord], "this page's topics, by name"),
        _PAGINATION,
    )),
    "topic": PageType("topic.md.j2", f"`topics/<slug>.md`, then `topics/<slug>/2.md` and so on, "
                      f"{TOPIC_PAGE_SIZE} briefings a page", "topics",
                      "One page per topic (keyword) that enough briefings have (option `topic_min_briefings`).", (
        Variable("topic", TopicRecord, "the topic, with the ids of all its briefings"),
        Variable("briefings", list[Briefing], f"this page's briefings, newest first: those of up to "
                 f"{TOPIC_PAGE_SIZE} of `topic.briefing_ids`"),
        Variable("main_actors", dict[str, list[ActorLink]], f"briefing id → its {MAIN_ACTORS} actors with the "
                 "most quotes and positions, for `briefings`"),
        Variable("key_quotes", dict[str, list[KeyQuote]], f"briefing id → its first {TOPIC_KEY_QUOTES} key quotes, "
                 "for `briefings`"),
        _PAGINATION,
    )),
}

CUSTOM_PAGE = PageType(
    "your own pages", "the paths given in the `pages` option", None,
    "A page of your own, one line of the plugin's `pages` option, such as `people.md: people.md.j2`: "
    "its template receives the whole collection, so every briefing is loaded to render it again, which "
    "happens whenever any briefing changes.",
    (_BRIEFINGS, _ACTORS, _TOPICS, _YEARS, _UNDATED))

PAGE_TEMPLATES = {kind: page_type.template for kind, page_type in PAGE_TYPES.items()}

FILTERS = {
    "date": "a date (or None) → `24 February 2022` (or `undated`), the one date format of the site",
    "month_name": "a month number → its English name",
    "link": "a docs path, with an optional `#fragment` → a link relative to the current page",
    "paragraph_link": "`n|paragraph_link` → `[¶n](#p-n)`; `n|paragraph_link(page)` links to paragraph n "
                      "of the briefing page `page`",
    "url": "an http(s) URL for a link target; any other scheme is an error",
    "trusted": "prints a value as it is, unescaped: never use it on article text",
    "marked": "a `SourceParagraph` → its escaped text with the quoted words as links back to their card "
              "(class `briefings-quoted`)",
    "html": "a value as text inside a raw HTML block, where Markdown is not read (see `generator.rawhtml`); "
            "use it there instead of the Markdown escaping `{{ }}` does",
    "marked_html": "like `marked`, as HTML for a raw HTML block",
    "join": "like Jinja's, and escapes its items like `{{ }}` does",
}


# -- rendering -----------------------------------------------------------------------------------

def render_pages(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None,
                 register: Register | None = None, errors: list[TemplateError] | None = None
                 ) -> dict[str, str | None]:
    """Every generated page as ``{path relative to docs_dir: Markdown text}``; with `memo`, a page
    whose inputs did not change since the last render is not rendered and maps to None. Actors are
    joined across briefings by `generator.identity` under `register` (by default the project's).

    Each page is described by a key, a text made of everything its context is built from, with
    briefings and records as their tokens; the context itself, and the whole briefings in it, are
    made only for the pages rendered. With `errors`, a page whose template fails adds its error there
    (once per message) instead of stopping the render.
    """
    collection = Collection.of(briefings)
    entries = collection.entries
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise BuildError(f"two briefings have the id '{entry.id}'", hint="give each briefing its own id")
        seen.add(entry.id)
    env = make_environment(project, memo and memo.templates)
    sections = set(project.sections)
    identities = resolve(entries, load_register(project.register_file) if register is None else register)
    actors = (index_actors(entries, identities, memo and memo.actors) if "actors" in sections or project.pages
              else [])
    topics = (index_topics(entries, project.topic_min_briefings, identities) if "topics" in sections or project.pages
              else [])
    with_pages = {topic.slug for topic in topics} if "topics" in sections else set()
    by_id = {entry.id: entry for entry in entries}
    pages: dict[str, str | None] = {}

    def render(page: str, kind: str, key: str, context: Callable[[], dict[str, Any]],
               template: str | None = None) -> None:
        if _unchanged(memo, page, kind, key):
            pages[page] = None
            return
        try:
            pages[page] = _render_template(env, project, template or PAGE_TEMPLATES[kind], page=page, **context())
        except TemplateError as exc:
            if errors is None:
                raise
            if all(str(exc) != str(known) for known in errors):
                errors.append(exc)

    latest = latest_entries(collection)
    render("index.md", "index", f"{len(entries)} {_seen_tokens(latest, identities)}",
           partial(_index_context, collection, latest, len(entries), identities, "actors" in sections))
    if "briefings" in sections:
        for entry in entries:
            shown_topics = [slug for _, keyword in entry.topics if (slug := topic_slug(keyword)) in with_pages]
            render(briefing_path(entry.id), "briefing", f"{entry.token} {identities.token(entry)} {shown_topics}",
                   partial(_briefing_context, collection, entry, identities, sections, with_pages))
    if "actors" in sections:
        for order, ranked in (("name", actors), ("briefings", by_number_of_briefings(actors))):
            for path, pagination, part in paginate(ACTOR_ORDER_PATHS[order], ranked, INDEX_PAGE_SIZE):
                render(path, "actors", f"{order} {_place(pagination)} {tokens(part)}",
                       partial(dict, actors=part, order=order, order_paths=dict(ACTOR_ORDER_PATHS),
                               pagination=pagination))
        for record in actors:
            for path, pagination, ids in paginate(record.path, record.briefing_ids, ACTOR_PAGE_SIZE):
                shown = [by_id[i] for i in ids]
                render(path, "actor", f"{record.token} {_place(pagination)} {_seen_tokens(shown, identities)}",
                       partial(_actor_context, collection, identities, record, shown, pagination))
    if "archive" in sections:
        overview = archive_overview(entries, ARCHIVE_PAGE_SIZE)
        overview_token = token_of(overview)
        for path, pagination, part in paginate(ARCHIVE_PATH, entries, ARCHIVE_PAGE_SIZE):
            render(path, "archive", f"{overview_token} {_place(pagination)} {tokens(part)}",
                   partial(_archive_context, collection, part, overview, pagination))
    if "topics" in sections:
        for path, pagination, part in paginate(TOPICS_INDEX, topics, INDEX_PAGE_SIZE):
            render(path, "topics", f"{_place(pagination)} {tokens(part)}",
                   partial(dict, topics=part, pagination=pagination))
        for topic in topics:
            for path, pagination, ids in paginate(topic.path, topic.briefing_ids, TOPIC_PAGE_SIZE):
                shown = [by_id[i] for i in ids]
                render(path, "topic", f"{topic.token} {_place(pagination)} {_seen_tokens(shown, identities)}",
                       partial(_topic_context, collection, identities, topic, shown, pagination,
                               "actors" in sections))
    taken = {_page_key(page) for page in (*pages, TEMPLATES_PAGE, SCHEMA_PAGE)}
    for page, template in project.pages:
        if _page_key(page) in taken:
            raise BuildError(f"the page '{page}' of the pages option is also a generated page",
                             path=project.config_file, hint="choose another path for it")
        # A page of the user's own is fingerprinted under its template's name, as it has no kind.
        render(page, template, f"{tokens(entries)} / {tokens(actors)} / {tokens(topics)}",
               partial(_collection_context, collection, actors, topics), template=template)
    pages[TEMPLATES_PAGE] = template_reference()
    pages[SCHEMA_PAGE] = schema_page()
    return pages


def latest_entries(collection: Collection) -> list[Entry]:
    """The `LATEST_COUNT` latest briefings for the home page, dated or not: by date, an undated one
    dated by the day its file was saved, then by when its file was saved (as the feed counts it)."""
    saved = _saved_times(collection)

    def when(entry: Entry) -> tuple[int, int]:
        seconds = saved(entry)
        day = entry.date.toordinal() if entry.date else _EPOCH_DAY + seconds // 86400 if seconds else 0
        return day, seconds

    return sorted(collection.entries, key=when, reverse=True)[:LATEST_COUNT]


def _place(pagination: Pagination) -> str:
    # All a pagination holds follows from these and the page's path.
    return f"{pagination.number}/{pagination.count}/{pagination.total}"


def _seen_tokens(entries: Sequence[Entry], identities: Identities) -> str:
    """The tokens of `entries` with what the identity view makes of their actors."""
    return " ".join(f"{entry.token} {identities.token(entry)}" for entry in entries)


def _index_context(collection: Collection, latest: list[Entry], count: int, identities: Identities,
                   linked: bool) -> dict[str, Any]:
    shown = collection.briefings(latest)
    return dict(briefing_count=count, latest=shown,
                main_actors={b.id: main_actors(b, actor_pages(b, e, identities), identities, linked)
                             for b, e in zip(shown, latest)})


def _briefing_context(collection: Collection, entry: Entry, identities: Identities,
                      sections: set[str], with_pages: set[str]) -> dict[str, Any]:
    briefing = collection.briefing(entry.id)
    context = dict(
        briefing=briefing,
        actor_paths=({actor_id: actor_path(key) for actor_id, key in actor_pages(briefing, entry, identities).items()
                      if key is not None} if "actors" in sections else {}),
        topic_paths={k: topic_path(slug) for k in briefing.keywords if (slug := topic_slug(k)) in with_pages},
        positions_by_actor=_positions_by_actor(briefing),
        key_quotes=[q for q in briefing.quotes if q.key])
    shown = cards(briefing, context["actor_paths"])
    known = {a.id for a in briefing.actors}
    return dict(context, cards=shown, source=source_paragraphs(briefing, shown),
                unattributed=[q for q in briefing.quotes if q.speaker not in known])


def _actor_context(collection: Collection, identities: Identities, record: ActorRecord, shown: list[Entry],
                   pagination: Pagination) -> dict[str, Any]:
    appearances = []
    for entry in shown:
        briefing = collection.briefing(entry.id)
        pages = actor_pages(briefing, entry, identities)
        # A briefing may name the actor twice ("Lund Ekdal", "Maria Lund Ekdal"): its
        # quotes and positions are all the actor's; the first named with a role stands for it.
        own = [a for a in briefing.actors if a.named and pages.get(a.id) == record.slug]
        ids = {a.id for a in own}
        appearances.append(Appearance(briefing, next((a for a in own if a.role), own[0]),
                                      tuple(q for q in briefing.quotes if q.speaker in ids),
                                      tuple(p for p in briefing.positions if p.actor in ids)))
    shown_timeline = (timeline([(a.briefing.date, a.positions) for a in appearances])
                      if pagination.number == 1 else None)
    return dict(actor=record, appearances=appearances, pagination=pagination, timeline=shown_timeline)


def _archive_context(collection: Collection, part: list[Entry], overview: tuple[list[YearLinks], str | None, int],
                     pagination: Pagination) -> dict[str, Any]:
    briefings = collection.briefings(part)
    years, undated = archive_years(briefings)
    months, undated_path, undated_count = overview
    return dict(briefings=briefings, years=years, undated=undated, overview=months, undated_count=undated_count,
                undated_path=undated_path, pagination=pagination)


def _topic_context(collection: Collection, identities: Identities, topic: TopicRecord, shown: list[Entry],
                   pagination: Pagination, linked: bool) -> dict[str, Any]:
    briefings = collection.briefings(shown)
    actors, quotes = {}, {}
    for briefing, entry in zip(briefings, shown):
        pages = actor_pages(briefing, entry, identities)
        actors[briefing.id] = main_actors(briefing, pages, identities, linked)
        quotes[briefing.id] = [KeyQuote(q, _speaker(briefing, q, pages, identities, linked))
                               for q in briefing.quotes if q.key][:TOPIC_KEY_QUOTES]
    return dict(topic=topic, briefings=briefings, main_actors=actors, key_quotes=quotes, pagination=pagination)


def _speaker(briefing: Briefing, quote: Quote, pages: dict[str, str | None], identities: Identities,
             linked: bool) -> ActorLink | None:
    actor = briefing.actor(quote.speaker)
    if actor is None:
        return None
    key = pages.get(actor.id)
    return ActorLink(actor.name, actor_path(key) if key and linked else None)


def _collection_context(collection: Collection, actors: list[ActorRecord],
                        topics: list[TopicRecord]) -> dict[str, Any]:
    briefings = collection.briefings(collection.entries)
    years, undated = archive_years(briefings)
    return dict(briefings=briefings, actors=actors, topics=topics, years=years, undated=undated)


def _unchanged(memo: PageMemo | None, page: str, kind: str, key: str) -> bool:
    """Whether `memo` knows `page`, rendered from what `key` stands for, to be as the last render wrote it."""
    return memo is not None and memo.unchanged(page, kind, key)


class PageMemo:
    """What each page was rendered from, so that a page whose inputs did not change is not rendered.

    A page's fingerprint digests its key (see `render_pages`) with `salt` (the settings, templates
    and code all pages depend on). `previous` holds the fingerprints of the last render for the pages whose files are still as it
    left them; `current` collects this render's. `actors` and `templates` keep actor records and
    compiled templates from one render to the next.
    """

    def __init__(self, previous: dict[str, str], salt: str,
                 data_lines: tuple[tuple[str, int, int], ...] = (), actors: ActorMemo | None = None,
                 templates: TemplateCode | None = None) -> None:
        self.previous = previous
        self.actors = actors or ActorMemo()
        self.templates = templates or TemplateCode()
        self.current: dict[str, str] = {}
        # The lines of the JSON data file as the last render wrote it (empty when unknown) and as
        # this render writes it: the token of each line's briefing, and where the line starts and ends.
        self.data_lines = data_lines
        self.current_data_lines: tuple[tuple[str, int, int], ...] = ()
        self._salt = salt

    def unchanged(self, page: str, kind: str, key: str) -> bool:
        """Whether `page` rendered from `key` would be the page the last render wrote."""
        fingerprint = hashlib.blake2b(f"{self._salt}\0{kind}\0{key}".encode(), digest_size=16).hexdigest()
        self.current[page] = fingerprint
        return self.previous.get(page) == fingerprint


def _render_template(env: jinja2.Environment, project: Project, name: str, **context: Any) -> str:
    try:
        text = env.get_template(name).render(**context)
    except Exception as exc:
        raise _template_error(exc, project, name, env) from exc
    text = safe_headings(text)
    return text if text.endswith("\n") else text + "\n"


def _template_error(exc: Exception, project: Project, name: str, env: jinja2.Environment) -> TemplateError:
    folders = _searched_folders(project)
    if isinstance(exc, jinja2.TemplatesNotFound):
        missing = ", ".join(repr(n) for n in exc.templates)
        return TemplateError(f"template {missing} not found (needed by '{name}'); searched {folders}",
                             hint="create it in the templates folder or fix the name")
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(f"template '{exc.name}' not found (needed by '{name}'); searched {folders}",
                             hint="create it in the templates folder or fix the name")
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateError(f"template '{exc.name or name}': syntax error: {exc.message}",
                             path=exc.filename, line=exc.lineno, hint="fix the Jinja syntax")
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    filename, line = _template_frame(exc.__traceback__, env)
    shown = _template_name(filename, project) if filename else name
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(f"template '{shown}': {exc.message}", path=filename, line=line,
                             hint="the template context of each page is listed in the README")
    if isinstance(exc, jinja2.sandbox.SecurityError):
        return TemplateError(f"template '{shown}': refused by the sandbox: {str(exc).rstrip('.')}",
                             path=filename, line=line, hint=_SANDBOX_HINT)
    return TemplateError(f"template '{shown}': {type(exc).__name__}: {exc}", path=filename, line=line)


def _searched_folders(project: Project) -> str:
    return ", ".join(str(f) for f in template_folders(project))


def _template_frame(tb: TracebackType | None, env: jinja2.Environment) -> tuple[str | None, int | None]:
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or "<template>" in filename:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _template_name(filename: str, project: Project) -> str:
    for folder, prefix in ((project.templates_dir, ""), (DEFAULT_TEMPLATES, DEFAULT_PREFIX + "/")):
        if folder is None:
            continue
        try:
            return prefix + Path(filename).resolve().relative_to(Path(folder).resolve()).as_posix()
        except ValueError:
            continue
    return filename


_SANDBOX_HINT = ("a template may read the values it receives, but not their attributes that begin with '_' "
                 "nor change its lists and dicts")


def check_templates(project: Project) -> list[TemplateError]:
    """Compile every template, check its extends/imports/includes exist and that it reads no attribute
    the sandbox refuses; one error per problem."""
    env = make_environment(project)
    errors: list[TemplateError] = []
    names = sorted(n for n in env.list_templates() if n.endswith(".j2"))
    known = set(names)
    for kind, name in PAGE_TEMPLATES.items():
        if name not in known:
            errors.append(_template_error(jinja2.TemplateNotFound(name), project, f"the {kind} page", env))
    for page, name in project.pages:
        if name not in known:
            errors.append(_template_error(jinja2.TemplateNotFound(name), project, f"the page {page}", env))
    for name in names:
        if name.startswith(DEFAULT_PREFIX + "/"):
            continue  # the same files as the unprefixed defaults
        try:
            source, filename, _ = env.loader.get_source(env, name)
            ast = env.parse(source, name, filename)
            env.compile(ast, name, filename)
        except Exception as exc:
            errors.append(_template_error(exc, project, name, env))
            continue
        for ref in jinja2.meta.find_referenced_templates(ast):
            if ref is not None and ref not in known:
                errors.append(TemplateError(
                    f"template '{name}' refers to '{ref}', which does not exist; searched "
                    f"{_searched_folders(project)}", path=filename))
        errors += [TemplateError(f"template '{name}': reads the attribute '{attribute}', which the sandbox refuses",
                                 path=filename, line=line, hint=_SANDBOX_HINT)
                   for attribute, line in _private_attributes(ast)]
        errors += _unknown_blocks(env, name, ast, filename)
    if not errors:
        errors += _sample_render_errors(project)
    return errors


def _unknown_blocks(env: jinja2.Environment, name: str, ast: jinja2.nodes.Template, filename: str | None
                    ) -> list[TemplateError]:
    """A template that extends another and fills a block the other does not have: Jinja ignores it
    without a word, so what its author wrote never shows."""
    extends = next(ast.find_all(jinja2.nodes.Extends), None)
    if extends is None or not isinstance(extends.template, jinja2.nodes.Const):
        return []
    parent = str(extends.template.value)
    try:
        known = _blocks_of(env, parent, set())
    except jinja2.TemplateError:
        return []  # a missing or broken parent is reported on its own
    return [TemplateError(f"template '{name}' fills the block '{block.name}', which '{parent}' does not have "
                          f"(its blocks: {', '.join(sorted(known)) or 'none'})", path=filename, line=block.lineno,
                          hint="fix the block's name; the Templates page lists each default template's blocks")
            for block in ast.find_all(jinja2.nodes.Block) if block.name not in known]


def _blocks_of(env: jinja2.Environment, name: str, seen: set[str]) -> set[str]:
    """The blocks template `name` and the templates it extends define."""
    if name in seen:
        return set()
    seen.add(name)
    source, filename, _ = env.loader.get_source(env, name)
    ast = env.parse(source, name, filename)
    blocks = {block.name for block in ast.find_all(jinja2.nodes.Block)}
    extends = next(ast.find_all(jinja2.nodes.Extends), None)
    if extends is not None and isinstance(extends.template, jinja2.nodes.Const):
        blocks |= _blocks_of(env, str(extends.template.value), seen)
    return blocks


def _sample_render_errors(project: Project) -> list[TemplateError]:
    """Every page type rendered from the project's templates against a small invented collection with
    every section on, so that an unknown name or attribute fails here rather than in a build."""
    sample = dataclasses.replace(project, sections=tuple(SECTIONS), topic_min_briefings=1,
                                 site_url=project.site_url or "https://example.org/")
    errors: list[TemplateError] = []
    render_pages(sample, sample_briefings(), register=Register(), errors=errors)
    for error in errors:
        error.message += " (rendering a sample collection)"
    return errors


def _private_attributes(node: jinja2.nodes.Node) -> list[tuple[str, int]]:
    """The attributes beginning with "_" that a template names, with their lines: the sandbox refuses
    them on every value, so they are errors before any page is rendered. Of a chain such as
    ``a.__b.__c`` only the first is named, as rendering stops there. (Other refusals, such as of an
    attribute named by a variable, show when rendering, with the template's line too.)"""
    found = [item for child in node.iter_child_nodes() for item in _private_attributes(child)]
    if isinstance(node, jinja2.nodes.Getattr):
        attribute = node.attr
    elif isinstance(node, jinja2.nodes.Getitem) and isinstance(node.arg, jinja2.nodes.Const):
        attribute = node.arg.value
    elif isinstance(node, jinja2.nodes.Filter) and node.name == "attr" and node.args \
            and isinstance(node.args[0], jinja2.nodes.Const):
        attribute = node.args[0].value
    else:
        return found
    if not found and isinstance(attribute, str) and attribute.startswith("_"):
        found.append((attribute, node.lineno))
    return found


# -- the template reference ------------------------------------------------------------------------

def type_name(tp: Any) -> str:
    """A type expression as template authors read it: ``list[Briefing]``, ``str | None``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(type_name(a) for a in args)
    if origin is Callable:
        parameters, result = args
        return f"function({', '.join(type_name(a) for a in parameters)}) -> {type_name(result)}"
    if origin is not None:
        return f"{origin.__name__}[{', '.join('...' if a is Ellipsis else type_name(a) for a in args)}]"
    return "None" if tp is type(None) else tp.__name__


def _documented_types() -> list[type]:
    """Every dataclass reachable from the template variables, in the order first met."""
    found: dict[type, None] = {}

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            if arg is not Ellipsis and not isinstance(arg, list):
                visit(arg)
        if dataclasses.is_dataclass(tp) and tp not in found:
            found[tp] = None
            for _, hint, _ in _attributes(tp):
                visit(hint)

    for page_type in (*PAGE_TYPES.values(), CUSTOM_PAGE):
        for variable in (*COMMON_VARIABLES, *page_type.variables):
            visit(variable.type)
    return list(found)


def _attributes(cls: type) -> list[tuple[str, Any, str]]:
    """The attributes a template can read of a dataclass: its public fields, then its properties
    (with their docstrings); each as (name, type, doc)."""
    found = [(name, hint, "") for name, hint in typing.get_type_hints(cls).items() if not name.startswith("_")]
    for name, member in vars(cls).items():
        if isinstance(member, (property, cached_property)) and not name.startswith("_"):
            getter = member.fget if isinstance(member, property) else member.func
            found.append((name, typing.get_type_hints(getter)["return"], inspect.getdoc(getter) or ""))
    return found


def _variable_lines(variables: Iterable[Variable]) -> list[str]:
    return [f"- `{v.name}` (`{type_name(v.type)}`): {v.doc}" for v in variables]


def template_reference() -> str:
    """The template context as a Markdown page: variables per template, filters, and the object types."""
    lines = [
        "# Templates",
        "",
        "Every page of this site is rendered from a Jinja template. This page lists what each template "
        "receives, with its type; it is generated from the code, and `briefings templates` prints it. "
        "Everything a template prints with `{{ }}` is escaped for Markdown and HTML. The fields of a "
        "briefing are described on the briefing format page (`schema.md`).",
        "",
        "## Every template",
        "",
        *_variable_lines(COMMON_VARIABLES),
        "",
    ]
    lines += [
        "## Extending a default template",
        "",
        ("Each default template is made of named blocks. A template of yours with the same name can extend "
         "the default and replace only some of them, using the macros of `_macros.md.j2` (imported as `m`). "
         "`briefings check` names a block the default does not have, and renders every template against "
         "a small sample collection, so that a misspelt name or attribute is caught before a build."),
        "",
        '    {% extends "!default/briefing.md.j2" %}',
        "    {% block summary %}",
        "    ## In short",
        "",
        "    {{ briefing.summary }} {{ m.date_prefix(briefing) }}",
        "",
        "    {% endblock %}",
        "",
    ]
    for page_type in (*PAGE_TYPES.values(), CUSTOM_PAGE):
        section = f" (section `{page_type.section}`)" if page_type.section else ""
        blocks = default_blocks(page_type.template) if page_type is not CUSTOM_PAGE else []
        lines += [f"## {page_type.template}", "",
                  f"{page_type.doc} Pages: {page_type.pages}{section}.", "",
                  *([f"Blocks, in order: {', '.join(f'`{b}`' for b in blocks)}.", ""] if blocks else []),
                  *_variable_lines(page_type.variables), ""]
    lines += ["## Filters", "", *(f"- `{name}`: {doc}" for name, doc in FILTERS.items()), "", "## Types", ""]
    for cls in _documented_types():
        doc = inspect.getdoc(cls) or ""
        if doc.startswith(f"{cls.__name__}("):  # the signature dataclasses make up without a docstring
            doc = ""
        lines += [f"### {cls.__name__}", "", *([doc, ""] if doc else [])]
        lines += [f"- `{name}` (`{type_name(hint)}`){f': {doc}' if doc else ''}"
                  for name, hint, doc in _attributes(cls)]
        for name, member in vars(cls).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                signature = str(inspect.signature(member)).replace("'", "").replace("(self, ", "(")
                lines.append(f"- `{name}{signature}` (method)")
        lines.append("")
    return "\n".join(lines)


def default_blocks(template: str) -> list[str]:
    """The blocks of default template `template`, in the order they are written."""
    source = (DEFAULT_TEMPLATES / template).read_text(encoding="utf-8")
    ast = jinja2.Environment().parse(source)
    return [block.name for block in ast.find_all(jinja2.nodes.Block)]


def describe_templates(project: Project) -> str:
    """Which templates the site overrides or adds, then the template reference."""
    defaults = set(jinja2.FileSystemLoader(DEFAULT_TEMPLATES).list_templates())
    lines = []
    if project.templates_dir:
        mine = sorted(jinja2.FileSystemLoader(project.templates_dir).list_templates())
        pages_of = {}
        for page, template in project.pages:
            pages_of.setdefault(template, []).append(page)
        lines.append(f"Your templates, in {project.relative(project.templates_dir)} (searched first):")
        for name in mine:
            if name in defaults:
                role = "overrides the default"
            elif name in pages_of:
                role = "renders " + ", ".join(pages_of[name])
            else:
                role = "yours (included or extended by others)"
            lines.append(f"  {name}: {role}")
        if not mine:
            lines.append("  none")
    else:
        lines.append("No templates_dir in mkdocs.yml: every page uses the default templates.")
    lines += [f"Default templates, in {DEFAULT_TEMPLATES}: {', '.join(sorted(defaults))}", "", ""]
    return "\n".join(lines) + template_reference()


# -- feed and data ---------------------------------------------------------------------------------

SCHEMA_DIR = "schema"  # where the site publishes the JSON Schemas shipped in `generator.schema`
_DATA_END = b"]}\n"
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot hold at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _writes_feed(project: Project) -> bool:
    return "feed" in project.sections and bool(project.site_url)


def render_files(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None
                 ) -> dict[str, Data | None]:
    """The files of the site that are not pages: the JSON Schemas of the briefing, the Atom feed and
    the collection as JSON; with `memo`, None for a file whose inputs did not change."""
    collection = Collection.of(briefings)
    entries = collection.entries
    files: dict[str, Data | None] = {f"{SCHEMA_DIR}/{name}": (SCHEMA_FOLDER / name).read_bytes()
                                     for name in SCHEMA_FILES}
    if _writes_feed(project):
        shown = feed_entries(collection)
        # The times are part of the key: a file saved again, or another SOURCE_DATE_EPOCH, changes
        # an entry's `updated` but not the briefing's token.
        if _unchanged(memo, FEED_PATH, "feed", " ".join(f"{entry.token}@{updated}" for entry, updated in shown)):
            files[FEED_PATH] = None
        else:
            files[FEED_PATH] = atom_feed(project, [(collection.briefing(entry.id), updated)
                                                   for entry, updated in shown])
    if "data" in project.sections:
        updated = _updated_times(collection)
        generated = _atom_time(max(map(updated, entries))) if entries else None
        if _unchanged(memo, DATA_PATH, "data", f"{generated} {tokens(entries)}"):
            files[DATA_PATH] = None
        else:
            files[DATA_PATH] = _data_file(project, collection, generated, memo)
    return files


def _data_file(project: Project, collection: Collection, generated: str | None, memo: PageMemo | None
               ) -> list[bytes | FileRange]:
    """The collection as JSON, one briefing per line inside the envelope's, in pieces to write one
    after another.

    One line per briefing is as easy to diff as indented JSON, and written by the json module's C
    encoder, which indenting would swap for its Python one (10 times slower). The lines of briefings
    that did not change are ranges of the file the last render wrote, when `memo` knows it intact:
    one edit in thousands of briefings neither loads them all nor reads the whole file.
    """
    head = f'{{"schema": {SCHEMA_VERSION}, "generated": {json.dumps(generated)}, "briefings": ['.encode()
    if not collection.entries:
        return [head + _DATA_END]
    old: dict[str, tuple[int, int, int]] = {}  # token → (line number, start, end) in the old file
    source = project.docs_dir / DATA_PATH
    if memo is not None and memo.data_lines:
        try:
            size = source.stat().st_size
        except OSError:
            size = -1
        if size == memo.data_lines[-1][2] + len(_DATA_END) + 1:  # the line break before the end
            old = {token: (number, start, end) for number, (token, start, end) in enumerate(memo.data_lines)}
    pieces: list[bytes | FileRange] = [head + b"\n"]
    lines: list[tuple[str, int, int]] = []
    run: tuple[int, int, int] | None = None  # the old lines being copied: first start, last number, last end
    position = len(pieces[0])
    for entry in collection.entries:
        found = old.get(entry.token)
        if found is not None and run is not None and found[0] == run[1] + 1:
            run = (run[0], found[0], found[2])  # the next line of the old file: the same range, longer
        else:
            if run is not None:
                pieces.append(FileRange(source, run[0], run[2]))
            if lines:
                pieces.append(b",\n")
            if found is None:
                run = None
                pieces.append(briefing_to_json(collection.briefing(entry.id)).encode("utf-8"))
            else:
                run = (found[1], found[0], found[2])
        length = found[2] - found[1] if found is not None else len(pieces[-1])
        lines.append((entry.token, position, position + length))
        position += length + 2
    if run is not None:
        pieces.append(FileRange(source, run[0], run[2]))
    pieces.append(b"\n" + _DATA_END)
    if memo is not None:
        memo.current_data_lines = tuple(lines)
    return pieces


_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()


def feed_entries(collection: Collection) -> list[tuple[Entry, int]]:
    """The `FEED_COUNT` briefings updated last, each with its `updated` time (seconds since 1970),
    the latest first; ties in the collection's order."""
    updated = _updated_times(collection)
    timed = [(entry, updated(entry)) for entry in collection.entries]
    return sorted(timed, key=lambda pair: -pair[1])[:FEED_COUNT]


def _updated_times(collection: Collection) -> Callable[[Entry], int]:
    """A briefing's `updated` time (seconds since 1970): the later of its date (at midnight UTC) and
    its file's modification time, so that a correction shows in feed readers and an undated briefing
    has a time too. Under SOURCE_DATE_EPOCH, file times later than it count as it, so the same files
    and the same value make the same feed and data. A briefing that is no file (built in memory) has
    its date, or 1970-01-01."""
    saved = _saved_times(collection)

    def updated(entry: Entry) -> int:
        dated = (entry.date.toordinal() - _EPOCH_DAY) * 86400 if entry.date else 0
        return max(dated, saved(entry))

    return updated


def _saved_times(collection: Collection) -> Callable[[Entry], int]:
    """When a briefing's file was last saved (seconds since 1970; 0 for one that is no file), no
    later than SOURCE_DATE_EPOCH when it is set."""
    clamp = source_date_epoch()

    def saved(entry: Entry) -> int:
        modified = collection.modified.get(entry.id, 0)
        return modified if clamp is None else min(modified, clamp)

    return saved


def atom_feed(project: Project, entries: list[tuple[Briefing, int]]) -> bytes:
    """`entries` (briefings with their `updated` times, the latest first) as an Atom 1.0 feed with
    absolute links.

    The feed's `updated` is its latest entry's, not the time of rendering, so that an unchanged
    collection keeps its bytes.
    """
    base = str(project.site_url).rstrip("/") + "/"

    def add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
        element = ET.SubElement(parent, tag, {k: _NOT_XML.sub("", v) for k, v in attributes.items()})
        if text is not None:
            element.text = _NOT_XML.sub("", text)
        return element

    feed = ET.Element("feed", xmlns=ATOM)
    add(feed, "id", base + FEED_PATH)
    add(feed, "title", project.site_name)
    add(feed, "updated", _atom_time(entries[0][1] if entries else 0))
    add(feed, "link", rel="self", type="application/atom+xml", href=base + FEED_PATH)
    add(feed, "link", rel="alternate", type="text/html", href=base)
    add(add(feed, "author"), "name", project.site_name)
    for briefing, updated in entries:
        url = base + _site_url_path(briefing_path(briefing.id))
        entry = add(feed, "entry")
        add(entry, "id", url)
        add(entry, "title", briefing.title)
        add(entry, "updated", _atom_time(updated))
        add(entry, "link", rel="alternate", type="text/html", href=url)
        add(entry, "summary", briefing.summary)
        for keyword in briefing.keywords:
            add(entry, "category", term=keyword)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _atom_time(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _site_url_path(page: str) -> str:
    # MkDocs' default use_directory_urls: briefings/x.md is served at briefings/x/.
    return urllib.parse.quote(page.removesuffix(".md") + "/")


# -- writing -------------------------------------------------------------------------------------

@dataclass
class RenderReport:
    """What `render` did to the docs folder; paths are relative to it."""

    docs_dir: Path
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)

    def describe(self) -> str:
        return f"{len(self.written)} written, {len(self.unchanged)} unchanged, {len(self.removed)} removed"


def render(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None,
           on_disk: Iterable[str] | None = None, register: Register | None = None) -> RenderReport:
    """Render the briefings, the feed and data and the hand-written pages into ``project.docs_dir``,
    changing only what changed; with `memo`, pages whose inputs did not change are not even rendered.
    `on_disk`, the files the docs folder holds, spares walking it; `register` is the project's
    register of actors, read from its file when not given."""
    collection = Collection.of(briefings)
    pages = render_pages(project, collection, memo, register)
    wanted: dict[str, Data | None] = {path: None if text is None else text.encode("utf-8")
                                       for path, text in pages.items()}
    wanted.update(render_files(project, collection, memo))
    by_key = {_page_key(path): path for path in wanted}
    for path, data in hand_written_pages(project).items():
        clash = by_key.get(_page_key(path))
        if clash is not None:
            raise BuildError(f"the hand-written page {project.relative(project.pages_dir / path)} and the "
                             f"generated page {clash} would both be {path} in the docs folder",
                             hint="rename or remove the hand-written page")
        wanted[path] = data
    return sync_folder(project, wanted, on_disk)


def _page_key(path: str) -> str:
    # Case-folded, as two names that differ by case are one file on macOS and Windows; and MkDocs
    # makes a README.md the index page of its folder.
    folder, slash, name = path.casefold().rpartition("/")
    return f"{folder}{slash}index.md" if name == "readme.md" else path.casefold()


def hand_written_pages(project: Project) -> dict[str, bytes]:
    """The files of ``pages_dir`` (hidden ones left out, as MkDocs ignores them) by relative path."""
    if project.pages_dir is None or not project.pages_dir.is_dir():
        return {}
    found = {}
    for path in sorted(project.pages_dir.rglob("*")):
        relative = path.relative_to(project.pages_dir)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found[relative.as_posix()] = path.read_bytes()
    return found


def sync_folder(project: Project, wanted: dict[str, Data | None],
                on_disk: Iterable[str] | None = None) -> RenderReport:
    """Make ``docs_dir`` hold exactly `wanted` (plus the marker), touching only files that differ;
    None stands for a file known to be up to date. `on_disk` lists the files it holds, when known."""
    docs = project.docs_dir
    _check_docs_dir(project)
    report = RenderReport(docs_dir=docs)
    try:
        docs.mkdir(parents=True, exist_ok=True)
        marker = docs / MARKER
        write_if_changed(marker, b"Generated by briefings: every file in this folder is rewritten or "
                                 b"deleted on each render.\n")
        for path, data in sorted(wanted.items()):
            written = data is not None and write_if_changed(docs / path, data)
            (report.written if written else report.unchanged).append(path)
        existing, folders = (_walk(docs) if on_disk is None else (on_disk, set()))
        report.removed = sorted(p for p in existing if p != MARKER and p not in wanted)
        for relative in report.removed:
            (docs / relative).unlink(missing_ok=True)
            folders.update(Path(relative).parents)
        # The deepest first, so that a folder emptied of empty folders goes too.
        for folder in sorted(folders - {Path(".")}, key=lambda f: len(f.parts), reverse=True):
            if (docs / folder).is_dir() and not any((docs / folder).iterdir()):
                (docs / folder).rmdir()
    except OSError as exc:
        raise BuildError(f"cannot write the pages: {exc.strerror or exc}", path=exc.filename or docs) from exc
    return report


def _walk(folder: Path) -> tuple[list[str], set[Path]]:
    """The files under `folder` and its subfolders, relative to it."""
    files, folders = [], set()
    for current, _, names in os.walk(folder):
        relative = Path(current).relative_to(folder)
        folders.add(relative)
        files += [(relative / name).as_posix() for name in names]
    return files, folders


def _check_docs_dir(project: Project) -> None:
    docs = project.docs_dir.resolve()
    hint = "set docs_dir in mkdocs.yml to a folder of its own, such as build/docs"
    if docs.exists() and not docs.is_dir():
        raise BuildError("docs_dir is not a folder", path=docs, hint=hint)
    for name, folder in (("the project folder", project.root), ("pages_dir", project.pages_dir),
                         ("content_dir", project.content_dir), ("seeds_dir", project.seeds_dir),
                         ("templates_dir", project.templates_dir)):
        if folder is None:
            continue
        folder = Path(folder).resolve()
        if docs == folder or docs in folder.parents or (name != "the project folder" and folder in docs.parents):
            raise BuildError(f"docs_dir overlaps {name} ({folder}); rendering would delete its files",
                             path=docs, hint=hint)
    if docs.is_dir() and not (docs / MARKER).exists() and any(docs.iterdir()):
        raise BuildError(f"docs_dir is not empty and was not made by briefings (no {MARKER} file); "
                         "refusing to delete its files", path=docs,
                         hint=f"{hint}, or empty the folder if its files can go")
