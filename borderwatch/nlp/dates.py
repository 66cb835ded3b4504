"""Time expressions in article text, resolved to ISO dates where the text allows.

Rules find first, resolution second:

1. Each pattern in ``date_atoms`` finds *atoms* ("February 21", "Sunday night",
   "yesterday", "3:00pm", "early March", "last week"); overlapping atoms keep the
   longest.  The month, weekday and day names they match are in ``date_words``.
2. Atoms that are written together make one mention ("today at 8 p.m.",
   "since 3:00pm yesterday", "yesterday (Thursday)", "today, Wednesday, September 23"),
   and a leading preposition that changes the meaning is kept ("since Saturday",
   "from tonight", "till November 21", "as of Sunday"); "on"/"in"/"at" are not,
   as the corpus labels "on Friday" as "Friday".
3. Each mention is resolved against a *reference day*: the publication date, or,
   when there is none, a full date written shortly before it (a caption or
   dateline such as "... on December 15, 2023."). Weekdays and dates without a
   year take the last such day on or before it, or the next one when the clause
   looks ahead ("will reopen on Monday", "expected to meet on Tuesday") or, for
   dates, when that one is at most 45 days ahead ("from February 1" in late
   January).  Without a reference day, a date without a year takes the year of a
   full date in the text.  A bare clock time takes the day named just before it.
   Durations ("for six days", "a four-day closure") match no pattern.

Offsets index the text passed in: ``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from borderwatch.nlp.date_atoms import Atom, scan_atoms
from borderwatch.records import DateKind, DateMention

__all__ = ["find_dates", "resolve_date_text"]

# Dates without a year this many days after the reference can only be the
# coming ones ("from February 1" in a late-January article); others are past
# (a dated announcement further ahead has a cue word such as "will").
_FUTURE_WINDOW_DAYS = 45
# How far back (characters) a caption/dateline date or a just-mentioned day
# may sit to anchor relative words and bare clock times.
_ANCHOR_REACH = 300
# Prepositions kept in the mention because they change its meaning (the corpus
# labels "since Saturday", "from tonight", "till November 21" but "on Friday" as "Friday").
_LEAD = re.compile(
    r"(?i:\b(?P<p>since|from|till|until|as\s+of|starting(?:\s+from)?|beginning|"
    r"effective(?:\s+from)?|by|through))\s+$"
)
# Words before a day in the same clause that say it lies ahead ("will reopen on Monday").
_FUTURE_CUES = re.compile(
    r"(?i:\b(?:will|shall|would|'ll|expected\s+to|scheduled|set\s+to|plans?\s+to|planned|"
    r"is\s+to|are\s+to|(?:is|are|was|were)\s+going\s+to|due\s+to\s+(?:re)?(?:open|close|resume|meet)|"
    r"likely\s+to|starting|beginning|effective)\b)"
)
# A full date preceded by one of these is a deadline, never an anchor.
_NOT_ANCHOR = re.compile(r"(?i:\b(?:till|until|by|from|before|after|starting)\s+$)")
# What may stand between a day and a clock time written together.
_GLUE_DAY_TIME = re.compile(r"(?:,?[ \t]+at|,?[ \t]+from|,)?[ \t]+")
_GLUE_TIME_DAY = re.compile(r"(?:,?[ \t]+on|,)?[ \t]+")
_CLAUSE_END = re.compile(r"[.!?;\n]")
# Atom kinds that name a day (clock times, years and vague mentions do not).
_DAYLIKE = frozenset({"abs", "range", "weekday", "dayword"})


def _merge(text: str, atoms: list[Atom]) -> list[tuple[int, int, list[Atom]]]:
    """Group atoms written together into one mention: (start, end, parts)."""
    groups: list[tuple[int, int, list[Atom]]] = []
    for atom in atoms:
        if groups:
            start, end, parts = groups[-1]
            gap = text[end:atom.start]
            last = parts[-1]
            has_day = any(p.kind in _DAYLIKE for p in parts)
            joined = (
                (has_day and atom.kind == "time" and not atom.prep
                 and _GLUE_DAY_TIME.fullmatch(gap) is not None)
                or (last.kind == "time" and atom.kind in _DAYLIKE and not has_day
                    and _GLUE_TIME_DAY.fullmatch(gap) is not None)
                or (last.kind == "dayword" and atom.kind in ("weekday", "abs")
                    and re.fullmatch(r",\s*", gap) is not None)
                or (last.kind == "weekday" and atom.kind == "abs" and gap.strip() == ",")
            )
            paren = (re.fullmatch(r"\s*\(\s*", gap) is not None and atom.kind in _DAYLIKE
                     and has_day and re.match(r"\s*\)", text[atom.end:]) is not None)
            if paren:
                close = text.index(")", atom.end) + 1
                groups[-1] = (start, close, parts + [atom])
                continue
            if joined:
                groups[-1] = (start, atom.end, parts + [atom])
                continue
        groups.append((atom.start, atom.end, [atom]))
    return groups


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _parse_iso(value: str | None) -> date | None:
    """A publication date; None for anything else, and for years no news is
    dated in (which also keeps day arithmetic far from ``date.min``/``date.max``)."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value or "")
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not 1000 <= y <= 9000 or not 1 <= mo <= 12 or not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return date(y, mo, d)


def _yearless(month: int, day: int, ref: date, future: bool) -> date | None:
    """The (month, day) nearest the reference: the last one on or before it, the
    next one when the text looks ahead or it falls within the future window."""
    options = [
        date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)
        if 1 <= y <= 9998 and day <= calendar.monthrange(y, month)[1]
    ]
    after = [d for d in options if d >= ref]
    before = [d for d in options if d <= ref]
    if after and (future or (after[0] - ref).days <= _FUTURE_WINDOW_DAYS):
        return after[0]
    return before[-1] if before else None


def _weekday(weekday: int, ref: date, future: bool, direction: int) -> date:
    if direction > 0:
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    if direction < 0:
        return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
    if future:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _looks_ahead(text: str, start: int) -> bool:
    window = text[max(0, start - 80):start]
    clause = _CLAUSE_END.split(window)[-1]
    return _FUTURE_CUES.search(clause) is not None


def _resolve(parts: list[Atom], ref: date | None, year: int | None, prev: date | None,
             future: bool) -> tuple[date | None, DateKind]:
    """The date of one mention and its kind."""
    day = next((p for p in parts if p.kind in ("abs", "range") and p.day), None)
    day = day or next((p for p in parts if p.kind in _DAYLIKE | {"chained"}), None)
    if day is None:
        head = parts[0]
        if head.kind == "time":
            return (prev or ref), "relative"
        return None, "relative" if head.kind == "vague" else "absolute"
    if day.kind in ("abs", "range"):
        kind: DateKind = "range" if day.kind == "range" else "absolute"
        if day.day is None or day.month is None:
            return None, kind
        if day.year is not None:
            return date(day.year, day.month, day.day), kind
        if ref is not None:
            when = _yearless(day.month, day.day, ref, future)
        elif year is not None and day.day <= calendar.monthrange(year, day.month)[1]:
            when = date(year, day.month, day.day)  # the year written elsewhere in the text
        else:
            when = None
        said = {p.weekday for p in parts if p.weekday is not None}
        if when and said and when.weekday() not in said:  # "Wednesday, September 23" in
            return None, kind  # a year where it is no Wednesday: the year guess is wrong
        return when, kind
    if day.kind == "weekday" and day.weekday is not None:
        return (_weekday(day.weekday, ref, future, day.direction) if ref else None), "weekday"
    if day.kind == "chained":
        return (prev + timedelta(days=day.offset) if prev else None), "relative"
    return (ref + timedelta(days=day.offset) if ref else None), "relative"


def find_dates(
    text: str, published: str | None, default_year: int | None = None,
    *, prefer_future: bool | None = None,
) -> list[DateMention]:
    """Every time expression in ``text``, resolved against ``published`` (ISO).

    ``default_year`` stands in for a missing publication year for dates written
    without one; when not given it is taken from a full date in the text.
    ``prefer_future`` forces the direction of weekdays and yearless dates
    (``None``: decided per mention by cue words such as "will" or "until").
    """
    pub = _parse_iso(published)
    atoms = scan_atoms(text)
    full = [(a.start, date(a.year, a.month, a.day)) for a in atoms
            if a.kind in ("abs", "range") and a.year and a.month and a.day]
    anchors = [(s, d) for s, d in full if not _NOT_ANCHOR.search(text, max(0, s - 12), s)]
    year = default_year if default_year is not None and 1000 <= default_year <= 9000 else None
    mentions: list[DateMention] = []
    prev: tuple[int, date] | None = None  # the last resolved day and where it ended
    for start, end, parts in _merge(text, atoms):
        lead = _LEAD.search(text, max(0, start - 25), start)
        if lead and parts[0].kind != "time" and not (parts[0].kind == "year" and parts[0].prep):
            start = lead.start("p")
        ref = pub
        if ref is None:
            near = [d for s, d in anchors if start - _ANCHOR_REACH <= s < start]
            ref = near[-1] if near else None
        if default_year is None and full:  # the full date written nearest before, else first
            year = next((d.year for s, d in reversed(full) if s < start), full[0][1].year)
        future = _looks_ahead(text, start) if prefer_future is None else prefer_future
        recent = prev[1] if prev and start - prev[0] <= _ANCHOR_REACH else None
        if parts[0].kind == "chained":  # "a day earlier" refers to the last day named
            recent = prev[1] if prev else None
        when, kind = _resolve(parts, ref, year, recent, future)
        mentions.append(DateMention(start, end, text[start:end], _iso(when), kind))
        if when is not None and any(p.kind != "time" for p in parts):
            prev = (end, when)
    return mentions


def resolve_date_text(
    expr: str, published: str | None, prefer_future: bool = False,
    *, default_year: int | None = None,
) -> str | None:
    """The ISO date of one expression ("since Saturday", "February 21"), or None."""
    found = find_dates(expr, published, default_year, prefer_future=prefer_future)
    dated = [m for m in found if m.date]
    if not dated:
        return None
    return max(dated, key=lambda m: m.end - m.start).date
