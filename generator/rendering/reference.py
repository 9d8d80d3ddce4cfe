"""The template reference: `briefings templates` and the site's ``templates.md`` page, made from
`context` and the dataclasses templates receive."""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from collections.abc import Callable
from functools import cached_property
from typing import Any, Iterable

import jinja2
import jinja2.nodes

from ..config import Project
from .context import COMMON_VARIABLES, CUSTOM_PAGE, FILTERS, PAGE_TYPES, Variable
from .environment import DEFAULT_TEMPLATES


def type_name(tp: Any) -> str:
    """A type expression as template authors read it: ``list[Briefing]``, ``str | None``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(type_name(a) for a in args)
    if origin is Callable:
        parameters, result = args
        return f"function({', '.join(type_name(a) for a in parameters)}) -> {type_name(result)}"
    if origin is not None:
        return f"{origin.__name__}[{', '.join('...' if a is Ellipsis else type_name(a) for a in args)}]"
    return "None" if tp is type(None) else tp.__name__


def _documented_types() -> list[type]:
    """Every dataclass reachable from the template variables, in the order first met."""
    found: dict[type, None] = {}

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            if arg is not Ellipsis and not isinstance(arg, list):
                visit(arg)
        if dataclasses.is_dataclass(tp) and tp not in found:
            found[tp] = None
            for _, hint, _ in _attributes(tp):
                visit(hint)

    for page_type in (*PAGE_TYPES.values(), CUSTOM_PAGE):
        for variable in (*COMMON_VARIABLES, *page_type.variables):
            visit(variable.type)
    return list(found)


def _attributes(cls: type) -> list[tuple[str, Any, str]]:
    """The attributes a template can read of a dataclass: its public fields, then its properties
    (with their docstrings); each as (name, type, doc)."""
    found = [(name, hint, "") for name, hint in typing.get_type_hints(cls).items() if not name.startswith("_")]
    for name, member in vars(cls).items():
        if isinstance(member, (property, cached_property)) and not name.startswith("_"):
            getter = member.fget if isinstance(member, property) else member.func
            found.append((name, typing.get_type_hints(getter)["return"], inspect.getdoc(getter) or ""))
    return found


def _variable_lines(variables: Iterable[Variable]) -> list[str]:
    return [f"- `{v.name}` (`{type_name(v.type)}`): {v.doc}" for v in variables]


def template_reference() -> str:
    """The template context as a Markdown page: variables per template, filters, and the object types."""
    lines = [
        "# Templates",
        "",
        "Every page of this site is rendered from a Jinja template. This page lists what each template "
        "receives, with its type; it is generated from the code, and `briefings templates` prints it. "
        "Everything a template prints with `{{ }}` is escaped for Markdown and HTML. The fields of a "
        "briefing are described on the briefing format page (`schema.md`).",
        "",
        "## Every template",
        "",
        *_variable_lines(COMMON_VARIABLES),
        "",
    ]
    lines += [
        "## Extending a default template",
        "",
        ("Each default template is made of named blocks. A template of yours with the same name can extend "
         "the default and replace only some of them, using the macros of `_macros.md.j2` (imported as `m`). "
         "`briefings check` names a block the default does not have, and renders every template against "
         "a small sample collection, so that a misspelt name or attribute is caught before a build."),
        "",
        '    {% extends "!default/briefing.md.j2" %}',
        "    {% block summary %}",
        "    ## In short",
        "",
        "    {{ briefing.summary }} {{ m.date_prefix(briefing) }}",
        "",
        "    {% endblock %}",
        "",
    ]
    for page_type in (*PAGE_TYPES.values(), CUSTOM_PAGE):
        section = f" (section `{page_type.section}`)" if page_type.section else ""
        blocks = default_blocks(page_type.template) if page_type is not CUSTOM_PAGE else []
        lines += [f"## {page_type.template}", "",
                  f"{page_type.doc} Pages: {page_type.pages}{section}.", "",
                  *([f"Blocks, in order: {', '.join(f'`{b}`' for b in blocks)}.", ""] if blocks else []),
                  *_variable_lines(page_type.variables), ""]
    lines += ["## Filters", "", *(f"- `{name}`: {doc}" for name, doc in FILTERS.items()), "", "## Types", ""]
    for cls in _documented_types():
        doc = inspect.getdoc(cls) or ""
        if doc.startswith(f"{cls.__name__}("):  # the signature dataclasses make up without a docstring
            doc = ""
        lines += [f"### {cls.__name__}", "", *([doc, ""] if doc else [])]
        lines += [f"- `{name}` (`{type_name(hint)}`){f': {doc}' if doc else ''}"
                  for name, hint, doc in _attributes(cls)]
        for name, member in vars(cls).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                signature = str(inspect.signature(member)).replace("'", "").replace("(self, ", "(")
                lines.append(f"- `{name}{signature}` (method)")
        lines.append("")
    return "\n".join(lines)


def default_blocks(template: str) -> list[str]:
    """The blocks of default template `template`, in the order they are written."""
    source = (DEFAULT_TEMPLATES / template).read_text(encoding="utf-8")
    ast = jinja2.Environment().parse(source)
    return [block.name for block in ast.find_all(jinja2.nodes.Block)]


def describe_templates(project: Project) -> str:
    """Which templates the site overrides or adds, then the template reference."""
    defaults = set(jinja2.FileSystemLoader(DEFAULT_TEMPLATES).list_templates())
    lines = []
    if project.templates_dir:
        mine = sorted(jinja2.FileSystemLoader(project.templates_dir).list_templates())
        pages_of = {}
        for page, template in project.pages:
            pages_of.setdefault(template, []).append(page)
        lines.append(f"Your templates, in {project.relative(project.templates_dir)} (searched first):")
        for name in mine:
            if name in defaults:
                role = "overrides the default"
            elif name in pages_of:
                role = "renders " + ", ".join(pages_of[name])
            else:
                role = "yours (included or extended by others)"
            lines.append(f"  {name}: {role}")
        if not mine:
            lines.append("  none")
    else:
        lines.append("No templates_dir in mkdocs.yml: every page uses the default templates.")
    lines += [f"Default templates, in {DEFAULT_TEMPLATES}: {', '.join(sorted(defaults))}", "", ""]
    return "\n".join(lines) + template_reference()
