"""Evidence from a name's context: whether it acts (a verb after it), opens a clause, is a surname
reporting, modifies a noun, is a state in a list or a capital before a noun. Predicates on the
frame alone, so that the reading of names stays a list of decisions."""

from __future__ import annotations

import re

from ..clauses import cue_verbs
from ..lexicon import (AUXILIARIES, CAPITAL_OF, COUNTRY_BY_NAME, FUNCTION_WORDS, GROUP_NOUNS, IRREGULAR_PAST, ORG_WORDS,
                       PAST_TENSE_VERBS, PERSON_NOUNS, SPEECH_VERBS, STANCE_POLARITY, STATES)
from ..names.name import Name
from ..text import MASKS

_VERB_WORDS = SPEECH_VERBS | frozenset(STANCE_POLARITY) | AUXILIARIES
# An aside between a name and its verb: "Sen. Jo Lund (Vt.)", "Jo Lund – a Dallas fan –".
_ASIDE = rf"\s*\([^(){MASKS}]{{1,40}}\)|\s+[—–]\s+[^—–{MASKS}]{{1,120}}?\s+[—–]|\s+-\s+[^{MASKS}]{{1,120}}?\s+-(?=\s)"
_NEXT_WORD = re.compile(
    rf"(?:{_ASIDE})?"
    rf"(?:\s*,[^,{MASKS}]{{1,160}}?,|\s+(?:of|from|at|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.’'-]*)*)?"
    rf"(?:,\s+(?:(?:who|which|that)\s+|(?![a-z]+ing\b))|\s+(?:(?:who|which|that)\s+)?)"
    r"(?:(?:\w+ly|also|then|later|again|still|now|never|not|already|reportedly)\s+)*([a-z]+(?:n't)?)\b")
_FOLLOWING_WORD = re.compile(r" ([a-z][\w-]*)")
# Nouns that a name before them modifies ("the Varga campaign", "City Hall officials").
_HEAD_NOUNS = (frozenset(PERSON_NOUNS) | GROUP_NOUNS | frozenset(w for w in ORG_WORDS if w.islower()) | frozenset(
    "campaign administration region province city district area government officials team camp side "
    "state county town village border capital territory".split()))
# Plural nouns for events that are also verbs: after "the" a name before one is its modifier ("the
# Harbour Union protests", "the Roe rallies"), for a name with "the" rarely speaks in the present.
_EVENT_PLURALS = frozenset("protests rallies marches strikes riots talks hearings attacks raids".split())
# The names listed right before and right after a name: "won Iowa, Georgia and Kansas", "Lake
# County, Georgia".
_LISTED_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:,(?: and| or)?| and| or) $")
_LISTED_AFTER = re.compile(r"(?:,(?: and| or)?| and| or) ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_COPULAS = frozenset(("is", "are", "was", "were"))
# After "is" or "was": what the subject is doing or about to do acts ("was meeting", "is set to",
# "was forced to resign"); what was done to it does not ("was replaced", "were wounded", "was
# born"): such subjects are most often background or victims, named once.
_PREDICATE_ACTS = re.compile(r"\s+(?:(?:not|also|still|now|then|already|reportedly|\w+ly)\s+)*(?:[a-z]+ing\b|(?:[a-z]+(?:ed|en)|found|held|made|told|left|put|shot|hit|cut|brought|caught|paid|sold|built|won|lost|"
                             r"led|kept|sent|met|seen|known|shown|thrown|struck|set|sued|fined|jailed|freed)\s+to\s|to\s|set\b|due\b|"
                             r"able\b|about\s+to\b|going\b|in\s+talks\b)")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "his", "her", "their"))
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _acts_after(frame: str, end: int, limit: int) -> bool:
    # "Jane Roe and Tom Hale held talks": each of the names joined by "and" is a subject.
    joined = _AND_NAME.match(frame, end, limit)
    found = _NEXT_WORD.match(frame, joined.end() if joined else end, limit)
    if not found:
        return False
    word = found.group(1)
    if word in _COPULAS and not _PREDICATE_ACTS.match(frame, found.end(), limit):
        return False  # "Myanmar is mainly Buddhist": a description, not an act
    return word in _VERB_WORDS or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


_AND_NAME = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*(?![\w’'-])")


# What may come between a subject and its verb: an appositive set off by commas, a time, adverbs.
_SUBJECT_GAP = re.compile(
    rf"(?:{_ASIDE}|\s*,[^,{MASKS}]{{1,160}}?,|\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|tonight|earlier|later|last|first|also|then|now|still|again|once|never|not|already|reportedly|"
    r"\w+ly)\b))*"
    r"\s+([a-z]+(?:n't)?)\b")


def _clause_verb_after(frame: str, end: int, limit: int) -> bool:
    """Whether a finite verb follows the phrase ending at `end`: the phrase is a clause's subject,
    the one a pronoun in the next sentences points back to."""
    found = _SUBJECT_GAP.match(frame, end, limit)
    if not found:
        return False
    word = found.group(1)
    return word in _VERB_WORDS or word in PAST_TENSE_VERBS or (word.endswith("ed") and len(word) > 4)


_CLAUSE_AFTER_SUBJECT = re.compile(rf"(?:{_ASIDE})?"
                                   r"(?:\s+and\s+(?:[A-Z][\w’'-]*|others|(?:his|her|their|other)\s+[a-z]+)(?:\s+[A-Z][\w’'-]*){0,2})?"
                                   r"\s*(?:,|(?:(?:[a-z]+ly|then|also|later|again|still|now|first|finally)\s+)?[a-z]+(?:s|ed)\b|(?:(?:[a-z]+ly|then|also|later|again|still|now|first|finally)\s+)?(?:went|took|made|gave|got|came|began|"
                                   r"saw|knew|thought|left|met|won|lost|ran|led|kept|held|brought|found|became|sought|"
                                   r"spent|sent|stood|struck|put|set|cut|hit|let|fell|felt|heard|paid|sat|spoke|told|wrote|said)\b)")


def _opens_clause(frame: str, initial_at: int, name_start: int, name_end: int, limit: int) -> bool:
    """A name that opens its sentence, or its main clause after a phrase of place or time, and is
    followed by a comma or a verb, not "Smith Street"."""
    if name_start != initial_at and not _OPENING_PLACE_OR_TIME.fullmatch(frame, initial_at, name_start):
        return False
    return bool(_CLAUSE_AFTER_SUBJECT.match(frame, name_end, limit))


# "In a speech on Monday, Roe …", "At the rally, Roe …": a phrase of place or time set off by a
# comma leaves the name after it opening the main clause.
_OPENING_PLACE_OR_TIME = re.compile(rf"(?:In|At|On|During|Throughout|Inside|Outside|Across)\s[^,;:{MASKS}]*,\s+")


def _surname_reporting(frame: str, name, limit: int, lower_words: frozenset[str]) -> bool:
    """ "Hale said.", "Cruz openly admitted …": a capitalised word that opens a sentence and is the
    subject of a reporting verb is a surname, unless the text writes it in lower case elsewhere
    or it looks like a plural ("Critics said")."""
    low = name.text.lower()
    if low in lower_words or low in FUNCTION_WORDS or low.endswith(("s", "ing", "ed")) or not name.text.isalpha():
        return False
    found = _ADVERBS_THEN_WORD.match(frame, name.end, limit)
    if not found or next(cue_verbs(frame, found.start(1), found.end(1)), None) is None:
        return False
    # "Harsh comments are rare": a cue word before an auxiliary is a plural noun, and the
    # capitalised word an adjective.
    after = _WORD_AFTER.match(frame, found.end(1), limit)
    return not (found.group(1).endswith("s") and after is not None and after.group(1) in AUXILIARIES)


# (An age, or a description of the person set off by commas: "Hale, 30, said", "Hale, the
# firm's counsel, insists".)
_ADVERBS_THEN_WORD = re.compile(rf"(?:\s*,\s+\d{{1,3}},|\s*,\s+(?:[A-Z][\w’'-]*['’]s|the|an?|his|her|their)\s[^,;:{MASKS}]{{1,60}},)?"
                                r"(?:\s+\w+ly)?\s+([a-z]+(?:\s+(?:back|in|up))?)\b")


def _among_states(frame: str, name: Name) -> bool:
    """Whether a country's or a capital's name is listed with states or after a county ("won
    Iowa, Georgia and Kansas", "Lake County, Georgia"): the state of that name, a place."""
    key = name.text.lower()
    if key not in COUNTRY_BY_NAME and key not in CAPITAL_OF:
        return False
    before = _LISTED_BEFORE.search(frame, max(0, name.start - 40), name.start)
    after = _LISTED_AFTER.match(frame, name.end)
    return any(found and (found.group(1).lower().replace(".", "") in STATES or found.group(1).endswith(" County"))
               for found in (before, after))


def _capital_before_noun(frame: str, name: Name, limit: int, previous_word: str) -> bool:
    """ "the Lisbon floods", "last week's Oslo summit", "a Vienna law firm": a capital between
    a determiner or an owner and a common noun says where, not that the country's government did
    anything (a capital said to act goes without an article: "Moscow said")."""
    if name.text.lower() not in CAPITAL_OF or not (previous_word in _DETERMINERS
                                                   or previous_word.endswith(("’s", "'s"))):
        return False
    found = _FOLLOWING_WORD.match(frame, name.end, limit)
    return bool(found) and found.group(1) not in FUNCTION_WORDS and found.group(1) not in AUXILIARIES


def _is_modifier(frame: str, end: int, limit: int, single_unknown: bool, determined: bool = False) -> bool:
    """A name right before a common noun modifies it: "the Donetsk region", "the Varga campaign".
    After a determiner an -ing word is that noun too: "the Dunmore bombing", "the Senate hearing";
    and so is a plural for events: "the Roe rallies"."""
    found = _FOLLOWING_WORD.match(frame, end, limit)
    if not found:
        return False
    word = found.group(1)
    if word in _HEAD_NOUNS or determined and (word.endswith("ing") and len(word) > 5 or word in _EVENT_PLURALS):
        return True
    return single_unknown and (word not in FUNCTION_WORDS and word not in _VERB_WORDS
                               and not word.endswith(("ly", "ed")) and word not in ("who", "which"))


def _previous_word(frame: str, at: int) -> str:
    """The word (letters, digits, _ ’ ' -) before `at` across spaces, within 30 characters, lower-cased."""
    low = max(0, at - 30)
    end = at
    while end > low and frame[end - 1].isspace():
        end -= 1
    begin = end
    while begin > low and (frame[begin - 1].isalnum() or frame[begin - 1] in _WORD_EXTRA):
        begin -= 1
    return frame[begin:end].lower()


_WORD_EXTRA = frozenset("_’'-")
