"""WARC files (plain or gzip-compressed, one member per record or whole): one
document per archived page.

Only ``response`` records are read (``request``, ``metadata``, ``revisit``
and ``warcinfo`` records hold no page), and of those only a successful
(2xx) HTTP answer holding HTML or plain text: redirects, errors, feeds,
images and other payloads are skipped, and the skips are counted in a log
line per file.  warcio removes the chunked transfer coding and any content
coding (gzip) of the payload.

Each document carries the record's target URI as ``url``, its ``WARC-Date``
as ``fetched`` (the page's own publication date still comes from the page),
the charset of the HTTP ``Content-Type`` as ``charset``, and
``PATH:OFFSET`` (the record's byte offset, as CDX indexes name records) as
its id.  A record larger than ``max_bytes``, cut short or failing its
digest is that record's error; a record that cannot be read at all (a
damaged gzip member) is one error document, and reading goes on at the next
record when the file is compressed record by record (else the records
before it are kept and the file ends there).
"""

from __future__ import annotations

import logging
import os
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from borderwatch.errors import InputError, InputTooLarge
from borderwatch.ingest.files import failed
from borderwatch.ingest.media import ContentType, parse_content_type
from borderwatch.ingest.warc_members import find_record_start
from borderwatch.records import RawDocument

__all__ = ["read_warc_file", "read_warc_stream"]

log = logging.getLogger(__name__)


def read_warc_file(path: str, max_bytes: int) -> Iterator[RawDocument]:
    """Documents from the WARC file at ``path``."""
    from borderwatch.ingest.sniff import sniff_file

    if os.path.isfile(path) and sniff_file(path) != "warc":
        yield failed(path, InputError(f"{path} is not a valid WARC file: no WARC/1.x record"))
        return
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield failed(path, InputError(f"cannot read {path}: {exc.strerror or exc}"))
        return
    with stream:
        yield from read_warc_stream(stream, path, max_bytes)


@dataclass
class _Tally:
    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def read_warc_stream(
    stream: BinaryIO, source: str, max_bytes: int, *, end: int | None = None
) -> Iterator[RawDocument]:
    """Documents from an open WARC stream named ``source``.

    Reading starts where the stream stands (a record's first byte; offsets in
    ids are the stream's own positions) and, with ``end``, stops before the
    first record that starts at or after ``end`` (``warc_splits``: a part of
    a file).  A record that cannot be read (a damaged gzip member, a bad
    header) is one error, ``SOURCE:OFFSET``; in a file compressed record by
    record, reading goes on at the next record (``warc_members``).
    """
    tally = _Tally()
    position: int | None = stream.tell()
    while position is not None:
        damaged_at = yield from _read_records(stream, source, max_bytes, end, tally)
        position = None
        if damaged_at is not None and stream.seekable():
            position = find_record_start(stream, damaged_at + 1, end)
            if position is not None:
                stream.seek(position)
    if tally.skipped:
        log.info(
            "%s: %d pages read, skipped %s",
            source,
            tally.read,
            ", ".join(f"{n} {why}" for why, n in sorted(tally.skipped.items())),
        )


def _read_records(
    stream: BinaryIO, source: str, max_bytes: int, end: int | None, tally: _Tally
) -> Generator[RawDocument, None, int | None]:
    """Documents of the records from where the stream stands; returns the offset
    of a record that could not be read (after yielding its error), else None."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream, check_digests=True)
    iterator = iter(records)
    start = stream.tell()  # where the next record starts
    try:
        while end is None or start < end:
            record = next(iterator, None)
            if record is None:
                return None
            reason = _skip_reason(record)
            if reason is not None:
                tally.skipped[reason] += 1
            else:
                tally.read += 1
                data = record.content_stream().read(max_bytes + 1)
                damage = _damage(record, len(data) > max_bytes)
                # the offset is known once the record is read to its end (warcio reads it)
                doc_id = f"{source}:{records.get_record_offset()}"
                if damage:
                    yield failed(doc_id, InputError(f"record of {_url(record)} is {damage}"))
                else:
                    yield _document(record, data, doc_id, max_bytes)
            records.read_to_end()
            start = records.offset
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        if end is None or start < end:  # a record of this part
            # warcio's words depend on how the reader met the damage (and quote
            # its bytes): the error names the place, the log the details
            log.debug("%s: unreadable record at byte %d: %s", source, start, exc)
            yield failed(
                f"{source}:{start}",
                InputError(
                    f"{source}: the record at byte {start} cannot be read "
                    "(a damaged gzip member or record header)"
                ),
            )
        return start
    return None


def _url(record: Any) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or "?")


def _damage(record: Any, partly_read: bool) -> str | None:
    """What is wrong with a record read to its end: cut short (its stream ended
    before its Content-Length), or a digest that does not match; else None."""
    if partly_read:
        return None  # too large: refused as such, its rest is skipped
    if getattr(record.raw_stream, "limit", 0) > 0:
        return "truncated (the file ends inside it)"
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.problems:
        return f"damaged ({'; '.join(checker.problems)})"
    return None


def _content_type(record: Any) -> ContentType:
    """The payload's type: the HTTP header, else what the crawler identified."""
    header = record.http_headers.get_header("Content-Type") if record.http_headers else None
    identified = record.rec_headers.get_header("WARC-Identified-Payload-Type")
    return parse_content_type(header or identified)


def _skip_reason(record: Any) -> str | None:
    """Why a record holds no page to read, or None when it holds one."""
    if record.rec_type != "response":
        return f"{record.rec_type} records"
    if record.http_headers is None:
        return "responses without HTTP headers"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2") or status in ("204", "206"):
        return f"HTTP {status or '?'} responses"
    if not _content_type(record).is_page:
        return "responses that are not HTML or text"
    return None


def _document(record: Any, data: bytes, doc_id: str, max_bytes: int) -> RawDocument:
    if len(data) > max_bytes:
        return failed(doc_id, InputTooLarge(f"record is larger than the limit of {max_bytes:,}"))
    content_type = _content_type(record)
    return RawDocument(
        id=doc_id,
        data=data,
        media_type=content_type.media_type,
        charset=content_type.charset,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fetched=record.rec_headers.get_header("WARC-Date"),
    )
