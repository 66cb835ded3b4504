"""Safe-by-default HTTP: security headers on every response, a token for writes.

The content-security policy allows only the app's own static files: no
inline scripts or styles, no other origin (the page works offline, so it needs
none).  Article text is escaped by the templates (Jinja2 autoescape); the CSP
is the second wall should any escaping ever be missed.
"""

from __future__ import annotations

import hmac

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
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), expected):
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

