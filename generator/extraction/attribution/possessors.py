"""The possessor of a noun for something said ("Roe's claim that …") as the speaker of the words
quoted with it."""

from __future__ import annotations

import re

from ...data import load_list
from ..actors import Entity
from ..discourse import ParagraphView, Reading
from ..clauses import cue_verbs
from ..lexicon import alternation
from ..quotes import QuoteSpan
from ..text import MASKS, PARAGRAPH


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
    whose content the quote gives, named from `start` on. (In "called Roe's charge “pathetic”" the
    quote says what the charge is, in the words of whoever calls it so.) Words quoted further on in
    the that-clause that says what a claim is are the possessor's too ("Roe's view is that the board
    is a “closed shop”"), unless a reporting verb in the clause gives them to someone else. The
    owner may be a pronoun right before the noun ("his call for “…”"): the one it points back to."""
    frame = view.frame
    for mention in reading.names_from(view.number, start):
        if mention.start >= span.outer_start:
            break
        if not mention.possessive:
            continue
        if _CONTENT_AFTER_NOUN.fullmatch(frame, mention.end, span.outer_start):
            return reading.cast.canonical(mention.entity)
        clause = _CLAIM_THAT.match(frame, mention.end, span.outer_start)
        if clause is not None and _WITHIN_CLAUSE.fullmatch(frame, clause.end(), span.outer_start) \
                and len(frame[clause.end():span.outer_start].split()) <= _MAX_CLAUSE_WORDS \
                and next(cue_verbs(frame, clause.end(), span.outer_start), None) is None:
            return reading.cast.canonical(mention.entity)
    owner = _PRONOUN_OWNER.search(frame, max(start, span.outer_start - _PRONOUN_OWNER_REACH), span.outer_start)
    if owner is not None:
        entity = reading.cast.resolve_pronoun(owner.group(1), view.number * PARAGRAPH + owner.start(1))
        return reading.cast.canonical(entity) if entity is not None else None
    return None


_SPEECH_NOUNS = tuple(w.lower() for w in load_list("speech_nouns.txt"))
_SPEECH_NOUN = alternation(_SPEECH_NOUNS)
_POSSESSIVE_END = re.compile(r"['’]s?\s*")
_NOUN_BEFORE_QUOTE = re.compile(rf"['’]s?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})(?:\s+(?:that|of|about|on|to|for))?[\s,:]*",
                                re.I)
# A noun of speech and what opens its content: "claim that the", "call for an", "warning:".
_NOUN_OPENING_CONTENT = rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})\s*(?:(?:that|of|for)(?:\s+(?:a|an|the))?|:)\s*"
_CONTENT_AFTER_NOUN = re.compile(rf"['’]s?\s+{_NOUN_OPENING_CONTENT}", re.I)
_PRONOUN_OWNER = re.compile(rf"(?<![\w’'-])(his|her|their)\s+{_NOUN_OPENING_CONTENT}$", re.I)
_PRONOUN_OWNER_REACH = 80
_CLAIM_NOUN = alternation((*_SPEECH_NOUNS, *(w.lower() for w in load_list("claim_nouns.txt"))))
# (Only a that-clause after "is" runs on to the quote: in "Roe's claim that the port is closed is
# “not true”" the clause ends before the verb that says what the claim is, in another's words.)
_CLAIM_THAT = re.compile(rf"['’]s?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_CLAIM_NOUN})\s+(?:is|was)\s+that\s+", re.I)
# (The clause runs on to the quote with no other quotation and no break: "; " or ": " start another.)
_WITHIN_CLAUSE = re.compile(rf"[^;:{MASKS}]*")
_MAX_CLAUSE_WORDS = 25
_NOUN_AFTER_QUOTE = re.compile(rf"\s*(?:[\w’'-]+\s+)?(?:{_SPEECH_NOUN})\b", re.I)
