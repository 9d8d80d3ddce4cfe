"""The briefing schema: stable YAML, exact round trip, and validation that names file, line, field."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.schema import loading as schema_loading
from generator.schema import yaml_text as schema_yaml_text
from generator.cli import cli
from generator.errors import BriefingError
from generator.schema import (Actor, Briefing, GeneratorInfo, Position, Quote, Source, briefing_to_dict,
                              dump_briefing,
                              load_briefing, parse_briefing, slugify, was_edited)


def sample(**overrides) -> Briefing:
    fields = dict(
        id="2022-02-24-leader-seeks-peace",
        title="Leader seeks peace",
        date=dt.date(2022, 2, 24),
        source=Source(path="seeds/a.txt", sha256="a" * 64, url=None),
        summary="The leader said he wants peace.",
        generator=GeneratorInfo(backend="builtin", version="0.1.0"),
        paragraphs=("The leader said he wants peace.", "“We will win,” he said: ‘soon’."),
        keywords=("peace",),
        actors=(Actor(id="jo-bloggs", name="Jo Bloggs", type="person", role="leader", aliases=("Bloggs",)),
                Actor(id="ukraine", name="Ukraine", type="country")),
        positions=(Position(actor="jo-bloggs", stance="wants peace", polarity="support", paragraph=1),),
        quotes=(Quote(text="We will win,", speaker="jo-bloggs", paragraph=2, partial=False, key=True,
                      confidence=0.9),),
    )
    fields.update(overrides)
    return Briefing(**fields)


def load_text(text: str, name: str = "2022-02-24-leader-seeks-peace.yaml") -> Briefing:
    return parse_briefing(Path("content") / name, text)


def test_dump_then_load_gives_the_same_briefing():
    briefing = sample()
    assert load_text(dump_briefing(briefing)) == briefing


def test_dumping_twice_gives_identical_bytes():
    assert dump_briefing(sample()) == dump_briefing(sample())


def test_yaml_is_block_style_in_schema_order_and_keeps_unicode():
    text = dump_briefing(sample())
    keys = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith((" ", "-", "#"))]
    assert keys == ["schema", "id", "title", "date", "reviewed", "source", "summary", "keywords", "actors",
                    "positions", "quotes", "generator", "paragraphs"]
    assert "“We will win,”" in text
    assert "{" not in text and "[" not in text.replace("[]", "")


def test_long_values_are_never_wrapped():
    long = "word " * 60
    text = dump_briefing(sample(summary=long.strip()))
    assert any(line.startswith("summary: word word") and line.endswith("word") for line in text.splitlines())


# Every character class YAML treats specially: indicators, quotes, line breaks of every kind,
# non-printable and astral characters, and values that look like numbers, dates or booleans.
awkward_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(["- ", "-", ": ", "#", "'", '"', "|", ">", "&a", "*a", "!x", "%", "@", "`",
                              "?", "{", "}", "[", "]", ",", " ", "\t", "\n", "\r", "\x85", "\u2028",
                              "\ufeff", "\x00", "\U0001F600", "yes", "null", "1.5", "2022-02-24", "~",
                              "word", "é"]), max_size=12).map("".join))


@settings(max_examples=300, deadline=None)
@given(awkward_text, awkward_text, st.lists(awkward_text, min_size=1, max_size=3),
       st.lists(awkward_text, max_size=3))
def test_the_fast_yaml_writer_writes_exactly_what_the_reference_writer_does(title, name, paragraphs,
                                                                              aliases):
    briefing = sample(title=title, summary=name, paragraphs=tuple(paragraphs), keywords=tuple(aliases),
                      actors=(Actor(id="jo-bloggs", name=name, type="person", role=title, aliases=tuple(aliases)),
                              Actor(id="ukraine", name="Ukraine", type="country")))
    data = briefing_to_dict(briefing)
    reference = yaml.dump(data, Dumper=schema_yaml_text.Dumper, sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=float("inf"))
    assert schema_yaml_text.yaml_text(data) == reference


def test_a_generated_file_is_not_edited_and_any_change_is_noticed():
    text = dump_briefing(sample())
    assert not was_edited(text)
    assert was_edited(text.replace("wants peace", "wants war"))
    assert was_edited(text + "# a note\n")
    assert was_edited(text.replace("checksum: ", "checksum: 1", 1)[:-1])


def test_a_briefing_without_checksum_counts_as_edited():
    text = "\n".join(line for line in dump_briefing(sample()).splitlines() if "checksum" not in line)
    assert was_edited(text)


def test_load_briefing_reads_a_file(tmp_path):
    path = tmp_path / "2022-02-24-leader-seeks-peace.yaml"
    path.write_text(dump_briefing(sample()), encoding="utf-8")
    assert load_briefing(path) == sample()


def error_for(text: str) -> str:
    with pytest.raises(BriefingError) as error:
        load_text(text)
    return str(error.value)


def edited(old: str, new: str) -> str:
    text = dump_briefing(sample())
    assert old in text
    return text.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    return text[:text.index(fragment)].count("\n") + 1


def test_missing_field_is_named():
    text = "\n".join(line for line in dump_briefing(sample()).splitlines() if not line.startswith("summary:"))
    assert "missing field 'summary'" in error_for(text)


def test_wrong_type_names_file_line_and_field():
    text = edited("  paragraph: 2", "  paragraph: two")
    message = error_for(text)
    assert message.startswith(f"content/2022-02-24-leader-seeks-peace.yaml:{line_of(text, 'paragraph: two')}: ")
    assert "quotes[0].paragraph: must be a whole number" in message


def test_unknown_actor_in_a_quote_is_an_error():
    text = edited("speaker: jo-bloggs", "speaker: nobody")
    assert "quotes[0].speaker: unknown actor 'nobody'" in error_for(text)


def test_unknown_actor_in_a_position_is_an_error():
    assert "positions[0].actor: unknown actor 'x'" in error_for(edited("- actor: jo-bloggs", "- actor: x"))


def test_paragraph_that_does_not_exist_is_an_error():
    assert "paragraph 9 does not exist" in error_for(edited("  paragraph: 1", "  paragraph: 9"))


def test_quote_that_is_not_in_its_paragraph_is_an_error():
    assert "is not found word for word in paragraph 2" in error_for(edited("text: We will win,", "text: We will lose,"))


def test_unknown_field_is_an_error_naming_it():
    assert "reviewd: unknown field" in error_for(edited("reviewed: false", "reviewd: true"))


def test_actor_type_must_be_one_of_the_four():
    assert "actors[1].type: 'nation' is not an actor type" in error_for(edited("type: country", "type: nation"))


def test_duplicate_actor_ids_are_an_error():
    assert "is used by two actors" in error_for(edited("- id: ukraine", "- id: jo-bloggs"))


def test_id_must_match_the_file_name():
    assert "does not match the file name" in error_for(edited("id: 2022-02-24-leader-seeks-peace", "id: other"))


def test_python_tags_are_refused():
    message = error_for(edited("title: Leader seeks peace", "title: !!python/object/apply:os.system ['echo']"))
    assert "is not allowed" in message


def test_malformed_yaml_names_the_line():
    message = error_for("schema: 1\nid: [unclosed\ntitle: x\n")
    assert message.startswith("content/2022-02-24-leader-seeks-peace.yaml:")
    assert "is not valid YAML" in message


def test_boolean_is_not_accepted_as_a_number():
    assert "must be a whole number" in error_for(edited("schema: 1", "schema: true"))


def test_unsupported_schema_version_is_an_error():
    assert "version 2 is not supported" in error_for(edited("schema: 1", "schema: 2"))


def test_empty_file_is_an_error():
    assert "is empty" in error_for("")


def test_slugify_folds_accents_keeps_other_scripts_and_limits_length():
    assert slugify("Zelenskyy’s Über-Plan!") == "zelenskyy-s-uber-plan"
    assert slugify("Владимир Путин") == "владимир-путин"
    assert len(slugify("word " * 40, max_length=30)) <= 30


# -- every problem of a file at once ---------------------------------------------------------------

def problems_of(text: str) -> list[str]:
    with pytest.raises(BriefingError) as error:
        load_text(text)
    assert error.value.problems[0] is error.value
    return [str(p) for p in error.value.problems]


def three_problems() -> str:
    text = edited("polarity: support", "polarity: supports")
    text = text.replace("speaker: jo-bloggs", "speaker: nobody", 1)
    return text.replace("  paragraph: 1", "  paragraph: 9", 1)


def test_every_independent_problem_of_a_file_is_reported():
    found = problems_of(three_problems())
    assert len(found) == 3
    assert "positions[0].polarity: 'supports' is not a polarity" in found[0]
    assert "positions[0].paragraph: paragraph 9 does not exist" in found[1]
    assert "quotes[0].speaker: unknown actor 'nobody'" in found[2]


def test_a_field_that_cannot_be_read_does_not_make_the_fields_relying_on_it_problems():
    text = dump_briefing(sample())
    found = problems_of(text[:text.index("paragraphs:")] + "paragraphs: none\n")
    assert len(found) == 1 and "paragraphs: expected a list" in found[0]


def test_the_problems_of_a_briefing_error_survive_pickling():
    with pytest.raises(BriefingError) as error:
        load_text(three_problems())
    copy = pickle.loads(pickle.dumps(error.value))
    assert copy.problems[0] is copy
    assert [str(p) for p in copy.problems] == [str(p) for p in error.value.problems]


def test_check_prints_every_problem_of_a_briefing_on_a_line_of_its_own(tempdir):
    root = tempdir({"content/2022-02-24-leader-seeks-peace.yaml": three_problems()})
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "check"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    for problem in ("is not a polarity", "paragraph 9 does not exist", "unknown actor 'nobody'"):
        assert len([line for line in lines if problem in line]) == 1
    assert "check: 3 problem(s)" in lines


# -- values PyYAML matches but cannot build --------------------------------------------------------

@pytest.mark.parametrize("value", ["2024-13-07", "2023-02-30", "2024-01-01 25:00:00"])
def test_an_impossible_date_names_file_line_and_field(value):
    text = edited("date: 2022-02-24", f"date: {value}")
    message = error_for(text)
    assert message.startswith(f"content/2022-02-24-leader-seeks-peace.yaml:{line_of(text, value)}: date: ")


def test_an_impossible_date_where_text_belongs_names_the_field():
    text = edited("title: Leader seeks peace", "title: 2023-02-30")
    assert f":{line_of(text, '2023-02-30')}: title: " in error_for(text)


@pytest.mark.parametrize("url", ["https://[example.com/x", "https:///news/1", "https://example.com:port/"])
def test_a_source_url_must_be_a_web_address_with_a_host(url):
    assert "source.url: must be an http:// or https:// address" in error_for(edited("url: null", f"url: '{url}'"))


def test_a_lone_surrogate_escape_is_reported_with_its_field():
    text = edited("title: Leader seeks peace", 'title: "a \\uD800 b"')
    message = error_for(text)
    assert f":{line_of(text, 'uD800')}: title: " in message and "\\ud800" in message


# -- characters that must not reach pages ----------------------------------------------------------

def test_bidirectional_and_invisible_characters_are_removed_from_one_line_fields():
    text = edited("name: Jo Bloggs", 'name: "Jo\\u202e Blo\\u200bggs"')
    assert load_text(text).actors[0].name == "Jo Bloggs"


def test_invisible_characters_are_removed_from_paragraphs_and_the_summary():
    text = edited("- The leader said he wants peace.", '- "The leader\\u2066 said he wants peace."')
    text = text.replace("summary: The leader said he wants peace.",
                        'summary: "\\u202eThe leader said he wants peace."', 1)
    briefing = load_text(text)
    assert briefing.paragraphs[0] == briefing.summary == "The leader said he wants peace."


def test_a_quote_is_compared_with_its_paragraph_without_invisible_characters():
    text = edited("text: We will win,", 'text: "We will\\u200b win,"')
    text = text.replace("- “We will win,”", '- "“We \\u2060will win,” he said: ‘soon’."', 1)
    assert "- “We will win,”" not in text
    assert load_text(text).quotes[0].text == "We will win,"


def test_a_title_of_invisible_characters_only_is_empty():
    assert "title: must not be empty" in error_for(edited("title: Leader seeks peace", 'title: "\\u200b\\u202e"'))


def test_aliases_are_refused_without_expanding_them():
    # Nine levels of ten aliases over ten values: ten thousand million values, were the aliases expanded.
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    found = problems_of("\n".join(lines) + "\n")
    assert any(p.startswith("content/2022-02-24-leader-seeks-peace.yaml:2: the alias *a0 is not allowed")
               for p in found)


# -- ids that name files ---------------------------------------------------------------------------

def test_a_briefing_id_too_long_for_a_file_name_is_refused():
    long_id = "-".join(["слово"] * 16)  # 175 bytes in UTF-8
    text = edited("id: 2022-02-24-leader-seeks-peace", f"id: {long_id}")
    with pytest.raises(BriefingError) as error:
        load_text(text, name=f"{long_id}.yaml")
    assert "id: is 175 bytes long in UTF-8, more than the 150 allowed" in str(error.value)


def test_an_actor_id_too_long_for_a_file_name_is_refused():
    assert "actors[1].id: is 151 bytes long" in error_for(edited("- id: ukraine", "- id: " + "u" * 151))


@pytest.mark.parametrize("device", ["con", "aux", "nul", "prn", "com1", "lpt9"])
def test_a_name_windows_keeps_for_a_device_is_refused_as_an_id(device):
    assert f"actors[1].id: '{device}' is a name Windows keeps for a device" in error_for(
        edited("- id: ukraine", f"- id: {device}"))


def test_slugify_cuts_other_scripts_by_bytes_at_a_word_boundary():
    slug = slugify("Владимир Путин " * 10)
    assert len(slug.encode("utf-8")) <= 80
    assert slug.startswith("владимир-путин-") and slug.endswith(("владимир", "путин"))


def test_slugify_cuts_a_single_long_word_by_bytes_between_characters():
    assert slugify("李" * 100) == "李" * 26


def test_slugify_never_gives_a_name_windows_keeps_for_a_device():
    assert slugify("Con") == "con-1"
    assert slugify("LPT1") == "lpt1-1"


# -- only what YAML 1.1 (PyYAML) and YAML 1.2 (editors, JavaScript tools) read alike ---------------

@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "y", "n", "Yes", "OFF"])
def test_only_true_or_false_is_a_boolean(value):
    message = error_for(edited("reviewed: false", f"reviewed: {value}"))
    assert "reviewed: must be true or false" in message and "(write true or false)" in message


@pytest.mark.parametrize("old, new", [("schema: 1", "schema: 01"), ("  paragraph: 2", "  paragraph: 0o2"),
                                      ("  paragraph: 2", "  paragraph: 0x2"), ("  paragraph: 2", "  paragraph: 0_2"),
                                      ("  paragraph: 2", "  paragraph: 1:20"), ("  paragraph: 2", "  paragraph: 0b10")])
def test_a_whole_number_must_be_written_in_plain_decimal_digits(old, new):
    assert f"{new.split(': ')[1]} is not written in plain decimal digits" in error_for(edited(old, new))


@pytest.mark.parametrize("value", ["9e-1", "0.9_0", "+.9", ".9", "0x0", "0:00.9"])
def test_a_confidence_must_be_written_as_a_plain_decimal_number(value):
    message = error_for(edited("confidence: 0.9", f"confidence: {value}"))
    assert f"quotes[0].confidence: {value} is not written as a plain decimal number" in message


@pytest.mark.parametrize("value", ["1e3", "0o17", "+.5", ".inf", "yes", "010", "12:30", "2022-02-24"])
def test_text_that_some_yaml_reader_takes_for_something_else_must_be_quoted(value):
    text = edited("title: Leader seeks peace", f"title: {value}")
    message = error_for(text)
    assert f":{line_of(text, 'title: ')}: title: " in message and "(put it in quotes to keep it as text)" in message


def test_a_generator_version_that_reads_as_a_number_must_be_quoted():
    assert "generator.version: " in error_for(edited("version: 0.1.0", "version: 0.10"))


def test_text_cut_short_by_a_comment_is_reported():
    text = edited("title: Leader seeks peace", "title: Leader #1 seeks peace")
    message = error_for(text)
    assert f":{line_of(text, '#1')}: title: the rest of the line after ' #' is read as a comment" in message
    assert "(put the whole value in quotes)" in message


def test_a_quoted_date_is_a_date():
    assert load_text(edited("date: 2022-02-24", "date: '2022-02-24'")).date == dt.date(2022, 2, 24)


def test_a_yaml_1_2_reader_reads_a_written_briefing_as_the_loader_does():
    unicode_line_breaks = ("a\u2028b", "a\u2029b", "a\x85b", "two\nlines\u2028")
    briefing = sample(title="1e3", summary="0o17", keywords=("+.5", ".5", "1_000", "0x1F", ".NaN"),
                      paragraphs=(*sample().paragraphs, *unicode_line_breaks))
    text = dump_briefing(briefing)
    loaded = load_text(text)
    assert loaded == briefing
    data = YAML(typ="safe").load(text)
    del data["generator"]["checksum"]
    assert data == briefing_to_dict(loaded)


# Text YAML 1.2 reads as a number, and YAML 1.1 as text.
numbers_to_yaml_1_2 = st.sampled_from(["1e3", "0o17", "+.5", ".5", "0x1F", ".NaN", "-1E-3", "0o0", "+12"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(awkward_text, numbers_to_yaml_1_2), min_size=1, max_size=4),
       st.one_of(awkward_text, numbers_to_yaml_1_2))
def test_yaml_1_1_and_yaml_1_2_readers_read_a_written_briefing_alike(paragraphs, name):
    briefing = sample(paragraphs=tuple(paragraphs), title=name,
                      actors=(Actor(id="jo-bloggs", name=name, type="person", aliases=tuple(paragraphs)),
                              Actor(id="ukraine", name="Ukraine", type="country")))
    text = dump_briefing(briefing)
    assert YAML(typ="safe").load(text) == yaml.load(text, Loader=schema_loading._LOADER)


@pytest.mark.parametrize("character, escape", [("\u2028", "\\L"), ("\u2029", "\\P"), ("\x85", "\\N")])
def test_the_writer_escapes_unicode_line_breaks(character, escape):
    assert f'title: "a{escape}b"' in dump_briefing(sample(title=f"a{character}b"))


def test_a_whole_number_of_more_digits_than_python_reads_is_a_problem():
    assert "quotes[0].paragraph: has 5000 digits" in error_for(edited("  paragraph: 2", "  paragraph: " + "9" * 5000))


def test_an_id_ending_in_a_line_break_is_not_a_slug():
    assert "actors[1].id: 'ukraine\\n' is not a slug" in error_for(edited("- id: ukraine", '- id: "ukraine\\n"'))


def test_a_problem_shows_the_invisible_characters_of_a_value_as_escapes():
    message = error_for(edited("- actor: jo-bloggs", '- actor: "jo\\u202e-bloggs"'))
    assert "unknown actor 'jo\\u202e-bloggs'" in message


def test_a_position_carries_its_confidence_through_writing_and_loading():
    briefing = sample(positions=(Position(actor="jo-bloggs", stance="wants peace", polarity="support", paragraph=1,
                                          confidence=0.75),))
    assert load_text(dump_briefing(briefing)).positions[0].confidence == 0.75


def test_a_position_confidence_outside_zero_to_one_is_a_problem():
    message = error_for(edited("    confidence: 0.0\nquotes:", "    confidence: 1.5\nquotes:"))
    assert "positions[0].confidence: must be between 0 and 1" in message


@pytest.mark.parametrize("data", [b"\xef\xbb\xbfid: a\r\ntitle: b\r\n", b"id: a\rtitle: b\r", b"id: a\r\r\ntitle: \xc3\xa9\n"])
def test_a_briefing_file_read_with_its_bytes_gives_the_text_a_file_opened_as_text_gives(tmp_path, data):
    path = tmp_path / "a.yaml"
    path.write_bytes(data)
    assert schema_loading.read_briefing_file(path) == (path.read_text(encoding="utf-8-sig"), data)
