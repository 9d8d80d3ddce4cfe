"""Tying the sentence's reporting and stance verbs to their subjects: the name right before a
participle, an inverted subject after a quote, a described subject opening the sentence, the
subject shared by verbs joined with "and", or the main clause's subject."""

from __future__ import annotations

import re

from ..actors import Cast, Entity
from ..clauses import OPENING_CLAUSE, Phrase, cue_verbs, inverted_subject, is_finite, phrase_after, subject_before, \
    takes_outer_subject
from ..lexicon import PRONOUNS, SPEECH_VERBS, STANCE
from ..text import MASKS, PARAGRAPH, Span
from .context import _previous_word
from .phrases import _LEAD_WORDS, _names_a_clause, resolve_phrase
from .reading import NameMention, ParagraphView, Reading

_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$", re.I)
_AGENT_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+by\s+")
# A described subject opening the sentence's main clause, after an opening phrase at most: "The
# Valmora councillor sought …", "In two speeches, the judge lashed out …", "His office put out …",
# "A spokesman for Valley Networks declined …", "Attorneys for Jo Lund appeared …", "Jane Roe's
# chief aide rallied …".
_DESCRIBED_SUBJECT = (
    r"((?:(?:[Tt]he|An?|an?|His|Her|Their|Its|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"[a-z][\w’'-]*|[A-Z][a-z]+s)(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?)\s+"
    r"(?:(?:also|then|later|\w+ly)\s+)?(?:[a-z]+(?:ed|s)|went|took|made|gave|sought|spoke|told|said|met|won|led|put|"
    r"had|kept|left|held|came|got|began|brought|found|sent|stood|wrote|thought|felt|heard|paid)\s")
_OPENING_DESCRIPTION = re.compile(rf"(?:[^,;:{MASKS}]{{1,80}},\s+)?" + _DESCRIBED_SUBJECT)
# "Insisting that the pier could be saved, the old captain pinned a badge …": a participle
# opening the sentence has the main clause's subject, after the comma that closes its phrase.
_AFTER_OPENING_PARTICIPLE = re.compile(rf"[^,;:{MASKS}]{{1,160}},\s+" + _DESCRIBED_SUBJECT)
# (An agent after the description's verb shows a participle: "A letter posted in May by Jo
# Lund to the board indicates …" is not what the email did.)
_AGENT_BY = re.compile(r"[^,;:]*?\bby\b")
_LATER_CLAUSE = re.compile(r"\b(?:when|while|as|after|before|because|since|where|who|which|that|if|until)\b")
_AFTER_QUOTE = re.compile(rf"[{MASKS}],?\s*$")
_AND_BEFORE = re.compile(r"\band\s+$")
# (The first modifier looks like one: "the elected and trusted", not "her coat and said".)
_MODIFIERS_JOINED = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*(?:ed|en|al|ous|ive|ful|ic|ble)\s+and\s+$",
                               re.I)
_CONTINUES_TO = re.compile(r"continu[a-z]*\s+to\s", re.I)
_CHANNEL_WORDS = frozenset(("on", "in", "to", "at", "via"))


def _tie_verbs(reading: Reading, view: ParagraphView, sentence: Span, number: int, initial_at: int,
               mentions: list[NameMention]) -> None:
    """Record the subject of each reporting or stance verb of the sentence."""
    cast = reading.cast
    frame = view.frame
    base = view.number * PARAGRAPH
    verbs = _verbs_in(frame, sentence)
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
                and _previous_word(frame, named_before.role_start) in _CHANNEL_WORDS) \
                and _previous_word(frame, named_before.role_start) != "to":
            # "footage of Varga saying …", "with Okafor telling reporters": the name right before
            # a participle is its subject, however the phrase around it reads; not so a channel
            # ("appeared on CNN saying …"), nor the one a message went to ("mailed a card to
            # members saying …": the sender's card says it).
            entity = named_before.entity
        elif verb.group().lower().endswith("ing") and (perceived := _PERCEIVED_BEFORE.search(
                frame, max(sentence.start, verb.start() - 40), verb.start())) is not None:
            # "“…?” one pensioner is heard asking the mayor": the one heard or seen is the participle's
            # subject, named before the verb of perceiving.
            phrase = subject_before(frame, sentence.start, perceived.start())
            entity = resolve_phrase(reading, view.number, phrase) if phrase is not None else None
        elif verb.group().lower().endswith("ing") and (relative := _relative_subject(
                frame, sentence.start, verb.start(), ending)) is not None:
            entity = relative.entity
        elif not takes_outer_subject(verb.group(), frame, verb.start(), sentence.start):
            entity = _subject_of_verb_taking_its_own(reading, view, sentence, verb, reporting)
        else:
            # "The party's nominee outlined his plan and vowed …", "The Ohio senator sought …,
            # saying": a described subject opening the sentence is the subject of its verbs, not
            # of those of a clause after it ("The first incident came …, when protesters
            # interrupted, shouting …").
            opening_subject = _AFTER_OPENING_PARTICIPLE.match(frame, initial_at, sentence.end) \
                if verb.start() == initial_at and verb.group().lower().endswith("ing") \
                else _OPENING_DESCRIPTION.match(frame, initial_at, verb.start())
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
        if (view.number, verb.start()) not in reading.inverted \
                and _disagrees_with_pronoun(frame, sentence.start, verb.start(), entity):
            continue  # (A subject named after its verb, "…, said Jane Roe", is no fallback's guess.)
        last_speaker = entity
        if reporting:
            last_reporter = entity
        reading.verb_subjects[(view.number, verb.start())] = entity
        cast.record(base + verb.start(), entity, True, number, speaks=reporting)


def _verbs_in(frame: str, sentence: Span) -> list[re.Match]:
    """The reporting and stance verbs of the sentence, in order."""
    verbs = list(cue_verbs(frame, sentence.start, sentence.end))
    # "fired back at the governor": a word inside a longer reporting verb is no verb of its own,
    # though "back" alone would be one of support.
    within_cue = {i for v in verbs for i in range(v.start() + 1, v.end())}
    verbs += [v for v in STANCE.find(frame, sentence.start, sentence.end)
              if v.group().lower() not in SPEECH_VERBS and v.start() not in within_cue
              and is_finite(frame, v.start(), sentence.start)
              and not _POSSESSED.search(frame, max(sentence.start, v.start() - 30), v.start())
              and not (v.group().endswith("ing")
                       and _POSSESSED_NAMED.search(frame, max(sentence.start, v.start() - 40), v.start()))]
    verbs.sort(key=lambda v: v.start())
    return verbs


def _subject_of_verb_taking_its_own(reading: Reading, view: ParagraphView, sentence: Span, verb: re.Match,
                                    reporting: bool) -> Entity | None:
    """The subject of a verb that does not take the outer clause's: an inverted subject after it
    or the phrase right before it."""
    frame = view.frame
    entity = None
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
            entity = resolve_phrase(reading, view.number, phrase, reporting,
                                    _reported_before(frame, sentence.start, phrase.start) if reporting else None)
    if inverted is not None and not after_quote and (entity is None or not entity.named):
        # "…, about fixing schools, said Jane Roe": a name after the verb beats a
        # description read off the words before the comma.
        named = resolve_phrase(reading, view.number, inverted)
        if named is not None and (entity is None or named.named):
            entity, subject_follows = named, True
    if subject_follows:
        reading.inverted.add((view.number, verb.start()))
    return entity


def _reported_before(frame: str, start: int, subject_start: int) -> int | None:
    """Where its sentence starts, when the subject at `subject_start` follows a quote that closes
    words reported before it: in "To vote for Roe or Lund is “a waste of a ballot,” she said"
    everything before "she" is what she said, and a pronoun is not the same one as a name inside
    what its own verb reports, so its antecedent is named before the sentence. (Not after a colon:
    in "Roe was blunt: “…,” she said" the clause before the colon is the writer's.)"""
    if _AFTER_QUOTE.search(frame, max(start, subject_start - 4), subject_start) is None:
        return None
    at = frame.rfind(",", max(start, subject_start - 4), subject_start)
    at = subject_start if at < 0 else at
    while at > start and (frame[at - 1] in MASKS or frame[at - 1].isspace() or frame[at - 1] == ","):
        at -= 1
    head = frame[start:at].strip()
    # (A reporting verb of its own before the quote makes the words before it the writer's too:
    # "Lund told the board that Roe had “…,” she wrote.")
    return start if head and not head.endswith(":") and next(cue_verbs(frame, start, at), None) is None else None


def _name_right_before(frame: str, at: int, ending: dict[int, NameMention]) -> NameMention | None:
    """The name mention that ends right before `at`, with only spaces or an adverb between ("with
    Talvik reportedly yelling")."""
    adverb = _ADVERB_BEFORE.search(frame, max(0, at - 24), at)
    start = end = adverb.start() + 1 if adverb else at
    while end > 0 and end > start - 4 and frame[end - 1] == " ":
        end -= 1
    return ending.get(end) if end < at else None


_PERCEIVED_BEFORE = re.compile(r"\s(?:(?:can|could|may|might|will)\s+be|is|was|are|were)\s+(?:clearly\s+)?(?:heard|seen)\s+$")
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


def _disagrees_with_pronoun(frame: str, start: int, verb_start: int, entity: Entity) -> bool:
    """Whether he or she is the subject of the clause the verb at `verb_start` ends and `entity`
    is known to be of the other gender: in "By evening, she issued a letter calling on …" the call is
    not that of a man seen issuing a statement before, whichever subject a fallback found.
    A gender only learned from an earlier pronoun proves nothing."""
    if entity.type != "person" or entity.gender is None or entity.gendered_by_pronoun:
        return False
    pronoun = None
    for pronoun in _SUBJECT_PRONOUN.finditer(frame, start, verb_start):
        pass
    if pronoun is None or _NAME_OR_BREAK.search(frame, pronoun.end(), verb_start):
        return False  # ("When she won, Lund said …": a name after the pronoun is the subject.)
    if _previous_word(frame, pronoun.start()) in _SUBORDINATORS:
        return False  # ("Roe, who knew Lund when he ran, says …": the pronoun's clause is over before the verb.)
    return PRONOUNS[pronoun.group().lower()][0] != entity.gender


_SUBJECT_PRONOUN = re.compile(r"(?=[HhSs])(?<![\w’'-])(?:[Hh]e|[Ss]he)(?![\w’'-])")  # (first letter first: faster)
_NAME_OR_BREAK = re.compile(rf"(?<![\w’'-])[A-Z][a-z]|[;{MASKS}]")
_SUBORDINATORS = frozenset("when whenever if unless as because while after before since until once although though who "
                           "whom whose which where whether".split())


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
        if _previous_word(frame, at) in _EMBEDDING_WORDS:
            # "The spokesman would not say who Varga backs but said …": a name right after "who"
            # or "whether" is the subject of the clause they embed, not of the main clause.
            continue
        if mention.salience == 2:
            return cast.canonical(mention.entity)
        found = found or mention
    return cast.canonical(found.entity) if found else None


_EMBEDDING_WORDS = frozenset("who whom whether why how what which".split())
# "Roe's tax plan would …", "their support": a word after a possessor is a noun, not a verb.
_POSSESSED = re.compile(r"(?:['’]s|\b(?:his|her|its|their|our|my|your))\s+(?:[a-z][\w-]*\s+)?$", re.I)
# ("Roe's poor Senate voting record": a name between the possessor and an -ing word makes a noun of
# it too, with no subject.)
_POSSESSED_NAMED = re.compile(r"(?:['’]s|\b(?i:his|her|its|their|our|my|your))\s+(?:[a-z][\w-]*\s+)?[A-Z][\w-]*\s+$")


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
