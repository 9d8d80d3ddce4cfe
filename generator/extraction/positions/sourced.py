"""Claims given on someone's word with no verb of saying: "According to Jane Roe, the ferry will run
again in spring." The one the sentence names as its source holds what it states."""

from __future__ import annotations

import re

from ..discourse import Reading
from ..stance_confidence import shape_of
from .holders import _is_news_outlet
from .polarity import content_polarity
from .reported import _has_verb
from .shared import _NESTED_REPORT, _VERB_SIGN
from .stance import Stance
from .stance_text import _clause_end, _tidy

_ACCORDING_TO = re.compile(r"[\W_]*According\s+to\s+", re.I)
# An apposition after the name, up to the comma where the claim begins: ", the mayor of Lund,".
_APPOSITION = re.compile(r",\s+(?:[\w’'.-]+\s+){0,7}[\w’'.-]+(?=,)")
# The owner's "’s" of a name, which is no verb: "Roe's deputy".
_OWNER = re.compile(r"\b([A-Z][\w.-]*)['’]s\b")
# What a name can stand for only as a document's owner or a channel: "according to Roe's office".
_NAME_OF_SOMETHING_ELSE = re.compile(r"['’]s?\s|\s+(?:statement|report|figures|data|survey|poll|spokes\w+)\b", re.I)
MIN_CLAIM_WORDS = 4


def _sourced(reading: Reading) -> list[Stance]:
    """The claims of sentences that open on "According to" and a name the cast knows."""
    out = []
    for view in reading.views:
        for sentence in view.sentences:
            opening = _ACCORDING_TO.match(view.frame, sentence.start, sentence.end)
            if opening is None:
                continue
            mention = next((m for m in reading.names_from(view.number, opening.end())
                            if m.role_start <= opening.end() + 60), None)
            if mention is None or mention.role_start < opening.end() or mention.possessive \
                    or _NAME_OF_SOMETHING_ELSE.match(view.frame, mention.end):
                continue
            after = mention.end
            apposition = _APPOSITION.match(view.frame, after, sentence.end)
            if apposition is not None and not _VERB_SIGN.search(
                    _OWNER.sub(r"\1", view.frame[apposition.start():apposition.end()])):
                after = apposition.end()  # "According to Roe, the mayor of Lund, …": who Roe is
            if not view.frame.startswith(",", after):
                continue  # "According to Roe and her deputy …": the source goes on past the name
            holder = reading.cast.canonical(mention.entity)
            if _is_news_outlet(holder):
                continue  # "According to the Valley Herald, …": a source of facts, not a stance
            end = _clause_end(view.frame, after + 1, sentence.end)
            content = view.text[after + 1:end].strip()
            if len(content.split()) < MIN_CLAIM_WORDS or not _has_verb(content) or _NESTED_REPORT.match(content):
                continue  # "According to Roe, Lund said …": what Lund said is Lund's
            stance = _tidy(content)
            if stance is None:
                continue
            shape = shape_of("reported", stance, holder, False, False)
            out.append(Stance(holder, stance, content_polarity(content), view.number, shape.confidence, "reported",
                              shape))
    return out
