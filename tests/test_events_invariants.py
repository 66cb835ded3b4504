"""Invariants of the understand and events stages on generated news text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderwatch.events import find_events
from borderwatch.gazetteer import load_gazetteer
from borderwatch.records import EVENT_TYPES, Article

#: Pieces of border news; hypothesis strings them into sentences and paragraphs.
PIECES = [
    "Torkham",
    "the Chaman crossing",
    "Spin Boldak",
    "the border",
    "Kapıkule",
    "Rafah crossing",
    "Pakistan",
    "Afghan",
    "closed",
    "reopened",
    "shut",
    "was sealed",
    "remains open",
    "traded fire with",
    "more than 6,000 trucks",
    "hundreds of travellers",
    "were stranded",
    "officials met",
    "on Sunday",
    "since Monday",
    "on February 21",
    "will reopen on Friday",
    "did not close",
    "in recent years",
    "killing two soldiers",
    "he told the AP",
    "“The crossing must open,”",
    "said the minister",
    "only for pedestrians",
    "after a four-day closure",
    ",",
    ".",
    "\n",
    "\n\n",
    "—",
    "(AP)",
    "КПП «Козловичи»",
    "закрыт",
]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join)
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(texts, dates)
def test_every_offset_slices_the_article_text(analyzer, text: str, published) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer(Article(id="h", text=text, published=published))
    for item in (
        *analysis.sentences,
        *analysis.places,
        *analysis.dates,
        *analysis.counts,
        *analysis.casualties,
    ):
        assert text[item.start : item.end] == item.text
    for quote in analysis.quotes:
        assert text[quote.evidence.start : quote.evidence.end] == quote.evidence.text
    found = find_events(analysis)
    for event in found.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(texts, dates)
def test_events_are_well_formed(analyzer, text: str, published) -> None:  # type: ignore[no-untyped-def]
    gazetteer = load_gazetteer()
    found = find_events(analyzer(Article(id="h", text=text, published=published)))
    for event in found.events:
        assert event.type in EVENT_TYPES
        assert list(event.countries) == sorted(event.countries) and len(event.countries) == 2
        assert event.crossing is None or gazetteer.lookup(event.crossing) is not None
        assert event.date is None or ISO.match(event.date)
        assert all(c.value is None or c.value >= 0 for c in event.counts)
    for name in found.crossings_mentioned:
        assert gazetteer.lookup(name) is not None
    for claim in found.claims:
        assert claim.status == "open"


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-31"])
def test_publication_dates_at_the_calendars_ends_never_fail(analyzer, published: str) -> None:  # type: ignore[no-untyped-def]
    text = "The Torkham crossing reopened on Monday after a four-day closure."
    found = find_events(analyzer(Article(id="h", text=text, published=published)))
    assert {e.type for e in found.events} == {"reopening", "closure"}
