"""Templates run in Jinja's sandbox: they print what they receive, and reach nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.schema import dump_briefing
from tests.conftest import make_briefing

MKDOCS_YML = """\
site_name: Test briefings
docs_dir: build/docs
plugins:
  - briefings:
      templates_dir: my_templates
"""


@pytest.fixture
def project(tempdir):
    """`project(template name, its text)` → a project with one briefing and that template of its own."""
    def make(name: str, text: str) -> Path:
        return tempdir({f"my_templates/{name}": text, "content/ceasefire-talks.yaml": dump_briefing(make_briefing())},
                       mkdocs_yml=MKDOCS_YML)
    return make


def briefings(root: Path, command: str):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), command])


def test_a_template_reaching_for_python_internals_fails_naming_the_template_and_line(project):
    root = project("briefing.md.j2", "# {{ briefing.title }}\n\n{{ cycler.__init__.__globals__.os.getcwd() }}\n")
    result = briefings(root, "render")
    assert result.exit_code == 1
    assert "my_templates/briefing.md.j2:3: template 'briefing.md.j2': refused by the sandbox: access to " \
           "attribute '__init__'" in result.output
    assert not (root / "build" / "docs" / "briefings").exists()


def test_a_format_string_cannot_reach_python_internals_either(project):
    root = project("briefing.md.j2", "# {{ briefing.title }}\n{{ '{0.__class__.__init__}'.format(briefing) }}\n")
    result = briefings(root, "render")
    assert result.exit_code == 1
    assert "my_templates/briefing.md.j2:2: template 'briefing.md.j2': refused by the sandbox" in result.output


def test_a_template_cannot_change_the_lists_it_receives(project):
    root = project("index.md.j2", "# Latest\n\n{{ latest.clear() }}\n")
    result = briefings(root, "render")
    assert result.exit_code == 1
    assert "my_templates/index.md.j2:3: template 'index.md.j2': refused by the sandbox: access to attribute " \
           "'clear' of 'list' object is unsafe" in result.output


def test_check_reports_each_attribute_the_sandbox_refuses_with_its_line(project):
    root = project("briefing.md.j2", "# {{ briefing.title }}\n\n{{ cycler.__init__.__globals__ }}\n"
                                     "{{ briefing|attr('_token') }}\n")
    result = briefings(root, "check")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "sandbox refuses" in line]
    assert len(lines) == 2
    assert lines[0].startswith(f"{root / 'my_templates' / 'briefing.md.j2'}:3: template 'briefing.md.j2': "
                               "reads the attribute '__init__', which the sandbox refuses")
    assert lines[1].startswith(f"{root / 'my_templates' / 'briefing.md.j2'}:4: template 'briefing.md.j2': "
                               "reads the attribute '_token', which the sandbox refuses")
