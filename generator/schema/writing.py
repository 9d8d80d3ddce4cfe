"""Writing a briefing as YAML: block style, a fixed key order and no line wrapping, so that
summarising an unchanged article again gives byte-identical output and a person's edit shows as a
small diff; a checksum in the generator block reveals edits by hand, and a first comment line tells
editors where the JSON Schema is."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from typing import Any

from .json_schema import BRIEFING_SCHEMA
from .model import Briefing, Source
from .yaml_text import yaml_text

# The checksum line under `generator:`, never a file's first line: a search for the line break before
# it is six times faster than trying the pattern at every line start.
_CHECKSUM_LINE = re.compile(r"(?m)\n  checksum: ([0-9a-f]{64})$")
_PLACEHOLDER = "f" * 64  # a hex string YAML writes unquoted
# The YAML language server (in VS Code, Neovim, Helix, Zed and others) validates and completes a file
# against the JSON Schema its modeline names, relative to the file: here the one shipped with the
# package, from the content/ folder beside it in the repository. The same for every project, so that
# the same briefing gives the same bytes wherever it is written.
MODELINE = f"# yaml-language-server: $schema=../generator/schema/{BRIEFING_SCHEMA}\n"

def _source(source: Source) -> dict[str, Any]:
    """The source block; author and publisher only when known, so that the briefings of plain text
    articles, which rarely say, do not carry two empty lines each."""
    written: dict[str, Any] = {"path": source.path, "sha256": source.sha256, "url": source.url}
    written.update((key, value) for key, value in (("author", source.author), ("publisher", source.publisher))
                   if value is not None)
    return written


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain data in the schema's key order (dates stay `datetime.date`)."""
    return {
        "schema": briefing.schema,
        "id": briefing.id,
        "title": briefing.title,
        "date": briefing.date,
        "reviewed": briefing.reviewed,
        "source": _source(briefing.source),
        "summary": briefing.summary,
        "keywords": list(briefing.keywords),
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "role": a.role,
                    "aliases": list(a.aliases), "named": a.named} for a in briefing.actors],
        "positions": [{"actor": p.actor, "stance": p.stance, "polarity": p.polarity,
                       "paragraph": p.paragraph, "confidence": p.confidence} for p in briefing.positions],
        "quotes": [{"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph,
                    "partial": q.partial, "key": q.key, "confidence": q.confidence}
                   for q in briefing.quotes],
        "generator": _generator(briefing),
        "paragraphs": list(briefing.paragraphs),
    }


def _generator(briefing: Briefing) -> dict[str, Any]:
    info = briefing.generator
    data: dict[str, Any] = {"backend": info.backend, "version": info.version}
    if info.grounding is not None:
        data["grounding"] = dataclasses.asdict(info.grounding)
    return data


def briefing_to_json(briefing: Briefing) -> str:
    data = briefing_to_dict(briefing)
    data["date"] = briefing.date.isoformat() if briefing.date else None
    return json.dumps(data, ensure_ascii=False)


def dump_briefing(briefing: Briefing) -> str:
    """The briefing as YAML text after the modeline, with a checksum of both that reveals later edits
    by hand."""
    data = briefing_to_dict(briefing)
    data["generator"]["checksum"] = _PLACEHOLDER
    text = MODELINE + yaml_text(data)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _CHECKSUM_LINE.sub(f"\n  checksum: {digest}", text, count=1)


def was_edited(text: str) -> bool:
    """True when a briefing file is no longer exactly as the generator wrote it."""
    found = _CHECKSUM_LINE.search(text)
    if not found:
        return True
    original = text[:found.start(1)] + _PLACEHOLDER + text[found.end(1):]
    return hashlib.sha256(original.encode("utf-8")).hexdigest() != found.group(1)
