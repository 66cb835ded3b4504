"""A writer killed mid-run loses nothing it committed and leaves no half document."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

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


def _articles(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=30) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def _assert_whole(path: Path) -> int:
    """Check the file is sound and every stored document is complete; return its size."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        per_article = conn.execute(
            "SELECT a.input_id, (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a"
        ).fetchall()
        dupes = conn.execute(
            "SELECT input_id FROM articles GROUP BY input_id HAVING count(*) > 1"
        ).fetchall()
    assert dupes == []
    assert all(row[1:] == (EVENTS_PER_DOC, 1, 1) for row in per_article), per_article
    return len(per_article)


def test_a_writer_killed_midway_loses_nothing_and_a_rerun_completes(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    url = f"sqlite:///{path}"
    proc = _writer(url)
    deadline = time.monotonic() + 120
    while _articles(path) < 20:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "the writer did not start storing"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    stored = _assert_whole(path)
    print("stored before the kill:", stored)
    assert 20 <= stored < DOCS  # killed midway, and what was committed is there

    rerun = _writer(url)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read() if rerun.stderr else ""
    assert _assert_whole(path) == DOCS
    again = _writer(url)
    assert again.wait(timeout=300) == 0
    assert _assert_whole(path) == DOCS
