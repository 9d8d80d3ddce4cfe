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
from typing import TYPE_CHECKING, Protocol

from ..cleaning import Document
from ..errors import BackendError, BriefingsError
from ..schema import Actor, GeneratorInfo, Position, Quote

if TYPE_CHECKING:
    from ..config import Project

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
    # What made it, when the backend has more to say than its name and version: the backend it
    # fell back to, or the counts of what its answers failed against the article.
    generator: GeneratorInfo | None = None
    # What went wrong without stopping the extraction (a fallback), each one line for a warning.
    warnings: tuple[str, ...] = ()


class Backend(Protocol):
    """An extraction backend. It may also have `from_project(project)`, a class method that makes it
    with the project's options, `concurrency`, a number of articles to extract at once in threads
    (for a backend that waits on a server, rather than in processes), and `describe_run()`, one
    line about the work done so far (a model's token use), or None."""

    name: str
    version: str

    def extract(self, document: Document) -> Extraction: ...


# Backends that live inside this package's folder: their code is no rule of the built-in backend.
_BACKEND_FOLDERS = frozenset({"llm"})


def rules_digest(*folders: Path) -> str:
    """A short digest of every file in `folders` (but the folders of other backends within them):
    the code and word lists a backend's output depends on. Put in the backend's version, it makes
    briefings regenerate when a rule changes, not only on a release."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.relative_to(folder).parts[0] in _BACKEND_FOLDERS:
                continue
            if path.is_file() and path.suffix in (".py", ".txt", ".tsv"):
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def available_backends() -> list[str]:
    return sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)} | {"builtin", "llm"})


def get_backend(name: str, project: Project | None = None) -> Backend:
    """Instantiate the backend registered under `name`, with `project`'s options when it takes them."""
    # Both importable without installed metadata, so a source checkout works as well.
    if name == "builtin":
        from .builtin import BuiltinBackend
        return BuiltinBackend()
    if name == "llm":
        from .llm import LLMBackend
        return LLMBackend.from_project(project)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            try:
                factory = ep.load()
                return factory.from_project(project) if hasattr(factory, "from_project") else factory()
            except BriefingsError:
                raise
            except Exception as exc:
                raise BackendError(f"backend '{name}' failed to load: {exc}",
                                   hint="reinstall the package that provides it") from exc
    raise BackendError(f"unknown backend '{name}'",
                       hint="choose one of " + ", ".join(available_backends()))
