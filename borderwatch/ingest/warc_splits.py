"""Parts of a WARC file that can be read apart: how Spark reads one large
archive on several cores.

A WARC file compressed record by record (one gzip member per record, as
crawlers write them and Common Crawl publishes them) is cut into byte ranges
of about ``split_bytes``.  A part owns the records that *start* in its range:
its reader seeks to the first record boundary at or after its start (the
first gzip member there that opens with ``WARC/``) and reads records until one
starts at or after its end.  Every record thus belongs to exactly one part,
and each document keeps the id it has when the whole file is read
(``PATH:OFFSET``), so reading the parts gives what ``read_warc_file`` gives.

A plain (uncompressed) WARC, a file compressed as a whole, and anything else
is one part: their record boundaries cannot be found from the middle.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

from borderwatch.errors import InputError
from borderwatch.ingest.files import failed
from borderwatch.ingest.warc import read_warc_file, read_warc_stream
from borderwatch.ingest.warc_members import GZIP_MAGIC, SCAN_BYTES, find_record_start
from borderwatch.records import RawDocument

__all__ = ["WarcSplit", "plan_splits", "read_warc_split"]

#: Compressed bytes of the first member read to tell record-by-record gzip from
#: a file compressed as a whole (a record larger than this: one part).
FIRST_MEMBER_LIMIT = 64 << 20


@dataclass(frozen=True, slots=True)
class WarcSplit:
    """Records of ``path`` that start in ``[start, end)``; ``end`` None: to the end.

    ``source`` is the file as the user named it: documents' ids start with it.
    """

    source: str
    path: str
    start: int = 0
    end: int | None = None


def _first_member_end(path: str) -> int | None:
    """Where the file's first gzip member ends, when another member follows it."""
    decompressor = zlib.decompressobj(31)
    read = 0
    with open(path, "rb") as stream:
        while read < FIRST_MEMBER_LIMIT:
            chunk = stream.read(SCAN_BYTES)
            if not chunk:
                return None
            decompressor.decompress(chunk, 1 << 16)
            while decompressor.unconsumed_tail and not decompressor.eof:
                decompressor.decompress(decompressor.unconsumed_tail, 1 << 16)
            if decompressor.eof:
                end = read + len(chunk) - len(decompressor.unused_data)
                return end if end < os.path.getsize(path) else None
            read += len(chunk)
    return None


def plan_splits(source: str, split_bytes: int, path: str | None = None) -> list[WarcSplit]:
    """The parts of one WARC file, in file order (one part when it cannot be cut)."""
    path = path or source
    whole = [WarcSplit(source, path)]
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            magic = stream.read(len(GZIP_MAGIC))
        if size <= split_bytes or magic != GZIP_MAGIC or _first_member_end(path) is None:
            return whole
    except (OSError, zlib.error):
        return whole  # the reader names the problem, as ingest does
    starts = range(0, size, split_bytes)
    return [
        WarcSplit(source, path, start, start + split_bytes if start + split_bytes < size else None)
        for start in starts
    ]


def read_warc_split(split: WarcSplit, max_bytes: int) -> Iterator[RawDocument]:
    """Documents of the records that start in the split's range."""
    if split.start == 0 and split.end is None:
        yield from _renamed(read_warc_file(split.path, max_bytes), split)
        return
    try:
        with open(split.path, "rb") as stream:
            first = find_record_start(stream, split.start, split.end)
            if first is None:
                return  # a record larger than the range: the part before reads it
            stream.seek(first)
            yield from read_warc_stream(stream, split.source, max_bytes, end=split.end)
    except OSError as exc:
        yield failed(split.source, InputError(f"cannot read {split.source}: {exc}"))


def _renamed(docs: Iterator[RawDocument], split: WarcSplit) -> Iterator[RawDocument]:
    """Ids under the name the user gave, when the file was opened by another."""
    if split.path == split.source:
        yield from docs
        return
    for doc in docs:
        yield replace(doc, id=split.source + doc.id[len(split.path) :])
