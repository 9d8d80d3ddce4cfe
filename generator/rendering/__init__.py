"""Rendering: briefings to the Markdown pages MkDocs builds, written into the generated docs folder.

Pages are computed in memory first, as ``{relative path: text}`` (`pages`), and only then synchronised
with ``Project.docs_dir`` (`folder`); long lists are cut into pages that keep their bytes as the
collection grows (`paging`). Every value a template prints is escaped (`escaping`) inside a
sandboxed Jinja environment (`environment`); `context` says what each template receives, with types,
and `reference` prints it for ``briefings templates`` and the site's ``templates.md`` page. Besides
pages, the site gets the Atom feed (`feed`), the collection as JSON and the JSON Schemas (`data`).

This module names what the rest of the generator uses; the modules hold everything else.
"""

from .checking import check_templates
from .data import DATA_PATH
from .environment import template_folders
from .folder import MARKER, RenderReport, render
from .memo import PageMemo, TemplateCode
from .reference import describe_templates

__all__ = ["DATA_PATH", "MARKER", "PageMemo", "RenderReport", "TemplateCode", "check_templates",
           "describe_templates", "render", "template_folders"]
