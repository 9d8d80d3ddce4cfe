"""Keywords: the topics an article keeps coming back to, for the site's topic pages."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..data import load_list
from .discourse import Reading
from .lexicon import AGENCIES, FUNCTION_WORDS, PLACE_WORDS, REGIONS, SPEECH_VERBS, STANCE_POLARITY
from .text import DATE_WORDS

MAX_KEYWORDS = 6
_GENERIC = frozenset(load_list("generic_words.txt"))


def make_keywords(reading: Reading, person_words: set[str]) -> tuple[str, ...]:
    """The article's topics, most named first: the organisations and countries it names, the places
    it names (regions, and names ending in a word such as "Sea" or "Street"), and its key phrases,
    runs of two content words it uses more than once ("minimum wage", "email server").

    Everything a reader could follow from one article to others about the same thing, so only what
    the article comes back to: each is named at least twice. A topic is never a person (the actors
    have pages of their own), a single common word, a stop word, a contraction, a number or a word
    of web page markup.
    """
    text = " ".join(view.frame for view in reading.views)
    counts: Counter[str] = Counter()
    for entity in reading.cast.entities:
        name = entity.name
        if entity.merged_into is None and entity.named and entity.type in ("organization", "country") \
                and name not in AGENCIES and _names_a_topic(name, person_words, reading.lower_words):
            counts[name] += entity.mentions
    named = set(counts)
    for match in _PROPER_NAME.finditer(text):
        name = match.group()
        words = name.lower().split()
        if (name.lower() in REGIONS or len(words) > 1 and words[-1] in PLACE_WORDS) and name not in named:
            counts[name] += 1
    ranked = [(name, n) for name, n in counts.items() if n >= 2]
    ranked += _key_phrases(reading)
    keywords: list[str] = []
    for name, _ in sorted(ranked, key=lambda item: -item[1]):  # stable: names before phrases named as often
        if len(keywords) == MAX_KEYWORDS:
            break
        if not any(_overlaps(name, kept) for kept in keywords):
            keywords.append(name)
    return tuple(keywords)


# (Each looks at the first letter before the character behind it, which is faster.)
_PROPER_NAME = re.compile(r"(?=[A-Z])(?<![\w’'-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?![\w’'-])")
_MARKUP_WORDS = frozenset(load_list("markup_words.txt"))
# (A run of marks at once: a masked quotation is one break, not one per character.)
_PHRASE_BREAK = re.compile(r"[^\w\s’'-]+|\s[-–—]\s")


def _names_a_topic(name: str, person_words: set[str], lower_words: frozenset[str]) -> bool:
    """Whether an organisation's or country's name can be a topic: not a person's name typed wrongly,
    not one common word the article also writes in lower case ("Latest", "South")."""
    words = name.lower().split()
    if all(word in person_words for word in words):
        return False
    return not (len(words) == 1 and not name.isupper() and words[0] in lower_words)


@lru_cache(maxsize=1 << 16)  # (an article's words recur; the checks are many)
def _is_content_word(word: str) -> bool:
    """A word a key phrase may hold: lower case letters only, and none of the words that carry no topic."""
    return (word.isalpha() and word.islower() and len(word) > 2 and word not in FUNCTION_WORDS
            and word not in SPEECH_VERBS and word not in STANCE_POLARITY and word not in DATE_WORDS
            and word not in _GENERIC and word not in _MARKUP_WORDS and not word.endswith("ly"))


def _key_phrases(reading: Reading) -> list[tuple[str, int]]:
    """Runs of two content words the article uses at least twice, with how often, most first."""
    counts: Counter[str] = Counter()
    for view in reading.views:
        for chunk in _PHRASE_BREAK.split(view.frame):
            previous = ""
            for word in chunk.split():
                if _is_content_word(word):
                    if previous:
                        counts[f"{previous} {word}"] += 1
                    previous = word
                else:
                    previous = ""
    return [(phrase, n) for phrase, n in counts.most_common() if n >= 2]


def _overlaps(phrase: str, kept: str) -> bool:
    """Whether `phrase` says again what `kept` says: the same words, or the next two of one run
    ("control measures" after "gun control")."""
    words, other = phrase.lower().split(), kept.lower().split()
    return words == other or words[0] == other[-1] or words[-1] == other[0]
