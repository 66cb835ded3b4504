"""The store: pipeline results in, read models out, on SQLite or PostgreSQL.

``open_store(url)`` picks the backend from the URL's scheme in ``BACKENDS``
(the one list of backends) and brings the schema up to date.  Every backend
is the same SQLAlchemy Core code (``borderwatch.store.sql.SqlStore``) on a
different engine; a backend module only makes the engine.

Nothing heavy is imported here: SQLAlchemy loads when a store is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from borderwatch.errors import UnknownStore

if TYPE_CHECKING:
    from collections import Counter

    from borderwatch.readmodels import (
        NameSeen,
        Page,
        PublishedStatus,
        StoredArticle,
        StoredClaim,
        StoredEvent,
        StoredQuote,
    )
    from borderwatch.records import DocumentResult
    from borderwatch.store.kept import KeptRow

__all__ = ["BACKENDS", "SaveOutcome", "Store", "open_store"]


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """Where a result went: its article id, and whether it was new."""

    article_id: str
    created: bool


class Store(Protocol):
    """What the CLI, the read models and the web app may ask of a store."""

    url: str

    def save(self, result: DocumentResult, ingested_at: str | None = None) -> SaveOutcome:
        """Store one successful result in one transaction; the same text twice is a no-op."""
        ...

    def load_result(self, article_id: str) -> DocumentResult:
        """The result as it was saved (``errors.NotFound`` if absent)."""
        ...

    def article(self, article_id: str) -> StoredArticle: ...

    def events(
        self,
        *,
        places: tuple[str, ...] | None = None,
        article_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        types: tuple[str, ...] | None = None,
        countries: tuple[str, ...] | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        known_by: str | None = None,
    ) -> Page[StoredEvent]:
        """Events in timeline order; ``since``/``until`` bound the effective date,
        ``known_by`` keeps those of articles known by that day (``borderwatch.asof``)."""
        ...

    def place_counts(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        countries: tuple[str, ...] | None = None,
        limit: int | None = None,
        known_by: str | None = None,
    ) -> dict[str, int]:
        """Events per stored place in a window, the first ``limit`` in timeline order;
        ``known_by`` as in ``events``."""
        ...

    def claims(
        self, *, places: tuple[str, ...] | None = None, until: str | None = None
    ) -> list[StoredClaim]: ...

    def published_statuses(self, *, places: tuple[str, ...] | None = None) -> list[PublishedStatus]:
        """Each article's status of each crossing at its publication (the pipeline's)."""
        ...

    def quotes(
        self,
        *,
        article_id: str | None = None,
        place: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        places: tuple[str, ...] | None = None,
    ) -> Page[StoredQuote]: ...

    def places(self) -> set[str]:
        """Every place (crossing name or ``border:XX-YY``) any stored text speaks of."""
        ...

    def name_pairs(self) -> dict[str, Counter[tuple[str, ...]]]:
        """Every place with the country pairs stored with it, counted (``store.identity``)."""
        ...

    def sightings(self, names: tuple[str, ...]) -> list[NameSeen]:
        """Where each of these crossing names was written (events and mentions)."""
        ...

    def first_known(self, names: tuple[str, ...] | None = None) -> dict[str, str]:
        """The day each place was first written of (publication, else ingest day)."""
        ...

    def table_counts(self) -> dict[str, int]: ...

    def place_version(self, names: tuple[str, ...]) -> tuple[int, ...]:
        """A fingerprint of what is stored about these places (events,
        statements, readings, mentions): it moves on with every saved article
        that speaks of any of them, and with no other."""
        ...

    def data_version(self) -> int:
        """A number that grows with every saved article (a cheap fingerprint)."""
        ...

    def kept_rows(self, signatures_only: bool = False) -> list[KeptRow]:
        """The board rows kept up to date at ingest (``store.kept``)."""
        ...

    def write_kept_rows(
        self, rows: list[KeptRow], gone: list[str], rules: int | None = None
    ) -> None:
        """Replace kept board rows, inside a save's transaction."""
        ...

    def close(self) -> None: ...


def _open_sqlite(url: str) -> Store:
    from borderwatch.store.sql import SqlStore
    from borderwatch.store.sqlite import create_sqlite_engine

    return SqlStore.open(create_sqlite_engine(url), url)


def _open_postgres(url: str) -> Store:
    from borderwatch.store.postgres import create_postgres_engine
    from borderwatch.store.sql import SqlStore

    return SqlStore.open(create_postgres_engine(url), url)


#: URL scheme (before any ``+driver``) -> opener.
BACKENDS: dict[str, Callable[[str], Store]] = {
    "sqlite": _open_sqlite,
    "postgresql": _open_postgres,
}


def open_store(url: str) -> Store:
    """Open (creating and migrating as needed) the store named by ``url``."""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower() if ":" in url else ""
    opener = BACKENDS.get(scheme)
    if opener is None:
        known = ", ".join(f"{name}://" for name in BACKENDS)
        raise UnknownStore(f"no store backend for {url!r} (known: {known})")
    return opener(url)
