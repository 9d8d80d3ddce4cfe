"""Words and patterns that several readers of roles share."""

from __future__ import annotations

import re

ROLE_GLUE = frozenset(("the", "a", "an", "of", "for", "and", "on"))
RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$")
POST_PREPOSITIONS = frozenset("on in at for with as under".split())
# Words that open a noun phrase for someone: an article or an owner ("the driver", "her deputy").
NOUN_PHRASE_START = frozenset(("the", "a", "an", "his", "her", "its", "their"))
ING_PREPOSITIONS = frozenset("during including following regarding concerning according pending".split())
TIME_WORDS = frozenset("former the then late other another acting".split())
# A body's name may follow one adjective: "of the non-partisan Harbour Report", "of the federal Harbour Board".
BODY_ADJECTIVE = r"(?:[a-z]+-[a-z]+\s+|[a-z]+(?:al|ic|ive|an|ist|ent|ant)\s+)?"
# A body's name: capitalised words, the next one after a space or a connector ("Ministry of Trade
# and Industry", "Harbour & Rail Board"); the readers of "of" and a body's name share it.
BODY_WORD = r"[A-Z][\w.’'&-]*"
BODY_NEXT_WORD = rf"\s+(?:(?:and|of|for|the|&)\s+)?{BODY_WORD}"
WORD_ONLY = re.compile(r"^[^\W\d_]+(?:[-’'][^\W\d_]+)*$")
APPOSITIVE_ROLE_START = re.compile(r"^(?:a|an|the|its|his|her|their)\s+|^[A-Z][\w.’'-]*['’]s\s+", re.I)
# Kin and friends: the name after "the son of" or "a friend of" is someone else than the phrase.
KIN = frozenset("son sons daughter daughters brother brothers sister sisters wife husband widow widower mother "
                "father parents child children grandson granddaughter grandfather grandmother nephew niece "
                "cousin friend".split())
# What someone is only to another: "his wife", "her rival" say nothing without whose.
RELATIVE_TO_OWNER = KIN | frozenset("rival rivals opponent opponents counterpart challenger".split())
