"""`briefings build` converts only the pages that changed, and its site equals a clean build's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner
from mkdocs.structure.pages import Page

from conftest import REPO, write_tree
from generator import incremental
from generator.cli import cli

ARTICLES = {f"seeds/{p.name}": p.read_bytes() for p in (REPO / "tests" / "input").iterdir()}
NEW_ARTICLE = """\
---
title: Ferry operators agree a timetable
date: 2024-02-10
---

The ferry operators of Valmora agreed a new winter timetable on Saturday.

"Passengers will have a boat every hour," said operator Ines Barros.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The sample articles in a project with the repository's configuration, under a fixed
    SOURCE_DATE_EPOCH so that two builds of the same content can be compared byte for byte."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.delenv("SITE_URL", raising=False)
    root = write_tree(tmp_path / "project", ARTICLES)
    for folder in ("pages", "overrides"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


def build(root: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build", *args])
    assert result.exit_code == 0, result.output
    return result.output


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.relative_to(folder).as_posix().startswith(".")}


@pytest.fixture
def converted(monkeypatch) -> list[str]:
    """The pages MkDocs converts from Markdown, in order."""
    seen: list[str] = []
    render = Page.render

    def spy(self, config, files):
        seen.append(self.file.src_uri)
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", spy)
    return seen


def edit_an_article(root: Path) -> None:
    deal = root / "seeds" / "2023-harbour-deal.md"
    deal.write_text(deal.read_text(encoding="utf-8").replace("eight percent", "nine percent"), encoding="utf-8")


def nav_without_titles(root: Path) -> None:
    """The repository's nav replaced by one that names no page's title."""
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    nav = text[text.index("\nnav:"):text.index("\n# Briefing, actor and topic pages")]
    config.write_text(text.replace(nav, "\nnav: [index.md, archive.md, about.md]\n"), encoding="utf-8")


def remove_article(root: Path, name: str) -> None:
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "remove", f"seeds/{name}"])
    assert result.exit_code == 0, result.output


def clean_build(root: Path, into: Path) -> dict[str, bytes]:
    """The site a clean build of `root`'s pages makes, built in a copy of the project."""
    shutil.copytree(root, into, ignore=shutil.ignore_patterns("site", ".briefings-cache"))
    build(into, "--full")
    return tree(into / "site")


def test_an_edit_an_addition_and_a_removal_give_the_site_a_clean_build_gives(project, tmp_path):
    build(project)
    edit_an_article(project)
    (project / "seeds" / "2024-ferry-timetable.md").write_text(NEW_ARTICLE, encoding="utf-8")
    remove_article(project, "2024-budget-vote.txt")
    output = build(project)
    assert "only the pages that changed" in output
    assert tree(project / "site") == clean_build(project, tmp_path / "clean")


def test_after_one_edit_only_the_pages_whose_markdown_changed_are_converted(project, converted):
    build(project)
    pages_before = {p: p.read_bytes() for p in (project / "build" / "docs").rglob("*.md")}
    converted.clear()
    edit_an_article(project)
    build(project)
    changed = sorted(p.relative_to(project / "build" / "docs").as_posix()
                     for p in (project / "build" / "docs").rglob("*.md") if pages_before.get(p) != p.read_bytes())
    assert changed and sorted(converted) == changed
    assert len(converted) < len(pages_before) / 2


def test_after_one_edit_only_links_to_pages_converted_again_are_checked_on_the_pages_not_converted(
        project, converted, monkeypatch):
    checked: dict[str, set[str]] = {}
    validate = Page.validate_anchor_links

    def spy(self, *, files, log_level):
        checked[self.file.src_uri] = {target.src_uri for target in self.links_to_anchors or {}}
        return validate(self, files=files, log_level=log_level)

    monkeypatch.setattr(Page, "validate_anchor_links", spy)
    build(project)
    linking = {page for page, targets in checked.items() if targets}
    edit_an_article(project)
    converted.clear()
    checked.clear()
    build(project)
    assert converted and linking - set(converted)
    assert {page: targets - set(converted) for page, targets in checked.items()
            if page not in converted and targets - set(converted)} == {}


def test_a_build_with_no_article_to_summarise_imports_no_extraction_rules_ftfy_or_web_page_reader(project):
    build(project)
    # The build in a process of its own, summarising and rendering in it too, so that what they
    # import shows in its modules.
    script = f"""
import contextlib, sys
import generator.cli

@contextlib.contextmanager
def in_this_process(function, *args, what, **kwargs):
    yield lambda: function(*args, **kwargs)

generator.cli.started_apart = in_this_process
generator.cli.cli(["--config", {str(project / "mkdocs.yml")!r}, "build"], standalone_mode=False)
print(sorted(name for name in sys.modules if name.startswith((
    "ftfy", "generator.web", "generator.adding", "generator.extraction.assembly",
    "generator.extraction.llm.backend"))))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert "only the pages that changed" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_after_one_edit_only_the_files_that_changed_on_disk_are_read_for_their_digest(project, monkeypatch):
    build(project)
    docs = project / "build" / "docs"
    before = {p: os.stat(p) for p in docs.rglob("*") if p.is_file()}
    digested: list[Path] = []
    digest = incremental.file_sha256
    monkeypatch.setattr(incremental, "file_sha256", lambda path: digested.append(path) or digest(path))
    edit_an_article(project)
    build(project)
    rewritten = {p for p in docs.rglob("*") if p.is_file() and (p not in before or not same_file(before[p], os.stat(p)))}
    assert rewritten and set(digested) == rewritten


def same_file(one: os.stat_result, other: os.stat_result) -> bool:
    return (one.st_size, one.st_mtime_ns, one.st_ctime_ns, one.st_ino) == \
        (other.st_size, other.st_mtime_ns, other.st_ctime_ns, other.st_ino)


def test_a_build_after_an_edit_compiles_none_of_the_themes_templates_again(project, monkeypatch):
    build(project)
    compiled: list[str] = []
    compile_template = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, source, name=None, *args, **kwargs:
                        compiled.append(name) or compile_template(self, source, name, *args, **kwargs))
    edit_an_article(project)
    build(project)
    assert [name for name in compiled if name and not name.endswith(".j2")] == []


def test_nothing_changed_converts_no_page_and_leaves_every_file_of_the_site_as_it_was(project, converted):
    build(project)
    before = {p: p.stat().st_mtime_ns for p in (project / "site").rglob("*.html")}
    converted.clear()
    build(project)
    assert converted == []
    assert {p: p.stat().st_mtime_ns for p in (project / "site").rglob("*.html")} == before


def test_the_search_index_after_an_edit_holds_every_page(project, tmp_path):
    build(project)
    edit_an_article(project)
    build(project)
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"].partition("#")[0] for d in index["docs"]}
    pages = {p.relative_to(project / "site").parent.as_posix() + "/"
             for folder in ("briefings", "actors") for p in (project / "site" / folder).glob("*/index.html")}
    assert len(pages) > 10 and pages <= locations
    assert any("nine percent" in d["text"] for d in index["docs"])


def test_the_search_index_holds_the_home_page(project):
    build(project)
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "" in {d["location"].partition("#")[0] for d in index["docs"]}


def test_the_pages_of_a_removed_article_are_gone_from_the_site(project):
    build(project)
    briefings = {p.parent.name for p in (project / "site" / "briefings").glob("*/index.html")}
    remove_article(project, "2024-budget-vote.txt")
    build(project)
    after = {p.parent.name for p in (project / "site" / "briefings").glob("*/index.html")}
    gone = briefings - after
    assert len(gone) == 1 and not (project / "site" / "briefings" / gone.pop()).exists()


def test_a_changed_configuration_builds_everything_and_says_so(project, converted):
    build(project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: Briefings", "site_name: Harbour news"),
                      encoding="utf-8")
    converted.clear()
    output = build(project)
    assert "full build: the configuration changed since the last build" in output
    assert len(converted) == len(list((project / "build" / "docs").rglob("*.md")))
    assert "Harbour news" in (project / "site" / "about" / "index.html").read_text(encoding="utf-8")


def test_an_unreadable_memo_of_the_last_build_makes_a_full_build(project):
    build(project)
    (project / ".briefings-cache" / "site.pickle").write_bytes(b"\x80\x05not a pickle")
    assert "full build: the memo of the last build cannot be read" in build(project)


def memo_of(name: str) -> incremental.SiteMemo:
    return incremental.SiteMemo(key={"the configuration": name})


def test_a_process_takes_back_the_memo_it_left_without_reading_its_file(tmp_path, monkeypatch):
    memo = incremental.MemoFile(tmp_path / "site.pickle")
    memo.leave(memo_of("the last build"))
    monkeypatch.setattr(incremental, "load_memo", lambda path: pytest.fail("the memo was read back"))
    assert memo.take() == (memo_of("the last build"), "")
    assert not (tmp_path / "site.pickle").exists()  # a build that stops half-way leaves none


def test_a_memo_read_ahead_is_taken_without_reading_its_file_again(tmp_path, monkeypatch):
    # A build reads the memo while the pages are summarised and rendered, so MkDocs' stage does not.
    incremental.MemoFile(tmp_path / "site.pickle").leave(memo_of("the last build"))
    memo = incremental.MemoFile(tmp_path / "site.pickle")
    memo.read_ahead()
    monkeypatch.setattr(incremental, "load_memo", lambda path: pytest.fail("the memo was read again"))
    assert memo.take() == (memo_of("the last build"), "")


def test_a_memo_another_process_wrote_since_is_read_from_its_file(tmp_path):
    memo = incremental.MemoFile(tmp_path / "site.pickle")
    memo.leave(memo_of("the last build here"))
    incremental.MemoFile(tmp_path / "site.pickle").leave(memo_of("a build elsewhere"))
    assert memo.take() == (memo_of("a build elsewhere"), "")


def test_a_memo_left_unwritten_is_taken_back_and_written_only_when_asked(tmp_path):
    memo = incremental.MemoFile(tmp_path / "site.pickle")
    memo.leave(memo_of("the last build"), write=False)
    assert not (tmp_path / "site.pickle").exists()
    memo.write()
    assert incremental.load_memo(tmp_path / "site.pickle") == (memo_of("the last build"), "")
    memo.leave(memo_of("the next build"), write=False)
    assert memo.take() == (memo_of("the next build"), "")


def test_the_memo_is_not_flushed_to_disk_as_an_unreadable_one_makes_a_full_build(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: pytest.fail("the memo was flushed to disk"))
    incremental.save_memo(tmp_path / "site.pickle", memo_of("the last build"))
    assert incremental.load_memo(tmp_path / "site.pickle") == (memo_of("the last build"), "")


def test_a_memo_in_the_format_of_earlier_versions_is_removed_when_the_build_writes_its_own(project):
    (project / ".briefings-cache").mkdir(exist_ok=True)
    (project / ".briefings-cache" / "site.json").write_text('{"version": 1}', encoding="utf-8")
    build(project)
    assert (project / ".briefings-cache" / "site.pickle").is_file()
    assert not (project / ".briefings-cache" / "site.json").exists()


def test_a_broken_link_of_a_page_not_converted_again_is_still_reported(project, caplog, converted):
    (project / "pages" / "about.md").write_text(
        (project / "pages" / "about.md").read_text(encoding="utf-8") + "\n[Gone](nowhere.md)\n", encoding="utf-8")
    build(project)
    warned = [r.getMessage() for r in caplog.records if "nowhere.md" in r.getMessage()]
    caplog.clear()
    converted.clear()
    build(project)
    assert "about.md" not in converted
    assert warned and [r.getMessage() for r in caplog.records if "nowhere.md" in r.getMessage()] == warned


def test_hidden_files_and_files_of_others_in_the_site_folder_are_kept(project):
    build(project)
    (project / "site" / ".git").mkdir()
    (project / "site" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (project / "site" / "CNAME").write_text("news.example.org\n")
    remove_article(project, "2024-budget-vote.txt")
    build(project)
    assert (project / "site" / ".git" / "HEAD").is_file() and (project / "site" / "CNAME").is_file()


def test_pages_not_converted_again_keep_their_titles_in_a_nav_that_does_not_name_them(project, tmp_path):
    nav_without_titles(project)
    build(project)
    edit_an_article(project)
    build(project)
    assert "About these briefings" in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert tree(project / "site") == clean_build(project, tmp_path / "clean")


def test_a_new_heading_of_a_page_the_nav_lists_without_a_title_shows_on_every_page(project, tmp_path):
    nav_without_titles(project)
    build(project)
    about = project / "pages" / "about.md"
    about.write_text(about.read_text(encoding="utf-8").replace("# About these briefings", "# How briefings are made"),
                     encoding="utf-8")
    build(project)
    assert "How briefings are made" in (project / "site" / "archive" / "index.html").read_text(encoding="utf-8")
    assert tree(project / "site") == clean_build(project, tmp_path / "clean")


def test_a_page_the_nav_lists_that_appears_changes_every_page(project, tmp_path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      - Templates: templates.md", "      - Templates: templates.md\n      - Contact: contact.md"),
        encoding="utf-8")
    build(project)
    (project / "pages" / "contact.md").write_text("# Contact\n\nWrite to the desk.\n", encoding="utf-8")
    assert "full build: the pages the nav lists changed" in build(project)
    assert tree(project / "site") == clean_build(project, tmp_path / "clean")
