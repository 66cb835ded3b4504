"""Standard input: which format it is (JSON Lines, HTML or text), then read it.

Only the first bytes are looked at; they are then replayed in front of the
rest of the stream, so that JSON Lines on standard input stream like a file.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import BinaryIO, Literal

from borderwatch.errors import InputTooLarge
from borderwatch.ingest.files import failed, read_limited
from borderwatch.ingest.jsonl import DEFAULT_MAX_DEPTH, read_jsonl_stream
from borderwatch.records import MediaType, RawDocument

__all__ = ["STDIN_ID", "read_stdin", "sniff"]

Kind = Literal["jsonl", "html", "text"]

#: The id of the document read from standard input (as the location is given).
STDIN_ID = "-"

#: How many bytes are read to decide the format.
SNIFF_BYTES = 65536

_HTML_START = re.compile(
    rb"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
    re.IGNORECASE | re.DOTALL,
)
_BOMS = (b"\xef\xbb\xbf",)


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
