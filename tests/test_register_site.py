"""The site follows the register of actors: a real MkDocs build of briefings and an actors.yaml."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path

import pytest

from conftest import build_html_site, make_briefing
from generator.schema import Actor
from generator.searching import rewrite_search_index

REGISTER = """\
    anna-keller:
      name: Anna M. Keller
      description: Mediator of the <b>Geneva</b> talks since 2021
      links:
        - https://www.wikidata.org/wiki/Q42
        - http://example.org/keller
      aliases: [The Mediator]
      merge: [a-keller]
    luis-rivera:
      apart: [rivera]
    ministry:
      hidden: true
    """


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("register")
    (root / "actors.yaml").write_text(textwrap.dedent(REGISTER), encoding="utf-8")
    second = make_briefing(
        id="border-clash", title="Border clash reported", date=dt.date(2023, 5, 2), quotes=(), positions=(),
        actors=(Actor(id="a-keller", name="A. Keller", type="person", role="envoy"),
                Actor(id="luis-rivera", name="Luis Rivera", type="person"), Actor(id="rivera", name="Rivera", type="person")))
    return build_html_site(root, [make_briefing(), second], register_file=root / "actors.yaml")


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_merged_ids_share_one_page_that_their_briefings_link_to(site):
    assert not (site / "actors" / "a-keller").exists()
    assert "appears in 2 briefings" in html(site, "actors/anna-keller")
    assert '<a href="../../actors/anna-keller/">A. Keller</a>' in html(site, "briefings/border-clash")


def test_ids_kept_apart_keep_their_own_pages(site):
    assert (site / "actors" / "rivera" / "index.html").is_file()
    assert (site / "actors" / "luis-rivera" / "index.html").is_file()


def test_a_renamed_actor_is_shown_by_its_new_name_on_its_page_and_in_the_lists(site):
    assert '<h1 id="anna-m-keller">Anna M. Keller</h1>' in html(site, "actors/anna-keller")
    assert ">Anna M. Keller</a>" in html(site, "actors")


def test_a_hidden_actor_has_no_page_no_link_and_no_place_in_the_lists(site):
    assert not (site / "actors" / "ministry").exists()
    assert "Defence Ministry" not in html(site, "actors")
    page = html(site, "briefings/ceasefire-talks")
    assert "Defence Ministry" in page and 'actors/ministry/' not in page


def test_a_description_is_on_the_actors_page_as_text(site):
    assert "Mediator of the &lt;b&gt;Geneva&lt;/b&gt; talks since 2021" in html(site, "actors/anna-keller")


def test_links_go_to_the_addresses_the_register_gives(site):
    page = html(site, "actors/anna-keller")
    assert '<a href="https://www.wikidata.org/wiki/Q42">www.wikidata.org/wiki/Q42</a>' in page
    assert '<a href="http://example.org/keller">example.org/keller</a>' in page


def test_search_finds_an_actor_by_every_other_name(site):
    rewrite_search_index(site / "search" / "search_index.json", slim=True, plain=True)  # as the plugin does
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("actors/anna-keller/"))
    assert "The Mediator" in text and "A. Keller" in text and "Anna Keller" in text
    assert not re.search(r"actors/anna-keller/#", " ".join(doc["location"] for doc in index["docs"]))
