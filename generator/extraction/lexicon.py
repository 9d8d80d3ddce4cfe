"""The word lists of `generator.data`, loaded once into frozen lookup tables and regexes.

Every rule of the built-in backend that depends on vocabulary reads it from here, so that a word
list can grow without touching the rules. The tables are built at import time and never change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

from ..data import load_list, load_table


def alternation(words) -> str:
    # Longest first, so that "Prime Minister" wins over "Minister" at the same place.
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Country:
    name: str
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    other_names: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.other_names)


def _split_cell(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(",") if p.strip())


def _countries() -> tuple[Country, ...]:
    out = []
    for row in load_table("countries.tsv"):
        cells = list(row) + [""] * (4 - len(row))
        out.append(Country(cells[0], _split_cell(cells[1]), _split_cell(cells[2]), _split_cell(cells[3])))
    return tuple(out)


def _gendered(name: str) -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for row in load_table(name):
        table.setdefault(row[0], row[1] if len(row) > 1 and row[1] else None)
    return table


def _country_index(*forms) -> MappingProxyType:
    # The first country listed wins a shared name (London is the UK's capital, not England's).
    index: dict[str, str] = {}
    for country in COUNTRIES:
        for form in (f for field in forms for f in getattr(country, field)):
            index.setdefault(form.lower(), country.name)
    return MappingProxyType(index)


COUNTRIES = _countries()
COUNTRY_BY_NAME = _country_index("names")
CAPITAL_OF = _country_index("capitals")
DEMONYM_OF = _country_index("demonyms")

SPEECH_VERBS = frozenset(w.lower() for w in load_list("speech_verbs.txt"))
STANCE_POLARITY = MappingProxyType({row[0].lower(): row[1] for row in load_table("stance_verbs.tsv")})
SOURCE_CUES = tuple(w.lower() for w in load_list("source_cues.txt"))

PERSON_TITLES = MappingProxyType(_gendered("person_titles.txt"))
TITLE_WORDS = frozenset(t.lower() for t in PERSON_TITLES)
PERSON_NOUNS = MappingProxyType(_gendered("person_nouns.txt"))
FIRST_NAME_GENDER = MappingProxyType(_gendered("first_names.tsv"))
GROUP_NOUNS = frozenset(w.lower() for w in load_list("group_nouns.txt"))
ORG_WORDS = frozenset(w.lower() for w in load_list("organization_words.txt"))
NON_ACTOR_WORDS = frozenset(w.lower() for w in load_list("non_actor_words.txt"))
FUNCTION_WORDS = frozenset(w.lower() for w in load_list("function_words.txt"))
AGENCIES = frozenset(load_list("agencies.txt"))
PRONOUNS = MappingProxyType({row[0]: (row[1], row[2]) for row in load_table("pronouns.tsv")})

# Auxiliaries and modals: after a name they show the name is the subject of a clause.
AUXILIARIES = frozenset(
    "is are was were be been has have had will would could can should shall may might must "
    "did does do won't wouldn't didn't doesn't hasn't haven't isn't wasn't weren't can't couldn't".split())

# Hyphens bound words here: "backed" in "Russian-backed" and "proclaimed" in "self-proclaimed" are
# adjectives, not verbs.
_PLAIN_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")


@dataclass(frozen=True)
class Word:
    """A vocabulary entry found in a text, with the offsets of a regex match."""

    begin: int
    stop: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.text


@dataclass(frozen=True)
class Vocabulary:
    """Single words and multi-word phrases, found by one scan over the words of a text.

    A scan with a set lookup per word is many times faster than one regex alternation of a
    few hundred forms, which the regex engine tries at every character.
    """

    words: frozenset[str]
    phrases: MappingProxyType  # first word -> the phrases starting with it, longest first

    @classmethod
    def of(cls, entries) -> Vocabulary:
        entries = {e.lower() for e in entries}
        by_first: dict[str, list[str]] = {}
        for entry in entries:
            if " " in entry:
                by_first.setdefault(entry.split()[0], []).append(entry)
        return cls(frozenset(e for e in entries if " " not in e),
                   MappingProxyType({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}))

    def find(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        return self._scan(text, start, end)

    def _scan(self, text: str, start: int, end: int):
        phrases = self.phrases
        for found in _PLAIN_WORD.finditer(text, start, end):
            low = found.group().lower()
            for phrase in phrases.get(low, ()):
                stop = found.start() + len(phrase)
                if stop <= end and text[found.start():stop].lower() == phrase and not text[stop:stop + 1].isalnum():
                    yield Word(found.start(), stop, text[found.start():stop])
                    break
            else:
                if low in self.words:
                    yield Word(found.start(), found.end(), found.group())

    def first(self, text: str, start: int = 0, end: int | None = None) -> Word | None:
        return next(self.find(text, start, end), None)


SPEECH = Vocabulary.of(SPEECH_VERBS)
STANCE = Vocabulary.of(STANCE_POLARITY)
SOURCE_CUE = Vocabulary.of(SOURCE_CUES)
