"""RSS and Atom feeds (feedparser): one document per entry.

For each entry, in the feed's order:

* its text is the entry's own content (``content:encoded``, Atom
  ``content``), else its summary, when that holds a whole article (at least
  ``FULL_ARTICLE_WORDS`` words); the entry's title becomes the page's title;
* otherwise its link is fetched (``fetch``, with every rule of a fetch); when
  fetching is off, the entry's short text is all there is and is read;
* its date (published, else updated; the day as the feed writes it) becomes
  the document's ``published``, the feed's title its ``source`` (the
  outlet), its link its ``url``.

An entry that yields nothing (no text, no link, a failed fetch) is that
entry's error document, and the next entry is read.  feedparser cleans the
entries' HTML of scripts and styles and never fetches anything itself here:
it is given the bytes.

``parse_feed`` and ``entry_document`` are the two steps apart, for a reader
that decides between them which entries to read (``follow`` reads only
entries it has not seen, known by ``FeedEntry.key``).
"""

from __future__ import annotations

import datetime
import email.utils
import hashlib
import html
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from borderwatch.errors import BorderwatchError, InputError
from borderwatch.ingest.fetch import Fetched, Fetcher
from borderwatch.ingest.files import failed, read_page
from borderwatch.records import RawDocument

__all__ = [
    "FULL_ARTICLE_WORDS",
    "FeedEntry",
    "ParsedFeed",
    "entry_document",
    "looks_like_feed",
    "page_document",
    "parse_feed",
    "read_feed",
    "read_feed_file",
]

#: Words (outside tags) from which an entry's own text is taken as the whole
#: article rather than a teaser: teasers run one to three sentences (20-80
#: words); full-text feeds carry the article, hundreds of words.
FULL_ARTICLE_WORDS = 150
#: Longest outlet name kept from a feed's title.
MAX_OUTLET_CHARS = 120

#: Fetches one web address (``Fetcher.fetch``); None when fetching is off.
Fetch = Callable[[str], Fetched]

#: The start of a feed: optional XML declaration, comments, processing
#: instructions and doctype, then an RSS, Atom or RDF (RSS 1.0) root element.
_FEED_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:rss|feed|rdf:RDF)[\s>]",
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")


def looks_like_feed(head: bytes) -> bool:
    """Whether ``head`` (the first bytes of an input) opens an RSS or Atom feed."""
    return bool(_FEED_START.match(head.removeprefix(b"\xef\xbb\xbf")))


def read_feed_file(path: str, max_bytes: int, fetcher: Fetcher | None) -> Iterator[RawDocument]:
    """The entries of the feed file at ``path`` (optionally ``.gz``)."""
    for whole in read_page(path, max_bytes, "auto"):
        if whole.error:
            yield whole
        else:
            yield from read_feed(whole.data, path, fetcher.fetch if fetcher else None)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed, not yet read."""

    key: str  # what the entry is known by: its id (guid), else its link, else a hash
    doc_id: str  # the id of its document: its link, else ``where#number``
    link: str | None
    outlet: str | None  # the feed's title
    entry: Any  # feedparser's entry


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    outlet: str | None
    entries: tuple[FeedEntry, ...]


def parse_feed(data: bytes, where: str, base_url: str | None = None) -> ParsedFeed:
    """The entries of the feed held in ``data`` (named ``where``; relative
    links resolved against ``base_url``, the feed's address), in the feed's
    order; ``InputError`` when it is no feed or has no entries."""
    import feedparser

    parsed = feedparser.parse(
        io.BytesIO(data),
        sanitize_html=True,
        resolve_relative_uris=True,
        response_headers={"content-location": base_url} if base_url else None,
    )
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else "it has no entries"
        raise InputError(f"{where} is not a readable feed: {reason}")
    outlet = _clean(parsed.feed.get("title"))
    outlet = outlet[:MAX_OUTLET_CHARS] if outlet else None
    entries = []
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or None
        key = (entry.get("id") or "").strip() or link or _entry_hash(entry)
        entries.append(FeedEntry(key, link or f"{where}#{number}", link, outlet, entry))
    return ParsedFeed(outlet, tuple(entries))


def entry_document(item: FeedEntry, fetch: Fetch | None) -> RawDocument:
    """The entry as a document: its own text when it holds the article, else its
    link fetched with ``fetch``; a ``BorderwatchError`` when it yields nothing."""
    return _entry_document(item.entry, item.doc_id, item.outlet, fetch)


def read_feed(
    data: bytes, where: str, fetch: Fetch | None, base_url: str | None = None
) -> Iterator[RawDocument]:
    """Documents for the entries of the feed held in ``data`` (named ``where``;
    relative links are resolved against ``base_url``, the feed's address)."""
    try:
        parsed = parse_feed(data, where, base_url)
    except InputError as exc:
        yield failed(where, exc)
        return
    for item in parsed.entries:
        try:
            yield entry_document(item, fetch)
        except BorderwatchError as exc:
            yield failed(item.doc_id, exc)


def _entry_hash(entry: Any) -> str:
    """A key for an entry with neither id nor link: its title and text."""
    text = f"{entry.get('title') or ''}\n{entry.get('summary') or ''}"
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_document(
    doc_id: str, page: Fetched, published: str | None = None, source: str | None = None
) -> RawDocument:
    """A fetched page as a document (with the date and outlet a feed gave it)."""
    return RawDocument(
        id=doc_id,
        data=page.data,
        media_type=page.content_type.media_type,
        charset=page.content_type.charset,
        url=page.url,
        published=published,
        source=source,
        fetched=page.fetched,
    )


def _entry_document(
    entry: Any, doc_id: str, outlet: str | None, fetch: Fetch | None
) -> RawDocument:
    link = entry.get("link") or None
    published = _entry_date(entry)
    body, is_html = _entry_text(entry)
    if body and (_words(body, is_html) >= FULL_ARTICLE_WORDS or fetch is None or not link):
        return RawDocument(
            id=doc_id,
            data=_as_page(_clean(entry.get("title")), body, is_html).encode("utf-8"),
            media_type="text/html",
            charset="utf-8",
            url=link,
            published=published,
            source=outlet,
        )
    if link and fetch is not None:
        return page_document(doc_id, fetch(link), published, outlet)
    raise InputError(f"feed entry {doc_id} has neither text nor a link")


def _entry_text(entry: Any) -> tuple[str, bool]:
    """The entry's longest text (content, else summary) and whether it is HTML."""
    candidates = [
        (part.get("value") or "", part.get("type") or "text/html")
        for part in entry.get("content") or []
    ]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    if not candidates:
        return "", False
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value.strip(), kind in ("text/html", "application/xhtml+xml")


def _words(text: str, is_html: bool) -> int:
    return len((html.unescape(_TAG.sub(" ", text)) if is_html else text).split())


def _as_page(title: str | None, body: str, is_html: bool) -> str:
    """The entry as a small HTML page: its title as the headline, then its text."""
    if not is_html:
        body = "".join(
            f"<p>{html.escape(para.strip())}</p>" for para in body.split("\n\n") if para.strip()
        )
    head = f"<title>{html.escape(title)}</title>" if title else ""
    headline = f"<h1>{html.escape(title)}</h1>" if title else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head>'
        f"<body><article>{headline}{body}</article></body></html>"
    )


def _entry_date(entry: Any) -> str | None:
    """The entry's date (published, else updated) as an ISO date, in the
    outlet's own time zone as the feed writes it (a story out late on the 4th
    in Buenos Aires is the 4th's), else in UTC."""
    for key in ("published", "updated", "created"):
        local = _local_date(entry.get(key))
        if local:
            return local
        value = entry.get(f"{key}_parsed")
        if value:
            try:
                return datetime.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def _local_date(text: Any) -> str | None:
    """The calendar date of an RFC 822 (RSS) or ISO 8601 (Atom) timestamp as written."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(_TAG.sub(" ", value)).split()) or None
