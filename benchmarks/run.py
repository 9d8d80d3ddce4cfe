"""Benchmark: how building a briefing site grows with the number of articles.

    .venv/bin/python benchmarks/run.py                      # N = 100, 1000, 5000; 3 runs each
    .venv/bin/python benchmarks/run.py --sizes 100 --runs 1 # a quick look

For each N it writes N synthetic articles (benchmarks/corpus.py, fixed seed) into a project that
uses this repository's mkdocs.yml, pages and templates, and measures whole processes (median of
--runs runs, in wall time and in processor time, user and system, of the process and those it waited
for, which does not count the time spent waiting for other work on the machine; peak resident memory of the
process, which counts the processes it started and waited for, as the largest of them rather than
their sum: `wait4` reports the maximum resident size over
the process and its waited-for descendants; `benchmarks/tree_memory.py` samples the sum):

1. cold `briefings build` (summarise all, render, MkDocs build), and a cold build of the site alone:
   `briefings build --full` of the project once its briefings are written (content/ kept) with no
   rendered pages, site or cache, so rendering and MkDocs' conversion of every page, which is what
   a cold build costs beyond summarising;
2. warm `briefings build` with nothing changed;
3. `briefings build` after changing one article, and after adding one;
4. whether the site those incremental builds left equals, byte for byte, what `briefings build
   --full` makes of the same content in a copy of the project (every process runs with
   SOURCE_DATE_EPOCH set, so that build dates agree);
5. plain `mkdocs build` of the already rendered Markdown (the engine's own floor), the same without
   the briefings plugin in the configuration (MkDocs alone, whose memory a cold build is compared
   with), and of a plain
   MkDocs site (same theme and Markdown extensions, MkDocs' search) of as many prose pages, each as
   many words long as a rendered page: the cost per page a cold build is compared with, built in
   the same run so that the machine's load cancels out;
6. `briefings summarise` alone, as words per second, with 1 and 2 worker processes;
7. the non-MkDocs part after changing one article: as the stage times `briefings build` prints, and
   as two whole processes (`summarise` then `render`, each paying Python's start-up);
8. when the `zensical` command is installed beside this Python, `zensical build` of the same rendered
   Markdown, clean (`--clean`) and again with its own cache; Zensical has only its Material-like
   theme, so it reads a copy of mkdocs.yml with `theme: name: material`.

`--cold-only` measures 1 and 5 alone.

It prints a table and the ratios the project tracks, and writes everything as JSON (--out) so
runs can be compared between commits.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import prose_page, write_corpus  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# Two builds of the same content then write the same bytes, build dates included. The commands run
# in the benchmark's projects, where a relative PYTHONPATH (".") would name nothing and the installed
# package, maybe another checkout's, would be measured: this checkout's code comes first. Python
# caches compiled modules, as it does for anyone who runs the tool; a shell that forbids it
# (PYTHONDONTWRITEBYTECODE) would have every command compile this checkout's source again, while
# MkDocs, compiled when pip installed it, would not.
def child_env() -> dict[str, str]:
    """The environment the measured commands run in."""
    return {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "SOURCE_DATE_EPOCH": "1700000000",
            "PYTHONPATH": os.pathsep.join([str(REPO), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))])}


def run(args: list[str], cwd: Path) -> tuple[float, float, float, str]:
    """Run a command; its wall time in seconds, its processor time in seconds (user and system, its
    own and that of the processes it waited for), its peak memory in MB and its output."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=child_env())
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}):\n{output[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


def measure(label: str, args: list[str], cwd: Path, runs: int, before=None) -> dict:
    times, cpu, memory = [], [], []
    output = ""
    for _ in range(runs):
        if before:
            before()
        elapsed, processor, peak, output = run(args, cwd)
        times.append(elapsed)
        cpu.append(processor)
        memory.append(peak)
    result = {"seconds": statistics.median(times), "all_seconds": times, "cpu_seconds": statistics.median(cpu),
              "peak_mb": max(memory)}
    print(f"  {label:<34} {result['seconds']:8.2f} s  {result['cpu_seconds']:8.2f} s CPU  "
          f"{result['peak_mb']:7.0f} MB", flush=True)
    result["output_tail"] = output[-300:]
    result["stages"] = stage_seconds(output)
    return result


def make_project(root: Path, count: int) -> int:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("pages", "overrides"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)
    return write_corpus(root / "seeds", count)


# The theme and Markdown extensions of this repository's mkdocs.yml, and MkDocs' search, without the
# briefings plugin: the floor a site of that many pages costs.
PROSE_CONFIG = """site_name: Prose
docs_dir: docs
site_dir: site
theme:
  name: mkdocs
  color_mode: auto
  user_color_mode_toggle: true
  highlightjs: false
  custom_dir: overrides
markdown_extensions:
  - attr_list
  - tables
  - toc
nav:
  - Home: index.md
not_in_nav: |
  /p/
plugins:
  - search
"""


def make_prose_project(root: Path, docs: Path) -> Path:
    """A plain MkDocs project beside `root` with a page of prose for each page in `docs`, as many
    words long (counted in its Markdown)."""
    prose = root.with_name(root.name + "-prose")
    shutil.rmtree(prose, ignore_errors=True)
    (prose / "docs" / "p").mkdir(parents=True)
    (prose / "mkdocs.yml").write_text(PROSE_CONFIG, encoding="utf-8")
    if (REPO / "overrides").is_dir():
        shutil.copytree(REPO / "overrides", prose / "overrides")
    rng = random.Random(20261206)
    lengths = sorted(len(page.read_text(encoding="utf-8").split()) for page in docs.rglob("*.md"))
    for number, words in enumerate(lengths):
        target = prose / "docs" / ("index.md" if number == 0 else f"p/{number:05d}.md")
        target.write_text(prose_page(rng, f"Page {number}", words), encoding="utf-8")
    return prose


def clean_outputs(root: Path, keep_briefings: bool = False) -> None:
    for name in ("build", "site", ".briefings-cache") if keep_briefings else ("content", "build", "site",
                                                                                ".briefings-cache"):
        shutil.rmtree(root / name, ignore_errors=True)


def stage_seconds(output: str) -> dict[str, float]:
    """The wall time `briefings build` prints for each stage: summarise, render and site."""
    found = {}
    for line in output.splitlines():
        stage, _, rest = line.partition(": ")
        seconds = re.search(r"[(; ]([\d.]+) s\)$", rest)
        if stage in ("briefings", "pages", "site") and seconds:
            found[{"briefings": "summarise", "pages": "render"}.get(stage, stage)] = float(seconds.group(1))
    return found


def site_figures(root: Path) -> dict:
    pages = [p for p in (root / "site").rglob("*.html") if p.name != "404.html"]
    html = sum(p.stat().st_size for p in pages)
    index = root / "site" / "search" / "search_index.json"
    return {"html_pages": len(pages), "html_bytes": html, "html_bytes_per_page": html / max(1, len(pages)),
            "search_index_mb": index.stat().st_size / 1e6 if index.exists() else None}


def floors(root: Path, runs: int) -> dict:
    """Plain `mkdocs build` of the rendered Markdown, and of as many prose pages of the same lengths."""
    figures = {"mkdocs_build": measure("plain mkdocs build", [str(BIN / "mkdocs"), "build"], root, runs)}
    figures.update(site_figures(root))
    # MkDocs alone, without what the briefings plugin spares it (the memory a cold build is compared with).
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs-alone.yml").write_text(re.sub(r"\n  - briefings:\n(?:      .*\n)*", "\n", config)
                                           .replace("site_dir: site", "site_dir: site-alone"), encoding="utf-8")
    figures["mkdocs_alone_build"] = measure("mkdocs build without the plugin",
                                            [str(BIN / "mkdocs"), "build", "-f", "mkdocs-alone.yml"], root, runs)
    prose = make_prose_project(root, root / "build" / "docs")
    figures["prose_pages"] = sum(1 for _ in (prose / "docs").rglob("*.md"))
    figures["prose_build"] = measure("mkdocs build, as many prose pages", [str(BIN / "mkdocs"), "build"], prose,
                                     runs)
    return figures


def bench_size(workdir: Path, count: int, runs: int, cold_only: bool = False) -> dict:
    root = workdir / f"n{count}"
    words = make_project(root, count)
    briefings = [str(BIN / "briefings")]
    print(f"N = {count} articles, {words} words", flush=True)
    changed = root / "seeds" / "article-00000.txt"
    original = changed.read_text(encoding="utf-8")
    flip = [False]

    def change_one() -> None:
        flip[0] = not flip[0]
        changed.write_text(original + ("\nThe talks resumed late on Friday.\n" if flip[0] else ""),
                           encoding="utf-8")

    figures: dict = {"articles": count, "words": words}
    figures["cold_build"] = measure("cold briefings build", briefings + ["build"], root, runs,
                                    before=lambda: clean_outputs(root))
    figures["cold_site_build"] = measure("cold site build, briefings kept", briefings + ["build", "--full"], root,
                                         runs, before=lambda: clean_outputs(root, keep_briefings=True))
    if cold_only:
        return {**figures, **floors(root, runs)}
    figures["warm_build"] = measure("warm briefings build", briefings + ["build"], root, runs)
    figures["one_changed_build"] = measure("build after changing one article", briefings + ["build"], root,
                                           runs, before=change_one)
    added = [0]

    def add_one() -> None:
        added[0] += 1
        (root / "seeds" / f"article-new-{added[0]:03d}.txt").write_text(
            original.replace("\n\n", f"\n\nA late report, number {added[0]}, followed.\n\n", 1), encoding="utf-8")

    figures["one_new_build"] = measure("build after adding one article", briefings + ["build"], root, runs,
                                       before=add_one)
    figures["incremental_equals_clean"] = equals_clean_build(root)
    print(f"  {'incremental site = clean build':<34} {figures['incremental_equals_clean']}", flush=True)
    figures.update(floors(root, runs))

    def non_mkdocs() -> dict:
        times = []
        output = ""
        for _ in range(runs):
            change_one()
            summarise, _, _, output = run(briefings + ["summarise"], root)
            render, _, _, _ = run(briefings + ["render"], root)
            times.append(summarise + render)
        print(f"  {'summarise + render, one changed':<34} {statistics.median(times):8.2f} s", flush=True)
        return {"seconds": statistics.median(times), "all_seconds": times,
                "reextracted": sum(output.count(f"{w} content/") for w in ("created", "updated"))}
    figures["one_changed_non_mkdocs"] = non_mkdocs()

    for workers in (1, 2):
        result = measure(f"summarise -j{workers}", briefings + ["summarise", f"-j{workers}"], root, runs,
                         before=lambda: shutil.rmtree(root / "content", ignore_errors=True))
        result["words_per_second"] = words / result["seconds"]
        figures[f"summarise_j{workers}"] = result
    zensical = shutil.which("zensical", path=str(BIN))
    if zensical:
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        (root / "zensical.yml").write_text(config.replace("name: mkdocs", "name: material")
                                           .replace("site_dir: site", "site_dir: zsite"), encoding="utf-8")
        figures["zensical_build"] = measure("plain zensical build, clean",
                                            [zensical, "build", "--clean", "-f", "zensical.yml"], root, runs)
        figures["zensical_rebuild"] = measure("plain zensical build, cached",
                                              [zensical, "build", "-f", "zensical.yml"], root, runs)
    return figures


def equals_clean_build(root: Path) -> bool:
    """Whether the site folder equals the site `briefings build --full` makes in a copy of the
    project with the same content."""
    copy = root.with_name(root.name + "-clean")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site", ".briefings-cache"))
    run([str(BIN / "briefings"), "build", "--full"], copy)

    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
                if p.is_file() and not p.relative_to(folder).as_posix().startswith(".")}
    same = files(root / "site") == files(copy / "site")
    shutil.rmtree(copy)
    return same


def ratios(results: dict[int, dict]) -> dict:
    out: dict = {}
    for n, f in results.items():
        # A cold build against a site of prose pages as many and as long, built in the same run.
        out[f"cold_per_page_over_prose_{n}"] = (f["cold_build"]["seconds"] / f["prose_pages"]) / (
            f["prose_build"]["seconds"] / f["prose_pages"])
        # The same in processor time, which leaves out the waiting for other work on the machine (that
        # work still slows the processor: under a load average of about 20 the prose site's
        # processor time was 4.6 s in one run and 8.7 s in the next).
        out[f"cold_cpu_per_page_over_prose_{n}"] = f["cold_build"]["cpu_seconds"] / f["prose_build"]["cpu_seconds"]
        # Without summarising, which the prose site has nothing like: rendering and MkDocs' conversion.
        out[f"cold_site_per_page_over_prose_{n}"] = f["cold_site_build"]["seconds"] / f["prose_build"]["seconds"]
        out[f"cold_site_cpu_per_page_over_prose_{n}"] = (f["cold_site_build"]["cpu_seconds"]
                                                         / f["prose_build"]["cpu_seconds"])
        out[f"mkdocs_over_prose_{n}"] = f["mkdocs_build"]["seconds"] / f["prose_build"]["seconds"]
        out[f"mkdocs_cpu_over_prose_{n}"] = f["mkdocs_build"]["cpu_seconds"] / f["prose_build"]["cpu_seconds"]
        out[f"cold_memory_over_mkdocs_{n}"] = f["cold_build"]["peak_mb"] / f["mkdocs_build"]["peak_mb"]
        out[f"cold_memory_over_mkdocs_alone_{n}"] = f["cold_build"]["peak_mb"] / f["mkdocs_alone_build"]["peak_mb"]
        out[f"cold_site_memory_over_mkdocs_alone_{n}"] = (f["cold_site_build"]["peak_mb"]
                                                          / f["mkdocs_alone_build"]["peak_mb"])
        out[f"cold_over_mkdocs_{n}"] = f["cold_build"]["seconds"] / f["mkdocs_build"]["seconds"]
        if "warm_build" not in f:  # --cold-only
            continue
        out[f"warm_over_mkdocs_{n}"] = f["warm_build"]["seconds"] / f["mkdocs_build"]["seconds"]
        out[f"one_changed_over_mkdocs_{n}"] = f["one_changed_build"]["seconds"] / f["mkdocs_build"]["seconds"]
        out[f"one_new_over_mkdocs_{n}"] = f["one_new_build"]["seconds"] / f["mkdocs_build"]["seconds"]
        out[f"memory_over_mkdocs_{n}"] = f["warm_build"]["peak_mb"] / f["mkdocs_build"]["peak_mb"]
        out[f"summarise_speedup_2_workers_{n}"] = (f["summarise_j1"]["seconds"] / f["summarise_j2"]["seconds"])
    if 1000 in results and 5000 in results and "warm_build" in results[1000]:
        big, small = results[5000], results[1000]
        out["growth_cold_5000_over_1000"] = big["cold_build"]["seconds"] / small["cold_build"]["seconds"]
        out["growth_warm_5000_over_1000"] = big["warm_build"]["seconds"] / small["warm_build"]["seconds"]
        out["html_per_page_5000_over_1000"] = big["html_bytes_per_page"] / small["html_bytes_per_page"]
    return out


def _non_mkdocs(result: dict) -> str:
    stages = result.get("stages", {})
    if "summarise" not in stages:
        return "-"
    return f"{stages['summarise'] + stages['render']:.2f}"


def _cell(cell, figures: dict) -> str:
    try:
        return cell(figures)
    except KeyError:  # not measured with --cold-only
        return "-"


def print_table(results: dict[int, dict], derived: dict) -> None:
    rows = [("cold build (s)", lambda f: f"{f['cold_build']['seconds']:.2f}"),
            ("cold site build, briefings kept (s)", lambda f: f"{f['cold_site_build']['seconds']:.2f}"),
            ("warm build (s)", lambda f: f"{f['warm_build']['seconds']:.2f}"),
            ("build, one article changed (s)", lambda f: f"{f['one_changed_build']['seconds']:.2f}"),
            ("build, one article added (s)", lambda f: f"{f['one_new_build']['seconds']:.2f}"),
            ("incremental site = clean build", lambda f: "yes" if f["incremental_equals_clean"] else "NO"),
            ("plain mkdocs build (s)", lambda f: f"{f['mkdocs_build']['seconds']:.2f}"),
            ("mkdocs build without the briefings plugin (s)", lambda f: f"{f['mkdocs_alone_build']['seconds']:.2f}"),
            ("mkdocs build of as many prose pages (s)", lambda f: f"{f['prose_build']['seconds']:.2f}"),
            ("plain zensical build, clean / cached (s)",
             lambda f: f"{f['zensical_build']['seconds']:.2f} / {f['zensical_rebuild']['seconds']:.2f}"
             if "zensical_build" in f else "-"),
            ("  of which summarise + render (s)", lambda f: _non_mkdocs(f["one_changed_build"])),
            ("summarise+render, one changed (s)", lambda f: f"{f['one_changed_non_mkdocs']['seconds']:.2f}"),
            ("  articles re-extracted", lambda f: str(f["one_changed_non_mkdocs"]["reextracted"])),
            ("summarise -j1 (words/s)", lambda f: f"{f['summarise_j1']['words_per_second']:,.0f}"),
            ("summarise -j2 (words/s)", lambda f: f"{f['summarise_j2']['words_per_second']:,.0f}"),
            ("peak memory, cold build (MB)", lambda f: f"{f['cold_build']['peak_mb']:.0f}"),
            ("peak memory, cold site build (MB)", lambda f: f"{f['cold_site_build']['peak_mb']:.0f}"),
            ("peak memory, warm build (MB)", lambda f: f"{f['warm_build']['peak_mb']:.0f}"),
            ("peak memory, mkdocs build (MB)", lambda f: f"{f['mkdocs_build']['peak_mb']:.0f}"),
            ("peak memory, mkdocs build without the plugin (MB)",
             lambda f: f"{f['mkdocs_alone_build']['peak_mb']:.0f}"),
            ("HTML pages", lambda f: str(f["html_pages"])),
            ("HTML bytes per page", lambda f: f"{f['html_bytes_per_page']:,.0f}"),
            ("search index (MB)", lambda f: f"{f['search_index_mb']:.1f}" if f["search_index_mb"] else "-")]
    sizes = sorted(results)
    print("\n| figure | " + " | ".join(f"N = {n:,}" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for label, cell in rows:
        print(f"| {label} | " + " | ".join(_cell(cell, results[n]) for n in sizes) + " |")
    print("\n| ratio | value |\n|---|---|")
    for name, value in derived.items():
        print(f"| {name} | {value:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is kept")
    parser.add_argument("--cold-only", action="store_true",
                        help="measure only the cold build and the plain MkDocs builds it is compared with")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefings-bench"))
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results.json")
    args = parser.parse_args()
    results = {n: bench_size(args.workdir, n, args.runs, args.cold_only) for n in args.sizes}
    derived = ratios(results)
    print_table(results, derived)
    args.out.write_text(json.dumps({
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "runs": args.runs, "results": {str(n): f for n, f in results.items()}, "ratios": derived,
    }, indent=2), encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
