"""``borderwatch spark`` and ``borderwatch load``: Spark in local mode stores what
``ingest`` stores for the same WARC files; bad records are rows of the errors
table, never a failed job; loading twice, or again after a load stopped
half-way, ends with the rows of one clean load.

Uses ../shared/data/warc/ and a record-compressed WARC built here with warcio
(pages written for these tests, one record with a failing digest, a 404 and an
image).  One Spark session (local[2]) serves the module: it takes 5-12 s to start.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from io import BytesIO
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from loopback_site import page
from paths import SEED, WARC

from borderwatch.archive.load import load_results, read_results
from borderwatch.archive.tables import arrow_schema, document_row, result_from_row
from borderwatch.cli import main
from borderwatch.ingest.warc import read_warc_file
from borderwatch.ingest.warc_splits import plan_splits, read_warc_split
from borderwatch.pipeline import process_document
from borderwatch.records import RawDocument
from borderwatch.store import open_store

pytestmark = pytest.mark.slow

SHARED_WARCS = sorted(str(p) for p in WARC.glob("*.warc*"))
HTML = [("Content-Type", "text/html; charset=utf-8")]

STORIES = [
    (
        "Torkham shut",
        "Pakistani authorities closed the Torkham border crossing with Afghanistan on Monday "
        "after an exchange of fire between border guards, officials said.\n"
        "About 400 trucks were stranded on both sides of the crossing.",
        "2026-02-02",
    ),
    (
        "Torkham open again",
        "The Torkham crossing between Pakistan and Afghanistan reopened for trade on Thursday "
        "after talks between the two sides, a customs official said.",
        "2026-02-05",
    ),
    (
        "Chaman queues",
        "Traders said the Chaman border crossing with Afghanistan remained closed on Friday, "
        "with hundreds of lorries waiting to cross.",
        "2026-02-06",
    ),
    ("Market prices", "Vegetable prices rose in the city market this week.", "2026-02-07"),
]


def _record(url: str, status: str, headers: list[tuple[str, str]], payload: bytes) -> bytes:
    """One uncompressed WARC response record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    http_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(payload),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": "2026-02-08T10:00:00Z"},
        )
    )
    return buffer.getvalue()


def build_archive(copies: int = 3) -> bytes:
    """A record-compressed WARC (one gzip member a record) with one damaged record."""
    return b"".join(gzip.compress(member) for member in archive_members(copies))


def archive_members(copies: int = 3) -> list[bytes]:
    """The records of ``build_archive``, uncompressed: pages, a 404 and an image
    per copy, and a page whose digest fails (the fourth record)."""
    members: list[bytes] = []
    for copy in range(copies):
        for i, (title, body, date) in enumerate(STORIES):
            url = f"https://news.example/{copy}/{i}"
            text = body if copy == 0 else f"{body}\nUpdate {copy}: more to follow."
            members.append(_record(url, "200 OK", HTML, page(title, text, date=date)))
        members.append(_record(f"https://news.example/{copy}/gone", "404 Not Found", HTML, b"no"))
        members.append(
            _record(
                f"https://news.example/{copy}/logo",
                "200 OK",
                [("Content-Type", "image/png")],
                b"\x89PNG",
            )
        )
    damaged = _record("https://news.example/damaged", "200 OK", HTML, page(*STORIES[0]))
    members.insert(3, damaged.replace(b"exchange of fire", b"exchange of words"))
    return members


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("warc") / "built.warc.gz"
    path.write_bytes(build_archive())
    return str(path)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from borderwatch.archive.spark import spark_session

    session = spark_session("local[2]", app_name="borderwatch-tests")
    yield session
    session.stop()


def _listing(tmp_path: Path, locations: list[str]) -> str:
    listing = tmp_path / "list.txt"
    listing.write_text("# WARC files\n" + "\n".join(locations) + "\n", encoding="utf-8")
    return str(listing)


@pytest.fixture(scope="module")
def written(spark: Any, archive: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Spark's output for the shared WARCs and the built one, cut into 2 KB parts."""
    from borderwatch.archive.spark import run_spark

    folder = tmp_path_factory.mktemp("spark")
    listing = _listing(folder, [*SHARED_WARCS, archive])
    output = str(folder / "out")
    report = run_spark(spark, listing, output, split_bytes=2048, max_bytes=20_000_000)
    return report, output


def _stored(url: str) -> dict[str, Any]:
    """Everything a store holds that ingest decides (not when it was ingested)."""
    import sqlalchemy as sa

    store = open_store(url)
    try:
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM articles ORDER BY id"))]
        engine.dispose()
        return {
            "results": {i: store.load_result(i) for i in ids},
            "events": [
                (e.article_id, e.seq, e.event, e.effective_date) for e in store.events().items
            ],
            "quotes": [(q.article_id, q.quote) for q in store.quotes().items],
            "statuses": sorted(map(repr, store.published_statuses())),
        }
    finally:
        store.close()


def _ingest(tmp_path: Path, paths: list[str]) -> str:
    url = f"sqlite:///{tmp_path / 'ingest.db'}"
    result = CliRunner().invoke(main, ["ingest", *paths, "--store", url])
    assert result.exit_code == 0, result.output
    return url


def _load(folder: str, url: str) -> str:
    result = CliRunner().invoke(main, ["load", folder, "--store", url])
    assert result.exit_code == 0, result.output
    return result.output


# --- engine-free parts --------------------------------------------------------------


def test_a_result_round_trips_through_its_row_and_arrow(analyzer: Any) -> None:
    import pyarrow as pa

    raw = RawDocument(id=str(SEED), data=SEED.read_bytes(), media_type="text/plain")
    result = process_document(raw, analyzer)
    assert result.events and result.error is None
    rows = pa.RecordBatch.from_pylist([document_row(result)], schema=arrow_schema()).to_pylist()
    assert result_from_row(rows[0]) == result


def test_parts_of_a_record_compressed_warc_read_every_record_once(archive: str) -> None:
    splits = plan_splits(archive, 700)
    assert len(splits) > 5
    parts = [doc for split in splits for doc in read_warc_split(split, 20_000_000)]
    assert parts == list(read_warc_file(archive, 20_000_000))


#: The member overwritten in ``damaged_member_archive``: a page of news (copy 1's first).
DAMAGED_MEMBER = 7


def damaged_member_archive(folder: Path) -> tuple[str, str, int]:
    """The built archive, intact and with the deflate data of one gzip member
    (a page) overwritten in place: their paths and the damaged record's offset."""
    members = [gzip.compress(member) for member in archive_members()]
    intact = folder / "intact.warc.gz"
    intact.write_bytes(b"".join(members))
    damaged = bytearray(members[DAMAGED_MEMBER])
    middle = len(damaged) // 2
    damaged[middle : middle + 24] = bytes(b ^ 0x5A for b in damaged[middle : middle + 24])
    members[DAMAGED_MEMBER] = bytes(damaged)
    path = folder / "damaged.warc.gz"
    path.write_bytes(b"".join(members))
    return str(intact), str(path), sum(len(m) for m in members[:DAMAGED_MEMBER])


def test_a_damaged_gzip_member_is_one_error_and_the_records_after_it_are_read(
    tmp_path: Path,
) -> None:
    intact, path, at = damaged_member_archive(tmp_path)
    whole = list(read_warc_file(path, 20_000_000))
    expected = [
        replace(doc, id=doc.id.replace(intact, path)) for doc in read_warc_file(intact, 20_000_000)
    ]
    [damaged] = [i for i, doc in enumerate(expected) if doc.id == f"{path}:{at}"]
    assert whole[:damaged] + whole[damaged + 1 :] == expected[:damaged] + expected[damaged + 1 :]
    error = whole[damaged].error
    assert error is not None and error.startswith("InputError:") and f"at byte {at} cannot" in error
    assert damaged < len(whole) - 3  # records after it were read
    for size in (300, 700, 2048):
        splits = plan_splits(path, size)
        assert len(splits) > 3
        assert [doc for split in splits for doc in read_warc_split(split, 20_000_000)] == whole


def test_a_plain_warc_is_one_part() -> None:
    chunked = str(WARC / "warcio-example-iana.org-chunked.warc")
    assert len(plan_splits(chunked, 100)) == 1


# --- Spark against ingest ------------------------------------------------------------


def test_spark_and_ingest_store_the_same_records(
    written: Any, archive: str, tmp_path: Path
) -> None:
    report, output = written
    by_ingest = _stored(_ingest(tmp_path, [*SHARED_WARCS, archive]))
    by_spark = f"sqlite:///{tmp_path / 'spark.db'}"
    _load(output, by_spark)
    loaded = _stored(by_spark)
    assert loaded["events"], "the archives should yield events"
    assert loaded == by_ingest
    assert report.events == len(loaded["events"])


def test_bad_records_are_counted_in_the_errors_table(written: Any) -> None:
    import pyarrow.parquet as pq

    report, output = written
    errors = pq.read_table(f"{output}/errors").to_pylist()
    assert [e["error_kind"] for e in errors] == ["InputError"]
    assert "digest failed" in errors[0]["error"]
    assert report.failed == {"InputError": 1}
    articles = pq.read_table(f"{output}/articles").num_rows
    assert report.read == articles + 1 == report.articles + 1


def test_the_events_table_is_the_articles_events_flattened(written: Any) -> None:
    import pyarrow.parquet as pq

    _report, output = written
    events = pq.read_table(f"{output}/events").to_pylist()
    nested = [
        (a["input_id"], i, e["type"], e["place"])
        for a in pq.read_table(f"{output}/articles").to_pylist()
        for i, e in enumerate(a["events"])
    ]
    assert sorted((e["input_id"], e["seq"], e["type"], e["place"]) for e in events) == sorted(
        nested
    )


# --- load ----------------------------------------------------------------------------


def test_loading_twice_stores_nothing_new(written: Any, tmp_path: Path) -> None:
    _report, output = written
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    first = _load(output, url)
    once = _stored(url)
    second = _load(output, url)
    assert "stored 0," in second and "stored 0," not in first
    assert _stored(url) == once


def test_a_load_stopped_half_way_and_run_again_equals_a_clean_one(
    written: Any, tmp_path: Path
) -> None:
    _report, output = written
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    _load(output, clean)
    stopped = f"sqlite:///{tmp_path / 'stopped.db'}"
    store = open_store(stopped)
    for result in islice(read_results(output), 4):
        store.save(result)
    store.close()
    store = open_store(stopped)
    report = load_results(store, output)
    store.close()
    assert report.unchanged == 4 and report.stored > 0
    assert _stored(stopped) == _stored(clean)


# --- Hadoop URIs and the command ---------------------------------------------------------


def test_uris_are_read_through_hadoop_with_the_same_results(
    spark: Any, written: Any, archive: str, tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    from borderwatch.archive.spark import run_spark

    _report, output = written
    listing = _listing(tmp_path, [f"file://{archive}"])
    report = run_spark(spark, listing, str(tmp_path / "out"), max_bytes=20_000_000)
    assert report.failed == {"InputError": 1}

    def events(folder: str, prefix: str) -> list[tuple[Any, ...]]:
        rows = pq.read_table(f"{folder}/events").to_pylist()
        return sorted(
            (r["input_id"].split(":")[-1], r["seq"], r["type"], r["place"], r["evidence_start"])
            for r in rows
            if prefix in r["input_id"]
        )

    via_hadoop = events(str(tmp_path / "out"), "built.warc.gz")
    assert via_hadoop and via_hadoop == events(output, archive)


def test_the_command_writes_the_tables_and_says_what_failed(tmp_path: Path, archive: str) -> None:
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1"}
    output = tmp_path / "out"
    command = [sys.executable, "-m", "borderwatch.cli", "spark", "--input", archive]
    done = subprocess.run(
        [*command, "--output", str(output), "--master", "local[1]"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "failed 1 ->" in done.stdout and "failed: InputError (1)" in done.stdout
    assert sorted(p.name for p in output.iterdir()) == ["articles", "errors", "events", "quotes"]


def test_a_damaged_gzip_member_in_a_split_is_counted_and_the_run_goes_on(
    spark: Any, tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    from borderwatch.archive.spark import run_spark

    _intact, path, at = damaged_member_archive(tmp_path)
    output = str(tmp_path / "out")
    report = run_spark(spark, path, output, split_bytes=700, max_bytes=20_000_000)
    whole = list(read_warc_file(path, 20_000_000))
    assert report.read == len(whole)
    assert report.failed == {"InputError": 2}  # the damaged member, and the failing digest
    errors = {row["input_id"] for row in pq.read_table(f"{output}/errors").to_pylist()}
    assert f"{path}:{at}" in errors
    assert report.articles == len([doc for doc in whole if not doc.error]) > 0


# --- load from any filesystem pyarrow opens ----------------------------------------------


def test_load_reads_a_file_uri_and_a_relative_path_as_the_folder_itself(
    written: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _report, output = written
    by_path = f"sqlite:///{tmp_path / 'path.db'}"
    _load(output, by_path)
    by_uri = f"sqlite:///{tmp_path / 'uri.db'}"
    assert "stored 0," not in _load(Path(output).as_uri(), by_uri)
    monkeypatch.chdir(Path(output).parent)
    by_relative = f"sqlite:///{tmp_path / 'relative.db'}"
    _load(Path(output).name, by_relative)
    assert _stored(by_uri) == _stored(by_path) == _stored(by_relative)


@pytest.mark.parametrize("where", ["file:///no/such/folder", "nosuchscheme://host/out", "missing"])
def test_load_from_a_folder_that_cannot_be_opened_is_a_clear_error(
    where: str, tmp_path: Path
) -> None:
    result = CliRunner().invoke(main, ["load", where, "--store", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2
    assert where in result.output and "Traceback" not in result.output


def test_a_run_never_overwrites_tables_unasked(spark: Any, written: Any) -> None:
    from borderwatch.archive.spark import run_spark

    _report, output = written
    with pytest.raises(Exception, match="already exists"):
        run_spark(spark, SHARED_WARCS[0], output, max_bytes=20_000_000)
