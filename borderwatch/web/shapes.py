"""JSON shapes of the API's read models beyond the contract's two.

``query.board_row_to_json`` (``status --json``) and
``query.stored_event_to_json`` (``events --json``) are the contract's; this
module composes them into the other responses so the shapes stay one.
"""

from __future__ import annotations

from typing import Any

from borderwatch import query
from borderwatch.jsonshape import span_to_json
from borderwatch.opening import opening_of, opening_sentence
from borderwatch.stories import Story
from borderwatch.web.views import CrossingWindow


def event_json(se: query.StoredEvent) -> dict[str, Any]:
    """The contract's event object plus the API's own keys (id, dates, outlet)."""
    data = query.stored_event_to_json(se)
    data.setdefault("source", se.source)
    return data


def claim_json(claim: query.StrandedClaim) -> dict[str, Any]:
    return query.stranded_claim_to_json(claim)


def claim_group_json(group: query.ClaimGroup) -> dict[str, Any]:
    return {
        "what": group.what,
        "date": group.date,
        "conflict": is_conflict(group),
        "claims": [claim_json(c) for c in group.claims],
    }


def is_conflict(group: query.ClaimGroup) -> bool:
    """Two or more outlets giving different numbers for the same thing."""
    values = {(c.count.value, c.count.qualifier) for c in group.claims}
    return len(group.claims) > 1 and len(values) > 1


def quote_json(q: query.StoredQuote) -> dict[str, Any]:
    return {
        "id": q.id,
        "article_id": q.article_id,
        "speaker": q.speaker,
        "text": q.text,
        "evidence": span_to_json(q.evidence),
        "source": q.source,
        "published": q.published,
        "crossings": list(q.crossings),
    }


def crossing_json(w: CrossingWindow) -> dict[str, Any]:
    """The contract's crossing (status, timeline, quotes, claims) and the
    API's own keys, for a window of its stories: ``total`` stories in all,
    ``next_offset`` where the next window starts (None at the last)."""
    d = w.detail
    return {
        "name": d.name,
        "countries": list(d.countries),
        "lat": d.lat,
        "lon": d.lon,
        "alt_names": list(d.alt_names),
        "curated": d.curated,
        "crossing_id": d.crossing_id,
        "mentions": [query.name_seen_to_json(s) for s in d.seen],
        "status": query.board_row_to_json(d.row),
        "timeline": [event_json(e) for e in w.timeline],
        "quotes": [quote_json(q) for q in w.quotes],
        "claims": [claim_group_json(g) for g in w.claims],
        "opening": opening_sentence(opening_of(d)),
        "stories": [story_json(s) for s in w.stories],
        "total": w.total,
        "quotes_total": len(d.quotes),
        "limit": w.limit,
        "offset": w.offset,
        "next_offset": w.next_offset,
    }


def story_json(s: Story) -> dict[str, Any]:
    """A story: its reports (each an article's restatements), sources, earliest report."""
    return {
        "id": s.id,
        "type": s.type,
        "place": s.place,
        "date": s.date,
        "precision": s.precision,
        "sources": list(s.sources),
        "first_report": s.first_report.article_id,
        "last_reported": s.last_reported,
        "reports": [
            {
                "article_id": r.article_id,
                "source": r.source,
                "published": r.published,
                "date": r.date,
                "event_ids": [se.id for se in r.events],
                "evidence": [span_to_json(span) for span in r.evidence],
            }
            for r in s.reports
        ],
    }


def article_json(view: query.ArticleView) -> dict[str, Any]:
    a = view.article
    return {
        "id": a.id,
        "title": a.title,
        "text": a.text,
        "url": a.url,
        "source": a.source,
        "published": a.published,
        "byline": a.byline,
        "dateline": a.dateline,
        "links": [{"text": link.text, "url": link.url} for link in a.links],
        "events": [event_json(e) for e in view.events],
        "quotes": [quote_json(q) for q in view.quotes],
    }


def page_json(key: str, page: query.Page[Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    """A window of a list: ``{key: [...], total, limit, offset, next_offset}``."""
    end = page.offset + len(page.items)
    return {
        key: items,
        "total": page.total,
        "limit": page.limit,
        "offset": page.offset,
        "next_offset": end if end < page.total else None,
    }


def change_json(c: query.StatusChange) -> dict[str, Any]:
    return {
        "crossing": c.crossing,
        "countries": list(c.countries),
        "status": c.status,
        "previous": c.previous,
        "date": c.date,
        "curated": c.curated,
        "event": event_json(c.event) if c.event else None,
        "claim": None
        if c.claim is None
        else {
            "article_id": c.claim.article_id,
            "source": query.outlet(c.claim),
            "url": c.claim.url,
            "date": c.claim.effective_date,
            "evidence": span_to_json(c.claim.claim.evidence),
        },
    }
