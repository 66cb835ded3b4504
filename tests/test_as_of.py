"""Time-travel that holds: a view at day D is made from the articles known by D.

Each test stores articles published on or before D, renders every view at
D (board kept and recomputed, the API's status, crossing and events, the
front page with its events list and activity dots, the crossing page,
status changes with ``/api/changes`` and both Atom feeds, every export),
then stores articles published after
D (a reopening told after the fact, a new crossing, a count of an earlier
day, a quote, an undated article read later) and renders again: nothing
may change.  On SQLite and PostgreSQL (``store_urls``).  Sentences are
invented.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from store_backends import StoreUrls
from store_helpers import CHAMAN, TORKHAM, Said, doc

from borderwatch import export, query
from borderwatch.records import Count, DocumentResult
from borderwatch.store import Store, open_store
from borderwatch.web.app import create_app
from borderwatch.web.params import BoardFilter
from borderwatch.web.views import board_view

D = "2023-05-10"


def known_by_d() -> list[DocumentResult]:
    """Articles published on or before D."""
    return [
        doc(
            Said("Guards shut the Torkham gate on Monday.", "closure", date="2023-05-08",
                 actor="Guards", date_text="Monday"),
            Said("Some 2,000 lorries wait in line.", "stranded",
                 counts=(Count("trucks", 2000, "about"),)),
            Said("“Nobody passes today,” a customs officer said.", quote_by="a customs officer"),
            id="early-1", published="2023-05-09", source="Valley Wire",
        ),
        doc(
            Said("The Torkham gate stayed shut on Tuesday.", "closure", date="2023-05-09"),
            id="early-2", published="2023-05-10", source="Hill Herald",
        ),
    ]  # fmt: skip


def published_after_d() -> list[DocumentResult]:
    """Articles published after D, some telling of days before it."""
    return [
        doc(
            Said("Torkham had reopened on Wednesday morning.", "reopening", date="2023-05-10"),
            Said("Around 3,500 lorries were still queued on Wednesday.", "stranded",
                 date="2023-05-10", counts=(Count("trucks", 3500, "about"),)),
            Said("“It is over,” a trader said.", quote_by="a trader"),
            id="late-1", published="2023-05-12", source="River Post",
        ),
        doc(
            Said("Chaman was closed on Tuesday.", "closure", crossing=CHAMAN, date="2023-05-09"),
            id="late-2", published="2023-05-11", source="Plains Daily",
        ),
        doc(
            Said("Torkham is restricted to pedestrians.", "restriction"),
            id="late-undated", published=None, source="Nowhere Times",
        ),
    ]  # fmt: skip


def views_at(store: Store, client: TestClient, day: str) -> dict[str, Any]:
    """Every view of the store at ``day`` that a user or a program can read."""
    views: dict[str, Any] = {
        "board": query.board(store, day),
        "board_all": query.board(store, day, include_unknown=True),
        "recomputed": query.recomputed_board(store, day),
        "detail": query.crossing_detail(store, TORKHAM, day),
        "changes": query.status_changes(store, at=day),
        "api_status": client.get(f"/api/status?at={day}").json(),
        "api_crossing": client.get(f"/api/crossings/{TORKHAM}?at={day}").json(),
        "page": client.get(f"/crossing/{TORKHAM}?at={day}").text,
        "front": client.get(f"/?at={day}").text,
        "api_events": client.get(f"/api/events?at={day}").json(),
        "api_events_newest": client.get(f"/api/events?at={day}&order=newest&limit=2").json(),
        "activity": board_view(store, BoardFilter(at=day)).activity,
        "api_changes": client.get(f"/api/changes?at={day}").json(),
        "api_changes_one": client.get(f"/api/changes?crossing={TORKHAM}&at={day}").json(),
        "feed": client.get(f"/feed.atom?at={day}").text,
        "feed_one": client.get(f"/feed/{TORKHAM}.atom?at={day}").text,
    }
    for fmt, table in (("csv", "events"), ("csv", "status"), ("jsonl", "events"),
                       ("geojson", "events")):  # fmt: skip
        request = export.ExportRequest(fmt, table, at=day)  # type: ignore[arg-type]
        views[f"export_{fmt}_{table}"] = "".join(export.export(store, request))
    return views


@pytest.fixture
def store(store_urls: StoreUrls) -> Any:
    url = store_urls("asof")
    opened = open_store(url)
    with TestClient(create_app(url)) as client:
        yield opened, client
    opened.close()


def test_nothing_published_after_a_day_changes_a_view_of_that_day(store: Any) -> None:
    s, client = store
    for result in known_by_d():
        s.save(result)
    before = views_at(s, client, D)
    # the views say something: the check below could fail
    assert [r.crossing for r in before["board"]] == [TORKHAM]
    assert before["board"][0].status == "closed"
    assert "Valley Wire" in before["page"] and "closed" in before["page"]
    assert before["api_events"]["total"] == 3 and before["activity"] == {TORKHAM: 3}
    assert "Hill Herald" in before["front"]
    assert [(c["crossing"], c["status"]) for c in before["api_changes"]] == [(TORKHAM, "closed")]
    assert before["api_changes_one"] == before["api_changes"]
    for feed in (before["feed"], before["feed_one"]):
        assert feed.count("<entry>") == 1 and "Valley Wire" in feed
        assert f"?at={D}</id>" in feed  # a feed at a day is a feed of its own
    for result in published_after_d():
        s.save(result, ingested_at="2023-06-01T08:00:00+00:00")
    after = views_at(s, client, D)
    changed = [name for name, view in before.items() if after[name] != view]
    assert changed == []
    # ... and the later articles are there, in the views of their days
    later = {r.crossing: r for r in query.board(s, "2023-05-12")}
    assert later[TORKHAM].status == "open" and CHAMAN in later
    detail = query.crossing_detail(s, TORKHAM, "2023-06-01")
    assert "Nowhere Times" in {src for st in detail.stories for src in st.sources}


def test_a_report_of_an_earlier_day_counts_from_its_publication(store: Any) -> None:
    s, _client = store
    for result in known_by_d():
        s.save(result)
    s.save(published_after_d()[0])  # a reopening on the 10th, published on the 12th
    on_d = {r.crossing: r for r in query.board(s, D)}[TORKHAM]
    assert (on_d.status, on_d.since) == ("closed", "2023-05-08")
    on_12 = {r.crossing: r for r in query.board(s, "2023-05-12")}[TORKHAM]
    assert (on_12.status, on_12.since) == ("open", "2023-05-10")
    exported = "".join(export.export(s, export.ExportRequest("jsonl", at=D)))
    assert {json.loads(line)["article_id"] for line in exported.splitlines()} == {
        se.article_id for se in s.events().items if se.published and se.published <= D
    }


def test_the_feeds_and_changes_at_a_day_leave_out_what_was_published_later(store: Any) -> None:
    s, client = store
    for result in (*known_by_d(), *published_after_d()):
        s.save(result, ingested_at="2023-06-01T08:00:00+00:00")
    now = client.get("/api/changes").json()
    assert {(c["crossing"], c["status"]) for c in now} >= {(TORKHAM, "open"), (CHAMAN, "closed")}
    on_d = client.get(f"/api/changes?at={D}").json()
    assert [(c["crossing"], c["status"]) for c in on_d] == [(TORKHAM, "closed")]
    for path in ("/feed.atom", f"/feed/{TORKHAM}.atom"):
        assert "River Post" in client.get(path).text
        assert "River Post" not in client.get(f"{path}?at={D}").text


@pytest.mark.parametrize(
    "path", ["/api/changes", "/feed.atom", f"/feed/{TORKHAM}.atom", "/api/events"]
)
@pytest.mark.parametrize("bad", ["yesterday", "2023-02-30", "10/05/2023"])
def test_a_bad_day_is_a_client_error_that_names_at(store: Any, path: str, bad: str) -> None:
    _s, client = store
    response = client.get(path, params={"at": bad})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message.startswith("at: expected a date YYYY-MM-DD") and repr(bad) in message
