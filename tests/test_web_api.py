"""The JSON API on a real SQLite store holding the fixed sample world."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from borderwatch.web.app import create_app
from borderwatch.web.sample import build_sample_store


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = "sqlite:///" + str(tmp_path_factory.mktemp("api") / "sample.db")
    build_sample_store(url)
    return url


@pytest.fixture(scope="module")
def client(store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url)) as c:
        yield c


def by_crossing(rows: list[dict]) -> dict[str, dict]:
    return {row["crossing"]: row for row in rows}


def test_status_lists_torkham_closed_since_the_sunday(client: TestClient) -> None:
    rows = by_crossing(client.get("/api/status", params={"at": "2023-03-05"}).json())
    assert rows["Torkham"]["status"] == "closed"
    assert rows["Torkham"]["since"] == "2023-02-19"
    assert rows["Torkham"]["countries"] == ["AF", "PK"]
    assert set(rows["Torkham"]) >= {
        "crossing",
        "countries",
        "status",
        "since",
        "last_event",
        "sources",
    }


def test_status_replays_the_board_at_a_past_day(client: TestClient) -> None:
    before = by_crossing(client.get("/api/status?at=2023-02-18").json())
    assert "Torkham" not in before  # no article about it was out yet
    on_2_march = by_crossing(client.get("/api/status?at=2023-03-02").json())
    assert "Islam Qala–Dogharoun" not in on_2_march  # its article came out on the 3rd
    on_3_march = by_crossing(client.get("/api/status?at=2023-03-03").json())
    assert on_3_march["Islam Qala–Dogharoun"]["status"] == "open"


def test_status_filters_by_country_pair(client: TestClient) -> None:
    rows = client.get("/api/status?at=2023-03-05&countries=IR-AF").json()
    assert [r["crossing"] for r in rows] == ["Islam Qala–Dogharoun"]


def test_crossings_lists_every_gazetteer_crossing_with_unknown_status(client: TestClient) -> None:
    rows = by_crossing(client.get("/api/crossings?at=2023-03-05").json())
    assert len(rows) > 100
    assert rows["Torkham"]["status"] == "closed"
    assert rows["Attari–Wagah"]["status"] == "unknown"


def test_events_filter_by_crossing_spelling_type_and_dates(client: TestClient) -> None:
    body = client.get("/api/events", params={"crossing": "Torkhum", "type": "stranded"}).json()
    assert body["total"] == 2
    assert {e["counts"][0]["value"] for e in body["events"]} == {6000, 4500}
    window = client.get("/api/events?since=2023-02-20&until=2023-02-21").json()
    assert [(e["type"], e["date"]) for e in window["events"]] == [("clash", "2023-02-20")]


def test_events_come_newest_first_on_request(client: TestClient) -> None:
    dates = [e["effective_date"] for e in client.get("/api/events?order=newest").json()["events"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2023-03-02"


def test_events_search_the_evidence_text(client: TestClient) -> None:
    body = client.get("/api/events?q=passport").json()
    assert [e["crossing"] for e in body["events"]] == ["Chaman–Spin Boldak"]


def test_events_paginate_with_total_and_next_offset(client: TestClient) -> None:
    first = client.get("/api/events?limit=4").json()
    second = client.get("/api/events?limit=4&offset=4").json()
    last = client.get("/api/events?limit=4&offset=8").json()
    assert first["total"] == second["total"] == last["total"] == 9
    assert first["next_offset"] == 4 and last["next_offset"] is None
    ids = [e["id"] for page in (first, second, last) for e in page["events"]]
    assert len(ids) == len(set(ids)) == 9


def test_events_carry_the_contract_fields(client: TestClient) -> None:
    event = client.get("/api/events?limit=1").json()["events"][0]
    contract = {"type", "crossing", "countries", "date", "date_text", "actor", "reason",
                "counts", "casualties", "evidence", "article_id", "sources"}  # fmt: skip
    assert contract <= set(event)
    assert set(event["evidence"]) == {"text", "start", "end"}


def test_crossing_shows_timeline_quotes_and_conflicting_claims(client: TestClient) -> None:
    body = client.get("/api/crossings/Tor Kham?at=2023-03-05").json()
    assert body["name"] == "Torkham"
    assert body["status"]["status"] == "closed"
    assert [e["type"] for e in body["timeline"]][:2] == ["closure", "clash"]
    assert body["timeline"][1]["casualties"]["wounded"] == 1
    assert body["quotes"][0]["speaker"] == "a spokesman"
    trucks = {g["what"]: g for g in body["claims"]}["trucks"]
    assert trucks["conflict"] is True
    assert sorted((c["source"], c["value"]) for c in trucks["claims"]) == [
        ("Frontier Daily", 4500),
        ("Wire Service", 6000),
    ]


def test_a_crossing_comes_a_page_of_stories_at_a_time(client: TestClient) -> None:
    url = "/api/crossings/Torkham?at=2023-03-05"
    whole = client.get(url).json()
    assert whole["total"] == len(whole["stories"]) >= 3 and whole["next_offset"] is None
    pages = [client.get(url, params={"limit": 2, "offset": o}).json() for o in (0, 2)]
    assert [p["next_offset"] for p in pages] == [2, None]
    assert [p["total"] for p in pages] == [whole["total"]] * 2
    assert [s["id"] for p in pages for s in p["stories"]] == [s["id"] for s in whole["stories"]]
    for page in pages:
        told = {i for s in page["stories"] for r in s["reports"] for i in r["event_ids"]}
        assert {e["id"] for e in page["timeline"]} == told  # the events of its stories
        assert page["status"] == whole["status"]  # the row is the crossing's, whatever the page
    timeline = [e["id"] for e in whole["timeline"]]
    assert sorted(e["id"] for p in pages for e in p["timeline"]) == sorted(timeline)
    order = {event_id: n for n, event_id in enumerate(timeline)}
    for page in pages:
        ids = [e["id"] for e in page["timeline"]]
        assert ids == sorted(ids, key=order.__getitem__)  # oldest first, as the whole timeline
    assert client.get(url, params={"offset": 1000}).json()["stories"] == []


@pytest.mark.parametrize("bad", ["limit=0", "limit=1001", "offset=-1", "limit=x", "offset=1e9"])
def test_a_bad_crossing_window_is_a_400(client: TestClient, bad: str) -> None:
    response = client.get(f"/api/crossings/Torkham?{bad}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "E120"


def test_unknown_crossing_is_a_404_with_an_error_body(client: TestClient) -> None:
    response = client.get("/api/crossings/Nowhere Gate")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E400"


def test_article_returns_text_whose_offsets_slice_the_evidence(client: TestClient) -> None:
    event = client.get("/api/events?limit=1").json()["events"][0]
    article = client.get(f"/api/articles/{event['article_id']}").json()
    ev = article["events"][0]["evidence"]
    assert article["text"][ev["start"] : ev["end"]] == ev["text"]
    assert article["source"] == "Wire Service"


def test_quotes_list_with_their_speaker_and_outlet(client: TestClient) -> None:
    body = client.get("/api/quotes?crossing=Torkham").json()
    assert body["total"] == 1
    assert body["quotes"][0]["source"] == "Wire Service"


def test_changes_list_status_changes_newest_first(client: TestClient) -> None:
    changes = client.get("/api/changes?crossing=Islam Qala").json()
    assert [(c["status"], c["previous"]) for c in changes] == [
        ("open", "closed"),
        ("closed", "unknown"),
    ]


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?since=yesterday",
        "/api/events?limit=0",
        "/api/events?limit=5000",
        "/api/events?type=riot",
        "/api/status?at=2023-13-01",
        "/api/status?countries=Afghanistan",
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_openapi_schema_lists_the_contract_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/status", "/api/events", "/api/crossings/{name}", "/feed.atom"):
        assert "get" in paths[path]


def test_every_route_but_ingest_only_reads() -> None:
    from borderwatch.web import api, pages

    writes = {
        (route.path, method)
        for route in (*api.router.routes, *pages.router.routes)
        for method in getattr(route, "methods", set())
        if method not in {"GET", "HEAD"}
    }
    assert writes == {("/api/ingest", "POST")}


def test_ingest_is_refused_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"text": "Torkham was closed on Monday."})
    assert response.status_code == 403


def test_ingest_is_refused_with_a_wrong_token(store_url: str) -> None:
    with TestClient(create_app(store_url, token="s3cret")) as c:
        for header in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
            response = c.post("/api/ingest", json={"text": "x"}, headers=header)
            assert response.status_code == 401, header


def test_ingest_refuses_a_body_over_the_limit(store_url: str) -> None:
    with TestClient(create_app(store_url, token="s3cret", max_body=1000)) as c:
        response = c.post(
            "/api/ingest",
            json={"text": "x" * 2000},
            headers={"Authorization": "Bearer s3cret"},
        )
    assert response.status_code == 413


def test_ingest_refuses_a_body_that_is_not_an_ingest_object(store_url: str) -> None:
    with TestClient(create_app(store_url, token="s3cret")) as c:
        response = c.post(
            "/api/ingest", content=b"[1, 2", headers={"Authorization": "Bearer s3cret"}
        )
    assert response.status_code == 400


def test_ingest_with_the_token_stores_the_article(tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "ingest.db")
    text = (
        "ISLAMABAD (AP) — Pakistani authorities closed the Torkham border crossing "
        "on Sunday, officials said."
    )
    with TestClient(create_app(url, token="s3cret")) as c:
        response = c.post(
            "/api/ingest",
            json={"id": "t1", "text": text, "published": "2023-02-22"},
            headers={"Authorization": "Bearer s3cret"},
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["error"] is None and body["article_id"]
        stored = c.get(f"/api/articles/{body['article_id']}").json()
        assert "Torkham" in stored["text"]


def test_the_board_follows_an_ingest_made_while_serving(tmp_path: Path) -> None:
    from borderwatch.records import Article, DocumentResult, Event, Span
    from borderwatch.store import open_store

    url = "sqlite:///" + str(tmp_path / "live.db")
    build_sample_store(url)
    with TestClient(create_app(url)) as c:
        assert by_crossing(c.get("/api/status").json())["Torkham"]["status"] == "closed"
        assert by_crossing(c.get("/api/status").json())["Torkham"]["status"] == "closed"
        sentence = "Torkham reopened on 2023-02-26."
        span = Span(0, len(sentence), sentence)
        article = Article(id="later", text=sentence, published="2023-02-26")
        event = Event("reopening", "Torkham", ("AF", "PK"), span, "2023-02-26")
        store = open_store(url)  # another connection, as `borderwatch run` would be
        try:
            store.save(DocumentResult("later", article, (event,)))
        finally:
            store.close()
        assert by_crossing(c.get("/api/status").json())["Torkham"]["status"] == "open"
        assert c.get("/api/changes?crossing=Torkham").json()[0]["status"] == "open"


def test_serve_refuses_several_workers_with_a_webhook() -> None:
    from click.testing import CliRunner

    from borderwatch.cli import main

    args = ["serve", "--workers", "2", "--webhook", "http://127.0.0.1:9/hook"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "--webhook needs --workers 1" in result.output


def test_the_worker_app_reads_store_and_token_from_the_environment(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from borderwatch.web.app import app_from_env

    monkeypatch.setenv("BORDERWATCH_STORE", store_url)
    monkeypatch.setenv("BORDERWATCH_TOKEN", "from-env")
    with TestClient(app_from_env()) as c:
        assert by_crossing(c.get("/api/status").json())["Torkham"]["status"] == "closed"
        wrong = c.post("/api/ingest", json={}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401  # a token is set: writes are possible, not with this one
