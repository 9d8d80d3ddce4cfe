"""The command line, run in-process: output, exit codes, and one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from generator.cli import cli
from tests.conftest import REPO


def run(*args: str, cwd=None):
    """Invoke the command line in-process, on the project in `cwd` when given."""
    config = ["--config", str(cwd / "mkdocs.yml")] if cwd is not None else []
    return CliRunner().invoke(cli, [*config, *args])


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_documented_in_the_readme(name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert cli.commands[name].help
    assert f"briefings {name}" in (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_long_option_of_a_command_is_documented_in_the_readme(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    options = [option for param in [*cli.params, *cli.commands[name].params] for option in param.opts
               if option.startswith("--") and option != "--help"]
    assert [option for option in options if f"`{option}" not in readme and f" {option}" not in readme] == []


def test_extract_prints_one_json_object_per_article_with_its_source_path(tempdir):
    root = tempdir({"in/a.txt": ' date 2022-01-02 “We will act now,” Jane Doe said.',
                    "in/b.md": "---\ntitle: Second\n---\nThe council met on Tuesday."})
    result = run("extract", "--format", "jsonl", str(root / "in"))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"]["path"].rsplit("/", 1)[-1] for r in records] == ["a.txt", "b.md"]
    assert records[0]["date"] == "2022-01-02"
    assert records[1]["title"] == "Second"


def test_extract_writes_nothing(tempdir):
    root = tempdir({"in/a.txt": "The council met on Tuesday."})
    before = sorted(p.name for p in root.rglob("*"))
    assert run("extract", str(root / "in")).exit_code == 0
    assert sorted(p.name for p in root.rglob("*")) == before


def test_extract_reports_a_bad_file_and_prints_the_others(tempdir):
    root = tempdir({"in/a.txt": "The council met on Tuesday.", "in/b.txt": b"\xff\xfe\x00\x00bad\xff"})
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(root / "in")])
    assert result.exit_code == 0
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == 1


def test_summarise_reports_what_it_did(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday and agreed a budget."})
    result = run("summarise", cwd=root)
    assert result.exit_code == 0, result.output
    assert "created content/" in result.output
    assert "briefings: 1 created, 0 updated, 0 unchanged, 0 kept" in result.output
    again = run("summarise", cwd=root)
    assert "briefings: 0 created, 0 updated, 1 unchanged, 0 kept" in again.output


def test_a_bad_article_is_one_warning_line_and_the_command_still_succeeds(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday.", "seeds/empty.txt": ""})
    result = run("summarise", cwd=root)
    assert result.exit_code == 0
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "empty.txt: is empty" in warnings[0]


def test_a_config_error_names_the_option_and_exits_1(tempdir):
    root = tempdir(mkdocs_yml="site_name: x\nplugins:\n  - briefings:\n      backend: nope\n")
    result = run("summarise", cwd=root)
    assert result.exit_code == 1
    assert "plugins.briefings.backend: unknown backend 'nope'" in result.output
    assert "Traceback" not in result.output


def test_a_missing_config_file_says_what_to_do(tmp_path):
    result = run("render", cwd=tmp_path)
    assert result.exit_code == 1
    assert "mkdocs.yml: not found" in result.output and "--config" in result.output


def test_check_exits_1_with_one_line_per_problem(tempdir):
    root = tempdir({"content/bad.yaml": "schema: 1\nid: bad\ntitle: x\ndate: null\nsummary: x\n",
                    "content/worse.yaml": "schema: [\n"})
    result = run("check", cwd=root)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "content/" in line]
    missing = ("source", "actors", "positions", "quotes", "generator", "paragraphs")
    assert len(lines) == len(missing) + 1
    assert all(any(f"missing field '{name}'" in line for line in lines) for name in missing)


def test_check_passes_on_a_valid_project(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday."})
    assert run("summarise", cwd=root).exit_code == 0
    result = run("check", cwd=root)
    assert result.exit_code == 0, result.output
    assert "1 briefing(s)" in result.output


def test_python_dash_m_generator_runs_the_command_line():
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "generator", "--version"], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0 and "briefings" in result.stdout


def test_strict_turns_a_warning_into_exit_code_1(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday.", "seeds/empty.txt": ""})
    result = CliRunner().invoke(cli, ["--strict", "--config", str(root / "mkdocs.yml"), "summarise"])
    assert result.exit_code == 1
    assert "1 warning(s) in strict mode" in result.output
    assert (root / "content").is_dir()  # the good article was still summarised


def test_strict_build_stops_before_mkdocs_when_an_article_is_bad(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday.", "seeds/bad.txt": b"\x89PNG\r\n\x1a\n\x00"})
    result = CliRunner().invoke(cli, ["--strict", "--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 1
    assert "stopped before building the site" in result.output
    assert not (root / "site").exists()


def test_a_second_run_on_a_locked_project_stops_with_a_clear_message(tempdir):
    import subprocess
    import sys
    root = tempdir({"seeds/a.txt": "The council met on Tuesday."})
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from pathlib import Path\n"
         "from generator.writing import project_lock\n"
         "with project_lock(Path(sys.argv[1])):\n"
         "    print('locked', flush=True)\n"
         "    time.sleep(60)\n", str(root / ".briefings.lock")],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run("summarise", cwd=root)
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1
    assert "another briefings run (pid" in result.output and "wait for it to finish" in result.output
    assert run("summarise", cwd=root).exit_code == 0


def test_overwrite_edited_needs_force(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday."})
    result = run("summarise", "--overwrite-edited", cwd=root)
    assert result.exit_code == 2 and "only works together with --force" in result.output
