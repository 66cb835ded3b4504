"""``borderwatch load``: the Parquet that ``borderwatch spark`` wrote, into a store.

Each row of the ``articles`` table becomes the ``DocumentResult`` it was made
from (``tables.result_from_row``) and is saved with ``Store.save``, the
writer ``ingest`` uses: one transaction per article, keyed by its content
hash, so loading twice stores nothing new and a load killed half-way and run
again ends with the same rows as one clean load.  Files are read in name
order (Spark's ``part-NNNNN``: input order) and row group by row group, so
memory does not grow with the archive.  ``pyarrow`` only; no Spark.

``DIR`` is a local folder or any URI pyarrow opens
(``pyarrow.fs.FileSystem.from_uri``): ``file://``, ``s3://``, ``gs://``,
``abfs://``, ``hdfs://`` (the last needs Hadoop's ``libhdfs`` and
``CLASSPATH``, as on a cluster's edge node).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from borderwatch.archive.inputs import is_uri
from borderwatch.archive.tables import result_from_row
from borderwatch.errors import InputError
from borderwatch.records import DocumentResult

if TYPE_CHECKING:
    from pyarrow.fs import FileSystem

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


@dataclass(frozen=True)
class Folder:
    """The folder Spark wrote: a filesystem and a path on it."""

    filesystem: FileSystem
    path: str

    def join(self, name: str) -> Folder:
        return Folder(self.filesystem, f"{self.path.rstrip('/')}/{name}")

    def has_file(self, name: str) -> bool:
        from pyarrow.fs import FileType

        return bool(self.filesystem.get_file_info(self.join(name).path).type == FileType.File)


def open_folder(location: str) -> Folder:
    """The folder at ``location``: a local path, or a URI pyarrow opens."""
    from pyarrow.fs import FileSystem, FileType, LocalFileSystem

    try:
        if is_uri(location):
            filesystem, path = FileSystem.from_uri(location)
        else:
            filesystem, path = LocalFileSystem(), os.path.abspath(location)
        found = filesystem.get_file_info(path).type
    except (OSError, ValueError) as exc:  # ArrowInvalid is a ValueError
        reason = str(exc).splitlines()[0]
        raise InputError(f"cannot open {location}: {reason}") from exc
    if found != FileType.Directory:
        raise InputError(f"no such folder: {location}")
    return Folder(filesystem, path)


def _parquet_files(folder: Folder) -> list[str]:
    from pyarrow.fs import FileSelector, FileType

    try:
        infos = folder.filesystem.get_file_info(FileSelector(folder.path, allow_not_found=True))
    except OSError as exc:
        raise InputError(f"cannot list {folder.path}: {str(exc).splitlines()[0]}") from exc
    return sorted(
        info.path
        for info in infos
        if info.type == FileType.File
        and info.base_name.endswith(".parquet")
        and not info.base_name.startswith(("_", "."))
    )


def _rows(folder: Folder) -> Iterator[dict[str, object]]:
    import pyarrow.parquet as pq

    for path in _parquet_files(folder):
        with folder.filesystem.open_input_file(path) as stream:
            for batch in pq.ParquetFile(stream).iter_batches(batch_size=BATCH_ROWS):
                yield from batch.to_pylist()


def read_results(location: str) -> Iterator[DocumentResult]:
    """The results stored in the ``articles`` table under ``location``, in input order."""
    articles = open_folder(location).join("articles")
    if not articles.has_file("_SUCCESS") and not _parquet_files(articles):
        raise InputError(f"{location} holds no articles table written by borderwatch spark")
    for row in _rows(articles):
        yield result_from_row(row)


def count_errors(location: str) -> int:
    import pyarrow.parquet as pq

    errors = open_folder(location).join("errors")
    total = 0
    for path in _parquet_files(errors):
        with errors.filesystem.open_input_file(path) as stream:
            total += pq.ParquetFile(stream).metadata.num_rows
    return total


def load_results(store: Store, location: str) -> LoadReport:
    """Save every article under ``location`` (a folder or a URI) in ``store``; what is
    there already stays."""
    report = LoadReport(errors=count_errors(location))
    for result in read_results(location):
        report.read += 1
        if store.save(result).created:
            report.stored += 1
        else:
            report.unchanged += 1
    return report
