"""One pass over a document in reading order: quotations masked, actors met, reporting verbs tied
to their subjects.

Order matters: a pronoun means the actor most recently in view, and a surname the person last
named with it, so names, groups and the subjects of reporting verbs are taken sentence by
sentence, each resolved against what came before.

One module per concern: `sentences` is the pass, sentence by sentence; `mentions` reads the groups
and names a sentence holds, weighing the evidence of their context from `context`; `openings`
finds where the main clause begins, `pronouns` follows he and she, `documents` notes who issues a
document, and `verbs` ties reporting verbs to their subjects, resolving subject phrases with
`phrases`; `reading` holds what the pass finds for the later stages.
"""

from .phrases import leads_name, resolve_phrase
from .reading import NameMention, ParagraphView, Reading, view_paragraphs
from .sentences import read_document

__all__ = ["NameMention", "ParagraphView", "Reading", "leads_name", "read_document", "resolve_phrase", "view_paragraphs"]
