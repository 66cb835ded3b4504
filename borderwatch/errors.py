"""The exception tree.  Each error knows its exit code and its HTTP status.

Only the pipeline turns a per-document error into a counted skip with a
reason; the CLI turns errors into a message and an exit code; the web app
turns them into an HTTP response.
"""

from __future__ import annotations


class BorderwatchError(Exception):
    """Base of every error borderwatch raises on purpose."""

    exit_code: int = 1
    http_status: int = 500
    code: str = "E000"


class InputError(BorderwatchError):
    """An input cannot be read: missing, binary, empty, undecodable, too large."""

    exit_code = 2
    http_status = 400
    code = "E100"


class UnsupportedInput(InputError):
    """An input whose format borderwatch does not read."""

    code = "E101"


class DecodeError(InputError):
    """Bytes that are not text in any encoding we could establish."""

    code = "E102"


class EmptyInput(InputError):
    """An input with no article text in it."""

    code = "E103"


class InputTooLarge(InputError):
    """An input larger than ``Settings.max_bytes``."""

    code = "E104"


class InputTooDeep(InputError):
    """A JSON Lines record nested deeper than ``Settings.max_depth``."""

    code = "E105"


class InputTooSlow(InputError):
    """An input whose reading took longer than ``Settings.max_seconds``."""

    http_status = 422
    code = "E106"


class ExtractionError(BorderwatchError):
    """A page that could be read but from which no article text came out."""

    exit_code = 2
    http_status = 422
    code = "E200"


class StoreError(BorderwatchError):
    """The store cannot be opened, migrated or written."""

    exit_code = 3
    http_status = 503
    code = "E300"


class UnknownStore(StoreError):
    """A ``--store`` URL whose scheme no backend handles."""

    code = "E301"


class NotFound(BorderwatchError):
    """A crossing, article or event that does not exist."""

    exit_code = 4
    http_status = 404
    code = "E400"


class GoldFileError(BorderwatchError):
    """A gold file for ``borderwatch eval`` that is not valid."""

    exit_code = 2
    http_status = 400
    code = "E500"


class FetchError(InputError):
    """A URL or feed that could not be fetched.

    ``temporary`` when trying again later may work (a timeout, a connection
    refused or dropped, HTTP 429 or 503); ``retry_after`` is the wait in
    seconds the server asked for (``Retry-After``), when it said.
    """

    code = "E110"

    def __init__(
        self, message: str, *, temporary: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.temporary = temporary
        self.retry_after = retry_after


class ForbiddenAddress(FetchError):
    """A loopback or private address asked for without ``--allow-private``."""

    code = "E111"


# --- the web edge (borderwatch serve) and alerts --------------------------


class WriteForbidden(BorderwatchError):
    """A write to a server started without ``--token``: serving is read-only."""

    exit_code = 2
    http_status = 403
    code = "E610"


class BadToken(BorderwatchError):
    """A write without the right ``Authorization: Bearer`` token."""

    exit_code = 2
    http_status = 401
    code = "E611"


class BodyTooLarge(InputTooLarge):
    """A request body over the server's limit (``create_app(max_body=...)``)."""

    http_status = 413
    code = "E612"


class BadBaseUrl(BorderwatchError):
    """A ``serve --base-url`` (or ``BORDERWATCH_BASE_URL``) that is no http(s) address."""

    exit_code = 2
    code = "E613"


class WebhookError(BorderwatchError):
    """A webhook POST that failed (refused, timed out, or not answered with 2xx)."""

    exit_code = 5
    http_status = 502
    code = "E620"


class WorkCancelled(BorderwatchError):
    """Work stopped because no client waits for it any more (``borderwatch.cancel``).

    Its client is gone, so no one reads the status; 499 is the code servers
    log for a request its client closed.
    """

    http_status = 499
    code = "E640"


class ServerStartError(BorderwatchError):
    """The loopback server did not start in time."""

    code = "E630"


def expected_error_names() -> frozenset[str]:
    """The names of every error borderwatch raises on purpose.

    An input's ``error`` starts with its exception's name; any other name
    there is an unexpected failure (a bug, or a library's own limit), which
    the run counts apart.
    """
    names: set[str] = set()
    todo: list[type[BorderwatchError]] = [BorderwatchError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return frozenset(names)
