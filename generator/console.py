"""What the command line prints: warnings, progress, and the lines that report a run.

The commands in ``cli`` decide what to do; this module decides how it reads on a terminal or in a
CI log, so that every command reports a run in the same words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .config import Project, load_project
from .errors import BriefingError, BriefingsError, StrictError, WriteError
from .summarising import CREATED, KEPT, UNCHANGED, UPDATED

if TYPE_CHECKING:
    from .pipeline import Update

# Below this many articles a progress bar only flickers.
_PROGRESS_THRESHOLD = 20


class State:
    """What the group's options set for every command, and the warnings printed so far."""

    def __init__(self, config: Path, verbose: bool, strict: bool) -> None:
        self.config = config
        self.verbose = verbose
        self.strict = strict
        self.warnings = 0

    def project(self) -> Project:
        return load_project(self.config)

    def warn(self, problem: BriefingsError | str) -> None:
        self.warnings += 1
        click.echo(f"warning: {problem}", err=True)

    def stop_if_strict(self, before: str) -> None:
        if self.strict and self.warnings:
            raise StrictError(f"{self.warnings} warning(s) in strict mode; stopped before {before}",
                              hint="fix the warnings above or run without --strict")


def progress(label: str):
    """On long runs, a progress bar in a terminal, and a line at every tenth of the work when output
    goes to a file or a CI log."""
    def wrap(items: Iterable, total: int) -> Iterable:
        if total < _PROGRESS_THRESHOLD:
            return items
        return _bar(items, total, label) if sys.stderr.isatty() else _lines(items, total, label)
    return wrap


def _bar(items: Iterable, total: int, label: str) -> Iterable:
    with click.progressbar(items, length=total, label=label, file=sys.stderr) as bar:
        yield from bar


def _lines(items: Iterable, total: int, label: str) -> Iterable:
    step = -(-total // 10)
    for done, item in enumerate(items, start=1):
        yield item
        if done % step == 0 or done == total:
            click.echo(f"{label}: {done} of {total} articles", err=True)


def print_update(state: State, project: Project, result: Update) -> None:
    for problem in result.problems:
        state.warn(problem)
    report = result.summarised
    if report is not None:
        for outcome in report.outcomes:
            where = project.relative(outcome.briefing) if outcome.briefing else outcome.source
            if outcome.action in (CREATED, UPDATED):
                note = f" ({outcome.note})" if outcome.note else ""
                click.echo(f"{outcome.action} {where} from {outcome.source}{note}")
            # A person's briefing is kept on every run; only what needs them is said every time.
            elif outcome.action == KEPT and (outcome.attention or state.verbose):
                click.echo(f"kept {where}: {outcome.note}")
        counts = ", ".join(f"{report.count(a)} {a}" for a in (CREATED, UPDATED, UNCHANGED, KEPT))
        quiet = sum(1 for o in report.outcomes if o.action == KEPT and not o.attention)
        click.echo(f"briefings: {counts}" + (f"; {len(report.problems)} skipped with problems"
                                             if report.problems else "") + f" ({result.seconds['summarise']:.2f} s)"
                   + (f"; {quiet} reviewed or edited by hand, left as they are (--verbose lists them)"
                      if quiet and not state.verbose else ""))
        if report.backend_note:
            click.echo(report.backend_note)
    if result.rendered is not None:
        click.echo(f"pages: {result.rendered.describe()} in {project.relative(project.docs_dir)} "
                   f"({result.seconds['render']:.2f} s)")


def finish(project: Project, result: Update, keep_going: bool) -> None:
    """End a run that had problems with all of them listed again, and fail when a briefing could not
    be loaded or written: it is a person's work, missing from the site, unless they asked to go on."""
    if not result.problems:
        return
    click.echo(f"{len(result.problems)} problem(s) in this run:", err=True)
    for problem in result.problems:
        click.echo(f"  {problem}", err=True)
    failed = [p for p in result.problems if isinstance(p, (BriefingError, WriteError))]
    if failed and not (keep_going or project.keep_going):
        raise BriefingError(f"{len(failed)} briefing(s) could not be loaded or written, so the site lacks them",
                            hint="fix the files listed above, or run with --keep-going")
