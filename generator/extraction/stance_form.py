"""Whether a stance, as it will be shown, reads as a whole proposition.

A stance is shown alone, without the sentence it came from, so it has to end where a clause can
end and open where a proposition opens. On news nobody tuned the rules on, many stances a reader
could not use were cut before their point ("the crews will stay out even when", "explained the
delay by saying") or went on from words the reader cannot see ("Or sell the ferry instead", "I
mean, look at the fees"), was broken off ("we will close the gate once the -."), or stands on a
"that" for what was said before ("see it that way"). Such a stance gives no position: a reader cannot tell what
its holder holds.
"""

from __future__ import annotations

import re

from ..data import load_table
from ..gated import Gated, folded

# Words a clause cannot end on: it is waiting for what they introduce. (Most prepositions can:
# "the berth it was tied to", "what we stand for".)
DANGLING_ENDS = frozenset(
    "a an the that which who whom whose and or nor but if unless when whenever while although though because since "
    "until whether than of to said saying says told telling".split())
# The other half of an alternative ("Or sell the ferry instead, …") or a turn of conversation
# ("I mean, …", "See, …", "Look, …"): what it answers or goes on from is elsewhere. (A sentence
# opening on "And", "But" or "So" states a stance of its own as often as not.)
_CONTINUING = re.compile(r"[\"“‘'(\s]*(?:or\b|(?:i\s+mean|see|look|listen|oh|you\s+know|yeah|hey)\s*,)", re.I)
_CLOSED = re.compile(r"[.!?…”\"’')\]]$")
# Speech broken off ("We will close the gate once the -."): the clause never ended.
_BROKEN_OFF = re.compile(r"\s[-–—]+[.”\"’']*$")
# "that" standing for what was said before: "see it that way", "an example of that", "the reply to
# that is no". What it stands for, the stance does not say.
_POINTING_THAT = Gated(("that",), r"\bthat\s+way\b|\b(?:of|to|about|with|like|for|on|from)\s+that\s*(?:[.,;:!?”\"’]|$|"
                            r"(?:is|was|would|will|can|could|should|has|had)\b)", re.I)


# "not only …", "not just …", "not because …" closing the stance: cut off before the "but" that says
# what is so. ("is not just costly, it is unlawful" says it.)
_CONTRAST_OPENED = Gated(("not",), r"\bnot\s+(?:only|just|merely|simply|because)\b[^,;:.!?]*[,”\"’']*$", re.I)
# A stance cut short within a word of the clause that holds its point, or right after an aside
# set off by dashes, whose subject still waits for its verb. (Only a stance holding "…" can be one.)
_CUT_AT_OPENING = re.compile(r"(?:\b(?:that|is|are|was|were)\s+(?:\S+\s+)?|\s[-–—]+\s[^-–—]+\s[-–—]+\s)…$", re.I)
# A noun subject and its "is" with nothing after: what the subject is never came ("the lesson for the
# crews is"). (After a pronoun the clause is whole: "that is how it is", "as they were".)
_COPULA_LEFT_OPEN = re.compile(r"\b(?!(?:it|that|this|there|what|who|he|she|they|we|you|i)\s)[\w’'-]+\s+"
                               r"(?:is|are|was|were)[,;:]?$", re.I)
# Its last words alone, looked for in the last characters: most stances end otherwise, and the
# pattern above tries every word of them.
_COPULA_LAST = re.compile(r"(?:is|are|was|were)[,;:]?$", re.I)
# "I know what a fair wage is": the "is" closes a clause of its own, opened by "what".
_FREE_RELATIVE = re.compile(r"\b(?:what|who|how|where|whatever|whoever)\s+(?:\S+\s+){0,5}(?:is|are|was|were)[,;:]?$", re.I)
# A relative clause cut after the phrase that opens it, before its verb ("no berth for any owner who
# in the last ten years"): what is said of its noun never came.
_RELATIVE_LEFT_OPEN = re.compile(r"\b(?:who|which|whom|whose)\s+(?:at|in|on|for|after|before|during|over|by|since|until|"
                                 r"with)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+[,;:]?$", re.I)
# A condition that "so" opens where the stance stops ("…, so if a skipper needs one"): what follows
# from it, the point, never came.
_CONSEQUENCE_LEFT_OPEN = Gated(("if",), r"\bso\s+if\b[^,.;:!?]*$", re.I)
# An abbreviated title closing the stance ("wrote to then-Gov."): it was cut inside a name, at the
# title's full stop.
_TITLES = frozenset(row[0] for row in load_table("title_abbreviations.tsv")) | {"mr", "mrs", "ms"}
_FULL_STOP = re.compile(r"[.!?][”\"’')]*$")


def _cut_at_title(word: str) -> bool:
    """Whether the last word is an abbreviated title ("then-Gov.", "Sen."): capitalised, as a title is,
    so that a union "rep" or a "gen" of phones ending a stance is still a word of it."""
    title = word.rstrip(".").split("-")[-1]
    return title[:1].isupper() and title.lower() in _TITLES


def reads_whole(stance: str) -> bool:
    """Whether `stance` opens and ends as a whole proposition. (A quotation left open at its end is
    mostly closed right after it, where the clause ended: "pledged to “cut the fees for every
    boat,” she said".)"""
    words = stance.split()
    low = folded(stance)
    if not words or _CONTINUING.match(stance) or _BROKEN_OFF.search(stance) or _POINTING_THAT.search(stance, low):
        return False
    if "…" in stance and _CUT_AT_OPENING.search(stance) or _COPULA_LAST.search(stance, max(0, len(stance) - 6)) \
            and _COPULA_LEFT_OPEN.search(stance) and not _FREE_RELATIVE.search(stance):
        return False  # "The trouble is that the …", "The trouble with the port -- everyone says so -- …"
    if _RELATIVE_LEFT_OPEN.search(stance, max(0, len(stance) - 60)) or _CONSEQUENCE_LEFT_OPEN.search(stance, low) \
            or _cut_at_title(words[-1]):
        return False
    if _CONTRAST_OPENED.search(stance, low) and not _FULL_STOP.search(stance):
        return False  # ("It is not just the fees." ends where it means to.)
    return _CLOSED.search(words[-1]) is not None or words[-1].lower().rstrip(",;:") not in DANGLING_ENDS
