"""Roles from a classifier: a noun before or after a name that classes it as an organisation's
("the Lisbon-based newspaper Diario Norte", "the Daily Ledger newspaper"); the role is the noun
with its modifiers."""

from __future__ import annotations

import re

from ...lexicon import FUNCTION_WORDS, alternation
from ..words import _ORG_NOUNS
from .words import WORD_ONLY

# The nouns for a body that the other readers of roles know (organization_nouns.txt, all lower case).
_CLASSIFIER_NOUNS = tuple(_ORG_NOUNS)
_NOUN = alternation(_ORG_NOUNS)
_CLASSIFIER = re.compile(
    rf"(?:\b(?:the|a|an|its|their|his|her)|[A-Z][\w.-]*['’]s)\s+((?:[\w’'-]+\s+){{0,3}}?(?:{_NOUN}))\s+$", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?:]\s+")
_CLASSIFIER_NOUN_CHARS = max(map(len, _CLASSIFIER_NOUNS))
_CLASSIFIER_AFTER = re.compile(rf"\s+({_NOUN})\b(?![’'-])", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


def classifier_before(frame: str, name_start: int) -> str | None:
    """ "the Lisbon-based newspaper Diario Norte", "Roe's advocacy group Open Water": a noun classing
    the name after it as an organisation's; returns the description (the role), without its
    determiner or owner."""
    # Most names have no such noun and spaces right before them: the words' end tells, before the
    # pattern is tried at every character (in ASCII, where lower-casing reads as the pattern does).
    window = frame[max(0, name_start - 80):name_start]
    words = window.rstrip()
    last = words[-_CLASSIFIER_NOUN_CHARS:]
    if len(words) == len(window) or last.isascii() and not last.lower().endswith(_CLASSIFIER_NOUNS):
        return None
    found = _CLASSIFIER.search(frame, max(0, name_start - 80), name_start)
    if found:
        return found.group(1)
    # Opening a sentence, the noun and its modifiers need no determiner: "Oil giant Acme said …".
    # (The window may begin inside the sentence: only a break in it, or the paragraph's start, opens one.)
    pieces = _SENTENCE_BREAK.split(window)
    opening = pieces[-1].split() if len(pieces) > 1 or name_start <= len(window) else []
    return " ".join(opening) if 1 < len(opening) <= 4 and opening[-1].lower() in _CLASSIFIER_NOUNS and not any(
        w.lower() in FUNCTION_WORDS or not WORD_ONLY.match(w) for w in opening) else None


def classifier_after(frame: str, name_start: int, name_end: int) -> str | None:
    """ "the Daily Ledger newspaper": a noun after a determined name classing it as an organisation's."""
    if not _DETERMINER_BEFORE.search(frame, max(0, name_start - 6), name_start):
        return None
    found = _CLASSIFIER_AFTER.match(frame, name_end)
    return found.group(1) if found else None
