"""Reading a cue verb: the clause it opens as a stance, its polarity and its kind of evidence, or nothing
when the verb states no stance of its subject's."""

from __future__ import annotations

import re
from functools import lru_cache

from ...data import load_table
from ..clauses import antecedent
from ..lexicon import (FUNCTION_WORDS, PROPER_ADJECTIVES, REFLEXIVES, SPEECH, SPEECH_VERBS, STANCE, STANCE_POLARITY,
                       alternation)
from ..text import MASKS
from .polarity import _governed_polarity, _judgements, _polar, content_polarity
from .reported import _ASKING, _ATTITUDES, _CIRCUMSTANCE_OPENERS, _QUESTION, _reported
from .shared import (_CONDITION, _GERUND_TAKERS, _GROUP_WORD, _HYPOTHETICAL, _LABELS, _NEGATION, _PASSIVE_AUXILIARY,
                     _STOPPING_BEFORE, _WORD, _hard_to_do)
from .stance_text import _clause_end, _tidy

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
# A word of a verb group with its contraction: "doesn't" is one, not "doesn" and "t".
_GROUP_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
_MAYBE = re.compile(r"\b(?:could|might|may)\b", re.I)
# "might raise the fee or refuse to renew": the modal of the first verb is the second's too.
_MAYBE_JOINED = re.compile(r"\b(?:could|might|may)\s+(?:[\w’'-]+\s+){1,8}?(?:or|and)\s+$", re.I)
_DEMANDING = ("call for", "called for", "calls for", "calling for", "call on", "called on", "calls on", "calling on",
              "urg", "demand")
_NO_OBJECT = re.compile(r"\s+(?:and|or|but|nor)\b", re.I)
# "Asked if she supported …", "if she backs …", "whether he opposed …": a question or a condition;
# "would keep the tolls until the authority agreed to pay": a condition someone else sets (but
# "until Roe said she was backing him" reports what she said).
_IF_CLAUSE = re.compile(r"\b(?:(?:if|whether|unless)\s+(?:[\w’'-]+\s+){0,4}"
                        r"|(?:until|till)\s+(?:(?!(?:said|says|told|announced)\s)[\w’'-]+\s+){0,4})$", re.I)
# "It's not that Roe feels …", "not that she wanted …": the clause after it is not so.
_NOT_THAT = re.compile(r"\bnot\s+that\s+(?:[\w’'.-]+\s+){0,4}$", re.I)
_SELDOM = re.compile(r"\b(?:rarely|seldom)\b", re.I)
# A content word in lower case right before a participle: the noun the participle describes.
_NOUN_BEFORE = re.compile(rf"(?<![\w’'-])(?!(?:{alternation(FUNCTION_WORDS)})\s)"
                          r"[a-z][\w’'-]*[a-z]\s+$")
_REFLEXIVE_BEFORE = re.compile(rf"\b(?:{alternation(REFLEXIVES)})\s+$", re.I)
# A possessor right before a word: "the Dockers' ", "Roe’s " (not "it’s" or "she’s", which are verbs).
_POSSESSOR = re.compile(r"(?:[A-Za-z]s['’]|(?<![\w'’])(?!(?:he|she|it|that|who|what|there|here|where|one|let)['’])"
                        r"[A-Z][\w.-]*['’]s)\s+$")
# Verbs of holding back, before the participle of what was held back.
_HOLDING_BACK = re.compile(r"\b(?:avoid|avoids|avoided|avoiding|(?:refrain|refrains|refrained|refraining|desist|desists|"
                           r"desisted|abstain|abstains|abstained|abstaining)\s+from|(?:shy|shies|shied|shying|steer|"
                           r"steers|steered|steering)\s+(?:away|clear)\s+(?:from|of))\s+$", re.I)
# A preposition or subordinator that makes the -ing form after it a gerund of time or manner.
_CIRCUMSTANCE_BEFORE = re.compile(r"\b(?:until|after|before|since|upon|without|despite|when|while)\s+$", re.I)
# Those of them that put the act at another time than the sentence's ("while also backing" is at the same time).
_ANOTHER_TIME_BEFORE = re.compile(r"\b(?:until|after|before|since|upon)\s+$", re.I)
# The subject and verb of a main clause: "Roe accused", "the mayor has said", "she told".
_MAIN_CLAUSE_NEXT = re.compile(r"[\"”’]?\s*(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}|(?:he|she|they|we|I|it)\s+)(?:\w+ly\s+)?"
                               r"(?:[a-z]+ed|[a-z]+s|has|have|had|was|were|is|are|will|would|told|said)\b")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
# A verb with nothing after it but a comma.
_BARE = re.compile(r"\s*,")
# "tweeted back at the mayor", "wrote back to her": the reporting verb's particle and whom it answers,
# not what was said.
_ANSWERED = re.compile(r"\s+back\s+(?:at|to|against|on)\b", re.I)
# The aside "as some hope" that puts a verb of hope after what it bears on.
_AS_ASIDE = re.compile(r"\bas\s+(?:[\w’'-]+\s+){1,4}$", re.I)
# Pronouns that a participle describes as a noun's modifier would: "those waiting …", "anyone hoping …".
_PRONOUN_HEAD_BEFORE = re.compile(r"\b(?:those|anyone|anybody|everyone|everybody|someone|somebody|others)\s+$", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _modifies_a_noun(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether the participle at `verb_start` follows a noun it describes, with no comma, verb or
    "with" that would give it a clause of its own."""
    if _PRONOUN_HEAD_BEFORE.search(frame, max(sentence_start, verb_start - 15), verb_start):
        return True  # "open to anyone hoping for a seat": the pronoun is what the participle describes
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
# Verbs that give something a name: "called the plan a disaster", "branded him a liar".
_NAMING = frozenset("call calls called calling brand brands branded branding dub dubs dubbed dubbing label labels "
                    "labeled labelled labeling labelling term terms termed terming describe describes described "
                    "describing".split())
# A name in quotation marks right after the verb, then the verb of the noun the name was given to.
_NAME_THEN_VERB = re.compile(r"\s*[\"“][^\"”]{1,160}[\"”]\s+(?:\w+ly\s+)?(?:is|was|are|were|has|have|had|will|would|"
                             r"continues|continue|remains|remain|stays|stay|keeps|keep|leads|lead)\b")
_NOT_NAMING = re.compile(r"\s*(?:for|on|upon|off|back|out|up|in|into|at|to|that|it\s+quits)\b", re.I)
_AS = re.compile(r"\sas\s")
# ("described the job “as a long climb”": the frame hides a quoted "as".)
_AS_QUOTED = re.compile(r"[\s\"“‘]as\s")
_ASKED_TO = re.compile(r"\s+(?:[^,;.]{1,60}?\s+)?to\s+[a-z]+\b")
_AUXILIARY_BEFORE = re.compile(r"\s*\b(?:was|were|been|is|are|be|being)\s+(?:\w+ly\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
# Verbs of praise and blame, which take an object before "for" or "as" when active.
_JUDGED_FOR = re.compile(r"(?:prais|laud|hail|commend|applaud|credit|criticiz|criticis|condemn|slamm|blast|blam|fault|"
                         r"censur|rebuk|chastis|scold|denounc)ed")
_FOR_OR_AS_AFTER = re.compile(r"\s+(?:for|as)\b")
_FINDING_AFTER = re.compile(r"\s+(?:(?:last|this|on)\s+\w+\s+|(?:today|yesterday|[A-Z][a-z]+day)\s+)?"
                            r"(?:shows?|showed|found|finds|suggests?|suggested|indicates?|indicated|gives|gave)\b")
_PLURAL_FORM = re.compile(r"^[a-z]+[^s\W]s\b")
_PREPOSITION_NAME = re.compile(r"\b(?:on|of|alongside|about|with|from|for|against|over|among|amid|like)\s+"
                               r"(?:[A-Z][\w’'.-]*\s+){1,4}$")
_PARTICIPLE_FORM = re.compile(r"(?:ed|en|wn|ght|ld|lt|nt|ne)$")
_RELATIVE_END = re.compile(r",\s*(?:which|who|that)\s*$")
_AGENT_LEAD = re.compile(r"^\s*by\s+[^,]*?(?=\s+(?:as|to|for|in|on|with)\b|$)")
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
            verb = _verb_at(frame, word.start(1)).group().lower()
            if verb in STANCE_POLARITY or verb in SPEECH_VERBS:
                return word
    return first


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
    if verb.group()[:1].isupper() and frame[sentence_start:verb.start()].strip(" \"“‘'("):
        return None  # "the Licensed and Appointed Pilots Guild": inside its sentence, a capital makes it part of a name
    if _OPENING_PREPOSITION.fullmatch(frame, sentence_start, _group_start(frame, sentence_start, verb.start())):
        return None  # "Despite Roe calls for calm, …": the name is what the preposition governs, its word a noun
    if _FRONTED_PHRASE.fullmatch(frame, sentence_start, verb.start()):
        return None  # "Like others defending the fees, Roe said …": the verb is the others', in a phrase before the subject
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
    if _object_gapped(frame, sentence_start, group_start) or _RELATIVE_NEXT.match(frame, verb.end(), end):
        # "which Roe calls a disaster", "the bill she was drafting which would …": what the verb bears
        # on is the noun before, out of the stance.
        return None
    if _COMMA_RELATIVE.search(frame, max(sentence_start, group_start - 12), group_start):
        # "Roe, who has praised the pier, will …": the relative clause ends at its comma, where its
        # antecedent's own verb goes on.
        comma = frame.find(",", verb.end(), end)
        end = comma if comma >= 0 else end
    if word.endswith("ing") and group_start == verb.start() and (
            _modifies_a_noun(frame, sentence_start, verb.start()) or _after_reporting(frame, sentence_start, verb.start())
            or _REFLEXIVE_BEFORE.search(frame, max(sentence_start, verb.start() - 20), verb.start())):
        # "residents seeking to move", "a statement calling for calm": a noun's modifier; "said
        # sending troops would …": the subject of what was said; "found himself reading out the rules":
        # what she caught herself doing, not a stance.
        return None
    if word.endswith("ing") and group_start == verb.start() and _NAME_OPENING.fullmatch(frame, sentence_start, group_start) \
            and _MAIN_VERB_AFTER.search(frame, verb.end(), end):
        # "Harbour Republicans backing the plan have said …", "Roe, backing the plan, said …": a participle
        # describing the subject, whose own verb follows and says what it holds.
        return None
    if word.endswith("ing") and word in SPEECH_VERBS and _AS_BEFORE.search(
            frame, max(sentence_start, verb.start() - 5), verb.start()):
        return None  # "cited a deputy as saying …": the deputy's words, whoever cites them
    if group_start == verb.start() and _POSSESSOR.search(frame, max(sentence_start, verb.start() - 40), verb.start()):
        return None  # "prefer the Dockers' call for a strike", "Roe’s pledge to …": a noun its owner's name qualifies
    if word.endswith("ing") and (_DETERMINER_BEFORE.search(frame, max(sentence_start, group_start - 12), group_start)
                                 or group_start == verb.start() and _PLURAL_NEXT.match(frame, verb.end())
                                 and _PREPOSITION_BEFORE.search(frame, max(sentence_start, verb.start() - 10),
                                                                verb.start())):
        # "In the early polling, Roe led …", "the fighting", "spoke about polling stations": a noun, no
        # one's act. ("early" reads as an adverb of the verb group, so the determiner is looked for before it.)
        return None
    if word.endswith("ing") and _BE_BEFORE.search(frame, group_start, verb.start()) and (
            _INTENSIFIED.search(frame, group_start, verb.start()) or _NO_OBJECT_AFTER.match(frame, verb.end())):
        return None  # "the climb is challenging.", "is very encouraging": it describes, and takes no side
    if word not in SPEECH_VERBS and _SAYING_NEXT.match(frame, verb.end()):
        # "a Roe Party notice read …": a noun whose words follow, not a verb. (After a verb of saying the
        # word is a noun: "said ports such as Dover will …".)
        return None
    if word.startswith("describ") and not _AS_QUOTED.search(text, verb.end(), end):
        return None  # "Roe described the port's costly failure": what was described, not how it was judged
    if _hard_to_do(frame, verb.start(), verb.end(), sentence_start):
        return None
    if word.startswith("challeng") and _CONTESTED.match(frame, verb.end()):
        return None  # "Roe, who is challenging Mayor Lind, …": running against someone, no stance on a proposition
    if word.endswith("ing") and (group_start == verb.start() and _CIRCUMSTANCE_BEFORE.search(
            frame, max(sentence_start, verb.start() - 20), verb.start())
            or _ANOTHER_TIME_BEFORE.search(frame, max(sentence_start, group_start - 20), group_start)):
        # "stayed on the board until resigning", "before backing the plan": when, not what is held; "after
        # strongly backing him": done at another time than what the sentence tells, whatever adverb stands between.
        return None
    if word.endswith("ing") and _BY_BEFORE.search(frame, max(sentence_start, group_start - 5), group_start) \
            and _MEANS_OPEN.search(frame, sentence_start, group_start):
        # "has two options left: by going to court", "could halt it by cutting its funds": a means
        # open to the subject, not an act done.
        return None
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
    if _ANONYMITY.search(frame, verb.end(), end):
        return None  # "asking for anonymity", "speaking on condition of anonymity": why, not what
    if _IF_CLAUSE.search(frame, max(sentence_start, group_start - 60), group_start):
        return None
    if _in_reported_content(frame, sentence_start, group_start):
        return None
    if _in_relative_clause(frame, sentence_start, group_start):
        return None
    if _REASON_BEFORE.search(frame, max(sentence_start, group_start - 80), group_start):
        # "One reason the union says it joined the talks was …": the verb describes the reason,
        # the sentence's subject, and what it reports runs on into the main verb.
        return None
    if _JOINED_IN_SUBORDINATE.search(frame, max(sentence_start, group_start - 100), group_start):
        # "warned the port will fail unless it ends the strike and grants a raise": the verb after
        # "and" goes on the clause of "unless", whose subject is its own, not the sentence's.
        return None
    if _NOT_THAT.search(frame, max(sentence_start, group_start - 60), group_start):
        return None  # "It is not that Roe regrets the fees": what follows is denied
    negated = bool(_NEGATION.search(frame, group_start, verb.start()))
    stopping = _STOPPING_BEFORE.search(frame, max(sentence_start, group_start - 30), group_start) \
        if word.endswith("ing") else None
    if word.endswith("ing") and group_start == verb.start() and not stopping and _governing_verb_before(
            frame, max(sentence_start, verb.start() - 30), verb.start()):
        # "Lund opposed signing up to the petition": the participle is what the verb before it
        # governs, and shown alone it would say the opposite of what was done.
        return None
    if word.endswith("ing") and _HOLDING_BACK.search(frame, max(sentence_start, group_start - 30), group_start):
        # "has avoided directly criticizing Roe", "refrained from backing the plan": what was not
        # done, which shown alone would say it was.
        return None
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
    if not passive and word.endswith("ed") and group_start == verb.start() and _PLURAL_NEXT.match(frame, verb.end()) \
            and (_ADJECTIVE_PLACE.search(frame, max(sentence_start, verb.start() - 30), verb.start())
                 or word in _PEOPLE_PARTICIPLES and _AND_PLURAL.search(frame, max(sentence_start, verb.start() - 30),
                                                                        verb.start())):
        # "the retired officers", "with pilots and elected officials": a participle describing the noun
        # after it, where no subject stands before it to act. (After "and", only the participles that
        # usually describe people: "toured the docks and urged crews to strike" has a verb there.)
        return None
    if not passive and _JUDGED_FOR.fullmatch(word) and _FOR_OR_AS_AFTER.match(frame, verb.end(), end):
        # "is younger and praised for her work": praise or blame with no object is a passive
        # whose auxiliary stands earlier, and the praise is someone else's.
        return None
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
            return None  # ("was told by a neighbour that …": what the agent said is not the patient's)
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
    statement = _STATEMENT.match(frame, verb.end(), end) if word in _ISSUING else None
    if statement and _NOTHING_SAID.fullmatch(frame, statement.end(), end):
        return None  # "issued a statement on Monday": what it said is told elsewhere, if at all
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
    said = _statement_participle(frame, statement.end(), end) if statement else None
    if said:
        # "released a statement condemning the raid", "issued a statement saying …": the statement leans
        # as what it does, and issuing it is no act of policy.
        participle = _verb_at(frame, said.start(1)).group().lower()
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


# A sentence opening on a clause of time, cause or concession ("After …,", "While some …,").
_SUBORDINATE_START = re.compile(r"[\W_]*(?:(?:but|and|yet|so)\s+)?(?:after|when|while|as|although|though|because|"
                                r"since|once|until|before|whereas)\b", re.I)


# A preposition opening the sentence, then a name, then the word read as a verb.
_OPENING_PREPOSITION = re.compile(r"[\W_]*(?i:alongside|amid|amidst|despite|among|against|unlike|besides|beyond|without|"
                                  r"with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}")
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
# "reason", then the subject of a clause that describes it, with no comma between.
_REASON_BEFORE = re.compile(r"\breasons?\s+(?:[\w’'.-]+\s+){1,6}$", re.I)
# A sentence opening on a name, or a noun phrase of capitalised words, after a connective ("Still,") or not.
_NAME_OPENING = re.compile(r"[\W_]*(?:[A-Za-z]+\s*,\s*)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*\s*,?\s*")
_MAIN_VERB_AFTER = re.compile(r"(?:,\s*|\s+)(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|said|says|told)\b")
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
# What makes a means a possibility: a modal of ability, or a noun of the ways open.
_MEANS_OPEN = re.compile(r"\b(?:can|could|may|might|ways?|options?|means|tools?|how)\b", re.I)
# A phrase of comparison or circumstance opening the sentence, before its comma.
_FRONTED_PHRASE = re.compile(r"[\W_]*(?i:like|unlike|despite|amid|amidst|among|besides|beyond|alongside)\s+[^,;]*")
# A determiner or quantifier before a word in -ing makes it a noun: "more fighting", "the early polling".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|other|any|some|more|much|less|early|such)\s+$", re.I)
# So does a preposition before it when a plural noun follows, which it describes: "about polling stations".
_PREPOSITION_BEFORE = re.compile(r"\b(?:over|about|of|on|for|against|into|with)\s+$", re.I)
_PLURAL_NEXT = re.compile(r"\s+[a-z]+[^s\W]s\b")
# Where a word in -ed before a plural noun describes it: after a determiner, a preposition or a proper adjective.
_ADJECTIVE_PLACE = re.compile(r"(?:\b(?i:the|its|their|our|his|her|these|those|other|many|some|all|both|with|of|for|to|"
                              rf"among|by)|\b(?:{alternation(w.capitalize() for w in PROPER_ADJECTIVES)}))\s+$")
# A plural noun and "and" or "or" before the word: "pilots and elected officials".
_AND_PLURAL = re.compile(r"\b[a-z]+s\s+(?:and|or)\s+$")
# Participles that usually stand before a noun of people to describe them, rarely as a verb taking them.
_PEOPLE_PARTICIPLES = frozenset("elected appointed retired registered unnamed armed wounded injured displaced "
                                "detained disaffected undecided enlisted".split())
# A form of "be" ending the verb group before a word in -ing, which may be an adjective: "can be challenging".
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am)\s+(?:\w+ly\s+|very\s+|so\s+|too\s+|quite\s+)?$",
                        re.I)
_INTENSIFIED = re.compile(r"\b(?:very|so|too|quite)\s+$", re.I)
# Nothing a verb could take as object after it: the clause ends, or only a phrase of how often ("at times").
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|at\s+times\b)")
# A verb of saying or showing right after the word: the word is the noun that says it.
_SAYING_NEXT = re.compile(r"\s+(?:read|reads|said|says|stated|states|warned|warns|declared|declares|showed|shows)\b")
# A title or a name, then nothing that says what about them is challenged: an opponent in a race.
_CONTESTED = re.compile(r"\s+(?:(?:incumbent|Sen|Rep|Gov|Mayor|President|Senator|Representative|Governor)\.?\s+)?"
                        r"(?:[A-Z][\w.’'-]*\s*){1,4}(?:\([^)]*\)\s*)?(?:[.,;:]|$|(?:for|in)\b)")
_RELATIVE_NEXT = re.compile(r"\s+(?:which|who|whom)\b", re.I)
_COMMA_RELATIVE = re.compile(r",\s*(?:who|which)\s+$", re.I)
# A relative pronoun, the subject after it, then the verb: "which Roe calls", "whom the board described".
_OBJECT_RELATIVE = re.compile(r"(?:(\w+)\s+)?\b(?:which|whom)\s+((?:[\w’'.-]+\s+){1,6})$", re.I)
# (Most clauses hold neither pronoun: a search for it alone spares the pattern above, which tries
# each word before the verb in turn.)
_WHICH_OR_WHOM = re.compile(r"wh(?:ich|om)", re.I)
# Words that make what follows the pronoun no bare subject: "which is why Roe …", "which when Roe …".
_NOT_A_SUBJECT = frozenset("is are was were be been has have had why how when where what if as".split())


def _object_gapped(frame: str, sentence_start: int, group_start: int) -> bool:
    """Whether the verb group at `group_start` stands in a relative clause whose pronoun is its object
    ("the plan, which Roe calls a disaster", "whom she described as reckless"): what the verb bears on
    is the antecedent, which a stance read from the verb on leaves out. ("in which Roe argued that …"
    has its content after the verb.)"""
    start = max(sentence_start, group_start - 80)
    found = _OBJECT_RELATIVE.search(frame, start, group_start) if _WHICH_OR_WHOM.search(frame, start, group_start) \
        else None
    if found is None:
        return False
    before = (found.group(1) or "").lower()
    return before not in _CIRCUMSTANCE_OPENERS and not _NOT_A_SUBJECT & {w.lower() for w in found.group(2).split()}


# A clause of condition with no comma to close it, then "and" or "or" right before the verb group; or a
# clause of time, cause or concession whose subject is a thing or someone unnamed ("because it …",
# "although the board …"; "when Roe lost and called for a recount" goes on Roe's own clause).
_JOINED_IN_SUBORDINATE = re.compile(r"\b(?i:(?:unless|if|until|whether)\s+|(?:because|once|although|though|whereas|when|"
                                    r"while)\s+(?!(?i:he|she|we|I|they)\b)(?=[a-z]))"
                                    r"[^,;:.!?“”\"]{1,80}?\s(?i:and|or)\s+$")
# A verb group joined by "and" or "or" with no subject of its own, opening on a modal.
_JOINED_GROUP = re.compile(r"\b(?:and|or)\s+(?=(?:will|would|can|could|must|shall|should)\b)", re.I)


def _in_reported_content(frame: str, sentence_start: int, group_start: int) -> bool:
    """Whether the verb group at `group_start` goes on what a past or participle verb of saying reports
    ("warned that Roe opposes the fees and would close the dock", "saying the crews are united and will
    strike"): its tense is the reported clause's, so its subject is that clause's, not the reporter's.
    ("said the fees were high and vowed to cut them" goes on the reporter's own verb, and so does a group
    after a comma: "denied the charges, and will fight them".)"""
    joined = _JOINED_GROUP.search(frame, max(sentence_start, group_start - 5), group_start + 8)
    if joined is None or joined.end() != group_start:
        return False
    return any((found.group().lower().endswith(("ed", "ing")) or found.group().lower() in _PAST_SAYING)
               and "," not in frame[found.end():joined.start()]
               for found in SPEECH.find(frame, sentence_start, joined.start()))


_PAST_SAYING = frozenset({"said", "told", "wrote", "thought", "felt", "meant"})
# A relative pronoun after a noun, its stance verb, and what it bears on up to "and": "the planks that
# support the ban and …".
_RELATIVE_THEN_AND = re.compile(r"\b([a-z]+),?\s+(?:that|which)\s+(?:\w+ly\s+)?([a-z]+)\s[^,;.“”\"]{0,80}?\band\s+$")


def _in_relative_clause(frame: str, sentence_start: int, group_start: int) -> bool:
    """Whether the verb group at `group_start` is joined by "and" to a stance verb of a relative clause
    ("lives at odds with the platform that backs the fees and opposes the docks"): its subject is the
    relative's antecedent, not the sentence's."""
    found = _RELATIVE_THEN_AND.search(frame, max(sentence_start, group_start - 120), group_start)
    return found is not None and found.group(1) not in SPEECH_VERBS and found.group(2) in STANCE_POLARITY


def _governing_verb_before(frame: str, start: int, verb_start: int) -> bool:
    """Whether the word right before `verb_start` is a verb that takes a side on the participle it
    governs ("opposed signing", "denied taking"). ("began issuing" takes none: the participle is the
    stance.)"""
    before = _LAST_WORD.search(frame, start, verb_start)
    return before is not None and STANCE_POLARITY.get(before.group(1).lower()) in ("support", "oppose", "deny")


def _opens_subordinate(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether the verb at `verb_start` stands in a clause of time, cause or concession opening its
    sentence, with no comma before it to close that clause."""
    return bool(_SUBORDINATE_START.match(frame, sentence_start, verb_start)) \
        and "," not in frame[sentence_start:verb_start]


@lru_cache(maxsize=1024)  # (the stance of a verb and the checks on its holder each ask it again)
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


def _asked(text: str, frame: str, verb: re.Match, group_start: int, end: int,
          negated: bool) -> tuple[str, str, str, None] | None:
    """ "asked the court to dismiss the case" is a demand; "asked whether …" is a question, no stance;
    "rarely asks …" asks for nothing."""
    governed = _ASKED_TO.match(frame, verb.end(), end)
    if negated or governed is None or _QUESTION.match(frame[verb.end():end].strip()):
        return None
    stance = _tidy(text[group_start:end])
    return (stance, "support", "stance verb", None) if stance else None


def _named(text: str, frame: str, verb: re.Match, group_start: int, end: int,
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
