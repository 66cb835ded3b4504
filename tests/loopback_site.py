"""A small news site on loopback, for the feed, URL and follow tests.

``serve_site(routes)`` starts ``http.server`` in a thread on 127.0.0.1 (a
free port) and yields a ``Site``; each route is a ``Reply`` (status,
headers, body, an optional delay before answering, a body sent in slow
pieces) or a function from the request's headers to one (a feed that
answers 304 to a conditional request).  Every request is recorded (path,
headers, time); the JSON bodies POSTed to it (webhooks) too.  The pages are
short texts written for these tests.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    delay: float = 0.0  # seconds before the answer starts
    length: bool = True  # send Content-Length (else the body ends with the connection)
    drip: float = 0.0  # seconds between pieces of 100 bytes (a body sent slowly)


#: A route that answers by the request's headers (names in lower case).
Route = Callable[[dict[str, str]], Reply]


class Request(NamedTuple):
    path: str
    headers: dict[str, str]  # names in lower case
    at: float  # time.monotonic() when it arrived


@dataclass
class Site:
    base: str
    routes: dict[str, Reply | Route]
    requests: list[Request] = field(default_factory=list)
    posts: list[tuple[str, Any]] = field(default_factory=list)  # (path, JSON body)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def serve(self, path: str, reply: Reply | Route) -> None:
        self.routes[path] = reply


def page(title: str, body: str, date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n") if line)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}"
        f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def redirect(to: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": to, "Content-Type": "text/html"})


@contextmanager
def serve_site(routes: dict[str, Reply | Route] | None = None) -> Iterator[Site]:
    site = Site("", routes if routes is not None else {})

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.requests.append(Request(self.path, headers, time.monotonic()))
            route = site.routes.get(self.path, Reply(404, b"not here"))
            reply = route if isinstance(route, Reply) else route(headers)
            if reply.delay:
                time.sleep(reply.delay)
            self._send(reply)

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            site.posts.append((self.path, json.loads(body)))
            self._send(Reply(204))

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                if reply.drip:
                    for start in range(0, len(reply.body), 100):
                        self.wfile.write(reply.body[start : start + 100])
                        self.wfile.flush()
                        time.sleep(reply.drip)
                else:
                    self.wfile.write(reply.body)
            except OSError:
                pass  # the client gave up (a size limit): nothing to answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
