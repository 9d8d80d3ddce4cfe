"""Speaker accuracy by the attribution rule that found each speaker: which rules are right less often
than the others. Briefings do not record the rule, so the dev articles are extracted again here, in
this process, keeping each quote's `Attributed.path`; each gold quote is then classified as
errors.quote_outcomes classifies it, with the scorer's own matching and speaker rule."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

from generator.cleaning import clean
from generator.extraction.assembly import assemble
from generator.extraction.attribution import attribute
from generator.extraction.discourse import read_document
from generator.reading import parse_article

from . import errors

NO_RULE = "none (no speaker given)"


def speaker_paths(sq: ModuleType, records: list[dict]) -> dict[str, dict[str, int]]:
    """For each rule, the outcomes of the attributable gold quotes it gave a speaker to; gold
    quotes matched by a quote with no speaker fall under NO_RULE."""
    by_path: dict[str, Counter] = {}
    for record in records:
        document = clean(parse_article(Path(f"{record['id']}.txt"), record["text"].encode("utf-8")))
        if not document.paragraphs:
            continue
        reading = read_document(document)
        found = attribute(reading)
        extraction = assemble(document, reading, found)
        path_of = {(q.span.paragraph, q.span.text): q.path for q in found if q.speaker is not None}
        names = {actor.id: actor.name for actor in extraction.actors}
        quotes = [{"text": q.text, "speaker": names.get(q.speaker, q.speaker)} for q in extraction.quotes]
        forms = {actor.name: {actor.name, *actor.aliases} for actor in extraction.actors}
        pairs = dict(sq.match_record(record["quotes"], quotes, "lenient"))
        for i, gold in enumerate(record["quotes"]):
            j = pairs.get(i)
            if j is None or gold.get("speaker_origin") not in errors.ATTRIBUTABLE:
                continue
            quote = extraction.quotes[j]
            path = path_of.get((quote.paragraph, quote.text), NO_RULE) if quote.speaker else NO_RULE
            outcome = errors.speaker_outcome(sq, gold, quotes[j]["speaker"], forms, record["text"])
            by_path.setdefault(path, Counter())[outcome] += 1
    return {path: dict(counts) for path, counts in sorted(by_path.items(), key=lambda p: -sum(p[1].values()))}
