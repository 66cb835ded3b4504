"""Which places a sentence's events belong to.

The crossings the sentence names; else the crossing the article is about
when the sentence refers back to it ("the crossing", "the gate", "it"); else
a whole border (``border:XX-YY``).  When a sentence names several crossings,
each event takes the ones nearest its own word, or the list it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from borderwatch.events import triggers as t
from borderwatch.events.detectors import Candidate
from borderwatch.records import PlaceMention, Sentence

#: Types whose event goes to one place only (the nearest crossing), where
#: closures, reopenings and restrictions go to every crossing they list.
SINGLE_PLACE = {"clash", "stranded", "talks"}


def places_of(
    sentence: Sentence,
    folded: str,
    places: Sequence[PlaceMention],
    focus: PlaceMention | None,
    roundup: bool = False,
    border_story: bool = False,
) -> list[PlaceMention]:
    """The places a sentence's events belong to (absolute offsets).

    ``roundup``: the article names several crossings; a sentence there that
    names a border by both its countries ("the Thai-Cambodian border") speaks
    of the whole border as well as of the crossing the story is about.
    ``border_story``: the story opens with a whole border (``leads_with_border``);
    "the border" then means that border, not the crossing the story names most.
    """
    inside = [p for p in places if sentence.start <= p.start < sentence.end]
    crossings = [p for p in inside if p.kind == "crossing"]
    borders = [p for p in inside if p.kind == "border"]
    if crossings:
        # "closed all border checkpoints with Cambodia, including Poipet": the
        # whole border and the crossing it names.
        if borders and t.EVERY_CROSSING.search(folded):
            return [*crossings, borders[0]]
        return crossings
    # in a roundup, the border named by both its countries is a place too
    named_border = (
        next((b for b in borders if both_countries_named(b, inside)), None) if roundup else None
    )
    plural = t.CROSSINGS_ANAPHORA.search(folded)
    if plural:
        # "Kyrgyzstan closed these border crossings": the ones named just before
        named_before = _distinct(
            p for p in places if p.kind == "crossing" and p.start < sentence.start
        )
        if len(named_before) > 1:
            at = (sentence.start + plural.start(), sentence.start + plural.end())
            return [replace(p, start=at[0], end=at[1]) for p in named_before]
    if focus is not None:
        anaphora = t.CROSSING_ANAPHORA.search(folded)
        if anaphora:
            at_focus = replace(
                focus,
                start=sentence.start + anaphora.start(),
                end=sentence.start + anaphora.end(),
            )
            return [at_focus, named_border] if named_border else [at_focus]
    if len(borders) > 2:
        # "two checkpoints on the Latvian-Russian border and two on the
        # Belarusian-Lithuanian border", "its borders with A, B and C": the
        # nearest border, then each of the list (see ``assign``)
        return borders
    if borders:
        border = borders[0]
        if (
            focus is not None
            and border.countries == focus.countries
            and not border_story
            and not whole_line(folded)
        ):
            at_focus = replace(focus, start=border.start, end=border.end)
            return [at_focus, border] if border is named_border else [at_focus]
        return [border]
    return []


def leads_with_border(
    sentences: Sequence[Sentence],
    places: Sequence[PlaceMention],
    text: str,
    title: str | None,
) -> bool:
    """The story opens with a whole border: the headline names none of the
    crossings the text names, and the first sentence that names a place
    names a border and no crossing ("Nepal seals its border with India for
    the election").  "The border" then means that border, and the crossings
    named later are parts of it."""
    crossings = [p for p in places if p.kind == "crossing"]
    if title:
        headline = title.casefold()
        if any(text[p.start : p.end].casefold() in headline for p in crossings):
            return False
    for sentence in sentences:
        kinds = {p.kind for p in places if sentence.start <= p.start < sentence.end}
        if "crossing" in kinds:
            return False
        if "border" in kinds:
            return True
    return False


def _distinct(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """One mention per crossing, the first of each, in text order."""
    seen: dict[str | None, PlaceMention] = {}
    for mention in mentions:
        seen.setdefault(mention.crossing, mention)
    return list(seen.values())


#: How near a country's name must stand to a border word to name it (characters).
BORDER_NAMED_WITHIN = 30


def both_countries_named(border: PlaceMention, inside: Sequence[PlaceMention]) -> bool:
    """The border is named by both its countries ("the Pakistan-Afghanistan
    border", "the border between Thailand and Cambodia")."""
    near = {
        p.countries[0]
        for p in inside
        if p.kind == "country"
        and (
            0 <= border.start - p.end <= BORDER_NAMED_WITHIN
            or 0 <= p.start - border.end <= BORDER_NAMED_WITHIN
        )
    }
    return set(border.countries) <= near


def whole_line(folded: str) -> bool:
    """The sentence speaks of a whole border, not of one crossing on it."""
    return t.WHOLE_LINE.search(folded) is not None


def assign(
    candidate: Candidate,
    sentence: Sentence,
    places: list[PlaceMention],
    status_triggers: list[Candidate],
) -> list[PlaceMention]:
    """The places one candidate speaks of, when a sentence names several."""
    if len(places) <= 1:
        return places
    at = sentence.start + candidate.start
    if all(p.kind == "border" for p in places):
        # several borders: the nearest one (first) for an event of one place,
        # each border of the list (the rest) for a closure, reopening or limit
        if candidate.type in SINGLE_PLACE:
            return places[:1]
        return list({p.countries: p for p in places[1:]}.values())
    if candidate.prior:
        # "reopened X and Y, two weeks after shutting them": the closure the
        # reopening ends was at the same places.
        return places
    status_triggers = [c for c in status_triggers if not c.prior]
    if candidate.type in SINGLE_PLACE:
        nearest = min(places, key=lambda p: abs(p.start - at))
        return listed_with(nearest, places, sentence) if candidate.type == "talks" else [nearest]
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
LIST_GAP = re.compile(
    r"^[\s,/]*(?:\([^)]{0,40}\))?[\s,]*(?:pass(?:es)?|crossings?)?[\s,]*(?:\([^)]{0,40}\))?[\s,]*(?:and|or)?\s*$"
)


def listed_with(
    place: PlaceMention, places: list[PlaceMention], sentence: Sentence
) -> list[PlaceMention]:
    """``place`` and the crossings listed with it ("A, B and C")."""
    ordered = sorted(places, key=lambda p: p.start)
    groups: list[list[PlaceMention]] = [[ordered[0]]]
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        gap = sentence.text[prev.end - sentence.start : cur.start - sentence.start]
        if LIST_GAP.match(gap):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    return next(g for g in groups if place in g)


def main_crossing(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The crossing named most often (first named on ties)."""
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.crossing or ""] = counts.get(mention.crossing or "", 0) + 1
    best = max(counts, key=lambda name: counts[name])
    return next(m for m in mentions if m.crossing == best)
