"""Roles from a name's complement: "of" and the body the person is of ("Ana Reyes of The Valley
Herald"), or what a copula says the subject is ("X is the chief executive of Y")."""

from __future__ import annotations

import re

from ...lexicon import CAPITAL_OF, COUNTRY_BY_NAME, PERSON_NOUNS, PLACE_WORDS, REGIONS, TITLE_WORDS, alternation
from ..words import _ORG_NOUNS, norm
from .phrase import role_phrase
from .words import BODY_ADJECTIVE, BODY_NEXT_WORD, BODY_WORD

# "of polling firm Acme Data", "of the tech company Acme": a few lower-case words that end in a noun
# for a body may classify the name after them.
_CLASSIFIER = rf"(?:(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}(?:{alternation(_ORG_NOUNS)})\s+)?"
_AFFILIATION = re.compile(
    rf"\s+of\s+((?:the\s+)?(?:{_CLASSIFIER}|{BODY_ADJECTIVE}){BODY_WORD}(?:{BODY_NEXT_WORD}){{0,5}})"
    r"(?=\s*[,;:.)\ue000\ue001]|\s+[a-z]|\s*$)")
_SENTENCE_END_IN_NAME = re.compile(r"(?:(?<=[a-z]{3})|(?<=[A-Z]{2}))\.(?=\s|$)")
_IN_REGION = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_COPULAR = re.compile(r"\s+(?:is|was|has been|had been|became|remains|remained)\s+(?:the|an|a)\s+"
                      r"([^,;:.!?()\[\]\ue000\ue001]{3,160})")
_COPULAR_CUT = re.compile(r"\s+(?:who|whom|which|that|and|but|after|before|when|while|because|since|until|"
                          r"as|if|although|though|whose|where)\b|\s+[-—–]\s*")
MAX_COPULAR_ROLE_WORDS = 12


def affiliation_role(frame: str, name_end: int) -> str | None:
    """ "Ana Reyes of The Valley Herald": a person's organisation right after the name is their role."""
    found = _AFFILIATION.match(frame, name_end)
    if not found:
        return None
    body = _SENTENCE_END_IN_NAME.split(found.group(1), maxsplit=1)[0]  # "of the Harbour Report. Hale said"
    key = norm(body)
    region = _IN_REGION.match(frame, found.end(1))
    if key in COUNTRY_BY_NAME or key in CAPITAL_OF or key in REGIONS or key.split()[-1] in PLACE_WORDS \
            or region and norm(region.group(1)) in REGIONS:
        # "of Norland", "of Valmora", "of the Harbour Isles", "of Millbrook, Ohio": where they are
        # from, not whom they work for
        return None
    return f"of {body}"


def copular_role(frame: str, subject_end: int) -> str | None:
    """ "He was the only candidate elected ...", "X is the chief executive of Y": what the
    subject is, when the description names a person's role."""
    found = _COPULAR.match(frame, subject_end)
    if not found:
        return None
    text = found.group(1)
    cut = _COPULAR_CUT.search(text)
    if cut:
        text = text[:cut.start()]
    words = text.split()
    if not words or len(words) > MAX_COPULAR_ROLE_WORDS:
        return None
    if not any(w.lower().strip("’'s") in PERSON_NOUNS or w.lower() in TITLE_WORDS for w in words[:4]):
        return None
    return role_phrase(" ".join(words))

