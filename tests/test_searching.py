"""The slimmed search index: smaller, and still finds actors by name and briefings by quote words."""

from __future__ import annotations

import json

from click.testing import CliRunner

from generator.cli import cli
from generator.searching import plain_titles, slim_entries

ENTRIES = [
    {"location": "", "title": "Home", "text": "Latest briefings Strike ends ..."},
    {"location": "#latest", "title": "Latest", "text": "Strike ends ..."},
    {"location": "briefings/strike/", "title": "Strike ends", "text": "everything twice"},
    {"location": "briefings/strike/#summary", "title": "Summary", "text": "The strike ended."},
    {"location": "briefings/strike/#key-quotes", "title": "Key quotes", "text": "We won, Okafor said."},
    {"location": "briefings/strike/#source-text", "title": "Source text", "text": "The whole article."},
    {"location": "actors/maria-okafor/", "title": "Maria Okafor", "text": "We won ..."},
    {"location": "actors/maria-okafor/#quotes", "title": "Quotes", "text": "We won ..."},
    {"location": "about/", "title": "About", "text": "How briefings are made."},
    {"location": "about/#method", "title": "Method", "text": "Rules."},
]


def by_location(entries):
    return {e["location"]: e for e in entries}


def test_a_briefing_page_keeps_one_entry_with_its_sections_but_not_the_source_text():
    slim = by_location(slim_entries(ENTRIES))
    assert slim["briefings/strike/"]["text"] == "The strike ended. We won, Okafor said."
    assert not [loc for loc in slim if loc.startswith("briefings/strike/#")]


def test_collection_pages_are_found_by_title_only():
    slim = by_location(slim_entries(ENTRIES))
    assert slim["actors/maria-okafor/"] == {**ENTRIES[6], "text": ""}
    assert slim[""]["text"] == ""
    assert "actors/maria-okafor/#quotes" not in slim


def test_hand_written_pages_are_indexed_as_mkdocs_made_them():
    slim = by_location(slim_entries(ENTRIES))
    assert slim["about/"] == ENTRIES[8] and slim["about/#method"] == ENTRIES[9]


GENERATED = ("briefings/", "actors/", "topics/", "archive")


def test_a_built_site_has_a_smaller_index_that_still_finds_quotes_and_actors(tmp_path):
    from tests.conftest import REPO, write_tree
    articles = {f"seeds/{p.name}": p.read_bytes() for p in (REPO / "tests" / "input").iterdir()}
    sizes, docs = {}, {}
    for mode in ("full", "slim"):
        root = write_tree(tmp_path / mode, {**articles, "mkdocs.yml": (
            "site_name: t\ndocs_dir: build/docs\nmarkdown_extensions: [attr_list, tables, toc]\n"
            f"nav:\n  - Home: index.md\nplugins:\n  - search\n  - briefings:\n      search_index: {mode}\n")})
        result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
        assert result.exit_code == 0, result.output
        index = root / "site" / "search" / "search_index.json"
        docs[mode] = json.loads(index.read_text(encoding="utf-8"))["docs"]
        # The reference pages (the briefing format, the templates) are indexed whole in both modes.
        sizes[mode] = len(json.dumps([d for d in docs[mode] if d["location"].startswith(GENERATED)]))
    assert sizes["slim"] < sizes["full"] * 0.6
    strike = [d for d in docs["slim"] if d["location"].startswith("briefings/") and "cannot feed" in d["text"]]
    assert len(strike) == 1 and "Maria Okafor" in strike[0]["text"]
    assert any(d["title"] == "Maria Okafor" and d["location"].startswith("actors/") for d in docs["slim"])


def test_an_actor_page_keeps_its_opening_which_holds_its_other_names():
    entries = [{"location": "actors/maria-okafor/", "title": "Maria Okafor", "text": "everything"},
               {"location": "actors/maria-okafor/#maria-okafor", "title": "Maria Okafor",
                "text": "Person · appears in 2 briefings Also named: Okafor, Union leader Okafor"},
               {"location": "actors/maria-okafor/#quotes", "title": "Quotes", "text": "We won ..."},
               {"location": "actors/maria-okafor/2/", "title": "Maria Okafor (page 2 of 2)", "text": "more"},
               {"location": "actors/by-briefings/", "title": "Actors", "text": "Maria Okafor 2"}]
    slim = by_location(slim_entries(entries))
    assert slim["actors/maria-okafor/"]["text"] == entries[1]["text"]
    assert slim["actors/maria-okafor/2/"]["text"] == slim["actors/by-briefings/"]["text"] == ""
    assert list(slim) == ["actors/maria-okafor/", "actors/maria-okafor/2/", "actors/by-briefings/"]


def test_titles_are_plain_text_as_the_themes_show_them():
    from generator.searching import plain_titles
    entries = [{"location": "briefings/x/", "title": "AT&amp;T and Sanders&#39;s supporters", "text": "AT&T"}]
    assert plain_titles(entries) == [{**entries[0], "title": "AT&T and Sanders's supporters"}]


def test_a_briefing_page_keeps_the_names_its_cards_are_headed_by():
    entries = [{"location": "briefings/strike/", "title": "Strike ends", "text": "everything"},
               {"location": "briefings/strike/#who-1", "title": "Maria Okafor", "text": "Person · union leader"}]
    assert by_location(slim_entries(entries))["briefings/strike/"]["text"] == "Maria Okafor Person · union leader"


def test_a_rebuild_of_some_pages_keeps_the_entries_of_the_others_and_drops_removed_pages():
    from generator.searching import SearchMemo
    memo = SearchMemo()
    first = [{"location": "", "title": "Home", "text": ""}, {"location": "a/", "title": "A", "text": "old"},
             {"location": "a/#s", "title": "S", "text": "old"}, {"location": "b/", "title": "B", "text": "b"}]
    assert memo.merge(first, {"", "a/", "b/"}) == first
    rebuilt = [{"location": "a/", "title": "A", "text": "new"}]
    assert memo.merge(rebuilt, {"", "a/"}) == [first[0], rebuilt[0]]


def test_the_slim_index_is_made_as_pages_are_built_without_parsing_the_source_texts(tmp_path, monkeypatch):
    from mkdocs.contrib.search.search_index import ContentParser

    from tests.conftest import REPO, write_tree
    parsed: list[str] = []
    feed = ContentParser.feed
    monkeypatch.setattr(ContentParser, "feed", lambda self, html: (parsed.append(html), feed(self, html))[1])
    articles = {f"seeds/{p.name}": p.read_bytes() for p in (REPO / "tests" / "input").iterdir()}
    docs = {}
    for mode in ("full", "slim"):
        parsed.clear()
        root = write_tree(tmp_path / mode, {**articles, "mkdocs.yml": (
            "site_name: t\ndocs_dir: build/docs\nmarkdown_extensions: [attr_list, tables, toc]\n"
            f"nav:\n  - Home: index.md\nplugins:\n  - search\n  - briefings:\n      search_index: {mode}\n")})
        result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
        assert result.exit_code == 0, result.output
        docs[mode] = json.loads((root / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert docs["slim"] == slim_entries(plain_titles(docs["full"]))
    assert parsed and not [html for html in parsed if 'id="source-text"' in html]
