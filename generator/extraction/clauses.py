"""Clause-level reading of a frame sentence: cue verbs and the noun phrase that is their subject.

There is no parser here. News attribution is formulaic enough that a few surface rules find the
subject of a reporting verb: it is the phrase right before the verb back to the previous clause
boundary ("..., Pushilin said"), skipping adverbs, auxiliaries and comma-enclosed appositives
("Andrey Turchak, a senior member of ..., said"); or, in inverted attribution, the phrase right
after it ("said Jane Smith, a spokeswoman").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import load_list
from .lexicon import PAST_TENSE_VERBS, ROLE_WORDS as _ROLE_WORDS, SOURCE_CUE, SPEECH, alternation
from .text import MASKS, strip_time_expressions

_BOUNDARY_WORDS = ("that|and|but|while|as|when|because|after|before|although|though|if|where|since|"
                   "until|so|or|whether|than|what|how|why|whom|whose|once|unless|whereas|also")
_BOUNDARY = re.compile(rf"(?:[{MASKS},;:()\[\]—–]|\s-\s|\b(?:{_BOUNDARY_WORDS})\b)")
# The last boundary before a place: a run to it, then back to where one starts, instead of a pass
# over every boundary before it (each masked character of a quote is one).
_LAST_BOUNDARY = re.compile(rf"(?s:.*)({_BOUNDARY.pattern})")
_ANTECEDENT_BOUNDARY = re.compile(
    rf"(?:[{MASKS},;:()\[\]—–]|\b(?:{_BOUNDARY_WORDS}|by|of|for|with|to|from|on|in|at|against)\b)")
_NAME_AT_END = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|on|the|and|de|van|von|al)\s+)*[A-Z][\w’'.-]*)*$")
# An adverb is written in lower case ("Varly said" has a subject), and a few nouns and adjectives end
# like one ("the Lund family has asked", "an impact on early voting").
ADVERB = (r"(?-i:(?!(?:family|rally|assembly|ally|supply|reply|anomaly|monopoly|bully|tally|homily|folly|belly|jelly|"
          r"lily|early)\b)[a-z]\w*ly)")
_FILLER_WORDS = (
    rf"{ADVERB}|also|then|later|again|once|still|just|never|not|n't|no\s+longer|(?<=\bno\s)longer|now|has|have|had|will|would|"
    r"could|can|did|does|do|is|was|were|are|be|been|being|shall|should|may|might|must|previously|earlier|"
    r"first|further|already|ultimately|eventually|reportedly|repeatedly|recently|publicly|privately|"
    r"initially|even|always|often|himself|herself|itself|themselves|too|since|yesterday|today|tonight")
_TRAILING_FILLER = re.compile(rf"(?<!\s)(?:\s+(?:{_FILLER_WORDS}))+\s*$", re.I)
_FILLER_WORD = re.compile(rf"(?:{_FILLER_WORDS})", re.I)
_LEADING_FILLER = re.compile(
    r"^\s*(?:(?:and|but|so|then|yet|also|even|however|meanwhile|instead|with|without|among|including|"
    r"(?:to|in|of|for|at|on|with|by|from|after) wh(?:ich|om))\b[\s,]*)+", re.I)
_APPOSITIVE_STARTERS = frozenset(
    "who which whose a an the his her its their one himself herself itself also aged now then formerly both "
    "each".split()) | frozenset(
    # A parenthetical set off between a subject and its verb: "Roe, in a statement, said …".
    "during despite following in on at without with speaking of from".split())
_SUBJECT_WORDS = frozenset("he she they we i it the a an his her their its this that".split())
# Conjunctions that open a parenthetical without a subject of its own: "Varga, while being
# interviewed on Fox, called …" (but "…, while Varga, the governor, proposed" has one).
_SUBJECTLESS_OPENERS = frozenset("while when after before as".split())
# A discourse adverbial set off between a subject and its verb ("Roe, for example, said …",
# "Roe, however, said …") is no appositive of the subject, and no subject either: read past it.
_SET_OFF_ADVERBIAL = re.compile(r"(?:however|meanwhile|though|too|moreover|furthermore|instead|likewise|nonetheless|"
                                r"nevertheless|therefore|for (?:example|instance|now|once|(?:his|her|their|its) part)|"
                                r"of course|at least|by contrast|as well|in the meantime|at the same time)", re.I)
# Words after which a cue word is a noun or an infinitive ("to ask", "the report", "his claims").
_NOT_FINITE_ENDINGS = tuple("to the a an his her its their this our my your of for in on with without by "
                            "from about against into upon every each any no another".split())
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_GERUND = re.compile(r"[a-z]+ing\b")
_NOT_FINITE_BEFORE = re.compile(rf"\b(?:{'|'.join(_NOT_FINITE_ENDINGS)})\s+$", re.I)
# Verb forms that take the clause subject from elsewhere ("..., adding that", "and told").
_PARTICIPLE = re.compile(r"ing$")
# A phrase runs to the next punctuation; the full stops of "Rep.", "U.S." and "J." do not end it.
_NP_AFTER = re.compile(
    rf"\s*((?:(?<![\w.])(?:(?:[A-Z]\.)+[A-Z]|[A-Z][a-z]{{0,3}})\.(?=[\s,A-Z])|[^,;:.!?()\[\]{MASKS}—–]){{1,120}}?)"
    rf"\s*(?=[,;:.!?()\[\]{MASKS}—–]|\s-\s|$)")
# (Capitalised, "Will" and "May" are as often names: "“…,” May said".)
_VERBISH = re.compile(r"\b(?:(?i:is|are|was|were|has|have|had|would|can|could|does|did|do|should|must|might)|will|may)\b")
MAX_NP_WORDS = 12
_TRAILING_RELATIVE = re.compile(r"\s+(?:who|which)$")
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that|to\s+be|to\s+have)\s")
# How far back from a verb its subject can start: adverbs and auxiliaries between them, a few
# comma-enclosed appositives and the phrase itself. News grammar needs far less; the bounds keep
# the work per verb constant however long a sentence runs.
MAX_FILLER_CHARS = 160
MAX_APPOSITIVE_CHARS = 240
_ADDRESSEE = re.compile(r"\s+(?:reporters|journalists|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
                        r"(?=(?:the|a|an|his|her|its|their|this|that|these|those)\s)")
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:(?:a|an|the|one|some|many|several|another)\s+)?(?:[\w’'-]+\s+){0,3}"
                           r"[\w’'-]+?(?:s|er|or|ist|ian|ent|ant|man|woman)\s+$")
# A word in "’s" that is no contraction ("he's", "let's"): a possessor, in both patterns below.
_POSSESSOR = (r"(?<![\w'’])(?!(?i:he|she|it|that|who|what|there|here|where|one|everyone|someone|nobody|everybody|"
              r"let)['’])[A-Za-z][\w.-]*['’]s")
# "Okafor's remarks": a word right after a possessive is a noun ("he's said" is a verb).
_POSSESSOR_BEFORE = re.compile(_POSSESSOR + r"\s+$", re.I)
# (After "a" or "an" and one word, as in "a heart attack" or "a council vote", it is a noun too: no
# subject takes a verb's bare form after a singular article.)
_POSSESSOR_MODIFIER = re.compile(rf"(?:{_POSSESSOR}|\b(?i:his|her|its|their|our|my|your|an?))\s+[a-z][\w-]*[^\Ws]\s+$")
_MID_SENTENCE = re.compile(r"[\w,]\s*$")
_WORD_AT = re.compile(r"[A-Za-z]+")


_NAME_BEFORE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*\s+(?:[a-z]+ly\s+)?$")
_COORDINATED = re.compile(r"\b(?:and|but|or)\s+(?:(?:\w+ly|also|then|later|has|have|had|will|would)\s+)*$")
_PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|was|were|am|been|be)\s+(?:(?:\w+ly|also|still|now|not)\s+)?$", re.I)
_NAME_BEFORE_ROLES = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:(?:the|a|an)\s+)?"
                                r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+and\s+$")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|it|we|i)\s+$", re.I)
_INVERTING = frozenset(w.lower() for w in load_list("inverting_verbs.txt"))


# A subordinator or preposition opening the sentence, and the phrase or clause it opens running
# on to a position: "As Talvik attacked Okafor, …", "Alongside ZRK calls for action, …".
OPENING_CLAUSE = re.compile(rf"[\s\"“‘'(]*(?:after|before|when|while|since|until|although|though|because|unless|"
                            rf"whereas|as|if|once|with|amid|despite|alongside|following)\b[^,;:{MASKS}]*$", re.I)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase in a paragraph frame: [start, end) offsets and its text."""

    start: int
    end: int
    text: str


def is_finite(frame: str, verb_start: int, sentence_start: int) -> bool:
    """False for "to ask", "the report", "his claims", "Okafor's remarks": cue words that report
    nothing here."""
    # Each pattern ends with a word before the spaces: look at that word's last letters first.
    head = frame[max(sentence_start, verb_start - 40):verb_start].rstrip().lower()
    if head.endswith(_NOT_FINITE_ENDINGS) and _NOT_FINITE_BEFORE.search(
            frame, max(sentence_start, verb_start - 12), verb_start):
        # (But "… inflamed tensions by saying": a gerund after "by" reports, its subject the
        # main clause's.)
        return _BY_BEFORE.search(frame, max(sentence_start, verb_start - 4), verb_start) is not None \
            and _GERUND.match(frame, verb_start) is not None
    before = _OBJECT_OF_VERB.search(frame, max(sentence_start, verb_start - 20), verb_start)
    if before and (before.group()[0].islower() or not frame[sentence_start:before.start()].strip(" \"“‘'(")) \
            and _S_FORM.match(frame, verb_start):
        return False  # "Answering claims that …", "rejected reports that …": a noun, the object
    if head.endswith(("'s", "’s")) and _POSSESSOR_BEFORE.search(frame, max(sentence_start, verb_start - 40),
                                                                 verb_start):
        return False
    # "Roe's main claim is that …", "her short reply:": a modifier between the possessor and the
    # word does not make it a verb. (After a plural it is one: "their supporters claim …".)
    word = _WORD_AT.match(frame, verb_start)
    return not (word is not None and _is_base_form(word.group())
                and _POSSESSOR_MODIFIER.search(frame, max(sentence_start, verb_start - 60), verb_start))


# A verb in lower case right before a cue word in -s: "answering claims", "dismissed reports".
# (Capitalised, "King says" and "Ted says" are names, unless the sentence starts there.)
_OBJECT_OF_VERB = re.compile(r"(?<![\w’'-])(?-i:[A-Za-z][a-z]+(?:ing|ed))\s+$")
_S_FORM = re.compile(r"[A-Za-z]+s\b")


def cue_verbs(frame: str, start: int, end: int):
    """Finite reporting verbs in frame[start:end], in order."""
    for found in SPEECH.find(frame, start, end):
        if found.text[0].isupper() and _MID_SENTENCE.search(frame, max(0, found.start() - 3), found.start()):
            continue  # "The Valley Post", "Morning Report": part of a name, not a verb
        if _is_base_form(found.text) and (_DETERMINED_MODIFIER.search(frame, max(start, found.start() - 40), found.start())
                                          or _DETERMINED_NAME.search(frame, max(start, found.start() - 50), found.start())):
            continue  # "a coordinated attack", "the ensuing call", "a Tom Varga tweet": a noun
        if is_finite(frame, found.start(), start):
            yield found


def _is_base_form(word: str) -> bool:
    low = word.lower()
    return " " not in low and not low.endswith(("s", "ed", "ing")) and low not in PAST_FORMS


PAST_FORMS = PAST_TENSE_VERBS | {"said"}
# A determiner and a modifier before a word: "a coordinated attack", "the ensuing call".
# (Not after a plural: "the Democrats claim" is a clause.)
_DETERMINED_NAME = re.compile(r"\b(?:a|an|the|this|that|another)\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*[^\Ws]\s+$")
_DETERMINED_MODIFIER = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|any|every|no)\s+[a-z][\w-]*"
                                  r"(?:ed|al|ive|ous|ful|ic|ing|ary|ent|ant|ible|able|ish|less)\s+$", re.I)


def subject_before(frame: str, sentence_start: int, verb_start: int) -> Phrase | None:
    """The subject phrase of the verb at `verb_start`, searching left within its sentence."""
    left_end = verb_start
    window = max(sentence_start, verb_start - MAX_FILLER_CHARS)
    # Only a filler word right before the verb starts a run of them: look at that word first.
    stop = left_end
    while stop > window and frame[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > window and not frame[begin - 1].isspace():
        begin -= 1
    # (A capitalised one right before the verb is a name: "“…,” May said", "Will wrote".)
    filler = _TRAILING_FILLER.search(frame, window, left_end) \
        if _FILLER_WORD.fullmatch(frame, begin, stop) and frame[begin:begin + 1].islower() else None
    if filler:
        left_end = filler.start()
    while left_end > sentence_start and frame[left_end - 1].isspace():
        left_end -= 1
    if left_end <= sentence_start:
        return None
    if frame[left_end - 1] == ",":
        return _subject_before_appositives(frame, sentence_start, left_end - 1)
    if frame[left_end - 1] in "—–":
        # "Jo Lund — a teacher from Akron — says": the subject is before the aside.
        opening = max(frame.rfind("—", max(sentence_start, left_end - MAX_APPOSITIVE_CHARS), left_end - 1),
                      frame.rfind("–", max(sentence_start, left_end - MAX_APPOSITIVE_CHARS), left_end - 1))
        if opening > sentence_start and frame[sentence_start:opening].strip():
            return subject_before(frame, sentence_start, opening)
        return None
    phrase = _phrase_back_to_boundary(frame, sentence_start, left_end)
    if phrase is not None:
        members = _MEMBER_LIST_BEFORE.search(frame, max(sentence_start, phrase.start - 160), phrase.start) \
            if _AFTER_CONJUNCTION.search(frame, max(sentence_start, phrase.start - 5), phrase.start) else None
        if members is not None:
            # "A group of artists, writers and scientists signed …": the group signed, not the
            # last of its members; a time after them is the verb's ("… and scientists this week
            # signed"), told as the rest of the project tells times.
            kept = strip_time_expressions(phrase.text)
            end = phrase.start + len(kept) if phrase.text.startswith(kept) else phrase.end
            return Phrase(members.start(1), end, frame[members.start(1):end])
        # "Jane Roe, president and CEO of Acme stated": an appositive missing its closing comma;
        # its "and" joins two roles, and the subject is the name before them.
        named = _NAME_BEFORE_ROLES.search(frame, max(sentence_start, phrase.start - 120), phrase.start) \
            if phrase.text.split()[0].lower() in _ROLE_WORDS else None
        if named and named.group(2).lower() in _ROLE_WORDS:
            return Phrase(named.start(1), named.end(1), named.group(1))
    return phrase


_MEMBER_LIST_BEFORE = re.compile(
    rf"(?<![\w’'-])((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|\d[\d,]*)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{alternation(load_list('member_collectives.txt'))})\s+of\s+[^,;:{MASKS}]+?)(?:,\s+[\w’'-]+(?:\s+[\w’'-]+)?)*,?"
    rf"\s+(?:and|or)\s+$")
_AFTER_CONJUNCTION = re.compile(r"\s(?:and|or)\s+$")


def _phrase_back_to_boundary(frame: str, sentence_start: int, end: int) -> Phrase | None:
    start = max(sentence_start, end - 160)
    last = _LAST_BOUNDARY.match(frame, start, end)
    if last is not None and last.group(1)[1:2] == "-":
        # (" - - ": an earlier " - " may take the space this one starts with, as a pass over
        # the boundaries in order reads them.)
        for last in _BOUNDARY.finditer(frame, start, end):
            pass
    np_start = last.end() if last else start
    # A reporting verb opens the clause it reports: in "Nyman said he had approved", "he" approved.
    for verb in cue_verbs(frame, np_start, end):
        np_start = verb.end()
        # "told Metro News the factory would close": the addressee is not the clause's subject.
        addressee = _ADDRESSEE.match(frame, np_start, end)
        if addressee:
            np_start = addressee.end()
    while np_start < end and frame[np_start].isspace():
        np_start += 1
    text = frame[np_start:end]
    lead = _LEADING_FILLER.match(text)
    if lead:
        np_start += lead.end()
        text = frame[np_start:end]
    if not text or len(text.split()) > MAX_NP_WORDS or _VERBISH.search(text):
        return None
    relative = _TRAILING_RELATIVE.search(text)
    if relative:
        # "Jane Roe, an oncologist who advised …": the subject of the relative clause is the one
        # the appositive describes, named before its comma.
        comma = frame.rfind(",", sentence_start, np_start)
        if comma > sentence_start and not frame[comma + 1:np_start].strip():
            named = antecedent(frame, sentence_start, comma)
            if named is not None and named.text[:1].isupper():
                return named
        text = text[:relative.start()]
        if not text:
            return None
        end = np_start + len(text)
    if text.lower() in ("who", "which", "that"):
        # A relative pronoun: the subject is the antecedent right before the comma.
        comma = frame.rfind(",", sentence_start, np_start)
        if comma > sentence_start and not frame[comma + 1:np_start].strip():
            return antecedent(frame, sentence_start, comma)
        return None
    return Phrase(np_start, end, text)


def antecedent(frame: str, sentence_start: int, end: int) -> Phrase | None:
    """The noun phrase ending at `end` that a relative pronoun after it refers to."""
    start = max(sentence_start, end - 80)
    name = _NAME_AT_END.search(frame, start, end)
    if name:
        return Phrase(name.start(), end, name.group())
    last = None
    for last in _ANTECEDENT_BOUNDARY.finditer(frame, start, end):
        pass
    np_start = last.end() if last else start
    text = frame[np_start:end].strip()
    if not text:
        return None
    np_start = frame.index(text, np_start)
    return Phrase(np_start, np_start + len(text), text)


def _subject_before_appositives(frame: str, sentence_start: int, comma: int) -> Phrase | None:
    """Before ", said": skip comma-enclosed appositives back to the phrase they describe."""
    end = comma
    for _ in range(4):
        window = max(sentence_start, end - MAX_APPOSITIVE_CHARS)
        prev = max(frame.rfind(",", window, end), frame.rfind(MASKS[0], window, end),
                   frame.rfind(MASKS[1], window, end))
        if prev < 0 and window > sentence_start:
            # No comma in reach: the phrase is read back to its boundary, which lies in reach.
            return _phrase_back_to_boundary(frame, window, end)
        segment_start = prev + 1 if prev >= 0 else sentence_start
        segment = frame[segment_start:end]
        if prev < 0 or frame[prev] != "," or not (_looks_appositive(segment) or _place_tail(frame, window, prev, segment)):
            named = _relative_antecedent(frame, sentence_start, segment_start, comma)
            return named or _phrase_back_to_boundary(frame, segment_start, end)
        end = prev
    return None


def _relative_antecedent(frame: str, sentence_start: int, segment_start: int, comma: int) -> Phrase | None:
    """ "Lund, who is in Tartu, Estonia, talking with Brandt, said": a relative clause with commas of
    its own runs up to the verb; its antecedent, a name, is the subject."""
    last = None
    for last in _RELATIVE_OPENING.finditer(frame, max(sentence_start, comma - MAX_APPOSITIVE_CHARS), segment_start):
        pass
    if last is None or any(c in frame[last.end():comma] for c in f";{MASKS}"):
        return None
    named = antecedent(frame, sentence_start, last.start())
    return named if named is not None and named.text[:1].isupper() else None


_RELATIVE_OPENING = re.compile(r",\s+(?:who|whose)\b")


def _place_tail(frame: str, window: int, comma: int, segment: str) -> bool:
    """ "Jo Lund, 31, of Salem, Ore., said", "Roe, during a visit to Salem, Ore., said": the
    state or country closing a place the appositive before it opened ("of Salem") or ended with."""
    if not _PLACE_WORDS.fullmatch(segment.strip()):
        return False
    before = max(frame.rfind(",", window, comma), window - 1)
    return bool(_PLACE_OPENER.match(frame, before + 1, comma) or _PLACE_CLOSER.search(frame, before + 1, comma))


_PLACE_WORDS = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?")
_PLACE_OPENER = re.compile(r"\s*(?:of|from|in|near|outside)\s+[A-Z]")
_PLACE_CLOSER = re.compile(r"\s(?:in|near|outside|at)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*$")
# "Sen. Jane Roe, R-Ky., said": a party and state label set off by commas.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")


def _looks_appositive(segment: str) -> bool:
    """ "a senior member of ...", "who heads ...", "vice chairman of ...", "20", "named after ..." """
    words = segment.split()
    if not words:
        return False
    first = words[0]
    low = first.lower()
    if _PARTY_STATE.fullmatch(segment.strip()) or _SET_OFF_ADVERBIAL.fullmatch(segment.strip()):
        return True
    if low in _SUBJECTLESS_OPENERS:
        return len(words) > 1 and words[1][:1].islower() and words[1].lower() not in _SUBJECT_WORDS
    return (low in _APPOSITIVE_STARTERS or first[0].isdigit() or low.endswith(("ed", "ing"))
            or first.endswith(("'s", "’s")) or any(w.lower().strip(",.") in _ROLE_WORDS for w in words[:3]))


def phrase_after(frame: str, start: int, end: int) -> Phrase | None:
    """The phrase starting at `start` and running to the next punctuation (inverted attribution)."""
    # "said a former official who oversaw …": the phrase ends where its relative clause begins.
    relative = _RELATIVE.search(frame, start, min(end, start + 160))
    if relative and frame[start:relative.start()].strip():
        end = relative.start()
    found = _NP_AFTER.match(frame, start, end)
    if found and len(found.group(1).split()) > MAX_NP_WORDS:
        # "said analyst Jo Lund of the Valley Group in a note circulated on …": the phrase
        # ends before an adverbial that runs on.
        adverbial = _ADVERBIAL.search(frame, found.start(1), found.end(1))
        found = _NP_AFTER.match(frame, start, adverbial.start()) if adverbial else None
    if not found or len(found.group(1).split()) > MAX_NP_WORDS:
        return None
    return Phrase(found.start(1), found.end(1), found.group(1))


_ADVERBIAL = re.compile(r"\s(?:in|on|at|during|after|before|while|to|with)\s+(?:a|an|the|his|her|their|its)\s")


def inverted_subject(frame: str, sentence_start: int, verb_start: int, verb_end: int, sentence_end: int) -> Phrase | None:
    """The phrase after a reporting verb that stands where the report ends: `"…," said Jane Roe`,
    `…, adds one analyst.` The verb must be one that never takes the one spoken of as object."""
    if frame[verb_start:verb_end].lower() not in _INVERTING:
        return None
    head = frame[sentence_start:verb_start].rstrip()
    if head and not head.endswith((",", *MASKS)):
        return None
    phrase = phrase_after(frame, verb_end, sentence_end)
    words = phrase.text.split() if phrase is not None else ()
    if not words or _VERBISH.search(phrase.text) or words[0].lower() in _NOT_SUBJECT_OPENERS \
            or next(cue_verbs(frame, phrase.start, phrase.end), None) is not None:
        return None  # "bemoaned the unrest and said …": an object and another clause, no subject
    return phrase


# Words that open what a reporting verb is followed by when its subject came before it.
_NOT_SUBJECT_OPENERS = frozenset("that in on at to of for with from during after before about as by if whether "
                                 "when while it this there so but and or not then".split())


def source_cue_before(frame: str, start: int, end: int):
    """The last "according to"-style cue in frame[start:end]."""
    last = None
    for last in SOURCE_CUE.find(frame, start, end):
        pass
    return last


def takes_outer_subject(verb: str, frame: str, verb_start: int, sentence_start: int) -> bool:
    """True when the verb has no subject of its own: "adding that", "and said"."""
    if _PARTICIPLE.search(verb.lower()):
        # "Maria Okafor telling reporters", "with one poster writing": a name right before the
        # participle, or the noun phrase after "with", is its subject. After an auxiliary
        # ("Varga is telling") the verb is finite, with its own subject.
        head = frame[max(sentence_start, verb_start - 60):verb_start]
        if _PROGRESSIVE_AUX.search(head):
            return False
        return not (_NAME_BEFORE.search(head) or _WITH_SUBJECT.search(head))
    head = frame[max(sentence_start, verb_start - 30):verb_start]
    return bool(_COORDINATED.search(head)) and not _PRONOUN_BEFORE.search(head)

