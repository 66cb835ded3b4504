"""A crossing's page in a real browser, on a store of many sources.

The store holds the dev and dev2 corpora and the seed (read at test time,
through ``borderwatch ingest`` and ``run``).  Headless Chromium opens the
page of the crossing with the most stories (and of the busiest one whose
status-setting story gives a reason) and checks what a reader sees there:
one opening sentence with the status, since when, why (where the store
knows), who says so and when it was last confirmed, all on the first screen;
the timeline newest first; a story told by several outlets as one entry
naming them all; "date unknown" for what an undated article told; no
sideways scroll at 412 px and 1,280 px.  Every expectation comes from the
store (``borderwatch.query``: the board row and the stories), never from the
corpus's text.  Screenshots go to ``artefacts/screenshots/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from browser_support import SCREEN_HEIGHT, chromium, many_sources_store, watched_page
from test_browser_board import CHROMIUM, SCREENSHOTS, shot

from borderwatch import query
from borderwatch.records import STATUS_OF_EVENT
from borderwatch.store import open_store
from borderwatch.stories import Story
from borderwatch.web.app import create_app
from borderwatch.web.loopback import running
from borderwatch.web.params import STORIES_PER_PAGE

pytestmark = pytest.mark.browser

WIDTHS = (412, 1280)
#: Every date the timeline prints: a day, else these words.
UNKNOWN = "date unknown"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

if not CHROMIUM.exists():
    pytest.skip("headless Chromium is not installed at /usr/bin/chromium", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="pip package playwright missing")


@dataclass(frozen=True)
class Known:
    """What the store holds about one crossing, read without the web layer."""

    row: query.BoardRow
    stories: tuple[Story, ...]  # newest first, as the page promises
    raw_events: int


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return many_sources_store(tmp_path_factory.mktemp("many"))


@pytest.fixture(scope="module")
def site(store_url: str) -> Iterator[str]:
    with running(create_app(store_url)) as base:
        yield base


def _sets_status(story: Story, status: str) -> bool:
    kinds = {kind for kind, sets in STATUS_OF_EVENT.items() if sets == status}
    if status == "restricted":
        kinds.add("reopening")  # a partial reopening leaves it restricted
    return story.type in kinds


def _reasons(known: Known) -> set[str]:
    """The reasons the store gives for the status: those of the stories that
    set it on the day it began."""
    row = known.row
    return {
        (se.event.reason or "").strip().rstrip(".;,")
        for story in known.stories
        if story.date == row.since and _sets_status(story, row.status)
        for se in story.events
        if se.event.reason and se.event.reason.strip()
    }


@pytest.fixture(scope="module")
def crossings(store_url: str) -> dict[str, Known]:
    """``busiest``: the named crossing with the most stories; ``with-a-reason``:
    the busiest whose status the store gives a reason for."""
    store = open_store(store_url)
    try:
        rows = {
            r.crossing: r for r in query.board(store)
            if not r.crossing.startswith(query.BORDER_PREFIX) and r.status != "unknown"
        }  # fmt: skip
        told = Counter(s.place for s in query.list_stories(store, query.EventSelection()))
        known: list[Known] = []
        for name, _ in told.most_common():
            if name not in rows:
                continue
            detail = query.crossing_detail(store, name)
            raw = query.list_events(store, name, limit=None).total
            known.append(Known(rows[name], detail.stories, raw))
            if len(known) > 1 and any(_reasons(k) for k in known):
                break
    finally:
        store.close()
    assert known, "no crossing with a status and a story in the store"
    with_reason = next((k for k in known if _reasons(k)), None)
    assert with_reason is not None, "no crossing's status comes with a reason in the store"
    return {"busiest": known[0], "with-a-reason": with_reason}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with watched_page(browser) as page:
        yield page


def _open_crossing(page: Any, base: str, known: Known, width: int = 1280) -> None:
    page.set_viewport_size({"width": width, "height": SCREEN_HEIGHT})
    page.goto(base + "/crossing/" + known.row.crossing)
    if known.row.lat is not None:  # its small map drawn, so the layout has settled
        page.wait_for_selector("svg#map[data-basemap-loaded='true']")


def _slug(name: str) -> str:
    return re.sub(r"\W+", "-", name.lower()).strip("-")


@dataclass(frozen=True)
class Entry:
    """One timeline entry as the reader sees it."""

    story: str
    type: str
    date: str | None
    sources: str


def _timeline(page: Any) -> list[Entry]:
    items = page.locator("ol.timeline > li")
    entries = []
    for i in range(items.count()):
        item = items.nth(i)
        shown = item.locator(".ev-date").inner_text().strip()
        assert shown == UNKNOWN or _DAY.fullmatch(shown), f"a date no reader can place: {shown!r}"
        entries.append(
            Entry(
                story=item.get_attribute("data-story") or "",
                type=item.locator(".ev-type").inner_text().strip().lower(),
                date=None if shown == UNKNOWN else shown,
                sources=item.locator(".story-sources").inner_text().strip(),
            )
        )
    return entries


def newest_first(dates: list[str | None]) -> bool:
    """Dated entries from the newest down, the undated ones after all of them."""
    dated = [d for d in dates if d is not None]
    undated_from = next((i for i, d in enumerate(dates) if d is None), len(dates))
    return dated == sorted(dated, reverse=True) and all(d is None for d in dates[undated_from:])


def _one_sentence(text: str, known: Known) -> bool:
    """One sentence: a single full stop, at its end, once the names and the
    reasons it quotes (which may hold stops of their own: "News.Az") are out."""
    rest = text
    words = set(known.row.sources) | {
        str(getattr(se.event, field)).strip()
        for story in known.stories for se in story.events
        for field in ("reason", "actor") if getattr(se.event, field)
    }  # fmt: skip
    for word in sorted(words, key=len, reverse=True):
        rest = rest.replace(word, "")
    return re.findall(r"[.!?](?=\s|$)", rest) == ["."] and rest.rstrip().endswith(".")


@pytest.mark.parametrize("which", ["busiest", "with-a-reason"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_page_opens_with_one_sentence_of_status_since_why_who_and_last_confirmed(
    site: str, page: Any, crossings: dict[str, Known], which: str, width: int
) -> None:
    known = crossings[which]
    row = known.row
    _open_crossing(page, site, known, width)
    opening = page.locator("#opening")
    sentence = " ".join(opening.inner_text().split())
    assert sentence.startswith(row.crossing), sentence
    assert _one_sentence(sentence, known), sentence

    # status, since when, who says so, last confirmed: in that order, as the board row has them
    where = sentence.find
    assert row.since and row.last_confirmed and row.sources
    status_at, since_at = where(f" {row.status}"), where(row.since)
    assert 0 < status_at < since_at, f"no status {row.status!r} then since {row.since}: {sentence}"
    sources_at = [where(source) for source in row.sources]
    assert all(since_at < at for at in sources_at), f"not every source {row.sources}: {sentence}"
    assert sentence.rfind(row.last_confirmed) > max(sources_at), sentence
    # why, where the store knows it
    reasons = _reasons(known)
    if which == "with-a-reason":
        assert reasons
    if reasons:
        assert any(reason in sentence for reason in reasons), f"no reason of {reasons}: {sentence}"

    # the first thing a reader reads: on the first screen, above the timeline
    box = opening.bounding_box()
    timeline = page.locator("ol.timeline").bounding_box()
    assert box is not None and timeline is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= SCREEN_HEIGHT, box
    assert box["y"] < timeline["y"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    shot(page, f"many-crossing-{_slug(row.crossing)}-{width}")
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_crossing_page_never_scrolls_sideways(
    site: str, page: Any, crossings: dict[str, Known], width: int
) -> None:
    _open_crossing(page, site, crossings["busiest"], width)
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= width, f"the page is {wide} px wide in a {width} px window"


def test_the_timeline_reads_newest_first(site: str, page: Any, crossings: dict[str, Known]) -> None:
    known = crossings["busiest"]
    _open_crossing(page, site, known)
    entries = _timeline(page)
    shown_dates = [e.date for e in entries]
    assert len({d for d in shown_dates if d}) > 5  # a timeline of many days, not of one
    assert newest_first(shown_dates), shown_dates
    # every story the store holds (the first page of them), each once, dated as the store dates it
    stored = known.stories[: len(entries)]
    assert len(entries) == min(len(known.stories), STORIES_PER_PAGE)
    assert Counter((e.type, e.date) for e in entries) == Counter((s.type, s.date) for s in stored)
    assert shown_dates[0] == max(s.date for s in known.stories if s.date)
    assert "newest first" in page.locator("h2", has_text="Timeline").inner_text()


def test_a_story_told_by_several_outlets_is_one_entry_naming_them_all(
    site: str, page: Any, crossings: dict[str, Known]
) -> None:
    known = crossings["busiest"]
    _open_crossing(page, site, known)
    entries = _timeline(page)
    # reports of one event are grouped: fewer entries than events found
    assert len(entries) < known.raw_events
    several = [s for s in known.stories[: len(entries)] if len(s.sources) > 1]
    assert several, "no story of several outlets to look at"
    for story in several:
        mine = [e for e in entries if e.story == story.id]
        assert len(mine) == 1, f"story {story.id} shown {len(mine)} times"
        entry = mine[0]
        for source in story.sources:
            assert source in entry.sources, f"{source!r} not named in {entry.sources!r}"
        # and not a second row of the same event: no other entry of its type and day
        twins = [e for e in entries if (e.type, e.date) == (entry.type, entry.date)]
        assert twins == [entry]
        item = page.locator(f"ol.timeline > li[data-story='{story.id}']")
        assert f"{len(story.reports)} reports" in item.locator(".ev-head").inner_text()
        summaries = item.locator("details.report > summary")
        assert summaries.count() == len(story.reports)
        for i, report in enumerate(story.reports):  # earliest first, each with who and when
            said = summaries.nth(i).inner_text()
            assert report.source and report.source in said, said
            assert (report.published[:10] if report.published else UNKNOWN) in said, said
    shot(page, f"many-crossing-{_slug(known.row.crossing)}-stories")


def test_what_an_undated_article_told_shows_date_unknown(
    site: str, page: Any, store_url: str, crossings: dict[str, Known]
) -> None:
    known = crossings["busiest"]
    _open_crossing(page, site, known)
    entries = {e.story: e for e in _timeline(page)}
    undated = [s for s in known.stories if s.date is None and s.id in entries]
    assert undated, "no story of an undated article to look at"
    store = open_store(store_url)
    try:
        for story in undated:
            # the store has no publication day for any of its articles
            for report in story.reports:
                assert query.get_article(store, report.article_id).article.published is None
    finally:
        store.close()
    for story in undated:
        assert entries[story.id].date is None  # the timeline reads "date unknown"
        item = page.locator(f"ol.timeline > li[data-story='{story.id}']")
        summaries = item.locator("details.report > summary").all_inner_texts()
        assert summaries and all(UNKNOWN in said for said in summaries), summaries
    # and no undated article's news passes for the day it was read in
    today = date.today().isoformat()
    if all(s.date != today for s in known.stories):
        assert all(e.date != today for e in entries.values())
        assert today not in page.locator("#opening").inner_text()
    page.locator(f"li[data-story='{undated[0].id}']").scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "many-crossing-date-unknown.png"))
    assert page.problems == []
