"""The key a name is compared by: what is not part of a name (titles, party labels, a leading
"The") left out, and the words folded."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_list, load_table
from ..schema import slugify

_PREFIXES: frozenset[tuple[str, ...]] = frozenset(
    tuple(title.lower().split()) for title in (*(row[0] for row in load_table("person_titles.txt")),
                                               *load_list("name_prefixes.txt")))
_LONGEST_PREFIX = max(len(p) for p in _PREFIXES)
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))  # after a surname, not the surname
_ARTICLE = re.compile(r"(?i:the)\s+(?=\S)")


# A large collection names the same few thousand actors again and again.
@lru_cache(maxsize=1 << 16)
def core_name(name: str, kind: str) -> tuple[str, str]:
    """`name` without what is written before it but is not part of it, and what that was: a
    person's titles and party labels, an organisation's or group's leading "The"."""
    if kind != "person":
        match = _ARTICLE.match(name)
        return (name[match.end():], match.group().strip()) if match else (name, "")
    words = name.split()
    start = 0
    while start < len(words) - 1:
        for length in range(min(_LONGEST_PREFIX, len(words) - 1 - start), 0, -1):
            if tuple(w.lower() for w in words[start:start + length]) in _PREFIXES:
                start += length
                break
        else:
            break
    return " ".join(words[start:]), " ".join(words[:start])


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as compared: case, accents and full stops ignored ("U.S." is "US")."""
    return tuple(key for key in (slugify(word.replace(".", "")) for word in name.split()) if key)


# "Department of Justice" is written "Justice Department" as often: both are compared as the latter,
# so that one is the end of "U.S. Department of Justice" as the other is.
_BODIES = frozenset(("department", "ministry", "committee", "commission", "office", "bureau"))
_BODY_LINKS = frozenset(("of", "on", "for"))


def body_last(key: tuple[str, ...]) -> tuple[str, ...]:
    for i in range(len(key) - 2):
        if key[i] in _BODIES and key[i + 1] in _BODY_LINKS:
            return (*key[:i], *key[i + 2:], key[i])
    return key


def surname_key(key: tuple[str, ...]) -> tuple[str, ...]:
    return key[:-1] if len(key) > 1 and key[-1] in _SUFFIXES else key
