"""The built-in extraction backend on small hand-written articles: one behaviour per test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cleaning import clean
from generator.extraction import Extraction
from generator.extraction.builtin import BuiltinBackend
from generator.extraction.lexicon import LazyPattern
from generator.reading import parse_article
from generator.schema import ACTOR_TYPES, POLARITIES
from tests.extracting import actor, extract, names, quote, speaker


# -- quote spans -----------------------------------------------------------------------------------

def test_curly_quote_text_is_exactly_between_the_marks():
    ex = extract("Mayor Jane Holt spoke on Tuesday.\n\n“We will rebuild the bridge next year,” Holt said.")
    assert quote(ex, "We will").text == "We will rebuild the bridge next year,"


def test_straight_quotes_are_found():
    ex = extract('Mayor Jane Holt spoke on Tuesday.\n\n"We will rebuild the bridge next year," Holt said.')
    assert quote(ex, "We will").text == "We will rebuild the bridge next year,"


def test_guillemets_and_low_opening_marks_are_quotes():
    ex = extract("Minister Hans Vogel said: «The border stays open for every trader.»\n\n"
                 "Vogel added: „We will not close a single crossing this winter.“")
    assert speaker(ex, "The border stays") == "Hans Vogel"
    assert quote(ex, "We will not close").text == "We will not close a single crossing this winter."


def test_single_quotes_nested_inside_double_stay_inside():
    ex = extract("“He told me ‘never again’ and walked out of the hall,” said Maria Lopez.")
    assert [q.text for q in ex.quotes] == ["He told me ‘never again’ and walked out of the hall,"]


def test_quote_spanning_paragraphs_is_one_quote_per_paragraph():
    ex = extract("Maria Lopez, the union leader, said: “The first part of the plan is simple.\n\n"
                 "“The second part will take years to finish, and we know it.”")
    assert quote(ex, "The first part").text == "The first part of the plan is simple."
    assert quote(ex, "The second part").paragraph == 2
    assert speaker(ex, "The second part") == "Maria Lopez"


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    ex = extract("Maria Lopez said: “Nobody asked the workers what they wanted\n\nThe strike ended on Friday.")
    assert quote(ex, "Nobody").text == "Nobody asked the workers what they wanted"


def test_scare_quotes_are_not_quotes():
    ex = extract("The council approved the so-called “reform” on Monday. Critics doubt the “experts” were right.")
    assert ex.quotes == ()


def test_titles_of_works_are_not_quotes():
    ex = extract("Anna Berg wrote a novel titled “The Long Road Home” in 2019. "
                 "She also directed “Night Train To Lisbon” for the festival.")
    assert ex.quotes == ()


def test_fragment_inside_a_paraphrase_is_partial():
    ex = extract("Senator Paul Vance said he would “absolutely” support the flood plan.")
    fragment = quote(ex, "absolutely")
    assert fragment.partial and speaker(ex, "absolutely") == "Paul Vance"


def test_full_quote_is_not_partial():
    ex = extract("Senator Paul Vance said: “The flood plan is the best we have had in years.”")
    assert not quote(ex, "The flood plan").partial


def test_every_quote_is_a_verbatim_substring_of_its_paragraph():
    text = ("Ana Ruiz said: “One  two, three.”\n\n“Four ‘five’ six seven,” she said. “Eight nine ten eleven\n\n"
            "«Twelve thirteen fourteen fifteen» — Ana Ruiz\n\n\"Sixteen seventeen eighteen nineteen\" said Ruiz.")
    document = clean(parse_article(Path("t.txt"), text.encode()))
    ex = BuiltinBackend().extract(document)
    assert ex.quotes
    for q in ex.quotes:
        assert q.text in document.paragraphs[q.paragraph - 1].text


# -- attribution -----------------------------------------------------------------------------------

def test_quote_then_pronoun_said_goes_to_the_earlier_person():
    ex = extract("Mayor Jane Holt opened the meeting on Tuesday.\n\n"
                 "“We will rebuild the bridge before the winter,” she said.")
    assert speaker(ex, "We will rebuild") == "Jane Holt"


def test_name_said_colon_before_the_quote():
    ex = extract("Asked about the budget, Omar Reyes said: “The accounts are balanced for the first time.”")
    assert speaker(ex, "The accounts") == "Omar Reyes"


def test_inverted_said_name_after_the_quote():
    ex = extract("“Taxes will not rise this year,” said Tomas Ferreira, the finance director.")
    assert speaker(ex, "Taxes") == "Tomas Ferreira"


def test_dash_attribution_after_the_quote():
    ex = extract("“Nobody expected the river to rise so fast.” — Maria Lopez")
    assert speaker(ex, "Nobody expected") == "Maria Lopez"


def test_according_to_names_the_speaker():
    ex = extract("According to Peter Vance, “the dam was never inspected after the storm.”")
    assert speaker(ex, "the dam") == "Peter Vance"


def test_x_told_y_makes_x_the_speaker():
    ex = extract("Peter Vance told reporters: “We are ready to rebuild the whole district.”")
    assert speaker(ex, "We are ready") == "Peter Vance"
    assert "reporters" not in names(ex)


def test_quote_continuing_after_the_attribution_keeps_the_speaker():
    ex = extract("Anna Berg chairs the board.\n\n“We lost money this year,” she said. “Next year will be better.”")
    assert speaker(ex, "Next year") == "Anna Berg"


def test_pronoun_skips_a_person_of_the_other_gender():
    ex = extract("Spokeswoman Anna Berg met the banker Carl Nyman on Monday.\n\n"
                 "Nyman said he had approved the loan.\n\n"
                 "“We expect the money back within a year,” she said.")
    assert speaker(ex, "We expect") == "Anna Berg"


def test_description_resolves_to_the_named_actor_with_that_title():
    ex = extract("Mayor Jane Holt opened the bridge on Tuesday.\n\n"
                 "“This bridge will serve the city for a century,” the mayor said.")
    assert speaker(ex, "This bridge") == "Jane Holt"


def test_description_without_a_name_is_an_unnamed_actor():
    ex = extract("“The river is rising faster than it did in 1998,” a senior official said.")
    q = quote(ex, "The river")
    unnamed = next(a for a in ex.actors if a.id == q.speaker)
    assert unnamed.named is False and "official" in unnamed.name


def test_lead_description_takes_the_name_given_next():
    ex = extract("The leader of the dockworkers union said on Monday that the strike would go on.\n\n"
                 "Marta Silva, who heads the dockworkers union, told reporters the talks had failed.")
    pos = [p for p in ex.positions if p.paragraph == 1]
    assert pos and pos[0].actor == actor(ex, "Marta Silva").id


# -- actors ----------------------------------------------------------------------------------------

def test_appositive_gives_the_role():
    ex = extract("Denise Carter, a senior member of the regional council, said the vote was fair.")
    assert actor(ex, "Denise Carter").role == "senior member of the regional council"


def test_who_heads_appositive_gives_head_of_role():
    ex = extract("Omar Reyes, who heads the port authority, said the harbour would reopen.")
    assert actor(ex, "Omar Reyes").role == "head of the port authority"


def test_title_before_the_name_gives_the_role():
    ex = extract("French President Louis Martin said the treaty was a success.")
    martin = actor(ex, "Louis Martin")
    assert martin.role == "French President" and martin.type == "person"


def test_surname_is_merged_with_the_full_name():
    ex = extract("Louis Martin arrived in the capital.\n\nMartin said the treaty was a success.")
    assert [a.name for a in ex.actors if a.type == "person"] == ["Louis Martin"]
    assert "Martin" in actor(ex, "Louis Martin").aliases


def test_acronym_is_merged_with_the_organisation():
    ex = extract("The National Farmers Union (NFU) warned of higher prices.\n\n"
                 "The NFU said the harvest was poor.")
    union = actor(ex, "National Farmers Union")
    assert union.type == "organization" and "NFU" in union.aliases
    assert "NFU" not in names(ex)


def test_capital_city_acting_stands_for_its_country():
    ex = extract("Moscow rejected the proposal on Friday.\n\nRussia said the talks were over.")
    russia = actor(ex, "Russia")
    assert russia.type == "country" and "Moscow" in russia.aliases
    assert "Moscow" not in names(ex)


def test_capital_city_as_a_place_is_not_an_actor():
    ex = extract("Talks were held in Paris. Anna Berg said the mood was calm.")
    assert "France" not in names(ex) and "Paris" not in names(ex)


def test_demonym_with_government_is_the_country():
    ex = extract("The Iranian government said the ship had been seized legally.")
    assert actor(ex, "Iran").type == "country"


def test_group_actor_is_typed_group():
    ex = extract("Western countries imposed new sanctions on the regime.")
    assert actor(ex, "Western countries").type == "group"


def test_actor_types_are_from_the_schema():
    ex = extract("The Health Ministry said the virus was spreading. Brazil closed its borders. "
                 "Protesters blocked the road. Dr. Ana Ruiz warned of a second wave.")
    assert {a.type for a in ex.actors} <= set(ACTOR_TYPES)
    assert actor(ex, "Health Ministry").type == "organization"
    assert actor(ex, "Brazil").type == "country"
    assert actor(ex, "Ana Ruiz").type == "person"


def test_names_mentioned_in_passing_are_not_actors():
    ex = extract("The new bridge, named after John Foster, opened on Monday. Mayor Jane Holt said it cost too much.")
    assert "John Foster" not in names(ex)
    assert "Jane Holt" in names(ex)


def test_sentence_initial_words_months_and_weekdays_are_not_actors():
    ex = extract("However, Anna Berg said on Monday that prices would fall in March. "
                 "Speaking in January, she said the same.")
    assert names(ex) == {"Anna Berg"}


def test_no_actor_from_page_furniture():
    ex = extract("By John Smith\n\n2 of 3 Workers wait outside a factory — Photo: REUTERS/Peter Kahn\n\n"
                 "Anna Berg said the factory would close.\n\nReporting by Jane Doe; Editing by Tom Roe")
    assert names(ex) == {"Anna Berg"}


def test_news_agency_credited_as_a_channel_is_not_an_actor():
    ex = extract("Anna Berg told Reuters the factory would close.")
    assert "Reuters" not in names(ex)


def test_actor_ids_are_unique_slugs():
    ex = extract("Anna Berg said the plan was good. Anna Berg's rival, Carl Nyman, said it was bad.")
    ids = [a.id for a in ex.actors]
    assert len(ids) == len(set(ids)) and "anna-berg" in ids


# -- positions, key quotes, title, summary, keywords ---------------------------------------------------

def test_denial_becomes_a_deny_position():
    ex = extract("Ukraine denies accusations that it is preparing an offensive.")
    pos = [p for p in ex.positions if p.actor == "ukraine"]
    assert pos[0].polarity == "deny"
    assert pos[0].stance == "denies accusations that it is preparing an offensive"


def test_reported_support_becomes_a_support_position():
    ex = extract("Anna Berg said she was in favor of dialogue with the unions.")
    pos = [p for p in ex.positions if p.actor == "anna-berg"]
    assert pos[0].polarity == "support" and "in favor of dialogue with the unions" in pos[0].stance


def test_positions_use_schema_polarities():
    ex = extract("Anna Berg rejected the offer. The union welcomed the deal. Carl Nyman said prices would rise.")
    assert ex.positions and all(p.polarity in POLARITIES for p in ex.positions)


def test_at_most_three_key_quotes_all_full_quotes():
    paragraphs = [f"“Point number {i} of the plan matters a great deal to us,” Anna Berg said." for i in range(6)]
    ex = extract("\n\n".join(paragraphs))
    keys = [q for q in ex.quotes if q.key]
    assert 1 <= len(keys) <= 3 and not any(q.partial for q in keys)


def test_confidence_is_between_zero_and_one():
    ex = extract("“The bridge is safe for everyone,” Anna Berg said. Critics called it “a folly”.")
    assert all(0 <= q.confidence <= 1 for q in ex.quotes)


def test_title_is_made_from_the_lead_when_the_article_has_none():
    ex = extract("The leader of the dockworkers union said on Monday that the strike would continue "
                 "until wages rise, after talks with the port authority collapsed.")
    assert 0 < len(ex.title.split()) <= 12
    assert "Monday" not in ex.title and "strike would continue" in ex.title


def test_article_title_is_kept_when_given():
    ex = extract("---\ntitle: Strike goes on\n---\nThe union said the strike would continue.")
    assert ex.title == "Strike goes on"


def test_summary_is_short_and_from_the_lead():
    ex = extract("Anna Berg said the factory would close. Workers were told on Friday. "
                 "The plant employs 400 people. It opened in 1970.")
    assert ex.summary.startswith("Anna Berg said the factory would close.")
    assert len(ex.summary.split()) <= 45


def test_keywords_are_a_few_phrases_the_article_comes_back_to():
    ex = extract("The factory closure will cost 400 jobs. Workers protested the factory closure on Monday.")
    assert ex.keywords == ("factory closure",)


def test_extraction_is_deterministic():
    text = ("Mayor Jane Holt said on Tuesday that the bridge would reopen.\n\n"
            "“We will rebuild it,” she said. “It will be stronger.”\n\nCritics called it “a folly”.")
    assert extract(text) == extract(text)


@pytest.mark.parametrize("text", ["“", "\"\"\"", "“”", "Just text without quotes or names."])
def test_degenerate_texts_do_not_fail(text):
    ex = extract(text)
    assert isinstance(ex, Extraction)


# -- behaviours added with the extraction issue ------------------------------------------------------

def test_pronoun_agrees_with_the_gender_a_given_name_shows():
    ex = extract("Laura Finch met Peter Hale in the capital on Monday.\n\n"
                 "Hale spoke first.\n\n“The deal is done and it is a good one,” she said.")
    assert speaker(ex, "The deal is done") == "Laura Finch"


def test_party_label_after_a_name_does_not_hide_the_speaker():
    ex = extract("Mayor Tom Reed backed the plan. Sen. Ron Vale (R-Ohio) said it would be “a waste of public money.”")
    assert speaker(ex, "a waste") == "Ron Vale"


def test_abbreviated_title_after_said_does_not_end_the_sentence():
    ex = extract("“The bill will pass before the summer,” said Rep. Carla Munoz, a co-sponsor.")
    assert speaker(ex, "The bill will pass") == "Carla Munoz"


def test_name_and_outlet_before_a_colon_names_the_speaker():
    ex = extract("Karen Holt, The Evening Post: “The debate changed nothing for either candidate.”")
    assert speaker(ex, "The debate changed") == "Karen Holt"


def test_described_speaker_without_a_name_is_kept_as_the_description():
    ex = extract("Mayor Tom Reed spoke for an hour.\n\nThe crowd shouted back at him, “Fix the roads first.”")
    q = quote(ex, "Fix the roads")
    described = next(a for a in ex.actors if a.id == q.speaker)
    assert described.name == "crowd" and described.named is False and described.type == "group"


def test_noun_after_a_possessive_is_not_a_reporting_verb():
    ex = extract("Party chairman Oskar Vale called Anna Berg's remarks a “sad day for the campaign.”")
    assert speaker(ex, "sad day") == "Oskar Vale"


def test_reporting_verb_in_a_later_clause_does_not_claim_a_partial_quote():
    ex = extract("Governor Tom Reed described Anna Berg as a “danger to the office” after she criticised the police.")
    assert speaker(ex, "danger") == "Tom Reed"


def test_reporting_verb_inside_reported_speech_gives_the_quote_to_the_outer_speaker():
    ex = extract("Anna Berg said in her speech that the plan should reaffirm “our oldest friendships abroad.”")
    assert speaker(ex, "our oldest") == "Anna Berg"


def test_title_and_organisation_before_a_name_are_the_role():
    ex = extract("After the vote, CEO of the Harbour Trust Ana Ruiz told reporters: “We will appeal the ruling.”")
    assert speaker(ex, "We will appeal") == "Ana Ruiz"
    assert actor(ex, "Ana Ruiz").role == "CEO of the Harbour Trust"


def test_quoted_block_after_a_paragraph_ending_with_a_colon_is_the_speakers():
    ex = extract("Mayor Tom Reed then began his budget speech, facing the aldermen and declaring:\n\n"
                 "We have waited ten years for this bridge and we will not wait any longer.\"")
    assert speaker(ex, "We have waited") == "Tom Reed"


def test_with_noun_participle_gives_the_participle_its_own_subject():
    ex = extract("Readers on the blog mocked the budget, with one commenter asking “Who will pay for it later?”")
    assert speaker(ex, "Who will pay") == "one commenter"


def test_the_statement_speaks_for_the_organisation_that_issued_it():
    ex = extract("In a release on Friday, the Harbour Workers Union said the strike would go on.\n\n"
                 "“We will not accept a single job cut,” read the statement.")
    assert speaker(ex, "We will not accept") == "Harbour Workers Union"


def test_outlet_told_something_is_a_channel_not_an_actor():
    ex = extract("Anna Berg told Metro News the factory would close.")
    assert "Metro News" not in names(ex)


def test_the_x_and_y_title_is_one_name():
    ex = extract("Writing in a column, Peter Vance of The Sun and Star warned that the deal would fail.")
    assert "Star" not in names(ex)


def test_keywords_leave_out_hyphenated_generic_and_date_words():
    ex = extract("The Russian-backed republic held a sham referendum on Monday. The sham referendum was held in "
                 "the republic on Monday by Russian-backed officials.")
    assert ex.keywords == ("sham referendum",)


def test_stance_ends_before_a_relative_clause():
    ex = extract("Rebel leaders accelerated a mobilization of forces, in which all men under 55 were called up.")
    stances = [p.stance for p in ex.positions]
    assert "accelerated a mobilization of forces" in stances


def test_nationality_opening_an_unknown_name_makes_an_organisation():
    ex = extract("The Canadian Marrow Fund warned that donations had fallen by half this year.")
    assert actor(ex, "Canadian Marrow Fund").type == "organization"


def test_age_compound_in_an_appositive_is_kept_as_the_role():
    ex = extract("Tomas Lind, a 16-year-old pupil from Gavle, said the school had ignored his complaints.")
    assert actor(ex, "Tomas Lind").role == "16-year-old pupil from Gavle"


def test_title_set_off_by_commas_before_a_name_is_the_role():
    ex = extract("Speaking after the storm, Norland's Prime Minister, Ivar Holm said the army would help.")
    assert actor(ex, "Ivar Holm").role == "Norland's Prime Minister"


def test_organisation_after_of_is_a_persons_role():
    ex = extract("Reporter Lena Park of The Harbour Times was detained on Friday, and Omar Sayed of Radio Nord "
                 "said the arrest was unlawful.")
    assert actor(ex, "Omar Sayed").role == "of Radio Nord"


def test_copular_sentence_gives_the_subject_a_role():
    ex = extract("Omar Sayed said the verdict was unjust.\n\nHe was the only engineer charged in the case.")
    assert actor(ex, "Omar Sayed").role == "only engineer charged in the case"


def test_classifying_noun_before_a_name_makes_an_organisation():
    ex = extract("Editors of the weekly newspaper Vela Nova said police had raided the office.")
    found = actor(ex, "Vela Nova")
    assert found.type == "organization" and found.role == "weekly newspaper"


def test_description_resolves_to_a_person_only_through_its_head_noun():
    ex = extract("Omar Sayed said the verdict was unjust.\n\nHe was the only engineer charged in the harbour case.\n\n"
                 "Lena Park, the aunt of a welder hurt in the harbour fire, said “I want answers now.”")
    assert speaker(ex, "I want answers") == "Lena Park"


def test_said_another_gives_an_unnamed_speaker():
    ex = extract("Voters queued for hours in the rain.\n\n“I will wait all night if I have to,” said another.")
    assert speaker(ex, "I will wait") == "another"


def test_progressive_reporting_verb_has_its_own_subject():
    ex = extract("Governor Tom Reed is assuring a farmers club that the grain fund is “almost full again.”")
    assert speaker(ex, "almost full again") == "Tom Reed"


def test_quote_closed_by_a_full_stop_is_not_attributed_to_the_next_sentence():
    ex = extract("The fans chanted back at the mayor, “Open the gates now.” And Tom Reed promised a new stadium.")
    assert speaker(ex, "Open the gates") != "Tom Reed"


def test_name_after_a_preposition_before_a_colon_is_not_the_speaker():
    ex = extract("Anna Berg attacked the plan and contrasted the mayor with Tom Reed: “He knows the harbour well.”")
    assert speaker(ex, "He knows the harbour") != "Tom Reed"


def test_name_coordinated_with_others_opening_a_sentence_is_its_subject():
    ex = extract("“I came for the music,” said Lena Park, 31, with her sister Mia in tow.\n\n"
                 "Park and friends said they would not vote for Anna Berg as mayor. “I will stay home,” she said.")
    assert speaker(ex, "I will stay home") == "Lena Park"


def test_organisation_the_story_keeps_returning_to_is_an_actor():
    ex = extract("Hackers attacked the website of the Harbour Workers Union on Monday.\n\n"
                 "The attack followed a dispute with the Harbour Workers Union over a video.\n\n"
                 "Nobody has been charged over the attack on the Harbour Workers Union.")
    assert actor(ex, "Harbour Workers Union").type == "organization"


def test_capitalised_word_before_an_ing_noun_after_the_is_no_actor():
    ex = extract("Investigators said the Dunmore bombing of 1990 remains unsolved. The Dunmore bombing killed nine.")
    assert "Dunmore" not in names(ex)


def test_name_cut_before_a_date_drops_its_dangling_connector():
    ex = extract("Hackers attacked the website of the Harbour Workers Union on Monday. The Harbour Workers Union "
                 "said its members would not be intimidated.")
    assert "Harbour Workers Union on" not in names(ex)


# -- speakers and actors: later rules -------------------------------------------------------------

def test_telling_after_a_quote_names_the_listener_not_the_speaker():
    ex = extract("Tom Reyes, a farmer, lost his barn in the flood.\n\n"
                 'He called the damage "a total loss", telling the Valley Gazette he would rebuild.')
    assert speaker(ex, "a total loss") == "Tom Reyes"


def test_place_after_from_x_to_is_not_an_actor():
    ex = extract("The night train from Lisbon to Porto Alegre derailed on Monday.\n\n"
                 "Rail minister Ana Costa said: “We will find out what failed on that line.”")
    assert "Porto Alegre" not in names(ex)


def test_places_listed_after_from_are_not_actors():
    ex = extract("The scheme covers applicants from Ruritania, Freedonia and Sylvania who applied last year.\n\n"
                 "Minister Ana Costa said: “Every claim will be heard within a month.”")
    assert not names(ex) & {"Sylvania", "Freedonia", "Ruritania"}


def test_web_address_name_keeps_its_domain():
    ex = extract("Forums like Fablehub.com have promised that they would leave the clip up.\n\n"
                 "Fablehub.com said it would publish the full recording on Friday.")
    assert "Fablehub.com" in names(ex)


def test_distinctive_last_word_merges_with_the_full_organisation_name():
    ex = extract("The Church of Zoroaster Reformed said its website was attacked on Monday.\n\n"
                 "Critics of Reformed say the church has long fought its opponents online.\n\n"
                 "Reformed has not commented on the attack.")
    assert "Reformed" not in names(ex)
    assert "Reformed" in actor(ex, "Church of Zoroaster Reformed").aliases


def test_generic_word_merges_with_the_organisation_named_with_it():
    ex = extract("Police arrested the student on Monday.\n\n"
                 "The Dunmore Police Department said the arrest followed its usual procedure.")
    assert "Police" not in names(ex)
    assert "Police" in actor(ex, "Dunmore Police Department").aliases


def test_named_member_of_a_group_is_an_actor():
    ex = extract("Hundreds of migrants were rescued from the sea on Friday.\n\n"
                 "One Peruvian, Niko Aalto, said the first boat was turned away twice before it reached land.")
    assert actor(ex, "Niko Aalto").role == "Peruvian"


def test_group_that_only_undergoes_the_action_is_not_an_actor():
    ex = extract("Scores of journalists were detained after the march, and other journalists held in "
                 "the port city still await hearings.\n\n"
                 "Rights director Lena Berg said: “They must be released at once.”")
    assert "journalists" not in names(ex)


def test_agent_of_a_passive_alone_does_not_make_a_group_an_actor():
    ex = extract("The city's website was attacked by hackers on Tuesday, and more attacks by hackers followed.\n\n"
                 "Mayor Jane Holt said: “We have restored every service.”")
    assert "hackers" not in names(ex)


def test_demonym_authorities_are_the_country():
    ex = extract("Peruvian authorities were sending a clear message to the press.\n\n"
                 "Rights director Lena Berg said: “Peru must free every reporter.”")
    assert "Peruvian authorities" in actor(ex, "Peru").aliases


def test_person_named_once_without_a_role_is_background():
    ex = extract("Mayor Jane Holt said the bridge will reopen in May, after Peter Quill left it in ruins.\n\n"
                 "“We will rebuild it better,” Holt said.")
    assert "Peter Quill" not in names(ex)
    assert "Jane Holt" in names(ex)


def test_country_only_talked_about_is_not_a_main_actor():
    ex = extract("President Karl Stein spoke about Ruritania for an hour.\n\n"
                 "Asked about Ruritania, Stein said: “We love all nations.”\n\n"
                 "His views on Ruritania drew applause.")
    assert "Ruritania" not in names(ex)


def test_copula_with_an_adjective_is_not_an_act():
    ex = extract("Freedonia is mainly mountainous.\n\n"
                 "Mayor Jane Holt said: “We will build the road anyway.”")
    assert "Freedonia" not in names(ex)


def test_the_description_takes_up_an_indefinite_unnamed_speaker():
    ex = extract('One poster admitted to taking part, writing "I joined the attack at noon."\n\n'
                 'The poster wrote that "nobody will stop us now."')
    assert speaker(ex, "I joined") == speaker(ex, "nobody will")


def test_spokesperson_role_makes_the_organisation_an_actor():
    ex = extract("A report was left on a bench in the park.\n\n"
                 "Harbour Authority Canada spokesperson Jane Holt said the files were not secret.")
    assert actor(ex, "Harbour Authority Canada").type == "organization"


def test_name_in_quotation_marks_without_a_cue_has_no_speaker():
    ex = extract('Mayor Jane Holt said the attack was serious.\n\n'
                 'It was launched by a user labelled "Nightfall" on a forum.')
    assert speaker(ex, "Nightfall") is None


def test_bare_surname_shared_by_relatives_is_the_one_named_most():
    ex = extract("Senator Paul Garner spoke on Monday. Paul Garner said the bill would pass. "
                 "Paul Garner thanked his staff.\n\n"
                 "His daughter Emma Garner introduced him.\n\n"
                 "Garner vowed to fight on.\n\n"
                 "“We will win this,” he said.")
    assert speaker(ex, "We will win") == "Paul Garner"


def test_age_before_a_name_still_leads_to_the_speaker():
    ex = extract("Voters in the county spoke out.\n\n"
                 "79-year-old Walter Dunn, a retired miner, said that given the choices:\n\n"
                 "“There is just one name on my list, and it is the governor.”")
    assert speaker(ex, "There is just one") == "Walter Dunn"


def test_according_to_its_inside_a_reported_clause_keeps_the_outer_speaker():
    ex = extract("Win Aung, a member of the party's committee, said Tuesday that according to its count, "
                 "the party won most seats, but “the tally is not final.”")
    assert speaker(ex, "the tally is not final") == "Win Aung"


def test_reporting_clause_closing_the_sentence_attributes_a_fragment():
    ex = extract("Rights director Lena Berg spoke in London.\n\n"
                 "The editor has been “held without trial” since 2015 and must be released, the rights group says.")
    assert speaker(ex, "held without trial") == "rights group"


def test_inverted_speaker_phrase_stops_at_its_relative_clause():
    ex = extract('Mayor Jane Holt spoke first.\n\n'
                 '"It was judged far too kindly," said a retired Valmora customs inspector who led '
                 'many smuggling inquiries and called the matter "trivial."')
    assert speaker(ex, "It was judged") == "a retired Valmora customs inspector"


def test_noun_after_every_is_not_a_reporting_verb():
    ex = extract("Officials tell Radio Nine every claim will be checked by hand.\n\n"
                 "Minister Ana Costa said: “No one will be turned away.”")
    assert "Radio Nine" not in names(ex)


def test_name_before_two_roles_joined_by_and_is_the_speaker():
    ex = extract("Diners in the city face higher prices.\n\n"
                 "Marta Kessler, president and CEO of Northfield Grocers Association stated, "
                 "“It is not a weather issue; it is a freight issue.”")
    assert speaker(ex, "It is not a weather") == "Marta Kessler"


def test_lower_case_role_right_before_a_name_survives_symbols_in_front():
    ex = extract("Workers plan a rally on Friday.\n\n"
                 "“They cannot pay their rent,” Pay for $20 campaign director Lina Osei told Radio Nine.")
    assert speaker(ex, "They cannot pay") == "Lina Osei"


def test_described_subject_opening_the_sentence_owns_its_participle():
    ex = extract("Senator Paul Quill spoke to the crowd on Tuesday.\n\n"
                 "The Ohio senator praised his supporters, and shrugged off a protester, saying the woman "
                 "would “be left alone” at his event.")
    assert speaker(ex, "be left alone") == "Paul Quill"


def test_document_speaks_for_the_organisation_that_issued_it():
    ex = extract("The Transport Ministry began sending questionnaires to drivers on Monday.\n\n"
                 "A private memo obtained by Radio Nine says “drivers who do not reply may lose their "
                 "licence.”")
    assert speaker(ex, "drivers who do not reply") == "Transport Ministry"


def test_statement_quoted_whole_after_its_issuer_is_the_issuers():
    ex = extract("Union leader Mira Tan resigned on Sunday.\n\n"
                 "The Harbour Board issued a statement apologising for emails in which its director, "
                 "Tom Hale, wrote that the union leader should resign.\n\n"
                 "“Speaking for all our staff, we offer a full apology for the delays.”")
    assert speaker(ex, "Speaking for all") == "Harbour Board"


def test_name_right_before_a_participle_is_its_subject():
    ex = extract("Governor Lena Ruiz and Senator Tom Hale met voters in Dayton.\n\n"
                 "The new advert ends with footage of Hale saying at the debate, “That makes me smart,” "
                 "while the crowd laughs.")
    assert speaker(ex, "That makes me smart") == "Tom Hale"


def test_speaker_chiming_in_after_the_quote_takes_it():
    ex = extract("“It is kind of a joke,” said Ana Diaz, 20, a nursing major.\n\n"
                 "“It should not be funny, but it is.”\n\n"
                 "Her friend Rosa Blum, 21, a history major, chimed in. “I never thought I would vote.”")
    assert speaker(ex, "It should not be funny") == "Rosa Blum"


def test_quote_embedded_after_a_reporting_verb_keeps_its_speaker():
    ex = extract("Members stood and cheered.\n\n"
                 "When Governor Lena Ruiz said she would “protect every worker,” the crowd applauded loudly.")
    assert speaker(ex, "protect every worker") == "Lena Ruiz"


def test_where_or_to_whom_something_was_said_is_not_a_position():
    extraction = extract("“This is a victory,” union leader Maria Okafor said at a rally.\n\n"
                              "“We will not stop,” Okafor told reporters outside the main gate.")
    assert [p.stance for p in extraction.positions] == []


def test_quotation_marks_inside_leftover_markup_are_not_quotes():
    extraction = extract('<tweet tweet-author="@agency" tweet-date="May 1, 2016">Polls close at eight<tweet/>.\n\n'
                         '“We expect a long night,” Mayor Ana Silva said.')
    assert [q.text for q in extraction.quotes] == ["We expect a long night,"]


# -- plural common nouns: descriptions, not names ----------------------------------------------------

@pytest.mark.parametrize("noun", ["Residents", "Protesters", "Witnesses", "Diplomats", "Investors", "Teachers",
                                  "Workers", "Farmers"])
def test_plural_common_noun_opening_a_sentence_is_an_unnamed_group(noun):
    ex = extract(f"Mayor Jane Holt opened the new bridge on Tuesday.\n\n"
                 f"{noun} say the debate over the bridge reflects deeper tensions in the city.\n\n"
                 f"{noun} warned that the tolls would rise. {noun} said the plan was rushed.")
    groups = [a for a in ex.actors if a.name.lower() == noun.lower()]
    assert groups and all(not a.named and a.type == "group" for a in groups)
    assert noun not in names(ex)
    assert actor(ex, "Jane Holt").named


@pytest.mark.parametrize("noun", ["Analysts", "Experts", "Critics", "Economists", "Observers", "Groups"])
def test_plural_commentators_opening_a_sentence_are_no_name(noun):
    # Unquoted, such anonymous commentators are no actor at all (test_actors.py); what the
    # capital at the sentence's start must not make is a named one.
    ex = extract(f"Mayor Jane Holt opened the new bridge on Tuesday.\n\n"
                 f"{noun} say the debate over the bridge reflects deeper tensions in the city.\n\n"
                 f"{noun} warned that the tolls would rise. {noun} said the plan was rushed.")
    assert not any(a.named and a.name.lower() == noun.lower() for a in ex.actors)
    assert actor(ex, "Jane Holt").named


def test_quote_from_a_plural_common_noun_has_an_unnamed_group_speaker():
    ex = extract("Mayor Jane Holt opened the new bridge on Tuesday.\n\n"
                 "“Tolls will rise within the year,” analysts said.\n\n"
                 "Analysts said: “Nobody has counted the cost of the repairs.”")
    for start in ("Tolls will rise", "Nobody has counted"):
        q = quote(ex, start)
        group = next(a for a in ex.actors if a.id == q.speaker)
        assert (group.name, group.type, group.named) == ("analysts", "group", False)


def test_capitalised_plural_person_noun_opening_a_sentence_still_speaks():
    ex = extract("Mayor Jane Holt opened the new bridge on Tuesday.\n\n"
                 "Pollsters said: “Turnout will be low in the northern districts.”")
    q = quote(ex, "Turnout will be low")
    group = next(a for a in ex.actors if a.id == q.speaker)
    assert group.name == "pollsters" and group.named is False


def test_modifier_capitalised_only_by_its_place_names_no_group():
    ex = extract("Opposition lawmakers said the vote was rigged. Opposition lawmakers walked out of the chamber.")
    assert not any(a.named for a in ex.actors if a.type == "group")


@pytest.mark.parametrize("text, group", [
    ("E.U. officials said the talks had failed. E.U. officials warned of new sanctions.", "E.U. officials"),
    ("Western diplomats said the talks had failed. Western diplomats warned of new sanctions.",
     "Western diplomats"),
    ("Kenyan farmers said the harvest had failed. Kenyan farmers marched on the capital.", "Kenyan farmers"),
    ("Kurds said the town had fallen. Kurds marched on the capital on Monday.", "Kurds"),
    ("Senator Ruth Vale spoke in Dayton.\n\nVale supporters said the count was wrong. Vale supporters "
     "marched to City Hall.", "Vale supporters"),
])
def test_group_with_a_proper_word_in_its_name_stays_named(text, group):
    ex = extract(text)
    assert actor(ex, group).named and actor(ex, group).type == "group"


def test_organisations_named_with_plural_or_common_words_stay_named():
    ex = extract("The Harbour Workers Union said the strike would go on. The Teachers Union backed the strike. "
                 "The Red Cross said aid was ready. The National Farmers Association warned of losses.\n\n"
                 "The Chamber of Commerce said trade would slow. Ana Fischer said the talks had failed.\n\n"
                 "“We will keep going,” Fischer said. The Red Cross and the Chamber of Commerce met on Friday.")
    for name in ("Harbour Workers Union", "Teachers Union", "Red Cross", "National Farmers Association",
                 "Chamber of Commerce"):
        assert actor(ex, name).type == "organization" and actor(ex, name).named
    assert "Chamber" not in names(ex)
    assert speaker(ex, "We will keep going") == "Ana Fischer"


def test_generic_body_opening_a_sentence_is_no_named_actor():
    ex = extract("Police said the driver fled the scene. Police arrested him on Monday.\n\n"
                 "Sheriff Ray Dunn said: “We will find the car soon enough.”")
    assert "Police" not in names(ex)
    assert speaker(ex, "We will find the car") == "Ray Dunn"


def test_key_quotes_come_from_both_sides_of_a_dispute():
    ex = extract("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
                 "“This dock has cost the city far too much money for far too long,” Mayor Ana Silva said.\n\n"
                 "“We will rebuild the harbour for the people who live in this city,” Silva said.\n\n"
                 "“The council must keep its promises to every family in the town,” Silva added.\n\n"
                 "“Closing the dock will cost hundreds of jobs on the waterfront,” union leader Tomas Brandt said.\n")
    speakers = {q.speaker for q in ex.quotes if q.key}
    assert speakers == {"ana-silva", "tomas-brandt"}


def test_the_other_side_of_a_dispute_has_a_key_quote_though_quoted_least():
    ex = extract("The harbour council of Valmora voted on Monday to close the northern dock to container ships.\n\n"
                 "Mayor Ana Silva welcomed the vote. “This dock has cost the city far too much money for far too "
                 "long,” Silva said.\n\n"
                 "“We will rebuild the harbour for the people who live in this city,” Silva said.\n\n"
                 "Councillor Piet Dahl praised the decision. “The council has done the right thing for every family "
                 "in the town,” Dahl said.\n\n"
                 "“Our harbour will be cleaner and quieter for all the people who live near it,” Dahl added.\n\n"
                 "Port director Eva Lund supported the plan. “We can move the container ships to the southern dock "
                 "within a year,” Lund said.\n\n"
                 "“The southern dock has room for all the ships that use the port now,” Lund said.\n\n"
                 "Union leader Tomas Brandt condemned the vote. “Closing the dock will cost hundreds of jobs on the "
                 "waterfront,” Brandt said.\n")
    assert "tomas-brandt" in {q.speaker for q in ex.quotes if q.key}


def test_a_pattern_compiled_on_first_use_is_not_compiled_before():
    pattern = LazyPattern(lambda: r"(a group never closed")
    with pytest.raises(re.error):
        pattern.search("some text")


def test_a_pattern_compiled_on_first_use_matches_as_the_compiled_pattern_does():
    text = "Roe Said so; Lund says no, and Dunn said yes."
    lazy, compiled = LazyPattern(lambda: r"\b(said|says)\b", re.I), re.compile(r"\b(said|says)\b", re.I)
    assert [m.span(1) for m in lazy.finditer(text)] == [m.span(1) for m in compiled.finditer(text)]
    assert lazy.sub("told", text) == compiled.sub("told", text)
