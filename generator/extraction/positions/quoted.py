"""Positions stated in quotes whose speaker is known."""

from __future__ import annotations

import re

from ..attribution import CONFIDENCE as ATTRIBUTION_CONFIDENCE, Attributed
from ..discourse import Reading
from ..stance_confidence import shape_of
from ..text import sentence_stop
from .holders import _tells_an_account
from .polarity import _judgement, content_polarity
from .shared import _FIRST_PERSON, _NESTED_REPORT
from .stance import Stance
from .stance_text import _tidy

MIN_QUOTE_STANCE_WORDS = 6
# A quote states its speaker's position only when a reporting verb, a dash or a label names the speaker.
MIN_QUOTE_CONFIDENCE = 0.8


def _quoted(reading: Reading, quotes: list[Attributed]) -> list[Stance]:
    """A quote whose speaker is known states that speaker's position in their own words, when it
    takes one: speaks for the speaker's side, says what should or will be, denies or judges. A quote
    that tells what happened ("the divers were inspecting the wreck") is testimony, not a stance."""
    out = []
    for quote in quotes:
        if quote.speaker is None or quote.partial or quote.confidence < MIN_QUOTE_CONFIDENCE:
            continue
        sentence = sentence_stop(quote.span.text, 0, len(quote.span.text))
        text = quote.span.text[:sentence.end()] if sentence else quote.span.text
        if len(text.split()) < MIN_QUOTE_STANCE_WORDS or not _TAKES_A_STANCE.search(text) and _judgement(text) is None:
            continue
        if _CONTINUATION.match(text):
            continue  # "And that is why …": what "that" is, the sentence before says
        if _NESTED_REPORT.match(text) or _OTHERS_SAY.match(text):
            # "“Lund emphasized that …,” wrote Roe": the quote reports someone else's words; "“Some folks
            # think the fees are harmless …”": a view the speaker sets up to answer.
            continue
        stance = _tidy(text)
        if stance is None:
            continue
        holder = reading.cast.canonical(quote.speaker)
        shape = shape_of("quoted", stance, holder, True, False, _tells_an_account(_FIRST_PERSON.sub("", stance)))
        out.append(Stance(holder, stance, content_polarity(text), quote.span.paragraph,
                          shape.confidence * quote.confidence / _SUREST_SPEAKER, "quoted", shape))
    return out


# First and second persons, modals and negation: the marks of words that take a stance.
_TAKES_A_STANCE = re.compile(r"\b(?:i|we|our|us|my|me|you|your|should|must|will|would|can|could|need|needs|want|"
                             r"wants|not|never|no)\b|n['’]t\b|['’](?:ll|re|m|ve)\b", re.I)
# A sentence that goes on from the one before, its subject a word pointing back to it.
# ("And then, he …", "So I think it was …": a word or "I think" before the pointer changes nothing.)
_CONTINUATION = re.compile(r"[\"“‘'(\s]*(?:and|but|so|or)\s*,?\s+(?:(?:also|then|now|again|still|i\s+think|i\s+believe)"
                           r"\s*,?\s+)?(?:that|this|it|he|she|they|these|those)\b", re.I)
_OTHERS_SAY = re.compile(r"[\"“‘'(]*(?:(?:some|many|a\s+lot\s+of)\s+)?(?:people|some|many|others|critics|they|"
                         r"everybody|everyone|folks)\s+(?:\w+ly\s+)?(?:say|says|think|claim|believe)\b", re.I)
_SUREST_SPEAKER = max(ATTRIBUTION_CONFIDENCE.values())
