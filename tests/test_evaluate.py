"""The evaluation script's pieces: the fixed split."""

from __future__ import annotations

import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from evaluation import sets  # noqa: E402

# --------------------------------------------------------------------------- the split

def test_the_set_aside_part_depends_on_the_id_alone():
    assert [sets.set_aside(f"article-{n}") for n in range(7)] == [True, False, False, False, True, False, True]
    records = [{"id": f"article-{n}"} for n in range(7)]
    parts = sets.split(records)
    assert [r["id"] for r in parts["aside"]] == ["article-0", "article-4", "article-6"]
    assert sorted(parts["dev"] + parts["aside"], key=records.index) == records
    assert sets.split(list(reversed(records)))["aside"] == list(reversed(parts["aside"]))


def test_about_a_fifth_of_the_articles_is_set_aside():
    share = sum(sets.set_aside(f"wire-{n:05d}") for n in range(5000)) / 5000
    assert 0.18 < share < 0.22
