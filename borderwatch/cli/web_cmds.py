"""Commands that serve and hand out the store: ``serve``, ``export``, ``watch``.

FastAPI, uvicorn and the read models are imported inside the commands so
that ``borderwatch --help`` stays fast.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from borderwatch.cli.options import (
    check_port_free,
    iso_date,
    library_errors,
    opened_store,
    refuse_unless,
    store_option,
    store_url_or_default,
)

#: ``serve``'s defaults: loopback only, unless the operator says otherwise.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: Seconds between two webhook checks (``serve --webhook``, ``watch``).
DEFAULT_EVERY_S = 60.0
#: Seconds ``serve`` gives requests in progress to finish after SIGTERM or
#: Ctrl-C before it closes their connections and exits.
GRACEFUL_SHUTDOWN_S = 3
#: Hosts that only this machine can reach.
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


def default_watch_state() -> Path:
    """Where ``watch`` remembers the board it saw last, beside the default store."""
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "borderwatch" / "watch-state.json"


webhook_help = "POST a JSON message to URL whenever a crossing's status changes."
every_option = click.option(
    "--every",
    type=click.FloatRange(min=1.0),
    default=DEFAULT_EVERY_S,
    show_default=True,
    metavar="SECONDS",
    help="Seconds between two checks of the board for the webhook.",
)


@click.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int, help="Port.")
@store_option
@click.option("--webhook", metavar="URL", help=webhook_help)
@every_option
@click.option(
    "--token",
    envvar="BORDERWATCH_TOKEN",
    metavar="TOKEN",
    help="Bearer token that allows POST /api/ingest (also $BORDERWATCH_TOKEN); "
    "without it the server is read-only.",
)
@click.option(
    "--base-url",
    envvar="BORDERWATCH_BASE_URL",
    metavar="URL",
    help="Public address (also $BORDERWATCH_BASE_URL; default http://HOST:PORT): every "
    "absolute link (feeds, redirects, webhook messages) starts with it, never with the "
    "request's Host header.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Server processes (use the machine's cores); more than 1 excludes --webhook.",
)
def serve(
    host: str,
    port: int,
    store_url: str | None,
    webhook: str | None,
    every: float,
    token: str | None,
    base_url: str | None,
    workers: int,
) -> None:
    """Serve the board (map, table, timelines), the JSON API and the feeds.

    Open http://HOST:PORT/ in a browser; everything (map included) is served
    by the app itself and works offline.  The API schema is /openapi.json.
    """
    import os

    import uvicorn

    from borderwatch.config import BASE_URL_ENV, STORE_ENV, default_base_url
    from borderwatch.web.app import TOKEN_ENV, create_app
    from borderwatch.web.security import check_base_url

    try:
        base_url = check_base_url(base_url or default_base_url(host, port))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base-url") from None
    if workers > 1 and webhook:
        raise click.UsageError("--webhook needs --workers 1 (every worker would post)")
    refuse_unless(
        webhook is not None, "every", "applies only with --webhook (how often it checks the board)"
    )
    check_port_free(host, port)  # one line, not a server traceback
    if workers > 1:
        os.environ[STORE_ENV] = store_url_or_default(store_url)
        os.environ[BASE_URL_ENV] = base_url
        if token:
            os.environ[TOKEN_ENV] = token
        click.echo(f"borderwatch: http://{host}:{port}/ ({workers} workers)", err=True)
        uvicorn.run(
            "borderwatch.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
            server_header=False,
            timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        )
        return
    with library_errors():
        app = create_app(
            store_url_or_default(store_url),
            webhook=webhook,
            token=token,
            watch_every=every,
            base_url=base_url,
        )
    if host not in LOOPBACK_HOSTS:
        click.echo(f"note: listening on {host}, reachable from other machines", err=True)
    click.echo(f"borderwatch: http://{host}:{port}/", err=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "geojson", "jsonl"]),
    required=True,
    help="csv: events (or the board, --table status); geojson: crossings with "
    "their status; jsonl: events, one JSON object a line.",
)
@click.option(
    "--table",
    type=click.Choice(["events", "status"]),
    default="events",
    show_default=True,
    help="What a CSV holds: the events, or the status board.",
)
@store_option
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: standard output).",
)  # noqa: E501
@click.option(
    "--at",
    callback=iso_date,
    metavar="DATE",
    help="Status as of DATE (geojson, status); events: only articles published by DATE.",
)
@click.option("--crossing", metavar="NAME", help="Only this crossing's events (any spelling).")
@click.option("--since", callback=iso_date, metavar="DATE", help="Events on or after DATE.")
@click.option("--until", callback=iso_date, metavar="DATE", help="Events on or before DATE.")
@click.option("--type", "etype", metavar="TYPE", help="Only events of this type.")
@click.option("--countries", metavar="XX-YY", help="Only this country pair (AF-PK).")
def export(
    fmt: str,
    table: str,
    store_url: str | None,
    output: Path | None,
    at: str | None,
    crossing: str | None,
    since: str | None,
    until: str | None,
    etype: str | None,
    countries: str | None,
) -> None:
    """Write the store as CSV, GeoJSON or JSON Lines.

    An unknown crossing, type or country, or an option that does not apply
    to the format, exits 2.
    """
    from borderwatch import export as ex
    from borderwatch.cli.checks import export_request

    given = click.get_current_context().get_parameter_source("table")
    with library_errors():
        with opened_store(store_url) as store:
            request = export_request(
                store, fmt, table, at, crossing=crossing, since=since, until=until,
                etype=etype, countries=countries,
                table_given=given is click.core.ParameterSource.COMMANDLINE,
            )  # fmt: skip
            chunks = ex.export(store, request)
            if output is None:
                stdout = sys.stdout.buffer  # bytes as made: CSV keeps its CRLF
                for chunk in chunks:
                    stdout.write(chunk.encode("utf-8"))
                stdout.flush()
            else:
                with output.open("w", encoding="utf-8", newline="") as handle:
                    for chunk in chunks:
                        handle.write(chunk)


@click.command()
@click.option("--webhook", metavar="URL", required=True, help=webhook_help)
@store_option
@every_option
@click.option("--once", is_flag=True, help="Check once and exit (for cron).")
@click.option(
    "--state",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File that remembers the last board seen (default: "
    "~/.local/share/borderwatch/watch-state.json). The first check only records it.",
)
@click.option("--base-url", metavar="URL", help="Public address of `serve`, for links.")
def watch(
    webhook: str,
    store_url: str | None,
    every: float,
    once: bool,
    state: Path | None,
    base_url: str | None,
) -> None:
    """Post status changes to a webhook as ingests change the board."""
    from borderwatch.alerts import StatusWatcher, alert_message

    refuse_unless(not once, "every", "does not apply with --once (one check)")
    with library_errors():
        with opened_store(store_url) as store:
            watcher = StatusWatcher(
                store, webhook, base_url=base_url, state_path=state or default_watch_state()
            )
            while True:
                first = watcher.seen is None
                for alert in watcher.check():
                    click.echo(alert_message(alert, base_url)["text"])
                if first:
                    click.echo(f"watching {len(watcher.seen or {})} crossings", err=True)
                if once:
                    break
                time.sleep(every)
        if watcher.failed:
            raise click.ClickException(f"{watcher.failed} webhook message(s) failed")


COMMANDS: tuple[click.Command, ...] = (serve, export, watch)
