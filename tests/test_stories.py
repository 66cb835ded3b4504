"""Stories, not duplicates: restatements in one article are one report;
reports of one event from several articles are one story with all its
sources and its earliest report; counts of one day side by side, of
different days a series.  Invented sentences; the seed read by the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from paths import SEED
from store_backends import StoreUrls
from store_helpers import TORKHAM, Said, doc

from borderwatch import query
from borderwatch.records import Count
from borderwatch.store import Store, open_store
from borderwatch.stories import count_groups, find_stories, precision_of
from borderwatch.web.shapes import is_conflict


@pytest.fixture
def store(store_urls: StoreUrls) -> Iterator[Store]:
    opened = open_store(store_urls("stories"))
    yield opened
    opened.close()


def stories_of(store: Store, place: str = TORKHAM) -> list:  # type: ignore[type-arg]
    return [s for s in find_stories(store.events().items) if s.place == place]


def test_the_seeds_torkham_closure_is_one_story(analyzer, store: Store) -> None:  # type: ignore[no-untyped-def]
    from borderwatch.pipeline import process_document
    from borderwatch.records import RawDocument

    raw = RawDocument(id=str(SEED), data=SEED.read_bytes(), media_type="text/plain")
    store.save(process_document(raw, analyzer, published="2023-02-22"))
    closures = [se for se in store.events(types=("closure",)).items if se.event.crossing == TORKHAM]
    assert len(closures) >= 3  # the report, "said they closed", "remained shut", ...
    (story,) = [s for s in stories_of(store) if s.type == "closure"]
    assert story.date == "2023-02-19" and story.precision == "day"
    assert len(story.reports) == 1 and len(story.reports[0].evidence) == len(closures)
    assert story.first_report.lead.event.date == "2023-02-19"


def test_restatements_in_one_article_are_one_report(store: Store) -> None:
    store.save(
        doc(
            Said("Guards closed the Torkham gate on Friday.", "closure", date="2023-04-07"),
            Said("The gate has stayed shut since.", "closure"),
            Said("Drivers wait for the gate to open.", "closure"),
            published="2023-04-09",
        )
    )
    (story,) = stories_of(store)
    (report,) = story.reports
    assert [span.text for span in report.evidence] == [
        "Guards closed the Torkham gate on Friday.",
        "The gate has stayed shut since.",
        "Drivers wait for the gate to open.",
    ]
    assert story.date == "2023-04-07"


def test_one_closure_from_three_outlets_is_one_story_with_its_earliest_report(
    store: Store,
) -> None:
    for n, (published, source) in enumerate(
        (("2023-04-09", "Second Desk"), ("2023-04-08", "First Desk"), ("2023-04-11", "Late Desk"))
    ):
        store.save(
            doc(
                Said(f"Report {n}: Torkham was closed on Friday.", "closure", date="2023-04-07"),
                published=published, source=source, id=f"r{n}",
            )  # fmt: skip
        )
    store.save(
        doc(
            Said("Torkham was closed in early February.", "closure", date="2023-02-03",
                 date_text="early February"),
            published="2023-04-10", source="Archive Desk", id="other",
        )  # fmt: skip
    )
    closures = [s for s in stories_of(store) if s.type == "closure"]
    assert [(s.date, s.sources) for s in closures] == [
        ("2023-02-03", ("Archive Desk",)),
        ("2023-04-07", ("First Desk", "Second Desk", "Late Desk")),
    ]
    assert closures[1].first_report.source == "First Desk"
    (row,) = query.board(store, "2023-04-12")
    assert set(row.sources) >= {"First Desk", "Second Desk", "Late Desk"}


def test_dates_agree_within_the_precision_the_text_states(store: Store) -> None:
    store.save(
        doc(
            Said("Torkham was shut on 3 March.", "closure", date="2023-03-03", date_text="3 March"),
            published="2023-03-04", source="Day Desk", id="day",
        )  # fmt: skip
    )
    store.save(
        doc(
            Said("Torkham was shut in March.", "closure", date="2023-03-01", date_text="in March"),
            published="2023-04-02", source="Month Desk", id="month",
        )  # fmt: skip
    )
    store.save(
        doc(
            Said("Torkham was shut on 20 March.", "closure", date="2023-03-20",
                 date_text="20 March"),
            published="2023-03-21", source="Other Day", id="other",
        )  # fmt: skip
    )
    closures = [s for s in stories_of(store) if s.type == "closure"]
    assert [(s.date, s.sources) for s in closures] == [
        ("2023-03-03", ("Day Desk", "Month Desk")),
        ("2023-03-20", ("Other Day",)),
    ]
    assert precision_of("in March", "2023-03-01") == "month"
    assert precision_of("3 March", "2023-03-03") == "day"
    assert precision_of("2018", "2018-01-01") == "year"
    assert precision_of("last week", "2023-03-01") == "week"


def test_counts_of_one_day_disagree_and_of_different_days_are_a_series(store: Store) -> None:
    for n, (day, value, source) in enumerate(
        (("2023-04-07", 6000, "East Wire"), ("2023-04-07", 5000, "West Wire"),
         ("2023-04-09", 7000, "East Wire"))
    ):  # fmt: skip
        store.save(
            doc(
                Said(f"Report {n}: {value} trucks were stuck at Torkham.", "stranded", date=day,
                     counts=(Count("trucks", value),)),
                published=day, source=source, id=f"c{n}",
            )  # fmt: skip
        )
    groups = count_groups(stories_of(store))
    assert [(g.what, g.date) for g in groups] == [
        ("trucks", "2023-04-07"),
        ("trucks", "2023-04-09"),
    ]
    same_day, next_day = groups
    assert sorted((c.count.value, c.source) for c in same_day.claims) == [
        (5000, "West Wire"),
        (6000, "East Wire"),
    ]
    assert is_conflict(same_day) and not is_conflict(next_day)
    detail = query.crossing_detail(store, TORKHAM, "2023-04-10")
    assert detail.claims == groups
    assert [s.date for s in detail.stories] == ["2023-04-09", "2023-04-07"]  # newest first


def test_the_crossing_page_opens_with_one_sentence(store: Store) -> None:
    from borderwatch.opening import opening_of, opening_sentence

    store.save(
        doc(
            Said("Guards closed Torkham on Friday over a permit dispute.", "closure",
                 date="2023-04-07", actor="Guards"),
            published="2023-04-08", source="First Desk", id="a",
        )  # fmt: skip
    )
    store.save(
        doc(
            Said("Torkham stayed closed on Sunday.", "closure", date="2023-04-09"),
            published="2023-04-10", source="Second Desk", id="b",
        )  # fmt: skip
    )
    sentence = opening_sentence(opening_of(query.crossing_detail(store, TORKHAM, "2023-04-11")))
    assert sentence == (
        "Torkham has been closed since 2023-04-07, by Guards, according to Second Desk and "
        "First Desk; last confirmed 2023-04-09."
    )
    early = query.crossing_detail(store, TORKHAM, "2023-04-08")
    assert opening_sentence(opening_of(early)).endswith("last confirmed 2023-04-07.")


@pytest.mark.parametrize("announced", [False, True], ids=["all-told", "reopening-announced"])
def test_the_crossing_pages_row_is_the_boards(store: Store, announced: bool) -> None:
    """The page groups its stories once for its list and its row; the row is
    the board's all the same, also when an article dates an event later."""
    store.save(
        doc(
            Said("Guards closed Torkham on Friday.", "closure", date="2023-04-07"),
            Said("Some 4,000 trucks are stuck at Torkham.", "stranded", date="2023-04-07",
                 counts=(Count(4000, "trucks", "about"),)),
            published="2023-04-08", source="First Desk", id="a",
        )  # fmt: skip
    )
    later = (Said("Torkham will reopen on Monday.", "reopening", date="2023-04-17"),)
    store.save(
        doc(
            Said("Torkham stayed closed on Friday.", "closure", date="2023-04-07"),
            *(later if announced else ()),
            published="2023-04-10", source="Second Desk", id="b",
        )  # fmt: skip
    )
    detail = query.crossing_detail(store, TORKHAM, "2023-04-11")
    (row,) = [r for r in query.board(store, "2023-04-11") if r.crossing == TORKHAM]
    assert detail.row == row
    assert set(row.sources) == {"First Desk", "Second Desk"} and len(row.stranded) == 1
    assert [s.type for s in detail.stories][0] == ("reopening" if announced else "closure")


def _stories_pair_by_pair(events: list) -> list[tuple[str, str | None, int]]:  # type: ignore[type-arg]
    """The grouping rule written the plain way: each report against every story
    of its place and type (what ``find_stories`` does with an index)."""
    from borderwatch import stories as s

    grown: dict[tuple[str, str], list[list]] = {}  # type: ignore[type-arg]
    for report in sorted(s.tell_reports(events), key=s._report_order):
        window = report.window
        shelf = grown.setdefault((report.place, report.type), [])
        best = None
        if window is not None:
            for story in shelf:
                span = story[1] or story[2]
                if span is None or s._overlap(span, window) is None:
                    continue
                distance = abs(s._days(span[0]) - s._days(window[0]))
                if best is None or distance < best[0]:
                    best = (distance, story)
        if best is None:
            dated = window if report.date is not None else None
            shelf.append([[report], dated, None if dated else window])
            continue
        story = best[1]
        story[0].append(report)
        if window is not None and report.date is not None:
            story[1] = window if story[1] is None else s._overlap(story[1], window)
    made = [(st[0][0].article_id, st[0][0].date, len(st[0])) for sh in grown.values() for st in sh]
    return sorted(made, key=str)


def test_the_story_index_groups_as_comparing_every_pair_would() -> None:
    import random
    from datetime import date, timedelta

    from borderwatch.readmodels import StoredEvent
    from borderwatch.records import Event, Span

    rng = random.Random(11)
    events = []
    for i in range(1500):
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(400))
        dated = rng.random() < 0.7
        said = rng.choice(["Sunday", "in March", "last week", "in 2022", None])
        event = Event(
            rng.choice(["closure", "reopening", "stranded"]), rng.choice(["Torkham", "Chaman"]),
            ("AF", "PK"), Span(0, 1, "x"), day.isoformat() if dated else None,
            said if dated else None,
        )  # fmt: skip
        published = (day + timedelta(days=rng.randrange(6))).isoformat()
        events.append(
            StoredEvent(i, f"a{i // 3}", event, published, f"Desk {i % 5}", None, None,
                        event.date or published, seq=i % 3, known_on=published)  # fmt: skip
        )
    found = sorted(((st.first_report.article_id, st.first_report.date, len(st.reports))
                    for st in find_stories(events)), key=str)  # fmt: skip
    assert found == _stories_pair_by_pair(events)
    assert len(found) < len({(se.article_id, se.event.type, se.event.place) for se in events})
