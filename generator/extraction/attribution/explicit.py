"""The cues in a quote's own sentence, tried from the most to the least explicit: a transcript
label, a reporting verb after the quote, a dash, a reporting verb or source cue before it, a
lead-in or a possessor, a name and a colon, a source cue or a reporting clause closing the
sentence."""

from __future__ import annotations

import re

from ...data import load_list
from ..actors import Entity
from ..clauses import OPENING_CLAUSE, Phrase, cue_verbs, phrase_after, source_cue_before, takes_outer_subject
from ..discourse import NameMention, ParagraphView, Reading, resolve_phrase
from ..lexicon import SOURCE_CUE, SPEECH_VERBS, alternation
from ..quotes import QuoteSpan
from ..text import MASKS, sentence_stop
from .possessors import _owner_of_content, _owner_of_words
from .reporters import _names_someone, _opening_subject

_DASH = re.compile(r"\s*[—–―]+\s*|\s+-{1,2}\s+")
_PUNCTUATION_OR_AS = re.compile(rf"^[\s,;.!?{MASKS}]*(?:as\s+)?$")
_ONLY_PUNCTUATION = re.compile(rf"^[\s,;.!?{MASKS}]*$")
_NAME_COLON = re.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*:\s*$")
_VERBISH_LEAD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b")
_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|while|since|although|though|whereas|if|unless|until|"
                          r"and|but|that|which|who|whom|where|what|how)\b")
_COORDINATION = re.compile(rf"[;{MASKS}]|,\s*(?:and|but|while|whereas|although|though|with)\b|\s(?:but|while|whereas)\s")
_LEADING_SPACE = re.compile(r"\s*")
_TRANSCRIPT_LABEL = re.compile(r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+)?([A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}):\s")
# After a quote, "citing" and "quoting" bring in evidence for the words, not their source.
_EVIDENCE_CUES = frozenset(("citing", "quoting"))
_SUBORDINATORS = r"after|before|when|while|since|until|although|though|because|unless|whereas"
# A named subject right before a verb, after a comma, a pronoun after "to which" and the like,
# or "who" ("welcomed the words of Roe, who spoke of '…'"): the verb opens a clause of its own.
# (After "which" it does not: "added a caption which reads '…'" still reports the one adding it.)
# (An auxiliary may come between the subject and its verb: "and Lund will denounce …".)
_AUXILIARY = r"(?:(?:will|would|can|could|may|might|must|should|shall|has|have|had|did|does|do)\s+)?"
_NEW_SUBJECT_BEFORE = re.compile(r"(?:,\s+(?:[A-Z][\w.’'-]*\s+){1,4}|\bwhich\s+(?:he|she|they|it)\s+|\bwho\s+)"
                                 rf"{_AUXILIARY}(?:(?:also|then|later|yesterday|today|\w+ly)\s+)?$")
_SUBORDINATOR = re.compile(rf"\b(?:{_SUBORDINATORS})\b", re.I)
# "A fisherman shouted a greeting and Roe said, “…”": a named subject joined by "and" or "but" opens a
# clause of its own, unless a "that" before it shows it inside what the first verb reports ("Varga
# said that Lund and Roe told the board …").
_JOINED_SUBJECT_BEFORE = re.compile(r"\s(?:and|but)\s+(?:[A-Z][\w.’'-]*\s+){1,4}"
                                    rf"{_AUXILIARY}(?:(?:also|then|later|\w+ly)\s+)?$")
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


def _explicit(reading: Reading, view: ParagraphView, span: QuoteSpan, before_start: int,
              next_start: int) -> tuple[Entity | None, str, str]:
    """The speaker that a cue in the quote's own sentence names, the kind of evidence and the rule
    that found it; each step tried in turn gives way to the next when it finds no cue."""
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
    return _agent_of_naming(reading, view, span, before_start, after_end) or _voices_from(reading, view, span, after_end) \
        or _verb_after(reading, view, span, before_start, next_start, after_end) \
        or _dash_after(reading, view, span, after_end) or _cues_before(reading, view, span, before_start) \
        or _cues_after(reading, view, span, after_end) or (None, "none", "none")


def _agent_of_naming(reading: Reading, view: ParagraphView, span: QuoteSpan, before_start: int,
                     after_end: int) -> tuple[Entity | None, str, str] | None:
    """ "The inquiry, branded a “farce” by the union, ended": the agent after a passive verb of
    naming chose the quoted words, not the subject of the sentence."""
    frame = view.frame
    by = _BY_AFTER.match(frame, span.outer_end, after_end)
    if by is None or not _NAMING_BEFORE.search(frame, max(before_start, span.outer_start - 40), span.outer_start):
        return None
    phrase = phrase_after(frame, by.end(), after_end)
    speaker = resolve_phrase(reading, view.number, phrase) if phrase is not None else None
    return (speaker, "after", "agent of a verb of naming") if speaker is not None else None


def _voices_from(reading: Reading, view: ParagraphView, span: QuoteSpan,
                 after_end: int) -> tuple[Entity | None, str, str] | None:
    """ "“Sink it,” came shouts from the quay": the words are of those the voices came from."""
    frame = view.frame
    voices = _VOICES_FROM.match(frame, span.outer_end, after_end)
    phrase = phrase_after(frame, voices.end(), after_end) if voices is not None else None
    speaker = resolve_phrase(reading, view.number, phrase) if phrase is not None else None
    return (speaker, "after", "voices came from") if speaker is not None else None


_VOICES_FROM = re.compile(r"[\s,]*came\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:shouts?|cries|cry|calls?|chants?|yells?|"
                          r"screams?|reply|replies|response|answer)\s+from\s+")
_NAMING_BEFORE = re.compile(r"\b(?:called|labell?ed|branded|dubbed|termed|described|denounced|derided|dismissed)"
                            r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$", re.I)
_BY_AFTER = re.compile(rf"[\s,{MASKS}]*by\s+")


def written_on_a_thing(view: ParagraphView, span: QuoteSpan, before_start: int, after_end: int) -> bool:
    """Whether the quote is what a thing next to it reads: "held up a placard saying, “Go Home”",
    "a sign that says “Slow Down”", "a banner on the fence said, “Save Our Port”", "“No Cuts,” read
    a sign held by a nurse". (A source before it reports the words: "according to the Herald, a
    sign read “…”" quotes the Herald.)"""
    frame = view.frame
    return (_READS.search(frame, max(before_start, span.outer_start - _READS_REACH), span.outer_start) is not None
            or _READ_ON.match(frame, span.outer_end, after_end) is not None) \
        and source_cue_before(frame, before_start, span.outer_start) is None


_DISPLAY_THING = alternation(load_list("display_things.txt"))
# (Where the thing is, "a banner on the fence", "a sign at the gate", may come between it and the verb.)
_READS = re.compile(rf"(?<![\w’'-])(?:{_DISPLAY_THING})s?(?:\s+(?:at|on|in|near|outside|above|over|along|across)"
                    r"\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?[\w’'-]+)?"
                    r"\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|says|saying)\s*[,:]?\s*$", re.I)
# After the quote the thing needs a determiner or the plural ("said Button" names someone), and what
# follows it must not make it a modifier ("said the sign language interpreter").
_READ_ON = re.compile(rf"[\s,{MASKS}]*(?:read|reads|said|says)\s+(?:(?:a|an|the|one|another|his|her|their|its|some)\s+"
                      rf"(?:[\w’'-]+\s+)?(?:{_DISPLAY_THING})s?|(?:{_DISPLAY_THING})s)"
                      r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:held|carried|hung|hanging|worn|put|posted|painted|written|on|at|in|"
                      r"near|outside|above|over|along|across|by|that|which|from)\b)", re.I)
_READS_REACH = 40


def _verb_after(reading: Reading, view: ParagraphView, span: QuoteSpan, before_start: int, next_start: int,
                after_end: int) -> tuple[Entity | None, str, str] | None:
    frame = view.frame
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
    return None


def _dash_after(reading: Reading, view: ParagraphView, span: QuoteSpan, after_end: int) -> tuple[Entity | None, str, str] | None:
    frame = view.frame
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
    return None


def _cues_before(reading: Reading, view: ParagraphView, span: QuoteSpan, before_start: int) -> tuple[Entity | None, str, str] | None:
    frame = view.frame
    # 2. Cues before the quote, nearest first.
    before_words = frame[before_start:span.outer_start].split()
    if len(before_words) <= MAX_BEFORE_WORDS:
        verbs = list(cue_verbs(frame, before_start, span.outer_start))
        source = source_cue_before(frame, before_start, span.outer_start)
        sentence_start = view.sentence_at(span.outer_start).start
        # "Varga called Lund's assertion of a “right to close” …": words quoted as the content
        # of a possessor's claim are the possessor's. (The noun may read as a reporting verb:
        # "Lund's claim is that …".)
        owner = _owner_of_content(reading, view, before_start, span)
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
    return None


def _cues_after(reading: Reading, view: ParagraphView, span: QuoteSpan, after_end: int) -> tuple[Entity | None, str, str] | None:
    frame = view.frame
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
    return None


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
    """ "Jane Roe, The Daily Star: “…”": a verbless lead-in before a colon names the speaker first,
    after the words presenting what follows at most: "Here is Jane Roe at the hearing: “…”"."""
    head = view.frame[start:end].rstrip()
    if not head.endswith(":") or len(head.split()) > 16 or _LEADING_SPACE.match(view.frame).end() < start:
        return None
    presented = _PRESENTING.match(view.frame, start).end()
    if _VERBISH_LEAD.search(view.frame, presented, end) or next(cue_verbs(view.frame, presented, end), None) is not None:
        return None
    first = next((m for m in reading.names_from(view.number, start) if m.start < end and not m.possessive), None)
    if first is None or first.role_start != presented:
        return None
    return reading.cast.canonical(first.entity)


_PRESENTING = re.compile(r"\s*(?:(?:Here|This)(?:[’']s|\s+is)\s+|Listen\s+to\s+)?", re.I)
