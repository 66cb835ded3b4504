"""Commands that fill and read the store: ``run``, ``ingest``, ``status``, ``events``.

A thin layer: each command calls the pipeline, ``borderwatch.store`` and
``borderwatch.query``, and turns library errors into a message and the
error's exit code.  Everything beyond click is imported inside the commands
so that ``borderwatch --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from borderwatch.cli.crossings_cmds import NOT_CURATED
from borderwatch.cli.options import (
    known_at_option,
    library_errors,
    opened_store,
    published_option,
    selection_options,
    status_at_option,
    store_option,
    store_url_or_default,
    verbose_option,
)
from borderwatch.cli.progress import expected_documents, progress_bar, progress_option, wants_bar

if TYPE_CHECKING:
    from borderwatch.query import BoardRow, StoredEvent
    from borderwatch.store import Store

#: Width of the evidence text printed under each event.
EVIDENCE_WIDTH = 88
#: ``run`` lists each event with its evidence up to this many events; past it,
#: one line per crossing (``--details`` lists them all), so that the summary
#: is not scrolled away.
RUN_DETAIL_EVENTS = 40
#: What an event without a known date shows (never the day it was read).
DATE_UNKNOWN = "date unknown"

paths_argument = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
allow_private_option = click.option(
    "--allow-private",
    is_flag=True,
    help="Fetch web addresses on loopback and private networks too (refused by default).",
)


@dataclass
class IngestReport:
    """What an ingest did with its inputs."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # input id -> reason
    unexpected: int = 0  # failures that are no input error: bugs, libraries' limits
    article_ids: list[str] = field(default_factory=list)  # in input order, no repeats
    undated: int = 0  # articles read with no publication date (from input, page or user)

    @property
    def all_failed(self) -> bool:
        return self.read > 0 and len(self.failed) == self.read

    def line(self) -> str:
        text = (
            f"read {self.read}, stored {self.stored}, unchanged {self.unchanged}, "
            f"failed {len(self.failed)}"
        )
        if self.unexpected:
            text += f" ({self.unexpected} unexpectedly: a bug or a library's limit; see --verbose)"
        return text

    def undated_line(self) -> str | None:
        """How many articles carry no publication date, and what that means."""
        if not self.undated:
            return None
        articles = "article" if self.undated == 1 else "articles"
        return (
            f"  {self.undated} {articles} without a publication date: "
            f'"{DATE_UNKNOWN}", no status set (--published DATE gives one)'
        )


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    published: str | None,
    allow_private: bool = False,
    show_bar: bool = False,
) -> IngestReport:
    """Read, process and store every input, one transaction per document; with
    ``show_bar``, a progress bar on standard error while it runs."""
    from borderwatch.config import Settings
    from borderwatch.ingest import FetchOptions, read_inputs
    from borderwatch.pipeline import is_unexpected, process_all

    settings = Settings()
    report = IngestReport()
    raws = read_inputs(
        tuple(paths),
        max_bytes=settings.max_bytes,
        max_depth=settings.max_depth,
        stdin=sys.stdin.buffer,
        fetch=FetchOptions(
            allow_private=allow_private or settings.allow_private,
            max_bytes=settings.fetch_max_bytes,
            timeout=settings.fetch_timeout,
        ),
    )
    total = expected_documents(paths) if show_bar else None
    with progress_bar(show_bar, total) as bar:
        for result in process_all(raws, published=published, max_seconds=settings.max_seconds):
            report.read += 1
            if result.error or result.article is None:
                report.failed[result.id] = result.error or "no article"
                report.unexpected += bool(result.error and is_unexpected(result.error))
                bar.note(f"{result.id}: {report.failed[result.id]}")
            else:
                outcome = store.save(result)
                if outcome.created:
                    report.stored += 1
                else:
                    report.unchanged += 1
                if outcome.article_id not in report.article_ids:
                    report.article_ids.append(outcome.article_id)
                    report.undated += result.article.published is None
            bar.advance(
                stored=report.stored, unchanged=report.unchanged, failed=len(report.failed)
            )
    return report


def _echo_summary(report: IngestReport, where: str = "") -> None:
    click.echo(report.line() + where)
    if (undated := report.undated_line()) is not None:
        click.echo(undated)
    _echo_failures(report)


def _echo_failures(report: IngestReport) -> None:
    reasons: dict[str, int] = {}
    for reason in report.failed.values():
        kind = reason.split(":", 1)[0]
        reasons[kind] = reasons.get(kind, 0) + 1
    for kind, n in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"  failed: {kind} ({n})")


#: Exit status when every input failed (as ``extract``: an input error).
ALL_FAILED_EXIT = 2
#: Exit status when some input failed unexpectedly (a bug or a library's limit,
#: not an input error), after every other input was stored: sysexits' EX_SOFTWARE.
UNEXPECTED_EXIT = 70


def _finish(report: IngestReport) -> None:
    if report.unexpected:
        click.echo(f"Error: {report.unexpected} input(s) failed unexpectedly", err=True)
        raise SystemExit(UNEXPECTED_EXIT)
    if report.all_failed:
        click.echo(f"Error: every input failed ({report.read})", err=True)
        raise SystemExit(ALL_FAILED_EXIT)


@click.command()
@paths_argument
@published_option
@store_option
@allow_private_option
@progress_option
@verbose_option
def ingest(
    paths: tuple[str, ...],
    published: str | None,
    store_url: str | None,
    allow_private: bool,
    progress: bool | None,
) -> None:
    """Read PATH... into the store, printing what was stored.

    An input that fails is named on standard error and the run goes on.
    Exits 2 if every input failed, 70 if any failed unexpectedly (a bug or a
    library's limit, not an input error: --verbose logs the traceback).
    """
    with library_errors(), opened_store(store_url) as store:
        report = ingest_paths(store, paths, published, allow_private, wants_bar(progress))
    _echo_summary(report)
    _finish(report)


def _describe_event(se: StoredEvent) -> str:
    from borderwatch.readmodels import count_text

    ev = se.event
    parts = [se.effective_date or DATE_UNKNOWN, ev.type]
    if ev.date_text:
        parts.append(f"({ev.date_text})")
    if ev.actor:
        parts.append(f"by {ev.actor}")
    parts.extend(count_text(count) for count in ev.counts)
    if ev.casualties:
        for kind in ("killed", "wounded"):
            n = getattr(ev.casualties, kind)
            if n:
                parts.append(f"{n} {kind}")
    if ev.reason:
        parts.append(f"reason: {ev.reason}")
    return "  ".join(parts)


def _evidence_lines(se: StoredEvent) -> str:
    return textwrap.fill(
        se.event.evidence.text,
        width=EVIDENCE_WIDTH,
        initial_indent="      > ",
        subsequent_indent="        ",
    )


def _row_line(row: BoardRow) -> str:
    countries = "–".join(row.countries)
    text = f"{row.crossing} ({countries}): {row.status}"
    if not row.curated:
        text = f"{row.crossing} ({countries}) [{NOT_CURATED}]: {row.status}"
    if row.since:
        text += f" since {row.since}"
    if row.sources:
        text += f"  [{', '.join(row.sources)}]"
    return text


@click.command()
@paths_argument
@published_option
@store_option
@click.option(
    "--details",
    is_flag=True,
    help=f"List every event with its evidence (the default up to {RUN_DETAIL_EVENTS} events).",
)
@allow_private_option
@progress_option
@verbose_option
def run(
    paths: tuple[str, ...],
    published: str | None,
    store_url: str | None,
    details: bool,
    allow_private: bool,
    progress: bool | None,
) -> None:
    """Read PATH... into the store, then show the crossings, their status and the events.

    The summary (read, stored, failed, undated) comes last.  Up to
    40 events are listed with their evidence; past that, one line per
    crossing (--details lists them all).  Exits as ingest does: 2 if every
    input failed, 70 if any failed unexpectedly.
    """
    from borderwatch.query import board
    from borderwatch.store.board import crossing_index, relabel_event

    with library_errors(), opened_store(store_url) as store:
        report = ingest_paths(store, paths, published, allow_private, wants_bar(progress))
        index = crossing_index(store)  # names of one crossing count as one
        events = [
            relabel_event(index, se)
            for a in report.article_ids
            for se in store.events(article_id=a).items
        ]
        places = {se.event.place for se in events}
        for article_id in report.article_ids:
            places.update(map(index.key, store.load_result(article_id).crossings_mentioned))
        rows = [row for row in board(store) if row.crossing in places]
    detailed = details or len(events) <= RUN_DETAIL_EVENTS
    for row in rows:
        mine = sorted(
            (se for se in events if se.event.place == row.crossing),
            key=lambda se: (se.effective_date or "", se.article_id, se.seq),
        )
        if not detailed:
            click.echo(f"{_row_line(row)}  ({len(mine)} event{'' if len(mine) == 1 else 's'})")
            continue
        click.echo(_row_line(row))
        for se in mine:
            click.echo("    " + _describe_event(se))
            click.echo(_evidence_lines(se))
        click.echo("")
    if rows and not detailed:
        click.echo(
            f"{len(events)} events: `borderwatch events --crossing NAME` lists a crossing's, "
            "`run --details` all of them"
        )
    _echo_summary(report, f"  ({store_url_or_default(store_url)})")
    _finish(report)


def _dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _nothing(message: str) -> None:
    """An empty answer says so, on standard error (standard output stays data)."""
    click.echo(message, err=True)


@click.command()
@status_at_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="CC",
    help="Only crossings of this country (ISO alpha-2 or name); repeat for a pair.",
)
@click.option(
    "--all",
    "include_unknown",
    is_flag=True,
    help="Also list gazetteer crossings nothing is known about.",
)
@store_option
def status(
    at: str | None,
    as_json: bool,
    countries: tuple[str, ...],
    include_unknown: bool,
    store_url: str | None,
) -> None:
    """The status board: each crossing's status, since when, and why.

    An unknown country exits 2 naming the closest ones.
    """
    from borderwatch.cli.checks import country_codes
    from borderwatch.query import board, board_row_to_json

    codes = country_codes(countries) if countries else None
    with library_errors(), opened_store(store_url) as store:
        rows = board(store, at=at, countries=codes, include_unknown=include_unknown)
    if not rows and codes:
        _nothing(f"no crossing of {'–'.join(codes)} known yet (--all lists the gazetteer's)")
    if as_json:
        _dump([board_row_to_json(row) for row in rows])
        return
    if not rows:
        if not codes:
            click.echo("No crossing known yet: `borderwatch run PATH` reads some news.")
        return
    for row in rows:
        click.echo(_row_line(row))
        if row.last_event is not None:
            click.echo("    last: " + _describe_event(row.last_event))


@click.command()
@selection_options("events")
@known_at_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@store_option
def events(
    crossing: str | None,
    since: str | None,
    until: str | None,
    type_: str | None,
    countries: tuple[str, ...],
    at: str | None,
    as_json: bool,
    store_url: str | None,
) -> None:
    """The timeline of stored events, oldest first, with their evidence and outlet.

    With --at, the timeline as known on that day: events of articles published
    by then (undated ones: read by then), whatever was published later.  An
    unknown crossing, type or country exits 2 naming the closest ones; when
    nothing matches, standard error says so (exit 0).
    """
    from borderwatch.cli.checks import check_window, country_codes, crossing_key, event_types
    from borderwatch.query import list_events, stored_event_to_json

    types = event_types(type_)
    codes = country_codes(countries) if countries else None
    check_window(since, until)
    with library_errors(), opened_store(store_url) as store:
        place = None if crossing is None else crossing_key(store, crossing)
        page = list_events(
            store,
            crossing=place,
            since=since,
            until=until,
            type=types,
            countries=codes,
            limit=None,
            known_by=at,
        )
    if not page.items:
        filtered = place or types or codes or since or until or at
        _nothing("no events match" if filtered else "no events")
    if as_json:
        _dump([stored_event_to_json(se) for se in page.items])
        return
    for se in page.items:
        source = f"  [{se.source}]" if se.source else ""
        click.echo(f"{se.event.place}: {_describe_event(se)}{source}")
        click.echo(_evidence_lines(se))


COMMANDS: tuple[click.Command, ...] = (run, ingest, status, events)
