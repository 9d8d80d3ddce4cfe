"""The sandboxed Jinja environment: where templates are found, the filters and globals they get, and
template errors as one line naming the template's file and line.

Block tags swallow the newline after them (trim_blocks): write ``+%}`` where a line must end after one."""

from __future__ import annotations

import datetime as dt
import re
import types
from pathlib import Path
from types import TracebackType
from typing import Any, Iterable

import jinja2
import jinja2.compiler
import jinja2.filters
import jinja2.nodes
import jinja2.runtime
import jinja2.sandbox
from jinja2 import pass_context
from markupsafe import Markup

from ..config import FEED_PATH, Project
from ..errors import TemplateError
from ..indexing import month_name
from .data import DATA_PATH
from .escaping import escape_html, escape_text, escape_url, mark_quoted
from .feed import writes_feed
from .memo import TemplateCode
from .models import SourceParagraph, briefing_path

DEFAULT_TEMPLATES = Path(__file__).parent.parent / "templates"
DEFAULT_PREFIX = "!default"


def _relative_url(page: str, target: str) -> str:
    """A link from site page `page` to `target` (both relative to docs_dir, optional #fragment)."""
    path, _, fragment = target.partition("#")
    if path:
        path = _relative_path(page, path)
    return f"{path}#{fragment}" if fragment else path


def _relative_path(page: str, path: str) -> str:
    # posixpath.relpath, for the clean relative paths of docs pages (no "." or ".." parts), without
    # its two abspath calls: pages make over a hundred thousand links.
    here, there = page.split("/")[:-1], path.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def _join(eval_ctx: Any, value: Iterable[Any], d: str = "", attribute: Any = None) -> Any:
    # Jinja's own join escapes plain items with HTML escaping only when any item is Markup.
    items = list(value)
    if attribute is not None:
        getter = jinja2.filters.make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(item) for item in items]
    if any(isinstance(i, Markup) for i in (*items, d)):
        return Markup(escape_text(d)).join(escape_text(i) for i in items)
    return str(d).join(str(i) for i in items)


class _CodeGenerator(jinja2.compiler.CodeGenerator):
    def _output_child_pre(self, node: jinja2.nodes.Expr, frame: Any, finalize: Any) -> None:
        # Autoescaping wraps every {{ }} in escape(finalize(value)); our finalize, `escape_text`, already
        # returns Markup, which escape() would only copy: a million copies on a cold render of a
        # thousand briefings. Where autoescaping is switched on and off at run time, Jinja's own code.
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is not None:
            self.write("(" + finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    # `a ~ b` compiles to Jinja's markup_join, which HTML-escapes (but does not Markdown-escape) the
    # plain parts as soon as one part is Markup; route it through our escaping instead.
    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Any) -> None:
        self.write("environment.concat_values((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


_MISSING = object()


class _Environment(jinja2.sandbox.ImmutableSandboxedEnvironment):
    # Templates are code, and not always the site owner's: the sandbox keeps them from Python's
    # internals (attributes beginning with "_", through which a template could reach modules, files
    # and the shell of the machine that builds) and from changing the lists and dicts they receive,
    # which other pages share.
    code_generator_class = _CodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # The sandbox's answer depends on the object's type and the attribute's name only, and working
        # it out (isinstance against a dozen types and abstract classes) on every attribute a page
        # reads made rendering 60% slower.
        key = (type(obj), attr)
        safe = self._safe.get(key)
        if safe is None:
            safe = self._safe[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def getattr(self, obj: Any, attribute: str) -> Any:
        # An attribute already found safe on this type needs none of the sandbox's other work, unless
        # it is a method: the sandbox wraps str.format, which could otherwise read any attribute.
        if self._safe.get((type(obj), attribute)):
            value = getattr(obj, attribute, _MISSING)
            if value is not _MISSING and not isinstance(value, (types.MethodType, types.BuiltinMethodType)):
                return value
        return super().getattr(obj, attribute)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # Pages call the templates' own macros two hundred thousand times, and for each the sandbox
        # and the context would work out, from the object's attributes, what Jinja's macro class
        # always is: safe to call, and taking the evaluation context first. The rest as they do.
        if type(__obj) is not jinja2.runtime.Macro:
            return super().call(__context, __obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(__context.eval_ctx, *args, **kwargs)
        except StopIteration:
            return __context.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")

    @staticmethod
    def concat_values(values: Iterable[Any]) -> str:
        values = list(values)
        if any(isinstance(v, Markup) for v in values):
            return Markup("").join(escape_text(v) for v in values)
        return "".join(str(v) for v in values)


def format_date(value: dt.date | None) -> str:
    """The one date format of the site, independent of the machine's locale."""
    if value is None:
        return "undated"
    return f"{value.day} {month_name(value.month)} {value.year}"


@pass_context
def _link(context: jinja2.runtime.Context, target: str) -> Markup:
    """A relative link from the page being rendered to `target` (a docs path, optional #fragment)."""
    return _link_target(_relative_url(context["page"], str(target)))


@pass_context
def _paragraph_link(context: jinja2.runtime.Context, number: int, page: str | None = None) -> Markup:
    """``[¶3](#p-3)`` on the same page, or to paragraph 3 of briefing page `page`."""
    number = int(number)
    target = _relative_url(context["page"], f"{page}#p-{number}") if page else f"#p-{number}"
    return Markup(f"[¶{number}]({_link_target(target)})")


# Letters, digits and "_./#%~-" cannot end or break a Markdown link target. Generated paths are made
# of nothing else, and leaving them unescaped spares Python-Markdown a quarter of its work on a page.
_PLAIN_TARGET = re.compile(r"[\w./#%~-]+")


def _link_target(target: str) -> Markup:
    return Markup(target) if _PLAIN_TARGET.fullmatch(target) else escape_text(target)


def _marked(paragraph: SourceParagraph) -> Markup:
    """A source paragraph's text with its quoted words as links back to who said them, styled as marks."""
    return mark_quoted(paragraph, escape_text,
                       lambda words, anchor: f"[{words}](#{anchor})" '{: .briefings-quoted title="Who said it" }')


def _marked_html(paragraph: SourceParagraph) -> Markup:
    """The same, as HTML for a raw HTML block."""
    return mark_quoted(paragraph, escape_html, lambda words, anchor:
                       f'<a class="briefings-quoted" href="#{escape_html(anchor)}" title="Who said it">{words}</a>')


def _trusted(value: object) -> Markup:
    """The opt-out: print `value` as Markdown/HTML exactly as it is. Never use it on article text."""
    return Markup("" if value is None else str(value))


def template_folders(project: Project) -> list[Path]:
    """The folders searched for templates, in order."""
    return ([project.templates_dir] if project.templates_dir else []) + [DEFAULT_TEMPLATES]


def make_environment(project: Project, code: TemplateCode | None = None) -> jinja2.Environment:
    """The Jinja environment: the site's templates first, then the defaults, also as ``!default/…``;
    `code` keeps the templates compiled."""
    default = jinja2.FileSystemLoader(DEFAULT_TEMPLATES)
    loaders: list[jinja2.BaseLoader] = []
    if project.templates_dir:
        loaders.append(jinja2.FileSystemLoader(project.templates_dir))
    loaders += [default, jinja2.PrefixLoader({DEFAULT_PREFIX: default}, delimiter="/")]
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        # Runs on every {{ }}; Markup (from `trusted`, macros, our filters) is already safe Markdown and
        # passes unchanged, so macros and includes are never escaped twice.
        finalize=escape_text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=code,
    )
    env.filters.update({
        "date": format_date,
        "month_name": month_name,
        "link": _link,
        "paragraph_link": _paragraph_link,
        "trusted": _trusted,
        "marked": _marked,
        "html": escape_html,
        "marked_html": _marked_html,
        "url": escape_url,
        "join": jinja2.pass_eval_context(_join),
    })
    env.globals.update({
        "briefing_path": briefing_path,
        "site_name": project.site_name,
        "site_url": project.site_url,
        "sections": tuple(project.sections),
        "feed_path": FEED_PATH if writes_feed(project) else None,
        "data_path": DATA_PATH if "data" in project.sections else None,
    })
    return env


def template_error(exc: Exception, project: Project, name: str, env: jinja2.Environment) -> TemplateError:
    folders = searched_folders(project)
    if isinstance(exc, jinja2.TemplatesNotFound):
        missing = ", ".join(repr(n) for n in exc.templates)
        return TemplateError(f"template {missing} not found (needed by '{name}'); searched {folders}",
                             hint="create it in the templates folder or fix the name")
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(f"template '{exc.name}' not found (needed by '{name}'); searched {folders}",
                             hint="create it in the templates folder or fix the name")
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateError(f"template '{exc.name or name}': syntax error: {exc.message}",
                             path=exc.filename, line=exc.lineno, hint="fix the Jinja syntax")
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    filename, line = _template_frame(exc.__traceback__, env)
    shown = _template_name(filename, project) if filename else name
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(f"template '{shown}': {exc.message}", path=filename, line=line,
                             hint="the template context of each page is listed in the README")
    if isinstance(exc, jinja2.sandbox.SecurityError):
        return TemplateError(f"template '{shown}': refused by the sandbox: {str(exc).rstrip('.')}",
                             path=filename, line=line, hint=SANDBOX_HINT)
    return TemplateError(f"template '{shown}': {type(exc).__name__}: {exc}", path=filename, line=line)


def searched_folders(project: Project) -> str:
    return ", ".join(str(f) for f in template_folders(project))


def _template_frame(tb: TracebackType | None, env: jinja2.Environment) -> tuple[str | None, int | None]:
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or "<template>" in filename:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _template_name(filename: str, project: Project) -> str:
    for folder, prefix in ((project.templates_dir, ""), (DEFAULT_TEMPLATES, DEFAULT_PREFIX + "/")):
        if folder is None:
            continue
        try:
            return prefix + Path(filename).resolve().relative_to(Path(folder).resolve()).as_posix()
        except ValueError:
            continue
    return filename


SANDBOX_HINT = ("a template may read the values it receives, but not their attributes that begin with '_' "
                 "nor change its lists and dicts")
