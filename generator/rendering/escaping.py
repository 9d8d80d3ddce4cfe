"""Escaping: article text is untrusted, so every value a template prints is escaped for HTML *and*
Markdown, and headings, which leave the page body for titles and tables of contents, get look-alikes
for the characters that were escaped as entities."""

from __future__ import annotations

import re
import urllib.parse
from functools import partial
from typing import TYPE_CHECKING, Callable

import markdown
from markupsafe import Markup

if TYPE_CHECKING:
    from .models import SourceParagraph

# The characters Python-Markdown lets a backslash escape, read from the installed version (with the
# tables extension, which adds "|") rather than copied, so an upgrade cannot silently widen the gap.
MARKDOWN_ESCAPED_CHARS = frozenset(markdown.Markdown(extensions=["tables"]).ESCAPED_CHARS)
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}


def _escaper(special: dict[str, str]) -> Callable[[object], Markup]:
    """A function printing a value as one line of text with the characters of `special` replaced."""
    table = str.maketrans({**special, **dict.fromkeys("\t\n\r\f\v", " "), **dict.fromkeys(
        [*map(chr, range(0x00, 0x09)), *map(chr, range(0x0e, 0x20)), "\x7f"])})

    def escape(value: object) -> Markup:
        if isinstance(value, Markup):
            return value
        text = ("" if value is None else str(value)).translate(table)
        return _markup(_SPACES.sub(" ", text) if "  " in text else text)
    return escape


# Markup's own constructor first asks its argument for __html__, which a str never has: skipped, as
# pages print a million values.
_markup = partial(str.__new__, Markup)


_SPACES = re.compile(" {2,}")
# One pass over the text, not HTML escaping followed by Markdown escaping: the "#" of "&#39;" must not
# be backslashed, and ">" must become "&gt;" (a backslash before an entity would show on the page).
# Line breaks would let a value start a Markdown block (heading, list, code, setext underline) of its
# own, and runs of spaces make code blocks and hard line breaks, so whitespace collapses to one space;
# STX/ETX are Python-Markdown's placeholder delimiters; other control characters are noise. All of it
# is one table, as str.translate is the fastest pass over the text there is, and pages print hundreds
# of thousands of values.
escape_text = _escaper({**{c: "\\" + c for c in MARKDOWN_ESCAPED_CHARS}, **_HTML_ENTITIES})
escape_text.__doc__ = "`value` as Markdown source that shows exactly its text: no HTML, no Markdown syntax, one line."
# Python-Markdown passes a block that opens with an HTML tag through as it is, and MkDocs leaves it
# alone too, so a part of a page whose links all lead within the page (the source text with its
# paragraph anchors and quote marks, a card's stances and quotes with their ¶ links) costs nothing to
# convert when written as HTML, where each Markdown link costs inline parsing, link rewriting and
# serialising. Text printed there is escaped for HTML only: a backslash would show, and Markdown
# syntax means nothing inside the block; it stays on one line, as a blank line would end the block.
escape_html = _escaper(_HTML_ENTITIES)
escape_html.__doc__ = "`value` as text inside a raw HTML block (also within a quoted attribute): no markup, one line."


def mark_quoted(paragraph: SourceParagraph, escape: Callable[[object], Markup],
                link: Callable[[Markup, str], str]) -> Markup:
    """A source paragraph's text, escaped by `escape`, with its quoted words made links back to who
    said them by `link` (from the escaped words and the anchor of their card)."""
    pieces, at = [], 0
    text = paragraph.text
    for span in paragraph.quoted:
        pieces += [escape(text[at:span.start]), Markup(link(escape(text[span.start:span.end]), span.anchor))]
        at = span.end
    pieces.append(escape(text[at:]))
    return Markup("").join(pieces)


def escape_url(url: str) -> Markup:
    """An http(s) URL for the target of a Markdown link; any other scheme is refused."""
    url = str(url).strip()
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ValueError(f"refusing to link to {url!r}: only http and https URLs are allowed")
    # Percent-encoding spaces, quotes and angle brackets keeps the URL one token for the link parser.
    quoted = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return escape_text(quoted)


# Heading text leaves the page body: MkDocs takes the page title from the first heading and the table
# of contents from all of them, as the heading's HTML with its entities kept, and themes print both,
# unescaped, into <title>, the nav, breadcrumbs and the search index. Material and Zensical print the
# title through Jinja's striptags, which decodes "&lt;/title&gt;" back into a closing tag. So in a
# heading the characters that could open a tag or end an attribute once decoded become look-alikes
# found in every Latin font: angle quotes, and typographic quotation marks, opening or closing as
# their place says. An ampersand stays an entity: decoded once, "&amp;lt;" is still only text.
_HEADING_LOOKALIKES = {"&lt;": "‹", "&gt;": "›"}
_OPENING = {"&quot;": "“", "&#39;": "‘"}
_CLOSING = {"&quot;": "”", "&#39;": "’"}
_OPENS_AFTER = frozenset(" \t([{#>-—–/")  # what an opening quotation mark follows
# Read from the left, a backslash escape and a link target are passed over whole, so that an escaped
# "]" cannot start a link target and a target keeps its URL.
_HEADING_TOKENS = re.compile(r"\\.|\]\((?:\\.|[^\\)])*\)|&(?:lt|gt|quot|#39);")
# Python-Markdown makes a heading of a line that starts with "#", also after the marks of a quote or a
# list item, and of the line above an underline of "=" or "-". A line taken for a heading that is
# not one only gets look-alikes.
_QUOTE_AND_LIST_MARKS = " \t>*+-0123456789.)"
_UNDERLINE = re.compile(r"[ \t>]*(?:=+|-+)[ \t]*")


def safe_headings(page: str) -> str:
    """Rendered Markdown `page` with the entities of its headings that a decoding could turn into
    markup replaced by look-alikes."""
    if "&" not in page:
        return page
    lines = page.split("\n")
    for number, line in enumerate(lines):
        if "&" in line and (line.lstrip(_QUOTE_AND_LIST_MARKS).startswith("#")
                            or number + 1 < len(lines) and _UNDERLINE.fullmatch(lines[number + 1])):
            lines[number] = _HEADING_TOKENS.sub(_lookalike, line)
    return "\n".join(lines)


def _lookalike(match: re.Match[str]) -> str:
    token = match[0]
    if token in _OPENING:
        before = match.string[match.start() - 1] if match.start() else " "
        return (_OPENING if before in _OPENS_AFTER else _CLOSING)[token]
    return _HEADING_LOOKALIKES.get(token, token)
