"""Properties that hold for any text: extraction never raises, stays linear, and its output is
consistent (verbatim quotes, known actors, existing paragraphs) and survives a YAML round trip.

The example count is modest so the suite stays quick; `HYPOTHESIS_PROFILE=fuzz` runs a long
session (see the README's development notes). Inputs that once crashed are kept below as
explicit examples.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.cleaning import clean
from generator.errors import ArticleError
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article
from generator.schema import dump_briefing, parse_briefing
from generator.making import make_briefing
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from evaluation.adversarial import adversarial_inputs  # noqa: E402

settings.register_profile("default", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

BACKEND = BuiltinBackend()

# Words and marks news attribution turns on, so random text exercises the rules, not only the
# fallbacks; mixed with arbitrary Unicode below.
TOKENS = ['"', "“", "”", "«", "»", "„", "‚", "'", "‘", "’", "—", "–", "-", ":", ",", ".", ";", "(", ")",
          "\n", "\n\n", "said", "says", "told", "added", "according to", "he", "she", "they", "it", "his",
          "Mr.", "Mrs.", "Dr.", "President", "Minister", "Prime", "the", "a", "of", "and", "who", "heads",
          "John", "Smith", "Maria", "Okafor", "Ministry", "Party", "Council", "Court", "Union", "EU", "U.S.",
          "Russia", "Moscow", "Russian", "separatists", "officials", "Western", "countries", "spokesman",
          "senior", "official", "denies", "rejected", "wants", "warned", "accused", "Monday", "January",
          "2022", "date", "By", "Photo", "Reuters", "2 of 3", "We", "will", "win", "not", "#", "*", "[x]",
          "(javascript:alert(1))", "<script>", "{{ x }}", "\u200b", "\u202e", "é", "Путин", "李"]

news_like = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=120).map(" ".join)
texts = st.one_of(news_like, st.text(max_size=400))


def extract(text: str):
    """Extraction of `text`; None when reading rejects it with its one clear error (e.g. empty)."""
    try:
        document = clean(parse_article(Path("a.txt"), text.encode("utf-8")))
    except ArticleError:
        return None
    return document, BACKEND.extract(document)


def check_consistent(text: str) -> None:
    result = extract(text)
    if result is None:
        return
    document, extraction = result
    paragraphs = {p.number: p.text for p in document.paragraphs}
    actor_ids = [a.id for a in extraction.actors]
    assert len(actor_ids) == len(set(actor_ids))
    for quote in extraction.quotes:
        assert quote.paragraph in paragraphs
        assert quote.text and quote.text in paragraphs[quote.paragraph]
        assert quote.speaker is None or quote.speaker in actor_ids
        assert 0 <= quote.confidence <= 1
    for position in extraction.positions:
        assert position.paragraph in paragraphs
        assert position.actor in actor_ids
    if document.paragraphs:
        briefing = make_briefing(document, extraction, BACKEND, "x", "seeds/x.txt")
        text_out = dump_briefing(briefing)
        assert parse_briefing(Path("x.yaml"), text_out) == briefing


@given(texts)
@example('"')
@example('“ said Mr. ”\n\n“')
@example("« »")
@example('said "" said')
@example('said "a b" said "a b" ')  # a speaker phrase of spaces only (IndexError, fixed)
@example("Mr.  M< M: M")  # a role with two spaces in a row, which the loader reads back as one (fixed)
def test_any_text_gives_a_consistent_briefing_that_round_trips(text):
    check_consistent(text)


@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=300).map(" ".join))
@example('" " " \u200b "')  # a title of two spaces in a row, which the loader reads back as one (fixed)
def test_attribution_heavy_text_gives_a_consistent_briefing(text):
    check_consistent(text)


def test_unicode_line_breaks_inside_a_paragraph_survive_the_yaml_round_trip():
    # Found by fuzzing: YAML reads U+0085 as a line break, so cleaning makes it a space.
    for text in ("0\x850", "a\u2028b", "a\u2029b"):
        check_consistent(text)


@pytest.mark.parametrize("name", sorted(adversarial_inputs(1)))
def test_an_adversarial_input_gives_a_consistent_briefing(name):
    # How the time grows with the text is measured by `scripts/evaluate.py --linearity`, not here.
    check_consistent(adversarial_inputs(200_000)[name])
