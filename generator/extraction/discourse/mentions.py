"""The actors a sentence names: its groups and names, each with whether it is a subject, whether
it acts in the story and whether a later pronoun may point back to it; and the roles the words
around a name give it."""

from __future__ import annotations

import re
from bisect import bisect_right

from ...data import load_list
from ..actors import (LOCATIVE, Cast, Entity, affiliation_role, appositive_role, classifier_after, classifier_before,
                      copular_role, find_groups, is_known_name, preposed_role)
from ..clauses import cue_verbs
from ..lexicon import (DEMONYM_OF as DEMONYMS, FIRST_NAME_GENDER, FUNCTION_WORDS, GROUP_NOUNS, PERSON_NOUNS, SPEECH_VERBS,
                       alternation)
from ..names.finding import find_names
from ..names.name import Name
from ..text import MASKS, Span, title_cased
from .context import (_DETERMINERS, _acts_after, _among_states, _capital_before_noun, _clause_verb_after, _is_modifier,
                      _opens_clause, _previous_word, _surname_reporting)
from .reading import NameMention

_AGENT_BEFORE = re.compile(r"\b(?:by|according to)\s+(?:the\s+)?$", re.I)
_OBTAINED = re.compile(r"\b(?:obtained|seen|reviewed|viewed|received|acquired|leaked\s+to)\s+$", re.I)
_SOURCE_BEFORE = re.compile(r"\baccording to\s+(?:the\s+)?$", re.I)
_TOLD = frozenset(("told", "tell", "tells", "telling"))
_CHANNEL_BEFORE = re.compile(r"\b(?:(?:interview|interviews|spoke|speaking|talking|talked)\s+(?:\w+\s+)?(?:with|to)|"
                             r"(?:told|tell|tells|telling)|(?:seen|obtained|reviewed|published|aired|broadcast|reported)\s+by)"
                             r"\s+(?:the\s+)?$", re.I)
_FROM_PLACE_TO = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},?\s+){1,8}(?:(?:to|and|or)\s+)?$")
# A group that undergoes the verb after it: "journalists have been arrested", "journalists imprisoned in".
_UNDERGOES = re.compile(r"\s+(?:(?:(?:has|have|had)\s+been|(?:was|were|is|are)(?:\s+being)?)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b|"
                        r"[a-z]+ed(?=\s*[,.;]|\s+(?:in|by|at|on|during|after|for|from|since|under|without|over\s+the)\b))")
# "One villager, Samir Haddad, …": a member of a group or people introduced by name.
_ONE_OF_BEFORE = re.compile(r"(?<![\w-])(?:One|one|An?|an?)\s+([A-Za-z][\w-]+),\s+$")
_SPEAKS_FOR = re.compile(r"^(?:the\s+|an?\s+)?([A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w.’'&-]*){0,5})"
                         r"(?:['’]s)?\s+(?:[Ss]pokes(?:person|man|woman)|press\s+(?:secretary|officer))$")
# ' "Pier opens," by Harbour TV's Jane Roe', "By the Ledger's Tom Hale": a piece credited to a writer
# of an outlet, who writes it and is no actor of the story. (After a title or opening a line; "backed
# by Harbour TV's Jane Roe" is an act.)
_BYLINE_BEFORE = re.compile(rf"(?:^|[,”\"{MASKS}]\s*|[—–]\s*)[Bb]y\s+(?:the\s+|The\s+)?(?:[A-Z][\w.&’'-]*\s+){{0,3}}[A-Z][\w.&-]*(?:['’]s|s['’])\s+$")
# Prepositions whose object is no clause's subject: "Vice President of Farmers for Clean Rivers,
# Tomas Ekdal, offered …".
_OBJECT_OF = frozenset(("for", "with", "against", "than"))
_TOPIC_WORDS = frozenset(("on", "about", "regarding", "concerning"))
MAX_HEADLINE_NAME_WORDS = 3
MAX_BARE_HEADLINE_NAME_WORDS = 2
_OPENING_PASSIVE = re.compile(r"(?:(?:When|While|After|Once|If|Though|Although|Unless|Until|As)\s+)?(?:[a-z]+ly\s+)?"
                              r"[a-z]+(?:ed|en)\s+(?:[\w’'-]+\s+){0,3}?by\s+(?:the\s+)?")
_AS_FOR = re.compile(r"As\s+(?:for|to)\s+(?:the\s+)?")
_PRONOUN_AFTER_TOPIC = re.compile(r",\s+(?:he|she|they)\b")


_OWNED_BY = re.compile(r"['’]s\s+")
_OWN_WORK = re.compile(rf"['’]s?\s+(?:(?:new|latest|recent|own)\s+)?(?:{alternation(load_list('work_nouns.txt'))})\b")


def _owner_affiliation(frame: str, name: Name, mentions: list[NameMention], cast: Cast) -> str | None:
    """ "Harbour TV's Jane Roe": a body owning a name that no title opens is whom the person works for,
    the role "of Harbour TV" (as "Jane Roe of Harbour TV" is). A person or a country owning it says
    nothing of the kind ("Roe's Tom Hale", "Norland's Jane Roe")."""
    owner = mentions[-1] if mentions else None
    if owner is None or not owner.possessive or " " not in name.text \
            or not _OWNED_BY.fullmatch(frame, owner.end, name.role_start):
        return None  # (a word alone may be a title: "Harbour TV's CEO, Jane Roe")
    body = cast.canonical(owner.entity)
    return f"of {body.name}" if body.type == "organization" and body.named else None


def _read_mentions(cast: Cast, frame: str, base: int, sentence: Span, initial_at: int, main_clause_at: int,
                   mid_sentence_caps: frozenset[str], lower_words: frozenset[str],
                   pending: list[tuple[int, Entity, bool, bool, bool]]) -> list[NameMention]:
    """The sentence's groups and names as mentions, in the order found; what each says of its
    actor is added to `pending`."""
    covered: list[tuple[int, int]] = []
    mentions: list[NameMention] = []
    for start, end, name in find_groups(frame, sentence.start, sentence.end):
        entity = cast.add_group(name, base + start)
        # A collective only named as the agent of a passive ("attacked by hackers") is not yet shown
        # acting; "according to analysts" makes it a source.
        subject = (_acts_after(frame, end, sentence.end) and not _UNDERGOES.match(frame, end, sentence.end)) or bool(
            _SOURCE_BEFORE.search(frame, max(0, start - 20), start))
        pending.append((base + start, entity, subject, True, start >= main_clause_at))
        covered.append((start, end))
        mentions.append(NameMention(start, end, start, entity, False))

    names = find_names(frame, sentence.start, sentence.end, initial_at)
    names += _surnames_spelt_as_words(cast, frame, sentence, initial_at, names)
    if title_cased(frame[sentence.start:sentence.end]):
        # A headline run into the body capitalises its verbs too, and runs names into them ("Roe Grills
        # Jane Doe Over Taxes"): a longer name is read there only if a given name opens it or the story knows it.
        names = [n for n in names if cast.knows(n.text) or len(n.text.split()) <= MAX_HEADLINE_NAME_WORDS
                 and (n.text.split()[0] in FIRST_NAME_GENDER or len(n.text.split()) <= MAX_BARE_HEADLINE_NAME_WORDS)]
    covered += [(n.role_start, n.start) for n in names if n.role]
    # Whether a name lies inside a group or a role: the furthest end among spans starting before it.
    covered.sort()
    covered_starts = [a for a, _ in covered]
    reach = []
    for _, b in covered:
        reach.append(max(b, reach[-1]) if reach else b)
    for name in names:
        at = bisect_right(covered_starts, name.start)
        if at and reach[at - 1] >= name.end:
            continue
        single_unknown = " " not in name.text and not cast.knows(name.text)
        # (After a colon a clause opens with a capital too: "Her lesson: Politics divides families.")
        if single_unknown and (name.sentence_initial or frame.endswith(": ", 0, name.start)) \
                and name.text not in mid_sentence_caps \
                and not is_known_name(name.text) and not _surname_reporting(frame, name, sentence.end, lower_words):
            # A capitalised word seen only at the start of sentences is an ordinary word.
            continue
        if frame.startswith("/", name.end) and frame[name.end + 1:name.end + 2].isupper() \
                or name.start > 1 and frame[name.start - 1] == "/" and frame[name.start - 2].isalnum():
            # "an Acme/Daily Ledger poll", "photo: Jane Roe/Wire": one of two names joined into the
            # name of something else, a joint poll or a credit, is no actor there.
            continue
        previous_word = _previous_word(frame, name.role_start)
        if previous_word in ("to", "and", "or", "") and _FROM_PLACE_TO.search(frame, max(0, name.role_start - 120),
                                                                           name.role_start):
            # "from Oslo to Lisbon", "from Chile, Peru and Bolivia": the later ones are places too.
            previous_word = "from"
        if _among_states(frame, name) or _BYLINE_BEFORE.search(frame, max(0, name.role_start - 60), name.role_start):
            continue
        if not name.possessive and (_is_modifier(frame, name.end, sentence.end, single_unknown,
                                                 previous_word in _DETERMINERS)
                                    or _capital_before_noun(frame, name, sentence.end, previous_word)):
            continue
        entity = cast.add_name(name, base + name.start, previous_word)
        if entity is None:
            continue
        agent = _AGENT_BEFORE.search(frame, max(0, name.role_start - 20), name.role_start)
        if agent is not None and _OBTAINED.search(frame, max(0, agent.start() - 20), agent.start()):
            # "A draft of the rules, seen by the Harbour Post, bars …": the outlet that got hold of a
            # document neither acts in the story nor speaks through it.
            agent = None
        subject = not name.possessive and previous_word not in LOCATIVE and previous_word not in _TOPIC_WORDS \
            and previous_word not in _OBJECT_OF and (_acts_after(frame, name.end, sentence.end) or bool(agent))
        # A news outlet named as the channel ("according to ABC News") does not act in the story.
        acts = not (agent and agent.group().lower().startswith("according") and entity.type != "person")
        if entity.type == "organization" and (previous_word in _TOLD or _CHANNEL_BEFORE.search(
                frame, max(0, name.role_start - 40), name.role_start) or _CHANNEL_BEFORE.search(
                frame, max(0, name.start - 40), name.start)):
            acts = False  # "told Metro Radio", "in an interview with Radio Valmora": the channel, not an actor
        if (entity.type == "person" and entity.gender is None and not entity.quotes
                or entity.type == "organization") and not name.role and entity.role is None:
            # "the newspaper Diario Norte": the noun says what the body is, also of a name typed
            # an organisation's by its own words ("the local newspaper Norland Courier").
            kind = classifier_before(frame, name.role_start) or classifier_after(frame, name.role_start, name.end)
            if kind:
                entity.type = "organization"
                cast.set_role(entity, kind)
        one_of = _ONE_OF_BEFORE.search(frame, max(sentence.start, name.role_start - 40), name.role_start) \
            if entity.type == "person" and not name.possessive and frame[max(0, name.role_start - 2)] == "," else None
        member = one_of.group(1).lower() if one_of else ""
        if member and (member in DEMONYMS or member in GROUP_NOUNS or member in PERSON_NOUNS
                       or member.rstrip("s") in PERSON_NOUNS):
            # "One villager, Samir Haddad, said …": the witness the story gives a voice to.
            cast.set_role(entity, one_of.group(1))
            subject = True
        if entity.type in ("person", "organization") and not name.possessive:
            role = appositive_role(frame, name.end) or preposed_role(frame, sentence.start, name.role_start)
            if role is None and entity.type == "person":
                role = affiliation_role(frame, name.end) or copular_role(frame, name.end) \
                    or _owner_affiliation(frame, name, mentions, cast)
            if role:
                cast.set_role(entity, role)
            spoken_for = _SPEAKS_FOR.match(name.role or role or "") if entity.type == "person" else None
            if spoken_for:
                # "Coastal Agency spokesperson Jane Roe": the body speaks through its spokesperson.
                body = cast.speaks_for(spoken_for.group(1), base + name.role_start)
                if body is not None:
                    pending.append((base + name.role_start, body, True, True, True))
        if not subject and not name.possessive and _opens_clause(frame, initial_at, name.role_start, name.end,
                                                                 sentence.end):
            # "Varga, who ..., took great care": the name opening a sentence is its subject,
            # the one a pronoun in the next sentences points back to, whatever its verb.
            subject, acts = True, False
        if name.possessive and name.role_start in (initial_at, main_clause_at):
            work = _OWN_WORK.match(frame, name.end, sentence.end)
            if work is not None and _clause_verb_after(frame, work.end(), sentence.end):
                # "Lund’s column attacked Varga … He calls …": the author acts through the work,
                # and is who the next sentence's pronoun points back to.
                subject, acts = True, False
        if not name.possessive and _AS_FOR.fullmatch(frame, initial_at, name.role_start) \
                and _PRONOUN_AFTER_TOPIC.match(frame, name.end, sentence.end):
            # "As for Lund, he said …": the topic set before the comma is who the pronoun after
            # it is.
            subject, acts = True, False
        if previous_word in _TOPIC_WORDS:
            cast.canonical(entity).topical += 1
        if not subject and not name.possessive and previous_word not in LOCATIVE and previous_word not in _OBJECT_OF \
                and _clause_verb_after(frame, name.end, sentence.end):
            # "Varga threw her support behind …", "Varga on Monday ratcheted up …": the subject of
            # its clause for pronouns and quotes, though the verb says nothing of acting in the story.
            subject, acts = True, False
        # "When challenged by Lund, he said": the agent in an opening passive clause acts, but
        # the main clause's subject is the one its pronouns point back to.
        salient = not (agent and _OPENING_PASSIVE.fullmatch(frame, initial_at, name.role_start))
        # "Noting that both Varga and Roe faced …, Lund put her finger on …", "When Varga
        # called, Roe …": a subject inside an opening adjunct is not the one the sentence is about.
        salient = salient and name.start >= main_clause_at
        pending.append((base + name.start, entity, subject, acts, salient))
        mentions.append(NameMention(name.start, name.end, name.role_start, entity, name.possessive))
    return mentions


def _surnames_spelt_as_words(cast: Cast, frame: str, sentence: Span, initial_at: int, names: list[Name]) -> list[Name]:
    """ "Prime Minister Jane May …" and then "“…,” May said": a surname that is also a function
    word is no name to the reading of names, which knows no one. Once a person of two words or more
    with that surname has been met, it names her where a reporting verb comes right after or right
    before it; elsewhere ("May I add …", "Will it pass?") it stays a word."""
    found = []
    for word in _CAPITALISED_WORD.finditer(frame, sentence.start, sentence.end):
        if word.group().lower() not in FUNCTION_WORDS:
            continue
        person = cast.person_named(word.group())
        if person is None or person.name.split()[-1] != word.group() or " " not in person.name \
                or any(n.role_start <= word.start() < n.end for n in names):
            continue
        after = next(cue_verbs(frame, word.end(), min(sentence.end, word.end() + 30)), None)
        before = _VERB_RIGHT_BEFORE.search(frame, max(sentence.start, word.start() - 30), word.start())
        if (after is not None and not frame[word.end():after.start()].strip()) or (
                before is not None and before.group(1).lower() in SPEECH_VERBS):
            found.append(Name(word.start(), word.end(), word.group(), None, word.start(), False,
                              word.start() == initial_at))
    return found


_CAPITALISED_WORD = re.compile(r"(?=[A-Z])(?<![\w’'.-])[A-Z][a-z]{2,}(?![\w’'-])")
_VERB_RIGHT_BEFORE = re.compile(r"\b([a-z]+)\s+$")
