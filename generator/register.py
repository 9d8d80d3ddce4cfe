"""The register of actors: one YAML file (``actors.yaml`` by default, option ``register``) in which
people curate who the site's actors are.

Each briefing names its actors on its own, and `generator.identity` joins them across briefings by
rules. The register is where a person has the last word: an entry, under an actor's id, can give
the actor its name, type, a one-line description, other names and links (such as its Wikidata or
Wikipedia address), merge other ids into it, keep ids apart that the rules would join with it, or
hide it. The file is validated like a briefing: every problem is reported with the file, line and
field. Its format is documented on the schema page (``pages/schema.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .characters import strip_invisible
from .errors import BriefingError, RegisterError
from .schema import ACTOR_TYPES
from .schema.loading import _Reader, compose_document, is_web_address, read_briefing_text

FIELDS = ("name", "type", "description", "aliases", "links", "merge", "apart", "hidden")


@dataclass(frozen=True)
class RegisterEntry:
    """What a person said of one actor; None and () where they said nothing."""

    id: str
    name: str | None = None
    type: str | None = None
    description: str | None = None
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()  # http(s) addresses
    merge: tuple[str, ...] = ()  # ids that are this actor too, in every briefing
    apart: tuple[str, ...] = ()  # ids the rules must not join with this actor
    hidden: bool = False
    line: int = 0  # where the entry starts in the file


@dataclass(frozen=True)
class Register:
    """Every entry of the register by actor id; empty when the project has no register file."""

    entries: dict[str, RegisterEntry] = field(default_factory=dict)
    path: Path | None = None

    def entry(self, actor_id: str) -> RegisterEntry | None:
        return self.entries.get(actor_id)

    @cached_property
    def owner(self) -> dict[str, str]:
        """Each id merged into an entry → that entry's id."""
        return {merged: entry.id for entry in self.entries.values() for merged in entry.merge}

    def apart(self, first: str, second: str) -> bool:
        """Whether a person said that the actors `first` and `second` are not one."""
        one, other = self.entries.get(first), self.entries.get(second)
        return bool(one and second in one.apart or other and first in other.apart)


def load_register(path: Path | None) -> Register:
    """The register in the file at `path`; an empty one when there is no such file. A
    `RegisterError` names the first problem and holds all of them."""
    if path is None or not path.exists():
        return Register(path=path)
    try:
        text = read_briefing_text(path)
    except BriefingError as exc:  # read as briefings are, and reported as the register
        raise RegisterError(exc.message, path=path, hint=exc.hint) from exc
    return parse_register(path, text)


def parse_register(path: Path, text: str) -> Register:
    root, loader = compose_document(path, text, RegisterError)
    if root is None:
        return Register(path=path)
    r = _Reader(path, text, RegisterError)
    r.refuse_unsafe_nodes(root, text, loader)
    entries: dict[str, RegisterEntry] = {}
    nodes: dict[str, yaml.Node] = {}  # each entry's key, for reporting contradictions at their line
    if not isinstance(root, yaml.MappingNode):
        r.report(root, "", "expected a mapping of actor ids to what is said of each",
                 "write each actor's id followed by a colon, with its fields indented below")
    else:
        for key_node, value_node in root.value:
            actor_id = r.text(key_node, "", clean=None)
            if actor_id is None or not r.is_id(key_node, actor_id, actor_id):
                continue
            if actor_id in entries:
                r.report(key_node, actor_id, "appears twice", "give each actor one entry")
                continue
            entry = _read_entry(r, actor_id, value_node, key_node.start_mark.line + 1)
            if entry is not None:
                entries[actor_id] = entry
                nodes[actor_id] = key_node
    _check_together(r, entries, nodes)
    if r.problems:
        raise r.error()
    return Register(entries, path)


def _read_entry(r: _Reader, actor_id: str, node: yaml.Node, line: int) -> RegisterEntry | None:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return RegisterEntry(actor_id, line=line)  # "some-id:" alone pins nothing, but is no mistake
    f = r.mapping(node, actor_id, dict.fromkeys(FIELDS, False))
    if not isinstance(node, yaml.MappingNode):
        return None
    kind = r.text(f["type"], f"{actor_id}.type") if "type" in f else None
    if kind is not None and kind not in ACTOR_TYPES:
        r.report(f["type"], f"{actor_id}.type", f"'{kind}' is not an actor type", "use one of " + ", ".join(ACTOR_TYPES))
        kind = None
    links = []
    for i, link in enumerate(_texts(r, f, "links", actor_id, clean=strip_invisible)):
        if link is not None and not is_web_address(link):
            r.report(f["links"].value[i], f"{actor_id}.links[{i}]", "must be an http:// or https:// address with a host",
                     "write the whole address, such as https://www.wikidata.org/wiki/Q42")
        elif link is not None:
            links.append(link)
    return RegisterEntry(
        id=actor_id,
        name=r.text(f["name"], f"{actor_id}.name") if "name" in f else None,
        type=kind,
        description=r.text(f["description"], f"{actor_id}.description") if "description" in f else None,
        aliases=tuple(a for a in _texts(r, f, "aliases", actor_id) if a),
        links=tuple(links),
        merge=_ids(r, f, "merge", actor_id),
        apart=_ids(r, f, "apart", actor_id),
        hidden=bool(r.boolean(f["hidden"], f"{actor_id}.hidden")) if "hidden" in f else False,
        line=line)


def _texts(r: _Reader, fields: dict[str, yaml.Node], name: str, actor_id: str, **options) -> tuple[str | None, ...]:
    if name not in fields:
        return ()
    return r.texts(fields[name], f"{actor_id}.{name}", **options) or ()


def _ids(r: _Reader, fields: dict[str, yaml.Node], name: str, actor_id: str) -> tuple[str, ...]:
    found = []
    for i, (node, value) in enumerate(zip(getattr(fields.get(name), "value", ()), _texts(r, fields, name, actor_id,
                                                                                        clean=None))):
        where = f"{actor_id}.{name}[{i}]"
        if value is None or not r.is_id(node, where, value):
            continue
        if value == actor_id:
            r.report(node, where, f"'{value}' is the entry's own id", "list other actors' ids only")
        else:
            found.append(value)
    return tuple(found)


def _check_together(r: _Reader, entries: dict[str, RegisterEntry], nodes: dict[str, yaml.Node]) -> None:
    """Report what entries say against each other: an id merged into two actors, an actor with an
    entry of its own merged into another, and ids both merged and kept apart."""
    owner: dict[str, str] = {}
    for entry in entries.values():
        for merged in entry.merge:
            where = f"{entry.id}.merge"
            if merged in owner and owner[merged] != entry.id:
                r.report(nodes[entry.id], where, f"'{merged}' is merged into '{owner[merged]}' too",
                         "merge an id into one actor only")
            elif merged in entries:
                r.report(nodes[entry.id], where, f"'{merged}' has an entry of its own (line {entries[merged].line})",
                         f"move what that entry says into '{entry.id}' and delete it")
            owner[merged] = entry.id
    for entry in entries.values():
        for other in entry.apart:
            if other in entry.merge:
                r.report(nodes[entry.id], f"{entry.id}.apart", f"'{other}' is merged into '{entry.id}' and kept apart from it",
                         "keep one of the two")
