"""One data function per view; the API renders them as JSON, the pages as HTML.

Each function takes the store and parsed filters (``borderwatch.web.params``)
and returns records from ``borderwatch.query`` (or a small view record made
of them).  Nothing here knows about HTTP or templates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from borderwatch import query
from borderwatch.store.board import place_version, today
from borderwatch.stories import Story, count_groups, event_key
from borderwatch.web.cache import ReadCache
from borderwatch.web.params import ACTIVITY_DAYS, BoardFilter, EventFilter

if TYPE_CHECKING:
    from borderwatch.store import Store

#: How many events of the activity window are counted for the dot sizes; past
#: this the dots stop growing, and the front page stays fast on big stores.
ACTIVITY_SCAN_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class BoardView:
    """The board at a day, with each row's recent activity."""

    filter: BoardFilter
    day: str  # the reference day (``at`` or today), ISO
    rows: tuple[query.BoardRow, ...]
    activity: dict[str, int]  # row key -> events in the ACTIVITY_DAYS up to ``day``
    pairs: tuple[tuple[str, ...], ...]  # country pairs with a known status (filter choices)

    @property
    def crossings(self) -> tuple[query.BoardRow, ...]:
        """The rows of named crossings (the board's table and the map's dots)."""
        return tuple(r for r in self.rows if not r.crossing.startswith(query.BORDER_PREFIX))

    @property
    def borders(self) -> tuple[query.BoardRow, ...]:
        """The rows of whole borders, news that names no crossing (their own
        section of the board, and lines on the map)."""
        return tuple(r for r in self.rows if r.crossing.startswith(query.BORDER_PREFIX))


def place_key(event: query.StoredEvent) -> str:
    """The board row an event belongs to: its crossing, else ``border:XX-YY``."""
    return event.event.crossing or query.BORDER_PREFIX + "-".join(event.event.countries)


def board_view(store: Store, f: BoardFilter, cache: ReadCache | None = None) -> BoardView:
    """The board at ``f.at``; with a cache, recomputed only when the store changed."""
    if cache is not None:
        key = ("board", f.reference_day().isoformat(), f.at, f.countries, f.include_unknown)
        return cache.get(key, lambda: board_view(store, f))
    day = f.reference_day()
    rows = tuple(query.board(store, f.at, f.countries, f.include_unknown))
    window = query.EventSelection(
        since=(day - dt.timedelta(days=ACTIVITY_DAYS)).isoformat(),
        until=day.isoformat(),
        countries=f.countries,
        known_by=f.at,  # at a past day, what its articles told only
    )
    activity = query.activity(store, window, ACTIVITY_SCAN_LIMIT)
    known = rows if f.countries is None and not f.include_unknown else query.board(store, f.at)
    pairs = sorted({r.countries for r in known if r.countries})
    return BoardView(f, day.isoformat(), rows, dict(activity), tuple(pairs))


def events_view(
    store: Store, f: EventFilter, newest_first: bool = False
) -> query.Page[query.StoredEvent]:
    return query.list_events(
        store, f.crossing, f.since, f.until, f.type, f.countries, f.q, f.limit, f.offset,
        newest_first=newest_first, known_by=f.known_by,
    )  # fmt: skip


def crossing_view(
    store: Store, name: str, at: str | None, cache: ReadCache | None = None
) -> query.CrossingDetail:
    """One crossing at ``at``; with a cache, recomputed only when something
    stored about it changed (``store.board.place_version``): a save about
    other crossings leaves it as it is, also while an ingest writes."""
    if cache is not None:
        version = place_version(store, name, at or today())  # NotFound for an unknown name
        return cache.get("crossing", lambda: crossing_view(store, name, at), version=version)
    return query.crossing_detail(store, name, at)


@dataclass(frozen=True, slots=True)
class CrossingWindow:
    """A window of one crossing's news, what its page and its JSON show at once.

    ``stories`` are the crossing's stories ``offset`` to ``offset + limit``,
    newest first; ``timeline`` their events in timeline order and ``claims``
    their counts (so a crossing with years of news is read a page at a time,
    and a page costs the same to send however much is stored); ``quotes``
    the same window of the crossing's quotes, newest first.
    """

    detail: query.CrossingDetail
    limit: int
    offset: int
    stories: tuple[Story, ...]
    timeline: tuple[query.StoredEvent, ...]
    claims: tuple[query.ClaimGroup, ...]
    quotes: tuple[query.StoredQuote, ...]

    @property
    def total(self) -> int:
        """How many stories the crossing has (the window's unit)."""
        return len(self.detail.stories)

    @property
    def next_offset(self) -> int | None:
        """Where the next window starts; None when no story or quote is left."""
        end = self.offset + self.limit
        return end if end < max(self.total, len(self.detail.quotes)) else None


def crossing_window(
    store: Store,
    name: str,
    at: str | None,
    limit: int,
    offset: int,
    cache: ReadCache | None = None,
) -> CrossingWindow:
    """One crossing at ``at``, windowed: ``limit`` stories from ``offset``."""
    detail = crossing_view(store, name, at, cache)
    shown = detail.stories[offset : offset + limit]
    told = {event_key(se) for story in shown for se in story.events}
    return CrossingWindow(
        detail=detail,
        limit=limit,
        offset=offset,
        stories=shown,
        timeline=tuple(se for se in detail.timeline if event_key(se) in told),
        claims=count_groups(reversed(shown)),  # oldest first, as the whole crossing's
        quotes=detail.quotes[offset : offset + limit],
    )


def article_view(store: Store, article_id: str) -> query.ArticleView:
    return query.get_article(store, article_id)


def quotes_view(
    store: Store, crossing: str | None, limit: int, offset: int
) -> query.Page[query.StoredQuote]:
    return query.list_quotes(store, crossing, limit, offset)


def changes_view(
    store: Store, crossing: str | None, cache: ReadCache | None = None, at: str | None = None
) -> list[query.StatusChange]:
    """Status changes up to ``at`` (default: today), newest first, as the
    articles known by ``at`` tell them (as feeds and the changes list show them)."""
    if cache is not None:
        key = ("changes", at or dt.datetime.now(dt.UTC).date().isoformat(), crossing)
        return cache.get(key, lambda: changes_view(store, crossing, at=at))
    changes = query.status_changes(store, crossing, at)
    return sorted(changes, key=lambda c: c.date or "", reverse=True)
