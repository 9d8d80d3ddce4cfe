"""Error tables: what becomes of each gold quote and actor, classified with the scorers' own matching
so that the classes add up to the figures the scorers report. Only ever run on the dev part."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType

MISSED = "missed"
RIGHT_SPEAKER = "matched, right speaker"
NO_SPEAKER = "matched, no speaker"
SAME_PARAGRAPH = "wrong speaker, named in the quote's paragraph"
ELSEWHERE = "wrong speaker, named elsewhere in the article"
NOT_NAMED = "wrong speaker, not named in the text"
QUOTE_OUTCOMES = (MISSED, RIGHT_SPEAKER, NO_SPEAKER, SAME_PARAGRAPH, ELSEWHERE, NOT_NAMED)
# Bands of a predicted speaker's confidence, highest first: (label, lowest confidence in the band).
CONFIDENCE_BANDS = (("0.85 and above", 0.85), ("0.70 to 0.85", 0.70), ("0.50 to 0.70", 0.50), ("below 0.50", 0.0))
# The origins whose gold names a speaker (as the scorer's "attributable" figure counts them).
ATTRIBUTABLE = frozenset(("source-name", "coref-name", "source-text"))


def quote_outcomes(sq: ModuleType, gold_records: list[dict], briefings: list[dict]) -> dict:
    """Each gold quote's outcome by its speaker_origin, with score_quotes' lenient matching and
    speaker rule; how often a speaker given to an attributable gold quote is right in each band
    of its confidence; the predictions no gold quote matched; and the matched quotes whose text
    does not match exactly."""
    predicted: dict[str, tuple[list, list]] = {}
    for briefing in briefings:
        record_id, quotes, actors = sq.parse_prediction(briefing)
        # (parse_prediction keeps the briefing's quote objects in order; each keeps its confidence.)
        confidences = [q.get("confidence") for q in briefing.get("quotes") or [] if isinstance(q, dict)]
        entry = predicted.setdefault(record_id, ([], []))
        entry[0].extend({**q, "confidence": c} for q, c in zip(quotes, confidences))
        entry[1].extend(actors)
    by_origin: dict[str, Counter] = {}
    by_confidence: dict[str, Counter] = {label: Counter() for label, _ in CONFIDENCE_BANDS}
    spurious = n_predicted = not_exact = 0
    for gold in gold_records:
        gold_quotes = gold.get("quotes") or []
        quotes, actors = predicted.get(gold["id"], ([], []))
        pairs = dict(sq.match_record(gold_quotes, quotes, "lenient"))
        exact = {i for i, _ in sq.match_record(gold_quotes, quotes, "exact")}
        forms = speaker_forms(actors)
        n_predicted += len(quotes)
        spurious += len(quotes) - len(pairs)
        for i, quote in enumerate(gold_quotes):
            j = pairs.get(i)
            outcome = MISSED if j is None else speaker_outcome(sq, quote, quotes[j]["speaker"], forms, gold["text"])
            by_origin.setdefault(quote.get("speaker_origin") or "unknown", Counter())[outcome] += 1
            if j is not None and outcome != NO_SPEAKER and quote.get("speaker_origin") in ATTRIBUTABLE:
                by_confidence[confidence_band(quotes[j].get("confidence"))][outcome == RIGHT_SPEAKER] += 1
            not_exact += j is not None and i not in exact
    return {"by_origin": {origin: dict(counts) for origin, counts in sorted(by_origin.items())},
            "by_confidence": {band: {"right": c[True], "wrong": c[False]} for band, c in by_confidence.items()},
            "predicted": n_predicted, "spurious": spurious, "matched_not_exact": not_exact}


def confidence_band(confidence: object) -> str:
    value = confidence if isinstance(confidence, (int, float)) else 0.0
    return next(label for label, low in CONFIDENCE_BANDS if value >= low)


def speaker_forms(actors: list[dict]) -> dict[str, set[str]]:
    """Actor name → the name and aliases, which is how a predicted speaker may appear in the text."""
    forms: dict[str, set[str]] = {}
    for actor in actors:
        if actor.get("name"):
            names = [actor["name"], *(a for a in actor.get("aliases") or [] if isinstance(a, str))]
            forms.setdefault(actor["name"], set()).update(names)
    return forms


def speaker_outcome(sq: ModuleType, gold_quote: dict, speaker: str | None, forms: dict[str, set[str]],
                    text: str) -> str:
    if sq.speaker_match(gold_quote.get("speaker"), speaker):
        return RIGHT_SPEAKER
    if not sq.normalise(speaker):
        return NO_SPEAKER
    names = {n for n in (sq.normalise(f) for f in forms.get(speaker, {speaker})) if n}
    if _named(sq, names, paragraph_at(text, gold_quote["start"])):
        return SAME_PARAGRAPH
    return ELSEWHERE if _named(sq, names, text) else NOT_NAMED


def paragraph_at(text: str, offset: int) -> str:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return text[0 if start < 0 else start + 2:len(text) if end < 0 else end]


def _named(sq: ModuleType, names: set[str], text: str) -> bool:
    folded = sq.normalise(text)
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded) for name in names)


def actor_errors(sb: ModuleType, sq: ModuleType, gold_docs: list[dict], briefings: list[dict]) -> dict:
    """Per type: predicted actors no gold actor matched (by predicted type), gold actors missed,
    matched ones with another type and matched ones lacking the gold's role (by gold type), with
    score_briefings' actor matching. Gold actors marked unnamed, and predictions matched to them,
    are left out as the scorer leaves them out."""
    predicted: dict[str, list[dict]] = {}
    for briefing in briefings:
        record_id, _, actors = sq.parse_prediction(briefing)
        predicted.setdefault(record_id, []).extend(actors)
    counts = {key: Counter() for key in ("predicted", "false_positive", "gold", "missed", "matched",
                                         "wrong_type", "with_role", "role_missing")}
    confusions: Counter = Counter()
    for doc in gold_docs:
        gold = doc["gold"].get("actors") or []
        actors = predicted.get(doc["id"], [])
        pairs = dict(sb.match_actors(gold, actors))
        to_unnamed = {j for i, j in pairs.items() if gold[i].get("named", True) is False}
        matched = set(pairs.values())
        for j, actor in enumerate(actors):
            if j not in to_unnamed:
                kind = _type(actor)
                counts["predicted"][kind] += 1
                counts["false_positive"][kind] += j not in matched
        for i, actor in enumerate(gold):
            if actor.get("named", True) is False:
                continue
            kind = actor.get("type") or "none"
            counts["gold"][kind] += 1
            if i not in pairs:
                counts["missed"][kind] += 1
                continue
            found = actors[pairs[i]]
            counts["matched"][kind] += 1
            if _type(found) != kind:
                counts["wrong_type"][kind] += 1
                confusions[f"{kind} -> {_type(found)}"] += 1
            if actor.get("role"):
                counts["with_role"][kind] += 1
                role = found.get("role")
                counts["role_missing"][kind] += not (role.strip() if isinstance(role, str) else "")
    return {**{key: dict(c) for key, c in counts.items()}, "type_confusions": dict(confusions.most_common())}


def _type(actor: dict) -> str:
    # As score_briefings compares types.
    return str(actor.get("type") or "").strip().lower() or "none"
