"""What the model is asked: the article with its paragraphs numbered, and the JSON to answer with.

The answer's shape is the briefing's own, made from the same field definitions
(`generator.schema.fields`), restricted to what the model writes; the rest of a briefing (its
source, paragraphs, keywords) comes from the article and the built-in backend. Bump PROMPT_VERSION
whenever the messages or the shape change: it is part of the cache's key and of the backend's version.
"""

from __future__ import annotations

import json
from typing import Any

from ...cleaning import Document
from ...schema.fields import ACTOR, POSITION, QUOTE, Record

PROMPT_VERSION = 1

_ANSWER_FIELDS = {"actor": ("id", "name", "type", "role"), "position": ("actor", "stance", "polarity", "paragraph"),
                  "quote": ("text", "speaker", "paragraph")}
# What grammar-constrained decoders (llama.cpp, Ollama, vLLM) and OpenAI's structured outputs all read.
_PLAIN_KEYS = ("type", "enum", "minimum", "items")

SYSTEM = """You write a briefing of one news article as a single JSON object, and nothing else.
Use only what the article says. Its paragraphs are numbered [1], [2], and so on.
- title: a short headline for the article.
- summary: two or three sentences saying what happened, in your own words.
- actors: the people, organisations, countries and groups that act or speak in the article, each with an id (lower case words joined by hyphens, such as jane-roe), the name the article gives, a type (person, organization, country or group) and the role or title the article gives them, or null.
- positions: what an actor supports, opposes, denies, claims or does, each with the actor's id, the stance in the article's words, a polarity (support, oppose, deny, claim or action) and the number of the paragraph that says it. That paragraph must name the actor or refer to them.
- quotes: the words the article quotes, copied exactly, character for character, without the quotation marks around them, each with the id of the actor who said them (null if the article does not say) and the number of its paragraph.
Never reword a quote, never give a quote or a position to someone the article does not credit with it, and never cite a paragraph that does not exist."""


def messages(document: Document) -> list[dict[str, str]]:
    article = document.article
    head = [f"Title: {article.title}"] if article.title else []
    if article.date:
        head.append(f"Date: {article.date.isoformat()}")
    body = "\n\n".join(f"[{p.number}] {p.text}" for p in document.paragraphs)
    prompt = "\n".join(head + ["", body, "", "The JSON object, with the fields title, summary, actors, positions "
                                             "and quotes:"]).lstrip("\n")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}]


def _plain(value: dict[str, Any]) -> dict[str, Any]:
    return {key: value[key] for key in _PLAIN_KEYS if key in value}


def _items(record: Record) -> dict[str, Any]:
    names = _ANSWER_FIELDS[record.name]
    fields = {f.name: f for f in record.fields}
    return {"type": "object", "properties": {name: _plain(fields[name].value) for name in names},
            "required": list(names), "additionalProperties": False}


def answer_schema() -> dict[str, Any]:
    """The JSON Schema of the answer, for servers that constrain their output to one."""
    records = {"actors": ACTOR, "positions": POSITION, "quotes": QUOTE}
    return {"type": "object",
            "properties": {"title": {"type": "string"}, "summary": {"type": "string"},
                           **{name: {"type": "array", "items": _items(record)} for name, record in records.items()}},
            "required": ["title", "summary", *records], "additionalProperties": False}


def response_format() -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": "briefing", "schema": answer_schema()}}


def cache_key_material(model: str, sent: list[dict[str, str]]) -> bytes:
    """What an answer depends on: the model, the prompt's version and the messages, which hold the
    article's paragraphs."""
    return json.dumps([model, PROMPT_VERSION, sent], ensure_ascii=False, sort_keys=True).encode("utf-8")
