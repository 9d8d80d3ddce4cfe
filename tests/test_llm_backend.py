"""The llm backend against a chat-completions server on 127.0.0.1 that answers from fixtures
(tests/llm_server.py): what a model's answer may add to a briefing, and what it may not."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cleaning import Document, clean
from generator.cli import cli
from generator.config import load_project
from generator.errors import ConfigError
from generator.extraction import get_backend
from generator.extraction.builtin import BuiltinBackend
from generator.extraction.llm import LLMBackend, LLMSettings
from generator.extraction.llm.checks import check_answer
from generator.reading import parse_article, read_article
from generator.schema import Grounding, load_briefing
from generator.summarising import summarise
from tests.conftest import make_project
from tests.llm_server import ChatServer, fixture

ARTICLE = Path(__file__).parent / "llm" / "pier-closure.md"
KEY = "sk-test-0123456789abcdef"


@pytest.fixture(scope="module")
def server():
    chat = ChatServer()
    yield chat
    chat.close()


@pytest.fixture(autouse=True)
def no_environment(monkeypatch):
    for name in ("BRIEFINGS_LLM_BASE_URL", "BRIEFINGS_LLM_MODEL", "BRIEFINGS_LLM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def document(path: Path = ARTICLE) -> Document:
    return clean(read_article(path))


def backend(server: ChatServer, model: str, **settings) -> LLMBackend:
    values = dict(base_url=server.base_url, model=model, timeout=10.0, retries=2, concurrency=1)
    return LLMBackend(LLMSettings(**{**values, **settings}))


def answer(model: str) -> dict:
    return json.loads(fixture(model))


def reasons(notes, count: str) -> list[tuple[str, str]]:
    return [(n.item, n.why) for n in notes if n.count == count]


BUILTIN = BuiltinBackend().extract(document())


# --------------------------------------------------------------------------- a good answer

def test_a_good_answer_gives_the_models_summary_roles_and_positions_and_keeps_the_builtin_quotes(server):
    extraction, notes = backend(server, "good").read(document())
    assert notes == ()
    assert extraction.summary == answer("good")["summary"]
    assert extraction.quotes == BUILTIN.quotes
    assert {a.name: a.role for a in extraction.actors} == {
        "Mara Lindqvist": "chair of the harbour council", "Tomas Okafor": "leader of the fishermen's union",
        "harbour council of Port Elwin": None}
    assert [(p.actor, p.stance, p.polarity, p.paragraph) for p in extraction.positions] == [
        ("harbour-council-of-port-elwin", "voted to close the old ferry pier", "action", 1),
        ("tomas-okafor", "opposed the closure", "oppose", 3),
        ("mara-lindqvist", "the council would build a new landing within two years", "support", 4)]
    assert extraction.generator.backend == "llm" and extraction.generator.grounding == Grounding()
    assert extraction.keywords == BUILTIN.keywords


def test_the_request_numbers_the_paragraphs_asks_for_the_schema_at_temperature_0_and_sends_the_key(server, monkeypatch):
    monkeypatch.setenv("BRIEFINGS_LLM_API_KEY", KEY)
    backend(server, "good").read(document())
    request = server.requests[-1]
    assert request["temperature"] == 0
    assert request["response_format"]["type"] == "json_schema"
    assert set(request["response_format"]["json_schema"]["schema"]["properties"]) == {
        "title", "summary", "actors", "positions", "quotes"}
    prompt = request["messages"][-1]["content"]
    assert "[1] The harbour council of Port Elwin voted" in prompt and "[5] The regional transport agency" in prompt
    assert request["headers"]["authorization"] == f"Bearer {KEY}"


def test_the_key_comes_from_the_variable_the_options_name(server, monkeypatch):
    monkeypatch.setenv("MY_SERVER_KEY", KEY)
    backend(server, "good", api_key_env="MY_SERVER_KEY").read(document())
    assert server.requests[-1]["headers"]["authorization"] == f"Bearer {KEY}"


def test_a_server_that_refuses_a_schema_is_asked_with_the_prompt_alone_from_then_on(server):
    engine = backend(server, "no-schema")
    first, _ = engine.read(document())
    second, _ = engine.read(document())
    asked = [r for r in server.requests if r["model"] == "no-schema"]
    assert ["response_format" in r for r in asked] == [True, False, False]
    assert first.summary == second.summary == answer("good")["summary"]


# --------------------------------------------------------------------------- quotes

def test_a_near_miss_quote_becomes_the_articles_words_and_a_paraphrase_is_dropped(server):
    extraction, notes = backend(server, "paraphrased-quote", mode="model").read(document())
    assert [(q.text, q.speaker, q.paragraph) for q in extraction.quotes] == [
        ("This decision takes away our only landing for the winter boats", "tomas-okafor", 3)]
    assert reasons(notes, "quotes_repaired") == [
        ("This decision takes away our only landing for winter boats",
         "1 word(s) differ from paragraph 3, whose words replace them")]
    [(item, why)] = reasons(notes, "quotes_dropped")
    assert item.startswith("The pier is not safe any more") and why.startswith("paraphrased: paragraph 2 has")
    assert extraction.generator.grounding == Grounding(quotes_repaired=1, quotes_dropped=1)


def test_in_hybrid_mode_the_quotes_stay_the_builtin_ones_and_the_models_are_still_counted(server):
    extraction, _ = backend(server, "paraphrased-quote").read(document())
    assert extraction.quotes == BUILTIN.quotes
    assert extraction.generator.grounding == Grounding(quotes_repaired=1, quotes_dropped=1)


def test_an_invented_quote_is_dropped_and_counted(server):
    extraction, notes = backend(server, "invented-quote", mode="model").read(document())
    assert reasons(notes, "quotes_dropped") == [
        ("We will fight this closure in every court in the land", "invented: no paragraph has even half of its words")]
    assert [q.text for q in extraction.quotes] == [q.text for q in BUILTIN.quotes]
    assert all(q.text in document().paragraphs[q.paragraph - 1].text for q in extraction.quotes)
    assert extraction.generator.grounding == Grounding(quotes_dropped=1)


def test_a_speaker_who_is_not_an_actor_is_rejected_and_the_quote_keeps_no_speaker(server):
    extraction, notes = backend(server, "speaker-not-an-actor", mode="model").read(document())
    assert reasons(notes, "speakers_rejected") == [
        ("harbour-master: The pier is no longer safe, and we will not ask families to walk on it,",
         "'harbour-master' is not an actor of the briefing")]
    assert [(q.paragraph, q.speaker) for q in extraction.quotes] == [(2, None), (3, "tomas-okafor")]
    assert reasons(notes, "actors_dropped") == [("Regional Transport Authority", "the article never names it so")]
    assert reasons(notes, "positions_dropped") == [
        ("transport-agency: declined to comment", "'transport-agency' is not an actor of the briefing")]
    assert "Regional Transport Authority" not in {a.name for a in extraction.actors}
    assert extraction.generator.grounding == Grounding(speakers_rejected=1, actors_dropped=1, positions_dropped=1)


# --------------------------------------------------------------------------- attribution, evidence and roles

def test_a_quote_the_model_gives_to_someone_else_keeps_its_builtin_speaker_and_the_disagreement_is_counted(server):
    extraction, notes = backend(server, "misattributed").read(document())
    assert extraction.quotes == BUILTIN.quotes
    assert reasons(notes, "disagreements") == [
        ("This decision takes away our only landing for the winter boats,",
         "the model gives it to Mara Lindqvist; the built-in backend's Tomas Okafor is kept")]


def test_a_position_needs_a_paragraph_that_names_or_refers_to_its_actor_and_says_the_stance(server):
    extraction, notes = backend(server, "misattributed").read(document())
    assert reasons(notes, "positions_without_evidence") == [
        ("tomas-okafor: wants a new landing built within two years", "paragraph 4 neither names nor refers to Tomas Okafor"),
        ("mara-lindqvist: opposed the closure", "paragraph 3 neither names nor refers to Mara Lindqvist"),
        ("tomas-okafor: supported the closure", "paragraph 3 does not say it: 1 of the stance's 2 words are there"),
        ("mara-lindqvist: will not pay for the new landing", "the stance is negated and paragraph 4 is not")]
    assert reasons(notes, "positions_dropped") == [
        ("tomas-okafor: opposed the closure", "it cites paragraph 9, and the article has paragraphs 1 to 5")]
    assert [(p.actor, p.stance) for p in extraction.positions] == [
        ("mara-lindqvist", "the council would pay for the landing from the harbour fund")]


PRONOUNS = ("date 2024-05-02\n\nJane Roe, the mayor of Elmford, spoke first.\n\n"
            "She said the bridge would be rebuilt next spring.\n\nTom Reed spoke after the mayor.\n\n"
            "He said the bridge would cost far too much.\n\nThe mayor promised a vote in June.")


def test_a_pronoun_or_a_role_refers_to_the_actor_named_last_before_it():
    article = clean(parse_article(Path("roe.txt"), PRONOUNS.encode()))
    model = {"title": "", "summary": "",
             "actors": [{"id": "roe", "name": "Jane Roe", "type": "person", "role": "mayor of Elmford"},
                        {"id": "reed", "name": "Tom Reed", "type": "person", "role": None}],
             "positions": [{"actor": actor, "stance": stance, "polarity": "claim", "paragraph": number}
                           for actor, stance, number in (
                               ("roe", "the bridge would be rebuilt next spring", 2),
                               ("reed", "the bridge would be rebuilt next spring", 2),
                               ("reed", "the bridge would cost far too much", 4),
                               ("roe", "the bridge would cost far too much", 4),
                               ("roe", "promised a vote in June", 5))],
             "quotes": []}
    checked = check_answer(model, article, BuiltinBackend().extract(article), "hybrid")
    assert [(p.actor, p.paragraph) for p in checked.extraction.positions] == [
        ("jane-roe", 2), ("tom-reed", 4), ("jane-roe", 5)]
    assert [why for _, why in reasons(checked.notes, "positions_without_evidence")] == [
        "paragraph 2 neither names nor refers to Tom Reed", "paragraph 4 neither names nor refers to Jane Roe"]


def test_a_role_in_words_the_article_does_not_use_is_rejected(server):
    extraction, notes = backend(server, "misattributed").read(document())
    assert reasons(notes, "roles_rejected") == [("Mara Lindqvist: mayor of Port Elwin", "its words are not the article's")]
    assert extraction.actors[0].role == BUILTIN.actors[0].role
    assert extraction.generator.grounding == Grounding(roles_rejected=1, positions_dropped=1,
                                                       positions_without_evidence=4, disagreements=1)


# --------------------------------------------------------------------------- a server in trouble

def fell_back(extraction, message: str) -> None:
    assert extraction.generator.backend == "builtin"
    assert dataclasses.replace(extraction, generator=None, warnings=()) == BUILTIN
    [warning] = extraction.warnings
    assert message in warning and warning.endswith("; summarised by the built-in backend instead")
    assert "\n" not in warning


def test_malformed_json_falls_back_to_the_builtin_backend_with_a_warning(server):
    extraction, notes = backend(server, "malformed").read(document())
    fell_back(extraction, "the model's answer is not valid JSON (Expecting ',' delimiter at line 1 column")
    assert notes == ()


def test_a_server_that_takes_too_long_falls_back_to_the_builtin_backend(server):
    extraction, _ = backend(server, "slow", timeout=0.2, retries=0).read(document())
    fell_back(extraction, f"the language model at {server.base_url} did not answer in time")


def test_a_429_is_retried_and_the_answer_that_follows_is_used(server):
    extraction, _ = backend(server, "rate-limited").read(document())
    assert extraction.generator.backend == "llm" and extraction.summary == answer("good")["summary"]
    assert [r["headers"].get("x-stainless-retry-count") for r in server.requests if r["model"] == "rate-limited"] \
        == ["0", "1"]


def test_a_500_is_retried_then_the_article_falls_back_with_a_warning(server):
    extraction, _ = backend(server, "failing", retries=2).read(document())
    assert server.seen("failing") == 3
    fell_back(extraction, f"the language model at {server.base_url} answered 500 (the model crashed)")


def test_an_unreachable_server_is_one_line_and_is_not_asked_again_for_the_next_article(server, tmp_path):
    closed = ChatServer()
    url = closed.base_url
    closed.close()
    engine = LLMBackend(LLMSettings(base_url=url, model="good", retries=0, concurrency=1))
    first, _ = engine.read(document())
    fell_back(first, f"the language model at {url} cannot be reached (")
    second, _ = engine.read(document())
    assert second.warnings == first.warnings
    assert engine.usage.failed == 1


# --------------------------------------------------------------------------- configuration

LLM_YML = """\
site_name: Test briefings
docs_dir: build/docs
plugins:
  - briefings:
      backend: llm
      llm:
        base_url: {url}
        model: {model}
        api_key_env: MY_SERVER_KEY
        retries: 0
"""


def test_the_llm_options_are_typed_and_a_misspelt_one_is_named(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(LLM_YML.format(url="http://127.0.0.1:9/v1", model="good") + "        timout: 3\n")
    with pytest.raises(ConfigError, match=r"plugins\.briefings\.llm: 'timout': unknown option; did you mean 'timeout'"):
        load_project(config)
    config.write_text(LLM_YML.format(url="http://127.0.0.1:9/v1", model="good") + "        concurrency: 0\n")
    with pytest.raises(ConfigError, match=r"plugins\.briefings\.llm: Sub-option 'concurrency': must be a whole number"):
        load_project(config)
    config.write_text(LLM_YML.format(url="ftp://host", model="good"))
    with pytest.raises(ConfigError, match=r"plugins\.briefings\.llm: Sub-option 'base_url'"):
        load_project(config)


def test_the_environment_overrides_the_server_and_the_model(tmp_path, monkeypatch, server):
    config = tmp_path / "mkdocs.yml"
    config.write_text(LLM_YML.format(url="http://127.0.0.1:9/v1", model="other"))
    monkeypatch.setenv("BRIEFINGS_LLM_BASE_URL", server.base_url)
    monkeypatch.setenv("BRIEFINGS_LLM_MODEL", "good")
    engine = get_backend("llm", load_project(config))
    assert (engine.client.base_url, engine.client.model, engine.settings.retries) == (server.base_url, "good", 0)


def test_without_a_server_or_model_the_backend_says_how_to_set_them():
    with pytest.raises(ConfigError) as caught:
        LLMBackend(LLMSettings())
    assert str(caught.value) == (
        "the llm backend needs base_url and model (set plugins.briefings.llm.base_url in mkdocs.yml or "
        "BRIEFINGS_LLM_BASE_URL and set plugins.briefings.llm.model in mkdocs.yml or BRIEFINGS_LLM_MODEL)")


# --------------------------------------------------------------------------- summarising a site

def site(tmp_path: Path, server: ChatServer, model: str) -> Path:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "pier.md").write_bytes(ARTICLE.read_bytes())
    (tmp_path / "mkdocs.yml").write_text(LLM_YML.format(url=server.base_url, model=model))
    return tmp_path


def test_rebuilding_asks_the_model_only_about_new_or_changed_articles(server, tmp_path):
    project = make_project(tmp_path, backend="llm", cache_dir=tmp_path / ".cache",
                           llm=LLMSettings(base_url=server.base_url, model="good", concurrency=1))
    site(tmp_path, server, "good")
    before = server.seen("good")
    summarise(project, get_backend("llm", project), force=True)
    summarise(project, get_backend("llm", project), force=True)
    assert server.seen("good") == before + 1
    (tmp_path / "seeds" / "pier.md").write_text(ARTICLE.read_text() + "\nThe vote was five to two.\n")
    report = summarise(project, get_backend("llm", project))
    assert server.seen("good") == before + 2 and report.count("updated") == 1


def test_the_briefing_records_the_counts_and_the_key_is_in_no_file_and_no_output(server, tmp_path, monkeypatch):
    monkeypatch.setenv("MY_SERVER_KEY", KEY)
    root = site(tmp_path, server, "misattributed")
    result = CliRunner().invoke(cli, ["-v", "--config", str(root / "mkdocs.yml"), "summarise"])
    assert result.exit_code == 0, result.output
    [path] = (root / "content").glob("*.yaml")
    assert load_briefing(path).generator.grounding == Grounding(roles_rejected=1, positions_dropped=1,
                                                                positions_without_evidence=4, disagreements=1)
    assert "language model misattributed: 1 answer(s) from the server, 0 from the cache" in result.output
    assert KEY not in result.output
    assert not [p for p in root.rglob("*") if p.is_file() and KEY.encode() in p.read_bytes()]


def test_a_failed_answer_is_a_warning_and_the_briefing_is_the_builtin_backends(server, tmp_path):
    root = site(tmp_path, server, "failing")
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "summarise"])
    assert result.exit_code == 0, result.output
    assert (f"warning: {root / 'seeds' / 'pier.md'}: the language model at {server.base_url} answered 500 (the model "
            "crashed); summarised by the built-in backend instead") in result.output
    [path] = (root / "content").glob("*.yaml")
    assert load_briefing(path).generator.backend == "builtin"


def test_backend_on_the_command_line_overrides_the_configuration(server, tmp_path):
    root = site(tmp_path, server, "good")
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "summarise", "--backend", "builtin"])
    assert result.exit_code == 0, result.output
    [path] = (root / "content").glob("*.yaml")
    assert load_briefing(path).generator.backend == "builtin"
    result = CliRunner().invoke(cli, ["--config", str(root / "mkdocs.yml"), "extract", "--backend", "llm",
                                      "--format", "jsonl", str(root / "seeds")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["generator"]["backend"] == "llm"


def test_the_llm_backends_code_is_not_a_rule_of_the_builtin_backend(tmp_path):
    from generator.extraction import rules_digest

    (tmp_path / "llm").mkdir()
    (tmp_path / "rules.py").write_text("A = 1\n")
    (tmp_path / "llm" / "checks.py").write_text("B = 1\n")
    before = rules_digest(tmp_path)
    (tmp_path / "llm" / "checks.py").write_text("B = 2\n")
    assert rules_digest(tmp_path) == before
    (tmp_path / "rules.py").write_text("A = 2\n")
    assert rules_digest(tmp_path) != before


@pytest.mark.parametrize("mode, joins", [("hybrid", False), ("model", True)])
def test_an_actor_the_model_adds_joins_the_briefing_only_through_something_kept(mode, joins):
    model = {"title": "", "summary": "", "positions": [],
             "actors": [{"id": "council", "name": "harbour council of Port Elwin", "type": "organization", "role": None}],
             "quotes": [{"text": "The pier is no longer safe, and we will not ask families to walk on it,",
                         "speaker": "council", "paragraph": 2}]}
    checked = check_answer(model, document(), BUILTIN, mode)
    assert ("harbour-council-of-port-elwin" in {a.id for a in checked.extraction.actors}) is joins


def test_articles_are_asked_about_concurrently_and_come_out_in_order(server, tmp_path):
    project = make_project(tmp_path, backend="llm", cache_dir=None,
                           llm=LLMSettings(base_url=server.base_url, model="together", concurrency=3, retries=0))
    (tmp_path / "seeds").mkdir()
    for n in range(3):
        (tmp_path / "seeds" / f"pier-{n}.md").write_text(ARTICLE.read_text() + f"\nThe vote was {n + 4} to two.\n")
    report = summarise(project, get_backend("llm", project))
    assert report.warnings == []
    briefings = [load_briefing(o.briefing) for o in report.outcomes]
    assert [b.source.path for b in briefings] == [f"seeds/pier-{n}.md" for n in range(3)]
    assert {b.generator.backend for b in briefings} == {"llm"}
    assert report.backend_note.startswith("language model together: 3 answer(s) from the server, 0 from the cache")


@pytest.mark.parametrize("content", [
    '```json\n{"title": "T"}\n```',
    'Here is the briefing:\n{"title": "T"}\nI hope it helps.',
])
def test_an_answer_asked_for_by_the_prompt_alone_may_come_fenced_or_with_words_around_it(content):
    from generator.extraction.llm.client import parse_answer

    assert parse_answer(content) == {"title": "T"}
