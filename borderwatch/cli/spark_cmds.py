"""``borderwatch spark`` and ``borderwatch load``: archives at scale.

``spark`` runs the pipeline over WARC files on Apache Spark and writes
Parquet (``borderwatch.archive.spark``); ``load`` brings that Parquet into a
store (``borderwatch.archive.load``).  pyspark and pyarrow come with the
``spark`` extra and are imported inside the commands.
"""

from __future__ import annotations

import click

from borderwatch.cli.options import (
    library_errors,
    opened_store,
    published_option,
    store_option,
    verbose_option,
)
from borderwatch.cli.store_cmds import ALL_FAILED_EXIT

#: Bytes in a mebibyte (``--split-mb``).
MIB = 1 << 20
#: What to install when pyspark or pyarrow is missing.
EXTRA_HINT = "install the spark extra: pip install 'borderwatch[spark]'"


def _require(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise click.ClickException(f"{module} is not installed: {EXTRA_HINT}")


@click.command()
@click.option(
    "--input",
    "input_",
    required=True,
    metavar="LIST",
    help="A file listing WARC paths or URIs (hdfs://, s3a://, file://...), one a line; "
    "or one WARC file, a folder of them, or a URI.",
)
@click.option(
    "--output",
    required=True,
    metavar="DIR",
    help="Folder (or URI) for the Parquet tables: articles, events, quotes, errors.",
)
@click.option(
    "--master",
    metavar="URL",
    help="Spark master (local[4], spark://host:7077, yarn...); default: what spark-submit "
    "gives, else local[*].",
)
@click.option(
    "--split-mb",
    metavar="MB",
    type=click.FloatRange(min=0.01),
    default=64.0,
    show_default=True,
    help="Cut record-compressed WARC files (on paths, not URIs) into parts of about this "
    "size, read in parallel.",
)
@click.option("--overwrite", is_flag=True, help="Replace tables already under DIR.")
@published_option
@verbose_option
def spark(
    input_: str,
    output: str,
    master: str | None,
    split_mb: float,
    overwrite: bool,
    published: str | None,
) -> None:
    """Read the WARC files in LIST on Apache Spark and write Parquet under DIR.

    Every response record goes through the same pipeline as `ingest`; a
    record that fails is a row of the errors table, counted in the summary,
    and the run goes on.  Exits 2 if every record failed.  `borderwatch
    load DIR` brings the result into a store.
    """
    _require("pyspark")
    _require("pyarrow")
    from borderwatch.archive.spark import run_spark, spark_session
    from borderwatch.config import Settings

    settings = Settings()
    with library_errors():
        session = spark_session(master)
        try:
            report = run_spark(
                session,
                input_,
                output,
                split_bytes=int(split_mb * MIB),
                max_bytes=settings.max_bytes,
                published=published,
                max_seconds=settings.max_seconds,
                overwrite=overwrite,
            )
        except Exception as exc:
            if type(exc).__name__ != "AnalysisException":
                raise
            raise click.ClickException(str(exc).splitlines()[0]) from None
        finally:
            session.stop()
    click.echo(f"{report.line()} -> {output}")
    for kind, n in report.failed.most_common():
        click.echo(f"  failed: {kind} ({n})")
    if report.all_failed:
        click.echo(f"Error: every record failed ({report.read})", err=True)
        raise SystemExit(ALL_FAILED_EXIT)


@click.command()
@click.argument("folder", metavar="DIR")
@store_option
@verbose_option
def load(folder: str, store_url: str | None) -> None:
    """Bring the Parquet that `borderwatch spark` wrote under DIR into the store.

    DIR is a folder or a URI pyarrow opens (file://, s3://, gs://, hdfs://...).

    Idempotent: an article already stored (same text) is left as it is, so
    loading twice stores nothing new and a load stopped half-way can be run
    again.
    """
    _require("pyarrow")
    from borderwatch.archive.load import load_results

    with library_errors(), opened_store(store_url) as store:
        report = load_results(store, folder)
    click.echo(report.line())


#: The commands of this module, in the order ``--help`` lists them.
COMMANDS: tuple[click.Command, ...] = (spark, load)
