"""Every kind of bad input gets one warning line naming the file (and line where known) with what
to do, while the rest of the site is still built; --strict turns those warnings into exit 1."""

from __future__ import annotations

import codecs
import json

import pytest
from click.testing import CliRunner

from conftest import MKDOCS_YML
from generator.cli import cli
from generator.schema import dump_briefing
from test_schema import sample

GOOD = " date 2023-05-02 “We will reopen the bridge in June,” Mayor Ana Silva said on Tuesday.\n"

BAD_ARTICLES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n\t \n",
    "picture.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
    "latin1.txt": "Caf\u00e9 owners said prices rose.".encode("latin-1"),
    "bad-date.txt": b" date 2023-02-30 The council met.",
    "list-front-matter.md": b"---\n- a\n- b\n---\nBody text.\n",
    "python-object.md": b"---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\nBody.\n",
    "broken-front-matter.md": b"---\ntitle: [unclosed\n---\nBody.\n",
    "huge.txt": b"word " * 4_200_000,
}

# Unusual but readable: each must become a briefing.
ODD_ARTICLES: dict[str, bytes] = {
    "utf16.txt": "Grüße: “We will stay,” Mayor Jan Weber said.".encode("utf-16"),
    "bom.txt": codecs.BOM_UTF8 + GOOD.encode(),
    "windows.txt": GOOD.replace("\n", "\r\n").encode() + b"\r\nMore text.\r\n",
    "old-mac.txt": b"Officials met.\r\rThey agreed on a plan.",
    "one-long-paragraph.txt": ("The minister said talks continue. " * 1500).encode(),
    "mixed-quotes.txt": "“Mixed marks,\" she said. ‘Single’ inside “double ‘nested’ text” and a stray » here.".encode(),
    "name with spaces and ünïcödé.txt": b"Council approves a new budget for schools.",
    "a..b.txt": b"Council approves a new budget for roads.",
    "same-slug-1.txt": b"Council approves a new budget for parks.",
    "same-slug-2.txt": b"Council approves a new budget for parks.",
}

def valid_briefing(briefing_id: str) -> str:
    return dump_briefing(sample(id=briefing_id))


BAD_BRIEFINGS = {
    "missing-field.yaml": "schema: 1\nid: missing-field\n",
    "wrong-type.yaml": valid_briefing("wrong-type").replace("  paragraph: 2", "  paragraph: two"),
    "unknown-actor.yaml": valid_briefing("unknown-actor").replace("speaker: jo-bloggs", "speaker: nobody"),
    "duplicate.yaml": valid_briefing("other-id"),
    "not-yaml.yaml": "schema: [1\n",
    "python-tag.yaml": valid_briefing("python-tag").replace("title: Leader seeks peace",
                                                            "title: !!python/object/apply:os.system ['echo hacked']"),
}


@pytest.fixture
def project(tempdir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "private.txt"
    outside.write_text("Private notes.")
    files = {f"seeds/{name}": data for name, data in {**BAD_ARTICLES, **ODD_ARTICLES}.items()}
    files["seeds/good.txt"] = GOOD.encode()
    files.update({f"content/{name}": text for name, text in BAD_BRIEFINGS.items()})
    # With the address set, the only warnings are about the inputs.
    root = tempdir(files, mkdocs_yml=MKDOCS_YML + "site_url: https://briefings.example.org/\n")
    (root / "seeds" / "link.txt").symlink_to(outside)
    return root


def build(root, *options):
    return CliRunner().invoke(cli, [*options, "--config", str(root / "mkdocs.yml"), "build"])


def test_each_bad_input_is_one_warning_line_naming_it_and_the_site_is_still_built(project):
    result = build(project)
    # The invalid briefings are missing from the site: the build says so with its exit code.
    assert result.exit_code == 1, result.output
    assert f"{len(BAD_BRIEFINGS)} briefing(s) could not be loaded or written" in result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    for name in [*BAD_ARTICLES, "link.txt", *BAD_BRIEFINGS]:
        naming = [w for w in warnings if f"/{name}:" in w or f"/{name} " in w]
        assert len(naming) == 1, (name, warnings)
        assert naming[0].rstrip().endswith(")"), f"no advice in: {naming[0]}"
    assert len(warnings) == len(BAD_ARTICLES) + 1 + len(BAD_BRIEFINGS)
    assert (project / "site" / "index.html").exists()


def test_warnings_name_the_line_where_it_is_known(project):
    output = build(project).output
    assert "latin1.txt:1: is not valid UTF-8" in output
    assert "bad-date.txt:1: impossible date 2023-02-30" in output
    assert "list-front-matter.md:2: front matter is not a mapping" in output
    line = BAD_BRIEFINGS["wrong-type.yaml"].split("paragraph: two")[0].count("\n") + 1
    assert f"wrong-type.yaml:{line}: quotes[0].paragraph: must be a whole number" in output
    assert "unknown-actor.yaml:" in output and "quotes[0].speaker: unknown actor 'nobody'" in output
    line = BAD_BRIEFINGS["duplicate.yaml"].split("id: ")[0].count("\n") + 1
    assert f"duplicate.yaml:{line}: id: 'other-id' does not match the file name" in output
    line = BAD_BRIEFINGS["python-tag.yaml"].split("title: ")[0].count("\n") + 1
    assert f"python-tag.yaml:{line}: the tag !!python/object/apply:os.system is not allowed" in output


def test_unusual_but_readable_articles_all_become_briefings(project):
    build(project)
    data = json.loads((project / "site" / "briefings.json").read_text(encoding="utf-8"))["briefings"]
    sources = sorted(b["source"]["path"].removeprefix("seeds/") for b in data)
    assert sources == sorted([*ODD_ARTICLES, "good.txt"])
    assert len({b["id"] for b in data}) == len(data)


def test_nothing_the_bad_inputs_hold_reaches_the_site(project):
    build(project)
    html = "".join(p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html"))
    assert "hacked" not in html and "Private notes" not in html


def test_strict_turns_the_warnings_into_a_failure(project):
    result = build(project, "--strict")
    assert result.exit_code == 1
    assert "warning(s) in strict mode" in result.output
