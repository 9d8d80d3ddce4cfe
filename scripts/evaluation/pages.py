"""Reading saved web pages, scored on tests/pages/: each page's cleaned paragraphs against the
paragraphs its NAME.yaml expects, the furniture it names, and the metadata it gives."""

from __future__ import annotations

from pathlib import Path

import yaml

from .sets import REPO

PAGES = REPO / "tests" / "pages"
FIELDS = ("title", "date", "author", "source", "url")


def score(folder: Path = PAGES) -> dict:
    """Paragraph precision (extracted paragraphs that are expected ones) and recall (expected
    paragraphs extracted), over all pages together, with the furniture left and the metadata found."""
    from generator.cleaning import clean
    from generator.reading import read_article

    extracted = expected = matched = found = furniture = furniture_left = fields = fields_right = 0
    pages = sorted(folder.glob("*.yaml"))
    for gold_file in pages:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        article = read_article(next(folder.glob(f"{gold_file.stem}.htm*")))
        paragraphs = [p.text for p in clean(article).paragraphs]
        extracted += len(paragraphs)
        expected += len(gold["paragraphs"])
        matched += sum(p in gold["paragraphs"] for p in paragraphs)
        found += sum(p in paragraphs for p in gold["paragraphs"])
        text = "\n".join(paragraphs)
        furniture += len(gold["furniture"])
        furniture_left += sum(piece in text for piece in gold["furniture"])
        values = {"title": article.title, "date": article.date and article.date.isoformat(),
                  "author": article.author, "source": article.source, "url": article.url}
        checked = [key for key in FIELDS if key in gold]
        fields += len(checked)
        fields_right += sum(values[key] == gold[key] for key in checked)
    return {"pages": len(pages), "expected_paragraphs": expected, "extracted_paragraphs": extracted,
            "paragraph_precision": matched / extracted if extracted else 0.0,
            "paragraph_recall": found / expected if expected else 0.0,
            "furniture": furniture, "furniture_left": furniture_left,
            "metadata_fields": fields, "metadata_right": fields_right}


def table(figures: dict) -> str:
    rows = [("saved pages", f"{figures['pages']}"),
            ("expected / extracted paragraphs", f"{figures['expected_paragraphs']} / {figures['extracted_paragraphs']}"),
            ("paragraph precision", f"{figures['paragraph_precision']:.3f}"),
            ("paragraph recall", f"{figures['paragraph_recall']:.3f}"),
            ("furniture pieces left in the text", f"{figures['furniture_left']} of {figures['furniture']}"),
            ("metadata fields right", f"{figures['metadata_right']} of {figures['metadata_fields']}")]
    width = max(len(label) for label, _ in rows)
    lines = ["Saved web pages (tests/pages/)", f"| {'figure'.ljust(width)} | value |",
             f"|{'-' * (width + 2)}|-------|"]
    return "\n".join([*lines, *(f"| {label.ljust(width)} | {value} |" for label, value in rows)])
