"""Trying a fetch again, politely: exponential backoff with jitter, bounded.

Only a failure that may pass later is tried again (``FetchError.temporary``:
a timeout, a connection refused or dropped, HTTP 429 or 503).  The wait
before try *n* (from 1) is ``base * 2**(n-1)`` seconds, capped at ``cap``,
times a random factor in [0.5, 1] (so that many clients told "later" do not
all come back at once); when the server says how long with ``Retry-After``,
that is the wait, capped at ``retry_after_cap``.  After ``tries`` tries the
last error is raised.

Waiting goes through a ``Wait`` (``StopFlag.wait`` in ``follow``), so that a
stop request ends a backoff at once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from borderwatch.errors import FetchError

__all__ = ["RetryPolicy", "parse_interval", "with_retries"]

T = TypeVar("T")
#: Sleeps ``seconds`` (and may raise to stop early).
Wait = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to try again (``follow --tries``)."""

    tries: int = 4  # in all: the first and three more
    base: float = 2.0  # seconds before the first retry (before jitter)
    cap: float = 60.0  # longest computed wait
    retry_after_cap: float = 300.0  # longest wait a server's Retry-After may ask

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait after failed try ``attempt`` (1 for the first)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.retry_after_cap)
        backoff = min(self.cap, self.base * 2 ** (attempt - 1))
        return backoff * rng.uniform(0.5, 1.0)


def with_retries(
    call: Callable[[], T],
    policy: RetryPolicy,
    wait: Wait,
    rng: random.Random | None = None,
    on_retry: Callable[[FetchError, float], None] | None = None,
) -> T:
    """``call()``, tried again on a temporary ``FetchError`` as ``policy`` says."""
    rng = rng or random.Random()
    attempt = 1
    while True:
        try:
            return call()
        except FetchError as exc:
            if not exc.temporary or attempt >= policy.tries:
                raise
            delay = policy.delay(attempt, exc.retry_after, rng)
            if on_retry is not None:
                on_retry(exc, delay)
            wait(delay)
            attempt += 1


#: ``30s``, ``10m``, ``1h``, ``1.5h``, or a bare number of seconds.
_INTERVAL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}


def parse_interval(text: str) -> float:
    """Seconds in ``30s``, ``10m`` or ``1h`` (a bare number is seconds);
    ``ValueError`` for anything else or for no time at all."""
    match = _INTERVAL.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not an interval such as 30s, 10m or 1h")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    if seconds <= 0:
        raise ValueError(f"{text!r} is no time at all")
    return seconds
