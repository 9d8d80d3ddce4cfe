"""Topics from articles: the places and organisations they name, their key phrases and their tags."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article
from generator.making import make_briefing


def keywords(text: str) -> tuple[str, ...]:
    return BuiltinBackend().extract(clean(parse_article(Path("a.txt"), text.encode()))).keywords


def test_an_organisation_the_article_names_twice_is_a_topic_and_a_person_is_not():
    found = keywords("The Harbour Workers Union called a strike on Tuesday. Maria Okafor said the Harbour "
                     "Workers Union would not give in. Okafor spoke at the gate.")
    assert "Harbour Workers Union" in found
    assert not any("Okafor" in keyword for keyword in found)


def test_a_place_the_article_names_twice_is_a_topic():
    found = keywords("Ships crossing the Red Sea were attacked on Monday. Insurers said the Red Sea route "
                     "was too dangerous.")
    assert "Red Sea" in found


def test_a_recurring_key_phrase_is_a_topic_and_a_single_common_word_is_not():
    found = keywords("The minimum wage rose on Monday. Shops said the minimum wage hurt them, and shops closed.")
    assert found == ("minimum wage",)


def test_a_common_word_the_article_writes_in_lower_case_too_is_no_organisation_topic():
    found = keywords("The Roundup: polls close. The Roundup: counting starts. The roundup count is due at noon.")
    assert "Roundup" not in found


def test_no_topic_holds_a_contraction_a_number_or_a_markup_word():
    found = keywords("He didn't pay 1,000 dollars. He didn't pay the width datetime nbsp fee. "
                     "The width datetime nbsp fee was paid by 1,000 people.")
    assert not [k for k in found if "'" in k or any(c.isdigit() for c in k)
                or {"width", "datetime", "nbsp"} & set(k.split())]


def test_an_articles_tags_come_first_and_its_found_topics_after_them():
    document = clean(parse_article(Path("a.md"), (
        "---\ntags: [labour, Minimum Wage]\n---\nThe minimum wage rose. Shops said the minimum wage "
        "and the Harbour Council mattered. The Harbour Council met.").encode()))
    backend = BuiltinBackend()
    briefing = make_briefing(document, backend.extract(document), backend, "a", "a.md")
    assert briefing.keywords == ("labour", "Minimum Wage", "Harbour Council")
