"""Assembling the built-in extraction: the steps read the document, then this module keeps the
actors that matter and turns everything into the schema's values."""

from __future__ import annotations

import re
from itertools import zip_longest

from ..cleaning import Document
from ..schema import Actor, Position, Quote, slugify
from . import Extraction
from .actors import Entity, matters
from .attribution import CONFIDENCE, Attributed, attribute
from .discourse import Reading, read_document
from .lexicon import PRONOUNS
from .positions import find_positions
from .text import PARAGRAPH
from .keywords import make_keywords
from .summary import make_summary, make_title

MAX_KEY_QUOTES = 3
KEY_SPEAKERS = 3  # whose quotes may be key: the most quoted actors
MIN_KEY_QUOTE_WORDS = 6
CREDIT_PARAGRAPHS = 3
_CREDITS = re.compile(
    r"\b(?:reports? for|contributed (?:to this report|reporting|from)|reported from|follow\b.{0,80}\bon twitter|on twitter,? follow|reporting by|editing by"
    r"|writes for|is an? (?:[\w-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|editor-at-large) (?:for|at|with))\b",
    re.I)


def extract_document(document: Document) -> Extraction:
    """The extraction of one document by the rules."""
    if not document.paragraphs:
        return Extraction(title=document.article.title or "Untitled article", summary="")
    reading = read_document(document)
    return assemble(document, reading, attribute(reading))


def assemble(document: Document, reading: Reading, quotes: list[Attributed]) -> Extraction:
    """The extraction of a document from its reading and its attributed quotes. (The evaluation
    calls it with quotes it has kept, to tell which rule found each speaker.)"""
    stances = find_positions(reading, quotes)
    cast = reading.cast
    for quote in quotes:
        if quote.speaker is not None:
            cast.canonical(quote.speaker).quotes += 1
    for stance in stances:
        cast.canonical(stance.entity).stances += 1

    credited = _credited(document, cast)
    text = "\n\n".join(p.text for p in document.paragraphs)
    kept = [e for e in cast.final(text) if matters(e) and (e.quotes or id(e) not in credited)]
    ids = _assign_ids(kept)
    main = sorted(kept, key=lambda e: (-e.quotes, -e.acts, e.first))

    actors = tuple(
        Actor(id=ids[id(e)], name=e.name, type=e.type, role=e.role,
              aliases=tuple(a for a in e.aliases if a.lower() not in PRONOUNS and a != e.name),
              named=e.named)
        for e in sorted(kept, key=lambda e: e.first))
    positions = tuple(
        Position(actor=ids[id(cast.canonical(s.entity))], stance=s.stance, polarity=s.polarity,
                 paragraph=s.paragraph, confidence=round(s.confidence, 2))
        for s in stances if id(cast.canonical(s.entity)) in ids)
    paragraph_text = {p.number: p.text for p in document.paragraphs}
    out_quotes = _quotes(quotes, ids, main, cast, paragraph_text, _sides(stances, cast))

    person_words = {w.lower() for e in kept if e.type == "person" for w in e.name.split()}
    title = document.article.title or make_title(reading)
    summary = make_summary(reading, stances, titled=document.article.title is not None)
    return Extraction(title=title, summary=summary, actors=actors, positions=positions,
                      quotes=out_quotes, keywords=make_keywords(reading, person_words))


def _credited(document: Document, cast) -> set[int]:
    """The actors named only in the credits that close an article ("Follow Jane Roe on Twitter",
    "Roe reports for the Daily Ledger"): its writers, not actors of the story."""
    last = {p.number for p in document.paragraphs[-CREDIT_PARAGRAPHS:] if _CREDITS.search(p.text)}
    if not last:
        return set()
    elsewhere: set[int] = set()
    inside: set[int] = set()
    for mention in cast.timeline:
        ident = id(cast.canonical(mention.entity))
        (inside if mention.pos // PARAGRAPH in last else elsewhere).add(ident)
    return inside - elsewhere


def _assign_ids(entities: list[Entity]) -> dict[int, str]:
    ids: dict[int, str] = {}
    used: set[str] = set()
    for entity in sorted(entities, key=lambda e: e.first):
        base = slugify(entity.name) or "actor"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        ids[id(entity)] = candidate
    return ids


def _sides(stances, cast) -> dict[int, int]:
    """Each actor's side in a dispute: 1 for one that only supports, -1 for one that only opposes
    or denies; an actor that does both, or neither, takes no side."""
    signs: dict[int, set[int]] = {}
    for stance in stances:
        sign = 1 if stance.polarity == "support" else -1 if stance.polarity in ("oppose", "deny") else 0
        if sign:
            signs.setdefault(id(cast.canonical(stance.entity)), set()).add(sign)
    return {ident: next(iter(found)) for ident, found in signs.items() if len(found) == 1}


def _quotes(found: list[Attributed], ids: dict[int, str], main: list[Entity], cast,
            paragraph_text: dict[int, str], sides: dict[int, int]) -> tuple[Quote, ...]:
    # The sides of a story speak through its most quoted actors: the key quotes take turns among
    # them, each one's earliest first, rather than all coming from the one quoted most.
    by_speaker: dict[int, list[Attributed]] = {id(e): [] for e in main if e.quotes}
    for q in sorted(found, key=lambda q: (q.span.paragraph, q.span.start)):
        speaker = id(cast.canonical(q.speaker)) if q.speaker is not None else None
        if not q.partial and speaker in by_speaker and q.span.words >= MIN_KEY_QUOTE_WORDS:
            by_speaker[speaker].append(q)
    speakers = list(by_speaker)
    top_speakers = speakers[:KEY_SPEAKERS]
    # When the most quoted all take one side, the most quoted of the other side speaks too.
    taken = {sides.get(speaker, 0) for speaker in top_speakers}
    other = next((s for s in speakers[KEY_SPEAKERS:] if by_speaker[s] and sides.get(s, 0)
                  and -sides[s] in taken and sides[s] not in taken), None)
    if other is not None:
        top_speakers[-1] = other
    turns = [q for round_ in zip_longest(*(by_speaker[s] for s in top_speakers)) for q in round_ if q is not None]
    key = {(q.span.paragraph, q.span.start) for q in turns[:MAX_KEY_QUOTES]}
    out = []
    for q in found:
        text = paragraph_text[q.span.paragraph]
        assert text[q.span.start:q.span.end] == q.span.text, "quote text must be verbatim"
        speaker = ids.get(id(cast.canonical(q.speaker))) if q.speaker is not None else None
        confidence = q.confidence if speaker else CONFIDENCE["none"]
        out.append(Quote(text=q.span.text, speaker=speaker, paragraph=q.span.paragraph, partial=q.partial,
                         key=(q.span.paragraph, q.span.start) in key, confidence=confidence))
    return tuple(out)
