"""Characters that must never reach a briefing or a page, whichever way the text came in.

Article bodies, front-matter values and fields a person edited by hand all end up on pages. Invisible
formatting characters there make two spellings of one name look identical (two actors, two topics),
and bidirectional controls make a page show text in another order than it has ("gnp.exe" shown for
"exe.png"). Lone UTF-16 surrogates, which JSON tools write as ``\\ud800`` escapes, cannot be encoded
as UTF-8 at all, so a file holding one could be read but never written back.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width space and no-break, word joiner, byte-order mark, soft hyphen, and every bidirectional
# control: marks, embeddings, overrides and isolates. Zero-width (non-)joiners stay: some scripts
# need them to spell words.
INVISIBLE = re.compile("[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
# Unicode's own line and paragraph breaks, which YAML reads back as line breaks: inside a paragraph or
# a one-line value they are spaces. So are other control characters, which have no business in text.
BREAKS_AND_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def strip_invisible(text: str) -> str:
    """`text` without invisible formatting and bidirectional control characters."""
    return INVISIBLE.sub("", text)


def visible_text(text: str) -> str:
    """`text` as it may appear on a page: invisible characters removed, Unicode's breaks and other
    controls made spaces, in Unicode NFC form. Line feeds, carriage returns and tabs stay."""
    if text.isascii() and text.isprintable():  # most values: nothing to remove, replace or compose
        return text
    return unicodedata.normalize("NFC", BREAKS_AND_CONTROLS.sub(" ", strip_invisible(text)))


def clean_line(text: str) -> str:
    """A one-line value (a title, a name, a tag) as it may appear on a page: `visible_text` with
    its white space collapsed."""
    return " ".join(visible_text(text).split())


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in `text`, written as an escape (``\\ud800``), or None."""
    found = _SURROGATE.search(text)
    return f"\\u{ord(found.group()):04x}" if found else None


_UNSEEN = re.compile("[\t\n\r]|" + INVISIBLE.pattern + "|" + BREAKS_AND_CONTROLS.pattern)


def escape_unseen(text: str) -> str:
    """`text` for a one-line message: breaks, controls and invisible characters written as escapes
    (``\\n``, ``\\u202e``), so that the message stays on its line and shows what the value holds."""
    return _UNSEEN.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)
