"""The Atom 1.0 feed (``feed.xml``, absolute links from ``site_url``) and the times it gives briefings."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable

from ..config import FEED_PATH, Project, source_date_epoch
from ..indexing import Collection, Entry
from ..schema import Briefing
from .models import briefing_path

FEED_COUNT = 20  # entries of the Atom feed
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot hold at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def writes_feed(project: Project) -> bool:
    return "feed" in project.sections and bool(project.site_url)


EPOCH_DAY = dt.date(1970, 1, 1).toordinal()


def feed_entries(collection: Collection) -> list[tuple[Entry, int]]:
    """The `FEED_COUNT` briefings updated last, each with its `updated` time (seconds since 1970),
    the latest first; ties in the collection's order."""
    updated = updated_times(collection)
    timed = [(entry, updated(entry)) for entry in collection.entries]
    return sorted(timed, key=lambda pair: -pair[1])[:FEED_COUNT]


def updated_times(collection: Collection) -> Callable[[Entry], int]:
    """A briefing's `updated` time (seconds since 1970): the later of its date (at midnight UTC) and
    its file's modification time, so that a correction shows in feed readers and an undated briefing
    has a time too. Under SOURCE_DATE_EPOCH, file times later than it count as it, so the same files
    and the same value make the same feed and data. A briefing that is no file (built in memory) has
    its date, or 1970-01-01."""
    saved = saved_times(collection)

    def updated(entry: Entry) -> int:
        dated = (entry.date.toordinal() - EPOCH_DAY) * 86400 if entry.date else 0
        return max(dated, saved(entry))

    return updated


def saved_times(collection: Collection) -> Callable[[Entry], int]:
    """When a briefing's file was last saved (seconds since 1970; 0 for one that is no file), no
    later than SOURCE_DATE_EPOCH when it is set."""
    clamp = source_date_epoch()

    def saved(entry: Entry) -> int:
        modified = collection.modified.get(entry.id, 0)
        return modified if clamp is None else min(modified, clamp)

    return saved


def atom_feed(project: Project, entries: list[tuple[Briefing, int]]) -> bytes:
    """`entries` (briefings with their `updated` times, the latest first) as an Atom 1.0 feed with
    absolute links.

    The feed's `updated` is its latest entry's, not the time of rendering, so that an unchanged
    collection keeps its bytes.
    """
    base = str(project.site_url).rstrip("/") + "/"

    def add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
        element = ET.SubElement(parent, tag, {k: _NOT_XML.sub("", v) for k, v in attributes.items()})
        if text is not None:
            element.text = _NOT_XML.sub("", text)
        return element

    feed = ET.Element("feed", xmlns=ATOM)
    add(feed, "id", base + FEED_PATH)
    add(feed, "title", project.site_name)
    add(feed, "updated", atom_time(entries[0][1] if entries else 0))
    add(feed, "link", rel="self", type="application/atom+xml", href=base + FEED_PATH)
    add(feed, "link", rel="alternate", type="text/html", href=base)
    add(add(feed, "author"), "name", project.site_name)
    for briefing, updated in entries:
        url = base + _site_url_path(briefing_path(briefing.id))
        entry = add(feed, "entry")
        add(entry, "id", url)
        add(entry, "title", briefing.title)
        add(entry, "updated", atom_time(updated))
        add(entry, "link", rel="alternate", type="text/html", href=url)
        add(entry, "summary", briefing.summary)
        for keyword in briefing.keywords:
            add(entry, "category", term=keyword)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def atom_time(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _site_url_path(page: str) -> str:
    # MkDocs' default use_directory_urls: briefings/x.md is served at briefings/x/.
    return urllib.parse.quote(page.removesuffix(".md") + "/")
