"""What is kept from one render to the next: each page's fingerprint, the identity view, actor
records and the compiled templates."""

from __future__ import annotations

import hashlib

import jinja2
import jinja2.bccache

from ..identity import IdentityMemo
from ..indexing import ActorMemo


class TemplateCode(jinja2.BytecodeCache):
    """Compiled templates kept from one render to the next, like Jinja's own bytecode caches but in
    memory, for the pipeline to store with its cache: compiling the templates takes longer than
    rendering the few pages one changed briefing needs. Jinja checks each template's source
    against the code it is given, and compiles it again when they differ.
    """

    def __init__(self, stored: dict[str, bytes] | None = None) -> None:
        self.stored = dict(stored or {})  # Jinja's key of each template → its code

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.stored.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.stored[bucket.key] = bucket.bytecode_to_string()


def unchanged(memo: PageMemo | None, page: str, kind: str, key: str) -> bool:
    """Whether `memo` knows `page`, rendered from what `key` stands for, to be as the last render wrote it."""
    return memo is not None and memo.unchanged(page, kind, key)


class PageMemo:
    """What each page was rendered from, so that a page whose inputs did not change is not rendered.

    A page's fingerprint digests its key (see `render_pages`) with `salt` (the settings, templates
    and code all pages depend on). `previous` holds the fingerprints of the last render for the pages
    whose files are still as it left them; `current` collects this render's. `identities`, `actors`
    and `templates` keep the identity view, actor records and compiled templates from one render to
    the next.
    """

    def __init__(self, previous: dict[str, str], salt: str,
                 data_lines: tuple[tuple[str, int, int], ...] = (), actors: ActorMemo | None = None,
                 templates: TemplateCode | None = None, identities: IdentityMemo | None = None) -> None:
        self.previous = previous
        self.identities = identities or IdentityMemo()
        self.actors = actors or ActorMemo()
        self.templates = templates or TemplateCode()
        self.current: dict[str, str] = {}
        # The lines of the JSON data file as the last render wrote it (empty when unknown) and as
        # this render writes it: the token of each line's briefing, and where the line starts and ends.
        self.data_lines = data_lines
        self.current_data_lines: tuple[tuple[str, int, int], ...] = ()
        self._salt = salt

    def unchanged(self, page: str, kind: str, key: str) -> bool:
        """Whether `page` rendered from `key` would be the page the last render wrote."""
        fingerprint = hashlib.blake2b(f"{self._salt}\0{kind}\0{key}".encode(), digest_size=16).hexdigest()
        self.current[page] = fingerprint
        return self.previous.get(page) == fingerprint
