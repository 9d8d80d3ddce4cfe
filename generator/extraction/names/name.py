"""A name and the judging of one piece of a run of capitalised words: the words that start no
name ("But", "pro-", "a Boston-area"), end none (a date, a full stop) or make it no name (shouting,
a dateline) come off, and the title it opens with is cut off as its role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import COUNTRY_BY_NAME, FIRST_NAME_GENDER, FUNCTION_WORDS, NON_ACTOR_WORDS, ORG_WORDS
from .splitting import is_place
from .titles import extend_role, is_title_at, role_cut
from .words import CONNECTORS, IRREGULAR_PLURALS, MAX_ACRONYM, REPORTING

# Prefixes that make a capitalised word an adjective ("pro-Russian", "anti-Western").
_ADJECTIVE_PREFIX = re.compile(r"^(?:pro|anti|non|ex|post|pre|mid|neo|self|all|trans|pan)-", re.I)
_HYPHEN_ADJECTIVE = re.compile(r"-(?:[a-z]+(?:ed|ing)|led|area|based|born|bred|run|owned|made|maker|style|era|wide)$")
# Capitalised mid-sentence after a colon or a quotation, these still start no name.
_NEVER_IN_NAMES = frozenset("a an but and or so if when while as in on at for with after before he she it they "
                            "we i this that these those his her its their our".split())
_NO_NAME_WORDS = NON_ACTOR_WORDS | FUNCTION_WORDS
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$")
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:st|nd|rd|th)) $")


@dataclass(frozen=True, slots=True)
class Name:
    """A proper name in a paragraph: offsets of the name itself (role prefix excluded)."""

    start: int
    end: int
    text: str
    role: str | None
    role_start: int
    possessive: bool
    sentence_initial: bool


def _participle_before_given_name(words: list[str]) -> bool:
    first = words[0]
    return len(first) > 4 and first.endswith("ing") and first not in FIRST_NAME_GENDER and words[1] in FIRST_NAME_GENDER


def _is_reporting_participle(word: str) -> bool:
    low = word.lower()
    return low.endswith("ing") and (low[:-3] in REPORTING or f"{low[:-3]}e" in REPORTING)


_ACRONYM_WORD = re.compile(r"^[A-Z]{2,6}$")
# Owners that open some bodies' names: "Our Rivers PAC", "Our Towns Party".
_OWNERS_IN_NAMES = frozenset(("Our",))
MIN_OWNED_NAME_WORDS = 3


def _names_a_body_with(words: list[str]) -> bool:
    """ "Our Rivers PAC", "Our Towns Party": an owner that opens a run of capitalised words ending in
    a word for a body or an acronym is part of the body's name, and so is the acronym; "Our Rivers"
    alone is what someone calls theirs."""
    last = words[-1].rstrip(".,")
    return words[0] in _OWNERS_IN_NAMES and len(words) >= MIN_OWNED_NAME_WORDS \
        and (last.lower() in ORG_WORDS or bool(_ACRONYM_WORD.match(last)))


def make_name(frame: str, words: list[str], offsets: list[int], initial_at: int) -> Name | None:
    """The name one piece of a run gives, with its role; None when the piece names no one."""
    # A capitalised function word starts no name: "But" and "The" at the start of a sentence,
    # "In" after a quotation. Mid-sentence "The" belongs to names such as "The Guardian".
    # (Indices, not repeated slicing: a run can be thousands of words long.)
    owned = _names_a_body_with(words)
    i = 0
    while i < len(words) and words[i].lower() in FUNCTION_WORDS and (offsets[i] == initial_at
                                                                     or words[i].lower() in _NEVER_IN_NAMES) \
            and not (i + 1 < len(words) and (is_title_at(words, i) or words[i] in FIRST_NAME_GENDER
                                             or is_place(words[i:i + 2]))) \
            and not (owned and i == 0):
        # ("Said Hamid, the governor, …": a given name spelt as a function word opens the name; the
        # actors' reading tells it from the verb before a name already met. "New" opening a sentence
        # opens a place's name too: "New Mexico Sen. Jane Roe".)
        i += 1
    while i < len(words) and (_ADJECTIVE_PREFIX.match(words[i]) or words[i] in CONNECTORS
                              or i < len(words) - 1 and words[i].isupper() and words[i].lower() in NON_ACTOR_WORDS):
        # ("super PAC Harbour Action": the kind of body before its name.)
        i += 1
    # "a Boston-area Talvik volunteer", "Pulitzer Prize-winning author Jane Roe": a word that
    # its hyphenated ending makes an adjective modifies what follows; a name can only come after it.
    for k in range(len(words) - 1, i - 1, -1):
        if "-" in words[k] and _HYPHEN_ADJECTIVE.search(words[k]):
            i = k + 1
            break
    if i:
        words, offsets = words[i:], offsets[i:]
    if not words:
        return None
    sentence_initial = offsets[0] == initial_at
    # A dash may open a sentence that is a subheading ("– Using Jane Roe? –").
    opens = sentence_initial or offsets[0] > initial_at and not frame[initial_at:offsets[0]].strip(" –—")
    if sentence_initial and len(words) > 1 and _is_reporting_participle(words[0]) \
            or opens and len(words) > 1 and _participle_before_given_name(words):
        # "Alleging Norway has ...", "Using Jane Roe?": a participle opening the sentence, then the name.
        words, offsets = words[1:], offsets[1:]
        sentence_initial = False

    possessive = False
    last = words[-1]
    if last.endswith(("’s", "'s")) and last[:-2] not in IRREGULAR_PLURALS:
        possessive, words = True, words[:-1] + [last[:-2]]
    elif last.endswith(("s’", "s'")):
        possessive, words = True, words[:-1] + [last[:-1]]
    # A full stop after a word longer than an abbreviation ends the sentence, not the name.
    if words[-1].endswith(".") and not _ABBREVIATED.match(words[-1]):
        words = words[:-1] + [words[-1][:-1]]
    keep = len(words)
    # After a given name such a word is a surname: "Jane May"; after others a body's: "Human Rights Watch".
    while keep > 1 and words[keep - 1].lower() in NON_ACTOR_WORDS and words[keep - 2] not in FIRST_NAME_GENDER \
            and words[keep - 1].lower() not in ORG_WORDS and not owned:
        keep -= 1
    if keep < len(words):
        # "Workers Union on Monday" less its date is "Workers Union", not "Workers Union on".
        while keep > 1 and words[keep - 1] in CONNECTORS:
            keep -= 1
    if keep < len(words):
        words, offsets = words[:keep], offsets[:keep]
    if all(w.lower() in _NO_NAME_WORDS for w in words):
        return None
    # Words in capitals longer than an acronym are datelines ("SYRACUSE, N.Y. —") or shouting, and
    # so are several words in capitals ("LOCKED OUT").
    if (any(len(w) > MAX_ACRONYM and w.isupper() for w in words)
            or len(words) > 1 and all(w.isupper() and "." not in w for w in words) and any(len(w) > 3 for w in words)) \
            and " ".join(words).lower() not in COUNTRY_BY_NAME:
        return None

    cut = role_cut(frame, words, offsets, sentence_initial, initial_at)
    if cut is None:
        return None
    role = None
    role_start = offsets[0]
    if cut:
        role = " ".join(words[:cut])
        words, offsets = words[cut:], offsets[cut:]
    if not words or not words[0][:1].isupper() and not words[0][:3].lower() in ("al-", "el-"):
        return None
    text_start = offsets[0]
    text_end = offsets[-1] + len(words[-1])
    ordinal = _ORDINAL_BEFORE.search(frame, max(0, text_start - 6), text_start) if role is None else None
    if ordinal and any(w.lower() in ORG_WORDS for w in words):
        # "the 4th District Court of Claims", "the 31st Signal Brigade": the number is the
        # body's name, and without it the name is another body's.
        words = [ordinal.group(1), *words]
        text_start = role_start = ordinal.start(1)
        sentence_initial = False
    role, role_start = extend_role(frame, role, role_start, text_start, text_end)
    return Name(text_start, text_end, " ".join(words), role, role_start, possessive, sentence_initial)
