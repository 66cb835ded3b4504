"""A writer killed mid-run loses nothing it committed and leaves no half document,
on SQLite and on PostgreSQL (``store_urls``)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from store_backends import StoreUrls, engine_for

#: Saves documents 0..N-1, each with five events, a quote and a mention.
WRITER = """
import sys
sys.path.insert(0, {tests!r})
from store_helpers import Said, doc
from borderwatch.store import open_store

store = open_store({url!r})
for n in range({n}):
    parts = [Said(f"Report {{n}}: Torkham was closed, part {{k}}.", "closure") for k in range(5)]
    parts.append(Said(f"Report {{n}} quote.", quote_by="an official"))
    store.save(doc(*parts, id=f"in{{n}}", published="2023-02-22"))
"""
DOCS = 400
EVENTS_PER_DOC = 5


def _writer(url: str) -> subprocess.Popen[bytes]:
    code = WRITER.format(tests=str(Path(__file__).parent), url=url, n=DOCS)
    return subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)


def _articles(engine: sa.Engine) -> int:
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one())
    except sa.exc.DBAPIError:  # the schema is not there yet
        return 0


def _assert_whole(url: str) -> int:
    """Check the store is sound and every stored document is complete; return its size."""
    engine = engine_for(url)
    with engine.connect() as conn:
        run = lambda sql: conn.execute(sa.text(sql)).all()  # noqa: E731
        if engine.dialect.name == "sqlite":
            assert run("PRAGMA integrity_check")[0][0] == "ok"
            assert run("PRAGMA foreign_key_check") == []
        for table in ("events", "quotes", "mentions"):  # no row outlives its article
            assert not run(
                f"SELECT 1 FROM {table} t LEFT JOIN articles a ON a.id = t.article_id"
                " WHERE a.id IS NULL"
            ), table
        per_article = run(
            "SELECT a.input_id, (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a"
        )
        dupes = run("SELECT input_id FROM articles GROUP BY input_id HAVING count(*) > 1")
    engine.dispose()
    assert dupes == []
    assert all(row[1:] == (EVENTS_PER_DOC, 1, 1) for row in per_article), per_article
    return len(per_article)


def test_a_writer_killed_midway_loses_nothing_and_a_rerun_completes(
    store_urls: StoreUrls,
) -> None:
    url = store_urls("crash")
    proc = _writer(url)
    watcher = engine_for(url)
    deadline = time.monotonic() + 120
    while _articles(watcher) < 20:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "the writer did not start storing"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    watcher.dispose()
    assert proc.returncode == -signal.SIGKILL

    stored = _assert_whole(url)
    print("stored before the kill:", stored)
    assert 20 <= stored < DOCS  # killed midway, and what was committed is there

    rerun = _writer(url)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read() if rerun.stderr else ""
    assert _assert_whole(url) == DOCS
    again = _writer(url)
    assert again.wait(timeout=300) == 0
    assert _assert_whole(url) == DOCS
