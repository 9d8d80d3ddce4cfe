"""Actors and roles on forms of news the first rules were not written on: digests with bylines,
titles shared by two names, bodies named with an owner, former states, names that modify an event
noun, bodies that are only where things happen. Small hand-written articles, one behaviour per
test."""

from __future__ import annotations

from generator.extraction.actors import is_organization_name
from tests.extracting import actor, extract, names, speaker


def test_the_writer_a_digest_credits_with_an_outlet_is_no_actor():
    # (A pronoun after the excerpt must not make one of the writer either.)
    ex = extract("Harbour digest.\n\n"
                 "The mayor said the port would open in May.\n\n"
                 "STAGE BEAT\u2014\"Star leaves,\" by Times' Tom Hale: \"Mark Lee is leaving the show.\" He is "
                 "departing on Jan. 24, he said.\n\n"
                 "\u2014\"Director quits,\" by Times' Tom Hale: \"Ann Ray is withdrawing.\" http://example.com/b.")
    assert "Tom Hale" not in names(ex)


def test_a_title_in_the_plural_before_two_names_is_each_ones_role():
    ex = extract("Harbour vote.\n\n"
                 "Democratic mayoral candidates Jane Roe and Mark Doe met voters in Northport on Tuesday.\n\n"
                 "Roe said the port needed money. Doe said he disagreed.")
    assert actor(ex, "Jane Roe").role == "Democratic mayoral candidate"
    assert actor(ex, "Mark Doe").role == "Democratic mayoral candidate"


def test_a_hopeful_before_a_name_is_a_role():
    ex = extract("Harbour vote.\n\n"
                 "The mayor has slammed presidential hopeful Tom Birch as the vote nears. Birch said the mayor "
                 "was wrong.")
    assert actor(ex, "Tom Birch").role == "presidential hopeful"


def test_a_body_whose_name_opens_with_our_keeps_the_word():
    ex = extract("Ad war.\n\n"
                 "Our Harbour PAC released a new ad on Thursday attacking the mayor.\n\n"
                 "Our Harbour PAC will also pay for leaflets at the ferry gates, the group said.")
    assert actor(ex, "Our Harbour PAC").type == "organization"


def test_a_former_state_is_a_country():
    ex = extract("Looking back.\n\n"
                 "The Soviet Union launched a satellite in 1957. The Soviet Union built dams "
                 "across the region, and the Soviet Union sent engineers abroad.")
    assert actor(ex, "Soviet Union").type == "country"


def test_a_name_before_a_plural_for_events_is_their_modifier():
    ex = extract("Harbour news.\n\n"
                 "The Green Tide protests against the port are an exception. The Green Tide protests drew "
                 "crowds in Northport.")
    assert "Green Tide" not in names(ex)


def test_a_body_that_never_acts_is_where_things_happen():
    # (One the opening names is what the story is about, and stays.)
    ex = extract("Convention week.\n\n"
                 "Jane Roe won the nomination on Monday. \"We will win,\" Roe said.\n\n"
                 "Tom Hale spoke at the HNC on Tuesday, and his speech drew cheers. \"We are ready,\" Hale said.\n\n"
                 "Roe also spoke at the HNC, and delegates left the HNC late on Wednesday.")
    assert "HNC" not in names(ex)


def test_a_bare_plural_that_speaks_is_the_group_its_noun_heads():
    ex = extract("Harbour court.\n\n"
                 "Prosecutors charged the driver with theft on Monday, and prosecutors said more charges would "
                 "follow.\n\n"
                 "On Friday, Northport County prosecutors said they would drop one charge.")
    groups = [a for a in ex.actors if a.type == "group"]
    assert [g.name for g in groups] == ["Northport County prosecutors"]


def test_a_bare_plural_two_named_groups_share_is_neither_ones():
    ex = extract("Harbour vote.\n\n"
                 "Harbour County voters backed the plan on Monday, and Northport County voters rejected it.\n\n"
                 "Voters said the port mattered most.")
    assert not [p for p in ex.positions if p.stance == "the port mattered most"]


def test_the_holder_of_a_post_two_hold_is_not_guessed():
    ex = extract("Morning talk.\n\n"
                 "The candidate spoke with Joe Doe, a Morning Show host, and later with Mika Roe, a Morning Show "
                 "host, on Monday.\n\n"
                 "\u201cHe is fun, he is an interesting guy,\u201d the host said.")
    assert speaker(ex, "He is fun") not in ("Joe Doe", "Mika Roe")


def test_a_name_opened_by_an_owner_is_a_bodys():
    # (After "from" a name nothing shows to be a body's is taken for a place.)
    assert is_organization_name("Our Harbour PAC")


def test_a_group_named_by_a_place_that_opens_with_new_keeps_the_word():
    ex = extract("Primary day.\n\n"
                 "New Jersey voters lined up early on Tuesday, and New Jersey voters said the economy mattered "
                 "most.\n\n"
                 "Turnout was high across the state, officials said.")
    assert [a.name for a in ex.actors if a.type == "group"] == ["New Jersey voters"]


def test_what_someone_holds_a_post_in_is_a_body():
    ex = extract("Merger talks.\n\n"
                 "Piet Vale, the chief executive of Kestrel Marlow, agreed on Monday to sell Kestrel Marlow to "
                 "a rival for $8 billion. Vale said the deal was good.\n\n"
                 "Kestrel Marlow rejected an offer last year. Kestrel Marlow has since cut costs.")
    assert actor(ex, "Kestrel Marlow").type == "organization"


def test_the_one_a_lawyer_serves_is_no_body():
    ex = extract("Trial.\n\n"
                 "Zorvan Quist denied the charge. \"I did nothing,\" Quist said.\n\n"
                 "Tom Hale, the lawyer of Zorvan Quist, said the case was weak.")
    assert actor(ex, "Zorvan Quist").type == "person"


def test_words_before_a_name_that_open_a_clause_give_it_no_role():
    ex = extract("Running mates.\n\n"
                 "Jane Roe won the primary on Tuesday. \"We did it,\" Roe said.\n\n"
                 "Many Democrats think that no plan Jane Roe could offer would cut port fees.")
    assert actor(ex, "Jane Roe").role is None


def test_a_title_word_after_an_auxiliary_is_a_verb():
    ex = extract("Running mates.\n\n"
                 "Jane Roe won the primary on Tuesday. \"We did it,\" Roe said.\n\n"
                 "Tom Hale said he would counsel Jane Roe to wait a year before she runs again.")
    assert actor(ex, "Jane Roe").role is None


def test_the_kind_of_body_before_its_name_is_not_part_of_it():
    ex = extract("Ad war.\n\n"
                 "The pro-Roe super PAC Harbour Action Fund started a new radio campaign on Monday. The super PAC "
                 "Harbour Action Fund said it would spend more in May.")
    assert names(ex) == {"Harbour Action Fund"}


def test_a_post_the_story_says_was_held_before_is_a_former_one():
    ex = extract("Port plan.\n\n"
                 "Jane Roe, who served as mayor of Northport from 2001 to 2009, said the port should close. "
                 "\"It is time,\" Roe said.\n\n"
                 "Tom Hale, who was the harbour master until May, said he agreed. \"She is right,\" Hale said.")
    assert actor(ex, "Jane Roe").role == "former mayor of Northport"
    assert actor(ex, "Tom Hale").role == "former harbour master"


def test_a_post_held_until_a_time_to_come_is_held_still():
    ex = extract("Port plan.\n\n"
                 "Tom Hale, who is the harbour master until May, said the port should close. \"It is time,\" Hale said.")
    assert actor(ex, "Tom Hale").role == "harbour master"


def test_a_body_of_five_words_after_of_is_a_role():
    ex = extract("Rates.\n\n"
                 "But as Karl Brun of the Northport Evening Times points out, the plan has support. Brun said "
                 "the vote was close.")
    assert actor(ex, "Karl Brun").role == "of the Northport Evening Times"


def test_a_body_after_of_may_follow_an_adjective():
    ex = extract("Rates.\n\n"
                 "\"The plan is weak,\" says Tom Hale of the non-partisan Harbour Policy Report. \"It will fail,\" "
                 "Hale said.")
    assert actor(ex, "Tom Hale").role == "of the non-partisan Harbour Policy Report"


def test_a_description_before_a_long_relative_clause_is_a_role():
    ex = extract("Court fight.\n\n"
                 "\"We will fight on,\" said Mark Doe, a Northport lawyer who has brought dozens of cases "
                 "against the new port rules in state and federal courts since 2019 on behalf of the fishermen and "
                 "dock workers of the northern coast.")
    assert actor(ex, "Mark Doe").role == "Northport lawyer"


def test_a_post_told_by_a_verb_after_an_adverb_is_a_role():
    ex = extract("Gym.\n\n"
                 "Dan Reed, who now runs the Northport Bakery, said the shop would stay open. \"We bake at dawn,\" "
                 "Reed said.")
    assert actor(ex, "Dan Reed").role == "head of the Northport Bakery"


def test_the_title_a_full_name_comes_with_outweighs_one_a_surname_had_before():
    ex = extract("Inquiry.\n\n"
                 "Tom Hale worked for President Roe for six years.\n\n"
                 "Democratic presidential candidate Jane Roe said Wednesday she wants an inquiry, and Roe said she "
                 "would press for one.")
    assert actor(ex, "Jane Roe").role == "Democratic presidential candidate"


def test_a_person_a_campaign_post_is_for_stays_a_person():
    ex = extract("Canvass.\n\n"
                 "Volunteers for the Jane Roe campaign knocked on doors in Northport. Roe said the port would grow. "
                 "\"We will win,\" Roe said.\n\n"
                 "Tom Hale, state director for Roe, said the crowd was large.")
    assert actor(ex, "Jane Roe").type == "person"


def test_a_title_word_after_to_may_be_a_title():
    ex = extract("Contracts.\n\n"
                 "The mayor has found no way out of the contracts, according to spokesperson Ann Ray. \"We looked,\" "
                 "Ray told reporters.")
    assert actor(ex, "Ann Ray").role == "spokesperson"


def test_kin_named_together_get_no_role():
    ex = extract("Donors.\n\n"
                 "The farmer brothers Tom Hale and Ed Hale backed the plan. Tom Hale said the port would grow, "
                 "and Ed Hale said so too.")
    assert actor(ex, "Tom Hale").role is None
    assert actor(ex, "Ed Hale").role is None


def test_a_credit_glued_to_a_title_is_no_part_of_the_role():
    ex = extract("Town hall.\n\n"
                 "Northport 5pm via Harbour ImagesDemocratic mayoral candidates Jane Roe and Mark Doe met voters on "
                 "Monday. Roe said the port needed money. Doe said he disagreed.")
    assert actor(ex, "Jane Roe").role == "mayoral candidate"


def test_a_former_post_in_someones_service_says_whose_first():
    ex = extract("Aides.\n\n"
                 "Ann Lee, who served as Jane Roe's chief of staff, said the plan was sound. \"It will work,\" Lee "
                 "said.")
    assert actor(ex, "Ann Lee").role == "Jane Roe's former chief of staff"


def test_a_brand_with_a_capital_inside_stays_in_the_role():
    ex = extract("Leaks.\n\n"
                 "HarbourLeaks founder Jane Roe said the files were real. \"They are real,\" Roe said.")
    assert actor(ex, "Jane Roe").role == "HarbourLeaks founder"


def test_an_occupation_written_before_a_name_is_a_role():
    # Not only officials' titles: the trades and sciences news quotes people for.
    ex = extract("Storm worries.\n\n"
                 "\"Talk about it with your family,\" epidemiologist Tom Birch says. \"Then rest.\"\n\n"
                 "\"Keep a routine,\" therapist Ann Ray said.")
    assert actor(ex, "Tom Birch").role == "epidemiologist"
    assert actor(ex, "Ann Ray").role == "therapist"


def test_a_body_classified_by_a_common_noun_after_of_is_a_role():
    ex = extract("Harbour vote.\n\n"
                 "\"The mayor has a long week ahead,\" said Tom Birch of polling firm Kestrel Data on Monday.")
    assert actor(ex, "Tom Birch").role == "of polling firm Kestrel Data"


def test_a_full_stop_closing_a_paragraph_stays_out_of_the_body_a_person_is_of():
    ex = extract("Harbour vote.\n\n"
                 "\"The mayor has a long week ahead,\" said Tom Birch of Kestrel Data.\n\n"
                 "\"The port is ready,\" said Ann Ray of the KDX.")
    assert actor(ex, "Tom Birch").role == "of Kestrel Data"
    assert actor(ex, "Ann Ray").role == "of the KDX"


def test_one_of_a_people_speaking_unnamed_is_a_person():
    ex = extract("Primary race.\n\n"
                 "Tom Birch spoke in Dallas on Monday. \"We will win this state,\" the Texan said.")
    assert actor(ex, "Texan").type == "person"
    assert actor(ex, "Texan").named is False


def test_a_surname_alone_is_the_person_whose_name_ends_in_a_generation():
    # (and his father and grandfather of the same name, the generation apart, are others)
    ex = extract("Sunday notes.\n\n"
                 "During the service, assistant pastor Tom Birch III asked the crowd to stand. "
                 "\"He was our friend,\" Birch said.\n\n"
                 "His father, the Rev. Tom Birch Jr., knew the boxer for decades. "
                 "\"He gave so much,\" Birch Jr. said.\n\n"
                 "\"We will miss him,\" said the Rev. Tom Birch, the pastor's grandfather.")
    assert speaker(ex, "He was our friend") == "Tom Birch III"
    assert speaker(ex, "He gave so much") == "Tom Birch Jr"
    assert speaker(ex, "We will miss him") == "Tom Birch"


def test_an_owner_pronoun_before_a_role_is_left_out_of_it():
    # ("His" on the person's own page would point at no one.)
    ex = extract("Harbour vote.\n\n"
                 "Mayor Ann Ray spoke at the docks on Monday.\n\n"
                 "Her campaign manager, Tom Birch, said the race was close. His wife, Lea Birch, said "
                 "the same.")
    assert actor(ex, "Tom Birch").role == "campaign manager"
    assert actor(ex, "Lea Birch").role == "His wife"  # what she is only to him
