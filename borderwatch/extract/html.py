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
- a person's name alone on the line right after the title ("Shahzad
  Baloch") is the byline, not article text;
- a teaser box whose titles are separated by ``<br>`` ("Read also", title,
  title) comes out as one line per title, and the text rules only see that
  the first follows the label: the box's other link titles are read from the
  tree and become links too;
- photo captions are put back (``add_captions``): trafilatura drops every
  ``<figcaption>``, but captions carry facts of border news ("More than 2,400
  trucks were waiting at Kukuryki");
- the page is parsed once; trafilatura works on a copy of the tree, the
  metadata readers, the teaser boxes and the captions on the tree itself.

Captions are targeted, because the benchmark's truth leaves them out: F1
0.9661 and accuracy 0.348 without captions, 0.9641 and 0.337 with every
caption that is a statement next to an article paragraph, 0.9652 and 0.343
with the targeting below.  A caption is kept when:

- it is a sentence of at least ``MIN_CAPTION_WORDS`` words ending in a full
  stop, once a gallery counter ("2/4") and a photo credit ("(AP Photo/...)",
  "(c) NK / ...") are stripped: a label, a teaser or a question is not a fact;
- it follows a paragraph of the extracted article (it is put right after that
  paragraph): the picture sits inside the story.  A lead picture above the
  first paragraph illustrates the story rather than reporting it, and a
  caption in a sidebar follows no article paragraph;
- it is not furniture and not already in the text.

Nested caption elements (a ``<figcaption>`` holding a caption ``<span>`` and a
credit ``<span>``) count once: the innermost ones hold the text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from borderwatch.errors import ExtractionError
from borderwatch.extract import furniture
from borderwatch.extract.page import Page
from borderwatch.extract.text import clean_extracted
from borderwatch.records import Link

__all__ = ["Metadata", "add_captions", "read_html", "read_metadata", "teaser_box_titles"]

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


#: Caption elements: ``<figcaption>`` and anything whose class says "caption".
_CAPTIONS = "//figcaption | //*[contains(@class, 'caption')]"
#: The article paragraph a caption follows: the nearest text block before it.
_BEFORE = "preceding::*[self::p or self::li or self::blockquote or self::h2 or self::h3][1]"
#: A caption shorter than this is a label ("Trucks at Torkham."), not a fact.
MIN_CAPTION_WORDS = 5
#: "1/4 ", "2 of 5: ", "Image 1 of 8 ": a gallery's counter before the caption.
_COUNTER = re.compile(
    r"\A(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*[:.|\-–—]?\s+",
    re.IGNORECASE,
)
#: A photo credit closing a caption: "(AP Photo/Qazi Rauf)", "— Photo by the
#: writer", "(c) NK / Ivan Dzhioev", ". Photograph by Robyn Beck/AFP".
_CREDIT = re.compile(
    r"\s*(?:\([^()]*\b(?:photo|photograph|image|picture|credit|file)s?\b[^()]*\)"
    r"|[—–-]\s*(?:photo|photograph|image|picture)s?\b[^.]*"
    r"|©[^.]*(?:\.[^.]*)?"
    r"|(?<=[.!?])\s*(?:photo(?:graph)?|image|picture)s?\s*(?:by\b|:|credit\b)[^.]*)\s*\Z",
    re.IGNORECASE,
)
#: A caption that states a fact ends in one full stop (not "...", not "?").
_STATEMENT_END = re.compile(r"[^.]\.[\"'”’)]?\Z")
#: Text of several elements run together ("headlinesFox News Flash", "pop-upHollywood"):
#: a video player's title and description, not a caption.  A word that starts in
#: lower case and goes on in capitals; names ("McAllen", "DeConcini") start upper.
_RUN_TOGETHER = re.compile(r"\b[a-z]+[A-Z][a-z]|\AMedia caption")
#: A teaser box bigger than this is not a box (the label sits in the article).
MAX_TEASER_BOX_CHARS = 1500
MAX_TEASER_BOX_LINKS = 10
#: Share of a teaser box's text (after its label) that is link text: a box
#: holds nothing but titles of other stories.
TEASER_BOX_LINK_SHARE = 0.8


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


def _text_of(element: Any) -> str:
    return " ".join(element.text_content().split())


def _caption(element: Any) -> str | None:
    """The caption's statement without counter and credit, or None when it is no fact."""
    text = _CREDIT.sub("", _COUNTER.sub("", _text_of(element))).strip()
    if (
        len(text.split()) < MIN_CAPTION_WORDS
        or not _STATEMENT_END.search(text)
        or _RUN_TOGETHER.search(text)
        or furniture.is_furniture(text)
    ):
        return None
    return text


def add_captions(tree: Any, paragraphs: Sequence[str]) -> list[str]:
    """Put each caption that states a fact right after the article paragraph it follows."""
    found = tree.xpath(_CAPTIONS)
    if not found:
        return list(paragraphs)
    nested = set(found)
    position = {paragraph: i for i, paragraph in enumerate(paragraphs)}
    seen = " ".join(paragraphs)
    after: dict[int, list[str]] = {}
    for element in found:
        if any(inner in nested for inner in element.iterdescendants()):
            continue  # the innermost caption elements hold the text
        text = _caption(element)
        if text is None or text in seen:
            continue
        before = element.xpath(_BEFORE)
        at = position.get(_text_of(before[0])) if before else None
        if at is None:
            continue  # a lead picture, or a caption outside the story
        after.setdefault(at, []).append(text)
        seen = f"{seen} {text}"
    if not after:
        return list(paragraphs)
    with_captions: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        with_captions.append(paragraph)
        with_captions.extend(after.get(i, ()))
    return with_captions


def teaser_box_titles(tree: Any, text: str) -> list[str]:
    """The link titles of each teaser box ("Read also" and its links) in the page.

    Only looked for when the extracted text has a teaser label on a line of
    its own.  The box is the label's element, or its parent when the label is
    an element of its own (``<b>Read also</b>``); it must be small and hold
    little but links, else the label sits among article text and nothing is
    taken.
    """
    if not any(furniture.is_teaser_label(line.strip()) for line in text.split("\n")):
        return []
    titles: list[str] = []
    for element in tree.iter("*"):
        label = element.text.strip() if isinstance(element.text, str) else ""
        if not label or not furniture.is_teaser_label(label):
            continue
        box = element if element.find(".//a") is not None else element.getparent()
        if box is None:
            continue
        links = [_text_of(link) for link in box.iterfind(".//a")]
        rest = len(_text_of(box)) - len(label)
        if (
            len(links) > MAX_TEASER_BOX_LINKS
            or rest > MAX_TEASER_BOX_CHARS
            or sum(map(len, links)) < TEASER_BOX_LINK_SHARE * rest
        ):
            continue  # not a box of teasers: the label sits among article text
        titles.extend(title for title in links if len(title.split()) >= 2)
    return titles


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
    paragraphs = cleaned.paragraphs
    if meta.title and paragraphs and _same(paragraphs[0], meta.title):
        del paragraphs[0]  # the headline is the title, not article text
    byline = meta.author or cleaned.byline
    if len(paragraphs) > 1 and (name := furniture.parse_name_line(paragraphs[0])):
        del paragraphs[0]  # the author's name under the headline
        byline = byline or name
    if teasers := teaser_box_titles(tree, text):
        cleaned.links.extend(Link(text=title) for title in teasers)
        paragraphs[:] = [p for p in paragraphs if p not in teasers]
    paragraphs[:] = add_captions(tree, paragraphs)
    return Page(
        text=cleaned.text,
        title=meta.title,
        published=meta.published,
        source=cleaned.source or meta.sitename,
        byline=byline,
        dateline=cleaned.dateline(),
        url=meta.url,
        links=tuple(dict.fromkeys(cleaned.links)),
    )
