"""Texts shaped to make extraction slow, and how its time grows with their length.

Regular-expression backtracking and quadratic scans hide in rules that are fast on news; these
inputs bring them out. `growth` times each input at two sizes in one run: linear work grows about as
much as the text, whatever the machine's load does to both timings alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_inputs(size: int) -> dict[str, str]:
    """Inputs of about `size` characters shaped to trigger backtracking or quadratic scans."""
    return {
        "one paragraph of quote marks": '"' * size,
        "unclosed curly quotes": ("“word " * (size // 6))[:size],
        "capitalised words without end": ("Alpha " * (size // 6))[:size],
        "cue verbs without quotes": ("said the official, " * (size // 19))[:size],
        "one long word": "a" * size,
        "alternating marks and spaces": ('" ' * (size // 2))[:size],
        "many short paragraphs": ('“Yes,” he said.\n\n' * (size // 17))[:size],
        "titles and initials": ("Mr. J. R. R. " * (size // 13))[:size],
        "a capitalised word before a quote": "A" * (size - 24) + ' "we will win this time"',
        "runs of spaces between words": _repeat("word" + " " * 200 + "said ", size),
        "names and verbs in one sentence": _repeat("John Smith said Maria Okafor told ", size),
        "distinct people in one paragraph": _repeat(" ".join(
            f"{a}{b}ra {c}{b}lo said" for a in "BCDFGHKLMN" for b in "aeiou" for c in "PRSTVZ") + " ", size),
        "descriptions and pronouns": _repeat("the president said he said the official said ", size),
        "acronyms": _repeat(" ".join(f"{a}{b}{c} said" for a in "ABCDEFGHIJ" for b in "KLMNOPQRST"
                                     for c in "UVWXYZ") + " ", size),
    }


def growth(extract: Callable[[str], object], small: int = 50_000, factor: int = 4) -> dict[str, float]:
    """For each input, the time to extract it at `factor` times `small` characters over the time at
    `small` characters: about `factor` for linear work."""
    ratios = {}
    for name in adversarial_inputs(1):
        seconds = []
        for size in (small, small * factor):
            text = adversarial_inputs(size)[name]
            started = time.perf_counter()
            extract(text)
            seconds.append(time.perf_counter() - started)
        ratios[name] = seconds[1] / max(seconds[0], 1e-6)
    return ratios
