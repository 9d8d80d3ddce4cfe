"""Finding positions: every verb with an actor for subject read, gated by who holds it, with the quotes'
positions added, the confident ones kept, one per proposition."""

from __future__ import annotations

import re

from ..attribution import Attributed
from ..clauses import subject_before
from ..discourse import Reading
from ..lexicon import FUNCTION_WORDS
from ..stance_confidence import shape_of
from ..stance_form import reads_whole
from .holders import (_hearsay, _in_object_relative, _is_news_outlet, _last_cue, _name_qualifies_a_noun,
                      _named_in_a_relative, _names_its_holder, _names_itself, _no_one, _own_pronoun, _part_of_a_group,
                      _side, _someone_elses_relative, _tells_a_past_act, _tells_an_account, _unsaid)
from .polarity import content_polarity
from .quoted import _not_the_speakers, _quoted
from .reported import _as_believed
from .sourced import _sourced
from .shared import _GROUP_WORD, _HYPOTHETICAL, _NESTED_REPORT, _WORD
from .stance import Stance
from .verbs.group import verb_at, verb_group_start
from .verbs.reading import verb_stance

# A person speaking of themselves ("said he would resign"); "it" and "they" are others.
_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|we)\s+(?=\w)(?!(?:and|or|nor)\b)", re.I)
# A subject only a person can be.
# (The subject phrase may run back over the relative clause it closes: "the Ledger in which he".)
_PERSONAL_PRONOUN = re.compile(r"(?:^|\s)(?:he|she)$", re.I)
# "he" or "she" left opening reported content once the holder's own was taken off: someone else.
_SOMEONE_ELSE = re.compile(r"(?:he|she)\s", re.I)
# A body or a group speaking of itself.
_COLLECTIVE_PRONOUN = re.compile(r"^(?:it|they)\s+(?=\w)", re.I)
# Below this a position is not shown: precision first. On the development articles, positions at
# 0.6 and above were right about 0.84 of the time, and none of the few below it.
MIN_CONFIDENCE = 0.6


def find_positions(reading: Reading, quotes: list[Attributed] = ()) -> list[Stance]:
    """The positions of the actors of `reading`: from stance and reporting verbs, then from the
    quotes with a speaker; one per proposition, and only the confident ones."""
    found: list[Stance] = []
    governed: set[tuple[int, int]] = set()  # verbs read as part of another's group ("refused to condemn")
    for (paragraph, verb_start), entity in sorted(reading.verb_subjects.items(), key=lambda kv: kv[0]):
        if (paragraph, verb_start) in governed:
            continue
        if (paragraph, verb_start) in reading.inverted:
            continue  # "…, said Jane Roe": what was said came before the verb
        view = reading.views[paragraph - 1]
        verb = verb_at(view.frame, verb_start)
        sentence = view.sentence_at(verb_start)
        read = verb_stance(view.text, view.frame, verb, sentence.start, sentence.end,
                           (paragraph, verb_start) in reading.passives)
        if read is None:
            continue
        stance, polarity, evidence, complement = read
        if complement is not None:
            governed.add((paragraph, complement))
        holder = reading.cast.canonical(entity)
        if evidence != "reported" and _SPEAKER_OWN.search(stance):
            continue  # "Roe attacked me": a speaker's words left unquoted (a post), their claim about Roe
        group_start = verb_group_start(view.frame, sentence.start, verb_start)
        if _name_qualifies_a_noun(view.frame, sentence.start, group_start, holder) \
                or _in_object_relative(view.frame, sentence.start, group_start) \
                or _someone_elses_relative(view.frame, sentence.start, group_start, holder) \
                or _part_of_a_group(view.frame, sentence.start, group_start, holder) \
                or _named_in_a_relative(view.frame, sentence.start, group_start, holder):
            continue
        # (Both ask for the reporting verb before this one, which takes a scan of the sentence to find.)
        cue = _last_cue(view.frame, sentence.start, verb_start)
        if evidence != "reported" \
                and _hearsay(reading, paragraph, view.frame, sentence.start, verb_start, holder, cue) \
                or _unsaid(view.frame, sentence.start, verb_start, cue):
            continue
        if _names_its_holder(holder, stance):
            continue
        if evidence == "reported":
            if _names_itself(holder, stance):
                continue  # "Alleging Norland has …": the one the content is about is not who alleges it
            if _NESTED_REPORT.match(stance):
                continue  # "wrote that Lund said …": what Lund said is Lund's, not the writer's
            if stance[:1] in _QUOTATION_MARKS and _not_the_speakers(stance):
                continue  # said, “We had phoned the office …”: quoted words, read as a quote's are
            if polarity in ("claim", "action") and _is_news_outlet(holder):
                continue  # "the newspaper reported that …": a source of facts, not a stance
            # "said he would resign": a person speaking of themselves; "the company said it
            # regretted …": a body of itself. A body's "he", or a woman's, is someone else's, and stays.
            if holder.type != "person":
                stance = _COLLECTIVE_PRONOUN.sub("", stance)
            elif _own_pronoun(holder, stance):
                stance = _SUBJECT_PRONOUN.sub("", stance)
            # "she said he would appoint …", "the police say he refused …": someone else's act, told.
            own = _SOMEONE_ELSE.match(stance) is None or holder.type == "person" and _own_pronoun(holder, stance)
            if not own and polarity in ("support", "oppose", "action"):
                polarity = _as_believed(verb.group().lower(), content_polarity(stance, own=False))
            if polarity == "claim" and holder.type == "person" and holder.role:
                polarity = _as_believed(verb.group().lower(), content_polarity(stance, _side(holder), own))
        subject = subject_before(view.frame, sentence.start, group_start)
        if evidence != "passive" and holder.type != "person" and subject is not None \
                and _PERSONAL_PRONOUN.search(subject.text):
            continue  # "a column in the Ledger, in which he argued …": "he" is no paper's
        shape = shape_of(evidence, stance, holder, evidence == "passive" or subject is not None,
                         bool(_HYPOTHETICAL.search(view.frame, group_start, verb.start())),
                         evidence == "reported" and _tells_an_account(stance)
                         or evidence == "stance verb" and _tells_a_past_act(stance, polarity, holder), polarity)
        found.append(Stance(holder, stance, polarity, paragraph, shape.confidence, evidence, shape))
    found += _quoted(reading, quotes)
    found += _sourced(reading)
    return _one_per_proposition([s for s in found if s.confidence >= MIN_CONFIDENCE and reads_whole(s.stance)
                                 and not _no_one(s.entity)])


_QUOTATION_MARKS = "\"“‘'"
# The first person singular outside quotation marks: a report does not speak of its writer.
_SPEAKER_OWN = re.compile(r"\b(?:me|my|myself)\b", re.I)


def _one_per_proposition(stances: list[Stance]) -> list[Stance]:
    """Each actor's positions without those that another of theirs already states: one whose content
    words another of the same polarity holds anywhere in the article, or whose words are mostly
    another's in the same or a neighbouring paragraph (the stance a quote gives and the sentence
    reporting it are one)."""
    words = [frozenset(w.lower() for w in _WORD.findall(s.stance)) for s in stances]
    content = [frozenset(w for w in ws if w not in FUNCTION_WORDS and not _GROUP_WORD.match(w)) for ws in words]

    def states(j: int, i: int) -> bool:
        """Whether kept position j, of the same actor, already states position i."""
        if abs(stances[j].paragraph - stances[i].paragraph) <= 1 and len(words[i] & words[j]) >= 0.6 * len(words[i]):
            return True
        return stances[j].polarity == stances[i].polarity and content[i] <= content[j]

    order = sorted(range(len(stances)), key=lambda i: (-len(words[i]), -stances[i].confidence, i))
    kept: dict[int, list[int]] = {}  # by actor: only an actor's own positions can state one of theirs
    for i in order:
        own = kept.setdefault(id(stances[i].entity), [])
        if not any(states(j, i) for j in own):
            own.append(i)
    return [stances[i] for i in sorted(i for own in kept.values() for i in own)]
