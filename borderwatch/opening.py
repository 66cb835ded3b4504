"""The crossing page's first sentence: status, since when, why, who says so,
last confirmed.

``opening_of`` picks the facts from a ``CrossingDetail`` (the story that set
the status gives the why and the who did it); ``opening_sentence`` writes
them as one sentence, the same for the page and the API.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderwatch.readmodels import CrossingDetail
from borderwatch.records import STATUS_OF_EVENT
from borderwatch.stories import Story

__all__ = ["Opening", "opening_of", "opening_sentence"]

#: How each status reads after "has been" / "is".
_STATUS_WORDS: dict[str, str] = {"closed": "closed", "open": "open", "restricted": "restricted"}


@dataclass(frozen=True, slots=True)
class Opening:
    """What the first sentence says; ``cause`` is the story that set the status."""

    place: str
    status: str
    since: str | None
    actor: str | None
    reason: str | None
    sources: tuple[str, ...]
    last_confirmed: str | None
    cause: Story | None


def _cause(detail: CrossingDetail) -> Story | None:
    """The story of the status's kind nearest before (or on) the day it began."""
    row = detail.row
    kinds = {kind for kind, status in STATUS_OF_EVENT.items() if status == row.status}
    if row.status == "restricted":
        kinds.add("reopening")  # a partial reopening leaves it restricted
    candidates = [s for s in detail.stories if s.type in kinds and s.date]
    started = [s for s in candidates if row.since and (s.date or "") <= (row.last_confirmed or "")]
    on_since = [s for s in started if s.date == row.since]
    pick = on_since or [s for s in started if (s.date or "") <= (row.since or "")] or started
    return max(pick, key=lambda s: s.date or "") if pick else None


def _first(story: Story | None, field: str) -> str | None:
    for se in story.events if story else ():
        value = getattr(se.event, field)
        if value:
            return str(value).strip().rstrip(".;,")
    return None


def opening_of(detail: CrossingDetail) -> Opening:
    row = detail.row
    cause = _cause(detail) if row.status != "unknown" else None
    return Opening(
        place=detail.name,
        status=row.status,
        since=row.since,
        actor=_first(cause, "actor"),
        reason=_first(cause, "reason"),
        sources=row.sources,
        last_confirmed=row.last_confirmed,
        cause=cause,
    )


def _names(sources: tuple[str, ...]) -> str:
    if len(sources) <= 2:
        return " and ".join(sources)
    return ", ".join(sources[:-1]) + " and " + sources[-1]


def opening_sentence(o: Opening, label: str | None = None, at: str | None = None) -> str:
    """One sentence: "Torkham has been closed since 2023-02-19, by Taliban
    forces (reason given: X), according to AP; last confirmed 2023-02-22"."""
    name = label or o.place
    if o.status == "unknown" or o.status not in _STATUS_WORDS:
        known = f" as of {at}" if at else ""
        return f"No stored report gives the status of {name}{known}."
    parts = [f"{name} has been {_STATUS_WORDS[o.status]}"]
    if o.since:
        parts.append(f" since {o.since}")
    if o.actor:
        parts.append(f", by {o.actor}")
    if o.reason:
        parts.append(f" (reason given: {o.reason})")
    if o.sources:
        parts.append(f", according to {_names(o.sources)}")
    if o.last_confirmed:
        parts.append(f"; last confirmed {o.last_confirmed}")
    return "".join(parts) + "."
