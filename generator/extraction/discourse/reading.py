"""What the pass over a document builds and later stages read: the paragraphs as read, the name
mentions of each, and the subjects found for reporting verbs, indexed for lookups by offset."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from dataclasses import dataclass, field

from ...cleaning import Document
from ..actors import Cast, Entity
from ..clauses import Phrase
from ..quotes import QuoteSpan, read_quotations
from ..text import Span, make_frame, split_sentences


@dataclass(frozen=True)
class ParagraphView:
    """A paragraph as read (its text without emphasis markup), with its quotation spans, its
    masked frame and its sentences."""

    number: int
    text: str
    frame: str
    spans: tuple[QuoteSpan, ...]
    sentences: tuple[Span, ...]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding `offset`, else the next one, else the last."""
        if not self.sentences:
            return Span(0, len(self.text))
        at = bisect_right(self._sentence_starts, offset)
        if at and offset < self.sentences[at - 1].end:
            return self.sentences[at - 1]
        return self.sentences[at] if at < len(self.sentences) else self.sentences[-1]


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    role_start: int
    entity: Entity
    possessive: bool


@dataclass
class Reading:
    """What the pass found: paragraph views, the cast, and the subject of each cue verb."""

    views: list[ParagraphView]
    cast: Cast
    verb_subjects: dict[tuple[int, int], Entity]
    names: dict[int, list[NameMention]]
    passives: set[tuple[int, int]]
    # Reporting verbs whose subject follows them ("said Jane Roe"): they report what came before.
    inverted: set[tuple[int, int]] = field(default_factory=set)
    # Indexes built on first use, so that a lookup costs a bisection, not a pass over a paragraph.
    _name_starts: dict[int, list[int]] = field(default_factory=dict)
    _names_ending: dict[int, dict[int, NameMention]] = field(default_factory=dict)
    _verbs: dict[int, tuple[list[int], list[Entity]]] | None = None
    # (document position, organisation) for each organisation seen issuing or owning a document.
    document_owners: list[tuple[int, Entity]] = field(default_factory=list)
    document_words: dict[int, list[int]] = field(default_factory=dict)  # paragraph -> offsets
    lower_words: frozenset[str] = frozenset()  # the words the text writes in lower case somewhere

    def document_owner(self, pos: int) -> Entity | None:
        """The organisation last seen issuing or owning a document before `pos`."""
        at = bisect_left(self.document_owners, pos, key=lambda owner: owner[0])
        return self.cast.canonical(self.document_owners[at - 1][1]) if at else None

    def _name_index(self, paragraph: int) -> list[int]:
        """The start offsets of a paragraph's name mentions, kept up to date as the list grows
        (mentions are only ever appended in order, sentence by sentence)."""
        mentions = self.names.get(paragraph, [])
        starts = self._name_starts.setdefault(paragraph, [])
        ending = self._names_ending.setdefault(paragraph, {})
        for m in mentions[len(starts):]:
            starts.append(m.start)
            if not m.possessive:
                ending[m.end] = m  # the last in order wins, as a scan would find it
        return starts

    def name_in(self, paragraph: int, phrase: Phrase) -> NameMention | None:
        """The name heading a phrase: the one ending where the phrase ends, else the first inside."""
        mentions = self.names.get(paragraph)
        if not mentions:
            return None
        starts = self._name_index(paragraph)
        found = self._names_ending[paragraph].get(phrase.end)
        if found is not None and found.start < phrase.end:
            return found
        for i in range(bisect_left(starts, phrase.start), len(mentions)):
            m = mentions[i]
            if m.start >= phrase.end:
                break
            if m.end <= phrase.end:
                return m
        return None

    def names_from(self, paragraph: int, start: int):
        """The name mentions of a paragraph from offset `start` on, in order."""
        mentions = self.names.get(paragraph)
        if not mentions:
            return
        starts = self._name_index(paragraph)
        for i in range(bisect_left(starts, start), len(mentions)):
            yield mentions[i]

    def verbs_of(self, paragraph: int) -> tuple[list[int], list[Entity]]:
        """The offsets of a paragraph's reporting verbs with a subject, in order, and the subjects."""
        if self._verbs is None:
            index: dict[int, tuple[list[int], list[Entity]]] = {}
            for (number, start), entity in sorted(self.verb_subjects.items(), key=lambda kv: kv[0]):
                starts, entities = index.setdefault(number, ([], []))
                starts.append(start)
                entities.append(entity)
            self._verbs = index
        return self._verbs.get(paragraph, ([], []))


def view_paragraphs(document: Document) -> list[ParagraphView]:
    views = []
    read = read_quotations([(p.number, p.text) for p in document.paragraphs])
    for paragraph, (text, spans) in zip(document.paragraphs, read):
        frame = make_frame(text, [(s.outer_start, s.outer_end, s.ends_sentence) for s in spans])
        views.append(ParagraphView(paragraph.number, text, frame, tuple(spans), tuple(split_sentences(frame))))
    return views
