"""What only the PostgreSQL backend has to get right: reaching the server, the
driver, the writers' lock, backups; and the CLI giving the same answers on
both backends.  The store suite itself runs on both (``store_urls``)."""

from __future__ import annotations

import glob
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from paths import SEED
from store_backends import StoreUrls, dump_store
from store_helpers import Said, doc

from borderwatch.errors import StoreError
from borderwatch.store import open_store
from borderwatch.store.postgres import WRITE_LOCK

BORDERWATCH = str(Path(sys.executable).parent / "borderwatch")


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_server_is_one_clear_line_without_the_password() -> None:
    url = f"postgresql://bw:s3cret@127.0.0.1:{_closed_port()}/borderwatch"
    with pytest.raises(StoreError) as refused:
        open_store(url)
    message = str(refused.value)
    assert message.startswith("cannot reach the PostgreSQL store postgresql://bw:***@127.0.0.1")
    assert "\n" not in message and "s3cret" not in message


def test_the_cli_says_why_it_cannot_reach_the_server_in_one_line() -> None:
    url = f"postgresql://bw:s3cret@127.0.0.1:{_closed_port()}/borderwatch"
    done = subprocess.run(
        [BORDERWATCH, "status", "--store", url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3  # StoreError's exit code
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "cannot reach the PostgreSQL store" in lines[0] and "s3cret" not in lines[0]
    assert "Traceback" not in done.stderr


def test_without_psycopg_the_error_names_the_extra_to_install() -> None:
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None  # as if it were not installed\n"
        "from borderwatch.store import open_store\n"
        "open_store('postgresql://127.0.0.1/borderwatch')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode != 0
    assert "StoreError" in done.stderr
    assert "pip install 'borderwatch[postgres]'" in done.stderr


def test_only_the_psycopg_driver_is_taken() -> None:
    with pytest.raises(StoreError, match="psycopg2:// is not supported"):
        open_store("postgresql+psycopg2://127.0.0.1/borderwatch")
    with pytest.raises(StoreError, match="names no database"):
        open_store("postgresql://127.0.0.1")


@pytest.fixture
def postgres_urls(tmp_path: Path) -> Iterator[StoreUrls]:
    urls = StoreUrls("postgres", tmp_path)
    yield urls
    urls.cleanup()


@pytest.mark.postgres
def test_a_postgresql_url_with_the_driver_named_opens_the_same_store(
    postgres_urls: StoreUrls,
) -> None:
    url = postgres_urls()
    first = open_store(url)
    first.save(doc(Said("Torkham was closed.", "closure"), id="a"))
    first.close()
    again = open_store(url.replace("postgresql://", "postgresql+psycopg://", 1))
    assert again.table_counts()["articles"] == 1
    again.close()


#: Seconds another writer holds the write lock.
HELD_S = 2.0


@pytest.mark.postgres
def test_a_writer_waits_for_another_writers_lock_and_readers_do_not(
    postgres_urls: StoreUrls,
) -> None:
    url = postgres_urls()
    store = open_store(url)
    store.save(doc(Said("Torkham was closed.", "closure"), id="first"))
    holder = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    outcome: list[str] = []

    def save_one() -> None:
        try:
            store.save(doc(Said("Torkham reopened.", "reopening"), id="second"))
            outcome.append("saved")
        except Exception as exc:  # noqa: BLE001  # the assertion below names it
            outcome.append(f"{type(exc).__name__}: {exc}")

    try:
        with holder.connect() as conn, conn.begin():
            conn.execute(sa.text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"))
            writer = threading.Thread(target=save_one)
            started = time.monotonic()
            writer.start()
            read_at = time.monotonic()
            assert store.table_counts()["articles"] == 1  # a reader does not wait
            assert time.monotonic() - read_at < HELD_S
            time.sleep(HELD_S)
            assert outcome == []  # the writer is still waiting
        writer.join(timeout=60)
        assert outcome == ["saved"]
        assert time.monotonic() - started >= HELD_S
        assert store.table_counts()["articles"] == 2
    finally:
        holder.dispose()
        store.close()


@pytest.mark.postgres
def test_the_cli_ingests_and_answers_the_same_on_both_backends(
    tmp_path: Path, postgres_urls: StoreUrls
) -> None:
    answers = []
    for url in (f"sqlite:///{tmp_path}/cli.db", postgres_urls("cli")):
        ingest = [BORDERWATCH, "ingest", "--store", url, str(SEED), "--published", "2023-02-22"]
        done = subprocess.run(ingest, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        status = [BORDERWATCH, "status", "--store", url, "--at", "2023-02-22", "--json"]
        done = subprocess.run(status, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        answers.append(json.loads(done.stdout))
    on_sqlite, on_postgres = answers
    torkham = [row for row in on_postgres if row["crossing"] == "Torkham"]
    assert torkham and torkham[0]["status"] == "closed"
    assert on_postgres == on_sqlite


def _postgres_tool(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.postgres
def test_a_pg_dump_taken_while_open_restores_to_the_whole_store(
    postgres_urls: StoreUrls,
) -> None:
    """The backup the README gives: ``pg_dump -Fc``, then ``pg_restore`` into a new database."""
    url = postgres_urls("live")
    store = open_store(url)
    for n in range(5):
        store.save(doc(Said(f"Report {n}: Torkham was closed.", "closure"), id=f"in{n}"))
    live = sa.engine.make_url(url)
    plain = live.set(query={}).render_as_string(hide_password=False)
    backup = Path(postgres_urls.folder) / "store.dump"
    subprocess.run(
        [_postgres_tool("pg_dump"), "-Fc", "-n", "s_live", "-f", str(backup), plain], check=True
    )
    store.close()
    restored = StoreUrls("postgres", postgres_urls.folder)
    try:
        target = restored.database_url()
        subprocess.run(
            [_postgres_tool("pg_restore"), "--no-owner", "-d", target, str(backup)], check=True
        )
        copy = (
            sa.engine.make_url(target)
            .update_query_dict(dict(live.query))
            .render_as_string(hide_password=False)
        )
        open_store(copy).close()  # opens as a current store
        assert dump_store(copy) == dump_store(url)
        assert len(dump_store(copy)["events"]) == 5
    finally:
        restored.cleanup()
