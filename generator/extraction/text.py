"""Paragraph frames and sentences.

Attribution, actor finding and positions read the narrative around quotations, not the quoted
words: a name inside a quote is not an actor of the story, and a full stop inside a quote does
not end the sentence that carries it. So every paragraph is turned into a *frame*: the same text
with each quotation (marks included) overwritten by mask characters of the same length. Offsets
into the frame are offsets into the paragraph as read: its text with Markdown emphasis markers
taken out (`unmark`), which quotation spans map back to the paragraph as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..data import load_list
from .lexicon import NON_ACTOR_WORDS, PERSON_TITLES, alternation

# Private-use characters: never in real text, not word characters, so \b still works beside them.
MASK = "\ue000"
# Closes a masked quotation whose words end a sentence ("…win.” He said" splits after the quote).
MASK_END = "\ue001"
MASKS = MASK + MASK_END

# A word: letters, with apostrophes and hyphens inside it but never at its ends ("Roe’s", "so-called").
WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]")
# Marks that open or close a quotation (not ’, which is also an apostrophe).
QUOTE_MARKS = re.compile(r"[\"“”«»„]")

# A position in a document: paragraph * PARAGRAPH + offset in the paragraph.
PARAGRAPH = 1_000_000

DATE_WORDS = frozenset(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday".split())
_ABBREVIATIONS = frozenset(
    a.lower() for a in (*load_list("abbreviations.txt"), *PERSON_TITLES, *NON_ACTOR_WORDS) if a.endswith("."))

_SENTENCE_END = re.compile(
    rf"(?:[.!?]+|{MASK_END})[\"'’”)\]]*\s+(?=[\"“‘'(\[{MASK}]?[A-Z0-9À-Þ{MASK}])")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a paragraph: [start, end) offsets into its text."""

    start: int
    end: int


# A party label after a US politician's name, "Sen. Jane Roe (D-Ore.)", "(R New Mexico)", or a
# district, "(RI-1)": blanked in the frame so that it neither ends the name's phrase nor hides the
# name from the verb after it, nor reads as a name itself.
_PARTY_LABEL = re.compile(r"\s\((?:[RDI](?:[- ][A-Z][A-Za-z.]{0,12}(?: [A-Z][a-z]+)?)?|[A-Z]{2}-\d{1,2})\)(?=[\s,;:.])")


# (Replaced one by one: str.translate reads a table per character, many times slower.)
_NON_BREAKING_SPACES = ("\u00a0", "\u2007", "\u202f")
# Some publishers set the horizontal bar for a dash ("HARBOURTON ― The council said"); read as the
# em dash, it ends a phrase and sets off a dateline or an aside as that does.
_HORIZONTAL_BAR = "\u2015"


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


# Markdown emphasis (*Jane Roe*, **the council**, _Senate_): a run of up to three * or _ that opens
# before a word and closes after one, as Markdown reads it at word boundaries.
_EMPHASIS_RUN = re.compile(r"\*+|_+")
MAX_EMPHASIS_RUN = 3


@dataclass(frozen=True)
class Unmarked:
    """A paragraph as the extractor reads it: its text with Markdown emphasis markers taken out, so
    that names, verbs and sentences read as they would without them. `origin` gives the offset in
    the paragraph of each character (None when nothing was taken out)."""

    text: str
    origin: tuple[int, ...] | None = None

    def in_paragraph(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph's offsets of the non-empty stretch text[start:end]: markers inside it are
        part of it, those around it are not."""
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def unmark(text: str) -> Unmarked:
    """`text` without the markers of Markdown emphasis."""
    if "*" not in text and "_" not in text:
        return Unmarked(text)
    open_at: dict[str, int] = {}
    markers: list[tuple[int, int]] = []
    for run in _EMPHASIS_RUN.finditer(text):
        marker, start, end = run.group(), run.start(), run.end()
        if len(marker) > MAX_EMPHASIS_RUN:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if marker in open_at and not before.isspace() and not after.isalnum():
            opened = open_at.pop(marker)
            markers += [(opened, opened + len(marker)), (start, end)]
        elif not before.isalnum() and not after.isspace():
            open_at[marker] = start
    if not markers:
        return Unmarked(text)
    markers.sort()
    kept, at = [], 0
    for start, end in markers:
        kept.append(range(at, start))
        at = end
    kept.append(range(at, len(text)))
    return Unmarked("".join(text[r.start:r.stop] for r in kept), tuple(i for r in kept for i in r))


def make_frame(text: str, quotes: list[tuple[int, int, bool]]) -> str:
    """`text` with each (start, end, ends_sentence) region replaced by mask characters, spaces
    that only keep words on one line ("Sen.\u00a0Jane Roe") made plain spaces, as names and
    phrases are read across them, and a horizontal bar made an em dash."""
    for space in _NON_BREAKING_SPACES:
        if space in text:
            text = text.replace(space, " ")
    if _HORIZONTAL_BAR in text:
        text = text.replace(_HORIZONTAL_BAR, "—")
    if "(" in text:
        text = _PARTY_LABEL.sub(_blank, text)
    if not quotes:
        return text
    parts = []
    at = 0
    for start, end, ends_sentence in quotes:
        parts.append(text[at:start])
        if ends_sentence:
            parts.append(MASK * (end - start - 1) + MASK_END)
        else:
            parts.append(MASK * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


# Short words a headline capitalises and running prose does not ("Roe Grills Doe Over Taxes As Schools Close").
_HEADLINE_SMALL_WORDS = frozenset("on for of into like an a the to in with and at from by over after as about against "
                                  "than up out off".split())
_LETTER_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]*")
MIN_HEADLINE_SMALL_WORDS = 2
HEADLINE_CAPITALS = 0.8
# A capitalised short word as the words above are read; most sentences have fewer than two, and
# finding them is cheaper than reading every word.
_CAPITALISED_SMALL_WORD = re.compile(rf"(?=[A-Z])(?<![\w’'-])(?i:{alternation(_HEADLINE_SMALL_WORDS)})"
                                     rf"(?![\w’'-])")


def title_cased(sentence: str) -> bool:
    """Whether a sentence is written as a headline, every word capitalised, short words included: its
    capitals mark no names, and names run into each other and into its verbs there."""
    # (The precheck counts the first word too, which the count below leaves out.)
    if sum(1 for _ in islice(_CAPITALISED_SMALL_WORD.finditer(sentence), MIN_HEADLINE_SMALL_WORDS)) \
            < MIN_HEADLINE_SMALL_WORDS:
        return False
    words = _LETTER_WORD.findall(sentence)[1:]
    small = sum(1 for w in words if w[0].isupper() and w.lower() in _HEADLINE_SMALL_WORDS)
    return small >= MIN_HEADLINE_SMALL_WORDS and sum(1 for w in words if w[0].isupper()) >= HEADLINE_CAPITALS * len(words)


def _abbreviation_ends_at(frame: str, low: int, dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or initials ("Rep.", "U.S.", "J."),
    reading the word before it no further back than `low`."""
    # The last run of non-spaces up to the stop: one split from the right, not a regex that
    # tries every place of the window in turn.
    word = frame[max(low, dot - 40):dot + 1].rsplit(None, 1)[-1]
    return word.lower() in _ABBREVIATIONS or bool(_INITIALS.match(word))


def split_sentences(frame: str) -> list[Span]:
    """Sentences of a paragraph frame; abbreviations and initials do not end a sentence."""
    spans: list[Span] = []
    start = 0
    for found in _SENTENCE_END.finditer(frame):
        if frame[found.start()] == "." and _abbreviation_ends_at(frame, 0, found.start()):
            continue
        spans.append(Span(start, found.start() + len(found.group().rstrip())))
        start = found.end()
    if start < len(frame):
        spans.append(Span(start, len(frame.rstrip())))
    return [s for s in spans if s.end > s.start]


_STOP = re.compile(r"[.!?](?=\s|$)")


def sentence_stop(frame: str, start: int, limit: int) -> re.Match | None:
    """The next full stop in frame[start:limit] that ends a sentence, not "Rep." or "J."."""
    for found in _STOP.finditer(frame, start, limit):
        if frame[found.start()] == "." and _abbreviation_ends_at(frame, start, found.start()):
            continue
        return found
    return None


_MONTHS_DAYS = alternation(w.capitalize() for w in DATE_WORDS)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
# A date that qualifies a noun is no time expression of the clause: "Sunday's vote",
# "a March 3 order" keep their date. (Each opens on a comma or a space, looked for before the
# words behind it.)
_TIME_EXPRESSION = re.compile(
    rf"(?=[,\s]),?(?<!\s)(?<!\b[Aa])(?<!\b[Aa]n)(?<!\b[Tt]he)\s+"
    rf"(?:(?:[Oo]n|this|last|next|late|early|earlier|later|by|until|since|[Ii]n|from)\s+)?"
    # (A range of days goes with its month: "March 11-13" or "May 4 to 6" left as "11-13" or "to 6".)
    rf"(?:(?:{_MONTHS_DAYS})\b(?:\s+{_DAY}(?:\s*[-–]\s*{_DAY}|\s+(?:to|through|and)\s+{_DAY}(?!\s+[a-z]))?)?"
    rf"(?:,?\s+\d{{4}}\b)?(?:\s*\(\d{{1,2}}\))?"
    rf"|(?:this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening)\b"
    rf"|(?:yesterday|today|tonight|tomorrow|earlier this (?:week|month|year))\b"
    # (Capitalised, only where it opens a sentence before its comma or its subject and verb:
    # "Valmora Today" and "Today Show host" are names.)
    rf"|(?<![^.!?]\s)(?:Yesterday|Today|Tonight|Tomorrow)(?=,|\s+(?:the|an?|he|she|they|we|it|(?:[A-Z][\w.’'-]*\s+){{1,4}}[a-z]+ed)\b))"
    # "Friday afternoon" goes as a whole, and "Sunday night's vote" keeps its date as a whole.
    rf"(?:\s+(?:night|morning|afternoon|evening)\b|(?!\s+(?:night|morning|afternoon|evening)\b))"
    rf"(?![’']s\b|[\w’'-]),?")


_TIME_WORDS = tuple(w.capitalize() for w in DATE_WORDS) + (
    "week", "month", "year", "morning", "afternoon", "evening", "yesterday", "today", "tonight", "tomorrow",
    "Yesterday", "Today", "Tonight", "Tomorrow")
_TIME_WORD = re.compile(alternation(_TIME_WORDS))  # anywhere, as a substring: one scan, not one per word


@lru_cache(maxsize=4096)  # (headlines, stances and summaries strip the same sentences again)
def strip_time_expressions(text: str) -> str:
    """`text` without "on Wednesday (23)", "last week" and the like, for headlines and stances."""
    # Every time expression holds one of these words: most texts hold none and are left as they are.
    if not _TIME_WORD.search(text):
        return text
    # "visited the port on Monday, aides said": the comma after the time still ends the clause,
    # unless the time opened the text or sat between two commas. Quoted words are copied as they
    # were said, time and all.
    quotations = Quotations(text)
    return _TIME_EXPRESSION.sub(lambda m: m.group() if quotations.open_at(m.start())
                                else " " if m.start() > 0 and text[m.start() - 1] in ".!?"
                                else "," if m.start() > 0 and m.group()[-1] == "," != m.group()[0] else "", text)


class Quotations:
    """Whether a place of a text lies inside a quotation, asked of places in order. (Counting from
    where the last question left off keeps a text asked about many places linear.)"""

    def __init__(self, text: str) -> None:
        self.text, self.seen, self.curly, self.straight = text, 0, 0, 0

    def open_at(self, at: int) -> bool:
        passed = self.text[self.seen:at]
        self.curly += passed.count("“") - passed.count("”")
        self.straight += passed.count('"')
        self.seen = at
        return self.curly > 0 or self.straight % 2 == 1
