"""Versioned schema migrations, applied in order, each in its own transaction.

``MIGRATIONS`` is the whole history of the schema.  A store records every
migration it has had in ``schema_version``; ``migrate`` applies the missing
ones, so opening an old store brings it up to date and opening a new one
creates it.  A migration is never edited once released: a change to the
schema is a new migration at the end of the tuple (and the same change in
``borderwatch.store.schema``; a test checks the two agree).

Each migration describes its tables with its own ``MetaData`` (the shape at
that version, not today's), in SQLAlchemy Core so it runs on every backend.
Text columns are ``_string()`` (never bare ``sa.Text`` or ``sa.String``), so
that PostgreSQL compares and orders them as SQLite does.
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


def _string(length: int | None = None) -> sa.types.TypeEngine[str]:
    """A text column: ``VARCHAR(n)`` or ``TEXT`` on SQLite (both mere text there),
    ``TEXT COLLATE "C"`` on PostgreSQL.

    So PostgreSQL holds what SQLite holds (no length limit SQLite would not
    enforce) and orders and compares text as SQLite's BINARY collation does
    (by code point), whatever the database's locale: ORDER BY, ``<=`` on ISO
    dates and ``IN`` give the same answers on both.  The SQLite DDL is what it
    always was; PostgreSQL stores were never made without this.
    """
    base = sa.Text() if length is None else sa.String(length)
    return base.with_variant(sa.Text(collation="C"), "postgresql")


def _evidence() -> list[sa.Column[object]]:
    return [
        sa.Column("evidence_text", _string(), nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
    ]


def _v1_articles_and_events(conn: sa.Connection) -> None:
    md = sa.MetaData()
    sa.Table(
        "sources",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", _string(), nullable=False, unique=True),
    )
    sa.Table(
        "articles",
        md,
        sa.Column("id", _string(32), primary_key=True),
        sa.Column("input_id", _string(), nullable=False),
        sa.Column("content_hash", _string(64), nullable=False, unique=True),
        sa.Column("url", _string()),
        sa.Column("title", _string()),
        sa.Column("text", _string(), nullable=False),
        sa.Column("published", _string(32)),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        sa.Column("byline", _string()),
        sa.Column("dateline", _string()),
        sa.Column("ingested_at", _string(32), nullable=False),
    )
    sa.Table(
        "events",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", _string(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", _string(16), nullable=False),
        sa.Column("crossing", _string()),
        sa.Column("countries", _string(), nullable=False),
        sa.Column("place", _string(), nullable=False),
        sa.Column("date", _string(32)),
        sa.Column("date_text", _string()),
        sa.Column("actor", _string()),
        sa.Column("reason", _string()),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("casualties", sa.JSON),
        *_evidence(),
        sa.UniqueConstraint("article_id", "seq"),
    )
    sa.Table(
        "quotes",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", _string(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker", _string()),
        sa.Column("text", _string(), nullable=False),
        *_evidence(),
        sa.UniqueConstraint("article_id", "seq"),
    )
    sa.Table(
        "links",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", _string(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("text", _string(), nullable=False),
        sa.Column("url", _string()),
        sa.UniqueConstraint("article_id", "seq"),
    )
    md.create_all(conn)


def _v2_claims_mentions_status(conn: sa.Connection) -> None:
    md = sa.MetaData()
    sa.Table("articles", md, sa.Column("id", _string(32), primary_key=True))
    fk = sa.ForeignKey("articles.id")
    sa.Table(
        "status_claims",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", _string(32), fk, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("crossing", _string(), nullable=False),
        sa.Column("countries", _string(), nullable=False),
        sa.Column("status", _string(16), nullable=False),
        sa.Column("effective_date", _string(32), nullable=False),
        *_evidence(),
        sa.UniqueConstraint("article_id", "seq"),
    )
    sa.Table(
        "mentions",
        md,
        sa.Column("article_id", _string(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("crossing", _string(), nullable=False),
    )
    sa.Table(
        "publication_status",
        md,
        sa.Column("article_id", _string(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("crossing", _string(), primary_key=True),
        sa.Column("status", _string(16), nullable=False),
    )
    md.create_all(conn, tables=[t for name, t in md.tables.items() if name != "articles"])


def _v3_effective_dates_and_indexes(conn: sa.Connection) -> None:
    # Events get the date they count from (event date, else publication,
    # else ingest day), filled in for the events already stored.
    column_type = _string(32).compile(dialect=conn.dialect)  # VARCHAR(32) on SQLite
    conn.execute(
        sa.text(f"ALTER TABLE events ADD COLUMN effective_date {column_type} NOT NULL DEFAULT ''")
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


def _v5_follow_state(conn: sa.Connection) -> None:
    # ``borderwatch follow``: each feed's validators and last poll, and each
    # entry seen (stored or failed), so that a restart neither misses nor
    # repeats one.  Keys are sha256 hex digests of the feed's address and the
    # entry's id, so that no address, however long, is indexed as it is.
    md = sa.MetaData()
    sa.Table(
        "follow_feeds",
        md,
        sa.Column("id", _string(64), primary_key=True),
        sa.Column("url", _string(), nullable=False),
        sa.Column("etag", _string()),
        sa.Column("last_modified", _string()),
        sa.Column("last_poll", _string(32)),
        sa.Column("last_ok", _string(32)),
        sa.Column("last_error", _string()),
    )
    sa.Table(
        "follow_entries",
        md,
        sa.Column("feed_id", _string(64), sa.ForeignKey("follow_feeds.id"), primary_key=True),
        sa.Column("entry_id", _string(64), primary_key=True),
        sa.Column("entry_key", _string(), nullable=False),
        sa.Column("link", _string()),
        sa.Column("state", _string(16), nullable=False),
        sa.Column("article_id", _string(32)),
        sa.Column("error", _string()),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("first_seen", _string(32), nullable=False),
        sa.Column("updated_at", _string(32), nullable=False),
    )
    md.create_all(conn)


def _v6_kept_board(conn: sa.Connection) -> None:
    # The board kept up to date at ingest: the stored place names with their
    # country pairs counted (what the crossing index is built from), the board
    # row of each place, and a version that grows with every saved article.
    # The names are filled from the rows already stored; board_state is left
    # empty with board_rules NULL, so the store rebuilds it when next opened.
    md = sa.MetaData()
    names = sa.Table(
        "store_names",
        md,
        sa.Column("name", _string(), primary_key=True),
        sa.Column("countries", _string(), primary_key=True),
        sa.Column("uses", sa.Integer, nullable=False),
    )
    sa.Table(
        "board_state",
        md,
        sa.Column("place", _string(), primary_key=True),
        sa.Column("names", sa.JSON, nullable=False),
        sa.Column("countries", _string(), nullable=False),
        sa.Column("row", sa.JSON, nullable=False),
        sa.Column("inherited", sa.JSON),
        sa.Column("valid_from", _string(32), nullable=False),
        sa.Column("valid_until", _string(32)),
        sa.Column("computed_on", _string(32), nullable=False),
    )
    version = sa.Table(
        "data_version",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("board_rules", sa.Integer),
    )
    md.create_all(conn)
    ev = sa.table("events", sa.column("place"), sa.column("countries"))
    sc = sa.table("status_claims", sa.column("crossing"), sa.column("countries"))
    counted = sa.union_all(
        sa.select(ev.c.place.label("name"), ev.c.countries),
        sa.select(sc.c.crossing.label("name"), sc.c.countries),
    ).subquery()
    conn.execute(
        names.insert().from_select(
            ["name", "countries", "uses"],
            sa.select(counted.c.name, counted.c.countries, sa.func.count()).group_by(
                counted.c.name, counted.c.countries
            ),
        )
    )
    mt = sa.table("mentions", sa.column("crossing"))
    ps = sa.table("publication_status", sa.column("crossing"))
    known = sa.select(names.c.name)
    only_named = sa.union(
        sa.select(mt.c.crossing.label("name")).where(mt.c.crossing.not_in(known)),
        sa.select(ps.c.crossing.label("name")).where(ps.c.crossing.not_in(known)),
    ).subquery()
    conn.execute(
        names.insert().from_select(
            ["name", "countries", "uses"],
            sa.select(only_named.c.name, sa.literal(""), sa.literal(0)),
        )
    )
    art = sa.table("articles", sa.column("id"))
    stored = conn.execute(sa.select(sa.func.count()).select_from(art)).scalar() or 0
    if stored:
        conn.execute(version.insert().values(id=1, version=int(stored), board_rules=None))


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
    Migration(5, "follow: feeds polled and entries seen", _v5_follow_state),
    Migration(6, "the board kept at ingest: place names, board rows, data version", _v6_kept_board),
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
