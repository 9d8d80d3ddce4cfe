"""Hostile article text survives rendering and a real MkDocs build as inert, literal text."""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import build_html_site, make_briefing
from generator.rendering.environment import _link_target, _relative_url
from generator.rendering.escaping import _HTML_ENTITIES, MARKDOWN_ESCAPED_CHARS, escape_text
from generator.schema import Actor, Position, Quote

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = "[x](javascript:alert(1))"
JINJA = "{{ 7*7 }}"
ATTACKS = [
    SCRIPT, IMG, JS_LINK, JINJA,
    '<a href="javascript:alert(2)">a</a>',
    '" onmouseover="alert(3)',
    "![pixel](https://evil.example/pixel.png)",
    "<https://evil.example/autolink>",
    "[ref]\n\n[ref]: javascript:alert(4)",
    "text {: onclick=\"alert(5)\" #evil }",
    "\n\n# Injected heading\n\n- injected list",
    "Setext\n===",
    "&lt;script&gt;alert(6)&lt;/script&gt;",
    "\x02wzxhzdk:0\x03 [TOC]",
    "| a | b |\n|---|---|",
    "<!-- unclosed comment",
]
HOSTILE_PARAGRAPH = " ".join(a.replace("\n", " ") for a in ATTACKS)


def hostile_briefing():
    name = f"Mallory {SCRIPT} {IMG}"
    return make_briefing(
        id="hostile", title=f"Breaking {SCRIPT} {JS_LINK} {JINJA}", summary="\n".join(ATTACKS),
        keywords=(SCRIPT, JS_LINK),
        paragraphs=(HOSTILE_PARAGRAPH, "\n".join(ATTACKS), f"Mallory said “{JS_LINK} {IMG}”."),
        actors=(Actor(id="mallory", name=name, type="person", role=IMG, aliases=(JS_LINK,)),),
        positions=(Position(actor="mallory", stance="\n".join(ATTACKS), polarity="claim", paragraph=2),),
        quotes=(Quote(text=f"{JS_LINK} {IMG}", speaker="mallory", paragraph=3, key=True),),
    )


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> and the page body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.script_text if self._in_script else self.text).append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    # One briefing: its topics get pages too, so that their names are tested where they head a page.
    return build_html_site(tmp_path_factory.mktemp("hostile"), [hostile_briefing()], topic_min_briefings=1)


@pytest.fixture(scope="module")
def pages(site) -> dict[str, Elements]:
    parsed = {}
    for path in ["briefings/hostile", "actors/mallory", "actors", "archive", "topics", "topics/script-alert-1-script",
                 "templates", ""]:
        parser = Elements()
        parser.feed((site / path / "index.html").read_text(encoding="utf-8"))
        parsed[path or "home"] = parser
    return parsed


def test_no_script_from_the_article_runs(pages):
    for parser in pages.values():
        assert not any("alert" in text for text in parser.script_text)


def test_no_event_handler_attribute_appears(pages):
    for parser in pages.values():
        for tag, attrs in parser.tags:
            assert not [a for a in attrs if a.startswith("on")], (tag, attrs)


def test_no_javascript_link_appears(pages):
    for parser in pages.values():
        for tag, attrs in parser.tags:
            for name in ("href", "src"):
                assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)


def test_no_image_link_or_element_is_injected(pages):
    for parser in pages.values():
        assert not [attrs for tag, attrs in parser.tags if tag == "img"]
        assert not [attrs for tag, attrs in parser.tags
                    if "evil.example" in (attrs.get("href") or "") + (attrs.get("src") or "")]
        assert not [attrs for tag, attrs in parser.tags if attrs.get("id") == "evil"]


def test_no_heading_list_or_table_is_injected(pages):
    briefing = pages["briefings/hostile"]
    headings = [attrs.get("id") for tag, attrs in briefing.tags if tag in ("h1", "h2", "h3")]
    assert "injected-heading" not in headings and "setext" not in headings
    text = "".join(briefing.text)
    assert "Injected heading - injected list" in text
    # the actors table; the theme's keyboard-help table has a class
    assert len([tag for tag, attrs in briefing.tags if tag == "table" and not attrs]) == 1


def test_hostile_text_shows_literally(pages):
    text = "".join(pages["briefings/hostile"].text)
    for attack in (SCRIPT, IMG, JS_LINK, JINJA, "[ref]: javascript:alert(4)", "&lt;script&gt;alert(6)"):
        assert attack in text
    assert "49" not in text


def test_hostile_actor_name_heads_its_page_with_look_alikes_of_the_markup_characters(pages):
    assert "Mallory ‹script›alert(1)‹/script› ‹img src=x onerror=alert(1)›" in "".join(pages["actors/mallory"].text)


def test_hostile_topic_name_heads_its_page_with_look_alikes_of_the_markup_characters(pages):
    assert "‹script›alert(1)‹/script›" in "".join(pages["topics/script-alert-1-script"].text)


def test_hostile_text_is_plain_text_in_the_feed_and_the_data(site):
    feed = ElementTree.parse(site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entry = feed.find(f"{atom}entry")
    assert entry.findtext(f"{atom}title") == f"Breaking {SCRIPT} {JS_LINK} {JINJA}"
    assert [c.get("term") for c in entry.findall(f"{atom}category")] == [SCRIPT, JS_LINK]
    data = json.loads((site / "briefings.json").read_text(encoding="utf-8"))["briefings"]
    assert data[0]["actors"][0]["name"] == f"Mallory {SCRIPT} {IMG}"


def test_titles_made_from_headings_carry_no_character_a_theme_could_decode_into_markup(site):
    # Page titles and table-of-contents entries, as MkDocs gives them to themes and the search index.
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["title"] for doc in index["docs"]}
    assert {"Breaking ‹script›alert(1)‹/script› [x](javascript:alert(1)) {{ 7*7 }}",
            "Mallory ‹script›alert(1)‹/script› ‹img src=x onerror=alert(1)›", "‹script›alert(1)‹/script›"} <= titles
    assert [title for title in titles if re.search(r"[<>]|&(?:lt|gt|amp|quot|#39);", title)] == []


TEMPLATE_OF_ONES_OWN = """\
{{ briefing.title }}
===

> ## Quoted: {{ briefing.title }}

- ### Listed: {{ briefing.title }}

## [Linked: {{ briefing.title }}]({{ briefing.source.url|url }})
"""


def test_headings_a_template_of_ones_own_writes_get_the_look_alikes_and_keep_their_links(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "briefing.md.j2").write_text(TEMPLATE_OF_ONES_OWN, encoding="utf-8")
    briefing = make_briefing(title=f"Harbour's \"deal\" & {IMG}",
                             source=replace(make_briefing().source, url="https://example.com/a?b=1&c=2"))
    site = build_html_site(tmp_path, [briefing], templates_dir=tmp_path / "templates")
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"] if doc["location"].startswith("briefings/ceasefire-talks/")]
    title = "Harbour’s “deal” &amp; ‹img src=x onerror=alert(1)›"  # the ampersand as an entity: only ever text
    assert titles == [title, title, f"Quoted: {title}", f"Listed: {title}", f"Linked: {title}"]
    page = (site / "briefings" / "ceasefire-talks" / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://example.com/a?b=1&amp;c=2">' in page


def _reference_escape(text: str) -> str:
    """The escaping spelt out in three passes: drop control characters, collapse whitespace, escape."""
    text = re.sub(r"[\t\n\r\f\v ]+", " ", re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", "", text))
    return "".join(_HTML_ENTITIES.get(c) or ("\\" + c if c in MARKDOWN_ESCAPED_CHARS else c)
                   for c in text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\n\r\f\v\x00\x01\x02\x03\x1f\x7f\x85\u2028<>&\"'#*_[]()`\\|!-+.{}ab")),
               max_size=40))
def test_escaping_in_one_pass_equals_the_three_passes_it_stands_for(text):
    assert str(escape_text(text)) == _reference_escape(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3), st.sampled_from(["index.md", "x.md", "2.md"]),
       st.lists(st.sampled_from(["a", "b", "c"]), max_size=3), st.sampled_from(["index.md", "y.md", "2.md"]))
def test_links_between_pages_are_the_relative_paths_posixpath_computes(page, page_file, target, target_file):
    page_path, target_path = "/".join([*page, page_file]), "/".join([*target, target_file])
    expected = posixpath.relpath(target_path, posixpath.dirname(page_path) or ".")
    assert _relative_url(page_path, target_path) == expected


@pytest.mark.parametrize("target", ["a b.md", "x).md", "[x](javascript:alert(1))", "a<b>.md", "a\\b.md"])
def test_a_link_target_that_could_end_or_break_the_link_is_escaped(target):
    assert str(_link_target(target)) == str(escape_text(target))


def test_a_generated_path_is_a_link_target_as_it_is():
    assert str(_link_target("../actors/josé-álvarez/2.md#quotes-1")) == "../actors/josé-álvarez/2.md#quotes-1"
