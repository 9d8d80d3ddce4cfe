"""Running one stage of a run in a fresh Python process, so that the memory it takes is given back.

A cold `briefings build` summarises and renders, then MkDocs converts every page. Run in one
process, MkDocs' stage, the largest, starts on top of what the first two leave behind: the
extractor's rules and memory Python freed but keeps. Run in a process of their own, they give it
all back when they end. The process is forked, not spawned: it shares the modules this one has
imported (a spawned one would import them again, beside them, and start a resource tracker
besides), so that while it runs, the two together hold little more than one process did.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from .errors import BriefingsError, BuildError

T = TypeVar("T")


@contextmanager
def started_apart(function: Callable[..., T], *args: Any, what: str, **kwargs: Any) -> Iterator[Callable[[], T]]:
    """Start `function(*args, **kwargs)` in a fresh process and give what waits for it: its value,
    or the exception it raised, raised here. Its value or exception must be picklable; `what` names
    the stage in the error said when the process dies without an answer. Meanwhile this process may
    do work of its own, on the other core.

    Log records and warnings go where this process's would: the new process is a fork of this one,
    logging set up as here, writing to the same standard error. The caller's locks stay held by it
    (a fork does not inherit POSIX record locks), and leaving the block waits for the process to end,
    whatever happened in it, so nothing else of the run writes once the caller goes on.
    """
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sending, function, args, kwargs),
                              name=f"briefings {what}")
    process.start()
    sending.close()

    def outcome() -> T:
        try:
            answer, value = receiving.recv()
        except EOFError:  # the process died before it answered
            process.join()
            raise BuildError(f"{what} stopped: {_death(process.exitcode)}",
                             hint="run the command again; a killed run leaves the last published site as it was")
        if answer == "raised":
            raise value
        return value

    try:
        yield outcome
    finally:
        # Interrupted (Ctrl-C reaches the whole process group) or not, wait for it: the caller
        # releases its lock only once nothing of this run is writing any more.
        process.join()
        receiving.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"its process was killed ({signal.Signals(-exitcode).name})"
    return f"its process exited with code {exitcode} before it finished"


def _child(sending: Any, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    # Killed with its caller: the caller's lock is gone then, and nothing may go on writing without it.
    threading.Thread(target=_die_with, args=(multiprocessing.parent_process().sentinel,), daemon=True).start()
    try:
        answer: tuple[str, Any] = ("returned", function(*args, **kwargs))
    except KeyboardInterrupt:  # Ctrl-C reaches the caller too, which says so
        return
    except Exception as exc:  # noqa: BLE001  # the caller says it as it would have said it in process
        if not isinstance(exc, BriefingsError) and logging.getLogger().level <= logging.INFO:
            traceback.print_exc()  # --verbose: a bug's traceback is this process's
        answer = ("raised", exc)
    try:
        sending.send(answer)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        sending.send(("raised", RuntimeError(f"{answer[1]!r}, which cannot be sent back ({exc})")))
    sending.close()


def _die_with(parent: int) -> None:
    multiprocessing.connection.wait([parent])
    os.kill(os.getpid(), signal.SIGKILL)
