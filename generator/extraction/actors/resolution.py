"""Reference resolution: the actor a pronoun or a description points back to."""

from __future__ import annotations

import re
from bisect import bisect_right

from ...data import load_list
from ..lexicon import (DEMONYM_OF, FUNCTION_WORDS, GROUP_NOUNS, ORG_WORDS, PERSON_NOUNS, PRONOUNS, PROPER_ADJECTIVES,
                       ROLE_WORDS, TITLE_WORDS)
from ..text import PARAGRAPH
from .entity import Entity
from .roles.phrase import words_of_role
from .words import (_AGE, _COLLECTIVES, _DETERMINERS, _ISSUED, MAX_ROLE_CANDIDATES, norm, _OTHER_HOLDER, _OWNERS,
                    _PREPOSITION, SHARE_OF, _SOURCE_NOUNS, _WORD)

_OWNING = frozenset(("his", "her", "their", "its"))
# How far back a group an owner's plural takes up may have been met ("their attorneys"), and a
# person a role takes up last named: in a roundup of stories, "the actress" of one is not the
# actress of a story told a few paragraphs before.
MAX_GROUP_PARAGRAPHS = 3
MAX_ROLE_PARAGRAPHS = 3
_DEFINITE = frozenset(("the", "this", "that", "these", "those", "its", "his", "her", "their"))
# Words that make a demonym description stand for the country's state ("the Iranian government").
_STATE_NOUNS = frozenset("government authorities officials regime administration leadership state "
                         "military army forces ministry".split())
_COMMON_HEAD = re.compile(r"^[a-z][a-z-]{2,}(?<!al)(?<!ive)(?<!ous)(?<!ful)(?<!able)(?<!ible)(?<!ic)$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w-]*")
_POSSESSOR = re.compile(r"(?<![\w’'-])([A-Z][\w-]*)['’]s\b")
# Pronoun resolution: how many mentions back a pronoun looks, and what a mention weighs (by
# salience: another mention, another subject, the first subject of its sentence).
MAX_PRONOUN_MENTIONS = 80
_RECENCY_WEIGHT = 100.0
_SUBJECT_WEIGHT = (0.0, 50.0, 210.0)
_SPEAKER_WEIGHT = 100.0
_UNKNOWN_GENDER_FACTOR = 0.75
_CONTRARY_PRONOUN_FACTOR = 0.05
# What is left of a mention's weight for each sentence back: salience fades fast in news, where
# the antecedent of "he said" is nearly always in the last sentence or two.
_SENTENCE_DECAY = 0.3
_BARE_WORD_FACTOR = 0.1
_SENTENCE_SLACK = 16
MAX_OPENING_CHARS = 60  # how far into its sentence a subject still opens it, a title before the name
_SPEAKING_TYPES = frozenset(("person", "organization", "group"))
# Roles a story calls someone it has just named ("Roe spoke first. The senator said …"): offices
# many hold and callings. Not an office one person holds ("the president" is most often the head
# of state), nor a noun that brings in someone new ("the man", "a spokesman", "the witness").
_ANAPHORIC_ROLES = frozenset(load_list("anaphoric_role_nouns.txt"))
# Nouns a story calls a news outlet it has just named by ("the newspaper wrote").
_OUTLET_HEADS = frozenset("newspaper paper daily tabloid weekly magazine publication outlet broadcaster network "
                          "channel station website".split())


def _agrees(entity: Entity, gender: str, number: str) -> bool:
    if gender in ("m", "f"):
        # (A gender learned from an earlier pronoun may have been learned wrong: it does not rule
        # the person out, it only weighs less.)
        return entity.type == "person" and (entity.gender in (None, gender) or entity.gendered_by_pronoun)
    if gender == "n":
        return entity.type in ("organization", "country")
    return entity.type in ("group", "organization", "country") or number == "pl" and entity.type == "group"


def _proper_words(phrase: str) -> set[str]:
    """The capitalised words of a role or a description that are not titles: whose or where it is
    ("Idaho" in "the Idaho senator", "Acme" in "Acme's chief")."""
    return {w for w in _CAPITALISED.findall(phrase) if not words_of_role(w) & ROLE_WORDS and w.lower() not in FUNCTION_WORDS}


class Resolution:
    """The part of a `Cast` that resolves pronouns and descriptions to the actors they point back to."""

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
                if entity.gender != gender and entity.gendered_by_pronoun:
                    weights[ident] *= _CONTRARY_PRONOUN_FACTOR
                elif entity.gender is None:
                    # A name that shows no gender fits less well; a single word that nothing showed
                    # to be a person ("Clarkston became his home") less still.
                    bare = " " not in entity.name and entity.role is None and ident not in self._speakers
                    weights[ident] *= _BARE_WORD_FACTOR if bare else _UNKNOWN_GENDER_FACTOR
        found = candidates[max(weights, key=weights.__getitem__)]
        if gender in ("m", "f") and found.gender is None:
            found.gender = gender
            found.gendered_by_pronoun = True
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

    def _salient_person(self, pos: int) -> Entity | None:
        """The named person the discourse at `pos` is about, if any."""
        weights, candidates = self._weigh(pos, lambda entity: entity.named and entity.type == "person", True)
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
        share = SHARE_OF.match(phrase)
        if share and share.end() < len(phrase):
            # "40 percent of drivers", "half of the voters", "four in 10 drivers": a share of a group
            # speaks as the group does ("many drivers" is "drivers"); a share of no group named
            # ("21 percent said") is no one the briefing can name.
            rest = phrase[share.end():]
            head = _PREPOSITION.split(f" {rest} ", maxsplit=1)[0].split()[-1:]
            if head and (head[0] in GROUP_NOUNS or head[0].endswith("s") and head[0][:-1] in PERSON_NOUNS):
                return self.resolve_description(rest, pos)
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
            if determiner in _OWNING and len(head_part) == 1:
                # "The crew's lawyers, the lawyers for the crew … their lawyers said": the
                # group of that noun the story already has, when it has one.
                known = self._unnamed_group_of(head, pos)
                if known is not None:
                    known.add_alias(phrase)
                    return known
            name = core if determiner in (None, "the", "some", "many", "several", "other") else phrase
            return self._group(name, pos, phrase)
        if head in PERSON_NOUNS or head in TITLE_WORDS or _AGE.match(head):
            # ("said the 53-year-old": an age stands for the person it describes.)
            definite = determiner in _DEFINITE or determiner is None
            if definite and _OTHER_HOLDER.isdisjoint(w.lower() for w in head_part):
                found = self._person_with_role(core, pos, exact=True)
                if found is None and determiner == "the" and _AGE.match(head):
                    # "the 61-year-old asked": an age says nothing a role could match; it takes up
                    # the person the story is about.
                    found = self._salient_person(pos)
                if found is None and determiner == "the" and head in _ANAPHORIC_ROLES:
                    found = self._person_just_named(pos, head, _proper_words(core),
                                                    former="former" in (w.lower() for w in head_part))
                    if found is not None and found.role is None and len(head_part) > 1 and " " in found.name:
                        # "the Idaho senator": what the story calls the person is a role it gives;
                        # a bare noun ("the candidate") says too little to be one. (A surname alone
                        # waits for its given name, which a role would keep it from.)
                        self._give_role(found, " ".join(head_part))
                if found is None:
                    # "the Idaho senator" for "Sen. Jane Roe", whose state the story did not say.
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
            if determiner == "the" and head in _OUTLET_HEADS:
                # "The Valley Ledger called for a recount. '…,' the newspaper wrote." ("the Harbour
                # news website" is another outlet unless the one just named is called so.)
                found = self._named_just_before(pos, "organization")
                if found is not None and {w for w in core.split() if w[:1].isupper()} <= set(found.name.split()):
                    found.add_alias(phrase)
                    return found
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
            # "the Texan said", "the Norlander": one of a people is a person.
            kind = "group" if head in _COLLECTIVES or (head.endswith("s") and not head.endswith("ss")) \
                else "person" if head.endswith(("er", "or", "ist", "ian")) or head in DEMONYM_OF \
                or head in PROPER_ADJECTIVES else "organization"
            entity = self._by_key.get(norm(name)) or self._new(name, kind, pos, named=False)
            return self.canonical(entity)
        return None

    def _unnamed_group_of(self, head: str, pos: int) -> Entity | None:
        """The one unnamed group named in the last few paragraphs before `pos` whose head noun is `head`."""
        found = {id(e): e for e in map(self.canonical, self.entities)
                 if e.type == "group" and not e.named and e.first < pos and e.paragraphs
                 and max(e.paragraphs) >= pos // PARAGRAPH - MAX_GROUP_PARAGRAPHS
                 and _PREPOSITION.split(f" {e.name} ", maxsplit=1)[0].split()[-1:] == [head]}
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_just_named(self, pos: int, head: str, whose: set[str], former: bool = False) -> Entity | None:
        """The person a definite role at `pos` takes up from the sentence before ("Roe spoke first.
        The senator said …"), if that person has no other role, nor another gender, than the
        description's `head` noun and its capitalised words (`whose`) say. A `former` post goes with
        any other ("Sen. Jane Roe … the former governor")."""
        found = self._named_just_before(pos, "person")
        if found is None:
            return None
        gender = PERSON_NOUNS.get(head)
        if gender is not None and found.gender not in (None, gender):
            return None
        if found.role is not None and (head not in words_of_role(found.role) and not former
                                       or whose and (held := _proper_words(found.role)) and not whose & held):
            return None
        return found

    def _named_just_before(self, pos: int, kind: str) -> Entity | None:
        """The named actor of type `kind` that the sentence before `pos` has for its one subject, or
        else names alone; None when it or the sentence of `pos` before it names another."""
        here = bisect_right(self._sentence_starts, pos)
        salience: dict[int, int] = {}
        named: dict[int, Entity] = {}
        for mention in self._mentions_before(pos):
            if mention.sentence < here - 1:
                break
            entity = self.canonical(mention.entity)
            if entity.type != kind or not entity.named:
                continue
            if mention.sentence == here:
                return None  # "Roe outpolled Lund, and the senator …": either may be meant
            named[id(entity)] = entity
            salience[id(entity)] = max(salience.get(id(entity), 0), mention.salience)
        # ("Roe and Lund toured the plant. The senator said": either may be meant.)
        subjects = [ident for ident, level in salience.items() if level > 0]
        if len(subjects) == 1:
            return named[subjects[0]]
        if not subjects and len(named) == 1:
            return next(iter(named.values()))
        return None

    def _person_with_role(self, description: str, pos: int, exact: bool = False) -> Entity | None:
        """The named person whose role shares most words with `description` (the latest on a tie),
        among the most recent persons given a role with one of its words and named in the last few
        paragraphs; with `exact`, only one whose role has the description's capitalised words
        ("Idaho" of "the Idaho senator")."""
        wanted = {w.lower() for w in _WORD.findall(description)} - FUNCTION_WORDS
        # "Grayson's spokeswoman": the possessor must be in the person's role (she is neither
        # Grayson nor Murphy's spokeswoman).
        owners = {m.group(1).lower() for m in _POSSESSOR.finditer(description)}
        named_in = _proper_words(description)
        best, best_score, tied, twins = None, 0, False, False
        seen: set[int] = set()
        for word in wanted:
            for entity in reversed(self._by_role_word.get(word, [])[-MAX_ROLE_CANDIDATES:]):
                if id(entity) in seen:
                    continue
                seen.add(id(entity))
                if entity.merged_into is not None or entity.type != "person" or not entity.named \
                        or not entity.role or entity.first >= pos:
                    continue
                # (A person named just now, "Jane Roe, the club's chair, said", may not be recorded
                # as mentioned in the paragraph yet; where it was first named is.)
                last_named = max((p for p in entity.paragraphs if p <= pos // PARAGRAPH), default=0)
                if pos // PARAGRAPH - max(last_named, entity.first // PARAGRAPH) > MAX_ROLE_PARAGRAPHS:
                    continue
                role_words = words_of_role(entity.role)
                if not owners <= role_words:
                    continue
                held = _proper_words(entity.role)
                if named_in and held and not named_in & held:
                    continue  # "the Idaho senator" is not the Norland senator
                if exact and not named_in <= held:
                    continue  # nor, before the person just named, "Sen. Jane Roe", whose state is not told
                score = len(wanted & role_words)
                if score and score == best_score:
                    tied = True
                    twins = twins or role_words == words_of_role(best.role)
                if score > best_score or (score == best_score and score and entity.first > best.first):
                    tied = tied and score == best_score
                    twins = twins and tied
                    best, best_score = entity, score
        # The head noun must be in the role: "the brother of one of those hurt in X" is no one
        # whose role merely mentions X.
        head_part = _PREPOSITION.split(f" {description} ", maxsplit=1)[0].split()
        head = head_part[-1].lower() if head_part else ""
        if best is None or head not in words_of_role(best.role or ""):
            return None
        if tied and wanted - words_of_role(best.role or "") or twins:
            # "the Florida senator" between two senators whose roles do not say which state, "the
            # host" between two hosts of one show: abstain.
            return None
        return best
