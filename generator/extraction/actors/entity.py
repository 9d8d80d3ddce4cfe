"""The records an extraction builds actors from: an actor being assembled, and one mention of it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(eq=False)
class Entity:
    """One actor as it is being assembled; `merged_into` points to the entity it turned out to be."""

    name: str
    type: str
    first: int
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    gendered_by_pronoun: bool = False  # the gender is only what a pronoun resolved to it showed
    named: bool = True
    definite: bool = False
    collective: bool = False  # a group of the word lists ("officials", "U.S. officials"), named or not
    acts: int = 0
    mentions: int = 0
    quotes: int = 0
    topical: int = 0  # mentions as what something is about: "opinions on Israel"
    reports: int = 0  # times it is the subject of a reporting verb: "Roe said", "the ministry announced"
    stances: int = 0  # positions the story gives it: what it supports, opposes, claims
    paragraphs: set[int] = field(default_factory=set)  # the paragraphs that mention it
    merged_into: Entity | None = None

    def add_alias(self, form: str) -> None:
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to an entity at a document position.

    `salience` is 2 for the first subject of a sentence, 1 for another subject, 0 otherwise: a
    pronoun points back to the main subject of a recent sentence before any other name in it.
    `speaks` marks the subject of a reporting verb: "he said" most often continues its speech.
    """

    pos: int
    entity: Entity
    salience: int
    sentence: int
    speaks: bool = False
