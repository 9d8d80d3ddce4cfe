"""The seed article against the facts a careful reader takes from it (shared/eval/seed-gold.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.reading import read_article

REPO = Path(__file__).parents[1]
SEED = REPO / "seeds" / "000_9dabb97fc56b4ed9.txt"
GOLD = Path(__file__).parents[2] / "shared" / "eval" / "seed-gold.yaml"

pytestmark = pytest.mark.skipif(not GOLD.exists() or not SEED.exists(), reason="seed gold not available")


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extraction():
    return BuiltinBackend().extract(clean(read_article(SEED)))


def _actor(extraction, name):
    return next((a for a in extraction.actors if a.name == name), None)


def _speaker_name(extraction, quote):
    found = next((a for a in extraction.actors if a.id == quote.speaker), None)
    return found.name if found else None


def _norm(text):
    return text.replace("’", "'")


def test_every_gold_quote_is_found_with_its_speaker(gold, extraction):
    for item in gold["quotes"]:
        found = [q for q in extraction.quotes if _norm(q.text) == _norm(item["text"])]
        assert found, f"missing quote {item['text'][:40]!r}"
        assert not found[0].partial
        assert _speaker_name(extraction, found[0]) == item["speaker"]


def test_gold_fragment_is_a_partial_quote_with_its_speaker(gold, extraction):
    for item in gold["fragments"]:
        found = [q for q in extraction.quotes if q.text == item["text"]]
        assert found and found[0].partial
        assert _speaker_name(extraction, found[0]) == item["speaker"]


def test_no_other_quotes(gold, extraction):
    assert len(extraction.quotes) == len(gold["quotes"]) + len(gold["fragments"])


def test_key_quotes_are_the_full_quotes(extraction):
    assert [q.text[:10] for q in extraction.quotes if q.key] == [
        q.text[:10] for q in extraction.quotes if not q.partial]


def test_people_have_their_gold_roles(extraction):
    assert _actor(extraction, "Andrey Turchak").role == "senior member of Russia’s ruling party"
    assert _actor(extraction, "Vladimir Putin").role == "Russian President"
    assert "head of" in _actor(extraction, "Denis Pushilin").role
    assert "People’s Republic of Donetsk" in _actor(extraction, "Denis Pushilin").role


def test_gold_actors_are_found_with_their_types(gold, extraction):
    required = {"Denis Pushilin", "Andrey Turchak", "Vladimir Putin", "Russia", "Ukraine",
                "Western countries", "separatists"}
    for item in gold["actors"]:
        if item["name"] in required:
            found = _actor(extraction, item["name"])
            assert found is not None, f"missing actor {item['name']}"
            assert found.type == item["type"]


def test_russia_has_moscow_as_alias(extraction):
    assert "Moscow" in _actor(extraction, "Russia").aliases


def test_pushilin_has_his_short_name_as_alias(extraction):
    assert "Pushilin" in _actor(extraction, "Denis Pushilin").aliases


def test_no_actor_from_the_photo_caption(extraction):
    text = " ".join(a.name + " " + " ".join(a.aliases) for a in extraction.actors)
    assert "Ermochenko" not in text and "REUTERS" not in text


def test_gold_positions_of_western_countries_and_ukraine(extraction):
    def stances(name):
        return [p for p in extraction.positions if p.actor == _actor(extraction, name).id]
    assert any(p.polarity == "deny" and "recapturing territory by force" in p.stance for p in stances("Ukraine"))
    assert any("rejected" in p.stance for p in stances("Ukraine"))
    assert any("illegal" in p.stance for p in stances("Western countries"))
    assert any("sanctions on Moscow" in p.stance for p in stances("Western countries"))


def test_pushilin_positions(extraction):
    pushilin = _actor(extraction, "Denis Pushilin").id
    stances = " | ".join(p.stance for p in extraction.positions if p.actor == pushilin)
    assert "establish its borders peacefully with Ukraine" in stances
    assert "in favor of dialogue" in stances
    assert "reserved the right" in stances


def test_turchak_position(extraction):
    turchak = _actor(extraction, "Andrey Turchak").id
    assert any("no force in the world" in p.stance for p in extraction.positions if p.actor == turchak)


def test_title_is_short_and_from_the_article(extraction):
    assert 3 <= len(extraction.title.split()) <= 12
    assert "Wednesday" not in extraction.title


def test_summary_names_the_main_actor(extraction):
    assert "Denis Pushilin" in extraction.summary and len(extraction.summary.split()) <= 70
