"""One bad file is one line naming it (and its line), and every other article is still summarised."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.schema import load_briefing

GOOD = "---\ntitle: Council approves budget\n---\nThe council approved the budget on Monday.\n"


def summarise(root):
    return CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "summarise"])


@pytest.mark.parametrize("front_matter, line, message", [
    ("title: T\ndate: 2024-13-07", 3, "impossible date 2024-13-07"),
    ("title: T\ndate: 2023-02-30", 3, "impossible date 2023-02-30"),
    ("title: T\ndate: 2024-01-07 25:00", 3, "impossible date 2024-01-07 25:00"),
    ('title: T\nurl: "https://[example.com/x"', 3, "'url' is not a web address"),
    ('title: "Storm \\uD800 warning"', 2, "'title' holds a lone surrogate (\\ud800)"),
    ('tags: [port, "\\uDC00"]', 2, "'tags' holds a lone surrogate (\\udc00)"),
])
def test_bad_front_matter_is_one_line_with_file_and_line(tempdir, front_matter, line, message):
    root = tempdir({"seeds/bad.md": f"---\n{front_matter}\n---\nThe council met.\n", "seeds/good.md": GOOD})
    result = summarise(root)
    assert result.exit_code == 0, result.output
    (warning,) = [w for w in result.output.splitlines() if w.startswith("warning:")]
    assert f"seeds/bad.md:{line}: front matter: " in warning and message in warning
    assert [p.name for p in (root / "content").iterdir()] == ["council-approves-budget.yaml"]


def test_invisible_and_bidirectional_characters_are_cleaned_from_front_matter(tempdir):
    root = tempdir({"seeds/a.md": "---\ntitle: \"Port\\u200b strike \\u202egnp.exe\\u202c\"\n"
                                  "author: \"Ana\\u2066 Silva\"\ntags: [\"har\\u00adbour\", \"\\u200eports\"]\n---\n"
                                  "The council met on Monday.\n"})
    assert summarise(root).exit_code == 0
    (path,) = (root / "content").iterdir()
    briefing = load_briefing(path)
    assert briefing.title == "Port strike gnp.exe"
    assert briefing.keywords == ("harbour", "ports")


def test_an_article_of_two_hundred_kilobytes_of_punctuation_builds(tempdir):
    root = tempdir({"seeds/a.txt": "The council met on Monday. " + "*_[]\\" * 40_000 + "\n", "seeds/good.md": GOOD})
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    assert len(list((root / "site" / "briefings").iterdir())) == 2


def test_a_very_long_title_in_another_script_builds(tempdir):
    title = "港口工人罢工" * 60  # 1,080 bytes of UTF-8, with no space to cut at
    root = tempdir({"seeds/a.md": f"---\ntitle: {title}\ntags: [{title}]\n---\nDock workers walked off the job.\n",
                    "seeds/good.md": GOOD})
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "build"])
    assert result.exit_code == 0, result.output
    (briefing,) = (root / "content").glob("港口*.yaml")
    assert len(briefing.name.encode()) < 255 - 60  # room for a temporary file's name beside it
    assert load_briefing(briefing).title == title


def test_an_article_titled_with_a_windows_device_name_gets_another_id(tempdir):
    root = tempdir({"seeds/a.md": "---\ntitle: Con\n---\nThe council met on Monday.\n"})
    assert summarise(root).exit_code == 0
    assert [p.name for p in (root / "content").iterdir()] == ["con-1.yaml"]
