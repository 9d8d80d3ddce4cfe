"""The plugin's options in mkdocs.yml, as the command line and MkDocs itself read them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli
from tests.conftest import REPO

MISSPELT = """\
site_name: Test briefings
docs_dir: build/docs
plugins:
  - briefings:
      template_dir: my_templates
"""


def briefings(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])


def mkdocs(root: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real `mkdocs` command on the project in `root`, importing this checkout's plugin."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("SITE_URL", None)
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=root, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_a_misspelt_option_stops_the_command_line_naming_it_and_the_option_meant(tempdir):
    root = tempdir({"my_templates/briefing.md.j2": "mine\n"}, mkdocs_yml=MISSPELT)
    result = briefings(root, "render")
    assert result.exit_code == 1
    assert "plugins.briefings.template_dir: unknown option; did you mean 'templates_dir'?" in result.output
    assert not (root / "build" / "docs").exists()


def test_an_option_like_no_other_is_an_error_listing_the_options(tempdir):
    root = tempdir(mkdocs_yml=MISSPELT.replace("template_dir: my_templates", "colour: blue"))
    result = briefings(root, "render")
    assert result.exit_code == 1
    assert "plugins.briefings.colour: unknown option; the options are backend, cache_dir," in result.output


def test_mkdocs_build_refuses_a_misspelt_option(tempdir):
    root = tempdir({"build/docs/index.md": "# Home\n"}, mkdocs_yml=MISSPELT)
    result = mkdocs(root, "build")
    assert result.returncode == 1
    assert "Plugin 'briefings' option 'template_dir': unknown option; did you mean 'templates_dir'?" in result.stderr
    assert not (root / "site").exists()


def test_mkdocs_serve_refuses_a_misspelt_option_instead_of_serving(tempdir):
    root = tempdir({"build/docs/index.md": "# Home\n"}, mkdocs_yml=MISSPELT)
    result = mkdocs(root, "serve", "--dev-addr", "127.0.0.1:0", timeout=60)
    assert result.returncode == 1
    assert "option 'template_dir': unknown option; did you mean 'templates_dir'?" in result.stderr
