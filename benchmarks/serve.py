"""Benchmark: how soon `briefings serve` starts, and shows an edit, on a project of N articles.

    .venv/bin/python benchmarks/serve.py                 # N = 1000, 3 edits
    .venv/bin/python benchmarks/serve.py --size 200 --edits 5

It writes N synthetic articles (benchmarks/corpus.py) into a project as `run.py` does, builds it
with `briefings build`, then starts `briefings serve` on 127.0.0.1 and measures:

1. start: from launching the command until the home page answers;
2. edit-to-visible, for each edit: from rewriting one briefing's title in content/ until the
   briefing's page, polled every 20 ms, shows the new title (the median is reported);
3. whether the served search index still locates every page of the rendered site.

Edits are a few seconds apart, so that each is its own rebuild, as a person editing makes them.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BIN, child_env, make_project, run  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def poll(url: str, text: str, seconds: float) -> float:
    """Seconds until the page at `url` contains `text`."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        body = fetch(url)
        if body is not None and text in body:
            return time.perf_counter() - started
        time.sleep(0.02)
    raise RuntimeError(f"{url} did not show {text!r} within {seconds} s")


def retitle(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(r"(?m)^title: .*$", f"title: {title}", text, count=1)
    if count != 1:
        raise RuntimeError(f"{path}: no top-level title line to edit")
    path.write_text(new, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefings-bench-serve"))
    parser.add_argument("--reuse", action="store_true", help="keep a project already built in --workdir")
    args = parser.parse_args()
    root = args.workdir / f"n{args.size}"
    briefings = [str(BIN / "briefings")]
    if not (args.reuse and (root / "site").is_dir()):
        make_project(root, args.size)
        seconds, _, _, _ = run(briefings + ["build"], root)
        print(f"cold build: {seconds:.2f} s", flush=True)
    else:
        run(briefings + ["build"], root)
    briefing = sorted((root / "content").glob("*.yaml"))[len(list((root / "content").glob("*.yaml"))) // 2]
    page_url = f"briefings/{briefing.stem}/"
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (root / "serve.log").open("w")
    started = time.perf_counter()
    process = subprocess.Popen(briefings + ["serve", "-a", f"127.0.0.1:{port}"], cwd=root, env=child_env(),
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        poll(base, "<html", 600)
        start = time.perf_counter() - started
        print(f"start: {start:.2f} s", flush=True)
        original = briefing.read_text(encoding="utf-8")
        times = []
        try:
            for number in range(1, args.edits + 1):
                time.sleep(3)
                title = f"Edited headline number {number} of this run {int(time.time())}"
                retitle(briefing, title)
                times.append(poll(base + page_url, title, 300))
                print(f"edit {number}: visible after {times[-1]:.2f} s", flush=True)
        finally:
            briefing.write_text(original, encoding="utf-8")
        time.sleep(3)
        index = json.loads(fetch(base + "search/search_index.json") or "{}")
        located = {doc["location"].partition("#")[0] for doc in index.get("docs", [])}
        docs = root / "build" / "docs"
        pages = {"" if md.as_posix() == "index.md" else re.sub(r"(^|/)index\.md$|\.md$", r"\1", md.as_posix())
                 for md in (p.relative_to(docs) for p in docs.rglob("*.md"))}
        pages = {p if p == "" or p.endswith("/") else p + "/" for p in pages}
        print(f"edit-to-visible, median of {len(times)}: {statistics.median(times):.2f} s", flush=True)
        print(f"search index locates {len(pages & located)} of {len(pages)} pages", flush=True)
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
