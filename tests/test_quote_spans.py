"""Which quoted spans are quotes: where the marks pair up and which spans are speech rather than
titles, names or scare quotes. One behaviour per test, on small hand-written articles."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article


def quotes(text: str) -> list[str]:
    extraction = BuiltinBackend().extract(clean(parse_article(Path("t.txt"), text.encode())))
    return [q.text for q in extraction.quotes]


# -- Pairing the marks ------------------------------------------------------------------------------

def test_a_pull_quote_ends_with_its_speakers_name_outside_the_quote():
    text = ("Mayor Jane Holt spoke at the opening.\n\n"
            "\"We will rebuild every bridge in this city before the winter comes.\n\n"
            "Jane Holt, mayor of Springfield.\"")
    assert quotes(text) == ["We will rebuild every bridge in this city before the winter comes."]
