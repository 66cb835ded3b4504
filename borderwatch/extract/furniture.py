"""Page furniture: the parts of a scraped page that are not the article.

Scrapes of news pages carry the site around the story: a headline printed
twice, share buttons, "Advertisement", author boxes, lists of other stories
with "Read More »", script snippets.  Left in, they become sentences that the
event finder reads (a teaser about another border is a false event) and they
break the content hash that deduplicates reprints.

Every rule below is data with a comment on why it exists.  The rules are
deliberately narrow: a real sentence removed by mistake is an event lost, a
furniture line left in is only noise, so each rule matches whole lines of a
known shape, never a line that could be prose.  ``tests/test_extract_corpus.py``
checks that no gold evidence sentence of the labelled corpus is lost.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from borderwatch.extract.dates import date_in
from borderwatch.records import Link

__all__ = [
    "Byline",
    "DROP_LINES",
    "find_dateline",
    "is_author_box",
    "is_bare_url",
    "is_code",
    "is_furniture",
    "is_read_more",
    "is_tagline",
    "is_tail_heading",
    "parse_byline",
    "parse_link",
    "parse_source",
    "take_leading_date",
]


def _full(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern that must match a whole (stripped) line."""
    return re.compile("(?:" + "|".join(patterns) + r")\Z", re.IGNORECASE)


# --- lines that are dropped outright ----------------------------------------

#: Whole lines that never carry article text.  Each entry: (why, pattern).
DROP_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ad slots leave their label in the text",
        _full(
            r"advertisements?",
            r"advertisment",
            r"sponsored(?: content)?",
            r"story continues below(?: advertisement)?",
            r"scroll to continue.{0,40}",
        ),
    ),
    (
        "share / social buttons render as their labels",
        _full(
            r"share(?: this)?(?: article| story| post| page)?(?: on \w+)?\s*:?",
            r"(?:tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|telegram|reddit)\s*:?",
            r"copy link",
            r"поделиться\s*:?",
            r"follow us(?: on [\w ,&]{1,40})?\s*:?",
        ),
    ),
    (
        "subscription prompts",
        _full(
            r"subscribe(?: now)?",
            r"subscribe to [^.]{1,60}\.?",
            r"sign up for [^.]{0,60}newsletters?[^.]{0,40}\.?",
        ),
    ),
    (
        "comment prompts under the story",
        _full(
            r"leave a (?:reply|comment)",
            r"hiç yorum yok:?",
            r"yorum gönder",
            r"post a comment",
            r"add a comment",
            r"comments?(?: \(\d+\))?",
            r"\d+ comments?",
            r"join the (?:conversation|discussion)",
            r"be the first to comment.{0,20}",
            r"sign in or .{1,40} to comment\.?",
            r"log ?in to (?:post a )?comment\.?",
            r"you must be logged in to post a comment\.?",
        ),
    ),
    (
        "navigation and end-of-page labels",
        _full(
            r"end of article",
            r"skip to (?:main )?content",
            r"source link",
            r"back to top",
            r"click here\b.{0,60}",
            r"listen to (?:this )?article.{0,20}",
            r"home\s*(?:/|»|›|>).{0,200}",
        ),
    ),
    (
        "text-size and reading-time widgets",
        _full(
            r"increase font size decrease font size reset font size",
            r"[+↺−\-–\s]*\d+\s*px",
            r"\d+ min(?:ute)?s? read\b.{0,60}",
            r"(?:last )?updated\s*:.{0,30}\d{4}.{0,30}",
            r"[\d,.]+k? views",
        ),
    ),
    ("bullets and rules left by list markup", _full(r"[•·|*_=~\-–—]+")),
    (
        "stock tickers printed above some business pages",
        _full(
            r"[A-Z0-9]{2,12} [\d,]+(?:\.\d+)? (?:Increased|Decreased) By [▲▼] ?[-+]?[\d.,]+"
            r"(?: \([-+]?[\d.]+%\))?"
        ),
    ),
    (
        "pure photo credits (captions that state facts are kept: events are read from them)",
        _full(
            r"(?:©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?:credit)?\s*:|photo by\b"
            r"|image(?: credit)?s?\s*:|credits?\s*:|picture\s*:|file photo\b).{0,100}"
        ),
    ),
)

#: "Read More »" closes each teaser in a list of other stories.
_READ_MORE = _full(r"(?:read|continue reading|read the full story)\s*(?:more)?\s*[»›>→…]*")

#: A heading after which a page lists other stories, never this one; the whole
#: tail from it on is furniture (its teaser titles are kept as links).
_TAIL_HEADING = _full(
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
)

#: Desk names that sites print as the "author" in a box after the story.
_AUTHOR_BOX = _full(
    r"(?:[\w&]+ )?(?:news|web|online|digital) desk",
    r"staff reporter",
    r"editorial (?:team|staff|board)",
    r"newsroom",
)

#: Promotional taglines printed under a desk name in an author box.
_TAGLINE = re.compile(
    r"\A(?:your (?:trusted|reliable|number one|no\.? ?1) source|stay (?:informed|updated|tuned)"
    r"|bringing you|we bring you|delivering)\b",
    re.IGNORECASE,
)

#: Headings that look like datelines but are labels ("BREAKING: ...").
_NOT_DATELINES = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "LIVE",
        "READ",
        "NOTE",
        "EDITOR'S NOTE",
        "ALSO READ",
        "SEE ALSO",
        "SOURCE",
        "FILE",
        "OPINION",
        "ANALYSIS",
    }
)

_DASH = r"\s?(?:—|–|--|-|:)\s?"

#: Datelines open the first paragraph of a wire story and say where (and by
#: whom) it was filed.  The sentence stays in the text; events use it.
DATELINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "capitalised place, optional country/state and agency: 'ISLAMABAD (AP) —', "
        "'KABUL, AFGHANISTAN –', 'MIRAN SHAH:'",
        re.compile(
            r"(?P<dl>[A-Z][A-Z.'’ -]{2,40}?(?:, [A-Z][A-Za-z.'’ -]{1,30}?)?"
            r"(?: ?\([^()\n]{2,40}\))?)" + _DASH + r"(?=\S)"
        ),
    ),
    (
        "agency with date: 'Nov. 19 (UPI) --'",
        re.compile(
            r"(?P<dl>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
            r" \([A-Z][A-Za-z ]{1,20}\))" + _DASH + r"(?=\S)"
        ),
    ),
    (
        "agency alone: '(CNN) —'",
        re.compile(r"(?P<dl>\([A-Z][A-Za-z ]{1,20}\))\s?(?:—|–|--)\s?(?=\S)"),
    ),
    (
        "place in normal case with agency: 'Khyber Agency (Dunya News) –', "
        "'Gangtok (Sikkim) [India], August 20 :'",
        re.compile(
            r"(?P<dl>[A-Z][\w.'’ ,/-]{1,40}? \([^()\n]{2,40}\)(?: \[[^\]\n]{2,30}\])?"
            r"(?:, [A-Z][a-z]+ \d{1,2})?)\s?(?:—|–|--|-|:)\s?(?=\S)"
        ),
    ),
)

#: The page store of the corpus puts ``date YYYY-MM-DD`` (or ``YYYY-MM``) in
#: front of the page text; it is the publication date, not article text.
_LEADING_DATE = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")

#: "SEE ALSO: <url>", "Also read: <title>": pointers to other stories.
_LINK_LINE = re.compile(
    r"(?:see also|also read|read also|read more|read|related)\s*:\s*(?P<text>.{1,200})\Z",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://\S+\Z")

#: "Source: AP News": the outlet a reprint names; short, one line.
_SOURCE_LINE = re.compile(r"Source\s*:\s*(?P<source>[^\n.:]{2,60})\Z")

_NAME_WORD = r"[A-Z][\w.'’-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|van|von|bin|al|el|la|le|del|ul|ur))*"
#: What may follow the names on a byline line: a source, a timestamp.
_BYLINE_REST = (
    r"\s*(?:[|•·–—-]\s*)?(?:Source\s*:\s*(?P<source>[^|]{2,60}?)\s*(?:(?:Published|Updated)\b.*)?"
    r"|(?:Published|Updated|Posted)\b.*|\d{4}[-/]\d{2}[-/]\d{2}.*|\d{1,2}:\d{2}.*"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}.*)"
)
#: "By Danielle Haynes", "By A, B and C, CNN", "By Our Correspondent 2024-09-14".
_BYLINE = re.compile(
    rf"By:?\s+(?P<who>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)(?:{_BYLINE_REST})?\Z"
)
#: "Jago News Desk Published: 12 October 2025, 04:54 PM".
_PUBLISHED_LINE = re.compile(
    r"(?P<who>[^\n]{0,60}?)\s*(?:\(@\w+\)\s*)?(?:Published|Posted|Updated)\s*:?\s+"
    r"(?P<when>[^\n]{0,80}\d{4}[^\n]{0,60})\Z"
)

_CODE_CHARS = re.compile(r"[{}=;]")
_CODE_START = re.compile(r"\A(?:\(?function\s*\(|var |let |const |if\s*\(|\}|window\.|document\.)")


@dataclass(frozen=True, slots=True)
class Byline:
    who: str | None
    source: str | None = None
    date: str | None = None  # ISO date printed on the line


def is_furniture(line: str) -> bool:
    """A whole line that is page furniture and carries no article text."""
    return any(pattern.match(line) for _, pattern in DROP_LINES)


def is_read_more(line: str) -> bool:
    return bool(_READ_MORE.match(line))


def is_tail_heading(line: str) -> bool:
    return bool(_TAIL_HEADING.match(line))


def is_author_box(line: str) -> bool:
    return bool(_AUTHOR_BOX.match(line))


def is_tagline(line: str) -> bool:
    return bool(_TAGLINE.match(line))


def is_code(line: str) -> bool:
    """A line of JavaScript that a scraper copied from a <script> (social widgets)."""
    if not line.endswith((";", "{", "}", ");", "})")):
        return False
    return bool(_CODE_START.match(line)) or len(_CODE_CHARS.findall(line)) >= 2


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


def parse_source(line: str) -> str | None:
    match = _SOURCE_LINE.match(line)
    return match.group("source").strip() if match else None


def parse_byline(line: str) -> Byline | None:
    """A line that only names the author(s) (and maybe a source and time)."""
    match = _BYLINE.match(line)
    if match:
        who = match.group("who").strip()
        if len(who) > 100 or len(who.split()) > 14:
            return None
        source = match.group("source")
        return Byline(who, source.strip() if source else None, date_in(line)[0])
    match = _PUBLISHED_LINE.match(line)
    if match and len(line) <= 160:
        who = match.group("who").strip(" |,-") or None
        if who and len(who.split()) > 8:
            return None
        return Byline(who, None, date_in(line)[0])
    return None


def find_dateline(paragraph: str) -> str | None:
    """The dateline that opens a paragraph ("ISLAMABAD (AP)"), if any."""
    for _, pattern in DATELINES:
        match = pattern.match(paragraph)
        if match:
            dateline = match.group("dl").strip(" ,")
            if dateline.upper() not in _NOT_DATELINES and sum(c.isalpha() for c in dateline) >= 2:
                return dateline
    return None


def take_leading_date(text: str) -> tuple[str | None, str]:
    """Strip a leading ``date YYYY-MM-DD`` token; return (ISO date or None, rest).

    Only the token goes: any text after it on that line is page text.  A
    ``YYYY-MM`` token is stripped too but gives no date.
    """
    match = _LEADING_DATE.match(text)
    if not match:
        return None, text
    token = match.group("date")
    try:
        date = datetime.date.fromisoformat(token).isoformat() if len(token) == 10 else None
    except ValueError:
        date = None
    return date, text[match.end() :]
