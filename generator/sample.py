"""A small invented collection that uses every field, for `briefings check` to render every template
against: a name or attribute a template reads that no page would give it shows there, before a
build meets it on a real page."""

from __future__ import annotations

import datetime as dt

from .schema import Actor, Briefing, GeneratorInfo, Position, Quote, Source

_SHA = "0" * 64
_ACTORS = (
    Actor(id="ada-north", name="Ada North", type="person", role="harbour master", aliases=("North",)),
    Actor(id="port-board", name="Port Board", type="organization"),
    Actor(id="spokesman", name="a spokesman", type="person", named=False),
)
_PARAGRAPHS = (
    "The Port Board approved the new tariffs on Monday.",
    "Ada North, the harbour master, said the plan was \"a fair deal\". \"We will open the docks at dawn,\" she said.",
    "\"Nothing changes for ferries,\" a spokesman said, while others warned of delays.",
)


def sample_briefings() -> list[Briefing]:
    """Two briefings, one dated and reviewed, one undated, sharing actors and a keyword."""
    dated = Briefing(
        id="sample-tariffs", title="Port Board approves tariffs", date=dt.date(2024, 5, 6),
        source=Source(path="seeds/sample-tariffs.txt", sha256=_SHA, url="https://example.org/tariffs",
                      author="Sam Writer", publisher="The Harbour Gazette"),
        summary="The Port Board approved the new tariffs.", generator=GeneratorInfo("builtin", "0"),
        paragraphs=_PARAGRAPHS, keywords=("tariffs", "Port Board"), actors=_ACTORS,
        positions=(Position("port-board", "approved the new tariffs", "support", 1, 0.9),
                   Position("ada-north", "the plan was \"a fair deal\"", "claim", 2, 0.8)),
        quotes=(Quote("a fair deal", "ada-north", 2, partial=True, confidence=0.8),
                Quote("We will open the docks at dawn,", "ada-north", 2, key=True, confidence=0.9),
                Quote("Nothing changes for ferries,", None, 3, confidence=0.5)),
        reviewed=True)
    undated = Briefing(
        id="sample-ferries", title="Ferries keep their timetable", date=None,
        source=Source(path="seeds/sample-ferries.txt", sha256=_SHA), summary="Ferries keep their timetable.",
        generator=GeneratorInfo("builtin", "0"), paragraphs=_PARAGRAPHS[1:], keywords=("tariffs",),
        actors=_ACTORS[:2], positions=(Position("ada-north", "will open the docks", "action", 1, 0.7),),
        quotes=(Quote("We will open the docks at dawn,", "ada-north", 1, confidence=0.9),))
    return [dated, undated]
