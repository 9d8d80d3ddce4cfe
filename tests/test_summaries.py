"""Summaries: who did or said what, in at most 45 words, with no dangling pronoun or headline."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.extraction.discourse import read_document
from generator.extraction.positions import Stance
from generator.extraction.compression import compress, cut_to, leaves_out_source
from generator.extraction.reactions import _holder_says_it, _reaction, _reads_as_a_sentence
from generator.extraction.summary import MAX_SUMMARY_WORDS, _lead_sentences
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


# A second lead sentence of twenty words: a first sentence of more than twenty-five must be shortened to
# leave it room.
NEXT = (" Dock workers from the southern harbour of Portela have promised to march through the old town every week "
        "until spring.\n")


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
    text = ("In response to a petition signed by thousands of dock workers and their families in the old town, the "
            "harbour council voted on Monday to keep the northern dock open." + NEXT)
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


def test_the_next_lead_sentence_and_the_reaction_make_one_sentence():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Repairs to the dock would have cost four million crowns.\n\n"
            "Union leader Tomas Brandt condemned the vote.\n")
    assert summary_of(text).endswith("Repairs to the dock would have cost four million crowns; "
                                     "Tomas Brandt condemned the vote.")


def test_a_description_between_a_name_and_its_verb_is_left_out():
    text = ("Valmora's harbour council, the oldest assembly of the region, voted to close the northern dock "
            "to container ships.\n")
    assert summary_of(text).startswith("Valmora's harbour council voted to close")


def test_a_clause_with_its_own_verb_between_commas_is_no_description():
    text = ("As the harbour mayor got ready to address voters in Portela on Friday, a young cyclist "
            "near the square was struck by a passing van, officers said.\n")
    assert "a young cyclist near the square was struck by a passing van" in summary_of(text)


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
            "most voters backed the new dock on the northern shore of the bay." + NEXT)
    assert summary_of(text).startswith("Returning officer Jana Holm announced")



def test_a_long_lead_is_cut_before_where_it_goes_on_about_the_place():
    text = ("Mayor Ana Silva opened the new ferry terminal in Portela, where she met dock workers and unveiled a "
            "plaque for the founders of the harbour guild and their families." + NEXT)
    assert summary_of(text).startswith("Mayor Ana Silva opened the new ferry terminal in Portela. ")


def test_a_long_lead_with_no_clause_to_end_on_is_cut_before_a_phrase():
    text = ("The harbour council of Valmora has agreed with the ferry board that it will be sending twelve "
            "divers to help the dock workers of Portela in their search for the cargo lost in the storm." + NEXT)
    assert summary_of(text).startswith("The harbour council of Valmora has agreed with the ferry board that it will "
                                       "be sending twelve divers to help the dock workers of Portela. ")


def test_a_long_lead_is_not_cut_inside_a_quotation():
    text = ("The harbour council of Valmora shares the deep concern of the dock workers at the board's plan to "
            "build a \"harbour for the next hundred years and more\" on the northern shore." + NEXT)
    assert summary_of(text).startswith("The harbour council of Valmora shares the deep concern of the dock workers. ")


def test_a_cut_leaves_no_relative_pronoun_behind():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "Valmora and Portela have kept a practice of sending back ships carrying coal which, according to the "
            "port authority of Portela and the ferry board of the island, cost both harbours dearly.\n")
    summary = summary_of(text)
    assert "which." not in summary and "sending back ships carrying coal." in summary, summary


def test_a_connective_opening_a_summary_sentence_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "However, the repairs to the southern dock will go on until next spring.\n")
    assert summary_of(text).endswith(" The repairs to the southern dock will go on until next spring.")


def test_a_clause_between_commas_before_so_is_kept():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Under the charter, a mayor cannot vote on harbour matters, so Mayor Ana Silva did not take part.\n")
    assert "mayor cannot vote on harbour matters, so Mayor Ana Silva" in summary_of(text)


def test_a_sentence_pointing_back_after_its_source_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "According to the port authority, both of these docks have lost money for a decade.\n")
    assert "these docks" not in summary_of(text)


def test_a_headline_line_with_no_full_stop_is_not_repeated():
    text = ("Fiery words at the harbour council of Valmora in St.;\n\n"
            "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n")
    assert summary_of(text).startswith("The harbour council of Valmora voted")


def test_a_part_of_the_day_goes_with_its_day():
    text = "Mayor Ana Silva opened the new ferry terminal on Friday afternoon in front of the dock workers.\n"
    assert summary_of(text) == "Mayor Ana Silva opened the new ferry terminal in front of the dock workers."


def test_a_time_inside_a_quotation_is_kept():
    text = "Mayor Ana Silva said the new ferry terminal would be \"open before the end of this year\".\n"
    assert "before the end of this year" in summary_of(text)


def test_a_sentence_opening_with_yesterday_loses_it():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Yesterday, the first ships had already begun to sail for the southern dock.\n")
    assert summary_of(text).endswith(" The first ships had already begun to sail for the southern dock.")


def test_the_circumstance_of_the_lead_stays_when_the_words_allow():
    text = ("In the last vote of the year, the harbour council of Valmora decided to keep the northern dock open. "
            "Dock workers welcomed the decision.\n")
    assert summary_of(text).startswith("In the last vote of the year, the harbour council of Valmora decided")


def test_a_long_lead_stays_whole_when_the_words_allow():
    text = ("Mayor Ana Silva opened the new ferry terminal in Portela, where she met dock workers and unveiled a "
            "plaque for the founders of the harbour guild and their families.\n")
    assert summary_of(text).endswith("for the founders of the harbour guild and their families.")


def test_the_main_reaction_takes_sides_before_a_claim_of_an_actor_more_present():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Port director Hugo Lenz said the dock handled nine ships a week. Lenz said repairs would take a year. "
            "Lenz said the cranes were built in Glasgow.\n\n"
            "Union leader Tomas Brandt condemned the vote.\n")
    assert summary_of(text).endswith("Tomas Brandt condemned the vote.")


def test_a_reaction_opening_with_a_pronoun_for_someone_else_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Shipping agent Rosa Lind said they would move every ship to the southern dock by May.\n")
    assert "Rosa Lind" not in summary_of(text)


def test_a_reaction_whose_verb_points_at_someone_unnamed_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt called on him to resign before the summer.\n")
    assert "Tomas Brandt" not in summary_of(text)


def test_a_reported_reaction_with_no_verb_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt said Valmora's \"shameful betrayal of the workers\" at a rally.\n")
    assert "Tomas Brandt" not in summary_of(text)


def test_a_long_lead_is_cut_before_a_participle_after_a_name():
    text = ("Judge Mara Okafor of the district court struck down a decree signed by Governor Paul Renner closing "
            "every dock of the coast to container ships and fishing boats until the end of the summer." + NEXT)
    assert summary_of(text).startswith("Judge Mara Okafor of the district court struck down a decree signed by "
                                       "Governor Paul Renner.")


def test_a_long_lead_is_cut_before_a_description_after_a_name():
    text = ("Mayor Ana Silva says she will meet the Harbour Workers Union of Valmora, the union that has refused "
            "to sign the wage deal which the council put to its members at the end of the long spring." + NEXT)
    assert summary_of(text).startswith("Mayor Ana Silva says she will meet the Harbour Workers Union of Valmora.")


def test_a_dateline_is_left_out():
    text = "VALMORA - The harbour council voted on Monday to close the northern dock to container ships.\n"
    assert summary_of(text).startswith("The harbour council voted")


def test_a_dateline_written_as_a_name_is_left_out():
    text = "Port Elna (AP) – The harbour council voted on Monday to close the northern dock to container ships.\n"
    assert summary_of(text).startswith("The harbour council voted")


def test_a_headline_without_a_full_stop_of_its_own_style_is_not_repeated():
    text = ("Valmora counts cost of storm.\n\n"
            "Gates locked, but crews still at work on quay as sea calms.\n\n"
            "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n")
    assert summary_of(text).startswith("The harbour council of Valmora voted")


def test_the_deck_after_a_headline_going_on_with_a_semicolon_is_not_repeated():
    text = ("Valmora council shuts northern dock;\n\n"
            "Union vows to fight the decision in the courts.\n\n"
            "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n")
    assert summary_of(text).startswith("The harbour council of Valmora voted")


def test_a_next_sentence_cut_off_is_not_used():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "The vote followed a report commissioned by the port authority of the old town about the state of "
            "the cranes of the northern dock and the cost of their repair over the next twelve years.\n")
    assert "…" not in summary_of(text)


def test_a_time_opening_the_lead_with_no_comma_is_left_out():
    text = "Yesterday Mayor Ana Silva opened the new bridge over the river at Valmora.\n"
    assert summary_of(text).startswith("Mayor Ana Silva opened the new bridge")


def test_a_long_next_sentence_gives_its_first_clause():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Dock workers from the southern harbour of Portela have promised to march through the old town, "
            "and the shipping firms of the coast have said they would move their berths to the southern dock "
            "before the end of the summer.\n\n"
            "Union leader Tomas Brandt condemned the vote.\n")
    assert ("Dock workers from the southern harbour of Portela have promised to march through the old town; "
            "Tomas Brandt condemned the vote.") in summary_of(text)


def test_a_clause_opened_with_while_is_not_cut_before_its_main_clause():
    text = ("While crane repairs, paint work, and dock cleaning go on, the council will shut the gates to "
            "five shipping lines.")
    assert not cut_to(text, 12).startswith("While crane repairs, paint work.")


def test_a_cut_does_not_end_on_a_participle_waiting_for_its_phrase():
    text = ("Mayor Ana Silva got letters of praise ranging from the dock workers of the southern harbour to "
            "the shipping firms.")
    assert "ranging." not in cut_to(text, 12)


def test_a_cut_does_not_take_the_phrase_an_infinitive_needs():
    text = ("To see where the money went, the council decided to look at how the port spent its budget over the "
            "eleven years since the old dock was rebuilt.")
    assert not cut_to(text, 12).endswith("decided to look.")


def test_a_dateline_with_an_agency_and_a_date_is_left_out():
    text = "VALMORA, Norland, May 4 (AP) — The harbour council voted on Monday to close the northern dock.\n"
    assert summary_of(text).startswith("The harbour council voted")


# A lead and two background paragraphs, so that the summary's second sentence is the reaction.
LEAD = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
        "The dock opened in 1911.\n\nIts cranes are old.\n\n")


def test_a_reaction_in_the_first_person_of_someone_else_is_left_out():
    text = LEAD + "Union leader Tomas Brandt backs most of my plans for the docks, the shipping agent wrote.\n"
    assert "my plans" not in summary_of(text)


def test_a_reported_reaction_too_short_to_say_what_is_left_out():
    text = LEAD + "Union leader Tomas Brandt said Valmora has yielded.\n"
    assert "Tomas Brandt" not in summary_of(text)


def test_a_reaction_opening_on_an_adverb_and_a_participle_is_left_out():
    text = LEAD + "Union leader Tomas Brandt was seen openly backing the claim of the workers to a raise.\n"
    assert "Tomas Brandt openly backing" not in summary_of(text)


def test_a_quotation_ending_a_reaction_closes_without_its_comma():
    text = LEAD + 'Union leader Tomas Brandt said the mayor is a "kind, honest woman," but a weak one.\n'
    summary = summary_of(text)
    assert ',”.' not in summary and ',".' not in summary


def test_a_next_sentence_with_a_pronoun_for_someone_not_named_is_left_out():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "In the hall, he called the vote a betrayal of the workers of the port.\n")
    assert "he called" not in summary_of(text)


def test_a_but_opening_a_summary_sentence_is_left_out():
    text = ("Tomas Brandt has led the dock workers' union of Valmora for eleven years. But at the harbour council on "
            "Monday, Brandt spoke against the plan to close the northern dock.\n")
    assert summary_of(text).endswith("years. Brandt spoke against the plan to close the northern dock.")


def test_a_next_sentence_whose_verb_is_an_irregular_past_is_used():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Mayor Ana Silva met the dock workers of the port at the old customs house.\n")
    assert summary_of(text).endswith("Mayor Ana Silva met the dock workers of the port at the old customs house.")


def test_a_body_named_with_its_article_in_the_text_keeps_it_as_the_subject_of_a_reaction():
    text = LEAD + "The Northport Freight Board condemned the vote of the council.\n"
    assert summary_of(text).endswith(" The Northport Freight Board condemned the vote of the council.")


def test_an_article_with_no_sentence_that_stands_alone_is_summed_up_by_its_headline_line():
    text = ("Valmora shuts its northern dock.\n\n"
            "It was a long night for the harbour council, and it ended with a vote to close the dock.\n")
    assert summary_of(text) == "Valmora shuts its northern dock."


def test_a_short_line_opening_the_article_is_taken_for_its_headline():
    text = ("Seven dock workers and the fight they still hope to win.\n\n"
            "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n")
    assert summary_of(text).startswith("The harbour council of Valmora voted")


def test_a_cut_does_not_end_on_an_adverb_waiting_for_its_phrase():
    text = ("The old files of the port authority hold a long report written plainly for the harbour council of "
            "the northern province.")
    assert "plainly." not in cut_to(text, 14)


def test_a_short_sentence_with_no_verb_does_not_lead_the_summary():
    text = ("Valmora closes its dock.\n\nQuite a night for the patient harbour council of Valmora.\n\n"
            "The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n")
    assert summary_of(text).startswith("The harbour council of Valmora voted")


def test_a_reaction_ending_inside_a_quotation_within_a_quotation_has_one_full_stop():
    text = LEAD + "Union leader Tomas Brandt said: \"The mayor came to the hall to tell us, 'Keep the docks open.'\"\n"
    assert ".'." not in summary_of(text)


def test_a_reaction_whose_holder_was_found_outside_the_clause_of_its_verb_is_left_out():
    text = LEAD + "Union leader Tomas Brandt arrived at the hall on Tuesday and condemned the vote of the council.\n"
    assert "Tomas Brandt" not in summary_of(text)


def test_a_cut_does_not_take_what_a_verb_turns_something_into():
    text = ("A merger announced would turn the harbour firm Valmora Docks Inc. into a Portela company, using a tactic "
            "that lets firms dodge millions of crowns in taxes by moving abroad.")
    assert not cut_to(text, 14).rstrip(".").endswith("Valmora Docks Inc")


def test_a_cut_after_an_abbreviation_ends_on_one_full_stop():
    text = "The council of Valmora sold the northern dock to the firm Portela Shipping Inc. for a small sum in May."
    assert cut_to(text, 14).endswith("Portela Shipping Inc.") and ".." not in cut_to(text, 14)


def test_a_lead_that_would_be_broken_off_stays_whole():
    text = ("A merger announced would turn the harbour firm Valmora Docks Inc. into a Portela company, using a tactic "
            "that lets firms dodge millions of crowns of taxes each year by moving their seat abroad to the small "
            "island Nor.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt condemned the merger of the two firms and called on the mayor to stop it.\n")
    assert "…" not in summary_of(text)


def test_a_time_that_is_the_subject_of_a_reported_clause_is_kept():
    summary = summary_of("The port authority of Valmora said Friday was the last day for bids on the northern "
                         "dock contract.\n\nShipping firms from Portela have asked for more time to prepare offers.\n")
    assert "said Friday was the last day" in summary, summary


def test_a_time_that_opens_the_sentence_as_its_subject_is_kept():
    summary = summary_of("Monday will be the last day of ferry service to the island of Brenna, the harbour master "
                         "said.\n\nThe ferry company blamed rising fuel costs and falling passenger numbers.\n")
    assert summary.startswith("Monday will be the last day"), summary


def test_a_lead_sentence_whose_reported_clause_has_no_subject_is_left_out():
    summary = summary_of("The rebel commander of the northern hills said on Tuesday (4) that wants to settle the "
                         "border peacefully with Norland, but has kept the right to ask allies for help.\n\n"
                         "Marta Kell, who leads the hill council, said she favoured talks with Norland first.\n")
    assert "that wants" not in summary and summary.startswith("Marta Kell said she favoured talks"), summary


def test_a_role_tied_to_a_body_between_a_name_and_its_verb_is_left_out():
    summary = summary_of("The ferry to Brenna sank on Monday with forty passengers on board.\n\n"
                         "Lena Varga, head of the harbour police, said divers had found the wreck near the pier.\n")
    assert "Lena Varga said divers had found the wreck" in summary, summary


def test_a_range_of_days_goes_with_its_month():
    summary = summary_of("Most voters in Valmora backed the new harbour plan of the city council in a poll on "
                         "March 11-13.\n\nThe council will vote on the plan in June.\n")
    assert "11-13" not in summary and "13" not in summary, summary


def test_a_pronoun_followed_by_the_name_it_would_stand_for_is_someone_else():
    text = ("The fishing guild has put out a leaflet against the harbour master, Ivo Moreno.\n\n"
            "In the leaflet, guild elder Oskar Hale paints Moreno as careless with the money he and the other "
            "skippers have paid into the port fund. He cites Moreno’s new crane contract and his plan to sell the "
            "old slipway.\n")
    reading = read_document(clean(parse_article(Path("a.txt"), text.encode("utf-8"))))
    assert not any("cites Moreno’s new crane" in sentence for sentence in _lead_sentences(reading))


def test_a_lead_too_long_to_keep_whole_ends_on_a_clause_not_mid_phrase():
    summary = summary_of("Long before the river wall gave way in the spring floods, the Valmora water board sent the "
                         "council a survey of the wall that left out three failed inspections and listed no repairs "
                         "beyond those made in the dry summer of the year before, a city inspector has found.\n\n"
                         "The inspector, Rosa Lind, said her work is not done.\n")
    assert "…" not in summary and summary.startswith(
        "Long before the river wall gave way in the spring floods, the Valmora water board sent the council a survey "
        "of the wall that left out three failed inspections and listed no repairs beyond those made. "), summary


def test_a_reaction_stitched_from_an_aside_and_the_verb_around_it_is_left_out():
    summary = summary_of("The fishing guild has printed posters against the harbour master, Ida Moreno, who has "
                         "lost its trust.\n\nOn the posters, guild elder Oskar Hale, elected in 2015, portrays "
                         "Moreno as careless.\n")
    assert "Hale elected in 2015, portrays" not in summary, summary


def test_a_quotation_cut_before_its_verb_is_no_reaction():
    cut = Stance(entity=None, stance="The vote will go ahead because a delay would break the rules and he",
                 polarity="claim", paragraph=2, confidence=0.9, kind="quoted")
    assert not _reads_as_a_sentence(cut)


def test_a_pronoun_after_a_link_word_opening_a_sentence_is_replaced_by_its_name():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "Mayor Ana Silva said she was in favour of the closure in the first instance.\n\n"
            "But she told reporters that the repairs had become urgent.\n")
    reading = read_document(clean(parse_article(Path("a.txt"), text.encode("utf-8"))))
    assert "Ana Silva told reporters that the repairs had become urgent." in list(_lead_sentences(reading))


def test_a_long_sentence_is_cut_before_a_relative_opening_on_a_preposition():
    text = ("Ana Silva told a news conference that the state of the old harbour had become critical and that the "
            "council had begun a survey of the docks, in which divers aged from 20 to 50 were invited to "
            "help.")
    assert cut_to(text, 30).endswith("had begun a survey of the docks.")


def test_a_long_sentence_is_cut_after_a_clause_ending_on_its_last_word():
    text = ("Seven dock workers were hurt in the blast at the quay of Portela on the night shift, two were rescued, "
            "and one is still missing.")
    assert cut_to(text, 20).endswith("two were rescued.")


def test_a_later_sentence_is_cut_only_as_far_as_the_room_the_lead_leaves():
    summary = summary_of("The harbour council of Valmora closed the northern dock to container ships on Monday after "
                         "a long debate.\n\nDock workers from the southern "
                         "harbour of Portela have promised to march through the old town every week until the council "
                         "opens the northern dock to their ships again.\n")
    assert summary.endswith("until the council opens the northern dock to their ships again."), summary


def test_a_later_sentence_cut_before_what_its_verb_says_is_not_used():
    text = ("The harbour council of Valmora voted by nine votes to four to close the northern dock of the old port to "
            "all container ships and oil tankers and fishing boats from the first day of next spring.\n\n"
            "The youth wing of the sailors' league claimed, according to a letter on its notice board, that its "
            "members had chained the crane to the quay.\n")
    assert "league claimed." not in summary_of(text)


def test_a_time_that_is_all_a_participle_between_commas_says_is_kept():
    compressed = compress("In the survey, taken June 8, 55 percent of the crews back the harbour master.")
    assert "taken," not in compressed.lower() and "June 8" in compressed, compressed


def test_a_sentence_is_not_cut_before_a_but_that_takes_its_first_verb_back():
    text = ("The harbour council of Valmora voted to close the northern dock and the two eastern piers of the old port "
            "to all container ships and to every fishing boat of more than twenty metres.\n\n"
            "The repair bill was first put at forty million crowns, but was revised down to twelve million after a "
            "second survey of the walls. Dock workers from Portela have promised to march through the old town.\n")
    assert "forty million crowns." not in summary_of(text)



def test_a_later_sentence_does_not_lose_the_source_that_opens_it():
    text = ("The harbour council of Valmora voted to close the northern dock to container ships.\n\n"
            "According to the union leader Tomas Brandt, the closure is meant to break the strike of the dockers.\n")
    assert "The closure is meant" not in summary_of(text)


def test_a_later_sentence_keeps_the_speaker_of_an_opening_as_clause():
    text = ("The harbour council of Valmora voted to close the northern dock to container ships.\n\n"
            "As the mayor said on Monday, the dock will reopen to fishing boats in the spring.\n")
    assert "As the mayor said, the dock will reopen" in summary_of(text)


def test_a_lead_keeps_its_end_when_that_says_more_of_what_the_article_is_about_than_the_next_sentence():
    text = ("The harbour council of Valmora voted to close the northern dock to all container ships from next spring, "
            "a decision that the dock workers union has promised to answer with a strike across the port.\n\n"
            "Council members later attended a reception in the old customs house beside the fish market.\n\n"
            "The union said the strike would begin in March.\n\n"
            "A strike would halt the port for weeks, the union warned.\n")
    assert "the dock workers union has promised to answer with a strike" in summary_of(text)


def test_a_sentence_opening_on_a_contracted_pronoun_is_not_used():
    text = ("She’s planning a second bridge over the river Vale, a few miles further north of the old town.\n\n"
            "Mayor Ana Silva opened the new bridge over the river Vale on Tuesday.\n")
    assert not summary_of(text).startswith("She’s")


def test_a_pronoun_after_an_opening_phrase_that_names_nobody_is_not_left_unresolved():
    text = ("Later that night, she called the northern dock a disgrace to the whole city.\n\n"
            "Mayor Ana Silva spoke to the harbour council of Valmora for an hour on Tuesday.\n")
    assert " she " not in f" {summary_of(text)} "


def test_a_pronoun_after_an_opening_phrase_is_replaced_by_its_name():
    text = ("Mayor Ana Silva spoke to the harbour council of Valmora for an hour on Tuesday. Later that night, she "
            "called the northern dock a disgrace to the whole city.\n")
    assert "Ana Silva called the northern dock a disgrace" in summary_of(text)


def test_a_sentence_is_not_cut_at_a_clause_boundary_inside_a_quotation():
    text = ("Union leader Tomas Brandt called the vote “a betrayal of every worker on the docks, and a gift to the "
            "shipping firms of the south” in a statement.")
    assert not cut_to(text, 15).endswith("docks.")


def test_a_sentence_broken_off_inside_a_quotation_closes_it():
    text = "Jane Roe told the crowd: “The dock will stay shut for as long as the council wants it shut and not a day less.”"
    assert cut_to(text, 10).endswith("…”")


def test_a_main_clause_between_commas_is_not_taken_for_a_description():
    text = ("After weeks of protests over the cost of the new dock, the harbour strike finally forced Ana Silva to "
            "resign from her post, a day before the vote.")
    assert "the harbour strike finally forced Ana Silva to resign" in compress(text, keep_circumstance=True)


def test_a_heading_in_capitals_run_into_its_paragraph_is_left_out():
    text = ("PORT STRIKE ENDS IN VALMORA The three-week strike at the port of Valmora ended after the union accepted "
            "a wage increase.")
    assert compress(text).startswith("The three-week strike")


def test_a_later_sentence_is_not_cut_before_the_source_it_names():
    text = ("The harbour council of Valmora voted to close the northern dock and the two eastern piers of the old port "
            "to all container ships and to every fishing boat of more than twenty metres.\n\n"
            "The repair bill was put at forty million crowns, according to a report seen by the union.\n")
    assert "forty million crowns." not in summary_of(text)


def test_a_stance_with_a_bracket_it_does_not_open_is_no_reaction():
    stray = Stance(entity=None, stance="the repairs are “well under control”)", polarity="claim", paragraph=3,
                   confidence=0.9, kind="reported")
    assert not _reads_as_a_sentence(stray)


def test_a_time_a_preposition_needs_is_kept():
    text = ("The singer Lena Varga spoke at a meeting on the quay in early May, a flag in her hand, as "
            "hundreds of dock workers cheered.")
    assert "on the quay in early May," in compress(text)


def test_a_time_spent_doing_something_is_kept():
    assert "spent Monday discussing" in compress("Mayor Ana Silva spent Monday discussing the repairs with the union.")


def test_a_cut_never_ends_inside_a_clause_opened_after_that():
    text = ("Ana Silva said that while the council had been “far too slow” with the repairs of the northern dock, "
            "no dock worker would lose a job.")
    assert not cut_to(text, 16).endswith("“far too slow”.")


def test_a_cut_that_leaves_no_verb_is_no_sentence():
    text = ("The fire at the pier in May, the flood in the depot in June, and the storm of last winter all had one "
            "cause in common.")
    assert cut_to(text, 16) != "The fire at the pier in May, the flood in the depot in June."


def test_a_short_line_alone_before_the_paragraphs_is_the_headline():
    text = ("For the old mayor, the harbour deal was a long goal - and a late win.\n\n"
            "Ana Silva sat in the customs house of Valmora on a wet morning, calm and tired after nine hours of "
            "talks with the union.\n\nThe union signed on Monday.\n")
    assert not summary_of(text).startswith("For the old mayor")


def test_a_lead_sentence_that_compares_with_one_left_out_is_left_out():
    text = ("Fewer dock workers voted for the union in Valmora this spring than in any year since the great strike.\n\n"
            "The vote for the Harbour Party rose by that same amount in the southern port of Portela.\n")
    assert "that same amount" not in summary_of(text)


REACTION_LEAD = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
                 "The dock opened in 1911.\n\nIts cranes were sold last year.\n\n")


def test_a_quotation_that_goes_on_from_words_left_out_is_no_reaction():
    text = REACTION_LEAD + "“But I hope the ships stay away for good,” union leader Tomas Brandt said.\n"
    assert "Brandt" not in summary_of(text)


def test_a_reaction_that_points_back_to_what_it_leaves_out_is_left_out():
    text = REACTION_LEAD + "Union leader Tomas Brandt said the closure is ruining these old warehouses.\n"
    assert "these old warehouses" not in summary_of(text)


def test_a_reaction_of_a_holder_known_by_description_only_is_left_out():
    text = REACTION_LEAD + ("Tomas Brandt, the union leader, could not be reached.\n\n"
                            "Then the council proposed new fees for ferries. The union leader rejected the plan.\n")
    assert "rejected the plan" not in summary_of(text)


def test_what_someone_says_of_another_is_not_the_other_s_stance():
    text = "Shipping agent Rosa Lind added that the Harbour Board wants to sell the dock before the election.\n"
    reading = read_document(clean(parse_article(Path("a.txt"), text.encode("utf-8"))))
    board = Stance(entity=SimpleNamespace(name="Harbour Board"), stance="wants to sell the dock before the election",
                   polarity="support", paragraph=1, confidence=0.8, kind="stance verb")
    assert not _holder_says_it(board, reading)


def test_a_pronoun_whose_holder_the_paragraph_does_not_name_holds_no_reaction():
    text = REACTION_LEAD + ("Union leader Tomas Brandt said he would fight on.\n\n"
                            "He implied the harbour judge was biased against the dock workers of the old town.\n")
    assert "biased" not in summary_of(text)


def test_a_reaction_ending_on_an_exclamation_takes_no_full_stop():
    shout = Stance(entity=SimpleNamespace(name="Tomas Brandt", type="person"), stance="Reopen the dock now!",
                   polarity="claim", paragraph=1, confidence=0.8, kind="quoted")
    assert _reaction(shout, "") == "Tomas Brandt said: “Reopen the dock now!”"


def test_a_relative_clause_inside_a_quotation_is_kept():
    text = "Brandt said the vote “hurts the union, which has kept this port alive,” a reporter wrote."
    assert "which has kept this port alive" in compress(text)


def test_they_is_never_replaced_by_the_name_of_one_country():
    text = ("Storms at the pier of Valmora in 1990 and at the depot of Bergen in Norway in 2004 had one cause. "
            "They were studied by panels of engineers who wrote long reports on the damage.\n")
    assert "Norway were" not in summary_of(text)


def test_an_aside_naming_whom_a_later_him_stands_for_is_kept():
    text = "Mayor Ana Silva, who has long criticised union leader Tomas Brandt, attacked him at the harbour meeting."
    assert "Tomas Brandt" in compress(text)


def test_a_cut_that_drops_who_said_it_leaves_out_the_source():
    sentence = "Ferry fares will rise sharply in every port of the coast next spring, the harbour board said."
    assert leaves_out_source(sentence, "Ferry fares will rise sharply in every port of the coast.")


def test_a_reaction_keeps_the_reason_its_holder_gives_for_it():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt condemned the vote, saying it will cost hundreds of jobs in the town.\n")
    summary = summary_of(text)
    assert summary.endswith("Tomas Brandt condemned the vote, saying it will cost hundreds of jobs in the town."), summary


def test_the_lead_gives_up_its_last_phrase_for_the_reason_of_the_reaction():
    text = ("The harbour council of Valmora has agreed with the ferry owners that it will be closing the northern "
            "dock to help the fishing fleet in its dispute with the shipping firms of Portela.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt condemned the closure of the dock, saying it will cost jobs in the town.\n")
    summary = summary_of(text)
    assert summary.endswith("saying it will cost jobs in the town."), summary
    assert len(summary.split()) <= 45


def test_the_next_lead_sentence_whole_and_a_shorter_reaction_beat_it_cut_beside_a_long_one():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships. "
            "Container ships will use the southern dock at Portela, where the shipping firms have built new cranes "
            "and berths.\n\n"
            "Union leader Tomas Brandt condemned the vote as a betrayal of the dock workers and their families.\n\n"
            "Shipping agent Rosa Lind welcomed the decision.\n\n"
            "The cranes at Portela were built last year.\n\nThe berths at Portela are deeper.\n\n"
            "Firms at Portela pay less for cranes and berths.\n")
    summary = summary_of(text)
    assert "Portela, where the shipping firms have built new cranes and berths;" in summary, summary
    assert summary.endswith("Rosa Lind welcomed the decision."), summary


def test_the_count_of_the_dead_comes_before_how_it_happened_and_before_a_reaction():
    text = ("A cargo plane with twelve crew members on board crashed into the sea off the coast of Norland.\n\n"
            "The aircraft went down shortly after leaving the airport at Valmora, about forty kilometres from the "
            "shore. Nine crew members were killed and three were rescued, the coastguard said.\n\n"
            "Transport minister Lena Varga praised the rescue teams for their courage.\n")
    summary = summary_of(text)
    assert "Nine crew members were killed and three were rescued, the coastguard said" in summary, summary


def test_the_tally_of_a_vote_comes_before_how_the_debate_went():
    text = ("The senate of Norland passed a bill to close the coal mines of the north within ten years.\n\n"
            "The debate in the old chamber of the senate went on through the night until the early morning. "
            "The measure passed by 61 to 38 in the upper house.\n")
    assert "The measure passed by 61 to 38 in the upper house." in summary_of(text)


def test_a_next_sentence_that_only_tells_the_lead_again_with_its_circumstance_is_left_out():
    text = ("A stolen painting was found in a ditch near the village of Valmora by a cyclist on his way to work.\n\n"
            "The painting was found in a plastic bag under the old bridge over the river. It shows the harbour "
            "of Portela in winter and had been missing from the town museum for ten years.\n")
    summary = summary_of(text)
    assert "plastic bag" not in summary, summary
    assert "It shows" not in summary


def test_the_word_that_led_a_time_left_out_goes_with_it():
    assert compress("Sometime this week, the council will vote on the plan for the harbour.").startswith(
        "The council will vote")


def test_a_name_spelt_like_a_participle_is_no_opening_phrase():
    assert compress("Rashed Omar, a teacher from Portela, Norland, was elected mayor of Valmora.").startswith(
        "Rashed Omar, a teacher")


def test_a_reaction_may_be_what_the_article_gives_according_to_its_holder():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "According to Tomas Brandt, the closure of the dock will cost the town hundreds of jobs.\n")
    assert summary_of(text).endswith("Tomas Brandt said the closure of the dock will cost the town hundreds of jobs.")


def test_the_reporters_account_of_a_holders_view_comes_before_the_holders_quotation_beside_it():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt spoke at a rally in the square. \"We are living through the darkest day of "
            "our harbour,\" said Brandt. According to Brandt, the closure will cost the town hundreds of jobs.\n")
    assert summary_of(text).endswith("Tomas Brandt said the closure will cost the town hundreds of jobs.")


def test_a_reported_reaction_keeps_the_pronoun_of_its_holder_named_just_before():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Union leader Tomas Brandt said he would call a strike at the docks before the summer.\n")
    assert summary_of(text).endswith("Tomas Brandt said he would call a strike at the docks before the summer.")


def test_a_reported_reaction_after_a_participle_of_saying_keeps_no_pronoun():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
            "The dock opened in 1911.\n\nIts cranes are old.\n\n"
            "Both sides issued a statement after the vote, union leader Tomas Brandt saying he was “deeply hurt” and "
            "mayor Rosa Lind calling it a “fair outcome.”\n")
    assert "calling it" not in summary_of(text)


def test_a_next_sentence_naming_the_holder_of_the_reaction_is_not_taken_for_the_lead_told_again():
    text = ("The harbour council of Valmora voted on Monday to close the northern dock to container ships after a "
            "long debate in the old customs house.\n\n"
            "Union leader Tomas Brandt went on to attack the mayor, saying the vote was a betrayal of the workers.\n\n"
            "Its cranes are old.\n\n"
            "Tomas Brandt condemned the vote.\n")
    assert summary_of(text).endswith("saying the vote was a betrayal of the workers.")


def test_a_word_that_only_begins_like_a_preposition_opens_no_circumstance():
    assert compress("One week before the vote, the candidates of both parties made their last pitches to voters.") \
        .startswith("One week before the vote,")
