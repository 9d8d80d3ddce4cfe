"""A run killed with SIGKILL leaves every file complete (old or new), and the next run finishes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.schema import load_briefing
from generator.publishing import finish_publishing
from tests.conftest import REPO

ARTICLE = (" date 2022-03-{day:02d} Officials in region {n} said on Monday that talks would resume.\n\n"
           "“We want a fair deal for everyone in region {n},” Governor Ana Silva{n} told reporters. "
           "“Nobody wins a long dispute.”\n\nThe opposition rejected the plan and accused the government "
           "of delay.\n")


def start(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", "--config", str(root / "mkdocs.yml"), *args],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_when(process: subprocess.Popen, ready, timeout: float = 120) -> bool:
    """SIGKILL `process` as soon as `ready()` holds; False when it finished first."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    process.wait()
    return False


def test_killing_summarise_while_it_writes_leaves_only_complete_briefings(tempdir):
    count = 300
    root = tempdir({f"seeds/a{n:03d}.txt": ARTICLE.format(day=n % 28 + 1, n=n) for n in range(count)})
    content = root / "content"
    assert kill_when(start(root, "summarise"), lambda: content.is_dir() and any(content.glob("*.yaml")))
    written = sorted(content.glob("*.yaml"))
    assert 0 < len(written) < count, "the kill should land while briefings are being written"
    for path in written:
        load_briefing(path)  # raises on a truncated or half-written file
    finished = start(root, "summarise")
    assert finished.wait(timeout=300) == 0
    assert len(list(content.glob("*.yaml"))) == count
    assert not [p for p in content.iterdir() if p.name.endswith(".tmp")]


# Runs the command line with one function of generator.publishing killed (SIGKILL) at its n-th call, so
# that a test kills a build at a chosen step of its publish rather than at a moment.
KILLED_AT = """
import os, signal, sys
from generator import cli, publishing
name, count = sys.argv[1], int(sys.argv[2])
original, calls = getattr(publishing, name), []
def step(*args, **kwargs):
    calls.append(1)
    if len(calls) == count:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)
setattr(publishing, name, step)
sys.argv = ["briefings", *sys.argv[3:]]
cli.main()
"""


def build_killed_at(root: Path, step: str, call: int) -> None:
    killed = subprocess.run([sys.executable, "-c", KILLED_AT, step, str(call), "--config", str(root / "mkdocs.yml"),
                             "build"], cwd=REPO, capture_output=True, env={**os.environ, **EPOCH}, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()


EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def edited_project(tempdir) -> Path:
    """A project built once, then with one article edited."""
    root = tempdir({f"seeds/a{n:03d}.txt": ARTICLE.format(day=n % 28 + 1, n=n) for n in range(12)})
    assert build(root) == 0
    (root / "seeds" / "a000.txt").write_text(ARTICLE.format(day=1, n=1000), encoding="utf-8")
    return root


def build(root: Path) -> int:
    return subprocess.run([sys.executable, "-m", "generator", "--config", str(root / "mkdocs.yml"), "build"],
                          cwd=REPO, capture_output=True, env={**os.environ, **EPOCH}, check=False).returncode


def test_a_build_killed_before_it_commits_its_publish_leaves_the_previous_site(tempdir):
    root = edited_project(tempdir)
    before = published(root / "site")
    build_killed_at(root, "_write_journal", 1)
    assert published(root / "site") == before


@pytest.mark.parametrize("call", [1, 3])
def test_a_publish_killed_between_two_renames_is_finished_from_its_journal(tempdir, call):
    root = edited_project(tempdir)
    twin = shutil.copytree(root, root.with_name(root.name + "-twin"), symlinks=True)
    assert build(twin) == 0
    build_killed_at(root, "_move_into_place", call + 1)
    assert published(root / "site") != published(twin / "site"), "the kill should land mid-publish"
    finish_publishing(root / "site")  # what the next build does first
    assert published(root / "site") == published(twin / "site")
    assert not (root / "site" / ".briefings-building").exists()


def published(site: Path) -> dict[Path, bytes]:
    """The files a reader of `site` can reach: hidden files and folders are not published."""
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(site).parts)}


def test_killing_render_leaves_every_page_whole(tempdir):
    root = tempdir({f"seeds/a{n:03d}.txt": ARTICLE.format(day=n % 28 + 1, n=n) for n in range(150)})
    assert start(root, "summarise").wait(timeout=300) == 0
    docs = root / "build" / "docs"
    assert kill_when(start(root, "render"), lambda: docs.is_dir() and any(docs.glob("briefings/*.md")))
    partial = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*.md")}
    assert start(root, "render").wait(timeout=300) == 0
    final = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*.md")}
    assert len(partial) < len(final), "the kill should land while pages are being written"
    assert all(final[path] == data for path, data in partial.items())
    assert not [p for p in docs.rglob("*.tmp")]


def children_of(pid: int) -> set[int]:
    """The processes whose parent is `pid`, read from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def test_extraction_workers_exit_when_summarise_is_killed(tempdir):
    long_article = ARTICLE * 40
    root = tempdir({f"seeds/a{n:03d}.txt": long_article.format(day=n % 28 + 1, n=n) for n in range(400)})
    process = start(root, "summarise", "--workers", "2")
    workers: set[int] = set()
    assert kill_when(process, lambda: len(workers.update(children_of(process.pid)) or workers) >= 2)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(map(running, workers)):
        time.sleep(0.1)
    left = [pid for pid in workers if running(pid)]
    for pid in left:  # so that a failure leaves no process behind either
        os.kill(pid, signal.SIGKILL)
    assert left == []


def running(pid: int) -> bool:
    """True while process `pid` exists and is not a zombie waiting to be reaped."""
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False
