"""Rendering briefings to Markdown pages and keeping the docs folder in sync."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from markupsafe import Markup

from conftest import make_briefing
from generator import rendering
from generator.errors import BuildError, TemplateError
from generator.rendering import check_templates, escape_text, escape_url, render, render_pages
from generator.schema import Actor, Position, Quote


def plain(markdown_text: str) -> str:
    """The Markdown with backslash escapes removed, for asserting on what a reader sees."""
    return re.sub(r"\\(.)", r"\1", markdown_text)


def two_briefings():
    early = make_briefing()
    late = make_briefing(
        id="border-clash", title="Border clash reported", date=dt.date(2023, 5, 2),
        summary="Troops exchanged fire at the border.",
        paragraphs=("Shots were fired overnight.", "Anna Keller called it “a grave mistake”."),
        actors=(Actor(id="anna-keller", name="Anna Keller", type="person", role="envoy"),),
        positions=(Position(actor="anna-keller", stance="condemns the clash", polarity="oppose",
                            paragraph=2),),
        quotes=(Quote(text="a grave mistake", speaker="anna-keller", paragraph=2, partial=True),))
    return [early, late]


# -- pages produced --------------------------------------------------------------------------------

def test_all_sections_produce_home_briefing_actor_and_archive_pages(render_project):
    pages = render_pages(render_project(), two_briefings())
    assert set(pages) == {"index.md", "briefings/ceasefire-talks.md", "briefings/border-clash.md",
                          "actors/index.md", "actors/anna-keller.md", "actors/ministry.md", "archive.md"}


@pytest.mark.parametrize("sections, expected", [
    ((), {"index.md"}),
    (("briefings",), {"index.md", "briefings/ceasefire-talks.md"}),
    (("actors",), {"index.md", "actors/index.md", "actors/anna-keller.md", "actors/ministry.md"}),
    (("archive",), {"index.md", "archive.md"}),
])
def test_sections_choose_the_pages_and_home_is_always_produced(render_project, sections, expected):
    assert set(render_pages(render_project(sections=sections), [make_briefing()])) == expected


def test_without_briefing_pages_other_pages_do_not_link_to_them(render_project):
    pages = render_pages(render_project(sections=("actors", "archive")), [make_briefing()])
    assert all("briefings/" not in text for text in pages.values())


# -- the briefing page -----------------------------------------------------------------------------

def briefing_page(render_project, **overrides) -> str:
    return render_pages(render_project(), [make_briefing(**overrides)])["briefings/ceasefire-talks.md"]


def test_briefing_page_shows_title_date_summary_and_review_state(render_project):
    page = briefing_page(render_project, reviewed=True)
    assert page.startswith("# Ceasefire talks resume in Geneva\n")
    assert "24 February 2022" in page
    assert "Negotiators met again to discuss a ceasefire\\." in page
    assert "reviewed by a person" in page


def test_briefing_page_has_an_actors_table_with_type_role_and_link(render_project):
    page = briefing_page(render_project)
    assert "| [Anna Keller](../actors/anna-keller.md) | person | mediator |" in plain(page)
    assert "| [Defence Ministry](../actors/ministry.md) | organization |  |" in plain(page)


def test_briefing_page_groups_positions_under_each_actor(render_project):
    page = briefing_page(render_project, positions=(
        Position(actor="ministry", stance="denies any troop movement", polarity="deny", paragraph=3),
        Position(actor="anna-keller", stance="wants talks", polarity="support", paragraph=1),
        Position(actor="ministry", stance="claims calm", polarity="claim", paragraph=1)))
    positions = page[page.index("## Positions"):page.index("## Key quotes")]
    keller, ministry = positions.index("### Anna Keller"), positions.index("### Defence Ministry")
    assert keller < positions.index("wants talks") < ministry
    assert ministry < positions.index("denies any troop movement") < positions.index("claims calm")


def test_quotes_and_positions_link_to_their_paragraph_on_the_same_page(render_project):
    page = briefing_page(render_project)
    assert "“We will not give up on peace\\.” *(key quote)*\n> — [Anna Keller]" in page
    assert "[¶2](\\#p\\-2)" in page  # the key quote and the position both sit in paragraph 2


def test_all_quotes_are_listed_and_partial_ones_marked(render_project):
    page = briefing_page(render_project, quotes=(
        Quote(text="We will not give up", speaker="anna-keller", paragraph=2, partial=True),
        Quote(text="troops had crossed", speaker=None, paragraph=3)))
    all_quotes = page[page.index("## All quotes"):page.index("## Source text")]
    assert "“We will not give up” — [Anna Keller](../actors/anna-keller.md) *(partial quote)*" in plain(all_quotes)
    assert "“troops had crossed” — unattributed" in all_quotes
    assert "## Key quotes" not in page


def test_source_paragraphs_carry_anchor_and_visible_number(render_project):
    page = briefing_page(render_project)
    assert ("[¶3](\\#p\\-3){: .briefings-pilcrow } The ministry denied that troops had crossed the border\\.\n"
            "{: #p-3 .briefings-paragraph }\n") in page


def test_briefing_page_links_to_the_original_article(render_project):
    assert "[original article](https://example\\.com/news/ceasefire)" in briefing_page(render_project)


def test_briefing_page_without_url_has_no_original_link(render_project):
    source = make_briefing().source.__class__(path="seeds/a.txt", sha256="0" * 64, url=None)
    assert "original article" not in briefing_page(render_project, source=source)


# -- actor pages, archive, home --------------------------------------------------------------------

def test_actor_page_joins_quotes_and_positions_of_two_briefings(render_project):
    page = render_pages(render_project(), two_briefings())["actors/anna-keller.md"]
    assert "Appears in 2 briefings." in page
    assert "“We will not give up on peace\\.”" in page and "“a grave mistake”" in page
    assert "condemns the clash" in page and "supports continuing the talks" in page
    # newest first, each item dated and linked to the paragraph of its briefing
    assert page.index("2 May 2023") < page.index("24 February 2022")
    assert "[¶2](../briefings/border-clash.md#p-2)" in plain(page)
    assert "mediator; envoy" in page or "envoy; mediator" in page


def test_unnamed_actors_get_no_page_and_no_link(render_project):
    official = Actor(id="official", name="a senior official", type="person", named=False)
    pages = render_pages(render_project(), [make_briefing(actors=make_briefing().actors + (official,))])
    assert "actors/official.md" not in pages
    assert "| a senior official (unnamed) | person |" in pages["briefings/ceasefire-talks.md"]


def test_actor_named_index_does_not_replace_the_actors_list(render_project):
    index_actor = Actor(id="index", name="Index", type="organization")
    pages = render_pages(render_project(), [make_briefing(actors=(index_actor,), positions=(), quotes=())])
    assert "actors/_index.md" in pages and pages["actors/index.md"].startswith("# Actors")


def test_actors_index_lists_type_and_number_of_briefings(render_project):
    page = render_pages(render_project(), two_briefings())["actors/index.md"]
    assert "| [Anna Keller](anna-keller.md) | person | 2 |" in plain(page)
    assert "| [Defence Ministry](ministry.md) | organization | 1 |" in plain(page)


def test_archive_groups_by_year_and_month_newest_first_and_undated_last(render_project):
    briefings = [make_briefing(id="a", date=dt.date(2022, 2, 1)), make_briefing(id="b", date=dt.date(2022, 3, 9)),
                 make_briefing(id="c", date=None), make_briefing(id="d", date=dt.date(2023, 1, 5)),
                 make_briefing(id="e", date=dt.date(2022, 2, 20))]
    page = render_pages(render_project(), briefings)["archive.md"]
    order = ["## 2023", "### January 2023", "briefings/d", "## 2022", "### March 2022", "briefings/b",
             "### February 2022", "briefings/e", "briefings/a", "## Undated", "briefings/c"]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_home_lists_briefings_newest_first_with_summaries(render_project):
    page = render_pages(render_project(), two_briefings())["index.md"]
    assert page.index("Border clash reported") < page.index("Ceasefire talks resume in Geneva")
    assert "Troops exchanged fire at the border\\." in page


def test_two_briefings_with_one_id_are_an_error(render_project):
    with pytest.raises(BuildError, match="two briefings have the id 'ceasefire-talks'"):
        render_pages(render_project(), [make_briefing(), make_briefing()])


# -- writing the docs folder -----------------------------------------------------------------------

def test_render_writes_pages_and_marker_into_docs_dir(render_project):
    project = render_project()
    report = render(project, [make_briefing()])
    assert (project.docs_dir / rendering.MARKER).is_file()
    assert (project.docs_dir / "briefings/ceasefire-talks.md").read_text(encoding="utf-8").startswith("# Ceasefire")
    assert "briefings/ceasefire-talks.md" in report.written and not report.unchanged


def test_unchanged_pages_keep_their_bytes_and_mtime(render_project):
    project = render_project()
    render(project, [make_briefing()])
    page = project.docs_dir / "briefings/ceasefire-talks.md"
    os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    before = page.read_bytes()
    report = render(project, [make_briefing()])
    assert report.written == [] and not report.changed
    assert page.read_bytes() == before and page.stat().st_mtime_ns == 1_000_000_000


def test_only_the_changed_page_is_rewritten(render_project):
    project = render_project(sections=("briefings",))
    render(project, two_briefings())
    report = render(project, [two_briefings()[0], make_briefing(id="border-clash", title="New title")])
    assert report.written == ["briefings/border-clash.md", "index.md"]


def test_deleted_briefing_page_disappears(render_project):
    project = render_project()
    render(project, two_briefings())
    report = render(project, [make_briefing()])
    assert not (project.docs_dir / "briefings/border-clash.md").exists()
    assert "briefings/border-clash.md" in report.removed


def test_folder_left_empty_is_removed(render_project):
    project = render_project()
    render(project, [make_briefing()])
    render(project, [])
    assert not (project.docs_dir / "briefings").exists()


def test_refuses_to_clean_a_docs_dir_without_marker(render_project):
    project = render_project({"build/docs/notes.md": "my own notes"})
    with pytest.raises(BuildError, match="not made by briefings"):
        render(project, [make_briefing()])
    assert (project.docs_dir / "notes.md").read_text() == "my own notes"


def test_refuses_a_docs_dir_inside_the_pages_dir(render_project, tmp_path):
    project = render_project({"pages/about.md": "# About"}, pages_dir=tmp_path / "pages",
                             docs_dir=tmp_path / "pages" / "out")
    with pytest.raises(BuildError, match="overlaps pages_dir"):
        render(project, [])


def test_hand_written_pages_are_copied_byte_for_byte(render_project, tmp_path):
    project = render_project({"pages/about.md": "# About\r\n", "pages/css/briefings.css": "p {}\n",
                              "pages/.DS_Store": "junk"}, pages_dir=tmp_path / "pages")
    render(project, [])
    assert (project.docs_dir / "about.md").read_bytes() == b"# About\r\n"
    assert (project.docs_dir / "css/briefings.css").read_bytes() == b"p {}\n"
    assert not (project.docs_dir / ".DS_Store").exists()


def test_hand_written_page_colliding_with_generated_page_names_both(render_project, tmp_path):
    project = render_project({"pages/archive.md": "# Mine"}, pages_dir=tmp_path / "pages")
    with pytest.raises(BuildError, match=r"hand-written page pages/archive\.md and the generated page archive\.md"):
        render(project, [])


def test_hand_written_readme_collides_with_the_generated_home_page(render_project, tmp_path):
    project = render_project({"pages/README.md": "# Readme"}, pages_dir=tmp_path / "pages")
    with pytest.raises(BuildError, match="generated page index.md"):
        render(project, [])


# -- templates -------------------------------------------------------------------------------------

def test_user_template_overrides_one_page_only(render_project, tmp_path):
    project = render_project({"mytemplates/archive.md.j2": "# My archive of {{ briefings|length }}\n"},
                             templates_dir=tmp_path / "mytemplates")
    pages = render_pages(project, [make_briefing()])
    assert pages["archive.md"] == "# My archive of 1\n"
    assert pages["briefings/ceasefire-talks.md"].startswith("# Ceasefire talks")


def test_user_template_extends_the_default_it_replaces(render_project, tmp_path):
    project = render_project({"t/briefing.md.j2": '{% extends "!default/briefing.md.j2" %}'},
                             templates_dir=tmp_path / "t")
    assert render_pages(project, [make_briefing()])["briefings/ceasefire-talks.md"] == \
        render_pages(render_project(), [make_briefing()])["briefings/ceasefire-talks.md"]


def test_user_template_can_fill_a_block_of_a_user_base(render_project, tmp_path):
    project = render_project({
        "t/base.md.j2": "# {% block title %}{% endblock +%}\n\n{% block body %}{% endblock +%}\n",
        "t/archive.md.j2": '{% extends "base.md.j2" %}{% block title %}Archive{% endblock %}'
                           '{% block body %}{{ briefings[0].title }}{% endblock %}'},
        templates_dir=tmp_path / "t")
    assert render_pages(project, [make_briefing()])["archive.md"] == \
        "# Archive\n\nCeasefire talks resume in Geneva\n"


def test_missing_template_error_lists_the_folders_searched(render_project, tmp_path):
    project = render_project({"t/archive.md.j2": '{% include "nothing.md.j2" %}'}, templates_dir=tmp_path / "t")
    with pytest.raises(TemplateError) as caught:
        render_pages(project, [])
    message = str(caught.value)
    assert "'nothing.md.j2' not found" in message
    assert str(tmp_path / "t") in message and str(rendering.DEFAULT_TEMPLATES) in message


def test_template_syntax_error_names_template_and_line(render_project, tmp_path):
    project = render_project({"t/archive.md.j2": "# Archive\n\n{% for b in briefings %}\n"},
                             templates_dir=tmp_path / "t")
    with pytest.raises(TemplateError) as caught:
        render_pages(project, [])
    assert "archive.md.j2" in str(caught.value) and caught.value.line == 3


def test_unknown_variable_error_names_template_and_line(render_project, tmp_path):
    project = render_project({"t/archive.md.j2": "# Archive\n\n{{ briefings_count }}\n"},
                             templates_dir=tmp_path / "t")
    with pytest.raises(TemplateError) as caught:
        render_pages(project, [])
    assert "'briefings_count' is undefined" in str(caught.value)
    assert caught.value.path.endswith("archive.md.j2") and caught.value.line == 3


def test_check_templates_accepts_the_defaults(render_project):
    assert check_templates(render_project()) == []


def test_check_templates_reports_each_broken_template(render_project, tmp_path):
    project = render_project({"t/actor.md.j2": "{% if x %}\n", "t/index.md.j2": '{% include "gone.md.j2" %}'},
                             templates_dir=tmp_path / "t")
    errors = check_templates(project)
    assert len(errors) == 2
    assert errors[0].line == 1 and "actor.md.j2" in str(errors[0])
    assert "'gone.md.j2', which does not exist" in str(errors[1])


# -- escaping --------------------------------------------------------------------------------------

def test_escape_text_backslashes_every_markdown_character():
    assert escape_text(r"*a* _b_ `c` [d](e) {f} #g +h -i .j !k |l \m") == \
        r"\*a\* \_b\_ \`c\` \[d\]\(e\) \{f\} \#g \+h \-i \.j \!k \|l \\m"


def test_escape_text_html_escapes_markup_and_quotes():
    assert escape_text("<b a=\"1\" b='2'>&amp;</b>") == "&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;amp;&lt;/b&gt;"


def test_escape_text_collapses_line_breaks_and_drops_control_characters():
    assert escape_text("one\n\n    two\r\n\tthree \x02four\x03  ") == "one two three four "


def test_escape_text_keeps_markup_and_returns_markup():
    assert escape_text(Markup("**bold**")) == "**bold**"
    assert isinstance(escape_text("x"), Markup)


def test_escape_url_refuses_other_schemes_than_http():
    with pytest.raises(ValueError):
        escape_url("javascript:alert(1)")
    assert escape_url("https://example.com/a b?x=(1)") == r"https://example\.com/a%20b?x=\(1\)"


def render_string(render_project, tmp_path, source: str, **context) -> str:
    project = render_project({"t/archive.md.j2": source}, templates_dir=tmp_path / "t")
    env = rendering.make_environment(project)
    return env.get_template("archive.md.j2").render(page="archive.md", **context)


def test_trusted_filter_prints_the_value_as_it_is(render_project, tmp_path):
    assert render_string(render_project, tmp_path, "{{ x|trusted }} {{ x }}", x="**b**") == "**b** \\*\\*b\\*\\*"


def test_macro_output_is_not_escaped_twice(render_project, tmp_path):
    source = ('{% import "_macros.md.j2" as m with context %}'
              "{{ m.actor_link('A*B', 'actors/a.md') }}")
    assert render_string(render_project, tmp_path, source) == "[A\\*B](actors/a\\.md)"


def test_included_template_output_is_not_escaped_twice(render_project, tmp_path):
    render_project({"t/part.md.j2": "*{{ x }}*"})
    assert render_string(render_project, tmp_path, '{% include "part.md.j2" %}', x="a_b") == "*a\\_b*"


def test_concatenating_markup_with_text_still_escapes_the_text(render_project, tmp_path):
    out = render_string(render_project, tmp_path, "{{ '**ok**'|trusted ~ ' ' ~ x }} {{ ['*'|trusted, x]|join(', ') }}",
                        x="[x](javascript:y)<i>")
    assert out == r"**ok** \[x\]\(javascript:y\)&lt;i&gt; *, \[x\]\(javascript:y\)&lt;i&gt;"


def test_jinja_syntax_in_article_text_stays_literal(render_project):
    page = briefing_page(render_project, summary="{{ 7*7 }} {% if true %}x{% endif %}")
    assert "\\{\\{ 7\\*7 \\}\\} \\{% if true %\\}x\\{% endif %\\}" in page
