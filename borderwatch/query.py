"""Read models shared by the CLI, the API and the pages.

One data function per view (``board``, ``list_events``, ``crossing_detail``,
``get_article``, ``list_quotes``, ``status_changes``) returns frozen records;
``board_row_to_json`` and ``stored_event_to_json`` render the contract's JSON
shapes.  Every function takes the store first; the store does the SQL, this
module does the shaping (status, grouping, gazetteer names).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from borderwatch import records

if TYPE_CHECKING:
    from borderwatch.store import Store

BoardStatus = Literal["closed", "open", "restricted", "unknown"]
T = TypeVar("T")

#: The prefix of a whole-border row's key (``border:AF-PK``), as in scoring.
BORDER_PREFIX = "border:"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored, with where it came from.

    ``effective_date`` is ``event.date``, else the article's publication date,
    else the date it was ingested: the date used for ordering and status.
    """

    id: int
    article_id: str
    event: records.Event
    published: str | None
    source: str | None
    url: str | None
    title: str | None
    effective_date: str | None
    seq: int = 0  # position of the event in its article


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A plain statement of state ("remains open"), dated at its article's publication."""

    id: int
    article_id: str
    claim: records.StatusClaim
    published: str | None
    source: str | None
    url: str | None
    effective_date: str | None
    seq: int = 0


@dataclass(frozen=True, slots=True)
class StrandedClaim:
    """One article's count of something stuck at a crossing (never merged)."""

    count: records.Count
    source: str | None
    article_id: str
    date: str | None
    evidence: records.Span


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One crossing (or whole border, ``border:XX-YY``) on the status board."""

    crossing: str
    countries: tuple[str, ...]
    status: BoardStatus
    since: str | None
    last_event: StoredEvent | None
    sources: tuple[str, ...]
    last_confirmed: str | None
    stranded: tuple[StrandedClaim, ...]
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class StoredQuote:
    id: int
    article_id: str
    speaker: str | None
    text: str
    evidence: records.Span
    source: str | None
    published: str | None
    crossings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: str
    title: str | None
    text: str
    url: str | None
    source: str | None
    published: str | None
    byline: str | None
    dateline: str | None
    links: tuple[records.Link, ...]
    events: tuple[StoredEvent, ...]
    quotes: tuple[StoredQuote, ...]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Counts of one thing (``trucks``) from different articles, side by side."""

    what: str
    claims: tuple[StrandedClaim, ...]


@dataclass(frozen=True, slots=True)
class CrossingDetail:
    name: str
    countries: tuple[str, ...]
    lat: float | None
    lon: float | None
    alt_names: tuple[str, ...]
    row: BoardRow
    timeline: tuple[StoredEvent, ...]
    quotes: tuple[StoredQuote, ...]
    claims: tuple[ClaimGroup, ...]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A crossing's status changed from ``previous`` to ``status`` on ``date``."""

    crossing: str
    countries: tuple[str, ...]
    status: BoardStatus
    previous: str
    date: str | None
    event: StoredEvent | None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


def board(
    store: Store,
    at: str | None = None,
    countries: tuple[str, ...] | None = None,
    include_unknown: bool = False,
) -> list[BoardRow]:
    """The status board at ``at`` (default: now), one row per known place."""
    raise NotImplementedError


def list_events(
    store: Store,
    crossing: str | None = None,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    countries: tuple[str, ...] | None = None,
    q: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page[StoredEvent]:
    """Stored events in timeline order, filtered; ``q`` searches the evidence."""
    raise NotImplementedError


def crossing_detail(store: Store, name: str, at: str | None = None) -> CrossingDetail:
    """One crossing by any of its spellings; raises ``errors.NotFound``."""
    raise NotImplementedError


def get_article(store: Store, article_id: str) -> ArticleView:
    """One stored article with its events and quotes; raises ``errors.NotFound``."""
    raise NotImplementedError


def list_quotes(
    store: Store, crossing: str | None = None, limit: int = 100, offset: int = 0
) -> Page[StoredQuote]:
    """Stored quotes, newest first, optionally of articles about one crossing."""
    raise NotImplementedError


def status_changes(store: Store, crossing: str | None = None) -> list[StatusChange]:
    """Every change of a crossing's status over time, oldest first."""
    raise NotImplementedError


def board_row_to_json(row: BoardRow) -> dict[str, Any]:
    """The contract's ``status --json`` object, plus extra fields."""
    raise NotImplementedError


def stored_event_to_json(se: StoredEvent) -> dict[str, Any]:
    """The contract's event object plus ``article_id`` and ``sources``."""
    raise NotImplementedError
