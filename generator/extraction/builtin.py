"""The built-in backend: rules and word lists, pure Python, deterministic and offline.

The steps, each in its own module: `discourse` reads the document in order (quotation spans,
names, groups, the subjects of reporting verbs), `attribution` gives each quote its speaker,
`positions` collects stances, `summary` writes title, summary and keywords. `assembly` keeps the
actors that matter and turns everything into the schema's values.
"""

from __future__ import annotations

from pathlib import Path

from .. import __version__, data
from ..cleaning import Document
from . import Extraction, rules_digest


class BuiltinBackend:
    """Extraction by rules over the text; no model, no download."""

    name = "builtin"
    # The release plus a digest of the rules and word lists: briefings made by other rules are
    # regenerated (unless edited or reviewed), and the same rules give byte-identical briefings.
    version = f"{__version__}+{rules_digest(Path(__file__).parent, Path(data.__file__).parent)}"

    def extract(self, document: Document) -> Extraction:
        # Imported when first needed: the rules compile hundreds of regular expressions, which a
        # build whose articles are all summarised already never uses.
        from .assembly import extract_document
        return extract_document(document)
