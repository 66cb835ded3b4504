"""Opening an old store migrates it; the migrated schema is the one the code uses.

Each test runs on SQLite and on PostgreSQL (``store_urls``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa
from store_backends import StoreUrls, engine_for
from store_helpers import Said, doc

from borderwatch.errors import StoreError
from borderwatch.store import open_store
from borderwatch.store import schema as t
from borderwatch.store.migrations import LATEST_VERSION, MIGRATIONS, current_version, migrate


def _old_store(url: str, version: int) -> sa.Engine:
    engine = engine_for(url)
    assert migrate(engine, upto=version) == version
    return engine


def test_migrations_are_numbered_one_by_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert LATEST_VERSION == len(MIGRATIONS)


def test_a_new_store_records_every_migration(store_urls: StoreUrls) -> None:
    url = store_urls("new")
    open_store(url).close()
    engine = engine_for(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT version, note FROM schema_version ORDER BY version"))
        rows = rows.all()
    engine.dispose()
    assert [v for v, _note in rows] == [m.version for m in MIGRATIONS]
    assert all(note for _v, note in rows)


def test_a_version_1_store_is_migrated_and_keeps_its_articles(store_urls: StoreUrls) -> None:
    url = store_urls("old")
    engine = _old_store(url, 1)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO sources (id, name) VALUES (1, 'AP')")
        conn.exec_driver_sql(
            "INSERT INTO articles (id, input_id, content_hash, text, published, source_id,"
            " ingested_at) VALUES ('a1', 'seed.txt', 'h1',"
            " 'Torkham was closed. It stays shut.', '2023-02-22', 1, '2023-02-23T08:00:00+00:00')"
        )
        for seq, date, start, end in ((0, "2023-02-19", 0, 19), (1, None, 20, 34)):
            conn.execute(
                sa.text(
                    "INSERT INTO events (article_id, seq, type, crossing, countries, place, date,"
                    " counts, evidence_text, evidence_start, evidence_end) VALUES ('a1', :seq,"
                    " 'closure', 'Torkham', 'AF,PK', 'Torkham', :date, '[]', 'x', :start, :end)"
                ),
                {"seq": seq, "date": date, "start": start, "end": end},
            )
    engine.dispose()

    store = open_store(url)
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        assert current_version(conn) == LATEST_VERSION
    events = store.events().items
    # the backfill: an event's own date, else its article's publication date
    assert [se.effective_date for se in events] == ["2023-02-19", "2023-02-22"]
    assert store.article("a1").source == "AP"
    # and the new tables work on the old data
    store.save(doc(Said("Chaman is open.", crossing="Chaman–Spin Boldak", claim="open")))
    assert len(store.claims()) == 1
    store.close()


def test_a_version_2_store_is_migrated_to_the_latest(store_urls: StoreUrls) -> None:
    url = store_urls("v2")
    _old_store(url, 2).dispose()
    store = open_store(url)
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        assert current_version(conn) == LATEST_VERSION
        indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("events")}
    assert "ix_events_place_effective_date" in indexes
    store.close()


def test_migrating_twice_does_nothing_the_second_time(store_urls: StoreUrls) -> None:
    engine = _old_store(store_urls("m"), LATEST_VERSION)
    assert migrate(engine) == LATEST_VERSION
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM schema_version").scalar()
    assert n == LATEST_VERSION


def test_the_migrated_tables_match_the_schema_the_code_queries(store_urls: StoreUrls) -> None:
    engine = _old_store(store_urls("s"), LATEST_VERSION)
    inspector = sa.inspect(engine)
    assert set(inspector.get_table_names()) == set(t.metadata.tables)
    for name, table in t.metadata.tables.items():
        found = {c["name"]: c["nullable"] for c in inspector.get_columns(name)}
        wanted = {c.name: c.nullable for c in table.columns}
        # SQLite reports an INTEGER PRIMARY KEY as nullable; compare the rest
        for pk in (c.name for c in table.primary_key.columns):
            found.pop(pk), wanted.pop(pk)
        assert found == wanted, name


def test_a_store_newer_than_the_code_is_refused(store_urls: StoreUrls) -> None:
    url = store_urls("future")
    engine = _old_store(url, LATEST_VERSION)
    with engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO schema_version VALUES (:v, 'from the future', '2099-01-01')"),
            {"v": LATEST_VERSION + 1},
        )
    engine.dispose()
    with pytest.raises(StoreError, match="newer"):
        open_store(url)


def test_text_columns_compare_and_sort_as_on_sqlite(store_urls: StoreUrls) -> None:
    """Byte (code point) order on every backend, whatever the database's locale:
    the crossings of one article come back in the same order everywhere."""
    store = open_store(store_urls())
    names = ["Zed", "alpha", "Éclair", "beta", "Ärztebrücke", "a b", "a-b", "ab", "10", "9"]
    result = doc(Said("Torkham was closed.", "closure"), id="order")
    store.save(replace(result, status={n: "open" for n in names}))
    got = [ps.crossing for ps in store.published_statuses()]
    store.close()
    assert got == sorted(names)  # Python's str order is code point order, as SQLite's BINARY
