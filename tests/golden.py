"""Golden output: what the generator makes of the articles in tests/input/.

tests/output/basic/ holds the briefings (content/) and rendered pages (docs/) that summarising and
rendering produce for tests/input/; tests/test_golden.py checks that they still come out byte for
byte. After an intended change to extraction, the schema or the templates, regenerate them with

    make golden            # or: .venv/bin/python -m tests.golden

and review the diff before committing it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from unittest import mock

from generator.config import load_project
from generator.pipeline import update

REPO = Path(__file__).resolve().parents[1]
INPUT = REPO / "tests" / "input"
OUTPUT = REPO / "tests" / "output" / "basic"

MKDOCS_YML = """\
site_name: Golden briefings
site_url: https://briefings.example.org/
docs_dir: build/docs
nav:
  - Home: index.md
plugins:
  - briefings
"""


def produce(workdir: Path) -> dict[str, bytes]:
    """Summarise and render tests/input/ in `workdir`; the output files by relative path."""
    shutil.copytree(INPUT, workdir / "seeds")
    (workdir / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    project = load_project(workdir / "mkdocs.yml")
    # The briefings' files are written by this run; as SOURCE_DATE_EPOCH, 0 makes their times count
    # as 1970, so that the feed dates entries by the briefings' dates alone, the same on every run.
    with mock.patch.dict(os.environ, SOURCE_DATE_EPOCH="0"):
        result = update(project)
    if result.problems:
        raise RuntimeError("; ".join(str(p) for p in result.problems))
    files: dict[str, bytes] = {}
    for prefix, folder in (("content", project.content_dir), ("docs", project.docs_dir)):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files[f"{prefix}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    return files


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        files = produce(Path(tmp))
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    for name, data in files.items():
        target = OUTPUT / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"wrote {len(files)} files to {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
