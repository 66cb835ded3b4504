"""Plain statements of state ("the crossing remains open"): claims, not events."""

from __future__ import annotations

from borderwatch.events import triggers as t
from borderwatch.events.places import listed_with
from borderwatch.records import PlaceMention, Sentence, Span, StatusClaim


def open_claims(sentence: Sentence, folded: str, places: list[PlaceMention]) -> list[StatusClaim]:
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
        for p in listed_with(nearest, crossings, sentence)
    ]
