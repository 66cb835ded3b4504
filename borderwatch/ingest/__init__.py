"""Stage 1, ingest: locations -> RawDocument.

A location is, first match wins (``LOCATIONS``):

1. ``-``: standard input, sniffed as JSON Lines, HTML or plain text;
2. a web address: fetched (``fetch``: safely, politely); a page is one
   document, a feed one document per entry;
3. a folder: every file with a known suffix under it, recursively, sorted;
4. a file: read by its content first (``sniff_file``: a WARC archive, an
   RSS/Atom feed, a list of web addresses), else by its suffix
   (``FORMATS``); ``.gz`` unpacked on the fly.

Documents stream out one by one (generators; a JSON Lines file is read line by
line, a WARC file record by record).  An input that cannot be read still
yields a document, with ``error`` set to ``"ErrorClass: message"``, and the
stream goes on.  Web addresses are fetched only when ``read_inputs`` is given
``FetchOptions``; without them each address is an error document.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Literal

from borderwatch.errors import InputError
from borderwatch.ingest.feeds import read_feed_file
from borderwatch.ingest.fetch import Fetcher, FetchOptions
from borderwatch.ingest.files import failed, read_page
from borderwatch.ingest.folders import walk_folder
from borderwatch.ingest.jsonl import DEFAULT_MAX_DEPTH, read_jsonl_file
from borderwatch.ingest.sniff import read_stdin, sniff_file
from borderwatch.ingest.urls import read_url, read_url_list
from borderwatch.ingest.warc import read_warc_file
from borderwatch.records import MediaType, RawDocument

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "FORMATS",
    "LOCATIONS",
    "FetchOptions",
    "file_format",
    "read_inputs",
]

#: Largest single input (a file, a JSON line, standard input) that is read.
DEFAULT_MAX_BYTES = 20_000_000

Format = Literal["text", "html", "jsonl", "warc", "feed", "urls"]

#: File suffix -> format.  ``""`` is a file without a suffix (a plain-text
#: scrape).  Folders read only these suffixes; a file named explicitly with
#: another suffix is read as a page of unknown type (extract sniffs it).  A
#: file whose content is a WARC archive, a feed or a list of addresses is
#: read as that whatever its suffix (``sniff_file``).
FORMATS: dict[str, Format] = {
    ".txt": "text",
    "": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",  # feeds are often saved as .xml; folders skip any other XML
    ".urls": "urls",
}

#: Suffixes that a folder walk reads only when the file is a feed: many other
#: files are XML too.  Named explicitly, such a file is read (and its error says
#: it is no feed).
_ONLY_IF_FEED = frozenset({".xml"})

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
class Reading:
    """What one read of inputs goes by: the size of one input
    (``Settings.max_bytes``), the nesting of a JSON Lines record
    (``Settings.max_depth``), standard input, and the fetcher of web
    addresses (None: fetching is off)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    stdin: BinaryIO | None = None
    fetcher: Fetcher | None = None


#: (path, reading) -> documents
FileReader = Callable[[str, Reading], Iterator[RawDocument]]


def _page(media_type: MediaType) -> FileReader:
    def read(path: str, reading: Reading) -> Iterator[RawDocument]:
        return read_page(path, reading.max_bytes, media_type)  # one page: no nesting

    return read


#: Format -> reader of a file in that format.
READERS: dict[Format | None, FileReader] = {
    "text": _page("text/plain"),
    "html": _page("text/html"),
    "jsonl": lambda path, reading: read_jsonl_file(path, reading.max_bytes, reading.max_depth),
    "warc": lambda path, reading: read_warc_file(path, reading.max_bytes),
    "feed": lambda path, reading: read_feed_file(path, reading.max_bytes, reading.fetcher),
    "urls": lambda path, reading: read_url_list(path, reading.fetcher),
    None: _page("auto"),
}


def _read_file(location: str, reading: Reading) -> Iterator[RawDocument]:
    kind = file_format(location)
    if kind != "jsonl":  # JSON Lines are never anything else
        kind = sniff_file(location) or kind
    yield from READERS[kind](location, reading)


def _read_folder(location: str, reading: Reading) -> Iterator[RawDocument]:
    for path in walk_folder(location, _known_suffix):
        if _suffix(path) in _ONLY_IF_FEED and sniff_file(path) != "feed":
            continue  # a sitemap or a configuration file, not news
        yield from _read_file(path, reading)


def _read_stdin(location: str, reading: Reading) -> Iterator[RawDocument]:
    yield from read_stdin(reading.stdin or sys.stdin.buffer, reading.max_bytes, reading.max_depth)


def _read_url(location: str, reading: Reading) -> Iterator[RawDocument]:
    yield from read_url(location, reading.fetcher)


def _missing(location: str, reading: Reading) -> Iterator[RawDocument]:
    yield failed(location, InputError(f"no such file or folder: {location}"))


LocationReader = Callable[[str, Reading], Iterator[RawDocument]]

#: What a location can be, in the order tried: (what, test, reader).
LOCATIONS: tuple[tuple[str, Callable[[str], bool], LocationReader], ...] = (
    ("standard input", lambda location: location == "-", _read_stdin),
    ("web address", lambda location: location.lower().startswith(_WEB_SCHEMES), _read_url),
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
    fetch: FetchOptions | None = None,
) -> Iterator[RawDocument]:
    """Every input found at ``locations``, in order, one RawDocument each.

    Web addresses (given, listed in a file, linked from a feed) are fetched
    with ``fetch``; without it, fetching is off and each is an error document.
    """
    fetcher = Fetcher(fetch) if fetch is not None else None
    reading = Reading(max_bytes, max_depth, stdin, fetcher)
    for location in locations:
        for _, matches, reader in LOCATIONS:
            if matches(location):
                yield from reader(location, reading)
                break
