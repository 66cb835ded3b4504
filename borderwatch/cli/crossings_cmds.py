"""``borderwatch crossings``: every crossing the store knows, the gazetteer's or not.

A crossing the news names but the gazetteer lacks is listed with the names
articles wrote for it and where, so that a maintainer can promote it: add
its row (``--csv`` prints one to start from) to the CSV named by
``$BORDERWATCH_CROSSINGS_EXTRA``; the store's events, statements and status
of every name of it then belong to that row, with no re-ingest
(``docs/store.md``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from borderwatch.cli.options import (
    library_errors,
    opened_store,
    refuse_unless,
    status_at_option,
    store_option,
)

if TYPE_CHECKING:
    from borderwatch.query import BoardRow

#: The mark of a crossing the news names but the gazetteer lacks.
NOT_CURATED = "not in the gazetteer"
#: The columns of ``data/crossings.csv`` (and of the extra crossings file).
CSV_COLUMNS = (
    "id", "name", "alt_names", "country_a", "country_b", "lat", "lon", "kind", "coord_source",
    "coord_precision", "source",
)  # fmt: skip


def _row_text(row: BoardRow) -> list[str]:
    mark = "" if row.curated else f" [{NOT_CURATED}]"
    since = f" since {row.since}" if row.since else ""
    where = "" if row.lat is not None else "  (no location)"
    lines = [f"{row.crossing} ({'–'.join(row.countries)}){mark}: {row.status}{since}{where}"]
    if not row.curated:
        lines.append(f"    id {row.crossing_id}")
        for seen in row.seen:
            outlet = seen.source or "unnamed outlet"
            day = f", {seen.published[:10]}" if seen.published else ""
            title = f": {seen.title}" if seen.title else ""
            lines.append(f"    seen as {seen.name!r} in {seen.article_id} ({outlet}{day}){title}")
    return lines


def _csv_row(row: BoardRow) -> dict[str, Any]:
    """A starting row of the extra crossings file for an uncurated crossing."""
    from borderwatch.gazetteer import fold_name

    names = list(dict.fromkeys(s.name for s in row.seen if s.name != row.crossing))
    a, b = (list(row.countries) + ["", ""])[:2]
    slug = "-".join(fold_name(row.crossing).split())
    return {
        "id": f"{a.lower()}-{b.lower()}-{slug}",
        "name": row.crossing,
        "alt_names": "|".join(names),
        "country_a": a,
        "country_b": b,
        "lat": "",
        "lon": "",
        "kind": "road",
        "coord_source": "none",
        "coord_precision": "unknown",
        "source": f"named in {len({s.article_id for s in row.seen})} stored article(s)",
    }


@click.command()
@click.option(
    "--uncurated", is_flag=True, help="Only crossings the news names but the gazetteer lacks."
)
@status_at_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@click.option(
    "--csv",
    "as_csv",
    is_flag=True,
    help="Print the uncurated crossings as rows of the extra crossings file "
    "($BORDERWATCH_CROSSINGS_EXTRA), to complete and add.",
)
@store_option
def crossings(
    uncurated: bool, at: str | None, as_json: bool, as_csv: bool, store_url: str | None
) -> None:
    """Every crossing in the store and its status, marking those not in the gazetteer.

    A crossing the gazetteer lacks is marked "not in the gazetteer" and
    listed with its id (country pair and normalised name) and each name as
    an article wrote it, with the article and its outlet.

    To promote one, add its row to the CSV named by $BORDERWATCH_CROSSINGS_EXTRA
    (the columns of the shipped crossings.csv; --csv prints a start): its
    stored events and status then belong to that row, with no re-ingest.
    """
    from borderwatch.query import board, board_row_to_json

    refuse_unless(not as_csv, "as_json", "does not apply with --csv (choose one)")
    refuse_unless(not as_csv, "at", "does not apply with --csv (its rows hold no status)")
    with library_errors(), opened_store(store_url) as store:
        rows = [r for r in board(store, at=at) if not r.crossing.startswith("border:")]
    if uncurated or as_csv:
        rows = [r for r in rows if not r.curated]
    if not rows:  # said on standard error, so that --json and --csv stay data
        which = "outside the gazetteer " if uncurated or as_csv else ""
        click.echo(f"no crossing {which}known " + (f"by {at}" if at else "yet"), err=True)
    if as_csv:
        import csv
        import sys

        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_row(r) for r in rows)
        return
    if as_json:
        click.echo(json.dumps([board_row_to_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo("\n".join(_row_text(row)))


COMMANDS: tuple[click.Command, ...] = (crossings,)
