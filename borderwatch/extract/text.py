"""Plain-text scrapes -> Page: paragraphs without the page furniture.

The passes, in order (each a small function over a list of paragraphs):

1. take the page store's leading ``date YYYY-MM-DD`` token (-> published);
2. split into paragraphs (one per non-empty line), spaces collapsed;
3. cut the tail from a "Recent"/"Related" heading on, keeping teaser titles
   as links;
4. drop furniture lines, keeping what they tell (source, byline, links; the
   teaser title after an "ALSO READ" label);
5. take a headline printed twice as the title (it leaves the text);
6. drop repeated paragraphs (first occurrence stays);
7. re-join lines that a scraper broke in mid-sentence;
8. find the dateline of the first paragraphs (it stays in the text).

HTML pages go through trafilatura first and then through passes 2, 4 and 8
(``clean_extracted``), the ones that are safe on already extracted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from borderwatch.extract import furniture
from borderwatch.extract.dates import date_line
from borderwatch.extract.page import Page
from borderwatch.records import Link

__all__ = ["Cleaned", "clean_extracted", "read_scrape", "split_paragraphs"]

#: A tail heading closer to the top than this is navigation, not a tail: the
#: article has not started yet, and cutting there would lose all of it.
MIN_BODY_PARAGRAPHS = 3

#: Paragraphs searched for a dateline: wire stories open with it.
DATELINE_WINDOW = 5

#: How far down the page a printed-twice headline is looked for.
HEADLINE_REPEAT_WINDOW = 4

#: A first line printed once needs this many words to be taken for the title.
MIN_TITLE_WORDS = 4

#: Longest paragraph taken for a headline or a teaser title.
MAX_HEADLINE_CHARS = 200

_SPACES = re.compile(r"[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]+")
#: A scraper broke the line in mid-sentence: previous ends in a letter or
#: comma, next starts with a lower-case letter.
_ENDS_OPEN = re.compile(r"[a-z,;]\Z")
_STARTS_LOWER = re.compile(r"\A[a-z]")
_SENTENCE_END = ".!?…。"


@dataclass
class Cleaned:
    """Paragraphs left after cleaning, and what the furniture said."""

    paragraphs: list[str]
    source: str | None = None
    byline: str | None = None
    published: str | None = None  # a date printed on a byline / "Published" line
    links: list[Link] = field(default_factory=list)

    def page_date(self) -> str | None:
        """The date printed on a byline line or alone on a line near the top."""
        if self.published:
            return self.published
        for paragraph in self.paragraphs[:DATELINE_WINDOW]:
            found = date_line(paragraph)
            if found:
                return found
        return None

    def dateline(self) -> str | None:
        for paragraph in self.paragraphs[:DATELINE_WINDOW]:
            found = furniture.find_dateline(paragraph)
            if found:
                return found
        return None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_paragraphs(text: str) -> list[str]:
    """One paragraph per non-empty line, runs of spaces collapsed."""
    stripped = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in stripped if line]


def _headline_like(paragraph: str) -> bool:
    return (
        len(paragraph) <= MAX_HEADLINE_CHARS
        and not paragraph.endswith(tuple(_SENTENCE_END))
        and len(paragraph.split()) >= 2
    )


def _teaser_title(chunk: list[str]) -> str | None:
    """The title of one teaser: the paragraph printed twice, else the first headline."""
    for first, second in zip(chunk, chunk[1:], strict=False):
        if first == second:
            return first
    return next((p for p in chunk if _headline_like(p)), None)


def cut_tail(paragraphs: list[str]) -> tuple[list[str], list[Link]]:
    """Cut from the first "Recent"/"Related" heading on; return body and teaser links."""
    for i in range(MIN_BODY_PARAGRAPHS, len(paragraphs)):
        if furniture.is_tail_heading(paragraphs[i]):
            break
    else:
        return paragraphs, []
    tail = [p for p in paragraphs[i + 1 :] if not furniture.is_furniture(p)]
    chunks: list[list[str]] = [[]]
    for paragraph in tail:
        if furniture.is_read_more(paragraph):
            chunks.append([])
        else:
            chunks[-1].append(paragraph)
    if len(chunks) == 1:  # no "Read More" markers: one teaser per paragraph
        chunks = [[p] for p in tail]
    titles = [title for chunk in chunks if (title := _teaser_title(chunk))]
    return paragraphs[:i], [Link(text=title) for title in dict.fromkeys(titles)]


def drop_furniture(
    paragraphs: list[str], cleaned: Cleaned, *, keep_bare_urls: bool = False
) -> list[str]:
    """Drop furniture lines; note the source, byline and links they carry.

    A teaser label alone on a line ("ALSO READ") goes, and the headline-like
    line after it is kept as a link; a sentence after it stays in the text.

    ``keep_bare_urls``: a line that is only a URL stays (in extracted HTML it
    is usually part of the article, a list of sources or products).
    """
    kept: list[str] = []
    after_author_box = after_teaser_label = False
    for paragraph in paragraphs:
        if after_author_box:
            after_author_box = False
            if furniture.is_tagline(paragraph):
                continue
        if after_teaser_label:
            after_teaser_label = False
            if _headline_like(paragraph) and not furniture.is_furniture(paragraph):
                cleaned.links.append(Link(text=paragraph))
                continue
        if (
            furniture.is_furniture(paragraph)
            or furniture.is_read_more(paragraph)
            or furniture.is_code(paragraph)
        ):
            continue
        if keep_bare_urls and furniture.is_bare_url(paragraph):
            kept.append(paragraph)
        elif furniture.is_teaser_label(paragraph):
            after_teaser_label = True  # "ALSO READ" alone: the next headline is the teaser
        elif link := furniture.parse_link(paragraph):
            cleaned.links.append(link)
        elif source := furniture.parse_source(paragraph):
            cleaned.source = cleaned.source or source
        elif byline := furniture.parse_byline(paragraph):
            cleaned.byline = cleaned.byline or byline.who
            cleaned.source = cleaned.source or byline.source
            cleaned.published = cleaned.published or byline.date
        elif furniture.is_author_box(paragraph):
            after_author_box = True
        else:
            kept.append(paragraph)
    return kept


def take_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """A first paragraph that looks like a headline is the title.

    Printed twice near the top, it is furniture and leaves the text (every
    copy); printed once, it stays, since headlines carry events too.
    """
    if not paragraphs or not _headline_like(paragraphs[0]) or date_line(paragraphs[0]):
        return None, paragraphs
    title = paragraphs[0]
    if title in paragraphs[1:HEADLINE_REPEAT_WINDOW]:
        return title, [p for p in paragraphs if p != title]
    if len(title.split()) < MIN_TITLE_WORDS:
        return None, paragraphs  # "News / Pakistan", "CT 2025": a label, not a title
    return title, paragraphs


def drop_repeats(paragraphs: list[str]) -> list[str]:
    """Keep the first occurrence of each paragraph (galleries repeat captions)."""
    return list(dict.fromkeys(paragraphs))


def join_broken_lines(paragraphs: list[str]) -> list[str]:
    joined: list[str] = []
    for paragraph in paragraphs:
        if (
            joined
            and len(joined[-1]) >= 30
            and _ENDS_OPEN.search(joined[-1])
            and _STARTS_LOWER.match(paragraph)
        ):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def clean_extracted(text: str) -> Cleaned:
    """The passes that are safe on text an HTML extractor already cleaned.

    Repeated paragraphs stay: in extracted HTML they are real content (the
    questions of an interview, the rows of a product list).
    """
    cleaned = Cleaned(paragraphs=[])
    cleaned.paragraphs = drop_furniture(split_paragraphs(text), cleaned, keep_bare_urls=True)
    return cleaned


def read_scrape(text: str) -> Page:
    """A plain-text scrape of a news page -> Page."""
    published, text = furniture.take_leading_date(text)
    cleaned = Cleaned(paragraphs=[])
    paragraphs, teasers = cut_tail(split_paragraphs(text))
    paragraphs = drop_furniture(paragraphs, cleaned)
    cleaned.links.extend(teasers)
    title, paragraphs = take_title(paragraphs)
    cleaned.paragraphs = join_broken_lines(drop_repeats(paragraphs))
    return Page(
        text=cleaned.text,
        title=title,
        published=published or cleaned.page_date(),
        source=cleaned.source,
        byline=cleaned.byline,
        dateline=cleaned.dateline(),
        links=tuple(dict.fromkeys(cleaned.links)),
    )
