"""The word lists (those the readers of names and actors load among them) are read as sets: an
entry written twice reads as once, and only hides which line to edit when the entry must change."""

from collections import Counter
from importlib.resources import files

import pytest

from generator import data

_LISTS = sorted(p.name for p in files(data).iterdir() if p.name.endswith((".txt", ".tsv")))


@pytest.mark.parametrize("name", _LISTS)
def test_each_list_writes_an_entry_once(name):
    twice = sorted(row for row, count in Counter(row.strip() for row in data._rows(name)).items() if count > 1)
    assert not twice, f"{name} lists more than once: {twice}"
