"""Proper names in narrative text: runs of capitalised words, cut into a role and a name.

News introduces people as "Valmoran President Tom Hale" or "City Hall press secretary
Jane Roe": the words up to the last title are the person's role, the rest the name. Runs are
split where a connector joins two separate names ("Valmora and Norland") and kept whole where it
belongs to an institution's name ("Ministry of Defence", "People's Republic of Norland").

One module per concern: `finding` scans a paragraph for runs of capitalised words (and tells a
line in title case or in capitals from running text), `splitting` cuts a run into separate names,
`name` judges each piece, trimming the words that start or end no name, and `titles` reads the
role a title gives, inside the run or before it; `words` holds the lists they share.
"""
