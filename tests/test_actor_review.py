"""`briefings actors`, `check` and `render` with a register: review, explanations, errors and what a
change of the register renders again."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from conftest import make_briefing
from generator.cli import cli
from generator.schema import Actor, dump_briefing, slugify

MKDOCS_YML = """\
site_name: Test briefings
docs_dir: build/docs
plugins:
  - briefings:
      cache_dir: .cache-of-briefings
"""


def person(name: str) -> Actor:
    return Actor(id=slugify(name), name=name, type="person")


def project(tempdir, *casts: tuple[Actor, ...], register: str | None = None):
    """A project with one briefing per cast (the first the newest) and, if given, a register."""
    files = {f"content/b{n}.yaml": dump_briefing(make_briefing(
        id=f"b{n}", date=dt.date(2022, 1, 30) - dt.timedelta(days=n), actors=cast, positions=(), quotes=()))
        for n, cast in enumerate(casts)}
    if register is not None:
        files["actors.yaml"] = register
    return tempdir(files, mkdocs_yml=MKDOCS_YML)


def run(root, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])


def test_actors_lists_candidate_merges_then_actors_the_register_does_not_know_most_frequent_first(tempdir):
    root = project(tempdir, (person("Roe"),), (person("Jane Roe"),), (person("Tom Roe"), person("Jane Roe")),
                   register="tom-roe:\n  description: Dock worker\n")
    result = run(root, "actors")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Candidate merges, most frequent first (decide with merge or apart in the register):",
        "  roe: Roe (person, 1 briefing): it is the end of several full names, none of which the briefings mostly "
        "mean by it",
        "      jane-roe: Jane Roe (2 briefings)",
        "      tom-roe: Tom Roe (1 briefing)",
        "Actors the register does not know, most frequent first:",
        "     2  jane-roe: Jane Roe (person)",
        "     1  roe: Roe (person)"]


def test_actors_explain_says_why_two_were_joined(tempdir):
    root = project(tempdir, (person("Republican Jane Roe"),), (person("Jane Roe"),))
    result = run(root, "actors", "--explain", "republican-jane-roe")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "jane-roe: Jane Roe, person (person in 2 briefings); page actors/jane-roe; 2 briefings",
        "  republican-jane-roe (Republican Jane Roe, 1 briefing): the same name once ‘Republican’ is left out"]


def test_a_register_problem_is_reported_by_check_and_stops_render_with_its_file_and_line(tempdir):
    root = project(tempdir, (person("Jane Roe"),), register="jane-roe:\n  hidden: yes\n")
    checked = run(root, "check")
    assert checked.exit_code == 1
    assert f"{root / 'actors.yaml'}:2: jane-roe.hidden: must be true or false" in checked.output
    rendered = run(root, "render")
    assert rendered.exit_code == 1 and f"error: {root / 'actors.yaml'}:2: jane-roe.hidden" in rendered.output


def test_a_change_of_the_register_shows_on_the_next_render(tempdir):
    root = project(tempdir, (person("Jane Roe"), person("Tom Roe")), (person("Jane Roe"),), (person("Ann Lee"),),
                   register="jane-roe:\n  description: Mayor\n")
    assert run(root, "render").exit_code == 0
    (root / "actors.yaml").write_text("jane-roe:\n  description: Mayor of Valmora\n", encoding="utf-8")
    result = run(root, "render")
    assert "pages: 1 written" in result.output
    assert "Mayor of Valmora" in (root / "build" / "docs" / "actors" / "jane-roe.md").read_text(encoding="utf-8")


def test_hiding_an_actor_renders_again_the_pages_that_showed_or_linked_it(tempdir):
    root = project(tempdir, (person("Jane Roe"), person("Tom Roe")), (person("Jane Roe"),), (person("Ann Lee"),))
    assert run(root, "render").exit_code == 0
    (root / "actors.yaml").write_text("tom-roe:\n  hidden: true\n", encoding="utf-8")
    result = run(root, "render")
    assert result.exit_code == 0, result.output
    docs = root / "build" / "docs"
    assert not (docs / "actors" / "tom-roe.md").exists()
    assert "actors/tom-roe" not in (docs / "briefings" / "b0.md").read_text(encoding="utf-8")
    assert "Tom Roe" not in (docs / "actors" / "jane-roe.md").read_text(encoding="utf-8")
    assert "Tom Roe" not in (docs / "index.md").read_text(encoding="utf-8")


def test_the_explanation_the_readme_shows_is_the_one_the_command_prints(tempdir):
    from conftest import REPO
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = readme[readme.index("$ briefings actors --explain jane-roe\n"):]
    shown = shown[:shown.index("```")].splitlines()[1:]
    root = project(tempdir, (person("Jane Roe"),), (person("Jane Roe"),), (person("Jane Q. Roe"),),
                   (person("Republican Jane Roe"),), (person("Roe"),))
    result = run(root, "actors", "--explain", "jane-roe")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == shown
