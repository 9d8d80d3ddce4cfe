"""Long lists split into pages that keep their bytes as the list grows.

A list newest first cut every so many items from its start shifts every page by one when a briefing
is added, and so does a list by name when an actor is. Here a list is cut where its items say, not
where their count does: a page ends at an item whose key hashes to a cut, once the page holds half
its size, and at the latest at three times its size (content-defined cutting, as backup tools cut
files into blocks). An item added anywhere then changes the page it lands on, which now and then it
splits in two; the other pages keep their items, their paths and their links. The cutting starts
from the list's end (the oldest items of a list newest first), so that the cuts a new item moves
stay among the newest ones, and a page is named after the item at its cut (its first item in the
list's order), which stays put as the list grows.

The items after the last cut, and before them as many whole pages as make it `size` long, are the
list's first page: the page a list's links lead to, the only one that changes with every new item,
and so the only one that names counts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Pagination:
    """Where a page is among the pages a long list is split into. The first page (`latest` true)
    holds the list's first items (its newest, for a list newest first); every later page keeps its
    items and links as the list grows, so it names no count. `label` says what a later page holds,
    such as `2 February 2019 to 14 March 2019` (None on the first page). Paths are docs paths, for
    the `link` filter: `first_path` is the list's first page, `previous_path` and `next_path` the
    pages of the items just before and just after this page's (None at either end)."""

    latest: bool
    label: str | None
    first_path: str
    previous_path: str | None
    next_path: str | None


def page_path(first: str, name: str) -> str:
    """The path of the page `name` of a list whose first page is `first`: ``archive/2019-03-14.md``.

    Later pages go in a folder named after the first page, one level below every page generated
    into the first page's folder, so they clash with none of them; and as no two first pages share
    a path (`indexing.actor_path` moves an actor named like a list, and `topic_path` a topic), no two later pages do either.
    """
    return f"{first.removesuffix('.md')}/{name}.md"


def paginate(first: str, items: Sequence[T], size: int, key: Callable[[T], str], name: Callable[[T], str],
             label: Callable[[list[T]], str]) -> list[tuple[str, Pagination, list[T]]]:
    """`items` (in the order they are shown) cut into pages of about `size`, each as (its path, its
    `Pagination`, its items), the first page first. `key` is an item's identity, which places the
    cuts; a later page is named by `name` of its first item, where its cut is (made unique with a
    number), and described by `label` of its items. A list without items still gets its first page."""
    pieces: list[list[T]] = []  # from the end of the list
    piece: list[T] = []
    for item in reversed(items):
        piece.append(item)
        if len(piece) >= 3 * size or len(piece) >= size // 2 and _cuts(key(item), size):
            pieces.append(piece[::-1])
            piece = []
    shown = piece[::-1]
    while pieces and len(shown) < size:
        shown = [*shown, *pieces.pop(-1)]
    names: set[str] = set()
    paths = []
    for part in pieces:
        wanted = name(part[0])
        unique, number = wanted, 1
        while unique in names:
            number += 1
            unique = f"{wanted}-{number}"
        names.add(unique)
        paths.append(page_path(first, unique))
    # Back to the order the list is shown in: the first page, then the pages after it.
    later = list(zip(paths, pieces))[::-1]
    chain = [first, *(path for path, _ in later)]
    pages = [(first, Pagination(True, None, first, None, chain[1] if later else None), shown)]
    for index, (path, part) in enumerate(later, 1):
        pages.append((path, Pagination(False, label(part), first, chain[index - 1],
                                       chain[index + 1] if index + 1 < len(chain) else None), part))
    return pages


def _cuts(key: str, size: int) -> bool:
    # One item in size/2 ends a page once it holds size/2: pages of `size` items on average.
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % max(1, size // 2) == 0
