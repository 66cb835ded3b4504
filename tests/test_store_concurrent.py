"""Several processes on one new store at once: none fails, nothing is lost.

Processes that open (and so create and migrate) the same new store at the
same moment must all succeed, apply each migration once, and end with every
document each of them saved.  Two ``borderwatch ingest`` runs into a new
store at once must end with the same store as the same inputs ingested one
after the other.  Both hold on SQLite and on PostgreSQL (``store_urls``).
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from paths import TRAIN
from store_backends import StoreUrls, dump_store
from store_helpers import Said, doc

from borderwatch.store import open_store
from borderwatch.store.migrations import LATEST_VERSION

#: Processes opening one new store together; rounds, each on a fresh file.
OPENERS = 8
ROUNDS = 4
#: The command line, installed beside this Python.
BORDERWATCH = Path(sys.executable).parent / "borderwatch"


def _open_and_save(url: str, n: int, barrier: Any, errors: Any) -> None:
    try:
        barrier.wait(timeout=60)
        store = open_store(url)
        try:
            report = Said(f"Report {n}: the Torkham crossing was closed.", "closure")
            store.save(doc(report, Said(f"Report {n}, shared."), id=f"in{n}"))
            store.save(doc(Said("One text every process saves."), id="same"))
        finally:
            store.close()
    except BaseException as exc:  # noqa: BLE001  # reported to the parent, which fails
        errors.put(f"process {n}: {type(exc).__name__}: {exc}")


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_processes_creating_one_new_store_at_once_all_succeed(
    store_urls: StoreUrls, round_: int
) -> None:
    url = store_urls("new/store") if store_urls.backend == "sqlite" else store_urls("new")
    # Not "fork": the test process may have threads (other tests' servers) by now.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["borderwatch.store.sql", "store_helpers"])
    barrier, errors = ctx.Barrier(OPENERS), ctx.Queue()
    procs = [
        ctx.Process(target=_open_and_save, args=(url, n, barrier, errors)) for n in range(OPENERS)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    failures = [errors.get() for _ in range(errors.qsize())] if not errors.empty() else []
    assert not failures, failures
    assert [p.exitcode for p in procs] == [0] * OPENERS

    dump = dump_store(url)
    versions = sorted(dict(row)["version"] for row in dump["schema_version"])
    assert versions == [repr(v) for v in range(1, LATEST_VERSION + 1)]  # each once
    inputs = sorted(dict(row)["input_id"] for row in dump["articles"])
    assert len(inputs) == OPENERS + 1  # every process's report, and the shared text once
    assert len(dump["events"]) == OPENERS


#: Seconds another process holds the new file locked: past sqlite3's own
#: default wait (5 s), within the store's busy timeout.
HELD_S = 6.0


def test_opening_a_new_store_waits_for_another_process_lock(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # as a process creating the file holds it
    outcome: list[str] = []

    def open_it() -> None:
        try:
            open_store(f"sqlite:///{path}").close()
            outcome.append("opened")
        except Exception as exc:  # noqa: BLE001  # the assertion below names it
            outcome.append(f"{type(exc).__name__}: {exc}")

    opener = threading.Thread(target=open_it)
    started = time.monotonic()
    opener.start()
    time.sleep(HELD_S)
    holder.execute("COMMIT")
    holder.close()
    opener.join(timeout=60)
    assert outcome == ["opened"]
    assert time.monotonic() - started >= HELD_S  # it waited, it did not skip the lock


def _ingest(url: str, *paths: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BORDERWATCH), "ingest", "--store", url, *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-2000:]
    return out


def test_two_ingests_into_a_new_store_at_once_equal_one_after_the_other(
    tmp_path: Path, store_urls: StoreUrls
) -> None:
    lines = TRAIN.read_text(encoding="utf-8").splitlines()[:16]
    # Two inputs that overlap: both processes try to store the middle records.
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(lines[:10]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[6:]) + "\n", encoding="utf-8")

    sequential = store_urls("sequential")
    _finish(_ingest(sequential, first))
    _finish(_ingest(sequential, second))

    together = store_urls("together/store" if store_urls.backend == "sqlite" else "together")
    a, b = _ingest(together, first), _ingest(together, second)
    _finish(a)
    _finish(b)

    expected, got = dump_store(sequential), dump_store(together)
    assert len(expected["articles"]) >= 12
    assert got.keys() == expected.keys()
    for table in expected:
        assert got[table] == expected[table], table


def test_a_vacuum_into_copy_taken_while_open_is_the_whole_store(tmp_path: Path) -> None:
    """The backup docs/operations.md gives: ``VACUUM INTO`` beside an open store."""
    url = f"sqlite:///{tmp_path / 'live.db'}"
    store = open_store(url)
    try:
        for n in range(5):
            store.save(doc(Said(f"Report {n}: Torkham was closed.", "closure"), id=f"in{n}"))
        with sqlite3.connect(tmp_path / "live.db") as conn:
            conn.execute("VACUUM INTO ?", (str(tmp_path / "copy.db"),))
    finally:
        store.close()
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    open_store(copy).close()  # opens as a current store
    assert dump_store(copy) == dump_store(url)
    assert len(dump_store(copy)["events"]) == 5
