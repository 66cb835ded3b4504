"""Scoring rules of the contract, on small hand-made gold records.

A crossing without a gazetteer row matches the gold crossing without a row,
in the same article, with which it shares the most significant words.
"""

from __future__ import annotations

from typing import Any

import pytest

from borderwatch.evaluate import GoldRecord, match_uncurated, score, significant_words
from borderwatch.records import Count, DocumentResult, Event, RawDocument, Span, Status

EVIDENCE = Span(0, 4, "text")


def _record(events: list[dict[str, Any]], status: dict[str, str] | None = None) -> GoldRecord:
    gold = {"events": events, "status_at_publication": status or {}, "crossings_mentioned": []}
    return GoldRecord(RawDocument(id="a", data=b"text"), gold)


def _event(kind: str, crossing: str | None, countries: tuple[str, ...], **kw: Any) -> Event:
    return Event(kind, crossing, countries, EVIDENCE, **kw)  # type: ignore[arg-type]


def _result(events: list[Event], status: dict[str, Status] | None = None) -> DocumentResult:
    return DocumentResult("a", None, events=tuple(events), status=status or {})


def test_generic_words_are_not_significant() -> None:
    assert significant_words("Hili Land Port") == {"hili"}
    assert significant_words("Kyzyl-Bel checkpoint") == {"kyzyl", "bel"}
    assert significant_words("Integrated Check Post") == frozenset()


@pytest.mark.parametrize(
    ("name", "gold", "expected"),
    [
        ("Hili Land Port", ["Hili"], "Hili"),
        ("Farafenni", ["Farafenni–Kerr Ayip", "Amdalaye–Karang"], "Farafenni–Kerr Ayip"),
        ("Kerr Ayip", ["Farafenni–Kerr Ayip"], "Farafenni–Kerr Ayip"),
        # most shared words wins; fewer other words on ties
        ("Al-Rai", ["Ras al-Ain", "Al-Rai"], "Al-Rai"),
        ("Chong Sai Taku", ["Chong An Ma", "Chong Sai Taku"], "Chong Sai Taku"),
        # only generic words shared: no match
        ("Ghost Land Port", ["Hili"], None),
        ("Border Gate", ["Morley Gate"], None),
    ],
)
def test_an_uncurated_name_matches_the_gold_name_sharing_most_words(
    name: str, gold: list[str], expected: str | None
) -> None:
    assert match_uncurated(name, gold) == expected


def test_uncurated_crossing_counts_as_the_gold_one_for_events_status_counts_dates() -> None:
    record = _record(
        [
            {
                "type": "closure",
                "crossing": "Hili",
                "countries": ["BD", "IN"],
                "date": "2025-01-02",
                "counts": [{"what": "trucks", "value": 300, "qualifier": "exactly"}],
            }
        ],
        status={"Hili": "closed"},
    )
    got = _event(
        "closure", "Hili Land Port", ("BD", "IN"), date="2025-01-02", counts=(Count("trucks", 300),)
    )
    scores = score([record], [_result([got], {"Hili Land Port": "closed"})])
    assert (scores.events.tp, scores.events.fp, scores.events.fn) == (1, 0, 0)
    assert scores.status.hit == scores.status.total == 1
    assert scores.counts.hit == scores.counts.total == 1
    assert scores.dates.hit == scores.dates.total == 1


def test_an_uncurated_name_sharing_no_word_is_a_false_positive() -> None:
    record = _record([{"type": "closure", "crossing": "Hili", "countries": ["BD", "IN"]}])
    scores = score([record], [_result([_event("closure", "Sonamasjid", ("BD", "IN"))])])
    assert (scores.events.tp, scores.events.fp, scores.events.fn) == (0, 1, 1)


def test_a_curated_name_still_compares_through_the_gazetteer() -> None:
    record = _record([{"type": "closure", "crossing": "Torkham", "countries": ["AF", "PK"]}])
    scores = score([record], [_result([_event("closure", "Torkhum", ("AF", "PK"))])])
    assert scores.events.tp == 1


def test_a_matched_name_holds_only_within_its_own_article() -> None:
    records = [
        _record([{"type": "closure", "crossing": "Hili", "countries": ["BD", "IN"]}]),
        _record([]),
    ]
    results = [
        _result([]),
        _result([_event("closure", "Hili Land Port", ("BD", "IN"))]),
    ]
    scores = score(records, results)
    assert (scores.events.tp, scores.events.fp, scores.events.fn) == (0, 1, 1)
