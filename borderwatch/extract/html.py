"""HTML pages -> Page, through trafilatura.

Settings, measured on the 181 pages of the article-extraction benchmark
(``benchmarks/throughput.py``; figures in docs/extraction.md):

- ``fast=True`` skips trafilatura's fallback extractors (readability, jusText).
  On these pages it is both faster and slightly better (fewer boilerplate
  paragraphs pulled back in by the fallbacks).
- ``include_comments=False``: reader comments are not the article.
- metadata is read separately and cheaply (``read_metadata``) instead of with
  ``with_metadata=True``: that also runs an XPath author search, categories,
  tags and licence detection, which cost a third of the extraction time and
  which borderwatch does not use.  The date comes from htmldate without its
  extensive (free-text) search.
- a first paragraph equal to the title (the page's <h1>) is the title, not
  article text, as for plain-text scrapes;
- the page is parsed once; trafilatura works on a copy of the tree, the
  metadata readers on the tree itself.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from borderwatch.errors import ExtractionError
from borderwatch.extract.page import Page
from borderwatch.extract.text import clean_extracted

__all__ = ["Metadata", "read_html", "read_metadata"]

#: Extraction options handed to ``trafilatura.bare_extraction`` (see module docstring).
EXTRACTION_OPTIONS: dict[str, Any] = {
    "fast": True,
    "favor_recall": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": False,
}


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    published: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _same(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def read_metadata(tree: Any, url: str | None = None) -> Metadata:
    """Title, date, author, site name and URL from <meta> tags and JSON-LD."""
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    found = examine_meta(tree)
    found = extract_meta_json(tree, found)
    title = found.title or extract_title(tree)
    page_url = found.url or extract_url(tree, url)
    sitename = found.sitename or extract_sitename(tree)
    published = find_date(
        tree,
        url=page_url,
        extensive_search=False,
        original_date=True,
        max_date=datetime.date.today().isoformat(),
    )
    return Metadata(
        title=_clean(title),
        published=_clean(published),
        author=_clean(found.author),
        sitename=_clean(sitename.lstrip("@")) if isinstance(sitename, str) else None,
        url=_clean(url or page_url),
    )


def read_html(html: str, url: str | None = None) -> Page:
    """An HTML page -> Page; ``ExtractionError`` when no article text comes out."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise ExtractionError("the HTML could not be parsed")
    document = bare_extraction(tree, url=url, **EXTRACTION_OPTIONS)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ExtractionError("no article text found in the HTML page")
    # (an empty result after cleaning is caught by extract_article)
    cleaned = clean_extracted(text)
    meta = read_metadata(tree, url)
    if meta.title and cleaned.paragraphs and _same(cleaned.paragraphs[0], meta.title):
        del cleaned.paragraphs[0]  # the headline is the title, not article text
    return Page(
        text=cleaned.text,
        title=meta.title,
        published=meta.published,
        source=cleaned.source or meta.sitename,
        byline=meta.author or cleaned.byline,
        dateline=cleaned.dateline(),
        url=meta.url,
        links=tuple(dict.fromkeys(cleaned.links)),
    )
