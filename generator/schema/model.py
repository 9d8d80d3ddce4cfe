"""What a briefing is (schema version 1): its dataclasses, the values its fields may take, and the
slugs that ids and page names are made of. What each field means is in `fields`."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

SCHEMA_VERSION = 1
ACTOR_TYPES = ("person", "organization", "country", "group")
POLARITIES = ("support", "oppose", "deny", "claim", "action")

SHA256 = re.compile(r"[0-9a-f]{64}")  # a digest, as sha256 writes it

_ID = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
# An id names files: content/<id>.yaml, briefings/<id>.md, and a temporary twin of each with a prefix
# and a suffix while it is written. File systems allow 255 bytes a name, and other scripts take two
# or three bytes a character.
MAX_ID_BYTES = 150
# Names Windows keeps for devices, whatever their extension: no file can have them there.
_DEVICE_NAME = re.compile(r"(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])")

@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    named: bool = True


@dataclass(frozen=True)
class Position:
    actor: str
    stance: str
    polarity: str
    paragraph: int
    confidence: float = 0.0


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    paragraph: int
    partial: bool = False
    key: bool = False
    confidence: float = 0.0


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str
    url: str | None = None
    author: str | None = None  # who wrote the article, from its front matter or page
    publisher: str | None = None  # the newspaper, agency or site that published it


@dataclass(frozen=True)
class Grounding:
    """What a backend that writes text of its own (a language model) answered that failed the checks
    against the article and was repaired or left out; see `fields.GROUNDING` for each count."""

    quotes_repaired: int = 0
    quotes_dropped: int = 0
    speakers_rejected: int = 0
    actors_dropped: int = 0
    roles_rejected: int = 0
    positions_dropped: int = 0
    positions_without_evidence: int = 0
    disagreements: int = 0


@dataclass(frozen=True)
class GeneratorInfo:
    backend: str
    version: str
    grounding: Grounding | None = None  # only from backends whose answers are checked against the article


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    date: dt.date | None
    source: Source
    summary: str
    generator: GeneratorInfo
    paragraphs: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    reviewed: bool = False
    schema: int = SCHEMA_VERSION

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


# Rendering slugs every actor and keyword of every briefing, the same few thousand names again and again.
@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str, max_length: int = 80) -> str:
    """A stable, readable URL part and file name: accents folded, other scripts kept, words joined by
    hyphens, at most `max_length` bytes in UTF-8 (as file systems count) and never a device name."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = re.findall(r"[^\W_]+", folded.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate.encode("utf-8")) > max_length:
            break
        slug = candidate
    if not slug and words:
        slug = words[0].encode("utf-8")[:max_length].decode("utf-8", errors="ignore")
    return f"{slug}-1" if _DEVICE_NAME.fullmatch(slug) else slug
