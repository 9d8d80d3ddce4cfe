"""The Atom feed as `briefings render` writes it: which briefings it holds and when each was updated."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.schema import Briefing, dump_briefing
from tests.conftest import make_briefing

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://news.example.org/"
MKDOCS_YML = f"""\
site_name: Test briefings
site_url: {SITE}
docs_dir: build/docs
plugins:
  - briefings
"""


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def root(tempdir) -> Path:
    return tempdir(mkdocs_yml=MKDOCS_YML)


def seconds(text: str) -> int:
    return int(dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc).timestamp())


def save(root: Path, briefing: Briefing, modified: str) -> None:
    """Write `briefing` into content/ as if last saved at `modified` (UTC)."""
    path = root / "content" / f"{briefing.id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_briefing(briefing), encoding="utf-8")
    os.utime(path, (seconds(modified), seconds(modified)))


def render(root: Path) -> ElementTree.Element:
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "render"])
    assert result.exit_code == 0, result.output
    return ElementTree.parse(root / "build" / "docs" / "feed.xml").getroot()


def updated(feed: ElementTree.Element) -> dict[str, str]:
    """Each entry's id, as the path after the site's address, → its `updated`, in the feed's order."""
    return {e.findtext(f"{ATOM}id").removeprefix(SITE): e.findtext(f"{ATOM}updated")
            for e in feed.findall(f"{ATOM}entry")}


def test_correcting_a_briefing_changes_its_entrys_updated(root):
    save(root, make_briefing(), "2022-02-24T00:00:00")
    assert updated(render(root)) == {"briefings/ceasefire-talks/": "2022-02-24T00:00:00Z"}
    save(root, make_briefing(summary="Negotiators met again; the talks were moved to Vienna."), "2024-03-01T12:30:05")
    assert updated(render(root)) == {"briefings/ceasefire-talks/": "2024-03-01T12:30:05Z"}


def test_the_latest_correction_comes_first_and_dates_the_feed(root):
    save(root, make_briefing(id="older", date=dt.date(2021, 5, 1)), "2024-03-01T12:00:00")
    save(root, make_briefing(id="newer", date=dt.date(2023, 5, 1)), "2023-05-01T00:00:00")
    feed = render(root)
    assert list(updated(feed)) == ["briefings/older/", "briefings/newer/"]
    assert feed.findtext(f"{ATOM}updated") == "2024-03-01T12:00:00Z"


def test_an_undated_briefing_is_in_the_feed_by_the_time_its_file_was_saved(root):
    save(root, make_briefing(id="undated", date=None), "2024-01-02T03:04:05")
    assert updated(render(root)) == {"briefings/undated/": "2024-01-02T03:04:05Z"}


def test_a_briefing_corrected_last_is_in_a_full_feed_however_old_its_date(root):
    for day in range(1, 21):
        save(root, make_briefing(id=f"day-{day}", date=dt.date(2023, 1, day)), f"2023-01-{day:02d}T00:00:00")
    save(root, make_briefing(id="oldest", date=dt.date(2020, 1, 1)), "2024-01-01T00:00:00")
    entries = updated(render(root))
    assert len(entries) == 20
    assert "briefings/oldest/" in entries and "briefings/day-1/" not in entries


def test_file_times_after_SOURCE_DATE_EPOCH_count_as_SOURCE_DATE_EPOCH(root, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(seconds("2023-06-01T00:00:00")))
    save(root, make_briefing(), "2025-01-01T00:00:00")
    assert updated(render(root)) == {"briefings/ceasefire-talks/": "2023-06-01T00:00:00Z"}


def test_another_SOURCE_DATE_EPOCH_renders_the_feed_again_though_no_file_changed(root, monkeypatch):
    save(root, make_briefing(), "2025-01-01T00:00:00")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(seconds("2023-06-01T00:00:00")))
    render(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(seconds("2024-06-01T00:00:00")))
    assert updated(render(root)) == {"briefings/ceasefire-talks/": "2024-06-01T00:00:00Z"}


def test_a_SOURCE_DATE_EPOCH_that_is_no_number_is_a_configuration_error(root, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    save(root, make_briefing(), "2025-01-01T00:00:00")
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "render"])
    assert result.exit_code == 1
    assert "error: SOURCE_DATE_EPOCH is 'yesterday', not a number of seconds since 1970" in result.output


RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def test_a_feed_of_dated_corrected_and_undated_briefings_is_valid_atom(root):
    save(root, make_briefing(), "2022-02-24T00:00:00")
    save(root, make_briefing(id="corrected", date=dt.date(2021, 5, 1)), "2024-03-01T12:00:00")
    save(root, make_briefing(id="undated", date=None), "2023-01-02T03:04:05")
    feed = render(root)
    # RFC 4287: one id, title and updated per feed and per entry, date-times as in RFC 3339, an
    # author for entries without one of their own, and an alternate link for entries without content.
    assert feed.tag == f"{ATOM}feed"
    for parent in (feed, *feed.findall(f"{ATOM}entry")):
        for tag in ("id", "title", "updated"):
            assert len(parent.findall(f"{ATOM}{tag}")) == 1, (parent, tag)
        assert RFC3339.fullmatch(parent.findtext(f"{ATOM}updated"))
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == 3
    assert all(e.find(f"{ATOM}link[@rel='alternate']").get("href").startswith(SITE) for e in entries)
    assert feed.findtext(f"{ATOM}updated") == max(e.findtext(f"{ATOM}updated") for e in entries)


def test_every_page_names_the_feed_for_feed_readers_to_find(root):
    save(root, make_briefing(), "2024-01-01T00:00:00")
    (root / "seeds").mkdir()
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    link = '<link rel="alternate" type="application/atom+xml" title="Test briefings" href="{}">'
    assert link.format("feed.xml") in (root / "site" / "index.html").read_text(encoding="utf-8")
    page = (root / "site" / "briefings" / "ceasefire-talks" / "index.html").read_text(encoding="utf-8")
    assert link.format("../../feed.xml") in page.partition("</head>")[0]


def test_a_site_without_a_feed_names_none(tempdir):
    root = tempdir(mkdocs_yml=MKDOCS_YML.replace(f"site_url: {SITE}\n", ""))
    save(root, make_briefing(), "2024-01-01T00:00:00")
    (root / "seeds").mkdir()
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    assert "application/atom+xml" not in (root / "site" / "index.html").read_text(encoding="utf-8")
