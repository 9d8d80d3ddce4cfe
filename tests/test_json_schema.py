"""The published JSON Schema of the briefing: made from the fields the loader reads, shipped with the
package and the site, and in agreement with `briefings check`, checked by two independent validators
(jsonschema here, Ajv under Node at the end)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from ruamel.yaml import YAML

from generator.cli import cli
from generator.errors import BriefingError
from generator.rendering.data import render_files
from generator.rendering.pages import render_pages
from generator.schema import (BRIEFING_SCHEMA, COLLECTION_SCHEMA, SCHEMA_FILES, SCHEMA_FOLDER, Actor, Briefing,
                              GeneratorInfo, Grounding, Position, Quote, Source, briefing_to_dict, dump_briefing, parse_briefing)
from generator.schema.fields import RECORDS
from generator.schema.json_schema import schema_text
from generator.schema.page import EXAMPLE, schema_page
from generator.schema.writing import MODELINE, was_edited
from generator.making import make_briefing as briefing_of_extraction
from tests.conftest import REPO, make_briefing, make_project
from tests.golden import OUTPUT
from tests.test_properties import BACKEND, extract, texts

AJV = REPO / "tests" / "ajv"


def shipped(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_FOLDER / name).read_text(encoding="utf-8"))


REGISTRY = Registry().with_resources((name, Resource.from_contents(shipped(name))) for name in SCHEMA_FILES)


def validator(name: str = BRIEFING_SCHEMA) -> Draft202012Validator:
    return Draft202012Validator(shipped(name), registry=REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER)


def as_editors_read(text: str) -> Any:
    """The data of a YAML file as a YAML 1.2 reader gives it to a JSON Schema validator: YAML 1.2 has
    no dates, so they are text."""
    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value.isoformat() if isinstance(value, dt.date) else value
    return plain(YAML(typ="safe", pure=True).load(text))


def field_name(path: list[str | int]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def fields_named_by_jsonschema(data: Any) -> set[str]:
    named = set()
    for error in validator().iter_errors(data):
        path = list(error.absolute_path)
        if error.validator == "required":
            path += [re.match(r"'(.+)' is a required property", error.message).group(1)]
        elif error.validator == "additionalProperties":
            path += sorted(set(error.instance) - set(error.schema["properties"]))
        named.add(field_name(path))
    return named


CHECK_LINE = re.compile(r".+?\.yaml:\d+: (?:(?P<field>[^\s:]+): )?(?P<message>.*)")


def fields_named_by_check(root: Path) -> set[str]:
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "check"])
    assert result.exit_code == 1, result.output
    named = set()
    for line in result.output.splitlines():
        found = CHECK_LINE.fullmatch(line)
        if found:
            missing = re.match(r"missing field '(.+?)'", found["message"])
            where = found["field"] or ""
            named.add(f"{where}.{missing[1]}".lstrip(".") if missing else where)
    return named


def project_with(tmp_path: Path, briefing_text: str, name: str = "ceasefire-talks") -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / f"{name}.yaml").write_text(briefing_text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - briefings\n", encoding="utf-8")
    return tmp_path


def yaml_text(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


# -- one source of truth ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_the_shipped_schema_is_the_one_made_from_the_fields_the_loader_reads(name):
    assert (SCHEMA_FOLDER / name).read_text(encoding="utf-8") == schema_text(SCHEMA_FILES[name]()), \
        "run `python -m generator.schema` after changing generator/schema/fields.py"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_the_shipped_schemas_are_json_schemas_of_draft_2020_12(name):
    Draft202012Validator.check_schema(shipped(name))
    assert shipped(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_has_the_fields_the_generator_writes_in_its_order():
    schema = shipped(BRIEFING_SCHEMA)
    briefing = make_briefing()
    # Author and publisher are written only when known, grounding only by a language model: with
    # all three, every field is there.
    data = briefing_to_dict(dataclasses.replace(
        briefing, source=dataclasses.replace(briefing.source, author="Ana Ruiz", publisher="The Valley Post"),
        generator=dataclasses.replace(briefing.generator, grounding=Grounding())))
    data["generator"]["checksum"] = "f" * 64
    data["grounding"] = data["generator"]["grounding"]
    assert list(schema["properties"]) == [key for key in data if key != "grounding"]
    for field, record in (("source", "source"), ("actors", "actor"), ("positions", "position"),
                          ("quotes", "quote"), ("generator", "generator"), ("grounding", "grounding")):
        written = data[field][0] if isinstance(data[field], list) else data[field]
        assert list(schema["$defs"][record]["properties"]) == list(written)


def test_the_schema_has_a_field_for_every_field_of_the_dataclasses():
    classes = {"briefing": Briefing, "source": Source, "actor": Actor, "position": Position, "quote": Quote,
               "generator": GeneratorInfo, "grounding": Grounding}
    for record in RECORDS:
        held = {f.name for f in dataclasses.fields(classes[record.name])}
        assert held <= set(record.allowed()), record.name


def every_property(schema: dict[str, Any]):
    for record in (schema, *schema["$defs"].values()):
        yield from record["properties"].items()


def test_every_field_has_a_description():
    schema = shipped(BRIEFING_SCHEMA)
    assert schema["description"] and all(record["description"] for record in schema["$defs"].values())
    assert [name for name, value in every_property(schema) if not value.get("description")] == []


def test_every_enumeration_names_and_describes_each_of_its_values():
    enumerations = [(name, value) for name, value in every_property(shipped(BRIEFING_SCHEMA)) if "enum" in value]
    assert {name for name, _ in enumerations} == {"type", "polarity"}
    for _, value in enumerations:
        assert all(f"`{allowed}`" in value["description"] for allowed in value["enum"])


@pytest.mark.parametrize("record, name", [(r.name, f.name) for r in RECORDS for f in r.fields if not f.required])
def test_an_absent_optional_field_reads_as_the_default_the_schema_gives(record, name):
    briefing = make_briefing()
    data = briefing_to_dict(dataclasses.replace(
        briefing, generator=dataclasses.replace(briefing.generator, grounding=Grounding(quotes_dropped=1))))
    held = {"briefing": data, "source": data["source"], "actor": data["actors"][0], "position": data["positions"][0],
            "quote": data["quotes"][0], "generator": data["generator"], "grounding": data["generator"]["grounding"]}[record]
    held.pop(name, None)  # the checksum is written by dump_briefing only
    briefing = parse_briefing(Path("content/ceasefire-talks.yaml"), yaml_text(data))
    value = {"briefing": briefing, "source": briefing.source, "actor": briefing.actors[0],
             "position": briefing.positions[0], "quote": briefing.quotes[0], "generator": briefing.generator,
             "grounding": briefing.generator.grounding}[record]
    schema = shipped(BRIEFING_SCHEMA)
    properties = (schema if record == "briefing" else schema["$defs"][record])["properties"]
    if hasattr(value, name):
        default = getattr(value, name)
        assert properties[name]["default"] == (list(default) if isinstance(default, tuple) else default)
    else:
        assert "default" not in properties[name]


ascii_or_any = st.one_of(st.text(alphabet=st.characters(max_codepoint=0x7f), max_size=12), st.text(max_size=12))


@settings(max_examples=500, deadline=None)
@given(ascii_or_any)
def test_an_id_the_loader_takes_fits_the_schema_and_an_ascii_one_the_schema_takes_the_loader_takes(value):
    text = dump_briefing(make_briefing(id=value))
    try:
        parse_briefing(Path("content") / f"{value}.yaml", text)
        loader_takes = True
    except BriefingError as error:
        loader_takes = not any(problem.message.startswith("id: ") for problem in error.problems)
    schema_takes = not [e for e in validator().iter_errors(as_editors_read(text)) if list(e.absolute_path) == ["id"]]
    if loader_takes:
        assert schema_takes
    # Python's `$` also matches before a final line break, which JavaScript's does not.
    if value.isascii() and "/" not in value and not value.endswith("\n") and schema_takes:
        assert loader_takes


# -- every briefing validates -----------------------------------------------------------------------

BRIEFING_FILES = sorted([*(REPO / "content").glob("*.yaml"), *(OUTPUT / "content").glob("*.yaml")])


@pytest.mark.parametrize("path", BRIEFING_FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_briefing_in_the_repository_validates_against_the_schema(path):
    assert list(validator().iter_errors(as_editors_read(path.read_text(encoding="utf-8")))) == []


@settings(max_examples=100, deadline=None)
@given(texts)
def test_every_briefing_the_generator_writes_validates_against_the_schema(text):
    result = extract(text)
    if result is not None and result[0].paragraphs:
        briefing = briefing_of_extraction(*result, BACKEND, "x", "seeds/x.txt")
        errors = list(validator().iter_errors(as_editors_read(dump_briefing(briefing))))
        assert errors == [], errors[0].message


# -- a broken briefing: the validator and check name the same field ----------------------------------

def mutations() -> list[tuple[str, str]]:
    """(what is broken, the field named) for every record of the schema: each required field
    missing, an unknown field, and each enumeration or constant given a value it does not have."""
    schema = shipped(BRIEFING_SCHEMA)
    at = {"briefing": "", "source": "source", "actor": "actors[0]", "position": "positions[0]",
          "quote": "quotes[0]", "generator": "generator"}
    found = []
    for record, where in at.items():
        properties = schema if record == "briefing" else schema["$defs"][record]
        prefix = f"{where}." if where else ""
        found += [("missing", f"{prefix}{name}") for name in properties["required"]]
        found.append(("unknown", f"{prefix}colour"))
        found += [("wrong", f"{prefix}{name}") for name, value in properties["properties"].items()
                  if "enum" in value or "const" in value]
    return found


def broken(kind: str, field: str) -> dict[str, Any]:
    data = as_editors_read(dump_briefing(make_briefing()))
    *path, name = [int(part) if part.isdigit() else part for part in re.split(r"[.\[\]]+", field) if part]
    held = data
    for part in path:
        held = held[part]
    if kind == "missing":
        del held[name]
    elif kind == "unknown":
        held[name] = "red"
    else:
        held[name] = "nonsense" if isinstance(held[name], str) else held[name] + 1
    return data


@pytest.mark.parametrize("kind, field", mutations(), ids=lambda value: value)
def test_a_broken_briefing_fails_the_validator_and_check_naming_the_same_field(tmp_path, kind, field):
    data = broken(kind, field)
    assert fields_named_by_jsonschema(data) == {field}
    assert fields_named_by_check(project_with(tmp_path, yaml_text(data))) == {field}


@pytest.mark.parametrize("field, value, named", [
    ("actors", [], {"positions[0].actor", "positions[1].actor", "quotes[0].speaker"}),
    ("paragraphs", [], {"positions[0].paragraph", "positions[1].paragraph", "quotes[0].paragraph"}),
])
def test_a_reference_to_nothing_fails_the_validator_and_check_on_the_field_that_refers(tmp_path, field, value, named):
    data = as_editors_read(dump_briefing(make_briefing()))
    data[field] = value
    assert fields_named_by_jsonschema(data) >= named
    assert fields_named_by_check(project_with(tmp_path, yaml_text(data))) == named


# -- the modeline ----------------------------------------------------------------------------------

def test_a_written_briefing_starts_with_the_modeline_naming_the_shipped_schema_from_content():
    text = dump_briefing(make_briefing())
    assert text.startswith(MODELINE)
    schema = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)\n", MODELINE)[1]
    assert (REPO / "content" / schema).resolve() == (SCHEMA_FOLDER / BRIEFING_SCHEMA).resolve()


def test_the_modeline_changes_nothing_in_the_data():
    text = dump_briefing(make_briefing())
    assert yaml.safe_load(text) == yaml.safe_load(text.removeprefix(MODELINE))
    assert parse_briefing(Path("content/ceasefire-talks.yaml"), text) == make_briefing()


def test_a_briefing_edited_by_hand_keeps_its_modeline_and_is_kept_by_the_generator(tempdir):
    root = tempdir({"seeds/a.txt": "date 2022-02-24\n\n“We will act now,” Jane Doe said on Monday."})
    run = lambda *args: CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])  # noqa: E731
    assert run("summarise").exit_code == 0
    [path] = (root / "content").glob("*.yaml")
    edited = path.read_text(encoding="utf-8").replace("summary: ", "summary: Corrected by hand. ", 1)
    path.write_text(edited, encoding="utf-8")
    assert run("summarise", "--force").exit_code == 0
    assert path.read_text(encoding="utf-8") == edited and edited.startswith(MODELINE)
    assert run("check").exit_code == 0


def test_changing_the_modeline_makes_a_briefing_count_as_edited_by_hand():
    text = dump_briefing(make_briefing())
    assert not was_edited(text)
    assert was_edited(text.replace(MODELINE, "# yaml-language-server: $schema=elsewhere.json\n", 1))
    assert was_edited(text.removeprefix(MODELINE))


def test_a_briefing_written_before_the_modeline_gets_it_when_next_generated(tempdir):
    root = tempdir({"seeds/a.txt": "date 2022-02-24\n\n“We will act now,” Jane Doe said on Monday."})
    run = lambda *args: CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])  # noqa: E731
    assert run("summarise").exit_code == 0
    [path] = (root / "content").glob("*.yaml")
    # As the generator wrote it before the modeline: the same text without it, checksummed so.
    unsigned = re.sub(r"(?m)^  checksum: [0-9a-f]{64}$", "  checksum: " + "f" * 64,
                      path.read_text(encoding="utf-8").removeprefix(MODELINE), count=1)
    digest = hashlib.sha256(unsigned.encode("utf-8")).hexdigest()
    older = unsigned.replace("  checksum: " + "f" * 64, f"  checksum: {digest}", 1)
    assert not was_edited(older)
    path.write_text(older, encoding="utf-8")
    assert run("summarise", "--force").exit_code == 0
    assert path.read_text(encoding="utf-8").startswith(MODELINE)


# -- briefings.json and the published schemas ---------------------------------------------------------

def test_the_site_publishes_the_shipped_schemas_under_schema(tmp_path):
    files = render_files(make_project(tmp_path), [make_briefing()])
    for name in SCHEMA_FILES:
        assert files[f"schema/{name}"] == (SCHEMA_FOLDER / name).read_bytes()


def test_briefings_json_validates_against_its_schema(tmp_path):
    project = make_project(tmp_path, sections=("data",))
    briefings = [make_briefing(), make_briefing(id="undated", date=None, reviewed=True)]
    data = json.loads(b"".join(render_files(project, briefings)["briefings.json"]))
    assert list(validator(COLLECTION_SCHEMA).iter_errors(data)) == []
    golden = json.loads((OUTPUT / "docs" / "briefings.json").read_text(encoding="utf-8"))
    assert list(validator(COLLECTION_SCHEMA).iter_errors(golden)) == []


# -- the schema page ---------------------------------------------------------------------------------

def test_the_schema_page_is_made_from_every_description_of_the_schemas(tmp_path):
    page = render_pages(make_project(tmp_path), [make_briefing()])["schema.md"]
    assert page == schema_page()
    collection = {"$defs": {}, **shipped(COLLECTION_SCHEMA)}
    for _, value in [*every_property(shipped(BRIEFING_SCHEMA)), *every_property(collection)]:
        assert value["description"] in page
    assert all(rule["description"] in page for rule in shipped(BRIEFING_SCHEMA)["allOf"])


def test_the_example_of_the_schema_page_validates_against_the_schema():
    assert list(validator().iter_errors(as_editors_read(dump_briefing(EXAMPLE)))) == []


# -- a second, independent validator: Ajv under Node --------------------------------------------------

@pytest.fixture(scope="module")
def ajv():
    """A function validating files with Ajv; its npm packages are installed on first use."""
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("npm and node are needed for the Ajv test in CI (make test installs them as root)")
        pytest.skip("npm and node are not installed: the Ajv test needs them (apt-get install npm)")
    if not (AJV / "node_modules" / "ajv").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=AJV, check=True, capture_output=True)

    def validate(documents: list[tuple[str, Path]]) -> list[set[str]]:
        request = {"schemas": {name: str(SCHEMA_FOLDER / name) for name in SCHEMA_FILES},
                   "documents": [{"schema": schema, "path": str(path)} for schema, path in documents]}
        done = subprocess.run(["node", str(AJV / "validate.mjs")], input=json.dumps(request), capture_output=True,
                              text=True, check=True)
        named = []
        for errors in json.loads(done.stdout):
            fields = set()
            for error in errors:
                path = [int(p) if p.isdigit() else p for p in error["instancePath"].split("/")[1:]]
                extra = error["params"].get("missingProperty") or error["params"].get("additionalProperty")
                fields.add(field_name(path + ([extra] if extra else [])))
            named.append(fields)
        return named
    return validate


def test_ajv_validates_every_briefing_and_the_collection_and_names_the_field_check_names(ajv, tmp_path):
    documents = [(BRIEFING_SCHEMA, path) for path in BRIEFING_FILES]
    example = tmp_path / "example.yaml"
    example.write_text(dump_briefing(EXAMPLE), encoding="utf-8")
    documents += [(BRIEFING_SCHEMA, example), (COLLECTION_SCHEMA, OUTPUT / "docs" / "briefings.json")]
    expected = [set() for _ in documents]
    for number, (kind, field) in enumerate(mutations()):
        path = tmp_path / f"broken-{number}.yaml"
        path.write_text(yaml_text(broken(kind, field)), encoding="utf-8")
        documents.append((BRIEFING_SCHEMA, path))
        expected.append({field})
    assert ajv(documents) == expected
