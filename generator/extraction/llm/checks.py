"""A model's answer checked against the article and merged with the built-in backend's extraction.

Nothing the model says is kept on its word. A quote must be the article's (see `grounding`); a
speaker or a position must name an actor of the briefing, one the built-in backend found or one the
article names as the model wrote it; a position must cite a paragraph that exists, names or refers
to its actor and says what the stance says; a role must be in the article's words. Whatever fails
is left out and noted with its reason, and the notes are counted into the briefing.

In hybrid mode the built-in backend keeps its quotes and speakers, which are exact by construction;
where the model gives one of those quotes to someone else, the briefing keeps the built-in speaker
and the disagreement is noted. In model mode the model's quotes and speakers are used, after the
same checks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import Any

from ...characters import clean_line
from ...cleaning import Document
from ...schema import ACTOR_TYPES, POLARITIES, Actor, Grounding, Position, Quote, slugify
from .. import Extraction
from ..lexicon import FUNCTION_WORDS, PRONOUNS
from .grounding import WORD, Article, Found

MODEL_POSITION_CONFIDENCE = 0.6
MODEL_QUOTE_CONFIDENCE = 0.6
MAX_KEY_QUOTES = 3
MIN_KEY_QUOTE_WORDS = 6
# Share of a stance's content words its paragraph must hold for the stance to be the paragraph's:
# most of them, so that "supported the closure" is not borne out by "opposed the closure".
STANCE_SUPPORT = 2 / 3
MAX_TITLE_WORDS = 25
NEGATIONS = frozenset("not no never n't neither nor none nobody nothing without against".split())
_STEM = 5  # words are compared by their first letters, so that "opposes" is "opposed"
COUNTS = tuple(f.name for f in fields(Grounding))


@dataclass(frozen=True)
class Note:
    """One thing the model answered that was repaired or left out: `count` is the field of
    `Grounding` it adds to, `item` what the model said, `why` the reason."""

    count: str
    item: str
    why: str


@dataclass(frozen=True)
class Checked:
    extraction: Extraction
    notes: tuple[Note, ...]

    @property
    def grounding(self) -> Grounding:
        counted = Counter(note.count for note in self.notes)
        return Grounding(**{name: counted[name] for name in COUNTS})


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in (m.group().lower() for m in WORD.finditer(text.replace("’", "'")))
            if len(w) > 2 and w not in FUNCTION_WORDS}


def _text(value: Any) -> str | None:
    return clean_line(value) or None if isinstance(value, str) else None


def _paragraph(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("[").rstrip("]").isdigit():
        return int(value.strip().lstrip("[").rstrip("]"))
    return None


def _items(answer: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = answer.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _mentioned(form: str, text: str) -> list[int]:
    """Where `form` stands in `text` as whole words; case matters for names, not for descriptions."""
    flags = 0 if form[:1].isupper() else re.I
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text, flags)]


class _Cast:
    """The briefing's actors: the built-in backend's, and those the model names that the article
    names too, which join only when a kept position or quote needs them."""

    def __init__(self, actors: tuple[Actor, ...], text: str) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in actors}
        self.text = text
        self.model_ids: dict[str, str] = {}  # the model's actor ids to the briefing's
        self.waiting: dict[str, Actor] = {}  # actors the article names that nothing kept needs yet

    def forms(self, actor: Actor) -> list[str]:
        forms = [actor.name, *actor.aliases]
        words = actor.name.split()
        if actor.type == "person" and len(words) > 1 and words[-1][:1].isupper():
            forms.append(words[-1])
        return [f for f in forms if f]

    def match(self, name: str) -> Actor | None:
        """The actor `name` means: same id, name or alias, or the one person of that surname."""
        key, slug = name.casefold(), slugify(name)
        everyone = [*self.actors.values(), *self.waiting.values()]
        for actor in everyone:
            if key == actor.id or slug == actor.id or key in {f.casefold() for f in (actor.name, *actor.aliases)}:
                return actor
        last = name.split()[-1].casefold() if name.split() else ""
        people = [a for a in everyone if a.type == "person" and (
            a.name.split()[-1].casefold() == last and (len(name.split()) == 1 or len(a.name.split()) == 1))]
        return people[0] if len(people) == 1 else None

    def resolve(self, ref: Any, join: bool = True) -> Actor | None:
        """The actor a model's reference (its id for an actor, or a name) stands for, made a member of
        the briefing if it was waiting and `join` is set."""
        if not isinstance(ref, str) or not ref.strip():
            return None
        known = self.model_ids.get(ref.strip())
        if known is not None:
            actor = self.actors.get(known) or self.waiting.get(known)
        else:
            actor = self.match(clean_line(ref))
        if join and actor is not None and actor.id in self.waiting:
            self.actors[actor.id] = self.waiting.pop(actor.id)
        return actor

    def named_in_article(self, name: str) -> bool:
        return bool(_mentioned(name, self.text))

    def new_id(self, name: str) -> str:
        base = slugify(name) or "actor"
        candidate, n = base, 2
        while candidate in self.actors or candidate in self.waiting:
            candidate, n = f"{base}-{n}", n + 1
        return candidate


class _Checker:
    def __init__(self, document: Document, builtin: Extraction, mode: str) -> None:
        self.document = document
        self.builtin = builtin
        self.mode = mode
        self.paragraphs = [p.text for p in document.paragraphs]
        self.article = Article(self.paragraphs)
        text = "\n\n".join(self.paragraphs)
        self.article_stems = _stems(text)
        self.cast = _Cast(builtin.actors, text)
        self.notes: list[Note] = []

    def note(self, count: str, item: str, why: str) -> None:
        self.notes.append(Note(count, item, why))

    def run(self, answer: dict[str, Any]) -> Checked:
        self.actors(_items(answer, "actors"))
        positions = self.positions(_items(answer, "positions"))
        quotes = self.quotes(_items(answer, "quotes"))
        title = _text(answer.get("title"))
        if title is None or len(title.split()) > MAX_TITLE_WORDS:
            title = self.builtin.title
        summary = _text(answer.get("summary")) or self.builtin.summary
        order = {a.id: i for i, a in enumerate(self.builtin.actors)}
        actors = tuple(sorted(self.cast.actors.values(), key=lambda a: (order.get(a.id, len(order)), a.id)))
        extraction = replace(self.builtin, title=title, summary=summary, actors=actors, positions=positions,
                             quotes=quotes)
        return Checked(extraction, tuple(self.notes))

    # ------------------------------------------------------------------ actors and roles

    def actors(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            name, model_id = _text(item.get("name")), _text(item.get("id"))
            if name is None:
                self.note("actors_dropped", str(item.get("id")), "it has no name")
                continue
            actor = self.cast.match(name)
            if actor is None:
                kind = item.get("type")
                if kind not in ACTOR_TYPES:
                    self.note("actors_dropped", name, f"'{kind}' is not an actor type")
                    continue
                if not self.cast.named_in_article(name):
                    self.note("actors_dropped", name, "the article never names it so")
                    continue
                actor = Actor(id=self.cast.new_id(name), name=name, type=kind, named=name[:1].isupper())
                self.cast.waiting[actor.id] = actor
            self.cast.model_ids[model_id or name] = actor.id
            self.role(actor, item.get("role"))

    def role(self, actor: Actor, value: Any) -> None:
        role = _text(value)
        if role is None or role == actor.role:
            return
        missing = sorted(_stems(role) - self.article_stems)
        if missing or not _stems(role):
            self.note("roles_rejected", f"{actor.name}: {role}",
                      "its words are not the article's" if missing else "it has no word of substance")
            return
        for members in (self.cast.actors, self.cast.waiting):
            if actor.id in members:
                members[actor.id] = replace(actor, role=role)

    # ------------------------------------------------------------------ positions

    def positions(self, items: list[dict[str, Any]]) -> tuple[Position, ...]:
        kept: list[Position] = []
        seen: set[tuple[str, str]] = set()
        count = len(self.paragraphs)
        for item in items:
            stance, polarity, number = _text(item.get("stance")), item.get("polarity"), _paragraph(item.get("paragraph"))
            shown = f"{item.get('actor')}: {stance}"
            if stance is None:
                self.note("positions_dropped", shown, "it has no stance")
                continue
            if polarity not in POLARITIES:
                self.note("positions_dropped", shown, f"'{polarity}' is not a polarity")
                continue
            if number is None or not 1 <= number <= count:
                self.note("positions_dropped", shown, f"it cites paragraph {item.get('paragraph')}, and the "
                          f"article has paragraphs 1 to {count}")
                continue
            actor = self.cast.resolve(item.get("actor"))
            if actor is None:
                self.note("positions_dropped", shown, f"'{item.get('actor')}' is not an actor of the briefing")
                continue
            why = self.unsupported(actor, stance, number)
            if why is not None:
                self.note("positions_without_evidence", shown, why)
                continue
            if (actor.id, stance.casefold()) in seen:
                continue
            seen.add((actor.id, stance.casefold()))
            kept.append(Position(actor=actor.id, stance=stance, polarity=polarity, paragraph=number,
                                 confidence=MODEL_POSITION_CONFIDENCE))
        return tuple(kept)

    def unsupported(self, actor: Actor, stance: str, number: int) -> str | None:
        """Why paragraph `number` is no evidence of `actor` taking `stance`; None when it is."""
        text = self.paragraphs[number - 1]
        if not self.refers_to(actor, number):
            return f"paragraph {number} neither names nor refers to {actor.name}"
        wanted = _stems(stance)
        there = _stems(text)
        held = len(wanted & there)
        if not wanted or held < STANCE_SUPPORT * len(wanted):
            return f"paragraph {number} does not say it: {held} of the stance's {len(wanted)} words are there"
        negated = {w.lower() for w in WORD.findall(stance.replace("’", "'"))} & NEGATIONS or (
            "n't" in stance.replace("’", "'"))
        if negated and not ({w.lower() for w in WORD.findall(text.replace("’", "'"))} & NEGATIONS
                            or "n't" in text.replace("’", "'")):
            return f"the stance is negated and paragraph {number} is not"
        return None

    def refers_to(self, actor: Actor, number: int) -> bool:
        """Whether paragraph `number` names `actor`, calls them by their role ("the minister"), or
        has a pronoun that fits them while they are the actor named last before it."""
        text = self.paragraphs[number - 1]
        if any(_mentioned(form, text) for form in self.cast.forms(actor)):
            return True
        head = (actor.role or "").split()[-1:] or [""]
        if len(head[0]) > 3 and re.search(rf"\b(?:the|this|that) {re.escape(head[0])}\b", text, re.I):
            return True
        pronoun = self._first_pronoun(actor, text)
        if pronoun is None:
            return False
        before = (self.paragraphs[number - 2] + "\n\n" if number > 1 else "") + text[:pronoun]
        latest = max(((at, other.id) for other in self.cast.actors.values()
                      for form in self.cast.forms(other) for at in _mentioned(form, before)), default=None)
        return latest is not None and latest[1] == actor.id

    @staticmethod
    def _first_pronoun(actor: Actor, text: str) -> int | None:
        fits = [form for form, (gender, number) in PRONOUNS.items()
                if (gender in "mfx" if actor.type == "person" else gender in "nx" or number == "pl")]
        found = [m.start() for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, fits)) + r")\b", text, re.I)]
        return min(found, default=None)

    # ------------------------------------------------------------------ quotes

    def quotes(self, items: list[dict[str, Any]]) -> tuple[Quote, ...]:
        found: list[tuple[Found, Actor | None]] = []
        for item in items:
            text = item.get("text")
            if not isinstance(text, str):
                self.note("quotes_dropped", str(text), "it is not text")
                continue
            where = self.article.find(text, _paragraph(item.get("paragraph")))
            if not isinstance(where, Found):
                self.note("quotes_dropped", text, where.reason)
                continue
            if where.repair is not None:
                self.note("quotes_repaired", text, where.repair)
            speaker = item.get("speaker")
            # In hybrid mode the model's quotes are only compared: their speakers join no briefing.
            actor = self.cast.resolve(speaker, join=self.mode == "model")
            if speaker not in (None, "") and actor is None:
                self.note("speakers_rejected", f"{speaker}: {text}", f"'{speaker}' is not an actor of the briefing")
            found.append((where, actor))
        if self.mode == "hybrid":
            self.disagreements(found)
            return self.builtin.quotes
        return self.model_quotes(found)

    def _span(self, quote: Quote) -> tuple[int, int]:
        start = self.paragraphs[quote.paragraph - 1].find(quote.text)
        return start, start + len(quote.text)

    def disagreements(self, found: list[tuple[Found, Actor | None]]) -> None:
        for where, actor in found:
            if actor is None:
                continue
            for quote in self.builtin.quotes:
                start, end = self._span(quote)
                if quote.paragraph == where.paragraph and start < where.end and where.start < end \
                        and quote.speaker != actor.id:
                    said_by = self.cast.actors.get(quote.speaker)
                    self.note("disagreements", quote.text,
                              f"the model gives it to {actor.name}; the built-in backend's "
                              + (f"{said_by.name} is kept" if said_by else "unattributed reading is kept"))

    def model_quotes(self, found: list[tuple[Found, Actor | None]]) -> tuple[Quote, ...]:
        quotes: list[Quote] = []
        spans: set[tuple[int, int, int]] = set()
        for where, actor in sorted(found, key=lambda f: (f[0].paragraph, f[0].start)):
            if (where.paragraph, where.start, where.end) in spans:
                continue
            spans.add((where.paragraph, where.start, where.end))
            text = self.paragraphs[where.paragraph - 1][where.start:where.end]
            quotes.append(Quote(text=text, speaker=actor.id if actor else None, paragraph=where.paragraph,
                                partial=text[:1].islower(), confidence=MODEL_QUOTE_CONFIDENCE if actor else 0.0))
        key = [i for i, q in enumerate(quotes) if q.speaker and not q.partial
               and len(q.text.split()) >= MIN_KEY_QUOTE_WORDS][:MAX_KEY_QUOTES]
        return tuple(replace(q, key=True) if i in key else q for i, q in enumerate(quotes))


def check_answer(answer: dict[str, Any], document: Document, builtin: Extraction, mode: str) -> Checked:
    """`builtin` with what the model answered that the article bears out (see the module's docstring)."""
    return _Checker(document, builtin, mode).run(answer)
