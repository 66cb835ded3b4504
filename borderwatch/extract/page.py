"""What a reader (text or HTML) makes of one page, before it becomes an Article."""

from __future__ import annotations

from dataclasses import dataclass

from borderwatch.records import Link


@dataclass(frozen=True, slots=True)
class Page:
    """The cleaned text of a page and what its furniture and metadata told us."""

    text: str  # paragraphs separated by blank lines
    title: str | None = None
    published: str | None = None  # ISO date the page itself gives
    source: str | None = None
    byline: str | None = None
    dateline: str | None = None
    url: str | None = None
    links: tuple[Link, ...] = ()
