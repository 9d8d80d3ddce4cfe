"""The rules that work out which actors of different briefings are one actor (see the package's
description), and the memo that spares working them out again."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..register import Register
from ..schema import slugify
from .names import body_last, surname_key, core_name, name_key
from .view import Candidate, Identities, Identity, Join

if TYPE_CHECKING:
    from ..indexing import Entry

# Across the collection, a short form shared by several full names joins the one that the
# briefings using it for a full name mean this often, and at least MIN_USES times: a strong habit
# of the collection's writers, which a reader of it shares; fewer uses are chance.
DOMINANT_SHARE = 0.8
MIN_USES = 3

@dataclass
class _Mention:
    """One named actor of one briefing, as the rules see it."""

    entry: int  # the briefing's place in the collection, newest first
    place: int  # the actor's place in the briefing's entry
    slug: str
    name: str
    type: str
    aliases: tuple[str, ...]
    core: str
    prefix: str  # what `core` leaves out
    key: tuple[str, ...]
    short: bool = False
    node: str = ""  # the node of the union it belongs to
    reason: str = ""  # why it is where it is, when it was placed on its own


class _Union:
    """Nodes joined into actors, keeping each actor's ids and register entry, so that no join
    puts together what a person kept apart or two actors the register knows as two."""

    def __init__(self, register: Register) -> None:
        self.parent: dict[str, str] = {}
        self.ids: dict[str, set[str]] = {}
        self.entry: dict[str, str | None] = {}
        self.register = register
        self.reasons: dict[str, tuple[str, str]] = {}  # node → (node it joined, why)

    def add(self, node: str, actor_id: str, entry: str | None) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.ids[node] = {actor_id}
            self.entry[node] = entry

    def find(self, node: str) -> str:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def allowed(self, first: str, second: str) -> bool:
        a, b = self.find(first), self.find(second)
        if a == b:
            return True
        if self.entry[a] and self.entry[b]:
            return False
        return not any(self.register.apart(x, y) for x in self.ids[a] for y in self.ids[b])

    def join(self, node: str, into: str, reason: str) -> bool:
        """Join `node`'s actor into `into`'s, unless a person's word forbids it; whether joined."""
        a, b = self.find(node), self.find(into)
        if a == b or not self.allowed(a, b):
            return a == b
        # The register's actor stays the root, so that its entry keeps naming the union.
        if self.entry[a] and not self.entry[b]:
            a, b = b, a
        self.parent[a] = b
        self.ids[b] |= self.ids.pop(a)
        self.entry[b] = self.entry[b] or self.entry.pop(a)
        # On both sides: whichever becomes the page's own id, the other says why it is there.
        self.reasons.setdefault(node, (into, reason))
        self.reasons.setdefault(into, (node, reason))
        return True


class IdentityMemo:
    """The view of the last render and a digest of what it was resolved from, so that a render
    whose briefings name the same actors in the same order, under the same register, does not
    resolve them again: editing one briefing's text or title leaves the view as it was."""

    def __init__(self, kept: tuple[str, Identities] | None = None) -> None:
        self.kept = kept

    def resolve(self, entries: Sequence[Entry], register: Register) -> Identities:
        # By repr, which only values decide (a pickle also tells which of them are one object); of
        # the register's entries, which are all it has that the view reads.
        key = hashlib.blake2b(repr((register.entries, [(entry.id, entry.actors) for entry in entries])).encode(),
                              digest_size=16).hexdigest()
        if self.kept is None or self.kept[0] != key:
            self.kept = (key, resolve(entries, register))
        return self.kept[1]


def resolve(entries: Sequence[Entry], register: Register | None = None) -> Identities:
    """The view of `entries` (newest first) under the rules of this module and `register`."""
    register = register or Register()
    owner = register.owner
    mentions: list[_Mention] = []
    for number, entry in enumerate(entries):
        for place, (slug, name, kind, _, aliases) in enumerate(entry.actors):
            core, prefix = core_name(name, kind)
            key = name_key(core) if kind != "organization" else body_last(name_key(core))
            mentions.append(_Mention(number, place, slug, name, kind, aliases, core, prefix, key))
    name_types = _name_types(mentions, len(entries))
    union = _Union(register)

    def registered(slug: str) -> str | None:
        return slug if slug in register.entries else owner.get(slug)

    # Full names of persons and organisations that other names are the end of.
    persons = {m.key for m in mentions if m.type == "person" and len(m.key) > 1}
    organisations = {m.key for m in mentions if m.type == "organization" and len(m.key) > 1}
    person_suffixes: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key in persons:
        surname = surname_key(key)
        for length in range(1, len(surname)):
            person_suffixes.setdefault(surname[-length:], set()).add(key)
    org_suffixes: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key in organisations:
        for length in range(1, len(key)):
            org_suffixes.setdefault(key[-length:], set()).add(key)

    register_aliases: dict[tuple[str, ...], set[str]] = {}
    for entry in register.entries.values():
        for alias in (*entry.aliases, *([entry.name] if entry.name else [])):
            register_aliases.setdefault(name_key(alias), set()).add(entry.id)
    # Other names each briefing gives its actors: an actor named by one of them is a short form
    # there; so is one named by another name the register gives an actor.
    given = {(m.entry, name_key(core_name(alias, m.type)[0])) for m in mentions for alias in m.aliases}
    for m in mentions:
        if registered(m.slug) is None and m.key:
            m.short = (m.key in person_suffixes and (m.type == "person" or _person_name(name_types, m.key))
                       or m.type == "organization" and m.key in org_suffixes or (m.entry, m.key) in given
                       or m.key in register_aliases)
        if not m.short:
            m.node = f"id:{m.slug}"
            union.add(m.node, m.slug, registered(m.slug) if m.slug in register.entries else None)
    # A person's word first: ids merged into an entry are that entry's actor in every briefing.
    for merged, entry_id in owner.items():
        if f"id:{merged}" in union.parent:
            union.add(f"id:{entry_id}", entry_id, entry_id)
            union.join(f"id:{merged}", f"id:{entry_id}", f"merged in the register (line {register.entries[entry_id].line})")

    # Ids whose names are one once titles and labels are left out.
    by_core: dict[tuple[tuple[str, ...], str], list[_Mention]] = {}
    for m in mentions:
        if not m.short and m.key:
            by_core.setdefault((m.key, m.type), []).append(m)
    for (_, _), same in by_core.items():
        first = same[0]
        for other in same[1:]:
            if union.find(other.node) != union.find(first.node):
                left_out = other.prefix or first.prefix
                union.join(other.node, first.node, f"the same name once ‘{left_out}’ is left out" if left_out
                           else "the same name but for case, accents or full stops")

    # A middle name or initial: "Jane Q. Roe" is "Jane Roe" when no other Jane … Roe is known.
    plain_names: dict[tuple[str, str], list[_Mention]] = {}
    for (key, kind), same in by_core.items():
        if kind == "person" and len(surname_key(key)) == 2:
            plain_names.setdefault(surname_key(key), []).append(same[0])
    longer: dict[tuple[str, ...], set[str]] = {}
    for (key, kind), same in by_core.items():
        surname = surname_key(key)
        if kind == "person" and len(surname) > 2 and (surname[0], surname[-1]) in plain_names:
            longer.setdefault((surname[0], surname[-1]), set()).add(union.find(same[0].node))
    for pair, roots in longer.items():
        if len(roots) == 1:
            target = plain_names[pair][0]
            for key, kind in list(by_core):
                surname = surname_key(key)
                if kind == "person" and len(surname) > 2 and (surname[0], surname[-1]) == pair:
                    union.join(by_core[(key, kind)][0].node, target.node,
                               "the same first name and surname, with a middle name or initial")

    # Short forms, each on its own: within its briefing, then the register's aliases, then the collection.
    by_entry: dict[int, list[_Mention]] = {}
    for m in mentions:
        by_entry.setdefault(m.entry, []).append(m)
    uses = _alias_uses(mentions)
    unresolved: dict[str, tuple[str, list[str]]] = {}  # node → why, and the roots it may be
    for m in mentions:
        if not m.short:
            continue
        target, reason, options = _place_short(m, by_entry[m.entry], union, person_suffixes, org_suffixes,
                                               by_core, register_aliases, uses, name_types)
        node = f"m:{m.entry}:{m.slug}"
        union.add(node, m.slug, None)
        m.node = node
        if target is not None and union.join(node, target, reason):
            m.reason = reason
            continue
        union.add(f"id:{m.slug}", m.slug, None)
        union.join(node, f"id:{m.slug}", "")
        if options:
            unresolved.setdefault(f"id:{m.slug}", (reason, []))[1].extend(options)

    return _view(mentions, entries, union, register, unresolved)


def _name_types(mentions: list[_Mention], count: int) -> dict[tuple[str, ...], Counter[str]]:
    """For each name, how many briefings give it each type, as an actor's name or another name of one."""
    seen: dict[tuple[str, ...], dict[str, set[int]]] = {}
    for m in mentions:
        for key in (m.key, *(name_key(core_name(alias, m.type)[0]) for alias in m.aliases)):
            seen.setdefault(key, {}).setdefault(m.type, set()).add(m.entry)
    return {key: Counter({kind: len(entries) for kind, entries in types.items()}) for key, types in seen.items()}


def _person_name(name_types: dict[tuple[str, ...], Counter[str]], key: tuple[str, ...]) -> bool:
    votes = name_types.get(key)
    return bool(votes) and votes.most_common(1)[0][0] == "person" and votes["person"] > sum(votes.values()) / 2


def _alias_uses(mentions: list[_Mention]) -> dict[tuple[str, ...], dict[str, set[int]]]:
    """For each other name an actor is given, the briefings that give it to each id."""
    uses: dict[tuple[str, ...], dict[str, set[int]]] = {}
    for m in mentions:
        for alias in m.aliases:
            uses.setdefault(name_key(core_name(alias, m.type)[0]), {}).setdefault(m.node or f"id:{m.slug}", set()).add(m.entry)
    return uses


def _place_short(m: _Mention, neighbours: list[_Mention], union: _Union, person_suffixes, org_suffixes,
                 by_core, register_aliases, uses, name_types) -> tuple[str | None, str, list[str]]:
    """Where the short form `m` goes: (a node, why, []), or (None, why not, the roots it may be)."""
    person = m.type == "person" or _person_name(name_types, m.key)
    typed = "" if m.type == ("person" if person else "organization") else \
        f" (typed {m.type} there, but a person in most briefings that name ‘{m.core}’)"
    suffixes = person_suffixes if person else org_suffixes
    # Its own briefing: a full name it is the end of, or whose other names hold it.
    roots: dict[str, _Mention] = {}
    for other in neighbours:
        if other is m or other.short or not other.node:
            continue
        holds = m.key in {name_key(core_name(a, other.type)[0]) for a in other.aliases}
        ends = other.key in suffixes.get(m.key, ()) and (other.type == "person") == person
        if holds or ends:
            roots.setdefault(union.find(other.node), other)
    if len(roots) == 1:
        root, other = next(iter(roots.items()))
        how = "another name of" if m.key in {name_key(core_name(a, other.type)[0]) for a in other.aliases} else "the end of"
        return root, f"‘{m.name}’ is {how} {other.name} in the same briefing{typed}", []
    if len(roots) > 1:
        return None, "its briefing names several actors it could be", sorted(roots)
    entries = register_aliases.get(m.key, set())
    if len(entries) == 1:
        entry = next(iter(entries))
        if f"id:{entry}" in union.parent:
            return f"id:{entry}", f"‘{m.name}’ is a name the register gives this actor{typed}", []
    # The collection: the full names it is the end of.
    full = {union.find(by_core[(key, "person" if person else "organization")][0].node)
            for key in suffixes.get(m.key, ()) if (key, "person" if person else "organization") in by_core}
    if not person and len(m.key) < 2:
        # "the Court", "the Party": too many bodies' names end so for one word to tell which.
        return None, "one word that ends the names of organisations", sorted(full)
    if len(full) == 1:
        root = next(iter(full))
        return root, f"‘{m.name}’ is the end of one full name in the collection{typed}", []
    counts = Counter()
    for node, briefings in uses.get(m.key, {}).items():
        if node in union.parent and union.find(node) in full:
            counts[union.find(node)] += len(briefings)
    total = sum(counts.values())
    if counts:
        root, n = counts.most_common(1)[0]
        if n >= MIN_USES and n >= DOMINANT_SHARE * total:
            return root, (f"‘{m.name}’ stands for this actor in {n} of the {total} briefings that use it for "
                          f"one of {len(full)} full names{typed}"), []
    return None, "it is the end of several full names, none of which the briefings mostly mean by it", sorted(full)


def _view(mentions: list[_Mention], entries: Sequence[Entry], union: _Union, register: Register,
          unresolved: dict[str, tuple[str, list[str]]]) -> Identities:
    members: dict[str, list[_Mention]] = {}
    for m in mentions:
        members.setdefault(union.find(m.node), []).append(m)
    keys_of: dict[str, str] = {}
    actors: dict[str, Identity] = {}
    counts: dict[str, int] = {}
    # The most frequent first, so that a slug two actors could take goes to the one most know.
    ordered = sorted(members.items(), key=lambda item: (-len({m.entry for m in item[1]}), item[0]))
    for root, group in ordered:
        entry = register.entries.get(union.entry.get(root) or "")
        full = [m for m in group if not m.short] or group
        name = entry.name if entry and entry.name else _most_common(full, lambda m: m.core)
        named = [m for m in full if m.core == name] or full
        key = entry.id if entry else next((m.slug for m in named if m.slug == slugify(name)), None) \
            or _most_common(named, lambda m: m.slug)
        if key in actors:
            key = _free(key, actors)
        types = Counter()
        seen: set[int] = set()
        for m in sorted(group, key=lambda m: m.short):  # a full name's type first in each briefing
            if m.entry not in seen:
                seen.add(m.entry)
                types[m.type] += 1
        kind = entry.type if entry and entry.type else _most_common_type(types, group)
        keys_of[root] = key
        counts[key] = len(seen)
        actors[key] = Identity(key, name, kind, entry.description if entry else None,
                               entry.aliases if entry else (), entry.links if entry else (),
                               bool(entry and entry.hidden), _joins(key, group, union, entries),
                               tuple(types.most_common()), entry is not None)
    per_entry: dict[str, list[str | None]] = {entry.id: [None] * len(entry.actors) for entry in entries}
    for m in mentions:
        key = keys_of[union.find(m.node)]
        per_entry[entries[m.entry].id][m.place] = None if actors[key].hidden else key
    candidates = []
    for node, (reason, roots) in unresolved.items():
        key = keys_of[union.find(node)]
        options = {keys_of[union.find(root)] for root in roots} - {key}
        if options and not actors[key].hidden:
            candidates.append(Candidate(key, actors[key].name, actors[key].type, counts[key], tuple(
                sorted(((o, actors[o].name, counts[o]) for o in options), key=lambda t: (-t[2], t[0]))), reason))
    return Identities(actors, {entry_id: tuple(keys) for entry_id, keys in per_entry.items()}, counts, register,
                      candidates)


def _most_common(group: list[_Mention], value) -> str:
    """The value most briefings of `group` give, ties to the newest briefing's."""
    counts = Counter()
    newest: dict[str, int] = {}
    for m in group:
        v = value(m)
        counts[v] += 1
        newest.setdefault(v, m.entry)
        newest[v] = min(newest[v], m.entry)
    return min(counts, key=lambda v: (-counts[v], newest[v], v))


def _most_common_type(types: Counter[str], group: list[_Mention]) -> str:
    best = max(types.values())
    for m in sorted(group, key=lambda m: m.entry):
        if types[m.type] == best:
            return m.type
    return group[0].type


def _free(key: str, taken: dict[str, Identity]) -> str:
    number = 2
    while f"{key}-{number}" in taken:
        number += 1
    return f"{key}-{number}"


def _joins(key: str, group: list[_Mention], union: _Union, entries: Sequence[Entry]) -> tuple[Join, ...]:
    """Why each id of `group` other than `key` is there, one line per id and reason."""
    lines: dict[tuple[str, str], list[_Mention]] = {}
    for m in group:
        if m.slug == key and not m.reason:
            continue
        reason = m.reason or _node_reason(m.node, union)
        if not reason:
            continue
        lines.setdefault((m.slug, reason), []).append(m)
    return tuple(Join(slug, found[0].name, len({m.entry for m in found}),
                      entries[found[0].entry].id if len(found) == 1 and found[0].short else None, reason)
                 for (slug, reason), found in sorted(lines.items()))


def _node_reason(node: str, union: _Union) -> str:
    """Why `node` is in its actor: its own join's reason, else that of the node it joined."""
    seen = set()
    while node in union.reasons and node not in seen:
        seen.add(node)
        into, reason = union.reasons[node]
        if reason:
            return reason
        node = into
    return ""
