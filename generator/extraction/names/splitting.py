"""Cutting a run of capitalised words into names: where "and", "of" or an owner's "'s" join two
names ("Norland and Valmora", "Norland's Harbour Board") and where they belong to one
("Ministry of Trade and Industry", "Farmers for Clean Rivers")."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import (COUNTRY_BY_NAME, DEMONYM_OF, FIRST_NAME_GENDER, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, REGIONS,
                       TITLE_WORDS)
from .words import CONNECTORS, IRREGULAR_PLURALS


@lru_cache(maxsize=8192)
def name_pieces(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where a run of words is cut into names: the words alone decide, and an article names its
    actors again and again, so each run is cut once."""
    return tuple(_split_organisation_from_person(list(words), _split_run(list(words))))


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
        elif w.endswith(("’s", "'s", "s’", "s'")) and w[:-2] not in IRREGULAR_PLURALS and i + 1 < len(words) \
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
    if i + 1 >= len(words) or words[i + 1] in CONNECTORS:
        return False
    before, rest = words[start:i], words[i + 1:]
    if _personal(rest) or any(w in ("of", "for", "and") for w in rest):
        return False
    for k in range(len(before) - 1):
        if before[k].lower() in ORG_WORDS and before[k + 1] in ("of", "for"):
            complement = before[k + 2:]
            return bool(complement) and is_place(complement) == is_place(rest)
    return len(rest) > 1 and not _personal(before) and not is_place(before) and not is_place(rest) \
        and before[-1].lower() not in ORG_WORDS and rest[-1].lower() in ORG_WORDS


def _personal(words: list[str]) -> bool:
    """Whether words hold a person's given name or title, or an acronym: names of their own."""
    return any(w in FIRST_NAME_GENDER or w.lower() in TITLE_WORDS or len(w) > 1 and w.isupper() for w in words)


def is_place(words: list[str]) -> bool:
    """Whether the words are a country's or a region's name."""
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
    while end > start and words[end - 1] in CONNECTORS:
        end -= 1
    return end
