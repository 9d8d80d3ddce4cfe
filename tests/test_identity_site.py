"""One actor, one page, on a site of real news: the seed articles, the Wikinews articles of the
shared evaluation set and 60 PolNeAR articles, as plain text.

The articles are chosen by fixed rules and never named here: every Wikinews article of
``../shared/eval/articles-dev/`` and the first 60 records of ``quotes-dev-large.jsonl``, leaving out
the fifth of each set that nobody reads while writing rules (``scripts/evaluation/sets.py``). The
site is built once for the module; without ``../shared/`` the tests are skipped.

What the rules leave apart on purpose, because a word or two is not enough to tell (a first name
alone, a short name shared by two newspapers, a committee beside its chamber), is not judged
here by a register naming the actors of these articles: the test asks that each such pair is put
to a person by `briefings actors`, and hand-written articles in ``test_identity.py`` pin the rules.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, SHARED
from generator.config import load_project
from generator.pipeline import actors as pipeline_actors
from generator.pipeline import update
from scripts.evaluation.sets import read_jsonl, set_aside

POLNEAR_ARTICLES = 60
MKDOCS_YML = """\
site_name: Real news
docs_dir: build/docs
plugins:
  - briefings
"""
_STOP = frozenset("the a an of his her their its".split())


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    evaluation = SHARED / "eval"
    if not (evaluation / "articles-dev").is_dir() or not (evaluation / "quotes-dev-large.jsonl").is_file():
        pytest.skip("the shared evaluation articles (../shared/eval/) are not here")
    root = tmp_path_factory.mktemp("real-news")
    seeds = root / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    for path in sorted((evaluation / "articles-dev").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if not set_aside(record["id"]):
            (seeds / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    chosen = [r for r in read_jsonl(evaluation / "quotes-dev-large.jsonl") if not set_aside(r["id"])][:POLNEAR_ARTICLES]
    for record in chosen:
        (seeds / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8", newline="")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    result = update(load_project(root / "mkdocs.yml"), workers=1)
    assert not result.problems, result.problems
    return root


def pages(site: Path, folder: str) -> dict[str, str]:
    """The generated pages of a folder (first pages only) by slug."""
    found = {}
    for path in sorted((site / "build" / "docs" / folder).glob("*.md")):
        if path.stem not in ("index", "by-name"):
            found[path.stem] = path.read_text(encoding="utf-8")
    return found


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.replace("\\", "").casefold())) - _STOP


def test_two_pages_that_may_be_one_actor_are_put_to_a_person(site):
    """Every pair of actors of one type where one name's words are all in the other's is one page,
    by the rules, or a candidate merge that `briefings actors` lists for a person to decide."""
    view, problems = pipeline_actors(load_project(site / "mkdocs.yml"))
    assert not problems, problems
    offered = {frozenset((c.key, other)) for c in view.candidates for other, _, _ in c.others}
    actors = {}
    for slug, page in pages(site, "actors").items():
        kind = re.search(r"\n(Person|Organi[sz]ation|Country|Group) · ", page)
        actors[slug] = (kind and kind.group(1), words(page.partition("\n")[0].removeprefix("# ")))
    pairs = sorted((a, b) for a in actors for b in actors
                   if a != b and actors[a][0] == actors[b][0] and actors[a][1] < actors[b][1])
    assert pairs, "the site should have names of one actor in short and full form"
    assert [pair for pair in pairs if frozenset(pair) not in offered] == []


def test_an_actor_page_has_at_most_one_line_per_distinct_role(site):
    for slug, page in pages(site, "actors").items():
        if "## Roles" not in page:
            continue
        section = page[page.index("## Roles"):].split("\n## ")[0]
        roles = [words(line[2:].rsplit(" (", 1)[0]) for line in section.splitlines() if line.startswith("- ")]
        same = [(a, b) for i, a in enumerate(roles) for b in roles[i + 1:]
                if ("former" in a) == ("former" in b) and (a <= b or b <= a)]
        assert same == [], slug


def test_every_topic_page_has_at_least_two_briefings(site):
    topics = pages(site, "topics")
    counts = {slug: int(re.search(r"Topic of (\d+) briefing", page).group(1)) for slug, page in topics.items()}
    assert topics and min(counts.values()) >= 2, counts
