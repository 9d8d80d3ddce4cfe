"""A person's work is never lost or duplicated: edits saved during a run, briefings that cannot be
read, backups, the permissions of what is written, and files that cannot be written at all."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import writing
from generator.cli import cli
from generator.cleaning import Document
from generator.config import load_project
from generator.extraction import Extraction
from generator.schema import Actor
from generator.summarising import summarise
from tests.conftest import REPO

ARTICLE = "---\ntitle: Leader seeks peace\n---\nLeader seeks peace talks now, the council said on Monday.\n"
OTHER = "---\ntitle: Council approves budget\n---\nThe council approved the budget after a long night.\n"
BRIEFING = "content/leader-seeks-peace.yaml"
WITH_SEARCH = "site_name: t\ndocs_dir: build/docs\nnav:\n  - Home: index.md\nplugins:\n  - search\n  - briefings\n"


def run(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])


def briefing_names(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "content").glob("*.yaml"))


class EditingBackend:
    """Extracts like a very small backend, and while it does, a person saves `edit` into `briefing`."""

    name = "editing"
    version = "1"

    def __init__(self, briefing: Path, edit: str) -> None:
        self.briefing, self.edit = briefing, edit

    def extract(self, document: Document) -> Extraction:
        self.briefing.write_text(self.edit, encoding="utf-8")
        return Extraction(title="Leader seeks peace", summary=document.paragraphs[0].text,
                          actors=(Actor(id="leader", name="Leader", type="person"),))


def test_an_edit_saved_while_articles_are_extracted_is_not_overwritten(tempdir):
    root = tempdir({"seeds/a.txt": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    (root / "seeds" / "a.txt").write_text(ARTICLE + " More.", encoding="utf-8")
    path = root / BRIEFING
    edit = path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true")
    report = summarise(load_project(root / "mkdocs.yml"), EditingBackend(path, edit))
    assert path.read_text(encoding="utf-8") == edit
    (outcome,) = report.outcomes
    assert outcome.action == "kept" and "changed while this run was working" in outcome.note


def test_a_briefing_with_a_yaml_syntax_error_still_owns_its_article(tempdir):
    root = tempdir({"seeds/a.txt": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    path = root / BRIEFING
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: [false"),
                    encoding="utf-8")
    result = run(root, "summarise")
    assert briefing_names(root) == [path.name]
    assert "is not valid YAML" in result.output
    assert "article changed" not in result.output


def test_a_briefing_that_cannot_be_read_still_owns_the_id_of_its_article(tempdir):
    root = tempdir({"seeds/a.txt": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    path = root / BRIEFING
    path.write_bytes(path.read_bytes().replace(b"reviewed: false", b"reviewed: \xff"))  # not UTF-8
    result = run(root, "summarise")
    assert briefing_names(root) == [path.name]
    assert f"not summarised, as {path.name} may be its briefing and cannot be loaded" in result.output


def test_backups_of_overwritten_briefings_are_ignored_by_git(tempdir):
    root = tempdir({"seeds/a.txt": ARTICLE})
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    assert run(root, "summarise").exit_code == 0
    path = root / BRIEFING
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    assert run(root, "summarise", "--force", "--overwrite-edited").exit_code == 0
    assert len(list((root / "content" / ".backup").glob("*.yaml"))) == 1
    status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all"],
                            capture_output=True, text=True, check=True).stdout
    assert "content/.backup" not in status and "content/leader" in status


def test_files_are_written_with_the_permissions_the_umask_allows(tempdir):
    root = tempdir({"seeds/a.txt": ARTICLE, "mkdocs.yml": WITH_SEARCH})
    command = [sys.executable, "-m", "generator", "--config", str(root / "mkdocs.yml"), "build"]
    subprocess.run(command, cwd=REPO, check=True, capture_output=True, preexec_fn=lambda: os.umask(0o002))
    for path in (root / BRIEFING, root / "build" / "docs" / "index.md", root / "site" / "search" / "search_index.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o664, path


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS])
def test_a_briefing_that_cannot_be_written_is_one_line_and_the_others_are_written(tempdir, monkeypatch, error):
    root = tempdir({"seeds/a.txt": ARTICLE, "seeds/b.txt": OTHER})
    real = writing._atomic_write

    def refuse_one(path, data, **options):
        if path.name.startswith("leader"):
            raise OSError(error, os.strerror(error), str(path))
        real(path, data, **options)

    monkeypatch.setattr(writing, "_atomic_write", refuse_one)
    result = run(root, "summarise")
    problems = [line for line in result.output.splitlines()
                if line.startswith("warning:") and "leader" in line and "cannot be written" in line]
    assert len(problems) == 1 and "unexpected" not in result.output
    assert result.exit_code == 1
    assert briefing_names(root) == ["council-approves-budget.yaml"]


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_cache_path_that_cannot_be_used_is_a_warning_and_the_run_goes_on(tempdir, kind):
    root = tempdir({"seeds/a.txt": ARTICLE})
    cache = root / ".briefings-cache"
    if kind == "file":
        cache.write_text("not a folder")
    else:
        (cache / "cache.sqlite").mkdir(parents=True)
    result = run(root, "summarise")
    assert result.exit_code == 0, result.output
    assert "the cache" in result.output and "unexpected" not in result.output
    assert briefing_names(root) == [Path(BRIEFING).name]
    assert cache.is_file() if kind == "file" else (cache / "cache.sqlite").is_dir()  # nothing of ours to delete


def test_hidden_files_of_the_site_folder_survive_a_build(tempdir):
    root = tempdir({"seeds/a.txt": ARTICLE, "site/.git/HEAD": "ref: refs/heads/gh-pages\n",
                    "site/.well-known/security.txt": "Contact: mailto:x@example.org\n",
                    "site/.htaccess": "Options -Indexes\n", "site/stale.html": "<p>from an old build</p>"})
    for _ in range(2):  # the first build, then one that replaces a site of its own
        result = run(root, "build")
        assert result.exit_code == 0, result.output
    assert (root / "site" / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (root / "site" / ".well-known" / "security.txt").is_file()
    assert (root / "site" / ".htaccess").is_file()
    assert not (root / "site" / "stale.html").exists()
    assert (root / "site" / "index.html").is_file()
    assert sorted(p.name for p in (root / "site").iterdir() if p.name.startswith(".")) == [
        ".git", ".htaccess", ".well-known"]


@pytest.fixture
def mounted_site(tempdir):
    """A project whose site folder is a file system of its own (skipped where mounting is not allowed)."""
    root = tempdir({"seeds/a.txt": ARTICLE})
    site = root / "site"
    site.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(site)], capture_output=True).returncode:
        pytest.skip("mounting a file system needs privileges this machine does not give")
    yield root
    subprocess.run(["umount", str(site)], check=True)


def test_a_site_folder_that_is_a_mount_point_is_built_in_place(mounted_site):
    result = run(mounted_site, "build")
    assert result.exit_code == 0, result.output
    assert os.path.ismount(mounted_site / "site")
    assert (mounted_site / "site" / "index.html").is_file()


def test_a_second_build_stops_while_the_first_builds_its_site(tempdir):
    root = tempdir({f"seeds/a{n}.txt": ARTICLE.replace("peace", f"peace {n}") for n in range(30)})
    assert run(root, "build").exit_code == 0
    first = subprocess.Popen([sys.executable, "-m", "generator", "--config", str(root / "mkdocs.yml"), "build",
                              "--full"], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The memo of the last site build is taken away while the next one builds.
    memo = root / ".briefings-cache" / "site.pickle"
    while first.poll() is None and memo.is_file():
        time.sleep(0.005)
    assert first.poll() is None, "the first build should still be building its site"
    second = run(root, "build")
    assert second.exit_code == 1 and "another briefings run" in second.output
    assert first.wait(timeout=300) == 0
    assert (root / "site" / "index.html").is_file()
