"""Articles from the web: `briefings add`, `add --feed`, `update` and `build --fetch`, against a real
HTTP server on 127.0.0.1 that serves the pages of tests/pages/, a feed and every way a fetch goes wrong."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import FetchError
from generator.fetching import USER_AGENT, Limits, fetch
from generator.reading import read_article
from tests.conftest import MKDOCS_YML, REPO

PAGES = REPO / "tests" / "pages"
HARBOUR = (PAGES / "harbour-strike.html").read_bytes()
# The same story on a page of its own, without the canonical link or any address of its own.
HARBOUR_COPY = HARBOUR.replace(b'<link rel="canonical" href="https://coastalherald.example/news/2023/06/12/'
                               b'dock-workers-strike">', b"").replace(b'"mainEntityOfPage"', b'"page"')
# Markup written as text, which must stay text, and a character that reverses the text after it.
HOSTILE = ("<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Mayor resigns \u202e</title></head><body>"
           "<article><h1>Mayor resigns</h1>" + "".join(
               f"<p>The mayor &lt;img src=x onerror=alert({n})&gt; said on Monday that she would resign after "
               f"{n} years, and the council would choose a successor within a month.</p>" for n in range(4))
           + "</article></body></html>").encode()
OVER_LIMIT = 5_000_001
SLOW_SECONDS = 3


class _Handler(http.server.BaseHTTPRequestHandler):
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        routes = {
            "/news/harbour-strike": lambda: self.send("text/html; charset=utf-8", HARBOUR),
            "/amp/harbour-strike": lambda: self.send("text/html; charset=utf-8", HARBOUR_COPY),
            "/news/council-budget": lambda: self.send("text/html", (PAGES / "council-budget.html").read_bytes()),
            "/news/ceasefire": lambda: self.send("text/html", (PAGES / "ceasefire-wire.html").read_bytes()),
            "/fr/greve": lambda: self.send("text/html", (PAGES / "air-traffic-strike-cp1252.html").read_bytes()),
            "/moved": lambda: self.redirect("/news/council-budget"),
            "/loop/a": lambda: self.redirect("/loop/b"),
            "/loop/b": lambda: self.redirect("/loop/a"),
            "/huge": self.huge,
            "/slow": self.slow,
            "/report.pdf": lambda: self.send("application/pdf", b"%PDF-1.7\n" + b"0" * 1000),
            "/feed.xml": lambda: self.send("application/rss+xml", self.feed()),
            "/hostile": lambda: self.send("text/html", HOSTILE),
        }
        if path in routes:
            routes[path]()
        else:
            self.send_error(404, "Not Found")

    def send(self, content_type: str, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def huge(self) -> None:
        # No Content-Length: the limit must hold while the body streams in.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(b"<html><body><p>" + b"x" * OVER_LIMIT + b"</p></body></html>")
        self.close_connection = True

    def slow(self) -> None:
        time.sleep(SLOW_SECONDS)
        self.send("text/html", HARBOUR)

    def feed(self) -> bytes:
        base = f"http://{self.headers['Host']}"
        items = "".join(f"<item><title>{title}</title><link>{link}</link></item>"
                        for title, link in (("Council budget", f"{base}/news/council-budget"),
                                            ("Ceasefire", "/news/ceasefire")))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>'
                f"<link>{base}/</link>{items}</channel></rss>").encode()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def project(tempdir) -> Path:
    return tempdir({"seeds/.gitkeep": ""})


def run(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), *args])


def seeds(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "seeds").iterdir() if not p.name.startswith("."))


# --------------------------------------------------------------------------- add URL

def test_add_writes_a_seed_with_front_matter_named_from_date_and_title(server, project):
    result = run(project, "add", "--allow-local", f"{server}/news/harbour-strike")
    assert result.exit_code == 0, result.output
    assert seeds(project) == ["2023-06-12-dock-workers-strike-over-pay-as-talks-collapse.md"]
    article = read_article(project / "seeds" / seeds(project)[0])
    assert (article.title, str(article.date), article.author, article.source, article.url) == (
        "Dock workers strike over pay as talks collapse", "2023-06-12", "Maria Lindqvist", "The Coastal Herald",
        "https://coastalherald.example/news/2023/06/12/dock-workers-strike")
    assert article.body.strip().startswith("Thousands of dock workers walked out at the port of Westhaven")
    assert "Share on Facebook" not in article.body


def test_add_keeps_the_page_beside_the_seed_so_it_can_be_read_again_offline(server, project):
    run(project, "add", "--allow-local", f"{server}/news/harbour-strike")
    stem = seeds(project)[0].removesuffix(".md")
    assert (project / "seeds" / ".pages" / f"{stem}.html").read_bytes() == HARBOUR


def test_a_kept_page_added_again_gives_the_same_seed_without_the_network(server, project):
    run(project, "add", "--allow-local", f"{server}/news/harbour-strike")
    seed = project / "seeds" / seeds(project)[0]
    text = seed.read_text(encoding="utf-8")
    seed.unlink()
    result = run(project, "add", str(project / "seeds" / ".pages" / f"{seed.stem}.html"))
    assert result.exit_code == 0, result.output
    assert seed.read_text(encoding="utf-8") == text
    assert [p.name for p in (project / "seeds" / ".pages").iterdir()] == [f"{seed.stem}.html"]


def test_add_says_who_is_fetching(server, project):
    run(project, "add", "--allow-local", f"{server}/news/harbour-strike")
    assert _Handler.user_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("briefings/")


def test_add_follows_a_redirect(server, project):
    result = run(project, "add", "--allow-local", f"{server}/moved")
    assert result.exit_code == 0, result.output
    assert seeds(project) == ["2024-02-29-council-approves-budget-with-cuts-to-libraries.md"]


def test_the_same_address_added_twice_is_one_seed(server, project):
    run(project, "add", "--allow-local", f"{server}/news/harbour-strike")
    result = run(project, "add", "--allow-local", f"{server}/news/harbour-strike?utm_source=newsletter")
    assert result.exit_code == 0, result.output
    assert "already added" in result.output
    assert len(seeds(project)) == 1


def test_the_same_story_at_an_address_of_its_own_is_recognised_by_its_text(server, project):
    run(project, "add", "--allow-local", f"{server}/news/harbour-strike")
    result = run(project, "add", "--allow-local", f"{server}/amp/harbour-strike")
    assert result.exit_code == 0, result.output
    assert f"already added: {server}/amp/harbour-strike is seeds/2023-06-12-" in result.output
    assert len(seeds(project)) == 1


def test_a_page_in_windows_1252_declared_in_its_meta_tag_is_read_as_such(server, project):
    assert run(project, "add", "--allow-local", f"{server}/fr/greve").exit_code == 0
    article = read_article(project / "seeds" / seeds(project)[0])
    assert article.author == "Élodie Garnier"
    assert "« Nous ne reprendrons pas le travail tant que le ministère refusera de négocier »" in article.body


# --------------------------------------------------------------------------- failures, one line each

@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "the server answered 404 Not Found"),
    ("/loop/a", "redirects in a loop"),
    ("/huge", "is larger than the 5 MB a page may have"),
    ("/report.pdf", "is application/pdf, not a web page"),
])
def test_a_failed_address_is_one_line_and_the_others_are_still_added(server, project, path, message):
    result = run(project, "add", "--allow-local", f"{server}{path}", f"{server}/news/harbour-strike")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {server}{path}: {message}")
    assert len(seeds(project)) == 1


def test_a_slow_server_is_given_up_on_at_the_timeout(server, project):
    started = time.monotonic()
    result = run(project, "add", "--allow-local", "--timeout", "0.5", f"{server}/slow")
    assert time.monotonic() - started < SLOW_SECONDS
    assert result.exit_code == 1
    assert f"error: {server}/slow: timed out after 0.5 s" in result.output


def test_a_loopback_address_is_refused_unless_local_ones_are_allowed(server, project):
    result = run(project, "add", f"{server}/news/harbour-strike")
    assert result.exit_code == 1
    assert "is at a private or loopback address (127.0.0.1)" in result.output
    assert "--allow-local" in result.output
    assert seeds(project) == []


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://example.org/story.html", "javascript:alert(1)"])
def test_only_http_and_https_addresses_are_fetched(project, address):
    result = run(project, "add", "--allow-local", address)
    assert result.exit_code == 1
    assert "is not an http:// or https:// address" in result.output


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.0.1", "169.254.169.254", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0"])
def test_private_link_local_and_unspecified_addresses_are_refused_before_connecting(address):
    with pytest.raises(FetchError, match="private or loopback"):
        fetch(f"http://{address}/story", Limits())


def test_a_body_larger_than_it_is_declared_is_refused_before_it_is_read(server):
    with pytest.raises(FetchError, match="larger than the 0.001 MB"):
        fetch(f"{server}/news/harbour-strike", Limits(max_bytes=1000, allow_local=True))


def test_redirects_are_followed_only_so_far(server):
    with pytest.raises(FetchError, match="redirects more than 0 times"):
        fetch(f"{server}/moved", Limits(max_redirects=0, allow_local=True))


# --------------------------------------------------------------------------- feeds

def test_add_feed_adds_each_entry(server, project):
    result = run(project, "add", "--allow-local", "--feed", f"{server}/feed.xml")
    assert result.exit_code == 0, result.output
    assert seeds(project) == ["2022-11-07-mediators-announce-three-day-ceasefire-in-border-region.md",
                              "2024-02-29-council-approves-budget-with-cuts-to-libraries.md"]
    assert "articles: 2 added, 0 already there" in result.output


def test_an_entry_added_once_is_not_added_again_even_after_its_seed_is_removed(server, project):
    run(project, "add", "--allow-local", "--feed", f"{server}/feed.xml")
    (project / "seeds" / "2024-02-29-council-approves-budget-with-cuts-to-libraries.md").unlink()
    result = run(project, "add", "--allow-local", "--feed", f"{server}/feed.xml")
    assert result.exit_code == 0, result.output
    assert "articles: 0 added, 0 already there" in result.output
    assert len(seeds(project)) == 1


def test_an_address_that_is_not_a_feed_is_one_line(server, project):
    result = run(project, "add", "--allow-local", "--feed", f"{server}/news/harbour-strike")
    assert result.exit_code == 1
    assert f"error: {server}/news/harbour-strike: is text/html, not a feed" in result.output


def test_update_adds_the_new_entries_of_the_configured_feeds(server, tempdir):
    root = tempdir({"seeds/.gitkeep": ""}, mkdocs_yml=MKDOCS_YML + f"      feeds:\n        - {server}/feed.xml\n")
    result = run(root, "update", "--allow-local")
    assert result.exit_code == 0, result.output
    assert len(seeds(root)) == 2


def test_update_without_feeds_says_where_to_list_them(project):
    result = run(project, "update")
    assert result.exit_code == 1
    assert "lists no feeds to fetch" in result.output and "'feeds:'" in result.output


def test_a_feed_in_the_configuration_must_be_a_web_address(tempdir):
    root = tempdir({"seeds/.gitkeep": ""}, mkdocs_yml=MKDOCS_YML + "      feeds:\n        - file:///etc/passwd\n")
    result = run(root, "update")
    assert result.exit_code == 1
    assert "plugins.briefings.feeds" in result.output and "not a web address" in result.output


def test_build_fetch_adds_the_new_entries_then_builds_them_into_the_site(server, tempdir):
    root = tempdir({"seeds/.gitkeep": "", "content/.gitkeep": ""},
                   mkdocs_yml=MKDOCS_YML + f"      feeds:\n        - {server}/feed.xml\n")
    result = run(root, "build", "--fetch", "--allow-local")
    assert result.exit_code == 0, result.output
    assert "briefings: 2 created" in result.output
    assert (root / "site" / "briefings" / "2024-02-29-council-approves-budget-with-cuts-to-libraries").is_dir()


def test_fetched_text_is_cleaned_and_escaped_like_any_article(server, project):
    result = run(project, "add", "--allow-local", f"{server}/hostile")
    assert result.exit_code == 0, result.output
    seed = (project / "seeds" / seeds(project)[0]).read_text(encoding="utf-8")
    assert "\u202e" not in seed
    assert run(project, "build").exit_code == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html"))
    assert "Mayor resigns" in pages
    assert "<script>alert" not in pages and "<img src=x" not in pages


def test_without_the_web_extra_add_says_in_one_line_what_to_install(project, without_module):
    without_module("feedparser")
    result = run(project, "add", "https://example.org/news/story")
    assert result.exit_code == 1
    assert result.output == ("error: adding web pages and feeds needs the 'web' extra "
                             "(install the web extra: pip install -e '.[web]')\n")
