"""Verbs whose stance needs a reading of its own: a passive, turned round to what it acts on; a
verb of asking, which demands or only asks; a verb of naming, whose stance is the name given."""

from __future__ import annotations

import re

from ...clauses import antecedent
from ...lexicon import SPEECH_VERBS, STANCE_POLARITY
from ...text import MASKS
from ..polarity import _judgements, _polar
from ..reported import _QUESTION
from ..shared import _LABELS, _WORD
from ..stance_text import _tidy

_SELDOM = re.compile(r"\b(?:rarely|seldom)\b", re.I)
# Verbs that give something a name: "called the plan a disaster", "branded him a liar".
_NAMING = frozenset("call calls called calling brand brands branded branding dub dubs dubbed dubbing label labels "
                    "labeled labelled labeling labelling term terms termed terming describe describes described "
                    "describing".split())
# A name in quotation marks right after the verb, then the verb of the noun the name was given to.
_NAME_THEN_VERB = re.compile(r"\s*[\"“][^\"”]{1,160}[\"”]\s+(?:\w+ly\s+)?(?:is|was|are|were|has|have|had|will|would|"
                             r"continues|continue|remains|remain|stays|stay|keeps|keep|leads|lead)\b")
_NOT_NAMING = re.compile(r"\s*(?:for|on|upon|off|back|out|up|in|into|at|to|that|it\s+quits)\b", re.I)
_AS = re.compile(r"\sas\s")
_ASKED_TO = re.compile(r"\s+(?:[^,;.]{1,60}?\s+)?to\s+[a-z]+\b")
_AUXILIARY_BEFORE = re.compile(r"\s*\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$")
_RELATIVE_END = re.compile(r",\s*(?:which|who|that)\s*$")
_AGENT_LEAD = re.compile(r"^\s*by\s+[^,]*?(?=\s+(?:as|to|for|in|on|with)\b|$)")


def passive_stance(text: str, frame: str, verb: re.Match, sentence_start: int, end: int,
                   negated: bool) -> tuple[str, str, str, None] | None:
    """The stance of a passive verb: the verb with what it acts on and what follows its agent."""
    word = verb.group().lower()
    if negated or word in SPEECH_VERBS:
        return None  # ("was told by a neighbour that …": what the agent said is not the patient's)
    patient = _patient(frame, sentence_start, verb.start())
    rest = _AGENT_LEAD.sub("", text[verb.end():end].split(",")[0])
    if patient is None:
        return None
    stance = _tidy(f"{verb.group()} {text[patient[0]:patient[1]].strip()}{rest}")
    return (stance, _polar(STANCE_POLARITY.get(word, "action")), "passive", None) if stance else None


def asked_stance(text: str, frame: str, verb: re.Match, group_start: int, end: int,
                 negated: bool) -> tuple[str, str, str, None] | None:
    """ "asked the court to dismiss the case" is a demand; "asked whether …" is a question, no stance;
    "rarely asks …" asks for nothing."""
    seldom = bool(_SELDOM.search(frame, group_start, verb.start()))
    governed = _ASKED_TO.match(frame, verb.end(), end)
    if negated or seldom or governed is None or _QUESTION.match(frame[verb.end():end].strip()):
        return None
    stance = _tidy(text[group_start:end])
    return (stance, "support", "stance verb", None) if stance else None


def gives_a_name(word: str, frame: str, verb_end: int, end: int) -> bool:
    """Whether the verb gives something a name ("called the plan a disaster"); "described" does so
    only with "as"."""
    return word in _NAMING and (not word.startswith("describ") or bool(_AS.search(frame, verb_end, end)))


def named_stance(text: str, frame: str, verb: re.Match, group_start: int, end: int,
                 negated: bool) -> tuple[str, str, str, None] | None:
    """ "called the plan “a disaster”", "branded him a liar", "described the deal as reckless": the
    name given is the stance, with its verb. A name that judges unfavourably opposes whatever else
    it says ("a great betrayal"); one that only quotes is a claim. A naming that is no judgement
    ("called him on Monday") gives nothing."""
    rest = frame[verb.end():end]
    if negated or _NOT_NAMING.match(rest):
        return None
    if _NAME_THEN_VERB.match(text, verb.end()):
        return None  # "The candidate labeled “a fighter” leads the field": a participle naming its noun, whose verb follows

    found = set(_judgements(text[verb.end():end]))
    if _LABELS & {w.lower() for w in _WORD.findall(text[verb.end():end])}:
        found.add("oppose")
    quoted = any(c in rest for c in MASKS)
    if not found - {None} and not quoted:
        return None
    stance = _tidy(text[group_start:end])
    polarity = "oppose" if "oppose" in found else "support" if "support" in found else "claim"
    return (stance, polarity, "stance verb", None) if stance and len(stance.split()) >= 3 else None


def _patient(frame: str, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """What a passive verb acts on: its subject, or the antecedent of "which was ..."."""
    aux = _AUXILIARY_BEFORE.search(frame, max(sentence_start, verb_start - 30), verb_start)
    head_end = aux.start() if aux else verb_start
    relative = _RELATIVE_END.search(frame, max(sentence_start, head_end - 12), head_end)
    if relative:
        phrase = antecedent(frame, sentence_start, relative.start())
        return (phrase.start, phrase.end) if phrase else None
    start = max(frame.rfind(c, sentence_start, head_end) for c in ",;:" + MASKS) + 1
    start = max(start, sentence_start)
    words = frame[start:head_end].split()
    if not words or len(words) > 16:
        return None
    return start, head_end
