"""The stance a cue verb's clause gives: how far the clause reaches, whether what it says is the
subject's stance (not a point granted before "but", a possibility, an outcome, a statement whose
content is told elsewhere), and its polarity from the whole verb group."""

from __future__ import annotations

import re

from ....data import load_table
from ....gated import Gated, folded
from ...lexicon import SPEECH_VERBS, STANCE_POLARITY
from ..polarity import _governed_polarity, content_polarity
from ..reported import _ASKING, _ATTITUDES, _reported
from ..shared import _CONDITION, _HYPOTHETICAL, _NEGATION, _QUESTION_WORD, _STOPPING_BEFORE, _WORD, _hard_to_do
from ..stance_text import _clause_end, _tidy
from .group import verb_at, verb_group_start
from .kinds import asked_stance, gives_a_name, named_stance, passive_stance
from .standing import (bears_on_the_noun_before, describes_a_noun, governed_by_another, in_another_clause,
                       no_act_of_the_subject, opens_subordinate, part_of_a_phrase)

# Words that grant a point before "but" makes another: "grounds to sue them, but …".
_CONCEDED = re.compile(r"\b(?:reasons?\s+to|grounds\s+to|of\s+course|certainly|admittedly|granted|to\s+be\s+sure|"
                       r"understands?|understood|sympathi[sz]e[sd]?|may|might)\b", re.I)
_BUT_NEXT = re.compile(r",?\s+but\b", re.I)
_BUT_ONLY = re.compile(r",?\s+but\s+only\b", re.I)
# Verbs that are acts only with certain objects, by form: the objects.
_ACT_OBJECTS = {form: frozenset(objects.split()) for forms, objects in load_table("act_objects.tsv")
                for form in forms.split()}
_OBJECT_REACH = 6  # words after the verb in which its object is looked for
# Verbs that put out a statement, and the statement: what it says, not the issuing, is the stance.
_ISSUING = frozenset("issue issues issued issuing release releases released releasing".split())
_STATEMENT = re.compile(r"\s+(?:a|an|the|its|his|her|their|our|this)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:statements?|communiqu[eé]s?|(?:press|news)\s+releases?)\b", re.I)
# Nothing after the statement but when it came and what it was on.
_NOTHING_SAID = re.compile(r"(?:\s+(?:on|about|in|at|late|early|this|last|the|a|its|his|her|their|subject|matter|issue|"
                           r"topic|week|morning|afternoon|evening|night|today|yesterday|tonight|\w+day))*\s*[.,;:]?\s*",
                           re.I)
# The participle that says what the statement does comes within five words of it: "a statement that
# night condemning …".
_STATEMENT_WORD = re.compile(r",?\s+([\w’'.-]+)")
_STATEMENT_REACH = 5
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
_SAID_OPENING = re.compile(r"^[\s,:]*(?:that\s+)?")
_MAYBE = re.compile(r"\b(?:could|might|may)\b", re.I)
# "might raise the fee or refuse to renew": the modal of the first verb is the second's too.
_MAYBE_JOINED = re.compile(r"\b(?:could|might|may)\s+(?:[\w’'-]+\s+){1,8}?(?:or|and)\s+$", re.I)
_DEMANDING = ("call for", "called for", "calls for", "calling for", "call on", "called on", "calls on", "calling on",
              "urg", "demand")
_ANYONE = re.compile(r"\s+(?:an?|any\w*|either|one)\b", re.I)
_YET = re.compile(r"\byet\b", re.I)
_FROM_NEXT = re.compile(r"\s+(?:\w+ly\s+)?from\b", re.I)
_NO_OBJECT = re.compile(r"\s+(?:and|or|but|nor)\b", re.I)
# The subject and verb of a main clause: "Roe accused", "the mayor has said", "she told".
_MAIN_CLAUSE_NEXT = re.compile(r"[\"”’]?\s*(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}|(?:he|she|they|we|I|it)\s+)(?:\w+ly\s+)?"
                               r"(?:[a-z]+ed|[a-z]+s|has|have|had|was|were|is|are|will|would|told|said)\b")
# A verb with nothing after it but a comma.
_BARE = re.compile(r"\s*,")
# "tweeted back at the mayor", "wrote back to her": the reporting verb's particle and whom it answers,
# not what was said.
_ANSWERED = re.compile(r"\s+back\s+(?:at|to|against|on)\b", re.I)
# The aside "as some hope" that puts a verb of hope after what it bears on.
_AS_ASIDE = re.compile(r"\bas\s+(?:[\w’'-]+\s+){1,4}$", re.I)
_QUESTION_PUT = re.compile(r"\s+(?:to\s+(?:know|learn|find\s+out|hear)|(?:an?\s+)?(?:answers?|explanations?)"
                           rf"(?:\s+(?:on|about|as\s+to))?)\s+{_QUESTION_WORD}", re.I)
_ANONYMITY = Gated(("anonymity", "named", "identified"),
                   r"\banonymity\b|\bnot\s+to\s+be\s+(?:named|identified)\b", re.I)
# ("described the job “as a long climb”": the frame hides a quoted "as".)
_AS_QUOTED = re.compile(r"[\s\"“‘]as\s")
# A title or a name, then nothing that says what about them is challenged: an opponent in a race.
_CONTESTED = re.compile(r"\s+(?:(?:incumbent|Sen|Rep|Gov|Mayor|President|Senator|Representative|Governor)\.?\s+)?"
                        r"(?:[A-Z][\w.’'-]*\s*){1,4}(?:\([^)]*\)\s*)?(?:[.,;:]|$|(?:for|in)\b)")
_COMMA_RELATIVE = re.compile(r",\s*(?:who|which)\s+$", re.I)
MAX_CLAUSE_CHARS = 300


def _statement_participle(frame: str, start: int, end: int) -> re.Match | None:
    """The participle after a statement that says what it does: the first one the verb lists know,
    past nouns in -ing that tell when or on what it came ("on Monday morning condemning …", "on the
    ruling backing …"); else the first word in -ing, whose statement then leans nowhere."""
    first = None
    for _ in range(_STATEMENT_REACH):
        word = _STATEMENT_WORD.match(frame, start, end)
        if word is None:
            break
        start = word.end()
        if _PARTICIPLE.match(word.group(1)):
            first = first or word
            verb = verb_at(frame, word.start(1)).group().lower()
            if verb in STANCE_POLARITY or verb in SPEECH_VERBS:
                return word
    return first


def verb_stance(text: str, frame: str, verb: re.Match, sentence_start: int, sentence_end: int,
                passive: bool) -> tuple[str, str, str, int | None] | None:
    """(stance, polarity, kind of evidence, start of a governed verb) for the verb, or None."""
    word = verb.group().lower()
    if part_of_a_phrase(frame, verb, sentence_start):
        return None
    # A stance is cut to MAX_STANCE_WORDS words: reading further than a bounded stretch of the
    # clause adds nothing, and keeps the work per verb constant in an endless sentence.
    end = _clause_end(frame, verb.end(), min(sentence_end, verb.end() + MAX_CLAUSE_CHARS))
    if opens_subordinate(frame, sentence_start, verb.start()):
        # "After Roe attacked the plan at the hearing, Lund hit back": the clause the verb
        # stands in ends at its comma, where the main clause begins.
        comma = frame.find(",", verb.end(), end)
        end = comma if comma >= 0 else end
    # (The "but" after the clause is looked at first: it is rarer than a word that grants a point.)
    if _BUT_NEXT.match(frame, end) and _CONCEDED.search(frame, verb.end(), end) or _BUT_ONLY.match(frame, end):
        # "there were grounds to sue them, but …": the point comes after "but"; "accepted
        # the invitation, but only to decline the offer": what follows takes back what was granted.
        return None
    group_start = verb_group_start(frame, sentence_start, verb.start())
    if bears_on_the_noun_before(frame, verb, sentence_start, group_start, end):
        return None
    if _COMMA_RELATIVE.search(frame, max(sentence_start, group_start - 12), group_start):
        # "Roe, who has praised the pier, will …": the relative clause ends at its comma, where its
        # antecedent's own verb goes on.
        comma = frame.find(",", verb.end(), end)
        end = comma if comma >= 0 else end
    if no_act_of_the_subject(frame, word, verb, sentence_start, group_start, end):
        return None
    if word.startswith("describ") and not _AS_QUOTED.search(text, verb.end(), end):
        return None  # "Roe described the port's costly failure": what was described, not how it was judged
    if _hard_to_do(frame, verb.start(), verb.end(), sentence_start):
        return None
    if word.startswith("challeng") and _CONTESTED.match(frame, verb.end()):
        return None  # "Roe, who is challenging Mayor Lind, …": running against someone, no stance on a proposition
    if word in SPEECH_VERBS and _ANSWERED.match(frame, verb.end()):
        return None
    if _BARE.match(frame, verb.end()) and (word not in SPEECH_VERBS or word.startswith(_ATTITUDES) and _AS_ASIDE.search(
            frame, max(sentence_start, group_start - 40), group_start)):
        # "Roe agreed, and …": the verb's object is elsewhere; "if prices rise, as some hope, …":
        # what is hoped is the clause the aside leans on, not the one after it.
        return None
    if word.endswith("ing") and not frame[sentence_start:group_start].strip(" \"“‘'("):
        # "Decrying the “rigged count,” Roe accused …": a participle opening the sentence has
        # its clause up to the comma where the main clause begins (in the text: a quotation's
        # closing comma is that comma).
        comma = text.find(",", verb.end(), end)
        end = comma if comma >= 0 and _MAIN_CLAUSE_NEXT.match(text, comma + 1) else end
    if _ANONYMITY.search(frame, folded(frame[verb.end():end]), verb.end(), end):
        return None  # "asking for anonymity", "speaking on condition of anonymity": why, not what
    if in_another_clause(frame, sentence_start, group_start):
        return None
    negated = bool(_NEGATION.search(frame, group_start, verb.start()))
    stopping = _STOPPING_BEFORE.search(frame, max(sentence_start, group_start - 30), group_start) \
        if word.endswith("ing") else None
    if governed_by_another(frame, word, verb, sentence_start, group_start, stopping):
        return None
    if stopping:
        # "stopped supporting the plan": what is no longer done, with the verb that ends it.
        group_start = verb_group_start(frame, sentence_start, stopping.start())
        negated = not _NEGATION.search(frame, group_start, stopping.start())
    if describes_a_noun(frame, word, verb, sentence_start, group_start, end, passive):
        return None
    if _QUESTION_PUT.match(frame, verb.end(), end):
        return None  # "demanded to know whether …", "wanted an answer on why …": a question, no stance
    if passive:
        return passive_stance(text, frame, verb, sentence_start, end, negated)
    if word in _ASKING:
        return asked_stance(text, frame, verb, group_start, end, negated)
    if gives_a_name(word, frame, verb.end(), end):
        return named_stance(text, frame, verb, group_start, end, negated)
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
    statement = _STATEMENT.match(frame, verb.end(), end) if word in _ISSUING else None
    if statement and _NOTHING_SAID.fullmatch(frame, statement.end(), end):
        return None  # "issued a statement on Monday": what it said is told elsewhere, if at all
    objects = _ACT_OBJECTS.get(word)
    if objects is not None and not objects & {w.lower() for w in _WORD.findall(frame[verb.end():end])[:_OBJECT_REACH]}:
        return None  # "passed the checks", "holds a majority": an outcome, not an act
    if _NO_OBJECT.match(frame, verb.end(), end):
        return None  # "all that it wants and …": the verb's object is elsewhere
    if word.startswith("hail") and _FROM_NEXT.match(frame, verb.end(), end):
        return None  # "the crews hail mostly from the islands": where they come from, no praise
    if negated and (word.startswith(_DEMANDING) or word.startswith("endors") and (
            _ANYONE.match(frame, verb.end(), end) or _YET.search(frame, group_start, verb.start()))):
        # "has not called for the mayor to step down", "has not endorsed anyone", "has not yet
        # endorsed it": no call or endorsement was made, which opposes nothing. (Not having
        # endorsed the plan, or saying one will not, leans against it.)
        return None
    polarity, complement = _governed_polarity(frame, word, verb.end(), end, negated)
    if polarity is None:
        return None
    said = _statement_participle(frame, statement.end(), end) if statement else None
    if said:
        # "released a statement condemning the raid", "issued a statement saying …": the statement leans
        # as what it does, and issuing it is no act of policy.
        participle = verb_at(frame, said.start(1)).group().lower()
        leaning = STANCE_POLARITY.get(participle)
        polarity = leaning if leaning in ("support", "oppose", "deny") else content_polarity(
            _SAID_OPENING.sub("", text[said.end():end])) if participle in SPEECH_VERBS else "claim"
    if _HYPOTHETICAL.search(frame, group_start, verb.start()):
        if _CONDITION.search(frame, sentence_start, group_start):
            return None  # "if the union struck, she would close …": the stance would lose its condition
        if _CONDITION.search(frame, verb.end(), end):
            polarity = "claim"  # "would only back the plan if …": a condition, not a stance taken
    stance = _tidy(text[group_start:end])
    if stance is None or len(stance.split()) < 3:
        return None
    return stance, polarity, "stance verb", complement
