"""Whether a cue word stands as a verb of its sentence's subject: not part of a name, a noun, an
adjective or a participle describing a noun, nor a verb of a relative, subordinate, conditional or
reported clause whose subject is another's."""

from __future__ import annotations

import re

from ....gated import Gated, folded
from ...lexicon import FUNCTION_WORDS, PROPER_ADJECTIVES, REFLEXIVES, SPEECH, SPEECH_VERBS, STANCE_POLARITY, alternation
from ..reported import _CIRCUMSTANCE_OPENERS
from ..shared import _GERUND_TAKERS, _PASSIVE_AUXILIARY
from .group import verb_group_start

# "Asked if she supported …", "if she backs …", "whether he opposed …": a question or a condition;
# "would keep the tolls until the authority agreed to pay": a condition someone else sets (but
# "until Roe said she was backing him" reports what she said).
_IF_CLAUSE = Gated(("if", "whether", "unless", "til"),
                   r"\b(?:(?:if|whether|unless)\s+(?:[\w’'-]+\s+){0,4}"
                   r"|(?:until|till)\s+(?:(?!(?:said|says|told|announced)\s)[\w’'-]+\s+){0,4})$", re.I)
# "It's not that Roe feels …", "not that she wanted …": the clause after it is not so.
_NOT_THAT = Gated(("not",), r"\bnot\s+that\s+(?:[\w’'.-]+\s+){0,4}$", re.I)
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
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
# Pronouns that a participle describes as a noun's modifier would: "those waiting …", "anyone hoping …".
_PRONOUN_HEAD_BEFORE = re.compile(r"\b(?:those|anyone|anybody|everyone|everybody|someone|somebody|others)\s+$", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w’'-]+\s+){0,3}$", re.I)
_LAST_WORDS = re.compile(r"(?:(\w+)\s+that|(\w+))\s+$")
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
# Marks and a quotation's masks before a sentence's first word. The patterns of a sentence's opening
# below are matched after them: each opens on a letter, and one that took them in went back over a
# long masked quotation a character at a time, trying its words at each.
_LEAD = re.compile(r"[\W_]*")
# A sentence opening on a clause of time, cause or concession ("After …,", "While some …,").
_SUBORDINATE_START = re.compile(r"(?:(?:but|and|yet|so)\s+)?(?:after|when|while|as|although|though|because|"
                                r"since|once|until|before|whereas)\b", re.I)
# A preposition opening the sentence, then a name, then the word read as a verb.
_OPENING_PREPOSITION = re.compile(r"(?i:alongside|amid|amidst|despite|among|against|unlike|besides|beyond|without|"
                                  r"with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}")
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
# "reason", then the subject of a clause that describes it, with no comma between.
_REASON_BEFORE = Gated(("reason",), r"\breasons?\s+(?:[\w’'.-]+\s+){1,6}$", re.I)
# A sentence opening on a name, or a noun phrase of capitalised words, after a connective ("Still,") or not.
_NAME_OPENING = re.compile(r"(?:[A-Za-z]+\s*,\s*)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*\s*,?\s*")
_MAIN_VERB_AFTER = re.compile(r"(?:,\s*|\s+)(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|said|says|told)\b")
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
# What makes a means a possibility: a modal of ability, or a noun of the ways open.
_MEANS_OPEN = re.compile(r"\b(?:can|could|may|might|ways?|options?|means|tools?|how)\b", re.I)
# A phrase of comparison or circumstance opening the sentence, before its comma.
_FRONTED_PHRASE = re.compile(r"(?i:like|unlike|despite|amid|amidst|among|besides|beyond|alongside)\s+[^,;]*")
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
_RELATIVE_NEXT = re.compile(r"\s+(?:which|who|whom)\b", re.I)
# A relative pronoun, the subject after it, then the verb: "which Roe calls", "whom the board described".
_OBJECT_RELATIVE = re.compile(r"(?:(\w+)\s+)?\b(?:which|whom)\s+((?:[\w’'.-]+\s+){1,6})$", re.I)
# (Most clauses hold neither pronoun: a search for it alone spares the pattern above, which tries
# each word before the verb in turn.)
_WHICH_OR_WHOM = re.compile(r"wh(?:ich|om)", re.I)
# Words that make what follows the pronoun no bare subject: "which is why Roe …", "which when Roe …".
_NOT_A_SUBJECT = frozenset("is are was were be been has have had why how when where what if as".split())


def _first_word(frame: str, sentence_start: int, end: int) -> int:
    """Where the sentence's first word starts, past the marks and masks before it (`end` at most)."""
    return _LEAD.match(frame, sentence_start, end).end()


def part_of_a_phrase(frame: str, verb: re.Match, sentence_start: int) -> bool:
    """Whether the word belongs to a name or to a phrase opening the sentence before its subject,
    not to the subject's own clause."""
    if verb.group()[:1].isupper() and frame[sentence_start:verb.start()].strip(" \"“‘'("):
        return True  # "the Licensed and Appointed Pilots Guild": inside its sentence, a capital makes it part of a name
    group_start = verb_group_start(frame, sentence_start, verb.start())
    if _OPENING_PREPOSITION.fullmatch(frame, _first_word(frame, sentence_start, group_start), group_start):
        return True  # "Despite Roe calls for calm, …": the name is what the preposition governs, its word a noun
    if _FRONTED_PHRASE.fullmatch(frame, _first_word(frame, sentence_start, verb.start()), verb.start()):
        return True  # "Like others defending the fees, Roe said …": the verb is the others', in a phrase before the subject
    return False


def bears_on_the_noun_before(frame: str, verb: re.Match, sentence_start: int, group_start: int, end: int) -> bool:
    """ "which Roe calls a disaster", "the bill she was drafting which would …": what the verb bears
    on is the noun before, out of the stance."""
    return _object_gapped(frame, sentence_start, group_start) or bool(_RELATIVE_NEXT.match(frame, verb.end(), end))


def no_act_of_the_subject(frame: str, word: str, verb: re.Match, sentence_start: int, group_start: int,
                          end: int) -> bool:
    """Whether the word, though it has the form of a cue verb, is a noun, an adjective or a participle
    describing someone, or tells when or by what means, rather than the subject's act."""
    if word.endswith("ing") and group_start == verb.start() and (
            _modifies_a_noun(frame, sentence_start, verb.start()) or _after_reporting(frame, sentence_start, verb.start())
            or _REFLEXIVE_BEFORE.search(frame, max(sentence_start, verb.start() - 20), verb.start())):
        # "residents seeking to move", "a statement calling for calm": a noun's modifier; "said
        # sending troops would …": the subject of what was said; "found himself reading out the rules":
        # what she caught herself doing, not a stance.
        return True
    if word.endswith("ing") and group_start == verb.start() \
            and _NAME_OPENING.fullmatch(frame, _first_word(frame, sentence_start, group_start), group_start) \
            and _MAIN_VERB_AFTER.search(frame, verb.end(), end):
        # "Harbour Republicans backing the plan have said …", "Roe, backing the plan, said …": a participle
        # describing the subject, whose own verb follows and says what it holds.
        return True
    if word.endswith("ing") and word in SPEECH_VERBS and _AS_BEFORE.search(
            frame, max(sentence_start, verb.start() - 5), verb.start()):
        return True  # "cited a deputy as saying …": the deputy's words, whoever cites them
    if group_start == verb.start() and _possessor_before(frame, max(sentence_start, verb.start() - 40), verb.start()):
        return True  # "prefer the Dockers' call for a strike", "Roe’s pledge to …": a noun its owner's name qualifies
    if word.endswith("ing") and (_DETERMINER_BEFORE.search(frame, max(sentence_start, group_start - 12), group_start)
                                 or group_start == verb.start() and _PLURAL_NEXT.match(frame, verb.end())
                                 and _PREPOSITION_BEFORE.search(frame, max(sentence_start, verb.start() - 10),
                                                                verb.start())):
        # "In the early polling, Roe led …", "the fighting", "spoke about polling stations": a noun, no
        # one's act. ("early" reads as an adverb of the verb group, so the determiner is looked for before it.)
        return True
    if word.endswith("ing") and _BE_BEFORE.search(frame, group_start, verb.start()) and (
            _INTENSIFIED.search(frame, group_start, verb.start()) or _NO_OBJECT_AFTER.match(frame, verb.end())):
        return True  # "the climb is challenging.", "is very encouraging": it describes, and takes no side
    if word not in SPEECH_VERBS and _SAYING_NEXT.match(frame, verb.end()):
        # "a Roe Party notice read …": a noun whose words follow, not a verb. (After a verb of saying the
        # word is a noun: "said ports such as Dover will …".)
        return True
    if word.endswith("ing") and (group_start == verb.start() and _CIRCUMSTANCE_BEFORE.search(
            frame, max(sentence_start, verb.start() - 20), verb.start())
            or _ANOTHER_TIME_BEFORE.search(frame, max(sentence_start, group_start - 20), group_start)):
        # "stayed on the board until resigning", "before backing the plan": when, not what is held; "after
        # strongly backing him": done at another time than what the sentence tells, whatever adverb stands between.
        return True
    if word.endswith("ing") and _BY_BEFORE.search(frame, max(sentence_start, group_start - 5), group_start) \
            and _MEANS_OPEN.search(frame, sentence_start, group_start):
        # "has two options left: by going to court", "could halt it by cutting its funds": a means
        # open to the subject, not an act done.
        return True
    return False


def in_another_clause(frame: str, sentence_start: int, group_start: int) -> bool:
    """Whether the verb group at `group_start` stands in a clause whose subject or truth is not the
    sentence's: a question or a condition, reported content, a relative clause, a reason described,
    a subordinate clause joined by "and", or a clause "not that" denies."""
    # (What the patterns below need is looked for in the words before the group, lowered once.)
    before = folded(frame[max(sentence_start, group_start - _RELATIVE_REACH):group_start])
    if _IF_CLAUSE.search(frame, before, max(sentence_start, group_start - 60), group_start):
        return True
    if _in_reported_content(frame, sentence_start, group_start):
        return True
    if _in_relative_clause(frame, before, sentence_start, group_start):
        return True
    if _REASON_BEFORE.search(frame, before, max(sentence_start, group_start - 80), group_start):
        # "One reason the union says it joined the talks was …": the verb describes the reason,
        # the sentence's subject, and what it reports runs on into the main verb.
        return True
    if before.rstrip().endswith(("and", "or")) \
            and _JOINED_IN_SUBORDINATE.search(frame, before, max(sentence_start, group_start - 100), group_start):
        # "warned the port will fail unless it ends the strike and grants a raise": the verb after
        # "and" goes on the clause of "unless", whose subject is its own, not the sentence's.
        return True
    if _NOT_THAT.search(frame, before, max(sentence_start, group_start - 60), group_start):
        return True  # "It is not that Roe regrets the fees": what follows is denied
    return False


def governed_by_another(frame: str, word: str, verb: re.Match, sentence_start: int, group_start: int,
                        stopping: re.Match | None) -> bool:
    """Whether the participle is what a verb before it governs: one that takes a side on it
    ("opposed signing") or holds it back ("avoided criticizing")."""
    if word.endswith("ing") and group_start == verb.start() and not stopping and _governing_verb_before(
            frame, max(sentence_start, verb.start() - 30), verb.start()):
        # "Lund opposed signing up to the petition": the participle is what the verb before it
        # governs, and shown alone it would say the opposite of what was done.
        return True
    if word.endswith("ing") and _HOLDING_BACK.search(frame, max(sentence_start, group_start - 30), group_start):
        # "has avoided directly criticizing Roe", "refrained from backing the plan": what was not
        # done, which shown alone would say it was.
        return True
    return False


def describes_a_noun(frame: str, word: str, verb: re.Match, sentence_start: int, group_start: int, end: int,
                     passive: bool) -> bool:
    """Whether the word is a participle or a plural noun describing a noun, or a passive with no agent
    named, rather than a verb whose subject acts."""
    if not passive and _PARTICIPLE_FORM.search(word) and _PASSIVE_AUXILIARY.search(
            frame, max(sentence_start, verb.start() - 30), verb.start()):
        return True  # "was granted bail": a passive whose agent the text does not name
    if word.endswith("ing") and _BY_AFTER.match(frame, verb.end(), end):
        return True  # "shelling by the army": a noun, its agent after it
    if not passive and word.endswith("ed") and _FINDING_AFTER.match(frame, verb.end(), end):
        return True  # "the newest Roe survey released Friday shows …": a participle describing a noun, its verb next
    if not passive and word.endswith("ed") and group_start == verb.start() and _PLURAL_NEXT.match(frame, verb.end()) \
            and (_ADJECTIVE_PLACE.search(frame, max(sentence_start, verb.start() - 30), verb.start())
                 or word in _PEOPLE_PARTICIPLES and _AND_PLURAL.search(frame, max(sentence_start, verb.start() - 30),
                                                                        verb.start())):
        # "the retired officers", "with pilots and elected officials": a participle describing the noun
        # after it, where no subject stands before it to act. (After "and", only the participles that
        # usually describe people: "toured the docks and urged crews to strike" has a verb there.)
        return True
    if not passive and _JUDGED_FOR.fullmatch(word) and _FOR_OR_AS_AFTER.match(frame, verb.end(), end):
        # "is younger and praised for her work": praise or blame with no object is a passive
        # whose auxiliary stands earlier, and the praise is someone else's.
        return True
    if not passive and word.endswith("ed") and _BY_AFTER.match(frame, verb.end(), end):
        # "the union leader challenged by Roe in 2019": a participle describing its noun, whose agent
        # comes after it; the noun before it is the one acted on.
        return True
    if group_start == verb.start() and _PLURAL_FORM.search(word) and word not in SPEECH_VERBS \
            and _PREPOSITION_NAME.search(frame, max(sentence_start, verb.start() - 60), verb.start()):
        # "quizzed Roe on Valmora issues", "amid Valmora calls for calm": after a name that follows
        # a preposition, a word in -s is a plural noun, not a verb whose subject the name is. (A
        # verb of saying is none: "the Commission on Harbour Safety says …".)
        return True
    return False


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


def _possessor_before(frame: str, start: int, end: int) -> bool:
    """Whether a possessor ends right before `end`, looked for only where an apostrophe is."""
    stretch = frame[start:end]
    return ("'" in stretch or "’" in stretch) and _POSSESSOR.search(frame, start, end) is not None


def _after_reporting(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether a reporting verb ("said", "argued that") comes right before `verb_start`."""
    before = _LAST_WORDS.search(frame, max(sentence_start, verb_start - 20), verb_start)
    return before is not None and (before.group(1) or before.group(2)).lower() in SPEECH_VERBS



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
_JOINED_IN_SUBORDINATE = Gated(("unless", "if", "until", "whether", "because", "once", "though", "whereas", "when",
                                "while"),
                               r"\b(?i:(?:unless|if|until|whether)\s+|(?:because|once|although|though|whereas|when|"
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
_RELATIVE_REACH = 120  # characters before a verb group in which a relative clause joined to it is looked for
# A relative pronoun after a noun, its stance verb, and what it bears on up to "and": "the planks that
# support the ban and …".
_RELATIVE_THEN_AND = Gated(("that", "which"),
                           r"\b([a-z]+),?\s+(?:that|which)\s+(?:\w+ly\s+)?([a-z]+)\s[^,;.“”\"]{0,80}?\band\s+$")


def _in_relative_clause(frame: str, before: str, sentence_start: int, group_start: int) -> bool:
    """Whether the verb group at `group_start` is joined by "and" to a stance verb of a relative clause
    ("lives at odds with the platform that backs the fees and opposes the docks"): its subject is the
    relative's antecedent, not the sentence's. `before` is the text before the group, `folded`."""
    found = _RELATIVE_THEN_AND.search(frame, before, max(sentence_start, group_start - _RELATIVE_REACH), group_start)
    return found is not None and found.group(1) not in SPEECH_VERBS and found.group(2) in STANCE_POLARITY


def _governing_verb_before(frame: str, start: int, verb_start: int) -> bool:
    """Whether the word right before `verb_start` is a verb that takes a side on the participle it
    governs ("opposed signing", "denied taking"). ("began issuing" takes none: the participle is the
    stance.)"""
    before = _LAST_WORD.search(frame, start, verb_start)
    return before is not None and STANCE_POLARITY.get(before.group(1).lower()) in ("support", "oppose", "deny")


def opens_subordinate(frame: str, sentence_start: int, verb_start: int) -> bool:
    """Whether the verb at `verb_start` stands in a clause of time, cause or concession opening its
    sentence, with no comma before it to close that clause."""
    return bool(_SUBORDINATE_START.match(frame, _first_word(frame, sentence_start, verb_start), verb_start)) \
        and "," not in frame[sentence_start:verb_start]

