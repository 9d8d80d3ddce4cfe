"""Reading a cue verb: the clause it opens as a stance, its polarity and its kind of evidence, or nothing
when the verb states no stance of its subject's.

One module per concern: `group` reads the verb group (the listed form of the verb and the
auxiliaries, modals, negation and adverbs before it), `standing` judges whether the word stands as
a verb of its sentence's subject at all, `kinds` reads the verbs that need a reading of their own
(passives, asking, naming), and `reading` builds the stance from the verb's clause.
"""
