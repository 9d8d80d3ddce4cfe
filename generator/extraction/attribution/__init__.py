"""Speaker attribution: who said each quotation.

The cues are tried from the most to the least explicit, each within the quote's sentence:

1. a reporting verb right after the quote: `"…," X said` / `"…," said X` / `"…" — X`;
2. a reporting verb or source cue before it: `X said: "…"`, `according to X, "…"`,
   `X said he would "absolutely" …`;
3. a quote with no cue of its own continues the speech around it: the previous quote of the
   paragraph, the quote that ended the previous paragraph, or the next quote of the paragraph;
4. otherwise the last actor reported speaking in the previous sentences of the paragraph or the
   paragraph before.

One module per concern: `speakers` walks the quotes and rates what it finds, `explicit` reads the
cues in a quote's sentence, `possessors` and `layout` the cues of a possessor, a credit line or a
heading, `carrying` carries a speech over to quotes with no cue, `reporters` finds who was reported
speaking around a quote, and `confidence` is the record they share.
"""

from .confidence import CONFIDENCE, Attributed
from .speakers import attribute

__all__ = ["CONFIDENCE", "Attributed", "attribute"]
