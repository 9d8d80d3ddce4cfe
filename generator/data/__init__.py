"""Word lists and tables used by cleaning and extraction, kept as plain text files.

Each ``.txt`` file holds one entry per line; each ``.tsv`` file one row per line with tab-separated
columns. Blank lines and lines starting with ``#`` are comments. Editing a list changes behaviour
without touching code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


def _rows(name: str) -> list[str]:
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line list, stripped, in file order."""
    return tuple(row.strip() for row in _rows(name))


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated table, each a tuple of stripped cells."""
    return tuple(tuple(cell.strip() for cell in row.split("\t")) for row in _rows(name))
