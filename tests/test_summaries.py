"""Summaries: who did or said what, in at most 45 words, with no dangling pronoun or headline."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.extraction.summary import MAX_SUMMARY_WORDS
from generator.reading import parse_article

BACKEND = BuiltinBackend()


def summary_of(text: str) -> str:
    return BACKEND.extract(clean(parse_article(Path("a.txt"), text.encode("utf-8")))).summary


LONG = ("The harbour council of Valmora, which met for nine hours in the old customs house on the quay, voted on "
        "Monday to close the northern dock to container ships from next spring, citing the cost of repairs. "
        "Mayor Ana Silva, speaking to reporters outside the customs house after the long meeting, said the decision "
        "was painful but necessary for the city and for the port. Union leader Tomas Brandt condemned "
        "the vote and warned that hundreds of jobs would be lost. Shipping firms said they would move to "
        "the southern dock, where berths are cheaper.\n")


def test_a_summary_has_at_most_forty_five_words():
    assert MAX_SUMMARY_WORDS == 45
    assert len(summary_of(LONG).split()) <= 45


def test_a_summary_leaves_out_relative_clauses_between_commas():
    assert "which met for nine hours" not in summary_of(LONG)


def test_relative_clauses_one_after_another_are_left_out_together():
    summary = summary_of("Mayor Jane Holt opened the bridge on Tuesday.\n\nTomas Varga, who heads the ferry "
                         "board, which was set up by the council in May, said he would cut fares by half next year.")
    assert "Tomas Varga said he would cut fares" in summary and "which" not in summary


def test_a_pronoun_opening_a_summary_sentence_is_replaced_by_its_name():
    text = ("Mayor Ana Silva of Valmora resigned on Monday after a vote of no confidence in the council.\n\n"
            "She had led the city for eleven years and oversaw the rebuilding of its harbour.\n")
    summary = summary_of(text)
    assert "Ana Silva had led the city" in summary and " She " not in f" {summary}"


def test_a_headline_line_is_not_repeated_in_the_summary():
    text = ("Valmora closes its northern dock\n\n"
            "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n")
    assert not summary_of(text).startswith("Valmora closes")


def test_a_circumstance_leading_into_the_lead_sentence_is_left_out():
    text = ("In response to a petition signed by thousands of dock workers and their families, the harbour "
            "council voted on Monday to keep the northern dock open.\n")
    assert summary_of(text).startswith("The harbour council voted")


def test_the_reaction_of_the_actor_most_present_follows_the_lead():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt condemned the vote. Brandt criticised the mayor for the delays at the port.\n\n"
            "Shipping agent Rosa Lind welcomed the decision of the council.\n")
    summary = summary_of(text)
    assert summary.endswith("Tomas Brandt condemned the vote."), summary


def test_a_summary_has_at_most_two_sentences():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "The dock handled nine ships a week. Repairs would have cost four million crowns.\n\n"
            "Union leader Tomas Brandt condemned the vote.\n")
    summary = summary_of(text)
    assert summary.count(". ") == 1 and summary.endswith("."), summary


def test_the_next_lead_sentence_comes_before_a_reaction():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Repairs to the dock would have cost four million crowns.\n\n"
            "Union leader Tomas Brandt condemned the vote.\n")
    assert summary_of(text).endswith("Repairs to the dock would have cost four million crowns.")


def test_a_description_between_a_name_and_its_verb_is_left_out():
    text = ("Valmora's harbour council, the oldest assembly of the region, voted to close the northern dock "
            "to container ships.\n")
    assert summary_of(text).startswith("Valmora's harbour council voted to close")


def test_the_time_of_the_lead_is_left_out():
    text = "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n"
    assert summary_of(text).startswith("The harbour council of Valmora voted to close")


def test_a_sentence_opening_with_its_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Its members met for nine hours in the old customs house.\n")
    assert "Its members" not in summary_of(text)


def test_a_reaction_reported_without_its_subject_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes were sold last year.\n\n"
            "Union leader Tomas Brandt said he would not accept the closure of the dock.\n")
    assert "Brandt said would" not in summary_of(text)


def test_an_aside_of_examples_between_subject_and_verb_is_left_out_not_the_verb():
    text = ("A harbour boat with ten dock workers, including four crane drivers and six porters, has sunk off the "
            "coast of Valmora in a storm that lasted the whole night.\n")
    summary = summary_of(text)
    assert "A harbour boat with ten dock workers has sunk off the coast of Valmora" in summary, summary


def test_a_reaction_ending_with_a_quotation_has_one_full_stop():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes were sold last year.\n\n"
            "Union leader Tomas Brandt said the vote was “a dark day for every family on the docks.”\n")
    assert ".”." not in summary_of(text)


def test_a_detail_hung_on_the_end_of_the_lead_with_with_is_left_out():
    text = ("The toll from the ferry fire in Valmora harbour has risen from two to three, with a deckhand "
            "among the dead.\n")
    assert summary_of(text) == "The toll from the ferry fire in Valmora harbour has risen from two to three."


def test_a_circumstance_before_a_role_and_a_name_is_left_out():
    text = ("In the final count of the harbour ballot in Valmora, returning officer Jana Holm announced that "
            "most voters backed the new dock.\n")
    assert summary_of(text).startswith("Returning officer Jana Holm announced")



def test_a_long_lead_is_cut_before_where_it_goes_on_about_the_place():
    text = ("Mayor Ana Silva opened the new ferry terminal in Portela, where she met dock workers and unveiled a "
            "plaque for the founders of the harbour guild and their families.\n")
    assert summary_of(text) == "Mayor Ana Silva opened the new ferry terminal in Portela."
