"""Versioned schema migrations, applied in order, each in its own transaction.

``MIGRATIONS`` is the whole history of the schema.  A store records every
migration it has had in ``schema_version``; ``migrate`` applies the missing
ones, so opening an old store brings it up to date and opening a new one
creates it.  A migration is never edited once released: a change to the
schema is a new migration at the end of the tuple (and the same change in
``borderwatch.store.schema``; a test checks the two agree).

Each migration describes its tables with its own ``MetaData`` (the shape at
that version, not today's), in SQLAlchemy Core so it runs on every backend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from borderwatch.errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    note: str
    apply: Callable[[sa.Connection], None]


def _evidence() -> list[sa.Column[object]]:
    return [
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
    ]


def _v1_articles_and_events(conn: sa.Connection) -> None:
    md = sa.MetaData()
    sa.Table(
        "sources",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
    )
    sa.Table(
        "articles",
        md,
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("input_id", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.String(32)),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        sa.Column("byline", sa.Text),
        sa.Column("dateline", sa.Text),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    sa.Table(
        "events",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("crossing", sa.Text),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("date", sa.String(32)),
        sa.Column("date_text", sa.Text),
        sa.Column("actor", sa.Text),
        sa.Column("reason", sa.Text),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("casualties", sa.JSON),
        *_evidence(),
        sa.UniqueConstraint("article_id", "seq"),
    )
    sa.Table(
        "quotes",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        *_evidence(),
        sa.UniqueConstraint("article_id", "seq"),
    )
    sa.Table(
        "links",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.UniqueConstraint("article_id", "seq"),
    )
    md.create_all(conn)


def _v2_claims_mentions_status(conn: sa.Connection) -> None:
    md = sa.MetaData()
    sa.Table("articles", md, sa.Column("id", sa.String(32), primary_key=True))
    fk = sa.ForeignKey("articles.id")
    sa.Table(
        "status_claims",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(32), fk, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("crossing", sa.Text, nullable=False),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("effective_date", sa.String(32), nullable=False),
        *_evidence(),
        sa.UniqueConstraint("article_id", "seq"),
    )
    sa.Table(
        "mentions",
        md,
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("crossing", sa.Text, nullable=False),
    )
    sa.Table(
        "publication_status",
        md,
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("crossing", sa.Text, primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
    )
    md.create_all(conn, tables=[t for name, t in md.tables.items() if name != "articles"])


def _v3_effective_dates_and_indexes(conn: sa.Connection) -> None:
    # Events get the date they count from (event date, else publication,
    # else ingest day), filled in for the events already stored.
    conn.execute(
        sa.text("ALTER TABLE events ADD COLUMN effective_date VARCHAR(32) NOT NULL DEFAULT ''")
    )
    ev = sa.table("events", sa.column("article_id"), sa.column("date"), sa.column("effective_date"))
    art = sa.table("articles", sa.column("id"), sa.column("published"), sa.column("ingested_at"))
    of_article = art.c.id == ev.c.article_id
    published = sa.select(sa.func.substr(art.c.published, 1, 10)).where(of_article)
    ingested = sa.select(sa.func.substr(art.c.ingested_at, 1, 10)).where(of_article)
    conn.execute(
        sa.update(ev).values(
            effective_date=sa.func.coalesce(
                ev.c.date, published.scalar_subquery(), ingested.scalar_subquery()
            )
        )
    )
    md = sa.MetaData()
    # Each index serves a read model: the board and timelines read by place
    # and date, the article page by article, quote lists by mentions.
    for table, columns in (
        ("events", ("place", "effective_date")),
        ("events", ("effective_date",)),
        ("events", ("article_id",)),
        ("status_claims", ("crossing", "effective_date")),
        ("quotes", ("article_id",)),
        ("links", ("article_id",)),
        ("mentions", ("crossing",)),
        ("articles", ("input_id",)),
    ):
        t = sa.Table(table, md, *(sa.Column(c) for c in columns), extend_existing=True)
        sa.Index(f"ix_{table}_{'_'.join(columns)}", *(t.c[c] for c in columns)).create(conn)


def _v4_no_ingest_day_dates(conn: sa.Connection) -> None:
    # The day of ingest is no date of the news: items of an undated article
    # without a date of their own become "date unknown" ("").
    art = sa.table("articles", sa.column("id"), sa.column("published"))
    for name in ("events", "status_claims"):
        table = sa.table(name, sa.column("article_id"), sa.column("effective_date"))
        undated = sa.select(art.c.id).where(art.c.published.is_(None))
        where: sa.ColumnElement[bool] = table.c.article_id.in_(undated)
        if name == "events":
            where = sa.and_(where, sa.column("date").is_(None))
        conn.execute(sa.update(table).where(where).values(effective_date=""))


#: The schema's history, oldest first.  Append only.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "sources, articles, events, quotes, links", _v1_articles_and_events),
    Migration(
        2, "status claims, crossings mentioned, status at publication", _v2_claims_mentions_status
    ),
    Migration(
        3,
        "events.effective_date (backfilled) and read-model indexes",
        _v3_effective_dates_and_indexes,
    ),
    Migration(4, "undated articles: no ingest-day effective dates", _v4_no_ingest_day_dates),
)
LATEST_VERSION = MIGRATIONS[-1].version


def _version_table(md: sa.MetaData) -> sa.Table:
    return sa.Table(
        "schema_version",
        md,
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("applied_at", sa.String(32), nullable=False),
    )


def current_version(conn: sa.Connection) -> int:
    """The highest migration applied to this store (0 for an empty one)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    table = _version_table(sa.MetaData())
    return int(conn.execute(sa.select(sa.func.max(table.c.version))).scalar() or 0)


#: Execution option asking a backend for a write transaction (SQLite then
#: takes its write lock at BEGIN, so that two processes opening a new store at
#: the same time migrate it once, and two writers never deadlock).
WRITE_OPTION = "borderwatch_write"


def migrate(engine: sa.Engine, upto: int | None = None) -> int:
    """Apply the missing migrations (up to ``upto``); return the version reached.

    Safe when several processes open one new store at once: each migration
    runs in a write transaction (the backend's write lock) that first checks
    again whether another process applied it, so each is applied once
    (``tests/test_store_concurrent.py``).
    """
    target = LATEST_VERSION if upto is None else upto
    table = _version_table(sa.MetaData())
    with engine.connect() as conn:
        found = current_version(conn)
    if found > LATEST_VERSION:
        raise StoreError(
            f"the store has schema version {found}, newer than this borderwatch "
            f"knows ({LATEST_VERSION}); upgrade borderwatch"
        )
    for migration in MIGRATIONS:
        if migration.version <= found or migration.version > target:
            continue
        with engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                table.create(conn, checkfirst=True)
                if current_version(conn) >= migration.version:
                    continue  # another process got there first
                migration.apply(conn)
                conn.execute(
                    table.insert().values(
                        version=migration.version,
                        note=migration.note,
                        applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    )
                )
    with engine.connect() as conn:
        return current_version(conn)
