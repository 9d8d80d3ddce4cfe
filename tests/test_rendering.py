"""Rendering briefings to Markdown pages and keeping the docs folder in sync."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import pickle
import posixpath
import re
import types
import typing
from collections.abc import Callable
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from markupsafe import Markup

from conftest import make_briefing
from generator.cli import cli
from generator.config import load_project
from generator.errors import BuildError, ConfigError, TemplateError
from generator.indexing import ActorMemo, Collection, entry_of
from generator.rendering.checking import check_templates
from generator.rendering.context import COMMON_VARIABLES, CUSTOM_PAGE, FILTERS, PAGE_TYPES
from generator.rendering.data import render_files
from generator.rendering.environment import DEFAULT_TEMPLATES, _Environment, make_environment
from generator.rendering.escaping import escape_text, escape_url
from generator.rendering import folder as docs_folder
from generator.rendering import pages as page_making
from generator.rendering.folder import MARKER, render
from generator.rendering.memo import PageMemo, TemplateCode
from generator.rendering.paging import page_path, paginate
from generator.rendering.pages import render_pages, _render_template
from generator.rendering.reference import describe_templates, template_reference, type_name
from generator.schema import Actor, Position, Quote, briefing_to_json
from generator.writing import data_bytes


def plain(markdown_text: str) -> str:
    """The Markdown with backslash escapes removed, for asserting on what a reader sees."""
    return re.sub(r"\\(.)", r"\1", markdown_text)


def two_briefings():
    early = make_briefing()
    late = make_briefing(
        id="border-clash", title="Border clash reported", date=dt.date(2023, 5, 2),
        summary="Troops exchanged fire at the border.",
        paragraphs=("Shots were fired overnight.", "Anna Keller called it “a grave mistake”."),
        actors=(Actor(id="anna-keller", name="Anna Keller", type="person", role="envoy"),),
        positions=(Position(actor="anna-keller", stance="condemns the clash", polarity="oppose",
                            paragraph=2),),
        quotes=(Quote(text="a grave mistake", speaker="anna-keller", paragraph=2, partial=True),))
    return [early, late]


# -- pages produced --------------------------------------------------------------------------------

ALL_SECTIONS = ("briefings", "actors", "archive", "topics", "feed", "data")


def test_all_sections_produce_home_briefing_actor_archive_and_topic_pages(render_project):
    pages = render_pages(render_project(sections=ALL_SECTIONS), two_briefings())
    assert set(pages) == {"index.md", "briefings/ceasefire-talks.md", "briefings/border-clash.md",
                          "actors/index.md", "actors/by-name.md", "actors/anna-keller.md",
                          "actors/ministry.md", "archive.md", "topics/index.md", "topics/ceasefire.md",
                          "topics/geneva.md", "templates.md", "schema.md"}


@pytest.mark.parametrize("sections, expected", [
    ((), set()),
    (("briefings",), {"briefings/ceasefire-talks.md"}),
    (("actors",), {"actors/index.md", "actors/by-name.md", "actors/anna-keller.md", "actors/ministry.md"}),
    (("archive",), {"archive.md"}),
    (("topics",), {"topics/index.md", "topics/ceasefire.md", "topics/geneva.md"}),
])
def test_sections_choose_the_pages_and_home_template_reference_and_schema_page_are_always_produced(
        render_project, sections, expected):
    pages = render_pages(render_project(sections=sections, topic_min_briefings=1), [make_briefing()])
    assert set(pages) == {"index.md", "templates.md", "schema.md"} | expected


def test_without_briefing_pages_other_pages_do_not_link_to_them(render_project):
    pages = render_pages(render_project(sections=("actors", "archive", "topics")), [make_briefing()])
    assert all("briefings/" not in text for page, text in pages.items() if page not in ("templates.md", "schema.md"))


# -- the briefing page -----------------------------------------------------------------------------

def briefing_page(render_project, **overrides) -> str:
    return render_pages(render_project(), [make_briefing(**overrides)])["briefings/ceasefire-talks.md"]


def test_briefing_page_shows_title_date_summary_and_review_state(render_project):
    page = briefing_page(render_project, reviewed=True)
    assert page.startswith("# Ceasefire talks resume in Geneva\n")
    assert "24 February 2022" in page
    assert "Negotiators met again to discuss a ceasefire\\." in page
    assert "reviewed by a person" in page


def test_briefing_page_has_an_actors_table_with_type_role_and_link(render_project):
    page = briefing_page(render_project)
    assert "| [Anna Keller](../actors/anna-keller.md) | person | mediator |" in plain(page)
    assert "| [Defence Ministry](../actors/ministry.md) | organization |  |" in plain(page)


def test_briefing_page_gathers_each_actors_stances_and_quotes_in_a_card_main_actors_first(render_project):
    page = plain(briefing_page(render_project, positions=(
        Position(actor="ministry", stance="denies any troop movement", polarity="deny", paragraph=3),
        Position(actor="anna-keller", stance="wants talks", polarity="support", paragraph=1),
        Position(actor="ministry", stance="claims calm", polarity="claim", paragraph=1),
        Position(actor="ministry", stance="sent observers", polarity="action", paragraph=1))))
    cards = page[page.index("## Who said what"):page.index("## Actors")]
    ministry, keller = cards.index("### [Defence Ministry]"), cards.index("### [Anna Keller]")
    assert ministry < cards.index("denies any troop movement") < cards.index("claims calm") < keller
    assert keller < cards.index("Person · mediator") < cards.index("wants talks") < cards.index("We will not give up")
    assert ('<li><strong class="briefings-polarity briefings-deny">deny</strong> denies any troop movement '
            '<a href="#p-3">¶3</a></li>') in cards


def test_the_cards_come_before_the_full_list_of_actors(render_project):
    page = briefing_page(render_project)
    assert page.index("## Summary") < page.index("## Who said what") < page.index("## Actors")


def test_quotes_and_positions_link_to_their_paragraph_on_the_same_page(render_project):
    page = briefing_page(render_project)
    assert '<p>“We will not give up on peace.” <em>(key quote)</em> <a href="#p-2">¶2</a></p>' in page
    assert 'supports continuing the talks <a href="#p-2">¶2</a>' in page


def test_fragments_show_apart_from_quotes_and_unattributed_quotes_have_a_list_of_their_own(render_project):
    page = briefing_page(render_project, quotes=(
        Quote(text="not give up", speaker="anna-keller", paragraph=2, partial=True),
        Quote(text="troops had crossed", speaker=None, paragraph=3)))
    cards = page[page.index("## Who said what"):page.index("## Quotes without a known speaker")]
    assert '<p class="briefings-fragments">In their words: “not give up” <a href="#p-2">¶2</a></p>' in cards
    assert "<p>“not give up" not in cards
    unattributed = page[page.index("## Quotes without a known speaker {: #unattributed }"):page.index("## Actors")]
    assert "> “troops had crossed” [¶3](#p-3)" in unattributed


def test_a_fragment_within_one_of_the_actors_stances_is_not_repeated(render_project):
    page = briefing_page(render_project, quotes=(
        Quote(text="continuing the talks", speaker="anna-keller", paragraph=2, partial=True),))
    assert "In their words" not in page and "supports continuing the talks" in page


def test_a_quote_one_of_the_actors_stances_states_word_for_word_is_listed_once(render_project):
    page = briefing_page(render_project, positions=(
        Position(actor="anna-keller", stance="We will not give up on peace", polarity="support", paragraph=2),))
    cards = page[page.index("## Who said what"):page.index("## Actors")]
    assert cards.count("We will not give up on peace") == 1 and "briefings-support" in cards


def test_quoted_words_are_marked_in_their_paragraph_and_lead_back_to_the_card(render_project):
    page = briefing_page(render_project, quotes=(
        Quote(text="We will not give up on peace.", speaker="anna-keller", paragraph=2),
        Quote(text="troops had crossed", speaker=None, paragraph=3)))
    assert ('<p class="briefings-paragraph" id="p-2"><a class="briefings-pilcrow" href="#p-2">¶2</a> Anna Keller '
            'said: “<a class="briefings-quoted" href="#who-1" title="Who said it">We will not give up on peace.</a>”'
            '</p>\n') in page
    assert '<a class="briefings-quoted" href="#unattributed" title="Who said it">troops had crossed</a>' in page
    assert "### [Anna Keller](../actors/anna-keller.md) {: #who-1 .briefings-card }" in page


def test_marked_words_stay_text(render_project):
    hostile = "She said <b>[x](javascript:y)</b> twice."
    page = briefing_page(render_project, paragraphs=(hostile,), positions=(),
                         quotes=(Quote(text="<b>[x](javascript:y)</b>", speaker="anna-keller", paragraph=1),))
    assert 'title="Who said it">&lt;b&gt;[x](javascript:y)&lt;/b&gt;</a> twice.</p>' in page


def test_source_paragraphs_carry_anchor_and_visible_number(render_project):
    page = briefing_page(render_project)
    assert ('<p class="briefings-paragraph" id="p-3"><a class="briefings-pilcrow" href="#p-3">¶3</a> '
            "The ministry denied that troops had crossed the border.</p>\n") in page


def test_briefing_page_links_to_the_original_article(render_project):
    assert "[original article](https://example\\.com/news/ceasefire)" in briefing_page(render_project)


def test_briefing_page_without_url_has_no_original_link(render_project):
    source = make_briefing().source.__class__(path="seeds/a.txt", sha256="0" * 64, url=None)
    assert "original article" not in briefing_page(render_project, source=source)


# -- actor pages, archive, home --------------------------------------------------------------------

def test_actor_page_joins_quotes_and_positions_of_two_briefings(render_project):
    page = render_pages(render_project(), two_briefings())["actors/anna-keller.md"]
    assert "appears in 2 briefings" in page
    assert "“We will not give up on peace\\.”" in page and "“a grave mistake”" in page
    assert "condemns the clash" in page and "supports continuing the talks" in page
    # newest first, each item dated and linked to the paragraph of its briefing
    quotes = page[page.index("## Quotes"):]
    assert quotes.index("2 May 2023") < quotes.index("24 February 2022")
    assert "[¶2](../briefings/border-clash.md#p-2)" in plain(page)


def test_actor_page_lists_each_role_once_with_how_many_gave_it_and_when_first_and_last(render_project):
    third = make_briefing(id="third", date=dt.date(2022, 3, 1))
    page = plain(render_pages(render_project(), [*two_briefings(), third])["actors/anna-keller.md"])
    roles = page[page.index("## Roles"):page.index("## Quotes")]
    assert "- envoy ([2 May 2023](../briefings/border-clash.md))" in roles
    assert ("- mediator (2 briefings, [24 February 2022](../briefings/ceasefire-talks.md) to "
            "[1 March 2022](../briefings/third.md))") in roles


def roles_of(render_project, *roles: str) -> list[str]:
    """The role lines of Anna Keller's page when one briefing a day gives each of `roles`, the last the newest."""
    briefings = [make_briefing(id=f"b{i}", date=dt.date(2022, 1, 1) + dt.timedelta(days=i), positions=(), actors=(
        Actor(id="anna-keller", name="Anna Keller", type="person", role=role),)) for i, role in enumerate(roles)]
    page = plain(render_pages(render_project(), briefings)["actors/anna-keller.md"])
    section = page[page.index("## Roles"):].split("\n## ")[0]
    return re.findall(r"^- (.+?) \(", section, re.MULTILINE)


def test_forms_of_one_role_are_one_line_in_the_form_given_most_often(render_project):
    assert roles_of(render_project, "Sen.", "senator", "Sen.", "the Senator") == ["Sen."]


def test_a_fragment_of_a_role_is_one_line_with_it(render_project):
    assert roles_of(render_project, "Republican", "Republican presidential nominee",
                    "Republican presidential nominee") == ["Republican presidential nominee"]


def test_a_piece_of_a_sentence_taken_for_a_role_is_not_shown_as_one(render_project):
    assert roles_of(render_project, "Democrats -- including Roe -- quickly accused", "Some Democrats think",
                    "mediator") == ["mediator"]


def test_a_former_role_is_kept_apart_from_the_role(render_project):
    assert roles_of(render_project, "former secretary of state", "secretary of state") == [
        "secretary of state", "former secretary of state"]


def test_actor_page_shows_positions_as_a_dated_timeline_with_polarity(render_project):
    page = plain(render_pages(render_project(), two_briefings())["actors/anna-keller.md"])
    timeline = page[page.index("## Positions"):page.index("## Appears with")].strip().splitlines()[2:]
    assert timeline == [
        "- 2 May 2023 · [Border clash reported](../briefings/border-clash.md)",
        ("    - **oppose**{: .briefings-polarity .briefings-oppose } condemns the clash "
         "[¶2](../briefings/border-clash.md#p-2)"),
        "- 24 February 2022 · [Ceasefire talks resume in Geneva](../briefings/ceasefire-talks.md)",
        ("    - **support**{: .briefings-polarity .briefings-support } supports continuing the talks "
         "[¶2](../briefings/ceasefire-talks.md#p-2)")]


def test_actor_page_links_a_briefing_once_above_all_its_positions(render_project):
    briefing = make_briefing(positions=(
        Position(actor="anna-keller", stance="supports continuing the talks", polarity="support", paragraph=2),
        Position(actor="anna-keller", stance="rejects any deadline", polarity="oppose", paragraph=3)))
    page = plain(render_pages(render_project(), [briefing])["actors/anna-keller.md"])
    positions = page[page.index("## Positions"):page.index("## Briefings")]
    assert positions.count("](../briefings/ceasefire-talks.md)") == 1
    assert positions.count("](../briefings/ceasefire-talks.md#p-") == 2


def test_actor_page_lists_the_actors_named_with_them_and_how_often(render_project):
    third = make_briefing(id="third", date=dt.date(2023, 6, 1))
    page = plain(render_pages(render_project(), [*two_briefings(), third])["actors/ministry.md"])
    assert "## Appears with" in page
    assert "| [Anna Keller](anna-keller.md) | 2 |" in page


def test_actors_list_links_to_itself_sorted_by_number_of_briefings(render_project):
    pages = render_pages(render_project(), two_briefings())
    by_name, by_count = plain(pages["actors/by-name.md"]), plain(pages["actors/index.md"])
    assert by_name.index("Anna Keller") < by_name.index("Defence Ministry")
    assert "[sort by number of briefings](index.md)" in by_name
    assert "[sort by name](by-name.md)" in by_count
    assert "| [Actor](by-name.md) | Type | [Briefings](index.md) |" in by_count


def test_actors_sorted_by_number_of_briefings_put_the_most_present_first(render_project):
    zoe = Actor(id="zoe-adams", name="Zoe Adams", type="person")
    briefings = [make_briefing(id=f"b{i}", actors=(zoe,), positions=(), quotes=()) for i in range(2)]
    page = render_pages(render_project(), [*briefings, make_briefing()])["actors/index.md"]
    assert page.index("Zoe Adams") < page.index("Anna Keller")


def test_actor_with_accents_or_another_script_gets_a_readable_path(render_project):
    actors = (Actor(id="josé-álvarez", name="José Álvarez", type="person"),
              Actor(id="владимир-путин", name="Владимир Путин", type="person"))
    pages = render_pages(render_project(), [make_briefing(actors=actors, positions=(), quotes=())])
    assert {"actors/jose-alvarez.md", "actors/владимир-путин.md"} <= set(pages)


def test_unnamed_actors_get_no_page_and_no_link(render_project):
    official = Actor(id="official", name="a senior official", type="person", named=False)
    pages = render_pages(render_project(), [make_briefing(actors=make_briefing().actors + (official,))])
    assert "actors/official.md" not in pages
    assert "| a senior official (unnamed) | person |" in pages["briefings/ceasefire-talks.md"]


def test_actor_named_index_does_not_replace_the_actors_list(render_project):
    index_actor = Actor(id="index", name="Index", type="organization")
    pages = render_pages(render_project(), [make_briefing(actors=(index_actor,), positions=(), quotes=())])
    assert "actors/_index.md" in pages and pages["actors/index.md"].startswith("# Actors")


def test_actors_index_lists_type_and_number_of_briefings(render_project):
    page = render_pages(render_project(), two_briefings())["actors/index.md"]
    assert "| [Anna Keller](anna-keller.md) | person | 2 |" in plain(page)
    assert "| [Defence Ministry](ministry.md) | organization | 1 |" in plain(page)


def test_archive_groups_by_year_and_month_newest_first_and_undated_last(render_project):
    briefings = [make_briefing(id="a", date=dt.date(2022, 2, 1)), make_briefing(id="b", date=dt.date(2022, 3, 9)),
                 make_briefing(id="c", date=None), make_briefing(id="d", date=dt.date(2023, 1, 5)),
                 make_briefing(id="e", date=dt.date(2022, 2, 20))]
    page = render_pages(render_project(), briefings)["archive.md"]
    order = ["## 2023", "briefings/d", "## 2022", "briefings/b", "briefings/e", "briefings/a", "## Undated",
             "briefings/c"]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_archive_puts_no_month_heading_over_its_briefings_and_the_overview_finds_each_month(render_project):
    briefings = [make_briefing(id="a", date=dt.date(2022, 2, 1)), make_briefing(id="e", date=dt.date(2022, 2, 20)),
                 make_briefing(id="b", date=dt.date(2022, 3, 9))]
    page = plain(render_pages(render_project(), briefings)["archive.md"])
    assert "###" not in page
    assert '- <span id="month-2022-2"></span>20 February 2022 · [Ceasefire talks resume in Geneva](briefings/e.md)' in page
    assert "- 1 February 2022 · [Ceasefire talks resume in Geneva](briefings/a.md)" in page


def test_home_lists_briefings_newest_first_with_summaries(render_project):
    page = render_pages(render_project(), two_briefings())["index.md"]
    assert page.index("Border clash reported") < page.index("Ceasefire talks resume in Geneva")
    assert "Troops exchanged fire at the border\\." in page


def saved_at(briefings, times: dict[str, int]) -> Collection:
    """`briefings` as a collection read from files saved at `times` (id → seconds since 1970)."""
    by_id = {b.id: b for b in briefings}
    return Collection((entry_of(b, b.id) for b in briefings), by_id.__getitem__, modified=times)


def test_home_lists_undated_briefings_too_by_the_day_their_file_was_saved(render_project):
    day = 86400
    briefings = [make_briefing(id=f"dated-{n}", title=f"Dated {n}", date=dt.date(2024, 1, n)) for n in range(1, 12)]
    undated = make_briefing(id="undated", title="Undated news", date=None)
    times = {"undated": (dt.date(2024, 1, 6).toordinal() - dt.date(1970, 1, 1).toordinal()) * day + 3600,
             **{b.id: 0 for b in briefings}}
    page = render_pages(render_project(), saved_at([*briefings, undated], times))["index.md"]
    titles = re.findall(r"^## \[(.+?)\]", page, re.MULTILINE)
    assert titles == ["Dated 11", "Dated 10", "Dated 9", "Dated 8", "Dated 7", "Undated news", "Dated 6",
                      "Dated 5", "Dated 4", "Dated 3"]


def test_home_lists_briefings_of_one_day_by_when_their_files_were_saved(render_project):
    first, second = (make_briefing(id=i, title=i.title(), date=None) for i in ("first", "second"))
    page = render_pages(render_project(), saved_at([first, second], {"first": 5000, "second": 9000}))["index.md"]
    assert page.index("[Second]") < page.index("[First]")


def test_home_headlines_are_sober_and_an_undated_briefing_says_no_date(render_project):
    page = plain(render_pages(render_project(), [make_briefing(date=None)])["index.md"])
    assert "## [Ceasefire talks resume in Geneva](briefings/ceasefire-talks.md) {: #briefing-1 .briefings-headline }" in page
    assert "undated" not in page


def test_actor_page_puts_no_date_of_an_undated_briefing_in_its_headings_and_lines(render_project):
    page = render_pages(render_project(), [make_briefing(date=None)])["actors/anna-keller.md"]
    assert "undated" not in page
    assert "### [Ceasefire talks resume in Geneva](../briefings/ceasefire-talks.md) {: #quotes-1 .briefings-headline }" \
        in plain(page)


def test_actor_page_shows_fragments_apart_from_whole_quotes(render_project):
    page = plain(render_pages(render_project(), two_briefings())["actors/anna-keller.md"])
    quotes = page[page.index("## Quotes"):page.index("## Positions")]
    assert "- “a grave mistake”" not in quotes
    assert "In their words: “a grave mistake” [¶2](../briefings/border-clash.md#p-2)" in quotes
    assert "- “We will not give up on peace.” *(key quote)* [¶2](../briefings/ceasefire-talks.md#p-2)" in quotes


def test_home_shows_the_main_actors_of_each_briefing_most_quoted_first(render_project):
    briefing = make_briefing(quotes=(), positions=(
        Position(actor="ministry", stance="denies it", polarity="deny", paragraph=3),))
    page = plain(render_pages(render_project(), [briefing])["index.md"])
    assert "Main actors: [Defence Ministry](actors/ministry.md), [Anna Keller](actors/anna-keller.md)" in page


def test_home_links_to_the_feed_and_the_data(render_project):
    page = plain(render_pages(render_project(sections=ALL_SECTIONS, site_url="https://x.example/"),
                              [make_briefing()])["index.md"])
    assert "[Atom feed](feed.xml) · [All briefings as JSON](briefings.json)" in page


# -- topics ----------------------------------------------------------------------------------------

def topic_pages(render_project, *briefings):
    return render_pages(render_project(sections=ALL_SECTIONS), list(briefings))


def test_briefing_page_links_its_keywords_to_topic_pages(render_project):
    page = plain(topic_pages(render_project, *two_briefings())["briefings/ceasefire-talks.md"])
    assert "Topics: [ceasefire](../topics/ceasefire.md), [Geneva](../topics/geneva.md)" in page


def test_a_topic_of_fewer_briefings_than_the_option_asks_gets_no_page_nor_link(render_project):
    pages = topic_pages(render_project, *two_briefings(), make_briefing(id="third", keywords=("harbour", "Geneva")))
    assert "topics/harbour.md" not in pages and "topics/geneva.md" in pages
    assert "Topics: harbour, [Geneva](../topics/geneva.md)" in plain(pages["briefings/third.md"])
    assert "harbour" not in pages["topics/index.md"]


def test_the_number_of_briefings_a_topic_needs_for_a_page_is_an_option(render_project):
    pages = render_pages(render_project(sections=ALL_SECTIONS, topic_min_briefings=3), two_briefings())
    assert [p for p in pages if p.startswith("topics/")] == ["topics/index.md"]


def test_a_keyword_with_and_without_a_leading_the_is_one_topic(render_project):
    pages = topic_pages(render_project, make_briefing(id="a", keywords=("The Daily Courier",)),
                        make_briefing(id="b", keywords=("Daily Courier",)))
    assert "Topic of 2 briefings" in pages["topics/daily-courier.md"]


def test_a_keyword_naming_a_person_with_a_page_is_no_topic(render_project):
    pages = topic_pages(render_project, *(make_briefing(id=f"b{i}", keywords=("Keller", "Anna Keller", "peace talks"))
                                          for i in range(2)))
    assert [p for p in pages if p.startswith("topics/")] == ["topics/index.md", "topics/peace-talks.md"]


@pytest.mark.parametrize("keyword", ["the", "didn't", "he’ll", "2024", "1,000", "width", "datetime", "nbsp"])
def test_stop_words_contractions_numbers_and_markup_words_are_never_topics(render_project, keyword):
    briefings = [make_briefing(id=f"b{i}", keywords=(keyword,)) for i in range(2)]
    pages = render_pages(render_project(sections=ALL_SECTIONS), briefings)
    assert [p for p in pages if p.startswith("topics/")] == ["topics/index.md"]


def test_a_topic_page_shows_each_briefings_main_actors_and_key_quotes(render_project):
    page = plain(topic_pages(render_project, *two_briefings())["topics/geneva.md"])
    ceasefire = page[page.index("## [Ceasefire talks"):]
    assert "Main actors: [Anna Keller](../actors/anna-keller.md), [Defence Ministry](../actors/ministry.md)" in ceasefire
    assert ("> “We will not give up on peace.”\n> — Anna Keller "
            "[¶2](../briefings/ceasefire-talks.md#p-2)") in ceasefire


def test_a_topic_page_names_a_key_quotes_speaker_unlinked_when_linked_among_the_main_actors_above(render_project):
    # Three actors with more to say than Lena Fox fill the main actors.
    third = Actor(id="omar-reed", name="Omar Reed", type="person")
    outsider = Actor(id="lena-fox", name="Lena Fox", type="person")
    quotes = (Quote(text="We will not give up on peace.", speaker="anna-keller", paragraph=2, key=True),
              Quote(text="Nobody asked the towns.", speaker="lena-fox", paragraph=3, key=True))
    positions = (*make_briefing().positions,
                 Position(actor="omar-reed", stance="doubts the talks", polarity="oppose", paragraph=1))
    briefing = make_briefing(actors=(*make_briefing().actors, third, outsider), positions=positions, quotes=quotes)
    pages = topic_pages(render_project, briefing, make_briefing(id="other"))
    page = plain(pages["topics/geneva.md"])
    main = page[page.index("Main actors:"):].partition("\n")[0]
    assert "[Anna Keller](../actors/anna-keller.md)" in main and "Lena Fox" not in main
    assert "> — Anna Keller [¶2](../briefings/ceasefire-talks.md#p-2)" in page
    assert "> — [Lena Fox](../actors/lena-fox.md) [¶3](../briefings/ceasefire-talks.md#p-3)" in page


def test_keywords_spelt_differently_share_one_topic_page_named_as_in_the_newest(render_project):
    pages = topic_pages(render_project, make_briefing(id="old", keywords=("economie",)),
                        make_briefing(id="new", date=dt.date(2023, 1, 1), keywords=("Économie",)))
    page = pages["topics/economie.md"]
    assert page.startswith("# Économie\n") and "Topic of 2 briefings" in page
    assert page.index("briefings/new") < page.index("briefings/old")


def test_topic_in_another_script_keeps_its_letters_in_the_path(render_project):
    assert "topics/日本.md" in topic_pages(render_project, *(make_briefing(id=f"b{i}", keywords=("日本",)) for i in range(2)))


def test_keyword_without_letters_or_digits_gets_no_topic_page(render_project):
    pages = topic_pages(render_project, make_briefing(keywords=("!!!",)))
    assert [p for p in pages if p.startswith("topics/")] == ["topics/index.md"]
    assert "Topics: \\!\\!\\!\n" in pages["briefings/ceasefire-talks.md"]


def test_topics_index_lists_each_topic_with_its_number_of_briefings(render_project):
    page = plain(topic_pages(render_project, *two_briefings())["topics/index.md"])
    assert "| [ceasefire](ceasefire.md) | 2 |" in page and "| [Geneva](geneva.md) | 2 |" in page


# -- long lists in pages --------------------------------------------------------------------------

def daily_briefings(count: int, start: dt.date | None = dt.date(2022, 1, 1), prefix: str = "b",
                    **overrides) -> list:
    """`count` briefings like `make_briefing()`'s, one a day from `start` (undated if None), with ids
    b00, b01, … by default."""
    return [make_briefing(id=f"{prefix}{i:02d}", date=start + dt.timedelta(days=i) if start else None,
                          **overrides) for i in range(count)]


def listed_briefings(page: str) -> list[str]:
    """The ids of the briefings a page links to, in order."""
    return re.findall(r"briefings/([\w-]+)\.md\)", plain(page))


def list_pages(pages: dict[str, str], first: str) -> list[str]:
    """The pages of the list whose first page is `first`, in order, as their links lead."""
    chain = [first]
    while found := re.search(r"\[(?:Older →|Next →)\]\(([^)]+)\)", plain(pages[chain[-1]])):
        chain.append(posixpath.normpath(posixpath.join(posixpath.dirname(chain[-1]), found[1])))
    return chain


def test_an_actor_of_many_briefings_gets_pages_of_about_10_appearances_newest_first(render_project):
    # Each appearance brings its quotes and stances: an actor of twenty briefings had a page five
    # times as heavy as a briefing's.
    pages = render_pages(render_project(), daily_briefings(90))
    chain = list_pages(pages, "actors/anna-keller.md")
    assert sorted(chain) == sorted(p for p in pages if p.startswith("actors/anna-keller"))
    lists = [listed_briefings(pages[p].partition("## Briefings")[2]) for p in chain]
    assert sum(lists, []) == [f"b{i:02d}" for i in range(89, -1, -1)]
    assert len(chain) > 5 and 10 <= len(lists[0]) < 40 and all(5 <= len(items) < 30 for items in lists[1:])
    assert sum(map(len, lists[1:])) / len(lists[1:]) < 15


def test_quotes_and_positions_of_an_actor_page_are_those_of_its_briefings(render_project):
    pages = render_pages(render_project(), daily_briefings(90))
    page = plain(pages[list_pages(pages, "actors/anna-keller.md")[-1]])
    quotes = page[page.index("## Quotes"):page.index("## Positions")]
    positions = page[page.index("## Positions"):page.index("## Briefings")]
    assert listed_briefings(quotes) == listed_briefings(positions) == listed_briefings(page.partition("## Briefings")[2])


def test_later_pages_are_named_by_the_day_they_end_at_and_say_the_days_they_hold_in_the_title(render_project):
    pages = render_pages(render_project(), daily_briefings(90))
    later = plain(pages[list_pages(pages, "actors/anna-keller.md")[1]])
    days = [dt.date(2022, 1, 1) + dt.timedelta(days=int(i[1:])) for i in listed_briefings(later.partition("## Briefings")[2])]
    assert list_pages(pages, "actors/anna-keller.md")[1] == f"actors/anna-keller/{days[0].isoformat()}.md"
    assert later.startswith(f"# Anna Keller ({days[-1].day} {days[-1]:%B %Y} to {days[0].day} {days[0]:%B %Y})\n")


def test_pages_link_to_the_newer_and_older_page_and_later_ones_to_the_newest(render_project):
    pages = render_pages(render_project(), daily_briefings(90))
    first, second, third, *_ = list_pages(pages, "actors/anna-keller.md")
    assert f"[Older →]({posixpath.relpath(second, 'actors')})\n{{: .briefings-pages }}" in pages[first]
    assert "Newer" not in pages[first] and "Newest" not in pages[first]
    assert (f"[← Newer](../anna-keller.md) · [Older →]({posixpath.basename(third)})\n{{: .briefings-pages }}"
            in pages[second])
    assert f"[Newest](../anna-keller.md) · [← Newer]({posixpath.basename(second)})" in pages[third]


def test_a_list_of_one_page_has_no_pagination_bar(render_project):
    pages = render_pages(render_project(sections=ALL_SECTIONS), two_briefings())
    assert not any("briefings-pages" in text or "(page " in text for text in pages.values())


def test_aliases_roles_companions_and_the_count_of_briefings_are_on_an_actors_first_page_only(render_project):
    keller = Actor(id="anna-keller", name="Anna Keller", type="person", role="mediator", aliases=("Keller",))
    pages = render_pages(render_project(), daily_briefings(60, actors=(keller, make_briefing().actors[1])))
    first, second = (pages[p] for p in list_pages(pages, "actors/anna-keller.md")[:2])
    for part in ("Also named: Keller", "## Roles", "## Appears with", "Person · appears in 60 briefings\n"):
        assert part in first and part not in second
    assert "\nPerson\n{: .briefings-meta }" in second


def test_an_actor_page_shows_the_20_companions_named_most_often_with_them_and_counts_the_rest(render_project):
    others = tuple(Actor(id=f"a{i:02d}", name=f"Actor {i:02d}", type="person") for i in range(25))
    keller = make_briefing().actors[0]
    briefings = [make_briefing(id="often", actors=(keller, others[24]), positions=(), quotes=()),
                 make_briefing(id="once", actors=(keller, *others), positions=(), quotes=())]
    page = plain(render_pages(render_project(), briefings)["actors/anna-keller.md"])
    table = re.findall(r"^\| \[(Actor \d+)\]", page, re.MULTILINE)
    assert table == ["Actor 24", *(f"Actor {i:02d}" for i in range(19))]
    assert "And 5 more, named with them less often." in page


def test_an_actor_page_shows_the_20_roles_given_last_and_counts_the_rest(render_project):
    briefings = [make_briefing(id=f"b{i:02d}", date=dt.date(2022, 1, 1) + dt.timedelta(days=i), actors=(
        Actor(id="anna-keller", name="Anna Keller", type="person", role=f"role {i:02d}"),), positions=())
        for i in range(23)]
    page = plain(render_pages(render_project(), briefings)["actors/anna-keller.md"])
    roles = re.findall(r"^- (role \d+) \(", page, re.MULTILINE)
    assert roles == [f"role {i:02d}" for i in range(22, 2, -1)]
    assert "And 3 more, given in older briefings." in page


def test_an_actor_page_shows_20_other_names_and_counts_the_rest(render_project):
    keller = Actor(id="anna-keller", name="Anna Keller", type="person", aliases=tuple(f"A{i:02d}" for i in range(25)))
    page = plain(render_pages(render_project(), [make_briefing(actors=(keller,), positions=())])["actors/anna-keller.md"])
    assert f"Also named: {', '.join(f'A{i:02d}' for i in range(20))} and 5 more\n" in page


def test_anchors_are_unique_on_every_page_of_an_actor(render_project):
    pages = render_pages(render_project(), daily_briefings(90))
    for path in list_pages(pages, "actors/anna-keller.md"):
        anchors = re.findall(r"\{: #([\w-]+)[ }]", pages[path])
        assert anchors and len(anchors) == len(set(anchors)), path


def test_topic_pages_hold_about_20_briefings_and_the_first_counts_them(render_project):
    pages = render_pages(render_project(sections=ALL_SECTIONS), daily_briefings(90))
    chain = list_pages(pages, "topics/geneva.md")
    lists = [listed_briefings(pages[p]) for p in chain]
    assert sum(lists, []) == [f"b{i:02d}" for i in range(89, -1, -1)]
    assert len(lists[0]) >= 20 and all(10 <= len(items) < 60 for items in lists[1:])
    assert "Topic of 90 briefings" in pages[chain[0]] and not any("Topic of" in pages[p] for p in chain[1:])


def archive_of_six_months(render_project) -> dict[str, str]:
    """215 briefings, one a day from August 2021 to February 2022 and 3 undated."""
    return render_pages(render_project(sections=("briefings", "archive")),
                        daily_briefings(212, dt.date(2021, 8, 1)) + daily_briefings(3, None, "u"))


def test_archive_shows_about_50_briefings_a_page_newest_first_and_undated_last(render_project):
    pages = archive_of_six_months(render_project)
    chain = list_pages(pages, "archive.md")
    lists = [listed_briefings(pages[p]) for p in chain]
    assert sum(lists, []) == [*(f"b{i:02d}" for i in range(211, -1, -1)), "u00", "u01", "u02"]
    assert len(lists[0]) >= 50 and all(25 <= len(items) < 150 for items in lists[1:])
    last = plain(pages[chain[-1]])
    assert last.index("## Undated") < last.index("briefings/u00.md")


def test_every_archive_page_marks_where_each_of_its_months_starts(render_project):
    pages = archive_of_six_months(render_project)
    for path in list_pages(pages, "archive.md"):
        days = {dt.date(2021, 8, 1) + dt.timedelta(days=int(i[1:])) for i in listed_briefings(pages[path]) if i[0] == "b"}
        marks = re.findall(r'<span id="month-(\d+)-(\d+)"></span>', pages[path])
        assert sorted(marks) == sorted({(str(d.year), str(d.month)) for d in days}), path


def test_archive_overview_links_each_month_to_the_page_of_its_newest_briefing(render_project):
    pages = archive_of_six_months(render_project)
    overview = plain(pages["archive.md"]).split("\n## ")[0]
    links = re.findall(r"\[(\w+) \((\d+)\)\]\(([^)#]+)#month-(\d+)-(\d+)\)", overview)
    assert [(name, count) for name, count, *_ in links] == [
        ("February", "28"), ("January", "31"), ("December", "31"), ("November", "30"), ("October", "31"),
        ("September", "30"), ("August", "31")]
    for _, _, target, year, month in links:
        newest = max(d for i in range(212) if (d := dt.date(2021, 8, 1) + dt.timedelta(days=i)).month == int(month))
        page = pages[posixpath.normpath(target)]
        assert f"briefings/b{(newest - dt.date(2021, 8, 1)).days:02d}.md" in page.split(f'id="month-{year}-{month}"')[1]
    undated = re.search(r"\[Undated \(3\)\]\(([^)#]+)#undated\)", overview)
    assert "## Undated" in pages[posixpath.normpath(undated[1])]


def test_later_archive_pages_have_no_overview_of_the_months(render_project):
    pages = archive_of_six_months(render_project)
    assert all("#month-" not in pages[p] and "Undated (" not in pages[p] for p in list_pages(pages, "archive.md")[1:])


def test_home_links_all_briefings_to_the_first_archive_page(render_project):
    page = plain(render_pages(render_project(), daily_briefings(60))["index.md"])
    assert "[All 60 briefings](archive.md)" in page


def test_actor_lists_have_about_100_actors_a_page_in_both_orders_and_sort_links_to_first_pages(render_project):
    actors = tuple(Actor(id=f"a{i:03d}", name=f"Actor {i:03d}", type="person") for i in range(400))
    pages = render_pages(render_project(), [make_briefing(actors=actors, positions=(), quotes=())])
    for first in ("actors/index.md", "actors/by-name.md"):
        chain = list_pages(pages, first)
        rows = [re.findall(r"^\| \[(Actor \d+)\]", pages[p], re.MULTILINE) for p in chain]
        assert sum(rows, []) == [f"Actor {i:03d}" for i in range(400)]
        assert len(rows[0]) >= 100 and all(50 <= len(names) < 300 for names in rows[1:])
    second = plain(pages[list_pages(pages, "actors/by-name.md")[1]])
    names = re.findall(r"^\| \[(Actor \d+)\]", second, re.MULTILINE)
    assert second.startswith(f"# Actors ({names[0]} to {names[-1]})\n")
    assert "[sort by number of briefings](../index.md)" in second and "[← Previous](../by-name.md)" in second


def test_topic_list_has_about_100_topics_a_page(render_project):
    keywords = tuple(f"topic {i:03d}" for i in range(300))
    pages = render_pages(render_project(sections=ALL_SECTIONS, topic_min_briefings=1), [make_briefing(keywords=keywords)])
    chain = list_pages(pages, "topics/index.md")
    rows = [re.findall(r"^\| \[(topic \d+)\]", plain(pages[p]), re.MULTILINE) for p in chain]
    assert sum(rows, []) == list(keywords) and len(chain) > 1 and len(rows[0]) >= 100


def test_page_path_puts_later_pages_in_a_folder_named_after_the_first():
    assert page_path("archive.md", "2021-03-14") == "archive/2021-03-14.md"
    assert page_path("actors/index.md", "anna-keller") == "actors/index/anna-keller.md"


def test_later_pages_never_take_the_path_of_another_page(render_project, monkeypatch):
    rendered = []
    original = _render_template

    def spy(env, project, name, **context):
        rendered.append(context["page"])
        return original(env, project, name, **context)

    monkeypatch.setattr("generator.rendering.pages._render_template", spy)
    tricky = tuple(Actor(id=slug, name=slug.title(), type="organization") for slug in ("index", "by-name"))
    crowd = tuple(Actor(id=f"a{i:03d}", name=f"Actor {i:03d}", type="person") for i in range(600))
    briefings = [*daily_briefings(90, actors=tricky, keywords=("index",), positions=(), quotes=()),
                 make_briefing(id="crowd", actors=crowd, keywords=tuple(f"k{i:03d}" for i in range(600)),
                               positions=(), quotes=())]
    pages = render_pages(render_project(sections=ALL_SECTIONS, topic_min_briefings=1), briefings)
    assert len(rendered) == len(set(rendered)) == len(pages) - 2  # all but the template reference and schema page
    for first, title in (("actors/index.md", "# Actors ("), ("actors/by-name.md", "# Actors ("),
                         ("actors/_index.md", "# Index ("), ("actors/_by-name.md", "# By-Name ("),
                         ("topics/index.md", "# Topics ("), ("topics/_index.md", "# index (")):
        later = list_pages(pages, first)[1:]
        assert later and all(plain(pages[p]).startswith(title) for p in later), first


def test_every_link_between_pages_leads_to_a_generated_page(render_project):
    pages = render_pages(render_project(sections=ALL_SECTIONS), daily_briefings(120))
    for first in ("archive.md", "actors/anna-keller.md", "topics/geneva.md"):
        assert len(list_pages(pages, first)) > 2
    for page, text in pages.items():
        for target in re.findall(r"\]\(([^)]+)\)", plain(text)):
            path = target.partition("#")[0]
            if path.endswith(".md") and "://" not in path:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
                assert resolved in pages, f"{page} links to {target}"


def test_a_list_without_items_still_gets_its_first_page(render_project):
    pages = render_pages(render_project(sections=ALL_SECTIONS), [])
    assert "No actors yet." in pages["actors/index.md"] and "No briefings yet." in pages["archive.md"]
    assert "topics/index.md" in pages and not any(p.count("/") > 1 or p.startswith("archive/") for p in pages)


# -- pages that keep their bytes as the collection grows ------------------------------------------

def later_pages(pages: dict[str, str], first: str) -> dict[str, str]:
    return {path: pages[path] for path in list_pages(pages, first)[1:]}


def test_adding_the_newest_briefing_leaves_the_later_archive_pages_unchanged(render_project):
    project = render_project(sections=("briefings", "archive"))
    before = render_pages(project, daily_briefings(200))
    after = render_pages(project, daily_briefings(201))
    assert len(later_pages(before, "archive.md")) > 1
    assert later_pages(after, "archive.md") == later_pages(before, "archive.md")


def test_adding_an_old_briefing_changes_only_the_later_archive_page_of_its_day(render_project):
    project = render_project(sections=("briefings", "archive"))
    briefings = daily_briefings(200)
    old = make_briefing(id="late-report", date=briefings[30].date)
    before, after = later_pages(render_pages(project, briefings), "archive.md"), \
        later_pages(render_pages(project, [*briefings, old]), "archive.md")
    changed = [p for p in after if before.get(p) != after[p]]
    assert len(changed) == 1 and "briefings/late-report.md" in after[changed[0]]
    assert set(after) == set(before)


def test_an_actors_later_pages_keep_their_bytes_when_they_appear_in_a_new_briefing(render_project):
    project = render_project()
    before, after = (render_pages(project, daily_briefings(count)) for count in (90, 91))
    assert later_pages(after, "actors/anna-keller.md") == later_pages(before, "actors/anna-keller.md")
    assert after["actors/anna-keller.md"] != before["actors/anna-keller.md"]


def test_a_topics_later_pages_keep_their_bytes_when_a_briefing_is_added(render_project):
    project = render_project(sections=ALL_SECTIONS)
    before, after = (render_pages(project, daily_briefings(count)) for count in (90, 91))
    assert later_pages(after, "topics/geneva.md") == later_pages(before, "topics/geneva.md")


def test_a_new_actor_changes_only_the_page_of_the_list_by_name_they_land_on(render_project):
    actors = [Actor(id=f"a{i:03d}", name=f"Actor {i:03d}", type="person") for i in range(0, 800, 2)]
    project = render_project()
    before = render_pages(project, [make_briefing(actors=tuple(actors), positions=(), quotes=())])
    newcomer = Actor(id="a301", name="Actor 301", type="person")
    after = render_pages(project, [make_briefing(actors=(*actors, newcomer), positions=(), quotes=())])
    old, new = later_pages(before, "actors/by-name.md"), later_pages(after, "actors/by-name.md")
    changed = [p for p in new if old.get(p) != new[p]]
    assert len(old) >= 2 and len(changed) == 1 and "[Actor 301]" in new[changed[0]]


def test_paginate_cuts_each_list_alike_whatever_comes_before():
    items = [f"item {i:04d}" for i in range(1000)]
    cut = {path: part for path, _, part in paginate("list.md", items, 20, str, str, str)[1:]}
    grown = {path: part for path, _, part in paginate("list.md", [*(f"new {i}" for i in range(7)), *items],
                                                    20, str, str, str)[1:]}
    assert sum(cut.values(), []) == items[-len(sum(cut.values(), [])):]
    assert all(grown[path] == part for path, part in cut.items() if path in grown)
    assert len(set(cut) - set(grown)) <= 1


def test_paginate_links_each_page_to_its_neighbours_both_ways():
    pages = paginate("list.md", [f"item {i:04d}" for i in range(500)], 20, str, str, str)
    paths = [path for path, _, _ in pages]
    for index, (path, pagination, _) in enumerate(pages):
        assert pagination.latest == (index == 0) and pagination.first_path == "list.md"
        assert pagination.previous_path == (paths[index - 1] if index else None)
        assert pagination.next_path == (paths[index + 1] if index + 1 < len(paths) else None)


# -- pages of your own -----------------------------------------------------------------------------

def test_a_page_of_your_own_is_one_template_and_one_line_of_configuration(render_project, tmp_path):
    project = render_project(
        {"t/people.md.j2": "# People\n\n{% for a in actors %}- {{ a.name }} ({{ a.briefing_ids|length }})\n"
                           "{% endfor %}{{ briefings|length }} {{ topics|length }} {{ years|length }}\n"},
        templates_dir=tmp_path / "t", pages=(("lists/people.md", "people.md.j2"),))
    assert render_pages(project, two_briefings())["lists/people.md"] == \
        "# People\n\n- Anna Keller (2)\n- Defence Ministry (1)\n2 2 2\n"


def test_a_page_of_your_own_cannot_replace_a_generated_page(render_project, tmp_path):
    project = render_project({"t/mine.md.j2": "# Mine\n"}, templates_dir=tmp_path / "t",
                             pages=(("archive.md", "mine.md.j2"),))
    with pytest.raises(BuildError, match="'archive.md' of the pages option is also a generated page"):
        render_pages(project, [])


def test_check_templates_reports_the_missing_template_of_a_page_of_your_own(render_project):
    errors = check_templates(render_project(pages=(("people.md", "people.md.j2"),)))
    assert len(errors) == 1 and "'people.md.j2' not found (needed by 'the page people.md')" in str(errors[0])


def test_pages_option_is_read_from_mkdocs_yml(tempdir):
    root = tempdir({"mkdocs.yml": "site_name: S\nplugins:\n  - briefings:\n      pages:\n"
                                  "        people.md: people.md.j2\n"})
    assert load_project(root / "mkdocs.yml").pages == (("people.md", "people.md.j2"),)


@pytest.mark.parametrize("path", ["people.html", "/people.md", "../people.md", "a//b.md"])
def test_pages_option_refuses_a_path_outside_the_docs_folder_or_not_markdown(tempdir, path):
    root = tempdir({"mkdocs.yml": f"site_name: S\nplugins:\n  - briefings:\n      pages:\n"
                                  f"        '{path}': people.md.j2\n"})
    with pytest.raises(ConfigError, match="plugins.briefings.pages"):
        load_project(root / "mkdocs.yml")


def test_two_briefings_with_one_id_are_an_error(render_project):
    with pytest.raises(BuildError, match="two briefings have the id 'ceasefire-talks'"):
        render_pages(render_project(), [make_briefing(), make_briefing()])


# -- writing the docs folder -----------------------------------------------------------------------

def test_render_writes_pages_and_marker_into_docs_dir(render_project):
    project = render_project()
    report = render(project, [make_briefing()])
    assert (project.docs_dir / MARKER).is_file()
    assert (project.docs_dir / "briefings/ceasefire-talks.md").read_text(encoding="utf-8").startswith("# Ceasefire")
    assert "briefings/ceasefire-talks.md" in report.written and not report.unchanged


def test_unchanged_pages_keep_their_bytes_and_mtime(render_project):
    project = render_project()
    render(project, [make_briefing()])
    page = project.docs_dir / "briefings/ceasefire-talks.md"
    os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    before = page.read_bytes()
    report = render(project, [make_briefing()])
    assert report.written == [] and not report.changed
    assert page.read_bytes() == before and page.stat().st_mtime_ns == 1_000_000_000


def test_only_the_changed_page_is_rewritten(render_project):
    project = render_project(sections=("briefings",))
    render(project, two_briefings())
    report = render(project, [two_briefings()[0], make_briefing(id="border-clash", title="New title")])
    assert report.written == ["briefings/border-clash.md", "index.md"]


def test_each_page_is_written_before_the_next_is_made(render_project, monkeypatch):
    events: list[str] = []
    write, make = docs_folder.write_if_changed, page_making._render_template

    def writing(path, data, **options):
        events.append("written")
        return write(path, data, **options)

    def making(*args, **context):
        events.append("made")
        return make(*args, **context)

    monkeypatch.setattr(docs_folder, "write_if_changed", writing)
    monkeypatch.setattr(page_making, "_render_template", making)
    render(render_project(), two_briefings())
    assert events.count("made") > 2 and "made,made" not in ",".join(events)


def test_pages_are_flushed_to_disk_together_once_all_are_written(render_project, monkeypatch):
    events: list[str] = []
    replace, fsync = os.replace, os.fsync

    def renaming(source, target):
        events.append("renamed")
        replace(source, target)

    def flushing(fd):
        events.append("flushed")
        fsync(fd)

    monkeypatch.setattr(os, "replace", renaming)
    monkeypatch.setattr(os, "fsync", flushing)
    report = render(render_project(), two_briefings())
    last_rename = len(events) - events[::-1].index("renamed")
    assert events[last_rename:] == ["flushed"] * len(report.written)


def test_deleted_briefing_page_disappears(render_project):
    project = render_project()
    render(project, two_briefings())
    report = render(project, [make_briefing()])
    assert not (project.docs_dir / "briefings/border-clash.md").exists()
    assert "briefings/border-clash.md" in report.removed


def test_folder_left_empty_is_removed(render_project):
    project = render_project()
    render(project, [make_briefing()])
    render(project, [])
    assert not (project.docs_dir / "briefings").exists()


def test_refuses_to_clean_a_docs_dir_without_marker(render_project):
    project = render_project({"build/docs/notes.md": "my own notes"})
    with pytest.raises(BuildError, match="not made by briefings"):
        render(project, [make_briefing()])
    assert (project.docs_dir / "notes.md").read_text() == "my own notes"


def test_refuses_a_docs_dir_inside_the_pages_dir(render_project, tmp_path):
    project = render_project({"pages/about.md": "# About"}, pages_dir=tmp_path / "pages",
                             docs_dir=tmp_path / "pages" / "out")
    with pytest.raises(BuildError, match="overlaps pages_dir"):
        render(project, [])


def test_hand_written_pages_are_copied_byte_for_byte(render_project, tmp_path):
    project = render_project({"pages/about.md": "# About\r\n", "pages/css/briefings.css": "p {}\n",
                              "pages/.DS_Store": "junk"}, pages_dir=tmp_path / "pages")
    render(project, [])
    assert (project.docs_dir / "about.md").read_bytes() == b"# About\r\n"
    assert (project.docs_dir / "css/briefings.css").read_bytes() == b"p {}\n"
    assert not (project.docs_dir / ".DS_Store").exists()


def test_hand_written_page_colliding_with_generated_page_names_both(render_project, tmp_path):
    project = render_project({"pages/archive.md": "# Mine"}, pages_dir=tmp_path / "pages")
    with pytest.raises(BuildError, match=r"hand-written page pages/archive\.md and the generated page archive\.md"):
        render(project, [])


def test_hand_written_readme_collides_with_the_generated_home_page(render_project, tmp_path):
    project = render_project({"pages/README.md": "# Readme"}, pages_dir=tmp_path / "pages")
    with pytest.raises(BuildError, match="generated page index.md"):
        render(project, [])


# -- templates -------------------------------------------------------------------------------------

def test_user_template_overrides_one_page_only(render_project, tmp_path):
    project = render_project({"mytemplates/archive.md.j2": "# My archive of {{ briefings|length }}\n"},
                             templates_dir=tmp_path / "mytemplates")
    pages = render_pages(project, [make_briefing()])
    assert pages["archive.md"] == "# My archive of 1\n"
    assert pages["briefings/ceasefire-talks.md"].startswith("# Ceasefire talks")


def test_user_template_extends_the_default_it_replaces(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": '{% extends "!default/briefing.md.j2" %}'},
                             templates_dir=tmp_path / "t")
    assert render_pages(project, [make_briefing()])["briefings/ceasefire-talks.md"] == \
        render_pages(render_project(), [make_briefing()])["briefings/ceasefire-talks.md"]


def test_user_template_can_fill_a_block_of_a_user_base(render_project, tmp_path):
    project = render_project({
        "t/base.md.j2": "# {% block title %}{% endblock +%}\n\n{% block body %}{% endblock +%}\n",
        "t/archive.md.j2": '{% extends "base.md.j2" %}{% block title %}Archive{% endblock %}'
                           '{% block body %}{{ briefings[0].title }}{% endblock %}'},
        templates_dir=tmp_path / "t")
    assert render_pages(project, [make_briefing()])["archive.md"] == \
        "# Archive\n\nCeasefire talks resume in Geneva\n"


def test_missing_template_error_lists_the_folders_searched(render_project, tmp_path):
    project = render_project({"t/archive.md.j2": '{% include "nothing.md.j2" %}'}, templates_dir=tmp_path / "t")
    with pytest.raises(TemplateError) as caught:
        render_pages(project, [])
    message = str(caught.value)
    assert "'nothing.md.j2' not found" in message
    assert str(tmp_path / "t") in message and str(DEFAULT_TEMPLATES) in message


def test_template_syntax_error_names_template_and_line(render_project, tmp_path):
    project = render_project({"t/archive.md.j2": "# Archive\n\n{% for b in briefings %}\n"},
                             templates_dir=tmp_path / "t")
    with pytest.raises(TemplateError) as caught:
        render_pages(project, [])
    assert "archive.md.j2" in str(caught.value) and caught.value.line == 3


def test_unknown_variable_error_names_template_and_line(render_project, tmp_path):
    project = render_project({"t/archive.md.j2": "# Archive\n\n{{ briefings_count }}\n"},
                             templates_dir=tmp_path / "t")
    with pytest.raises(TemplateError) as caught:
        render_pages(project, [])
    assert "'briefings_count' is undefined" in str(caught.value)
    assert caught.value.path.endswith("archive.md.j2") and caught.value.line == 3


def test_check_templates_accepts_the_defaults(render_project):
    assert check_templates(render_project()) == []


def test_check_templates_reports_each_broken_template(render_project, tmp_path):
    project = render_project({"t/actor.md.j2": "{% if x %}\n", "t/index.md.j2": '{% include "gone.md.j2" %}'},
                             templates_dir=tmp_path / "t")
    errors = check_templates(project)
    assert len(errors) == 2
    assert errors[0].line == 1 and "actor.md.j2" in str(errors[0])
    assert "'gone.md.j2', which does not exist" in str(errors[1])


# -- the template context reference ----------------------------------------------------------------

def conforms(value, tp) -> bool:
    """Whether `value` has the type expression `tp` (lists, tuples, dicts, unions, callables, classes)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, a) for a in args)
    if origin is Callable:
        return callable(value)
    if origin is list:
        return isinstance(value, list) and all(conforms(v, args[0]) for v in value)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(conforms(v, a) for v, a in zip(value, args))
    if origin is dict:
        return isinstance(value, dict) and all(conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items())
    if tp is type(None):
        return value is None
    return isinstance(value, tp)


def test_every_template_receives_exactly_the_documented_variables_with_their_types(
        render_project, tmp_path, monkeypatch):
    received = []
    original = _render_template

    def spy(env, project, name, **context):
        received.append((name, context, env.globals))
        return original(env, project, name, **context)

    monkeypatch.setattr("generator.rendering.pages._render_template", spy)
    project = render_project({"t/people.md.j2": "# People\n"}, templates_dir=tmp_path / "t",
                             sections=ALL_SECTIONS, site_url="https://x.example/", pages=(("people.md", "people.md.j2"),))
    render_pages(project, [*two_briefings(), make_briefing(id="undated", date=None)])
    documented = {t.template: t.variables for t in PAGE_TYPES.values()}
    documented["people.md.j2"] = CUSTOM_PAGE.variables
    assert {name for name, _, _ in received} == set(documented)
    for name, context, env_globals in received:
        values = {**{k: env_globals[k] for k in env_globals if k in {v.name for v in COMMON_VARIABLES}},
                  **context}
        variables = (*COMMON_VARIABLES, *documented[name])
        assert set(values) == {v.name for v in variables}, name
        for variable in variables:
            assert conforms(values[variable.name], variable.type), (name, variable.name)


def test_the_environment_has_exactly_the_documented_filters(render_project):
    env = make_environment(render_project())
    assert set(FILTERS) == {n for n, f in env.filters.items() if f.__module__.startswith("generator.")}


def test_template_reference_names_every_template_variable_filter_and_type():
    page = template_reference()
    for page_type in PAGE_TYPES.values():
        assert f"## {page_type.template}\n" in page
        for variable in page_type.variables:
            assert f"- `{variable.name}` (`{type_name(variable.type)}`)" in page
    for name in ("Briefing", "Quote", "ActorRecord", "Role", "Companion", "TopicRecord", "ArchiveMonth"):
        assert f"### {name}\n" in page
    assert "- `briefing_path` (`function(str) -> str`)" in page
    assert "- `actor(actor_id: str | None) -> Actor | None` (method)" in page
    assert "- `paragraph_link`:" in page


def test_describe_templates_tells_which_templates_are_overridden_and_which_are_new(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": "x", "t/people.md.j2": "y", "t/base.md.j2": "z"},
                             templates_dir=tmp_path / "t", pages=(("people.md", "people.md.j2"),))
    text = describe_templates(project)
    assert "  briefing.md.j2: overrides the default\n" in text
    assert "  people.md.j2: renders people.md\n" in text
    assert "  base.md.j2: yours (included or extended by others)\n" in text
    assert text.endswith(template_reference())


def test_templates_command_prints_the_reference(tempdir):
    root = tempdir()
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "templates"])
    assert result.exit_code == 0, result.output
    assert "every page uses the default templates" in result.output
    assert "## briefing.md.j2" in result.output


# -- feed and data ---------------------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_of(render_project, briefings, **overrides):
    project = render_project(sections=ALL_SECTIONS, site_url="https://news.example.org/site/", **overrides)
    return ElementTree.fromstring(render_files(project, briefings)["feed.xml"])


def test_feed_is_atom_with_the_required_elements_and_absolute_links(render_project):
    feed = feed_of(render_project, two_briefings())
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert len(feed.findall(f"{ATOM}{tag}")) == 1, tag
    assert feed.findtext(f"{ATOM}updated") == "2023-05-02T00:00:00Z"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == "https://news.example.org/site/feed.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Border clash reported", "Ceasefire talks resume in Geneva"]
    first = entries[0]
    assert first.findtext(f"{ATOM}id") == "https://news.example.org/site/briefings/border-clash/"
    assert first.find(f"{ATOM}link[@rel='alternate']").get("href") == first.findtext(f"{ATOM}id")
    assert first.findtext(f"{ATOM}updated") == "2023-05-02T00:00:00Z"
    assert first.findtext(f"{ATOM}summary") == "Troops exchanged fire at the border."
    assert [c.get("term") for c in first.findall(f"{ATOM}category")] == ["ceasefire", "Geneva"]


def test_feed_holds_article_text_as_plain_xml_text(render_project):
    feed = feed_of(render_project, [make_briefing(title="<b>A & B</b>\x02\x0c", summary="]]> <script>")])
    entry = feed.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "<b>A & B</b>"
    assert entry.findtext(f"{ATOM}summary") == "]]> <script>"


def test_feed_percent_encodes_ids_outside_ascii(render_project):
    feed = feed_of(render_project, [make_briefing(id="économie-日本")])
    assert feed.find(f"{ATOM}entry").findtext(f"{ATOM}id") == \
        "https://news.example.org/site/briefings/%C3%A9conomie-%E6%97%A5%E6%9C%AC/"


def test_without_site_url_the_feed_is_skipped(render_project):
    files = render_files(render_project(sections=ALL_SECTIONS), [make_briefing()])
    assert "feed.xml" not in files and "briefings.json" in files
    assert "feed.xml" not in render_pages(render_project(sections=ALL_SECTIONS), [make_briefing()])["index.md"]


def test_briefings_json_holds_every_briefing_in_the_schema_newest_first(render_project):
    files = render_files(render_project(sections=("data",)), two_briefings())
    data = json.loads(b"".join(files["briefings.json"]))["briefings"]
    assert [b["id"] for b in data] == ["border-clash", "ceasefire-talks"]
    assert data[1] == json.loads(briefing_to_json(make_briefing()))


def test_briefings_json_says_its_schema_and_when_its_briefings_were_last_updated(render_project):
    files = render_files(render_project(sections=("data",)), two_briefings())
    data = json.loads(b"".join(files["briefings.json"]))
    assert list(data) == ["schema", "generated", "briefings"]
    assert data["schema"] == 1 and data["generated"] == "2023-05-02T00:00:00Z"


def test_briefings_json_of_no_briefings_has_no_time(render_project):
    files = render_files(render_project(sections=("data",)), [])
    assert json.loads(b"".join(files["briefings.json"])) == {"schema": 1, "generated": None, "briefings": []}


def test_render_writes_feed_and_data_into_the_docs_folder_and_keeps_their_bytes(render_project):
    project = render_project(sections=ALL_SECTIONS, site_url="https://x.example/")
    first = render(project, two_briefings())
    assert {"feed.xml", "briefings.json"} <= set(first.written)
    again = render(project, two_briefings())
    assert not again.changed


# -- escaping --------------------------------------------------------------------------------------

def test_escape_text_backslashes_every_markdown_character():
    assert escape_text(r"*a* _b_ `c` [d](e) {f} #g +h -i .j !k |l \m") == \
        r"\*a\* \_b\_ \`c\` \[d\]\(e\) \{f\} \#g \+h \-i \.j \!k \|l \\m"


def test_escape_text_html_escapes_markup_and_quotes():
    assert escape_text("<b a=\"1\" b='2'>&amp;</b>") == "&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;amp;&lt;/b&gt;"


def test_escape_text_collapses_line_breaks_and_drops_control_characters():
    assert escape_text("one\n\n    two\r\n\tthree \x02four\x03  ") == "one two three four "


def test_escape_text_keeps_markup_and_returns_markup():
    assert escape_text(Markup("**bold**")) == "**bold**"
    assert isinstance(escape_text("x"), Markup)


def test_escape_url_refuses_other_schemes_than_http():
    with pytest.raises(ValueError):
        escape_url("javascript:alert(1)")
    assert escape_url("https://example.com/a b?x=(1)") == r"https://example\.com/a%20b?x=\(1\)"


def render_string(render_project, tmp_path, source: str, **context) -> str:
    project = render_project({"t/archive.md.j2": source}, templates_dir=tmp_path / "t")
    env = make_environment(project)
    return env.get_template("archive.md.j2").render(page="archive.md", **context)


def test_trusted_filter_prints_the_value_as_it_is(render_project, tmp_path):
    assert render_string(render_project, tmp_path, "{{ x|trusted }} {{ x }}", x="**b**") == "**b** \\*\\*b\\*\\*"


def test_macro_output_is_not_escaped_twice(render_project, tmp_path):
    source = ('{% import "_macros.md.j2" as m with context %}'
              "{{ m.actor_link('A*B', 'actors/a.md') }}")
    assert render_string(render_project, tmp_path, source) == "[A\\*B](actors/a.md)"


def test_included_template_output_is_not_escaped_twice(render_project, tmp_path):
    render_project({"t/part.md.j2": "*{{ x }}*"})
    assert render_string(render_project, tmp_path, '{% include "part.md.j2" %}', x="a_b") == "*a\\_b*"


def test_concatenating_markup_with_text_still_escapes_the_text(render_project, tmp_path):
    out = render_string(render_project, tmp_path, "{{ '**ok**'|trusted ~ ' ' ~ x }} {{ ['*'|trusted, x]|join(', ') }}",
                        x="[x](javascript:y)<i>")
    assert out == r"**ok** \[x\]\(javascript:y\)&lt;i&gt; *, \[x\]\(javascript:y\)&lt;i&gt;"


def test_jinja_syntax_in_article_text_stays_literal(render_project):
    page = briefing_page(render_project, summary="{{ 7*7 }} {% if true %}x{% endif %}")
    assert "\\{\\{ 7\\*7 \\}\\} \\{% if true %\\}x\\{% endif %\\}" in page


# -- rendering again after a change ----------------------------------------------------------------

def render_twice(project, first: list, second: list) -> tuple[list[str], list[str]]:
    """Render `first` into the docs folder, then `second` with what the first render left: the
    pages rendered again, and the ids of the briefings loaded whole to render them."""
    memo = PageMemo({}, "salt")
    render(project, first, memo)
    again = PageMemo(memo.current, "salt", memo.current_data_lines, ActorMemo(memo.actors.current()))
    loaded: list[str] = []
    by_id = {b.id: b for b in second}
    collection = Collection(Collection.of(second).entries,
                            lambda briefing_id: loaded.append(briefing_id) or by_id[briefing_id])
    pages = render_pages(project, collection, again)
    render_files(project, collection, again)
    return sorted(page for page, text in pages.items() if text is not None), loaded


def page_showing(pages: dict[str, str], first: str, briefing_id: str) -> str:
    """The page of a list that lists the briefing (an actor's first page also links it among roles)."""
    return next(p for p in list_pages(pages, first) if briefing_id in listed_briefings(pages[p].split("## Briefings")[-1]))


def test_an_edit_to_an_old_briefing_of_a_frequent_actor_renders_only_the_actor_page_showing_it(render_project):
    briefings = daily_briefings(90)
    edited = [*briefings[1:], dataclasses.replace(briefings[0], summary="A new summary.")]
    project = render_project(sections=ALL_SECTIONS)
    showing = page_showing(render_pages(project, briefings), "actors/anna-keller.md", "b00")
    rendered, _ = render_twice(project, briefings, edited)
    assert "briefings/b00.md" in rendered and showing in rendered
    assert not ({"briefings/b01.md", *list_pages(render_pages(project, briefings), "actors/anna-keller.md")}
                - {showing}) & set(rendered)


def test_rendering_after_one_edit_loads_only_the_briefings_of_the_pages_it_renders(render_project):
    briefings = daily_briefings(90)
    edited = [*briefings[1:], dataclasses.replace(briefings[0], summary="A new summary.")]
    project = render_project(sections=("briefings", "actors", "topics", "data"))
    pages = render_pages(project, briefings)
    shown = {i for first in ("actors/anna-keller.md", "topics/geneva.md")
             for i in listed_briefings(pages[page_showing(pages, first, "b00")].split("## Briefings")[-1])}
    _, loaded = render_twice(project, briefings, edited)
    assert set(loaded) == shown and len(shown) < 60  # those of the last actor and topic pages


@pytest.mark.parametrize("change", ["edit", "reorder", "add", "remove"])
def test_briefings_json_written_from_the_last_one_equals_one_written_afresh(render_project, change):
    project = render_project(sections=("data",))
    briefings = daily_briefings(12)
    second = {"edit": [*briefings[:5], dataclasses.replace(briefings[5], summary="Changed."), *briefings[6:]],
              "reorder": [*briefings[1:], dataclasses.replace(briefings[0], date=dt.date(2030, 1, 1))],
              "add": [*briefings, make_briefing(id="new", date=dt.date(2022, 1, 5))],
              "remove": briefings[:4] + briefings[5:]}[change]
    render_twice(project, briefings, second)
    memo = PageMemo({}, "salt")
    render(project, briefings, memo)
    again = PageMemo(memo.current, "salt", memo.current_data_lines)
    spliced = data_bytes(render_files(project, second, again)["briefings.json"])
    assert spliced == data_bytes(render_files(project, second)["briefings.json"])
    assert [b["id"] for b in json.loads(spliced)["briefings"]] == [e.id for e in Collection.of(second).entries]


def test_an_entry_survives_the_cache_unchanged():
    entry = entry_of(make_briefing(), "token")
    assert pickle.loads(pickle.dumps(entry)) == entry


def test_templates_compiled_by_one_render_are_not_compiled_again_by_the_next(render_project, monkeypatch):
    project = render_project(sections=ALL_SECTIONS)
    memo = PageMemo({}, "salt")
    render_pages(project, two_briefings(), memo)
    compiled = []
    compile_template = _Environment.compile
    monkeypatch.setattr(_Environment, "compile",
                        lambda self, *args, **kwargs: compiled.append(args) or compile_template(self, *args, **kwargs))
    kept = PageMemo({}, "salt", templates=TemplateCode(memo.templates.stored))
    pages = render_pages(project, two_briefings(), kept)
    assert compiled == []
    assert pages == render_pages(project, two_briefings())


def test_the_reference_pages_are_made_again_only_when_the_code_they_describe_changes(render_project):
    project = render_project(sections=ALL_SECTIONS)
    memo = PageMemo({}, "salt")
    render_pages(project, two_briefings(), memo)
    same = render_pages(project, two_briefings(), PageMemo(memo.current, "salt"))
    other = render_pages(project, two_briefings(), PageMemo(memo.current, "the salt of other code"))
    assert same["templates.md"] is None and same["schema.md"] is None
    assert other["templates.md"] == template_reference()


def test_a_template_edited_since_it_was_compiled_is_compiled_again(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": "# Before\n"}, templates_dir=tmp_path / "t")
    memo = PageMemo({}, "salt")
    render_pages(project, [make_briefing()], memo)
    (tmp_path / "t" / "briefing.md.j2").write_text("# After, longer\n", encoding="utf-8")
    kept = PageMemo({}, "salt", templates=TemplateCode(memo.templates.stored))
    assert render_pages(project, [make_briefing()], kept)["briefings/ceasefire-talks.md"] == "# After, longer\n"


# -- an actor's timeline ---------------------------------------------------------------------------

def test_an_actor_page_opens_with_a_timeline_of_dated_appearances_with_stances_by_polarity(render_project):
    page = render_pages(render_project(), two_briefings())["actors/anna-keller.md"]
    figure = re.search(r"^<figure class=\"briefings-timeline\">.*</figure>$", page, re.MULTILINE)
    assert figure and page.index("{: .briefings-meta }") < figure.start() < page.index("## Roles")
    svg = figure[0]
    assert svg.count('class="briefings-dot-support"') == 1 and svg.count('class="briefings-dot-oppose"') == 1
    assert 'role="img" aria-label="2 appearances from 24 February 2022 to 2 May 2023; stances: 1 support, ' \
           '1 opposition"' in svg
    assert "<figcaption>2 appearances from 24 February 2022 to 2 May 2023" in svg


def test_the_timeline_holds_no_article_text(render_project):
    hostile = Position(actor="anna-keller", stance="</figure><script>alert(1)</script>", polarity="oppose",
                       paragraph=2)
    briefings = [make_briefing(), make_briefing(id="later", date=dt.date(2023, 1, 1), positions=(hostile,))]
    page = render_pages(render_project(), briefings)["actors/anna-keller.md"]
    figure = page[page.index("<figure"):page.index("</figure>") + len("</figure>")]
    assert "script" not in figure and "alert" not in figure  # the stance is in the list of positions only
    assert "&lt;/figure&gt;&lt;script&gt;alert\\(1\\)" in page


def test_the_timeline_draws_the_dots_of_each_polarity_as_one_path(render_project):
    # An element per dot made the drawing of an actor of many briefings the largest part of their page.
    stances = tuple(Position(actor="anna-keller", stance=f"stance {n}", polarity=polarity, paragraph=2)
                    for n, polarity in enumerate(("support", "claim", "claim")))
    page = render_pages(render_project(), daily_briefings(8, positions=stances))["actors/anna-keller.md"]
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert "<circle" not in svg and "<line" not in svg
    assert re.findall(r'<path class="briefings-dot-(\w+)"[^>]* d="((?:M\d+ \d+h0)+)"', svg) == [
        ("support", "".join(f"M{x} 40h0" for x in (20, 83, 146, 209, 271, 334, 397, 460))),
        ("claim", "".join(f"M{x} 28h0M{x} 16h0" for x in (20, 83, 146, 209, 271, 334, 397, 460)))]


def test_no_timeline_for_fewer_than_two_dated_appearances(render_project):
    briefings = [make_briefing(), make_briefing(id="undated", date=None)]
    assert "<figure" not in render_pages(render_project(), briefings)["actors/anna-keller.md"]


def test_the_readmes_html_filter_prints_a_value_as_text_in_a_raw_html_block(render_project, tmp_path):
    # The README: "a template prints values there with the `html` filter (`{{ quote.text|html }}`)";
    # plain `{{ }}` is still only text, but shows the backslashes of Markdown escaping.
    project = render_project({"t/briefing.md.j2": "<p>{{ briefing.title|html }}</p>\n<p>{{ briefing.title }}</p>\n"},
                             templates_dir=tmp_path / "t")
    page = render_pages(project, [make_briefing(title="A <b>bold</b> *claim*")])["briefings/ceasefire-talks.md"]
    assert page == "<p>A &lt;b&gt;bold&lt;/b&gt; *claim*</p>\n<p>A &lt;b&gt;bold&lt;/b&gt; \\*claim\\*</p>\n"


@pytest.mark.parametrize("source", ["{% autoescape false %}{{ x }}{% endautoescape %}",
                                    "{% autoescape true %}{{ x }}{% endautoescape %}",
                                    "{% autoescape flag %}{{ x }}{% endautoescape %}"])
def test_a_value_is_escaped_once_as_markdown_however_a_template_sets_autoescaping(render_project, tmp_path, source):
    # Where autoescaping is fixed, the compiled page leaves out Jinja's escape() (see
    # `_CodeGenerator._output_child_pre`); where it is switched at run time, Jinja's own code runs.
    assert render_string(render_project, tmp_path, source, x="a_b <i>", flag=False) == "a\\_b &lt;i&gt;"


def test_a_templates_own_macro_takes_defaults_keywords_and_a_call_block(render_project, tmp_path):
    # Macros are called without the sandbox's checks (see `_Environment.call`): as Jinja calls them.
    source = ("{% macro box(title, tag='x') %}[{{ tag }}: {{ title }}]{% endmacro %}"
              "{% macro wrap(title) %}[x: {{ title }}{{ caller() }}]{% endmacro %}"
              "{{ box('a*b') }} {{ box(tag='y', title='c') }} {% call wrap('d') %}+{{ x }}{% endcall %}")
    assert render_string(render_project, tmp_path, source, x="e_f") == "[x: a\\*b] [y: c] [x: d+e\\_f]"
