"""Who was reported speaking, or what a sentence is about, around a quote: the subjects of the
reporting verbs before it, the subject opening its sentence, the one chiming in after it or
issuing the document it quotes."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..actors import Entity
from ..clauses import OPENING_CLAUSE, cue_verbs, subject_before
from ..discourse import ParagraphView, Reading, leads_name
from ..quotes import QuoteSpan
from ..text import MASKS, PARAGRAPH

_QUOTES_ONLY = re.compile(rf"[\s,;.!?{MASKS}]*")
_PRONOUN_OPENING = re.compile(rf"[\s\"“‘'(\[{MASKS}]*(?:He|She|They)\b")


def _described(reading: Reading, view: ParagraphView, span: QuoteSpan, subject: Entity) -> bool:
    """Whether the quote is the complement of a linking verb right after a mention of `subject`, or
    after a pronoun that points back to `subject`: in "To the crews, he is still “the best pilot on
    the coast”" someone says what he is, in words the sentence does not give to him. (After a
    reporting verb, "Roe said she was “…”", she says it of herself.)"""
    sentence = view.sentence_at(span.outer_start)
    pronoun = _PRONOUN_LINKED.search(view.frame, max(sentence.start, span.outer_start - _PRONOUN_LINKED_REACH),
                                     span.outer_start)
    if pronoun is not None and next(cue_verbs(view.frame, sentence.start, pronoun.start()), None) is None:
        at = view.number * PARAGRAPH + pronoun.start()
        if any(m.pos == at and reading.cast.canonical(m.entity) is subject for m in reversed(reading.cast.timeline)):
            return True
    mention = None
    for found in reading.names_from(view.number, sentence.start):
        if found.start >= span.outer_start:
            break
        if reading.cast.canonical(found.entity) is subject:
            mention = found
    return mention is not None and _LINKING.fullmatch(view.frame, mention.end, span.outer_start) is not None


_LINKING = re.compile(r"\s+(?:is|was|are|were|seems|seemed|appears|appeared|looks|looked|remains|remained|becomes|"
                      r"became)\s+(?:(?:not|a|an|the|so|very|too|more|most|really|just|still|now|also|indeed|in\s+fact)\s+)*")
_PRONOUN_LINKED = re.compile(r"(?<![\w’'-])(?:he|she|they)" + _LINKING.pattern + "$", re.I)
_PRONOUN_LINKED_REACH = 60


def _main_clause_subject(reading: Reading, view: ParagraphView, span: QuoteSpan, subject: Entity) -> Entity | None:
    """The subject of the clause the quote is in, given the sentence's first `subject`: in "As
    Varga left, the union handed out leaflets against “any cut”" the one leaving opens an adverbial clause
    and the words are the main clause's, whose subject is the name right after the comma that
    closes that clause, or someone the text does not name."""
    frame = view.frame
    sentence = view.sentence_at(span.outer_start)
    mentions = reading.names_from(view.number, sentence.start)
    for mention in mentions:
        if mention.start >= span.outer_start:
            break
        if reading.cast.canonical(mention.entity) is not subject:
            continue
        comma = frame.find(",", mention.end, span.outer_start)
        if comma < 0 or not OPENING_CLAUSE.fullmatch(frame, sentence.start, mention.start):
            return subject
        main = next((m for m in mentions if m.start > comma), None)
        if main is None or main.start >= span.outer_start or main.possessive \
                or _MAIN_SUBJECT_LEAD.fullmatch(frame, comma + 1, main.role_start) is None:
            return None
        return reading.cast.canonical(main.entity)
    return subject


_MAIN_SUBJECT_LEAD = re.compile(r"\s*(?:the\s+)?", re.I)


def _reporter_before(reading: Reading, view: ParagraphView, offset: int) -> Entity | None:
    """The subject of the last reporting verb before `offset` in its sentence."""
    starts, entities = reading.verbs_of(view.number)
    at = bisect_left(starts, offset)
    return entities[at - 1] if at and starts[at - 1] >= view.sentence_at(offset).start else None


def _reporter_between(reading: Reading, view: ParagraphView, start: int, end: int) -> Entity | None:
    """The subject of the last reporting verb from `start` on, in a sentence before the one at `end`."""
    starts, entities = reading.verbs_of(view.number)
    at = bisect_left(starts, end)
    if not at or starts[at - 1] < start or starts[at - 1] >= view.sentence_at(end).start:
        return None
    verb = next(cue_verbs(view.frame, starts[at - 1], view.sentence_at(end).start), None)
    return reading.cast.canonical(entities[at - 1]) if verb is not None and verb.start() == starts[at - 1] else None


def _reporter_of_sentence_before(reading: Reading, view: ParagraphView, span: QuoteSpan) -> Entity | None:
    """The subject of a reporting verb in the sentence right before the quote's, in its paragraph."""
    sentence = view.sentence_at(span.outer_start)
    earlier = [s for s in view.sentences if s.end <= sentence.start]
    if not earlier or next(cue_verbs(view.frame, sentence.start, max(sentence.end, span.outer_end)), None) is not None:
        return None  # (a sentence with a reporting verb of its own reports someone, named or not)
    before = earlier[-1]
    starts, entities = reading.verbs_of(view.number)
    at = bisect_left(starts, sentence.start)
    if not at or starts[at - 1] < before.start:
        return None
    verb = next(cue_verbs(view.frame, starts[at - 1], before.end), None)
    return reading.cast.canonical(entities[at - 1]) if verb is not None and verb.start() == starts[at - 1] else None


def _unresolved_reporter(reading: Reading, view: ParagraphView, span: QuoteSpan, past_commas: bool = True) -> bool:
    """Whether the reporting verb right before the quote has a subject phrase that names no actor
    ("Others yelled, “…”"); without `past_commas`, only a phrase right before the verb counts (in
    "her blog on Monday, which said" the phrase read back past the comma is no sure subject)."""
    sentence = view.sentence_at(span.outer_start)
    verb = None
    for verb in cue_verbs(view.frame, sentence.start, span.outer_start):
        pass
    if verb is None or _QUOTES_ONLY.fullmatch(view.frame, verb.end(), span.outer_start) is None \
            or (view.number, verb.start()) in reading.verb_subjects:
        return False
    subject = subject_before(view.frame, sentence.start, verb.start())
    # (A pronoun left unresolved, as in "which he called “…”", still points back to someone.)
    return subject is not None and subject.text.split()[-1].lower() not in _PERSONAL_PRONOUNS \
        and (past_commas or not view.frame[subject.end:verb.start()].strip())


_PERSONAL_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))
_NOTHING_REPORTED = re.compile(r"(?:\s+(?:in|up|back|too|again|later|then))?\s*[.!]")


def _speaker_chiming_in(reading: Reading, paragraph: int) -> Entity | None:
    """The subject of a reporting verb that ends the first sentence of `paragraph` ("X chimed in.")."""
    if paragraph > len(reading.views):
        return None
    view = reading.views[paragraph - 1]
    if not view.sentences:
        return None
    first = view.sentences[0]
    if any(s.outer_start < first.end for s in view.spans):
        return None  # the sentence carries its own quote
    starts, entities = reading.verbs_of(paragraph)
    at = bisect_left(starts, first.start)
    while at < len(starts) and starts[at] < first.end:
        verb = next(cue_verbs(view.frame, starts[at], first.end), None)
        if verb is not None and verb.start() == starts[at] \
                and _NOTHING_REPORTED.match(view.frame, verb.end(), first.end + 1):
            return entities[at]
        at += 1
    return None


def _issuer_in(reading: Reading, paragraph: int) -> Entity | None:
    """The organisation that the paragraph shows issuing or owning a document, if any."""
    owners = reading.document_owners
    at = bisect_left(owners, (paragraph + 1) * PARAGRAPH, key=lambda owner: owner[0])
    if at and owners[at - 1][0] >= paragraph * PARAGRAPH:
        return reading.cast.canonical(owners[at - 1][1])
    return None


def _names_someone(entity: Entity | None) -> bool:
    return entity is not None and entity.named


def _opening_subject(reading: Reading, view: ParagraphView, span: QuoteSpan) -> Entity | None:
    """The subject of the quote's sentence when it opens the sentence, a title before it at most:
    "Varga then praised …", not "With a vote for Varga ruled out, Roe said …"."""
    subject = reading.cast.sentence_subject(view.number * PARAGRAPH + span.outer_start, opening=True)
    if subject is None:
        return None
    sentence = view.sentence_at(span.outer_start)
    first = next(reading.names_from(view.number, sentence.start), None)
    if first is None or first.start >= span.outer_start or reading.cast.canonical(first.entity) is not subject:
        return subject if _PRONOUN_OPENING.match(view.frame, sentence.start) else None
    return subject if all(leads_name(w) for w in view.frame[sentence.start:first.role_start].split()) else None


def _last_speaker(reading: Reading, paragraph: int, offset: int, view: ParagraphView | None = None) -> Entity | None:
    """The subject of the last reporting verb before `offset` in the paragraph, else (given the
    paragraph's `view`) the first subject of the sentence before, else the subject of the last
    reporting verb in the paragraph before."""
    starts, entities = reading.verbs_of(paragraph)
    at = bisect_left(starts, offset)
    if at:
        return entities[at - 1]
    if view is not None:
        sentence = view.sentence_at(offset)
        if sentence.start > 0:
            subject = reading.cast.sentence_subject(paragraph * PARAGRAPH + sentence.start - 1)
            if subject is not None:
                return subject
    starts, entities = reading.verbs_of(paragraph - 1)
    return entities[-1] if entities else None
