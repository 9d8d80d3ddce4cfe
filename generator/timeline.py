"""The timeline that opens an actor's page: their appearances on a line of time, each with its
stances as dots coloured by polarity, drawn as static SVG when the page is rendered (no script).

The drawing holds no article text, only dates and counts, so nothing in it needs escaping but the
numbers it is made of; its figure caption says in words what it shows, for screen readers and for
whoever cannot tell the colours apart, and the list of positions below it gives every stance.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from markupsafe import Markup

from .indexing import month_name
from .schema import POLARITIES, Position

WIDTH, MARGIN = 480, 20  # the drawing's width and the room at either end, in its own units
DOT, STEP = 5, 12  # a dot's radius and the distance between stacked dots
MOST_DOTS = 6  # dots stacked over one appearance at most; more show as a taller bar
# The words a caption uses for each polarity.
WORDS = {"support": "support", "oppose": "opposition", "deny": "denial", "claim": "claim", "action": "action"}


def _date(day: dt.date) -> str:
    return f"{day.day} {month_name(day.month)} {day.year}"


def timeline(appearances: Sequence[tuple[dt.date | None, Sequence[Position]]]) -> Markup | None:
    """A figure with the timeline of `appearances` (each its briefing's date and the actor's stances
    there), or None when fewer than two of them have a date, as a line needs two ends."""
    dated = sorted(((day, positions) for day, positions in appearances if day is not None), key=lambda a: a[0])
    if len(dated) < 2:
        return None
    first, last = dated[0][0], dated[-1][0]
    span = max((last - first).days, 1)
    rows = max(1, min(MOST_DOTS, max(len(positions) for _, positions in dated)))
    height = STEP * rows + 36  # the dots, a little air above them, and the dates below the line
    base = height - 20
    # The axis, its ticks and each polarity's dots are one path each, as an element per tick and dot
    # made the drawing of an actor of many briefings the largest part of their page; a dot is a move
    # and a stroke of no length, which a round cap draws as a disc of the stroke's width.
    axis = [f"M{MARGIN} {base}H{WIDTH - MARGIN}"]
    dots: dict[str, list[str]] = {}
    for day, positions in dated:
        x = MARGIN + round((day - first).days / span * (WIDTH - 2 * MARGIN))
        axis.append(f"M{x} {base - 3}v6")
        if not positions:  # a ring, two half circles from its left end
            r = DOT - 1
            dots.setdefault("quote", []).append(f"M{x - r} {base - STEP}a{r} {r} 0 0 0 {2 * r} 0a{r} {r} 0 0 0 {-2 * r} 0")
        for place, position in enumerate(positions[:MOST_DOTS]):
            polarity = position.polarity if position.polarity in POLARITIES else "claim"
            dots.setdefault(polarity, []).append(f"M{x} {base - STEP * (place + 1)}h0")
    shapes = [f'<path class="briefings-axis" d="{"".join(axis)}"/>']
    for polarity in ("quote", *POLARITIES):
        if polarity in dots:
            stroke = ("" if polarity == "quote"
                      else f' stroke="currentColor" stroke-width="{2 * DOT}" stroke-linecap="round"')
            shapes.append(f'<path class="briefings-dot-{polarity}"{stroke} d="{"".join(dots[polarity])}"/>')
    for x, anchor, day in ((MARGIN, "start", first), (WIDTH - MARGIN, "end", last)):
        shapes.append(f'<text x="{x}" y="{height - 4}" text-anchor="{anchor}">{_date(day)}</text>')
    caption = _caption(dated)
    shown = [p for p in POLARITIES if any(position.polarity == p for _, ps in dated for position in ps)]
    key = "".join(f' <span class="briefings-key"><span class="briefings-key-{p}" aria-hidden="true">●</span> '
                  f'{p}</span>' for p in shown)
    return Markup(
        f'<figure class="briefings-timeline">'
        f'<svg viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{caption}" focusable="false">'
        + "".join(shapes) + f'</svg><figcaption>{caption}.{key}</figcaption></figure>')


def _caption(dated: Sequence[tuple[dt.date, Sequence[Position]]]) -> str:
    counts = Counter(p.polarity for _, positions in dated for p in positions)
    stances = ", ".join(f"{counts[p]} {WORDS[p]}" for p in POLARITIES if counts[p])
    shown = f"{len(dated)} appearances from {_date(dated[0][0])} to {_date(dated[-1][0])}"
    return f"{shown}; stances: {stances}" if stances else f"{shown}, quoted without a stance"
