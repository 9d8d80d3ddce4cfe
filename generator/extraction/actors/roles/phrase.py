"""Judging a role phrase: whether a phrase found before, after or about a name describes the actor
or is a clause or a fragment of one, and the role it gives, tidied; with the words of a role, by
which two descriptions are compared."""

from __future__ import annotations

import re
from functools import lru_cache

from ....data import load_list, load_table
from ...lexicon import (AUXILIARIES, PAST_TENSE_VERBS, DEMONYM_OF, FIRST_NAME_GENDER, GROUP_NOUNS, IRREGULAR_PAST,
                        ORG_WORDS, PERSON_TITLES, PROPER_ADJECTIVES, ROLE_WORDS, SPEECH_VERBS, STANCE_POLARITY,
                        TITLE_WORDS)
from ..words import _AGENTIVE, _CLAUSE_OPENERS, _DETERMINERS, norm, _ORG_NOUNS, _PASSIVE_NEXT, _PREPOSITION, _WORD
from .words import (BODY_ADJECTIVE, BODY_NEXT_WORD, BODY_WORD, ING_PREPOSITIONS, NOUN_PHRASE_START, POST_PREPOSITIONS,
                    RELATIVE, ROLE_GLUE, TIME_WORDS)

# (Participles are left out: "the only engineer charged in the case" is a role.)
_FINITE = (AUXILIARIES - frozenset(("be", "been", "do"))) | frozenset(
    "said says told tells wrote writes added adds asked asks explained explains insisted insists".split())
# Past tenses of reporting verbs: after another word of a role they are its clause's verb ("the
# candidate stated", "analysts noted"). First, or after an article or adverb, they qualify it ("the
# alleged leader", "a widely reported plan"); before a preposition they are passive ("the engineer
# charged in the case", "an official quoted by the paper").
_REPORTED = frozenset(w for w in SPEECH_VERBS if w.endswith("ed") or w in IRREGULAR_PAST)
# A role ending in these was cut off in the middle of a phrase: "adviser to Mr", "head of the",
# "a freshman named".
_OPEN_ENDS = frozenset(("the", "a", "an", "of", "for", "to", "with", "from", "by", "in", "on", "at", "and", "or",
                        "over", "about", "against", "into", "after", "than", "under", "between", "including",
                        "who", "which", "that", "if", "when",
                        "his", "her", "their", "its", "mr", "mrs", "ms", "dr", "-", "(", "—", "–",
                        "named", "called", "dubbed",
                        # A verb's particle ends a clause, never a role: "a group bent on shutting down".
                        "down", "up", "out", "off", "away", "back"))
# The party labels person_titles.txt lists in the singular: a member's party, no post. (Only those
# can be met where this is asked, of a title in capitals.)
_PARTY_WORDS = frozenset(("republican", "democrat"))
_GLUED = re.compile(r"^[A-Z]{3,}[a-z]")
_DASH_TAIL = re.compile(r"\s+(?:--|—|–)(?:\s.*)?$")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)[A-Za-z]{1,4}\.$")
_CONTRACTION = re.compile(r"['’]s$")
# Nouns for someone by whom they stand against or beside.
_RELATIVE_ROLES = frozenset("rival counterpart challenger incumbent".split())
_OBJECT_PRONOUNS = frozenset("him her them it us me his their its".split())
_PAST_TENSES = PAST_TENSE_VERBS | IRREGULAR_PAST
_PARTICIPLES = frozenset("born known shown seen grown drawn thrown given taken written chosen driven".split())
# Verbs of saying or of a stance that are more often nouns in a role ("a senior counsel", "the
# party's advocate"): never read as a clause's verb.
_NOUN_LIKE_VERBS = frozenset(load_list("role_nouns_not_verbs.txt"))
# Without a word for a role, a phrase longer than this is a clause, not a description.
MAX_PLAIN_ROLE_WORDS = 4
# Endings of nouns for someone who does something: "organist", "librarian", "waitress", "baker".
_AGENTIVE_HEAD = re.compile(r"[a-z]{3}(?:ist|ian|ess|er|or)$")
# Posts long enough to be the end of a longer one's name ("undersecretary", "co-chairman").
MIN_ROLE_SUFFIX = 5
_LONG_ROLE_WORDS = tuple(w for w in ROLE_WORDS if len(w) >= MIN_ROLE_SUFFIX and " " not in w)
# The role an affiliation gives: "of" and a body's name, all of it capitalised but its glue.
_AFFILIATION_ROLE = re.compile(rf"^of\s+(?:the\s+)?{BODY_ADJECTIVE}{BODY_WORD}(?:{BODY_NEXT_WORD})*$")


@lru_cache(maxsize=4096)  # (the words before and after a name are read again at each of its mentions)
def role_phrase(role: str) -> str | None:
    """The role a phrase found before or after a name gives, or None when the phrase is a clause
    or a fragment rather than a description of the actor."""
    role = _DASH_TAIL.sub("", RELATIVE.sub("", role.strip(" ,;:")))
    if role.endswith(".") and not _ABBREVIATION_END.search(role):
        role = role[:-1]  # the full stop of the sentence the role ends
    words = role.split()
    if len(words) > 1 and words[-1].endswith(".") and words[-1] in PERSON_TITLES and any(
            w in PERSON_TITLES and w[:1].isupper() and not w.endswith(".") and w.lower() not in _PARTY_WORDS
            and w.lower() not in TIME_WORDS for w in words[:-1]):
        # "Committee Chairman Rep.": the post, then the title of address every member holds.
        return role_phrase(" ".join(words[:-1]))
    if len(words) > 1 and words[0] == "then" and words[1].lower() not in _CLAUSE_OPENERS:
        # "then Acme's literary agent": the post held at the time the story tells of.
        held = role_phrase(" ".join(words[1:]))
        return f"then {held}" if held else None
    # ("IT consultant": a word in capitals is an acronym, whatever word it spells.)
    acronym = len(words[0]) > 1 and words[0].isupper() if words else False
    if not words or _CONTRACTION.sub("", words[0].lower()) in _CLAUSE_OPENERS and not acronym \
            or words[-1].lower().rstrip(".") in _OPEN_ENDS or len(words[-1]) == 1 and words[-1].isalpha() \
            or words[-1].endswith(("'s", "’s")) or role.count("(") != role.count(")"):
        return None
    lowered = [w.lower().strip(",") for w in words]
    # Past forms written in lower case: "United" in a name is none.
    past = [w[:1].islower() and _past_form(low) for w, low in zip(words, lowered)]
    joined = next((i for i in range(1, len(words) - 1) if lowered[i] == "and" and past[i + 1]), None)
    if joined is not None:
        # "owner of a bakery and joined the march": the description ends where a second verb
        # of the sentence begins.
        return role_phrase(" ".join(words[:joined]))
    if (past[-1] or past[0]) and not names_a_holder(role_head(role)) or _verb_then_to(words, lowered, past):
        # "already well liked", "named rising rents as a cause", "chair of the board seemed to
        # lose patience": a verb of the sentence, not a description of the actor. ("retired
        # general" is one: its head is a holder of a post.)
        return None
    if lowered[-1] in _RELATIVE_ROLES and (len(words) == 1 or len(words) == 2 and lowered[0] in _OBJECT_PRONOUNS):
        # "rival", "his counterpart": against or beside whom, the words alone do not say ("Democratic
        # rival" does).
        return None
    if all(w in TIME_WORDS for w in lowered) or len(words) == 1 and lowered[0] not in ROLE_WORDS and (
            lowered[0] in SPEECH_VERBS or lowered[0] in STANCE_POLARITY or lowered[0].endswith("ing")):
        return None  # "former", "alleging", "attack": no description of anyone
    if len(words) == 1 and lowered[0].endswith(("s", "s.")) and not lowered[0].endswith(("ss", "ss.")):
        # "Reps. Jane Roe and Tom Hale": each holds the title the plural abbreviates; a plural noun
        # ("Republicans") is what several people are, no one's role.
        single = f"{role[:-2]}." if role.endswith("s.") else None
        return single if single in PERSON_TITLES else None if lowered[0].rstrip(".")[:-1] in ROLE_WORDS \
            or lowered[0] in GROUP_NOUNS else role
    if len(words) > 1 and lowered[0] in NOUN_PHRASE_START and lowered[1].endswith("s") \
            and not lowered[1].endswith("ss") and lowered[1][:-1] in ROLE_WORDS:
        return None  # "Jane Roe, her aides and …": a plural for people opens a list, no one's role
    if any(w in _FINITE for w in lowered) or len(words) > 1 and lowered[0].endswith("ed") and lowered[1] in _DETERMINERS \
            or len(words) > 1 and (lowered[0].endswith(("ing", "ed", "en", "wn")) or lowered[0] in _PAST_TENSES) \
            and lowered[0] not in ROLE_WORDS and (lowered[1] in _DETERMINERS or lowered[1] in _OBJECT_PRONOUNS
                                                  or lowered[1] in _PASSIVE_NEXT or lowered[1] in ("to", "as", "that")) \
            or len(words) > 1 and lowered[-1].endswith("ed") and lowered[-1] in SPEECH_VERBS \
            or any(w in _REPORTED and lowered[i - 1] not in _DETERMINERS and not lowered[i - 1].endswith("ly")
                   and (i + 1 == len(lowered) or lowered[i + 1] not in _PASSIVE_NEXT) for i, w in enumerate(lowered) if i) \
            or any(clause_verb(lowered, i) for i in range(1, len(lowered)) if words[i][:1].islower()):
        return None  # "criticized the plan", "the nominee stated (that …)": a verb and its object or subject
    if any(_GLUED.match(w) for w in words) or clause_after_description(lowered) is not None:
        # "WIREOhio Gov." (two words run together); "husband expecting a child" (a clause). A
        # participle and a preposition say where the post is: "a nurse serving on the ward council".
        return None
    if _another_name_joined(words) or _named_subject(words):
        return None  # "Jane Roe and Republican nominee": the role runs on into the next actor
    if len(words) > MAX_PLAIN_ROLE_WORDS and not any(
            w.strip("’'s") in ROLE_WORDS or w in ROLE_WORDS or w in _ORG_NOUNS for w in lowered) \
            and not (words[0][:1].islower() and _AGENTIVE_HEAD.search(role_head(role))) \
            and not _AFFILIATION_ROLE.match(role):
        # ("organist at the Hill Chapel": a calling the lists lack, named by its ending; "of the
        # Northport Evening Times": the body someone is of, named in full.)
        return None
    if len(words) > 1 and words[0].endswith(("'s", "’s", "s'", "s’")):
        head = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
        if len(head) > 1 and not names_a_holder(head[-1].lower().rstrip(".,")):
            return None  # "Acme's deal with valve-maker": what an owner has, not who someone is
    return role


def clause_after_description(lowered: list[str]) -> int | None:
    """Where a participle after a noun for a person opens a clause about them ("husband expecting a
    child", "a pilot visiting his sister"), if one does."""
    return next((i for i, w in enumerate(lowered[:-1]) if i and w.endswith("ing") and len(w) > 5
                 and w not in ROLE_WORDS and w not in ING_PREPOSITIONS and lowered[i - 1] in ROLE_WORDS
                 and lowered[i + 1] not in POST_PREPOSITIONS), None)


def _verb_then_to(words: list[str], lowered: list[str], past: list[bool]) -> bool:
    """A past form after a word that is no determiner, then "to" and a verb ("seemed to lose")."""
    return any(past[i] and lowered[i + 1] == "to" and i + 2 < len(words) and words[i + 2][:1].islower()
               and words[i + 2].isalpha() and lowered[i + 2] not in _DETERMINERS and lowered[i - 1] not in _DETERMINERS
               for i in range(1, len(words) - 1))


def _past_form(word: str) -> bool:
    """A past tense or participle that is no noun of a role: "identified", "known", "appeared"."""
    return word not in ROLE_WORDS and word not in _ORG_NOUNS and (
        len(word) > 4 and word.endswith("ed") or word in _PAST_TENSES or word in _PARTICIPLES)


def names_a_holder(word: str) -> bool:
    """Whether a role's head noun names someone holding it: "head" of "Acme's head of sales",
    "spokesman" of "Roe's spokesman", "co-founder", "friend", "wife"."""
    word = _CONTRACTION.sub("", word)
    last = word.rsplit("-", 1)[-1]
    return any(w in ROLE_WORDS or w in _ORG_NOUNS or w in ORG_WORDS or w in GROUP_NOUNS for w in (word, last)) \
        or bool(_AGENTIVE.search(last))


def holder_noun(word: str) -> bool:
    """Whether a noun the lists may lack names someone who holds a post or does a job: by the
    lists, by its ending ("waitress"), or by a post it ends in ("undersecretary")."""
    return names_a_holder(word) or bool(_AGENTIVE_HEAD.search(word)) \
        or any(word.endswith(post) for post in _LONG_ROLE_WORDS)


def clause_verb(lowered: list[str], i: int) -> bool:
    """Whether the word at `i` is the finite verb of a clause: a past tense, or a present tense of
    saying or of a stance ("Friends say", "Saudi prince mocks"), right after a noun rather than a
    determiner, and no noun of a role itself."""
    word, before = lowered[i], lowered[i - 1]
    if word in ROLE_WORDS or word in _ORG_NOUNS or word in _NOUN_LIKE_VERBS or before in _DETERMINERS or before in ROLE_GLUE \
            or before.endswith("ly") or before in _OPEN_ENDS:
        return False
    if word in _PAST_TENSES:
        return i + 1 == len(lowered) or lowered[i + 1] not in _PASSIVE_NEXT
    return (word in SPEECH_VERBS or word in STANCE_POLARITY) and not word.endswith(("ing", "ed"))


def _named_subject(words: list[str]) -> bool:
    """ "FBI director Jane Roe decided not to …": a person's name inside the phrase with a word of
    its own clause after it; not so a name that owns what follows ("Jane Roe's wife")."""
    for k, word in enumerate(words):
        if word in FIRST_NAME_GENDER:
            j = k + 1
            while j < len(words) and words[j][:1].isupper():
                j += 1
            if j == k + 1 or j == len(words) or words[j - 1].endswith(("'s", "’s", "s'", "s’")):
                continue
            after = words[j].lower().strip(",")
            if after not in ROLE_WORDS and after not in _NOUN_LIKE_VERBS and after not in _ORG_NOUNS and (
                    after in _PAST_TENSES or after.endswith("ed") or after in SPEECH_VERBS or after in STANCE_POLARITY
                    or after.endswith("s") and not after.endswith("ss") and after[:-1] not in ROLE_WORDS):
                return True
    return False


def _another_name_joined(words: list[str]) -> bool:
    """ "Jane Roe and Republican nominee", "Roe or another candidate": a role whose first part, before
    "and" or "or", is a name and no description."""
    for k, word in enumerate(words):
        if word in ("and", "or") and k:
            head = words[1:k] if words[0].lower() in TIME_WORDS else words[:k]  # "former President Jane Roe and …"
            return all(w[:1].isupper() for w in head) and (
                any(w in FIRST_NAME_GENDER for w in head)
                or not any(w in PERSON_TITLES or w.lower().rstrip(".") in ROLE_WORDS or w.lower() in ORG_WORDS or norm(w) in DEMONYM_OF
                           or norm(w) in PROPER_ADJECTIVES or w.lower().rstrip(".") in TITLE_WORDS for w in head))
    return False


def role_head(role: str) -> str:
    """The noun a role is about: its last word before a preposition ("head" of "head of the agency")."""
    words = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


# "Sen." in a role is the "senator" a later description names: a role's words include what its
# abbreviated titles spell out.
_SPELLED_OUT = {row[0]: tuple(row[1].split()) for row in load_table("title_abbreviations.tsv")}


@lru_cache(maxsize=4096)
def words_of_role(role: str) -> frozenset[str]:
    """The words of a role, lower-cased, with what its abbreviated titles spell out."""
    words = [w.lower() for w in _WORD.findall(role)]
    return frozenset((*words, *(full for w in words for full in _SPELLED_OUT.get(w, ()))))
