"""The text forms articles arrive in: British quotation marks, Markdown emphasis, a headline line.
One behaviour per test, on small hand-written articles."""

from __future__ import annotations

from pathlib import Path

from generator.cleaning import clean
from generator.extraction import Extraction
from generator.extraction.builtin import BuiltinBackend
from generator.reading import parse_article


def extract(text: str) -> Extraction:
    return BuiltinBackend().extract(clean(parse_article(Path("t.txt"), text.encode())))


def quote_texts(ex: Extraction) -> list[str]:
    return [q.text for q in ex.quotes]


def speaker(ex: Extraction, start: str) -> str | None:
    (q,) = [q for q in ex.quotes if q.text.startswith(start)]
    return next((a.name for a in ex.actors if a.id == q.speaker), None)


def actor_names(ex: Extraction) -> set[str]:
    return {a.name for a in ex.actors}


# -- British and Australian quotation marks -----------------------------------------------------------

def test_british_curly_quotes_are_read_with_their_speaker():
    ex = extract("Mayor Jane Holt spoke on Tuesday.\n\n‘We will rebuild the bridge next year,’ Holt said.")
    assert quote_texts(ex) == ["We will rebuild the bridge next year,"]
    assert speaker(ex, "We will") == "Jane Holt"


def test_british_straight_quotes_are_read_with_their_speaker():
    ex = extract("Mayor Jane Holt spoke on Tuesday.\n\n'We will rebuild the bridge next year,' Holt said.")
    assert quote_texts(ex) == ["We will rebuild the bridge next year,"]
    assert speaker(ex, "We will") == "Jane Holt"


def test_double_quotes_nested_in_a_british_quote_stay_inside_it():
    ex = extract("‘He told me “never again” and walked out of the hall,’ said Maria Lopez.")
    assert quote_texts(ex) == ["He told me “never again” and walked out of the hall,"]


def test_apostrophes_inside_a_british_quote_neither_open_nor_close_it():
    ex = extract("‘We don’t know if O’Brien’s plan from the ’90s will work,’ said Maria Lopez.")
    assert quote_texts(ex) == ["We don’t know if O’Brien’s plan from the ’90s will work,"]


def test_a_plural_possessive_does_not_close_a_british_quote():
    ex = extract("'The workers' union will not sign this deal,' said Maria Lopez.")
    assert quote_texts(ex) == ["The workers' union will not sign this deal,"]


def test_an_elided_word_between_two_marks_is_no_quotation():
    ex = extract("'They played rock 'n' roll all night long,' said Maria Lopez.")
    assert quote_texts(ex) == ["They played rock 'n' roll all night long,"]


def test_a_mark_that_elides_a_word_opens_no_quotation():
    ex = extract("‘We will win the final,’ said coach Maria Lopez. Her team will beat 'em, she added.")
    assert quote_texts(ex) == ["We will win the final,"]


def test_an_unclosed_british_quote_runs_to_the_end_of_its_paragraph():
    ex = extract("Maria Lopez said: ‘The first part of the plan is simple.\n\n"
                 "‘The second part will take years to finish, and we know it.’")
    assert quote_texts(ex) == ["The first part of the plan is simple.",
                               "The second part will take years to finish, and we know it."]


def test_a_paragraph_can_close_a_british_quote_opened_in_the_one_before():
    ex = extract("‘We asked for talks,’ said Maria Lopez. ‘Then we asked again.\n\n"
                 "Nobody at the port answered our letters.’")
    assert "Nobody at the port answered our letters." in quote_texts(ex)


def test_double_quotes_outside_every_british_quote_are_quotes_too():
    ex = extract("‘We asked for talks,’ said Maria Lopez. ‘Then we asked again.’\n\n"
                 "Tom Reed, the port director, said: \"The port cannot wait for the union any longer.\"")
    assert quote_texts(ex) == ["We asked for talks,", "Then we asked again.",
                               "The port cannot wait for the union any longer."]


# -- Markdown emphasis ----------------------------------------------------------------------------------

def test_emphasis_around_a_name_leaves_the_name_and_speaker_clean():
    ex = extract("“We will rebuild the bridge next year,” said **Jane Holt**, the mayor.")
    assert speaker(ex, "We will") == "Jane Holt"


def test_emphasis_with_underscores_makes_no_actor_of_its_marks():
    ex = extract("A spokesman for the _White House_ said the talks would go on.\n\n"
                 "The _White House_ said the president would travel to the port.")
    assert all("_" not in name for name in actor_names(ex))


def test_a_role_read_through_emphasis_has_no_markup():
    ex = extract("*Jane Holt*, the *mayor of Valmora*, said the bridge would reopen.\n\n"
                 "“We will rebuild it,” Holt said.")
    (holt,) = [a for a in ex.actors if a.name == "Jane Holt"]
    assert holt.role == "mayor of Valmora"


def test_a_quote_wrapped_in_emphasis_stays_verbatim_without_the_marks_around_it():
    ex = extract("*“We will never give up the port,”* Maria Lopez said.")
    assert quote_texts(ex) == ["We will never give up the port,"]
    assert speaker(ex, "We will") == "Maria Lopez"


def test_emphasis_inside_a_quote_is_kept_as_written():
    ex = extract("“We will *never* give up the port,” **Maria Lopez** said.")
    assert quote_texts(ex) == ["We will *never* give up the port,"]
    assert speaker(ex, "We will") == "Maria Lopez"


# -- A headline line -------------------------------------------------------------------------------------

def test_a_headline_line_is_not_read_as_story_text():
    ex = extract("Mayor Jane Holt: “We will rebuild the bridge”\n\n"
                 "Mayor Jane Holt said on Tuesday that the bridge would reopen in June.")
    assert ex.title == "Mayor Jane Holt: “We will rebuild the bridge”"
    assert ex.quotes == ()
