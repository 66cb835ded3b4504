"""The HTML pages: the same view functions as the API, rendered by Jinja2.

Every template is autoescaped (article text, titles and names are always
written as text); links to outlets are written only for http(s) URLs.  No
page has an inline script or style: ``/static/map.js`` and
``/static/app.css`` do everything (see ``security.CONTENT_SECURITY_POLICY``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from borderwatch import __version__, query, readmodels
from borderwatch.gazetteer import load_gazetteer
from borderwatch.opening import opening_of, opening_sentence
from borderwatch.records import EVENT_TYPES, Count
from borderwatch.web import highlight, shapes, views
from borderwatch.web.params import (
    STORIES_PER_PAGE,
    BoardFilter,
    EventFilter,
    countries_text,
    parse_date,
    parse_window,
)

router = APIRouter(include_in_schema=False)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
#: Events listed per page on the front page.
PAGE_EVENTS = 50
#: A last confirmation older than this many days is shown as stale.
STALE_DAYS = 7

STATUS_WORDS: dict[str, str] = {
    "closed": "Closed",
    "restricted": "Restricted",
    "open": "Open",
    "unknown": "Unknown",
}


def crossing_url(name: str) -> str:
    return "/crossing/" + quote(name, safe="")


def article_url(article_id: str, event_id: int | None = None) -> str:
    url = "/article/" + quote(article_id, safe="")
    return url + (f"?ev={event_id}#ev-{event_id}" if event_id is not None else "")


def safe_href(url: str | None) -> str | None:
    """``url`` if it is http(s); anything else (``javascript:``) is never linked."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # a stored URL no parser accepts (``http://[::1``): shown, not linked
        return None
    return url if scheme in {"http", "https"} else None


def days_between(start: str | None, day: str) -> int | None:
    if not start:
        return None
    return (dt.date.fromisoformat(day) - dt.date.fromisoformat(start[:10])).days


def ago(date: str | None, day: str) -> str:
    days = days_between(date, day)
    if days is None:
        return "never"
    if days <= 0:
        return "today" if days == 0 else "in the future"
    return "1 day ago" if days == 1 else f"{days} days ago"


def duration(start: str | None, day: str) -> str:
    days = days_between(start, day)
    if days is None or days < 0:
        return ""
    return "under a day" if days == 0 else ("1 day" if days == 1 else f"{days} days")


def count_text(count: Count) -> str:
    """A count as written: "hundreds of travellers", never "hundreds ? travellers"."""
    return readmodels.count_text(count)


def country_name(code: str) -> str:
    country = load_gazetteer().countries.get(code)
    return country.names[0] if country and country.names else code


def pair_name(countries: tuple[str, ...] | list[str]) -> str:
    return " \u2013 ".join(country_name(c) for c in countries)


def place_label(name: str, countries: tuple[str, ...] | list[str]) -> str:
    """A board row's name for people: ``border:AF-PK`` reads "Afghanistan – Pakistan border"."""
    if name.startswith(query.BORDER_PREFIX):
        return pair_name(countries) + " border (no crossing named)"
    return name


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every template, whatever its name
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        version=__version__,
        status_words=STATUS_WORDS,
        event_types=EVENT_TYPES,
        crossing_url=crossing_url,
        article_url=article_url,
        safe_href=safe_href,
        ago=ago,
        duration=duration,
        days_between=days_between,
        count_text=count_text,
        pair_name=pair_name,
        place_label=place_label,
        countries_text=countries_text,
        stale_days=STALE_DAYS,
        is_conflict=shapes.is_conflict,
    )
    env.filters["qs"] = lambda args: urlencode({k: v for k, v in args.items() if v})
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status, status=status, message=message)


def state(request: Request) -> Any:
    return request.app.state.bw


State = Annotated[Any, Depends(state)]
OptStr = Annotated[str | None, Query()]


@router.get("/", response_class=HTMLResponse)
def index(
    request: Request,
    bw: State,
    at: OptStr = None,
    countries: OptStr = None,
    include_unknown: bool = False,
    crossing: OptStr = None,
    since: OptStr = None,
    until: OptStr = None,
    type: OptStr = None,
    q: OptStr = None,
    offset: int = 0,
) -> HTMLResponse:
    """Map, board and the filtered events, as of ``at``."""
    board_filter = BoardFilter.parse(at, countries, include_unknown)
    view = views.board_view(bw.store, board_filter, bw.cache)
    event_filter = EventFilter.parse(
        crossing, since, until or board_filter.at, type, countries, q, PAGE_EVENTS, offset,
        at=board_filter.at,
    )  # fmt: skip
    events = views.events_view(bw.store, event_filter, newest_first=True)
    return render(
        request,
        "index.html",
        view=view,
        events=events,
        ef=event_filter,
        form={
            "at": board_filter.at or "",
            "countries": countries_text(board_filter.countries),
            "include_unknown": board_filter.include_unknown,
            "crossing": event_filter.crossing or "",
            "since": event_filter.since or "",
            "until": until or "",
            "type": event_filter.type or "",
            "q": event_filter.q or "",
        },
    )


@router.get("/crossing/{name}", response_class=HTMLResponse)
def crossing_page(
    request: Request, bw: State, name: str, at: OptStr = None, offset: int = 0
) -> HTMLResponse:
    """Status, timeline (with evidence), quotes and side-by-side claims.

    The timeline shows ``STORIES_PER_PAGE`` stories from ``offset``, newest
    first, the strip above it their events and the counts below them their
    counts (``views.crossing_window``, as ``/api/crossings/{name}``)."""
    at_date = parse_date(at, "at")
    limit, offset = parse_window(STORIES_PER_PAGE, offset)
    window = views.crossing_window(bw.store, name, at_date, limit, offset, bw.crossings)
    detail = window.detail
    day = BoardFilter(at=at_date).reference_day().isoformat()
    strip = timeline_strip(tuple(se for story in window.stories for se in story.events))
    opening = opening_sentence(opening_of(detail), place_label(detail.name, detail.countries))
    return render(
        request, "crossing.html", d=detail, w=window, day=day, at=at_date or "", strip=strip,
        opening=opening, shown=window.stories, offset=offset, limit=limit, claims=window.claims,
    )  # fmt: skip


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, bw: State, article_id: str, ev: int | None = None
) -> HTMLResponse:
    """The cleaned article with every evidence span marked; ``ev`` picks one."""
    article = views.article_view(bw.store, article_id)
    marks = [
        highlight.Mark(e.event.evidence.start, e.event.evidence.end, "event", f"ev-{e.id}")
        for e in article.events
    ] + [
        highlight.Mark(q.evidence.start, q.evidence.end, "quote", f"q-{q.id}")
        for q in article.quotes
    ]
    pieces = highlight.cut(article.article.text, marks)
    return render(
        request,
        "article.html",
        a=article.article,
        events=article.events,
        pieces=pieces,
        anchors=highlight.anchors(pieces),
        selected=f"ev-{ev}" if ev is not None else "",
    )


#: Width of the timeline strip's drawing, in its own units (it scales to the page).
STRIP_WIDTH = 1000


def timeline_strip(timeline: tuple[query.StoredEvent, ...]) -> list[dict[str, Any]]:
    """Positions (0..STRIP_WIDTH) of dated events on a strip from first to last date."""
    dated = [e for e in timeline if e.effective_date]
    if not dated:
        return []
    days = [dt.date.fromisoformat(e.effective_date[:10]) for e in dated if e.effective_date]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    margin = 40
    return [
        {
            "x": margin + (day - first).days * (STRIP_WIDTH - 2 * margin) / span,
            "event": e,
            "date": day.isoformat(),
        }
        for e, day in zip(dated, days, strict=True)
    ]
