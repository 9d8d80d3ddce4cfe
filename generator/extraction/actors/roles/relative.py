"""Roles from a relative clause after a name: "who is a nurse at the clinic", "who served as mayor
from 2001 to 2009" (a post held before), "who heads the union" ("head of the union")."""

from __future__ import annotations

import itertools
import re

from ..words import _PREPOSITION
from .phrase import names_a_holder, role_phrase
from .words import APPOSITIVE_ROLE_START, ING_PREPOSITIONS, POST_PREPOSITIONS, TIME_WORDS

# "who heads X" is the role "head of X": the verbs of leading and what they make of the leader.
_ROLE_VERBS = {"heads": "head of", "leads": "leader of", "chairs": "chair of", "runs": "head of",
               "founded": "founder of", "directs": "director of", "represents": "representative of",
               "owns": "owner of", "manages": "manager of", "commands": "commander of",
               "coaches": "coach of", "edits": "editor of", "governs": "governor of"}
# (The verb's tense says whether a time span after the post ends it: "who was mayor until May" held
# the post, "who is mayor until May" holds it still.)
_WHO_IS = re.compile(r"^who\s+(?:(is|has been|serves as|works as)|was|worked as|(had been|served as))\s+(.*)$")
_OWNER_OPENING = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s\s+")
# A time the post ended, after it: "from 2001 to 2009", "until May", "until 2012".
_PAST_SPAN = re.compile(r"\s+(?:from\s+\d{4}\s+(?:to|until|through)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4}"
                        r"|until\s+(?:(?:last\s+)?[A-Z]?[a-z]+\s+)?\d{0,4})\b.*$")
_WHO_VERB = re.compile(r"^who\s+(?:(?:now|currently|also|still)\s+)?(\w+)\s+(.*)$")


def relative_clause_role(text: str) -> str | None:
    """The role a relative clause opening on "who" gives its antecedent, if it names a post."""
    who_is = _WHO_IS.match(text)
    if who_is:
        ended = _PAST_SPAN.search(who_is.group(3))
        predicate = APPOSITIVE_ROLE_START.sub("", who_is.group(3)[:ended.start()] if ended else who_is.group(3))
        ended = ended and not who_is.group(1)
        head = _PREPOSITION.split(f" {predicate} ", maxsplit=1)[0].split()
        head = list(itertools.takewhile(lambda w: w not in ING_PREPOSITIONS and w not in POST_PREPOSITIONS, head))[-1:]
        if not head or not names_a_holder(head[0].lower().strip(",;")):
            return None  # "who is second in the race", "who was eager to run": how they are, no post
        role = role_phrase(predicate)
        if role and (ended or who_is.group(2)) \
                and role.split()[0].lower() not in TIME_WORDS:
            # "who served as mayor from 2001 to 2009", "who had been chief of police": a post
            # held before, which the story tells as such ("Jane Roe's former aide").
            owner = _OWNER_OPENING.match(role)
            return f"{owner.group()}former {role[owner.end():]}" if owner else f"former {role}"
        return role
    who_verb = _WHO_VERB.match(text)
    if who_verb and who_verb.group(1) in _ROLE_VERBS:
        return role_phrase(f"{_ROLE_VERBS[who_verb.group(1)]} {who_verb.group(2)}")
    return None
