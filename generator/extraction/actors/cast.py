"""The `Cast`: the actors of one document and every reference to them, in document order."""

from __future__ import annotations

import re

from ..lexicon import DEMONYM_OF, FIRST_NAME_GENDER, PERSON_NOUNS, PERSON_TITLES, ROLE_WORDS
from ..text import PARAGRAPH
from .entity import Entity, Mention
from .kinds import (LAW_NOUNS, _NAME_HEADS, _fuller_name, _introduced_as_outlet, _named_only_as_channel,
                    _only_inside_longer_names, _owns_after, _runs_for_office, _titled_in, _unsure_name,
                    _with_given_name, _written_as_place, _written_as_thing, _written_as_work, is_organization_name)
from .merging import Merging
from .naming import Naming
from .resolution import Resolution
from .roles.phrase import role_head, role_phrase, words_of_role
from .roles.words import RELATIVE_TO_OWNER
from .words import fold, _initials, norm, _ORG_NOUNS

_GOVERNMENTS = frozenset("government administration regime cabinet".split())
# A person's name is rarely this long; a longer name an acronym abbreviates is a body's.
MINACRONYM_WORDS = 3
_ROLE_TOKEN = re.compile(r"[\w.]+")
_MEMBERS_OF_ACRONYM = re.compile(r"^[A-Z]{2,7}(?:ers|ites)$")
# The body a role ends with: "chief executive of Kestrel Holdings", "professor at Harbour Marlow".
# ("director for Roe" is a post in a person's campaign.)
_POST_IN = re.compile(r"\s(?:of|at)\s+(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w.&’'-]*)*)$")
# Posts held in a person's service as well as in a body's: "lawyer of", "chief of staff of", "aide of"
# a person says nothing of what the person is.
_SERVES_A_PERSON = frozenset("lawyer lawyers attorney aide adviser advisor assistant spokesman spokeswoman spokesperson "
                             "secretary deputy staff physician doctor bodyguard agent biographer".split())


class Cast(Naming, Resolution, Merging):
    """The actors of one document and every reference to them, in document order.

    `proper_words` are the words the document capitalises inside a sentence: a word capitalised
    only where it opens a sentence may be a common noun ("Analysts say ...").
    """

    def __init__(self, proper_words: frozenset[str] = frozenset()) -> None:
        self.proper_words = proper_words
        self.entities: list[Entity] = []
        self.timeline: list[Mention] = []
        self._highest_pos: list[int] = []  # the running maximum of the timeline's positions
        self._sentence_starts: list[int] = []
        self._speakers: set[int] = set()  # the ids of actors seen reporting: persons, whatever their name
        self._by_key: dict[str, Entity] = {}
        self._persons_by_token: dict[str, list[Entity]] = {}
        # Organisations and countries by the initials of their names, for acronyms.
        self._by_initials: dict[str, list[Entity]] = {}
        # Organisation mentions by the words of the name, for "the ministry" and the like.
        self._org_mentions: dict[str, list[Mention]] = {}
        # Persons by the words of their roles, for "the president" and the like.
        self._by_role_word: dict[str, list[Entity]] = {}
        # The unnamed holder a bare title just named, and where the title ends: a name set off
        # right after it is the holder's ("the Harbour Minister, Jane Roe, said").
        self._titled: tuple[Entity, int, str] | None = None
        # Such titles by holder: the role of one the text gives no other role.
        self._apposed_titles: dict[int, str] = {}

    def _new(self, name: str, kind: str, pos: int, *, named: bool = True) -> Entity:
        entity = Entity(name=name, type=kind, first=pos, named=named)
        self.entities.append(entity)
        self._by_key[norm(name)] = entity
        if kind in ("organization", "country") or len(name.split()) >= MINACRONYM_WORDS:
            self._by_initials.setdefault(_initials(name), []).append(entity)
        return entity

    def _keyed(self, name: str, kind: str, pos: int, surface: str, *, named: bool = True) -> Entity:
        entity = self.canonical(self._by_key.get(norm(name)) or self._new(name, kind, pos, named=named))
        entity.add_alias(surface)
        self._by_key.setdefault(norm(surface), entity)
        return entity

    @staticmethod
    def canonical(entity: Entity) -> Entity:
        while entity.merged_into is not None:
            entity = entity.merged_into
        return entity

    def merge(self, loser: Entity, winner: Entity) -> None:
        loser, winner = self.canonical(loser), self.canonical(winner)
        if loser is winner:
            return
        loser.merged_into = winner
        winner.add_alias(loser.name)
        for alias in loser.aliases:
            winner.add_alias(alias)
        if winner.role is None and loser.role:
            self._give_role(winner, loser.role)
        if winner.gender is None and loser.gender:
            winner.gender, winner.gendered_by_pronoun = loser.gender, loser.gendered_by_pronoun
        winner.acts += loser.acts
        winner.mentions += loser.mentions
        winner.quotes += loser.quotes
        winner.topical += loser.topical
        winner.reports += loser.reports
        winner.stances += loser.stances
        winner.paragraphs |= loser.paragraphs
        winner.first = min(winner.first, loser.first)

    def _learn_title(self, entity: Entity, role: str) -> None:
        if entity.role is None:
            # Before the name, "Its" may point back to nothing the story named: the title stays.
            self._give_role(entity, self._owned(role) or role.split(maxsplit=1)[-1])
        for word in _ROLE_TOKEN.findall(role):
            gender = PERSON_TITLES.get(word) or PERSON_TITLES.get(word.capitalize())
            if gender and not entity.gender:
                entity.gender = gender

    def _give_role(self, entity: Entity, role: str) -> None:
        role = role_phrase(role)
        if role is None:
            return
        entity.role = role
        for word in words_of_role(role):
            self._by_role_word.setdefault(word, []).append(entity)

    def knows(self, name: str) -> bool:
        return norm(name) in self._by_key or fold(name.lower()) in self._persons_by_token

    def set_role(self, entity: Entity, role: str) -> None:
        if entity.role is None:
            # "Jane Roe, its chief executive" after "the company": whose, the story does not name;
            # the post stays.
            role = self._owned(role) or role.split(maxsplit=1)[-1]
            self._give_role(entity, role)
            for word in role.lower().split()[:4]:
                if PERSON_NOUNS.get(word) and not entity.gender:
                    entity.gender = PERSON_NOUNS[word]

    def _owned(self, role: str) -> str | None:
        """ "Its leader" (", Jane Roe"): the leader of the organisation the story just named; None when
        it named none. "Her campaign manager": the post without the pronoun. Other roles as they are."""
        words = role.split()
        if len(words) > 1 and words[0].lower() == "its":
            owner = self._last_organization()
            return None if owner is None else f"{owner.name} {' '.join(words[1:])}"
        if len(words) > 1 and words[0].lower() in ("his", "her", "their") and not words[1].endswith(("'s", "’s")) \
                and words[-1].lower() not in RELATIVE_TO_OWNER:
            # "Her campaign manager, Jane Roe": shown on the person's own page, "her" would point at
            # no one; the post is what is left. ("his party's deputy", "her rival", "his wife" are
            # nothing without their owner.)
            return " ".join(words[1:])
        return role

    def _last_organization(self) -> Entity | None:
        for mention in reversed(self.timeline[-12:]):
            entity = self.canonical(mention.entity)
            if entity.type in ("organization", "country") and entity.named:
                return entity
        return None

    def record(self, pos: int, entity: Entity, subject: bool, sentence: int, acts: bool = True,
               speaks: bool = False, salient: bool = True) -> None:
        """Note a mention; `salient` False for a subject a pronoun does not point back to."""
        entity = self.canonical(entity)
        entity.mentions += 1
        entity.paragraphs.add(pos // PARAGRAPH)
        if subject and acts:
            entity.acts += 1
        salience = 0
        if subject and salient:
            first = not any(m.sentence == sentence and m.salience == 2 and m.pos < pos for m in self.timeline[-12:])
            salience = 2 if first else 1
        mention = Mention(pos, entity, salience, sentence, speaks)
        self.timeline.append(mention)
        if speaks:
            entity.reports += 1
            self._speakers.add(id(entity))
        self._highest_pos.append(max(pos, self._highest_pos[-1]) if self._highest_pos else pos)
        if entity.type == "organization":
            for word in set(entity.name.lower().split()):
                self._org_mentions.setdefault(word, []).append(mention)

    def final(self, text: str = "") -> list[Entity]:
        """The actors, each once. `text` is the whole document, quotations included: a full name
        written only where names are not read (inside a quotation, a headline) still shows whose
        surname a single word is."""
        self.settle_spellings()
        self.settle_run_together()
        self.settle_word_orders()
        self.settle_role_descriptions()
        self.settle_group_heads()
        out = [e for e in self.entities if e.merged_into is None]
        things: set[int] = set()
        employers = {norm(found.group(1)) for e in out if e.type == "person" and e.role
                     for found in [_POST_IN.search(e.role)] if found and role_head(e.role) in ROLE_WORDS
                     and _SERVES_A_PERSON.isdisjoint(e.role[:found.start()].lower().split())}
        for entity in out:
            if entity.type == "organization" and entity.named and " " not in entity.name:
                self._settle_name_head(entity, text)
            words = entity.name.split()
            if not entity.named and entity.type == "organization" and len(words) > 1 \
                    and words[-1].lower() in _GOVERNMENTS and words[-2][:1].isupper() \
                    and words[0].lower() not in ("a", "an"):
                # "the Abe government", "Zimbabwe's government": a government named by whose it is;
                # "a Roe administration" is one that may come, no actor of the story.
                entity.named = True
                head = self._head_of(entity)
                if head is not None:
                    # "President Jane Roe's government rejected the plan": the head of government acts.
                    self.merge(entity, head)
            if entity.role is None and id(entity) in self._apposed_titles:
                entity.role = self._apposed_titles[id(entity)]
            if entity.role and entity.role.startswith("of ") and _written_as_place(entity.role[3:], text):
                entity.role = None  # "Jane Roe of Northport" where the story is "in Northport": a home town, no role
            if _person_by_default(entity) and " " in entity.name and not entity.role:
                if _written_as_thing(entity.name, text):
                    # "the Kestrel Fund", "the Harbour Light Festival", "Kestrel Watch, which …": a person's
                    # full name takes no article, nor "which" (and a pronoun resolved to a name says less).
                    entity.type = "organization"
                    things.add(id(entity))
                elif norm(entity.name) in employers:
                    # "Jane Roe, the chief executive of Kestrel Holdings": what someone holds a post in is a body.
                    entity.type = "organization"
            # One capitalised word that no title, role or pronoun showed to be a person is more
            # often a company or a website ("Twitter", "YouTube") than a person named by surname.
            # A pronoun resolved to it shows too little to make it a company, but leaves its given name
            # to be found ("Rachel Roe" where "Roe said … she said").
            if entity.type == "person" and entity.named and " " not in entity.name and not entity.role \
                    and (entity.gender is None or entity.gendered_by_pronoun):
                full = _with_given_name(entity.name, text)
                if full is None and entity.name in FIRST_NAME_GENDER:
                    # "Bernadette won easily": a known given name alone is a person's, as readers call
                    # some; the one person of the story with that given name, if there is one.
                    holders = [p for p in self.entities if p.merged_into is None and p.type == "person"
                               and p.name.split()[0] == entity.name and p is not entity]
                    if len(holders) == 1:
                        self.merge(entity, holders[0])
                    else:
                        entity.gender = entity.gender or FIRST_NAME_GENDER[entity.name]
                elif full is None and entity.gender is None and not _titled_in(entity.name, text) \
                        and not _runs_for_office(entity.name, text) and not _owns_after(entity.name, text):
                    entity.type = "organization"
                elif full is not None:
                    entity.add_alias(entity.name)
                    entity.name = full
                    entity.gender = FIRST_NAME_GENDER.get(full.split()[0])
            if entity.type == "organization" and " " not in entity.name and entity.name.endswith("s") and any(
                    fold(stem.lower()) in self._persons_by_token for stem in (entity.name[:-1], entity.name[:-2])):
                entity.type = "group"  # "the Okafors", "the Renwicks": a family, named by its surname
            if entity.type == "organization" and _MEMBERS_OF_ACRONYM.match(entity.name):
                entity.type = "group"  # "HPPers", "NDPers": the members of a body, not the body
            if _person_by_default(entity) and _introduced_as_outlet(entity.name, text):
                # "the editor of the town's newspaper, La Voce Nuova, said": the name the outlet's
                # noun introduces is the outlet's, and the role before it is its editor's, not its own.
                entity.type = "organization"
                if entity.role and " of " in entity.role:
                    entity.role = entity.role.split(" of ", 1)[1]
            if entity.type == "person" and entity.named and entity.gender is None and entity.role \
                    and role_head(entity.role) in _ORG_NOUNS:
                entity.type = "organization"  # "Acme Polls, a polling firm": what the role says it is
            if entity.type == "organization" and entity.named and len(words) == 2 and norm(words[0]) in DEMONYM_OF \
                    and entity.role and role_head(entity.role) in PERSON_NOUNS and not is_organization_name(entity.name):
                # "Finn Vela, policy director of …": a given name that is also a nationality opens a
                # person's name where the role is a person's.
                entity.type = "person"
        out = [e for e in out if e.merged_into is None]
        # A name that nothing showed to be a person's or a body's, and that the text writes as where
        # something happens ("fighting in Varosha"), is a place, even where it is a subject ("Varosha
        # was shelled"). A quoted one stays, as the quote needs its speaker.
        # So is one word the text writes only inside longer names ("a Harbour Watch poll"): a piece
        # of a name.
        # So is a name typed a person that the text writes with an article and that never acts ("the
        # Harbour Light Festival"): the name of a thing or an event.
        # So is a name the text writes as a law's or a programme's ("the Fair Start program"): where
        # such a document speaks, the quote keeps it as its speaker, but it gets no page.
        # So is a news outlet named only as where someone spoke ("told the Herald", "in an interview
        # with the Herald"): the channel, not an actor (one that reports or takes a stance is one).
        works = {id(e) for e in out if _named_as_work(e, text)}
        for entity in out:
            if id(entity) in works:
                entity.named = False
        return [e for e in out if e.quotes or not (
            id(e) in works or id(e) in things and not e.acts
            or e.type == "organization" and not e.stances and _named_only_as_channel(e.name, text)
            or _unsure_name(e) and (
                _written_as_place(e.name, text) or " " not in e.name and _only_inside_longer_names(e.name, text)))]

    def _settle_name_head(self, entity: Entity, text: str) -> None:
        """ "the Journal", "the League": the last word of a body's name, alone, is the body the text
        names in full, and no body of its own; where the text names none, whose it is stays unsaid
        (a quote keeps it as its speaker, but it gets no page)."""
        fuller = _fuller_name(entity.name, text)
        if fuller is None:
            entity.named = entity.name not in _NAME_HEADS
            return
        if entity.role and entity.role.endswith(fuller[:-len(entity.name)].rstrip()):
            entity.role = None  # the rest of the name, read as a title before the bare word
        holder = self._by_key.get(norm(fuller))
        if holder is not None and self.canonical(holder) is not entity:
            self.merge(entity, holder)
        else:
            entity.add_alias(entity.name)
            entity.name = fuller
            self._by_key[norm(fuller)] = entity

    def _head_of(self, government: Entity) -> Entity | None:
        """The person named in full whose government, administration or cabinet an organisation is
        called: "President Jane Roe's government" is Jane Roe's."""
        owner, apostrophe, _ = government.name.rpartition("’s " if "’s " in government.name else "'s ")
        if not apostrophe:
            return None
        return next((p for p in self.entities if p.merged_into is None and p.type == "person" and p.named
                     and " " in p.name and (owner == p.name or owner.endswith(f" {p.name}"))), None)


def _person_by_default(entity: Entity) -> bool:
    """A name typed a person that neither a given name nor a gender of its own shows to be one (a
    pronoun resolved to a name says less): the text may still show it to be a body's."""
    return entity.type == "person" and entity.named and (entity.gender is None or entity.gendered_by_pronoun) \
        and not any(w in FIRST_NAME_GENDER for w in entity.name.split())


def _named_as_work(entity: Entity, text: str) -> bool:
    """Whether `entity` is a law or a programme the text names ("the Fair Start program", "Fair
    Start, the sweeping law that …"), whatever the words of its name, an acronym too ("the FSP
    program"): no person's or body's name the story has shown to be one (by a role, a title or a
    given name) is taken for it."""
    if entity.role is not None:
        return role_head(entity.role) in LAW_NOUNS and _written_as_work(entity.name, text)
    return (entity.type == "organization" or _unsure_name(entity)) and _written_as_work(entity.name, text)
