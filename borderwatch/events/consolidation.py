"""The article-level pass over one article's events, after every sentence.

Dating back the closure a reopening ends, keeping headline events only when
the body repeats them, dropping "the closure" when the closure is told
elsewhere, and one event per (type, place, sentence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from borderwatch.events import triggers as t
from borderwatch.events.attributes import closure_length_days
from borderwatch.gazetteer import fold_text
from borderwatch.records import STATUS_OF_EVENT, Event, Sentence

#: Events dated further back than this before publication are the story's
#: history ("in December 2020 France closed ..."), not its news.
HISTORY_DAYS = 365
#: A date written with a year alone or a month and year, not "since ...".
EARLIER_YEAR = re.compile(
    r"^(?!(?:since|from|until|till|as of)\b)(?:[\w ]+ )?(?P<y>(?:19|20)\d\d)$", re.IGNORECASE
)


def recent(events: list[Event], published: str | None) -> list[Event]:
    """Drops events dated more than ``HISTORY_DAYS`` before publication."""
    from datetime import date, timedelta

    if not published:
        return events
    cutoff = (date.fromisoformat(published) - timedelta(days=HISTORY_DAYS)).isoformat()
    year = int(published[:4])

    def history(event: Event) -> bool:
        if event.date:
            return event.date < cutoff
        # "reopened for trade in 2019", "the closures of August and September
        # 2023" (not "since 2019": that goes on)
        match = EARLIER_YEAR.search(event.date_text or "")
        return match is not None and int(match.group("y")) < year

    old = [e for e in events if history(e)]
    reopened = {e.place for e in events if e.type == "reopening" and e not in old}
    # "closed in February 2019" in a story of its reopening is the closure that
    # the reopening ends, which the spec counts as this article's.
    return [
        e for e in events
        if e not in old or (e.type in ("closure", "restriction") and e.place in reopened)
    ]


def dated_back(events: list[Event]) -> list[Event]:
    """ "Reopened on Saturday after a four-day closure": the closure began on
    Tuesday.  Dates the closure a reopening ends from the stated length."""
    from datetime import date, timedelta

    result = []
    for event in events:
        if event.type == "closure" and event.date is None:
            ending = next(
                (
                    e
                    for e in events
                    if e.type in ("reopening", "restriction")
                    and e.date
                    and e.place == event.place
                    and e.evidence.start == event.evidence.start
                ),
                None,
            )
            days = closure_length_days(fold_text(event.evidence.text)) if ending else None
            if ending and ending.date and days:
                began = date.fromisoformat(ending.date) - timedelta(days=days)
                event = replace(event, date=began.isoformat())
        result.append(event)
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


def confirmed(events: list[Event], headlines: set[int]) -> list[Event]:
    """Headline events stay only when the body reports the same (type, place).

    Headlines compress ("Turkey closes border" over a story of a passenger-only
    closure); the body says what happened.
    """
    body = {(e.type, e.place) for e in events if id(e) not in headlines}
    return [e for e in events if id(e) not in headlines or (e.type, e.place) in body]


def unreferenced(
    events: list[Event], references: set[int], unnamed: set[int] | None = None
) -> list[Event]:
    """ "The closure" names a closure told elsewhere: kept only when it is the
    article's one word on that (type, place), or on that type for the whole
    border the crossing lies on ("Finland closed its land border ... Vaalimaa
    handled 3,000 people a day before the closure")."""
    told = {(e.type, e.place) for e in events if id(e) not in references}

    told_types = {kind for kind, _ in told}

    def told_elsewhere(event: Event) -> bool:
        border = "border:" + "-".join(event.countries)
        if (event.type, event.place) in told or (event.type, border) in told:
            return True
        # "no talks yet about the closure", in a sentence that names no
        # crossing: it points at a closure the story tells, wherever that was.
        return id(event) in (unnamed or set()) and event.type in told_types

    return [e for e in events if id(e) not in references or not told_elsewhere(e)]


def held_up(events: list[Event], queues: set[int]) -> list[Event]:
    """A queue strands people only where the story closes or limits that
    crossing (or its whole border); an ordinary holiday queue is no news."""
    stopped = {
        e.place for e in events if e.type in ("closure", "restriction", "clash")
    } | {
        "border:" + "-".join(e.countries)
        for e in events
        if e.type in ("closure", "restriction") and e.crossing is None
    }

    def kept(event: Event) -> bool:
        border = "border:" + "-".join(event.countries)
        return id(event) not in queues or event.place in stopped or border in stopped

    return [e for e in events if kept(e)]


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, place, sentence); reasons shared with the dated twin."""
    kept: dict[tuple[str, str, int], Event] = {}
    for event in events:
        key = (event.type, event.place, event.evidence.start)
        if key not in kept:
            kept[key] = event
    result = list(kept.values())
    for i, event in enumerate(result):
        if event.reason is None and event.date_text and event.type in STATUS_OF_EVENT:
            donor = next(
                (
                    e
                    for e in result
                    if e.type == event.type
                    and e.place == event.place
                    and e.reason
                    and not e.date_text
                ),
                None,
            )
            if donor is not None:
                result[i] = replace(event, reason=donor.reason)
    return result
