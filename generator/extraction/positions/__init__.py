"""Positions: what each actor claims, wants, denies, opposes or does, in the article's own words.

A position comes from a reporting or stance verb whose subject is an actor, or from a quote whose
speaker is known. The stance is the verb's clause cut at the next clause boundary: for reporting
verbs only the reported content ("said he was in favor of dialogue" gives "was in favor of
dialogue"), for other verbs the verb with what governs it and what follows ("did not agree to the
contract", "refused to sign the deal"). Passives are turned round to their agent.

The polarity is read from the whole verb group, never from the verb alone: negation, contracted
or not ("did not support", "doesn't want to": oppose), the verbs that govern another ("refused to
sign": oppose; "vowed never to negotiate": oppose; "declined to overturn": a decision) and
conditions ("would strike if …": a claim). A reading that would turn a stance round ("did not
condemn", "stopped short of endorsing") gives no position at all, and neither does what someone
could or might do: a missing position misleads no one, an inverted one does. A stance is a whole
proposition of its holder: never a clause cut before its main clause, a noun phrase without a
verb, a participle describing a noun, an agentless passive or an outcome ("holds a lead"); a name
given keeps its verb ("called the plan “a disaster”"). Every position carries a confidence from its
evidence, and those below `MIN_CONFIDENCE` are left out; so is a position that another of the same
actor already states.

The package, by concern: `verbs` reads a cue verb's clause, `reported` what a verb of saying reports,
`stance_text` cuts it to the stance shown, `polarity` reads which way it leans, `holders` checks who
holds it, `quoted` reads the quotes, and `finding` puts them together and gates them by confidence.
"""

from .finding import MIN_CONFIDENCE, find_positions
from .polarity import content_polarity
from .stance import Stance

__all__ = ["MIN_CONFIDENCE", "Stance", "content_polarity", "find_positions"]
