"""The embedded backend: one SQLite file, created (with its folder) on first use.

The file runs in WAL mode with full syncs: a commit is on disk when
``save`` returns, a process killed mid-document leaves the previous commit
intact, and readers (the web server) never wait for a writer.  pysqlite's
own transaction handling is switched off so that SQLAlchemy's BEGIN is the
real one; a write transaction starts with ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from borderwatch.errors import StoreError
from borderwatch.store.interrupt import stop_when_cancelled
from borderwatch.store.migrations import WRITE_OPTION

#: How long a writer waits for another process's write lock, in milliseconds.
BUSY_TIMEOUT_MS = 30_000
#: Connections kept open, and opened beyond them at busy times: together more
#: than the web server's worker threads (``web.app.WORKER_THREADS``), so a
#: request never waits for a connection (each holds at most one).
POOL_SIZE = 16
POOL_OVERFLOW = 24

#: Per-connection settings, in the order they run; each line says why.
PRAGMAS: tuple[str, ...] = (
    # First: every later statement, the switch to WAL included, then waits for
    # another process's lock instead of failing with "database is locked".
    # Switching a new file to WAL takes an exclusive lock, so two processes
    # creating one store at once meet here.
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",  # crash-safe commits; readers do not block the writer
    "PRAGMA synchronous=FULL",  # a returned commit survives power loss too
    "PRAGMA foreign_keys=ON",  # events, quotes, links cannot outlive their article
)


def sqlite_path(url: str) -> str:
    """The file path of ``sqlite:///path.db`` (``~`` expanded), or ``:memory:``."""
    database = sa.engine.make_url(url).database
    if not database or database == ":memory:":
        return ":memory:"
    return str(Path(database).expanduser())


def create_sqlite_engine(url: str) -> sa.Engine:
    """An engine on the file named by ``url``, creating its folder if needed."""
    path = sqlite_path(url)
    # The driver's own wait (sqlite3's ``timeout``, 5 s by default) is the
    # same as the busy_timeout pragma, set here so that it holds from connect on.
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    kwargs: dict[str, Any] = {"connect_args": connect_args}
    if path == ":memory:":
        kwargs["poolclass"] = StaticPool  # one connection, or each would see its own db
        connect_args["check_same_thread"] = False
    else:
        kwargs.update(pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for {path}: {exc}") from exc
    engine = sa.create_engine("sqlite:///" + path, **kwargs)
    stop_when_cancelled(engine)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
