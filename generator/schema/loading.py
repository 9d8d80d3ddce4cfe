"""Loading a briefing: every field checked, and every problem reported with its file, line and field."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import yaml

from ..characters import clean_line, escape_unseen, lone_surrogate, strip_invisible
from ..errors import BriefingError, FileProblems
from .fields import ACTOR, BRIEFING, GENERATOR, GROUNDING, POSITION, QUOTE, SOURCE
from .model import (ACTOR_TYPES, MAX_ID_BYTES, POLARITIES, SCHEMA_VERSION, SHA256, Actor, Briefing, GeneratorInfo,
                    Grounding, Position, Quote, Source, _DEVICE_NAME, _ID)
from .yaml12 import DATE, DECIMAL, DECIMAL_WHOLE, FALSE, NUMBER_1_2, ONLY_SOME_BOOLEANS, TRUE, WHOLE_1_2

# libyaml's parser, where PyYAML was built with it, composes a briefing about 15 times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_SAFE_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}
_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP = (
    _TAG + t for t in ("str", "null", "bool", "int", "float", "timestamp"))
_READ_AS = {_BOOL: "true or false", _INT: "a number", _FLOAT: "a number", _TIMESTAMP: "a date"}

# Line breaks as YAML 1.1 counts them, and so the marks of PyYAML's nodes.
_YAML_1_1_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


class _Reader:
    """Walks a composed YAML node tree, building values and collecting problems with file, line and
    field.

    A value that is absent or wrong (and then reported) reads as None, and the checks that need it
    are skipped: every problem of a file is found at once, none of them twice or as a consequence of
    another.
    """

    def __init__(self, path: Path, text: str, error: type[FileProblems] = BriefingError) -> None:
        self.path = path
        self.problems: list[FileProblems] = []
        self._error = error  # the kind of file: each reports its problems as its own error
        self._refused: set[int] = set()  # the ids of nodes reported already, whatever reads them
        self._lines = _YAML_1_1_BREAK.split(text.removeprefix("\ufeff"))
        self._constructor = yaml.constructor.SafeConstructor()

    def report(self, at: yaml.Node | yaml.Event, where: str, message: str, hint: str | None = None) -> None:
        # Messages show values as written, which may hold line breaks and bidirectional controls.
        self.problems.append(self._error(
            escape_unseen(f"{where}: {message}" if where else message), path=self.path,
            line=at.start_mark.line + 1, hint=hint or "correct it by hand; the schema page describes every field"))

    def error(self) -> FileProblems:
        """The problem nearest the top of the file, holding all of them."""
        problems = sorted(self.problems, key=lambda p: p.line)
        problems[0].problems = tuple(problems)
        return problems[0]

    def refuse_unsafe_nodes(self, root: yaml.Node, text: str, loader: type) -> None:
        """Report every tag that is not plain data and every alias, wherever they are; nothing reads
        such a node.

        Each node is visited once: through aliases, a file of a kilobyte can hold a tree of a
        thousand million nodes.
        """
        seen: set[int] = set()
        aliased = False
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:  # reached a second time: through an alias
                self._refused.add(id(node))
                aliased = True
                continue
            seen.add(id(node))
            if node.tag not in _SAFE_TAGS:
                self._refused.add(id(node))
                self.report(node, "", f"the tag {node.tag.replace(_TAG, '!!')} is not allowed",
                            "briefings hold plain text, numbers, lists and mappings only")
            if isinstance(node, yaml.MappingNode):
                stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))
        if aliased:  # the nodes do not tell where their aliases are; the parser's events do
            for event in yaml.parse(text, Loader=loader):
                if isinstance(event, yaml.AliasEvent):
                    self.report(event, "", f"the alias *{event.anchor} is not allowed",
                                "write the value out in full: briefings use no anchors (&) and aliases (*)")

    def _unread(self, node: yaml.Node | None) -> bool:
        return node is None or id(node) in self._refused

    def mapping(self, node: yaml.Node | None, where: str, fields: dict[str, bool]) -> dict[str, yaml.Node]:
        """The mapping's value nodes by key; `fields` maps each allowed key to whether it is required.
        Empty when the mapping is absent or not a mapping."""
        if self._unread(node):
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.report(node, where, "expected a mapping of fields")
            return {}
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if self._unread(key_node):
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, where, "expected a field name, found a list or mapping")
                continue
            key = key_node.value  # as written: `yes:` is the unknown field yes, not True
            name = f"{where}.{key}" if where else key
            if key not in fields:
                self.report(key_node, name, "unknown field", "check its spelling against the schema page")
            elif key in out:
                self.report(key_node, name, "appears twice")
            else:
                out[key] = value_node
        for key in (k for k, required in fields.items() if required and k not in out):
            self.report(node, where, f"missing field '{key}'", "every briefing field is listed on the schema page")
        return out

    def is_id(self, node: yaml.Node, where: str, value: str) -> bool:
        """Whether `value` can be an id, reporting it if not."""
        if not _ID.fullmatch(value) or value != value.lower():
            self.report(node, where, f"'{value}' is not a slug", "use lower-case letters, digits and hyphens")
        elif len(value.encode("utf-8")) > MAX_ID_BYTES:
            self.report(node, where, f"is {len(value.encode('utf-8'))} bytes long in UTF-8, more than the "
                        f"{MAX_ID_BYTES} allowed, as it names files", "shorten it")
        elif _DEVICE_NAME.fullmatch(value):
            self.report(node, where, f"'{value}' is a name Windows keeps for a device, so no file can "
                        "have it", f"rename it, e.g. to {value}-1")
        else:
            return True
        return False

    def sequence(self, node: yaml.Node | None, where: str) -> list[yaml.Node] | None:
        if self._unread(node):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, where, "expected a list")
            return None
        return list(node.value)

    def _scalar(self, node: yaml.Node | None, where: str) -> yaml.ScalarNode | None:
        """`node` if it is a single value; None when it is absent, already reported or reported now."""
        if self._unread(node):
            return None
        if isinstance(node, yaml.ScalarNode):
            return node
        self.report(node, where, "expected a single value, found a "
                    + ("list" if isinstance(node, yaml.SequenceNode) else "mapping"))
        return None

    def text(self, node: yaml.Node | None, where: str, *, optional: bool = False,
             clean: Callable[[str], str] | None = clean_line) -> str | None:
        """Text, as `clean` leaves it: by default on one line, without invisible or bidirectional
        control characters, which people's edits and other tools bring in and pages must not show."""
        scalar = self._scalar(node, where)
        if scalar is None or (optional and scalar.tag == _NULL):
            return None
        plain = not scalar.style
        if scalar.tag != _STR:
            expected = "text or null" if optional else "text"
            if plain and scalar.tag in _READ_AS:
                self.report(scalar, where, f"must be {expected}, but {scalar.value} is read as "
                            f"{_READ_AS[scalar.tag]}", "put it in quotes to keep it as text")
            else:
                self.report(scalar, where, f"must be {expected}")
            return None
        value = scalar.value
        if plain and NUMBER_1_2.fullmatch(value):
            self.report(scalar, where, f"{value} is read as a number by YAML 1.2 readers, such as editors "
                        "and JavaScript tools", "put it in quotes to keep it as text")
            return None
        if plain and self._lines[scalar.end_mark.line][scalar.end_mark.column:].lstrip().startswith("#"):
            self.report(scalar, where, "the rest of the line after ' #' is read as a comment and left out",
                        "put the whole value in quotes")
        surrogate = lone_surrogate(value)
        if surrogate:
            self.report(scalar, where, f"holds {surrogate}, half of a UTF-16 surrogate pair, which UTF-8 "
                        "cannot encode", "write the character itself, or one escape of the whole character "
                        "such as \\U0001F600")
            return None
        if clean is not None:
            value = clean(value)
        if not optional and not value.strip():
            self.report(scalar, where, "must not be empty")
            return None
        return value

    def boolean(self, node: yaml.Node | None, where: str) -> bool | None:
        scalar = self._scalar(node, where)
        if scalar is None:
            return None
        if scalar.tag == _BOOL and scalar.value in TRUE + FALSE:
            return scalar.value in TRUE
        if scalar.tag == _BOOL or (not scalar.style and scalar.value.lower() in ONLY_SOME_BOOLEANS):
            self.report(scalar, where, f"must be true or false; {scalar.value} means that to some YAML "
                        "readers only", "write true or false")
        else:
            self.report(scalar, where, "must be true or false", "write true or false")
        return None

    def whole_number(self, node: yaml.Node | None, where: str) -> int | None:
        scalar = self._scalar(node, where)
        if scalar is None:
            return None
        if scalar.tag == _INT and DECIMAL_WHOLE.fullmatch(scalar.value):
            try:
                return int(scalar.value)
            except ValueError:  # Python reads at most a few thousand digits
                self.report(scalar, where, f"has {len(scalar.value)} digits, far too many")
                return None
        if scalar.tag == _INT or (not scalar.style and WHOLE_1_2.fullmatch(scalar.value)):
            self.report(scalar, where, f"{scalar.value} is not written in plain decimal digits, and YAML "
                        "readers differ on what it is", "write it in the digits 0 to 9, without leading "
                        "zeros, underscores, colons or a prefix such as 0x")
        else:
            self.report(scalar, where, "must be a whole number")
        return None

    def number(self, node: yaml.Node | None, where: str) -> float | None:
        scalar = self._scalar(node, where)
        if scalar is None:
            return None
        if scalar.tag in (_INT, _FLOAT) and DECIMAL.fullmatch(scalar.value):
            return float(scalar.value)
        if scalar.tag in (_INT, _FLOAT) or (not scalar.style and NUMBER_1_2.fullmatch(scalar.value)):
            self.report(scalar, where, f"{scalar.value} is not written as a plain decimal number, and YAML "
                        "readers differ on what it is", "write it like 0.9")
        else:
            self.report(scalar, where, "must be a number")
        return None

    def date(self, node: yaml.Node | None, where: str) -> dt.date | None:
        scalar = self._scalar(node, where)
        if scalar is None or scalar.tag == _NULL:
            return None
        # YAML 1.2 has no dates: JavaScript tools read one as text, and write it back in quotes.
        if scalar.tag == _TIMESTAMP or (scalar.tag == _STR and scalar.style and DATE.fullmatch(scalar.value)):
            try:
                value = self._constructor.construct_yaml_timestamp(scalar)
            except ValueError:  # a timestamp such as 2023-02-30, which PyYAML matches but no calendar has
                self.report(scalar, where, f"{scalar.value} is not a real date or time",
                            "write a date that exists, as YYYY-MM-DD")
                return None
            return value.date() if isinstance(value, dt.datetime) else value
        self.report(scalar, where, "must be a date (YYYY-MM-DD) or null")
        return None

    def digest(self, node: yaml.Node | None, where: str) -> str | None:
        value = self.text(node, where, clean=None)
        if value is not None and not SHA256.fullmatch(value):
            self.report(node, where, "must be 64 lower-case hexadecimal digits")
            return None
        return value

    def texts(self, node: yaml.Node | None, where: str, *,
              clean: Callable[[str], str] = clean_line) -> tuple[str | None, ...] | None:
        items = self.sequence(node, where)
        return None if items is None else tuple(self.text(item, f"{where}[{i}]", clean=clean)
                                                 for i, item in enumerate(items))


def load_briefing(path: Path) -> Briefing:
    """Read and validate a briefing file."""
    return parse_briefing(path, read_briefing_text(path))


def read_briefing_text(path: Path) -> str:
    """The text of a briefing file, or a `BriefingError` saying why it cannot be read."""
    return read_briefing_file(path)[0]


def read_briefing_file(path: Path) -> tuple[str, bytes]:
    """The text of a briefing file and its bytes, for a caller that also hashes them (a render
    does), so that the file is read once; or a `BriefingError` saying why it cannot be read."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingError("is not valid UTF-8", path=path, hint="re-save the file as UTF-8") from exc
    except OSError as exc:
        raise BriefingError(f"cannot be read: {exc.strerror or exc}", path=path) from exc
    # Line ends as a file opened as text gives them.
    return (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text), data


def parse_briefing(path: Path, text: str) -> Briefing:
    """The briefing in `text`, read from `path`, or a `BriefingError`: the file's first problem, with
    all of them in its `problems`."""
    root, loader = compose_document(path, text, BriefingError)
    if root is None:
        raise BriefingError("is empty", path=path, hint="delete it or write a briefing into it")
    r = _Reader(path, text)
    r.refuse_unsafe_nodes(root, text, loader)
    briefing = _read_briefing(r, root)
    if r.problems:
        raise r.error()
    return briefing


def compose_document(path: Path, text: str, error: type[FileProblems]) -> tuple[yaml.Node | None, type]:
    """The one YAML document of `text` as nodes (None when it holds none) and the loader that read it;
    `error` when it is not YAML or holds several documents."""
    loader = _LOADER
    try:
        nodes = list(yaml.compose_all(text, Loader=loader))
    except (yaml.YAMLError, ValueError) as exc:  # PyYAML's parser raises ValueError on \U00110000
        if getattr(exc, "problem", None) != "found invalid Unicode character escape code":
            raise _not_yaml(path, exc, error) from exc
        # libyaml refuses the escape of a lone surrogate, as JSON tools write half of a character
        # beyond U+FFFF, without saying which field holds it; PyYAML's own parser reads it, and the
        # field is reported like any other.
        loader = yaml.SafeLoader
        try:
            nodes = list(yaml.compose_all(text, Loader=loader))
        except (yaml.YAMLError, ValueError):
            raise _not_yaml(path, exc, error) from exc
    nodes = [n for n in nodes if n is not None]
    if len(nodes) > 1:
        raise error("holds more than one YAML document", path=path,
                    line=nodes[1].start_mark.line + 1, hint="keep one document per file")
    return (nodes[0] if nodes else None), loader


def _not_yaml(path: Path, exc: Exception, error: type[FileProblems]) -> FileProblems:
    mark = getattr(exc, "problem_mark", None)
    return error(f"is not valid YAML: {getattr(exc, 'problem', None) or exc}", path=path,
                 line=mark.line + 1 if mark else None,
                 hint="fix the YAML syntax, e.g. indentation or an unclosed quote")


def is_web_address(url: str) -> bool:
    """Whether `url` is an http(s) address with a host that `urllib.parse`, and so rendering, can
    take apart."""
    try:
        parts = urllib.parse.urlsplit(url)
        host, _ = parts.hostname, parts.port  # reading the port raises when it is not a number
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def _read_briefing(r: _Reader, root: yaml.Node) -> Briefing:
    """The briefing `root` holds; while `r` has problems, one with None for each value it could not read."""
    top = r.mapping(root, "", BRIEFING.allowed())

    schema = r.whole_number(top.get("schema"), "schema")
    if schema is not None and schema != SCHEMA_VERSION:
        r.report(top["schema"], "schema", f"version {schema} is not supported",
                 f"this generator reads schema {SCHEMA_VERSION}")
    briefing_id = r.text(top.get("id"), "id", clean=None)
    if briefing_id is not None and r.is_id(top["id"], "id", briefing_id) and briefing_id != r.path.stem:
        r.report(top["id"], "id", f"'{briefing_id}' does not match the file name '{r.path.name}'",
                 f"rename the file to {briefing_id}.yaml or change the id")
    title = r.text(top.get("title"), "title")
    date = r.date(top.get("date"), "date")
    reviewed = r.boolean(top["reviewed"], "reviewed") if "reviewed" in top else False

    src = r.mapping(top.get("source"), "source", SOURCE.allowed())
    sha = r.digest(src.get("sha256"), "source.sha256")
    url = r.text(src.get("url"), "source.url", optional=True, clean=strip_invisible)
    if url is not None and not is_web_address(url):
        r.report(src["url"], "source.url", "must be an http:// or https:// address with a host",
                 "write the article's whole address, such as https://example.com/news/1")
    # As written: it names a file, whatever characters that name has.
    source = Source(path=r.text(src.get("path"), "source.path", clean=None), sha256=sha, url=url,
                    author=r.text(src.get("author"), "source.author", optional=True),
                    publisher=r.text(src.get("publisher"), "source.publisher", optional=True))

    summary = r.text(top.get("summary"), "summary", clean=strip_invisible)
    keywords = r.texts(top["keywords"], "keywords") if "keywords" in top else ()
    paragraphs = r.texts(top.get("paragraphs"), "paragraphs", clean=strip_invisible)

    def paragraph_number(node: yaml.Node | None, where: str) -> int | None:
        number = r.whole_number(node, where)
        if number is not None and paragraphs is not None and not 1 <= number <= len(paragraphs):
            r.report(node, where, f"paragraph {number} does not exist",
                     f"the briefing has paragraphs 1 to {len(paragraphs)}")
            return None
        return number

    actors: list[Actor] = []
    actor_ids: set[str] = set()  # every id read as text, valid or not, so that a bad id is reported once
    every_actor_id_read = True
    actor_nodes = r.sequence(top.get("actors"), "actors")
    for i, node in enumerate(actor_nodes or ()):
        where = f"actors[{i}]"
        f = r.mapping(node, where, ACTOR.allowed())
        actor_id = r.text(f.get("id"), f"{where}.id", clean=None)
        if actor_id is None:
            every_actor_id_read = False
        else:
            if r.is_id(f["id"], f"{where}.id", actor_id) and actor_id in actor_ids:
                r.report(f["id"], f"{where}.id", f"'{actor_id}' is used by two actors",
                         "give each actor its own id")
            actor_ids.add(actor_id)
        kind = r.text(f.get("type"), f"{where}.type")
        if kind is not None and kind not in ACTOR_TYPES:
            r.report(f["type"], f"{where}.type", f"'{kind}' is not an actor type",
                     "use one of " + ", ".join(ACTOR_TYPES))
        actors.append(Actor(
            id=actor_id, name=r.text(f.get("name"), f"{where}.name"), type=kind,
            role=r.text(f.get("role"), f"{where}.role", optional=True),
            aliases=r.texts(f["aliases"], f"{where}.aliases") if "aliases" in f else (),
            named=r.boolean(f["named"], f"{where}.named") if "named" in f else True))
    known_actors = actor_nodes is not None and every_actor_id_read

    def actor_ref(node: yaml.Node | None, where: str, optional: bool) -> str | None:
        ref = r.text(node, where, optional=optional, clean=None)
        if ref is not None and known_actors and ref not in actor_ids:
            r.report(node, where, f"unknown actor '{ref}'", "use the id of an actor listed under actors")
        return ref

    def confidence(fields: dict[str, yaml.Node], where: str) -> float | None:
        value = r.number(fields["confidence"], f"{where}.confidence") if "confidence" in fields else 0.0
        if value is not None and not 0 <= value <= 1:
            r.report(fields["confidence"], f"{where}.confidence", "must be between 0 and 1")
        return value

    positions: list[Position] = []
    for i, node in enumerate(r.sequence(top.get("positions"), "positions") or ()):
        where = f"positions[{i}]"
        f = r.mapping(node, where, POSITION.allowed())
        polarity = r.text(f.get("polarity"), f"{where}.polarity")
        if polarity is not None and polarity not in POLARITIES:
            r.report(f["polarity"], f"{where}.polarity", f"'{polarity}' is not a polarity",
                     "use one of " + ", ".join(POLARITIES))
        positions.append(Position(actor=actor_ref(f.get("actor"), f"{where}.actor", False),
                                  stance=r.text(f.get("stance"), f"{where}.stance"),
                                  polarity=polarity,
                                  paragraph=paragraph_number(f.get("paragraph"), f"{where}.paragraph"),
                                  confidence=confidence(f, where)))

    quotes: list[Quote] = []
    for i, node in enumerate(r.sequence(top.get("quotes"), "quotes") or ()):
        where = f"quotes[{i}]"
        f = r.mapping(node, where, QUOTE.allowed())
        # Cleaned as its paragraph is: deleting the same characters from both keeps it a part of it.
        quote_text = r.text(f.get("text"), f"{where}.text", clean=strip_invisible)
        number = paragraph_number(f.get("paragraph"), f"{where}.paragraph")
        paragraph = paragraphs[number - 1] if paragraphs is not None and number is not None else None
        if quote_text is not None and paragraph is not None and quote_text not in paragraph:
            r.report(f["text"], f"{where}.text", f"is not found word for word in paragraph {number}",
                     "quotes must be copied exactly from the article")
        quotes.append(Quote(text=quote_text, speaker=actor_ref(f.get("speaker"), f"{where}.speaker", True),
                            paragraph=number,
                            partial=r.boolean(f["partial"], f"{where}.partial") if "partial" in f else False,
                            key=r.boolean(f["key"], f"{where}.key") if "key" in f else False,
                            confidence=confidence(f, where)))

    gen = r.mapping(top.get("generator"), "generator", GENERATOR.allowed())
    if "checksum" in gen:  # `was_edited` reads it from the text; here it is only checked
        r.digest(gen["checksum"], "generator.checksum")
    grounding = None
    if "grounding" in gen:
        counts = r.mapping(gen["grounding"], "generator.grounding", GROUNDING.allowed())
        grounding = Grounding(**{name: _count(r, node, f"generator.grounding.{name}") for name, node in counts.items()})
    generator = GeneratorInfo(backend=r.text(gen.get("backend"), "generator.backend"),
                              version=r.text(gen.get("version"), "generator.version"), grounding=grounding)

    return Briefing(id=briefing_id, title=title, date=date, source=source, summary=summary,
                    generator=generator, paragraphs=paragraphs, keywords=keywords,
                    actors=tuple(actors), positions=tuple(positions), quotes=tuple(quotes),
                    reviewed=reviewed, schema=schema)


def _count(r: _Reader, node: yaml.Node, where: str) -> int | None:
    number = r.whole_number(node, where)
    if number is not None and number < 0:
        r.report(node, where, f"{number} is not a count", "write a whole number of at least 0")
        return None
    return number
