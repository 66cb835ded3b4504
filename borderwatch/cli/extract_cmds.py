"""``extract`` (articles -> JSON Lines, nothing stored) and ``eval`` (score on gold)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from borderwatch.cli.options import failures_summary, published_option, verbose_option
from borderwatch.cli.progress import expected_documents, progress_bar, progress_option, wants_bar


@click.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@progress_option
@verbose_option
def extract(paths: tuple[str, ...], published: str | None, progress: bool | None) -> None:
    """Read articles and write one JSON object per article (JSON Lines).

    PATH is a plain-text page, an HTML page, a folder of them, a JSON Lines
    file, or - for standard input.  Stores nothing.  An input that fails
    still gets its line, with "error" set, and the run goes on; standard
    error ends with how many failed, and how many of those unexpectedly (a
    bug: --verbose logs the traceback).  Exits non-zero (2) only if every
    input failed.
    """
    from borderwatch.config import Settings
    from borderwatch.ingest import read_inputs
    from borderwatch.jsonshape import result_to_json
    from borderwatch.pipeline import RunStats, process_all

    settings = Settings()
    stats = RunStats()
    out = sys.stdout
    raws = read_inputs(
        paths, max_bytes=settings.max_bytes, max_depth=settings.max_depth, stdin=sys.stdin.buffer
    )
    show_bar = wants_bar(progress)
    total = expected_documents(paths) if show_bar else None
    with progress_bar(show_bar, total) as bar:
        for result in process_all(raws, published, stats, max_seconds=settings.max_seconds):
            out.write(json.dumps(result_to_json(result), ensure_ascii=False) + "\n")
            if result.error:
                bar.note(f"error: {result.id}: {result.error}")
            bar.advance(failed=stats.failed)
    out.flush()
    if stats.failed:
        click.echo(
            f"extract: {failures_summary(stats.seen, stats.failed, stats.unexpected)}", err=True
        )
    if stats.all_failed or stats.seen == 0:
        raise SystemExit(2)


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="List each article's missing and extra events.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object first.")
@progress_option
def evaluate_cmd(gold: Path, details: bool, as_json: bool, progress: bool | None) -> None:
    """Score borderwatch on a gold JSON Lines file.

    Prints per-type precision/recall, status accuracy, counts and dates;
    the last line is ``events F1 = 0.NNN``.
    """
    from borderwatch.errors import BorderwatchError
    from borderwatch.evaluate import read_gold, report_lines, score, scores_to_json
    from borderwatch.pipeline import build_analyzer, process_document

    try:
        # evaluate.evaluate, one record at a time, so that a bar can follow it
        records = list(read_gold(gold))
        analyzer = build_analyzer()
        with progress_bar(wants_bar(progress), len(records)) as bar:
            results = []
            for record in records:
                results.append(process_document(record.raw, analyzer))
                bar.advance()
        scores = score(records, results)
    except BorderwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(scores_to_json(scores)))
    for line in report_lines(scores, details=details):
        click.echo(line)


COMMANDS: tuple[click.Command, ...] = (extract, evaluate_cmd)
