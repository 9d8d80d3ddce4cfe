"""Patterns run only where they can match: a pattern tried at each place of a text costs far more
than looking for a word in it, and most patterns need a word most texts lack."""

from __future__ import annotations

import re
import sys


def folded(text: str) -> str:
    """`text` in lower case, for `Gated` to look in. (A pattern blind to case also reads "ı" as "i" and
    "ſ" as "s", and "İ" as "i", which `str.lower` makes "i" and a combining dot.)"""
    low = text.lower()
    return low if low.isascii() else low.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")


class Gated:
    """A pattern and words, in lower case, one of which every match of it holds: the pattern runs
    only on a text whose lowered form (`folded`) holds one of them."""

    __slots__ = ("words", "pattern")

    def __init__(self, words: tuple[str, ...], pattern: str, flags: int = 0):
        self.words = words
        self.pattern = re.compile(pattern, flags)

    def search(self, text: str, low: str, start: int = 0, end: int = sys.maxsize) -> re.Match | None:
        """The pattern's first match in `text` between `start` and `end`; `low` is `folded(text)`."""
        return self.pattern.search(text, start, end) if any(word in low for word in self.words) else None

    def sub(self, replacement: str, text: str, low: str) -> str:
        """`text` with the pattern's matches replaced; `low` is `folded(text)`."""
        return self.pattern.sub(replacement, text) if any(word in low for word in self.words) else text
