"""Shared fixtures: a temporary project laid out from a dict of files, like MkDocs' tempdir."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

MKDOCS_YML = """\
site_name: Test briefings
docs_dir: build/docs
site_dir: site
nav:
  - Home: index.md
plugins:
  - briefings:
      seeds_dir: seeds
      content_dir: content
"""


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (relative path → text or bytes) under `root`; text is dedented."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture
def tempdir(tmp_path: Path):
    """`tempdir(files={...})` → a folder holding those files (and an mkdocs.yml unless given)."""
    def make(files: dict[str, str | bytes] | None = None, *, mkdocs_yml: str | None = MKDOCS_YML) -> Path:
        tree = dict(files or {})
        if mkdocs_yml is not None:
            tree.setdefault("mkdocs.yml", mkdocs_yml)
        return write_tree(tmp_path, tree)
    return make
