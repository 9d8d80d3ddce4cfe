"""Speakers that the layout of the text gives: a credit line in a paragraph of its own below a
quote, and a heading in Title Case that shows someone speaking."""

from __future__ import annotations

import re

from ..actors import Entity
from ..clauses import PAST_FORMS, cue_verbs
from ..discourse import ParagraphView, Reading
from ..lexicon import SPEECH_VERBS
from ..quotes import QuoteSpan
from ..text import QUOTE_MARKS


def _credited_below(reading: Reading, view: ParagraphView, span: QuoteSpan) -> Entity | None:
    """The person a paragraph of its own credits with a quote the paragraph before leaves open
    where it ends: `"… worth every penny` then `Jane Roe, director of the Sailing Club."`, the
    credit line of a quote set apart; or with a quote closing the paragraph before, when a dash
    leads the credit: `"… worth every penny."` then `— Jane Roe, writing to the club.` The credit
    names no one else before the name and reports nothing (a participle may say how the words
    came: "writing", "speaking at …")."""
    text = view.text.rstrip()
    if span.outer_end < len(text) or view.number >= len(reading.views):
        return None
    below = reading.views[view.number]
    closed = QUOTE_MARKS.fullmatch(text[-1:]) is not None
    credit = (_DASHED_CREDIT if closed else _CREDIT).fullmatch(below.text.strip())
    if credit is None or below.spans and (closed or below.spans[0].outer_start > 0):
        return None
    first = next(iter(reading.names_from(below.number, 0)), None)
    if first is None or not _BEFORE_CREDITED.fullmatch(below.text, 0, first.role_start) or any(
            not (closed and verb.group().lower().endswith("ing"))
            for verb in cue_verbs(below.frame, first.end, len(below.frame))):
        return None
    if closed and (not _AFTER_DASHED_NAME.fullmatch(below.text.rstrip(), first.end) or _NEWSROOM_CREDIT.search(below.text)):
        return None  # "— Jane Roe contributed reporting from Northport.": the writer's credit, under any paragraph
    person = reading.cast.canonical(first.entity)
    return person if person.type == "person" and not first.possessive else None


# (A dash may lead the credit; a role after a comma may follow the name; the mark closing the
# quote ends it.)
_CREDIT = re.compile(r"[—–―-]?\s*[A-Z][^!?;:\"“”]{0,150}?[.]?\s*[\"”]")
# (A title or a given name the reading of names left out may lead the name: "— President Roe".)
_BEFORE_CREDITED = re.compile(r"[\s—–―-]*(?:[A-Z][\w.’'-]*\s+){0,2}")
_DASHED_CREDIT = re.compile(r"[—–―-]\s*[A-Z][^!?;:\"“”]{0,150}")
# (Under a closed quote only the name stands in the credit, with what follows a comma: a verb after
# the name tells something of its own.)
_AFTER_DASHED_NAME = re.compile(r"\s*(?:,[^.!?]*)?[.]?")
_NEWSROOM_CREDIT = re.compile(r"\b(?:contribut|report)\w*", re.I)


def _heading_reach(view: ParagraphView) -> int:
    """Where the paragraph's second sentence ends: a heading's speaker reaches the quote set
    right after it."""
    return view.sentences[min(1, len(view.sentences) - 1)].end if view.sentences else 0


def _heading_speaker(reading: Reading, view: ParagraphView, before: int) -> Entity | None:
    """The person a paragraph opening with a heading in Title Case shows speaking before offset
    `before`: "Jane Roe Praised The Plan As “…”", "At The Summit, Jane Roe Said “…”", "Jane Roe
    Thanked The Board. “…”". (In Title Case the reporting verb is capitalised like a name.)"""
    if not view.sentences:
        return None
    heading = view.sentences[0]
    # (The quoted words count: a heading capitalises them too.)
    words = _HEADING_WORD.findall(view.text, heading.start, heading.end)
    if len(words) < _HEADING_MIN_WORDS or any(w[0].islower() for w in words):
        return None
    speaker = None
    for mention in reading.names_from(view.number, heading.start):
        if mention.start >= min(before, heading.end):
            break
        verb = _HEADING_VERB.match(view.frame, mention.end, heading.end)
        word = verb.group(1).lower() if verb else ""
        if not mention.possessive and word in SPEECH_VERBS and (word.endswith("ed") or word in PAST_FORMS):
            speaker = reading.cast.canonical(mention.entity)
    return speaker if speaker is not None and speaker.type == "person" else None


_HEADING_VERB = re.compile(r"\s+([A-Z][a-z]+)\s")
# (Short words stay lower case in Title Case: "Thanked Roe for Visiting".)
_HEADING_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][\w’'-]{3,}")
_HEADING_MIN_WORDS = 4
