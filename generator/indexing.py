"""Indexing: the site's lists (actors, topics, the archive) joined across briefings, from a small
`Entry` per briefing.

A site of thousands of briefings changes a few at a time. Its indexes are made from entries (id,
date, title, topics and named actors) that the pipeline keeps between runs, so rendering loads whole
briefings only for the pages it renders again (`Collection`). The records the templates receive hold
names, counts, ids and links, never whole briefings: a page that shows an actor or a topic changes
only when what it can show does, not whenever any briefing of a frequent actor is edited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import pickle
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, Protocol, TypeVar

from .data import load_list
from .identity import Identities, name_key
from .roles import distinct_roles
from .schema import Actor, Briefing, slugify

# What an actor's record keeps of lists that grow with the collection: a page shows no more.
ALIAS_COUNT = 20
ROLE_COUNT = 20  # the most recently given
COMPANION_COUNT = 20  # the most often named together
TOPICS_INDEX = "topics/index.md"
ARCHIVE_PATH = "archive.md"
# The most present actors first by default: a reader comes to the list for the actors that matter.
ACTOR_ORDER_PATHS = {"briefings": "actors/index.md", "name": "actors/by-name.md"}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


class _Dated(Protocol):
    id: str
    date: dt.date | None


D = TypeVar("D", bound=_Dated)


def month_name(month: int) -> str:
    return _MONTHS[month - 1]


def newest_first(items: Iterable[D]) -> list[D]:
    """Dated briefings (or entries) newest first, ties by id, undated ones last."""
    return sorted(items, key=lambda b: (b.date is None, -(b.date.toordinal() if b.date else 0), b.id))


def actor_slug(actor: Actor) -> str:
    return slugify(actor.id) or actor.id


def actor_path(slug: str) -> str:
    return _member_page("actors", slug, ACTOR_ORDER_PATHS.values())


def topic_path(slug: str) -> str:
    return _member_page("topics", slug, (TOPICS_INDEX,))


def _member_page(folder: str, slug: str, taken: Iterable[str]) -> str:
    # A slug never holds an underscore (slugify splits words on it), so "_index" cannot clash with
    # another member of the folder when a member is called "index".
    page = f"{folder}/{slug}.md"
    return f"{folder}/_{slug}.md" if page in taken else page


# -- entries ---------------------------------------------------------------------------------------

# A named actor as an entry keeps it: (slug, name, type, role, aliases). A plain tuple, as thousands
# of entries are read on every run and tuples load several times faster than objects.
Mention = tuple[str, str, str, str | None, tuple[str, ...]]


class Entry(NamedTuple):
    """What the indexes need of one briefing; `token` stands for all the rest."""

    id: str
    token: str  # a digest of the briefing's content: equal tokens, equal briefings
    date: dt.date | None
    title: str
    topics: tuple[tuple[str, str], ...]  # (slug, keyword as first spelt) for each keyword with a slug
    actors: tuple[Mention, ...]  # each named actor, the first of each slug, in the briefing's order


def entry_of(briefing: Briefing, token: str) -> Entry:
    topics: dict[str, str] = {}
    for keyword in briefing.keywords:
        slug = slugify(keyword)
        if slug:  # a keyword without letters or digits has no topic
            topics.setdefault(slug, keyword)  # "Ports" and "ports" in one briefing are one topic
    actors: dict[str, Mention] = {}
    for actor in briefing.actors:
        if actor.named:  # "a senior official" in two articles need not be one person
            slug = actor_slug(actor)
            if slug not in actors:
                actors[slug] = (slug, actor.name, actor.type, actor.role, actor.aliases)
    return Entry(briefing.id, token, briefing.date, briefing.title, tuple(topics.items()),
                 tuple(actors.values()))


def content_token(briefing: Briefing) -> str:
    """A token for a briefing that is not a file (one built in memory): a digest of all of it."""
    return token_of(briefing)


class Collection:
    """The briefings of a site as entries, newest first, with whole briefings loaded on demand.

    `modified` gives, for briefings read from files, when each file was last modified (briefing id →
    seconds since 1970): the feed dates corrections and undated briefings by it.
    """

    def __init__(self, entries: Iterable[Entry], load: Callable[[str], Briefing],
                 modified: dict[str, int] | None = None) -> None:
        self.entries: list[Entry] = newest_first(entries)
        self.modified = modified or {}
        self._load = load
        self._loaded: dict[str, Briefing] = {}

    @classmethod
    def of(cls, briefings: Iterable[Briefing] | Collection) -> Collection:
        """A collection of briefings already in memory; a collection is returned as it is."""
        if isinstance(briefings, Collection):
            return briefings
        briefings = list(briefings)
        by_id = {b.id: b for b in briefings}
        return cls((entry_of(b, content_token(b)) for b in briefings), by_id.__getitem__)

    def briefing(self, briefing_id: str) -> Briefing:
        found = self._loaded.get(briefing_id)
        if found is None:
            found = self._loaded[briefing_id] = self._load(briefing_id)
        return found

    def briefings(self, entries: Iterable[Entry]) -> list[Briefing]:
        return [self.briefing(entry.id) for entry in entries]


def tokens(items: Iterable[Entry | ActorRecord | TopicRecord]) -> str:
    """The tokens of entries or records as one text, which stands for all of them in a page's key."""
    return " ".join(item.token for item in items)


# -- records ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BriefingLink:
    """A briefing as a list shows it: enough to link to its page and say when it was."""

    id: str
    title: str
    date: dt.date | None


@dataclass(frozen=True)
class Role:
    """A role an actor was given, in the form given most often: in how many briefings, and the
    newest and oldest of them (the same briefing when one gives it)."""

    text: str
    count: int
    newest: BriefingLink
    oldest: BriefingLink


@dataclass(frozen=True)
class Companion:
    """An actor named in some of the same briefings as another, and in how many."""

    name: str
    path: str
    count: int


@dataclass(frozen=True)
class ActorDetails:
    """What an actor's page shows of it beyond its name: the first 20 roles, aliases and companions,
    and how many there are of each."""

    roles: tuple[Role, ...]  # the ROLE_COUNT most recently given, the newest first, one per distinct role
    role_count: int  # how many distinct roles in all
    aliases: tuple[str, ...]  # the first ALIAS_COUNT other names: the register's, then the briefings', newest first
    alias_count: int  # how many other names in all
    # The COMPANION_COUNT actors named most often with this one, then by name: a frequent actor of a
    # large collection is named with nearly every other, and a page shows no more than these.
    companions: tuple[Companion, ...]
    companion_count: int  # how many actors are named with this one in all


# An actor's appearance in one briefing: the entry, the actors of the briefing on its page (more
# than one when the briefing names it twice, "Lund Ekdal" and "Maria Lund Ekdal"), and
# the page (key) of each actor of the entry, None for a hidden one.
Appearing = tuple[Entry, tuple[Mention, ...], tuple[str | None, ...]]


@dataclass(frozen=True, eq=False)
class ActorRecord:
    """An actor joined across briefings (see `generator.identity`), with what the register says of it.

    `details` (roles, aliases and companions) is worked out when first asked for, as only the pages
    of the actors whose briefings changed need it; `token` stands for all of it.
    """

    slug: str
    path: str
    name: str
    type: str
    briefing_ids: tuple[str, ...]  # every briefing that names the actor, newest first
    description: str | None  # the register's one line, if it gives one
    links: tuple[str, ...]  # the register's http(s) addresses of the actor elsewhere (Wikidata, Wikipedia…)
    _appearances: tuple[Appearing, ...] = field(repr=False)  # newest first
    _names: dict[str, str] = field(repr=False)  # every actor's name by slug, for the companions
    _aliases: tuple[str, ...] = field(default=(), repr=False)  # the register's
    _token: str | None = field(default=None, repr=False)  # the token, when known from the last index

    @cached_property
    def details(self) -> ActorDetails:
        return _actor_details(self.slug, self.name, self._aliases, self._appearances, self._names)

    @cached_property
    def token(self) -> str:
        """A digest of the record and its details: equal tokens, equal records."""
        return self._token or token_of((self.slug, self.path, self.name, self.type, self.briefing_ids,
                                        self.description, self.links, self.details))


@dataclass(frozen=True)
class TopicRecord:
    """A keyword joined across briefings by slug; the name is spelt as in the newest briefing."""

    slug: str
    path: str
    name: str
    briefing_ids: tuple[str, ...]  # newest first
    token: str  # a digest of all the above: equal tokens, equal records


class ActorMemo:
    """The tokens of the actor records of the last index, so that `index_actors` works out again
    only the details of actors named in a briefing that changed.

    A record is made from the entries that name its actor, which their tokens stand for, from what
    the identity view makes of each of them (the pages and names of the actors named there: its
    companions), and from what the register says of it. `previous` maps each slug to all of that as
    one tuple and its record's token; `current` gives the same of this index.
    """

    def __init__(self, previous: dict[str, tuple[tuple, str]] | None = None) -> None:
        self.previous = previous or {}
        self.records: dict[str, tuple[tuple, ActorRecord]] = {}

    def current(self) -> dict[str, tuple[tuple, str]]:
        return {slug: (key, record.token) for slug, (key, record) in self.records.items()}


def index_actors(entries: Sequence[Entry], identities: Identities, memo: ActorMemo | None = None) -> list[ActorRecord]:
    """Every actor of `entries` (newest first) that has a page under `identities`, by name; with
    `memo`, the tokens of actors whose inputs did not change are those of the last index."""
    found: dict[str, list[Appearing]] = {}
    for entry in entries:
        keys = identities.keys(entry)
        own: dict[str, list[Mention]] = {}
        for mention, key in zip(entry.actors, keys):
            if key is not None:
                own.setdefault(key, []).append(mention)
        for key, mentions in own.items():
            found.setdefault(key, []).append((entry, tuple(mentions), keys))
    names = {key: identities.actors[key].name for key in found}
    previous = memo.previous if memo is not None else {}
    records = []
    for slug, appearances in found.items():
        actor = identities.actors[slug]
        key = (tuple(f"{entry.token} {identities.token(entry)}" for entry, _, _ in appearances),
               actor.name, actor.type, actor.description, actor.aliases, actor.links)
        kept = previous.get(slug)
        record = ActorRecord(slug, actor_path(slug), actor.name, actor.type, tuple(e.id for e, _, _ in appearances),
                             actor.description, actor.links, tuple(appearances), names, actor.aliases,
                             kept[1] if kept is not None and kept[0] == key else None)
        if memo is not None:
            memo.records[slug] = (key, record)
        records.append(record)
    return sorted(records, key=lambda r: (r.name.casefold(), r.slug))


def _actor_details(slug: str, name: str, register_aliases: tuple[str, ...], appearances: Sequence[Appearing],
                   names: dict[str, str]) -> ActorDetails:
    """The details of the actor `slug` from the entries that name it, newest first."""
    forms: list[tuple[str, BriefingLink]] = []
    aliases: dict[str, None] = dict.fromkeys(register_aliases)
    counts: Counter[str] = Counter()
    for entry, mentions, keys in appearances:
        link = BriefingLink(entry.id, entry.title, entry.date)
        for _, other_name, _, role, other_aliases in mentions:
            if role:
                forms.append((role, link))
            aliases[other_name] = None
            aliases.update(dict.fromkeys(other_aliases))
        counts.update({key for key in keys if key is not None})
    aliases = {alias: None for alias in _distinct(aliases) if alias.casefold() != name.casefold()}
    counts.pop(slug, None)
    roles = distinct_roles(forms)
    return ActorDetails(
        roles=tuple(Role(text, len(given), given[0], given[-1]) for text, given in roles[:ROLE_COUNT]),
        role_count=len(roles), aliases=tuple(itertools.islice(aliases, ALIAS_COUNT)), alias_count=len(aliases),
        companions=tuple(Companion(names[other], actor_path(other), count)
                         for other, count in _most_common(counts, names)),
        companion_count=len(counts))


def _distinct(names: Iterable[str]) -> list[str]:
    """`names` without those that differ from an earlier one only by case."""
    seen: set[str] = set()
    return [n for n in names if not (n.casefold() in seen or seen.add(n.casefold()))]


def token_of(value: object) -> str:
    """A digest of `value` pickled: values that pickle alike get the same token."""
    return hashlib.blake2b(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), digest_size=16).hexdigest()


def _most_common(counts: Counter[str], names: dict[str, str]) -> list[tuple[str, int]]:
    """The `COMPANION_COUNT` most common slugs of `counts`, ties by name then slug."""
    if len(counts) > COMPANION_COUNT:
        # Only counts as high as the last one shown can be shown: sorting by name costs the rest nothing.
        least = sorted(counts.values(), reverse=True)[COMPANION_COUNT - 1]
        candidates = [item for item in counts.items() if item[1] >= least]
    else:
        candidates = list(counts.items())
    candidates.sort(key=lambda item: (-item[1], names[item[0]].casefold(), item[0]))
    return candidates[:COMPANION_COUNT]


def by_number_of_briefings(actors: Iterable[ActorRecord]) -> list[ActorRecord]:
    return sorted(actors, key=lambda r: (-len(r.briefing_ids), r.name.casefold(), r.slug))


def index_topics(entries: Sequence[Entry], min_briefings: int = 1,
                 identities: Identities | None = None) -> list[TopicRecord]:
    """Every topic that at least `min_briefings` of `entries` (newest first) have, by name: a topic
    with one briefing leads a reader nowhere. Nor is a person a topic: with `identities`, a keyword
    that names a person's page (by the name or the surname) is left out, as it has a page already."""
    persons = set()
    for actor in (identities.actors.values() if identities is not None else ()):
        if actor.type == "person":
            persons.update((name_key(actor.name), name_key(actor.name)[-1:]))
    found: dict[str, tuple[str, list[str]]] = {}
    for entry in entries:
        for _, keyword in entry.topics:
            slug = topic_slug(keyword)
            if slug and is_topic(keyword) and name_key(keyword) not in persons:
                found.setdefault(slug, (keyword, []))[1].append(entry.id)
    topics = []
    for slug, (name, ids) in found.items():
        if len(ids) >= min_briefings:
            fields = (slug, topic_path(slug), name, tuple(ids))
            topics.append(TopicRecord(*fields, token_of(fields)))
    return sorted(topics, key=lambda t: (t.name.casefold(), t.slug))


_STOP_WORDS = frozenset(w.lower() for w in load_list("function_words.txt"))
_MARKUP_WORDS = frozenset(load_list("markup_words.txt"))
_CONTRACTION = re.compile(r"[^\W\d_]['’][^\W\d_]")
_TOPIC_WORD = re.compile(r"[^\W_]+")


def topic_slug(keyword: str) -> str:
    """The slug of a keyword's topic: "The Valley Courier" and "Valley Courier" are one topic."""
    return slugify(_LEADING_THE.sub("", keyword)) or slugify(keyword)


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def is_topic(keyword: str) -> bool:
    """Whether a keyword can be a topic: whatever made it (a person's tag, an older generator), never
    a contraction ("didn't"), nor only stop words, numbers or words of web page markup."""
    if _CONTRACTION.search(keyword):
        return False
    words = [w.lower() for w in _TOPIC_WORD.findall(keyword)]
    return any(not (w.isdigit() or w in _STOP_WORDS or w in _MARKUP_WORDS) for w in words)


# -- the archive -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArchiveMonth:
    month: int
    name: str
    briefings: tuple[Briefing, ...]


@dataclass(frozen=True)
class ArchiveYear:
    year: int
    months: tuple[ArchiveMonth, ...]


@dataclass(frozen=True)
class MonthLink:
    """A month in the archive's overview: how many briefings it has, and the archive page its list
    starts on."""

    year: int
    month: int
    name: str
    count: int
    path: str


@dataclass(frozen=True)
class YearLinks:
    """A year in the archive's overview, with its number of briefings and its months newest first."""

    year: int
    count: int
    months: tuple[MonthLink, ...]


def archive_years(briefings: Iterable[Briefing]) -> tuple[list[ArchiveYear], list[Briefing]]:
    """Dated briefings by year and month, newest first, and the undated ones."""
    months: dict[tuple[int, int], list[Briefing]] = {}
    undated = []
    for briefing in newest_first(briefings):
        if briefing.date is None:
            undated.append(briefing)
        else:
            months.setdefault((briefing.date.year, briefing.date.month), []).append(briefing)
    years: dict[int, list[ArchiveMonth]] = {}
    for (year, month), items in months.items():  # already in newest-first order
        years.setdefault(year, []).append(ArchiveMonth(month, month_name(month), tuple(items)))
    return [ArchiveYear(year, tuple(ms)) for year, ms in years.items()], undated


def archive_overview(entries: Sequence[Entry], page_of: Mapping[str, str]) -> tuple[list[YearLinks], str | None, int]:
    """Every month of the archive of `entries` (newest first) with the page its list starts on, as
    `page_of` gives each briefing id's; the page the undated briefings start on (None without any)
    and their number."""
    counts = Counter((e.date.year, e.date.month) for e in entries if e.date is not None)
    starts: dict[tuple[int, int] | None, str] = {}
    for entry in entries:
        starts.setdefault((entry.date.year, entry.date.month) if entry.date else None, page_of[entry.id])
    years: dict[int, list[MonthLink]] = {}
    for (year, month), count in counts.items():  # in the order first met: newest first
        years.setdefault(year, []).append(MonthLink(year, month, month_name(month), count, starts[year, month]))
    overview = [YearLinks(year, sum(m.count for m in months), tuple(months)) for year, months in years.items()]
    undated = len(entries) - sum(counts.values())
    return overview, starts.get(None), undated
