"""The ``briefings`` command line: the only place errors become messages and exit codes.

Exit codes: 0 success (warnings may have been printed), 1 a problem the user must fix (a bad
article or briefing in ``check``, a failed build, a configuration error), 2 a usage error.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

import click

from . import __version__
from .config import Project, load_project
from .errors import BriefingsError
from .extraction import available_backends, get_backend
from .reading import find_articles
from .schema import briefing_to_dict, briefing_to_json, dump_briefing
from .summarising import (CREATED, KEPT, UPDATED, Report, briefing_slug, extract_document,
                          make_briefing, unique_id)

# Below this many articles a progress bar only flickers.
_PROGRESS_THRESHOLD = 20


class _State:
    def __init__(self, config: Path, verbose: bool) -> None:
        self.config = config
        self.verbose = verbose

    def project(self) -> Project:
        return load_project(self.config)


def _warn(problem: BriefingsError | str) -> None:
    click.echo(f"warning: {problem}", err=True)


def _progress(label: str):
    """A progress bar on long runs in a terminal; nothing when output goes to a file or CI log."""
    def wrap(items: list[Path]) -> Iterable[Path]:
        if len(items) < _PROGRESS_THRESHOLD or not sys.stderr.isatty():
            return items
        return _bar(items, label)
    return wrap


def _bar(items: list[Path], label: str) -> Iterable[Path]:
    with click.progressbar(items, label=label, file=sys.stderr,
                           item_show_func=lambda p: p.name if p else None) as bar:
        yield from bar


class _Group(click.Group):
    """Turns the package's errors into one line and an exit code; tracebacks only with --verbose."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BriefingsError as exc:
            if ctx.obj is not None and ctx.obj.verbose:
                traceback.print_exc()
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:
            if ctx.obj is not None and ctx.obj.verbose:
                traceback.print_exc()
            else:
                click.echo(f"error: unexpected {type(exc).__name__}: {exc} "
                           "(run with --verbose for the traceback)", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option("-f", "--config", "config", type=click.Path(path_type=Path), default="mkdocs.yml",
              show_default=True, help="The site's mkdocs.yml, which holds the generator's options.")
@click.option("-v", "--verbose", is_flag=True, help="Print tracebacks and MkDocs' progress messages.")
@click.pass_context
def cli(ctx: click.Context, config: Path, verbose: bool) -> None:
    """Turn news articles into attributed YAML briefings and publish them as an MkDocs site.

    Articles go in seeds/, briefings come out in content/, pages are rendered into the docs
    folder that mkdocs.yml names, and MkDocs builds the site.
    """
    ctx.obj = _State(config, verbose)
    logging.basicConfig(format="%(levelname)s: %(message)s",
                        level=logging.INFO if verbose else logging.WARNING)


@cli.command()
@click.pass_obj
def summarise(state: _State) -> None:
    """Summarise new and changed articles of seeds/ into briefings in content/.

    Incremental: an article whose bytes did not change is not read again. A briefing marked
    reviewed: true, or edited by hand since it was generated, is never overwritten.
    """
    project = state.project()
    from .summarising import summarise as run

    report = run(project, get_backend(project.backend), progress=_progress("Summarising"))
    _print_summary(project, report)


def _print_summary(project: Project, report: Report) -> None:
    for problem in report.problems:
        _warn(problem)
    for outcome in report.outcomes:
        where = project.relative(outcome.briefing) if outcome.briefing else outcome.source
        if outcome.action in (CREATED, UPDATED):
            click.echo(f"{outcome.action} {where} from {outcome.source}")
        elif outcome.action == KEPT:
            click.echo(f"kept {where}: {outcome.note}")
    counts = ", ".join(f"{report.count(a)} {a}" for a in (CREATED, UPDATED, "unchanged", KEPT))
    click.echo(f"briefings: {counts}" + (f"; {len(report.problems)} skipped with problems"
                                         if report.problems else ""))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["yaml", "json", "jsonl"]), default="yaml",
              show_default=True, help="yaml: one document per article; json: a list; jsonl: one "
              "object per line.")
@click.option("--backend", default="builtin", show_default=True,
              type=click.Choice(available_backends()), help="The extraction backend to use.")
def extract(paths: tuple[Path, ...], fmt: str, backend: str) -> None:
    """Print the briefings of article files or folders; writes nothing.

    Each briefing's source.path is the article's path as given, so evaluation tools can match
    it to their records by file name.
    """
    engine = get_backend(backend)
    taken: set[str] = set()
    briefings = []
    failures = 0
    for path in find_articles(list(paths)):
        try:
            document, extraction = extract_document(path, engine)
        except BriefingsError as exc:
            _warn(exc)
            failures += 1
            continue
        title = document.article.title or extraction.title
        briefing_id = unique_id(briefing_slug(document.article.date, title), taken)
        taken.add(briefing_id)
        briefing = make_briefing(document, extraction, engine, briefing_id, path.as_posix())
        if fmt == "jsonl":
            click.echo(briefing_to_json(briefing))
        elif fmt == "yaml":
            click.echo(("---\n" if briefings else "") + dump_briefing(briefing), nl=False)
        briefings.append(briefing)
    if fmt == "json":
        data = [json.loads(briefing_to_json(b)) for b in briefings]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if failures and not briefings:
        sys.exit(1)


@cli.command()
@click.pass_obj
def render(state: _State) -> None:
    """Render the briefings of content/ into Markdown pages in the docs folder.

    Pages of deleted briefings disappear; unchanged pages keep their bytes. A plain
    `mkdocs build` builds the site afterwards.
    """
    from .pipeline import render_content

    project = state.project()
    report, problems = render_content(project)
    for problem in problems:
        _warn(problem)
    click.echo(f"pages: {report.describe()} in {project.relative(project.docs_dir)}")


@cli.command()
@click.pass_obj
def build(state: _State) -> None:
    """Summarise, render, then build the site into the site folder with MkDocs."""
    from .pipeline import update
    from .site import build_site

    project = state.project()
    result = update(project, progress=_progress("Summarising"))
    if result.summarised is not None:
        _print_summary(project, result.summarised)
    for problem in result.problems:
        if result.summarised is None or problem not in result.summarised.problems:
            _warn(problem)
    click.echo(f"pages: {result.rendered.describe()} in {project.relative(project.docs_dir)}")
    build_site(project, verbose=state.verbose)
    click.echo(f"site: built in {project.relative(project.site_dir)}")


@cli.command()
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="IP address and port to serve the site on.")
@click.pass_obj
def serve(state: _State, dev_addr: str) -> None:
    """Summarise and render, then serve the site; edits to seeds/, content/ or templates
    re-render the pages and reload the browser."""
    from .pipeline import update
    from .site import serve_site

    project = state.project()
    result = update(project, progress=_progress("Summarising"))
    for problem in result.problems:
        _warn(problem)
    serve_site(project, dev_addr=dev_addr)


@cli.command()
@click.pass_obj
def check(state: _State) -> None:
    """Validate every briefing and template; exit 1 with one line per problem."""
    from .rendering import check_templates
    from .summarising import load_briefings

    project = state.project()
    briefings, problems = load_briefings(project.content_dir)
    problems = [*problems, *check_templates(project)]
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"check: {len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"check: {len(briefings)} briefing(s) and the templates are valid")


def main() -> None:
    cli(prog_name="briefings")
