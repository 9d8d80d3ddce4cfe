"""Reading article files: the three input forms, encodings, and one clear error per bad file."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import ArticleError
from generator.reading import find_articles, parse_article, read_article
from tests.conftest import REPO


def parse(text: str | bytes, name: str = "a.txt"):
    return parse_article(Path(name), text.encode("utf-8") if isinstance(text, str) else text)


def test_seed_date_marker_on_the_first_line_gives_the_date_and_starts_the_body():
    article = parse(" date 2022-02-24 The leader said so.\n\nSecond paragraph.")
    assert article.date == dt.date(2022, 2, 24)
    assert article.body.startswith("The leader said so.")
    assert article.title is None


def test_seed_date_marker_alone_on_its_line_is_removed_too():
    article = parse("date 2021-05-01\nFirst sentence.\n")
    assert article.date == dt.date(2021, 5, 1)
    assert article.body == "First sentence.\n"
    assert article.body_line == 2


def test_front_matter_gives_every_metadata_field():
    article = parse("---\ntitle: A title\ndate: 2020-01-02\nurl: https://example.org/a\n"
                    "source: Wire\nauthor: Jo Bloggs\ntags: [energy, trade]\n---\nBody text.\n", "a.md")
    assert (article.title, article.date, article.url) == ("A title", dt.date(2020, 1, 2), "https://example.org/a")
    assert (article.source, article.author, article.tags) == ("Wire", "Jo Bloggs", ("energy", "trade"))
    assert article.body == "Body text.\n"
    assert article.body_line == 9


def test_markdown_heading_gives_the_title_when_front_matter_has_none():
    article = parse("---\ndate: 2020-01-02\n---\n\n# Ministers meet\n\nBody text.\n", "a.md")
    assert article.title == "Ministers meet"
    assert "Ministers meet" not in article.body


def test_plain_text_has_no_metadata():
    article = parse("Just a story.\n\nWith two paragraphs.\n")
    assert (article.title, article.date, article.url) == (None, None, None)
    assert article.body == article.text


def test_utf8_bom_is_dropped():
    article = parse(codecs.BOM_UTF8 + " date 2022-02-24 Text.".encode())
    assert article.date == dt.date(2022, 2, 24)


def test_utf16_with_bom_is_decoded():
    article = parse("Grüße aus Köln.".encode("utf-16"))
    assert article.text == "Grüße aus Köln."


def test_windows_and_old_mac_line_endings_become_newlines():
    assert parse(b"One.\r\n\r\nTwo.\rThree.").text == "One.\n\nTwo.\nThree."


def test_sha256_is_of_the_file_bytes():
    import hashlib
    data = b"Some text."
    assert parse(data).sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\t\n", "holds only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"abc\x00def", "binary"),
])
def test_unusable_files_are_rejected_with_one_line_naming_the_file(data, message):
    with pytest.raises(ArticleError) as error:
        parse(data, "bad.txt")
    assert message in str(error.value)
    assert str(error.value).startswith("bad.txt: ")
    assert "\n" not in str(error.value)


def test_invalid_utf8_names_the_line():
    with pytest.raises(ArticleError) as error:
        parse(b"line one\nline two \xff\n", "bad.txt")
    assert str(error.value).startswith("bad.txt:2: is not valid UTF-8")
    assert "re-save the file as UTF-8" in str(error.value)


def test_front_matter_that_is_not_a_mapping_is_an_error():
    with pytest.raises(ArticleError, match="front matter is not a mapping"):
        parse("---\n- a\n- b\n---\nBody.\n")


def test_malformed_front_matter_names_the_line():
    with pytest.raises(ArticleError) as error:
        parse("---\ntitle: ok\ndate: [unclosed\n---\nBody.\n", "fm.md")
    assert str(error.value).startswith("fm.md:")
    assert error.value.line is not None and error.value.line >= 3


def test_front_matter_cannot_build_python_objects():
    with pytest.raises(ArticleError):
        parse("---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody.\n")


def test_impossible_date_marker_is_an_error():
    with pytest.raises(ArticleError, match="impossible date 2022-02-30"):
        parse(" date 2022-02-30 Text.")


def test_front_matter_url_must_be_a_web_address():
    with pytest.raises(ArticleError, match="'url' is not a web address"):
        parse("---\nurl: javascript:alert(1)\n---\nBody.\n")


def test_read_article_reports_a_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot be read"):
        read_article(tmp_path / "missing.txt")


def test_find_articles_lists_text_and_markdown_files_sorted_and_skips_hidden_ones(tmp_path):
    for name in ("b.txt", "a.md", "notes.pdf", ".hidden.txt", "sub/c.txt", ".git/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_articles([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/c.txt"]


def test_find_articles_rejects_a_missing_path(tmp_path):
    with pytest.raises(ArticleError, match="no such file or folder"):
        find_articles([tmp_path / "nope"])


def test_an_article_larger_than_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"word " * 300)
    with pytest.raises(ArticleError, match="larger than"):
        read_article(path, max_bytes=1000)


def test_find_articles_does_not_follow_links_to_folders(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [p.name for p in find_articles([tmp_path])] == ["a.txt"]


def test_an_article_showing_no_sign_of_mojibake_is_read_without_importing_ftfy(tmp_path):
    # Importing ftfy costs more than the rest of reading, so only a text that shows mojibake pays it;
    # a fresh process, as the test session may have imported it already.
    path = tmp_path / "clean.md"
    path.write_text("---\ntitle: Harbour talks\ndate: 2024-03-01\n---\n\nThe council met on Tuesday.\n",
                    encoding="utf-8")
    script = ("import sys; from pathlib import Path; from generator.reading import read_article; "
              f"read_article(Path({str(path)!r})); print(sorted(m for m in sys.modules if m.startswith('ftfy')))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.strip() == "[]"
