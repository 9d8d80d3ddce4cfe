"""The published site in a real browser: headless Chromium driven by Playwright.

The site is built by the real pipeline (summarise with the builtin backend, render, MkDocs build with
the repository's mkdocs.yml and pages) from the sample articles of tests/input/ plus an article with
accents and another script and a hostile one, and served over HTTP on 127.0.0.1. The hostile article
alone, its briefing then edited by hand, is also built with each theme the README names for
publishing (mkdocs, readthedocs, material and Zensical) and read in each.

Without Chromium or Playwright these tests are skipped, except in CI (CI=true), where that fails:
`make test` installs both. Screenshots land in tests/output/screenshots/ for review.
"""

from __future__ import annotations

import html.parser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from mkdocs.utils.yaml import yaml_load

from conftest import REPO, write_tree
from generator.config import load_project
from generator.pipeline import update
from generator.schema import slugify
from generator.site import build_site

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = REPO / "tests" / "output" / "screenshots"

# An ampersand and an apostrophe, which MkDocs' search index holds as entities in titles.
AMPERSAND = """\
---
title: Harbour & rail plan gets the mayor's backing
date: 2023-01-10
---

The harbour & rail plan was backed by the mayor on Tuesday.
"""

ACCENTS = """\
---
title: Économie du port de Valmora
date: 2024-03-01
tags: [Économie, 日本, ports]
---

José Álvarez, the mayor of Valmora, welcomed Japanese investors on Friday.

"Valmora is open for business," Álvarez said.
"""

# Each attack would set window.pwned or open a dialog if it ran. The title and the first tag close
# <title>, in case a theme turns a page title back into markup.
HOSTILE_TITLE = "Harbour council </title><script>window.pwned = 'title'; alert('title')</script> votes"
HOSTILE_TAGS = ["</title><img src=x onerror=alert('tag')>", "\" onmouseover=\"alert('tag-attr')", "javascript:alert(1)"]
HOSTILE = f"""\
---
title: {json.dumps(HOSTILE_TITLE)}
date: 2024-02-05
tags: {json.dumps(HOSTILE_TAGS)}
---
""" + """
The harbour council met on Monday <script>window.pwned = 'body'; alert('body')</script> and voted on the new tariffs.

"We reject <img src=x onerror=alert('quote')> and every threat to this port," said council chair Rosa Lindqvist. "Read [the plan](javascript:alert('link')) and decide."

Lindqvist added that <a href="javascript:alert('anchor')" onclick="alert('click')">the docs</a> were ready, and that **nothing** here was `code`.

# Not a heading {: onmouseover="alert('attr')" }

<div onmouseover="alert('div')">hover</div> <svg onload="alert('svg')"></svg> ![pixel](javascript:alert('img')) {{ 7*7 }}
"""


def copy_config(project_dir: Path) -> None:
    """The repository's mkdocs.yml in `project_dir`, with topic pages from one briefing on: the tags
    in other scripts and the hostile tags are each in one article only."""
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.rstrip().endswith("sections: [briefings, actors, archive, topics, feed, data]")
    (project_dir / "mkdocs.yml").write_text(config + "      topic_min_briefings: 1\n", encoding="utf-8")


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
    copy_config(project_dir)
    articles = {f"seeds/{a.name}": a.read_bytes() for a in (REPO / "tests" / "input").iterdir()}
    write_tree(project_dir, {**articles, "seeds/accents.md": ACCENTS, "seeds/hostile.md": HOSTILE,
                             "seeds/ampersand.md": AMPERSAND})
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
        data = json.loads((site_dir / "briefings.json").read_text(encoding="utf-8"))["briefings"]
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
    assert titles[:2] == ["Économie du port de Valmora", as_heading(HOSTILE_TITLE)]
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
    # The actor's own page may come first, its title being the name searched for.
    assert any(h.endswith(briefing_pages.strike) for h in hrefs[:2])
    assert not any(h.endswith(briefing_pages.budget) for h in hrefs)
    tab.assert_clean()


def test_following_a_quote_lands_on_its_highlighted_paragraph(tab, briefing_pages):
    tab.open(briefing_pages.strike)
    quote = tab.page.locator('[role="main"] blockquote p', has_text="Every day the cranes stand still").first
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


def test_the_quoted_words_are_marked_in_their_paragraph_and_lead_back_to_who_said_them(tab, briefing_pages):
    tab.open(briefing_pages.strike)
    card = tab.page.locator('[role="main"] h3.briefings-card', has_text="Daniel Reyes")
    card_id = card.get_attribute("id")
    tab.page.locator('[role="main"] blockquote p', has_text="Every day the cranes stand still").first \
        .locator("a", has_text="¶").click()
    mark = tab.page.locator(".briefings-paragraph:target a.briefings-quoted", has_text="Every day the cranes")
    assert mark.inner_text() == "Every day the cranes stand still costs the country money,"
    elsewhere = tab.page.locator(".briefings-paragraph:not(:target) a.briefings-quoted").first
    background = "a => getComputedStyle(a).backgroundColor"
    assert mark.evaluate(background) not in ("rgba(0, 0, 0, 0)", elsewhere.evaluate(background))
    mark.click()
    assert tab.page.evaluate("location.hash") == f"#{card_id}"
    assert tab.page.locator("h3:target").inner_text() == "Daniel Reyes"
    tab.assert_clean()


def test_a_briefing_page_shows_who_said_what_before_the_table_of_actors_on_a_phone(browser, site, briefing_pages):
    tab = Tab(browser, site[1], viewport={"width": 390, "height": 844})
    tab.open(briefing_pages.strike)
    main = tab.page.locator('[role="main"]')
    first_stance = main.locator(".briefings-polarity").first.bounding_box()["y"]
    assert first_stance < main.locator("table").bounding_box()["y"]
    assert first_stance < 2 * 844  # within two screens of the top
    card = main.locator("h3.briefings-card").first
    assert card.inner_text() == "Maria Okafor"
    assert "leader of the Harbour Workers Union" in card.locator("xpath=following-sibling::p[1]").inner_text()
    tab.assert_clean()
    tab.context.close()


def test_search_shows_an_ampersand_and_an_apostrophe_as_text(tab):
    tab.open()
    results = search_mkdocs(tab.page, "rail plan")
    found = results.filter(has_text="Harbour & rail plan gets the mayor").first
    found.wait_for()
    assert "&amp;" not in found.inner_text() and "&#39;" not in found.inner_text()
    tab.assert_clean()


def test_every_page_names_the_feed_in_its_head(tab, briefing_pages):
    for path in ("", briefing_pages.strike, "actors/"):
        tab.open(path)
        link = tab.page.locator('head link[rel="alternate"][type="application/atom+xml"]')
        assert link.evaluate("l => l.href") == tab.base + "feed.xml"
    tab.assert_clean()


def test_the_footer_is_the_sites_own(tab):
    tab.open()
    footer = tab.page.locator("footer").inner_text()
    assert "Who said what in the news" in footer and "MkDocs" not in footer


def test_the_table_of_contents_leads_to_the_pages_headings_and_holds_no_empty_list(tab, briefing_pages):
    # The theme put an empty list under every entry: on a topic page, an entry per briefing, they and
    # their indentation were over a third of the contents' bytes.
    tab.open(briefing_pages.strike)
    toc = tab.page.locator("#toc-collapse")
    headings = tab.page.locator('[role="main"] :is(h1, h2)').evaluate_all("hs => hs.map(h => '#' + h.id)")
    assert toc.locator("a.nav-link").evaluate_all("links => links.map(a => a.getAttribute('href'))") == headings
    assert toc.evaluate("t => [...t.querySelectorAll('ul')].filter(list => !list.children.length).length") == 0
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


# -- hostile text, on every theme the site is published with ---------------------------------------

# The hostile briefing as a person might edit it by hand. The actors' names and the keyword are the
# titles of their own pages, and the names head the positions of the briefing; role and stance are
# not in any heading.
ACTOR = "Rosa Lindqvist </title><img src=x onerror=\"window.pwned = 'actor'; alert('actor')\">"
ROLE = "council chair \" onmouseover=\"window.pwned = 'role'; alert('role')"
SPEAKER = "Harbour master <script>window.pwned = 'speaker'; alert('speaker')</script>"
KEYWORD = "tariffs </title><script>window.pwned = 'keyword'; alert('keyword')</script>"
STANCE = "backs the tariffs </title><img src=x onerror=\"window.pwned = 'stance'; alert('stance')\">"

# In a heading, and so in page titles, tables of contents and search results, these characters show
# as look-alikes that no theme can decode back into markup: angle quotes, and quotation marks
# opening after a space or bracket and closing elsewhere.
def as_heading(text: str) -> str:
    text = text.replace("<", "‹").replace(">", "›")
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[{#>\-—–/]))\"", "“", text)
    text = re.sub(r"(?:(?<=^)|(?<=[\s(\[{#>\-—–/]))'", "‘", text)
    return text.replace('"', "”").replace("'", "’")


def edit_by_hand(briefing: Path) -> None:
    data = yaml.safe_load(briefing.read_text(encoding="utf-8"))
    assert data["quotes"], "the hostile article's quote was not extracted"
    data["actors"] = [{"id": "rosa-lindqvist", "name": ACTOR, "type": "person", "role": ROLE},
                      {"id": "harbour-master", "name": SPEAKER, "type": "person"}]
    data["keywords"].append(KEYWORD)
    data["positions"] = [{"actor": "rosa-lindqvist", "stance": STANCE, "polarity": "support", "paragraph": 1},
                         {"actor": "harbour-master", "stance": "was not asked", "polarity": "claim", "paragraph": 1}]
    data["quotes"] = [{**quote, "speaker": "harbour-master"} for quote in data["quotes"]]
    briefing.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def search_mkdocs(page, words: str):
    page.get_by_role("link", name="Search").click()
    page.locator("#mkdocs-search-query").press_sequentially(words, delay=20)
    return page.locator("#mkdocs-search-results article")


def search_readthedocs(page, words: str):
    page.locator('input[name="q"]').fill(words)
    page.locator('input[name="q"]').press("Enter")  # opens search.html?q=…
    return page.locator("#mkdocs-search-results article")


def search_material(page, words: str):
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(words, delay=20)
    return page.locator(".md-search-result__item")


def search_zensical(page, words: str):
    page.locator("button.md-search__button").click()
    page.get_by_role("combobox").press_sequentially(words, delay=20)
    return page.get_by_role("option")


@dataclass(frozen=True)
class Theme:
    """A way to publish the site (README, Publish), and where its pages show what the tests read."""

    name: str
    theme: dict | None  # `theme` of mkdocs.yml; None keeps the repository's
    main: str  # the page's own content
    title_again: str | None  # where the page shows its title again, besides the browser tab
    search: Callable  # (page, words) → a locator of the results, once typed


# Material loads its fonts from Google unless told not to, and the site must work on its own.
# Zensical reads the same mkdocs.yml with the theme named material, the one theme it has.
THEMES = [
    Theme("mkdocs", None, '[role="main"]', None, search_mkdocs),
    Theme("readthedocs", {"name": "readthedocs", "highlightjs": False}, '[role="main"]',
          ".wy-breadcrumbs .breadcrumb-item.active", search_readthedocs),
    Theme("material", {"name": "material", "font": False}, "article.md-content__inner",
          '[data-md-component="header-topic"]', search_material),
    Theme("zensical", {"name": "material", "font": False}, "article.md-content__inner",
          '[data-md-component="header-topic"]', search_zensical),
]

# What a payload would leave in the page had it become markup: an event handler attribute or a
# javascript: URL, looked for in the shadow roots Zensical's search draws in too. No theme writes
# either of its own.
INJECTED = r"""() => {
    const found = [];
    const visit = root => root.querySelectorAll('*').forEach(element => {
        for (const {name, value} of element.attributes) {
            if (name.startsWith('on') || ['href', 'src', 'action', 'formaction'].includes(name)
                                         && /^\s*javascript:/i.test(value)) {
                found.push(element.outerHTML.slice(0, 200));
            }
        }
        if (element.shadowRoot) visit(element.shadowRoot);
    });
    visit(document);
    return found;
}"""


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory) -> Path:
    """The hostile article alone in a project with the repository's configuration, summarised, its
    briefing then edited by hand, and rendered."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(REPO / "pages", root / "pages")
    shutil.copytree(REPO / "overrides", root / "overrides")
    copy_config(root)
    write_tree(root, {"seeds/hostile.md": HOSTILE})
    project = load_project(root / "mkdocs.yml")
    result = update(project)
    assert not result.problems, result.problems
    briefing, = project.content_dir.glob("*.yaml")
    edit_by_hand(briefing)
    result = update(project)
    assert not result.problems, result.problems
    return root


def build_with(theme: Theme, root: Path) -> Path:
    """The rendered pages of project `root` built with `theme` into a site folder of its own."""
    with (root / "mkdocs.yml").open(encoding="utf-8") as f:
        settings = yaml_load(f)  # MkDocs' loader, which resolves !ENV
    settings["site_dir"] = f"sites/{theme.name}"
    if theme.theme:
        settings["theme"] = theme.theme
    config = root / f"{theme.name}.yml"
    config.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    if theme.name == "zensical":
        zensical = shutil.which("zensical", path=str(Path(sys.executable).parent)) or shutil.which("zensical")
        if zensical is None:
            missing("Zensical is not installed (pip install -e '.[zensical]')")
        result = subprocess.run([zensical, "build", "--strict", "-f", config.name], cwd=root,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
    else:
        if theme.name == "material" and importlib.util.find_spec("material") is None:
            missing("mkdocs-material is not installed (pip install -e '.[material]')")
        build_site(load_project(config), strict=True)
    return root / settings["site_dir"]


@pytest.fixture(scope="module", params=THEMES, ids=lambda theme: theme.name)
def themed_site(request, hostile_project) -> Iterator[tuple[Theme, str]]:
    """The hostile project built with one theme and served; (theme, base URL)."""
    with serving(build_with(request.param, hostile_project)) as base:
        yield request.param, base


@pytest.fixture
def themed_tab(browser, themed_site):
    theme, base = themed_site
    opened = Tab(browser, base)
    yield theme, opened
    opened.context.close()


def page_of(project: Path, path: str) -> str:
    """`path`, or for "briefing" the hostile briefing's page, whose id is a slug of its title."""
    if path != "briefing":
        return path
    found, = (project / "content").glob("*.yaml")
    return f"briefings/{found.stem}/"


def sweep(tab: Tab) -> None:
    """Move the mouse across the page, which would fire onmouseover handlers, were there any."""
    for y in range(50, 900, 200):
        tab.page.mouse.move(0, y)
        tab.page.mouse.move(1280, y, steps=8)


def assert_inert(tab: Tab) -> None:
    assert tab.page.evaluate("window.pwned") is None
    assert tab.page.evaluate(INJECTED) == []
    tab.assert_clean()


def text_of(locator) -> str:
    """The text of an element, shown or not, with its whitespace as a reader sees it."""
    return " ".join(locator.text_content().split())


KEYWORD_PAGE = f"topics/{slugify(KEYWORD)}/"
TAG_PAGE = f"topics/{slugify(HOSTILE_TAGS[0])}/"


@pytest.mark.parametrize("path, shown", [
    pytest.param("briefing", STANCE, id="briefing"),
    pytest.param("", as_heading(HOSTILE_TITLE), id="home"),
    pytest.param("archive/", HOSTILE_TITLE, id="archive"),
    pytest.param("actors/", ACTOR, id="actors"),
    pytest.param("actors/rosa-lindqvist/", ROLE, id="actor"),
    pytest.param("actors/harbour-master/", HOSTILE_TITLE, id="speaker"),
    pytest.param("topics/", HOSTILE_TAGS[0], id="topics"),
    pytest.param(KEYWORD_PAGE, as_heading(HOSTILE_TITLE), id="keyword"),
    pytest.param(TAG_PAGE, as_heading(HOSTILE_TITLE), id="tag"),
])
def test_hostile_text_runs_no_script_and_shows_as_text_on_every_theme(themed_tab, hostile_project, path, shown):
    theme, tab = themed_tab
    tab.open(page_of(hostile_project, path))
    assert shown in tab.page.locator(theme.main).inner_text()
    assert_inert(tab)


@pytest.mark.parametrize("path, title", [
    pytest.param("briefing", HOSTILE_TITLE, id="briefing"),
    pytest.param("actors/rosa-lindqvist/", ACTOR, id="actor"),
    pytest.param("actors/harbour-master/", SPEAKER, id="speaker"),
    pytest.param(KEYWORD_PAGE, KEYWORD, id="keyword"),
    pytest.param(TAG_PAGE, HOSTILE_TAGS[0], id="tag"),
])
def test_a_hostile_page_title_reads_as_written_in_the_tab_and_the_headings(themed_tab, hostile_project, path, title):
    theme, tab = themed_tab
    tab.open(page_of(hostile_project, path))
    assert tab.page.evaluate("document.title") == f"{as_heading(title)} - Briefings"
    assert text_of(tab.page.locator(f"{theme.main} h1")) == as_heading(title)
    if theme.title_again:
        assert text_of(tab.page.locator(theme.title_again)) == as_heading(title)
    assert_inert(tab)


def test_hostile_names_read_as_written_in_the_table_of_contents(themed_tab):
    theme, tab = themed_tab
    tab.open()
    entries = tab.page.locator('a[href="#briefing-1"]')  # the home page's first briefing, the hostile one
    assert entries.count() > 0
    assert {text_of(entry) for entry in entries.all()} == {as_heading(HOSTILE_TITLE)}
    assert_inert(tab)


def test_search_for_a_hostile_word_lists_its_results_as_text(themed_tab):
    theme, tab = themed_tab
    tab.open()
    results = theme.search(tab.page, "src=x")  # of <img src=x onerror=…> in a title, a tag and a name
    for heading in (HOSTILE_TITLE, HOSTILE_TAGS[0], ACTOR):
        results.filter(has_text=as_heading(heading)).first.wait_for()
    assert results.locator("img, script, svg").count() == 0
    assert_inert(tab)


def test_hostile_article_markup_shows_as_written_on_every_theme(themed_tab, hostile_project):
    theme, tab = themed_tab
    tab.open(page_of(hostile_project, "briefing"))
    main = tab.page.locator(theme.main)
    text = main.inner_text()
    for literal in ("<script>window.pwned = 'body'; alert('body')</script>", "<img src=x onerror=alert('quote')>",
                    "[the plan](javascript:alert('link'))", "**nothing** here was `code`",
                    "# Not a heading {: onmouseover=\"alert('attr')\" }", "{{ 7*7 }}", ROLE, STANCE):
        assert literal in text
    assert main.locator("img, svg, script").count() == 0
    tab.screenshot(f"hostile-{theme.name}", full_page=True)
    sweep(tab)
    assert_inert(tab)


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
    assert status == 200 and len(json.loads(body)["briefings"]) == 6


# -- accessibility ---------------------------------------------------------------------------------

AXE = REPO / "tests" / "axe"


@pytest.fixture(scope="module")
def axe_script() -> str:
    """axe-core's script, its npm package installed into tests/axe/ on first use."""
    script = AXE / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        npm = shutil.which("npm")
        if npm is None:
            missing("npm is not installed: the accessibility test needs axe-core from the npm registry")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=AXE, check=True, capture_output=True)
    return script.read_text(encoding="utf-8")


AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
AXE_RUN = f"axe.run(document, {{runOnly: {AXE_TAGS}}})"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_no_serious_accessibility_violation_on_the_sites_pages(browser, site, briefing_pages, axe_script, scheme,
                                                               width):
    tab = Tab(browser, site[1], color_scheme=scheme, viewport={"width": width, "height": 900})
    found = []
    for path in ("", briefing_pages.strike, "actors/maria-okafor/", "actors/", "archive/", "topics/"):
        tab.open(path)
        tab.page.add_script_tag(content=axe_script)
        for violation in tab.page.evaluate(AXE_RUN)["violations"]:
            if violation["impact"] in ("serious", "critical"):
                found += [f"{path}: {violation['id']} {node['target']}" for node in violation["nodes"]]
    tab.open(briefing_pages.strike)
    tab.screenshot(f"briefing-{scheme}-{width}", full_page=True)
    assert found == []
    tab.assert_clean()
    tab.context.close()


def test_no_serious_accessibility_violation_in_the_pages_content_on_every_theme(themed_tab, hostile_project,
                                                                                axe_script):
    theme, tab = themed_tab
    found = []
    for path in ("briefing", "actors/rosa-lindqvist/", ""):
        tab.open(page_of(hostile_project, path))
        tab.page.add_script_tag(content=axe_script)
        # Within the page's own content: the theme's bars, menus and search dialog are not made here.
        result = tab.page.evaluate(f"main => axe.run({{include: [main]}}, {{runOnly: {AXE_TAGS}}})", theme.main)
        found += [f"{path}: {v['id']} {node['target']}" for v in result["violations"]
                  if v["impact"] in ("serious", "critical") for node in v["nodes"]]
    assert found == []
    assert_inert(tab)


# -- valid HTML ------------------------------------------------------------------------------------

VNU = REPO / "tests" / "vnu"
# What the mkdocs theme writes itself, on every page: a search dialog titled by an h4, and a disabled
# "Previous" link without an address on the first page of the nav.
THEME_MARKUP = ('id="searchModalLabel"', 'class="nav-link disabled"')


@pytest.fixture(scope="module")
def vnu() -> list[str]:
    """The command that runs the Nu Html Checker; its npm package is installed into tests/vnu/ on first use."""
    jar = VNU / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    java = shutil.which("java")
    if java is None:
        missing("Java is not installed: the Nu Html Checker needs it (apt-get install default-jre-headless)")
    if not jar.is_file():
        npm = shutil.which("npm")
        if npm is None:
            missing("npm is not installed: the Nu Html Checker comes from the npm registry")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=VNU, check=True, capture_output=True)
    return [java, "-jar", str(jar)]


def test_the_nu_html_checker_finds_no_error_in_the_pages_the_templates_make(site, vnu):
    folder, _ = site
    pages = sorted(str(p) for p in folder.rglob("*.html") if p.name != "404.html")
    # The checker exits 1 when it finds errors, those of the theme too: its report says which.
    done = subprocess.run([*vnu, "--errors-only", "--format", "json", *pages], capture_output=True, text=True,
                          timeout=600, check=False)
    messages = json.loads(done.stderr)["messages"]
    errors = [f"{m['url'].rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages
              if not any(markup in m.get("extract", "") for markup in THEME_MARKUP)]
    assert len(pages) > 30 and errors == []


# -- screenshots -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, width, height", [("desktop", 1280, 900), ("phone", 390, 844)])
def test_briefing_page_fits_the_screen_and_is_saved_as_a_screenshot(browser, site, name, width, height, briefing_pages):
    tab = Tab(browser, site[1], viewport={"width": width, "height": height})
    tab.open(briefing_pages.strike)
    assert tab.page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
    assert tab.screenshot(f"briefing-{name}", full_page=True).stat().st_size > 10_000
    tab.assert_clean()
    tab.context.close()
