"""Positions: what each actor claims, wants, denies, opposes or does, in the article's own words.

A position comes from a reporting or stance verb whose subject is an actor, or from a quote whose
speaker is known. The stance is the verb's clause cut at the next clause boundary: for reporting
verbs only the reported content ("said he was in favor of dialogue" gives "was in favor of
dialogue"), for other verbs the verb with what governs it and what follows ("did not agree to the
contract", "refused to sign the deal"). Passives are turned round to their agent.

The polarity is read from the whole verb group, never from the verb alone: negation, contracted
or not ("did not support", "doesn't want to": oppose), the verbs that govern another ("refused to
sign": oppose; "vowed never to negotiate": oppose; "declined to overturn": a decision) and
conditions ("would strike if …": a claim). A reading that would turn a stance round ("did not
condemn", "stopped short of endorsing") gives no position at all, and neither does what someone
could or might do: a missing position misleads no one, an inverted one does. A stance is a whole
proposition of its holder: never a clause cut before its main clause, a noun phrase without a
verb, a participle describing a noun, an agentless passive or an outcome ("holds a lead"); a name
given keeps its verb ("called the plan “a disaster”"). Every position carries a confidence from its
evidence, and those below `MIN_CONFIDENCE` are left out; so is a position that another of the same
actor already states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Entity
from .attribution import CONFIDENCE as ATTRIBUTION_CONFIDENCE
from .attribution import Attributed
from .clauses import antecedent, cue_verbs, is_finite, subject_before
from .discourse import Reading
from ..data import load_list, load_table
from .lexicon import (FINITE_AUXILIARIES, FUNCTION_WORDS, REFLEXIVES, SPEECH, SPEECH_VERBS, STANCE, STANCE_POLARITY,
                      alternation)
from .stance_confidence import Shape, shape_of
from .stance_form import reads_whole
from .text import MASKS, sentence_stop, strip_time_expressions

# Verbs of thinking that the list of reporting verbs holds too: what someone thinks is not what they said.
_COGNITION = frozenset("believed thought knew felt hoped feared understood realized realised assumed supposed "
                       "guessed suspected expected figured imagined doubted".split())
# Single-word reporting verbs, longest first so that "stating" is not read as "stat…".
_REPORTING_FORMS = "|".join(sorted((w for w in SPEECH_VERBS if " " not in w
                                    and w.endswith(("s", "ed", "ing", "id", "ote", "old", "ound", "ught"))),
                             key=len, reverse=True))
_CLAUSE_END = re.compile(
    r"\s*(?:[;:—–]|,\s+(?:but|which|who|while|whereas|although|as|adding|saying|according|where|"
    r"(?:in|of|for|by|under|through|during|after|with) which)\b"
    r"|\s+but\b|,?\s+and\s+(?:that\s+|then\s+)?(?=(?:\w+ly\s+)?(?:has|have|had|is|was|were|will|would|said|told|"
    r"(?:say|warn|argue|insist|add|note|contend|claim|predict)\s+that|"
    r"[a-z]+ed|[a-z]+s)\b(?!\s+(?:of|and|in|to)\b))"
    # "Roe backed the deal and Lund, as usual, fought it", "backed the plan, and the old quarrel …
    # kept him away": "and" opening a clause with a subject of its own.
    r"|\s+and\s+(?=(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s+(?:as|like|unlike|despite|though|although|meanwhile|"
    r"however|in\s+turn)\b)|,\s+and\s+(?=(?:the|a|an|his|her|their|its|this|these|those)\s)"
    # "…, with Roe stating": a clause of its own.
    r"|,\s+with\s+[^,;]{1,60}?\s+[a-z]+ing\b"
    # The speaker's own reporting clause after the content: ", he replied"; or a participle
    # opening what is said next: ", stating that …" (", reminding voters of …" goes on).
    rf"|,\s+(?:he|she|they|it|we|I|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:{_REPORTING_FORMS})\b"
    # ", two union officials said.": a reporting clause of a few words closing the sentence.
    r"|,\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|say|told|added|wrote)(?=\s*(?:[.;]|$))"
    rf"|,\s+(?:{_REPORTING_FORMS})(?=,?\s+(?:that\b|[“\"{MASKS}])))")
# What a reporting verb puts between itself and the reported content: where it was said, "that".
_REPORT_OPENING = re.compile(r"(?:\s*(?:on|at|in|into|during|to)\s+[^,;]{1,40}?(?=\s+that\b))?\s*,?\s*(?:that\s+)?")
# After "told", also to whom: "told reporters the plan was dead".
_TOLD_OPENING = re.compile(
    r"(?:\s*(?:on|at|in|during|to)\s+[^,;]{1,40}?(?=\s+that\b))?"
    r"(?:\s+(?:reporters|journalists|a news conference|a press conference|the [\w\s]{1,30}?|him|her|them|us|me|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?=\s+(?:that|he|she|they|it|the|a|an)\b))?"
    r"\s*,?\s*(?:that\s+)?")
_THAT = re.compile(r"^that\s+", re.I)
_LEADING_ADVERB = re.compile(r"^(?:[a-z]+ly\s+)+")
# What others said, as the object of a reporting verb: "rebutted claims that …", "addressed reports of …".
_OTHERS_WORDS = re.compile(r"(?:(?:the|these|those|such|recent|earlier)\s+)?(?:claims?|reports?|allegations?|"
                           r"accusations?|suggestions?|rumou?rs?|criticism|charges?|speculation|questions?)\s+"
                           r"(?:that|of|about|over)\b", re.I)
_CIRCUMSTANCE_OPENERS = frozenset({"at", "in", "on", "during", "after", "before", "outside", "inside", "near",
                                   "from", "by", "with", "while", "when", "as", "to", "of", "for", "about",
                                   "into", "onto", "through", "across", "via",
                                   "without", "within", "toward", "towards", "against", "out", "up", "off"})
_TELL_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "assured", "remind", "reminds", "reminded",
                         "reminding"})
# A person speaking of themselves ("said he would resign"); "it" and "they" are others.
_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|we)\s+(?=\w)(?!(?:and|or|nor)\b)", re.I)
# A body or a group speaking of itself.
_COLLECTIVE_PRONOUN = re.compile(r"^(?:it|they)\s+(?=\w)", re.I)
# Content a speaker gives as their own: its subject is the speaker ("he would not …", "we will …")
# or the side the speaker speaks for ("his union has backed …").
_OWN_SUBJECT = re.compile(r"^(?:he|she|they|we|i|it|(?:our|my|his|her|their|its)\s+(?:party|government|administration|"
                          r"campaign|country|ministry|department|office|organi[sz]ation|company|union|group|team|"
                          r"movement|coalition|side))\b", re.I)
# What a phrasal reporting verb leaves before its content ("pointed out that …", "countered with, …").
_PARTICLE = re.compile(r"^(?:(?:out|up|off|back|on|down)\s+that\s+|with\s*[,:]\s*)", re.I)
# A proposition has a verb; "told reporters about his trip" reports no content.
_VERB_SIGN = re.compile(r"\b(?:is|are|was|were|am|be|been|being|has|have|had|will|would|shall|should|can|could|may|"
                        r"might|must|do|does|did|[a-z]{2,}ed|[a-z]+n['’]t)\b|['’](?:s|re|ll|ve|d|m)\b", re.I)
_POSSESSIVE = re.compile(r"\b(\w+)['’]s\b")
_S_PRONOUNS = frozenset("it that he she there what who here where this everything nothing everyone someone let".split())
_DETERMINED_PARTICIPLE = re.compile(r"\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your)\s+[a-z]{2,}ed\b",
                                    re.I)
# A verb in the present after its subject: "the odds … comes out to", "the plan needs more".
_PRESENT_VERB = re.compile(r"\b(?!(?:odds|news|means|series|species|politics|economics)\b)[a-z]{3,}[^s\W]s\s+"
                           r"(?:out|up|down|off|that|more|less|the|a|an|no|any)\b")
_QUESTION = re.compile(r"^(?:whether|if|why|how|what|who|whom|when|where|which)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|should\s+\w+\s+(?:fail|refuse|not))\b", re.I)
_FALSE = re.compile(r"\b(?:not true|untrue|false|baseless|groundless|unfounded|fabricat\w*|fake|nonsense|"
                    r"a lie|lies|lying|inaccurate|incorrect)\b", re.I)
# Content that opens by reporting what someone else said: "Lund emphasized that …", "He said he …".
# Only a past verb of saying reports words spoken: "he knows the plan is dead" and "Roe says what voters
# think" are the speaker's own judgement of someone. (The speaker's own "I'm told …" is theirs.)
_SAID_FORMS = "|".join(sorted((w for w in SPEECH_VERBS if " " not in w and w.endswith(("ed", "id", "ote", "old"))
                               and w not in _COGNITION), key=len, reverse=True))
_NESTED_REPORT = re.compile(rf"[\"“‘'(]*(?!(?:I|We)(?:['’]\w+)?\s)(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}|(?:he|she|they)\s+)"
                            rf"(?:\w+ly\s+)?(?:{_SAID_FORMS})\b")
# "the board will …": a body named by its head noun, as its spokesman names it.
_DEFINITE_SUBJECT = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)*?([\w’'-]+)(?=\s+(?:will|would|has|have|had|is|are|was|"
                               r"were|plans|intends|does|did)\b)")
# Words that grant a point before "but" makes another: "grounds to sue them, but …".
_CONCEDED = re.compile(r"\b(?:reasons?\s+to|grounds\s+to|of\s+course|certainly|admittedly|granted|to\s+be\s+sure|"
                       r"understands?|understood|sympathi[sz]e[sd]?|may|might)\b", re.I)
_BUT_NEXT = re.compile(r",?\s+but\b", re.I)
_BUT_ONLY = re.compile(r",?\s+but\s+only\b", re.I)
_VERB_WITH_OBJECT = re.compile(r"\b(?:has|have|had|[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\s+[“\"‘']?(?:the|a|an|no|any|enough|all)\b")
# Content opening on a participle with no subject of its own: "rejecting the charges", "trusting that …".
_OPENING_PARTICIPLE = re.compile(r"([A-Za-z]+ing)\b")
# ("backing the bill was a mistake": a participle before "was" is the subject's.)
_GERUND_SUBJECT = re.compile(r"[A-Za-z]+ing\s+(?:(?!that\b)[\w’'-]+,?\s+){0,5}?(?:is|are|was|were|has|have|will|would)\b", re.I)
# "hope the photos are doctored and untrue", "wish it were untrue": what is hoped for is not yet said to be false.
_WISH_BEFORE = re.compile(r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|pray|prays|prayed)\b", re.I)
_NOT_REQUIRED = re.compile(r"\b(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+(?:have|need)\s+to\b", re.I)
# "must be a typo", "can't be right": a conclusion drawn, not a call to act ("must be stopped").
_CONCLUSION = re.compile(r"\b(?:must|cannot|can['’]t|could\s+not|couldn['’]t)\s+(?:\w+ly\s+)?be\s+(?:a|an|the|some|"
                         r"true|right|wrong|mistaken|correct|real|joking|kidding)\b", re.I)
# "[w]e": a letter an editor changed, in brackets.
_EDITED_LETTER = re.compile(r"\[(\w)\]")
# "is not a threat, but a promise": what is not so is corrected, not denied.
_CORRECTION = re.compile(r"\b(?:not|never|no)\b[^.;!?]{1,80}?,?\s+but\s", re.I)
# "should never have been released", "ought to have closed it": a reproach for what was done.
_REPROACH = re.compile(r"\b(?:should|ought\s+to)\s+(?:not\s+|never\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne)\b", re.I)
# "there is no chance she will withdraw": what will not happen is no decision or promise.
_NO_BEFORE = re.compile(r"\b(?:no|nobody|nothing|none)\b", re.I)
_BUT = re.compile(r"\bbut\b", re.I)
# What someone else must or should do ("should close", "needs to act", "must not be allowed"); not
# what they should have done (a reproach), the "must" of a conclusion ("must be a mistake"), nor
# what the speaker has to do ("we must confess").
_DEMAND = re.compile(r"(?<!\bi\s)(?<!\bwe\s)(?<!n['’]t\s)(?<!\bnot\s)\b(?:should|must|ought\s+to|needs\s+to|needed\s+to)\s+"
                     r"(not\s+|never\s+)?(?:\w+ly\s+)?(?!have\b|be\s+(?:a|an|the|true|wrong|right)\b)[a-z]+\b", re.I)
# "we have got to act", "she's got to listen": a call to act, the speaker's side included
# (not "I've got to say", which only introduces what is said).
_GOT_TO = re.compile(r"\b(?:has|have|['’]ve|['’]s)\s+got\s+to\s+(?!be\b|say\b|tell\b|admit\b|confess\b)[a-z]+", re.I)
_AGAINST = re.compile(r"\s+(?:(?:is|are|am|was|were|has\s+been|have\s+been|had\s+been)|['’](?:s|re|m))\s+(?:\w+ly\s+|"
                      r"also\s+|still\s+|now\s+)?against\b", re.I)
_TOO_TO = re.compile(r"\s+(?:is|are|am|was|were|['’]s)\s+(?:\w+\s+)?too\s+\w+\s+to\b", re.I)
# "had no intention of closing", "has no plans to": what will not be done.
_NO_INTENTION = re.compile(r"\bno\s+(?:intention|plans?|desire|wish|interest)\b", re.I)
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
# What will be done, as a speaker says it: "will send advisers", "is planning to dispatch teams".
_FUTURE = re.compile(r"\b(?:will|would|shall|['’]ll|(?:is|are|am|was|were)\s+(?:planning|going|about|set|preparing)\s+to|"
                     r"plans?\s+to|intends?\s+to|(?:has|have)\s+decided\s+to)\s+(?:also\s+|soon\s+|now\s+)?"
                     r"(?!not\b|be\b|have\b|likely\b)([a-z]+)\b", re.I)
# Verbs that are acts only with certain objects, by form: the objects.
_ACT_OBJECTS = {form: frozenset(objects.split()) for forms, objects in load_table("act_objects.tsv")
                for form in forms.split()}
_OBJECT_REACH = 6  # words after the verb in which its object is looked for
# Acts of policy that a statement of what will be done announces, as opposed to a promise.
_DECISION_VERBS = frozenset(load_list("decision_verbs.txt"))
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
_MISREPRESENTING = re.compile(rf"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)"
                              rf"\b(?:{'|'.join(load_list('misrepresenting_verbs.txt'))})[a-z]*\b", re.I)
# "we made errors", "I apologise", "we got it wrong": owning up is a claim, not opposition.
_ADMISSION = re.compile(r"\b(?:i|we)\s+(?:(?:\w+ly|have|had|has|['’]ve|also|all|both)\s+)*"
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
# "may result in", "could lead to": what may happen is a warning.
_POSSIBILITY = re.compile(r"\b(?:may|might|could)\s+(?:\w+ly\s+)?(?:result|lead|affect|cause|harm|hurt|threaten|"
                          r"endanger|damage|undermine)\b", re.I)
# Words of a verb group before its verb: auxiliaries, modals, negation and adverbs.
_GROUP_WORD = re.compile(
    r"(?:not|never|no|longer|n['’]t|\w+n['’]t|do|does|did|has|have|had|will|would|shall|should|can|could|may|might|"
    r"must|is|are|was|were|be|been|being|also|still|yet|even|ever|already|again|now|then|just|\w+ly)$", re.I)
# A word of a verb group with its contraction: "doesn't" is one, not "doesn" and "t".
_GROUP_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
_NEGATION = re.compile(r"\b(?:not|never|hardly|barely|scarcely|no\s+longer|\w+n['’]t)\b|n['’]t\b", re.I)
_MAYBE = re.compile(r"\b(?:could|might|may)\b", re.I)
# "could reverse the rules or decline to appeal": the modal of the first verb is the second's too.
_MAYBE_JOINED = re.compile(r"\b(?:could|might|may)\s+(?:[\w’'-]+\s+){1,8}?(?:or|and)\s+$", re.I)
# Verbs that govern another ("refused to sign"): how they change the polarity of the governed verb.
_REFUSING = ("refus",)
_NEGATING = ("declin", "fail", "neglect", "hesitat")
_DECLINING = ("declin",)
_COMMITTING = ("vow", "promis", "pledg", "agre", "commit", "swor", "swear", "want", "hope", "seek", "sought",
               "plan", "intend", "aim", "wish", "tried", "try", "tries", "push", "campaign", "fight", "fought",
               "work", "offer", "decid", "resolv", "prepar", "move", "sign")
_THREATENING = ("threat",)
_DEMANDING = ("call for", "called for", "calls for", "calling for", "call on", "called on", "calls on", "calling on",
              "urg", "demand")
_WARNING = ("warn", "caution", "threat", "predict")
_GOVERNED = re.compile(r"\s+(?:(never|not)\s+)?to\s+(?:(?:\w+ly)\s+)?([a-z]+)\b")
_STOPPED_SHORT = re.compile(r"\s+short\s+of\s+([a-z]+ing)\b")
_NO_OBJECT = re.compile(r"\s+(?:and|or|but|nor)\b", re.I)
_BACKING_OFF = re.compile(r"\s+(?:away|down|off|out)\b")
# Verbs that end what the participle after them says: "stopped supporting", "ceased funding".
_STOPPING_BEFORE = re.compile(r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|quit|quits|halt|halts|halted|"
                              r"abandon|abandons|abandoned|regret|regrets|regretted|regretting)\s+$", re.I)
# "Asked if she supported …", "if she backs …", "whether he opposed …": a question or a condition.
_IF_CLAUSE = re.compile(r"\b(?:if|whether|unless)\s+(?:[\w’'-]+\s+){0,4}$", re.I)
# "It's not that Roe feels …", "not that she wanted …": the clause after it is not so.
_NOT_THAT = re.compile(r"\bnot\s+that\s+(?:[\w’'.-]+\s+){0,4}$", re.I)
_SELDOM = re.compile(r"\b(?:rarely|seldom)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b|['’]d\b", re.I)
# A content word in lower case right before a participle: the noun the participle describes.
_NOUN_BEFORE = re.compile(rf"(?<![\w’'-])(?!(?:{'|'.join(sorted(FUNCTION_WORDS, key=len, reverse=True))})\s)"
                          r"[a-z][\w’'-]*[a-z]\s+$")
# Verbs that take a participle as object ("began issuing", "denied taking"), and "with" making the
# noun a participle's subject ("with the minister saying …").
_GERUND_TAKERS = frozenset("begin begins began begun start starts stop stops keep keeps kept continue continues "
                           "resume resumes finish finishes avoid avoids consider considers risk risks quit quits "
                           "recommend recommends suggest suggests deny denies admit admits propose proposes "
                           "oppose opposes support supports resist resists defend defends justify justifies "
                           "end ends".split())
_REFLEXIVE_BEFORE = re.compile(rf"\b(?:{alternation(REFLEXIVES)})\s+$", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _modifies_a_noun(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether the participle at `verb_start` follows a noun it describes, with no comma, verb or
    "with" that would give it a clause of its own."""
    before = _NOUN_BEFORE.search(frame, max(sentence_start, verb_start - 30), verb_start)
    if before is None:
        return False
    noun = before.group().strip().lower()
    return not (noun.endswith("ed") or noun in _GERUND_TAKERS
                or _WITH_BEFORE.search(frame, max(sentence_start, before.start() - 60), before.start()))


def _after_reporting(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether a reporting verb ("said", "argued that") comes right before `verb_start`."""
    before = _LAST_WORDS.search(frame, max(sentence_start, verb_start - 20), verb_start)
    return before is not None and (before.group(1) or before.group(2)).lower() in SPEECH_VERBS


_LAST_WORDS = re.compile(r"(?:(\w+)\s+that|(\w+))\s+$")
_ANONYMITY = re.compile(r"\banonymity\b|\bnot\s+to\s+be\s+(?:named|identified)\b", re.I)
_ASKING = frozenset(("ask", "asks", "asked", "asking"))
# Verbs that give something a name: "called the plan a disaster", "branded him a liar".
_NAMING = frozenset("call calls called calling brand brands branded branding dub dubs dubbed dubbing label labels "
                    "labeled labelled labeling labelling term terms termed terming describe describes described "
                    "describing".split())
_LABELS = frozenset(load_list("label_words.txt"))
_NOT_NAMING = re.compile(r"\s*(?:for|on|upon|off|back|out|up|in|into|at|to|that|it\s+quits)\b", re.I)
_AS = re.compile(r"\sas\s")
_ASKED_TO = re.compile(r"\s+(?:[^,;.]{1,60}?\s+)?to\s+[a-z]+\b")
# Taking back one's own support or words.
_WITHDRAWING = re.compile(r"\s+(?:(?:his|her|its|their|our|the)\s+)?(?:support|backing|endorsement)\b", re.I)
_WITHDRAW_VERBS = frozenset("withdrew withdraw withdraws withdrawn withdrawing".split())
_DISMISSED = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:reports?|claims?|allegations?|accusations?|suggestions?|"
                        r"criticism|charges?|ideas?|notion|rumou?rs?|speculation|concerns?|calls?)\b|\s.{0,80}?\bas\s+",
                        re.I)
_ATTACK_VERBS = frozenset("attack attacks attacked attacking".split())
_VERBAL_ATTACK = re.compile(r"\s+(?:[\w’'.-]+\s+){1,6}?(?:as|for|over)\b", re.I)
_DISMISS_VERBS = frozenset("dismiss dismissed dismisses dismissing".split())
_AUXILIARY_BEFORE = re.compile(r"\s*\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
_FINDING_AFTER = re.compile(r"\s+(?:(?:last|this|on)\s+\w+\s+|(?:today|yesterday|[A-Z][a-z]+day)\s+)?"
                            r"(?:shows?|showed|found|finds|suggests?|suggested|indicates?|indicated|gives|gave)\b")
_PLURAL_FORM = re.compile(r"^[a-z]+[^s\W]s\b")
_PREPOSITION_NAME = re.compile(r"\b(?:on|of|alongside|about|with|from|for|against|over|among|amid|like)\s+"
                               r"(?:[A-Z][\w’'.-]*\s+){1,4}$")
_PARTICIPLE_FORM = re.compile(r"(?:ed|en|wn|ght|ld|lt|nt|ne)$")
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:(?:\w+ly|today|yesterday|also|later|then|"
                                r"again|already|since|first)\s+)*$", re.I)
_RELATIVE_END = re.compile(r",\s*(?:which|who|that)\s*$")
_WORD = re.compile(r"\w+")
_AGENT_LEAD = re.compile(r"^\s*by\s+[^,]*?(?=\s+(?:as|to|for|in|on|with)\b|$)")
MAX_STANCE_WORDS = 20
MAX_CLAUSE_CHARS = 300
MIN_QUOTE_STANCE_WORDS = 6
# A quote states its speaker's position only when a reporting verb, a dash or a label names the speaker.
MIN_QUOTE_CONFIDENCE = 0.8
# Below this a position is not shown: precision first. On the development articles, positions at
# 0.6 and above were right about 0.84 of the time, and none of the few below it.
MIN_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Stance:
    """One position of an actor, before actor ids are assigned."""

    entity: Entity
    stance: str
    polarity: str
    paragraph: int
    confidence: float
    kind: str  # the evidence: "stance verb", "reported", "passive" or "quoted"
    shape: Shape | None = None  # what the confidence was read from


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
        verb = _verb_at(view.frame, verb_start)
        sentence = view.sentence_at(verb_start)
        read = _stance(view.text, view.frame, verb, sentence.start, sentence.end,
                       (paragraph, verb_start) in reading.passives)
        if read is None:
            continue
        stance, polarity, evidence, complement = read
        if complement is not None:
            governed.add((paragraph, complement))
        holder = reading.cast.canonical(entity)
        if _name_qualifies_a_noun(view.frame, sentence.start, _group_start(view.frame, sentence.start, verb_start), holder):
            continue
        if evidence != "reported" and _hearsay(reading, paragraph, view.frame, sentence.start, verb_start, holder):
            continue
        if evidence == "reported":
            if _names_itself(holder, stance):
                continue  # "Alleging Norland has …": the one the content is about is not who alleges it
            if _NESTED_REPORT.match(stance):
                continue  # "wrote that Lund said …": what Lund said is Lund's, not the writer's
            if polarity in ("claim", "action") and _is_news_outlet(holder):
                continue  # "the newspaper reported that …": a source of facts, not a stance
            # "said he would resign": a person speaking of themselves; "the company said it
            # regretted …": a body of itself. A body's "he", or a woman's, is someone else's, and stays.
            stance = (_SUBJECT_PRONOUN if holder.type == "person" and _own_pronoun(holder, stance)
                      else _COLLECTIVE_PRONOUN if holder.type != "person" else _NO_PRONOUN).sub("", stance)
            if polarity == "claim" and holder.type == "person" and holder.role:
                polarity = content_polarity(stance, _side(holder))
        group_start = _group_start(view.frame, sentence.start, verb.start())
        shape = shape_of(evidence, stance, holder,
                         evidence == "passive" or subject_before(view.frame, sentence.start, group_start) is not None,
                         bool(_HYPOTHETICAL.search(view.frame, group_start, verb.start())),
                         evidence == "reported" and _tells_an_account(stance))
        found.append(Stance(holder, stance, polarity, paragraph, shape.confidence, evidence, shape))
    found += _quoted(reading, quotes)
    return _one_per_proposition([s for s in found if s.confidence >= MIN_CONFIDENCE and reads_whole(s.stance)
                                 and not _no_one(s.entity)])


# Things news quotes as if they spoke ("the filing says", "the memo reads", "the clip says").
_THINGS = frozenset(w.lower() for name in ("speaking_things.txt", "document_nouns.txt", "work_nouns.txt")
                    for w in load_list(name))
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


# A name, then a word in lower case right before the verb group: "the party rules require", "Roe
# supporters say". (A name has no such word after it in "Roe, 52, said" or "Roe also said".)
_NAME_THEN_NOUN = re.compile(r"[A-Z][\w’'.-]*\s+([a-z][a-z’'-]+)\s+$")
_DOCUMENTS = frozenset(w.lower() for w in load_list("document_nouns.txt"))
_NOT_NOUNS = FUNCTION_WORDS | REFLEXIVES | frozenset("today yesterday tonight now then again alone too also still".split())


def _name_qualifies_a_noun(frame: str, sentence_start: int, group_start: int, holder: Entity) -> bool:
    """Whether the subject of the verb group at `group_start` is a noun that a name only qualifies
    ("the Valmora party rules require …", "Roe supporters say …"): the noun's verb is not the named
    one's stance. A holder whose own name ends with that noun ("the Roe campaign") keeps it, and so
    does a body whose officers the noun names ("Valmora Port executives") and a holder whose document
    it names ("the ministry letter")."""
    before = _NAME_THEN_NOUN.search(frame, max(sentence_start, group_start - 60), group_start)
    if before is None:
        return False
    noun = before.group(1)
    if noun in _NOT_NOUNS or noun.endswith(("ly", "ed", "ing")) or _GROUP_WORD.match(noun) \
            or noun in STANCE_POLARITY or noun in SPEECH_VERBS or noun in _GERUND_TAKERS:
        return False  # ("Roe stopped supporting it": a verb governing the next)
    if holder.type != "person" and (noun in _ROLE_HEADS or noun.removesuffix("s") in _ROLE_HEADS):
        return False  # "Valmora Port executives have admitted …": people speaking for the body
    if noun in _DOCUMENTS:
        return False  # "the ministry letter reads …": the holder's own document
    return not any(name.lower().endswith(noun) for name in (holder.name, *holder.aliases) if name)


def _no_one(holder: Entity) -> bool:
    """Whether the holder is no one a reader could name: a word such as "one" or "another" standing
    for a speaker the article does not name ("“…,” said another"), or a document, a filing or a
    clip left without the one who issued it ("the memo reads", "the filing says")."""
    name = _ARTICLE.sub("", holder.name).strip()
    words = name.split()
    return name.lower() in FUNCTION_WORDS or bool(words) and name == name.lower() and words[-1] in _THINGS


def _hearsay(reading: Reading, paragraph: int, frame: str, sentence_start: int, verb_start: int,
             holder: Entity) -> bool:
    """Whether the verb at `verb_start` is part of what someone else is reported to have said of
    the person holding it: "Roe said Lund rejected the deal", "Roe was told that Lund intended to
    …". What the holder did is then the reporter's claim, not a stance the article gives the
    holder. (A spokesperson speaks for a body, so a body's stance told by a person or a group stays.)"""
    if holder.type != "person":
        return False
    cue = None
    for cue in cue_verbs(frame, sentence_start, verb_start):
        pass
    if cue is None or _clause_end(frame, cue.end(), verb_start) < verb_start:
        return False
    reporter = reading.verb_subjects.get((paragraph, cue.start()))
    if reporter is None:
        return bool(_PASSIVE_AUXILIARY.search(frame, max(sentence_start, cue.start() - 30), cue.start()))
    reporter = reading.cast.canonical(reporter)
    return reporter.type in ("person", "group") and reporter is not holder


def _tells_an_account(content: str) -> bool:
    """Whether reported content, its holder's pronoun taken off, tells what the holder was doing or
    went through: a past progressive ("was driving his sister to …") or a past verb of no list
    followed by where or how ("escaped by swimming to …", "climbed through a window"). A past verb
    with an object ("regretted the walkout") may well be a stance."""
    opening = _PAST_OPENING.match(content)
    if opening is None:
        return False
    verb = (opening.group(1) or opening.group(2) or opening.group(3)).lower()
    return verb not in STANCE_POLARITY and verb not in SPEECH_VERBS


_FIRST_PERSON = re.compile(r"^[\"“‘'(]*(?:i|we)\s+", re.I)
# ("closing the mill is …": an -ing form opening a clause is its subject, not a past verb.)
# (What was seen or heard is testimony too: "saw smoke over the hill", "heard the sirens".)
_PAST_OPENING = re.compile(r"(?:was|were|had\s+been)\s+(?:\w+ly\s+)?([a-z]+ing)\b|(?:\w+ly\s+)?([a-z]+ed|[a-z]+(?:ght|ok|ew|ove|ode|ank))"
                           r"\s+(?:by|from|to|into|through|across|out|away|back|home|after)\b"
                           r"|(?:\w+ly\s+)?(saw|heard|watched|witnessed|noticed)\b")


def _side(holder: Entity) -> frozenset[str]:
    """The words of a person's role that name the body they speak for ("spokesman for the Port
    Authority": port, authority)."""
    return frozenset(w.lower() for w in _WORD.findall(holder.role or "")) - FUNCTION_WORDS - _ROLE_HEADS


# Words of a role that name the person's post, not the body ("the spokesman will …" is someone else).
_ROLE_HEADS = frozenset(w.lower() for w in load_list("person_nouns.txt"))


def _names_itself(holder: Entity, stance: str) -> bool:
    """Whether reported content opens with its holder's own name: a speaker speaks of themselves
    as "I", "we", "he" or "it", so a subject named as the holder is someone else's report of it."""
    return any(stance.startswith(name + " ")
               for name in (holder.name, *holder.aliases) if name and name[:1].isupper())


def _own_pronoun(holder: Entity, stance: str) -> bool:
    """Whether the pronoun opening `stance` can be the holder's own: not "he" of a woman."""
    pronoun = _first_word(stance)
    return holder.gender is None or _PRONOUN_GENDER.get(pronoun, holder.gender) == holder.gender


_PRONOUN_GENDER = {"he": "m", "she": "f"}
_NO_PRONOUN = re.compile(r"(?!)")
_OUTLET_WORDS = tuple(f" {w.lower()} " for w in load_list("news_outlet_words.txt"))


def _is_news_outlet(holder: Entity) -> bool:
    words = " " + " ".join(_WORD.findall(f"{holder.name} {holder.role or ''}".lower())) + " "
    return any(w in words for w in _OUTLET_WORDS)


def _verb_at(frame: str, verb_start: int) -> re.Match:
    """The cue verb at `verb_start`, the longest listed form that starts there ("called for" rather
    than "called"); a verb of no list is read as one word."""
    found = [m for m in (STANCE.first(frame, verb_start, verb_start + 40), SPEECH.first(frame, verb_start, verb_start + 40))
             if m is not None and m.start() == verb_start]
    return max(found, key=lambda m: m.end()) if found else _WORD.match(frame, verb_start)


def _stance(text: str, frame: str, verb: re.Match, sentence_start: int, sentence_end: int,
            passive: bool) -> tuple[str, str, str, int | None] | None:
    """(stance, polarity, kind of evidence, start of a governed verb) for the verb, or None."""
    word = verb.group().lower()
    # A stance is cut to MAX_STANCE_WORDS words: reading further than a bounded stretch of the
    # clause adds nothing, and keeps the work per verb constant in an endless sentence.
    end = _clause_end(frame, verb.end(), min(sentence_end, verb.end() + MAX_CLAUSE_CHARS))
    if _opens_subordinate(frame, sentence_start, verb.start()):
        # "After Roe attacked the plan at the hearing, Lund hit back": the clause the verb
        # stands in ends at its comma, where the main clause begins.
        comma = frame.find(",", verb.end(), end)
        end = comma if comma >= 0 else end
    if _CONCEDED.search(frame, verb.end(), end) and _BUT_NEXT.match(frame, end) or _BUT_ONLY.match(frame, end):
        # "there were grounds to sue them, but …": the point comes after "but"; "accepted
        # the invitation, but only to decline the offer": what follows takes back what was granted.
        return None
    group_start = _group_start(frame, sentence_start, verb.start())
    if word.endswith("ing") and group_start == verb.start() and (
            _modifies_a_noun(frame, sentence_start, verb.start()) or _after_reporting(frame, sentence_start, verb.start())
            or _REFLEXIVE_BEFORE.search(frame, max(sentence_start, verb.start() - 20), verb.start())):
        # "residents seeking to move", "a statement calling for calm": a noun's modifier; "said
        # sending troops would …": the subject of what was said; "found himself reading out the rules":
        # what she caught herself doing, not a stance.
        return None
    if _ANONYMITY.search(frame, verb.end(), end):
        return None  # "asking for anonymity", "speaking on condition of anonymity": why, not what
    if _IF_CLAUSE.search(frame, max(sentence_start, group_start - 60), group_start):
        return None
    if _NOT_THAT.search(frame, max(sentence_start, group_start - 60), group_start):
        return None  # "It is not that Roe regrets the fees": what follows is denied
    negated = bool(_NEGATION.search(frame, group_start, verb.start()))
    stopping = _STOPPING_BEFORE.search(frame, max(sentence_start, group_start - 30), group_start) \
        if word.endswith("ing") else None
    if stopping:
        # "stopped supporting the plan": what is no longer done, with the verb that ends it.
        group_start = _group_start(frame, sentence_start, stopping.start())
        negated = not _NEGATION.search(frame, group_start, stopping.start())
    if not passive and _PARTICIPLE_FORM.search(word) and _PASSIVE_AUXILIARY.search(
            frame, max(sentence_start, verb.start() - 30), verb.start()):
        return None  # "was granted bail": a passive whose agent the text does not name
    if word.endswith("ing") and _BY_AFTER.match(frame, verb.end(), end):
        return None  # "shelling by the army": a noun, its agent after it
    if not passive and word.endswith("ed") and _FINDING_AFTER.match(frame, verb.end(), end):
        return None  # "the newest Roe survey released Friday shows …": a participle describing a noun, its verb next
    if not passive and word.endswith("ed") and _BY_AFTER.match(frame, verb.end(), end):
        # "the union leader challenged by Roe in 2019": a participle describing its noun, whose agent
        # comes after it; the noun before it is the one acted on.
        return None
    if group_start == verb.start() and _PLURAL_FORM.search(word) and word not in SPEECH_VERBS \
            and _PREPOSITION_NAME.search(frame, max(sentence_start, verb.start() - 60), verb.start()):
        # "quizzed Roe on Valmora issues", "amid Valmora calls for calm": after a name that follows
        # a preposition, a word in -s is a plural noun, not a verb whose subject the name is. (A
        # verb of saying is none: "the Commission on Harbour Safety says …".)
        return None
    if passive:
        if negated or word in SPEECH_VERBS:
            return None  # ("was told by a midwife that …": what the agent said is not the patient's)
        patient = _patient(frame, sentence_start, verb.start())
        rest = _AGENT_LEAD.sub("", text[verb.end():end].split(",")[0])
        if patient is None:
            return None
        stance = _tidy(f"{verb.group()} {text[patient[0]:patient[1]].strip()}{rest}")
        return (stance, _polar(STANCE_POLARITY.get(word, "action")), "passive", None) if stance else None
    if word in _ASKING:
        seldom = bool(_SELDOM.search(frame, group_start, verb.start()))
        return _asked(text, frame, verb, group_start, end, negated or seldom)
    if word in _NAMING and (not word.startswith("describ") or _AS.search(frame, verb.end(), end)):
        return _named(text, frame, verb, group_start, end, negated)
    if word in SPEECH_VERBS and STANCE_POLARITY.get(word, "claim") == "claim":
        if negated:
            return None  # "did not say whether …": nothing was said
        return _reported(text, frame, word, verb.end(), end)
    if (_MAYBE.search(frame, group_start, verb.start()) or _MAYBE_JOINED.search(
            frame, max(sentence_start, verb.start() - 80), verb.start())) \
            and not _NEGATION.search(frame, group_start, verb.start()):
        # "could decline to appeal", "might back the bill": a possibility, not a stance ("could
        # not support it" is a refusal).
        return None
    objects = _ACT_OBJECTS.get(word)
    if objects is not None and not objects & {w.lower() for w in _WORD.findall(frame[verb.end():end])[:_OBJECT_REACH]}:
        return None  # "passed the checks", "holds a majority": an outcome, not an act
    if _NO_OBJECT.match(frame, verb.end(), end):
        return None  # "all that it wants and …": the verb's object is elsewhere
    if negated and word.startswith(_DEMANDING):
        return None  # "has not called for the mayor to step down": no call was made, which opposes nothing
    polarity, complement = _governed_polarity(frame, word, verb.end(), end, negated)
    if polarity is None:
        return None
    if _HYPOTHETICAL.search(frame, group_start, verb.start()):
        if _CONDITION.search(frame, sentence_start, group_start):
            return None  # "if the union struck, she would close …": the stance would lose its condition
        if _CONDITION.search(frame, verb.end(), end):
            polarity = "claim"  # "would only back the plan if …": a condition, not a stance taken
    stance = _tidy(text[group_start:end])
    if stance is None or len(stance.split()) < 3:
        return None
    return stance, polarity, "stance verb", complement


# A sentence opening on a clause of time, cause or concession ("After …,", "While some …,").
_SUBORDINATE_START = re.compile(r"[\W_]*(?:(?:but|and|yet|so)\s+)?(?:after|when|while|as|although|though|because|"
                                r"since|once|until|before|whereas)\b", re.I)


def _opens_subordinate(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether the verb at `verb_start` stands in a clause of time, cause or concession opening its
    sentence, with no comma before it to close that clause."""
    return bool(_SUBORDINATE_START.match(frame, sentence_start, verb_start)) \
        and "," not in frame[sentence_start:verb_start]


def _group_start(frame: str, sentence_start: int, verb_start: int) -> int:
    """Where the verb group ending at `verb_start` starts: back over auxiliaries, modals, negation
    and adverbs ("would not", "did not publicly", "no longer")."""
    start = verb_start
    for word in reversed(list(_GROUP_TOKEN.finditer(frame, max(sentence_start, verb_start - 60), verb_start))):
        between = frame[word.end():start]
        if between.strip(" '’\"“”‘") or not _GROUP_WORD.match(frame[word.start():start].strip(" \"“”‘")):
            break
        start = word.start()
    return start


def _governed_polarity(frame: str, word: str, verb_end: int, end: int, negated: bool) -> tuple[str | None, int | None]:
    """The polarity of a stance verb with what it governs, and where a governed verb starts."""
    polarity = STANCE_POLARITY.get(word, "action")
    if word in _WITHDRAW_VERBS:
        # ("withdrew from the race", "withdrew the bill": a decision.)
        return (None if negated else "oppose" if _WITHDRAWING.match(frame, verb_end, end) else "action"), None
    if word in _ATTACK_VERBS and _VERBAL_ATTACK.match(frame, verb_end, end):
        return (None if negated else "oppose"), None  # "attacked the minister as weak": words, not arms
    if word in _DISMISS_VERBS:
        return ("deny" if _DISMISSED.match(frame, verb_end, end) and not negated else None), None
    if word.startswith("back") and _BACKING_OFF.match(frame, verb_end, end):
        return None, None  # "backed away from the plan", "backed down": support taken back
    short = _STOPPED_SHORT.match(frame, verb_end, end) if word.startswith("stop") else None
    if short:
        return None, short.start(1)
    governed = _GOVERNED.match(frame, verb_end, end)
    if governed and (governed.group(2) not in FUNCTION_WORDS or governed.group(2) in SPEECH_VERBS):
        inner_negated = governed.group(1) is not None
        # ("declined to comment": a verb of saying governed is a claim, not an act.)
        inner = _polar(STANCE_POLARITY.get(governed.group(2), "claim" if governed.group(2) in SPEECH_VERBS else "action")
                       ).replace("event", "action")
        stem = word
        if stem.startswith(_REFUSING):
            # ("refused to say whether …" is silence, not opposition.)
            outcome = None if inner in ("oppose", "deny", "claim") else "oppose"
        elif stem.startswith(_DECLINING) and inner == "action":
            outcome = "action"  # "declined to overturn the ruling": deciding not to act is a decision
        elif stem.startswith(_NEGATING):
            outcome = _negate(inner)
        elif stem.startswith(_THREATENING):
            outcome = "claim"
        elif stem.startswith(_COMMITTING):
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


def _asked(text: str, frame: str, verb: re.Match, group_start: int, end: int,
          negated: bool) -> tuple[str, str, str, None] | None:
    """ "asked the court to dismiss the case" is a demand; "asked whether …" is a question, no stance;
    "rarely asks …" asks for nothing."""
    governed = _ASKED_TO.match(frame, verb.end(), end)
    if negated or governed is None or _QUESTION.match(frame[verb.end():end].strip()):
        return None
    stance = _tidy(text[group_start:end])
    return (stance, "support", "stance verb", None) if stance else None


def _reported(text: str, frame: str, word: str, verb_end: int, end: int) -> tuple[str, str, str, None] | None:
    opening = (_TOLD_OPENING if word in _TELL_VERBS else _REPORT_OPENING).match(text, verb_end, end)
    content = text[opening.end() if opening else verb_end:end]
    # ("said Sunday that …": the "that" the time expression stood before.)
    content = _THAT.sub("", strip_time_expressions(" " + content).strip())
    # "said at a rally" and "told reporters outside the gate" say where and to whom, not what;
    # "asked whether" asks.
    content = _PARTICLE.sub("", content)
    first = _first_word(_LEADING_ADVERB.sub("", content))  # ("argued mostly with …")
    if _OTHERS_WORDS.match(content):
        return None  # "rebutted claims that …": the content is someone else's, and it is answered
    # ("said that if the union struck, she would …" sets a condition; "asked if" asks.)
    question = _QUESTION.match(content) and not (first == "if" and word not in _ASKING and word not in _TELL_VERBS)
    if _headless(content, first, text[verb_end:verb_end + 3].lstrip().startswith(",")):
        return None
    if len(content.split()) < 3 or first in _CIRCUMSTANCE_OPENERS or question or (
            word in _TELL_VERBS and not (opening and opening.group().strip())) or not (
            _has_verb(content) or _judgement(content) is not None):
        return None
    # A warning is a claim, whatever it warns of.
    polarity = "claim" if word.startswith(_WARNING) else content_polarity(content)
    stance = _tidy(content)
    return (stance, polarity, "reported", None) if stance else None


# Words that cannot open what someone says: a verb group without its subject ("which Roe says had
# risen …", an interrupted quote's "“is a vote of all …”") or a reflexive ("found himself reading …").
_NO_SUBJECT_OPENERS = FINITE_AUXILIARIES | REFLEXIVES
_PAST_PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed$")


def _headless(content: str, first: str, after_comma: bool) -> bool:
    """Whether reported content lacks the subject a proposition opens with: a verb group, a
    reflexive, a past participle ("have felt uneasy since …"), or, after a comma, a participle of
    no stance ("said, recalling her years on the docks"; "…, rejecting the charges" is the
    speaker's own stance, and "suggested building more berths" says what is suggested; "…, noting he
    had backed Roe" gives what was noted as a position of its own)."""
    if first in _NO_SUBJECT_OPENERS or _PAST_PARTICIPLE.match(first) and first in content:
        return True  # ("Alfred wishes …": a name in -ed is a subject.)
    return after_comma and first.endswith("ing") and STANCE_POLARITY.get(first) not in ("support", "oppose", "deny") \
        and not _GERUND_SUBJECT.match(_LEADING_ADVERB.sub("", content.lstrip(" \"“‘'")))


def _first_word(content: str) -> str:
    """The first word, lower case, without the quotation mark a quoted stretch opens with."""
    words = content.split()
    return words[0].lower().strip("\"“‘'«,;:") if words else ""


def _has_verb(content: str) -> bool:
    """Whether `content` has a finite verb: an auxiliary, a past form, or a listed verb that no
    article or preposition makes a noun ("the then secretary of state", "a note of concern")."""
    # ("the growing importance of …": a participle after a determiner describes a noun.)
    # (Nor is the "’s" of "the board’s adviser" a verb, as that of "it’s" is.)
    bare = _POSSESSIVE.sub(lambda m: m.group() if m.group(1).lower() in _S_PRONOUNS else m.group(1),
                           _DETERMINED_PARTICIPLE.sub(" ", content))
    if _VERB_SIGN.search(bare) or _PRESENT_VERB.search(bare):
        return True
    return any(is_finite(content, found.start(), 0) for vocabulary in (STANCE, SPEECH)
               for found in vocabulary.find(content, 0, len(content)))


def content_polarity(content: str, side: frozenset[str] = frozenset()) -> str:
    """The polarity of what a speaker says: a denial when it calls something untrue or says what is
    not so ("this is not a ban"); a warning, which counts as a claim, when it sets a condition
    ("would strike if …") or says what may happen, and a question is a claim too; the stance of the
    main verb group when the speaker is its subject ("she would not support it"); a decision when it
    says what will be done ("will send advisers"), a promise when it says what else will be; a
    reproach when it says what should not have been done; else the judgement its words pass ("the
    plan is dangerous"; in "A, but B" the judgement of B); else a claim. A statement about someone
    else's stance ("the mayor did not support it") is the speaker's claim, not their stance. `side`
    holds the words naming the body the speaker speaks for: a spokesman's "the board will review
    the case" is a promise."""
    if content.rstrip(" .”\"'’").endswith("?"):
        return "claim"  # a question denies nothing, whatever its words
    # ("“Our board …", "[w]e never agreed …": the quotation mark and the editor's brackets are no words.)
    content = _EDITED_LETTER.sub(r"\1", content).lstrip(" \"“‘'([")
    false = _FALSE.search(content)
    if false and _WISH_BEFORE.search(content, 0, false.start()):
        return "support"  # "I hope the rumour is untrue": a hope, which denies nothing
    if false or _NOT_SO.search(content) and not _CORRECTION.search(content):
        return "deny"
    none_there = _NONE_THERE.search(content)
    if none_there:
        # Denying what an accusation says there was; else what a witness saw there was not.
        named = {w.lower()[:len(w) - cut] for w in _WORD.findall(none_there.group(1)) for cut in (0, 1, 2)}
        return "deny" if named & _ACCUSATIONS else "claim"
    if _ADMISSION.search(content):
        return "claim"  # an apology or an error owned: what the words for the error judge is the speaker's own act
    not_held = _OPINION_NOT_HELD.match(content)
    if not_held:
        # Not thinking something should be done, or is good, opposes it; not thinking something is
        # so is a claim whatever else its words judge.
        rest = content[not_held.end():]
        demand = _DEMAND.search(rest)
        if demand:
            return "support" if demand.group(1) else "oppose"
        return "oppose" if _PROPOSAL.search(rest) or _judgement(rest) == "support" else "claim"
    misrepresenting = _MISREPRESENTING.search(content)
    if misrepresenting and not _NEGATION.search(content, 0, misrepresenting.start()):
        # "the mayor is overselling the gains": a fault found with another's act. Speakers owning
        # it ("we overstated the gains") admit it, a claim.
        return "claim" if _FIRST_PERSON.match(content) else "oppose"
    if _NOT_REQUIRED.search(content):
        return "claim"  # "she does not need to attend": what is not required, neither denied nor opposed
    if _CONCLUSION.search(content):
        return "claim"  # "the total must be a typo": what the speaker concludes, not what should be
    opening = _OPENING_PARTICIPLE.match(content)
    if opening and STANCE_POLARITY.get(opening.group(1).lower()) in ("support", "oppose", "deny") \
            and not _GERUND_SUBJECT.match(content):
        # "…, she said, rejecting the charges": the speaker's own second verb, which has the say.
        return STANCE_POLARITY[opening.group(1).lower()]
    if _CORRECTION.search(content):
        return "claim"  # "not X, but Y": which way Y leans, its words alone do not tell
    if _REPROACH.search(content):
        return "oppose"  # "should never have been released": what should not have been done
    if _CONDITION.search(content) or _POSSIBILITY.search(content):
        return "claim"
    demand = _DEMAND.search(content, 0, _MAIN_VERB_REACH * 3)
    if demand and demand.group().lower().startswith("needed") and (
            _VERB_WITH_OBJECT.search(content, 0, demand.start())):
        demand = None  # "lacks the votes needed to pass it": a participle after the clause's own verb
    if demand:
        # "the council should close the dock": a call to act, which the holder favours; "should
        # not be allowed": one against.
        return "oppose" if demand.group(1) else "support"
    if _GOT_TO.search(content, 0, _MAIN_VERB_REACH * 3):
        return "support"
    not_held_to_be = _NOT_BEING.search(content, 0, _MAIN_VERB_REACH * 3)
    if not_held_to_be and (_judgement(not_held_to_be.group(1)) == "oppose" or not_held_to_be.group(1).lower() in _LABELS):
        return "deny"  # "I am not reckless", "we are not liars": a charge rejected
    own = _OWN_SUBJECT.match(content)
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
        if verb is not None and not (word in SPEECH_VERBS and STANCE_POLARITY.get(word, "claim") == "claim"):
            # ("I was not willing to support it": a negation anywhere before the verb counts, and so
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
    future = _FUTURE.search(content, 0, _MAIN_VERB_REACH * 8)
    if future and not _NEGATION.search(content, 0, future.end()) and not _NO_BEFORE.search(content, 0, future.start()) \
            and future.group(1).lower() not in SPEECH_VERBS:  # ("we would expect …", "will say": no act)
        # ("I think the union will win": the one who will act is someone the speaker speaks of.)
        own_future = own is not None and not _OTHER_SUBJECT.search(content, own.end(), future.start())
        if future.group(1).lower() in _DECISION_VERBS and (own_future or _acting_body(content, future.start())):
            return "action"
        if own_future and own.group().lower() not in ("it", "they"):
            return "support"  # "we will look into it": a promise ("it will harm …" promises nothing)
    # "welcome, but not at this price": what comes after "but" is the point; when its words do not
    # judge, the whole is no plain support or opposition.
    contrast = _BUT.search(content)
    if contrast:
        return _judgement(content[contrast.end():]) or "claim"
    return _judgement(content) or "claim"


_NONE_OF_IT = re.compile(r"\s+(?:no|none|nothing)\b", re.I)
# "I am not reckless", "we are not a cartel": the word the speaker says they are not.
_NOT_BEING = re.compile(r"\b(?:i|we)\s*(?:am|['’]m|are|['’]re|was|were)\s+not\s+(?:a\s+|an\s+)?([\w-]+)\b", re.I)
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


def _acting_body(content: str, modal_start: int) -> bool:
    """Whether the subject right before the modal at `modal_start` names who can decide: a body
    ("the city will send …") or a name ("Valmora will send …"), not a thing or a crowd whose future
    is predicted ("the new fees will drive boats away", "the crews will give him a hearing")."""
    head = _SUBJECT_HEAD.search(content, 0, modal_start)
    return head is not None and (head.group(1)[:1].isupper() or head.group(1).lower() in _ACTING_HEADS)


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
            # "I'm not sure I really deserve it": a negation further back may bear on the word or
            # not; which, the words alone do not tell.
            yield None
        else:
            yield polarity


def _named(text: str, frame: str, verb: re.Match, group_start: int, end: int,
           negated: bool) -> tuple[str, str, str, None] | None:
    """ "called the plan “a disaster”", "branded him a liar", "described the deal as reckless": the
    name given is the stance, with its verb. A name that judges unfavourably opposes whatever else
    it says ("a great betrayal"); one that only quotes is a claim. A naming that is no judgement
    ("called him on Monday") gives nothing."""
    rest = frame[verb.end():end]
    if negated or _NOT_NAMING.match(rest):
        return None
    found = set(_judgements(text[verb.end():end]))
    if _LABELS & {w.lower() for w in _WORD.findall(text[verb.end():end])}:
        found.add("oppose")
    quoted = any(c in rest for c in MASKS)
    if not found - {None} and not quoted:
        return None
    stance = _tidy(text[group_start:end])
    polarity = "oppose" if "oppose" in found else "support" if "support" in found else "claim"
    return (stance, polarity, "stance verb", None) if stance and len(stance.split()) >= 3 else None


def _quoted(reading: Reading, quotes: list[Attributed]) -> list[Stance]:
    """A quote whose speaker is known states that speaker's position in their own words, when it
    takes one: speaks for the speaker's side, says what should or will be, denies or judges. A quote
    that tells what happened ("the divers were inspecting the wreck") is testimony, not a stance."""
    out = []
    for quote in quotes:
        if quote.speaker is None or quote.partial or quote.confidence < MIN_QUOTE_CONFIDENCE:
            continue
        sentence = sentence_stop(quote.span.text, 0, len(quote.span.text))
        text = quote.span.text[:sentence.end()] if sentence else quote.span.text
        if len(text.split()) < MIN_QUOTE_STANCE_WORDS or not _TAKES_A_STANCE.search(text) and _judgement(text) is None:
            continue
        if _CONTINUATION.match(text):
            continue  # "And that is why …": what "that" is, the sentence before says
        if _NESTED_REPORT.match(text):
            continue  # "“Lund emphasized that …,” wrote Roe": the quote reports someone else's words
        stance = _tidy(text)
        if stance is None:
            continue
        holder = reading.cast.canonical(quote.speaker)
        shape = shape_of("quoted", stance, holder, True, False, _tells_an_account(_FIRST_PERSON.sub("", stance)))
        out.append(Stance(holder, stance, content_polarity(text), quote.span.paragraph,
                          shape.confidence * quote.confidence / _SUREST_SPEAKER, "quoted", shape))
    return out


# First and second persons, modals and negation: the marks of words that take a stance.
_TAKES_A_STANCE = re.compile(r"\b(?:i|we|our|us|my|me|you|your|should|must|will|would|can|could|need|needs|want|"
                             r"wants|not|never|no)\b|n['’]t\b|['’](?:ll|re|m|ve)\b", re.I)
# A sentence that goes on from the one before, its subject a word pointing back to it.
_CONTINUATION = re.compile(r"[\"“‘'(\s]*(?:and|but|so|or)\s*,?\s+(?:that|this|it|he|she|they|these|those)\b", re.I)
_SUREST_SPEAKER = max(ATTRIBUTION_CONFIDENCE.values())


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


# "… into the U.S. They will …": the full stop of an abbreviation that also ends its sentence.
_NEW_SENTENCE = re.compile(r"\.(?=\s+(?:The|They|He|She|It|We|I|This|That|These|Those|But|And|His|Her|Their|Its|Our)"
                           r"\s)")


_NEW_MAIN_CLAUSE = re.compile(r",\s+(?:he|she|they|we|I)\s+(?:\w+ly\s+)?(?:[a-z]+ed|has|had|was|were|is|are|will|would)\b")
_SUBORDINATOR = re.compile(r"\b(?:if|unless|when|whenever|while|after|before|because|since|as|although|though|once|"
                           r"until|whether)\b", re.I)


def _clause_end(frame: str, start: int, limit: int) -> int:
    """Where the clause from `start` ends: at a clause boundary, or at a full stop that is not that
    of "U.S." or "Roe v." """
    stops = [m.start() for m in (sentence_stop(frame, start, limit), _NEW_SENTENCE.search(frame, start, limit)) if m]
    stop = min(stops, default=limit)
    found = _CLAUSE_END.search(frame, start, stop)
    stop = found.start() if found else stop
    # "would refuse to work under him, he quit": a new main clause after a comma, unless
    # what comes before it is a condition or a time clause it completes.
    main = _NEW_MAIN_CLAUSE.search(frame, start, stop)
    if main and not _SUBORDINATOR.search(frame, start, main.start()):
        return main.start()
    return stop


def _tidy(phrase: str) -> str | None:
    """The stance as shown: time expressions dropped and cut to MAX_STANCE_WORDS words, or None when
    what remains is no proposition (a subordinate clause without its main clause)."""
    # A phrase that ends on its own punctuation ends where its clause does, even on a preposition
    # ("whom they voted for,").
    ended = _ENDED.search(phrase) is not None
    phrase = " ".join(strip_time_expressions(" " + phrase).split()).strip(" ,;:")
    words = phrase.split()
    if len(words) > MAX_STANCE_WORDS:
        # Cut a long stance where a phrase ends (the last comma in reach that keeps a clause and
        # drops no correction: "is not a threat, but a promise"), else at the limit.
        comma = max((i for i, w in enumerate(words[:MAX_STANCE_WORDS]) if w.endswith(",") and i >= 5
                     and _VERB_SIGN.search(" ".join(words[:i + 1])) and _ends_a_clause(words, i)
                     and not (_CORRECTION_AFTER.match(" ".join(words[i + 1:i + 3]))
                              and (_NEGATION.search(" ".join(words[:i + 1])) or words[i + 1].lower() == "but"))),
                    default=-1)
        kept = words[:comma + 1] if comma >= 0 else words[:MAX_STANCE_WORDS]
        ended = comma >= 0
        while not ended and len(kept) > 3 and kept[-1].strip(",").lower() in _CANNOT_END:
            kept.pop()
        phrase = " ".join(kept).rstrip(",") + ("" if comma >= 0 else " …")
    words = phrase.split()
    while not ended and len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()  # "wants it to": the rest of the clause is elsewhere
    phrase = " ".join(words)
    opening = _SUBORDINATE_OPENING.match(phrase)
    if opening and not any(_VERB_SIGN.search(rest) for rest in phrase[opening.end():].split(",")[1:]):
        return None  # "If the council recognises the rights of …": the condition without what follows
    return phrase or None


_ENDED = re.compile(r"[.!?,”\"’]\s*$")


def _ends_a_clause(words: list[str], comma: int) -> bool:
    """Whether cutting after the comma ending `words[comma]` keeps a clause whole: not right after a
    verb of saying ("wrote and said,"), not inside a clause still waiting for what it introduced
    ("The truth is, if the vote fails,", "hold that, frankly,"), not in a condition or time clause
    opened after "but" ("…, but when the fees rise,"), not inside a quotation it opens."""
    if words[comma][:1].islower() and words[comma].rstrip(",") in SPEECH_VERBS:
        return False  # ("the Harbour States," names no verb of saying)
    start = max((i + 1 for i in range(comma) if words[i].endswith(",")), default=0)
    if start and words[start - 1].rstrip(",").lower() in _WAITING:
        return False
    kept = " ".join(words[:comma + 1])
    last = " ".join(words[start:comma + 1])
    if start and not _VERB_SIGN.search(last) and (comma - start < 3 or _CONJUNCTION_OPENING.match(last)):
        return False  # ", in short,", ", but in the meantime,": an aside or a clause not yet begun
    return not _COORDINATED_SUBORDINATE.match(last) \
        and kept.count("“") <= kept.count("”") and kept.count('"') % 2 == 0


_CONJUNCTION_OPENING = re.compile(r"(?:but|and|or|so|yet)\b", re.I)
# Words before a comma that leave their clause waiting for what comes after it.
_WAITING = frozenset("that is are was were who which whom whose".split())
_COORDINATED_SUBORDINATE = re.compile(r"(?:but|and|or|so)\s+(?:if|unless|when|whenever|while|although|though|because|"
                                      r"since|after|before|once|until|whereas)\b", re.I)
# A clause that cannot stand alone: a condition, a time, a concession, a preposed phrase.
_SUBORDINATE_OPENING = re.compile(r"[\"“‘'(]*(?:if|unless|when|whenever|while|although|though|because|since|after|"
                                  r"before|once|until|whereas|with|without|despite|given|following|as|whether|"
                                  r"even\s+(?:if|though)|so\s+that|in\s+order\s+to|to\s+the\s+(?:degree|extent))\b",
                                  re.I)
_DANGLING = frozenset(("to", "of", "the", "a", "an", "by", "for", "with", "that"))
# Words a phrase cut short cannot end on ("the wishes of the harbour people," keeps "people").
_CANNOT_END = _DANGLING | frozenset("and or nor but from in on at as into onto about than which who whom whose if "
                                    "because while although though when where whether his its their our my your "
                                    "these those is are was were be been being has have had will would shall "
                                    "should can could may might must do does did not very".split())
# What follows a comma when the words after it correct those before: "not X, but Y".
_CORRECTION_AFTER = re.compile(r"(?:but|rather|not|instead)\b", re.I)
