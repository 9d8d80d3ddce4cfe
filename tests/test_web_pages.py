"""Saved web pages: the story's paragraphs and metadata are found, the page's furniture is not kept.

tests/pages/ holds news pages written for the purpose in the shapes real ones take (navigation,
cookie banners, share buttons, adverts, related stories, captions, comments, JSON-LD, a paywall
teaser, an old table layout, an embedded post, a page in Windows-1252). Beside each, NAME.yaml
gives the expected paragraphs, the metadata the page carries, and pieces of its furniture.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator import web
from generator.cleaning import clean
from generator.config import load_project
from generator.errors import ArticleError, MissingExtraError
from generator.extraction.builtin import BuiltinBackend
from generator.reading import find_articles, read_article
from generator.making import summarise_article
from generator.summarising import CREATED, UNCHANGED, UPDATED, summarise
from tests.conftest import REPO

PAGES = REPO / "tests" / "pages"
NAMES = sorted(path.stem for path in PAGES.glob("*.yaml"))


def expected(name: str) -> dict:
    return yaml.safe_load((PAGES / f"{name}.yaml").read_text(encoding="utf-8"))


def page(name: str) -> Path:
    return next(PAGES.glob(f"{name}.htm*"))


def paragraphs(name: str) -> list[str]:
    return [p.text for p in clean(read_article(page(name))).paragraphs]


def test_the_page_set_is_complete():
    assert len(NAMES) >= 8
    for name in NAMES:
        gold = expected(name)
        assert gold["paragraphs"] and gold["furniture"], name
        # Furniture must be told apart from the story, or the test would contradict itself.
        story = "\n".join(gold["paragraphs"])
        assert not [piece for piece in gold["furniture"] if piece in story], name


@pytest.mark.parametrize("name", NAMES)
def test_every_expected_paragraph_is_a_paragraph_of_the_article(name):
    found = paragraphs(name)
    assert [p for p in expected(name)["paragraphs"] if p not in found] == []


@pytest.mark.parametrize("name", NAMES)
def test_no_furniture_is_left_in_the_article(name):
    text = "\n".join(paragraphs(name))
    assert [piece for piece in expected(name)["furniture"] if piece in text] == []


@pytest.mark.parametrize("name", NAMES)
def test_the_page_metadata_fills_the_fields_front_matter_would(name):
    article = read_article(page(name))
    gold = expected(name)
    found = {"title": article.title, "date": article.date and article.date.isoformat(), "author": article.author,
             "source": article.source, "url": article.url}
    assert {key: found[key] for key in found if key in gold} == {key: gold[key] for key in found if key in gold}


def test_a_page_in_windows_1252_is_read_in_the_encoding_its_meta_tag_declares():
    article = read_article(PAGES / "air-traffic-strike-cp1252.html")
    assert "Élodie Garnier" == article.author
    assert "« Nous ne reprendrons pas le travail" in article.body


def test_a_page_declared_latin_1_but_saved_as_utf_8_is_read_as_utf_8():
    html = ('<html><head><meta charset="iso-8859-1"></head><body><article>' + "".join(
        f"<p>Die Bahn erhöht die Preise um fünf Prozent, sagte der Sprecher am Montag in Köln ({n}).</p>"
        for n in range(3)) + "</article></body></html>")
    assert "Die Bahn erhöht die Preise um fünf Prozent" in web.extract_page(html.encode("utf-8")).paragraphs[0]


def test_a_saved_page_in_the_seeds_is_found_as_an_article(tmp_path):
    (tmp_path / "story.html").write_bytes(page("harbour-strike").read_bytes())
    (tmp_path / "other.htm").write_bytes(page("school-meals-blog").read_bytes())
    assert [p.name for p in find_articles([tmp_path])] == ["other.htm", "story.html"]


def test_a_saved_page_becomes_a_briefing_with_its_title_date_author_and_address():
    briefing = summarise_article(page("harbour-strike"), "seeds/harbour-strike.html", None, BuiltinBackend()).briefing
    assert briefing.title == "Dock workers strike over pay as talks collapse"
    assert briefing.date == dt.date(2023, 6, 12)
    assert briefing.source.url == "https://coastalherald.example/news/2023/06/12/dock-workers-strike"
    assert (briefing.source.author, briefing.source.publisher) == ("Maria Lindqvist", "The Coastal Herald")
    assert briefing.paragraphs[0].startswith("Thousands of dock workers walked out")
    assert any(actor.name == "Ruth Okafor" for actor in briefing.actors)


def test_a_briefing_of_a_page_is_made_again_when_the_page_reader_changes(tempdir, monkeypatch):
    root = tempdir({"seeds/story.html": page("harbour-strike").read_bytes(),
                    "seeds/plain.txt": "The council met on Tuesday and agreed a budget."})
    project = load_project(root / "mkdocs.yml")
    assert summarise(project, BuiltinBackend()).count(CREATED) == 2
    monkeypatch.setattr(web, "reader_version", lambda: "trafilatura 99.0+0123456789")
    outcomes = {o.source: o.action for o in summarise(project, BuiltinBackend()).outcomes}
    assert outcomes == {"seeds/plain.txt": UNCHANGED, "seeds/story.html": UPDATED}


def test_a_page_without_a_story_is_one_error_naming_it(tmp_path):
    empty = tmp_path / "index.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    with pytest.raises(ArticleError, match="no article text was found in the page") as error:
        read_article(empty)
    assert str(empty) in str(error.value)


def test_without_the_web_extra_a_page_is_one_line_saying_what_to_install(without_module):
    without_module("trafilatura")
    with pytest.raises(MissingExtraError) as error:
        read_article(page("harbour-strike"))
    assert "\n" not in str(error.value)
    assert "pip install -e '.[web]'" in str(error.value)


def test_a_page_whose_only_text_is_its_byline_has_no_story():
    html = ('<html><head><meta name="author" content="Jane Doe"><title>Mayor resigns</title></head><body>'
            "<article><h1>Mayor resigns</h1><p>By Jane Doe, Political editor</p></article></body></html>")
    with pytest.raises(ArticleError, match="no article text was found in the page"):
        web.extract_page(html.encode(), url="https://example.org/mayor")
