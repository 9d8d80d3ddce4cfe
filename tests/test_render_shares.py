"""A cold render reads the briefings and renders the pages in shares, one process per core that the
``workers`` option allows (see `generator.apart.in_shares`), and leaves what one process leaves."""

from __future__ import annotations

import os
import pickle
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, write_tree
from generator import pipeline
from generator.caching import Cache
from generator.cli import cli
from generator.config import load_project
from generator.errors import TemplateError
from generator.rendering import folder

ARTICLES = {f"seeds/{p.name}": p.read_bytes() for p in (REPO / "tests" / "input").iterdir()}
BROKEN = "id: broken\ntitle: [a list where a title goes\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The sample articles summarised, in a project with the repository's configuration, on a
    machine of two cores where even a few briefings and pages are worth sharing."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(folder, "_LEAST_PAGES_APART", 1)
    monkeypatch.setattr(pipeline, "LEAST_READ_APART", 1)
    monkeypatch.setattr("generator.summarising.LEAST_READ_APART", 1)
    root = write_tree(tmp_path / "project", ARTICLES)
    for name in ("pages", "overrides"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    build(root, "-j", "1")
    return root


@pytest.fixture
def writers(monkeypatch, tmp_path) -> Path:
    """A file that gets the id of each process that writes pages, one line each time."""
    return callers(monkeypatch, folder, "write_files", tmp_path / "writers.txt")


def callers(monkeypatch, module, name: str, log: Path) -> Path:
    """`log`, which gets the id of the process each time `module.name` is called, one line each."""
    log.touch()
    function = getattr(module, name)

    def spy(*args, **kwargs):
        with log.open("a") as f:
            f.write(f"{os.getpid()}\n")
        return function(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return log


def build(root: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build", *args])
    assert result.exit_code == 0, result.output
    return result.output


def cold(root: Path) -> None:
    for name in ("build", "site", ".briefings-cache"):
        shutil.rmtree(root / name, ignore_errors=True)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def processes(log: Path) -> set[str]:
    found = set(log.read_text().split())
    log.write_text("")
    return found


def memo(root: Path) -> dict:
    """What the cache keeps of the render, as far as two renders of the same files can agree: not
    the files' signatures (their times differ) nor how Jinja compiled each template."""
    with Cache(root / ".briefings-cache") as cache:
        pages = {page: fingerprint for page, (fingerprint, _) in cache.value(pipeline.LAST_PAGES).items()}
        environment, actors, templates = cache.value(pipeline.LAST_ACTORS_AND_TEMPLATES)
        briefings = {Path(path).name: cache.get("briefing", path) for path in cache.paths(pipeline.ENTRY)}
        return {"pages": pages, "environment": environment, "actors": actors, "templates": sorted(templates),
                "data": cache.value(pipeline.LAST_DATA)[1],
                "identities": pickle.dumps(cache.value(pipeline.LAST_IDENTITIES)),
                "entries": {Path(path).name: cache.get(pipeline.ENTRY, path) for path in cache.paths(pipeline.ENTRY)},
                "briefings": briefings}


def edit_an_article(root: Path) -> None:
    deal = root / "seeds" / "2023-harbour-deal.md"
    deal.write_text(deal.read_text(encoding="utf-8").replace("eight percent", "nine percent"), encoding="utf-8")


def test_a_cold_build_in_two_processes_leaves_the_docs_site_and_memo_one_process_leaves(project, writers):
    cold(project)
    build(project, "--full", "-j", "1")
    assert len(processes(writers)) == 1
    docs, site, kept = tree(project / "build" / "docs"), tree(project / "site"), memo(project)
    cold(project)
    build(project, "--full", "-j", "2")
    assert len(processes(writers)) == 2
    assert tree(project / "build" / "docs") == docs
    assert tree(project / "site") == site
    assert memo(project) == kept


def test_after_a_cold_build_in_two_processes_one_edit_renders_in_one_and_as_after_one(project, writers, tmp_path):
    serial = tmp_path / "serial"
    shutil.copytree(project, serial)
    cold(project)
    build(project, "--full", "-j", "2")
    assert len(processes(writers)) == 2
    edit_an_article(project)
    edit_an_article(serial)
    after = build(project, "-j", "2")
    assert len(processes(writers)) == 1
    assert after.split("pages: ")[1].split(" in ")[0] == build(serial, "-j", "1").split("pages: ")[1].split(" in ")[0]
    assert tree(project / "build" / "docs") == tree(serial / "build" / "docs")


def test_a_briefing_that_cannot_be_read_is_reported_as_one_process_reports_it(project, monkeypatch, tmp_path):
    (project / "content" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    readers = tmp_path / "readers.txt"
    read_entry = pipeline._read_entry

    def spy(cache, path, signature):
        with readers.open("a") as f:
            f.write(f"{os.getpid()}\n")
        return read_entry(cache, path, signature)

    monkeypatch.setattr(pipeline, "_read_entry", spy)
    reported = {}
    for workers in (1, 2):
        cold(project)
        result = pipeline.update(load_project(project / "mkdocs.yml"), summarise_articles=False, workers=workers)
        reported[workers] = [str(problem) for problem in result.problems]
        assert len(processes(readers)) == workers
    assert reported[2] == reported[1]
    assert len(reported[1]) == 1 and "broken.yaml" in reported[1][0]


def test_the_share_of_a_process_that_dies_is_rendered_by_the_one_that_started_it(project, monkeypatch, tmp_path):
    cold(project)
    build(project, "--full", "-j", "1")
    docs = tree(project / "build" / "docs")
    started = tmp_path / "started.txt"
    write_files = folder.write_files
    parent = os.getpid()

    def dying(docs, wanted):
        with started.open("a") as f:
            f.write(f"{os.getpid()}\n")
        if os.getpid() != parent:
            os._exit(1)
        return write_files(docs, wanted)

    monkeypatch.setattr(folder, "write_files", dying)
    cold(project)
    result = pipeline.update(load_project(project / "mkdocs.yml"), summarise_articles=False, workers=2)
    assert not result.problems
    assert len(processes(started)) == 2
    assert tree(project / "build" / "docs") == docs


def test_a_template_failing_on_pages_of_both_shares_is_reported_for_the_first_as_one_process_reports_it(project):
    # Every briefing page fails, saying which briefing it shows: the first is in another process's share.
    (project / "templates").mkdir()
    (project / "templates" / "briefing.md.j2").write_text("{{ {}[briefing.id].missing }}\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      pages_dir: pages\n", "      pages_dir: pages\n      templates_dir: templates\n"), encoding="utf-8")
    reported = {}
    for workers in (1, 2):
        cold(project)
        with pytest.raises(TemplateError) as raised:
            pipeline.update(load_project(config), summarise_articles=False, workers=workers)
        reported[workers] = str(raised.value)
    assert reported[2] == reported[1]


@pytest.mark.parametrize("summarise", [True, False])
def test_a_cold_run_reads_each_briefing_file_once_to_parse_and_to_hash_it(project, monkeypatch, summarise):
    cold(project)
    reads: Counter[str] = Counter()
    read_bytes, read_text = Path.read_bytes, Path.read_text

    def counted(read):
        def reading(self, *args, **kwargs):
            if self.parent.name == "content":
                reads[self.name] += 1
            return read(self, *args, **kwargs)
        return reading

    monkeypatch.setattr(Path, "read_bytes", counted(read_bytes))
    monkeypatch.setattr(Path, "read_text", counted(read_text))
    result = pipeline.update(load_project(project / "mkdocs.yml"), summarise_articles=summarise, workers=1)
    assert not result.problems
    assert reads == Counter({path.name: 1 for path in (project / "content").glob("*.yaml")})


@pytest.mark.parametrize("change", ["setting", "template"])
def test_after_a_setting_or_template_changed_every_page_renders_in_two_processes_as_in_one(
        project, writers, tmp_path, change):
    # The README: a render of most pages, "the first, or after a template or setting changed", is shared.
    config = project / "mkdocs.yml"
    (project / "templates").mkdir()
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      pages_dir: pages\n", "      pages_dir: pages\n      templates_dir: templates\n"), encoding="utf-8")
    build(project, "-j", "1")
    serial = tmp_path / "serial"
    shutil.copytree(project, serial)
    processes(writers)
    for root in (project, serial):
        if change == "setting":
            (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8").replace(
                "site_name: ", "site_name: The Desk's "), encoding="utf-8")
        else:
            (root / "templates" / "briefing.md.j2").write_text(
                (REPO / "generator" / "templates" / "briefing.md.j2").read_text(encoding="utf-8") + "\nReviewed.\n",
                encoding="utf-8")
    build(project, "-j", "2")
    assert len(processes(writers)) == 2
    build(serial, "-j", "1")
    assert len(processes(writers)) == 1
    assert tree(project / "build" / "docs") == tree(serial / "build" / "docs")


def test_summarising_reads_the_briefings_the_cache_does_not_know_in_two_processes_as_in_one(
        project, monkeypatch, tmp_path):
    # The help of -j: its processes also read briefings when most are new to the cache.
    from generator import summarising

    (project / "content" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    readers = callers(monkeypatch, summarising, "_read_existing", tmp_path / "readers.txt")
    said = {}
    for workers in ("1", "2"):
        cold(project)
        result = CliRunner().invoke(cli, ["--config", str(project / "mkdocs.yml"), "summarise", "-j", workers])
        assert len(processes(readers)) == int(workers)
        said[workers] = [line for line in result.output.splitlines() if "broken.yaml" in line]
    assert said["2"] == said["1"] and said["1"]


def test_a_cold_render_of_a_few_briefings_stays_in_one_process(project, writers, monkeypatch):
    # The README: only a render of most pages "of a site of hundreds of briefings" is shared.
    monkeypatch.setattr(folder, "_LEAST_PAGES_APART", 100)
    cold(project)
    build(project, "--full", "-j", "2")
    assert len(processes(writers)) == 1
