"""The board kept up to date at ingest: one stored row per place.

Recomputing the board reads every stored event, so its cost grows with the
store.  Instead every save, in its own transaction, recomputes the rows of
the places it touched (``keep_after_save``) and stores each in
``board_state``; reading the board then reads one row per place
(``kept_board``).  A stored row is the very ``board_row`` the full
computation (``store.board.gather``) gives, so the two agree exactly
(``tests/test_board_kept.py``); what makes that so:

- a row is computed from its place's own events, statements and readings
  and those of its border (``border:XX-YY``), which is all ``gather`` gives
  it (whole-border news counts for a crossing only where the article says
  so, ``store.timeline``);
- the crossing index (which stored names are one crossing) is rebuilt from
  ``store_names`` at each save; a row records the names and countries it
  was computed for, and a row whose identity changed (a new spelling, a
  promotion, another gazetteer) is recomputed: at the next save, or in
  memory by a reader that finds it so;
- a row holds for the days in ``[valid_from, valid_until)``: between the
  dates of its place's news around the day it was computed, nothing it
  depends on changes.  A read at a day outside (a date in the past, or
  today once a future-dated event falls due) recomputes that row, and
  when many rows are out, the whole board, from the events as before;
- a border also keeps the row a crossing with no news of its own would have
  (``inherited``), for the gazetteer's other crossings (``include_unknown``).

``BOARD_RULES`` names the rules a stored row was made with: raise it when
the status rule or the row's shape changes, and every store rebuilds its
rows when next opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

from borderwatch.asof import Known, as_of
from borderwatch.readmodels import (
    BORDER_PREFIX,
    BoardRow,
    NameSeen,
    StoredEvent,
    StrandedClaim,
)
from borderwatch.records import Casualties, Count, Event, Span
from borderwatch.store import Store
from borderwatch.store import board as b
from borderwatch.store.identity import CrossingIndex
from borderwatch.store.timeline import border_key, points_by_place, says_every_crossing

#: The version of the rules a kept row was computed with (see above).
#: 2: whole-border news no longer sets the rows of its crossings;
#: 3: rows of stories, made from the articles known by their day.
#: 4: a whole-border point that says every crossing counts for them again.
BOARD_RULES = 4
#: A read that finds more rows out of date than this recomputes the whole
#: board in one pass instead of place by place.
PLACE_BY_PLACE = 8


@dataclass(frozen=True, slots=True)
class KeptRow:
    """A place's board row as stored: its status part, and when it holds."""

    place: str
    names: tuple[str, ...]
    countries: tuple[str, ...]
    row: dict[str, Any]
    inherited: dict[str, Any] | None
    valid_from: str
    valid_until: str | None

    def holds(self, names: tuple[str, ...], countries: tuple[str, ...], at: str) -> bool:
        """Whether the row is the board's for this identity on day ``at``."""
        return (
            self.names == names
            and self.countries == countries
            and self.valid_from <= at
            and (self.valid_until is None or at < self.valid_until)
        )


# --- rows <-> JSON ---------------------------------------------------------


def _span(data: dict[str, Any]) -> Span:
    return Span(int(data["start"]), int(data["end"]), str(data["text"]))


def _event(data: dict[str, Any]) -> Event:
    casualties = data["casualties"]
    return Event(
        type=data["type"],
        crossing=data["crossing"],
        countries=tuple(data["countries"]),
        evidence=_span(data["evidence"]),
        date=data["date"],
        date_text=data["date_text"],
        actor=data["actor"],
        reason=data["reason"],
        counts=tuple(Count(**c) for c in data["counts"]),
        casualties=None if casualties is None else Casualties(**casualties),
    )


def _stored_event(data: dict[str, Any]) -> StoredEvent:
    return StoredEvent(**{**data, "event": _event(data["event"])})


def _stranded(data: dict[str, Any]) -> StrandedClaim:
    return StrandedClaim(
        count=Count(**data["count"]),
        source=data["source"],
        article_id=data["article_id"],
        date=data["date"],
        evidence=_span(data["evidence"]),
    )


def encode_row(row: BoardRow) -> dict[str, Any]:
    """The part of a board row its place's news decides, as JSON."""
    return {
        "status": row.status,
        "since": row.since,
        "last_event": None if row.last_event is None else asdict(row.last_event),
        "sources": list(row.sources),
        "last_confirmed": row.last_confirmed,
        "stranded": [asdict(c) for c in row.stranded],
        "seen": [asdict(s) for s in row.seen],
    }


def decode_row(place: b.Place, data: dict[str, Any]) -> BoardRow:
    """The board row of ``place`` from its stored part."""
    last = data["last_event"]
    return BoardRow(
        crossing=place.key,
        countries=place.countries,
        status=data["status"],
        since=data["since"],
        last_event=None if last is None else _stored_event(last),
        sources=tuple(data["sources"]),
        last_confirmed=data["last_confirmed"],
        stranded=tuple(_stranded(c) for c in data["stranded"]),
        lat=place.lat,
        lon=place.lon,
        curated=place.curated,
        crossing_id=place.crossing_id,
        seen=tuple(NameSeen(**s) for s in data["seen"]),
    )


# --- computing rows ----------------------------------------------------------


def identity_of(index: CrossingIndex, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names and countries a place's row depends on."""
    if key.startswith(BORDER_PREFIX):
        return (key,), b.place_for(key).countries
    return index.names_of(key), b.place_for(key, index=index).countries


def validity(dates: Iterable[str], day: str) -> tuple[str, str | None]:
    """The days around ``day`` on which the same news is known and in force,
    given every day on which something the row depends on happens or becomes
    known."""
    days = set(dates)
    before = [d for d in days if d <= day]
    after = [d for d in days if d > day]
    return (max(before) if before else "", min(after) if after else None)


def compute_place(store: Store, index: CrossingIndex, key: str, day: str) -> KeptRow:
    """One place's kept row at ``day``, reading only its own news and its border's.

    The row is made from the articles known by ``day`` (``borderwatch.asof``);
    it holds until the next day on which an event falls due or an article
    becomes known, and from the day the place was first written of
    (``first_known``, kept in the row: before it, the place is not on the board).
    """
    names, countries = identity_of(index, key)
    place = b.place_for(key, index=index)
    if not key.startswith(BORDER_PREFIX):
        places = {key: place}
        b.with_sightings(store, index, places)
        place = places[key]
    border = () if key.startswith(BORDER_PREFIX) or not countries else (border_key(countries),)
    wanted = (*names, *border)
    events = [b.relabel_event(index, se) for se in store.events(places=wanted).items]
    claims = [b.relabel_claim(index, sc) for sc in store.claims(places=wanted)]
    published = [b.relabel_published(index, p) for p in store.published_statuses(places=wanted)]
    crossings = {key: countries} if border else {}
    first = b.first_known_by_key(store, index, names).get(key, "")
    everything = points_by_place(events, claims, crossings, published).get(key, [])
    items: list[Known] = [*events, *claims, *published, *place.seen]
    dates = {
        first,
        *(p.date for p in everything),
        *(se.effective_date or "" for se in events if se.event.place == key),
        *(i.known_on[:10] for i in items if i.known_on),
    }
    events, claims, published = as_of(events, day), as_of(claims, day), as_of(published, day)
    points = points_by_place(events, claims, crossings, published).get(key, [])
    own = [se for se in events if se.event.place == key]
    shown = replace(place, seen=tuple(as_of(place.seen, day)))
    inherited = None
    if key.startswith(BORDER_PREFIX):
        every = [p for p in points if says_every_crossing(p)]  # "its entire border"
        inherited = encode_row(b.board_row(b.Place(key, place.countries), every, [], day))
    valid_from, valid_until = validity(dates, day)
    row = {**encode_row(b.board_row(shown, points, own, day)), "first_known": first}
    return KeptRow(key, names, place.countries, row, inherited, valid_from, valid_until)


def visible(row: KeptRow, at: str) -> bool:
    """Whether the kept row's place had been written of by day ``at``."""
    return str(row.row.get("first_known", "")) <= at


def compute_all(store: Store, day: str) -> list[KeptRow]:
    """Every place's kept row (a rebuild), place by place."""
    index = b.crossing_index(store)
    return [compute_place(store, index, key, day) for key in board_keys(index, store.name_pairs())]


def board_keys(index: CrossingIndex, names: Iterable[str]) -> list[str]:
    """The board's places, in the order ``gather`` makes them."""
    return list(dict.fromkeys(index.key(name) for name in sorted(names)))


def keep_after_save(store: Store, touched: set[str], day: str) -> None:
    """Recompute, inside the save's transaction, the rows its article changed.

    Those are the places it names, every crossing of a border it names, and
    any row whose crossing identity changed or whose days ran out.
    """
    index = b.crossing_index(store)
    keys = board_keys(index, store.name_pairs())
    kept = {k.place: k for k in store.kept_rows(signatures_only=True)}
    wanted = {index.key(name) for name in touched}
    borders = {name for name in touched if name.startswith(BORDER_PREFIX)}
    for key in keys:
        names, countries = identity_of(index, key)
        row = kept.get(key)
        if (
            row is None
            or not row.holds(names, countries, day)
            or (borders and border_key(countries) in borders)
        ):
            wanted.add(key)
    gone = [key for key in kept if key not in set(keys)]
    store.write_kept_rows([compute_place(store, index, key, day) for key in keys if key in wanted],
                          gone)  # fmt: skip


def rebuild(store: Store, day: str) -> None:
    """Every row anew (a store made before rows were kept, or with older rules)."""
    rows = compute_all(store, day)
    store.write_kept_rows(rows, [k.place for k in store.kept_rows(signatures_only=True)],
                          rules=BOARD_RULES)  # fmt: skip


def kept_board(store: Store, at: str, every_crossing: bool = False) -> list[BoardRow]:
    """The board at ``at``, from the kept rows; rows that do not hold are recomputed."""
    index = b.crossing_index(store)
    keys = board_keys(index, store.name_pairs())
    kept = {k.place: k for k in store.kept_rows()}
    places = {key: b.place_for(key, index=index) for key in keys}
    rows: dict[str, BoardRow] = {}
    stale: list[str] = []
    for key, place in places.items():
        names, countries = identity_of(index, key)
        row = kept.get(key)
        if row is not None and row.holds(names, countries, at):
            if visible(row, at):
                rows[key] = decode_row(place, row.row)
        else:
            stale.append(key)
    extra: dict[str, b.Place] = {}
    if every_crossing:
        from borderwatch.gazetteer import load_gazetteer

        for crossing in load_gazetteer().crossings:
            if crossing.name not in places and crossing.name not in extra:
                extra[crossing.name] = b.place_for(crossing.name)
        for key, place in extra.items():
            border = kept.get(border_key(place.countries))
            if border is None or (border.holds(border.names, border.countries, at)
                                  and not visible(border, at)):  # fmt: skip
                rows[key] = b.board_row(place, [], [], at)
            elif border.inherited is not None and border.holds(border.names, border.countries, at):
                rows[key] = decode_row(place, border.inherited)
            else:
                stale.append(key)
    if stale:
        rows.update(_recomputed(store, index, stale, at, every_crossing))
    return [rows[key] for key in (*places, *extra) if key in rows]


def _recomputed(
    store: Store, index: CrossingIndex, keys: list[str], at: str, every_crossing: bool
) -> dict[str, BoardRow]:
    """The rows of ``keys`` at ``at``, from the stored news (place by place, or
    all at once); a place not yet written of at ``at`` has none."""
    if len(keys) <= PLACE_BY_PLACE and not every_crossing:
        computed = {key: compute_place(store, index, key, at) for key in keys}
        return {
            key: decode_row(b.place_for(key, index=index), row.row)
            for key, row in computed.items()
            if visible(row, at)
        }
    places, points, events = b.gather(store, every_crossing=every_crossing, at=at)
    return {
        key: b.board_row(places[key], points.get(key, []), events.get(key, []), at)
        for key in keys
        if key in places
    }
