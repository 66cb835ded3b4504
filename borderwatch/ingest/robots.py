"""robots.txt, read once per site and honoured (RFC 9309).

* a robots.txt that is found (2xx) is obeyed for the user agent's product
  token (``borderwatch``);
* none (4xx) allows everything;
* one that cannot be read (5xx, timeout, network error) disallows the whole
  site, as the RFC asks: a server in trouble is not the time to crawl it.

A refused address (``ForbiddenAddress``) is not an unreadable robots.txt: it
propagates, so that the fetch fails with the address as the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from borderwatch.errors import FetchError, ForbiddenAddress, InputTooLarge

__all__ = ["RobotsCache"]

#: robots.txt URL -> (HTTP status, body); raises FetchError when it cannot be read.
RobotsFetch = Callable[[str], tuple[int, bytes]]

#: The rules of a site whose robots.txt could not be read.
_DISALLOW_ALL = ("User-agent: *", "Disallow: /")


class RobotsCache:
    """Each site's rules, fetched on first use and kept for the cache's life."""

    #: Longest robots.txt read (the RFC's floor for what parsers must read: 500 KiB).
    MAX_BYTES = 500 * 1024

    def __init__(self, user_agent: str, fetch: RobotsFetch) -> None:
        self._token = user_agent.split("/", 1)[0]
        self._fetch = fetch
        self._rules: dict[str, tuple[RobotFileParser, str | None]] = {}

    def refusal(self, url: str) -> str | None:
        """Why the site's robots.txt does not let this client fetch ``url``, or None."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in self._rules:
            self._rules[origin] = self._read(origin + "/robots.txt")
        rules, unreadable = self._rules[origin]
        if rules.can_fetch(self._token, url):
            return None
        if unreadable:
            return f"{origin}/robots.txt could not be read ({unreadable}): the site is not fetched"
        return f"{origin}/robots.txt disallows {url}"

    def _read(self, robots_url: str) -> tuple[RobotFileParser, str | None]:
        """The rules, and why they could not be read (None when they could)."""
        rules = RobotFileParser(robots_url)
        try:
            status, body = self._fetch(robots_url)
        except ForbiddenAddress:
            raise
        except (FetchError, InputTooLarge) as exc:
            rules.parse(_DISALLOW_ALL)
            return rules, str(exc)
        if 200 <= status < 300:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        elif 400 <= status < 500:
            rules.parse([])
        else:
            rules.parse(_DISALLOW_ALL)
            return rules, f"HTTP {status}"
        return rules, None
