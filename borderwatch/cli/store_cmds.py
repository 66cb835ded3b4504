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

from borderwatch.cli.options import (
    iso_date,
    library_errors,
    opened_store,
    store_option,
    store_url_or_default,
    verbose_option,
)

if TYPE_CHECKING:
    from borderwatch.query import BoardRow, StoredEvent
    from borderwatch.store import Store

#: Width of the evidence text printed under each event.
EVIDENCE_WIDTH = 88


published_option = click.option(
    "--published",
    metavar="DATE",
    callback=iso_date,
    help="Publication date (YYYY-MM-DD) for inputs that carry none.",
)
paths_argument = click.argument("paths", nargs=-1, required=True, metavar="PATH...")


@dataclass
class IngestReport:
    """What an ingest did with its inputs."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # input id -> reason
    unexpected: int = 0  # failures that are no input error: bugs, libraries' limits
    article_ids: list[str] = field(default_factory=list)  # in input order, no repeats

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


def ingest_paths(store: Store, paths: Sequence[str], published: str | None) -> IngestReport:
    """Read, process and store every input, one transaction per document."""
    from borderwatch.config import Settings
    from borderwatch.ingest import read_inputs
    from borderwatch.pipeline import is_unexpected, process_all

    settings = Settings()
    report = IngestReport()
    raws = read_inputs(
        tuple(paths),
        max_bytes=settings.max_bytes,
        max_depth=settings.max_depth,
        stdin=sys.stdin.buffer,
    )
    for result in process_all(raws, published=published, max_seconds=settings.max_seconds):
        report.read += 1
        if result.error or result.article is None:
            report.failed[result.id] = result.error or "no article"
            report.unexpected += bool(result.error and is_unexpected(result.error))
            click.echo(f"{result.id}: {report.failed[result.id]}", err=True)
            continue
        outcome = store.save(result)
        if outcome.created:
            report.stored += 1
        else:
            report.unchanged += 1
        if outcome.article_id not in report.article_ids:
            report.article_ids.append(outcome.article_id)
    return report


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
@verbose_option
def ingest(paths: tuple[str, ...], published: str | None, store_url: str | None) -> None:
    """Read PATH... into the store, printing what was stored.

    An input that fails is named on standard error and the run goes on.
    Exits 2 if every input failed, 70 if any failed unexpectedly (a bug or a
    library's limit, not an input error: --verbose logs the traceback).
    """
    with library_errors(), opened_store(store_url) as store:
        report = ingest_paths(store, paths, published)
    click.echo(report.line())
    _echo_failures(report)
    _finish(report)


def _describe_event(se: StoredEvent) -> str:
    ev = se.event
    parts = [se.effective_date or "undated", ev.type]
    if ev.date_text:
        parts.append(f"({ev.date_text})")
    if ev.actor:
        parts.append(f"by {ev.actor}")
    for count in ev.counts:
        words = [] if count.qualifier == "exactly" else [count.qualifier]
        if count.value is not None:
            words.append(f"{count.value:,}")
        parts.append(" ".join([*words, count.what]))
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
    if row.since:
        text += f" since {row.since}"
    if row.sources:
        text += f"  [{', '.join(row.sources)}]"
    return text


@click.command()
@paths_argument
@published_option
@store_option
@verbose_option
def run(paths: tuple[str, ...], published: str | None, store_url: str | None) -> None:
    """Read PATH... into the store, then show the crossings, their status and the events.

    Exits as ingest does: 2 if every input failed, 70 if any failed
    unexpectedly.
    """
    from borderwatch.query import board

    with library_errors(), opened_store(store_url) as store:
        report = ingest_paths(store, paths, published)
        events = [se for a in report.article_ids for se in store.events(article_id=a).items]
        places = {se.event.place for se in events}
        for article_id in report.article_ids:
            places.update(store.load_result(article_id).crossings_mentioned)
        rows = [row for row in board(store) if row.crossing in places]
    click.echo(f"{report.line()}  ({store_url_or_default(store_url)})")
    _echo_failures(report)
    for row in rows:
        click.echo("")
        click.echo(_row_line(row))
        for se in sorted(
            (se for se in events if se.event.place == row.crossing),
            key=lambda se: (se.effective_date or "", se.article_id, se.seq),
        ):
            click.echo("    " + _describe_event(se))
            click.echo(_evidence_lines(se))
    _finish(report)


def _dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command()
@click.option("--at", callback=iso_date, metavar="DATE", help="Status on this day (default today).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="CC",
    help="Only crossings of this country (ISO alpha-2); repeat for a pair.",
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
    """The status board: each crossing's status, since when, and why."""
    from borderwatch.query import board, board_row_to_json

    with library_errors(), opened_store(store_url) as store:
        rows = board(store, at=at, countries=countries or None, include_unknown=include_unknown)
    if as_json:
        _dump([board_row_to_json(row) for row in rows])
        return
    if not rows:
        click.echo("No crossing known yet: `borderwatch run PATH` reads some news.")
        return
    for row in rows:
        click.echo(_row_line(row))
        if row.last_event is not None:
            click.echo("    last: " + _describe_event(row.last_event))


@click.command()
@click.option("--crossing", metavar="NAME", help="Only this crossing (any spelling).")
@click.option("--since", callback=iso_date, metavar="DATE", help="Only events dated on or after.")
@click.option("--until", callback=iso_date, metavar="DATE", help="Only events dated on or before.")
@click.option("--type", "type_", metavar="TYPE", help="Only these types (comma-separated).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@store_option
def events(
    crossing: str | None,
    since: str | None,
    until: str | None,
    type_: str | None,
    as_json: bool,
    store_url: str | None,
) -> None:
    """The timeline of stored events, oldest first, with their evidence."""
    from borderwatch.query import list_events, stored_event_to_json

    with library_errors(), opened_store(store_url) as store:
        page = list_events(
            store, crossing=crossing, since=since, until=until, type=type_, limit=None
        )
    if as_json:
        _dump([stored_event_to_json(se) for se in page.items])
        return
    for se in page.items:
        source = f"  [{se.source}]" if se.source else ""
        click.echo(f"{se.event.place}: {_describe_event(se)}{source}")
        click.echo(_evidence_lines(se))


COMMANDS: tuple[click.Command, ...] = (run, ingest, status, events)
