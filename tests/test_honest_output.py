"""What the commands say is what happened: problems end a run with a summary and an exit code,
people's briefings are counted rather than listed every run, and long runs show their progress."""

from __future__ import annotations

import io
import sys

from click.testing import CliRunner

from generator.cli import cli
from generator.console import progress

ARTICLE = "---\ntitle: Leader seeks peace\n---\nLeader seeks peace talks now, the council said on Monday.\n"
OTHER = "---\ntitle: Council approves budget\n---\nThe council approved the budget after a long night.\n"


def run(root, *args):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])


def break_briefing(root):
    path = root / "content" / "leader-seeks-peace.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: maybe"), encoding="utf-8")
    return path


def test_a_build_with_a_briefing_that_cannot_be_loaded_fails_after_building_the_rest(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE, "seeds/b.md": OTHER, "seeds/empty.txt": ""})
    assert run(root, "summarise").exit_code == 0
    break_briefing(root)
    result = run(root, "build")
    assert result.exit_code == 1
    summary = result.output[result.output.index("problem(s) in this run:"):]
    assert "leader-seeks-peace.yaml" in summary and "empty.txt" in summary
    assert "1 briefing(s) could not be loaded or written" in result.output
    assert (root / "site" / "briefings" / "council-approves-budget" / "index.html").is_file()


def test_keep_going_builds_without_the_briefing_and_succeeds(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE, "seeds/b.md": OTHER})
    assert run(root, "summarise").exit_code == 0
    break_briefing(root)
    result = run(root, "build", "--keep-going")
    assert result.exit_code == 0, result.output
    assert "problem(s) in this run:" in result.output


def test_keep_going_can_be_set_in_the_configuration(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE, "mkdocs.yml": "site_name: t\ndocs_dir: build/docs\nnav:\n"
                    "  - Home: index.md\nplugins:\n  - briefings:\n      keep_going: true\n"})
    assert run(root, "summarise").exit_code == 0
    break_briefing(root)
    assert run(root, "render").exit_code == 0


def test_an_unreadable_article_stays_a_warning(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE, "seeds/empty.txt": ""})
    result = run(root, "build")
    assert result.exit_code == 0
    assert "problem(s) in this run:" in result.output and "empty.txt" in result.output


def test_an_invalid_briefing_is_not_said_to_have_a_changed_article(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    break_briefing(root)
    result = run(root, "summarise")
    assert "article changed" not in result.output
    assert "kept content/leader-seeks-peace.yaml: it is not a valid briefing" in result.output


def test_briefings_kept_as_people_left_them_are_counted_and_listed_only_when_verbose(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE, "seeds/b.md": OTHER})
    assert run(root, "summarise").exit_code == 0
    for path in (root / "content").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"),
                        encoding="utf-8")
    quiet = run(root, "summarise")
    assert "kept content/" not in quiet.output
    assert "2 kept" in quiet.output and "2 reviewed or edited by hand" in quiet.output
    verbose = CliRunner().invoke(cli, ["--verbose", "--config", str(root / "mkdocs.yml"), "summarise"])
    assert verbose.output.count("kept content/") == 2


def test_a_kept_briefing_whose_article_changed_is_always_listed(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    path = root / "content" / "leader-seeks-peace.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    (root / "seeds" / "a.md").write_text(ARTICLE + "\nA new paragraph.\n", encoding="utf-8")
    assert "its article changed since" in run(root, "summarise").output


def test_a_long_summarise_prints_its_progress_as_lines_when_not_in_a_terminal(tempdir):
    root = tempdir({f"seeds/a{n:02d}.md": ARTICLE.replace("peace", f"peace {n}") for n in range(30)})
    result = run(root, "summarise")
    lines = [line for line in result.output.splitlines() if line.startswith("Summarising:")]
    assert lines[0] == "Summarising: 3 of 30 articles" and lines[-1] == "Summarising: 30 of 30 articles"
    assert len(lines) == 10


def test_remove_deletes_the_article_its_briefing_and_its_pages(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE, "seeds/b.md": OTHER})
    assert run(root, "build").exit_code == 0
    result = run(root, "remove", "leader-seeks-peace")
    assert result.exit_code == 0, result.output
    assert "removed content/leader-seeks-peace.yaml and seeds/a.md" in result.output
    assert not (root / "seeds" / "a.md").exists() and not (root / "content" / "leader-seeks-peace.yaml").exists()
    assert not (root / "build" / "docs" / "briefings" / "leader-seeks-peace.md").exists()
    assert run(root, "build").exit_code == 0
    assert not (root / "site" / "briefings" / "leader-seeks-peace").exists()
    assert (root / "site" / "briefings" / "council-approves-budget" / "index.html").is_file()


def test_remove_finds_the_briefing_of_an_article_path(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    result = run(root, "remove", str(root / "seeds" / "a.md"))
    assert result.exit_code == 0, result.output
    assert list((root / "content").glob("*.yaml")) == []


def test_remove_refuses_a_reviewed_briefing_without_force(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    path = root / "content" / "leader-seeks-peace.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    refused = run(root, "remove", "leader-seeks-peace")
    assert refused.exit_code == 1 and "not removed: it is marked reviewed: true" in refused.output
    assert path.exists() and (root / "seeds" / "a.md").exists()
    assert run(root, "remove", "--force", "leader-seeks-peace").exit_code == 0
    assert not path.exists()


def test_remove_says_what_it_cannot_find(tempdir):
    root = tempdir({"seeds/a.md": ARTICLE})
    assert run(root, "summarise").exit_code == 0
    result = run(root, "remove", "no-such-briefing")
    assert result.exit_code == 1 and "'no-such-briefing' is neither the id of a briefing" in result.output


def test_a_long_run_shows_a_progress_bar_in_a_terminal_and_a_short_one_nothing(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(progress("Summarising")(iter(range(30)), 30)) == list(range(30))
    shown = terminal.getvalue()
    assert "Summarising" in shown and "#" in shown and "of 30 articles" not in shown
    terminal.seek(0), terminal.truncate()
    assert list(progress("Summarising")(iter(range(5)), 5)) == list(range(5))
    assert terminal.getvalue() == ""
