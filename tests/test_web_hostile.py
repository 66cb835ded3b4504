"""Hostile input at the edges: no request a client can make answers 5xx.

Every route of the app (found by walking ``app.routes``, so a new route is
covered without editing this file) gets each hostile value in each of its
query and path parameters, on a real SQLite store holding the sample world
plus one article whose stored URL no URL parser accepts.  The client raises
any server exception, so an error after a streamed response started fails
the test too.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from fastapi import FastAPI
from fastapi.routing import APIRoute
from store_helpers import Said, doc

from borderwatch.records import Count, Link
from borderwatch.store import open_store
from borderwatch.web.app import create_app
from borderwatch.web.sample import build_sample_store
from borderwatch.web.security import SECURITY_HEADERS

TOKEN = "s3cret"
#: A stored URL that ``urllib.parse.urlsplit`` refuses (``Invalid IPv6 URL``).
BROKEN_URL = "http://[::1"
BROKEN_ARTICLE_ID: str

#: Values a client may send for any parameter; each line says what it probes.
HOSTILE: tuple[str, ...] = (
    "9223372036854775808",  # one past SQLite's largest integer
    "-9223372036854775809",
    "1" * 400,  # an integer no machine word holds
    "-1",
    "0",
    "1e309",  # a float that overflows
    "NaN",
    "abc",
    "",
    "   ",
    "\u00e9t\u00e9 \u4e2d\u6587 \U0001f600",  # non-ASCII, astral plane
    "\x00nul",
    "x" * 20_000,  # a very long word
    "a " * 5_000,  # thousands of words (one LIKE term each, if unchecked)
    "2023-02-30",  # a date that does not exist
    "0000-00-00",
    "99999-01-01",
    "2023-13-45T99:99",
    "../../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%_\\",  # LIKE wildcards and the escape
    "Nowhere",  # a crossing nobody knows
    "AF-PK-IR-IN-CN-TJ-UZ-TM",
    "true",
)

#: Path parameters get a real value when their own one is not under test.
PATH_DEFAULTS = {"name": "Torkham", "crossing": "Torkham", "path": "app.css"}


def _routes(app: FastAPI) -> Iterator[APIRoute]:
    """Every API route of ``app``, through included routers."""

    def walk(routes: list[Any]) -> Iterator[APIRoute]:
        for route in routes:
            if isinstance(route, APIRoute):
                yield route
            inner = getattr(route, "original_router", None) or getattr(route, "router", None)
            if inner is not None and inner is not route:
                yield from walk(list(inner.routes))

    seen: set[tuple[str, str]] = set()
    for route in walk(list(app.routes)):
        for method in sorted(route.methods):
            if (route.path, method) not in seen:
                seen.add((route.path, method))
                yield route


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    global BROKEN_ARTICLE_ID
    url = "sqlite:///" + str(tmp_path_factory.mktemp("hostile") / "sample.db")
    build_sample_store(url)
    store = open_store(url)
    try:
        broken = doc(
            Said("Torkham was closed on Monday.", type="closure", date="2023-03-06"),
            Said(
                "Some 900 trucks waited at Torkham.",
                type="stranded",
                counts=(Count("trucks", 900),),
            ),
            Said("The crossing is closed, an official said.", claim="closed", quote_by="X"),
            id="broken-url",
            published="2023-03-06",
            source=None,  # the outlet then comes from the URL's host
            url=BROKEN_URL,
            links=(Link("more", BROKEN_URL),),
        )
        BROKEN_ARTICLE_ID = store.save(broken).article_id
    finally:
        store.close()
    return url


@pytest.fixture(scope="module")
def app(store_url: str) -> FastAPI:
    return create_app(store_url, token=TOKEN, base_url="https://board.example.org")


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=True) as c:
        yield c


def _call(client: TestClient, route: APIRoute, method: str, path_values: dict[str, str],
          params: dict[str, str]) -> Any:  # fmt: skip
    path = route.path
    for name in route.param_convertors:
        value = path_values.get(name, PATH_DEFAULTS.get(name, "x"))
        path = path.replace("{" + name + "}", quote(value, safe=""))
    try:
        return client.request(method, path, params=params)
    except Exception as exc:  # the server raised: after the response started, or unhandled
        pytest.fail(f"{method} {path} {params!r:.120}: server raised {exc!r:.300}")


def _cases(app: FastAPI) -> Iterator[tuple[APIRoute, str, bool]]:
    """(route, parameter, in the path?) for every parameter of every read route."""
    for route in _routes(app):
        if route.path == "/api/ingest":
            continue  # its body and header have their own tests below
        for p in route.dependant.query_params:
            yield route, p.name, False
        for p in route.dependant.path_params:
            yield route, p.name, True


def test_the_walk_covers_every_route_with_a_parameter(app: FastAPI) -> None:
    covered = {route.path for route, *_ in _cases(app)}
    with_params = {
        r.path
        for r in _routes(app)
        if (r.dependant.query_params or r.dependant.path_params) and r.path != "/api/ingest"
    }
    assert covered == with_params
    assert {
        "/api/events",
        "/api/export.csv",
        "/",
        "/crossing/{name}",
        "/feed/{crossing}.atom",
    } <= covered


def test_every_route_answers_a_bare_request(app: FastAPI, client: TestClient) -> None:
    for route in _routes(app):
        for method in route.methods:
            response = _call(client, route, method, {}, {})
            assert response.status_code < 500, (method, route.path)


def test_no_hostile_parameter_answers_a_server_error(app: FastAPI, client: TestClient) -> None:
    failures = []
    for route, name, in_path in _cases(app):
        for value in HOSTILE:
            if in_path and not value.strip():
                continue  # another route (``/crossing/`` is not ``/crossing/{name}``)
            response = (
                _call(client, route, "GET", {name: value}, {})
                if in_path
                else _call(client, route, "GET", {}, {name: value})
            )
            if response.status_code >= 500:
                failures.append(f"{route.path} {name}={value[:40]!r}: {response.status_code}")
            elif response.status_code >= 400:
                assert response.headers["content-type"].startswith(
                    ("application/json", "text/html")
                ), route.path
    assert not failures, "\n".join(failures[:40])


def test_client_errors_say_what_was_wrong(client: TestClient) -> None:
    cases = {
        "/api/events?offset=9223372036854775808": "offset",
        "/api/events?limit=0": "limit",
        "/api/events?since=2023-02-30": "since",
        "/api/events?type=rumour": "type",
        "/api/events?countries=Afghanistan": "countries",
        "/api/events?q=" + "x" * 5000: "q",
        "/api/events?q=" + "x" * 9000: "query string",
        "/api/events?crossing=Nowhere": "Nowhere",
        "/api/export.csv?crossing=Nowhere": "Nowhere",
        "/api/export.jsonl?since=tomorrow": "since",
    }
    for url, word in cases.items():
        response = client.get(url)
        assert 400 <= response.status_code < 500, url
        error = response.json()["error"]
        assert word in error["message"], (url, error)
        assert error["status"] == response.status_code


def test_an_unknown_crossing_export_is_a_404_before_any_byte(client: TestClient) -> None:
    for fmt in ("csv", "jsonl"):
        response = client.get(f"/api/export.{fmt}", params={"crossing": "Nowhere"})
        assert response.status_code == 404
        assert "attachment" not in response.headers.get("content-disposition", "")


def test_a_long_query_string_is_refused_as_a_client_error(client: TestClient) -> None:
    long_q = client.get("/api/events", params={"q": "word " * 100})
    assert long_q.status_code == 400
    assert "q: expected at most" in long_q.json()["error"]["message"]
    many = client.get("/api/events?" + "&".join(f"p{i}=x" for i in range(5000)))
    assert many.status_code == 414
    assert "query" in many.json()["error"]["message"]
    page = client.get("/?q=" + "y" * 40_000)
    assert page.status_code == 414
    assert page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer \u00e9\u00e9".encode(),  # non-ASCII bytes, read as latin-1
        b"Bearer \xff\xfe",
        b"Bearer " + b"x" * 8000,
        b"bearer",
        b"",
        b"Basic czNjcmV0",
    ],
)
def test_a_strange_authorization_header_is_a_401(client: TestClient, authorization: bytes) -> None:
    response = client.post(
        "/api/ingest", json={"text": "x"}, headers={"Authorization": authorization}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E611"


@pytest.mark.parametrize(
    "body",
    [b"", b"{}", b"{", b"[]", b"null", b'"text"', b'{"text": 5}', b"[" * 100_000,
     b'{"text": "x", "published": "2023-02-30"}', b'{"text": "\\ud800"}'],
)  # fmt: skip
def test_a_malformed_ingest_body_is_a_client_error(client: TestClient, body: bytes) -> None:
    response = client.post(
        "/api/ingest",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert 400 <= response.status_code < 500, (body[:20], response.text[:200])


# --- headers on every response, errors included ----------------------------


def _boom() -> None:
    raise RuntimeError("a bug in a route")


def test_a_server_error_carries_the_security_headers(store_url: str) -> None:
    app = create_app(store_url)
    app.add_api_route("/api/boom", _boom)
    app.add_api_route("/boom", _boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        for url, kind in (("/api/boom", "application/json"), ("/boom", "text/html")):
            response = c.get(url)
            assert response.status_code == 500
            assert response.headers["content-type"].startswith(kind)
            assert "a bug in a route" not in response.text  # no internals to the client
            for name, value in SECURITY_HEADERS:
                assert response.headers[name.decode()] == value.decode(), (url, name)


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", "/no/such/page"),
        ("GET", "/api/no-such-route"),
        ("GET", "/api/events?limit=0"),
        ("GET", "/api/crossings/Nowhere"),
        ("GET", "/static/no-such-file.js"),
        ("DELETE", "/api/status"),
        ("POST", "/api/ingest"),
        ("GET", "/api/events?" + "p=x&" * 5000),
    ],
)
def test_a_client_error_carries_the_security_headers(
    client: TestClient, method: str, url: str
) -> None:
    response = client.request(method, url)
    assert 400 <= response.status_code < 500
    for name, value in SECURITY_HEADERS:
        assert response.headers[name.decode()] == value.decode(), (url, name)


# --- absolute links come from the configured base URL ----------------------

EVIL_HOST = "evil.example.net"


def test_the_feed_links_to_the_configured_base_url_not_the_host_header(
    client: TestClient,
) -> None:
    for url in ("/feed.atom", "/feed/Torkham.atom"):
        body = client.get(url, headers={"Host": EVIL_HOST}).text
        assert EVIL_HOST not in body
        assert 'href="https://board.example.org/crossing/Torkham"' in body


def test_a_redirect_never_points_at_the_host_header(client: TestClient) -> None:
    for url in ("/api/status/", "/api/events/?limit=5", "/crossing/Torkham/"):
        response = client.get(url, headers={"Host": EVIL_HOST}, follow_redirects=False)
        assert response.status_code < 500
        location = response.headers.get("location", "")
        assert EVIL_HOST not in location, url
        if response.is_redirect:
            assert location.startswith(("/", "https://board.example.org/")), location


def test_without_a_base_url_links_use_the_default_address(store_url: str) -> None:
    with TestClient(create_app(store_url)) as c:
        body = c.get("/feed.atom", headers={"Host": EVIL_HOST}).text
    assert EVIL_HOST not in body
    assert "http://127.0.0.1:8000/" in body


# --- a stored value no parser accepts breaks no read -----------------------


def test_a_stored_unparsable_url_breaks_no_view(client: TestClient) -> None:
    urls = [
        "/",
        "/?crossing=Torkham",
        "/crossing/Torkham",
        f"/article/{BROKEN_ARTICLE_ID}",
        "/api/status",
        "/api/crossings",
        "/api/crossings/Torkham",
        "/api/events?crossing=Torkham",
        f"/api/articles/{BROKEN_ARTICLE_ID}",
        "/api/quotes?crossing=Torkham",
        "/api/changes",
        "/feed.atom",
        "/feed/Torkham.atom",
        "/api/export.csv",
        "/api/export.csv?table=status",
        "/api/export.jsonl?crossing=Torkham",
        "/api/export.geojson",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:300])
    article = client.get(f"/article/{BROKEN_ARTICLE_ID}").text
    assert 'href="http://[::1"' not in article  # shown as text, never linked
    assert "[::1" in client.get(f"/api/articles/{BROKEN_ARTICLE_ID}").text  # kept as stored


# --- raw bytes on a real server (what a test client cannot send) -----------

#: Requests written byte for byte, each with what it probes.
RAW_REQUESTS: tuple[bytes, ...] = (
    b"GET /crossing/%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n",  # not UTF-8 once decoded
    b"GET /api/events?crossing=%FF&q=%C3 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /api/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xc3\xa9\xff\r\n"
    b"Content-Length: 2\r\n\r\n{}",  # a token that is not ASCII
    b'GET /feed.atom HTTP/1.1\r\nHost: evil.example"><x>\r\n\r\n',
    b"GET /api/status/ HTTP/1.1\r\nHost: evil.example\r\n\r\n",
    b"GET /api/events?offset=9223372036854775808 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /api/export.csv?crossing=Nowhere HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /api/crossings/%00 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /static/..%2f..%2fapp.py HTTP/1.1\r\nHost: x\r\n\r\n",
)


def _raw(port: int, request: bytes) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request.replace(b"HTTP/1.1\r\n", b"HTTP/1.1\r\nConnection: close\r\n", 1))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


def test_raw_requests_on_a_loopback_server_answer_no_server_error(store_url: str) -> None:
    from borderwatch.web.loopback import running

    with running(create_app(store_url, token=TOKEN)) as base:
        port = int(base.rsplit(":", 1)[1])
        for request in RAW_REQUESTS:
            head, _, body = _raw(port, request).partition(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            assert 200 <= status < 500, (request[:60], head[:200])
            assert b"content-security-policy" in head.lower(), request[:60]
            assert b"evil" not in head + body, request[:60]
