"""``borderwatch spark``: the pipeline on Apache Spark partitions, into Parquet.

The only module that imports pyspark; it schedules and writes, nothing else.

1. The driver lists the parts to read (``inputs.list_inputs``) as a small
   DataFrame, one part a partition; URIs become a DataFrame of whole files
   (Spark's ``binaryFile`` source, through its Hadoop filesystems).
2. ``mapInArrow`` runs ``read_part`` on each partition: records are read one
   by one (``ingest.warc_splits``), each goes through
   ``pipeline.process_document`` with the worker's analyser (built once per
   Python worker, ``_analyzer``), and rows leave in small Arrow batches, so a
   worker holds a few documents at a time, never a file's results.
3. The documents are kept on disk (``DISK_ONLY``) and written as four Parquet
   tables: ``articles`` (one row per article, everything nested),
   ``events`` and ``quotes`` (one row each), ``errors`` (one row per input
   that failed, with its kind): a bad record is a row there, never a failed job.

Only the DataFrame API is used (no RDDs), so it runs on Spark Connect too.
"""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import TYPE_CHECKING, Any

from borderwatch.archive.inputs import list_inputs
from borderwatch.archive.tables import TABLES, arrow_schema, document_row
from borderwatch.ingest.warc_splits import WarcSplit, read_warc_split

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

    from borderwatch.pipeline import Analyzer

__all__ = ["SparkReport", "run_spark", "spark_session"]

#: Documents per Arrow batch leaving a worker: small, so memory stays flat.
BATCH_DOCUMENTS = 32
#: Default size of a part of a record-compressed WARC file.
DEFAULT_SPLIT_BYTES = 64 << 20


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """The settings every worker needs, decided on the driver."""

    max_bytes: int
    published: str | None = None
    max_seconds: float = 0


@dataclass
class SparkReport:
    """What a Spark run wrote."""

    read: int = 0
    articles: int = 0
    events: int = 0
    quotes: int = 0
    failed: Counter[str] = field(default_factory=Counter)  # error kind -> inputs

    @property
    def all_failed(self) -> bool:
        return self.read > 0 and sum(self.failed.values()) == self.read

    def line(self) -> str:
        return (
            f"read {self.read}, articles {self.articles}, events {self.events}, "
            f"quotes {self.quotes}, failed {sum(self.failed.values())}"
        )


def spark_session(master: str | None = None, app_name: str = "borderwatch") -> SparkSession:
    """The session ``spark-submit`` made, else a local one on ``master`` (default ``local[*]``)."""
    from pyspark.sql import SparkSession

    # workers of a local session run the driver's Python, where borderwatch is installed
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    elif not (os.environ.get("PYSPARK_GATEWAY_PORT") or os.environ.get("SPARK_REMOTE")):
        # not started by spark-submit (which sets the gateway) nor for Spark Connect
        builder = builder.master("local[*]")
    return builder.getOrCreate()


_ANALYZER: Analyzer | None = None


def _analyzer() -> Analyzer:
    """The worker's analyser, built on first use (spaCy loads once per Python worker)."""
    global _ANALYZER
    if _ANALYZER is None:
        from borderwatch.pipeline import build_analyzer

        _ANALYZER = build_analyzer()
    return _ANALYZER


def _batches(documents: Iterator[Any], options: ReadOptions) -> Iterator[pa.RecordBatch]:
    import pyarrow as pa

    from borderwatch.pipeline import process_document

    analyzer = _analyzer()
    schema = arrow_schema()
    rows: list[dict[str, Any]] = []
    for raw in documents:
        result = process_document(raw, analyzer, options.published, max_seconds=options.max_seconds)
        rows.append(document_row(result))
        if len(rows) >= BATCH_DOCUMENTS:
            yield pa.RecordBatch.from_pylist(rows, schema=schema)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def read_parts(
    batches: Iterator[pa.RecordBatch],
    splits: tuple[WarcSplit, ...],
    options: ReadOptions,
) -> Iterator[pa.RecordBatch]:
    """``mapInArrow``: numbers of parts in, the rows of their documents out."""

    def documents() -> Iterator[Any]:
        for batch in batches:
            for number in batch.column("id").to_pylist():
                yield from read_warc_split(splits[number], options.max_bytes)

    yield from _batches(documents(), options)


def read_files(batches: Iterator[pa.RecordBatch], options: ReadOptions) -> Iterator[pa.RecordBatch]:
    """``mapInArrow``: whole files (path, content) from Hadoop in, document rows out."""
    from borderwatch.ingest.warc import read_warc_stream

    def documents() -> Iterator[Any]:
        for batch in batches:
            paths = batch.column("path").to_pylist()
            for i, path in enumerate(paths):
                content = batch.column("content")[i].as_py()
                yield from read_warc_stream(BytesIO(content), path, options.max_bytes)

    yield from _batches(documents(), options)


def _documents(
    spark: SparkSession,
    input: str,
    split_bytes: int,
    options: ReadOptions,
) -> DataFrame:
    from pyspark.sql.pandas.types import from_arrow_schema

    schema = from_arrow_schema(arrow_schema())
    inputs = list_inputs(input, split_bytes)
    frames: list[DataFrame] = []
    if inputs.splits:
        # part i in partition i, in input order: the tables' files keep it for load
        count = len(inputs.splits)
        parts = spark.range(0, count, 1, count)
        read = functools.partial(read_parts, splits=inputs.splits, options=options)
        frames.append(parts.mapInArrow(read, schema))
    if inputs.uris:
        files = spark.read.format("binaryFile").load(list(inputs.uris)).select("path", "content")
        frames.append(files.mapInArrow(functools.partial(read_files, options=options), schema))
    if not frames:
        return spark.createDataFrame([], schema)
    documents = frames[0]
    for frame in frames[1:]:
        documents = documents.unionByName(frame)
    return documents


def _tables(documents: DataFrame) -> dict[str, DataFrame]:
    from pyspark.sql import functions as F

    ok = documents.where(F.col("error").isNull())
    flat = ("input_id", "article_id", "published", "url", "source")

    def exploded(column: str) -> DataFrame:
        rows = ok.select(*flat, F.posexplode(column).alias("seq", "item"))
        return rows.select(*flat, "seq", "item.*")

    tables = {
        "articles": ok.drop("error", "error_kind"),
        "events": exploded("events"),
        "quotes": exploded("quotes"),
        "errors": documents.where(F.col("error").isNotNull()).select(
            "input_id", "error_kind", "error"
        ),
    }
    assert tuple(tables) == TABLES
    return tables


def run_spark(
    spark: SparkSession,
    input: str,
    output: str,
    *,
    split_bytes: int = DEFAULT_SPLIT_BYTES,
    max_bytes: int,
    published: str | None = None,
    max_seconds: float = 0,
    overwrite: bool = False,
) -> SparkReport:
    """Read every record ``input`` names and write the four tables under ``output``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    options = ReadOptions(max_bytes, published, max_seconds)
    documents = _documents(spark, input, split_bytes, options)
    documents = documents.persist(StorageLevel.DISK_ONLY)
    try:
        for name, table in _tables(documents).items():
            writer = table.write.mode("overwrite" if overwrite else "errorifexists")
            writer.parquet(f"{output.rstrip('/')}/{name}")
        counts = (
            documents.select(
                F.col("error_kind"),
                F.size(F.coalesce("events", F.array())).alias("events"),
                F.size(F.coalesce("quotes", F.array())).alias("quotes"),
            )
            .groupBy("error_kind")
            .agg(
                F.count("*").alias("n"),
                F.sum("events").alias("events"),
                F.sum("quotes").alias("quotes"),
            )
        )
        report = SparkReport()
        for row in counts.collect():  # one row per error kind: a handful
            report.read += row["n"]
            if row["error_kind"] is None:
                report.articles += row["n"]
                report.events += row["events"] or 0
                report.quotes += row["quotes"] or 0
            else:
                report.failed[row["error_kind"]] += row["n"]
    finally:
        documents.unpersist()
    return report
