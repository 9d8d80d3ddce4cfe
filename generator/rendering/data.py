"""The site's files that are not pages: ``briefings.json`` (every briefing in the schema, in an
envelope), the JSON Schemas under ``schema/`` and the feed; MkDocs copies them into the site unchanged."""

from __future__ import annotations

import json

from ..config import FEED_PATH, Project
from ..indexing import Collection, tokens
from ..schema import SCHEMA_FILES, SCHEMA_FOLDER, SCHEMA_VERSION, Briefing, briefing_to_json
from ..writing import Data, FileRange
from .feed import atom_feed, atom_time, feed_entries, updated_times, writes_feed
from .memo import PageMemo, unchanged

DATA_PATH = "briefings.json"
SCHEMA_DIR = "schema"  # where the site publishes the JSON Schemas shipped in `generator.schema`
_DATA_END = b"]}\n"


def render_files(project: Project, briefings: list[Briefing] | Collection, memo: PageMemo | None = None
                 ) -> dict[str, Data | None]:
    """The files of the site that are not pages: the JSON Schemas of the briefing, the Atom feed and
    the collection as JSON; with `memo`, None for a file whose inputs did not change."""
    collection = Collection.of(briefings)
    entries = collection.entries
    files: dict[str, Data | None] = {f"{SCHEMA_DIR}/{name}": (SCHEMA_FOLDER / name).read_bytes()
                                     for name in SCHEMA_FILES}
    if writes_feed(project):
        shown = feed_entries(collection)
        # The times are part of the key: a file saved again, or another SOURCE_DATE_EPOCH, changes
        # an entry's `updated` but not the briefing's token.
        if unchanged(memo, FEED_PATH, "feed", " ".join(f"{entry.token}@{updated}" for entry, updated in shown)):
            files[FEED_PATH] = None
        else:
            files[FEED_PATH] = atom_feed(project, [(collection.briefing(entry.id), updated)
                                                   for entry, updated in shown])
    if "data" in project.sections:
        updated = updated_times(collection)
        generated = atom_time(max(map(updated, entries))) if entries else None
        if unchanged(memo, DATA_PATH, "data", f"{generated} {tokens(entries)}"):
            files[DATA_PATH] = None
        else:
            files[DATA_PATH] = _data_file(project, collection, generated, memo)
    return files


def _data_file(project: Project, collection: Collection, generated: str | None, memo: PageMemo | None
               ) -> list[bytes | FileRange]:
    """The collection as JSON, one briefing per line inside the envelope's, in pieces to write one
    after another.

    One line per briefing is as easy to diff as indented JSON, and written by the json module's C
    encoder, which indenting would swap for its Python one (10 times slower). The lines of briefings
    that did not change are ranges of the file the last render wrote, when `memo` knows it intact:
    one edit in thousands of briefings neither loads them all nor reads the whole file.
    """
    head = f'{{"schema": {SCHEMA_VERSION}, "generated": {json.dumps(generated)}, "briefings": ['.encode()
    if not collection.entries:
        return [head + _DATA_END]
    old: dict[str, tuple[int, int, int]] = {}  # token → (line number, start, end) in the old file
    source = project.docs_dir / DATA_PATH
    if memo is not None and memo.data_lines:
        try:
            size = source.stat().st_size
        except OSError:
            size = -1
        if size == memo.data_lines[-1][2] + len(_DATA_END) + 1:  # the line break before the end
            old = {token: (number, start, end) for number, (token, start, end) in enumerate(memo.data_lines)}
    pieces: list[bytes | FileRange] = [head + b"\n"]
    lines: list[tuple[str, int, int]] = []
    run: tuple[int, int, int] | None = None  # the old lines being copied: first start, last number, last end
    position = len(pieces[0])
    for entry in collection.entries:
        found = old.get(entry.token)
        if found is not None and run is not None and found[0] == run[1] + 1:
            run = (run[0], found[0], found[2])  # the next line of the old file: the same range, longer
        else:
            if run is not None:
                pieces.append(FileRange(source, run[0], run[2]))
            if lines:
                pieces.append(b",\n")
            if found is None:
                run = None
                pieces.append(briefing_to_json(collection.briefing(entry.id)).encode("utf-8"))
            else:
                run = (found[1], found[0], found[2])
        length = found[2] - found[1] if found is not None else len(pieces[-1])
        lines.append((entry.token, position, position + length))
        position += length + 2
    if run is not None:
        pieces.append(FileRange(source, run[0], run[2]))
    pieces.append(b"\n" + _DATA_END)
    if memo is not None:
        memo.current_data_lines = tuple(lines)
    return pieces
