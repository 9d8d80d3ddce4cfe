"""A page's conversion leaves out the inline patterns its Markdown cannot match."""

from __future__ import annotations

from types import SimpleNamespace

import markdown

from generator.inlinepatterns import UnusedInlinePatterns


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
