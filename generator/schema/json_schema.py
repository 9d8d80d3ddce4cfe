"""The briefing as a JSON Schema (draft 2020-12), made from `fields`, and the schema of the
collection file ``briefings.json`` that holds every briefing of a site.

Both are shipped beside this module (`SCHEMA_FILES`), so that a briefing's modeline can point at
them, and published with the site under ``schema/``. After a change to the fields, write them again
with ``python -m generator.schema``.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from .fields import BRIEFING, RECORDS, Field, Record
from .model import SCHEMA_VERSION, Actor, Briefing, GeneratorInfo, Grounding, Position, Quote, Source

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BRIEFING_SCHEMA = f"briefing-{SCHEMA_VERSION}.json"
COLLECTION_SCHEMA = f"briefings-{SCHEMA_VERSION}.json"
SCHEMA_FOLDER = Path(__file__).parent
_DATACLASSES = {"briefing": Briefing, "source": Source, "actor": Actor, "position": Position, "quote": Quote,
                "generator": GeneratorInfo, "grounding": Grounding}


def _default(record: Record, field: Field) -> dict[str, Any]:
    """The value an absent optional field reads as: its dataclass's default."""
    if field.required:
        return {}
    found = [f for f in dataclasses.fields(_DATACLASSES[record.name]) if f.name == field.name]
    if not found:  # written by the generator for itself, read by no dataclass
        return {}
    value = found[0].default
    return {"default": list(value) if isinstance(value, tuple) else value}


def _object(record: Record) -> dict[str, Any]:
    return {
        "type": "object",
        "description": record.doc,
        "properties": {f.name: {"description": f.doc, **f.value, **_default(record, f)} for f in record.fields},
        "required": [f.name for f in record.fields if f.required],
        "additionalProperties": False,
    }


# No value at all. Not `false`, which validators report at the mapping that holds the field.
_NOTHING = {"not": {}}
_EMPTY = {"type": "array", "maxItems": 0}


def _none_of(items: str, fields: dict[str, Any]) -> dict[str, Any]:
    """That no item of the list `items` can have `fields` as they are given."""
    return {"properties": {items: {"type": "array", "items": {"type": "object", "properties": fields}}}}


# The rules across fields that a JSON Schema can state. The loader states each too: through it, a
# reference to an actor or a paragraph that does not exist. With them, an editor marks the field that
# refers to nothing.
_CROSS_FIELD_RULES = [
    {"description": "With no actors, no position or quote can name one: a quote's speaker is null.",
     "if": {"properties": {"actors": _EMPTY}, "required": ["actors"]},
     "then": {"allOf": [_none_of("positions", {"actor": _NOTHING}), _none_of("quotes", {"speaker": {"type": "null"}})]}},
    {"description": "With no paragraphs, no position or quote can refer to one.",
     "if": {"properties": {"paragraphs": _EMPTY}, "required": ["paragraphs"]},
     "then": {"allOf": [_none_of("positions", {"paragraph": _NOTHING}), _none_of("quotes", {"paragraph": _NOTHING})]}},
]


def briefing_schema() -> dict[str, Any]:
    """The JSON Schema of a briefing file, as a YAML 1.2 reader (an editor, say) reads it."""
    top = _object(BRIEFING)
    return {
        "$schema": DRAFT,
        "title": f"Briefing, schema version {SCHEMA_VERSION}",
        **top,
        "allOf": _CROSS_FIELD_RULES,
        "$defs": {record.name: _object(record) for record in RECORDS if record is not BRIEFING},
    }


def collection_schema() -> dict[str, Any]:
    """The JSON Schema of ``briefings.json``."""
    return {
        "$schema": DRAFT,
        "title": f"Every briefing of a site, schema version {SCHEMA_VERSION}",
        "description": "The collection file `briefings.json` of a site of briefings.",
        "type": "object",
        "properties": {
            "schema": {"description": f"The version of this format and of its briefings; `{SCHEMA_VERSION}`.",
                       "type": "integer", "const": SCHEMA_VERSION},
            "generated": {
                "description": "When the collection last changed, in UTC: the latest time any of its briefings "
                               "was updated (as in the Atom feed: the later of its date and the time its file was "
                               "saved), so that an unchanged collection gives the same file; `null` when there "
                               "are no briefings.",
                "type": ["string", "null"], "format": "date-time",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},
            "briefings": {"description": "Every briefing, the newest first, as in the briefing files but for the "
                                         "checksum, with every optional field written out.",
                          "type": "array", "items": {"$ref": BRIEFING_SCHEMA}},
        },
        "required": ["schema", "generated", "briefings"],
        "additionalProperties": False,
    }


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


SCHEMA_FILES = {BRIEFING_SCHEMA: briefing_schema, COLLECTION_SCHEMA: collection_schema}
