"""Where a record starts in a WARC compressed record by record (one gzip member
per record, as crawlers write them): the first gzip member at or after a
byte offset whose text opens with ``WARC/``.

Used to start reading a part of a file (``warc_splits``) and to go on after
a damaged member (``warc.read_warc_stream``): the records after it are read,
not lost with it.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

__all__ = ["GZIP_MAGIC", "find_record_start"]

#: The gzip member header with the deflate method: where a record may start.
GZIP_MAGIC = b"\x1f\x8b\x08"
#: Bytes read at a candidate header to check that it opens a WARC record.
PROBE_BYTES = 4096
#: Bytes scanned at a time while looking for the next record.
SCAN_BYTES = 1 << 20


def _opens_record(window: bytes) -> bool:
    try:
        head = zlib.decompressobj(31).decompress(window, 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def find_record_start(stream: BinaryIO, start: int, end: int | None) -> int | None:
    """The first record boundary at or after ``start`` and before ``end``, if any
    (the stream is left anywhere: seek before reading)."""
    position = start
    while end is None or position < end:
        stream.seek(position)
        chunk = stream.read(SCAN_BYTES + PROBE_BYTES)
        if not chunk:
            return None
        found = chunk.find(GZIP_MAGIC)
        while found != -1 and found < SCAN_BYTES:
            at = position + found
            if end is not None and at >= end:
                return None
            stream.seek(at)
            if _opens_record(stream.read(PROBE_BYTES)):
                return at
            found = chunk.find(GZIP_MAGIC, found + 1)
        position += SCAN_BYTES
    return None
