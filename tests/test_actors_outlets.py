"""Outlets, wires and companies among the actors: an outlet that only carries what others said is
no actor, and a body with a name unlike a person's is not typed one. Small hand-written articles,
one behaviour per test."""

from __future__ import annotations

from tests.extracting import actor, extract, names


def test_a_company_named_with_a_business_word_is_an_organization():
    ex = extract("Port deal stalls.\n\n"
                 "The council approved the harbour plan on Monday after a long debate.\n\n"
                 "\"We see no risk here,\" Cornerstone Partners said. Bellwether Capital said it was pleased, "
                 "and Kestrel Logistics said it would build a depot.\n\n"
                 "Cornerstone Partners and Bellwether Capital will pay for the new quay, Kestrel Logistics said.")
    assert actor(ex, "Cornerstone Partners").type == "organization"
    assert actor(ex, "Bellwether Capital").type == "organization"
    assert actor(ex, "Kestrel Logistics").type == "organization"


def test_a_name_set_after_a_newspaper_noun_is_the_newspaper():
    ex = extract("Harbour plan rushed, critics say.\n\n"
                 "The council approved the harbour plan on Monday.\n\n"
                 "The editor of the town's oldest newspaper, La Voce Nuova, said the vote was rushed and called "
                 "for a new one.")
    assert actor(ex, "La Voce Nuova").type == "organization"


def test_an_outlet_named_only_as_the_interviewer_is_no_actor():
    ex = extract("Mayor defends port plan.\n\n"
                 "Mayor Jane Roe defended the port plan on Monday.\n\n"
                 "Roe was interviewed on the subject by the Valley Herald on Tuesday. She said the port would open in May.\n\n"
                 "In her interview with the Valley Herald, Roe said the council would vote again.")
    assert "Valley Herald" not in names(ex)


def test_a_news_agency_written_with_its_article_is_no_actor():
    ex = extract("Roe leads the tally.\n\n"
                 "Jane Roe leads with 700 delegates in a tally kept by The Press Association.\n\n"
                 "Her rival trails with 150, The Press Association tally shows. Roe said she was pleased.")
    assert "The Press Association" not in names(ex)


def test_the_members_named_after_a_body_s_initials_are_a_group():
    ex = extract("Party members cheer the plan.\n\n"
                 "The party's leader, Jane Roe, unveiled the plan on Monday. \"It is a good plan,\" Roe said.\n\n"
                 "HPPers said they would back it. \"We are all in,\" HPPers said at the rally.")
    assert actor(ex, "HPPers").type == "group"
