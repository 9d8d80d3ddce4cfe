"""Positions stated in quotes whose speaker is known."""

from __future__ import annotations

import re

from ..attribution import CONFIDENCE as ATTRIBUTION_CONFIDENCE, Attributed
from ..discourse import Reading
from ..lexicon import PAST_TENSE_VERBS, SPEECH_VERBS, STANCE_POLARITY, LazyPattern, alternation
from ..stance_confidence import shape_of
from ..text import sentence_stop
from .holders import _tells_an_account
from .polarity import _judgement, content_polarity
from .shared import _FIRST_PERSON, _NESTED_REPORT
from .stance import Stance
from .stance_text import _tidy

MIN_QUOTE_STANCE_WORDS = 6
_OTHERS_FIRST = re.compile(r"[\"“‘'(\[]*(?:he|she|they)\b", re.I)
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
        holder = reading.cast.canonical(quote.speaker)
        for number, text in enumerate(_sentences(quote.span.text)):
            if number >= MAX_QUOTE_SENTENCES:
                break
            stance = _stance_of(text) if number == 0 or _COMMITTED.search(text) and not _LEANS_BACK.match(text) \
                and not _QUESTION_END.search(text) else None
            if stance is None:
                continue
            shape = shape_of("quoted", stance, holder, True, False, _tells_an_account(_FIRST_PERSON.sub("", stance)))
            # (In a speaker's own words "he", "she" and "they" are others: "He is against the
            # deal" tells the speaker's view of someone else's stance, a claim.)
            out.append(Stance(holder, stance, content_polarity(text, own=not _OTHERS_FIRST.match(text)),
                              quote.span.paragraph,
                              shape.confidence * quote.confidence / _SUREST_SPEAKER, "quoted", shape))
    return out


def _sentences(text: str):
    """The sentences of a quote, in order."""
    start = 0
    while start < len(text):
        stop = sentence_stop(text, start, len(text))
        end = stop.end() if stop else len(text)
        if text[start:end].strip():
            yield text[start:end].strip()
        start = end


def _stance_of(text: str) -> str | None:
    """The stance a sentence of a quote states, or None when it states none of its speaker's."""
    if len(text.split()) < MIN_QUOTE_STANCE_WORDS or not _TAKES_A_STANCE.search(text) and _judgement(text) is None:
        return None
    if _CONTINUATION.match(text):
        return None  # "And that is why …": what "that" is, the sentence before says
    if _not_the_speakers(text):
        return None
    if _NESTED_REPORT.match(text) or _OTHERS_SAY.match(text):
        # "“Lund emphasized that …,” wrote Roe": the quote reports someone else's words; "“Some folks
        # think the fees are harmless …”": a view the speaker sets up to answer.
        return None
    return _tidy(text)


# A sentence after a quote's first states a stance of its own only when it commits its speaker: "we"
# or "I" with a modal or a verb of stance ("We will reopen …", "I oppose …"), or what someone must or
# should do. The rest goes on the story the first sentence opened ("My son was at school that day"),
# and far into a long quote a speaker may be voicing someone else ("… and they tell me: sign it now").
_COMMITTED = LazyPattern(lambda: r"^[\"“‘'(]*(?:i|we)(?:['’]ll\b|\s+(?:(?:\w+ly|also|still|now|then|all|not|"
                                 r"never|do|does|did|\w+n['’]t)\s+)*(?:will|shall|must|should|can|cannot|need|want|"
                                 r"intend|plan|hope|" + alternation(STANCE_POLARITY) + r")\b)"
                                 r"|\b(?:must|should)\s+(?!have\b)(?:not\s+)?\w+", re.I)
MAX_QUOTE_SENTENCES = 3
_QUESTION_END = re.compile(r"\?[\"”’')\s]*$")
# What leans on the sentence before it: a connective, a condition or a word pointing back ("So …",
# "If it were …", "This could not …").
_LEANS_BACK = re.compile(r"[\"“‘'(\s]*(?:so|and|but|or|then|if|unless|this|that|it|these|those|he|she|they|there|"
                         r"which|such)\b", re.I)


# First and second persons, modals and negation: the marks of words that take a stance.
_TAKES_A_STANCE = re.compile(r"\b(?:i|we|our|us|my|me|you|your|should|must|will|would|can|could|need|needs|want|"
                             r"wants|not|never|no)\b|n['’]t\b|['’](?:ll|re|m|ve)\b", re.I)
# A sentence that goes on from the one before, its subject a word pointing back to it.
# ("And then, he …", "So I think it was …": a word or "I think" before the pointer changes nothing.)
_CONTINUATION = re.compile(r"[\"“‘'(\s]*(?:and|but|so|or)\s*,?\s+(?:(?:also|then|now|again|still|i\s+think|i\s+believe)"
                           r"\s*,?\s+)?(?:that|this|it|he|she|they|these|those)\b", re.I)
_OTHERS_SAY = re.compile(r"[\"“‘'(]*(?:(?:some|many|a\s+lot\s+of)\s+)?(?:people|some|many|others|critics|"
                         r"everybody|everyone|folks)\s+(?:\w+ly\s+)?(?:say|says|think|claim|believe)\b", re.I)
# A quote opening on a bare "they", or on "you" said of anyone ("you never know", "if you ask
# around …", "you can see it"): the one holding the view is not the speaker, or no one. ("You are
# wrong" and "you cannot let them win" speak to someone: a retort or a demand, which the confidence
# weighs.)
_NO_ONES_OWN = re.compile(r"[\"“‘'(]*(?:(?:and|but|so)\s*,?\s+)?(?:(?:they|(?:if|when|whenever|once)\s+you)\b|"
                          r"you(?:['’]ll)?\s+(?:(?:can|can['’]t|cannot|could|will|do|don['’]t|just|never|may|might|"
                          r"have\s+to)\s+)*(?:know\b(?!\s*,)|(?:see|look|imagine|hear|think|assume|feel|mean|meant|"
                          r"ask)\b))", re.I)
# The speaker's own past: "I" or "we", then a past tense or "had" with its participle.
_OWN_PAST = re.compile(r"[\"“‘'(]*(?:(?:and|but|so|then)\s*,?\s+)?(?:i|we)\s+(?:(?:\w+ly|just|then|even|also|still|all|"
                       r"both|first|already)\s+)*(?P<had>had\s+(?:(?:\w+ly|just|already|first)\s+)?)?(?P<verb>[a-z]+)\b", re.I)


def _not_the_speakers(text: str) -> bool:
    """Whether quoted words take no stance of their speaker's: "“They want us gone”" (who they are,
    the quote does not say), "“You never know …”" (anyone's), "“We had phoned the office twice”" (what
    happened)."""
    return _NO_ONES_OWN.match(text) is not None or _own_past(text)


def _own_past(text: str) -> bool:
    """Whether a quote opens on what the speaker did or went through ("I walked home that night",
    "we had phoned the office twice") and does not judge it: testimony. A verb of stance or of saying in the
    simple past ("we rejected the offer", "I told them no") still says where the speaker stands, and
    so does a verb of thinking; the past before the past ("we had warned them") is the story's
    background."""
    opening = _OWN_PAST.match(text)
    if opening is None or _judgement(text) is not None:
        return False  # ("we got the fees wrong", "I made a bad mistake": an act owned and judged)
    verb = opening.group("verb").lower()
    if opening.group("had") is not None:
        return verb.endswith(("ed", "en")) or verb in PAST_TENSE_VERBS  # what came before the story told
    if verb in STANCE_POLARITY or verb in SPEECH_VERBS or verb in _VIEWS or _ERRING.match(verb):
        return False
    return verb.endswith("ed") and verb not in _NOT_PAST or verb in PAST_TENSE_VERBS


# Past forms that tell a view, not an act ("I thought …", "we felt …"), and the "did" that insists
# or denies ("we did warn them", "I did not send it").
_VIEWS = frozenset("thought felt believed knew hoped feared wanted expected did".split())
# An act owned as a mistake is a stance taken on it: "we overstated the gains", "I misjudged him".
_ERRING = re.compile(r"(?:over|under|mis)[a-z]{3,}|erred|failed|blew|messed")
# Words in -ed that are no past tense: "I need …".
_NOT_PAST = frozenset("need heed".split())
_SUREST_SPEAKER = max(ATTRIBUTION_CONFIDENCE.values())
