"""Actors: typing names, merging the forms that refer to one actor, roles, and reference resolution.

The `Cast` collects everything that can refer to an actor in document order: proper names,
group nouns, pronouns and descriptions. It merges the forms of one actor (a surname with the full
name, an acronym with the name it abbreviates, a capital city with its country), types each actor
from the word lists, and resolves a pronoun or a description to the actor it points back to.
A `Cast` lives for one extraction only.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import load_list
from .lexicon import (AGENCIES, AUXILIARIES, CAPITAL_OF, COUNTRY_BY_NAME, DEMONYM_OF, DOCUMENT_NOUNS, FIRST_NAME_GENDER,
                      FUNCTION_WORDS,
                      GROUP_NOUNS, IRREGULAR_PAST, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, PLACE_OPENERS, PLACE_WORDS,
                      PRONOUNS,
                      PROPER_ADJECTIVES, PROPER_GROUPS, REGIONS, ROLE_WORDS, SPEECH_VERBS, STANCE_POLARITY, TITLE_WORDS,
                      WORK_WORDS,
                      alternation)
from .names import NAME_PARTICLES, Name, advocates
from .text import PARAGRAPH

LOCATIVE = frozenset("in at from near outside inside into across around through via toward towards "
                      "throughout within across between visit visited visiting of".split())
# Prepositions of where something is: a name after one is a place, even one opening with a given
# name ("in Jackson Hole").
_AT = frozenset("in at near outside inside across throughout within".split())
_TITLE_ONLY = frozenset(tuple(t.lower().replace(".", "").split()) for t in PERSON_TITLES)
_DETERMINERS = frozenset("the a an one another some this that these those two three four several many "
                         "other its his her their our".split())
_DEFINITE = frozenset(("the", "this", "that", "these", "those", "its", "his", "her", "their"))
# Words that make a demonym description stand for the country's state ("the Iranian government").
_STATE_NOUNS = frozenset("government authorities officials regime administration leadership state "
                         "military army forces ministry".split())
_GOVERNMENTS = frozenset("government administration regime cabinet".split())
# The state's own bodies: with a demonym they are the country ("the Iranian authorities").
_STATE_BODIES = frozenset("government authorities regime administration leadership".split())
# Things that speak for an organisation in news: "the report said", "the campaign said".
_SOURCE_NOUNS = frozenset(load_list("source_nouns.txt"))
_ORG_PHRASES = tuple(w for w in ORG_WORDS if " " in w)  # the list's entries of several words
_ISSUED = frozenset(("statement", "release", "letter", "memo", "communique", "communiqué"))
_OWNERS = frozenset(("his", "her", "its", "their", "our"))
# Words that open sentences before a name without being part of it ("Rival Jane Roe said").
_OPENERS = frozenset(load_list("sentence_openers.txt"))
_AGE = re.compile(r"^\d{1,3}-year-old$")
_COMMON_HEAD = re.compile(r"^[a-z][a-z-]{2,}(?<!al)(?<!ive)(?<!ous)(?<!ful)(?<!able)(?<!ible)(?<!ic)$")
_COLLECTIVES = frozenset("crowd audience public electorate majority minority jury panel staff family".split())
_PREPOSITION = re.compile(r"\s(?:of|for|at|in|with|on|from|to|who|which|that)\s", re.I)
_WORD = re.compile(r"[\w-]+")
_POSSESSOR = re.compile(r"(?<![\w’'-])([A-Z][\w-]*)['’]s\b")
# How many recent candidates a description is compared with: a description points back to a
# person named recently, and the bound keeps the work per description constant.
MAX_ROLE_CANDIDATES = 64
MAX_PREPOSED_CHARS = 400
# A person's name is rarely this long; a longer name an acronym abbreviates is a body's.
MINACRONYM_WORDS = 3
# Pronoun resolution: how many mentions back a pronoun looks, and what a mention weighs (by
# salience: another mention, another subject, the first subject of its sentence).
MAX_PRONOUN_MENTIONS = 80
_RECENCY_WEIGHT = 100.0
_SUBJECT_WEIGHT = (0.0, 50.0, 210.0)
_SPEAKER_WEIGHT = 100.0
_UNKNOWN_GENDER_FACTOR = 0.75
# What is left of a mention's weight for each sentence back: salience fades fast in news, where
# the antecedent of "he said" is nearly always in the last sentence or two.
_SENTENCE_DECAY = 0.3
_BARE_WORD_FACTOR = 0.1
_SENTENCE_SLACK = 16
MAX_OPENING_CHARS = 60  # how far into its sentence a subject still opens it, a title before the name
_SPEAKING_TYPES = frozenset(("person", "organization", "group"))
_COMPASS = frozenset(("north", "south", "east", "west"))
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z\d&-]{2,8}$")
_ROLE_GLUE = frozenset(("the", "a", "an", "of", "for", "and", "on"))
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$")
_MODIFIERS = sorted(load_list("group_modifiers.txt"), key=len, reverse=True)
_GROUP = re.compile(
    rf"(?<![\w-])((?:(?:[A-Z][\w.’'-]*|[a-z]+-[A-Za-z][\w-]*|{alternation(_MODIFIERS)})\s+){{0,3}})"
    rf"({alternation(w for w in GROUP_NOUNS if w.islower())})\b")
_LOWER_RUN = re.compile(r"[a-z]+")
_GROUP_FIRST_WORDS = frozenset(_LOWER_RUN.match(w).group() for w in GROUP_NOUNS if w.islower() and w[:1].isalpha())
# "who heads X" is the role "head of X": the verbs of leading and what they make of the leader.
_ROLE_VERBS = {"heads": "head of", "leads": "leader of", "chairs": "chair of", "runs": "head of",
               "founded": "founder of", "directs": "director of", "represents": "representative of",
               "owns": "owner of", "manages": "manager of", "commands": "commander of",
               "coaches": "coach of", "edits": "editor of", "governs": "governor of"}
_APPOSITIVE = re.compile(r",\s+([^,;:()\[\]\ue000\ue001]{2,160}?)\s*(?=[,;:.)\ue000]|$|\s[—–]\s)")
_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z]\.?){2,7}\)")
_WHO_IS = re.compile(r"^who\s+(?:is|was|has been|had been|serves as|served as|works as|worked as)\s+(.*)$")
_WHO_VERB = re.compile(r"^who\s+(\w+)\s+(.*)$")
_APPOSITIVE_ROLE_START = re.compile(r"^(?:a|an|the|its|his|her|their)\s+|^[A-Z][\w.’'-]*['’]s\s+", re.I)


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-’']")
_ROLE_TOKEN = re.compile(r"[\w.]+")
_INITIALS_SPLIT = re.compile(r"[\s-]+")
_ARTICLE_START = re.compile(r"^(?:a|an|the)\s", re.I)
_ARTICLE_LEAD = re.compile(r"^(?:a|an|the)\s+", re.I)


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word without its accents, with a straight apostrophe: "Erdoğan" and "Erdogan", "O’Neill"
    and "O'Neill" are one name spelt two ways."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("’", "'")) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """A name as a lookup key: lower case, without a leading "the", dots or apostrophes."""
    text = text.lower()
    if text.startswith("the "):
        text = text[4:]
    # (str.replace, not str.translate, which reads a table per character and is many times slower.)
    return text.replace(".", "").replace("'", "").replace("’", "").strip()


@dataclass(eq=False)
class Entity:
    """One actor as it is being assembled; `merged_into` points to the entity it turned out to be."""

    name: str
    type: str
    first: int
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    named: bool = True
    definite: bool = False
    collective: bool = False  # a group of the word lists ("officials", "U.S. officials"), named or not
    acts: int = 0
    mentions: int = 0
    quotes: int = 0
    topical: int = 0  # mentions as what something is about: "opinions on Israel"
    merged_into: Entity | None = None

    def add_alias(self, form: str) -> None:
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


@dataclass(frozen=True)
class Mention:
    """A reference to an entity at a document position.

    `salience` is 2 for the first subject of a sentence, 1 for another subject, 0 otherwise: a
    pronoun points back to the main subject of a recent sentence before any other name in it.
    `speaks` marks the subject of a reporting verb: "he said" most often continues its speech.
    """

    pos: int
    entity: Entity
    salience: int
    sentence: int
    speaks: bool = False


class Cast:
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
        # right after it is the holder's ("the Foreign Secretary, Jane Roe, said").
        self._titled: tuple[Entity, int, str] | None = None
        # Such titles by holder: the role of one the text gives no other role.
        self._apposed_titles: dict[int, str] = {}

    # -- creation and merging ----------------------------------------------------------------

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
        winner.gender = winner.gender or loser.gender
        winner.acts += loser.acts
        winner.mentions += loser.mentions
        winner.quotes += loser.quotes
        winner.topical += loser.topical
        winner.first = min(winner.first, loser.first)

    def add_name(self, name: Name, pos: int, previous_word: str) -> Entity | None:
        """The entity a proper name refers to, created if new; None for places and adjectives."""
        titled, self._titled = self._titled, None
        bare = self._without_opener(name)
        if bare is not None:
            pos += bare.start - name.start
            name = bare
        entity = self._add_name(name, pos, previous_word)
        if titled is not None and entity is not None and entity.type == "person" and entity.named \
                and not name.sentence_initial and pos - (name.start - name.role_start) - titled[1] == len(", "):
            self.merge(titled[0], entity)
            entity = self.canonical(entity)
            self._apposed_titles.setdefault(id(entity), titled[2])
        return entity

    def _without_opener(self, name: Name) -> Name | None:
        """ "Rival Jane Roe", "Interestingly Roe", "Fellow Republicans": a word the document writes
        with a capital only where it opens a sentence, before a name met already or one opening
        with a given name, is an ordinary word; the name is the rest."""
        words = name.text.split()
        if not name.sentence_initial or name.role or len(words) < 2:
            return None
        first = words[0]
        if first in self.proper_words or first in FIRST_NAME_GENDER or is_known_name(first) or ACRONYM.match(first) \
                or first.lower() in TITLE_WORDS or norm(first) in PROPER_ADJECTIVES or first.lower() in NAME_PARTICLES \
                or not first.isalpha():
            return None
        rest = " ".join(words[1:])
        if rest.lower() not in GROUP_NOUNS and not (
                # An unknown given name may come before a known surname ("Anna Varga" after "Tomas
                # Varga"): only a word shaped as an adverb, a participle or an opener of the list goes.
                (first.lower().endswith(("ly", "ing", "ed")) or first.lower() in _OPENERS)
                and (len(words) > 2 and words[1] in FIRST_NAME_GENDER or norm(rest) in self._by_key
                     or len(words) == 2 and fold(rest.lower()) in self._persons_by_token)):
            return None
        cut = len(first) + 1
        return Name(name.start + cut, name.end, rest, None, name.role_start + cut, name.possessive, False)

    def _add_name(self, name: Name, pos: int, previous_word: str) -> Entity | None:
        head, _, client = name.text.partition(" for ")
        if client and is_organization_name(head) and any(
                f"{_ARTICLE_LEAD.sub('', client)} ".startswith(f"{agency} ") for agency in AGENCIES):
            # "Harbour Research for Anadolu Agency": the pollster that did the work for a news
            # agency ("the Institute for Ocean Research" is one name).
            name = Name(name.start, name.start + len(head), head, name.role, name.role_start, False, name.sentence_initial)
        text = name.text
        key = norm(text)
        words = text.split()
        if len(words) == 1 and previous_word not in LOCATIVE and (
                key in COUNTRY_BY_NAME or key in CAPITAL_OF or key in REGIONS or key in _COMPASS
                or key in DEMONYM_OF and previous_word not in _DETERMINERS):
            # "Tomas Ekdal said ... Ekdal added", "Ines Barros … Barros said": the surname of a
            # person the story named is that person, not the place or people of the same name.
            holder = self._surname_holder(key)
            if holder is not None:
                holder.add_alias(text)
                return holder
        if key in COUNTRY_BY_NAME:
            return self._keyed(COUNTRY_BY_NAME[key], "country", pos, text)
        if key in CAPITAL_OF:
            # "in Moscow" is a place; "Moscow said", "sanctions on Moscow" mean the government.
            if previous_word in LOCATIVE:
                return None
            return self._keyed(CAPITAL_OF[key], "country", pos, text)
        if _PARTY_TAG.match(text):
            return None  # "(D-Texas)": a party and a state after a name, no one's name
        if len(words) == 1 and key in _COMPASS:
            return None  # "the North", "South said": which country or region is meant, the word does not say
        if key in REGIONS or len(words) > 1 and words[0] not in FIRST_NAME_GENDER and (
                words[-1].lower() in PLACE_WORDS or words[-1].lower() in WORK_WORDS):
            return None  # "bases in west Africa", "the Atlantic Ocean", "the Clean Rivers Act": no actors
        if len(words) == 1 and key in DEMONYM_OF:
            if key.endswith("s") and key[:-1] in DEMONYM_OF or key in GROUP_NOUNS:
                return self._keyed(text, "group", pos, text)
            return None
        last = words[-1].lower().split("-")[-1]
        if last.endswith("s") and last[:-1] in DEMONYM_OF and words[0] not in FIRST_NAME_GENDER:
            return self._keyed(text, "group", pos, text)  # "African Americans", "Iraqi-Americans"
        if (words[0] not in FIRST_NAME_GENDER if len(words) > 1 else key not in TITLE_WORDS) and not name.role and (
                last in PROPER_ADJECTIVES or last in DEMONYM_OF or last == "democrat"):
            # "the Inner Valmoran steppe", "the Norland Republican primary", "Democratic": adjectives;
            # "a Dunmore Democrat": a description of someone named elsewhere
            return None
        if len(words) == 1 and key in GROUP_NOUNS:
            return self.add_group(text, pos)
        if len(words) == 1 and name.sentence_initial and key in _SOURCE_NOUNS:
            # "Police" opening a sentence is the common noun "police": the body of the story
            # named with that word, if any, else an unnamed one.
            entity = self.resolve_description(key, pos)
            if entity is not None:
                entity.add_alias(text)
            return entity
        if _title_only(key) or _titled_description(words):
            entity = self.resolve_description(f"the {text}", pos)
            if entity is not None and not entity.named:
                self._titled = (entity, pos + len(text), text)
            return entity
        known = self._by_key.get(key)
        if known is not None:
            known = self.canonical(known)
            if name.role and known.type == "person":
                self._learn_title(known, name.role)
            return known
        if text in AGENCIES or is_organization_name(text):
            return self._organization(text, pos)
        if ACRONYM.match(text.replace(".", "") if len(words) == 1 else "-") or len(words) == 1 and _CODE.match(text):
            return self._organization(text, pos)  # "NATO", "G4S", "3M": no person's name has digits
        if len(words) == 1 and ACRONYM.match(text[:-1]) and text.endswith("s"):
            # "MPs", "NGOs": the plural of an acronym is people or bodies of a kind, not one body.
            entity = self._keyed(text, "group", pos, text, named=False)
            entity.collective = True
            return entity
        if len(words) == 1:
            return self._single_word(name, pos, previous_word)
        if previous_word in LOCATIVE and not name.role and (words[0] not in FIRST_NAME_GENDER or previous_word in _AT):
            return None  # "in Grand Forks"; but "the nomination of Marek Halvorsen" names a person
        if words[0].lower() in DEMONYM_OF and not name.role and words[0] not in FIRST_NAME_GENDER:
            # "British Red Cross", "American Airlines": a nationality opens no person's name.
            return self._organization(text, pos)
        if not name.role and not any(w in FIRST_NAME_GENDER for w in words) and _impersonal(words, name.sentence_initial):
            return self._organization(text, pos)
        if not name.role and words[0].lower() in PLACE_OPENERS and not any(w in FIRST_NAME_GENDER for w in words):
            return None  # "San Mateo", "Fort Hale", "South Vela": a place
        return self._person(name, pos)

    def _organization(self, text: str, pos: int) -> Entity:
        compact = text.replace(".", "")
        if ACRONYM.match(compact):
            for entity in reversed(self._by_initials.get(compact, ())):
                if entity.merged_into is None and _initials(entity.name) == compact and (
                        entity.type in ("organization", "country") or _unsure_person(entity)):
                    # "The Baltic Fisheries Council (BFC)": a name the acronym
                    # abbreviates is a body's, even with no word of the lists in it.
                    if entity.type == "person":
                        entity.type = "organization"
                    entity.add_alias(text)
                    self._by_key[norm(text)] = entity
                    return entity
        # "the Foreign Office" after "the Norwegian Foreign Office": a country's body without the country.
        for mention in reversed(self._org_mentions.get(text.split()[-1].lower(), ())[-MAX_ROLE_CANDIDATES:]):
            fuller = self.canonical(mention.entity)
            prefix = fuller.name[:-len(text)].strip()
            if fuller.type == "organization" and fuller.name.endswith(f" {text}") and norm(prefix) in COUNTRY_BY_NAME:
                fuller.add_alias(text)
                self._by_key[norm(text)] = fuller
                return fuller
        return self._new(text, "organization", pos)

    def _person(self, name: Name, pos: int) -> Entity:
        words = name.text.split()
        last, first = fold(words[-1].lower()), fold(words[0].lower())
        lowered = [fold(w.lower()) for w in words]
        for entity in reversed(self._persons_by_token.get(last, [])):
            entity = self.canonical(entity)
            their = [fold(w) for w in entity.name.lower().split()]
            if (len(their) == 1 and their[0] == last) or (len(their) > 1 and their[-1] == last and (
                    their[0] == first or set(their) <= set(lowered)
                    # "Di Santo" after "Paolo Di Santo": a surname with its particle.
                    or first in NAME_PARTICLES and their[-len(lowered):] == lowered)):
                if len(their) < len(words):
                    # The fuller form becomes the name: "Okafor" then "Maria Okafor".
                    entity.add_alias(entity.name)
                    entity.name = name.text
                    entity.gender = entity.gender or FIRST_NAME_GENDER.get(words[0])
                else:
                    entity.add_alias(name.text)
                self._by_key[norm(name.text)] = entity
                if name.role:
                    self._learn_title(entity, name.role)
                return entity
        entity = self._new(name.text, "person", pos)
        if len(words) > 1:
            # A common given name shows the gender a pronoun must agree with.
            entity.gender = FIRST_NAME_GENDER.get(words[0])
        if name.role:
            self._learn_title(entity, name.role)
        # "al-Obeidi" is "Obeidi" on second mention: the article prefix of a surname may be dropped.
        for token in {last, first, _ARTICLE_PREFIX.sub("", last)}:
            self._persons_by_token.setdefault(token, []).append(entity)
        return entity

    def _single_word(self, name: Name, pos: int, previous_word: str) -> Entity | None:
        token = fold(name.text.lower())
        people = self._persons_by_token.get(token)
        if people:
            # A surname (or first name) alone is the person most recently named with it; when
            # relatives share it ("Anna Varga" after "Tomas Varga"), the one the story names most.
            entity = self.canonical(people[-1])
            for other in people[-MAX_ROLE_CANDIDATES:]:
                other = self.canonical(other)
                if other.mentions > 2 * entity.mentions and fold(other.name.split()[-1].lower()) == token:
                    entity = other
            entity.add_alias(name.text)
            if name.role:
                self._learn_title(entity, name.role)
            return entity
        if name.role:
            return self._person(name, pos)
        if previous_word in LOCATIVE:
            return None
        if previous_word == "the":
            return self._new(name.text, "organization", pos)
        return self._person(name, pos)

    def _surname_holder(self, token: str) -> Entity | None:
        for entity in reversed(self._persons_by_token.get(token, ())):
            entity = self.canonical(entity)
            words = entity.name.lower().split()
            if entity.type == "person" and len(words) > 1 and words[-1] == token:
                return entity
        return None

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
        for word in _role_words(role):
            self._by_role_word.setdefault(word, []).append(entity)

    def knows(self, name: str) -> bool:
        return norm(name) in self._by_key or fold(name.lower()) in self._persons_by_token

    def speaks_for(self, text: str, pos: int) -> Entity | None:
        """The organisation or country a spokesperson's role names ("State Department spokesperson")."""
        key = norm(text)
        if key in COUNTRY_BY_NAME:
            return self._keyed(COUNTRY_BY_NAME[key], "country", pos, text)
        known = self._by_key.get(key)
        if known is not None:
            known = self.canonical(known)
            if known.type == "person" and known.role is None and known.gender is None and " " in known.name:
                known.type = "organization"  # "a leaked Coastal Agency document" read as a name
                self._by_initials.setdefault(_initials(known.name), []).append(known)
            return known if known.type in ("organization", "country") else None
        if key in DEMONYM_OF or text.split()[0].lower() in PERSON_NOUNS or fold(text.lower()) in self._persons_by_token:
            return None  # "Roe spokesman Tomas Varga" after "Jane Roe": a person's spokesman, no body
        for mention in reversed(self._org_mentions.get(text.split()[-1].lower(), ())[-MAX_ROLE_CANDIDATES:]):
            fuller = self.canonical(mention.entity)
            if fuller.type == "organization" and fuller.name.endswith(f" {text}"):
                return fuller  # "State Department spokesperson" after "the US State Department"
        return self._organization(text, pos)

    def add_group(self, text: str, pos: int) -> Entity:
        words = text.split()
        if len(words) == 2 and words[0].lower() in DEMONYM_OF and words[1].lower() in _STATE_BODIES:
            # "Iranian authorities" act for the state, the country's actor.
            return self._keyed(DEMONYM_OF[words[0].lower()], "country", pos, text)
        return self._group(text, pos, text)

    def _group(self, name: str, pos: int, surface: str) -> Entity:
        """A collective: named by a proper word in its name ("E.U. officials", "Kurds", "Western
        diplomats", "Vale supporters"); of common words only ("analysts", "opposition lawmakers",
        "Officials" opening a sentence) it is a description, an unnamed group."""
        named = self._names_group(name.split())
        entity = self._keyed(name if named else name.lower(), "group", pos, surface, named=named)
        entity.collective = entity.collective or entity.type == "group"
        return entity

    def _names_group(self, words: list[str]) -> bool:
        return any(self._is_proper(word, i == 0) for i, word in enumerate(words))

    def _is_proper(self, word: str, first: bool) -> bool:
        """Whether a word of a group's name is a proper noun or adjective. A capital starting the
        first word may only show where the sentence starts: there the word must be known as a
        name (of the lists or of an actor already met), be an acronym, or be written with a
        capital elsewhere in the document."""
        if not word[:1].isupper():
            return any(c.isupper() for c in word)  # "pro-Russian"
        if not first:
            return True
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        key = norm(bare)
        if bare in self.proper_words or bare in PROPER_GROUPS or key in PROPER_ADJECTIVES or key in DEMONYM_OF \
                or key in COUNTRY_BY_NAME or key in CAPITAL_OF or sum(c.isupper() for c in bare) > 1 \
                or key in self._persons_by_token:
            return True
        known = self._by_key.get(key)
        return known is not None and self.canonical(known).named

    def set_role(self, entity: Entity, role: str) -> None:
        if entity.role is None:
            role = self._owned(role)
            if role is None:
                return
            self._give_role(entity, role)
            for word in role.lower().split()[:4]:
                if PERSON_NOUNS.get(word) and not entity.gender:
                    entity.gender = PERSON_NOUNS[word]

    def _owned(self, role: str) -> str | None:
        """ "Its leader" (", Jane Roe"): the leader of the organisation the story just named; None when
        it named none. Other roles as they are."""
        words = role.split()
        if len(words) > 1 and words[0].lower() == "its":
            owner = self._last_organization()
            return None if owner is None else f"{owner.name} {' '.join(words[1:])}"
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
        if subject and acts:
            entity.acts += 1
        salience = 0
        if subject and salient:
            first = not any(m.sentence == sentence and m.salience == 2 and m.pos < pos for m in self.timeline[-12:])
            salience = 2 if first else 1
        mention = Mention(pos, entity, salience, sentence, speaks)
        self.timeline.append(mention)
        if speaks:
            self._speakers.add(id(entity))
        self._highest_pos.append(max(pos, self._highest_pos[-1]) if self._highest_pos else pos)
        if entity.type == "organization":
            for word in set(entity.name.lower().split()):
                self._org_mentions.setdefault(word, []).append(mention)

    # -- resolution ----------------------------------------------------------------------------

    def begin_sentence(self, pos: int) -> None:
        """Mark where the next sentence starts: pronouns weigh their candidates by sentences back."""
        self._sentence_starts.append(pos)

    def sentence_subject(self, pos: int, opening: bool = False) -> Entity | None:
        """The first subject of the sentence holding `pos`, if it is named before `pos`; with
        `opening`, only if it opens the sentence (a title may come before the name)."""
        here = bisect_right(self._sentence_starts, pos)
        subject = None
        for mention in self._mentions_before(pos):
            if mention.sentence != here:
                if mention.sentence < here:
                    break
                continue
            if mention.salience == 2:
                subject = mention
        if subject is None or (opening and subject.pos - self._sentence_starts[here - 1] > MAX_OPENING_CHARS):
            return None
        return self.canonical(subject.entity)

    def resolve_pronoun(self, word: str, pos: int, reporting: bool = False) -> Entity | None:
        """The actor a pronoun at `pos` points back to; learns the actor's gender from it.

        Each agreeing actor gathers weight from its recent mentions, fading with every sentence
        back: a mention as the first subject of its sentence weighs most, as another subject
        less, and any mention something. So "she said" goes to the woman the previous sentences
        were about, not to whoever was named last, and a man named in the same sentence wins
        over one who was the subject three sentences before. The subject of a reporting verb
        (`reporting`) leans to whoever spoke last: "Cruz won the crowd over, Roe said. 'He was
        superb,' she said." """
        gender, number = PRONOUNS.get(word.lower(), ("x", "sg"))
        if word.lower() in ("i", "we"):
            return None
        weights, candidates = self._weigh(pos, lambda entity: _agrees(entity, gender, number), reporting)
        if not candidates:
            return None
        if gender in ("m", "f"):
            for ident, entity in candidates.items():
                if entity.gender is None:
                    # A name that shows no gender fits less well; a single word that nothing showed
                    # to be a person ("Clarkston became his home") less still.
                    bare = " " not in entity.name and entity.role is None and ident not in self._speakers
                    weights[ident] *= _BARE_WORD_FACTOR if bare else _UNKNOWN_GENDER_FACTOR
        found = candidates[max(weights, key=weights.__getitem__)]
        if gender in ("m", "f") and found.gender is None:
            found.gender = gender
        return found

    def person_named(self, word: str) -> Entity | None:
        """The person last met whose name has `word` (any case) as a word, if any."""
        people = self._persons_by_token.get(word.lower())
        return self.canonical(people[-1]) if people else None

    def salient_speaker(self, pos: int) -> Entity | None:
        """The named actor the discourse at `pos` is about, weighed as the subject of a reporting
        verb would be: who a quote standing alone most likely continues."""
        weights, candidates = self._weigh(pos, lambda entity: entity.named and entity.type in _SPEAKING_TYPES, True)
        return candidates[max(weights, key=weights.__getitem__)] if candidates else None

    def _weigh(self, pos: int, fits, reporting: bool) -> tuple[dict[int, float], dict[int, Entity]]:
        """The weight of each actor that `fits`, by its recent mentions before `pos` (see
        `resolve_pronoun`), and the actors by id."""
        here = bisect_right(self._sentence_starts, pos)
        # An actor's weight in each sentence is that of its most salient mention there: being
        # named three times in one sentence makes it no more the topic than being its subject.
        in_sentence: dict[tuple[int, int], float] = {}
        candidates: dict[int, Entity] = {}
        for mention in self._mentions_before(pos):
            if pos - mention.pos > 3 * PARAGRAPH:
                break
            entity = self.canonical(mention.entity)
            if not fits(entity):
                continue
            key = (id(entity), mention.sentence)
            if reporting and mention.speaks:
                # "Lund won the crowd over, Holm said": the one reporting is the main clause's
                # subject, whatever the order of the words.
                weight = _RECENCY_WEIGHT + _SUBJECT_WEIGHT[2] + _SPEAKER_WEIGHT
            else:
                weight = _RECENCY_WEIGHT + _SUBJECT_WEIGHT[mention.salience]
            if weight > in_sentence.get(key, 0.0):
                in_sentence[key] = weight
            candidates.setdefault(id(entity), entity)
        weights: dict[int, float] = {}
        for (ident, sentence), weight in in_sentence.items():
            weights[ident] = weights.get(ident, 0.0) + weight * _SENTENCE_DECAY ** max(0, here - sentence)
        return weights, candidates

    def _mentions_before(self, pos: int):
        """The timeline's mentions before `pos`, latest first, at most MAX_PRONOUN_MENTIONS of them.
        The timeline is in reading order, which within a sentence puts names before verbs: the
        running maximum of positions finds where to start, a few mentions of slack cover the rest."""
        at = bisect_right(self._highest_pos, pos)
        end = min(len(self.timeline), at + _SENTENCE_SLACK)
        seen = 0
        for i in range(end - 1, -1, -1):
            mention = self.timeline[i]
            if mention.pos >= pos:
                continue
            yield mention
            seen += 1
            if seen >= MAX_PRONOUN_MENTIONS:
                return

    def resolve_description(self, phrase: str, pos: int) -> Entity | None:
        """The actor a described speaker is: "the president", "a senior official", "officials"."""
        words = phrase.split()
        if not words:
            return None
        determiner = words[0].lower() if words[0].lower() in _DETERMINERS else None
        core = " ".join(words[1:]) if determiner else phrase
        if not core:
            if determiner in ("another", "one"):
                # "…," said another: an unnamed speaker, kept as the description.
                entity = self._by_key.get(norm(phrase)) or self._new(phrase, "person", pos, named=False)
                return self.canonical(entity)
            return None
        head_part = _PREPOSITION.split(f" {core} ", maxsplit=1)[0].split()
        if not head_part:
            return None
        if determiner in ("the", "this", "that"):
            # "One poster admitted … The poster wrote": the definite description takes up the
            # unnamed actor an indefinite one introduced.
            for lead in ("one", "a", "an"):
                introduced = self._by_key.get(f"{lead} {norm(core)}")
                if introduced is not None and not self.canonical(introduced).named:
                    introduced = self.canonical(introduced)
                    introduced.add_alias(phrase)
                    return introduced
        head = head_part[-1].lower().strip(".,")
        first = head_part[0]
        if first.lower() in DEMONYM_OF and head in _STATE_NOUNS:
            return self._keyed(DEMONYM_OF[first.lower()], "country", pos, phrase)
        if head in GROUP_NOUNS or (head.endswith("s") and head[:-1] in PERSON_NOUNS):
            name = core if determiner in (None, "the", "some", "many", "several", "other") else phrase
            return self._group(name, pos, phrase)
        if head in PERSON_NOUNS or head in TITLE_WORDS or _AGE.match(head):
            # ("said the 46-year-old": an age stands for the person it describes.)
            definite = determiner in _DEFINITE or determiner is None
            if definite:
                found = self._person_with_role(core, pos)
                if found is not None:
                    found.add_alias(phrase)
                    return found
            name = core if determiner == "the" else phrase
            entity = self._by_key.get(norm(name))
            if entity is None:
                entity = self._new(name, "person", pos, named=False)
                entity.definite = definite
                if PERSON_NOUNS.get(head):
                    entity.gender = PERSON_NOUNS[head]
            return self.canonical(entity)
        if head in _ISSUED and determiner == "the" and len(head_part) == 1:
            # "the statement", "the letter": the words of the organisation that issued it.
            for mention in reversed(self.timeline[-30:]):
                entity = self.canonical(mention.entity)
                if mention.pos < pos and pos - mention.pos < 2 * PARAGRAPH and entity.type == "organization" \
                        and entity.named:
                    entity.add_alias(phrase)
                    return entity
        if head in ORG_WORDS or head in _SOURCE_NOUNS:
            for mention in reversed(self._org_mentions.get(head, ())):
                entity = self.canonical(mention.entity)
                if mention.pos < pos and entity.type == "organization" and head in entity.name.lower().split():
                    entity.add_alias(phrase)
                    return entity
            name = core if determiner == "the" else phrase
            entity = self._by_key.get(norm(name)) or self._new(name, "organization", pos, named=False)
            return self.canonical(entity)
        if len(words) == 1 and determiner in ("another", "one", "some"):
            entity = self._by_key.get(norm(phrase)) or self._new(phrase, "person", pos, named=False)
            return self.canonical(entity)
        # "her economic plan", "Tomas Varga's family": an owner before the head, whose name may
        # have capitals of its own.
        owned = next((i + 1 for i in range(len(head_part) - 2, -1, -1) if head_part[i].endswith(("'s", "’s"))), 0)
        owner = words[0].lower() in _OWNERS or owned > 0
        if (determiner is not None or owner) and _COMMON_HEAD.match(head) and head not in FUNCTION_WORDS \
                and len(head_part) <= 5 and not any(w[:1].isupper() for w in head_part[max(1, owned):]):
            # "the crowd", "her economic plan", "the clip": a speaker the article describes but never
            # names is kept as the description, not forced onto a name.
            name = core if determiner == "the" else phrase
            kind = "group" if head in _COLLECTIVES or (head.endswith("s") and not head.endswith("ss")) \
                else "person" if head.endswith(("er", "or", "ist", "ian")) else "organization"
            entity = self._by_key.get(norm(name)) or self._new(name, kind, pos, named=False)
            return self.canonical(entity)
        return None

    def _person_with_role(self, description: str, pos: int) -> Entity | None:
        """The named person whose role shares most words with `description` (the latest on a tie),
        among the most recent persons given a role with one of its words."""
        wanted = {w.lower() for w in _WORD.findall(description)} - FUNCTION_WORDS
        # "Grayson's spokeswoman": the possessor must be in the person's role (she is neither
        # Grayson nor Murphy's spokeswoman).
        owners = {m.group(1).lower() for m in _POSSESSOR.finditer(description)}
        best, best_score, tied = None, 0, False
        seen: set[int] = set()
        for word in wanted:
            for entity in reversed(self._by_role_word.get(word, [])[-MAX_ROLE_CANDIDATES:]):
                if id(entity) in seen:
                    continue
                seen.add(id(entity))
                if entity.merged_into is not None or entity.type != "person" or not entity.named \
                        or not entity.role or entity.first >= pos:
                    continue
                role_words = _role_words(entity.role)
                if not owners <= role_words:
                    continue
                score = len(wanted & role_words)
                if score and score == best_score:
                    tied = True
                if score > best_score or (score == best_score and score and entity.first > best.first):
                    tied = tied and score == best_score
                    best, best_score = entity, score
        # The head noun must be in the role: "the mother of one of those killed in X" is no one
        # whose role merely mentions X.
        head_part = _PREPOSITION.split(f" {description} ", maxsplit=1)[0].split()
        head = head_part[-1].lower() if head_part else ""
        if best is None or head not in _role_words(best.role or ""):
            return None
        if tied and wanted - _role_words(best.role or ""):
            # "the Florida senator" between two senators whose roles do not say which state: abstain.
            return None
        return best

    def settle_descriptions(self) -> None:
        """Give a definite description that opens a story the name the story gives it later.

        News leads often say "The leader of X said ..." and name the person in the next paragraph.
        """
        people = sorted((e for e in self.entities if e.type == "person" and e.named and e.merged_into is None),
                        key=lambda p: p.first)
        firsts = [p.first for p in people]
        for entity in self.entities:
            if entity.merged_into is not None or entity.named or not entity.definite or entity.type != "person":
                continue
            paragraph = entity.first // PARAGRAPH
            # "Gary Lund's doctor" describes someone other than its owner, by the words after it.
            owner, _, described = entity.name.rpartition("’s " if "’s " in entity.name else "'s ")
            words = {w.lower() for w in _WORD.findall(described)} - FUNCTION_WORDS
            owners = {w.lower() for w in _WORD.findall(owner)}
            at = bisect_left(firsts, paragraph * PARAGRAPH)
            candidates = [p for p in people[at:at + MAX_ROLE_CANDIDATES] if p.first // PARAGRAPH <= paragraph + 2
                          and not owners & {w.lower() for w in p.name.split()}]
            chosen = None
            for person in candidates:
                context = {w.lower() for w in _WORD.findall(f"{person.role or ''} {person.name}")}
                if words & context:
                    chosen = person
                    break
            if chosen is not None and chosen.merged_into is not None:
                chosen = self.canonical(chosen)
            if chosen is None and paragraph == 1 and candidates and candidates[0].acts:
                chosen = candidates[0]
            if chosen is not None:
                self.merge(entity, chosen)

    def settle_surnames(self) -> None:
        """Merge a one-word person named before the full name ("Varga ... Tomas Varga")."""
        for entity in self.entities:
            if entity.merged_into is not None or entity.type != "person" or " " in entity.name:
                continue
            for other in self._persons_by_token.get(fold(entity.name.lower()), []):
                other = self.canonical(other)
                if other is not entity and " " in other.name:
                    self.merge(entity, other)
                    break

    def settle_short_forms(self) -> None:
        """Merge one word standing for a longer organisation's name: "Lightway" for "Church of
        Lightway" (the distinctive last word), "Police" for "Dunmore Police Department" (its
        generic word), when a single organisation of the story fits. The generic word may be an
        unnamed body (the common noun "police" before "the Dunmore Police Department")."""
        by_word: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.merged_into is None and entity.type == "organization" and " " in entity.name:
                for word in set(entity.name.split()):
                    by_word.setdefault(word.lower(), []).append(entity)
        for entity in self.entities:
            # "The Courier" after "The Valley Courier": the article before the one word changes nothing.
            word = entity.name[4:] if entity.name.startswith("The ") else entity.name
            if entity.merged_into is not None or " " in word or entity.role \
                    or ACRONYM.match(word) or entity.type not in ("organization", "person") \
                    or (entity.type == "person" and entity.gender is not None):
                continue
            generic = word.lower() in ORG_WORDS
            if not entity.named and not (generic and entity.type == "organization"):
                continue
            fits = [o for o in by_word.get(word.lower(), ()) if o.merged_into is None and o is not entity
                    and (generic or o.name.split()[-1] == word)]
            if len(fits) == 1:
                self.merge(entity, fits[0])

    def settle_spellings(self) -> None:
        """Merge two persons whose names differ by one letter of the surname ("Ingrid Lindqvist",
        "Ingrid Lindquist") or of the given name: one person spelt two ways by the same article.
        The form the article uses most stays the name."""
        by_rest: dict[tuple[str, ...], list[Entity]] = {}
        for entity in self.entities:
            words = fold(entity.name.lower()).split()
            if entity.merged_into is None and entity.type == "person" and entity.named and len(words) > 1:
                for i in (0, len(words) - 1):
                    key = (*words[:i], "*", *words[i + 1:], str(i))
                    by_rest.setdefault(key, []).append(entity)
        for key, group in by_rest.items():
            at = int(key[-1])
            for a in range(len(group)):
                for b in range(a + 1, len(group)):
                    one, other = self.canonical(group[a]), self.canonical(group[b])
                    if one is not other and (one.gender is None or other.gender in (None, one.gender)) \
                            and _one_letter_apart(fold(one.name.lower()).split()[at],
                                                              fold(other.name.lower()).split()[at]):
                        winner, loser = (one, other) if one.mentions >= other.mentions else (other, one)
                        self.merge(loser, winner)
        # "Bacar said" after "Ahmed Bakar": a surname alone, spelt one letter apart from the surname
        # of a single person the story names in full, by a given name or with a role (not a plural:
        # "Republican" is no spelling of "Valmora Republicans").
        full = [e for e in self.entities if e.merged_into is None and e.type == "person" and e.named and " " in e.name
                and (e.gender is not None or e.role)]
        for entity in self.entities:
            if entity.merged_into is not None or entity.type != "person" or " " in entity.name:
                continue
            word = fold(entity.name.lower())
            fits = [e for e in full if e.merged_into is None and _one_letter_apart(word, surname := fold(e.name.split()[-1].lower()))
                    and f"{word}s" != surname and f"{surname}s" != word]
            if len(fits) == 1 and (entity.gender is None or fits[0].gender in (None, entity.gender)):
                self.merge(entity, fits[0])

    def final(self, text: str = "") -> list[Entity]:
        """The actors, each once. `text` is the whole document, quotations included: a full name
        written only where names are not read (inside a quotation, a headline) still shows whose
        surname a single word is."""
        self.settle_spellings()
        out = [e for e in self.entities if e.merged_into is None]
        for entity in out:
            words = entity.name.split()
            if not entity.named and entity.type == "organization" and len(words) > 1 \
                    and words[-1].lower() in _GOVERNMENTS and words[-2][:1].isupper():
                # "the Abe government", "Zimbabwe's government": a government named by whose it is.
                entity.named = True
            if entity.role is None and id(entity) in self._apposed_titles:
                entity.role = self._apposed_titles[id(entity)]
            # One capitalised word that no title, role or pronoun showed to be a person is more
            # often a company or a website ("Twitter", "YouTube") than a person named by surname.
            if entity.type == "person" and entity.named and " " not in entity.name and not entity.role \
                    and entity.gender is None:
                full = _with_given_name(entity.name, text)
                if full is None and not _titled_in(entity.name, text) and not _runs_for_office(entity.name, text):
                    entity.type = "organization"
                elif full is not None:
                    entity.add_alias(entity.name)
                    entity.name = full
                    entity.gender = FIRST_NAME_GENDER.get(full.split()[0])
            if entity.type == "organization" and " " not in entity.name and entity.name.endswith("s") and any(
                    fold(stem.lower()) in self._persons_by_token for stem in (entity.name[:-1], entity.name[:-2])):
                entity.type = "group"  # "the Okafors", "the Renwicks": a family, named by its surname
            if entity.type == "person" and entity.named and entity.gender is None and entity.role \
                    and _role_head(entity.role) in _ORG_NOUNS:
                entity.type = "organization"  # "Acme Polls, a polling firm": what the role says it is
        # A name that nothing showed to be a person's or a body's, and that the text writes as where
        # something happens ("fighting in Varosha"), is a place, even where it is a subject ("Varosha
        # was shelled"). A quoted one stays, as the quote needs its speaker.
        return [e for e in out if e.quotes or not (_unsure_name(e) and _written_as_place(e.name, text))]


# A role is a noun phrase: one opening with these, or holding a finite verb, is a piece of a
# clause that ran into the role's place ("and Republican Jane Roe has been", "with 30 delegates").
_CLAUSE_OPENERS = frozenset("and but or nor yet so as with without where when while since after before because if like unlike "
                            "according along what how why "
                            "although though than then there that which who whom whose it he she they we i you this "
                            "these those among amid despite during until unless".split())
# (Participles are left out: "the only engineer charged in the case" is a role.)
_FINITE = (AUXILIARIES - frozenset(("be", "been", "do"))) | frozenset(
    "said says told tells wrote writes added adds asked asks explained explains insisted insists".split())
# Past tenses of reporting verbs: after another word of a role they are its clause's verb ("the
# candidate stated", "analysts noted"). First, or after an article or adverb, they qualify it ("the
# alleged leader", "a widely reported plan"); before a preposition they are passive ("the engineer
# charged in the case", "an official quoted by the paper").
_REPORTED = frozenset(w for w in SPEECH_VERBS if w.endswith("ed") or w in IRREGULAR_PAST)
_PASSIVE_NEXT = frozenset("by in of with as for at on to from over".split())
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\s.*$")
# A role ending in these was cut off in the middle of a phrase: "adviser to Mr", "head of the".
_OPEN_ENDS = frozenset(("the", "a", "an", "of", "for", "to", "with", "from", "by", "in", "on", "at", "and", "or",
                        "over", "about", "against", "into", "after", "than", "under", "between", "including",
                        "who", "which", "that", "if", "when",
                        "his", "her", "their", "its", "mr", "mrs", "ms", "dr", "-", "(", "—", "–"))
_ING_PREPOSITIONS = frozenset("during including following regarding concerning according pending".split())
_GLUED = re.compile(r"^[A-Z]{3,}[a-z]")
_DASH_TAIL = re.compile(r"\s+(?:--|—|–)(?:\s.*)?$")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)[A-Za-z]{1,4}\.$")
_CONTRACTION = re.compile(r"['’]s$")
_TIME_WORDS = frozenset("former the then late other another acting".split())
_OBJECT_PRONOUNS = frozenset("him her them it us me his their its".split())
_PAST_TENSES = frozenset(load_list("past_tense_verbs.txt")) | IRREGULAR_PAST
# Verbs of saying or of a stance that are more often nouns in a role ("a senior counsel", "the
# party's advocate"): never read as a clause's verb.
_NOUN_LIKE_VERBS = frozenset(load_list("role_nouns_not_verbs.txt"))
# Without a word for a role, a phrase longer than this is a clause, not a description.
MAX_PLAIN_ROLE_WORDS = 4


def role_phrase(role: str) -> str | None:
    """The role a phrase found before or after a name gives, or None when the phrase is a clause
    or a fragment rather than a description of the actor."""
    role = _DASH_TAIL.sub("", _RELATIVE.sub("", role.strip(" ,;:")))
    if role.endswith(".") and not _ABBREVIATION_END.search(role):
        role = role[:-1]  # the full stop of the sentence the role ends
    words = role.split()
    if not words or _CONTRACTION.sub("", words[0].lower()) in _CLAUSE_OPENERS \
            or words[-1].lower().rstrip(".") in _OPEN_ENDS or len(words[-1]) == 1 and words[-1].isalpha() \
            or words[-1].endswith(("'s", "’s")) or role.count("(") != role.count(")"):
        return None
    lowered = [w.lower().strip(",") for w in words]
    if all(w in _TIME_WORDS for w in lowered) or len(words) == 1 and lowered[0] not in ROLE_WORDS and (
            lowered[0] in SPEECH_VERBS or lowered[0] in STANCE_POLARITY or lowered[0].endswith("ing")):
        return None  # "former", "alleging", "attack": no description of anyone
    if any(w in _FINITE for w in lowered) or len(words) > 1 and lowered[0].endswith("ed") and lowered[1] in _DETERMINERS \
            or len(words) > 1 and (lowered[0].endswith(("ing", "ed", "en", "wn")) or lowered[0] in _PAST_TENSES) \
            and lowered[0] not in ROLE_WORDS and (lowered[1] in _DETERMINERS or lowered[1] in _OBJECT_PRONOUNS
                                                  or lowered[1] in _PASSIVE_NEXT or lowered[1] in ("to", "as", "that")) \
            or len(words) > 1 and lowered[-1].endswith("ed") and lowered[-1] in SPEECH_VERBS \
            or any(w in _REPORTED and lowered[i - 1] not in _DETERMINERS and not lowered[i - 1].endswith("ly")
                   and (i + 1 == len(lowered) or lowered[i + 1] not in _PASSIVE_NEXT) for i, w in enumerate(lowered) if i) \
            or any(_clause_verb(lowered, i) for i in range(1, len(lowered)) if words[i][:1].islower()):
        return None  # "criticized the plan", "the nominee stated (that …)": a verb and its object or subject
    if any(_GLUED.match(w) for w in words) or any(
            w.endswith("ing") and len(w) > 5 and w not in ROLE_WORDS and w not in _ING_PREPOSITIONS
            and lowered[i - 1] in ROLE_WORDS
            for i, w in enumerate(lowered[:-1]) if i):
        return None  # "WIREOhio Gov." (two words run together); "husband expecting a child" (a clause)
    if _another_name_joined(words) or _named_subject(words):
        return None  # "Jane Roe and Republican nominee": the role runs on into the next actor
    if len(words) > MAX_PLAIN_ROLE_WORDS and not any(
            w.strip("’'s") in ROLE_WORDS or w in ROLE_WORDS or w in _ORG_NOUNS for w in lowered):
        return None
    return role


_THINGS = (frozenset(load_list("speaking_things.txt")) | DOCUMENT_NOUNS | frozenset(load_list("work_nouns.txt"))) \
    - frozenset(("paper", "campaign"))
# Words after the head noun of a description that leave it the head ("a source familiar with …").
_POSTMODIFIERS = frozenset("familiar close involved present responsible aware knowledgeable briefed".split())
_AGENTIVE = re.compile(r"(?:er|or|ist|ian|ant|ent|eon|man|men|woman|women|ee)s?$")
# Heads of descriptions of actors that none of the lists holds; "…," said another: an unnamed speaker.
_ACTOR_HEADS = frozenset(("someone", "somebody", "another", "one", "community", "publication", "wing", "arm",
                          "branch", "camp"))
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
# Nouns for what was said: even quoted, such a description names no one who speaks. (A statement or a
# letter is issued by someone and may stand for them.)
_UTTERANCES = frozenset(w.lower() for w in load_list("speech_nouns.txt")) - _ISSUED - DOCUMENT_NOUNS \
    - frozenset(("statements",))


def describes_actor(description: str, quoted: bool = False) -> bool:
    """Whether an unnamed actor's description is a noun phrase for a person, a group or a body
    ("a senior official", "one questioner", "the campaign"), not a thing that speaks ("the
    clip", "a lawsuit"), a number ("two") or a piece of a clause ("his early-morning",
    "polls close at 7 p.m. He"). The description of a `quoted` speaker may have any noun for its
    head, things included: the article gives no better name for whoever spoke."""
    if _SENTENCE_BREAK.search(description) or description.split()[-1].lower() in FUNCTION_WORDS \
            and description.lower() not in _ACTOR_HEADS:
        return False  # "polls close at 7 p.m. He", "an instance in"
    if description.lower() in _ACTOR_HEADS:
        return True
    words = description.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    words = _PREPOSITION.split(f" {' '.join(words)} ", maxsplit=1)[0].split()
    if not words or words[0].lower() in _CLAUSE_OPENERS and words[0].lower() not in _DETERMINERS \
            or words[0].lower() in _PASSIVE_NEXT \
            or words[0].lower() in ("about", "against", "into") \
            or len(words) > 1 and words[0].lower().endswith(("ed", "ing")) and words[1].lower() in _PASSIVE_NEXT:
        return False  # "about the storied doctor", "buoyed by broad support"
    # Determiners, owners and words such as "former", "only", "second" before the noun.
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _OWNERS or words[0].lower() == "my"):
        words = words[1:]
    if not words:
        return False
    for k in range(1, len(words)):
        if words[k].lower().endswith(("ing", "ed")) and len(words[k]) > 5 and words[k].lower() not in ROLE_WORDS:
            words = words[:k]  # "a protester wearing …", "a source involved in …"
            break
    while len(words) > 1 and words[-1].lower() in _POSTMODIFIERS:
        words = words[:-1]
    head = words[-1].lower().strip(",")
    head = head[:-2] if head.endswith(("'s", "’s")) else head
    single = f"{head[:-3]}y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    if head in _UTTERANCES or single in _UTTERANCES or head in _ISSUED and f" {head} of " in f" {description.lower()} ":
        return False  # "his remarks in the interview", "the release of the files": what was said or done, not who
    known = bool(_AGENTIVE.search(head) or _AGE.match(head)) or head in _ACTOR_HEADS or any(
        form in ROLE_WORDS or form in GROUP_NOUNS or form in ORG_WORDS or form in _SOURCE_NOUNS or form in _COLLECTIVES
        or form in _ORG_NOUNS for form in (head, single))
    if known and head not in _THINGS or not quoted:
        return known and head not in _THINGS
    last = head.rsplit("-", 1)[-1]
    if "-" in head and not (_AGENTIVE.search(last) or last in ROLE_WORDS):
        return False  # "his early-morning", "a wake-up": an adjective or a particle, no noun
    lowered = description.lower().split()
    return head.replace("-", "").isalnum() and not head.isdigit() and head not in FUNCTION_WORDS \
        and not head.endswith(("ed", "ly")) and not any(_clause_verb(lowered, i) for i in range(1, len(lowered)))


def _clause_verb(lowered: list[str], i: int) -> bool:
    """Whether the word at `i` is the finite verb of a clause: a past tense, or a present tense of
    saying or of a stance ("Friends say", "Saudi prince mocks"), right after a noun rather than a
    determiner, and no noun of a role itself."""
    word, before = lowered[i], lowered[i - 1]
    if word in ROLE_WORDS or word in _ORG_NOUNS or word in _NOUN_LIKE_VERBS or before in _DETERMINERS or before in _ROLE_GLUE \
            or before.endswith("ly") or before in _OPEN_ENDS:
        return False
    if word in _PAST_TENSES:
        return i + 1 == len(lowered) or lowered[i + 1] not in _PASSIVE_NEXT
    return (word in SPEECH_VERBS or word in STANCE_POLARITY) and not word.endswith(("ing", "ed"))


def _named_subject(words: list[str]) -> bool:
    """ "FBI director Jane Roe decided not to …": a person's name inside the phrase with a word of
    its own clause after it; not so a name that owns what follows ("Jane Roe's wife")."""
    for k, word in enumerate(words):
        if word in FIRST_NAME_GENDER:
            j = k + 1
            while j < len(words) and words[j][:1].isupper():
                j += 1
            if j == k + 1 or j == len(words) or words[j - 1].endswith(("'s", "’s", "s'", "s’")):
                continue
            after = words[j].lower().strip(",")
            if after not in ROLE_WORDS and after not in _NOUN_LIKE_VERBS and after not in _ORG_NOUNS and (
                    after in _PAST_TENSES or after.endswith("ed") or after in SPEECH_VERBS or after in STANCE_POLARITY
                    or after.endswith("s") and not after.endswith("ss") and after[:-1] not in ROLE_WORDS):
                return True
    return False


def _another_name_joined(words: list[str]) -> bool:
    """ "Jane Roe and Republican nominee", "Roe or another candidate": a role whose first part, before
    "and" or "or", is a name and no description."""
    for k, word in enumerate(words):
        if word in ("and", "or") and k:
            head = words[1:k] if words[0].lower() in _TIME_WORDS else words[:k]  # "former President Jane Roe and …"
            return all(w[:1].isupper() for w in head) and (
                any(w in FIRST_NAME_GENDER for w in head)
                or not any(w in PERSON_TITLES or w.lower().rstrip(".") in ROLE_WORDS or w.lower() in ORG_WORDS or norm(w) in DEMONYM_OF
                           or norm(w) in PROPER_ADJECTIVES or w.lower().rstrip(".") in TITLE_WORDS for w in head))
    return False


MIN_SPELLING_LETTERS = 5


def _role_head(role: str) -> str:
    """The noun a role is about: its last word before a preposition ("head" of "head of the agency")."""
    words = _PREPOSITION.split(f" {role} ", maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words of at least MIN_SPELLING_LETTERS letters, one letter added, dropped or changed
    ("Bakar", "Bacar"); shorter words differ so by chance too often ("Ali", "Alo")."""
    if a == b or min(len(a), len(b)) < MIN_SPELLING_LETTERS or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _with_given_name(surname: str, text: str) -> str | None:
    """ "Jane Roe" where the text writes a known given name, and maybe an initial, before `surname`."""
    for before, after in _words_around(surname, text):
        suffix = f" {after[0].rstrip(',')}" if after and _ROMAN.match(after[0].rstrip(",")) else ""
        if len(before) > 1 and _INITIAL.match(before[-1]) and before[-2] in FIRST_NAME_GENDER:
            return f"{before[-2]} {before[-1]} {surname}{suffix}"
        if before and before[-1] in FIRST_NAME_GENDER:
            return f"{before[-1]} {surname}{suffix}"
    return None


def _titled_in(surname: str, text: str) -> bool:
    """Whether the text writes a person's title right before `surname`: "President Roe", "Mr. Roe"."""
    return any(before and before[-1] in PERSON_TITLES for before, _ in _words_around(surname, text))


_INITIAL = re.compile(r"^[A-Z]\.$")
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:administration|presidency|candidacy|campaign)\b")
# (Zero-width tests at a found occurrence: a regex built per name would be compiled anew each time,
# which cost more than all the searching.)
_WORD_STARTS = re.compile(r"(?<![\w’'-])")
_WORD_ENDS = re.compile(r"(?![\w’'-])")


def _occurrences(word: str, text: str):
    """Every offset at which `word` occurs in `text`, overlapping ones included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _runs_for_office(surname: str, text: str) -> bool:
    """Whether the text writes `surname` before a word of holding or seeking office: "the Roe
    administration", "Roe's presidency", "the Roe campaign" are a politician's."""
    return any(_WORD_STARTS.match(text, at) and _OFFICE_AFTER.match(text, at + len(surname))
               for at in _occurrences(surname, text))


def _words_around(word: str, text: str):
    """The two words before and the word after each whole-word occurrence of `word` in `text`."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or not (text[end].isalnum() or text[end] in "’'-")):
            yield [w.lstrip("(“‘\"'") for w in text[max(0, at - 40):at].split()[-2:]], text[end:end + 12].split()[:1]
        at = text.find(word, end)


_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|Jr|Sr)\.?$")


def _impersonal(words: list[str], sentence_initial: bool) -> bool:
    """Whether a name of several words cannot be a person's: "The Ledger" (a person's name takes no
    article), "Forward USA" (an acronym after its first word), "AT&T", "G4S Solutions" (signs
    and digits), "Parents United", "Concerned Farmers" (a plural noun for people), "Islamic
    State", "Western Farming" (a proper adjective first), "Ohio Standards" (a state first)."""
    first = words[0]
    return (first == "The" and not sentence_initial) \
        or any(not w.replace("-", "").replace(".", "").replace("’", "").replace("'", "").isalpha() for w in words) \
        or any(len(w) > 1 and w.isalpha() and w.isupper() and not _ROMAN.match(w) for w in words[1:]) \
        or len(first) > 2 and first.isalpha() and first.isupper() \
        or not first.isalpha() and norm(first) in COUNTRY_BY_NAME \
        or any(is_common_plural(w) for w in words) \
        or words[-1].lower() not in TITLE_WORDS and (
            norm(first) in PROPER_ADJECTIVES and first.lower() not in TITLE_WORDS or norm(first) in REGIONS)


def _unsure_person(entity: Entity) -> bool:
    """A name typed a person for want of evidence: no title, role or given name showed it."""
    return entity.type == "person" and entity.named and entity.role is None and entity.gender is None


def _unsure_name(entity: Entity) -> bool:
    """A name typed for want of evidence: a person with no given name, title or role, or a body with
    no word of the lists in its name."""
    if not entity.named or entity.role:
        return False
    if entity.type == "person":
        return entity.gender is None and not any(w in FIRST_NAME_GENDER for w in entity.name.split())
    return entity.type == "organization" and not is_organization_name(entity.name) and entity.name not in AGENCIES \
        and not ACRONYM.match(entity.name.replace(".", ""))


_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|near|outside|inside|across|throughout|within)(\s+)(?:the\s+)?")


@lru_cache(maxsize=4)
def _place_slots(text: str) -> frozenset[int]:
    """The offsets where a place may start after "in", "near the" and the like: after the spaces
    that follow the preposition, and after "the" when it comes."""
    return frozenset(at for found in _PLACE_BEFORE.finditer(text) for at in (found.end(1), found.end()))


def _written_as_place(name: str, text: str) -> bool:
    # A name starts with no space, so it starts where the spaces before it end.
    slots = _place_slots(text)
    return any(at in slots and _WORD_ENDS.match(text, at + len(name)) for at in _occurrences(name, text))


def _titled_description(words: list[str]) -> bool:
    """ "Transport Ministry Spokesperson", "Valley News Vice President": a body's name and a title after
    it, with no "of" between, describe the body's holder of the title, whom the story names elsewhere."""
    size = next((k for k in (3, 2, 1) if len(words) > k and tuple(w.lower() for w in words[-k:]) in _TITLE_ONLY), 0)
    return bool(size) and words[-1].lower() not in _PARTY_LABELS and words[-1].lower() not in ORG_WORDS \
        and any(w.lower() in ORG_WORDS or ACRONYM.match(w.replace(".", "")) for w in words[:-size]) \
        and not any(w in FIRST_NAME_GENDER or w.lower() in ("of", "the", "for") for w in words)


_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][a-z]*\.?$")
_PARTY_LABELS = frozenset(("republican", "republicans", "democrat", "democrats"))


@lru_cache(maxsize=8192)
def _title_only(key: str) -> bool:
    """ "Foreign Secretary", "British Foreign Secretary", "Roman Catholic Pope": a title, maybe
    after words that say whose, names no one by itself; the story's holder of it is meant."""
    words = key.split()
    while len(words) > 1 and (words[0] in DEMONYM_OF or words[0] in COUNTRY_BY_NAME or words[0] in PROPER_ADJECTIVES):
        words = words[1:]
    return tuple(words) in _TITLE_ONLY


@lru_cache(maxsize=8192)
def is_organization_name(name: str) -> bool:
    """A name with a word or phrase of the organisation lists: "Harbour Workers Union", "British Red Cross"."""
    words = name.split()
    return any(w.lower() in ORG_WORDS or len(w) > 5 and w.endswith("s") and w[:-1].lower() in ORG_WORDS
               for w in words) \
        or any(f" {phrase} " in f" {name.lower()} " for phrase in _ORG_PHRASES) \
        or len(words) > 2 and words[1] == "for" and advocates(words[0])


def is_common_plural(word: str) -> bool:
    """A plural common noun for people, capitalised or not: "analysts", "Pollsters" (not "Kurds")."""
    low = word.lower()
    if low in GROUP_NOUNS:
        return word not in PROPER_GROUPS
    return low.endswith("s") and low[:-1] in PERSON_NOUNS


def is_known_name(text: str) -> bool:
    """A word the lists know as a country, capital, demonym, group or news agency."""
    key = norm(text)
    return key in COUNTRY_BY_NAME or key in CAPITAL_OF or key in DEMONYM_OF or key in GROUP_NOUNS \
        or text in AGENCIES or key in ORG_WORDS


_AFFILIATION = re.compile(
    r"\s+of\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w.’'&-]*){0,5})"
    r"(?=\s*[,;:.)\ue000\ue001]|\s+[a-z]|\s*$)")
_COPULAR = re.compile(r"\s+(?:is|was|has been|had been|became|remains|remained)\s+(?:the|an|a)\s+"
                      r"([^,;:.!?()\[\]\ue000\ue001]{3,160})")
_COPULAR_CUT = re.compile(r"\s+(?:who|whom|which|that|and|but|after|before|when|while|because|since|until|"
                          r"as|if|although|though|whose|where)\b|\s+[-—–]\s*")
_ORG_NOUNS = frozenset(load_list("organization_nouns.txt"))
_CLASSIFIER = re.compile(
    rf"\b(?:the|a|an|its|their|his|her)\s+((?:[\w’'-]+\s+){{0,3}}?(?:{alternation(load_list('organization_nouns.txt'))}))"
    rf"\s+$", re.I)
_CLASSIFIER_AFTER = re.compile(rf"\s+({alternation(load_list('organization_nouns.txt'))})\b(?![’'-])", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
MAX_COPULAR_ROLE_WORDS = 12


def affiliation_role(frame: str, name_end: int) -> str | None:
    """ "Ana Reyes of The Valley Herald": a person's organisation right after the name is their role."""
    found = _AFFILIATION.match(frame, name_end)
    if not found:
        return None
    body = found.group(1)
    key = norm(body)
    if key in COUNTRY_BY_NAME or key in CAPITAL_OF or key in REGIONS or key.split()[-1] in PLACE_WORDS:
        return None  # "of Texas", "of Russia", "of the Virgin Islands": where they are from, not whom they work for
    return f"of {body}"


def copular_role(frame: str, subject_end: int) -> str | None:
    """ "He was the only candidate elected ...", "X is the chief executive of Y": what the
    subject is, when the description names a person's role."""
    found = _COPULAR.match(frame, subject_end)
    if not found:
        return None
    text = found.group(1)
    cut = _COPULAR_CUT.search(text)
    if cut:
        text = text[:cut.start()]
    words = text.split()
    if not words or len(words) > MAX_COPULAR_ROLE_WORDS:
        return None
    if not any(w.lower().strip("’'s") in PERSON_NOUNS or w.lower() in TITLE_WORDS for w in words[:4]):
        return None
    return role_phrase(" ".join(words))


def classifier_before(frame: str, name_start: int) -> str | None:
    """ "the Lisbon-based newspaper Diario Norte": a noun classing the name after it as an
    organisation's; returns the description (the role), without its determiner."""
    found = _CLASSIFIER.search(frame, max(0, name_start - 80), name_start)
    return found.group(1) if found else None


def classifier_after(frame: str, name_start: int, name_end: int) -> str | None:
    """ "the Daily Ledger newspaper": a noun after a determined name classing it as an organisation's."""
    if not _DETERMINER_BEFORE.search(frame, max(0, name_start - 6), name_start):
        return None
    found = _CLASSIFIER_AFTER.match(frame, name_end)
    return found.group(1) if found else None


def preposed_role(frame: str, sentence_start: int, name_start: int) -> str | None:
    """ "Co-founder of Acme, Jane Roe, ...": a role opening the sentence before the name."""
    if name_start - sentence_start > MAX_PREPOSED_CHARS:
        return None  # more than a role's few words before the name
    head = frame[sentence_start:name_start].rstrip()
    # "Norland's parliament, the Storting, voted": a body's name may keep its article.
    set_off = head[:-4].rstrip() if head.endswith(", the") else head
    if set_off.endswith(","):
        # "…, Norland's Prime Minister, Ivar Holm said": a title phrase set off before the name.
        segment = set_off[:-1].rstrip()
        start = max(segment.rfind(","), segment.rfind("\ue000"), segment.rfind("\ue001")) + 1
        words = segment[start:].split()
        # After an article or an owner the role may have words of its own: "The current party president,
        # Jane Roe", "Norland's parliament, the Storting".
        determined = (words[0].lower() in ("the", "a", "an") or words[0].endswith(("'s", "’s", "s'", "s’"))) if words else False
        last = words[-1].lower() if words else ""
        if 1 <= len(words) <= 6 and (words[-1] in PERSON_TITLES or last in PERSON_NOUNS
                                     or determined and (last in ORG_WORDS or last in _ORG_NOUNS)) \
                and (words[0][:1].isupper() or determined) \
                and all(w[:1].isupper() or w.lower() in _ROLE_GLUE or determined and w.isalpha() for w in words):
            return role_phrase(" ".join(words))
    head = head[:-1].rstrip() if head.endswith(",") else head
    words = head.split()
    if not words or len(words) > 16 or any(c in "\ue000\ue001,;:" for c in head):
        return None
    first = words[0].lower().strip("’'s")
    second = words[1].lower() if len(words) > 1 else ""
    if first in PERSON_NOUNS or first in TITLE_WORDS or second in PERSON_NOUNS or second in TITLE_WORDS \
            or words[0].endswith(("'s", "’s")):
        return role_phrase(head)
    return None


def _agrees(entity: Entity, gender: str, number: str) -> bool:
    if gender in ("m", "f"):
        return entity.type == "person" and entity.gender in (None, gender)
    if gender == "n":
        return entity.type in ("organization", "country")
    return entity.type in ("group", "organization", "country") or number == "pl" and entity.type == "group"


@lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(role))


def _initials(name: str) -> str:
    words = [w for w in _INITIALS_SPLIT.split(name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def find_groups(frame: str, start: int, end: int):
    """Group phrases ("Western countries", "separatists") in frame[start:end]: (start, end, name)."""
    # The pattern is slow to try at every character; most sentences have no group noun at all.
    if _GROUP_FIRST_WORDS.isdisjoint(_LOWER_RUN.findall(frame, start, end)):
        return
    for found in _GROUP.finditer(frame, start, end):
        modifiers = found.group(1).split()
        while modifiers and modifiers[0].lower() in FUNCTION_WORDS:
            modifiers = modifiers[1:]
        name = " ".join([*modifiers, found.group(2)])
        yield found.end() - len(name), found.end(), name


def appositive_role(frame: str, name_end: int) -> str | None:
    """The role an appositive gives the name ending at `name_end` ("X, a senior member of Y,"); the
    acronym a body's name is given first may come between ("the Valley Front (VF), the opposition party")."""
    acronym = _ACRONYM_AFTER.match(frame, name_end)
    found = _APPOSITIVE.match(frame, acronym.end() if acronym else name_end)
    if not found:
        return None
    text = found.group(1).strip()
    words = text.split()
    if len(words) > 25:
        return None
    if words[0].lower() == "who":
        who_is = _WHO_IS.match(text)
        if who_is:
            return role_phrase(_APPOSITIVE_ROLE_START.sub("", who_is.group(1)))
        who_verb = _WHO_VERB.match(text)
        if who_verb and who_verb.group(1) in _ROLE_VERBS:
            return role_phrase(f"{_ROLE_VERBS[who_verb.group(1)]} {who_verb.group(2)}")
        return None
    lowered = [w.lower().strip("’'s") for w in words[:5]]
    has_role_word = any(w in PERSON_NOUNS or w in TITLE_WORDS for w in lowered) or any(
        w.lower() in PERSON_NOUNS or w.lower() in TITLE_WORDS for w in words[:5])
    if _APPOSITIVE_ROLE_START.match(text) or has_role_word:
        if not has_role_word and not _ARTICLE_START.match(text):
            return None
        role = _ARTICLE_LEAD.sub("", text)
        return role_phrase(role) if role and not role.split()[0].isdigit() else None
    return None
