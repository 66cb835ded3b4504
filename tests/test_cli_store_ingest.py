"""``borderwatch run`` and ``borderwatch ingest`` on real inputs and real SQLite files."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import DEV, SEED

from borderwatch.cli import main

BORDERWATCH = str(Path(sys.executable).parent / "borderwatch")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def summary(out: str) -> str:
    """``run``'s summary line: after the crossings, so that it is never scrolled away."""
    [line] = [line for line in out.splitlines() if line.startswith("read ")]
    assert out.splitlines().index(line) > 0
    return line


def test_run_on_the_seed_shows_torkham_closed_with_dated_evidence(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/seed.db"
    code, out, _err = invoke("run", str(SEED), "--published", "2023-02-22", "--store", url)
    assert code == 0
    assert summary(out).startswith("read 1, stored 1, unchanged 0, failed 0")
    assert "without a publication date" not in out
    assert "Torkham (AF–PK): closed since 2023-02-19" in out
    assert "2023-02-19  closure  (Sunday)" in out
    assert "2023-02-20  clash  (Monday)" in out
    assert "      > " in out  # the evidence sentences


def test_running_the_same_page_again_stores_nothing_new(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/again.db"
    assert invoke("ingest", str(SEED), "--store", url)[0] == 0
    before = counts(tmp_path / "again.db")
    code, out, _ = invoke("run", str(SEED), "--store", url)
    assert code == 0 and summary(out).startswith("read 1, stored 0, unchanged 1, failed 0")
    assert "1 article without a publication date" in out
    # the summary still shows what is known; the undated seed sets no status
    assert "Torkham (AF–PK): unknown" in out and "date unknown" in out
    assert counts(tmp_path / "again.db") == before


def test_ingest_counts_failures_with_reasons_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    url = f"sqlite:///{tmp_path}/mixed.db"
    code, out, err = invoke("ingest", str(tmp_path / "in"), "--store", url)
    assert code == 0
    assert out.splitlines()[0] == "read 3, stored 1, unchanged 0, failed 2"
    assert "failed:" in out
    assert "empty.txt" in err and "binary.txt" in err


def test_ingest_exits_non_zero_when_every_input_failed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = invoke(
        "ingest", str(tmp_path / "empty.txt"), "--store", f"sqlite:///{tmp_path}/none.db"
    )
    assert code != 0 and "read 1, stored 0, unchanged 0, failed 1" in out
    assert "every input failed" in err


def _copies(tmp_path: Path, copies: int) -> Path:
    """The dev articles, each ``copies`` times with a distinct last line, as JSON Lines."""
    path = tmp_path / "many.jsonl"
    with DEV.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        records = [json.loads(line) for line in src if line.strip()]
        for k in range(copies):
            for record in records:
                item = {
                    key: record[key] for key in ("id", "text", "url", "published") if key in record
                }
                item["id"] = f"{record['id']}#{k}"
                item["text"] = record["text"] + f"\n\nCopy {k}."
                out.write(json.dumps(item) + "\n")
    return path


def _articles(path: Path) -> dict[str, tuple[int, int]]:
    """content hash -> (events, quotes) of every stored article."""
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(path, timeout=30) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = conn.execute(
                "SELECT a.content_hash,"
                " (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
                " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a"
            ).fetchall()
    except sqlite3.OperationalError:  # no schema yet
        return {}
    hashes = [r[0] for r in rows]
    assert len(hashes) == len(set(hashes)), "an article stored twice"
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.mark.slow
def test_ingest_killed_midway_keeps_whole_documents_and_a_rerun_completes(tmp_path: Path) -> None:
    inputs = _copies(tmp_path, copies=2)
    reference = tmp_path / "reference.db"
    done = subprocess.run(
        [BORDERWATCH, "ingest", str(inputs), "--store", f"sqlite:///{reference}"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    expected = _articles(reference)
    assert len(expected) > 50

    path = tmp_path / "killed.db"
    url = f"sqlite:///{path}"
    proc = subprocess.Popen(
        [BORDERWATCH, "ingest", str(inputs), "--store", url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while len(_articles(path)) < 10:
        assert proc.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL

    partial = _articles(path)
    assert 10 <= len(partial) < len(expected)
    assert all(expected[h] == partial[h] for h in partial)  # no half-stored article

    done = subprocess.run(
        [BORDERWATCH, "ingest", str(inputs), "--store", url],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # only what the killed run had not stored is new (unchanged also counts inputs
    # whose cleaned text repeats another's)
    assert f"stored {len(expected) - len(partial)}," in done.stdout
    assert _articles(path) == expected
    assert counts(path) == counts(reference)
