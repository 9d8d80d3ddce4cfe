"""Quotation spans: where the quoted words are, and which spans are quotes at all.

Marks are paired within one paragraph, as news typography does: a quote that runs on into the
next paragraph leaves its paragraph unclosed and reopens in the next one, so an unclosed quote
ends with its paragraph, and a paragraph that closes a quote it never opened starts one at its
first character. Single quotation marks are left alone: in English news they are nested quotes
inside double ones, or headline style. The text of a span is always a verbatim slice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import SOURCE_CUE, SPEECH, STANCE

_MARK = re.compile(r"[\"“”«»„]")
_MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,300})?/?>")
# What closes each opening mark. „ is closed by “ in German typography and by ” in others.
_CLOSERS = {"“": "”\"", "«": "»", "„": "“”\"", '"': "\"”"}
_SPACE_OR_START = re.compile(r"[\s(\[—–/-]")
_WORDS_BEFORE_NAMING = re.compile(
    r"(?:\b(?:called|titled|entitled|named|dubbed|nicknamed|known as|so-called|termed|the words?|"
    r"the term|the phrase|the slogan|the hashtag|hashtag|book|film|movie|song|album|show|series|play|"
    r"novel|article|essay|poem|documentary|programme|program|column|episode|website|site|blog|"
    r"operation|slogan|motto|headline|nickname|titles?|banner|placards?))\s*,?\s*$",
    re.I)
_SENTENCE_FINAL = re.compile(r"[.!?…][\s)'’\"]*$")
_LOWER_START = re.compile(r"^[\[(…. ]*[a-z]")
MIN_QUOTE_WORDS = 4


@dataclass(frozen=True)
class QuoteSpan:
    """One pair of double quotation marks in a paragraph (or a run to its end)."""

    paragraph: int
    start: int        # first character of the quoted words
    end: int          # one past the last quoted character
    outer_start: int  # the region with the marks, masked in the paragraph frame
    outer_end: int
    text: str

    @property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_FINAL.search(self.text))

    @property
    def words(self) -> int:
        return len(self.text.split())


def _looks_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return bool(_SPACE_OR_START.match(before)) and not after.isspace()


def find_spans(number: int, text: str) -> list[QuoteSpan]:
    """The quotation spans of paragraph `number`, in order."""
    regions: list[tuple[int, int, int, int]] = []
    open_at = -1
    opener = ""
    # Marks inside markup left in scraped text (<tweet author="…">) delimit attributes, not speech.
    tags = [(m.start(), m.end()) for m in _MARKUP.finditer(text)] if "<" in text else []
    tag = 0
    for found in _MARK.finditer(text):
        i, mark = found.start(), found.group()
        while tag < len(tags) and tags[tag][1] <= i:
            tag += 1
        if tag < len(tags) and tags[tag][0] <= i:
            continue
        if open_at < 0:
            if mark in "”»" or (mark == '"' and _looks_closing(text, i) and not _looks_opening(text, i)):
                # A closing mark with nothing open: the paragraph continues a quote (or a blockquote).
                if not regions and i > 0 and text[:i].strip():
                    regions.append((0, 0, i, i + 1))
                continue
            open_at, opener = i, mark
            continue
        if mark in _CLOSERS[opener] and (mark != "“" or opener == "„" or _looks_closing(text, i)):
            regions.append((open_at, open_at + 1, i, i + 1))
            open_at = -1
        elif mark == opener and _looks_opening(text, i) and not _looks_closing(text, i):
            # A second opener while one is open: the first quote was never closed. Restart here.
            regions.append((open_at, open_at + 1, i, i))
            open_at = i
    if open_at >= 0:
        regions.append((open_at, open_at + 1, len(text), len(text)))

    spans = []
    for outer_start, start, end, outer_end in regions:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(QuoteSpan(number, start, end, outer_start, outer_end, text[start:end]))
    return spans


@dataclass(frozen=True)
class QuoteKind:
    """Whether a span is kept, and whether it is a fragment inside a paraphrase."""

    keep: bool
    partial: bool


def classify(span: QuoteSpan, before: str, sentence_has_cue: Callable[[], bool]) -> QuoteKind:
    """Decide what a span is from the narrative around it.

    `before` is the frame text of its sentence before the span, and `sentence_has_cue` tells
    (computed once per sentence, on demand) whether the frame sentence has a reporting verb,
    a stance verb or a source cue. Titles of works and names are not speech; short snippets
    count only where the sentence reports speech (otherwise they are scare quotes).
    """
    head = before.rstrip()
    partial = bool(_LOWER_START.match(span.text)) or (bool(head) and head[-1] not in ":,")
    if _WORDS_BEFORE_NAMING.search(head) and not head.endswith(":"):
        return QuoteKind(False, partial)
    if _is_title_case(span.text) and not span.ends_sentence and partial:
        return QuoteKind(False, partial)
    if span.words >= MIN_QUOTE_WORDS or not partial:
        return QuoteKind(True, partial)
    return QuoteKind(sentence_has_cue(), partial)


def has_cue(frame: str, start: int, end: int) -> bool:
    """Whether frame[start:end] has a reporting verb, a stance verb or a source cue."""
    return bool(SPEECH.first(frame, start, end) or STANCE.first(frame, start, end)
                or SOURCE_CUE.first(frame, start, end))


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _is_title_case(text: str) -> bool:
    words = [w for w in _TITLE_WORD.findall(text) if len(w) > 3]
    return len(words) >= 1 and len(text.split()) >= 2 and all(w[0].isupper() for w in words)
