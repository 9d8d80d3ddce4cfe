"""Running work in forked Python processes: one stage of a run in a fresh process, so that the
memory it takes is given back (`started_apart`), or one piece of work in shares on several cores
(`in_shares`).

A cold `briefings build` summarises and renders, then MkDocs converts every page. Run in one
process, MkDocs' stage, the largest, starts on top of what the first two leave behind: the
extractor's rules and memory Python freed but keeps. Run in a process of their own, they give it
all back when they end. The process is forked, not spawned: it shares the modules this one has
imported (a spawned one would import them again, beside them, and start a resource tracker
besides), so that while it runs, the two together hold little more than one process did.
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
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


def share_count(workers: int, items: int, least: int) -> int:
    """In how many shares to do the work of `items` items under the ``workers`` option (0: one per
    core), each share at least `least` items: forking a process costs more than a few items do, and
    more shares than cores only take turns on them. 1 where processes cannot be forked."""
    if not hasattr(os, "fork"):
        return 1
    cores = os.cpu_count() or 1
    return max(1, min(workers or cores, cores, items // max(least, 1)))


def cut(items: Sequence[T], shares: int) -> list[Sequence[T]]:
    """`items` cut into `shares` runs of consecutive items, as even as can be."""
    size = math.ceil(len(items) / shares) if items else 0
    return [items[size * k:size * (k + 1)] for k in range(shares)]


def in_shares(work: Callable[[int], T], shares: int, forked: Callable[[], object] | None = None) -> dict[int, T]:
    """`work(k)` for each share k of `shares`: share 0 here, each other one in a process forked from
    this one, all at the same time; their values come back pickled. A share whose process cannot
    start or fails (raises, dies, or cannot send its value back) is missing from the answer, for the
    caller to work it here, in its order: then it fails, if it does, as a run in one process fails.
    `forked()` runs first in each forked process (to let go of what must not be shared across a fork).

    What share 0 raises is raised once the other processes have ended, so that nothing of the work
    is still writing when the caller goes on; and so is Ctrl-C, which reaches them all.
    """
    if shares <= 1:
        return {0: work(0)}
    context = multiprocessing.get_context("fork")
    children = []
    try:
        with frozen():
            for k in range(1, shares):
                receiving, sending = context.Pipe(duplex=False)
                process = context.Process(target=_child, args=(sending, _after(forked, work), (k,), {}),
                                          name=f"briefings share {k}")
                try:
                    process.start()
                except OSError:  # no memory or processes left for it: its share is worked here
                    receiving.close()
                    continue
                finally:
                    sending.close()
                children.append((k, process, receiving))
        done = {0: work(0)}
        for k, process, receiving in children:
            try:
                answer, value = receiving.recv()
            except (EOFError, OSError, pickle.UnpicklingError):
                continue
            if answer == "returned":
                done[k] = value
        return done
    finally:
        for _, process, receiving in children:
            process.join()
            receiving.close()


@contextmanager
def frozen() -> Iterator[None]:
    """Fork in this block: what this process holds is left out of the forked processes' garbage
    collections, which would otherwise touch every object and so copy every page of memory the fork
    shares. A forked process must not leave the block (it would take its objects back into its
    collections): it ends inside it, as `multiprocessing` and `generator.parallel` make it."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _after(first: Callable[[], object] | None, work: Callable[[int], T]) -> Callable[[int], T]:
    if first is None:
        return work

    def both(k: int) -> T:
        first()
        return work(k)

    return both


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
