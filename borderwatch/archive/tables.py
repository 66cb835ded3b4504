"""One ``DocumentResult`` as one row of plain values, and back.

The row is what the ``articles`` table holds (with its events, quotes,
claims, links, mentions and status nested, so that ``load`` rebuilds a
result from one row without a join); the ``events`` and ``quotes`` tables are
those lists flattened, one row each, for querying; ``errors`` holds the
inputs that failed.  ``result_from_row(document_row(r)) == r`` for every
result (``tests/test_spark.py``).  Nothing here needs an engine: the Arrow
schema is built on demand, and Spark takes it from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from borderwatch.jsonshape import article_to_json, event_to_json
from borderwatch.records import (
    Article,
    DocumentResult,
    Event,
    Link,
    Quote,
    Span,
    Status,
    StatusClaim,
)
from borderwatch.store.read import event_with_countries, span_of
from borderwatch.store.write import article_id_for, content_hash

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["TABLES", "arrow_schema", "document_row", "result_from_row"]

Row = dict[str, Any]

#: The tables written under the output folder, in the order they are written.
TABLES = ("articles", "events", "quotes", "errors")


def _span(span: Span) -> Row:
    return {"evidence_text": span.text, "evidence_start": span.start, "evidence_end": span.end}


def _event(event: Event) -> Row:
    """The contract's event object, with its place and its evidence flattened."""
    row = event_to_json(event)
    del row["evidence"]
    return {**row, "place": event.place, **_span(event.evidence)}


def document_row(result: DocumentResult) -> Row:
    """The row of one result (an error row when it failed)."""
    article = result.article
    if result.error or article is None:
        error = result.error or "no article"
        return {"input_id": result.id, "error": error, "error_kind": error.split(":", 1)[0]}
    digest = content_hash(article)
    return {
        "input_id": result.id,
        "article_id": article_id_for(digest),
        "content_hash": digest,
        **article_to_json(article),
        "events": [_event(e) for e in result.events],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, **_span(q.evidence)} for q in result.quotes
        ],
        "claims": [
            {
                "crossing": c.crossing,
                "countries": list(c.countries),
                "status": c.status,
                **_span(c.evidence),
            }
            for c in result.claims
        ],
        "crossings_mentioned": list(result.crossings_mentioned),
        "status": [{"crossing": k, "status": v} for k, v in result.status.items()],
        "error": None,
        "error_kind": None,
    }


def result_from_row(row: Row) -> DocumentResult:
    """The result a row was made from."""
    if row.get("error"):
        return DocumentResult(id=row["input_id"], article=None, error=row["error"])
    article = Article(
        id=row["input_id"],
        text=row["text"],
        title=row["title"],
        published=row["published"],
        source=row["source"],
        byline=row["byline"],
        dateline=row["dateline"],
        url=row["url"],
        links=tuple(Link(link["text"], link["url"]) for link in row["links"]),
        content_hash=row["content_hash"],
    )
    return DocumentResult(
        id=row["input_id"],
        article=article,
        events=tuple(event_with_countries(e, tuple(e["countries"])) for e in row["events"]),
        quotes=tuple(Quote(q["speaker"], q["text"], span_of(q)) for q in row["quotes"]),
        status={s["crossing"]: cast(Status, s["status"]) for s in row["status"]},
        crossings_mentioned=tuple(row["crossings_mentioned"]),
        claims=tuple(
            StatusClaim(
                c["crossing"], tuple(c["countries"]), cast(Status, c["status"]), span_of(c)
            )
            for c in row["claims"]
        ),
    )


def arrow_schema() -> pa.Schema:
    """The schema of a document row (the ``articles`` table plus ``error``)."""
    import pyarrow as pa

    text = pa.string()
    evidence = [
        pa.field("evidence_text", text),
        pa.field("evidence_start", pa.int64()),
        pa.field("evidence_end", pa.int64()),
    ]
    event = pa.struct(
        [
            pa.field("type", text),
            pa.field("crossing", text),
            pa.field("countries", pa.list_(text)),
            pa.field("place", text),
            pa.field("date", text),
            pa.field("date_text", text),
            pa.field("actor", text),
            pa.field("reason", text),
            pa.field(
                "counts",
                pa.list_(
                    pa.struct(
                        [
                            pa.field("what", text),
                            pa.field("value", pa.int64()),
                            pa.field("qualifier", text),
                        ]
                    )
                ),
            ),
            pa.field(
                "casualties",
                pa.struct(
                    [
                        pa.field("killed", pa.int64()),
                        pa.field("wounded", pa.int64()),
                        pa.field("who", text),
                    ]
                ),
            ),
            *evidence,
        ]
    )
    quote = pa.struct([pa.field("speaker", text), pa.field("text", text), *evidence])
    claim = pa.struct(
        [
            pa.field("crossing", text),
            pa.field("countries", pa.list_(text)),
            pa.field("status", text),
            *evidence,
        ]
    )
    return pa.schema(
        [
            pa.field("input_id", text, nullable=False),
            pa.field("article_id", text),
            pa.field("content_hash", text),
            pa.field("url", text),
            pa.field("title", text),
            pa.field("text", text),
            pa.field("published", text),
            pa.field("source", text),
            pa.field("byline", text),
            pa.field("dateline", text),
            pa.field("links", pa.list_(pa.struct([pa.field("text", text), pa.field("url", text)]))),
            pa.field("events", pa.list_(event)),
            pa.field("quotes", pa.list_(quote)),
            pa.field("claims", pa.list_(claim)),
            pa.field("crossings_mentioned", pa.list_(text)),
            pa.field(
                "status",
                pa.list_(pa.struct([pa.field("crossing", text), pa.field("status", text)])),
            ),
            pa.field("error", text),
            pa.field("error_kind", text),
        ]
    )
