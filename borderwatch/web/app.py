"""The web app factory: one store, the JSON API, the pages, the feeds.

``create_app(store_url)`` opens the store and returns a FastAPI app whose
routes are listed in ``borderwatch.web.api.router`` and
``borderwatch.web.pages.router``.  Serving is read-only; the one write route
(``POST /api/ingest``) needs the ``token`` the app was started with.  With a
``webhook``, a background task checks the board every ``watch_every``
seconds (and right after each ingest) and posts status changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from borderwatch import __version__
from borderwatch.alerts import StatusWatcher
from borderwatch.config import Settings
from borderwatch.errors import BadBaseUrl, BorderwatchError
from borderwatch.store import Store, open_store
from borderwatch.web import api, pages
from borderwatch.web.abandon import AbandonOnDisconnect
from borderwatch.web.cache import ReadCache
from borderwatch.web.security import (
    HeadAsGet,
    PinnedHost,
    QueryStringLimit,
    SecurityHeaders,
    add_security_headers,
    check_base_url,
)

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
#: Seconds between two webhook checks of the board when serving with --webhook.
WATCH_EVERY_S = 60.0
#: The environment variable holding the write token (as ``serve --token``).
TOKEN_ENV = "BORDERWATCH_TOKEN"
#: Routes answered as JSON when they fail; every other path gets the HTML error page.
JSON_PREFIXES = ("/api/", "/openapi.json", "/feed")
#: Requests handled at once in worker threads (the rest wait their turn);
#: no more than the store's pool of connections, so none waits for one.
WORKER_THREADS = 32
#: Crossing views kept at once (each holds every event of its crossing, so
#: fewer than the board's answers): the crossings read most recently.
CROSSING_CACHE_SIZE = 32


@dataclass
class AppState:
    """What the routes share, on ``app.state.bw``."""

    store: Store
    token: str | None
    watcher: StatusWatcher | None
    cache: ReadCache
    max_body: int  # bytes of a request body read at most (POST /api/ingest)
    base_url: str  # public address: every absolute link starts with it (no trailing /)
    crossings: ReadCache  # crossing views, each kept while what it reads is unchanged
    analyzer: Any = None  # the understand stage, built on the first ingest


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(JSON_PREFIXES)


def _error_response(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        body = {"error": {"status": status, "code": code, "message": message}}
        return JSONResponse(body, status_code=status)
    return pages.error_page(request, status, message)


def create_app(
    store_url: str,
    *,
    webhook: str | None = None,
    token: str | None = None,
    watch_every: float = WATCH_EVERY_S,
    base_url: str | None = None,
    max_body: int | None = None,
) -> FastAPI:
    """The borderwatch web app on the store at ``store_url``.

    ``webhook``: URL to POST status changes to; ``token``: bearer token that
    unlocks ``POST /api/ingest`` (without one the app is read-only);
    ``base_url``: public address, the start of every absolute link (feeds,
    redirects, webhook messages; default ``Settings.base_url``), so that the
    client's ``Host`` header is never reflected; ``max_body``: largest
    request body read (default: twice ``Settings.max_bytes``, plus room for
    the JSON around it).
    """
    try:
        base = check_base_url(base_url or Settings().base_url)
    except ValueError as exc:
        raise BadBaseUrl(str(exc)) from None
    store = open_store(store_url)
    watcher = StatusWatcher(store, webhook, base_url=base) if webhook else None

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        task = None
        if watcher is not None:
            await run_in_threadpool(watcher.check)  # the baseline: no message for it
            task = asyncio.create_task(_watch_loop(watcher, watch_every))
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            store.close()

    app = FastAPI(
        title="borderwatch",
        version=__version__,
        description=(
            "Border-crossing events read from news pages, with their evidence. "
            "Read-only JSON API; see docs/api.md for examples."
        ),
        docs_url=None,  # Swagger UI loads from a CDN: the app serves everything itself
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    limit = max_body if max_body is not None else Settings().max_bytes * 2 + 64_000
    crossings = ReadCache(store, size=CROSSING_CACHE_SIZE)
    app.state.bw = AppState(store, token, watcher, ReadCache(store), limit, base, crossings)

    @app.exception_handler(BorderwatchError)
    async def _domain_error(request: Request, exc: BorderwatchError) -> Response:
        return _error_response(request, exc.http_status, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return _error_response(request, 400, "E120", detail or "bad request")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_response(request, exc.status_code, f"HTTP{exc.status_code}", str(exc.detail))

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Response:
        # A bug.  Starlette runs this handler outside every middleware, then
        # re-raises for the server's log: the headers are added here, and the
        # client learns nothing of the internals.
        response = _error_response(
            request, 500, "E000", "internal error; the server's log has the details"
        )
        return add_security_headers(response)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # Added innermost first: HeadAsGet sees the request first, GZip last.
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(QueryStringLimit, render=_error_response)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(PinnedHost, base_url=base)
    app.add_middleware(HeadAsGet)
    app.add_middleware(AbandonOnDisconnect)
    return app


async def _watch_loop(watcher: StatusWatcher, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            await run_in_threadpool(watcher.check)
        except BorderwatchError as exc:  # a store hiccup: say so, try again next time
            log.warning("status check failed: %s", exc)


def app_from_env() -> FastAPI:
    """The app each worker of ``serve --workers N`` builds (uvicorn's factory).

    Settings come from the environment ``serve`` sets: ``BORDERWATCH_STORE``,
    ``BORDERWATCH_TOKEN`` and ``BORDERWATCH_BASE_URL``.  No webhook here:
    every worker would post.
    """
    import os

    from borderwatch.config import default_base_url, default_store_url

    return create_app(
        default_store_url(),
        token=os.environ.get(TOKEN_ENV) or None,
        base_url=default_base_url(),
    )
