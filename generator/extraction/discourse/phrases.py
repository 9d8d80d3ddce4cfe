"""Resolving a subject or speaker phrase to the actor it refers to: a name heading it, a pronoun,
a document speaking for its issuer, the maker of a work, or a description."""

from __future__ import annotations

import re

from ...data import load_list
from ..actors import SHARE_OF, Entity, is_common_plural
from ..clauses import Phrase
from ..lexicon import FUNCTION_WORDS, PAST_TENSE_VERBS, PERSON_NOUNS, ROLE_WORDS, TITLE_WORDS, LazyPattern, alternation
from ..text import PARAGRAPH
from .context import _DETERMINERS, _VERB_WORDS, _WORD_AFTER
from .documents import _DOCUMENT_FROM, _DOCUMENT_SUBJECT
from .reading import NameMention, Reading

_AGE = re.compile(r"^\d{1,3}-year-old$")
_APOSTROPHE = re.compile(r"['’]")
_LEAD_WORDS = frozenset("the a an this that its his her their our some many several most few other all both".split())
_MADE_BY = re.compile(rf"^(?:(?:the|a|an|new|latest|recent|its|their|his|her|\d{{4}})\s+)*(?:[\w’'-]+\s+){{0,2}}?"
                      rf"(?:{alternation(load_list('work_nouns.txt'))})\s+(?:by|from)\s+", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|they|him|her|them|i|we)(?:['’](?:s|d|ll|ve|re))?$", re.I)
_PARTICIPLE_BY = re.compile(r"[a-z]+(?:ed|en)\s+by\s")


def resolve_phrase(reading: Reading, paragraph: int, phrase: Phrase, reporting: bool = False,
                   antecedents_before: int | None = None) -> Entity | None:
    """The actor a subject or speaker phrase refers to: a name, a pronoun or a description;
    `reporting` when the phrase is the subject of a reporting verb. A pronoun looks for its
    antecedent before the offset `antecedents_before` when given, else before itself."""
    text = phrase.text.strip()
    if not text:
        return None
    if _PRONOUN.match(text):
        at = phrase.start if antecedents_before is None else antecedents_before
        return reading.cast.resolve_pronoun(_APOSTROPHE.split(text)[0], paragraph * PARAGRAPH + at, reporting)
    if _PARTICIPLE_BY.match(text):
        return None  # "(buoyed by overwhelming worker support …)": a participle's phrase, no actor
    made_by = _MADE_BY.match(text)
    if made_by:
        # "calculations by Jane Roe of the Valley Institute", "a report from the chief
        # auditor": the maker of the work speaks through it.
        start = phrase.start + (len(phrase.text) - len(phrase.text.lstrip())) + made_by.end()
        maker = resolve_phrase(reading, paragraph, Phrase(start, phrase.end, reading.views[paragraph - 1].frame[start:phrase.end]))
        if maker is not None:
            return maker
    mention = reading.name_in(paragraph, phrase)
    if _DOCUMENT_SUBJECT.match(text):
        # "the ministry's letter says", "a leaked letter seen by …": the document speaks for whoever
        # issued it, named in the phrase or last seen issuing or owning a document.
        if mention is not None and (mention.possessive or _DOCUMENT_FROM.search(
                reading.views[paragraph - 1].frame, max(phrase.start, mention.role_start - 40), mention.role_start)):
            return reading.cast.canonical(mention.entity)
        owner = reading.document_owner(paragraph * PARAGRAPH + phrase.start)
        if owner is not None:
            return owner
    first = text.split()[0]
    if mention is None or mention.possessive and mention.end < phrase.end - 2:
        apposed = _apposed_name(reading, paragraph, phrase)
        if apposed is not None:
            return apposed
    if mention is not None:
        head = _head_name(reading, paragraph, phrase)
        if head is not None:
            return reading.cast.canonical(head.entity)
        lead = reading.views[paragraph - 1].frame[phrase.start:max(phrase.start, mention.role_start)].split()
        if all(leads_name(w) for w in lead) or _is_role(lead) or _role_right_before(
                reading.views[paragraph - 1].frame[phrase.start:mention.start].split()):
            if mention.possessive and mention.end < phrase.end - 2:
                return reading.cast.resolve_description(text, paragraph * PARAGRAPH + phrase.start)
            return reading.cast.canonical(mention.entity)
        if SHARE_OF.fullmatch(reading.views[paragraph - 1].frame, phrase.start, mention.role_start) \
                and reading.cast.canonical(mention.entity).type == "group":
            return reading.cast.canonical(mention.entity)  # "half of the voters": see resolve_description
        if lead[0].lower() not in _LEAD_WORDS and lead[0].lower() not in ("one", "another") \
                and not is_common_plural(lead[0]):
            return None  # ("Attorneys for Okafor" is described, as "the attorneys" would be)
    elif first[:1].isupper() and first.lower() not in FUNCTION_WORDS and len(text.split()) <= 4 \
            and not is_common_plural(first) and not is_common_plural(text.split()[-1]) and not _ROLE_HEADED.search(text):
        # A capitalised word heading no name found is no actor, unless it is capitalised where it
        # opens the sentence before a plural common noun: "Pollsters said", "Law enforcement
        # sources said".
        return None
    return reading.cast.resolve_description(text, paragraph * PARAGRAPH + phrase.start)


def _names_a_clause(reading: Reading, paragraph: int, phrase: Phrase, verb: str) -> bool:
    """ "Because of how the council drew the map, explained Brandt": a name with a finite
    verb after it heads a clause of its own, not the subject of `verb`. (Before a participle it is
    the subject of both: "Jane Roe issues a statement slamming …".)"""
    if verb.lower().endswith("ing"):
        return False
    mention = reading.name_in(paragraph, phrase)
    if mention is None:
        return False
    frame = reading.views[paragraph - 1].frame
    # ("the NATO report warned": after a determiner the name modifies the noun that follows it.)
    return frame[phrase.start:mention.role_start].strip().lower() not in _DETERMINERS \
        and _verb_follows(frame, mention.end, phrase.end)


def _verb_follows(frame: str, end: int, limit: int) -> bool:
    """Whether the word after `end` (before `limit`) is a finite verb."""
    found = _WORD_AFTER.match(frame, end, limit)
    if not found:
        return False
    word = found.group(1)
    return word in _VERB_WORDS or word in PAST_TENSE_VERBS or (word.endswith("ed") and len(word) > 4)


_APPOSED_END = re.compile(r"\s*(?:[,;.!?)]|$)")


def _apposed_name(reading: Reading, paragraph: int, phrase: Phrase) -> Entity | None:
    """ "said the bureau's director, Maria T. Lund, on Monday": the person named right after a
    description, set off by a comma, is the one it describes."""
    frame = reading.views[paragraph - 1].frame
    comma = _COMMA.match(frame, phrase.end)
    if comma is None or len(phrase.text.split()) > 6 or _ENDS_WITH_PLACE.search(phrase.text):
        return None  # ("a farmer in Salem, Oregon": a place goes on)
    mention = next(reading.names_from(paragraph, comma.end()), None)
    if mention is None or mention.role_start != comma.end() or mention.possessive \
            or not _APPOSED_END.match(frame, mention.end):
        return None
    person = reading.cast.canonical(mention.entity)
    return person if person.type == "person" else None


_COMMA = re.compile(r",\s+")
_ENDS_WITH_PLACE = re.compile(r"\s(?:in|of|from|at|near)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")


def _head_name(reading: Reading, paragraph: int, phrase: Phrase) -> NameMention | None:
    """ "Jane Roe of the Valley Institute", "Senate Minority Whip Jane Roe in an interview": the
    name heading a phrase, the last one before the first prepositional phrase that follows a name."""
    frame = reading.views[paragraph - 1].frame
    head = None
    for mention in reading.names_from(paragraph, phrase.start):
        if mention.end >= phrase.end or mention.possessive:
            return None
        if head is not None and not all(leads_name(w) for w in frame[head.end:mention.role_start].split()):
            # Words between two names other than a role ("Valley University political scientist
            # Jane Roe"): not one name with its title.
            return None
        head = mention
        if _POST_MODIFIER.match(frame, mention.end, phrase.end):
            break
    else:
        return None
    if not all(leads_name(w) for w in frame[phrase.start:head.role_start].split()):
        return None
    return head


_POST_MODIFIER = re.compile(r"\s+(?:of|for|at|from|with|in|on)\s")


def _role_right_before(words: list[str]) -> bool:
    """ "Pay Now campaign organizing director Jane Roe": a lower-case role noun right before the name
    (not after "of"/"for" or an article, as in "a spokesman for Senator …")."""
    if not words or not words[-1].islower() or words[-1] not in _ROLE_NOUNS:
        return False
    return len(words) < 2 or words[-2].lower() not in _ROLE_BLOCKERS


_ROLE_NOUNS = frozenset(w for w in ROLE_WORDS if w.islower())
# "Republican presidential candidate", "Florida senator": capitalised modifiers before a role noun
# make a description, not a name.
_ROLE_HEADED = LazyPattern(lambda: rf"\s(?:{alternation(_ROLE_NOUNS)})$")
_ROLE_SHAPED = re.compile(r"[a-z][a-z-]+$")
_ROLE_BLOCKERS = frozenset("of for to at by with from the a an his her their its and or".split())


def _is_role(words: list[str]) -> bool:
    """ "CEO of the Housing Council": a title word and the body it serves, before a name."""
    return bool(words) and (words[0].lower() in TITLE_WORDS or words[0].lower() in PERSON_NOUNS) and all(
        leads_name(w) or w.lower() in ("of", "for", "and", "at", "on") for w in words)


def leads_name(word: str) -> bool:
    """Words that may stand before a name in a subject: "the", "former", "the neighboring"."""
    low = word.lower()
    if _AGE.match(low):
        return True  # "64-year-old Jon Lund"
    return (low in _LEAD_WORDS or low in TITLE_WORDS or low in PERSON_NOUNS or word[:1].isupper()
            or low.endswith(("ing", "ed", "ian", "ese", "ish", "ic", "al"))
            # "psychologist Jane Roe", "veteran pollster John Doe": a role the lists do not know,
            # in lower-case words that are neither function words nor verbs.
            or (_ROLE_SHAPED.match(word) is not None and low not in FUNCTION_WORDS and low not in _VERB_WORDS))
