"""What ``follow`` remembers, in the store: feeds polled and entries seen.

Tables ``follow_feeds`` and ``follow_entries`` (``borderwatch.store.schema``,
migration 5):

- a feed's row keeps the ``ETag`` and ``Last-Modified`` of its last full
  read (sent back on the next poll), when it was last polled, when last
  read without error, and the last error;
- an entry's row exists once the entry has been read to its end: ``stored``
  (with the article it became; text already stored counts too) or
  ``failed`` (with why, and how many tries).

Each write is its own short write transaction.  An entry is marked after its
article is stored; storing is idempotent by content hash, so an entry read
again after a crash between the two stores nothing new.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, TypeVar

import sqlalchemy as sa

from borderwatch.errors import StoreError
from borderwatch.store import Store
from borderwatch.store import schema as t
from borderwatch.store.migrations import WRITE_OPTION

__all__ = ["EntryRecord", "EntryState", "FeedRecord", "FollowState", "now_stamp"]

EntryState = Literal["stored", "failed"]
R = TypeVar("R")


def now_stamp() -> str:
    """Now, ISO 8601 in UTC to the second (``2026-12-07T21:00:00Z``)."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class FeedRecord:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_ok: str | None = None
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class EntryRecord:
    key: str
    state: EntryState
    attempts: int
    article_id: str | None
    error: str | None


class FollowState:
    """The follow tables of one store (an SQL store: ``store.engine``)."""

    def __init__(self, store: Store) -> None:
        engine = getattr(store, "engine", None)
        if not isinstance(engine, sa.Engine):
            raise StoreError(f"follow keeps its state in an SQL store, not {store.url}")
        self.engine = engine
        self.url = store.url

    def feed(self, url: str) -> FeedRecord:
        """What is known of the feed at ``url`` (nothing, the first time)."""
        query = sa.select(t.follow_feeds).where(t.follow_feeds.c.id == digest(url))
        row = self._read(lambda conn: conn.execute(query).mappings().first())
        if row is None:
            return FeedRecord(url)
        return FeedRecord(
            url,
            row["etag"],
            row["last_modified"],
            row["last_poll"],
            row["last_ok"],
            row["last_error"],
        )

    def entries(self, url: str) -> dict[str, EntryRecord]:
        """The entries of the feed at ``url`` seen so far, by key."""
        e = t.follow_entries
        query = sa.select(e).where(e.c.feed_id == digest(url))
        rows = self._read(lambda conn: conn.execute(query).mappings().all())
        return {
            row["entry_key"]: EntryRecord(
                row["entry_key"], row["state"], row["attempts"], row["article_id"], row["error"]
            )
            for row in rows
        }

    def record_poll(
        self,
        url: str,
        *,
        error: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        new_validators: bool = False,
    ) -> None:
        """A poll of the feed at ``url`` ended: with ``error``, or read to its end
        (then, with ``new_validators``, its ETag and Last-Modified are kept)."""
        now = now_stamp()
        values: dict[str, str | None] = {"last_poll": now, "last_error": error}
        if error is None:
            values["last_ok"] = now
        if new_validators:
            values.update(etag=etag, last_modified=last_modified)
        self._write(lambda conn: self._upsert_feed(conn, url, values))

    def mark_entry(
        self,
        url: str,
        key: str,
        link: str | None,
        state: EntryState,
        *,
        article_id: str | None = None,
        error: str | None = None,
    ) -> None:
        """The entry ``key`` of the feed at ``url`` was read to its end."""
        e = t.follow_entries
        ids = {"feed_id": digest(url), "entry_id": digest(key)}
        now = now_stamp()

        def write(conn: sa.Connection) -> None:
            self._upsert_feed(conn, url, {})
            where = sa.and_(*(e.c[name] == value for name, value in ids.items()))
            attempts = conn.execute(sa.select(e.c.attempts).where(where)).scalar()
            values = {"state": state, "article_id": article_id, "error": error, "updated_at": now}
            if attempts is None:
                conn.execute(
                    e.insert().values(
                        **ids, **values, entry_key=key, link=link, attempts=1, first_seen=now
                    )
                )
            else:
                conn.execute(e.update().where(where).values(**values, attempts=attempts + 1))

        self._write(write)

    # --- plumbing ---------------------------------------------------------

    def _upsert_feed(self, conn: sa.Connection, url: str, values: dict[str, str | None]) -> None:
        f = t.follow_feeds
        key = digest(url)
        if conn.execute(sa.select(f.c.id).where(f.c.id == key)).first() is None:
            conn.execute(f.insert().values(id=key, url=url, **values))
        elif values:
            conn.execute(f.update().where(f.c.id == key).values(**values))

    def _read(self, read: Callable[[sa.Connection], R]) -> R:
        try:
            with self.engine.connect() as conn:
                return read(conn)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot read follow state from {self.url}: {exc}") from exc

    def _write(self, write: Callable[[sa.Connection], None]) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    write(conn)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot save follow state in {self.url}: {exc}") from exc
