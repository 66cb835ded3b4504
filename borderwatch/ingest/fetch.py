"""Fetching one web address, safely and politely.

Each fetch, hop by hop:

1. only ``http`` and ``https`` addresses are fetched;
2. the host is resolved and every address checked (``addresses``): loopback,
   private, link-local and metadata addresses are refused unless
   ``allow_private``; the connection goes to a checked address;
3. the host's ``robots.txt`` is honoured (``robots``);
4. redirects are followed, each hop checked as the first, at most
   ``max_redirects`` of them;
5. only a 2xx answer with a text, HTML or XML content type is read, and
   never more than ``max_bytes``; the whole fetch has ``timeout`` seconds;
6. requests to one host are at least ``min_interval`` seconds apart (0: no
   pause; ``follow`` sets one, robots.txt and redirects count too).

``fetch_if_changed`` is a conditional GET: it sends the ``ETag`` and
``Last-Modified`` of the last fetch back (``If-None-Match``,
``If-Modified-Since``) and returns None for a 304 Not Modified; each
``Fetched`` carries the validators it came with.

Every refusal or failure raises a ``FetchError`` (``ForbiddenAddress``,
``InputTooLarge``) whose message names the address and the reason; a
failure that may pass if tried later (a timeout, a connection refused or
dropped, HTTP 429 or 503) is ``temporary``, with the server's
``Retry-After`` in seconds when it gave one.  There are no retries here:
the caller decides (``borderwatch.follow.retry``).  The
standard library's ``http.client`` does the HTTP: no proxies from the
environment, no cookies, no compression (``Accept-Encoding: identity``).
"""

from __future__ import annotations

import datetime
import email.utils
import http.client
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from borderwatch import __version__
from borderwatch.errors import FetchError, InputTooLarge
from borderwatch.ingest.addresses import Resolver, checked_addresses, resolve_host
from borderwatch.ingest.media import ContentType, parse_content_type
from borderwatch.ingest.robots import RobotsCache

__all__ = [
    "DEFAULT_FETCH_MAX_BYTES",
    "DEFAULT_FETCH_TIMEOUT",
    "USER_AGENT",
    "FetchOptions",
    "Fetched",
    "Fetcher",
]

#: Where a site's owner reads what this client is (the ``+URL`` of the user agent).
PROJECT_URL = "https://pypi.org/project/borderwatch/"
#: Who is asking, as sites see it: name/version and where to read about it.
USER_AGENT = f"borderwatch/{__version__} (+{PROJECT_URL})"
#: Largest page fetched (``Settings.fetch_max_bytes``): news pages are well
#: under 2 MB of HTML; anything larger is not an article.
DEFAULT_FETCH_MAX_BYTES = 5_000_000
#: Seconds one fetch may take, redirects included (``Settings.fetch_timeout``).
DEFAULT_FETCH_TIMEOUT = 20.0
#: Redirects followed: enough for http -> https -> www -> canonical path.
MAX_REDIRECTS = 5
#: Answers that redirect (with a ``Location``).
REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: What is asked for, in order of preference.
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/*;q=0.8"
)
_CHUNK = 65536
#: Characters left as they are in a path or query (reserved ones and ``%``).
_PATH_SAFE = "/:@!$&'()*+,;=%~?"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How web addresses are fetched (``Settings``: ``allow_private``,
    ``fetch_max_bytes``, ``fetch_timeout``)."""

    allow_private: bool = False
    max_bytes: int = DEFAULT_FETCH_MAX_BYTES
    timeout: float = DEFAULT_FETCH_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    user_agent: str = USER_AGENT
    robots: bool = True
    min_interval: float = 0.0  # seconds between two requests to one host


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as fetched: its final address (after redirects), bytes and type."""

    url: str
    data: bytes
    content_type: ContentType
    fetched: str  # when, ISO 8601 in UTC
    etag: str | None = None  # validators for the next conditional GET
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    data: bytes


class Fetcher:
    """Fetches web addresses with one set of options; remembers each site's robots.txt."""

    def __init__(self, options: FetchOptions, resolve: Resolver = resolve_host) -> None:
        self.options = options
        self._resolve = resolve
        self._robots = RobotsCache(options.user_agent, self._robots_txt)
        self._last_request: dict[tuple[str, int], float] = {}  # (host, port) -> monotonic

    def fetch(self, url: str) -> Fetched:
        """The page at ``url``, after at most ``max_redirects`` redirects."""
        fetched = self._fetch(url, {})
        assert fetched is not None  # only a conditional request is answered 304
        return fetched

    def fetch_if_changed(
        self, url: str, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched | None:
        """The page at ``url`` unless it is unchanged since the fetch that gave
        ``etag`` / ``last_modified`` (then None: the server answered 304)."""
        conditions = {}
        if etag:
            conditions["If-None-Match"] = etag
        if last_modified:
            conditions["If-Modified-Since"] = last_modified
        return self._fetch(url, conditions)

    def forget_robots(self) -> None:
        """Read each site's robots.txt again on its next fetch (a long-running
        ``follow`` does so daily, as RFC 9309 asks of caches)."""
        self._robots = RobotsCache(self.options.user_agent, self._robots_txt)

    def _fetch(self, url: str, conditions: dict[str, str]) -> Fetched | None:
        deadline = time.monotonic() + self.options.timeout
        final_url, answer = self._follow(
            url, deadline, self.options.max_bytes, check_robots=True, conditions=conditions
        )
        if answer.status == 304 and conditions:
            return None
        if answer.status in (204, 205) or not 200 <= answer.status < 300:
            raise FetchError(
                _status_message(final_url, answer),
                temporary=answer.status in TEMPORARY_STATUSES,
                retry_after=retry_after_seconds(answer.headers.get("Retry-After")),
            )
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        content_type = parse_content_type(answer.headers.get("Content-Type"))
        return Fetched(
            final_url,
            answer.data,
            content_type,
            now.replace("+00:00", "Z"),
            etag=answer.headers.get("ETag") or None,
            last_modified=answer.headers.get("Last-Modified") or None,
        )

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        """(status, body) of a robots.txt; its own redirects followed, never its robots."""
        deadline = time.monotonic() + self.options.timeout
        _, answer = self._follow(url, deadline, RobotsCache.MAX_BYTES, check_robots=False)
        return answer.status, answer.data

    def _follow(
        self,
        url: str,
        deadline: float,
        max_bytes: int,
        *,
        check_robots: bool,
        conditions: dict[str, str] | None = None,
    ) -> tuple[str, _Answer]:
        for _ in range(self.options.max_redirects + 1):
            if check_robots and self.options.robots:
                refusal = self._robots.refusal(url)
                if refusal is not None:
                    raise FetchError(refusal)
            deadline += self._pace(url)  # a pause for politeness is no slowness of the site
            answer = self._get(url, deadline, max_bytes, conditions or {})
            if answer.status not in REDIRECTS:
                return url, answer
            location = answer.headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {answer.status} from {url} without a Location")
            url = urljoin(url, location.strip())
        raise FetchError(f"more than {self.options.max_redirects} redirects, last to {url}")

    def _get(
        self, url: str, deadline: float, max_bytes: int, conditions: dict[str, str]
    ) -> _Answer:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"only http and https addresses are fetched, not {url}")
        try:
            host, port = parts.hostname, parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"not a valid address: {url} ({exc})") from None
        if not host:
            raise FetchError(f"no host in {url}")
        addresses = checked_addresses(host, port, self.options.allow_private, self._resolve)
        path = quote(parts.path or "/", safe=_PATH_SAFE)  # an IRI's path, percent-encoded
        if parts.query:
            path += "?" + quote(parts.query, safe=_PATH_SAFE)
        try:
            conn, sock = self._connect(scheme, host, port, addresses, deadline)
            try:
                conn.request("GET", path, headers={**self._headers(), **conditions})
                response = conn.getresponse()
                if not 200 <= response.status < 300:  # a redirect or an error: no body
                    return _Answer(response.status, response.reason, response.headers, b"")
                _check_answer(url, response, max_bytes)
                data = _read_body(url, sock, response, deadline, max_bytes)
                return _Answer(response.status, response.reason, response.headers, data)
            finally:
                conn.close()
        except TimeoutError:
            raise FetchError(
                f"{url} took longer than {self.options.timeout:g} seconds", temporary=True
            ) from None
        except ssl.SSLError as exc:
            raise FetchError(f"TLS failed for {url}: {exc.reason or exc}") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(
                f"cannot fetch {url}: {type(exc).__name__}: {exc}", temporary=True
            ) from None

    def _pace(self, url: str) -> float:
        """Wait until ``min_interval`` has passed since the last request to the
        host of ``url``; the seconds waited."""
        try:
            parts = urlsplit(url)
            default = 443 if parts.scheme.lower() == "https" else 80
            key = ((parts.hostname or "").lower(), parts.port or default)
        except ValueError:
            return 0.0  # not a valid address: _get says so
        last = self._last_request.get(key)
        wait = 0.0
        if last is not None and self.options.min_interval > 0:
            wait = max(0.0, last + self.options.min_interval - time.monotonic())
            time.sleep(wait)
        self._last_request[key] = time.monotonic()
        return wait

    def _headers(self) -> dict[str, str]:
        return {
            "User-Agent": self.options.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "identity",
            "Connection": "close",
        }

    def _connect(
        self, scheme: str, host: str, port: int, addresses: list[str], deadline: float
    ) -> tuple[http.client.HTTPConnection, socket.socket]:
        """A connection to ``host`` made to one of its checked ``addresses``, and its
        socket (kept: http.client lets go of it once the answer is read to its end)."""
        error: OSError | None = None
        for address in addresses:
            try:
                sock = socket.create_connection((address, port), _left(deadline))
            except TimeoutError:
                raise
            except OSError as exc:
                error = exc
                continue
            conn: http.client.HTTPConnection
            if scheme == "https":
                context = ssl.create_default_context()
                sock = context.wrap_socket(sock, server_hostname=host)
                conn = http.client.HTTPSConnection(host, port, timeout=_left(deadline))
            else:
                conn = http.client.HTTPConnection(host, port, timeout=_left(deadline))
            conn.sock = sock  # already connected: http.client sends on it
            return conn, sock
        raise error or OSError(f"no address to connect to for {host}")


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


#: Answers that say "not now": Too Many Requests, Service Unavailable.
TEMPORARY_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header in seconds from now: delta-seconds or an HTTP
    date; None when absent or unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


def _status_message(url: str, answer: _Answer) -> str:
    """``HTTP 503 Service Unavailable from URL (retry after 120 s)``."""
    message = f"HTTP {answer.status} {answer.reason} from {url}"
    retry_after = answer.headers.get("Retry-After")
    if answer.status in (429, 503) and retry_after:
        wait = retry_after.strip()
        message += f" (retry after {wait} s)" if wait.isdigit() else f" (retry after {wait})"
    return message


def _check_answer(url: str, response: http.client.HTTPResponse, max_bytes: int) -> None:
    """Refuse before reading: a type that is not text, a declared length over the limit."""
    content_type = parse_content_type(response.headers.get("Content-Type"))
    if not content_type.is_text:
        raise FetchError(f"{url} is {content_type.type}, not text, HTML or XML")
    length = response.headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > max_bytes:
        raise InputTooLarge(f"{url} is {int(length):,} bytes, more than the limit of {max_bytes:,}")


def _read_body(
    url: str,
    sock: socket.socket,
    response: http.client.HTTPResponse,
    deadline: float,
    max_bytes: int,
) -> bytes:
    """The body, in chunks, within the size limit and the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        sock.settimeout(_left(deadline))  # the response reads from this socket
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLarge(f"{url} is larger than the limit of {max_bytes:,} bytes")
        chunks.append(chunk)
