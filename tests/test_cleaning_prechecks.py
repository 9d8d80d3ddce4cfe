"""The prechecks that spare cleaning its costly steps change no answer: the patterns as they were
written first, searched in full, and the prechecked ones agree on many invented lines, and a line
of printable ASCII has nothing that the steps of `clean_line` it skips would change."""

from __future__ import annotations

import random
import re
import string
import unicodedata

from generator.characters import BREAKS_AND_CONTROLS, INVISIBLE
from generator.cleaning import _AGENCY, _RIGHTS_RESERVED, _TRAILER_OPENING, _has_credit, furniture_reason
from generator.gated import folded

# The patterns as one search each, before the prechecks.
WHOLE_CREDIT = re.compile(
    r"(?:\(|[—–-]\s*|\b)(?:Photo|Photos|Photograph|Picture|Image|Video|Credit|Photo credit|Image credit)"
    r"\s*(?:by)?\s*:"
    rf"|\b(?:{_AGENCY})(?:\s+Photo)?\s*/\s*[A-Z]"
    r"|\bGetty Images\b|\bImage caption\b|\bMedia caption\b|\bImage copyright\b",
    re.I,
)
WHOLE_TRAILER = re.compile(
    r"^\(?\s*(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Edited|Compiled|Produced|Translated|"
    r"Research|Graphics|Fact[- ]checking)\s+by\b"
    r"|^\(?\s*(?:©|\(c\)|Copyright\b)"
    r"|\bAll rights reserved\b"
    r"|^(?:Read more|Related|Advertisement|Share this(?: article| story)?|Follow us|Follow (?:him|her) on"
    r"|Sign up|Subscribe|Click here|Listen to this article|Our Standards)\b",
    re.I,
)

PIECES = ["Photo", "photos", "PHOTOGRAPH", "Picture", "image", "Video", "credit", "Photo credit",
          "Image Credit", "by", "By", ":", " : ", "/", " / ", "(", ")", "—", "–", "-", "Reuters", "AP",
          "afp", "AP Photo", "Getty", "Getty Images", "getty images", "Image caption", "Media caption",
          "image copyright", "All rights reserved", "all rights reserved.", "Reporting by", "Additional reporting",
          "Editing", "Fact-checking", "©", "(c)", "Copyright", "Read more", "Follow her on", "Sign up",
          "Share this story", "Jane", "Doe", "x", "1", ".", ",", '"', "“", "Ph\u0131to", "\u0130mage", "Getty \u0130mages",
          "Ri\u017fe", "Photos\u017f", "a\u0131l", "\u212aelvin", "Images\u0307", "PhotoX", "xPhoto", "Ageny", "J"]
SPACES = ["", " ", "  ", "\t", "\u00a0"]


def invented_lines(count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    lines = []
    for _ in range(count):
        parts = [chooser.choice(PIECES if chooser.random() < 0.8 else list(string.ascii_letters))
                 for _ in range(chooser.randint(1, 7))]
        lines.append("".join(part + chooser.choice(SPACES) for part in parts).strip(chooser.choice(["", " "])))
    return lines


def test_credit_prechecks_agree_with_the_whole_pattern():
    lines = invented_lines(60000, 1)
    assert sum(bool(WHOLE_CREDIT.search(line)) for line in lines) > 5000  # the lines do try the pattern
    assert [line for line in lines if bool(WHOLE_CREDIT.search(line)) != _has_credit(line, folded(line))] == []


def test_trailer_prechecks_agree_with_the_whole_pattern():
    lines = invented_lines(60000, 2)
    assert sum(bool(WHOLE_TRAILER.search(line)) for line in lines) > 3000

    def prechecked(line: str) -> bool:
        return bool(_TRAILER_OPENING.match(line) or _RIGHTS_RESERVED.search(line, folded(line)))

    assert [line for line in lines if bool(WHOLE_TRAILER.search(line)) != prechecked(line)] == []


def test_folding_makes_every_letter_that_ignoring_case_matches_an_ascii_letter_that_letter():
    every_character = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        for character in re.findall(letter, every_character, re.I):
            assert folded(character) == letter, (letter, hex(ord(character)))


def test_a_caption_label_written_with_a_capital_i_with_a_dot_is_still_found():
    # re.I takes "\u0130" for "i", which `str.lower` makes two characters.
    assert furniture_reason("Crowds in the square. Getty \u0130mages") == "photo caption or credit"


def test_printable_ascii_has_no_character_to_remove_replace_or_compose():
    printable = "".join(c for c in map(chr, range(128)) if c.isprintable())
    assert INVISIBLE.search(printable) is None and BREAKS_AND_CONTROLS.search(printable) is None
    assert all(unicodedata.normalize("NFC", a + b) == a + b for a in printable for b in printable)
