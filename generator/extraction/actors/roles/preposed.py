"""Roles before a name: a title phrase opening the sentence or set off by a comma before the name
("Co-founder of Acme, Jane Roe, said"), or the noun phrase for a person that ends the clause
before a name set off as an apposition ("Guards stopped the driver, Jane Roe, ...")."""

from __future__ import annotations

import re

from ...lexicon import ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, ROLE_WORDS, TITLE_WORDS
from ..words import _ORG_NOUNS
from .phrase import role_phrase
from .words import KIN, NOUN_PHRASE_START, ROLE_GLUE, WORD_ONLY

MAX_PREPOSED_CHARS = 400


def preposed_role(frame: str, sentence_start: int, name_start: int) -> str | None:
    """ "Co-founder of Acme, Jane Roe, ...": a role opening the sentence before the name."""
    if name_start - sentence_start > MAX_PREPOSED_CHARS:
        return None  # more than a role's few words before the name
    head = frame[sentence_start:name_start].rstrip()
    # "Norland's parliament, the Storting, voted": a body's name may keep its article.
    set_off = head[:-4].rstrip() if head.endswith(", the") else head
    if set_off.endswith(","):
        # "…, Norland's Prime Minister, Ivar Holm said": a title phrase set off before the name.
        segment = set_off[:-1].rstrip()
        start = max(segment.rfind(","), segment.rfind("\ue000"), segment.rfind("\ue001")) + 1
        words = segment[start:].split()
        if len(words) > 1 and words[0] in ("and", "but"):
            words = words[1:]  # "…, and her union's deputy leader, Jane Roe, was fined"
        # After an article or an owner the role may have words of its own: "The current party president,
        # Jane Roe", "Norland's parliament, the Storting", "her union's deputy leader, Jane Roe".
        determined = (words[0].lower() in NOUN_PHRASE_START
                      or words[0].endswith(("'s", "’s", "s'", "s’"))) if words else False
        last = words[-1].lower() if words else ""
        if 1 <= len(words) <= 6 and (words[-1] in PERSON_TITLES or last in PERSON_NOUNS
                                     or determined and (last in ORG_WORDS or last in _ORG_NOUNS)) \
                and (words[0][:1].isupper() or determined) \
                and all(w[:1].isupper() or w.lower() in ROLE_GLUE or determined and WORD_ONLY.match(w)
                        for w in words):
            return role_phrase(" ".join(words))
        tail = _object_title(words) if _SET_OFF_AFTER.match(frame, name_start) else None
        if tail:
            return role_phrase(tail)
    head = head[:-1].rstrip() if head.endswith(",") else head
    words = head.split()
    if not words or len(words) > 16 or any(mark in head for mark in "\ue000\ue001,;:") \
            or not _CLAUSE_LINKS.isdisjoint(w.lower() for w in words):
        # ("Many voters think that no plan Roe could offer": the name is inside a clause
        # the words before it open, not described by them.)
        return None
    if "of" in words and not KIN.isdisjoint(w.lower() for w in words[:words.index("of")]):
        # "The daughter of former mayor Jane Roe entered the race": the phrase is the subject's,
        # whose relative the name is.
        return None
    first = words[0].lower().strip("’'s")
    second = words[1].lower() if len(words) > 1 else ""
    last = words[-1].lower()
    if last.endswith("s") and (last[:-1] in PERSON_NOUNS or last[:-1] in ROLE_WORDS):
        return None  # "The farmer brothers Tom Hale and …": what several are, no one's role
    if first in PERSON_NOUNS or first in TITLE_WORDS or second in PERSON_NOUNS or second in TITLE_WORDS \
            or words[0].endswith(("'s", "’s")):
        return role_phrase(head)
    return None


_CLAUSE_LINKS = frozenset("that who whom which whose".split())
MAX_OBJECT_TITLE_WORDS = 5
# A name set off by a comma or ending the sentence, as an apposition is ("the driver, Jane Roe, was …").
_SET_OFF_AFTER = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*))*\s*[,.]")
_IN_PHRASE_PREPOSITIONS = frozenset("to of for with from by in at on about against into after than".split())
# Nouns that say only that someone is a person: "a man, Jane Roe," gives her no role.
_BARE_PERSONS = frozenset("man woman person boy girl child".split())


def _object_title(words: list[str]) -> str | None:
    """ "Guards stopped the driver, Jane Roe,", "said one of the club's lawyers, Jane Roe,": the noun
    phrase for a person that ends the clause before a name set off by commas is the name's role."""
    start = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in NOUN_PHRASE_START), None)
    if start is None or any(w.lower() in _IN_PHRASE_PREPOSITIONS for w in words[start + 1:]) \
            or start and words[start - 1].lower() in _IN_PHRASE_PREPOSITIONS \
            and [w.lower() for w in words[start - 2:start]] != ["one", "of"]:
        # "letters from the mayor to a nurse, the Ledger reported", "the winner of the cup,
        # Jane Roe won": the noun is part of a longer phrase, not a description
        return None
    if start >= 2 and [w.lower() for w in words[start - 2:start]] == ["one", "of"]:
        start -= 2  # "one of the club's lawyers"
    tail = words[start:]
    last = tail[-1].lower()
    person = last in PERSON_NOUNS or last.endswith("s") and last[:-1] in PERSON_NOUNS and tail[0].lower() == "one"
    if not person or len(tail) > MAX_OBJECT_TITLE_WORDS or len(tail) == 2 and last in _BARE_PERSONS or not all(
            w.islower() and WORD_ONLY.match(w.rstrip("’'s")) for w in tail[1:]):
        return None
    return " ".join(tail[1:]) if tail[0].lower() in ("the", "a", "an") else " ".join(tail)
