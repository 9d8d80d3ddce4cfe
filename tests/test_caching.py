"""The cache: an unchanged file is not read again, any change is noticed, and the cache is disposable."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3

import pytest

from conftest import make_briefing
from generator import identity, schema, summarising
from generator.caching import Cache
from generator.config import load_project
from generator.pipeline import update
from generator.schema import dump_briefing
from generator.summarising import load_briefings, summarise
from test_summarising import CountingBackend

ARTICLES = {"seeds/a.txt": "Leader seeks peace talks now.", "seeds/b.txt": "Council approves the budget today."}


@pytest.fixture
def project(tempdir):
    return load_project(tempdir(ARTICLES) / "mkdocs.yml")


@pytest.fixture
def reads(monkeypatch):
    """Counts the briefing files parsed and the articles hashed."""
    counts = {"briefings": 0, "articles": 0}
    parse, sha = schema.parse_briefing, summarising.file_sha256

    def counting_parse(*args, **kwargs):
        counts["briefings"] += 1
        return parse(*args, **kwargs)

    def counting_sha(*args, **kwargs):
        counts["articles"] += 1
        return sha(*args, **kwargs)

    monkeypatch.setattr(summarising, "parse_briefing", counting_parse)
    monkeypatch.setattr(schema, "parse_briefing", counting_parse)
    monkeypatch.setattr(summarising, "file_sha256", counting_sha)
    return counts


def run(project):
    with Cache(project.cache_dir) as cache:
        report = summarise(project, CountingBackend(), cache=cache)
        briefings, _ = load_briefings(project.content_dir, cache)
    return report, briefings


def test_a_second_run_over_unchanged_files_parses_and_hashes_nothing(project, reads):
    run(project)
    reads.update(briefings=0, articles=0)
    report, briefings = run(project)
    assert reads == {"briefings": 0, "articles": 0}
    assert report.count("unchanged") == 2 and len(briefings) == 2


def test_briefings_from_the_cache_equal_those_parsed_from_the_files(project):
    _, cached = run(project)
    _, cached_again = run(project)
    assert cached == cached_again == load_briefings(project.content_dir)[0]


def test_an_edit_by_hand_is_noticed_even_when_size_and_time_are_kept(project):
    run(project)
    path = next(project.content_dir.glob("*.yaml"))
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("reviewed: false", "reviewed: true "), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    report, _ = run(project)
    (kept,) = [o for o in report.outcomes if o.action == "kept"]
    assert kept.briefing == path and "reviewed" in kept.note


def test_a_changed_article_is_extracted_again(project):
    run(project)
    (project.seeds_dir / "a.txt").write_text("Completely different words here.", encoding="utf-8")
    report, briefings = run(project)
    assert report.count("updated") == 1
    assert any(b.summary == "Completely different words here." for b in briefings)


def test_a_deleted_briefing_leaves_the_cache_and_the_collection(project):
    run(project)
    path = next(project.content_dir.glob("*.yaml"))
    path.unlink()
    _, briefings = run(project)
    assert len(briefings) == 2  # summarised again from its article
    assert path.exists()


def test_an_invalid_briefing_is_reported_on_every_run_from_the_cache(project):
    run(project)
    path = next(project.content_dir.glob("*.yaml"))
    path.write_text("schema: [", encoding="utf-8")
    first, _ = run(project)
    second, _ = run(project)
    assert [str(p) for p in first.problems] == [str(p) for p in second.problems]
    assert path.name in str(first.problems[0])


def test_a_corrupt_cache_file_is_rebuilt_without_a_word(project, capsys):
    run(project)
    (project.cache_dir / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    report, briefings = run(project)
    assert report.count("unchanged") == 2 and len(briefings) == 2 and not report.problems
    assert Cache(project.cache_dir).value("missing") is None


def test_without_a_cache_folder_nothing_is_written(tmp_path):
    with Cache(None) as cache:
        cache.put("kind", tmp_path, 1)
        assert cache.get("kind", tmp_path) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_build_after_deleting_the_cache_folder_gives_the_same_pages(project):
    update(project)
    pages = {p: p.read_bytes() for p in project.docs_dir.rglob("*.md")}
    shutil.rmtree(project.cache_dir)
    update(project)
    assert {p: p.read_bytes() for p in project.docs_dir.rglob("*.md")} == pages


@pytest.fixture
def loads(monkeypatch):
    """Counts how often rendering lists the collection."""
    from generator import pipeline
    calls = []
    load = pipeline._collection
    monkeypatch.setattr(pipeline, "_collection", lambda *a, **k: calls.append(1) or load(*a, **k))
    return calls


def test_rendering_again_with_nothing_changed_does_not_even_load_the_briefings(project, loads):
    first = update(project).rendered
    second = update(project).rendered
    assert len(loads) == 1
    assert second.written == [] and second.unchanged == sorted(first.written)


def test_a_page_deleted_from_the_docs_folder_is_rendered_again(project, loads):
    update(project)
    (project.docs_dir / "index.md").unlink()
    report = update(project).rendered
    assert report.written == ["index.md"] and len(loads) == 2


def test_a_changed_template_renders_again(project, loads):
    update(project)
    root = project.root
    (root / "templates").mkdir()
    (root / "templates" / "index.md.j2").write_text("# Custom home\n", encoding="utf-8")
    yml = root / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8") + "      templates_dir: templates\n", encoding="utf-8")
    report = update(load_project(yml)).rendered
    assert report.written == ["index.md"]
    (root / "templates" / "index.md.j2").write_text("# Another home\n", encoding="utf-8")
    update(load_project(yml))
    assert (project.docs_dir / "index.md").read_text(encoding="utf-8") == "# Another home\n"


def test_an_edited_briefing_renders_again(project):
    update(project)
    path = next(project.content_dir.glob("*.yaml"))
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")
    report = update(project).rendered
    assert f"briefings/{path.stem}.md" in report.written


@pytest.fixture
def rendered(monkeypatch):
    """The pages rendered from their templates, by path."""
    from generator.rendering.pages import _render_template
    pages = []
    render_template = _render_template
    monkeypatch.setattr("generator.rendering.pages._render_template",
                        lambda *a, **k: pages.append(k["page"]) or render_template(*a, **k))
    return pages


def test_after_one_briefing_changes_only_the_pages_showing_it_are_rendered(project, rendered):
    update(project)
    path = project.content_dir / "leader-seeks-peace-talks-now.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")
    rendered.clear()
    update(project)
    assert "briefings/leader-seeks-peace-talks-now.md" in rendered
    assert "briefings/council-approves-the-budget.md" not in rendered
    assert {"index.md", "archive.md"} <= set(rendered)


def test_a_page_changed_by_hand_in_the_docs_folder_is_rendered_again(project, rendered):
    update(project)
    page = project.docs_dir / "briefings" / "council-approves-the-budget.md"
    original = page.read_text(encoding="utf-8")
    path = project.content_dir / "leader-seeks-peace-talks-now.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")
    page.write_text("changed by hand", encoding="utf-8")
    rendered.clear()
    update(project)
    assert page.read_text(encoding="utf-8") == original


def test_a_briefing_rewritten_with_the_same_bytes_renders_no_page(project, rendered):
    update(project)
    path = project.content_dir / "leader-seeks-peace-talks-now.yaml"
    path.write_bytes(path.read_bytes())
    later = path.stat().st_mtime + 10  # saved again later than the same second it was written in
    os.utime(path, (later, later))
    rendered.clear()
    report = update(project).rendered
    # The collection's time follows its files', as the feed's does; so does the home page's order of
    # undated briefings, and both articles here are undated: the one saved last now comes first.
    assert rendered == ["index.md"] and report.written == ["briefings.json", "index.md"]


def test_the_collection_as_json_after_an_edit_equals_one_written_without_the_cache(project):
    update(project)
    path = project.content_dir / "leader-seeks-peace-talks-now.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited "), encoding="utf-8")
    update(project)
    cached = (project.docs_dir / "briefings.json").read_bytes()
    shutil.rmtree(project.cache_dir)
    shutil.rmtree(project.docs_dir)
    update(project)
    assert (project.docs_dir / "briefings.json").read_bytes() == cached
    assert b"Edited" in cached


def test_a_deleted_briefing_leaves_nothing_behind_in_the_cache(project):
    update(project)
    path = project.content_dir / "leader-seeks-peace-talks-now.yaml"
    (project.seeds_dir / "a.txt").unlink()
    path.unlink()
    update(project)
    with Cache(project.cache_dir) as cache:
        assert all(str(path) not in cache.paths(kind)
                   for kind in ("briefing", "existing-briefing", "briefing-sha256", "entry"))


# -- kinds kept together ---------------------------------------------------------------------------

def keep_one_value(project):
    """Keep "value" together for the article a.txt, under its current signature; the article."""
    article = project.seeds_dir / "a.txt"
    with Cache(project.cache_dir) as cache:
        cache.keep_together("kind")
        cache.put("kind", article, "value")
    return article


def test_values_kept_together_are_found_by_the_next_run(project):
    article = keep_one_value(project)
    with Cache(project.cache_dir) as cache:
        cache.keep_together("kind")
        assert cache.get("kind", article) == "value" and cache.paths("kind") == {str(article)}


def test_a_kind_once_kept_together_is_found_together_without_being_asked_again(project):
    article = keep_one_value(project)
    with Cache(project.cache_dir) as cache:
        assert cache.get("kind", article) == "value"
        cache.forget("kind", [str(article)])
    with Cache(project.cache_dir) as cache:
        assert cache.paths("kind") == set()


def test_keeping_a_kind_together_drops_the_values_it_had_row_by_row(project):
    article = project.seeds_dir / "a.txt"
    with Cache(project.cache_dir) as cache:
        cache.put("kind", article, "value")
    with Cache(project.cache_dir) as cache:
        cache.keep_together("kind")
        assert cache.get("kind", article) is None and cache.paths("kind") == set()


def test_a_value_kept_together_is_not_found_once_its_file_changed(project):
    article = keep_one_value(project)
    article.write_text("Other words.", encoding="utf-8")
    with Cache(project.cache_dir) as cache:
        assert cache.get("kind", article) is None


def keep_together(project, count: int) -> list[str]:
    """Keep `count` values together, each its own path, under the signature "s"; their paths."""
    paths = [f"{project.seeds_dir}/{i}.txt" for i in range(count)]
    with Cache(project.cache_dir) as cache:
        cache.keep_together("kind")
        for path in paths:
            cache.put("kind", path, path, signature="s")
    return paths


def test_one_changed_value_of_thousands_kept_together_rewrites_a_small_part_of_them(project):
    paths = keep_together(project, 3000)
    before = stored_values(project)
    with Cache(project.cache_dir) as cache:
        cache.put("kind", paths[0], "changed", signature="s")
    after = stored_values(project)
    with Cache(project.cache_dir) as cache:
        assert cache.get("kind", paths[0], "s") == "changed" and cache.get("kind", paths[1], "s") == paths[1]
    changed = [name for name in after if after[name] != before.get(name)]
    assert len(changed) == 1 and len(after[changed[0]]) * 10 < sum(map(len, after.values()))


def stored_values(project) -> dict[str, bytes]:
    with contextlib.closing(sqlite3.connect(project.cache_dir / "cache.sqlite")) as db:
        return dict(db.execute("SELECT name, value FROM named_values"))


def test_an_unreadable_part_of_a_kind_kept_together_only_loses_its_own_values(project):
    paths = keep_together(project, 1000)
    with Cache(project.cache_dir) as cache:
        lost = set(cache.value("together:kind:0"))
        cache.set_value("together:kind:0", "not a part")
    with Cache(project.cache_dir) as cache:
        found = {path for path in paths if cache.get("kind", path, "s") == path}
    assert lost and found == set(paths) - lost


# -- the identity view kept between renders --------------------------------------------------------

@pytest.fixture
def briefed(tempdir):
    """A project of two hand-written briefings that name the same person."""
    later = make_briefing(id="envoy-returns", title="Envoy returns to Geneva", date=dt.date(2022, 3, 2))
    root = tempdir({"content/ceasefire-talks.yaml": dump_briefing(make_briefing()),
                    "content/envoy-returns.yaml": dump_briefing(later), "seeds/.keep": ""})
    return load_project(root / "mkdocs.yml")


@pytest.fixture
def resolved(monkeypatch) -> list[int]:
    """One item for each time the identity view is worked out."""
    calls: list[int] = []
    real = identity.resolving.resolve
    monkeypatch.setattr(identity.resolving, "resolve", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    return calls


def rewrite(path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_render_after_a_title_edit_does_not_work_out_the_identity_view_again(briefed, resolved):
    update(briefed)
    rewrite(briefed.content_dir / "envoy-returns.yaml", "Envoy returns to Geneva", "Envoy leaves Geneva")
    update(briefed)
    assert resolved == [1]  # the first render's
    assert "Envoy leaves Geneva" in (briefed.docs_dir / "briefings" / "envoy-returns.md").read_text(encoding="utf-8")


def test_a_render_after_an_actor_is_renamed_works_out_the_identity_view_again(briefed, resolved):
    update(briefed)
    rewrite(briefed.content_dir / "envoy-returns.yaml", "name: Anna Keller", "name: Anna M. Keller")
    update(briefed)
    assert resolved == [1, 1]
    assert "Anna M\\. Keller" in (briefed.docs_dir / "briefings" / "envoy-returns.md").read_text(encoding="utf-8")
