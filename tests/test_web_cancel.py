"""Long work stops when no one waits for it: a statement already running, a
computation several requests share (only when the last of them has gone),
and a request over loopback whose client closes its connection while the
store is still answering it."""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_backends import StoreUrls

from borderwatch.cancel import CancelFlag, cancelling, raise_if_cancelled
from borderwatch.errors import WorkCancelled
from borderwatch.store import open_store
from borderwatch.store.sql import SqlStore
from borderwatch.web.app import create_app
from borderwatch.web.cache import ReadCache
from borderwatch.web.loopback import LOOPBACK, running
from borderwatch.web.sample import build_sample_store, sample_results

#: A statement that counts for a long time (tens of seconds on either backend)
#: unless it is stopped.
LONG_COUNT = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) "
    "SELECT count(*) FROM c"
)
#: Seconds the tests wait at most for something that should happen at once.
DEADLINE_S = 20.0


def wait_until(condition: object, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.02)


# --- the store: statements --------------------------------------------------------


def test_a_running_statement_stops_when_its_work_is_cancelled(store_urls: StoreUrls) -> None:
    store = open_store(store_urls())
    assert isinstance(store, SqlStore)
    flag = CancelFlag()
    try:
        with cancelling(flag), store.engine.connect() as conn:
            threading.Timer(0.3, flag.cancel).start()
            with pytest.raises(WorkCancelled):
                conn.exec_driver_sql(LONG_COUNT).all()
        with store.engine.connect() as conn:  # the connection serves the next work
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        store.close()


def test_no_statement_starts_for_cancelled_work_and_work_without_a_flag_runs(
    store_urls: StoreUrls,
) -> None:
    store = open_store(store_urls())
    flag = CancelFlag()
    flag.cancel()
    try:
        with cancelling(flag), pytest.raises(WorkCancelled):
            store.events()
        assert store.events().total == 0
    finally:
        store.close()


def test_a_save_runs_to_its_end_when_its_work_is_cancelled(store_urls: StoreUrls) -> None:
    store = open_store(store_urls())
    flag = CancelFlag()
    flag.cancel()
    try:
        with cancelling(flag):
            outcome = store.save(sample_results()[0])
        assert outcome.created
        assert store.load_result(outcome.article_id) is not None
    finally:
        store.close()


# --- the cache: a computation shared by several requests ---------------------------------


def test_a_shared_computation_stops_only_when_its_last_waiter_has_gone(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'cache.db'}")
    cache = ReadCache(store)
    started = threading.Event()
    steps: list[int] = []

    def compute() -> str:
        started.set()
        for step in range(2000):  # about 20 s unless cancelled
            raise_if_cancelled()
            steps.append(step)
            time.sleep(0.01)
        return "done"

    flags = [CancelFlag(), CancelFlag()]
    outcomes: dict[int, str] = {}

    def ask(i: int) -> None:
        with cancelling(flags[i]):
            try:
                outcomes[i] = cache.get("changes", compute)
            except WorkCancelled:
                outcomes[i] = "cancelled"

    first = threading.Thread(target=ask, args=(0,))
    first.start()
    assert started.wait(DEADLINE_S)
    second = threading.Thread(target=ask, args=(1,))
    second.start()
    wait_until(lambda: cache.shared == 1, "the second request to join")

    flags[1].cancel()  # one waiter goes: it stops waiting, the work goes on
    second.join(DEADLINE_S)
    assert outcomes == {1: "cancelled"}
    before = len(steps)
    wait_until(lambda: len(steps) > before + 5, "the computation to go on")
    assert cache.cancelled == 0

    flags[0].cancel()  # the last one goes: the computation stops at its next step
    first.join(DEADLINE_S)
    assert outcomes == {0: "cancelled", 1: "cancelled"}
    assert cache.cancelled == 1 and len(steps) < 2000
    assert cache.get("changes", lambda: "anew") == "anew"  # nothing kept; computed anew
    store.close()


# --- over loopback: a client that goes while the store answers ------------------------


@pytest.fixture
def postgres_url(tmp_path: Path) -> Iterator[str]:
    urls = StoreUrls("postgres", tmp_path)
    url = urls("serve")
    build_sample_store(url)
    yield url
    urls.cleanup()


def _send_get(port: int, path: str) -> socket.socket:
    client = socket.create_connection((LOOPBACK, port))
    client.sendall(f"GET {path} HTTP/1.1\r\nHost: {LOOPBACK}\r\n\r\n".encode())
    return client


def _blocked_reads(admin: sa.Connection) -> int:
    """The server's statements waiting for the lock the test holds."""
    return int(
        admin.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE application_name = 'borderwatch' AND wait_event_type = 'Lock'"
        ).scalar_one()
    )


@pytest.mark.postgres
def test_a_query_stops_when_the_last_client_waiting_for_it_disconnects(
    postgres_url: str,
) -> None:
    app = create_app(postgres_url)
    cache = app.state.bw.cache
    locker = sa.create_engine(sa.engine.make_url(postgres_url).set(drivername="postgresql+psycopg"))
    with running(app) as base, locker.connect() as admin, locker.connect() as holder:
        port = int(base.rsplit(":", 1)[1])
        # the store's reads of events wait (as behind a slow query) until the lock goes
        holder.exec_driver_sql("BEGIN")
        holder.exec_driver_sql("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")
        clients = [_send_get(port, "/api/changes"), _send_get(port, "/api/changes")]
        wait_until(lambda: cache.shared == 1, "both requests to wait for one computation")
        wait_until(lambda: _blocked_reads(admin) == 1, "the shared read to wait")

        clients[0].close()  # one client goes: the other still waits for the answer
        time.sleep(1.0)
        assert _blocked_reads(admin) == 1 and cache.cancelled == 0

        clients[1].close()  # the last one goes: the query is cancelled at once
        wait_until(lambda: _blocked_reads(admin) == 0, "the read to be cancelled")
        assert cache.cancelled == 1
        holder.exec_driver_sql("ROLLBACK")

        with urllib.request.urlopen(f"{base}/api/changes", timeout=DEADLINE_S) as answer:
            assert answer.status == 200  # the next request computes it anew
        assert cache.misses == 1
    locker.dispose()


@pytest.mark.postgres
def test_an_uncached_query_stops_when_its_client_disconnects(postgres_url: str) -> None:
    app = create_app(postgres_url)
    locker = sa.create_engine(sa.engine.make_url(postgres_url).set(drivername="postgresql+psycopg"))
    with running(app) as base, locker.connect() as admin, locker.connect() as holder:
        port = int(base.rsplit(":", 1)[1])
        holder.exec_driver_sql("BEGIN")
        holder.exec_driver_sql("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")
        client = _send_get(port, "/api/events?crossing=Torkham")
        wait_until(lambda: _blocked_reads(admin) == 1, "the read to wait")
        client.close()
        wait_until(lambda: _blocked_reads(admin) == 0, "the read to be cancelled")
        holder.exec_driver_sql("ROLLBACK")
    locker.dispose()
