"""Cleaning: an `Article` body to numbered paragraphs, with page furniture removed.

Scraped news carries text that is not part of the story: photo captions and credits, gallery
counters ("2 of 3 …"), bylines, wire trailers ("Reporting by …; Editing by …"), sharing prompts and
wire datelines ("MOSCOW (Reuters) -"). Left in, they turn photographers and agencies into actors.
The cleaned paragraphs are the reference text of a briefing: every quote is a substring of one of
them and every item records the number of the paragraph it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .characters import clean_line, visible_text
from .data import load_list
from .gated import Gated, folded
from .reading import Article

_AGENCIES = load_list("agencies.txt")
_AGENCY = "|".join(re.escape(a) for a in sorted(_AGENCIES, key=len, reverse=True))

_GALLERY = re.compile(r"^\d{1,3}\s+(?:of|/)\s+\d{1,3}\b")
# Each credit and trailer pattern runs only when the text has what all its matches need: a ":" or a
# "/", or a word of its gate. Searched for as they stand, these case-insensitive alternations are
# tried at every position of every short paragraph.
_CREDIT_LABEL = Gated(("photo", "picture", "image", "video", "credit"),
                      r"(?:\(|[—–-]\s*|\b)(?:Photo|Photos|Photograph|Picture|Image|Video|Credit|Photo credit|"
                      r"Image credit)\s*(?:by)?\s*:", re.I)
_AGENCY_CREDIT = re.compile(rf"\b(?:{_AGENCY})(?:\s+Photo)?\s*/\s*[A-Z]", re.I)
_CAPTION_LABEL = Gated(("getty images", "image caption", "media caption", "image copyright"),
                       r"\bGetty Images\b|\bImage caption\b|\bMedia caption\b|\bImage copyright\b", re.I)
_BYLINE = re.compile(
    r"^(?:By|Written by|Story by|Words by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|and|&|,))*"
    rf"(?:\s*(?:,|\||-|—|for|in)\s*(?:{_AGENCY}|[A-Z][\w ]{{0,40}}))?\.?$"
)
_TRAILER_OPENING = re.compile(
    r"\(?\s*(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Edited|Compiled|Produced|Translated|"
    r"Research|Graphics|Fact[- ]checking)\s+by\b"
    r"|\(?\s*(?:©|\(c\)|Copyright\b)"
    r"|(?:Read more|Related|Advertisement|Share this(?: article| story)?|Follow us|Follow (?:him|her) on"
    r"|Sign up|Subscribe|Click here|Listen to this article|Our Standards)\b",
    re.I,
)
_RIGHTS_RESERVED = Gated(("all rights reserved",), r"\bAll rights reserved\b", re.I)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z0-9.'’ ]{1,30})?\s+)?"
    rf"\((?:{_AGENCY})\)\s*[-—–]+\s*"
)
# Captions and trailers are short; a long paragraph that mentions a photo is story text.
_FURNITURE_MAX_WORDS = 60
MAX_HEADLINE_WORDS = 20
_PUNCTUATED_END = re.compile(r"[.!?…:;,—–-][\"'”’»)\]]*$")
_FIRST_WORD_CHARACTER = re.compile(r"\w")
_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")
# Some sources end a headline with a full stop or a semicolon. Such a line is told from a short
# lead sentence by what a lead has and a headline leaves out: a second sentence, the day, the
# reporting verb of the past or the verb "to be"; and a line of three words or fewer is too little to tell.
MAX_STOPPED_HEADLINE_WORDS = 16
_STOPPED_END = re.compile(r"[^.;]\w[\"'”’»)\]]*[.;][\"'”’»)\]]*$")
# A sentence ends after a word, not after an initial or "v." ("Roe v. Wade", "U.S. As").
_LEAD_MARK = re.compile(r"(?<=[a-z]{2})[.!?][\"'”’»)\]]*\s+[\"'“‘A-Z]|\b(?:said|told|according|is|are|was|were|"
                        r"yesterday|today|tonight|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_TITLE_STOP = re.compile(r";$|(?<![.\s][A-Za-z])\.$")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the cleaned article: its 1-based number, its text, the file line it starts on."""

    number: int
    text: str
    line: int


@dataclass(frozen=True)
class Removed:
    """A piece of page furniture taken out of the article, kept for diagnostics."""

    line: int
    reason: str
    text: str


@dataclass(frozen=True)
class Document:
    """The cleaned article that extraction works on."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


# A tag of markup left in a plain-text article, one that shows it is no text: with attributes (name,
# "=", a value in any quotation marks: "<tweet id="…">", "<a href=”…”>") or closed on itself
# ("<tweet/>"). ("<b>bold</b>" may be what someone wrote, and shows as written; "x < y" and "<3" are text.)
_MARKUP_TAG = re.compile(r"<([A-Za-z][\w:-]*)(?:(?:\s+[\w:-]+\s*=\s*(?:[\"“”][^\"“”<>]*[\"“”]|'[^'<>]*'|[^\s\"'<>]+))+\s*/?"
                         r"|\s*/)>")
_WORD_CHARACTER = re.compile(r"\w")


def strip_markup(line: str) -> str:
    """`line` without its markup tags and the closing tags of the same names, their words kept; a tag
    between two words leaves a space. A line that held nothing but tags and punctuation ("<tweet
    id="…"><tweet/>.") is left empty: it showed something the text does not have."""
    if "<" not in line:
        return line
    names = {found.group(1) for found in _MARKUP_TAG.finditer(line)}
    if not names:
        return line
    tags = re.compile(_MARKUP_TAG.pattern + "|</(?:" + "|".join(re.escape(n) for n in names) + r")\s*>")
    kept = tags.sub(lambda m: " " if _gluing(line, m.start(), m.end()) else "", line)
    kept = " ".join(kept.split())
    return kept if _WORD_CHARACTER.search(kept) else ""


def _gluing(line: str, start: int, end: int) -> bool:
    """Whether taking out the tag between `start` and `end` would join the words on either side."""
    return start > 0 and end < len(line) and line[start - 1].isalnum() and line[end].isalnum()


def split_paragraphs(body: str, first_line: int = 1) -> list[tuple[int, str]]:
    """Paragraphs separated by blank lines, each with its starting line; wrapped lines are joined,
    and an overlong paragraph is cut into several (see `bounded_pieces`).

    Text is put in Unicode NFC form and invisible formatting characters are dropped (see
    `generator.characters`).
    """
    paragraphs: list[tuple[int, str]] = []
    lines: list[str] = []
    start = first_line
    # Once for the whole body, not per line: neither step touches a line break, and no character
    # composes with one.
    body = visible_text(body)
    for number, raw in enumerate(body.split("\n"), start=first_line):
        line = strip_markup(raw.strip())
        if line:
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            paragraphs.extend((start, piece) for piece in bounded_pieces(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.extend((start, piece) for piece in bounded_pieces(" ".join(lines)))
    return paragraphs


# Python-Markdown's work on a paragraph grows with its length times the number of escaped characters
# in it (each escape rewrites the paragraph's text), so one paragraph of a few hundred kilobytes of
# punctuation stalls a build for minutes. News paragraphs stay far below both limits.
MAX_PARAGRAPH_CHARS = 3000
MAX_PARAGRAPH_MARKS = 400  # ASCII punctuation, which pages escape
MARK = re.compile(r"[!-/:-@\[-`{-~]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


def bounded_pieces(text: str) -> list[str]:
    """`text` cut into pieces of at most MAX_PARAGRAPH_CHARS characters and MAX_PARAGRAPH_MARKS
    punctuation marks: after the last sentence within the limits, else at the last space. A word
    longer than the limit is not cut, as it costs the conversion little, unless its marks do."""
    pieces = []
    while True:
        over = _mark_beyond_limit(text, 0, MAX_PARAGRAPH_CHARS)
        if over is None and len(text) <= MAX_PARAGRAPH_CHARS:
            break
        limit = MAX_PARAGRAPH_CHARS if over is None else over
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit)]
        cut = ends[-1] if ends and ends[-1] > limit // 2 else text.rfind(" ", 0, limit) + 1
        if cut <= limit // 2:
            if over is not None:
                cut = over
            else:  # one long word: up to the next space, or to a mark too many within the word
                space = text.find(" ", limit)
                cut = len(text) if space < 0 else space + 1
                cut = _mark_beyond_limit(text, 0, cut) or cut
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def _mark_beyond_limit(text: str, start: int, end: int) -> int | None:
    """Where in text[start:end] the punctuation mark beyond MAX_PARAGRAPH_MARKS is, or None."""
    if min(end, len(text)) - start <= MAX_PARAGRAPH_MARKS:  # fewer characters than marks allowed
        return None
    for count, mark in enumerate(MARK.finditer(text, start, end), start=1):
        if count > MAX_PARAGRAPH_MARKS:
            return mark.start()
    return None


def furniture_reason(text: str) -> str | None:
    """Why a paragraph is page furniture, or None when it is story text."""
    words = len(text.split())
    if words > _FURNITURE_MAX_WORDS:
        return None
    if _GALLERY.match(text):
        return "gallery counter"
    low = folded(text)
    if _has_credit(text, low) and not _looks_like_story(text):
        return "photo caption or credit"
    if _BYLINE.match(text) and words <= 15:
        return "byline"
    if _TRAILER_OPENING.match(text) or _RIGHTS_RESERVED.search(text, low):
        return "wire trailer"
    return None


def _has_credit(text: str, low: str) -> bool:
    """Whether `text` (`low` its `folded` form) names a photo's or a video's credit or caption."""
    return bool(":" in text and _CREDIT_LABEL.search(text, low)
                or "/" in text and _AGENCY_CREDIT.search(text)
                or _CAPTION_LABEL.search(text, low))


def is_headline(text: str, following: str = "") -> bool:
    """Whether a paragraph reads as a headline: a few words opening with a capital, and either no
    punctuation that ends or continues a sentence at its end, or every longer word capitalised, or
    a full stop at the end of a short line whose words the `following` paragraph takes up."""
    words = text.split()
    first = _FIRST_WORD_CHARACTER.search(text)
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or not first or first.group().islower():
        return False
    # A quotation left open runs on into the next paragraph, as speech does and a headline never.
    closed = text.count('"') % 2 == 0 and text.count("“") <= text.count("”")
    if not _PUNCTUATED_END.search(text):
        return closed
    if _STOPPED_END.search(text) and 4 <= len(words) <= MAX_STOPPED_HEADLINE_WORDS and closed \
            and not _LEAD_MARK.search(text) and _echoed(text, following):
        return True
    long_words = _LONG_WORD.findall(text)
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _echoed(text: str, following: str) -> bool:
    """Whether the lead after a line takes up most of its longer words, as a lead does its headline
    ("Port strike ends." then "The strike at the port ended on Monday")."""
    stems = {w.lower()[:5] for w in _LONG_WORD.findall(text)}
    taken = stems & {w.lower()[:5] for w in _LONG_WORD.findall(following)}
    return len(stems) >= 2 and 2 * len(taken) >= len(stems)


def _looks_like_story(text: str) -> bool:
    # A quoted sentence is speech, whatever it mentions.
    return bool(re.search(r"[\"“”«»„]", text))


def clean(article: Article) -> Document:
    """Number the paragraphs of `article` and take page furniture out.

    An article without a title that opens with a headline line gets it as its title, as a
    Markdown heading is: the headline is not a paragraph, so that its words, which the lead
    repeats, are not read twice, and the wire dateline that follows it is still taken off.
    """
    kept: list[Paragraph] = []
    removed: list[Removed] = []
    headline: tuple[int, str] | None = None
    paragraphs = split_paragraphs(article.body, article.body_line)
    for index, (line, text) in enumerate(paragraphs):
        reason = furniture_reason(text)
        if reason:
            removed.append(Removed(line, reason, text))
            continue
        following = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
        if not kept and headline is None and article.title is None and is_headline(text, following):
            headline = (line, text)
            continue
        if not kept:
            dateline = _DATELINE.match(text)
            if dateline and dateline.end() < len(text):
                removed.append(Removed(line, "wire dateline", text[:dateline.end()].strip()))
                text = text[dateline.end():]
        kept.append(Paragraph(len(kept) + 1, text, line))
    if headline is not None:
        if not kept:  # a headline alone is all the text there is
            return Document(article=article, paragraphs=(Paragraph(1, headline[1], headline[0]),),
                            removed=tuple(removed))
        article = replace(article, title=_TITLE_STOP.sub("", clean_line(headline[1])))
        removed.append(Removed(headline[0], "headline", headline[1]))
    return Document(article=article, paragraphs=tuple(kept), removed=tuple(removed))
