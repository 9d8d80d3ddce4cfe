"""What templates receive besides briefings: cards, appearances and links to actors.

These dataclasses are documented on the site's ``templates.md`` page (`reference`), so their
docstrings and field comments are written for template authors."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, TypeVar

from ..identity import Identities
from ..indexing import Entry, actor_path, actor_slug
from ..schema import Actor, Briefing, Position, Quote

MAIN_ACTORS = 3  # actors shown with each briefing of a list
T = TypeVar("T")


def briefing_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"


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


def positions_by_actor(briefing: Briefing) -> list[tuple[Actor, list[Position]]]:
    grouped = _by_actor(briefing.positions, "actor")
    return [(actor, grouped[actor.id]) for actor in briefing.actors if actor.id in grouped]
