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
   never more than ``max_bytes``; the whole fetch has ``timeout`` seconds.

Every refusal or failure raises a ``FetchError`` (``ForbiddenAddress``,
``InputTooLarge``) whose message names the address and the reason.  The
standard library's ``http.client`` does the HTTP: no proxies from the
environment, no cookies, no compression (``Accept-Encoding: identity``).
"""

from __future__ import annotations

import datetime
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


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as fetched: its final address (after redirects), bytes and type."""

    url: str
    data: bytes
    content_type: ContentType
    fetched: str  # when, ISO 8601 in UTC


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

    def fetch(self, url: str) -> Fetched:
        """The page at ``url``, after at most ``max_redirects`` redirects."""
        deadline = time.monotonic() + self.options.timeout
        final_url, answer = self._follow(url, deadline, self.options.max_bytes, check_robots=True)
        if answer.status in (204, 205) or not 200 <= answer.status < 300:
            raise FetchError(_status_message(final_url, answer))
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        content_type = parse_content_type(answer.headers.get("Content-Type"))
        return Fetched(final_url, answer.data, content_type, now.replace("+00:00", "Z"))

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        """(status, body) of a robots.txt; its own redirects followed, never its robots."""
        deadline = time.monotonic() + self.options.timeout
        _, answer = self._follow(url, deadline, RobotsCache.MAX_BYTES, check_robots=False)
        return answer.status, answer.data

    def _follow(
        self, url: str, deadline: float, max_bytes: int, *, check_robots: bool
    ) -> tuple[str, _Answer]:
        for _ in range(self.options.max_redirects + 1):
            if check_robots and self.options.robots:
                refusal = self._robots.refusal(url)
                if refusal is not None:
                    raise FetchError(refusal)
            answer = self._get(url, deadline, max_bytes)
            if answer.status not in REDIRECTS:
                return url, answer
            location = answer.headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {answer.status} from {url} without a Location")
            url = urljoin(url, location.strip())
        raise FetchError(f"more than {self.options.max_redirects} redirects, last to {url}")

    def _get(self, url: str, deadline: float, max_bytes: int) -> _Answer:
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
                conn.request("GET", path, headers=self._headers())
                response = conn.getresponse()
                if not 200 <= response.status < 300:  # a redirect or an error: no body
                    return _Answer(response.status, response.reason, response.headers, b"")
                _check_answer(url, response, max_bytes)
                data = _read_body(url, sock, response, deadline, max_bytes)
                return _Answer(response.status, response.reason, response.headers, data)
            finally:
                conn.close()
        except TimeoutError:
            raise FetchError(f"{url} took longer than {self.options.timeout:g} seconds") from None
        except ssl.SSLError as exc:
            raise FetchError(f"TLS failed for {url}: {exc.reason or exc}") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from None

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
