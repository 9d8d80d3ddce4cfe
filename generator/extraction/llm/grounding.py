"""Finding what a model quotes in the article: word for word, else nearly so in exactly one place.

Text is compared as the built-in backend reads it: white space collapsed and curly quotation marks
and apostrophes read as straight ones. What is kept is always the article's own stretch of text,
never the model's, so a kept quote is verbatim by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ...characters import clean_line

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'"})
WORD = re.compile(r"\w+(?:'\w+)*")
# A near miss needs this many words: fewer are found nearly anywhere.
MIN_NEAR_WORDS = 4
# Share of a quote's words a paragraph must hold before its stretches are compared word by word.
_CANDIDATE_SHARE = 0.7
_END_MARKS = ".,!?;:"


@dataclass(frozen=True)
class Normalised:
    """Text as compared: `origin[i]` is the offset in the original of character i."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original's offsets of text[start:end]."""
        return self.origin[start], self.origin[end - 1] + 1


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(i)
            continue
        chars.append(char.translate(_MARKS))
        origin.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return Normalised("".join(chars), tuple(origin))


def quoted_words(text: str) -> str:
    """A model's quote as compared: one line, straight marks, without the marks around it."""
    words = normalise(clean_line(text)).text
    if words.startswith('"') or words.endswith('"'):
        words = words.strip('"').strip()
    elif words.startswith("'") and words.endswith("'"):
        words = words[1:-1].strip()
    return words


@dataclass(frozen=True)
class Found:
    """Where a quote is: paragraph (from 1) and offsets in its text; `repair` says what was changed."""

    paragraph: int
    start: int
    end: int
    repair: str | None = None


@dataclass(frozen=True)
class NotFound:
    reason: str


@dataclass(frozen=True)
class _Word:
    word: str
    start: int
    end: int


class Article:
    """The paragraphs of one article, read once for every quote of an answer."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = tuple(paragraphs)
        self.normalised = [normalise(p) for p in self.paragraphs]
        self.words = [[_Word(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(n.text)]
                      for n in self.normalised]

    def find(self, text: str, cited: int | None) -> Found | NotFound:
        """Where the quote `text`, said to be in paragraph `cited`, is in the article."""
        quote = quoted_words(text)
        words = [m.group().lower() for m in WORD.finditer(quote)]
        if not words:
            return NotFound("empty: it has no words")
        order = list(range(len(self.paragraphs)))
        if cited is not None and 1 <= cited <= len(order):
            order.remove(cited - 1)
            order.insert(0, cited - 1)
        for index in order:
            at = self._exact(index, quote)
            if at is not None:
                moved = None if index + 1 == cited else f"cited paragraph {cited}, found in paragraph {index + 1}"
                return Found(index + 1, *at, repair=moved)
        return self._near(quote, words)

    def _exact(self, index: int, quote: str) -> tuple[int, int] | None:
        norm = self.normalised[index]
        start = norm.text.find(quote)
        while start >= 0:
            end = start + len(quote)
            # Whole words only: "he" is not a quote found in "the".
            before_ok = start == 0 or not (norm.text[start - 1].isalnum() and quote[0].isalnum())
            after_ok = end == len(norm.text) or not (norm.text[end].isalnum() and quote[-1].isalnum())
            if before_ok and after_ok:
                return norm.span(start, end)
            start = norm.text.find(quote, start + 1)
        return None

    def _near(self, quote: str, words: list[str]) -> Found | NotFound:
        size = len(words)
        share, nearest = self._nearest(words)
        if size < MIN_NEAR_WORDS:
            return NotFound(f"invented: its {size} word(s) are not in the article as written")
        allowed = max(1, size // 8)
        found: list[tuple[int, int, int, int]] = []  # (words missing, paragraph index, first word, end word)
        wanted = set(words)
        for index, paragraph in enumerate(self.words):
            present = {w.word for w in paragraph}
            if len(wanted & present) < _CANDIDATE_SHARE * len(wanted):
                continue
            plain = [w.word for w in paragraph]
            for first in (i for i, w in enumerate(plain) if w in words[:3]):
                for length in range(max(1, size - allowed), size + allowed + 1):
                    window = plain[first:first + length]
                    if len(window) < length:
                        break
                    matcher = SequenceMatcher(None, words, window, autojunk=False)
                    missing = max(size, length) - sum(b.size for b in matcher.get_matching_blocks())
                    if missing <= allowed:
                        found.append((missing, index, first, first + length))
        places = _places(found)
        if not places:
            if share >= 0.5:
                return NotFound(f"paraphrased: paragraph {nearest + 1} has {round(share * size)} of its {size} "
                                "words, but not as the quote gives them")
            return NotFound("invented: no paragraph has even half of its words")
        if len(places) > 1:
            where = ", ".join(str(p[1] + 1) for p in places)
            return NotFound(f"ambiguous: it is nearly the words of {len(places)} places (paragraphs {where})")
        missing, index, first, end = places[0]
        norm, paragraph = self.normalised[index], self.words[index]
        start_at, end_at = paragraph[first].start, paragraph[end - 1].end
        if quote[-1] in _END_MARKS and end_at < len(norm.text) and norm.text[end_at] in _END_MARKS:
            end_at += 1
        start, stop = norm.span(start_at, end_at)
        return Found(index + 1, start, stop,
                     repair=f"{missing} word(s) differ from paragraph {index + 1}, whose words replace them"
                     if missing else f"marks or case differ from paragraph {index + 1}, whose text replaces it")

    def _nearest(self, words: list[str]) -> tuple[float, int]:
        """The largest share of the quote's words one paragraph holds, and that paragraph's index."""
        wanted = set(words)
        shares = [(len(wanted & {w.word for w in p}) / len(wanted), -i) for i, p in enumerate(self.words)]
        share, index = max(shares, default=(0.0, 0))
        return share, -index


def _places(found: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The best match of each distinct place: overlapping windows of one paragraph are one place."""
    places: list[list[tuple[int, int, int, int]]] = []
    for match in sorted(found, key=lambda m: (m[1], m[2])):
        last = places[-1][-1] if places else None
        if last is not None and last[1] == match[1] and match[2] < max(m[3] for m in places[-1]):
            places[-1].append(match)
        else:
            places.append([match])
    return [min(group, key=lambda m: (m[0], -(m[3] - m[2]))) for group in places]
