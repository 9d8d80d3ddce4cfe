"""Quotation spans: where the quoted words are, and which spans are quotes at all.

Marks are paired within one paragraph, as news typography does: a quote that runs on into the
next paragraph leaves its paragraph unclosed and reopens in the next one, so an unclosed quote
ends with its paragraph, and a paragraph that closes a quote it never opened starts one at its
first character. The text of a span is always a verbatim slice.

Which marks are the outer ones is decided per article. American style quotes with double marks
and nests single ones inside them; its single marks elsewhere are headline style or scare quotes,
and are left alone. British and Australian style is the other way round. Single marks are also
apostrophes (don't, the Afghans' votes, the '90s, rock 'n' roll), so an article is read in British
style only when more of its single-mark pairs stand outside double quotations than double
quotations stand outside single-mark pairs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .lexicon import AUXILIARIES, PRONOUNS, ROLE_WORDS, SOURCE_CUE, SPEECH, STANCE
from .text import QUOTE_MARKS, Unmarked, unmark

_SINGLE_MARKS = "'‘’"
_SINGLE_MARK = re.compile(f"[{_SINGLE_MARKS}]")
_OPEN, _CLOSE, _EITHER = "open", "close", "either"  # either: closes an open quotation, else opens one
# A quotation may start with these as well as with a word: a nested quotation, a bracket, an ellipsis.
_STARTS_QUOTED = frozenset("\"“([…")
_ENDS_QUOTED = frozenset(",.;:!?")
_HAS_WORD = re.compile(r"\w")
# "rock ’n’ roll", "'n'": one or two letters between two marks are a word with its ends elided.
_ELISION = re.compile(r"(?<!\w)['‘’][^\W\d_]{1,2}['’](?!\w)")
_POSSESSIVE_S = re.compile(r"s(?!\w)")
_YEAR = re.compile(r"\d\d(?:s\b|(?!\w))")
_WORD_AFTER = re.compile(r"[^\w\s]*(\w+)")
# Words that start with an apostrophe in informal writing ('em, 'til): a mark before them that
# nothing closes is no quotation.
_ELIDED_WORDS = frozenset("em til cause cos coz bout round tis twas nuff neath fraid ol".split())
# A tag left in scraped text; a paragraph break inside one leaves its head unclosed at the end of
# a paragraph and its tail (2016">) at the start of the next.
_MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,1000})?/?>|<[A-Za-z][\w:-]*\s+[\w:-]+=[^<>\n]*$"
                     r"|^[^<>\"\n]*\"(?:\s+[\w:-]+=\"[^\"<>\n]*\")*\s*/?>")
# What closes each opening mark. „ is closed by “ in German typography and by ” in others.
# A left mark closes too where it stands after the words ("Not now,“ he said), a slip of
# typesetting; so does a right one open before them.
_CLOSERS = {"“": "”\"“", "”": "”\"“", "«": "»", "„": "“”\"", '"': "\"”“"}
_SPACE_OR_START = re.compile(r"[\s(\[—–/>-]")  # ">": right after a tag left in scraped text
_WORDS_BEFORE_NAMING = re.compile(
    r"(?:\b(?:called|titled|entitled|named|dubbed|nicknamed|known as|so-called|termed|the words?|"
    r"the term|the phrase|the slogan|the hashtag|hashtag|book|film|movie|song|album|show|series|play|"
    r"novel|article|essay|poem|documentary|programme|program|column|episode|website|site|blog|"
    r"operation|slogan|motto|headline|nickname|titles?|banner|placards?))\s*,?\s*$",
    re.I)
_SENTENCE_FINAL = re.compile(r"[.!?…][\s)'’\"]*$")
_LOWER_START = re.compile(r"^[\[(…. ]*[a-z]")
MIN_QUOTE_WORDS = 4
MAX_HEAD_CHARS = 200


@dataclass(frozen=True)
class QuoteSpan:
    """One pair of outer quotation marks in a paragraph (or a run to its end)."""

    paragraph: int
    start: int        # first character of the quoted words in the paragraph as written
    end: int          # one past the last quoted character
    outer_start: int  # the region with the marks in the paragraph as read, masked in its frame
    outer_end: int
    text: str         # the quoted words as written, emphasis markup inside them included

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


Region = tuple[int, int, int, int]  # outer start, start, end, outer end


def read_quotations(paragraphs: list[tuple[int, str]]) -> list[tuple[str, list[QuoteSpan]]]:
    """For each (number, text) paragraph of one article, the text as the extractor reads it (see
    `unmark`) and its quotation spans in order, read with the outer marks the article uses."""
    read = [unmark(text) for _, text in paragraphs]
    doubles = [_double_regions(u.text) for u in read]
    singles = [_single_regions(u.text) if _SINGLE_MARK.search(u.text) else [] for u in read]
    outer_singles = sum(len(_outside(s, d)) for s, d in zip(singles, doubles))
    outer_doubles = sum(len(_outside(d, s)) for s, d in zip(singles, doubles))
    regions = doubles
    if outer_singles > outer_doubles:
        # Double marks outside every single quotation still quote, as a mixed-style article does.
        regions = [sorted(s + _outside(d, s, overlap=True)) for s, d in zip(singles, doubles)]
    regions = [r[1:] if r and r[0][1] == 0 and _is_byline(u.text[:r[0][2]]) else r for u, r in zip(read, regions)]
    return [(u.text, _spans(number, text, u, found)) for (number, text), u, found in zip(paragraphs, read, regions)]


# A pull quote set off from the story closes with a line naming its speaker: "Jane Roe, mayor of
# Springfield." ends the quotation but is not part of it.
_BYLINE = re.compile(r"([A-Z][\w.’'&-]*(?:\s+[\w.’'&-]+){0,5})(?:,\s+([^.!?;:]+))?[.,]?")
_BYLINE_WORD = re.compile(r"[\w’'&-]+")
MAX_BYLINE_WORDS = 16


def _is_byline(text: str) -> bool:
    """Whether `text`, which closes a quotation it does not open, names a speaker rather than
    continuing the words: a name, perhaps with roles, and no clause."""
    found = _BYLINE.fullmatch(text.strip())
    if not found or len(text.split()) > MAX_BYLINE_WORDS:
        return False
    name = _BYLINE_WORD.findall(found.group(1))
    if len(name) < 2 or not all(w[0].isupper() or w.lower() in ROLE_WORDS for w in name):
        return False
    words = {w.lower() for w in _BYLINE_WORD.findall(text)}
    return not words & AUXILIARIES and not words & PRONOUNS.keys()


def _outside(regions: list[Region], others: list[Region], overlap: bool = False) -> list[Region]:
    """The regions not inside any of `others` (with `overlap`, not overlapping any); both lists are
    in order and their regions do not overlap one another."""
    if not others:
        return regions
    starts = [o[0] for o in others]
    out = []
    for region in regions:
        at = bisect_right(starts, region[0])
        before = others[at - 1] if at else None
        if before is not None and region[0] < before[3] and (overlap or region[3] <= before[3]):
            continue
        if overlap and at < len(others) and others[at][0] < region[3]:
            continue
        out.append(region)
    return out


def _marks(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The marks of `text` that `pattern` finds, but those inside markup left in scraped text
    (<tweet author="…">), which delimit attributes, not speech."""
    if "<" not in text and ">" not in text:
        yield from pattern.finditer(text)
        return
    tags = [(m.start(), m.end()) for m in _MARKUP.finditer(text)]
    tag = 0
    for found in pattern.finditer(text):
        i = found.start()
        while tag < len(tags) and tags[tag][1] <= i:
            tag += 1
        if tag == len(tags) or i < tags[tag][0]:
            yield found


def _opens_astray(text: str, i: int, first: int) -> bool:
    """Whether the right mark at `i`, with no quotation open, opens one: it is the paragraph's
    `first` character that is not a space, or it stands before a word and not after one."""
    return i <= first or (_looks_opening(text, i) and not _looks_closing(text, i))


def _double_regions(text: str) -> list[Region]:
    regions: list[Region] = []
    open_at = -1
    opener = ""
    first = len(text) - len(text.lstrip())
    for found in _marks(QUOTE_MARKS, text):
        i, mark = found.start(), found.group()
        if open_at < 0:
            closing = _looks_closing(text, i) and not _looks_opening(text, i)
            if mark == "»" or (mark == "”" and not _opens_astray(text, i, first)) or (mark in "\"“" and closing):
                # A closing mark with nothing open: the paragraph continues a quote (or a blockquote).
                if not regions and i > first:
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
    return regions


def _single_regions(text: str) -> list[Region]:
    """Single-mark quotations, told from apostrophes by what stands either side of each mark."""
    marks: list[tuple[int, str]] = []
    elided_to = -1
    for found in _marks(_SINGLE_MARK, text):
        i = found.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if (before.isalnum() and after.isalnum()) or i <= elided_to:
            continue  # an apostrophe (don't, O'Brien), or the end of an elided word
        if before in _SINGLE_MARKS or after in _SINGLE_MARKS:
            continue  # two marks side by side ('') are a double mark as old archives type it
        elision = _ELISION.match(text, i)
        if elision:
            elided_to = elision.end() - 1
            continue
        kind = _single_kind(text, i, before, after)
        if kind:
            marks.append((i, kind))
    # Whether a closing mark comes later before the next opening one: then a mark after an "s"
    # ends a plural possessive ("the workers' union"), not the quotation.
    closes_later, later = [False] * len(marks), False
    for k in range(len(marks) - 1, -1, -1):
        closes_later[k] = later
        later = marks[k][1] != _OPEN
    regions: list[Region] = []
    open_at = -1
    for k, (i, kind) in enumerate(marks):
        if kind == _EITHER:
            kind = _CLOSE if open_at >= 0 else _OPEN
        if kind == _OPEN:
            # A quotation opening inside another means the first mark was an elision ("‘bout"):
            # British style nests double marks, not single ones.
            open_at = i
        elif open_at < 0:
            if k == 0 and i and text[i - 1] in _ENDS_QUOTED:
                # "…in the primaries.’": the paragraph ends a quotation opened in the one before.
                regions.append((0, 0, i, i + 1))
        elif text[i - 1] in "sS" and closes_later[k] and (
                text[i + 1:i + 2].isspace() or not _HAS_WORD.search(text, i + 1, marks[k + 1][0])):
            continue  # "the workers’ union", "…than others’,’ he said"
        else:
            regions.append((open_at, open_at + 1, i, i + 1))
            open_at = -1
    # Left open, a quotation runs on into the next paragraph, unless its mark only elides a word
    # or the century of a year ("‘16 campaign").
    if open_at >= 0:
        word = _WORD_AFTER.match(text, open_at + 1)
        if word and word.group(1)[0].isalpha() and word.group(1).lower() not in _ELIDED_WORDS:
            regions.append((open_at, open_at + 1, len(text), len(text)))
    return regions


def _single_kind(text: str, i: int, before: str, after: str) -> str | None:
    """Whether the single mark at `i`, not between two letters or digits, may open or close a
    quotation; None for an apostrophe."""
    mark = text[i]
    if before.isalnum():
        return _CLOSE
    if after.isalnum() or after in _STARTS_QUOTED:
        if _POSSESSIVE_S.match(text, i + 1):
            return None  # "the U.S.’s allies"
        if before in _ENDS_QUOTED and mark != "‘":
            # "…paranoia,’Okafor said": the space after a quotation left out.
            return _CLOSE if mark == "’" else _EITHER
        # A right mark before a word elides its start (’em, ’til); so does any mark before a year
        # written with two digits (’90s, ‘09).
        return None if mark == "’" or _YEAR.match(text, i + 1) else _OPEN
    if mark == "‘" and before.isspace():
        return _OPEN  # "saying, ‘ you have to…": a left mark after a space is no apostrophe
    # After punctuation or a space ("…,’", "“nested” ’") and before no word, whatever its curl.
    return _CLOSE


def _spans(number: int, text: str, read: Unmarked, regions: list[Region]) -> list[QuoteSpan]:
    spans = []
    for outer_start, start, end, outer_end in regions:
        while start < end and read.text[start].isspace():
            start += 1
        while end > start and read.text[end - 1].isspace():
            end -= 1
        if end > start:
            start, end = read.in_paragraph(start, end)
            spans.append(QuoteSpan(number, start, end, outer_start, outer_end, text[start:end]))
    return spans


@dataclass(frozen=True)
class QuoteKind:
    """Whether a span is kept, and whether it is a fragment inside a paraphrase."""

    keep: bool
    partial: bool


def classify(span: QuoteSpan, frame: str, start: int, end: int, sentence_has_cue: Callable[[], bool]) -> QuoteKind:
    """Decide what a span is from the narrative around it.

    frame[start:span.outer_start] is the frame of its sentence before the span and
    frame[span.outer_end:end] the frame after it up to the next span; `sentence_has_cue` tells
    (computed once per sentence, on demand) whether the frame sentence has a reporting verb, a
    stance verb or a source cue. Titles of works and names are not speech; short snippets count
    only where the sentence reports speech (otherwise they are scare quotes).
    """
    head_end = span.outer_start
    while head_end > start and frame[head_end - 1].isspace():
        head_end -= 1
    # The rules read the last words before a span only: a long sentence is not read again for
    # each of its quotations.
    head = frame[max(start, head_end - MAX_HEAD_CHARS):head_end]
    partial = bool(_LOWER_START.match(span.text)) or (bool(head) and head[-1] not in ":,")
    said = _SAID_BEFORE.search(head) or (span.text.endswith(",") and not _is_title_case(span.text)
                                          and _SAID_AFTER.match(frame, span.outer_end, end))
    if not said:
        if _WORDS_BEFORE_NAMING.search(head) and not head.endswith(":"):
            return QuoteKind(False, partial)
        if _is_title_case(span.text) and partial and _names_a_work(span, head):
            return QuoteKind(False, partial)
    if _CITED_AFTER.match(frame, span.outer_end, end):
        return QuoteKind(False, partial)
    if span.text[-1] not in _ENDS_QUOTED and _WORKS_PEOPLE_AFTER.match(frame, span.outer_end, end):
        return QuoteKind(False, partial)
    if _STAGE_DIRECTION.fullmatch(span.text):
        return QuoteKind(False, partial)
    if span.words >= MIN_QUOTE_WORDS or not partial:
        return QuoteKind(True, partial)
    return QuoteKind(sentence_has_cue(), partial)


# "(APPLAUSE.)", "[inaudible]": a transcript's note on the scene, all in brackets, is not said.
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")
# Words someone is said to say are speech even where they look like a name: what a speaker calls
# something (which she called 'a disgrace', Roe called the plan 'Robbery Made Legal'), the words
# someone uses (used the words 'Never Again'), words in title case right after "said".
_SAID_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|we|I|you|who)|\b[A-Z][\w.’'-]*)\s+(?:(?:also|once|later|repeatedly|then|has|had|have)\s+)?"
    r"(?:call(?:s|ed|ing)?|dub(?:s|bed)|term(?:s|ed)|label(?:s|ed|led)|brand(?:s|ed)|nicknamed)(?:\s+[\w’'-]+){0,5}$"
    r"|\b(?:say|says|said|saying|use|uses|used|using|utter(?:s|ed)?|repeat(?:s|ed)?)\s+the\s+(?:words?|phrase),?$"
    r"|\b(?i:said|says|saying|chanted|chanting|shouted|tweeted|declared|praised|joked|exclaimed|yelled|replied),?$")
# "…," Jane Roe said: words a reporting clause follows are speech (unless in title case: a show
# opening the sentence, On "Sunday Hour," Roe said).
_SAID_AFTER = re.compile(r"\s*(?:[\w.’'-]+,?\s+){0,6}?(?:said|says|told|tells|added|adds|wrote|writes|explained|"
                         r"argued|noted|stated|asked|continued|insisted|replied)\b")
# A work cited with its date, "Safe streets" (2019), or with its byline, "Jobs are back," by The
# Herald's Jane Roe: a headline or a poster, not words said in the story.
_CITED_AFTER = re.compile(
    r"\s*\((?:19|20)\d\d\)|,?\s+by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+[A-Z]")
# Shows, papers and books are named after a preposition or their owner: on "Sunday Hour," in an
# interview with "Evenings with Jane Roe," the Herald's "City Diary."
_PLACE_BEFORE = re.compile(r"(?:\b(?:on|in|with|from|at|of)|\w['’]s|s['’])$")
# "Westward" star Jane Roe, the "Morning Hour" host: a quotation that a maker or player of the work
# follows without a pause names the work.
_WORKS_PEOPLE_AFTER = re.compile(
    r"\s+(?:co-)?(?:stars?|hosts?|actors?|actress(?:es)?|anchors?|creators?|writers?|directors?|producers?|"
    r"authors?|singers?|contestants?|alums?|alumni)\b")


def _names_a_work(span: QuoteSpan, head: str) -> bool:
    """Whether a span in title case inside a sentence names a work or a show: it does where the
    sentence goes on after it, and at the sentence's end after a preposition or an owner."""
    # (A cry ends with "!" even where it is named: a chant of "Not Again!")
    return not span.ends_sentence or (bool(_PLACE_BEFORE.search(head)) and not span.text.endswith("!"))


def has_cue(frame: str, start: int, end: int) -> bool:
    """Whether frame[start:end] has a reporting verb, a stance verb or a source cue."""
    return bool(SPEECH.first(frame, start, end) or STANCE.first(frame, start, end)
                or SOURCE_CUE.first(frame, start, end))


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Titles leave short words and these prepositions in lower case: "Mornings with Jane Roe".
_MINOR_WORDS = frozenset("with from into onto over upon than".split())


def _is_title_case(text: str) -> bool:
    words = [w for w in _TITLE_WORD.findall(text) if len(w) > 3 and w not in _MINOR_WORDS]
    return len(words) >= 1 and len(text.split()) >= 2 and all(w[0].isupper() for w in words)
