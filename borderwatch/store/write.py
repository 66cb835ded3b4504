"""Saving one ``DocumentResult``: records -> rows, in one transaction.

The article's id is the start of its content hash, so the same text always
gets the same id, in every store; saving text that is already stored
changes nothing and says so (``created=False``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
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
    count_names(conn, result)
    bump_data_version(conn)
    return SaveOutcome(article_id, created=True)


def names_of_result(result: DocumentResult) -> set[str]:
    """Every place name one result speaks of (events, statements, mentions, status)."""
    return (
        {place_of(e.crossing, e.countries) for e in result.events}
        | {c.crossing for c in result.claims}
        | set(result.crossings_mentioned)
        | set(result.status)
    )


def upsert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]], add: str) -> None:
    """Insert ``rows``; where the primary key exists, add each row's ``add`` to it."""
    if not rows:
        return
    from sqlalchemy.dialects import postgresql, sqlite

    keys = [c.name for c in table.primary_key.columns]
    statement: postgresql.Insert | sqlite.Insert
    if conn.dialect.name == "postgresql":
        pg = postgresql.insert(table)
        statement = pg.on_conflict_do_update(
            index_elements=keys, set_={add: table.c[add] + pg.excluded[add]}
        )
    else:
        lite = sqlite.insert(table)
        statement = lite.on_conflict_do_update(
            index_elements=keys, set_={add: table.c[add] + lite.excluded[add]}
        )
    conn.execute(statement, rows)


def count_names(conn: sa.Connection, result: DocumentResult) -> None:
    """Add the result's place names, with their country pairs counted, to ``store_names``."""
    uses: Counter[tuple[str, str]] = Counter()
    for e in result.events:
        uses[(place_of(e.crossing, e.countries), join_countries(e.countries))] += 1
    for c in result.claims:
        uses[(c.crossing, join_countries(c.countries))] += 1
    counted = {name for name, _countries in uses}
    for name in names_of_result(result) - counted:
        uses[(name, "")] += 0  # known, with no country pair of its own
    rows = [{"name": n, "countries": c, "uses": k} for (n, c), k in sorted(uses.items())]
    upsert(conn, t.store_names, rows, "uses")


def bump_data_version(conn: sa.Connection) -> None:
    """One more article: the data version (the read cache's fingerprint) grows by one."""
    dv = t.data_version
    changed = conn.execute(sa.update(dv).where(dv.c.id == 1).values(version=dv.c.version + 1))
    if not changed.rowcount:
        # The first article of a new store: its board is kept from here on.
        from borderwatch.store.kept import BOARD_RULES

        conn.execute(dv.insert().values(id=1, version=1, board_rules=BOARD_RULES))
