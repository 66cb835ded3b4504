"""Reading rows back into records: stored events, claims, quotes, results.

Every select here joins the article (and its outlet) so that each stored
item carries where it came from.  Timeline order is effective date, then
publication, then position in the article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from borderwatch.readmodels import (
    PublishedStatus,
    StoredClaim,
    StoredEvent,
    StoredQuote,
    outlet_name,
)
from borderwatch.records import Casualties, Count, Event, Span, StatusClaim
from borderwatch.store import schema as t

ev, art, src = t.events, t.articles, t.sources
#: The publication key used for ordering: published date, else ingest day
#: (ordering only: an undated article's items are never dated by it).
publication_key = sa.func.coalesce(art.c.published, sa.func.substr(art.c.ingested_at, 1, 10))

ARTICLE_COLUMNS = (
    art.c.published.label("a_published"),
    src.c.name.label("a_source"),
    art.c.url.label("a_url"),
    art.c.title.label("a_title"),
    publication_key.label("a_known"),
)


def with_article(table: sa.FromClause) -> sa.FromClause:
    """``table`` joined to its article and the article's outlet."""
    return table.join(art, art.c.id == table.c.article_id).outerjoin(
        src, src.c.id == art.c.source_id
    )


def known_date(value: str | None) -> str | None:
    """A stored effective date, None when unknown (stored as "")."""
    return value or None


def source_of(row: sa.RowMapping) -> str | None:
    """Who said it: the outlet's name, else a readable form of its URL's host."""
    return outlet_name(row["a_source"], row["a_url"])


def split_countries(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


def span_of(row: Mapping[Any, Any]) -> Span:
    return Span(row["evidence_start"], row["evidence_end"], row["evidence_text"])


def event_of(row: sa.RowMapping) -> Event:
    return event_with_countries(row, split_countries(row["countries"]))


def event_with_countries(row: Mapping[Any, Any], countries: tuple[str, ...]) -> Event:
    """An event from a row of the events table's columns (a stored row, or a
    row of the Parquet events the archive writes), its countries read apart:
    the store keeps them as text, Parquet as a list."""
    casualties = row["casualties"]
    return Event(
        type=row["type"],
        crossing=row["crossing"],
        countries=countries,
        evidence=span_of(row),
        date=row["date"],
        date_text=row["date_text"],
        actor=row["actor"],
        reason=row["reason"],
        counts=tuple(Count(**c) for c in row["counts"]),
        casualties=None if casualties is None else Casualties(**casualties),
    )


def claim_of(row: sa.RowMapping) -> StatusClaim:
    return StatusClaim(
        crossing=row["crossing"],
        countries=split_countries(row["countries"]),
        status=row["status"],
        evidence=span_of(row),
    )


def select_events() -> sa.Select[Any]:
    return sa.select(ev, *ARTICLE_COLUMNS).select_from(with_article(ev))


def timeline_order(newest_first: bool = False) -> tuple[Any, ...]:
    keys = (ev.c.effective_date, publication_key, ev.c.evidence_start, ev.c.article_id, ev.c.seq)
    return tuple(k.desc() for k in keys) if newest_first else keys


def stored_event_of(row: sa.RowMapping) -> StoredEvent:
    return StoredEvent(
        id=row["id"],
        article_id=row["article_id"],
        event=event_of(row),
        published=row["a_published"],
        source=source_of(row),
        url=row["a_url"],
        title=row["a_title"],
        effective_date=known_date(row["effective_date"]),
        seq=row["seq"],
        known_on=row["a_known"],
    )


def select_claims() -> sa.Select[Any]:
    c = t.status_claims
    return (
        sa.select(c, *ARTICLE_COLUMNS)
        .select_from(with_article(c))
        .order_by(c.c.effective_date, publication_key, c.c.evidence_start, c.c.article_id, c.c.seq)
    )


def stored_claim_of(row: sa.RowMapping) -> StoredClaim:
    return StoredClaim(
        id=row["id"],
        article_id=row["article_id"],
        claim=claim_of(row),
        published=row["a_published"],
        source=source_of(row),
        url=row["a_url"],
        effective_date=known_date(row["effective_date"]),
        seq=row["seq"],
        known_on=row["a_known"],
    )


def select_published_statuses() -> sa.Select[Any]:
    ps = t.publication_status
    return (
        sa.select(ps, art.c.published.label("effective_date"), *ARTICLE_COLUMNS)
        .select_from(with_article(ps))
        .order_by(publication_key, ps.c.article_id, ps.c.crossing)
    )


def published_status_of(row: sa.RowMapping) -> PublishedStatus:
    return PublishedStatus(
        article_id=row["article_id"],
        crossing=row["crossing"],
        status=row["status"],
        published=row["a_published"],
        source=source_of(row),
        url=row["a_url"],
        effective_date=known_date(row["effective_date"]),
        known_on=row["a_known"],
    )


def select_quotes() -> sa.Select[Any]:
    q = t.quotes
    return sa.select(q, *ARTICLE_COLUMNS).select_from(with_article(q))


def stored_quote_of(row: sa.RowMapping, crossings: tuple[str, ...]) -> StoredQuote:
    return StoredQuote(
        id=row["id"],
        article_id=row["article_id"],
        speaker=row["speaker"],
        text=row["text"],
        evidence=span_of(row),
        source=source_of(row),
        published=row["a_published"],
        crossings=crossings,
        known_on=row["a_known"],
    )


def places_of_articles(conn: sa.Connection, article_ids: set[str]) -> dict[str, tuple[str, ...]]:
    """For each article, the places it speaks of (events, claims, mentions), sorted."""
    found: dict[str, set[str]] = {a: set() for a in article_ids}
    if not article_ids:
        return {}
    ids = sorted(article_ids)
    for column_article, column_place in (
        (ev.c.article_id, ev.c.place),
        (t.status_claims.c.article_id, t.status_claims.c.crossing),
        (t.mentions.c.article_id, t.mentions.c.crossing),
    ):
        for article_id, place in conn.execute(
            sa.select(column_article, column_place).where(column_article.in_(ids)).distinct()
        ):
            found[article_id].add(place)
    return {a: tuple(sorted(p)) for a, p in found.items()}


def articles_about(places: str | tuple[str, ...]) -> sa.CompoundSelect[Any]:
    """The ids of articles with an event, a claim or a mention of ``places``
    (one place, or any of several names of one crossing)."""
    names = (places,) if isinstance(places, str) else places
    return sa.union(
        sa.select(ev.c.article_id).where(ev.c.place.in_(names)),
        sa.select(t.status_claims.c.article_id).where(t.status_claims.c.crossing.in_(names)),
        sa.select(t.mentions.c.article_id).where(t.mentions.c.crossing.in_(names)),
    )


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern, with ``\\``, ``%`` and ``_`` matched literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def has_country(column: sa.ColumnElement[str], code: str) -> sa.ColumnElement[bool]:
    """``column`` (comma-joined codes) contains ``code``."""
    return (sa.literal(",") + column + sa.literal(",")).like(
        "%," + like_escape(code.upper()) + ",%", escape="\\"
    )
