"""Rounds of polls: every feed of the list, then a pause, until stopped.

``run_rounds`` polls each feed in turn (``Follower.poll``), hands each
poll's report to ``report`` (the CLI's log line) and each round's reports to
``after_round`` (the webhook check), then waits ``every`` seconds from the
round's start, or stops after one round (``once``).  ``StopFlag`` is what a
signal handler sets: the loop ends between entries and cuts any wait short.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence

from borderwatch.errors import InputError
from borderwatch.follow.poll import Follower, PollReport, Stopped

__all__ = ["ROBOTS_MAX_AGE", "StopFlag", "read_feed_list", "run_rounds"]

#: Seconds a site's robots.txt is trusted before it is read again (RFC 9309
#: asks crawlers not to cache it for more than 24 hours).
ROBOTS_MAX_AGE = 24 * 3600.0
#: Longest single sleep while waiting, so that a stop is seen at once.
_SLICE = 0.1
_URL_LINE = re.compile(r"https?://\S+\Z", re.IGNORECASE)


class StopFlag:
    """Set once (by a signal handler); waits end early when it is."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> None:
        """Sleep ``seconds``; raise ``Stopped`` as soon as the flag is set."""
        end = time.monotonic() + seconds
        while not self._event.is_set():
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(_SLICE, left))  # short sleeps: a handler runs between them
        raise Stopped


def read_feed_list(path: str) -> tuple[str, ...]:
    """The feed addresses listed in the file at ``path``, one a line, without
    repeats; blank lines and ``#`` comments are skipped.  ``InputError`` for a
    file that cannot be read, a line that is no http(s) address, or no feed."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the list of feeds {path}: {exc}") from None
    feeds: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip().removeprefix("\ufeff")
        if not line or line.startswith("#"):
            continue
        if not _URL_LINE.match(line):
            raise InputError(f"{path}:{number}: not an http(s) address: {line[:80]!r}")
        if line not in feeds:
            feeds.append(line)
    if not feeds:
        raise InputError(f"{path} lists no feed")
    return tuple(feeds)


def run_rounds(
    follower: Follower,
    feeds: Sequence[str],
    *,
    every: float,
    once: bool,
    stop: StopFlag,
    report: Callable[[PollReport], None],
    after_round: Callable[[list[PollReport]], None] | None = None,
) -> list[PollReport]:
    """Poll ``feeds`` round after round until ``stop`` (or one round, ``once``);
    the reports of the last round."""
    follower.should_stop = stop.is_set
    robots_read = time.monotonic()
    reports: list[PollReport] = []
    while not stop.is_set():
        started = time.monotonic()
        if started - robots_read > ROBOTS_MAX_AGE:
            follower.fetcher.forget_robots()
            robots_read = started
        reports = []
        for url in feeds:
            if stop.is_set():
                break
            done = follower.poll(url)
            reports.append(done)
            report(done)
        if after_round is not None:
            after_round(reports)
        if once:
            break
        try:
            stop.wait(max(0.0, started + every - time.monotonic()))
        except Stopped:
            break
    return reports
