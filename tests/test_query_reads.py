"""The read models: event lists, crossing pages, articles, quotes, JSON shapes,
on SQLite and on PostgreSQL (``store_urls``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_backends import StoreUrls
from store_helpers import CHAMAN, TORKHAM, Said, doc

from borderwatch.errors import NotFound
from borderwatch.jsonshape import EVENT_KEYS
from borderwatch.query import (
    EventSelection,
    board,
    board_row_to_json,
    crossing_detail,
    get_article,
    iter_events,
    list_events,
    list_quotes,
    stored_event_to_json,
)
from borderwatch.records import Count, Link
from borderwatch.store import Store, open_store


@pytest.fixture
def store(store_urls: StoreUrls) -> Iterator[Store]:
    """Three articles from three outlets about Torkham and Chaman."""
    s = open_store(store_urls("q"))
    s.save(
        doc(
            Said(
                "Taliban forces closed Torkham on Sunday.",
                "closure",
                date="2023-02-19",
                actor="Taliban forces",
            ),
            Said(
                "More than 6,000 trucks are stuck.",
                "stranded",
                counts=(Count("trucks", 6000, "more than"),),
            ),
            Said("“We want it open,” Sarhadi said.", quote_by="Ziaul Haq Sarhadi"),
            id="ap.txt",
            published="2023-02-22",
            source="AP",
            title="Torkham shut",
            url="https://apnews.com/x",
            links=(Link("Recent", "https://x.example/r"),),
        )
    )
    s.save(
        doc(
            Said(
                "Some 3,000 trucks waited at Torkham.",
                "stranded",
                counts=(Count("trucks", 3000, "about"),),
            ),
            Said(
                "Guards traded fire at Chaman on Tuesday.",
                "clash",
                crossing=CHAMAN,
                date="2023-02-21",
            ),
            Said("“Chaman is calm,” an official said.", quote_by="an official"),
            id="dawn.html",
            published="2023-02-23",
            source="Dawn",
        )
    )
    s.save(
        doc(
            Said("Torkham reopened on Saturday for pedestrians.", "reopening", date="2023-02-25"),
            id="tolo.txt",
            published="2023-02-26",
            source=None,
            url="https://tolonews.com/y",
        )
    )
    yield s
    s.close()


def test_events_come_oldest_first_and_page_with_a_total(store: Store) -> None:
    page = list_events(store)
    assert page.total == 5
    dates = [se.effective_date for se in page.items]
    assert dates == sorted(dates)
    first, second = list_events(store, limit=2), list_events(store, limit=2, offset=2)
    assert (first.total, first.limit, first.offset) == (5, 2, 0)
    assert first.items + second.items == page.items[:4]
    assert list_events(store, limit=2, offset=4).items == page.items[4:]
    assert list_events(store, newest_first=True).items == tuple(reversed(page.items))


def test_events_filter_by_any_spelling_date_type_country_and_words(store: Store) -> None:
    assert {se.event.crossing for se in list_events(store, crossing="torkhum").items} == {TORKHAM}
    assert [se.event.type for se in list_events(store, crossing="Spin Boldak").items] == ["clash"]
    assert [se.effective_date for se in list_events(store, since="2023-02-23").items] == [
        "2023-02-23",
        "2023-02-25",
    ]
    assert [se.effective_date for se in list_events(store, until="2023-02-19").items] == [
        "2023-02-19"
    ]
    stranded = list_events(store, type="stranded")
    assert stranded.total == 2 and {se.event.type for se in stranded.items} == {"stranded"}
    assert list_events(store, type="closure,reopening").total == 2
    assert list_events(store, countries=("pk",)).total == 5
    assert list_events(store, countries=("AF", "IR")).total == 0
    assert [se.article_id for se in list_events(store, q="TALIBAN sunday").items] == [
        list_events(store, type="closure").items[0].article_id
    ]
    assert list_events(store, q="100%").total == 0  # LIKE wildcards are literal


def test_iter_events_reads_every_selected_event_page_by_page_up_to_a_cap(store: Store) -> None:
    every = list_events(store).items
    assert tuple(iter_events(store, EventSelection(), page_size=2)) == every
    assert tuple(iter_events(store, EventSelection(), page_size=2, cap=3)) == every[:3]
    torkham = EventSelection(crossing="torkhum", since="2023-02-20")
    assert tuple(iter_events(store, torkham, page_size=1)) == tuple(
        se
        for se in every
        if se.event.crossing == TORKHAM and (se.effective_date or "") >= "2023-02-20"
    )


def test_an_unknown_crossing_name_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        list_events(store, crossing="Nowhere Gate")
    with pytest.raises(NotFound):
        crossing_detail(store, "Nowhere Gate")


def test_a_crossing_page_shows_status_timeline_quotes_and_counts_side_by_side(
    store: Store,
) -> None:
    detail = crossing_detail(store, "Tor Kham", at="2023-02-24")
    assert detail.name == TORKHAM and detail.countries == ("AF", "PK")
    assert "Torkhum" in detail.alt_names and detail.lat is not None
    assert (detail.row.status, detail.row.since) == ("closed", "2023-02-19")
    # the reopening's article came out on the 26th: not part of the page of the 24th
    assert [se.event.type for se in detail.timeline] == ["closure", "stranded", "stranded"]
    assert {q.speaker for q in detail.quotes} == {"Ziaul Haq Sarhadi", "an official"}
    # counts of two days are a series, one group per day, not a disagreement
    assert [(g.what, g.date) for g in detail.claims] == [
        ("trucks", "2023-02-22"),
        ("trucks", "2023-02-23"),
    ]
    assert [[(c.count.value, c.source) for c in g.claims] for g in detail.claims] == [
        [(6000, "AP")],
        [(3000, "Dawn")],
    ]
    later = crossing_detail(store, TORKHAM, at="2023-02-26")
    assert later.row.status == "open" and later.row.sources == ("tolonews.com",)
    assert [se.event.type for se in later.timeline][-1] == "reopening"


def test_the_board_row_carries_stranded_counts_of_the_current_status(store: Store) -> None:
    (row,) = [r for r in board(store, at="2023-02-24") if r.crossing == TORKHAM]
    assert sorted(c.count.value for c in row.stranded) == [3000, 6000]
    assert row.last_event is not None and row.last_event.source == "Dawn"


def test_an_article_comes_back_with_its_events_quotes_and_links(store: Store) -> None:
    article_id = list_events(store, type="closure").items[0].article_id
    view = get_article(store, article_id)
    article = view.article
    assert (article.title, article.source, article.published) == (
        "Torkham shut",
        "AP",
        "2023-02-22",
    )
    assert [se.event.type for se in view.events] == ["closure", "stranded"]
    assert [q.speaker for q in view.quotes] == ["Ziaul Haq Sarhadi"]
    assert article.links == (Link("Recent", "https://x.example/r"),)
    for se in view.events:
        ev = se.event.evidence
        assert article.text[ev.start : ev.end] == ev.text
    with pytest.raises(NotFound):
        get_article(store, "ffffffffffffffff")


def test_quotes_page_newest_first_and_filter_by_crossing(store: Store) -> None:
    page = list_quotes(store)
    assert page.total == 2 and [q.source for q in page.items] == ["Dawn", "AP"]
    assert page.items[0].crossings == (CHAMAN, TORKHAM)
    assert list_quotes(store, limit=1, offset=1).items == page.items[1:]
    assert [q.speaker for q in list_quotes(store, crossing="Chaman").items] == ["an official"]


def test_json_shapes_have_the_contract_keys(store: Store) -> None:
    rows = [board_row_to_json(r) for r in board(store, at="2023-02-24")]
    for data in rows:
        assert {"crossing", "countries", "status", "since", "last_event", "sources"} <= set(data)
    torkham = next(d for d in rows if d["crossing"] == TORKHAM)
    assert torkham["status"] == "closed" and torkham["countries"] == ["AF", "PK"]
    assert torkham["last_event"]["article_id"] and torkham["sources"] == ["AP"]
    event = stored_event_to_json(list_events(store, type="closure").items[0])
    assert {*EVENT_KEYS, "article_id", "sources"} <= set(event)
    assert event["sources"] == ["AP"] and event["evidence"]["start"] == 0
