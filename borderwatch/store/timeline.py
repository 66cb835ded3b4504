"""Stored events and claims -> dated status points, per place, across articles.

The status rule itself (``latest_status``, ``since``) lives in
``borderwatch.status``; this module only decides where each stored item
sits in time:

- ``date`` is the item's effective date: the event's date, else its
  article's publication date; a status claim ("remains open") is dated at
  its article's publication; an undated article gives no point at all (it
  never sets a "since" nor outranks a dated report);
- ties on the same date go to the later-published article, then, inside one
  article, the order ``borderwatch.status.status_at_publication`` uses: dated
  news by position in the text, undated news before dated news of the same
  day with the earlier sentence the more recent, a reopening after a closure
  in the same sentence, and a plain statement of state last of all;
- an event dated in the future is a point like any other: ``latest_status``
  ignores it until its date;
- the article's own reading of the status at publication (the pipeline's
  ``status_at_publication``, stored as ``publication_status``) is a point at
  its publication that stands for everything the article says of that place
  on that day: it settles what those events and statements add up to (a
  reopening limited to pedestrians is restricted, an undated announcement is
  not yet in force); the article's points of other days stay;
- a whole-border item (``border:AF-PK``) is a point of the border; it sets
  the status of a crossing only where the article says so: where the
  article's own reading at publication gives that crossing a status
  (``status_at_publication``: a crossing it names, on a border it says is
  closed), or where its evidence says every crossing of the border
  ("closed its entire border", "all crossings", ``EVERY_CROSSING``), for
  the crossings the article does not speak of by name.  "The border was
  closed" alone does not keep every crossing of that border closed for years.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from borderwatch.readmodels import BORDER_PREFIX, PublishedStatus, StoredClaim, StoredEvent
from borderwatch.records import STATUS_OF_EVENT
from borderwatch.status import StatusPoint

Ref = StoredEvent | StoredClaim | PublishedStatus
Point = StatusPoint[Ref]
#: Inside an article, a plain statement of state comes after every event,
#: and the article's reading as a whole after that.
CLAIM_ORDER = 10**9
VERDICT_ORDER = CLAIM_ORDER + 1


def day_number(day: str | None) -> int:
    """A sortable number for an ISO date (0 when absent or not a date)."""
    if not day:
        return 0
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return 0


def border_key(countries: Iterable[str]) -> str:
    return BORDER_PREFIX + "-".join(sorted(countries))


def event_point(se: StoredEvent) -> Point | None:
    """The status point of a closure, restriction or reopening; None for the rest."""
    status = STATUS_OF_EVENT.get(se.event.type)
    if status is None or se.effective_date is None or se.published is None:
        return None
    start = se.event.evidence.start
    rank = 1 if se.event.type == "reopening" else 0
    within = (start, rank) if se.event.date else (-1, -start, rank)
    return StatusPoint(se.effective_date[:10], (day_number(se.published), *within), status, se)


def claim_point(sc: StoredClaim) -> Point | None:
    if sc.effective_date is None:
        return None
    order = (day_number(sc.published), CLAIM_ORDER, sc.claim.evidence.start)
    return StatusPoint(sc.effective_date[:10], order, sc.claim.status, sc)


def published_point(ps: PublishedStatus) -> Point | None:
    if ps.effective_date is None:
        return None
    order = (day_number(ps.published), VERDICT_ORDER)
    return StatusPoint(ps.effective_date[:10], order, ps.status, ps)


#: Words by which a whole-border item speaks of every crossing of the border
#: ("closed its entire border with Russia", "all border checkpoints", "every
#: crossing"): only then does it set the status of crossings it does not name.
EVERY_CROSSING = re.compile(
    r"\b(?:(?:entire|whole) (?:\w+ ){0,2}(?:border|frontier|boundary)"
    r"|all (?:\w+ ){0,3}(?:crossings|crossing points|border points|checkpoints|entry points"
    r"|ports of entry|border posts)"
    r"|every (?:\w+ ){0,2}(?:crossing|checkpoint|border post))\b",
    re.IGNORECASE,
)


def says_every_crossing(point: Point) -> bool:
    """Whether a whole-border point's own words close (or open) every crossing."""
    ref = point.ref
    if isinstance(ref, StoredEvent):
        text = ref.event.evidence.text
    elif isinstance(ref, StoredClaim):
        text = ref.claim.evidence.text
    else:
        return False  # an article's reading of the border: no words of its own
    return EVERY_CROSSING.search(text) is not None


def place_of_ref(ref: Ref) -> str:
    if isinstance(ref, StoredClaim):
        return ref.claim.crossing
    if isinstance(ref, PublishedStatus):
        return ref.crossing
    return ref.event.place


def points_by_place(
    events: Iterable[StoredEvent],
    claims: Iterable[StoredClaim],
    crossings: dict[str, tuple[str, ...]],
    published: Iterable[PublishedStatus] = (),
) -> dict[str, list[Point]]:
    """Status points per place; ``crossings`` maps each crossing row to its countries.

    Border points that say every crossing (``says_every_crossing``) are
    copied to the crossings of ``crossings`` on that border.
    """
    verdicts = [p for p in map(published_point, published) if p is not None]
    said_on = {(p.ref.article_id, place_of_ref(p.ref)): p.date for p in verdicts}
    own: dict[str, list[Point]] = {}
    for point in (*map(event_point, events), *map(claim_point, claims), *verdicts):
        if point is None:
            continue
        place = place_of_ref(point.ref)
        day = said_on.get((point.ref.article_id, place))
        if day == point.date and not isinstance(point.ref, PublishedStatus):
            continue  # on its own day, the article's reading stands for all it says
        own.setdefault(place, []).append(point)
    result = {place: list(points) for place, points in own.items()}
    for name, countries in crossings.items():
        border_points = own.get(border_key(countries), ())
        if not border_points:
            continue
        speaking = {p.ref.article_id for p in own.get(name, ())}
        inherited = [
            p for p in border_points if p.ref.article_id not in speaking and says_every_crossing(p)
        ]
        if inherited:
            result.setdefault(name, []).extend(inherited)
    return result


def in_order(points: Iterable[Point]) -> list[Point]:
    return sorted(points, key=lambda p: (p.date, p.order))
