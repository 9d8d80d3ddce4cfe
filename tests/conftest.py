"""Shared fixtures: a temporary project laid out from a dict of files, like MkDocs' tempdir."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.config import Project
from generator.schema import Actor, Briefing, GeneratorInfo, Position, Quote, Source

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
def without_module(monkeypatch) -> Callable[[str], None]:
    """`without_module(name)`: importing the module `name` fails from then on in the test, as it does
    where an optional extra is not installed."""
    import builtins

    real_import = builtins.__import__

    def block(name: str) -> None:
        def importing(wanted, *args, **kwargs):
            if wanted == name:
                raise ImportError(f"No module named '{name}'")
            return real_import(wanted, *args, **kwargs)
        monkeypatch.setattr(builtins, "__import__", importing)
    return block


@pytest.fixture
def tempdir(tmp_path: Path):
    """`tempdir(files={...})` → a folder holding those files (and an mkdocs.yml unless given)."""
    def make(files: dict[str, str | bytes] | None = None, *, mkdocs_yml: str | None = MKDOCS_YML) -> Path:
        tree = dict(files or {})
        if mkdocs_yml is not None:
            tree.setdefault("mkdocs.yml", mkdocs_yml)
        return write_tree(tmp_path, tree)
    return make


# -- rendering: hand-made briefings and projects (tests/test_rendering.py, test_site_build.py, test_escaping.py)

SHA = "0" * 63 + "1"


def make_briefing(**overrides: Any) -> Briefing:
    """A small valid briefing about a ceasefire; any field can be replaced by keyword."""
    base = Briefing(
        id="ceasefire-talks",
        title="Ceasefire talks resume in Geneva",
        date=dt.date(2022, 2, 24),
        source=Source(path="seeds/ceasefire.txt", sha256=SHA, url="https://example.com/news/ceasefire"),
        summary="Negotiators met again to discuss a ceasefire.",
        generator=GeneratorInfo(backend="builtin", version="0.1.0"),
        paragraphs=(
            "Negotiators from both sides met in Geneva on Wednesday.",
            "Anna Keller said: “We will not give up on peace.”",
            "The ministry denied that troops had crossed the border.",
        ),
        keywords=("ceasefire", "Geneva"),
        actors=(
            Actor(id="anna-keller", name="Anna Keller", type="person", role="mediator"),
            Actor(id="ministry", name="Defence Ministry", type="organization"),
        ),
        positions=(
            Position(actor="anna-keller", stance="supports continuing the talks", polarity="support",
                     paragraph=2),
            Position(actor="ministry", stance="denies any troop movement", polarity="deny", paragraph=3),
        ),
        quotes=(Quote(text="We will not give up on peace.", speaker="anna-keller", paragraph=2, key=True,
                      confidence=0.9),),
    )
    return replace(base, **overrides)


def make_project(root: Path, **overrides: Any) -> Project:
    """A `Project` rooted at `root` with the repository's default layout and no plugin entry needed."""
    values: dict[str, Any] = dict(
        config_file=root / "mkdocs.yml",
        seeds_dir=root / "seeds",
        content_dir=root / "content",
        docs_dir=root / "build" / "docs",
        site_dir=root / "site",
        pages_dir=None,
        templates_dir=None,
        backend="builtin",
        sections=("briefings", "actors", "archive"),
        site_name="Test Briefings",
        site_url=None,
    )
    values.update(overrides)
    return Project(**values)


@pytest.fixture
def render_project(tmp_path: Path) -> Callable[..., Project]:
    """Write `files` ({relative path: text}) under tmp_path and return a `Project` rooted there."""

    def build(files: dict[str, str] | None = None, **overrides: Any) -> Project:
        for name, text in (files or {}).items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return make_project(tmp_path, **overrides)

    return build


def build_html_site(root: Path, briefings: list[Briefing], *, theme: str = "mkdocs", **options: Any) -> Path:
    """Render `briefings` with the repository's pages, then run a strict, plain `mkdocs build` in `root`;
    `options` are the project's, such as `templates_dir`.

    The site's mkdocs.yml is the repository's with the briefings plugin left out, to show that the
    rendered Markdown needs no plugin. Returns the site folder.
    """
    import yaml
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    from generator.config import SECTIONS
    from generator.rendering import render

    with (REPO / "mkdocs.yml").open(encoding="utf-8") as f:
        settings = yaml_load(f)  # MkDocs' loader, which resolves !ENV
    settings.update(plugins=["search"], theme={"name": theme}, docs_dir="build/docs", site_dir="site",
                    site_url="https://briefings.example.org/")
    (root / "mkdocs.yml").write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    render(make_project(root, pages_dir=REPO / "pages", site_name=settings["site_name"],
                        site_url=settings.get("site_url"), sections=SECTIONS, **options), briefings)
    build(load_config(config_file=str(root / "mkdocs.yml"), strict=True))
    return root / "site"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: end-to-end tests in headless Chromium (tests/test_browser.py)")
