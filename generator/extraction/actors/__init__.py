"""Actors: typing names, merging the forms that refer to one actor, roles, and reference resolution.

The `Cast` collects everything that can refer to an actor in document order: proper names,
group nouns, pronouns and descriptions. It merges the forms of one actor (a surname with the full
name, an acronym with the name it abbreviates, a capital city with its country), types each actor
from the word lists, and resolves a pronoun or a description to the actor it points back to.
A `Cast` lives for one extraction only.

One module per concern: `naming` finds the actor a name or a group phrase refers to, `kinds`
types names, `roles` reads roles, `descriptions` judges unnamed descriptions, `resolution`
resolves pronouns and descriptions, `merging` merges variants once the document is read, and
`cast` holds them together; `gate` weighs the evidence that each is an actor of the story;
`entity` and `words` are what they share.
"""

from .cast import Cast
from .gate import confidence, matters
from .descriptions import describes_actor
from .entity import Entity, Mention
from .kinds import is_common_plural, is_known_name, is_organization_name
from .naming import LOCATIVE, find_groups
from .roles.appositive import appositive_role
from .roles.classifiers import classifier_after, classifier_before
from .roles.complements import affiliation_role, copular_role
from .roles.phrase import role_phrase
from .roles.preposed import preposed_role
from .words import ACRONYM, SHARE_OF, fold, norm

__all__ = ["ACRONYM", "SHARE_OF", "LOCATIVE", "Cast", "Entity", "Mention", "affiliation_role", "appositive_role",
           "classifier_after", "classifier_before", "confidence", "copular_role", "describes_actor", "find_groups",
           "fold", "is_common_plural", "is_known_name", "is_organization_name", "matters", "norm", "preposed_role",
           "role_phrase"]
