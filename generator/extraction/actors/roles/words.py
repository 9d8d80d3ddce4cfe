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
WORD_ONLY = re.compile(r"^[^\W\d_]+(?:[-’'][^\W\d_]+)*$")
APPOSITIVE_ROLE_START = re.compile(r"^(?:a|an|the|its|his|her|their)\s+|^[A-Z][\w.’'-]*['’]s\s+", re.I)
