"""Reading: files on disk to `Article` values.

Four input forms are understood:

* the seed form: the text opens with a ``date YYYY-MM-DD`` marker, possibly on the same line as the
  first sentence, then paragraphs separated by blank lines;
* Markdown or text with YAML front matter (``title``, ``date``, ``url``, ``source``, ``author``,
  ``tags``) between ``---`` lines; a first ``# Heading`` gives the title when the front matter has none;
* plain text with no metadata at all;
* a saved web page (``.html``, ``.htm``), whose story and metadata `generator.web` finds in its markup.

Everything that can go wrong with a file becomes an `ArticleError` naming the file (and the line
where one is known), so one bad article never stops the others.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .characters import clean_line, lone_surrogate
from .errors import ArticleError

PAGE_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", *PAGE_SUFFIXES)
# Long-form news runs to tens of kilobytes; a file a hundred times larger is a dump, not an article.
MAX_ARTICLE_BYTES = 5_000_000

_DATE_MARKER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+|[ \t]*\n|\Z)")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# A character of a UTF-8 lead byte read as Windows-1252 or Latin-1, then one of a continuation byte.
_MOJIBAKE = re.compile("[\u00c2-\u00f4\u0192\u2020\u2021\u2026\u2030\u0160\u0152\u017d\u2122]"
                       "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_HEADING = re.compile(r"\A#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")
# Magic numbers of formats people save into article folders by mistake.
_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
                      b"\x7fELF", b"RIFF", b"OggS", b"ID3")


@dataclass(frozen=True)
class Article:
    """One input article, decoded, with its metadata separated from its body."""

    path: Path
    text: str
    body: str
    body_line: int
    sha256: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = field(default=())


def find_articles(paths: list[Path] | tuple[Path, ...]) -> list[Path]:
    """Expand files and folders into a sorted list of article files.

    Hidden files and folders are skipped, and links to folders are not followed, so a link cycle
    cannot make the walk endless.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                base = Path(folder)
                found.extend(base / name for name in files
                             if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES)
        elif path.exists():
            found.append(path)
        else:
            raise ArticleError("no such file or folder", path=path, hint="check the path")
    return sorted(found, key=lambda p: p.as_posix())


def read_article(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read and decode one article file; files over `max_bytes` are refused before reading."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"is {size / 1e6:.1f} MB, larger than the {max_bytes / 1e6:.0f} MB an "
                               "article may have", path=path,
                               hint="it is probably not a news article; split it or remove it")
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return parse_article(path, data)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes: what tells whether an article changed since its briefing."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> ArticleError:
    return ArticleError(f"cannot be read: {exc.strerror or exc}", path=path,
                        hint="check that the file exists and is readable")


def parse_article(path: Path, data: bytes) -> Article:
    """Decode `data` (the bytes of `path`) and split metadata from the body; a saved web page's story
    and metadata are found in its markup."""
    if path.suffix.lower() in PAGE_SUFFIXES:
        from .web import read_page  # its extractor is an optional extra, loaded only for pages
        return read_page(path, data)
    text = _decode(path, data)
    if not text.strip():
        raise ArticleError("is empty" if not text else "holds only whitespace", path=path,
                           hint="add the article text or remove the file")
    sha256 = hashlib.sha256(data).hexdigest()

    front = _FRONT_MATTER.match(text)
    if front:
        meta = _parse_front_matter(path, front.group(1) or "")
        body = text[front.end():]
        body_line = text.count("\n", 0, front.end()) + 1
        heading, body, body_line = _heading(body, body_line)
        return Article(path=path, text=text, body=body, body_line=body_line, sha256=sha256,
                       title=meta.get("title") or heading, date=meta.get("date"), url=meta.get("url"),
                       source=meta.get("source"), author=meta.get("author"),
                       tags=meta.get("tags", ()))

    marker = _DATE_MARKER.match(text)
    if marker:
        date = _make_date(path, 1, *marker.groups())
        body = text[marker.end():]
        return Article(path=path, text=text, body=body, body_line=1 + text.count("\n", 0, marker.end()),
                       sha256=sha256, date=date)

    heading, body, body_line = _heading(text, 1)
    return Article(path=path, text=text, body=body, body_line=body_line, sha256=sha256, title=heading)


def _heading(body: str, body_line: int) -> tuple[str | None, str, int]:
    """A first `# Heading` line of `body` as the title, and the body after it, with its first line."""
    heading = _HEADING.match(body.lstrip("\n"))
    if heading is None:
        return None, body, body_line
    skipped = len(body) - len(body.lstrip("\n")) + heading.end()
    return heading.group(1).strip(), body[skipped:], body_line + body.count("\n", 0, skipped)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192]:
            raise ArticleError("is a binary file, not text", path=path,
                               hint="only UTF-8 text or Markdown articles can be read; remove it")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleError(f"is not valid {encoding.upper()} (byte 0x{data[exc.start]:02x})",
                           path=path, line=line, hint="re-save the file as UTF-8") from exc
    if "\x00" in text:
        raise ArticleError("is a binary file, not text", path=path,
                           hint="only UTF-8 text or Markdown articles can be read; remove it")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # UTF-8 read as Windows-1252 somewhere upstream ("PeÃ±a", "donâ€™t"): ftfy undoes it, and
    # only texts showing a sign of it pay for the check, and for importing ftfy (a twentieth of a
    # second, more than the rest of reading).
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without its timestamps: a date is read as text and checked here, so that an
    impossible one (2024-13-07, 25:00) is an error naming the file and line, not a crash."""

    yaml_implicit_resolvers = {first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
                               for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                   r"\s*(?:Z|[+-]\d{1,2}(?::?\d{2})?)?)?\s*")


def _parse_front_matter(path: Path, source: str) -> dict:
    try:
        meta = yaml.load(source, Loader=_FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "is not valid YAML"
        raise ArticleError(f"front matter: {problem}", path=path, line=line,
                           hint="fix the YAML between the --- lines") from exc
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise ArticleError("front matter is not a mapping of keys to values", path=path, line=2,
                           hint="write it as 'key: value' lines, e.g. 'title: …'")
    out: dict = {}
    for key in ("title", "url", "source", "author"):
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, (str, int, float)):
            raise ArticleError(f"front matter: '{key}' must be text", path=path,
                               line=_key_line(source, key), hint=f"write '{key}: some text'")
        out[key] = _text(path, source, key, str(value))
    if "url" in out and not is_web_address(out["url"]):
        raise ArticleError("front matter: 'url' is not a web address starting with http:// or https://",
                           path=path, line=_key_line(source, "url"), hint="give the article's web address")
    date = meta.get("date")
    if date is not None:
        found = _DATE.fullmatch(str(date))
        if not found:
            raise ArticleError(f"front matter: 'date' is not a date: {date!r}", path=path,
                               line=_key_line(source, "date"), hint="write it as YYYY-MM-DD")
        out["date"] = _make_date(path, _key_line(source, "date"), *found.groups(), where="front matter: ")
    tags = meta.get("tags")
    if tags is not None:
        if isinstance(tags, str):
            tags = [t for t in re.split(r"\s*,\s*", tags) if t]
        if not isinstance(tags, list) or not all(isinstance(t, (str, int, float)) for t in tags):
            raise ArticleError("front matter: 'tags' must be a list of words", path=path,
                               line=_key_line(source, "tags"), hint="write 'tags: [one, two]'")
        out["tags"] = tuple(tag for tag in (_text(path, source, "tags", str(t)) for t in tags) if tag)
    return out


def _text(path: Path, source: str, key: str, value: str) -> str:
    """A front-matter value as one line of text that can reach a page, or an error naming its line."""
    surrogate = lone_surrogate(value)
    if surrogate:
        raise ArticleError(f"front matter: '{key}' holds a lone surrogate ({surrogate}), which no text file can "
                           "store", path=path, line=_key_line(source, key),
                           hint="write the character itself instead of its escape, or remove it")
    return clean_line(value)


def is_web_address(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:  # an unclosed "[" of an IPv6 address, say
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _key_line(source: str, key: str) -> int | None:
    found = re.search(rf"(?m)^{re.escape(key)}\s*:", source)
    return source.count("\n", 0, found.start()) + 2 if found else None


def _make_date(path: Path, line: int | None, year: str, month: str, day: str, hour: str | None = None,
               minute: str | None = None, second: str | None = None, *, where: str = "") -> dt.date:
    """The date, checked with its time of day when one is given (the time itself is not kept)."""
    try:
        date = dt.date(int(year), int(month), int(day))
        if hour is not None:
            dt.time(int(hour), int(minute), int(second or 0))
        return date
    except ValueError as exc:
        written = f"{year}-{month}-{day}" + (f" {hour}:{minute}" + (f":{second}" if second else "") if hour else "")
        raise ArticleError(f"{where}impossible date {written} ({exc})", path=path, line=line,
                           hint="correct the date, written YYYY-MM-DD") from exc
