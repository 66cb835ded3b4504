"""Stage 2, extract: RawDocument -> Article.

1. decode the bytes (``decode``): BOMs, declared charsets, UTF-8, a guess;
2. read the page: HTML through trafilatura (``html``), plain-text scrapes
   through borderwatch's own furniture rules (``text``, ``furniture``);
3. settle the publication date and build the Article.

Publication date, first found wins: the input's own ``published`` field, a
date the page gives (HTML metadata; a scrape's leading ``date`` line, a
byline or date-only line near the top; a date in the URL's path), the
caller's ``published`` fallback; else none (never the day of reading).
Outlet: the input's own (JSON Lines ``outlet``), else the page's (site name
metadata, a source line).
"""

from __future__ import annotations

import hashlib
import re

from borderwatch.errors import ExtractionError, InputError
from borderwatch.extract.dates import url_date
from borderwatch.extract.decode import DEFAULT_MAX_BYTES, decode_bytes
from borderwatch.extract.page import Page
from borderwatch.records import Article, RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "extract_article", "looks_like_html"]

#: Tags whose presence near the start makes an "auto" input HTML.
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"<(?:html|body|p|div|article|br)\b[^>]*>", re.IGNORECASE)
#: How many characters of an "auto" input are looked at to decide.
_SNIFF_CHARS = 4096


def looks_like_html(text: str) -> bool:
    """Whether an input of unknown type is an HTML page rather than plain text."""
    head = text[:_SNIFF_CHARS]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def _html_bytes(data: bytes) -> bool:
    return looks_like_html(data[:_SNIFF_CHARS].decode("latin-1"))


def extract_article(
    raw: RawDocument, published: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read one input into an Article.

    Raises ``EmptyInput``, ``InputTooLarge``, ``UnsupportedInput`` (binary),
    ``DecodeError`` or ``ExtractionError`` (nothing left that is article text).
    """
    if raw.error:
        raise InputError(raw.error)
    is_html = raw.media_type == "text/html" or (raw.media_type == "auto" and _html_bytes(raw.data))
    text = decode_bytes(raw.data, raw.charset, html=is_html, max_bytes=max_bytes)
    if raw.media_type == "auto" and not is_html:
        is_html = looks_like_html(text)  # e.g. UTF-16 pages, unreadable as bytes
    if is_html:
        from borderwatch.extract.html import read_html

        page: Page = read_html(text, raw.url)
    else:
        from borderwatch.extract.text import read_scrape

        page = read_scrape(text)
    if not page.text.strip():
        raise ExtractionError("nothing but page furniture in the input")
    return Article(
        id=raw.id,
        text=page.text,
        title=page.title,
        published=raw.published or page.published or url_date(raw.url) or published,
        source=raw.source or page.source,
        byline=page.byline,
        dateline=page.dateline,
        url=raw.url or page.url,
        links=page.links,
        content_hash=hashlib.sha256(page.text.encode("utf-8")).hexdigest(),
    )
