"""Reading the register of actors: what it holds, and every problem with its file, line and field."""

from __future__ import annotations

import textwrap

import pytest

from generator.errors import RegisterError
from generator.register import load_register


def register_file(tmp_path, text: str):
    path = tmp_path / "actors.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(tmp_path, text: str) -> list[str]:
    with pytest.raises(RegisterError) as caught:
        load_register(register_file(tmp_path, text))
    return [str(p) for p in caught.value.problems]


def test_an_entry_holds_what_a_person_said_of_an_actor(tmp_path):
    register = load_register(register_file(tmp_path, """\
        jane-roe:
          name: Jane Roe
          type: person
          description: Mayor of Valmora since 2021
          aliases: [J. Roe]
          links: [https://www.wikidata.org/wiki/Q1]
          merge: [roe]
          apart: [tom-roe]
        spam:
          hidden: true
        """))
    jane = register.entry("jane-roe")
    assert (jane.name, jane.type, jane.description, jane.aliases, jane.links, jane.merge, jane.apart, jane.line) == (
        "Jane Roe", "person", "Mayor of Valmora since 2021", ("J. Roe",), ("https://www.wikidata.org/wiki/Q1",),
        ("roe",), ("tom-roe",), 1)
    assert register.entry("spam").hidden and register.apart("tom-roe", "jane-roe")


def test_a_missing_or_empty_register_file_is_an_empty_register(tmp_path):
    assert load_register(tmp_path / "actors.yaml").entries == {}
    assert load_register(register_file(tmp_path, "# nothing yet\n")).entries == {}


def test_every_problem_names_the_file_the_line_and_the_field(tmp_path):
    found = problems(tmp_path, """\
        jane-roe:
          type: mayor
          links: [javascript:alert(1)]
          colour: red
        Not A Slug:
          name: x
        """)
    path = tmp_path / "actors.yaml"
    assert found[0].startswith(f"{path}:2: jane-roe.type: 'mayor' is not an actor type")
    assert found[1].startswith(f"{path}:3: jane-roe.links[0]: must be an http:// or https:// address")
    assert found[2].startswith(f"{path}:4: jane-roe.colour: unknown field")
    assert found[3].startswith(f"{path}:5: Not A Slug: 'Not A Slug' is not a slug")


def test_an_id_merged_into_two_actors_is_a_problem_at_the_second(tmp_path):
    found = problems(tmp_path, """\
        jane-roe:
          merge: [roe]
        tom-roe:
          merge: [roe]
        """)
    assert len(found) == 1 and ":3: tom-roe.merge: 'roe' is merged into 'jane-roe' too" in found[0]


def test_an_id_both_merged_and_kept_apart_is_a_problem(tmp_path):
    found = problems(tmp_path, "jane-roe:\n  merge: [roe]\n  apart: [roe]\n")
    assert ":1: jane-roe.apart: 'roe' is merged into 'jane-roe' and kept apart from it" in found[0]


def test_a_register_that_is_not_yaml_names_its_line(tmp_path):
    found = problems(tmp_path, "jane-roe:\n  name: [Jane\n")
    assert found[0].startswith(f"{tmp_path / 'actors.yaml'}:3: is not valid YAML")


def _first_yaml_block(text: str, after: str) -> str:
    rest = text[text.index(after):]
    start = rest.index("```yaml\n") + len("```yaml\n")
    return rest[start:rest.index("```", start)]


@pytest.mark.parametrize("where", ["README", "schema page"])
def test_the_register_examples_the_documentation_shows_are_registers_the_generator_reads(tmp_path, where):
    from generator.schema.page import schema_page
    from tests.conftest import REPO
    text = (REPO / "README.md").read_text(encoding="utf-8") if where == "README" else schema_page()
    example = _first_yaml_block(text, "or hide it:" if where == "README" else "## The register of actors")
    register = load_register(register_file(tmp_path, example))
    assert register.entry("ana-ruiz").name == "Ana Ruiz" and register.entry("development").hidden
