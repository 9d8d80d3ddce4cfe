"""How far fetching may go, apart from the network code that fetches: the command line shows its
defaults without importing that code, which a build that fetches nothing never runs."""

from __future__ import annotations

from dataclasses import dataclass

from .reading import MAX_ARTICLE_BYTES


@dataclass(frozen=True)
class Limits:
    """How far a fetch may go: seconds for the whole exchange, bytes of the body, redirects followed,
    and whether private and loopback addresses may be connected to."""

    timeout: float = 20.0
    max_bytes: int = MAX_ARTICLE_BYTES
    max_redirects: int = 5
    allow_local: bool = False
