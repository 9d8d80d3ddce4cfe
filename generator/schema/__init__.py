"""The briefing (schema version 1): what it is (`model`), what each field means (`fields`), its JSON
Schema (`json_schema`), how it is written as YAML (`writing`) and how a file is loaded and checked
(`loading`), with the values YAML 1.1 and 1.2 read alike (`yaml12`).
"""

from .json_schema import BRIEFING_SCHEMA, COLLECTION_SCHEMA, SCHEMA_FILES, SCHEMA_FOLDER
from .loading import load_briefing, parse_briefing, read_briefing_file, read_briefing_text
from .model import (ACTOR_TYPES, MAX_ID_BYTES, POLARITIES, SCHEMA_VERSION, Actor, Briefing, GeneratorInfo,
                    Grounding, Position, Quote, Source, slugify)
from .writing import briefing_to_dict, briefing_to_json, dump_briefing, was_edited

__all__ = ["ACTOR_TYPES", "BRIEFING_SCHEMA", "COLLECTION_SCHEMA", "MAX_ID_BYTES", "POLARITIES", "SCHEMA_FILES",
           "SCHEMA_FOLDER", "SCHEMA_VERSION", "Actor", "Briefing", "GeneratorInfo", "Grounding", "Position", "Quote", "Source",
           "briefing_to_dict", "briefing_to_json", "dump_briefing", "load_briefing", "parse_briefing",
           "read_briefing_file", "read_briefing_text", "slugify", "was_edited"]
