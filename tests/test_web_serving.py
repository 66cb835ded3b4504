"""Serving under load: one computation shared by concurrent requests, work
dropped when its client goes, and a server that stops soon after SIGTERM."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
from paths import ROOT
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from store_backends import StoreUrls

from borderwatch.store import open_store
from borderwatch.web.abandon import AbandonOnDisconnect
from borderwatch.web.cache import ReadCache
from borderwatch.web.loopback import LOOPBACK, free_port
from borderwatch.web.sample import build_sample_store, sample_results, synthetic_results


def test_concurrent_requests_share_one_computation(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cache.db'}"
    build_sample_store(url)
    store = open_store(url)
    cache = ReadCache(store)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.3)
        return len(calls)

    got: list[int] = []
    threads = [
        threading.Thread(target=lambda: got.append(cache.get("board", compute)))
        for _ in range(12)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert got == [1] * 12
    assert calls == [1]
    assert cache.shared == 11
    assert cache.get("board", compute) == 1  # reused while nothing is written
    store.save(next(iter(synthetic_results(3))))
    assert cache.get("board", compute) == 2  # a saved article: computed anew
    store.close()


def test_a_failed_computation_reaches_every_waiter_and_is_not_kept(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fail.db'}"
    store = open_store(url)
    cache = ReadCache(store)

    def fail() -> int:
        time.sleep(0.2)
        raise RuntimeError("store hiccup")

    errors: list[str] = []

    def ask() -> None:
        try:
            cache.get("x", fail)
        except RuntimeError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert errors == ["store hiccup"] * 4
    assert cache.get("x", lambda: 7) == 7
    store.close()


def test_a_request_whose_client_goes_is_cancelled() -> None:
    finished: list[str] = []

    async def slow(_request: Request) -> PlainTextResponse:
        await anyio.sleep(5)
        finished.append("slow")
        return PlainTextResponse("late")

    app = AbandonOnDisconnect(Starlette(routes=[Route("/slow", slow)]))
    sent: list[dict[str, object]] = []

    async def main() -> float:
        asked = False

        async def receive() -> dict[str, object]:
            nonlocal asked
            if not asked:
                asked = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await anyio.sleep(0.1)
            return {"type": "http.disconnect"}

        async def send(message: dict[str, object]) -> None:
            sent.append(message)

        scope = {
            "type": "http", "method": "GET", "path": "/slow", "raw_path": b"/slow",
            "query_string": b"", "headers": [], "http_version": "1.1", "scheme": "http",
            "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1), "root_path": "",
        }  # fmt: skip
        began = time.perf_counter()
        await app(scope, receive, send)  # type: ignore[arg-type]
        return time.perf_counter() - began

    took = anyio.run(main)
    assert took < 2
    assert finished == []
    assert sent == []


def test_an_answered_request_is_not_cancelled() -> None:
    async def quick(_request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok")

    from fastapi.testclient import TestClient

    client = TestClient(AbandonOnDisconnect(Starlette(routes=[Route("/", quick)])))
    assert client.get("/").text == "ok"


def test_serve_stops_within_seconds_of_sigterm_with_a_request_in_progress(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    store = open_store(url)
    for result in sample_results():
        store.save(result)
    store.close()
    port = free_port()
    env = {**os.environ, "BORDERWATCH_TOKEN": "t0ken"}
    server = subprocess.Popen(
        [sys.executable, "-m", "borderwatch.cli", "serve", "--host", LOOPBACK,
         "--port", str(port), "--store", url],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            try:
                conn = http.client.HTTPConnection(LOOPBACK, port, timeout=5)
                conn.request("GET", "/api/status")
                assert conn.getresponse().status == 200
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        # Idle keep-alive clients, and one request whose body never comes.
        idle = [http.client.HTTPConnection(LOOPBACK, port, timeout=5) for _ in range(5)]
        for c in idle:
            c.request("GET", "/api/events?limit=1")
            c.getresponse().read()
        stuck = socket.create_connection((LOOPBACK, port))
        stuck.sendall(
            b"POST /api/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken\r\n"
            b"Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"text\": "
        )
        time.sleep(0.5)
        began = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)
        took = time.monotonic() - began
        stuck.close()
        assert took < 8, f"{took:.1f} s to stop"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_a_crossing_view_is_kept_until_something_about_it_is_stored(
    store_urls: StoreUrls,
) -> None:
    from store_helpers import CHAMAN, TORKHAM, Said, doc

    from borderwatch import query
    from borderwatch.web import views

    url = store_urls("crossings")
    build_sample_store(url)
    store = open_store(url)
    cache = ReadCache(store)
    at = "2023-03-05"

    def view(name: str = TORKHAM) -> query.CrossingDetail:
        return views.crossing_view(store, name, at, cache)

    first = view()
    assert first == query.crossing_detail(store, TORKHAM, at)
    assert view("Torkhum") is first and cache.misses == 1  # any spelling, one computation
    store.save(doc(Said("Chaman was shut on Monday.", "closure", crossing=CHAMAN,
                        date="2023-02-27"), published="2023-02-28", id="chaman"))  # fmt: skip
    assert view() is first  # news of another crossing leaves it as it was
    assert view(CHAMAN) == query.crossing_detail(store, CHAMAN, at)
    store.save(doc(Said("The border was shut on Monday.", "closure", crossing=None,
                        date="2023-02-27"), published="2023-02-28", id="border"))  # fmt: skip
    after_border = view()
    assert after_border is not first  # whole-border news is read by its crossings' views
    assert after_border == query.crossing_detail(store, TORKHAM, at)
    store.save(doc(Said("Torkham reopened on Tuesday.", "reopening", date="2023-02-28"),
                   published="2023-03-01", id="torkham"))  # fmt: skip
    latest = view()
    assert latest == query.crossing_detail(store, TORKHAM, at)
    assert len(latest.timeline) == len(after_border.timeline) + 1
    assert views.crossing_view(store, TORKHAM, "2023-02-25", cache) == query.crossing_detail(
        store, TORKHAM, "2023-02-25"
    )  # another day, another answer
    store.close()
