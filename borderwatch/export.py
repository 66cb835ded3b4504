"""Exports of the store: events as CSV or JSON Lines, crossings as CSV or GeoJSON.

Each writer is a generator of text chunks, so the CLI and the API stream
large stores without building them in memory.  The shapes come from
``borderwatch.query`` (``stored_event_to_json``, ``board_row_to_json``), the
same as ``events --json`` and ``status --json``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from borderwatch import query
from borderwatch.asof import known_by
from borderwatch.readmodels import count_text
from borderwatch.records import Count

if TYPE_CHECKING:
    from borderwatch.store import Store

Format = Literal["csv", "geojson", "jsonl"]
Table = Literal["events", "status"]
FORMATS: tuple[Format, ...] = ("csv", "geojson", "jsonl")
#: Events are read from the store in pages of this size.
PAGE_SIZE = 1000
#: A spreadsheet runs a cell that starts with one of these as a formula
#: (CSV injection); such text cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

MEDIA_TYPES: dict[Format, str] = {
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson",
}

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "type", "crossing", "countries", "date", "date_text",
    "effective_date", "actor", "reason", "counts", "killed", "wounded",
    "source", "published", "url", "evidence",
)  # fmt: skip
STATUS_COLUMNS: tuple[str, ...] = (
    "crossing", "countries", "status", "since", "last_event_type", "last_event_date",
    "last_confirmed", "sources", "stranded", "lat", "lon", "curated", "crossing_id", "names_seen",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export: the format, which table, and the filters."""

    format: Format
    table: Table = "events"  # csv only: geojson is always crossings, jsonl always events
    #: The day of the view: the board's day (crossings), and for events only
    #: what articles known by then said (published on or before it; an
    #: undated article, when it was read by then: ``borderwatch.asof``).
    at: str | None = None
    #: Which events; its ``countries`` also keeps the board's rows (crossings).
    selection: query.EventSelection = query.EventSelection()


def _events(store: Store, r: ExportRequest) -> Iterator[query.StoredEvent]:
    events = query.iter_events(store, r.selection, PAGE_SIZE)
    if r.at is None:
        return events
    return (se for se in events if published_by(se, r.at))


def published_by(se: query.StoredEvent, day: str) -> bool:
    """Whether the event's article was known by ``day`` (``borderwatch.asof``)."""
    return known_by(se, day)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _counts_text(counts: Iterable[Count]) -> str:
    return "; ".join(count_text(c, grouped=False) for c in counts)


def event_row(se: query.StoredEvent) -> dict[str, Any]:
    e = se.event
    return {
        "id": se.id,
        "article_id": se.article_id,
        "type": e.type,
        "crossing": e.crossing,
        "countries": "-".join(e.countries),
        "date": e.date,
        "date_text": e.date_text,
        "effective_date": se.effective_date,
        "actor": e.actor,
        "reason": e.reason,
        "counts": _counts_text(e.counts),
        "killed": e.casualties.killed if e.casualties else None,
        "wounded": e.casualties.wounded if e.casualties else None,
        "source": se.source,
        "published": se.published,
        "url": se.url,
        "evidence": e.evidence.text,
    }


def status_row(row: query.BoardRow) -> dict[str, Any]:
    last = row.last_event
    return {
        "crossing": row.crossing,
        "countries": "-".join(row.countries),
        "status": row.status,
        "since": row.since,
        "last_event_type": last.event.type if last else None,
        "last_event_date": last.effective_date if last else None,
        "last_confirmed": row.last_confirmed,
        "sources": "; ".join(row.sources),
        "stranded": "; ".join(
            f"{_counts_text([s.count])} ({s.source or 'unknown outlet'})" for s in row.stranded
        ),
        "lat": row.lat,
        "lon": row.lon,
        # a crossing the gazetteer lacks: "false", its id, and the names as written
        "curated": "true" if row.curated else "false",
        "crossing_id": row.crossing_id,
        "names_seen": "; ".join(dict.fromkeys(s.name for s in row.seen)),
    }


def events_csv(events: Iterable[query.StoredEvent]) -> Iterator[str]:
    return _csv(EVENT_COLUMNS, (event_row(e) for e in events))


def status_csv(rows: Iterable[query.BoardRow]) -> Iterator[str]:
    return _csv(STATUS_COLUMNS, (status_row(r) for r in rows))


def events_jsonl(events: Iterable[query.StoredEvent]) -> Iterator[str]:
    for se in events:
        yield json.dumps(query.stored_event_to_json(se), ensure_ascii=False) + "\n"


def status_geojson(rows: Iterable[query.BoardRow]) -> Iterator[str]:
    """A FeatureCollection of crossings with their status; no position: null geometry."""
    yield '{"type": "FeatureCollection", "features": ['
    for index, row in enumerate(rows):
        geometry = (
            {"type": "Point", "coordinates": [row.lon, row.lat]}
            if row.lat is not None and row.lon is not None
            else None
        )
        feature = {
            "type": "Feature",
            "id": row.crossing,
            "geometry": geometry,
            "properties": query.board_row_to_json(row),
        }
        yield ("," if index else "") + "\n" + json.dumps(feature, ensure_ascii=False)
    yield "\n]}\n"


def export(store: Store, r: ExportRequest) -> Iterator[str]:
    """The chunks of one export: GeoJSON is crossings, JSON Lines events, CSV either."""
    if r.format == "geojson":
        return status_geojson(_board(store, r))
    if r.format == "jsonl":
        return events_jsonl(_events(store, r))
    if r.table == "status":
        return status_csv(_board(store, r))
    return events_csv(_events(store, r))


def _board(store: Store, r: ExportRequest) -> list[query.BoardRow]:
    """Crossings for geojson/status exports: every gazetteer row, with its status."""
    return query.board(store, r.at, r.selection.countries, include_unknown=r.format == "geojson")
