"""Stories: stored events -> one record per thing that happened.

Raw events stay stored as the pipeline found them (the store is lossless);
this stage groups them, every time a view is made, in two steps:

1. **Reports** (``tell_reports``): inside one article, the events of one
   type at one place that restate each other (the same date, or no date of
   their own: "the crossing has since remained shut") are one report with
   several evidence spans.  An undated restatement joins the article's
   report of the latest date, since what an article says without a date
   goes on from the latest news it told.
2. **Stories** (``find_stories``): across articles, reports of one type at
   one place whose dates agree within the precision the text states ("on
   Sunday" is a day, "in March" a month, "in 2018" a year) are one story,
   with all its sources and its earliest report.  A report with no date
   speaks of the days just before its publication (``UNDATED_REACH_DAYS``).

Reports are taken in the order their articles became known (publication,
else ingest: ``StoredEvent.known_on``), so a story's first report is the
earliest, and an article published later can only join a story or start
one: never regroup what was known before (the views at a past day stay as
they were, ``borderwatch.asof``).

Counts of stranded trucks and people (``count_groups``) are grouped by the
thing counted and the day they speak of: the same day's different numbers
from different outlets are a disagreement shown side by side; counts of
different days are a series.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from borderwatch.readmodels import ClaimGroup, StoredEvent, StrandedClaim, outlet, unique
from borderwatch.records import EventType, Span

__all__ = [
    "Precision",
    "Report",
    "Story",
    "count_groups",
    "find_stories",
    "precision_of",
    "stories_by_event",
    "tell_reports",
]

Precision = Literal["day", "week", "month", "year", "unknown"]

#: How far back an undated report may reach for the story it restates: a
#: week, the span over which news keeps saying "remains shut" of one closure
#: before it speaks of it with a date again.
UNDATED_REACH_DAYS = 7

#: Words of a date expression that name a whole month or year, not a day
#: (English; the dates of other languages are resolved to days by the
#: nlp stage and read here as days).
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY_NUMBER = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b")
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEK = re.compile(r"\bweek\b|\bweekend\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"\bmonth\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"\byear\b", re.IGNORECASE)

#: Days a date of each precision may lie either side of the day it was resolved to.
_WIDTH: dict[Precision, int] = {"day": 0, "week": 6}


def precision_of(date_text: str | None, resolved: str | None) -> Precision:
    """How precise a resolved date is, from the words that stated it.

    "Sunday", "21 February", "yesterday" are days; "last week" a week;
    "March 2018", "earlier this month" months; "2017", "last year" years.
    A date with no words to read (set by a rule, not quoted) is a day.
    """
    if not resolved:
        return "unknown"
    text = _YEAR.sub(" ", date_text or "")
    if _MONTH_WORD.search(text):
        return "month" if _DAY_NUMBER.search(_MONTH_WORD.sub(" ", text)) is None else "day"
    if _YEAR.search(date_text or "") and not _DAY_NUMBER.search(text):
        return "year"
    if _WEEK.search(text):
        return "week"
    if _MONTH_ONLY.search(text):
        return "month"
    if _YEAR_ONLY.search(text):
        return "year"
    return "day"


def _window(day: str, precision: Precision) -> tuple[str, str]:
    """The first and last day a date of this precision may mean."""
    d = date.fromisoformat(day[:10])
    if precision == "month":
        start = d.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif precision == "year":
        start, end = d.replace(month=1, day=1), d.replace(month=12, day=31)
    else:
        width = timedelta(days=_WIDTH.get(precision, 0))
        start, end = d - width, d + width
    return start.isoformat(), end.isoformat()


@dataclass(frozen=True, slots=True)
class Report:
    """One article's telling of one event: its restatements there are one.

    ``events`` are the article's events it joins, in the article's order;
    ``date`` is the date they state (None when none does), ``precision``
    how exactly.
    """

    article_id: str
    place: str
    type: EventType
    events: tuple[StoredEvent, ...]
    date: str | None
    precision: Precision
    source: str | None
    published: str | None
    known_on: str | None

    @property
    def lead(self) -> StoredEvent:
        """The event that says most: the first with the report's date."""
        for se in self.events:
            if se.event.date == self.date:
                return se
        return self.events[0]

    @property
    def evidence(self) -> tuple[Span, ...]:
        return tuple(se.event.evidence for se in self.events)

    @property
    def window(self) -> tuple[str, str] | None:
        """The days the report may speak of; None when it cannot be placed in time."""
        if self.date:
            return _window(self.date, self.precision)
        if self.published and self.known_on:
            end = date.fromisoformat(self.published[:10])
            return (end - timedelta(days=UNDATED_REACH_DAYS)).isoformat(), end.isoformat()
        return None


@dataclass(frozen=True, slots=True)
class Story:
    """Reports of one event from one or more articles; ``reports[0]`` the earliest.

    ``date`` is when it happened as precisely as any report says (else the
    first report's publication, else None: date unknown); ``id`` is stable
    for as long as the first report is the same.
    """

    id: str
    place: str
    type: EventType
    countries: tuple[str, ...]
    date: str | None
    precision: Precision
    reports: tuple[Report, ...]

    @property
    def first_report(self) -> Report:
        return self.reports[0]

    @property
    def lead(self) -> StoredEvent:
        """The earliest report's event (what the story's row shows)."""
        return self.reports[0].lead

    @property
    def sources(self) -> tuple[str, ...]:
        """Who reported it, in the order they did."""
        return unique(r.source for r in self.reports)

    @property
    def events(self) -> tuple[StoredEvent, ...]:
        return tuple(se for r in self.reports for se in r.events)

    @property
    def last_reported(self) -> str | None:
        """The latest day an article told it (publication, else ingest)."""
        days = [r.known_on[:10] for r in self.reports if r.known_on]
        return max(days) if days else None


def event_key(se: StoredEvent) -> tuple[str, int]:
    """An event's identity across reads and backends: its article and place in it."""
    return se.article_id, se.seq


def tell_reports(events: Iterable[StoredEvent]) -> list[Report]:
    """Each article's events of one type at one place, restatements as one report."""
    by_telling: dict[tuple[str, str, str], list[StoredEvent]] = {}
    for se in events:
        by_telling.setdefault((se.article_id, se.event.place, se.event.type), []).append(se)
    reports: list[Report] = []
    for (article_id, place, kind), told in by_telling.items():
        told.sort(key=lambda se: se.seq)
        by_date: dict[str | None, list[StoredEvent]] = {}
        for se in told:
            by_date.setdefault(se.event.date, []).append(se)
        undated = by_date.pop(None, [])
        published = (told[0].published or "9999-12-31")[:10]
        # an announced date ("will reopen on Monday") is no news an undated line goes on from
        dates = sorted(d for d in by_date if d is not None and d[:10] <= published)
        if undated:
            # goes on from the latest news the article dated (none: a report of its own)
            by_date.setdefault(dates[-1] if dates else None, []).extend(undated)
        for day, group in by_date.items():
            group.sort(key=lambda se: se.seq)
            first = group[0]
            precision = min(
                (precision_of(se.event.date_text, day) for se in group if se.event.date == day),
                key=_PRECISION_RANK.__getitem__,
                default="unknown",
            )
            reports.append(
                Report(
                    article_id, place, kind, tuple(group), day, precision,  # type: ignore[arg-type]
                    outlet(first), first.published, first.known_on,
                )
            )  # fmt: skip
    return reports


#: Narrower first: a day says more than a week, a week more than a month.
_PRECISION_RANK: dict[Precision, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass(slots=True)
class _Growing:
    """A story while reports are added (the frozen ``Story`` is made at the end)."""

    reports: list[Report]
    window: tuple[str, str] | None  # the narrowest dated window so far
    reach: tuple[str, str] | None  # the first report's window when none is dated
    order: int = 0  # when it was started: of stories as near, the first started wins

    def span(self) -> tuple[str, str] | None:
        return self.window or self.reach


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str] | None:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else None


def _report_order(r: Report) -> tuple[str, str, str, int]:
    return ((r.known_on or "9999-12-31")[:10], r.date or "", r.article_id, r.lead.seq)


class _Shelf:
    """The growing stories of one place and type, looked up by the days they
    span: a sorted index of span starts, so that finding a report's story
    reads only the stories that can overlap it (a crossing with thousands of
    reports costs n log n, not n squared)."""

    def __init__(self) -> None:
        self.stories: list[_Growing] = []
        self.starts: list[tuple[int, int]] = []  # (first day, order), sorted
        self.days: dict[int, tuple[int, int]] = {}  # order -> (first day, last day)
        self.longest = 0  # the most days any span has covered: how far back to look

    def add(self, story: _Growing) -> None:
        story.order = len(self.stories)
        self.stories.append(story)
        self._index(story)

    def narrow(self, story: _Growing, window: tuple[str, str]) -> None:
        """The story's dated window becomes ``window``."""
        old = self.days.pop(story.order, None)
        if old is not None:
            del self.starts[bisect_left(self.starts, (old[0], story.order))]
        story.window = window
        self._index(story)

    def _index(self, story: _Growing) -> None:
        span = story.span()
        if span is None:
            return  # no days to be found by
        first, last = _days(span[0]), _days(span[1])
        self.days[story.order] = (first, last)
        insort(self.starts, (first, story.order))
        self.longest = max(self.longest, last - first)

    def closest(self, window: tuple[str, str]) -> _Growing | None:
        """The story whose days overlap ``window`` and start nearest to it."""
        lo, hi = _days(window[0]), _days(window[1])
        begin = bisect_left(self.starts, (lo - self.longest, -1))
        end = bisect_right(self.starts, (hi, len(self.stories)))
        best: tuple[tuple[int, int], _Growing] | None = None
        for first, order in self.starts[begin:end]:
            if self.days[order][1] < lo:
                continue  # ends before the window begins
            rank = (abs(first - lo), order)
            if best is None or rank < best[0]:
                best = (rank, self.stories[order])
        return None if best is None else best[1]


def find_stories(events: Iterable[StoredEvent]) -> tuple[Story, ...]:
    """The stories these events tell, oldest first (by date, then first report)."""
    shelves: dict[tuple[str, str], _Shelf] = {}
    for report in sorted(tell_reports(events), key=_report_order):
        window = report.window
        shelf = shelves.setdefault((report.place, report.type), _Shelf())
        match = shelf.closest(window) if window is not None else None
        if match is None:
            dated = window if report.date is not None else None
            shelf.add(_Growing([report], dated, None if dated else window))
            continue
        match.reports.append(report)
        if window is not None and report.date is not None:
            narrowed = window if match.window is None else _overlap(match.window, window)
            shelf.narrow(match, narrowed or window)
    made = [_story(g) for shelf in shelves.values() for g in shelf.stories]
    return tuple(sorted(made, key=lambda s: (s.date or "", _report_order(s.first_report))))


def _days(day: str) -> int:
    return date.fromisoformat(day[:10]).toordinal()


def _story(g: _Growing) -> Story:
    first = g.reports[0]
    dated = [r for r in g.reports if r.date]
    if dated:
        best = min(dated, key=lambda r: (_PRECISION_RANK[r.precision], r.date or ""))
        day: str | None = best.date
        precision: Precision = best.precision
    else:
        day = first.lead.effective_date
        precision = "unknown"
    lead = first.lead
    ident = "|".join((first.place, first.type, first.article_id, str(lead.seq)))
    return Story(
        id=hashlib.sha256(ident.encode("utf-8")).hexdigest()[:12],
        place=first.place,
        type=first.type,
        countries=lead.event.countries,
        date=day,
        precision=precision,
        reports=tuple(g.reports),
    )


def stories_by_event(stories: Iterable[Story]) -> dict[tuple[str, int], Story]:
    """Each event's story, keyed by ``event_key``."""
    return {event_key(se): s for s in stories for se in s.events}


def told_counts(report: Report) -> list[StrandedClaim]:
    """A report's counts, each said once however often the article restates it."""
    seen: dict[tuple[str, int | None, str], StrandedClaim] = {}
    day = report.date or report.lead.effective_date
    for se in report.events:
        for c in se.event.counts:
            key = (c.what, c.value, c.qualifier)
            if key not in seen:
                seen[key] = StrandedClaim(c, report.source, report.article_id, day,
                                          se.event.evidence)  # fmt: skip
    return list(seen.values())


def stranded_counts(stories: Iterable[Story]) -> tuple[StrandedClaim, ...]:
    """Every count of the ``stranded`` stories, one per report, newest first."""
    claims = [c for s in stories if s.type == "stranded" for r in s.reports for c in told_counts(r)]
    return tuple(sorted(claims, key=lambda c: c.date or "", reverse=True))


def _day_then_what(item: tuple[tuple[str, str], list[StrandedClaim]]) -> tuple[bool, str, str]:
    (what, day), _claims = item
    return not day, day, what


def count_groups(stories: Iterable[Story]) -> tuple[ClaimGroup, ...]:
    """Counts by what they count and the day they speak of, oldest day first
    (an undated article's last).

    One group holds what outlets said of one thing on one day (differing
    numbers there disagree); the groups of one thing over days are a series.
    """
    groups: dict[tuple[str, str], list[StrandedClaim]] = {}
    for claim in stranded_counts(stories):
        groups.setdefault((claim.count.what, claim.date or ""), []).append(claim)
    return tuple(
        ClaimGroup(what, tuple(claims), day or None)
        for (what, day), claims in sorted(groups.items(), key=_day_then_what)
    )
