"""Building ``DocumentResult`` records by hand for the store, query and CLI tests.

``doc(Said(...), Said(...), published=...)`` makes an article whose text is
the sentences joined by spaces, with each event's or claim's evidence span
pointing at its sentence (so ``text[start:end] == evidence.text`` holds, as
the pipeline guarantees).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from borderwatch.records import (
    Article,
    Casualties,
    Count,
    DocumentResult,
    Event,
    Link,
    Quote,
    Span,
    StatusClaim,
)

TORKHAM = "Torkham"
CHAMAN = "Chaman–Spin Boldak"
AF_PK = ("AF", "PK")


@dataclass(frozen=True)
class Said:
    """One sentence and what it says: an event (``type``) or a plain state (``claim``)."""

    sentence: str
    type: str | None = None
    crossing: str | None = TORKHAM
    countries: tuple[str, ...] = AF_PK
    date: str | None = None
    date_text: str | None = None
    counts: tuple[Count, ...] = ()
    casualties: Casualties | None = None
    actor: str | None = None
    claim: str | None = None  # "closed" | "open" | "restricted"
    quote_by: str | None = None  # the sentence is also a quote of this speaker


def doc(
    *said: Said,
    id: str = "doc",
    published: str | None = None,
    source: str | None = "AP",
    url: str | None = None,
    title: str | None = None,
    mentioned: tuple[str, ...] = (),
    links: tuple[Link, ...] = (),
) -> DocumentResult:
    text = ""
    events: list[Event] = []
    claims: list[StatusClaim] = []
    quotes: list[Quote] = []
    for item in said:
        if text:
            text += " "
        span = Span(len(text), len(text) + len(item.sentence), item.sentence)
        text += item.sentence
        if item.type:
            events.append(
                Event(
                    type=item.type,  # type: ignore[arg-type]
                    crossing=item.crossing,
                    countries=item.countries,
                    evidence=span,
                    date=item.date,
                    date_text=item.date_text,
                    actor=item.actor,
                    counts=item.counts,
                    casualties=item.casualties,
                )
            )
        if item.claim:
            assert item.crossing is not None
            claims.append(StatusClaim(item.crossing, item.countries, item.claim, span))  # type: ignore[arg-type]
        if item.quote_by:
            quotes.append(Quote(item.quote_by, item.sentence, span))
    article = Article(
        id=id,
        text=text,
        title=title,
        published=published,
        source=source,
        url=url,
        links=links,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    places = {e.crossing for e in events if e.crossing} | {c.crossing for c in claims}
    return DocumentResult(
        id=id,
        article=article,
        events=tuple(events),
        quotes=tuple(quotes),
        crossings_mentioned=tuple(dict.fromkeys((*sorted(places), *mentioned))),
        claims=tuple(claims),
    )
