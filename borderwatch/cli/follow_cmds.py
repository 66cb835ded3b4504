"""``borderwatch follow FEEDS.txt``: poll feeds and store what is new.

A thin layer over ``borderwatch.follow``: it reads the options, builds the
fetcher, the analyser and the follower once, turns SIGTERM and SIGINT into
a stop between entries, prints one line per poll on standard error, and
posts status changes to ``--webhook`` after each round that stored news.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

import click

from borderwatch.cli.options import (
    library_errors,
    opened_store,
    refuse_unless,
    store_option,
    verbose_option,
)
from borderwatch.cli.store_cmds import ALL_FAILED_EXIT, UNEXPECTED_EXIT, allow_private_option

if TYPE_CHECKING:
    from borderwatch.follow.loop import StopFlag
    from borderwatch.follow.poll import PollReport
    from borderwatch.store import Store

#: Seconds between two requests to one host, by default: one a second is
#: the usual courtesy of crawlers that a site has not asked to slow down.
DEFAULT_HOST_INTERVAL = 1.0
#: Signals that ask ``follow`` to stop (a service manager's, and Ctrl-C).
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _interval(_ctx: click.Context, param: click.Parameter, value: str) -> float:
    from borderwatch.follow.retry import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param=param) from None


def _exit_code(reports: list[PollReport]) -> int:
    """70 if anything failed unexpectedly, 2 if a feed or an entry failed, else 0."""
    if any(r.unexpected for r in reports):
        return UNEXPECTED_EXIT
    if any(not r.ok for r in reports):
        return ALL_FAILED_EXIT
    return 0


@click.command()
@click.argument("feeds_file", metavar="FEEDS.txt", type=click.Path(dir_okay=False))
@click.option(
    "--every",
    default="10m",
    show_default=True,
    callback=_interval,
    metavar="DURATION",
    help="Time from one round of polls to the next: 30s, 10m, 1h.",
)
@click.option(
    "--once",
    is_flag=True,
    help="Poll every feed once and exit: 0 if nothing failed, 2 if a feed or an entry "
    "failed, 70 if one failed unexpectedly.",
)
@store_option
@allow_private_option
@click.option(
    "--host-interval",
    type=click.FloatRange(min=0),
    default=DEFAULT_HOST_INTERVAL,
    show_default=True,
    metavar="SECONDS",
    help="Least time between two requests to one host.",
)
@click.option(
    "--tries",
    type=click.IntRange(min=1),
    metavar="N",
    default=4,
    show_default=True,
    help="Tries of a fetch that timed out, lost its connection or was answered 429 or "
    "503, with exponential backoff and jitter (a Retry-After is honoured, up to 5 minutes).",
)
@click.option("--webhook", metavar="URL", help="POST a JSON message to URL when a status changes.")
@click.option("--base-url", metavar="URL", help="Public address of `serve`, for webhook links.")
@verbose_option
def follow(
    feeds_file: str,
    every: float,
    once: bool,
    store_url: str | None,
    allow_private: bool,
    host_interval: float,
    tries: int,
    webhook: str | None,
    base_url: str | None,
) -> None:
    """Poll the feeds listed in FEEDS.txt (one address a line) and store new entries.

    Each poll is a conditional GET (ETag, Last-Modified); only entries not
    seen before are fetched, read and stored, as `ingest` does.  What was
    seen lives in the store, so the command can be stopped (SIGTERM stops
    between entries) or killed and started again without missing or
    repeating an entry.  One line per poll on standard error says what was
    new, stored and failed, and why.
    """
    from borderwatch.config import Settings
    from borderwatch.follow.loop import StopFlag, read_feed_list, run_rounds
    from borderwatch.follow.poll import Follower
    from borderwatch.follow.retry import RetryPolicy
    from borderwatch.ingest.fetch import Fetcher, FetchOptions
    from borderwatch.pipeline import build_analyzer

    refuse_unless(not once, "every", "does not apply with --once (one round)")
    refuse_unless(
        webhook is not None, "base_url", "applies only with --webhook (the links of its messages)"
    )
    settings = Settings()
    stop = StopFlag()
    with library_errors(), opened_store(store_url) as store:
        feeds = read_feed_list(feeds_file)
        fetcher = Fetcher(
            FetchOptions(
                allow_private=allow_private or settings.allow_private,
                max_bytes=settings.fetch_max_bytes,
                timeout=settings.fetch_timeout,
                min_interval=host_interval,
            )
        )
        follower = Follower(
            store,
            fetcher,
            build_analyzer(),
            policy=RetryPolicy(tries=tries),
            wait=stop.wait,
            max_seconds=settings.max_seconds,
        )
        after_round = _webhook_check(store, webhook, base_url) if webhook else None
        click.echo(
            f"following {len(feeds)} feed(s) "
            + ("once" if once else f"every {every:g} s")
            + f" into {store.url}",
            err=True,
        )
        with _stop_on_signals(stop):
            reports = run_rounds(
                follower,
                feeds,
                every=every,
                once=once,
                stop=stop,
                report=lambda r: click.echo(r.line(), err=True),
                after_round=after_round,
            )
    if stop.is_set():
        click.echo("stopped", err=True)
        return
    raise SystemExit(_exit_code(reports))


def _webhook_check(
    store: Store, webhook: str, base_url: str | None
) -> Callable[[list[PollReport]], None]:
    """After each round that stored news, post the status changes (``alerts``)."""
    from borderwatch.alerts import StatusWatcher, alert_message

    watcher = StatusWatcher(store, webhook, base_url=base_url)
    watcher.check()  # the board before following: the baseline

    def check(reports: list[PollReport]) -> None:
        if any(r.stored for r in reports):
            for alert in watcher.check():
                click.echo(alert_message(alert, base_url)["text"])

    return check


@contextmanager
def _stop_on_signals(stop: StopFlag) -> Iterator[None]:
    """SIGTERM and SIGINT set ``stop`` (the run ends between entries); a second
    one ends the process at once, which the state kept in the store allows."""

    def handle(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set():
            raise SystemExit(128 + signum)
        stop.set()
        click.echo(f"{signal.Signals(signum).name}: stopping after this entry", err=True)

    previous = {signum: signal.signal(signum, handle) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


COMMANDS: tuple[click.Command, ...] = (follow,)
