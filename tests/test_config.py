"""The plugin's options in mkdocs.yml, as the command line and MkDocs itself read them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli
from generator.config import load_project
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


# -- site_url ---------------------------------------------------------------------------------------

def test_the_shipped_configuration_has_no_address_when_SITE_URL_is_unset(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert load_project(REPO / "mkdocs.yml").site_url is None


def test_build_without_site_url_warns_what_is_left_out_and_how_to_set_it(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday."})
    result = briefings(root, "build")
    assert result.exit_code == 0, result.output
    warning, = (line for line in result.output.splitlines() if line.startswith("warning:"))
    assert "site_url is not set: the Atom feed (feed.xml) is left out" in warning
    assert "SITE_URL" in warning and "mkdocs.yml" in warning
    assert (root / "site" / "index.html").is_file()


def test_strict_build_without_site_url_fails_before_building_the_site(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Tuesday."})
    result = briefings(root, "--strict", "build")
    assert result.exit_code == 1
    assert "1 warning(s) in strict mode; stopped before building the site" in result.output
    assert not (root / "site").exists()


def test_strict_mkdocs_build_without_site_url_fails(tempdir):
    root = tempdir({"build/docs/index.md": "# Home\n"})
    result = mkdocs(root, "build", "--strict")
    assert result.returncode == 1
    assert "site_url is not set" in result.stderr


def test_mkdocs_build_without_site_url_leaves_out_the_feed_a_server_rendered_for_its_own_address(tempdir):
    root = tempdir({"build/docs/index.md": "# Home\n",
                    "build/docs/feed.xml": '<feed xmlns="http://www.w3.org/2005/Atom">'
                                           "<id>http://127.0.0.1:8000/feed.xml</id></feed>\n"})
    result = mkdocs(root, "build")
    assert result.returncode == 0, result.stderr
    assert (root / "site" / "index.html").is_file() and not (root / "site" / "feed.xml").exists()


def test_gh_deploy_without_site_url_is_refused_before_anything_is_committed(tempdir):
    root = tempdir({"build/docs/index.md": "# Home\n"})
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    result = mkdocs(root, "gh-deploy")
    assert result.returncode == 1
    assert "refusing to deploy without the site's address: " in result.stderr
    assert "SITE_URL" in result.stderr
    branches = subprocess.run(["git", "branch", "--list", "gh-pages"], cwd=root, capture_output=True, text=True)
    assert branches.stdout == ""
