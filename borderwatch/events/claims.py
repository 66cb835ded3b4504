"""Plain statements of state ("the crossing remains open"): claims, not events."""

from __future__ import annotations

import re

from borderwatch.events import triggers as t
from borderwatch.events.places import listed_with
from borderwatch.records import PlaceMention, Sentence, Span, StatusClaim

#: Words of state said of several crossings at once ("... remain open").
PLURAL = re.compile(r"(?:remain|are|were|stay) ")

#: Where a contrasting clause begins ("..., while X remains open").
CONTRAST = re.compile(r";|\b(?:while|but|whereas|although|though|however)\b")

#: A state that held before the news ("had remained open", "had been open").
PAST_STATE = re.compile(r"\bhad (?:been |remained |stayed )?(?:open|remained open|stayed open)")

#: A place right after the words of state ("crossing normally at Hrebenne").
PLACE_AFTER = re.compile(r"\W+(?:at|in|through|via) (?:the )?")


def open_claims(sentence: Sentence, folded: str, places: list[PlaceMention]) -> list[StatusClaim]:
    """The crossings a sentence says are open, with no change reported."""
    match = t.OPEN_STATE.search(folded)
    if match is None or t.NEGATION.search(folded[max(0, match.start() - 30) : match.start()]):
        return []
    if t.PARTIAL_REOPENING.search(folded, match.end(), match.end() + 45):
        return []  # "open for pedestrians only": a restriction, read as an event
    if PAST_STATE.search(folded, max(0, match.start() - 20), match.end()):
        return []  # "the last crossing that had remained open": no longer
    span = Span(sentence.start, sentence.end, sentence.text)
    crossings = [p for p in places if p.kind == "crossing" and p.crossing]
    if not crossings:
        return []
    at = sentence.start + match.start()
    # The crossing the state is said of is its subject, before the words
    # ("the Simon Bolivar bridge remains open, although Tienditas is blocked").
    before = [p for p in crossings if p.end <= at]
    if before and PLURAL.match(match.group(0)):
        # "Taftan with Pakistan and Islam Qala with Afghanistan remain open";
        # not "Torkham closed, while Chaman and Angoor Adda remain open".
        breaks = [m.end() for m in CONTRAST.finditer(folded, 0, match.start())]
        clause = sentence.start + (breaks[-1] if breaks else 0)
        return [
            StatusClaim(p.crossing, p.countries, "open", span)  # type: ignore[arg-type]
            for p in before
            if p.start >= clause
        ]
    if before:
        nearest = max(before, key=lambda p: p.end)
    else:
        # "The crossing is currently open ... at Taftan", "trucks were crossing
        # normally at Hrebenne": the subject refers back, or the place follows.
        after = [p for p in crossings if p.start >= at]
        subject = t.CROSSING_ANAPHORA.search(folded, 0, match.start())
        if not after or (subject is None and not PLACE_AFTER.match(folded, match.end())):
            return []
        nearest = after[0]
    return [
        StatusClaim(p.crossing, p.countries, "open", span)  # type: ignore[arg-type]
        for p in listed_with(nearest, crossings, sentence)
    ]
