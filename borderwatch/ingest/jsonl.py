"""JSON Lines: one input per line, ``{"id", "text" | "html", "url"?, "published"?, "outlet"?}``.

The file is read line by line (never whole); each line is limited to
``max_bytes``.  A line that cannot be used becomes a document with ``error``
set and the stream goes on.  A line with both ``text`` and ``html`` is read
as ``text`` (the caller already extracted it).  ``outlet`` (or ``source``)
names who published it; a blank or non-string one is no name.

Two limits of Python's JSON reader are met before it: a line nested deeper
than ``max_depth`` is refused with ``InputTooDeep`` (the reader itself would
raise ``RecursionError``), and an integer longer than Python converts
(4,300 digits) is kept as its digits (an ``id`` of 5,000 digits is an id).
"""

from __future__ import annotations

import datetime
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from borderwatch.errors import InputError, InputTooDeep, InputTooLarge
from borderwatch.ingest.files import failed, open_binary
from borderwatch.records import MediaType, RawDocument

__all__ = ["DEFAULT_MAX_DEPTH", "read_jsonl_file", "read_jsonl_stream", "too_deep"]

#: Deepest nesting of arrays and objects read (``Settings.max_depth``): far
#: above any article record's (2 or 3), far below the JSON reader's own limit.
DEFAULT_MAX_DEPTH = 100

#: A JSON string (skipped whole) or one bracket.
_STRING_OR_BRACKET = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')

#: Chunk size used to skip the rest of a line that is over the limit.
_SKIP_CHUNK = 1 << 20


def too_deep(line: bytes, limit: int) -> bool:
    """Whether arrays and objects nest more than ``limit`` deep in one JSON
    text (brackets inside strings do not count)."""
    if line.count(b"[") + line.count(b"{") <= limit:
        return False  # too few brackets to nest that deep: the common case
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(line):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def _json_int(digits: str) -> int | str:
    """An integer, or its digits when Python will not convert that many."""
    if len(digits) > sys.get_int_max_str_digits() > 0:
        return digits
    return int(digits)


def _iso_date(value: Any) -> str | None:
    """An ISO date from a ``published`` field ("2024-03-01", or a timestamp)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise InputError(f"published must be an ISO date (YYYY-MM-DD), not {value!r}")


#: Longest outlet name kept from an input (a name, not a paragraph).
MAX_OUTLET_CHARS = 120


def _outlet(obj: dict[str, Any]) -> str | None:
    """The outlet's name the line gives (``outlet``, else ``source``), cleaned."""
    for key in ("outlet", "source"):
        value = obj.get(key)
        if isinstance(value, str) and (name := " ".join(value.split())):
            return name[:MAX_OUTLET_CHARS]
    return None


def _document(obj: Any, fallback_id: str) -> RawDocument:
    if not isinstance(obj, dict):
        raise InputError(f"{fallback_id}: a line must hold a JSON object")
    raw_id = obj.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id) else fallback_id
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    published = _iso_date(obj.get("published"))
    media_type: MediaType
    if isinstance(obj.get("text"), str):
        data, media_type = obj["text"], "text/plain"
    elif isinstance(obj.get("html"), str):
        data, media_type = obj["html"], "text/html"
    else:
        raise InputError(f"{fallback_id}: the line has neither a 'text' nor an 'html' string")
    return RawDocument(
        id=doc_id,
        data=data.encode("utf-8", "replace"),
        media_type=media_type,
        charset="utf-8",
        url=url,
        published=published,
        source=_outlet(obj),
    )


def _line_id(obj: Any, fallback_id: str) -> str:
    if isinstance(obj, dict) and isinstance(obj.get("id"), (str, int)) and str(obj["id"]):
        return str(obj["id"])
    return fallback_id


def read_jsonl_stream(
    stream: BinaryIO, source: str, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH
) -> Iterator[RawDocument]:
    """Documents from an open binary stream of JSON Lines named ``source``."""
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        where = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield failed(where, InputTooLarge(f"line is over the limit of {max_bytes:,} bytes"))
            continue
        if not line.strip():
            continue
        if too_deep(line, max_depth):
            yield failed(where, InputTooDeep(f"line nests deeper than {max_depth} levels"))
            continue
        try:
            obj = json.loads(line, parse_int=_json_int)
        except RecursionError:  # a depth limit set above the reader's own
            yield failed(where, InputTooDeep("line nests deeper than the JSON reader allows"))
            continue
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield failed(where, InputError(f"line {number} of {source} is not valid JSON: {exc}"))
            continue
        try:
            yield _document(obj, where)
        except InputError as exc:
            yield failed(_line_id(obj, where), exc)


def read_jsonl_file(
    path: str, max_bytes: int, max_depth: int = DEFAULT_MAX_DEPTH
) -> Iterator[RawDocument]:
    """Documents from a ``.jsonl`` / ``.ndjson`` file (optionally ``.gz``)."""
    try:
        with open_binary(path) as stream:
            yield from read_jsonl_stream(stream, path, max_bytes, max_depth)
    except FileNotFoundError:
        yield failed(path, InputError(f"no such file or folder: {path}"))
    except (OSError, EOFError, zlib.error) as exc:
        kind = "gzip file" if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)) else "file"
        yield failed(path, InputError(f"cannot read {kind} {path}: {exc}"))
