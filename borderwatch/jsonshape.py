"""The contract's JSON shapes (``../shared/spec/contract.md``), in one place.

Every renderer of events, articles and results (``extract``, ``events
--json``, the API, exports) goes through these functions so the shapes
cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from borderwatch.records import Article, DocumentResult, Event, Quote, Span

#: The keys every event object carries (contract.md, `borderwatch extract`).
EVENT_KEYS = (
    "type", "crossing", "countries", "date", "date_text", "actor", "reason", "counts",
    "casualties", "evidence",
)  # fmt: skip


def span_to_json(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "crossing": event.crossing,
        "countries": list(event.countries),
        "date": event.date,
        "date_text": event.date_text,
        "actor": event.actor,
        "reason": event.reason,
        "counts": [
            {"what": c.what, "value": c.value, "qualifier": c.qualifier} for c in event.counts
        ],
        "casualties": (
            None
            if event.casualties is None
            else {
                "killed": event.casualties.killed,
                "wounded": event.casualties.wounded,
                "who": event.casualties.who,
            }
        ),
        "evidence": span_to_json(event.evidence),
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    return {"speaker": quote.speaker, "text": quote.text, "evidence": span_to_json(quote.evidence)}


def article_to_json(article: Article | None) -> dict[str, Any]:
    if article is None:
        return {
            "title": None,
            "text": "",
            "published": None,
            "source": None,
            "byline": None,
            "dateline": None,
        }
    return {
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "source": article.source,
        "byline": article.byline,
        "dateline": article.dateline,
        "url": article.url,
        "links": [{"text": link.text, "url": link.url} for link in article.links],
    }


def result_to_json(result: DocumentResult) -> dict[str, Any]:
    """One output line of ``borderwatch extract``."""
    return {
        "id": result.id,
        "article": article_to_json(result.article),
        "events": [event_to_json(e) for e in result.events],
        "status": dict(result.status),
        "crossings_mentioned": list(result.crossings_mentioned),
        "quotes": [quote_to_json(q) for q in result.quotes],
        "error": result.error,
    }
