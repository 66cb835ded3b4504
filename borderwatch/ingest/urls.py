"""Web addresses: one given as a location, or a file listing them one a line.

A fetched page is one document; a fetched feed (by its content type or its
first bytes) is read as a feed, one document per entry.  A list of
addresses holds one ``http(s)://`` address a line; blank lines and lines
starting with ``#`` are skipped.  Every address that fails is its own error
document and the next one is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from borderwatch.errors import FetchError, InputError, UnsupportedInput
from borderwatch.ingest.feeds import looks_like_feed, page_document, read_feed
from borderwatch.ingest.fetch import Fetcher
from borderwatch.ingest.files import failed, open_binary
from borderwatch.records import RawDocument

__all__ = ["looks_like_url_list", "read_url", "read_url_list"]

#: One web address alone on a line.
_URL_LINE = re.compile(rb"https?://[^\s<>\"']+\Z", re.IGNORECASE)
#: Longest line of a list of addresses (browsers' practical limit is 2 KB-64 KB).
MAX_URL_BYTES = 8192


def _entries(head: bytes) -> list[bytes]:
    lines = (line.strip() for line in head.splitlines())
    return [line for line in lines if line and not line.startswith(b"#")]


def looks_like_url_list(head: bytes, complete: bool) -> bool:
    """Whether ``head`` (a file's first bytes; ``complete`` when it is the whole
    file) lists web addresses, one a line, and nothing else."""
    lines = head.removeprefix(b"\xef\xbb\xbf").splitlines()
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off
    entries = _entries(b"\n".join(lines))
    return bool(entries) and all(_URL_LINE.match(line) for line in entries)


def read_url(url: str, fetcher: Fetcher | None) -> Iterator[RawDocument]:
    """The page at ``url`` as one document, or a feed's entries."""
    if fetcher is None:
        yield failed(url, FetchError(f"fetching web addresses is off: {url} not read"))
        return
    try:
        page = fetcher.fetch(url)
    except InputError as exc:
        yield failed(url, exc)
        return
    if page.content_type.is_feed or looks_like_feed(page.data[:4096]):
        yield from read_feed(page.data, url, fetcher.fetch, base_url=page.url)
    else:
        yield page_document(url, page)


def read_url_list(path: str, fetcher: Fetcher | None) -> Iterator[RawDocument]:
    """Every address listed in the file at ``path`` (optionally ``.gz``), in order."""
    try:
        with open_binary(path) as stream:
            for number, raw_line in enumerate(iter(lambda: stream.readline(MAX_URL_BYTES), b""), 1):
                line = raw_line.strip()
                if not line or line.startswith(b"#"):
                    continue
                if not _URL_LINE.match(line):
                    shown = line[:80].decode("utf-8", "replace")
                    yield failed(
                        f"{path}:{number}",
                        UnsupportedInput(f"not an http(s) address: {shown!r}"),
                    )
                    continue
                yield from read_url(line.decode("utf-8", "replace"), fetcher)
    except OSError as exc:
        yield failed(path, InputError(f"cannot read {path}: {exc}"))
