"""`briefings check` for templates: every problem a template has, found before any page is built."""

from __future__ import annotations

import dataclasses

import jinja2
import jinja2.meta
import jinja2.nodes

from ..config import SECTIONS, Project
from ..errors import TemplateError
from ..register import Register
from ..sample import sample_briefings
from .context import PAGE_TEMPLATES
from .environment import DEFAULT_PREFIX, SANDBOX_HINT, make_environment, searched_folders, template_error
from .pages import render_pages


def check_templates(project: Project) -> list[TemplateError]:
    """Compile every template, check its extends/imports/includes exist and that it reads no attribute
    the sandbox refuses; one error per problem."""
    env = make_environment(project)
    errors: list[TemplateError] = []
    names = sorted(n for n in env.list_templates() if n.endswith(".j2"))
    known = set(names)
    for kind, name in PAGE_TEMPLATES.items():
        if name not in known:
            errors.append(template_error(jinja2.TemplateNotFound(name), project, f"the {kind} page", env))
    for page, name in project.pages:
        if name not in known:
            errors.append(template_error(jinja2.TemplateNotFound(name), project, f"the page {page}", env))
    for name in names:
        if name.startswith(DEFAULT_PREFIX + "/"):
            continue  # the same files as the unprefixed defaults
        try:
            source, filename, _ = env.loader.get_source(env, name)
            ast = env.parse(source, name, filename)
            env.compile(ast, name, filename)
        except Exception as exc:
            errors.append(template_error(exc, project, name, env))
            continue
        for ref in jinja2.meta.find_referenced_templates(ast):
            if ref is not None and ref not in known:
                errors.append(TemplateError(
                    f"template '{name}' refers to '{ref}', which does not exist; searched "
                    f"{searched_folders(project)}", path=filename))
        errors += [TemplateError(f"template '{name}': reads the attribute '{attribute}', which the sandbox refuses",
                                 path=filename, line=line, hint=SANDBOX_HINT)
                   for attribute, line in _private_attributes(ast)]
        errors += _unknown_blocks(env, name, ast, filename)
    if not errors:
        errors += _sample_render_errors(project)
    return errors


def _unknown_blocks(env: jinja2.Environment, name: str, ast: jinja2.nodes.Template, filename: str | None
                    ) -> list[TemplateError]:
    """A template that extends another and fills a block the other does not have: Jinja ignores it
    without a word, so what its author wrote never shows."""
    extends = next(ast.find_all(jinja2.nodes.Extends), None)
    if extends is None or not isinstance(extends.template, jinja2.nodes.Const):
        return []
    parent = str(extends.template.value)
    try:
        known = _blocks_of(env, parent, set())
    except jinja2.TemplateError:
        return []  # a missing or broken parent is reported on its own
    return [TemplateError(f"template '{name}' fills the block '{block.name}', which '{parent}' does not have "
                          f"(its blocks: {', '.join(sorted(known)) or 'none'})", path=filename, line=block.lineno,
                          hint="fix the block's name; the Templates page lists each default template's blocks")
            for block in ast.find_all(jinja2.nodes.Block) if block.name not in known]


def _blocks_of(env: jinja2.Environment, name: str, seen: set[str]) -> set[str]:
    """The blocks template `name` and the templates it extends define."""
    if name in seen:
        return set()
    seen.add(name)
    source, filename, _ = env.loader.get_source(env, name)
    ast = env.parse(source, name, filename)
    blocks = {block.name for block in ast.find_all(jinja2.nodes.Block)}
    extends = next(ast.find_all(jinja2.nodes.Extends), None)
    if extends is not None and isinstance(extends.template, jinja2.nodes.Const):
        blocks |= _blocks_of(env, str(extends.template.value), seen)
    return blocks


def _sample_render_errors(project: Project) -> list[TemplateError]:
    """Every page type rendered from the project's templates against a small invented collection with
    every section on, so that an unknown name or attribute fails here rather than in a build."""
    sample = dataclasses.replace(project, sections=tuple(SECTIONS), topic_min_briefings=1,
                                 site_url=project.site_url or "https://example.org/")
    errors: list[TemplateError] = []
    render_pages(sample, sample_briefings(), register=Register(), errors=errors)
    for error in errors:
        error.message += " (rendering a sample collection)"
    return errors


def _private_attributes(node: jinja2.nodes.Node) -> list[tuple[str, int]]:
    """The attributes beginning with "_" that a template names, with their lines: the sandbox refuses
    them on every value, so they are errors before any page is rendered. Of a chain such as
    ``a.__b.__c`` only the first is named, as rendering stops there. (Other refusals, such as of an
    attribute named by a variable, show when rendering, with the template's line too.)"""
    found = [item for child in node.iter_child_nodes() for item in _private_attributes(child)]
    if isinstance(node, jinja2.nodes.Getattr):
        attribute = node.attr
    elif isinstance(node, jinja2.nodes.Getitem) and isinstance(node.arg, jinja2.nodes.Const):
        attribute = node.arg.value
    elif isinstance(node, jinja2.nodes.Filter) and node.name == "attr" and node.args \
            and isinstance(node.args[0], jinja2.nodes.Const):
        attribute = node.args[0].value
    else:
        return found
    if not found and isinstance(attribute, str) and attribute.startswith("_"):
        found.append((attribute, node.lineno))
    return found
