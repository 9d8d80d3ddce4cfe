"""The generator's output for tests/input/ matches tests/output/basic/ byte for byte.

A failure after an intended change: run `make golden` and review the diff (see tests/golden.py).
"""

from __future__ import annotations

import difflib

from tests.golden import OUTPUT, produce


def test_output_for_the_sample_articles_matches_the_golden_files(tmp_path):
    produced = produce(tmp_path)
    expected = {p.relative_to(OUTPUT).as_posix(): p.read_bytes() for p in sorted(OUTPUT.rglob("*")) if p.is_file()}
    assert sorted(produced) == sorted(expected), "files differ; run `make golden` if the change is intended"
    for name in expected:
        if produced[name] != expected[name]:
            diff = "\n".join(difflib.unified_diff(
                expected[name].decode().splitlines(), produced[name].decode().splitlines(),
                f"golden/{name}", f"produced/{name}", lineterm="", n=1))
            raise AssertionError(f"{name} differs (run `make golden` if intended):\n{diff[:3000]}")
