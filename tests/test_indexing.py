"""Indexing actors from entries, and keeping their records from one index to the next."""

from __future__ import annotations

import dataclasses
import datetime as dt

from conftest import make_briefing
from generator.identity import resolve
from generator.indexing import ActorMemo, Collection
from generator.indexing import index_actors as index_with_memo
from generator.schema import Actor

KELLER = Actor(id="anna-keller", name="Anna Keller", type="person", role="mediator")
MINISTRY = Actor(id="ministry", name="Defence Ministry", type="organization")
RIVERA = Actor(id="luis-rivera", name="Luis Rivera", type="person", role="minister")


def entries(*briefings):
    return Collection.of(briefings).entries


def index_actors(entries, memo=None):
    return index_with_memo(entries, resolve(entries), memo)


def briefing(number: int, *actors: Actor, **overrides):
    return make_briefing(id=f"b{number:02d}", date=dt.date(2022, 1, 1) + dt.timedelta(days=number),
                         actors=actors, positions=(), quotes=(), **overrides)


def seen(records) -> list[tuple]:
    """Everything a page can show of each record."""
    return [(r.slug, r.path, r.name, r.type, r.briefing_ids, r.details, r.token) for r in records]


def index_again(first, second) -> tuple[list, ActorMemo]:
    """Index `first` with a memo, then `second` with what it kept."""
    memo = ActorMemo()
    for record in index_actors(first, memo):
        assert record.token
    again = ActorMemo(memo.current())
    return index_actors(second, again), again


def test_records_kept_from_the_last_index_equal_records_made_afresh():
    first = entries(briefing(0, KELLER, MINISTRY), briefing(1, KELLER, RIVERA), briefing(2, MINISTRY))
    second = entries(briefing(0, KELLER, MINISTRY), briefing(1, KELLER, RIVERA, summary="Edited."),
                     briefing(2, MINISTRY), briefing(3, RIVERA, dataclasses.replace(KELLER, role="envoy")))
    kept, _ = index_again(first, second)
    assert seen(kept) == seen(index_actors(second))


def test_an_actor_whose_briefings_did_not_change_keeps_its_token_without_working_out_its_details():
    first = entries(briefing(0, KELLER, MINISTRY), briefing(1, RIVERA))
    second = entries(briefing(0, KELLER, MINISTRY), briefing(1, RIVERA, summary="Edited."))
    records, _ = index_again(first, second)
    keller, rivera = (next(r for r in records if r.slug == slug) for slug in ("anna-keller", "luis-rivera"))
    assert keller.token and "details" not in vars(keller)
    assert rivera.token and "details" in vars(rivera)


def test_actors_named_with_a_renamed_actor_show_its_new_name():
    renamed = dataclasses.replace(MINISTRY, name="Ministry of Defence")
    first = entries(briefing(0, KELLER, MINISTRY))
    second = entries(briefing(0, KELLER, MINISTRY), briefing(1, renamed))
    records, _ = index_again(first, second)
    keller = next(r for r in records if r.slug == "anna-keller")
    assert [c.name for c in keller.details.companions] == ["Ministry of Defence"]
    assert seen(records) == seen(index_actors(second))


def test_a_memo_from_an_index_of_other_briefings_changes_no_record():
    first = entries(briefing(0, KELLER, MINISTRY, title="Another story"), briefing(5, RIVERA))
    second = entries(briefing(0, KELLER, MINISTRY), briefing(1, KELLER, RIVERA))
    kept, _ = index_again(first, second)
    assert seen(kept) == seen(index_actors(second))
