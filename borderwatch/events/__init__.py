"""Stage 4, events: Analysis -> Findings (events, statements of state, mentions).

Per sentence, in order:

1. ``detectors``: pure detectors find trigger candidates (words in
   ``triggers``), telling apart negation, background, wishes and the future;
2. ``places``: each candidate gets its places (named crossings, the crossing
   referred back to, or a whole border);
3. ``attributes``: date, actor, reason, counts and casualties are attached;
4. ``claims``: plain statements of state become claims, not events.

Then, over the whole article, ``consolidation`` dates back closures that
reopenings end, keeps headline events only when the body repeats them, drops
references to closures told elsewhere, and keeps one event per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from borderwatch.events import triggers as t
from borderwatch.events.actors import actor_phrase, main_subject, with_name
from borderwatch.events.attributes import (
    find_opponent,
    find_reason,
    has_pronoun_subject,
    pick_casualties,
    pick_counts,
    pick_date,
)
from borderwatch.events.claims import open_claims
from borderwatch.events.consolidation import (
    Told,
    confirmed,
    dated_back,
    dedupe,
    from_today,
    headline_like,
    held_up,
    recent,
    unreferenced,
)
from borderwatch.events.context import CONTINUES, counted, officials_meet, two_sides
from borderwatch.events.detectors import Candidate, SentenceView, detect, excepted_crossings
from borderwatch.events.grammar import governs_only, parse_at
from borderwatch.events.learned import learned_candidates
from borderwatch.events.nearby import Nearby
from borderwatch.events.places import (
    assign,
    both_countries_named,
    leads_with_border,
    main_crossing,
    places_of,
)
from borderwatch.gazetteer import fold_text
from borderwatch.records import (
    STATUS_OF_EVENT,
    Analysis,
    DateMention,
    Event,
    Findings,
    Parse,
    PlaceMention,
    Sentence,
    Span,
    StatusClaim,
)

__all__ = ["find_events"]


def find_events(analysis: Analysis) -> Findings:
    """Events, statements of state and the crossings named, of one article."""
    text = analysis.article.text
    published = analysis.article.published
    places = analysis.places
    crossing_mentions = [p for p in places if p.kind == "crossing"]
    told: list[Told] = []
    claims: list[StatusClaim] = []
    # The crossing the story is about: what "the crossing" and sentences that
    # name no place refer to.  The one named most often, not the last named:
    # roundups and live blogs name others in passing.
    focus: PlaceMention | None = main_crossing(crossing_mentions)
    roundup = len({p.crossing for p in crossing_mentions}) > 1
    border_story = leads_with_border(analysis.sentences, places, text, analysis.article.title)
    last_actor: str | None = None
    closure_told = False  # a closure told so far, which a later line may qualify
    previous: Sentence | None = None
    nearby = Nearby(analysis)
    for sentence in analysis.sentences:
        before, previous = previous, sentence
        near = nearby.around(before, sentence)  # by offset: linear in the text's length
        named = [
            p
            for p in near.places
            if p.kind == "crossing" and sentence.start <= p.start < sentence.end
        ]
        folded = fold_text(sentence.text)
        sentence_places = places_of(sentence, folded, near.places, focus, roundup, border_story)
        if sentence.text.rstrip().endswith("?"):
            continue  # a question ("Should Torkham stay open?") tells no news
        view = SentenceView(
            sentence,
            folded,
            bool(sentence_places),
            two_sides(near, sentence, before, folded),
            tuple((p.start - sentence.start, p.end - sentence.start) for p in named),
            parse=parse_at(analysis.parses, sentence.start),
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
                if (c.type == "talks" and officials_meet(folded))
                # or held on one side of the line ("drivers stuck on the Malian side")
                or (
                    c.type == "stranded"
                    and (counted(near, sentence) or t.SIDE_OF_LINE.search(folded) is not None)
                )
                # "only empty trucks were allowed through on Tuesday", "those who
                # tested positive were denied entry": passage let or refused is
                # about the crossing the story is about ("you may be refused
                # entry", a guide's advice, is not).
                or (
                    c.type == "restriction"
                    and (t.PASSAGE.search(folded) is not None or _refused(folded))
                )
            ]
            if closure_told and (t.STILL_PASSING.search(folded) or t.LET_THROUGH.search(folded)):
                # after a closure: "people are still able to make the journey
                # on foot", "Turkish citizens are excluded", "the closure does
                # not affect Egyptians returning home": the closure is partial
                candidates = [*candidates, Candidate("restriction", 0, 0)]
            sentence_places = [focus]
        else:
            said_open = open_claims(sentence, folded, sentence_places)
            claims.extend(said_open)
            candidates = detect(view)
            # Learned second reader (events/learned.py): a recall fallback for
            # sentences with places; what it may do is set by grouped CV.
            candidates = learned_candidates(view, candidates)
            # "X remains open, although Y is blocked": the closure is Y's only.
            open_now = {c.crossing for c in said_open}
            if open_now and len(sentence_places) > len(open_now):
                sentence_places = [p for p in sentence_places if p.crossing not in open_now]
        if t.NOT_TALKS.search(folded):
            candidates = [c for c in candidates if c.type != "talks"]
        closure_told = closure_told or any(c.type == "closure" for c in candidates)
        # "closed all crossings with Belarus except Terespol": not Terespol
        excepted = {sentence.start + a for a, _ in excepted_crossings(view)}
        if excepted and len(sentence_places) > len(excepted):
            sentence_places = [p for p in sentence_places if p.start not in excepted]
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
            targets = assign(candidate, sentence, sentence_places, status_triggers)
            targets = _governed_border(view, candidate, near.places, targets)
            for place in targets:
                event = _event(
                    near, sentence, candidate, place, published, before, rivals, view.parse
                )
                if event.actor is None and has_pronoun_subject(sentence.text):
                    # "He met officials there": the actor told last, else the
                    # subject of the sentence before
                    told_before = last_actor or _subject_before(analysis, before)
                    if told_before:
                        event = replace(event, actor=told_before)
                if event.type == "clash" and event.actor:
                    other = find_opponent(sentence.text, candidate.end)
                    if other and other not in event.actor:
                        event = replace(event, actor=f"{event.actor} vs {other}")
                if event.actor and " vs " not in event.actor:
                    last_actor = event.actor
                heading = headline_like(text, sentence)
                # A heading that only names a closure ("Criticism of Torkham
                # Closure") points at one the body tells; one a reopening
                # ends ("reopens after brief closure") is told right there.
                reference = candidate.reference or (
                    candidate.noun and heading and not candidate.prior
                )
                told.append(
                    Told(
                        event,
                        headline=heading,
                        reference=reference,
                        unnamed=reference and not any(p.crossing == place.crossing for p in named),
                        ended=candidate.prior,
                        queue=candidate.type == "stranded"
                        and t.WEAK_STRANDED.match(folded, candidate.start) is not None,
                        # "will close from Monday" in force by publication when
                        # that day is past ("effective November 27", published the 28th)
                        announced=candidate.future
                        and not from_today(event)
                        and not (event.date and published and event.date < published),
                        # "had closed the crossing earlier this month": background
                        # to the news (a limit told so still qualifies a reopening)
                        stale=event.type == "closure"
                        and not event.date
                        and t.PLUPERFECT.search(
                            folded, max(0, candidate.start - 25), candidate.start
                        )
                        is not None,
                    )
                )
    told = dedupe(held_up(unreferenced(confirmed(recent(dated_back(told), published)))))
    mentioned = tuple(dict.fromkeys(p.crossing for p in crossing_mentions if p.crossing))
    return Findings(
        events=tuple(x.event for x in told),
        claims=tuple(claims),
        crossings_mentioned=mentioned,
        announced=tuple(x.event for x in told if x.announced),
        stale=tuple(x.event for x in told if x.stale),
    )


def _subject_before(analysis: Analysis, before: Sentence | None) -> str | None:
    """Who the sentence before is about, with the name the article gave that
    title earlier ("Khawaja Mohammad Asif (Pakistani Defense Minister)")."""
    if before is None:
        return None
    text = analysis.article.text
    subject = main_subject(parse_at(analysis.parses, before.start), text)
    return with_name(subject, text, before.start) if subject else None


def _governed_border(
    view: SentenceView,
    candidate: Candidate,
    places: Sequence[PlaceMention],
    targets: list[PlaceMention],
) -> list[PlaceMention]:
    """A whole border the trigger's own words name, where the crossings the
    sentence names stand in another phrase ("the border was shut, leaving
    trucks stuck at A and B"): the event is the border's."""
    if view.parse is None or not targets or any(p.kind != "crossing" for p in targets):
        return targets
    sentence = view.sentence
    inside = [p for p in places if sentence.start <= p.start < sentence.end]
    borders = [p for p in inside if p.kind == "border" and both_countries_named(p, inside)]
    if not borders:
        return targets
    crossings = [(p.start, p.end) for p in inside if p.kind == "crossing"]
    if not crossings:
        return targets  # "the X-Y border" read as the story's crossing (``places_of``)
    start, end = sentence.start + candidate.start, sentence.start + candidate.end
    for border in borders:
        if governs_only(view.parse, start, end, (border.start, border.end), crossings):
            return [border]
    return targets


def _refused(folded: str) -> bool:
    """People were refused passage, told as done, not as advice or a chance."""
    refused = t.REFUSED.search(folded)
    return refused is not None and t.ADVICE.search(folded, 0, refused.start()) is None


#: A speech or decision verb right after a date ("on Wednesday announced").
ANNOUNCED_ON = re.compile(
    r"[\s,]*(?:announced|said|declared|decided|ordered|confirmed|stated)\b", re.IGNORECASE
)


def _beyond_dateline(analysis: Analysis, sentence: Sentence) -> Sequence[DateMention]:
    """The date mentions an event may take: a dateline's date ("BISHKEK, Sept
    17 (Reuters) -") only when the sentence names no other day."""
    dateline = analysis.article.dateline
    if not dateline or not sentence.text.startswith(dateline):
        return analysis.dates
    head_end = sentence.start + len(dateline)
    inside = [d for d in analysis.dates if sentence.start <= d.start < sentence.end]
    body = [d for d in inside if d.start >= head_end]
    if not body or len(body) == len(inside):
        return analysis.dates
    return [d for d in analysis.dates if not sentence.start <= d.start < head_end]


def _event(
    analysis: Analysis,
    sentence: Sentence,
    candidate: Candidate,
    place: PlaceMention,
    published: str | None,
    before: Sentence | None,
    rivals: Sequence[tuple[int, bool]] = (),
    parse: Parse | None = None,
) -> Event:
    trigger_at = sentence.start + candidate.start
    date_mention = pick_date(
        _beyond_dateline(analysis, sentence), sentence, trigger_at, rivals, candidate.future,
        parse,
    )
    date = date_mention.date if date_mention else None
    if (
        date_mention is None
        and not candidate.future
        and t.IMMEDIATE.search(fold_text(sentence.text))
    ):
        date = published
    if (
        date_mention is None
        and before is not None
        and not candidate.reference
        and CONTINUES.match(sentence.text)
    ):
        date_mention = pick_date(analysis.dates, before, before.end)
        date = date_mention.date if date_mention else None
    if (
        date_mention
        and candidate.future
        and date_mention.start < trigger_at
        and ANNOUNCED_ON.match(analysis.article.text, date_mention.end)
    ):
        # "on Wednesday announced that the crossing would be closed": the day
        # of the announcement, not of the closure.
        date_mention, date = None, None
    if date_mention and candidate.future:
        date = date_mention.future or date
    with_counts = candidate.type in ("stranded", "restriction")
    counts = pick_counts(analysis.counts, sentence) if with_counts else ()
    casualties = (
        pick_casualties(analysis.casualties, sentence) if candidate.type == "clash" else None
    )
    actor = None
    reason = None
    if candidate.type in STATUS_OF_EVENT or candidate.type == "clash":
        if not candidate.reference:
            names = [(p.start, p.end) for p in analysis.places if p.kind == "crossing"]
            actor = actor_phrase(
                parse, analysis.article.text, trigger_at, sentence.start + candidate.end, names
            )
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
