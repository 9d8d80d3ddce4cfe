"""Proper names in narrative text: runs of capitalised words, cut into a role and a name.

News introduces people as "Russian President Vladimir Putin" or "White House press secretary
Jane Roe": the words up to the last title are the person's role, the rest the name. Runs are
split where a connector joins two separate names ("Russia and Ukraine") and kept whole where it
belongs to an institution's name ("Ministry of Defence", "People's Republic of Donetsk").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (AUXILIARIES, COUNTRY_BY_NAME, IRREGULAR_PAST, PAST_TENSE_VERBS, DEMONYM_OF, FIRST_NAME_GENDER,
                      FUNCTION_WORDS, GROUP_NOUNS, NON_ACTOR_WORDS, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, REGIONS,
                      PROPER_ADJECTIVES, SPEECH_VERBS, STANCE_POLARITY, TITLE_WORDS)
from .text import MASKS

# Capitals of the Latin-1 and Latin Extended blocks too: "Şahin", "Łukasz", "Ōta" start names.
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_PREFIXES = "al|el|ad|as|an|bin|ibn|abu|de|di|du|van|von|le|la|da|dos|del|mac|mc|o"  # "al-Assad", "O'Brien"
_TOKEN = (rf"(?:[{_UP}]\.){{2,}}|[{_UP}][a-z]{{0,3}}\.(?=[ ][{_UP}])|[{_UP}][\w’'&-]*(?:\.(?:com|org|net)\b)?"
          rf"|(?:{_PREFIXES})[-’'][{_UP}][\w’'-]*")
_CONNECTOR = r"of|for|on|and|&|de|da|del|della|der|den|van|von|du|le|la|al|el|bin|ibn|bint|y|the|St\."
# The look at the first character, before the one behind it, lets the regex engine skip most
# places at once: the scan of every sentence runs four times faster.
_TOKEN_START = rf"(?=[{_UP}{''.join(sorted({p[0] for p in _PREFIXES.split('|')}))}])"
RUN = re.compile(rf"{_TOKEN_START}(?<![\w’'-])(?:{_TOKEN})(?:[ ](?:(?:{_CONNECTOR})[ ]){{0,2}}(?:{_TOKEN}))*")

# Prefixes that make a capitalised word an adjective ("pro-Russian", "anti-Western").
_ADJECTIVE_PREFIX = re.compile(r"^(?:pro|anti|non|ex|post|pre|mid|neo|self|all|trans|pan)-", re.I)
_SET_OFF_NAME = re.compile(r",\s+[A-Z][a-z]")
_HYPHEN_ADJECTIVE = re.compile(r"-(?:[a-z]+(?:ed|ing)|led|area|based|born|bred|run|owned|made|maker|style|era|wide)$")
_IRREGULAR_PLURALS = frozenset(("People", "Men", "Women", "Children"))
# Capitalised mid-sentence after a colon or a quotation, these still start no name.
_NEVER_IN_NAMES = frozenset("a an but and or so if when while as in on at for with after before he she it they "
                            "we i this that these those his her its their our".split())
_CONNECTORS = frozenset(("of", "for", "on", "the", "and", "&"))
_NO_NAME_WORDS = NON_ACTOR_WORDS | FUNCTION_WORDS
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$")
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
NAME_PARTICLES = frozenset("al el bin ibn abu de di da du del della dos van von der le la".split())
_REPORTING = SPEECH_VERBS | frozenset(STANCE_POLARITY)
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
_DATELINE = re.compile(r"[A-Z][A-Z.,’' ]*(?:\([^)]*\))?\s*[—–-]\s*")
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:st|nd|rd|th)) $")
_OWNER_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s) $")


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


def _is_title_at(words: list[str], i: int) -> int:
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
        size = 0 if i and words[i - 1].lower() in _CONNECTORS else _is_title_at(words, i)
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
    return i if i > start and words[i - 1].lower() not in _CONNECTORS else 0


def _participle_before_given_name(words: list[str]) -> bool:
    first = words[0]
    return len(first) > 4 and first.endswith("ing") and first not in FIRST_NAME_GENDER and words[1] in FIRST_NAME_GENDER


def _is_reporting_participle(word: str) -> bool:
    low = word.lower()
    return low.endswith("ing") and (low[:-3] in _REPORTING or f"{low[:-3]}e" in _REPORTING)


def _split_run(words: list[str]) -> list[tuple[int, int]]:
    """Cut a run of words (indices) where its connectors join separate names."""
    if " ".join(words).lower() in COUNTRY_BY_NAME:
        return [(0, len(words))]
    pieces = []
    start = 0
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("and", "&") and words[start] == "The" and i - start == 2 and i + 2 == len(words):
            pass  # "The Sun and Star": a title, not two names
        elif w in ("and", "&") and _within_body(words, start, i):
            pass  # "Department of Parks and Open Spaces", "House Rivers and Harbours Reform Committee"
        elif w in ("and", "&") or (w in ("of", "for", "on", "the") and not _joins(words, start, i)):
            if w in ("of", "for", "on") and i + 1 < len(words) and words[i + 1] == "the":
                i += 1
            pieces.append((start, _back_over_connectors(words, start, i)))
            start = i + 1
        elif w.endswith(("’s", "'s", "s’", "s'")) and w[:-2] not in _IRREGULAR_PLURALS and i + 1 < len(words) \
                and not (i + 2 == len(words) and words[i + 1].lower() in ORG_WORDS and _holder(w[:-2])):
            # "Russia's Foreign Ministry": the owner is a name of its own; not so the holder of an
            # office in "the County Sheriff's Office".
            pieces.append((start, i + 1))
            start = i + 1
        i += 1
    pieces.append((start, len(words)))
    return [(a, b) for a, b in pieces if b > a]


def _holder(word: str) -> bool:
    """A title or office holder's noun: "Sheriff", "Attorney General" in "the Sheriff's Office"."""
    low = word.lower()
    return low in TITLE_WORDS or low in PERSON_NOUNS


def _within_body(words: list[str], start: int, i: int) -> bool:
    """Whether the "and" at words[i] joins two parts of one organisation's name: inside the
    complement of a body's word ("Ministry of Trade and Industry", "Harbour Authority of Valmora and
    Estria"), or before the body's word when what comes before does not end in one ("House
    Rivers and Harbours Reform Committee", not "Senate and House Appropriations Committee").
    Persons, acronyms and places are names of their own."""
    if i + 1 >= len(words) or words[i + 1] in _CONNECTORS:
        return False
    before, rest = words[start:i], words[i + 1:]
    if _personal(rest) or any(w in ("of", "for", "and") for w in rest):
        return False
    for k in range(len(before) - 1):
        if before[k].lower() in ORG_WORDS and before[k + 1] in ("of", "for"):
            complement = before[k + 2:]
            return bool(complement) and _is_place(complement) == _is_place(rest)
    return len(rest) > 1 and not _personal(before) and not _is_place(before) and not _is_place(rest) \
        and before[-1].lower() not in ORG_WORDS and rest[-1].lower() in ORG_WORDS


def _personal(words: list[str]) -> bool:
    """Whether words hold a person's given name or title, or an acronym: names of their own."""
    return any(w in FIRST_NAME_GENDER or w.lower() in TITLE_WORDS or len(w) > 1 and w.isupper() for w in words)


def _is_place(words: list[str]) -> bool:
    key = " ".join(words).lower()
    return key in COUNTRY_BY_NAME or key in REGIONS


def _split_organisation_from_person(words: list[str], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Housing Council Ana Silva": an organisation's name run into a person's name."""
    out = []
    for a, b in pieces:
        org_at = next((i for i in range(b - 1, a - 1, -1) if words[i].lower() in ORG_WORDS), -1)
        if 0 <= org_at < b - 2 and all(w[:1].isupper() and w.lower() not in ORG_WORDS and w.lower() not in
                                       TITLE_WORDS for w in words[org_at + 1:b]):
            out += [(a, org_at + 1), (org_at + 1, b)]
        else:
            out.append((a, b))
    return out


def _joins(words: list[str], start: int, i: int) -> bool:
    # "of" belongs to the name after an institution or title word: "Ministry of", "Minister of".
    j = i - 1
    while j >= start and words[j].lower() in ("the", "of", "for", "on"):
        j -= 1
    if j < start:
        return False
    left = words[j].lower().rstrip("’'s")
    return words[j].lower() in ORG_WORDS or left in ORG_WORDS or words[j].lower() in TITLE_WORDS \
        or words[i] == "for" and (j == start or words[j - 1] in ("of", "the")) and advocates(words[j])


def advocates(word: str) -> bool:
    """ "Farmers for Clean Rivers", "Physicians for Human Rights": people of a kind, capitalised,
    before "for" name the body that speaks for a cause."""
    low = word.lower()
    return low.endswith("s") and (low[:-1] in PERSON_NOUNS or low in GROUP_NOUNS or low in DEMONYM_OF)


def _back_over_connectors(words: list[str], start: int, end: int) -> int:
    while end > start and words[end - 1] in _CONNECTORS:
        end -= 1
    return end


def find_names(frame: str, start: int, end: int, sentence_initial_at: int) -> list[Name]:
    """Names in frame[start:end]; `sentence_initial_at` is where the sentence's first word starts."""
    names: list[Name] = []
    headline = _is_headline(frame, start, end)
    for run in RUN.finditer(frame, start, end):
        if frame[run.end():run.end() + 1].isdigit():
            continue  # "H.R.1424", "F-16": a code or a number, not a name
        words = run.group().split(" ")
        offsets = []
        at = run.start()
        for w in words:
            offsets.append(at)
            at += len(w) + 1
        # "Jane Roe Opened Up About Her Years In Office": in a line written in title case the words
        # around the names are capitalised too; a name ends before a function word or a verb. Words
        # in capitals longer than an acronym ("LOCKED OUT OF TALKS The union") are shouting,
        # and so are the shorter ones around them.
        shouting = any(_shouted(w) for w in words)
        cuts = [k for k, w in enumerate(words) if headline and _headline_break(w, k) or _shouted(w)
                or shouting and w.isupper() and "." not in w] if headline or shouting else []
        for a, b in zip([0, *(k + 1 for k in cuts)], [*cuts, len(words)]):
            if b > a:
                _add_names(frame, words[a:b], offsets[a:b], sentence_initial_at, names)
    return names


def _shouted(word: str) -> bool:
    return len(word) > MAX_ACRONYM and word.isupper() and word.lower() not in COUNTRY_BY_NAME


# A line is in title case when all of its longer words are capitalised, and some capitalised
# words are not names: in running text only names come so.
MIN_HEADLINE_WORDS = 3
MAX_ACRONYM = 6
# (Each looks at the first letter before the character behind it, which is several times faster.)
_LONG_WORD = re.compile(r"(?=[A-Za-z])(?<![\w’'-])[A-Za-z][a-z’'-]{3,}")
_LOWER_LONG_WORD = re.compile(r"(?=[a-z])(?<![\w’'-])[a-z][a-z’'-]{3,}")
_CAPITALISED_WORD = re.compile(r"(?=[A-Z])(?<![\w’'-])[A-Z][a-z’'-]*")
# Function words that are parts of names ("New York", "First Lady", "Jane May").
_NAME_FUNCTION_WORDS = frozenset("new first second third last former mr mrs ms dr will may people day days "
                                 "times way one".split())
# Words in -ed that are parts of names, not verbs ("United States", "Associated Press").
_NAME_PARTICIPLES = frozenset("united limited associated allied federated reformed combined consolidated "
                              "incorporated advanced applied integrated unified concerned".split())
_HEADLINE_VERBS = PAST_TENSE_VERBS | frozenset(
    w for w in _REPORTING if w.endswith("s") and w != "states" and (w[:-1] in _REPORTING or w[:-2] in _REPORTING))


def _is_headline(frame: str, start: int, end: int) -> bool:
    if _LOWER_LONG_WORD.search(frame, start, end):
        return False  # (the first such word found settles it, without a list of all the others)
    words = _LONG_WORD.findall(frame, start, end)
    return len(words) >= MIN_HEADLINE_WORDS and all(w[0].isupper() for w in words) \
        and any(_headline_break(w, 1) for w in _CAPITALISED_WORD.findall(frame, start, end))


def _headline_break(word: str, at: int) -> bool:
    low = word.lower()
    if len(word) > 1 and word.isupper():
        return False  # "US", "IT": acronyms
    return (low in FUNCTION_WORDS and low not in _NAME_FUNCTION_WORDS) or low in _HEADLINE_VERBS \
        or at > 0 and low.endswith("ed") and len(low) > 4 and low not in _NAME_PARTICIPLES


@lru_cache(maxsize=8192)
def _pieces(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where a run of words is cut into names: the words alone decide, and an article names its
    actors again and again, so each run is cut once."""
    return tuple(_split_organisation_from_person(list(words), _split_run(list(words))))


def _add_names(frame: str, words: list[str], offsets: list[int], sentence_initial_at: int, names: list[Name]) -> None:
    """The names of one run of capitalised words, appended to `names`."""
    pieces = _pieces(tuple(words))
    for k, (a, b) in enumerate(pieces):
        name = _make_name(frame, words[a:b], offsets[a:b], sentence_initial_at)
        if name is None:
            continue
        previous = pieces[k - 1] if k else None
        if previous and previous[1] == a and name.role is None and " " in name.text \
                and words[previous[0]].lower() in TITLE_WORDS and names and names[-1].start == offsets[previous[0]]:
            # "CEO of the Housing Council Ana Silva": the organisation is part of the role.
            names[-1] = Name(name.start, name.end, name.text, " ".join(words[previous[0]:a]), offsets[previous[0]],
                             name.possessive, False)
            continue
        names.append(name)


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


def _make_name(frame: str, words: list[str], offsets: list[int], initial_at: int) -> Name | None:
    # A capitalised function word starts no name: "But" and "The" at the start of a sentence,
    # "In" after a quotation. Mid-sentence "The" belongs to names such as "The Guardian".
    # (Indices, not repeated slicing: a run can be thousands of words long.)
    owned = _names_a_body_with(words)
    i = 0
    while i < len(words) and words[i].lower() in FUNCTION_WORDS and (offsets[i] == initial_at
                                                                     or words[i].lower() in _NEVER_IN_NAMES) \
            and not (i + 1 < len(words) and (_is_title_at(words, i) or words[i] in FIRST_NAME_GENDER
                                             or _is_place(words[i:i + 2]))) \
            and not (owned and i == 0):
        # ("Said Hamid, the governor, …": a given name spelt as a function word opens the name; the
        # actors' reading tells it from the verb before a name already met. "New" opening a sentence
        # opens a place's name too: "New Mexico Sen. Jane Roe".)
        i += 1
    while i < len(words) and (_ADJECTIVE_PREFIX.match(words[i]) or words[i] in _CONNECTORS
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
    if last.endswith(("’s", "'s")) and last[:-2] not in _IRREGULAR_PLURALS:
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
        while keep > 1 and words[keep - 1] in _CONNECTORS:
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

    role = None
    role_start = offsets[0]
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
    return Name(text_start, text_end, " ".join(words), role, role_start, possessive, sentence_initial)


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
        or low in _PHRASE_OPENERS or low in _REPORTING
    return k if opens else i


def _may_modify_title(word: str) -> bool:
    """A lower-case word that may be a noun or adjective before a title: no function word, verb or adverb."""
    return word.replace("-", "").isalpha() and word.islower() and word not in FUNCTION_WORDS \
        and word not in _REPORTING and word not in AUXILIARIES and word not in PAST_TENSE_VERBS \
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
