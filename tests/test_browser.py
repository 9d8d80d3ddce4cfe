"""The published site in a real browser: headless Chromium driven by Playwright.

The site is built by the real pipeline (summarise with the builtin backend, render, MkDocs build with
the repository's mkdocs.yml and pages) from the sample articles of tests/input/ plus an article with
accents and another script and a hostile one, and served over HTTP on 127.0.0.1.

Without Chromium or Playwright these tests are skipped, except in CI (CI=true), where that fails:
`make test` installs both. Screenshots land in tests/output/screenshots/ for review.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import REPO, write_tree
from generator.config import load_project
from generator.pipeline import update
from generator.site import build_site

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = REPO / "tests" / "output" / "screenshots"

ACCENTS = """\
---
title: Économie du port de Valmora
date: 2024-03-01
tags: [Économie, 日本, ports]
---

José Álvarez, the mayor of Valmora, welcomed Japanese investors on Friday.

"Valmora is open for business," Álvarez said.
"""

# Each attack would set window.pwned or open a dialog if it ran.
HOSTILE = """\
---
title: "Harbour council <script>window.pwned = 'title'; alert('title')</script> votes"
date: 2024-02-05
tags: ["<img src=x onerror=alert('tag')>", "javascript:alert(1)"]
---

The harbour council met on Monday <script>window.pwned = 'body'; alert('body')</script> and voted on the new tariffs.

"We reject <img src=x onerror=alert('quote')> and every threat to this port," said council chair Rosa Lindqvist. "Read [the plan](javascript:alert('link')) and decide."

Lindqvist added that <a href="javascript:alert('anchor')" onclick="alert('click')">the docs</a> were ready, and that **nothing** here was `code`.

# Not a heading {: onmouseover="alert('attr')" }

<div onmouseover="alert('div')">hover</div> <svg onload="alert('svg')"></svg> ![pixel](javascript:alert('img')) {{ 7*7 }}
"""


def missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}: CI must run the browser tests (make test installs it)")
    pytest.skip(reason)


# -- the site and its server -----------------------------------------------------------------------

class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean; failures are asserted on, not logged


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """An HTTP server on a free port of 127.0.0.1 serving `folder`, which need not exist yet; its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(folder)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The server of the folder `site`, started before the site is built, which needs its URL."""
    root = tmp_path_factory.mktemp("served")
    with serving(root / "project" / "site") as base:
        yield root, base


@pytest.fixture(scope="module")
def site(server) -> tuple[Path, str]:
    """The site built from the fixture articles with the repository's configuration; (folder, base URL)."""
    root, base = server
    project_dir = root / "project"
    shutil.copytree(REPO / "pages", project_dir / "pages")
    shutil.copytree(REPO / "overrides", project_dir / "overrides")
    shutil.copy(REPO / "mkdocs.yml", project_dir / "mkdocs.yml")
    articles = {f"seeds/{a.name}": a.read_bytes() for a in (REPO / "tests" / "input").iterdir()}
    write_tree(project_dir, {**articles, "seeds/accents.md": ACCENTS, "seeds/hostile.md": HOSTILE})
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SITE_URL", base)  # the feed's absolute links then point at this server
        project = load_project(project_dir / "mkdocs.yml")
        result = update(project)
        assert not result.problems, result.problems
        build_site(project, strict=True)
    return project.site_dir, base


class Pages:
    """Site paths of the briefing pages of the fixture articles, read from the built site, since
    their ids come from titles the extractor derives."""

    def __init__(self, site_dir: Path) -> None:
        data = json.loads((site_dir / "briefings.json").read_text(encoding="utf-8"))
        by_source = {Path(b["source"]["path"]).name: f"briefings/{b['id']}/" for b in data}
        self.strike = by_source["2023-harbour-strike.txt"]
        self.deal = by_source["2023-harbour-deal.md"]
        self.budget = by_source["2024-budget-vote.txt"]


@pytest.fixture(scope="module")
def briefing_pages(site) -> Pages:
    return Pages(site[0])


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed")
    if not CHROMIUM.is_file():
        missing(f"Chromium is not installed at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A browser page that records what a reader should never meet: errors, dialogs, failed loads,
    and requests to other hosts (which it blocks: the site must work on its own)."""

    def __init__(self, browser, base: str, **options) -> None:
        self.context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
        self.context.set_default_timeout(10_000)
        self.page, self.base = self.context.new_page(), base
        page = self.page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("response", lambda response: response.status >= 400 and self.failed.append(response.url))
        page.route("**/*", self._only_this_site)

    def _only_this_site(self, route) -> None:
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, path: str = "") -> None:
        self.page.goto(self.base + path)

    @property
    def path(self) -> str:
        return urllib.parse.unquote(self.page.url.removeprefix(self.base))

    def assert_clean(self) -> None:
        assert (self.dialogs, self.errors, self.failed, self.foreign) == ([], [], [], [])

    def screenshot(self, name: str, *, full_page: bool = False) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def tab(browser, site):
    opened = Tab(browser, site[1])
    yield opened
    opened.context.close()


# -- reading the site ------------------------------------------------------------------------------

def test_home_shows_the_latest_briefings_with_summaries_and_main_actors(tab):
    tab.open()
    main = tab.page.locator('[role="main"]')
    titles = main.locator("h2").all_inner_texts()
    assert titles[:2] == ["Économie du port de Valmora", "Harbour council <script>window.pwned = 'title'; "
                                                           "alert('title')</script> votes"]
    assert "Main actors: José Álvarez" in main.inner_text()
    tab.assert_clean()


def test_navigation_goes_from_home_to_a_briefing_to_an_actor_to_another_briefing(tab, briefing_pages):
    tab.open()
    tab.page.locator(f'[role="main"] h2 a[href$="{briefing_pages.strike}"]').click()
    assert tab.path == briefing_pages.strike
    tab.page.locator('[role="main"] table').get_by_role("link", name="Maria Okafor").click()
    assert tab.path == "actors/maria-okafor/"
    assert tab.page.locator("h1").inner_text() == "Maria Okafor"
    tab.page.locator('[role="main"] h2:has-text("Briefings") + ul').locator(f'a[href$="{briefing_pages.deal}"]').click()
    assert tab.path == briefing_pages.deal
    assert tab.page.locator("h1").inner_text() == "Valmora dock strike ends with a wage deal"
    tab.assert_clean()


def test_search_for_an_actor_and_a_word_of_their_quote_lists_the_briefing(tab, briefing_pages):
    tab.open()
    tab.page.get_by_role("link", name="Search").click()
    tab.page.locator("#mkdocs-search-query").press_sequentially("Okafor promises", delay=20)
    results = tab.page.locator("#mkdocs-search-results a")
    results.first.wait_for()
    hrefs = [urllib.parse.urlsplit(h).path for h in results.evaluate_all("links => links.map(a => a.href)")]
    assert hrefs[0].endswith(briefing_pages.strike)
    assert not any(h.endswith(briefing_pages.budget) for h in hrefs)
    tab.assert_clean()


def test_following_a_quote_lands_on_its_highlighted_paragraph(tab, briefing_pages):
    tab.open(briefing_pages.strike)
    quote = tab.page.locator('[role="main"] li', has_text="Every day the cranes stand still").first
    link = quote.locator("a", has_text="¶")
    target = link.get_attribute("href")
    link.click()
    assert tab.page.evaluate("location.hash") == target
    paragraph = tab.page.locator(target)
    assert paragraph.evaluate("p => p.matches(':target')")
    assert "Every day the cranes stand still" in paragraph.inner_text()
    assert paragraph.evaluate("p => getComputedStyle(p).backgroundColor") != "rgba(0, 0, 0, 0)"
    # in view once the theme's smooth scrolling ends, below the fixed top bar
    tab.page.wait_for_function("""() => {
        const top = document.querySelector(location.hash).getBoundingClientRect().top;
        const bar = document.querySelector('.navbar').getBoundingClientRect().bottom;
        return top >= bar && top < innerHeight;
    }""")
    tab.screenshot("briefing-quote-target")
    tab.assert_clean()


def test_a_quote_on_an_actor_page_links_to_its_paragraph_in_the_briefing(tab, briefing_pages):
    tab.open("actors/daniel-reyes/")
    item = tab.page.locator('[role="main"] li', has_text="Every day the cranes stand still").first
    item.locator("a", has_text="¶").click()
    assert tab.path.startswith(briefing_pages.strike + "#p-")
    assert "Every day the cranes stand still" in tab.page.locator(".briefings-paragraph:target").inner_text()
    tab.assert_clean()


def test_actor_and_topic_names_with_accents_or_another_script_have_readable_urls(tab):
    tab.open("topics/")
    for name, path in (("Économie", "topics/economie/"), ("日本", "topics/日本/")):
        tab.page.locator('[role="main"]').get_by_role("link", name=name, exact=True).click()
        assert tab.path == path and tab.page.locator("h1").inner_text() == name
        tab.page.go_back()
    tab.open("actors/jose-alvarez/")
    assert tab.page.locator("h1").inner_text() == "José Álvarez"
    tab.assert_clean()


def test_dark_mode_follows_the_readers_system_setting(browser, site, briefing_pages):
    tab = Tab(browser, site[1], color_scheme="dark")
    tab.open(briefing_pages.deal)
    assert tab.page.evaluate("document.documentElement.dataset.bsTheme") == "dark"
    background = tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(map(int, re.findall(r"\d+", background)[:3])) < 200
    tab.screenshot("briefing-dark")
    tab.assert_clean()
    tab.context.close()


# -- hostile article -------------------------------------------------------------------------------

HOSTILE_TITLE = "Harbour council <script>window.pwned = 'title'; alert('title')</script> votes"


def hostile_page(site) -> str:
    """The hostile briefing's page; its id is a slug of its title, cut to a length."""
    found, = (site[0] / "briefings").glob("2024-02-05-harbour-council-*")
    return f"briefings/{found.name}/"


@pytest.mark.parametrize("path, shown", [
    ("hostile", HOSTILE_TITLE), ("", HOSTILE_TITLE), ("archive/", HOSTILE_TITLE),
    ("actors/rosa-lindqvist/", HOSTILE_TITLE), ("topics/", "<img src=x onerror=alert('tag')>"),
    ("topics/img-src-x-onerror-alert-tag/", HOSTILE_TITLE),
])
def test_hostile_article_runs_no_script_and_shows_its_text_literally(tab, site, path, shown):
    tab.open(hostile_page(site) if path == "hostile" else path)
    for y in range(100, 900, 100):  # would fire onmouseover handlers, were there any
        tab.page.mouse.move(300, y)
    assert tab.page.evaluate("window.pwned") is None
    assert shown in tab.page.locator('[role="main"]').inner_text()
    tab.assert_clean()


def test_hostile_article_markup_shows_as_written_on_its_page(tab, site):
    tab.open(hostile_page(site))
    text = tab.page.locator('[role="main"]').inner_text()
    for literal in ("<script>window.pwned = 'body'; alert('body')</script>", "<img src=x onerror=alert('quote')>",
                    "[the plan](javascript:alert('link'))", "**nothing** here was `code`",
                    "# Not a heading {: onmouseover=\"alert('attr')\" }", "{{ 7*7 }}"):
        assert literal in text
    assert tab.page.locator('[role="main"] img, [role="main"] svg, [role="main"] script').count() == 0
    tab.assert_clean()


# -- every page, every link ------------------------------------------------------------------------

class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.targets.append(value)


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_every_link_and_resource_of_every_page_resolves(site, briefing_pages):
    folder, base = site
    pages = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
    assert len(pages) > 30
    broken, checked = [], set()
    for page in pages:
        page_url = base + urllib.parse.quote(page)
        status, body = fetch(page_url)
        assert status == 200, page
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for target in parser.targets:
            url = urllib.parse.urljoin(page_url, target).partition("#")[0]
            if url.startswith(base) and url not in checked:
                checked.add(url)
                if fetch(url)[0] != 200:
                    broken.append(f"{page} → {target}")
    assert broken == []
    assert {base + briefing_pages.deal, base + "actors/maria-okafor/", base + "topics/%E6%97%A5%E6%9C%AC/"} <= checked


def test_feed_is_served_as_atom_whose_links_lead_to_the_briefings(site):
    folder, base = site
    status, body = fetch(base + "feed.xml")
    feed = ElementTree.fromstring(body)
    atom = "{http://www.w3.org/2005/Atom}"
    links = [e.find(f"{atom}link").get("href") for e in feed.findall(f"{atom}entry")]
    assert status == 200 and links[0] == base + "briefings/2024-03-01-economie-du-port-de-valmora/"
    assert all(fetch(link)[0] == 200 for link in links)


def test_collection_is_served_as_json(site):
    import json

    status, body = fetch(site[1] + "briefings.json")
    assert status == 200 and len(json.loads(body)) == 5


# -- screenshots -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, width, height", [("desktop", 1280, 900), ("phone", 390, 844)])
def test_briefing_page_fits_the_screen_and_is_saved_as_a_screenshot(browser, site, name, width, height, briefing_pages):
    tab = Tab(browser, site[1], viewport={"width": width, "height": height})
    tab.open(briefing_pages.strike)
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
    assert tab.screenshot(f"briefing-{name}", full_page=True).stat().st_size > 10_000
    tab.assert_clean()
    tab.context.close()
