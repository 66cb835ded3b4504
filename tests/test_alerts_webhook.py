"""Webhook alerts, received by a real HTTP server on loopback."""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from borderwatch.alerts import MESSAGE_TYPE, StatusWatcher
from borderwatch.cli import main
from borderwatch.records import Article, DocumentResult, Event, Span
from borderwatch.store import open_store
from borderwatch.web.app import create_app
from borderwatch.web.loopback import free_port, running
from borderwatch.web.sample import build_sample_store


class Receiver:
    """A loopback HTTP server that keeps every JSON body POSTed to it."""

    def __init__(self) -> None:
        self.bodies: queue.Queue[dict[str, Any]] = queue.Queue()
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers["Content-Length"])
                assert self.headers["Content-Type"] == "application/json"
                bodies.put(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def received(self) -> list[dict[str, Any]]:
        found = []
        while not self.bodies.empty():
            found.append(self.bodies.get())
        return found


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.thread.start()
    yield r
    r.server.shutdown()
    r.server.server_close()


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    url = "sqlite:///" + str(tmp_path / "sample.db")
    build_sample_store(url)
    return url


def reopen_torkham(store_url: str, day: str = "2023-02-26") -> None:
    """Save one more article: Torkham reopened on ``day``."""
    sentence = f"Torkham reopened for trade on {day}, officials said."
    span = Span(0, len(sentence), sentence)
    article = Article(id=f"reopen-{day}", text=sentence, published=day, source="Border Desk")
    event = Event("reopening", "Torkham", ("AF", "PK"), span, day, None)
    store = open_store(store_url)
    try:
        store.save(DocumentResult(article.id, article, (event,), (), {"Torkham": "open"}))
    finally:
        store.close()


def test_first_check_is_a_baseline_and_posts_nothing(store_url: str, receiver: Receiver) -> None:
    store = open_store(store_url)
    try:
        watcher = StatusWatcher(store, receiver.url)
        assert watcher.check() == []
        assert watcher.check() == []
    finally:
        store.close()
    assert receiver.received() == []


def test_a_status_change_after_an_ingest_posts_one_message(
    store_url: str, receiver: Receiver
) -> None:
    store = open_store(store_url)
    try:
        watcher = StatusWatcher(store, receiver.url, base_url="http://127.0.0.1:8000")
        watcher.check()
        reopen_torkham(store_url)
        alerts = watcher.check()
    finally:
        store.close()
    assert [a.row.crossing for a in alerts] == ["Torkham"]
    [message] = receiver.received()
    assert message["type"] == MESSAGE_TYPE
    assert (message["crossing"], message["previous"], message["status"]) == (
        "Torkham",
        "closed",
        "open",
    )
    assert message["since"] == "2023-02-26"
    assert message["text"] == "Torkham is now open (was closed) since 2023-02-26, per Border Desk."
    assert message["url"] == "http://127.0.0.1:8000/crossing/Torkham"
    assert message["last_event"]["type"] == "reopening"


def test_a_failed_post_is_counted_and_sent_again_next_time(
    store_url: str, receiver: Receiver
) -> None:
    store = open_store(store_url)
    try:
        watcher = StatusWatcher(store, f"http://127.0.0.1:{free_port()}/nobody-listens")
        watcher.check()
        reopen_torkham(store_url)
        assert len(watcher.check()) == 1
        assert watcher.failed == 1 and watcher.sent == 0
        watcher.webhook = receiver.url
        assert [a.row.crossing for a in watcher.check()] == ["Torkham"]
        assert watcher.sent == 1
    finally:
        store.close()
    assert [m["crossing"] for m in receiver.received()] == ["Torkham"]


def test_serve_with_a_webhook_posts_changes_it_sees(store_url: str, receiver: Receiver) -> None:
    app = create_app(store_url, webhook=receiver.url, watch_every=0.2)
    with running(app):
        time.sleep(0.5)  # the baseline check ran at start-up
        reopen_torkham(store_url)
        message = receiver.bodies.get(timeout=15)
    assert (message["crossing"], message["status"]) == ("Torkham", "open")
    assert receiver.received() == []  # exactly one message


def test_watch_once_remembers_the_board_between_runs(
    store_url: str, receiver: Receiver, tmp_path: Path
) -> None:
    state = tmp_path / "watch.json"
    args = [
        "watch",
        "--once",
        "--webhook",
        receiver.url,
        "--store",
        store_url,
        "--state",
        str(state),
    ]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert json.loads(state.read_text())["Torkham"]["status"] == "closed"
    assert receiver.received() == []
    reopen_torkham(store_url)
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "Torkham is now open (was closed)" in second.output
    assert [m["status"] for m in receiver.received()] == ["open"]


def test_an_ingest_through_the_api_posts_at_once(store_url: str, receiver: Receiver) -> None:
    import httpx

    app = create_app(store_url, webhook=receiver.url, token="s3cret", watch_every=3600)
    text = "Officials reopened the Torkham border crossing on Saturday. Trucks began moving again."
    with running(app) as base:
        response = httpx.post(
            base + "/api/ingest",
            json={"id": "reopen", "text": text, "published": "2023-02-25"},
            headers={"Authorization": "Bearer s3cret"},
            timeout=300,
        )
        assert response.status_code == 200, response.text
        assert response.json()["status_changes"] == [
            "Torkham is now open (was closed) since 2023-02-25."
        ]
        message = receiver.bodies.get(timeout=5)  # no poll: the ingest itself posted it
    assert (message["crossing"], message["previous"], message["status"]) == (
        "Torkham",
        "closed",
        "open",
    )
