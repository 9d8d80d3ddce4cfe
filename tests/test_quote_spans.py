"""Which quoted spans are quotes: where the marks pair up and which spans are speech rather than
titles, names or scare quotes. One behaviour per test, on small hand-written articles."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article


def quotes(text: str) -> list[str]:
    extraction = BuiltinBackend().extract(clean(parse_article(Path("t.txt"), text.encode())))
    return [q.text for q in extraction.quotes]


# -- Pairing the marks ------------------------------------------------------------------------------

def test_a_pull_quote_ends_with_its_speakers_name_outside_the_quote():
    text = ("Mayor Jane Holt spoke at the opening.\n\n"
            "\"We will rebuild every bridge in this city before the winter comes.\n\n"
            "Jane Holt, mayor of Springfield.\"")
    assert quotes(text) == ["We will rebuild every bridge in this city before the winter comes."]


def test_a_left_mark_after_the_words_closes_the_quote():
    text = "Mayor Jane Holt spoke on Tuesday.\n\n“Not this year,“ Holt said. “The money is gone.”"
    assert quotes(text) == ["Not this year,", "The money is gone."]


def test_a_right_mark_before_the_words_opens_the_quote():
    text = "Mayor Jane Holt spoke on Tuesday.\n\nHolt said the council had ”no money left for the roads.”"
    assert quotes(text) == ["no money left for the roads."]


def test_a_right_mark_opening_a_paragraph_opens_its_quote():
    text = "Mayor Jane Holt spoke on Tuesday.\n\n”We will rebuild the bridge next year,” Holt said."
    assert quotes(text) == ["We will rebuild the bridge next year,"]


def test_marks_inside_a_tag_split_over_two_paragraphs_are_not_quotations():
    text = ("Mayor Jane Holt posted a photo of the bridge.\n\n"
            "<tweet tweet-author=\"@holt\" tweet-date=\"May 9, 2016\n\n"
            "\">Crowds at the new bridge today, and more to come.<tweet/>")
    assert quotes(text) == []


# -- Titles of works, not speech --------------------------------------------------------------------

def test_a_quotation_dated_in_brackets_is_a_cited_work():
    text = "Posters from the campaign read “Safe streets for every family in town” (2019) across the city."
    assert quotes(text) == []


def test_a_quotation_followed_by_its_byline_is_a_headline():
    text = "CITY ARTS—\"New gallery opens on the old waterfront,\" by The Herald's Jane Holt: http://example.com/a"
    assert quotes(text) == []


def test_a_show_named_after_its_channel_ends_a_sentence_without_being_speech():
    text = "Mayor Jane Holt said on NBC's \"Sunday Hour.\""
    assert quotes(text) == []


def test_a_title_leaves_its_prepositions_in_lower_case():
    text = "Mayor Jane Holt gave an interview to \"Mornings with Tom Hale,\" the city's radio programme."
    assert quotes(text) == []


def test_a_quotation_followed_by_a_star_of_it_names_a_work():
    text = "\"Westward\" star Jane Holt opened the festival on Friday."
    assert quotes(text) == []


# -- Words someone says, even where they look like a name -------------------------------------------

def test_what_a_speaker_calls_something_is_a_quote():
    text = "Mayor Jane Holt attacked the budget, which she called \"a gift to the landlords.\""
    assert quotes(text) == ["a gift to the landlords."]


def test_the_words_someone_uses_are_a_quote():
    text = "Mayor Jane Holt refused to use the words \"a crisis of housing\" in her speech."
    assert quotes(text) == ["a crisis of housing"]


def test_words_in_title_case_right_after_said_are_a_quote():
    text = "Mayor Jane Holt said \"The Landlords Again\" and left the stage."
    assert quotes(text) == ["The Landlords Again"]


def test_words_followed_by_their_reporting_clause_are_a_quote_after_a_naming_word():
    text = "Mayor Jane Holt spoke on Monday. The housing program \"is running out of money this year,\" Holt said."
    assert quotes(text) == ["is running out of money this year,"]


# -- Scare quotes and snippets ----------------------------------------------------------------------

def test_a_name_listed_after_a_quoted_word_is_read_inside_its_sentence():
    text = "Clerks looked through old boxes for terms such as \"bridge,\" \"Springfield,\" and \"Tripoli\" last year."
    assert quotes(text) == []


def test_a_transcripts_note_in_brackets_is_not_speech():
    text = "Mayor Jane Holt answered questions at the hall.\n\n\"(APPLAUSE.)\""
    assert quotes(text) == []
