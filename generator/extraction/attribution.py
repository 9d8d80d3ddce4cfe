"""Speaker attribution: who said each quotation.

The cues are tried from the most to the least explicit, each within the quote's sentence:

1. a reporting verb right after the quote: `"…," X said` / `"…," said X` / `"…" — X`;
2. a reporting verb or source cue before it: `X said: "…"`, `according to X, "…"`,
   `X said he would "absolutely" …`;
3. a quote with no cue of its own continues the speech around it: the previous quote of the
   paragraph, the quote that ended the previous paragraph, or the next quote of the paragraph;
4. otherwise the last actor reported speaking in the previous sentences of the paragraph or the
   paragraph before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .actors import Entity
from .clauses import (OPENING_CLAUSE, PAST_FORMS, Phrase, cue_verbs, phrase_after, source_cue_before,
                      subject_before, takes_outer_subject)
from .discourse import NameMention, ParagraphView, Reading, leads_name, resolve_phrase
from ..data import load_list
from .lexicon import SOURCE_CUE, SPEECH_VERBS, alternation
from .quotes import QuoteSpan, classify, has_cue
from .text import MASKS, PARAGRAPH, QUOTE_MARKS, sentence_stop

_DASH = re.compile(r"\s*[—–―]+\s*|\s+-{1,2}\s+")
_PUNCTUATION_OR_AS = re.compile(rf"^[\s,;.!?{MASKS}]*(?:as\s+)?$")
_ONLY_PUNCTUATION = re.compile(rf"^[\s,;.!?{MASKS}]*$")
_QUOTES_ONLY = re.compile(rf"[\s,;.!?{MASKS}]*")
_NAME_COLON = re.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*:\s*$")
_VERBISH_LEAD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b")
_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|while|since|although|though|whereas|if|unless|until|"
                          r"and|but|that|which|who|whom|where|what|how)\b")
_COORDINATION = re.compile(rf"[;{MASKS}]|,\s*(?:and|but|while|whereas|although|though|with)\b|\s(?:but|while|whereas)\s")
_LEADING_SPACE = re.compile(r"\s*")
_PRONOUN_OPENING = re.compile(rf"[\s\"“‘'(\[{MASKS}]*(?:He|She|They)\b")
_TRANSCRIPT_LABEL = re.compile(r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+)?([A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}):\s")
# After a quote, "citing" and "quoting" bring in evidence for the words, not their source.
_EVIDENCE_CUES = frozenset(("citing", "quoting"))
_SUBORDINATORS = r"after|before|when|while|since|until|although|though|because|unless|whereas"
# A named subject right before a verb, after a comma, a pronoun after "to which" and the like,
# or "who" ("welcomed the words of Roe, who spoke of '…'"): the verb opens a clause of its own.
# (After "which" it does not: "added a caption which reads '…'" still reports the one adding it.)
_NEW_SUBJECT_BEFORE = re.compile(r"(?:,\s+(?:[A-Z][\w.’'-]*\s+){1,4}|\bwhich\s+(?:he|she|they|it)\s+|\bwho\s+)"
                                 r"(?:(?:also|then|later|yesterday|today|\w+ly)\s+)?$")
_SUBORDINATOR = re.compile(rf"\b(?:{_SUBORDINATORS})\b", re.I)
# "A fisherman shouted a greeting and Roe said, “…”": a named subject joined by "and" or "but" opens a
# clause of its own, unless a "that" before it shows it inside what the first verb reports ("Varga
# said that Lund and Roe told the board …").
_JOINED_SUBJECT_BEFORE = re.compile(r"\s(?:and|but)\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:(?:also|then|later|\w+ly)\s+)?$")
_COMPLEMENTISER = re.compile(r"\bthat\b")
# A subordinator opening the clause that holds a verb: nothing but words and spaces up to the verb.
_SUBORDINATOR_BEFORE = re.compile(rf"\b(?:{_SUBORDINATORS})\b[^,;:{MASKS}]*$", re.I)
_EMBEDDED = re.compile(r"[a-z]\s$")
_NEW_SENTENCE = re.compile(r"\s+[\"“‘'(]?[A-Z]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|at|for|about|on|against|from|of|by|toward|towards)\s+"
                                 r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?$", re.I)
_TITLE_CASE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+(?:of|the|and|[A-Z][\w’'.-]*)){0,3}$")
_OWNER_LEAD = re.compile(r"(?:its|his|her|their)\s", re.I)
# (The subject may be a name after its title, "Valley Transit general counsel Maria Lopez", and the
# verb may be followed by a day and the medium: "wrote in a signed letter", "said in a statement".)
_CLOSING_CLAUSE = re.compile(r",\s+((?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}|"
                             r"(?:[A-Z][\w’'.-]*\s+(?:[a-z]+\s+){0,3}){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
                             r"([a-z]+)(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:in|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?[\w-]+)?"
                             r"\s*[.!?]?\s*$")
MAX_AFTER_WORDS = 10
# `"…," the Ohio senator and presidential candidate said`: two roles of one subject.
_JOINED_ROLES = re.compile(r"[\s,]*(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*\s+and\s+(?:[\w’'-]+\s+){0,3}")
_SET_OFF = re.compile(r",[^;:()]*,\s*")
_COMPLEMENT_OPENING = re.compile(r"\s*(?:that|whether|if|how|what|why|when|to)\b", re.I)
# Verbs whose object is the one spoken to, never an inverted speaker.
_ADDRESSING = frozenset(("told", "tell", "tells", "telling", "informed", "informing", "assured", "assuring"))
MAX_BEFORE_WORDS = 45
_SOURCE_TAIL = re.compile(r"\s*(?:[,(][^;:—–]*)?")
_NOT_SOURCE_OPENERS = ("including ", "especially ", "notably ", "such as ", "like ")

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
    # A transcript label names the speaker even when it names no one else in the text: the quote
    # is no one else's, so no other quote's speaker is carried over to it.
    labelled: bool = False

    def give(self, speaker: Entity | None, evidence: str, path: str, ceiling: float = 1.0) -> None:
        """Attribute to `speaker`; a speaker carried over from another quote is no surer than
        that quote's (`ceiling`)."""
        if speaker is None:
            return
        confidence = CONFIDENCE[evidence] * (PARTIAL_FACTOR.get(evidence, 1.0) if self.partial else 1.0)
        self.speaker, self.evidence, self.path = speaker, evidence, path
        self.confidence = round(min(confidence, ceiling), 2)


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
            speaker, evidence, path = _explicit(reading, view, span, before_start, next_start)
            quote.give(speaker, evidence, path)
            quote.labelled = evidence == "label"
            if quote.speaker is None and index == len(view.spans) - 1:
                quote.give(_credited_below(reading, view, span), "after", "credit line below")
            if quote.speaker is None and not quote.labelled and not found and span.outer_start < _heading_reach(view):
                quote.give(_heading_speaker(reading, view, span.outer_start), "before", "heading")
            found.append(quote)
        _carry_over(reading, view, found, out)
        for quote in found:
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


def _explicit(reading: Reading, view: ParagraphView, span: QuoteSpan, before_start: int,
              next_start: int) -> tuple[Entity | None, str, str]:
    frame = view.frame
    stop = sentence_stop(frame, span.outer_end, next_start)
    after_end = stop.start() if stop else next_start
    if span.text.endswith(".") and _NEW_SENTENCE.match(frame, span.outer_end, after_end):
        # `"Close the border." And Varga decried …`: a quote closed by a full stop ends its
        # sentence; the words after it start another and attribute nothing to it.
        after_end = span.outer_end

    # 0. `"HOLT: The fares stay where they are."`: a transcript names its speaker in capitals inside
    # the quote.
    label = _TRANSCRIPT_LABEL.match(span.text)
    if label:
        return reading.cast.person_named(label.group(1).split()[-1]), "label", "transcript label"
    # 1. `"…," X said` / `"…," said X`: a reporting verb within a few words after the quote.
    named_next = _named_right_after(reading, view, span.outer_end)
    for verb in cue_verbs(frame, span.outer_end, after_end):
        between = frame[span.outer_end:verb.start()]
        if any(c in MASKS for c in between) or ")" in between:
            break  # (another quote, or the end of the aside the quote was in: "(Roe called it "…"), Varga said")
        if named_next is not None and named_next.start < verb.start():
            # `"…," Jane Roe, who chairs the board and has …, said`: the verb's subject is named
            # right after the quote, however long the appositive that follows the name.
            speaker = reading.verb_subjects.get((view.number, verb.start()))
            named = reading.cast.canonical(named_next.entity)
            if len(between.split()) <= MAX_BEFORE_WORDS and (speaker is named or (
                    named.type == "person" and _SET_OFF.fullmatch(frame, named_next.end, verb.start()))):
                # (A person's name set off by commas up to the verb is its subject, whatever
                # places and bodies the appositive names: "Jo Lund, 30, of Akron, Ohio, said".)
                own = _own_verb_before(reading, view, span, before_start, verb.end(), next_start)
                if own is not None and own is not named:
                    return own, "before", "verb before, verb after introducing the next quote"
                return named, "after", "verb after, name next"
            if len(between.split()) <= MAX_BEFORE_WORDS and frame.startswith(",", named_next.end):
                continue  # a verb inside the name's appositive ("a think tank", "who says …")
        if len(between.split()) > MAX_AFTER_WORDS:
            break
        if _ONLY_PUNCTUATION.match(between) and verb.group().lower() in _ADDRESSING:
            # `"…", telling Radio Valmora she was …`: the phrase after "tell" is the listener; the speaker
            # is the verb's own subject.
            speaker = reading.verb_subjects.get((view.number, verb.start()))
            if speaker is not None:
                return speaker, "after", "verb after, one addressed"
            break
        if _ONLY_PUNCTUATION.match(between) and verb.group().lower().endswith("ing"):
            # `"…," describing the team as heroes`: what follows a participle is its object; its
            # subject is the clause's, before the quote.
            speaker = reading.verb_subjects.get((view.number, verb.start()))
            if speaker is not None:
                return speaker, "after", "verb after, participle"
            break
        if _ONLY_PUNCTUATION.match(between):
            phrase = phrase_after(frame, verb.end(), after_end)
            if phrase is not None and not _COMPLEMENT_OPENING.match(phrase.text):
                # (In `the poster "falsely" implies that the crew …` what follows the verb is
                # what it says, not who says it.)
                speaker = resolve_phrase(reading, view.number, phrase)
                if speaker is not None:
                    return speaker, "after", "verb after, its subject after it"
            break
        if (view.number, verb.start()) in reading.inverted:
            # `"…" about fixing schools and roads, said Jane Roe`: a verb before its subject
            # reports what came before it.
            return reading.verb_subjects[(view.number, verb.start())], "after", "verb after, inverted"
        if _SUBORDINATE.search(between) and not _JOINED_ROLES.fullmatch(between):
            break  # `called him a "liar" after he voted`: another clause's verb
        if span.text.endswith(",") and _EMBEDDED.search(frame, max(before_start, span.outer_start - 2), span.outer_start) and any(
                _names_someone(reading.verb_subjects.get((view.number, v.start())))
                for v in cue_verbs(frame, before_start, span.outer_start)):
            # `X said he would "protect …," the crowd applauded`: the words are X's (but in
            # `Nothing the mayor did "will last," the councillor said` no one is named before).
            break
        speaker = reading.verb_subjects.get((view.number, verb.start()))
        if speaker is not None:
            own = _own_verb_before(reading, view, span, before_start, verb.end(), next_start)
            if own is not None and own is not speaker:
                return own, "before", "verb before, verb after introducing the next quote"
            return speaker, "after", "verb after"
        break

    # `"…" — X`
    dash = _DASH.match(frame, span.outer_end, after_end)
    if dash:
        phrase = phrase_after(frame, dash.end(), after_end)
        # The source after a dash closes the sentence, an appositive at most ("— Jane Roe, 20,
        # of Akron."); a phrase going on into a clause ("— farmers up the valley who heard it said …",
        # "— including the union — wanted …") sets the quote off inside another's sentence.
        if phrase is not None and _SOURCE_TAIL.fullmatch(frame, phrase.end, after_end) \
                and not phrase.text.startswith(_NOT_SOURCE_OPENERS):
            speaker = resolve_phrase(reading, view.number, phrase)
            # (`"selling off the harbour" - a claim that hurt`: a dash before a thing.)
            if speaker is not None and (speaker.named or speaker.type in ("person", "group")):
                return speaker, "dash", "dash"

    # 2. Cues before the quote, nearest first.
    before_words = frame[before_start:span.outer_start].split()
    if len(before_words) <= MAX_BEFORE_WORDS:
        verbs = list(cue_verbs(frame, before_start, span.outer_start))
        source = source_cue_before(frame, before_start, span.outer_start)
        sentence_start = view.sentence_at(span.outer_start).start
        if verbs:
            # "Varga called Lund's assertion of a “right to close” …": words quoted as the
            # content of a possessor's claim, after the last reporting verb, are the possessor's.
            owner = _owner_of_content(reading, view, verbs[-1].end(), span)
            if owner is not None:
                return owner, "owner", "possessor of content"
        for index in range(len(verbs) - 1, -1, -1):
            verb = verbs[index]
            if source is not None and source.start() > verb.start():
                break
            if _in_opening_adjunct(frame, sentence_start, verb.start(), span.outer_start):
                # "With party leaders worried about turnout, Varga is rolling out a message: '…'":
                # a verb inside the clause that opens the sentence does not report the main clause.
                continue
            speaker = reading.verb_subjects.get((view.number, verb.start()))
            if speaker is None and takes_outer_subject(verb.group(), frame, verb.start(), before_start):
                continue
            if speaker is None:
                inverted = phrase_after(frame, verb.end(), span.outer_start)
                if inverted is not None and frame[verb.end():span.outer_start].rstrip().endswith((",", ":")):
                    speaker = resolve_phrase(reading, view.number, inverted)
            if speaker is not None:
                # ("The ad ends with footage of Roe saying, '…'": the one a recording shows speaking
                # says the words, whoever reports the rest.)
                outer = None if _recorded_speaking(reading, view, verb) else \
                    _outer_speaker(reading, view, verbs[:index], verb.start())
                return (outer, "before", "verb before, outer speaker") if outer is not None else (speaker, "before", "verb before")
        if source is not None:
            phrase = phrase_after(frame, source.end(), span.outer_start)
            if phrase is not None:
                if _OWNER_LEAD.match(phrase.text) and verbs:
                    # "X said that according to its own figures, … "…"": the owner is the speaker.
                    outer = reading.verb_subjects.get((view.number, verbs[-1].start()))
                    if outer is not None:
                        return outer, "before", "source cue, its owner"
                speaker = resolve_phrase(reading, view.number, phrase)
                if speaker is not None:
                    return speaker, "before", "source cue before"
        lead = _lead_in_speaker(reading, view, before_start, span.outer_start)
        if lead is not None:
            return lead, "before", "lead-in"
        owner = _owner_of_words(reading, view, before_start, span)
        if owner is not None:
            return owner, "before", "possessor"
        colon = _NAME_COLON.search(frame, before_start, span.outer_start)
        if colon and _PREPOSITION_BEFORE.search(frame, max(before_start, colon.start(1) - 40), colon.start(1)):
            # "contrasted him with Okafor: “…”", "… to the daily paper Valley Herald: “…”": the name
            # is an object, not a speaker.
            colon = None
        if colon:
            mention = reading.name_in(view.number, Phrase(colon.start(1), colon.end(1), colon.group(1)))
            if mention is not None:
                return reading.cast.canonical(mention.entity), "before", "name and colon"
        elif not verbs and frame[before_start:span.outer_start].rstrip().endswith(":"):
            # "Varga sided with the riders later that night: “…”": a clause with no reporting verb
            # that a colon closes on the quote introduces the words of its subject, not of whoever
            # was quoted last.
            subject = _opening_subject(reading, view, span)
            if subject is not None and subject.named:
                return subject, "subject", "colon after its subject"
    # 3. `… a "careless" reply, according to a review by the ombudsman.`: a source
    # cue after the quote, in its sentence.
    source = SOURCE_CUE.first(frame, span.outer_end, after_end)
    if source is not None and source.group().lower() not in _EVIDENCE_CUES \
            and not any(c in MASKS for c in frame[span.outer_end:source.start()]):
        phrase = phrase_after(frame, source.end(), after_end)
        if phrase is not None:
            speaker = resolve_phrase(reading, view.number, phrase)
            if speaker is not None:
                return speaker, "after", "source cue after"
    # `… was "arbitrarily detained" …, the rights group says.`, `…, the board writes Monday.`:
    # a reporting clause closing the sentence.
    closing = _CLOSING_CLAUSE.search(frame, span.outer_end, after_end)
    if closing and closing.group(2) in SPEECH_VERBS and not any(c in MASKS for c in frame[span.outer_end:closing.start()]):
        verb_start = closing.start(2)
        speaker = reading.verb_subjects.get((view.number, verb_start))
        if speaker is not None:
            return speaker, "after", "closing clause"
    return None, "none", "none"


def _own_verb_before(reading: Reading, view: ParagraphView, span: QuoteSpan, before_start: int, verb_end: int,
                     next_start: int) -> Entity | None:
    """ `As Lund yelled, "Sink it," Roe joked, "Come aboard"`: a reporting verb after the
    quote whose clause runs on, past a comma or a colon, into the next quote introduces that one;
    a quote right after a reporting verb of its own is the words of that verb's subject."""
    frame = view.frame
    if next_start >= len(frame) or not _RUNS_INTO_QUOTE.fullmatch(frame, verb_end, next_start):
        return None
    verbs = list(cue_verbs(frame, before_start, span.outer_start))
    if not verbs or not _ONLY_INTRODUCING.fullmatch(frame, verbs[-1].end(), span.outer_start):
        return None
    return reading.verb_subjects.get((view.number, verbs[-1].start()))


_RUNS_INTO_QUOTE = re.compile(rf"[^.!?;{MASKS}]*[,:]\s*")
_ONLY_INTRODUCING = re.compile(r"\s*[,:]\s*")


def _recorded_speaking(reading: Reading, view: ParagraphView, verb: re.Match) -> bool:
    """Whether the verb is a participle after a name that a recording shows: "footage of Roe
    saying", "a video of Roe telling the crowd". (After other words the name may be an object and
    the participle its sentence subject's: "replied to Roe, pointing out".)"""
    if not verb.group().lower().endswith("ing"):
        return False
    for mention in reading.names_from(view.number, max(0, verb.start() - _NAME_REACH)):
        if mention.start >= verb.start():
            break
        if not mention.possessive and not view.frame[mention.end:verb.start()].strip() \
                and _RECORDING_OF.search(view.frame, max(0, mention.role_start - 40), mention.role_start):
            return True
    return False


_NAME_REACH = 80
_RECORDING_OF = re.compile(r"\b(?:footage|video|videos|clip|clips|tape|tapes|recording|recordings|audio|film)\s+of\s+$",
                           re.I)


def _credited_below(reading: Reading, view: ParagraphView, span: QuoteSpan) -> Entity | None:
    """The person a paragraph of its own credits with a quote the paragraph before leaves open
    where it ends: `"… worth every penny` then `Jane Roe, director of the Sailing Club."`, the
    credit line of a quote set apart. The credit names no one else before the name and reports
    nothing."""
    text = view.text.rstrip()
    if span.outer_end < len(text) or QUOTE_MARKS.fullmatch(text[-1:]) or view.number >= len(reading.views):
        return None
    below = reading.views[view.number]
    credit = _CREDIT.fullmatch(below.text.strip())
    if credit is None or below.spans and below.spans[0].outer_start > 0:
        return None
    first = next(iter(reading.names_from(below.number, 0)), None)
    if first is None or below.text[:first.role_start].strip(" —–―-") or any(
            cue_verbs(below.frame, first.end, len(below.frame))):
        return None
    person = reading.cast.canonical(first.entity)
    return person if person.type == "person" and not first.possessive else None


# (A dash may lead the credit; a role after a comma may follow the name; the mark closing the
# quote ends it.)
_CREDIT = re.compile(r"[—–―-]?\s*[A-Z][^!?;:\"“”]{0,150}?[.]?\s*[\"”]")


def _heading_reach(view: ParagraphView) -> int:
    """Where the paragraph's second sentence ends: a heading's speaker reaches the quote set
    right after it."""
    return view.sentences[min(1, len(view.sentences) - 1)].end if view.sentences else 0


def _heading_speaker(reading: Reading, view: ParagraphView, before: int) -> Entity | None:
    """The person a paragraph opening with a heading in Title Case shows speaking before offset
    `before`: "Jane Roe Praised The Plan As “…”", "At The Summit, Jane Roe Said “…”", "Jane Roe
    Thanked The Board. “…”". (In Title Case the reporting verb is capitalised like a name.)"""
    if not view.sentences:
        return None
    heading = view.sentences[0]
    # (The quoted words count: a heading capitalises them too.)
    words = _HEADING_WORD.findall(view.text, heading.start, heading.end)
    if len(words) < _HEADING_MIN_WORDS or any(w[0].islower() for w in words):
        return None
    speaker = None
    for mention in reading.names_from(view.number, heading.start):
        if mention.start >= min(before, heading.end):
            break
        verb = _HEADING_VERB.match(view.frame, mention.end, heading.end)
        word = verb.group(1).lower() if verb else ""
        if not mention.possessive and word in SPEECH_VERBS and (word.endswith("ed") or word in PAST_FORMS):
            speaker = reading.cast.canonical(mention.entity)
    return speaker if speaker is not None and speaker.type == "person" else None


_HEADING_VERB = re.compile(r"\s+([A-Z][a-z]+)\s")
# (Short words stay lower case in Title Case: "Thanked Roe for Visiting".)
_HEADING_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][\w’'-]{3,}")
_HEADING_MIN_WORDS = 4


def _named_in(reading: Reading, paragraph: int, speaker: Entity) -> bool:
    """Whether `speaker` is named in the paragraph; an actor the text never names ("the official")
    counts as named wherever it is described."""
    speaker = reading.cast.canonical(speaker)
    return not speaker.named or any(reading.cast.canonical(m.entity) is speaker for m in reading.names_from(paragraph, 0))


def _in_opening_adjunct(frame: str, sentence_start: int, verb_start: int, quote_start: int) -> bool:
    """Whether the verb lies in an adverbial clause opening the sentence that a comma closes before
    a main clause of a few words leading to the quote. ("As Roe put it, …" is a source, and in
    "When asked, Roe said, '…'" the comma before the quote closes the reporting clause.)"""
    if not OPENING_CLAUSE.match(frame, sentence_start, verb_start) or _AS_OPENING.match(frame, sentence_start):
        return False
    comma = frame.find(",", verb_start, quote_start)
    return comma >= 0 and len(frame[comma + 1:quote_start].split()) >= _MAIN_CLAUSE_WORDS


_AS_OPENING = re.compile(r"[\s\"“‘'(]*as\b", re.I)
_MAIN_CLAUSE_WORDS = 3


def _owner_of_words(reading: Reading, view: ParagraphView, start: int, span: QuoteSpan) -> Entity | None:
    """ "Varga's recent assertion that '…'", "Varga's 'never again' pledge": the possessor of a noun
    for something said is the one who said the quoted words."""
    frame = view.frame
    for mention in reading.names_from(view.number, max(start, span.outer_start - 80)):
        if mention.start >= span.outer_start:
            break
        if not mention.possessive:
            continue
        if _NOUN_BEFORE_QUOTE.fullmatch(frame, mention.end, span.outer_start) or (
                _POSSESSIVE_END.fullmatch(frame, mention.end, span.outer_start)
                and _NOUN_AFTER_QUOTE.match(frame, span.outer_end)):
            return reading.cast.canonical(mention.entity)
    return None


def _owner_of_content(reading: Reading, view: ParagraphView, start: int, span: QuoteSpan) -> Entity | None:
    """ "Roe's claim that “…”", "Roe's call for “…”": the possessor of a noun for something said
    whose content the quote gives, named after `start`. (In "called Roe's charge “pathetic”" the
    quote says what the charge is, in the words of whoever calls it so.)"""
    for mention in reading.names_from(view.number, start):
        if mention.start >= span.outer_start:
            break
        if mention.possessive and _CONTENT_AFTER_NOUN.fullmatch(view.frame, mention.end, span.outer_start):
            return reading.cast.canonical(mention.entity)
    return None


_SPEECH_NOUN = alternation(w.lower() for w in (*load_list("speech_nouns.txt"),))
_POSSESSIVE_END = re.compile(r"['’]s?\s*")
_NOUN_BEFORE_QUOTE = re.compile(rf"['’]s?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})(?:\s+(?:that|of|about|on|to|for))?[\s,:]*",
                                re.I)
_CONTENT_AFTER_NOUN = re.compile(rf"['’]s?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_SPEECH_NOUN})\s*"
                                 r"(?:(?:that|of|for)(?:\s+(?:a|an|the))?|:)\s*", re.I)
_NOUN_AFTER_QUOTE = re.compile(rf"\s*(?:[\w’'-]+\s+)?(?:{_SPEECH_NOUN})\b", re.I)


def _named_right_after(reading: Reading, view: ParagraphView, offset: int) -> NameMention | None:
    """The name mention that follows `offset` with nothing but punctuation and spaces between."""
    first = next(reading.names_from(view.number, offset), None)
    if first is None or first.possessive or not _PUNCTUATION_OR_AS.match(view.frame[offset:first.role_start]):
        return None  # ("…," as Jane Roe, a professor at …, puts it)
    return first


def _outer_speaker(reading: Reading, view: ParagraphView, earlier: list, verb_start: int) -> Entity | None:
    """ "X said that the board should repeat "…"": a reporting verb inside what an earlier one
    reports gives the words to the outer speaker, unless a new clause starts in between."""
    for verb in earlier:
        speaker = reading.verb_subjects.get((view.number, verb.start()))
        if speaker is None:
            continue
        if _SUBORDINATOR_BEFORE.search(view.frame, max(0, verb.start() - 80), verb.start()) or OPENING_CLAUSE.match(
                view.frame, view.sentence_at(verb.start()).start, verb.start()):
            # "before officials had weighed in, Varga said …", "Alongside ZRK calls for action, a
            # strategist said …": not the main clause's verb.
            continue
        if _COORDINATION.search(_titles_as_words(view, verb.end(), verb_start)) or _SUBORDINATOR.search(
                view.frame, verb.end(), verb_start) or _NEW_SUBJECT_BEFORE.search(
                view.frame, max(verb.end(), verb_start - 80), verb_start) or (
                _JOINED_SUBJECT_BEFORE.search(view.frame, max(verb.end(), verb_start - 80), verb_start)
                and not _COMPLEMENTISER.search(view.frame, verb.end(), verb_start)):
            # "Roe weighed in hours after Varga said …", "Noting that …, Varga added": the later
            # verb heads a clause of its own.
            return None
        return speaker
    return None


def _titles_as_words(view: ParagraphView, start: int, end: int) -> str:
    """The frame from `start` to `end` with the names and titles in quotation marks in it read as
    words: in "Roe told the weekly “Harbour Talk” that …" no quotation ends what "told" reports."""
    text = view.frame[start:end]
    for span in view.spans:
        if start <= span.outer_start and span.outer_end <= end and _TITLE_CASE.match(span.text):
            at = span.outer_start - start
            text = text[:at] + "T" * (span.outer_end - span.outer_start) + text[at + span.outer_end - span.outer_start:]
    return text


def _lead_in_speaker(reading: Reading, view: ParagraphView, start: int, end: int) -> Entity | None:
    """ "Jane Roe, The Daily Star: “…”": a verbless lead-in before a colon names the speaker first."""
    head = view.frame[start:end].rstrip()
    if not head.endswith(":") or len(head.split()) > 16 or _LEADING_SPACE.match(view.frame).end() < start:
        return None
    body = head[:-1]
    if _VERBISH_LEAD.search(body) or next(cue_verbs(view.frame, start, end), None) is not None:
        return None
    first = next((m for m in reading.names_from(view.number, start) if m.start < end and not m.possessive), None)
    if first is None or view.frame[start:first.role_start].strip():
        return None
    return reading.cast.canonical(first.entity)


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
        if quote.labelled:
            previous = None  # (the words after it go on with the one it labels, whoever that is)
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
                if not _described(reading, view, span, subject):
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


def _described(reading: Reading, view: ParagraphView, span: QuoteSpan, subject: Entity) -> bool:
    """Whether the quote is the complement of a linking verb right after a mention of `subject`."""
    mention = None
    for found in reading.names_from(view.number, view.sentence_at(span.outer_start).start):
        if found.start >= span.outer_start:
            break
        if reading.cast.canonical(found.entity) is subject:
            mention = found
    return mention is not None and _LINKING.fullmatch(view.frame, mention.end, span.outer_start) is not None


_LINKING = re.compile(r"\s+(?:is|was|are|were|seems|seemed|appears|appeared|looks|looked|remains|remained|becomes|"
                      r"became)\s+(?:(?:not|a|an|the|so|very|too|more|most|really|just|still|now)\s+)*")


def _reporter_before(reading: Reading, view: ParagraphView, offset: int) -> Entity | None:
    """The subject of the last reporting verb before `offset` in its sentence."""
    starts, entities = reading.verbs_of(view.number)
    at = bisect_left(starts, offset)
    return entities[at - 1] if at and starts[at - 1] >= view.sentence_at(offset).start else None


def _reporter_between(reading: Reading, view: ParagraphView, start: int, end: int) -> Entity | None:
    """The subject of the last reporting verb from `start` on, in a sentence before the one at `end`."""
    starts, entities = reading.verbs_of(view.number)
    at = bisect_left(starts, end)
    if not at or starts[at - 1] < start or starts[at - 1] >= view.sentence_at(end).start:
        return None
    verb = next(cue_verbs(view.frame, starts[at - 1], view.sentence_at(end).start), None)
    return reading.cast.canonical(entities[at - 1]) if verb is not None and verb.start() == starts[at - 1] else None


def _reporter_of_sentence_before(reading: Reading, view: ParagraphView, span: QuoteSpan) -> Entity | None:
    """The subject of a reporting verb in the sentence right before the quote's, in its paragraph."""
    sentence = view.sentence_at(span.outer_start)
    earlier = [s for s in view.sentences if s.end <= sentence.start]
    if not earlier or next(cue_verbs(view.frame, sentence.start, max(sentence.end, span.outer_end)), None) is not None:
        return None  # (a sentence with a reporting verb of its own reports someone, named or not)
    before = earlier[-1]
    starts, entities = reading.verbs_of(view.number)
    at = bisect_left(starts, sentence.start)
    if not at or starts[at - 1] < before.start:
        return None
    verb = next(cue_verbs(view.frame, starts[at - 1], before.end), None)
    return reading.cast.canonical(entities[at - 1]) if verb is not None and verb.start() == starts[at - 1] else None


def _unresolved_reporter(reading: Reading, view: ParagraphView, span: QuoteSpan, past_commas: bool = True) -> bool:
    """Whether the reporting verb right before the quote has a subject phrase that names no actor
    ("Others yelled, “…”"); without `past_commas`, only a phrase right before the verb counts (in
    "her blog on Monday, which said" the phrase read back past the comma is no sure subject)."""
    sentence = view.sentence_at(span.outer_start)
    verb = None
    for verb in cue_verbs(view.frame, sentence.start, span.outer_start):
        pass
    if verb is None or _QUOTES_ONLY.fullmatch(view.frame, verb.end(), span.outer_start) is None \
            or (view.number, verb.start()) in reading.verb_subjects:
        return False
    subject = subject_before(view.frame, sentence.start, verb.start())
    # (A pronoun left unresolved, as in "which he called “…”", still points back to someone.)
    return subject is not None and subject.text.split()[-1].lower() not in _PERSONAL_PRONOUNS \
        and (past_commas or not view.frame[subject.end:verb.start()].strip())


_PERSONAL_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))
_NOTHING_REPORTED = re.compile(r"(?:\s+(?:in|up|back|too|again|later|then))?\s*[.!]")


def _speaker_chiming_in(reading: Reading, paragraph: int) -> Entity | None:
    """The subject of a reporting verb that ends the first sentence of `paragraph` ("X chimed in.")."""
    if paragraph > len(reading.views):
        return None
    view = reading.views[paragraph - 1]
    if not view.sentences:
        return None
    first = view.sentences[0]
    if any(s.outer_start < first.end for s in view.spans):
        return None  # the sentence carries its own quote
    starts, entities = reading.verbs_of(paragraph)
    at = bisect_left(starts, first.start)
    while at < len(starts) and starts[at] < first.end:
        verb = next(cue_verbs(view.frame, starts[at], first.end), None)
        if verb is not None and verb.start() == starts[at] \
                and _NOTHING_REPORTED.match(view.frame, verb.end(), first.end + 1):
            return entities[at]
        at += 1
    return None


def _issuer_in(reading: Reading, paragraph: int) -> Entity | None:
    """The organisation that the paragraph shows issuing or owning a document, if any."""
    owners = reading.document_owners
    at = bisect_left(owners, (paragraph + 1) * PARAGRAPH, key=lambda owner: owner[0])
    if at and owners[at - 1][0] >= paragraph * PARAGRAPH:
        return reading.cast.canonical(owners[at - 1][1])
    return None


def _names_someone(entity: Entity | None) -> bool:
    return entity is not None and entity.named


def _opening_subject(reading: Reading, view: ParagraphView, span: QuoteSpan) -> Entity | None:
    """The subject of the quote's sentence when it opens the sentence, a title before it at most:
    "Varga then praised …", not "With a vote for Varga ruled out, Roe said …"."""
    subject = reading.cast.sentence_subject(view.number * PARAGRAPH + span.outer_start, opening=True)
    if subject is None:
        return None
    sentence = view.sentence_at(span.outer_start)
    first = next(reading.names_from(view.number, sentence.start), None)
    if first is None or first.start >= span.outer_start or reading.cast.canonical(first.entity) is not subject:
        return subject if _PRONOUN_OPENING.match(view.frame, sentence.start) else None
    return subject if all(leads_name(w) for w in view.frame[sentence.start:first.role_start].split()) else None


def _stands_alone(view: ParagraphView, span: QuoteSpan) -> bool:
    """Whether the quote's sentence holds nothing but quotations."""
    sentence = view.sentence_at(span.outer_start)
    return _QUOTES_ONLY.fullmatch(view.frame, sentence.start, max(sentence.end, span.outer_end)) is not None


def _quote_only(view: ParagraphView) -> bool:
    """Whether the paragraph holds nothing but quotations."""
    return _ONLY_PUNCTUATION.match(view.frame) is not None


def _introduces_quote(reading: Reading, paragraph: int) -> bool:
    return paragraph >= 1 and reading.views[paragraph - 1].frame.rstrip().endswith(":")


def _last_speaker(reading: Reading, paragraph: int, offset: int, view: ParagraphView | None = None) -> Entity | None:
    """The subject of the last reporting verb before `offset` in the paragraph, else (given the
    paragraph's `view`) the first subject of the sentence before, else the subject of the last
    reporting verb in the paragraph before."""
    starts, entities = reading.verbs_of(paragraph)
    at = bisect_left(starts, offset)
    if at:
        return entities[at - 1]
    if view is not None:
        sentence = view.sentence_at(offset)
        if sentence.start > 0:
            subject = reading.cast.sentence_subject(paragraph * PARAGRAPH + sentence.start - 1)
            if subject is not None:
                return subject
    starts, entities = reading.verbs_of(paragraph - 1)
    return entities[-1] if entities else None
