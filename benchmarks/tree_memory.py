"""The peak memory of a command's whole process tree, summed over the processes running at once.

    .venv/bin/python benchmarks/tree_memory.py briefings build     # in a project's folder

`benchmarks/run.py` reports the largest resident size of any one process of a run (what `wait4`
says), which a run that splits its work between processes lowers even when the processes, running
at once, hold more together. This samples every process of the tree every 20 ms and prints the
largest sum of their proportional set sizes (PSS: a page shared by n processes counts 1/n in each,
so memory a fork shares is counted once) and of their resident sizes (RSS, which counts shared pages
in every process). Sampling can miss a peak shorter than 20 ms; Linux only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def tree(root: int) -> set[int]:
    """`root` and its descendants, as /proc lists them now."""
    found, waiting = set(), [root]
    while waiting:
        pid = waiting.pop()
        if pid in found:
            continue
        found.add(pid)
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                waiting.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:  # gone meanwhile
            continue
    return found


def pss_and_rss(pid: int) -> tuple[int, int]:
    """The process's proportional and resident set sizes in kB; zero for a process gone meanwhile."""
    sizes = {"Pss:": 0, "Rss:": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, rest = line.partition(" ")
            if name in sizes:
                sizes[name] = int(rest.split()[0])
    except OSError:
        pass
    return sizes["Pss:"], sizes["Rss:"]


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: tree_memory.py COMMAND [ARGUMENT...]", file=sys.stderr)
        return 2
    # Every process under the same build date, as in run.py.
    process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL,
                               env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    peak_pss = peak_rss = 0
    while process.poll() is None:
        sizes = [pss_and_rss(pid) for pid in tree(process.pid)]
        peak_pss = max(peak_pss, sum(pss for pss, _ in sizes))
        peak_rss = max(peak_rss, sum(rss for _, rss in sizes))
        time.sleep(0.02)
    print(f"exit code {process.returncode}; peak of the process tree: PSS {peak_pss / 1024:.0f} MB, "
          f"RSS {peak_rss / 1024:.0f} MB")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
