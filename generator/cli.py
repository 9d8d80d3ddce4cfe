"""The ``briefings`` command line: the only place errors become messages and exit codes.

Exit codes: 0 success (warnings may have been printed), 1 a problem the user must fix (a bad
article or briefing in ``check``, a failed build, a configuration error), 2 a usage error.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import time
import traceback
from pathlib import Path

import click

from . import __version__
from .apart import started_apart
from .config import PLUGIN_NAME, Project, unset_site_url
from .console import State, finish, print_update, progress
from .errors import BriefingsError, ConfigError, RegisterError
from .extraction import available_backends
from .limits import Limits
from .writing import project_lock

# What only some commands use is imported by them, when they run: a build in which nothing changed
# spent a third of its time importing code it never ran.


class _Group(click.Group):
    """Turns the package's errors into one line and an exit code; tracebacks only with --verbose."""

    def invoke(self, ctx: click.Context):
        try:
            result = super().invoke(ctx)
            if ctx.obj is not None:
                ctx.obj.stop_if_strict("finishing")
            return result
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
@click.option("-s", "--strict", is_flag=True,
              help="Turn every warning (a bad article, an invalid briefing, a MkDocs warning) into a "
                   "failure with exit code 1.")
@click.pass_context
def cli(ctx: click.Context, config: Path, verbose: bool, strict: bool) -> None:
    """Turn news articles into attributed YAML briefings and publish them as an MkDocs site.

    Articles go in seeds/, briefings come out in content/, pages are rendered into the docs
    folder that mkdocs.yml names, and MkDocs builds the site.
    """
    ctx.obj = State(config, verbose, strict)
    logging.basicConfig(format="%(levelname)s: %(message)s",
                        level=logging.INFO if verbose else logging.WARNING)


_force = click.option("--force", is_flag=True,
                      help="Summarise every article again, even unchanged ones; briefings edited by "
                           "hand or reviewed are still kept.")
_workers = click.option("-j", "--workers", type=click.IntRange(min=0), default=None,
                        help="Processes for extraction, for reading briefings and rendering pages "
                             "when most are new, and for converting pages in a full build (two at "
                             "most); 0 is one per core. Default: the workers option in mkdocs.yml (0).")
_keep_going = click.option(
    "--keep-going", is_flag=True,
    help="Exit with code 0 even when a briefing cannot be loaded or written (it is left out of the site). "
         "Default: the keep_going option in mkdocs.yml (false).")
_overwrite_edited = click.option(
    "--overwrite-edited", is_flag=True,
    help="With --force: regenerate edited and reviewed briefings too, after copying each to "
         "content/.backup/.")


_backend = click.option("--backend", default=None, type=click.Choice(available_backends()),
                        help="The extraction backend to use. Default: the backend option in mkdocs.yml (builtin).")


def _with_backend(project: Project, backend: str | None) -> Project:
    return project if backend is None else dataclasses.replace(project, backend=backend)


_allow_local = click.option(
    "--allow-local", is_flag=True,
    help="Also fetch from private and loopback addresses (a server on this machine or network), which are "
         "refused by default.")
_timeout = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=Limits.timeout,
                        show_default=True, help="Seconds a page or feed may take to arrive.")


@cli.command()
@_force
@_overwrite_edited
@_workers
@_keep_going
@_backend
@click.pass_obj
def summarise(state: State, force: bool, overwrite_edited: bool, workers: int | None, keep_going: bool,
              backend: str | None) -> None:
    """Summarise new and changed articles of seeds/ into briefings in content/.

    Incremental: an article whose bytes did not change is not read again. A briefing marked
    reviewed: true, or edited by hand since it was generated, is never overwritten.
    """
    if overwrite_edited and not force:
        raise click.UsageError("--overwrite-edited only works together with --force")
    from .pipeline import update

    project = _with_backend(state.project(), backend)
    result = update(project, render_pages=False, force=force, overwrite_edited=overwrite_edited,
                    workers=workers, progress=progress("Summarising"))
    print_update(state, project, result)
    finish(project, result, keep_going)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["yaml", "json", "jsonl"]), default="yaml",
              show_default=True, help="yaml: one document per article; json: a list; jsonl: one "
              "object per line.")
@click.option("--backend", default="builtin", show_default=True,
              type=click.Choice(available_backends()), help="The extraction backend to use.")
@_workers
@click.pass_obj
def extract(state: State, paths: tuple[Path, ...], fmt: str, backend: str, workers: int | None) -> None:
    """Print the briefings of article files or folders; writes nothing.

    Each briefing's source.path is the article's path as given, so evaluation tools can match
    it to their records by file name. The llm backend takes its options from mkdocs.yml when
    there is one, and from the environment.
    """
    from .extraction import get_backend
    from .reading import find_articles
    from .schema import briefing_to_json
    from .making import summarise_all, with_unique_id

    project = None
    if backend != "builtin" and state.config.is_file():
        # Writes nothing, so remembers no answers either.
        project = dataclasses.replace(state.project(), cache_dir=None)
    engine = get_backend(backend, project)
    taken: set[str] = set()
    briefings = []
    failures = 0
    files = find_articles(list(paths))
    jobs = [(path, path.as_posix(), None) for path in files]
    for result in summarise_all(jobs, engine, workers=0 if workers is None else workers):
        if isinstance(result, BriefingsError):
            state.warn(result)
            failures += 1
            continue
        for warning in result.warnings:
            state.warn(warning)
        result = with_unique_id(result, taken)
        briefing = result.briefing
        if fmt == "jsonl":
            click.echo(briefing_to_json(briefing))
        elif fmt == "yaml":
            click.echo(("---\n" if briefings else "") + result.text, nl=False)
        briefings.append(briefing)
    if fmt == "json":
        data = [json.loads(briefing_to_json(b)) for b in briefings]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if jobs and (note := getattr(engine, "describe_run", lambda: None)()):
        click.echo(note, err=True)
    if failures and not briefings:
        sys.exit(1)


@cli.command()
@_keep_going
@click.pass_obj
def render(state: State, keep_going: bool) -> None:
    """Render the briefings of content/ into Markdown pages in the docs folder.

    Pages of deleted briefings disappear; unchanged pages keep their bytes. A plain
    `mkdocs build` builds the site afterwards.
    """
    from .pipeline import update

    project = state.project()
    result = update(project, summarise_articles=False)
    print_update(state, project, result)
    finish(project, result, keep_going)


@cli.command()
@_force
@_overwrite_edited
@_workers
@_keep_going
@_backend
@click.option("--fetch", is_flag=True, help="First add the new entries of the feeds listed in mkdocs.yml, as "
              "`briefings update` does; a feed or page that fails is a warning.")
@click.option("--full", is_flag=True, help="Convert every page again, as a clean `mkdocs build` does, rather "
              "than only the pages that changed since the last build.")
@_allow_local
@_timeout
@click.pass_obj
def build(state: State, force: bool, overwrite_edited: bool, workers: int | None, keep_going: bool,
          backend: str | None, fetch: bool, full: bool, allow_local: bool, timeout: float) -> None:
    """Summarise, render, then build the site with MkDocs and publish it into the site folder, never half-built."""
    from .pipeline import update
    from .site import build_site, prepare_site

    if overwrite_edited and not force:
        raise click.UsageError("--overwrite-edited only works together with --force")
    project = _with_backend(state.project(), backend)
    if fetch and not project.feeds:
        state.warn(_no_feeds(project))
    elif fetch:
        _fetch(state, project, (), project.feeds, Limits(timeout=timeout, allow_local=allow_local), warn=True)
    # One lock for the whole build: two builds at once would share the site's staging folder.
    with project_lock(project.lock_file):
        # Summarising and rendering run in a process of their own, so that MkDocs' stage, the
        # largest, does not start on top of what they leave in this one (the extractor's rules,
        # memory Python freed but keeps). Forking it costs about 0.05 s.
        with started_apart(update, project, force=force, overwrite_edited=overwrite_edited, workers=workers,
                           progress=progress("Summarising"), locked=True,
                           what="summarising and rendering") as summarised:
            # Meanwhile, on the other core, what MkDocs' stage needs besides the pages: importing
            # it, its configuration and the memo of the last build took a third of a second at
            # 1,000 articles, and grows with the memo.
            prepared = prepare_site(project, verbose=state.verbose, strict=state.strict)
            result = summarised()
        print_update(state, project, result)
        if (unpublishable := unset_site_url(project)) is not None:
            state.warn(unpublishable)
        state.stop_if_strict("building the site")
        started = time.perf_counter()
        full_because = build_site(project, verbose=state.verbose, strict=state.strict, full=full,
                                  prepared=prepared, workers=workers)
    how = f"full build: {full_because}" if full_because else "only the pages that changed"
    click.echo(f"site: built in {project.relative(project.site_dir)} ({how}; {time.perf_counter() - started:.2f} s)")
    finish(project, result, keep_going)


@cli.command()
@click.argument("addresses", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="An RSS or Atom feed whose entries not added before are added (repeatable).")
@_allow_local
@_timeout
@click.pass_obj
def add(state: State, addresses: tuple[str, ...], feeds: tuple[str, ...], allow_local: bool, timeout: float) -> None:
    """Fetch web pages and add their articles to seeds/.

    Each ADDRESS is a page's http:// or https:// address, or a saved page (.html) to add from disk. Its
    story and metadata become a seed file named from its date and title, and the page is kept in
    seeds/.pages/. An article already among the seeds is not added again. `briefings build` then
    summarises it.
    """
    if not addresses and not feeds:
        raise click.UsageError("give at least one address or --feed URL")
    if _fetch(state, state.project(), addresses, feeds, Limits(timeout=timeout, allow_local=allow_local)):
        sys.exit(1)


@cli.command(name="update")
@_allow_local
@_timeout
@click.pass_obj
def update_feeds(state: State, allow_local: bool, timeout: float) -> None:
    """Add the new entries of every feed listed under feeds: in mkdocs.yml to seeds/."""
    project = state.project()
    if not project.feeds:
        raise _no_feeds(project)
    if _fetch(state, project, (), project.feeds, Limits(timeout=timeout, allow_local=allow_local)):
        sys.exit(1)


def _no_feeds(project: Project) -> ConfigError:
    return ConfigError("lists no feeds to fetch", path=project.config_file,
                       hint=f"list their addresses under 'feeds:' in the {PLUGIN_NAME} plugin's options")


def _fetch(state: State, project: Project, addresses: tuple[str, ...], feeds: tuple[str, ...], limits: Limits, *,
           warn: bool = False) -> bool:
    """Add pages and feeds, printing one line per article and per failure (a warning with `warn`);
    True when something failed."""
    from .adding import add as add_articles
    from .adding import require_web_extra

    require_web_extra()
    with project_lock(project.lock_file):
        report = add_articles(project, addresses, feeds, limits)
    for item in report.added:
        seed = project.relative(item.seed)
        click.echo(f"already added: {item.address} is {seed}" if item.duplicate else f"added {seed} from {item.address}")
    for problem in report.problems:
        if warn:
            state.warn(problem)
        else:
            click.echo(f"error: {problem}", err=True)
    new = sum(1 for item in report.added if not item.duplicate)
    click.echo(f"articles: {new} added, {len(report.added) - new} already there" +
               (f", {len(report.problems)} failed" if report.problems else ""))
    return bool(report.problems)


@cli.command()
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="IP address and port to serve the site on.")
@click.option("--full-rebuild", is_flag=True,
              help="Run MkDocs' own serve, which converts every page at start and on each change, instead "
                   "of serving the last build and converting only the pages whose Markdown changed.")
@click.pass_obj
def serve(state: State, dev_addr: str, full_rebuild: bool) -> None:
    """Summarise and render, then serve the last build of the site; edits to seeds/, content/,
    templates or mkdocs.yml re-render the pages and reload the browser, converting only the pages
    that changed."""
    from .pipeline import update
    from .site import serve_site

    project = state.project()
    print_update(state, project, update(project, progress=progress("Summarising")))
    state.stop_if_strict("serving")
    serve_site(project, dev_addr=dev_addr, dirty=not full_rebuild)


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Remove briefings that were reviewed or edited by hand, or that "
              "cannot be loaded, too.")
@click.pass_obj
def remove(state: State, targets: tuple[str, ...], force: bool) -> None:
    """Remove articles with their briefings and pages.

    Each TARGET is a briefing's id, a briefing file or an article file. The article in seeds/ and the
    briefing in content/ are deleted and the pages rendered again, so the briefing's pages go too;
    `briefings build` publishes the change. Briefings a person reviewed or edited are kept unless
    --force is given.
    """
    from .pipeline import remove as pipeline_remove

    project = state.project()
    removal, result = pipeline_remove(project, list(targets), force=force)
    for briefing, article in removal.removed:
        click.echo(f"removed {project.relative(briefing)}" + (f" and {project.relative(article)}" if article else ""))
    print_update(state, project, result)
    for problem in removal.problems:
        click.echo(f"error: {problem}", err=True)
    if removal.problems:
        sys.exit(1)


@cli.command()
@click.pass_obj
def check(state: State) -> None:
    """Validate every briefing, the register of actors and every template; exit 1 with one line per problem."""
    from .register import load_register
    from .rendering import check_templates
    from .summarising import load_briefings

    project = state.project()
    briefings, problems = load_briefings(project.content_dir)
    try:
        load_register(project.register_file)
    except RegisterError as exc:
        problems.extend(exc.problems)
    problems = [*problems, *check_templates(project)]
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"check: {len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"check: {len(briefings)} briefing(s), the register and the templates are valid")


@cli.command()
@click.option("--explain", metavar="ID", help="Tell why the actors of this id are on the pages they are on: "
              "which ids were joined with them and by which rule or register entry.")
@click.pass_obj
def actors(state: State, explain: str | None) -> None:
    """List the candidate merges and the actors the register (actors.yaml) does not know, most frequent
    first, for a person to review; or, with --explain ID, why actors were joined."""
    from .identity import explain as explain_actor
    from .identity import review
    from .pipeline import actors as pipeline_actors

    project = state.project()
    view, problems = pipeline_actors(project)
    for problem in problems:
        state.warn(problem)
    if explain is None:
        lines = review(view)
    else:
        lines = explain_actor(view, explain)
        if not lines:
            raise BriefingsError(f"no briefing names an actor with the id '{explain}'",
                                 hint="run briefings actors to see the actors and their ids")
    click.echo("\n".join(lines))


@cli.command()
@click.pass_obj
def templates(state: State) -> None:
    """Print what each template receives, with types, and which of your templates override the defaults."""
    from .rendering import describe_templates

    click.echo(describe_templates(state.project()), nl=False)


def main() -> None:
    cli(prog_name="briefings")
