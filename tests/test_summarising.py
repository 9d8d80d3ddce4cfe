"""Summarising seeds/ into content/: incremental, idempotent, and never overwriting a person's work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cleaning import Document
from generator.config import load_project
from generator.extraction import Extraction
from generator.schema import Actor, Quote, dump_briefing, load_briefing
from generator.making import briefing_slug, unique_id
from generator.summarising import summarise


class CountingBackend:
    """A small deterministic backend that records which articles it was asked to extract."""

    name = "counting"
    version = "1"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract(self, document: Document) -> Extraction:
        self.seen.append(document.article.path.name)
        first = document.paragraphs[0].text
        return Extraction(title=" ".join(first.split()[:4]), summary=first,
                          actors=(Actor(id="someone", name="Someone", type="person"),),
                          quotes=(Quote(text=first[:5], speaker="someone", paragraph=1),))


@pytest.fixture
def project(tempdir):
    def make(seeds: dict[str, str | bytes]):
        root = tempdir({f"seeds/{name}": text for name, text in seeds.items()})
        return load_project(root / "mkdocs.yml")
    return make


def briefing_files(project) -> list[str]:
    return sorted(p.name for p in project.content_dir.glob("*.yaml"))


def test_each_article_becomes_a_briefing_named_by_date_and_title(project):
    p = project({"a.txt": " date 2022-02-24 Leader seeks peace talks now.\n\nMore."})
    report = summarise(p, CountingBackend())
    assert briefing_files(p) == ["2022-02-24-leader-seeks-peace-talks.yaml"]
    briefing = load_briefing(p.content_dir / "2022-02-24-leader-seeks-peace-talks.yaml")
    assert briefing.source.path == "seeds/a.txt"
    assert briefing.paragraphs == ("Leader seeks peace talks now.", "More.")
    assert report.count("created") == 1


def test_summarising_an_unchanged_article_again_extracts_nothing_and_keeps_the_bytes(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    backend = CountingBackend()
    summarise(p, backend)
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    before = path.read_bytes()
    report = summarise(p, backend)
    assert backend.seen == ["a.txt"]
    assert report.count("unchanged") == 1
    assert path.read_bytes() == before


def test_regenerating_a_briefing_gives_byte_identical_output(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    before = path.read_bytes()
    path.unlink()
    summarise(p, CountingBackend())
    assert path.read_bytes() == before


def test_a_changed_article_is_summarised_again_under_the_same_id(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    (p.seeds_dir / "a.txt").write_text("Completely different words here.")
    report = summarise(p, CountingBackend())
    assert report.count("updated") == 1
    assert briefing_files(p) == ["leader-seeks-peace-talks.yaml"]
    assert load_briefing(p.content_dir / "leader-seeks-peace-talks.yaml").summary == "Completely different words here."


def test_a_new_generator_version_refreshes_unedited_briefings(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    newer = CountingBackend()
    newer.version = "2"
    assert summarise(p, newer).count("updated") == 1


def test_a_reviewed_briefing_is_never_overwritten_and_a_changed_source_is_reported(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    path.write_text(path.read_text().replace("reviewed: false", "reviewed: true"))
    locked = path.read_bytes()
    (p.seeds_dir / "a.txt").write_text("Completely different words here.")
    report = summarise(p, CountingBackend())
    assert path.read_bytes() == locked
    (outcome,) = report.outcomes
    assert outcome.action == "kept"
    assert "reviewed: true" in outcome.note and "its article changed" in outcome.note


def test_a_briefing_edited_by_hand_is_never_overwritten(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    path.write_text(path.read_text().replace("title: Leader seeks peace talks", "title: Better title"))
    edited = path.read_bytes()
    newer = CountingBackend()
    newer.version = "2"
    report = summarise(p, newer)
    assert path.read_bytes() == edited
    assert report.outcomes[0].note.startswith("it was edited by hand")
    assert newer.seen == []


def test_an_invalid_briefing_is_reported_and_its_article_is_not_summarised_twice(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    path.write_text(path.read_text().replace("type: person", "type: robot"))
    report = summarise(p, CountingBackend())
    assert briefing_files(p) == ["leader-seeks-peace-talks.yaml"]
    assert any("'robot' is not an actor type" in str(e) for e in report.problems)


def test_a_bad_article_is_reported_and_the_others_are_still_summarised(project):
    p = project({"a.txt": "Leader seeks peace talks now.", "b.txt": b"\x89PNG\r\n\x1a\n\x00",
                 "c.txt": ""})
    report = summarise(p, CountingBackend())
    assert briefing_files(p) == ["leader-seeks-peace-talks.yaml"]
    assert sorted(Path(e.path).name for e in report.problems) == ["b.txt", "c.txt"]


def test_an_article_that_is_only_furniture_is_reported(project):
    p = project({"a.txt": "By John Smith, Reuters"})
    report = summarise(p, CountingBackend())
    assert "has no story text" in str(report.problems[0])


def test_two_articles_with_the_same_slug_get_distinct_ids_in_path_order(project):
    p = project({"b.txt": "Leader seeks peace talks now.", "a.txt": "Leader seeks peace talks again."})
    summarise(p, CountingBackend())
    ids = {load_briefing(p.content_dir / f).source.path: load_briefing(p.content_dir / f).id
           for f in briefing_files(p)}
    assert ids == {"seeds/a.txt": "leader-seeks-peace-talks", "seeds/b.txt": "leader-seeks-peace-talks-2"}


def test_each_briefing_is_written_once_its_article_is_extracted_not_after_the_last(project):
    p = project({"a.txt": "Leader seeks peace talks now.", "b.txt": "Council approves the budget today."})
    written_before: dict[str, list[str]] = {}

    class Watching(CountingBackend):
        def extract(self, document: Document) -> Extraction:
            written_before[document.article.path.name] = briefing_files(p)
            return super().extract(document)

    summarise(p, Watching())
    assert written_before == {"a.txt": [], "b.txt": ["leader-seeks-peace-talks.yaml"]}


def test_a_briefing_whose_article_is_gone_is_kept_and_reported(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    (p.seeds_dir / "a.txt").unlink()
    report = summarise(p, CountingBackend())
    assert briefing_files(p) == ["leader-seeks-peace-talks.yaml"]
    assert "article is gone" in report.outcomes[0].note


def test_writing_leaves_no_temporary_files(project):
    p = project({"a.txt": "Leader seeks peace talks now.", "b.txt": "Another story about trade."})
    summarise(p, CountingBackend())
    assert sorted(f.name for f in p.content_dir.iterdir()) == briefing_files(p)


def test_front_matter_title_and_tags_win_over_extraction(project):
    p = project({"a.md": "---\ntitle: Given title\ntags: [trade]\nurl: https://example.org/x\n---\nBody words here."})
    summarise(p, CountingBackend())
    briefing = load_briefing(p.content_dir / "given-title.yaml")
    assert (briefing.title, briefing.keywords, briefing.source.url) == ("Given title", ("trade",), "https://example.org/x")


def test_front_matter_author_and_source_are_the_briefings_author_and_publisher(project):
    p = project({"a.md": "---\ntitle: Given title\nauthor: Ana Ruiz\nsource: The Valley Post\n---\nBody words here."})
    summarise(p, CountingBackend())
    source = load_briefing(p.content_dir / "given-title.yaml").source
    assert (source.author, source.publisher) == ("Ana Ruiz", "The Valley Post")


def test_an_article_that_names_no_author_gets_no_author_line(project):
    p = project({"a.md": "---\ntitle: Given title\n---\nBody words here."})
    summarise(p, CountingBackend())
    text = (p.content_dir / "given-title.yaml").read_text(encoding="utf-8")
    assert "author:" not in text and "publisher:" not in text


def test_unique_id_appends_the_first_free_number():
    assert unique_id("a", {"a", "a-2"}) == "a-3"
    assert unique_id("b", {"a"}) == "b"


def test_undated_articles_get_a_slug_of_their_title_only():
    assert briefing_slug(None, "Leader seeks peace") == "leader-seeks-peace"


def test_written_briefings_pass_validation_unchanged(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    assert dump_briefing(load_briefing(path)) == path.read_text(encoding="utf-8")


def test_force_regenerates_unedited_briefings_but_keeps_edited_ones(project):
    p = project({"a.txt": "Leader seeks peace talks now.", "b.txt": "Council approves the budget today."})
    summarise(p, CountingBackend())
    edited = p.content_dir / "council-approves-the-budget.yaml"
    edited.write_text(edited.read_text().replace("reviewed: false", "reviewed: true"))
    backend = CountingBackend()
    report = summarise(p, backend, force=True)
    assert backend.seen == ["a.txt"]
    assert (report.count("updated"), report.count("kept")) == (1, 1)


def test_overwriting_edited_briefings_needs_its_own_flag_and_keeps_a_backup(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    path = p.content_dir / "leader-seeks-peace-talks.yaml"
    path.write_text(path.read_text().replace("reviewed: false", "reviewed: true"))
    edited = path.read_bytes()
    assert summarise(p, CountingBackend(), overwrite_edited=True).count("kept") == 1
    report = summarise(p, CountingBackend(), force=True, overwrite_edited=True)
    assert report.count("updated") == 1 and "backed up" in report.outcomes[0].note
    (backup,) = (p.content_dir / ".backup").glob("*.yaml")
    assert backup.read_bytes() == edited
    assert not load_briefing(path).reviewed


def test_temporary_files_left_by_a_killed_run_are_removed(project):
    p = project({"a.txt": "Leader seeks peace talks now."})
    p.content_dir.mkdir()
    (p.content_dir / ".leader.yaml.abc123.tmp").write_text("half a briefi")
    summarise(p, CountingBackend())
    assert briefing_files(p) == ["leader-seeks-peace-talks.yaml"]
    assert not list(p.content_dir.glob(".*.tmp"))


def test_a_link_to_a_file_outside_the_seeds_folder_is_skipped(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    outside.write_text("Private notes that must not be published.")
    p = project({"a.txt": "Leader seeks peace talks now."})
    (p.seeds_dir / "link.txt").symlink_to(outside)
    report = summarise(p, CountingBackend())
    assert briefing_files(p) == ["leader-seeks-peace-talks.yaml"]
    assert "outside the seeds folder" in str(report.problems[0])


def test_file_names_with_spaces_and_unicode_are_read(project):
    p = project({"Grüße aus Köln 1.txt": "Leader seeks peace talks now."})
    summarise(p, CountingBackend())
    assert load_briefing(p.content_dir / "leader-seeks-peace-talks.yaml").source.path == "seeds/Grüße aus Köln 1.txt"


def test_extracting_in_two_processes_gives_the_same_briefings_as_in_one(tmp_path):
    from generator.config import load_project
    from generator.extraction import get_backend
    from tests.conftest import MKDOCS_YML, write_tree
    articles = {f"seeds/a{n:02d}.txt": f"“We will build {n} bridges,” Mayor Ana Silva said on Monday.".encode()
                for n in range(12)}
    articles["seeds/bad.txt"] = b"\x89PNG\r\n\x1a\n\x00"
    runs = []
    for workers in (1, 2):
        root = write_tree(tmp_path / f"j{workers}", {**articles, "mkdocs.yml": MKDOCS_YML})
        p = load_project(root / "mkdocs.yml")
        runs.append((p, summarise(p, get_backend("builtin"), workers=workers)))
    (one, report_one), (two, report_two) = runs
    assert {f.name: f.read_bytes() for f in one.content_dir.iterdir()} == \
        {f.name: f.read_bytes() for f in two.content_dir.iterdir()}
    (problem,) = report_two.problems
    assert "binary" in str(problem) and problem.hint and problem.path.endswith("bad.txt")
    assert len(report_one.problems) == 1


def test_summarising_articles_whose_briefings_are_current_does_not_load_the_rules(project):
    # The rules compile hundreds of regular expressions on import; a build after an edit of one
    # briefing, with every article summarised already, should not pay for them.
    p = project({"a.txt": "Mayor Jane Roe said the port would reopen.\n\nShe gave no date."})
    script = ("import sys\n"
              "from pathlib import Path\n"
              "from generator.config import load_project\n"
              "from generator.extraction import get_backend\n"
              "from generator.summarising import summarise\n"
              "summarise(load_project(Path(sys.argv[1])), get_backend('builtin'))\n"
              "print('generator.extraction.discourse' in sys.modules)\n")
    run = lambda: subprocess.run([sys.executable, "-c", script, str(p.config_file)], capture_output=True,
                                 text=True, check=True, cwd=Path(__file__).parent.parent).stdout.strip()
    assert run() == "True"  # the first run extracts the article
    assert run() == "False"
