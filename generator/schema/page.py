"""The site's page on the briefing format, made from the JSON Schemas' descriptions so that what the
page says and what editors and validators check cannot drift apart."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from .json_schema import BRIEFING_SCHEMA, COLLECTION_SCHEMA, briefing_schema, collection_schema
from .model import MAX_ID_BYTES, SCHEMA_VERSION, Actor, Briefing, GeneratorInfo, Position, Quote, Source
from .writing import MODELINE, dump_briefing

_PARAGRAPHS = (
    "The Russian-backed leader of the breakaway Donetsk region said on Wednesday that he wants to "
    "establish its borders peacefully with Ukraine.",
    "Denis Pushilin, who heads the self-proclaimed People's Republic of Donetsk, said: “We have no "
    "right to lose, or even doubt our victory.”",
)
EXAMPLE = Briefing(
    id="2022-02-24-donetsk-leader-wants-peaceful-borders",
    title="Donetsk leader wants peaceful borders with Ukraine",
    date=dt.date(2022, 2, 24),
    source=Source(path="seeds/000_9dabb97fc56b4ed9.txt", sha256=hashlib.sha256("\n\n".join(_PARAGRAPHS).encode()).hexdigest(),
                  url="https://example.com/news/donetsk"),
    summary="Denis Pushilin said he wants to establish the region's borders peacefully with Ukraine.",
    generator=GeneratorInfo(backend="builtin", version="0.1.0+1cf972f4ad"),
    paragraphs=_PARAGRAPHS,
    keywords=("Donetsk", "Ukraine"),
    actors=(Actor(id="denis-pushilin", name="Denis Pushilin", type="person",
                  role="head of the self-proclaimed People's Republic of Donetsk", aliases=("Pushilin",)),
            Actor(id="ukraine", name="Ukraine", type="country")),
    positions=(Position(actor="denis-pushilin", stance="wants to establish its borders peacefully with Ukraine",
                        polarity="support", paragraph=1, confidence=0.75),),
    quotes=(Quote(text="We have no right to lose, or even doubt our victory.", speaker="denis-pushilin",
                  paragraph=2, key=True, confidence=0.9),),
)

# What the loader checks beyond the JSON Schema, which cannot compare one value with another.
_LOADER_RULES = (
    f"The `id` equals the file name without `.yaml`, is lower case and is at most {MAX_ID_BYTES} bytes "
    "long in UTF-8 (a JSON Schema counts characters only).",
    "Every actor's `id` is a slug of letters and digits of any script, hyphens and underscores, and no "
    "two actors share one.",
    "Every `actor` of a position and every `speaker` of a quote is the `id` of an actor listed under "
    "`actors`.",
    "Every `paragraph` is the number of one of the `paragraphs`.",
    "Every quote's `text` is found word for word in its paragraph.",
    "A `source.url` has a host that a browser can reach, with a port that is a number.",
    "Values are written so that YAML 1.1 and YAML 1.2 readers read them alike (see "
    "[Writing values by hand](#writing-values-by-hand)).",
)

_HAND_WRITING = """\
## Writing values by hand

The generator reads briefings as YAML 1.1; editors and other tools read YAML 1.2, which reads some
values differently (`yes` is true to one and text to the other, `010` is 8 or 10). A briefing holds
only values that both read alike, and the generator writes its files that way:

* A yes-or-no field is `true` or `false` (also `True`, `TRUE`, `False`, `FALSE`). `yes`, `no`, `on`,
  `off`, `y` and `n` are refused.
* A whole number (`schema`, `paragraph`) is written in the digits 0 to 9, without leading zeros,
  underscores, colons or a prefix such as `0x` or `0o`. A `confidence` is a plain decimal such as
  `0.9`.
* Text that a YAML reader would take for something else goes in quotes: numbers in any notation
  (`'2024'`, `'010'`, `'1e3'`, `'0o17'`, `'.5'`), `'yes'`, `'true'`, `'null'`, times such as
  `'12:30'`, and dates where text belongs.
* Text holding ` #` goes in quotes too: unquoted, the rest of the line is a comment and is lost, and
  the generator reports it. A comment on a line of its own is fine.
* Anchors and aliases (`&name`, `*name`) are not used: a value repeated through an alias is refused,
  so write every value out in full. Tags such as `!!python/object` are refused as well.
* Invisible formatting characters (such as zero-width spaces and soft hyphens) and bidirectional
  controls are removed from text when a briefing is read, and the white space of one-line fields
  (title, names, roles, aliases, keywords, stances) is collapsed. A quote is compared with its
  paragraph after both are cleaned. An escape of half a UTF-16 surrogate pair (`"\\ud83d"`, as JSON
  tools write a character beyond U+FFFF) is refused: write the character itself.

When the generator writes a briefing, it quotes such text and writes Unicode's own line breaks
(U+0085, U+2028, U+2029), which YAML 1.1 reads as line breaks and YAML 1.2 as text, as escapes.
"""

_REGISTER = """\
## The register of actors

Briefings name their actors each on its own; the site joins them across briefings by rules (the
README explains them). The register is where people have the last word: one YAML file, `actors.yaml`
beside `content/` by default (the plugin's `register` option names another). It need not exist. It
is a mapping from actor ids to what a person says of each actor; an id is a slug, as in briefings,
and the id of an actor's page is the id of its entry:

```yaml
ana-ruiz:
  name: Ana Ruiz
  type: person
  description: Mayor of Valmora since 2021
  aliases:
    - Ana María Ruiz
  links:
    - https://www.wikidata.org/wiki/Q1
    - https://en.wikipedia.org/wiki/Valmora
  merge: [ruiz-mayor]
  apart: [tomas-ruiz]
development:
  hidden: true
```

| Field | Type | Meaning |
| --- | --- | --- |
| `name` | text | The name the site shows, on the actor's page and wherever the actor is listed. |
| `type` | text | One of `person`, `organization`, `country`, `group`; otherwise the type most of the actor's briefings give it. |
| `description` | text | One line shown under the name on the actor's page, as text (markup in it is shown, not followed). |
| `aliases` | list of text | Other names of the actor: shown on its page, found by search, and an actor named so in a briefing whose own actors do not tell who it is joins this one. |
| `links` | list of text | Addresses of the actor elsewhere, such as its Wikidata or Wikipedia page, shown on its page. Each must be an `http://` or `https://` address with a host. |
| `merge` | list of ids | Ids that are this actor too, in every briefing that uses them: their actors are on this actor's page. An id is merged into one entry only, and an id merged here has no entry of its own. |
| `apart` | list of ids | Ids the rules must not join with this actor (in either direction), such as a surname that belongs to another person. Two actors that both have an entry are never joined by the rules. |
| `hidden` | `true` or `false` | `true`: the actor has no page, is not linked from briefing pages and is in no list (actors, main actors, companions, search). Its briefings still show it as their articles name it. |

Every field is optional; an entry with none (`some-id:` alone) changes nothing. The register is
read like a briefing: the values are written as in [briefings](#writing-values-by-hand), and an unknown
field, a wrong type or value, an id that is not a slug, an id merged into two actors or both merged
and kept apart is reported with the file, line and field by `briefings check`, and stops a render.
"""

_EDITING = f"""\
## Editing a briefing

You can correct any field by hand. Once you do, the checksum stops matching and the generator keeps
your version even when its article changes (it reports that the briefing may be out of date). Set
`reviewed: true` when you have checked a briefing against its article, so readers know a person
checked it. Run `briefings check` to validate your edits: it prints every problem on a line of its
own, naming the field as a JSON Schema validator does.

Every briefing the generator writes starts with a comment line for the YAML language server, which
editors such as VS Code (with the YAML extension), Neovim, Helix and Zed use:

```yaml
{MODELINE.rstrip()}
```

It names the JSON Schema shipped with the generator, from the `content/` folder of the repository,
so that the editor completes field names, shows what each field means and marks a wrong value as
you type. The comment changes nothing in the briefing's data and stays when you edit the file.
Where the briefings are kept elsewhere, point the editor at the schema of the site instead, such as
`"yaml.schemas": {{"https://example.org/briefings/schema/{BRIEFING_SCHEMA}": "content/*.yaml"}}` in
VS Code's settings.
"""


def _type(value: dict[str, Any]) -> str:
    """What a field holds, as the page's tables say it."""
    if "$ref" in value:
        return "mapping"
    if "const" in value:
        return f"`{json.dumps(value['const'])}`"
    if "enum" in value:
        return "text, one of " + ", ".join(f"`{v}`" for v in value["enum"])
    types = value["type"] if isinstance(value["type"], list) else [value["type"]]
    main = types[0]
    if main == "array":
        return "list of mappings" if "$ref" in value["items"] else "list of text"
    if main == "number":
        return f"number from {value['minimum']} to {value['maximum']}"
    if main == "integer":
        return f"whole number from {value['minimum']}" if "minimum" in value else "whole number"
    name = {"string": "date `YYYY-MM-DD`" if value.get("format") == "date" else "text",
            "boolean": "`true` or `false`"}[main]
    return name + (" or `null`" if "null" in types else "")


def _table(schema: dict[str, Any], prefix: str = "") -> list[str]:
    lines = ["| Field | Required | Type | Meaning |", "| --- | --- | --- | --- |"]
    for name, value in schema["properties"].items():
        if name in schema["required"]:
            required = "yes"
        elif "default" in value:
            required = f"no (default `{json.dumps(value['default'])}`)"
        else:
            required = "no"
        meaning = value["description"].replace("|", "\\|")
        lines.append(f"| `{prefix}{name}` | {required} | {_type(value)} | {meaning} |")
    return lines


def schema_page() -> str:
    """The briefing format as a Markdown page: every field of the briefing's JSON Schema with its
    description, the rules across fields, an example and how to write and edit a briefing."""
    schema = briefing_schema()
    collection = collection_schema()
    lines = [
        "# Briefing format",
        "",
        "Each article becomes one briefing: a YAML file in the `content/` folder, named after its id "
        "(`content/<id>.yaml`). The generator writes these files; people may edit them, and the site is "
        f"rendered from them. This page describes every field of schema version {SCHEMA_VERSION}. It is "
        f"made from the briefing's JSON Schema, published with the site as "
        f"[`schema/{BRIEFING_SCHEMA}`](schema/{BRIEFING_SCHEMA}), which editors use to check and complete "
        "briefings while they are typed (see [Editing a briefing](#editing-a-briefing)).",
        "",
        "The generator writes the fields in the order below, in block style and without line wrapping, so "
        "that summarising an unchanged article again gives the same bytes and an edit shows as a small "
        "diff. Every field is checked when a briefing is read: an unknown or misspelt field, a wrong type "
        "or a reference to a paragraph or actor that does not exist is reported with the file, line and "
        "field, and every problem of a file is reported at once.",
        "",
        "## An example",
        "",
        "```yaml",
        dump_briefing(EXAMPLE).rstrip("\n"),
        "```",
        "",
        "## Top-level fields",
        "",
        schema["description"],
        "",
        *_table(schema),
        "",
    ]
    for name, record in schema["$defs"].items():
        field = name if name in schema["properties"] else f"{name}s"  # the field that holds it, or a list of it
        prefix = f"{field}." if field == name else f"{field}[]."
        lines += [f"## {field}", "", record["description"], "", *_table(record, prefix), ""]
    lines += [
        "## Rules across fields",
        "",
        "The JSON Schema states these:",
        "",
        *(f"* {rule['description']}" for rule in schema["allOf"]),
        "",
        "`briefings check` and every command that reads briefings check these too, which a JSON Schema "
        "cannot state:",
        "",
        *(f"* {rule}" for rule in _LOADER_RULES),
        "",
        "## The collection: briefings.json",
        "",
        "The site carries every briefing in one file, `briefings.json`, whose JSON Schema is published "
        f"as [`schema/{COLLECTION_SCHEMA}`](schema/{COLLECTION_SCHEMA}). {collection['description']}",
        "",
        *_table(collection),
        "",
        _HAND_WRITING,
        _REGISTER,
        _EDITING,
    ]
    return "\n".join(lines)
