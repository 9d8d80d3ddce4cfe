"""The possessor of a noun for something said ("Roe's claim that …") as the speaker of the words
quoted with it."""

from __future__ import annotations

import re

from ...data import load_list
from ..actors import Entity
from ..discourse import ParagraphView, Reading
from ..lexicon import alternation
from ..quotes import QuoteSpan


def _owner_of_words(reading: Reading, view: ParagraphView, start: int, span: QuoteSpan) -> Entity | None:
    """ "Varga's recent assertion that '…'", "Varga's 'never again' pledge": the possessor of a noun
    for something said is the one who said the quoted words."""
    frame = view.frame
    for mention in reading.names_from(view.number, max(start, span.outer_start - 80)):
        if mention.start >= span.outer_start:
            break
        if not mention.possessive:
            continue
        if _NOUN_BEFORE_QUOTE.fullmatch(frame, mention.end, span.outer_start) or (
                _POSSESSIVE_END.fullmatch(frame, mention.end, span.outer_start)
                and _NOUN_AFTER_QUOTE.match(frame, span.outer_end)):
            return reading.cast.canonical(mention.entity)
    return None


def _owner_of_content(reading: Reading, view: ParagraphView, start: int, span: QuoteSpan) -> Entity | None:
    """ "Roe's claim that “…”", "Roe's call for “…”": the possessor of a noun for something said
    whose content the quote gives, named after `start`. (In "called Roe's charge “pathetic”" the
    quote says what the charge is, in the words of whoever calls it so.)"""
    for mention in reading.names_from(view.number, start):
        if mention.start >= span.outer_start:
            break
        if mention.possessive and _CONTENT_AFTER_NOUN.fullmatch(view.frame, mention.end, span.outer_start):
            return reading.cast.canonical(mention.entity)
    return None


_SPEECH_NOUN = alternation(w.lower() for w in (*load_list("speech_nouns.txt"),))
_POSSESSIVE_END = re.compile(r"['’]s?\s*")
_NOUN_BEFORE_QUOTE = re.compile(rf"['’]s?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})(?:\s+(?:that|of|about|on|to|for))?[\s,:]*",
                                re.I)
_CONTENT_AFTER_NOUN = re.compile(rf"['’]s?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})\s*"
                                 r"(?:(?:that|of|for)(?:\s+(?:a|an|the))?|:)\s*", re.I)
_NOUN_AFTER_QUOTE = re.compile(rf"\s*(?:[\w’'-]+\s+)?(?:{_SPEECH_NOUN})\b", re.I)
