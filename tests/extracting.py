"""What the extraction tests share: one small article extracted, and its actors and quotes looked up
by name or by the words a quote starts with, failing with what there was instead."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction import Extraction
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article


def extract(text: str) -> Extraction:
    return BuiltinBackend().extract(clean(parse_article(Path("t.txt"), text.encode())))


def names(ex: Extraction) -> set[str]:
    return {a.name for a in ex.actors}


def actor(ex: Extraction, name: str):
    found = [a for a in ex.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in ex.actors]}"
    return found[0]


def quote(ex: Extraction, start: str):
    found = [q for q in ex.quotes if q.text.startswith(start)]
    assert found, f"no quote starting {start!r} in {[q.text for q in ex.quotes]}"
    return found[0]


def speaker(ex: Extraction, start: str) -> str | None:
    """The name of the speaker of the first quote starting with `start`, or None when it has none."""
    q = quote(ex, start)
    return next((a.name for a in ex.actors if a.id == q.speaker), None)
