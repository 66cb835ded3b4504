"""Read models shared by the CLI, the API and the pages.

One data function per view (``board``, ``list_events``, ``crossing_detail``,
``get_article``, ``list_quotes``, ``status_changes``) returns frozen records
(defined in ``borderwatch.readmodels``, and importable from here too);
``board_row_to_json`` and ``stored_event_to_json`` render the contract's JSON
shapes.  Every function takes the store first; the store does the SQL, this
module does the shaping (status, grouping, gazetteer names).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from borderwatch.readmodels import (
    BORDER_PREFIX,
    ArticleView,
    BoardRow,
    BoardStatus,
    ClaimGroup,
    CrossingDetail,
    EventSelection,
    NameSeen,
    Page,
    PublishedStatus,
    StatusChange,
    StoredArticle,
    StoredClaim,
    StoredEvent,
    StoredQuote,
    StrandedClaim,
    outlet,
    unique,
)

if TYPE_CHECKING:
    from borderwatch.store import Store
    from borderwatch.store.identity import CrossingIndex
    from borderwatch.stories import Story

__all__ = [
    "ArticleView",
    "BORDER_PREFIX",
    "BoardRow",
    "BoardStatus",
    "ClaimGroup",
    "CrossingDetail",
    "EventSelection",
    "activity",
    "NameSeen",
    "Page",
    "PublishedStatus",
    "StatusChange",
    "StoredArticle",
    "StoredClaim",
    "StoredEvent",
    "StoredQuote",
    "StrandedClaim",
    "board",
    "board_row_to_json",
    "crossing_detail",
    "get_article",
    "iter_events",
    "list_events",
    "list_stories",
    "list_quotes",
    "name_seen_to_json",
    "recomputed_board",
    "outlet",
    "status_changes",
    "stored_event_to_json",
    "stranded_claim_to_json",
    "unique",
]


def board(
    store: Store,
    at: str | None = None,
    countries: tuple[str, ...] | None = None,
    include_unknown: bool = False,
) -> list[BoardRow]:
    """The status board at ``at`` (default: today), one row per known place.

    ``countries`` keeps the rows whose countries include every code given;
    ``include_unknown`` adds every other gazetteer crossing (``unknown``
    unless a whole-border event of its pair says otherwise).
    """
    from borderwatch.store import board as b
    from borderwatch.store.kept import kept_board

    at = (at or b.today())[:10]
    wanted = {c.upper() for c in countries or ()}
    rows = [r for r in kept_board(store, at, include_unknown) if wanted <= set(r.countries)]
    return sorted(rows, key=lambda row: (b.STATUS_RANK[row.status], row.crossing.casefold()))


def recomputed_board(
    store: Store,
    at: str | None = None,
    countries: tuple[str, ...] | None = None,
    include_unknown: bool = False,
) -> list[BoardRow]:
    """``board`` recomputed from every stored event (what the kept rows must equal)."""
    from borderwatch.store import board as b

    at = (at or b.today())[:10]
    places, points, events = b.gather(store, every_crossing=include_unknown, at=at)
    wanted = {c.upper() for c in countries or ()}
    rows = [
        b.board_row(place, points.get(key, []), events.get(key, []), at)
        for key, place in places.items()
        if wanted <= set(place.countries)
    ]
    return sorted(rows, key=lambda row: (b.STATUS_RANK[row.status], row.crossing.casefold()))


def list_events(
    store: Store,
    crossing: str | None = None,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    countries: tuple[str, ...] | None = None,
    q: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
    newest_first: bool = False,
    known_by: str | None = None,
) -> Page[StoredEvent]:
    """Stored events in timeline order (oldest first), filtered.

    ``crossing`` is any spelling (raises ``errors.NotFound`` for a name
    nobody knows), ``since``/``until`` bound the effective date, ``type`` is
    one event type or several joined by commas, ``countries`` keeps events
    whose countries include every code given, and ``q`` keeps events whose
    evidence, actor or reason contain every word of it; ``known_by`` keeps
    the events of articles known by that day (``borderwatch.asof``).
    ``limit=None``: all.
    """
    from borderwatch.store import board as b

    index = b.crossing_index(store)
    places = None
    if crossing is not None:
        places = index.names_of(b.resolve_place(store, crossing, index))
    types = None if type is None else tuple(x.strip() for x in type.split(",") if x.strip())
    page = store.events(
        places=places,
        since=since,
        until=until,
        types=types,
        countries=countries,
        q=q,
        limit=None if limit is None else max(0, limit),
        offset=max(0, offset),
        newest_first=newest_first,
        known_by=known_by,
    )
    return replace(page, items=tuple(b.relabel_event(index, se) for se in page.items))


def iter_events(
    store: Store, which: EventSelection, page_size: int, cap: int | None = None
) -> Iterator[StoredEvent]:
    """Every event ``which`` selects, in timeline order, read ``page_size`` at a
    time (for exports and large scans), up to ``cap`` events if given."""
    offset, seen = 0, 0
    while True:
        page = list_events(
            store, which.crossing, which.since, which.until, which.type, which.countries, which.q,
            page_size, offset, known_by=which.known_by,
        )  # fmt: skip
        for item in page.items:
            yield item
            seen += 1
            if cap is not None and seen >= cap:
                return
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def list_stories(store: Store, which: EventSelection) -> tuple[Story, ...]:
    """The stories (``borderwatch.stories``) the events ``which`` selects tell,
    oldest first.

    Its crossing, type, countries, words and ``known_by`` choose the events;
    its ``since``/``until`` then bound each story's date (a story of unknown
    date is outside any bound), so a story is never cut in two by a window.
    """
    from borderwatch.stories import find_stories

    events = list_events(
        store, which.crossing, None, None, which.type, which.countries, which.q, None,
        known_by=which.known_by,
    )  # fmt: skip
    stories = find_stories(events.items)
    if which.since is None and which.until is None:
        return stories
    low, high = (which.since or "")[:10], (which.until or "9999-12-31")[:10]
    return tuple(s for s in stories if s.date is not None and low <= s.date[:10] <= high)


def activity(store: Store, which: EventSelection, cap: int | None = None) -> Counter[str]:
    """Events per board row (crossing, else ``border:XX-YY``) among the first
    ``cap`` that ``which`` selects in timeline order (its dates, countries and
    the day their articles were known by)."""
    from borderwatch.store import board as b

    index = b.crossing_index(store)
    counted = store.place_counts(
        since=which.since,
        until=which.until,
        countries=which.countries,
        limit=cap,
        known_by=which.known_by,
    )
    found: Counter[str] = Counter()
    for place, n in counted.items():
        found[index.key(place)] += n
    return found


def crossing_detail(store: Store, name: str, at: str | None = None) -> CrossingDetail:
    """One crossing by any of its spellings; raises ``errors.NotFound``.

    Everything is what the articles known by ``at`` (default: today) say
    (``borderwatch.asof``): the row's status at ``at``, the timeline (events
    those articles date later too, such as an announced reopening), its
    stories newest first, quotes and counts.
    """
    from borderwatch.asof import as_of
    from borderwatch.store import board as b
    from borderwatch.store.timeline import points_by_place
    from borderwatch.stories import count_groups, find_stories

    at = (at or b.today())[:10]
    index = b.crossing_index(store)
    key = b.resolve_place(store, name, index)
    place = b.place_for(key, index=index)
    places = {key: place}
    b.with_sightings(store, index, places, at)
    place = places[key]
    names = index.names_of(key)
    border = () if key.startswith(BORDER_PREFIX) else (BORDER_PREFIX + "-".join(place.countries),)
    read = store.events(places=(*names, *border)).items
    events = as_of((b.relabel_event(index, se) for se in read), at)
    claims = as_of((b.relabel_claim(index, sc) for sc in store.claims(places=names)), at)
    own = [se for se in events if se.event.place == key]
    crossings = {} if border == () else {key: place.countries}
    published = as_of(
        (b.relabel_published(index, p) for p in store.published_statuses(places=names)), at
    )
    points = points_by_place(events, claims, crossings, published).get(key, [])
    stories = find_stories(own)
    # The row tells of the events dated by ``at``: the same stories, grouped
    # once, unless an article known by then dates one later (an announced reopening).
    dated = b.dated_by(own, at)
    row_stories = stories if len(dated) == len(own) else find_stories(dated)
    return CrossingDetail(
        name=key,
        countries=place.countries,
        lat=place.lat,
        lon=place.lon,
        alt_names=place.alt_names,
        row=b.board_row(place, points, own, at, row_stories),
        timeline=tuple(own),
        quotes=tuple(as_of(_relabel_quotes(index, store.quotes(places=names).items), at)),
        claims=count_groups(stories),
        curated=place.curated,
        crossing_id=place.crossing_id,
        seen=place.seen,
        stories=tuple(sorted(stories, key=_story_recency, reverse=True)),
    )


def _story_recency(story: Story) -> tuple[str, str]:
    """Newest first: by when it happened, then by when it was last told."""
    return story.date or "", story.last_reported or ""


def _relabel_quotes(
    index: CrossingIndex, quotes: tuple[StoredQuote, ...]
) -> tuple[StoredQuote, ...]:
    """Quotes with the board keys of the places their articles speak of."""
    return tuple(
        replace(q, crossings=tuple(sorted({index.key(c) for c in q.crossings}))) for q in quotes
    )


def get_article(store: Store, article_id: str) -> ArticleView:
    """One stored article with its events and quotes; raises ``errors.NotFound``."""
    from borderwatch.store import board as b

    index = b.crossing_index(store)
    events = [b.relabel_event(index, se) for se in store.events(article_id=article_id).items]
    quotes = _relabel_quotes(index, store.quotes(article_id=article_id).items)
    return ArticleView(
        article=store.article(article_id),
        events=tuple(sorted(events, key=lambda e: e.seq)),
        quotes=tuple(sorted(quotes, key=lambda q: q.id)),
    )


def list_quotes(
    store: Store, crossing: str | None = None, limit: int = 100, offset: int = 0
) -> Page[StoredQuote]:
    """Stored quotes, newest article first, optionally of articles about one crossing."""
    from borderwatch.store import board as b

    index = b.crossing_index(store)
    places = None if crossing is None else index.names_of(b.resolve_place(store, crossing, index))
    page = store.quotes(places=places, limit=max(0, limit), offset=max(0, offset))
    return replace(page, items=_relabel_quotes(index, page.items))


def status_changes(
    store: Store, crossing: str | None = None, at: str | None = None
) -> list[StatusChange]:
    """Every change of a place's status up to ``at`` (default: today), oldest
    first, as the articles known by ``at`` tell it (``borderwatch.asof``)."""
    from borderwatch.store import board as b
    from borderwatch.store.timeline import in_order
    from borderwatch.stories import event_key, find_stories, stories_by_event

    at = (at or b.today())[:10]
    places, points, events = b.gather(store, at=at)
    story_of = stories_by_event(find_stories(se for told in events.values() for se in told))
    keys = list(places) if crossing is None else [b.resolve_place(store, crossing)]
    changes: list[tuple[tuple[str, tuple[int, ...]], StatusChange]] = []
    for key in keys:
        place = places.get(key) or b.place_for(key)
        previous = "unknown"
        for point in in_order(points.get(key, [])):
            if point.date > at or point.status == previous:
                continue
            ref = point.ref
            story = story_of.get(event_key(ref)) if isinstance(ref, StoredEvent) else None
            changes.append(
                (
                    (point.date, point.order),
                    StatusChange(
                        crossing=key,
                        countries=place.countries,
                        status=point.status,
                        previous=previous,
                        date=point.date,
                        event=ref if isinstance(ref, StoredEvent) else None,
                        claim=ref if isinstance(ref, StoredClaim) else None,
                        article_id=ref.article_id,
                        curated=place.curated,
                        sources=story.sources if story is not None else (),
                    ),
                )
            )
            previous = point.status
    changes.sort(key=lambda item: (item[0], item[1].crossing))
    return [change for _key, change in changes]


def board_row_to_json(row: BoardRow) -> dict[str, Any]:
    """The contract's ``status --json`` object, plus extra fields."""
    return {
        "crossing": row.crossing,
        "countries": list(row.countries),
        "status": row.status,
        "since": row.since,
        "last_event": None if row.last_event is None else stored_event_to_json(row.last_event),
        "sources": list(row.sources),
        "last_confirmed": row.last_confirmed,
        "stranded": [stranded_claim_to_json(c) for c in row.stranded],
        "lat": row.lat,
        "lon": row.lon,
        "curated": row.curated,
        "crossing_id": row.crossing_id,
        "mentions": [name_seen_to_json(seen) for seen in row.seen],
    }


def name_seen_to_json(seen: NameSeen) -> dict[str, Any]:
    """Where a crossing without a gazetteer row was named, as written."""
    return {
        "name": seen.name,
        "article_id": seen.article_id,
        "source": seen.source,
        "title": seen.title,
        "url": seen.url,
        "published": seen.published,
    }


def stranded_claim_to_json(claim: StrandedClaim) -> dict[str, Any]:
    from borderwatch.jsonshape import span_to_json

    return {
        "what": claim.count.what,
        "value": claim.count.value,
        "qualifier": claim.count.qualifier,
        "source": claim.source,
        "article_id": claim.article_id,
        "date": claim.date,
        "evidence": span_to_json(claim.evidence),
    }


def stored_event_to_json(se: StoredEvent) -> dict[str, Any]:
    """The contract's event object plus ``article_id`` and ``sources`` (and more)."""
    from borderwatch.jsonshape import event_to_json

    return {
        **event_to_json(se.event),
        "article_id": se.article_id,
        "sources": list(unique([outlet(se)])),
        "id": se.id,
        "effective_date": se.effective_date,
        "published": se.published,
        "url": se.url,
        "title": se.title,
    }
