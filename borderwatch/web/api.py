"""The JSON API: the same view functions as the pages, rendered as JSON.

Routes, in the order the OpenAPI schema lists them.  ``/api/status``,
``/api/events``, ``/api/crossings/{name}`` and ``/feed.atom`` are fixed by
the contract; the others are this app's.  Every route reads, except
``POST /api/ingest``, which needs the server's token.
"""

from __future__ import annotations

import itertools
import json
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from borderwatch import alerts, export, query
from borderwatch.config import Settings
from borderwatch.errors import BodyTooLarge, InputTooLarge
from borderwatch.web import shapes, views
from borderwatch.web.params import (
    MAX_LIMIT,
    MAX_OFFSET,
    STORIES_PER_PAGE,
    BadParameter,
    BoardFilter,
    EventFilter,
    parse_date,
    parse_window,
)
from borderwatch.web.security import check_token


class JSONBody(JSONResponse):
    """JSON written by ``json.dumps`` as it is: the views already return plain
    dicts, so FastAPI's validation pass (several times the cost) is skipped."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


router = APIRouter(default_response_class=JSONBody)

DateQ = Annotated[str | None, Query(description="ISO date YYYY-MM-DD", examples=["2023-02-22"])]
CountriesQ = Annotated[
    str | None, Query(description="Country pair, ISO alpha-2: AF-PK", examples=["AF-PK"])
]
TypeQ = Annotated[
    str | None,
    Query(
        description="Event type (closure, reopening, restriction, clash, stranded, "
        "talks), or several joined by commas",
        examples=["closure,reopening"],
    ),
]
#: ``at`` of the views made from what articles say (events, changes, feeds).
AsOfQ = Annotated[
    str | None,
    Query(
        description="Only events of articles known by this day (YYYY-MM-DD), "
        "as every view at a day",
        examples=["2023-02-22"],
    ),
]
LimitQ = Annotated[int, Query(ge=1, le=1000, description="Page size (1..1000)")]
OffsetQ = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")]


def state(request: Request) -> Any:
    return request.app.state.bw


State = Annotated[Any, Depends(state)]


@router.get("/api/status", tags=["status"], summary="The status board at a date")
def api_status(
    bw: State,
    at: DateQ = None,
    countries: CountriesQ = None,
    include_unknown: bool = False,
) -> JSONBody:
    """One object per crossing (or whole border) with a known status, as
    ``borderwatch status --json``; ``at`` replays the board at a past day."""
    view = views.board_view(bw.store, BoardFilter.parse(at, countries, include_unknown), bw.cache)
    return JSONBody([query.board_row_to_json(row) for row in view.rows])


@router.get("/api/crossings", tags=["crossings"], summary="Every gazetteer crossing")
def api_crossings(bw: State, at: DateQ = None, countries: CountriesQ = None) -> JSONBody:
    """Every crossing the gazetteer knows, with its status (``unknown`` when no
    stored text gives one) and position."""
    view = views.board_view(
        bw.store, BoardFilter.parse(at, countries, include_unknown=True), bw.cache
    )
    return JSONBody([query.board_row_to_json(row) for row in view.rows])


@router.get("/api/crossings/{name}", tags=["crossings"], summary="One crossing")
def api_crossing(
    bw: State,
    name: str,
    at: DateQ = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Stories per page (1..{MAX_LIMIT})")
    ] = STORIES_PER_PAGE,
    offset: Annotated[
        int, Query(ge=0, le=MAX_OFFSET, description="Stories (and quotes) to skip")
    ] = 0,
) -> JSONBody:
    """Status, timeline, quotes and conflicting claims of one crossing, by any
    of its spellings (``Torkham``, ``Torkhum``), a page of ``limit`` stories
    at a time, newest first: ``timeline`` and ``claims`` are the events and
    counts of those stories, ``quotes`` the same window of its quotes;
    ``total`` counts its stories, ``next_offset`` starts the next page."""
    limit, offset = parse_window(limit, offset)
    window = views.crossing_window(
        bw.store, name, parse_date(at, "at"), limit, offset, bw.crossings
    )
    return JSONBody(shapes.crossing_json(window))


@router.get("/api/events", tags=["events"], summary="Events, filtered and paginated")
def api_events(
    bw: State,
    crossing: str | None = None,
    since: DateQ = None,
    until: DateQ = None,
    type: TypeQ = None,
    countries: CountriesQ = None,
    q: Annotated[str | None, Query(description="Words to find in the evidence")] = None,
    limit: LimitQ = 100,
    offset: OffsetQ = 0,
    order: Annotated[
        Literal["oldest", "newest"], Query(description="Timeline order, or newest first")
    ] = "oldest",
    at: AsOfQ = None,
) -> JSONBody:
    """Events in timeline order (``events --json`` objects), with the total;
    ``at`` shows them as they were known on that day (articles published by
    then, or read by then when undated), whatever was published later."""
    f = EventFilter.parse(crossing, since, until, type, countries, q, limit, offset, at)
    page = views.events_view(bw.store, f, newest_first=order == "newest")
    return JSONBody(shapes.page_json("events", page, [shapes.event_json(e) for e in page.items]))


@router.get("/api/articles/{article_id}", tags=["articles"], summary="One article")
def api_article(bw: State, article_id: str) -> JSONBody:
    """The cleaned article text with its events and quotes (evidence offsets
    index into ``text``)."""
    return JSONBody(shapes.article_json(views.article_view(bw.store, article_id)))


@router.get("/api/quotes", tags=["quotes"], summary="Quotes, newest first")
def api_quotes(
    bw: State, crossing: str | None = None, limit: LimitQ = 100, offset: OffsetQ = 0
) -> JSONBody:
    limit, offset = parse_window(limit, offset)
    page = views.quotes_view(bw.store, crossing, limit, offset)
    return JSONBody(shapes.page_json("quotes", page, [shapes.quote_json(q) for q in page.items]))


@router.get("/api/changes", tags=["status"], summary="Status changes, newest first")
def api_changes(bw: State, crossing: str | None = None, at: AsOfQ = None) -> JSONBody:
    """Every change of a crossing's status (what the Atom feeds carry); ``at``
    gives the changes up to that day as the articles known by then tell them."""
    changes = views.changes_view(bw.store, crossing, bw.cache, parse_date(at, "at"))
    return JSONBody([shapes.change_json(c) for c in changes])


def _export(bw: Any, fmt: export.Format, table: export.Table, **filters: str | None) -> Response:
    f = EventFilter.parse(
        filters["crossing"], filters["since"], filters["until"], filters["type"],
        filters["countries"], filters["q"],
    )  # fmt: skip
    # An export is every event ``f`` selects: its window (limit, offset) is not read.
    request = export.ExportRequest(
        format=fmt, table=table, at=parse_date(filters["at"], "at"), selection=f
    )
    name = f"borderwatch-{'crossings' if fmt == 'geojson' else table}.{fmt}"
    chunks = export.export(bw.store, request)
    # The first chunk is made before the response starts, so that a bad request
    # (an unknown crossing) is a 4xx with its message, not a stream cut short.
    first = next(chunks, "")
    return StreamingResponse(
        itertools.chain((first,), chunks),
        media_type=export.MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _export_route(fmt: export.Format, what: str) -> Any:
    def route(
        bw: State,
        table: Literal["events", "status"] = "events",
        at: DateQ = None,
        crossing: str | None = None,
        since: DateQ = None,
        until: DateQ = None,
        type: TypeQ = None,
        countries: CountriesQ = None,
        q: str | None = None,
    ) -> Response:
        return _export(
            bw, fmt, table, at=at, crossing=crossing, since=since, until=until, type=type,
            countries=countries, q=q,
        )  # fmt: skip

    route.__doc__ = what
    return route


#: The three exports: format -> what it holds (also the route's description).
EXPORTS: dict[export.Format, str] = {
    "csv": "Events as CSV (``table=status``: the board as CSV); filters as /api/events.",
    "geojson": "Every crossing as a GeoJSON Point with its status at ``at``.",
    "jsonl": "Events as JSON Lines, one ``events --json`` object a line.",
}
for _fmt, _what in EXPORTS.items():
    router.add_api_route(
        f"/api/export.{_fmt}",
        _export_route(_fmt, _what),
        methods=["GET"],
        tags=["export"],
        summary=f"Export ({_fmt})",
        response_class=Response,
        responses={200: {"content": {export.MEDIA_TYPES[_fmt].split(";")[0]: {}}}},
    )


class IngestBody(BaseModel):
    """One article to read and store, as a line of ``borderwatch extract``'s input."""

    id: str | None = Field(None, description="Your id for it (default: its URL or 'api')")
    text: str | None = Field(None, description="Plain text or a text scrape of the page")
    html: str | None = Field(None, description="The page's HTML (instead of text)")
    url: str | None = None
    published: str | None = Field(None, description="ISO date, for relative dates")


_analyzer_lock = threading.Lock()


def _analyzer(bw: Any) -> Any:
    with _analyzer_lock:
        if getattr(bw, "analyzer", None) is None:
            from borderwatch.pipeline import build_analyzer

            bw.analyzer = build_analyzer()
        return bw.analyzer


async def _read_capped(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the request has {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the request passed {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/api/ingest",
    tags=["write"],
    summary="Read and store one article (token)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": IngestBody.model_json_schema()}},
        }
    },
)
async def api_ingest(
    bw: State,
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> JSONBody:
    """Needs ``Authorization: Bearer <token>`` (``serve --token``); without a
    token the server is read-only and answers 403.  The token is checked
    before the body is read.  After storing, status changes go to the webhook
    at once."""
    check_token(bw.token, authorization)
    raw_body = await _read_capped(request, bw.max_body)
    try:
        body = IngestBody.model_validate_json(raw_body)
    except ValidationError as exc:
        raise BadParameter(f"the body is not an ingest object: {exc.errors()[0]['msg']}") from None
    if body.text is None and body.html is None:
        raise BadParameter('the body has neither "text" nor "html": nothing to read')
    return JSONBody(await run_in_threadpool(_ingest, bw, body))


def _ingest(bw: Any, body: IngestBody) -> dict[str, Any]:
    from borderwatch.pipeline import process_document
    from borderwatch.records import RawDocument

    limit = Settings().max_bytes
    data = (body.html if body.html is not None else body.text or "").encode("utf-8")
    if len(data) > limit:
        raise InputTooLarge(f"the article has {len(data)} bytes; the limit is {limit}")
    published = parse_date(body.published, "published")
    raw = RawDocument(
        id=body.id or body.url or "api",
        data=data,
        media_type="text/html" if body.html is not None else "text/plain",
        url=body.url,
        published=published,
    )
    result = process_document(raw, _analyzer(bw), published)
    saved = bw.store.save(result) if result.error is None else None
    changes = bw.watcher.check() if bw.watcher is not None else []
    return {
        "id": result.id,
        "article_id": saved.article_id if saved else None,
        "created": saved.created if saved else False,
        "events": len(result.events),
        "status": dict(result.status),
        "status_changes": [alerts.alert_message(c)["text"] for c in changes],
        "error": result.error,
    }


def _atom(
    bw: Any, request: Request, changes: list[query.StatusChange], title: str, at: str | None
) -> Response:
    """The feed, its links made from the configured ``base_url`` (never the
    Host header); a feed at a day names that day in its own address."""
    path = request.url.path + (f"?at={at}" if at else "")
    body = alerts.atom_feed(changes, base_url=bw.base_url, self_path=path, title=title)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/feed.atom", tags=["feeds"], summary="Atom feed of every status change")
def feed_all(bw: State, request: Request, at: AsOfQ = None) -> Response:
    """Every status change, newest first; ``at`` as of that day."""
    day = parse_date(at, "at")
    changes = views.changes_view(bw.store, None, bw.cache, day)
    return _atom(bw, request, changes, "borderwatch: status changes", day)


@router.get("/feed/{crossing}.atom", tags=["feeds"], summary="Atom feed of one crossing")
def feed_crossing(bw: State, request: Request, crossing: str, at: AsOfQ = None) -> Response:
    """One crossing's status changes, newest first; ``at`` as of that day."""
    day = parse_date(at, "at")
    detail = views.crossing_view(bw.store, crossing, day, bw.crossings)  # 404 if unknown
    changes = views.changes_view(bw.store, detail.name, bw.cache, day)
    return _atom(bw, request, changes, f"borderwatch: {detail.name}", day)
