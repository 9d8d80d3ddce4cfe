"""Typing a name: what a name's own words, and how the text writes it, say about whose it is."""

from __future__ import annotations

import re
from functools import lru_cache

from ...data import load_list
from ..lexicon import (AGENCIES, CAPITAL_OF, COUNTRY_BY_NAME, DEMONYM_OF, FIRST_NAME_GENDER, GROUP_NOUNS, ORG_WORDS,
                       PERSON_NOUNS, PERSON_TITLES, PROPER_ADJECTIVES, PROPER_GROUPS, REGIONS, TITLE_WORDS, alternation)
from ..names.splitting import advocates
from .entity import Entity
from .words import ACRONYM, norm, without_article

_TITLE_ONLY = frozenset(tuple(t.lower().replace(".", "").split()) for t in PERSON_TITLES)
_ORG_PHRASES = tuple(w for w in ORG_WORDS if " " in w)  # the list's entries of several words
_FIRM_WORDS = frozenset(load_list("firm_words.txt"))


def _with_given_name(surname: str, text: str) -> str | None:
    """ "Jane Roe" where the text writes a known given name, and maybe an initial, before `surname`."""
    for before, after in _words_around(surname, text):
        suffix = f" {after[0].rstrip(',')}" if after and _ROMAN.match(after[0].rstrip(",")) else ""
        if len(before) > 1 and _INITIAL.match(before[-1]) and before[-2] in FIRST_NAME_GENDER:
            return f"{before[-2]} {before[-1]} {surname}{suffix}"
        if before and before[-1] in FIRST_NAME_GENDER:
            return f"{before[-1]} {surname}{suffix}"
    return None


def _titled_in(surname: str, text: str) -> bool:
    """Whether the text writes a person's title right before `surname`: "President Roe", "Mr. Roe"."""
    return any(before and before[-1] in PERSON_TITLES for before, _ in _words_around(surname, text))


_INITIAL = re.compile(r"^[A-Z]\.$")
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:administration|presidency|candidacy|campaign)\b")
# (Zero-width tests at a found occurrence: a regex built per name would be compiled anew each time,
# which cost more than all the searching.)
_WORD_STARTS = re.compile(r"(?<![\w’'-])")
_WORD_ENDS = re.compile(r"(?![\w’'-])")


def _occurrences(word: str, text: str):
    """Every offset at which `word` occurs in `text`, overlapping ones included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _runs_for_office(surname: str, text: str) -> bool:
    """Whether the text writes `surname` before a word of holding or seeking office: "the Roe
    administration", "Roe's presidency", "the Roe campaign" are a politician's."""
    return any(_WORD_STARTS.match(text, at) and _OFFICE_AFTER.match(text, at + len(surname))
               for at in _occurrences(surname, text))


# "Roe even declared his candidacy", "Roe lashed out in her speech": lower-case words of the clause,
# then the subject's own "his" or "her" (a body's is "its"). "her" after a verb may be its object
# ("Roe told her"), so only after a preposition.
_OWN_PRONOUN_AFTER = re.compile(r"(?:[ ][a-z][a-z’'-]*){0,5}?(?:[ ](?:his|himself|herself)"
                                r"|[ ](?:in|on|at|for|from|of|during|into|with)[ ]her)[ ][a-z]")
_OBJECT_BEFORE = re.compile(r"(?:^|[ ])(?:to|told|with|by|for|against|about|on|at|from|of|and|or)[ ]$", re.I)


def _owns_after(surname: str, text: str) -> bool:
    """Whether the text writes `surname` as the subject of a clause that goes on to speak of the
    subject's own with "his" or "her": a person's name, not a body's or a website's."""
    return any(_WORD_STARTS.match(text, at) and _OWN_PRONOUN_AFTER.match(text, at + len(surname))
               and not _OBJECT_BEFORE.search(text, max(0, at - 10), at) for at in _occurrences(surname, text))


def _words_around(word: str, text: str):
    """The two words before and the word after each whole-word occurrence of `word` in `text`, a
    possessive one included."""
    end = 0
    for at in _occurrences(word, text):
        if at < end:  # inside the occurrence before
            continue
        end = at + len(word)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or not (text[end].isalnum() or text[end] in "’'-")
                                                 or _POSSESSIVE.match(text, end)):
            yield [w.lstrip("(“‘\"'") for w in text[max(0, at - 40):at].split()[-2:]], text[end:end + 12].split()[:1]


_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|Jr|Sr)\.?$")
# "President Roe’s visit": the name's own occurrence, with the possessive after it.
_POSSESSIVE = re.compile(r"[’']s(?![\w’'-])")


def _impersonal(words: list[str], sentence_initial: bool) -> bool:
    """Whether a name of several words cannot be a person's: "The Ledger" (a person's name takes no
    article), "Forward USA" (an acronym after its first word), "AT&T", "G4S Solutions" (signs
    and digits), "Parents United", "Concerned Farmers" (a plural noun for people), "Islamic
    State", "Western Farming" (a proper adjective first), "Ohio Standards" (a state first)."""
    first = words[0]
    return (first == "The" and not sentence_initial) \
        or any(not w.replace("-", "").replace(".", "").replace("’", "").replace("'", "").isalpha() for w in words) \
        or any(len(w) > 1 and w.isalpha() and w.isupper() and not _ROMAN.match(w) for w in words[1:]) \
        or len(first) > 2 and first.isalpha() and first.isupper() \
        or not first.isalpha() and norm(first) in COUNTRY_BY_NAME \
        or any(is_common_plural(w) for w in words) \
        or words[-1].lower() not in TITLE_WORDS and (
            norm(first) in PROPER_ADJECTIVES and first.lower() not in TITLE_WORDS or norm(first) in REGIONS)


# What may stand before a name to say it is a news outlet's: "the town's oldest newspaper, La Voce",
# "the broadcaster Harbour TV".
_OUTLET_NOUN_BEFORE = re.compile(
    rf"\b(?:{alternation(load_list('news_outlet_words.txt'))}),?\s+(?:the\s+)?$", re.I)
# What may stand before an outlet's name when the outlet is only where someone spoke: "told the
# Herald", "according to the Herald", "in an interview with the Herald", "interviewed on Monday by
# the Herald", "said on Harbour TV".
_CHANNEL_BEFORE = re.compile(
    r"\b(?:interview(?:ed|s)?(?:\s+[\w,.-]+){0,5}?\s+(?:by|with|on|to)|according\s+to|told|talking\s+to"
    r"|speaking\s+(?:to|with)|(?:said|says|appeared|appearing|spoke)\s+on)\s+(?:the\s+)?$", re.I)
_BEFORE = 80  # how far before a name its introducing words are looked for


def _preceded_by(pattern: re.Pattern[str], name: str, text: str) -> list[bool]:
    """For each occurrence of `name` in `text` as a whole word, whether `pattern` matches the text
    just before it."""
    return [bool(pattern.search(text, max(0, at - _BEFORE), at)) for at in _occurrences(name, text)
            if _WORD_STARTS.match(text, at) and _WORD_ENDS.match(text, at + len(name))]


def _introduced_as_outlet(name: str, text: str) -> bool:
    """Whether the text sets `name` right after a news outlet's noun: "the newspaper La Voce Nuova",
    "the editor of the town's newspaper, La Voce Nuova, said"."""
    return any(_preceded_by(_OUTLET_NOUN_BEFORE, name, text))


MASTHEAD_WORDS = frozenset(load_list("masthead_words.txt"))


def _named_only_as_channel(name: str, text: str) -> bool:
    """Whether `name` is a news outlet's that the text names only as where someone spoke ("told
    the Herald", "in an interview with the Herald"), never as one who reports or acts."""
    if not any(word in MASTHEAD_WORDS for word in name.split()):
        return False
    before = _preceded_by(_CHANNEL_BEFORE, without_article(name), text)
    return bool(before) and all(before)


def _unsure_person(entity: Entity) -> bool:
    """A name typed a person for want of evidence: no title, role or given name showed it."""
    return entity.type == "person" and entity.named and entity.role is None and entity.gender is None


def _unsure_name(entity: Entity) -> bool:
    """A name typed for want of evidence: a person with no given name, title or role, or a body with
    no word of the lists in its name."""
    if not entity.named or entity.role:
        return False
    if entity.type == "person":
        return entity.gender is None and not any(w in FIRST_NAME_GENDER for w in entity.name.split())
    return entity.type == "organization" and not is_organization_name(entity.name) and entity.name not in AGENCIES \
        and not ACRONYM.match(entity.name.replace(".", ""))


# "the Jane Roe campaign", "the Roe era": a person's name may stand before such a noun with "the".
_A_PERSON_S_AFTER = re.compile(r"\s+(?:administration|presidency|candidacy|campaign|government|era|years|family|"
                               r"camp|cabinet|ticket|team|show|doctrine|case|trial|affair)\b")


def _written_as_thing(name: str, text: str) -> bool:
    """Whether the text writes `name` after a lower-case "the" other than before a noun of a
    person's office or time ("the Harbour Light Festival", "the Kestrel Fund"), or before ", which"
    ("Kestrel Watch, which tracks prices"): a person's full name takes no article, nor "which";
    the name of a thing, an event or a body does."""
    return any(_WORD_ENDS.match(text, at + len(name)) and (
        at >= 4 and text.startswith("the ", at - 4) and (at == 4 or not text[at - 5].isalnum())
        and not _A_PERSON_S_AFTER.match(text, at + len(name))
        or text.startswith(", which ", at + len(name))) for at in _occurrences(name, text))


# "the Harbour Jobs program", "Blue Ribbon standards": a name right before a noun for a scheme is
# the scheme's. ("law", "treaty", "plan" may follow the name of a body whose law or plan it is.)
_SCHEME_AFTER = re.compile(r"[ ](?:program|programs|programme|programmes|standards|scheme|schemes)\b")
# "Fair Start, the sweeping law that …", "Fair Start was a flawed law": the name of a law or a
# scheme, described as one.
LAW_NOUNS = frozenset(load_list("law_nouns.txt"))
_DESCRIBED_AS_WORK = re.compile(r"(?:,[ ]|[ ](?:is|was|has been|remains)[ ])(?:the|a|an)[ ](?:[\w’'-]+[ ]){0,3}?"
                                rf"(?:{'|'.join(sorted(LAW_NOUNS))})\b")
# "the Fair Start program, or FSP", "the Fair Start Act (FSA)": the short name of a law or a scheme.
_SHORT_FOR_WORK = re.compile(r"(?:[Pp]rogram|[Pp]rogramme|[Ll]aw|Act|[Ss]cheme)(?:,[ ]or[ ]|[ ]\()$")
# "Title IV", "Section 8": a part of a law.
_PART_OF_A_LAW = re.compile(r"^(?:Title|Section|Article|Chapter)[ ](?:[IVXLC]+|\d+[A-Za-z]?)$")


def _written_as_work(name: str, text: str) -> bool:
    """Whether the text writes `name` as the name of a law, a programme or a part of a law ("the Fair
    Start program", "Fair Start, the sweeping law that …", "Title IV"): what the story is about, not
    an actor of it."""
    return bool(_PART_OF_A_LAW.match(name)) or any(
        _WORD_ENDS.match(text, at + len(name)) and (_SCHEME_AFTER.match(text, at + len(name))
                                                    or _DESCRIBED_AS_WORK.match(text, at + len(name))
                                                    or bool(_SHORT_FOR_WORK.search(text, max(0, at - 12), at)))
        for at in _occurrences(name, text))


_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|near|outside|inside|across|throughout|within)(\s+)(?:the\s+)?")


@lru_cache(maxsize=4)
def _place_slots(text: str) -> frozenset[int]:
    """The offsets where a place may start after "in", "near the" and the like: after the spaces
    that follow the preposition, and after "the" when it comes."""
    return frozenset(at for found in _PLACE_BEFORE.finditer(text) for at in (found.end(1), found.end()))


def _written_as_place(name: str, text: str) -> bool:
    # A name starts with no space, so it starts where the spaces before it end.
    slots = _place_slots(text)
    return any(at in slots and _WORD_ENDS.match(text, at + len(name)) for at in _occurrences(name, text))


_CAPITALISED_AFTER = re.compile(r"[ ][A-Z]")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;”\"'’] )(?<![\w’'-])(?!(?:The|A|An)[ ])[A-Z][\w.’'&-]*[ ]$")


def _only_inside_longer_names(word: str, text: str) -> bool:
    """Whether the text writes `word` only run into other capitalised words ("a Harbour Watch
    poll", "Our Rivers PAC"): a piece of a longer name the reading cut, not a name of its own."""
    found = False
    for at in _occurrences(word, text):
        end = at + len(word)
        if not (_WORD_STARTS.match(text, at) and _WORD_ENDS.match(text, end)):
            continue
        found = True
        if not (_CAPITALISED_AFTER.match(text, end) or _CAPITALISED_BEFORE.search(text, max(0, at - 40), at)):
            return False
    return found


_NAME_HEADS = frozenset(load_list("name_heads.txt"))
# Up to four capitalised words (hyphened ones too) run into a name's last word, after a word
# boundary; "The" opening them is the article, not the name.
_WORDS_BEFORE_HEAD = re.compile(r"(?<![\w’'&.-])((?:[A-Z][\w’'&.-]*[ ]){1,4})$")
MAX_NAME_BEFORE_HEAD = 80


def _fuller_name(word: str, text: str) -> str | None:
    """ "Harbour Journal" for a bare "Journal" that the text also writes with the rest of a name
    before it; None when it writes none, or more than one ("Harbour Journal" and "Valley Journal")."""
    if word not in _NAME_HEADS:
        return None
    found = set()
    for at in _occurrences(word, text):
        if not (_WORD_STARTS.match(text, at) and _WORD_ENDS.match(text, at + len(word))):
            continue
        before = _WORDS_BEFORE_HEAD.search(text, max(0, at - MAX_NAME_BEFORE_HEAD), at)
        words = before.group(1).split() if before else []
        while words and words[0] in ("The", "A", "An"):
            words = words[1:]
        if words:
            found.add(f"{' '.join(words)} {word}")
    return found.pop() if len(found) == 1 else None


def _titled_description(words: list[str]) -> bool:
    """ "Transport Ministry Spokesperson", "Valley News Vice President": a body's name and a title after
    it, with no "of" between, describe the body's holder of the title, whom the story names elsewhere."""
    size = next((k for k in (3, 2, 1) if len(words) > k and tuple(w.lower() for w in words[-k:]) in _TITLE_ONLY), 0)
    return bool(size) and words[-1].lower() not in _PARTY_LABELS and words[-1].lower() not in ORG_WORDS \
        and any(w.lower() in ORG_WORDS or ACRONYM.match(w.replace(".", "")) for w in words[:-size]) \
        and not any(w in FIRST_NAME_GENDER or w.lower() in ("of", "the", "for") for w in words)
_PARTY_LABELS = frozenset(("republican", "republicans", "democrat", "democrats"))


@lru_cache(maxsize=8192)
def _title_only(key: str) -> bool:
    """ "Harbour Minister", "Norland Harbour Minister", "Norlandic Chief Rabbi": a title, maybe
    after words that say whose, names no one by itself; the story's holder of it is meant."""
    words = key.split()
    while len(words) > 1 and (words[0] in DEMONYM_OF or words[0] in COUNTRY_BY_NAME or words[0] in PROPER_ADJECTIVES):
        words = words[1:]
    return tuple(words) in _TITLE_ONLY


@lru_cache(maxsize=8192)
def is_organization_name(name: str) -> bool:
    """A name with a word or phrase of the organisation lists: "Harbour Workers Union", "Norland Red
    Crescent"; or one an owner opens, which the reading of names keeps only for a body's name ("Our
    Rivers PAC"): no person's name opens so; or one a firm's word closes ("Kestrel Partners")."""
    words = name.split()
    return words[:1] == ["Our"] or len(words) > 1 and words[-1] in _FIRM_WORDS \
        or any(w.lower() in ORG_WORDS or len(w) > 5 and w.endswith("s") and w[:-1].lower() in ORG_WORDS
               for w in words) \
        or any(f" {phrase} " in f" {name.lower()} " for phrase in _ORG_PHRASES) \
        or len(words) > 2 and words[1] == "for" and advocates(words[0])


def is_common_plural(word: str) -> bool:
    """A plural common noun for people, capitalised or not: "analysts", "Pollsters" (not "Kurds")."""
    low = word.lower()
    if low in GROUP_NOUNS:
        return word not in PROPER_GROUPS
    return low.endswith("s") and low[:-1] in PERSON_NOUNS


def is_known_name(text: str) -> bool:
    """A word the lists know as a country, capital, demonym, group or news agency."""
    key = norm(text)
    return key in COUNTRY_BY_NAME or key in CAPITAL_OF or key in DEMONYM_OF or key in GROUP_NOUNS \
        or text in AGENCIES or key in ORG_WORDS
