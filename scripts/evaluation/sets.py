"""The shared evaluation sets, their fixed dev / set-aside split, their scorers and the extractor run."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType, SimpleNamespace

REPO = Path(__file__).resolve().parents[2]
PARTS = ("dev", "aside")


def set_aside(article_id: str) -> bool:
    """True for the fifth of the articles that developers do not read while writing rules.

    The rule depends on the id alone, so an article keeps its part when sets grow or are reordered,
    and the set-aside figures stay a fair estimate of how rules do on articles nobody has read.
    """
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 5 == 0


def split(records: list[dict]) -> dict[str, list[dict]]:
    """The records of each part, by their "id"."""
    return {"dev": [r for r in records if not set_aside(r["id"])],
            "aside": [r for r in records if set_aside(r["id"])]}


def load_scorers(folder: Path) -> SimpleNamespace:
    """The shared scorers as modules. Each is registered under its own name before the next is
    loaded, so score_briefings and score_positions share this score_quotes."""
    modules: dict[str, ModuleType] = {}
    for name in ("score_quotes", "score_briefings", "score_positions"):
        spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        modules[name] = module
    return SimpleNamespace(quotes=modules["score_quotes"], briefings=modules["score_briefings"],
                           positions=modules["score_positions"])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_texts(records: list[dict], folder: Path) -> None:
    """Each record's text as <id>.txt, byte for byte (CRLF line ends included)."""
    folder.mkdir(parents=True, exist_ok=True)
    for record in records:
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8", newline="")


def extract(root: Path, backend: str = "builtin", env: dict[str, str] | None = None,
            log: list[str] | None = None) -> dict[tuple[str, ...], list[dict]]:
    """The briefings of every article under `root`, keyed by the article's folder relative to it.

    One run of `briefings extract` over everything, so its worker processes start once; `env` is
    its environment (the llm backend's server, model and key), and `log` receives what it printed
    on standard error (the llm backend's token use).
    """
    predictions: dict[tuple[str, ...], list[dict]] = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        result = subprocess.run([sys.executable, "-m", "generator", "extract", "--backend", backend, "--format",
                                 "jsonl", str(root)],
                                stdout=out, stderr=subprocess.PIPE, text=True, check=False, cwd=REPO, env=env)
        if result.returncode != 0:
            sys.exit(f"briefings extract failed:\n{result.stderr}")
        sys.stderr.write(result.stderr)
        if log is not None:
            log.append(result.stderr)
        out.seek(0)
        for line in out:
            briefing = json.loads(line)
            key = Path(briefing["source"]["path"]).parent.relative_to(root).parts
            predictions.setdefault(key, []).append(briefing)
    return predictions


def non_verbatim(briefings: list[dict]) -> int:
    """Quotes that are not a substring of the paragraph they are given in."""
    return sum(q["text"] not in b["paragraphs"][q["paragraph"] - 1] for b in briefings for q in b["quotes"])


def repeated_positions(briefings: list[dict]) -> int:
    """Positions whose stance another position of the same actor in the same briefing contains."""
    count = 0
    for briefing in briefings:
        stances = [(p["actor"], p["stance"].lower()) for p in briefing["positions"]]
        count += sum(any(i != j and actor == other and stance in longer
                         for j, (other, longer) in enumerate(stances))
                     for i, (actor, stance) in enumerate(stances))
    return count


def grounding(briefings: list[dict]) -> dict[str, int]:
    """The llm backend's grounding counts summed over `briefings`, with how many briefings the model
    made and how many the built-in backend made instead, after the model gave no usable answer."""
    totals = {"by_model": 0, "fell_back": 0}
    for briefing in briefings:
        generator = briefing["generator"]
        if generator["backend"] != "llm":
            totals["fell_back"] += 1
            continue
        totals["by_model"] += 1
        for name, count in (generator.get("grounding") or {}).items():
            totals[name] = totals.get(name, 0) + count
    return totals
