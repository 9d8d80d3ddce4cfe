"""The evaluation script's pieces: the fixed split, the style rewrites and the error classes.

Everything runs on small hand-written articles; the tests that need the shared scorers skip when
../shared is not there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import yaml

from tests.conftest import REPO, SHARED
from tests.llm_server import ChatServer

sys.path.insert(0, str(REPO / "scripts"))
from evaluation import errors, sets, styles  # noqa: E402

SCORERS = SHARED / "eval"
needs_scorers = pytest.mark.skipif(not (SCORERS / "score_quotes.py").exists(), reason="needs ../shared/eval")


@pytest.fixture(scope="module")
def scorers():
    return sets.load_scorers(SCORERS)


# --------------------------------------------------------------------------- the split

def test_the_set_aside_part_depends_on_the_id_alone():
    assert [sets.set_aside(f"article-{n}") for n in range(7)] == [True, False, False, False, True, False, True]
    records = [{"id": f"article-{n}"} for n in range(7)]
    parts = sets.split(records)
    assert [r["id"] for r in parts["aside"]] == ["article-0", "article-4", "article-6"]
    assert sorted(parts["dev"] + parts["aside"], key=records.index) == records
    assert sets.split(list(reversed(records)))["aside"] == list(reversed(parts["aside"]))


def test_about_a_fifth_of_the_articles_is_set_aside():
    share = sum(sets.set_aside(f"wire-{n:05d}") for n in range(5000)) / 5000
    assert 0.18 < share < 0.22


# --------------------------------------------------------------------------- the styles

ARTICLE = ("Mayor backs bridge\n\n"
           "\"We won't pay for the farmers' 'grand' plan,\" said Jane Smith.\n\n"
           "Tom Reed called it \u201ca \u2018bridge to nowhere\u2019 that we don\u2019t need\u201d on Monday.")
GOLD = ["We won't pay for the farmers' 'grand' plan,", "a \u2018bridge to nowhere\u2019 that we don\u2019t need"]


def gold_quotes(text: str = ARTICLE, gold: list[str] = GOLD) -> list[dict]:
    return [{"start": text.index(q), "end": text.index(q) + len(q), "text": q, "paragraph": 2} for q in gold]


def in_style(style: str, text: str = ARTICLE, gold: list[str] = GOLD) -> tuple[str, list[str], int]:
    new_text, quotes, doubtful = styles.rewrite_quotes(style, text, gold_quotes(text, gold))
    assert all(new_text[q["start"]:q["end"]] == q["text"] and "paragraph" not in q for q in quotes)
    return new_text, [q["text"] for q in quotes], doubtful


@pytest.mark.parametrize("style, text, gold", [
    ("british-curly",
     "Mayor backs bridge\n\n"
     "\u2018We won't pay for the farmers' \u201cgrand\u201d plan,\u2019 said Jane Smith.\n\n"
     "Tom Reed called it \u2018a \u201cbridge to nowhere\u201d that we don\u2019t need\u2019 on Monday.",
     ["We won't pay for the farmers' \u201cgrand\u201d plan,", "a \u201cbridge to nowhere\u201d that we don\u2019t need"]),
    ("british-straight",
     "Mayor backs bridge\n\n"
     "'We won't pay for the farmers' \"grand\" plan,' said Jane Smith.\n\n"
     "Tom Reed called it 'a \"bridge to nowhere\" that we don\u2019t need' on Monday.",
     ["We won't pay for the farmers' \"grand\" plan,", "a \"bridge to nowhere\" that we don\u2019t need"]),
    ("swap",
     "Mayor backs bridge\n\n"
     "\u201cWe won\u2019t pay for the farmers\u2019 \u2018grand\u2019 plan,\u201d said Jane Smith.\n\n"
     "Tom Reed called it \"a 'bridge to nowhere' that we don't need\" on Monday.",
     ["We won\u2019t pay for the farmers\u2019 \u2018grand\u2019 plan,", "a 'bridge to nowhere' that we don't need"]),
])
def test_quote_styles_rewrite_the_marks_and_the_gold_alike(style, text, gold):
    assert in_style(style) == (text, gold, 0)


def test_a_mark_the_rule_cannot_read_for_sure_is_counted_where_the_style_would_write_it_differently():
    # "workers'" may close the single quotation or be a plural possessive; "'Tis" may open one or
    # be an elision. Swapping writes a closing mark and an apostrophe alike, but not an opening one.
    text = "\"They said 'the workers' pay' was low,\" she said. \"'Tis the season,\" he said."
    gold = ["They said 'the workers' pay' was low,", "'Tis the season,"]
    assert in_style("british-curly", text, gold)[2] == 2
    assert in_style("swap", text, gold)[2] == 1
    assert in_style("swap", text, gold[:1])[2] == 0


def test_single_marks_outside_double_quotations_keep_their_shape_in_british_style():
    text = "Council 'happy' with the vote's result"
    assert in_style("british-curly", text, [])[0] == text


def test_emphasis_wraps_every_third_run_of_capitalised_words_outside_quotations():
    text = ("Ann Lee met Bob Ray. \"Carl Day is here,\" said Dan Fox. Eve Kim, Fay Orr and Gus Ali "
            "agreed with Hal Ito.\n\nIda Moe, Jon Poe and Kay Roe said \"we agree.\"")
    new_text, gold, doubtful = in_style("emphasis", text, ["Carl Day is here,", "we agree."])
    assert new_text == ("Ann Lee met Bob Ray. \"Carl Day is here,\" said *Dan Fox*. Eve Kim, Fay Orr and **Gus Ali** "
                        "agreed with Hal Ito.\n\nIda Moe, _Jon Poe_ and Kay Roe said \"we agree.\"")
    assert (gold, doubtful) == (["Carl Day is here,", "we agree."], 0)


def test_emphasis_leaves_gold_spans_alone_even_without_marks_around_them():
    text = "Ann Lee met Bob Ray and Cid Orr.\n\nDan Fox, Eve Kim and Fay Orr wrote this."
    quote = "Dan Fox, Eve Kim and Fay Orr wrote this."
    assert in_style("emphasis", text, [quote])[0] == "Ann Lee met Bob Ray and *Cid Orr*.\n\n" + quote


def test_hard_wrapping_breaks_long_paragraphs_at_spaces_only():
    paragraph = ("The committee met again on Tuesday. \"We have looked at every option and none of them "
                 "is cheap, but the bridge must be repaired before the winter,\" said its chair.")
    text = f"Short headline\n\n{paragraph}"
    quote = paragraph[paragraph.index("We"):paragraph.index(",\" said") + 1]
    new_text, gold, _ = in_style("wrapped", text, [quote])
    lines = new_text.split("\n")
    assert lines[:2] == ["Short headline", ""] and len(lines) > 3
    assert all(len(line) <= styles.WRAP_WIDTH for line in lines)
    assert new_text.replace("\n\n", "\0").replace("\n", " ").replace("\0", "\n\n") == text
    assert "\n" in gold[0] and gold[0].replace("\n", " ") == quote


def test_crlf_line_ends_keep_the_gold_text():
    new_text, gold, _ = in_style("crlf")
    assert new_text == ARTICLE.replace("\n", "\r\n") and gold == GOLD


def test_the_dateline_opens_the_first_paragraph_and_the_caption_follows_it():
    new_text, gold, _ = in_style("dateline")
    paragraphs = new_text.split("\n\n")
    assert paragraphs[0] == styles.DATELINE + "Mayor backs bridge"
    assert paragraphs[1] == styles.CAPTION and paragraphs[2:] == ARTICLE.split("\n\n")[1:]
    assert gold == GOLD


def test_a_caption_after_a_single_paragraph_does_not_join_a_quote_that_runs_to_its_end():
    text = "Jane Smith said: \"we will see"
    new_text, gold, _ = in_style("dateline", text, ["we will see"])
    assert new_text.endswith("we will see\n\n" + styles.CAPTION) and gold == ["we will see"]


# --------------------------------------------------------------------------- the error classes

CLASSIFIED = ("Headline here\n\n"
              "\"We will win the vote,\" said Jane Smith. Bob Hale watched.\n\n"
              "\"The plan is dead,\" he said.\n\n"
              "\"Taxes must fall now,\" said the mayor.\n\n"
              "\"Nobody listens to us,\" a resident said. Carl Moss was away.\n\n"
              "\"It will rain all week,\" she said.\n\n"
              "Jane Smith said \"this one is never found.\"")


def classified_gold() -> dict:
    quotes = [("We will win the vote,", "Jane Smith", "source-name"),
              ("The plan is dead,", "Jane Smith", "coref-name"),
              ("Taxes must fall now,", "the mayor", "source-text"),
              ("Nobody listens to us,", "a resident", "source-text"),
              ("It will rain all week,", "she", "pronoun"),
              ("this one is never found.", "Jane Smith", "source-name")]
    return {"id": "a1", "text": CLASSIFIED,
            "quotes": [{"start": CLASSIFIED.index(t), "end": CLASSIFIED.index(t) + len(t), "text": t,
                        "speaker": s, "speaker_origin": o} for t, s, o in quotes]}


CLASSIFIED_BRIEFING = {
    "source": {"path": "somewhere/a1.txt"},
    "actors": [{"id": "jane", "name": "Jane Smith", "aliases": []},
               {"id": "rob", "name": "Robert Hale", "aliases": ["Bob Hale"]},
               {"id": "carl", "name": "Carl Moss", "aliases": []},
               {"id": "dana", "name": "Dana Wolf", "aliases": []}],
    "quotes": [{"text": "We will win the vote, said Jane", "speaker": "jane"},
               {"text": "The plan is dead,", "speaker": "rob"},
               {"text": "Taxes must fall now,", "speaker": None},
               {"text": "Nobody listens to us,", "speaker": "carl"},
               {"text": "It will rain all week,", "speaker": "dana"},
               {"text": "an invented quote", "speaker": "jane"}]}


@needs_scorers
def test_each_gold_quote_gets_one_outcome_by_its_speaker_origin(scorers):
    result = errors.quote_outcomes(scorers.quotes, [classified_gold()], [CLASSIFIED_BRIEFING])
    assert result["by_origin"] == {
        "coref-name": {errors.ELSEWHERE: 1},
        "pronoun": {errors.NOT_NAMED: 1},
        "source-name": {errors.RIGHT_SPEAKER: 1, errors.MISSED: 1},
        "source-text": {errors.NO_SPEAKER: 1, errors.SAME_PARAGRAPH: 1}}
    assert (result["predicted"], result["spurious"], result["matched_not_exact"]) == (6, 1, 1)


@needs_scorers
def test_speakers_of_attributable_quotes_are_counted_right_or_wrong_by_their_confidence(scorers):
    confidences = [0.9, 0.9, 0.2, 0.6, 0.9, 0.9]
    briefing = {**CLASSIFIED_BRIEFING, "quotes": [{**q, "confidence": c} for q, c in
                                                  zip(CLASSIFIED_BRIEFING["quotes"], confidences)]}
    result = errors.quote_outcomes(scorers.quotes, [classified_gold()], [briefing])
    assert result["by_confidence"] == {"0.85 and above": {"right": 1, "wrong": 1},
                                       "0.70 to 0.85": {"right": 0, "wrong": 0},
                                       "0.50 to 0.70": {"right": 0, "wrong": 1},
                                       "below 0.50": {"right": 0, "wrong": 0}}


@needs_scorers
def test_the_outcomes_add_up_to_the_scorers_figures(scorers):
    gold = classified_gold()
    result = errors.quote_outcomes(scorers.quotes, [gold], [CLASSIFIED_BRIEFING])
    score = scorers.quotes.score([gold], [CLASSIFIED_BRIEFING])
    outcomes = [n for counts in result["by_origin"].values() for n in counts.values()]
    matched = sum(outcomes) - sum(c.get(errors.MISSED, 0) for c in result["by_origin"].values())
    right = sum(c.get(errors.RIGHT_SPEAKER, 0) for c in result["by_origin"].values())
    assert matched == score["lenient_tp"] and right / matched == score["speaker_accuracy"]
    assert result["predicted"] - result["spurious"] == score["lenient_tp"]
    assert score["lenient_tp"] - score["exact_tp"] == result["matched_not_exact"]


@needs_scorers
def test_actor_errors_follow_the_scorers_matching(scorers):
    gold = {"id": "b1", "text": "", "gold": {"quotes": [], "fragments": [], "actors": [
        {"name": "Jane Smith", "type": "person", "role": "mayor", "aliases": []},
        {"name": "City Council", "type": "organization", "role": None, "aliases": []},
        {"name": "Harbour Party", "type": "organization", "role": "opposition party", "aliases": []},
        {"name": "a resident", "type": "person", "role": None, "aliases": [], "named": False}]}}
    briefing = {"source": {"path": "b1.txt"}, "quotes": [], "actors": [
        {"id": "1", "name": "Smith", "type": "person", "role": "", "aliases": []},
        {"id": "2", "name": "City Council", "type": "group", "role": None, "aliases": []},
        {"id": "3", "name": "Monday", "type": "other", "role": None, "aliases": []},
        {"id": "4", "name": "resident", "type": "person", "role": None, "aliases": ["a resident"]}]}
    result = errors.actor_errors(scorers.briefings, scorers.quotes, [gold], [briefing])
    assert result["predicted"] == {"person": 1, "group": 1, "other": 1}
    assert {k: n for k, n in result["false_positive"].items() if n} == {"other": 1}
    assert result["missed"] == {"organization": 1}
    assert result["wrong_type"] == {"organization": 1} and result["type_confusions"] == {"organization -> group": 1}
    assert result["with_role"] == {"person": 1} and result["role_missing"] == {"person": 1}
    score = scorers.briefings.score([gold], [briefing])
    assert score["actor_precision"] == round(1 - 1 / 3, 4) and score["actor_tp"] == 2


def test_a_position_contained_in_another_of_the_same_actor_counts_as_repeated():
    briefing = {"positions": [{"actor": "a", "stance": "Rejected the plan"}, {"actor": "a", "stance": "rejected the plan again"},
                              {"actor": "b", "stance": "rejected the plan"}]}
    assert sets.repeated_positions([briefing]) == 1


# --------------------------------------------------------------------------- saved web pages

def test_page_paragraphs_are_scored_by_precision_and_recall(tmp_path):
    from evaluation import pages

    story = [f"The council voted on Tuesday to close library number {n} before the winter." for n in range(4)]
    (tmp_path / "story.html").write_text("<html><body><article><h1>Libraries to close</h1>"
                                         + "".join(f"<p>{p}</p>" for p in story) + "</article></body></html>")
    (tmp_path / "story.yaml").write_text(yaml.safe_dump({
        "title": "Libraries to close",
        "paragraphs": [*story[:3], "A paragraph the page does not have, about the mayor and the budget."],
        "furniture": ["library number 3"]}))
    figures = pages.score(tmp_path)
    assert (figures["paragraph_precision"], figures["paragraph_recall"]) == (0.75, 0.75)
    assert (figures["furniture_left"], figures["metadata_right"], figures["metadata_fields"]) == (1, 1, 1)


# --------------------------------------------------------------------------- a language model

@needs_scorers
def test_the_llm_backend_is_measured_with_the_same_scorers_and_its_grounding_counts(tmp_path):
    server = ChatServer()
    try:
        result = subprocess.run(
            [sys.executable, str(REPO / "scripts" / "evaluate.py"), "--shared", str(SHARED), "--part", "dev",
             "--limit", "2", "--backend", "llm", "--base-url", server.base_url, "--model", "echo",
             "--api-key-env", "FIXTURE_KEY", "--json"],
            capture_output=True, text=True, cwd=REPO, env={**os.environ, "FIXTURE_KEY": "sk-fixture"})
    finally:
        server.close()
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["articles"] == {"polnear": {"dev": 2}, "wikinews": {"dev": 2}}
    assert {"exact_f1", "speaker_accuracy"} <= set(figures["polnear"]["dev"])
    assert {"f1", "summary_point_coverage"} <= set(figures["positions"]["dev"])
    grounding = figures["grounding"]["dev"]
    # The fixture server's echo answers each article with one quotation no article has.
    assert (grounding["by_model"], grounding["fell_back"]) == (4, 0)
    assert grounding["quotes_dropped"] >= 4
    assert figures["tokens"]["answers"] == 4 and figures["tokens"]["prompt_tokens"] > 0
    assert {r["headers"]["authorization"] for r in server.requests} == {"Bearer sk-fixture"}
    assert figures["non_verbatim"]["dev"] == 0


PATHS_TEXT = ("Council votes on the budget\n\n"
              "\"We will win the vote,\" said Jane Smith, the council leader. \"The rest will follow.\" "
              "Bob Hale, her deputy, nodded.")


@needs_scorers
def test_speakers_are_tabulated_by_the_rule_that_found_them(scorers):
    from evaluation import paths
    quotes = [("We will win the vote,", "Jane Smith"), ("The rest will follow.", "Bob Hale")]
    record = {"id": "p1", "text": PATHS_TEXT,
              "quotes": [{"start": PATHS_TEXT.index(t), "end": PATHS_TEXT.index(t) + len(t), "text": t,
                          "speaker": s, "speaker_origin": "source-name"} for t, s in quotes]}
    assert paths.speaker_paths(scorers.quotes, [record]) == {
        "verb after, its subject after it": {errors.RIGHT_SPEAKER: 1},
        "previous quote": {errors.SAME_PARAGRAPH: 1}}
