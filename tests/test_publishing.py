"""Publishing a build into the site folder (see `generator.publishing`): what is renamed into
place, and what a page staged as it was made saves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import publishing
from generator.errors import BuildError
from generator.publishing import STAGING, finish_publishing, publish, stage


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def contents(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in root.rglob("*")
            if p.is_file() and not p.relative_to(root).as_posix().startswith(".")}


@pytest.fixture
def moves(monkeypatch) -> list[str]:
    """The names each publish renames into place, in order."""
    made: list[str] = []
    move = publishing._move_into_place

    def spy(staging: Path, final: Path, name: str) -> None:
        made.append(name)
        move(staging, final, name)

    monkeypatch.setattr(publishing, "_move_into_place", spy)
    return made


def test_a_folder_the_site_lacks_is_renamed_into_place_whole(tmp_path, moves):
    build = write(tmp_path / "build", {"index.html": "home", "briefings/a/index.html": "a",
                                       "briefings/b/index.html": "b", "css/site.css": "body {}"})
    final = write(tmp_path / "site", {"css/old.css": "p {}"})
    publish(build, final, None)
    assert sorted(moves) == ["briefings", "css/site.css", "index.html"]
    assert contents(final) == contents(build)


def test_a_folder_that_appears_before_a_committed_publish_is_finished_gets_its_files_one_by_one(tmp_path):
    final = write(tmp_path / "site", {f"{STAGING}/briefings/a/index.html": "a",
                                      f"{STAGING}/briefings/b/index.html": "b"})
    publishing._write_journal(final / STAGING, {"replace": ["briefings"], "delete": []})
    write(final, {"briefings/c/index.html": "c"})
    finish_publishing(final)
    assert contents(final) == {"briefings/a/index.html": "a", "briefings/b/index.html": "b",
                               "briefings/c/index.html": "c"}


def test_a_page_staged_as_it_was_made_is_published_without_being_copied_again(tmp_path, monkeypatch):
    build = write(tmp_path / "build", {"index.html": "home", "about/index.html": "about"})
    final = write(tmp_path / "site", {})
    stage(final / STAGING, "about/index.html", b"about")
    copied: list[str] = []
    copy = publishing.shutil.copyfile
    monkeypatch.setattr(publishing.shutil, "copyfile", lambda source, target: copied.append(Path(source).name)
                        or copy(source, target))
    publish(build, final, None)
    assert copied == ["index.html"] and contents(final) == contents(build)


def test_a_page_made_again_with_the_bytes_the_site_holds_is_not_staged_and_keeps_its_time(tmp_path):
    final = write(tmp_path / "site", {"about/index.html": "about"})
    os.utime(final / "about" / "index.html", ns=(1_000_000_000, 1_000_000_000))
    stage(final / STAGING, "about/index.html", b"about")
    publish(write(tmp_path / "build", {"about/index.html": "about"}), final, None)
    assert not (final / STAGING).exists()
    assert (final / "about" / "index.html").stat().st_mtime_ns == 1_000_000_000


def test_a_staged_page_some_other_writer_changed_in_the_build_afterwards_is_copied_from_the_build(tmp_path):
    final = write(tmp_path / "site", {})
    stage(final / STAGING, "about/index.html", b"about")
    publish(write(tmp_path / "build", {"about/index.html": "about, minified later"}), final, None)
    assert contents(final) == {"about/index.html": "about, minified later"}


def test_a_file_of_the_last_build_where_the_build_now_puts_a_folder_gives_way_to_the_folder(tmp_path):
    final = write(tmp_path / "site", {"index.html": "home", "notes": "old notes"})
    build = write(tmp_path / "build", {"index.html": "home", "notes/index.html": "new notes"})
    publish(build, final, None)
    assert contents(final) == contents(build)


def test_a_folder_of_the_last_build_where_the_build_now_puts_a_file_gives_way_to_the_file(tmp_path):
    final = write(tmp_path / "site", {"index.html": "home", "notes/index.html": "old notes"})
    build = write(tmp_path / "build", {"index.html": "home", "notes": "new notes"})
    publish(build, final, None)
    assert contents(final) == contents(build)


def test_a_folder_where_the_build_puts_a_file_of_the_same_size_is_not_read_as_that_file(tmp_path):
    final = write(tmp_path / "site", {"notes/index.html": "old notes"})
    build = write(tmp_path / "build", {"notes": "n" * (final / "notes").stat().st_size})
    publish(build, final, None)
    assert contents(final) == contents(build)


def test_a_file_the_last_build_did_not_make_standing_where_the_build_puts_a_folder_stops_it_untouched(tmp_path):
    final = write(tmp_path / "site", {"index.html": "home"})
    last = publish(write(tmp_path / "build", {"index.html": "home"}), final, None)
    write(final, {"notes": "the owner's own notes"})
    with pytest.raises(BuildError, match="stands where it puts a folder"):
        publish(write(tmp_path / "build", {"notes/index.html": "notes"}), final, last)
    assert contents(final) == {"index.html": "home", "notes": "the owner's own notes"}


def test_a_publish_killed_once_the_folder_took_the_place_of_a_file_is_finished_leaving_the_folder(tmp_path):
    final = write(tmp_path / "site", {"notes/index.html": "new notes", f"{STAGING}/other.html": "other"})
    publishing._write_journal(final / STAGING, {"clear": ["notes"], "replace": ["notes", "other.html"], "delete": []})
    finish_publishing(final)
    assert contents(final) == {"notes/index.html": "new notes", "other.html": "other"}
