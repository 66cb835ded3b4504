"""The read models' records, shared by the store, the CLI, the API and the pages.

Two kinds: what the store hands out, each item with where it came from
(``StoredArticle``, ``StoredEvent``, ``StoredClaim``, ``PublishedStatus``, ``StoredQuote``,
``Page``), and the views ``borderwatch.query`` builds from them (``BoardRow``,
``CrossingDetail``, ``ArticleView``, ``StatusChange``...).  They live apart
from the functions so that the store can return them without importing the
module that calls it; ``borderwatch.query`` re-exports every name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from borderwatch import records

if TYPE_CHECKING:
    from borderwatch.stories import Story

BoardStatus = Literal["closed", "open", "restricted", "unknown"]
T = TypeVar("T")

#: The prefix of a whole-border row's key (``border:AF-PK``), as in scoring.
BORDER_PREFIX = "border:"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored, with where it came from.

    ``effective_date`` is ``event.date``, else the article's publication date,
    else None (date unknown: never the day it was ingested): the date used
    for ordering and status.  ``source`` is the outlet (its name, else a
    readable form of the URL's host).
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
    #: The day its article is known to have been published by: the
    #: publication date, else the day it was ingested (an undated article
    #: exists by then).  Views at a day D keep only items known by D.
    known_on: str | None = None


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
    known_on: str | None = None  # as ``StoredEvent.known_on``


@dataclass(frozen=True, slots=True)
class PublishedStatus:
    """An article's own reading of a crossing's status when it was published.

    The pipeline's ``status_at_publication`` (``DocumentResult.status``):
    it weighs the article's events and statements as a whole (a reopening
    limited to pedestrians is ``restricted``; an announcement is not yet in
    force), so on the board it has the last word for its article's day.
    """

    article_id: str
    crossing: str
    status: records.Status
    published: str | None
    source: str | None
    url: str | None
    effective_date: str | None
    known_on: str | None = None  # as ``StoredEvent.known_on``


@dataclass(frozen=True, slots=True)
class StrandedClaim:
    """One article's count of something stuck at a crossing (never merged)."""

    count: records.Count
    source: str | None
    article_id: str
    date: str | None
    evidence: records.Span


@dataclass(frozen=True, slots=True)
class NameSeen:
    """Where a crossing without a gazetteer row was named: the name as an
    article wrote it, and the article (with its outlet)."""

    name: str
    article_id: str
    source: str | None
    title: str | None
    url: str | None
    published: str | None
    known_on: str | None = None  # as ``StoredEvent.known_on``


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One crossing (or whole border, ``border:XX-YY``) on the status board.

    ``curated`` is False for a crossing the news names but the gazetteer
    lacks (no row, so no position unless one is added); ``crossing_id`` is
    the gazetteer row's id, or for such a crossing the id made from its
    normalised name and country pair (``store.identity``); ``seen`` lists
    where its names were written.
    """

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
    curated: bool = True
    crossing_id: str | None = None
    seen: tuple[NameSeen, ...] = ()


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
    known_on: str | None = None  # as ``StoredEvent.known_on``


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article row as stored (without its events and quotes)."""

    id: str
    input_id: str
    content_hash: str
    title: str | None
    text: str
    url: str | None
    source: str | None
    published: str | None
    byline: str | None
    dateline: str | None
    ingested_at: str
    links: tuple[records.Link, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored article with its events (in their order) and its quotes."""

    article: StoredArticle
    events: tuple[StoredEvent, ...]
    quotes: tuple[StoredQuote, ...]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Counts of one thing (``trucks``) from different articles, side by side.

    ``date`` is the day they speak of (``borderwatch.stories.count_groups``):
    the groups of one thing over several days are a series, not a disagreement.
    """

    what: str
    claims: tuple[StrandedClaim, ...]
    date: str | None = None


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
    curated: bool = True
    crossing_id: str | None = None
    seen: tuple[NameSeen, ...] = ()
    #: The timeline as stories (``borderwatch.stories``), newest first.
    stories: tuple[Story, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A crossing's status changed from ``previous`` to ``status`` on ``date``.

    ``event`` is the event that changed it, or ``claim`` the plain statement;
    both are None when the change is an article's reading as a whole
    (``PublishedStatus``).  ``article_id`` is the article that said it;
    ``sources`` every outlet that told the story of ``event``
    (``borderwatch.stories``), in the order they did.
    """

    crossing: str
    countries: tuple[str, ...]
    status: BoardStatus
    previous: str
    date: str | None
    event: StoredEvent | None
    claim: StoredClaim | None = None
    article_id: str | None = None
    curated: bool = True
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventSelection:
    """Which stored events: the filters of exports and of the web's event lists.

    As ``query.list_events`` reads them: ``crossing`` is any spelling,
    ``since``/``until`` bound the effective date, ``type`` is one event type
    or several joined by commas, ``countries`` must all be among the event's,
    every word of ``q`` must be in its evidence, actor or reason, and
    ``known_by`` keeps the events of articles known by that day (a view at
    that day: ``borderwatch.asof``).
    """

    crossing: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    countries: tuple[str, ...] | None = None
    q: str | None = None
    known_by: str | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


#: Leading labels of a host that name no outlet ("www.dawn.com" is "dawn.com").
_HOST_NOISE = ("www.", "www1.", "www2.", "m.", "amp.", "mobile.")


def readable_host(url: str | None) -> str | None:
    """The host of ``url`` as a reader would name the site, or None.

    Never raises: a malformed URL (``http://[::1``) has no host.
    """
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    for noise in _HOST_NOISE:
        if host.startswith(noise) and "." in host[len(noise) :]:
            host = host[len(noise) :]
            break
    return host


def outlet_name(source: str | None, url: str | None) -> str | None:
    """Who said it: the outlet's name, else a readable form of the URL's host."""
    return source or readable_host(url)


def outlet(item: StoredEvent | StoredClaim | PublishedStatus) -> str | None:
    """The outlet's name, else a readable form of the host of the article's URL."""
    return outlet_name(item.source, item.url)


#: Qualifiers that are themselves the number ("hundreds of travellers"): the
#: count has no value, and the qualifier reads with "of" before the thing.
_NUMBER_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})


def count_text(count: records.Count, grouped: bool = True) -> str:
    """A count as a reader writes it: "more than 5,000 trucks", "hundreds of
    travellers", "an unstated number of people" (never "None" or "?");
    ``grouped=False`` leaves the digits ungrouped (for CSV)."""
    what = count.what or "people"
    if count.value is None:
        if count.qualifier in _NUMBER_WORDS or count.qualifier.endswith(" thousands"):
            return f"{count.qualifier} of {what}"
        return f"an unstated number of {what}"
    number = f"{count.value:,}" if grouped else str(count.value)
    if count.qualifier in ("", "exactly"):
        return f"{number} {what}"
    return f"{count.qualifier} {number} {what}"


def unique(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
