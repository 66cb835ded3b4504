"""The status rule: events (and plain statements of state) -> status at a time.

The spec's rule: the status of a crossing at a time is the last of
``closure`` (closed), ``restriction`` (restricted) and ``reopening`` (open)
dated on or before that time; ``clash``, ``stranded`` and ``talks`` leave it
alone; a plain statement ("the crossing remains open") sets it at
publication; a status has no value until some text gives one (``unknown``).

Everything here is pure: the store and the events stage hand in records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from borderwatch.records import STATUS_OF_EVENT, Event, Status, StatusClaim

T = TypeVar("T")

#: Sorts after every ISO date: an undated statement counts as "now".
UNDATED = "9999-12-31"


@dataclass(frozen=True, slots=True)
class StatusPoint(Generic[T]):
    """One dated change of status, with what said it (``ref``).

    ``order`` breaks ties between points of the same date: the point with the
    larger order is the later one.
    """

    date: str  # ISO date, or UNDATED
    order: tuple[int, ...]
    status: Status
    ref: T


def latest_status(points: Iterable[StatusPoint[T]], at: str | None = None) -> StatusPoint[T] | None:
    """The point in force at ``at`` (ISO date; None = now), or None: unknown."""
    best: StatusPoint[T] | None = None
    for point in points:
        if at is not None and point.date != UNDATED and point.date > at:
            continue
        if best is None or (point.date, point.order) >= (best.date, best.order):
            best = point
    return best


def since(points: Sequence[StatusPoint[T]], current: StatusPoint[T]) -> StatusPoint[T]:
    """The earliest point of the unbroken run of ``current.status`` ending at ``current``."""
    ordered = sorted(points, key=lambda p: (p.date, p.order))
    # walk back from current while the status stays the same
    before = [p for p in ordered if (p.date, p.order) <= (current.date, current.order)]
    start = current
    for point in reversed(before):
        if point.status != current.status:
            break
        start = point
    return start


def _event_points(
    events: Sequence[Event], published: str | None
) -> dict[str, list[StatusPoint[Event]]]:
    """Status points per place, ordered for one article.

    Dated events order by date, and same-day events by their place in the text.
    An undated event takes the latest date told before it in the text, else
    the day of publication; among undated events of one day the earlier
    sentence is the more recent news (stories lead with the latest state).  A
    closure told with a reopening comes just before it ("reopened after a
    four-day closure").
    """
    points: dict[str, list[StatusPoint[Event]]] = {}
    placed: dict[tuple[str, int], tuple[str, tuple[int, ...]]] = {}
    # Reopenings (full or partial) first, so the closures they end can sit just before them.
    ordered = sorted(events, key=lambda e: e.type not in ("reopening", "restriction"))
    # The dates told in the text, by position, with the latest told so far:
    # an undated event looks up the latest date before it (no scan per event).
    told = sorted(
        (e.evidence.start, e.date)
        for e in events
        if e.date and not (published and e.date > published)
    )
    told_at = [start for start, _ in told]
    latest_told = list(accumulate((date for _, date in told), max))
    for event in ordered:
        status = STATUS_OF_EVENT.get(event.type)
        if status is None:
            continue
        if event.date and published and event.date > published:
            continue  # an announcement of the future: not in force yet
        rank = 1 if event.type == "reopening" else 0
        ended = placed.get((event.place, event.evidence.start))
        if event.date:
            order: tuple[int, ...] = (event.evidence.start, rank)
            date = event.date
        elif event.type == "closure" and ended is not None:
            # "reopened after a four-day closure": the closure comes just before.
            date, order = ended[0], (*ended[1][:-1], ended[1][-1] - 1)
        else:
            # An undated line goes on from the dated news told before it in the
            # text; with none, it speaks of the day of publication.
            earlier = bisect_left(told_at, event.evidence.start)
            date = latest_told[earlier - 1] if earlier else published or UNDATED
            order = (-1, -event.evidence.start, rank)  # before dated same-day lines
        if event.type in ("reopening", "restriction"):  # a partial reopening too
            placed[(event.place, event.evidence.start)] = (date, order)
        points.setdefault(event.place, []).append(StatusPoint(date, order, status, event))
    return points


#: A closure told as the state that stands, whatever limit came before it
#: ("closed again after the convoy passed", "remained closed for a fifth day").
CLOSURE_STANDS = re.compile(
    r"\b(?:again|re-?closed|once more|"
    r"(?:remain(?:s|ed)?|stay(?:s|ed)?|still|kept) (?:\w+ )?(?:closed|shut|sealed))\b",
    re.IGNORECASE,
)


def _closure_stands(point: StatusPoint[T]) -> bool:
    evidence = getattr(point.ref, "evidence", None)
    return evidence is not None and CLOSURE_STANDS.search(evidence.text) is not None


def _qualified(latest: StatusPoint[T], points: Sequence[StatusPoint[T]]) -> Status:
    """A reopening that the article limits after its last closure ("reopened;
    only pedestrians may cross") leaves the crossing restricted, not open; a
    closure told with a limit of the same day or later ("shut; aid trucks
    still pass") is a partial closure (spec: restricted, even when the
    headline says closed)."""
    if latest.status == "closed":
        if _closure_stands(latest):
            return "closed"  # "closed again after the convoy passed": the limit is over
        limited = any(p.status == "restricted" and p.date >= latest.date for p in points)
        return "restricted" if limited else "closed"
    if latest.status != "open":
        return latest.status
    closures = [p.date for p in points if p.status == "closed"]
    last_closure = max(closures) if closures else None
    limited = any(
        p.status == "restricted" and (last_closure is None or p.date >= last_closure)
        for p in points
    )
    return "restricted" if limited else "open"


def status_at_publication(
    events: Sequence[Event],
    claims: Sequence[StatusClaim],
    published: str | None,
    mentioned: Sequence[str] = (),
) -> dict[str, Status]:
    """Each crossing's status as the article says things stand when written.

    A whole-border event (``crossing is None``) sets the status of the named
    crossings of that border that have no event or claim of their own.
    """
    by_place = _event_points(events, published)
    now = published or UNDATED
    for claim in claims:
        point = StatusPoint(now, (10**9,), claim.status, None)
        by_place.setdefault(claim.crossing, []).append(point)  # type: ignore[arg-type]
    result: dict[str, Status] = {}
    for place, points in by_place.items():
        if place.startswith("border:"):
            continue
        latest = latest_status(points, published)
        if latest is not None:
            result[place] = _qualified(latest, points)
    borders = {place: pts for place, pts in by_place.items() if place.startswith("border:")}
    if borders and mentioned:
        from borderwatch.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        for name in mentioned:
            crossing = gazetteer.lookup(name)
            if crossing is None or name in by_place:
                continue
            pts = borders.get("border:" + "-".join(crossing.countries))
            latest = latest_status(pts or (), published)
            if latest is not None and pts:
                result[name] = _qualified(latest, pts)
    return result
