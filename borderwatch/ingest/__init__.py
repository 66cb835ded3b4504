"""Stage 1, ingest: locations -> RawDocument.

A location is, first match wins (``LOCATIONS``):

1. ``-``: standard input, sniffed as JSON Lines, HTML or plain text;
2. a web address: not read yet (URL, feed and WARC readers come later; they
   go in this table, each one its own module);
3. a folder: every file with a known suffix under it, recursively, sorted;
4. a file: read by its suffix (``FORMATS``), ``.gz`` unpacked on the fly.

Documents stream out one by one (generators; a JSON Lines file is read line by
line).  An input that cannot be read still yields a document, with ``error``
set to ``"ErrorClass: message"``, and the stream goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO, Literal

from borderwatch.errors import InputError, UnsupportedInput
from borderwatch.ingest.files import failed, read_page
from borderwatch.ingest.folders import walk_folder
from borderwatch.ingest.jsonl import DEFAULT_MAX_DEPTH, read_jsonl_file
from borderwatch.ingest.sniff import read_stdin
from borderwatch.records import MediaType, RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_DEPTH", "FORMATS", "LOCATIONS", "read_inputs"]

#: Largest single input (a file, a JSON line, standard input) that is read.
DEFAULT_MAX_BYTES = 20_000_000

Format = Literal["text", "html", "jsonl"]
#: (path, max_bytes, max_depth) -> documents
FileReader = Callable[[str, int, int], Iterator[RawDocument]]

#: File suffix -> format.  ``""`` is a file without a suffix (a plain-text
#: scrape).  Folders read only these suffixes; a file named explicitly with
#: another suffix is read as a page of unknown type (extract sniffs it).
FORMATS: dict[str, Format] = {
    ".txt": "text",
    "": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def _page(
    path: str, max_bytes: int, max_depth: int, media_type: MediaType
) -> Iterator[RawDocument]:
    return read_page(path, max_bytes, media_type)  # one page: no nesting to limit


#: Format -> reader of a file in that format.
READERS: dict[Format | None, FileReader] = {
    "text": partial(_page, media_type="text/plain"),
    "html": partial(_page, media_type="text/html"),
    "jsonl": read_jsonl_file,
    None: partial(_page, media_type="auto"),
}

_WEB_SCHEMES = ("http://", "https://", "ftp://")


def _suffix(path: str) -> str:
    """The suffix that names the format: ``a.html.gz`` -> ``.html``, ``a`` -> ``""``."""
    name = os.path.basename(path).lower().removesuffix(".gz")
    stem, dot, suffix = name.rpartition(".")
    return f".{suffix}" if dot and stem else ""


def file_format(path: str) -> Format | None:
    """The format of a file by its suffix (after a ``.gz``), None if unknown."""
    return FORMATS.get(_suffix(path))


def _known_suffix(name: str) -> bool:
    """Files a folder walk reads: a named suffix of ``FORMATS`` (no bare names)."""
    return _suffix(name) in FORMATS and _suffix(name) != ""


@dataclass(frozen=True, slots=True)
class Limits:
    """What one input may be: bytes (``Settings.max_bytes``), nesting of a JSON
    Lines record (``Settings.max_depth``)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH


def _read_file(location: str, limits: Limits, stdin: BinaryIO) -> Iterator[RawDocument]:
    yield from READERS[file_format(location)](location, limits.max_bytes, limits.max_depth)


def _read_folder(location: str, limits: Limits, stdin: BinaryIO) -> Iterator[RawDocument]:
    for path in walk_folder(location, _known_suffix):
        yield from _read_file(path, limits, stdin)


def _read_stdin(location: str, limits: Limits, stdin: BinaryIO) -> Iterator[RawDocument]:
    yield from read_stdin(stdin, limits.max_bytes, limits.max_depth)


def _not_yet(location: str, limits: Limits, stdin: BinaryIO) -> Iterator[RawDocument]:
    yield failed(
        location, UnsupportedInput(f"reading web addresses is not supported yet: {location}")
    )


def _missing(location: str, limits: Limits, stdin: BinaryIO) -> Iterator[RawDocument]:
    yield failed(location, InputError(f"no such file or folder: {location}"))


LocationReader = Callable[[str, Limits, BinaryIO], Iterator[RawDocument]]

#: What a location can be, in the order tried: (what, test, reader).
LOCATIONS: tuple[tuple[str, Callable[[str], bool], LocationReader], ...] = (
    ("standard input", lambda location: location == "-", _read_stdin),
    ("web address", lambda location: location.lower().startswith(_WEB_SCHEMES), _not_yet),
    ("folder", os.path.isdir, _read_folder),
    ("file", os.path.isfile, _read_file),
    ("missing", lambda location: True, _missing),
)


def read_inputs(
    locations: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    stdin: BinaryIO | None = None,
) -> Iterator[RawDocument]:
    """Every input found at ``locations``, in order, one RawDocument each."""
    limits = Limits(max_bytes, max_depth)
    for location in locations:
        for _, matches, reader in LOCATIONS:
            if matches(location):
                yield from reader(location, limits, stdin or sys.stdin.buffer)
                break
