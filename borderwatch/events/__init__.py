"""Stage 4, events: Analysis -> Findings (events, statements of state, mentions).

For each sentence: the detectors find trigger candidates (find), then the
candidates get their places and attributes (act).  Places: the crossings the
sentence names; else the crossing the article is about when the sentence
refers back to it ("the crossing", "the gate"); else a whole border.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from borderwatch.events import triggers as t
from borderwatch.events.attributes import (
    closure_length_days,
    find_actor,
    find_opponent,
    find_reason,
    has_pronoun_subject,
    pick_casualties,
    pick_counts,
    pick_date,
)
from borderwatch.events.detectors import Candidate, SentenceView, detect
from borderwatch.gazetteer import fold_text
from borderwatch.records import (
    STATUS_OF_EVENT,
    Analysis,
    Event,
    Findings,
    PlaceMention,
    Sentence,
    Span,
    StatusClaim,
)

__all__ = ["find_events"]

#: Types whose event goes to one place only (the nearest crossing), where
#: closures, reopenings and restrictions go to every crossing they list.
_SINGLE_PLACE = {"clash", "stranded", "talks"}


def _fold(text: str) -> str:
    return fold_text(text)


def _places_of(
    sentence: Sentence,
    folded: str,
    places: Sequence[PlaceMention],
    focus: PlaceMention | None,
) -> list[PlaceMention]:
    """The places a sentence's events belong to (absolute offsets)."""
    inside = [p for p in places if sentence.start <= p.start < sentence.end]
    crossings = [p for p in inside if p.kind == "crossing"]
    if crossings:
        return crossings
    if focus is not None:
        anaphora = t.CROSSING_ANAPHORA.search(folded)
        if anaphora:
            return [
                replace(
                    focus,
                    start=sentence.start + anaphora.start(),
                    end=sentence.start + anaphora.end(),
                )
            ]
    borders = [p for p in inside if p.kind == "border"]
    if borders:
        border = borders[0]
        if focus is not None and border.countries == focus.countries and not _whole_line(folded):
            return [replace(focus, start=border.start, end=border.end)]
        return [border]
    return []


def _two_sides(
    analysis: Analysis, sentence: Sentence, before: Sentence | None, folded: str
) -> bool:
    """Both sides are named: two countries, or words like "both sides".

    A sentence that goes on from the previous one ("He met officials there")
    counts the countries of that sentence too.
    """
    if t.TWO_SIDES.search(folded):
        return True
    spans = [sentence]
    if before is not None and _CONTINUES.match(sentence.text):
        spans.append(before)
    codes = {
        p.countries[0]
        for p in analysis.places
        if p.kind == "country" and any(s.start <= p.start < s.end for s in spans)
    }
    return len(codes) >= 2


def _counted(analysis: Analysis, sentence: Sentence) -> bool:
    return any(sentence.start <= c.start < sentence.end for c in analysis.counts)


def _officials_meet(folded: str) -> bool:
    """Officials of the sides meet, in a sentence that names no place."""
    return t.OFFICIALS.search(folded) is not None and t.TALKS.search(folded) is not None


def _whole_line(folded: str) -> bool:
    """The sentence speaks of a whole border, not of one crossing on it."""
    return t.WHOLE_LINE.search(folded) is not None


def _assign(
    candidate: Candidate,
    sentence: Sentence,
    places: list[PlaceMention],
    status_triggers: list[Candidate],
) -> list[PlaceMention]:
    """The places one candidate speaks of, when a sentence names several."""
    if len(places) <= 1:
        return places
    at = sentence.start + candidate.start
    if candidate.type in _SINGLE_PLACE:
        nearest = min(places, key=lambda p: abs(p.start - at))
        return _listed_with(nearest, places, sentence) if candidate.type == "talks" else [nearest]
    others = [c for c in status_triggers if c.type != candidate.type]
    if not others:
        return places
    mine = []
    for place in places:
        closest = min(status_triggers, key=lambda c: abs(sentence.start + c.start - place.start))
        if closest.type == candidate.type:
            mine.append(place)
    return mine or [min(places, key=lambda p: abs(p.start - at))]


#: What may stand between two items of one list of crossings.
_LIST_GAP = re.compile(
    r"^[\s,/]*(?:\([^)]{0,40}\))?[\s,]*(?:pass(?:es)?|crossings?)?[\s,]*(?:\([^)]{0,40}\))?[\s,]*(?:and|or)?\s*$"
)


def _listed_with(
    place: PlaceMention, places: list[PlaceMention], sentence: Sentence
) -> list[PlaceMention]:
    """``place`` and the crossings listed with it ("A, B and C")."""
    ordered = sorted(places, key=lambda p: p.start)
    groups: list[list[PlaceMention]] = [[ordered[0]]]
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        gap = sentence.text[prev.end - sentence.start : cur.start - sentence.start]
        if _LIST_GAP.match(gap):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    return next(g for g in groups if place in g)


def _claim(sentence: Sentence, folded: str, places: list[PlaceMention]) -> list[StatusClaim]:
    match = t.OPEN_STATE.search(folded)
    if match is None or t.NEGATION.search(folded[max(0, match.start() - 30) : match.start()]):
        return []
    span = Span(sentence.start, sentence.end, sentence.text)
    crossings = [p for p in places if p.kind == "crossing" and p.crossing]
    if not crossings:
        return []
    at = sentence.start + match.start()
    # The crossing the state is said of is its subject, before the words
    # ("the Simon Bolivar bridge remains open, although Tienditas is blocked").
    before = [p for p in crossings if p.end <= at]
    if not before:
        return []
    nearest = max(before, key=lambda p: p.end)
    return [
        StatusClaim(p.crossing, p.countries, "open", span)  # type: ignore[arg-type]
        for p in _listed_with(nearest, crossings, sentence)
    ]


def find_events(analysis: Analysis) -> Findings:
    """Events, statements of state and the crossings named, of one article."""
    text = analysis.article.text
    published = analysis.article.published
    places = analysis.places
    crossing_mentions = [p for p in places if p.kind == "crossing"]
    events: list[Event] = []
    announced: list[Event] = []
    claims: list[StatusClaim] = []
    focus: PlaceMention | None = _main_crossing(crossing_mentions)
    headlines: set[int] = set()
    references: set[int] = set()
    last_actor: str | None = None
    previous: Sentence | None = None
    for sentence in analysis.sentences:
        before, previous = previous, sentence
        named = [p for p in crossing_mentions if sentence.start <= p.start < sentence.end]
        folded = _fold(sentence.text)
        sentence_places = _places_of(sentence, folded, places, focus)
        if named:
            focus = named[-1]
        view = SentenceView(
            sentence, folded, bool(sentence_places), _two_sides(analysis, sentence, before, folded)
        )
        if not sentence_places:
            if focus is None:
                continue
            # Meetings of officials and held-up trucks in a story about one
            # crossing are about that crossing, even when the sentence does
            # not name it ("More than 5,000 trucks are stuck on both sides").
            candidates = [
                c
                for c in detect(view)
                if (c.type == "talks" and _officials_meet(folded))
                or (c.type == "stranded" and _counted(analysis, sentence))
            ]
            sentence_places = [focus]
        else:
            said_open = _claim(sentence, folded, sentence_places)
            claims.extend(said_open)
            candidates = detect(view)
            # "X remains open, although Y is blocked": the closure is Y's only.
            open_now = {c.crossing for c in said_open}
            if open_now and len(sentence_places) > len(open_now):
                sentence_places = [p for p in sentence_places if p.crossing not in open_now]
        if t.NOT_TALKS.search(folded):
            candidates = [c for c in candidates if c.type != "talks"]
        status_triggers = [c for c in candidates if c.type in STATUS_OF_EVENT]
        for candidate in candidates:
            # "reopened on Saturday after it was shut on Tuesday": a reopening
            # and the closure it ends each take the date nearest to them.
            pair = any(c.prior for c in candidates) and candidate.type in STATUS_OF_EVENT
            rivals = [
                (sentence.start + c.start, not c.prior)
                for c in candidates
                if pair and c.type in STATUS_OF_EVENT and not c.reference
            ]
            for place in _assign(candidate, sentence, sentence_places, status_triggers):
                event = _event(analysis, sentence, candidate, place, published, before, rivals)
                if event.actor is None and last_actor and has_pronoun_subject(sentence.text):
                    event = replace(event, actor=last_actor)
                if event.type == "clash" and event.actor:
                    other = find_opponent(sentence.text, candidate.end)
                    if other and other not in event.actor:
                        event = replace(event, actor=f"{event.actor} vs {other}")
                if event.actor and " vs " not in event.actor:
                    last_actor = event.actor
                events.append(event)
                if _headline_like(text, sentence):
                    headlines.add(id(event))
                # A heading that only names a closure ("Criticism of Torkham
                # Closure") points at one the body tells.
                if candidate.reference or (candidate.noun and _headline_like(text, sentence)):
                    references.add(id(event))
                if candidate.future and not _from_today(event):
                    announced.append(event)
    events = _dated_back(events)
    events = _confirmed(events, headlines)
    events = _unreferenced(events, references)
    events = _dedupe(events)
    mentioned = tuple(dict.fromkeys(p.crossing for p in crossing_mentions if p.crossing))
    future = tuple(e for e in events if e in announced)
    return Findings(tuple(events), tuple(claims), mentioned, future)


def _dated_back(events: list[Event]) -> list[Event]:
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
            days = closure_length_days(_fold(event.evidence.text)) if ending else None
            if ending and ending.date and days:
                began = date.fromisoformat(ending.date) - timedelta(days=days)
                event = replace(event, date=began.isoformat())
        result.append(event)
    return result


def _from_today(event: Event) -> bool:
    """ "Will be closed starting today": in force as the news is published."""
    return bool(event.date_text) and t.TODAY.search(_fold(event.date_text or "")) is not None


def _headline_like(text: str, sentence: Sentence) -> bool:
    """A heading or headline: a short line of its own without a full stop."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    alone = (
        text[line_start : sentence.start].strip() == ""
        and text[sentence.end : line_end].strip() == ""
    )
    return alone and len(sentence.text) < 120 and sentence.text.rstrip()[-1:] not in ".!?\"”'"


def _confirmed(events: list[Event], headlines: set[int]) -> list[Event]:
    """Headline events stay only when the body reports the same (type, place).

    Headlines compress ("Turkey closes border" over a story of a passenger-only
    closure); the body says what happened.
    """
    body = {(e.type, e.place) for e in events if id(e) not in headlines}
    return [e for e in events if id(e) not in headlines or (e.type, e.place) in body]


def _unreferenced(events: list[Event], references: set[int]) -> list[Event]:
    """ "The closure" names a closure told elsewhere: kept only when it is the
    article's one word on that (type, place)."""
    told = {(e.type, e.place) for e in events if id(e) not in references}
    return [e for e in events if id(e) not in references or (e.type, e.place) not in told]


def _main_crossing(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The crossing named most often (first named on ties)."""
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.crossing or ""] = counts.get(mention.crossing or "", 0) + 1
    best = max(counts, key=lambda name: counts[name])
    return next(m for m in mentions if m.crossing == best)


#: A sentence that goes on with the previous one's subject and time.
_CONTINUES = re.compile(r"^(?:he|she|they|it|the two sides|both sides|there)\b", re.IGNORECASE)


def _event(
    analysis: Analysis,
    sentence: Sentence,
    candidate: Candidate,
    place: PlaceMention,
    published: str | None,
    before: Sentence | None,
    rivals: Sequence[tuple[int, bool]] = (),
) -> Event:
    trigger_at = sentence.start + candidate.start
    date_mention = pick_date(analysis.dates, sentence, trigger_at, rivals)
    date = date_mention.date if date_mention else None
    if date_mention is None and not candidate.future and t.IMMEDIATE.search(_fold(sentence.text)):
        date = published
    if (
        date_mention is None
        and before is not None
        and not candidate.reference
        and _CONTINUES.match(sentence.text)
    ):
        date_mention = pick_date(analysis.dates, before, before.end)
        date = date_mention.date if date_mention else None
    if date_mention and candidate.future:
        date = date_mention.future or date
    counts = pick_counts(analysis.counts, sentence) if candidate.type == "stranded" else ()
    casualties = (
        pick_casualties(analysis.casualties, sentence) if candidate.type == "clash" else None
    )
    actor = None
    reason = None
    if candidate.type in STATUS_OF_EVENT or candidate.type == "clash":
        if not candidate.reference:
            actor = find_actor(sentence.text, candidate.start, candidate.end)
        reason = find_reason(sentence.text, candidate.end)
    return Event(
        type=candidate.type,
        crossing=place.crossing,
        countries=place.countries,
        evidence=Span(sentence.start, sentence.end, sentence.text),
        date=date,
        date_text=date_mention.text if date_mention else None,
        actor=actor,
        reason=reason,
        counts=counts,
        casualties=casualties,
    )


def _dedupe(events: list[Event]) -> list[Event]:
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
