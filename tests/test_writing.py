"""Writing files atomically, from bytes and from ranges of other files."""

from __future__ import annotations

import errno
import os

import pytest

from generator import writing
from generator.errors import WriteError
from generator.writing import FileRange, atomic_write, write_if_changed


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "old.json"
    path.write_bytes(b"0123456789")
    return path


def test_a_file_written_from_bytes_and_ranges_of_another_holds_them_in_order(tmp_path, source):
    target = tmp_path / "new.json"
    atomic_write(target, [FileRange(source, 0, 3), b"-", FileRange(source, 7, 10)])
    assert target.read_bytes() == b"012-789"


def test_a_file_can_be_written_from_ranges_of_its_own_last_version(source):
    atomic_write(source, [FileRange(source, 5, 10), FileRange(source, 0, 5)])
    assert source.read_bytes() == b"5678901234"


def test_ranges_are_copied_by_hand_where_the_kernel_cannot_copy_them(tmp_path, source, monkeypatch):
    def refuse(*args):
        raise OSError(errno.EXDEV, "cross-device")

    monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    target = tmp_path / "new.json"
    atomic_write(target, [b"[", FileRange(source, 2, 8), b"]"])
    assert target.read_bytes() == b"[234567]"


def test_a_range_beyond_the_end_of_its_file_fails_and_leaves_the_target_as_it_was(tmp_path, source):
    target = tmp_path / "new.json"
    target.write_bytes(b"before")
    with pytest.raises(WriteError, match="shorter"):
        atomic_write(target, [b"x", FileRange(source, 5, 20)])
    assert target.read_bytes() == b"before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json", "old.json"]  # no temporary file left


def test_a_file_holding_the_same_bytes_as_the_ranges_is_not_written_again(tmp_path, source, monkeypatch):
    target = tmp_path / "new.json"
    target.write_bytes(b"01289")
    written = []
    monkeypatch.setattr(writing, "atomic_write", lambda path, data, **options: written.append(path))
    assert not write_if_changed(target, [FileRange(source, 0, 3), FileRange(source, 8, 10)])
    assert write_if_changed(target, [FileRange(source, 0, 3), FileRange(source, 7, 9)])
    assert written == [target]
