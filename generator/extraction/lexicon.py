"""The word lists of `generator.data`, loaded once into frozen lookup tables and regexes.

Every rule of the built-in backend that depends on vocabulary reads it from here, so that a word
list can grow without touching the rules. The tables are built at import time and never change.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..data import load_list, load_table


def alternation(words) -> str:
    return _alternation(frozenset(words))


@lru_cache(maxsize=None)  # (the rules join the same lists again: the verbs of saying into several patterns)
def _alternation(words: frozenset[str]) -> str:
    # Longest first, so that "Prime Minister" wins over "Minister" at the same place.
    ordered = sorted(words, key=lambda w: (-len(w), w))
    if not ordered or not ordered[-1]:
        return "|".join(re.escape(w) for w in ordered)
    # A look at the next character first lets the regex engine pass over the places where no entry
    # starts without trying each one: regexes built on long lists run several times faster.
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in ordered}))}])(?:{_prefix_tree(ordered)})"


def _prefix_tree(ordered: list[str]) -> str:
    """The alternation of `ordered` with the entries sharing a first letter under one branch, so
    the regex engine tries a handful of letters at each place, not each of a thousand entries.

    It matches as the flat alternation does: entries starting with different letters never both
    match at one place, so only the order among those sharing a letter counts, and it is kept (the
    entry ending where a longer one goes on comes last, as in the longest-first list). Letters
    equal but for case may both match under IGNORECASE, so a level holding them stays flat.
    """
    if len(ordered) == 1:
        return re.escape(ordered[0])
    rests: dict[str, list[str]] = {}
    for word in ordered:
        rests.setdefault(word[:1], []).append(word[1:])
    letters = [letter for letter in rests if letter]
    if len({letter.lower() for letter in letters}) < len(letters) or not all(letter.isascii() for letter in letters):
        return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"
    branches = [re.escape(letter) + _prefix_tree(rests[letter]) for letter in letters]
    if "" in rests:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class LazyPattern:
    """A regex built and compiled when first used. A pattern joining a long word list takes
    milliseconds to join and to compile, which the first article of every build would pay; those
    that most articles never reach are built only by the article that does. `source` returns the
    pattern's text."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: Callable[[], str], flags: int = 0) -> None:
        self._source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        # (Reached for the compiled pattern's own attributes only: search, finditer, …)
        if self._compiled is None:
            self._compiled = re.compile(self._source(), self._flags)
        return getattr(self._compiled, name)


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
# Past tenses of verbs, regular and not: a reporting clause, a heading or a role tells its verb by them.
PAST_TENSE_VERBS = frozenset(load_list("past_tense_verbs.txt"))
STANCE_POLARITY = MappingProxyType({row[0].lower(): row[1] for row in load_table("stance_verbs.tsv")})
SOURCE_CUES = tuple(w.lower() for w in load_list("source_cues.txt"))

PERSON_TITLES = MappingProxyType(_gendered("person_titles.txt"))
TITLE_WORDS = frozenset(t.lower() for t in PERSON_TITLES)
PERSON_NOUNS = MappingProxyType(_gendered("person_nouns.txt"))
# Words that name a person by their role: titles ("minister") and person nouns ("spokesman").
ROLE_WORDS = TITLE_WORDS | frozenset(PERSON_NOUNS)
FIRST_NAME_GENDER = MappingProxyType(_gendered("first_names.tsv"))
GROUP_NOUNS = frozenset(w.lower() for w in load_list("group_nouns.txt"))
# Group nouns listed with a capital are the names of their groups ("Republicans", "Kurds"); the
# others are common nouns however they are written ("Analysts say ..." opening a sentence).
PROPER_GROUPS = frozenset(w for w in load_list("group_nouns.txt") if w[:1].isupper())
PROPER_ADJECTIVES = frozenset(w.lower() for w in load_list("proper_adjectives.txt"))
DOCUMENT_NOUNS = frozenset(w.lower() for w in load_list("document_nouns.txt"))
ORG_WORDS = frozenset(w.lower() for w in load_list("organization_words.txt"))
NON_ACTOR_WORDS = frozenset(w.lower() for w in load_list("non_actor_words.txt"))
FUNCTION_WORDS = frozenset(w.lower() for w in load_list("function_words.txt"))
AGENCIES = frozenset(load_list("agencies.txt"))
RELATIONAL_NOUNS = frozenset(w.lower() for w in load_list("relational_nouns.txt"))
# The states of federations (and their postal abbreviations), apart, as a name listed among them is
# one of them: "won Iowa, Georgia and Kansas" names no country.
STATES = frozenset(w.lower() for w in load_list("states.txt"))
REGIONS = frozenset(w.lower() for w in load_list("regions.txt")) | STATES
PLACE_WORDS = frozenset(w.lower() for w in load_list("place_words.txt"))
PLACE_OPENERS = frozenset(w.lower() for w in load_list("place_openers.txt"))
WORK_WORDS = frozenset(w.lower() for w in load_list("work_words.txt"))
PRONOUNS = MappingProxyType({row[0]: (row[1], row[2]) for row in load_table("pronouns.tsv")})

# Auxiliaries and modals: after a name they show the name is the subject of a clause.
AUXILIARIES = frozenset(
    "is are was were be been has have had will would could can should shall may might must "
    "did does do won't wouldn't didn't doesn't hasn't haven't isn't wasn't weren't can't couldn't".split())
# Those that make the verb after them finite: a clause of its own ("be" and "been" do not).
FINITE_AUXILIARIES = AUXILIARIES - {"be", "been"}
REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself yourselves oneself".split())

# Past tenses that do not end in -ed: after a name they show it acting ("Jane Roe met the envoy").
IRREGULAR_PAST = frozenset("met held made took gave went led won lost ran sent kept left spoke wrote brought began cast "
                           "became came found fought paid sought stood struck threw fled rode sat hid chose drew "
                           "drove broke bought built caught dealt fell felt flew forbade forgave froze got grew "
                           "heard hit hung knew laid lent let meant overcame overtook quit rang rose saw sold shot "
                           "shut slept sold sped spent split spread stole stuck swore swept swam swung taught "
                           "tore told thought understood undertook upheld upset withdrew won wrote".split())

# Hyphens bound words here: "backed" in "Russian-backed" and "proclaimed" in "self-proclaimed" are
# adjectives, not verbs.
# (The look at the first letter before the character behind it makes the scan faster.)
_PLAIN_WORD = re.compile(r"(?=[A-Za-z])(?<![\w-])[A-Za-z]+(?![\w-])")


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Single words and multi-word phrases, found by one scan over the words of a text.

    A scan with a set lookup per word is many times faster than one regex alternation of a
    few hundred forms, which the regex engine tries at every character. The words found in a
    whole text are kept for the texts seen last, so that the many searches over parts of one
    paragraph frame (each sentence, the words before each quote) cost a bisection each.
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
        if end - start < _DIRECT_SCAN_CHARS:
            return self._scan(text, start, end)
        return self._find_indexed(text, start, end)

    def _find_indexed(self, text: str, start: int, end: int):
        begins, hits = _index(text)[self]
        at = bisect_left(begins, start)
        for i in range(at, len(hits)):
            word = hits[i]
            if word.begin >= end:
                break
            if word.stop > end:
                yield from self._scan(text, word.begin, end)  # a phrase cut by `end`
                return
            yield word
        # A word cut by `end` reads as a shorter word, as a direct scan would read it.
        cut = _word_across(text, end)
        if cut is not None and cut >= start:
            yield from self._scan(text, cut, end)

    def _scan(self, text: str, start: int, end: int):
        for found in _PLAIN_WORD.finditer(text, start, end):
            word = self._entry_at(text, found.start(), found.end(), found.group().lower(), end)
            if word is not None:
                yield word

    def _entry_at(self, text: str, begin: int, word_end: int, low: str, end: int) -> Word | None:
        """The entry starting with the word text[begin:word_end] (lower-cased `low`), if any:
        the longest phrase that fits before `end`, else the word itself."""
        for phrase in self.phrases.get(low, ()):
            stop = begin + len(phrase)
            if stop <= end and text[begin:stop].lower() == phrase and not text[stop:stop + 1].isalnum():
                return Word(begin, stop, text[begin:stop])
        if low in self.words:
            return Word(begin, word_end, text[begin:word_end])
        return None

    def first(self, text: str, start: int = 0, end: int | None = None) -> Word | None:
        return next(self.find(text, start, end), None)


_DIRECT_SCAN_CHARS = 24
_VOCABULARIES: list[Vocabulary] = []  # those in use, indexed together
_VOCABULARIES_OF: dict[str, tuple[Vocabulary, ...]] = {}  # word -> the vocabularies it may start an entry of


def _register(vocabulary: Vocabulary) -> Vocabulary:
    _VOCABULARIES.append(vocabulary)
    for word in set(vocabulary.words) | set(vocabulary.phrases):
        _VOCABULARIES_OF[word] = _VOCABULARIES_OF.get(word, ()) + (vocabulary,)
    return vocabulary


@lru_cache(maxsize=256)
def _index(text: str) -> dict[Vocabulary, tuple[list[int], list[Word]]]:
    """The entries of every vocabulary in `text`, found in one pass over its words."""
    found: dict[Vocabulary, tuple[list[int], list[Word]]] = {v: ([], []) for v in _VOCABULARIES}
    end = len(text)
    for match in _PLAIN_WORD.finditer(text):
        low = match.group().lower()
        vocabularies = _VOCABULARIES_OF.get(low)
        if vocabularies is None:
            continue
        begin = match.start()
        for vocabulary in vocabularies:
            begins, hits = found[vocabulary]
            word = vocabulary._entry_at(text, begin, match.end(), low, end)
            if word is not None:
                begins.append(begin)
                hits.append(word)
    return found


def _word_across(text: str, end: int) -> int | None:
    """Where the run of ASCII letters that a word character at `end` continues starts, if any."""
    if end <= 0 or end >= len(text) or text[end - 1] not in _ASCII_LETTERS \
            or not (text[end].isalnum() or text[end] in "_-"):
        return None
    begin = end - 1
    while begin > 0 and text[begin - 1] in _ASCII_LETTERS:
        begin -= 1
    return begin


_ASCII_LETTERS = frozenset(string.ascii_letters)


SPEECH = _register(Vocabulary.of(SPEECH_VERBS))
STANCE = _register(Vocabulary.of(STANCE_POLARITY))
SOURCE_CUE = _register(Vocabulary.of(SOURCE_CUES))
