"""Positions: what each actor claims, wants, denies, opposes or does, in the article's own words.

Every reporting or stance verb whose subject is an actor yields one position. The stance is the
verb's clause cut at the next clause boundary: for reporting verbs only the reported content
("said he was in favor of dialogue" gives "was in favor of dialogue"), for other verbs the verb
and what follows ("denies accusations by separatists that ..."). Passives are turned round to
their agent ("was declared illegal by Western countries").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Entity
from .clauses import antecedent
from .discourse import Reading
from .lexicon import FUNCTION_WORDS, SPEECH_VERBS, STANCE, STANCE_POLARITY
from .text import MASKS, strip_time_expressions

_CLAUSE_END = re.compile(
    r"\s*(?:[;:—–]|[.!?](?:\s|$)|,\s+(?:but|which|who|while|whereas|although|as|adding|saying|according|where|"
    r"(?:in|of|for|by|under|through|during|after|with) which)\b"
    r"|\s+but\b|,?\s+and\s+(?:that\s+|then\s+)?(?=(?:\w+ly\s+)?(?:has|have|had|is|was|were|will|would|"
    r"[a-z]+ed|[a-z]+s)\b(?!\s+(?:of|and|in|to)\b))|,\s+(?:he|she|they|it)\s+(?:said|added|says)\b"
    r"|,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:said|says)\b)")
# What a reporting verb puts between itself and the reported content: an addressee, "that".
_REPORT_OPENING = re.compile(
    r"(?:\s*(?:on|at|in|during|to)\s+[^,;]{1,40}?(?=\s+that\b))?"
    r"(?:\s+(?:reporters|journalists|a news conference|a press conference|the [\w\s]{1,30}?|him|her|them|us|me|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?=\s+(?:that|he|she|they|it|the|a|an)\b))?"
    r"\s*,?\s*(?:that\s+)?")
_CIRCUMSTANCE_OPENERS = frozenset({"at", "in", "on", "during", "after", "before", "outside", "inside", "near",
                                   "from", "by", "with", "while", "when", "as", "to"})
_TELL_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "assured"})
_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|it|they|we)\s+(?=\w)", re.I)
_SUPPORT = re.compile(r"\b(?:in favou?r of|supports?|backs?|wants?|welcomes?|hopes?|seeks?|plans?|intends?|"
                      r"will|would|is ready to|was ready to|agreed|endorses?)\b", re.I)
_OPPOSE = re.compile(r"\b(?:against|opposes?|opposed|rejects?|rejected|condemns?|refuses?|refused|"
                     r"will not|won't|would not|illegal|no right|never)\b", re.I)
_DENY = re.compile(r"\b(?:denies|denied|deny|not true|false|baseless|untrue)\b", re.I)
_DENY_WORDS = ("den", "true", "false", "baseless")
_OPPOSE_WORDS = ("against", "oppose", "reject", "condemn", "refuse", "will", "won", "would", "illegal", "right",
                 "never")
_SUPPORT_WORDS = ("favo", "support", "back", "want", "welcome", "hope", "seek", "plan", "intend", "will", "would",
                  "ready", "agreed", "endorse")
_AUXILIARY_BEFORE = re.compile(r"\s*\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$")
_RELATIVE_END = re.compile(r",\s*(?:which|who|that)\s*$")
_WORD = re.compile(r"\w+")
_AGENT_LEAD = re.compile(r"^\s*by\s+[^,]*?(?=\s+(?:as|to|for|in|on|with)\b|$)")
MAX_STANCE_WORDS = 20
MAX_CLAUSE_CHARS = 300


@dataclass(frozen=True)
class Stance:
    """One position of an actor, before actor ids are assigned."""

    entity: Entity
    stance: str
    polarity: str
    paragraph: int


def find_positions(reading: Reading) -> list[Stance]:
    out: list[Stance] = []
    seen: set[tuple[int, str]] = set()
    for (paragraph, verb_start), entity in sorted(reading.verb_subjects.items(), key=lambda kv: kv[0]):
        if (paragraph, verb_start) in reading.inverted:
            continue  # "…, said Jane Roe": what was said came before the verb
        view = reading.views[paragraph - 1]
        verb = STANCE.first(view.frame, verb_start, verb_start + 40) or _WORD.match(view.frame, verb_start)
        sentence = view.sentence_at(verb_start)
        stance, polarity = _stance(view.text, view.frame, verb, sentence.end,
                                   (paragraph, verb_start) in reading.passives, sentence.start)
        entity = reading.cast.canonical(entity)
        if not stance or (id(entity), stance) in seen:
            continue
        seen.add((id(entity), stance))
        out.append(Stance(entity, stance, polarity, paragraph))
    return out


def _stance(text: str, frame: str, verb: re.Match, sentence_end: int, passive: bool,
            sentence_start: int) -> tuple[str | None, str]:
    word = verb.group().lower()
    # A stance is cut to MAX_STANCE_WORDS words: reading further than a bounded stretch of the
    # clause adds nothing, and keeps the work per verb constant in an endless sentence.
    end = _clause_end(frame, verb.end(), min(sentence_end, verb.end() + MAX_CLAUSE_CHARS))
    rest = text[verb.end():end]
    if passive:
        patient = _patient(frame, sentence_start, verb.start())
        rest = _AGENT_LEAD.sub("", rest.split(",")[0])
        if patient is None:
            return None, "action"
        phrase = f"{verb.group()} {text[patient[0]:patient[1]].strip()}{rest}"
        return _tidy(phrase), STANCE_POLARITY.get(word, "action")
    if word in SPEECH_VERBS and STANCE_POLARITY.get(word, "claim") == "claim":
        opening = _REPORT_OPENING.match(text, verb.end(), end)
        content = text[opening.end() if opening else verb.end():end]
        content = _SUBJECT_PRONOUN.sub("", strip_time_expressions(" " + content).strip())
        # "said at a rally" and "told reporters outside the gate" say where and to whom, not what.
        first = content.split()[0].lower() if content.split() else ""
        if len(content.split()) < 3 or first in _CIRCUMSTANCE_OPENERS or (
                word in _TELL_VERBS and not (opening and opening.group().strip())):
            return None, "claim"
        return _tidy(content), _polarity(content, "claim")
    phrase = f"{verb.group()}{rest}"
    if len(phrase.split()) < 2:
        return None, "action"
    return _tidy(phrase), STANCE_POLARITY.get(word, "action")


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


def _clause_end(frame: str, start: int, limit: int) -> int:
    found = _CLAUSE_END.search(frame, start, limit)
    return found.start() if found else limit


def _polarity(content: str, default: str) -> str:
    head = content.split()[0].lower() if content.split() else ""
    if head in STANCE_POLARITY and STANCE_POLARITY[head] != "claim":
        return STANCE_POLARITY[head]
    # Each pattern is tried only when one of its words occurs at all (a substring test is cheap).
    low = content.casefold()  # as IGNORECASE folds: "ſ" is "s"
    if any(w in low for w in _DENY_WORDS) and _DENY.search(content):
        return "deny"
    if any(w in low for w in _OPPOSE_WORDS) and _OPPOSE.search(content):
        return "oppose"
    if any(w in low for w in _SUPPORT_WORDS) and _SUPPORT.search(content):
        return "support"
    return default


def _tidy(phrase: str) -> str | None:
    phrase = " ".join(strip_time_expressions(" " + phrase).split()).strip(" ,;:")
    words = phrase.split()
    if len(words) > MAX_STANCE_WORDS:
        # Cut a long stance where a phrase ends (the last comma in reach), else at the limit.
        comma = max((i for i, w in enumerate(words[:MAX_STANCE_WORDS]) if w.endswith(",") and i >= 5), default=-1)
        kept = words[:comma + 1] if comma >= 0 else words[:MAX_STANCE_WORDS]
        while len(kept) > 3 and kept[-1].strip(",").lower() in FUNCTION_WORDS:
            kept.pop()
        phrase = " ".join(kept).rstrip(",") + ("" if comma >= 0 else " …")
    return phrase or None
