"""How surely a speaker was found: the confidence of each kind of evidence, and the record of a
quote's speaker as the cues are tried."""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import Entity
from ..quotes import QuoteSpan

# Confidence of each kind of evidence, from an explicit verb next to the quote down to a guess:
# about the share of speakers found that way that were right on the development articles.
CONFIDENCE = {"label": 0.9, "after": 0.9, "before": 0.88, "owner": 0.88, "dash": 0.85, "continued": 0.85, "subject": 0.75,
              "nearby": 0.6, "salient": 0.5, "none": 0.2}
# Words quoted inside a paraphrase are as surely attributed as whole quotes when a verb reports
# them, less surely when they are carried over from another quote or given to the sentence's
# subject.
PARTIAL_FACTOR = {"continued": 0.85, "subject": 0.9}
# A speaker less sure than this is more often wrong than right: the quote is left without one.
MIN_CONFIDENCE = 0.5
# A named speaker that the quote's paragraph never names was reached through a pronoun, a
# description or a quote carried over: on the development articles such speakers were right about
# 0.8 of the time against about 0.94 for speakers named in the paragraph, whatever the cue.
UNNAMED_HERE_FACTOR = 0.85
# (The guesses "nearby" and "salient" are rated for a speaker named elsewhere already.)
_NAMED_ELSEWHERE_RATED = frozenset(("nearby", "salient", "none"))


@dataclass(frozen=True)
class Attributed:
    """A kept quotation span, its speaker (or None), how the speaker was found and how surely.
    `path` names the rule that found it, finer than the kind of evidence, so that the evaluation
    can tell how often each rule is right."""

    span: QuoteSpan
    partial: bool
    speaker: Entity | None
    evidence: str
    confidence: float
    path: str = "none"


@dataclass
class _Found:
    span: QuoteSpan
    partial: bool
    speaker: Entity | None = None
    evidence: str = "none"
    confidence: float = 0.0
    path: str = "none"
    # Whose the quote is, or that it is no one's, is settled: a transcript label names the speaker
    # even where the text names nobody besides, and words written on a thing (a sign, a cap) are
    # no one's. No other quote's speaker is carried over to it.
    settled: bool = False

    def give(self, speaker: Entity | None, evidence: str, path: str, ceiling: float = 1.0) -> None:
        """Attribute to `speaker`; a speaker carried over from another quote is no surer than
        that quote's (`ceiling`)."""
        if speaker is None:
            return
        confidence = CONFIDENCE[evidence] * (PARTIAL_FACTOR.get(evidence, 1.0) if self.partial else 1.0)
        self.speaker, self.evidence, self.path = speaker, evidence, path
        self.confidence = round(min(confidence, ceiling), 2)
