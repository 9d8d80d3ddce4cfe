"""Word lists that several readers of names share: the glue inside names, plurals that take no
"s", and the verbs of reporting."""

from __future__ import annotations

from ..lexicon import SPEECH_VERBS, STANCE_POLARITY

IRREGULAR_PLURALS = frozenset(("People", "Men", "Women", "Children"))
CONNECTORS = frozenset(("of", "for", "on", "the", "and", "&"))
NAME_PARTICLES = frozenset("al el bin ibn abu de di da du del della dos van von der le la".split())
REPORTING = SPEECH_VERBS | frozenset(STANCE_POLARITY)
MAX_ACRONYM = 6
