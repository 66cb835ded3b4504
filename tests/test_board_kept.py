"""The board kept at ingest (``store.kept``) equals the board recomputed from
every event, today and on past days, on both backends; reading it today
touches no event.

The store holds ``dev.jsonl``, ``dev2.jsonl`` and the seed, read by the
pipeline once per module.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from paths import DEV, DEV2, SEED
from store_backends import StoreUrls, engine_for

from borderwatch import query
from borderwatch.records import DocumentResult
from borderwatch.store import open_store
from borderwatch.store.migrations import migrate
from borderwatch.store.sql import SqlStore


@pytest.fixture(scope="module")
def results(analyzer) -> list[DocumentResult]:  # type: ignore[no-untyped-def]
    from borderwatch.ingest import read_inputs
    from borderwatch.pipeline import process_all

    read = list(process_all(read_inputs([str(DEV), str(DEV2), str(SEED)]), analyzer=analyzer))
    return [r for r in read if r.article is not None and not r.error]


def days_to_check(store: SqlStore) -> list[str | None]:
    """Today, and days spread over the stored news (before, inside and after it)."""
    dates = sorted({se.effective_date for se in store.events().items if se.effective_date})
    assert len(dates) > 20
    picks = [dates[0], dates[len(dates) // 4], dates[len(dates) // 2], dates[-len(dates) // 5]]
    return [None, "2000-01-01", *picks, dates[-1], "2100-01-01"]


def assert_same_board(store: SqlStore) -> None:
    for at in days_to_check(store):
        for include_unknown in (False, True):
            kept = query.board(store, at, include_unknown=include_unknown)
            full = query.recomputed_board(store, at, include_unknown=include_unknown)
            assert [r.crossing for r in kept] == [r.crossing for r in full], (at, include_unknown)
            assert kept == full, (at, include_unknown)
        pair = ("AF", "PK")
        assert query.board(store, at, pair) == query.recomputed_board(store, at, pair)


def test_the_kept_board_equals_the_recomputed_one(
    results: list[DocumentResult], store_urls: StoreUrls
) -> None:
    store = open_store(store_urls("dev"))
    assert isinstance(store, SqlStore)
    for result in results:
        store.save(result)
    assert len(query.board(store)) > 10
    assert_same_board(store)
    store.close()


def test_news_saved_out_of_order_gives_the_same_board(
    results: list[DocumentResult], store_urls: StoreUrls
) -> None:
    store = open_store(store_urls("reversed"))
    assert isinstance(store, SqlStore)
    for result in reversed(results):
        store.save(result)
    assert_same_board(store)
    store.close()


def test_a_store_from_before_the_kept_board_gets_it_when_opened(
    results: list[DocumentResult], store_urls: StoreUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    from borderwatch.store import write

    url = store_urls("old")
    engine = engine_for(url)
    migrate(engine, upto=5)
    # saved as borderwatch did at schema version 5: no names counted, no version
    with monkeypatch.context() as patched:
        patched.setattr(write, "count_names", lambda *_: None)
        patched.setattr(write, "bump_data_version", lambda *_: None)
        with engine.begin() as conn:
            for result in results[:60]:
                write.insert_result(conn, result)
    engine.dispose()
    store = open_store(url)  # migration 6 counts the names; opening rebuilds the rows
    assert isinstance(store, SqlStore)
    assert store.table_counts()["board_state"] > 0
    assert store.data_version() == 60
    assert_same_board(store)
    store.close()


@pytest.fixture
def statements() -> Iterator[list[str]]:
    found: list[str] = []
    yield found


def test_reading_todays_board_reads_no_event(
    results: list[DocumentResult], store_urls: StoreUrls, statements: list[str]
) -> None:
    store = open_store(store_urls("reads"))
    assert isinstance(store, SqlStore)
    for result in results[:40]:
        store.save(result)

    @sa.event.listens_for(store.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    rows = query.board(store)
    assert rows
    assert statements
    for table in ("events", "status_claims", "publication_status", "mentions"):
        assert not [s for s in statements if f"FROM {table}" in s], table
    statements.clear()
    query.board(store, "2000-01-01")  # a day before every row's news: recomputed
    assert [s for s in statements if "FROM events" in s]
    store.close()


def test_activity_counts_equal_a_scan_of_the_events(
    results: list[DocumentResult], store_urls: StoreUrls
) -> None:
    from collections import Counter

    from borderwatch.web.views import place_key

    store = open_store(store_urls("activity"))
    for result in results:
        store.save(result)
    days = [d for d in days_to_check(store) if d is not None]
    for since, until, countries, cap in (
        (None, None, None, None),
        (days[1], days[4], None, None),
        (days[1], days[5], ("PK",), None),
        (None, None, None, 25),  # the first 25 in timeline order
    ):
        which = query.EventSelection(since=since, until=until, countries=countries)
        scanned = Counter(place_key(e) for e in query.iter_events(store, which, 7, cap))
        assert query.activity(store, which, cap) == scanned
    store.close()
