"""The server backend: a PostgreSQL database, through psycopg 3.

``postgresql://user:password@host:port/dbname`` (or ``postgresql+psycopg://``)
names the database; it must exist, and the schema is created in it on first
use, in the connection's ``search_path`` (``?options=-csearch_path%3Dname``
picks a schema).  psycopg is the ``postgres`` extra
(``pip install 'borderwatch[postgres]'``) and is imported only here.

Writes behave as on SQLite, where a write transaction starts with
``BEGIN IMMEDIATE``: a write transaction first takes one transaction-scoped
advisory lock (``WRITE_LOCK``), so writers of one database take turns, each
sees everything the writers before it committed (READ COMMITTED takes a new
snapshot per statement, after the lock), and two processes storing the same
article, or migrating a new store, never both do it.  Readers take no lock
and never wait for a writer.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from borderwatch.errors import StoreError
from borderwatch.store.interrupt import stop_when_cancelled
from borderwatch.store.migrations import WRITE_OPTION
from borderwatch.store.sql import reason_of, shown_url
from borderwatch.store.sqlite import POOL_OVERFLOW, POOL_SIZE

#: The advisory lock key writers of one database take turns on (any fixed
#: 64-bit number; this one is "borderwa" in ASCII).
WRITE_LOCK = 0x626F7264657277
#: How long a writer waits for another writer's turn, in milliseconds (as
#: SQLite's busy timeout); past it the save fails with a ``StoreError``.
WRITE_WAIT_MS = 30_000
#: Seconds to wait for the server to answer a connection before giving up.
CONNECT_TIMEOUT_S = 10
#: URL schemes that name this backend; each is served by psycopg 3.
SCHEMES = ("postgresql", "postgresql+psycopg")


def psycopg_url(url: str) -> sa.URL:
    """``url`` with the psycopg 3 driver named, whichever way it named PostgreSQL."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a PostgreSQL URL: {shown_url(url)} ({exc})") from exc
    if parsed.drivername not in SCHEMES:
        raise StoreError(
            f"{parsed.drivername}:// is not supported; use postgresql:// (psycopg 3)"
        )
    if not parsed.database:
        raise StoreError(f"the store URL names no database: {shown_url(parsed)}")
    return parsed.set(drivername="postgresql+psycopg")


def _require_psycopg() -> None:
    try:
        import psycopg  # noqa: F401  # only to say clearly when it is missing
    except ImportError as exc:
        raise StoreError(
            "PostgreSQL stores need psycopg, the 'postgres' extra: "
            "pip install 'borderwatch[postgres]'"
        ) from exc


def create_postgres_engine(url: str) -> sa.Engine:
    """An engine on the database named by ``url``, checked to answer."""
    target = psycopg_url(url)
    _require_psycopg()
    connect_args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "borderwatch",
    }
    # pool_pre_ping: a long-lived server (``serve``, ``follow``) survives a
    # database restart instead of failing once per pooled connection.
    engine = sa.create_engine(
        target,
        connect_args=connect_args,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,  # as SQLite's: more than the web server's worker threads
        max_overflow=POOL_OVERFLOW,
    )
    stop_when_cancelled(engine)

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {WRITE_WAIT_MS}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    try:
        with engine.connect():
            pass
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        where = f"{target.host or 'localhost'}:{target.port or 5432}"
        raise StoreError(
            f"cannot reach the PostgreSQL store {shown_url(url)} at {where}: {reason_of(exc)}"
        ) from exc
    return engine
