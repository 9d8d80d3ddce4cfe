"""The evaluation script's pieces: the fixed split and the error classes.

Everything runs on small hand-written examples; the tests that need the shared scorers skip when
../shared is not there.
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO, SHARED

sys.path.insert(0, str(REPO / "scripts"))
from evaluation import errors, sets  # noqa: E402

SCORERS = SHARED / "eval"
needs_scorers = pytest.mark.skipif(not (SCORERS / "score_quotes.py").exists(), reason="needs ../shared/eval")


@pytest.fixture(scope="module")
def scorers():
    return sets.load_scorers(SCORERS)


# --------------------------------------------------------------------------- the split

def test_the_set_aside_part_depends_on_the_id_alone():
    assert [sets.set_aside(f"article-{n}") for n in range(7)] == [True, False, False, False, True, False, True]
    records = [{"id": f"article-{n}"} for n in range(7)]
    parts = sets.split(records)
    assert [r["id"] for r in parts["aside"]] == ["article-0", "article-4", "article-6"]
    assert sorted(parts["dev"] + parts["aside"], key=records.index) == records
    assert sets.split(list(reversed(records)))["aside"] == list(reversed(parts["aside"]))


def test_about_a_fifth_of_the_articles_is_set_aside():
    share = sum(sets.set_aside(f"wire-{n:05d}") for n in range(5000)) / 5000
    assert 0.18 < share < 0.22


# --------------------------------------------------------------------------- the error classes

CLASSIFIED = ("Headline here\n\n"
              "\"We will win the vote,\" said Jane Smith. Bob Hale watched.\n\n"
              "\"The plan is dead,\" he said.\n\n"
              "\"Taxes must fall now,\" said the mayor.\n\n"
              "\"Nobody listens to us,\" a resident said. Carl Moss was away.\n\n"
              "\"It will rain all week,\" she said.\n\n"
              "Jane Smith said \"this one is never found.\"")


def classified_gold() -> dict:
    quotes = [("We will win the vote,", "Jane Smith", "source-name"),
              ("The plan is dead,", "Jane Smith", "coref-name"),
              ("Taxes must fall now,", "the mayor", "source-text"),
              ("Nobody listens to us,", "a resident", "source-text"),
              ("It will rain all week,", "she", "pronoun"),
              ("this one is never found.", "Jane Smith", "source-name")]
    return {"id": "a1", "text": CLASSIFIED,
            "quotes": [{"start": CLASSIFIED.index(t), "end": CLASSIFIED.index(t) + len(t), "text": t,
                        "speaker": s, "speaker_origin": o} for t, s, o in quotes]}


CLASSIFIED_BRIEFING = {
    "source": {"path": "somewhere/a1.txt"},
    "actors": [{"id": "jane", "name": "Jane Smith", "aliases": []},
               {"id": "rob", "name": "Robert Hale", "aliases": ["Bob Hale"]},
               {"id": "carl", "name": "Carl Moss", "aliases": []},
               {"id": "dana", "name": "Dana Wolf", "aliases": []}],
    "quotes": [{"text": "We will win the vote, said Jane", "speaker": "jane"},
               {"text": "The plan is dead,", "speaker": "rob"},
               {"text": "Taxes must fall now,", "speaker": None},
               {"text": "Nobody listens to us,", "speaker": "carl"},
               {"text": "It will rain all week,", "speaker": "dana"},
               {"text": "an invented quote", "speaker": "jane"}]}


@needs_scorers
def test_each_gold_quote_gets_one_outcome_by_its_speaker_origin(scorers):
    result = errors.quote_outcomes(scorers.quotes, [classified_gold()], [CLASSIFIED_BRIEFING])
    assert result["by_origin"] == {
        "coref-name": {errors.ELSEWHERE: 1},
        "pronoun": {errors.NOT_NAMED: 1},
        "source-name": {errors.RIGHT_SPEAKER: 1, errors.MISSED: 1},
        "source-text": {errors.NO_SPEAKER: 1, errors.SAME_PARAGRAPH: 1}}
    assert (result["predicted"], result["spurious"], result["matched_not_exact"]) == (6, 1, 1)


@needs_scorers
def test_the_outcomes_add_up_to_the_scorers_figures(scorers):
    gold = classified_gold()
    result = errors.quote_outcomes(scorers.quotes, [gold], [CLASSIFIED_BRIEFING])
    score = scorers.quotes.score([gold], [CLASSIFIED_BRIEFING])
    outcomes = [n for counts in result["by_origin"].values() for n in counts.values()]
    matched = sum(outcomes) - sum(c.get(errors.MISSED, 0) for c in result["by_origin"].values())
    right = sum(c.get(errors.RIGHT_SPEAKER, 0) for c in result["by_origin"].values())
    assert matched == score["lenient_tp"] and right / matched == score["speaker_accuracy"]
    assert result["predicted"] - result["spurious"] == score["lenient_tp"]
    assert score["lenient_tp"] - score["exact_tp"] == result["matched_not_exact"]


@needs_scorers
def test_actor_errors_follow_the_scorers_matching(scorers):
    gold = {"id": "b1", "text": "", "gold": {"quotes": [], "fragments": [], "actors": [
        {"name": "Jane Smith", "type": "person", "role": "mayor", "aliases": []},
        {"name": "City Council", "type": "organization", "role": None, "aliases": []},
        {"name": "Harbour Party", "type": "organization", "role": "opposition party", "aliases": []},
        {"name": "a resident", "type": "person", "role": None, "aliases": [], "named": False}]}}
    briefing = {"source": {"path": "b1.txt"}, "quotes": [], "actors": [
        {"id": "1", "name": "Smith", "type": "person", "role": "", "aliases": []},
        {"id": "2", "name": "City Council", "type": "group", "role": None, "aliases": []},
        {"id": "3", "name": "Monday", "type": "other", "role": None, "aliases": []},
        {"id": "4", "name": "resident", "type": "person", "role": None, "aliases": ["a resident"]}]}
    result = errors.actor_errors(scorers.briefings, scorers.quotes, [gold], [briefing])
    assert result["predicted"] == {"person": 1, "group": 1, "other": 1}
    assert {k: n for k, n in result["false_positive"].items() if n} == {"other": 1}
    assert result["missed"] == {"organization": 1}
    assert result["wrong_type"] == {"organization": 1} and result["type_confusions"] == {"organization -> group": 1}
    assert result["with_role"] == {"person": 1} and result["role_missing"] == {"person": 1}
    score = scorers.briefings.score([gold], [briefing])
    assert score["actor_precision"] == round(1 - 1 / 3, 4) and score["actor_tp"] == 2
