"""The article-level pass over one article's events, after every sentence.

Each event travels with how the article told it (``Told``).  The pass dates
back the closure a reopening ends, drops history, keeps headline events only
when the body repeats them, drops "the closure" when the closure is told
elsewhere, drops ordinary queues, and keeps one event per (type, place,
sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from borderwatch.events import triggers as t
from borderwatch.events.attributes import closure_length_days
from borderwatch.gazetteer import fold_text
from borderwatch.records import STATUS_OF_EVENT, Event, Sentence


@dataclass(frozen=True, slots=True)
class Told:
    """An event with how the article told it."""

    event: Event
    headline: bool = False  # told in a headline-like line
    reference: bool = False  # "the closure": names an event told elsewhere
    unnamed: bool = False  # ... in a sentence that names no crossing of its own
    queue: bool = False  # a queue word, which may be an ordinary queue
    announced: bool = False  # announced for later: not in force at publication
    stale: bool = False  # a past-perfect closure: background to the news
    ended: bool = False  # a closure a reopening of the same sentence ends


#: Events dated further back than this before publication are the story's
#: history ("in December 2020 France closed ..."), not its news.
HISTORY_DAYS = 365
#: A date written with a year alone or a month and year, not "since ...".
EARLIER_YEAR = re.compile(
    r"^(?!(?:since|from|until|till|as of)\b)(?:[\w ]+ )?(?P<y>(?:19|20)\d\d)$", re.IGNORECASE
)


#: A span of past years in the evidence ("between 2007 and 2018").
YEAR_SPAN = re.compile(
    r"\b(?:between|from) (?:19|20)\d\d (?:and|to|until|till) (?P<y>(?:19|20)\d\d)\b"
)


def recent(told: list[Told], published: str | None) -> list[Told]:
    """Drops events dated more than ``HISTORY_DAYS`` before publication."""
    from datetime import date, timedelta

    if not published:
        return told
    try:
        cutoff = (date.fromisoformat(published) - timedelta(days=HISTORY_DAYS)).isoformat()
    except (ValueError, OverflowError):
        return told  # no calendar date ("0001-01-01" minus the history): nothing is older
    year = int(published[:4])

    def history(event: Event) -> bool:
        if event.date:
            return event.date < cutoff
        # "reopened for trade in 2019", "the closures of August and September
        # 2023" (not "since 2019": that goes on)
        match = EARLIER_YEAR.search(event.date_text or "")
        if match is not None:
            return int(match.group("y")) < year
        # "was largely closed between 2007 and 2018", "from 2015 to 2022"
        span = YEAR_SPAN.search(event.evidence.text)
        return span is not None and int(span.group("y")) < year

    reopened = {x.event.place for x in told if x.event.type == "reopening" and not history(x.event)}
    # "closed in February 2019" in a story of its reopening is the closure that
    # the reopening ends, which the spec counts as this article's.
    return [
        x
        for x in told
        if not history(x.event)
        or (x.event.type in ("closure", "restriction") and x.event.place in reopened)
    ]


def dated_back(told: list[Told]) -> list[Told]:
    """ "Reopened on Saturday after a four-day closure": the closure began on
    Tuesday.  Dates the closure a reopening ends from the stated length."""
    from datetime import date, timedelta

    endings: dict[tuple[str, int], Event] = {}  # the first per (place, sentence)
    for e in (x.event for x in told):
        if e.type in ("reopening", "restriction") and e.date:
            endings.setdefault((e.place, e.evidence.start), e)
    result = []
    for x in told:
        event = x.event
        if event.type == "closure" and event.date is None:
            ending = endings.get((event.place, event.evidence.start))
            days = closure_length_days(fold_text(event.evidence.text)) if ending else None
            if ending and ending.date and days:
                try:
                    began = date.fromisoformat(ending.date) - timedelta(days=days)
                except (ValueError, OverflowError):
                    began = None  # before the calendar's first day: left undated
                if began is not None:
                    x = replace(x, event=replace(event, date=began.isoformat()))
        result.append(x)
    return result


def from_today(event: Event) -> bool:
    """ "Will be closed starting today": in force as the news is published."""
    return bool(event.date_text) and t.TODAY.search(fold_text(event.date_text or "")) is not None


def headline_like(text: str, sentence: Sentence) -> bool:
    """A heading or headline: a short line of its own without a full stop."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    alone = (
        text[line_start : sentence.start].strip() == ""
        and text[sentence.end : line_end].strip() == ""
    )
    return alone and len(sentence.text) < 120 and sentence.text.rstrip()[-1:] not in ".!?\"”'"


def confirmed(told: list[Told]) -> list[Told]:
    """Headline events stay only when the body reports the same (type, place).

    Headlines compress ("Turkey closes border" over a story of a passenger-only
    closure); the body says what happened.
    """
    body = {(x.event.type, x.event.place) for x in told if not x.headline}

    def kept(x: Told) -> bool:
        place = x.event.place
        # "X reopens after a week-long closure" over a body that tells the
        # reopening: the closure it ended is the article's too.
        return (x.event.type, place) in body or (x.ended and ("reopening", place) in body)

    return [x for x in told if not x.headline or kept(x)]


def unreferenced(told: list[Told]) -> list[Told]:
    """ "The closure" names a closure told elsewhere: kept only when it is the
    article's one word on that (type, place), or on that type for the whole
    border the crossing lies on ("Finland closed its land border ... Vaalimaa
    handled 3,000 people a day before the closure")."""
    said = {(x.event.type, x.event.place) for x in told if not x.reference}
    said_types = {kind for kind, _ in said}

    def told_elsewhere(x: Told) -> bool:
        event = x.event
        border = "border:" + "-".join(event.countries)
        if (event.type, event.place) in said or (event.type, border) in said:
            return True
        # "no talks yet about the closure", in a sentence that names no
        # crossing: it points at a closure the story tells, wherever that was.
        return x.unnamed and event.type in said_types

    return [x for x in told if not x.reference or not told_elsewhere(x)]


def held_up(told: list[Told]) -> list[Told]:
    """A queue strands people only where the story closes or limits that
    crossing (or its whole border); an ordinary holiday queue is no news."""
    events = [x.event for x in told]
    stopped = {e.place for e in events if e.type in ("closure", "restriction", "clash")} | {
        "border:" + "-".join(e.countries)
        for e in events
        if e.type in ("closure", "restriction") and e.crossing is None
    }

    def kept(x: Told) -> bool:
        border = "border:" + "-".join(x.event.countries)
        return not x.queue or x.event.place in stopped or border in stopped

    return [x for x in told if kept(x)]


def dedupe(told: list[Told]) -> list[Told]:
    """One event per (type, place, sentence); reasons shared with the dated twin."""
    kept: dict[tuple[str, str, int], Told] = {}
    for x in told:
        key = (x.event.type, x.event.place, x.event.evidence.start)
        if key not in kept:
            kept[key] = x
    result = list(kept.values())
    events = [x.event for x in result]
    donors: dict[tuple[str, str], Event] = {}  # the first undated reason per (type, place)
    for e in events:
        if e.reason and not e.date_text:
            donors.setdefault((e.type, e.place), e)
    for i, event in enumerate(events):
        if event.reason is None and event.date_text and event.type in STATUS_OF_EVENT:
            donor = donors.get((event.type, event.place))
            if donor is not None:
                result[i] = replace(result[i], event=replace(event, reason=donor.reason))
    return result
