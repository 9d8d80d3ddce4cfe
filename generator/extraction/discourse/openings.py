"""Where a sentence's main clause begins: names inside an adverbial clause or participial phrase
opening the sentence are not the ones the sentence is about."""

from __future__ import annotations

import re

from ..text import MASKS, Span

_SENTENCE_OPENING = re.compile(rf"[\s\"“‘'(\[{MASKS}]*")
# An adverbial clause or participial phrase opening a sentence, up to the comma that closes it,
# with a lower-case word before the comma ("When Jo Roe, the counsel, …" is cut by an appositive
# comma, not closed); the participle is captured, to tell it from a name ending in -ing that the
# text capitalises elsewhere.
_OPENING_ADJUNCT = re.compile(rf"(?:(?:And|But|Yet|So)\s+)?(?:(?i:after|before|when|while|since|until|although|though|because|unless|whereas|if|"
                              rf"once|despite|amid|following|with|alongside)\b|([A-Z][a-z]+ing)\s+(?=[a-z])|(?:Asked|Pressed|Questioned|"
                              rf"Challenged|Confronted)\b)[^,;:{MASKS}]*?\s[a-z][^,;:{MASKS}]*,\s+")
_PRONOUN_WORD = re.compile(r"(?:he|she|they|it|I|we)\b", re.I)
# (A pronoun inside shows the main clause began before the comma: "When Roe spoke she was …, ".)
_PRONOUN_SUBJECT = re.compile(r"\s(?:he|she|they)\s")


def _main_clause_start(frame: str, sentence: Span, initial_at: int, mid_sentence_caps: frozenset[str]) -> int:
    """The offset of the sentence's main clause after an opening adjunct, else 0."""
    opening_clause = _OPENING_ADJUNCT.match(frame, initial_at, sentence.end)
    # Names before this offset are inside an adjunct that opens the sentence, not its main
    # clause; unless a pronoun opens the main clause ("When Roe took office, she …"): then the
    # adjunct's subject is the one it points back to.
    main_clause_at = opening_clause.end() if opening_clause and opening_clause.group(1) not in mid_sentence_caps \
        and not _PRONOUN_WORD.match(frame, opening_clause.end()) \
        and not _PRONOUN_SUBJECT.search(frame, initial_at, opening_clause.end()) else 0
    return main_clause_at
