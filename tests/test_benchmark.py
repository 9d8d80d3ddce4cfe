"""The benchmark's pieces: a corpus that is the same on every machine, and stage times it can read."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from click.testing import CliRunner

from generator.cli import cli
from generator.config import load_project
from generator.summarising import load_briefings
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import write_corpus  # noqa: E402
from run import clean_outputs, ratios, run, stage_seconds  # noqa: E402


def test_the_synthetic_corpus_is_the_same_for_the_same_seed(tmp_path):
    write_corpus(tmp_path / "a", 3)
    write_corpus(tmp_path / "b", 3)
    assert {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()} == \
        {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}


def test_synthetic_articles_become_briefings_with_quotes_and_named_actors(tempdir):
    root = tempdir({})
    words = write_corpus(root / "seeds", 3)
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "summarise", "-j1"])
    assert result.exit_code == 0, result.output
    briefings, problems = load_briefings(load_project(root / "mkdocs.yml").content_dir)
    assert 600 * 3 <= words <= 900 * 3 and not problems and len(briefings) == 3
    assert all(b.quotes and any(a.named for a in b.actors) for b in briefings)


def test_the_benchmark_reads_the_stage_times_the_build_command_prints(tempdir):
    root = tempdir({"seeds/a.txt": "Leader seeks peace talks now."})
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    assert set(stage_seconds(result.output)) == {"summarise", "render", "site"}


def test_tree_memory_sums_the_processes_a_command_runs_at_once():
    # A parent and a forked child each holding 60 MB at the same time: the tree's peak counts both,
    # where the largest single process would show one.
    program = ("import os, time\n"
               "block = bytearray(60 * 1024 * 1024)\n"
               "if os.fork() == 0:\n"
               "    mine = bytearray(60 * 1024 * 1024); time.sleep(0.6); os._exit(0)\n"
               "os.wait()\n")
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "tree_memory.py"), sys.executable, "-c", program],
                          capture_output=True, text=True, check=True)
    pss = int(re.search(r"PSS (\d+) MB", done.stdout).group(1))
    assert done.stdout.startswith("exit code 0;") and pss >= 110, done.stdout


# One size's cold builds, in wall and processor time and peak memory, over ten prose pages.
_COLD_FIGURES = {"prose_pages": 10, "cold_build": {"seconds": 90, "cpu_seconds": 30, "peak_mb": 100},
                 "cold_site_build": {"seconds": 45, "cpu_seconds": 25, "peak_mb": 84},
                 "mkdocs_build": {"seconds": 60, "cpu_seconds": 20, "peak_mb": 100},
                 "mkdocs_alone_build": {"seconds": 50, "cpu_seconds": 18, "peak_mb": 120},
                 "prose_build": {"seconds": 15, "cpu_seconds": 10, "peak_mb": 80}}


def test_the_cold_builds_cost_per_page_is_also_given_in_processor_time():
    # Wall times swing with other work on the machine; processor times are what each build costs.
    derived = ratios({200: _COLD_FIGURES})
    assert derived["cold_per_page_over_prose_200"] == 6.0
    assert derived["cold_cpu_per_page_over_prose_200"] == 3.0
    assert derived["mkdocs_cpu_over_prose_200"] == 2.0


def test_the_cold_site_builds_cost_per_page_and_memory_are_given_beside_the_whole_cold_builds():
    derived = ratios({200: _COLD_FIGURES})
    assert derived["cold_per_page_over_prose_200"] == 6.0
    assert derived["cold_site_per_page_over_prose_200"] == 3.0
    assert derived["cold_site_cpu_per_page_over_prose_200"] == 2.5
    assert derived["cold_site_memory_over_mkdocs_alone_200"] == 0.7


def test_a_cold_site_build_renders_and_converts_every_page_but_extracts_no_article_again(tempdir):
    root = tempdir({"seeds/a.txt": "Leader seeks peace talks now.", "seeds/b.txt": "Minister rejects the plan."})
    first = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert first.exit_code == 0, first.output
    clean_outputs(root, keep_briefings=True)
    again = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build", "--full"])
    assert again.exit_code == 0, again.output
    assert "briefings: 0 created, 0 updated, 2 unchanged" in again.output
    assert "pages: 0 written" not in again.output and (root / "site" / "index.html").is_file()


def test_the_benchmark_runs_the_code_of_its_own_checkout_from_any_folder(tmp_path):
    *_, output = run([sys.executable, "-c", "import generator; print(generator.__file__)"], tmp_path)
    assert output.strip() == str(REPO / "generator" / "__init__.py")


def test_the_benchmarks_commands_cache_compiled_modules_as_any_users_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    *_, output = run([sys.executable, "-c", "import sys; print(sys.dont_write_bytecode)"], tmp_path)
    assert output.strip() == "False"


def test_a_cold_only_run_measures_both_cold_builds_against_the_prose_site(tmp_path):
    # The README's `--cold-only`: the whole cold build and the site's alone, and the floors they are
    # compared with, on a corpus small enough for a test.
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--sizes", "2", "--runs", "1",
                           "--cold-only", "--workdir", str(tmp_path / "work"), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    derived = json.loads(out.read_text(encoding="utf-8"))["ratios"]
    assert all(derived[f"{name}_2"] > 0 for name in ("cold_per_page_over_prose", "cold_site_per_page_over_prose",
                                                     "cold_site_memory_over_mkdocs_alone", "mkdocs_over_prose"))
    assert "one_changed_over_mkdocs_2" not in derived
