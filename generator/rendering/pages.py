"""Page contexts and `each_page`: every generated page, as its docs path and its Markdown text."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

import jinja2

from ..config import Project
from ..errors import BuildError, TemplateError
from ..identity import Identities, IdentityMemo
from ..indexing import (ACTOR_ORDER_PATHS, ARCHIVE_PATH, TOPICS_INDEX, ActorRecord, Collection, Entry, TopicRecord,
                        YearLinks, actor_path, archive_overview, archive_years, by_number_of_briefings, index_actors,
                        index_topics, token_of, tokens, topic_path, topic_slug)
from ..register import Register, load_register
from ..schema import Briefing, Quote
from ..schema.page import schema_page
from ..timeline import timeline
from .context import (ACTOR_PAGE_SIZE, ARCHIVE_PAGE_SIZE, INDEX_PAGE_SIZE, LATEST_COUNT, PAGE_TEMPLATES,
                      TOPIC_KEY_QUOTES, TOPIC_PAGE_SIZE)
from .environment import format_date, make_environment, template_error
from .escaping import safe_headings
from .feed import EPOCH_DAY, saved_times
from .memo import PageMemo, unchanged
from .models import (ActorLink, Appearance, KeyQuote, actor_pages, briefing_path, cards, main_actors, positions_by_actor,
                     source_paragraphs)
from .paging import Pagination, paginate
from .reference import template_reference

TEMPLATES_PAGE = "templates.md"
SCHEMA_PAGE = "schema.md"


def render_pages(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None,
                 register: Register | None = None, errors: list[TemplateError] | None = None
                 ) -> dict[str, str | None]:
    """Every generated page as ``{path relative to docs_dir: Markdown text}`` (see `each_page`)."""
    return dict(each_page(project, briefings, memo, register, errors))


def each_page(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None,
              register: Register | None = None, errors: list[TemplateError] | None = None,
              share: Callable[[int], bool] | None = None) -> Iterator[tuple[str, str | None]]:
    """Every generated page as its path relative to docs_dir and its Markdown text, one at a time, so
    that a render can write each before it makes the next; with `memo`, a page whose inputs did not
    change since the last render is not rendered and its text is None. Actors are joined across
    briefings by `generator.identity` under `register` (by default the project's).

    Each page is described by a key, a text made of everything its context is built from, with
    briefings and records as their tokens; the context itself, and the whole briefings in it, are
    made only for the pages rendered. With `errors`, a page whose template fails adds its error there
    (once per message) instead of stopping the render. With `share`, only the pages whose number
    (counting from 0 in this order) it accepts are made, for processes that render a share each; the
    memo still records every page's fingerprint.
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
    identities = (memo.identities if memo else IdentityMemo()).resolve(
        entries, load_register(project.register_file) if register is None else register)
    actors = (index_actors(entries, identities, memo and memo.actors) if "actors" in sections or project.pages
              else [])
    topics = (index_topics(entries, project.topic_min_briefings, identities) if "topics" in sections or project.pages
              else [])
    with_pages = {topic.slug for topic in topics} if "topics" in sections else set()
    by_id = {entry.id: entry for entry in entries}
    made: set[str] = set()
    numbers = itertools.count()

    def render(page: str, kind: str, key: str, context: Callable[[], dict[str, Any]],
               template: str | None = None) -> list[tuple[str, str | None]]:
        """The page made, or none when its template failed and `errors` collects the failure, or
        when it is not of `share`."""
        known = unchanged(memo, page, kind, key)
        if share is not None and not share(next(numbers)):
            made.add(page)
            return []
        if known:
            made.add(page)
            return [(page, None)]
        try:
            text = _render_template(env, project, template or PAGE_TEMPLATES[kind], page=page, **context())
        except TemplateError as exc:
            if errors is None:
                raise
            if all(str(exc) != str(known) for known in errors):
                errors.append(exc)
            return []
        made.add(page)
        return [(page, text)]

    latest = latest_entries(collection)
    yield from render("index.md", "index", f"{len(entries)} {_seen_tokens(latest, identities)}",
                      partial(_index_context, collection, latest, len(entries), identities, "actors" in sections))
    if "briefings" in sections:
        for entry in entries:
            shown_topics = [slug for _, keyword in entry.topics if (slug := topic_slug(keyword)) in with_pages]
            key = f"{entry.token} {identities.token(entry)} {shown_topics}"
            yield from render(briefing_path(entry.id), "briefing", key,
                              partial(_briefing_context, collection, entry, identities, sections, with_pages))
    if "actors" in sections:
        for order, ranked in (("name", actors), ("briefings", by_number_of_briefings(actors))):
            for path, pagination, part in paginate(ACTOR_ORDER_PATHS[order], ranked, INDEX_PAGE_SIZE,
                                                   _slug, _slug, _names):
                yield from render(path, "actors", f"{order} {pagination!r} {tokens(part)}",
                                  partial(dict, actors=part, order=order, order_paths=dict(ACTOR_ORDER_PATHS),
                                          pagination=pagination))
        for record in actors:
            appearances = [by_id[i] for i in record.briefing_ids]
            for path, pagination, shown in paginate(record.path, appearances, ACTOR_PAGE_SIZE, _id, _day, _dates):
                yield from render(path, "actor", f"{record.token} {pagination!r} {_seen_tokens(shown, identities)}",
                                  partial(_actor_context, collection, identities, record, shown, pagination))
    if "archive" in sections:
        archive = paginate(ARCHIVE_PATH, entries, ARCHIVE_PAGE_SIZE, _id, _day, _dates)
        overview = archive_overview(entries, {entry.id: path for path, _, part in archive for entry in part})
        overview_token = token_of(overview)
        for path, pagination, part in archive:
            key = f"{overview_token if pagination.latest else ''} {pagination!r} {tokens(part)}"
            yield from render(path, "archive", key, partial(_archive_context, collection, part, overview, pagination))
    if "topics" in sections:
        for path, pagination, part in paginate(TOPICS_INDEX, topics, INDEX_PAGE_SIZE, _slug, _slug, _names):
            yield from render(path, "topics", f"{pagination!r} {tokens(part)}",
                              partial(dict, topics=part, pagination=pagination))
        for topic in topics:
            listed = [by_id[i] for i in topic.briefing_ids]
            for path, pagination, shown in paginate(topic.path, listed, TOPIC_PAGE_SIZE, _id, _day, _dates):
                yield from render(path, "topic", f"{topic.token} {pagination!r} {_seen_tokens(shown, identities)}",
                                  partial(_topic_context, collection, identities, topic, shown, pagination,
                                          "actors" in sections))
    taken = {page_key(page) for page in (*made, TEMPLATES_PAGE, SCHEMA_PAGE)}
    for page, template in project.pages:
        if page_key(page) in taken:
            raise BuildError(f"the page '{page}' of the pages option is also a generated page",
                             path=project.config_file, hint="choose another path for it")
        # A page of the user's own is fingerprinted under its template's name, as it has no kind.
        yield from render(page, template, f"{tokens(entries)} / {tokens(actors)} / {tokens(topics)}",
                          partial(_collection_context, collection, actors, topics), template=template)
    # Made from the code alone, which the memo's salt stands for.
    for page, make in ((TEMPLATES_PAGE, template_reference), (SCHEMA_PAGE, schema_page)):
        known = unchanged(memo, page, "reference", "")
        if share is None or share(next(numbers)):
            yield page, None if known else make()


def latest_entries(collection: Collection) -> list[Entry]:
    """The `LATEST_COUNT` latest briefings for the home page, dated or not: by date, an undated one
    dated by the day its file was saved, then by when its file was saved (as the feed counts it)."""
    saved = saved_times(collection)

    def when(entry: Entry) -> tuple[int, int]:
        seconds = saved(entry)
        day = entry.date.toordinal() if entry.date else EPOCH_DAY + seconds // 86400 if seconds else 0
        return day, seconds

    return sorted(collection.entries, key=when, reverse=True)[:LATEST_COUNT]


# How the lists of briefings and of records are cut into pages (see `paging`): by id and slug, later
# pages named by the day or the slug of their first item, and described by what they hold.

def _id(entry: Entry) -> str:
    return entry.id


def _day(entry: Entry) -> str:
    return entry.date.isoformat() if entry.date else "undated"


def _dates(part: list[Entry]) -> str:
    dated = [entry.date for entry in part if entry.date]
    if not dated:
        return "undated"
    oldest, newest = format_date(min(dated)), format_date(max(dated))
    shown = oldest if oldest == newest else f"{oldest} to {newest}"
    return shown + (" and undated" if len(dated) < len(part) else "")


def _slug(record: ActorRecord | TopicRecord) -> str:
    return record.slug


def _names(part: list[ActorRecord] | list[TopicRecord]) -> str:
    return part[0].name if len(part) == 1 else f"{part[0].name} to {part[-1].name}"


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
        positions_by_actor=positions_by_actor(briefing),
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
                      if pagination.latest else None)
    return dict(actor=record, appearances=appearances, pagination=pagination, timeline=shown_timeline)


def _archive_context(collection: Collection, part: list[Entry], overview: tuple[list[YearLinks], str | None, int],
                     pagination: Pagination) -> dict[str, Any]:
    briefings = collection.briefings(part)
    years, undated = archive_years(briefings)
    # The overview counts every month's briefings: on later pages it would change with every new one.
    months, undated_path, undated_count = overview if pagination.latest else ([], None, 0)
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


def _render_template(env: jinja2.Environment, project: Project, name: str, **context: Any) -> str:
    try:
        text = env.get_template(name).render(**context)
    except Exception as exc:
        raise template_error(exc, project, name, env) from exc
    text = safe_headings(text)
    return text if text.endswith("\n") else text + "\n"


def page_key(path: str) -> str:
    # Case-folded, as two names that differ by case are one file on macOS and Windows; and MkDocs
    # makes a README.md the index page of its folder.
    folder, slash, name = path.casefold().rpartition("/")
    return f"{folder}{slash}index.md" if name == "readme.md" else path.casefold()
