"""How sure the evidence makes it that an entity is an actor of the story: a briefing keeps the
actors it is sure of and abstains from the others, as each gets a page of its own."""

from __future__ import annotations

from ... import data
from ..lexicon import AGENCIES, RELATIONAL_NOUNS
from .descriptions import describes_actor
from .entity import Entity
from .kinds import MASTHEAD_WORDS, is_organization_name
from .words import ACRONYM, without_article

_VAGUE_COLLECTIVES = frozenset(data.load_list("vague_collectives.txt"))
_STATE_BODIES = frozenset(data.load_list("state_bodies.txt"))
# Actors below this confidence are left out of the briefing (see `confidence`).
MIN_CONFIDENCE = 0.5
CENTRAL_MENTIONS = 3
SAYS = 0.2
LEAD = 1  # the number of the lead paragraph, which names the story's actors
OPENING = frozenset((LEAD, LEAD + 1))  # the lead, or the headline line and the lead after it


def matters(entity: Entity) -> bool:
    """Actors are those quoted or acting in the story, not every name mentioned in passing: a
    briefing abstains from an actor it is unsure of, as each gets a page of its own."""
    return confidence(entity) >= MIN_CONFIDENCE


def confidence(entity: Entity) -> float:
    """How sure the evidence makes it that `entity` is an actor of the story, from 0 to 1: what
    the story shows it doing (quoted, saying or taking a stance, acting as a subject, named with a
    role, named again and again) times how sure its name and type are."""
    if not entity.named and not describes_actor(entity.name, quoted=bool(entity.quotes)):
        return 0.0  # "another", "his early-morning": no actor, even when quoted
    if entity.quotes:
        return 1.0  # a kept quote's speaker must be an actor of the briefing
    if not entity.named and not entity.collective and entity.name.lower() not in _STATE_BODIES \
            or without_article(entity.name) in AGENCIES or _cited_outlet(entity):
        # Unnamed actors count when quoted; a collective ("analysts", "local farmers") or one of
        # the state's bodies ("police") may also act in the story. News agencies are credited,
        # not reported on, and so are outlets the story only cites.
        return 0.0
    if not entity.reports and not entity.stances and entity.acts <= 1 and len(entity.paragraphs) < 2 \
            and LEAD not in entity.paragraphs:
        # One act in one paragraph past the lead, nothing said: a passing mention more often than an
        # actor ("Jane Roe, who lost to him in 1984", "the candidate polled 5 percent"); of such
        # actors in a hand-judged sample of news articles, fewer than half were actors of the story.
        return 0.0
    if entity.type == "group" and not entity.named and not entity.reports and not entity.stances:
        # A collective the story describes and never names, that says nothing and takes no stance,
        # is what the story is about or counts ("refugees crossed the border", "she won 40
        # delegates"), not one who acts in it: of 15 such groups in the PolNeAR dev articles, 2
        # were actors of the story by the Wikinews rules.
        return 0.0
    if entity.type == "group":
        # Collectives are named in passing far more often than persons: one act is not enough,
        # and acts alone are a weak sign ("hikers crossed the pass", "crowds gathered").
        evidence = 0.4 if entity.acts > 1 else 0.0
    else:
        evidence = 0.7 if entity.acts > 1 else 0.5 if entity.acts else 0.0
    if (entity.reports or entity.stances) and _typed_by_name(entity):
        # A statement or a stance the story reports makes an actor of it more than an act does
        # ("was born", "married", "suffered wounds"): of the actors the gate kept unquoted on the
        # Wikinews dev articles, 92% of those that say something are right, 67% of those that only
        # act. It is what keeps a group ("residents said"). Not so for one word that only its
        # place before a verb typed: "Councillor said", "Kindness showed".
        evidence += SAYS
    if entity.role:
        evidence += 0.3
    again = max(entity.mentions - entity.topical - 1, 0)
    if entity.type == "organization" and again + 1 >= CENTRAL_MENTIONS \
            and (entity.acts or entity.role or not entity.paragraphs.isdisjoint(OPENING)):
        # An institution the story keeps coming back to is one of its main actors, even when it
        # appears as an owner or an object ("the Church's website", "attacks on the Church"), once
        # the story shows it acting, says what it is or names it in its opening. One that never
        # acts, is never described and comes up only further on is where things happen or what
        # they are about ("a speech at the convention", "shares of Acme Inc.").
        evidence += 0.6
    elif entity.type != "country":
        # A country named again and again is where the story happens unless it acts.
        evidence += 0.1 * min(again, 3)
    return min(1.0, evidence) * _certainty(entity)


def _cited_outlet(entity: Entity) -> bool:
    """A news outlet that the story names only as the channel of what was said ("told Harbour TV",
    "in an interview with the Valley Herald", "according to the Daily Ledger"): none of its acts is
    more than reporting and it takes no stance."""
    return entity.type == "organization" and not entity.stances and entity.acts <= entity.reports \
        and any(word in MASTHEAD_WORDS for word in entity.name.split())


def _typed_by_name(entity: Entity) -> bool:
    """Whether what the name is follows from more than its place before a verb: several words, a
    role, a word of the lists, an acronym, a country."""
    return " " in entity.name or entity.type != "organization" or bool(entity.role) \
        or is_organization_name(entity.name) or entity.name in AGENCIES or bool(ACRONYM.match(entity.name.replace(".", "")))


def _certainty(entity: Entity) -> float:
    """How sure the name and its type are: a full personal name or a body's name with a word of
    the lists is sure; one capitalised word nothing else classed is often a thing ("the Cougar
    ditched"); a bare relational noun ("officials", "members") says of whom only elsewhere."""
    words = entity.name.split()
    if entity.type == "person":
        # News introduces its actors with a role; a person named once, bare, is background.
        return 0.8 if entity.mentions - entity.topical <= 1 and entity.role is None else 1.0
    if entity.type == "organization" and not entity.role and not is_organization_name(entity.name):
        return 0.9 if len(words) > 1 or ACRONYM.match(entity.name.replace(".", "")) else 0.6
    if entity.type == "group" and not entity.named:
        # "her aides", "their attorneys": whose they are is told elsewhere, and a page of them says
        # nothing; nor does one of bare "states" or "companies". (A quoted one is kept before this.)
        owned = entity.name.split()[0].lower() in ("his", "her", "their", "its")
        vague = entity.name.lower() in RELATIONAL_NOUNS or entity.name.lower() in _VAGUE_COLLECTIVES
        return 0.0 if owned or vague else 0.8
    if entity.type == "group":
        return 0.9
    return 1.0
