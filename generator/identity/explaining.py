"""What `briefings actors` prints: the joins to review, and why an actor is on the page it is on."""

from __future__ import annotations

from .view import Identities


def _briefings(count: int) -> str:
    return f"{count} briefing{'s' if count != 1 else ''}"


def review(identities: Identities) -> list[str]:
    """The candidate merges and the actors the register does not know, each most frequent first,
    as lines for a person reviewing the register."""
    lines = ["Candidate merges, most frequent first (decide with merge or apart in the register):"]
    for candidate in identities.candidates:
        lines.append(f"  {candidate.key}: {candidate.name} ({candidate.type}, {_briefings(candidate.count)}): "
                     f"{candidate.reason}")
        lines += [f"      {key}: {name} ({_briefings(count)})" for key, name, count in candidate.others]
    if not identities.candidates:
        lines.append("  none")
    unknown = sorted((a for a in identities.actors.values() if not a.registered),
                     key=lambda a: (-identities.count(a.key), a.name.casefold(), a.key))
    lines.append("Actors the register does not know, most frequent first:")
    lines += [f"  {identities.count(a.key):>4}  {a.key}: {a.name} ({a.type})" for a in unknown] or ["  none"]
    return lines


def explain(identities: Identities, actor_id: str) -> list[str]:
    """Why the actors named `actor_id` in the briefings are on the pages they are on: for each such
    page, its name and type, what the register says and every join, with its reason. Empty when no
    briefing names the id."""
    lines = []
    for identity in identities.actors.values():
        if identity.key != actor_id and all(join.id != actor_id for join in identity.joins):
            continue
        kinds = "; ".join(f"{kind} in {_briefings(n)}" for kind, n in identity.types)
        shown = "hidden, with no page" if identity.hidden else f"page actors/{identity.key}"
        lines.append(f"{identity.key}: {identity.name}, {identity.type} ({kinds}); {shown}; "
                     f"{_briefings(identities.count(identity.key))}")
        if identity.registered:
            lines.append(f"  the register's entry for it starts at line {identities.register.entries[identity.key].line}")
        for join in identity.joins:
            where = f"in {join.briefing}" if join.briefing else _briefings(join.briefings)
            lines.append(f"  {join.id} ({join.name}, {where}): {join.reason}")
        if not identity.joins:
            lines.append("  no other id is joined with it")
    return lines
