"""``borderwatch follow``: feeds polled politely from a news site on loopback.

The site (``loopback_site.Site``, started by the tests) serves a feed whose entries
link to pages, answers conditional requests, and can be slow, broken,
redirecting, oversized, busy (429/503) or closed by robots.txt.  The feeds
and pages are written for these tests.  The site is on 127.0.0.1, which
``follow`` refuses by default: the tests pass ``allow_private`` (the CLI's
``--allow-private``), except the one that checks a redirect to a private
address, which lets 127.0.0.1 count as public (as in ``test_ingest_urls``).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from loopback_site import Reply, Route, Site, page, serve_site
from paths import ROOT
from store_backends import StoreUrls

from borderwatch.follow.loop import StopFlag, read_feed_list, run_rounds
from borderwatch.follow.poll import ENTRY_TRIES, Follower, PollReport, Stopped
from borderwatch.follow.retry import RetryPolicy, parse_interval
from borderwatch.follow.state import FollowState
from borderwatch.ingest.fetch import USER_AGENT, Fetcher, FetchOptions
from borderwatch.store import Store, open_store

TIMEOUT = 0.5  # seconds a fetch may take: the slow page takes longer
LIMIT = 20_000  # bytes a page may have: the oversized one has more
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
ETAG = '"feed-v1"'
MODIFIED = formatdate(1_765_000_000, usegmt=True)

#: What each page says: one sentence of news per crossing, written for these tests.
STORIES = {
    "torkham": (
        "Torkham shut",
        "Pakistani authorities closed the Torkham border crossing with Afghanistan "
        "on Monday, officials said.",
    ),
    "wagah": (
        "Wagah quiet",
        "The Wagah crossing between India and Pakistan stayed quiet on Tuesday as "
        "the ceremony went ahead.",
    ),
    "chaman": (
        "Chaman traders wait",
        "Traders waited at Chaman for customs officers to finish checking the "
        "lorries on Wednesday.",
    ),
    "later": (
        "Bridge news",
        "The old river bridge carried buses again on Thursday, the transport office said.",
    ),
}


# --- the site -------------------------------------------------------------------


def key(name: str) -> str:
    """The id (guid) of the test feeds' entry ``name``."""
    return f"tag:herald.example,2026:{name}"


def rss(site: Site, items: list[tuple[str, str]]) -> bytes:
    """A feed of teasers: (guid, path of the page) for each entry, newest first."""
    entries = "".join(
        f"<item><title>Story {guid}</title><guid isPermaLink='false'>{key(guid)}</guid>"
        f"<link>{site.url(path)}</link>"
        f"<pubDate>Mon, 01 Dec 2026 08:00:00 GMT</pubDate>"
        f"<description>A short teaser.</description></item>"
        for guid, path in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>The Border Herald</title><link>{site.base}/</link>"
        f"<description>News</description>{entries}</channel></rss>"
    ).encode()


def conditional_feed(body: bytes, etag: str = ETAG, modified: str = MODIFIED) -> Route:
    """A feed that answers 304 when the client already has this version."""

    def route(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == etag:
            return Reply(304, b"", {})
        return Reply(200, body, {**RSS, "ETag": etag, "Last-Modified": modified})

    return route


def story(name: str) -> Reply:
    title, text = STORIES[name]
    return Reply(200, page(title, text, date="2026-12-01"))


def flaky(status: int, times: int, then: Reply, retry_after: str | None = None) -> Route:
    """Answers ``status`` ``times`` times, then ``then``."""
    left = [times]

    def route(headers: dict[str, str]) -> Reply:
        if left[0] > 0:
            left[0] -= 1
            extra = {"Retry-After": retry_after} if retry_after else {}
            return Reply(status, b"busy", {**HTML, **extra})
        return then

    return route


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as site:
        site.serve("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /members/\n"))
        for name in STORIES:
            site.serve(f"/news/{name}.html", story(name))
        yield site


@dataclass
class Waits:
    """The waits a follower asked for (recorded, not slept: backoff is checked, not lived)."""

    seconds: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


def follower(
    store: Store,
    analyzer: Any,
    *,
    options: FetchOptions | None = None,
    waits: Waits | None = None,
    tries: int = 3,
) -> Follower:
    options = options or FetchOptions(allow_private=True, timeout=TIMEOUT, max_bytes=LIMIT)
    return Follower(
        store,
        Fetcher(options),
        analyzer,
        policy=RetryPolicy(tries=tries, base=1.0, cap=8.0, retry_after_cap=30.0),
        wait=waits if waits is not None else Waits(),
        rng=random.Random(7),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'follow.db'}")
    yield opened
    opened.close()


def article_count(store: Store) -> int:
    return store.table_counts()["articles"]


# --- new entries, conditional GET ---------------------------------------------------


def test_new_entries_are_stored_once(site: Site, store: Store, analyzer: Any) -> None:
    site.serve("/feed.xml", Reply(200, rss(site, [("a", "/news/torkham.html"),
                                                   ("b", "/news/wagah.html")]), RSS))  # fmt: skip
    bw = follower(store, analyzer)
    first = bw.poll(site.url("/feed.xml"))
    assert (first.entries, first.new, first.stored, first.failed) == (2, 2, 2, {})
    second = bw.poll(site.url("/feed.xml"))  # the feed again (no validators): nothing new
    assert (second.entries, second.new, second.stored) == (2, 0, 0)
    assert site.count("/news/torkham.html") == 1 and site.count("/news/wagah.html") == 1
    assert article_count(store) == 2
    states = FollowState(store).entries(site.url("/feed.xml"))
    assert {k: (e.state, e.attempts) for k, e in states.items()} == {
        key("a"): ("stored", 1),
        key("b"): ("stored", 1),
    }
    assert all(r.headers["user-agent"] == USER_AGENT for r in site.requests)


def test_the_second_poll_is_conditional_and_a_304_stores_nothing(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.routes["/feed.xml"] = conditional_feed(rss(site, [("a", "/news/torkham.html")]))
    bw = follower(store, analyzer)
    assert bw.poll(site.url("/feed.xml")).stored == 1
    first_feed_request = [r.headers for r in site.requests if r.path == "/feed.xml"][0]
    assert "if-none-match" not in first_feed_request
    second = bw.poll(site.url("/feed.xml"))
    headers = [r.headers for r in site.requests if r.path == "/feed.xml"][1]
    assert headers["if-none-match"] == ETAG
    assert headers["if-modified-since"] == MODIFIED
    assert second.not_modified and second.stored == 0
    assert "not modified (304)" in second.line()
    assert site.count("/news/torkham.html") == 1 and article_count(store) == 1


def test_an_entry_that_appears_later_is_picked_up(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.routes["/feed.xml"] = conditional_feed(rss(site, [("a", "/news/torkham.html")]))
    bw = follower(store, analyzer)
    bw.poll(site.url("/feed.xml"))
    newer = rss(site, [("c", "/news/later.html"), ("a", "/news/torkham.html")])
    site.routes["/feed.xml"] = conditional_feed(newer, etag='"feed-v2"')
    report = bw.poll(site.url("/feed.xml"))
    assert (report.entries, report.new, report.stored) == (2, 1, 1)
    assert site.count("/news/torkham.html") == 1 and site.count("/news/later.html") == 1
    assert FollowState(store).feed(site.url("/feed.xml")).etag == '"feed-v2"'


def test_the_same_story_in_two_feeds_is_one_article(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/one.xml", Reply(200, rss(site, [("a", "/news/chaman.html")]), RSS))
    site.serve("/two.xml", Reply(200, rss(site, [("z", "/news/chaman.html")]), RSS))
    bw = follower(store, analyzer)
    assert bw.poll(site.url("/one.xml")).stored == 1
    again = bw.poll(site.url("/two.xml"))
    assert (again.stored, again.unchanged) == (0, 1) and article_count(store) == 1


# --- pages that fail ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (Reply(200, page("Slow", "A slow page."), delay=3 * TIMEOUT), "longer than 0.5 seconds"),
        (Reply(500, b"oops"), "HTTP 500 Internal Server Error"),
        (Reply(200, b"<p>" + b"x" * (3 * LIMIT) + b"</p>"), "InputTooLarge"),
        (Reply(200, b"\x89PNG\r\n", {"Content-Type": "image/png"}), "image/png, not text"),
        (Reply(404, b"gone"), "HTTP 404 Not Found"),
    ],
    ids=["slow", "broken", "oversized", "not-html", "gone"],
)
def test_a_page_that_fails_is_named_and_the_others_are_stored(
    site: Site, store: Store, analyzer: Any, answer: Reply, reason: str
) -> None:
    site.serve("/bad.html", answer)
    items = [("bad", "/bad.html"), ("good", "/news/torkham.html")]
    site.serve("/feed.xml", Reply(200, rss(site, items), RSS))
    report = follower(store, analyzer).poll(site.url("/feed.xml"))
    assert report.stored == 1 and list(report.failed) == [site.url("/bad.html")]
    assert reason in report.failed[site.url("/bad.html")]
    assert reason in report.line() and "failed 1" in report.line()
    entry = FollowState(store).entries(site.url("/feed.xml"))[key("bad")]
    assert entry.state == "failed" and entry.error is not None and reason in entry.error


def test_a_redirected_page_is_stored_under_its_entry(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/short/1", Reply(301, b"", {"Location": "/news/wagah.html"}))
    site.serve("/feed.xml", Reply(200, rss(site, [("r", "/short/1")]), RSS))
    report = follower(store, analyzer).poll(site.url("/feed.xml"))
    assert report.stored == 1
    [stored] = FollowState(store).entries(site.url("/feed.xml")).values()
    assert store.article(stored.article_id or "").url == site.url("/news/wagah.html")


def test_a_page_robots_txt_disallows_is_never_fetched(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/members/memo.html", story("chaman"))
    site.serve("/feed.xml", Reply(200, rss(site, [("m", "/members/memo.html")]), RSS))
    report = follower(store, analyzer).poll(site.url("/feed.xml"))
    assert "robots.txt disallows" in report.failed[site.url("/members/memo.html")]
    assert "/members/memo.html" not in site.paths()


def test_a_feed_robots_txt_disallows_is_not_polled(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/members/feed.xml", Reply(200, rss(site, [("a", "/news/torkham.html")]), RSS))
    report = follower(store, analyzer).poll(site.url("/members/feed.xml"))
    assert report.error is not None and "robots.txt disallows" in report.error
    assert not report.ok and "feed failed" in report.line()
    assert FollowState(store).feed(site.url("/members/feed.xml")).last_error == report.error


def test_a_page_that_is_no_feed_fails_the_poll(site: Site, store: Store, analyzer: Any) -> None:
    site.serve("/feed.xml", story("wagah"))
    report = follower(store, analyzer).poll(site.url("/feed.xml"))
    assert report.error is not None and "not a feed" in report.error


@pytest.mark.usefixtures("loopback_counts_as_public")
def test_a_redirect_to_a_private_address_is_refused(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/to-intranet", Reply(302, b"", {"Location": "http://10.20.30.40/admin"}))
    items = [("x", "/to-intranet"), ("a", "/news/torkham.html")]
    site.serve("/feed.xml", Reply(200, rss(site, items), RSS))
    options = FetchOptions(timeout=TIMEOUT, max_bytes=LIMIT)  # private addresses refused
    report = follower(store, analyzer, options=options).poll(site.url("/feed.xml"))
    reason = report.failed[site.url("/to-intranet")]
    assert reason.startswith("ForbiddenAddress: 10.20.30.40 ")
    assert report.stored == 1 and "/to-intranet" in site.paths()


def test_loopback_is_refused_without_allow_private(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/feed.xml", Reply(200, rss(site, [("a", "/news/torkham.html")]), RSS))
    options = FetchOptions(timeout=TIMEOUT)
    report = follower(store, analyzer, options=options).poll(site.url("/feed.xml"))
    assert report.error is not None and report.error.startswith("ForbiddenAddress: 127.0.0.1 ")
    assert site.requests == []


# --- retries ----------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_a_busy_page_is_tried_again_after_retry_after(
    site: Site, store: Store, analyzer: Any, status: int
) -> None:
    site.routes["/busy.html"] = flaky(status, 2, story("chaman"), retry_after="7")
    site.serve("/feed.xml", Reply(200, rss(site, [("b", "/busy.html")]), RSS))
    waits = Waits()
    report = follower(store, analyzer, waits=waits).poll(site.url("/feed.xml"))
    assert report.stored == 1 and report.failed == {}
    assert site.count("/busy.html") == 3
    assert waits.seconds == [7.0, 7.0]  # as the server asked


def test_a_retry_after_is_capped(site: Site, store: Store, analyzer: Any) -> None:
    site.routes["/feed.xml"] = flaky(
        503, 1, Reply(200, rss(site, [("a", "/news/torkham.html")]), RSS), retry_after="86400"
    )
    waits = Waits()
    report = follower(store, analyzer, waits=waits).poll(site.url("/feed.xml"))
    assert report.stored == 1 and waits.seconds == [30.0]  # the policy's cap, not a day


def test_without_retry_after_the_backoff_doubles_with_jitter_and_is_bounded(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.routes["/feed.xml"] = flaky(503, 10, Reply(200, b"", RSS))
    waits = Waits()
    report = follower(store, analyzer, waits=waits, tries=5).poll(site.url("/feed.xml"))
    assert report.error is not None and "HTTP 503 Service Unavailable" in report.error
    assert site.count("/feed.xml") == 5  # tries in all, then the poll fails
    bounds = [(0.5, 1.0), (1.0, 2.0), (2.0, 4.0), (4.0, 8.0)]  # base 1 s doubling, cap 8 s
    assert len(waits.seconds) == 4
    assert all(low <= w <= high for w, (low, high) in zip(waits.seconds, bounds, strict=True))
    assert len(set(waits.seconds)) == 4


def test_a_timeout_is_tried_again_and_a_404_is_not(
    site: Site, store: Store, analyzer: Any
) -> None:
    slow_then_fine = [Reply(200, b"", delay=3 * TIMEOUT), story("wagah")]
    site.routes["/slow.html"] = lambda headers: slow_then_fine.pop(0)
    site.serve("/gone.html", Reply(404, b"gone"))
    items = [("s", "/slow.html"), ("g", "/gone.html")]
    site.serve("/feed.xml", Reply(200, rss(site, items), RSS))
    waits = Waits()
    report = follower(store, analyzer, waits=waits).poll(site.url("/feed.xml"))
    assert report.stored == 1 and list(report.failed) == [site.url("/gone.html")]
    assert site.count("/slow.html") == 2 and site.count("/gone.html") == 1
    assert len(waits.seconds) == 1


def test_a_failed_entry_is_read_again_on_later_polls_up_to_a_limit(
    site: Site, store: Store, analyzer: Any
) -> None:
    site.serve("/down.html", Reply(500, b"down"))
    site.serve("/feed.xml", Reply(200, rss(site, [("d", "/down.html")]), RSS))
    bw = follower(store, analyzer)
    for _ in range(ENTRY_TRIES + 2):
        bw.poll(site.url("/feed.xml"))
    assert site.count("/down.html") == ENTRY_TRIES
    entry = FollowState(store).entries(site.url("/feed.xml"))[key("d")]
    assert (entry.state, entry.attempts) == ("failed", ENTRY_TRIES)


# --- politeness ----------------------------------------------------------------------


def test_requests_to_one_host_are_spaced_by_the_host_interval(
    site: Site, store: Store, analyzer: Any
) -> None:
    items = [("a", "/news/torkham.html"), ("b", "/news/wagah.html")]
    site.serve("/feed.xml", Reply(200, rss(site, items), RSS))
    options = FetchOptions(allow_private=True, timeout=TIMEOUT, min_interval=0.3)
    follower(store, analyzer, options=options).poll(site.url("/feed.xml"))
    times = [r.at for r in site.requests]
    assert len(times) == 4  # robots.txt, the feed, two pages
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.28, gaps


# --- stopping ----------------------------------------------------------------------------


def test_a_stop_ends_the_poll_between_entries_and_the_next_run_goes_on(
    site: Site, store: Store, analyzer: Any
) -> None:
    items = [("a", "/news/torkham.html"), ("b", "/news/wagah.html"), ("c", "/news/chaman.html")]
    site.routes["/feed.xml"] = conditional_feed(rss(site, items))
    stop = StopFlag()

    def analyse_then_stop(article: Any) -> Any:
        stop.set()  # asked while the first entry is read
        return analyzer(article)

    bw = follower(store, analyse_then_stop)
    reports: list[PollReport] = []
    run_rounds(bw, [site.url("/feed.xml")], every=60, once=False, stop=stop, report=reports.append)
    assert [(r.stored, r.stopped) for r in reports] == [(1, True)]
    assert "stopped before the end" in reports[0].line()
    assert FollowState(store).feed(site.url("/feed.xml")).etag is None  # read it all again
    again = follower(store, analyzer).poll(site.url("/feed.xml"))
    assert (again.new, again.stored) == (2, 2)
    assert [site.count(f"/news/{n}.html") for n in ("torkham", "wagah", "chaman")] == [1, 1, 1]


def test_a_stop_cuts_a_wait_short() -> None:
    stop = StopFlag()
    threading.Timer(0.1, stop.set).start()
    started = time.monotonic()
    with pytest.raises(Stopped):
        stop.wait(30)
    assert time.monotonic() - started < 1


# --- both backends -----------------------------------------------------------------------


def test_follow_state_round_trips_on_every_backend(store_urls: StoreUrls) -> None:
    opened = open_store(store_urls("follow"))
    try:
        state = FollowState(opened)
        url = "https://news.example/" + "long/" * 1000 + "feed.xml"
        assert state.feed(url).etag is None and state.entries(url) == {}
        state.mark_entry(url, "tag:one", "https://news.example/1", "failed", error="HTTP 500")
        state.mark_entry(url, "tag:one", "https://news.example/1", "stored", article_id="ab12")
        state.record_poll(url, error=None, etag='"e1"', last_modified=MODIFIED, new_validators=True)
        state.record_poll(url, error="FetchError: HTTP 503")  # validators kept
        feed = state.feed(url)
        assert (feed.etag, feed.last_modified, feed.last_error) == (
            '"e1"',
            MODIFIED,
            "FetchError: HTTP 503",
        )
        [entry] = state.entries(url).values()
        assert (entry.key, entry.state, entry.attempts, entry.article_id, entry.error) == (
            "tag:one",
            "stored",
            2,
            "ab12",
            None,
        )
    finally:
        opened.close()


# --- small parts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("10m", 600), ("1h", 3600), ("1.5h", 5400), ("45", 45)]
)
def test_intervals_are_read_in_seconds_minutes_and_hours(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "10 minutes", "0s", "-5m", "1d"])
def test_other_intervals_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_interval(text)


def test_the_feed_list_skips_comments_blanks_and_repeats(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# border news\n\nhttps://a.example/rss\nhttps://a.example/rss\n")
    assert read_feed_list(str(listing)) == ("https://a.example/rss",)
    listing.write_text("https://a.example/rss\nnot a feed\n")
    with pytest.raises(Exception, match=r"feeds.txt:2: not an http\(s\) address"):
        read_feed_list(str(listing))


# --- the command -------------------------------------------------------------------------


def feeds_file(tmp_path: Path, *urls: str) -> str:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# followed in the tests\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return str(listing)


def cli_follow(*args: str) -> tuple[int, str, str]:
    from borderwatch.cli import main

    result = CliRunner().invoke(main, ["follow", *args, "--host-interval", "0"])
    return result.exit_code, result.stdout, result.stderr


def test_follow_once_logs_one_line_per_feed_and_exits_0(site: Site, tmp_path: Path) -> None:
    site.routes["/feed.xml"] = conditional_feed(rss(site, [("a", "/news/torkham.html")]))
    listing = feeds_file(tmp_path, site.url("/feed.xml"))
    db = f"sqlite:///{tmp_path / 'bw.db'}"
    code, _out, err = cli_follow(listing, "--once", "--allow-private", "--store", db)
    assert code == 0, err
    assert f"{site.url('/feed.xml')}: 1 entries, 1 new, stored 1, unchanged 0, failed 0" in err
    code, _out, err = cli_follow(listing, "--once", "--allow-private", "--store", db)
    assert code == 0 and "not modified (304), nothing new" in err


def test_follow_once_exits_2_when_a_feed_or_an_entry_failed(site: Site, tmp_path: Path) -> None:
    site.serve("/feed.xml", Reply(200, rss(site, [("g", "/gone.html")]), RSS))
    db = f"sqlite:///{tmp_path / 'bw.db'}"
    listing = feeds_file(tmp_path, site.url("/feed.xml"), site.url("/no-feed.xml"))
    code, _out, err = cli_follow(listing, "--once", "--allow-private", "--store", db)
    assert code == 2
    assert f"{site.url('/gone.html')}: FetchError: HTTP 404 Not Found" in err
    assert f"{site.url('/no-feed.xml')}: feed failed: FetchError: HTTP 404" in err


def test_follow_refuses_loopback_without_allow_private(site: Site, tmp_path: Path) -> None:
    listing = feeds_file(tmp_path, site.url("/feed.xml"))
    code, _out, err = cli_follow(listing, "--once", "--store", f"sqlite:///{tmp_path / 'b.db'}")
    assert code == 2 and "ForbiddenAddress: 127.0.0.1" in err and site.requests == []


def test_follow_refuses_a_bad_interval_and_a_bad_list(tmp_path: Path) -> None:
    listing = feeds_file(tmp_path, "https://news.example/rss")
    code, _out, err = cli_follow(listing, "--every", "soon")
    assert code == 2 and "'soon' is not an interval" in err
    (tmp_path / "bad.txt").write_text("ftp://news.example/rss\n")
    code, _out, err = cli_follow(str(tmp_path / "bad.txt"), "--store", "sqlite:///:memory:")
    assert code == 2 and "not an http(s) address" in err


def test_follow_posts_status_changes_to_the_webhook(site: Site, tmp_path: Path) -> None:
    site.serve("/feed.xml", Reply(200, rss(site, [("a", "/news/torkham.html")]), RSS))
    listing = feeds_file(tmp_path, site.url("/feed.xml"))
    db = f"sqlite:///{tmp_path / 'bw.db'}"
    code, out, err = cli_follow(
        listing, "--once", "--allow-private", "--store", db, "--webhook", site.url("/hook")
    )
    assert code == 0, err
    [(path, message)] = site.posts
    assert path == "/hook" and message["crossing"] == "Torkham"
    assert (message["status"], message["previous"]) == ("closed", "unknown")
    assert "Torkham is now closed" in out


# --- the command as a process: SIGKILL, restart, SIGTERM -----------------------------------


def follow_process(listing: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "borderwatch.cli", "follow", listing, "--allow-private"]
    command += ["--store", f"sqlite:///{db}", "--host-interval", "0", *extra]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What a run leaves in the store, without the times it happened at."""
    queries = {
        "articles": "SELECT id, content_hash, url, title, published FROM articles",
        "events": "SELECT article_id, seq, type, place, effective_date FROM events",
        "entries": "SELECT entry_key, link, state, article_id, error, attempts FROM follow_entries",
        "feeds": "SELECT url, etag, last_modified, last_error FROM follow_feeds",
    }
    with sqlite3.connect(db) as conn:
        return {name: sorted(conn.execute(sql).fetchall()) for name, sql in queries.items()}


def entries_done(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM follow_entries").fetchone()[0])
    except sqlite3.Error:
        return 0  # not made yet


@pytest.fixture
def slow_site(site: Site) -> Site:
    """A feed of four entries whose pages take a while: a run can be caught halfway."""
    for name in STORIES:
        title, text = STORIES[name]
        site.serve(f"/slow/{name}.html", Reply(200, page(title, text, "2026-12-01"), delay=0.4))
    items = [(name, f"/slow/{name}.html") for name in STORIES]
    site.routes["/feed.xml"] = conditional_feed(rss(site, items))
    return site


def test_a_run_killed_halfway_and_restarted_ends_as_a_clean_run(
    slow_site: Site, tmp_path: Path
) -> None:
    listing = feeds_file(tmp_path, slow_site.url("/feed.xml"))
    clean = follow_process(listing, tmp_path / "clean.db", "--once")
    _out, err = clean.communicate(timeout=120)
    assert clean.returncode == 0, err
    slow_site.requests.clear()

    killed_db = tmp_path / "killed.db"
    killed = follow_process(listing, killed_db, "--every", "1s")
    deadline = time.monotonic() + 60
    while entries_done(killed_db) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=10)
    done = entries_done(killed_db)
    assert 2 <= done < len(STORIES)  # killed halfway
    restarted = follow_process(listing, killed_db, "--once")
    _out, err = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, err
    assert f"{len(STORIES)} entries, {len(STORIES) - done} new" in err
    assert snapshot(killed_db) == snapshot(tmp_path / "clean.db")
    assert len(snapshot(killed_db)["articles"]) == len(STORIES)
    page_requests = [p for p in slow_site.paths() if p.startswith("/slow/")]
    assert len(page_requests) - len(set(page_requests)) <= 1  # at most the one cut short


def test_sigterm_stops_follow_within_a_few_seconds(slow_site: Site, tmp_path: Path) -> None:
    listing = feeds_file(tmp_path, slow_site.url("/feed.xml"))
    running = follow_process(listing, tmp_path / "bw.db", "--every", "1s")
    deadline = time.monotonic() + 60
    while entries_done(tmp_path / "bw.db") < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    _out, err = running.communicate(timeout=10)
    assert running.returncode == 0, err
    assert time.monotonic() - sent < 5
    assert "SIGTERM: stopping after this entry" in err and "stopped" in err
    assert entries_done(tmp_path / "bw.db") < len(STORIES)  # it did stop before the end
