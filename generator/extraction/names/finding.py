"""Finding names in a paragraph: runs of capitalised words, broken where a line in title case or
in capitals capitalises words that are no names, and each cut into the names it holds."""

from __future__ import annotations

import re

from ..lexicon import COUNTRY_BY_NAME, FUNCTION_WORDS, PAST_TENSE_VERBS, TITLE_WORDS
from .name import Name, make_name
from .splitting import name_pieces
from .words import MAX_ACRONYM, REPORTING

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
    w for w in REPORTING if w.endswith("s") and w != "states" and (w[:-1] in REPORTING or w[:-2] in REPORTING))


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


def _add_names(frame: str, words: list[str], offsets: list[int], sentence_initial_at: int, names: list[Name]) -> None:
    """The names of one run of capitalised words, appended to `names`."""
    pieces = name_pieces(tuple(words))
    for k, (a, b) in enumerate(pieces):
        name = make_name(frame, words[a:b], offsets[a:b], sentence_initial_at)
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
