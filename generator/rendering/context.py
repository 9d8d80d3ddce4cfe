"""The one description of the template context: `render_pages` passes exactly these names (a test
checks every value against its type), and the reference page and `briefings templates` print it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ..config import FEED_PATH
from ..indexing import ARCHIVE_PATH, TOPICS_INDEX, ActorRecord, ArchiveYear, TopicRecord, YearLinks
from ..schema import Actor, Briefing, Position, Quote
from .data import DATA_PATH
from .models import MAIN_ACTORS, UNATTRIBUTED, ActorLink, Appearance, Card, KeyQuote, SourceParagraph
from .paging import Pagination

LATEST_COUNT = 10  # briefings on the home page
TOPIC_KEY_QUOTES = 2  # key quotes shown with each briefing of a topic
# Lists that grow with the collection are split into pages of about these sizes, so that no page does.
ACTOR_PAGE_SIZE = 10  # appearances per actor page
TOPIC_PAGE_SIZE = 20  # briefings per topic page
ARCHIVE_PAGE_SIZE = 50  # briefings per archive page
INDEX_PAGE_SIZE = 100  # actors or topics per page of their lists


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
                       "`pagination` macro of `_macros.md.j2` shows it as a bar. Later pages keep their bytes as "
                       "the list grows (see Pagination), so a template should print counts on the first only")
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
    "actor": PageType("actor.md.j2", f"`actors/<slug>.md` with the newest appearances, older ones on pages "
                      f"such as `actors/<slug>/2021-03-14.md`, about {ACTOR_PAGE_SIZE} appearances a page", "actors",
                      "One page per named actor, more for an actor of many briefings.", (
        Variable("actor", ActorRecord, "the actor, joined across every briefing"),
        Variable("appearances", list[Appearance], "this page's appearances, newest first: the briefings of "
                 "its part of `actor.briefing_ids`, with what the actor said and holds there"),
        Variable("timeline", Markup | None, "on the first page, a figure (static SVG and its caption in words) "
                 "with the dated appearances on a line of time and their stances as dots coloured by polarity; "
                 "None on later pages and with fewer than two dated appearances"),
        _PAGINATION,
    )),
    "actors": PageType("actors.md.j2", "`actors/index.md` (by number of briefings) and `actors/by-name.md`, "
                       "then pages such as `actors/index/<slug>.md` named after the actor they start with, "
                       f"about {INDEX_PAGE_SIZE} actors a page", "actors", "The list of actors, once per order.", (
        Variable("actors", list[ActorRecord], "this page's named actors, in its order"),
        Variable("order", str, "`name` or `briefings` (most briefings first)"),
        Variable("order_paths", dict[str, str], "each order → the first page listing the actors in it"),
        _PAGINATION,
    )),
    "archive": PageType("archive.md.j2", f"`{ARCHIVE_PATH}` with the newest briefings, older ones on pages such "
                        f"as `archive/2021-03-14.md`, about {ARCHIVE_PAGE_SIZE} briefings a page", "archive",
                        "Every briefing by year and month, newest first.", (
        Variable("briefings", list[Briefing], "this page's briefings, newest first, undated ones last"),
        Variable("years", list[ArchiveYear], "this page's dated briefings by year and month; a month split "
                 "between two pages is on both"),
        Variable("undated", list[Briefing], "this page's briefings without a date"),
        Variable("overview", list[YearLinks], "on the first page, every year and month of the archive, with "
                 "the page each month starts on; empty on later pages"),
        Variable("undated_count", int, "on the first page, the number of briefings without a date; 0 on later "
                 "pages"),
        Variable("undated_path", str | None, "on the first page, the page the briefings without a date start "
                 "on; None without any and on later pages"),
        _PAGINATION,
    )),
    "topics": PageType("topics.md.j2", f"`{TOPICS_INDEX}`, then pages such as `topics/index/<slug>.md` named "
                       f"after the topic they start with, about {INDEX_PAGE_SIZE} topics a page", "topics", "The list of topics that have a page.", (
        Variable("topics", list[TopicRecord], "this page's topics, by name"),
        _PAGINATION,
    )),
    "topic": PageType("topic.md.j2", f"`topics/<slug>.md` with the newest briefings, older ones on pages such as "
                      f"`topics/<slug>/2021-03-14.md`, about {TOPIC_PAGE_SIZE} briefings a page", "topics",
                      "One page per topic (keyword) that enough briefings have (option `topic_min_briefings`).", (
        Variable("topic", TopicRecord, "the topic, with the ids of all its briefings"),
        Variable("briefings", list[Briefing], "this page's briefings, newest first: those of its part of "
                 "`topic.briefing_ids`"),
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
    "html": "a value as text inside a raw HTML block, where Markdown is not read (see `generator.rendering.escaping`); "
            "use it there instead of the Markdown escaping `{{ }}` does",
    "marked_html": "like `marked`, as HTML for a raw HTML block",
    "join": "like Jinja's, and escapes its items like `{{ }}` does",
}
