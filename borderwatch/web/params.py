"""Query parameters shared by the API and the pages, checked once.

Both renderers read the same filters (``EventFilter``, ``BoardFilter``) so
that ``/api/events?...`` and ``/?...`` always mean the same thing.  A bad value
raises ``BadParameter`` (HTTP 400), never a silent default.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from borderwatch.errors import InputError
from borderwatch.readmodels import EventSelection
from borderwatch.records import EVENT_TYPES

#: Largest page the API serves; bigger exports go through /api/export.*.
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
#: Stories of a crossing shown at once (its page and its JSON), newest first.
STORIES_PER_PAGE = 100
#: Largest offset accepted: far past any store, yet an integer every database holds.
MAX_OFFSET = 1_000_000_000
#: Longest ``q`` (characters) and most words in it: each word is one LIKE
#: condition, and SQLite refuses patterns over 50,000 bytes or too deep a query.
MAX_Q_CHARS = 500
MAX_Q_WORDS = 20
#: How far back "recent activity" looks on the map and the board.
ACTIVITY_DAYS = 30
_PAIR = re.compile(r"^[A-Za-z]{2}([-, ][A-Za-z]{2})*$")


class BadParameter(InputError):
    """A query parameter that is not what the route documents."""

    http_status = 400
    code = "E120"


def parse_date(value: str | None, name: str) -> str | None:
    """``YYYY-MM-DD`` (or empty) to an ISO date; anything else is a 400."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadParameter(f"{name}: expected a date YYYY-MM-DD, got {value!r}") from None


def parse_countries(value: str | None) -> tuple[str, ...] | None:
    """``AF-PK`` / ``PK,AF`` to a sorted tuple of ISO alpha-2 codes."""
    if value is None or not value.strip():
        return None
    if not _PAIR.match(value.strip()):
        raise BadParameter(f"countries: expected ISO codes like AF-PK, got {value!r}")
    return tuple(sorted({c.upper() for c in re.split(r"[-, ]", value.strip())}))


def parse_type(value: str | None) -> str | None:
    """One event type, or several joined by commas (``closure,reopening``)."""
    if value is None or not value.strip():
        return None
    types = [t.strip() for t in value.split(",") if t.strip()]
    wrong = [t for t in types if t not in EVENT_TYPES]
    if wrong or not types:
        raise BadParameter(f"type: expected one of {', '.join(EVENT_TYPES)}, got {value!r}")
    return ",".join(types)


def parse_window(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = DEFAULT_LIMIT if limit is None else limit
    offset = 0 if offset is None else offset
    if not 1 <= limit <= MAX_LIMIT:
        raise BadParameter(f"limit: expected 1..{MAX_LIMIT}, got {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise BadParameter(f"offset: expected 0..{MAX_OFFSET}, got {offset}")
    return limit, offset


def parse_words(value: str | None) -> str | None:
    """The words to find (``q``), within ``MAX_Q_CHARS`` and ``MAX_Q_WORDS``."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) > MAX_Q_CHARS or len(text.split()) > MAX_Q_WORDS:
        raise BadParameter(
            f"q: expected at most {MAX_Q_WORDS} words and {MAX_Q_CHARS} characters, "
            f"got {len(text.split())} words and {len(text)} characters"
        )
    return text


def countries_text(countries: tuple[str, ...] | None) -> str:
    return "-".join(countries) if countries else ""


@dataclass(frozen=True, slots=True)
class EventFilter(EventSelection):
    """The filters of ``/api/events`` and of the pages' event lists: which
    events (``EventSelection``'s fields), and the window of them to show."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0

    @classmethod
    def parse(
        cls,
        crossing: str | None = None,
        since: str | None = None,
        until: str | None = None,
        type: str | None = None,
        countries: str | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        at: str | None = None,
    ) -> EventFilter:
        """The filters as given; ``at`` (a day) keeps the events of articles
        known by it, as every view at a day (``borderwatch.asof``)."""
        limit, offset = parse_window(limit, offset)
        return cls(
            crossing=(crossing or "").strip() or None,
            since=parse_date(since, "since"),
            until=parse_date(until, "until"),
            type=parse_type(type),
            countries=parse_countries(countries),
            q=parse_words(q),
            limit=limit,
            offset=offset,
            known_by=parse_date(at, "at"),
        )

    def page(self, offset: int) -> EventFilter:
        return replace(self, offset=max(0, offset))

    def query_args(self) -> dict[str, str]:
        """The filter as URL query arguments (for next/previous links)."""
        args = {
            "crossing": self.crossing or "",
            "since": self.since or "",
            "until": self.until or "",
            "type": self.type or "",
            "countries": countries_text(self.countries),
            "q": self.q or "",
            "limit": str(self.limit) if self.limit != DEFAULT_LIMIT else "",
            "offset": str(self.offset) if self.offset else "",
            "at": self.known_by or "",
        }
        return {k: v for k, v in args.items() if v}


@dataclass(frozen=True, slots=True)
class BoardFilter:
    """The filters of ``/api/status`` and of the board: as-of date, country pair."""

    at: str | None = None
    countries: tuple[str, ...] | None = None
    include_unknown: bool = False

    @classmethod
    def parse(
        cls, at: str | None = None, countries: str | None = None, include_unknown: bool = False
    ) -> BoardFilter:
        return cls(parse_date(at, "at"), parse_countries(countries), bool(include_unknown))

    def reference_day(self) -> dt.date:
        """The day durations and freshness are measured to: ``at``, else today (UTC)."""
        if self.at:
            return dt.date.fromisoformat(self.at)
        return dt.datetime.now(dt.UTC).date()
