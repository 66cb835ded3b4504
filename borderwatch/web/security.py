"""Safe-by-default HTTP: security headers on every response, a token for writes,
absolute URLs from the configured base URL, a cap on the query string.

The content-security policy allows only the app's own static files: no
inline scripts or styles, no other origin (the page works offline, so it needs
none).  Article text is escaped by the templates (Jinja2 autoescape); the CSP
is the second wall should any escaping ever be missed.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from borderwatch.errors import (
    BadToken,
    WriteForbidden,
)

#: Every directive the page needs, each limited to the app itself.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",  # /static/*.js only; no inline scripts, no eval
        "style-src 'self'",  # /static/app.css only; no style attributes
        "img-src 'self' data:",
        "connect-src 'self'",  # map.js fetches /static/basemap.json
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",  # the filter forms submit to the app
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


#: Longest query string served, in bytes (the whole ``?...`` part): longer is a 414.
MAX_QUERY_BYTES = 8192

#: Renders an error for a request: (request, status, code, message) -> response.
ErrorRenderer = Callable[[Request, int, str, str], Response]


def add_security_headers(response: Response) -> Response:
    """``response`` with every header of ``SECURITY_HEADERS`` it lacks (for the
    500 handler, which runs outside the middleware)."""
    for name, value in SECURITY_HEADERS:
        if name.decode() not in response.headers:
            response.headers[name.decode()] = value.decode()
    return response


class SecurityHeaders:
    """Pure ASGI middleware (no per-request task overhead) adding the headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_token(expected: str | None, authorization: str | None) -> None:
    """Raise unless ``authorization`` is ``Bearer <expected>`` (constant-time compare)."""
    if not expected:
        raise WriteForbidden("this server is read-only; start it with --token to allow writes")
    scheme, _, given = (authorization or "").partition(" ")
    # Bytes, not str: compare_digest refuses non-ASCII text (a header is latin-1).
    given_bytes = given.strip().encode("utf-8", "surrogateescape")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given_bytes, expected.encode()):
        raise BadToken("missing or wrong token (send 'Authorization: Bearer <token>')")


class HeadAsGet:
    """Answer HEAD like GET without the body (``curl -I``, uptime checkers).

    FastAPI routes declared with ``get`` answer only GET; this ASGI wrapper
    runs the GET route and drops the body, keeping status and headers.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b"", "more_body": False}
                if sent_end:
                    return
                sent_end.append(True)
            await send(message)

        sent_end: list[bool] = []
        await self.app({**scope, "method": "GET"}, receive, send_without_body)


def check_base_url(base_url: str) -> str:
    """``base_url`` without its trailing slash, if it is an http(s) URL with a host."""
    try:
        parts = urlsplit(base_url)
        ok = parts.scheme in {"http", "https"} and bool(parts.hostname)
        parts.port  # noqa: B018  # raises ValueError for a port that is no number
    except ValueError:
        ok = False
    if not ok or parts.query or parts.fragment:
        raise ValueError(f"base URL: expected http(s)://host[:port][/path], got {base_url!r}")
    return base_url.rstrip("/")


class PinnedHost:
    """Every request is seen as made to ``base_url``'s scheme and host.

    Starlette builds absolute URLs (``request.base_url``, the redirect that
    adds or drops a trailing slash) from the ``Host`` header, which the client
    chooses; a hostile one would be reflected into feeds and redirects.  This
    wrapper replaces it with the configured address before any route runs.
    """

    def __init__(self, app: ASGIApp, base_url: str) -> None:
        self.app = app
        parts = urlsplit(check_base_url(base_url))
        self.scheme = parts.scheme
        self.host = parts.netloc.rpartition("@")[2].encode("ascii", "ignore")
        self.server = (parts.hostname or "", parts.port or (443 if self.scheme == "https" else 80))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"host"]
            scope = {
                **scope,
                "scheme": self.scheme,
                "server": self.server,
                "headers": [(b"host", self.host), *headers],
            }
        await self.app(scope, receive, send)


class QueryStringLimit:
    """Refuse a query string over ``limit`` bytes with a 414, before any route
    (or the database) sees it; ``render`` makes the error response."""

    def __init__(self, app: ASGIApp, render: ErrorRenderer, limit: int = MAX_QUERY_BYTES) -> None:
        self.app = app
        self.render = render
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and len(scope.get("query_string", b"")) > self.limit:
            size = len(scope["query_string"])
            message = f"the query string has {size} bytes; the limit is {self.limit}"
            response = self.render(Request(scope), 414, "E121", message)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
