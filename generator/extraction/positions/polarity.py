"""Polarity: which way a stance leans, read from the verb group that governs it or from what a speaker says."""

from __future__ import annotations

import re
from functools import lru_cache

from ...data import load_list, load_table
from ...gated import Gated, folded
from ..clauses import is_finite
from ..lexicon import FIRST_NAME_GENDER, FUNCTION_WORDS, SPEECH_VERBS, STANCE, STANCE_POLARITY, alternation
from .shared import (_COGNITION, _CONDITION, _DASH_ASIDE, _FIRST_PERSON, _GERUND_SUBJECT, _LABELS, _NEGATION,
                     _PASSIVE_AUXILIARY, _STOPPING_BEFORE, _WORD, _hard_to_do)

# Content a speaker gives as their own: its subject is the speaker ("he would not …", "we will …")
# or the side the speaker speaks for ("his union has backed …").
_OWN_SUBJECT = re.compile(r"^(?:he|she|they|we|i|it|(?:our|my|his|her|their|its)\s+(?:party|government|administration|"
                          r"campaign|country|ministry|department|office|organi[sz]ation|company|union|group|team|"
                          r"movement|coalition|side))\b", re.I)
_TIME_CLAUSE = re.compile(r"^(?:once|when|whenever|after|as|as\s+soon\s+as|before|until)\b[^,;:]{1,80},\s*[\"“‘'(]*", re.I)
# (Each pattern run through Gated comes with the words, in lower case, that every match of it holds.)
_FALSE = Gated(("true", "false", "baseless", "groundless", "unfounded", "fabricat", "fake", "nonsense", "lie", "lying",
                "accurate", "correct"),
               r"\b(?:not true|untrue|false|baseless|groundless|unfounded|fabricat\w*|fake|nonsense|"
               r"a lie|lies|lying|inaccurate|incorrect)\b", re.I)
# "the board will …": a body named by its head noun, as its spokesman names it.
_DEFINITE_SUBJECT = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)*?([\w’'-]+)(?=\s+(?:will|would|has|have|had|is|are|was|"
                               r"were|plans|intends|does|did)\b)")
_VERB_WITH_OBJECT = re.compile(r"\b(?:has|have|had|[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\s+[“\"‘']?(?:the|a|an|no|any|enough|all)\b")
# Content opening on a participle with no subject of its own: "rejecting the charges", "trusting that …".
_OPENING_PARTICIPLE = re.compile(r"([A-Za-z]+ing)\b")
# "hope the photos are doctored and untrue", "wish it were untrue": what is hoped for is not yet said to be false.
_WISH_BEFORE = re.compile(r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|pray|prays|prayed)\b", re.I)
_NOT_REQUIRED = Gated(("have", "need"), r"\b(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+(?:have|need)\s+to\b", re.I)
# "must be a typo", "can't be right": a conclusion drawn, not a call to act ("must be stopped").
_CONCLUSION = Gated(("must", "can", "could"),
                     r"\b(?:must|cannot|can['’]t|could\s+not|couldn['’]t)\s+(?:\w+ly\s+)?be\s+(?:a|an|the|some|"
                     r"true|right|wrong|mistaken|correct|real|joking|kidding)\b", re.I)
# "[w]e": a letter an editor changed, in brackets.
_EDITED_LETTER = re.compile(r"\[(\w)\]")
# "is not a threat, but a promise": what is not so is corrected, not denied.
_CORRECTION = Gated(("but",), r"\b(?:not|never|no)\b[^.;!?]{1,80}?,?\s+but\s", re.I)
# "should never have been given", "ought to have closed it": a reproach for what was done.
_REPROACH = Gated(("should", "ought"),
                   r"\b(?:should|ought\s+to)\s+(?:not\s+|never\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne)\b", re.I)
# "there is no chance she will withdraw": what will not happen is no decision or promise.
_NO_BEFORE = re.compile(r"\b(?:no|nobody|nothing|none)\b", re.I)
_BUT = Gated(("but",), r"\bbut\b", re.I)
_NO_REASON = re.compile(r"\bno\s+(?:good\s+|real\s+)?reason\s+(?:why\s+|that\s+)?", re.I)
# What someone else must or should do ("should close", "needs to act", "must not be allowed"); not
# what they should have done (a reproach), the "must" of a conclusion ("must be a mistake"), nor
# what the speaker has to do ("we must confess"). (The word boundary first: the looks behind only
# where a word starts.)
_DEMAND = Gated(("should", "must", "ought", "need"),
                 r"\b(?<!\bi\s)(?<!n['’]t\s)(?<!\bnot\s)(?:should|ought\s+to|(?<!\bwe\s)(?:must|needs\s+to|needed\s+to))\s+"
                 r"(not\s+|never\s+)?(?:\w+ly\s+)?(?!have\b|be\s+(?:a|an|the|true|wrong|right)\b)[a-z]+\b", re.I)
# "we have got to act", "she's got to listen": a call to act, the speaker's side included
# (not "I've got to say", which only introduces what is said).
_GOT_TO = Gated(("got",), r"\b(?:has|have|['’]ve|['’]s)\s+got\s+to\s+(?!be\b|say\b|tell\b|admit\b|confess\b)[a-z]+", re.I)
_AGAINST = re.compile(r"\s+(?:(?:is|are|am|was|were|has\s+been|have\s+been|had\s+been)|['’](?:s|re|m))\s+(?:\w+ly\s+|"
                      r"also\s+|still\s+|now\s+)?against\b", re.I)
_TOO_TO = re.compile(r"\s+(?:is|are|am|was|were|['’]s)\s+(?:\w+\s+)?too\s+\w+\s+to\b", re.I)
# "had no intention of closing", "has no plans to": what will not be done.
_NO_INTENTION = re.compile(r"\bno\s+(?:intention|plans?|desire|wish|interest)\b", re.I)
_TO_NEXT = re.compile(r"\s+to\b", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|am|was|were|be|been|['’](?:s|re|m))\s+(?:\w+ly\s+)?$", re.I)
# "while certainly important, …": a concession's words are not the speaker's judgement.
_CONCESSION = re.compile(r"\b(?:while|although|though|even\s+if|despite)\b[^,;.]*", re.I)
_EVALUATIVE_ROWS = load_table("evaluative_words.tsv")
# Judging words by their first word: (the rest of a phrase after it, its polarity, whether it is a prefix).
_EVALUATIVE: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
_EVALUATIVE_PREFIXES: dict[str, str] = {}
for _entry, _polarity in _EVALUATIVE_ROWS:
    if _entry.endswith("*") and " " not in _entry:
        _EVALUATIVE_PREFIXES[_entry[:-1]] = _polarity
    else:
        _first, *_rest = _entry.rstrip("*").split()
        _EVALUATIVE.setdefault(_first, []).append((tuple(_rest), _polarity, _entry.endswith("*")))
_PREFIX_STARTS = tuple(_EVALUATIVE_PREFIXES)
_HYPHENATED_WORD = re.compile(r"\w+(?:-\w+)*")  # "old-fashioned" is one judging word
# What will be done, as a speaker says it: "will send advisers", "is planning to hire pilots".
_FUTURE = Gated(("ll", "would", "shall", "plan", "going", "about", "set", "preparing", "intend", "decided"),
                 r"\b(?:will|would|shall|['’]ll|(?:is|are|am|was|were)\s+(?:planning|going|about|set|preparing)\s+to|"
                 r"plans?\s+to|intends?\s+to|(?:has|have)\s+decided\s+to)\s+(?:also\s+|soon\s+|now\s+)?"
                 r"(?!not\b|be\b|have\b|likely\b)([a-z]+)\b", re.I)
# Acts of policy that a statement of what will be done announces, as opposed to a promise.
_DECISION_VERBS = frozenset(load_list("decision_verbs.txt"))
# "will appeal to younger voters" says whom something will draw, not that an appeal will be lodged.
_DRAWING_TO = re.compile(r"appeal\s+to\b", re.I)
# Where the main verb of a clause is, in characters after its subject.
_MAIN_VERB_REACH = 30
# "This is not a ban", "we do not have them": saying what is not so.
# ("you don't have to be a lawyer": what is not required, which denies nothing.)
# ("was not going to", "wasn't too worried": what someone does or feels, not what is so.)
_NOT_SO = re.compile(r"^(?:[\w’'-]+\s+){0,6}?(?:(?:(?:is|are|was|were)\s+(?:not|never)|(?:isn|aren|wasn|weren)['’]t|"
                     r"never\s+(?:was|were))\s+(?:a|an|the|any|our|their|his|her|its|true|correct|right|accurate|"
                     r"responsible|involved|guilty|aware|legal|illegal)|(?:do|does|did)\s+not\s+(?:have|need)|"
                     r"(?:don|doesn|didn)['’]t\s+(?:have|need))\b(?!\s+to\b)", re.I)
# "there was no proof", "there has been no Y": what there was not, and the words naming it.
# (A quotation may open on the "no": there has been “no unlawful sale”.)
_NONE_THERE = re.compile(r"^(?:[\w’'-]+\s+){0,6}?there\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+"
                         r"[“\"‘']?(?:no|never)|never\s+(?:was|were|has\s+been|have\s+been))\b((?:\s+[\w’'-]+){0,3})", re.I)
_ACCUSATIONS = frozenset(load_list("accusation_nouns.txt"))
# Finding fault with how another presents or handles a thing: "is overselling the gains". (Not a
# word describing a noun, "an exaggerated bow", nor a noun after a preposition, "a charge of
# mishandling files".)
# (The word boundary is tested first, as it rules out most places before the looks behind.)
_MISREPRESENTING_STEMS = tuple(stem.lower() for stem in load_list("misrepresenting_verbs.txt"))
_MISREPRESENTING = Gated(_MISREPRESENTING_STEMS,
                         rf"\b(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)"
                         rf"(?:{alternation(_MISREPRESENTING_STEMS)})[a-z]*\b", re.I)
# "we made errors", "I apologise", "we got it wrong": owning up is a claim, not opposition.
_ADMISSION = Gated(("mistake", "error", "blunder", "misjudg", "apologi", "sorry", "wrong", "responsibility", "fault"),
                    r"\b(?:i|we)\s+(?:(?:\w+ly|have|had|has|['’]ve|also|all|both)\s+)*"
                    r"(?:(?:made|make)\s+(?:[\w’'-]+\s+){0,3}?(?:mistakes?|errors?|blunders?|misjudgm?ents?)|"
                    r"apologi[sz]e|(?:am|are|was|were|['’]m|['’]re)\s+(?:\w+ly\s+)?sorry|got\s+(?:[\w’'-]+\s+){1,3}?wrong|"
                    r"(?:take|accept)\s+(?:full\s+)?responsibility)\b|\b(?:my|our)\s+(?:own\s+)?(?:fault|mistake|error)\b",
                    re.I)
# "we don't think the answer is to shut the port": a view held not, of what should be done.
_OPINION_NOT_HELD = re.compile(r"^(?:[\w’'-]+\s+){0,3}?(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+"
                               r"(?:\w+ly\s+)?(?:think|believe|feel|agree|accept)\b", re.I)
# "the answer is to close the harbour": a proposal named as what should be done.
_PROPOSAL = re.compile(r"\b(?:answer|solution|response|remedy|way\s+forward|fix)\s+(?:is|was|should\s+be|would\s+be|"
                       r"['’]s)\s+(?:to|for)\b", re.I)
# "the answer is to build more berths", "the only real way of cutting queues is through fees": a
# remedy named, which the speaker favours; "the answer is not more paperwork": one rejected. (Not
# "the answer is that …", which only states something.)
_REMEDY = Gated(("answer", "solution", "remedy", "way", "means", "option"),
                 r"\b(?:answer|solution|remedy|way\s+forward|(?:only|best|right|real|realistic|sensible)\s+"
                 r"(?:[\w-]+\s+)?(?:way|means|option))(?:\s+(?:of|to|for)\s+[^,;.]{1,60}?)?\s+(?:is|was|should\s+be|"
                 r"would\s+be|['’]s|(not|isn['’]t|wasn['’]t))\s+(not\s+)?(?:(?:yet|simply|just)\s+)?"
                 r"(?:to|through|by|more|fewer|less|higher|lower)\b", re.I)
_CONDITIONAL = Gated(("if", "unless", "should"), _CONDITION.pattern, _CONDITION.flags)
# "may result in", "could lead to": what may happen is a warning.
_POSSIBILITY = Gated(("may", "might", "could"),
                      r"\b(?:may|might|could)\s+(?:\w+ly\s+)?(?:result|lead|affect|cause|harm|hurt|threaten|"
                      r"endanger|damage|undermine)\b", re.I)
# Verbs that govern another ("refused to sign"): how they change the polarity of the governed verb.
_REFUSING = ("refus",)
_NEGATING = ("declin", "fail", "neglect", "hesitat")
_DECLINING = ("declin",)
_COMMITTING = ("vow", "promis", "pledg", "agre", "commit", "swor", "swear", "want", "hope", "seek", "sought",
               "plan", "intend", "aim", "wish", "tried", "try", "tries", "push", "campaign", "fight", "fought",
               "work", "offer", "decid", "resolv", "prepar", "move", "sign")
_THREATENING = ("threat",)
# Verbs of committing to an act that decide it ("plans to back the bill" still favours the bill).
_DECIDING = ("decid", "resolv", "plan", "prepar")
_GOVERNED = re.compile(r"\s+(?:(never|not)\s+)?to\s+(?:(?:\w+ly)\s+)?([a-z]+)\b")
_VOTE_SIDE = re.compile(r"\s+(for|against|in\s+favou?r\s+of)\b")
_STOPPED_SHORT = re.compile(r"\s+short\s+of\s+([a-z]+ing)\b")
_BACKING_OFF = re.compile(r"\s+(?:away|down|off|out)\b")
# Taking back one's own support or words.
_WITHDRAWING = re.compile(r"\s+(?:(?:his|her|its|their|our|the)\s+)?(?:support|backing|endorsement)\b", re.I)
_WITHDRAW_VERBS = frozenset("withdrew withdraw withdraws withdrawn withdrawing".split())
_DISMISSED = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:reports?|claims?|allegations?|accusations?|suggestions?|"
                        r"criticism|charges?|ideas?|notion|rumou?rs?|speculation|concerns?|calls?)\b|\s.{0,80}?\bas\s+",
                        re.I)
_SOMEONE_AS = re.compile(r"\s+(?:him|her|them|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+as\s+")
_ATTACK_VERBS = frozenset("attack attacks attacked attacking".split())
# (An attack on what someone holds is made of words too: "attacked what she called a giveaway".)
_VERBAL_ATTACK = re.compile(r"\s+(?:what\b|(?:[\w’'.-]+\s+){1,6}?(?:as|for|over)\b)", re.I)
_DISMISS_VERBS = frozenset("dismiss dismissed dismisses dismissing".split())
# The verbs of voicing are those stance_verbs.tsv lists; what they voice leans as the noun does.
_VOICING_VERBS = frozenset(w for w in STANCE_POLARITY if w.startswith(("express", "voic")))
_VOICED = {noun: polarity for noun, polarity in load_table("voiced_nouns.tsv")}
# The noun voiced, after a possessive and adjectives: "voiced its deep concern".
_VOICED_NOUN = re.compile(r"\s+(?:(?:its|his|her|their|our|my|your|the|a|an|some|serious|deep|grave|strong|great|"
                          r"full|growing|renewed|cautious|sincere|heartfelt|\w+ly)\s+){0,3}(\w+)\b", re.I)


_THAT_NEXT = re.compile(r"\s+(?:\w+ly\s+)?that\b", re.I)


def _governed_polarity(frame: str, word: str, verb_end: int, end: int, negated: bool) -> tuple[str | None, int | None]:
    """The polarity of a stance verb with what it governs, and where a governed verb starts."""
    polarity = STANCE_POLARITY.get(word, "action")
    if word in _WITHDRAW_VERBS:
        # ("withdrew from the race", "withdrew the bill": a decision.)
        return (None if negated else "oppose" if _WITHDRAWING.match(frame, verb_end, end) else "action"), None
    if word in _ATTACK_VERBS and _VERBAL_ATTACK.match(frame, verb_end, end):
        return (None if negated else "oppose"), None  # "attacked the minister as weak": words, not arms
    if word in _VOICING_VERBS:
        voiced = _VOICED_NOUN.match(frame, verb_end, end)
        found = _VOICED.get(voiced.group(1).lower()) if voiced else None
        return (None if negated or found is None else found), None
    if word in _DISMISS_VERBS:
        if negated or not _DISMISSED.match(frame, verb_end, end):
            return None, None
        # ("dismissed the claims as lies" denies them; "dismissed Roe as a lightweight" judges her.)
        return ("oppose" if _SOMEONE_AS.match(frame, verb_end, end) else "deny"), None
    if word.startswith("back") and _BACKING_OFF.match(frame, verb_end, end):
        return None, None  # "backed away from the plan", "backed down": support taken back
    if word.startswith(("agree", "concur")) and _THAT_NEXT.match(frame, verb_end, end):
        # "agreed that the port has little power": what is agreed is asserted, a claim; "agreed to the
        # contract" accepts a thing, and favours it. (Not agreeing that … denies it, or only doubts it.)
        return (None if negated else "claim"), None
    short = _STOPPED_SHORT.match(frame, verb_end, end) if word.startswith("stop") else None
    if short:
        return None, short.start(1)
    governed = _GOVERNED.match(frame, verb_end, end)
    if governed and (governed.group(2) not in FUNCTION_WORDS or governed.group(2) in SPEECH_VERBS):
        inner_negated = governed.group(1) is not None
        # ("declined to comment": a verb of saying governed is a claim, not an act.)
        inner = _polar(STANCE_POLARITY.get(governed.group(2), "claim" if governed.group(2) in SPEECH_VERBS else "action")
                       ).replace("event", "action")
        side = _VOTE_SIDE.match(frame, governed.end(), end) if governed.group(2) == "vote" else None
        if side:
            # "plans to vote against the fees": a vote still to come takes a side, it decides nothing
            # yet (a vote cast, "voted against", is a body's decision).
            inner = "oppose" if side.group(1) == "against" else "support"
        if word.startswith(_REFUSING):
            # ("refused to say whether …" is silence, not opposition.)
            outcome = None if inner in ("oppose", "deny", "claim") else "oppose"
        elif word.startswith(_DECLINING) and inner == "action":
            outcome = "action"  # "declined to overturn the ruling": deciding not to act is a decision
        elif word.startswith(_NEGATING):
            outcome = _negate(inner)
        elif word.startswith(_THREATENING):
            outcome = "claim"
        elif word.startswith(_DECIDING) and not inner_negated and inner in ("action", "claim"):
            outcome = "action"  # "decided to close the port", "plans to sell the ferry": a decision taken
        elif word.startswith(_COMMITTING):
            if inner_negated:
                outcome = None if inner in ("oppose", "deny") else "oppose"
            else:
                outcome = inner if inner in ("oppose", "deny") else "support"
        else:
            outcome = _polar(polarity)
        if negated:
            outcome = _negate(outcome) if outcome is not None else None
        return outcome, governed.start(2)
    polarity = _polar(polarity)
    if polarity == "event":
        return None, None  # meeting, visiting, winning: what happened, not what anyone holds
    return (_negate(polarity) if negated else polarity), None


def _negate(polarity: str | None) -> str | None:
    """The polarity of "not …": not supporting is opposing; not opposing, denying or doing is none
    of the others, so it gives no position."""
    return "oppose" if polarity == "support" else None


def _polar(polarity: str) -> str:
    # A verb the lists do not know ("sign", "negotiate") is an act; "event" stays one: no stance.
    return polarity if polarity in ("support", "oppose", "deny", "claim", "event") else "action"


# The speaker's own worry or fear, opening what they say.
_WORRIED = re.compile(r"(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:[a-z]+ly\s+|so\s+|very\s+|still\s+)*(?:worried|concerned|"
                      r"afraid|scared|fearful|anxious)\b", re.I)


def content_polarity(content: str, side: frozenset[str] = frozenset(), own: bool = True) -> str:
    """The polarity of what a speaker says: a denial when it calls something untrue or says what is
    not so ("this is not a ban"); a warning, which counts as a claim, when it sets a condition
    ("would strike if …") or says what may happen, and a question is a claim too; the stance of the
    main verb group when the speaker is its subject ("she would not support it"); a decision when it
    says what will be done ("will send advisers"), a promise when it says what else will be; a
    reproach when it says what should not have been done; else the judgement its words pass ("the
    plan is dangerous"; in "A, but B" the judgement of B); else a claim. A statement about someone
    else's stance ("the mayor did not support it") is the speaker's claim, not their stance. `side`
    holds the words naming the body the speaker speaks for: a spokesman's "the board will review
    the case" is a promise. `own` is false when the content's "he" or "she" is someone else: what that
    person did or will do ("she said he would appoint …", "said he refused to leave") is the speaker's
    claim about them."""
    if content.rstrip(" .”\"'’").endswith("?"):
        return "claim"  # a question denies nothing, whatever its words
    # ("“Our board …", "[w]e never agreed …": the quotation mark and the editor's brackets are no words.)
    if "[" in content:
        content = _EDITED_LETTER.sub(r"\1", content)
    content = content.lstrip(" \"“‘'([")
    # ("once the session ends, “I intend to help”": a clause of time says when, the rest what.)
    content = _TIME_CLAUSE.sub("", content)
    low = folded(content)
    false = _FALSE.search(content, low)
    if false and _WISH_BEFORE.search(content, 0, false.start()):
        return "support"  # "I hope the rumour is untrue": a hope, which denies nothing
    if false or _NOT_SO.search(content) and not _CORRECTION.search(content, low):
        return "deny"
    none_there = _NONE_THERE.search(content)
    if none_there and _NO_REASON.search(content, none_there.start(), none_there.end()):
        none_there = None  # "there is no reason why they should …": what should be, asked or refused, below
    if none_there:
        # Denying what an accusation says there was; else what a witness saw there was not.
        named = {w.lower()[:len(w) - cut] for w in _WORD.findall(none_there.group(1)) for cut in (0, 1, 2)}
        return "deny" if named & _ACCUSATIONS else "claim"
    if _ADMISSION.search(content, low):
        return "claim"  # an apology or an error owned: what the words for the error judge is the speaker's own act
    if _WORRIED.match(content):
        return "claim"  # "I'm worried the crews will stay home": a warning, whatever harm it names
    not_held = _OPINION_NOT_HELD.match(content)
    if not_held:
        # Not thinking something should be done, or is good, opposes it; not thinking something is
        # so is a claim whatever else its words judge.
        rest = content[not_held.end():]
        demand = _DEMAND.search(rest, folded(rest))
        if demand:
            return "support" if demand.group(1) else "oppose"
        return "oppose" if _PROPOSAL.search(rest) or _judgement(rest) == "support" else "claim"
    remedy = _REMEDY.search(content, low)
    if remedy and not _NEGATION.search(content, 0, remedy.start()):
        # (A negation before it, "nobody says the answer is to …", leaves the remedy unnamed.)
        return "oppose" if remedy.group(1) or remedy.group(2) else "support"
    misrepresenting = _MISREPRESENTING.search(content, low)
    if misrepresenting and not _NEGATION.search(content, 0, misrepresenting.start()):
        # "the mayor is overselling the gains": a fault found with another's act. Speakers owning
        # it ("we overstated the gains") admit it, a claim.
        return "claim" if _FIRST_PERSON.match(content) else "oppose"
    if _NOT_REQUIRED.search(content, low):
        return "claim"  # "she does not need to attend": what is not required, neither denied nor opposed
    if _CONCLUSION.search(content, low):
        return "claim"  # "the total must be a typo": what the speaker concludes, not what should be
    opening = _OPENING_PARTICIPLE.match(content)
    if opening and STANCE_POLARITY.get(opening.group(1).lower()) in ("support", "oppose", "deny") \
            and not _GERUND_SUBJECT.match(content):
        # "…, she said, rejecting the charges": the speaker's own second verb, which has the say.
        return STANCE_POLARITY[opening.group(1).lower()]
    if _CORRECTION.search(content, low):
        return "claim"  # "not X, but Y": which way Y leans, its words alone do not tell
    if _REPROACH.search(content, low):
        return "oppose"  # "should never have been given": what should not have been done
    if _CONDITIONAL.search(content, low) or _POSSIBILITY.search(content, low):
        return "claim"
    demand = _DEMAND.search(content, low, 0, _MAIN_VERB_REACH * 3)
    if demand and demand.group().lower().startswith("needed") and (
            _VERB_WITH_OBJECT.search(content, 0, demand.start())):
        demand = None  # "lacks the votes needed to pass it": a participle after the clause's own verb
    if demand:
        # "the council should close the dock": a call to act, which the holder favours; "should
        # not be allowed": one against. Seeing no reason for it turns it round: "no reason why
        # the ferry should not sail" asks for it to sail.
        return "oppose" if bool(demand.group(1)) != bool(_NO_REASON.search(content, 0, demand.start())) else "support"
    if _GOT_TO.search(content, low, 0, _MAIN_VERB_REACH * 3):
        return "support"
    not_held_to_be = _NOT_BEING.search(content, low, 0, _MAIN_VERB_REACH * 3)
    if not_held_to_be and (_judgement(not_held_to_be.group(1)) == "oppose" or not_held_to_be.group(1).lower() in _LABELS):
        return "deny"  # "I am not reckless", "we are not liars": a charge rejected
    own = _OWN_SUBJECT.match(content) if own else None
    if own is None and side:
        named = _DEFINITE_SUBJECT.match(content)
        own = named if named and named.group(1).lower() in side else None
    if own:
        if _AGAINST.match(content, own.end()):
            return "oppose"  # "she was against the plan"
        if _TOO_TO.match(content, own.end()):
            return "claim"  # "it was too early to back the plan": not yet, and not against
        verb = STANCE.first(content, own.end(), own.end() + _MAIN_VERB_REACH)
        if verb is not None and not is_finite(content, verb.start(), own.end()):
            verb = None  # "she had the plan in hand": a noun
        word = verb.group().lower() if verb is not None else ""
        if verb is not None and _COPULA_BEFORE.search(content, own.end(), verb.start()) \
                and not word.endswith(("ed", "ing")):
            verb = None  # "he is open to talks": after "is", a word the verb lists know is an adjective
        if verb is not None and _hard_to_do(content, verb.start(), verb.end(), own.end()):
            verb = None
        if verb is not None and word.endswith("ed") and STANCE_POLARITY.get(word) in ("oppose", "deny") \
                and _PASSIVE_AUXILIARY.search(content, own.end(), verb.start()) and not _TO_NEXT.match(content, verb.end()):
            verb = None  # "he was denied a seat": what others refused him, not his denial ("is opposed to" is his)
        if verb is not None and not (word in SPEECH_VERBS and STANCE_POLARITY.get(word, "claim") == "claim"):
            # ("we were not willing to back it": a negation anywhere before the verb counts, and so
            # does "regretted supporting it".)
            polarity, _ = _governed_polarity(content, word, verb.end(), len(content),
                                             bool(_NEGATION.search(content, own.end(), verb.start())
                                                  or _NO_INTENTION.search(content, own.end(), verb.start())
                                                  or _STOPPING_BEFORE.search(content, own.end(), verb.start())))
            if polarity == "support" and _NONE_OF_IT.match(content, verb.end()):
                return "oppose"  # "we want nothing to do with the sale", "she backs none of them"
            if polarity in ("support", "oppose", "deny", "action"):
                return polarity
        not_done = _NOT_DONE.match(content, own.end())
        deed = not_done.group(1).lower() if not_done else ""
        if deed and own.group().lower() in ("i", "we", "he", "she") and deed not in _NOT_DONE_EXCEPT \
                and STANCE_POLARITY.get(deed) not in ("support", "oppose", "deny", "claim"):
            return "deny"  # "I did not send the files", "we have never taken a fee"
    future = _FUTURE.search(content, low, 0, _MAIN_VERB_REACH * 8)
    if future and not _NEGATION.search(content, 0, future.end()) and not _NO_BEFORE.search(content, 0, future.start()) \
            and future.group(1).lower() not in SPEECH_VERBS - _GOING_ON:  # ("we would expect …", "will say": no act)
        # ("I think the union will win": the one who will act is someone the speaker speaks of.)
        own_future = own is not None and not _OTHER_SUBJECT.search(content, own.end(), future.start())
        if future.group(1).lower() in _DECISION_VERBS and not _DRAWING_TO.match(content, future.start(1)) \
                and (own_future or _acting_body(content, future.start())):
            return "action"
        if own_future and own.group().lower() not in ("it", "they"):
            return "support"  # "we will look into it": a promise ("it will harm …" promises nothing)
    # "welcome, but not at this price": what comes after "but" is the point; when its words do not
    # judge, the whole is no plain support or opposition.
    # ("confirmed the story that the board lost a file which made him look careless": what a clause of
    # "which", "who" or "where" says describes its noun; it is not the judgement the holder passes.)
    # (An aside between dashes, "the slogan — itself a reply to theirs — was weak", says something
    # of its own, often in others' words, and passes no judgement of the speaker's.)
    content = _DASH_ASIDE.sub(" ", _DESCRIBING_CLAUSE.sub("", content, low))
    contrast = _BUT.search(content, folded(content))
    if contrast:
        return _judgement(content[contrast.end():]) or "claim"
    return _judgement(content) or "claim"


_DESCRIBING_CLAUSE = Gated(("which", "who", "where"),
                            r"(?<=\w)(?:,\s+|\s+)(?:which|who|whom|whose|where)\b[^,;:.!?“”\"]*", re.I)


# "we will continue the search": a verb of saying only in "she continued, …"; after "will" it goes on acting.
_GOING_ON = frozenset({"continue"})
_NONE_OF_IT = re.compile(r"\s+(?:no|none|nothing)\b", re.I)
# "I am not reckless", "we are not a cartel": the word the speaker says they are not.
_NOT_BEING = Gated(("not",),
                    r"\b(?:i|we)\s*(?:am|['’]m|are|['’]re|was|were)\s+not\s+(?:a\s+|an\s+)?([\w-]+)\b", re.I)
# What the speaker says was never done: "did not send", "have never taken", "hadn't met".
_NOT_DONE = re.compile(r"\s+(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|(?:have|has|had|['’]ve)\s+never|never)\s+"
                       r"(?:\w+ly\s+)?([a-z]+)\b", re.I)
# Verbs whose "not" tells of a state of mind or a plan, not a deed denied.
_NOT_DONE_EXCEPT = _COGNITION | frozenset("know think believe feel expect want wish hope plan intend mean decide see "
                                          "hear say said tell told like care need have be been go get recognize "
                                          "recognise recall remember notice realize realise".split())
# A subject of its own between the speaker's and the verb: "I think he will …", "we know that the plan will …".
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|it|you|that|the|this|these|those|[A-Z][\w’'-]*)\b")
# Who can decide: a body, or the speakers themselves.
_ACTING_HEADS = frozenset(load_list("body_nouns.txt")) | {"we"}
_SUBJECT_HEAD = re.compile(r"([\w’'-]+)\s*$")
_WORD_BEFORE_HEAD = re.compile(r"([A-Z][a-z]+)\s+$")


def _acting_body(content: str, modal_start: int) -> bool:
    """Whether the subject right before the modal at `modal_start` names who can decide: a body
    ("the city will send …") or a name ("Valmora will send …"), not a thing or a crowd whose future
    is predicted ("the new fees will drive boats away", "the crews will give him a hearing")."""
    head = _SUBJECT_HEAD.search(content, 0, modal_start)
    if head is None:
        return False
    # ("Jane Roe will build the wall": a person the speaker predicts of, not a body that decides.)
    first = _WORD_BEFORE_HEAD.search(content, 0, head.start(1))
    return (head.group(1)[:1].isupper() and not (first and first.group(1) in FIRST_NAME_GENDER)) \
        or head.group(1).lower() in _ACTING_HEADS


@lru_cache(maxsize=4096)  # (the polarity checks of one stance ask it of the same words again)
def _judgement(content: str) -> str | None:
    """The polarity of the first judging word of `content`; a negation just before it takes a
    favourable one to unfavourable, and an unfavourable one to no judgement at all; one further
    back leaves no judgement either."""
    return next(_judgements(content), None)


def _judgements(content: str):
    """The polarities of the judging words of `content`, in order, each read with a negation just
    before it; None for an unfavourable word negated."""
    conceded = [(m.start(), m.end()) for m in _CONCESSION.finditer(content)]
    words = [(m.start(), m.group().lower()) for m in _HYPHENATED_WORD.finditer(content)
             if not any(start <= m.start() < end for start, end in conceded)]
    for i, (start, word) in enumerate(words):
        polarity = None
        for rest, entry_polarity, prefix in _EVALUATIVE.get(word, ()):
            following = tuple(w for _, w in words[i + 1:i + 1 + len(rest)])
            if following[:-1] == rest[:-1] and following and (
                    following[-1] == rest[-1] or prefix and following[-1].startswith(rest[-1])) or not rest:
                polarity = entry_polarity
                break
        if polarity is None and word.startswith(_PREFIX_STARTS):
            polarity = next(p for prefix, p in _EVALUATIVE_PREFIXES.items() if word.startswith(prefix))
        if polarity is None:
            continue
        if _NEGATION.search(content, max(0, start - 12), start):
            yield "oppose" if polarity == "support" else None
        elif _NEGATION.search(content, 0, start):
            # "I'm not certain we truly deserve it": a negation further back may bear on the word or
            # not; which, the words alone do not tell.
            yield None
        else:
            yield polarity
