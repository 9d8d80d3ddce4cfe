"""The fields of a briefing: for each, whether a file must have it, the JSON Schema of its value and
what it means. The loader takes the fields it allows and requires from here, and the published JSON
Schema and the schema page are made from them, so that the three cannot disagree.

Each value's JSON Schema says what a YAML 1.2 reader, such as an editor, reads in a valid briefing;
the loader checks the same, and what a JSON Schema cannot say. Patterns are in the part of regular
expressions that Python and JavaScript read alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import _DEVICE_NAME, ACTOR_TYPES, MAX_ID_BYTES, POLARITIES, SCHEMA_VERSION, SHA256
from .yaml12 import DATE

# Text that holds more than white space.
_TEXT: dict[str, Any] = {"type": "string", "pattern": r"\S"}
_TEXTS: dict[str, Any] = {"type": "array", "items": _TEXT}
_OPTIONAL_TEXT: dict[str, Any] = {"type": ["string", "null"]}
_BOOLEAN: dict[str, Any] = {"type": "boolean"}
_HEX_DIGEST: dict[str, Any] = {"type": "string", "pattern": f"^{SHA256.pattern}$"}
_PARAGRAPH: dict[str, Any] = {"type": "integer", "minimum": 1}
_CONFIDENCE: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 1}
# A slug as far as JavaScript's regular expressions can tell one without Unicode's classes: no ASCII
# character but a-z, 0-9 and inner hyphens and underscores. Whether the other characters are letters
# or digits of their script, and how many bytes they take, is for the loader to say.
_SLUG_END = r"[^\x00-\x2f\x3a-\x60\x7b-\x7f]"
_SLUG_INNER = r"[^\x00-\x2c\x2e\x2f\x3a-\x5e\x60\x7b-\x7f]"
_ID_PATTERN = f"^{_SLUG_END}(?:{_SLUG_INNER}*{_SLUG_END})?$"
_ID: dict[str, Any] = {"type": "string", "pattern": _ID_PATTERN, "maxLength": MAX_ID_BYTES,
                       "not": {"pattern": f"^{_DEVICE_NAME.pattern}$"}}


@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    value: dict[str, Any]  # the JSON Schema of the value
    doc: str


@dataclass(frozen=True)
class Record:
    """A mapping of a briefing: the briefing itself or one of the mappings it holds."""

    name: str
    doc: str
    fields: tuple[Field, ...]  # in the order the generator writes them

    def allowed(self) -> dict[str, bool]:
        """Each field's name, and whether it is required."""
        return {f.name: f.required for f in self.fields}


def _ref(record: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{record}"}


def _listed(values: tuple[str, ...], meanings: dict[str, str]) -> str:
    return ", ".join(f"`{value}` ({meanings[value]})" if meanings.get(value) else f"`{value}`" for value in values)


SOURCE = Record("source", "Where the briefing comes from.", (
    Field("path", True, _TEXT,
          "The article file, relative to the folder of `mkdocs.yml` (for example "
          "`seeds/000_9dabb97fc56b4ed9.txt`). A briefing is matched to its article by this path."),
    Field("sha256", True, _HEX_DIGEST,
          "The SHA-256 digest of the article file's bytes when the briefing was made, as 64 lower-case "
          "hexadecimal digits. When the article changes, the digest no longer matches and the briefing "
          "is summarised again (unless it is reviewed or edited by hand)."),
    Field("url", False, {**_OPTIONAL_TEXT, "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#]"},
          "The address of the original article, from its front matter (or, for a saved web page, the "
          "canonical address the page names), or `null`. It must be an "
          "`http://` or `https://` address with a host; the briefing page links to it."),
    Field("author", False, _OPTIONAL_TEXT,
          "Who wrote the article, from its front matter's `author` (or the byline a saved web page "
          "names); the briefing page shows it. Written only when known."),
    Field("publisher", False, _OPTIONAL_TEXT,
          "The newspaper, agency or site that published the article, from its front matter's `source` "
          "(or the site a saved web page names); the briefing page shows it. Written only when known."),
))

ACTOR = Record("actor", "One actor of the article: a person, an organisation, a country or a group.", (
    Field("id", True, _ID,
          "The actor's id: a slug like a briefing's `id`, unique within the briefing, at most "
          f"{MAX_ID_BYTES} bytes long in UTF-8 and not a Windows device name. "
          "Positions and quotes refer to the actor by it, and actors of different briefings with the "
          "same id are the same actor: they share one actor page that collects their quotes and "
          "positions from every briefing."),
    Field("name", True, _TEXT, "The name as shown on the site, such as `Denis Pushilin`."),
    Field("type", True, {"type": "string", "enum": list(ACTOR_TYPES)},
          "What the actor is: one of " + _listed(ACTOR_TYPES, {}) + "."),
    Field("role", False, _OPTIONAL_TEXT,
          "The actor's role or title in this article, such as `head of the self-proclaimed People's "
          "Republic of Donetsk`, or `null`."),
    Field("aliases", False, _TEXTS,
          "Other names the article uses for the actor, such as a surname alone or an abbreviation."),
    Field("named", False, _BOOLEAN,
          "`false` for an actor the article does not name, such as \"a senior official\". Unnamed "
          "actors appear on their briefing's page but get no actor page, since the same description "
          "in two articles need not mean the same person."),
))

_POLARITY_MEANINGS = {
    "support": "also a demand, a promise, a welcome",
    "oppose": "also a criticism or refusal",
    "deny": "rejects an accusation or a report",
    "claim": "asserts a fact or a belief, also a warning",
    "action": "a decision or deliberate act",
}

POSITION = Record("position", "One stance an actor takes in the article.", (
    Field("actor", True, _TEXT, "The `id` of the actor, which must be listed under `actors`."),
    Field("stance", True, _TEXT,
          "The position in the article's words, such as `would not support the plan`, negation and "
          "conditions included."),
    Field("polarity", True, {"type": "string", "enum": list(POLARITIES)},
          "What kind of stance it is: one of " + _listed(POLARITIES, _POLARITY_MEANINGS) + "."),
    Field("paragraph", True, _PARAGRAPH,
          "The number of the paragraph the position comes from, which must exist; the site links the "
          "position to it."),
    Field("confidence", False, _CONFIDENCE,
          "The backend's confidence in the position, from 0 (no estimate) to 1 (certain), written as a "
          "plain decimal such as `0.75`; the built-in backend leaves out positions below 0.5. A person "
          "who checks a position can set it to 1."),
))

QUOTE = Record("quote", "One quotation from the article.", (
    Field("text", True, _TEXT,
          "The quoted words, exactly as in the article, without the quotation marks. The text must be "
          "found word for word in its paragraph, or the briefing is rejected."),
    Field("speaker", True, _OPTIONAL_TEXT,
          "The `id` of the actor who said it (listed under `actors`), or `null` when the article does "
          "not say who."),
    Field("paragraph", True, _PARAGRAPH,
          "The number of the paragraph holding the quote, which must exist; the site links the quote to "
          "it."),
    Field("partial", False, _BOOLEAN,
          "`true` when the quote is a fragment of a longer sentence (the article quotes only some "
          "words); the site marks it *partial quote*."),
    Field("key", False, _BOOLEAN,
          "`true` for the quotes that matter most; they are shown under *Key quotes* on the briefing "
          "page, and every quote, key or not, is listed under *All quotes*."),
    Field("confidence", False, _CONFIDENCE,
          "The backend's confidence in the quote and its attribution, from 0 (no estimate) to 1 "
          "(certain), written as a plain decimal such as `0.9`. A person who checks an attribution can "
          "set it to 1."),
))

GENERATOR = Record("generator", "What produced the briefing.", (
    Field("backend", True, _TEXT, "The extraction backend that made the briefing, such as `builtin`."),
    Field("version", True, _TEXT,
          "The backend's version, in quotes when it looks like a number (`'1.10'`). The built-in "
          "backend's is the release and a digest of its rules and word lists, such as "
          "`0.1.0+1cf972f4ad`, so a change of rules counts too. A briefing of a saved web page adds "
          "the page reader's, such as `0.1.0+1cf972f4ad, pages read by trafilatura 2.3.1+5e0c2b9d1a`, "
          "so a better reading of pages counts as well. When the backend or its version "
          "changes, briefings are summarised again (unless reviewed or edited by hand)."),
    Field("grounding", False, _ref("grounding"),
          "Only in briefings made with a language model (the `llm` backend): what the model answered "
          "that failed the checks against the article, counted. What a model writes is kept only once "
          "the article bears it out, so a count above zero means the model tried to put words in "
          "someone's mouth, or to give a stance to someone the article does not name, and was "
          "stopped."),
    Field("checksum", False, _HEX_DIGEST,
          "The SHA-256 digest of the file exactly as the generator wrote it, computed with this value "
          "replaced by 64 letters f. When it no longer matches (or the line is missing), a person has "
          "edited the file, and the generator leaves it alone from then on. Delete the file to let the "
          "generator write the briefing again."),
))

_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}

GROUNDING = Record("grounding", "What a language model answered that failed the checks against the article.", (
    Field("quotes_repaired", False, _COUNT,
          "Quotes the model gave nearly word for word (a word or a mark changed), each replaced by the "
          "one stretch of the article it stands for."),
    Field("quotes_dropped", False, _COUNT,
          "Quotes left out: not found word for word in the article, nor nearly so in exactly one "
          "place (paraphrased or invented)."),
    Field("speakers_rejected", False, _COUNT,
          "Speakers the model named that are not actors of the briefing; the quote keeps the "
          "built-in speaker, or none."),
    Field("actors_dropped", False, _COUNT, "Actors left out because the article never names them."),
    Field("roles_rejected", False, _COUNT,
          "Roles left out because their words are not the article's; the actor keeps the built-in role."),
    Field("positions_dropped", False, _COUNT,
          "Positions left out for naming no actor of the briefing, a paragraph that does not exist or "
          "an unknown polarity."),
    Field("positions_without_evidence", False, _COUNT,
          "Positions left out because the paragraph they cite neither names nor refers to their actor, "
          "or does not say what the stance says."),
    Field("disagreements", False, _COUNT,
          "Quotes the model gives to another speaker than the built-in backend does; the briefing "
          "keeps the built-in speaker."),
))

BRIEFING = Record("briefing", "A briefing of one news article: its actors, their positions and the "
                  "quotes, each traced to the paragraph it comes from.", (
    Field("schema", True, {"type": "integer", "const": SCHEMA_VERSION},
          f"The version of this format; must be `{SCHEMA_VERSION}`."),
    Field("id", True, _ID,
          "The briefing's permanent name: a slug of letters, digits, hyphens and underscores (lower "
          f"case), starting and ending with a letter or digit. It names files, so it is at most {MAX_ID_BYTES} bytes long "
          "in UTF-8 (a letter of a non-Latin script takes two or three) and is not a name Windows keeps "
          "for a device (`con`, `prn`, `aux`, `nul`, `com0` to `com9`, `lpt0` to `lpt9`). It must equal "
          "the file name without `.yaml`, and it is the URL of the briefing's page "
          "(`briefings/<id>/`). A new briefing gets its date and a slug of its title, such as "
          "`2022-02-24-donetsk-leader-wants-peaceful-borders`; it never changes afterwards, even when "
          "the article is summarised again."),
    Field("title", True, _TEXT,
          "The article's title, from its front matter or first heading, or made up by the generator "
          "when the article has none."),
    Field("date", True, {"type": ["string", "null"], "format": "date", "pattern": f"^{DATE.pattern}$"},
          "The article's publication date as `YYYY-MM-DD`, a day that exists, with or without quotes; "
          "`null` when unknown. Undated briefings are listed last in the archive."),
    Field("reviewed", False, _BOOLEAN,
          "`true` once a person has checked the briefing against the article. The generator never "
          "overwrites a reviewed briefing, and the site marks it as *reviewed by a person*."),
    Field("source", True, _ref("source"), "Where the briefing comes from."),
    Field("summary", True, _TEXT,
          "A short summary of the article. It is the generator's reading of the article, not a quote."),
    Field("keywords", False, _TEXTS,
          "The article's tags (from its front matter), then the topics the generator found: "
          "organisations, countries and places the article names at least twice, and two-word phrases "
          "it uses more than once. They are the briefing's topics: a topic gets a page listing every "
          "briefing that has it once two briefings have it (the `topic_min_briefings` option); keywords "
          "that differ only in case, accents or a leading \"The\" share one page, and a stop word, a "
          "contraction, a number, a word of web page markup or a person's name never gets one."),
    Field("actors", True, {"type": "array", "items": _ref("actor")},
          "The people, organisations, countries and groups in the article; may be empty (`[]`)."),
    Field("positions", True, {"type": "array", "items": _ref("position")},
          "What the actors support, oppose, deny, claim or do; may be empty (`[]`)."),
    Field("quotes", True, {"type": "array", "items": _ref("quote")},
          "Words quoted in the article; may be empty (`[]`)."),
    Field("generator", True, _ref("generator"), "What produced the briefing."),
    Field("paragraphs", True, _TEXTS,
          "The article's text after cleaning (captions, credits and boilerplate removed), one item per "
          "paragraph. Paragraphs are numbered from 1 in this order; every `paragraph` field refers to "
          "these numbers, and the site shows them as ¶1, ¶2, …"),
))

RECORDS = (BRIEFING, SOURCE, ACTOR, POSITION, QUOTE, GENERATOR, GROUNDING)
