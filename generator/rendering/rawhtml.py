"""Text for raw HTML blocks of the generated pages.

Python-Markdown passes a block that opens with an HTML tag through as it is, and MkDocs leaves it
alone too, so a part of a page whose links all lead within the page (the source text with its
paragraph anchors and quote marks, a card's stances and quotes with their ¶ links) costs nothing to
convert when written as HTML, where each Markdown link costs inline parsing, link rewriting and
serialising. Text printed there must then be escaped for HTML rather than for Markdown: a
backslash would show, and Markdown syntax means nothing inside the block.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    from .models import SourceParagraph

_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# One line, as a blank line would end the block and let the rest be read as Markdown. STX/ETX are
# Python-Markdown's placeholder delimiters; other control characters are noise.
_ESCAPES = str.maketrans({**_HTML_ENTITIES, **dict.fromkeys("\t\n\r\f\v", " "),
                          **dict.fromkeys([*map(chr, range(0x00, 0x09)), *map(chr, range(0x0e, 0x20)), "\x7f"])})
_SPACES = re.compile(" {2,}")


def escape_html(value: object) -> Markup:
    """`value` as text inside a raw HTML block (also within a quoted attribute): no markup, one line."""
    if isinstance(value, Markup):
        return value
    text = ("" if value is None else str(value)).translate(_ESCAPES)
    return Markup(_SPACES.sub(" ", text) if "  " in text else text)


def marked_html(paragraph: SourceParagraph) -> Markup:
    """A source paragraph's text, as HTML, with its quoted words as links back to who said them."""
    pieces, at = [], 0
    text = paragraph.text
    for span in paragraph.quoted:
        pieces += [escape_html(text[at:span.start]),
                   Markup(f'<a class="briefings-quoted" href="#{escape_html(span.anchor)}" title="Who said it">'
                          f"{escape_html(text[span.start:span.end])}</a>")]
        at = span.end
    pieces.append(escape_html(text[at:]))
    return Markup("").join(pieces)
