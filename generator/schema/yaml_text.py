"""Plain data as block YAML text, byte for byte as PyYAML writes it with `Dumper` below, fast.

PyYAML's representer, in Python, builds a node for every value before its emitter runs; over a
briefing that took more time than libyaml's emitter itself. A briefing is a tree of a few plain
types whose YAML form is fixed, so this module lays out the block structure itself, spells numbers,
dates, booleans and None as the safe representer does, writes text as it is where the emitter's
rules surely keep it plain, and leaves the other text to libyaml, all of a document in one call.
Whatever it cannot be sure of (another type, text libyaml writes otherwise than PyYAML) goes
through PyYAML whole.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Any

import yaml
from yaml.nodes import ScalarNode, SequenceNode
from yaml.resolver import Resolver

from .yaml12 import NUMBER_1_2, UNICODE_BREAK

_TEXT = "tag:yaml.org,2002:str"
_CEmitter = getattr(yaml, "CSafeDumper", None)


class Dumper(yaml.SafeDumper):
    # Sequences indented under their key read better for people editing the file by hand.
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def text_style(value: str) -> str | None:
    """The quoting a text must have whatever the emitter would choose, None to let it choose."""
    if UNICODE_BREAK.search(value):
        # YAML 1.1 reads these as line breaks and YAML 1.2 as text: written as escapes, in double
        # quotes, they are the same character to both.
        return '"'
    if "\n" in value:
        return "|"
    if NUMBER_1_2.fullmatch(value):
        # PyYAML quotes what YAML 1.1 reads as a number; YAML 1.2 reads more text so, such as 1e3.
        return "'"
    return None


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(_TEXT, value, style=text_style(value))


Dumper.add_representer(str, _represent_str)


def yaml_text(data: dict[str, Any]) -> str:
    """`data` (text keys; values text, whole and decimal numbers, booleans, None, dates, lists and
    dicts of them, no list or dict twice) as block YAML in its key order, never wrapped."""
    if _CEmitter is not None:
        try:
            return _BlockWriter().write(data)
        except _LeftToPyYAML:
            pass
    return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=float("inf"))


# Text the emitter writes plain, as it is, in block context, whatever else surrounds it: from the
# first character on, no indicator that counts there (`- `, `#`, a quote, ...), no `:` or `#` at all
# (`: ` and ` #` would end it), no leading or trailing space, and only characters both PyYAML and
# libyaml print as they are (no control character, line break, byte order mark or character beyond
# the Basic Multilingual Plane). Starting with a letter or a character beyond ASCII, it is no number
# to YAML 1.1 or 1.2 either; the resolver still reads a few words (`yes`, `Null`) as something else.
_PRINTED = "\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
_PLAIN = re.compile(f"[A-Za-z{_PRINTED}](?:[ -\"$-9;-~{_PRINTED}]*[!-\"$-9;-~{_PRINTED}])?")
_RESOLVER = Resolver()
_RESOLVED_BY_FIRST = _RESOLVER.yaml_implicit_resolvers
# Keys stay short of the length at which the emitter stops writing them as simple `key:`.
_SIMPLE_KEY = 100
# libyaml writes a line break or carriage return on lines of their own, which the sequence of text
# it writes cannot hold, and escapes characters beyond the Basic Multilingual Plane, which PyYAML
# writes as they are.
_NOT_FOR_LIBYAML = re.compile("[\n\r\U00010000-\U0010ffff]")


class _LeftToPyYAML(Exception):
    """Data this writer cannot be sure to write as PyYAML does."""


def _plain(value: str) -> bool:
    return (_PLAIN.fullmatch(value) is not None
            and (value[0] not in _RESOLVED_BY_FIRST
                 or _RESOLVER.resolve(ScalarNode, value, (True, False)) == _TEXT))


# Keys are the few names of the schema's fields, again and again.
@functools.lru_cache(maxsize=1024)
def _simple_key(key: str) -> bool:
    return len(key) <= _SIMPLE_KEY and _plain(key)


def _float(value: float) -> str:
    """A decimal number as the safe representer spells it: the resolver reads each back plain."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    # repr writes 1e+17 without a point, which YAML 1.1 reads as text.
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


class _BlockWriter:
    """One document: the pieces of its text in order, the text libyaml is to write left as None."""

    def __init__(self) -> None:
        self.pieces: list[str | None] = []
        self.quoted: dict[str, list[int]] = {}  # each text left to libyaml: where its pieces go

    def write(self, data: dict[str, Any]) -> str:
        self.mapping(data, "", "")
        if self.quoted:
            for written, places in zip(_libyaml_texts(list(self.quoted)), self.quoted.values()):
                for place in places:
                    self.pieces[place] = f" {written}\n"
        return "".join(self.pieces)  # type: ignore[arg-type]

    def mapping(self, mapping: dict[str, Any], indent: str, first: str) -> None:
        """Its keys at `indent`, the first after `first` (the indentation, or nothing after `- `)."""
        pieces = self.pieces
        for key, value in mapping.items():
            if type(key) is not str or not _simple_key(key):
                raise _LeftToPyYAML
            pieces.append(f"{first}{key}:")
            self.node(value, indent)
            first = indent

    def sequence(self, items: list[Any], indent: str, first: str) -> None:
        pieces = self.pieces
        for item in items:
            pieces.append(first + "-")
            kind = type(item)
            if kind is dict and item:
                pieces.append(" ")
                self.mapping(item, indent + "  ", "")
            elif kind is list and item:
                pieces.append(" ")
                self.sequence(item, indent + "  ", "")
            else:
                self.node(item, indent)
            first = indent

    def node(self, value: Any, indent: str) -> None:
        """A value after its key's `:` or its item's `-`: on the same line, or on lines of its own
        indented under the key (empty lists and dicts stay on the line, in flow style)."""
        kind = type(value)
        pieces = self.pieces
        if kind is dict or kind is list:
            if not value:
                pieces.append(" {}\n" if kind is dict else " []\n")
                return
            pieces.append("\n")
            inner = indent + "  "
            (self.mapping if kind is dict else self.sequence)(value, inner, inner)
            return
        if kind is str:
            if _plain(value):
                pieces.append(f" {value}\n")
            else:
                if _NOT_FOR_LIBYAML.search(value):
                    raise _LeftToPyYAML
                self.quoted.setdefault(value, []).append(len(pieces))
                pieces.append(None)
        elif kind is bool:
            pieces.append(" true\n" if value else " false\n")
        elif kind is int:
            pieces.append(f" {value}\n")
        elif value is None:
            pieces.append(" null\n")
        elif kind is float:
            pieces.append(f" {_float(value)}\n")
        elif kind is dt.date:
            pieces.append(f" {value.isoformat()}\n")
        else:
            raise _LeftToPyYAML


def _libyaml_texts(values: list[str]) -> list[str]:
    """Each text as libyaml writes it in block context, quoted or plain, on one line: one sequence
    of all of them, so that its setting up is paid once a document."""
    node = SequenceNode("tag:yaml.org,2002:seq",
                        [ScalarNode(_TEXT, value, style=text_style(value)) for value in values], flow_style=False)
    text = yaml.serialize(node, Dumper=_CEmitter, allow_unicode=True, width=-1)
    return [line[2:] for line in text.split("\n")[:-1]]  # each line "- " and the text
