"""The cross-article status rule, as the board applies it to stored articles.

Each test runs on SQLite and on PostgreSQL (``store_urls``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_backends import StoreUrls
from store_helpers import CHAMAN, TORKHAM, Said, doc

from borderwatch.query import BoardRow, board, status_changes
from borderwatch.records import STATUS_OF_EVENT, DocumentResult
from borderwatch.status import status_at_publication
from borderwatch.store import Store, open_store


@pytest.fixture
def store(store_urls: StoreUrls) -> Iterator[Store]:
    opened = open_store(store_urls("status"))
    yield opened
    opened.close()


def row(store: Store, at: str | None = None, name: str = TORKHAM) -> BoardRow:
    rows = {r.crossing: r for r in board(store, at=at)}
    return rows[name]


def names_on(store: Store, at: str) -> set[str]:
    """The places on the board at ``at``."""
    return {r.crossing for r in board(store, at=at)}


def test_a_crossing_nobody_gave_a_status_is_unknown(store: Store) -> None:
    store.save(
        doc(
            Said("Guards traded fire at Torkham on Monday.", "clash", date="2023-02-20"),
            Said("Chaman should get facilities.", type=None),
            published="2023-02-22",
            mentioned=(CHAMAN,),
        )
    )
    torkham, chaman = row(store), row(store, name=CHAMAN)
    assert (torkham.status, torkham.since, torkham.last_confirmed) == ("unknown", None, None)
    assert torkham.last_event is not None and torkham.last_event.event.type == "clash"
    assert chaman.status == "unknown" and chaman.last_event is None
    # the article came out on the 22nd: the board of the 19th knows nothing of Torkham
    assert TORKHAM not in names_on(store, "2023-02-19")


def test_the_last_dated_change_on_or_before_the_day_wins(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"),
            published="2023-02-22",
            id="a",
        )
    )
    store.save(
        doc(
            Said("Torkham reopened on Saturday.", "reopening", date="2023-02-25"),
            published="2023-02-26",
            id="b",
            source="Dawn",
        )
    )
    assert TORKHAM not in names_on(store, "2023-02-18")
    closed = row(store, "2023-02-24")
    assert (closed.status, closed.since, closed.sources) == ("closed", "2023-02-19", ("AP",))
    # the reopening of the 25th was published on the 26th: the 25th's board knew only "closed"
    assert row(store, "2023-02-25").status == "closed"
    reopened = row(store, "2023-02-26")
    assert (reopened.status, reopened.since, reopened.sources) == ("open", "2023-02-25", ("Dawn",))


def test_an_announced_reopening_counts_only_from_its_date(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"),
            Said("It will reopen on Monday, officials said.", "reopening", date="2023-02-27"),
            published="2023-02-22",
        )
    )
    assert row(store, "2023-02-22").status == "closed"
    assert row(store, "2023-02-26").status == "closed"
    assert row(store, "2023-02-27").status == "open"
    assert row(store).status == "open"  # today is long after


def test_a_plain_statement_sets_the_status_at_publication(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"),
            published="2023-02-22",
            id="a",
        )
    )
    store.save(
        doc(
            Said("The Torkham crossing remains open.", claim="open"),
            published="2023-03-01",
            id="b",
            source="Dawn",
        )
    )
    assert row(store, "2023-02-28").status == "closed"
    now = row(store, "2023-03-01")
    assert (now.status, now.since, now.last_confirmed) == ("open", "2023-03-01", "2023-03-01")
    assert now.last_event is not None and now.last_event.event.type == "closure"


def test_a_run_of_the_same_status_keeps_its_first_day_and_all_its_sources(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"),
            published="2023-02-20",
            id="a",
            source="AP",
        )
    )
    store.save(
        doc(
            Said("Torkham has remained shut.", "closure"),
            published="2023-02-23",
            id="b",
            source="Dawn",
        )
    )
    store.save(
        doc(
            Said("Torkham is closed.", claim="closed"),
            published="2023-02-24",
            id="c",
            source="Tolo",
        )
    )
    r = row(store, "2023-03-01")
    assert (r.status, r.since, r.last_confirmed) == ("closed", "2023-02-19", "2023-02-24")
    assert set(r.sources) == {"AP", "Dawn", "Tolo"}


def test_on_the_same_day_the_later_published_article_wins(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham reopened on Monday.", "reopening", date="2023-02-20"),
            published="2023-02-21",
            id="early",
        )
    )
    store.save(
        doc(
            Said("Torkham was closed on Monday.", "closure", date="2023-02-20"),
            published="2023-02-23",
            id="late",
        )
    )
    assert row(store, "2023-02-23").status == "closed"
    assert row(store, "2023-02-21").status == "open"  # as known before the later article


def test_inside_one_article_a_reopening_after_a_closure_wins(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was closed on Monday.", "closure", date="2023-02-20"),
            Said("Torkham reopened later on Monday.", "reopening", date="2023-02-20"),
            published="2023-02-21",
        )
    )
    assert row(store, "2023-02-21").status == "open"


def test_undated_events_count_from_publication_never_from_ingestion(store: Store) -> None:
    store.save(doc(Said("Torkham was shut.", "closure"), published="2023-02-22", id="a"))
    store.save(
        doc(Said("Torkham is restricted to trade.", "restriction"), published=None, id="b"),
        ingested_at="2023-03-05T10:00:00+00:00",
    )
    assert row(store, "2023-02-22").status == "closed"
    # the undated article neither sets a "since" nor outranks the dated report
    r = row(store, "2023-03-05")
    assert (r.status, r.since) == ("closed", "2023-02-22")
    undated = [se for se in store.events().items if se.published is None]
    assert [se.effective_date for se in undated] == [None]


def test_the_articles_own_reading_has_the_last_word_on_its_day(store: Store) -> None:
    limited = doc(
        Said("Torkham reopened on Tuesday.", "reopening", date="2023-02-21"),
        Said("Only pedestrians may cross Torkham.", "restriction"),
        published="2023-02-22",
    )
    # the pipeline reads the two together: a limited reopening is a restriction
    store.save(replace(limited, status={TORKHAM: "restricted"}))
    assert TORKHAM not in names_on(store, "2023-02-21")  # published on the 22nd
    assert row(store, "2023-02-22").status == "restricted"


def test_an_undated_announcement_does_not_change_the_status_of_its_day(store: Store) -> None:
    announced = doc(
        Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"),
        Said("Officials said Torkham would reopen soon.", "reopening"),
        published="2023-02-22",
    )
    store.save(replace(announced, status={TORKHAM: "closed"}))  # as the pipeline says
    r = row(store, "2023-02-23")
    assert (r.status, r.since) == ("closed", "2023-02-19")
    changes = status_changes(store, TORKHAM, at="2023-02-23")
    assert [(c.previous, c.status) for c in changes] == [("unknown", "closed")]


def _as_the_pipeline_reads(result: DocumentResult) -> DocumentResult:
    """The article's own reading at publication, as ``process_document`` stores it."""
    status = status_at_publication(
        result.events, result.claims, result.article.published if result.article else None,
        result.crossings_mentioned,
    )  # fmt: skip
    return replace(result, status=status)


def _border_sealed(id: str, mentioned: tuple[str, ...] = ()) -> DocumentResult:
    sealed = Said(
        "The Pakistan-Afghanistan border was sealed.", "closure", crossing=None, date="2023-02-24"
    )
    return _as_the_pipeline_reads(doc(sealed, published="2023-02-24", id=id, mentioned=mentioned))


def test_a_whole_border_closure_is_the_borders_not_its_crossings(store: Store) -> None:
    """An article that names no crossing closes the border, and only the border."""
    store.save(
        doc(
            Said("Torkham reopened.", "reopening", date="2023-02-20"),
            published="2023-02-20",
            id="a",
        )
    )
    store.save(_border_sealed("b"))
    rows = {r.crossing: r for r in board(store, at="2023-02-25")}
    assert rows["border:AF-PK"].status == "closed"
    assert (rows[TORKHAM].status, rows[TORKHAM].since) == ("open", "2023-02-20")
    assert CHAMAN not in rows  # a crossing no article named is not on the board
    every = {r.crossing: r for r in board(store, at="2023-02-25", include_unknown=True)}
    assert every[CHAMAN].status == "unknown"


def test_a_closure_of_every_crossing_closes_those_it_does_not_name(store: Store) -> None:
    """ "Its entire border": the article says so for every crossing of the border."""
    store.save(
        doc(Said("Torkham reopened.", "reopening", date="2023-02-20"), published="2023-02-20")
    )
    entire = Said(
        "Pakistan closed its entire border with Afghanistan on Friday.",
        "closure", crossing=None, date="2023-02-24",
    )  # fmt: skip
    store.save(_as_the_pipeline_reads(doc(entire, published="2023-02-24", id="b")))
    rows = {r.crossing: r for r in board(store, at="2023-02-25")}
    assert (rows[TORKHAM].status, rows[TORKHAM].since) == ("closed", "2023-02-24")
    every = {r.crossing: r for r in board(store, at="2023-02-25", include_unknown=True)}
    assert every[CHAMAN].status == "closed"


def test_a_whole_border_closure_closes_a_crossing_the_article_names(store: Store) -> None:
    """The article names Torkham while telling of the sealed border: its own
    reading at publication says Torkham is closed, and the board follows it."""
    store.save(
        doc(
            Said("Torkham reopened.", "reopening", date="2023-02-20"),
            published="2023-02-20",
            id="a",
        )
    )
    store.save(_border_sealed("b", mentioned=(TORKHAM,)))
    rows = {r.crossing: r for r in board(store, at="2023-02-25")}
    assert rows["border:AF-PK"].status == "closed"
    assert (rows[TORKHAM].status, rows[TORKHAM].since) == ("closed", "2023-02-24")


def test_a_crossing_named_in_the_same_article_keeps_its_own_status(store: Store) -> None:
    store.save(
        doc(
            Said("The border was sealed on Friday.", "closure", crossing=None, date="2023-02-24"),
            Said("Only Torkham stays open for trucks.", claim="open"),
            published="2023-02-25",
        )
    )
    rows = {r.crossing: r for r in board(store, at="2023-02-25")}
    assert rows["border:AF-PK"].status == "closed"
    assert rows[TORKHAM].status == "open"


def test_the_board_filters_by_country_and_can_list_every_crossing(store: Store) -> None:
    store.save(doc(Said("Torkham was shut.", "closure"), published="2023-02-22"))
    store.save(
        doc(
            Said(
                "Kapikule was shut.",
                "closure",
                crossing="Kapıkule–Kapitan Andreevo",
                countries=("BG", "TR"),
            ),
            published="2023-02-22",
        )
    )
    assert [r.crossing for r in board(store, countries=("PK",))] == [TORKHAM]
    assert [r.crossing for r in board(store, countries=("AF", "PK"))] == [TORKHAM]
    assert board(store, countries=("AF", "TR")) == []
    every = board(store, include_unknown=True)
    assert len(every) > 100 and {"closed", "unknown"} == {r.status for r in every}
    torkham = next(r for r in every if r.crossing == TORKHAM)
    assert torkham.lat is not None and torkham.countries == ("AF", "PK")


def test_status_changes_list_each_change_once_in_order(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was closed on Sunday.", "closure", date="2023-02-19"),
            Said("Torkham remained shut on Monday.", "closure", date="2023-02-20"),
            Said("Torkham will reopen in 2999.", "reopening", date="2999-01-01"),
            published="2023-02-22",
            id="a",
        )
    )
    store.save(
        doc(
            Said("Torkham reopened on Saturday.", "reopening", date="2023-02-25"),
            published="2023-02-26",
            id="b",
        )
    )
    changes = status_changes(store, TORKHAM)
    assert [(c.previous, c.status, c.date) for c in changes] == [
        ("unknown", "closed", "2023-02-19"),
        ("closed", "open", "2023-02-25"),
    ]
    assert changes[0].event is not None and changes[0].event.event.date == "2023-02-19"
    assert [c.crossing for c in status_changes(store)] == [TORKHAM, TORKHAM]


CHANGING = sorted(STATUS_OF_EVENT)


DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 12, 31))


_examples = itertools.count()


# each example opens a store of its own from the factory fixture
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(CHANGING), DAYS), min_size=1, max_size=6, unique_by=lambda x: x[1]
    ),
    DAYS,
)
def test_status_is_the_last_status_changing_event_on_or_before_the_day(
    store_urls: StoreUrls, items: list[tuple[str, object]], at: object
) -> None:
    store = open_store(store_urls(f"h{next(_examples)}"))
    try:
        for n, (kind, day) in enumerate(items):
            store.save(
                doc(
                    Said(f"Report {n}: Torkham {kind}.", kind, date=str(day)),
                    published=str(day),
                    id=str(n),
                )
            )
        before = [(str(day), kind) for kind, day in items if str(day) <= str(at)]
        if not before:  # no article published by then: nothing known of Torkham
            assert TORKHAM not in names_on(store, str(at))
        else:
            assert row(store, str(at)).status == STATUS_OF_EVENT[max(before)[1]]
    finally:
        store.close()
