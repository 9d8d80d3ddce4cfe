"""Templates of one's own: the default templates are made of named blocks that a template can
extend and replace, `briefings check` catches what such a template gets wrong before a build does,
and a page of one's own can be put in the nav."""

from __future__ import annotations

import re

from click.testing import CliRunner
from conftest import REPO, build_html_site, make_briefing, write_tree

from generator.cli import cli
from generator.rendering.checking import check_templates
from generator.rendering.context import PAGE_TEMPLATES
from generator.rendering.reference import default_blocks


def readme_override() -> str:
    """The partial override the README shows, as written there."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```jinja\n(\{% extends \"!default/briefing\.md\.j2\" %\}\n.*?)```", readme, re.DOTALL)
    assert found, "the README shows no partial override of briefing.md.j2"
    return found[1]


def test_every_default_template_is_made_of_named_blocks():
    assert all(default_blocks(template) for template in PAGE_TEMPLATES.values())
    assert default_blocks("briefing.md.j2") == ["title", "meta", "summary", "topics", "cards", "unattributed",
                                                "actors", "source", "provenance"]


def test_the_readmes_partial_override_replaces_only_its_blocks_in_a_real_build(tmp_path):
    write_tree(tmp_path, {"my_templates/briefing.md.j2": readme_override()})
    site = build_html_site(tmp_path, [make_briefing()], templates_dir=tmp_path / "my_templates")
    page = (site / "briefings" / "ceasefire-talks" / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="in-short">In short</h2>' in page and "<h2 id=\"summary\">" not in page
    assert '<h2 id="actors">' not in page  # the block emptied
    assert '<h3 class="briefings-card" id="who-1">' in page and 'id="p-2"' in page  # the blocks kept


def test_check_names_an_unknown_attribute_with_its_template_and_line(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": '{% extends "!default/briefing.md.j2" %}\n'
                                                  '{% block summary %}\n{{ briefing.sumary }}\n{% endblock %}\n'},
                             templates_dir=tmp_path / "t")
    errors = check_templates(project)
    assert len(errors) == 1 and "has no attribute 'sumary'" in str(errors[0])
    assert errors[0].path.endswith("briefing.md.j2") and errors[0].line == 3


def test_check_names_an_unknown_name_in_a_template_of_every_page_type(render_project, tmp_path):
    project = render_project({"t/topic.md.j2": "# {{ topic.name }}\n\n{{ main_actor }}\n"},
                             templates_dir=tmp_path / "t")
    errors = check_templates(project)
    assert len(errors) == 1 and "'main_actor' is undefined" in str(errors[0]) and errors[0].line == 3


def test_check_names_a_block_the_extended_template_does_not_have(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": '{% extends "!default/briefing.md.j2" %}\n'
                                                  "{% block sumary %}In short{% endblock %}\n"},
                             templates_dir=tmp_path / "t")
    errors = check_templates(project)
    assert len(errors) == 1 and errors[0].line == 2
    assert "fills the block 'sumary', which '!default/briefing.md.j2' does not have" in str(errors[0])


def test_check_accepts_the_readmes_override(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": readme_override()}, templates_dir=tmp_path / "t")
    assert check_templates(project) == []


def test_the_check_command_reports_an_unknown_attribute(tmp_path):
    root = write_tree(tmp_path, {
        "mkdocs.yml": "site_name: S\ndocs_dir: build/docs\nplugins:\n  - briefings:\n      templates_dir: t\n",
        "t/index.md.j2": "# {{ site_name }}\n\n{% for b in latest %}{{ b.sumary }}{% endfor %}\n"})
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "check"])
    assert result.exit_code == 1
    assert "index.md.j2:3:" in result.output and "has no attribute 'sumary'" in result.output


def test_a_page_of_your_own_is_in_the_nav_once_listed_there(tmp_path):
    root = write_tree(tmp_path, {
        "mkdocs.yml": "site_name: S\ndocs_dir: build/docs\nmarkdown_extensions: [attr_list, tables, toc]\n"
                      "nav:\n  - Home: index.md\n  - People: people.md\n"
                      "plugins:\n  - briefings:\n      templates_dir: t\n      pages:\n        people.md: people.md.j2\n",
        "t/people.md.j2": "# People\n\n{% for a in actors %}- {{ a.name }}\n{% endfor %}",
        "seeds/a.txt": "date 2024-01-02\n\n“We will act now,” Jane Doe said.\n"})
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a [^>]*href="people/"[^>]*>People</a>', home)
    assert "Jane Doe" in (root / "site" / "people" / "index.html").read_text(encoding="utf-8")
