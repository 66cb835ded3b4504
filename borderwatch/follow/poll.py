"""One poll of one feed: what is new is read, processed and stored.

1. the feed is fetched with a conditional GET (the ETag and Last-Modified
   of its last full read, ``FollowState``); a 304 ends the poll: nothing new;
2. its entries (``ingest.feeds.parse_feed``) are compared with the entries
   seen: only those never seen (and those that failed fewer than
   ``ENTRY_TRIES`` times) are read, in the feed's order;
3. each is read as ``ingest`` reads a feed entry (its own text, else its link
   fetched), processed by ``pipeline.process_document`` and stored
   (``Store.save``, idempotent by content hash), then marked ``stored`` or
   ``failed`` with why;
4. when every entry was read, the feed's new validators are kept, so that a
   poll stopped halfway (SIGTERM, SIGKILL) reads the feed again next time
   and goes on where it stopped.

Fetches (the feed's and the links') go through the fetcher's rules
(addresses, robots.txt, limits, per-host interval) and are tried again on
temporary failures (``follow.retry``).  A stop request is honoured between
entries and during a backoff (``Stopped``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from borderwatch.errors import BorderwatchError, FetchError
from borderwatch.follow.retry import RetryPolicy, Wait, with_retries
from borderwatch.follow.state import FollowState, now_stamp
from borderwatch.ingest.feeds import FeedEntry, entry_document, looks_like_feed, parse_feed
from borderwatch.ingest.fetch import Fetched, Fetcher
from borderwatch.ingest.files import failed
from borderwatch.pipeline import Analyzer, is_unexpected, process_document
from borderwatch.store import Store

__all__ = ["ENTRY_TRIES", "Follower", "PollReport", "Stopped"]

T = TypeVar("T")

#: Polls on which an entry that failed is read again (while the feed still
#: lists it): a page can be down for an hour; one that fails three times is
#: left as failed.
ENTRY_TRIES = 3
#: Longest reason shown per failure in a poll's log line.
MAX_REASON_CHARS = 160


class Stopped(Exception):  # noqa: N818 (a request, not an error)
    """A stop was asked for (SIGTERM): the poll ends before the next entry."""


@dataclass
class PollReport:
    """What one poll of one feed did."""

    feed: str
    when: str = field(default_factory=now_stamp)
    not_modified: bool = False
    entries: int = 0  # in the feed
    new: int = 0  # not seen before (or failed before and tried again)
    stored: int = 0  # new articles
    unchanged: int = 0  # text already in the store (another feed, an earlier run)
    failed: dict[str, str] = field(default_factory=dict)  # entry -> why
    unexpected: int = 0  # failures that are no input error (a bug, a library's limit)
    error: str | None = None  # the feed itself could not be read
    stopped: bool = False  # a stop request ended the poll early

    @property
    def ok(self) -> bool:
        return self.error is None and not self.failed

    def line(self) -> str:
        """The poll in one log line."""
        head = f"{self.when} {self.feed}:"
        if self.error is not None:
            return f"{head} feed failed: {_short(self.error)}"
        if self.not_modified:
            return f"{head} not modified (304), nothing new"
        text = (
            f"{head} {self.entries} entries, {self.new} new, stored {self.stored}, "
            f"unchanged {self.unchanged}, failed {len(self.failed)}"
        )
        if self.failed:
            text += " (" + "; ".join(f"{k}: {_short(v)}" for k, v in self.failed.items()) + ")"
        if self.stopped:
            text += "; stopped before the end, the rest next time"
        return text


def _short(reason: str) -> str:
    return reason if len(reason) <= MAX_REASON_CHARS else reason[:MAX_REASON_CHARS] + "…"


class Follower:
    """Polls feeds into one store; built once, with everything a poll needs."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        analyzer: Analyzer,
        *,
        policy: RetryPolicy | None = None,
        wait: Wait,
        max_seconds: float = 0,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.state = FollowState(store)
        self.fetcher = fetcher
        self.analyzer = analyzer
        self.policy = policy or RetryPolicy()
        self.wait = wait
        self.max_seconds = max_seconds
        self.rng = rng or random.Random()
        self.should_stop: Callable[[], bool] = lambda: False

    def poll(self, url: str) -> PollReport:
        """Poll the feed at ``url`` once (see the module's steps)."""
        report = PollReport(url)
        known = self.state.feed(url)
        try:
            page = self._retried(
                lambda: self.fetcher.fetch_if_changed(url, known.etag, known.last_modified)
            )
            if page is None:
                report.not_modified = True
                self.state.record_poll(url, error=None)
                return report
            if not (page.content_type.is_feed or looks_like_feed(page.data[:4096])):
                raise FetchError(f"{page.url} is {page.content_type.type}, not a feed")
            parsed = parse_feed(page.data, url, base_url=page.url)
        except BorderwatchError as exc:
            report.error = f"{type(exc).__name__}: {exc}"
            self.state.record_poll(url, error=report.error)
            return report
        except Stopped:  # during a backoff: the feed is polled again next time
            report.stopped = True
            return report
        report.entries = len(parsed.entries)
        seen = self.state.entries(url)
        todo = [
            item
            for item in parsed.entries
            if item.key not in seen
            or (seen[item.key].state == "failed" and seen[item.key].attempts < ENTRY_TRIES)
        ]
        report.new = len(todo)
        try:
            for item in todo:
                if self.should_stop():
                    raise Stopped
                self._read_entry(url, item, report)
        except Stopped:
            report.stopped = True
            self.state.record_poll(url, error=None)  # validators kept: read it again
            return report
        self.state.record_poll(
            url,
            error=None,
            etag=page.etag,
            last_modified=page.last_modified,
            new_validators=True,
        )
        return report

    def _read_entry(self, url: str, item: FeedEntry, report: PollReport) -> None:
        try:
            raw = entry_document(item, self._fetch_link)
        except BorderwatchError as exc:
            raw = failed(item.doc_id, exc)
        result = process_document(raw, self.analyzer, max_seconds=self.max_seconds)
        if result.error or result.article is None:
            reason = result.error or "no article"
            report.failed[item.link or item.key] = reason
            report.unexpected += is_unexpected(reason)
            self.state.mark_entry(url, item.key, item.link, "failed", error=reason)
            return
        outcome = self.store.save(result)  # before the mark: a crash between reads it again
        if outcome.created:
            report.stored += 1
        else:
            report.unchanged += 1
        self.state.mark_entry(url, item.key, item.link, "stored", article_id=outcome.article_id)

    def _fetch_link(self, link: str) -> Fetched:
        return self._retried(lambda: self.fetcher.fetch(link))

    def _retried(self, call: Callable[[], T]) -> T:
        return with_retries(call, self.policy, self.wait, self.rng)
