"""Roles: the description of an actor that a phrase before, after or about its name gives, and
whether a phrase is a description at all or a piece of a clause.

One module per concern: `phrase` judges whether a phrase found next to a name describes the actor
and tidies it into a role; the others find such phrases where news sets them: `appositive` after
the name between commas or dashes, `relative` in a relative clause there ("who heads X"),
`preposed` before it, `complements` in "of" and a body's name or after a copula, `classifiers` in
the noun that classes a name as an organisation's; `words` holds what several of them read.
"""
