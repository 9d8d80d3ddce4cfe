"""Roles: the description of an actor that a phrase before, after or about its name gives, and
whether a phrase is a description at all or a piece of a clause."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ...data import load_list, load_table
from ..lexicon import (AUXILIARIES, PAST_TENSE_VERBS, CAPITAL_OF, COUNTRY_BY_NAME, DEMONYM_OF, FIRST_NAME_GENDER,
                       FUNCTION_WORDS, GROUP_NOUNS, IRREGULAR_PAST, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, PLACE_WORDS,
                       PROPER_ADJECTIVES, REGIONS, ROLE_WORDS, SPEECH_VERBS, STANCE_POLARITY, TITLE_WORDS, alternation)
from ..text import _abbreviation_ends_at
from .words import (_AGENTIVE, _ARTICLE_LEAD, _CLAUSE_OPENERS, _DETERMINERS, norm, _ORG_NOUNS, _PASSIVE_NEXT,
                    _PREPOSITION, _WORD)

MAX_PREPOSED_CHARS = 400
_ROLE_GLUE = frozenset(("the", "a", "an", "of", "for", "and", "on"))
# Kin and friends: the name after "the son of" or "a friend of" is someone else than the phrase.
_KIN = frozenset("son sons daughter daughters brother brothers sister sisters wife husband widow widower mother "
                 "father parents child children grandson granddaughter grandfather grandmother nephew niece "
                 "cousin friend".split())
# "who heads X" is the role "head of X": the verbs of leading and what they make of the leader.
_ROLE_VERBS = {"heads": "head of", "leads": "leader of", "chairs": "chair of", "runs": "head of",
               "founded": "founder of", "directs": "director of", "represents": "representative of",
               "owns": "owner of", "manages": "manager of", "commands": "commander of",
               "coaches": "coach of", "edits": "editor of", "governs": "governor of"}
# (An acronym in brackets after a body's name is part of the appositive: "head of the Harbour
# Workers Union (HWU)". A relative clause after the description ends it, however long the clause.)
_APPOSITIVE = re.compile(r",\s+((?:[^,;:()\[\]\ue000\ue001]|\((?:[A-Z]\.?){2,7}\)){2,160}?)\s*(?=[,;:.)\ue000]|$|\s[—–]\s"
                         r"|\s(?:who|which)\s)")
# "Jane Roe — a former Acme adviser — and …", "Jane Roe - Tom Hale's sister - said": a description
# set off by dashes, opened by an article or an owner.
_DASHED_APPOSITIVE = re.compile(
    r"\s+(?:—|–|--|-)\s+((?:a|an|the)\s[^—–,;:()\[\]\ue000\ue001]{2,120}?"
    r"|(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*['’]s\s[^—–,;:()\[\]\ue000\ue001]{2,120}?)"
    r"\s+(?:—|–|--|-)\s")
_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z]\.?){2,7}\)")
_AGE_AFTER = re.compile(r",\s+\d{1,3}(?=,)")
# (The verb's tense says whether a time span after the post ends it: "who was mayor until May" held
# the post, "who is mayor until May" holds it still.)
_WHO_IS = re.compile(r"^who\s+(?:(is|has been|serves as|works as)|was|worked as|(had been|served as))\s+(.*)$")
_OWNER_OPENING = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s\s+")
# A time the post ended, after it: "from 2001 to 2009", "until May", "until 2012".
_PAST_SPAN = re.compile(r"\s+(?:from\s+\d{4}\s+(?:to|until|through)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4}"
                        r"|until\s+(?:(?:last\s+)?[A-Z]?[a-z]+\s+)?\d{0,4})\b.*$")
_WHO_VERB = re.compile(r"^who\s+(?:(?:now|currently|also|still)\s+)?(\w+)\s+(.*)$")
_APPOSITIVE_ROLE_START = re.compile(r"^(?:a|an|the|its|his|her|their)\s+|^[A-Z][\w.’'-]*['’]s\s+", re.I)
_ARTICLE_START = re.compile(r"^(?:a|an|the)\s", re.I)
# (Participles are left out: "the only engineer charged in the case" is a role.)
_FINITE = (AUXILIARIES - frozenset(("be", "been", "do"))) | frozenset(
    "said says told tells wrote writes added adds asked asks explained explains insisted insists".split())
# Past tenses of reporting verbs: after another word of a role they are its clause's verb ("the
# candidate stated", "analysts noted"). First, or after an article or adverb, they qualify it ("the
# alleged leader", "a widely reported plan"); before a preposition they are passive ("the engineer
# charged in the case", "an official quoted by the paper").
_REPORTED = frozenset(w for w in SPEECH_VERBS if w.endswith("ed") or w in IRREGULAR_PAST)
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$")
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
_POST_PREPOSITIONS = frozenset("on in at for with as under".split())
# Words that open a noun phrase for someone: an article or an owner ("the driver", "her deputy").
_NOUN_PHRASE_START = frozenset(("the", "a", "an", "his", "her", "its", "their"))
_ING_PREPOSITIONS = frozenset("during including following regarding concerning according pending".split())
_GLUED = re.compile(r"^[A-Z]{3,}[a-z]")
_DASH_TAIL = re.compile(r"\s+(?:--|—|–)(?:\s.*)?$")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)[A-Za-z]{1,4}\.$")
_CONTRACTION = re.compile(r"['’]s$")
# Nouns for someone by whom they stand against or beside.
_RELATIVE_ROLES = frozenset("rival counterpart challenger incumbent".split())
_TIME_WORDS = frozenset("former the then late other another acting".split())
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


@lru_cache(maxsize=4096)  # (the words before and after a name are read again at each of its mentions)
def role_phrase(role: str) -> str | None:
    """The role a phrase found before or after a name gives, or None when the phrase is a clause
    or a fragment rather than a description of the actor."""
    role = _DASH_TAIL.sub("", _RELATIVE.sub("", role.strip(" ,;:")))
    if role.endswith(".") and not _ABBREVIATION_END.search(role):
        role = role[:-1]  # the full stop of the sentence the role ends
    words = role.split()
    if len(words) > 1 and words[-1].endswith(".") and words[-1] in PERSON_TITLES and any(
            w in PERSON_TITLES and w[:1].isupper() and not w.endswith(".") and w.lower() not in _PARTY_WORDS
            and w.lower() not in _TIME_WORDS for w in words[:-1]):
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
    if (past[-1] or past[0]) and not _names_a_holder(_role_head(role)) or _verb_then_to(words, lowered, past):
        # "already well liked", "named rising rents as a cause", "chair of the board seemed to
        # lose patience": a verb of the sentence, not a description of the actor. ("retired
        # general" is one: its head is a holder of a post.)
        return None
    if lowered[-1] in _RELATIVE_ROLES and (len(words) == 1 or len(words) == 2 and lowered[0] in _OBJECT_PRONOUNS):
        # "rival", "his counterpart": against or beside whom, the words alone do not say ("Democratic
        # rival" does).
        return None
    if all(w in _TIME_WORDS for w in lowered) or len(words) == 1 and lowered[0] not in ROLE_WORDS and (
            lowered[0] in SPEECH_VERBS or lowered[0] in STANCE_POLARITY or lowered[0].endswith("ing")):
        return None  # "former", "alleging", "attack": no description of anyone
    if len(words) == 1 and lowered[0].endswith(("s", "s.")) and not lowered[0].endswith(("ss", "ss.")):
        # "Reps. Jane Roe and Tom Hale": each holds the title the plural abbreviates; a plural noun
        # ("Republicans") is what several people are, no one's role.
        single = f"{role[:-2]}." if role.endswith("s.") else None
        return single if single in PERSON_TITLES else None if lowered[0].rstrip(".")[:-1] in ROLE_WORDS \
            or lowered[0] in GROUP_NOUNS else role
    if len(words) > 1 and lowered[0] in _NOUN_PHRASE_START and lowered[1].endswith("s") \
            and not lowered[1].endswith("ss") and lowered[1][:-1] in ROLE_WORDS:
        return None  # "Jane Roe, her aides and …": a plural for people opens a list, no one's role
    if any(w in _FINITE for w in lowered) or len(words) > 1 and lowered[0].endswith("ed") and lowered[1] in _DETERMINERS \
            or len(words) > 1 and (lowered[0].endswith(("ing", "ed", "en", "wn")) or lowered[0] in _PAST_TENSES) \
            and lowered[0] not in ROLE_WORDS and (lowered[1] in _DETERMINERS or lowered[1] in _OBJECT_PRONOUNS
                                                  or lowered[1] in _PASSIVE_NEXT or lowered[1] in ("to", "as", "that")) \
            or len(words) > 1 and lowered[-1].endswith("ed") and lowered[-1] in SPEECH_VERBS \
            or any(w in _REPORTED and lowered[i - 1] not in _DETERMINERS and not lowered[i - 1].endswith("ly")
                   and (i + 1 == len(lowered) or lowered[i + 1] not in _PASSIVE_NEXT) for i, w in enumerate(lowered) if i) \
            or any(_clause_verb(lowered, i) for i in range(1, len(lowered)) if words[i][:1].islower()):
        return None  # "criticized the plan", "the nominee stated (that …)": a verb and its object or subject
    if any(_GLUED.match(w) for w in words) or _clause_after_description(lowered) is not None:
        # "WIREOhio Gov." (two words run together); "husband expecting a child" (a clause). A
        # participle and a preposition say where the post is: "a nurse serving on the ward council".
        return None
    if _another_name_joined(words) or _named_subject(words):
        return None  # "Jane Roe and Republican nominee": the role runs on into the next actor
    if len(words) > MAX_PLAIN_ROLE_WORDS and not any(
            w.strip("’'s") in ROLE_WORDS or w in ROLE_WORDS or w in _ORG_NOUNS for w in lowered) \
            and not (words[0][:1].islower() and _AGENTIVE_HEAD.search(_role_head(role))) \
            and not _AFFILIATION_ROLE.match(role):
        # ("organist at the Hill Chapel": a calling the lists lack, named by its ending; "of the
        # Northport Evening Times": the body someone is of, named in full.)
        return None
    if len(words) > 1 and words[0].endswith(("'s", "’s", "s'", "s’")):
        head = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
        if len(head) > 1 and not _names_a_holder(head[-1].lower().rstrip(".,")):
            return None  # "Acme's deal with valve-maker": what an owner has, not who someone is
    return role


def _clause_after_description(lowered: list[str]) -> int | None:
    """Where a participle after a noun for a person opens a clause about them ("husband expecting a
    child", "a pilot visiting his sister"), if one does."""
    return next((i for i, w in enumerate(lowered[:-1]) if i and w.endswith("ing") and len(w) > 5
                 and w not in ROLE_WORDS and w not in _ING_PREPOSITIONS and lowered[i - 1] in ROLE_WORDS
                 and lowered[i + 1] not in _POST_PREPOSITIONS), None)


def _verb_then_to(words: list[str], lowered: list[str], past: list[bool]) -> bool:
    """A past form after a word that is no determiner, then "to" and a verb ("seemed to lose")."""
    return any(past[i] and lowered[i + 1] == "to" and i + 2 < len(words) and words[i + 2][:1].islower()
               and words[i + 2].isalpha() and lowered[i + 2] not in _DETERMINERS and lowered[i - 1] not in _DETERMINERS
               for i in range(1, len(words) - 1))


def _past_form(word: str) -> bool:
    """A past tense or participle that is no noun of a role: "identified", "known", "appeared"."""
    return word not in ROLE_WORDS and word not in _ORG_NOUNS and (
        len(word) > 4 and word.endswith("ed") or word in _PAST_TENSES or word in _PARTICIPLES)


def _names_a_holder(word: str) -> bool:
    """Whether a role's head noun names someone holding it: "head" of "Acme's head of sales",
    "spokesman" of "Roe's spokesman", "co-founder", "friend", "wife"."""
    word = _CONTRACTION.sub("", word)
    last = word.rsplit("-", 1)[-1]
    return any(w in ROLE_WORDS or w in _ORG_NOUNS or w in ORG_WORDS or w in GROUP_NOUNS for w in (word, last)) \
        or bool(_AGENTIVE.search(last))


def _holder_noun(word: str) -> bool:
    """Whether a noun the lists may lack names someone who holds a post or does a job: by the
    lists, by its ending ("waitress"), or by a post it ends in ("undersecretary")."""
    return _names_a_holder(word) or bool(_AGENTIVE_HEAD.search(word)) \
        or any(word.endswith(post) for post in _LONG_ROLE_WORDS)


def _clause_verb(lowered: list[str], i: int) -> bool:
    """Whether the word at `i` is the finite verb of a clause: a past tense, or a present tense of
    saying or of a stance ("Friends say", "Saudi prince mocks"), right after a noun rather than a
    determiner, and no noun of a role itself."""
    word, before = lowered[i], lowered[i - 1]
    if word in ROLE_WORDS or word in _ORG_NOUNS or word in _NOUN_LIKE_VERBS or before in _DETERMINERS or before in _ROLE_GLUE \
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
            head = words[1:k] if words[0].lower() in _TIME_WORDS else words[:k]  # "former President Jane Roe and …"
            return all(w[:1].isupper() for w in head) and (
                any(w in FIRST_NAME_GENDER for w in head)
                or not any(w in PERSON_TITLES or w.lower().rstrip(".") in ROLE_WORDS or w.lower() in ORG_WORDS or norm(w) in DEMONYM_OF
                           or norm(w) in PROPER_ADJECTIVES or w.lower().rstrip(".") in TITLE_WORDS for w in head))
    return False


def _role_head(role: str) -> str:
    """The noun a role is about: its last word before a preposition ("head" of "head of the agency")."""
    words = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


# A body's name may follow one adjective: "of the non-partisan Harbour Report", "of the federal Harbour Board".
_BODY_ADJECTIVE = r"(?:[a-z]+-[a-z]+\s+|[a-z]+(?:al|ic|ive|an|ist|ent|ant)\s+)?"
_AFFILIATION = re.compile(
    rf"\s+of\s+((?:the\s+)?{_BODY_ADJECTIVE}[A-Z][\w.’'&-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w.’'&-]*){{0,5}})"
    r"(?=\s*[,;:.)\ue000\ue001]|\s+[a-z]|\s*$)")
_SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{3})\.(?=\s)")
# The role an affiliation gives: "of" and a body's name, all of it capitalised but its glue.
_AFFILIATION_ROLE = re.compile(rf"^of\s+(?:the\s+)?{_BODY_ADJECTIVE}[A-Z][\w.’'&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w.’'&-]*)*$")
_IN_REGION = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_COPULAR = re.compile(r"\s+(?:is|was|has been|had been|became|remains|remained)\s+(?:the|an|a)\s+"
                      r"([^,;:.!?()\[\]\ue000\ue001]{3,160})")
_COPULAR_CUT = re.compile(r"\s+(?:who|whom|which|that|and|but|after|before|when|while|because|since|until|"
                          r"as|if|although|though|whose|where)\b|\s+[-—–]\s*")
_CLASSIFIER = re.compile(
    rf"(?:\b(?:the|a|an|its|their|his|her)|[A-Z][\w.-]*['’]s)\s+((?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{alternation(load_list('organization_nouns.txt'))}))"
    rf"\s+$", re.I)
_CLASSIFIER_NOUNS = tuple(w.lower() for w in load_list('organization_nouns.txt'))
_SENTENCE_BREAK = re.compile(r"[.!?:]\s+")
_CLASSIFIER_NOUN_CHARS = max(map(len, _CLASSIFIER_NOUNS))
_CLASSIFIER_AFTER = re.compile(rf"\s+({alternation(load_list('organization_nouns.txt'))})\b(?![’'-])", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
MAX_COPULAR_ROLE_WORDS = 12


def affiliation_role(frame: str, name_end: int) -> str | None:
    """ "Ana Reyes of The Valley Herald": a person's organisation right after the name is their role."""
    found = _AFFILIATION.match(frame, name_end)
    if not found:
        return None
    body = _SENTENCE_END_IN_NAME.split(found.group(1), maxsplit=1)[0]  # "of the Harbour Report. Hale said"
    key = norm(body)
    region = _IN_REGION.match(frame, found.end(1))
    if key in COUNTRY_BY_NAME or key in CAPITAL_OF or key in REGIONS or key.split()[-1] in PLACE_WORDS \
            or region and norm(region.group(1)) in REGIONS:
        # "of Norland", "of Valmora", "of the Harbour Isles", "of Millbrook, Ohio": where they are
        # from, not whom they work for
        return None
    return f"of {body}"


def copular_role(frame: str, subject_end: int) -> str | None:
    """ "He was the only candidate elected ...", "X is the chief executive of Y": what the
    subject is, when the description names a person's role."""
    found = _COPULAR.match(frame, subject_end)
    if not found:
        return None
    text = found.group(1)
    cut = _COPULAR_CUT.search(text)
    if cut:
        text = text[:cut.start()]
    words = text.split()
    if not words or len(words) > MAX_COPULAR_ROLE_WORDS:
        return None
    if not any(w.lower().strip("’'s") in PERSON_NOUNS or w.lower() in TITLE_WORDS for w in words[:4]):
        return None
    return role_phrase(" ".join(words))


def classifier_before(frame: str, name_start: int) -> str | None:
    """ "the Lisbon-based newspaper Diario Norte", "Roe's advocacy group Open Water": a noun classing
    the name after it as an organisation's; returns the description (the role), without its
    determiner or owner."""
    # Most names have no such noun and spaces right before them: the words' end tells, before the
    # pattern is tried at every character (in ASCII, where lower-casing reads as the pattern does).
    window = frame[max(0, name_start - 80):name_start]
    words = window.rstrip()
    last = words[-_CLASSIFIER_NOUN_CHARS:]
    if len(words) == len(window) or last.isascii() and not last.lower().endswith(_CLASSIFIER_NOUNS):
        return None
    found = _CLASSIFIER.search(frame, max(0, name_start - 80), name_start)
    if found:
        return found.group(1)
    # Opening a sentence, the noun and its modifiers need no determiner: "Oil giant Acme said …".
    # (The window may begin inside the sentence: only a break in it, or the paragraph's start, opens one.)
    pieces = _SENTENCE_BREAK.split(window)
    opening = pieces[-1].split() if len(pieces) > 1 or name_start <= len(window) else []
    return " ".join(opening) if 1 < len(opening) <= 4 and opening[-1].lower() in _CLASSIFIER_NOUNS and not any(
        w.lower() in FUNCTION_WORDS or not _WORD_ONLY.match(w) for w in opening) else None


def classifier_after(frame: str, name_start: int, name_end: int) -> str | None:
    """ "the Daily Ledger newspaper": a noun after a determined name classing it as an organisation's."""
    if not _DETERMINER_BEFORE.search(frame, max(0, name_start - 6), name_start):
        return None
    found = _CLASSIFIER_AFTER.match(frame, name_end)
    return found.group(1) if found else None


_WORD_ONLY = re.compile(r"^[^\W\d_]+(?:[-’'][^\W\d_]+)*$")


def preposed_role(frame: str, sentence_start: int, name_start: int) -> str | None:
    """ "Co-founder of Acme, Jane Roe, ...": a role opening the sentence before the name."""
    if name_start - sentence_start > MAX_PREPOSED_CHARS:
        return None  # more than a role's few words before the name
    head = frame[sentence_start:name_start].rstrip()
    # "Norland's parliament, the Storting, voted": a body's name may keep its article.
    set_off = head[:-4].rstrip() if head.endswith(", the") else head
    if set_off.endswith(","):
        # "…, Norland's Prime Minister, Ivar Holm said": a title phrase set off before the name.
        segment = set_off[:-1].rstrip()
        start = max(segment.rfind(","), segment.rfind("\ue000"), segment.rfind("\ue001")) + 1
        words = segment[start:].split()
        if len(words) > 1 and words[0] in ("and", "but"):
            words = words[1:]  # "…, and her union's deputy leader, Jane Roe, was fined"
        # After an article or an owner the role may have words of its own: "The current party president,
        # Jane Roe", "Norland's parliament, the Storting", "her union's deputy leader, Jane Roe".
        determined = (words[0].lower() in _NOUN_PHRASE_START
                      or words[0].endswith(("'s", "’s", "s'", "s’"))) if words else False
        last = words[-1].lower() if words else ""
        if 1 <= len(words) <= 6 and (words[-1] in PERSON_TITLES or last in PERSON_NOUNS
                                     or determined and (last in ORG_WORDS or last in _ORG_NOUNS)) \
                and (words[0][:1].isupper() or determined) \
                and all(w[:1].isupper() or w.lower() in _ROLE_GLUE or determined and _WORD_ONLY.match(w)
                        for w in words):
            return role_phrase(" ".join(words))
        tail = _object_title(words) if _SET_OFF_AFTER.match(frame, name_start) else None
        if tail:
            return role_phrase(tail)
    head = head[:-1].rstrip() if head.endswith(",") else head
    words = head.split()
    if not words or len(words) > 16 or any(mark in head for mark in "\ue000\ue001,;:") \
            or not _CLAUSE_LINKS.isdisjoint(w.lower() for w in words):
        # ("Many voters think that no plan Roe could offer": the name is inside a clause
        # the words before it open, not described by them.)
        return None
    if "of" in words and not _KIN.isdisjoint(w.lower() for w in words[:words.index("of")]):
        # "The daughter of former mayor Jane Roe entered the race": the phrase is the subject's,
        # whose relative the name is.
        return None
    first = words[0].lower().strip("’'s")
    second = words[1].lower() if len(words) > 1 else ""
    last = words[-1].lower()
    if last.endswith("s") and (last[:-1] in PERSON_NOUNS or last[:-1] in ROLE_WORDS):
        return None  # "The farmer brothers Tom Hale and …": what several are, no one's role
    if first in PERSON_NOUNS or first in TITLE_WORDS or second in PERSON_NOUNS or second in TITLE_WORDS \
            or words[0].endswith(("'s", "’s")):
        return role_phrase(head)
    return None


_CLAUSE_LINKS = frozenset("that who whom which whose".split())
MAX_OBJECT_TITLE_WORDS = 5
# A name set off by a comma or ending the sentence, as an apposition is ("the driver, Jane Roe, was …").
_SET_OFF_AFTER = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*))*\s*[,.]")
_IN_PHRASE_PREPOSITIONS = frozenset("to of for with from by in at on about against into after than".split())
# Nouns that say only that someone is a person: "a man, Jane Roe," gives her no role.
_BARE_PERSONS = frozenset("man woman person boy girl child".split())


def _object_title(words: list[str]) -> str | None:
    """ "Guards stopped the driver, Jane Roe,", "said one of the club's lawyers, Jane Roe,": the noun
    phrase for a person that ends the clause before a name set off by commas is the name's role."""
    start = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in _NOUN_PHRASE_START), None)
    if start is None or any(w.lower() in _IN_PHRASE_PREPOSITIONS for w in words[start + 1:]) \
            or start and words[start - 1].lower() in _IN_PHRASE_PREPOSITIONS \
            and [w.lower() for w in words[start - 2:start]] != ["one", "of"]:
        # "letters from the mayor to a nurse, the Ledger reported", "the winner of the cup,
        # Jane Roe won": the noun is part of a longer phrase, not a description
        return None
    if start >= 2 and [w.lower() for w in words[start - 2:start]] == ["one", "of"]:
        start -= 2  # "one of the club's lawyers"
    tail = words[start:]
    last = tail[-1].lower()
    person = last in PERSON_NOUNS or last.endswith("s") and last[:-1] in PERSON_NOUNS and tail[0].lower() == "one"
    if not person or len(tail) > MAX_OBJECT_TITLE_WORDS or len(tail) == 2 and last in _BARE_PERSONS or not all(
            w.islower() and _WORD_ONLY.match(w.rstrip("’'s")) for w in tail[1:]):
        return None
    return " ".join(tail[1:]) if tail[0].lower() in ("the", "a", "an") else " ".join(tail)


# "Sen." in a role is the "senator" a later description names: a role's words include what its
# abbreviated titles spell out.
_SPELLED_OUT = {row[0]: tuple(row[1].split()) for row in load_table("title_abbreviations.tsv")}


@lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(role)]
    return frozenset((*words, *(full for w in words for full in _SPELLED_OUT.get(w, ()))))


# Prepositions that open an adverbial set off after a name, not a description of it.
_SET_OFF_ADVERBIALS = frozenset("in on at during by from into over under through upon within with to for".split())
# The rest of an appositive after a full stop that ends no sentence.
_APPOSITIVE_REST = re.compile(r"[^,;:()\[\]\ue000\ue001]{0,120}?\s*(?=[,;:.)\ue000]|$|\s[—–]\s)")
_DOTTED_INITIALS = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.-?)+$")


def _through_abbreviations(frame: str, start: int, end: int) -> int:
    """Where an appositive ending at `end` ends once the full stops of abbreviations in names and
    titles are read through ("a senior aide to Sen. Jane Roe", "the U.S. envoy"): initials, or an
    abbreviation before a capitalised word. ("the No. 3 on the board" stays cut.)"""
    while frame.startswith(".", end) and end - start < 160:
        word = frame[max(start, end - 40):end + 1].rsplit(None, 1)[-1]
        if not (_DOTTED_INITIALS.search(word) or _abbreviation_ends_at(frame, start, end)
                and frame.startswith(" ", end + 1) and frame[end + 2:end + 3].isupper()):
            break
        rest = _APPOSITIVE_REST.match(frame, end + 1)
        if rest is None or rest.end() == end + 1:
            break
        end = rest.end()
    return end


def appositive_role(frame: str, name_end: int) -> str | None:
    """The role an appositive gives the name ending at `name_end` ("X, a senior member of Y,"); the
    acronym a body's name is given first may come between ("the Valley Front (VF), the opposition party")."""
    acronym = _ACRONYM_AFTER.match(frame, name_end)
    after = acronym.end() if acronym else name_end
    # "Jane Roe, 39, a nurse at …": the age set off before the role is no role; what follows it is
    # one when it opens as a description does ("Jane Roe, 39, walked in" is the sentence going on).
    age = _AGE_AFTER.match(frame, after)
    if age:
        if not _APPOSITIVE_ROLE_START.match(frame[age.end():].lstrip(", ")):
            return None
        after = age.end()
    comma = _APPOSITIVE.match(frame, after)
    found = comma or _DASHED_APPOSITIVE.match(frame, after)
    if not found:
        return None
    end = _through_abbreviations(frame, found.start(1), found.end(1)) if comma else found.end(1)
    text = frame[found.start(1):end].strip()
    words = text.split()
    if len(words) > 25 or _abbreviation_ends_at(frame, found.start(1), end) and not _RELATIVE.search(text):
        # "Jane Roe, the No. 3 on the board": cut at a full stop that ends no sentence (a relative
        # clause before it is cut off anyway: "a teacher who wrote to Gov. Tom Hale")
        return None
    if words[0].lower() in _SET_OFF_ADVERBIALS:
        return None  # "Jane Roe, in serving as mayor, cut taxes": how or when she acted, no role
    if words[0].lower() == "who":
        who_is = _WHO_IS.match(text)
        if who_is:
            ended = _PAST_SPAN.search(who_is.group(3))
            predicate = _APPOSITIVE_ROLE_START.sub("", who_is.group(3)[:ended.start()] if ended else who_is.group(3))
            ended = ended and not who_is.group(1)
            head = _PREPOSITION.split(f" {predicate} ", maxsplit=1)[0].split()
            head = list(itertools.takewhile(lambda w: w not in _ING_PREPOSITIONS and w not in _POST_PREPOSITIONS, head))[-1:]
            if not head or not _names_a_holder(head[0].lower().strip(",;")):
                return None  # "who is second in the race", "who was eager to run": how they are, no post
            role = role_phrase(predicate)
            if role and (ended or who_is.group(2)) \
                    and role.split()[0].lower() not in _TIME_WORDS:
                # "who served as mayor from 2001 to 2009", "who had been chief of police": a post
                # held before, which the story tells as such ("Jane Roe's former aide").
                owner = _OWNER_OPENING.match(role)
                return f"{owner.group()}former {role[owner.end():]}" if owner else f"former {role}"
            return role
        who_verb = _WHO_VERB.match(text)
        if who_verb and who_verb.group(1) in _ROLE_VERBS:
            return role_phrase(f"{_ROLE_VERBS[who_verb.group(1)]} {who_verb.group(2)}")
        return None
    lowered = [w.lower().strip("’'s") for w in words[:5]]
    has_role_word = any(w in PERSON_NOUNS or w in TITLE_WORDS for w in lowered) or any(
        w.lower() in PERSON_NOUNS or w.lower() in TITLE_WORDS for w in words[:5])
    if _APPOSITIVE_ROLE_START.match(text) or has_role_word:
        if not has_role_word and not _ARTICLE_START.match(text):
            return None
        if _ARTICLE_START.match(text):
            # "Tom Reyes, a pilot visiting his sister,": the description set off before the clause
            # about him is his role.
            clause = _clause_after_description([w.lower() for w in words])
            text = " ".join(words[:clause]) if clause else text
        role = _ARTICLE_LEAD.sub("", text)
        head_part = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
        head = head_part[-1:]
        # (Without a role word the text opens with an article: the test above returned otherwise.)
        if not has_role_word and (len(head_part) == 1 or not comma) and head \
                and not _holder_noun(head[0].lower().strip(",;")):
            # "the Union, an outcome that …", "the ruling - a long-shot goal -": a noun naming no
            # holder describes the event or the thing the clause is about, not the actor.
            return None
        if len(words) > 2 and words[1] == "of" and words[0].islower() and words[0].endswith("s") \
                and not words[0].endswith("ss") and words[0] not in ROLE_WORDS:
            # "by Acme Polls, majorities of voters in three states": a plural of a quantity describes
            # no one actor; it is the sentence going on.
            return None
        if text[:1].isupper() and not _APPOSITIVE_ROLE_START.match(text) and head and head[0].islower() \
                and not _names_a_holder(head[0]):
            # "Knives out as Roe, Hale trade harbour insults": with no article, a phrase whose
            # head names no holder of a post is the rest of a list and its clause, no description
            return None
        return role_phrase(role) if role and not role.split()[0].isdigit() else None
    return None
