"""Extraction: a cleaned `Document` to the content of a briefing.

A backend is any object with a ``name``, a ``version`` and an ``extract(document)`` method that
returns an `Extraction`. Backends are found by name through the ``briefings.backends`` entry-point
group, so another one (a language model, spaCy) can be installed as a separate package without
touching reading, schema or rendering. The built-in backend is pure Python and deterministic.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol

from ..cleaning import Document
from ..errors import BackendError
from ..schema import Actor, Position, Quote

ENTRY_POINT_GROUP = "briefings.backends"


@dataclass(frozen=True)
class Extraction:
    """What a backend finds in one article.

    Paragraph numbers refer to `Document.paragraphs`; speaker and actor fields hold `Actor.id`s of
    `actors`; every quote's text is a substring of its paragraph.
    """

    title: str
    summary: str
    actors: tuple[Actor, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    keywords: tuple[str, ...] = ()


class Backend(Protocol):
    name: str
    version: str

    def extract(self, document: Document) -> Extraction: ...


def rules_digest(*folders: Path) -> str:
    """A short digest of every file in `folders`: the code and word lists a backend's output
    depends on. Put in the backend's version, it makes briefings regenerate when a rule changes,
    not only on a release."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".tsv"):
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def available_backends() -> list[str]:
    return sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)} | {"builtin"})


def get_backend(name: str) -> Backend:
    """Instantiate the backend registered under `name`."""
    if name == "builtin":
        # Importable without installed metadata, so a source checkout works as well.
        from .builtin import BuiltinBackend
        return BuiltinBackend()
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            try:
                return ep.load()()
            except Exception as exc:
                raise BackendError(f"backend '{name}' failed to load: {exc}",
                                   hint="reinstall the package that provides it") from exc
    raise BackendError(f"unknown backend '{name}'",
                       hint="choose one of " + ", ".join(available_backends()))
