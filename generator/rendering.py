"""Rendering: briefings to the Markdown pages MkDocs builds, written into the generated docs folder.

Pages are computed in memory first, as ``{relative path: text}``, and only then synchronised with
``Project.docs_dir``: a changed page is replaced atomically, an unchanged one keeps its bytes (and its
modification time, so ``mkdocs serve`` does not rebuild in a loop), and a page nobody produces any more
is deleted. Hand-written pages from ``Project.pages_dir`` are copied in by the same rule.

Article text is untrusted: Python-Markdown passes raw HTML and ``javascript:`` links straight through
and MkDocs adds no sanitiser, so every value a template prints is escaped for HTML *and* Markdown
unless the template marks it with the ``trusted`` filter.

Template context. Every template gets ``page`` (str: its path in docs_dir, e.g. ``briefings/x.md``),
``site_name`` (str), ``site_url`` (str | None), ``sections`` (tuple of "briefings", "actors",
"archive") and the function ``briefing_path(id) -> str``. Besides:

* ``index.md.j2``: ``briefings`` (list[Briefing], newest first, undated last), ``latest`` (the first
  `LATEST_COUNT` of them);
* ``briefing.md.j2``: ``briefing`` (Briefing), ``actor_paths`` (dict actor id -> actor page path, for
  named actors when the actors section is on), ``positions_by_actor`` (list of (Actor,
  list[Position]) in actor order), ``key_quotes`` (list[Quote]);
* ``actor.md.j2``: ``actor`` (ActorRecord);
* ``actors.md.j2``: ``actors`` (list[ActorRecord], by name);
* ``archive.md.j2``: ``years`` (list[ArchiveYear], newest first), ``undated`` (list[Briefing]),
  ``briefings`` (list[Briefing], newest first).

Filters: ``date`` (date | None -> "24 February 2022" or "undated"), ``month_name``, ``link`` (docs
path -> link relative to the current page), ``paragraph_link(n, page=None)`` (-> ``[¶n](#p-n)``,
or to paragraph n of docs page `page`), ``url`` (http(s) only), ``trusted``; ``join`` escapes like
``{{ }}``. ``None`` prints as nothing. Block tags swallow the newline after them (trim_blocks):
write ``+%}`` where a line must end after one.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Iterable

import jinja2
import jinja2.compiler
import jinja2.filters
import jinja2.meta
import jinja2.nodes
import jinja2.runtime
import markdown
from jinja2 import pass_context
from markupsafe import Markup

from .config import Project
from .errors import BuildError, TemplateError
from .schema import Actor, Briefing, Position, Quote, slugify
from .writing import write_if_changed

DEFAULT_TEMPLATES = Path(__file__).parent / "templates"
DEFAULT_PREFIX = "!default"
MARKER = ".briefings-generated"
LATEST_COUNT = 10

PAGE_TEMPLATES = {
    "index": "index.md.j2",
    "briefing": "briefing.md.j2",
    "actor": "actor.md.j2",
    "actors": "actors.md.j2",
    "archive": "archive.md.j2",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


# -- escaping ------------------------------------------------------------------------------------

# The characters Python-Markdown lets a backslash escape, read from the installed version (with the
# tables extension, which adds "|") rather than copied, so an upgrade cannot silently widen the gap.
MARKDOWN_ESCAPED_CHARS = frozenset(markdown.Markdown(extensions=["tables"]).ESCAPED_CHARS)
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
# One pass over the text, not HTML escaping followed by Markdown escaping: the "#" of "&#39;" must not
# be backslashed, and ">" must become "&gt;" (a backslash before an entity would show on the page).
_ESCAPES = str.maketrans({**{c: "\\" + c for c in MARKDOWN_ESCAPED_CHARS}, **_HTML_ENTITIES})
# Line breaks would let a value start a Markdown block (heading, list, code, setext underline) of its
# own, and runs of spaces make code blocks and hard line breaks, so whitespace collapses to one space;
# STX/ETX are Python-Markdown's placeholder delimiters; other control characters are noise.
_WHITESPACE = re.compile(r"[\t\n\r\f\v ]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def escape_text(value: object) -> Markup:
    """`value` as Markdown source that shows exactly its text: no HTML, no Markdown syntax, one line."""
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    text = _WHITESPACE.sub(" ", _CONTROL.sub("", text))
    return Markup(text.translate(_ESCAPES))


def escape_url(url: str) -> Markup:
    """An http(s) URL for the target of a Markdown link; any other scheme is refused."""
    url = str(url).strip()
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ValueError(f"refusing to link to {url!r}: only http and https URLs are allowed")
    # Percent-encoding spaces, quotes and angle brackets keeps the URL one token for the link parser.
    quoted = urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    return escape_text(quoted)


def _relative_url(page: str, target: str) -> str:
    """A link from site page `page` to `target` (both relative to docs_dir, optional #fragment)."""
    path, _, fragment = target.partition("#")
    if path:
        path = posixpath.relpath(path, posixpath.dirname(page) or ".")
    return f"{path}#{fragment}" if fragment else path


def _finalize(value: Any) -> Any:
    # Runs on every {{ }} before autoescaping; Markup (from `trusted`, macros, our filters) is already
    # safe Markdown and passes unchanged, so macros and includes are never escaped twice.
    return escape_text(value)


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
    # `a ~ b` compiles to Jinja's markup_join, which HTML-escapes (but does not Markdown-escape) the
    # plain parts as soon as one part is Markup; route it through our escaping instead.
    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Any) -> None:
        self.write("environment.concat_values((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class _Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator

    @staticmethod
    def concat_values(values: Iterable[Any]) -> str:
        values = list(values)
        if any(isinstance(v, Markup) for v in values):
            return Markup("").join(escape_text(v) for v in values)
        return "".join(str(v) for v in values)


# -- filters -------------------------------------------------------------------------------------

def format_date(value: dt.date | None) -> str:
    """The one date format of the site, independent of the machine's locale."""
    if value is None:
        return "undated"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def month_name(month: int) -> str:
    return _MONTHS[month - 1]


def briefing_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"


def actor_slug(actor: Actor) -> str:
    return slugify(actor.id) or actor.id


def actor_path(slug: str) -> str:
    # "index" is the actors list; an underscore cannot start an actor id, so "_index" is free.
    return f"actors/{'_index' if slug == 'index' else slug}.md"


@pass_context
def _link(context: jinja2.runtime.Context, target: str) -> Markup:
    """A relative link from the page being rendered to `target` (a docs path, optional #fragment)."""
    return escape_text(_relative_url(context["page"], str(target)))


@pass_context
def _paragraph_link(context: jinja2.runtime.Context, number: int, page: str | None = None) -> Markup:
    """``[¶3](#p-3)`` on the same page, or to paragraph 3 of briefing page `page`."""
    number = int(number)
    target = _relative_url(context["page"], f"{page}#p-{number}") if page else f"#p-{number}"
    return Markup(f"[¶{number}]({escape_text(target)})")


def _trusted(value: object) -> Markup:
    """The opt-out: print `value` as Markdown/HTML exactly as it is. Never use it on article text."""
    return Markup("" if value is None else str(value))


def _url(value: str) -> Markup:
    return escape_url(value)


# -- template context ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Appearance:
    """One actor in one briefing: the actor as named there, and what they said and hold there."""

    briefing: Briefing
    actor: Actor
    quotes: tuple[Quote, ...]
    positions: tuple[Position, ...]


@dataclass(frozen=True)
class ActorRecord:
    """An actor joined across briefings by slug; name and type come from the newest briefing."""

    slug: str
    path: str
    name: str
    type: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # newest briefing first


@dataclass(frozen=True)
class ArchiveMonth:
    month: int
    name: str
    briefings: tuple[Briefing, ...]


@dataclass(frozen=True)
class ArchiveYear:
    year: int
    months: tuple[ArchiveMonth, ...]


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Dated briefings newest first (ties by id), undated ones last."""
    return sorted(briefings, key=lambda b: (b.date is None, -(b.date.toordinal() if b.date else 0), b.id))


def index_actors(briefings: Iterable[Briefing]) -> list[ActorRecord]:
    """Every named actor with all their appearances, in one pass over the briefings.

    Unnamed actors ("a senior official") are left out: the same id in two articles does not mean the
    same person.
    """
    found: dict[str, list[Appearance]] = {}
    for briefing in newest_first(briefings):
        quotes: dict[str, list[Quote]] = {}
        for quote in briefing.quotes:
            if quote.speaker is not None:
                quotes.setdefault(quote.speaker, []).append(quote)
        positions: dict[str, list[Position]] = {}
        for position in briefing.positions:
            positions.setdefault(position.actor, []).append(position)
        for actor in briefing.actors:
            if actor.named:
                found.setdefault(actor_slug(actor), []).append(Appearance(
                    briefing, actor, tuple(quotes.get(actor.id, ())), tuple(positions.get(actor.id, ()))))
    records = []
    for slug, appearances in found.items():
        newest = appearances[0].actor
        records.append(ActorRecord(
            slug=slug, path=actor_path(slug), name=newest.name, type=newest.type,
            roles=_unique(a.actor.role for a in appearances if a.actor.role),
            aliases=_unique(x for a in appearances for x in (a.actor.aliases + (a.actor.name,))
                            if x != newest.name),
            appearances=tuple(appearances)))
    return sorted(records, key=lambda r: (r.name.casefold(), r.slug))


def archive_years(briefings: Iterable[Briefing]) -> tuple[list[ArchiveYear], list[Briefing]]:
    """Dated briefings by year and month, newest first, and the undated ones."""
    months: dict[tuple[int, int], list[Briefing]] = {}
    undated = []
    for briefing in newest_first(briefings):
        if briefing.date is None:
            undated.append(briefing)
        else:
            months.setdefault((briefing.date.year, briefing.date.month), []).append(briefing)
    years: dict[int, list[ArchiveMonth]] = {}
    for (year, month), items in months.items():  # already in newest-first order
        years.setdefault(year, []).append(ArchiveMonth(month, month_name(month), tuple(items)))
    return [ArchiveYear(year, tuple(ms)) for year, ms in years.items()], undated


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _positions_by_actor(briefing: Briefing) -> list[tuple[Actor, list[Position]]]:
    grouped: dict[str, list[Position]] = {}
    for position in briefing.positions:
        grouped.setdefault(position.actor, []).append(position)
    return [(actor, grouped[actor.id]) for actor in briefing.actors if actor.id in grouped]


# -- environment ---------------------------------------------------------------------------------

def template_folders(project: Project) -> list[Path]:
    """The folders searched for templates, in order."""
    return ([project.templates_dir] if project.templates_dir else []) + [DEFAULT_TEMPLATES]


def make_environment(project: Project) -> jinja2.Environment:
    """The Jinja environment: the site's templates first, then the defaults, also as ``!default/…``."""
    default = jinja2.FileSystemLoader(DEFAULT_TEMPLATES)
    loaders: list[jinja2.BaseLoader] = []
    if project.templates_dir:
        loaders.append(jinja2.FileSystemLoader(project.templates_dir))
    loaders += [default, jinja2.PrefixLoader({DEFAULT_PREFIX: default}, delimiter="/")]
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update({
        "date": format_date,
        "month_name": month_name,
        "link": _link,
        "paragraph_link": _paragraph_link,
        "trusted": _trusted,
        "url": _url,
        "join": jinja2.pass_eval_context(_join),
    })
    env.globals.update({
        "briefing_path": briefing_path,
        "site_name": project.site_name,
        "site_url": project.site_url,
        "sections": tuple(project.sections),
    })
    return env


# -- rendering -----------------------------------------------------------------------------------

def render_pages(project: Project, briefings: list[Briefing]) -> dict[str, str]:
    """Every generated page as ``{path relative to docs_dir: Markdown text}``."""
    seen: set[str] = set()
    for briefing in briefings:
        if briefing.id in seen:
            raise BuildError(f"two briefings have the id '{briefing.id}'", hint="give each briefing its own id")
        seen.add(briefing.id)
    env = make_environment(project)
    ordered = newest_first(briefings)
    sections = set(project.sections)
    actors = index_actors(ordered) if "actors" in sections else []
    pages: dict[str, str] = {}

    def render(page: str, kind: str, **context: Any) -> None:
        pages[page] = _render_template(env, project, PAGE_TEMPLATES[kind], page=page, **context)

    render("index.md", "index", briefings=ordered, latest=ordered[:LATEST_COUNT])
    if "briefings" in sections:
        for briefing in ordered:
            actor_paths = {a.id: actor_path(actor_slug(a)) for a in briefing.actors
                           if a.named and "actors" in sections}
            render(briefing_path(briefing.id), "briefing", briefing=briefing, actor_paths=actor_paths,
                   positions_by_actor=_positions_by_actor(briefing),
                   key_quotes=[q for q in briefing.quotes if q.key])
    if "actors" in sections:
        render("actors/index.md", "actors", actors=actors)
        for record in actors:
            render(record.path, "actor", actor=record)
    if "archive" in sections:
        years, undated = archive_years(ordered)
        render("archive.md", "archive", years=years, undated=undated, briefings=ordered)
    return pages


def _render_template(env: jinja2.Environment, project: Project, name: str, **context: Any) -> str:
    try:
        text = env.get_template(name).render(**context)
    except Exception as exc:
        raise _template_error(exc, project, name, env) from exc
    return text if text.endswith("\n") else text + "\n"


def _template_error(exc: Exception, project: Project, name: str, env: jinja2.Environment) -> TemplateError:
    folders = ", ".join(str(f) for f in template_folders(project))
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
    return TemplateError(f"template '{shown}': {type(exc).__name__}: {exc}", path=filename, line=line)


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


def check_templates(project: Project) -> list[TemplateError]:
    """Compile every template and check its extends/imports/includes exist; one error per problem."""
    env = make_environment(project)
    errors: list[TemplateError] = []
    names = sorted(n for n in env.list_templates() if n.endswith(".j2"))
    known = set(names)
    for kind, name in PAGE_TEMPLATES.items():
        if name not in known:
            errors.append(_template_error(jinja2.TemplateNotFound(name), project, f"the {kind} page", env))
    for name in names:
        if name.startswith(DEFAULT_PREFIX + "/"):
            continue  # the same files as the unprefixed defaults
        try:
            source, filename, _ = env.loader.get_source(env, name)
            ast = env.parse(source, name, filename)
            env.compile(ast, name, filename)
        except Exception as exc:
            errors.append(_template_error(exc, project, name, env))
            continue
        for ref in jinja2.meta.find_referenced_templates(ast):
            if ref is not None and ref not in known:
                errors.append(TemplateError(
                    f"template '{name}' refers to '{ref}', which does not exist; searched "
                    + ", ".join(str(f) for f in template_folders(project)), path=filename))
    return errors


# -- writing -------------------------------------------------------------------------------------

@dataclass
class RenderReport:
    """What `render` did to the docs folder; paths are relative to it."""

    docs_dir: Path
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)

    def describe(self) -> str:
        return f"{len(self.written)} written, {len(self.unchanged)} unchanged, {len(self.removed)} removed"


def render(project: Project, briefings: list[Briefing]) -> RenderReport:
    """Render the briefings and hand-written pages into ``project.docs_dir``, changing only what changed."""
    generated = render_pages(project, briefings)
    wanted: dict[str, bytes] = {path: text.encode("utf-8") for path, text in generated.items()}
    by_key = {_page_key(path): path for path in generated}
    for path, data in hand_written_pages(project).items():
        clash = by_key.get(_page_key(path))
        if clash is not None:
            raise BuildError(f"the hand-written page {project.relative(project.pages_dir / path)} and the "
                             f"generated page {clash} would both be {path} in the docs folder",
                             hint="rename or remove the hand-written page")
        wanted[path] = data
    return sync_folder(project, wanted)


def _page_key(path: str) -> str:
    # Case-folded, as two names that differ by case are one file on macOS and Windows; and MkDocs
    # makes a README.md the index page of its folder.
    folder, slash, name = path.casefold().rpartition("/")
    return f"{folder}{slash}index.md" if name == "readme.md" else path.casefold()


def hand_written_pages(project: Project) -> dict[str, bytes]:
    """The files of ``pages_dir`` (hidden ones left out, as MkDocs ignores them) by relative path."""
    if project.pages_dir is None or not project.pages_dir.is_dir():
        return {}
    found = {}
    for path in sorted(project.pages_dir.rglob("*")):
        relative = path.relative_to(project.pages_dir)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            found[relative.as_posix()] = path.read_bytes()
    return found


def sync_folder(project: Project, wanted: dict[str, bytes]) -> RenderReport:
    """Make ``docs_dir`` hold exactly `wanted` (plus the marker), touching only files that differ."""
    docs = project.docs_dir
    _check_docs_dir(project)
    report = RenderReport(docs_dir=docs)
    try:
        docs.mkdir(parents=True, exist_ok=True)
        marker = docs / MARKER
        write_if_changed(marker, b"Generated by briefings: every file in this folder is rewritten or "
                                 b"deleted on each render.\n")
        for path, data in sorted(wanted.items()):
            (report.written if write_if_changed(docs / path, data) else report.unchanged).append(path)
        for current, dirs, files in os.walk(docs, topdown=False):
            folder = Path(current)
            for name in files:
                relative = (folder / name).relative_to(docs).as_posix()
                if relative != MARKER and relative not in wanted:
                    (folder / name).unlink()
                    report.removed.append(relative)
            if folder != docs and not any(folder.iterdir()):
                folder.rmdir()
    except OSError as exc:
        raise BuildError(f"cannot write the pages: {exc.strerror or exc}", path=exc.filename or docs) from exc
    report.removed.sort()
    return report


def _check_docs_dir(project: Project) -> None:
    docs = project.docs_dir.resolve()
    hint = "set docs_dir in mkdocs.yml to a folder of its own, such as build/docs"
    if docs.exists() and not docs.is_dir():
        raise BuildError("docs_dir is not a folder", path=docs, hint=hint)
    for name, folder in (("the project folder", project.root), ("pages_dir", project.pages_dir),
                         ("content_dir", project.content_dir), ("seeds_dir", project.seeds_dir),
                         ("templates_dir", project.templates_dir)):
        if folder is None:
            continue
        folder = Path(folder).resolve()
        if docs == folder or docs in folder.parents or (name != "the project folder" and folder in docs.parents):
            raise BuildError(f"docs_dir overlaps {name} ({folder}); rendering would delete its files",
                             path=docs, hint=hint)
    if docs.is_dir() and not (docs / MARKER).exists() and any(docs.iterdir()):
        raise BuildError(f"docs_dir is not empty and was not made by briefings (no {MARKER} file); "
                         "refusing to delete its files", path=docs,
                         hint=f"{hint}, or empty the folder if its files can go")
