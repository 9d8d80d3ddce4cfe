"""Merging the variants of one actor the reading kept apart: descriptions, surnames, short forms
and spellings."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import FUNCTION_WORDS, ORG_WORDS
from ..text import PARAGRAPH
from .entity import Entity
from .words import ACRONYM, fold, MAX_ROLE_CANDIDATES, _OTHER_HOLDER, _WORD, without_article

MIN_SPELLING_LETTERS = 5
_RUN_TOGETHER = re.compile(r"[\s\-‐.’']+")


def _without_article(phrase: str) -> str:
    words = phrase.lower().split()
    return " ".join(words[1:] if words and words[0] in ("a", "an", "the") else words)


def _genders_agree(one: Entity, other: Entity) -> bool:
    """Whether two persons may be one: no gender is known of either, or the same is."""
    return one.gender is None or other.gender in (None, one.gender)


def _short_form(word: str, name: list[str]) -> bool:
    """Whether `word` stands for the organisation name `name`: its distinctive last word ("Lightway"
    for "Church of Lightway"), or the name without its one generic word ("Forestry" for "Forestry
    Department")."""
    return name[-1] == word or len(name) == 2 and name[0] == word and name[1].lower() in ORG_WORDS


def _singular(word: str) -> str:
    """ "harbours" as "harbour": a name's words in another order may change their number."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


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


class Merging:
    """The part of a `Cast` that merges variants of one actor once the whole document is read."""

    def settle_descriptions(self) -> None:
        """Give a definite description that opens a story the name the story gives it later.

        News leads often say "The leader of X said ..." and name the person in the next paragraph.
        """
        people = sorted((e for e in self.entities if e.type == "person" and e.named and e.merged_into is None),
                        key=lambda p: p.first)
        firsts = [p.first for p in people]
        for entity in self.entities:
            if entity.merged_into is not None or entity.named or not entity.definite or entity.type != "person" \
                    or not _OTHER_HOLDER.isdisjoint(entity.name.lower().split()):
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

    def settle_role_descriptions(self) -> None:
        """Merge an unnamed person described by the very role a named person holds: "Dana Pike, a
        Millbrook nurse, who said …" gives the clause to "a Millbrook nurse", which is Dana Pike,
        when no one else of the story holds that role. A bare noun ("a friend") says too little:
        stories quote several friends."""
        by_role: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.merged_into is None and entity.type == "person" and entity.named and entity.role:
                by_role.setdefault(_without_article(entity.role), []).append(entity)
        for entity in self.entities:
            if entity.merged_into is None and entity.type == "person" and not entity.named:
                described = _without_article(entity.name)
                holders = by_role.get(described, [])
                if len(holders) == 1 and " " in described:
                    self.merge(entity, holders[0])

    def settle_group_heads(self) -> None:
        """Merge a bare plural ("prosecutors") into the one group of the story that the same noun
        heads ("County prosecutors"): the story names the group once in full and then by its noun.
        Where two groups share the noun ("Harbour voters", "Northport voters") which one is meant
        the noun does not say. Only a bare plural that says something is merged: one that only acts
        ("fighters advanced") is too weak a sign that it is the named group to lend it its acts."""
        named: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.merged_into is None and entity.type == "group" and entity.named and " " in entity.name:
                named.setdefault(entity.name.rsplit(maxsplit=1)[-1].lower(), []).append(entity)
        for entity in self.entities:
            if entity.merged_into is None and entity.type == "group" and not entity.named \
                    and " " not in entity.name and (entity.reports or entity.stances or entity.quotes) \
                    and len(named.get(entity.name.lower(), ())) == 1:
                self.merge(entity, named[entity.name.lower()][0])

    def settle_surnames(self) -> None:
        """Merge a one-word person named before the full name ("Varga ... Tomas Varga"), unless
        their genders differ: "President Roe … he" is not "Jane Roe", who shares his surname."""
        for entity in self.entities:
            if entity.merged_into is not None or entity.type != "person" or " " in entity.name:
                continue
            for other in self._persons_by_token.get(fold(entity.name.lower()), []):
                other = self.canonical(other)
                if other is not entity and " " in other.name and _genders_agree(entity, other):
                    self.merge(entity, other)
                    break

    def settle_short_forms(self) -> None:
        """Merge one word standing for a longer organisation's name: "Lightway" for "Church of
        Lightway" (the distinctive last word), "Forestry" for "Forestry Department" (the name
        without its generic word), "Police" for "Dunmore Police Department" (its
        generic word), when a single organisation of the story fits. The generic word may be an
        unnamed body (the common noun "police" before "the Dunmore Police Department")."""
        by_word: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.merged_into is None and entity.type == "organization" and " " in entity.name:
                for word in set(entity.name.split()):
                    by_word.setdefault(word.lower(), []).append(entity)
        for entity in self.entities:
            # "The Courier" after "The Valley Courier": the article before the one word changes nothing.
            word = without_article(entity.name)
            if entity.merged_into is not None or " " in word or entity.role \
                    or ACRONYM.match(word) or entity.type not in ("organization", "person") \
                    or (entity.type == "person" and entity.gender is not None):
                continue
            generic = word.lower() in ORG_WORDS
            if not entity.named and not (generic and entity.type == "organization"):
                continue
            fits = [o for o in by_word.get(word.lower(), ()) if o.merged_into is None and o is not entity
                    and (generic or _short_form(word, o.name.split()))]
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
                    if one is not other and _genders_agree(one, other) and _one_letter_apart(
                            fold(one.name.lower()).split()[at], fold(other.name.lower()).split()[at]):
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
            if len(fits) == 1 and _genders_agree(entity, fits[0]):
                self.merge(entity, fits[0])

    def settle_run_together(self) -> None:
        """Merge two bodies whose names differ only in spaces, hyphens or a leading "The" ("TheLedger",
        "The Ledger", "Ledger"): one outlet or company written two ways. The form with its words apart
        and nothing glued to them stays, as that is how its words are searched for; then the form
        used most."""
        by_letters: dict[str, Entity] = {}
        for entity in sorted(self.entities, key=lambda e: (-len(e.name.split()), len(e.name), -e.mentions)):
            if entity.merged_into is not None or entity.type not in ("organization", "person") or not entity.named \
                    or entity.type == "person" and (" " in entity.name or entity.role or entity.gender):
                continue  # a person named in full, or shown to be one, is no run-together body
            key = _RUN_TOGETHER.sub("", fold(entity.name.lower()))
            key = key[3:] if key.startswith("the") and len(key) >= MIN_SPELLING_LETTERS + 3 else key
            winner = by_letters.setdefault(key, entity)
            if winner is not entity and winner.name != entity.name:
                if winner.type != entity.type:
                    winner.type = "organization"
                self.merge(entity, winner)

    def settle_word_orders(self) -> None:
        """Merge two organisations named by the same words in another order: "the Harbour Ministry"
        and "the Ministry of Harbours" are one body, as "the Fisheries Department" and "the
        Department of Fisheries" are."""
        by_words: dict[frozenset[str], Entity] = {}
        for entity in self.entities:
            if entity.merged_into is not None or entity.type != "organization" or not entity.named:
                continue
            words = frozenset(_singular(fold(w.lower())) for w in _WORD.findall(entity.name)) - FUNCTION_WORDS
            if len(words) < 2:
                continue
            other = by_words.get(words)
            if other is None or other.merged_into is not None:
                by_words[words] = entity
                continue
            winner, loser = (other, entity) if other.mentions >= entity.mentions else (entity, other)
            self.merge(loser, winner)
            by_words[words] = self.canonical(winner)
