"""Finding actors: the entity a proper name or a group phrase refers to, created or met already."""

from __future__ import annotations

import re

from ...data import load_list
from ..lexicon import (AGENCIES, CAPITAL_OF, COUNTRY_BY_NAME, DEMONYM_OF, FIRST_NAME_GENDER, FUNCTION_WORDS,
                       GROUP_NOUNS, PERSON_NOUNS, PLACE_OPENERS, PLACE_WORDS, PROPER_ADJECTIVES, PROPER_GROUPS,
                       REGIONS, ROLE_WORDS, TITLE_WORDS, WORK_WORDS, alternation)
from ..names.name import Name
from ..names.words import NAME_PARTICLES
from .entity import Entity
from .kinds import _impersonal, is_known_name, is_organization_name, _title_only, _titled_description, _unsure_person
from .words import (ACRONYM, _ARTICLE_LEAD, _DETERMINERS, fold, _initials, MAX_ROLE_CANDIDATES, _MODIFIERS, norm,
                    _SOURCE_NOUNS)

LOCATIVE = frozenset("in at from near outside inside into across around through via toward towards "
                      "throughout within across between visit visited visiting of".split())
# Prepositions of where something is: a name after one is a place, even one opening with a given
# name ("in Jackson Hole").
_AT = frozenset("in at near outside inside across throughout within".split())
# The state's own bodies: with a demonym they are the country ("the Iranian authorities").
_STATE_BODIES = frozenset("government authorities regime administration leadership".split())
# Words that open sentences before a name without being part of it ("Rival Jane Roe said").
_OPENERS = frozenset(load_list("sentence_openers.txt"))
_COMPASS = frozenset(("north", "south", "east", "west"))
# Endings of adverbs that open sentences and of no given name: "Interestingly", "Separately", "Lastly".
_ADVERB_ENDINGS = ("ally", "ingly", "edly", "ately", "ously", "ntly", "ively", "fully", "stly")
_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z\d&-]{2,8}$")
# "PathLink", "HarbourAir": a capital inside one word after a syllable of lower case is a brand's;
# a surname's is after a short prefix ("McKay", "DeLuca", "LaRue") or one of these.
_CAMEL_CASE = re.compile(r"^(?!(?:Mac|Van|Von|Fitz|Del|Della|Dela|Des|Ten|Ter)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]")
_GROUP = re.compile(
    rf"(?<![\w-])((?:(?:[A-Z][\w.’'-]*|[a-z]+-[A-Za-z][\w-]*|{alternation(_MODIFIERS)})\s+){{0,3}})"
    rf"({alternation(w for w in GROUP_NOUNS if w.islower())})\b")
_LOWER_RUN = re.compile(r"[a-z]+")
_GROUP_FIRST_WORDS = frozenset(_LOWER_RUN.match(w).group() for w in GROUP_NOUNS if w.islower() and w[:1].isalpha())


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-’']")
# "Tom Birch Jr.", "Tom Birch III": a mark of generation after the surname, which a later "Birch" drops.
_GENERATION = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?,?$", re.I)


def _generation(words: list[str]) -> tuple[list[str], str | None]:
    """The words of a person's name without a generation's mark after the surname, and the mark."""
    if len(words) > 1 and _GENERATION.match(words[-1]):
        return words[:-1], words[-1].lower().rstrip(".,")
    return words, None


_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][a-z]*\.?$")


def find_groups(frame: str, start: int, end: int):
    """Group phrases ("Western countries", "separatists") in frame[start:end]: (start, end, name)."""
    # The pattern is slow to try at every character; most sentences have no group noun at all.
    if _GROUP_FIRST_WORDS.isdisjoint(_LOWER_RUN.findall(frame, start, end)):
        return
    for found in _GROUP.finditer(frame, start, end):
        modifiers = found.group(1).split()
        while modifiers and modifiers[0].lower() in FUNCTION_WORDS and not _opens_place(modifiers):
            # ("New Jersey voters": the function word opens the name of a place.)
            modifiers = modifiers[1:]
        name = " ".join([*modifiers, found.group(2)])
        yield found.end() - len(name), found.end(), name


def _opens_place(words: list[str]) -> bool:
    key = " ".join(words[:2]).lower()
    return len(words) > 1 and (key in REGIONS or key in COUNTRY_BY_NAME or key in CAPITAL_OF)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


class Naming:
    """The part of a `Cast` that turns names and group phrases into entities."""

    def add_name(self, name: Name, pos: int, previous_word: str) -> Entity | None:
        """The entity a proper name refers to, created if new; None for places and adjectives."""
        titled, self._titled = self._titled, None
        bare = self._without_opener(name)
        if bare is not None:
            pos += bare.start - name.start
            name = bare
        if name.role and _prize_title(name.role.split()[-1], name.text) and " " not in name.text \
                and previous_word in ("a", "an", "the") and name.text not in FIRST_NAME_GENDER:
            return None  # "a former Miss Valley": a title won, no one's name
        glued = _without_glued_title(name, previous_word)
        if glued is not None:
            pos += glued.start - name.start
            name = glued
        entity = self._add_name(name, pos, previous_word)
        if titled is not None and entity is not None and entity.type == "person" and entity.named \
                and not name.sentence_initial and pos - (name.start - name.role_start) - titled[1] == len(", "):
            self.merge(titled[0], entity)
            entity = self.canonical(entity)
            self._apposed_titles.setdefault(id(entity), titled[2])
        return entity

    def _without_opener(self, name: Name) -> Name | None:
        """ "Rival Jane Roe", "Interestingly Roe", "Fellow Valmorans": a word the document writes
        with a capital only where it opens a sentence, before a name met already or one opening
        with a given name, is an ordinary word; the name is the rest."""
        words = name.text.split()
        if not name.sentence_initial or name.role or len(words) < 2:
            return None
        first = words[0]
        rest = " ".join(words[1:])
        if first.lower() in _OPENERS and (len(words) > 2 and words[1] in FIRST_NAME_GENDER or norm(rest) in self._by_key
                                           or fold(rest.lower()) in self._persons_by_token):
            # "Said Jane Roe: …", "Said Roe" after "Jane Roe": the verb, then the name. (Before a new
            # surname alone, "Said" is a given name.)
            return self._opened_by(name, first)
        if first in self.proper_words or first in FIRST_NAME_GENDER or is_known_name(first) or ACRONYM.match(first) \
                or first.lower() in TITLE_WORDS or norm(first) in PROPER_ADJECTIVES or first.lower() in NAME_PARTICLES \
                or not first.isalpha():
            return None
        if rest.lower() not in GROUP_NOUNS and not first.lower().endswith(_ADVERB_ENDINGS) and not (
                # An unknown given name may come before a known surname ("Anna Varga" after "Tomas
                # Varga"): only a word shaped as an adverb, a participle or an opener of the list goes.
                # (One with an ending no name has, "Interestingly Roe", goes before any name.)
                (first.lower().endswith(("ly", "ing", "ed")) or first.lower() in _OPENERS)
                and (len(words) > 2 and words[1] in FIRST_NAME_GENDER or norm(rest) in self._by_key
                     or len(words) == 2 and fold(rest.lower()) in self._persons_by_token)):
            return None
        return self._opened_by(name, first)

    @staticmethod
    def _opened_by(name: Name, first: str) -> Name:
        cut = len(first) + 1
        return Name(name.start + cut, name.end, " ".join(name.text.split()[1:]), None, name.role_start + cut,
                    name.possessive, False)

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
            return None  # "bases in west Africa", "the Norland Sea", "the Clean Rivers Act": no actors
        if len(words) == 1 and key in DEMONYM_OF:
            if key.endswith("s") and key[:-1] in DEMONYM_OF or key in GROUP_NOUNS:
                return self._keyed(text, "group", pos, text)
            return None
        last = words[-1].lower().split("-")[-1]
        if last.endswith("s") and (last[:-1] in DEMONYM_OF or len(words) == 1 and last[:-1] in PROPER_ADJECTIVES) \
                and words[0] not in FIRST_NAME_GENDER:
            # "Norlandic Americans", "Valmoran-Americans", "Catholics": the people an adjective names
            # ("Harbour Council Republicans" may be a body).
            return self._keyed(text, "group", pos, text)
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
        if len(words) > 2 and _post_in_a_body(words):
            # "the ranking Democrat on the Harbour Committee", "CEO of Harbour Holdings": someone
            # described by a post in a body, whom the story names elsewhere; not the body.
            return None
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
            # "Norlandic Red Crescent", "Valmoran Airways": a nationality opens no person's name.
            return self._organization(text, pos)
        if not name.role and not any(w in FIRST_NAME_GENDER for w in words) and _impersonal(words, name.sentence_initial):
            return self._organization(text, pos)
        if not name.role and words[0].lower() in PLACE_OPENERS and not any(w in FIRST_NAME_GENDER for w in words):
            return None  # "San Mateo", "Fort Hale", "South Vela": a place
        if not name.role and previous_word == "the" and not name.sentence_initial and _plural(words[-1]):
            # "the Harbour Gulls": a person's name takes no article, and a plural makes no surname;
            # a team's name has both.
            return self._organization(text, pos)
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
        bare, generation = _generation(words)
        last, first = fold(bare[-1].lower()), fold(bare[0].lower())
        lowered = [fold(w.lower()) for w in bare]
        for entity in reversed(self._persons_by_token.get(last, [])):
            entity = self.canonical(entity)
            their, their_generation = _generation([fold(w) for w in entity.name.lower().split()])
            if generation != their_generation and (len(lowered) > 1 and len(their) > 1
                                                   or generation and their_generation):
                # "Tom Birch Jr." is not his son "Tom Birch III", nor his father "Tom Birch"; a surname
                # alone ("Birch") may be either.
                continue
            if len(their) > 2 and len(lowered) > 2 and [w[0] for w in their[1:-1]] != [w[0] for w in lowered[1:-1]]:
                # "Jane A. Roe" and "Jane B. Roe": the middle names tell two people apart ("Jane
                # A. Roe" and "Jane Anne Roe" do not).
                continue
            if entity.gender is not None and FIRST_NAME_GENDER.get(words[0], entity.gender) != entity.gender:
                # "President Roe … he said" is not "Jane Roe", who shares his surname.
                continue
            if (len(their) == 1 and their[0] == last) or (len(their) > 1 and their[-1] == last and (
                    their[0] == first or set(their) <= set(lowered)
                    # "Birch Jr." after "Tom Birch Jr.": the surname and the same generation.
                    or len(lowered) == 1 and generation is not None and generation == their_generation
                    # "Di Santo" after "Paolo Di Santo": a surname with its particle.
                    or first in NAME_PARTICLES and their[-len(lowered):] == lowered
                    # "Vela Ortiz" after "Ana Vela Ortiz": a surname of two words, without the
                    # given name (which a known given name in its place would be).
                    or len(their) > len(lowered) > 1 and their[-len(lowered):] == lowered
                    and words[0] not in FIRST_NAME_GENDER)):
                if len(their) < len(words):
                    # The fuller form becomes the name: "Okafor" then "Maria Okafor".
                    entity.add_alias(entity.name)
                    entity.name = name.text
                    entity.gender = entity.gender or FIRST_NAME_GENDER.get(words[0])
                else:
                    entity.add_alias(name.text)
                self._by_key[norm(name.text)] = entity
                if name.role and len(their) == 1 and entity.role:
                    # "President Roe" and then "candidate Jane Roe": the title the full name comes
                    # with is hers; the one before may be another Roe's.
                    entity.role = None
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
        if previous_word == "the" or _CAMEL_CASE.match(name.text):
            return self._new(name.text, "organization", pos)
        return self._person(name, pos)

    def _surname_holder(self, token: str) -> Entity | None:
        for entity in reversed(self._persons_by_token.get(token, ())):
            entity = self.canonical(entity)
            words = entity.name.lower().split()
            if entity.type == "person" and len(words) > 1 and words[-1] == token:
                return entity
        return None

    def speaks_for(self, text: str, pos: int) -> Entity | None:
        """The organisation or country a spokesperson's role names ("Harbour Ministry spokesperson"),
        counted as reporting: it speaks through its spokesperson."""
        body = self._spoken_for(text, pos)
        if body is not None:
            body.reports += 1
        return body

    def _spoken_for(self, text: str, pos: int) -> Entity | None:
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
                return fuller  # "Harbour Ministry spokesperson" after "the Norland Harbour Ministry"
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


# Titles a pageant or a prize gives with a place or a word after them ("Miss Valley", "Mr. Universe").
_PRIZE_TITLES = frozenset(("miss", "mister", "mr.", "mr", "ms.", "mrs."))
# Words such a title is won with that name no place.
_PRIZE_WORDS = frozenset(("Universe", "World", "Olympia"))


def _prize_title(title: str, word: str) -> bool:
    """Whether `title` before the one word `word` is a title won rather than a form of address:
    "Miss" and "Mister" as a pageant's, "Mr." and "Ms." only with a place or a word of a prize after
    them ("a former Mr. Universe"); "a Mr. Vance" is someone the story names once."""
    low = title.lower()
    if low not in _PRIZE_TITLES:
        return False
    key = norm(word)
    return low in ("miss", "mister") or word in _PRIZE_WORDS or key in COUNTRY_BY_NAME or key in REGIONS \
        or key in CAPITAL_OF


def _without_glued_title(name: Name, previous_word: str) -> Name | None:
    """ "former Miss Valley Lena Ortiz", "the Sailor of the Year Tom Varga": the last word of a title
    or a prize, run into a name that a known given name opens, is no part of the name; after a
    prize title it ends the role. None when the name has no such word."""
    words = name.text.split()
    if len(words) < 3 or words[0] in FIRST_NAME_GENDER or words[1] not in FIRST_NAME_GENDER \
            or words[0].lower() in NAME_PARTICLES or not words[0].isalpha():
        return None
    prize = name.role is not None and name.role.split()[-1].lower() in _PRIZE_TITLES
    if not prize and (name.role or previous_word != "the"):
        return None
    cut = len(words[0]) + 1
    return Name(name.start + cut, name.end, " ".join(words[1:]), f"{name.role} {words[0]}" if prize else None,
                name.role_start if prize else name.role_start + cut, name.possessive, False)


def _post_in_a_body(words: list[str]) -> bool:
    """A name that opens with a role word before "of" or "on" ("CEO of …", "Democrat on …"), or with
    a plural one before "on" ("Republicans on the committee"). Plurals before "of" open the names
    of bodies ("Friends of the Earth", "Veterans of Foreign Wars")."""
    first, link = words[0].lower().rstrip("."), words[1]
    return link in ("of", "on") and first in ROLE_WORDS \
        or link == "on" and first.endswith("s") and first[:-1] in ROLE_WORDS
