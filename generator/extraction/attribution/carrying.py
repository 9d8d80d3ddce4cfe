"""Quotes with no cue of their own: the speech they continue, from the quotes around them, the
paragraph before, the sentence's subject or the actor the story is about."""

from __future__ import annotations

from ..discourse import ParagraphView, Reading
from ..quotes import QuoteSpan
from ..text import PARAGRAPH
from .confidence import Attributed, _Found
from .explicit import _LEADING_SPACE, _ONLY_PUNCTUATION, _TITLE_CASE
from .reporters import (_QUOTES_ONLY, _described, _issuer_in, _last_speaker, _main_clause_subject, _opening_subject,
                        _reporter_before,
                        _reporter_between, _reporter_of_sentence_before, _speaker_chiming_in, _unresolved_reporter)


def _carry_over(reading: Reading, view: ParagraphView, found: list[_Found], out: list[Attributed]) -> None:
    """Give quotes without a cue the speaker of the speech they continue."""
    # The next quote with a speaker, for each quote: one pass from the end.
    following_quote: list[_Found | None] = [None] * len(found)
    upcoming = None
    for i in range(len(found) - 1, -1, -1):
        following_quote[i] = upcoming
        if found[i].speaker is not None:
            upcoming = found[i]
    previous = None  # the last earlier quote with a speaker
    for i, quote in enumerate(found):
        if quote.speaker is not None:
            previous = quote
            continue
        if quote.settled:
            previous = None  # (the words after a label go on with the one it labels, whoever that is)
            continue
        span = quote.span
        if previous is not None:
            # "Roe thanked Varga for his 'great concern'. Varga then praised her 'firm commitment'":
            # words quoted in a later sentence with a subject of its own are that subject's.
            subject = None if quote.span.outer_start < view.sentence_at(previous.span.outer_start).end \
                else _opening_subject(reading, view, span)
            reporter = _reporter_before(reading, view, previous.span.outer_start) \
                if previous.evidence == "owner" and span.outer_start < view.sentence_at(previous.span.outer_start).end else None
            between = _reporter_between(reading, view, view.sentence_at(previous.span.outer_end - 1).end, span.outer_start)
            if reporter is not None:
                # "Varga called Lund's assertion of a “right to close” “disturbing”": the
                # possessor's words were quoted inside what the reporter says.
                quote.give(reporter, "before", "reporter of possessor")
            elif _unresolved_reporter(reading, view, span):
                # "Fishermen sang “…”. Others yelled, “…”": someone the text does not name
                # reports these words; they go on with no one.
                pass
            elif between is not None and between is not reading.cast.canonical(previous.speaker):
                # "“…,” Roe says. Lengthen it, says Varga. Granted, “…”": someone else
                # reported speaking since the last quote is the one speaking on.
                quote.give(between, "continued", "reporter since the last quote")
            elif subject is not None and subject is not reading.cast.canonical(previous.speaker) and quote.partial:
                quote.give(subject, "subject", "subject of its sentence")
            else:
                quote.give(previous.speaker, "continued", "previous quote", previous.confidence)
            previous = quote
            continue
        following = following_quote[i]
        last_before = out[-1] if out and out[-1].span.paragraph == view.number - 1 else None
        starts_paragraph = _LEADING_SPACE.match(view.frame).end() >= span.outer_start
        if starts_paragraph and (answer := _speaker_chiming_in(reading, view.number + 1)) is not None:
            # `"…"` then `Her friend Jane Roe, 20, chimed in.`: a reporting verb closing the next
            # paragraph's first sentence with nothing reported points back to the quote before it.
            quote.give(answer, "continued", "chimed in")
        elif following is not None and following.evidence == "after" \
                and following.span.outer_start < view.sentence_at(span.outer_start).end:
            # `"Low Tide" closes the show and "sets the mood," says Jane Roe`: a reporting verb after
            # a later quote of the same sentence reports this one too, whoever spoke the paragraph
            # before.
            quote.give(following.speaker, "continued", "next quote", following.confidence)
        elif starts_paragraph and last_before is not None and last_before.speaker is not None:
            quote.give(last_before.speaker, "continued", "quote ending paragraph before", last_before.confidence)
        elif starts_paragraph and (issuer := _issuer_in(reading, view.number - 1)) is not None:
            # "The party issued a statement apologising …" and then the statement, quoted whole.
            quote.give(issuer, "continued", "issuer")
        elif starts_paragraph and _introduces_quote(reading, view.number - 1):
            # "…, turning to X and stating:" closes the paragraph before a quoted block.
            quote.give(_last_speaker(reading, view.number, span.outer_start), "continued", "introduced by colon")
        elif following is not None and quote.partial and following.span.outer_start >= view.sentence_at(
                span.outer_start).end and (own := _opening_subject(reading, view, span)) is not None \
                and own is not reading.cast.canonical(following.speaker):
            # "Varga blamed the losses on “sickos”. Roe called the plan “dangerous.”": words quoted
            # in a sentence with a subject of its own are not those of a later sentence's speaker.
            quote.give(own, "subject", "own subject")
        elif following is not None:
            quote.give(following.speaker, "continued", "next quote", following.confidence)
        elif _unresolved_reporter(reading, view, span, past_commas=False):
            # "Asked about the vote, a third answered “…”": the verb reports someone the text does
            # not name; the sentence's subject did not say it.
            pass
        elif not _TITLE_CASE.match(span.text):
            # (A few capitalised words in quotation marks with no cue are a name or a title:
            # `a group calling itself "Free Voices"`; no one is speaking them.)
            subject = reading.cast.sentence_subject(view.number * PARAGRAPH + span.outer_start)
            if subject is not None:
                # `Varga blamed "dark forces"`: words quoted with no reporting verb are most
                # often those of the one the sentence is about; but in "By local lore, Roe
                # was “unflappable”" they say what the subject is, and someone else chose them.
                subject = _main_clause_subject(reading, view, span, subject)
                if subject is not None and not _described(reading, view, span, subject):
                    quote.give(subject, "subject", "sentence subject")
            elif _stands_alone(view, span):
                # A quote that is a sentence of its own goes on with the last one reported
                # speaking, or the one the sentence before was about ("Roe offered his
                # explanation. '…'"); quoted words inside someone else's sentence are not
                # guessed at.
                quote.give(_last_speaker(reading, view.number, span.outer_start, view), "nearby", "nearby")
            elif (reporter := _reporter_of_sentence_before(reading, view, span)) is not None:
                # "The rules are unclear, Roe said. So far, the board has “no plan at all.”": words
                # quoted with no cue in the sentence after one reported speech go on with it.
                quote.give(reporter, "nearby", "reporter of the sentence before")
            if quote.speaker is None and starts_paragraph and _quote_only(view):
                # A paragraph that is nothing but a quote goes on with the one the story
                # was about: "Talvik spoke at length." then "“Our port must grow.”"
                quote.give(reading.cast.salient_speaker(view.number * PARAGRAPH + span.outer_start), "salient", "salient")
        if quote.speaker is not None:
            previous = quote


def _stands_alone(view: ParagraphView, span: QuoteSpan) -> bool:
    """Whether the quote's sentence holds nothing but quotations."""
    sentence = view.sentence_at(span.outer_start)
    return _QUOTES_ONLY.fullmatch(view.frame, sentence.start, max(sentence.end, span.outer_end)) is not None


def _quote_only(view: ParagraphView) -> bool:
    """Whether the paragraph holds nothing but quotations."""
    return _ONLY_PUNCTUATION.match(view.frame) is not None


def _introduces_quote(reading: Reading, paragraph: int) -> bool:
    return paragraph >= 1 and reading.views[paragraph - 1].frame.rstrip().endswith(":")
