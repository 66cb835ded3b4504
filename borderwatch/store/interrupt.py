"""Statements stop when the work they serve is cancelled (``borderwatch.cancel``).

``stop_when_cancelled(engine)`` hooks an engine so that, when the current
work's flag is raised:

1. a statement not yet started raises ``WorkCancelled`` (a check before each);
2. a statement already running is stopped: SQLite calls a progress handler
   every ``PROGRESS_STEPS`` virtual-machine steps, which ends it when the
   flag is up (set before each statement); PostgreSQL is asked to cancel the connection's query
   (psycopg's ``cancel_safe``) as the flag goes up;
3. the driver's error for a statement stopped so (``interrupted``,
   ``QueryCanceled``) is raised as ``WorkCancelled``.

Work with no flag (every command) is never stopped, nor is a write
transaction (``save``, ``POST /api/ingest``): an article sent is stored
whether or not its client waits for the answer.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa

from borderwatch.cancel import current_flag, raise_if_cancelled
from borderwatch.errors import WorkCancelled
from borderwatch.store.migrations import WRITE_OPTION

__all__ = ["PROGRESS_STEPS", "stop_when_cancelled"]

log = logging.getLogger(__name__)

#: SQLite virtual-machine steps between two looks at the flag: a look costs
#: a context-variable read, so this keeps it well under 1% of a long query.
PROGRESS_STEPS = 10_000
#: Where a running statement keeps the function that unregisters its cancel.
_UNREGISTER = "borderwatch_unregister_cancel"


def _sqlite_progress() -> int:
    """Non-zero (stop the statement) when the current work is cancelled."""
    flag = current_flag()
    return 1 if flag is not None and flag.cancelled else 0


def _cancel_query(dbapi_connection: Any) -> None:
    """Ask PostgreSQL to stop the connection's running query."""
    import psycopg

    try:
        dbapi_connection.cancel_safe()
    except psycopg.Error as exc:  # the connection is gone: nothing runs on it any more
        log.info("cancelling a query failed: %s", exc)


def stop_when_cancelled(engine: sa.Engine) -> None:
    """Hook ``engine``: its statements stop when the current work's flag is raised."""
    sqlite = engine.dialect.name == "sqlite"

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _before(
        conn: sa.Connection, _cursor: Any, _sql: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        dbapi = conn.connection.dbapi_connection
        # a save runs to its end: its client may have sent it and gone
        writing = bool(conn.get_execution_options().get(WRITE_OPTION))
        if sqlite and dbapi is not None:
            dbapi.set_progress_handler(None if writing else _sqlite_progress, PROGRESS_STEPS)
        if writing:
            return
        raise_if_cancelled()
        flag = current_flag()
        if flag is not None and not sqlite and dbapi is not None:
            conn.info[_UNREGISTER] = flag.on_cancel(lambda: _cancel_query(dbapi))

    def _done(conn: sa.Connection) -> None:
        unregister = conn.info.pop(_UNREGISTER, None)
        if unregister is not None:
            unregister()

    @sa.event.listens_for(engine, "after_cursor_execute")
    def _after(
        conn: sa.Connection, _cursor: Any, _sql: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        _done(conn)

    @sa.event.listens_for(engine, "handle_error")
    def _on_error(context: sa.engine.ExceptionContext) -> None:
        if context.connection is not None:
            _done(context.connection)
        writing = context.connection is not None and bool(
            context.connection.get_execution_options().get(WRITE_OPTION)
        )
        flag = current_flag()
        if flag is not None and flag.cancelled and not writing and not context.is_disconnect:
            raise WorkCancelled(
                "the work was cancelled: no client waits for it any more"
            ) from context.original_exception
