"""He and she: a pronoun opening the main clause makes its antecedent the sentence's subject, and
a pronoun subject of a later clause carries the chain of mentions on."""

from __future__ import annotations

import re

from ..actors import Cast, Entity, copular_role
from ..clauses import cue_verbs
from ..lexicon import FIRST_NAME_GENDER, IRREGULAR_PAST, PAST_TENSE_VERBS, SPEECH_VERBS
from ..text import MASKS, Span
from .context import _SUBJECT_GAP, _clause_verb_after

_OPENING_PRONOUN = re.compile(r"(?:He|She)\b")
# He or she opening a sentence, or its main clause after an opening phrase ("In 2009, she …").
_SUBJECT_PRONOUN = re.compile(rf"(?:[^,;:{MASKS}]{{1,80}},\s+)?([Hh]e|[Ss]he)\b")
# "He often breaks for …": after he or she, a word in -s is a verb in the present, whatever the
# lists know of it.
_PRESENT_AFTER_PRONOUN = re.compile(r"(?:\s+(?:also|often|still|now|then|\w+ly))*\s+[a-z]{2,}[^s\W]s\b")


def _read_opening_pronoun(cast: Cast, frame: str, base: int, sentence: Span, initial_at: int,
                          pending: list[tuple[int, Entity, bool, bool, bool]]) -> re.Match | None:
    """Add to `pending` the one that he or she opening the main clause points back to, as its
    subject, and give it the role a copula after the pronoun names. The match of the pronoun is
    returned: later clauses' pronouns are looked for after it."""
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
    return opener


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
