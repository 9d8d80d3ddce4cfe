"""Titles: the role a name is given by the title before it, capitalised inside the run ("Party
Chairman Tomas Varga", "Minister for Defence Paolo Di Santo") or in lower case before it ("City
Hall press secretary Jane Roe", "former education secretary Jane Roe")."""

from __future__ import annotations

import re

from ..lexicon import (AUXILIARIES, DEMONYM_OF, FIRST_NAME_GENDER, FUNCTION_WORDS, IRREGULAR_PAST, ORG_WORDS,
                       PAST_TENSE_VERBS, PERSON_NOUNS, PERSON_TITLES, PROPER_ADJECTIVES)
from ..text import MASKS
from .words import CONNECTORS, NAME_PARTICLES, REPORTING

_TITLE_SEQS = frozenset(tuple(t.lower().split()) for t in PERSON_TITLES)
_MAX_TITLE = max(len(t) for t in _TITLE_SEQS)
_TITLE_FIRST_WORDS = frozenset(t[0] for t in _TITLE_SEQS)
_LOWER_TITLES = frozenset(tuple(t.lower().split()) for t in (*PERSON_TITLES, *PERSON_NOUNS) if not t.endswith("."))
_MAX_LOWER_TITLE = max(len(t) for t in _LOWER_TITLES)
_LOWER_TITLE_ENDS = frozenset(t[-1] for t in _LOWER_TITLES)
_ROLE_MODIFIERS = frozenset(
    "senior former deputy chief acting top assistant associate executive campaign press communications "
    "national general vice foreign defense defence interior presidential founding longtime veteran current "
    "interim".split())
_NAME_CONNECTORS = frozenset(("of", "the", "and", "for"))
_SPACED_WORD = re.compile(r"\S+")
_KEPT_BEFORE_TITLE = frozenset(("former", "acting", "outgoing", "incoming", "interim", "its"))
_MAX_TITLE_MODIFIERS = 3
# Nouns for a person that are adjectives far more often: alone before a name ("a senior Roe adviser",
# "a major Roe donor") they qualify the noun after it, of which the name is a modifier.
_ADJECTIVES_FIRST = frozenset(("senior", "junior", "major"))
# Words after which a noun phrase begins: a title's modifiers may follow them, a verb may not.
_PHRASE_OPENERS = frozenset("a an the his her its their our my your by with from for of at former".split())
_TIME_BEFORE = re.compile(r"(?<![\w-])(former|then|acting|outgoing|incoming|interim|late) $")
_FORMER_AND_BEFORE = re.compile(r"(?<![\w-])([Ff]ormer ([a-z][\w-]*) and) $")
_SET_OFF_NAME = re.compile(r",\s+[A-Z][a-z]")
_DATELINE = re.compile(r"[A-Z][A-Z.,’' ]*(?:\([^)]*\))?\s*[—–-]\s*")
_OWNER_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s) $")


def is_title_at(words: list[str], i: int) -> int:
    """Length of the title starting at words[i], 0 if none."""
    if words[i].lower() not in _TITLE_FIRST_WORDS:
        return 0
    for size in range(min(_MAX_TITLE, len(words) - i), 0, -1):
        if tuple(w.lower() for w in words[i:i + size]) in _TITLE_SEQS:
            return size
    return 0


def _title_end(words: list[str]) -> int:
    """How many leading words are a role: up to the last title followed by a personal name."""
    cut = 0
    i = 0
    while i < len(words) - 1:
        # A title after "of the" is part of the complement: "Keeper of the Royal Archives".
        size = 0 if i and words[i - 1].lower() in CONNECTORS else is_title_at(words, i)
        if size and i + size < len(words):
            cut = i + size
            i += size
        else:
            i += 1
    # "Party Chairman Tomas Varga" has a role; "Justice Department" is a name.
    if cut and any(w.lower() in ORG_WORDS for w in words[cut:]):
        return 0
    return cut


def _complement_end(words: list[str], cut: int) -> int:
    """ "Minister for Defence Paolo Di Santo": where the name starts after a title's complement,
    at a known given name, else at the last two words (three with a particle), else 0."""
    start = cut + 1 + (cut + 1 < len(words) and words[cut + 1] == "the")
    for i in range(start + 1, len(words) - 1):
        if words[i] in FIRST_NAME_GENDER:
            return i
    i = len(words) - 2
    if words[i].lower() in NAME_PARTICLES:
        i -= 1
    return i if i > start and words[i - 1].lower() not in CONNECTORS else 0


def role_cut(frame: str, words: list[str], offsets: list[int], sentence_initial: bool, initial_at: int) -> int | None:
    """How many of a name's leading words are a title, its role; None when the words name no one."""
    cut = _title_end(words)
    if cut and cut < len(words) and words[cut] in ("of", "for", "on"):
        end = offsets[-1] + len(words[-1])
        if _SET_OFF_NAME.match(frame, end) and not any(w in FIRST_NAME_GENDER for w in words[cut + 1:]):
            # "Vice President of Farmers for Clean Rivers, Tomas Ekdal": the holder is named after
            # the comma; the body in the title is part of the role, not an actor of its own.
            return None
        cut = _complement_end(words, cut)
        if not cut:
            return None  # "Keeper of the Royal Archives": a title and its complement, naming no one
    if not cut and (sentence_initial or _DATELINE.fullmatch(frame, initial_at, offsets[0])) and len(words) > 2 \
            and words[0].lower() in PERSON_NOUNS and not any(w.lower() in ORG_WORDS for w in words[1:]):
        # "Actress Jane Roe": a person noun is capitalised only as the sentence's first word, which
        # may come after a dateline ("HARBOUR CITY — Actress Jane Roe").
        cut = 1
    return cut


def extend_role(frame: str, role: str | None, role_start: int, text_start: int,
                text_end: int) -> tuple[str | None, int]:
    """The role and where it starts, once the words before the name are read: a lower-case title
    when the name has none, else the owner or the time word of the title it has."""
    if role is None:
        found = _title_before(frame, text_start) or _shared_title_before(frame, text_start, text_end)
        if found:
            role_start, role = found
    elif role_start > 1 and frame[role_start - 1] == " ":
        owner = _OWNER_BEFORE.search(frame[max(0, role_start - 60):role_start])
        if owner:
            role = f"{owner.group(1)} {role}"
            role_start -= len(owner.group(1)) + 1
        else:
            # "former UN Secretary General Ana Ruiz" was, and is no longer, what the title says.
            time = _TIME_BEFORE.search(frame, max(0, role_start - 12), role_start)
            joined = _FORMER_AND_BEFORE.search(frame, max(0, role_start - 40), role_start)
            if time:
                role = f"{time.group(1)} {role}"
                role_start = time.start(1)
            elif joined and joined.group(2).lower() in PERSON_NOUNS:
                # "Former judge and Harbour Mayor Jane Roe": "former" is said of both posts.
                role = f"{joined.group(1)} {role}"
                role_start = joined.start(1)
    return role, role_start


def _title_before(frame: str, start: int) -> tuple[int, str] | None:
    """ "City Hall press secretary Jane Roe": a lower-case title and its modifiers before a name."""
    if start < 2 or frame[start - 1] != " ":
        return None
    window = max(0, start - 140)
    # Most names have no title before them: look at the last word before a full scan.
    stop = start - 1
    while stop > window and frame[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > window and not frame[begin - 1].isspace():
        begin -= 1
    if frame[begin:stop] not in _LOWER_TITLE_ENDS:
        return None
    words = [(m.start(), m.group()) for m in _SPACED_WORD.finditer(frame, window, start)]
    if window > 0 and not frame[window - 1].isspace():
        words = words[1:]  # the first word may be cut
    size = next((k for k in range(min(_MAX_LOWER_TITLE, len(words)), 0, -1)
                 if tuple(w for _, w in words[-k:]) in _LOWER_TITLES), 0)
    if not size:
        return None
    i = len(words) - size
    while i > 0 and words[i - 1][1] in _ROLE_MODIFIERS:
        i -= 1
    i = _noun_modifiers_start(words, i)
    if i > 0 and words[i - 1][1] in _KEPT_BEFORE_TITLE:
        # "former education secretary Jane Roe": the time word before the words that say of what
        # the post is still says she no longer holds it; whose it was may come before it.
        i -= 1
    taken = 0
    while i > 0 and taken < 8 and _continues_role(words[i - 1][1]):
        i -= 1
        taken += 1
    if taken and i > 0 and words[i - 1][1] in _KEPT_BEFORE_TITLE:
        i -= 1  # "former Norland Senate president Jane Roe"
    # "(The) former minister Jane Roe": the time word says she no longer is one, and stays in the role;
    # "Its chief executive Jane Roe": the owner stays, for the role to say whose.
    while i < len(words) and words[i][1].lower() in FUNCTION_WORDS and words[i][1].lower() not in _KEPT_BEFORE_TITLE:
        i += 1
    if i >= len(words) or i == len(words) - 1 and words[i][1] in _ADJECTIVES_FIRST:
        return None
    if i == len(words) - 1 and i and words[i - 1][1] in AUXILIARIES:
        # "would counsel Jane Roe": a verb, whose object the name is. (After "to" it may be either:
        # "to host Jane Roe", "according to spokesperson Jane Roe".)
        return None
    return words[i][0], frame[words[i][0]:start].strip()


# "candidates Jane Roe and": a plural noun for persons before the first of two names joined by "and".
_SHARED_BEFORE_FIRST = re.compile(r"(?<![\w’'-])([a-z]+)[ ]$")
_BOTH_AFTER = re.compile(r"[ ]and[ ][A-Z]")
# "candidates Jane Roe and ": the same, seen from the second name.
_SHARED_BEFORE_SECOND = re.compile(
    r"(?<![\w’'-])([a-z]+)[ ](?:[A-Z][\w.’'-]*[ ]){1,4}and[ ]$")


_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z][a-z]")
# Kin named together are each other's kin: "brothers Tom and Ed Hale" gives neither a role.
_KIN_PLURALS = frozenset("brothers sisters parents cousins twins siblings".split())


def _singular(word: str) -> str | None:
    """The singular of a plural noun for persons, when it is a title's last word ("candidates")."""
    if word in _KIN_PLURALS:
        return None
    for plural, single in (("ies", "y"), ("men", "man"), ("s", "")):
        if word.endswith(plural) and f"{word[:-len(plural)]}{single}" in _LOWER_TITLE_ENDS:
            return f"{word[:-len(plural)]}{single}"
    return None


def _shared_title_before(frame: str, start: int, end: int) -> tuple[int, str] | None:
    """ "Democratic presidential candidates Jane Roe and Tom Hale": a title in the plural before two
    names joined by "and" is each one's, in the singular. For the second name no words before it
    are its role's (the first name lies between), so its role starts where the name does."""
    window = max(0, start - 200)
    first = _SHARED_BEFORE_FIRST.search(frame, window, start) if _BOTH_AFTER.match(frame, end) else None
    second = None if first or not frame.endswith(" and ", 0, start) \
        else _SHARED_BEFORE_SECOND.search(frame, window, start)
    found = first or second
    single = _singular(found.group(1)) if found else None
    if single is None:
        return None
    rewritten = f"{frame[:found.start(1)]}{single} "
    title = _title_before(rewritten, len(rewritten))
    if title is None:
        return None
    return (title[0] if first else start), title[1]


def _noun_modifiers_start(words: list[tuple[int, str]], i: int) -> int:
    """Where the lower-case words before a title that say of what it is begin ("harbour finance
    director", "night desk chief"): a title's last word alone is a fragment of it.
    A verb ("to sack campaign manager") may come where such a word would, so the words count only
    when what comes before them opens a noun phrase: an article, an owner, a capitalised word, a
    reporting verb, the end of a clause or a quotation."""
    k = i
    while k > 0 and i - k < _MAX_TITLE_MODIFIERS and _may_modify_title(words[k - 1][1]):
        k -= 1
    if k == i:
        return i
    before = words[k - 1][1] if k else ""
    low = before.lower()
    opens = not before or before[-1] in f",;:(“\"{MASKS}" or before[:1].isupper() or before.endswith(("'s", "’s")) \
        or low in _PHRASE_OPENERS or low in REPORTING
    return k if opens else i


def _may_modify_title(word: str) -> bool:
    """A lower-case word that may be a noun or adjective before a title: no function word, verb or adverb."""
    return word.replace("-", "").isalpha() and word.islower() and word not in FUNCTION_WORDS \
        and word not in REPORTING and word not in AUXILIARIES and word not in PAST_TENSE_VERBS \
        and word not in IRREGULAR_PAST and not word.endswith(("ed", "ly", "ing", "s"))


def _continues_role(word: str) -> bool:
    return (word[:1].isupper() or word in _NAME_CONNECTORS) and not any(c in MASKS for c in word) \
        and word[-1] not in ",.;:" and not _glued_to_title(word)


def _glued_to_title(word: str) -> bool:
    """ "ImagesRepublican" in "via Harbour ImagesRepublican candidate Jane Roe": a caption's credit
    glued to the word that opens the role ("WikiLeaks founder" is a brand's name)."""
    glued = _GLUED_WORDS.search(word)
    if glued is None:
        return False
    rest = word[glued.start() + 2:]
    return rest in PERSON_TITLES or rest.lower() in PROPER_ADJECTIVES or rest.lower() in DEMONYM_OF
