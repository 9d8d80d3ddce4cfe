"""Writing a briefing as YAML: block style, a fixed key order and no line wrapping, so that
summarising an unchanged article again gives byte-identical output and a person's edit shows as a
small diff; a checksum in the generator block reveals edits by hand, and a first comment line tells
editors where the JSON Schema is."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

import yaml

from .json_schema import BRIEFING_SCHEMA
from .model import Briefing, Source
from .yaml12 import NUMBER_1_2, UNICODE_BREAK

_CHECKSUM_LINE = re.compile(r"(?m)^  checksum: ([0-9a-f]{64})$")
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


class _Dumper(yaml.SafeDumper):
    # Sequences indented under their key read better for people editing the file by hand.
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if UNICODE_BREAK.search(value):
        # YAML 1.1 reads these as line breaks and YAML 1.2 as text: written as escapes, in double
        # quotes, they are the same character to both.
        style = '"'
    elif "\n" in value:
        style = "|"
    elif NUMBER_1_2.fullmatch(value):
        # PyYAML quotes what YAML 1.1 reads as a number; YAML 1.2 reads more text so, such as 1e3.
        style = "'"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)

# libyaml's emitter is about five times faster than PyYAML's, which took three quarters of the time
# of summarising. It cannot indent sequences under their key, so `_indent_sequences` does that on its
# output, which is exact only while every scalar sits on one line: text holding a line feed or a
# carriage return goes through PyYAML's emitter instead (Unicode's own line breaks are escaped in
# one line by both), as does text beyond the Basic Multilingual Plane, which libyaml escapes and
# PyYAML writes as it is.
_FastDumper = type("_FastDumper", (yaml.CSafeDumper,), {}) if hasattr(yaml, "CSafeDumper") else None
if _FastDumper is not None:
    _FastDumper.add_representer(str, _represent_str)
_NOT_FOR_LIBYAML = re.compile("[\n\r\U00010000-\U0010ffff]")


def _yaml_text(data: dict[str, Any]) -> str:
    if _FastDumper is not None and not any(_NOT_FOR_LIBYAML.search(s) for s in _strings(data)):
        return _indent_sequences(yaml.dump(data, Dumper=_FastDumper, sort_keys=False, allow_unicode=True,
                                           default_flow_style=False, width=-1))
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=float("inf"))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _indent_sequences(text: str) -> str:
    """Block YAML whose sequences sit at their key's indentation, with each sequence indented by two
    more spaces, as `_Dumper` writes it. Every scalar must be on one line."""
    lines = []
    sequences: list[int] = []  # the indentation of the "- " of each open sequence, outermost first
    for line in text.split("\n"):
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        item = body.startswith("- ") or body == "-"
        # A sequence ends at a line less indented than its items, or as indented but not an item.
        while sequences and (sequences[-1] > indent or (sequences[-1] == indent and not item)):
            sequences.pop()
        if item and (not sequences or sequences[-1] != indent):
            sequences.append(indent)
        lines.append(" " * (indent + 2 * len(sequences)) + body if body else line)
    return "\n".join(lines)


def dump_briefing(briefing: Briefing) -> str:
    """The briefing as YAML text after the modeline, with a checksum of both that reveals later edits
    by hand."""
    data = briefing_to_dict(briefing)
    data["generator"]["checksum"] = _PLACEHOLDER
    text = MODELINE + _yaml_text(data)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _CHECKSUM_LINE.sub(f"  checksum: {digest}", text, count=1)


def was_edited(text: str) -> bool:
    """True when a briefing file is no longer exactly as the generator wrote it."""
    found = _CHECKSUM_LINE.search(text)
    if not found:
        return True
    original = text[:found.start(1)] + _PLACEHOLDER + text[found.end(1):]
    return hashlib.sha256(original.encode("utf-8")).hexdigest() != found.group(1)
