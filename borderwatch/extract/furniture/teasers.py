"""Teasers: other stories a page points to, kept as links, never as text.

A teaser about another border read as article text is a false event, but its
title is worth keeping: it goes to ``Article.links``.  Three shapes:

- a label before the title on one line ("ALSO READ | ...", "Lire aussi : ...",
  "SEE ALSO: <url>"), or alone on a line with the title on the next;
- a heading ("Related", "More on this story", "Mehr zum Thema") after which
  the page lists only other stories: the tail from it on is cut;
- "Read More »" buttons, which close each teaser of such a list.
"""

from __future__ import annotations

import re

from borderwatch.extract.furniture.lines import whole_line
from borderwatch.records import Link

__all__ = [
    "is_bare_url",
    "is_read_more",
    "is_tail_heading",
    "is_teaser_label",
    "parse_link",
]

#: "Read More »" closes each teaser in a list of other stories.
_READ_MORE = whole_line(r"(?:read|continue reading|read the full story)\s*(?:more)?\s*[»›>→…]*")

#: A heading after which a page lists other stories, never this one; the whole
#: tail from it on is furniture (its teaser titles are kept as links).
_TAIL_HEADING = whole_line(
    r"recent(?: posts| news| articles| stories)?",
    r"related(?: posts| articles| news| stories"
    r"| content| coverage| reading)?",
    r"you (?:may|might) also like",
    r"more stories",
    r"read next",
    r"more from [\w .&-]{1,40}",
    r"most (?:read|popular|viewed)",
    r"trending(?: now| stories)?",
    r"don'?t miss",
    # BBC's box of other stories under the article
    r"more on this (?:story|topic)",
    # "related news" / "on the same subject" boxes on German, Turkish, French,
    # Spanish and Russian pages
    r"mehr zum thema",
    r"ilgili haberler",
    r"sur le même sujet",
    r"noticias relacionadas",
    r"(?:похожие|другие) новости",
)

#: Labels that put another story in the middle of this one ("ALSO READ",
#: "Lire aussi"): on a line of their own, or before the teaser's title.  Each
#: is a fixed phrase that no sentence of a story starts with.
_TEASER_LABELS = (
    r"see also|also see|also read|read also|also watch",
    r"lire aussi|[àa] lire (?:aussi|également)|voir aussi",  # French
    r"lesen sie auch|siehe auch",  # German
    r"читайте также|смотрите также",  # Russian
    r"ayrıca (?:okuyun|bakınız)|ilgili haber",  # Turkish
    r"lea también|lee también|vea también|ver también|te puede interesar",  # Spanish
    r"leia também|veja também|leggi anche",  # Portuguese, Italian
)
#: Labels that only mark a teaser when its title follows on the same line: on a
#: line of their own they are a "Read More »" button or a tail heading.  WATCH
#: counts only in capitals, as sites print it: "Watch: ..." can be a headline.
_TEASER_PREFIXES = (
    *_TEASER_LABELS,
    r"read more|read|related|more on this story|mehr zum thema|ilgili haberler",
    r"(?-i:WATCH)",
)
#: What separates the label from the title: "ALSO READ | ...", "READ MORE: ...".
_TEASER_SEP = r"\s*(?::|\||»|—|–)\s*"

#: "SEE ALSO: <url>", "Also read: <title>", "Lire aussi : <title>": pointers to
#: other stories; the title is kept as a link.
_LINK_LINE = re.compile(
    rf"(?:{'|'.join(_TEASER_PREFIXES)}){_TEASER_SEP}(?P<text>.{{1,200}})\Z", re.IGNORECASE
)
#: "ALSO READ" alone on a line: the title of the other story is the next line.
_TEASER_LABEL = whole_line(rf"(?:{'|'.join(_TEASER_LABELS)})\s*[:|»]?")
#: A line that is only a URL: a pointer to another page.
_URL = re.compile(r"https?://\S+\Z")


def is_read_more(line: str) -> bool:
    return bool(_READ_MORE.match(line))


def is_tail_heading(line: str) -> bool:
    return bool(_TAIL_HEADING.match(line))


def is_teaser_label(line: str) -> bool:
    """A label alone on a line ("ALSO READ") whose teaser title is the next line."""
    return bool(_TEASER_LABEL.match(line))


def is_bare_url(line: str) -> bool:
    return bool(_URL.match(line))


def parse_link(line: str) -> Link | None:
    """A "SEE ALSO: url" / "Also read: title" line, or a bare URL, as a Link."""
    if _URL.match(line):
        return Link(text=line, url=line)
    match = _LINK_LINE.match(line)
    if not match:
        return None
    text = match.group("text").strip()
    url = text if _URL.match(text) else None
    return Link(text=text, url=url)
