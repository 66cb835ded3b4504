"""Assembling the read models' rows from stored events and claims.

``borderwatch.query`` calls these; they resolve places through the
gazetteer, gather every status point per place (``store.timeline``) and
apply the status rule (``borderwatch.status``) to build board rows.  A row
at a day is made only from the articles known by that day
(``borderwatch.asof``), and speaks of stories, not raw events
(``borderwatch.stories``): its sources are every outlet that reported the
stories behind its status, its counts one per report.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from borderwatch.asof import as_of
from borderwatch.errors import NotFound
from borderwatch.gazetteer import load_gazetteer
from borderwatch.readmodels import (
    BORDER_PREFIX,
    BoardRow,
    NameSeen,
    PublishedStatus,
    StoredClaim,
    StoredEvent,
    outlet,
    unique,
)
from borderwatch.status import latest_status, since
from borderwatch.store import Store
from borderwatch.store.identity import CrossingIndex
from borderwatch.store.timeline import Point, points_by_place
from borderwatch.stories import (
    Story,
    event_key,
    find_stories,
    stories_by_event,
    stranded_counts,
)

#: Board order: the most constrained first, then by name.
STATUS_RANK: dict[str, int] = {"closed": 0, "restricted": 1, "open": 2, "unknown": 3}


def today() -> str:
    """Today's date in UTC, the default ``at``."""
    return datetime.now(UTC).date().isoformat()


@dataclass(frozen=True, slots=True)
class Place:
    """A row of the board before its status is worked out."""

    key: str
    countries: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None
    alt_names: tuple[str, ...] = ()
    curated: bool = True
    crossing_id: str | None = None
    seen: tuple[NameSeen, ...] = ()


def crossing_index(store: Store) -> CrossingIndex:
    """Which crossing each name in the store stands for (``store.identity``)."""
    return CrossingIndex(store.name_pairs())


def place_for(
    key: str, fallback_countries: tuple[str, ...] = (), index: CrossingIndex | None = None
) -> Place:
    if key.startswith(BORDER_PREFIX):
        return Place(key, tuple(sorted(key[len(BORDER_PREFIX) :].split("-"))))
    found = None if index is None else index.identity(key)
    if found is not None:
        return Place(
            found.key, found.countries, found.lat, found.lon, found.alt_names, found.curated,
            found.id,
        )  # fmt: skip
    row = load_gazetteer().lookup(key)
    if row is None:
        return Place(key, fallback_countries, curated=False)
    return Place(row.name, tuple(row.countries), row.lat, row.lon, row.alt_names, True, row.id)


def with_sightings(
    store: Store, index: CrossingIndex, places: dict[str, Place], at: str | None = None
) -> None:
    """Attach to each place without a gazetteer row where its names were
    written (in articles known by ``at``; None: all)."""
    wanted = [p.key for p in places.values() if not p.curated]
    names = tuple(n for key in wanted for n in index.names_of(key))
    by_key: dict[str, list[NameSeen]] = {}
    for seen in as_of(store.sightings(names), at):
        by_key.setdefault(index.key(seen.name), []).append(seen)
    for key in wanted:
        places[key] = replace(places[key], seen=tuple(by_key.get(key, ())))


def relabel_event(index: CrossingIndex, se: StoredEvent) -> StoredEvent:
    """The event with its crossing's board key for the name as stored."""
    name = se.event.crossing
    if name is None or index.key(name) == name:
        return se
    return replace(se, event=replace(se.event, crossing=index.key(name)))


def relabel_claim(index: CrossingIndex, sc: StoredClaim) -> StoredClaim:
    name = sc.claim.crossing
    if index.key(name) == name:
        return sc
    return replace(sc, claim=replace(sc.claim, crossing=index.key(name)))


def relabel_published(index: CrossingIndex, ps: PublishedStatus) -> PublishedStatus:
    return (
        ps
        if index.key(ps.crossing) == ps.crossing
        else replace(ps, crossing=index.key(ps.crossing))
    )


def run_sources(run: list[Point], stories: Iterable[Story]) -> tuple[str, ...]:
    """Who says the status holds, newest first: for an event, every outlet
    that reported its story; for a statement or a reading, its outlet."""
    story_of = stories_by_event(stories)
    said: list[str | None] = []
    for point in reversed(run):
        ref = point.ref
        story = story_of.get(event_key(ref)) if isinstance(ref, StoredEvent) else None
        said.extend(story.sources if story is not None else (outlet(ref),))
    return unique(said)


def dated_by(events: Iterable[StoredEvent], at: str) -> list[StoredEvent]:
    """The events dated on or before ``at`` (or undated): what a row at ``at`` tells of."""
    return [se for se in events if (se.effective_date or "") <= at]


def board_row(
    place: Place,
    points: list[Point],
    events: list[StoredEvent],
    at: str,
    stories: tuple[Story, ...] | None = None,
) -> BoardRow:
    """One board row from its place's points and events (those known by ``at``).

    ``stories`` are the stories of ``dated_by(events, at)`` when the caller
    has grouped them already (the crossing page, which shows them too);
    otherwise they are grouped here.
    """
    current = latest_status(points, at)
    dated = dated_by(events, at)
    if current is None:
        last = dated[-1] if dated else None
        return BoardRow(
            place.key,
            place.countries,
            "unknown",
            None,
            last,
            unique(outlet(se) for se in dated),
            None,
            (),
            place.lat,
            place.lon,
            place.curated,
            place.crossing_id,
            place.seen,
        )
    first = since([p for p in points if p.date <= at], current)
    run = [
        p
        for p in points
        if (first.date, first.order) <= (p.date, p.order)
        and (p.date, p.order) <= (current.date, current.order)
    ]
    last = dated[-1] if dated else None
    if isinstance(current.ref, StoredEvent) and (
        last is None or (last.effective_date or "") < current.date
    ):
        last = current.ref
    if stories is None:
        stories = find_stories(dated)
    ongoing = [s for s in stories if (s.date or "") >= first.date]
    return BoardRow(
        crossing=place.key,
        countries=place.countries,
        status=current.status,
        since=first.date,
        last_event=last,
        sources=run_sources(run, stories),
        last_confirmed=current.date,
        stranded=stranded_counts(ongoing),
        lat=place.lat,
        lon=place.lon,
        curated=place.curated,
        crossing_id=place.crossing_id,
        seen=place.seen,
    )


def gather(
    store: Store, every_crossing: bool = False, at: str | None = None
) -> tuple[dict[str, Place], dict[str, list[Point]], dict[str, list[StoredEvent]]]:
    """Every known place (or every gazetteer crossing too), its status points,
    and its events in timeline order; names of one crossing count as one.

    With ``at``, only what articles known by that day said: a place first
    written of later is not there yet (``borderwatch.asof``).
    """
    index = crossing_index(store)
    events = [relabel_event(index, se) for se in store.events().items]
    countries_of = {se.event.place: se.event.countries for se in events}
    first = first_known_by_key(store, index) if at is not None else {}
    places: dict[str, Place] = {}
    for name in sorted(store.places()):
        key = index.key(name)
        if key not in places and (at is None or first.get(key, "") <= at):
            place = place_for(key, countries_of.get(key, ()), index)
            places[place.key] = place
    if every_crossing:
        for row in load_gazetteer().crossings:
            places.setdefault(row.name, place_for(row.name))
    with_sightings(store, index, places, at)
    crossings = {k: p.countries for k, p in places.items() if not k.startswith(BORDER_PREFIX)}
    events = as_of(events, at)
    claims = as_of((relabel_claim(index, sc) for sc in store.claims()), at)
    published = as_of((relabel_published(index, ps) for ps in store.published_statuses()), at)
    points = points_by_place(events, claims, crossings, published)
    by_place: dict[str, list[StoredEvent]] = {}
    for se in events:
        by_place.setdefault(se.event.place, []).append(se)
    return places, points, by_place


def first_known_by_key(
    store: Store, index: CrossingIndex, names: tuple[str, ...] | None = None
) -> dict[str, str]:
    """The day each place (board key) was first written of, under any of its names."""
    found: dict[str, str] = {}
    for name, day in store.first_known(names).items():
        key = name if name.startswith(BORDER_PREFIX) else index.key(name)
        found[key] = min(day, found.get(key, day))
    return found


def place_version(store: Store, name: str, at: str) -> Hashable:
    """A fingerprint of everything one crossing's view at ``at`` reads
    (``query.crossing_detail``): the place any spelling names, which stored
    name stands for which crossing (relabelling), and what is stored about
    its names and its border.  Equal fingerprints, equal views; a save that
    speaks of other places only leaves it as it was.  Raises ``NotFound``
    as ``resolve_place``."""
    index = crossing_index(store)
    key = resolve_place(store, name, index)
    place = place_for(key, index=index)
    border = () if key.startswith(BORDER_PREFIX) else (BORDER_PREFIX + "-".join(place.countries),)
    versions = store.place_version((*index.names_of(key), *border))
    return key, at[:10], place, index.signature(), versions


def resolve_place(store: Store, name: str, index: CrossingIndex | None = None) -> str:
    """The place key for any spelling of a crossing (of the gazetteer, or a
    name or id of one it lacks), or a ``border:XX-YY`` key."""
    if name.startswith(BORDER_PREFIX):
        return BORDER_PREFIX + "-".join(sorted(name[len(BORDER_PREFIX) :].upper().split("-")))
    key = (index or crossing_index(store)).resolve(name)
    if key is not None:
        return key
    raise NotFound(f"no crossing called {name!r} in the gazetteer or the store")
