"""House styles an article can be rewritten in, with its gold quotes kept consistent.

A style turns an article's text into edits. `rewrite` applies them and moves the gold spans along,
so a gold quote's new text is the same slice of the new article: marks that a style changes inside
a quote change in the gold text too, because the scorers fold curly marks into straight ones but do
not equate ' with ".

How quotation marks are read, paragraph by paragraph (every paragraph starts outside quotes):

- Double marks: “ opens, ” closes, a straight " closes an open quotation and otherwise opens one,
  which is how the PolNeAR gold pairs them. A quotation left open runs to the end of its paragraph.
- Single marks (' ‘ ’): between two letters or digits, an apostrophe (don’t). ‘ opens a single
  quotation, and so does ' after a non-alphanumeric character and before a letter. Any other mark
  before a letter or digit is an apostrophe (’90s). Otherwise a mark closes the innermost single
  quotation still open in the same double quotation (or, outside double quotations, in the
  paragraph), and is an apostrophe when none is open (Afghans’).
- Two readings stay in doubt: a closing mark right after an "s" may be a plural possessive whose
  quotation closes later, and an opening mark never closed may be an elision ('em). A style that
  writes the two readings differently cannot rewrite such a mark for certain; `Rewrite.doubtful`
  counts the gold spans that hold one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Callable

OPEN, CLOSE = "open", "close"
SINGLE_OPEN, SINGLE_CLOSE, APOSTROPHE = "single open", "single close", "apostrophe"
DOUBLE_MARKS = "\"\u201c\u201d"
SINGLE_MARKS = "'\u2018\u2019"

DATELINE = "LONDON (Reuters) - "
CAPTION = "A crowd gathers outside the court. Photo: Jane Doe / Getty Images"
WRAP_WIDTH = 72
EMPHASIS = ("*", "**", "_")
# A capitalised word of two letters or more, possessive 's allowed after it, and runs of them.
_WORD = r"[A-Z][A-Za-z]+"
CAPITALISED = re.compile(rf"(?<![\w'\u2019.-]){_WORD}(?: {_WORD})*(?![\w-])")

Span = tuple[int, int]
Edit = tuple[int, int, str]  # replace text[start:end] by the string


@dataclass(frozen=True)
class Mark:
    at: int
    char: str
    kind: str
    nested: bool = False  # a single mark inside a double quotation
    doubt: str | None = None  # the other reading, when the rule could not be sure


@dataclass(frozen=True)
class Rewrite:
    text: str
    spans: list[Span]
    doubtful: int


def read_marks(text: str) -> tuple[list[Mark], list[Span]]:
    """The quotation marks and apostrophes of `text`, and the spans of its double quotations
    (their marks included)."""
    marks: list[Mark] = []
    quoted: list[Span] = []
    opened_at: int | None = None
    outer: list[int] = []  # indices in `marks` of single quotations open outside double ones
    inner: list[int] = []  # … and inside the open double quotation

    def never_closed(stack: list[int]) -> None:
        for k in stack:
            marks[k] = replace(marks[k], doubt=APOSTROPHE)
        stack.clear()

    for i, char in enumerate(text):
        if char == "\n":
            if opened_at is not None:
                quoted.append((opened_at, i))
                opened_at = None
            never_closed(inner)
            never_closed(outer)
        elif char in DOUBLE_MARKS:
            if char == "\u201d" or (char == '"' and opened_at is not None):
                marks.append(Mark(i, char, CLOSE))
                if opened_at is not None:
                    quoted.append((opened_at, i + 1))
                    opened_at = None
            else:
                marks.append(Mark(i, char, OPEN))
                opened_at = i if opened_at is None else opened_at
            never_closed(inner)
        elif char in SINGLE_MARKS:
            stack = outer if opened_at is None else inner
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            kind, doubt = _single(char, before, after, bool(stack))
            if kind == SINGLE_OPEN:
                stack.append(len(marks))
            elif kind == SINGLE_CLOSE:
                stack.pop()
            marks.append(Mark(i, char, kind, nested=opened_at is not None, doubt=doubt))
    if opened_at is not None:
        quoted.append((opened_at, len(text)))
    never_closed(inner)
    never_closed(outer)
    return marks, quoted


def _single(char: str, before: str, after: str, quotation_open: bool) -> tuple[str, str | None]:
    if before.isalnum() and after.isalnum():
        return APOSTROPHE, None
    if char == "\u2018" or (char == "'" and not before.isalnum() and after.isalpha()):
        return SINGLE_OPEN, None
    if after.isalnum():
        return APOSTROPHE, None
    if quotation_open:
        return SINGLE_CLOSE, APOSTROPHE if before in "sS" else None
    return APOSTROPHE, None


def _british(marks: str) -> Callable[[Mark], str]:
    """Double quotations written with marks[0] and marks[1], single ones inside them with marks[2]
    and marks[3]; everything else as it was."""
    def write(mark: Mark) -> str:
        if mark.kind in (OPEN, CLOSE):
            return marks[mark.kind == CLOSE]
        if mark.nested and mark.kind in (SINGLE_OPEN, SINGLE_CLOSE):
            return marks[2 + (mark.kind == SINGLE_CLOSE)]
        return mark.char
    return write


def _swapped(mark: Mark) -> str:
    if mark.char in "\u201c\u201d":
        return '"'
    if mark.char in "\u2018\u2019":
        return "'"
    if mark.char == '"':
        return "\u201c" if mark.kind == OPEN else "\u201d"
    return "\u2018" if mark.kind == SINGLE_OPEN else "\u2019"


def _marks(write: Callable[[Mark], str]) -> Callable[[str, list[Span]], tuple[list[Edit], int]]:
    def style(text: str, spans: list[Span]) -> tuple[list[Edit], int]:
        marks, _ = read_marks(text)
        edits = [(m.at, m.at + 1, write(m)) for m in marks if write(m) != m.char]
        unsure = [m.at for m in marks if m.doubt and write(m) != write(replace(m, kind=m.doubt))]
        return edits, sum(any(start <= at < end for at in unsure) for start, end in spans)
    return style


def _emphasis(text: str, spans: list[Span]) -> tuple[list[Edit], int]:
    """Every third run of capitalised words outside quotations, in turn *Run*, **Run**, _Run_."""
    protected = read_marks(text)[1] + spans
    edits: list[Edit] = []
    runs = 0
    for match in CAPITALISED.finditer(text):
        start, end = match.span()
        if any(start < p_end and p_start < end for p_start, p_end in protected):
            continue
        runs += 1
        if runs % 3 == 0:
            marker = EMPHASIS[(runs // 3 - 1) % len(EMPHASIS)]
            edits += [(start, start, marker), (end, end, marker)]
    return edits, 0


def _hard_wrapped(text: str, spans: list[Span]) -> tuple[list[Edit], int]:
    """Lines of at most WRAP_WIDTH characters where the words allow, breaking at spaces."""
    edits: list[Edit] = []
    line_start, space = 0, None
    for i in range(len(text) + 1):
        at_end = i == len(text) or text[i] in " \n"
        if at_end and i - line_start > WRAP_WIDTH and space is not None:
            edits.append((space, space + 1, "\n"))
            line_start = space + 1
        if i < len(text) and text[i] == "\n":
            line_start, space = i + 1, None
        elif at_end:
            space = i
    return edits, 0


def _crlf(text: str, spans: list[Span]) -> tuple[list[Edit], int]:
    return [(i, i + 1, "\r\n") for i, char in enumerate(text) if char == "\n"], 0


def _dateline(text: str, spans: list[Span]) -> tuple[list[Edit], int]:
    """A wire dateline before the first paragraph and a photo caption after it."""
    second = text.find("\n\n")
    caption = (len(text), len(text), "\n\n" + CAPTION) if second < 0 else (second + 2, second + 2, CAPTION + "\n\n")
    return [(0, 0, DATELINE), caption], 0


STYLES: dict[str, tuple[str, Callable[[str, list[Span]], tuple[list[Edit], int]]]] = {
    "british-curly": ("British quotes, curly", _marks(_british("\u2018\u2019\u201c\u201d"))),
    "british-straight": ("British quotes, straight", _marks(_british("''\"\""))),
    "swap": ("curly <-> straight", _marks(_swapped)),
    "emphasis": ("Markdown emphasis", _emphasis),
    "wrapped": (f"hard-wrapped at {WRAP_WIDTH}", _hard_wrapped),
    "crlf": ("CRLF line ends", _crlf),
    "dateline": ("dateline and caption", _dateline),
}


def rewrite(style: str, text: str, spans: list[Span]) -> Rewrite:
    """`text` in `style`, with `spans` moved to cover the same words."""
    edits, doubtful = STYLES[style][1](text, spans)
    edits.sort()
    pieces, last = [], 0
    for start, end, new in edits:
        pieces += [text[last:start], new]
        last = end
    pieces.append(text[last:])
    moved = _Mover(edits)
    return Rewrite("".join(pieces), [(moved(s, False), moved(e, True)) for s, e in spans], doubtful)


class _Mover:
    """Where an offset of the old text lands in the new one, given the sorted edits."""

    def __init__(self, edits: list[Edit]) -> None:
        self.starts = [start for start, _, _ in edits]
        self.insertions = [start == end for start, end, _ in edits]
        self.shifts = list(accumulate((len(new) - (end - start) for start, end, new in edits), initial=0))

    def __call__(self, offset: int, is_end: bool) -> int:
        k = bisect_left(self.starts, offset)
        # Text inserted exactly at a span's start goes before the span; at its end, after it.
        while not is_end and k < len(self.starts) and self.starts[k] == offset and self.insertions[k]:
            k += 1
        return offset + self.shifts[k]


def rewrite_quotes(style: str, text: str, quotes: list[dict]) -> tuple[str, list[dict], int]:
    """`text` in `style` and its gold quotes with their new offsets and text; the paragraph
    numbers are dropped, as the scorers do not use them and a caption shifts them."""
    result = rewrite(style, text, [(q["start"], q["end"]) for q in quotes])
    moved = [{**{k: v for k, v in q.items() if k != "paragraph"}, "start": s, "end": e, "text": result.text[s:e]}
             for q, (s, e) in zip(quotes, result.spans)]
    return result.text, moved, result.doubtful
