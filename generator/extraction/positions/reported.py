"""Reported content: what a verb of saying reports, read from the words after it, or nothing when they
report no proposition (where or to whom it was said, someone else's words, a plea, a question)."""

from __future__ import annotations

import re

from ..clauses import is_finite
from ..lexicon import FINITE_AUXILIARIES, REFLEXIVES, SPEECH, SPEECH_VERBS, STANCE, STANCE_POLARITY
from ..text import strip_time_expressions
from .polarity import _judgement, content_polarity
from .shared import _DASH_ASIDE, _GERUND_SUBJECT, _QUESTION_WORD, _VERB_SIGN, _first_word
from .stance_text import _tidy

# Where or to whom something was said: a preposition before a noun phrase. ("threatened to veto a
# bill that lets …": "to" before a verb is an infinitive, and "that" opens the bill's relative clause,
# not what was threatened.)
_SAID_WHERE = (r"\s*(?:on|at|in|into|during|to(?=\s+(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|"
               r"them|us|me|other|all|both|each|every|some|many|several|fellow|senior|top|local|\d|[A-Z]|"
               r"[a-z]+[^s\W]s\b)))\s+[^,;]{1,40}?(?=\s+that\b)")
# "that", and the adverb a verb of saying may take before it: "warned darkly that …".
_ADVERB_THAT = r"(?:(?:[a-z]+ly\s+)?that\s+)?"
# What a reporting verb puts between itself and the reported content: where it was said, "that".
_REPORT_OPENING = re.compile(rf"(?:{_SAID_WHERE})?\s*,?\s*{_ADVERB_THAT}")
# After "told", also to whom: "told reporters the plan was dead".
_TOLD_OPENING = re.compile(
    rf"(?:{_SAID_WHERE})?"
    r"(?:\s+(?:reporters|journalists|a news conference|a press conference|the [\w\s]{1,30}?|him|her|them|us|me|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?=\s+(?:that|he|she|they|it|the|a|an)\b))?"
    rf"\s*,?\s*{_ADVERB_THAT}")
_THAT = re.compile(r"^that\s+", re.I)
_PLEA = re.compile(r"(?:not\s+)?(?:guilty|innocent)\b|no\s+contest\b", re.I)
_LEADING_ADVERB = re.compile(r"^(?:[a-z]+ly\s+)+")
# What others said, as the object of a reporting verb: "rebutted claims that …", "addressed reports of …".
_OTHERS_WORDS = re.compile(r"(?:(?:the|these|those|such|recent|earlier)\s+)?(?:claims?|reports?|allegations?|"
                           r"accusations?|suggestions?|rumou?rs?|criticism|charges?|speculation|questions?)\s+"
                           r"(?:that|of|about|over)\b", re.I)
# Whom a message went to, then the verb that tells what it said: "wrote members, saying …".
_ADDRESSEE_THEN_REPORT = re.compile(r"[^,;“\"]{1,60},\s*(?:telling|saying|writing|adding|asking|urging|informing|"
                                    r"notifying|reminding|warning)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|i|it|you)\s", re.I)
# "cited a deputy as saying …": the words are the one cited's.
_QUOTED_AS_SAYING = re.compile(r"[^,;]{1,60}?\bas\s+(?:saying|telling|writing)\b", re.I)
_CIRCUMSTANCE_OPENERS = frozenset({"at", "in", "on", "upon", "during", "after", "before", "outside", "inside", "near",
                                   "from", "by", "with", "while", "when", "as", "to", "of", "for", "about",
                                   "into", "onto", "through", "across", "via",
                                   "without", "within", "toward", "towards", "against", "out", "up", "off", "back"})
_TELL_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "assured", "remind", "reminds", "reminded",
                         "reminding"})
# What a phrasal reporting verb leaves before its content ("pointed out that …", "countered with, …").
_PARTICLE = re.compile(r"^(?:(?:out|up|off|back|on|down)\s+that\s+|with\s*[,:]\s*)", re.I)
_POSSESSIVE = re.compile(r"\b(\w+)['’]s\b")
_S_PRONOUNS = frozenset("it that he she there what who here where this everything nothing everyone someone let".split())
_DETERMINED_PARTICIPLE = re.compile(r"\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your)\s+(?:[a-z]+ly\s+)?"
                                    r"[a-z]{2,}ed\b",
                                    re.I)
_AGENT_PARTICIPLE = re.compile(r"\b[a-z]{2,}ed\s+by\b")
# A verb in the present after its subject: "the odds … comes out to", "the plan needs more".
_PRESENT_VERB = re.compile(r"\b(?!(?:odds|news|means|series|species|politics|economics)\b)[a-z]{3,}[^s\W]s\s+"
                           r"(?:out|up|down|off|that|more|less|the|a|an|no|any)\b")
_QUESTION = re.compile(rf"^{_QUESTION_WORD}", re.I)
_WARNING = ("warn", "caution", "threat", "predict")
_PROPOSING = ("suggest", "recommend", "propos", "advocat", "urg")
_ASKING = frozenset(("ask", "asks", "asked", "asking"))
# Verbs of belief and expectation.
_BELIEVING = ("think", "thought", "believ", "expect", "suspect", "assum", "reckon", "figur", "guess")
# Verbs of hope and expectation.
_ATTITUDES = ("hop", "expect", "fear", "believ", "think", "thought", "want", "wish", "predict", "suspect", "assum")


def _reported(text: str, frame: str, word: str, verb_end: int, end: int) -> tuple[str, str, str, None] | None:
    """(stance, polarity, "reported", None) for what the verb of saying `word`, ending at `verb_end`,
    reports up to `end`; None when the words after it report no proposition."""
    opening = (_TOLD_OPENING if word in _TELL_VERBS else _REPORT_OPENING).match(text, verb_end, end)
    content = text[opening.end() if opening else verb_end:end]
    aside = _DASH_ASIDE.match(content)
    if aside:
        content = content[aside.end():]  # "said — on the radio, as it happens — that …": where, then what
    # ("said Sunday that …": the "that" the time expression stood before.)
    content = _THAT.sub("", strip_time_expressions(" " + content).strip())
    # "said at a rally" and "told reporters outside the gate" say where and to whom, not what;
    # "asked whether" asks.
    content = _PARTICLE.sub("", content)
    first = _first_word(_LEADING_ADVERB.sub("", content))  # ("argued mostly with …")
    addressee = _ADDRESSEE_THEN_REPORT.match(content)
    if addressee and not _PRONOUN_SUBJECT.match(content) and not _has_verb(content[:content.index(",")]):
        # "emailed supporters, telling them …": whom it went to; what it said follows the second verb.
        # ("said he met her, asking …" has said something before the comma.)
        return None
    if word.startswith(("recall", "remember")) and first.endswith("ing"):
        return None  # "recalls dancing on the quay": a memory of what was done, testimony and not a stance
    if word.startswith("plead") and _PLEA.match(content):
        return None  # "pleaded guilty to …": an answer to a charge in court, not something said of the world
    if _OTHERS_WORDS.match(content) or _QUOTED_AS_SAYING.match(content):
        # "rebutted claims that …": the content is someone else's, and it is answered; "cited a deputy
        # as saying …": the deputy's.
        return None
    # ("said that if the union struck, she would …" sets a condition; "asked if" asks.)
    question = _QUESTION.match(content) and not (first == "if" and word not in _ASKING and word not in _TELL_VERBS)
    if _headless(content, first, text[verb_end:verb_end + 3].lstrip().startswith(",")):
        return None
    if _thing_described(content):
        # "believed the polls that showed her ahead" trusts a thing, and asserts nothing; "announced
        # new rules that …" is an act, whose object the relative clause describes.
        if not word.startswith(_ANNOUNCING):
            return None
        stance = _tidy(f"{text[verb_end - len(word):verb_end]} {content}")
        return (stance, "action", "reported", None) if stance else None
    # "suggested building more berths": what is proposed is a course of action, which the one who
    # proposes it favours. ("suggested building costs were rising": a gerund subject, a claim.)
    proposed = word.startswith(_PROPOSING) and first.endswith("ing") and not _GERUND_SUBJECT.match(content)
    if len(content.split()) < 3 or first in _CIRCUMSTANCE_OPENERS or question or (
            word in _TELL_VERBS and not (opening and opening.group().strip())) or not (
            proposed or _has_verb(content) or _judgement(content) is not None):
        return None
    # A warning is a claim, whatever it warns of.
    polarity = _as_believed(word, "claim" if word.startswith(_WARNING) else "support" if proposed
                            else content_polarity(content))
    stance = _tidy(content)
    return (stance, polarity, "reported", None) if stance else None


# Words that cannot open what someone says: a verb group without its subject ("which Roe says had
# risen …", an interrupted quote's "“is a vote of all …”") or a reflexive ("found himself reading …").
_NO_SUBJECT_OPENERS = FINITE_AUXILIARIES | REFLEXIVES
_PAST_PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed$")
_QUOTE_OPENING_ON_VERB = re.compile(r"[\"“‘][a-z]")
_APPOSITION = re.compile(r"[\"“‘'(]*(?:a|an)\s+(?:[\w’'-]+\s+){1,4}?(?:that|which|who)\b", re.I)


def _as_believed(word: str, polarity: str) -> str:
    """The polarity of content a verb of belief reports: "thinks they will have the votes" expects an act,
    which is a claim, not the act done."""
    return "claim" if polarity == "action" and word.startswith(_BELIEVING) else polarity


_ANNOUNCING = ("announc", "unveil")
# A noun phrase, then a relative pronoun and the word after it, read as the relative clause's verb.
_NOUN_THEN_RELATIVE = re.compile(r"[\"“‘'(]*((?:[\w’'-]+\s+){1,5}?)(?:that|which|who)\s+(?:\w+ly\s+)?([\w’'-]+)\s")
# Words that open a clause of their own, not a noun phrase: no head a relative clause describes.
_CLAUSE_SUBJECTS = frozenset("he she it they we i you there".split())
_NO_RELATIVE_VERB = _CLAUSE_SUBJECTS | frozenset("this the a an his her its their our my your".split())


def _thing_described(content: str) -> bool:
    """Whether reported content is a noun phrase and its relative clause, with no verb of its own after
    that clause: "the polls that showed him ahead" (but "the rules that passed last year are unfair" is
    a proposition about the rules, and "the plan she backs" has no relative pronoun to read)."""
    found = _NOUN_THEN_RELATIVE.match(content)
    if found is None or found.group(2).lower() in _NO_RELATIVE_VERB:
        return False
    head = found.group(1)
    if head.split()[0].lower() in _CLAUSE_SUBJECTS or _VERB_SIGN.search(head) or _PRESENT_VERB.search(head):
        return False
    rest = content[found.end():]
    return not (_VERB_SIGN.search(rest) or _PRESENT_VERB.search(rest))


def _headless(content: str, first: str, after_comma: bool) -> bool:
    """Whether reported content lacks the subject a proposition opens with: a verb group, a
    reflexive, a past participle ("have felt uneasy since …"), or, after a comma, a participle of
    no stance ("said, recalling her years on the docks"; "…, rejecting the charges" is the
    speaker's own stance, and "suggested building more berths" says what is suggested; "…, noting he
    had backed Roe" gives what was noted as a position of its own)."""
    if first in _NO_SUBJECT_OPENERS or _PAST_PARTICIPLE.match(first) and first in content:
        return True  # ("Alfred wishes …": a name in -ed is a subject.)
    if _QUOTE_OPENING_ON_VERB.match(content) and first.endswith("s") and (first in STANCE_POLARITY or first in SPEECH_VERBS):
        return True  # "“This,” she argued, “threatens to …”": the quote's subject is in the words before it
    if after_comma and (first in SPEECH_VERBS and first.endswith("ing") and not first.startswith(_ATTITUDES)
                        or _APPOSITION.match(content)):
        # "said, mentioning the contract is …": a second verb of saying, not a gerund subject ("wrote,
        # “Hoping that …”" is the writer's hope); "said, a change that could …": the writer's
        # apposition to what was said, which has no verb of its own.
        return True
    return after_comma and first.endswith("ing") and STANCE_POLARITY.get(first) not in ("support", "oppose", "deny") \
        and not _GERUND_SUBJECT.match(_LEADING_ADVERB.sub("", content.lstrip(" \"“‘'")))


def _has_verb(content: str) -> bool:
    """Whether `content` has a finite verb: an auxiliary, a past form, or a listed verb that no
    article or preposition makes a noun ("the then secretary of state", "a note of concern")."""
    # ("the growing importance of …": a participle after a determiner describes a noun.)
    # (Nor is the "’s" of "the board’s adviser" a verb, as that of "it’s" is.)
    # (Nor is a past form before its agent, "letters provided by a clerk": a passive's own auxiliary is.)
    bare = _POSSESSIVE.sub(lambda m: m.group() if m.group(1).lower() in _S_PRONOUNS else m.group(1),
                           _AGENT_PARTICIPLE.sub(",", _DETERMINED_PARTICIPLE.sub(" ", content)))
    if _VERB_SIGN.search(bare) or _PRESENT_VERB.search(bare):
        return True
    return any(is_finite(content, found.start(), 0) for vocabulary in (STANCE, SPEECH)
               for found in vocabulary.find(content, 0, len(content)))
