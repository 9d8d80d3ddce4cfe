"""`briefings serve`: a live server that re-renders an edited briefing and rebuilds only what changed."""

from __future__ import annotations

import json
import logging
import queue
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import watchdog.observers
from watchdog.events import FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

from conftest import MKDOCS_YML, REPO, make_briefing
from generator.schema import dump_briefing
from generator import site
from generator.config import load_project
from generator.site import change_observer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, text: str, seconds: float) -> str:
    """The page at `url` once it contains `text`; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    body = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body = response.read().decode("utf-8")
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} did not show {text!r} within {seconds} s")


# With MkDocs' search, whose index a dirty rebuild makes of the rebuilt pages only.
WITH_SEARCH = MKDOCS_YML.replace("plugins:\n", "plugins:\n  - search\n")


def project(tempdir) -> Path:
    return tempdir({"content/ceasefire-talks.yaml": dump_briefing(make_briefing()), "seeds/.keep": ""},
                   mkdocs_yml=WITH_SEARCH)


def briefings(root: Path, *args: str) -> list[str]:
    """The command line of this checkout's `briefings` on the project at `root`."""
    return [sys.executable, "-m", "generator", "--config", str(root / "mkdocs.yml"), *args]


@contextmanager
def serving(root: Path, *options: str) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log = root / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(briefings(root, "serve", "-a", f"127.0.0.1:{port}", *options),
                                   cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}/", log
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def served(tempdir):
    root = project(tempdir)
    with serving(root) as (base, log):
        yield root, base, log


def test_serving_starts_from_the_last_build_without_converting_its_pages_again(tempdir):
    root = project(tempdir)
    assert subprocess.run(briefings(root, "build"), cwd=REPO, capture_output=True).returncode == 0
    built = root / ".briefings-cache" / "site-build" / "briefings" / "ceasefire-talks" / "index.html"
    # A mark that only the page the last build made carries: a page converted again loses it.
    built.write_text(built.read_text(encoding="utf-8").replace("</body>", "<!-- as last built --></body>"),
                     encoding="utf-8")
    with serving(root) as (base, _):
        wait_for(base + "briefings/ceasefire-talks/", "<!-- as last built -->", 90)


def test_an_edited_briefing_shows_on_the_served_site_after_a_dirty_rebuild(served):
    root, base, _ = served
    wait_for(base + "briefings/ceasefire-talks/", "Ceasefire talks resume in Geneva", 90)
    edit_title(root)
    wait_for(base + "briefings/ceasefire-talks/", "Ceasefire talks end in Lausanne", 60)


def edit_title(root: Path) -> None:
    path = root / "content" / "ceasefire-talks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Ceasefire talks resume in Geneva",
                                                             "Ceasefire talks end in Lausanne"), encoding="utf-8")


def test_search_keeps_every_page_after_a_dirty_rebuild_and_no_warning_repeats(served):
    root, base, log = served
    before = json.loads(wait_for(base + "search/search_index.json", "Ceasefire talks resume in Geneva", 90))
    edit_title(root)
    after = json.loads(wait_for(base + "search/search_index.json", "Ceasefire talks end in Lausanne", 60))
    locations = {doc["location"] for doc in before["docs"]}
    assert {"", "briefings/ceasefire-talks/", "actors/anna-keller/", "schema/", "templates/"} <= locations
    assert {doc["location"] for doc in after["docs"]} == locations
    assert "'dirty' build" not in Path(log).read_text(encoding="utf-8")


def test_a_full_rebuild_serves_with_mkdocs_own_serve_and_search_keeps_every_page(tempdir):
    root = project(tempdir)
    with serving(root, "--full-rebuild") as (base, _):
        before = json.loads(wait_for(base + "search/search_index.json", "Ceasefire talks resume in Geneva", 90))
        edit_title(root)
        after = json.loads(wait_for(base + "search/search_index.json", "Ceasefire talks end in Lausanne", 60))
    assert not (root / ".briefings-cache" / "site-build").exists()  # not served from the last build
    assert {doc["location"] for doc in after["docs"]} == {doc["location"] for doc in before["docs"]}


def test_changes_are_watched_with_the_systems_file_events(tmp_path):
    assert not isinstance(change_observer([str(tmp_path)]), PollingObserver)


def test_changes_are_polled_for_where_file_events_cannot_be_watched(tmp_path, monkeypatch):
    class NoEvents(watchdog.observers.Observer):
        def start(self) -> None:
            raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watchdog.observers, "Observer", NoEvents)
    assert isinstance(change_observer([str(tmp_path)]), PollingObserver)


def test_reading_a_watched_file_is_no_change(tmp_path):
    (tmp_path / "read.yaml").write_text("read while a rebuild renders", encoding="utf-8")
    seen: queue.Queue = queue.Queue()
    handler = FileSystemEventHandler()
    handler.on_any_event = seen.put
    observer = change_observer([str(tmp_path)])
    observer.schedule(handler, str(tmp_path), recursive=True)
    observer.start()
    try:
        (tmp_path / "read.yaml").read_text(encoding="utf-8")
        (tmp_path / "written.yaml").write_text("a change", encoding="utf-8")
        events = [seen.get(timeout=30)]
        # Events come in order: once the write is told, the read would have been told before it.
        while not events[-1].src_path.endswith("written.yaml"):
            events.append(seen.get(timeout=30))
    finally:
        observer.stop()
        observer.join()
    assert [e for e in events if not e.is_directory and e.src_path.endswith("read.yaml")] == []


def test_a_build_after_serving_converts_only_what_changed_since_the_last_served_build(tempdir):
    root = project(tempdir)
    with serving(root) as (base, _):
        wait_for(base + "briefings/ceasefire-talks/", "Ceasefire talks resume in Geneva", 90)
        edit_title(root)
        wait_for(base + "briefings/ceasefire-talks/", "Ceasefire talks end in Lausanne", 60)
    # Stopped at once: serving writes the memo of its last build as it stops, not only once edits pause.
    built = subprocess.run(briefings(root, "build"), cwd=REPO, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert "only the pages that changed" in built.stdout


def test_a_build_started_while_serving_has_not_yet_written_its_memo_says_the_project_is_locked(tempdir, monkeypatch):
    from mkdocs.config import load_config

    root = project(tempdir)
    assert subprocess.run(briefings(root, "build"), cwd=REPO, capture_output=True).returncode == 0
    monkeypatch.setattr(site, "QUIET", 600)  # edits never pause long enough for the memo to be written
    served_project = load_project(root / "mkdocs.yml")
    builds = site.ServedBuilds(served_project, logging.getLogger("test"))
    builds.build(load_config(config_file=str(served_project.config_file)), render=False)
    try:
        meanwhile = subprocess.run(briefings(root, "build"), cwd=REPO, capture_output=True, text=True)
    finally:
        builds.close()
    assert meanwhile.returncode == 1 and "another briefings run" in meanwhile.stdout + meanwhile.stderr
    after = subprocess.run(briefings(root, "build"), cwd=REPO, capture_output=True, text=True)
    assert after.returncode == 0, after.stderr
    assert "only the pages that changed" in after.stdout
