"""Python-Markdown's inline patterns that a page cannot use are left out of its conversion.

Python-Markdown tries every inline pattern on every piece of text of a page, which is most of the
time a generated page costs to convert; a pattern whose every match needs a character sequence the
page's Markdown lacks can only fail there. Generated pages have no code spans, images, references,
autolinks, mail links or hard line breaks (their text is escaped: see `rendering.escaping.escape_text`), so
most patterns go; a hand-written page keeps the ones it may use. Text only loses characters on its
way through the conversion (the placeholders Python-Markdown puts in hold none of these), so a
sequence absent from the Markdown is absent from every piece of text tried.

The table-of-contents extension likewise looks for its marker ("[TOC]") in the text of every element
of every page, which no generated page holds; a page whose Markdown lacks the marker is converted
without that search.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown

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
        toc = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
        if toc is not None and toc.marker and toc.marker not in text:
            toc.marker = ""
