"""What the store and web commands share: ``--store``, date options, errors.

``opened_store`` opens the store that ``--store`` names (else the default)
and closes it on the way out; ``library_errors`` turns a library error into
a message and the error's exit code.  Nothing heavy is imported here, so
that ``borderwatch --help`` stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from borderwatch.store import Store

F = TypeVar("F", bound=Callable[..., Any])

def selection_options(noun: str) -> Callable[[F], F]:
    """``--crossing``, ``--since``, ``--until``, ``--type`` and ``--country``:
    the options that choose which ``noun`` (events, stories) a command lists."""
    options = (
        click.option("--crossing", metavar="NAME", help="Only this crossing (any spelling)."),
        click.option(
            "--since", callback=iso_date, metavar="DATE", help=f"Only {noun} dated on or after."
        ),
        click.option(
            "--until", callback=iso_date, metavar="DATE", help=f"Only {noun} dated on or before."
        ),
        click.option(
            "--type", "type_", metavar="TYPE", help="Only these types (comma-separated)."
        ),
        click.option(
            "--country",
            "countries",
            multiple=True,
            metavar="CC",
            help=f"Only {noun} of this country (ISO alpha-2 or name); repeat for a pair.",
        ),
    )

    def add(command: F) -> F:
        for option in reversed(options):  # the first listed is the first in --help
            command = option(command)
        return command

    return add


store_option = click.option(
    "--store",
    "store_url",
    metavar="URL",
    help="sqlite:///path.db (or postgresql://...); default $BORDERWATCH_STORE, else "
    "~/.local/share/borderwatch/borderwatch.db.",
)


def _verbose(_ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("borderwatch")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    return value


verbose_option = click.option(
    "-v",
    "--verbose",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_verbose,
    help="Log more on standard error, with the traceback of each input that failed unexpectedly.",
)


def failures_summary(read: int, failed: int, unexpected: int) -> str:
    """How many inputs failed, naming the unexpected failures apart."""
    text = f"read {read}, failed {failed}"
    if unexpected:
        text += (
            f" ({unexpected} unexpectedly: not an input error but a bug or a library's "
            "limit; --verbose logs the traceback)"
        )
    return text


def store_url_or_default(value: str | None) -> str:
    """The URL given with ``--store``, else the default store's."""
    from borderwatch.config import default_store_url

    return value or default_store_url()


@contextmanager
def opened_store(url: str | None) -> Iterator[Store]:
    """The store named by ``--store`` (else the default), closed on the way out."""
    from borderwatch.store import open_store

    store = open_store(store_url_or_default(url))
    try:
        yield store
    finally:
        store.close()


def iso_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: ``YYYY-MM-DD`` to an ISO date, anything else a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param=param) from None


#: ``--at DATE`` of the commands that show a status (``status``, ``crossings``).
status_at_option = click.option(
    "--at", callback=iso_date, metavar="DATE", help="Status on this day (default today)."
)

#: ``--at DATE`` of the commands that list what articles told (``events``,
#: ``stories``): the views at a day, from the articles known by then only.
known_at_option = click.option(
    "--at",
    callback=iso_date,
    metavar="DATE",
    help="As known on this day: only articles published by then (undated: read by then).",
)


#: The word ``--published`` takes for "the day I read it" (said by the user, never assumed).
TODAY = "today"


def published_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback of ``--published``: ``YYYY-MM-DD``, or ``today`` (UTC) when
    the user says the inputs are today's news."""
    if value is not None and value.strip().casefold() == TODAY:
        from datetime import UTC, datetime

        return datetime.now(UTC).date().isoformat()
    return iso_date(ctx, param, value)


published_option = click.option(
    "--published",
    metavar="DATE",
    callback=published_date,
    help="Publication date (YYYY-MM-DD, or 'today') for inputs that carry none; "
    "without it such inputs stay undated ('date unknown').",
)


def refuse_unless(applies: bool, option: str, why: str) -> None:
    """A usage error (exit 2) when ``option`` was given on the command line or
    in its environment variable but does not apply; its default never is one.
    ``option`` is the parameter's name; ``why`` says when the option applies."""
    from click.core import ParameterSource

    ctx = click.get_current_context()
    source = ctx.get_parameter_source(option)
    if applies or source not in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT):
        return
    param = next(p for p in ctx.command.params if p.name == option)
    raise click.UsageError(f"{'/'.join(param.opts)} {why}", ctx=ctx)


@contextmanager
def library_errors() -> Iterator[None]:
    """Turn a ``BorderwatchError`` into a ``ClickException`` with its exit code."""
    from borderwatch.errors import BorderwatchError

    try:
        yield
    except BorderwatchError as exc:
        error = click.ClickException(f"{exc} [{exc.code}]")
        error.exit_code = exc.exit_code  # type: ignore[misc]  # click types it as a ClassVar
        raise error from exc


#: Exit status when ``serve`` cannot listen (port taken, address not ours):
#: sysexits' EX_UNAVAILABLE.
PORT_BUSY_EXIT = 69


def check_port_free(host: str, port: int) -> None:
    """Refuse, in one line, to serve on an address another program holds.

    Binds a socket the way the server will (address reuse on, as uvicorn
    does) and lets it go; a port with a listener, or an address that is not
    this machine's, becomes a ``ClickException`` instead of a server traceback.
    """
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        error = click.ClickException(f"cannot listen on {host}:{port}: {exc}")
        error.exit_code = PORT_BUSY_EXIT  # type: ignore[misc]
        raise error from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            import errno

            why = (
                "the port is in use (another server?); pick another with --port"
                if exc.errno == errno.EADDRINUSE
                else exc.strerror or str(exc)
            )
            error = click.ClickException(f"cannot listen on {host}:{port}: {why}")
            error.exit_code = PORT_BUSY_EXIT  # type: ignore[misc]
            raise error from None
