"""The store backends the store tests run on: SQLite always, PostgreSQL when
``BORDERWATCH_TEST_POSTGRES`` names a server (``scripts/test`` starts one).

``StoreUrls`` hands a test new, empty stores of one backend: SQLite files in
the test's folder, or, on PostgreSQL, schemas of one database made for the
test (dropped afterwards).  That database sorts text as ``en-US`` does (an
ICU collation, where the server has ICU), as a production database would,
so a read that only works under byte order fails here.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

#: The server the PostgreSQL tests use: a URL of a database there (any; the
#: tests make and drop their own) as a user who may create databases.
POSTGRES_ENV = "BORDERWATCH_TEST_POSTGRES"
BACKEND_NAMES = ("sqlite", "postgres")


def postgres_admin_url() -> str:
    """The server from ``POSTGRES_ENV``; the test is skipped without one."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server for the tests (set {POSTGRES_ENV})")
    return url


def _admin_execute(admin: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]  # our own names, quoted


class StoreUrls:
    """New, empty store URLs of one backend for one test; ``cleanup`` drops them."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.folder = folder
        self.database: str | None = None
        self.admin = postgres_admin_url() if backend == "postgres" else ""

    def __call__(self, name: str = "store") -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.folder / name}.db"
        return self._schema_url(name)

    def database_url(self) -> str:
        """The test's own PostgreSQL database (made on first use), default schema."""
        if self.database is None:
            name = "bw_test_" + uuid.uuid4().hex[:16]
            try:
                _admin_execute(
                    self.admin,
                    f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
                    " LOCALE_PROVIDER icu ICU_LOCALE 'en-US'",
                )
            except Exception:  # noqa: BLE001  # a server without ICU: its default order
                _admin_execute(self.admin, f"CREATE DATABASE {name} TEMPLATE template0")
            self.database = name
        base = sa.engine.make_url(self.admin).set(drivername="postgresql", database=self.database)
        return base.render_as_string(hide_password=False)

    def _schema_url(self, name: str) -> str:
        url = self.database_url()
        schema = "s_" + "".join(c if c.isalnum() else "_" for c in name.lower())
        import psycopg

        with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")  # type: ignore[arg-type]
        chosen = sa.engine.make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        return chosen.render_as_string(hide_password=False)

    def cleanup(self) -> None:
        if self.database is not None:
            _admin_execute(self.admin, f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")
            self.database = None


def engine_for(url: str) -> sa.Engine:
    """An engine on a store URL of either backend, as the store itself makes it."""
    if url.startswith("sqlite"):
        from borderwatch.store.sqlite import create_sqlite_engine

        return create_sqlite_engine(url)
    from borderwatch.store.postgres import create_postgres_engine

    return create_postgres_engine(url)


#: Columns that differ between equal stores: when a row was written, and
#: surrogate keys numbered in the order rows arrived.
VOLATILE = {"ingested_at", "applied_at", "computed_on"}


def _without_ids(value: Any) -> Any:
    """A kept board row's JSON without the events' surrogate ids (``board_state``)."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def dump_store(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, without the columns that depend on timing or order."""
    engine = engine_for(url)
    try:
        md = sa.MetaData()
        md.reflect(engine)
        with engine.connect() as conn:
            sources = dict(conn.execute(sa.text("SELECT id, name FROM sources")).all())
            dump = {}
            for name, table in sorted(md.tables.items()):
                keep = [
                    c
                    for c in table.columns
                    if c.name not in VOLATILE and not (c.name == "id" and name != "articles")
                ]
                rows = []
                for row in conn.execute(sa.select(*keep)).mappings():
                    values = dict(row)
                    if name == "articles":
                        values["source_id"] = sources.get(values["source_id"])
                    if name == "board_state":
                        values = {k: _without_ids(v) for k, v in values.items()}
                    rows.append(tuple(sorted((k, repr(v)) for k, v in values.items())))
                dump[name] = sorted(rows)
        return dump
    finally:
        engine.dispose()
