"""Publication dates that a page gives in its furniture, as ISO strings.

Only full dates count (day, month and year); anything else gives ``None``, so
that a wrong year never becomes the publication date.
"""

from __future__ import annotations

import datetime
import re

__all__ = ["date_in", "date_line", "url_date"]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[-/](?P<mon>\d{1,2})[-/](?P<day>\d{1,2})(?!\d)"),
    re.compile(rf"\b{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d{{2}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<year>(?:19|20)\d{{2}})\b"),
)

#: Words that may stand next to the date on a date-only line.
_DATE_LINE_NOISE = re.compile(
    r"(?:published|updated|posted|last|on|at|this story is from|am|pm|a\.m\.|p\.m\."
    r"|ist|gmt|utc|pkt|est|edt|cet|cest|bst|pst|pdt|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|[|,:\-–—.]|\s)+",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<mon>\d{1,2})[/-](?P<day>\d{1,2})(?:[/_.-]|\Z)"
)


def _iso(year: str, month: int | None, day: str) -> str | None:
    if month is None:
        return None
    try:
        return datetime.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else MONTHS.get(groups["month"].lower())
    return _iso(groups["year"], month, groups["day"])


def date_in(text: str) -> tuple[str | None, re.Match[str] | None]:
    """The first full date written in ``text`` and where it was found."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _from_match(match)
            if iso:
                return iso, match
    return None, None


def date_line(paragraph: str) -> str | None:
    """The date of a paragraph that is nothing but a date ("April 9, 2023",
    "09:15 AM | 4 Mar, 2024", "This story is from March 3, 2024")."""
    if len(paragraph) > 80:
        return None
    iso, match = date_in(paragraph)
    if iso is None or match is None:
        return None
    rest = paragraph[: match.start()] + " " + paragraph[match.end() :]
    return iso if not _DATE_LINE_NOISE.sub("", rest) else None


def url_date(url: str | None) -> str | None:
    """A date in the path of a URL (``/2018/05/03/``)."""
    match = _URL_DATE.search(url or "")
    return _iso(match["year"], int(match["mon"]), match["day"]) if match else None
