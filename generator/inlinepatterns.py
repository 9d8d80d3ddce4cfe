"""Python-Markdown's inline patterns that a page cannot use are left out of its conversion.

Python-Markdown tries every inline pattern on every piece of text of a page, which is most of the
time a generated page costs to convert; a pattern whose every match needs a character sequence the
page's Markdown lacks can only fail there. Generated pages have no code spans, images, references,
autolinks, mail links or hard line breaks (their text is escaped: see `rendering.escaping.escape_text`), so
most patterns go; a hand-written page keeps the ones it may use. Text only loses characters on its
way through the conversion (the placeholders Python-Markdown puts in hold none of these), so a
sequence absent from the Markdown is absent from every piece of text tried.

Python-Markdown finds where a link's text ends by walking the whole text around it character by
character, once for every link (each link found changes the text, so the walk is not reused): a
fifth of the conversion of our link-heavy pages, against nothing on a page of prose. `QuickLinks`
finds the same bracket, and the same address, by jumping from bracket to bracket.

The table-of-contents extension likewise looks for its marker ("[TOC]") in the text of every element
of every page, which no generated page holds; a page whose Markdown lacks the marker is converted
without that search.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.inlinepatterns import LinkInlineProcessor

# Python-Markdown's own inline patterns by name, and the sequences one of which each match contains.
# A reference pattern only makes a link from a definition, "[id]: address".
NEEDS = {
    "backtick": ("`",),
    "escape": ("\\",),
    "reference": ("]:",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("]:",),
    "short_image_ref": ("![",),
    "autolink": ("://",),
    "automail": ("@",),
    "linebreak": ("  \n",),
    "html": ("<",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
}


_BRACKET = re.compile(r"[\[\]]")
# An address up to the first ")" with no "(" nor quotation mark before it, where Python-Markdown's walk
# through the parentheses and a possible title can only stop at that ")" and take all before it.
_PLAIN_ADDRESS = re.compile(r"[^()'\"]*\)")
# Brackets jumped over before leaving it to Python-Markdown's own walk, which is linear in the text
# however many brackets stay open, where jumping from each could be quadratic.
_MOST_BRACKETS = 32


class QuickLinks(LinkInlineProcessor):
    """Python-Markdown's link pattern, finding the text's closing bracket and a plain address with
    regular expressions: the same links, from the same text, at a fraction of the cost."""

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        depth = 0
        for seen, bracket in enumerate(_BRACKET.finditer(data, index)):
            if seen == _MOST_BRACKETS:
                return super().getText(data, index)
            if bracket.group() == "[":
                depth += 1
            elif depth:
                depth -= 1
            else:
                return data[index:bracket.start()], bracket.end(), True
        return data[index:], len(data), False

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        opening = self.RE_LINK.match(data, pos=index)
        plain = _PLAIN_ADDRESS.match(data, opening.end()) if opening and not opening.group(1) else None
        if plain is None:
            return super().getLink(data, index)
        return self.unescape(data[opening.end():plain.end() - 1]).strip(), None, plain.end(), True


class UnusedInlinePatterns(Extension):
    """Leaves out of each page's Markdown instance the patterns its Markdown cannot match. MkDocs
    makes one instance per page, while its config names the page being converted."""

    def __init__(self, config: Any) -> None:
        super().__init__()
        self.mkdocs_config = config

    def extendMarkdown(self, md: Markdown) -> None:
        page = getattr(self.mkdocs_config, "_current_page", None)
        text = getattr(page, "markdown", None)
        if not text:
            return
        for name, sequences in NEEDS.items():
            if name in md.inlinePatterns and not any(sequence in text for sequence in sequences):
                md.inlinePatterns.deregister(name)
        if "link" in md.inlinePatterns and type(md.inlinePatterns["link"]) is LinkInlineProcessor:
            md.inlinePatterns.register(QuickLinks(md.inlinePatterns["link"].pattern, md), "link", 160)
        toc = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
        if toc is not None and toc.marker and toc.marker not in text:
            toc.marker = ""
