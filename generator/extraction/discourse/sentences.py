"""The pass itself: the document read sentence by sentence, each step taking what the sentence
names and says against what came before."""

from __future__ import annotations

import re

from ...cleaning import Document
from ..actors import Cast, Entity
from ..text import MASK, PARAGRAPH, Span
from .documents import _record_document_owners
from .mentions import _read_mentions
from .openings import _SENTENCE_OPENING, _main_clause_start
from .pronouns import _chain_pronouns, _read_opening_pronoun
from .reading import ParagraphView, Reading, view_paragraphs
from .verbs import _tie_verbs

_LOWER_WORD = re.compile(r"(?=[a-z])(?<![\w’'-])[a-z]+(?![\w’'-])")  # (first letter first: faster)
# (A quote that does not end its sentence leaves the word after it mid-sentence, a name when a
# verb follows it: "“…,” Roe said", not "“…,” Harbour Watch director Jo Lund said".)
# (Both begin with a capital: looking at it first lets the engine pass over the other places.)
_MID_SENTENCE_CAP = re.compile(rf"(?=[A-Z])(?:(?<=[a-z,;] )[A-Z][\w’'-]*|"
                               rf"(?<={MASK} )[A-Z][\w’'-]*(?= (?:[a-z]+(?:ed|s)|said|wrote|told)\b))")


def read_document(document: Document) -> Reading:
    views = view_paragraphs(document)
    # (One scan of the frames joined by line breaks, which neither pattern reads across.)
    frames = "\n".join(view.frame for view in views)
    mid_sentence_caps = frozenset(_MID_SENTENCE_CAP.findall(frames))
    lower_words = frozenset(_LOWER_WORD.findall(frames))
    reading = Reading(views, Cast(mid_sentence_caps), {}, {}, set(), lower_words=lower_words)
    number = 0
    for view in views:
        for sentence in view.sentences:
            number += 1
            _read_sentence(reading, view, sentence, number, mid_sentence_caps, lower_words)
    reading.cast.settle_surnames()
    reading.cast.settle_short_forms()
    reading.cast.settle_descriptions()
    return reading


def _read_sentence(reading: Reading, view: ParagraphView, sentence: Span, number: int,
                   mid_sentence_caps: frozenset[str], lower_words: frozenset[str]) -> None:
    cast = reading.cast
    frame = view.frame
    base = view.number * PARAGRAPH
    cast.begin_sentence(base + sentence.start)
    opening = _SENTENCE_OPENING.match(frame, sentence.start, sentence.end)
    initial_at = opening.end() if opening else sentence.start
    main_clause_at = _main_clause_start(frame, sentence, initial_at, mid_sentence_caps)
    # (position, entity, subject, acts, a subject a pronoun may point back to)
    pending: list[tuple[int, Entity, bool, bool, bool]] = []
    mentions = _read_mentions(cast, frame, base, sentence, initial_at, main_clause_at, mid_sentence_caps, lower_words,
                              pending)
    opener = _read_opening_pronoun(cast, frame, base, sentence, initial_at, pending)
    # Sentences come in order, so the paragraph's list stays sorted when this sentence's is added.
    mentions.sort(key=lambda m: m.start)
    _record_document_owners(reading, view, sentence, mentions)
    reading.names.setdefault(view.number, []).extend(mentions)
    for pos, entity, subject, acts, salient in sorted(pending, key=lambda p: p[0]):
        cast.record(pos, entity, subject, number, acts, salient=salient)
    _chain_pronouns(cast, frame, base, number, sentence, initial_at, opener.end(1) if opener else initial_at)
    _tie_verbs(reading, view, sentence, number, initial_at, mentions)
