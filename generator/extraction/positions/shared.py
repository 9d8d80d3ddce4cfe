"""Word patterns and a helper that more than one step of reading a position uses."""

from __future__ import annotations

import re

from ...data import load_list
from ..clauses import ADVERB
from ..lexicon import SPEECH_VERBS, alternation

# Verbs of thinking that the list of reporting verbs holds too: what someone thinks is not what they said.
_COGNITION = frozenset("believed thought knew felt hoped feared understood realized realised assumed supposed "
                       "guessed suspected expected figured imagined doubted".split())
# A proposition has a verb; "told reporters about his trip" reports no content. (Nouns in -eed,
# "the sheer need for …", "greed", are no past forms.)
_VERB_SIGN = re.compile(r"\b(?:is|are|was|were|am|be|been|being|has|have|had|will|would|shall|should|can|could|may|"
                        r"might|must|do|does|did|(?!(?:need|greed|speed|seed|deed|creed|breed|steed|weed|indeed)\b)"
                        r"[a-z]{2,}ed|[a-z]+n['’]t)\b|['’](?:s|re|ll|ve|d|m)\b", re.I)
# ("even if" concedes: it sets no condition.)
_CONDITION = re.compile(r"\b(?:(?<!\beven\s)if|unless|should\s+\w+\s+(?:fail|refuse|not))\b", re.I)
# Content that opens by reporting what someone else said: "Lund emphasized that …", "He said he …".
# Only a past verb of saying reports words spoken: "he knows the plan is dead" and "Roe says what voters
# think" are the speaker's own judgement of someone. (The speaker's own "I'm told …" is theirs.)
_SAID_FORMS = alternation(w for w in SPEECH_VERBS if " " not in w and w.endswith(("ed", "id", "ote", "old"))
                          and w not in _COGNITION)
_NESTED_REPORT = re.compile(rf"[\"“‘'(]*(?!(?:I|We)(?:['’]\w+)?\s)(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}|(?:he|she|they)\s+)"
                            rf"(?:\w+ly\s+)?(?:{_SAID_FORMS})\b")
# An aside between two dashes: "the strike — which began in May — would go on".
_DASH_ASIDE = re.compile(r"\s*(?:[—–]|\s-{1,2}\s)[^—–]*?(?:[—–]|\s-{1,2}\s)\s*")
# The words that open an indirect question: "asked whether …", "wanted to know why …".
_QUESTION_WORD = r"(?:whether|if|why|how|what|who|whom|when|where|which)\b"
# ("backing the bill was a mistake": a participle before "was" is the subject's.)
_GERUND_SUBJECT = re.compile(r"[A-Za-z]+ing\s+(?:(?!that\b)[\w’'-]+,?\s+){0,5}?(?:is|are|was|were|has|have|will|would)\b", re.I)
# Words of a verb group before its verb: auxiliaries, modals, negation and adverbs.
_GROUP_WORD = re.compile(
    r"(?:not|never|no|longer|n['’]t|\w+n['’]t|do|does|did|has|have|had|will|would|shall|should|can|could|may|might|"
    rf"must|is|are|was|were|be|been|being|also|still|yet|even|ever|already|again|now|then|just|{ADVERB})$",
    re.I)
# A quoted stretch, marks included: the words in it are the speaker's, not the reporter's.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_NEGATION = re.compile(r"\b(?:not|never|hardly|barely|scarcely|no\s+longer|\w+n['’]t)\b|n['’]t\b", re.I)
# Verbs that end what the participle after them says: "stopped supporting", "ceased funding".
_STOPPING_BEFORE = re.compile(r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|quit|quits|halt|halts|halted|"
                              r"abandon|abandons|abandoned|regret|regrets|regretted|regretting)\s+$", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b|['’]d\b", re.I)
# Verbs that take a participle as object ("began issuing", "denied taking"), and "with" making the
# noun a participle's subject ("with the minister saying …").
_GERUND_TAKERS = frozenset("begin begins began begun start starts stop stops keep keeps kept continue continues "
                           "resume resumes finish finishes avoid avoids consider considers risk risks quit quits "
                           "recommend recommends suggest suggests deny denies admit admits propose proposes "
                           "oppose opposes support supports resist resists defend defends justify justifies "
                           "end ends".split())
_LABELS = frozenset(load_list("label_words.txt"))
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:(?:\w+ly|today|yesterday|also|later|then|"
                                r"again|already|since|first)\s+)*$", re.I)
_WORD = re.compile(r"\w+")
_FIRST_PERSON = re.compile(r"^[\"“‘'(]*(?:i|we)\s+", re.I)


def _first_word(content: str) -> str:
    """The first word, lower case, without the quotation mark a quoted stretch opens with."""
    words = content.split()
    return words[0].lower().strip("\"“‘'«,;:") if words else ""


# A verb that links a subject to an adjective, which a word in -ing after it may be: "can be", "proved".
_LINKED_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|['’](?:s|re|m)|proves?|proved|proven|seems?|seemed|"
                            r"remains?|remained|becomes?|became)\s+(?:\w+ly\s+|very\s+|so\s+|too\s+|quite\s+|more\s+)?$",
                            re.I)
_TO_OR_FOR = re.compile(r"\s+(?:to|for)\b", re.I)


def _hard_to_do(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the word at `start`…`end` is "challenging" the adjective, linked to its subject and
    followed by "to" or "for" ("it can be challenging to teach there", "proved challenging for the
    staff"): it says what is hard, and opposes nothing. `floor` bounds the look back."""
    return text[start:end].lower() == "challenging" and bool(_TO_OR_FOR.match(text, end)) \
        and bool(_LINKED_BEFORE.search(text, max(floor, start - 30), start))
