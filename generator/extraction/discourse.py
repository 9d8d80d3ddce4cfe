"""One pass over a document in reading order: quotations masked, actors met, reporting verbs tied
to their subjects.

Order matters: a pronoun means the actor most recently in view, and a surname the person last
named with it, so names, groups and the subjects of reporting verbs are taken sentence by
sentence, each resolved against what came before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from dataclasses import dataclass, field

from ..cleaning import Document
from ..data import load_list
from .actors import (LOCATIVE, SHARE_OF, Cast, Entity, affiliation_role, appositive_role, classifier_after,
                     classifier_before, copular_role, find_groups, is_common_plural, is_known_name, preposed_role)
from .clauses import (OPENING_CLAUSE, Phrase, cue_verbs, inverted_subject, is_finite, phrase_after, subject_before,
                      takes_outer_subject)
from .lexicon import (AUXILIARIES, CAPITAL_OF, COUNTRY_BY_NAME, PAST_TENSE_VERBS, FIRST_NAME_GENDER, IRREGULAR_PAST, DEMONYM_OF as DEMONYMS, DOCUMENT_NOUNS, alternation, FUNCTION_WORDS, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, PRONOUNS, ROLE_WORDS, SPEECH_VERBS,
                      STANCE_POLARITY, STANCE, STATES, TITLE_WORDS)
from .names import Name, find_names
from .quotes import QuoteSpan, read_quotations
from .text import MASKS, PARAGRAPH, Span, make_frame, split_sentences, title_cased

_VERB_WORDS = SPEECH_VERBS | frozenset(STANCE_POLARITY) | AUXILIARIES
# An aside between a name and its verb: "Sen. Jo Lund (Vt.)", "Jo Lund – a Dallas fan –".
_ASIDE = rf"\s*\([^(){MASKS}]{{1,40}}\)|\s+[—–]\s+[^—–{MASKS}]{{1,120}}?\s+[—–]|\s+-\s+[^{MASKS}]{{1,120}}?\s+-(?=\s)"
_NEXT_WORD = re.compile(
    rf"(?:{_ASIDE})?"
    rf"(?:\s*,[^,{MASKS}]{{1,160}}?,|\s+(?:of|from|at|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.’'-]*)*)?"
    rf"(?:,\s+(?:(?:who|which|that)\s+|(?![a-z]+ing\b))|\s+(?:(?:who|which|that)\s+)?)"
    r"(?:(?:\w+ly|also|then|later|again|still|now|never|not|already|reportedly)\s+)*([a-z]+(?:n't)?)\b")
_AGENT_BEFORE = re.compile(r"\b(?:by|according to)\s+(?:the\s+)?$", re.I)
_SOURCE_BEFORE = re.compile(r"\baccording to\s+(?:the\s+)?$", re.I)
_FOLLOWING_WORD = re.compile(r" ([a-z][\w-]*)")
_SENTENCE_OPENING = re.compile(rf"[\s\"“‘'(\[{MASKS}]*")
# Nouns that a name before them modifies ("the Varga campaign", "City Hall officials").
_HEAD_NOUNS = (frozenset(PERSON_NOUNS) | GROUP_NOUNS | frozenset(w for w in ORG_WORDS if w.islower()) | frozenset(
    "campaign administration region province city district area government officials team camp side "
    "state county town village border capital territory".split()))
_LOWER_WORD = re.compile(r"(?=[a-z])(?<![\w’'-])[a-z]+(?![\w’'-])")  # (first letter first: faster)
_MID_SENTENCE_CAP = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'-]*")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$", re.I)
_AGENT_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+by\s+")
_TOLD = frozenset(("told", "tell", "tells", "telling"))
_CHANNEL_BEFORE = re.compile(r"\b(?:(?:interview|interviews|spoke|speaking|talking|talked)\s+(?:\w+\s+)?(?:with|to)|"
                             r"(?:told|tell|tells|telling)|(?:seen|obtained|reviewed|published|aired|broadcast|reported)\s+by)"
                             r"\s+(?:the\s+)?$", re.I)
# The names listed right before and right after a name: "won Iowa, Georgia and Kansas", "Lake
# County, Georgia".
_LISTED_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:,(?: and| or)?| and| or) $")
_LISTED_AFTER = re.compile(r"(?:,(?: and| or)?| and| or) ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_FROM_PLACE_TO = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},?\s+){1,8}(?:(?:to|and|or)\s+)?$")
# A group that undergoes the verb after it: "journalists have been arrested", "journalists imprisoned in".
_UNDERGOES = re.compile(r"\s+(?:(?:(?:has|have|had)\s+been|(?:was|were|is|are)(?:\s+being)?)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b|"
                        r"[a-z]+ed(?=\s*[,.;]|\s+(?:in|by|at|on|during|after|for|from|since|under|without|over\s+the)\b))")
# "One villager, Samir Haddad, …": a member of a group or people introduced by name.
_ONE_OF_BEFORE = re.compile(r"(?<![\w-])(?:One|one|An?|an?)\s+([A-Za-z][\w-]+),\s+$")
_COPULAS = frozenset(("is", "are", "was", "were"))
# After "is" or "was": what the subject is doing or about to do acts ("was meeting", "is set to",
# "was forced to resign"); what was done to it does not ("was replaced", "were wounded", "was
# born"): such subjects are most often background or victims, named once.
_PREDICATE_ACTS = re.compile(r"\s+(?:(?:not|also|still|now|then|already|reportedly|\w+ly)\s+)*(?:[a-z]+ing\b|(?:[a-z]+(?:ed|en)|found|held|made|told|left|put|shot|hit|cut|brought|caught|paid|sold|built|won|lost|"
                             r"led|kept|sent|met|seen|known|shown|thrown|struck|set|sued|fined|jailed|freed)\s+to\s|to\s|set\b|due\b|"
                             r"able\b|about\s+to\b|going\b|in\s+talks\b)")
_SPEAKS_FOR = re.compile(r"^(?:the\s+|an?\s+)?([A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w.’'&-]*){0,5})"
                         r"(?:['’]s)?\s+(?:[Ss]pokes(?:person|man|woman)|press\s+(?:secretary|officer))$")
_AGE = re.compile(r"^\d{1,3}-year-old$")
# A described subject opening the sentence's main clause, after an opening phrase at most: "The
# Valmora councillor sought …", "In two speeches, the judge lashed out …", "His office put out …",
# "A spokesman for Valley Networks declined …", "Attorneys for Jo Lund appeared …".
_OPENING_DESCRIPTION = re.compile(
    rf"(?:[^,;:{MASKS}]{{1,80}},\s+)?((?:(?:[Tt]he|An?|an?|His|Her|Their|Its|[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"[a-z][\w’'-]*|[A-Z][a-z]+s)(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?)\s+"
    r"(?:(?:also|then|later|\w+ly)\s+)?(?:[a-z]+(?:ed|s)|went|took|made|gave|sought|spoke|told|said|met|won|led|put|"
    r"had|kept|left|held|came|got|began|brought|found|sent|stood|wrote|thought|felt|heard|paid)\s")
# (An agent after the description's verb shows a participle: "A letter posted in May by Jo
# Lund to the board indicates …" is not what the email did.)
_AGENT_BY = re.compile(r"[^,;:]*?\bby\b")
_LATER_CLAUSE = re.compile(r"\b(?:when|while|as|after|before|because|since|where|who|which|that|if|until)\b")
# Prepositions whose object is no clause's subject: "Vice President of Farmers for Clean Rivers,
# Tomas Ekdal, offered …".
_OBJECT_OF = frozenset(("for", "with", "against", "than"))
_TOPIC_WORDS = frozenset(("on", "about", "regarding", "concerning"))
_APOSTROPHE = re.compile(r"['’]")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "his", "her", "their"))
MAX_HEADLINE_NAME_WORDS = 3
MAX_BARE_HEADLINE_NAME_WORDS = 2
_OPENING_PRONOUN = re.compile(r"(?:He|She)\b")
_OPENING_PASSIVE = re.compile(r"(?:(?:When|While|After|Once|If|Though|Although|Unless|Until|As)\s+)?(?:[a-z]+ly\s+)?"
                              r"[a-z]+(?:ed|en)\s+(?:[\w’'-]+\s+){0,3}?by\s+(?:the\s+)?")
# He or she opening a sentence, or its main clause after an opening phrase ("In 2009, she …").
_SUBJECT_PRONOUN = re.compile(rf"(?:[^,;:{MASKS}]{{1,80}},\s+)?([Hh]e|[Ss]he)\b")
_LEAD_WORDS = frozenset("the a an this that its his her their our some many several most few other all both".split())
_DOCUMENT = alternation(DOCUMENT_NOUNS)
_DOCUMENT_WORD = re.compile(rf"\b(?:{_DOCUMENT})\b", re.I)
# An organisation issuing or owning a document: "the ministry's letter", "the agency began
# sending forms", "a memo from the agency".
_OWNS_DOCUMENT = re.compile(rf"(?:['’]s?\s+(?:[\w-]+\s+){{0,2}}?|(?:\s+[\w’'-]+){{0,5}}?\s+(?:issu|send|sent|publish|releas|"
                            rf"circulat|distribut|draft|wr[io]t|mail)\w*\s+(?:[\w’'-]+\s+){{0,3}}?)(?:{_DOCUMENT})\b", re.I)
_DOCUMENT_FROM = re.compile(rf"\b(?:{_DOCUMENT})\s+(?:from|(?:issued|sent|written|signed)\s+by)\s+(?:the\s+)?$", re.I)
# A speaker phrase headed by a document: "a leaked memo obtained by …", "the report".
_DOCUMENT_SUBJECT = re.compile(rf"^(?:(?:the|a|an|this|that|its|their|one)\s+)?(?:[\w’'.-]+\s+){{0,3}}?(?:{_DOCUMENT})\b"
                               r"(?!\s+(?:of|to|for|about|on)\b)", re.I)
_AFTER_QUOTE = re.compile(rf"[{MASKS}],?\s*$")
_MADE_BY = re.compile(rf"^(?:(?:the|a|an|new|latest|recent|its|their|his|her|\d{{4}})\s+)*(?:[\w’'-]+\s+){{0,2}}?"
                      rf"(?:{alternation(load_list('work_nouns.txt'))})\s+(?:by|from)\s+", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|they|him|her|them|i|we)(?:['’](?:s|d|ll|ve|re))?$", re.I)
_AS_FOR = re.compile(r"As\s+(?:for|to)\s+(?:the\s+)?")
_PRONOUN_AFTER_TOPIC = re.compile(r",\s+(?:he|she|they)\b")
_PARTICIPLE_BY = re.compile(r"[a-z]+(?:ed|en)\s+by\s")


@dataclass(frozen=True)
class ParagraphView:
    """A paragraph as read (its text without emphasis markup), with its quotation spans, its
    masked frame and its sentences."""

    number: int
    text: str
    frame: str
    spans: tuple[QuoteSpan, ...]
    sentences: tuple[Span, ...]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding `offset`, else the next one, else the last."""
        if not self.sentences:
            return Span(0, len(self.text))
        at = bisect_right(self._sentence_starts, offset)
        if at and offset < self.sentences[at - 1].end:
            return self.sentences[at - 1]
        return self.sentences[at] if at < len(self.sentences) else self.sentences[-1]


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    role_start: int
    entity: Entity
    possessive: bool


_OWNED_BY = re.compile(r"['’]s\s+")


def _owner_affiliation(frame: str, name: Name, mentions: list[NameMention], cast: Cast) -> str | None:
    """ "Harbour TV's Jane Roe": a body owning a name that no title opens is whom the person works for,
    the role "of Harbour TV" (as "Jane Roe of Harbour TV" is). A person or a country owning it says
    nothing of the kind ("Roe's Tom Hale", "Norland's Jane Roe")."""
    owner = mentions[-1] if mentions else None
    if owner is None or not owner.possessive or " " not in name.text \
            or not _OWNED_BY.fullmatch(frame, owner.end, name.role_start):
        return None  # (a word alone may be a title: "Harbour TV's CEO, Jane Roe")
    body = cast.canonical(owner.entity)
    return f"of {body.name}" if body.type == "organization" and body.named else None


@dataclass
class Reading:
    """What the pass found: paragraph views, the cast, and the subject of each cue verb."""

    views: list[ParagraphView]
    cast: Cast
    verb_subjects: dict[tuple[int, int], Entity]
    names: dict[int, list[NameMention]]
    passives: set[tuple[int, int]]
    # Reporting verbs whose subject follows them ("said Jane Roe"): they report what came before.
    inverted: set[tuple[int, int]] = field(default_factory=set)
    # Indexes built on first use, so that a lookup costs a bisection, not a pass over a paragraph.
    _name_starts: dict[int, list[int]] = field(default_factory=dict)
    _names_ending: dict[int, dict[int, NameMention]] = field(default_factory=dict)
    _verbs: dict[int, tuple[list[int], list[Entity]]] | None = None
    # (document position, organisation) for each organisation seen issuing or owning a document.
    document_owners: list[tuple[int, Entity]] = field(default_factory=list)
    document_words: dict[int, list[int]] = field(default_factory=dict)  # paragraph -> offsets
    lower_words: frozenset[str] = frozenset()  # the words the text writes in lower case somewhere

    def document_owner(self, pos: int) -> Entity | None:
        """The organisation last seen issuing or owning a document before `pos`."""
        at = bisect_left(self.document_owners, pos, key=lambda owner: owner[0])
        return self.cast.canonical(self.document_owners[at - 1][1]) if at else None

    def _name_index(self, paragraph: int) -> list[int]:
        """The start offsets of a paragraph's name mentions, kept up to date as the list grows
        (mentions are only ever appended in order, sentence by sentence)."""
        mentions = self.names.get(paragraph, [])
        starts = self._name_starts.setdefault(paragraph, [])
        ending = self._names_ending.setdefault(paragraph, {})
        for m in mentions[len(starts):]:
            starts.append(m.start)
            if not m.possessive:
                ending[m.end] = m  # the last in order wins, as a scan would find it
        return starts

    def name_in(self, paragraph: int, phrase: Phrase) -> NameMention | None:
        """The name heading a phrase: the one ending where the phrase ends, else the first inside."""
        mentions = self.names.get(paragraph)
        if not mentions:
            return None
        starts = self._name_index(paragraph)
        found = self._names_ending[paragraph].get(phrase.end)
        if found is not None and found.start < phrase.end:
            return found
        for i in range(bisect_left(starts, phrase.start), len(mentions)):
            m = mentions[i]
            if m.start >= phrase.end:
                break
            if m.end <= phrase.end:
                return m
        return None

    def names_from(self, paragraph: int, start: int):
        """The name mentions of a paragraph from offset `start` on, in order."""
        mentions = self.names.get(paragraph)
        if not mentions:
            return
        starts = self._name_index(paragraph)
        for i in range(bisect_left(starts, start), len(mentions)):
            yield mentions[i]

    def verbs_of(self, paragraph: int) -> tuple[list[int], list[Entity]]:
        """The offsets of a paragraph's reporting verbs with a subject, in order, and the subjects."""
        if self._verbs is None:
            index: dict[int, tuple[list[int], list[Entity]]] = {}
            for (number, start), entity in sorted(self.verb_subjects.items(), key=lambda kv: kv[0]):
                starts, entities = index.setdefault(number, ([], []))
                starts.append(start)
                entities.append(entity)
            self._verbs = index
        return self._verbs.get(paragraph, ([], []))


def view_paragraphs(document: Document) -> list[ParagraphView]:
    views = []
    read = read_quotations([(p.number, p.text) for p in document.paragraphs])
    for paragraph, (text, spans) in zip(document.paragraphs, read):
        frame = make_frame(text, [(s.outer_start, s.outer_end, s.ends_sentence) for s in spans])
        views.append(ParagraphView(paragraph.number, text, frame, tuple(spans), tuple(split_sentences(frame))))
    return views


def read_document(document: Document) -> Reading:
    views = view_paragraphs(document)
    # (One scan of the frames joined by line breaks, which neither pattern reads across.)
    frames = "\n".join(view.frame for view in views)
    mid_sentence_caps = frozenset(_MID_SENTENCE_CAP.findall(frames))
    lower_words = frozenset(_LOWER_WORD.findall(frames))
    reading = Reading(views, Cast(mid_sentence_caps), {}, {}, set(), lower_words=lower_words)
    number = 0
    for view in views:
        for sentence in view.sentences:
            number += 1
            _read_sentence(reading, view, sentence, number, mid_sentence_caps, lower_words)
    reading.cast.settle_surnames()
    reading.cast.settle_short_forms()
    reading.cast.settle_descriptions()
    return reading


def _acts_after(frame: str, end: int, limit: int) -> bool:
    # "Jane Roe and Tom Hale held talks": each of the names joined by "and" is a subject.
    joined = _AND_NAME.match(frame, end, limit)
    found = _NEXT_WORD.match(frame, joined.end() if joined else end, limit)
    if not found:
        return False
    word = found.group(1)
    if word in _COPULAS and not _PREDICATE_ACTS.match(frame, found.end(), limit):
        return False  # "Myanmar is mainly Buddhist": a description, not an act
    return word in _VERB_WORDS or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


_AND_NAME = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*(?![\w’'-])")


# What may come between a subject and its verb: an appositive set off by commas, a time, adverbs.
_SUBJECT_GAP = re.compile(
    rf"(?:{_ASIDE}|\s*,[^,{MASKS}]{{1,160}}?,|\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|tonight|earlier|later|last|first|also|then|now|still|again|once|never|not|already|reportedly|"
    r"\w+ly)\b))*"
    r"\s+([a-z]+(?:n't)?)\b")


# "He often breaks for …": after he or she, a word in -s is a verb in the present, whatever the
# lists know of it.
_PRESENT_AFTER_PRONOUN = re.compile(r"(?:\s+(?:also|often|still|now|then|\w+ly))*\s+[a-z]{2,}[^s\W]s\b")


def _clause_verb_after(frame: str, end: int, limit: int) -> bool:
    """Whether a finite verb follows the phrase ending at `end`: the phrase is a clause's subject,
    the one a pronoun in the next sentences points back to."""
    found = _SUBJECT_GAP.match(frame, end, limit)
    if not found:
        return False
    word = found.group(1)
    return word in _VERB_WORDS or word in PAST_TENSE_VERBS or (word.endswith("ed") and len(word) > 4)


_CLAUSE_AFTER_SUBJECT = re.compile(rf"(?:{_ASIDE})?"
                                   r"(?:\s+and\s+(?:[A-Z][\w’'-]*|others|(?:his|her|their|other)\s+[a-z]+)(?:\s+[A-Z][\w’'-]*){0,2})?"
                                   r"\s*(?:,|(?:(?:[a-z]+ly|then|also|later|again|still|now|first|finally)\s+)?[a-z]+(?:s|ed)\b|(?:(?:[a-z]+ly|then|also|later|again|still|now|first|finally)\s+)?(?:went|took|made|gave|got|came|began|"
                                   r"saw|knew|thought|left|met|won|lost|ran|led|kept|held|brought|found|became|sought|"
                                   r"spent|sent|stood|struck|put|set|cut|hit|let|fell|felt|heard|paid|sat|spoke|told|wrote|said)\b)")


def _opens_clause(frame: str, initial_at: int, name_start: int, name_end: int, limit: int) -> bool:
    """A name that opens its sentence, or its main clause after a phrase of place or time, and is
    followed by a comma or a verb, not "Smith Street"."""
    if name_start != initial_at and not _OPENING_PLACE_OR_TIME.fullmatch(frame, initial_at, name_start):
        return False
    return bool(_CLAUSE_AFTER_SUBJECT.match(frame, name_end, limit))


# "In a speech on Monday, Roe …", "At the rally, Roe …": a phrase of place or time set off by a
# comma leaves the name after it opening the main clause.
_OPENING_PLACE_OR_TIME = re.compile(rf"(?:In|At|On|During|Throughout|Inside|Outside|Across)\s[^,;:{MASKS}]*,\s+")


def _surname_reporting(frame: str, name, limit: int, lower_words: frozenset[str]) -> bool:
    """ "Hale said.", "Cruz openly admitted …": a capitalised word that opens a sentence and is the
    subject of a reporting verb is a surname, unless the text writes it in lower case elsewhere
    or it looks like a plural ("Critics said")."""
    low = name.text.lower()
    if low in lower_words or low in FUNCTION_WORDS or low.endswith(("s", "ing", "ed")) or not name.text.isalpha():
        return False
    found = _ADVERBS_THEN_WORD.match(frame, name.end, limit)
    if not found or next(cue_verbs(frame, found.start(1), found.end(1)), None) is None:
        return False
    # "Harsh comments are rare": a cue word before an auxiliary is a plural noun, and the
    # capitalised word an adjective.
    after = _WORD_AFTER.match(frame, found.end(1), limit)
    return not (found.group(1).endswith("s") and after is not None and after.group(1) in AUXILIARIES)


# (An age, or a description of the person set off by commas: "Hale, 30, said", "Hale, the
# firm's counsel, insists".)
_ADVERBS_THEN_WORD = re.compile(rf"(?:\s*,\s+\d{{1,3}},|\s*,\s+(?:[A-Z][\w’'-]*['’]s|the|an?|his|her|their)\s[^,;:{MASKS}]{{1,60}},)?"
                                r"(?:\s+\w+ly)?\s+([a-z]+(?:\s+(?:back|in|up))?)\b")


def _among_states(frame: str, name: Name) -> bool:
    """Whether a country's or a capital's name is listed with states or after a county ("won
    Iowa, Georgia and Kansas", "Lake County, Georgia"): the state of that name, a place."""
    key = name.text.lower()
    if key not in COUNTRY_BY_NAME and key not in CAPITAL_OF:
        return False
    before = _LISTED_BEFORE.search(frame, max(0, name.start - 40), name.start)
    after = _LISTED_AFTER.match(frame, name.end)
    return any(found and (found.group(1).lower().replace(".", "") in STATES or found.group(1).endswith(" County"))
               for found in (before, after))


def _capital_before_noun(frame: str, name: Name, limit: int, previous_word: str) -> bool:
    """ "the Lisbon floods", "last week's Oslo summit", "a Vienna law firm": a capital between
    a determiner or an owner and a common noun says where, not that the country's government did
    anything (a capital said to act goes without an article: "Moscow said")."""
    if name.text.lower() not in CAPITAL_OF or not (previous_word in _DETERMINERS
                                                   or previous_word.endswith(("’s", "'s"))):
        return False
    found = _FOLLOWING_WORD.match(frame, name.end, limit)
    return bool(found) and found.group(1) not in FUNCTION_WORDS and found.group(1) not in AUXILIARIES


def _is_modifier(frame: str, end: int, limit: int, single_unknown: bool, determined: bool = False) -> bool:
    """A name right before a common noun modifies it: "the Donetsk region", "the Varga campaign".
    After a determiner an -ing word is that noun too: "the Dunmore bombing", "the Senate hearing"."""
    found = _FOLLOWING_WORD.match(frame, end, limit)
    if not found:
        return False
    word = found.group(1)
    if word in _HEAD_NOUNS or (determined and word.endswith("ing") and len(word) > 5):
        return True
    return single_unknown and (word not in FUNCTION_WORDS and word not in _VERB_WORDS
                               and not word.endswith(("ly", "ed")) and word not in ("who", "which"))


def _has_document_word(reading: Reading, view: ParagraphView, sentence: Span) -> bool:
    """Whether a document noun lies in the sentence (the paragraph searched once)."""
    starts = reading.document_words.get(view.number)
    if starts is None:
        starts = reading.document_words[view.number] = [m.start() for m in _DOCUMENT_WORD.finditer(view.frame)]
    at = bisect_left(starts, sentence.start)
    return at < len(starts) and starts[at] < sentence.end


def _previous_word(frame: str, at: int) -> str:
    """The word (letters, digits, _ ’ ' -) before `at` across spaces, within 30 characters, lower-cased."""
    low = max(0, at - 30)
    end = at
    while end > low and frame[end - 1].isspace():
        end -= 1
    begin = end
    while begin > low and (frame[begin - 1].isalnum() or frame[begin - 1] in _WORD_EXTRA):
        begin -= 1
    return frame[begin:end].lower()


_WORD_EXTRA = frozenset("_’'-")


def _read_sentence(reading: Reading, view: ParagraphView, sentence: Span, number: int,
                   mid_sentence_caps: frozenset[str], lower_words: frozenset[str]) -> None:
    cast = reading.cast
    frame = view.frame
    base = view.number * PARAGRAPH
    cast.begin_sentence(base + sentence.start)
    opening = _SENTENCE_OPENING.match(frame, sentence.start, sentence.end)
    initial_at = opening.end() if opening else sentence.start
    opening_clause = _OPENING_ADJUNCT.match(frame, initial_at, sentence.end)
    # Names before this offset are inside an adjunct that opens the sentence, not its main
    # clause; unless a pronoun opens the main clause ("When Roe took office, she …"): then the
    # adjunct's subject is the one it points back to.
    main_clause_at = opening_clause.end() if opening_clause and opening_clause.group(1) not in mid_sentence_caps \
        and not _PRONOUN_WORD.match(frame, opening_clause.end()) \
        and not _PRONOUN_SUBJECT.search(frame, initial_at, opening_clause.end()) else 0
    covered: list[tuple[int, int]] = []
    mentions: list[NameMention] = []
    # (position, entity, subject, acts, a subject a pronoun may point back to)
    pending: list[tuple[int, Entity, bool, bool, bool]] = []

    for start, end, name in find_groups(frame, sentence.start, sentence.end):
        entity = cast.add_group(name, base + start)
        # A collective only named as the agent of a passive ("attacked by hackers") is not yet shown
        # acting; "according to analysts" makes it a source.
        subject = (_acts_after(frame, end, sentence.end) and not _UNDERGOES.match(frame, end, sentence.end)) or bool(
            _SOURCE_BEFORE.search(frame, max(0, start - 20), start))
        pending.append((base + start, entity, subject, True, start >= main_clause_at))
        covered.append((start, end))
        mentions.append(NameMention(start, end, start, entity, False))

    names = find_names(frame, sentence.start, sentence.end, initial_at)
    names += _surnames_spelt_as_words(cast, frame, sentence, initial_at, names)
    if title_cased(frame[sentence.start:sentence.end]):
        # A headline run into the body capitalises its verbs too, and runs names into them ("Roe Grills
        # Jane Doe Over Taxes"): a longer name is read there only if a given name opens it or the story knows it.
        names = [n for n in names if cast.knows(n.text) or len(n.text.split()) <= MAX_HEADLINE_NAME_WORDS
                 and (n.text.split()[0] in FIRST_NAME_GENDER or len(n.text.split()) <= MAX_BARE_HEADLINE_NAME_WORDS)]
    covered += [(n.role_start, n.start) for n in names if n.role]
    # Whether a name lies inside a group or a role: the furthest end among spans starting before it.
    covered.sort()
    covered_starts = [a for a, _ in covered]
    reach = []
    for _, b in covered:
        reach.append(max(b, reach[-1]) if reach else b)
    for name in names:
        at = bisect_right(covered_starts, name.start)
        if at and reach[at - 1] >= name.end:
            continue
        single_unknown = " " not in name.text and not cast.knows(name.text)
        # (After a colon a clause opens with a capital too: "Her lesson: Politics divides families.")
        if single_unknown and (name.sentence_initial or frame.endswith(": ", 0, name.start)) \
                and name.text not in mid_sentence_caps \
                and not is_known_name(name.text) and not _surname_reporting(frame, name, sentence.end, lower_words):
            # A capitalised word seen only at the start of sentences is an ordinary word.
            continue
        if frame.startswith("/", name.end) and frame[name.end + 1:name.end + 2].isupper() \
                or name.start > 1 and frame[name.start - 1] == "/" and frame[name.start - 2].isalnum():
            # "an Acme/Daily Ledger poll", "photo: Jane Roe/Wire": one of two names joined into the
            # name of something else, a joint poll or a credit, is no actor there.
            continue
        previous_word = _previous_word(frame, name.role_start)
        if previous_word in ("to", "and", "or", "") and _FROM_PLACE_TO.search(frame, max(0, name.role_start - 120),
                                                                           name.role_start):
            # "from Oslo to Lisbon", "from Chile, Peru and Bolivia": the later ones are places too.
            previous_word = "from"
        if _among_states(frame, name):
            continue
        if not name.possessive and (_is_modifier(frame, name.end, sentence.end, single_unknown,
                                                 previous_word in _DETERMINERS)
                                    or _capital_before_noun(frame, name, sentence.end, previous_word)):
            continue
        entity = cast.add_name(name, base + name.start, previous_word)
        if entity is None:
            continue
        agent = _AGENT_BEFORE.search(frame, max(0, name.role_start - 20), name.role_start)
        subject = not name.possessive and previous_word not in LOCATIVE and previous_word not in _TOPIC_WORDS \
            and previous_word not in _OBJECT_OF and (_acts_after(frame, name.end, sentence.end) or bool(agent))
        # A news outlet named as the channel ("according to ABC News") does not act in the story.
        acts = not (agent and agent.group().lower().startswith("according") and entity.type != "person")
        if entity.type == "organization" and (previous_word in _TOLD or _CHANNEL_BEFORE.search(
                frame, max(0, name.role_start - 40), name.role_start) or _CHANNEL_BEFORE.search(
                frame, max(0, name.start - 40), name.start)):
            acts = False  # "told Metro Radio", "in an interview with Radio Valmora": the channel, not an actor
        if (entity.type == "person" and entity.gender is None and not entity.quotes
                or entity.type == "organization") and not name.role and entity.role is None:
            # "the newspaper Diario Norte": the noun says what the body is, also of a name typed
            # an organisation's by its own words ("the local newspaper Norland Courier").
            kind = classifier_before(frame, name.role_start) or classifier_after(frame, name.role_start, name.end)
            if kind:
                entity.type = "organization"
                cast.set_role(entity, kind)
        one_of = _ONE_OF_BEFORE.search(frame, max(sentence.start, name.role_start - 40), name.role_start) \
            if entity.type == "person" and not name.possessive and frame[max(0, name.role_start - 2)] == "," else None
        member = one_of.group(1).lower() if one_of else ""
        if member and (member in DEMONYMS or member in GROUP_NOUNS or member in PERSON_NOUNS
                       or member.rstrip("s") in PERSON_NOUNS):
            # "One villager, Samir Haddad, said …": the witness the story gives a voice to.
            cast.set_role(entity, one_of.group(1))
            subject = True
        if entity.type in ("person", "organization") and not name.possessive:
            role = appositive_role(frame, name.end) or preposed_role(frame, sentence.start, name.role_start)
            if role is None and entity.type == "person":
                role = affiliation_role(frame, name.end) or copular_role(frame, name.end) \
                    or _owner_affiliation(frame, name, mentions, cast)
            if role:
                cast.set_role(entity, role)
            spoken_for = _SPEAKS_FOR.match(name.role or role or "") if entity.type == "person" else None
            if spoken_for:
                # "Coastal Agency spokesperson Jane Roe": the body speaks through its spokesperson.
                body = cast.speaks_for(spoken_for.group(1), base + name.role_start)
                if body is not None:
                    pending.append((base + name.role_start, body, True, True, True))
        if not subject and not name.possessive and _opens_clause(frame, initial_at, name.role_start, name.end,
                                                                 sentence.end):
            # "Varga, who ..., took great care": the name opening a sentence is its subject,
            # the one a pronoun in the next sentences points back to, whatever its verb.
            subject, acts = True, False
        if not name.possessive and _AS_FOR.fullmatch(frame, initial_at, name.role_start) \
                and _PRONOUN_AFTER_TOPIC.match(frame, name.end, sentence.end):
            # "As for Lund, he said …": the topic set before the comma is who the pronoun after
            # it is.
            subject, acts = True, False
        if previous_word in _TOPIC_WORDS:
            cast.canonical(entity).topical += 1
        if not subject and not name.possessive and previous_word not in LOCATIVE and previous_word not in _OBJECT_OF \
                and _clause_verb_after(frame, name.end, sentence.end):
            # "Varga threw her support behind …", "Varga on Monday ratcheted up …": the subject of
            # its clause for pronouns and quotes, though the verb says nothing of acting in the story.
            subject, acts = True, False
        # "When challenged by Bollinger, he said": the agent in an opening passive clause acts, but
        # the main clause's subject is the one its pronouns point back to.
        salient = not (agent and _OPENING_PASSIVE.fullmatch(frame, initial_at, name.role_start))
        # "Noting that both Varga and Roe faced …, Lund put her finger on …", "When Varga
        # called, Roe …": a subject inside an opening adjunct is not the one the sentence is about.
        salient = salient and name.start >= main_clause_at
        pending.append((base + name.start, entity, subject, acts, salient))
        mentions.append(NameMention(name.start, name.end, name.role_start, entity, name.possessive))
    opener = _SUBJECT_PRONOUN.match(frame, initial_at, sentence.end)
    if opener and (_clause_verb_after(frame, opener.end(1), sentence.end)
                   or _PRESENT_AFTER_PRONOUN.match(frame, opener.end(1), sentence.end)):
        # "He framed the question as …: '…'": the person a pronoun opening the main clause
        # points back to is the sentence's subject, for quotes without a reporting verb.
        entity = cast.resolve_pronoun(opener.group(1), base + opener.start(1))
        if entity is not None:
            pending.append((base + opener.start(1), entity, True, False, True))
    pronoun = _OPENING_PRONOUN.match(frame, initial_at, sentence.end)
    if pronoun:
        # "He was the only candidate elected …": a role of the person the pronoun points back to.
        role = copular_role(frame, pronoun.end())
        if role:
            entity = cast.resolve_pronoun(pronoun.group(), base + initial_at)
            if entity is not None and entity.type == "person":
                cast.set_role(entity, role)
    # Sentences come in order, so the paragraph's list stays sorted when this sentence's is added.
    mentions.sort(key=lambda m: m.start)
    if mentions and _has_document_word(reading, view, sentence):
        for m in mentions:
            owner = cast.canonical(m.entity)
            if owner.type in ("organization", "country", "person") and (
                    _OWNS_DOCUMENT.match(frame, m.end, sentence.end)
                    or _DOCUMENT_FROM.search(frame, max(sentence.start, m.role_start - 40), m.role_start)):
                reading.document_owners.append((base + m.start, owner))
    reading.names.setdefault(view.number, []).extend(mentions)
    for pos, entity, subject, acts, salient in sorted(pending, key=lambda p: p[0]):
        cast.record(pos, entity, subject, number, acts, salient=salient)
    _chain_pronouns(cast, frame, base, number, sentence, initial_at, opener.end(1) if opener else initial_at)

    verbs = list(cue_verbs(frame, sentence.start, sentence.end))
    # "fired back at the governor": a word inside a longer reporting verb is no verb of its own,
    # though "back" alone would be one of support.
    within_cue = {i for v in verbs for i in range(v.start() + 1, v.end())}
    verbs += [v for v in STANCE.find(frame, sentence.start, sentence.end)
              if v.group().lower() not in SPEECH_VERBS and v.start() not in within_cue
              and is_finite(frame, v.start(), sentence.start)
              and not _POSSESSED.search(frame, max(sentence.start, v.start() - 30), v.start())]
    verbs.sort(key=lambda v: v.start())
    ending = {m.end: m for m in mentions if not m.possessive} if verbs else None
    last_speaker = None  # the subject of the sentence's last reporting or stance verb
    last_reporter = None  # the subject of its last reporting verb
    for verb in verbs:
        entity = None
        # ("Lund said Roe continued to lose ground": "continue to" goes on doing, not saying.)
        reporting = verb.group().lower() in SPEECH_VERBS and not _CONTINUES_TO.match(frame, verb.start())
        if not verb.group().lower().endswith("ing") and _PASSIVE_BEFORE.search(
                frame, max(sentence.start, verb.start() - 30), verb.start()):
            # (After "is", an -ing form is progressive, "is telling", not passive.)
            # "was declared illegal by Western countries": the actor is the agent, if named.
            agent = _AGENT_AFTER.match(frame, verb.end(), sentence.end)
            phrase = phrase_after(frame, agent.end(), sentence.end) if agent else None
            entity = resolve_phrase(reading, view.number, phrase) if phrase else None
            if entity is not None:
                reading.passives.add((view.number, verb.start()))
                entity = cast.canonical(entity)
                reading.verb_subjects[(view.number, verb.start())] = entity
                cast.record(base + verb.start(), entity, True, number)
            continue
        named_before = _name_right_before(frame, verb.start(), ending) if ending else None
        aspect = _ASPECT_BEFORE.search(frame, max(sentence.start, verb.start() - 24), verb.start()) \
            if ending and named_before is None else None
        if aspect is not None:
            # "Varga kept asking the mayor whether …": a participle after "kept", "began" and the
            # like goes with their subject, the name right before them (the frame blanks an aside
            # after the name: "Jo Lund (pictured) kept asking").
            at = aspect.start()
            while at > sentence.start and frame[at - 1] == " ":
                at -= 1
            named_before = ending.get(at)
        if named_before is not None and verb.group().lower().endswith("ing") and not (
                cast.canonical(named_before.entity).type == "organization"
                and _previous_word(frame, named_before.role_start) in _CHANNEL_WORDS):
            # "footage of Varga saying …", "with Okafor telling reporters": the name right before
            # a participle is its subject, however the phrase around it reads; not so a channel
            # ("appeared on CNN saying …").
            entity = named_before.entity
        elif verb.group().lower().endswith("ing") and (relative := _relative_subject(
                frame, sentence.start, verb.start(), ending)) is not None:
            entity = relative.entity
        elif not takes_outer_subject(verb.group(), frame, verb.start(), sentence.start):
            # `"…," said Jane Roe`: the speaker follows the verb, and a pronoun in the next
            # sentences points back to her as to any subject. Right after a quote the verb can
            # have no subject before it; after a comma the phrase before it is tried first
            # ("Varga, her opponent, bemoaned the unrest").
            inverted = inverted_subject(frame, sentence.start, verb.start(), verb.end(), sentence.end)
            after_quote = inverted is not None and _AFTER_QUOTE.search(frame, max(sentence.start, verb.start() - 4),
                                                                        verb.start())
            subject_follows = False
            if after_quote:
                entity = resolve_phrase(reading, view.number, inverted)
                subject_follows = entity is not None
            if entity is None:
                phrase = subject_before(frame, sentence.start, verb.start())
                if phrase is not None and not _noun_not_verb(verb.group(), phrase) \
                        and not _names_a_clause(reading, view.number, phrase, verb.group()):
                    entity = resolve_phrase(reading, view.number, phrase, reporting)
            if inverted is not None and not after_quote and (entity is None or not entity.named):
                # "…, about fixing schools, said Jane Roe": a name after the verb beats a
                # description read off the words before the comma.
                named = resolve_phrase(reading, view.number, inverted)
                if named is not None and (entity is None or named.named):
                    entity, subject_follows = named, True
            if subject_follows:
                reading.inverted.add((view.number, verb.start()))
        else:
            # "The party's nominee outlined his plan and vowed …", "The Ohio senator sought …,
            # saying": a described subject opening the sentence is the subject of its verbs, not
            # of those of a clause after it ("The first incident came …, when protesters
            # interrupted, shouting …").
            opening_subject = _OPENING_DESCRIPTION.match(frame, initial_at, verb.start())
            if opening_subject and not _LATER_CLAUSE.search(frame, opening_subject.end(), verb.start()) \
                    and not _AGENT_BY.match(frame, opening_subject.end(), verb.start()):
                entity = resolve_phrase(reading, view.number, Phrase(
                    opening_subject.start(1), opening_subject.end(1), opening_subject.group(1)))
            if entity is None and verb.group().lower().endswith("ing") \
                    and _AND_BEFORE.search(frame, max(sentence.start, verb.start() - 8), verb.start()):
                # "with Varga tweeting that … and asking …": a participle joined to another goes
                # with its subject.
                entity = last_speaker
            elif entity is None and _AND_BEFORE.search(frame, max(sentence.start, verb.start() - 8), verb.start()):
                if _MODIFIERS_JOINED.search(frame, max(sentence.start, verb.start() - 40), verb.start()):
                    continue  # "the elected and trusted council": a modifier, not a verb
                # "when I asked Varga if he would endorse Roe, he looked up and said": a verb joined
                # by "and" shares the subject of the verb reporting before it ("Lund said Roe's
                # plan would fail, and called it …"), else of the clause it ends, not the
                # sentence's first.
                entity = last_reporter or _nearest_subject(cast, number, base + verb.start())
            if entity is None:
                entity = _main_subject(cast, number, frame, base, sentence.start, verb.start())
        if entity is None:
            continue
        entity = cast.canonical(entity)
        last_speaker = entity
        if reporting:
            last_reporter = entity
        reading.verb_subjects[(view.number, verb.start())] = entity
        cast.record(base + verb.start(), entity, True, number, speaks=reporting)


def _surnames_spelt_as_words(cast: Cast, frame: str, sentence: Span, initial_at: int, names: list[Name]) -> list[Name]:
    """ "Prime Minister Jane May …" and then "“…,” May said": a surname that is also a function
    word is no name to the reading of names, which knows no one. Once a person of two words or more
    with that surname has been met, it names her where a reporting verb comes right after or right
    before it; elsewhere ("May I add …", "Will it pass?") it stays a word."""
    found = []
    for word in _CAPITALISED_WORD.finditer(frame, sentence.start, sentence.end):
        if word.group().lower() not in FUNCTION_WORDS:
            continue
        person = cast.person_named(word.group())
        if person is None or person.name.split()[-1] != word.group() or " " not in person.name \
                or any(n.role_start <= word.start() < n.end for n in names):
            continue
        after = next(cue_verbs(frame, word.end(), min(sentence.end, word.end() + 30)), None)
        before = _VERB_RIGHT_BEFORE.search(frame, max(sentence.start, word.start() - 30), word.start())
        if (after is not None and not frame[word.end():after.start()].strip()) or (
                before is not None and before.group(1).lower() in SPEECH_VERBS):
            found.append(Name(word.start(), word.end(), word.group(), None, word.start(), False,
                              word.start() == initial_at))
    return found


_CAPITALISED_WORD = re.compile(r"(?=[A-Z])(?<![\w’'.-])[A-Z][a-z]{2,}(?![\w’'-])")
_VERB_RIGHT_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _chain_pronouns(cast: Cast, frame: str, base: int, number: int, sentence: Span, initial_at: int,
                    after: int) -> None:
    """ "Roe is among those who …. The vote was the only one she had missed, and she
    doubts Varga can …": he or she as the subject of a later clause continues the chain of
    mentions of the one it points back to, so that the next "she said" finds her, not the name
    the clause embeds. Subjects of reporting verbs are left to the verbs, which resolve them as
    speakers."""
    for pronoun in _CLAUSE_PRONOUN.finditer(frame, after, sentence.end):
        verb = _SUBJECT_GAP.match(frame, pronoun.end(), sentence.end)
        if verb is None or verb.group(1) in SPEECH_VERBS or not _clause_verb_after(frame, pronoun.end(), sentence.end):
            continue
        # A clause's pronoun subject points back to a subject: to one named or reporting before
        # it in the sentence ("Roe said that while she …"), else to those of the sentences
        # before, not to an object just named. A participial phrase opening the sentence has no
        # subject of its own: the pronoun after it is its subject too, and points back past it
        # ("Found guilty of threatening Roe, he …").
        subject_before = not _after_opening_participle(frame, initial_at, pronoun.start()) and (
            next(cue_verbs(frame, sentence.start, pronoun.start()), None) is not None or any(
                m.sentence == number and m.salience and m.pos < base + pronoun.start() for m in cast.timeline[-12:]))
        entity = cast.resolve_pronoun(pronoun.group(), base + (pronoun.start() if subject_before else sentence.start))
        if entity is not None:
            cast.record(base + pronoun.start(), entity, True, number, acts=False)
            # (The pronoun carries the chain on; it does not make the actor more central to the
            # story than naming it once did.)
            cast.canonical(entity).mentions -= 1


def _after_opening_participle(frame: str, initial_at: int, at: int) -> bool:
    """Whether frame[initial_at:at] is a participial phrase and the comma closing it."""
    phrase = _OPENING_PARTICIPLE.fullmatch(frame, initial_at, at)
    if phrase is None:
        return False
    word = phrase.group(1).lower()
    return (word.endswith(("ing", "ed", "en")) or word in IRREGULAR_PAST or word in PAST_TENSE_VERBS) \
        and phrase.group(1) not in FIRST_NAME_GENDER  # ("Ben Lund, …, he": a name)


_OPENING_PARTICIPLE = re.compile(rf"([A-Z][a-z]+)\s+[^,;:{MASKS}]*,\s+")
_CLAUSE_PRONOUN = re.compile(r"(?=[HhSs])(?<![\w’'-])(?:[Hh]e|[Ss]he)(?![\w’'-])")  # (first letter first: faster)
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
_AND_BEFORE = re.compile(r"\band\s+$")
# (The first modifier looks like one: "the elected and trusted", not "her coat and said".)
_MODIFIERS_JOINED = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*(?:ed|en|al|ous|ive|ful|ic|ble)\s+and\s+$",
                               re.I)
_CONTINUES_TO = re.compile(r"continu[a-z]*\s+to\s", re.I)
_CHANNEL_WORDS = frozenset(("on", "in", "to", "at", "via"))


def _name_right_before(frame: str, at: int, ending: dict[int, NameMention]) -> NameMention | None:
    """The name mention that ends right before `at`, with only spaces or an adverb between ("with
    Talvik reportedly yelling")."""
    adverb = _ADVERB_BEFORE.search(frame, max(0, at - 24), at)
    start = end = adverb.start() + 1 if adverb else at
    while end > 0 and end > start - 4 and frame[end - 1] == " ":
        end -= 1
    return ending.get(end) if end < at else None


_ADVERB_BEFORE = re.compile(r"\s[a-z]+ly\s+$")
_ASPECT_BEFORE = re.compile(r"\s(?:keeps|kept|keep|began|begins|started|starts|continued|continues|stopped|stops)\s+$")
# ", who argued for a strike; stating" / ", who argued for a strike, saying": a participle right
# after a relative clause goes on with the relative clause, whose subject is the name before "who".
_RELATIVE_CLAUSE_BEFORE = re.compile(rf"(?:\s+(?:of|from|at|for)\s+(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)*)?"
                                     rf",\s+who\s+[^,;:—–(){MASKS}]+[,;]\s*$")


def _relative_subject(frame: str, start: int, at: int, ending: dict[int, NameMention] | None) -> NameMention | None:
    """The name that the relative clause closing right before `at` describes, if any."""
    if not ending:
        return None
    who = frame.rfind(", who ", start, at)
    if who < 0:
        return None
    for end, mention in ending.items():
        if start <= mention.start and end <= who and _RELATIVE_CLAUSE_BEFORE.fullmatch(frame, end, at):
            return mention
    return None


def _main_subject(cast: Cast, sentence: int, frame: str, base: int, start: int, verb_start: int) -> Entity | None:
    """The first subject of the sentence's main clause: who "adding that ..." or "and said" at
    `verb_start` is about. A subject inside an opening phrase or clause ("Alongside ZRK calls for
    action, a strategist said …, saying") is not the main clause's, unless the verb is in it too."""
    found = None
    for mention in cast.timeline[-40:]:
        if mention.sentence != sentence or not mention.salience:
            continue
        at = mention.pos - base
        if start <= at < verb_start and OPENING_CLAUSE.match(frame, start, at) \
                and not OPENING_CLAUSE.match(frame, start, verb_start):
            continue
        if mention.salience == 2:
            return cast.canonical(mention.entity)
        found = found or mention
    return cast.canonical(found.entity) if found else None


# "Roe's tax plan would …", "their support": a word after a possessor is a noun, not a verb.
_POSSESSED = re.compile(r"(?:['’]s|\b(?:his|her|its|their|our|my|your))\s+(?:[a-z][\w-]*\s+)?$", re.I)


def _nearest_subject(cast: Cast, sentence: int, pos: int) -> Entity | None:
    """The subject mentioned last before `pos` in the sentence. (The timeline is not in text order
    within a sentence: pronouns chained on are recorded after its names, so in "Once he had gone,
    Roe faulted the board and stressed …" the verb would otherwise go to whoever "he" points back
    to.)"""
    nearest = None
    for mention in cast.timeline[-40:]:
        if mention.sentence == sentence and mention.salience and mention.pos < pos \
                and (nearest is None or mention.pos > nearest.pos):
            nearest = mention
    return cast.canonical(nearest.entity) if nearest is not None else None


def _noun_not_verb(verb: str, subject: Phrase) -> bool:
    """ "separatist reports": an -s form after a bare common noun is a plural noun, not a verb."""
    if not verb.endswith("s") or verb.endswith("ss"):
        return False
    words = subject.text.split()
    last, first = words[-1], words[0].lower()
    return not (last[:1].isupper() or last.lower() in PRONOUNS or first in _LEAD_WORDS)


def resolve_phrase(reading: Reading, paragraph: int, phrase: Phrase, reporting: bool = False) -> Entity | None:
    """The actor a subject or speaker phrase refers to: a name, a pronoun or a description;
    `reporting` when the phrase is the subject of a reporting verb."""
    text = phrase.text.strip()
    if not text:
        return None
    if _PRONOUN.match(text):
        return reading.cast.resolve_pronoun(_APOSTROPHE.split(text)[0], paragraph * PARAGRAPH + phrase.start,
                                            reporting)
    if _PARTICIPLE_BY.match(text):
        return None  # "(buoyed by overwhelming worker support …)": a participle's phrase, no actor
    made_by = _MADE_BY.match(text)
    if made_by:
        # "calculations by Jane Roe of the Valley Institute", "a report from the chief
        # auditor": the maker of the work speaks through it.
        start = phrase.start + (len(phrase.text) - len(phrase.text.lstrip())) + made_by.end()
        maker = resolve_phrase(reading, paragraph, Phrase(start, phrase.end, reading.views[paragraph - 1].frame[start:phrase.end]))
        if maker is not None:
            return maker
    mention = reading.name_in(paragraph, phrase)
    if _DOCUMENT_SUBJECT.match(text):
        # "the ministry's letter says", "a leaked letter seen by …": the document speaks for whoever
        # issued it, named in the phrase or last seen issuing or owning a document.
        if mention is not None and (mention.possessive or _DOCUMENT_FROM.search(
                reading.views[paragraph - 1].frame, max(phrase.start, mention.role_start - 40), mention.role_start)):
            return reading.cast.canonical(mention.entity)
        owner = reading.document_owner(paragraph * PARAGRAPH + phrase.start)
        if owner is not None:
            return owner
    first = text.split()[0]
    if mention is None or mention.possessive and mention.end < phrase.end - 2:
        apposed = _apposed_name(reading, paragraph, phrase)
        if apposed is not None:
            return apposed
    if mention is not None:
        head = _head_name(reading, paragraph, phrase)
        if head is not None:
            return reading.cast.canonical(head.entity)
        lead = reading.views[paragraph - 1].frame[phrase.start:max(phrase.start, mention.role_start)].split()
        if all(leads_name(w) for w in lead) or _is_role(lead) or _role_right_before(
                reading.views[paragraph - 1].frame[phrase.start:mention.start].split()):
            if mention.possessive and mention.end < phrase.end - 2:
                return reading.cast.resolve_description(text, paragraph * PARAGRAPH + phrase.start)
            return reading.cast.canonical(mention.entity)
        if SHARE_OF.fullmatch(reading.views[paragraph - 1].frame, phrase.start, mention.role_start) \
                and reading.cast.canonical(mention.entity).type == "group":
            return reading.cast.canonical(mention.entity)  # "half of the voters": see resolve_description
        if lead[0].lower() not in _LEAD_WORDS and lead[0].lower() not in ("one", "another") \
                and not is_common_plural(lead[0]):
            return None  # ("Attorneys for Okafor" is described, as "the attorneys" would be)
    elif first[:1].isupper() and first.lower() not in FUNCTION_WORDS and len(text.split()) <= 4 \
            and not is_common_plural(first) and not is_common_plural(text.split()[-1]) and not _ROLE_HEADED.search(text):
        # A capitalised word heading no name found is no actor, unless it is capitalised where it
        # opens the sentence before a plural common noun: "Pollsters said", "Law enforcement
        # sources said".
        return None
    return reading.cast.resolve_description(text, paragraph * PARAGRAPH + phrase.start)


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _names_a_clause(reading: Reading, paragraph: int, phrase: Phrase, verb: str) -> bool:
    """ "Because of how the council drew the map, explained Brandt": a name with a finite
    verb after it heads a clause of its own, not the subject of `verb`. (Before a participle it is
    the subject of both: "Jane Roe issues a statement slamming …".)"""
    if verb.lower().endswith("ing"):
        return False
    mention = reading.name_in(paragraph, phrase)
    if mention is None:
        return False
    frame = reading.views[paragraph - 1].frame
    # ("the NATO report warned": after a determiner the name modifies the noun that follows it.)
    return frame[phrase.start:mention.role_start].strip().lower() not in _DETERMINERS \
        and _verb_follows(frame, mention.end, phrase.end)


def _verb_follows(frame: str, end: int, limit: int) -> bool:
    """Whether the word after `end` (before `limit`) is a finite verb."""
    found = _WORD_AFTER.match(frame, end, limit)
    if not found:
        return False
    word = found.group(1)
    return word in _VERB_WORDS or word in PAST_TENSE_VERBS or (word.endswith("ed") and len(word) > 4)


_APPOSED_END = re.compile(r"\s*(?:[,;.!?)]|$)")


def _apposed_name(reading: Reading, paragraph: int, phrase: Phrase) -> Entity | None:
    """ "said the bureau's director, Maria T. Lund, on Monday": the person named right after a
    description, set off by a comma, is the one it describes."""
    frame = reading.views[paragraph - 1].frame
    comma = _COMMA.match(frame, phrase.end)
    if comma is None or len(phrase.text.split()) > 6 or _ENDS_WITH_PLACE.search(phrase.text):
        return None  # ("a farmer in Salem, Oregon": a place goes on)
    mention = next(reading.names_from(paragraph, comma.end()), None)
    if mention is None or mention.role_start != comma.end() or mention.possessive \
            or not _APPOSED_END.match(frame, mention.end):
        return None
    person = reading.cast.canonical(mention.entity)
    return person if person.type == "person" else None


_COMMA = re.compile(r",\s+")
_ENDS_WITH_PLACE = re.compile(r"\s(?:in|of|from|at|near)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")


def _head_name(reading: Reading, paragraph: int, phrase: Phrase) -> NameMention | None:
    """ "Jane Roe of the Valley Institute", "Senate Minority Whip Jane Roe in an interview": the
    name heading a phrase, the last one before the first prepositional phrase that follows a name."""
    frame = reading.views[paragraph - 1].frame
    head = None
    for mention in reading.names_from(paragraph, phrase.start):
        if mention.end >= phrase.end or mention.possessive:
            return None
        if head is not None and not all(leads_name(w) for w in frame[head.end:mention.role_start].split()):
            # Words between two names other than a role ("Valley University political scientist
            # Jane Roe"): not one name with its title.
            return None
        head = mention
        if _POST_MODIFIER.match(frame, mention.end, phrase.end):
            break
    else:
        return None
    if not all(leads_name(w) for w in frame[phrase.start:head.role_start].split()):
        return None
    return head


_POST_MODIFIER = re.compile(r"\s+(?:of|for|at|from|with|in|on)\s")


def _role_right_before(words: list[str]) -> bool:
    """ "Pay Now campaign organizing director Jane Roe": a lower-case role noun right before the name
    (not after "of"/"for" or an article, as in "a spokesman for Senator …")."""
    if not words or not words[-1].islower() or words[-1] not in _ROLE_NOUNS:
        return False
    return len(words) < 2 or words[-2].lower() not in _ROLE_BLOCKERS


_ROLE_NOUNS = frozenset(w for w in ROLE_WORDS if w.islower())
# "Republican presidential candidate", "Florida senator": capitalised modifiers before a role noun
# make a description, not a name.
_ROLE_HEADED = re.compile(rf"\s(?:{alternation(_ROLE_NOUNS)})$")
_ROLE_SHAPED = re.compile(r"[a-z][a-z-]+$")
_ROLE_BLOCKERS = frozenset("of for to at by with from the a an his her their its and or".split())


def _is_role(words: list[str]) -> bool:
    """ "CEO of the Housing Council": a title word and the body it serves, before a name."""
    return bool(words) and (words[0].lower() in TITLE_WORDS or words[0].lower() in PERSON_NOUNS) and all(
        leads_name(w) or w.lower() in ("of", "for", "and", "at", "on") for w in words)


def leads_name(word: str) -> bool:
    """Words that may stand before a name in a subject: "the", "former", "the neighboring"."""
    low = word.lower()
    if _AGE.match(low):
        return True  # "64-year-old Jon Lund"
    return (low in _LEAD_WORDS or low in TITLE_WORDS or low in PERSON_NOUNS or word[:1].isupper()
            or low.endswith(("ing", "ed", "ian", "ese", "ish", "ic", "al"))
            # "psychologist Jane Roe", "veteran pollster John Doe": a role the lists do not know,
            # in lower-case words that are neither function words nor verbs.
            or (_ROLE_SHAPED.match(word) is not None and low not in FUNCTION_WORDS and low not in _VERB_WORDS))
