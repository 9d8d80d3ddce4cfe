"""Whether an unnamed actor's description names someone who can act or speak."""

from __future__ import annotations

import re

from ...data import load_list
from ..lexicon import DOCUMENT_NOUNS, FUNCTION_WORDS, GROUP_NOUNS, ORG_WORDS, ROLE_WORDS
from .roles.phrase import clause_verb
from .words import (_AGE, _AGENTIVE, _CLAUSE_OPENERS, _COLLECTIVES, _DETERMINERS, _ISSUED, _ORG_NOUNS, _OWNERS,
                    _PASSIVE_NEXT, _PREPOSITION, _SOURCE_NOUNS)

_THINGS = (frozenset(load_list("speaking_things.txt")) | DOCUMENT_NOUNS | frozenset(load_list("work_nouns.txt"))) \
    - frozenset(("paper", "campaign"))
# Words after the head noun of a description that leave it the head ("a source familiar with …").
_POSTMODIFIERS = frozenset("familiar close involved present responsible aware knowledgeable briefed".split())
# Heads of descriptions of actors that none of the lists holds; "…," said another: an unnamed speaker.
_ACTOR_HEADS = frozenset(("someone", "somebody", "another", "one", "community", "publication", "wing", "arm",
                          "branch", "camp"))
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
# Nouns for what was said: even quoted, such a description names no one who speaks. (A statement or a
# letter is issued by someone and may stand for them.)
_UTTERANCES = frozenset(w.lower() for w in load_list("speech_nouns.txt")) - _ISSUED - DOCUMENT_NOUNS \
    - frozenset(("statements",))


def describes_actor(description: str, quoted: bool = False) -> bool:
    """Whether an unnamed actor's description is a noun phrase for a person, a group or a body
    ("a senior official", "one questioner", "the campaign"), not a thing that speaks ("the
    clip", "a lawsuit"), a number ("two") or a piece of a clause ("his early-morning",
    "the gates open at 9 a.m. She"). The description of a `quoted` speaker may have any noun for its
    head, things included: the article gives no better name for whoever spoke."""
    if _SENTENCE_BREAK.search(description) or description.split()[-1].lower() in FUNCTION_WORDS \
            and description.lower() not in _ACTOR_HEADS:
        return False  # "the gates open at 9 a.m. She", "an instance in"
    if description.lower() in _ACTOR_HEADS:
        return True
    words = description.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    words = _PREPOSITION.split(f" {' '.join(words)} ", maxsplit=1)[0].split()
    if not words or words[0].lower() in _CLAUSE_OPENERS and words[0].lower() not in _DETERMINERS \
            or words[0].lower() in _PASSIVE_NEXT \
            or words[0].lower() in ("about", "against", "into") \
            or len(words) > 1 and words[0].lower().endswith(("ed", "ing")) and words[1].lower() in _PASSIVE_NEXT:
        return False  # "about the storied doctor", "buoyed by broad support"
    # Determiners, owners and words such as "former", "only", "second" before the noun.
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _OWNERS or words[0].lower() == "my"):
        words = words[1:]
    if not words:
        return False
    for k in range(1, len(words)):
        if words[k].lower().endswith(("ing", "ed")) and len(words[k]) > 5 and words[k].lower() not in ROLE_WORDS:
            words = words[:k]  # "a protester wearing …", "a source involved in …"
            break
    while len(words) > 1 and words[-1].lower() in _POSTMODIFIERS:
        words = words[:-1]
    head = words[-1].lower().strip(",")
    head = head[:-2] if head.endswith(("'s", "’s")) else head
    single = f"{head[:-3]}y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    if head in _UTTERANCES or single in _UTTERANCES or head in _ISSUED and f" {head} of " in f" {description.lower()} ":
        return False  # "his remarks in the interview", "the release of the files": what was said or done, not who
    known = bool(_AGENTIVE.search(head) or _AGE.match(head)) or head in _ACTOR_HEADS or any(
        form in ROLE_WORDS or form in GROUP_NOUNS or form in ORG_WORDS or form in _SOURCE_NOUNS or form in _COLLECTIVES
        or form in _ORG_NOUNS for form in (head, single))
    if known and head not in _THINGS or not quoted:
        return known and head not in _THINGS
    last = head.rsplit("-", 1)[-1]
    if "-" in head and not (_AGENTIVE.search(last) or last in ROLE_WORDS):
        return False  # "his early-morning", "a wake-up": an adjective or a particle, no noun
    lowered = description.lower().split()
    return head.replace("-", "").isalnum() and not head.isdigit() and head not in FUNCTION_WORDS \
        and not head.endswith(("ed", "ly")) and not any(clause_verb(lowered, i) for i in range(1, len(lowered)))
