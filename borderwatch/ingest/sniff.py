"""What an input is, from its first bytes.

* ``sniff_file``: a file that is a WARC archive (plain or gzip), an RSS/Atom
  feed or a list of web addresses, whatever its suffix;
* standard input: JSON Lines, HTML or text, then read it.  Only the first
  bytes are looked at; they are then replayed in front of the rest of the
  stream, so that JSON Lines on standard input stream like a file.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO, Literal

from borderwatch.errors import InputTooLarge
from borderwatch.ingest.feeds import looks_like_feed
from borderwatch.ingest.files import failed, open_binary, read_limited
from borderwatch.ingest.jsonl import DEFAULT_MAX_DEPTH, read_jsonl_stream
from borderwatch.ingest.urls import looks_like_url_list
from borderwatch.records import MediaType, RawDocument

__all__ = ["STDIN_ID", "read_stdin", "sniff", "sniff_file"]

Kind = Literal["jsonl", "html", "text"]
FileKind = Literal["warc", "feed", "urls"]

#: The id of the document read from standard input (as the location is given).
STDIN_ID = "-"

#: How many bytes are read to decide the format.
SNIFF_BYTES = 65536

_HTML_START = re.compile(
    rb"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
    re.IGNORECASE | re.DOTALL,
)
_BOMS = (b"\xef\xbb\xbf",)


_GZIP_MAGIC = b"\x1f\x8b"
#: A WARC record's first line: ``WARC/1.0``, ``WARC/1.1`` (and the older 0.x).
_WARC_START = re.compile(rb"WARC/\d\.\d+\r?\n")


def _unpacked_head(raw: bytes) -> bytes:
    """The first bytes of a gzip stream (a WARC.gz need not be named .gz)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(raw, SNIFF_BYTES)
    except zlib.error:
        return b""


def sniff_file(path: str) -> FileKind | None:
    """Whether the file at ``path`` is a WARC archive, a feed or a list of web
    addresses, by its first bytes; None for anything else (and unreadable files:
    their reader says why)."""
    try:
        with open(path, "rb") as raw:
            head = raw.read(SNIFF_BYTES)
        if head.startswith(_GZIP_MAGIC):
            if _WARC_START.match(_unpacked_head(head)):
                return "warc"
            with open_binary(path) as stream:  # a .gz of a feed or a list
                head = stream.read(SNIFF_BYTES) if path.endswith(".gz") else b""
    except (OSError, EOFError, zlib.error):
        return None
    if _WARC_START.match(head):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if looks_like_url_list(head, complete=len(head) < SNIFF_BYTES):
        return "urls"
    return None


def sniff(head: bytes) -> Kind:
    """JSON Lines when the first line is a JSON object, HTML when it opens with
    a tag of a page, else plain text."""
    start = head.lstrip()
    for bom in _BOMS:
        start = start.removeprefix(bom).lstrip()
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first_line, parse_int=str), dict):
                return "jsonl"
        except RecursionError:
            return "jsonl"  # nested past the reader's limit: its line says so
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass
    if _HTML_START.match(start):
        return "html"
    return "text"


class _Replay(io.RawIOBase):
    """The bytes already read, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def read_stdin(
    stream: BinaryIO, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH
) -> Iterator[RawDocument]:
    """Standard input: many documents if JSON Lines, else one, with id ``-``."""
    head = stream.read(SNIFF_BYTES)
    kind = sniff(head)
    replay = io.BufferedReader(_Replay(head, stream))
    if kind == "jsonl":
        yield from read_jsonl_stream(replay, "<stdin>", max_bytes, max_depth)  # type: ignore[arg-type]
        return
    try:
        data = read_limited(replay, max_bytes, "standard input")  # type: ignore[arg-type]
    except InputTooLarge as exc:
        yield failed(STDIN_ID, exc)
        return
    media_type: MediaType = "text/html" if kind == "html" else "text/plain"
    yield RawDocument(id=STDIN_ID, data=data, media_type=media_type)
