"""What a user names on the command line, checked before anything is read.

An unknown crossing, event type or country is a usage error (exit 2) that
names the closest known values (``difflib``), as the API answers a bad
parameter with a 400; a value that is known but matches nothing is no error
(the command says "no events match" and exits 0).  The gazetteer is loaded
inside the functions so that ``borderwatch --help`` stays fast.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import click

from borderwatch.records import EVENT_TYPES

if TYPE_CHECKING:
    from borderwatch.export import ExportRequest
    from borderwatch.store import Store

#: How many close matches an error names, and how alike they must be
#: (difflib's ratio; 0.6 is its default, lowered so that a one-word name finds
#: the longer canonical name that holds it).
MAX_SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.5


def close_matches(word: str, choices: Iterable[str], n: int = MAX_SUGGESTIONS) -> list[str]:
    """The choices nearest ``word`` (case ignored), best first, without repeats.

    A choice that contains the word whole ("Chaman" in "Chaman–Spin Boldak")
    comes first: difflib's ratio punishes the length of a long name.
    """
    folded: dict[str, str] = {}
    for choice in choices:
        folded.setdefault(choice.casefold(), choice)
    key = word.strip().casefold()
    if not key:
        return []
    holding = [c for k, c in folded.items() if key in k] if len(key) >= 3 else []
    holding.sort(key=len)
    alike = difflib.get_close_matches(key, list(folded), n=n, cutoff=SUGGESTION_CUTOFF)
    found = [*holding, *(folded[k] for k in alike)]
    return list(dict.fromkeys(found))[:n]


def suggestion(word: str, choices: Iterable[str]) -> str:
    """``; did you mean 'A', 'B' or 'C'?`` (empty when nothing is close)."""
    found = close_matches(word, choices)
    return f"; did you mean {_listed([repr(f) for f in found])}?" if found else ""


def _listed(items: Sequence[str]) -> str:
    """``A``, ``A or B``, ``A, B or C``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _bad(message: str, option: str) -> click.BadParameter:
    return click.BadParameter(message, param_hint=f"'{option}'")


def check_window(since: str | None, until: str | None) -> None:
    """``--since`` and ``--until`` leave at least one day between them."""
    if since and until and since > until:
        raise _bad(f"--since {since} is after --until {until}: no day is in between", "--since")


def crossing_key(store: Store, name: str, option: str = "--crossing") -> str:
    """The place key of any spelling of a crossing (or ``border:XX-YY``);
    an unknown name is a usage error naming the closest crossings."""
    from borderwatch.errors import NotFound
    from borderwatch.gazetteer import load_gazetteer
    from borderwatch.store import board

    try:
        return board.resolve_place(store, name)
    except NotFound:
        pass
    rows = load_gazetteer().crossings
    canonical = {spelling: row.name for row in rows for spelling in (row.name, *row.alt_names)}
    stored = sorted(store.places())
    found = close_matches(name, [*stored, *canonical])
    names = list(dict.fromkeys(canonical.get(f, f) for f in found))
    hint = f"; did you mean {_listed([repr(n) for n in names])}?" if names else ""
    raise _bad(f"no crossing called {name!r} in the gazetteer or the store{hint}", option)


def event_types(value: str | None, option: str = "--type") -> str | None:
    """One event type or several joined by commas; an unknown one is a usage
    error naming the closest types."""
    if value is None or not value.strip():
        return None
    types = [t.strip().casefold() for t in value.split(",") if t.strip()]
    for word in types:
        if word not in EVENT_TYPES:
            raise _bad(
                f"no event type {word!r}{suggestion(word, EVENT_TYPES)} "
                f"(types: {', '.join(EVENT_TYPES)})",
                option,
            )
    if not types:
        raise _bad(f"expected one of {', '.join(EVENT_TYPES)}", option)
    return ",".join(dict.fromkeys(types))


def country_codes(values: Iterable[str], option: str = "--country") -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 codes from codes or names ("PK", "Pakistan", "AF-PK"),
    sorted; an unknown one is a usage error naming the closest countries."""
    from borderwatch.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    codes: set[str] = set()
    for value in values:
        for word in value.replace(",", "-").split("-") if len(value) <= 5 else [value]:
            word = word.strip()
            if not word:
                continue
            if word.upper() in gazetteer.countries:
                codes.add(word.upper())
                continue
            code = gazetteer.country_code(word)
            if code is not None:
                codes.add(code)
                continue
            raise _bad(f"no country {word!r} with a land border{_country_hint(word)}", option)
    return tuple(sorted(codes))


def _country_hint(word: str) -> str:
    """Close country names, each with its code ("'Pakistan' (PK)")."""
    from borderwatch.gazetteer import load_gazetteer

    countries = load_gazetteer().countries.values()
    code_of = {name: c.code for c in countries for name in c.names}
    english = {c.code: c.names[0] for c in countries if c.names}
    found = close_matches(word, code_of, n=3 * MAX_SUGGESTIONS) if len(word) > 2 else []
    codes = list(dict.fromkeys(code_of[n] for n in found))[:MAX_SUGGESTIONS]
    if not codes:
        return " (expected an ISO 3166-1 alpha-2 code such as PK, or a country's name)"
    return f"; did you mean {_listed([f'{english.get(c, c)} ({c})' for c in codes])}?"


def export_request(
    store: Store,
    fmt: str,
    table: str,
    at: str | None,
    *,
    crossing: str | None = None,
    since: str | None = None,
    until: str | None = None,
    etype: str | None = None,
    countries: str | None = None,
    table_given: bool = False,
) -> ExportRequest:
    """``export``'s options, checked: names resolved (or refused with close
    matches), and an option that does not apply to the format refused.

    GeoJSON and the CSV board are crossings: the event filters do not apply
    to them.  JSON Lines is events: ``--table`` does not apply; ``--at``
    keeps what articles published by that day said.
    """
    from borderwatch.export import ExportRequest
    from borderwatch.readmodels import EventSelection

    crossings = fmt == "geojson" or (fmt == "csv" and table == "status")
    if table_given and fmt != "csv":
        raise _bad(f"applies to --format csv only ({fmt} is always {_what(fmt)})", "--table")
    if crossings:
        for option, value in (
            ("--crossing", crossing), ("--since", since), ("--until", until), ("--type", etype)
        ):  # fmt: skip
            if value is not None:
                message = f"filters events; a {fmt} export of crossings takes --at, --countries"
                raise _bad(message, option)
    check_window(since, until)
    return ExportRequest(
        format=fmt,  # type: ignore[arg-type]  # click.Choice checked it
        table=table,  # type: ignore[arg-type]
        at=at,
        selection=EventSelection(
            crossing=None if crossing is None else crossing_key(store, crossing),
            since=since,
            until=until,
            type=event_types(etype),
            countries=country_codes([countries], "--countries") if countries else None,
        ),
    )


def _what(fmt: str) -> str:
    return "crossings" if fmt == "geojson" else "events"
