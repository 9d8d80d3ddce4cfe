"""Identity across briefings: which actors of different briefings are one actor, and why."""

from __future__ import annotations

import datetime as dt

from conftest import make_briefing
from generator.identity import core_name, resolve
from generator.indexing import Collection
from generator.register import Register, RegisterEntry
from generator.schema import Actor, slugify


def person(name: str, **fields) -> Actor:
    return Actor(id=slugify(name), name=name, type="person", **fields)


def organisation(name: str, **fields) -> Actor:
    return Actor(id=slugify(name), name=name, type="organization", **fields)


def view(*casts: tuple[Actor, ...], register: Register | None = None):
    """The identity view of one briefing per cast, the first the newest."""
    briefings = [make_briefing(id=f"b{number}", date=dt.date(2022, 1, 30) - dt.timedelta(days=number),
                               actors=cast, positions=(), quotes=())
                 for number, cast in enumerate(casts)]
    collection = Collection.of(briefings)
    return resolve(collection.entries, register), {e.id: e for e in collection.entries}


def page_of(found, entry_id: str, actor_id: str) -> str | None:
    identities, entries = found
    entry = entries[entry_id]
    return dict(zip((m[0] for m in entry.actors), identities.keys(entry)))[actor_id]


def test_titles_and_party_labels_are_not_part_of_a_persons_name():
    assert core_name("Republican Donald Harwick", "person") == ("Donald Harwick", "Republican")
    assert core_name("Vice President Jane Roe", "person") == ("Jane Roe", "Vice President")
    assert core_name("Sen. Roe", "person") == ("Roe", "Sen.")


def test_a_name_with_a_party_label_joins_the_same_name_without_it():
    found = view((person("Jane Roe"),), (person("Republican Jane Roe"),))
    assert page_of(found, "b1", "republican-jane-roe") == "jane-roe"
    assert found[0].actors["jane-roe"].name == "Jane Roe"


def test_a_surname_joins_the_full_name_of_its_own_briefing_even_when_typed_an_organisation_there():
    found = view((person("Jane Roe", aliases=("Roe",)), organisation("Roe")))
    assert page_of(found, "b0", "roe") == "jane-roe"
    assert found[0].actors["jane-roe"].type == "person"


def test_a_surname_joins_the_one_full_name_the_collection_knows():
    found = view((person("Roe"),), (person("Jane Roe"),))
    assert page_of(found, "b0", "roe") == "jane-roe"


def test_a_surname_of_two_full_names_stays_on_its_own_and_is_a_candidate_merge():
    found = view((person("Roe"),), (person("Jane Roe"),), (person("Tom Roe"),))
    assert page_of(found, "b0", "roe") == "roe"
    candidate = next(c for c in found[0].candidates if c.key == "roe")
    assert {key for key, _, _ in candidate.others} == {"jane-roe", "tom-roe"}


def test_a_surname_of_two_full_names_joins_the_one_the_briefings_mostly_call_so():
    jane = person("Jane Roe", aliases=("Roe",))
    tom = person("Tom Roe", aliases=("Roe",))
    found = view((person("Roe"),), (jane,), (jane,), (jane,), (jane,), (tom,))
    assert page_of(found, "b0", "roe") == "jane-roe"
    assert "in 4 of the 5 briefings" in found[0].actors["jane-roe"].joins[0].reason


def test_a_surname_joins_the_full_name_of_its_own_briefing_before_the_collections():
    tom = person("Tom Roe", aliases=("Roe",))
    jane = person("Jane Roe", aliases=("Roe",))
    found = view((tom, person("Roe")), (jane,), (jane,), (jane,), (jane,))
    assert page_of(found, "b0", "roe") == "tom-roe"


def test_a_middle_initial_joins_the_same_first_name_and_surname():
    found = view((person("Jane Q. Roe"),), (person("Jane Roe"),))
    assert page_of(found, "b0", "jane-q-roe") == page_of(found, "b1", "jane-roe")


def test_two_middle_names_for_one_first_name_and_surname_stay_apart():
    found = view((person("Jane Q. Roe"),), (person("Jane X. Roe"),), (person("Jane Roe"),))
    assert page_of(found, "b0", "jane-q-roe") == "jane-q-roe"
    assert page_of(found, "b1", "jane-x-roe") == "jane-x-roe"


def test_an_actor_has_the_type_most_of_its_briefings_give_it():
    found = view((organisation("White House"),), (person("White House"),), (organisation("White House"),))
    assert found[0].actors["white-house"].type == "organization"


def test_an_organisations_leading_the_is_not_part_of_its_name():
    found = view((organisation("The Daily Courier"),), (organisation("Daily Courier"),))
    assert page_of(found, "b0", "the-daily-courier") == page_of(found, "b1", "daily-courier") == "daily-courier"


def test_a_body_named_before_its_field_is_the_body_named_after_it():
    found = view((organisation("U.S. Department of Justice"),), (organisation("Justice Department"),))
    assert page_of(found, "b1", "justice-department") == "u-s-department-of-justice"


def test_the_name_shown_is_the_one_most_briefings_use():
    found = view((person("Jane Q. Roe"),), (person("Jane Roe"),), (person("Jane Roe"),))
    assert found[0].actors["jane-roe"].name == "Jane Roe"


def test_every_join_says_why():
    identities, _ = view((person("Roe"),), (person("Republican Jane Roe"),), (person("Jane Roe"),))
    reasons = {join.id: join.reason for join in identities.actors["jane-roe"].joins}
    assert reasons == {"roe": "‘Roe’ is the end of one full name in the collection",
                       "republican-jane-roe": "the same name once ‘Republican’ is left out"}


def test_ids_a_register_entry_merges_are_its_actor_in_every_briefing():
    register = Register({"jane-roe": RegisterEntry("jane-roe", merge=("jr",), line=1)})
    found = view((person("JR"),), (person("Jane Roe"),), register=register)
    assert page_of(found, "b0", "jr") == "jane-roe"


def test_ids_a_register_entry_keeps_apart_are_not_joined_by_the_rules():
    register = Register({"roe": RegisterEntry("roe", apart=("jane-roe",), line=1)})
    found = view((person("Roe"),), (person("Jane Roe"),), register=register)
    assert page_of(found, "b0", "roe") == "roe"


def test_a_hidden_actor_has_no_page_in_any_briefing():
    register = Register({"jane-roe": RegisterEntry("jane-roe", hidden=True, line=1)})
    found = view((person("Roe"),), (person("Jane Roe"),), register=register)
    assert page_of(found, "b0", "roe") is None and page_of(found, "b1", "jane-roe") is None


def test_actors_of_one_type_whose_names_words_are_all_in_anothers_are_candidate_merges():
    identities, _ = view((organisation("Tarrow"),), (organisation("Tarrow Research Center"),))
    candidate = identities.candidates[0]
    assert (candidate.key, candidate.others) == ("tarrow", (("tarrow-research-center", "Tarrow Research Center", 1),))


def test_an_actor_named_by_another_name_the_register_gives_an_actor_joins_it():
    register = Register({"jane-roe": RegisterEntry("jane-roe", aliases=("The Mayor of Valmora",), line=1)})
    found = view((person("The Mayor of Valmora"),), (person("Jane Roe"),), register=register)
    assert page_of(found, "b0", "the-mayor-of-valmora") == "jane-roe"
