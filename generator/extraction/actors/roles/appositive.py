"""Roles from an appositive: the description set off after a name by commas or dashes ("Jane Roe,
a nurse at the clinic,", "Jane Roe — a former Acme adviser —"), read through an acronym or an age
before it and through the full stops of abbreviations inside it."""

from __future__ import annotations

import re

from ...lexicon import PERSON_NOUNS, ROLE_WORDS, TITLE_WORDS
from ...text import _abbreviation_ends_at
from ..words import _ARTICLE_LEAD, _PREPOSITION
from .phrase import clause_after_description, holder_noun, names_a_holder, role_phrase
from .relative import relative_clause_role
from .words import APPOSITIVE_ROLE_START, RELATIVE

# (An acronym in brackets after a body's name is part of the appositive: "head of the Harbour
# Workers Union (HWU)". A relative clause after the description ends it, however long the clause.)
_APPOSITIVE = re.compile(r",\s+((?:[^,;:()\[\]\ue000\ue001]|\((?:[A-Z]\.?){2,7}\)){2,160}?)\s*(?=[,;:.)\ue000]|$|\s[—–]\s"
                         r"|\s(?:who|which)\s)")
# "Jane Roe — a former Acme adviser — and …", "Jane Roe - Tom Hale's sister - said": a description
# set off by dashes, opened by an article or an owner.
_DASHED_APPOSITIVE = re.compile(
    r"\s+(?:—|–|--|-)\s+((?:a|an|the)\s[^—–,;:()\[\]\ue000\ue001]{2,120}?"
    r"|(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*['’]s\s[^—–,;:()\[\]\ue000\ue001]{2,120}?)"
    r"\s+(?:—|–|--|-)\s")
_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z]\.?){2,7}\)")
_AGE_AFTER = re.compile(r",\s+\d{1,3}(?=,)")
_ARTICLE_START = re.compile(r"^(?:a|an|the)\s", re.I)
# Prepositions that open an adverbial set off after a name, not a description of it.
_SET_OFF_ADVERBIALS = frozenset("in on at during by from into over under through upon within with to for".split())
# The rest of an appositive after a full stop that ends no sentence.
_APPOSITIVE_REST = re.compile(r"[^,;:()\[\]\ue000\ue001]{0,120}?\s*(?=[,;:.)\ue000]|$|\s[—–]\s)")
_DOTTED_INITIALS = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.-?)+$")


def _through_abbreviations(frame: str, start: int, end: int) -> int:
    """Where an appositive ending at `end` ends once the full stops of abbreviations in names and
    titles are read through ("a senior aide to Sen. Jane Roe", "the U.S. envoy"): initials, or an
    abbreviation before a capitalised word. ("the No. 3 on the board" stays cut.)"""
    while frame.startswith(".", end) and end - start < 160:
        word = frame[max(start, end - 40):end + 1].rsplit(None, 1)[-1]
        if not (_DOTTED_INITIALS.search(word) or _abbreviation_ends_at(frame, start, end)
                and frame.startswith(" ", end + 1) and frame[end + 2:end + 3].isupper()):
            break
        rest = _APPOSITIVE_REST.match(frame, end + 1)
        if rest is None or rest.end() == end + 1:
            break
        end = rest.end()
    return end


def appositive_role(frame: str, name_end: int) -> str | None:
    """The role an appositive gives the name ending at `name_end` ("X, a senior member of Y,"); the
    acronym a body's name is given first may come between ("the Valley Front (VF), the opposition party")."""
    acronym = _ACRONYM_AFTER.match(frame, name_end)
    after = acronym.end() if acronym else name_end
    # "Jane Roe, 39, a nurse at …": the age set off before the role is no role; what follows it is
    # one when it opens as a description does ("Jane Roe, 39, walked in" is the sentence going on).
    age = _AGE_AFTER.match(frame, after)
    if age:
        if not APPOSITIVE_ROLE_START.match(frame[age.end():].lstrip(", ")):
            return None
        after = age.end()
    comma = _APPOSITIVE.match(frame, after)
    found = comma or _DASHED_APPOSITIVE.match(frame, after)
    if not found:
        return None
    end = _through_abbreviations(frame, found.start(1), found.end(1)) if comma else found.end(1)
    text = frame[found.start(1):end].strip()
    words = text.split()
    if len(words) > 25 or _abbreviation_ends_at(frame, found.start(1), end) and not RELATIVE.search(text):
        # "Jane Roe, the No. 3 on the board": cut at a full stop that ends no sentence (a relative
        # clause before it is cut off anyway: "a teacher who wrote to Gov. Tom Hale")
        return None
    if words[0].lower() in _SET_OFF_ADVERBIALS:
        return None  # "Jane Roe, in serving as mayor, cut taxes": how or when she acted, no role
    if words[0].lower() == "who":
        return relative_clause_role(text)
    lowered = [w.lower().strip("’'s") for w in words[:5]]
    has_role_word = any(w in PERSON_NOUNS or w in TITLE_WORDS for w in lowered) or any(
        w.lower() in PERSON_NOUNS or w.lower() in TITLE_WORDS for w in words[:5])
    if APPOSITIVE_ROLE_START.match(text) or has_role_word:
        if not has_role_word and not _ARTICLE_START.match(text):
            return None
        if _ARTICLE_START.match(text):
            # "Tom Reyes, a pilot visiting his sister,": the description set off before the clause
            # about him is his role.
            clause = clause_after_description([w.lower() for w in words])
            text = " ".join(words[:clause]) if clause else text
        role = _ARTICLE_LEAD.sub("", text)
        head_part = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
        head = head_part[-1:]
        # (Without a role word the text opens with an article: the test above returned otherwise.)
        if not has_role_word and (len(head_part) == 1 or not comma) and head \
                and not holder_noun(head[0].lower().strip(",;")):
            # "the Union, an outcome that …", "the ruling - a long-shot goal -": a noun naming no
            # holder describes the event or the thing the clause is about, not the actor.
            return None
        if len(words) > 2 and words[1] == "of" and words[0].islower() and words[0].endswith("s") \
                and not words[0].endswith("ss") and words[0] not in ROLE_WORDS:
            # "by Acme Polls, majorities of voters in three states": a plural of a quantity describes
            # no one actor; it is the sentence going on.
            return None
        if text[:1].isupper() and not APPOSITIVE_ROLE_START.match(text) and head and head[0].islower() \
                and not names_a_holder(head[0]):
            # "Knives out as Roe, Hale trade harbour insults": with no article, a phrase whose
            # head names no holder of a post is the rest of a list and its clause, no description
            return None
        return role_phrase(role) if role and not role.split()[0].isdigit() else None
    return None
