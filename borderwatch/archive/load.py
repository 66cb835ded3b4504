"""``borderwatch load``: the Parquet that ``borderwatch spark`` wrote, into a store.

Each row of the ``articles`` table becomes the ``DocumentResult`` it was made
from (``tables.result_from_row``) and is saved with ``Store.save``, the
writer ``ingest`` uses: one transaction per article, keyed by its content
hash, so loading twice stores nothing new and a load killed half-way and run
again ends with the same rows as one clean load.  Files are read in name
order (Spark's ``part-NNNNN``: input order) and row group by row group, so
memory does not grow with the archive.  ``pyarrow`` only; no Spark.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from borderwatch.archive.tables import result_from_row
from borderwatch.errors import InputError
from borderwatch.records import DocumentResult

if TYPE_CHECKING:
    from borderwatch.store import Store

__all__ = ["LoadReport", "load_results", "read_results"]

#: Rows read from Parquet at a time.
BATCH_ROWS = 256


@dataclass
class LoadReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    errors: int = 0  # inputs the Spark run could not read (the errors table)

    def line(self) -> str:
        return (
            f"read {self.read}, stored {self.stored}, unchanged {self.unchanged}; "
            f"{self.errors} input(s) failed in the Spark run (errors table)"
        )


def _parquet_files(folder: str) -> list[str]:
    if not os.path.isdir(folder):
        return []
    return sorted(
        os.path.join(folder, name)
        for name in os.listdir(folder)
        if name.endswith(".parquet") and not name.startswith(("_", "."))
    )


def _rows(folder: str) -> Iterator[dict[str, object]]:
    import pyarrow.parquet as pq

    for path in _parquet_files(folder):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
            yield from batch.to_pylist()


def read_results(folder: str) -> Iterator[DocumentResult]:
    """The results stored in the ``articles`` table under ``folder``, in input order."""
    articles = os.path.join(folder, "articles")
    if not os.path.isfile(os.path.join(articles, "_SUCCESS")) and not _parquet_files(articles):
        raise InputError(f"{folder} holds no articles table written by borderwatch spark")
    for row in _rows(articles):
        yield result_from_row(row)


def count_errors(folder: str) -> int:
    import pyarrow.parquet as pq

    return sum(
        pq.ParquetFile(path).metadata.num_rows
        for path in _parquet_files(os.path.join(folder, "errors"))
    )


def load_results(store: Store, folder: str) -> LoadReport:
    """Save every article under ``folder`` in ``store``; what is there already stays."""
    report = LoadReport(errors=count_errors(folder))
    for result in read_results(folder):
        report.read += 1
        if store.save(result).created:
            report.stored += 1
        else:
            report.unchanged += 1
    return report
