"""A position as found, before actor ids are assigned."""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import Entity
from ..stance_confidence import Shape


@dataclass(frozen=True)
class Stance:
    """One position of an actor, before actor ids are assigned."""

    entity: Entity
    stance: str
    polarity: str
    paragraph: int
    confidence: float
    kind: str  # the evidence: "stance verb", "reported", "passive" or "quoted"
    shape: Shape | None = None  # what the confidence was read from
