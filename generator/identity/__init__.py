"""Identity across briefings: which actors of different briefings are one actor, with one page.

Each briefing is extracted on its own and names its actors as its article does: "Jane Roe" in
one, "Republican Jane Roe" or "Roe" in others. After every briefing is read and before any
page is made, `resolve` works out, from the small entries the indexes are made of and from the
register people curate (`generator.register`), which actor's page every named actor of every
briefing is on. Briefing files are never rewritten: this is a view the site is built from, and
every join it makes says why (`Identity.joins`, printed by ``briefings actors --explain ID``).

The rules, in order; a person's word in the register comes first and no rule undoes it:

* Actors with the same id are one actor (the schema says so), and so are ids whose names are the
  same once what is not part of a name is left out: titles and party labels before a person's name
  ("Sen.", "President", "Republican"), a leading "The" of an organisation's.
* A person named with a middle name or initial is the person of the same first name and surname
  ("Jane Q. Roe", "Jane Roe"), when only one such person is known.
* A short form (a surname, a title and surname, an organisation's name without its first words)
  joins the one full name it is the end of, or the one whose other names hold it: first among the
  actors of its own briefing, then among the register's aliases, then across the collection. Across
  the collection there may be several full names with that surname; the form then joins the one
  the briefings call by it at least `DOMINANT_SHARE` of the time, and otherwise stays on a page of
  its own, listed by ``briefings actors`` for a person to decide.
* An actor's type is the one most of its briefings give it, a name's type the one most briefings
  give it, counting the other names of actors too: "Roe", typed an organisation by one briefing
  that named only the surname, is a person in the many that call Jane Roe so.
"""

from .explaining import explain, review
from .names import core_name, name_key
from .resolving import IdentityMemo, resolve
from .view import Candidate, Identities, Identity, Join

__all__ = ["Candidate", "Identities", "Identity", "IdentityMemo", "Join", "core_name", "explain", "name_key",
           "resolve", "review"]
