"""Roles over time: the roles an actor is given across briefings, one line per distinct role.

Articles give the same role in many forms ("Republican nominee", "the Republican presidential
nominee", "Sen.", "senator"), and fragments of it ("Republican"). Forms whose words, read
alike, are all among the words of another form are one role, shown in the form given most often;
a former role ("former secretary of state") is never one with the role held now.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from .data import load_list
from .extraction.lexicon import SPEECH_VERBS, STANCE_POLARITY

# Abbreviations of roles, read as the words they stand for.
_SPELT_OUT = {"sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
              "gov": "governor", "pres": "president", "sec": "secretary", "gen": "general", "amb": "ambassador",
              "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain", "dept": "department",
              "u": "us", "s": "us", "senators": "senator", "presidents": "president"}
_FORMER = frozenset(("former", "ex", "onetime", "erstwhile", "then", "past"))
_LEFT_OUT = frozenset(w.lower() for w in load_list("function_words.txt")) - _FORMER
_WORD = re.compile(r"[^\W_]+")
_VERBS = SPEECH_VERBS | frozenset(STANCE_POLARITY)
_BEFORE_NOUNS = frozenset("of for the a an on in at".split())


class Dated(Protocol):
    """A briefing as a role line shows it (indexing's `BriefingLink`)."""

    id: str
    date: dt.date | None


B = TypeVar("B", bound=Dated)


def role_words(text: str) -> tuple[frozenset[str], bool]:
    """The words a role is compared by, and whether it is a former one."""
    words = [w.casefold() for w in _WORD.findall(text.replace("U.S.", "US"))]
    former = any(w in _FORMER for w in words)
    kept = frozenset(_SPELT_OUT.get(w, w) for w in words if w not in _FORMER and w not in _LEFT_OUT)
    return kept, former


def reads_as_role(text: str) -> bool:
    """Whether `text` is a role rather than a piece of a sentence taken for one, such as "Democrats
    -- including Okafor -- quickly accused" or "Some Democrats think": a role ends in a noun, never
    in a verb of speech or stance."""
    words = [w.casefold() for w in _WORD.findall(text)]
    # "secretary of state", "the report": after these, a word that can be a verb is a noun.
    verb = words and words[-1] in _VERBS and (len(words) == 1 or words[-2] not in _BEFORE_NOUNS)
    return bool(words) and "--" not in text and not verb


def distinct_roles(forms: Iterable[tuple[str, B]]) -> list[tuple[str, list[B]]]:
    """Each distinct role of `forms` ((text, briefing) each, newest briefing first) as (the form
    shown, the briefings that give it, newest first, each once); the role given last first. Text
    that does not read as a role is left out."""
    by_text: dict[str, list[B]] = {}  # in the order first given: newest first
    for text, briefing in forms:
        if reads_as_role(text):
            by_text.setdefault(text, []).append(briefing)
    first = {text: place for place, text in enumerate(by_text)}
    words = {text: role_words(text) for text in by_text}
    # The widest forms first: each narrower one joins the role, among those it fits, given most often.
    groups: list[tuple[frozenset[str], bool, list[str]]] = []
    for text in sorted(by_text, key=lambda t: (-len(words[t][0]), -len(by_text[t]), first[t])):
        own, former = words[text]
        fits = [g for g in groups if g[1] == former and own and own <= g[0]]
        if fits:
            max(fits, key=lambda g: sum(len(by_text[t]) for t in g[2]))[2].append(text)
        else:
            groups.append((own, former, [text]))
    roles = []
    for _, _, texts in groups:
        shown = min(texts, key=lambda t: (-len(by_text[t]), -len(words[t][0]), first[t]))
        briefings: dict[str, B] = {}
        for text in texts:
            for briefing in by_text[text]:
                briefings.setdefault(briefing.id, briefing)
        roles.append((shown, sorted(briefings.values(), key=_order)))
    return sorted(roles, key=lambda role: _order(role[1][0]))


def _order(briefing: Dated) -> tuple:
    date = briefing.date
    return (date is None, -(date.toordinal() if date is not None else 0), briefing.id)
