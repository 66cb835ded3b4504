"""Attribution: who wrote a story, for whom, where and when it was filed.

Bylines, "Source:" lines and the page store's leading ``date`` token leave
the text and fill ``Article.byline``, ``source`` and ``published``.
Datelines ("ISLAMABAD (AP) —") are only found: the sentence they open stays
in the text, since events are read from it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from borderwatch.extract.dates import date_in

__all__ = [
    "CAPITAL",
    "DATELINES",
    "Byline",
    "find_dateline",
    "parse_byline",
    "parse_name_line",
    "parse_source",
    "take_leading_date",
]

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

#: The dash or colon between a dateline and the story's first words.
_DASH = r"\s?(?:—|–|--|-|:)\s?"

#: Datelines open the first paragraph of a wire story and say where (and by
#: whom) it was filed.  The sentence stays in the text; events use it.
DATELINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "capitalised place, optional country/state and agency: 'ISLAMABAD (AP) —', "
        "'TASHKENT, UZBEKISTAN –', 'ZAHEDAN:'",
        re.compile(
            r"(?P<dl>[A-Z][A-Z.'’ -]{2,40}?(?:, [A-Z][A-Za-z.'’ -]{1,30}?)?"
            r"(?: ?\([^()\n]{2,40}\))?)" + _DASH + r"(?=\S)"
        ),
    ),
    (
        "agency with date: 'Mar. 4 (UPI) --'",
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
        "place in normal case with agency: 'Chitral (Frontier Post) –', "
        "'Darjeeling (West Bengal) [India], March 3 :'",
        re.compile(
            r"(?P<dl>[A-Z][\w.'’ ,/-]{1,40}? \([^()\n]{2,40}\)(?: \[[^\]\n]{2,30}\])?"
            r"(?:, [A-Z][a-z]+ \d{1,2})?)\s?(?:—|–|--|-|:)\s?(?=\S)"
        ),
    ),
)

#: The page store of the corpus puts ``date YYYY-MM-DD`` (or ``YYYY-MM``) in
#: front of the page text; it is the publication date, not article text.
_LEADING_DATE = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")

#: "Source: AP News": the outlet a reprint names; short, one line.
_SOURCE_LINE = re.compile(r"Source\s*:\s*(?P<source>[^\n.:]{2,60})\Z")
#: A capital letter that opens a name, Latin (accented too: "Özgür", "Łukasz")
#: or Cyrillic; case-sensitive even inside an IGNORECASE pattern.
CAPITAL = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ])"
#: One word of a name, capitalised: "Danielle", "O'Brien", "Jr.", "Yıldız".
_NAME_WORD = rf"{CAPITAL}[\w.'’-]*"
#: Lower-case particles inside names ("Imran ul Haq", "Ludwig van Beethoven").
_PARTICLE = r"(?-i:de|da|van|von|bin|al|el|la|le|del|ul|ur)"
#: Names: capitalised words and the particles between them ("Imran ul Haq").
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE}))*"
#: A short name, two to four words: what a byline fragment or a name line holds.
_SHORT_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}"
#: The bar between a byline's name and its timestamp ("Mehmet Yıldız | 12.02.2025").
_BAR = r"\s*[|•·]\s*"
#: What may follow the names on a byline line: a source, a timestamp.
_BYLINE_REST = (
    r"\s*(?:[|•·–—-]\s*)?(?:Source\s*:\s*(?P<source>[^|]{2,60}?)\s*(?:(?:Published|Updated)\b.*)?"
    r"|(?:Published|Updated|Posted)\b.*|\d{4}[-/]\d{2}[-/]\d{2}.*|\d{1,2}:\d{2}.*"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}.*)"
    # a bar and nothing after it: the timestamp was a separate element
    rf"|{_BAR}"
)
#: "By Maria Santos", "By A, B and C, CNN", "By Our Correspondent 2023-06-21".
_BYLINE = re.compile(
    rf"By:?\s+(?P<who>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)(?:{_BYLINE_REST})?\Z"
)
#: "Mehmet Yıldız |", "Mehmet Yıldız | 12.02.2025 10:14": a page's byline row
#: whose name and time were separate elements; the bar never ends a sentence.
_NAME_BAR = re.compile(
    rf"(?P<who>{_SHORT_NAME}){_BAR}(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})?"
    r"(?:,?\s*\d{1,2}:\d{2})?\s*\Z"
)
#: A person's name alone on a line: two or three capitalised words.
_NAME_LINE = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,2}}\Z")
#: Capitalised words that make a short line a label, not a person's name
#: ("Staff Reports", "Latest News", "Key Points", "Photo Gallery").
_NOT_NAME_WORDS = frozenset(
    """staff report reports reporter desk news team editor editors editorial correspondent
    bureau agency agencies service wire online digital web live update updates latest breaking
    video videos photo photos gallery opinion analysis sport sports business world home
    key points highlights summary related read more top stories story exclusive special
    report comment comments newsletter weather""".split()
)
#: Longest line taken for a name alone.
MAX_NAME_CHARS = 40

#: "Metro Desk Published: 3 March 2024, 09:15 AM".
_PUBLISHED_LINE = re.compile(
    r"(?P<who>[^\n]{0,60}?)\s*(?:\(@\w+\)\s*)?(?:Published|Posted|Updated)\s*:?\s+"
    r"(?P<when>[^\n]{0,80}\d{4}[^\n]{0,60})\Z"
)


@dataclass(frozen=True, slots=True)
class Byline:
    who: str | None
    source: str | None = None
    date: str | None = None  # ISO date printed on the line


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
    match = _NAME_BAR.match(line)
    if match:
        return Byline(match.group("who").strip(), None, date_in(line)[0])
    match = _PUBLISHED_LINE.match(line)
    if match and len(line) <= 160:
        who = match.group("who").strip(" |,-") or None
        if who and len(who.split()) > 8:
            return None
        return Byline(who, None, date_in(line)[0])
    return None


def parse_name_line(line: str) -> str | None:
    """A person's name alone on a line ("Shahzad Baloch"), as printed under a headline.

    Two or three capitalised words, each with a lower-case letter (so not a
    section label in capitals, "GIRLS BASKETBALL"), none of them a word of a
    desk or section label ("Staff Reports", "Latest News").
    """
    if len(line) > MAX_NAME_CHARS or not _NAME_LINE.match(line):
        return None
    words = line.split()
    if any(w.casefold().strip(".") in _NOT_NAME_WORDS for w in words):
        return None
    if not all(any(c.islower() for c in w) or len(w.rstrip(".")) == 1 for w in words):
        return None
    return line


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
