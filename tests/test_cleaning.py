"""Cleaning: numbered paragraphs, and page furniture that never reaches extraction."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import (MARK, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPH_MARKS, bounded_pieces, clean,
                                furniture_reason, is_headline, split_paragraphs)
from generator.reading import parse_article


def cleaned(text: str):
    return clean(parse_article(Path("a.txt"), text.encode()))


def test_paragraphs_are_numbered_from_one_and_remember_their_line():
    document = cleaned("First.\n\n\nSecond.\n\nThird.")
    assert [(p.number, p.text, p.line) for p in document.paragraphs] == [
        (1, "First.", 1), (2, "Second.", 4), (3, "Third.", 6)]


def test_wrapped_lines_of_a_paragraph_are_joined_with_one_space():
    assert split_paragraphs("One line\n  and its rest.\n\nNext.") == [(1, "One line and its rest."), (4, "Next.")]


def test_gallery_caption_with_photo_credit_is_removed():
    document = cleaned("Story text here.\n\n2 of 3 Soldiers wait outside — Photo: REUTERS/Jane Doe Soldiers "
                       "wait outside (Photo: REUTERS/Jane Doe)\n\nMore story.")
    assert [p.text for p in document.paragraphs] == ["Story text here.", "More story."]
    assert document.removed[0].reason == "gallery counter"
    assert [p.number for p in document.paragraphs] == [1, 2]


def test_photo_credit_without_counter_is_removed():
    assert furniture_reason("A man walks past a mural in Kyiv. (AP Photo/Efrem Lukatsky)") is not None
    assert furniture_reason("Protesters gather. Photograph: Jane Doe/Getty Images") is not None


def test_byline_is_removed():
    assert furniture_reason("By John Smith and Maria Garcia, Reuters") == "byline"
    assert furniture_reason("By Anna Jones") == "byline"


def test_wire_trailers_are_removed():
    assert furniture_reason("Reporting by Jane Doe; Editing by John Roe") == "wire trailer"
    assert furniture_reason("(Additional reporting by Sam Poe in London)") == "wire trailer"
    assert furniture_reason("© 2022 Thomson Reuters. All rights reserved.") == "wire trailer"


def test_wire_dateline_is_taken_off_the_first_paragraph():
    document = cleaned("MOSCOW (Reuters) - Russia said on Monday it would act.\n\nMore.")
    assert document.paragraphs[0].text == "Russia said on Monday it would act."


def test_story_sentences_are_kept_even_when_they_mention_photos_or_start_with_by():
    assert furniture_reason("By Friday night, officials had counted 40 votes.") is None
    assert furniture_reason('"Photo: nothing to see," the minister said of the image.') is None
    long_paragraph = "The agency released a photo: " + "word " * 70
    assert furniture_reason(long_paragraph) is None


def test_a_paragraph_starting_with_a_number_is_not_a_gallery_counter_without_of():
    assert furniture_reason("2022 was a hard year for the government, the minister said.") is None


def test_invisible_characters_are_dropped_so_names_compare_equal():
    document = cleaned("Jane\u200b Doe met Ja\u2060ne Doe.\u202e evil\u202c")
    assert document.paragraphs[0].text == "Jane Doe met Jane Doe. evil"


def test_text_is_put_in_nfc_form():
    assert cleaned("Cafe\u0301 owners protested.").paragraphs[0].text == "Caf\u00e9 owners protested."


def test_an_overlong_paragraph_is_cut_after_sentences_and_loses_no_text():
    sentence = "The council met again on Monday and talked until late. "
    text = sentence * 200
    pieces = bounded_pieces(text.strip())
    assert len(pieces) > 1
    assert all(len(p) <= MAX_PARAGRAPH_CHARS and p.endswith("late.") for p in pieces)
    assert " ".join(pieces) == text.strip()


def test_a_paragraph_of_punctuation_is_cut_into_pieces_markdown_handles_quickly():
    text = "*_[]" * 50_000
    pieces = bounded_pieces(text)
    assert all(len(MARK.findall(p)) <= MAX_PARAGRAPH_MARKS for p in pieces)
    assert "".join(pieces) == text


def test_a_headline_line_becomes_the_title_when_story_text_follows():
    document = cleaned("Port strike ends after three weeks\n\nThe strike at the port ended on Sunday.")
    assert document.article.title == "Port strike ends after three weeks"
    assert [p.text for p in document.paragraphs] == ["The strike at the port ended on Sunday."]
    alone = cleaned("Port strike ends after three weeks")
    assert alone.article.title is None and alone.paragraphs[0].text == "Port strike ends after three weeks"


def test_a_line_ending_in_a_full_stop_is_a_headline_only_in_title_case():
    assert is_headline("Port Strike Ends After Three Weeks.")
    assert not is_headline("The strike at the port ended on Sunday.")


def test_a_wire_dateline_after_a_headline_line_is_taken_off():
    document = cleaned("Ministers agree on fishing quotas\n\nBRUSSELS (Reuters) - Ministers agreed on Monday.")
    assert document.paragraphs[0].text == "Ministers agreed on Monday."


def test_markup_tags_with_attributes_are_taken_out_and_their_words_kept():
    document = cleaned('Roe wrote: <post id="42" author="@roe">The pier opens on Friday.</post>\n\n'
                       'See <a href="https://example.com/pier">the plans</a> online.')
    assert [p.text for p in document.paragraphs] == ["Roe wrote: The pier opens on Friday.", "See the plans online."]


def test_a_line_of_markup_tags_alone_leaves_no_paragraph_and_a_bare_tag_someone_wrote_stays():
    document = cleaned('Story text here.\n\n<post post-id="42"><post/>.\n\nShe typed <b>bold</b> and x < y.')
    assert [p.text for p in document.paragraphs] == ["Story text here.", "She typed <b>bold</b> and x < y."]


def test_a_markup_tag_between_two_words_leaves_a_space_and_values_may_use_any_quotation_marks():
    document = cleaned("The pier<br class='wide'/>opens in May.\n\n"
                       "See <a href=”https://example.com/pier”>the plans</a> and <img src=pier.png alt='x'/>photos.")
    assert [p.text for p in document.paragraphs] == ["The pier opens in May.", "See the plans and photos."]
