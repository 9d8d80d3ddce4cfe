"""Hostile text that arrives through an article (not a hand-made briefing) stays inert text in the
built HTML: invisible characters are dropped, templates are not re-evaluated, markup shows as
written and very long words stay inside the page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

LONG_WORD = "Supercalifragilistic" * 250
ARTICLE = (
    " date 2024-05-01 Mar\u200bia Okafor, who leads the dock union, said on Monday that talks had failed.\n\n"
    "“We will strike on Friday,” Maria Okafor said. “Nothing {{ 7*7 }} {% if x %}changes{% endif %}.”\n\n"
    "The file was named \u202egnp.exe\u202c by the sender, officials said.\n\n"
    f"# Not a heading [click](javascript:alert(1)) ![pixel](https://evil.example/p.png) <script>alert(2)</script> "
    f"<img src=x onerror=alert(3)> {LONG_WORD}\n\n"
    "Okafor said: “<b>bold</b> and **stars** and `code` stay as written.”\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-article")
    (root / "seeds").mkdir()
    (root / "seeds" / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: t\ndocs_dir: build/docs\nmarkdown_extensions: [attr_list, tables, toc]\n"
        "nav:\n  - Home: index.md\nplugins:\n  - search\n  - briefings\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    return root / "site"


def html_of(site: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html")))


def briefing_html(site: Path) -> str:
    (page,) = (site / "briefings").glob("*/index.html")
    return page.read_text(encoding="utf-8")


def test_zero_width_characters_do_not_make_a_second_actor(site):
    actors = sorted(p.name for p in (site / "actors").iterdir() if p.is_dir() and "okafor" in p.name)
    assert actors == ["maria-okafor"]
    assert "\u200b" not in html_of(site)


def test_bidirectional_overrides_never_reach_a_page(site):
    html = html_of(site)
    assert "\u202e" not in html and "\u202c" not in html
    assert "gnp.exe" in briefing_html(site)


def test_jinja_syntax_in_article_text_stays_literal(site):
    page = briefing_html(site)
    assert "{{ 7*7 }}" in page and "{% if x %}changes{% endif %}" in page
    assert "Nothing 49" not in page


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def test_markup_in_article_text_shows_as_written(site):
    page = briefing_html(site)
    tags = Tags()
    tags.feed(page)
    assert not [t for t, attrs in tags.found if any(name.startswith("on") for name in attrs)]
    assert not [attrs for t, attrs in tags.found if str(attrs.get("href", "")).startswith("javascript:")]
    assert not [attrs for t, attrs in tags.found if t == "img" and "evil" in str(attrs.get("src"))]
    assert "<script>alert" not in page
    assert "&lt;b&gt;bold&lt;/b&gt; and **stars** and `code` stay as written." in page
    assert "# Not a heading" in page


def test_a_very_long_word_is_kept_and_the_stylesheet_lets_it_wrap(site):
    assert LONG_WORD in briefing_html(site)
    css = (Path(__file__).resolve().parents[1] / "pages" / "css" / "briefings.css").read_text(encoding="utf-8")
    assert "overflow-wrap: anywhere" in css
