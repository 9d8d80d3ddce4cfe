"""`briefings build` summarises and renders in a process of its own (see `generator.apart`)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import MKDOCS_YML, REPO
from tests.test_crash_safety import ARTICLE, children_of, published, running

# A MkDocs hook telling the peak memory of the processes the build had waited for when MkDocs started.
HOOKS = """
import json, resource
from pathlib import Path

def on_config(config):
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    (Path(config.config_file_path).parent / "children.json").write_text(json.dumps(children))
"""


def project(tempdir, count: int = 3) -> Path:
    settings = MKDOCS_YML.replace("site_name: Test briefings\n", "site_name: Test briefings\nhooks:\n  - hooks.py\n")
    return tempdir({"hooks.py": HOOKS, "mkdocs.yml": settings,
                    **{f"seeds/a{n:03d}.txt": ARTICLE.format(day=n % 28 + 1, n=n) for n in range(count)}})


def build(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", "--config", str(root / "mkdocs.yml"), "build", *args],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})


def finished(process: subprocess.Popen) -> tuple[int, str]:
    """The exit code of a build and what it wrote to standard error."""
    _, errors = process.communicate(timeout=300)
    return process.returncode, errors


def test_a_cold_build_has_summarised_and_rendered_in_a_process_that_ended_before_mkdocs_starts(tempdir):
    root = project(tempdir)  # too few articles for extraction workers
    assert finished(build(root))[0] == 0
    assert json.loads((root / "children.json").read_text()) > 0


def stage_started(build: subprocess.Popen) -> int:
    """The pid of the build's stage process, as soon as it is there. It is the build's only child:
    the builds here have too few articles, or one worker, for extraction processes."""
    deadline = time.monotonic() + 120
    while build.poll() is None and time.monotonic() < deadline:
        if found := children_of(build.pid):
            return found.pop()
        time.sleep(0.002)
    raise AssertionError("the build ended without a stage process")


def test_a_killed_stage_process_is_one_error_line_and_leaves_the_published_site(tempdir):
    root = project(tempdir, count=40)
    assert finished(build(root))[0] == 0
    before = published(root / "site")
    rebuild = build(root, "--force", "--workers", "1")  # a stage of seconds, not one that ends before it is seen
    os.kill(stage_started(rebuild), signal.SIGKILL)
    code, errors = finished(rebuild)
    assert code == 1
    assert errors.splitlines()[-1].startswith(
        "error: summarising and rendering stopped: its process was killed (SIGKILL)")
    assert published(root / "site") == before
    assert finished(build(root))[0] == 0, "the killed stage must leave the project unlocked"


def test_the_stage_process_stops_when_the_build_is_killed(tempdir):
    root = project(tempdir, count=100)
    cold = build(root, "--workers", "1")
    stage = stage_started(cold)
    cold.kill()  # while the stage process summarises: the docs folder comes after, with rendering
    cold.communicate()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and running(stage):
        time.sleep(0.1)
    if running(stage):
        os.kill(stage, signal.SIGKILL)  # so that a failure leaves no process behind either
    assert not (root / "build" / "docs").exists(), "the stage went on without the build and its lock"
