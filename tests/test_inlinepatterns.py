"""A page's conversion leaves out the inline patterns its Markdown cannot match."""

from __future__ import annotations

from types import SimpleNamespace

import markdown
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

from generator.inlinepatterns import QuickLinks, UnusedInlinePatterns


def converter(text: str) -> markdown.Markdown:
    config = SimpleNamespace(_current_page=SimpleNamespace(markdown=text))
    return markdown.Markdown(extensions=["attr_list", "tables", "toc", UnusedInlinePatterns(config)])


def convert(text: str) -> tuple[str, set[str]]:
    md = converter(text)
    return md.convert(text), {name for name in md.inlinePatterns._data}


def test_a_page_without_code_images_or_references_is_converted_without_their_patterns():
    html, patterns = convert("A [link](#p-1) and \\*stars\\* &amp; more.\n")
    assert html == '<p>A <a href="#p-1">link</a> and *stars* &amp; more.</p>'
    assert {"link", "escape", "entity", "em_strong"} <= patterns
    assert not patterns & {"backtick", "image_link", "reference", "short_reference", "autolink", "linebreak"}


def test_a_page_that_uses_them_keeps_them():
    html, patterns = convert("Run `make` ![logo](a.png) [ref]\n\n[ref]: https://example.org\n")
    assert "<code>make</code>" in html and '<img alt="logo" src="a.png"' in html
    assert '<a href="https://example.org">ref</a>' in html
    assert {"backtick", "image_link", "short_reference"} <= patterns


def test_a_page_without_the_table_of_contents_marker_is_not_searched_for_it():
    md = converter("# Title\n\nNo marker here.\n")
    assert md.treeprocessors["toc"].marker == ""


def test_a_page_with_the_marker_gets_its_table_of_contents_there():
    html, _ = convert("# Title\n\n[TOC]\n\n## Part\n")
    assert '<div class="toc">' in html and '<a href="#part">Part</a>' in html


def test_a_pages_links_are_found_without_python_markdowns_walk_through_the_text(monkeypatch):
    walks = []
    for name in ("getText", "getLink"):
        walk = getattr(LinkInlineProcessor, name)
        monkeypatch.setattr(LinkInlineProcessor, name,
                            lambda self, data, index, walk=walk, name=name: walks.append(name) or walk(self, data, index))
    html, _ = convert("See [the first](a.md), [the second](b.md#p-2) and [the third](c/).\n")
    assert html == ('<p>See <a href="a.md">the first</a>, <a href="b.md#p-2">the second</a> '
                    'and <a href="c/">the third</a>.</p>')
    assert walks == []


TRICKY_LINKS = ["[a [nested] text](x.md) after", "[unclosed (x.md) and [b](y.md)", "[t](x.md \"a title\") z",
                "[t](<a b.md>) z", "[t](x(1).md) z", "[t](x.md'q) z", "[t]( x.md ) z", "[t] (x.md)", "]] [t](x.md)",
                "[" * 40 + "t](x.md)" + "]" * 5, "[t](x.md"]


def test_a_links_text_and_address_are_those_python_markdowns_own_walk_finds():
    md = markdown.Markdown()
    md.treeprocessors["inline"].stashed_nodes = {}
    own, quick = LinkInlineProcessor(LINK_RE, md), QuickLinks(LINK_RE, md)
    for data in TRICKY_LINKS:
        for index in range(len(data) + 1):
            assert quick.getText(data, index) == own.getText(data, index), (data, index)
            assert quick.getLink(data, index) == own.getLink(data, index), (data, index)
