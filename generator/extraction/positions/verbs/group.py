"""The verb group: the cue verb at a place, the longest form the lists give, and the auxiliaries,
modals, negation and adverbs before it that belong to it."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import SPEECH, STANCE
from ..shared import _GROUP_WORD, _WORD

# A word of a verb group with its contraction: "doesn't" is one, not "doesn" and "t".
_GROUP_TOKEN = re.compile(r"\w+(?:['’]\w+)?")


def verb_at(frame: str, verb_start: int) -> re.Match:
    """The cue verb at `verb_start`, the longest listed form that starts there ("called for" rather
    than "called"); a verb of no list is read as one word."""
    found = [m for m in (STANCE.first(frame, verb_start, verb_start + 40), SPEECH.first(frame, verb_start, verb_start + 40))
             if m is not None and m.start() == verb_start]
    return max(found, key=lambda m: m.end()) if found else _WORD.match(frame, verb_start)


@lru_cache(maxsize=1024)  # (the stance of a verb and the checks on its holder each ask it again)
def verb_group_start(frame: str, sentence_start: int, verb_start: int) -> int:
    """Where the verb group ending at `verb_start` starts: back over auxiliaries, modals, negation
    and adverbs ("would not", "did not publicly", "no longer")."""
    start = verb_start
    for word in reversed(list(_GROUP_TOKEN.finditer(frame, max(sentence_start, verb_start - 60), verb_start))):
        between = frame[word.end():start]
        if between.strip(" '’\"“”‘") or not _GROUP_WORD.match(frame[word.start():start].strip(" \"“”‘")):
            break
        start = word.start()
    return start
