"""The built-in backend: rules and word lists, pure Python, deterministic and offline.

The steps, each in its own module: `discourse` reads the document in order (quotation spans,
names, groups, the subjects of reporting verbs), `attribution` gives each quote its speaker,
`positions` collects stances, `summary` writes title, summary and keywords. This module keeps the
actors that matter and turns everything into the schema's values.
"""

from __future__ import annotations

from pathlib import Path

from .. import __version__, data
from ..cleaning import Document
from ..schema import Actor, Position, Quote, slugify
from . import Extraction, rules_digest
from .actors import Entity
from .attribution import CONFIDENCE, Attributed, attribute
from .discourse import read_document
from .lexicon import AGENCIES, PRONOUNS
from .positions import find_positions
from .summary import make_keywords, make_summary, make_title

MAX_KEY_QUOTES = 3
MIN_KEY_QUOTE_WORDS = 6
CENTRAL_MENTIONS = 3


class BuiltinBackend:
    """Extraction by rules over the text; no model, no download."""

    name = "builtin"
    # The release plus a digest of the rules and word lists: briefings made by other rules are
    # regenerated (unless edited or reviewed), and the same rules give byte-identical briefings.
    version = f"{__version__}+{rules_digest(Path(__file__).parent, Path(data.__file__).parent)}"

    def extract(self, document: Document) -> Extraction:
        if not document.paragraphs:
            return Extraction(title=document.article.title or "Untitled article", summary="")
        reading = read_document(document)
        quotes = attribute(reading)
        stances = find_positions(reading)
        cast = reading.cast
        for quote in quotes:
            if quote.speaker is not None:
                cast.canonical(quote.speaker).quotes += 1

        kept = [e for e in cast.final() if _matters(e)]
        ids = _assign_ids(kept)
        main = sorted(kept, key=lambda e: (-e.quotes, -e.acts, e.first))

        actors = tuple(
            Actor(id=ids[id(e)], name=e.name, type=e.type, role=e.role,
                  aliases=tuple(a for a in e.aliases if a.lower() not in PRONOUNS and a != e.name),
                  named=e.named)
            for e in sorted(kept, key=lambda e: e.first))
        positions = tuple(
            Position(actor=ids[id(cast.canonical(s.entity))], stance=s.stance, polarity=s.polarity,
                     paragraph=s.paragraph)
            for s in stances if id(cast.canonical(s.entity)) in ids)
        paragraph_text = {p.number: p.text for p in document.paragraphs}
        out_quotes = _quotes(quotes, ids, main, cast, paragraph_text)

        person_words = {w.lower() for e in kept if e.type == "person" for w in e.name.split()}
        title = document.article.title or make_title(reading)
        summary = make_summary(reading, [e.name for e in main[:1]])
        return Extraction(title=title, summary=summary, actors=actors, positions=positions,
                          quotes=out_quotes, keywords=make_keywords(reading, person_words))


def _matters(entity: Entity) -> bool:
    """Actors are those quoted or acting in the story, not every name mentioned in passing."""
    if entity.quotes:
        return True
    if not entity.named and not entity.collective:
        # Unnamed actors count when quoted; a collective ("analysts", "local farmers") may also
        # act in the story, on the evidence asked of groups below.
        return False
    if entity.name in AGENCIES:
        return False
    if entity.type in ("organization", "country") and entity.mentions - entity.topical >= CENTRAL_MENTIONS:
        # An institution the story keeps coming back to is one of its main actors, even when it
        # appears as an owner or an object ("the Church's website", "attacks on the Church").
        return True
    if entity.type == "person" and entity.mentions <= 1 and entity.role is None:
        # News introduces its actors with a role; a person named once, bare, is background.
        return False
    # Collectives are named in passing far more often than persons: ask for more evidence.
    return entity.acts > (1 if entity.type == "group" else 0)


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


def _quotes(found: list[Attributed], ids: dict[int, str], main: list[Entity], cast,
            paragraph_text: dict[int, str]) -> tuple[Quote, ...]:
    top_speakers = [id(e) for e in main if e.quotes][:2]
    ranked = sorted(
        (q for q in found if not q.partial and q.speaker is not None and q.span.words >= MIN_KEY_QUOTE_WORDS
         and id(cast.canonical(q.speaker)) in top_speakers),
        key=lambda q: (top_speakers.index(id(cast.canonical(q.speaker))), q.span.paragraph, q.span.start))
    key = {(q.span.paragraph, q.span.start) for q in ranked[:MAX_KEY_QUOTES]}
    out = []
    for q in found:
        text = paragraph_text[q.span.paragraph]
        assert text[q.span.start:q.span.end] == q.span.text, "quote text must be verbatim"
        speaker = ids.get(id(cast.canonical(q.speaker))) if q.speaker is not None else None
        confidence = q.confidence if speaker else CONFIDENCE["none"]
        out.append(Quote(text=q.span.text, speaker=speaker, paragraph=q.span.paragraph, partial=q.partial,
                         key=(q.span.paragraph, q.span.start) in key, confidence=confidence))
    return tuple(out)
