"""Measure the built-in backend on the shared evaluation sets and print tables of figures.

Writes every PolNeAR record of quotes-dev-large.jsonl and every Wikinews article of articles-dev/
(text only) to a temporary <id>.txt, runs `briefings extract --format jsonl` once over them all,
scores the output with the sets' own scorers (imported from the shared folder) and times the
extraction step alone, in process.

Each set is split by a fixed rule (evaluation/sets.py): a fifth of the articles is set aside and
not read while writing rules, and every figure is given for both parts with their gap, which
estimates how far the rules fit the articles that were read. The error tables cover the dev part
only. --styles also scores the dev parts rewritten in other house styles (evaluation/styles.py).

    .venv/bin/python scripts/evaluate.py [--shared PATH] [--part dev|aside|both] [--styles]
                                         [--keep DIR] [--json] [--repeat N] [--paths]
    .venv/bin/python scripts/evaluate.py --pages [--json]
    .venv/bin/python scripts/evaluate.py --backend llm --base-url URL --model NAME [--api-key-env VAR]
                                         [--limit N] [--part ...] [--json]

--backend llm measures a language model the same way, with the llm backend in its default hybrid
mode: the built-in backend's quotes and speakers, the model's summaries, roles and positions. Its
table adds what the checks against the articles dropped or repaired, and the tokens the server
reported. --limit N scores the first N articles of each set and part only, as a model may take
seconds an article.

--paths adds a table of the PolNeAR dev speakers by the attribution rule that found each one (the
rule is not in the briefings, so the dev articles are extracted again in process).

--pages scores, instead, the reading of the saved web pages of tests/pages/ (evaluation/pages.py):
paragraph precision and recall against the paragraphs each page's NAME.yaml expects.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from evaluation import adversarial, errors, pages, paths, report, sets, styles

# The virtual environment may have been installed from another checkout; time this one's extractor,
# as `briefings extract`, started in this checkout, runs it too.
sys.path.insert(0, str(sets.REPO))
from generator.cleaning import clean  # noqa: E402
from generator.extraction.builtin import BuiltinBackend  # noqa: E402
from generator.reading import parse_article, read_article  # noqa: E402

SETS = ("polnear", "wikinews")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=sets.REPO.parent / "shared",
                        help="the shared folder holding eval/ (default: ../shared from the repository)")
    parser.add_argument("--part", choices=("dev", "aside", "both"), default="both",
                        help="which part of each set to score (default: both, with their gap)")
    parser.add_argument("--styles", action="store_true",
                        help="also score the dev parts rewritten in other house styles")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="also write the dev part's predictions here, one file per set and style")
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="time the extraction N times and report the best pass (default 1)")
    parser.add_argument("--linearity", action="store_true",
                        help="also time extraction of adversarial texts at 50 and 200 KB: linear work grows 4 times")
    parser.add_argument("--paths", action="store_true",
                        help="also tabulate PolNeAR dev speakers by the attribution rule that found them "
                             "(extracts the dev articles again, in this process)")
    parser.add_argument("--pages", action="store_true",
                        help="score only the reading of the saved web pages in tests/pages/ (needs the web extra)")
    parser.add_argument("--backend", choices=("builtin", "llm"), default="builtin",
                        help="the backend to measure (default builtin)")
    parser.add_argument("--base-url", help="with --backend llm: the OpenAI-compatible server, such as "
                                           "http://127.0.0.1:11434/v1 (default: BRIEFINGS_LLM_BASE_URL)")
    parser.add_argument("--model", help="with --backend llm: the model's name (default: BRIEFINGS_LLM_MODEL)")
    parser.add_argument("--api-key-env", metavar="VAR",
                        help="with --backend llm: the environment variable that holds the server's key, if it needs one")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N articles of each set and part")
    args = parser.parse_args()
    if args.pages:
        figures = pages.score()
        print(json.dumps(figures, indent=1, sort_keys=True) if args.json else pages.table(figures))
        return
    parts = sets.PARTS if args.part == "both" else (args.part,)
    if args.backend == "llm" and (args.styles or args.linearity or args.paths):
        parser.error("--styles, --linearity and --paths measure the built-in backend only")
    if args.paths and "dev" not in parts:
        parser.error("--paths tabulates the dev part: use --part dev or both")
    figures = evaluate(args.shared / "eval", parts, args.styles, args.keep, args.repeat,
                       backend=args.backend, env=llm_environment(args), limit=args.limit)
    if args.linearity:
        figures["linearity"] = adversarial.growth(extract_text)
    if args.paths:
        scorers = sets.load_scorers(args.shared / "eval")
        records = sets.split(sets.read_jsonl(args.shared / "eval" / "quotes-dev-large.jsonl"))["dev"]
        figures["speaker_paths"] = paths.speaker_paths(scorers.quotes, records[:args.limit])
    if args.json:
        print(json.dumps(figures, indent=1, sort_keys=True))
        return
    tables = [report.figures_table(figures, parts)]
    if "grounding" in figures:
        tables.append(report.grounding_table(figures, parts))
    if "dev" in parts:
        tables += [report.quote_errors_table(figures["quote_errors"], figures["articles"]["polnear"]["dev"]),
                   report.actor_errors_table(figures["actor_errors"], figures["articles"]["wikinews"]["dev"])]
    if args.styles:
        tables.append(report.styles_table(figures["styles"], {s: figures["articles"][s]["dev"] for s in SETS}))
    if args.linearity:
        tables.append(report.linearity_table(figures["linearity"]))
    if args.paths:
        tables.append(report.speaker_paths_table(figures["speaker_paths"], figures["articles"]["polnear"]["dev"]))
    print(f"Split: {figures['split']}; nothing is printed about set-aside articles one by one.\n")
    print("\n\n".join(tables))


def llm_environment(args: argparse.Namespace) -> dict[str, str] | None:
    """The environment `briefings extract` runs in: the server, the model and the key the llm
    backend reads, the key copied from the variable named, never from the command line."""
    if args.backend != "llm":
        return None
    env = dict(os.environ)
    for variable, value in (("BRIEFINGS_LLM_BASE_URL", args.base_url), ("BRIEFINGS_LLM_MODEL", args.model)):
        if value:
            env[variable] = value
    if args.api_key_env:
        if args.api_key_env not in os.environ:
            sys.exit(f"error: {args.api_key_env} is not set (set it to the server's key, or leave out --api-key-env)")
        env["BRIEFINGS_LLM_API_KEY"] = os.environ[args.api_key_env]
    if not env.get("BRIEFINGS_LLM_BASE_URL") or not env.get("BRIEFINGS_LLM_MODEL"):
        sys.exit("error: --backend llm needs --base-url and --model (or BRIEFINGS_LLM_BASE_URL and BRIEFINGS_LLM_MODEL)")
    return env


_TOKENS = re.compile(r"language model .*?: (\d+) answer\(s\) from the server, (\d+) from the cache"
                     r"(?:, \d+ article\(s\) without an answer)?(?:; (\d+) prompt and (\d+) completion tokens)?")


def token_use(log: str) -> dict[str, int]:
    """The answers and tokens the llm backend reported on its last line of standard error."""
    found = _TOKENS.findall(log)
    asked, cached, prompt, completion = (int(v or 0) for v in found[-1]) if found else (0, 0, 0, 0)
    return {"answers": asked, "cached": cached, "prompt_tokens": prompt, "completion_tokens": completion}


def evaluate(folder: Path, parts: tuple[str, ...], with_styles: bool, keep: Path | None, repeat: int,
             backend: str = "builtin", env: dict[str, str] | None = None, limit: int | None = None) -> dict:
    scorers = sets.load_scorers(folder)
    gold = {"polnear": sets.split(sets.read_jsonl(folder / "quotes-dev-large.jsonl")),
            "wikinews": sets.split(scorers.briefings.load_gold(str(folder / "articles-dev")))}
    positions = sets.split(scorers.positions.load_gold(str(folder / "positions-dev"), str(folder / "articles-dev")))
    if limit is not None:
        gold = {s: {part: records[:limit] for part, records in by_part.items()} for s, by_part in gold.items()}
        kept = {part: {d["id"] for d in gold["wikinews"][part]} for part in sets.PARTS}
        positions = {part: [p for p in positions[part] if p["id"] in kept[part]] for part in sets.PARTS}
    extracted = sorted(set(parts) | ({"dev"} if with_styles else set()))
    groups = {(s, part, "plain"): gold[s][part] for s in SETS for part in extracted}
    doubtful = {(s, "plain"): 0 for s in SETS}
    for style in styles.STYLES if with_styles else ():
        for s in SETS:
            groups[(s, "dev", style)], doubtful[(s, style)] = IN_STYLE[s](gold[s]["dev"], style)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for key, records in groups.items():
            sets.write_texts(records, root.joinpath(*key))
        log: list[str] = []
        predictions = sets.extract(root, backend, env, log)
        if backend == "builtin":
            words, speed = words_per_second([root / s / part / "plain" for s in SETS for part in parts], repeat)
    if keep:
        keep_dev_predictions(predictions, keep)

    def scores(set_name: str, part: str, style: str = "plain", located: bool = True) -> dict:
        records = groups[(set_name, part, style)]
        if not located:
            records = [{**record, "text": ""} for record in records]
        briefings = predictions.get((set_name, part, style), [])
        scorer = scorers.quotes if set_name == "polnear" else scorers.briefings
        return {**without_articles(scorer.score(records, briefings)), "non_verbatim": sets.non_verbatim(briefings)}

    figures: dict = {"split": "an article is set aside when int(sha256(id).hexdigest(), 16) % 5 == 0",
                     "articles": {s: {part: len(gold[s][part]) for part in parts} for s in SETS}}
    if backend == "builtin":
        figures["speed"] = {"words": words, "words_per_second": round(speed), "repeat": max(1, repeat)}
    else:
        figures["tokens"] = token_use("".join(log))
        figures["grounding"] = {part: sets.grounding([b for s in SETS for b in predictions.get((s, part, "plain"), [])])
                                for part in parts}
    for part in parts:
        for s in SETS:
            figures.setdefault(s, {})[part] = scores(s, part)
        wikinews = predictions.get(("wikinews", part, "plain"), [])
        figures.setdefault("positions", {})[part] = {
            **without_articles(scorers.positions.score(positions[part], wikinews)[0]),
            "repeated": sum(sets.repeated_positions(predictions.get((s, part, "plain"), [])) for s in SETS)}
        figures.setdefault("non_verbatim", {})[part] = sum(figures[s][part]["non_verbatim"] for s in SETS)
    if "dev" in parts:
        figures["quote_errors"] = errors.quote_outcomes(scorers.quotes, gold["polnear"]["dev"],
                                                        predictions.get(("polnear", "dev", "plain"), []))
        figures["actor_errors"] = errors.actor_errors(scorers.briefings, scorers.quotes, gold["wikinews"]["dev"],
                                                      predictions.get(("wikinews", "dev", "plain"), []))
    if with_styles:
        # score_quotes folds each whole text only to count the predictions it can locate there, a
        # figure the style table leaves out; without the texts it scores several times faster.
        figures["styles"] = {style: {s: {**scores(s, "dev", style, located=False), "doubtful": doubtful[(s, style)]}
                                     for s in SETS}
                             for style in ("plain", *styles.STYLES)}
    return figures


def keep_dev_predictions(predictions: dict[tuple[str, ...], list[dict]], folder: Path) -> None:
    """Each dev group's briefings as <set>-dev-<style>.jsonl; the set-aside ones are not kept, as
    nobody is to read them."""
    folder.mkdir(parents=True, exist_ok=True)
    for key, briefings in predictions.items():
        if key[1] == "dev":
            lines = (json.dumps(b, ensure_ascii=False) + "\n" for b in briefings)
            (folder / f"{'-'.join(key)}.jsonl").write_text("".join(lines), encoding="utf-8")


def polnear_in_style(records: list[dict], style: str) -> tuple[list[dict], int]:
    """The records rewritten in `style`, with the number of gold quotes left in doubt."""
    out, doubtful = [], 0
    for record in records:
        text, quotes, unsure = styles.rewrite_quotes(style, record["text"], record["quotes"])
        out.append({**record, "text": text, "quotes": quotes})
        doubtful += unsure
    return out, doubtful


def wikinews_in_style(docs: list[dict], style: str) -> tuple[list[dict], int]:
    """The articles rewritten in `style`; their gold quotes and fragments move together."""
    out, doubtful = [], 0
    for doc in docs:
        gold = doc["gold"]
        items = (gold.get("quotes") or []) + (gold.get("fragments") or [])
        text, moved, unsure = styles.rewrite_quotes(style, doc["text"], items)
        n_quotes = len(gold.get("quotes") or [])
        out.append({**doc, "text": text, "gold": {**gold, "quotes": moved[:n_quotes], "fragments": moved[n_quotes:]}})
        doubtful += unsure
    return out, doubtful


IN_STYLE = {"polnear": polnear_in_style, "wikinews": wikinews_in_style}


def without_articles(figures: dict) -> dict:
    """Scorer figures without their per-article counts, which must not show set-aside articles."""
    return {k: v for k, v in figures.items() if k != "per_article"}


def extract_text(text: str) -> None:
    """Read, clean and extract `text` as an article file holding it would be."""
    BuiltinBackend().extract(clean(parse_article(Path("adversarial.txt"), text.encode("utf-8"))))


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
