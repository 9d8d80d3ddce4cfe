"""Measure the built-in backend on the shared evaluation sets and print one table of figures.

Writes each PolNeAR record (quotes-dev.jsonl) and each Wikinews article (articles-dev/*.json,
text only) to a temporary .txt file named by its id, runs `briefings extract --format jsonl` over
each folder, scores the output with the sets' own scorers, and times the extraction step alone,
in process, over all articles.

    .venv/bin/python scripts/evaluate.py [--shared PATH] [--keep DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.cleaning import clean
from generator.extraction.builtin import BuiltinBackend
from generator.reading import read_article

REPO = Path(__file__).resolve().parents[1]


def write_polnear(gold: Path, folder: Path) -> int:
    count = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
            count += 1
    return count


def write_wikinews(gold_dir: Path, folder: Path) -> int:
    count = 0
    for path in sorted(gold_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
        count += 1
    return count


def run_extract(folder: Path, out: Path) -> None:
    """The briefings of a folder as JSON Lines, written by the command-line tool."""
    result = subprocess.run([sys.executable, "-m", "generator", "extract", "--format", "jsonl", str(folder)],
                            capture_output=True, text=True, check=False, cwd=REPO)
    if result.returncode != 0:
        sys.exit(f"briefings extract failed:\n{result.stderr}")
    out.write_text(result.stdout, encoding="utf-8")


def score(scorer: Path, gold: Path, predictions: Path) -> dict:
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(predictions), "--json"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{scorer.name} failed:\n{result.stderr}")
    return json.loads(result.stdout)


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


def pick(data: dict, *keys: str):
    for key in keys:
        if key in data:
            return data[key]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared folder holding eval/ (default: ../shared from the repository)")
    parser.add_argument("--keep", type=Path, help="also write the predictions here")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="time the extraction N times and report the best pass (default 1)")
    args = parser.parse_args()
    evaluation = args.shared / "eval"

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        polnear_dir, wikinews_dir = tmp / "polnear", tmp / "wikinews"
        polnear_dir.mkdir()
        wikinews_dir.mkdir()
        n_polnear = write_polnear(evaluation / "quotes-dev.jsonl", polnear_dir)
        n_wikinews = write_wikinews(evaluation / "articles-dev", wikinews_dir)
        polnear_pred, wikinews_pred = tmp / "polnear.jsonl", tmp / "wikinews.jsonl"
        run_extract(polnear_dir, polnear_pred)
        run_extract(wikinews_dir, wikinews_pred)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / "polnear.jsonl").write_text(polnear_pred.read_text(encoding="utf-8"), encoding="utf-8")
            (args.keep / "wikinews.jsonl").write_text(wikinews_pred.read_text(encoding="utf-8"), encoding="utf-8")
        quotes = score(evaluation / "score_quotes.py", evaluation / "quotes-dev.jsonl", polnear_pred)
        briefings = score(evaluation / "score_briefings.py", evaluation / "articles-dev", wikinews_pred)
        words, speed = words_per_second([polnear_dir, wikinews_dir], args.repeat)
        non_verbatim = count_non_verbatim([polnear_pred, wikinews_pred])

    rows = [
        (f"PolNeAR dev ({n_polnear} articles)", "", ""),
        ("  quotes exact P / R / F1", _prf(quotes, "exact"), "F1 >= 0.96"),
        ("  quotes lenient P / R / F1", _prf(quotes, "lenient"), ""),
        ("  speaker accuracy (attributable)", _f(pick(quotes, "speaker_accuracy_attributable")), ">= 0.90"),
        ("  speaker accuracy (all matched)", _f(pick(quotes, "speaker_accuracy")), ""),
        ("  speaker accuracy (named)", _f(pick(quotes, "speaker_accuracy_named")), ""),
        (f"Wikinews dev ({n_wikinews} articles)", "", ""),
        ("  quotes exact P / R / F1", _prf(briefings, "exact"), ""),
        ("  quotes lenient P / R / F1", _prf(briefings, "lenient"), "F1 >= 0.95"),
        ("  speaker accuracy", _f(pick(briefings, "speaker_accuracy")), ">= 0.92"),
        ("  actors P / R / F1", _prf(briefings, "actor"), "F1 >= 0.85"),
        ("  actor type accuracy", _f(pick(briefings, "actor_type_accuracy")), ">= 0.90"),
        ("  role coverage", _f(pick(briefings, "role_coverage")), ">= 0.80"),
        ("Both", "", ""),
        ("  non-verbatim quotes", str(non_verbatim), "0"),
        ("  extraction speed (words/s)", f"{speed:,.0f} over {words:,} words" + (f" (best of {args.repeat})" if args.repeat > 1 else ""), ">= 100,000"),
    ]
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value'.ljust(value_width)}  target")
    for label, value, target in rows:
        print(f"{label.ljust(width)}  {value.ljust(value_width)}  {target}")


def _f(value) -> str:
    return "n/a" if value is None else f"{value:.4f}"


def _prf(data: dict, prefix: str) -> str:
    for name in (prefix, f"quote_{prefix}"):
        if f"{name}_precision" in data:
            return f"{data[f'{name}_precision']:.4f} / {data[f'{name}_recall']:.4f} / {data[f'{name}_f1']:.4f}"
    return "n/a"


def count_non_verbatim(predictions: list[Path]) -> int:
    bad = 0
    for path in predictions:
        for line in path.read_text(encoding="utf-8").splitlines():
            briefing = json.loads(line)
            paragraphs = briefing["paragraphs"]
            bad += sum(q["text"] not in paragraphs[q["paragraph"] - 1] for q in briefing["quotes"])
    return bad


if __name__ == "__main__":
    main()
