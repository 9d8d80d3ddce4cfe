"""Gated patterns: the word looked for first never hides a match the pattern alone would find."""

from __future__ import annotations

import re

from generator.gated import Gated, folded

_UNLESS = Gated(("if", "unless"), r"\b(?:if|unless)\b", re.I)


def test_a_text_without_the_words_is_not_searched():
    assert _UNLESS.search("The ferry sails at noon.", folded("The ferry sails at noon.")) is None


def test_a_text_with_the_words_is_searched_as_the_pattern_alone():
    text = "Only IF the ferry sails."
    assert _UNLESS.search(text, folded(text)).group() == "IF"


def test_letters_a_case_blind_pattern_takes_for_ascii_ones_open_the_gate():
    # A dotted or dotless capital I, and a long s, match "i" and "s" when case is ignored.
    for text in ("Only İF the ferry sails.", "Only ıf the ferry sails.", "ſhe said"):
        assert re.search(r"\b(?:if|she)\b", text, re.I)
        assert any(word in folded(text) for word in ("if", "she"))


def test_a_substitution_leaves_a_text_without_the_words_as_it_is():
    text = "The ferry sails at noon."
    assert _UNLESS.sub("", text, folded(text)) is text
