"""The board in a real browser: headless Chromium (Debian's), driven by Playwright.

The app runs under uvicorn on a loopback port; the browser loads the board,
finds Torkham closed on the map and in the table, clicks it, reads the
timeline (the Sunday closure, the Monday clash) and opens the evidence in the
article.  Screenshots go to ``artefacts/screenshots/`` for a person to look at.
Playwright never downloads a browser here: it launches /usr/bin/chromium.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from borderwatch.records import DocumentResult
from borderwatch.store import open_store
from borderwatch.web.app import create_app
from borderwatch.web.loopback import running
from borderwatch.web.sample import HOSTILE_MARKUP, build_sample_store, sample_results

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / ".." / "shared" / "seed" / "000_9b8f5190a0bfcfb7.txt"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "artefacts" / "screenshots"
#: The flags this sandbox needs; the profile folder is fresh for every test.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000

if not CHROMIUM.exists():
    pytest.skip(
        "headless Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="pip package playwright missing")


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000},
        )
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.problems = []  # console errors, CSP reports, dialogs, failed requests
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.on("dialog", lambda d: (page.problems.append("dialog: " + d.message), d.dismiss()))
        page.on("requestfailed", lambda r: page.problems.append("failed: " + r.url))
        try:
            yield page
        finally:
            context.close()


def shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def save_hostile_article(store_url: str) -> None:
    """Add the sample page whose text holds a <script> (it must show as text)."""
    hostile: DocumentResult = sample_results()[-1]
    store = open_store(store_url)
    try:
        store.save(hostile)
    finally:
        store.close()


def walk_the_board(page: Any, base: str, name: str) -> None:
    """Board -> Torkham (map and table) -> timeline -> evidence in the article."""
    page.goto(base + "/")
    page.wait_for_selector("svg#map[data-basemap-loaded='true']")
    dot = page.locator("svg#map circle[data-crossing='Torkham']")
    assert "closed" in (dot.get_attribute("class") or "").split()
    row = page.locator("table.board tr[data-crossing='Torkham']")
    assert row.get_attribute("data-status") == "closed"
    assert row.locator(".status").inner_text().strip().lower() == "closed"
    assert page.locator("svg#map path.country").count() > 100  # the base map is drawn
    shot(page, f"{name}-board")

    dot.click()
    page.wait_for_url("**/crossing/Torkham*")
    closure = page.locator("li.event[data-type='closure'][data-date-text*='Sunday']").first
    clash = page.locator("li.event[data-type='clash'][data-date-text*='Monday']").first
    assert closure.is_visible() and clash.is_visible()
    assert "2023-02-19" in closure.locator(".ev-date").inner_text()
    assert "2023-02-20" in clash.locator(".ev-date").inner_text()
    assert "wounded" in clash.inner_text()

    closure.locator("details.evidence summary").first.click()
    # one story: the article's restatements of the closure are its evidence, the dated one first
    evidence = closure.locator("blockquote.evidence").first
    assert evidence.is_visible()
    sentence = evidence.inner_text().strip()
    assert "Sunday" in sentence and "Torkham" in sentence
    shot(page, f"{name}-crossing")

    closure.locator("a.open-article").first.click()
    page.wait_for_url("**/article/**")
    selected = page.locator("#article-text mark.selected")
    assert selected.first.is_visible()
    assert " ".join(t.strip() for t in selected.all_inner_texts()) == sentence
    shot(page, f"{name}-evidence")


def see_markup_as_text(page: Any, base: str, name: str) -> None:
    page.goto(base + "/crossing/Ghulam Khan")
    page.locator("li.event details.evidence summary").first.click()
    page.locator("li.event a.open-article").first.click()
    page.wait_for_url("**/article/**")
    text = page.locator("#article-text").inner_text()
    assert HOSTILE_MARKUP in text  # shown, character for character
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.evaluate("typeof window.owned") == "undefined"
    shot(page, f"{name}-escaped")


def test_sample_board_in_the_browser(browser_page: Any, tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "sample.db")
    build_sample_store(url)
    with running(create_app(url)) as base:
        walk_the_board(browser_page, base, "sample")
        see_markup_as_text(browser_page, base, "sample")
        # its article came out on 3 March: the board of the 2nd knows nothing of it
        browser_page.goto(base + "/?at=2023-03-02&countries=AF-IR")
        row = browser_page.locator("table.board tr[data-crossing='Islam Qala–Dogharoun']")
        assert row.count() == 0
        browser_page.locator("input[name='at']").fill("2023-03-03")
        browser_page.locator("form.filters button[type='submit']").click()
        browser_page.wait_for_url("**at=2023-03-03**")
        assert row.get_attribute("data-status") == "open"
        shot(browser_page, "sample-as-of")
    assert browser_page.problems == []


def test_seed_board_in_the_browser(browser_page: Any, tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "seed.db")
    ingest = subprocess.run(
        [sys.executable, "-m", "borderwatch.cli", "run", str(SEED),
         "--published", "2023-02-22", "--store", url],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert ingest.returncode == 0, ingest.stderr
    save_hostile_article(url)
    with running(create_app(url)) as base:
        walk_the_board(browser_page, base, "seed")
        see_markup_as_text(browser_page, base, "seed")
    assert browser_page.problems == []


def save_uncurated_crossing(store_url: str) -> None:
    """Two reports (written for the test) of one crossing the gazetteer lacks, in two spellings."""
    from store_helpers import Said, doc

    bd_in = ("BD", "IN")
    store = open_store(store_url)
    try:
        store.save(
            doc(
                Said("Bangladesh closed the Hili land port.", "closure", "Hili", bd_in,
                     date="2023-02-27"),
                published="2023-02-27", source="Outlet A", id="hili-a", title="Port shut",
            )
        )  # fmt: skip
        store.save(
            doc(
                Said("Trucks wait at the Hilli checkpoint.", "restriction", "Hilli", bd_in,
                     date="2023-02-28"),
                published="2023-02-28", source="Outlet B", id="hili-b", title="Trucks wait",
            )
        )  # fmt: skip
    finally:
        store.close()


def test_uncurated_crossing_in_the_browser(browser_page: Any, tmp_path: Path) -> None:
    """A crossing the gazetteer lacks: one row, marked, no dot on the map, its page
    listing where each spelling was seen."""
    url = "sqlite:///" + str(tmp_path / "uncurated.db")
    build_sample_store(url)
    save_uncurated_crossing(url)
    page = browser_page
    with running(create_app(url)) as base:
        page.goto(base + "/?at=2023-03-01")
        page.wait_for_selector("svg#map[data-basemap-loaded='true']")
        rows = page.locator("table.board tr[data-crossing^='Hil']")
        assert rows.count() == 1  # two spellings, one crossing
        row = page.locator("table.board tr[data-crossing='Hili']")
        assert row.get_attribute("data-curated") == "false"
        assert row.get_attribute("data-status") == "restricted"
        mark = row.locator(".mark.uncurated")
        assert mark.is_visible() and mark.inner_text().strip() == "not in the gazetteer"
        assert "no location" in row.inner_text()
        assert page.locator("svg#map circle[data-crossing='Hili']").count() == 0
        torkham = page.locator("table.board tr[data-crossing='Torkham']")
        assert torkham.locator(".mark.uncurated").count() == 0
        shot(page, "uncurated-board")

        row.locator("td.name a").click()
        page.wait_for_url("**/crossing/Hili*")
        assert page.locator("h1 .mark.uncurated").is_visible()
        seen = page.locator("#seen").inner_text()
        assert "Hilli" in seen and "Outlet A" in seen and "Outlet B" in seen
        assert page.locator("li.event").count() == 2
        assert page.locator("svg#map").count() == 0  # no point to show
        shot(page, "uncurated-crossing")
    assert page.problems == []
