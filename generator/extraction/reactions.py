"""The main reaction a summary gives after its lead: the stance of an actor the lead does not name,
as a sentence the article backs, given to the one the article gives it to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .compression import DANGLING, FINITE_AUXILIARY, has_verb
from .discourse import ParagraphView, Reading
from .lexicon import FUNCTION_WORDS, SPEECH_VERBS, LazyPattern, alternation
from .positions import Stance
from .positions.shared import _QUOTED
from .text import QUOTE_MARKS, WORD

# A reaction says one thing: a longer stance leaves no words for the others.
MAX_REACTION_WORDS = 16

_REPORTED_SUBJECT = re.compile(r"(?i:the|a|an|this|that|these|those|its|his|her|their|our|there|it|we|they|he|she|i)\b|"
                               r"[A-Z0-9\"“]|[a-z]{1,3}-[A-Z]")  # (a name may open on a particle: "al-Rami")

# A reaction takes sides on the news; a claim or an act of another actor is more news, not a reaction.
_EVALUATIVE = frozenset(("oppose", "deny", "support"))


def main_reaction(stances: Sequence[Stance], known: set[str], budget: int, reading: Reading) -> tuple[str, set[str]]:
    """The main reaction, as a sentence of at most MAX_REACTION_WORDS words, with the words of its
    holder's name: a stance that takes sides before a claim or an act, earlier before later, of an
    actor the summary does not name yet. Where the article may not give the main reaction to its
    holder, there is none: a lesser one in its place would misstate what the article stresses."""
    candidates = _reactions(stances, known, reading)
    ranked = sorted(candidates, key=lambda s: (s.polarity not in _EVALUATIVE, s.paragraph,
                                               -(s.entity.mentions + s.entity.quotes + s.entity.acts)))
    article = "\n".join(view.text for view in reading.views)
    for stance in ranked:
        if content_words(stance.entity.name) & known:
            continue
        if stance.kind == "quoted":
            # The reporter's account of what the same holder holds, in the same paragraph, says in
            # fewer words what the quotation stands for ("Roe said the plan would ruin the port"
            # beside "“We are witnessing the end of our harbour”").
            stance = next((other for other in candidates if other.entity is stance.entity and other.kind != "quoted"
                           and other.paragraph == stance.paragraph
                           and len(_reaction(other, article).split()) <= min(budget, MAX_REACTION_WORDS)), stance)
        sentence = _reaction(stance, article)
        if len(sentence.split()) <= min(budget, MAX_REACTION_WORDS) and len(content_words(sentence) - known) >= 3:
            trusted = _holder_says_it(stance, reading)
            reasoned = _with_reason(stance, sentence, reading)
            if reasoned and len(reasoned.split()) <= budget:
                sentence = reasoned
            return sentence if trusted else "", content_words(stance.entity.name)
    return "", set()


def _with_reason(stance: Stance, sentence: str, reading: Reading) -> str:
    """The reaction with the reason its holder gives in the same sentence ("Roe condemned the vote,
    saying it would cost jobs"): what the holder says of the thing is what the reaction is about,
    where the bare verb only takes a side. Empty when the sentence gives none."""
    if stance.kind != "stance verb" or not 0 < stance.paragraph <= len(reading.views):
        return ""
    view = reading.views[stance.paragraph - 1]
    core = stance.stance.rstrip(" …")
    at = view.text.find(core)
    if at < 0 or not sentence.endswith("."):
        return ""
    after = view.text[at + len(core):view.sentence_at(at).end].rstrip()
    reason = _REASON.fullmatch(after)
    if reason is None or len(reason.group(1).split()) > MAX_REASON_WORDS or not has_verb(reason.group(1)) \
            or not _REPORTED_SUBJECT.match(reason.group(1)):
        return ""
    return f"{sentence[:-1]}{reason.group()}"


# ", saying it will delay the works.": a reason given as what the holder says, a clause with its
# own subject and verb, with no quotation to cut open.
REASON_OPENING = r",\s+(?:saying|arguing|insisting|warning)\s+"
_REASON = re.compile(REASON_OPENING + r"(?:that\s+)?([^;:“”\"()]+)\.")
MAX_REASON_WORDS = 12


def _holder_says_it(stance: Stance, reading: Reading) -> bool:
    """Whether the sentence of a stance, not a quotation, gives it to its holder by name or by a
    pronoun of a paragraph that names them, in the holder's own voice: a holder taken up from a
    description ("The new chair rejected the plan") may be the wrong person, and a clause someone else reports ("Roe added that the board
    wants …") is that person's claim, not the board's stance."""
    if stance.kind == "quoted" or not 0 < stance.paragraph <= len(reading.views):
        return True
    view = reading.views[stance.paragraph - 1]
    at = view.text.find(stance.stance.rstrip(" …"))
    if at < 0:
        return True
    lead_in = view.text[view.sentence_at(at).start:at]
    names = [m for m in WORD.finditer(lead_in) if m.group() in name_words(stance.entity.name)]
    if not names:
        # (A pronoun whose holder the paragraph does not name was resolved across paragraphs, and
        # an article of items may have changed its subject in between.)
        before = view.text[:at]
        return bool(_SUBJECT_PRONOUN.search(lead_in)) and bool(name_words(stance.entity.name) & set(WORD.findall(before)))
    # ("Lind added that the board …", "Lind said the board …": the holder opens what Lind reports;
    # "Lind discussed the plan with the board, which …" reports nothing of the board's.)
    name = names[-1].start()
    return not any(gap.startswith("that ") or len(gap.split()) <= 2
                   for gap in (lead_in[said.end():name].strip() + " " for said in _SAYS.finditer(lead_in, 0, name)))


def name_words(name: str) -> set[str]:
    """The words a name is known by again: capitalised, longer than initials or "of"."""
    return {word for word in WORD.findall(name) if word[:1].isupper() and len(word) > 2}


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|I)\b", re.I)
_SAYS = LazyPattern(lambda: rf"\b(?:{alternation(SPEECH_VERBS)})\b")


def _reactions(stances: Sequence[Stance], lead_words: set[str], reading: Reading) -> list[Stance]:
    """Stances to add after the lead, most telling first: those of named actors the lead does not
    name, the reporter's account of a stance before a quotation, and earlier before later, as news
    puts what matters first."""
    def rank(stance: Stance) -> tuple:
        named_in_lead = bool(content_words(stance.entity.name) & lead_words)
        return (named_in_lead, stance.kind == "quoted", stance.paragraph)
    stances = [_own_subject(s, reading) for s in stances]
    return sorted((s for s in stances if s.entity.named and _reads_as_a_sentence(s) and _sturdy(s, reading)), key=rank)


def _own_subject(stance: Stance, reading: Reading) -> Stance:
    """A reported stance with the pronoun that opens it in the article ("Roe said she would resign"
    gives "would resign"), when the sentence names its holder just before it: the pronoun is theirs,
    and the reported clause reads as a sentence again."""
    if stance.kind != "reported" or stance.entity.type != "person" or _REPORTED_SUBJECT.match(stance.stance):
        return stance
    found = _in_its_paragraph(stance, reading)
    if found is None:
        return stance
    view, at = found
    said = _SAID_PRONOUN.search(view.text, view.sentence_at(at).start, at)
    if said is None or said.end() != at or not name_words(stance.entity.name) & set(WORD.findall(said.group(1))):
        return stance
    return replace(stance, stance=f"{said.group(2)} {stance.stance}")


# "Roe said she …", "Ana Roe told reporters that he …": the holder's name, the reporting verb, the pronoun.
# (A finite verb: "…, Roe saying she was pleased and Lind calling it …" goes on past what the stance shows.)
_SAID_PRONOUN = LazyPattern(lambda: rf"((?:[A-Z][\w’'-]+\s+){{1,3}})(?![a-z]+ing\b)(?:{alternation(SPEECH_VERBS)})\s+"
                                     r"(?:\w+\s+)?(?:that\s+)?(he|she)\s+")


# Weaknesses of a stance's clause that a summary should not risk: its holder found outside the
# clause, an account of what the holder did, a question or a hypothesis, a holder of unsure kind.
_RISKY_SHAPES = frozenset(("subject elsewhere", "account", "framed", "hypothetical", "unsure holder"))


def _sturdy(stance: Stance, reading: Reading) -> bool:
    if stance.shape is None:
        return True
    risks = stance.shape.weaknesses & _RISKY_SHAPES
    # "According to Roe, the plan …" names its holder before the clause, as no other opening does.
    return not risks or risks == {"subject elsewhere"} and _according_to_holder(stance, reading)


def _according_to_holder(stance: Stance, reading: Reading) -> bool:
    found = _in_its_paragraph(stance, reading)
    if found is None:
        return False
    view, at = found
    source = _ACCORDING_TO.fullmatch(view.text[view.sentence_at(at).start:at])
    return bool(source) and set(WORD.findall(source.group(1))) <= name_words(stance.entity.name)


def _in_its_paragraph(stance: Stance, reading: Reading) -> tuple[ParagraphView, int] | None:
    """The view of the paragraph `stance` came from and where its words start in it; None when they
    cannot be found there (a stance cut short or joined from two places)."""
    if not 0 < stance.paragraph <= len(reading.views):
        return None
    view = reading.views[stance.paragraph - 1]
    at = view.text.find(stance.stance.rstrip(" …"))
    return None if at < 0 else (view, at)


# The whole opening of the sentence before the stance: "According to Roe, ", "According to Ana Roe, ".
_ACCORDING_TO = re.compile(r"\s*According to ((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+),\s+")


def _reads_as_a_sentence(stance: Stance) -> bool:
    """Whether "Name said <stance>" or "Name <stance>" makes a sentence: a reported stance must open
    with its own subject, another must open with its verb group."""
    return _reads_as(stance.stance, stance.kind)


@lru_cache(maxsize=4096)  # (the summary weighs the same stances again for each way of cutting it)
def _reads_as(text: str, kind: str) -> bool:
    first = text.split()[0] if text.split() else ""
    if QUOTE_MARKS.sub('"', text).count('"') % 2:
        return False  # a quotation cut before it closes
    if text.count("(") != text.count(")"):
        return False  # "… under control”)": a bracket opened or closed outside the stance
    if _POINTS_ELSEWHERE.match(QUOTE_MARKS.sub("", text).lstrip()):
        return False  # "they will move …", "thanked him": away from its paragraph, nobody knows who
    if kind == "quoted":
        if _GOES_ON.match(QUOTE_MARKS.sub("", text).lstrip()):
            return False  # "But I hope they fail.": an answer to words the summary leaves out
        # "… and he." is a quotation cut before its sentence ends.
        last = WORD.findall(text)
        return not last or last[-1].lower() not in DANGLING | _SUBJECT_PRONOUNS
    if _STITCHED.search(text):
        return False  # "elected in 2010, casts Roe as …": an aside's end taken for the stance's verb
    unquoted = _QUOTED.sub("", text)
    if _POINTS_BACK_INSIDE.search(unquoted):
        return False  # "Roe said the plan hurts these venues": which venues, the summary does not say
    if _SOMEONE_ELSES_VOICE.search(unquoted):
        return False  # "Roe backs most of my plans": the words of whoever reported it
    if kind == "reported":
        # "said the council's failure of nerve" is no sentence, nor "said workers have yielded":
        # the reported clause needs its verb and what the verb says.
        return bool(_REPORTED_SUBJECT.match(text)) and has_verb(text) \
            and len(text.split()) >= MIN_REPORTED_WORDS
    # "Roe denying the claims", "Roe openly backing the plan" are no sentences: a participle
    # needs a finite verb before it.
    return kind == "stance verb" and first.islower() and first not in FUNCTION_WORDS \
        and not any(word.rstrip(",;:").endswith("ing") for word in text.split()[:2])


MIN_REPORTED_WORDS = 4
_SUBJECT_PRONOUNS = frozenset(("i", "he", "she", "we", "they"))
# A finite verb straight after a comma, with no relative clause before it to close: the stance
# joins the end of an aside to the verb of the clause around it ('Roe "has trained," is ready').
_STITCHED = re.compile(rf"^(?![^,]*\b(?:which|who|whose|whom)\b)[^,]*,[”\"’]*\s+(?:(?:{FINITE_AUXILIARY})\b|"
                       r"(?!(?:as|has|does|was|is|its|his|this|thus|plus|unless|always|perhaps)\b)[a-z]+s\s+"
                       r"(?:the|a|an|his|her|its|their|[A-Z]))")
# A quotation that opens on a link word goes on from something said before it.
_GOES_ON = re.compile(r"(?:but|and|so|or|yet|because|still|also|then)\b", re.I)
_POINTS_BACK_INSIDE = re.compile(r"\b(?:these|those)\b|\b(?:that|this)\s+same\b", re.I)

# Outside quotation marks, the first person is the reporter's or another speaker's, not the holder's.
_SOMEONE_ELSES_VOICE = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|myself|ourselves|themselves)\b")
# A pronoun for someone other than the speaker: as the subject of what is said, or as the object of
# the speaker's verb.
_POINTS_ELSEWHERE = re.compile(r"(?:it|its|they|them|their|this|these|those|such)\b|(?:\S+\s+){1,2}(?:him|her|them|it)\b", re.I)


def _reaction(stance: Stance, article: str) -> str:
    # A stance ending with a quotation ends its sentence inside the marks: "… “all night.”"
    text = _END_INSIDE_QUOTE.sub(r"\1", stance.stance.rstrip(" …,;:")).rstrip(" .")
    text = _COMMA_INSIDE_QUOTE.sub(r"\1", text)  # "a “good, decent man,”" closes without its comma
    name = _as_written(stance.entity.name, stance.entity.type, article)
    stop = "" if text.endswith(("!", "?")) else "."  # ("“… now!”", never "“… now!.”")
    if stance.kind == "quoted":
        sentence = f"{name} said: “{text}{stop}”"
    elif stance.kind == "reported":
        sentence = f"{name} said {text}{stop}"
    else:
        sentence = f"{name} {text}{stop}"
    return sentence


def _as_written(name: str, kind: str, article: str) -> str:
    """The name as the subject of a sentence: with the article the text gives it ("The Northport
    Freight Board condemned …"), which names of bodies often have and names of people do not."""
    # (The name looked for as it stands first: the pattern, made anew for each name, costs far more
    # to compile than the look does.)
    if kind != "person" and not name.lower().startswith("the ") and name in article \
            and re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", article):
        return f"The {name}"
    return name


_END_INSIDE_QUOTE = re.compile(r"[.!?]+([”\"’']+)$")
_COMMA_INSIDE_QUOTE = re.compile(r"[,;:]+([”\"’]+)$")


@lru_cache(maxsize=4096)  # (the summary weighs the same lead, names and reactions again for each way of cutting it)
def content_words(text: str) -> frozenset[str]:
    return frozenset(low for w in WORD.findall(text) if len(w) > 2 and (low := w.lower()) not in FUNCTION_WORDS)
