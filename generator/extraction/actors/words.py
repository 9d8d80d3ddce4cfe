"""Word lists and small helpers the actor modules share: name keys, accents, determiners."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...data import load_list

_DETERMINERS = frozenset("the a an one another some this that these those two three four several many "
                         "other its his her their our".split())
# Things that speak for an organisation in news: "the report said", "the campaign said".
_SOURCE_NOUNS = frozenset(load_list("source_nouns.txt"))
_ISSUED = frozenset(("statement", "release", "letter", "memo", "communique", "communiqué"))
_OWNERS = frozenset(("his", "her", "its", "their", "our"))
_AGE = re.compile(r"^\d{1,3}-year-old$")
# Endings of nouns for people by what they do: "reporter", "strategist", "consultant", "chairman".
_AGENTIVE = re.compile(r"(?:er|or|ist|ian|ant|ent|eon|man|men|woman|women|ee)s?$")
_COLLECTIVES = frozenset("crowd audience public electorate majority minority jury panel staff family".split())
_PREPOSITION = re.compile(r"\s(?:of|for|at|in|with|on|from|to|over|about|against|between|into|during|amid|who|which|that)\s", re.I)
_WORD = re.compile(r"[\w-]+")
# "The next president", "a future minister": the post's holder at another time than the person the
# story gives that role.
_OTHER_HOLDER = frozenset(("next", "future", "previous", "eventual"))
# A share of a group opening a phrase, "of the" and all: what follows it is the group.
SHARE_OF = re.compile(r"(?i:(?:about|around|roughly|nearly|almost|only|just|over|under|(?:more|fewer|less)\s+than|"
                      r"at\s+least)\s+)?"
                      r"(?i:(?:\d[\d.,]*\s*(?:percent|%)|[a-z]+(?:-[a-z]+)?\s+percent|half|"
                      r"(?:a|one|two)[\s-](?:third|quarter)s?|two-thirds|three-quarters|(?:a\s+)?majority|most)"
                      r"\s+of\s+(?:the\s+|those\s+)?|"
                      r"(?i:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
                      r"(?:\d+|three|four|five|six|seven|eight|nine|ten)\s+)")
# How many recent candidates a description is compared with: a description points back to a
# person named recently, and the bound keeps the work per description constant.
MAX_ROLE_CANDIDATES = 64
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$")
_MODIFIERS = sorted(load_list("group_modifiers.txt"), key=len, reverse=True)
_INITIALS_SPLIT = re.compile(r"[\s-]+")
_ARTICLE_LEAD = re.compile(r"^(?:a|an|the)\s+", re.I)


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word without its accents, with a straight apostrophe: "Erdoğan" and "Erdogan", "O’Neill"
    and "O'Neill" are one name spelt two ways."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("’", "'")) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """A name as a lookup key: lower case, without a leading "the", dots or apostrophes."""
    text = text.lower()
    if text.startswith("the "):
        text = text[4:]
    # (str.replace, not str.translate, which reads a table per character and is many times slower.)
    return text.replace(".", "").replace("'", "").replace("’", "").strip()


def without_article(name: str) -> str:
    """A name without a leading "The", which is no part of it: "The Courier" is "Courier"."""
    return name[4:] if name.startswith("The ") else name


# A role is a noun phrase: one opening with these, or holding a finite verb, is a piece of a
# clause that ran into the role's place ("and Republican Jane Roe has been", "with 30 delegates").
_CLAUSE_OPENERS = frozenset("and but or nor yet so as with without where when while since after before because if like unlike "
                            "according along what how why "
                            "although though than then there that which who whom whose it he she they we i you this "
                            "these those among amid despite during until unless".split())
_PASSIVE_NEXT = frozenset("by in of with as for at on to from over".split())
_ORG_NOUNS = frozenset(load_list("organization_nouns.txt"))


def _initials(name: str) -> str:
    words = [w for w in _INITIALS_SPLIT.split(name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)
