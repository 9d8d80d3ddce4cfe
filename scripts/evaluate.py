"""Measure the built-in backend on the shared evaluation sets and print tables of figures.

Writes every PolNeAR record of quotes-dev-large.jsonl and every Wikinews article of articles-dev/
(text only) to a temporary <id>.txt, runs `briefings extract --format jsonl` once over them all,
scores the output with the sets' own scorers (imported from the shared folder) and times the
extraction step alone, in process.

Each set is split by a fixed rule (evaluation/sets.py): a fifth of the articles is set aside and
not read while writing rules, and every figure is given for both parts with their gap, which
estimates how far the rules fit the articles that were read. The error tables cover the dev part
only.

    .venv/bin/python scripts/evaluate.py [--shared PATH] [--part dev|aside|both] [--keep DIR]
                                         [--json] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from evaluation import errors, report, sets

# The virtual environment may have been installed from another checkout; time this one's extractor,
# as `briefings extract`, started in this checkout, runs it too.
sys.path.insert(0, str(sets.REPO))
from generator.cleaning import clean  # noqa: E402
from generator.extraction.builtin import BuiltinBackend  # noqa: E402
from generator.reading import read_article  # noqa: E402

SETS = ("polnear", "wikinews")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=sets.REPO.parent / "shared",
                        help="the shared folder holding eval/ (default: ../shared from the repository)")
    parser.add_argument("--part", choices=("dev", "aside", "both"), default="both",
                        help="which part of each set to score (default: both, with their gap)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="also write the dev part's predictions here, one file per set")
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="time the extraction N times and report the best pass (default 1)")
    args = parser.parse_args()
    parts = sets.PARTS if args.part == "both" else (args.part,)
    figures = evaluate(args.shared / "eval", parts, args.keep, args.repeat)
    if args.json:
        print(json.dumps(figures, indent=1, sort_keys=True))
        return
    tables = [report.figures_table(figures, parts)]
    if "dev" in parts:
        tables += [report.quote_errors_table(figures["quote_errors"], figures["articles"]["polnear"]["dev"]),
                   report.actor_errors_table(figures["actor_errors"], figures["articles"]["wikinews"]["dev"])]
    print(f"Split: {figures['split']}; nothing is printed about set-aside articles one by one.\n")
    print("\n\n".join(tables))


def evaluate(folder: Path, parts: tuple[str, ...], keep: Path | None, repeat: int) -> dict:
    scorers = sets.load_scorers(folder)
    gold = {"polnear": sets.split(sets.read_jsonl(folder / "quotes-dev-large.jsonl")),
            "wikinews": sets.split(scorers.briefings.load_gold(str(folder / "articles-dev")))}
    positions = sets.split(scorers.positions.load_gold(str(folder / "positions-dev"), str(folder / "articles-dev")))
    groups = {(s, part): gold[s][part] for s in SETS for part in parts}

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for key, records in groups.items():
            sets.write_texts(records, root.joinpath(*key))
        predictions = sets.extract(root)
        words, speed = words_per_second([root / s / part for s in SETS for part in parts], repeat)
    if keep:
        keep_dev_predictions(predictions, keep)

    def scores(set_name: str, part: str) -> dict:
        records = groups[(set_name, part)]
        briefings = predictions.get((set_name, part), [])
        scorer = scorers.quotes if set_name == "polnear" else scorers.briefings
        return {**without_articles(scorer.score(records, briefings)), "non_verbatim": sets.non_verbatim(briefings)}

    figures: dict = {"split": "an article is set aside when int(sha256(id).hexdigest(), 16) % 5 == 0",
                     "articles": {s: {part: len(gold[s][part]) for part in parts} for s in SETS},
                     "speed": {"words": words, "words_per_second": round(speed), "repeat": max(1, repeat)}}
    for part in parts:
        for s in SETS:
            figures.setdefault(s, {})[part] = scores(s, part)
        wikinews = predictions.get(("wikinews", part), [])
        figures.setdefault("positions", {})[part] = without_articles(
            scorers.positions.score(positions[part], wikinews)[0])
        figures.setdefault("non_verbatim", {})[part] = sum(figures[s][part]["non_verbatim"] for s in SETS)
    if "dev" in parts:
        figures["quote_errors"] = errors.quote_outcomes(scorers.quotes, gold["polnear"]["dev"],
                                                        predictions.get(("polnear", "dev"), []))
        figures["actor_errors"] = errors.actor_errors(scorers.briefings, scorers.quotes, gold["wikinews"]["dev"],
                                                      predictions.get(("wikinews", "dev"), []))
    return figures


def keep_dev_predictions(predictions: dict[tuple[str, ...], list[dict]], folder: Path) -> None:
    """Each dev group's briefings as <set>-dev.jsonl; the set-aside ones are not kept, as nobody is
    to read them."""
    folder.mkdir(parents=True, exist_ok=True)
    for key, briefings in predictions.items():
        if key[1] == "dev":
            lines = (json.dumps(b, ensure_ascii=False) + "\n" for b in briefings)
            (folder / f"{'-'.join(key)}.jsonl").write_text("".join(lines), encoding="utf-8")


def without_articles(figures: dict) -> dict:
    """Scorer figures without their per-article counts, which must not show set-aside articles."""
    return {k: v for k, v in figures.items() if k != "per_article"}


def words_per_second(folders: list[Path], repeat: int = 1) -> tuple[int, float]:
    """Words extracted per second, the best of `repeat` timed passes (the machine is shared)."""
    documents = [clean(read_article(p)) for folder in folders for p in sorted(folder.glob("*.txt"))]
    words = sum(len(p.text.split()) for d in documents for p in d.paragraphs)
    backend = BuiltinBackend()
    backend.extract(documents[0])  # the word lists load on first use; time the steady state
    best = 0.0
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for document in documents:
            backend.extract(document)
        best = max(best, words / (time.perf_counter() - start))
    return words, best


if __name__ == "__main__":
    sys.exit(main())
