"""A full `briefings build` converts its last pages in a forked process (see `generator.parallel`),
and its site and warnings are those of a build in one process."""

from __future__ import annotations

import logging
import os
import shutil
import signal
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from mkdocs import utils as mkdocs_utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.contrib.search import SearchPlugin
from mkdocs.structure.pages import Page

from generator import parallel, publishing
from generator.cli import cli
from generator.inlinepatterns import UnusedInlinePatterns
from generator.plugin import BriefingsPlugin
from test_incremental_build import project, tree  # noqa: F401  # the project fixture

# Hand-written pages: the first of them comes before every generated page, the last after them.
FIRST_PAGE = ("# Notes\n\nSee [the desk](desk.md), [the last words](zz/last.md#last-words) and "
              "[what they left out](zz/last.md#left-out).\n")
LAST_PAGE = "# Last words\n\nSee [the old desk](old-desk.md) and [the notes' end](../aa-notes.md#the-end).\n"


@pytest.fixture(autouse=True)
def one_thread(monkeypatch) -> None:
    """A build forks only when its process runs no other thread; tests run earlier in the same
    process may have left some behind."""
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)


@pytest.fixture
def pages(project, monkeypatch) -> Path:  # noqa: F811  # the fixture imported above
    """The project with a page first and a page last that link to pages and anchors that do not
    exist, built in two processes however few its pages are."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nvalidation:\n  anchors: warn\n", encoding="utf-8")
    (project / "pages" / "aa-notes.md").write_text(FIRST_PAGE, encoding="utf-8")
    (project / "pages" / "zz").mkdir()
    (project / "pages" / "zz" / "last.md").write_text(LAST_PAGE, encoding="utf-8")
    monkeypatch.setattr(parallel, "MIN_PAGES", 2)
    return project


@pytest.fixture
def converters(monkeypatch, tmp_path) -> dict[str, int]:
    """The process each page is converted in, by page, as the build's processes tell it."""
    record = tmp_path / "converters.txt"
    render = Page.render

    def spy(self, config, files):
        with record.open("a", encoding="utf-8") as out:
            out.write(f"{self.file.src_uri} {os.getpid()}\n")
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", spy)

    class Seen(dict):
        def __missing__(self, page: str) -> int:
            self.update((page, int(pid)) for page, pid in map(str.split, record.read_text().splitlines()))
            return dict.__getitem__(self, page)

    record.touch()
    return Seen()


@pytest.fixture
def builders(monkeypatch, tmp_path) -> dict[str, int]:
    """The process each page's HTML is written by, by page, as the build's processes tell it."""
    record = tmp_path / "builders.txt"
    write = mkdocs_utils.write_file

    def spy(content, output_path):
        if output_path.endswith(".html"):
            with record.open("a", encoding="utf-8") as out:
                out.write(f"{output_path} {os.getpid()}\n")
        return write(content, output_path)

    monkeypatch.setattr(mkdocs_utils, "write_file", spy)

    class Seen(dict):
        def __missing__(self, page: str) -> int:
            written = dict(map(str.split, record.read_text().splitlines()))
            return int(next(pid for path, pid in written.items() if f"/{page}/index.html" in path))

    record.touch()
    return Seen()


@pytest.fixture
def building_warns(monkeypatch) -> None:
    """Building each page into HTML logs a warning naming it, as a theme's template may."""
    context = mkdocs_build.get_context

    def warning(nav, files, config, page=None, base_url=""):
        if page is not None:
            logging.getLogger("mkdocs.commands.build").warning(f"Building the page '{page.file.src_uri}'")
        return context(nav, files, config, page, base_url)

    monkeypatch.setattr(mkdocs_build, "get_context", warning)


def build(root: Path, *args: str, strict: bool = False) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *(["--strict"] if strict else []),
                                      "build", "--full", *args])
    return result.exit_code, result.output


def warnings(caplog) -> list[str]:
    found = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and "Doc file" in r.getMessage()]
    caplog.clear()
    return found


def test_a_full_build_converts_its_last_pages_in_a_fork_and_makes_the_site_one_process_makes(pages, converters):
    assert build(pages, "--workers", "1")[0] == 0
    serial = tree(pages / "site")
    assert build(pages, "--workers", "2")[0] == 0
    assert converters["zz/last.md"] != os.getpid() and converters["aa-notes.md"] == os.getpid()
    assert tree(pages / "site") == serial


def test_the_fork_builds_its_pages_into_html_and_the_site_is_the_one_one_process_makes(pages, builders):
    assert build(pages, "--workers", "1")[0] == 0
    serial = tree(pages / "site")
    assert build(pages, "--workers", "2")[0] == 0
    assert builders["zz/last"] != os.getpid() and builders["aa-notes"] == os.getpid()
    assert tree(pages / "site") == serial


def test_each_process_of_a_full_build_puts_the_pages_it_makes_into_the_site_folder_with_no_copy_after(
        pages, monkeypatch):
    assert build(pages, "--workers", "1")[0] == 0
    serial = tree(pages / "site")
    shutil.rmtree(pages / "site")  # else the site holds every page already, and none is staged or copied
    copied, copy = [], publishing.shutil.copyfile
    monkeypatch.setattr(publishing.shutil, "copyfile", lambda source, target: copied.append(str(source))
                        or copy(source, target))
    assert build(pages, "--workers", "2")[0] == 0
    assert tree(pages / "site") == serial
    assert not [path for path in copied if path.endswith(".html") and not path.endswith("/404.html")]


def test_a_page_another_plugin_rewrites_once_built_is_published_as_rewritten(pages):
    # Rewritten to the same size: a page staged as it was made would pass for the rewritten one.
    (pages / "hooks.py").write_text(
        "from pathlib import Path\n\n\n"
        "def on_post_build(config, **kwargs):\n"
        "    for page in Path(config.site_dir).rglob('*.html'):\n"
        "        page.write_text(page.read_text(encoding='utf-8').replace('<body', '<BODY'), encoding='utf-8')\n",
        encoding="utf-8")
    config = pages / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nhooks:\n  - hooks.py\n", encoding="utf-8")
    assert build(pages, "--workers", "2")[0] == 0
    built = list((pages / "site").rglob("index.html"))
    assert built and all("<BODY" in page.read_text(encoding="utf-8") for page in built)


def test_warnings_logged_while_the_fork_builds_its_pages_come_where_one_process_gives_them(
        pages, building_warns, caplog):
    build(pages, "--workers", "1")
    serial = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    caplog.clear()
    build(pages, "--workers", "2")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == serial
    assert any(r.process != os.getpid() for r in caplog.records if "'zz/last.md'" in r.getMessage()
               and r.getMessage().startswith("Building"))


def test_strict_mode_fails_on_a_warning_logged_while_the_fork_builds_a_page(pages, builders, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://news.example.org/")
    for page in ("aa-notes.md", "zz/last.md"):
        (pages / "pages" / page).write_text("# Notes\n\nNothing links anywhere.\n", encoding="utf-8")
    context = mkdocs_build.get_context

    def warning(nav, files, config, page=None, base_url=""):
        if page is not None and page.file.src_uri == "zz/last.md":
            logging.getLogger("mkdocs.commands.build").warning("The last page is built with a warning")
        return context(nav, files, config, page, base_url)

    monkeypatch.setattr(mkdocs_build, "get_context", warning)
    code, output = build(pages, "--workers", "2", strict=True)
    assert builders["zz/last"] != os.getpid()
    assert code != 0 and "strict mode" in output


@pytest.mark.parametrize("death", ["raises", "is killed"])
def test_a_fork_that_dies_while_building_leaves_its_pages_to_the_build_and_the_site_is_whole(
        pages, monkeypatch, tmp_path, caplog, building_warns, death):
    build(pages, "--workers", "1")
    serial = tree(pages / "site")
    serial_warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    caplog.clear()
    died, builder, build_page = tmp_path / "died", os.getpid(), mkdocs_build._build_page

    def dying(page, *args, **kwargs):
        if page.file.src_uri == "zz/last.md" and os.getpid() != builder:
            died.touch()
            if death == "is killed":
                os.kill(os.getpid(), signal.SIGKILL)
            raise RuntimeError("a page that fails to build in the fork only")
        return build_page(page, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", dying)
    assert build(pages, "--workers", "2")[0] == 0
    assert died.exists()
    assert tree(pages / "site") == serial
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == serial_warnings


def test_warnings_of_both_processes_come_in_the_order_one_process_gives_them(pages, converters, caplog):
    build(pages, "--workers", "1")
    serial = warnings(caplog)
    build(pages, "--workers", "2")
    assert converters["zz/last.md"] != os.getpid()
    assert warnings(caplog) == serial
    assert [page for page in ("aa-notes.md", "zz/last.md") if any(f"'{page}'" in w for w in serial)] == \
        ["aa-notes.md", "zz/last.md"]


def test_strict_mode_fails_on_a_warning_of_a_page_the_fork_converted(pages, converters, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://news.example.org/")
    (pages / "pages" / "aa-notes.md").write_text("# Notes\n\nNothing links anywhere.\n", encoding="utf-8")
    code, output = build(pages, "--workers", "2", strict=True)
    assert converters["zz/last.md"] != os.getpid()
    assert code != 0 and "strict mode" in output


@pytest.mark.parametrize("death", ["raises", "is killed"])
def test_a_fork_that_dies_leaves_its_pages_to_the_build_and_the_site_is_whole(pages, monkeypatch, tmp_path, caplog,
                                                                                death):
    build(pages, "--workers", "1")
    serial, serial_warnings = tree(pages / "site"), warnings(caplog)
    died, builder, render = tmp_path / "died", os.getpid(), Page.render

    def dying(self, config, files):
        if self.file.src_uri == "zz/last.md" and os.getpid() != builder:
            died.touch()
            if death == "is killed":
                os.kill(os.getpid(), signal.SIGKILL)
            raise RuntimeError("a conversion that fails in the fork only")
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", dying)
    assert build(pages, "--workers", "2")[0] == 0
    assert died.exists()
    assert tree(pages / "site") == serial
    assert warnings(caplog) == serial_warnings


def test_a_build_that_fails_stops_its_fork(pages, monkeypatch):
    forks = []
    fork = parallel.fork
    monkeypatch.setattr(parallel, "fork", lambda *args: forks.append(fork(*args)) or forks[-1])
    render = Page.render

    def failing(self, config, files):
        if self.file.src_uri == "aa-notes.md":
            raise RuntimeError("a page that cannot be converted")
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", failing)
    assert build(pages, "--workers", "2")[0] != 0
    assert forks and forks[0] is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0].pid, os.WNOHANG)


def known_configuration(**changes) -> SimpleNamespace:
    briefings = BriefingsPlugin()
    return SimpleNamespace(**{"plugins": {"search": SearchPlugin(), "briefings": briefings},
                              "markdown_extensions": ["toc", UnusedInlinePatterns(None)], **changes})


def test_two_workers_may_convert_a_site_of_search_and_briefings_with_markdown_extensions_by_name():
    assert parallel.serial_because(known_configuration(), workers=2, pages=parallel.MIN_PAGES) is None


@pytest.mark.parametrize(("changes", "workers", "pages", "because"), [
    ({}, 1, 10_000, "one worker"),
    ({}, 2, 10, "10 pages"),
    ({"plugins": {"search": SearchPlugin(), "counter": SimpleNamespace()}}, 2, 10_000, "the plugin 'counter'"),
    ({"markdown_extensions": ["toc", SimpleNamespace()]}, 2, 10_000, "the Markdown extension"),
])
def test_one_process_converts_every_page(changes, workers, pages, because):
    assert because in parallel.serial_because(known_configuration(**changes), workers=workers, pages=pages)


def test_one_process_converts_every_page_off_linux(monkeypatch):
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert "Linux" in parallel.serial_because(known_configuration(), workers=2, pages=10_000)


def test_one_process_converts_every_page_while_mkdocs_logs_at_debug_level(monkeypatch):
    monkeypatch.setattr(logging.getLogger("mkdocs"), "level", logging.DEBUG)
    assert "debug" in parallel.serial_because(known_configuration(), workers=2, pages=10_000)


def test_a_build_that_converts_only_the_pages_that_changed_converts_them_in_one_process(pages, converters):
    assert build(pages, "--workers", "2")[0] == 0
    (pages / "pages" / "zz" / "last.md").write_text(LAST_PAGE + "\nOne more line.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(pages / "mkdocs.yml"), "build", "--workers", "2"])
    assert result.exit_code == 0 and "only the pages that changed" in result.output
    assert converters["zz/last.md"] == os.getpid()  # the full build's fork converted it first


def test_one_process_converts_every_page_while_other_threads_run(monkeypatch):
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)
    assert "threads" in parallel.serial_because(known_configuration(), workers=2, pages=10_000)


def test_a_site_of_200_pages_or_more_may_be_converted_in_two_processes_and_one_of_fewer_not():
    # The README: the build "stays in one process ... for fewer than 200 pages".
    assert parallel.serial_because(known_configuration(), workers=2, pages=200) is None
    assert "199 pages" in parallel.serial_because(known_configuration(), workers=2, pages=199)


@pytest.mark.parametrize(("cores", "because"), [(1, "one worker"), (2, None)])
def test_workers_0_converts_in_two_processes_only_on_a_machine_of_two_cores_or_more(monkeypatch, cores, because):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: cores)
    assert parallel.serial_because(known_configuration(), workers=0, pages=10_000) == because


def test_the_fork_converts_a_little_more_than_half_the_markdown(pages, converters, tmp_path):
    # Pages of the same size, many of them: a cut between whole pages can then fall near any share.
    for n in range(40):
        (pages / "pages" / f"note-{n:02}.md").write_text(f"# Note {n}\n\n" + "The desk wrote. " * 1000,
                                                         encoding="utf-8")
    assert build(pages, "--workers", "2")[0] == 0
    docs = pages / "build" / "docs"
    converted = [line.split() for line in (tmp_path / "converters.txt").read_text().splitlines()]
    sizes = {page: (docs / page).stat().st_size for page, _ in converted}
    mine = [page for page, pid in converted if int(pid) == os.getpid()]  # in MkDocs' order, before the fork's
    kept = sum(sizes[page] for page in mine)
    # Cut at the page that takes this process to its share: as near the fork's share as whole pages go.
    assert kept - sizes[mine[-1]] < (1 - parallel.FORK_SHARE) * sum(sizes.values()) <= kept
    assert 0.5 < parallel.FORK_SHARE < 0.6
    assert max(sizes.values()) < sum(sizes.values()) / 20


def test_a_fork_whose_build_is_gone_stops_at_the_next_page_and_the_build_converts_them(pages, converters, monkeypatch,
                                                                                      tmp_path):
    builder, render, getppid = os.getpid(), Page.render, os.getppid

    def orphaned(self, config, files):
        if os.getpid() != builder:  # the fork's first page: its build is then taken as gone
            monkeypatch.setattr(os, "getppid", lambda: getppid() + 1)
        return render(self, config, files)

    build(pages, "--workers", "1")
    serial = tree(pages / "site")
    monkeypatch.setattr(Page, "render", orphaned)
    assert build(pages, "--workers", "2")[0] == 0
    by_fork = [line for line in (tmp_path / "converters.txt").read_text().splitlines()
               if int(line.split()[1]) != builder]
    assert len(by_fork) == 1 and by_fork[0].split()[0] != "zz/last.md"
    assert converters["zz/last.md"] == builder
    assert tree(pages / "site") == serial


def test_a_full_build_converts_in_two_processes_at_most_whatever_the_workers(pages, converters, tmp_path, monkeypatch):
    # The help of -j: "for converting pages in a full build (two at most)".
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert build(pages, "--workers", "4")[0] == 0
    assert len({line.split()[1] for line in (tmp_path / "converters.txt").read_text().splitlines()}) == 2
