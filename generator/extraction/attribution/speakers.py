"""The pass over the quotes, paragraph by paragraph: each kept quote given the speaker of its
most explicit cue, the layout, or the speech it continues, and rated."""

from __future__ import annotations

import re

from ..actors import Entity
from ..discourse import ParagraphView, Reading
from ..quotes import QuoteSpan, classify, has_cue
from ..text import MASKS
from .carrying import _carry_over
from .confidence import CONFIDENCE, MIN_CONFIDENCE, UNNAMED_HERE_FACTOR, _NAMED_ELSEWHERE_RATED, Attributed, _Found
from .explicit import _explicit, written_on_a_thing
from .layout import _credited_below, _heading_reach, _heading_speaker


def attribute(reading: Reading) -> list[Attributed]:
    out: list[Attributed] = []
    for view in reading.views:
        found: list[_Found] = []
        cues: dict[tuple[int, int], bool] = {}  # whether a sentence has a cue, asked once per sentence
        for index, span in enumerate(view.spans):
            sentence = view.sentence_at(span.outer_start)
            # (Quotation marks around a name or a title, which no one speaks, end no one's words:
            # "Roe told the weekly “Harbour Talk” that …" still reports what follows.)
            previous_end = found[-1].span.outer_end if found else 0
            next_start = view.spans[index + 1].outer_start if index + 1 < len(view.spans) else len(view.frame)
            before_start = max(sentence.start, previous_end)
            bounds = (sentence.start, max(sentence.end, span.outer_end))

            def sentence_has_cue(bounds=bounds, frame=view.frame) -> bool:
                if bounds not in cues:
                    cues[bounds] = has_cue(frame, *bounds)
                return cues[bounds]

            kind = classify(span, view.frame, sentence.start, next_start, sentence_has_cue)
            if not kind.keep:
                continue
            quote = _Found(span, kind.partial)
            if written_on_a_thing(view, span, before_start, next_start):
                quote.settled = True
                found.append(quote)
                continue
            speaker, evidence, path = _explicit(reading, view, span, before_start, next_start)
            quote.give(speaker, evidence, path)
            quote.settled = evidence == "label"
            if quote.speaker is None and index == len(view.spans) - 1:
                quote.give(_credited_below(reading, view, span), "after", "credit line below")
            if quote.speaker is None and not quote.settled and not found and span.outer_start < _heading_reach(view):
                quote.give(_heading_speaker(reading, view, span.outer_start), "before", "heading")
            found.append(quote)
        _carry_over(reading, view, found, out)
        for quote in found:
            if quote.speaker is not None and not quote.partial and _named_in_own_words(reading.cast.canonical(quote.speaker), quote.span.text) \
                    and not _named_in(reading, view.number, quote.speaker):
                # “We have to get Tom out of this,” he wrote: a speaker reached through a pronoun or
                # a quote before, whom the quote calls by first name, is the one spoken of or to.
                quote.speaker = None
            if quote.speaker is not None and quote.evidence not in _NAMED_ELSEWHERE_RATED \
                    and not _named_in(reading, view.number, quote.speaker):
                # (A ceiling, not a factor: quotes carried on over several paragraphs are no less
                # sure at each step.)
                quote.confidence = min(quote.confidence, round(CONFIDENCE[quote.evidence] * UNNAMED_HERE_FACTOR, 2))
            if quote.speaker is None or quote.confidence < MIN_CONFIDENCE or _in_question_asked(view, quote.span):
                out.append(Attributed(quote.span, quote.partial, None, "none", CONFIDENCE["none"]))
            else:
                out.append(Attributed(quote.span, quote.partial, reading.cast.canonical(quote.speaker),
                                      quote.evidence, quote.confidence, quote.path))
    return out


def _in_question_asked(view: ParagraphView, span: QuoteSpan) -> bool:
    """Whether the quote lies in a clause opening its sentence with the question put to the subject:
    in "Asked whether the fee is “fair,” 60 percent of drivers said yes" the quoted words are the
    one asking's, whom the sentence does not name."""
    return _QUESTION_ASKED.fullmatch(view.frame, view.sentence_at(span.outer_start).start, span.outer_start) is not None


_QUESTION_ASKED = re.compile(rf"[\s\"“‘'(]*(?:when\s+|after\s+being\s+)?(?:asked|pressed|questioned)\s+"
                             rf"(?:whether|if|why|how|what|who)\b[^,;:{MASKS}]*", re.I)


def _named_in_own_words(speaker: Entity, words: str) -> bool:
    """Whether the words of a quote call the person `speaker` by their first name alone, as one
    speaks of or to someone else ("Mira, are you coming …", "get Tom out of this"); with the
    surname after it, the name may be the speaker's own, as politicians name themselves."""
    parts = speaker.name.split()
    if speaker.type != "person" or not speaker.named or len(parts) < 2 or len(parts[0]) < 3 or not parts[0].isalpha():
        return False
    # The name looked for as it stands first: most quotes lack it, and the pattern, made anew for
    # each speaker, costs far more to compile than to run.
    return parts[0] in words and re.search(
        rf"(?<![\w’'-]){re.escape(parts[0])}(?![\w’'-])(?!\s+(?:[\w.]+\s+)?{re.escape(parts[-1])})", words) is not None


def _named_in(reading: Reading, paragraph: int, speaker: Entity) -> bool:
    """Whether `speaker` is named in the paragraph; an actor the text never names ("the official")
    counts as named wherever it is described."""
    speaker = reading.cast.canonical(speaker)
    return not speaker.named or any(reading.cast.canonical(m.entity) is speaker for m in reading.names_from(paragraph, 0))
