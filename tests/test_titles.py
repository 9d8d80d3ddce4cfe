"""Titles and keywords made from an article: short, faithful, from the article's own words."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article


def title_of(text: str) -> str:
    return BuiltinBackend().extract(clean(parse_article(Path("a.txt"), text.encode()))).title


def test_the_title_keeps_the_verb_of_the_lead():
    assert title_of("Opposition leader Clara Tanaka criticised the decision on Saturday, as talks stalled.") == \
        "Opposition leader Clara Tanaka criticised the decision"


def test_a_detail_after_the_first_clause_is_left_out():
    assert title_of("Dock workers walked off the job on Tuesday, demanding higher wages after a year of "
                    "rising prices.") == "Dock workers walked off the job"


def test_said_that_is_dropped_as_a_headline_would():
    assert title_of("The mayor of Valmora said on Monday that the bridge will reopen in June.") == \
        "Mayor of Valmora: the bridge will reopen"


def test_a_long_lead_is_cut_to_twelve_words_at_most():
    title = title_of("Officials in the northern province approved a plan to rebuild roads bridges schools "
                     "hospitals and ports across the region over ten years.")
    assert len(title.split()) <= 12 and title.startswith("Officials in the northern province approved")


def test_keywords_leave_out_verbs_of_speech_and_stance():
    document = clean(parse_article(Path("a.txt"), (
        "The union wants higher wages. The union wants a deal, and the union says higher wages must come. "
        "Wages and the port dominate the talks about wages.").encode()))
    keywords = BuiltinBackend().extract(document).keywords
    assert keywords == ("higher wages",)


def test_a_title_is_never_cut_inside_a_number():
    assert title_of("More than 1,000 dock workers walked off the job in Valmora on Tuesday.") == \
        "More than 1,000 dock workers walked off the job in Valmora"


def test_a_short_kicker_before_a_colon_keeps_what_follows_it():
    assert title_of("Poll: most voters in Valmora back the new harbour plan, a survey found.") == \
        "Poll: most voters in Valmora back the new harbour plan"


def test_a_title_cut_to_twelve_words_does_not_end_inside_a_name():
    title = title_of("Dock workers marched through the town centre towards the statue of "
                     "Maria Helena Okafor Teixeira.")
    assert not title.endswith(("Maria", "Helena", "Okafor")) and len(title.split()) <= 12


def test_a_markdown_heading_without_front_matter_is_the_title():
    article = parse_article(Path("a.md"), b"# Port strike ends in Valmora\n\nThe strike at the port ended on Monday.\n")
    assert article.title == "Port strike ends in Valmora"
    assert "#" not in article.body


def test_mojibake_is_repaired_in_title_and_text():
    text = "Mu\u00c3\u00b1oz visits the port\n\nPresident Mu\u00c3\u00b1oz visited the port on Monday, said aides.\n"
    document = clean(parse_article(Path("a.txt"), text.encode()))
    assert document.article.title == "Muñoz visits the port"
    assert document.paragraphs[0].text.startswith("President Muñoz visited")


def test_a_first_line_ending_with_a_full_stop_is_the_headline_when_the_lead_takes_it_up():
    document = clean(parse_article(Path("a.txt"), b"Valmora dockers end their strike.\n\n"
                                                  b"Dockers in Valmora ended their strike on Monday after a wage deal.\n"))
    assert document.article.title == "Valmora dockers end their strike"
    assert document.paragraphs[0].text.startswith("Dockers in Valmora ended")


def test_a_short_first_sentence_the_next_paragraph_does_not_take_up_stays_story():
    document = clean(parse_article(Path("a.txt"), b"Anna Berg chairs the harbour board.\n\n"
                                                  b"\xe2\x80\x9cWe lost money this year,\xe2\x80\x9d she said.\n"))
    assert document.article.title is None and document.paragraphs[0].text == "Anna Berg chairs the harbour board."


def test_a_date_that_qualifies_a_noun_stays_in_the_title():
    assert title_of("Voters approved the bridge toll in Sunday's referendum on the harbour, the council said.") == \
        "Voters approved the bridge toll in Sunday's referendum on the harbour"


def test_a_country_name_is_no_verb_of_speech():
    assert title_of("The release of leaked Federated States cables shows concern over the harbour plan.") == \
        "Release of leaked Federated States cables shows concern over the harbour plan"


def test_a_passive_by_is_no_report_of_speech():
    assert title_of("A poll shows most voters back the harbour plan proposed by Mayor Ana Carson.").startswith(
        "Poll shows most voters back the harbour plan")


def test_a_cut_title_does_not_end_on_a_date_before_its_noun():
    title = title_of("The federal judge of the port of Valmora blocked work on a March 3 extension of the dock.")
    assert title == "Federal judge of the port of Valmora blocked work"


def test_a_circumstance_and_a_description_are_left_out_of_the_title():
    assert title_of("Last spring, Valmora's harbour council, the oldest assembly of the region, voted to close "
                    "the dock.") == "Valmora's harbour council voted to close the dock"


def test_a_cut_title_does_not_end_on_an_ordinal_before_its_noun():
    assert title_of("Officer Jana Holm announced voters favoured closing the dock in the eighth vote since "
                    "the war.") == "Officer Jana Holm announced voters favoured closing the dock"


def test_a_first_sentence_with_the_verb_to_be_stays_story():
    document = clean(parse_article(Path("a.txt"), b"Jana Holm is the harbour officer of Valmora.\n\n"
                                                  b"The harbour officer of Valmora closed the dock.\n"))
    assert document.article.title is None


def test_a_first_paragraph_of_one_short_sentence_is_the_title_as_written():
    assert title_of("Varga, Lund trade blows over harbour fees.\n\n"
                    "Councillor Tom Varga accused the mayor on Thursday of raising port charges without a vote "
                    "of the council.") == "Varga, Lund trade blows over harbour fees"


def test_the_full_stop_inside_a_closing_quotation_mark_leaves_the_title_line():
    assert title_of("Mayor calls the fee ‘unfair’, ‘useless.’\n\n"
                    "The mayor of Valmora criticised the new harbour fee on Monday in a long speech to the "
                    "council.") == "Mayor calls the fee ‘unfair’, ‘useless’"


def test_a_long_first_paragraph_is_cut_down_to_a_headline():
    assert title_of("Dock workers walked off the job on Tuesday, demanding higher wages after a year of "
                    "rising prices.\n\nThe union said the strike would last a week.") == "Dock workers walked off the job"
