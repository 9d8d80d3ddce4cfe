"""What the identity view gives the site: each actor with one page, why each other id is on it,
and the joins the rules left for a person to decide."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..register import Register
from .names import name_key

if TYPE_CHECKING:
    from ..indexing import Entry


@dataclass(frozen=True)
class Join:
    """Why an actor of some briefings is on the page of another: `id` as the briefings name it, in
    `briefings` of them (`briefing` when the join holds in that one only)."""

    id: str
    name: str
    briefings: int
    briefing: str | None
    reason: str


@dataclass(frozen=True)
class Identity:
    """One actor as the site shows it, with one page: its key (the page's slug), name and type,
    what the register says of it, and why each other id is on its page."""

    key: str
    name: str
    type: str
    description: str | None = None
    aliases: tuple[str, ...] = ()  # the register's
    links: tuple[str, ...] = ()
    hidden: bool = False
    joins: tuple[Join, ...] = ()
    types: tuple[tuple[str, int], ...] = ()  # each type its briefings give it, with how many, most first
    registered: bool = False


@dataclass(frozen=True)
class Candidate:
    """A join the rules did not make, for a person to decide in the register: the actor `key`,
    named `name` in `count` briefings, may be one of `others` ((key, name, briefings) each)."""

    key: str
    name: str
    type: str
    count: int
    others: tuple[tuple[str, str, int], ...]
    reason: str


class Identities:
    """The view: the actor (key) each named actor of each briefing is shown as, and every actor."""

    def __init__(self, actors: dict[str, Identity], keys: dict[str, tuple[str | None, ...]], counts: dict[str, int],
                 register: Register, unresolved: list[Candidate]) -> None:
        self.actors = actors  # by key
        self.register = register
        self._keys = keys  # briefing id → the key of each of its entry's actors
        self._counts = counts  # key → in how many briefings
        self._unresolved = unresolved
        self._tokens: dict[str, str] = {}  # briefing id → its token: each page's key asks for many

    def __getstate__(self) -> dict:
        # Kept between runs by `IdentityMemo`: what is worked out on demand is not stored.
        return {name: value for name, value in self.__dict__.items() if name not in ("_tokens", "candidates")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _tokens={})

    def keys(self, entry: Entry) -> tuple[str | None, ...]:
        """The key of each actor of `entry` (in the order of `entry.actors`); None for a hidden one."""
        return self._keys[entry.id]

    def token(self, entry: Entry) -> str:
        """What this view makes of `entry`'s actors, as text: equal texts, equal links and names."""
        found = self._tokens.get(entry.id)
        if found is None:
            found = self._tokens[entry.id] = "|".join(f"{key}={self.actors[key].name}" if key else "-"
                                                      for key in self.keys(entry))
        return found

    def count(self, key: str) -> int:
        """In how many briefings the actor `key` is named."""
        return self._counts.get(key, 0)

    @cached_property
    def candidates(self) -> list[Candidate]:
        """Joins the rules did not make, most frequent first: short forms of several full names,
        and actors of one type whose name's words are all in another's name."""
        found = list(self._unresolved)
        seen = {c.key for c in found}
        by_word: dict[tuple[str, str], set[str]] = {}
        words = {}
        for key, actor in self.actors.items():
            if actor.hidden:
                continue
            words[key] = set(name_key(actor.name))
            for word in words[key]:
                by_word.setdefault((actor.type, word), set()).add(key)
        for key, own in words.items():
            if key in seen or not own:
                continue
            actor = self.actors[key]
            postings = sorted((by_word[(actor.type, w)] for w in own), key=len)
            wider = set.intersection(*postings) - {key}
            others = [o for o in wider if own < words[o] and not self.register.apart(key, o)]
            if others:
                found.append(Candidate(key, actor.name, actor.type, self.count(key), tuple(
                    sorted(((o, self.actors[o].name, self.count(o)) for o in others), key=lambda t: (-t[2], t[0]))),
                    "the words of its name are all in theirs"))
        return sorted(found, key=lambda c: (-c.count, c.name.casefold(), c.key))
