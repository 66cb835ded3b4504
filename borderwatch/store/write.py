"""Saving one ``DocumentResult``: records -> rows, in one transaction.

The article's id is the start of its content hash, so the same text always
gets the same id, in every store; saving text that is already stored
changes nothing and says so (``created=False``).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from borderwatch.readmodels import BORDER_PREFIX
from borderwatch.records import Article, DocumentResult, Event, Span
from borderwatch.store import SaveOutcome
from borderwatch.store import schema as t

#: ``effective_date`` of an item whose date is unknown (no date of its own and
#: an undated article): the column is NOT NULL; it reads back as None.  The
#: day of ingest is never a date of the news.
UNKNOWN_DATE = ""
#: Hex digits of the content hash that make an article id (64 bits).
ARTICLE_ID_DIGITS = 16


def content_hash(article: Article) -> str:
    """The article's dedup key: its own ``content_hash``, else sha256 of its text."""
    return article.content_hash or hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def article_id_for(digest: str) -> str:
    return digest[:ARTICLE_ID_DIGITS]


def join_countries(countries: tuple[str, ...]) -> str:
    return ",".join(countries)


def place_of(crossing: str | None, countries: tuple[str, ...]) -> str:
    """The scoring key: the crossing name, or ``border:XX-YY`` for a whole border."""
    return crossing if crossing else BORDER_PREFIX + "-".join(countries)


def _evidence(span: Span) -> dict[str, Any]:
    return {"evidence_text": span.text, "evidence_start": span.start, "evidence_end": span.end}


def _event_row(
    article_id: str, seq: int, event: Event, fallback_date: str | None
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "seq": seq,
        "type": event.type,
        "crossing": event.crossing,
        "countries": join_countries(event.countries),
        "place": place_of(event.crossing, event.countries),
        "date": event.date,
        "date_text": event.date_text,
        "effective_date": (event.date or fallback_date or UNKNOWN_DATE)[:10],
        "actor": event.actor,
        "reason": event.reason,
        "counts": [asdict(c) for c in event.counts],
        "casualties": None if event.casualties is None else asdict(event.casualties),
        **_evidence(event.evidence),
    }


def _source_id(conn: sa.Connection, name: str | None) -> int | None:
    if name is None:
        return None
    found = conn.execute(sa.select(t.sources.c.id).where(t.sources.c.name == name)).scalar()
    if found is not None:
        return int(found)
    inserted = conn.execute(t.sources.insert().values(name=name)).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


def existing_article(conn: sa.Connection, digest: str) -> str | None:
    """The id of the stored article with this content hash, if any."""
    found = conn.execute(
        sa.select(t.articles.c.id).where(t.articles.c.content_hash == digest)
    ).scalar()
    return None if found is None else str(found)


def insert_result(
    conn: sa.Connection, result: DocumentResult, ingested_at: str | None = None
) -> SaveOutcome:
    """Write every row of one result, inside the caller's transaction."""
    article = result.article
    if article is None or result.error:
        raise ValueError(f"cannot store a failed result ({result.id}: {result.error})")
    digest = content_hash(article)
    stored = existing_article(conn, digest)
    if stored is not None:
        return SaveOutcome(stored, created=False)
    article_id = article_id_for(digest)
    ingested_at = ingested_at or datetime.now(UTC).isoformat(timespec="seconds")
    fallback_date = article.published[:10] if article.published else None
    conn.execute(
        t.articles.insert().values(
            id=article_id,
            input_id=result.id,
            content_hash=digest,
            url=article.url,
            title=article.title,
            text=article.text,
            published=article.published,
            source_id=_source_id(conn, article.source),
            byline=article.byline,
            dateline=article.dateline,
            ingested_at=ingested_at,
        )
    )
    rows: tuple[tuple[sa.Table, list[dict[str, Any]]], ...] = (
        (
            t.events,
            [_event_row(article_id, i, e, fallback_date) for i, e in enumerate(result.events)],
        ),
        (
            t.quotes,
            [
                {
                    "article_id": article_id,
                    "seq": i,
                    "speaker": q.speaker,
                    "text": q.text,
                    **_evidence(q.evidence),
                }
                for i, q in enumerate(result.quotes)
            ],
        ),
        (
            t.links,
            [
                {"article_id": article_id, "seq": i, "text": link.text, "url": link.url}
                for i, link in enumerate(article.links)
            ],
        ),
        (
            t.status_claims,
            [
                {
                    "article_id": article_id,
                    "seq": i,
                    "crossing": c.crossing,
                    "countries": join_countries(c.countries),
                    "status": c.status,
                    "effective_date": fallback_date or UNKNOWN_DATE,
                    **_evidence(c.evidence),
                }
                for i, c in enumerate(result.claims)
            ],
        ),
        (
            t.mentions,
            [
                {"article_id": article_id, "seq": i, "crossing": name}
                for i, name in enumerate(result.crossings_mentioned)
            ],
        ),
        (
            t.publication_status,
            [
                {"article_id": article_id, "crossing": name, "status": status}
                for name, status in result.status.items()
            ],
        ),
    )
    for table, values in rows:
        if values:
            conn.execute(table.insert(), values)
    return SaveOutcome(article_id, created=True)
