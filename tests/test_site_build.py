"""A plain `mkdocs build` of rendered pages: the HTML and the search index."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import build_html_site, make_briefing
from generator.schema import Actor, Position, Quote


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    second = make_briefing(
        id="border-clash", title="Border clash reported", date=dt.date(2023, 5, 2),
        paragraphs=("Shots were fired overnight.", "Anna Keller called it “a grave mistake”."),
        actors=(Actor(id="anna-keller", name="Anna Keller", type="person", role="envoy"),),
        positions=(Position(actor="anna-keller", stance="condemns the clash", polarity="oppose", paragraph=2),),
        quotes=(Quote(text="a grave mistake", speaker="anna-keller", paragraph=2, partial=True),))
    return build_html_site(tmp_path_factory.mktemp("site"), [make_briefing(), second])


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_briefing_page_shows_quote_linked_to_anchored_paragraph(site):
    page = html(site, "briefings/ceasefire-talks")
    assert "<h1 id=\"ceasefire-talks-resume-in-geneva\">Ceasefire talks resume in Geneva</h1>" in page
    assert '<p class="briefings-paragraph" id="p-2"><a class="briefings-pilcrow" href="#p-2">¶2</a>' in page
    assert "“We will not give up on peace.”" in page
    assert '<a href="../../actors/anna-keller/">Anna Keller</a>' in page
    assert '<a href="https://example.com/news/ceasefire">original article</a>' in page


def test_actor_page_links_each_quote_to_its_briefing_paragraph(site):
    page = html(site, "actors/anna-keller")
    assert '<a href="../../briefings/border-clash/#p-2">¶2</a>' in page
    assert '<a href="../../briefings/ceasefire-talks/#p-2">¶2</a>' in page


def test_actor_page_nests_each_briefings_positions_under_its_one_link(site):
    page = html(site, "actors/anna-keller")
    assert re.search(r'<li>2 May 2023 · <a href="../../briefings/border-clash/">Border clash reported</a><ul>\s*'
                     r'<li><strong class="briefings-polarity briefings-oppose">oppose</strong> condemns the clash '
                     r'<a href="../../briefings/border-clash/#p-2">¶2</a></li>\s*</ul>', page)


def test_hand_written_pages_and_stylesheet_are_in_the_site(site):
    assert "Quotes are verbatim" in html(site, "about")
    assert "generator.checksum" in html(site, "schema")
    assert (site / "css" / "briefings.css").is_file()
    assert 'href="../../css/briefings.css"' in html(site, "briefings/ceasefire-talks")


def test_nav_lists_sections_not_briefings(site):
    nav = html(site, "archive").split('role="main"')[0]
    assert "Border clash reported" not in nav and "Anna Keller" not in nav


def test_search_index_holds_actor_names_and_quote_words(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"]
                    if doc["location"].startswith("briefings/ceasefire-talks/"))
    assert "Anna Keller" in text and "give up on peace" in text


def test_topic_pages_feed_and_data_are_in_the_site(site):
    assert "Border clash reported" in html(site, "topics/geneva")
    assert (site / "feed.xml").read_bytes().startswith(b"<?xml")
    assert [b["id"] for b in json.loads((site / "briefings.json").read_text(encoding="utf-8"))["briefings"]] == \
        ["border-clash", "ceasefire-talks"]


def test_template_reference_is_a_page_of_the_site(site):
    assert "actor_paths" in html(site, "templates")


def test_later_pages_of_long_lists_are_built_and_every_link_on_them_resolves(tmp_path):
    briefings = [make_briefing(id=f"b{i:02d}", date=dt.date(2022, 1, 1) + dt.timedelta(days=i)) for i in range(90)]
    site = build_html_site(tmp_path, briefings)
    later = [page.parent.relative_to(site).as_posix() for folder in ("archive", "actors/anna-keller", "topics/geneva")
             for page in (site / folder).glob("*/index.html")]
    assert len(later) >= 3 and any(">Older →</a>" in html(site, page) for page in later)
    for page in later:
        for href in re.findall(r'href="([^"#]+)', html(site, page)):
            if "://" not in href:
                target = (site / page / href).resolve()
                assert (target / "index.html" if target.is_dir() else target).is_file(), (page, href)


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_site_builds_with_each_theme(tmp_path, theme):
    if theme == "material":
        pytest.importorskip("material", reason="mkdocs-material is not installed (pip install -e '.[material]')")
    site = build_html_site(tmp_path, [make_briefing()], theme=theme)
    page = html(site, "briefings/ceasefire-talks")
    assert 'id="p-3"' in page and "css/briefings.css" in page


def test_zensical_builds_the_same_rendered_pages(tmp_path):
    zensical = shutil.which("zensical", path=str(Path(sys.executable).parent)) or shutil.which("zensical")
    if zensical is None:
        pytest.skip("zensical is not installed (pip install -e '.[zensical]')")
    build_html_site(tmp_path, [make_briefing()])
    # Zensical has a theme of its own; the rest of mkdocs.yml is read as it is.
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").replace("name: mkdocs", "name: material")
    (tmp_path / "zensical.yml").write_text(config.replace("site_dir: site", "site_dir: zsite"), encoding="utf-8")
    result = subprocess.run([zensical, "build", "--strict", "-f", "zensical.yml"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    page = html(tmp_path / "zsite", "briefings/ceasefire-talks")
    assert 'id="p-2"' in page and "We will not give up on peace." in page
    assert (tmp_path / "zsite" / "feed.xml").is_file()
