"""Saved web pages: the bytes of an HTML page to the story's paragraphs and metadata.

A news page is mostly not the story: navigation, cookie banners, share buttons, adverts, related
stories, captions, paywall teasers and comments surround a few paragraphs. The main text is found
by trafilatura, the reference extractor for the task, which also reads the page's metadata
(``<meta>`` tags, JSON-LD ``NewsArticle``, ``<time>``, the canonical link). What it returns is
untrusted text like any article's: each value is made one clean line here, and the paragraphs go
through the same cleaning as any article's.

trafilatura and its dependencies (lxml, dateparser and more) come with the optional ``web`` extra,
so they are imported only when a page is read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import importlib.metadata
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .characters import clean_line
from .errors import ArticleError, MissingExtraError
from .reading import Article, is_web_address

INSTALL_HINT = "install the web extra: pip install -e '.[web]'"

# The declared encoding is looked for where browsers look: in the first kilobytes of the page.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PRESCAN_BYTES = 4096
# Structural elements of trafilatura's output that hold text of the story; headings are left out,
# as a briefing's paragraphs are sentences, and the page's title is its own field.
_TEXT_ELEMENTS = ("p", "item", "quote")
# Posts of social networks embedded in a story repeat what it reports, with the network's furniture.
_EMBEDS = [("//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media') "
            "or contains(@class, 'tiktok-embed') or contains(@class, 'reddit-embed')]")]
# A line of a page without article markup is story text when it is a sentence of some length.
_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
# Separators of a <title> that adds the site and section to the headline ("Site :: News :: Headline").
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|»|[-–—]|·)\s+")
# A byline left in the text ("By Jane Doe, Political editor", "Par Élodie Garnier –") names the author
# and little else.
_BYLINE_OTHER_WORDS = 4


@dataclass(frozen=True)
class Page:
    """What a page says about itself and its story's paragraphs, each value one line of clean text."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    source: str | None = None  # the site's name
    url: str | None = None  # its canonical address, else the address it was fetched from


@functools.cache
def reader_version() -> str:
    """The page reader's version: trafilatura's and a digest of this module, so a briefing of a page
    is made again when either changes. Found without importing either."""
    try:
        version = importlib.metadata.version("trafilatura")
    except importlib.metadata.PackageNotFoundError:
        version = "missing"
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:10]
    return f"trafilatura {version}+{digest}"


def read_page(path: Path, data: bytes) -> Article:
    """The `Article` of a saved page: its story as paragraphs, its metadata as front matter would give it."""
    page = extract_page(data, path=path)
    body = "\n\n".join(page.paragraphs)
    return Article(path=path, text=body, body=body, body_line=1, sha256=hashlib.sha256(data).hexdigest(),
                   title=page.title, date=page.date, url=page.url, source=page.source, author=page.author)


def extract_page(data: bytes, *, url: str | None = None, charset: str | None = None,
                 path: Path | None = None) -> Page:
    """Find the story in a page's bytes; `url` is where it came from, `charset` what its server said
    its encoding is. Raises `ArticleError` (naming `path`, or `url`) when there is no story to find."""
    where = path if path is not None else url
    trafilatura = _trafilatura(where)
    html = decode_page(data, charset)
    found = _extract(trafilatura, html, url, where, favor_precision=True)
    paragraphs = _paragraphs(found.body) if found is not None else []
    if not paragraphs:
        # Pages without article markup (a story in a table cell, paragraphs made of <br>s) defeat
        # the careful reading; the lenient one returns the page's text line by line, of which only
        # sentences are kept, as navigation and link lists are not written in them.
        found = _extract(trafilatura, html, url, where, favor_precision=False)
        lines = _paragraphs(found.body, by_line=True) if found is not None else []
        paragraphs = [line for line in lines if _is_sentence(line)]
        title = _headline(_line(found.title), lines) if found is not None else None
    else:
        title = _line(found.title)
    author = _line(found.author) if found is not None else None
    if author:
        paragraphs = [p for p in paragraphs if not _is_byline(p, author)]
    if not paragraphs:
        raise ArticleError("no article text was found in the page", path=where,
                           hint="check that the page holds a news article, not only its teaser or an index")
    canonical = _line(found.url)
    return Page(paragraphs=tuple(paragraphs), title=title, date=_date(found.date), author=author,
                source=_line(found.sitename),
                url=canonical if canonical and is_web_address(canonical) else url)


def _extract(trafilatura, html: str, url: str | None, where: Path | str | None, *, favor_precision: bool):
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=favor_precision,
                                            prune_xpath=_EMBEDS)
    except Exception as exc:  # a page trafilatura's parser chokes on is one bad article, not a crash
        raise ArticleError(f"the page cannot be read: {exc}", path=where,
                           hint="check that it is an HTML page") from exc
    return found if found is not None and found.body is not None else None


def _trafilatura(where: Path | str | None):
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError("is a web page, and reading web pages needs the 'web' extra", path=where,
                                hint=INSTALL_HINT) from exc
    # They warn of every page they find little in, in lines of their own; what matters reaches the
    # user as the page's one error line.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return trafilatura


def decode_page(data: bytes, charset: str | None = None) -> str:
    """The page's text: by its byte-order mark; else as UTF-8 when it is valid UTF-8, as text in a
    single-byte encoding with letters beyond ASCII almost never is, while pages that declare Latin-1
    but are saved as UTF-8 are common; else in the encoding its server or its own ``<meta>`` declares;
    else in Windows-1252, which browsers assume for undeclared Western pages and which decodes any byte."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    for declared in (charset, meta.group(1).decode("ascii") if meta else None):
        encoding = _known_encoding(declared)
        if encoding is not None:
            return data.decode(encoding, errors="replace")
    return data.decode("cp1252", errors="replace")


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        encoding = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    # As the HTML standard says: a page cannot declare itself UTF-16 in its own bytes, and "latin-1"
    # and "ascii" mean Windows-1252 on the web.
    if encoding in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return None if encoding.startswith("utf-16") else encoding


def _paragraphs(body, *, by_line: bool = False) -> list[str]:
    """The text of each paragraph, list item and quotation of trafilatura's output, in order; with
    `by_line`, each line of them."""
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    found = []
    for element in body.iter(*_TEXT_ELEMENTS):
        if element.tag == "quote" and any(child.tag in _TEXT_ELEMENTS for child in element.iter()
                                          if child is not element):
            continue  # its paragraphs come on their own
        text = "".join(element.itertext())
        found.extend(" ".join(piece.split()) for piece in (text.splitlines() if by_line else [text]))
    return [text for text in found if text]


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(line))


def _headline(title: str | None, lines: list[str]) -> str | None:
    """Of a <title> made of parts, the one the page shows on a line of its own: the headline."""
    if title is None:
        return None
    shown = set(lines)
    parts = [part for part in _TITLE_SEPARATORS.split(title) if part in shown]
    return max(parts, key=len) if parts else title


def _is_byline(paragraph: str, author: str) -> bool:
    if author.casefold() not in paragraph.casefold():
        return False
    rest = re.sub(re.escape(author), " ", paragraph, flags=re.I)
    return len(re.findall(r"\w+", rest)) <= _BYLINE_OTHER_WORDS


def _line(value: object) -> str | None:
    return clean_line(str(value)) or None if value else None


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
