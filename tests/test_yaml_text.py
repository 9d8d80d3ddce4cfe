"""The fast YAML writer writes every briefing byte for byte as PyYAML's own dumper does."""

from __future__ import annotations

import datetime as dt
import math

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.schema import Actor, Briefing, GeneratorInfo, Grounding, Position, Quote, Source, briefing_to_dict
from generator.schema import yaml_text as writer


def reference(data) -> str:
    return yaml.dump(data, Dumper=writer.Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=float("inf"))


def written_without_pyyaml(data) -> str:
    """The fast writer's text, failing the test if it leaves `data` to PyYAML."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml, "dump", lambda *args, **options: pytest.fail("left to PyYAML"))
        return writer.yaml_text(data)


def briefing_holding(text: str, **overrides) -> Briefing:
    """`text` in every text field a briefing has."""
    fields = dict(
        id="2021-05-04-a-mayor-opens-a-bridge", title=text, date=dt.date(2021, 5, 4),
        source=Source(path="seeds/a.txt", sha256="b" * 64, url=text, author=text, publisher=text),
        summary=text, generator=GeneratorInfo(backend="builtin", version=text, grounding=Grounding(quotes_dropped=2)),
        paragraphs=(text, f"The mayor said {text} today."), keywords=(text, "bridge"),
        actors=(Actor(id="mayor", name=text, type="person", role=text, aliases=(text,)),
                Actor(id="town", name="Town", type="organization", role=None, aliases=(), named=False)),
        positions=(Position(actor="mayor", stance=text, polarity="support", paragraph=1, confidence=1.0),),
        quotes=(Quote(text=text, speaker=None, paragraph=2, partial=True, key=False, confidence=0.85),))
    fields.update(overrides)
    return Briefing(**fields)


AWKWARD = ["1e3", "0x1F", "0o17", "+.5", "1_000", "12", "-3", ".NaN", "2021-05-04", "yes", "No", "ON", "off",
           "null", "Null", "~", "", " ", " leading", "trailing ", "two  spaces", "a: b", "a:b", "ends:", "a # b",
           "a#b", "# first", "- first", "-first", "? first", "?first", ": first", "---", "...", "'single'",
           '"double"', "it's", 'a "b" c', "back\\slash", "tab\there", "line\u2028break", "next\x85line",
           "\ufeffmark", "bell\x07", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick", "|bar", ">more",
           "[list]", "{map}", "a, b", "«guillemets»", "“curly”", "ünïcödé", "\u202eright to left", "\xa0nbsp",
           "Ça va", "y", "n", "<<", "="]


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_text_is_written_as_pyyaml_writes_it_without_pyyaml(text):
    data = briefing_to_dict(briefing_holding(text))
    assert written_without_pyyaml(data) == reference(data)


@pytest.mark.parametrize("text", ["emoji \U0001F600", "two\nlines", "carriage\rreturn", "ends with a break\n"])
def test_text_libyaml_writes_otherwise_is_written_as_pyyaml_writes_it(text):
    data = briefing_to_dict(briefing_holding(text))
    assert writer.yaml_text(data) == reference(data)


@pytest.mark.parametrize("number", [0.0, -0.0, 1.0, 0.85, 1 / 3, 1e17, 1e-7, -2.5e300, math.inf, -math.inf, math.nan])
def test_decimal_numbers_are_spelled_as_pyyaml_spells_them(number):
    data = {"confidence": number, "confidences": [number]}
    assert written_without_pyyaml(data) == reference(data)


def test_dates_none_booleans_and_empty_lists_are_written_as_pyyaml_writes_them():
    data = briefing_to_dict(briefing_holding("Bridge", date=None, keywords=(), actors=(), positions=(), quotes=()))
    assert written_without_pyyaml(data) == reference(data)


def test_a_value_of_another_type_is_left_to_pyyaml():
    data = {"when": dt.datetime(2021, 5, 4, 12, 30), "pair": ("a", "b")}
    assert writer.yaml_text(data) == reference(data)


plain_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.dates(),
                         st.text(max_size=20), st.sampled_from(AWKWARD))
keys = st.one_of(st.text(max_size=8), st.sampled_from(["id", "name", "yes", "a b", "a: b", "x" * 130]))
nested = st.recursive(plain_values, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                            st.dictionaries(keys, inner, max_size=3)),
                      max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(keys, nested, min_size=1, max_size=4))
def test_any_nesting_of_plain_values_is_written_as_pyyaml_writes_it(data):
    assert writer.yaml_text(data) == reference(data)
