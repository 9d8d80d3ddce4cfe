"""Documents as speakers: "the ministry's letter says" speaks for the body that issued or owns
the document, so the pass notes which organisations are seen issuing or owning one."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import DOCUMENT_NOUNS, alternation
from ..text import PARAGRAPH, Span
from .reading import NameMention, ParagraphView, Reading

_DOCUMENT = alternation(DOCUMENT_NOUNS)
_DOCUMENT_WORD = re.compile(rf"\b(?:{_DOCUMENT})\b", re.I)
# An organisation issuing or owning a document: "the ministry's letter", "the agency began
# sending forms", "a memo from the agency".
_OWNS_DOCUMENT = re.compile(rf"(?:['’]s?\s+(?:[\w-]+\s+){{0,2}}?|(?:\s+[\w’'-]+){{0,5}}?\s+(?:issu|send|sent|publish|releas|"
                            rf"circulat|distribut|draft|wr[io]t|mail)\w*\s+(?:[\w’'-]+\s+){{0,3}}?)(?:{_DOCUMENT})\b", re.I)
_DOCUMENT_FROM = re.compile(rf"\b(?:{_DOCUMENT})\s+(?:from|(?:issued|sent|written|signed)\s+by)\s+(?:the\s+)?$", re.I)
# A speaker phrase headed by a document: "a leaked memo obtained by …", "the report".
_DOCUMENT_SUBJECT = re.compile(rf"^(?:(?:the|a|an|this|that|its|their|one)\s+)?(?:[\w’'.-]+\s+){{0,3}}?(?:{_DOCUMENT})\b"
                               r"(?!\s+(?:of|to|for|about|on)\b)", re.I)


def _has_document_word(reading: Reading, view: ParagraphView, sentence: Span) -> bool:
    """Whether a document noun lies in the sentence (the paragraph searched once)."""
    starts = reading.document_words.get(view.number)
    if starts is None:
        starts = reading.document_words[view.number] = [m.start() for m in _DOCUMENT_WORD.finditer(view.frame)]
    at = bisect_left(starts, sentence.start)
    return at < len(starts) and starts[at] < sentence.end


def _record_document_owners(reading: Reading, view: ParagraphView, sentence: Span, mentions: list[NameMention]) -> None:
    """Note each organisation, country or person of the sentence seen issuing or owning a document."""
    cast = reading.cast
    frame = view.frame
    base = view.number * PARAGRAPH
    if mentions and _has_document_word(reading, view, sentence):
        for m in mentions:
            owner = cast.canonical(m.entity)
            if owner.type in ("organization", "country", "person") and (
                    _OWNS_DOCUMENT.match(frame, m.end, sentence.end)
                    or _DOCUMENT_FROM.search(frame, max(sentence.start, m.role_start - 40), m.role_start)):
                reading.document_owners.append((base + m.start, owner))
