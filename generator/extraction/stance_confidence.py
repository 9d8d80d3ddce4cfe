"""How far a position can be trusted, from the shape of the clause it was read from.

A position is only as good as the clause behind it: a holder who is the grammatical subject of the
verb in the same clause, content that is a whole clause of reasonable length, no pronoun pointing
to someone the reader cannot see, no condition, question or hypothetical around it, and a holder
whose name and type are sure. Each weakness multiplies the confidence of the evidence by a factor
below one; the factors were set by counting, per band of confidence, the share of positions a
scorer's gold confirms, so that a band's confidence reads as the share of its positions that are
right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Entity
from ..gated import Gated, folded

# The confidence of each kind of evidence for a stance, before its shape is read.
# (A passive is turned round to its agent, one more step that can go wrong.)
EVIDENCE = {"stance verb": 0.8, "reported": 0.8, "passive": 0.7, "quoted": 0.8}
# What each weakness of shape leaves of the confidence: near the share of such positions the dev
# gold confirmed over the share of all (0.82), rounded and capped below 1. A pronoun of someone
# unseen and a stance cut short were as often right as the rest there; their factors are mild and
# stand for a reader's trouble, not for a scorer's.
FACTORS = {
    "subject elsewhere": 0.95,  # the holder was found outside the verb's own clause
    "cut": 0.95,  # longer than a stance is shown: the point may be in what was cut
    "short": 0.85,  # three words or fewer: rarely a whole proposition
    "foreign pronoun": 0.9,  # opens on "it", "this" or someone else's "he": of whom, the clause does not say
    "framed": 0.55,  # a question, or what would have been
    "hypothetical": 0.8,  # "would", "could" or "might" in the verb group: backshifted speech as often as not
    "unsure holder": 0.9,  # an unnamed or collective holder, or one of uncertain type
    "second person": 0.8,  # a quote addressed to someone: a retort more often than a stance
    "account": 0.6,  # what the holder did or went through, told in the past: testimony, not a stance
    # A person the article gives no name ("a senior adviser", "the state senator", "a source"): on
    # 15 PolNeAR articles judged by hand, 5 of their 15 positions were right, against 0.7 of the
    # rest (a student's biography, a spokesman's words given to him, a description of a named
    # actor doing the wrong thing). Together with "unsure holder" it leaves every such position
    # below the threshold of the positions package: a reader cannot check who holds it either.
    "unnamed person": 0.8,
    # What a person did, told by the article with no word of theirs ("planned a new tour", "set up a
    # fund", "is gaining on the leader"): on 100 PolNeAR positions judged by hand
    # and the Wikinews dev gold, 6 of 11 such acts were stances, against 0.93 of the rest; the acts
    # of a court, a ministry or a parliament were nearly all right, and keep their confidence.
    "person's act": 0.8,
}
SHORT_WORDS = 3

_POINTING = re.compile(r"[\"“‘'(]*(?:it|this|that|these|those|they|them|he|she|his|her|its|their)\b", re.I)
# A question, or what would have been ("we would not have finished …"): neither states what the
# speaker holds. (A condition, "would strike if the talks failed", is a warning, which stands.)
# ("…, OK?", "…, right?": a tag asks for agreement with what was just stated, which stands.)
# (The question mark is looked for before the words behind it; and the mark or the modal first of
# all, as most stances hold neither.)
_FRAME = Gated(("?", "would", "could", "might"),
               r"(?=\?)(?<!\bOK)(?<!\bokay)(?<!\bright)(?<!\bno)(?<!\bhuh)\?|"
               r"\b(?:would|could|might)\s+(?:not\s+|never\s+)?have\s+[a-z]+(?:ed|en|wn|ne)\b", re.I)
# A question about doing, whose mark was cut off with the rest of its sentence: a wh-word, then the
# auxiliary before its subject ("Why don't I call them back", "How can we trust the count"). (One
# with "is", "What is the port coming to", is as often a judgement put as a question.)
_QUESTION_OPENING = re.compile(r"[\"“‘'(]*(?:why|how|what|where|when|who)\s+(?:do|does|did|would|should|can|ca|could|will|"
                               r"wo)(?:n['’]t)?\s+(?:not\s+)?(?:i|we|you|he|she|they|it|the|our|your|this|that)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_SURE_TYPES = frozenset(("person", "organization", "country"))


@dataclass(frozen=True)
class Shape:
    """The weaknesses of the clause a position was read from: the names of FACTORS that apply."""

    evidence: str
    weaknesses: frozenset[str]

    @property
    def confidence(self) -> float:
        value = EVIDENCE[self.evidence]
        for weakness in self.weaknesses:
            value *= FACTORS[weakness]
        return value


def shape_of(evidence: str, stance: str, holder: Entity, subject_in_clause: bool, hypothetical: bool,
             account: bool = False, polarity: str = "claim") -> Shape:
    """The shape of a position: `subject_in_clause` when the holder is the subject of the verb in
    its own clause; `hypothetical` when the verb group has "would", "could" or "might"; `account`
    when reported content tells what the holder did rather than what they hold."""
    weaknesses = {"account"} if account else set()
    if evidence == "stance verb" and polarity == "action" and holder.type == "person":
        weaknesses.add("person's act")
    if not subject_in_clause:
        weaknesses.add("subject elsewhere")
    if stance.endswith("…"):
        weaknesses.add("cut")
    elif len(stance.split()) <= SHORT_WORDS:
        weaknesses.add("short")
    if evidence != "stance verb" and _POINTING.match(stance):
        weaknesses.add("foreign pronoun")
    if hypothetical:
        weaknesses.add("hypothetical")
    if _FRAME.search(stance, folded(stance)) or _QUESTION_OPENING.match(stance):
        weaknesses.add("framed")
    if not holder.named or holder.collective or holder.type not in _SURE_TYPES:
        weaknesses.add("unsure holder")
    if not holder.named and holder.type == "person":
        weaknesses.add("unnamed person")
    if evidence == "quoted" and _SECOND_PERSON.search(stance):
        weaknesses.add("second person")
    return Shape(evidence, frozenset(weaknesses))
